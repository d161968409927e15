"""Event extraction from a parsed, actor-resolved article.

For each sentence accord finds who did what to whom from spaCy's dependency parse:

* **triggers**: verbs matched against the lexicon (with particles, prepositions and
  objects: "crack down on", "hold talks", "release prisoners"), event nouns
  ("meeting", "air strike", "sanctions"), frame verbs combined with their
  complement ("urged Y to stop", "agreed to meet", "refused to meet",
  "threatened to attack"), emphasis verbs with "the need for" (appeals),
  judgment adjectives ("it is unfortunate that X ...") and accusatory nouns
  inside a named speaker's statement ("the atrocities by the Zionist regime");
* **actor**: subject, passive agent, possessor or "by" phrase of an event noun,
  the subject inherited through conj/xcomp/relcl links, or for a sentence whose
  subject the parser lost, the actor named just before the verb;
* **recipient**: direct object, dative, prepositional objects (with, to, against,
  on, at, toward, into, from), possessors inside a non-actor object ("praised the
  country's stance"), participants of "between X and Y";
* **reciprocal events**: meetings and talks put all participants in the actor list
  (PLOVER manual 2.4.2, 3.2.2); visits keep the visitor as actor, host as recipient;
* **speaker and quote**: the subject of a reporting verb governing the clause, or the
  attribution of a direct quotation;
* **auxiliary modes** (:mod:`accord.events.attributes`) and **contexts**
  (:mod:`accord.events.context`).

One event is kept per distinct (actor codes, event type, recipient codes) in a sentence.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accord.actors.coref import Scene
from accord.actors.resolver import Mention, Resolution
from accord.events.attributes import attributes
from accord.events.context import ContextCues
from accord.events.frames import Frames
from accord.events.lexicon import QUANTITY_NOUNS, Lexicon, Pattern
from accord.events.quotes import QuoteIndex
from accord.ontology import Ontology
from accord.records import Article, Entity, Event, Trigger, make_event_id

RECIPIENT_PREPS = ("with", "to", "against", "on", "at", "toward", "towards", "upon", "into", "from", "onto")
AGENT_PREPS = ("by", "of", "between", "among")
RECIPROCAL_CODES = frozenset({"040", "041", "044", "046"})
NEED_NOUNS = frozenset({"need", "importance", "necessity", "urgency"})
CIRCUMSTANTIAL_PREPS = frozenset({"in", "during", "at", "after", "before", "following", "on", "ahead"})
MEANS_PREPS = frozenset({"with", "through", "via"})
OCCURRENCE_VERBS = frozenset({"use", "employ", "hold", "have", "conduct", "attend", "begin", "start", "launch", "stage", "mount",
                              "carry", "resume", "continue", "complete", "end", "join", "lead", "wage",
                              "intensify", "escalate", "step", "conclude", "host", "open", "kick", "undertake",
                              "announce", "declare", "order", "issue", "deliver", "make", "pay", "complete"})
FIRST_PERSON = frozenset({"i", "we", "us", "our", "me", "my"})
SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PARTICLES = frozenset({"down", "up", "out", "off", "aside", "back", "away", "over", "in", "on"})
CIVILIAN = frozenset({"CVL", "EDU", "LAB", "AGR"})
ARMED = frozenset({"UAF", "REB", "MIL", "PRM", "CRM"})
# event types whose nouns take the one who suffers the act in an "of" phrase (PLOVER 3.13, 3.16:
# the recipient of COERCE and ASSAULT is the target)
PATIENT_OF_TYPES = frozenset({"ASSAULT", "COERCE"})
STATE_STRIKE_NOUNS = frozenset({"strike"})
# nouns whose to-infinitive is an act decided on ("the decision to send", "a move to ban")
DECISION_NOUNS = frozenset({"decision", "move", "step", "order", "vote", "ruling"})
# types whose beneficiary may be named with "for" (PLOVER 3.3 SUPPORT, 3.6 AID)
FOR_TYPES = frozenset({"SUPPORT", "AID"})
MONEY_WORDS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "franc", "riyal",
                         "dirham", "lira", "won", "million", "billion", "trillion", "bn", "m", "$", "€", "£"})
# verbs for protesters taking a site (coded PROTEST 144 when civilians do it)
SITE_SEIZING = frozenset({"occupy", "take", "seize", "storm", "overrun", "blockade", "besiege", "barricade"})
# weapons that can be the subject of a verb of impact, and the CAMEO code of such an attack
WEAPON_NOUNS = {**{w: "195" for w in ("warplane", "jet", "aircraft", "plane", "drone", "missile", "bomber",
                                      "helicopter", "airstrike", "bomb")},
                **{w: "194" for w in ("artillery", "shell", "tank", "mortar", "rocket", "howitzer")},
                **{w: "190" for w in ("warship", "gunboat", "troop", "force", "soldier")}}
SUFFER_VERBS = frozenset({"die", "kill", "injure", "wound", "perish", "suffer", "lose", "be", "flee", "survive",
                          "escape", "hurt", "disappear", "vanish", "remain", "become"})
# words naming protesters: only their violence is a violent protest (145); settlers or a mob
# attacking villagers is an assault
PROTESTER_WORDS = ("protest", "demonstrat", "rioter", "crowd", "student", "marcher", "activist", "supporter",
                   "worker", "striker", "youth", "fan")
WILLING_ADJ = frozenset({"ready", "willing", "prepared", "open", "eager", "keen"})
HOSTILE_VERBS = frozenset({"retaliate", "avenge", "crush", "destroy", "punish", "annihilate", "wipe", "hit",
                           "strike", "respond", "fight", "attack", "eliminate", "obliterate"})
BACKING_VERBS = frozenset({"back", "support", "sponsor", "fund", "finance", "arm"})
# nouns whose "in ... of" phrase is an act of the clause's subject ("resumed enrichment in defiance
# of the deal"), unlike the manner phrase "in protest"
DEFIANCE_NOUNS = frozenset({"defiance", "violation", "breach", "contravention"})
NON_ACTOR_HEADS = frozenset({"stock", "share", "market", "index", "currency", "rupee", "dollar", "yen", "euro",
                             "pound", "lira", "rouble", "ruble", "yuan", "peso", "price", "bond", "yield",
                             "economy", "inflation", "growth", "runner", "batsman", "bowler", "player", "team",
                             "side", "squad", "striker", "club", "champion", "athlete", "swimmer", "cyclist",
                             "film", "sequel", "album", "novel", "exports", "output", "oil", "gas", "crude",
                             "bourse", "exchange", "benchmark", "sales", "earnings", "profit"})
FIGURATIVE = frozenset({"verbal", "rhetorical", "legal", "charm", "media", "diplomatic", "political",
                        "personal", "public", "judicial", "courtroom", "propaganda", "war-of-words"})
CHARGE_NOUNS = frozenset({"charge", "suspicion", "accusation", "allegation", "count"})
TRANSFER_VERBS = frozenset({"extradite", "send", "fly", "hand", "deport", "transfer", "surrender", "return"})
TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "deadline", "ultimatum"})
# verbs that turn a plan into a decision ("the cabinet approved a plan to take control of Gaza City")
ADOPTING_VERBS = frozenset({"approve", "adopt", "endorse", "pass", "sign", "unveil", "greenlight", "authorise",
                            "authorize", "rubber-stamp"})
LEAVE_VERBS = frozenset({"leave", "quit", "depart", "withdraw", "exit", "go", "vacate"})
# verbs that say where an attack noun landed ("strikes hit southern Lebanon")
IMPACT_VERBS = frozenset({"hit", "target", "strike", "pound", "destroy", "damage", "level", "flatten", "rock",
                          "devastate", "wreck", "struck", "slam", "smash", "bomb", "shell", "rain",
                          "plough", "plow", "tear", "rip", "blast", "pummel", "hammer", "batter"})
# nouns for a volley of weapons ("a barrage of missiles"), and the CAMEO code by weapon
VOLLEY_NOUNS = frozenset({"barrage", "salvo", "volley", "hail", "wave", "swarm", "flurry", "fusillade", "shower"})
VOLLEY_WEAPONS = {**{w: "195" for w in ("missile", "drone", "bomb", "airstrike", "warplane")},
                  **{w: "194" for w in ("rocket", "shell", "mortar", "artillery", "projectile")},
                  **{w: "193" for w in ("bullet", "gunfire")}}  # not "shot": "a barrage of shots on goal"
# nouns for a series of acts, whose owner does each of them ("its campaign of attacks")
SERIES_NOUNS = frozenset({"campaign", "wave", "series", "spate", "string", "spree", "barrage", "round", "volley",
                          "salvo", "flurry"})
# verbs and nouns of two-sided street fighting
CLASH_WORDS = frozenset({"clash", "brawl", "scuffle", "fight", "fighting", "skirmish"})
# subjects that are weather and disasters, not people
NATURAL_FORCES = frozenset({"hurricane", "storm", "typhoon", "cyclone", "tornado", "flood", "flooding", "rain",
                            "wind", "earthquake", "quake", "tsunami", "wildfire", "fire", "blaze", "snow",
                            "landslide", "mudslide", "avalanche", "heatwave", "drought", "monsoon", "river"})
# purposes that make a show of force an attack ("sent jets to bomb")
ATTACK_PURPOSES = frozenset({"bomb", "airstrike", "strike", "attack", "pound", "shell", "hit", "raid", "storm"})
# what armed groups publish their own acts in ("released a video showing the beheading of")
FOOTAGE_NOUNS = frozenset({"video", "footage", "clip", "film", "recording", "image", "photo", "picture"})
# people that can be taken or held hostage (not "the budget", "the economy", "the country")
HOSTAGE_PEOPLE = frozenset({"people", "person", "passenger", "crew", "worker", "tourist", "civilian", "villager",
                            "resident", "student", "official", "officer", "soldier", "journalist", "child", "woman",
                            "man", "member", "staff", "employee", "national", "citizen", "guard", "diplomat",
                            "foreigner", "policeman", "sailor", "seafarer", "schoolgirl", "pupil", "teacher",
                            "worshipper", "missionary", "aid", "contractor", "engineer", "israeli", "american"})
# quantities that stand for a crowd ("tens of thousands protested")
CROWD_QUANTITIES = frozenset({"ten", "hundred", "thousand", "dozen", "score", "million", "crowd"})
# actor codes that name no state (docs/conventions.md): never a victim's country
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "ISM", "MNC"})
# impact verbs that are attacks only when a munition hits something ("a missile ploughed into a
# block"); an aircraft that slams or ploughs into the ground has crashed
TARGET_IMPACT_VERBS = frozenset({"plough", "plow", "tear", "rip", "slam", "smash"})
MUNITIONS = frozenset({"missile", "bomb", "rocket", "shell", "mortar", "drone", "airstrike", "artillery"})
JOINT_WORDS = frozenset({"joint", "together", "jointly", "combined", "bilateral", "trilateral", "multinational"})
NON_DIPLOMATIC = frozenset({"CVL", "REF", "CRM", "UAF", "BUS", "EDU", "MED", "AGR", "LAB", "JRN"})
MODAL_NOUNS = frozenset({"prospect", "threat", "risk", "possibility", "fear", "danger", "spectre", "specter",
                         "likelihood", "chance", "idea", "question", "issue", "scenario", "talk", "rumour",
                         "rumor", "warning", "plan", "hope", "option", "prevention", "deterrence"})
GENERIC_PLACES = frozenset({"INT", "WST", "MOS", "ARB", "EUP", "AFR", "ASA", "MEA", "LAM"})
PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "PROTEST"})
THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})
LIGHT_VERBS = frozenset({"begin", "start", "launch", "carry", "conduct", "stage", "hold", "mount", "make", "take",
                         "have", "give", "resume", "continue", "step", "intensify", "escalate", "wage", "undertake",
                         "commence", "kick", "open", "end", "complete", "finish", "join", "lead", "order"})
ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "keep", "proceed", "go", "try", "attempt", "manage",
                       "stop", "cease", "finish", "seem", "appear", "threaten", "vow", "fail", "refuse", "help",
                       "decide", "move", "rush", "hasten", "dare", "get", "come", "use", "need", "have", "want",
                       "intend", "plan", "hope", "seek", "prepare", "spend"})
# motion verbs whose purpose infinitive is a meeting that takes place ("flew to Beijing to meet Xi",
# "walked across the line to meet Moon"): wire copy reports such trips when they happen
MOTION_VERBS = frozenset({"travel", "fly", "walk", "arrive", "go", "come", "head", "step", "cross", "visit",
                          "drive", "sail", "return", "jet", "land"})
CAUSATIVE = frozenset({"prompt", "force", "cause", "lead", "push", "allow", "enable", "compel", "persuade",
                       "convince", "help", "let", "get", "drive", "provoke", "spur", "encourage", "permit"})
TOPIC_PREPS = frozenset({"of", "for", "about", "over", "against"})
MILITARY_NOUNS = frozenset({"troop", "force", "warship", "carrier", "destroyer", "submarine", "battalion",
                            "brigade", "division", "jet", "bomber", "fleet", "group", "soldier", "unit",
                            "frigate", "vessel", "aircraft", "squadron", "marine", "paratrooper"})
SKIP_LEMMAS = frozenset({"be", "have", "do", "get", "become", "seem", "appear"})
STATIVE = frozenset({"be", "remain", "fall", "seem", "become", "stay", "appear", "look", "lack", "need",
                     "require", "depend", "mean", "involve", "include", "face"})


@dataclass(slots=True)
class Candidate:
    """An event before it becomes a record."""

    trigger: Token
    trigger_end: int
    code: str
    actors: list[Entity]
    recipients: list[Entity]
    pattern: Pattern | None = None
    negated: bool = False
    future: bool = False
    fallback_actor: bool = False
    hypothetical: bool = False
    reciprocal: bool = False


class EventExtractor:
    """Turn a Doc with resolved actors into :class:`~accord.records.Event` records.

    Args:
        lexicon, frames, ontology, cues: the loaded data (see their modules).
        version: the ``coder_version`` string written into every record.
    """

    def __init__(self, lexicon: Lexicon, frames: Frames, ontology: Ontology, cues: ContextCues, version: str):
        self.lex = lexicon
        self.frames = frames
        self.ont = ontology
        self.cues = cues
        self.version = version

    # ------------------------------------------------------------------ public
    def extract(self, doc: Doc, article: Article, res: Resolution) -> list[Event]:
        """Events of one article (``doc`` is ``nlp(article.text)``), in text order."""
        mention_at: list[Mention | None] = [None] * len(doc)
        for m in res.mentions:
            for k in range(m.start, m.end):
                mention_at[k] = m
        quotes = QuoteIndex(article.text)  # the Doc's text, without rebuilding it from tokens
        year = int(article.date[:4]) if article.date else None
        events: list[Event] = []
        sents = list(doc.sents)
        scene = Scene(doc, res.mentions, res.sent_of)  # sentence indexes computed once, by coreference
        places = {(m.entity.start, m.entity.end) for m in res.mentions if m.location}
        for s_idx, sent in enumerate(sents):
            ctx = _Ctx(doc, sent, mention_at, quotes, scene=scene, sent_index=s_idx, places=places)
            recorded = [self._record(cand, ctx, s_idx, article, year) for cand in self._sentence(ctx)]
            events.extend(_one_per_dyad([ev for ev in recorded if ev is not None]))
        return events

    # ------------------------------------------------------------------ sentence
    def _sentence(self, ctx: "_Ctx") -> list[Candidate]:
        sent = ctx.sent
        self._speakers(ctx)
        cands: list[Candidate] = []
        for t in sent:
            if t.i in ctx.consumed:
                continue
            pos = t.pos_
            if pos == "VERB" or (pos == "AUX" and t.lemma_ not in SKIP_LEMMAS and t.dep_ == "ROOT"):
                c = self._verb(ctx, t)
            elif pos in ("NOUN", "PROPN"):
                c = self._noun(ctx, t)
            elif pos == "ADJ" and t.lemma_.lower() in self.frames.judgment:
                c = self._judgment(ctx, t)
            else:
                c = None
            if c is None:
                continue
            for one in (c if isinstance(c, list) else [c]):
                if not one.actors and one.code[:2] == "14" and not self._natural_force(one.trigger):
                    one.actors = self._scene_civilians(ctx)  # "demonstrations spread to 30 towns"
                if one.code[:2] == "14" and not one.recipients and one.actors and \
                        all(a.sector in CIVILIAN for a in one.actors):
                    # a protest against a policy is a protest against the government (gold convention)
                    one.recipients = self._scene_government(ctx, one.actors[0].country)
                if one.code == "171" and one.trigger.lemma_.lower() == "raid" and one.actors and \
                        all(a.sector in ("MIL", "REB", "UAF", "PRM", "CRM") for a in one.actors):
                    one.code = "190"  # troops, militants or bandits raiding a camp: an assault, not a police search
                if one.actors:
                    cands.append(one)
        protests = [c for c in cands if self._type(c.code) == "PROTEST"]
        if protests:
            # "protesters ... demanding the resignation", "workers pressed the government for a higher
            # wage" during a strike: the demand is the protest's topic, not another event (gold convention)
            protesters = {a.code for c in protests for a in c.actors}
            cands = [c for c in cands if not (self._type(c.code) == "REQUEST" and c.actors and (
                all(a.sector in CIVILIAN for a in c.actors) or {a.code for a in c.actors} <= protesters))]
        for c in list(cands):
            extra = self._charges(ctx, c)
            if extra is not None:
                cands.append(extra)
        for c in list(cands):
            if c.code[:3] == "173" and c.trigger.pos_ == "VERB" and _prison_term(c.trigger):
                # "jailed Kara-Murza for 25 years": a conviction as well as a detention (as "sentence")
                cands.append(Candidate(c.trigger, c.trigger_end, "116", list(c.actors), list(c.recipients), None,
                                       fallback_actor=c.fallback_actor))
        for c in list(cands):
            if c.trigger.lemma_.lower() == "sentence" and self._type(c.code) == "COERCE":
                # a prison sentence is a conviction and a detention (gold convention; PLOVER 3.13.3)
                cands.append(Candidate(c.trigger, c.trigger_end, "116", list(c.actors), list(c.recipients), None,
                                       fallback_actor=c.fallback_actor))
        return self._dedupe(self._merge_participles(cands))

    def _natural_force(self, t: Token) -> bool:
        """Is the subject of a verb trigger a storm, flood or fire ("Hurricane Ian slammed into the
        coast, ... flooding streets")?  Such a verb is no protest by the scene's civilians."""
        if t.pos_ != "VERB":
            return False
        subj, _ = self._subject_token(t)
        return subj is not None and (subj.lemma_.lower() in NATURAL_FORCES or any(
            c.dep_ == "compound" and c.lemma_.lower() in NATURAL_FORCES for c in subj.children))

    def _merge_participles(self, cands: list[Candidate]) -> list[Candidate]:
        """"Gunmen attacked crowds outside the airport, killing dozens of Afghans": a participle
        that continues its verb's event adds its victims to that event instead of being another.
        "An Israeli air strike killed 30 people": an event noun that is the subject of a verb of
        the same type is one event (the noun's code, which names the means; the verb's victims)."""
        by_trigger = {c.trigger.i: c for c in cands}
        merged: set[int] = set()
        for c in cands:
            t = c.trigger
            head = by_trigger.get(t.head.i) if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" else None
            if head is not None and head is not c and self._type(head.code) == self._type(c.code):
                c.recipients = _unique(c.recipients + head.recipients)
                c.actors = _unique(c.actors + [a for a in head.actors if not c.actors])
                merged.add(id(head))
        cands = [c for c in cands if id(c) not in merged]
        by_trigger = {c.trigger.i: c for c in cands}
        for c in cands:
            t = c.trigger
            # "captured two soldiers in a cross-border raid", "attacked crowds ... in an assault
            # claimed by IS": the circumstance names the act its verb already codes
            if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "during"):
                verb = by_trigger.get(t.head.head.i)
                if verb is not None and verb is not c and \
                        self._type(verb.code) in ("ASSAULT", "COERCE") and self._type(c.code) == "ASSAULT":
                    verb.recipients = _unique(verb.recipients + c.recipients)
                    merged.add(id(c))
        cands = [c for c in cands if id(c) not in merged]
        by_trigger = {c.trigger.i: c for c in cands}
        for c in cands:
            # "its air strike on Iran's consulate, which killed seven officers": the relative clause
            # adds victims to the strike, it is not another attack
            act = self._act_of_relative(c.trigger) if c.trigger.pos_ == "VERB" else None
            noun = by_trigger.get(act.i) if act is not None else None
            if noun is not None and noun is not c and self._type(noun.code) == self._type(c.code) == "ASSAULT" and \
                    {a.code for a in noun.actors} >= {a.code for a in c.actors}:
                noun.recipients = _unique(noun.recipients + c.recipients)
                merged.add(id(c))
        cands = [c for c in cands if id(c) not in merged]
        by_trigger = {c.trigger.i: c for c in cands}
        out = []
        for c in cands:
            t = c.trigger
            head = by_trigger.get(t.head.i) if t.dep_ in ("advcl", "conj", "xcomp") and t.tag_ == "VBG" else None
            if head is None and t.dep_ == "advcl" and t.tag_ == "VBG":
                # "launched a missile barrage on Ukraine, killing 30": the light verb is not coded, its
                # object noun is the attack the participle continues
                head = next((by_trigger[o.i] for o in t.head.children if o.dep_ == "dobj" and o.i in by_trigger and
                             self._type(by_trigger[o.i].code) == self._type(c.code) == "ASSAULT"), None)
            # "settlers attacked the village, torching cars": the torching is the attack, not a riot
            same = head is not None and (self._type(head.code) == self._type(c.code) or
                                         (self._type(head.code) == "ASSAULT" and c.code == "145"))
            if head is not None and head is not c and same and \
                    {a.code for a in head.actors} >= {a.code for a in c.actors}:
                if c.code != "145" or self._type(head.code) == "PROTEST":
                    head.recipients = _unique(head.recipients + c.recipients)  # (a riot's target is implied)
                continue
            if head is not None and self._type(head.code) == "PROTEST" and self._type(c.code) == "REQUEST":
                # "protesters took to the streets demanding ...": the demand is the protest's topic
                head.recipients = _unique(head.recipients + c.recipients)
                continue
            out.append(c)
        return out

    def _type(self, code: str) -> str | None:
        info = self.ont.codes.get(code)
        return info.event_type if info else None

    def _scene_government(self, ctx: "_Ctx", country: str | None) -> list[Entity]:
        """The government of a state a protest happens in (its target when none is named)."""
        if not country or len(country) != 3 or country in GENERIC_PLACES:
            return []
        return [_implied(ctx, country, "GOV", "government")]

    def _scene_civilians(self, ctx: "_Ctx") -> list[Entity]:
        """Protest with no named protesters: the civilians of the country where it happens."""
        country = ctx.scene.country_at(ctx.sent_index)
        return [_implied(ctx, country, "CVL", "civilians")] if country else []

    def _dedupe(self, cands: list[Candidate]) -> list[Candidate]:
        seen: dict[tuple, int] = {}
        out: list[Candidate] = []
        for c in cands:
            info = self.ont.codes.get(c.code)
            etype = info.event_type if info else None
            if etype == "CONCEDE" and _trigger_lemma(c.trigger) in self.frames.resign:
                etype = "RETREAT"  # "apologised and resigned": two events (see _record, PLOVER 3.7)
            key = (tuple(sorted({e.code for e in c.actors})), etype or c.code,
                   tuple(sorted({e.code for e in c.recipients})), c.negated)
            if key in seen:
                prev = out[seen[key]]
                if c.pattern is not None and (prev.pattern is None or c.pattern.size > prev.pattern.size):
                    out[seen[key]] = c
                continue
            seen[key] = len(out)
            out.append(c)
        return out

    # ------------------------------------------------------------------ speakers
    def _speakers(self, ctx: "_Ctx") -> None:
        """Mark reported-speech complements with their speaker (subject of the reporting verb)."""
        fr = self.frames
        for t in ctx.sent:
            if t.pos_ not in ("VERB", "AUX"):
                continue
            lemma = t.lemma_.lower()
            if lemma not in fr.speech and lemma not in fr.emphasis:
                continue
            comps = [c for c in t.children if c.dep_ in ("ccomp", "parataxis")]
            subj = self._subject_entities(ctx, t)
            if not subj:
                continue
            if comps:
                ctx.speech_verbs.add(t.i)
                for c in comps:
                    for x in c.subtree:
                        ctx.speaker.setdefault(x.i, subj)
            elif t.dep_ == "parataxis" and t.head.i < t.i:
                # "Y attacked Z, officials said": the reporting verb hangs off the event verb
                ctx.speech_verbs.add(t.i)
                for x in t.head.subtree:
                    if x.i not in {y.i for y in t.subtree}:
                        ctx.speaker.setdefault(x.i, subj)
            # direct quotation attributed by this verb
            q = ctx.quotes.at(t.idx)
            if q is None:
                for quote in ctx.quotes.quotes:
                    if quote.start >= ctx.sent.start_char - 1 and quote.end <= ctx.sent.end_char + 1 and \
                            not (quote.start <= t.idx < quote.end):
                        ctx.quote_speaker[quote.start] = subj
                        ctx.speech_verbs.add(t.i)

    # ------------------------------------------------------------------ verbs
    def _verb(self, ctx: "_Ctx", v: Token):
        fr = self.frames
        lemma = v.lemma_.lower()
        if v.dep_ == "acl" and (v.head.lemma_.lower() in DECISION_NOUNS or (
                v.head.lemma_.lower() in ("plan", "proposal", "bill") and v.head.head.lemma_.lower() in ADOPTING_VERBS)) and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return self._decided(ctx, v)
        # "flew to Beijing to meet Xi": the meeting is coded (actor: the traveller)
        purpose = self.lex.match_verb(v) if v.dep_ in ("advcl", "xcomp") and \
            v.head.lemma_.lower() in MOTION_VERBS else None
        trip = purpose is not None and purpose[0].code[:2] == "04"
        if not trip and v.dep_ != "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            # "temptations to normalise relations", "troops sent to protect civilians": an infinitive
            # that is not the complement of a verb states a purpose or possibility, not an event
            return None
        if v.dep_ == "xcomp" and v.head.pos_ in ("VERB", "AUX") and not trip:
            head_lemma = v.head.lemma_.lower()
            if head_lemma not in ASPECTUAL and head_lemma not in self.frames.frame_of and \
                    head_lemma not in self.frames.plan and head_lemma not in CAUSATIVE and \
                    head_lemma not in self.frames.speech and v.head.lemma_ not in ("be",):
                # "summoned the envoy to protest the attack", "sent troops to protect": a purpose
                return None
        if v.dep_ == "pcomp" and v.head.lower_ in TOPIC_PREPS:
            return None  # "accused Qatar of supporting terrorism": the topic of an accusation
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in ("help", "assist") and v.head.dep_ in ("advcl", "acl") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.head.children):
            return None  # "deploying troops to Mozambique to help fight insurgents": the purpose, not an act
        if lemma in BACKING_VERBS and v.tag_ in ("VBN", "JJ") and (
                v.dep_ in ("amod", "acl", "compound") or (v.dep_ == "conj" and v.head.dep_ in ("amod", "compound"))):
            return None  # "US-backed forces", "rebels backed by Ankara": who they are, not an event
        if (v.dep_ == "amod" and not _finite_modifier(v)) or (v.dep_ == "acl" and v.tag_ == "VBN" and not _acts_on_object(v) and
                                not any(c.dep_ == "agent" for c in v.children) and not _root_noun_verb(v)):
            # "warning shots", "protesters opposed to the mandates": describing, not reporting
            # ("a deal brokered by China" names its agent and is kept)
            return None
        cancel = fr.not_events.get(lemma)
        if cancel and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in cancel for c in v.children):
            own = self.lex.match_verb(v)
            if own is None or not any(u.lemma_.lower() in cancel for u in own[1]):
                # "met the demands", "hit a record high", "warning shots" (unless the lexicon has that
                # very combination: "struck a deal" is an agreement, 057)
                return None
        frame = fr.frame_of.get(lemma)
        has_ccomp = any(c.dep_ == "ccomp" for c in v.children)
        if lemma in fr.emphasis or lemma == "call" and any(c.lower_ == "attention" for c in v.children):
            appeal = self._need_for(ctx, v)
            if appeal is not None:
                return appeal
            if has_ccomp or v.i in ctx.speech_verbs:
                return None
        if lemma in fr.characterise:
            c = self._characterise(ctx, v)
            if c is not None:
                return c
            if any(c.dep_ == "oprd" or (c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")) for c in v.children):
                return None  # "launched what it called targeted operations": naming, not an appeal
        if lemma in fr.speech and v.dep_ == "relcl" and has_ccomp:
            c = self._said_was(ctx, v)
            if c is not None:
                return c
        if lemma in fr.speech and (has_ccomp or v.i in ctx.speech_verbs) and frame is None:
            return None
        if frame is not None:
            c = self._frame(ctx, v, frame)
            if c is not None:
                return c
            if frame[0] == "order":
                return None
        if lemma in fr.fail:
            return None
        deadline = self._deadline(ctx, v)
        if deadline is not None:
            return deadline
        force = self._hostage_taking(ctx, v) or self._baton_charge(ctx, v)
        if force is not None:
            return force
        hit = self.lex.match_verb(v)
        if hit is None:
            dead = self._shot_dead(ctx, v) or self._executed_person(ctx, v)
            if dead is not None:
                return dead
        if hit is None or self._type(hit[0].code) != "ASSAULT":
            # "Russian guided bombs slammed into a hypermarket": a weapon that hits is an attack, even
            # when the verb alone means something else ("slammed" the plan is criticism, 111)
            strike = self._weapon_strike(ctx, v)
            if strike is not None or hit is None:
                return strike
        pattern, used = hit
        if lemma in fr.speech and pattern.size == 1 and (has_ccomp or v.i in ctx.speech_verbs):
            return None
        code = self._refine_by_object(pattern, used)
        if code == "128" and v.tag_ == "VBG" and v.dep_ in ("advcl", "acl", "relcl", "amod"):
            return None  # "protesters defying a curfew stormed the residence": manner, not a refusal
        if code.startswith("042") and self._vehicle_subject(v):
            # "An Indian plane carrying relief supplies landed in Islamabad": a delivery, not a visit
            if not any(t.lemma_.lower() in fr.relief for t in ctx.sent):
                return None
            code = "073"
        if code.startswith("042") and self._carries_goods(ctx, v):
            # "India flew 15 tonnes of medical supplies to the Maldives": not a visit
            obj = next(c for c in v.children if c.dep_ == "dobj")
            hit2 = self.lex.match_noun(obj)
            if hit2 is not None and hit2[0].code.startswith("07"):
                code = hit2[0].code
            elif any(t.lemma_.lower() in fr.relief for t in obj.subtree):
                code = "073"   # "flew 15 tonnes of medical supplies to the Maldives"
            else:
                return None
        for u in used:
            if not _has_own_agent(u) and not (self._type(code) == "ASSAULT" and self._noun_type(u) == "PROTEST"):
                # ("police fired on a demonstration": the demonstration is a protest of its own)
                ctx.consumed.add(u.i)
        if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.lemma_.lower() in WILLING_ADJ:
            # "was ready to resume direct talks", "is willing to negotiate": an intent (CAMEO 03)
            code = self.frames.compose("agree", code) or "030"
        return self._build_verb(ctx, v, code, pattern, used)

    def _refine_by_object(self, pattern: Pattern, used: list[Token]) -> str:
        """A light verb's object noun may say more than the verb pattern: "began air strikes" is
        an air strike (195), not the labour strike of "begin strike" (143)."""
        obj_slot = next((sl for sl in pattern.slots if sl.prep is None and sl.words), None)
        if obj_slot is None or pattern.head not in LIGHT_VERBS:
            return pattern.code  # "signed an aid package" is a signing, whatever the package holds
        obj = next((u for u in used if u.pos_ in ("NOUN", "PROPN") and
                    u.lemma_.lower() == obj_slot.words[-1]), None)
        if obj is None:
            return pattern.code
        hit = self.lex.match_noun(obj)
        if hit is not None and hit[0].size > len(obj_slot.words) and hit[0].code[:2] != pattern.code[:2]:
            return hit[0].code
        return pattern.code

    def _agent_of_means(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "after"):
                for p in c.children:
                    if p.dep_ == "pobj" and self.lex.match_noun(p) is not None:
                        agents = self._noun_agents(ctx, p, self._noun_type(p))
                        if agents:
                            ctx.consumed.add(p.i)
                            return agents
        return []

    def _stray_agent(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        """"Villagers were hacked to death with machetes by ADF rebels": the small model hangs the
        passive's "by" phrase under the object of the preposition before it, or under a participle
        between ("was shot dead while campaigning in Nara on Friday by a man wielding ...")."""
        for c in v.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG":
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ == "by":
                        ents = [e for q in g.children if q.dep_ == "pobj" for e in self._entities(ctx, q)]
                        if ents:
                            return ents
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "in", "at", "near", "on"):
                for p in c.children:
                    for g in p.children if p.dep_ == "pobj" else ():
                        if g.dep_ == "prep" and g.lower_ == "by":
                            ents = [e for q in g.children if q.dep_ == "pobj" for e in self._entities(ctx, q)]
                            if ents:
                                return ents
        return []

    def _vehicle_subject(self, v: Token) -> bool:
        tok, _ = self._subject_token(v)
        return tok is not None and tok.lemma_.lower() in self.frames.vehicles

    def _carries_goods(self, ctx: "_Ctx", v: Token) -> bool:
        """Does a visit verb carry a thing ("flew supplies to") rather than a visit ("paid a visit to")?"""
        for c in v.children:
            if c.dep_ == "dobj" and ctx.mention_at[c.i] is None and c.pos_ in ("NOUN",) and \
                    self.lex.match_noun(c) is None and \
                    not any(ctx.mention_at[x.i] is not None for x in c.subtree if x.dep_ in ("compound", "poss")):
                return True
        return False

    def _characterise(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Serbia called the move illegal", "a decision Zelenskiy hailed as historic": ACCUSE or SUPPORT
        from the speaker to whoever is responsible for what is characterised."""
        if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in v.children):
            return None  # "called for talks", "called on X to ...": an appeal, not a characterisation
        words: list[Token] = []
        for c in v.children:
            if c.dep_ in ("oprd", "acomp", "attr") or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")):
                words.extend(c.subtree)
            elif c.dep_ == "prep" and c.lower_ == "as":
                words.extend(c.subtree)
            elif c.dep_ == "dobj":
                # "calling the ruling outrageous and unacceptable": the small model makes the
                # predicate adjectives modifiers after their noun
                for a in c.children:
                    if a.dep_ == "amod" and a.i > c.i:
                        words.extend(a.subtree)
        if not words:
            return None
        lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
        neg = bool(lemmas & self.frames.negative)
        pos = bool(lemmas & self.frames.positive)
        if neg == pos:
            return None
        code = "111" if neg else "051"
        for w in words:
            ctx.consumed.add(w.i)
        actors, fallback = self._actor_entities(ctx, v)
        target = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        recipients: list[Entity] = []
        if target is not None and target.tag_ not in ("WDT", "WP"):
            recipients = self._entities(ctx, target) or self._phrase_entities(ctx, target, preps=AGENT_PREPS)
        if not recipients:
            # the thing characterised is the head of this relative clause, or the clause it refers to
            ref = v.head if v.dep_ in ("relcl", "acl") else target
            recipients = self._responsible(ctx, ref) if ref is not None else []
        recipients = [r for r in recipients if r.code not in {a.code for a in actors}]
        return Candidate(v, v.i + 1, code, actors, recipients, None, fallback_actor=fallback)

    def _deadline(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"gave the French ambassador 72 hours to leave the country": an expulsion (CAMEO 166) when
        those given the time must leave; "gave Doha 10 days to comply": an ultimatum (139)."""
        if v.lemma_.lower() != "give":
            return None
        given = next((c for c in v.children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() not in TIME_UNITS),
                     None)
        span = next((c for c in v.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_UNITS), None)
        act = next((c for c in list(v.children) + (list(span.children) if span is not None else [])
                    if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if given is None or span is None or act is None:
            return None
        recipients = self._entities(ctx, given)
        if not recipients:
            return None
        code = "166" if act.lemma_.lower() in LEAVE_VERBS else "139"
        for x in act.subtree:
            ctx.consumed.add(x.i)
        cand = self._build_verb(ctx, v, code, None, [])
        cand.recipients = recipients
        return cand

    def _hostage_taking(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"took several security officials hostage", "were holding some 700 people hostage": the
        small model makes "hostage" a clausal complement or a predicate of the object, never the
        object that the lexicon's "take hostage" needs.  Taking or holding people hostage is an
        abduction (CAMEO 181, PLOVER ASSAULT abduct)."""
        if v.lemma_.lower() not in ("take", "hold", "keep"):
            return None
        h = next((c for c in v.children if c.lemma_.lower() in ("hostage", "captive") and
                  c.dep_ in ("ccomp", "oprd", "xcomp", "npadvmod", "advcl", "acomp", "attr")), None)
        if h is None:
            # "took three UN peacekeepers captive": "captive" parsed as an adjective after the object
            h = next((a for o in v.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and
                      a.i > o.i and a.lemma_.lower() in ("hostage", "captive")), None)
        if h is None:
            return None
        held = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None) or \
            next((c for c in h.children if c.dep_ == "nsubj"), None)  # "took [officials hostage]"
        m = ctx.mention_at[held.i] if held is not None else None
        if held is None or not (held.lemma_.lower() in HOSTAGE_PEOPLE or (
                m is not None and m.entity.kind != "country" and m.entity.sector)):
            return None  # "the budget was held hostage by hardliners": a figure of speech
        ctx.consumed.add(h.i)
        cand = self._build_verb(ctx, v, "181", None, [h])
        if held.head is h:
            cand.recipients = _unique(cand.recipients + self._entities(ctx, held))
        return cand

    def _baton_charge(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Police baton-charged the marchers", "lathi-charged protesters": the hyphenated verb is
        split by the tokenizer and lemmatised as the legal "charge"; it is violent repression (175)."""
        k = v.i
        if v.lemma_.lower() != "charge" or k < 2 or ctx.doc[k - 1].text != "-" or \
                ctx.doc[k - 2].lower_ not in ("baton", "lathi", "cane"):
            return None
        return self._build_verb(ctx, v, "175", None, [])

    def _shot_dead(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Israeli troops shot dead 58 Palestinians", "militiamen shot dead seven people": "dead" is
        an adjective, which a lexicon pattern cannot name, and the victims may be called anything;
        a killing by shooting is small-arms fire (CAMEO 193)."""
        if v.lemma_.lower() != "shoot" or not any(c.lower_ == "dead" for c in v.children):
            return None
        return self._build_verb(ctx, v, "193", None, [])

    def _executed_person(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Tehran executed German-Iranian dual national Jamshid Sharmahd": `execute` alone is left out
        of the lexicon ("executed the plan"), and named people cannot be written as its objects; an
        execution of someone the resolver knows as an actor is a killing (CAMEO 186, PLOVER targeted)."""
        if v.lemma_.lower() != "execute":
            return None
        obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or (ctx.mention_at[obj.i] is None and obj.ent_type_ != "PERSON"):
            return None
        return self._build_verb(ctx, v, "186", None, [])

    def _weapon_strike(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Saudi-led coalition warplanes hit a bus", "Russian missiles struck Kyiv": a weapon that
        hits is an attack by whoever owns it (CAMEO 195 aerial weapons, 194 artillery and tanks)."""
        if v.lemma_.lower() not in IMPACT_VERBS:
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        kind = WEAPON_NOUNS.get(subj.lemma_.lower()) if subj is not None else None
        if kind is None:
            return None
        if v.lemma_.lower() in TARGET_IMPACT_VERBS and (subj.lemma_.lower() not in MUNITIONS or not any(
                c.dep_ == "prep" and c.lower_ in ("into", "through", "onto") for c in v.children)):
            return None  # "a fighter jet slammed into a hillside": an accident, not an attack
        actors = [e for e in self._entities(ctx, subj) if (e.start, e.end) not in ctx.places]
        if not actors:
            return None
        return Candidate(v, v.i + 1, kind, actors, self._recipient_entities(ctx, v, []), None)

    def _said_was(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"..., a move Netanyahu said was a huge prize for terrorism": the speaker's judgment of
        what the head noun refers to, as in :meth:`_characterise` (ACCUSE 111 or SUPPORT 051)."""
        comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
        if comp is None or comp.lemma_ != "be" or any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
            return None  # the clause must be about the relative's head ("... said was", not "said it was")
        words = [w for c in comp.children if c.dep_ in ("attr", "acomp") for w in c.subtree]
        lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
        neg = bool(lemmas & self.frames.negative)
        pos = bool(lemmas & self.frames.positive)
        if neg == pos or any(c.dep_ == "neg" for c in comp.children):
            return None
        actors, fallback = self._actor_entities(ctx, v)
        recipients = [r for r in self._responsible(ctx, v.head) if r.code not in {a.code for a in actors}]
        for w in words:
            ctx.consumed.add(w.i)
        return Candidate(v, v.i + 1, "111" if neg else "051", actors, recipients, None, fallback_actor=fallback)

    def _responsible(self, ctx: "_Ctx", noun: Token) -> list[Entity]:
        """Who is behind a referring noun ("a decision", "the move", "an order"): its own
        possessor or agent, else the actor of the clause it hangs from."""
        own = self._phrase_entities(ctx, noun, preps=("by", "of"))
        if own:
            return own
        cur = noun
        for _ in range(6):
            if cur.head is cur:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() not in self.frames.speech:
                ents, _ = self._actor_entities(ctx, cur)
                if ents:
                    return ents
        return []

    def _build_verb(self, ctx: "_Ctx", v: Token, code: str, pattern: Pattern | None,
                    used: list[Token]) -> Candidate:
        actors, fallback = self._actor_entities(ctx, v)
        recipients = self._recipient_entities(ctx, v, used)
        if _finite_modifier(v) and v.head.pos_ in ("NOUN", "PROPN"):
            recipients = _unique(recipients + self._entities(ctx, v.head))  # "court jailed [politician X]"
        passive = any(c.dep_ == "nsubjpass" for c in v.children)
        if passive and v.dep_ not in ("conj",) and (fallback or not actors):
            # "Protesters were arrested" (or "... by paramilitary Rangers", not a known actor): no actor
            # named; "aid workers were killed in an Israeli air strike": the actor of the event noun
            # the passive verb happened in
            if not any(c.dep_ == "agent" for c in v.children) or fallback:
                actors, fallback = self._agent_of_means(ctx, v) or self._stray_agent(ctx, v), False
            if not actors and code[:2] == "15":
                # "90,000 police officers will be deployed across France", "troops were moved to the
                # border": forces moved by their own state, coded as their own mobilisation
                subj = next(c for c in v.children if c.dep_ == "nsubjpass")
                m = ctx.mention_at[subj.i]
                forces = [] if m is not None and m.implicit else \
                    [e for e in self._entities(ctx, subj) if e.sector in ("MIL", "COP", "PRM", "SPY")]
                if forces:
                    actors = forces
                    recipients = [r for r in recipients if r.code not in {f.code for f in forces}]
            agent_named = any(c.dep_ == "agent" for c in v.children)
            if not actors and code[:3] in ("173", "172") and (agent_named or not any(t.lower_ == "by" for t in v.subtree)):
                # "Dozens of protesters were arrested in Tbilisi": only a state arrests, detains or
                # bans, so the actor is the police (arrests) or government of the country it happens
                # in (the victims' country, else the sentence's); marked as a fallback actor
                country = next((r.country for r in recipients if r.country and len(r.country) == 3
                                and r.country not in GENERIC_PLACES), None) or ctx.scene.country_at(ctx.sent_index)
                if country:
                    sector = "COP" if code[:3] == "173" else "GOV"
                    actors, fallback = [_implied(ctx, country, sector, "police" if sector == "COP" else
                                                 "government")], True
        if not recipients and self._type(code) in FOR_TYPES:
            # "expressed support for Baku", "aid for Ukraine": the beneficiary of support and aid
            recipients = _unique(self._prep_objects(ctx, [v] + [u for u in used if u.pos_ in ("NOUN", "PROPN")],
                                                    ("for",)))
        if pattern is not None and pattern.invert:
            actors, recipients = recipients, actors
        cand = Candidate(v, v.i + 1, code, actors, recipients, pattern, fallback_actor=fallback)
        return cand

    def _frame(self, ctx: "_Ctx", v: Token, frame: tuple[str, str]) -> Candidate | None:
        kind, base = frame
        comp = self._complement(v, kind)
        if comp is not None and comp.lemma_.lower() in ("keep", "continue", "resume") and \
                self.lex.match_verb(comp) is None:
            # "vowed to keep targeting ships", "pledged to continue supplying arms": the act kept up
            # is what is vowed
            comp = next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), comp)
        lex_hit = self.lex.match_verb(v)
        if lex_hit is not None and lex_hit[0].size > 1 and (comp is None or comp in lex_hit[1]) and kind != "order":
            # the lexicon knows this combination ("pledged support", "offered condolences")
            for u in lex_hit[1]:
                if not _has_own_agent(u):
                    ctx.consumed.add(u.i)
            return self._build_verb(ctx, v, lex_hit[0].code, lex_hit[0], lex_hit[1])
        keep_comp = comp is not None and kind in ("reject", "deny") and _has_own_agent(comp)
        if comp is not None and not keep_comp:
            # what is agreed, refused, urged or threatened has not happened: nothing in it is an
            # event, except what its relative clauses report ("militants who have stepped up attacks").
            # A refused noun with its own agent did happen: "rejected North Korea's demand for
            # sanctions relief" is also North Korea's demand.
            for root in (comp, *comp.conjuncts):
                for x in _subtree_without_clauses(root):
                    ctx.consumed.add(x.i)
        comp_code = None
        comp_used: list[Token] = []
        comp_recipients: list[Entity] = []
        if comp is not None:
            if not keep_comp:
                ctx.consumed.add(comp.i)
            if comp.pos_ in ("VERB", "AUX"):
                hit = self.lex.match_verb(comp)
                sub_frame = self.frames.frame_of.get(comp.lemma_.lower())
                if hit is not None:
                    comp_code = hit[0].code
                    comp_used = hit[1]
                elif sub_frame is not None:
                    comp_code = sub_frame[1]
                comp_recipients = self._recipient_entities(ctx, comp, comp_used)
                if comp.dep_ == "ccomp" and kind in ("request", "demand"):
                    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:  # "demanded that Russia release": the one asked
                        comp_recipients = self._entities(ctx, subj) + comp_recipients
            else:
                hit = self.lex.match_noun(comp)
                if hit is not None:
                    comp_code = hit[0].code
                    comp_used = hit[1]
                comp_recipients = self._phrase_entities(ctx, comp, preps=RECIPIENT_PREPS + AGENT_PREPS)
            for u in comp_used:
                ctx.consumed.add(u.i)
        if kind == "deny":
            if comp is None:
                return None
            code = base
        elif kind == "order" and comp is not None and self._court(ctx, v):
            # "A Kenyan court ordered the government to halt ...", "the ICJ ordered Israel to": a
            # court's order to others is a demand (gold convention), not an act of its own forces
            code = self.frames.compose("demand", comp_code) or "100"
            cand = self._build_verb(ctx, v, code, None, [])
            obj = next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
            cand.recipients = self._entities(ctx, obj) if obj is not None else list(comp_recipients)
            return cand
        elif comp is None and kind == "order" and self._court(ctx, v) and \
                (obj := next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)) is not None:
            # "the Supreme Court ... ordered his release": a court's order is a demand on the state
            cand = self._build_verb(ctx, v, "100", None, [])
            own = self._noun_agents(ctx, obj, self._noun_type(obj)) or self._phrase_entities(ctx, obj, preps=("of",))
            cand.recipients = [r for r in own if r.code not in {a.code for a in cand.actors}]
            return cand
        elif comp is None and kind == "order":
            if any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children) and \
                    (expelled := self._foreign_ordered_out(ctx, v)):
                cand = self._build_verb(ctx, v, "166", None, [])  # "responded by ordering out six diplomats"
                cand.recipients = expelled
                return cand
            return self._deployment_order(ctx, v)
        elif comp is None and kind == "cease":
            obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
            lemma = obj.lemma_.lower() if obj is not None else ""
            if lemma in self.frames.money_flows:
                code = "1621"   # "halted disbursements": stopping economic assistance
            elif lemma in self.frames.flows:
                code = "160"    # "halted gas supplies to Poland": reducing relations
            else:
                hit = self.lex.match_verb(v)
                if hit is None:
                    return None
                return self._build_verb(ctx, v, hit[0].code, hit[0], hit[1])
        elif comp is None:
            # a frame verb without a complement: only what the lexicon says of it
            hit = self.lex.match_verb(v)
            if v.lemma_.lower() in ("call", "phone", "ring") and (hit is None or hit[0].size == 1):
                obj = next((c for c in v.children if c.dep_ == "dobj"), None)
                callee = self._entities(ctx, obj) if obj is not None else []
                if callee and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in v.children):
                    # "Trump called his Chinese counterpart on Friday": a phone call (CAMEO 041)
                    cand = self._build_verb(ctx, v, "041", None, [obj])
                    cand.recipients = callee
                    cand.reciprocal = True
                    return cand
            if hit is None:
                return None
            if any(c.dep_ == "ccomp" for c in v.children) and hit[0].size == 1:
                return None  # "warned that ...", "told reporters that ...": reported speech
            for u in hit[1]:
                ctx.consumed.add(u.i)
            return self._build_verb(ctx, v, hit[0].code, hit[0], hit[1])
        elif kind == "order" and comp.lemma_.lower() in LEAVE_VERBS and (expelled := self._foreign_ordered_out(ctx, v)):
            # "Niger's junta ordered French troops to leave the country": an expulsion (CAMEO 166),
            # not an announced withdrawal, when those ordered out are another state's
            cand = self._build_verb(ctx, v, "166", None, [])
            cand.recipients = expelled
            return cand
        elif kind == "reject" and comp.lemma_.lower() in self.frames.no_comment and \
                not any(c.dep_ in ("dobj", "dative") for c in comp.children):
            code = "011"
        elif kind == "agree" and comp_code is None and comp.lemma_.lower() in HOSTILE_VERBS:
            code = "130"  # "vowed to retaliate", "promised to crush": a threat (PLOVER 3.11)
        else:
            code = self.frames.compose(kind, comp_code) or base
        if code is None:
            return None
        own_used = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"]
        cand = self._build_verb(ctx, v, code, None, own_used)
        own = [e for e in cand.recipients if e.code]
        if kind == "order":
            cand.recipients = list(comp_recipients)
        elif not own or kind in ("agree", "reject", "threaten"):
            cand.recipients = own + [e for e in comp_recipients if e.code not in {r.code for r in own}]
        if comp is not None and comp.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in comp.children):
            cand.negated = kind not in ("reject",)
        return cand

    def _victims_country(self, ctx: "_Ctx", r: Entity, own: set, first: str | None = None) -> Entity:
        """"North Korea fired shells onto the South Korean island, killing two marines": victims
        whose country was only implied by the scene ("marines") and came out as the attacker's own
        take the other state named nearest to them in the sentence, when there is one."""
        span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand")
        m = ctx.mention_at[span.start] if span is not None and len(span) else None
        # victims implied from the scene may also come out with the reporting body's code ("Mali's
        # army executed hundreds of civilians in Moura, the UN said": UNOCVL); they are the people of
        # the place named in the sentence, else of the (first) attacker's state
        stateless = r.country in NON_STATE_CODES
        if m is None or not m.implicit or (r.country not in own and not stateless):
            return r
        best, dist = None, None
        for k in range(ctx.sent.start, ctx.sent.end):
            o = ctx.mention_at[k]
            if o is None or o is m or o.implicit or (stateless and (o.entity.start, o.entity.end) not in ctx.places):
                continue
            c = o.entity.country
            if not c or len(c) != 3 or (c in own and not stateless) or c in GENERIC_PLACES or c in NON_STATE_CODES:
                continue
            d = abs(k - span.start)
            if dist is None or d < dist:
                best, dist = c, d
        if best is None and first and len(first) == 3 and first not in NON_STATE_CODES and first != r.country:
            best = first  # no other state named: the people of the (first) attacker's own state
        if best is None:
            return r
        return r.model_copy(update={"country": best, "code": best + (r.sector or ""),
                                    "name": r.name.replace(r.country or "", best, 1)})

    def _prep_objects(self, ctx: "_Ctx", heads: list[Token], preps: Collection[str]) -> list[Entity]:
        """Entities of the objects of ``preps`` hanging on any of ``heads``, in order ("support for
        Baku", "the bombardment of Gaza", "efforts by Iran"); unlike :meth:`_phrase_entities`,
        possessors and modifiers are not included."""
        ents: list[Entity] = []
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            ents.extend(self._entities(ctx, p))
        return ents

    def _charges(self, ctx: "_Ctx", c: Candidate) -> Candidate | None:
        """The accusation an arrest or a transfer carries (gold convention; PLOVER ACCUSE):
        "detained Evan Gershkovich ... on espionage charges" is also ACCUSE 1125 by the one who
        arrests; "extradited X to the United States to face drug trafficking charges" is ACCUSE
        1121 by the state that will try him."""
        v = c.trigger
        if v.pos_ != "VERB":
            return None
        code_type = self._type(c.code)
        words = None
        actors: list[Entity] = []
        accused = c.recipients
        if code_type == "COERCE" and c.code[:3] == "173":
            for p in v.children:
                if p.dep_ == "prep" and p.lower_ in ("on", "over", "for"):
                    pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.lemma_.lower() in CHARGE_NOUNS:
                        words, actors = list(p.subtree), list(c.actors)
        elif v.lemma_.lower() in TRANSFER_VERBS:
            dest = self._prep_objects(ctx, [v], ("to",))
            face = next((x for x in v.children if x.dep_ in ("advcl", "xcomp") and x.lemma_.lower() in ("face", "stand")
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)), None)
            if dest and face is not None:
                words, actors = list(face.subtree), dest
                obj = next((x for x in v.children if x.dep_ == "dobj"), None)
                accused = (self._entities(ctx, obj) if obj is not None else []) or accused  # the one sent
        if not words or not actors:
            return None
        lemmas = {w.lemma_.lower() for w in words}
        code = "1125" if lemmas & {"espionage", "spy", "spying", "treason", "sabotage"} else \
            "1121" if lemmas & {"corruption", "fraud", "bribery", "trafficking", "drug", "murder", "crime",
                               "laundering", "embezzlement", "terrorism", "extremism", "smuggling"} else "112"
        recipients = [r for r in accused if r.code not in {a.code for a in actors}]
        if not recipients:
            return None
        return Candidate(v, v.i + 1, code, actors, recipients, None, fallback_actor=c.fallback_actor)

    def _decided(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Washington's decision to send cluster munitions to Kyiv": the decided act, coded as
        announced (like an order: cooperation as intent, a retreat as a concession), by the owner of
        the decision or the subject of the clause it belongs to ("X announced its decision to")."""
        hit = self.lex.match_verb(v)
        if hit is None:
            return None
        noun = v.head
        actors = [e for e in self._noun_agents(ctx, noun, self._noun_type(noun)) if (e.start, e.end) not in ctx.places]
        fallback = False
        if not actors:
            actors, fallback = self._circumstantial_actor(ctx, noun)
        if not actors and noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            actors, fallback = self._actor_entities(ctx, noun.head)
        if not actors:
            return None
        code = self.frames.compose("order", hit[0].code) or hit[0].code
        for u in hit[1]:
            ctx.consumed.add(u.i)
        recipients = self._recipient_entities(ctx, v, hit[1])
        return Candidate(v, v.i + 1, code, actors, recipients, hit[0], fallback_actor=fallback)

    def _court(self, ctx: "_Ctx", v: Token) -> bool:
        """Is the one giving this order a court?"""
        actors, _ = self._actor_entities(ctx, v)
        return bool(actors) and all(a.sector == "JUD" for a in actors)

    def _foreign_ordered_out(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        """Those ordered out by ``v`` ("ordered French troops to leave") when they belong to a state
        other than the one giving the order; else []."""
        actors, _ = self._actor_entities(ctx, v)
        own = {a.country for a in actors if a.country}
        obj = next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
        if obj is None or not own:
            return []
        ents = self._entities(ctx, obj)
        return ents if ents and all(e.country and e.country not in own for e in ents) else []

    def _deployment_order(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"The Pentagon ordered the carrier group to the eastern Mediterranean": forces sent
        somewhere on orders are a show of force (CAMEO 154)."""
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        dest = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards")),
                    None)
        if obj is None or dest is None:
            return None
        ents = self._entities(ctx, obj)
        if not (any(e.sector == "MIL" for e in ents) or obj.lemma_.lower() in MILITARY_NOUNS or
                any(x.lemma_.lower() in MILITARY_NOUNS for x in obj.subtree)):
            return None
        actors, fallback = self._actor_entities(ctx, v)
        recipients = [e for p in dest.children if p.dep_ == "pobj" for e in self._entities(ctx, p)]
        return Candidate(v, v.i + 1, "154", actors, recipients, None, fallback_actor=fallback)

    def _complement(self, v: Token, kind: str) -> Token | None:
        for c in v.children:
            if c.dep_ in ("xcomp",) and c.pos_ in ("VERB", "AUX"):
                return c
        if kind == "cease":
            for c in v.children:
                if c.dep_ in ("xcomp", "pcomp", "ccomp") and c.pos_ == "VERB":
                    return c
        if kind == "deny":
            for c in v.children:
                if c.dep_ in ("ccomp", "pcomp") and c.pos_ in ("VERB", "AUX"):
                    return c
                if c.dep_ == "dobj" and (c.pos_ == "VERB" or c.lemma_.lower() in self.frames.deny_objects):
                    return c
            return None
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to") and kind in ("request", "demand", "agree", "reject"):
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        if kind == "agree" and p.pos_ not in ("VERB", "AUX") and self.lex.match_noun(p) is None:
                            continue  # "offered his condolences to Morocco's King": the receiver
                        return p
        if kind in ("request", "demand") and v.lemma_.lower() not in self.frames.speech:  # not "told X that"
            for c in v.children:
                # "insisted that Japan stop", "demanded that Russia release the crew": the demanded act
                if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and (
                        c.tag_ == "VB" or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)) and \
                        not any(g.dep_ == "aux" and g.lower_ in ("will", "would", "had", "has", "have", "was")
                                for g in c.children):
                    return c
        if kind in ("reject", "agree", "request", "demand", "order", "cease") and v.lemma_.lower() != "call":
            for c in v.children:
                if c.dep_ == "dobj" and c.pos_ == "NOUN" and self.lex.match_noun(c) is not None:
                    return c
        # "called on Israel to stop": xcomp attached under the prepositional object
        for c in v.children:
            if (c.dep_ == "prep" and c.lower_ in ("on", "upon")) or (c.dep_ == "dobj" and kind != "request"):
                for g in c.subtree:
                    if g.dep_ == "xcomp" and g.pos_ == "VERB":
                        return g
        return None

    def _need_for(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"underlined the need for joint efforts by Iran and Pakistan" -> an appeal (REQUEST)."""
        need = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in NEED_NOUNS),
                    None)
        if need is None:
            return None
        content = None
        for c in need.children:
            if c.dep_ in ("prep", "acl") and c.lower_ in ("for", "of", "to"):
                content = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            elif c.dep_ == "acl" and c.pos_ == "VERB":
                content = c
        code = "020"
        recipients: list[Entity] = []
        if content is not None:
            ctx.consumed.add(content.i)
            hit = self.lex.match_noun(content) if content.pos_ != "VERB" else self.lex.match_verb(content)
            if hit is not None:
                code = self.frames.compose("request", hit[0].code) or code
                for u in hit[1]:
                    ctx.consumed.add(u.i)
            elif content.lemma_.lower() in ("effort", "action", "step", "measure", "unity", "solidarity",
                                            "cooperation", "collaboration", "coordination"):
                code = self.frames.compose("request", "06" if content.lemma_.lower() in (
                    "cooperation", "collaboration", "coordination") else "05") or code
            recipients = self._phrase_entities(ctx, content, preps=AGENT_PREPS + ("with",), deep=True)
        cand = self._build_verb(ctx, v, code, None, [need])
        cand.recipients = recipients + [e for e in cand.recipients if e.code not in {r.code for r in recipients}]
        return cand

    # ------------------------------------------------------------------ nouns
    def _noun(self, ctx: "_Ctx", n: Token):
        lemma = n.lemma_.lower()
        out = []
        if ctx.mention_at[n.i] is not None:
            return None  # "Cooperation" in "Economic Cooperation Organization" names an actor
        in_money = n.dep_ == "pobj" and n.head.lower_ == "in" and _is_amount(n.head.head)
        if n.dep_ == "pobj" and n.head.lower_ == "in" and not in_money and lemma not in DEFIANCE_NOUNS and \
                not any(c.dep_ in ("det", "amod", "poss", "compound") for c in n.children):
            return None  # "recalled its ambassador in protest": the manner of another event
        if any(c.dep_ == "amod" and c.lower_ in FIGURATIVE for c in n.children):
            return None  # "his intemperate verbal assaults", "a charm offensive", "a legal battle"
        if n.dep_ in ("compound", "amod") and n.head.pos_ in ("NOUN", "PROPN") and n.i < n.head.i:
            return None  # "warning shots", "protest movement", "sanctions relief": a modifier names no event
        if n.dep_ == "nsubj" and n.head.lemma_.lower() in STATIVE:
            return None  # "cooperation between the two countries falls short": a state, not an event
        if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in ("warrant", "reward", "bounty"):
            return None  # "an ICC warrant for his arrest": the arrest has not happened
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in MODAL_NOUNS:
            return None  # "the prospect of a cross-border attack": not an event that happened
        acc = self.frames.accusation.get(lemma)
        if acc is not None:
            c = self._accusation(ctx, n, acc)
            if c is not None:
                out.append(c)
        hit = self.lex.match_noun(n)
        if hit is None and lemma in STATE_STRIKE_NOUNS:
            hit = self._state_strike(ctx, n)
        if hit is None and lemma in VOLLEY_NOUNS:
            hit = self._volley(n)
        if hit is None:
            return out or None
        pattern, used = hit
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ in ("dobj", "nsubjpass") and \
                n.head.head.lemma_.lower() in QUANTITY_NOUNS and n.head.head.head.pos_ == "VERB":
            gov = n.head.head.head  # "wrapped up the 21st edition of their naval exercise"
            ghit = self.lex.match_verb(gov)
            if ghit is not None and any(u.i == n.i for u in ghit[1]):
                return out or None
        vhit = self.lex.match_verb(n.head) if n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ == "VERB" else None
        own_agent = _has_own_agent(n)
        if vhit is not None and ((any(u.i == n.i for u in vhit[1]) and not own_agent) or
                                 n.head.lemma_.lower() in LIGHT_VERBS or
                                 n.head.lemma_.lower() in OCCURRENCE_VERBS or self._type(vhit[0].code) ==
                                 self._type(pattern.code)):
            return out or None  # the verb codes it ("launched an attack" is coded on "launched")
        # ("France condemned Russia's attack on the hospital", "rejected North Korea's demand for
        # sanctions relief": the act has its own agent, so both are coded)
        etype = self._type(pattern.code)
        actors = self._noun_agents(ctx, n, etype)
        between = self._between(ctx, n)
        preps = [x for x in RECIPIENT_PREPS if not (x == "from" and _from_is_agent(etype))]
        recipients = [r for r in self._prep_objects(ctx, [n], preps) if not any(r.code == a.code for a in actors)]
        if not recipients and etype in FOR_TYPES:
            recipients = _unique(self._prep_objects(ctx, [n], ("for",)))
        if not recipients and etype in PATIENT_OF_TYPES:
            # "the bombardment of Gaza", "the arrest of Imran Khan": the "of" object suffers the act
            recipients = [e for e in self._prep_objects(ctx, [n], ("of",))
                          if not any(e.code == a.code for a in actors)]
        if not recipients and n.dep_ == "nsubj" and n.head.pos_ in ("VERB", "AUX"):
            # "Israeli strikes continued to hit southern Lebanon": the target of the verb the event
            # noun is the subject of, when that verb codes the same kind of act
            for v in [n.head] + [c for c in n.head.children if c.dep_ == "xcomp"]:
                vhit = self.lex.match_verb(v)
                if vhit is not None and self._type(vhit[0].code) == self._type(pattern.code):
                    recipients.extend(self._recipient_entities(ctx, v, vhit[1]))
                elif self._type(pattern.code) == "ASSAULT" and v.lemma_.lower() in IMPACT_VERBS:
                    recipients.extend(self._recipient_entities(ctx, v, []))
        if not recipients and n.dep_ == "conj" and n.head.pos_ == "NOUN":
            # "air strikes and a naval blockade on southern Lebanon": the target is shared
            recipients.extend(self._prep_objects(ctx, [n.head, n], RECIPIENT_PREPS))
        reciprocal = False
        if between:
            if actors:
                recipients.extend(between)
            else:
                actors, reciprocal = between, True  # "fighting between the army and the RSF"
        fallback = False
        if not actors and in_money:
            amount = n.head.head  # "pledged $500 million in aid": the aid of whoever gives the money
            if amount.dep_ in ("dobj", "nsubjpass") and amount.head.pos_ in ("VERB", "AUX"):
                actors, fallback = self._actor_entities(ctx, amount.head)
                if not recipients:
                    recipients = self._recipient_entities(ctx, amount.head, [amount])
        if not actors:
            actors, fallback = self._circumstantial_actor(ctx, n, pattern.code)
        if not actors and pattern.code[:2] != "14":
            return out or None  # protests with no named protesters are filled in by _sentence
        if lemma in ("meeting", "session") and pattern.code[:3] == "040" and not recipients and \
                len(actors) == 1 and actors[0].kind != "person" and not fallback and not reciprocal:
            return out or None  # "the central bank's meeting", "its meeting next week": one body meeting
        for u in used:
            ctx.consumed.add(u.i)
        out.append(Candidate(n, n.i + 1, pattern.code, actors, recipients, pattern, fallback_actor=fallback,
                             reciprocal=reciprocal))
        return out

    def _state_strike(self, ctx: "_Ctx", n: Token) -> tuple[Pattern, list[Token]] | None:
        """"Israeli strikes", "Russia's strikes on Kyiv": a bare "strike" whose owner is a state or
        an armed force is a military strike (CAMEO 190), not the labour strike of "a strike by
        dock workers" (143, matched by the lexicon)."""
        agents = self._noun_agents(ctx, n, None)  # no lexicon pattern: a "from" phrase is not an agent
        if n.tag_ != "NNS" and not any(a.sector in ("MIL", "REB", "PRM") for a in agents):
            return None  # "the French strike paralysed rail services": a labour strike
        if not agents or any(a.sector in NON_DIPLOMATIC or a.sector in ("LAB", "OPP", "PTY") or
                             a.kind == "person" for a in agents):
            return None
        if any(a.sector not in (None, "GOV", "MIL", "REB", "PRM", "UAF") for a in agents):
            return None
        return Pattern(code="190", kind="noun", head=n.lemma_.lower(), slots=(), modifiers=(),
                       text="<state> strike", size=1, invert=False, source="extractor.py"), []

    def _volley(self, n: Token) -> tuple[Pattern, list[Token]] | None:
        """"Iran's overnight barrage of drones and missiles", "a salvo of rockets on Sderot": a
        volley of weapons is an attack with them (CAMEO by weapon: 195 aerial, 194 artillery, 193
        small arms).  A noun pattern cannot name the object of its "of", and "a barrage of
        criticism" names no weapon."""
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    code = VOLLEY_WEAPONS.get(p.lemma_.lower()) if p.dep_ == "pobj" else None
                    if code is not None:
                        return Pattern(code=code, kind="noun", head=n.lemma_.lower(), slots=(), modifiers=(),
                                       text=f"{n.lemma_.lower()} of <weapon>", size=2, invert=False,
                                       source="extractor.py"), [p]
        return None

    def _noun_type(self, n: Token) -> str | None:
        """PLOVER type of the lexicon pattern a noun matches, or None."""
        hit = self.lex.match_noun(n)
        return self._type(hit[0].code) if hit else None

    def _noun_agents(self, ctx: "_Ctx", n: Token, etype: str | None) -> list[Entity]:
        """Who does what an event noun of type ``etype`` names: its possessor, a nationality or actor
        modifier (also one level down: "a Russian missile strike"), a "by" phrase, or a "from" phrase
        when :func:`_from_is_agent` ("criticism from EU leaders", "calls from the UN")."""
        ents: list[Entity] = []
        for c in n.children:
            if c.dep_ in ("compound", "amod", "nmod") and _anti(ctx.doc, c):
                continue  # "anti-Muslim rioting": the target, not the actor
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and ctx.mention_at[c.i] is not None):
                ents.extend(e for e in self._entities(ctx, c) if (e.start, e.end) not in ctx.places)
            elif c.dep_ == "compound" and c.pos_ == "NOUN":
                for g in c.children:  # "a Russian missile strike": "Russian" hangs on "missile"
                    if g.dep_ in ("amod", "compound", "poss") and ctx.mention_at[g.i] is not None:
                        ents.extend(e for e in self._entities(ctx, g) if (e.start, e.end) not in ctx.places)
            elif c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and _from_is_agent(etype))):
                ents.extend(e for p in c.children if p.dep_ == "pobj" for e in self._entities(ctx, p))
            elif c.dep_ == "amod" and c.lemma_.lower() == "lead" and etype in ("ASSAULT", "COERCE", "MOBILIZE"):
                # "the Saudi-led air campaign": the leader named before "-led" wages it
                ents.extend(e for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and
                            ctx.mention_at[g.i] is not None for e in ctx.mention_at[g.i].entities
                            if (e.start, e.end) not in ctx.places)
        if not ents and etype == "ASSAULT":
            ents.extend(self._claimed_or_blamed(ctx, n))
        if not ents and etype in PATIENT_OF_TYPES:
            # "the shelling of the nuclear plant by Russian forces": the small model hangs the "by"
            # phrase under the "of" object
            ents.extend(e for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"
                        for g in p.children if g.dep_ == "prep" and g.lower_ == "by"
                        for q in g.children if q.dep_ == "pobj" for e in self._entities(ctx, q))
        if not ents and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in SERIES_NOUNS:
            # "the group's weeks-long campaign of drone attacks": the series' owner does each act (an
            # armed group or a state: "the senator's campaign of attacks on the governor" is words)
            return [e for e in self._noun_agents(ctx, n.head.head, etype)
                    if e.sector in ARMED or e.code == "IMG" or (not e.sector and e.kind == "country")]
        if not ents and n.dep_ == "appos" and n.head.dep_ == "ROOT" and ctx.mention_at[n.head.i] is not None and \
                any(c.dep_ == "amod" and c.pos_ == "VERB" for c in n.children):
            # "Riot police in Tbilisi used water cannon ...": the small model makes the actor the root
            # and the verb an adjective of the event noun, set in apposition
            ents.extend(ctx.mention_at[n.head.i].entities)
        return _unique(ents)

    def _claimed_or_blamed(self, ctx: "_Ctx", n: Token) -> list[Entity]:
        """Who an attack is claimed by or blamed on: "in an attack claimed by al-Shabaab", "the
        Houthis claimed a drone attack on Eilat", "a bombing blamed on al-Shabaab", "the
        assassination ... was blamed on Israel", "blaming Israel for the attack".  The gold sets
        code such an attack with that actor (dev-0285)."""
        def objs(tok: Token, deps: tuple[str, ...], preps: tuple[str, ...]) -> list[Entity]:
            out: list[Entity] = []
            for c in tok.children:
                if c.dep_ in deps and c.lower_ in preps:
                    out.extend(e for p in c.children if p.dep_ == "pobj" for e in self._entities(ctx, p))
            return out
        for c in n.children:
            if c.dep_ == "acl" and c.lemma_.lower() == "claim":
                return objs(c, ("agent",), ("by",))
            if c.dep_ == "acl" and c.lemma_.lower() == "blame":
                return objs(c, ("prep",), ("on",))
        head = n.head
        if n.dep_ == "dobj" and head.lemma_.lower() == "claim":
            return self._actor_entities(ctx, head)[0]
        if n.dep_ == "nsubjpass" and head.lemma_.lower() == "blame":
            return objs(head, ("prep",), ("on",))
        if n.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "blame":
            return [e for c in head.head.children if c.dep_ == "dobj" for e in self._entities(ctx, c)]
        if n.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ("responsibility", "credit") and \
                head.head.head.lemma_.lower() in ("claim", "take", "accept", "admit"):
            # "Islamic State claimed responsibility for the attack on the concert hall"
            return self._actor_entities(ctx, head.head.head)[0]
        return []

    def _between(self, ctx: "_Ctx", n: Token) -> list[Entity]:
        """Participants of "fighting between X and Y" (also when the parser hangs "between" on the
        verb: "fighting broke out on Saturday between the army and the RSF")."""
        heads = [n] + ([n.head] if n.dep_ in ("nsubj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX") else [])
        for h in heads:
            got = self._between_of(ctx, h)
            if got:
                return got
        return []

    def _between_of(self, ctx: "_Ctx", n: Token) -> list[Entity]:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                ents: list[Entity] = []
                for p in c.children:
                    if p.dep_ == "pobj":
                        ents.extend(self._entities(ctx, p))
                return _unique(ents)
        return []

    def _circumstantial_actor(self, ctx: "_Ctx", n: Token, code: str = "") -> tuple[list[Entity], bool]:
        """"In a meeting with X, Y said ...": the meeting's actor is the clause's subject (meetings
        only: "after criticism at home, Iran paused the law" is not Iran's criticism); "responded
        with air strikes": the means of the clause's action are its subject's."""
        while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
            n = n.head  # "responded with air strikes and a naval blockade": the first conjunct's role
        target_of = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("on", "at", "into", "upon") else None
        if target_of is not None and target_of.pos_ == "VERB":
            ghit = self.lex.match_verb(target_of)
            if ghit is not None and self._type(ghit[0].code) == "ASSAULT":
                return [], False  # "police fired on a demonstration": the target's act, not the police's
        if code[:2] == "14" and n.dep_ == "pobj" and n.head.lower_ in CIRCUMSTANTIAL_PREPS and \
                n.head.head.pos_ in ("VERB", "AUX"):
            forces = self._actor_entities(ctx, n.head.head)[0]
            if forces and all(a.sector in ("COP", "MIL", "PRM") for a in forces):
                return [], False  # "police killed 39 people during the protests": not the police's protests
        if n.dep_ == "pobj" and n.head.head.pos_ in ("VERB", "AUX") and (
                n.head.lower_ in MEANS_PREPS or (n.head.lower_ in CIRCUMSTANTIAL_PREPS and (
                    code[:2] in ("04", "06", "14") or any(c.lower_ in JOINT_WORDS for c in n.children))) or
                (n.head.lower_ == "in" and code[:2] in ("11", "12", "13")) or  # "in a stern warning to Tehran"
                (n.head.lower_ == "in" and code[:2] in ("18", "19") and _acting_clause(n.head.head))):
            # "troops pushed into Kursk in the biggest assault of the war" (not "killed in an attack")
            return self._actor_entities(ctx, n.head.head)
        if n.dep_ in ("dobj", "attr") and n.head.lemma_ in OCCURRENCE_VERBS:
            return self._actor_entities(ctx, n.head)
        publisher = _publisher_of_footage(n) if code[:2] in ("18", "19", "20") else None
        if publisher is not None:
            # "Islamic State militants released a video showing the beheading of James Foley": an
            # armed group publishing footage of a killing publishes its own act
            ents, fallback = self._actor_entities(ctx, publisher)
            ents = [e for e in ents if e.sector in ARMED or e.code in ("IMG",)]
            if ents:
                return ents, fallback
        return [], False

    def _accusation(self, ctx: "_Ctx", n: Token, code: str) -> Candidate | None:
        """"the ongoing atrocities by the Zionist regime" in a named actor's statement -> ACCUSE."""
        speaker = ctx.speaker.get(n.i) or self._quote_speaker(ctx, n)
        if not speaker:
            root = n
            while root.head is not root and root.dep_ != "ROOT":
                root = root.head
            lemma = root.lemma_.lower()
            if lemma in self.frames.emphasis or lemma in self.frames.speech or \
                    lemma in self.frames.frame_of or self._is_criticism(root):
                speaker, _ = self._actor_entities(ctx, root)
        if not speaker:
            return None
        agents = self._noun_agents(ctx, n, self._noun_type(n))
        agents = [a for a in agents if a.code not in {s.code for s in speaker}]
        if not agents:
            return None
        return Candidate(n, n.i + 1, code, list(speaker), agents, None)

    def _is_criticism(self, v: Token) -> bool:
        hit = self.lex.match_verb(v)
        return bool(hit and hit[0].code[:2] == "11")

    def _judgment(self, ctx: "_Ctx", adj: Token) -> Candidate | None:
        """"It is unfortunate that some governments align with X": ACCUSE speaker -> those governments."""
        head = adj.head if adj.dep_ == "acomp" else adj
        clause = next((c for c in head.children if c.dep_ == "ccomp"), None) or \
            next((c for c in adj.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        speaker = ctx.speaker.get(adj.i) or self._quote_speaker(ctx, adj)
        if not speaker:
            return None
        target, _ = self._actor_entities(ctx, clause)
        target = [e for e in target if e.code not in {s.code for s in speaker}]
        if not target:
            return None
        return Candidate(adj, adj.i + 1, self.frames.judgment[adj.lemma_.lower()], list(speaker), target, None)

    # ------------------------------------------------------------------ arguments
    def _entities(self, ctx: "_Ctx", tok: Token, depth: int = 0) -> list[Entity]:
        """Entities an argument token stands for: its mention, possessor, nationality, "of" object,
        appositions and conjuncts."""
        m = ctx.mention_at[tok.i]
        ents: list[Entity] = []
        if m is not None:
            ents.extend(m.entities)
        elif tok.lower_ in FIRST_PERSON:
            q = self._quote_speaker(ctx, tok)
            if q:
                ents.extend(q)
        elif depth < 2:
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod", "appos") and ctx.mention_at[c.i] is not None:
                    ents.extend(ctx.mention_at[c.i].entities)
                elif c.dep_ == "poss" and c.lower_ in FIRST_PERSON:
                    # "“Our units destroyed three tanks,” the general staff said": the speaker's own
                    ents.extend(self._quote_speaker(ctx, c))
                elif c.dep_ == "compound" and c.pos_ == "NOUN":
                    # "a junta fighter jet", "Israeli army bulldozers": the owner hangs on the first
                    # noun of the compound
                    ents.extend(e for g in c.children if g.dep_ in ("compound", "amod", "poss") and
                                ctx.mention_at[g.i] is not None for e in ctx.mention_at[g.i].entities)
            # "Donors including Qatar, the US and the EU pledged": the members named; then "leaders of
            # X", "officials from X"
            for preps, applies in ((("including", "like"), tok.tag_ in ("NNS", "NNPS")),
                                   (("of", "from"), tok.pos_ in ("NOUN", "PRON"))):
                if ents or not applies:
                    continue
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in preps:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                ents.extend(self._entities(ctx, p, depth + 1))
        if tok.dep_ != "conj":
            for cj in tok.conjuncts:
                if cj.i > tok.i:
                    ents.extend(self._entities(ctx, cj, depth))
        for c in tok.children:
            # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the parser makes the
            # second item of a list an apposition; an apposition naming another actor joins the list
            if c.dep_ == "appos" and (not ents or (ctx.mention_at[c.i] is not None and
                                                   ctx.mention_at[c.i].entity.kind in ("country", "igo",
                                                                                       "organization"))):
                ents.extend(self._entities(ctx, c, depth + 1))
        if m is not None and depth == 0:
            ents = self._left_conjoined(ctx, m) + ents
        return _unique(ents)

    def _left_conjoined(self, ctx: "_Ctx", m) -> list[Entity]:
        """Actors joined to a mention by "and" just before it, when the parser lost the
        coordination ("Obama and Russian President Dmitry Medvedev signed ...")."""
        out: list[Entity] = []
        k = m.start
        doc = ctx.doc
        while k - 2 >= ctx.sent.start and doc[k - 1].lower_ in ("and", ",") :
            prev = ctx.mention_at[k - 2]
            if prev is None or prev.entity.kind not in ("person", "country", "igo", "organization") or \
                    prev.location or doc[k - 2].dep_ in ("pobj", "poss") or doc[prev.head].dep_ == "conj":
                break
            out = list(prev.entities) + out
            k = prev.start
        return out

    def _phrase_entities(self, ctx: "_Ctx", tok: Token, preps: tuple[str, ...], deep: bool = False) -> list[Entity]:
        """Entities inside a noun phrase that is not itself an actor: possessors, nationality
        modifiers and objects of the given prepositions ("the country's stance", "efforts by X")."""
        ents: list[Entity] = []
        if ctx.mention_at[tok.i] is not None:
            return list(ctx.mention_at[tok.i].entities) + [
                e for cj in tok.conjuncts if cj.i > tok.i for e in self._entities(ctx, cj)]
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and ctx.mention_at[c.i] is not None:
                ents.extend(ctx.mention_at[c.i].entities)
            elif c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        got = self._entities(ctx, p)
                        if not got and deep:
                            got = self._phrase_entities(ctx, p, preps, deep=False)
                        ents.extend(got)
        return _unique(ents)

    def _subject_token(self, v: Token, seen: int = 0) -> tuple[Token | None, str]:
        for c in v.children:
            if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < v.i:
                # "retreating Iraqi forces set fire": the small model takes the participle for a
                # clausal subject and the noun for its object
                o = next((g for g in c.children if g.dep_ == "dobj" and g.i < v.i), None)
                if o is not None:
                    return o, "subj"
        subjects = sorted((c for c in v.children if c.dep_ in SUBJ_DEPS), key=lambda c: c.dep_ == "csubj")
        if subjects:
            return subjects[0], "subj"  # a nominal subject before a clausal one ("retreating forces set")
        for c in v.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, "agent"
        for c in v.children:
            # misparse of the small English model: "a day after Azerbaijan launched an offensive"
            # (the subject hung under the subordinator as its object)
            if c.dep_ == "mark" and c.i < v.i:
                p = next((g for g in c.children if g.dep_ == "pobj" and g.i < v.i), None)
                if p is not None:
                    return p, "subj"
        if seen > 4:
            return None, ""
        head = v.head
        if v.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            return self._subject_token(head, seen + 1)
        if v.dep_ == "advcl" and (_series_item(v) or (head.pos_ == "ADJ" and head.dep_ == "ROOT" and
                                                      not any(c.dep_ == "mark" for c in v.children))):
            # "gunmen loyal to the cartel fought ...": the small model makes the adjective the root
            # and the verb its adverbial clause
            return self._subject_token(head, seen + 1)
        if v.dep_ == "xcomp":
            lemma = head.lemma_.lower()
            frame = self.frames.frame_of.get(lemma)
            if lemma in CAUSATIVE:
                # "prompting militants to fire rockets": the object does the act
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
                if obj is not None:
                    return obj, "object-control"
            raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None and lemma not in CAUSATIVE:
                return raised, "subj"  # "Xi is expected to travel to Seoul", "is set to visit"
            if frame and frame[0] in ("request", "demand"):
                for c in head.children:
                    if c.dep_ in ("dobj", "dative"):
                        return c, "object-control"
                    if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
                        p = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if p is not None:
                            return p, "object-control"
            return self._subject_token(head, seen + 1)
        if v.dep_ in ("advcl",) and (v.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            return self._subject_token(head, seen + 1)  # "..., killing five", "flew to Beijing to meet Xi"
        if v.dep_ == "relcl":
            return head, "relcl"
        if v.dep_ == "acl" and (v.tag_ == "VBG" or _acts_on_object(v)):
            return head, "acl"  # "Islamists seizing", "A Moscow court jailed X" (taken for a participle)
        if v.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
            return self._subject_token(head.head, seen + 1)
        if v.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
            return self._subject_token(head, seen + 1)  # "Russia was ready to resume talks"
        return None, ""

    def _actor_entities(self, ctx: "_Ctx", v: Token) -> tuple[list[Entity], bool]:
        subj = next((c for c in v.children if c.dep_ in SUBJ_DEPS), None)
        if subj is not None and subj.lemma_.lower() in NON_ACTOR_HEADS and ctx.mention_at[subj.i] is None:
            # "Japanese stocks retreated", "Shares of Adani companies retreated", "the Kenyan runner
            # pulled out": the nationality names the thing's country, the thing does not act
            return [], False
        ents, fallback = self._actor_entities_all(ctx, v)
        # places do not act: "floods in Derna killed", "Liverpool's attack"
        return [e for e in ents if (e.start, e.end) not in ctx.places], fallback

    def _actor_entities_all(self, ctx: "_Ctx", v: Token) -> tuple[list[Entity], bool]:
        tok, how = self._subject_token(v)
        if tok is not None and (how == "relcl" or tok.tag_ in ("WDT", "WP")) and v.head.pos_ in ("PROPN", "NOUN"):
            # "Russia's barrage of missiles on Kyiv, which killed 23 people", "the car bombing of a
            # police academy that killed 21 cadets": the place or target named after an event noun
            # did not kill; the relative clause goes with the act
            act = self._act_of_relative(v)
            if act is not None and act.i != v.head.i and act.i not in ctx.consumed:
                agents = self._noun_agents(ctx, act, self._noun_type(act))
                if agents:
                    return agents, False
        if tok is None:
            stray = _stray_subject(v)
            if stray is not None and ctx.mention_at[stray.i] is not None:
                return self._entities(ctx, stray), False
            if v.tag_ == "VBG" and v.dep_ in ("nsubj", "nsubjpass"):
                # "Russian shelling claimed the lives of four civilians": a gerund subject is owned
                # like an event noun, by its nationality or possessor
                owners = [e for c in v.children if c.dep_ in ("amod", "poss", "compound") and
                          ctx.mention_at[c.i] is not None for e in ctx.mention_at[c.i].entities]
                if owners:
                    return owners, False
        if tok is not None:
            ents = self._entities(ctx, tok)
            if ents:
                return ents, False
            if tok.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                return self._entities(ctx, v.head), False
            return [], False
        # no subject in the parse: the actor named right before the verb ("..., Khamenei, underlined";
        # "said on Tuesday Turkey would launch", where the parser took Turkey into the date phrase)
        if v.dep_ in ("ROOT", "conj", "ccomp"):
            k = v.i - 1
            while k >= ctx.sent.start and (ctx.doc[k].is_punct or ctx.doc[k].pos_ in ("ADV", "AUX", "PART")):
                k -= 1
            if k >= ctx.sent.start and ctx.mention_at[k] is not None:
                return list(ctx.mention_at[k].entities), True
        return [], False

    def _act_of_relative(self, v: Token) -> Token | None:
        """The event noun a relative clause reports more of: its own head ("an Israeli strike that
        killed 45"), or the event noun a place after it belongs to ("Russia's barrage of missiles on
        Kyiv, which killed 23 people")."""
        if v.dep_ != "relcl":
            return None
        act = v.head
        for _ in range(3):
            if act.pos_ == "NOUN" and (self.lex.match_noun(act) is not None or act.lemma_.lower() in VOLLEY_NOUNS):
                return act
            if act.dep_ != "pobj" or act.head.head.pos_ not in ("NOUN", "PROPN"):
                return None
            act = act.head.head
        return None

    def _subject_entities(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        return self._actor_entities(ctx, v)[0]

    def _recipient_entities(self, ctx: "_Ctx", v: Token, used: list[Token]) -> list[Entity]:
        used_ids = {u.i for u in used}
        ents: list[Entity] = []
        heads = [v] + [u for u in used if u.pos_ in ("NOUN", "PROPN")]
        for c in v.children:
            if c.dep_ in ("dobj", "dative", "nsubjpass", "attr", "oprd"):
                if c.i in used_ids:
                    # the pattern's own object may name the recipient ("expelled the French ambassador")
                    ents.extend(self._entities(ctx, c))
                    continue
                got = self._entities(ctx, c)
                if not got and c.pos_ in ("NOUN", "PRON"):
                    got = self._phrase_entities(ctx, c, preps=AGENT_PREPS)
                ents.extend(got)
        if not ents and v.pos_ == "VERB":
            own = self.lex.match_verb(v)
            if own is not None and self._type(own[0].code) in PATIENT_OF_TYPES:
                ents.extend(self._shared_object(ctx, v))
                if v.tag_ == "VBG" and v.dep_ == "nsubj" and v.head.lemma_.lower() in ("claim", "take", "cost"):
                    # "Russian shelling claimed the lives of four civilians"
                    ents.extend(e for o in v.head.children if o.dep_ == "dobj" and o.lemma_.lower() == "life"
                                for e in self._phrase_entities(ctx, o, preps=("of",)))
        for h in heads:
            for c in h.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            ents.extend(self._entities(ctx, p))
                elif c.dep_ == "prep" and c.lower_ in ("between", "among") and h is not v:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            ents.extend(self._entities(ctx, p))
        return _unique(ents)

    def _shared_object(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        """"abducted and killed dozens of critics", "detained and beat two journalists": an attack or
        coercion verb with no object of its own shares the object of the verb it is coordinated with
        (the object is parsed under the last verb only)."""
        if any(c.dep_ in ("dobj", "nsubjpass") for c in v.children):
            return []
        for cj in v.children:
            if cj.dep_ == "conj" and cj.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cj.children):
                obj = next((c for c in cj.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return self._entities(ctx, obj)
        return []

    def _quote_speaker(self, ctx: "_Ctx", tok: Token) -> list[Entity]:
        q = ctx.quotes.at(tok.idx)
        if q is None:
            return []
        return list(ctx.quote_speaker.get(q.start, []))

    # ------------------------------------------------------------------ records
    def _record(self, c: Candidate, ctx: "_Ctx", s_idx: int, article: Article, year: int | None) -> Event | None:
        attrs = attributes(c.trigger, self.frames.plan, year)
        negated = attrs.negated or c.negated
        code = c.code
        if attrs.future and not negated:
            code = self.frames.compose("future", code) if self.frames.table.get("future", {}).get(code[:2]) or \
                self.frames.table.get("future", {}).get(code[:3]) or self.frames.table.get("future", {}).get(code) \
                else code
        info = self.ont.codes.get(code)
        if info is None:
            return None
        hypothetical_flag = attrs.hypothetical
        if info.event_type in THREAT_TYPES and attrs.hypothetical and not negated and _threat_form(c.trigger):
            # "would impose tariffs unless ...", "could launch strikes": a threat (PLOVER 2.3: the single
            # category, not the act plus an auxiliary mode)
            new_code = self.frames.compose("threaten", code)
            if new_code and new_code in self.ont.codes:
                code, info, hypothetical_flag = new_code, self.ont.codes[new_code], False
        elif negated and attrs.future and info.event_type not in ("REJECT", None):
            # "Serbia will not impose sanctions": a refusal (gold convention, PLOVER 3.10)
            new_code = self.frames.compose("reject", code)
            if new_code and new_code in self.ont.codes:
                code, info, negated = new_code, self.ont.codes[new_code], False
        actors = _unique(c.actors)
        if info.event_type == "ASSAULT" and actors and all(a.sector in CIVILIAN for a in actors) and \
                (code[:2] in ("18", "19") or code == "1712") and \
                any(w in " ".join(a.text.lower() for a in actors) for w in PROTESTER_WORDS):
            info = self.ont.codes["145"]  # protesters storming, attacking or torching: a violent protest (PLOVER 3.12)
            code = "145"
        if info.event_type == "ASSAULT" and len(actors) > 1 and c.trigger.lemma_.lower() in CLASH_WORDS and \
                all(a.sector in CIVILIAN or a.sector in ("PTY", "OPP", "ELI") for a in actors):
            # "Brotherhood supporters and opponents of Morsi clashed": street clashes between political
            # camps are a riot (gold convention, PLOVER 3.12), not armed fighting
            info, code = self.ont.codes["145"], "145"
        if code[:3] == "084" and actors and all(a.sector in ("MIL", "COP", "SPY") for a in actors) and \
                any(t.lemma_.lower() in ("hostage", "captive", "kidnap", "abduct", "kidnapper", "abductor")
                    for t in ctx.sent):
            code, info = "074", self.ont.codes["074"]  # forces freeing hostages: a rescue (PLOVER 3.6.4)
        if code[:3] in ("192", "191") and actors and all(a.sector in CIVILIAN for a in actors) and \
                c.trigger.lemma_.lower() in SITE_SEIZING:
            info, code = self.ont.codes["144"], "144"  # protesters taking over an airport: blocking (PLOVER 3.12)
        if code[:3] == "042" and actors and all(a.sector in ("REB", "UAF", "CRM", "MIL", "COP") or
                                                (not a.sector and a.kind not in ("igo", "organization", "person"))
                                                for a in actors):
            return None  # fighters or soldiers travelling to Syria: not a diplomatic visit (PLOVER 3.2)
        if info.event_type == "CONSULT" and actors and all(a.sector in NON_DIPLOMATIC for a in actors):
            return None  # "migrants arriving in Greece" is not a visit
        if code[:3] == "144" and actors and all(a.sector in ("COP", "MIL", "GOV") for a in actors):
            code, info = "191", self.ont.codes["191"]  # police blocking highways: restricting movement
        if code == "145" and actors and all(a.sector in ARMED for a in actors):
            code, info = "190", self.ont.codes["190"]  # gunmen storming a building: an assault
        lemmas = {t.lemma_.lower() for t in ctx.sent}
        if info.event_type == "MOBILIZE" and _purpose(c.trigger) in ATTACK_PURPOSES:
            # "scrambled F-16 jets to bomb Cambodian positions": a mobilisation for an attack is coded
            # as the attack only (PLOVER 3.14.1)
            code = "195" if _purpose(c.trigger) in ("bomb", "airstrike") else "190"
            info = self.ont.codes[code]
        if info.event_type == "MOBILIZE":
            if lemmas & self.frames.relief or _purpose(c.trigger) in ("help", "assist", "support", "aid"):
                # rescue teams and troops sent to help: aid (PLOVER 3.14.1, 3.6)
                code = "073" if lemmas & self.frames.relief else "074"
                info = self.ont.codes[code]
            elif (lemmas & JOINT_WORDS and len({a.country for a in c.actors} | {r.country for r in c.recipients}) >= 2) \
                    or len({a.country for a in c.actors}) >= 2:
                # joint exercises are cooperation, single-country ones a show of force (PLOVER 3.14.1)
                code, info = "062", self.ont.codes["062"]
                c.reciprocal = True
        if info.event_type == "ASSAULT" and not c.recipients and "test" in lemmas:
            code, info = "150", self.ont.codes["150"]  # missile tests are a show of force (PLOVER 3.14)
        event_type, mode, quad = info.event_type, info.mode, info.quad_class
        if event_type == "CONCEDE" and (_trigger_lemma(c.trigger) in self.frames.resign or (
                c.pattern is not None and "resignation" in c.pattern.text and
                c.trigger.lemma_.lower() not in ("accept", "demand", "reject"))):
            # "resigned", "handed in his resignation" (not "accepted the government's resignation")
            event_type, mode, quad = "RETREAT", "resign", self.ont.types["RETREAT"].quad_class  # PLOVER 3.7
        recipients = [r for r in _unique(c.recipients)
                      if not any((r.start == a.start and r.end == a.end) or r.code == a.code for a in actors)]
        if info.event_type not in PLACE_TYPES and not code.startswith(("042", "043")):
            # a city or capital named as a place is a venue, not a recipient, except for acts done
            # to places (attacks, seizures, deployments, deliveries) and visits
            recipients = [r for r in recipients if (r.start, r.end) not in ctx.places]
            actors = [a for a in actors if (a.start, a.end) not in ctx.places] or actors
        own = {a.country for a in actors}
        if info.event_type in ("ASSAULT", "COERCE") and own:
            first = actors[0].country if actors else None
            recipients = _unique([self._victims_country(ctx, r, own, first) for r in recipients])
        if code[:3] == "161":
            # "Russia recalled its ambassador": the recalled envoy is the actor's own
            recipients = [r for r in recipients if r.country not in own]
        if info.event_type == "MOBILIZE":
            # "sent warships", "mustered troops": the actor's own forces are not the recipient
            recipients = [r for r in recipients if not (r.country in own and r.sector in ("MIL", "COP"))]
        if any(r.country not in own for r in recipients):
            # "described Iran–Pakistan relations as brotherly" (said by Iran's leader): Pakistan
            recipients = [r for r in recipients if not (r.country in own and r.sector is None)]
        if code[:3] in ("042", "043") and recipients and all(r.country in own for r in recipients) and \
                all(r.sector in (None, "GOV") for r in recipients) and all(a.country for a in actors):
            return None  # "flew off to Mar-a-Lago", "travelled to Washington" by one's own officials: a trip home
        if code[:2] == "20" and actors and all(a.sector in CIVILIAN for a in actors):
            return None  # "people internally displaced": the victims, not the perpetrators of mass violence
        if c.reciprocal or (info.event_type == "CONSULT" and (code in RECIPROCAL_CODES or
                                                              code[:3] in RECIPROCAL_CODES)):
            actors = _unique(actors + recipients)
            recipients = []
        elif code.startswith("043"):
            actors, recipients = recipients or actors, actors if recipients else []
        if not actors:
            return None
        speaker_list = ctx.speaker.get(c.trigger.i) or []
        quote = ctx.quotes.at(c.trigger.idx)
        if quote is not None and not speaker_list:
            speaker_list = ctx.quote_speaker.get(quote.start, [])
        speaker = speaker_list[0] if speaker_list else None
        if speaker is not None and any(speaker.code == a.code for a in actors) and quote is None:
            speaker = None
        contexts = set(info.contexts) | self.cues.contexts(ctx.sent)
        trig_span = ctx.doc[c.trigger.i:c.trigger_end]
        confidence = 0.55
        if c.pattern is not None and c.pattern.size > 1:
            confidence += 0.15
        if recipients:
            confidence += 0.1
        if c.fallback_actor:
            confidence -= 0.2
        if self.ont.types.get(event_type or "") and self.ont.types[event_type].requires_recipient \
                and not recipients:
            confidence -= 0.15
        confidence = round(min(0.95, max(0.05, confidence)), 2)
        event_id = make_event_id(article.id, s_idx, trig_span.start_char, code,
                                 [a.code for a in actors], [r.code for r in recipients])
        return Event(
            event_id=event_id, article_id=article.id, date=article.date, event_type=event_type,
            mode=mode, context=sorted(contexts), cameo_code=code, goldstein=info.goldstein,
            quad_class=quad, actor=actors, recipient=recipients,
            trigger=Trigger(text=trig_span.text, start=trig_span.start_char, end=trig_span.end_char),
            sentence_index=s_idx, sentence=ctx.sent.text.strip(), negated=negated, future=attrs.future,
            hypothetical=hypothetical_flag, historical=attrs.historical,
            quote=quote.text if quote is not None else None, speaker=speaker, location=None,
            confidence=confidence, coder_version=self.version)


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    sent: Span
    mention_at: list
    quotes: QuoteIndex
    consumed: set[int] = field(default_factory=set)
    speaker: dict[int, list[Entity]] = field(default_factory=dict)
    quote_speaker: dict[int, list[Entity]] = field(default_factory=dict)
    speech_verbs: set[int] = field(default_factory=set)
    scene: object = None
    sent_index: int = 0
    places: set = field(default_factory=set)


def _implied(ctx: "_Ctx", country: str, sector: str, label: str) -> Entity:
    """An actor the text implies but does not name; its span is the sentence's main verb."""
    root = ctx.sent.root
    return Entity(text=root.text, start=root.idx, end=root.idx + len(root.text), name=f"{country} {label}",
                  code=country + sector, country=country, sector=sector, kind="group")


def _subtree_without_clauses(root: Token) -> list[Token]:
    """Tokens of a subtree, leaving out relative and participial clauses inside it."""
    out, stack = [], [root]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "appos"))
    return out


def _threat_form(t: Token) -> bool:
    """A conditional or possible act stated as a threat: "could launch strikes", "would impose tariffs
    unless ...".  The condition itself ("if Russia invaded") is not a threat."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "'d") for c in t.children):
        return True
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
               for c in t.children)


def _anti(doc: Doc, t: Token) -> bool:
    """Is the modifier "anti-X" ("anti-Muslim", "anti-government")?"""
    k = t.left_edge.i
    return t.lower_.startswith("anti") or (k >= 1 and doc[k - 1].lower_ in ("anti", "anti-")) or \
        (k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "anti")


def _purpose(t: Token) -> str | None:
    """Lemma of an infinitive of purpose attached to the trigger ("deployed troops to help ...")."""
    for c in t.children:
        if c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c.lemma_.lower()
    return None


def _prison_term(v: Token) -> bool:
    """Does the verb carry a term ("for 25 years", "to 10 years")?"""
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "to"):
            pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in ("year", "month", "life", "decade") and \
                    any(g.like_num or g.dep_ == "nummod" for g in pobj.children):
                return True
    return False


def _from_is_agent(etype: str | None) -> bool:
    """Does a "from" phrase on an event noun of this type name its agent ("criticism from EU
    leaders", "calls from the UN")?  Not for retreats and concessions ("withdrawal from
    Afghanistan"), nor for nouns with no PLOVER type."""
    return etype is not None and etype not in ("RETREAT", "CONCEDE")


def _has_own_agent(t: Token) -> bool:
    """An object noun with its own agent ("North Korea's demand", "a call by Argentina") is an event
    of its own, coded besides the verb that takes it (unless the types agree, see ``_noun``)."""
    return t.pos_ == "NOUN" and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
                                    for c in t.children)


def _acting_clause(v: Token) -> bool:
    """Is ``v`` an active verb whose subject acts (not a passive, not dying or suffering)?"""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) and \
        v.lemma_.lower() not in SUFFER_VERBS and any(c.dep_ == "nsubj" for c in v.children)


def _finite_modifier(v: Token) -> bool:
    """A past-tense verb parsed as an adjective of its own object but with a subject ("A Moscow
    court [jailed] opposition politician X": jailed amod -> politician, court nsubj -> jailed)."""
    return v.dep_ == "amod" and v.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in v.children)


def _acts_on_object(v: Token) -> bool:
    """A past form parsed as a participle modifying a noun but taking a direct object ("A Moscow
    court jailed the politician"): a misparsed finite verb, since a passive participle has none."""
    return v.tag_ in ("VBN", "VBD") and any(c.dep_ == "dobj" for c in v.children) and v.head.i < v.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def _is_amount(t: Token) -> bool:
    """A sum of money ("500 million euros", "$2bn", "billions of dollars")."""
    return t.pos_ in ("NOUN", "NUM", "SYM", "PROPN") and (
        t.lemma_.lower() in MONEY_WORDS or any(c.lower_ in ("$", "€", "£") for c in t.children) or
        t.lower_ in ("$", "€", "£"))


def _trigger_lemma(t: Token) -> str:
    """Verb lemma with its particle ("step down"); the parser often attaches the particle as advmod."""
    prt = next((c.lower_ for c in t.children if c.dep_ == "prt" or
                (c.dep_ == "advmod" and c.i == t.i + 1 and c.lower_ in PARTICLES)), None)
    return f"{t.lemma_.lower()} {prt}" if prt else t.lemma_.lower()


def _publisher_of_footage(n: Token) -> Token | None:
    """The verb that publishes the footage an event noun is shown in: "posted a video showing the
    beheading of X" (the participle hangs on the video or on the verb), or None."""
    show = n.head
    if n.dep_ != "dobj" or show.lemma_.lower() not in ("show", "depict", "film", "document"):
        return None
    if show.dep_ == "acl" and show.head.lemma_.lower() in FOOTAGE_NOUNS and show.head.dep_ == "dobj":
        return show.head.head
    if show.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in FOOTAGE_NOUNS for c in show.head.children):
        return show.head
    return None


def _series_item(v: Token) -> bool:
    """"Russian soldiers raped, tortured and executed civilians": the small model hangs the middle
    verb of a series under the first as an adverbial clause ("raped" <- advcl "tortured" <- conj
    "executed"); such a verb shares the first verb's subject."""
    doc = v.doc
    return v.tag_ in ("VBD", "VBN") and v.head.tag_ == "VBD" and v.head.i == v.i - 2 and \
        doc[v.i - 1].text == "," and any(c.dep_ == "conj" for c in v.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in v.children)


def _root_noun_verb(v: Token) -> bool:
    """"Tens of thousands protested along the border fence": the small model makes the quantity the
    root and the finite verb a participle modifying it; a sentence has a finite verb, so this one is."""
    return v.dep_ in ("acl", "conj") and v.head.dep_ == "ROOT" and v.head.lemma_.lower() in CROWD_QUANTITIES and \
        v.head.i < v.i and v.tag_ in ("VBD", "VBN")  # ("protesters detained in Minsk" stays a description)


def _stray_subject(v: Token) -> Token | None:
    """A sentence-initial actor the small model did not make the subject: "Riot police in Dhaka
    swung batons and fired ..." (the noun parsed as the root, the verbs as its conjuncts), "Police
    in Lahore baton-charged ..." (the noun parsed as an adverbial noun phrase of the verb)."""
    if (v.dep_ == "conj" or _root_noun_verb(v)) and v.head.pos_ in ("NOUN", "PROPN") and v.head.dep_ == "ROOT" and \
            v.head.i < v.i:
        return v.head
    return next((c for c in v.children if c.dep_ == "npadvmod" and c.i < v.i and c.pos_ in ("NOUN", "PROPN")
                 and c.i == v.sent.start), None)


def _one_per_dyad(events: list[Event]) -> list[Event]:
    """One event per (actor, type, recipient) in a sentence (conventions), checked after
    ``_record``: ``_dedupe`` sees candidates before recording drops recipients that are the actor
    itself or a venue, so "opened fire and set off explosives ..., killing dozens" could still give
    two attacks.  An attack or protest with no recipient is also dropped when the same actors have
    one with a recipient in the sentence: it is that act told in another verb ("fired tear gas and
    beat protesters", "rioters torched cars and set fire to a town hall").  Other types keep both:
    "detained her and declared a state of emergency" are two acts of coercion."""
    def key(e: Event, with_recipient: bool = True) -> tuple:
        return (tuple(sorted(a.code for a in e.actor)), e.event_type or e.cameo_code,
                tuple(sorted(r.code for r in e.recipient)) if with_recipient else (), e.negated, e.future)
    targeted = {key(e, False) for e in events if e.recipient and e.event_type in ("ASSAULT", "PROTEST")}
    out, seen = [], set()
    for e in events:
        k = key(e)
        if k in seen or (not e.recipient and key(e, False) in targeted):
            continue
        seen.add(k)
        out.append(e)
    return out


def _unique(ents: list[Entity]) -> list[Entity]:
    """Entities with distinct codes, first occurrence kept (one dyad member per code)."""
    seen: set[str] = set()
    out = []
    for e in ents:
        if e.code and e.code not in seen:
            seen.add(e.code)
            out.append(e)
    return out

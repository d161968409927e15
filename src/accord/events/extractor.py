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
from accord.events.lexicon import QUANTITY_NOUNS, Lexicon, Pattern, _dates_only
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
SITE_SEIZING = frozenset({"occupy", "take", "seize", "storm", "overrun", "blockade", "besiege", "barricade",
                          "lay", "encircle",  # "protesters laid siege to parliament"
                          "shut", "close", "block"})  # "striking dock workers shut down ports"
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
# words that only sports copy uses: a protest with civilian actors among them is a player's or a club's
# ("penalty", "league", "defender", "stoppage" are left out: the death penalty, the Awami League,
# rights defenders and work stoppages are protest words too)
SPORT_WORDS = frozenset({"referee", "umpire", "equaliser", "equalizer", "fixture", "innings", "wicket",
                         "touchdown", "quarterback", "goalkeeper", "midfielder", "halftime", "scoreline",
                         "offside", "kickoff"})
# words naming people who protest (not rioters or fans): force used on them implies their protest
REPRESSED_PROTESTERS = ("protest", "demonstrat", "marcher", "crowd")
# subjects that name a crowd of followers rather than the leader the "of" phrase names
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "protester", "demonstrator", "rioter", "mob",
                            "crowd", "partisan"})
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
FORCEFUL_ADVERBS = frozenset({"decisively", "forcefully", "firmly", "harshly", "strongly", "swiftly", "militarily",
                              "resolutely", "severely", "robustly", "mercilessly", "immediately"})
# harm a speaker announces for someone ("must be punished", "will be crushed"): a threat
MENACE_VERBS = frozenset({"punish", "crush", "destroy", "eliminate", "annihilate", "obliterate", "avenge",
                          "target", "hunt", "strike", "hit", "smash"})
# what makes a warning a threat (see _threat_clause)
THREAT_CONTENT = frozenset({"consequence", "retaliation", "retaliate", "respond", "response", "punish", "crush",
                            "destroy", "eliminate", "annihilate", "obliterate", "pay", "price", "force", "military",
                            "nuclear", "measure", "countermeasure", "fury", "strike", "attack", "sanction", "tariff",
                            "arrest", "prosecute", "round", "bullet", "ammunition", "bluff", "target", "revenge",
                            "regret", "act", "action", "hesitate"})
# words that make "all options are on the table" a threat of force
FORCE_WORDS = frozenset({"military", "force", "strike", "attack", "war", "nuclear", "invasion", "troop",
                         "missile", "retaliation", "action"})
# what one is blamed for: harmful acts (by lexicon type) and nouns of harm
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
HARM_NOUNS = frozenset({"death", "killing", "attack", "bombing", "poisoning", "explosion", "blast", "massacre",
                        "murder", "crash", "violence", "crisis", "destruction", "disappearance", "shooting",
                        "assassination", "atrocity", "crime", "abuse", "failure", "consequence", "escalation"})
# verbs of saying who is responsible ("was responsible", "bore responsibility", "was the suspect")
RESPONSIBILITY_VERBS = frozenset({"be", "bear"})
# reporting verbs that accuse ("..., rights groups charged"; "the ministry alleged that ...")
ACCUSING_SPEECH = frozenset({"charge", "allege"})
# what an accusation is about, by the words of the reported clause (CAMEO 1121-1125)
ACCUSATION_CODES = (
    ("1124", frozenset({"genocide", "cleansing", "atrocity", "massacre", "war"})),
    ("1122", frozenset({"torture", "abuse", "kill", "shoot", "killing", "execute", "rape", "disappear", "detain",
                        "persecute", "persecution", "repression"})),
    ("1125", frozenset({"spy", "espionage", "treason"})),
    ("1121", frozenset({"corruption", "fraud", "bribe", "bribery", "embezzle", "launder", "rig", "steal"})),
    ("1123", frozenset({"attack", "shell", "strike", "invade", "bomb", "aggression", "violate"})),
)
VOTE_WORDS = frozenset({"election", "vote", "poll", "ballot", "referendum", "result"})
# words that say a warrant accuses its target of something
CRIME_WORDS = frozenset({"alleged", "crime", "charge", "genocide", "deportation", "murder", "corruption", "fraud",
                         "terrorism", "killing", "torture", "war", "humanity", "abuse", "embezzlement", "treason",
                         "espionage", "incitement"})
# verbs of formal legal accusation, done only by prosecutors and courts
LEGAL_CHARGE_VERBS = frozenset({"charge", "indict", "prosecute", "arraign"})
CHARGE_NOUNS = frozenset({"charge", "suspicion", "accusation", "allegation", "count"})
TRANSFER_VERBS = frozenset({"extradite", "send", "fly", "hand", "deport", "transfer", "surrender", "return"})
TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "deadline", "ultimatum"})
# verbs that turn a plan into a decision ("the cabinet approved a plan to take control of Gaza City")
ADOPTING_VERBS = frozenset({"approve", "adopt", "endorse", "pass", "sign", "unveil", "greenlight", "authorise",
                            "authorize", "rubber-stamp"})
LEAVE_VERBS = frozenset({"leave", "quit", "depart", "withdraw", "exit", "go", "vacate"})
# verbs that say where an attack noun landed ("strikes hit southern Lebanon")
IMPACT_VERBS = frozenset({"hit", "target", "strike", "pound", "destroy", "damage", "level", "flatten", "rock",
                          "devastate", "wreck", "struck", "slam", "smash", "bomb", "shell", "rain"})
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
    affirmed: bool = False  # a double negation that asserts the act ("did not rule out force")


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
            for cand in self._sentence(ctx):
                ev = self._record(cand, ctx, s_idx, article, year)
                if ev is not None:
                    events.append(ev)
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
            if t.lemma_.lower() == "be" and t.i in ctx.speaker and (c := self._on_the_table(ctx, t)) is not None:
                cands.append(c)
                continue
            if t.lemma_.lower() in RESPONSIBILITY_VERBS and t.i in ctx.speaker and \
                    (c := self._responsibility(ctx, t)) is not None:
                told = {(a.code, r.country) for k in cands if self._type(k.code) == "ACCUSE"
                        for a in k.actors for r in k.recipients}
                if not all((a.code, r.country) in told for a in c.actors for r in c.recipients):
                    cands.append(c)  # not when the speaker's blame of that state is already coded
                continue
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
                if not one.actors and one.code[:2] == "14":
                    one.actors = self._scene_civilians(ctx)  # "demonstrations spread to 30 towns"
                    one.fallback_actor = True
                if one.code[:2] == "14" and not one.recipients and one.actors and \
                        all(a.sector in CIVILIAN for a in one.actors):
                    # a protest against a policy is a protest against the government (gold convention)
                    one.recipients = self._scene_government(ctx, one.actors[0].country)
                if one.actors:
                    cands.append(one)
        protests = [c for c in cands if self._type(c.code) == "PROTEST"]
        if protests:
            # "protesters ... demanding the resignation", "workers pressed the government for a higher
            # wage" during a strike: the demand is the protest's topic, not another event (gold convention)
            protesters = {a.code for c in protests for a in c.actors}
            cands = [c for c in cands if not (self._type(c.code) == "REQUEST" and c.actors and (
                all(a.sector in CIVILIAN for a in c.actors) or {a.code for a in c.actors} <= protesters))]
        cands = self._one_protest_per_protesters(self._protesters_burning(cands))
        if not protests:
            cands.extend(self._repressed_protest(ctx, cands))
        for c in list(cands):
            extra = self._charges(ctx, c)
            if extra is not None:
                cands.append(extra)
            extra = self._warrant(ctx, c)
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
        threats = [c for c in cands if self._type(c.code) == "THREATEN"]
        # "gave the junta a week ..., saying it would not rule out the use of force": a threat with no
        # target named beside one by the same actor with a target is that same threat
        cands = [c for c in cands if not (c in threats and not c.recipients and any(
            o is not c and o.recipients and {a.code for a in o.actors} == {a.code for a in c.actors}
            for o in threats))]
        return self._dedupe(self._merge_participles(cands))

    def _protesters_burning(self, cands: list[Candidate]) -> list[Candidate]:
        """"Demonstrators set fire to a police precinct": property destroyed by protesters is a violent
        protest (PLOVER 3.12 riot: "intend to cause ... property damage"), not an assault (1712), and
        is the same event as the storming or rioting the sentence already codes for them ("stormed the
        embassy and set it on fire")."""
        out = []
        for c in cands:
            subj = next((t for t in c.trigger.children if t.dep_ == "nsubj"), None)
            followers = subj is not None and subj.lemma_.lower() in FOLLOWER_NOUNS and \
                not any(a.sector in ARMED or a.sector == "COP" for a in c.actors)
            if c.code == "1712" and c.actors and (followers or (all(a.sector in CIVILIAN for a in c.actors) and
                    any(w in " ".join(a.text.lower() for a in c.actors) for w in PROTESTER_WORDS))):
                # ("supporters of Imran Khan torched a military building": the crowd, not its leader)
                codes = {a.code for a in c.actors}
                if any(o is not c and o.code[:2] == "14" and codes & {a.code for a in o.actors} for o in cands):
                    continue
                c.code = "145"
            out.append(c)
        return out

    def _one_protest_per_protesters(self, cands: list[Candidate]) -> list[Candidate]:
        """"Unions brought France to a standstill as rail workers walked off the job in a nationwide
        strike", "activists blocked the motorway ..., defying an injunction, to protest against oil
        licences": the verbs and nouns of one sentence that describe the same protesters protesting
        are one protest (the gold sets never code two protests by the same protesters in a
        sentence).  The first is kept, with the first recipients any of them names."""
        def same(c: Candidate, k: Candidate) -> bool:
            # the same code, or an event noun whose bare country stands for protesters of that
            # country ("a march from Tel Aviv" read as ISR beside "Israelis")
            a, b = c.actors, k.actors
            t = c.trigger
            if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "at") and \
                    t.head.head.i == k.trigger.i:
                return True  # "pulled down a statue during a Black Lives Matter demonstration"
            return bool({e.code for e in a} & {e.code for e in b}) or \
                (c.trigger.pos_ == "NOUN" and any(not e.sector and e.country in {f.country for f in b} for e in a)) or \
                (k.trigger.pos_ == "NOUN" and any(not f.sector and f.country in {e.country for e in a} for f in b))

        kept: list[Candidate] = []
        dropped: set[int] = set()
        # protesters only implied by the scene are the ones the sentence names elsewhere, wherever
        # they come in the sentence: named protests are kept first
        for c in sorted((c for c in cands if self._type(c.code) == "PROTEST"), key=lambda c: c.fallback_actor):
            first = next((k for k in kept if same(c, k) or c.fallback_actor), None)
            if first is not None:
                if not first.recipients:
                    first.recipients = list(c.recipients)
                dropped.add(id(c))
                continue
            kept.append(c)
        return [c for c in cands if id(c) not in dropped]

    def _repressed_protest(self, ctx: "_Ctx", cands: list[Candidate]) -> list[Candidate]:
        """"Police fired tear gas at protesters outside parliament", "security forces opened fire on
        pro-democracy demonstrators": the protest the force was used against is reported too (PLOVER
        3.12.2 codes the police response and the protest; the gold sets code both), by those
        protesters against their government.  Only when the sentence codes no protest itself."""
        out: list[Candidate] = []
        for c in cands:
            if self._type(c.code) not in ("ASSAULT", "COERCE"):
                continue
            for r in c.recipients:
                words = [w for w in REPRESSED_PROTESTERS if w in r.text.lower()]
                if r.sector not in CIVILIAN or not words:
                    continue
                if words == ["crowd"] and c.code[:3] not in ("175", "170", "173"):
                    continue  # crowds dispersed, tear-gassed or arrested protest; crowds bombed are victims
                span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand")
                if span is None or not len(span) or not (ctx.sent.start <= span.root.i < ctx.sent.end):
                    continue
                gov = self._scene_government(ctx, r.country)
                out.append(Candidate(span.root, span.root.i + 1, "141", [r], gov, None))
                return out  # one protest per sentence
        return out

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
        out = []
        for c in cands:
            t = c.trigger
            head = by_trigger.get(t.head.i) if t.dep_ in ("advcl", "conj", "xcomp") and t.tag_ == "VBG" else None
            if head is not None and head is not c and self._type(head.code) == self._type(c.code) and \
                    {a.code for a in head.actors} >= {a.code for a in c.actors}:
                head.recipients = _unique(head.recipients + c.recipients)
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
        if v.dep_ == "acl" and v.head.lemma_.lower() in THREAT_NOUNS and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return self._threat_noun(ctx, v)
        if lemma in GATHERING_VERBS and (gathered := self._protesters_gathering(ctx, v)) is not None:
            return gathered
        m = ctx.mention_at[v.i]
        if m is not None and m.end - m.start > 1 and (m.entity.kind in ("organization", "igo") or
                                                     (v.is_title and v.i > ctx.sent.start)):
            # "Just Stop Oil brought traffic to a halt": a word of an organisation's name that the
            # parser took for a verb (and the rest of the sentence for its complement)
            return None
        if v.dep_ == "acl" and (v.head.lemma_.lower() in DECISION_NOUNS or (
                v.head.lemma_.lower() in ("plan", "proposal", "bill") and v.head.head.lemma_.lower() in ADOPTING_VERBS)) and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return self._decided(ctx, v)
        # "flew to Beijing to meet Xi": the meeting is coded (actor: the traveller)
        purpose = self.lex.match_verb(v) if v.dep_ in ("advcl", "xcomp") and \
            v.head.lemma_.lower() in MOTION_VERBS else None
        trip = purpose is not None and purpose[0].code[:2] == "04"
        if not trip and v.dep_ in ("advcl", "xcomp") and v.head.lemma_.lower() in GATHERING_VERBS:
            # "thousands gathered in Tahrir Square to protest", "defied a ban on gatherings to rally":
            # people who come together to protest do protest (PLOVER 3.12), unless the coming
            # together is already coded as the protest ("took to the streets to protest")
            hit = self.lex.match_verb(v)
            own = self.lex.match_verb(v.head)
            trip = hit is not None and hit[0].code[:2] == "14" and (own is None or own[0].code[:2] != "14")
        if not trip and v.dep_ in ("advcl", "xcomp") and v.head.lemma_.lower() in PLATFORM_VERBS:
            # "took to social media to denounce the verdict", "held a news conference to accuse Kyiv":
            # a platform taken to criticise is the criticism (CAMEO 11)
            hit = self.lex.match_verb(v)
            trip = hit is not None and hit[0].code[:2] == "11"
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
        if lemma in BACKING_VERBS and v.tag_ in ("VBN", "JJ") and (
                v.dep_ in ("amod", "acl", "compound") or (v.dep_ == "conj" and v.head.dep_ in ("amod", "compound"))):
            return None  # "US-backed forces", "rebels backed by Ankara": who they are, not an event
        if (v.dep_ == "amod" and not _finite_modifier(v)) or (v.dep_ == "acl" and v.tag_ == "VBN" and not _acts_on_object(v) and
                                not any(c.dep_ == "agent" for c in v.children) and not _misparsed_frame(v)):
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
        atrocity = self._atrocity_report(ctx, v)
        if atrocity is not None:
            return atrocity
        menace = self._menace(ctx, v)
        if menace is not None:
            return menace
        if lemma == "hold" and (held := self._held_responsible(ctx, v)) is not None:
            return held
        if lemma in ("hesitate", "rule") and (veiled := self._not_ruled_out(ctx, v)) is not None:
            return veiled
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
        if lemma in ACCUSING_SPEECH:
            c = self._accusing_report(ctx, v)
            if c is not None:
                return c
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
        hit = self.lex.match_verb(v)
        if hit is None:
            return self._weapon_strike(ctx, v)
        pattern, used = hit
        if lemma in fr.speech and pattern.size == 1 and (has_ccomp or v.i in ctx.speech_verbs):
            return None
        if frame is not None and frame[0] == "threaten" and pattern.size == 1 and has_ccomp:
            clause = next(c for c in v.children if c.dep_ == "ccomp")
            if not _threat_clause(clause):
                return None  # "warned that the country risked sliding into civil war": a pessimistic comment (012)
            inner = self.lex.match_verb(clause) if clause.pos_ == "VERB" else None
            if inner is not None and self._type(inner[0].code) in THREAT_TYPES:
                # "the RMT warned it would stage the biggest walkout unless ...": one threat, of what the
                # clause announces (not the warning and the announced act as two)
                ctx.consumed.add(clause.i)
                cand = self._build_verb(ctx, v, self.frames.compose("threaten", inner[0].code) or "130", None, [])
                cand.recipients = _unique(cand.recipients + self._recipient_entities(ctx, clause, inner[1]))
                return cand
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
            if not _has_own_agent(u):
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
                if any(o.dep_ == "dobj" and o.i < c.i for o in v.children):
                    # "calling images of bodies a staged provocation by Kyiv": a second object is
                    # the predicate
                    words.extend(c.subtree)
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
        if not recipients and not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            # "a staged provocation by Kyiv": the predicate names who is behind it (in an active
            # clause; "is considered a terrorist group by the US" names the one who characterises)
            recipients = [e for w in words if w.dep_ == "pobj" and w.head.lower_ == "by"
                          for e in self._entities(ctx, w)]
        if not recipients:
            # the thing characterised is the head of this relative clause, or the clause it refers to
            ref = v.head if v.dep_ in ("relcl", "acl") else target
            recipients = self._responsible(ctx, ref) if ref is not None else []
        recipients = [r for r in recipients if r.code not in {a.code for a in actors} and
                      not (not r.sector and r.country in {a.country for a in actors})]  # one's own country
        if not recipients and code == "111" and target is not None and target.lower_ in ("it", "this", "that"):
            # "apologised for the Netherlands' role in slavery, calling it a crime against humanity":
            # a characterisation of one's own past, or of nobody named, accuses no one
            return None
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
        if span is None:
            span, given, act = self._given_until(v, given, act)
        if given is None or span is None or act is None:
            return None
        recipients = self._entities(ctx, given)
        if not recipients:
            return None
        leaves = act.lemma_.lower() in LEAVE_VERBS and not any(
            c.dep_ == "dobj" and ctx.mention_at[c.i] is None and c.lemma_.lower() not in PLACE_NOUNS
            for c in act.children)  # "to withdraw the bill" is an ultimatum, "to leave the country" an expulsion
        code = "166" if leaves else "139"
        for x in act.subtree:
            ctx.consumed.add(x.i)
        cand = self._build_verb(ctx, v, code, None, [])
        cand.recipients = recipients
        return cand

    @staticmethod
    def _given_until(v: Token, given: Token | None, act: Token | None):
        """The deadline of "gave Hamas until Saturday to release the hostages" is an "until" phrase, not
        an object; the small model may also make the one given time the subject of a clause under
        "gave" ("gave [Ukrainian forces holed up in Azovstal] until 6 a.m. to lay down their arms").
        Returns (the "until" preposition, the one given time, the act demanded), or Nones."""
        holders = [v] + [c for c in v.children if c.dep_ == "ccomp" and c.tag_ == "VBN"]
        for h in holders:
            until = next((c for c in h.children if c.dep_ == "prep" and c.lower_ in ("until", "till")), None)
            if until is None:
                continue
            who = given if h is v else next((c for c in h.children if c.dep_ == "nsubj"), None)
            dates = [g for g in until.children if g.dep_ == "pobj"]
            what = act or next((c for c in list(h.children) + [x for d in dates for x in d.children]
                                if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and
                                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            return until, who, what
        return None, given, act

    def _weapon_strike(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Saudi-led coalition warplanes hit a bus", "Russian missiles struck Kyiv": a weapon that
        hits is an attack by whoever owns it (CAMEO 195 aerial weapons, 194 artillery and tanks)."""
        if v.lemma_.lower() not in IMPACT_VERBS:
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        kind = WEAPON_NOUNS.get(subj.lemma_.lower()) if subj is not None else None
        if kind is None:
            return None
        actors = [e for e in self._entities(ctx, subj) if (e.start, e.end) not in ctx.places]
        if not actors:
            return None
        return Candidate(v, v.i + 1, kind, actors, self._recipient_entities(ctx, v, []), None)

    def _accusing_report(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Ethiopian forces waged a campaign of ethnic cleansing, Human Rights Watch charged", "rights
        groups alleged that police had tortured detainees": a reporting verb that is itself an
        accusation is ACCUSE from its subject to the actor of the reported clause (PLOVER 3.9), as
        "accused X of ..." would be.  The reported clause is coded as usual."""
        if any(c.dep_ in ("dobj", "dative") for c in v.children) or \
                any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            return None  # "charged him with murder", "charged a fee": the lexicon's legal charge
        if not any(c.dep_ == "nsubj" for c in v.children):
            return None  # "..., charges that the minister dismissed": a noun the parser took for a verb
        content = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if content is None and v.dep_ in ("parataxis", "conj") and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "nsubj" for c in v.children):
            content = v.head  # "X waged ..., HRW charged": the parser joins the report to the clause
        if content is None:
            return None
        actors, fallback = self._actor_entities(ctx, v)
        if not actors or fallback:
            return None
        targets = [e for e in self._actor_entities(ctx, content)[0] if e.code not in {a.code for a in actors}]
        if not targets:
            return None
        own = {x.i for x in v.subtree} if content is v.head else set()
        lemmas = {t.lemma_.lower() for t in content.subtree if t.i not in own}
        code = next((k for k, words in ACCUSATION_CODES if lemmas & words), "112")
        return Candidate(v, v.i + 1, code, actors, targets, None)

    def _menace(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Khamenei said Israel must be punished", "the army said the attackers would be crushed",
        "warned that Seoul would pay dearly": a speaker announcing harm to someone is a threat
        (PLOVER 3.11, THREATEN violence) from the speaker to that someone."""
        speaker = ctx.speaker.get(v.i) or self._quote_speaker(ctx, v)
        if not speaker or any(c.dep_ == "neg" for c in v.children):
            return None
        lemma = v.lemma_.lower()
        modal = any(c.dep_ == "aux" and c.lower_ in ("must", "will", "would", "shall", "'ll", "should")
                    for c in v.children)
        if not modal:
            return None
        if lemma in MENACE_VERBS and any(c.dep_ == "auxpass" for c in v.children):
            victim = next((c for c in v.children if c.dep_ == "nsubjpass"), None)   # "must be punished"
        elif lemma in MENACE_VERBS and (subj := next((c for c in v.children if c.dep_ == "nsubj"), None)) is not None \
                and {e.country for e in self._entities(ctx, subj)} & {s.country for s in speaker} and \
                (obj := next((c for c in v.children if c.dep_ == "dobj"), None)) is not None:
            # "the defence ministry said the army would crush any attempt at independence": the
            # speaker's own side announcing force against someone
            targets = [e for e in self._entities(ctx, obj) or self._phrase_entities(ctx, obj, ("at", "by", "of"),
                                                                                      deep=True)
                       if e.country not in {s.country for s in speaker}]
            for x in obj.subtree:
                ctx.consumed.add(x.i)
            return Candidate(v, v.i + 1, "138", list(speaker), targets, None)
        elif lemma in ("respond", "retaliate", "react", "reply") and (
                any(c.dep_ == "advmod" and c.lower_ in FORCEFUL_ADVERBS for c in v.children) or
                any(c.dep_ == "prep" and c.lower_ == "with" and any(t.lemma_.lower() in ("force", "strength", "might")
                                                                    for t in c.subtree) for c in v.children)):
            # "Iran's foreign minister said Tehran would respond decisively to any Israeli attack"
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            own = {e.country for e in self._entities(ctx, subj)} if subj is not None else set()
            if subj is not None and subj.lower_ not in ("it", "we", "they") and not own & {s.country for s in speaker}:
                return None
            targets = [e for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
                       for t in c.subtree if t.dep_ in ("pobj", "amod", "compound", "poss")
                       for e in self._entities(ctx, t) if e.country not in {s.country for s in speaker}]
            hostile = any(t.dep_ == "pobj" and (h := self.lex.match_noun(t)) is not None and
                          self._type(h[0].code) in HARM_TYPES for c in v.children if c.dep_ == "prep" for t in c.subtree)
            if not targets and not hostile and not {t.lemma_.lower() for t in ctx.sent} & FORCE_WORDS:
                return None  # "the central bank would react strongly to any rise in inflation"
            return Candidate(v, v.i + 1, "138", list(speaker), _unique(targets), None)
        elif lemma == "pay" and (any(c.lower_ in ("dearly", "heavily") for c in v.children) or any(
                c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in v.children)):
            victim = next((c for c in v.children if c.dep_ == "nsubj"), None)       # "will pay dearly"
        else:
            return None
        if victim is None:
            return None
        targets = [e for e in self._entities(ctx, victim) if e.code not in {s.code for s in speaker}]
        if not targets:
            return None
        return Candidate(v, v.i + 1, "138", list(speaker), targets, None)

    def _atrocity_report(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Myanmar's army committed genocide against the Rohingya, Gambia told the court", "federal
        troops waged a campaign of ethnic cleansing, Human Rights Watch said": a named speaker's
        charge of genocide, ethnic cleansing, war crimes or atrocities is an accusation (conventions:
        accusatory characterisations inside a speaker's statement code ACCUSE), not the act itself."""
        speaker = ctx.speaker.get(v.i) or self._quote_speaker(ctx, v)
        if not speaker:
            return None
        if v.lemma_.lower() in ("rig", "steal", "falsify") and ({t.lemma_.lower() for t in ctx.doc[
                max(ctx.sent.start, v.i - 15):v.i + 1]} | {t.lemma_.lower() for t in v.subtree}) & VOTE_WORDS:
            # "an election that the opposition says the ruling party stole", "said the vote was rigged":
            # an accusation of electoral fraud (ACCUSE 1121)
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")),
                        None)  # "an election that [the party] stole": the parser gives "that" as a subject too
            ents = self._entities(ctx, subj) if subj is not None else self._actor_entities(ctx, v)[0]
            actors = [e for e in ents if e.code not in {s.code for s in speaker}]
            return Candidate(v, v.i + 1, "1121", list(speaker), actors, None) if actors else None
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        named = obj
        if obj.lemma_.lower() in ("campaign", "policy", "act", "wave", "spree"):
            named = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), obj)
        if not _atrocity(named):
            return None
        actors = [e for e in self._actor_entities(ctx, v)[0] if e.code not in {s.code for s in speaker}]
        if not actors:
            return None
        for x in obj.subtree:
            ctx.consumed.add(x.i)
        return Candidate(v, v.i + 1, "1122", list(speaker), actors, None)

    def _on_the_table(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"US officials said all options were on the table": the veiled threat of force of
        diplomatic English (CAMEO 130), by the speaker."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() != "option" or any(c.dep_ == "neg" for c in v.children):
            return None
        if not ({t.lemma_.lower() for t in ctx.sent} & FORCE_WORDS) and \
                not any(c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children)
                        for c in v.children):
            return None  # "the Fed said all options were on the table": no force, no condition
        if not any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "table" for g in c.children)
                   for c in v.children):
            return None
        return Candidate(v, v.i + 1, "130", list(ctx.speaker[v.i]), [], None)

    def _not_ruled_out(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"China said it would not hesitate to use force", "Trump refused to rule out using military
        coercion": force not excluded is force threatened (PLOVER 3.11), a double negation the frames
        cannot compose."""
        negated = any(c.dep_ == "neg" for c in v.children) or (
            v.dep_ == "xcomp" and v.head.lemma_.lower() in ("refuse", "decline") ) or any(
            c.dep_ == "neg" for c in v.head.children if v.dep_ == "xcomp")
        if not negated:
            return None
        if v.lemma_.lower() == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
            return None
        act = next((c for c in v.children if c.dep_ in ("xcomp", "dobj", "pcomp") or
                    (c.dep_ == "prep" and c.lower_ == "out")), None)
        words = {t.lemma_.lower() for c in v.children if c.dep_ in ("xcomp", "dobj", "pcomp", "prep", "advcl", "ccomp")
                 for t in c.subtree}
        if act is None or not words & THREAT_CONTENT | words & {"coercion", "invasion", "intervention", "war"}:
            return None
        hit = self.lex.match_verb(act) if act.pos_ == "VERB" else None
        code = self.frames.compose("threaten", hit[0].code) if hit and self._type(hit[0].code) in THREAT_TYPES \
            else ("138" if words & {"force", "military", "coercion", "invasion", "intervention", "war"} else "130")
        for c in v.children:
            if c.dep_ in ("xcomp", "dobj", "pcomp", "advcl"):
                for x in c.subtree:
                    ctx.consumed.add(x.i)
        cand = self._build_verb(ctx, v if v.dep_ != "xcomp" else v.head, code or "130", None, [])
        cand.trigger, cand.trigger_end, cand.negated, cand.affirmed = v, v.i + 1, False, True
        if not cand.actors:
            cand.actors = list(ctx.speaker.get(v.i, []))
        if not cand.recipients:
            cand.recipients = [e for c in v.children if c.dep_ in ("xcomp", "dobj", "pcomp", "prep")
                               for t in c.subtree if t.dep_ == "pobj" and t.head.lower_ in ("against", "on", "to")
                               for e in self._entities(ctx, t)]
        return cand if cand.actors else None

    def _held_responsible(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Iran held the United States responsible for the attack", "Tehran holds Washington fully
        responsible": holding someone responsible or accountable is blaming them (ACCUSE 112)."""
        pred = next((c for c in v.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and
                     c.lemma_.lower() in ("responsible", "accountable", "liable", "culpable")), None)
        if pred is None:
            return None
        held = next((c for c in v.children if c.dep_ == "dobj"), None) or \
            next((c for c in pred.children if c.dep_ == "nsubj"), None)
        if held is None:
            return None
        actors, fallback = self._actor_entities(ctx, v)
        targets = [e for e in self._entities(ctx, held) if e.code not in {a.code for a in actors}]
        if not actors or not targets:
            return None
        ctx.consumed.add(pred.i)
        return Candidate(v, v.i + 1, "112", actors, targets, None, fallback_actor=fallback)

    def _blameworthy(self, word: Token) -> bool:
        """Is "responsible"/"responsibility" about a harmful act ("responsible for the attack", "for
        killing civilians") rather than a duty ("responsible for uncovering the fate of ...")?  With
        no "for" phrase it is blame ("Russia was responsible")."""
        prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if prep is None:
            return True
        for g in prep.children:
            if g.dep_ == "pobj":
                hit = self.lex.match_noun(g)
                if g.lemma_.lower() in HARM_NOUNS or (hit is not None and self._type(hit[0].code) in HARM_TYPES):
                    return True
            elif g.dep_ == "pcomp":
                hit = self.lex.match_verb(g)
                if hit is not None and self._type(hit[0].code) in HARM_TYPES:
                    return True
        return False

    def _responsibility(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"the interior minister said ETA was the main suspect", "saying the Russian government bore
        ultimate responsibility", "said Moscow was behind the attack": in a speaker's statement, saying
        who is responsible for an act is an accusation (ACCUSE 112 from the speaker to the subject)."""
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or any(c.dep_ == "neg" for c in v.children):
            return None
        lemma = v.lemma_.lower()
        blamed = False
        for c in v.children:
            cl = c.lemma_.lower()
            if lemma == "be" and c.dep_ == "acomp" and cl == "responsible":
                blamed = self._blameworthy(c)
            elif lemma == "be" and c.dep_ == "attr" and cl in ("suspect", "culprit", "perpetrator", "mastermind"):
                blamed = True
            elif lemma == "be" and c.dep_ == "prep" and c.lower_ == "behind" and \
                    any(g.dep_ == "pobj" and self.lex.match_noun(g) is not None for g in c.children):
                blamed = True  # "was behind the attack", not "was behind schedule"
            elif lemma == "be" and c.dep_ in ("xcomp", "acomp") and cl == "blame":
                blamed = True  # "Kyiv was to blame"
                ctx.consumed.add(c.i)
            elif lemma == "bear" and c.dep_ == "dobj" and cl == "responsibility" and (
                    any(g.dep_ == "amod" and g.lower_ in ("ultimate", "full", "direct", "primary", "sole", "entire")
                        for g in c.children) or (lemma == "bear" and self._blameworthy(c))):
                blamed = True
        if not blamed:
            return None
        speaker = ctx.speaker[v.i]
        targets = [e for e in self._entities(ctx, subj) if e.code not in {s.code for s in speaker}]
        if not targets:
            return None
        return Candidate(v, v.i + 1, "112", list(speaker), targets, None)

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
                actors, fallback = self._agent_of_means(ctx, v), False
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
            legal = (code[:3] == "112" and v.lemma_.lower() in LEGAL_CHARGE_VERBS) or \
                (code == "1121" and v.lemma_.lower() not in ("accuse", "allege", "blame", "suspect")) or code[:2] == "09"
            if not actors and legal and code[:2] == "09" and ctx.speaker.get(v.i):
                # "Najib is being investigated over 1MDB, Malaysia's anti-graft agency said": the
                # investigator is the one who reports it
                actors, fallback = list(ctx.speaker[v.i]), True
            nobody = any(c.dep_ == "nsubjpass" and c.lower_ in ("none", "nobody", "no") for c in v.children)
            if not actors and legal and not nobody and not any(c.dep_ == "agent" for c in v.children):
                # "Najib Razak was charged on Wednesday with criminal breach of trust": only the state
                # charges, indicts or prosecutes (PLOVER 3.9 ACCUSE allege), so the actor is the
                # judiciary of the accused's country (as for passive arrests above); "was accused of"
                # names no such actor and stays uncoded
                country = next((r.country for r in recipients if r.country and len(r.country) == 3
                                and r.country not in GENERIC_PLACES), None) or ctx.scene.country_at(ctx.sent_index)
                if country:
                    actors, fallback = [_implied(ctx, country, "JUD", "prosecutors")], True
        if not actors and code[:3] == "112" and v.lemma_.lower() in ("link", "tie", "connect", "implicate") and \
                ctx.speaker.get(v.i):
            # "credible allegations linking agents of the Indian government to the killing", "X was
            # linked to the plot, officials said": the one who reports the link makes the accusation
            actors, fallback = list(ctx.speaker[v.i]), True
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
        if kind == "reject" and comp is not None and comp.lemma_.lower() in ("rule", "hesitate") and \
                (veiled := self._not_ruled_out(ctx, comp)) is not None:
            return veiled  # "refused to rule out using military coercion": a threat, not a refusal
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
        while comp is not None and comp.pos_ == "VERB" and comp.lemma_.lower() in CONTINUATIVE and kind != "cease":
            # "vowed to keep attacking ships", "pledged to continue supplying arms": the act continued
            nxt = next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if nxt is None:
                break
            ctx.consumed.add(comp.i)
            comp = nxt
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
            if comp.lemma_.lower() in ("arrest", "detention") and any(t.lower_ == "absentia" for t in v.subtree):
                # "a Moscow court ordered the arrest in absentia of the ICC prosecutor": a warrant for
                # someone out of reach, THREATEN arrest (PLOVER 3.11.2), against the one to be arrested
                cand = self._build_verb(ctx, v, "130", None, [])
                cand.recipients = [e for x in comp.subtree if x.dep_ == "pobj" and x.head.lower_ == "of"
                                   for e in self._entities(ctx, x)]
                return cand
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

    def _victims_country(self, ctx: "_Ctx", r: Entity, own: set) -> Entity:
        """"North Korea fired shells onto the South Korean island, killing two marines": victims
        whose country was only implied by the scene ("marines") and came out as the attacker's own
        take the other state named nearest to them in the sentence, when there is one."""
        span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand")
        m = ctx.mention_at[span.start] if span is not None and len(span) else None
        if m is None or not m.implicit or r.country not in own:
            return r
        best, dist = None, None
        for k in range(ctx.sent.start, ctx.sent.end):
            o = ctx.mention_at[k]
            if o is None or o is m or o.implicit:
                continue
            c = o.entity.country
            if not c or len(c) != 3 or c in own or c in GENERIC_PLACES:
                continue
            d = abs(k - span.start)
            if dist is None or d < dist:
                best, dist = c, d
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
        if v.lemma_.lower() in ("sentence", "convict", "jail", "imprison") or _prison_term(v):
            return None  # convicted on charges: the allegation was proven (PLOVER 3.9.2), not coded
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

    def _threat_noun(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Russia's threat to use nuclear weapons", "Turkey's threat to veto Sweden's membership": a
        threat noun with its owner and what is threatened is a threat (composed like "threatened to")."""
        noun = v.head
        actors = [e for e in self._noun_agents(ctx, noun, "THREATEN") if (e.start, e.end) not in ctx.places]
        if not actors:
            return None
        hit = self.lex.match_verb(v)
        code = self.frames.compose("threaten", hit[0].code if hit else None) or "130"
        for x in _subtree_without_clauses(v):
            ctx.consumed.add(x.i)
        recipients = [r for r in self._recipient_entities(ctx, v, hit[1] if hit else [])
                      if r.code not in {a.code for a in actors}]
        return Candidate(v, v.i + 1, code, actors, recipients, None)

    def _protesters_gathering(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Thousands of protesters gathered outside the Kenyan parliament": protesters coming together
        protest (PLOVER 3.12), though "gathered" alone is no event ("leaders gathered in Brussels")."""
        if self.lex.match_verb(v) is not None or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        words = [subj] + [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if not any(w.lemma_.lower() in ("protester", "demonstrator", "marcher", "protestor") for w in words):
            return None
        return self._build_verb(ctx, v, "141", None, [])

    def _warrant(self, ctx: "_Ctx", c: Candidate) -> Candidate | None:
        """"The ICC issued arrest warrants for Netanyahu, Gallant and Deif for alleged war crimes": the
        warrant (THREATEN arrest, PLOVER 3.11.2) is against those it names "for", and when it names
        what they are accused of, it is also an accusation (ACCUSE allege, as for arrests on charges)."""
        if c.code != "130" or c.pattern is None:
            return None
        warrant = next((u for u in ([c.trigger] + [x for x in c.trigger.children if x.dep_ in ("dobj", "nsubjpass")])
                        if u.lemma_.lower() == "warrant"), None)
        if warrant is None:
            return None
        crimes: list[Token] = []
        for h in (warrant, c.trigger):
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in ("for", "over", "on"):
                    for g in p.children:
                        if g.dep_ != "pobj":
                            continue
                        ents = self._entities(ctx, g)
                        if ents and not c.recipients:
                            c.recipients = ents
                        elif not ents:
                            crimes.append(g)
        words = {w.lemma_.lower() for g in crimes for w in g.subtree}
        if not c.recipients or not words & CRIME_WORDS:
            return None
        code = next((k for k, ws in ACCUSATION_CODES if words & ws), "112")
        code = "1124" if words & {"war", "genocide", "humanity"} else code
        return Candidate(c.trigger, c.trigger_end, code, list(c.actors), list(c.recipients), None,
                         fallback_actor=c.fallback_actor)

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
        if kind in ("threaten", "agree", "reject"):
            for c in v.children:
                # "threatened on Tuesday to arrest Khan": the small model may hang the to-infinitive
                # as an adverbial clause after a date phrase
                if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > v.i and \
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
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
            if c.dep_ == "prep" and c.lower_ in ("for", "to") and kind in ("request", "demand", "agree", "reject") \
                    and not _dates_only(c):  # "called a general strike for Monday": a date, not what is asked
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
        implicated = self._implicating_noun(ctx, n)
        if implicated is not None:
            return [implicated]
        acc = self.frames.accusation.get(lemma)
        if acc is not None:
            c = self._accusation(ctx, n, acc)
            if c is not None:
                out.append(c)
        hit = self.lex.match_noun(n)
        if hit is None and lemma in STATE_STRIKE_NOUNS:
            hit = self._state_strike(ctx, n)
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
        if not actors and pattern.code[:2] == "13" and n.dep_ == "attr":
            # "Any American warship ... will be a legitimate target, the Houthi spokesman said": the
            # threat is the speaker's, against the subject of the copula
            actors = list(ctx.speaker.get(n.i) or self._quote_speaker(ctx, n))
            if actors and not recipients:
                subj = next((c for c in n.head.children if c.dep_ == "nsubj"), None)
                recipients = self._entities(ctx, subj) if subj is not None else []
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

    def _implicating_noun(self, ctx: "_Ctx", n: Token) -> Candidate | None:
        """"Zarif said there were serious indications of an Israeli role in the killing": a speaker
        naming someone's role, hand or involvement in a harmful act accuses them (ACCUSE 112)."""
        if n.lemma_.lower() not in ("role", "involvement", "hand", "complicity", "fingerprint"):
            return None
        speaker = ctx.speaker.get(n.i) or self._quote_speaker(ctx, n)
        if not speaker:
            return None
        cur = n
        for _ in range(4):  # "without proof of his involvement", "denied any role in": no accusation
            cur = cur.head
            if cur.lower_ in ("without", "no", "any") or cur.lemma_.lower() in ("deny", "reject", "rule") or \
                    any(c.dep_ == "neg" or c.lower_ in ("no", "any", "without") for c in cur.children):
                return None
        harmful = False
        for p in n.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "behind"):
                for g in p.children:
                    hit = self.lex.match_noun(g) if g.dep_ == "pobj" else None
                    if g.dep_ == "pobj" and (g.lemma_.lower() in HARM_NOUNS or (
                            hit is not None and self._type(hit[0].code) in HARM_TYPES)):
                        harmful = True
        if not harmful:
            return None
        agents = [a for a in self._noun_agents(ctx, n, None) if a.code not in {s.code for s in speaker}]
        if not agents:
            return None
        return Candidate(n, n.i + 1, "112", list(speaker), agents, None)

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
        return _unique(ents)

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
        if n.dep_ == "pobj" and n.head.head.pos_ in ("VERB", "AUX") and (
                n.head.lower_ in MEANS_PREPS or (n.head.lower_ in CIRCUMSTANTIAL_PREPS and (
                    code[:2] in ("04", "06", "14") or any(c.lower_ in JOINT_WORDS for c in n.children))) or
                (n.head.lower_ == "in" and code[:2] in ("11", "12", "13")) or  # "in a stern warning to Tehran"
                (n.head.lower_ == "in" and code[:2] in ("18", "19") and _acting_clause(n.head.head))):
            # "troops pushed into Kursk in the biggest assault of the war" (not "killed in an attack")
            return self._actor_entities(ctx, n.head.head)
        if n.dep_ in ("dobj", "attr") and n.head.lemma_ in OCCURRENCE_VERBS:
            return self._actor_entities(ctx, n.head)
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
        if v.dep_ == "acl" and (v.tag_ == "VBG" or _acts_on_object(v) or _misparsed_frame(v)):
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

    def _quote_speaker(self, ctx: "_Ctx", tok: Token) -> list[Entity]:
        q = ctx.quotes.at(tok.idx)
        if q is None:
            return []
        return list(ctx.quote_speaker.get(q.start, []))

    # ------------------------------------------------------------------ records
    def _record(self, c: Candidate, ctx: "_Ctx", s_idx: int, article: Article, year: int | None) -> Event | None:
        attrs = attributes(c.trigger, self.frames.plan, year)
        negated = (attrs.negated or c.negated) and not c.affirmed
        code = c.code
        if attrs.future and not negated:
            code = self.frames.compose("future", code) if self.frames.table.get("future", {}).get(code[:2]) or \
                self.frames.table.get("future", {}).get(code[:3]) or self.frames.table.get("future", {}).get(code) \
                else code
        info = self.ont.codes.get(code)
        if info is None:
            return None
        hypothetical_flag = attrs.hypothetical
        future_flag = attrs.future
        if info.event_type in THREAT_TYPES and not negated and _threat_form(c.trigger) and \
                (attrs.hypothetical or (attrs.future and _on_condition(c.trigger))):
            # ("Iran will close the Strait of Hormuz if it is prevented from using it": an act announced
            # on a condition is a threat too)
            # "would impose tariffs unless ...", "could launch strikes": a threat (PLOVER 2.3: the single
            # category, not the act plus an auxiliary mode)
            new_code = self.frames.compose("threaten", code)
            if new_code and new_code in self.ont.codes:
                code, info, hypothetical_flag, future_flag = new_code, self.ont.codes[new_code], False, False
        elif negated and attrs.future and info.event_type not in ("REJECT", None):
            # "Serbia will not impose sanctions": a refusal (gold convention, PLOVER 3.10)
            new_code = self.frames.compose("reject", code)
            if new_code and new_code in self.ont.codes:
                code, info, negated = new_code, self.ont.codes[new_code], False
        actors = _unique(c.actors)
        if info.event_type == "ASSAULT" and actors and all(a.sector in CIVILIAN for a in actors) and \
                code[:2] in ("18", "19") and any(w in " ".join(a.text.lower() for a in actors) for w in PROTESTER_WORDS):
            info = self.ont.codes["145"]  # protesters storming or attacking: a violent protest (PLOVER 3.12)
            code = "145"
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
        if code == "145" and actors and all(a.sector in ARMED for a in actors):
            code, info = "190", self.ont.codes["190"]  # gunmen storming a building: an assault
        lemmas = {t.lemma_.lower() for t in ctx.sent}
        if info.event_type == "PROTEST" and (lemmas & SPORT_WORDS or any(
                t.pos_ == "NOUN" and t.lemma_.lower() in ("try", "scrum", "lineout", "ruck") for t in ctx.sent)) and \
                all(a.sector in (None, "CVL") and a.kind != "organization" for a in actors):
            # "City's players protested after the referee awarded a penalty", "Liverpool took part in a
            # rally against racism before kick-off": players and clubs protesting on the pitch
            return None
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
            recipients = [self._victims_country(ctx, r, own) for r in recipients]
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
            sentence_index=s_idx, sentence=ctx.sent.text.strip(), negated=negated, future=future_flag,
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
    """Tokens of a subtree, leaving out relative and participial clauses inside it, and participles
    of calling or saying that the parser hung on the complement ("denied that its forces had killed
    civilians, calling the images a staged provocation": the calling is the denier's)."""
    out, stack = [], [root]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "appos") and not (
            c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKER_PARTICIPLES))
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


def _atrocity(n: Token) -> bool:
    """Does the noun name an atrocity charge: genocide, ethnic cleansing, war crimes, crimes against
    humanity, atrocities, massacres?"""
    lemma = n.lemma_.lower()
    mods = {c.lower_ for c in n.children if c.dep_ in ("amod", "compound")}
    if lemma in ("genocide", "atrocity", "massacre"):
        return True
    if lemma == "cleansing":
        return "ethnic" in mods
    if lemma == "crime":
        return "war" in mods or any(p.lower_ == "against" and any(g.lower_ == "humanity" for g in p.children)
                                    for p in n.children if p.dep_ == "prep")
    return False


def _threat_clause(clause: Token) -> bool:
    """Is what someone "warned that ..." a threat rather than a forecast?  A threat names a
    condition ("would face a terrible situation if it continued") or announces force, punishment or
    consequences ("would pay dearly", "would be destroyed", "could use live rounds"); "the decree
    would hurt millions" and "the region was on the brink" are pessimistic comments (CAMEO 012)."""
    words = list(clause.subtree)
    if any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in words):
        return True
    return any(t.lemma_.lower() in THREAT_CONTENT for t in words)


def _on_condition(t: Token) -> bool:
    """Does the act carry its own "if"/"unless" clause ("will close the strait if it is prevented")?
    A reported "would" alone is only the future of reported speech ("said he would send troops")."""
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


PLACE_NOUNS = frozenset({"country", "territory", "city", "region", "capital", "embassy", "area", "island", "base"})
# nouns of threatening whose to-infinitive is what is threatened ("Russia's threat to use ...")
THREAT_NOUNS = frozenset({"threat", "ultimatum"})
# participles of characterising or saying that belong to the subject of the main clause
SPEAKER_PARTICIPLES = frozenset({"call", "calling", "say", "describe", "brand", "dismiss", "accuse", "blame",
                                 "denounce", "condemn", "warn", "add", "insist"})
# verbs that only continue or begin the act of their complement ("keep attacking")
CONTINUATIVE = frozenset({"keep", "continue", "resume", "start", "begin", "go"})
# verbs of taking a platform whose purpose infinitive is a criticism made there
PLATFORM_VERBS = frozenset({"take", "go", "use", "hold", "call", "convene", "issue", "appear", "post", "publish",
                            "write", "send", "release", "seize"})
# verbs of coming out or together whose purpose infinitive is a protest that takes place
GATHERING_VERBS = frozenset({"gather", "assemble", "congregate", "converge", "flock", "pour", "stream", "throng",
                             "mass", "crowd", "turn", "come", "take", "defy", "brave", "descend", "return",
                             "march", "walk", "rally", "join", "unite", "travel", "head", "spill", "flood"})
# frame verbs whose past participle is not read as a passive before a to-infinitive: "X threatened
# to ..." is always X's threat (unlike "residents warned/urged/ordered to leave", which are passives)
ACTIVE_FRAMES = frozenset({"threaten", "vow", "pledge", "promise", "refuse", "decline", "agree", "offer", "swear"})


def _misparsed_frame(v: Token) -> bool:
    """"Hamas's armed wing threatened on Monday to start executing hostages": the small model takes
    the finite frame verb for a reduced relative on its subject (threatened acl -> wing).  With an
    active to-infinitive complement it is the clause's verb, and the noun it hangs on its subject."""
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or v.lemma_.lower() not in ACTIVE_FRAMES or \
            v.head.pos_ not in ("NOUN", "PROPN") or v.head.i > v.i:
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and
               not any(a.dep_ == "auxpass" for a in c.children) for c in v.children)


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


def _unique(ents: list[Entity]) -> list[Entity]:
    """Entities with distinct codes, first occurrence kept (one dyad member per code)."""
    seen: set[str] = set()
    out = []
    for e in ents:
        if e.code and e.code not in seen:
            seen.add(e.code)
            out.append(e)
    return out

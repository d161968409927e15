"""In-article coreference for actor mentions.

Rules, applied left to right over the article so that every resolved mention
(including one resolved here) becomes a candidate antecedent for what follows:

* personal pronouns he/him/his/himself, she/her/hers/herself -> the most recent
  person mention of compatible gender (unknown gender fits both);
* it/its -> the most recent state, government or organisation within the last
  three sentences (expletive "it" as in "it is unfortunate that" is skipped);
* they/them/their -> the most recent plural actor (a group noun, an organisation,
  a compound "X and Y") within the last three sentences;
* "the" + a title ("the prime minister", "the leader", "the minister") -> the most
  recent person whose role has that title ("leader" also fits any head of state or
  government);
* "the country/nation/state/kingdom/republic" -> the most recent state mentioned;
  "the two countries/nations/sides/neighbours" -> the two most recent distinct states;
* "the group/movement/organisation/militants" -> the most recent organisation;
* "his/her/its/their" + a sector noun ("his government", "their troops") -> the
  antecedent's country with the noun's sector.

No coreference library that installs from the package registry runs offline with its
weights: coreferee 1.5.0 (on PyPI) installs its English model with ``python -m coreferee
install en`` from GitHub and needs spaCy's vectors model (``en_core_web_lg``), which cannot
be fetched here; fastcoref 2.1.6 loads ``biu-nlp/f-coref`` from the Hugging Face hub at run
time (checked 2026-11-29).  These rules are therefore the team's own;
tests/data/gold_actors_*.jsonl measure them (category 11: coreference).
"""
from __future__ import annotations

from spacy.tokens import Doc

from accord.actors.dictionary import NONSTATE_CODES as NONSTATE, ActorDictionary, office_key
from accord.actors.resolver import Mention, Resolution, make_entity

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic", "emirate"})
PAIR_NOUNS = frozenset({"country", "nation", "side", "neighbour", "neighbor", "state", "government",
                        "capital", "leader", "ally", "rival", "power"})
ORG_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militant", "faction",
                       "alliance", "bloc", "body", "agency", "party", "militia", "outfit", "network"})
HEAD_ROLES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
              "supreme leader", "leader", "sultan", "crown prince", "head of state", "monarch")
ARMED_OR_PARTY = frozenset({"REB", "PRM", "PTY", "OPP", "CRM", "UAF", "NGO"})
WINDOW = 3  # sentences back for it/they and nominal groups


def link(doc: Doc, res: Resolution, d: ActorDictionary, day: str | None, norm: list[str]) -> None:
    """Add coreferent mentions to ``res.mentions`` (kept sorted by start)."""
    sent_of = res.sent_of = _sentence_index(doc)
    scene = Scene(doc, res.mentions, sent_of)
    by_start = {m.start: m for m in res.mentions}
    covered = [False] * len(doc)
    for m in res.mentions:
        for k in range(m.start, m.end):
            covered[k] = True
    bare_by_start = {b.start: b for b in res.bare_roles}
    bare_name_tokens: dict[str, tuple] = {}
    history: list[Mention] = []
    added: list[Mention] = []
    surnames: dict[str, Mention] = {}

    i, n = 0, len(doc)
    while i < n:
        m = by_start.get(i)
        if m is not None:
            history.append(m)
            if m.person and m.entity.kind == "person":
                last = m.person.split()[-1]
                if last[:1].isupper() and len(last) > 2:
                    surnames[last.lower()] = m
            i = m.end
            continue
        if covered[i]:
            i += 1
            continue
        tok = doc[i]
        low = norm[i]
        new: Mention | None = None
        b = bare_by_start.get(i)
        if b is not None:
            new = _bare_role(doc, b, history, sent_of, d, day, scene)
            if new is not None:
                added.append(new)
                history.append(new)
                i = new.end
                continue
            i = b.end
            continue
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            new = _pronoun(doc, i, low, history, sent_of)
        elif low == "the" and i + 1 < n:
            new = _nominal(doc, i, norm, history, sent_of, d)
        elif tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", ""):
            j = i
            while j < n and doc[j].pos_ == "PROPN" and not covered[j] and j - i < 5:
                j += 1
            hit = next((surnames[norm[k]] for k in range(j - 1, i - 1, -1) if norm[k] in surnames), None)
            if hit is not None:
                new = _copy(doc, i, j, hit)
        if new is not None:
            added.append(new)
            history.append(new)
            i = new.end
            continue
        i += 1
    if added:
        res.mentions.extend(added)
        res.mentions.sort(key=lambda m: m.start)


def _sentence_index(doc: Doc) -> list[int]:
    out = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            out[t] = k
    return out


def _copy(doc: Doc, s: int, e: int, src: Mention, plural: bool | None = None) -> Mention:
    ent = src.entity
    new = make_entity(doc, s, e, ent.name, ent.country, ent.sector, ent.kind)
    return Mention(s, e, new, head=e - 1, roles=src.roles, gender=src.gender,
                   plural=src.plural if plural is None else plural, person=src.person, coref=True)


def _is_expletive(tok) -> bool:
    if tok.dep_ == "expl":
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in ("be", "seem", "appear", "remain", "become"):
        return any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in tok.head.children) and \
            any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "acomp") for c in tok.head.children)
    return False


def _clause_subject(doc: Doc, i: int) -> int | None:
    """Token index of the subject of the clause of token i (for "him"/"her" binding)."""
    tok = doc[i]
    head = tok.head if tok.dep_ in ("dobj", "dative", "iobj") else (
        tok.head.head if tok.dep_ == "pobj" else None)
    if head is None:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.i if subj is not None else None


def _it_can_be(m: Mention) -> bool:
    """"it" stands for states, organisations and singular institutions ("Pakistan's military said
    it had shot down ...")."""
    if m.plural or m.location:
        return False
    return m.entity.kind in ("country", "igo", "organization") or \
        (m.entity.kind == "group" and m.entity.sector in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "REB"))


def _pronoun(doc: Doc, i: int, low: str, history: list[Mention], sent_of: list[int]) -> Mention | None:
    here = sent_of[i]
    if low in MALE or low in FEMALE:
        want = "m" if low in MALE else "f"
        # an object pronoun does not refer to the subject of its own clause ("Biden hosting him")
        bound = _clause_subject(doc, i) if low in ("him", "her", "himself", "herself") and \
            not low.endswith("self") else None
        for m in reversed(history):
            if bound is not None and m.start <= bound < m.end:
                continue
            if m.entity.kind == "person" and not m.plural and (m.gender in (None, want)):
                return _copy(doc, i, i + 1, m)
        return None
    if low in NEUTER:
        if low == "it" and _is_expletive(doc[i]):
            return None
        # "Iran launched drones at Israel in its first direct attack": its = the clause's subject
        for m in reversed(history):
            if sent_of[m.start] != here:
                break
            if _it_can_be(m) and doc[m.head].dep_ in ("nsubj", "nsubjpass"):
                return _copy(doc, i, i + 1, m)
        for m in reversed(history):
            if here - sent_of[m.start] > WINDOW:
                break
            if _it_can_be(m):
                return _copy(doc, i, i + 1, m)
        return None
    if low in PLURAL:
        for m in reversed(history):
            if here - sent_of[m.start] > WINDOW:
                break
            if m.plural or m.entity.kind in ("organization", "generic") or \
                    (m.entity.kind == "group"):
                return _copy(doc, i, i + 1, m, plural=True)
        return None
    return None


def _nominal(doc: Doc, i: int, norm: list[str], history: list[Mention], sent_of: list[int],
             d: ActorDictionary) -> Mention | None:
    """"the country", "the two countries", "the group" starting at token i ("the")."""
    n = len(doc)
    here = sent_of[i]
    j = i + 1
    if j < n and norm[j] in ("two", "both") and (j + 1 >= n or doc[j + 1].pos_ in ("AUX", "VERB", "ADV", "PUNCT")):
        # "the two had agreed ...": the last two people (or states) named
        picked: list[Mention] = []
        for m in reversed(history):
            if m.entity.kind in ("person", "country") and not m.location and \
                    all(m.entity.code != p.entity.code for p in picked):
                picked.append(m)
            if len(picked) == 2:
                break
        if len(picked) == 2:
            first, second = picked[1], picked[0]
            e1 = make_entity(doc, i, j + 1, first.entity.name, first.entity.country, first.entity.sector,
                             first.entity.kind)
            e2 = make_entity(doc, i, j + 1, second.entity.name, second.entity.country, second.entity.sector,
                             second.entity.kind)
            return Mention(i, j + 1, e1, head=j, plural=True, coref=True, roles=("pair",), also=(e2,))
        return None
    if j < n and norm[j] in ("two", "both") and j + 1 < n and doc[j + 1].lemma_.lower() in PAIR_NOUNS:
        states: list[Mention] = []
        for m in reversed(history):
            if m.entity.kind in ("country", "person", "group") and m.entity.country and not m.location and \
                    m.entity.country not in {s.entity.country for s in states}:
                states.append(m)
            if len(states) == 2:
                break
        if len(states) == 2:
            end = j + 2
            first, second = states[1], states[0]
            names = d.country_names
            c1, c2 = first.entity.country, second.entity.country
            e1 = make_entity(doc, i, end, names.get(c1, c1), c1, None, "country")
            e2 = make_entity(doc, i, end, names.get(c2, c2), c2, None, "country")
            return Mention(i, end, e1, head=j + 1, plural=True, coref=True, roles=("pair",), also=(e2,))
        return None
    if j < n and doc[j].lemma_.lower() in COUNTRY_NOUNS and doc[j].tag_ in ("NN", "NNP"):
        # the last state named; failing that, the state of the last official named ("Former
        # Iranian president Hassan Rouhani warned that the country ...")
        recent = [m for m in reversed(history) if here - sent_of[m.start] <= WINDOW + 2]
        for m in [m for m in recent if m.entity.kind == "country"] + \
                [m for m in recent if m.entity.kind in ("person", "group")]:
            c = m.entity.country
            if c and len(c) == 3 and c not in NONSTATE and not m.plural and c.isalpha() and c in d.codes:
                ent = make_entity(doc, i, j + 1, d.country_names.get(m.entity.country, m.entity.name),
                                  m.entity.country, None, "country")
                return Mention(i, j + 1, ent, head=j, coref=True)
        return None
    if j < n and doc[j].lemma_.lower() in ORG_NOUNS and doc[j].tag_ in ("NN", "NNS"):
        for m in reversed(history):
            if here - sent_of[m.start] > WINDOW:
                break
            if (m.entity.kind in ("organization", "igo") or
                    (m.entity.kind == "group" and m.entity.sector in ARMED_OR_PARTY)) and not m.location:
                return _copy(doc, i, j + 1, m, plural=doc[j].tag_ == "NNS")
        return None
    return None


def _bare_role(doc: Doc, b, history: list[Mention], sent_of: list[int], d: ActorDictionary,
               day, scene: "Scene") -> Mention | None:
    """Resolve "the prime minister", "his government", "their troops" to an earlier actor."""
    here = sent_of[b.start]
    role = b.role
    plural = doc[b.end - 1].tag_ in ("NNS", "NNPS")
    if b.possessor is not None:
        owner = None
        low = doc[b.possessor].lower_
        for m in reversed(history):
            if here - sent_of[m.start] > WINDOW:
                break
            if low in ("his", "her") and m.entity.kind == "person":
                owner = m
            elif low == "its" and m.entity.kind in ("country", "igo", "organization"):
                owner = m
            elif low == "their" and (m.plural or m.entity.kind in ("organization", "group", "generic")):
                owner = m
            if owner:
                break
        if owner is None or not owner.entity.country:
            return None
        if owner.entity.kind in ("organization", "igo") and owner.entity.sector:
            sector = owner.entity.sector
        else:
            sector = role.sector
        kind = "person" if role.cls in ("head", "person") and not plural else "group"
        ent = make_entity(doc, b.possessor, b.end, doc[b.possessor:b.end].text, owner.entity.country, sector, kind)
        return Mention(b.possessor, b.end, ent, head=b.end - 1, plural=plural, coref=True, roles=(role.phrase,))
    phrase = role.phrase
    if b.determiner == "the" and role.cls in ("head", "person") and not plural:
        for m in reversed(history):
            if m.entity.kind != "person" or m.plural:
                continue
            roles = " ".join(m.roles).lower()
            if phrase in roles or (phrase == "leader" and any(h in roles for h in HEAD_ROLES)):
                ent = make_entity(doc, b.start - 1, b.end, m.entity.name, m.entity.country, m.entity.sector,
                                  "person")
                return Mention(b.start - 1, b.end, ent, head=b.end - 1, roles=m.roles, gender=m.gender,
                               person=m.person, coref=True)
    if b.determiner == "the" and role.cls == "collective":
        # "the junta", "the army": the last group or organisation of that sector named nearby
        for m in reversed(history):
            if here - sent_of[m.start] > WINDOW:
                break
            if m.entity.sector == role.sector and m.entity.kind in ("group", "organization") and m.entity.country:
                return _copy(doc, b.start, b.end, m, plural=plural)
    return _implicit_country(doc, b, plural, here, scene, d, day)


def _implicit_country(doc: Doc, b, plural: bool, here: int, scene: "Scene", d: ActorDictionary,
                      day) -> Mention | None:
    """A sector noun with no nationality ("Authorities sealed off Islamabad", "police said") takes
    the country of a place named in its sentence, else the article's main country.

    Wire reports name the country once and then write "police", "the government",
    "protesters"; PETRARCH-family coders drop these actors, which loses most domestic events.
    """
    role = b.role
    word = doc[b.end - 1].lemma_.lower()
    # "a police officer", "an army officer": a security-force title of two words names its sector
    # unambiguously, unlike "an officer" or "the minister" alone
    security_title = " " in role.phrase and role.sector in ("COP", "MIL", "SPY")
    if not plural and ((word in IMPLICIT_STOP and not security_title) or b.determiner not in (None, "the", "a", "an")):
        return None
    if b.end < len(doc) and doc[b.end].lower_ == "of":
        return None
    if _inside_longer_name(doc, b.start, b.end):
        return None  # "the Police Federation", "Justice Minister Smith": part of a name
    country = scene.country_at(here, recent=True)
    if not country and (scene.has_states or not role.sector or role.sector not in COUNTRYLESS_SECTORS or
                        word in COUNTRYLESS_STOP):
        return None
    # An article that names no state at all ("Rebels released 12 hostages on Sunday", a lone
    # sentence or a local story): the actor keeps its sector with no country (code "REB"), as
    # CAMEO codes agents whose nationality is not known; an event with no actor is lost.
    kind = "person" if role.cls in ("head", "person") and not plural else "group"
    name = f"{d.country_names.get(country, country)} {role.phrase}"
    person = None
    gender = None
    if kind == "person":
        key = office_key(role.phrase)
        holder = d.office_holder(country, key, day) if key else None
        if holder is not None:
            name = person = holder.name
            gender = holder.gender
    if not country:
        name = role.phrase
    ent = make_entity(doc, b.start, b.end, name, country, role.sector, kind)
    return Mention(b.start, b.end, ent, head=b.end - 1, plural=plural, coref=True, roles=(role.phrase,),
                   person=person, gender=gender, implicit=True)


def _inside_longer_name(doc: Doc, s: int, e: int) -> bool:
    """Is tokens[s:e] part of a longer named entity (the small model tags "Riot police" PERSON on
    "Riot" alone, which is not a longer name)?"""
    tok = doc[s]
    if tok.ent_type_ not in ("PERSON", "ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC"):
        return False
    start, end = s, s + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start < s or end > e


# sectors an actor may keep with no country (a lone sentence naming no state): state organs and
# armed or organised political actors; "critics", "investors" and "fans" never act alone
COUNTRYLESS_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "JUD", "LEG", "SPY", "PRM", "OPP", "PTY", "INS",
                                 "CRM", "UAF", "LAB", "CVL", "ELI"})
COUNTRYLESS_STOP = frozenset({"critic", "investor", "trader", "shopper", "fan", "player", "consumer", "buyer",
                              "seller", "analyst", "viewer", "reader", "audience", "customer", "passenger",
                              "tourist", "voter", "resident", "people", "citizen"})
IMPLICIT_STOP = frozenset({"force", "state", "head", "chair", "party", "unit", "division", "representative",
                           "agent", "officer", "captain", "justice", "deputy", "counterpart", "secretary",
                           "general", "delegate", "leader", "minister", "official", "chief", "commander",
                           "man", "woman", "child", "people", "family", "community", "public", "victim",
                           "resident", "citizen", "population", "crowd", "youth"})


class Scene:
    """Where an article happens: the country of places named in each sentence and the article's
    most-mentioned country (at least two mentions and a third of all country mentions)."""

    def __init__(self, doc: Doc, mentions: list[Mention], sent_of: list[int]):
        from collections import Counter

        places: dict[int, str] = {}
        states: dict[int, str] = {}
        counts: Counter = Counter()
        for m in mentions:
            c = m.entity.country
            if not c or len(c) != 3 or m.entity.kind not in ("country", "person", "group") or c in NONSTATE:
                continue
            counts[c] += 1
            if m.entity.kind == "country":
                (places if m.location else states).setdefault(sent_of[m.start], c)
        self.sentence_country: dict[int, str] = {**states, **places}  # a place named in the sentence wins
        self._by_sentence = sorted(self._any_country(mentions, sent_of).items())
        self.has_states = bool(counts)  # does the article name any state at all?
        self.main_country = None
        if counts:
            top, n = counts.most_common(1)[0]
            if n >= 2 and n >= sum(counts.values()) / 3:
                self.main_country = top

    @staticmethod
    def _any_country(mentions, sent_of) -> dict[int, str]:
        out: dict[int, str] = {}
        for m in mentions:
            c = m.entity.country
            if c and len(c) == 3 and c not in NONSTATE and m.entity.kind in ("country", "person", "group"):
                out[sent_of[m.start]] = c  # last state mentioned in each sentence
        return out

    def country_at(self, sentence: int, recent: bool = False) -> str | None:
        """The country a sentence happens in: a place or state named in it, else the article's
        main country, else (with ``recent``) the state named in the last two sentences."""
        return self.sentence_country.get(sentence) or self.main_country or \
            (self.recent_country(sentence) if recent else None)

    def recent_country(self, here: int) -> str | None:
        """The state mentioned last in this or the previous two sentences (short passages)."""
        best = None
        for k, c in self._by_sentence:
            if here - 2 <= k <= here:
                best = c
        return best

"""The verb and noun event lexicon: loading, validation, matching against a parse.

Files (``lexicon/NN_*.yaml``, one per CAMEO root, format in ``docs/lexicon.md``)::

    root: "04"
    verbs:
      "040": [consult, meet with, hold talk]
      "041": [speak by phone]
    nouns:
      "040": [meeting, talk between]
    invert:
      "070": [receive aid from]

A verb pattern is the verb lemma followed by particles/prepositions (which must be
its dependents) and object words (the lemma of its direct object, of its passive
subject, or of the object of the preposition written just before).  A noun pattern
is an event noun with its modifiers before it and required prepositions after it.
``{a,b}`` lists alternatives.  When several patterns match, the one with the most
words wins (ties: the first listed).  ``invert`` patterns swap actor and recipient.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from spacy.tokens import Token

from accord.datafiles import DataFileError, line_of, load_yaml

LEXICON_DIR = Path(__file__).with_name("lexicon")

PREPOSITIONS: frozenset[str] = frozenset(
    "about across after against along among around as at away back behind between by down for from in "
    "into of off on onto out over through to toward towards under up upon via with within without".split())
"""Closed list of particles/prepositions in patterns (docs/lexicon.md)."""

DETERMINERS = frozenset({"a", "an", "the"})
PARTICLE_WORDS = frozenset({"out", "down", "up", "off", "back", "away", "aside", "over", "forward"})
"""Words that, before an object word, are the verb's particle rather than a preposition."""
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
PREP_DEPS = frozenset({"prt", "prep", "agent", "dative", "advmod", "compound:prt"})


@dataclass(frozen=True, slots=True)
class Slot:
    """One dependent a pattern requires: a preposition (or None for the direct object) and object words."""

    prep: str | None
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pattern:
    """A lexicon pattern: ``head`` lemma, required ``slots``, CAMEO ``code``.

    ``size`` (number of words) ranks matches; ``invert`` swaps actor and recipient.
    """

    code: str
    kind: str  # verb | noun
    head: str
    slots: tuple[Slot, ...]
    modifiers: tuple[str, ...]
    text: str
    size: int
    invert: bool = False
    source: str = ""


def expand(pattern: str) -> list[str]:
    """Expand ``{a,b}`` alternatives: ``release {prisoner,hostage}`` -> two patterns."""
    parts = re.split(r"(\{[^}]*\})", pattern)
    choices = [[c.strip() for c in p[1:-1].split(",") if c.strip()] if p.startswith("{") else [p] for p in parts]
    return [re.sub(r"\s+", " ", "".join(combo)).strip() for combo in itertools.product(*choices)]


def parse_pattern(text: str, code: str, kind: str, invert: bool = False, source: str = "",
                  particles: frozenset[str] = PARTICLE_WORDS) -> Pattern:
    """Parse one expanded pattern string (``particles``: words read as the verb's particle when an
    object word follows them).

    Raises:
        ValueError: empty pattern or a noun pattern without a noun.
    """
    words = [w for w in text.lower().split() if w not in DETERMINERS]
    if not words:
        raise ValueError("empty pattern")
    if kind == "verb":
        head, rest = words[0], words[1:]
        slots: list[Slot] = []
        cur_prep: str | None = None
        cur_words: list[str] = []
        pending_preps: list[str] = []
        for w in rest:
            if w in particles and not cur_words:
                # "carry out attack", "lay down arm": a particle, then the verb's own direct object
                if cur_prep is not None:
                    pending_preps.append(cur_prep)
                pending_preps.append(w)
                cur_prep = None
                continue
            if w in PREPOSITIONS:
                if cur_words:
                    slots.append(Slot(cur_prep, tuple(cur_words)))
                    cur_words = []
                    cur_prep = None
                elif cur_prep is not None:
                    pending_preps.append(cur_prep)
                cur_prep = w
            else:
                cur_words.append(w)
        if cur_words:
            slots.append(Slot(cur_prep, tuple(cur_words)))
        elif cur_prep is not None:
            pending_preps.append(cur_prep)
        slots.extend(Slot(p, ()) for p in pending_preps)
        return Pattern(code, kind, head, tuple(slots), (), text, len(words), invert, source)
    # noun: modifiers + head + trailing prepositions
    k = len(words)
    while k > 0 and words[k - 1] in PREPOSITIONS:
        k -= 1
    if k == 0:
        raise ValueError("a noun pattern needs a noun")
    head = words[k - 1]
    mods = tuple(words[:k - 1])
    slots = tuple(Slot(p, ()) for p in words[k:])
    return Pattern(code, kind, head, slots, mods, text, len(words), invert, source)


class Lexicon:
    """Verb and noun patterns indexed by head lemma (hash lookup per token).

    Use :meth:`load`; :meth:`match_verb` / :meth:`match_noun` return the best
    :class:`Pattern` for a token or None.
    """

    def __init__(self) -> None:
        self.verbs: dict[str, list[Pattern]] = {}
        self.nouns: dict[str, list[Pattern]] = {}
        self.count_by_root: Counter[str] = Counter()
        self.files: list[Path] = []
        # per verb head, each pattern's object words and prepositions (filled by :meth:`load`)
        self.verb_requirements: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
        self._memo: tuple[object, dict[int, tuple[Pattern, list[Token]] | None]] = (None, {})

    @classmethod
    def load(cls, extra: Iterable[str | Path] = (), directory: Path = LEXICON_DIR,
             valid_codes: Iterable[str] | None = None) -> "Lexicon":
        """Load all ``*.yaml`` in ``directory`` plus users' ``extra`` files.

        Raises:
            DataFileError: malformed file, unknown CAMEO code, or a code whose root
                differs from the file's ``root`` (file and line named).
        """
        if valid_codes is None:
            from accord.ontology import load_ontology

            valid_codes = load_ontology().codes.keys()
        codes = set(valid_codes)
        lex = cls()
        for f in sorted(directory.glob("*.yaml")):
            lex.add_file(f, codes)
        for f in extra:
            lex.add_file(Path(f), codes)
        for table in (lex.verbs, lex.nouns):
            for pats in table.values():
                pats.sort(key=lambda p: -p.size)  # stable: ties keep file order
        # most verb patterns are then rejected by two subset tests ("cut" and "impose" have hundreds)
        lex.verb_requirements = {
            head: [(frozenset(sl.words[-1] for sl in p.slots if sl.prep is None and sl.words),
                    frozenset(sl.prep for sl in p.slots if sl.prep is not None)) for p in pats]
            for head, pats in lex.verbs.items()}
        return lex

    def add_file(self, path: Path, codes: set[str]) -> None:
        """Add one lexicon file (see module docstring for the format)."""
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DataFileError(path, None, "expected a mapping with 'root', 'verbs', 'nouns'")
        root = data.get("root")
        root = str(root) if root is not None else None
        self.files.append(path)
        for section, kind, invert in (("verbs", "verb", False), ("nouns", "noun", False), ("invert", "verb", True)):
            block = data.get(section) or {}
            if not isinstance(block, dict):
                raise DataFileError(path, line_of(block), f"'{section}' must map CAMEO codes to lists")
            for code, patterns in block.items():
                c = str(code)
                ln = line_of(code)
                if c not in codes:
                    raise DataFileError(path, ln, f"unknown CAMEO code {c!r}")
                if root and not c.startswith(root):
                    raise DataFileError(path, ln, f"code {c} is not under this file's root {root}")
                if not isinstance(patterns, list):
                    raise DataFileError(path, ln, f"code {c}: expected a list of patterns")
                for raw in patterns:
                    if not isinstance(raw, str):
                        raise DataFileError(path, line_of(raw) or ln, f"pattern {raw!r} is not a string")
                    for text in expand(raw):
                        try:
                            p = parse_pattern(text, c, kind, invert, f"{path.name}:{line_of(raw) or ln}")
                        except ValueError as exc:
                            raise DataFileError(path, line_of(raw) or ln, f"{raw!r}: {exc}") from None
                        table = self.verbs if kind == "verb" else self.nouns
                        table.setdefault(p.head, []).append(p)
                        self.count_by_root[c[:2]] += 1
                        alt = _preposition_reading(p)
                        if alt is not None:
                            table[p.head].append(alt)  # same pattern read another way: not counted

    def __len__(self) -> int:
        return sum(self.count_by_root.values())


    # ------------------------------------------------------------------ matching
    def match_verb(self, verb: Token) -> tuple[Pattern, list[Token]] | None:
        """Best verb pattern for ``verb`` and the tokens its slots consumed (objects, preps).

        The extractor asks about the same verb several times (as a trigger, as the head of an
        object noun, inside frames); answers are remembered for the current Doc only."""
        memo = self._memo
        if memo[0] is not verb.doc:
            memo = self._memo = (verb.doc, {})
        key = verb.i
        if key in memo[1]:
            return memo[1][key]
        got = self._match_verb(verb)
        memo[1][key] = got
        return got

    def _match_verb(self, verb: Token) -> tuple[Pattern, list[Token]] | None:
        pats = self.verbs.get(verb.lemma_.lower())
        if not pats:
            return None
        # computed once per verb, then most patterns are rejected by a set lookup (verbs such as
        # "cut" or "impose" have hundreds of object patterns)
        objects = _objects(verb)
        obj_words = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects} | \
            {f for o in objects if (f := _hyphen_form(o))}
        for o in _particle_pobjs(verb):
            obj_words.update((o.lemma_.lower(), o.lower_))
        obj_words |= {t.lemma_.lower() for o in objects for t in title_words(o)}
        near = {c.lower_ for c in verb.children}
        for c in verb.children:
            if c.dep_ == "prt" or c.dep_ in OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in PARTICLE_WORDS):
                near.update(g.lower_ for g in c.children)
        for o in objects:
            near.update(g.lower_ for g in o.children)
        for c in verb.children:  # "came under rocket fire from Hezbollah": a preposition on the pobj
            if c.dep_ == "prep":
                for p in c.children:
                    if p.dep_ == "pobj":
                        near.update(g.lower_ for g in p.children if g.dep_ == "prep")
                    elif p.dep_ == "prep":
                        # "will pull out of the WHO": the small model hangs "of" on "out" (a prep, not
                        # a particle); _match_slots already finds it there once "out" is matched
                        near.add(p.lower_)
        for c in verb.children:  # "hand power back to civilians": "to" hangs on the adverb "back"
            if c.dep_ == "advmod" and c.lower_ in PARTICLE_WORDS:
                near.update(g.lower_ for g in c.children if g.dep_ == "prep")
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"} & LOOSE_PARTICLES
        for p, (need_obj, need_prep) in zip(pats, self.verb_requirements[verb.lemma_.lower()]):
            if not need_obj <= obj_words or not need_prep <= near:
                continue
            if particles and not particles & need_prep:
                continue  # "troops freed up in Syria", "gave up": a phrasal verb is another verb
            used = _match_slots(verb, p.slots, objects)
            if used is not None:
                return p, used
        return None

    def match_noun(self, noun: Token) -> tuple[Pattern, list[Token]] | None:
        """Best noun pattern for an event noun (modifiers and trailing prepositions checked)."""
        pats = self.nouns.get(noun.lemma_.lower()) or self.nouns.get(_hyphen_form(noun) or "")
        if not pats:
            return None
        mods = _modifiers(noun)
        for p in pats:
            if not all(m in mods for m in p.modifiers):
                continue
            used = []
            ok = True
            for s in p.slots:
                prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == s.prep), None)
                if prep is None:
                    ok = False
                    break
                used.append(prep)
            if ok:
                return p, used
        return None


# particles that make a phrasal verb mean something else than its verb ("free up", "give up",
# "give away"); a pattern must name them to match. "off", "out", "back" and "down" are left out:
# the small model also tags locative words as particles ("seized three boats off Crimea")
LOOSE_PARTICLES = frozenset({"up", "away", "around", "about"})
QUANTITY_NOUNS = frozenset({"edition", "hour", "minute", "session", "stage", "phase", "barrage", "storm", "chorus", "flurry", "volley", "hail", "torrent", "thousand", "hundred", "dozen", "million", "number", "lot", "batch", "contingent",
                            "wave", "series", "round", "package", "tranche", "shipment", "consignment", "some",
                            "first", "rest", "more", "group", "team", "day", "week", "month", "year", "couple",
                            "billion", "tonne", "ton", "dollar", "euro", "pound", "yen", "worth",
                            # "sent 20 trucks of aid": the load is the object, not the vehicle
                            "truck", "lorry", "truckload", "lorryload", "planeload", "shipload", "boatload",
                            "volume", "amount", "quantity", "cargo", "barrel", "metre", "meter"})
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand"})
RELATIVE_WORDS = frozenset({"that", "which", "whom"})
ERGATIVE_VERBS = frozenset({"resume", "restart"})


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, looking through quantities ("thousands of troops", "10 days of drills")
    and through naming clauses ("launched what it called military operations")."""
    out = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if not out and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        out = [verb.head]  # "the Leopard tanks sent by Germany": the noun the participle describes
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
            o.dep_ == "dobj" and o.lower_ in RELATIVE_WORDS for o in out):
        # "the rescue package that Khan secured": the relative pronoun stands for the noun it
        # modifies, which is the verb's real object
        out = [verb.head if o.dep_ == "dobj" and o.lower_ in RELATIVE_WORDS else o for o in out]
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
            o.dep_ == "nsubjpass" and o.lower_ in RELATIVE_WORDS | {"who"} for o in out):
        # "the soldiers who were captured by the army", "the town which was shelled": the passive
        # subject of a relative clause is the relative pronoun, standing for the noun it modifies
        out = [verb.head if o.dep_ == "nsubjpass" and o.lower_ in RELATIVE_WORDS | {"who"} else o for o in out]
    if not out and verb.lemma_.lower() in ERGATIVE_VERBS:
        # "direct flights between Turkey and Armenia resumed", "gas supplies to Europe resumed": the
        # intransitive use of a verb whose subject is what the transitive use takes as object
        out = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if not out and verb.lemma_.lower() == "let":
        # "agreed to let UN inspectors service the cameras", "let aid reach Gaza": the small model
        # makes the one let in the subject of a clause under "let"; it is what is let
        out = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    if not out:
        for c in verb.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_VERBS:
                out.extend(g for g in c.children if g.dep_ in ("oprd", "dobj", "attr") and g.tag_ not in ("WP", "WDT"))
    for o in list(out):
        out.extend(o.conjuncts)
        # "designated the Houthis a terrorist organisation": the small model makes the naming an
        # apposition of the object
        out.extend(c for c in o.children if c.dep_ == "appos" and c.pos_ == "NOUN")
        if o.lemma_.lower() in QUANTITY_NOUNS or o.like_num or o.tag_ == "CD" or o.lower_ in ("$", "€", "£"):
            for p in o.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "in"):
                    out.extend(g for g in p.children if g.dep_ == "pobj")
    return out


def _particle_pobjs(verb: Token) -> list[Token]:
    """Objects of the verb's prepositions that are particle words ("off" in "took Cuba off its list")."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in PARTICLE_WORDS
            for g in c.children if g.dep_ == "pobj"]


def _modifiers(tok: Token) -> set[str]:
    """Lemmas and forms of a noun's modifiers, following chains ("war crimes investigation":
    "war" hangs on "crimes", which hangs on "investigation")."""
    out: set[str] = set()
    stack = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod")]
    while stack:
        c = stack.pop()
        out.add(c.lemma_.lower())
        out.add(c.lower_)
        stack.extend(g for g in c.children if g.dep_ in ("compound", "amod"))
    return out


def title_words(tok: Token) -> list[Token]:
    """Title words before a name ("ousted President Mohamed Morsi", "expelled Ambassador John
    Smith"): spaCy makes the name the head and the title a compound of it, so a pattern written
    with the title ("oust president") reaches the name through them."""
    if tok.pos_ != "PROPN":
        return []
    return [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")]


def _hyphen_form(tok: Token) -> str | None:
    """"sit-in", "build-up": the tokenizer splits hyphenated words and the parser makes the last part
    the head ("staged a sit-in": dobj "in" with compound "sit"), so patterns may name the whole word."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lemma_.lower()}"
    return None


def _phrase_matches(tok: Token, words: tuple[str, ...]) -> bool:
    if tok.lemma_.lower() != words[-1] and tok.lower_ != words[-1] and _hyphen_form(tok) != words[-1]:
        title = next((t for t in title_words(tok) if t.lemma_.lower() == words[-1] or t.lower_ == words[-1]), None)
        return title is not None and _phrase_matches(title, words)
    if len(words) == 1:
        return True
    mods = _modifiers(tok)
    return all(w in mods for w in words[:-1])


AMBIGUOUS_PARTICLES = frozenset({"over"})
"""Particles that are also prepositions before an object: "took over the city" (particle) but
"spoke over the phone", "talked over a hotline" (preposition with its object)."""


def _preposition_reading(p: Pattern) -> Pattern | None:
    """The second reading of a verb pattern whose first word after the verb is an ambiguous
    particle followed by an object ("speak over phone"): the particle as a preposition governing
    the object.  The parser's choice decides which reading matches; without this second reading
    "{speak,talk} over phone" could never match, since spaCy parses "over the phone" as a
    prepositional phrase."""
    words = [w for w in p.text.lower().split() if w not in DETERMINERS]
    if p.kind != "verb" or len(words) < 3 or words[1] not in AMBIGUOUS_PARTICLES or words[2] in PREPOSITIONS:
        return None
    return parse_pattern(p.text, p.code, p.kind, p.invert, p.source, particles=PARTICLE_WORDS - {words[1]})


def _find_prep(heads: list[Token], prep: str) -> Token | None:
    for h in heads:
        for c in h.children:
            # the dependency decides: the infinitive marker "to" (aux) is not the preposition "to"
            if c.lower_ == prep and c.dep_ in PREP_DEPS and not _dates_only(c):
                return c
    return None


def _dates_only(prep: Token) -> bool:
    """"on Friday", "in March", "at dawn": a time phrase cannot fill a pattern's preposition
    ("called his counterpart on Friday" is not "call on")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") or o.lower_ in WEEKDAYS for o in objs)


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
                      "morning", "evening", "night", "afternoon", "dawn", "midnight", "today", "tomorrow"})


def match_slots(verb: Token, slots: tuple[Slot, ...], objects: list[Token] | None = None) -> list[Token] | None:
    """Tokens filling ``slots`` under ``verb`` (or under an event noun standing for its verb, with
    the noun's "of" objects as ``objects``), or None when a slot is not filled."""
    return _match_slots(verb, slots, objects)


def _match_slots(verb: Token, slots: tuple[Slot, ...], objects: list[Token] | None = None) -> list[Token] | None:
    used: list[Token] = []
    heads = [verb]
    if objects is None:
        objects = _objects(verb)
    # particle words the pattern names ("pull out of", "hand power back to"): a preposition hanging
    # on them counts as the verb's; others do not ("flew back to Moscow" is not "fly to")
    named = {sl.prep for sl in slots if sl.prep in PARTICLE_WORDS}
    for s in slots:
        if s.prep is None:
            obj = next((o for o in objects if _phrase_matches(o, s.words)), None)
            if obj is None and any(sl.prep in PARTICLE_WORDS and not sl.words for sl in slots):
                # "took Cuba off its list": the pattern "take off list" reads "off" as a particle
                # before its object; the small model makes it a preposition over that object
                particles = {sl.prep for sl in slots if sl.prep in PARTICLE_WORDS and not sl.words}
                obj = next((o for o in _particle_pobjs(verb) if o.head.lower_ in particles and
                            _phrase_matches(o, s.words)), None)
            if obj is None:
                return None
            used.append(obj)
            heads.append(obj)
            continue
        # particles, and particle words the small model tags as prepositions ("pull out of the WHO":
        # "out" is a prep and "of" hangs on it)
        prep = _find_prep(heads + [c for c in verb.children if c.dep_ == "prt" or (
            c.dep_ in ("prep", "advmod") and c.lower_ in PARTICLE_WORDS and c.lower_ in named)], s.prep)
        if prep is None:
            return None
        used.append(prep)
        if s.words:
            pobjs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            for c in list(pobjs):
                # "hit with a fresh round of sanctions": look through a quantity noun, as for objects
                if c.lemma_.lower() in QUANTITY_NOUNS:
                    pobjs.extend(g for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                                 for g in q.children if g.dep_ == "pobj")
            pobj = next((c for c in pobjs if _phrase_matches(c, s.words)), None)
            if pobj is None:
                return None
            used.append(pobj)
            heads.append(pobj)
        heads.append(prep)
    return used

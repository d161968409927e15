"""Finding and resolving actor mentions in a parsed article.

:class:`ActorResolver` turns a spaCy ``Doc`` (one article) and the article date into
a list of :class:`Mention` objects, each carrying a resolved
:class:`~accord.records.Entity` with character offsets into the article text.

Steps (all linear in the number of tokens):

1. phrase lookup of dictionary names (countries, demonyms, capitals, people,
   organisations, generic collectives), longest match first;
2. phrase lookup of role words (titles and sector nouns) outside those names;
3. composition around each role word: a nationality, possessive or organisation
   before it ("Pakistani troops", "Iran's foreign minister", "Hamas fighters"),
   "of"/"in" + country after it ("the army of Pakistan", "protesters in Tehran"),
   and a name after it ("Prime Minister Shehbaz Sharif");
4. stand-alone names, with dated roles for people and location use for capitals;
5. in-article coreference (:mod:`accord.actors.coref`): repeated surnames, pronouns
   and nominal mentions ("the leader", "the two countries").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from accord.actors.dictionary import ActorDictionary, ActorEntry, RoleWord, normalise_token, office_key
from accord.records import Entity

# a politician's following (Resolver._followers)
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "partisan", "backer"})
# an IGO's officials are the IGO itself: no GOV sector for these (Resolver.resolve)
STAFFLESS_IGOS = frozenset({"IGOGOV", "UNOGOV"})
# "of Pakistani origin", "of North African descent" (Resolver.resolve)
ANCESTRY_NOUNS = frozenset({"descent", "origin", "heritage", "ancestry", "extraction", "background"})
# nouns describing an organisation before its name ("the West African bloc ECOWAS")
BLOC_NOUNS = frozenset({"bloc", "alliance", "grouping", "group", "body", "organisation", "organization",
                        "union", "club", "forum", "coalition", "agency"})
# "pro-X" / "anti-X": a stance towards X, not membership of X (Resolver.resolve)
STANCE_PREFIXES = frozenset({"pro", "anti"})
LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "into",
                            "throughout", "within", "towards", "toward", "to", "from", "via", "over", "off"})
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
                     "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "occupied",
                     "neighbouring", "neighboring", "rural", "coastal", "mainland", "greater"})
RANK_AND_FILE = frozenset({"soldier", "marine", "officer", "pilot", "paratrooper", "sergeant", "captain",
                           "police officer", "policeman", "policewoman", "constable"})
NOT_PERSON = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "FAC",
                        "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
POSSESSIVE = frozenset({"'s", "'", "s"})
NAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "shaikh",
                         "ayatollah", "hojatoleslam", "mullah", "imam", "general", "gen", "gen.", "col",
                         "col.", "maj", "lt", "capt", "president", "prime", "minister"})


@dataclass(slots=True)
class Mention:
    """An actor mention: token span [start, end) in the Doc, its entity, and what coreference needs."""

    start: int
    end: int
    entity: Entity
    head: int
    roles: tuple[str, ...] = ()
    gender: str | None = None
    plural: bool = False
    person: str | None = None
    coref: bool = False
    location: bool = False
    also: tuple[Entity, ...] = ()
    implicit: bool = False  # country taken from the scene, not from the text ("police said")

    @property
    def entities(self) -> tuple[Entity, ...]:
        """The entity and, for a compound mention ("the two countries"), the others it stands for."""
        return (self.entity, *self.also)


@dataclass(slots=True)
class BareRole:
    """A role word with no nationality or name ("the prime minister", "the government")."""

    start: int
    end: int
    role: RoleWord
    determiner: str | None
    possessor: int | None = None


@dataclass(slots=True)
class Resolution:
    """Mentions of one article, with the sentence index of every token (``sent_of``)."""

    mentions: list[Mention] = field(default_factory=list)
    bare_roles: list[BareRole] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)


def _case_ok(doc: Doc, i: int, pattern: tuple[str, ...]) -> bool:
    for k, want in enumerate(pattern):
        if not want:
            continue
        text = doc[i + k].text
        if want == "U":
            if not text.isupper():
                return False
        elif not text[:1].isupper():
            return False
    return True


def _inside_other_entity(doc: Doc, s: int, e: int) -> bool:
    """An ambiguous name ("Jordan", "Chad", "Georgia") is rejected when spaCy's NER puts it inside a
    longer person, place or work name ("Michael Jordan", "Indian Ocean", "Westminster Abbey") or
    when it is not capitalised."""
    tok = doc[s]
    if not tok.text[:1].isupper():
        return True
    if not tok.ent_type_:
        return False
    start, end = s, e
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    longer = (end - start) > (e - s)
    return longer and tok.ent_type_ in ("PERSON", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "ORG")


def token_keys(doc: Doc) -> tuple[list[str], list[str]]:
    """Normalised lower-case forms and lower-case lemmas of all tokens, read in one
    ``Doc.to_array`` call instead of creating a Token object per token."""
    arr = doc.to_array([LOWER, LEMMA])
    strings = doc.vocab.strings
    cache_n: dict[int, str] = {}
    cache_l: dict[int, str] = {}
    norm, lemmas = [], []
    for low, lem in arr.tolist():
        a = cache_n.get(low)
        if a is None:
            a = cache_n[low] = normalise_token(strings[low])
        b = cache_l.get(lem)
        if b is None:
            b = cache_l[lem] = strings[lem].lower()
        norm.append(a)
        lemmas.append(b)
    return norm, lemmas


def make_entity(doc: Doc, start: int, end: int, name: str, country: str | None, sector: str | None,
                kind: str) -> Entity:
    """Entity for tokens [start, end) of ``doc`` with code = country + sector."""
    span = doc[start:end]
    code = (country or "") + (sector or "")
    # model_construct: accord builds these values itself, so pydantic's validation is skipped
    return Entity.model_construct(text=span.text, start=span.start_char, end=span.end_char, name=name,
                                  code=code or "UNK", country=country, sector=sector, kind=kind)


# lowercase particles that continue a personal name ("Ali al-Sistani", "Ursula von der Leyen")
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "le", "la", "di"})


class ActorResolver:
    """Resolve actor mentions in Docs with an :class:`ActorDictionary`.

    ``resolve(doc, day)`` returns a :class:`Resolution`; ``day`` is the article's
    ISO date (or None) and selects people's roles and organisations' periods.
    """

    def __init__(self, dictionary: ActorDictionary):
        self.d = dictionary

    # ------------------------------------------------------------------ scanning
    def _scan_names(self, doc: Doc, norm: list[str]) -> dict[int, tuple[int, list[ActorEntry]]]:
        table = self.d.names.table
        out: dict[int, tuple[int, list[ActorEntry]]] = {}
        n = len(norm)
        i = 0
        while i < n:
            cands = table.get(norm[i])
            if not cands:
                i += 1
                continue
            hit = None
            for toks, entry, cs in cands:
                L = len(toks)
                if i + L > n or (L > 1 and tuple(norm[i:i + L]) != toks):
                    continue
                if cs is not None and not _case_ok(doc, i, cs):
                    continue
                if hit is None:
                    hit = (L, [entry])
                elif L == hit[0]:
                    if entry not in hit[1]:
                        hit[1].append(entry)
                else:
                    break
            if hit is None:
                i += 1
                continue
            L, entries = hit
            key = tuple(norm[i:i + L])
            if key in self.d.ambiguous and _inside_other_entity(doc, i, i + L):
                i += 1
                continue
            out[i] = (i + L, entries)
            i += L
        return out

    def _scan_roles(self, doc: Doc, norm: list[str], lemmas: list[str],
                    taken: list[bool]) -> dict[int, tuple[int, RoleWord]]:
        table = self.d.roles.table
        out: dict[int, tuple[int, RoleWord]] = {}
        n = len(norm)
        i = 0
        while i < n:
            if taken[i]:
                i += 1
                continue
            cands = table.get(lemmas[i]) or table.get(norm[i])
            hit = None
            if cands:
                for toks, role, _ in cands:
                    L = len(toks)
                    if i + L > n or any(taken[i:i + L]):
                        continue
                    if all(lemmas[i + k] == toks[k] or norm[i + k] == toks[k] for k in range(L)):
                        hit = (i + L, role)
                        break
            if hit is None:
                i += 1
                continue
            # a role word must be a noun (not "state" in "state media" handled by longest match,
            # nor the verb "force", nor "head" as in "head to")
            last = doc[hit[0] - 1]
            if last.pos_ not in ("NOUN", "PROPN", "ADJ") and not (last.pos_ == "X"):
                i += 1
                continue
            out[i] = hit
            i = hit[0]
        return out

    def _titles_over_names(self, doc, norm, lemmas, names, taken) -> None:
        """A multi-word title that contains a generic name wins over it: "Leader of the Islamic
        Revolution" is a title, not "leader of" + the Muslim world ("Islamic")."""
        table = self.d.roles.table
        for i in range(len(norm)):
            for toks, role, _ in table.get(lemmas[i]) or table.get(norm[i]) or ():
                L = len(toks)
                if L < 3 or i + L > len(norm):
                    continue
                if not all(lemmas[i + k] == toks[k] or norm[i + k] == toks[k] for k in range(L)):
                    continue
                inside = [s for s in names if i <= s < i + L]
                if inside and all(names[s][0] <= i + L and all(e.match in ("generic", "generic_adj")
                                                                  for e in names[s][1]) for s in inside):
                    for s in inside:
                        for k in range(s, names[s][0]):
                            taken[k] = False
                        del names[s]
                break

    # ------------------------------------------------------------------ resolve
    def resolve(self, doc: Doc, day: str | None) -> Resolution:
        """All actor mentions of ``doc`` on ``day``, sorted by position, coreference included."""
        from accord.actors.coref import link

        norm, lemmas = token_keys(doc)
        names = self._scan_names(doc, norm)
        self._names_in_context(doc, norm, names)
        taken = [False] * len(doc)
        for s, (e, _) in names.items():
            for k in range(s, e):
                taken[k] = True
        self._titles_over_names(doc, norm, lemmas, names, taken)
        roles = self._scan_roles(doc, norm, lemmas, taken)
        name_end = {e: s for s, (e, _) in names.items()}
        res = Resolution()
        used: set[int] = set()  # name starts consumed by a composition

        for rs, (re_, role) in roles.items():
            self._compose(doc, norm, day, rs, re_, role, names, name_end, used, res)

        for s, (e, entries) in names.items():
            if s in used:
                continue
            m = self._name_mention(doc, norm, day, s, e, entries, res)
            if m is not None:
                res.mentions.append(m)
        res.mentions.extend(self._followers(doc, res.mentions))
        for m in res.mentions:
            if m.entity.code in STAFFLESS_IGOS:
                # "NATO leaders", "the UN secretary-general": the organisation itself (team convention,
                # docs/conventions.md); only the EU has a government sector (EURGOV, the Commission)
                m.entity = m.entity.model_copy(update={"code": m.entity.code[:3], "sector": None})
        res.mentions.sort(key=lambda m: m.start)
        link(doc, res, self.d, day, norm)
        return res

    # ------------------------------------------------------------------ pieces
    @staticmethod
    def _names_in_context(doc: Doc, norm: list[str], names: dict) -> None:
        """Drop or reshape dictionary names (``names``: start -> (end, entries), changed in place) that
        their neighbours show not to name an actor: a given name before an unknown surname, a stance
        ("pro-Russian"), an ancestry ("of Pakistani descent"), a region describing an organisation
        ("the West African bloc ECOWAS")."""
        for s0, (e0, entries) in list(names.items()):
            # a given name before an unknown surname ("Novak Djokovic", "Ali al-Sistani") is not
            # the known person whose surname it is
            if e0 - s0 == 1 and entries and all(x.match == "person" for x in entries) and e0 < len(doc) and \
                    e0 not in names and (doc[e0].lower_ in NAME_PARTICLES or (
                        doc[e0].pos_ == "PROPN" and doc[e0].is_title and doc[e0].ent_type_ not in ("GPE", "NORP", "DATE"))):
                del names[s0]
        for s0, (_, entries0) in list(names.items()):
            if s0 >= 2 and doc[s0 - 1].text == "-" and doc[s0 - 2].lower_ in STANCE_PREFIXES and \
                    all(x.match in ("demonym", "name", "capital", "government") for x in entries0):
                # "pro-Palestinian demonstrators" in London, "anti-American protesters" in Islamabad,
                # "pro-Russian separatists" in Donbas: the name is the cause, not the actor's state; the
                # actor takes the country of the scene, as CAMEO codes groups by where they act
                del names[s0]
        for s0, (e0, entries0) in list(names.items()):
            if e0 < len(doc) and norm[e0] in ANCESTRY_NOUNS and all(x.match in ("demonym", "generic_adj") for x in entries0):
                del names[s0]  # "a driver of North African descent": ancestry, not an actor of that state
        for s0, (e0, _) in list(names.items()):
            if e0 + 1 < len(doc) and norm[e0] in BLOC_NOUNS and e0 + 1 in names and \
                    all(x.kind in ("igo", "organization") for x in names[e0 + 1][1]):
                # "the West African bloc ECOWAS": the organisation's name, not the region describing it,
                # is the actor ("Leaders of the ... bloc ECOWAS" are IGO, not WAFGOV); one mention over
                # the whole description, so that "an ultimatum from the ... bloc ECOWAS" finds it
                names[s0] = names.pop(e0 + 1)

    def _qualifier_before(self, doc: Doc, norm: list[str], i: int, names, name_end, used):
        """A nationality/possessor/organisation ending just before token i (skipping modifiers).

        Returns (name_start, name_end, entries, former) or None.
        """
        k = i
        former = False
        while k > 0:
            if k in name_end:
                break  # "Islamic State fighters": "State" ends a name, it is not the modifier "state"
            moved = False
            for L in (3, 2, 1):
                if k - L >= 0 and tuple(norm[k - L:k]) in self.d.modifiers:
                    if any(norm[x] in self.d.former for x in range(k - L, k)):
                        former = True
                    k -= L
                    moved = True
                    break
            if not moved:
                if norm[k - 1] in self.d.former or norm[k - 1].rstrip("-") in self.d.former:
                    former = True
                    k -= 1
                    continue
                break
        if k > 0 and norm[k - 1] in POSSESSIVE and k - 1 in name_end:
            s = name_end[k - 1]
            if s not in used:
                return s, k - 1, names[s][1], former, True
        if k in name_end:
            s = name_end[k]
            if s not in used:
                return s, k, names[s][1], former, False
        return None if not former else (None, None, None, True, False)

    def _compose(self, doc, norm, day, rs, re_, role: RoleWord, names, name_end, used, res: Resolution):
        extra_quals: list = []
        q = self._qualifier_before(doc, norm, rs, names, name_end, used)
        if q and q[0] is not None and not q[4]:
            # "American and British forces": more nationalities joined by "and" before the first
            k = q[0]
            while k >= 2 and norm[k - 1] in ("and", ",", "or") and (k - 1) in name_end:
                k0 = name_end[k - 1]
                if k0 in used or not any(e.match in ("demonym", "name", "generic_adj") for e in names[k0][1]):
                    break
                extra_quals.append((k0, k - 1, names[k0][1]))
                used.add(k0)
                k = k0
            if extra_quals:
                q = (k, q[1], q[2], q[3], q[4])
        former = bool(q and q[3])
        qual = q if q and q[0] is not None else None
        start = qual[0] if qual else rs
        end = re_
        qual_entries = qual[2] if qual else None
        n = len(doc)
        # "of"/"in"/"from" + (the) + name after the role
        if qual is None and end < n and norm[end] in ("of", "in", "from", "for"):
            j = end + 1
            if j < n and norm[j] == "the":
                j += 1
            while j < n and norm[j] in COMPASS and j not in names:
                j += 1  # "militants in northern Syria" (but "the West" is a name)
            if j not in names:
                # "Leaders of the (West African) bloc ECOWAS": the organisation named after its description
                k = j
                while k < n and k - j < 3 and doc[k].pos_ in ("ADJ", "PROPN") and norm[k] not in BLOC_NOUNS:
                    k += 1
                if k + 1 < n and norm[k] in BLOC_NOUNS and k + 1 in names:
                    j = k + 1
            plural_role = doc[re_ - 1].tag_ in ("NNS", "NNPS")
            if j in names and j not in used and (norm[end] == "of" or role.cls == "collective" or plural_role):
                qe, qentries = names[j]
                if any(e.match != "person" for e in qentries):
                    qual = (j, qe, qentries, former, False)
                    qual_entries = qentries
                    end = qe
                    used.add(j)
                    # "people in Europe and the US": further places joined by "and"
                    k = qe
                    while k + 1 < n and norm[k] in ("and", ",", "or"):
                        k2 = k + 2 if norm[k + 1] == "the" else k + 1
                        if k2 in names and k2 not in used and any(e.match != "person" for e in names[k2][1]):
                            extra_quals.append((k2, names[k2][0], names[k2][1]))
                            used.add(k2)
                            k = names[k2][0]
                        else:
                            break
                    # "Leader of Iran's Islamic Revolution Ayatollah Ali Khamenei"
                    if end < n and norm[end] in POSSESSIVE:
                        k = end + 1
                        while k < n and k - end <= 4 and doc[k].text[:1].isupper() and k not in names:
                            k += 1
                        if k in names and any(e.match == "person" for e in names[k][1]):
                            used.add(k)
                            pe, pentries = names[k]
                            person = self._pick_person(pentries, res, day)
                            res.mentions.append(self._person_mention(doc, rs, pe, person, day, role, former,
                                                                     fallback_country=self._country_of(qentries, day)))
                            return
                        # an unknown name after the title chain: the spaCy PERSON entity there
                        ent_tok = next((x for x in range(end + 1, min(n, end + 7)) if doc[x].ent_type_ == "PERSON"
                                        and doc[x].ent_iob_ == "B"), None)
                        if ent_tok is not None:
                            pend = ent_tok
                            while pend < n and doc[pend].ent_type_ == "PERSON" and \
                                    (pend == ent_tok or doc[pend].ent_iob_ == "I"):
                                pend += 1
                            country = self._country_of(qentries, day)
                            if country:
                                name = doc[ent_tok:pend].text
                                ent = make_entity(doc, rs, pend, name, country, "ELI" if former else
                                                  self._armed_group_sector(qentries, day) or role.sector, "person")
                                res.mentions.append(Mention(rs, pend, ent, head=pend - 1, roles=(role.phrase,),
                                                            person=name))
                                for x in range(end, pend):
                                    if x in names:
                                        used.add(x)
                                return
        # a name after the role: known person or unknown proper name
        j = end
        if j < n and role.cls in ("head", "person"):
            # allow a second title word ("Supreme Leader Ayatollah Ali Khamenei")
            if j in names and any(e.match == "person" for e in names[j][1]) and j not in used:
                pe, pentries = names[j]
                used.add(j)
                if qual is not None:
                    used.add(qual[0])
                person = self._pick_person(pentries, res, day)
                res.mentions.append(self._person_mention(
                    doc, start, pe, person, day, role, former,
                    fallback_country=self._country_of(qual_entries, day) if qual_entries else None))
                return
            k = j
            while k < n and k - j < 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
                    and k not in names and norm[k] not in ("'s",):
                k += 1
            if k > j and (doc[k - 1].ent_type_ == "PERSON" or k - j >= 2):
                country = self._country_of(qual_entries, day) if qual_entries else None
                if qual is not None:
                    used.add(qual[0])
                if country:
                    sector = "ELI" if former else self._armed_group_sector(qual_entries, day) or role.sector
                    ent = make_entity(doc, start, k, doc[j:k].text, country, sector, "person")
                    res.mentions.append(Mention(start, k, ent, head=k - 1, roles=(role.phrase,),
                                                person=doc[j:k].text, gender=None))
                else:
                    # an unknown name with a title but no nationality: remembered for repeats only
                    res.bare_roles.append(BareRole(j, k, role, None))
                return
        if qual is None:
            det = norm[rs - 1] if rs > 0 else None
            poss = rs - 1 if rs > 0 and doc[rs - 1].tag_ == "PRP$" else None
            res.bare_roles.append(BareRole(rs, re_, role, det, poss))
            return
        used.add(qual[0])
        entry = self._pick_entry(qual_entries, day)
        country, sector, _ = entry.at(day)
        if entry.match in ("org", "government") and sector is not None:
            pass  # "Hamas fighters" -> the organisation's own code
        elif former and role.cls in ("head", "person"):
            # a former official is ELI; a former soldier or marine is a civilian
            sector = "CVL" if role.sector in ("MIL", "COP") and role.phrase in RANK_AND_FILE else "ELI"
        else:
            sector = role.sector
        plural = doc[re_ - 1].tag_ in ("NNS", "NNPS")
        kind = "person" if role.cls in ("head", "person") and not plural else "group"
        if entry.match == "org" and entry.kind == "igo" and kind == "group":
            kind = "igo"
        name = doc[start:end].text
        person_name = None
        if kind == "person" and country and entry.match in ("name", "demonym", "capital", "government"):
            key = office_key(role.phrase)
            holder = self.d.office_holder(country, key, day) if key else None
            if holder is not None:
                hc, hs, _ = holder.at(day)
                name, person_name = holder.name, holder.name
                sector = hs or sector
        ent = make_entity(doc, start, end, name, country, sector, kind)
        also = []
        for xs, xe, xentries in extra_quals:
            xc = self._pick_entry(xentries, day).at(day)[0]
            if xc and xc != country:
                also.append(make_entity(doc, xs, xe, doc[xs:xe].text, xc, sector, kind))
        res.mentions.append(Mention(start, end, ent, head=re_ - 1, roles=(role.phrase,), plural=plural,
                                    person=person_name, also=tuple(also),
                                    gender=self.d.people[person_name].gender if person_name else None))

    @staticmethod
    def _followers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Supporters of Imran Khan", "followers of the cleric Moqtada al-Sadr": a politician's
        following is the country's party sector (PTY), not the politician (the team's gold codes
        Khan's supporters PAKPTY). One group mention over "supporters of X"; X keeps its own."""
        out = []
        for m in mentions:
            k = m.start - 1
            while k > 0 and doc[k].dep_ in ("amod", "det", "compound") and doc[k].lower_ != "of":
                k -= 1  # "supporters of jailed former prime minister Imran Khan"
            if m.entity.kind != "person" or not m.entity.country or k < 1 or doc[k].lower_ != "of":
                continue
            noun = doc[k - 1]
            if noun.lemma_.lower() not in FOLLOWER_NOUNS:
                continue
            start = min([noun.i] + [c.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "nummod",
                                                                                          "compound", "quantmod")])
            ent = make_entity(doc, start, m.end, f"supporters of {m.entity.name}", m.entity.country, "PTY", "group")
            out.append(Mention(start, m.end, ent, head=noun.i, plural=noun.tag_ in ("NNS", "NNPS")))
        return out

    def _armed_group_sector(self, entries: list[ActorEntry] | None, day) -> str | None:
        """"Houthi military spokesman Yahya Saree", "Hamas commander X": an armed group's officers are
        the group (YEMREB), not their state's military (YEMMIL) whatever their title; None when the
        qualifier is no armed group."""
        if not entries:
            return None
        entry = self._pick_entry(entries, day)
        sector = entry.at(day)[1] if entry.match == "org" else None
        return sector if sector in ("REB", "PRM", "UAF") else None

    def _country_of(self, entries: list[ActorEntry] | None, day) -> str | None:
        if not entries:
            return None
        return self._pick_entry(entries, day).at(day)[0]

    def _pick_entry(self, entries: list[ActorEntry], day) -> ActorEntry:
        if len(entries) == 1:
            return entries[0]
        order = {"org": 0, "name": 1, "government": 2, "capital": 3, "demonym": 4, "pre": 5,
                 "territory": 6, "generic": 7, "generic_adj": 8, "person": 9}
        return min(entries, key=lambda e: order.get(e.match, 10))

    def _pick_person(self, entries: list[ActorEntry], res: Resolution, day) -> ActorEntry:
        people = [e for e in entries if e.match == "person"]
        if len(people) == 1:
            return people[0]
        mentioned = [m.person for m in res.mentions if m.person]
        for name in reversed(mentioned):
            for p in people:
                if p.name == name:
                    return p
        if day is not None:
            current = [p for p in people if any(per.contains(day) for per in p.periods)]
            if current:
                return max(current, key=lambda p: any(per.sector == "GOV" and per.contains(day) for per in p.periods))
        return max(people, key=lambda p: max((per.start or "") for per in p.periods))

    def _person_mention(self, doc, start, end, person: ActorEntry, day, role: RoleWord | None, former: bool,
                        fallback_country: str | None = None) -> Mention:
        country, sector, office = person.at(day)
        if sector is None and role is not None:
            sector = "ELI" if former else role.sector
        if former and sector == "GOV" and role is not None and office and role.phrase in office.lower():
            sector = "ELI"
        country = country or fallback_country
        ent = make_entity(doc, start, end, person.name, country, sector, "person")
        roles = tuple(r for r in (*person.roles(), role.phrase if role else None) if r)
        return Mention(start, end, ent, head=end - 1, roles=roles, gender=person.gender, person=person.name)

    def _name_mention(self, doc, norm, day, s, e, entries: list[ActorEntry], res: Resolution) -> Mention | None:
        people = [x for x in entries if x.match == "person"]
        if people and len(people) == len(entries):
            if e - s == 1:
                tok = doc[s]
                known = {m.person for m in res.mentions if m.person}
                # the small model tags some surnames NOUN at a sentence start ("Trump said ...")
                if not (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title)) or \
                        (tok.ent_type_ in NOT_PERSON and not any(p.name in known for p in people)):
                    return None  # spaCy's small model often tags surnames GPE or ORG ("Obama"): only
                                 # dates, numbers and works rule a surname out
                # a surname inside a longer unknown name ("Maryam Nawaz Sharif")
                if s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].ent_iob_ in ("B", "I") \
                        and tok.ent_iob_ == "I" and norm[s - 1] not in NAME_TITLES:
                    return None

            elif s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].ent_type_ == "PERSON" \
                    and doc[s].ent_iob_ == "I" and norm[s - 1] not in NAME_TITLES:
                return None
            person = self._pick_person(people, res, day)
            return self._person_mention(doc, s, e, person, day, None, False)
        entry = self._pick_entry([x for x in entries if x.match != "person"] or entries, day)
        country, sector, _ = entry.at(day)
        location = False
        if entry.match == "org" and country is None:
            return self._stateless_org(doc, norm, s, e, entry, res, day)
        if entry.match == "capital":
            if s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title and doc[s - 1].dep_ == "compound" \
                    and doc[s - 1].ent_type_ not in ("GPE", "NORP"):
                return None  # "Real Madrid": part of another name
            location = self._is_location(doc, s, e) or (
                doc[e - 1].dep_ in ("poss", "compound") and doc[e - 1].head.pos_ == "PROPN" and
                doc[e - 1].head.i >= e) or (  # "London's FTSE 100": a place naming a thing, not an actor
                doc[e - 1].dep_ == "compound" and doc[e - 1].head.pos_ == "NOUN" and
                doc[e - 1].head.i >= e)  # "the Paris attacks", "the Geneva talks": where it happened
            if location:
                sector = None if entry.actor_sector is None else sector
            elif entry.actor_country:
                country, sector = entry.actor_country, None
            elif entry.actor_sector:
                sector = entry.actor_sector
        elif entry.match == "territory":
            location = True
        elif entry.match == "demonym" and doc[e - 1].tag_ in ("NNS", "NNPS") and \
                doc[e - 1].dep_ not in ("amod", "compound", "nmod") and not (s > 0 and norm[s - 1] == "the"):
            # ("the Russians" is the state or its forces, not its civilians)
            # "Israelis took to the streets", "dozens of Afghans": the people of the country
            ent = make_entity(doc, s, e, f"{self.d.country_names.get(country, country)} civilians",
                              country, "CVL", "group")
            return Mention(s, e, ent, head=e - 1, plural=True)
        kind = entry.kind
        name = entry.name
        ent = make_entity(doc, s, e, name, country, sector, kind)
        plural = doc[e - 1].tag_ in ("NNS", "NNPS")
        return Mention(s, e, ent, head=e - 1, plural=plural, location=location)

    def _stateless_org(self, doc, norm, s, e, entry: ActorEntry, res: Resolution, day) -> Mention | None:
        """"Denmark's Social Democrats", "the Syrian Republican Guard": a name shared by many
        states takes the country of the nationality or possessor before it; alone it is dropped."""
        k = s
        if k > 0 and norm[k - 1] in POSSESSIVE:
            k -= 1
        for m in reversed(res.mentions):
            if m.end == k and m.entity.country and len(m.entity.country) == 3:
                start = m.start
                ent = make_entity(doc, start, e, f"{entry.name} ({m.entity.country})", m.entity.country,
                                  entry.sector, "organization")
                res.mentions.remove(m)
                return Mention(start, e, ent, head=e - 1, plural=doc[e - 1].tag_ in ("NNS", "NNPS"))
            if m.end < k:
                break
        return None

    @staticmethod
    def _is_location(doc: Doc, s: int, e: int) -> bool:
        head = doc[e - 1]
        while head.dep_ == "compound" and head.head.i >= e:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS:
            return True
        if head.dep_ in ("npadvmod", "appos") and s > 0 and doc[s - 1].lower_ in LOCATION_PREPS:
            return True
        return s > 0 and doc[s - 1].lower_ in LOCATION_PREPS

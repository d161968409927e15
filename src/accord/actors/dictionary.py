"""Actor dictionaries: loading, validation and phrase indexes.

The data are plain files beside this module (``data/``), documented in
``docs/actor-codes.md`` and ``docs/conventions.md``:

* ``countries.yaml``   names, demonyms, capitals, government metonyms, territories and
  partially recognised entities, on top of pycountry's ISO 3166 names;
* ``people/*.csv``     heads of state and government, foreign ministers and others with
  dated roles (``name,aliases,country,sector,role,start,end,gender``);
* ``organizations.yaml`` IGOs, NGOs, armed groups, agencies, parties, media (with periods);
* ``generics.yaml``    generic collectives (the international community, the West...);
* ``roles.yaml``       titles and sector nouns.

Users add their own files of the same formats (``--actors extra.yaml`` or
``ActorDictionary.load(extra=[...])``): a ``.csv`` file is read as people, a
``.yaml`` file as organisations (a list) or countries (a mapping of ISO codes).

Every file is validated on load; errors raise :class:`~accord.datafiles.DataFileError`
naming the file and line.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from accord.datafiles import DataFileError, line_of, load_yaml, read_csv_rows

DATA_DIR = Path(__file__).with_name("data")

SECTORS: frozenset[str] = frozenset(
    "GOV MIL COP SPY JUD LEG PTY OPP REB PRM UAF UNK CVL REF BUS JRN MED EDU REL NGO LAB AGR "
    "CRM ELI PRE SOC INS".split())
"""Sector codes accepted in dictionaries (docs/conventions.md; PLOVER Table 5.2 plus CAMEO's INS)."""

NONSTATE_CODES: frozenset[str] = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "ISM", "MNC"})
"""Non-state 'country' codes of PLOVER manual v2.0 Table 5.1."""

KINDS: frozenset[str] = frozenset({"person", "country", "igo", "organization", "group", "generic"})
PEOPLE_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end", "gender")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SPECIAL_KEYS = frozenset({"ambiguous", "partially_recognised", "territories", "actor_metonyms"})


@dataclass(frozen=True, slots=True)
class Period:
    """A dated role: [start, end] inclusive ISO dates (None = open), with the code it gives."""

    start: str | None
    end: str | None
    country: str | None
    sector: str | None
    role: str | None = None

    def contains(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class ActorEntry:
    """One dictionary actor.

    ``match`` says how a phrase of it is used in text: ``name`` (the state itself),
    ``demonym``, ``capital``, ``government``, ``territory``, ``pre`` (partially
    recognised entity), ``org``, ``person``, ``generic`` or ``generic_adj``.
    ``periods`` (people, some organisations) override country/sector by date.
    """

    name: str
    kind: str
    match: str
    country: str | None
    sector: str | None
    periods: tuple[Period, ...] = ()
    gender: str | None = None
    source: str = ""
    actor_country: str | None = None
    actor_sector: str | None = None
    ambiguous: bool = False

    def at(self, day: str | None) -> tuple[str | None, str | None, str | None]:
        """(country, sector, role) on ``day`` (ISO date or None).

        People: the period containing the day (GOV preferred, then the latest
        start); after their last government office, former officials get sector
        ``ELI`` (PLOVER Table 5.2); before any known period, the country alone.
        With no date, the most recent period.  Organisations: a period containing
        the day overrides the base country/sector.
        """
        if not self.periods:
            return self.country, self.sector, None
        if day is None:
            p = max(self.periods, key=lambda p: p.start or "")
            return p.country or self.country, p.sector, p.role
        current = [p for p in self.periods if p.contains(day)]
        if current:
            p = max(current, key=lambda p: (p.sector == "GOV", p.start or ""))
            return p.country or self.country, p.sector, p.role
        if self.match != "person":
            return self.country, self.sector, None
        past = [p for p in self.periods if p.end is not None and p.end < day]
        if any(p.sector == "GOV" for p in past):
            last = max((p for p in past if p.sector == "GOV"), key=lambda p: p.end or "")
            return last.country or self.country, "ELI", f"former {last.role or 'official'}"
        if past:
            last = max(past, key=lambda p: p.end or "")
            return last.country or self.country, last.sector, last.role
        first = min(self.periods, key=lambda p: p.start or "")
        return first.country or self.country, None, None

    def roles(self) -> tuple[str, ...]:
        return tuple(p.role.lower() for p in self.periods if p.role)


@dataclass(frozen=True, slots=True)
class RoleWord:
    """A title or sector noun from roles.yaml: its sector and class (head, person, collective)."""

    phrase: str
    sector: str
    cls: str


@dataclass(slots=True)
class PhraseIndex:
    """Token-tuple phrase index: first token -> [(tokens, value, case pattern)], longest first.

    Lookup cost is one dict access per text token plus a comparison per
    candidate phrase starting with that token (usually a handful).
    """

    table: dict[str, list[tuple[tuple[str, ...], object, object]]] = field(default_factory=dict)

    def add(self, tokens: tuple[str, ...], value: object, case: object = None) -> None:
        if not tokens:
            return
        self.table.setdefault(tokens[0], []).append((tokens, value, case))

    def freeze(self) -> None:
        for cands in self.table.values():
            cands.sort(key=lambda c: -len(c[0]))

    def __len__(self) -> int:
        return sum(len(v) for v in self.table.values())


def case_pattern(tokens: list[str]) -> tuple[str, ...] | None:
    """How each token of a dictionary phrase must be cased in text: "U" all capitals
    (an acronym such as WHO or ECO: "Who" at a sentence start is not the WHO), "C" a
    capital initial (proper names), "" anything.  None when no token is constrained."""
    pat = []
    for t in tokens:
        if not t.strip():
            continue
        letters = [ch for ch in t if ch.isalpha()]
        if len(letters) >= 2 and all(ch.isupper() for ch in letters):
            pat.append("U")
        elif letters and t[0].isupper():
            pat.append("C")
        else:
            pat.append("")
    return tuple(pat) if any(pat) else None


def normalise_token(text: str) -> str:
    """Lower-case token key with typographic apostrophes and dashes unified."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")


class ActorDictionary:
    """All actor dictionaries with phrase indexes built on a spaCy tokenizer.

    Use :meth:`load`.  Attributes:
        names: PhraseIndex of name phrases -> list[ActorEntry]
        roles: PhraseIndex of role lemmas -> RoleWord
        modifiers, former: word sets from roles.yaml
        ambiguous: lower-cased phrases accepted only when spaCy's NER tags them
        office_holders: (country, role word) -> people holding that office, for
            "Iran's foreign minister" -> the person in office on the date
        people: canonical name -> ActorEntry
    """

    def __init__(self, tokenize: Callable[[str], list[str]]):
        self._tokenize = tokenize
        self.names = PhraseIndex()
        self.roles = PhraseIndex()
        self.modifiers: set[tuple[str, ...]] = set()
        self.former: set[str] = set()
        self.ambiguous: set[tuple[str, ...]] = set()
        self.people: dict[str, ActorEntry] = {}
        self.office_holders: dict[tuple[str, str], list[ActorEntry]] = {}
        self.country_names: dict[str, str] = {}
        self.codes: set[str] = set()
        self._seen: dict[tuple[tuple[str, ...], str], ActorEntry] = {}

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, tokenize: Callable[[str], list[str]], extra: Iterable[str | Path] = (),
             data_dir: Path = DATA_DIR, tokenizer_id: str | None = None) -> "ActorDictionary":
        """Load the bundled dictionaries plus users' ``extra`` files.

        Building the indexes (about 40,000 phrases through the tokenizer) takes seconds, so
        the built dictionary is cached as a pickle in ``$ACCORD_CACHE`` (default
        ``~/.cache/accord``), keyed by the SHA-1 of every data file and ``tokenizer_id``;
        any change to a file or the model builds it again.  Without ``tokenizer_id``
        nothing is cached.

        Args:
            tokenize: text -> token strings, the same tokenizer used on articles
                (``lambda s: [t.text for t in nlp.tokenizer(s)]``).
            extra: user files (.csv people, .yaml organisations or countries).
            tokenizer_id: names the tokenizer (e.g. the spaCy model and version) for the cache.
        Raises:
            DataFileError: a file is missing, malformed or invalid (file and line named).
        """
        extra = [Path(f) for f in extra]
        cache = _cache_path(data_dir, extra, tokenizer_id) if tokenizer_id else None
        if cache is not None and cache.exists():
            try:
                with cache.open("rb") as fh:
                    d = pickle.load(fh)
                d._tokenize = tokenize
                return d
            except Exception:  # a stale or truncated cache is rebuilt
                pass
        d = cls._build(tokenize, extra, data_dir)
        if cache is not None:
            _write_cache(cache, d)
        return d

    @classmethod
    def _build(cls, tokenize: Callable[[str], list[str]], extra: list[Path], data_dir: Path) -> "ActorDictionary":
        d = cls(tokenize)
        d._load_roles(data_dir / "roles.yaml")
        d._load_countries(data_dir / "countries.yaml")
        d._load_generics(data_dir / "generics.yaml")
        d._load_organizations(data_dir / "organizations.yaml")
        for f in sorted((data_dir / "people").glob("*.csv")):
            d._load_people(f)
        for f in extra:
            d.load_file(Path(f))
        d.names.freeze()
        d.roles.freeze()
        return d

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_tokenize"] = None
        state["_seen"] = {}
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)

    def load_file(self, path: Path) -> None:
        """Add one user dictionary file (format by suffix and shape, see module doc)."""
        if not path.exists():
            raise DataFileError(path, None, "no such dictionary file")
        if path.suffix.lower() == ".csv":
            self._load_people(path)
            return
        data = load_yaml(path)
        if isinstance(data, list):
            self._load_organizations(path, data)
        elif isinstance(data, dict):
            self._load_countries(path, data, with_pycountry=False)
        else:
            raise DataFileError(path, None, "expected a YAML list of organisations or a mapping of countries")

    def _key(self, phrase: str) -> tuple[str, ...]:
        return tuple(normalise_token(t) for t in self._tokenize(phrase.strip()) if t.strip())

    def _add_name(self, phrase: str, entry: ActorEntry, path: Path | str, line: int | None) -> None:
        phrase = re.sub(r"^(the|The)\s+", "", str(phrase).strip())
        if not phrase:
            return
        key = self._key(phrase)
        if not key:
            return
        case = case_pattern(self._tokenize(phrase))
        # the same phrase may come with several casings ("ISIS" and "Isis"): keep each
        if self._seen.get((key, entry.match, case)) is entry:
            return
        self._seen[(key, entry.match, case)] = entry
        self.names.add(key, entry, case)

    def _check_code(self, value: object, path: Path, line: int | None, what: str, allow_none=False) -> str | None:
        if value in (None, ""):
            if allow_none:
                return None
            raise DataFileError(path, line, f"missing {what}")
        v = str(value).strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", v):
            raise DataFileError(path, line, f"{what} {value!r} is not a 3-letter code")
        return v

    def _check_sector(self, value: object, path: Path, line: int | None) -> str | None:
        if value in (None, "", "null"):
            return None
        v = str(value).strip().upper()
        if v not in SECTORS:
            raise DataFileError(path, line, f"unknown sector {value!r} (see docs/conventions.md)")
        return v

    def _load_roles(self, path: Path) -> None:
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DataFileError(path, None, "expected a mapping of sectors")
        seen: dict[tuple[str, ...], tuple[str, int | None]] = {}
        for sector, classes in data.items():
            if sector == "modifiers":
                self.modifiers = {self._key(m) for m in classes}
                continue
            if sector == "former":
                self.former = {normalise_token(m) for m in classes}
                continue
            sec = self._check_sector(sector, path, line_of(sector))
            if not isinstance(classes, dict):
                raise DataFileError(path, line_of(sector), f"sector {sector}: expected head/person/collective lists")
            for cls, words in classes.items():
                if cls not in ("head", "person", "collective"):
                    raise DataFileError(path, line_of(cls), f"unknown role class {cls!r}")
                for w in words or ():
                    key = self._key(w)
                    if key in seen and seen[key][0] != sec:
                        raise DataFileError(path, line_of(w),
                                            f"role {w!r} is in {seen[key][0]} (line {seen[key][1]}) and {sec}")
                    seen[key] = (sec, line_of(w))
                    self.roles.add(key, RoleWord(str(w), sec, cls))

    def _load_countries(self, path: Path, data: dict | None = None, with_pycountry: bool = True) -> None:
        import pycountry

        if data is None:
            data = load_yaml(path)
        if not isinstance(data, dict):
            raise DataFileError(path, None, "expected a mapping of ISO alpha-3 codes")
        valid = {c.alpha_3 for c in pycountry.countries} | {"XKX", "KOS"}
        folds: dict[str, str] = {}
        for code, spec in data.items():
            if code in SPECIAL_KEYS:
                continue
            if spec is not None and not isinstance(spec, dict):
                raise DataFileError(path, line_of(code), f"{code}: expected a mapping")
            c = self._check_code(code, path, line_of(code), "country code")
            if c not in valid:
                raise DataFileError(path, line_of(code), f"{code!r} is not an ISO 3166-1 alpha-3 code")
            if spec and spec.get("fold_into"):
                folds[c] = self._check_code(spec["fold_into"], path, line_of(spec["fold_into"]), "fold_into")
        if with_pycountry:
            for country in pycountry.countries:
                target = folds.get(country.alpha_3, country.alpha_3)
                if target == country.alpha_3:
                    self.country_names.setdefault(target, getattr(country, "common_name", None) or country.name)
            for country in pycountry.countries:
                target = folds.get(country.alpha_3, country.alpha_3)
                entry = self._country_entry(target, path)
                for attr in ("name", "official_name", "common_name"):
                    nm = getattr(country, attr, None)
                    if nm and "," not in nm:
                        self._add_name(nm, entry, path, None)
        for code, spec in data.items():
            if code in SPECIAL_KEYS or not spec:
                continue
            c = folds.get(str(code), str(code))
            base = self._country_entry(c, path)
            first_name = (spec.get("names") or [None])[0]
            if first_name and (c not in self.country_names or "," in self.country_names[c]) and c == str(code):
                self.country_names[c] = re.sub(r"^(the|The)\s+", "", str(first_name))
                base.name = self.country_names[c]
            for key, match, sector in (("names", "name", None), ("demonyms", "demonym", None),
                                       ("capitals", "capital", "GOV"), ("government", "government", "GOV")):
                items = spec.get(key) or []
                if not isinstance(items, list):
                    raise DataFileError(path, line_of(items) or line_of(code), f"{code}.{key}: expected a list")
                entry = base if match == "name" else ActorEntry(
                    name=base.name, kind="country", match=match, country=c, sector=sector, source=f"{path}:{line_of(code)}")
                for phrase in items:
                    self._add_name(phrase, entry, path, line_of(phrase))
        for phrase in data.get("ambiguous") or []:
            self.ambiguous.add(self._key(phrase))
        for name, target in (data.get("actor_metonyms") or {}).items():
            # a capital that, as an actor, stands for someone else ("Brussels" -> EUR)
            t = self._check_code(target, path, line_of(name), "actor code")
            for e in self._entries_for(str(name)):
                if e.match == "capital":
                    e.actor_country = t
        for name, spec in (data.get("partially_recognised") or {}).items():
            if not isinstance(spec, dict) or "country" not in spec:
                raise DataFileError(path, line_of(name), f"partially_recognised {name}: needs 'country'")
            c = self._check_code(spec["country"], path, line_of(name), "country")
            dissolved = self._check_date(spec.get("dissolved"), path, line_of(name))
            # PLOVER 5.1.3: claiming state + PRE while the entity exists; a place afterwards
            periods = (Period(None, dissolved, c, "PRE"),) if dissolved else ()
            entry = ActorEntry(name=str(name), kind="country", match="pre", country=c,
                               sector=None if dissolved else "PRE", periods=periods,
                               source=f"{path}:{line_of(name)}")
            for phrase in [name, *(spec.get("aliases") or []), *(spec.get("demonyms") or [])]:
                self._add_name(phrase, entry, path, line_of(name))
            cap = ActorEntry(name=str(name), kind="country", match="capital", country=c,
                             sector=None if dissolved else "PRE", periods=periods, source=entry.source)
            cap.actor_sector = "PRE"
            for phrase in spec.get("capitals") or []:
                self._add_name(phrase, cap, path, line_of(name))
        for name, spec in (data.get("territories") or {}).items():
            if isinstance(spec, dict):
                c = self._check_code(spec.get("country"), path, line_of(name), "country")
                aliases = spec.get("aliases") or []
            else:
                c = self._check_code(spec, path, line_of(name), "country")
                aliases = []
            entry = ActorEntry(name=str(name), kind="country", match="territory", country=c, sector=None,
                               source=f"{path}:{line_of(name)}")
            for phrase in [name, *aliases]:
                self._add_name(phrase, entry, path, line_of(name))

    def _entries_for(self, phrase: str) -> list[ActorEntry]:
        key = self._key(phrase)
        return [v for toks, v, _ in self.names.table.get(key[0] if key else "", []) if toks == key]

    def _country_entry(self, code: str, path: Path) -> ActorEntry:
        key = ((code,), "country-base")
        if key not in self._seen:
            self.codes.add(code)
            self._seen[key] = ActorEntry(name=self.country_names.get(code, code), kind="country", match="name",
                                         country=code, sector=None, source=str(path))
        return self._seen[key]

    def _load_generics(self, path: Path) -> None:
        data = load_yaml(path)
        if not isinstance(data, list):
            raise DataFileError(path, None, "expected a list of generic collectives")
        for item in data:
            if not isinstance(item, dict):
                raise DataFileError(path, line_of(item), "expected a mapping with code, name, phrases")
            code = self._check_code(item.get("code"), path, line_of(item), "code")
            name = str(item.get("name") or code)
            entry = ActorEntry(name=name, kind="generic", match="generic", country=code, sector=None,
                               source=f"{path}:{line_of(item)}")
            adj = ActorEntry(name=name, kind="generic", match="generic_adj", country=code, sector=None,
                             source=f"{path}:{line_of(item)}")
            self.codes.add(code)
            for p in item.get("phrases") or []:
                self._add_name(p, entry, path, line_of(p))
            for p in item.get("adjectives") or []:
                self._add_name(p, adj, path, line_of(p))

    def _load_organizations(self, path: Path, data: list | None = None) -> None:
        if data is None:
            data = load_yaml(path)
        if not isinstance(data, list):
            raise DataFileError(path, None, "expected a list of organisations")
        for item in data:
            ln = line_of(item)
            if not isinstance(item, dict) or not item.get("name"):
                raise DataFileError(path, ln, "each organisation needs at least 'name' and 'country'")
            # country null: a name shared by many states ("Social Democrats"); it takes its country
            # from a nationality or possessive before it and otherwise only blocks shorter aliases
            country = self._check_code(item.get("country"), path, ln, "country", allow_none=True)
            sector = self._check_sector(item.get("sector"), path, ln)
            kind = str(item.get("kind") or ("igo" if country in ("UNO", "EUR", "IGO") else "organization"))
            if kind not in KINDS:
                raise DataFileError(path, ln, f"unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
            periods = []
            for p in item.get("periods") or []:
                if not isinstance(p, dict):
                    raise DataFileError(path, line_of(p) or ln, "a period is a mapping with start/end/country/sector")
                periods.append(Period(self._check_date(p.get("start"), path, line_of(p)),
                                      self._check_date(p.get("end"), path, line_of(p)),
                                      self._check_code(p.get("country"), path, line_of(p), "country", allow_none=True)
                                      or country,
                                      self._check_sector(p.get("sector"), path, line_of(p))))
            entry = ActorEntry(name=str(item["name"]), kind=kind, match="org", country=country, sector=sector,
                               periods=tuple(periods), source=f"{path}:{ln}")
            for phrase in [item["name"], *(item.get("aliases") or [])]:
                self._add_name(phrase, entry, path, line_of(phrase) or ln)
            for phrase in item.get("ambiguous") or []:
                self.ambiguous.add(self._key(phrase))

    def _check_date(self, value: object, path: Path, line: int | None) -> str | None:
        if value in (None, ""):
            return None
        v = str(value).strip()
        if not _DATE.match(v):
            raise DataFileError(path, line, f"date {value!r} is not YYYY-MM-DD")
        return v

    def _load_people(self, path: Path) -> None:
        pending: dict[str, tuple[list[Period], set[str], str | None, int]] = {}
        for n, row in read_csv_rows(path, PEOPLE_COLUMNS):
            name = row["name"].strip()
            if not name:
                raise DataFileError(path, n, "empty name")
            country = self._check_code(row["country"], path, n, "country")
            sector = self._check_sector(row["sector"], path, n)
            start = self._check_date(row["start"], path, n)
            end = self._check_date(row["end"], path, n)
            if start and end and end < start:
                raise DataFileError(path, n, f"end {end} is before start {start}")
            gender = (row.get("gender") or "").strip().lower() or None
            if gender not in (None, "m", "f"):
                raise DataFileError(path, n, f"gender {gender!r} must be m, f or empty")
            periods, aliases, g, first = pending.setdefault(name, ([], set(), gender, n))
            periods.append(Period(start, end, country, sector, row["role"].strip() or None))
            aliases.update(a.strip() for a in row["aliases"].split("|") if a.strip())
        for name, (periods, aliases, gender, first) in pending.items():
            entry = self.people.get(name)
            if entry is not None:
                # the same person in several files (a national office and an IGO office): one entry
                entry.periods = entry.periods + tuple(periods)
                entry.gender = entry.gender or gender
            else:
                entry = ActorEntry(name=name, kind="person", match="person", country=periods[0].country,
                                   sector=None, periods=tuple(periods), gender=gender, source=f"{path}:{first}")
                self.people[name] = entry
            for phrase in [name, *sorted(aliases)]:  # (a set's order would change with the hash seed)
                key = self._key(phrase)
                case = case_pattern(self._tokenize(phrase))
                # the same words with other capitals ("Lee Jae-myung", "Lee Jae-Myung"): keep each casing,
                # as _add_name does, so that the text's casing matches whichever it follows
                if (key, case, "person:" + name) in self._seen:
                    continue
                self._seen[(key, case, "person:" + name)] = entry
                self.names.add(key, entry, case)
            for p in periods:
                if p.role and p.country:
                    for word in _office_words(p.role):
                        self.office_holders.setdefault((p.country, word), []).append(entry)

    # ------------------------------------------------------------------ queries
    def office_holder(self, country: str, role_word: str, day: str | None) -> ActorEntry | None:
        """The person holding ``role_word`` (e.g. "foreign minister") in ``country`` on ``day``.

        Returns None when nobody or more than one person matches.
        """
        cands = self.office_holders.get((country, role_word))
        if not cands or day is None:
            return None
        found = {e.name: e for e in cands for p in e.periods
                 if p.country == country and p.role and role_word in _office_words(p.role) and p.contains(day)}
        return next(iter(found.values())) if len(found) == 1 else None

    def stats(self) -> dict[str, int]:
        """Counts of loaded phrases, people and role words (for `accord dictionaries stats`)."""
        return {"name_phrases": len(self.names), "people": len(self.people), "role_words": len(self.roles),
                "countries": len(self.country_names)}


def _cache_path(data_dir: Path, extra: list[Path], tokenizer_id: str) -> Path | None:
    from accord import __version__

    root = Path(os.environ.get("ACCORD_CACHE") or Path.home() / ".cache" / "accord")
    h = hashlib.sha1(f"{__version__}|{tokenizer_id}".encode())
    # the building code is part of the key too: a change to this module rebuilds the cache
    files = [Path(__file__)] + \
        sorted(p for p in data_dir.rglob("*") if p.suffix in (".yaml", ".csv") and p.is_file()) + extra
    try:
        for f in files:
            h.update(str(f.name).encode())
            h.update(f.read_bytes())
    except OSError:
        return None
    return root / f"actors-{h.hexdigest()[:20]}.pickle"


def _write_cache(path: Path, d: "ActorDictionary") -> None:
    """Write atomically; a read-only home directory just means no cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(d, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


_OFFICE_CANON = {
    "president": "president", "prime minister": "prime minister", "premier": "prime minister",
    "chancellor": "prime minister", "foreign minister": "foreign minister",
    "minister of foreign affairs": "foreign minister", "foreign secretary": "foreign minister",
    "secretary of state": "foreign minister", "defence minister": "defence minister",
    "defense minister": "defence minister", "defense secretary": "defence minister",
    "defence secretary": "defence minister", "supreme leader": "supreme leader", "king": "king",
    "queen": "queen", "emir": "emir", "secretary-general": "secretary-general",
    "secretary general": "secretary-general",
}


def _office_words(role: str) -> set[str]:
    """Canonical office keys in a role string: "Minister of Foreign Affairs" -> {"foreign minister"}."""
    r = role.lower()
    out = {canon for phrase, canon in _OFFICE_CANON.items() if phrase in r}
    if "vice" in r or "deputy" in r:
        out.discard("president")
        out.discard("prime minister")
        out.discard("foreign minister")
    return out


def office_key(role_phrase: str) -> str | None:
    """Canonical office key of a title used in text ("Foreign Minister" -> "foreign minister")."""
    keys = _office_words(role_phrase)
    return next(iter(keys)) if len(keys) == 1 else None

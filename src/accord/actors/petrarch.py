"""Convert PETRARCH/Phoenix (TABARI-style) actor dictionaries into accord's YAML.

The older coders keep actors in flat text files (see the PETRARCH dictionary
documentation, "Actor dictionary")::

    # comment
    ABDULLAH_GUL_
    +GUL_
    +PRESIDENT_GUL_
    [TURLEG 20030314-20070828]
    [TURGOV >20070828]
    ISLAMABAD_  [PAKGOV]

* a line starting with a letter opens an entry: words joined by ``_`` (a final
  ``_`` marks "no stemming" and is dropped); a ``[CODE]`` may follow on the line;
* ``+NAME`` lines add synonyms;
* ``[CODE]`` lines give the code; ``[CODE >YYYYMMDD]`` from a date,
  ``[CODE <YYYYMMDD]`` until a date, ``[CODE YYYYMMDD-YYYYMMDD]`` between two dates
  (six-digit YYMMDD dates of TABARI files are read with 1930-2029 years);
* ``#`` and ``<!-- ... -->`` lines are comments.

Codes map to accord's country + sector: the first three letters are the country,
the next three the sector when it is one of accord's sectors (further CAMEO
sub-codes are dropped); ``IGOUNO...`` becomes ``UNO``, ``IGOEUR...`` ``EUR`` and
other ``IGO...`` codes ``IGO``.  The output is a list in the organisations format
(docs/actor-codes.md), loadable with ``--actors``; undated codes give the base code,
dated codes become ``periods``.  Entries with dated codes are written with kind
``person`` (in the Phoenix files dated entries are people), others ``organization``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from accord.actors.dictionary import SECTORS
from accord.datafiles import DataFileError

_CODE = re.compile(r"\[\s*([A-Z0-9\-]{3,})\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?\s*\]")


@dataclass
class _Entry:
    name: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None, int]] = field(default_factory=list)


def _words(token: str) -> str:
    return re.sub(r"\s+", " ", token.strip().rstrip("_").replace("_", " ")).strip()


def _title(phrase: str) -> str:
    """PETRARCH phrases are upper case; write them as names ("ABDULLAH GUL" -> "Abdullah Gul").

    A one-word phrase of at most four letters is taken for an acronym and kept ("UNDP", "NATO").
    Matching ignores case, so this only affects how names read.
    """
    words = phrase.split()
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0].upper()
    return " ".join(w.capitalize() for w in words)


def _date(value: str, path: Path, line: int) -> str:
    if len(value) == 6:
        yy = int(value[:2])
        value = (f"20{value[:2]}" if yy < 30 else f"19{value[:2]}") + value[2:]
    y, m, d = value[:4], value[4:6], value[6:8]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        raise DataFileError(path, line, f"bad date {value!r} in a code restriction")
    return f"{y}-{m}-{d}"


def split_code(code: str) -> tuple[str, str | None]:
    """(country, sector) of a CAMEO/PETRARCH actor code, e.g. PAKGOVMIL -> (PAK, GOV)."""
    code = code.upper()
    if code.startswith("IGO"):
        rest = code[3:]
        if rest.startswith("UNO"):
            return "UNO", None
        if rest.startswith("EUR"):
            return "EUR", None
        return "IGO", None
    country = code[:3]
    sector = code[3:6] if code[3:6] in SECTORS else None
    return country, sector


def parse_petrarch(path: str | Path) -> list[_Entry]:
    """Parse a PETRARCH actor dictionary file.

    Raises:
        DataFileError: a code line or synonym outside an entry, a malformed code or
            date (file and line named).
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="strict").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, f"cannot read: {exc}") from None
    entries: list[_Entry] = []
    cur: _Entry | None = None
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("<!--") else ""
        if not line.strip():
            continue
        s = line.strip()
        if s.startswith("+"):
            if cur is None:
                raise DataFileError(path, n, "synonym line before any actor entry")
            syn = _CODE.sub("", s[1:])
            cur.synonyms.append(_words(syn))
            continue
        if s.startswith("["):
            if cur is None:
                raise DataFileError(path, n, "code line before any actor entry")
            m = _CODE.fullmatch(s)
            if not m:
                raise DataFileError(path, n, f"malformed code {s!r}")
            cur.codes.append(_code_tuple(m, path, n))
            continue
        if not (s[0].isalnum() or s[0] in "'\"-"):
            raise DataFileError(path, n, f"cannot read line {s!r}")
        codes = list(_CODE.finditer(s))
        name = _words(_CODE.sub("", s))
        if not name:
            raise DataFileError(path, n, "entry without a name")
        cur = _Entry(name, n)
        entries.append(cur)
        for m in codes:
            cur.codes.append(_code_tuple(m, path, n))
    return entries


def _code_tuple(m: re.Match, path: Path, n: int) -> tuple[str, str | None, str | None, int]:
    code, op, d1, a, b = m.groups()
    start = end = None
    if op == ">":
        start = _date(d1, path, n)
    elif op == "<":
        end = _date(d1, path, n)
    elif a:
        start, end = _date(a, path, n), _date(b, path, n)
    return code, start, end, n


def convert(path: str | Path) -> list[dict]:
    """Entries of a PETRARCH actor file as accord organisation records (see module doc).

    Entries without any code (and codes with an unknown country ``---``) are skipped.
    """
    path = Path(path)
    out = []
    for e in parse_petrarch(path):
        codes = [c for c in e.codes if not c[0].startswith("---")]
        if not codes:
            continue
        undated = [c for c in codes if c[1] is None and c[2] is None]
        dated = [c for c in codes if c not in undated]
        base = undated[0] if undated else max(dated, key=lambda c: c[1] or "")
        country, sector = split_code(base[0])
        rec: dict = {"name": _title(e.name), "country": country, "sector": sector,
                     "kind": "person" if dated else ("igo" if country in ("IGO", "UNO", "EUR") else "organization"),
                     "aliases": sorted({_title(e.name), *(_title(s) for s in e.synonyms if s)})}
        if dated:
            rec["periods"] = []
            for code, start, end, _ in dated:
                c, sec = split_code(code)
                period = {"start": start, "end": end, "country": c, "sector": sec}
                rec["periods"].append({k: v for k, v in period.items() if v is not None})
        out.append(rec)
    return out


def write_yaml(records: list[dict], output: str | Path, source: str) -> None:
    """Write converted records with a header naming their source."""
    header = (f"# accord actor dictionary converted from the PETRARCH-format file {source}\n"
              f"# by `accord dictionaries import-petrarch`; load it with --actors.\n")
    Path(output).write_text(header + yaml.safe_dump(records, sort_keys=False, allow_unicode=True), encoding="utf-8")

"""Exports of the event store: Parquet, CSV, JSONL, GDELT 2.0 and POLECAT layouts.

    >>> from accord.exports import export
    >>> export("accord.duckdb", "gdelt", "events.gdelt.tsv", dedupe="one-a-day")   # doctest: +SKIP

* ``jsonl``   the event record contract, one object a line (deduplicated records carry
  ``n_mentions``, ``n_articles``, ``n_sources`` too);
* ``csv``     the flat shape of :func:`accord.writers.flatten` (``FLAT_COLUMNS``);
* ``parquet`` the same flat columns, typed, plus ``record``: the full record as JSON
  text, so that :func:`read_parquet` gives back exactly the events that were written;
* ``gdelt``   the 61 columns of the GDELT 2.0 event table, tab-separated;
* ``polecat`` the POLECAT column set, tab-separated.

``docs/store.md`` documents how every GDELT and POLECAT column is filled.
"""
from __future__ import annotations

import csv
import hashlib
import json
import sys
from contextlib import contextmanager
from datetime import date as _date
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import duckdb

from accord.analysis import COUNT_COLUMNS, _Conn, _check_dedupe, event_records
from accord.store import entity_country
from accord.writers import FLAT_COLUMNS, flatten

EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "gdelt", "polecat")

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
"""The GDELT 2.0 event table, in GDELT's column order (61 columns)."""

POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version", "Story ID", "Headline",
)
"""The POLECAT columns (its public weekly files), then accord's ``Story ID`` and ``Headline``."""

NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "ISM", "MNC"})
"""Country parts that name an organisation, not a place: GDELT gets them as KnownGroupCode."""

CAMEO_ROLE = {"JRN": "MED", "MED": "HLH"}
"""accord (PLOVER) sectors whose CAMEO role code differs: journalists are CAMEO MED, health HLH."""


class ExportError(ValueError):
    """The export cannot be written as asked."""


# --------------------------------------------------------------------------- helpers

@contextmanager
def _open_text(output: str | Path) -> Iterator[IO[str]]:
    if str(output) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="utf-8", newline="") as fh:
        yield fh


def _batched(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def _article_info(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Article metadata and the article's mentioned people/organisations/places."""
    rows = con.execute("""
        SELECT a.id, a.url, a.source, a.title, a.date, a.coded_at,
               list(DISTINCT m.name ORDER BY m.name) FILTER (WHERE m.kind = 'person') AS people,
               list(DISTINCT m.name ORDER BY m.name) FILTER (WHERE m.kind IN ('igo', 'organization', 'group'))
                 AS orgs,
               list(DISTINCT m.name ORDER BY m.name) FILTER (WHERE m.kind = 'country') AS places
        FROM articles a LEFT JOIN mentions m ON m.article_id = a.id
        WHERE a.id IN (SELECT unnest($ids::VARCHAR[]))
        GROUP BY ALL""", {"ids": ids}).fetchall()
    keys = ("url", "source", "title", "date", "coded_at", "people", "orgs", "places")
    return {r[0]: dict(zip(keys, r[1:])) for r in rows}


def _records_with_articles(db: str | Path, con: duckdb.DuckDBPyConnection, dedupe: str,
                           filters: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for batch in _batched(event_records(db, dedupe=dedupe, con=con, **filters), 5000):
        info = _article_info(con, sorted({r["article_id"] for r in batch}))
        for rec in batch:
            yield rec, info.get(rec["article_id"], {})


def _join(values: Iterable[Any]) -> str:
    return ";".join("" if v is None else str(v) for v in values)


# --------------------------------------------------------------------------- GDELT

def _gdelt_actor(e: dict[str, Any] | None) -> list[Any]:
    """The ten Actor<n> columns of one entity (empty when there is none)."""
    if e is None:
        return [""] * 10
    country = entity_country(e)
    sector = e.get("sector") or ""
    role = CAMEO_ROLE.get(sector, sector)
    group = country if country in NON_STATE else ""
    code = (country + role) if e.get("code", "").startswith(country) else e.get("code", "")
    name = (e.get("name") or e.get("text") or "").upper()
    return [code, name, "" if group else country, group, "", "", "", role, "", ""]


def _gdelt_geo(loc: dict[str, Any] | None) -> list[Any]:
    """The eight geo columns from an event's ``location`` (when the coder gives one)."""
    if not loc:
        return [""] * 8
    lat, lon = loc.get("lat"), loc.get("lon", loc.get("long"))
    gtype = loc.get("type") or (4 if lat is not None and lon is not None else (1 if loc.get("country") else ""))
    return [gtype, loc.get("name") or loc.get("text") or "", loc.get("country") or "", loc.get("adm1") or "",
            loc.get("adm2") or "", "" if lat is None else lat, "" if lon is None else lon,
            loc.get("feature_id") or loc.get("geonames_id") or ""]


def _gdelt_pairs(rec: dict[str, Any]) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """(Actor1, Actor2) entity pairs of an event: one GDELT row each (docs/store.md)."""
    actors, recips = rec.get("actor") or [], rec.get("recipient") or []
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    seen: set[tuple[str, str]] = set()
    if recips:
        cands = [(a, r) for a in (actors or [None]) for r in recips]
    elif len(actors) > 1:
        cands = [(a, b) for a in actors for b in actors if a is not b and a.get("code") != b.get("code")]
    else:
        cands = [(actors[0] if actors else None, None)]
    for a, r in cands:
        key = ((a or {}).get("code", ""), (r or {}).get("code", ""))
        if key in seen:
            continue
        seen.add(key)
        pairs.append((a, r))
    return pairs


def gdelt_rows(rec: dict[str, Any], art: dict[str, Any]) -> Iterator[list[Any]]:
    """The GDELT 2.0 rows (lists in :data:`GDELT_COLUMNS` order) of one event record."""
    day = rec.get("date")
    if day:
        d = _date.fromisoformat(day)
        dates = [d.strftime("%Y%m%d"), d.strftime("%Y%m"), d.year,
                 f"{d.year + ((d.month - 1) * 30 + d.day) / 365:.4f}"]
    else:
        dates = ["", "", "", ""]
    code = rec["cameo_code"]
    base = code[:3] if len(code) >= 3 else code + "0"
    coded_at = art.get("coded_at")
    added = coded_at.strftime("%Y%m%d%H%M%S") if isinstance(coded_at, datetime) else ""
    event = [1 if rec.get("sentence_index") == 0 else 0, code, base, code[:2], gdelt_quad_class(code),
             rec["goldstein"], rec.get("n_mentions", 1), rec.get("n_sources", 1), rec.get("n_articles", 1), ""]
    tail = [added, art.get("url") or rec["article_id"]]
    geo = _gdelt_geo(rec.get("location"))
    for k, (a, r) in enumerate(_gdelt_pairs(rec)):
        if k == 0:
            gid = int(rec["event_id"][:15], 16)
        else:
            key = f"{rec['event_id']}|{(a or {}).get('code', '')}|{(r or {}).get('code', '')}"
            gid = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:15], 16)
        yield [gid] + dates + _gdelt_actor(a) + _gdelt_actor(r) + event + [""] * 16 + geo + tail


# --------------------------------------------------------------------------- POLECAT

def polecat_row(rec: dict[str, Any], art: dict[str, Any], intensity: float | None) -> list[Any]:
    """One POLECAT row (list in :data:`POLECAT_COLUMNS` order) of an event record."""

    def side(ents: list[dict[str, Any]]) -> list[Any]:
        sectors = [e.get("sector") for e in ents if e.get("sector")]
        countries = list(dict.fromkeys(entity_country(e) for e in ents))
        return [_join(e.get("name") for e in ents), _join(countries), "", sectors[0] if sectors else "",
                _join(dict.fromkeys(sectors)), "", _join(e.get("text") for e in ents), ""]

    loc = rec.get("location") or {}
    geo = [loc.get("name") or "", loc.get("city") or "", loc.get("district") or loc.get("adm2") or "",
           loc.get("province") or loc.get("adm1") or "", loc.get("country") or "",
           loc.get("lat", ""), loc.get("lon", loc.get("long", "")),
           loc.get("geonames_id") or loc.get("feature_id") or "",
           loc.get("text") or "", loc.get("feature_type") or ""]
    pub = art.get("date")
    return ([rec["event_id"], rec.get("date") or "", rec.get("event_type") or "", rec.get("mode") or "",
             "" if intensity is None else intensity, rec["quad_class"], _join(rec.get("context") or [])]
            + side(rec.get("actor") or []) + side(rec.get("recipient") or []) + geo
            + [art.get("source") or "", pub.isoformat() if isinstance(pub, _date) else (pub or ""),
               _join(art.get("people") or []), _join(art.get("orgs") or []), _join(art.get("places") or []),
               "en", rec.get("coder_version") or "", rec["article_id"], art.get("title") or ""])


def _intensity(ontology: Any, rec: dict[str, Any]) -> float | None:
    t = rec.get("event_type")
    if not t:
        return None
    try:
        return ontology.plover_score(t, rec.get("mode"))
    except KeyError:
        try:
            return ontology.plover_score(t, None)
        except KeyError:
            return None


# --------------------------------------------------------------------------- Parquet

def gdelt_quad_class(cameo_code: str) -> int:
    """GDELT's QuadClass of a CAMEO code, from its root: 01-05 verbal cooperation (1), 06-08
    material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).

    accord's own ``quad_class`` follows the PLOVER type (docs/conventions.md), which differs for
    appeals (02, REQUEST: 3 in accord, 1 here) and a few others; the GDELT export keeps GDELT's
    convention so that existing GDELT scripts read it as they expect.
    """
    root = int(cameo_code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _parquet_schema(counted: bool):
    import pyarrow as pa

    types = {"date": pa.date32(), "goldstein": pa.float64(), "quad_class": pa.int8(),
             "trigger_start": pa.int32(), "trigger_end": pa.int32(), "sentence_index": pa.int32(),
             "negated": pa.bool_(), "future": pa.bool_(), "hypothetical": pa.bool_(), "historical": pa.bool_(),
             "confidence": pa.float64()}
    fields = [(c, types.get(c, pa.string())) for c in FLAT_COLUMNS]
    if counted:
        fields += [(c, pa.int64()) for c in COUNT_COLUMNS]
    fields.append(("record", pa.string()))
    return pa.schema(fields)


def write_parquet(records: Iterable[dict[str, Any]], path: str | Path, counted: bool = False,
                  batch: int = 20_000) -> int:
    """Write records (``Event.to_dict()`` form) as flat Parquet plus a ``record`` JSON column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema(counted)
    n = 0
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(str(path), schema, compression="zstd") as w:
        for chunk in _batched(records, batch):
            rows = []
            for rec in chunk:
                row = flatten(rec)
                row["date"] = _date.fromisoformat(row["date"]) if row.get("date") else None
                if counted:
                    for k in COUNT_COLUMNS:
                        row[k] = rec.get(k)
                contract = {k: v for k, v in rec.items() if k not in COUNT_COLUMNS}
                row["record"] = json.dumps(contract, ensure_ascii=False)
                rows.append(row)
            w.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
        if n == 0:
            w.write_table(pa.Table.from_pylist([], schema=schema))
    return n


def _parquet_source(path: str | Path) -> str:
    p = Path(path)
    if p.is_dir():
        return str(p / "**" / "*.parquet")
    return str(p)


def is_parquet_input(path: str | Path) -> bool:
    """A ``.parquet`` file, or a directory holding some (a Spark output directory)."""
    p = Path(path)
    if p.is_file():
        return p.name.lower().endswith(".parquet")
    if p.is_dir():
        return any(p.rglob("*.parquet"))
    return False


def _split(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    return str(value).split(";")


def _flat_entities(row: dict[str, Any], side: str) -> list[dict[str, Any]]:
    codes = _split(row.get(f"{side}_code"))
    names, countries = _split(row.get(f"{side}_name")), _split(row.get(f"{side}_country"))
    sectors, texts = _split(row.get(f"{side}_sector")), _split(row.get(f"{side}_text"))

    def at(lst: list[str], i: int) -> str | None:
        return lst[i] if i < len(lst) and lst[i] != "" else None

    out = []
    for i, code in enumerate(codes):
        out.append({"text": at(texts, i) or code, "start": 0, "end": 0, "name": at(names, i) or code,
                    "code": code, "country": at(countries, i), "sector": at(sectors, i),
                    "kind": "country" if len(code) == 3 else "organization"})
    return out


def record_from_flat(row: dict[str, Any]) -> dict[str, Any]:
    """Rebuild a record from a flat row (FLAT_COLUMNS) of a file without the ``record`` column.

    Lossy: entity offsets are unknown (0) and entity kinds are guessed.
    """
    day = row.get("date")
    if isinstance(day, (datetime, _date)):
        day = day.isoformat()[:10]
    sp = row.get("speaker_code")
    return {
        "event_id": row["event_id"], "article_id": row["article_id"], "date": day or None,
        "event_type": row.get("event_type") or None, "mode": row.get("mode") or None,
        "context": _split(row.get("context")), "cameo_code": str(row["cameo_code"]),
        "goldstein": float(row["goldstein"]), "quad_class": int(row["quad_class"]),
        "actor": _flat_entities(row, "actor"), "recipient": _flat_entities(row, "recipient"),
        "trigger": {"text": row.get("trigger_text") or "", "start": int(row.get("trigger_start") or 0),
                    "end": int(row.get("trigger_end") or 0)},
        "sentence_index": int(row.get("sentence_index") or 0), "sentence": row.get("sentence") or "",
        "negated": bool(row.get("negated")), "future": bool(row.get("future")),
        "hypothetical": bool(row.get("hypothetical")), "historical": bool(row.get("historical")),
        "quote": row.get("quote") or None,
        "speaker": ({"text": sp, "start": 0, "end": 0, "name": row.get("speaker_name") or sp, "code": sp,
                     "country": sp[:3], "sector": sp[3:] or None, "kind": "person"} if sp else None),
        "location": None, "confidence": float(row.get("confidence") or 0.0),
        "coder_version": row.get("coder_version") or "",
    }


def read_parquet(path: str | Path, batch: int = 10_000) -> Iterator[dict[str, Any]]:
    """Event records from Parquet written by :func:`export` or by the Spark job.

    ``path`` is a file or a directory of files (read recursively, hive-style
    ``date=.../`` partitions allowed).  Files with the ``record`` column give the
    records back exactly; files with only the flat columns are rebuilt with
    :func:`record_from_flat`.  Records come sorted by article id, then event id, so
    each article's events are together.
    """
    src = _parquet_source(path)
    con = duckdb.connect()
    try:
        rel = con.sql("SELECT * FROM read_parquet($src, hive_partitioning = true, union_by_name = true) LIMIT 0",
                      params={"src": src})
        cols = rel.columns
        missing = [c for c in ("event_id", "article_id") if c not in cols]
        if missing:
            raise ExportError(f"{path}: not an accord event file (no {', '.join(missing)} column)")
        cur = con.cursor()
        cur.execute("SELECT * FROM read_parquet($src, hive_partitioning = true, union_by_name = true) "
                    "ORDER BY article_id, event_id", {"src": src})
        names = [d[0] for d in cur.description]
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                break
            for values in rows:
                row = dict(zip(names, values))
                rec = row.get("record")
                if isinstance(rec, str) and rec:
                    yield json.loads(rec)
                else:
                    yield record_from_flat(row)
        cur.close()
    finally:
        con.close()


# --------------------------------------------------------------------------- export

def export(db: str | Path, fmt: str, output: str | Path, *, dedupe: str = "none", header: bool = True,
           con: duckdb.DuckDBPyConnection | None = None, **filters: Any) -> int:
    """Write the selected events to ``output`` (``-``: standard output, except Parquet).

    Args:
        fmt: one of :data:`EXPORT_FORMATS`.
        dedupe: ``none`` or ``one-a-day`` (GDELT's NumMentions/NumArticles/NumSources
            and the deduplicated record counts come from it).
        header: write the header line (GDELT files have none; ``header=False`` gives
            the exact GDELT layout).
        filters: as for :func:`accord.analysis.events`.
    Returns:
        rows written (GDELT: one row per actor pair of an event, docs/store.md).
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"--format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}")
    counted = _check_dedupe(dedupe) != "none"
    with _Conn(db, con) as c:
        if fmt == "parquet":
            if str(output) == "-":
                raise ExportError("Parquet cannot be written to standard output: give -o FILE.parquet")
            return write_parquet(event_records(db, dedupe=dedupe, con=c, **filters), output, counted)
        n = 0
        with _open_text(output) as fh:
            if fmt == "jsonl":
                for rec in event_records(db, dedupe=dedupe, con=c, **filters):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
            elif fmt == "csv":
                cols = list(FLAT_COLUMNS) + (list(COUNT_COLUMNS) if counted else [])
                w = csv.DictWriter(fh, fieldnames=cols)
                if header:
                    w.writeheader()
                for rec in event_records(db, dedupe=dedupe, con=c, **filters):
                    row = flatten(rec)
                    if counted:
                        row.update({k: rec[k] for k in COUNT_COLUMNS})
                    w.writerow(row)
                    n += 1
            elif fmt == "gdelt":
                if header:
                    fh.write(_tsv(GDELT_COLUMNS))
                for rec, art in _records_with_articles(db, c, dedupe, filters):
                    for row in gdelt_rows(rec, art):
                        fh.write(_tsv(row))
                        n += 1
            else:  # polecat
                from accord.ontology import load_ontology

                onto = load_ontology()
                if header:
                    fh.write(_tsv(POLECAT_COLUMNS))
                for rec, art in _records_with_articles(db, c, dedupe, filters):
                    fh.write(_tsv(polecat_row(rec, art, _intensity(onto, rec))))
                    n += 1
        return n


def _tsv(values: Iterable[Any]) -> str:
    """One tab-separated line; tabs and line breaks inside values become spaces (no quoting,
    as in GDELT's and POLECAT's files)."""
    return "\t".join(_clean(v) for v in values) + "\n"


def _clean(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")

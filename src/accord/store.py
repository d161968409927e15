"""The event store: one DuckDB file holding articles, events, entity mentions and failures.

Everything accord codes can be kept in an embedded DuckDB database (default
``accord.duckdb`` in the working directory) and queried later with
:mod:`accord.analysis`, exported with :mod:`accord.exports` and drawn with
:mod:`accord.plots`.  ``docs/store.md`` documents the schema and the guarantees.

Tables (schema version :data:`SCHEMA_VERSION`):

``meta``      key/value pairs; ``schema_version`` is the one that matters.
``articles``  one row per stored article: id, content hash, metadata, when and by
              which coder it was coded, how many events and mentions it gave.
``events``    one row per event: every field of the record contract
              (:class:`accord.records.Event`), entity lists as DuckDB STRUCT lists,
              plus flattened ``actor_codes``/``actor_countries``/... lists for filtering.
``dyads``     derived from ``events`` (same transaction): one row per ordered
              (actor entity, recipient entity) pair of an event, with flags that make
              country-level and code-level counts exact.  Rebuildable from ``events``.
``mentions``  every resolved actor mention of every stored article.
``failures``  inputs and articles that could not be read or coded (path, line, reason).

Writing (:func:`ingest`, :func:`import_events`) commits per batch of articles in one
transaction: an article's row, its events, dyads and mentions are stored together or
not at all, so a killed run loses at most the batch in flight and a re-run picks up
where it stopped.  An article whose (id, content hash) is already stored is skipped
before it is parsed; the same id with a different hash is re-coded and its old rows
replaced in the same transaction as the new ones.

DuckDB allows one writer *process* at a time; read-only connections
(:func:`connect` with ``read_only=True``, what every query uses) from any number of
processes share the file, but cannot open it while a writer holds it.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import duckdb

from accord.records import Article, Entity, Event

DEFAULT_DB = "accord.duckdb"
"""The store used when no ``--db`` is given: ``accord.duckdb`` in the working directory."""

ENTITY_SQL = ('STRUCT("text" VARCHAR, "start" INTEGER, "end" INTEGER, "name" VARCHAR, "code" VARCHAR, '
              '"country" VARCHAR, "sector" VARCHAR, "kind" VARCHAR)')
"""DuckDB type of one entity (the fields of :class:`accord.records.Entity`, in order)."""

TRIGGER_SQL = 'STRUCT("text" VARCHAR, "start" INTEGER, "end" INTEGER)'


class StoreError(RuntimeError):
    """The store cannot be opened or used as asked (missing file, wrong version, not a store)."""


class StoreLockedError(StoreError):
    """Another process holds the database file in a conflicting mode."""


# --------------------------------------------------------------------------- schema

_V1 = [
    """CREATE TABLE meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL)""",
    """CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL,
        date DATE,
        title VARCHAR,
        byline VARCHAR,
        source VARCHAR,
        url VARCHAR,
        source_path VARCHAR,
        line INTEGER,
        coded_at TIMESTAMP NOT NULL,
        coder_version VARCHAR,
        n_events INTEGER NOT NULL,
        n_mentions INTEGER NOT NULL)""",
    f"""CREATE TABLE events (
        event_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        date DATE,
        event_type VARCHAR,
        mode VARCHAR,
        context VARCHAR[] NOT NULL,
        cameo_code VARCHAR NOT NULL,
        goldstein DOUBLE NOT NULL,
        quad_class TINYINT NOT NULL,
        actor {ENTITY_SQL}[] NOT NULL,
        recipient {ENTITY_SQL}[] NOT NULL,
        "trigger" {TRIGGER_SQL} NOT NULL,
        sentence_index INTEGER NOT NULL,
        sentence VARCHAR NOT NULL,
        negated BOOLEAN NOT NULL,
        future BOOLEAN NOT NULL,
        hypothetical BOOLEAN NOT NULL,
        historical BOOLEAN NOT NULL,
        quote VARCHAR,
        speaker {ENTITY_SQL},
        location VARCHAR,
        confidence DOUBLE NOT NULL,
        coder_version VARCHAR NOT NULL,
        actor_codes VARCHAR[] NOT NULL,
        actor_countries VARCHAR[] NOT NULL,
        actor_sectors VARCHAR[] NOT NULL,
        recipient_codes VARCHAR[] NOT NULL,
        recipient_countries VARCHAR[] NOT NULL,
        recipient_sectors VARCHAR[] NOT NULL,
        actor_key VARCHAR NOT NULL,
        recipient_key VARCHAR NOT NULL)""",
    """CREATE TABLE dyads (
        event_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        date DATE,
        event_type VARCHAR,
        cameo_code VARCHAR NOT NULL,
        quad_class TINYINT NOT NULL,
        goldstein DOUBLE NOT NULL,
        asserted BOOLEAN NOT NULL,
        reciprocal BOOLEAN NOT NULL,
        actor_code VARCHAR NOT NULL,
        actor_country VARCHAR NOT NULL,
        recipient_code VARCHAR NOT NULL,
        recipient_country VARCHAR NOT NULL,
        country_first BOOLEAN NOT NULL,
        code_first BOOLEAN NOT NULL,
        actor_key VARCHAR NOT NULL,
        recipient_key VARCHAR NOT NULL)""",
    """CREATE TABLE mentions (
        article_id VARCHAR NOT NULL,
        sentence_index INTEGER,
        "text" VARCHAR NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        name VARCHAR,
        code VARCHAR NOT NULL,
        country VARCHAR,
        sector VARCHAR,
        kind VARCHAR)""",
    """CREATE TABLE failures (
        path VARCHAR NOT NULL,
        line INTEGER,
        article_id VARCHAR,
        reason VARCHAR NOT NULL,
        seen_at TIMESTAMP NOT NULL)""",
]


def _migrate_to_v1(con: duckdb.DuckDBPyConnection) -> None:
    """Version 1: the first schema (articles, events, dyads, mentions, failures, meta)."""
    for stmt in _V1:
        con.execute(stmt)


MIGRATIONS: list[Callable[[duckdb.DuckDBPyConnection], None]] = [_migrate_to_v1]
"""``MIGRATIONS[k]`` brings a store from schema version ``k`` to ``k + 1``.

To change the schema, append a function (never edit a released one); it runs in
one transaction with the version bump, so a store is never left half-migrated.
"""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this accord writes and reads."""

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "date", "event_type", "mode", "context", "cameo_code", "goldstein",
    "quad_class", "actor", "recipient", "trigger", "sentence_index", "sentence", "negated", "future",
    "hypothetical", "historical", "quote", "speaker", "location", "confidence", "coder_version",
)
"""The columns of ``events`` that hold the record contract, in contract order."""

DYADS_FROM_EVENTS = """
WITH ev AS (
    SELECT event_id, article_id, date, event_type, cameo_code, quad_class, goldstein, actor_key, recipient_key,
           NOT (negated OR hypothetical) AS asserted, len(recipient) = 0 AS reciprocal,
           actor, CASE WHEN len(recipient) = 0 THEN actor ELSE recipient END AS other
    FROM {source}
    WHERE len(actor) > 0 AND (len(recipient) > 0 OR len(actor) > 1)
),
a AS (
    SELECT * EXCLUDE (actor), unnest(actor) AS ae, generate_subscripts(actor, 1) AS ai FROM ev
),
p AS (
    SELECT * EXCLUDE (other), unnest(other) AS re, generate_subscripts(other, 1) AS ri FROM a
),
q AS (
    SELECT event_id, article_id, date, event_type, cameo_code, quad_class, goldstein, asserted, reciprocal,
           actor_key, recipient_key, ai, ri,
           ae.code AS actor_code, coalesce(ae.country, left(ae.code, 3)) AS actor_country,
           re.code AS recipient_code, coalesce(re.country, left(re.code, 3)) AS recipient_country
    FROM p
    WHERE NOT (reciprocal AND ai = ri) AND coalesce(ae.code, '') <> '' AND coalesce(re.code, '') <> ''
),
f AS (
    SELECT * EXCLUDE (ai, ri),
           (NOT reciprocal OR actor_country <> recipient_country)
             AND row_number() OVER (PARTITION BY event_id, actor_country, recipient_country ORDER BY ai, ri) = 1
             AS country_first,
           (NOT reciprocal OR actor_code <> recipient_code)
             AND row_number() OVER (PARTITION BY event_id, actor_code, recipient_code ORDER BY ai, ri) = 1
             AS code_first
    FROM q
)
SELECT * FROM f WHERE country_first OR code_first
"""
"""SQL deriving ``dyads`` rows from a relation with the ``events`` columns.

An event with recipients gives every (actor entity, recipient entity) pair; an event
with several actors and no recipient (a meeting, talks) gives every ordered pair of
two different actor entities.  ``country_first`` marks the one row that counts for a
(actor country, recipient country) pair of the event (for reciprocal events only when
the two countries differ); ``code_first`` the same for full codes.  An entity's
country is its ``country``, or the first three letters of its code when unset.
``actor_key``/``recipient_key`` (the event's sorted codes) let one-a-day dedupe run on
this table alone.
"""


# --------------------------------------------------------------------------- connections

def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "lock" in msg and ("conflicting" in msg or "could not set" in msg)


def _open(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(0.0, wait)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise StoreError(f"{path}: cannot open the store: {exc}") from exc
            if time.monotonic() >= deadline:
                what = "read it" if read_only else "write to it"
                raise StoreLockedError(
                    f"{path} is in use by another process, so this one cannot {what}. DuckDB allows one "
                    f"writer process at a time and no reader while it writes: wait for the running "
                    f"`accord ingest` to finish (details: {exc})") from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The store's schema version: 0 for an empty database.

    Raises:
        StoreError: the database has tables but is not an accord store.
    """
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "meta" not in tables:
        if tables:
            raise StoreError("this DuckDB database is not an accord store (it has tables but no 'meta' table)")
        return 0
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    row = rows[0] if rows else None
    if row is None:
        raise StoreError("this accord store has no schema_version in its meta table")
    return int(row[0])


def migrate(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Bring a writable connection's store up to :data:`SCHEMA_VERSION`; returns (from, to).

    Each step runs in its own transaction together with the version bump.

    Raises:
        StoreError: the store was written by a newer accord (higher version).
    """
    start = schema_version(con)
    if start > SCHEMA_VERSION:
        raise StoreError(f"the store has schema version {start}, newer than this accord's "
                         f"{SCHEMA_VERSION}: upgrade accord to use it")
    for k in range(start, SCHEMA_VERSION):
        con.begin()
        try:
            MIGRATIONS[k](con)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(k + 1)])
            if k == 0:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('created_at', ?)", [_now().isoformat()])
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return start, SCHEMA_VERSION


def connect(path: str | Path = DEFAULT_DB, read_only: bool = True, wait: float = 5.0) -> duckdb.DuckDBPyConnection:
    """Open the store.

    Read-only (the default, used by every query) requires an existing store at the
    current schema version; any number of processes may read at once.  Writable
    creates the file when missing and migrates it to :data:`SCHEMA_VERSION`.

    Args:
        wait: seconds to retry while another process holds a conflicting lock.
    Raises:
        StoreError: no store at ``path``, not an accord store, or an older/newer schema
            (read-only connections cannot migrate: open it once for writing with
            ``accord ingest --db PATH``).
        StoreLockedError: another process keeps the file locked past ``wait``.
    """
    p = str(path)
    if read_only and not Path(p).exists():
        raise StoreError(f"no store at {p}: create one with `accord ingest FILES --db {p}`")
    con = _open(p, read_only, wait)
    try:
        con.execute("SET enable_progress_bar = false")
        if read_only:
            v = schema_version(con)
            if v != SCHEMA_VERSION:
                if v < SCHEMA_VERSION:
                    raise StoreError(f"{p} has schema version {v}; this accord reads version {SCHEMA_VERSION}. "
                                     f"Migrate it once with `accord ingest --db {p}` (no inputs)")
                raise StoreError(f"{p} has schema version {v}, newer than this accord's {SCHEMA_VERSION}: "
                                 f"upgrade accord to read it")
        else:
            migrate(con)
    except BaseException:
        con.close()
        raise
    return con


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# --------------------------------------------------------------------------- rows

def _distinct(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return list(seen)


def entity_country(e: dict[str, Any]) -> str:
    """An entity's country: its ``country``, else the first three letters of its code."""
    return e.get("country") or (e.get("code") or "")[:3]


def event_row(d: dict[str, Any]) -> dict[str, Any]:
    """The ``events`` row of one record (``Event.to_dict()`` form)."""
    row = {k: d.get(k) for k in EVENT_COLUMNS}
    row["date"] = _date.fromisoformat(d["date"]) if d.get("date") else None
    row["context"] = list(d.get("context") or [])
    row["location"] = json.dumps(d["location"], ensure_ascii=False, sort_keys=True) if d.get("location") else None
    for side in ("actor", "recipient"):
        ents = d.get(side) or []
        row[side] = ents
        row[f"{side}_codes"] = _distinct(e.get("code") for e in ents)
        row[f"{side}_countries"] = _distinct(entity_country(e) for e in ents)
        row[f"{side}_sectors"] = _distinct(e.get("sector") for e in ents)
        row[f"{side}_key"] = ";".join(sorted(row[f"{side}_codes"]))
    return row


def record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """The record contract (``Event.to_dict()`` form) of an ``events`` row read back."""
    d = {k: row.get(k) for k in EVENT_COLUMNS}
    day = d.get("date")
    d["date"] = day.isoformat() if isinstance(day, (_date, datetime)) else day
    d["context"] = list(d.get("context") or [])
    d["actor"] = [dict(e) for e in d.get("actor") or []]
    d["recipient"] = [dict(e) for e in d.get("recipient") or []]
    d["trigger"] = dict(d["trigger"]) if d.get("trigger") else None
    d["speaker"] = dict(d["speaker"]) if d.get("speaker") else None
    loc = d.get("location")
    d["location"] = json.loads(loc) if isinstance(loc, str) else loc
    if d.get("quad_class") is not None:
        d["quad_class"] = int(d["quad_class"])
    for k in ("goldstein", "confidence"):
        if d.get(k) is not None:
            d[k] = float(d[k])
    return d


def _arrow_schemas():
    import pyarrow as pa

    s = pa.string()
    ent = pa.struct([("text", s), ("start", pa.int32()), ("end", pa.int32()), ("name", s), ("code", s),
                     ("country", s), ("sector", s), ("kind", s)])
    trig = pa.struct([("text", s), ("start", pa.int32()), ("end", pa.int32())])
    ls = pa.list_(s)
    events = pa.schema([
        ("event_id", s), ("article_id", s), ("date", pa.date32()), ("event_type", s), ("mode", s),
        ("context", ls), ("cameo_code", s), ("goldstein", pa.float64()), ("quad_class", pa.int8()),
        ("actor", pa.list_(ent)), ("recipient", pa.list_(ent)), ("trigger", trig), ("sentence_index", pa.int32()),
        ("sentence", s), ("negated", pa.bool_()), ("future", pa.bool_()), ("hypothetical", pa.bool_()),
        ("historical", pa.bool_()), ("quote", s), ("speaker", ent), ("location", s), ("confidence", pa.float64()),
        ("coder_version", s), ("actor_codes", ls), ("actor_countries", ls), ("actor_sectors", ls),
        ("recipient_codes", ls), ("recipient_countries", ls), ("recipient_sectors", ls),
        ("actor_key", s), ("recipient_key", s),
    ])
    articles = pa.schema([
        ("id", s), ("content_hash", s), ("date", pa.date32()), ("title", s), ("byline", s), ("source", s),
        ("url", s), ("source_path", s), ("line", pa.int32()), ("coded_at", pa.timestamp("us")),
        ("coder_version", s), ("n_events", pa.int32()), ("n_mentions", pa.int32()),
    ])
    mentions = pa.schema([
        ("article_id", s), ("sentence_index", pa.int32()), ("text", s), ("start", pa.int32()), ("end", pa.int32()),
        ("name", s), ("code", s), ("country", s), ("sector", s), ("kind", s),
    ])
    failures = pa.schema([("path", s), ("line", pa.int32()), ("article_id", s), ("reason", s),
                          ("seen_at", pa.timestamp("us"))])
    return {"events": events, "articles": articles, "mentions": mentions, "failures": failures}


_SCHEMAS: dict[str, Any] | None = None


def _table(name: str, rows: list[dict[str, Any]]):
    import pyarrow as pa

    global _SCHEMAS
    if _SCHEMAS is None:
        _SCHEMAS = _arrow_schemas()
    return pa.Table.from_pylist(rows, schema=_SCHEMAS[name])


# --------------------------------------------------------------------------- writing

@dataclass
class IngestStats:
    """What an ingest run did.  ``failures`` holds ``(path, line, reason)`` of every failure."""

    read: int = 0
    skipped: int = 0
    stored: int = 0
    replaced: int = 0
    failed: int = 0
    events: int = 0
    mentions: int = 0
    batches: int = 0
    seconds: float = 0.0
    store_seconds: float = 0.0
    """Of ``seconds``, the time spent building rows and writing them (not reading or coding)."""
    failures: list[tuple[str, int | None, str]] = field(default_factory=list)

    @property
    def coded_per_second(self) -> float:
        """Articles coded and stored per second of the run."""
        return self.stored / self.seconds if self.seconds > 0 else 0.0

    def reasons(self) -> Counter:
        """Failure counts by reason."""
        return Counter(r for _, _, r in self.failures)


@dataclass(slots=True)
class _Pending:
    """One article ready to be written: its row and the rows that belong to it."""

    article: dict[str, Any]
    events: list[dict[str, Any]]
    mentions: list[dict[str, Any]]


class _Writer:
    """Buffers articles and failures and writes them one transaction per batch."""

    def __init__(self, con: duckdb.DuckDBPyConnection, stats: IngestStats, batch_size: int,
                 commit_seconds: float, on_commit: Callable[[IngestStats], None] | None):
        self.con = con
        self.stats = stats
        self.batch_size = max(1, batch_size)
        self.commit_seconds = commit_seconds
        self.on_commit = on_commit
        self.pending: dict[str, _Pending] = {}
        self.failures: list[dict[str, Any]] = []
        self.committed: list[str] = []
        self.last_commit = time.monotonic()

    def add(self, item: _Pending) -> None:
        self.pending[item.article["id"]] = item  # a second copy in the same batch replaces the first
        if len(self.pending) >= self.batch_size or time.monotonic() - self.last_commit >= self.commit_seconds:
            self.flush()

    def fail(self, path: str, line: int | None, reason: str, article_id: str | None = None) -> None:
        self.failures.append({"path": path, "line": line, "article_id": article_id, "reason": reason,
                              "seen_at": _now()})
        self.stats.failed += 1
        self.stats.failures.append((path, line, reason))

    def flush(self) -> None:
        if not self.pending and not self.failures:
            return
        t0 = time.monotonic()
        items = list(self.pending.values())
        con = self.con
        con.begin()
        try:
            if items:
                arts = _table("articles", [it.article for it in items])
                con.register("_batch_articles", arts)
                replaced = [r[0] for r in con.execute(
                    "SELECT id FROM articles WHERE id IN (SELECT id FROM _batch_articles)").fetchall()]
                if replaced:
                    con.execute("CREATE OR REPLACE TEMP TABLE _replaced AS SELECT unnest(?::VARCHAR[]) AS id",
                                [replaced])
                    for table in ("events", "dyads", "mentions"):
                        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _replaced)")
                    con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _replaced)")
                # an article stored now clears the failures recorded for it or for its input line
                con.execute("""DELETE FROM failures WHERE article_id IN (SELECT id FROM _batch_articles)
                               OR (path, coalesce(line, -1)) IN
                                  (SELECT (source_path, coalesce(line, -1)) FROM _batch_articles
                                   WHERE source_path IS NOT NULL)""")
                con.execute("INSERT INTO articles BY NAME SELECT * FROM _batch_articles")
                evs = [e for it in items for e in it.events]
                if evs:
                    con.register("_batch_events", _table("events", evs))
                    con.execute("INSERT INTO events BY NAME SELECT * FROM _batch_events")
                    con.execute("INSERT INTO dyads BY NAME " + DYADS_FROM_EVENTS.format(source="_batch_events"))
                    con.unregister("_batch_events")
                ments = [m for it in items for m in it.mentions]
                if ments:
                    con.register("_batch_mentions", _table("mentions", ments))
                    con.execute("INSERT INTO mentions BY NAME SELECT * FROM _batch_mentions")
                    con.unregister("_batch_mentions")
                con.unregister("_batch_articles")
                self.stats.replaced += len(replaced)
            if self.failures:
                con.register("_batch_failures", _table("failures", self.failures))
                con.execute("""DELETE FROM failures WHERE (path, coalesce(line, -1)) IN
                               (SELECT (path, coalesce(line, -1)) FROM _batch_failures)""")
                con.execute("INSERT INTO failures BY NAME SELECT * FROM _batch_failures")
                con.unregister("_batch_failures")
            con.commit()
        except BaseException:
            con.rollback()
            raise
        self.stats.stored += len(items)
        self.stats.events += sum(len(it.events) for it in items)
        self.stats.mentions += sum(len(it.mentions) for it in items)
        self.stats.batches += 1
        self.stats.store_seconds += time.monotonic() - t0
        self.committed = [it.article["id"] for it in items]
        self.pending.clear()
        self.failures.clear()
        self.last_commit = time.monotonic()
        if self.on_commit:
            self.on_commit(self.stats)


def _article_row(art: Article, content_hash: str, coder_version: str | None, n_events: int,
                 n_mentions: int) -> dict[str, Any]:
    return {"id": art.id, "content_hash": content_hash,
            "date": _date.fromisoformat(art.date) if art.date else None,
            "title": art.title, "byline": art.byline, "source": art.source, "url": art.url,
            "source_path": art.source_path, "line": art.line, "coded_at": _now(),
            "coder_version": coder_version, "n_events": n_events, "n_mentions": n_mentions}


def _mention_rows(article_id: str, mentions: Sequence[Entity], sentences: Sequence[int]) -> list[dict[str, Any]]:
    rows = []
    for k, m in enumerate(mentions):
        rows.append({"article_id": article_id, "sentence_index": sentences[k] if k < len(sentences) else None,
                     "text": m.text, "start": m.start, "end": m.end, "name": m.name, "code": m.code,
                     "country": m.country, "sector": m.sector, "kind": m.kind})
    return rows


def _chunks(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _stored_hashes(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(con.execute("SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                            [ids]).fetchall())


ProgressFn = Callable[[str, int], None]
"""``progress(kind, n)`` with kind ``"skipped"``, ``"stored"`` or ``"failed"``."""


def ingest(db: str | Path, items: Iterable[Article | Any], coder: Any, *, batch_size: int = 64,
           commit_seconds: float = 5.0, n_process: int = 1, force: bool = False,
           progress: ProgressFn | None = None, on_commit: Callable[[IngestStats], None] | None = None,
           wait: float = 5.0) -> IngestStats:
    """Code articles and store them with their events and mentions.

    Args:
        db: the store (created and migrated when needed).
        items: :class:`~accord.records.Article` objects, and
            :class:`~accord.readers.ReadError` objects (anything with ``path``, ``line``
            and ``reason``) that are recorded in ``failures``.
        coder: anything with ``code_documents(articles, n_process=)`` yielding
            :class:`~accord.coder.CodedArticle` in input order (normally a
            :class:`~accord.coder.Coder`) and, optionally, a ``version`` string.
        batch_size: articles per transaction; ``commit_seconds`` also commits a
            smaller batch when that many seconds passed since the last commit.
        force: re-code articles even when their (id, content hash) is stored.
        progress: called once per input item (see :data:`ProgressFn`).
        on_commit: called after each committed transaction with the running stats.
    Returns:
        the run's :class:`IngestStats`.
    """
    t0 = time.monotonic()
    stats = IngestStats()
    con = connect(db, read_only=False, wait=wait)
    writer = _Writer(con, stats, batch_size, commit_seconds, on_commit)
    version = getattr(coder, "version", None)
    in_flight: dict[str, str] = {}

    def committed() -> None:
        for aid in writer.committed:
            in_flight.pop(aid, None)
        writer.committed = []

    def to_code() -> Iterator[Article]:
        # Decide skip/code for a whole chunk at once: the stored hashes and the
        # in-flight articles (handed to the coder but not yet committed) together
        # tell whether an article is already taken care of.
        for chunk in _chunks(items, 256):
            arts = [a for a in chunk if isinstance(a, Article)]
            stored = {} if force else _stored_hashes(con, [a.id for a in arts])
            for item in chunk:
                if not isinstance(item, Article):
                    writer.fail(str(getattr(item, "path", "<input>")), getattr(item, "line", None),
                                str(getattr(item, "reason", item)))
                    if progress:
                        progress("failed", 1)
                    continue
                stats.read += 1
                h = item.content_hash
                if not force and (stored.get(item.id) == h or in_flight.get(item.id) == h):
                    stats.skipped += 1
                    if progress:
                        progress("skipped", 1)
                    continue
                in_flight[item.id] = h
                yield item

    try:
        for result in coder.code_documents(to_code(), n_process=n_process):
            art = result.article
            h = art.content_hash
            if result.error:
                in_flight.pop(art.id, None)
                writer.fail(art.source_path or art.id, art.line, f"article {art.id}: {result.error}", art.id)
                if progress:
                    progress("failed", 1)
                continue
            t_rows = time.monotonic()
            evs = [event_row(e.to_dict()) for e in result.events]
            ments = _mention_rows(art.id, result.mentions, result.mention_sentences)
            row = _article_row(art, h, version or (result.events[0].coder_version if result.events else None),
                               len(evs), len(ments))
            stats.store_seconds += time.monotonic() - t_rows
            writer.add(_Pending(row, evs, ments))
            committed()
            if progress:
                progress("stored", 1)
        writer.flush()
    finally:
        con.close()
        stats.seconds = time.monotonic() - t0
    return stats


def import_events(db: str | Path, events: Iterable[Event | dict[str, Any]], source: str, *,
                  batch_size: int = 256, progress: ProgressFn | None = None,
                  on_commit: Callable[[IngestStats], None] | None = None, wait: float = 5.0) -> IngestStats:
    """Store already coded events (e.g. read back from Parquet), grouped by article.

    ``events`` must come grouped by ``article_id`` (all events of an article in a
    row, as :func:`accord.exports.read_parquet` yields them).  Each article gets a
    stub ``articles`` row (no text or title) whose content hash is computed from its
    events, so importing the same file twice adds nothing and an article whose events
    changed is replaced.  No mentions are stored (Parquet holds none).
    """
    t0 = time.monotonic()
    stats = IngestStats()
    con = connect(db, read_only=False, wait=wait)
    writer = _Writer(con, stats, batch_size, 5.0, on_commit)

    def groups() -> Iterator[tuple[str, list[dict[str, Any]]]]:
        current: str | None = None
        bucket: list[dict[str, Any]] = []
        for ev in events:
            d = ev.to_dict() if isinstance(ev, Event) else ev
            if current is not None and d["article_id"] != current:
                yield current, bucket
                bucket = []
            current = d["article_id"]
            bucket.append(d)
        if current is not None:
            yield current, bucket

    try:
        for chunk in _chunks(groups(), 256):
            stored = _stored_hashes(con, [aid for aid, _ in chunk])
            for aid, recs in chunk:
                stats.read += 1
                blob = "\n".join(sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in recs))
                h = "events:" + hashlib.sha1(blob.encode("utf-8")).hexdigest()
                if stored.get(aid) == h:
                    stats.skipped += 1
                    if progress:
                        progress("skipped", 1)
                    continue
                day = recs[0].get("date")
                art = Article(id=aid, text="", date=day, source_path=source)
                rows = [event_row(r) for r in recs]
                writer.add(_Pending(_article_row(art, h, recs[0].get("coder_version"), len(rows), 0), rows, []))
                if progress:
                    progress("stored", 1)
        writer.flush()
    finally:
        con.close()
        stats.seconds = time.monotonic() - t0
    return stats


def rebuild_dyads(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute the derived ``dyads`` table from ``events`` in one transaction; returns its row count.

    For migrations that change the pairing rules, and for stores whose events were
    loaded by other means (the synthetic benchmark).
    """
    con.begin()
    try:
        con.execute("DELETE FROM dyads")
        con.execute("INSERT INTO dyads BY NAME " + DYADS_FROM_EVENTS.format(source="events"))
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return con.execute("SELECT count(*) FROM dyads").fetchall()[0][0]


def counts(db: str | Path = DEFAULT_DB, con: duckdb.DuckDBPyConnection | None = None) -> dict[str, int]:
    """Row counts of the store's tables (articles, events, dyads, mentions, failures)."""
    own = con is None
    con = con or connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("articles", "events", "dyads", "mentions", "failures")}
    finally:
        if own:
            con.close()

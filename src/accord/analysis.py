"""Questions asked of the event store, answered as pandas DataFrames.

    >>> from accord import analysis
    >>> analysis.dyads("accord.duckdb", actor="IRN", recipient="PAK", freq="month")   # doctest: +SKIP
    >>> analysis.events("accord.duckdb", actor="IRN", event_type="ACCUSE", since="2025-01-01")  # doctest: +SKIP
    >>> analysis.actors("accord.duckdb", limit=10)  # doctest: +SKIP

Every query opens the store read-only (many readers may run at once) and passes
every user value as a bound parameter; nothing the user types is pasted into SQL.

Actor filters: a three-letter value (``IRN``, ``UNO``) matches an entity's
*country* (so ``IRNGOV``, ``IRNMIL`` and ``IRN`` all count as IRN); a longer value
(``IRNGOV``) matches the full code.  An entity without a country counts under the
first three letters of its code.

Dyads: an event with recipients counts once for every ordered pair (actor
country, recipient country) it has; an event with several actors and no recipient
(CONSULT "X met Y", talks) is reciprocal and counts for every ordered pair of
*different* actor countries, in both directions.  Events without a date are left
out of time series.  ``docs/store.md`` has worked examples.

Duplicate reports: ``dedupe="one-a-day"`` collapses the events that share
(date, actor codes, recipient codes, CAMEO code) across articles into one, kept with
``n_mentions`` (raw events), ``n_articles`` and ``n_sources`` counts, as GDELT and
Phoenix do; the raw events stay in the store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import Any, Iterator

import duckdb
import pandas as pd

from accord.readers import normalise_date
from accord.records import PLOVER_TYPES
from accord.store import DEFAULT_DB, EVENT_COLUMNS, connect, record_from_row
from accord.writers import FLAT_COLUMNS, flatten

FREQS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")
"""Periods of dyad time series (weeks start on Monday)."""

DEDUPE_MODES: tuple[str, ...] = ("none", "one-a-day")

QUAD_COLUMNS: tuple[str, ...] = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
"""Dyad columns counting quad classes 1 to 4."""

TYPE_COLUMNS: tuple[str, ...] = PLOVER_TYPES + ("no_type",)
"""Dyad columns counting PLOVER types; ``no_type`` counts CAMEO 01 statements (no PLOVER type)."""

DYAD_COLUMNS: tuple[str, ...] = (("period", "actor", "recipient", "events", "goldstein_sum", "goldstein_mean")
                                 + QUAD_COLUMNS + TYPE_COLUMNS)

COUNT_COLUMNS: tuple[str, ...] = ("n_mentions", "n_articles", "n_sources")
"""Extra columns of deduplicated events."""

_PANDAS_FREQ = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}
_CODE_RE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
_CAMEO_RE = re.compile(r"^[0-9]{1,4}$")


_FETCH_BY_ROWID = 200_000
"""Selections up to this many events are fetched by row id (see :func:`event_records`)."""


class QueryError(ValueError):
    """A filter value is not valid (unknown type, bad date, bad code)."""


# --------------------------------------------------------------------------- filters

@dataclass
class Filters:
    """What to select.  ``actor``/``recipient``: a country (3 letters) or a full code."""

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    cameo: str | None = None
    since: str | _date | None = None
    until: str | _date | None = None
    article: str | None = None
    asserted_only: bool = False
    both_directions: bool = False

    def __post_init__(self) -> None:
        for side in ("actor", "recipient"):
            v = getattr(self, side)
            if v is not None:
                v = v.strip().upper()
                if not _CODE_RE.match(v):
                    raise QueryError(f"--{side} {v!r}: expected a country code (IRN) or a full actor code (IRNGOV)")
                setattr(self, side, v)
        if self.event_type is not None:
            t = self.event_type.strip().upper()
            if t not in PLOVER_TYPES:
                raise QueryError(f"--type {self.event_type!r}: not a PLOVER type ({', '.join(PLOVER_TYPES)})")
            self.event_type = t
        if self.cameo is not None and not _CAMEO_RE.match(self.cameo.strip()):
            raise QueryError(f"--cameo {self.cameo!r}: expected 1-4 digits (a CAMEO code or prefix)")
        for side in ("since", "until"):
            v = getattr(self, side)
            if isinstance(v, str):
                try:
                    setattr(self, side, _date.fromisoformat(normalise_date(v)))
                except (ValueError, TypeError) as exc:
                    raise QueryError(f"--{side} {v!r}: expected a date YYYY-MM-DD") from exc


def _level(value: str) -> str:
    return "country" if len(value) == 3 else "code"


class _Sql:
    """Collects bound parameters under generated names ($p0, $p1...)."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def p(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f"${name}"


def _event_conditions(f: Filters, q: _Sql, alias: str = "e") -> list[str]:
    """Conditions on an ``events`` (or ``dyads``) row that do not involve actors."""
    c = []
    if f.since is not None:
        c.append(f"{alias}.date >= {q.p(f.since)}")
    if f.until is not None:
        c.append(f"{alias}.date <= {q.p(f.until)}")
    if f.event_type is not None:
        c.append(f"{alias}.event_type = {q.p(f.event_type)}")
    if f.cameo is not None:
        c.append(f"starts_with({alias}.cameo_code, {q.p(f.cameo.strip())})")
    if f.article is not None:
        c.append(f"{alias}.article_id = {q.p(f.article)}")
    return c


def _pair_condition(actor: str | None, recipient: str | None, q: _Sql, alias: str = "d") -> str:
    """A ``dyads`` row matches actor -> recipient (either may be None: any)."""
    c = []
    lv = [_level(v) for v in (actor, recipient) if v]
    flag = "country_first" if all(x == "country" for x in lv) else "code_first"
    c.append(f"{alias}.{flag}")
    if actor:
        c.append(f"{alias}.actor_{_level(actor)} = {q.p(actor)}")
    if recipient:
        c.append(f"{alias}.recipient_{_level(recipient)} = {q.p(recipient)}")
    return "(" + " AND ".join(c) + ")"


def _actor_conditions(f: Filters, q: _Sql, alias: str = "e") -> list[str]:
    """Conditions on an ``events`` row for the actor/recipient filters (module docstring)."""
    a, r = f.actor, f.recipient
    if not a and not r:
        return []

    def has(side: str, value: str) -> str:
        col = "codes" if _level(value) == "code" else "countries"
        return f"list_contains({alias}.{side}_{col}, {q.p(value)})"

    if a and not r:
        if f.both_directions:
            return [f"({has('actor', a)} OR {has('recipient', a)})"]
        return [has("actor", a)]
    pairs = [_pair_condition(a, r, q)]
    if f.both_directions and r:
        pairs.append(_pair_condition(r, a, q))
    return [f"{alias}.event_id IN (SELECT d.event_id FROM dyads d WHERE {' OR '.join(pairs)})"]


def _filtered_events(f: Filters, q: _Sql) -> str:
    """SQL selecting the matching raw events (all ``events`` columns)."""
    cond = _event_conditions(f, q) + _actor_conditions(f, q)
    if f.asserted_only:
        cond.append("NOT (e.negated OR e.hypothetical)")
    where = " AND ".join(cond) or "true"
    return f"SELECT e.* FROM events e WHERE {where}"


_DEDUPE_GROUPS = """
SELECT arg_min(f.event_id, (-f.confidence, f.event_id)) AS event_id,
       count(*) AS n_mentions,
       count(DISTINCT f.article_id) AS n_articles,
       count(DISTINCT coalesce(a.source, a.url, f.article_id)) AS n_sources
FROM ({filtered}) f LEFT JOIN articles a ON a.id = f.article_id
GROUP BY f.date, f.actor_key, f.recipient_key, f.cameo_code,
         CASE WHEN f.date IS NULL THEN f.event_id END
"""
"""One row per one-a-day group: the representative event (highest confidence, then
smallest id) and the group's counts.  Events without a date are never grouped."""


def _check_dedupe(dedupe: str | None) -> str:
    d = (dedupe or "none").lower()
    if d not in DEDUPE_MODES:
        raise QueryError(f"--dedupe {dedupe!r}: expected one of {', '.join(DEDUPE_MODES)}")
    return d


def _selected_events(f: Filters, q: _Sql, dedupe: str) -> tuple[str, bool]:
    """SQL of the selected events (raw, or one representative per group with counts)."""
    filtered = _filtered_events(f, q)
    if dedupe == "none":
        return filtered, False
    groups = _DEDUPE_GROUPS.format(filtered=filtered)
    return (f"SELECT e.*, g.n_mentions, g.n_articles, g.n_sources FROM ({filtered}) e "
            f"JOIN ({groups}) g ON g.event_id = e.event_id"), True


class _Conn:
    """A read-only connection for the duration of a query (or the caller's own)."""

    def __init__(self, db: str | Path, con: duckdb.DuckDBPyConnection | None):
        self.db, self.con, self.own = db, con, con is None

    def __enter__(self) -> duckdb.DuckDBPyConnection:
        if self.con is None:
            self.con = connect(self.db, read_only=True)
        return self.con

    def __exit__(self, *exc: object) -> None:
        if self.own and self.con is not None:
            self.con.close()


# --------------------------------------------------------------------------- events

def event_records(db: str | Path = DEFAULT_DB, *, dedupe: str = "none", limit: int | None = None,
                  con: duckdb.DuckDBPyConnection | None = None, batch: int = 10_000,
                  **filters: Any) -> Iterator[dict[str, Any]]:
    """The selected events as record dicts (``Event.to_dict()`` form), streamed in batches.

    Keyword filters are those of :class:`Filters`.  Deduplicated records carry three
    more keys, ``n_mentions``, ``n_articles`` and ``n_sources``.  Order: date (unknown
    last), article, sentence, trigger offset.
    """
    f = Filters(**filters)
    d = _check_dedupe(dedupe)
    q = _Sql()
    sel, counted = _selected_events(f, q, d)
    names = list(EVENT_COLUMNS) + (list(COUNT_COLUMNS) if counted else [])
    with _Conn(db, con) as c:
        if not counted and not sel.endswith("WHERE true"):
            # Two steps for selective filters: find the rows reading only the filtered
            # columns, then fetch the few whole records by row id (a scan of every
            # column of a large table costs far more than the filter itself).
            rowids = c.execute(sel.replace("SELECT e.*", "SELECT e.rowid", 1) + f" LIMIT {_FETCH_BY_ROWID + 1}",
                               q.params).fetchall()
            if len(rowids) <= _FETCH_BY_ROWID:
                q = _Sql()
                ids = q.p([r[0] for r in rowids])
                sel = f"SELECT e.* FROM events e WHERE e.rowid IN (SELECT unnest({ids}::BIGINT[]))"
        extra = ", s.n_mentions, s.n_articles, s.n_sources" if counted else ""
        cols = ", ".join(f's."{c}"' for c in EVENT_COLUMNS)
        sql = (f"SELECT {cols}{extra} FROM ({sel}) s "
               f'ORDER BY s.date NULLS LAST, s.article_id, s.sentence_index, s."trigger"."start", s.event_id')
        if limit is not None:
            sql += f" LIMIT {q.p(int(limit))}"
        cur = c.cursor()
        try:
            cur.execute(sql, q.params)
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    break
                for row in rows:
                    rec = record_from_row(dict(zip(names, row)))
                    if counted:
                        for k in COUNT_COLUMNS:
                            rec[k] = int(row[names.index(k)])
                    yield rec
        finally:
            cur.close()


def events(db: str | Path = DEFAULT_DB, *, dedupe: str = "none", limit: int | None = None,
           con: duckdb.DuckDBPyConnection | None = None, **filters: Any) -> pd.DataFrame:
    """Selected events, one flat row each (:data:`accord.writers.FLAT_COLUMNS`).

    Filters (keyword arguments, all optional): ``actor``, ``recipient`` (country or
    full code), ``both_directions`` (also recipient -> actor), ``event_type`` (PLOVER),
    ``cameo`` (code prefix), ``since``/``until`` (inclusive dates), ``article``,
    ``asserted_only`` (drop negated and hypothetical events).  With
    ``dedupe="one-a-day"`` the frame has ``n_mentions``, ``n_articles``,
    ``n_sources`` columns too.
    """
    rows = []
    counted = _check_dedupe(dedupe) != "none"
    for rec in event_records(db, dedupe=dedupe, limit=limit, con=con, **filters):
        row = flatten(rec)
        if counted:
            for k in COUNT_COLUMNS:
                row[k] = rec[k]
        rows.append(row)
    columns = list(FLAT_COLUMNS) + (list(COUNT_COLUMNS) if counted else [])
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- dyads

def _aggregates(alias: str = "x") -> str:
    parts = ["count(*) AS events", f"sum({alias}.goldstein) AS goldstein_sum",
             f"avg({alias}.goldstein) AS goldstein_mean"]
    for i, name in enumerate(QUAD_COLUMNS, 1):
        parts.append(f"count(*) FILTER (WHERE {alias}.quad_class = {i}) AS {name}")
    for t in PLOVER_TYPES:  # fixed names from the ontology, not user input
        parts.append(f"count(*) FILTER (WHERE {alias}.event_type = '{t}') AS \"{t}\"")
    parts.append(f"count(*) FILTER (WHERE {alias}.event_type IS NULL) AS no_type")
    return ", ".join(parts)


def _directions(specs: list[tuple[str | None, str | None, str | None, str | None]], level: str, q: _Sql,
                base_cond: list[str], dedupe: bool = False) -> str:
    """Dyad rows matching any of the directions, with columns (ident, date, measures, actor, recipient).

    Each spec is (actor, recipient, exclude_actor, exclude_recipient); None means any.
    Directions reading the same columns share one scan (their conditions OR-ed, they
    never overlap); a full code on one side and a country on the other needs DISTINCT
    pairs per event.  With ``dedupe`` the rows of one one-a-day group (same date,
    actor codes, recipient codes and CAMEO code) collapse into one: they are identical
    but for the event id.
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for actor, recipient, ex_a, ex_r in specs:
        a_lv = _level(actor) if actor else level
        r_lv = _level(recipient) if recipient else level
        cond = []
        if actor:
            cond.append(f"d.actor_{a_lv} = {q.p(actor)}")
        if recipient:
            cond.append(f"d.recipient_{r_lv} = {q.p(recipient)}")
        if ex_a:
            cond.append(f"d.actor_{_level(ex_a)} <> {q.p(ex_a)}")
        if ex_r:
            cond.append(f"d.recipient_{_level(ex_r)} <> {q.p(ex_r)}")
        groups.setdefault((a_lv, r_lv), []).append("(" + (" AND ".join(cond) or "true") + ")")
    ident = "d.actor_key, d.recipient_key, d.cameo_code" if dedupe else "d.event_id"
    selects = []
    for (a_lv, r_lv), conds in groups.items():
        cols = (f"{ident}, d.date, d.event_type, d.quad_class, d.goldstein, "
                f"d.actor_{a_lv} AS actor, d.recipient_{r_lv} AS recipient")
        where = list(base_cond) + [f"d.{a_lv}_first" if a_lv == r_lv else "d.code_first",
                                   "(" + " OR ".join(conds) + ")"]
        distinct = "DISTINCT " if dedupe or a_lv != r_lv else ""
        selects.append(f"SELECT {distinct}{cols} FROM dyads d WHERE {' AND '.join(where)}")
    return " UNION ALL ".join(f"({s})" for s in selects) if len(selects) > 1 else selects[0]


def dyads(db: str | Path = DEFAULT_DB, *, freq: str = "month", level: str = "country",
          dedupe: str = "none", fill: bool | None = None, con: duckdb.DuckDBPyConnection | None = None,
          actor: str | None = None, recipient: str | None = None, both_directions: bool = True,
          **filters: Any) -> pd.DataFrame:
    """Dyad time series: per period and ordered (actor, recipient) pair, the event counts.

    Columns: :data:`DYAD_COLUMNS` -- ``period`` (first day of the period), ``actor``,
    ``recipient``, ``events``, ``goldstein_sum``, ``goldstein_mean``, one count per quad
    class (:data:`QUAD_COLUMNS`) and per PLOVER type (:data:`TYPE_COLUMNS`).

    Args:
        freq: day, week (Monday), month, quarter or year.
        level: unit of the sides not fixed by a filter: ``country`` or ``code``.
        actor, recipient: restrict to pairs with this actor / recipient (country or
            full code).  With ``both_directions`` (the default) the reverse direction
            is returned too, as separate rows.
        fill: add zero rows for periods without events (default: when both actor and
            recipient are given, i.e. for one dyad).
        filters: ``event_type``, ``cameo``, ``since``, ``until``, ``asserted_only``
            as for :func:`events`.
    """
    if freq not in FREQS:
        raise QueryError(f"--freq {freq!r}: expected one of {', '.join(FREQS)}")
    if level not in ("country", "code"):
        raise QueryError(f"--level {level!r}: expected country or code")
    f = Filters(actor=actor, recipient=recipient, **filters)
    dd = _check_dedupe(dedupe) != "none"
    q = _Sql()
    base = ["d.date IS NOT NULL"] + _event_conditions(f, q, "d")
    if f.asserted_only:
        base.append("d.asserted")
    a, r = f.actor, f.recipient
    specs = [(a, r, None, None)]
    if both_directions and (a or r) and a != r:
        if a and r:
            specs.append((r, a, None, None))
        elif a:  # a's pairs as recipient too, minus a -> a (already counted)
            specs.append((None, a, a, None))
        else:
            specs.append((r, None, None, r))
    rows = _directions(specs, level, q, base, dedupe=dd)
    sql = (f"SELECT date_trunc('{freq}', x.date)::DATE AS period, x.actor, x.recipient, {_aggregates()} "
           f"FROM ({rows}) x GROUP BY ALL ORDER BY period, actor, recipient")
    with _Conn(db, con) as c:
        df = c.execute(sql, q.params).df()
    df = _tidy_dyads(df)
    if fill is None:
        fill = bool(a and r)
    if fill and a and r:
        df = _fill_periods(df, freq, [(a, r)] + ([(r, a)] if both_directions and a != r else []), f)
    return df


def _tidy_dyads(df: pd.DataFrame) -> pd.DataFrame:
    df = df.reindex(columns=list(DYAD_COLUMNS))
    for col in ("events",) + QUAD_COLUMNS + TYPE_COLUMNS:
        df[col] = df[col].fillna(0).astype("int64")
    df["goldstein_sum"] = df["goldstein_sum"].astype("float64")
    df["goldstein_mean"] = df["goldstein_mean"].astype("float64")
    df["period"] = pd.to_datetime(df["period"])
    df["actor"] = df["actor"].astype(object)
    df["recipient"] = df["recipient"].astype(object)
    return df.reset_index(drop=True)


def _fill_periods(df: pd.DataFrame, freq: str, pairs: list[tuple[str, str]], f: Filters) -> pd.DataFrame:
    """Zero rows for the periods of the span (filters' since/until, else the data's) without events."""
    lo = pd.Timestamp(f.since) if f.since else (df["period"].min() if len(df) else None)
    hi = pd.Timestamp(f.until) if f.until else (df["period"].max() if len(df) else None)
    if lo is None or hi is None or lo > hi:
        return df
    starts = pd.date_range(_period_start(lo, freq), hi, freq=_PANDAS_FREQ[freq])
    grid = pd.DataFrame([(p, a, r) for p in starts for a, r in pairs], columns=["period", "actor", "recipient"])
    out = grid.merge(df, on=["period", "actor", "recipient"], how="outer")
    out = out.sort_values(["period", "actor", "recipient"], kind="stable")
    for col in ("events", "goldstein_sum") + QUAD_COLUMNS + TYPE_COLUMNS:
        out[col] = out[col].fillna(0)
    return _tidy_dyads(out)


def _period_start(ts: pd.Timestamp, freq: str) -> pd.Timestamp:
    if freq == "day":
        return ts.normalize()
    if freq == "week":
        return (ts - pd.Timedelta(days=ts.weekday())).normalize()
    if freq == "month":
        return ts.replace(day=1).normalize()
    if freq == "quarter":
        return ts.replace(month=3 * ((ts.month - 1) // 3) + 1, day=1).normalize()
    return ts.replace(month=1, day=1).normalize()


# --------------------------------------------------------------------------- actors

def actors(db: str | Path = DEFAULT_DB, *, level: str = "code", limit: int | None = 20, dedupe: str = "none",
           con: duckdb.DuckDBPyConnection | None = None, **filters: Any) -> pd.DataFrame:
    """The most active actors and recipients.

    One row per actor unit (full code, or country with ``level="country"``):
    ``actor``, ``name`` (the name most often resolved for it; a country's own name
    for ISO codes), ``as_actor`` and ``as_recipient`` (events in which it is among the
    actors / the recipients), ``total`` (their sum), ``goldstein_mean_as_actor``, and
    ``mentions`` (its resolved mentions in the stored articles of the span).  Sorted by
    ``total``, then unit.  Filters as for :func:`events` (``actor``/``recipient``
    select the events first).
    """
    if level not in ("country", "code"):
        raise QueryError(f"--level {level!r}: expected country or code")
    f = Filters(**filters)
    d = _check_dedupe(dedupe)
    q = _Sql()
    sel, _ = _selected_events(f, q, d)
    col = "codes" if level == "code" else "countries"
    lim = f"LIMIT {q.p(int(limit))}" if limit else ""
    sql = f"""
    WITH s AS ({sel}),
    act AS (SELECT unit, count(*) AS n, avg(goldstein) AS g
            FROM (SELECT unnest(s.actor_{col}) AS unit, s.goldstein FROM s) GROUP BY unit),
    rec AS (SELECT unit, count(*) AS n FROM (SELECT unnest(s.recipient_{col}) AS unit FROM s) GROUP BY unit)
    SELECT coalesce(act.unit, rec.unit) AS actor, coalesce(act.n, 0) AS as_actor,
           coalesce(rec.n, 0) AS as_recipient, coalesce(act.n, 0) + coalesce(rec.n, 0) AS total,
           act.g AS goldstein_mean_as_actor
    FROM act FULL OUTER JOIN rec ON act.unit = rec.unit
    ORDER BY total DESC, actor {lim}"""
    with _Conn(db, con) as c:
        df = c.execute(sql, q.params).df()
        units = [str(u) for u in df["actor"]]
        names = _names(c, units, level) if units else {}
        mentions = _mention_counts(c, units, level, f) if units else {}
    df.insert(1, "name", [names.get(a) for a in df["actor"]])
    df["mentions"] = [mentions.get(a, 0) for a in df["actor"]]
    for k in ("as_actor", "as_recipient", "total", "mentions"):
        df[k] = df[k].astype("int64")
    df["actor"] = df["actor"].astype(object)
    return df.reset_index(drop=True)


def _unit_sql(level: str, alias: str) -> str:
    return f"{alias}.code" if level == "code" else f"coalesce({alias}.country, left({alias}.code, 3))"


def _mention_counts(con: duckdb.DuckDBPyConnection, units: list[str], level: str, f: Filters) -> dict[str, int]:
    """Resolved mentions of each unit in the stored articles dated within the filters' span."""
    q = _Sql()
    unit = _unit_sql(level, "m")
    cond = [f"{unit} IN (SELECT unnest({q.p(units)}::VARCHAR[]))"]
    join = ""
    if f.since is not None or f.until is not None:
        join = "JOIN articles a ON a.id = m.article_id"
        if f.since is not None:
            cond.append(f"a.date >= {q.p(f.since)}")
        if f.until is not None:
            cond.append(f"a.date <= {q.p(f.until)}")
    sql = f"SELECT {unit} AS u, count(*) FROM mentions m {join} WHERE {' AND '.join(cond)} GROUP BY u"
    return dict(con.execute(sql, q.params).fetchall())


_NAME_SAMPLE = 200_000
"""Events read (the first stored) to name units that have no stored mention (Parquet imports)."""


def _names(con: duckdb.DuckDBPyConnection, units: list[str], level: str) -> dict[str, str]:
    """A readable name per unit: a country's ISO name, else the name most often resolved
    for it (from the mentions; for a country, the bare country entity's name first)."""
    names: dict[str, str] = {}
    if level == "country":
        for u in units:
            iso = display_name(u)
            if iso != u:
                names[u] = iso
    todo = [u for u in units if u not in names]
    if not todo:
        return names
    unit = _unit_sql(level, "m")
    pick = "mode(m.name)" if level == "code" else \
        f"coalesce(mode(m.name) FILTER (WHERE m.code = {unit}), mode(m.name))"
    sql = (f"SELECT {unit} AS u, {pick} FROM mentions m WHERE {unit} IN (SELECT unnest($units::VARCHAR[])) "
           f"GROUP BY u")
    names.update({u: n for u, n in con.execute(sql, {"units": todo}).fetchall() if n})
    todo = [u for u in units if u not in names]
    if todo:  # no mentions stored (events imported from Parquet): the first stored events
        unit = _unit_sql(level, "e")
        pick = "mode(e.name)" if level == "code" else \
            f"coalesce(mode(e.name) FILTER (WHERE e.code = {unit}), mode(e.name))"
        sql = (f"SELECT {unit} AS u, {pick} FROM (SELECT unnest(actor || recipient) AS e "
               f"FROM (SELECT actor, recipient FROM events LIMIT {_NAME_SAMPLE})) t "
               f"WHERE {unit} IN (SELECT unnest($units::VARCHAR[])) GROUP BY u")
        names.update({u: n for u, n in con.execute(sql, {"units": todo}).fetchall() if n})
    return names


def summary(db: str | Path = DEFAULT_DB, con: duckdb.DuckDBPyConnection | None = None) -> dict[str, Any]:
    """Row counts and the date span of the store's events."""
    with _Conn(db, con) as c:
        out = {t: c.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
               for t in ("articles", "events", "mentions", "failures")}
        lo, hi = c.execute("SELECT min(date), max(date) FROM events").fetchall()[0]
    out["first_date"], out["last_date"] = lo, hi
    return out


def edges(db: str | Path = DEFAULT_DB, *, level: str = "country", dedupe: str = "none",
          con: duckdb.DuckDBPyConnection | None = None, **filters: Any) -> pd.DataFrame:
    """The actor network of a span: one row per ordered (actor, recipient) pair.

    Columns ``actor``, ``recipient``, ``events``, ``goldstein_sum``, ``goldstein_mean``,
    ``first_date``, ``last_date``; pairs counted as in :func:`dyads`.  Filters: ``since``, ``until``, ``event_type``,
    ``cameo``, ``asserted_only``.
    """
    if level not in ("country", "code"):
        raise QueryError(f"--level {level!r}: expected country or code")
    f = Filters(**filters)
    dd = _check_dedupe(dedupe) != "none"
    q = _Sql()
    base = ["d.date IS NOT NULL"] + _event_conditions(f, q, "d")
    if f.asserted_only:
        base.append("d.asserted")
    sql = (f"SELECT x.actor, x.recipient, count(*) AS events, sum(x.goldstein) AS goldstein_sum, "
           f"avg(x.goldstein) AS goldstein_mean, min(x.date) AS first_date, max(x.date) AS last_date "
           f"FROM ({_directions([(None, None, None, None)], level, q, base, dedupe=dd)}) x "
           f"GROUP BY ALL ORDER BY events DESC, actor, recipient")
    with _Conn(db, con) as c:
        df = c.execute(sql, q.params).df()
    df["events"] = df["events"].astype("int64")
    for k in ("actor", "recipient"):
        df[k] = df[k].astype(object)
    return df


def display_name(unit: str, con: duckdb.DuckDBPyConnection | None = None) -> str:
    """A readable name for an actor unit: the country's name for ISO codes, else the unit itself."""
    if len(unit) == 3:
        import pycountry

        c = pycountry.countries.get(alpha_3=unit)
        if c is not None:
            return getattr(c, "common_name", None) or c.name
    return unit

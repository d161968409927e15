"""Benchmark: dyad, actor and event queries over a store of synthetic events (default 10 million).

    python bench/dyads.py                      # 10M events in a temporary store, then the queries
    python bench/dyads.py --events 1000000     # smaller
    python bench/dyads.py --db /tmp/syn.duckdb --keep   # keep (and reuse) the generated store

The events are generated inside DuckDB (``range()`` and hash-derived pseudo-random
columns, no Python loop) straight into the store's real ``events`` table, with CAMEO
codes, PLOVER types, quad classes and Goldstein scores taken from the ontology and
skewed actor/recipient countries; the ``dyads`` table is then derived by the same SQL
ingest uses (:data:`accord.store.DYADS_FROM_EVENTS`).  The queries run in a separate
process through the public API (:mod:`accord.analysis`) on a read-only connection,
so the peak RSS printed is the query process's own.  Target: under 1 s per query on
2 cores.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

COUNTRIES = ("USA RUS CHN GBR FRA DEU IRN ISR PSE SYR IRQ TUR PAK IND AFG UKR SAU EGY JPN KOR PRK YEM LBY "
             "LBN QAT ARE JOR NGA ZAF KEN ETH SDN SOM MLI BRA MEX VEN COL CAN AUS IDN MYS PHL VNM THA BGD "
             "MMR UNO EUR IGO").split()
SECTORS = ("GOV", "GOV", "GOV", "MIL", "COP", "CVL", "OPP", "REB", "BUS", "JRN", "LEG", "JUD", None, None)


def _peak_rss_mb() -> float:
    """This process's peak resident memory (MB).

    Linux's VmHWM, which starts afresh at exec; ``getrusage``'s ru_maxrss would carry
    the generating parent's peak over into the query process.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(db: str, n: int) -> None:
    """Fill a new store with n synthetic events (and their articles and dyad rows)."""
    import pandas as pd

    from accord import store
    from accord.ontology import load_ontology

    onto = load_ontology()
    codes = pd.DataFrame([(k, c.code, c.event_type, c.mode, c.quad_class, c.goldstein)
                          for k, c in enumerate(cc for cc in onto.codes.values() if len(cc.code) >= 3)],
                         columns=["k", "cameo_code", "event_type", "mode", "quad_class", "goldstein"])
    countries = json.dumps(COUNTRIES).replace('"', "'")
    sectors = "[" + ", ".join("NULL" if s is None else f"'{s}'" for s in SECTORS) + "]"
    con = store.connect(db, read_only=False)
    con.register("codes", codes)
    t0 = time.perf_counter()
    con.execute(f"""
    INSERT INTO events BY NAME
    WITH r AS (
        SELECT i, hash(i) AS h1, hash(i + 7919) AS h2, hash(i * 31 + 17) AS h3, hash(i * 131 + 5) AS h4
        FROM range({int(n)}) t(i)
    ),
    p AS (
        SELECT i, h1, h2, h3, h4,
               -- skewed country choice: low indexes (big countries) come up more often
               {countries}[1 + floor({len(COUNTRIES)} * pow((h2 % 10007) / 10007.0, 2))::INTEGER] AS c1,
               {countries}[1 + floor({len(COUNTRIES)} * pow((h3 % 10009) / 10009.0, 2))::INTEGER] AS c2,
               {countries}[1 + floor({len(COUNTRIES)} * pow((h4 % 10037) / 10037.0, 2))::INTEGER] AS c3,
               {sectors}[1 + ((h2 >> 20) % {len(SECTORS)})::INTEGER] AS s1,
               {sectors}[1 + ((h3 >> 20) % {len(SECTORS)})::INTEGER] AS s2,
               (h1 >> 33) % 100 AS shape
        FROM r
    ),
    e AS (
        SELECT p.*, c.cameo_code, c.event_type, c.mode, c.quad_class, c.goldstein,
               {{'text': c1, 'start': 0, 'end': 3, 'name': c1, 'code': c1 || coalesce(s1, ''),
                 'country': c1, 'sector': s1, 'kind': 'organization'}} AS a1,
               {{'text': c2, 'start': 10, 'end': 13, 'name': c2, 'code': c2 || coalesce(s2, ''),
                 'country': c2, 'sector': s2, 'kind': 'organization'}} AS r1,
               {{'text': c3, 'start': 5, 'end': 8, 'name': c3, 'code': c3,
                 'country': c3, 'sector': NULL, 'kind': 'country'}} AS a2
        FROM p JOIN codes c ON c.k = (p.h3 >> 40) % {len(codes)}
    ),
    f AS (
        SELECT *,
               CASE WHEN shape < 8 AND c3 <> c1 THEN [a1, a2] ELSE [a1] END AS actor,
               CASE WHEN shape >= 85 THEN [] ELSE [r1] END AS recipient
        FROM e
    )
    SELECT printf('%016x', h1) AS event_id, 'syn-' || (i // 4)::VARCHAR AS article_id,
           DATE '2015-01-01' + ((h1 >> 7) % 3653)::INTEGER AS date,
           event_type, mode, []::VARCHAR[] AS context, cameo_code, goldstein, quad_class,
           actor, recipient, {{'text': 'said', 'start': 20, 'end': 24}} AS "trigger",
           (h4 % 20)::INTEGER AS sentence_index, 'synthetic sentence' AS sentence,
           (h4 >> 50) % 50 = 0 AS negated, false AS future, (h4 >> 50) % 50 = 1 AS hypothetical,
           false AS historical, NULL AS quote, NULL AS speaker, NULL AS location,
           0.5 + ((h2 >> 40) % 50) / 100.0 AS confidence, 'synthetic' AS coder_version,
           list_distinct(list_transform(actor, lambda x: x.code)) AS actor_codes,
           list_distinct(list_transform(actor, lambda x: x.country)) AS actor_countries,
           list_filter(list_distinct(list_transform(actor, lambda x: x.sector)), lambda x: x IS NOT NULL)
               AS actor_sectors,
           list_distinct(list_transform(recipient, lambda x: x.code)) AS recipient_codes,
           list_distinct(list_transform(recipient, lambda x: x.country)) AS recipient_countries,
           list_filter(list_distinct(list_transform(recipient, lambda x: x.sector)), lambda x: x IS NOT NULL)
               AS recipient_sectors,
           array_to_string(list_sort(list_distinct(list_transform(actor, lambda x: x.code))), ';') AS actor_key,
           array_to_string(list_sort(list_distinct(list_transform(recipient, lambda x: x.code))), ';')
               AS recipient_key
    FROM f""")
    t1 = time.perf_counter()
    con.execute("""INSERT INTO articles BY NAME
                   SELECT article_id AS id, 'synthetic:' || article_id AS content_hash, min(date) AS date,
                          'syn-source-' || (hash(article_id) % 40)::VARCHAR AS source,
                          now()::TIMESTAMP AS coded_at, 'synthetic' AS coder_version,
                          count(*)::INTEGER AS n_events, 0 AS n_mentions
                   FROM events GROUP BY article_id""")
    t2 = time.perf_counter()
    rows = store.rebuild_dyads(con)
    t3 = time.perf_counter()
    con.execute("CHECKPOINT")
    con.close()
    print(f"generated {n:,} events in {t1 - t0:.1f} s, articles in {t2 - t1:.1f} s, "
          f"{rows:,} dyad rows in {t3 - t2:.1f} s (DuckDB SQL, no Python loop); "
          f"store {Path(db).stat().st_size / 1e6:,.0f} MB; generator peak RSS {_peak_rss_mb():,.0f} MB")


QUERIES = [
    ("dyads IRN<->PAK, month", "dyads", dict(actor="IRN", recipient="PAK", freq="month")),
    ("dyads IRN<->PAK, day", "dyads", dict(actor="IRN", recipient="PAK", freq="day")),
    ("dyads IRNGOV<->PAK, week", "dyads", dict(actor="IRNGOV", recipient="PAK", freq="week")),
    ("dyads IRN<->PAK, 2019, ACCUSE", "dyads", dict(actor="IRN", recipient="PAK", freq="month",
                                                    since="2019-01-01", until="2019-12-31", event_type="ACCUSE")),
    ("dyads IRN with everyone, month", "dyads", dict(actor="IRN", freq="month")),
    ("dyads all pairs, year", "dyads", dict(freq="year")),
    ("dyads all pairs, month", "dyads", dict(freq="month")),
    ("dyads IRN<->PAK, month, one-a-day", "dyads", dict(actor="IRN", recipient="PAK", freq="month",
                                                        dedupe="one-a-day")),
    ("actors top 20 (code)", "actors", dict(limit=20)),
    ("actors top 20 (country), 2019", "actors", dict(level="country", limit=20, since="2019-01-01",
                                                     until="2019-12-31")),
    ("events IRN->PAK, one month", "events", dict(actor="IRN", recipient="PAK", since="2019-03-01",
                                                  until="2019-03-31")),
]


def run_queries(db: str, repeat: int) -> None:
    import duckdb

    from accord import analysis, store

    con = store.connect(db)
    n = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    threads = con.execute("SELECT current_setting('threads')").fetchall()[0][0]
    print(f"\n{n:,} events; DuckDB {duckdb.__version__}, {threads} threads, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}; first and best of {repeat} runs, read-only connection, "
          f"results as pandas DataFrames")
    print(f"{'query':<38} {'rows':>9} {'first s':>8} {'best s':>8}")
    worst = 0.0
    for name, fn, kw in QUERIES:
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            df = getattr(analysis, fn)(db, con=con, **kw)
            times.append(time.perf_counter() - t)
        if fn == "dyads":
            worst = max(worst, min(times))
        flag = "" if min(times) < 1.0 else "  (over 1 s)"
        print(f"{name:<38} {len(df):>9,} {times[0]:>8.3f} {min(times):>8.3f}{flag}")
    con.close()
    print(f"slowest dyads query (best run): {worst:.3f} s; load average now {os.getloadavg()[0]:.1f}; "
          f"query process peak RSS {_peak_rss_mb():,.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=10_000_000, help="synthetic events to generate")
    ap.add_argument("--db", help="store file (default: a temporary file, removed at the end)")
    ap.add_argument("--keep", action="store_true", help="keep the store; reuse it when it already exists")
    ap.add_argument("--repeat", type=int, default=3, help="runs per query")
    ap.add_argument("--query-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.query_only:
        run_queries(args.db, args.repeat)
        return
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.mkdtemp(prefix="accord-bench-")
        db = os.path.join(tmp, "synthetic.duckdb")
    try:
        if not (args.keep and Path(db).exists()):
            for f in (db, db + ".wal"):
                if os.path.exists(f):
                    os.remove(f)
            generate(db, args.events)
        else:
            print(f"reusing {db}")
        subprocess.run([sys.executable, __file__, "--query-only", "--db", db, "--repeat", str(args.repeat)],
                       check=True)
    finally:
        if tmp and not args.keep:
            for f in Path(tmp).glob("*"):
                f.unlink()
            os.rmdir(tmp)


if __name__ == "__main__":
    main()

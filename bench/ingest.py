"""Benchmark: `accord ingest` throughput (articles/s) with the real Coder, and the cost of a re-run.

    python bench/ingest.py                                   # the Guardian sample, one process
    python bench/ingest.py CORPUS.jsonl --processes 2
    python bench/ingest.py --compare                         # also time coding alone (no store)

Prints, from one run: the Coder's load time; the first ingest into an empty store
(articles/s, events, mentions, peak RSS); the second ingest of the same corpus
(everything skipped: what a re-run costs); and with ``--compare`` the time to code
the same articles without storing them, so the store's own share can be read off.
The default corpus is the team's Guardian sample (``../shared/corpora`` next to the
repository, or ``/work/shared/corpora``).
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CANDIDATES = (ROOT.parent / "shared" / "corpora" / "guardian_sample_dev.jsonl",
              ROOT.parents[1] / "shared" / "corpora" / "guardian_sample_dev.jsonl",
              Path("/work/shared/corpora/guardian_sample_dev.jsonl"))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", help="articles to ingest (default: the Guardian sample)")
    ap.add_argument("--processes", type=int, default=1, help="parser processes")
    ap.add_argument("--batch-size", type=int, default=64, help="articles per transaction")
    ap.add_argument("--compare", action="store_true", help="also time coding without the store")
    args = ap.parse_args()
    corpus = Path(args.corpus) if args.corpus else next((p for p in CANDIDATES if p.exists()), None)
    if corpus is None or not corpus.exists():
        sys.exit("no corpus: give one (the Guardian sample was not found next to the repository)")

    from accord import store
    from accord.coder import Coder
    from accord.readers import read_inputs
    from accord.records import Article

    t = time.perf_counter()
    coder = Coder()
    load = time.perf_counter() - t
    n_articles = sum(1 for a in read_inputs([corpus]) if isinstance(a, Article))
    words = sum(len(a.text.split()) for a in read_inputs([corpus]) if isinstance(a, Article))
    print(f"corpus {corpus}: {n_articles} articles, {words:,} words; Coder loaded in {load:.1f} s "
          f"({coder.model_name}); {args.processes} process(es), batches of {args.batch_size}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        db = Path(tmp) / "bench.duckdb"
        first = store.ingest(db, read_inputs([corpus]), coder, n_process=args.processes,
                             batch_size=args.batch_size)
        print(f"first ingest:  {first.stored} articles stored in {first.seconds:.1f} s = "
              f"{first.stored / first.seconds:.2f} articles/s ({words / first.seconds:,.0f} words/s); "
              f"{first.events} events, {first.mentions} mentions, {first.batches} transactions, "
              f"{first.failed} failed; peak RSS {_rss_mb():,.0f} MB")
        print(f"               of which building rows and writing them: {first.store_seconds:.2f} s "
              f"({first.store_seconds / first.seconds:.1%}); the rest is reading and coding")
        second = store.ingest(db, read_inputs([corpus]), coder, n_process=args.processes)
        print(f"second ingest: {second.skipped} skipped, {second.stored} stored, in {second.seconds:.2f} s "
              f"(nothing parsed)")
        c = store.counts(db)
        print(f"store: {c['articles']} articles, {c['events']} events, {c['dyads']} dyad rows, "
              f"{c['mentions']} mentions, {db.stat().st_size / 1e6:.1f} MB")
    if args.compare:
        t = time.perf_counter()
        n = sum(len(r.events) for r in coder.code_documents(
            (a for a in read_inputs([corpus]) if isinstance(a, Article)), n_process=args.processes))
        code_only = time.perf_counter() - t
        print(f"coding alone:  {n_articles / code_only:.2f} articles/s ({n} events) in {code_only:.1f} s; "
              f"the store's share of the ingest time: {max(0.0, 1 - code_only / first.seconds):.0%}")


if __name__ == "__main__":
    main()

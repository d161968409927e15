"""Throughput of accord against the bare spaCy parse, on one core, two, ten times the data, and Spark.

    python bench/throughput.py                      # the default corpus, everything
    python bench/throughput.py --corpus my.jsonl --skip-spark --skip-10x

Prints, from one run:

* articles/s, words/s and peak RSS of ``accord code`` on one process;
* the parse-time ratio: bare ``nlp.pipe`` time / accord time over the same texts,
  same model, same batch size (target >= 0.85).  The two are timed chunk by chunk,
  alternating which goes first, so that load from other programs hits both alike;
  "bare" is the stock pipeline without accord's paragraph component;
* the speed-up of 2 processes over 1 (target >= 1.6 on two cores);
* peak RSS for the corpus and for ten times the corpus, streamed from a JSONL file
  (target: within 1.2x);
* Spark ``local[2]`` articles/s on the same corpus (timed after a warm-up job has
  loaded the Coder in both Python workers; the cold figure, JVM start included, too).

Every measurement runs in its own child process so that its peak RSS is its own.
The corpus is ``../shared/corpora/guardian_sample_dev.jsonl`` (next to the
repository) when present, else the team's examples repeated to the same size.
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

ROOT = Path(__file__).resolve().parents[1]
SHARED_SAMPLE = Path("shared") / "corpora" / "guardian_sample_dev.jsonl"
SAMPLE_WORDS = 104_794
"""Size of the Guardian sample (125 articles) in whitespace-separated words: the
size of the stand-in corpus built from the examples when the sample is absent."""


# ----------------------------------------------------------------------------- corpus

def default_corpus(workdir: Path) -> Path:
    for base in (ROOT.parent, Path.cwd().parent, Path("/work")):
        if (base / SHARED_SAMPLE).is_file():
            return base / SHARED_SAMPLE
    return build_from_examples(workdir / "examples_corpus.jsonl")


def article_rows(path: Path):
    from accord.readers import ReadError, read_inputs

    for a in read_inputs([path]):
        if not isinstance(a, ReadError):
            yield {"id": a.id, "date": a.date, "title": a.title, "source": a.source, "url": a.url, "text": a.text}


def build_from_examples(out: Path) -> Path:
    """The examples (all formats) repeated with fresh ids until the corpus has SAMPLE_WORDS words."""
    rows = list(article_rows(ROOT / "examples"))
    words, k = 0, 0
    with open(out, "w", encoding="utf-8") as fh:
        while words < SAMPLE_WORDS:
            for r in rows:
                fh.write(json.dumps({**r, "id": f"{r['id']}#{k}"}) + "\n")
                words += len(r["text"].split())
            k += 1
    return out


def repeat_corpus(src: Path, out: Path, times: int) -> Path:
    """``times`` copies of a JSONL corpus (ids made unique), written line by line."""
    rows = list(article_rows(src))
    with open(out, "w", encoding="utf-8") as fh:
        for k in range(times):
            for r in rows:
                fh.write(json.dumps({**r, "id": f"{r['id']}#x{k}"}) + "\n")
    return out


# ----------------------------------------------------------------------------- measurements (child processes)

def _rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def measure_code(corpus: str, processes: int, batch_size: int, model: str | None) -> dict:
    """``accord code`` on a streamed file: seconds, articles, words, events, peak RSS."""
    from accord.coder import Coder
    from accord.readers import read_inputs

    coder = Coder(model=model, batch_size=batch_size)
    loaded = _rss_mb()
    counts = {"articles": 0, "words": 0, "events": 0, "failed": 0}

    def stream():
        for a in read_inputs([corpus]):
            if hasattr(a, "text"):
                counts["articles"] += 1
                counts["words"] += len(a.text.split())
                yield a

    t0 = time.perf_counter()
    for r in coder.code_documents(stream(), n_process=processes):
        counts["events"] += len(r.events)
        counts["failed"] += bool(r.error)
    secs = time.perf_counter() - t0
    return {**counts, "seconds": secs, "processes": processes, "rss_loaded_mb": loaded,
            "rss_peak_mb": _rss_mb(), "rss_children_peak_mb": _rss_mb(resource.RUSAGE_CHILDREN)}


def measure_ratio(corpus: str, batch_size: int, model: str | None) -> dict:
    """Bare ``nlp.pipe`` vs accord, timed chunk by chunk on the same texts."""
    from accord.coder import Coder
    from accord.nlp import PARAGRAPH_COMPONENT
    from accord.parallel import chunked, code_chunk
    from accord.readers import read_inputs

    coder = Coder(model=model, batch_size=batch_size)
    nlp = coder.nlp
    arts = [a for a in read_inputs([corpus]) if hasattr(a, "text")]
    extra = [p for p in (PARAGRAPH_COMPONENT,) if p in nlp.pipe_names]

    def bare(chunk):
        with nlp.select_pipes(disable=extra):
            for _ in nlp.pipe((a.text for a in chunk), batch_size=batch_size):
                pass

    def accord(chunk):
        code_chunk(coder, chunk)

    chunks = list(chunked(arts, batch_size))
    bare(chunks[0]), accord(chunks[0])  # warm-up (first-call allocations)
    t_bare = t_acc = 0.0
    cpu_bare = cpu_acc = 0.0
    for i, chunk in enumerate(chunks):
        order = (bare, accord) if i % 2 == 0 else (accord, bare)
        for fn in order:
            c0, t0 = time.process_time(), time.perf_counter()
            fn(chunk)
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
            if fn is bare:
                t_bare, cpu_bare = t_bare + dt, cpu_bare + dc
            else:
                t_acc, cpu_acc = t_acc + dt, cpu_acc + dc
    return {"bare_seconds": t_bare, "accord_seconds": t_acc, "ratio": t_bare / t_acc,
            "bare_cpu": cpu_bare, "accord_cpu": cpu_acc, "cpu_ratio": cpu_bare / cpu_acc,
            "articles": len(arts), "batch_size": batch_size}


def measure_spark(corpus: str, batch_size: int, model: str | None, master: str, workdir: str) -> dict:
    """The Spark job in local mode: a warm-up job, then the corpus (both timed)."""
    t_start = time.perf_counter()
    from accord import spark as job

    s = job.session(master, "accord-bench", {"spark.ui.showConsoleProgress": "false",
                                             "spark.sql.shuffle.partitions": "4"})
    s.sparkContext.setLogLevel("ERROR")
    spec = job.CoderSpec(model, (), (), batch_size)
    try:
        cores = s.sparkContext.defaultParallelism
        warm_in = Path(workdir) / "warm.jsonl"
        with open(warm_in, "w", encoding="utf-8") as fh:  # one short article per core
            for k in range(cores):
                fh.write(json.dumps({"id": f"w{k}", "date": "2024-01-01",
                                     "text": "Iran condemned Israel on Monday."}) + "\n")
        job.run(s, str(warm_in), str(Path(workdir) / "warm_out"), partitions=cores, spec=spec, mode="overwrite")
        warm_done = time.perf_counter()
        res = job.run(s, corpus, str(Path(workdir) / "spark_out"), spec=spec, mode="overwrite")
        events = job.read_events(str(Path(workdir) / "spark_out")).num_rows
    finally:
        _stop_and_reap(s)
    return {"articles": res.articles, "events": res.events, "events_read_back": events, "failed": res.failed,
            "seconds": res.seconds, "partitions": res.partitions, "master": master,
            "cold_seconds": time.perf_counter() - t_start,
            "warmup_seconds": warm_done - t_start}


def _stop_and_reap(session) -> None:
    """Stop Spark and wait for its JVM, so that the JVM's CPU time counts as this step's own."""
    from pyspark import SparkContext

    gateway = SparkContext._gateway
    session.stop()
    proc = getattr(gateway, "proc", None)
    if proc is None:
        return
    try:
        gateway.shutdown()
        proc.stdin.close()  # the JVM exits when its stdin closes
        proc.wait(timeout=60)
    except Exception:  # pragma: no cover - best effort
        pass


def child(args) -> None:
    if args.child == "code":
        out = measure_code(args.corpus, args.processes, args.batch_size, args.model)
    elif args.child == "ratio":
        out = measure_ratio(args.corpus, args.batch_size, args.model)
    else:
        out = measure_spark(args.corpus, args.batch_size, args.model, args.master, args.workdir)
    print("RESULT " + json.dumps(out), flush=True)


# ----------------------------------------------------------------------------- orchestration

def _busy_seconds() -> float | None:
    """CPU seconds all programs on this machine have used (from /proc/stat), or None."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq = f[:7]
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def run_child(kind: str, args, corpus: Path, **extra) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--corpus", str(corpus),
           "--batch-size", str(args.batch_size), "--workdir", str(args.workdir)]
    if args.model:
        cmd += ["--model", args.model]
    for k, v in extra.items():
        cmd += [f"--{k}", str(v)]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src")] + [p for p in [env.get("PYTHONPATH")] if p])
    print(f"[bench] {kind} {extra or ''} on {corpus.name} ...", file=sys.stderr, flush=True)
    busy0, ours0, t0 = _busy_seconds(), resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True)
    busy1, ours1, wall = _busy_seconds(), resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter() - t0
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        print(f"[bench] {kind} failed (exit {proc.returncode})", file=sys.stderr)
        return None
    out = json.loads(lines[-1][len("RESULT "):])
    if busy0 is not None and busy1 is not None and kind != "spark":
        # (not for Spark: its Python workers are not reaped by us, so their CPU time cannot be told apart)
        ours = (ours1.ru_utime + ours1.ru_stime) - (ours0.ru_utime + ours0.ru_stime)
        # cores that other programs kept busy while this step ran (context for the wall-clock figures)
        out["others_cores"] = max(0.0, (busy1 - busy0) - ours) / wall
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=None, help="JSONL corpus (default: the Guardian sample)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--model", default=None)
    p.add_argument("--master", default="local[2]", help="Spark master for the Spark figure")
    p.add_argument("--skip-spark", action="store_true")
    p.add_argument("--skip-10x", action="store_true", help="skip the memory run on ten times the corpus")
    p.add_argument("--json", type=Path, default=None, help="also write every figure here")
    p.add_argument("--child", choices=("code", "ratio", "spark"), help=argparse.SUPPRESS)
    p.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    p.add_argument("--workdir", default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(args)
        return 0

    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        args.workdir = tmp
        corpus = args.corpus or default_corpus(Path(tmp))
        load0 = os.getloadavg()
        t0 = time.perf_counter()
        one = run_child("code", args, corpus, processes=1)
        two = run_child("code", args, corpus, processes=2)
        ratio = run_child("ratio", args, corpus)
        if not (one and two and ratio):
            return 1
        big = None
        if not args.skip_10x:
            big = run_child("code", args, repeat_corpus(corpus, Path(tmp) / "corpus_x10.jsonl", 10), processes=1)
        spark = None if args.skip_spark else run_child("spark", args, corpus, master=args.master)
        load1 = os.getloadavg()
        total = time.perf_counter() - t0

    res = {"corpus": str(corpus), "cores": os.cpu_count(), "one": one, "two": two, "ratio": ratio,
           "x10": big, "spark": spark, "loadavg_before": load0, "loadavg_after": load1, "seconds": total}
    print(report(res))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


def report(r: dict) -> str:
    one, two, ratio, big, spark = r["one"], r["two"], r["ratio"], r["x10"], r["spark"]
    rate1 = one["articles"] / one["seconds"]
    rate2 = two["articles"] / two["seconds"]
    def busy(x):
        return f"; other programs kept {x['others_cores']:.1f} of {r['cores']} cores busy" if "others_cores" in x else ""

    L = [f"corpus: {r['corpus']}  ({one['articles']} articles, {one['words']:,} words, "
         f"{one['events']} events; batch size {ratio['batch_size']}; {r['cores']} cores; "
         f"load average {r['loadavg_before'][0]:.2f} before, {r['loadavg_after'][0]:.2f} after)",
         "",
         f"1 process     {rate1:8.2f} articles/s  {one['words'] / one['seconds']:9,.0f} words/s  "
         f"peak RSS {one['rss_peak_mb']:.0f} MB (after loading {one['rss_loaded_mb']:.0f} MB){busy(one)}",
         f"2 processes   {rate2:8.2f} articles/s  {two['words'] / two['seconds']:9,.0f} words/s  "
         f"peak RSS parent {two['rss_peak_mb']:.0f} MB, largest worker {two['rss_children_peak_mb']:.0f} MB{busy(two)}",
         f"speed-up at 2 processes vs 1: {rate2 / rate1:.2f}x   (target >= 1.6)"]
    if two["events"] != one["events"]:
        L.append(f"  WARNING: {two['events']} events at 2 processes vs {one['events']} at 1")
    L += [f"parse-time ratio, bare nlp.pipe / accord: {ratio['ratio']:.3f} wall "
          f"({ratio['bare_seconds']:.1f} s / {ratio['accord_seconds']:.1f} s), {ratio['cpu_ratio']:.3f} CPU time"
          f"   (target >= 0.85){busy(ratio)}"]
    if big:
        L.append(f"peak RSS, corpus x1 {one['rss_peak_mb']:.0f} MB vs x10 ({big['articles']} articles, streamed) "
                 f"{big['rss_peak_mb']:.0f} MB: {big['rss_peak_mb'] / one['rss_peak_mb']:.2f}x   (target <= 1.2); "
                 f"x10 ran at {big['articles'] / big['seconds']:.2f} articles/s{busy(big)}")
    if spark:
        L.append(f"Spark {spark['master']}  {spark['articles'] / spark['seconds']:8.2f} articles/s  "
                 f"({spark['seconds']:.1f} s, {spark['partitions']} partitions, {spark['events']} events; "
                 f"cold start incl. JVM and Coder loading {spark['warmup_seconds']:.1f} s)")
        if spark["events"] != one["events"]:
            L.append(f"  WARNING: Spark gave {spark['events']} events vs {one['events']} in one process")
    L.append(f"(bench took {r['seconds']:.0f} s)")
    return "\n".join(L)


if __name__ == "__main__":
    sys.exit(main())

"""The ``accord`` command: a thin layer over the library (options in, library calls out).

Run ``accord --help`` or ``accord COMMAND --help``; every command is documented with a
runnable example in docs/cli.md.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="accord: open political event coder (news text in, PLOVER/CAMEO events out).")
dictionaries_app = typer.Typer(no_args_is_help=True, help="Actor dictionaries: statistics and imports.")
app.add_typer(dictionaries_app, name="dictionaries")

FORMATS = ("jsonl", "csv", "table")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


_coders: dict = {}


def _make_coder(model: Optional[str], actors: List[Path], lexicon: List[Path]):
    """One Coder per (model, dictionaries, lexicon) in this process (commands run in-process by
    tests or notebooks reuse it)."""
    from accord.coder import Coder
    from accord.datafiles import DataFileError
    from accord.nlp import ModelNotFoundError

    key = (model, tuple(map(str, actors)), tuple(map(str, lexicon)))
    if key in _coders:
        return _coders[key]
    try:
        _coders[key] = Coder(model=model, actors=actors, lexicon=lexicon)
        return _coders[key]
    except ModelNotFoundError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    except DataFileError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)


def iter_articles(paths: List[str], text: Optional[str], date: Optional[str], stats: dict):
    """Articles from the command line's inputs; read errors are printed and counted, not raised."""
    from accord.readers import ReadError, normalise_date, read_inputs, text_id
    from accord.records import Article

    if text is not None:
        try:
            day = normalise_date(date)
        except ValueError as exc:
            _err(f"error: --date: {exc}")
            raise typer.Exit(2)
        sources = [Article(id=text_id(text), text=text, date=day, source_path="--text")]
    else:
        sources = read_inputs(paths)
    for item in sources:
        if isinstance(item, ReadError):
            stats["failed"] += 1
            stats["errors"].append(str(item))
            _err(f"error: {item}")
            continue
        if date and text is None and item.date is None:
            item.date = normalise_date(date)
        if item.date is None:
            where = item.source_path or "<input>"
            if item.line:
                where += f":{item.line}"
            _err(f"warning: {where}: article {item.id} has no date; its events get date null "
                 f"and people take their most recent known role")
        stats["read"] += 1
        yield item


@app.command()
def code(
    paths: List[str] = typer.Argument(None, help="Files (.txt .html .jsonl .jsonl.gz), directories, or - for stdin."),
    text: Optional[str] = typer.Option(None, "--text", help="Code this passage instead of files."),
    date: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD for --text (or for inputs without a date)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="jsonl (default when not a terminal), csv, or table (terminal default)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name or path."),
    actors: List[Path] = typer.Option([], "--actors", help="Extra actor dictionary (.yaml/.csv); repeatable."),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="Extra lexicon file (.yaml); repeatable."),
    processes: int = typer.Option(1, "--processes", "-p", help="Parser processes (-1: all cores)."),
):
    """Code articles into events.

    Example: accord code examples/ --format table
    """
    from accord.writers import make_writer

    if not paths and text is None:
        _err("error: give files, directories, - (stdin) or --text")
        raise typer.Exit(2)
    if fmt is None:
        fmt = "jsonl" if output is not None or not sys.stdout.isatty() else "table"
    if fmt not in FORMATS:
        _err(f"error: --format must be one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    coder = _make_coder(model, actors, lexicon)
    stats = {"read": 0, "failed": 0, "events": 0, "errors": []}
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    writer = make_writer(fmt, fh)
    n_process = _processes(processes)
    try:
        for result in coder.code_documents(iter_articles(paths or [], text, date, stats), n_process=n_process):
            if result.error:
                stats["failed"] += 1
                stats["errors"].append(f"{result.article.source_path or result.article.id}: {result.error}")
                _err(f"error: article {result.article.id}: {result.error}")
                continue
            for ev in result.events:
                writer.write(ev)
                stats["events"] += 1
    finally:
        writer.close()
        if output:
            fh.close()
    _err(f"coded {stats['read']} article(s), {stats['events']} event(s); {stats['failed']} input(s) failed")
    if stats["read"] == 0 and stats["failed"] > 0:
        raise typer.Exit(1)


def _processes(n: int) -> int:
    import os

    if n == -1 or n == 0:
        return os.cpu_count() or 1
    return max(1, n)


@app.command()
def schema(output: Optional[Path] = typer.Option(None, "--output", "-o")):
    """Print the JSON Schema of the event record (the contract in docs/event.schema.json).

    Example: accord schema -o docs/event.schema.json
    """
    from accord.records import event_json_schema

    text = json.dumps(event_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command("lexicon")
def lexicon_stats(extra: List[Path] = typer.Option([], "--lexicon", help="Extra lexicon files to include.")):
    """Count lexicon patterns per CAMEO root.

    Example: accord lexicon
    """
    from accord.datafiles import DataFileError
    from accord.events.lexicon import Lexicon
    from accord.ontology import load_ontology

    ont = load_ontology()
    try:
        lex = Lexicon.load(extra=extra, valid_codes=ont.codes.keys())
    except DataFileError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    for root in sorted(lex.count_by_root):
        typer.echo(f"{root}  {ont.root_name(root):<40} {lex.count_by_root[root]:>5}")
    typer.echo(f"total {'':<40} {len(lex):>5}")


@dictionaries_app.command("stats")
def dictionaries_stats(actors: List[Path] = typer.Option([], "--actors")):
    """Counts of the loaded actor dictionaries.

    Example: accord dictionaries stats
    """
    coder_nlp = _nlp()
    from accord.actors.dictionary import ActorDictionary

    d = ActorDictionary.load(lambda s: [t.text for t in coder_nlp.tokenizer(s)], extra=actors)
    for k, v in d.stats().items():
        typer.echo(f"{k:<16} {v}")


def _nlp():
    from accord.nlp import ModelNotFoundError, load_pipeline

    try:
        return load_pipeline(None)
    except ModelNotFoundError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)


@dictionaries_app.command("import-petrarch")
def import_petrarch(source: Path = typer.Argument(..., help="PETRARCH/Phoenix-format actor dictionary."),
                    output: Path = typer.Option(..., "--output", "-o", help="YAML file to write.")):
    """Convert a PETRARCH-format actor dictionary into accord YAML (load it with --actors).

    Example: accord dictionaries import-petrarch tests/data/petrarch_actors.txt -o my_actors.yaml
    """
    from accord.actors.petrarch import convert, write_yaml
    from accord.datafiles import DataFileError

    try:
        records = convert(source)
    except DataFileError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    write_yaml(records, output, source.name)
    people = sum(1 for r in records if r["kind"] == "person")
    typer.echo(f"wrote {len(records)} actors ({people} with dated roles) to {output}")


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL: {text, date, events: [{event_type, actor, recipient}]}."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write every mismatch as JSONL here."),
    model: Optional[str] = typer.Option(None, "--model"),
    actors: List[Path] = typer.Option([], "--actors"),
    lexicon: List[Path] = typer.Option([], "--lexicon"),
):
    """Precision, recall and F1 per PLOVER type against gold events (rules: docs/evaluation.md).

    Example: accord evaluate tests/data/gold_events_test.jsonl
    """
    from accord.evaluate import GoldFileError, evaluate_events, format_event_report, load_gold

    try:
        rows = load_gold(gold, "events")
    except GoldFileError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    rep = evaluate_events(_make_coder(model, actors, lexicon), rows)
    _emit(rep.to_dict() if fmt == "json" else format_event_report(rep), fmt)
    if errors:
        _write_jsonl(errors, rep.errors)


@app.command("evaluate-actors")
def evaluate_actors_cmd(
    gold: Path = typer.Argument(..., help="Gold JSONL: {text, date, entities: [{mention, code}]}."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write every mismatch as JSONL here."),
    model: Optional[str] = typer.Option(None, "--model"),
    actors: List[Path] = typer.Option([], "--actors"),
):
    """Precision and recall of resolved actor codes against gold mentions.

    Example: accord evaluate-actors tests/data/gold_actors_test.jsonl
    """
    from accord.evaluate import GoldFileError, evaluate_actors, format_actor_report, load_gold

    try:
        rows = load_gold(gold, "entities")
    except GoldFileError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    rep = evaluate_actors(_make_coder(model, actors, []), rows)
    _emit(rep.to_dict() if fmt == "json" else format_actor_report(rep), fmt)
    if errors:
        _write_jsonl(errors, rep.errors)


def _emit(result, fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        typer.echo(result)


def _write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")


# ----------------------------------------------------------------------------- spark (issue 6)

@app.command("spark")
def spark_cmd(
    input_path: str = typer.Argument(..., metavar="INPUT", help="Articles: .jsonl(.gz) or .parquet file or directory."),
    output: str = typer.Argument(..., metavar="OUTPUT", help="Directory for the event Parquet, partitioned by date."),
    partitions: int = typer.Option(0, "--partitions", help="Coding tasks (0: max(input splits, 2 x cores))."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name, or a path on the executors."),
    master: str = typer.Option("local[*]", "--master", help="Spark master: local[2], spark://host:7077, yarn..."),
    actors: List[str] = typer.Option([], "--actors", help="Extra actor dictionary (.yaml/.csv); repeatable."),
    lexicon: List[str] = typer.Option([], "--lexicon", help="Extra lexicon file (.yaml); repeatable."),
    fmt: Optional[str] = typer.Option(None, "--format", help="Input format, json or parquet (default: from the name)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace OUTPUT if it exists."),
    failures: Optional[str] = typer.Option(None, "--failures", help="Also write uncoded articles (id, reason) here."),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles per nlp.pipe batch."),
):
    """Code articles on Apache Spark (one pipeline per executor); write events as Parquet by date.

    Needs pyspark (accord's "spark" extra) and Java 17.  Cluster runs: docs/spark.md.

    Example: accord spark examples/wire_briefs.jsonl out/events --master local[2] --overwrite
    """
    try:
        from accord import spark as job
    except ImportError as exc:  # pragma: no cover - pyspark missing
        _err(f"error: {exc}; install the Spark extra: pip install 'accord[spark]'")
        raise typer.Exit(2)
    if fmt not in (None, "json", "parquet"):
        _err("error: --format must be json or parquet")
        raise typer.Exit(2)
    if fmt is None and "://" not in input_path:
        try:
            fmt = job.input_format(input_path)
        except ValueError as exc:
            _err(f"error: {exc}")
            raise typer.Exit(2)
    if not overwrite and "://" not in output and Path(output).exists():
        _err(f"error: {output} exists; pass --overwrite to replace it")
        raise typer.Exit(2)
    spec = job.CoderSpec(model, tuple(actors), tuple(lexicon), batch_size)
    spark = job.session(master)
    try:
        res = job.run(spark, input_path, output, partitions=partitions, spec=spec, fmt=fmt, failures=failures,
                      mode="overwrite" if overwrite else "errorifexists")
    except Exception as exc:
        _err(f"error: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        raise typer.Exit(1)
    finally:
        spark.stop()
    _err(res.summary())


# ----------------------------------------------------------------------------- store (issue 5)
# accord ingest / events / dyads / actors / export / plot: thin wrappers over
# accord.store, accord.analysis, accord.exports and accord.plots (docs/store.md).

plot_app = typer.Typer(no_args_is_help=True, help="Figures from the event store (PNG, SVG or PDF).")
app.add_typer(plot_app, name="plot")

TABLE_FORMATS = ("table", "csv", "jsonl")
_DB_HELP = "DuckDB store file (default: accord.duckdb in the working directory)."


class _LazyCoder:
    """Loads the Coder only when an article actually needs coding (a re-run skips everything)."""

    def __init__(self, model: Optional[str], actors: List[Path], lexicon: List[Path]):
        from accord import __version__

        self.args = (model, actors, lexicon)
        self.version = f"accord-{__version__}"

    def code_documents(self, articles, n_process: int = 1):
        import itertools

        it = iter(articles)
        first = next(it, None)
        if first is None:
            return
        coder = _make_coder(*self.args)
        self.version = coder.version
        yield from coder.code_documents(itertools.chain([first], it), n_process=n_process)


def _store_call(fn, *args, **kwargs):
    """Run a library call, turning the store's and the queries' errors into messages and exit 2."""
    from accord.analysis import QueryError
    from accord.exports import ExportError
    from accord.store import StoreError

    try:
        return fn(*args, **kwargs)
    except (StoreError, QueryError, ExportError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)


def _count_inputs(paths: List[str]) -> Optional[int]:
    """How many articles the inputs hold (JSONL lines, files), or None when it cannot be told cheaply."""
    from accord.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            name = f.name.lower()
            if name.endswith(".jsonl"):
                try:
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            elif name.endswith(JSONL_SUFFIXES):
                return None  # .jsonl.gz: counting would mean decompressing it twice
            elif name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES) or not path.is_dir():
                total += 1
    return total


def _ingest_items(paths: List[str], date: Optional[str]):
    """Articles and ReadErrors of the inputs (errors go to the store's failures table)."""
    from accord.readers import normalise_date, read_inputs
    from accord.records import Article

    default = normalise_date(date) if date else None
    for item in read_inputs(paths):
        if isinstance(item, Article) and default and item.date is None:
            item.date = default
        yield item


class _Progress:
    """A rich progress bar on standard error (articles/s and ETA), or nothing off a terminal."""

    def __init__(self, enabled: Optional[bool], total: Optional[int], label: str):
        from rich.console import Console

        console = Console(stderr=True)
        self.bar = None
        if enabled is False or (enabled is None and not console.is_terminal):
            return
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                return Text(f"{task.speed or 0:.1f} articles/s", style="cyan")

        self.bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(),
                            TextColumn("eta"), TimeRemainingColumn(), TimeElapsedColumn(),
                            TextColumn("{task.fields[detail]}"), console=console, transient=False)
        self.task = self.bar.add_task(label, total=total, detail="")
        self.counts = {"stored": 0, "skipped": 0, "failed": 0}

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()

    def __call__(self, kind: str, n: int = 1) -> None:
        if self.bar:
            self.counts[kind] += n
            c = self.counts
            self.bar.update(self.task, advance=n,
                            detail=f"{c['stored']} stored, {c['skipped']} skipped, {c['failed']} failed")


def _print_ingest_summary(db: str, stats, parquet: bool) -> None:
    what = "imported" if parquet else "coded and stored"
    rate = f", {stats.coded_per_second:.1f} articles/s" if stats.stored else ""
    _err(f"ingest into {db}: {stats.read} article(s) read, {stats.skipped} skipped (already stored), "
         f"{stats.stored} {what} ({stats.replaced} replacing an older version), {stats.failed} failed")
    _err(f"stored {stats.events} event(s) and {stats.mentions} mention(s) in {stats.seconds:.1f} s{rate}")
    if stats.failures:
        _err("failures by reason:")
        import re as _re

        by_reason: dict = {}
        for _, _, reason in stats.failures:
            key = _re.sub(r"\(column \d+\)|at byte \d+|\d+ characters|\d+\.\d+ MB", "…", reason)
            by_reason[key] = by_reason.get(key, 0) + 1
        for reason, n in sorted(by_reason.items(), key=lambda kv: -kv[1])[:15]:
            _err(f"  {n:>6}  {reason}")
        for path, line, reason in stats.failures[:10]:
            _err(f"  {path}{':' + str(line) if line else ''}: {reason}")
        if len(stats.failures) > 10:
            _err(f"  ... {len(stats.failures) - 10} more (all in the store's failures table)")


@app.command()
def ingest(
    paths: List[str] = typer.Argument(None, help="Files (.txt .html .jsonl .jsonl.gz .parquet), directories, "
                                                 "or - for stdin. None: only create/migrate the store."),
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=_DB_HELP),
    processes: int = typer.Option(1, "--processes", "-p", help="Parser processes (-1: all cores)."),
    batch_size: int = typer.Option(64, "--batch-size", help="Articles per transaction."),
    force: bool = typer.Option(False, "--force", help="Re-code articles that are already stored."),
    date: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD for inputs without a date."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar (default: when standard error is a terminal)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name or path."),
    actors: List[Path] = typer.Option([], "--actors", help="Extra actor dictionary (.yaml/.csv); repeatable."),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="Extra lexicon file (.yaml); repeatable."),
):
    """Code articles and store them, with their events and mentions, in the DuckDB store.

    Already stored articles (same id and text) are skipped, so re-running adds nothing;
    a killed run resumes where it stopped. Parquet files of events (accord export, the
    Spark job) are loaded as they are, without coding.

    Example: accord ingest examples/ --db events.duckdb
    """
    from accord.exports import is_parquet_input, read_parquet
    from accord.store import connect, import_events
    from accord.store import ingest as ingest_articles

    dbs = str(db)
    if not paths:
        con = _store_call(connect, dbs, read_only=False)
        from accord.store import schema_version

        _err(f"{dbs}: store at schema version {schema_version(con)}")
        con.close()
        return
    if date:
        from accord.readers import normalise_date

        try:
            normalise_date(date)
        except ValueError as exc:
            _err(f"error: --date: {exc}")
            raise typer.Exit(2)
    parquet = [p for p in paths if p != "-" and is_parquet_input(p)]
    texts = [p for p in paths if p not in parquet]
    for p in parquet:
        if Path(p).is_dir() and any(f.name.lower().endswith((".txt", ".html", ".htm", ".jsonl", ".jsonl.gz"))
                                    for f in Path(p).rglob("*")):
            _err(f"warning: {p} holds Parquet files, so it is loaded as a Parquet dataset; the article "
                 f"files in it are not read (name them on the command line)")
    ok = failed = 0
    for p in parquet:
        with _Progress(progress, None, f"import {Path(p).name}") as bar:
            stats = _store_call(import_events, dbs, read_parquet(p), source=p, progress=bar)
        _print_ingest_summary(dbs, stats, parquet=True)
        ok += stats.stored + stats.skipped
        failed += stats.failed
    if texts:
        total = _count_inputs(texts) if progress is not False else None
        with _Progress(progress, total, "ingest") as bar:
            stats = _store_call(ingest_articles, dbs, _ingest_items(texts, date),
                                _LazyCoder(model, actors, lexicon), batch_size=batch_size,
                                n_process=_processes(processes), force=force, progress=bar)
        _print_ingest_summary(dbs, stats, parquet=False)
        ok += stats.stored + stats.skipped
        failed += stats.failed
    if ok == 0 and failed > 0:
        raise typer.Exit(1)


def _filters(actor, recipient, event_type, cameo, since, until, asserted) -> dict:
    return {"actor": actor, "recipient": recipient, "event_type": event_type, "cameo": cameo,
            "since": since, "until": until, "asserted_only": asserted}


def _print_frame(df, fmt: str, output: Optional[Path], title: str, columns: Optional[List[str]] = None) -> None:
    if fmt not in TABLE_FORMATS:
        _err(f"error: --format must be one of {', '.join(TABLE_FORMATS)}")
        raise typer.Exit(2)
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            df.to_csv(fh, index=False, date_format="%Y-%m-%d")
        elif fmt == "jsonl":
            if len(df):
                text = df.to_json(orient="records", lines=True, date_format="iso", force_ascii=False)
                fh.write(text if text.endswith("\n") else text + "\n")
        else:
            from rich.console import Console
            from rich.table import Table

            table = Table(title=title)
            cols = columns or list(df.columns)
            from pandas.api.types import is_numeric_dtype

            for c in cols:
                table.add_column(str(c), justify="right" if is_numeric_dtype(df[c]) else "left")
            for row in df[cols].itertuples(index=False):
                table.add_row(*[_cell(v) for v in row])
            Console(file=fh, soft_wrap=False, width=max(100, min(240, 12 * len(cols)))).print(table)
    finally:
        if output:
            fh.close()


def _cell(v) -> str:
    import math

    import pandas as pd

    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


_ACTOR_HELP = "Actor: a country (IRN, matches IRNGOV too) or a full code (IRNGOV)."
_RECIP_HELP = "Recipient: a country or a full code."


@app.command()
def events(
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=_DB_HELP),
    actor: Optional[str] = typer.Option(None, "--actor", help=_ACTOR_HELP),
    recipient: Optional[str] = typer.Option(None, "--recipient", help=_RECIP_HELP),
    both: bool = typer.Option(False, "--both", help="Also the reverse direction (recipient -> actor)."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type (ACCUSE, CONSULT...)."),
    cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code or prefix (19: all fighting)."),
    since: Optional[str] = typer.Option(None, "--since", help="First date, YYYY-MM-DD (inclusive)."),
    until: Optional[str] = typer.Option(None, "--until", help="Last date, YYYY-MM-DD (inclusive)."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article's events."),
    asserted: bool = typer.Option(False, "--asserted", help="Leave out negated and hypothetical events."),
    dedupe: str = typer.Option("none", "--dedupe", help="none or one-a-day."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many events."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table (terminal default), csv or jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
):
    """List stored events, filtered.

    Example: accord events --actor IRN --recipient PAK --since 2025-01-01 --format csv
    """
    from accord.analysis import event_records, events as events_frame

    if fmt is None:
        fmt = "jsonl" if output is not None or not sys.stdout.isatty() else "table"
    if fmt not in TABLE_FORMATS:
        _err(f"error: --format must be one of {', '.join(TABLE_FORMATS)}")
        raise typer.Exit(2)
    flt = _filters(actor, recipient, event_type, cameo, since, until, asserted)
    flt.update(both_directions=both, article=article)
    dbs = str(db)
    if fmt == "csv":
        df = _store_call(events_frame, dbs, dedupe=dedupe, limit=limit, **flt)
        _print_frame(df, "csv", output, "")
        return
    recs = _store_call(lambda: list(event_records(dbs, dedupe=dedupe, limit=limit, **flt)))
    fh = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            from accord.records import Event
            from accord.writers import TableWriter

            title = f"{len(recs)} event(s) in {dbs}" + (" (one-a-day)" if dedupe == "one-a-day" else "")
            w = TableWriter(fh, title)
            for rec in recs:
                w.write(Event.from_dict({k: v for k, v in rec.items() if not k.startswith("n_")}))
            w.close()
    finally:
        if output:
            fh.close()


@app.command()
def dyads(
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=_DB_HELP),
    freq: str = typer.Option("month", "--freq", help="day, week, month, quarter or year."),
    actor: Optional[str] = typer.Option(None, "--actor", help=_ACTOR_HELP),
    recipient: Optional[str] = typer.Option(None, "--recipient", help=_RECIP_HELP),
    directed: bool = typer.Option(False, "--directed", help="Only actor -> recipient (default: both directions)."),
    level: str = typer.Option("country", "--level", help="Unit of unfiltered sides: country or code."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
    cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code or prefix."),
    since: Optional[str] = typer.Option(None, "--since", help="First date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Last date, YYYY-MM-DD."),
    asserted: bool = typer.Option(False, "--asserted", help="Leave out negated and hypothetical events."),
    dedupe: str = typer.Option("none", "--dedupe", help="none or one-a-day."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table (terminal default), csv or jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
):
    """Dyad time series: per period and direction, events by quad class and PLOVER type, Goldstein sum and mean.

    Example: accord dyads --actor IRN --recipient PAK --freq month
    """
    from accord.analysis import DYAD_COLUMNS, TYPE_COLUMNS, dyads as dyads_frame

    if fmt is None:
        fmt = "csv" if output is not None or not sys.stdout.isatty() else "table"
    df = _store_call(dyads_frame, str(db), freq=freq, level=level, dedupe=dedupe, actor=actor,
                     recipient=recipient, both_directions=not directed,
                     event_type=event_type, cameo=cameo, since=since, until=until, asserted_only=asserted)
    shown = [c for c in DYAD_COLUMNS if c not in TYPE_COLUMNS or (len(df) and df[c].sum() > 0)]
    pair = f" {actor or '*'} ⇄ {recipient or '*'}" if (actor or recipient) else ""
    _print_frame(df, fmt, output, f"dyads{pair} per {freq} ({len(df)} rows; PLOVER types with no event hidden)",
                 shown)


@app.command()
def actors(
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=_DB_HELP),
    level: str = typer.Option("code", "--level", help="code (IRNGOV) or country (IRN)."),
    limit: int = typer.Option(20, "--limit", help="How many actors (0: all)."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
    since: Optional[str] = typer.Option(None, "--since", help="First date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Last date, YYYY-MM-DD."),
    asserted: bool = typer.Option(False, "--asserted", help="Leave out negated and hypothetical events."),
    dedupe: str = typer.Option("none", "--dedupe", help="none or one-a-day."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table (terminal default), csv or jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
):
    """The most active actors and recipients.

    Example: accord actors --level country --limit 10
    """
    from accord.analysis import actors as actors_frame

    if fmt is None:
        fmt = "csv" if output is not None or not sys.stdout.isatty() else "table"
    df = _store_call(actors_frame, str(db), level=level, limit=limit or None, dedupe=dedupe,
                     **_filters(None, None, event_type, None, since, until, asserted))
    _print_frame(df, fmt, output, f"most active actors ({level})")


@app.command("export")
def export_events(
    output: Path = typer.Option(..., "--output", "-o", help="Output file (- for standard output, not parquet)."),
    fmt: str = typer.Option(..., "--format", "-f", help="parquet, csv, jsonl, gdelt or polecat."),
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=_DB_HELP),
    dedupe: str = typer.Option("none", "--dedupe", help="none or one-a-day (GDELT's NumMentions...)."),
    header: bool = typer.Option(True, "--header/--no-header",
                                help="Header line (--no-header: GDELT's own header-less layout)."),
    actor: Optional[str] = typer.Option(None, "--actor", help=_ACTOR_HELP),
    recipient: Optional[str] = typer.Option(None, "--recipient", help=_RECIP_HELP),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
    cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code or prefix."),
    since: Optional[str] = typer.Option(None, "--since", help="First date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Last date, YYYY-MM-DD."),
    asserted: bool = typer.Option(False, "--asserted", help="Leave out negated and hypothetical events."),
):
    """Export stored events as Parquet, CSV, JSONL, or GDELT 2.0 / POLECAT tab-separated files.

    Example: accord export --format gdelt --dedupe one-a-day -o events.gdelt.tsv
    """
    from accord.exports import export

    n = _store_call(export, str(db), fmt, str(output), dedupe=dedupe, header=header,
                    **_filters(actor, recipient, event_type, cameo, since, until, asserted))
    _err(f"wrote {n} row(s) to {output}")


@plot_app.command("dyad")
def plot_dyad_cmd(
    actor: str = typer.Argument(..., help="One side: a country (IRN) or full code."),
    recipient: str = typer.Argument(..., help="The other side."),
    output: Path = typer.Option(..., "--output", "-o", help="Figure file: .png, .svg or .pdf."),
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=_DB_HELP),
    freq: str = typer.Option("month", "--freq", help="day, week, month, quarter or year."),
    since: Optional[str] = typer.Option(None, "--since", help="First date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Last date, YYYY-MM-DD."),
    asserted: bool = typer.Option(False, "--asserted", help="Leave out negated and hypothetical events."),
    dedupe: str = typer.Option("none", "--dedupe", help="none or one-a-day."),
):
    """Draw a dyad over time: Goldstein sum and quad-class counts, both directions.

    Example: accord plot dyad IRN PAK -o iran-pakistan.png
    """
    from accord.plots import plot_dyad

    df = _store_call(plot_dyad, str(db), actor, recipient, str(output), freq=freq, dedupe=dedupe,
                     since=since, until=until, asserted_only=asserted)
    _err(f"wrote {output} ({int(df['events'].sum())} events in {df['period'].nunique()} period(s))")


@plot_app.command("network")
def plot_network_cmd(
    output: Path = typer.Option(..., "--output", "-o", help="Figure file: .png, .svg or .pdf."),
    db: Path = typer.Option(Path("accord.duckdb"), "--db", help=_DB_HELP),
    since: Optional[str] = typer.Option(None, "--since", help="First date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Last date, YYYY-MM-DD."),
    level: str = typer.Option("country", "--level", help="Nodes: country or code."),
    top: int = typer.Option(30, "--top", help="Draw the N most active actors."),
    min_events: int = typer.Option(1, "--min-events", help="Leave out pairs with fewer events."),
    max_edges: int = typer.Option(80, "--max-edges", help="Draw at most the N largest pairs."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
    asserted: bool = typer.Option(False, "--asserted", help="Leave out negated and hypothetical events."),
    dedupe: str = typer.Option("none", "--dedupe", help="none or one-a-day."),
):
    """Draw the actor network of a period: edges weighted by events, coloured by mean Goldstein.

    Example: accord plot network --since 2019-01-01 --until 2019-12-31 -o network.png
    """
    from accord.plots import plot_network

    e = _store_call(plot_network, str(db), str(output), level=level, top=top, min_events=min_events,
                    max_edges=max_edges,
                    dedupe=dedupe, since=since, until=until, event_type=event_type, asserted_only=asserted)
    _err(f"wrote {output} ({len(e)} edge(s), {int(e['events'].sum()) if len(e) else 0} events)")


def main() -> None:
    """Console-script entry point."""
    import warnings

    # readers report recoverable input problems (a bad date) as warnings: print them plainly
    warnings.formatwarning = lambda message, *args, **kwargs: f"warning: {message}\n"
    warnings.simplefilter("always", UserWarning)
    app()


if __name__ == "__main__":
    main()

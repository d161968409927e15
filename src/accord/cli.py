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


def _make_coder(model: Optional[str], actors: List[Path], lexicon: List[Path]):
    from accord.coder import Coder
    from accord.datafiles import DataFileError
    from accord.nlp import ModelNotFoundError

    try:
        return Coder(model=model, actors=actors, lexicon=lexicon)
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
    from accord.events.lexicon import Lexicon
    from accord.ontology import load_ontology

    ont = load_ontology()
    lex = Lexicon.load(extra=extra, valid_codes=ont.codes.keys())
    for root in sorted(lex.count_by_root):
        typer.echo(f"{root}  {ont.root_name(root):<40} {lex.count_by_root[root]:>5}")
    typer.echo(f"total {len(lex):>50}")


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


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()

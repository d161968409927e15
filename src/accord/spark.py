"""The Spark job: code a corpus that outgrows one machine, write event Parquet by date.

Run it through the command::

    accord spark articles.jsonl events/ --master local[2] --partitions 8

or submit it to a cluster (docs/spark.md packs the environment with the model)::

    spark-submit --master yarn ... src/accord/spark.py articles.parquet s3://bucket/events/

What it does:

1. reads articles from JSONL (``id``, ``date``, ``text`` and optional ``title``,
   ``byline``, ``source``, ``url``; ``.gz`` too) or Parquet with those columns;
2. codes each partition with ``mapInArrow``: every Python worker process builds
   one :class:`~accord.coder.Coder` on its first task and keeps it in a module
   global (Spark reuses Python workers, ``spark.python.worker.reuse``), so the
   pipeline and dictionaries load once per executor process, not per partition
   or per article;
3. writes one row per event with the columns of the store's Parquet export
   (:func:`events_table`: ``accord export --format parquet``'s flat columns plus
   the whole record as JSON), partitioned by ``date`` (``date=2024-09-01/``
   directories; events of undated articles go to
   ``date=__HIVE_DEFAULT_PARTITION__``).  :func:`read_events` reads it back.

Articles are coded exactly as ``accord code`` codes them (same chunks of
``batch_size`` articles, same ids), so the events and ``event_id`` s equal those
of single-process coding of the same input.  Two differences in reading: an
article without ``id`` gets ``sha1:`` + the hash of its text (Spark does not
know line numbers), and a bad line is skipped by Spark's JSON reader (mode
``DROPMALFORMED``) instead of being reported with its line number.
"""
from __future__ import annotations

import functools
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

ARTICLE_COLUMNS: tuple[str, ...] = ("id", "date", "title", "byline", "source", "url", "text")
"""Article fields read from the input (all as strings); ``text`` is required."""

FAILURE_COLUMN = "failure_reason"

DEFAULT_MAX_PARTITION_MB = 32
"""Input split size when the user sets none: ~6,000 news articles per task, a few
minutes of coding, so one lost task costs little and the tail of a job is short."""

ARROW_BATCH_ROWS = 1000
"""Articles per Arrow batch handed to a Python worker (bounds its memory)."""


# =============================================================================== the export columns

def events_table(records: list[dict[str, Any]]):
    """A ``pyarrow.Table`` of event records (``Event.to_dict()`` form) in the store's Parquet export columns.

    The columns are those of ``accord export --format parquet``
    (:func:`accord.exports.write_parquet`): the flat ``FLAT_COLUMNS`` of
    :func:`accord.writers.flatten`, typed by the export's schema, plus ``record``
    (the whole record as JSON), so :func:`accord.exports.read_parquet` and
    ``accord ingest`` read the Spark output back exactly.  The rows are built as
    ``write_parquet`` builds them; ``tests/test_spark.py`` checks that both give
    the same table.
    """
    import json
    from datetime import date

    import pyarrow as pa

    from accord.exports import _parquet_schema
    from accord.writers import flatten

    rows = []
    for rec in records:
        row = flatten(rec)
        row["date"] = date.fromisoformat(row["date"]) if row.get("date") else None
        row["record"] = json.dumps(rec, ensure_ascii=False)
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=_parquet_schema(False))


def export_schema():
    """The Arrow schema of :func:`events_table` (the Spark output's columns, before partitioning)."""
    return events_table([]).schema


# =============================================================================== executor side

@dataclass(frozen=True)
class CoderSpec:
    """What each executor needs to build its Coder (hashable: the cache key)."""

    model: str | None = None
    actors: tuple[str, ...] = ()
    lexicon: tuple[str, ...] = ()
    batch_size: int = 16


_CODERS: dict[CoderSpec, Any] = {}
"""One Coder per spec per Python worker process, built on its first task."""


def _local(path: str) -> str:
    """A data file on this executor: the path itself, or the copy ``spark-submit --files`` shipped."""
    if os.path.exists(path):
        return path
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get(os.path.basename(path))
        if os.path.exists(shipped):
            return shipped
    except Exception:  # not in a Spark worker
        pass
    return path


def get_coder(spec: CoderSpec):
    """The Coder of this process for ``spec`` (loaded once, then cached)."""
    coder = _CODERS.get(spec)
    if coder is None:
        from accord.coder import Coder

        coder = Coder(model=_local(spec.model) if spec.model and os.sep in spec.model else spec.model,
                      actors=[_local(p) for p in spec.actors], lexicon=[_local(p) for p in spec.lexicon],
                      batch_size=spec.batch_size)
        _CODERS[spec] = coder
    return coder


def article_from_row(row: dict[str, Any]):
    """An Article from an input row, or a failure reason (str) for rows accord would reject."""
    from accord.readers import MAX_TEXT_CHARS, normalise_date, text_id
    from accord.records import Article

    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return "missing or empty 'text'"
    if len(text) > MAX_TEXT_CHARS:
        return f"article too long ({len(text)} characters > {MAX_TEXT_CHARS})"
    try:
        day = normalise_date(row.get("date"))
    except ValueError as exc:
        return f"bad 'date': {exc}"
    art_id = row.get("id")
    return Article(id=str(art_id) if art_id not in (None, "") else text_id(text), text=text, date=day,
                   title=row.get("title"), byline=row.get("byline"), source=row.get("source"), url=row.get("url"))


@dataclass
class _Counters:
    articles: Any = None
    failed: Any = None
    events: Any = None


def code_batches(batches: Iterator[Any], spec: CoderSpec, with_failures: bool = False,
                 counters: _Counters | None = None) -> Iterator[Any]:
    """The ``mapInArrow`` function: Arrow batches of articles in, Arrow batches of events out.

    With ``with_failures`` each output row also carries ``failure_reason``: null
    for events, the reason for an article that could not be coded (one row, with
    only ``article_id`` set).
    """
    import pyarrow as pa

    from accord.parallel import chunked, code_chunk

    coder = get_coder(spec)
    schema = export_schema()
    if with_failures:
        schema = schema.append(pa.field(FAILURE_COLUMN, pa.string()))
    for batch in batches:
        rows = batch.to_pylist()
        n_art = n_fail = n_ev = 0
        failures: list[tuple[str | None, str]] = []
        arts = []
        for row in rows:
            a = article_from_row(row)
            if isinstance(a, str):
                failures.append((row.get("id"), a))
            else:
                arts.append(a)
        n_rejected = len(failures)
        for chunk in chunked(arts, coder.batch_size):
            records = []
            for res in code_chunk(coder, chunk):
                n_art += 1
                if res.error:
                    failures.append((res.article.id, res.error))
                    continue
                records.extend(ev.to_dict() for ev in res.events)
            n_ev += len(records)
            if records:
                table = events_table(records)
                if with_failures:
                    table = table.append_column(FAILURE_COLUMN, pa.nulls(table.num_rows, pa.string()))
                yield from table.to_batches()
        n_fail = len(failures)
        n_art += n_rejected  # rows rejected before coding count as articles too
        if failures:
            import logging

            for aid, why in failures:
                logging.getLogger("accord.spark").warning("article %s: %s", aid, why)
            if with_failures:
                cols = {f.name: pa.nulls(len(failures), f.type) for f in schema}
                cols["article_id"] = pa.array([None if a is None else str(a) for a, _ in failures], pa.string())
                cols[FAILURE_COLUMN] = pa.array([w for _, w in failures], pa.string())
                yield pa.RecordBatch.from_pydict(cols, schema=schema)
        if counters is not None:
            counters.articles.add(n_art)
            counters.failed.add(n_fail)
            counters.events.add(n_ev)


# =============================================================================== driver side

def _spark_type(schema):
    """Spark StructType of an Arrow schema."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def input_format(path: str) -> str:
    """``json`` or ``parquet`` from a path's name (directories: the files they hold)."""
    path = os.fspath(path)
    name = path.rstrip("/").lower()
    for suffix, fmt in ((".parquet", "parquet"), (".pq", "parquet"), (".jsonl", "json"), (".jsonl.gz", "json"),
                        (".json", "json"), (".json.gz", "json"), (".ndjson", "json")):
        if name.endswith(suffix):
            return fmt
    if os.path.isdir(path):
        names = [n.lower() for _, _, files in os.walk(path) for n in files if not n.startswith((".", "_"))]
        if names and all(n.endswith((".parquet", ".pq")) or ".parquet" in n for n in names):
            return "parquet"
        if names and all(n.endswith((".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson")) for n in names):
            return "json"
    raise ValueError(f"{path}: cannot tell the input format; give .jsonl(.gz) or .parquet, "
                     f"or a directory of one kind (or pass --format)")


def read_articles(spark, path: str, fmt: str | None = None):
    """A DataFrame of articles (ARTICLE_COLUMNS, strings) from JSONL or Parquet."""
    path = os.fspath(path)
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    fmt = fmt or input_format(path)
    if fmt == "json":
        schema = StructType([StructField(c, StringType()) for c in ARTICLE_COLUMNS])
        df = spark.read.schema(schema).option("mode", "DROPMALFORMED").json(path)
    elif fmt == "parquet":
        df = spark.read.parquet(path)
    else:
        raise ValueError(f"unknown input format {fmt!r} (json, parquet)")
    if "text" not in df.columns:
        raise ValueError(f"{path}: the input has no 'text' column (columns: {', '.join(df.columns)})")
    return df.select(*[(F.col(c).cast("string") if c in df.columns else F.lit(None).cast("string")).alias(c)
                       for c in ARTICLE_COLUMNS])


@dataclass
class JobResult:
    """What a run did (counts from the executors' accumulators)."""

    articles: int
    failed: int
    events: int
    partitions: int
    seconds: float
    output: str
    failures_output: str | None = None
    extra: dict = field(default_factory=dict)

    def summary(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (f"coded {self.articles} article(s), {self.events} event(s) in {self.partitions} partition(s), "
                f"{self.failed} failed; {self.seconds:.1f} s ({rate:.1f} articles/s) -> {self.output}")


def code_dataframe(articles, spec: CoderSpec, with_failures: bool = False, counters: _Counters | None = None):
    """Events (export columns, plus ``failure_reason`` with ``with_failures``) of an articles DataFrame."""
    import pyarrow as pa

    schema = export_schema()
    if with_failures:
        schema = schema.append(pa.field(FAILURE_COLUMN, pa.string()))
    fn = functools.partial(code_batches, spec=spec, with_failures=with_failures, counters=counters)
    return articles.mapInArrow(fn, _spark_type(schema))


def run(spark, input_path: str, output: str, *, partitions: int = 0, spec: CoderSpec = CoderSpec(),
        fmt: str | None = None, mode: str = "errorifexists", failures: str | None = None,
        files_per_date: int = 1) -> JobResult:
    """Read, code and write: the whole job on an existing SparkSession.

    Args:
        partitions: coding tasks; 0 picks ``max(input splits, 2 x cores)``.
        mode: Spark save mode for ``output`` (``errorifexists``, ``overwrite``...).
        failures: also write the articles that could not be coded (article_id,
            reason) as Parquet here (the coded events are then persisted once to
            write both without coding twice).
        files_per_date: events are shuffled by date before writing so that each
            date directory gets about this many files (0: no shuffle, one file per
            task and date).
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    if not sc.getConf().contains("spark.sql.files.maxPartitionBytes"):
        spark.conf.set("spark.sql.files.maxPartitionBytes", f"{DEFAULT_MAX_PARTITION_MB}m")
    if not sc.getConf().contains("spark.sql.execution.arrow.maxRecordsPerBatch"):
        spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH_ROWS))
    input_path, output = os.fspath(input_path), os.fspath(output)
    failures = os.fspath(failures) if failures is not None else None
    t0 = time.monotonic()
    df = read_articles(spark, input_path, fmt)
    n_in = df.rdd.getNumPartitions()
    target = partitions or max(n_in, 2 * sc.defaultParallelism)
    if target != n_in:
        df = df.repartition(target)
    counters = _Counters(sc.accumulator(0), sc.accumulator(0), sc.accumulator(0))
    coded = code_dataframe(df, spec, with_failures=failures is not None, counters=counters)
    if failures is not None:
        coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
        events = coded.where(F.col(FAILURE_COLUMN).isNull()).drop(FAILURE_COLUMN)
    else:
        events = coded
    if files_per_date:
        events = events.repartition(F.col("date"), (F.rand(seed=7) * files_per_date).cast("int")) \
            if files_per_date > 1 else events.repartition(F.col("date"))
    events.write.mode(mode).partitionBy("date").parquet(output)
    if failures is not None:
        coded.where(F.col(FAILURE_COLUMN).isNotNull()).select("article_id", FAILURE_COLUMN) \
            .coalesce(1).write.mode(mode).parquet(failures)
        coded.unpersist()
    return JobResult(counters.articles.value, counters.failed.value, counters.events.value, target,
                     time.monotonic() - t0, output, failures)


def read_events(path: str):
    """Read a Spark output directory back as one ``pyarrow.Table`` with :func:`export_schema`'s columns."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    schema = export_schema()
    # Spark keeps the date in directory names (date=2024-09-01), undated rows under __HIVE_DEFAULT_PARTITION__
    part = ds.HivePartitioning(pa.schema([schema.field("date")]), null_fallback="__HIVE_DEFAULT_PARTITION__")
    data = ds.dataset(os.fspath(path), schema=schema, format="parquet", partitioning=part,
                      exclude_invalid_files=True, ignore_prefixes=[".", "_"])
    return data.to_table().select(schema.names)


def session(master: str | None = None, app_name: str = "accord", conf: dict[str, str] | None = None):
    """A SparkSession whose Python workers run this interpreter (so they see accord and the model)."""
    import warnings

    from pyspark.sql import SparkSession

    # accord hands Spark Arrow batches, never pandas frames: pyspark 4's notice about pandas 3 does not apply
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    b = SparkSession.builder.appName(app_name)
    if master:
        b = b.master(master)
    for k, v in (conf or {}).items():
        b = b.config(k, v)
    return b.getOrCreate()


# =============================================================================== spark-submit entry point

def parse_args(argv: Iterable[str] | None = None):
    import argparse

    p = argparse.ArgumentParser(prog="accord-spark", description="Code articles on Spark; write event Parquet by date.")
    p.add_argument("input", help="articles: .jsonl(.gz) or .parquet file or directory (local, hdfs://, s3a://...)")
    p.add_argument("output", help="directory for the event Parquet dataset (partitioned by date)")
    p.add_argument("--partitions", type=int, default=0, help="coding tasks (0: max(input splits, 2 x cores))")
    p.add_argument("--model", default=None, help="spaCy pipeline name, or a path on the executors")
    p.add_argument("--actors", action="append", default=[], help="extra actor dictionary (repeatable)")
    p.add_argument("--lexicon", action="append", default=[], help="extra lexicon file (repeatable)")
    p.add_argument("--batch-size", type=int, default=16, help="articles per nlp.pipe batch")
    p.add_argument("--format", dest="fmt", choices=("json", "parquet"), default=None, help="input format")
    p.add_argument("--master", default=None, help="Spark master (spark-submit's own --master wins)")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    p.add_argument("--failures", default=None, help="also write uncoded articles (id, reason) as Parquet here")
    return p.parse_args(list(argv) if argv is not None else None)


def main(argv: Iterable[str] | None = None) -> int:
    """``spark-submit src/accord/spark.py INPUT OUTPUT [options]``."""
    args = parse_args(argv)
    spark = session(args.master)
    spark.sparkContext.setLogLevel("WARN")  # spark-submit's default INFO buries the summary
    try:
        res = run(spark, args.input, args.output, partitions=args.partitions, fmt=args.fmt,
                  spec=CoderSpec(args.model, tuple(args.actors), tuple(args.lexicon), args.batch_size),
                  mode="overwrite" if args.overwrite else "errorifexists", failures=args.failures)
    finally:
        spark.stop()
    print(res.summary(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    # Run as a script (spark-submit): import the installed module so that the
    # functions Spark ships to executors are pickled by reference to
    # ``accord.spark`` (whose module-level Coder cache then lives in the workers).
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]  # src/accord/ is no top level
    from accord.spark import main as _main

    sys.exit(_main())

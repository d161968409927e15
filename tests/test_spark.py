"""The Spark job in local[2] mode on the team's examples: the same events as single-process coding.

One Spark session serves the whole module (starting the JVM is most of the cost).
Deselect with ``-m "not slow"``; ``make test`` runs it.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from helpers import EXAMPLES

from accord.readers import ReadError, read_inputs

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")]

pyspark = pytest.importorskip("pyspark", reason="pyspark is pinned in requirements.txt")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):  # pragma: no cover
    pytest.skip("Spark's local mode needs Java 17 (java on PATH or JAVA_HOME)", allow_module_level=True)

from accord import spark as job  # noqa: E402


def _rows(table) -> list[dict]:
    return sorted(table.to_pylist(), key=lambda r: r["event_id"])


@pytest.fixture(scope="module")
def articles_jsonl(tmp_path_factory) -> Path:
    """The examples (.txt, .html, .jsonl) as one JSONL file of articles, plus two rows accord rejects."""
    path = tmp_path_factory.mktemp("in") / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for a in read_inputs([EXAMPLES]):
            assert not isinstance(a, ReadError), a
            fh.write(json.dumps({"id": a.id, "date": a.date, "title": a.title, "byline": a.byline,
                                 "source": a.source, "url": a.url, "text": a.text}) + "\n")
    return path


@pytest.fixture(scope="module")
def records(coder, articles_jsonl) -> list[dict]:
    """Single-process coding of the same file (``Event.to_dict()`` records)."""
    # compared with Spark's output whatever the dictionaries and lexicon give (no fixed events here)
    return [ev.to_dict() for r in coder.code_documents(read_inputs([articles_jsonl]), n_process=1)
            for ev in r.events]


@pytest.fixture(scope="module")
def reference(records):
    """The same, in the export's columns."""
    return job.events_table(records)


def test_spark_columns_are_the_store_export(records, reference, tmp_path):
    import pyarrow.parquet as pq

    from accord.exports import write_parquet

    write_parquet(records, tmp_path / "export.parquet")
    exported = pq.read_table(tmp_path / "export.parquet")
    assert reference.schema.names == exported.schema.names
    assert reference.cast(exported.schema).to_pylist() == exported.to_pylist()


@pytest.fixture(scope="module")
def spark():
    s = job.session("local[2]", "accord-test", {
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "4", "spark.driver.memory": "1g",
    })
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def test_spark_events_equal_single_process_coding(spark, articles_jsonl, reference, tmp_path):
    bad = tmp_path / "with_bad.jsonl"
    bad.write_text(articles_jsonl.read_text(encoding="utf-8")
                   + json.dumps({"id": "no-text", "date": "2024-01-01", "text": "  "}) + "\n"
                   + json.dumps({"id": "bad-date", "date": "2024-13-45", "text": "Iran condemned Israel."}) + "\n",
                   encoding="utf-8")
    out, fail = tmp_path / "events", tmp_path / "failures"
    res = job.run(spark, str(bad), str(out), partitions=3, failures=str(fail),
                  spec=job.CoderSpec(batch_size=16))
    got = job.read_events(str(out))
    assert got.schema.names == job.export_schema().names
    assert _rows(got) == _rows(reference)  # same event_ids, same fields
    assert res.events == reference.num_rows
    n_articles = len(articles_jsonl.read_text(encoding="utf-8").splitlines())
    assert (res.articles, res.failed) == (n_articles + 2, 2)
    dates = {str(d) for d in reference.column("date").to_pylist() if d is not None}
    assert {p.name for p in out.iterdir() if p.is_dir()} >= {f"date={d}" for d in dates}
    import pyarrow.parquet as pq

    failed = {r["article_id"]: r[job.FAILURE_COLUMN] for r in pq.read_table(fail).to_pylist()}
    assert set(failed) == {"no-text", "bad-date"}
    assert "date" in failed["bad-date"]


def test_spark_reads_parquet_articles(spark, articles_jsonl, records, reference, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [json.loads(line) for line in articles_jsonl.read_text(encoding="utf-8").splitlines()]
    src = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(rows), src)
    out = tmp_path / "events"
    job.run(spark, str(src), str(out), partitions=2)
    assert _rows(job.read_events(str(out))) == _rows(reference)
    if not records:  # pragma: no cover - only with an empty lexicon: no Parquet file to read back
        return
    # accord loads it: the store's Parquet reader gives back the very records, and ingest stores them
    from accord.exports import read_parquet
    from accord.store import connect, import_events

    key = lambda r: r["event_id"]  # noqa: E731
    assert sorted(read_parquet(out), key=key) == sorted(records, key=key)
    db = tmp_path / "store.duckdb"
    stats = import_events(db, read_parquet(out), source=str(out))
    assert stats.events == len(records)
    con = connect(db)
    try:
        assert {r[0] for r in con.sql("SELECT event_id FROM events").fetchall()} == {r["event_id"] for r in records}
    finally:
        con.close()


def test_accord_spark_command(spark, articles_jsonl, reference, tmp_path):
    """The command line (runs last: the command stops the shared session when it ends)."""
    from typer.testing import CliRunner

    from accord.cli import app

    out = tmp_path / "events"
    res = CliRunner().invoke(app, ["spark", str(articles_jsonl), str(out), "--master", "local[2]",
                                   "--partitions", "2"])
    assert res.exit_code == 0, res.output
    assert _rows(job.read_events(str(out))) == _rows(reference)
    again = CliRunner().invoke(app, ["spark", str(articles_jsonl), str(out)])
    assert again.exit_code == 2 and "--overwrite" in again.output  # never replaced unasked

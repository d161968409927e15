"""The store's commands, run through typer's test runner with the fake coder."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from conftest import TEXTS
from fakecoder import FakeCoder
from typer.testing import CliRunner

import accord.cli as cli

runner = CliRunner()


@pytest.fixture
def corpus_file(tmp_path):
    path = tmp_path / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for aid, (day, src, text) in TEXTS.items():
            fh.write(json.dumps({"id": aid, "date": day, "source": src, "text": text}) + "\n")
        fh.write("{broken\n")
    return path


@pytest.fixture
def fake(monkeypatch):
    coder = FakeCoder()
    monkeypatch.setattr(cli, "_make_coder", lambda *a: coder)
    return coder


def run(*args):
    return runner.invoke(cli.app, [str(a) for a in args])


def test_ingest_twice(tmp_path, corpus_file, fake):
    db = tmp_path / "e.duckdb"
    r = run("ingest", corpus_file, "--db", db)
    assert r.exit_code == 0, r.output
    assert "5 article(s) read, 0 skipped" in r.stderr and "4 coded and stored" in r.stderr
    assert "9 event(s)" in r.stderr and "2 failed" in r.stderr and "malformed JSON" in r.stderr
    r = run("ingest", corpus_file, "--db", db, "--no-progress")
    assert r.exit_code == 0 and "4 skipped" in r.stderr and "0 event(s)" in r.stderr
    assert fake.seen == ["a1", "a2", "a3", "a4", "a5", "a5"]


def test_ingest_exit_codes(tmp_path, fake):
    db = tmp_path / "e.duckdb"
    r = run("ingest", tmp_path / "missing.jsonl", "--db", db)
    assert r.exit_code == 1 and "no such file" in r.stderr
    r = run("ingest", "--db", db)                   # no inputs: create/migrate only
    assert r.exit_code == 0 and "schema version" in r.stderr
    r = run("ingest", tmp_path, "--db", db, "--date", "not-a-date")
    assert r.exit_code == 2


def test_queries_and_exports(tmp_path, corpus_file, fake):
    db = tmp_path / "e.duckdb"
    assert run("ingest", corpus_file, "--db", db).exit_code == 0
    r = run("events", "--db", db, "--actor", "IRN", "--recipient", "PAK", "--format", "csv")
    assert r.exit_code == 0
    assert len(pd.read_csv(io.StringIO(r.stdout))) == 5
    r = run("events", "--db", db, "--type", "ASSAULT", "--format", "jsonl")
    assert [json.loads(x)["cameo_code"] for x in r.stdout.splitlines()] == ["190", "190"]
    r = run("events", "--db", db, "--format", "table", "--limit", "2")
    assert r.exit_code == 0 and "2 event(s)" in r.stdout
    r = run("dyads", "--db", db, "--actor", "IRN", "--recipient", "PAK", "--format", "csv")
    df = pd.read_csv(io.StringIO(r.stdout))
    assert df.loc[(df["actor"] == "IRN") & (df["period"] == "2024-01-01"), "events"].item() == 4
    r = run("dyads", "--db", db, "--freq", "year", "--format", "table")
    assert r.exit_code == 0 and "IRN" in r.stdout and "ACCUSE" in r.stdout
    r = run("actors", "--db", db, "--level", "country", "--format", "jsonl")
    first = json.loads(r.stdout.splitlines()[0])
    assert first["actor"] in ("IRN", "PAK") and first["total"] >= 7
    out = tmp_path / "g.tsv"
    r = run("export", "--db", db, "--format", "gdelt", "-o", out)
    assert r.exit_code == 0 and "wrote 13 row(s)" in r.stderr
    r = run("plot", "dyad", "IRN", "PAK", "--db", db, "-o", tmp_path / "d.png")
    assert r.exit_code == 0 and (tmp_path / "d.png").exists()
    r = run("plot", "network", "--db", db, "-o", tmp_path / "n.svg")
    assert r.exit_code == 0 and (tmp_path / "n.svg").exists()


def test_errors_are_messages(tmp_path, corpus_file, fake):
    db = tmp_path / "e.duckdb"
    r = run("events", "--db", db)
    assert r.exit_code == 2 and "no store" in r.stderr
    assert run("ingest", corpus_file, "--db", db).exit_code == 0
    r = run("dyads", "--db", db, "--freq", "hourly")
    assert r.exit_code == 2 and "--freq" in r.stderr
    r = run("events", "--db", db, "--type", "HUG")
    assert r.exit_code == 2 and "not a PLOVER type" in r.stderr
    r = run("export", "--db", db, "--format", "xml", "-o", tmp_path / "x")
    assert r.exit_code == 2

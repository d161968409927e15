"""The store: schema and migrations, ingest, idempotency, replacement, crash safety, locking."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest
from conftest import TEXTS, corpus
from fakecoder import FakeCoder, code_text

import accord
from accord import analysis, store
from accord.readers import read_inputs
from accord.records import Article

SRC = str(Path(accord.__file__).resolve().parents[1])
HERE = str(Path(__file__).resolve().parent)


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([SRC, HERE, env.get("PYTHONPATH", "")])
    return env


def _rows(db, sql):
    con = store.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_ingest_stores_articles_events_mentions_and_failures(fresh_db):
    c = store.counts(fresh_db)
    assert c["articles"] == 4                      # a5 failed to code
    assert c["events"] == 3 + 2 + 3 + 1
    assert c["mentions"] == 7 + 5 + 7 + 2          # one mention per entity of the fake coder's events
    assert c["failures"] == 2                      # the bad JSONL line and a5
    fails = dict(((p, l), r) for p, l, r in _rows(fresh_db, "SELECT path, line, reason FROM failures"))
    assert fails[("corpus.jsonl", 9)].startswith("malformed JSON")
    assert "boom" in fails[("corpus.jsonl", 5)]
    n_events, n_mentions = _rows(fresh_db, "SELECT sum(n_events), sum(n_mentions) FROM articles")[0]
    assert (n_events, n_mentions) == (c["events"], c["mentions"])
    row = _rows(fresh_db, "SELECT date, source, url, title, coder_version FROM articles WHERE id = 'a1'")[0]
    assert (str(row[0]), row[1], row[2], row[3], row[4]) == ("2024-01-05", "S1", "https://example.org/a1",
                                                             "Title a1", "fake-1")


def test_events_read_back_are_the_record_contract(fresh_db):
    expected = {}
    for aid, (day, _, text) in TEXTS.items():
        if aid == "a5":
            continue
        for ev in code_text(Article(id=aid, text=text, date=day)).events:
            expected[ev.event_id] = ev.to_dict()
    got = {r["event_id"]: r for r in analysis.event_records(fresh_db)}
    assert got == expected
    assert all(list(r) == list(store.EVENT_COLUMNS) for r in got.values())


def test_rerun_adds_nothing_and_skips_before_coding(fresh_db):
    before = store.counts(fresh_db)
    coder = FakeCoder()
    stats = store.ingest(fresh_db, corpus(), coder)
    assert stats.skipped == 4 and stats.stored == 0 and stats.events == 0
    assert coder.seen == ["a5"]                    # only the article that failed is tried again
    assert store.counts(fresh_db) == before


def test_changed_text_replaces_the_article_in_one_go(fresh_db):
    new = Article(id="a1", text="USA>CHN 112", date="2024-01-07", source="S3")
    stats = store.ingest(fresh_db, [new], FakeCoder())
    assert (stats.stored, stats.replaced, stats.skipped) == (1, 1, 0)
    assert _rows(fresh_db, "SELECT count(*) FROM events WHERE article_id = 'a1'")[0][0] == 1
    assert _rows(fresh_db, "SELECT count(*) FROM mentions WHERE article_id = 'a1'")[0][0] == 2
    assert _rows(fresh_db, "SELECT actor_code, recipient_code FROM dyads WHERE article_id = 'a1'") == [("USA", "CHN")]
    assert _rows(fresh_db, "SELECT date, source FROM articles WHERE id = 'a1'")[0][1] == "S3"
    assert store.counts(fresh_db)["articles"] == 4


def test_same_article_twice_in_one_run_is_stored_once(tmp_path):
    db = tmp_path / "s.duckdb"
    art = Article(id="x", text="IRN>PAK 112", date="2024-01-01")
    twin = Article(id="x", text="IRN>PAK 112", date="2024-01-01")
    coder = FakeCoder()
    stats = store.ingest(db, [art, twin], coder, batch_size=10)
    assert (stats.stored, stats.skipped) == (1, 1)
    assert coder.seen == ["x"]
    assert store.counts(db)["events"] == 1


def test_force_recodes_without_doubling(fresh_db):
    before = store.counts(fresh_db)
    stats = store.ingest(fresh_db, corpus(), FakeCoder(), force=True)
    assert stats.stored == 4 and stats.replaced == 4
    after = store.counts(fresh_db)
    assert after == before


def test_bad_inputs_are_recorded_and_the_batch_goes_on(tmp_path, monkeypatch):
    import accord.readers as readers

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 200)
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (d / "latin1.txt").write_bytes("caf\xe9 IRN>PAK 112".encode("latin-1"))
    (d / "huge.txt").write_bytes(b"IRN>PAK 112\n" * 100)
    (d / "good.txt").write_text("IRN>PAK 112\n", encoding="utf-8")
    (d / "mixed.jsonl").write_text('{"id": "j1", "date": "2024-01-01", "text": "PAK>IRN 042"}\n{not json\n'
                                   '{"id": "j3", "date": "2024-13-45", "text": "IRN>PAK 112"}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    with pytest.warns(UserWarning, match="bad 'date'"):
        stats = store.ingest(db, read_inputs([d, tmp_path / "missing.jsonl"]), FakeCoder())
    assert stats.stored == 3                       # good.txt, j1, and j3 (a bad date is coded with date null)
    reasons = {(Path(p).name, l): r for p, l, r in stats.failures}
    assert set(reasons) == {("empty.txt", None), ("binary.txt", None), ("latin1.txt", 1), ("huge.txt", None),
                            ("mixed.jsonl", 2), ("missing.jsonl", None)}
    assert "too large" in reasons[("huge.txt", None)]
    assert store.counts(db)["failures"] == 6


def test_every_input_failing_still_leaves_a_valid_store(tmp_path):
    db = tmp_path / "s.duckdb"
    stats = store.ingest(db, read_inputs([tmp_path / "nope.txt"]), FakeCoder())
    assert stats.stored == 0 and stats.failed == 1
    assert store.counts(db)["failures"] == 1


# --------------------------------------------------------------------------- schema versions

def test_new_store_has_current_schema_version(fresh_db):
    assert _rows(fresh_db, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(store.SCHEMA_VERSION),)]


def test_migration_path(fresh_db, monkeypatch):
    def add_language(con):
        con.execute("ALTER TABLE articles ADD COLUMN language VARCHAR DEFAULT 'en'")

    monkeypatch.setattr(store, "MIGRATIONS", store.MIGRATIONS + [add_language])
    monkeypatch.setattr(store, "SCHEMA_VERSION", store.SCHEMA_VERSION + 1)
    with pytest.raises(store.StoreError, match="Migrate it once"):
        store.connect(fresh_db)                    # readers never migrate
    con = store.connect(fresh_db, read_only=False)
    assert store.schema_version(con) == store.SCHEMA_VERSION
    assert con.execute("SELECT count(*), min(language) FROM articles").fetchall() == [(4, "en")]
    con.close()
    store.connect(fresh_db).close()                # now readable


def test_newer_store_is_refused(fresh_db):
    con = duckdb.connect(str(fresh_db))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    for ro in (True, False):
        with pytest.raises(store.StoreError, match="newer"):
            store.connect(fresh_db, read_only=ro)


def test_foreign_database_and_missing_file(tmp_path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(store.StoreError, match="not an accord store"):
        store.connect(other, read_only=False)
    with pytest.raises(store.StoreError, match="no store"):
        store.connect(tmp_path / "absent.duckdb")


def test_rebuild_dyads_reproduces_ingest_rows(fresh_db):
    cols = "event_id, actor_code, actor_country, recipient_code, recipient_country, country_first, code_first"
    before = sorted(_rows(fresh_db, f"SELECT {cols} FROM dyads"))
    con = store.connect(fresh_db, read_only=False)
    store.rebuild_dyads(con)
    con.close()
    assert sorted(_rows(fresh_db, f"SELECT {cols} FROM dyads")) == before


# --------------------------------------------------------------------------- crash safety

CHILD = textwrap.dedent("""
    import sys
    from fakecoder import FakeCoder
    from accord import store
    from accord.records import Article

    db, n = sys.argv[1], int(sys.argv[2])
    arts = [Article(id=f"k{i:03d}", text=f"IRN>PAK 112\\nPAK,IRN,USA 04{i % 3}", date=f"2024-01-{1 + i % 28:02d}")
            for i in range(n)]
    store.ingest(db, arts, FakeCoder(delay=0.03), batch_size=5, commit_seconds=60,
                 on_commit=lambda s: print(f"committed {s.stored}", flush=True))
    print("finished", flush=True)
""")


def _articles(n):
    return [Article(id=f"k{i:03d}", text=f"IRN>PAK 112\nPAK,IRN,USA 04{i % 3}", date=f"2024-01-{1 + i % 28:02d}")
            for i in range(n)]


def _state(db):
    con = store.connect(db)
    try:
        ids = con.execute("SELECT event_id FROM events").fetchall()
        return {
            "counts": store.counts(con=con),
            "event_ids": sorted(r[0] for r in ids),
            "dup_events": con.execute("SELECT count(*) - count(DISTINCT (article_id, event_id)) FROM events")
                             .fetchall()[0][0],
            "dup_articles": con.execute("SELECT count(*) - count(DISTINCT id) FROM articles").fetchall()[0][0],
            "dyads": sorted(con.execute("SELECT event_id, actor_code, recipient_code FROM dyads").fetchall()),
        }
    finally:
        con.close()


def test_sigkill_midway_then_rerun_equals_an_uninterrupted_run(tmp_path):
    n = 60
    ref = tmp_path / "ref.duckdb"
    store.ingest(ref, _articles(n), FakeCoder(), batch_size=7)
    killed = tmp_path / "killed.duckdb"
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(killed), str(n)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())
    committed = 0
    try:
        for line in proc.stdout:
            if line.startswith("committed"):
                committed = int(line.split()[1])
                if committed >= 15:
                    time.sleep(0.07)               # land inside the next batch
                    break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    stored = store.counts(killed)["articles"]
    assert 15 <= stored < n                        # killed midway, at a batch boundary
    coder = FakeCoder()
    stats = store.ingest(killed, _articles(n), coder, batch_size=7)
    assert stats.skipped == stored and stats.stored == n - stored
    assert len(coder.seen) == n - stored           # nothing committed was coded again
    a, b = _state(killed), _state(ref)
    assert a["dup_events"] == 0 and a["dup_articles"] == 0
    assert a["counts"] == b["counts"]
    assert a["event_ids"] == b["event_ids"]
    assert a["dyads"] == b["dyads"]


# --------------------------------------------------------------------------- locking

HOLDER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
    con.execute("SELECT count(*) FROM events").fetchall()
    print("ready", flush=True)
    time.sleep(30)
""")


def _hold(tmp_path, db, mode):
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(db), mode], stdout=subprocess.PIPE, text=True,
                            env=_env())
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_readers_do_not_block_each_other(tmp_path, fresh_db):
    proc = _hold(tmp_path, fresh_db, "ro")
    try:
        assert len(analysis.events(fresh_db)) == 9
        assert len(analysis.dyads(fresh_db)) > 0
        with pytest.raises(store.StoreLockedError, match="one writer"):
            store.connect(fresh_db, read_only=False, wait=0.2)
    finally:
        proc.kill()
        proc.wait()


def test_a_writer_elsewhere_gives_a_clear_error(tmp_path, fresh_db):
    proc = _hold(tmp_path, fresh_db, "rw")
    try:
        with pytest.raises(store.StoreLockedError, match="in use by another process"):
            store.connect(fresh_db, wait=0.2)
    finally:
        proc.kill()
        proc.wait()


def test_import_events_is_idempotent_and_grouped(tmp_path, fresh_db):
    recs = sorted(analysis.event_records(fresh_db), key=lambda r: (r["article_id"], r["event_id"]))
    db = tmp_path / "imported.duckdb"
    s1 = store.import_events(db, recs, source="x.parquet")
    s2 = store.import_events(db, recs, source="x.parquet")
    assert (s1.stored, s2.stored, s2.skipped) == (4, 0, 4)
    assert sorted(r["event_id"] for r in analysis.event_records(db)) == sorted(r["event_id"] for r in recs)
    assert json.dumps(sorted(analysis.event_records(db), key=lambda r: r["event_id"]), sort_keys=True) == \
        json.dumps(sorted(recs, key=lambda r: r["event_id"]), sort_keys=True)


# --------------------------------------------------------------------------- end to end

def test_end_to_end_with_the_real_coder(tmp_path):
    """One short article through the real Coder: only structural facts (what the coder finds may change)."""
    from accord.datafiles import DataFileError
    from accord.nlp import ModelNotFoundError

    try:
        from accord.coder import Coder

        coder = Coder()
    except ModelNotFoundError as exc:  # pragma: no cover - environments without the spaCy model
        pytest.skip(str(exc))
    except DataFileError as exc:  # pragma: no cover - a checkout without the actor dictionaries
        if not exc.reason.startswith("cannot read"):
            raise
        pytest.skip(f"the packaged data files are not in this checkout: {exc}")
    text = ("Iran's foreign minister met his Pakistani counterpart in Islamabad on Monday. "
            "The two ministers agreed to reopen the border crossing. Pakistan accused India of shelling "
            "villages in Kashmir.")
    art = Article(id="e2e", text=text, date="2025-05-26", source="test")
    db = tmp_path / "e2e.duckdb"
    stats = store.ingest(db, [art], coder)
    direct = coder.code(text, date="2025-05-26", article_id="e2e")
    assert stats.stored == 1 and stats.events == len(direct)
    c = store.counts(db)
    assert c["articles"] == 1 and c["events"] == len(direct) and c["failures"] == 0
    n_events, n_mentions, version = _rows(db, "SELECT n_events, n_mentions, coder_version FROM articles")[0]
    assert (n_events, n_mentions) == (c["events"], c["mentions"]) and version == coder.version
    assert sorted(r["event_id"] for r in analysis.event_records(db)) == sorted(e.event_id for e in direct)
    assert _rows(db, "SELECT count(*) FROM dyads WHERE event_id NOT IN (SELECT event_id FROM events)") == [(0,)]
    again = store.ingest(db, [Article(id="e2e", text=text, date="2025-05-26")], coder)
    assert again.skipped == 1 and store.counts(db) == c


def test_a_fixed_input_clears_its_failure(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "j1", "date": "2024-01-01", "text": "IRN>PAK 112"}\n{oops\n'
                   '{"id": "j3", "date": "2024-01-02", "text": "BOOM"}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    store.ingest(db, read_inputs([src]), FakeCoder())
    assert sorted(_rows(db, "SELECT line, article_id FROM failures")) == [(2, None), (3, "j3")]
    store.ingest(db, read_inputs([src]), FakeCoder())            # failing again: replaced, not doubled
    assert store.counts(db)["failures"] == 2
    src.write_text('{"id": "j1", "date": "2024-01-01", "text": "IRN>PAK 112"}\n'
                   '{"id": "j2", "date": "2024-01-01", "text": "PAK>IRN 042"}\n'
                   '{"id": "j3", "date": "2024-01-02", "text": "IRN>PAK 040"}\n', encoding="utf-8")
    stats = store.ingest(db, read_inputs([src]), FakeCoder())
    assert (stats.skipped, stats.stored, stats.failed) == (1, 2, 0)
    assert store.counts(db)["failures"] == 0

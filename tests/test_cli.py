"""The accord command: options, formats, errors, and exit codes."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from accord.cli import app
from accord.writers import FLAT_COLUMNS

runner = CliRunner()


def test_text_and_date_give_jsonl_with_the_date(coder):
    res = runner.invoke(app, ["code", "--text", "Kenya sent 400 police officers to Haiti.", "--date", "2024-06-25",
                              "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    [ev] = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert ev["date"] == "2024-06-25" and ev["actor"][0]["country"] == "KEN"


def test_no_date_is_reported_and_left_null(coder):
    res = runner.invoke(app, ["code", "--text", "Pakistan condemned the attack on its embassy in Kabul.",
                              "--format", "jsonl"])
    assert res.exit_code == 0
    assert "has no date" in res.stderr
    evs = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert evs and all(ev["date"] is None for ev in evs)


def test_csv_and_table_formats(coder, tmp_path):
    out = tmp_path / "e.csv"
    res = runner.invoke(app, ["code", "--text", "Egypt hosted talks between Israel and Hamas on Monday.",
                              "--date", "2024-05-06", "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and list(rows[0]) == list(FLAT_COLUMNS)
    res = runner.invoke(app, ["code", "--text", "Egypt hosted talks between Israel and Hamas on Monday.",
                              "--date", "2024-05-06", "--format", "table"])
    assert res.exit_code == 0 and "CONSULT" in res.stdout


def test_bad_inputs_are_named_and_the_batch_goes_on(coder, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff\x00")
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "date": "2021-01-01", "text": "Iran praised Iraq."}\n{oops\n',
                                        encoding="utf-8")
    res = runner.invoke(app, ["code", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 0
    assert f"{tmp_path / 'empty.txt'}: empty file" in res.stderr
    assert f"{tmp_path / 'bin.txt'}: binary file" in res.stderr
    assert f"{tmp_path / 'bad.jsonl'}:2: malformed JSON" in res.stderr
    assert "coded 1 article(s)" in res.stderr and "3 input(s) failed" in res.stderr
    assert any(json.loads(x)["article_id"] == "ok" for x in res.stdout.splitlines() if x.startswith("{"))


def test_all_inputs_failing_exits_non_zero(coder, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = runner.invoke(app, ["code", str(tmp_path / "empty.txt")])
    assert res.exit_code == 1


def test_missing_model_says_what_to_install():
    res = runner.invoke(app, ["code", "--text", "x", "--model", "no_such_pipeline_xyz"])
    assert res.exit_code == 2
    assert "no_such_pipeline_xyz" in res.stderr and "pip install" in res.stderr


def test_bad_date_is_rejected(coder):
    res = runner.invoke(app, ["code", "--text", "x", "--date", "26/05/2025"])
    assert res.exit_code == 2 and "--date" in res.stderr


def test_schema_and_lexicon_commands():
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0 and json.loads(res.stdout)["title"] == "Event"
    res = runner.invoke(app, ["lexicon"])
    assert res.exit_code == 0
    total = int(res.stdout.strip().splitlines()[-1].split()[-1])
    assert total >= 1500
    roots = [line.split()[0] for line in res.stdout.splitlines()[:-1]]
    assert roots == [f"{i:02d}" for i in range(1, 21)]
    res = runner.invoke(app, ["lexicon", "--lexicon", "no_such_patterns.yaml"])
    assert res.exit_code == 2 and "no_such_patterns.yaml" in res.stderr and "Traceback" not in res.stderr

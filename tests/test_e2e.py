"""End to end: the CLI on the team's example articles, checked event by event."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.readers import read_path
from helpers import EXAMPLES


@pytest.fixture(scope="module")
def coded(coder):
    """Run `accord code examples/` once; events grouped by article id."""
    res = CliRunner().invoke(app, ["code", str(EXAMPLES), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    by_article: dict[str, list[dict]] = {}
    for line in res.stdout.splitlines():
        if line.strip():
            ev = json.loads(line)
            by_article.setdefault(ev["article_id"], []).append(ev)
    return by_article


def _has(events, etype, actors=(), recipients=(), trigger=None):
    """An event of the type whose actor and recipient countries include the given ones."""
    for ev in events:
        if ev["event_type"] != etype:
            continue
        a = {e["country"] for e in ev["actor"]}
        r = {e["country"] for e in ev["recipient"]}
        if set(actors) <= a and set(recipients) <= r and (trigger is None or ev["trigger"]["text"] == trigger):
            return ev
    raise AssertionError(f"no {etype} {actors}->{recipients} in " +
                         "; ".join(f"{e['event_type']} {[x['code'] for x in e['actor']]}->"
                                   f"{[x['code'] for x in e['recipient']]} [{e['trigger']['text']}]" for e in events))


def test_every_example_article_is_coded(coded):
    ids = {a.id for a in read_path(EXAMPLES)}
    assert ids == set(coded), f"articles without events: {ids - set(coded)}"


def test_border_talks(coded):
    evs = coded["2024-05-20_kabul_border_talks"]
    meeting = _has(evs, "CONSULT", actors={"PAK", "AFG"}, trigger="met")
    assert {a["code"] for a in meeting["actor"]} == {"PAKGOV", "AFGGOV"} and meeting["recipient"] == []
    _has(evs, "REQUEST", actors={"PAK"}, recipients={"AFG"}, trigger="urged")
    assert all(ev["date"] == "2024-05-20" for ev in evs)


def test_sanctions_and_shelling(coded):
    evs = coded["2023-06-23_eu_sanctions"]
    sanction = _has(evs, "SANCTION", actors={"EUR"}, recipients={"RUS"})
    assert sanction["cameo_code"] == "163" and sanction["quad_class"] == 4 and sanction["goldstein"] == -8.0
    _has(evs, "ACCUSE", actors={"RUS"}, trigger="condemned")
    _has(evs, "SUPPORT", actors={"UKR"}, trigger="praised")
    shelling = _has(evs, "ASSAULT", actors={"RUS"}, recipients={"UKR"}, trigger="shelled")
    assert shelling["actor"][0]["code"] == "RUSMIL"


def test_protests_and_html_input(coded):
    _has(coded["2022-09-22_tehran_protests"], "PROTEST", actors={"IRN"})
    gulf = coded["2023-10-05_gulf_release"]
    release = _has(gulf, "RETREAT", actors={"IRN"}, trigger="released")
    assert release["cameo_code"].startswith("084")
    _has(gulf, "SUPPORT", actors={"PHL"}, recipients={"OMN"}, trigger="thanked")


def test_aid_assault_and_appeal(coded):
    evs = coded["2024-11-04_sudan_aid"]
    _has(evs, "AID", actors={"UNO"}, recipients={"SDN"}, trigger="delivered")
    _has(evs, "ASSAULT", actors={"SDN"}, trigger="attacked")
    _has(evs, "REQUEST", actors={"UNO"}, trigger="called")


def test_jsonl_briefs(coded):
    drills = _has(coded["brief-2024-0901"], "COOPERATE", actors={"KOR", "USA"})
    assert drills["recipient"] == []
    _has(coded["brief-2024-0901"], "THREATEN", actors={"PRK"})
    _has(coded["brief-2022-0131"], "SANCTION", actors={"MLI"}, recipients={"FRA"}, trigger="expelled")


def test_records_keep_the_contract_and_offsets(coded):
    texts = {a.id: a.text for a in read_path(EXAMPLES)}
    for art, evs in coded.items():
        for ev in evs:
            text = texts[art]
            assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
            for ent in ev["actor"] + ev["recipient"] + ([ev["speaker"]] if ev["speaker"] else []):
                assert text[ent["start"]:ent["end"]] == ent["text"]
            assert ev["sentence"] in text
            assert 0.0 <= ev["confidence"] <= 1.0 and ev["coder_version"].startswith("accord-")


def test_event_ids_are_stable_across_runs(coded):
    again = CliRunner().invoke(app, ["code", str(EXAMPLES), "--format", "jsonl"])
    ids = sorted(json.loads(line)["event_id"] for line in again.stdout.splitlines() if line.strip())
    assert ids == sorted(ev["event_id"] for evs in coded.values() for ev in evs)
    assert len(ids) == len(set(ids))

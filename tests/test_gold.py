"""Regression gate on the team's gold sets (issue 4.6, issue 3.7).

Each split is coded and scored with the evaluation harness; a test fails when micro F1
(events) or F1 (actors) falls more than 0.02 below the figure committed in
``tests/data/baseline.json``.  Refresh the baseline with ``make baseline`` after an
improvement (and say so in the commit).  The dev splits are what the team tunes on; the
test splits are only ever reported.
"""
from __future__ import annotations

import json

import pytest

from accord.evaluate import evaluate_actors, evaluate_events, load_gold
from helpers import DATA

BASELINE = json.loads((DATA / "baseline.json").read_text(encoding="utf-8"))
TOLERANCE = 0.02


@pytest.mark.parametrize("split", ["dev", "test"])
def test_event_f1_does_not_regress(coder, split):
    rep = evaluate_events(coder, load_gold(DATA / f"gold_events_{split}.jsonl"))
    micro = rep.micro()[2]
    print(f"\nevents {split}: micro F1 {micro:.3f}, macro F1 {rep.macro()[2]:.3f}, "
          f"actor country accuracy {rep.rate(rep.actor_country_ok):.3f}")
    assert rep.failed == 0, [e for e in rep.errors if e["kind"] == "coding failed"][:3]
    assert micro >= BASELINE["events"][split]["micro_f1"] - TOLERANCE


@pytest.mark.parametrize("split", ["dev", "test"])
def test_actor_f1_does_not_regress(coder, split):
    rep = evaluate_actors(coder, load_gold(DATA / f"gold_actors_{split}.jsonl", "entities"))
    print(f"\nactors {split}: precision {rep.precision:.3f}, recall {rep.recall:.3f}, F1 {rep.f1:.3f}")
    assert rep.failed == 0
    assert rep.f1 >= BASELINE["actors"][split]["f1"] - TOLERANCE


def test_gold_sets_have_the_promised_size():
    n = {s: len(load_gold(DATA / f"gold_events_{s}.jsonl")) for s in ("dev", "test")}
    assert n["dev"] + n["test"] >= 480
    from collections import Counter

    per_type: Counter = Counter()
    empty = 0
    for s in ("dev", "test"):
        for row in load_gold(DATA / f"gold_events_{s}.jsonl"):
            empty += not row["events"]
            per_type.update(ev["event_type"] for ev in row["events"])
    assert len(per_type) == 16 and min(per_type.values()) >= 25 and empty >= 50
    actors = sum(len(load_gold(DATA / f"gold_actors_{s}.jsonl", "entities")) for s in ("dev", "test"))
    assert actors >= 200

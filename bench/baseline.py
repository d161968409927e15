"""Score the gold sets and write tests/data/baseline.json (run: make baseline).

Prints the figures it writes.  The regression test (tests/test_gold.py) fails when a
split falls more than 0.02 below these numbers.
"""
from __future__ import annotations

import json
from pathlib import Path

from accord.coder import Coder
from accord.evaluate import evaluate_actors, evaluate_events, load_gold

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def main() -> None:
    coder = Coder()
    out: dict = {"events": {}, "actors": {}}
    for split in ("dev", "test"):
        rep = evaluate_events(coder, load_gold(DATA / f"gold_events_{split}.jsonl"))
        out["events"][split] = {"micro_f1": round(rep.micro()[2], 4), "macro_f1": round(rep.macro()[2], 4),
                                "actor_country_accuracy": round(rep.rate(rep.actor_country_ok), 4)}
        act = evaluate_actors(coder, load_gold(DATA / f"gold_actors_{split}.jsonl", "entities"))
        out["actors"][split] = {"precision": round(act.precision, 4), "recall": round(act.recall, 4),
                                "f1": round(act.f1, 4)}
    (DATA / "baseline.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()

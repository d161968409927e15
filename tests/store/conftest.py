"""Fixtures of the store tests: a small corpus in the fake coder's line language.

Hand counts used across the tests (country level, G(x) = Goldstein score of CAMEO x):

a1 2024-01-05 source S1   IRNGOV,IRNMIL>PAK 112 | IRN,PAK 040 (reciprocal) | !IRN>PAK 190 (negated)
a2 2024-01-05 source S2   IRNGOV,IRNMIL>PAK 112 (same key as a1's: one-a-day duplicate) | PAK>IRN 042
a3 2024-02-10 source S1   PAKMIL>IRN 190 | USA,FRA>RUS 112 | IRN>USA 010 (statement, no PLOVER type)
a4 no date                IRN>PAK 112
a5 2024-03-01             BOOM (coding fails)
plus one unreadable JSONL line (ReadError).

IRN->PAK, January: 112, 040, 190, 112 -> 4 events; PAK->IRN January: 040, 042 -> 2;
PAK->IRN February: 190 -> 1.  a4 has no date: in events, not in time series.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fakecoder import FakeCoder  # noqa: E402

from accord import store  # noqa: E402
from accord.readers import ReadError  # noqa: E402
from accord.records import Article  # noqa: E402

TEXTS = {
    "a1": ("2024-01-05", "S1", "IRNGOV,IRNMIL>PAK 112\nIRN,PAK 040\n!IRN>PAK 190"),
    "a2": ("2024-01-05", "S2", "IRNGOV,IRNMIL>PAK 112\nPAK>IRN 042"),
    "a3": ("2024-02-10", "S1", "PAKMIL>IRN 190\nUSA,FRA>RUS 112\nIRN>USA 010"),
    "a4": (None, None, "IRN>PAK 112"),
    "a5": ("2024-03-01", "S1", "BOOM"),
}


def corpus() -> list:
    items: list = []
    for n, (aid, (day, src, text)) in enumerate(TEXTS.items(), 1):
        items.append(Article(id=aid, text=text, date=day, source=src, source_path="corpus.jsonl", line=n,
                             url=f"https://example.org/{aid}" if aid != "a2" else None, title=f"Title {aid}"))
    items.append(ReadError("corpus.jsonl", 9, "malformed JSON: Expecting value (column 1)"))
    return items


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    """A store holding the corpus (function scope: tests may change it)."""
    db = tmp_path / "events.duckdb"
    store.ingest(db, corpus(), FakeCoder(), batch_size=2)
    return db


@pytest.fixture(scope="session")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the corpus, shared by read-only tests."""
    db = tmp_path_factory.mktemp("shared") / "events.duckdb"
    store.ingest(db, corpus(), FakeCoder(), batch_size=2)
    return db

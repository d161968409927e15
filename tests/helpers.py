"""Constants and small assertion helpers shared by the tests."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"


def codes(entities) -> list[str]:
    """Codes of a list of entities, for compact assertions."""
    return [e.code for e in entities]


def find(events, event_type, actor_country=None, recipient_country=None):
    """Events of a type whose actor / recipient include the given countries."""
    out = []
    for ev in events:
        if ev.event_type != event_type:
            continue
        if actor_country and actor_country not in {a.country for a in ev.actor}:
            continue
        if recipient_country and recipient_country not in {r.country for r in ev.recipient}:
            continue
        out.append(ev)
    return out

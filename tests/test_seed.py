"""The user's own article (../shared/seeds): skipped cleanly where ../shared is absent."""
from __future__ import annotations

import pytest

from accord.readers import read_path
from helpers import SHARED

SEED = SHARED / "seeds" / "000_f384b96b952a1654.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not available")


@pytest.fixture(scope="module")
def seed_events(coder):
    art = next(read_path(SEED))
    assert art.date == "2025-05-26" and art.title.startswith("Ayatollah Khamenei calls for")
    result = next(coder.code_documents([art]))
    assert result.error is None
    return art, result.events


def _one(events, etype, actor, recipient=None):
    for ev in events:
        if ev.event_type == etype and actor in {a.code for a in ev.actor} and \
                (recipient is None or recipient in {r.code for r in ev.recipient}):
            return ev
    raise AssertionError(f"no {etype} {actor}->{recipient}: " +
                         "; ".join(f"{e.event_type} {[a.code for a in e.actor]}->{[r.code for r in e.recipient]}"
                                   for e in events))


def test_the_meeting_praise_calls_criticism_and_thanks(seed_events):
    art, events = seed_events
    meeting = _one(events, "CONSULT", "IRNGOV")
    assert {a.code for a in meeting.actor} == {"IRNGOV", "PAKGOV"} and meeting.recipient == []
    assert _one(events, "SUPPORT", "IRNGOV", "PAK").trigger.text == "praised"
    assert _one(events, "REQUEST", "IRNGOV", "PAK").sentence_index == 0          # calls for joint action
    assert _one(events, "ACCUSE", "IRNGOV", "ISRGOV").trigger.text == "atrocities"   # the "Zionist regime"
    assert _one(events, "ACCUSE", "PAKGOV", "INT").trigger.text == "criticized"
    assert _one(events, "SUPPORT", "PAKGOV", "IRN").trigger.text == "thanked"


def test_quotes_speakers_flags_and_offsets(seed_events):
    art, events = seed_events
    judged = _one(events, "ACCUSE", "IRNGOV", "MOSGOV")
    assert judged.quote and judged.quote.startswith("It is unfortunate")
    assert judged.speaker is not None and judged.speaker.code == "IRNGOV"
    assert not any(ev.negated or ev.hypothetical or ev.historical for ev in events)
    assert all(ev.date == "2025-05-26" for ev in events)
    for ev in events:
        assert art.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        for ent in ev.actor + ev.recipient:
            assert art.text[ent.start:ent.end] == ent.text
    assert "IFP Editorial Staff" not in " ".join(ev.sentence for ev in events)   # byline never coded

"""The event record contract: field names, JSON Schema, ids."""
from __future__ import annotations

import json

import jsonschema

from accord.records import EVENT_FIELDS, Entity, Event, Trigger, event_json_schema, make_event_id
from helpers import ROOT

CONTRACT = ("event_id article_id date event_type mode context cameo_code goldstein quad_class actor recipient "
            "trigger sentence_index sentence negated future hypothetical historical quote speaker location "
            "confidence coder_version").split()


def _event(**kw) -> Event:
    text = "Iran praised Pakistan."
    base = dict(event_id="x", article_id="a", date="2025-05-26", event_type="SUPPORT", mode=None,
                context=["diplomatic"], cameo_code="051", goldstein=3.4, quad_class=1,
                actor=[Entity(text="Iran", start=0, end=4, name="Iran", code="IRN", country="IRN", kind="country")],
                recipient=[Entity(text="Pakistan", start=13, end=21, name="Pakistan", code="PAK", country="PAK",
                                  kind="country")],
                trigger=Trigger(text="praised", start=5, end=12), sentence_index=0, sentence=text,
                confidence=0.8, coder_version="accord-test")
    base.update(kw)
    return Event(**base)


def test_record_has_exactly_the_contract_fields():
    assert list(EVENT_FIELDS) == CONTRACT
    d = _event().to_dict()
    assert list(d) == CONTRACT
    assert list(d["actor"][0]) == ["text", "start", "end", "name", "code", "country", "sector", "kind"]
    assert d["speaker"] is None and d["location"] is None and d["negated"] is False


def test_committed_schema_is_current_and_validates_records():
    committed = json.loads((ROOT / "docs" / "event.schema.json").read_text(encoding="utf-8"))
    assert committed == event_json_schema(), "run: accord schema -o docs/event.schema.json"
    jsonschema.validate(_event().to_dict(), committed)
    bad = _event().to_dict()
    bad["quad_class"] = 7
    try:
        jsonschema.validate(bad, committed)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("quad_class 7 accepted")


def test_round_trip_and_offsets():
    ev = _event()
    again = Event.from_dict(json.loads(json.dumps(ev.to_dict())))
    assert again == ev
    text = ev.sentence
    for e in ev.actor + ev.recipient:
        assert text[e.start:e.end] == e.text
    assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


def test_event_ids_are_stable_and_discriminating():
    a = make_event_id("art", 3, 120, "051", ["IRNGOV"], ["PAK"])
    assert a == make_event_id("art", 3, 120, "051", ["IRNGOV"], ["PAK"])
    assert len(a) == 16 and int(a, 16) >= 0
    assert a != make_event_id("art", 3, 120, "051", ["IRNGOV"], ["IND"])
    assert a != make_event_id("art2", 3, 120, "051", ["IRNGOV"], ["PAK"])

"""The evaluation harness: matching rules and metrics on hand-built events."""
from __future__ import annotations

import json

import pytest

from accord.evaluate import (ActorReport, EventReport, GoldFileError, code_matches, load_gold, locate_mentions,
                             score_actor_line, score_line)
from accord.records import Entity, Event, Trigger


def ent(code: str, start: int = 0, end: int = 1, text: str = "x") -> Entity:
    return Entity(text=text, start=start, end=end, name=code, code=code, country=code[:3],
                  sector=code[3:] or None, kind="country")


def ev(etype, actor, recipient=(), code="040", negated=False) -> Event:
    return Event(event_id="e", article_id="a", date=None, event_type=etype, mode=None, cameo_code=code,
                 goldstein=1.0, quad_class=1, actor=[ent(c) for c in actor], recipient=[ent(c) for c in recipient],
                 trigger=Trigger(text="t", start=0, end=1), sentence_index=0, sentence="s", negated=negated,
                 confidence=0.5, coder_version="t")


def test_country_level_and_full_code_matching():
    assert code_matches("IRN", ent("IRNGOV"))
    assert code_matches("IRNGOV", ent("IRNGOV"))
    assert not code_matches("IRNGOV", ent("IRNMIL"))
    assert not code_matches("IRN", ent("PAKGOV"))


def test_scoring_counts_tp_fp_fn_and_argument_accuracy():
    rep = EventReport()
    gold = [{"event_type": "CONSULT", "actor": ["PAKGOV", "IRN"], "recipient": []},
            {"event_type": "ACCUSE", "actor": ["PAK"], "recipient": ["INT"]}]
    pred = [ev("CONSULT", ["IRNGOV", "PAKGOV"]), ev("SUPPORT", ["PAKGOV"], ["IRN"]),
            ev(None, ["IRNGOV"], code="010"), ev("ASSAULT", ["ISR"], negated=True)]
    score_line(gold, pred, rep, "l1")
    assert rep.tp == {"CONSULT": 1}
    assert rep.fn == {"ACCUSE": 1}
    assert rep.fp == {"SUPPORT": 1}          # the 010 statement and the negated event do not count
    assert rep.confusion == {("ACCUSE", "SUPPORT"): 1}
    assert rep.matched == 1 and rep.actor_ok == 1 and rep.recipient_ok == 1
    p, r, f = rep.micro()
    assert (p, r) == (0.5, 0.5) and f == pytest.approx(0.5)
    assert rep.prf("CONSULT") == (1.0, 1.0, 1.0)
    assert rep.macro()[2] == pytest.approx(1 / 3)   # CONSULT 1, ACCUSE 0, SUPPORT 0


def test_wrong_actor_is_a_type_match_but_not_an_actor_match():
    rep = EventReport()
    score_line([{"event_type": "ASSAULT", "actor": ["RUSMIL"], "recipient": ["UKR"]}],
               [ev("ASSAULT", ["RUS"], ["UKRGOV"])], rep)
    assert rep.tp["ASSAULT"] == 1
    assert rep.actor_ok == 0 and rep.actor_country_ok == 1 and rep.recipient_ok == 1


def test_empty_gold_line_makes_every_prediction_a_false_positive():
    rep = EventReport()
    score_line([], [ev("ASSAULT", ["USA"])], rep)
    assert rep.fp["ASSAULT"] == 1 and rep.confusion == {("none", "ASSAULT"): 1}


def test_actor_scoring_by_span_overlap_and_occurrence():
    text = "He met Sharif. He left."
    assert locate_mentions(text, ["He", "Sharif", "He"]) == [(0, 2), (7, 13), (15, 17)]
    row = {"text": text, "entities": [{"mention": "He", "code": "IRNGOV"}, {"mention": "Sharif", "code": "PAK"},
                                      {"mention": "He", "code": "IRNGOV"}], "covers": [11]}
    rep = ActorReport()
    score_actor_line(row, [ent("IRNGOV", 0, 2), ent("PAKGOV", 7, 13), ent("PAKGOV", 15, 17), ent("USA", 20, 22)], rep)
    assert (rep.gold, rep.predicted, rep.correct) == (3, 4, 2)
    assert rep.precision == 0.5 and rep.recall == pytest.approx(2 / 3)
    assert rep.by_category["11"] == [2, 3]


def test_gold_file_errors_name_the_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps({"text": "a", "events": []}) + "\n{bad\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"g.jsonl:2: malformed JSON"):
        load_gold(p)


def test_hand_written_gold_codes_are_normalised(tmp_path):
    p = tmp_path / "g.jsonl"
    line = {"text": "a", "date": "2024-01-02", "events": [
        {"event_type": "consult", "actor": ["Russia", "pk"], "recipient": "IRNGOV"}]}
    p.write_text(json.dumps(line) + "\n", encoding="utf-8")
    ev = load_gold(p)[0]["events"][0]
    assert (ev["event_type"], ev["actor"], ev["recipient"]) == ("CONSULT", ["RUS", "PAK"], ["IRNGOV"])
    p.write_text(json.dumps({"text": "a", "events": [{"event_type": "MEET", "actor": []}]}) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"g.jsonl:1: unknown event_type 'MEET'"):
        load_gold(p)
    p.write_text(json.dumps({"text": "a", "events": [{"event_type": "AID", "actor": ["Atlantis"]}]}) + "\n",
                 encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"g.jsonl:1: 'Atlantis' is neither"):
        load_gold(p)


def test_an_empty_gold_file_is_an_error_not_a_zero_score(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text("\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"g.jsonl: no gold lines"):
        load_gold(p)

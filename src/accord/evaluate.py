"""Evaluation against gold records: events (precision/recall/F1 per PLOVER type) and actors.

Event gold (``accord evaluate GOLD.jsonl``), one JSON object per line::

    {"id": "...", "text": "...", "date": "YYYY-MM-DD",
     "events": [{"event_type": "CONSULT", "cameo_code": "040", "actor": ["PAKGOV", "IRN"], "recipient": []}]}

Matching rules (docs/evaluation.md):

* Only events with a PLOVER type count: coded CAMEO 01 statements (type null) are
  ignored, and so are negated events on both sides (PLOVER 2.3: negated events
  "can be excluded"); the attribute agreement is reported separately.
* Within one gold line, each gold event is matched to at most one predicted event
  of the same type, preferring the one whose actors, then recipients, agree.
  Unmatched predictions are false positives of their type, unmatched gold events
  false negatives.  Left-over pairs in the same line fill the confusion table.
* An actor list matches when the two sets agree at the gold's level of detail: a
  3-letter gold code (``IRN``) matches any entity of that country; a longer code
  (``IRNGOV``) must equal the entity's code.  "Country accuracy" compares only the
  sets of countries.  An empty gold recipient matches an empty prediction.

Actor gold (``accord evaluate-actors GOLD.jsonl``)::

    {"id": "...", "text": "...", "date": "...", "entities": [{"mention": "He", "code": "PAKGOV"}]}

Each gold mention is located as the n-th occurrence of its string (n counted over
the listing); a predicted mention matches a gold one when their character spans
overlap, one-to-one; it is correct when its code agrees at the gold's level of detail.
A mention standing for several actors has its codes joined with ``+`` ("IRN+PAK");
the predicted entities over that span (accord gives one per actor) are matched to it
as one mention, correct when they cover every part.
Precision = correct / predicted mentions; recall = correct / gold mentions.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from accord.readers import normalise_date
from accord.records import PLOVER_TYPES, Article, Entity, Event


class GoldFileError(ValueError):
    """A gold file line is malformed; the message names the file and line."""


# ---------------------------------------------------------------------------- loading
def load_gold(path: str | Path, key: str = "events") -> list[dict[str, Any]]:
    """Read a gold JSONL file; raises GoldFileError naming file and line on bad input."""
    path = Path(path)
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read: {exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}:{n}: malformed JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(obj.get(key), list):
            raise GoldFileError(f"{path}:{n}: each line needs 'text' and a '{key}' list")
        try:
            obj["date"] = normalise_date(obj.get("date"))
        except ValueError as exc:
            raise GoldFileError(f"{path}:{n}: {exc}") from None
        if key == "events":
            obj["events"] = [_normalise_gold_event(ev, path, n) for ev in obj["events"]]
        obj.setdefault("id", f"{path.stem}:{n}")
        obj["_line"] = n
        rows.append(obj)
    if not rows:
        raise GoldFileError(f"{path}: no gold lines (the file is empty)")  # a score of 0 would mislead
    return rows


_CODE = re.compile(r"^(?:[A-Z]{3})+$")


def _normalise_gold_event(ev: Any, path: Path, n: int) -> dict[str, Any]:
    """One gold event as the matcher expects it, accepting what people write by hand.

    ``event_type`` is upper-cased ("consult" -> CONSULT) and must then be one of the 16
    PLOVER types. ``actor`` and ``recipient`` may be a list or a single string; an entry
    that is not already a code ("IRN", "IRNGOV", "IRN+PAK") is read as a country name or
    ISO 3166 alpha-2 code and turned into its alpha-3 code with pycountry ("Iran" -> IRN,
    "PK" -> PAK). Raises GoldFileError naming the file and line for anything else."""
    if not isinstance(ev, dict):
        raise GoldFileError(f"{path}:{n}: each event must be an object")
    ev = dict(ev)
    etype = str(ev.get("event_type") or "").strip().upper()
    if etype not in PLOVER_TYPES:
        raise GoldFileError(f"{path}:{n}: unknown event_type {ev.get('event_type')!r} "
                            f"(expected one of the 16 PLOVER types)")
    ev["event_type"] = etype
    for role in ("actor", "recipient"):
        value = ev.get(role) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise GoldFileError(f"{path}:{n}: {role} must be a list of codes or country names")
        ev[role] = [_gold_code(str(v), path, n) for v in value if str(v).strip()]
    return ev


def _gold_code(value: str, path: Path, n: int) -> str:
    value = value.strip()
    if all(_CODE.match(part) for part in value.split("+")):
        return value
    code = _country_names().get(value.lower())
    if code:
        return code
    import pycountry
    try:
        return pycountry.countries.lookup(value).alpha_3
    except LookupError:
        raise GoldFileError(f"{path}:{n}: {value!r} is neither an actor code nor a country name") from None


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-cased country names of accord's own countries.yaml ("russia", "britain") -> alpha-3."""
    from accord.datafiles import load_yaml
    data = load_yaml(Path(__file__).parent / "actors" / "data" / "countries.yaml") or {}
    out: dict[str, str] = {}
    for code, spec in data.items():
        if isinstance(spec, dict) and isinstance(code, str) and len(code) == 3 and code.isupper():
            for name in spec.get("names") or []:
                out.setdefault(str(name).lower(), code)
    return out


# ---------------------------------------------------------------------------- code matching
def code_matches(gold: str, ent: Entity | dict) -> bool:
    """Does a predicted entity agree with a gold code at the gold's level of detail?

    A gold code joined with ``+`` ("IRN+PAK", for "the two countries") matches an entity
    that agrees with any of its parts."""
    if "+" in gold:
        return any(code_matches(g, ent) for g in gold.split("+") if g)
    code = ent.code if isinstance(ent, Entity) else ent["code"]
    country = ent.country if isinstance(ent, Entity) else ent.get("country")
    if len(gold) == 3:
        return (country or code[:3]) == gold or code == gold
    return code == gold


def _set_match(gold: list[str], pred: list[Entity]) -> bool:
    if not gold:
        return not pred
    return all(any(code_matches(g, p) for p in pred) for g in gold) and \
        all(any(code_matches(g, p) for g in gold) for p in pred)


def _countries(gold: list[str]) -> set[str]:
    return {g[:3] for g in gold}


def _country_match(gold: list[str], pred: list[Entity]) -> bool:
    return _countries(gold) == {(p.country or p.code[:3]) for p in pred}


# ---------------------------------------------------------------------------- events
@dataclass
class EventReport:
    """Counts and rates of one event evaluation (see module docstring for the rules)."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    matched: int = 0
    actor_ok: int = 0
    actor_country_ok: int = 0
    recipient_ok: int = 0
    recipient_country_ok: int = 0
    full_ok: int = 0
    lines: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    attr_total: int = 0
    attr_ok: int = 0
    failed: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def prf(self, t: str) -> tuple[float, float, float]:
        tp, fp, fn = self.tp[t], self.fp[t], self.fn[t]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def types(self) -> list[str]:
        present = set(self.tp) | set(self.fp) | set(self.fn)
        return [t for t in PLOVER_TYPES if t in present]

    def micro(self) -> tuple[float, float, float]:
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def macro(self) -> tuple[float, float, float]:
        ts = self.types()
        if not ts:
            return 0.0, 0.0, 0.0
        vals = [self.prf(t) for t in ts]
        return tuple(sum(v[i] for v in vals) / len(vals) for i in range(3))  # type: ignore[return-value]

    def rate(self, n: int) -> float:
        return n / self.matched if self.matched else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "lines": self.lines, "failed_lines": self.failed, "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "per_type": {t: dict(zip(("precision", "recall", "f1"), self.prf(t)),
                                 tp=self.tp[t], fp=self.fp[t], fn=self.fn[t]) for t in self.types()},
            "micro": dict(zip(("precision", "recall", "f1"), self.micro())),
            "macro": dict(zip(("precision", "recall", "f1"), self.macro())),
            "matched": self.matched,
            "actor_accuracy": self.rate(self.actor_ok), "actor_country_accuracy": self.rate(self.actor_country_ok),
            "recipient_accuracy": self.rate(self.recipient_ok),
            "recipient_country_accuracy": self.rate(self.recipient_country_ok),
            "full_match_rate": self.rate(self.full_ok),
            "attribute_accuracy": self.attr_ok / self.attr_total if self.attr_total else None,
            "confusion": [{"gold": g, "predicted": p, "count": c} for (g, p), c in self.confusion.most_common()],
        }


def _counted(ev: Event) -> bool:
    return ev.event_type is not None and not ev.negated


def score_line(gold_events: list[dict], predicted: list[Event], report: EventReport, line_id: str = "") -> None:
    """Match one line's gold events with the predicted ones and add to ``report``."""
    golds = [g for g in gold_events if not g.get("negated")]
    preds = [p for p in predicted if _counted(p)]
    report.gold_events += len(golds)
    report.predicted_events += len(preds)
    used: set[int] = set()
    left_gold = []
    for g in golds:
        gt = g["event_type"]
        best, best_score = None, -1
        for k, p in enumerate(preds):
            if k in used or p.event_type != gt:
                continue
            s = 2 * _set_match(g.get("actor", []), p.actor) + _set_match(g.get("recipient", []), p.recipient) + \
                _country_match(g.get("actor", []), p.actor)
            if s > best_score:
                best, best_score = k, s
        if best is None:
            report.fn[gt] += 1
            left_gold.append(g)
            continue
        used.add(best)
        p = preds[best]
        report.tp[gt] += 1
        report.matched += 1
        a_ok = _set_match(g.get("actor", []), p.actor)
        r_ok = _set_match(g.get("recipient", []), p.recipient)
        report.actor_ok += a_ok
        report.recipient_ok += r_ok
        report.actor_country_ok += _country_match(g.get("actor", []), p.actor)
        report.recipient_country_ok += _country_match(g.get("recipient", []), p.recipient)
        report.full_ok += a_ok and r_ok
        for attr in ("future", "hypothetical", "historical"):
            report.attr_total += 1
            report.attr_ok += bool(g.get(attr, False)) == bool(getattr(p, attr))
        if not (a_ok and r_ok):
            report.errors.append({"id": line_id, "kind": "arguments", "gold": g, "predicted": _brief(p)})
    left_pred = [p for k, p in enumerate(preds) if k not in used]
    for p in left_pred:
        report.fp[p.event_type] += 1
    for g, p in zip(left_gold, left_pred):
        report.confusion[(g["event_type"], p.event_type)] += 1
    for g in left_gold[len(left_pred):]:
        report.confusion[(g["event_type"], "none")] += 1
        report.errors.append({"id": line_id, "kind": "missed", "gold": g})
    for p in left_pred[len(left_gold):]:
        report.confusion[("none", p.event_type)] += 1
        report.errors.append({"id": line_id, "kind": "spurious", "predicted": _brief(p)})
    for g, p in zip(left_gold, left_pred):
        report.errors.append({"id": line_id, "kind": "wrong type", "gold": g, "predicted": _brief(p)})


def _brief(p: Event) -> dict[str, Any]:
    return {"event_type": p.event_type, "cameo_code": p.cameo_code, "actor": [a.code for a in p.actor],
            "recipient": [r.code for r in p.recipient], "trigger": p.trigger.text}


def evaluate_events(coder, gold: Iterable[dict[str, Any]]) -> EventReport:
    """Code every gold line's text with ``coder`` and score it (one nlp.pipe pass)."""
    rows = list(gold)
    arts = [Article(id=str(r["id"]), text=r["text"], date=r.get("date")) for r in rows]
    report = EventReport()
    for row, result in zip(rows, coder.code_documents(arts)):
        report.lines += 1
        if result.error:
            report.failed += 1
            report.errors.append({"id": row["id"], "kind": "coding failed", "error": result.error})
        score_line(row["events"], result.events, report, str(row["id"]))
    return report


def format_event_report(rep: EventReport) -> str:
    """Human-readable report: per-type table, averages, argument accuracy, confusion table."""
    out = [f"{rep.lines} lines, {rep.gold_events} gold events, {rep.predicted_events} predicted events"
           + (f"; {rep.failed} lines FAILED to code (see --errors)" if rep.failed else ""), "",
           f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for t in rep.types():
        p, r, f = rep.prf(t)
        out.append(f"{t:<10} {p:6.3f} {r:6.3f} {f:6.3f} {rep.tp[t]:5d} {rep.fp[t]:5d} {rep.fn[t]:5d}")
    mp, mr, mf = rep.micro()
    ap, ar, af = rep.macro()
    out += ["", f"{'micro':<10} {mp:6.3f} {mr:6.3f} {mf:6.3f}", f"{'macro':<10} {ap:6.3f} {ar:6.3f} {af:6.3f}", "",
            f"on {rep.matched} matched events: actor {rep.rate(rep.actor_ok):.3f} "
            f"(country {rep.rate(rep.actor_country_ok):.3f}), recipient {rep.rate(rep.recipient_ok):.3f} "
            f"(country {rep.rate(rep.recipient_country_ok):.3f}), both {rep.rate(rep.full_ok):.3f}"]
    if rep.confusion:
        out += ["", "confusion (gold -> predicted, unmatched events in the same line):"]
        for (g, p), c in rep.confusion.most_common(25):
            out.append(f"  {g:<10} -> {p:<10} {c}")
    return "\n".join(out)


# ---------------------------------------------------------------------------- actors
@dataclass
class ActorReport:
    """Counts of an actor-resolution evaluation."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0
    failed: int = 0
    by_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted, "correct": self.correct, "failed_lines": self.failed,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "recall_by_category": {k: (v[0] / v[1] if v[1] else None) for k, v in sorted(self.by_category.items())}}


def locate_mentions(text: str, mentions: list[str]) -> list[tuple[int, int] | None]:
    """Character spans of gold mentions, in listing order.

    The n-th listing of a string is its n-th occurrence that does not lie inside another,
    longer listed mention (gold sets list "Araghchi" once, for the occurrence outside
    "Iranian Foreign Minister Abbas Araghchi"); longer strings claim their spans first.
    """
    spans: list[tuple[int, int] | None] = [None] * len(mentions)
    by_string: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m:
            by_string.setdefault(m, []).append(i)
    taken: list[tuple[int, int]] = []
    for m in sorted(by_string, key=len, reverse=True):
        occ = []
        pos = text.find(m)
        while pos >= 0:
            if not any(a <= pos and pos + len(m) <= b for a, b in taken):
                occ.append(pos)
            pos = text.find(m, pos + 1)
        for k, i in enumerate(by_string[m]):
            if k < len(occ):
                spans[i] = (occ[k], occ[k] + len(m))
        taken.extend(sp for i in by_string[m] if (sp := spans[i]) is not None)
    return spans


def score_actor_line(row: dict[str, Any], predicted: list[Entity], report: ActorReport) -> None:
    """Score one actor gold line against predicted entities (one-to-one span overlap)."""
    gold = row["entities"]
    spans = locate_mentions(row["text"], [g["mention"] for g in gold])
    report.gold += len(gold)
    report.predicted += len(predicted)
    used: set[int] = set()
    cats = [str(c) for c in row.get("covers", [])]
    for g, span in zip(gold, spans):
        ok = False
        if span is not None and "+" in g["code"]:
            parts = [x for x in g["code"].split("+") if x]
            over = [(k, p) for k, p in enumerate(predicted)
                    if k not in used and p.start < span[1] and span[0] < p.end]
            for k, _ in over:
                used.add(k)
            ok = bool(over) and all(any(code_matches(x, p) for _, p in over) for x in parts)
            if not ok:
                report.errors.append({"id": row.get("id"), "mention": g["mention"], "gold": g["code"],
                                      "predicted": "+".join(p.code for _, p in over) or None})
            report.predicted -= max(0, len(over) - 1)
        elif span is not None:
            cands = [(k, p) for k, p in enumerate(predicted)
                     if k not in used and p.start < span[1] and span[0] < p.end]
            cands.sort(key=lambda kp: (not code_matches(g["code"], kp[1]),
                                       -(min(span[1], kp[1].end) - max(span[0], kp[1].start))))
            if cands:
                k, p = cands[0]
                used.add(k)
                ok = code_matches(g["code"], p)
                if not ok:
                    report.errors.append({"id": row.get("id"), "mention": g["mention"], "gold": g["code"],
                                          "predicted": p.code})
            else:
                report.errors.append({"id": row.get("id"), "mention": g["mention"], "gold": g["code"],
                                      "predicted": None})
        report.correct += ok
        for c in cats:
            report.by_category[c][1] += 1
            report.by_category[c][0] += ok
    for k, p in enumerate(predicted):
        if k not in used:
            report.errors.append({"id": row.get("id"), "mention": p.text, "gold": None, "predicted": p.code})


def evaluate_actors(coder, gold: Iterable[dict[str, Any]]) -> ActorReport:
    """Resolve the actors of every gold line with ``coder`` and score them."""
    rows = list(gold)
    report = ActorReport()
    arts = [Article(id=str(r["id"]), text=r["text"], date=r.get("date")) for r in rows]
    for row, result in zip(rows, coder.code_documents(arts)):
        if result.error:
            report.failed += 1
            report.errors.append({"id": row["id"], "kind": "coding failed", "error": result.error})
        score_actor_line(row, result.mentions, report)
    return report


def format_actor_report(rep: ActorReport) -> str:
    """Human-readable actor report with recall per coverage category."""
    out = [f"{rep.gold} gold mentions, {rep.predicted} predicted, {rep.correct} correct"
           + (f"; {rep.failed} lines FAILED to code (see --errors)" if rep.failed else ""),
           f"precision {rep.precision:.3f}  recall {rep.recall:.3f}  F1 {rep.f1:.3f}"]
    if rep.by_category:
        out.append("recall by category:")
        for k, (ok, n) in sorted(rep.by_category.items(), key=lambda kv: (len(kv[0]), kv[0])):
            out.append(f"  {k:>4}: {ok}/{n} = {ok / n if n else 0:.3f}")
    return "\n".join(out)

"""Output formats for coded events: JSONL, flattened CSV, and a rich table.

``flatten`` gives the one-row-per-event shape shared by CSV output and the
store's tabular exports: list fields are joined with ``;`` in the same order
(``actor_code`` and ``actor_name`` line up).
"""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from accord.records import Event

FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "date", "event_type", "mode", "context", "cameo_code", "goldstein",
    "quad_class", "actor_code", "actor_name", "actor_country", "actor_sector", "actor_text",
    "recipient_code", "recipient_name", "recipient_country", "recipient_sector", "recipient_text",
    "trigger_text", "trigger_start", "trigger_end", "sentence_index", "sentence", "negated", "future",
    "hypothetical", "historical", "quote", "speaker_code", "speaker_name", "confidence", "coder_version",
)
"""Columns of the flattened event table (CSV output, store exports)."""


def _join(values: Iterable[Any]) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def flatten(ev: Event | dict[str, Any]) -> dict[str, Any]:
    """One flat row (FLAT_COLUMNS) for an event or its ``to_dict()`` form."""
    d = ev.to_dict() if isinstance(ev, Event) else ev
    row: dict[str, Any] = {k: d.get(k) for k in ("event_id", "article_id", "date", "event_type", "mode",
                                                 "cameo_code", "goldstein", "quad_class", "sentence_index",
                                                 "sentence", "negated", "future", "hypothetical", "historical",
                                                 "quote", "confidence", "coder_version")}
    row["context"] = _join(d.get("context") or [])
    for side in ("actor", "recipient"):
        ents = d.get(side) or []
        row[f"{side}_code"] = _join(e["code"] for e in ents)
        row[f"{side}_name"] = _join(e["name"] for e in ents)
        row[f"{side}_country"] = _join(e.get("country") for e in ents)
        row[f"{side}_sector"] = _join(e.get("sector") for e in ents)
        row[f"{side}_text"] = _join(e["text"] for e in ents)
    trig = d.get("trigger") or {}
    row["trigger_text"], row["trigger_start"], row["trigger_end"] = trig.get("text"), trig.get("start"), trig.get("end")
    sp = d.get("speaker")
    row["speaker_code"] = sp["code"] if sp else None
    row["speaker_name"] = sp["name"] if sp else None
    return {k: row.get(k) for k in FLAT_COLUMNS}


class JsonlWriter:
    """One JSON object per line, exactly the event record contract."""

    def __init__(self, fh: IO[str]):
        self.fh = fh

    def write(self, ev: Event) -> None:
        self.fh.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.fh.flush()


class CsvWriter:
    """Flattened CSV with a header row (FLAT_COLUMNS)."""

    def __init__(self, fh: IO[str]):
        self.fh = fh
        self.w = csv.DictWriter(fh, fieldnames=list(FLAT_COLUMNS))
        self.w.writeheader()

    def write(self, ev: Event) -> None:
        self.w.writerow(flatten(ev))

    def close(self) -> None:
        self.fh.flush()


class TableWriter:
    """A rich table, printed when closed (for terminals)."""

    def __init__(self, fh: IO[str], title: str | None = None):
        from rich.console import Console
        from rich.table import Table

        # off a terminal (a log, a pipe) rich would assume 80 columns and fold every cell
        self.console = Console(file=fh, soft_wrap=False, width=None if fh.isatty() else 200)
        self.table = Table(title=title, show_lines=False, expand=False)
        for col, kw in (("date", {}), ("type", {"style": "bold"}), ("cameo", {}), ("actor", {"style": "cyan"}),
                        ("recipient", {"style": "magenta"}), ("trigger", {}), ("flags", {}),
                        ("sentence", {"overflow": "fold", "max_width": 60})):
            self.table.add_column(col, **kw)
        self.n = 0

    def write(self, ev: Event) -> None:
        flags = ",".join(f for f in ("negated", "future", "hypothetical", "historical") if getattr(ev, f))
        if ev.quote:
            flags = (flags + ",quote").strip(",")
        self.table.add_row(ev.date or "", ev.event_type or "-", ev.cameo_code,
                           ", ".join(f"{e.code} ({e.text})" for e in ev.actor),
                           ", ".join(f"{e.code} ({e.text})" for e in ev.recipient),
                           ev.trigger.text, flags, ev.sentence)
        self.n += 1

    def close(self) -> None:
        if self.n:
            self.console.print(self.table)
        else:
            self.console.print("no events")


def make_writer(fmt: str, fh: IO[str], title: str | None = None):
    """Writer for ``fmt`` in jsonl, csv, table.  Raises ValueError for other formats."""
    if fmt == "jsonl":
        return JsonlWriter(fh)
    if fmt == "csv":
        return CsvWriter(fh)
    if fmt == "table":
        return TableWriter(fh, title)
    raise ValueError(f"unknown format {fmt!r} (jsonl, csv, table)")

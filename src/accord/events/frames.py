"""Frames: how verbs that govern a clause combine with it (data in ``frames.yaml``).

See the header of ``frames.yaml`` for the meaning of each section.  :class:`Frames`
gives O(1) lookups by lemma and :meth:`Frames.compose` the combined CAMEO code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from accord.datafiles import DataFileError, line_of, load_yaml

FRAMES_FILE = Path(__file__).with_name("frames.yaml")
FRAME_KINDS = ("request", "agree", "reject", "threaten", "deny", "cease")


@dataclass(slots=True)
class Frames:
    """Lemma sets and composition tables loaded from frames.yaml.

    Attributes:
        speech, emphasis, fail, plan: lemma sets.
        frame_of: lemma -> (frame kind, base CAMEO code); "demand" frames have kind "demand".
        judgment: adjective lemma -> CAMEO code.
        accusation: noun lemma (or space-joined lemmas) -> CAMEO code.
        table: frame kind -> {complement code or root, or "default"} -> CAMEO code.
    """

    speech: frozenset[str] = frozenset()
    emphasis: frozenset[str] = frozenset()
    fail: frozenset[str] = frozenset()
    plan: frozenset[str] = frozenset()
    no_comment: frozenset[str] = frozenset()
    order: frozenset[str] = frozenset()
    resign: frozenset[str] = frozenset()
    characterise: frozenset[str] = frozenset()
    negative: frozenset[str] = frozenset()
    positive: frozenset[str] = frozenset()
    not_events: dict[str, frozenset[str]] = field(default_factory=dict)
    vehicles: frozenset[str] = frozenset()
    flows: frozenset[str] = frozenset()
    money_flows: frozenset[str] = frozenset()
    relief: frozenset[str] = frozenset()
    deny_objects: frozenset[str] = frozenset()
    nominal: dict[str, str] = field(default_factory=dict)
    frame_of: dict[str, tuple[str, str]] = field(default_factory=dict)
    judgment: dict[str, str] = field(default_factory=dict)
    accusation: dict[str, str] = field(default_factory=dict)
    table: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = FRAMES_FILE, valid_codes: set[str] | None = None) -> "Frames":
        """Read and validate frames.yaml.

        Raises:
            DataFileError: a code that is not a CAMEO code, or a malformed section (file and line).
        """
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DataFileError(path, None, "expected a mapping")
        f = cls()

        def check(code, where):
            c = str(code)
            if valid_codes is not None and c not in valid_codes:
                raise DataFileError(path, line_of(code) or line_of(where), f"unknown CAMEO code {c!r}")
            return c

        f.speech = frozenset(map(str, data.get("speech") or []))
        f.emphasis = frozenset(map(str, data.get("emphasis") or []))
        f.fail = frozenset(map(str, data.get("fail") or []))
        f.plan = frozenset(map(str, data.get("plan") or []))
        f.no_comment = frozenset(map(str, data.get("no_comment") or []))
        f.order = frozenset(map(str, data.get("order") or []))
        f.resign = frozenset(map(str, data.get("resign") or []))
        f.characterise = frozenset(map(str, data.get("characterise") or []))
        f.negative = frozenset(map(str, data.get("negative_words") or []))
        f.positive = frozenset(map(str, data.get("positive_words") or []))
        f.vehicles = frozenset(map(str, data.get("vehicles") or []))
        f.flows = frozenset(map(str, data.get("flows") or []))
        f.money_flows = frozenset(map(str, data.get("money_flows") or []))
        f.relief = frozenset(map(str, data.get("relief_words") or []))
        f.not_events = {str(k): frozenset(map(str, v or [])) for k, v in (data.get("not_events") or {}).items()}
        for lem in f.order:
            f.frame_of[lem] = ("order", "")
        f.deny_objects = frozenset(map(str, data.get("deny_objects") or []))
        nominal = data.get("nominal") or {}
        if not isinstance(nominal, dict):
            raise DataFileError(path, line_of(nominal), "'nominal' must map a noun lemma to a verb lemma")
        f.nominal = {str(k): str(v) for k, v in nominal.items()}
        for kind in FRAME_KINDS:
            block = data.get(kind) or {}
            if not isinstance(block, dict):
                raise DataFileError(path, line_of(block), f"'{kind}' must map a CAMEO code to lemmas")
            for code, lemmas in block.items():
                c = check(code, block)
                k = "demand" if kind == "request" and c.startswith("10") else kind
                for lem in lemmas or []:
                    f.frame_of.setdefault(str(lem), (k, c))
        for section, target in (("judgment", f.judgment), ("accusation_nouns", f.accusation)):
            for code, words in (data.get(section) or {}).items():
                c = check(code, data)
                for w in words or []:
                    target[str(w)] = c
        for kind, rows in (data.get("compose") or {}).items():
            if not isinstance(rows, dict):
                raise DataFileError(path, line_of(rows), f"compose.{kind} must be a mapping")
            f.table[str(kind)] = {str(k): check(v, rows) for k, v in rows.items()}
        return f

    def compose(self, kind: str, complement: str | None) -> str | None:
        """CAMEO code of frame ``kind`` applied to a complement code (full code, then
        3-digit prefix, then root, then the frame's default).  None if the table has no entry.

        ``order`` frames give the ordered action itself, as announced: cooperation becomes
        an intent and a retreat a concession (the ``future`` table)."""
        if kind == "order":
            if not complement:
                return None
            return self.compose("future", complement) or complement
        rows = self.table.get(kind)
        if not rows:
            return None
        if complement:
            for key in (complement, complement[:3], complement[:2]):
                if key in rows:
                    return rows[key]
        return rows.get("default")

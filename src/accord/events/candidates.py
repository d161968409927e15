"""The records the extractor passes between its rules: a candidate event (before its record is
made) and the per-sentence context."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accord.events.lexicon import Pattern
from accord.events.quotes import QuoteIndex
from accord.records import Entity


@dataclass(slots=True)
class Candidate:
    """An event before it becomes a record."""

    trigger: Token
    trigger_end: int
    code: str
    actors: list[Entity]
    recipients: list[Entity]
    pattern: Pattern | None = None
    negated: bool = False
    future: bool = False
    fallback_actor: bool = False
    hypothetical: bool = False
    reciprocal: bool = False
    affirmed: bool = False  # a double negation that asserts the act ("did not rule out force")


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    sent: Span
    mention_at: list
    quotes: QuoteIndex
    consumed: set[int] = field(default_factory=set)
    speaker: dict[int, list[Entity]] = field(default_factory=dict)
    quote_speaker: dict[int, list[Entity]] = field(default_factory=dict)
    speech_verbs: set[int] = field(default_factory=set)
    scene: object = None
    sent_index: int = 0
    places: set = field(default_factory=set)

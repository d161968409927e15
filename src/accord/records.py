"""The records accord reads and writes: Article, Entity, Trigger, Event.

The event record is a contract (issue 2): exports, the store, the Spark job and
external checks rely on its field names.  ``Event.to_dict()`` gives exactly the
fields listed in ``EVENT_FIELDS``; ``docs/event.schema.json`` is the JSON Schema
produced by :func:`event_json_schema` (a test keeps the two identical).

Offsets (``start``/``end``) are Python string indices (code points, not bytes)
into ``Article.text``, end exclusive, so ``article.text[e.start:e.end] == e.text``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 PLOVER event types (PLOVER manual v2.0, chapter 3)."""

EntityKind = Literal["person", "country", "igo", "organization", "group", "generic"]


@dataclass(slots=True)
class Article:
    """One news report to be coded.

    Attributes:
        id: stable identifier (the JSONL ``id``, the file stem, or ``sha1:<hex>``
            of the text for passages without one).
        text: the body only; title and byline are kept apart and never coded
            as body sentences.
        date: ``YYYY-MM-DD`` publication date or ``None`` when unknown (never
            replaced by today's date).
        source_path / line: where the article came from, for error messages.
    """

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    byline: str | None = None
    source: str | None = None
    url: str | None = None
    source_path: str | None = None
    line: int | None = None

    @property
    def content_hash(self) -> str:
        """SHA-1 hex digest of ``text`` (UTF-8); used by the store to skip re-ingest."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


class Entity(BaseModel):
    """A resolved mention of a political actor.

    ``code`` is country (ISO 3166-1 alpha-3, or a PLOVER/CAMEO non-state code such
    as ``IGO``, ``UNO``, ``EUR``, ``IMG``, or a documented generic code such as
    ``INT``) followed by a 3-letter sector (``GOV``, ``MIL``...) when one applies:
    ``IRNGOV``, ``PAKMIL``, ``ISR``.  ``kind`` is one of person, country, igo,
    organization, group, generic.  ``start``/``end`` are character offsets into
    the article text of the mention itself (for a pronoun: the pronoun).
    """

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int
    name: str
    code: str
    country: str | None = None
    sector: str | None = None
    kind: EntityKind = "generic"


class Trigger(BaseModel):
    """The word(s) that express the event: a verb ("praised") or event noun ("meeting")."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class Event(BaseModel):
    """One coded event with its evidence (issue 2, item 5).

    ``cameo_code`` is a CAMEO 2-4 digit string; ``event_type``, ``mode`` and
    ``context`` follow from it through the CAMEO->PLOVER table (PLOVER manual
    v2.0 ch. 3 and ``CAMEO2PLOVER-2021``), ``goldstein`` is the CAMEO Goldstein
    score (-10..+10) and ``quad_class`` 1 verbal cooperation, 2 material
    cooperation, 3 verbal conflict, 4 material conflict.
    """

    event_id: str
    article_id: str
    date: str | None
    event_type: str | None
    mode: str | None
    context: list[str] = Field(default_factory=list)
    cameo_code: str
    goldstein: float
    quad_class: int = Field(ge=1, le=4)
    actor: list[Entity] = Field(default_factory=list)
    recipient: list[Entity] = Field(default_factory=list)
    trigger: Trigger
    sentence_index: int
    sentence: str
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    quote: str | None = None
    speaker: Entity | None = None
    location: dict[str, Any] | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    coder_version: str

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready Python objects, fields in contract order."""
        return self.model_dump(mode="json")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        """Rebuild an Event from ``to_dict()`` output; raises ``pydantic.ValidationError``."""
        return cls.model_validate(data)


EVENT_FIELDS: tuple[str, ...] = tuple(Event.model_fields)
ENTITY_FIELDS: tuple[str, ...] = tuple(Entity.model_fields)


def make_event_id(article_id: str, sentence_index: int, trigger_start: int, cameo_code: str,
                  actor_codes: list[str], recipient_codes: list[str]) -> str:
    """Stable 16-hex-digit event id.

    Depends only on the article id and what was coded (sentence, trigger offset,
    CAMEO code, actor and recipient codes), never on run order or process count,
    so coding the same article twice gives the same ids.
    """
    key = "|".join([article_id, str(sentence_index), str(trigger_start), cameo_code,
                    ",".join(actor_codes), ",".join(recipient_codes)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def event_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one event record, as committed in ``docs/event.schema.json``."""
    schema = Event.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://accord.example/schema/event.schema.json"
    schema["additionalProperties"] = False
    for sub in schema.get("$defs", {}).values():
        sub["additionalProperties"] = False
    return schema

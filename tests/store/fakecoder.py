"""A stand-in for accord.coder.Coder that codes a tiny line language, for store tests.

Each non-blank line of an article's text is one event::

    IRNGOV,IRNMIL>PAK 112     actors IRNGOV and IRNMIL accuse (CAMEO 112) PAK
    IRN,PAK 040               IRN and PAK meet (no recipient: a reciprocal event)
    !IRN>PAK 190              negated
    BOOM                      makes coding this article fail

CAMEO codes give PLOVER type, quad class and Goldstein score through the real
ontology, so counts can be worked out by hand from the fixture texts.
"""
from __future__ import annotations

import time
from typing import Iterable, Iterator

from accord.coder import CodedArticle
from accord.ontology import load_ontology
from accord.records import Article, Entity, Event, Trigger, make_event_id

_ONTO = load_ontology()


def _entities(spec: str, base: int) -> list[Entity]:
    out = []
    for code in filter(None, spec.split(",")):
        out.append(Entity(text=code, start=base, end=base + len(code), name=f"name of {code}", code=code,
                          country=code[:3], sector=code[3:] or None,
                          kind="country" if len(code) == 3 else "organization"))
    return out


def code_text(art: Article) -> CodedArticle:
    events, mentions, sents = [], [], []
    offset = 0
    for k, line in enumerate(art.text.split("\n")):
        start = offset
        offset += len(line) + 1
        line = line.strip()
        if not line:
            continue
        if line == "BOOM":
            raise ValueError("boom")
        negated = line.startswith("!")
        who, cameo = line.lstrip("!").split()
        actors_spec, _, recips_spec = who.partition(">")
        actors = _entities(actors_spec, start)
        recips = _entities(recips_spec, start)
        cc = _ONTO.cameo(cameo)
        events.append(Event(
            event_id=make_event_id(art.id, k, start, cameo, [a.code for a in actors], [r.code for r in recips]),
            article_id=art.id, date=art.date, event_type=cc.event_type, mode=cc.mode, context=list(cc.contexts),
            cameo_code=cameo, goldstein=cc.goldstein, quad_class=cc.quad_class, actor=actors, recipient=recips,
            trigger=Trigger(text=cameo, start=start, end=start + len(cameo)), sentence_index=k, sentence=line,
            negated=negated, confidence=0.5 + 0.01 * (k % 10), coder_version="fake-1"))
        for e in actors + recips:
            mentions.append(e)
            sents.append(k)
    return CodedArticle(art, events, mentions, sents)


class FakeCoder:
    """``code_documents`` like the real Coder; ``delay`` seconds of sleep per article."""

    version = "fake-1"

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.seen: list[str] = []

    def code_documents(self, articles: Iterable[Article], n_process: int = 1) -> Iterator[CodedArticle]:
        for art in articles:
            self.seen.append(art.id)
            if self.delay:
                time.sleep(self.delay)
            try:
                yield code_text(art)
            except Exception as exc:
                yield CodedArticle(art, error=f"{exc.__class__.__name__}: {exc}")

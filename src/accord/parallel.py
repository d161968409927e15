"""Coding on every core, in bounded memory.

spaCy's own ``nlp.pipe(n_process=N)`` only parallelises the parse: the Docs come
back to the parent (serialised), which then resolves actors and extracts events
alone.  Here each worker process holds a whole :class:`~accord.coder.Coder` and
codes its articles end to end; only articles go out and plain results come back.

Guarantees, whatever the number of processes:

* results come back **in input order**, one per article;
* the articles are cut into the same chunks (``Coder.batch_size`` articles, one
  ``nlp.pipe`` batch each) in every mode, so every article is parsed in the same
  batch and gets the same events and the same ``event_id`` s;
* **memory stays flat**: the input is consumed lazily, at most
  ``4 * processes`` chunks are in flight, and each chunk is coded inside
  ``nlp.memory_zone()`` so strings and tokenizer-cache entries a chunk adds to
  the vocabulary are freed after it (otherwise spaCy's ``StringStore`` grows with
  every new word of a long corpus).

Workers are forked from the process that loaded the Coder (Linux's ``fork`` start
method), so each gets the loaded pipeline and dictionaries without re-loading them
and pages that are only read stay shared.  Where ``fork`` is not available
(Windows, or a parent that forbids it) :func:`code_parallel` falls back to spaCy's
``n_process`` (the parse alone in parallel): slower, same results.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import sys
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator

from accord.records import Article

if TYPE_CHECKING:  # pragma: no cover
    from accord.coder import CodedArticle, Coder

log = logging.getLogger(__name__)

IN_FLIGHT_PER_PROCESS = 4
"""Chunks submitted ahead per worker: enough to keep every core busy while the
parent waits for the oldest chunk, small enough to bound memory."""


def resolve_processes(n: int | None) -> int:
    """Number of processes for ``--processes N``: ``-1`` (or 0, None) means every usable core."""
    if n is None or n <= 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)
    return n


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` consecutive items (the last may be shorter), read lazily."""
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


# ----------------------------------------------------------------------------- one chunk

def code_chunk(coder: "Coder", articles: list[Article]) -> list["CodedArticle"]:
    """Code one chunk of articles (one ``nlp.pipe`` batch) inside a spaCy memory zone.

    Every Doc is coded and dropped before the zone closes; only plain Python
    results (events, entities) leave it.  Should the parse itself raise for the
    chunk, its articles are retried one at a time so one bad text costs only itself.
    """
    nlp = coder.nlp
    try:
        with nlp.memory_zone():
            return [coder.code_doc(doc, art) for doc, art in
                    nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=coder.batch_size)]
    except Exception:  # the parse failed for the batch: isolate the culprit
        if len(articles) == 1:
            from accord.coder import CodedArticle

            exc = sys.exc_info()[1]
            log.debug("parsing %s failed:\n%s", articles[0].id, traceback.format_exc())
            return [CodedArticle(articles[0], error=f"{exc.__class__.__name__}: {exc}")]
        out = []
        for art in articles:
            out.extend(code_chunk(coder, [art]))
        return out


def code_serial(coder: "Coder", articles: Iterable[Article]) -> Iterator["CodedArticle"]:
    """Code in this process, chunk by chunk (same chunks as :func:`code_parallel`)."""
    for chunk in chunked(articles, max(1, coder.batch_size)):
        yield from code_chunk(coder, chunk)


# ----------------------------------------------------------------------------- workers

_WORKER_CODER: "Coder | None" = None
"""The Coder of a worker process (inherited through fork from the parent)."""


def _worker_code(articles: list[Article]) -> list[tuple]:
    """Runs in a worker: code a chunk and return plain tuples (the parent keeps the articles)."""
    if _WORKER_CODER is None:  # pragma: no cover - only without fork
        raise RuntimeError("accord worker started without a Coder")
    return [(r.events, r.mentions, r.mention_sentences, r.error) for r in code_chunk(_WORKER_CODER, articles)]


def _fork_context():
    if "fork" not in mp.get_all_start_methods():
        return None
    return mp.get_context("fork")


def code_parallel(coder: "Coder", articles: Iterable[Article], n_process: int,
                  chunk_size: int | None = None) -> Iterator["CodedArticle"]:
    """Code ``articles`` with ``n_process`` worker processes, each holding ``coder``.

    Yields one :class:`~accord.coder.CodedArticle` per article, in input order.
    The input is read lazily; at most ``IN_FLIGHT_PER_PROCESS * n_process`` chunks
    of ``chunk_size`` (default ``coder.batch_size``) articles are in flight.

    Raises:
        RuntimeError: a worker process died (killed, out of memory); the results
            yielded so far are valid, the rest of the input was not coded.
    """
    from accord.coder import CodedArticle

    n_process = resolve_processes(n_process)
    size = max(1, chunk_size or coder.batch_size)
    if n_process == 1:
        yield from code_serial(coder, articles)
        return
    ctx = _fork_context()
    if ctx is None:
        log.warning("no 'fork' start method here: only the parse runs in %d processes", n_process)
        stream = ((a.text, a) for a in articles)
        for doc, art in coder.nlp.pipe(stream, as_tuples=True, batch_size=coder.batch_size, n_process=n_process):
            yield coder.code_doc(doc, art)
        return

    global _WORKER_CODER
    _WORKER_CODER = coder  # inherited by the forked workers
    pending: deque[tuple[list[Article], Future]] = deque()
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=ctx)
    chunks = chunked(articles, size)
    limit = IN_FLIGHT_PER_PROCESS * n_process
    try:
        for chunk in islice(chunks, limit):
            pending.append((chunk, pool.submit(_worker_code, chunk)))
        while pending:
            chunk, fut = pending.popleft()
            try:
                rows = fut.result()
            except BrokenProcessPool as exc:
                raise RuntimeError(f"an accord worker process died while coding articles "
                                   f"{chunk[0].id}..{chunk[-1].id}: {exc}") from exc
            nxt = next(chunks, None)  # keep the pipeline full before handing results out
            if nxt is not None:
                pending.append((nxt, pool.submit(_worker_code, nxt)))
            for art, (events, mentions, sents, error) in zip(chunk, rows):
                yield CodedArticle(art, events, mentions, sents, error)
    finally:
        for _, fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        _WORKER_CODER = None

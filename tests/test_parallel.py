"""Coding on several processes: same results in the same order, lazy input, failures contained."""
from __future__ import annotations

import contextlib
import itertools
import os
import time

import pytest
from helpers import EXAMPLES

from accord.coder import CodedArticle
from accord.parallel import IN_FLIGHT_PER_PROCESS, code_parallel, code_serial, resolve_processes
from accord.readers import ReadError, read_inputs
from accord.records import Article


def example_articles() -> list[Article]:
    return [a for a in read_inputs([EXAMPLES]) if not isinstance(a, ReadError)]


def snapshot(results) -> list[tuple]:
    return [(r.article.id, r.error, [e.to_dict() for e in r.events],
             [m.model_dump() for m in r.mentions], list(r.mention_sentences)) for r in results]


# --------------------------------------------------------------------------- a fake coder (no spaCy)

class FakeNLP:
    """Enough of a spaCy Language for code_chunk: pipe(as_tuples) and memory_zone."""

    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on

    @contextlib.contextmanager
    def memory_zone(self):
        yield

    def pipe(self, stream, as_tuples, batch_size):
        for text, art in stream:
            if text == self.fail_on:
                raise ValueError("parser exploded")
            yield text.upper(), art


class FakeCoder:
    """Codes an article into no events and one 'mention' index per word; can die on demand."""

    def __init__(self, batch_size=3, fail_on=None, die_on=None, delay=0.0):
        self.batch_size = batch_size
        self.nlp = FakeNLP(fail_on)
        self.die_on = die_on
        self.delay = delay

    def code_doc(self, doc, art):
        time.sleep(self.delay)
        if art.text == self.die_on:
            os._exit(3)  # a worker killed mid-chunk (OOM killer, segfault)
        return CodedArticle(art, [], [], [len(doc.split()), os.getpid()])


def numbered(n: int, start: int = 0):
    for i in range(start, start + n):
        yield Article(id=f"a{i}", text=" ".join(["word"] * (i % 7 + 1)))


def test_resolve_processes():
    assert resolve_processes(1) == 1
    assert resolve_processes(3) == 3
    assert resolve_processes(-1) == resolve_processes(0) >= 1


@pytest.mark.parametrize("n", [1, 2, 3])
def test_order_and_one_result_per_article(n):
    out = list(code_parallel(FakeCoder(), numbered(40), n))
    assert [r.article.id for r in out] == [f"a{i}" for i in range(40)]
    assert [r.mention_sentences[0] for r in out] == [i % 7 + 1 for i in range(40)]


def test_workers_do_the_work():
    out = list(code_parallel(FakeCoder(batch_size=2, delay=0.02), numbered(40), 2))
    pids = {r.mention_sentences[1] for r in out}
    assert os.getpid() not in pids and len(pids) == 2


def test_input_is_read_lazily():
    pulled = []

    def source():
        for art in numbered(10_000):
            pulled.append(art.id)
            yield art

    coder = FakeCoder(batch_size=4)
    gen = code_parallel(coder, source(), 2)
    first = list(itertools.islice(gen, 10))
    gen.close()
    assert [r.article.id for r in first] == [f"a{i}" for i in range(10)]
    # what was read ahead is bounded by the in-flight window, not by the input
    assert len(pulled) <= 10 + (IN_FLIGHT_PER_PROCESS * 2 + 1) * 4


def test_a_failing_parse_costs_only_its_article():
    coder = FakeCoder(batch_size=4, fail_on="word word word")  # article a2 (and a9, a16...)
    for out in (list(code_serial(coder, numbered(12))), list(code_parallel(coder, numbered(12), 2))):
        assert [r.article.id for r in out] == [f"a{i}" for i in range(12)]
        bad = [r.article.id for r in out if r.error]
        assert bad == ["a2", "a9"]
        assert "parser exploded" in out[2].error


def test_a_dead_worker_is_reported():
    coder = FakeCoder(batch_size=2, die_on="word word word word word")  # a4
    with pytest.raises(RuntimeError, match="worker process died"):
        list(code_parallel(coder, numbered(20), 2))


# --------------------------------------------------------------------------- the real Coder

def test_same_events_and_ids_whatever_the_number_of_processes(coder):
    arts = example_articles()
    old = coder.batch_size
    coder.batch_size = 3  # several chunks from the handful of examples
    try:
        one = snapshot(coder.code_documents(arts, n_process=1))
        two = snapshot(coder.code_documents(arts, n_process=2))
        every = snapshot(coder.code_documents(arts, n_process=-1))
    finally:
        coder.batch_size = old
    assert [s[0] for s in one] == [a.id for a in arts]
    assert two == one
    assert every == one


def test_cli_processes_gives_the_same_output(tmp_path):
    from typer.testing import CliRunner

    from accord.cli import app

    outs = []
    for n in ("1", "2"):
        path = tmp_path / f"p{n}.jsonl"
        res = CliRunner().invoke(app, ["code", str(EXAMPLES), "--processes", n, "-o", str(path)])
        assert res.exit_code == 0, res.output
        outs.append(path.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]

"""The shipped event lexicon as data (accord.events.lexicon): consistency of the pattern files."""
from __future__ import annotations

from collections import defaultdict

import pytest

from accord.events.lexicon import Lexicon, expand, parse_pattern


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def test_no_pattern_carries_two_codes(lexicon):
    # a pattern written in two files with different codes makes the winner depend on load order;
    # each such pair was decided once (see the comments beside the patterns) and must stay decided
    codes: dict[tuple, set[tuple[str, str]]] = defaultdict(set)
    for kind, table in (("verb", lexicon.verbs), ("noun", lexicon.nouns)):
        for pats in table.values():
            for p in pats:
                codes[(kind, p.text, p.invert)].add((p.code, p.source.split(":")[0]))
    clashes = {k: sorted(v) for k, v in codes.items() if len({c for c, _ in v}) > 1}
    assert clashes == {}


def test_every_root_and_type_has_patterns(lexicon):
    roots = {p.code[:2] for table in (lexicon.verbs, lexicon.nouns) for pats in table.values() for p in pats}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert len(lexicon) >= 1500


def test_alternatives_expand_and_bad_patterns_are_rejected():
    assert expand("release {prisoner,hostage}") == ["release prisoner", "release hostage"]
    p = parse_pattern("call on", "020", "verb")
    assert (p.head, p.size) == ("call", 2)
    with pytest.raises(ValueError):
        parse_pattern("", "020", "verb")

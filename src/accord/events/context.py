"""PLOVER contexts of an event: the CAMEO code's own contexts plus keyword cues.

The PLOVER manual (v2.0, section 2.2) expects context to come from the
surrounding text; accord reads it from the event's sentence with the keyword
table in ``contexts.yaml`` (hashed lookups of lemmas and lemma bigrams).
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Span

from accord.datafiles import DataFileError, line_of, load_yaml

CONTEXTS_FILE = Path(__file__).with_name("contexts.yaml")


class ContextCues:
    """Keyword -> contexts table; ``contexts(sentence)`` returns the set of contexts cued."""

    def __init__(self, path: Path = CONTEXTS_FILE, valid: set[str] | None = None):
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DataFileError(path, None, "expected a mapping of contexts to keyword lists")
        self.unigrams: dict[str, set[str]] = {}
        self.bigrams: dict[tuple[str, str], set[str]] = {}
        for ctx, words in data.items():
            if valid is not None and str(ctx) not in valid:
                raise DataFileError(path, line_of(ctx), f"{ctx!r} is not a PLOVER context")
            for w in words or []:
                parts = str(w).lower().split()
                if len(parts) == 1:
                    self.unigrams.setdefault(parts[0], set()).add(str(ctx))
                elif len(parts) == 2:
                    self.bigrams.setdefault((parts[0], parts[1]), set()).add(str(ctx))

    def contexts(self, sent: Span) -> set[str]:
        """Contexts cued by the words of a sentence (by lemma and by lower-case form)."""
        found: set[str] = set()
        prev = None
        for t in sent:
            lem = t.lemma_.lower()
            hit = self.unigrams.get(lem) or self.unigrams.get(t.lower_)
            if hit:
                found |= hit
            if prev is not None:
                hit = self.bigrams.get((prev, lem)) or self.bigrams.get((prev, t.lower_))
                if hit:
                    found |= hit
            prev = lem
        return found

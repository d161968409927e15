"""Direct quotations in an article and who said them.

A quotation is a span between typographic (“ ”) or straight (") double quotes of
at least three words.  Its speaker is the subject of the reporting verb in the
sentence that carries the attribution ("“...,” said Ayatollah Khamenei", "“...,”
he added"), resolved by the extractor through the actor mentions.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"\n]{2,}?)\"")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: character span [start, end) including the marks, and its inner text."""

    start: int
    end: int
    text: str


class QuoteIndex:
    """Quotations of one text with O(log n) lookup of the quote containing an offset."""

    def __init__(self, text: str):
        self.quotes: list[Quote] = []
        for m in _QUOTE.finditer(text):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            if len(inner.split()) >= 3:
                self.quotes.append(Quote(m.start(), m.end(), inner.strip()))
        self._starts = [q.start for q in self.quotes]

    def at(self, offset: int) -> Quote | None:
        """The quotation containing character ``offset``, or None."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and self.quotes[k].start <= offset < self.quotes[k].end:
            return self.quotes[k]
        return None

    def __len__(self) -> int:
        return len(self.quotes)

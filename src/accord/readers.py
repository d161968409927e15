"""Input formats -> :class:`~accord.records.Article`.

Supported (issue 2, item 2):

* ``.txt``  plain text, or a scraped article whose first line is
  ``date YYYY-MM-DD`` followed by the site's section names, then the title,
  an optional ``By ...`` byline, then the body;
* ``.html`` / ``.htm``  main text and metadata through trafilatura;
* ``.jsonl`` / ``.jsonl.gz``  one article per line with ``id``, ``date``,
  ``text`` and optional ``title``, ``url``, ``source``;
* directories (recursively, in sorted order), ``-`` for standard input.

Readers never raise on bad input: they yield :class:`ReadError` items (file,
line, reason) and carry on with the rest of the batch.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import sys
import warnings
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import Iterable, Iterator

from accord.records import Article

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
MAX_FILE_BYTES = 20_000_000
"""Largest .txt/.html file read whole (bytes); JSONL files are streamed."""
MAX_TEXT_CHARS = 1_000_000
"""Longest article body coded (characters); longer ones are reported and skipped."""

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b(.*)$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(slots=True)
class ReadError:
    """An input that could not be read: where (path, 1-based line or None) and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from a date string such as ``2019-04-10`` or ``2019-04-10T08:00:00Z``.

    Returns None for missing values; raises ValueError for strings that are
    not a valid calendar date.
    """
    if value is None or value == "":
        return None
    m = _ISO_DATE.match(str(value).strip())
    if not m:
        raise ValueError(f"not an ISO date: {value!r}")
    y, mo, d = (int(g) for g in m.groups())
    return _date(y, mo, d).isoformat()


def text_id(text: str) -> str:
    """Article id for a passage without one: ``sha1:`` + first 16 hex digits of its SHA-1."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _decode(data: bytes, path: str) -> str | ReadError:
    if not data.strip():
        return ReadError(path, None, "empty file")
    if b"\x00" in data[:8192]:
        return ReadError(path, None, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return ReadError(path, line, f"undecodable bytes (not UTF-8) at column {col}: {exc.reason}; "
                                     f"accord reads UTF-8 (convert with e.g. iconv -f latin1 -t utf-8)")


def parse_text_article(raw: str, article_id: str, path: str | None = None) -> Article:
    """Split a .txt article into header and body.

    A scraped article starts with ``date YYYY-MM-DD <section names>``; the next
    non-empty line is the title and a following ``By ...`` line is the byline.
    Everything after is the body (``Article.text``), so the header is never
    coded as body sentences.  Plain text is all body, with no date.
    """
    lines = raw.splitlines(keepends=True)
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return Article(id=article_id, text="", source_path=path)
    m = _DATE_LINE.match(lines[first])
    if not m:
        return Article(id=article_id, text=raw.strip("\n"), source_path=path)
    try:
        day = normalise_date(m.group(1))
    except ValueError:
        day = None
    i = first + 1
    title = byline = None
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines):
        title = lines[i].strip()
        i += 1
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j < len(lines) and re.match(r"^\s*by\s+\S", lines[j], re.IGNORECASE) and len(lines[j]) < 200:
        byline = lines[j].strip()
        i = j + 1
    body = "".join(lines[i:]).strip("\n")
    section = m.group(2).strip() or None
    return Article(id=article_id, text=body, date=day, title=title, byline=byline,
                   source=section, source_path=path)


def _read_text(path: Path) -> str | ReadError:
    """A whole file as UTF-8 text, or the ReadError that stops it (size, binary, encoding)."""
    data = _read_bytes(path)
    return data if isinstance(data, ReadError) else _decode(data, str(path))


def read_text_file(path: Path) -> Iterator[Article | ReadError]:
    """One article from a .txt file (id: the file stem)."""
    raw = _read_text(path)
    if isinstance(raw, ReadError):
        yield raw
        return
    yield _checked(parse_text_article(raw, path.stem, str(path)), str(path), None)


def read_html_file(path: Path) -> Iterator[Article | ReadError]:
    """One article from an HTML page: main text, title, date, author and URL via trafilatura."""
    raw = _read_text(path)
    if isinstance(raw, ReadError):
        yield raw
        return
    yield parse_html(raw, path.stem, str(path))


def parse_html(raw: str, article_id: str, path: str | None = None) -> Article | ReadError:
    """Article from an HTML string (trafilatura main-text extraction with metadata)."""
    import trafilatura

    extracted = trafilatura.extract(raw, output_format="json", with_metadata=True,
                                    include_comments=False, include_tables=False)
    if not extracted:
        return ReadError(path or article_id, None, "no main text found in HTML")
    meta = json.loads(extracted)
    try:
        day = normalise_date(meta.get("date"))
    except ValueError:
        day = None
    author = meta.get("author")
    body = _strip_heading((meta.get("text") or "").strip(), meta.get("title"))
    art = Article(id=article_id, text=body, date=day,
                  title=meta.get("title"), byline=f"By {author}" if author else None,
                  source=meta.get("sitename") or meta.get("hostname"), url=meta.get("url"),
                  source_path=path)
    return _checked(art, path or article_id, None)


def _strip_heading(body: str, title: str | None) -> str:
    """Drop a leading headline (equal to the title) and "By ..." byline that
    trafilatura keeps in the main text, so they are never coded as body sentences."""
    lines = body.split("\n")
    if title and lines and lines[0].strip() and lines[0].strip() in title:
        lines = lines[1:]
    if lines and re.match(r"^\s*by\s+\S", lines[0], re.IGNORECASE) and len(lines[0]) < 120:
        lines = lines[1:]
    return "\n".join(lines).strip()


def read_jsonl_lines(lines: Iterable[str], path: str, default_prefix: str) -> Iterator[Article | ReadError]:
    """Articles from JSONL lines; bad lines become ReadError with their 1-based line number."""
    for n, line in enumerate(lines, 1):
        if isinstance(line, _BadLine):
            yield ReadError(path, n, str(line))
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(path, n, f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield ReadError(path, n, "a JSONL line must be an object with 'id', 'date' and 'text'")
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ReadError(path, n, "missing or empty 'text'")
            continue
        try:
            day = normalise_date(obj.get("date"))
        except ValueError as exc:
            # like a missing date: the article is coded with date null (and the CLI warns)
            warnings.warn(f"{path}:{n}: bad 'date' ({exc}); coded with date null", stacklevel=2)
            day = None
        art_id = str(obj["id"]) if obj.get("id") not in (None, "") else f"{default_prefix}:{n}"
        art = Article(id=art_id, text=text, date=day, title=obj.get("title"),
                      byline=obj.get("byline"), source=obj.get("source"), url=obj.get("url"),
                      source_path=path, line=n)
        yield _checked(art, path, n)


def read_jsonl_file(path: Path) -> Iterator[Article | ReadError]:
    """Stream a .jsonl or .jsonl.gz file; undecodable lines are reported, not fatal."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            head = fh.read(8192)
            if not head.strip():
                yield ReadError(str(path), None, "empty file")
                return
            if b"\x00" in head:
                yield ReadError(str(path), None, "binary file (NUL bytes), not JSONL")
                return
        with opener(path, "rb") as fh:
            yield from read_jsonl_lines(_decoded_lines(fh, str(path)), str(path), path.stem)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield ReadError(str(path), None, f"cannot read: {exc}")


class _BadLine(str):
    """Marker for a line that failed to decode (its reason is the string)."""


def _decoded_lines(fh: io.BufferedIOBase, path: str) -> Iterator[str]:
    for raw in fh:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _BadLine(f"undecodable bytes (not UTF-8): {exc.reason}")


def _read_bytes(path: Path) -> bytes | ReadError:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return ReadError(str(path), None, f"file too large ({size / 1e6:.1f} MB > {MAX_FILE_BYTES / 1e6:.0f} MB)")
        return path.read_bytes()
    except OSError as exc:
        return ReadError(str(path), None, f"cannot read: {exc.strerror or exc}")


def _checked(art: Article, path: str, line: int | None) -> Article | ReadError:
    if not art.text.strip():
        return ReadError(path, line, "no body text")
    if len(art.text) > MAX_TEXT_CHARS:
        return ReadError(path, line, f"article too long ({len(art.text)} characters > {MAX_TEXT_CHARS})")
    return art


def read_path(path: str | Path) -> Iterator[Article | ReadError]:
    """Articles (or ReadErrors) from one path: a file of a supported type, a directory, or ``-``."""
    if str(path) == "-":
        yield from read_stream(sys.stdin.buffer, "<stdin>")
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and _supported(f))
        if not files:
            yield ReadError(str(p), None, "directory holds no .txt, .html, .jsonl or .jsonl.gz files")
        for f in files:
            yield from read_path(f)
        return
    if not p.exists():
        yield ReadError(str(p), None, "no such file or directory")
        return
    name = p.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from read_jsonl_file(p)
    elif name.endswith(HTML_SUFFIXES):
        yield from read_html_file(p)
    elif name.endswith(TEXT_SUFFIXES):
        yield from read_text_file(p)
    else:
        yield ReadError(str(p), None, "unsupported file type (expected .txt, .html, .jsonl or .jsonl.gz)")


def read_stream(stream: io.BufferedIOBase, name: str) -> Iterator[Article | ReadError]:
    """Standard input: JSONL when the first non-blank character is ``{``, else one text article."""
    data = stream.read()
    raw = _decode(data, name)
    if isinstance(raw, ReadError):
        yield raw
        return
    if raw.lstrip().startswith("{"):
        yield from read_jsonl_lines(raw.splitlines(), name, "stdin")
    else:
        yield _checked(parse_text_article(raw, text_id(raw), name), name, None)


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Articles and ReadErrors from many paths, in order."""
    for p in paths:
        yield from read_path(p)


def _supported(p: Path) -> bool:
    n = p.name.lower()
    return n.endswith(TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES)

"""Readers: every input format, the scraped-article header, and bad input."""
from __future__ import annotations

import gzip
import json
import shutil

from accord.readers import ReadError, normalise_date, parse_text_article, read_inputs, read_path

SCRAPED = """ date 2025-05-26 Featured NewsForeign PolicyIFP Exclusive

Leaders meet in Tehran to discuss trade

By Staff Reporter

Iran's president met Pakistan's prime minister on Monday.
The two leaders discussed border trade.
"""


def test_scraped_header_is_parsed_and_kept_out_of_the_body():
    art = parse_text_article(SCRAPED, "a1")
    assert art.date == "2025-05-26"
    assert art.title == "Leaders meet in Tehran to discuss trade"
    assert art.byline == "By Staff Reporter"
    assert art.source == "Featured NewsForeign PolicyIFP Exclusive"
    assert art.text.startswith("Iran's president met")
    assert "Staff Reporter" not in art.text and "Leaders meet" not in art.text


def test_plain_text_has_no_date_and_keeps_everything():
    art = parse_text_article("Troops crossed the border.\nOfficials said so.", "p")
    assert art.date is None and art.title is None
    assert art.text == "Troops crossed the border.\nOfficials said so."


def test_dates_are_normalised_and_bad_ones_rejected():
    assert normalise_date("2019-04-10T08:00:00Z") == "2019-04-10"
    assert normalise_date(None) is None
    for bad in ("10/04/2019", "2019-13-01"):
        try:
            normalise_date(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad} accepted")


def test_jsonl_and_gzip_with_a_malformed_line(tmp_path):
    lines = [json.dumps({"id": "a", "date": "2020-01-02", "text": "Iran condemned the attack."}),
             "{not json",
             json.dumps({"id": "b", "text": ""}),
             json.dumps({"id": "c", "date": "2020-01-03", "text": "Peru hosted talks.", "title": "T", "url": "u"})]
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    g = tmp_path / "in2.jsonl.gz"
    with gzip.open(g, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    for path in (p, g):
        items = list(read_path(path))
        arts = [i for i in items if not isinstance(i, ReadError)]
        errs = [i for i in items if isinstance(i, ReadError)]
        assert [a.id for a in arts] == ["a", "c"]
        assert arts[1].title == "T" and arts[1].url == "u" and arts[1].line == 4
        assert [(e.line, e.reason.split(":")[0]) for e in errs] == [(2, "malformed JSON"), (3, "missing or empty 'text'")]
        assert str(errs[0]).startswith(f"{path}:2: malformed JSON")


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("line one\nCôte d'Ivoire\n".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Kenya sent troops to Haiti.", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    errs = {i.path.split("/")[-1]: i for i in items if isinstance(i, ReadError)}
    arts = [i for i in items if not isinstance(i, ReadError)]
    assert [a.id for a in arts] == ["good"]
    assert errs["empty.txt"].reason == "empty file"
    assert errs["binary.txt"].reason.startswith("binary file")
    assert errs["latin1.txt"].line == 2 and "not UTF-8" in errs["latin1.txt"].reason


def test_missing_path_and_unsupported_type(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    errs = list(read_inputs([tmp_path / "nope.txt", tmp_path / "x.pdf"]))
    assert [e.reason for e in errs] == ["no such file or directory",
                                        "unsupported file type (expected .txt, .html, .jsonl or .jsonl.gz)"]


def test_html_through_trafilatura(tmp_path):
    from helpers import EXAMPLES

    src = EXAMPLES / "2023-10-05_gulf_release.html"
    shutil.copy(src, tmp_path / "page.html")
    art = next(read_path(tmp_path / "page.html"))
    assert art.date == "2023-10-05"
    assert art.title == "Iran frees detained sailors after talks with Oman"
    assert art.text.startswith("Iran released the crew")
    assert "Copyright" not in art.text and "Home" not in art.text


def test_stdin_text_and_jsonl(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Chile recalled its ambassador.")))
    [art] = list(read_path("-"))
    assert art.id.startswith("sha1:") and art.text == "Chile recalled its ambassador."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "Peru protested."}\n')))
    [art] = list(read_path("-"))
    assert art.id == "s1"


def test_a_bad_jsonl_date_codes_the_article_with_date_null(tmp_path):
    import warnings

    p = tmp_path / "d.jsonl"
    p.write_text('{"id": "x", "date": "yesterday", "text": "Iran praised Iraq."}\n', encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [art] = list(read_path(p))
    assert art.id == "x" and art.date is None
    assert "d.jsonl:1: bad 'date'" in str(caught[0].message)

"""Importing PETRARCH-format actor dictionaries."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from accord.actors.petrarch import convert, split_code
from accord.cli import app
from accord.datafiles import DataFileError
from helpers import DATA


def test_codes_split_into_country_and_sector():
    assert split_code("PAKGOVMIL") == ("PAK", "GOV")
    assert split_code("IGOUNODEV") == ("UNO", None)
    assert split_code("IGOWSTNAT") == ("IGO", None)
    assert split_code("USA") == ("USA", None)


def test_conversion_keeps_synonyms_dates_and_codes():
    recs = {r["name"]: r for r in convert(DATA / "petrarch_actors.txt")}
    ghani = recs["Ashraf Ghani"]
    assert ghani["kind"] == "person"
    assert set(ghani["aliases"]) == {"Ashraf Ghani", "Ghani", "Ashraf Ghani Ahmadzai"}
    assert ghani["periods"] == [{"start": "2014-09-29", "end": "2021-08-15", "country": "AFG", "sector": "GOV"},
                                {"start": "2021-08-15", "country": "AFG", "sector": "ELI"}]
    assert recs["Najib Mikati"]["periods"][0] == {"start": "2011-06-13", "end": "2014-02-15", "country": "LBN",
                                                  "sector": "GOV"}
    assert recs["Kandahar Chamber Of Commerce"]["country"] == "AFG"
    assert recs["Kandahar Chamber Of Commerce"]["sector"] == "BUS"
    assert recs["United Nations Development Programme"]["country"] == "UNO"
    assert "UNDP" in recs["United Nations Development Programme"]["aliases"]
    assert "Mystery Actor" not in recs  # no code: skipped


def test_errors_name_file_and_line():
    with pytest.raises(DataFileError, match=r"petrarch_bad.txt line 2: synonym line before any actor entry"):
        convert(DATA / "petrarch_bad.txt")


def test_cli_import_then_use_the_dictionary(tmp_path, coder):
    out = tmp_path / "afg.yaml"
    res = CliRunner().invoke(app, ["dictionaries", "import-petrarch", str(DATA / "petrarch_actors.txt"),
                                   "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "wrote 5 actors (2 with dated roles)" in res.output
    from accord.actors.dictionary import ActorDictionary
    from accord.actors.resolver import ActorResolver

    d = ActorDictionary.load(lambda s: [t.text for t in coder.nlp.tokenizer(s)], extra=[out])
    r = ActorResolver(d)
    doc = coder.nlp("Ghani spoke to the Kandahar Chamber of Commerce.")
    got = {m.entity.text: m.entity.code for m in r.resolve(doc, "2019-05-01").mentions}
    assert got["Ghani"] == "AFGGOV"
    assert got["Kandahar Chamber of Commerce"] == "AFGBUS"
    doc = coder.nlp("Ghani spoke in Abu Dhabi.")
    got = {m.entity.text: m.entity.code for m in r.resolve(doc, "2022-05-01").mentions}
    assert got["Ghani"] == "AFGELI"

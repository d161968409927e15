"""Actor dictionaries: validation with file and line, dated roles, users' files, the cache."""
from __future__ import annotations

import pytest

from accord.actors.dictionary import ActorDictionary, office_key
from accord.datafiles import DataFileError


def _tok(nlp):
    return lambda s: [t.text for t in nlp.tokenizer(s)]


def test_bundled_dictionaries_are_large_and_consistent(coder):
    d = coder.dictionary
    stats = d.stats()
    assert stats["people"] > 3000 and stats["name_phrases"] > 15000 and stats["role_words"] > 400
    # every ISO 3166 country name resolves (dependencies to their controlling state)
    import pycountry

    missing = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if "," in name:
            continue
        key = d._key(name)
        if not any(toks == key for toks, _, _ in d.names.table.get(key[0], [])):
            missing.append(name)
    assert missing == []
    assert "PAK" in d.codes and "XKX" in d.codes and "PSE" in d.codes


def test_people_take_the_role_of_the_article_date(coder):
    sharif = coder.dictionary.people["Shehbaz Sharif"]
    assert sharif.at("2020-06-01")[:2] == ("PAK", "OPP")
    assert sharif.at("2025-05-26")[:2] == ("PAK", "GOV")
    assert sharif.at("2023-12-01")[:2] == ("PAK", "ELI")      # between his two terms
    assert coder.dictionary.office_holder("IRN", "supreme leader", "2025-05-26").name == "Ali Khamenei"
    assert office_key("Minister of Foreign Affairs") == "foreign minister"


def test_user_files_are_validated_with_file_and_line(nlp, tmp_path):
    bad = tmp_path / "extra.yaml"
    bad.write_text("- name: Example Front\n  country: ABC1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"extra.yaml line 1: country 'ABC1' is not a 3-letter code"):
        ActorDictionary.load(_tok(nlp), extra=[bad])
    bad.write_text("- name: Example Front\n  country: PAK\n  sector: XYZ\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"extra.yaml line 1: unknown sector 'XYZ'"):
        ActorDictionary.load(_tok(nlp), extra=[bad])
    people = tmp_path / "people.csv"
    people.write_text("name,aliases,country,sector,role,start,end,gender\n"
                      "Jane Roe,Roe,GBR,GOV,Minister,2020-01-01,2019-01-01,f\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"people.csv line 2: end 2019-01-01 is before start 2020-01-01"):
        ActorDictionary.load(_tok(nlp), extra=[people])


def test_user_dictionary_adds_actors(nlp, tmp_path):
    from accord.actors.resolver import ActorResolver

    extra = tmp_path / "extra.yaml"
    extra.write_text("- name: Northern Valley Front\n  aliases: [NVF]\n  country: KEN\n  sector: REB\n",
                     encoding="utf-8")
    d = ActorDictionary.load(_tok(nlp), extra=[extra])
    got = [m.entity.code for m in ActorResolver(d).resolve(nlp("The NVF attacked a police post."), "2024-01-01").mentions]
    assert "KENREB" in got


def test_cache_is_used_and_invalidated(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_CACHE", str(tmp_path / "cache"))
    extra = tmp_path / "extra.yaml"
    extra.write_text("- name: Lake Alliance\n  country: UGA\n  sector: PTY\n", encoding="utf-8")
    a = ActorDictionary.load(_tok(nlp), extra=[extra], tokenizer_id="t1")
    files = list((tmp_path / "cache").glob("actors-*.pickle"))
    assert len(files) == 1
    b = ActorDictionary.load(_tok(nlp), extra=[extra], tokenizer_id="t1")
    assert b.stats() == a.stats()
    extra.write_text("- name: Lake Alliance\n  country: UGA\n  sector: OPP\n", encoding="utf-8")
    ActorDictionary.load(_tok(nlp), extra=[extra], tokenizer_id="t1")
    assert len(list((tmp_path / "cache").glob("actors-*.pickle"))) == 2

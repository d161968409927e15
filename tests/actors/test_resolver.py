"""Actor resolution on sentences in the style of the seed article and wire copy."""
from __future__ import annotations

import pytest


def _codes(coder, text, date):
    doc = coder.nlp(text)
    return [(m.entity.text, m.entity.code) for m in coder.resolver.resolve(doc, date).mentions]


SEED = ("In a meeting with Pakistani Prime Minister Shehbaz Sharif and his accompanying delegation, Leader of "
        "Iran's Islamic Revolution Ayatollah Seyyed Ali Khamenei, underlined the need for joint efforts by Iran "
        "and Pakistan to end the atrocities by the Zionist regime in Gaza. He noted that Pakistan has remained "
        "firm. The leader praised the country. Pakistan’s prime minister, for his part, thanked the Islamic "
        "Republic for its role. He criticized the international community’s failure to act.")


def test_seed_style_mentions(coder):
    got = _codes(coder, SEED, "2025-05-26")
    d = dict(got)
    assert d["Pakistani Prime Minister Shehbaz Sharif"] == "PAKGOV"
    assert d["Leader of Iran's Islamic Revolution Ayatollah Seyyed Ali Khamenei"] == "IRNGOV"
    assert d["Zionist regime"] == "ISRGOV"
    assert d["Gaza"] == "PSE"
    assert d["Pakistan’s prime minister"] == "PAKGOV"
    assert d["Islamic Republic"] == "IRN"
    assert d["international community"] == "INT"
    hes = [c for t, c in got if t in ("He", "The leader")]
    assert hes == ["IRNGOV", "IRNGOV", "PAKGOV"]          # He noted / The leader / He criticized
    assert ("the country", "PAK") in got and ("its", "IRN") in got


@pytest.mark.parametrize("text,date,expected", [
    ("Tehran said it would respond.", "2024-01-01", {"Tehran": "IRNGOV"}),
    ("The talks were held in Tehran.", "2024-01-01", {"Tehran": "IRN"}),
    ("The Kremlin rejected the claim.", "2024-01-01", {"Kremlin": "RUSGOV"}),
    ("Pakistani troops and Iranian protesters were seen.", "2024-01-01",
     {"Pakistani troops": "PAKMIL", "Iranian protesters": "IRNCVL"}),
    ("The Pentagon and Mossad declined to comment.", "2024-01-01", {"Pentagon": "USAMIL", "Mossad": "ISRSPY"}),
    ("The Taliban attacked a checkpoint.", "2019-05-01", {"Taliban": "AFGREB"}),
    ("The Taliban banned music.", "2022-05-01", {"Taliban": "AFGGOV"}),
    ("Iran's foreign minister arrived in Muscat.", "2025-05-26", {"Iran's foreign minister": "IRNGOV"}),
    ("A senior Chinese official said talks would continue.", "2024-01-01", {"Chinese official": "CHNGOV"}),
    ("Some Muslim governments stayed silent.", "2024-01-01", {"Muslim governments": "MOSGOV"}),
    ("Israelis took to the streets.", "2024-01-01", {"Israelis": "ISRCVL"}),
])
def test_mentions(coder, text, date, expected):
    got = dict(_codes(coder, text, date))
    for mention, code in expected.items():
        assert got.get(mention) == code, got


def test_date_changes_a_persons_sector(coder):
    assert dict(_codes(coder, "Shehbaz Sharif criticised the budget.", "2020-06-10"))["Shehbaz Sharif"] == "PAKOPP"
    assert dict(_codes(coder, "Shehbaz Sharif criticised the budget.", "2024-06-10"))["Shehbaz Sharif"] == "PAKGOV"
    assert dict(_codes(coder, "Imran Khan criticised the budget.", "2024-06-10"))["Imran Khan"].startswith("PAK")


def test_compound_actors_and_two_countries(coder):
    got = coder.resolver.resolve(coder.nlp("Iran and Pakistan signed a deal. The two countries also agreed "
                                           "to expand trade."), "2024-01-01").mentions
    pair = [m for m in got if m.entity.text == "The two countries"][0]
    assert {e.code for e in pair.entities} == {"IRN", "PAK"}


def test_places_after_in(coder):
    got = dict(_codes(coder, "Ordinary citizens in the West protested. Militants in northern Syria attacked a "
                             "checkpoint.", "2024-01-01"))
    assert got["citizens in the West"] == "WSTCVL"
    assert got["Militants in northern Syria"] == "SYRREB"


def test_a_given_name_before_an_unknown_surname_is_not_a_known_person(coder):
    for text in ("Novak Djokovic blasted the chair umpire.", "Pope Francis met Grand Ayatollah Ali al-Sistani."):
        doc = coder.nlp(text)
        codes = [m.entity.code for m in coder.resolver.resolve(doc, "2024-01-01").mentions]
        assert "HUNGOV" not in codes and "GUYGOV" not in codes


def test_a_capital_inside_another_name_is_no_government(coder):
    doc = coder.nlp("Real Madrid captured a record 15th European Cup.")
    assert "ESPGOV" not in [m.entity.code for m in coder.resolver.resolve(doc, "2024-06-01").mentions]


def test_pro_and_anti_names_are_a_stance_not_a_state(coder):
    d = dict(_codes(coder, "Pro-Palestinian demonstrators marched through London on Saturday.", "2024-05-04"))
    assert d.get("demonstrators") == "GBRCVL" and "Palestinian demonstrators" not in d
    d = dict(_codes(coder, "Pro-Russian separatists shelled the town of Mariupol in eastern Ukraine.", "2014-09-06"))
    assert d.get("separatists") == "UKRREB"


def test_organisation_named_after_its_description(coder):
    d = dict(_codes(coder, "Leaders of the West African bloc ECOWAS gave Niger's junta a week to reinstate "
                           "the president.", "2023-08-06"))
    assert d["Leaders of the West African bloc ECOWAS"] == "IGO"   # not WAFGOV, and no GOV sector for an IGO
    d = dict(_codes(coder, "NATO leaders agreed on Friday to set up a rapid reaction force.", "2014-09-05"))
    assert d["NATO leaders"] == "IGO"


def test_a_name_matches_in_each_casing_its_aliases_give(coder):
    # people.csv lists "Lee Jae-myung" and "Lee Jae-Myung": both casings are indexed (the choice used
    # to depend on Python's hash seed, so the resolution changed from run to run)
    for text in ("Opposition leader Lee Jae-myung said on Monday.", "Opposition leader Lee Jae-Myung said on Monday."):
        assert dict(_codes(coder, text, "2023-03-06"))[text[:-len(" said on Monday.")]] == "KOROPP"


def test_security_titles_ancestry_and_joint_military_officials(coder):
    d = dict(_codes(coder, "A police officer shot a teenager in Paris on Tuesday.", "2023-06-27"))
    assert d["police officer"] == "FRACOP"                       # a two-word security title, scene country
    d = dict(_codes(coder, "Police arrested a man of Pakistani origin in Manchester.", "2023-06-27"))
    assert "Pakistani" not in d                                 # ancestry names no actor
    got = [m for m in coder.resolver.resolve(coder.nlp("Indian and Pakistani military officials met on Saturday."),
                                             "2025-05-10").mentions if m.also]
    assert got and {e.code for e in got[0].entities} == {"INDMIL", "PAKMIL"}


def test_armed_group_officers_are_the_group(coder):
    d = dict(_codes(coder, "Houthi military spokesman Yahya Saree said the group had targeted a US destroyer.",
                    "2024-01-10"))
    assert d["Houthi military spokesman Yahya Saree"] == "YEMREB"


def test_supporters_of_a_politician_are_the_party_sector(coder):
    doc = coder.nlp("Thousands of supporters of jailed former prime minister Imran Khan clashed with police.")
    ms = {m.entity.text: m.entity.code for m in coder.resolver.resolve(doc, "2023-05-10").mentions}
    assert ms["supporters of jailed former prime minister Imran Khan"] == "PAKPTY"

"""Tests for accord.ontology: the CAMEO/PLOVER tables and their loader.

Completeness and consistency of the shipped data, specific mapping facts from the
PLOVER 2.0 manual, the loader's API and errors, and (when the team's reference
files are present) a cross-check against the CAMEO tables and the 2021 draft.
"""
from __future__ import annotations

import dataclasses
import re
import shutil
import time
from pathlib import Path

import pytest

from accord.ontology import (
    CAMEO_FILE,
    DATA_DIR,
    MAPPING_FILE,
    PLOVER_FILE,
    PLOVER_TYPE_ORDER,
    CameoCode,
    Ontology,
    OntologyError,
    PloverType,
    UnknownCameoCode,
    UnknownPloverName,
    load_ontology,
)

REPO = Path(__file__).resolve().parents[2]
ROOTS = [f"{i:02d}" for i in range(1, 21)]


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


# --------------------------------------------------------------------------- completeness

def test_311_codes_with_20_roots(onto):
    assert len(onto.codes) == 311
    assert [c for c in onto.codes if len(c) == 2] == ROOTS
    assert list(onto.codes) == sorted(onto.codes)


def test_cameo_tsv_has_312_lines_with_header():
    lines = [ln for ln in (DATA_DIR / CAMEO_FILE).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert len(lines) == 312
    assert lines[0].split("\t") == ["code", "name", "goldstein"]


def test_every_code_maps_and_only_01_lacks_a_type(onto):
    mapped = [ln.split("\t")[0] for ln in (DATA_DIR / MAPPING_FILE).read_text(encoding="utf-8")
              .splitlines() if ln.strip() and not ln.startswith("#")][1:]
    assert mapped == list(onto.codes)
    for code, cc in onto.codes.items():
        if code.startswith("01"):
            assert cc.event_type is None and cc.mode is None and cc.contexts == (), code
        else:
            assert cc.event_type in onto.types, code


def test_sixteen_types_in_manual_order(onto):
    from accord.records import PLOVER_TYPES

    assert tuple(onto.types) == PLOVER_TYPE_ORDER == PLOVER_TYPES
    assert len(onto.types) == 16


def test_contexts(onto):
    assert len(onto.contexts) >= 35
    for name in ("human_rights", "pro_democracy", "pro_autocracy", "natural_resource",
                 "rights_freedoms", "religion_ethnicity", "political_institutions",
                 "illegal_drugs", "human_security", "repression", "cbrn", "peacekeeping"):
        assert name in onto.contexts, name
    for name, desc in onto.contexts.items():
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", name), name
        assert desc and "\n" not in desc


def test_every_type_is_used_and_all_codes_are_covered(onto):
    seen: list[str] = []
    for t in onto.types:
        codes = onto.codes_for_type(t)
        assert codes, t
        assert all(onto.cameo(c).event_type == t for c in codes)
        seen += codes
    untyped = [c for c in onto.codes if c.startswith("01")]
    assert sorted(seen + untyped) == sorted(onto.codes)


# --------------------------------------------------------------------------- consistency

def test_scores_within_range(onto):
    for cc in onto.codes.values():
        assert -10.0 <= cc.goldstein <= 10.0
    for t in onto.types.values():
        assert -10.0 <= t.score <= 10.0
        for score in t.modes.values():
            assert -10.0 <= score <= 10.0


def test_every_mapped_mode_belongs_to_its_type(onto):
    for cc in onto.codes.values():
        if cc.mode is not None:
            assert cc.mode in onto.types[cc.event_type].modes, cc
        for ctx in cc.contexts:
            assert ctx in onto.contexts, cc


def test_quad_classes_of_the_types(onto):
    expected = {
        "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
        "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
        "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
    }
    assert {n: t.quad_class for n, t in onto.types.items()} == expected


def test_requires_recipient_follows_the_sections(onto):
    assert {n for n, t in onto.types.items() if t.requires_recipient} == {
        "COOPERATE", "AID", "SANCTION"}


def test_quad_class_of_codes(onto):
    for cc in onto.codes.values():
        if cc.root == "01":
            assert cc.quad_class == 1, cc.code      # docs/conventions.md, Team decisions
        else:
            assert cc.quad_class == onto.types[cc.event_type].quad_class, cc.code
    assert onto.cameo("116").quad_class == 4          # SANCTION convict
    assert onto.cameo("0253").quad_class == 3          # appeals are REQUEST: verbal conflict


def test_modes_and_scores_from_the_manual(onto):
    assert list(onto.types["CONSULT"].modes) == ["visit", "third-party", "multilateral", "phone"]
    assert list(onto.types["REQUEST"].modes) == list(onto.types["REJECT"].modes) == [
        "assist", "change", "yield", "meet"]
    assert len(onto.types["ASSAULT"].modes) == 15
    assert len(onto.types["COERCE"].modes) == 10
    assert onto.types["PROTEST"].modes["vandalize"] == onto.types["PROTEST"].score == -5.0
    assert onto.types["AID"].modes == {}
    assert onto.types["ACCUSE"].score == -3.0          # Table 2.2's "3" read as -3 (see docs)
    assert onto.types["AID"].score == 10.0
    assert onto.types["RETREAT"].modes["disarm"] == 10.0


@pytest.mark.parametrize("code, event_type, mode, contexts", [
    ("010", None, None, ()),
    ("042", "CONSULT", "visit", ()),
    ("043", "CONSULT", "visit", ()),            # host: roles swap (docs/ontology.md)
    ("044", "CONSULT", "third-party", ()),
    ("055", "CONCEDE", None, ("diplomatic",)),
    ("0353", "CONCEDE", None, ("rights_freedoms",)),
    ("0813", "CONCEDE", None, ("legal",)),
    ("0841", "RETREAT", "release", ("legal",)),
    ("0842", "RETREAT", None, ("legal",)),
    ("0871", "RETREAT", "ceasefire", ("military",)),
    ("0874", "RETREAT", "withdraw", ("military",)),
    ("091", "ACCUSE", "investigate", ("crime", "corruption")),
    ("105", "REQUEST", "yield", ("legal",)),
    ("1053", "REQUEST", "yield", ("legal",)),
    ("112", "ACCUSE", "allege", ()),
    ("1123", "ACCUSE", "allege", ("military",)),
    ("114", "ACCUSE", "disapprove", ("diplomatic",)),
    ("116", "SANCTION", "convict", ("legal",)),
    ("124", "REJECT", "yield", ()),
    ("1322", "THREATEN", "restrict", ("pro_autocracy",)),
    ("143", "PROTEST", "strike", ()),
    ("163", "SANCTION", "discontinue", ("economic",)),
    ("166", "SANCTION", "expel", ("diplomatic",)),
    ("1712", "ASSAULT", "destroy", ("human_security",)),
    ("1722", "COERCE", "restrict", ("pro_autocracy",)),
    ("173", "COERCE", "arrest", ("legal",)),
    ("174", "COERCE", "deport", ("legal",)),
    ("175", "ASSAULT", "crowd-control", ("repression",)),
    ("183", "ASSAULT", "explosives", ()),
    ("1831", "ASSAULT", "suicide-attack", ()),
    ("185", "ASSAULT", "targeted", ()),
    ("186", "ASSAULT", "targeted", ()),
    ("191", "COERCE", "restrict", ("military",)),
    ("195", "ASSAULT", "aerial", ("military",)),
    ("202", "ASSAULT", "targeted", ("religion_ethnicity",)),
    ("2042", "ASSAULT", "unconventional", ("cbrn",)),
    ("073", "AID", None, ("human_security",)),
    ("0811", "CONCEDE", None, ("pro_democracy",)),
])
def test_specific_mappings(onto, code, event_type, mode, contexts):
    cc = onto.cameo(code)
    assert (cc.event_type, cc.mode, cc.contexts) == (event_type, mode, contexts)


def test_appeals_mirror_demands(onto):
    appeals = [c for c in onto.codes if c.startswith("02")]
    assert len(appeals) == 28
    for code in appeals:
        a, d = onto.cameo(code), onto.cameo("10" + code[2:])
        assert a.event_type == "REQUEST"
        assert (a.event_type, a.mode, a.contexts) == (d.event_type, d.mode, d.contexts), code
    assert onto.cameo("0233").contexts == ("human_security",)
    assert onto.cameo("026").mode == "meet"


@pytest.mark.parametrize("code, value", [
    ("190", -10.0), ("043", 2.8), ("042", 1.9), ("01", 0.0), ("011", -0.1),
    ("0874", 10.0), ("163", -8.0), ("1821", -9.0), ("182", -9.5), ("057", 8.0),
])
def test_goldstein(onto, code, value):
    assert onto.goldstein(code) == value
    assert onto.cameo(code).goldstein == value


def test_names_and_roots(onto):
    assert onto.root_name("19") == "Fight"
    assert onto.root_name("195") == "Fight"
    assert onto.root_name("0841") == "Yield"
    assert onto.cameo("0841").root == "08"
    assert onto.cameo("19").root == "19"
    for cc in onto.codes.values():
        assert cc.name and cc.name == cc.name.strip() and "\t" not in cc.name
    assert onto.cameo("105").name.startswith("Demand that the target yield")


# --------------------------------------------------------------------------- API

def test_plover_score(onto):
    assert onto.plover_score("SANCTION", None) == -6.0
    assert onto.plover_score("SANCTION", "expel") == -5.5
    assert onto.plover_score("ASSAULT", "suicide-attack") == -9.5
    assert onto.plover_score("assault", "Suicide-attack") == -9.5
    assert onto.plover_score("CONSULT", "") == 2.5
    assert onto.plover_score("AGREE") == 2.5
    with pytest.raises(UnknownPloverName, match="FIGHT"):
        onto.plover_score("FIGHT", None)
    with pytest.raises(KeyError, match="'foo' is not a mode of SANCTION"):
        onto.plover_score("SANCTION", "foo")


def test_unknown_cameo_code(onto):
    with pytest.raises(UnknownCameoCode) as info:
        onto.cameo("999")
    assert isinstance(info.value, KeyError)
    assert info.value.code == "999"
    assert "999" in str(info.value)
    with pytest.raises(KeyError):
        onto.goldstein("1213")          # not in the reference tables
    with pytest.raises(UnknownCameoCode):
        onto.root_name("99")
    with pytest.raises(UnknownCameoCode):
        onto.cameo(43)  # type: ignore[arg-type]


def test_codes_for_type(onto):
    sanction = onto.codes_for_type("SANCTION")
    assert "163" in sanction and "116" in sanction and "16" in sanction
    assert sanction == sorted(sanction)
    assert onto.codes_for_type("retreat")[:3] == ["084", "0841", "0842"]
    with pytest.raises(UnknownPloverName):
        onto.codes_for_type("CRIME")


def test_records_are_frozen(onto):
    cc = onto.cameo("195")
    assert isinstance(cc, CameoCode)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cc.mode = "drone"  # type: ignore[misc]
    with pytest.raises(TypeError):
        onto.codes["999"] = cc  # type: ignore[index]
    t = onto.types["ASSAULT"]
    assert isinstance(t, PloverType)
    with pytest.raises(TypeError):
        t.modes["new"] = 1.0  # type: ignore[index]
    assert len({t, onto.types["ASSAULT"]}) == 1
    assert hash(cc) == hash(onto.cameo("195"))


def test_default_load_is_cached_and_reads_package_files():
    assert load_ontology() is load_ontology()
    assert DATA_DIR == Path(__import__("accord.ontology").ontology.__file__).resolve().parent / "data"
    fresh = load_ontology(DATA_DIR)
    assert fresh is not load_ontology()
    assert fresh.codes == load_ontology().codes


def test_loading_is_fast():
    best = min(_timed_load() for _ in range(5))
    assert best < 0.05, f"loading took {best * 1000:.1f} ms"


def _timed_load() -> float:
    start = time.perf_counter()
    load_ontology(DATA_DIR)
    return time.perf_counter() - start


# --------------------------------------------------------------------------- errors

@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _line_of(path: Path, code: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.split("\t")[0] == code:
            return i
    raise AssertionError(f"{code} not in {path}")


def _replace_line(path: Path, lineno: int, new: str | None) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    if new is None:
        del lines[lineno - 1]
    else:
        lines[lineno - 1] = new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _error(data_dir: Path) -> OntologyError:
    with pytest.raises(OntologyError) as info:
        load_ontology(data_dir)
    assert isinstance(info.value, ValueError)
    return info.value


@pytest.mark.parametrize("code, new_line, message", [
    ("163", "163\tSANCTION\tfoo\teconomic", "mode 'foo' is not a mode of SANCTION"),
    ("163", "163\tPUNISH\t\t", "event type 'PUNISH' is not one of the 16 PLOVER types"),
    ("163", "163\tSANCTION\tdiscontinue\teconomic;sanctions", "unknown context 'sanctions'"),
    ("163", "163\t\tdiscontinue\t", "mode 'discontinue' given without an event type"),
    ("163", "1639\tSANCTION\t\t", "unknown CAMEO code '1639'"),
    ("164", "163\tSANCTION\tdiscontinue\teconomic", "code '163' repeats line"),
    ("163", "163\tSANCTION\tdiscontinue\teconomic;economic", "context 'economic' listed twice"),
    ("163", "163\tSANCTION\tdiscontinue\teconomic\textra", "expected 4 tab-separated fields"),
])
def test_mapping_errors_name_file_and_line(data_copy, code, new_line, message):
    path = data_copy / MAPPING_FILE
    lineno = _line_of(path, code)
    _replace_line(path, lineno, new_line)
    err = _error(data_copy)
    assert str(err).startswith(f"{MAPPING_FILE} line {lineno}: ")
    assert message in str(err)
    assert (err.file, err.line) == (MAPPING_FILE, lineno)


def test_example_message_from_the_brief(data_copy):
    path = data_copy / MAPPING_FILE
    lineno = _line_of(path, "163")
    _replace_line(path, lineno, "163\tSANCTION\tfoo\t")
    assert str(_error(data_copy)) == f"{MAPPING_FILE} line {lineno}: mode 'foo' is not a mode of SANCTION"


def test_missing_mapping_line_is_reported(data_copy):
    path = data_copy / MAPPING_FILE
    _replace_line(path, _line_of(path, "0841"), None)
    err = _error(data_copy)
    cameo_line = _line_of(data_copy / CAMEO_FILE, "0841")
    assert str(err).startswith(f"{MAPPING_FILE}: ")
    assert f"'0841' ({CAMEO_FILE} line {cameo_line})" in str(err)


def test_trailing_empty_fields_may_be_dropped(data_copy):
    path = data_copy / MAPPING_FILE
    _replace_line(path, _line_of(path, "010"), "010")
    assert load_ontology(data_copy).cameo("010").event_type is None


@pytest.mark.parametrize("code, new_line, message", [
    ("190", "190\tConventional military force\tminus ten", "goldstein 'minus ten' is not a number"),
    ("190", "190\tConventional military force\t-10.5", "outside [-10, 10]"),
    ("190", "190\tConventional military force\tnan", "not a finite number"),
    ("190", "190\t\t-10.0", "empty name"),
    ("190", "19x\tFight\t-10.0", "bad CAMEO code '19x'"),
    ("193", "190\tFight\t-10.0", "code '190' repeats line"),
    ("190", "2141\tOrphan\t-1.0", "without, its root '21'"),
    ("190", "190\t-10.0", "expected 3 tab-separated fields"),
])
def test_cameo_errors_name_file_and_line(data_copy, code, new_line, message):
    path = data_copy / CAMEO_FILE
    lineno = _line_of(path, code)
    _replace_line(path, lineno, new_line)
    err = _error(data_copy)
    assert str(err).startswith(f"{CAMEO_FILE} line {lineno}: ")
    assert message in str(err)


def test_bad_header(data_copy):
    path = data_copy / CAMEO_FILE
    lineno = _line_of(path, "code")
    _replace_line(path, lineno, "code\tname\tscore")
    assert str(_error(data_copy)).startswith(f"{CAMEO_FILE} line {lineno}: header must be")


@pytest.mark.parametrize("old, new, message", [
    ("    quad_class: 4\n    requires_recipient: true\n    score: -6.0",
     "    quad_class: 3.5\n    requires_recipient: true\n    score: -6.0",
     "SANCTION quad_class must be 1, 2, 3 or 4"),
    ("      discontinue: -6.0", "      discontinue: -16.0", "outside [-10, 10]"),
    ("      discontinue: -6.0", "      discontinue: low", "must be a number"),
    ("  SANCTION:", "  PUNISH:", "'PUNISH' is not one of the 16 PLOVER types"),
    ("    requires_recipient: true\n    score: -6.0",
     "    requires_recipient: maybe\n    score: -6.0", "requires_recipient must be true or false"),
    ("  human_security: ", "  Human Security: ", "must be snake_case"),
    ("      discontinue: -6.0", "      discontinue: -6.0\n      discontinue: -5.0",
     "'discontinue' repeats line"),
    ("      discontinue: -6.0", "      discontinue: [-6.0", "invalid YAML"),
])
def test_plover_yaml_errors_name_file_and_line(data_copy, old, new, message):
    path = data_copy / PLOVER_FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    idx = text.index(old)
    text = text[:idx] + new + text[idx + len(old):]
    path.write_text(text, encoding="utf-8")
    err = _error(data_copy)
    assert re.match(rf"{re.escape(PLOVER_FILE)} line \d+: ", str(err)), str(err)
    assert message in str(err)
    # the line named is the line of the changed text (or just after it, for broken YAML)
    changed = text[:idx].count("\n") + 1
    assert changed <= err.line <= changed + new.count("\n") + 2


def test_missing_type_and_file(data_copy):
    path = data_copy / PLOVER_FILE
    text = path.read_text(encoding="utf-8")
    start = text.index("  MOBILIZE:")
    end = text.index("  COERCE:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert "types lacks MOBILIZE" in str(_error(data_copy))
    (data_copy / PLOVER_FILE).unlink()
    assert str(_error(data_copy)).startswith(f"{PLOVER_FILE}: file not found")


# --------------------------------------------------------------------------- reference cross-check

def _reference_dir() -> Path | None:
    for candidate in (REPO.parent / "shared" / "reference", Path("/work/shared/reference")):
        if (candidate / "CAMEO.eventcodes.txt").is_file():
            return candidate
    return None


REF = _reference_dir()
needs_reference = pytest.mark.skipif(REF is None, reason="team reference files not present")


def _ref_table(name: str) -> dict[str, str]:
    assert REF is not None
    rows = (ln.split("\t") for ln in (REF / name).read_text(encoding="utf-8").splitlines()[1:]
            if ln.strip())
    return {r[0].strip(): r[1].strip() for r in rows}


@needs_reference
def test_same_codes_and_goldstein_as_reference(onto):
    names = _ref_table("CAMEO.eventcodes.txt")
    gold = _ref_table("CAMEO.goldsteinscale.txt")
    assert list(onto.codes) == list(names) == list(gold)
    for code, value in gold.items():
        assert onto.goldstein(code) == float(value), code


# Translations of the 2021 draft's obsolete names, as listed in docs/ontology.md.
_MODE_TRANSLATION = {"ease": None, "return": None, "cleansing": None, "ban": "restrict",
                     "political": "restrict", "assassinate": "targeted", "massacre": "targeted"}
_CONTEXT_TRANSLATION = {"democracy": "pro_democracy", "humanitarian": "human_security"}


def _draft() -> dict[str, tuple[str | None, str | None, tuple[str, ...]]]:
    assert REF is not None
    out: dict[str, tuple[str | None, str | None, tuple[str, ...]]] = {}
    for raw in (REF / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):(.*)$", raw.split("#")[0].strip())
        if not m or m.group(1) in out:        # first line wins (root 08 is listed twice)
            continue
        parts = [p.strip() for p in m.group(2).split(",")] + ["", ""]
        mode = parts[1] or None
        mode = _MODE_TRANSLATION.get(mode, mode) if mode else None
        ctxs = tuple(_CONTEXT_TRANSLATION.get(c.strip(), c.strip())
                     for c in parts[2].split(";") if c.strip())
        out[m.group(1)] = (parts[0] or None, mode, ctxs)
    return out


def _documented_departures() -> set[str]:
    text = (REPO / "docs" / "ontology.md").read_text(encoding="utf-8")
    section = text.split("### Departures from the 2021 draft", 1)[1].split("\n### ", 1)[0]
    codes: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            codes.update(re.findall(r"`(\d{2,4})`", line.split("|")[1]))
    return codes


@needs_reference
def test_every_departure_from_the_2021_draft_is_documented(onto):
    draft = _draft()
    assert set(draft) - set(onto.codes) == {"1213", "1214"}
    missing = {c for c in onto.codes if c not in draft}
    assert missing == {c for c in onto.codes if c[:2] in ("01", "02")}
    departures = {c for c, cc in onto.codes.items()
                  if c in draft and draft[c] != (cc.event_type, cc.mode, cc.contexts)}
    documented = _documented_departures()
    assert departures - documented == set(), "undocumented departures"
    assert documented - departures == set(), "documented codes that do not depart"

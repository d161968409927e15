"""Queries against hand-computed counts (the corpus is described in conftest.py)."""
from __future__ import annotations

import pandas as pd
import pytest

from accord import analysis
from accord.analysis import DYAD_COLUMNS, QueryError
from accord.ontology import load_ontology
from accord.writers import FLAT_COLUMNS

G = load_ontology().goldstein
Q = {c: load_ontology().cameo(c).quad_class for c in ("112", "040", "190", "042", "010")}
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def _row(df, period, actor, recipient):
    sel = df[(df["period"] == pd.Timestamp(period)) & (df["actor"] == actor) & (df["recipient"] == recipient)]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def _quads(codes):
    out = dict.fromkeys(QUADS, 0)
    for c in codes:
        out[QUADS[Q[c] - 1]] += 1
    return out


# --------------------------------------------------------------------------- events

def test_events_frame_has_the_flat_columns(shared_db):
    df = analysis.events(shared_db)
    assert list(df.columns) == list(FLAT_COLUMNS)
    assert len(df) == 9
    assert list(df["article_id"]) == ["a1", "a1", "a1", "a2", "a2", "a3", "a3", "a3", "a4"]  # undated last


def test_actor_country_matches_every_sector(shared_db):
    df = analysis.events(shared_db, actor="IRN")
    assert sorted(df["cameo_code"]) == sorted(["112", "040", "190", "112", "010", "112"])
    assert len(analysis.events(shared_db, actor="IRNGOV")) == 2
    assert len(analysis.events(shared_db, actor="irnmil")) == 2   # codes are case-insensitive


def test_recipient_includes_reciprocal_partners(shared_db):
    df = analysis.events(shared_db, recipient="IRN")
    # PAK>IRN 042, PAKMIL>IRN 190 and the IRN,PAK meeting
    assert sorted(df["cameo_code"]) == ["040", "042", "190"]


def test_pair_and_both_directions(shared_db):
    assert len(analysis.events(shared_db, actor="IRN", recipient="PAK")) == 5   # 112 x3, 040, 190
    assert len(analysis.events(shared_db, actor="PAK", recipient="IRN")) == 3   # 040, 042, 190
    assert len(analysis.events(shared_db, actor="IRN", recipient="PAK", both_directions=True)) == 7
    assert len(analysis.events(shared_db, actor="PAKMIL", recipient="IRN")) == 1


def test_type_cameo_and_dates(shared_db):
    assert len(analysis.events(shared_db, event_type="accuse")) == 4
    assert len(analysis.events(shared_db, cameo="19")) == 2
    assert len(analysis.events(shared_db, cameo="04")) == 2
    jan = analysis.events(shared_db, since="2024-01-01", until="2024-01-31")
    assert set(jan["article_id"]) == {"a1", "a2"}
    assert len(analysis.events(shared_db, since="2024-02-10")) == 3            # inclusive; undated excluded
    assert len(analysis.events(shared_db, asserted_only=True)) == 8
    assert len(analysis.events(shared_db, article="a3", limit=2)) == 2


def test_filters_are_bound_not_pasted(shared_db):
    with pytest.raises(QueryError):
        analysis.events(shared_db, actor="IRN'; DROP TABLE events; --")
    with pytest.raises(QueryError):
        analysis.events(shared_db, event_type="ACCUSE' OR 1=1 --")
    with pytest.raises(QueryError):
        analysis.events(shared_db, since="yesterday")
    assert len(analysis.events(shared_db, article="a1' OR '1'='1")) == 0       # a value, never SQL
    assert len(analysis.events(shared_db)) == 9


def test_one_a_day_dedupe(shared_db):
    raw = analysis.events(shared_db)
    dd = analysis.events(shared_db, dedupe="one-a-day")
    assert len(dd) == len(raw) - 1
    row = dd[(dd["cameo_code"] == "112") & (dd["date"] == "2024-01-05")]
    assert len(row) == 1
    assert (row["n_mentions"].iloc[0], row["n_articles"].iloc[0], row["n_sources"].iloc[0]) == (2, 2, 2)
    assert set(dd["n_mentions"]) == {1, 2}
    with pytest.raises(QueryError):
        analysis.events(shared_db, dedupe="weekly")


# --------------------------------------------------------------------------- dyads

def test_dyad_iran_pakistan_by_month(shared_db):
    df = analysis.dyads(shared_db, actor="IRN", recipient="PAK", freq="month")
    assert list(df.columns) == list(DYAD_COLUMNS)
    jan = _row(df, "2024-01-01", "IRN", "PAK")
    codes = ["112", "040", "190", "112"]
    assert jan["events"] == 4
    assert jan["goldstein_sum"] == pytest.approx(sum(G(c) for c in codes))
    assert jan["goldstein_mean"] == pytest.approx(sum(G(c) for c in codes) / 4)
    assert {q: jan[q] for q in QUADS} == _quads(codes)
    assert (jan["ACCUSE"], jan["CONSULT"], jan["ASSAULT"]) == (2, 1, 1)
    back = _row(df, "2024-01-01", "PAK", "IRN")
    assert back["events"] == 2 and back["goldstein_sum"] == pytest.approx(G("040") + G("042"))
    feb = _row(df, "2024-02-01", "PAK", "IRN")
    assert feb["events"] == 1 and feb["ASSAULT"] == 1
    gap = _row(df, "2024-02-01", "IRN", "PAK")    # filled: the dyad had no event that month
    assert gap["events"] == 0 and pd.isna(gap["goldstein_mean"])
    assert len(df) == 4


def test_dyad_totals_agree_with_events(shared_db):
    df = analysis.dyads(shared_db, actor="IRN", recipient="PAK", both_directions=False)
    dated = analysis.events(shared_db, actor="IRN", recipient="PAK")
    assert df["events"].sum() == (dated["date"].notna()).sum()
    assert set(zip(df["actor"], df["recipient"])) == {("IRN", "PAK")}


def test_all_dyads_and_types(shared_db):
    df = analysis.dyads(shared_db, freq="year")
    pairs = {(a, r): n for a, r, n in zip(df["actor"], df["recipient"], df["events"])}
    assert pairs == {("IRN", "PAK"): 4, ("PAK", "IRN"): 3, ("USA", "RUS"): 1, ("FRA", "RUS"): 1, ("IRN", "USA"): 1}
    iu = _row(df, "2024-01-01", "IRN", "USA")
    assert iu["no_type"] == 1 and iu["events"] == 1
    assert (df[list(QUADS)].sum(axis=1) == df["events"]).all()
    types = [c for c in analysis.TYPE_COLUMNS]
    assert (df[types].sum(axis=1) == df["events"]).all()


def test_dyads_by_code_level_and_single_filters(shared_db):
    df = analysis.dyads(shared_db, actor="IRNGOV", freq="month")
    assert list(zip(df["actor"], df["recipient"], df["events"])) == [
        ("IRNGOV", "PAK", 2)]
    assert list(zip(df["actor"], df["recipient"])) == [("IRNGOV", "PAK")]
    codes = analysis.dyads(shared_db, level="code", freq="year")
    pairs = {(a, r): n for a, r, n in zip(codes["actor"], codes["recipient"], codes["events"])}
    assert pairs[("IRNGOV", "PAK")] == 2 and pairs[("IRNMIL", "PAK")] == 2 and pairs[("PAKMIL", "IRN")] == 1
    one = analysis.dyads(shared_db, actor="USA", freq="year")         # USA's pairs, both directions
    assert set(zip(one["actor"], one["recipient"])) == {("USA", "RUS"), ("IRN", "USA")}
    directed = analysis.dyads(shared_db, actor="USA", freq="year", both_directions=False)
    assert set(zip(directed["actor"], directed["recipient"])) == {("USA", "RUS")}
    rec = analysis.dyads(shared_db, recipient="RUS", freq="year")
    assert set(zip(rec["actor"], rec["recipient"])) == {("USA", "RUS"), ("FRA", "RUS")}


def test_dyads_dedupe_and_asserted(shared_db):
    df = analysis.dyads(shared_db, actor="IRN", recipient="PAK", dedupe="one-a-day")
    assert _row(df, "2024-01-01", "IRN", "PAK")["events"] == 3
    df = analysis.dyads(shared_db, actor="IRN", recipient="PAK", asserted_only=True)
    assert _row(df, "2024-01-01", "IRN", "PAK")["events"] == 3
    df = analysis.dyads(shared_db, actor="IRN", recipient="PAK", freq="week", since="2024-01-01",
                        until="2024-01-31")
    assert set(df["period"].dt.day_of_week) == {0}        # weeks start on Monday
    assert df["events"].sum() == 6 and len(df) == 2 * 5


def test_dyads_rejects_bad_options(shared_db):
    with pytest.raises(QueryError):
        analysis.dyads(shared_db, freq="fortnight")
    with pytest.raises(QueryError):
        analysis.dyads(shared_db, level="region")


# --------------------------------------------------------------------------- actors

def test_actors_by_code_and_country(shared_db):
    df = analysis.actors(shared_db, limit=None)
    by = df.set_index("actor")
    # PAK acts in 040 and 042; receives 112 (a1), 190 (a1), 112 (a2), 112 (a4)
    assert (by.loc["PAK", "as_actor"], by.loc["PAK", "as_recipient"], by.loc["PAK", "total"]) == (2, 4, 6)
    # IRN acts in 040, 190, 010 and 112 (a4); receives 042 and 190 (from PAKMIL)
    assert (by.loc["IRN", "as_actor"], by.loc["IRN", "as_recipient"], by.loc["IRN", "total"]) == (4, 2, 6)
    assert (by.loc["IRNGOV", "as_actor"], by.loc["IRNGOV", "name"]) == (2, "name of IRNGOV")
    assert by.loc["PAK", "mentions"] == 6 and by.loc["IRN", "mentions"] == 6
    assert by.loc["IRNGOV", "goldstein_mean_as_actor"] == pytest.approx(G("112"))
    assert list(df["total"]) == sorted(df["total"], reverse=True)
    cc = analysis.actors(shared_db, level="country", limit=3).set_index("actor")
    assert len(cc) == 3
    assert (cc.loc["IRN", "as_actor"], cc.loc["IRN", "as_recipient"]) == (6, 2)
    assert cc.loc["IRN", "name"] == "Iran"
    assert cc.loc["PAK", "total"] == 3 + 4


def test_edges(shared_db):
    e = analysis.edges(shared_db)
    assert dict(zip(zip(e["actor"], e["recipient"]), e["events"])) == {
        ("IRN", "PAK"): 4, ("PAK", "IRN"): 3, ("USA", "RUS"): 1, ("FRA", "RUS"): 1, ("IRN", "USA"): 1}

"""Exports: GDELT and POLECAT layouts, CSV/JSONL, Parquet written and read back."""
from __future__ import annotations

import csv
import json
from datetime import datetime

import pandas as pd
import pyarrow.parquet as pq
import pytest

from accord import analysis, store
from accord.exports import (EXPORT_FORMATS, GDELT_COLUMNS, POLECAT_COLUMNS, ExportError, export, gdelt_rows,
                            is_parquet_input, read_parquet)
from accord.writers import FLAT_COLUMNS


def _gdelt_script(path, header=True):
    """What a GDELT analysis script does: read the tab-separated event table by GDELT's column names."""
    kw = {"header": 0} if header else {"header": None, "names": list(GDELT_COLUMNS)}
    return pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False, na_values=[""],
                       dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str,
                              "Actor1Code": str, "Actor2Code": str}, **kw)


def test_gdelt_columns_and_values(shared_db, tmp_path):
    out = tmp_path / "events.tsv"
    n = export(shared_db, "gdelt", out)
    df = _gdelt_script(out)
    assert tuple(df.columns) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    # one row per actor pair: 112 IRNGOV,IRNMIL>PAK gives 2 rows (x2 articles), the IRN,PAK meeting 2,
    # USA,FRA>RUS 2, the five one-to-one events 1 each
    assert n == len(df) == 2 * 2 + 2 + 2 + 5
    acc = df[(df["EventCode"] == "112") & (df["Day"] == 20240105)]
    assert sorted(acc["Actor1Code"]) == ["IRNGOV", "IRNGOV", "IRNMIL", "IRNMIL"]
    assert set(acc["Actor1CountryCode"]) == {"IRN"} and set(acc["Actor1Type1Code"]) == {"GOV", "MIL"}
    assert set(acc["Actor2Code"]) == {"PAK"} and set(acc["EventRootCode"]) == {"11"}
    assert set(acc["EventBaseCode"]) == {"112"} and set(acc["QuadClass"]) == {3}
    assert set(acc["MonthYear"]) == {202401} and set(acc["Year"]) == {2024}
    assert df["GlobalEventID"].is_unique
    assert set(df.loc[df["EventCode"] == "190", "EventRootCode"]) == {"19"}
    meet = df[df["EventCode"] == "040"]
    assert sorted(zip(meet["Actor1Code"], meet["Actor2Code"])) == [("IRN", "PAK"), ("PAK", "IRN")]
    assert set(df["NumMentions"]) == {1}
    assert "https://example.org/a1" in set(df["SOURCEURL"])
    undated = df[df["SOURCEURL"] == "https://example.org/a4"]
    assert undated["Day"].isna().all()
    # a GDELT-style aggregate runs as on GDELT data
    assert df.groupby("QuadClass")["NumMentions"].sum().sum() == len(df)


def test_gdelt_without_header_is_positional(shared_db, tmp_path):
    out = tmp_path / "events.export.CSV"
    export(shared_db, "gdelt", out, header=False, dedupe="one-a-day")
    with open(out, encoding="utf-8") as fh:
        first = fh.readline().rstrip("\n").split("\t")
    assert len(first) == 61 and first[0].isdigit()
    df = _gdelt_script(out, header=False)
    assert df["NumMentions"].max() == 2 and df["NumArticles"].max() == 2 and df["NumSources"].max() == 2


def test_gdelt_roles_and_groups():
    ent = lambda code, country, sector: {"text": code, "start": 0, "end": 3, "name": "x", "code": code,  # noqa: E731
                                         "country": country, "sector": sector, "kind": "organization"}
    rec = {"event_id": "00000000000000ab", "article_id": "a", "date": "2024-03-05", "cameo_code": "0211",
           "quad_class": 3, "goldstein": 3.4, "sentence_index": 0, "location": {"name": "Kabul", "country": "AFG",
                                                                                "lat": 34.5, "lon": 69.2},
           "actor": [ent("GBRJRN", "GBR", "JRN")], "recipient": [ent("UNOMED", "UNO", "MED")]}
    row = dict(zip(GDELT_COLUMNS, next(gdelt_rows(rec, {"coded_at": datetime(2024, 3, 6, 12, 0, 0)}))))
    assert (row["Actor1Code"], row["Actor1Type1Code"], row["Actor1CountryCode"]) == ("GBRMED", "MED", "GBR")
    assert (row["Actor2Code"], row["Actor2KnownGroupCode"], row["Actor2CountryCode"]) == ("UNOHLH", "UNO", "")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["IsRootEvent"]) == \
        ("0211", "021", "02", 1)
    assert (row["ActionGeo_FullName"], row["ActionGeo_Lat"], row["ActionGeo_Type"]) == ("Kabul", 34.5, 4)
    assert row["GlobalEventID"] == int("00000000000000a", 16) and row["DATEADDED"] == "20240306120000"
    assert row["FractionDate"] == "2024.1781"


def test_polecat_columns(shared_db, tmp_path):
    out = tmp_path / "events.polecat.tsv"
    n = export(shared_db, "polecat", out)
    df = pd.read_csv(out, sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False)
    assert tuple(df.columns) == POLECAT_COLUMNS and n == len(df) == 9
    row = df[(df["Story ID"] == "a1") & (df["Event Type"] == "ACCUSE")].iloc[0]
    assert row["Actor Country"] == "IRN" and row["Actor Sectors"] == "GOV;MIL"
    assert row["Primary Actor Sector"] == "GOV" and row["Recipient Country"] == "PAK"
    assert row["Event Date"] == "2024-01-05" and row["Source"] == "S1" and row["Headline"] == "Title a1"
    assert row["Event Mode"] == "allege" and row["Quad Code"] == 3
    assert "name of IRN" in row["Story Locations"].split(";")


def test_csv_and_jsonl(shared_db, tmp_path):
    export(shared_db, "csv", tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv", dtype={"cameo_code": str})
    assert list(df.columns) == list(FLAT_COLUMNS) and len(df) == 9
    export(shared_db, "jsonl", tmp_path / "e.jsonl", actor="IRN", recipient="PAK")
    recs = [json.loads(line) for line in open(tmp_path / "e.jsonl", encoding="utf-8")]
    assert len(recs) == 5 and all(list(r)[:3] == ["event_id", "article_id", "date"] for r in recs)
    export(shared_db, "csv", tmp_path / "d.csv", dedupe="one-a-day")
    assert list(pd.read_csv(tmp_path / "d.csv").columns)[-3:] == ["n_mentions", "n_articles", "n_sources"]


def test_parquet_round_trip(shared_db, tmp_path):
    out = tmp_path / "e.parquet"
    assert export(shared_db, "parquet", out) == 9
    table = pq.read_table(out)
    assert table.column_names == list(FLAT_COLUMNS) + ["record"]
    back = list(read_parquet(out))
    orig = sorted(analysis.event_records(shared_db), key=lambda r: (r["article_id"], r["event_id"]))
    assert back == orig
    assert is_parquet_input(out) and not is_parquet_input(tmp_path / "nothing.parquet")
    with pytest.raises(ExportError):
        export(shared_db, "parquet", "-")
    with pytest.raises(ExportError):
        export(shared_db, "xml", tmp_path / "e.xml")
    assert set(EXPORT_FORMATS) == {"parquet", "csv", "jsonl", "gdelt", "polecat"}


def test_spark_style_partitioned_and_flat_parquet_load(shared_db, tmp_path):
    """A directory partitioned by date (as the Spark job writes), with or without the record column."""
    export(shared_db, "parquet", tmp_path / "e.parquet")
    df = pd.read_parquet(tmp_path / "e.parquet")
    df["date"] = df["date"].astype(str).replace({"None": "unknown"})
    full = tmp_path / "spark_full"
    df.to_parquet(full, partition_cols=["date"])
    flat = tmp_path / "spark_flat"
    df.drop(columns=["record"]).to_parquet(flat, partition_cols=["date"])
    ids = sorted(r["event_id"] for r in analysis.event_records(shared_db))
    for d in (full, flat):
        assert is_parquet_input(d)
        db = tmp_path / f"{d.name}.duckdb"
        stats = store.import_events(db, read_parquet(d), source=str(d))
        assert stats.stored == 4
        assert sorted(r["event_id"] for r in analysis.event_records(db)) == ids
        got = analysis.dyads(db, actor="IRN", recipient="PAK")
        want = analysis.dyads(shared_db, actor="IRN", recipient="PAK")
        assert got["events"].tolist() == want["events"].tolist()

"""Plots are written, in the format their suffix asks for, also when there is nothing to draw."""
from __future__ import annotations

import pytest

from accord.plots import plot_dyad, plot_network


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_dyad_plot(shared_db, tmp_path, suffix, magic):
    out = tmp_path / f"dyad{suffix}"
    df = plot_dyad(shared_db, "IRN", "PAK", out, freq="month")
    assert out.read_bytes().startswith(magic)
    assert int(df["events"].sum()) == 4 + 3
    assert set(zip(df["actor"], df["recipient"])) == {("IRN", "PAK"), ("PAK", "IRN")}


def test_dyad_plot_without_events(shared_db, tmp_path):
    out = tmp_path / "empty.png"
    df = plot_dyad(shared_db, "CHN", "JPN", out)
    assert out.stat().st_size > 1000 and df["events"].sum() == 0


def test_network_plot(shared_db, tmp_path):
    out = tmp_path / "net.png"
    e = plot_network(shared_db, out, since="2024-01-01", until="2024-12-31")
    assert out.read_bytes().startswith(b"\x89PNG")
    assert int(e["events"].sum()) == 4 + 3 + 1 + 1 + 1
    e = plot_network(shared_db, tmp_path / "top2.png", top=2)
    assert set(e["actor"]) | set(e["recipient"]) == {"IRN", "PAK"}
    e = plot_network(shared_db, tmp_path / "none.png", since="2030-01-01")
    assert len(e) == 0 and (tmp_path / "none.png").exists()

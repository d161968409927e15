"""Figures from the event store (matplotlib, Agg backend; networkx for the network).

    >>> from accord.plots import plot_dyad, plot_network
    >>> plot_dyad("accord.duckdb", "IRN", "PAK", "iran-pakistan.png")        # doctest: +SKIP
    >>> plot_network("accord.duckdb", "network.png", since="2019-01-01")     # doctest: +SKIP

The output format follows the file name's suffix (``.png``, ``.svg``, ``.pdf``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from accord.analysis import _PANDAS_FREQ, QUAD_COLUMNS, Filters, display_name, dyads, edges

QUAD_LABELS = {"verbal_coop": "verbal cooperation", "material_coop": "material cooperation",
               "verbal_conflict": "verbal conflict", "material_conflict": "material conflict"}
QUAD_COLOURS = {"verbal_coop": "#a6d96a", "material_coop": "#1a9641",
                "verbal_conflict": "#fdae61", "material_conflict": "#d7191c"}
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30.4, "quarter": 91.3, "year": 365.25}
_PER = {"day": "per day", "week": "per week", "month": "per month", "quarter": "per quarter", "year": "per year"}


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _span(f: Filters, periods: pd.Series, freq: str) -> str:
    """'first day to last day' of the span drawn: the filters' dates, else the periods'."""
    if not len(periods) and not (f.since or f.until):
        return "no dated events"
    lo = f.since.isoformat() if f.since else periods.min().date().isoformat()
    if f.until:
        hi = f.until.isoformat()
    else:
        last = periods.max() + pd.tseries.frequencies.to_offset(_PANDAS_FREQ[freq]) - pd.Timedelta(days=1)
        hi = last.date().isoformat()
    return f"{lo} to {hi}"


def _events(n: int) -> str:
    return f"{n:,} event" + ("" if n == 1 else "s")


def plot_dyad(db: str | Path, a: str, b: str, output: str | Path, *, freq: str = "month", dedupe: str = "none",
              **filters: Any) -> pd.DataFrame:
    """Draw the a <-> b dyad over time: Goldstein sums (both directions) and quad-class counts.

    Three panels sharing the time axis: the Goldstein sum per period for a -> b and
    b -> a; then, for each direction, the events per period stacked by quad class.
    Returns the dyad frame drawn (:func:`accord.analysis.dyads`, gaps filled with 0).
    """
    plt = _pyplot()
    import matplotlib.dates as mdates
    from matplotlib.patches import Patch

    f = Filters(actor=a, recipient=b, **filters)
    a, b = f.actor, f.recipient
    df = dyads(db, freq=freq, actor=a, recipient=b, both_directions=True, fill=True, dedupe=dedupe, **filters)
    na, nb = display_name(a), display_name(b)
    days = _PERIOD_DAYS[freq]
    half = pd.Timedelta(days=days / 2)
    per = _PER[freq]
    fig, axes = plt.subplots(3, 1, figsize=(11, 9), sharex=True,
                             gridspec_kw={"height_ratios": [1.2, 1, 1]}, layout="constrained")
    directions = [(a, b, "#2b6cb0", "o"), (b, a, "#c05621", "s")]
    ax = axes[0]
    ax.axhline(0, color="#888888", linewidth=0.8)
    for src, dst, colour, marker in directions:
        d = df[(df["actor"] == src) & (df["recipient"] == dst)]
        ax.plot(d["period"] + half, d["goldstein_sum"], color=colour, marker=marker, markersize=4, linewidth=1.6,
                label=f"{display_name(src)} → {display_name(dst)} ({_events(int(d['events'].sum()))})")
    ax.set_ylabel(f"Goldstein sum\n(points {per})")
    ax.set_title("Goldstein sum of the events in each direction (above 0: cooperation, below 0: conflict)",
                 fontsize=10, loc="left")
    ax.legend(loc="best", fontsize=9, framealpha=0.8)
    ax.grid(axis="y", alpha=0.3)
    for ax, (src, dst, _, _) in zip(axes[1:], directions):
        d = df[(df["actor"] == src) & (df["recipient"] == dst)]
        bottom = None
        for q in QUAD_COLUMNS:
            vals = d[q].to_numpy()
            ax.bar(d["period"], vals, width=pd.Timedelta(days=0.85 * days), align="edge", bottom=bottom,
                   color=QUAD_COLOURS[q], edgecolor="white", linewidth=0.3)
            bottom = vals if bottom is None else bottom + vals
        ax.set_ylabel(f"events {per}")
        ax.set_title(f"{display_name(src)} → {display_name(dst)}: events by quad class", fontsize=10, loc="left")
        ax.grid(axis="y", alpha=0.3)
        ax.yaxis.get_major_locator().set_params(integer=True)
        top = int(d["events"].max()) if len(d) else 0
        ax.set_ylim(0, max(1, top) * 1.1)
    handles = [Patch(color=QUAD_COLOURS[q], label=QUAD_LABELS[q]) for q in QUAD_COLUMNS]
    fig.legend(handles=handles, loc="outside lower center", ncols=4, fontsize=9, frameon=False,
               title="quad class", title_fontsize=9)
    axes[-1].set_xlabel(f"date (one bar per {freq})")
    locator = mdates.AutoDateLocator()
    axes[-1].xaxis.set_major_locator(locator)
    axes[-1].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if df["events"].sum() == 0:
        axes[0].text(0.5, 0.5, f"no dated events between {a} and {b}", transform=axes[0].transAxes,
                     ha="center", va="center", fontsize=12, color="#555555")
    note = " (one-a-day deduplicated)" if dedupe == "one-a-day" else ""
    fig.suptitle(f"{na} – {nb}: events {per}, {_span(f, df['period'], freq)}{note}", fontsize=13)
    _save(fig, output)
    plt.close(fig)
    return df


def plot_network(db: str | Path, output: str | Path, *, level: str = "country", top: int = 30,
                 min_events: int = 1, max_edges: int = 80, dedupe: str = "none", **filters: Any) -> pd.DataFrame:
    """Draw the actor network of a span: arrows actor -> recipient, width by events, colour by mean Goldstein.

    Keeps the ``top`` actors with the most events and, among their pairs with at
    least ``min_events`` events, the ``max_edges`` largest (so that dense networks stay
    readable); domestic pairs (an actor to itself) are left out.  Actors sit on a
    circle, the most active first (clockwise from the top).  Returns the edges drawn.
    """
    plt = _pyplot()
    import math

    import matplotlib as mpl
    import networkx as nx

    f = Filters(**filters)
    e = edges(db, level=level, dedupe=dedupe, **filters)
    e = e[e["actor"] != e["recipient"]]
    volume = pd.concat([e.groupby("actor")["events"].sum(), e.groupby("recipient")["events"].sum()], axis=1)
    volume = volume.fillna(0).sum(axis=1)
    volume = volume.loc[sorted(volume.index, key=lambda u: (-volume[u], u))]
    keep = set(volume.index[:top])
    e = e[e["actor"].isin(keep) & e["recipient"].isin(keep) & (e["events"] >= min_events)]
    pairs = len(e)
    e = e.sort_values(["events", "actor", "recipient"], ascending=[False, True, True]).head(max_edges)
    e = e.reset_index(drop=True)

    g = nx.DiGraph()
    for row in e.itertuples(index=False):
        g.add_edge(row.actor, row.recipient, events=int(row.events), goldstein=float(row.goldstein_mean))
    fig, ax = plt.subplots(figsize=(12, 10.5), layout="constrained")
    cmap = mpl.colormaps["RdYlGn"]
    norm = mpl.colors.TwoSlopeNorm(vmin=-10, vcenter=0, vmax=10)
    if g.number_of_edges():
        order = [u for u in volume.index if u in g]
        n = len(order)
        pos = {u: (math.sin(2 * math.pi * k / n), math.cos(2 * math.pi * k / n)) for k, u in enumerate(order)}
        vol = volume.reindex(order)
        sizes = [250 + 1800 * (v / vol.max()) ** 0.5 for v in vol]
        ev = [g.edges[u, v]["events"] for u, v in g.edges]
        widths = [0.8 + 7 * (x / max(ev)) ** 0.5 for x in ev]
        colours = [cmap(norm(g.edges[u, v]["goldstein"])) for u, v in g.edges]
        nx.draw_networkx_nodes(g, pos, nodelist=order, ax=ax, node_size=sizes, node_color="#dfe8f3",
                               edgecolors="#4a5568", linewidths=1.0)
        nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color=colours, arrows=True, arrowsize=14,
                               arrowstyle="-|>", nodelist=order, node_size=sizes,
                               connectionstyle="arc3,rad=0.15", alpha=0.9)
        for u, (x, y) in pos.items():
            name = display_name(u) if level == "country" else u
            label = f"{name}\n{_events(int(volume[u]))}"
            ax.text(1.17 * x, 1.17 * y, label, ha="center", va="center", fontsize=9)
        ax.set_xlim(-1.45, 1.45)
        ax.set_ylim(-1.3, 1.3)
        ax.set_aspect("equal")
    else:
        ax.text(0.5, 0.5, "no events between two different actors in this span", transform=ax.transAxes,
                ha="center", va="center", fontsize=12, color="#555555")
    sm = mpl.cm.ScalarMappable(norm=norm, cmap=cmap)
    cb = fig.colorbar(sm, ax=ax, shrink=0.5, pad=0.01)
    cb.set_label("mean Goldstein score of the pair's events\n(−10 conflict … +10 cooperation)")
    ax.set_axis_off()
    lo = f.since.isoformat() if f.since else (str(e["first_date"].min())[:10] if len(e) else "")
    hi = f.until.isoformat() if f.until else (str(e["last_date"].max())[:10] if len(e) else "")
    note = ", one-a-day deduplicated" if dedupe == "one-a-day" else ""
    unit = "countries" if level == "country" else "actors"
    shown = f"\nthe {len(e)} largest of {pairs} pairs drawn" if pairs > len(e) else ""
    ax.set_title(f"Actor network, {lo} to {hi}: {_events(int(e['events'].sum()))} between the "
                 f"{g.number_of_nodes()} most active {unit}{note}{shown}", fontsize=12)
    fig.text(0.01, 0.01, "arrow: actor → recipient · edge width: number of events · node size and label: "
             "the actor's events with other actors in the span (domestic events left out)",
             fontsize=9, color="#444444")
    _save(fig, output)
    plt.close(fig)
    return e


def _save(fig: Any, output: str | Path) -> None:
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=130)

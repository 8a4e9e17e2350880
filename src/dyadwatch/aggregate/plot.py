"""PNG charts of dyad series (matplotlib, Agg canvas; no pyplot, no global state)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .changes import Turn
from .series import DyadSeries

QUAD_COLOURS = ("#7fbf7b", "#1b7837", "#f4a582", "#b2182b")
QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def _align_zero(ax, twin, left: tuple[float, float], right: tuple[float, float]) -> None:
    """Both y axes with their zero at the same height, each covering its data."""
    below = max(-left[0] / (left[1] - left[0]), -right[0] / (right[1] - right[0]), 0.0)
    below = min(below, 0.9)
    for axis, (_, high) in ((ax, left), (twin, right)):
        top = high * 1.08
        axis.set_ylim(-top * below / (1 - below), top)


def plot_relations(panels: Sequence[tuple[DyadSeries, Sequence[Turn]]], path: str | Path, title: str = "") -> Path:
    """One row per dyad: events by quad class (bars, downwards for conflict) and the index
    with its bootstrap interval (line), turns marked. Returns the path written."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    path = Path(path)
    rows = max(1, len(panels))
    fig = Figure(figsize=(10, 3.4 * rows), dpi=100)
    FigureCanvasAgg(fig)
    axes = fig.subplots(rows, 1, squeeze=False)[:, 0]
    for ax, (series, found) in zip(axes, panels):
        periods = series.periods
        xs = list(range(len(periods)))
        labels = [p.period for p in periods]
        coop_verbal = [p.quad[0] for p in periods]
        coop_material = [p.quad[1] for p in periods]
        conf_verbal = [-p.quad[2] for p in periods]
        conf_material = [-p.quad[3] for p in periods]
        ax.bar(xs, coop_verbal, color=QUAD_COLOURS[0], label=QUAD_NAMES[0])
        ax.bar(xs, coop_material, bottom=coop_verbal, color=QUAD_COLOURS[1], label=QUAD_NAMES[1])
        ax.bar(xs, conf_verbal, color=QUAD_COLOURS[2], label=QUAD_NAMES[2])
        ax.bar(xs, conf_material, bottom=conf_verbal, color=QUAD_COLOURS[3], label=QUAD_NAMES[3])
        ax.axhline(0, color="#444444", linewidth=0.6)
        ax.set_ylabel("events (conflict below 0)")
        twin = ax.twinx()
        obs = [(x, p) for x, p in zip(xs, periods) if p.index is not None]
        if obs:
            ox = [x for x, _ in obs]
            twin.fill_between(ox, [p.ci_low for _, p in obs], [p.ci_high for _, p in obs], color="#2166ac", alpha=0.15, linewidth=0)
            twin.plot(ox, [p.index for _, p in obs], color="#2166ac", marker="o", markersize=3, label="index")
        twin.set_ylabel("index (Goldstein per article)", color="#2166ac")
        bars_low = min([0] + [a + b for a, b in zip(conf_verbal, conf_material)])
        bars_high = max([1] + [a + b for a, b in zip(coop_verbal, coop_material)])
        idx = [v for _, p in obs for v in (p.ci_low, p.ci_high, p.index)]
        _align_zero(ax, twin, (bars_low, bars_high), (min([0.0] + idx), max([1.0] + idx)))
        for turn in found:
            x = labels.index(turn.period) if turn.period in labels else None
            if x is None:
                continue
            colour = "#1b7837" if turn.kind == "rapprochement" else "#b2182b"
            ax.axvline(x - 0.5, color=colour, linestyle="--", linewidth=1.2)
            ax.annotate(f"{turn.kind}\n{turn.period}", xy=(x - 0.5, 1), xycoords=("data", "axes fraction"),
                        xytext=(3, -3), textcoords="offset points", va="top", fontsize=8, color=colour)
        step = max(1, len(labels) // 12)
        ax.set_xticks(xs[::step])
        ax.set_xticklabels(labels[::step], rotation=45, ha="right", fontsize=8)
        ax.set_xlim(-0.6, max(len(xs) - 0.4, 0.6))
        ax.set_title(f"{series.a} – {series.b} by {series.by}", fontsize=10)
    handles, names = axes[0].get_legend_handles_labels()
    extra, extra_names = [], []
    for axis in fig.axes:
        for h, n in zip(*axis.get_legend_handles_labels()):
            if n == "index" and not extra:
                extra, extra_names = [h], ["index (band: 95% bootstrap interval)"]
    if title:
        fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.legend(handles + extra, names + extra_names, loc="lower center", ncol=5, fontsize=8, frameon=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png")
    return path

"""Relations read from the store: a dyad's series with its turns, and the partners of an
actor with the alignment network."""
from __future__ import annotations

import datetime as dt

from ..aggregate.changes import Turn, turns
from ..aggregate.network import Interaction, Partner, alignment_graph, communities_of, partners, relations
from ..aggregate.series import DyadEvent, DyadSeries, dyad_series, event_day
from ..aggregate.merge import date_span
from .db import Store


def dyad_events(store: Store, a: str, b: str, by: str) -> list[tuple[DyadEvent, str]]:
    """The merged events between A and B (upper-case codes) placed on the day the `by`
    series counts them, each with its merged id; events without such a day are left out."""
    out = []
    for row in store.merged_dyad_rows([a, b]):
        day = event_day(row["date"], row["precision"], row["first_pub_date"] or "", by)
        if day is not None:
            out.append((DyadEvent(row["source"], row["target"], day, row["quad_class"], row["goldstein"], frozenset(row["articles"])), row["merged_id"]))
    return out


def dyad(
    store: Store,
    a: str,
    b: str,
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    alpha: float = 0.05,
    min_shift: float = 0.0,
) -> tuple[DyadSeries, list[Turn]]:
    """The A–B series by period and the turns detected on its index at significance level
    `alpha` (periods without coverage or events are left out of the detection)."""
    a, b = a.upper(), b.upper()
    store.ensure_aggregates()
    events = [event for event, _ in dyad_events(store, a, b, by)]
    series = dyad_series(a, b, events, store.coverage([a, b]), by=by, since=since, until=until)
    observed = series.observed()
    found = turns([p.index for p in observed], [p.period for p in observed], alpha=alpha, min_shift=min_shift)
    return series, found


def _inside(date: str, precision: str, since: dt.date | None, until: dt.date | None) -> bool:
    span = date_span(date, precision)
    if span is None:
        return False
    return (since is None or span[1] >= since) and (until is None or span[0] <= until)


def partner_report(store: Store, actor: str, since: dt.date | None = None, until: dt.date | None = None):
    """(A's partners ranked, the alignment network) over the merged events in the window."""
    actor = actor.upper()
    store.ensure_aggregates()
    events = [
        Interaction(r["source"], r["target"], r["quad_class"], r["goldstein"])
        for r in store.merged_dyad_rows()
        if _inside(r["date"], r["precision"], since, until)
    ]
    rels = relations(events)
    graph = alignment_graph(rels)
    ranked: list[Partner] = partners(actor, rels, communities_of(graph))
    return ranked, graph

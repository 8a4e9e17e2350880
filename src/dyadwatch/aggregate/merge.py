"""One event across many outlets: event mentions from many documents merged into events
with GDELT-like counts.

Two mentions are the same event when they have the same source, target and CAMEO root
code, dates inside one window, and compatible places:

- Mentions with a day date are sorted by date; a cluster takes every mention within
  `window_days` of its first (earliest) date, so a string of daily reports does not chain
  into one event.
- A cluster whose mentions name different place countries is split by place; mentions that
  name no place join the largest part (a report that omits the place does not contradict
  one that gives it).
- A mention dated only to the month or year joins the one day-cluster inside that month or
  year with a compatible place; if there is none or several, it is merged only with
  mentions of the same month or year (and compatible place).

Counts (GDELT 2.0 semantics, over the whole store; near-duplicate documents are one article):

- num_articles: distinct articles reporting the event; a syndicated copy and its original
  are one article (one near-duplicate group),
- num_mentions: mentions in those articles (a copy repeats its original's mentions, so per
  group the largest count of one document is taken),
- num_sources: distinct outlets (URL hosts) among all documents reporting it, copies
  included (syndication is carried by several outlets),
- num_documents: all documents reporting it, copies included.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import MappingProxyType

PRECISION_RANK = MappingProxyType({"day": 0, "week": 1, "month": 2, "year": 3})
WEEK_HALF_SPAN = 3  # a date of week precision ("last week") covers three days either side


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as coded in one document (the fields the merge needs)."""

    doc_key: str
    ordinal: int
    source: str
    target: str
    root: str
    code: str
    date: str
    precision: str = "day"
    place: str = ""  # country code of the event's place, "" when none is named
    place_name: str = ""
    quad_class: int = 0
    goldstein: float = 0.0
    source_role: str = ""
    target_role: str = ""
    pub_date: str = ""
    host: str = ""
    group: str = ""  # near-duplicate group (canonical document key); defaults to doc_key

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc_key, self.ordinal)

    @property
    def doc_group(self) -> str:
        return self.group or self.doc_key


@dataclass(slots=True)
class MergedEvent:
    merged_id: str
    source: str
    target: str
    root: str
    code: str
    quad_class: int
    goldstein: float
    date: str
    precision: str
    place: str
    place_name: str
    source_role: str
    target_role: str
    num_mentions: int
    num_sources: int
    num_articles: int
    num_documents: int
    first_pub_date: str
    representative: tuple[str, int]
    members: list[EventMention] = field(default_factory=list)
    per_document: dict[str, int] = field(default_factory=dict)  # doc_key -> mentions in it


def date_span(date: str, precision: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a date of the given precision covers; None when unparseable."""
    try:
        parts = [int(p) for p in str(date).split("-")[:3]]
        if precision == "day" and len(parts) == 3:
            d = dt.date(*parts)
            return d, d
        if precision == "week" and len(parts) == 3:
            d = dt.date(*parts)
            return d - dt.timedelta(days=WEEK_HALF_SPAN), d + dt.timedelta(days=WEEK_HALF_SPAN)
        if len(parts) >= 2 and precision in ("day", "week", "month"):
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if parts:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return None
    return None


def _effective_precision(m: EventMention) -> str:
    parts = str(m.date).split("-")
    if m.precision in ("day", "week") and len(parts) == 3:
        return m.precision
    if m.precision in ("day", "week", "month") and len(parts) >= 2:
        return "month"
    return "year"


def _order(m: EventMention) -> tuple:
    return (m.date, m.pub_date, m.doc_key, m.ordinal)


def _split_by_place(cluster: list[EventMention]) -> list[list[EventMention]]:
    places = Counter(m.place for m in cluster if m.place)
    if len(places) <= 1:
        return [cluster]
    parts: dict[str, list[EventMention]] = {p: [] for p in places}
    biggest = min(places, key=lambda p: (-places[p], p))
    for m in cluster:
        parts[m.place or biggest].append(m)
    return [parts[p] for p in sorted(parts)]


def _places(cluster: list[EventMention]) -> set[str]:
    return {m.place for m in cluster if m.place}


def _compatible(place: str, cluster: list[EventMention]) -> bool:
    have = _places(cluster)
    return not place or not have or place in have


def cluster_mentions(mentions: Iterable[EventMention], window_days: int = 3) -> list[list[EventMention]]:
    """The mentions grouped into events (see the module documentation); deterministic and
    independent of the input order."""
    by_dyad: dict[tuple[str, str, str], list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_dyad[(m.source, m.target, m.root)].append(m)
    clusters: list[list[EventMention]] = []
    for dyad in sorted(by_dyad):
        items = sorted(by_dyad[dyad], key=_order)
        day: list[tuple[dt.date, list[EventMention]]] = []
        coarse: list[EventMention] = []
        for m in items:
            span = date_span(m.date, m.precision)
            if span is None or _effective_precision(m) != "day":
                coarse.append(m)
                continue
            if day and (span[0] - day[-1][0]).days <= window_days:
                day[-1][1].append(m)
            else:
                day.append((span[0], [m]))
        day_clusters = [part for _, c in day for part in _split_by_place(c)]
        anchors = [min(date_span(m.date, m.precision)[0] for m in c) for c in day_clusters]
        coarse_clusters: dict[tuple[str, str], list[list[EventMention]]] = defaultdict(list)
        for m in sorted(coarse, key=lambda m: (PRECISION_RANK.get(_effective_precision(m), 4),) + _order(m)):
            span = date_span(m.date, m.precision)
            if span is not None:
                inside = [
                    i for i, c in enumerate(day_clusters)
                    if span[0] <= anchors[i] <= span[1] and _compatible(m.place, c)
                ]
                if len(inside) == 1:
                    day_clusters[inside[0]].append(m)
                    continue
            label = (str(m.date), _effective_precision(m))
            for c in coarse_clusters[label]:
                if _compatible(m.place, c):
                    c.append(m)
                    break
            else:
                coarse_clusters[label].append([m])
        clusters.extend(day_clusters)
        for label in sorted(coarse_clusters):
            clusters.extend(coarse_clusters[label])
    return clusters


def _majority(values: Iterable[str], fallback: str) -> str:
    counts = Counter(v for v in values if v)
    if not counts:
        return fallback
    return min(counts, key=lambda v: (-counts[v], v))


def summarise(cluster: list[EventMention]) -> MergedEvent:
    """One merged event from its mentions, with the counts of the module documentation."""
    members = sorted(cluster, key=lambda m: (PRECISION_RANK.get(_effective_precision(m), 4), m.pub_date, m.doc_key, m.ordinal))
    rep = members[0]
    per_doc = Counter(m.doc_key for m in members)
    per_group: dict[str, int] = {}
    for m in members:
        per_group[m.doc_group] = max(per_group.get(m.doc_group, 0), per_doc[m.doc_key])
    code = _majority((m.code for m in members), rep.code)
    with_code = next(m for m in members if m.code == code)
    if _effective_precision(rep) == "day":
        dates = Counter(m.date for m in members if _effective_precision(m) == "day")
        date = min(dates, key=lambda d: (-dates[d], d))
    else:
        date = rep.date
    place = _majority((m.place for m in members), "")
    place_name = _majority((m.place_name for m in members if m.place == place), "") if place else ""
    ident = f"{rep.source}|{rep.target}|{rep.root}|{min(m.key for m in members)}"
    return MergedEvent(
        merged_id=hashlib.sha1(ident.encode()).hexdigest()[:16],
        source=rep.source,
        target=rep.target,
        root=rep.root,
        code=code,
        quad_class=with_code.quad_class,
        goldstein=with_code.goldstein,
        date=date,
        precision=_effective_precision(rep),
        place=place,
        place_name=place_name,
        source_role=_majority((m.source_role for m in members), ""),
        target_role=_majority((m.target_role for m in members), ""),
        num_mentions=sum(per_group.values()),
        num_sources=len({m.host for m in members}),
        num_articles=len(per_group),
        num_documents=len(per_doc),
        first_pub_date=min((m.pub_date for m in members if m.pub_date), default=""),
        representative=rep.key,
        members=members,
        per_document=dict(sorted(per_doc.items())),
    )


def merge_events(mentions: Iterable[EventMention], window_days: int = 3) -> list[MergedEvent]:
    """Merged events, sorted by date, source, target, root."""
    merged = [summarise(c) for c in cluster_mentions(mentions, window_days)]
    return sorted(merged, key=lambda e: (e.date, e.source, e.target, e.root, e.merged_id))

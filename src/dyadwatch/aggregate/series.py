"""Dyad time series: per period, the merged events between two actors by quad class,
Goldstein mean and sum, and a cooperation–conflict index normalised by coverage volume,
with bootstrap confidence intervals.

The index of a period is

    index = (sum of the Goldstein scores of the dyad's events in the period) / coverage

where the dyad's events are the merged events (each counted once, however many outlets
reported it) with A as source and B as target or the reverse, and coverage is the number
of articles (near-duplicate groups count once) published in the period that mention A or
B at all (at least the number of articles reporting the dyad's events). The index reads as
"Goldstein points of A–B interaction per article about either actor": positive for
cooperation, negative for conflict, and small when the two are in the news for other
reasons. A period without coverage and without events has no index (None).

The confidence interval resamples the period's events with replacement (percentile
bootstrap, fixed seed) and keeps the coverage fixed: it shows how much the index depends
on the few events that make it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from .merge import date_span

PERIODS = ("week", "month", "quarter")
_PRECISION_DAYS = MappingProxyType({"day": 1, "week": 7, "month": 28, "year": 365})
_PERIOD_DAYS = MappingProxyType({"week": 7, "month": 28, "quarter": 90})


def period_start(day: dt.date, by: str) -> dt.date:
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")


def next_period(start: dt.date, by: str) -> dt.date:
    if by == "week":
        return start + dt.timedelta(days=7)
    step = 1 if by == "month" else 3
    month = start.month - 1 + step
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def period_label(start: dt.date, by: str) -> str:
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{start.year}-{start.month:02d}"
    return f"{start.year}-Q{(start.month - 1) // 3 + 1}"


def periods_between(first: dt.date, last: dt.date, by: str) -> list[dt.date]:
    out, cur = [], period_start(first, by)
    while cur <= last:
        out.append(cur)
        cur = next_period(cur, by)
    return out


def event_day(date: str, precision: str, first_pub_date: str, by: str) -> dt.date | None:
    """The day that places an event in a period. A date coarser than the period (a month in
    a weekly series, a year in a monthly one) is placed at its first report's publication
    date, kept inside the date's own span."""
    span = date_span(date, precision)
    if span is None:
        return None
    if precision == "week":
        return span[0] + (span[1] - span[0]) / 2  # the day given ("last week": seven days back)
    if _PRECISION_DAYS.get(precision, 365) <= _PERIOD_DAYS[by] or span[0] == span[1]:
        return span[0]
    try:
        pub = dt.date.fromisoformat(str(first_pub_date)[:10])
    except ValueError:
        return span[0]
    return min(max(pub, span[0]), span[1])


@dataclass(frozen=True, slots=True)
class DyadEvent:
    """A merged event as the series needs it."""

    source: str
    target: str
    day: dt.date
    quad_class: int
    goldstein: float
    articles: frozenset[str] = frozenset()  # article (near-duplicate group) keys reporting it


@dataclass(slots=True)
class PeriodStats:
    period: str
    start: dt.date
    events: int = 0
    quad: tuple[int, int, int, int] = (0, 0, 0, 0)
    goldstein_sum: float = 0.0
    goldstein_mean: float | None = None
    coverage: int = 0
    index: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    a_to_b: int = 0
    b_to_a: int = 0

    def to_dict(self) -> dict:
        return {
            "period": self.period,
            "start": self.start.isoformat(),
            "events": self.events,
            "verbal_cooperation": self.quad[0],
            "material_cooperation": self.quad[1],
            "verbal_conflict": self.quad[2],
            "material_conflict": self.quad[3],
            "goldstein_sum": round(self.goldstein_sum, 2),
            "goldstein_mean": None if self.goldstein_mean is None else round(self.goldstein_mean, 2),
            "coverage": self.coverage,
            "index": None if self.index is None else round(self.index, 3),
            "ci_low": None if self.ci_low is None else round(self.ci_low, 3),
            "ci_high": None if self.ci_high is None else round(self.ci_high, 3),
            "a_to_b": self.a_to_b,
            "b_to_a": self.b_to_a,
        }


@dataclass(slots=True)
class DyadSeries:
    a: str
    b: str
    by: str
    periods: list[PeriodStats] = field(default_factory=list)

    def observed(self) -> list[PeriodStats]:
        """Periods that have an index (coverage or events)."""
        return [p for p in self.periods if p.index is not None]


def bootstrap_ci(scores: Sequence[float], coverage: int, draws: int = 999, level: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval of sum(scores)/coverage, resampling the scores."""
    values = np.asarray(scores, dtype=float)
    if len(values) == 0 or coverage <= 0:
        return 0.0, 0.0
    rng = np.random.default_rng(seed)
    sums = values[rng.integers(0, len(values), size=(draws, len(values)))].sum(axis=1) / coverage
    alpha = (1 - level) / 2
    return float(np.quantile(sums, alpha)), float(np.quantile(sums, 1 - alpha))


def dyad_series(
    a: str,
    b: str,
    events: Iterable[DyadEvent],
    coverage: dict[str, dt.date],
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    draws: int = 999,
    seed: int = 0,
) -> DyadSeries:
    """The series of the A–B dyad. `events` may contain other dyads (they are ignored);
    `coverage` maps each article (near-duplicate group) that mentions A or B to its
    publication date."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    pair = {(a, b), (b, a)}
    inside = lambda d: (since is None or d >= since) and (until is None or d <= until)  # noqa: E731
    dyad = [e for e in events if (e.source, e.target) in pair and inside(e.day)]
    covered = {k: d for k, d in coverage.items() if d is not None and inside(d)}
    days = [e.day for e in dyad] + list(covered.values())
    series = DyadSeries(a, b, by)
    if not days:
        return series
    starts = periods_between(since or min(days), until or max(days), by)
    stats = {s: PeriodStats(period_label(s, by), s) for s in starts}
    per_events: dict[dt.date, list[DyadEvent]] = {s: [] for s in starts}
    per_articles: dict[dt.date, set[str]] = {s: set() for s in starts}
    for key, day in covered.items():
        per_articles[period_start(day, by)].add(key)
    for e in dyad:
        s = period_start(e.day, by)
        per_events[s].append(e)
        per_articles[s].update(e.articles)
    for number, s in enumerate(starts):
        st, evs = stats[s], per_events[s]
        st.coverage = len(per_articles[s])
        st.events = len(evs)
        st.quad = tuple(sum(1 for e in evs if e.quad_class == q) for q in (1, 2, 3, 4))
        st.goldstein_sum = float(sum(e.goldstein for e in evs))
        st.a_to_b = sum(1 for e in evs if e.source == a)
        st.b_to_a = st.events - st.a_to_b
        if evs:
            st.goldstein_mean = st.goldstein_sum / len(evs)
        if st.coverage or evs:
            cov = max(st.coverage, 1)
            st.index = st.goldstein_sum / cov
            st.ci_low, st.ci_high = bootstrap_ci([e.goldstein for e in evs], cov, draws=draws, seed=seed + number)
        series.periods.append(st)
    return series

"""Dyad series: periods, placement of dates, the index and its bootstrap interval."""
import datetime as dt

import pytest

from dyadwatch.aggregate.series import DyadEvent, bootstrap_ci, dyad_series, event_day, period_label, period_start, periods_between

D = dt.date


def test_periods():
    assert period_start(D(2024, 6, 19), "week") == D(2024, 6, 17)
    assert period_label(D(2024, 6, 17), "week") == "2024-W25"
    assert period_label(period_start(D(2024, 6, 19), "month"), "month") == "2024-06"
    assert period_label(period_start(D(2024, 12, 31), "quarter"), "quarter") == "2024-Q4"
    assert [period_label(p, "quarter") for p in periods_between(D(2023, 11, 5), D(2024, 4, 1), "quarter")] == ["2023-Q4", "2024-Q1", "2024-Q2"]
    with pytest.raises(ValueError):
        period_start(D(2024, 1, 1), "fortnight")


def test_coarse_dates_are_placed_at_their_first_report_inside_their_span():
    assert event_day("2023-10-18", "day", "2023-10-20", "week") == D(2023, 10, 18)
    assert event_day("2023-10", "month", "2023-10-20", "month") == D(2023, 10, 1)
    assert event_day("2023-10", "month", "2023-10-20", "week") == D(2023, 10, 20)
    assert event_day("2023-10", "month", "2023-11-03", "week") == D(2023, 10, 31)
    assert event_day("2023", "year", "2023-05-02", "quarter") == D(2023, 5, 2)
    assert event_day("x", "day", "", "month") is None


def test_index_is_goldstein_sum_over_coverage_with_both_directions():
    events = [
        DyadEvent("RUS", "PRK", D(2023, 7, 26), 1, 4.0, frozenset({"a1"})),
        DyadEvent("PRK", "RUS", D(2023, 7, 27), 2, 6.0, frozenset({"a1"})),
        DyadEvent("RUS", "UKR", D(2023, 7, 27), 4, -10.0, frozenset({"a9"})),  # another dyad
        DyadEvent("PRK", "RUS", D(2023, 9, 13), 3, -2.0, frozenset({"a2"})),
    ]
    coverage = {"a1": D(2023, 7, 27), "a3": D(2023, 7, 5), "a4": D(2023, 7, 9), "a5": D(2023, 8, 2)}
    s = dyad_series("RUS", "PRK", events, coverage, by="month")
    rows = {p.period: p for p in s.periods}
    assert list(rows) == ["2023-07", "2023-08", "2023-09"]
    july = rows["2023-07"]
    assert (july.events, july.quad, july.coverage, july.a_to_b, july.b_to_a) == (2, (1, 1, 0, 0), 3, 1, 1)
    assert july.index == pytest.approx(10.0 / 3)
    assert july.ci_low <= july.index <= july.ci_high
    assert rows["2023-08"].index == 0.0 and rows["2023-08"].goldstein_mean is None
    assert rows["2023-09"].coverage == 1 and rows["2023-09"].index == -2.0  # coverage counts the reporting article
    assert [p.period for p in s.observed()] == ["2023-07", "2023-08", "2023-09"]


def test_periods_without_coverage_or_events_have_no_index():
    s = dyad_series("A", "B", [], {"x": D(2023, 1, 5), "y": D(2023, 4, 5)}, by="month")
    assert [(p.period, p.index) for p in s.periods] == [("2023-01", 0.0), ("2023-02", None), ("2023-03", None), ("2023-04", 0.0)]


def test_bootstrap_interval_is_deterministic_and_brackets_the_estimate():
    scores = [7.0, 1.9, -4.0, 3.4, 5.0]
    low, high = bootstrap_ci(scores, 4)
    assert (low, high) == bootstrap_ci(scores, 4)
    assert low < sum(scores) / 4 < high
    assert bootstrap_ci([], 3) == (0.0, 0.0)

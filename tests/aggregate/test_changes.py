"""Change detection on synthetic series with known change points."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.aggregate.changes import change_points, midranks, pettitt, turns


def series(levels, lengths, noise=1.0, seed=0):
    rng = np.random.default_rng(seed)
    x = np.concatenate([np.full(n, float(level)) for level, n in zip(levels, lengths)])
    return x + rng.normal(0, noise, len(x))


def test_midranks_share_ties():
    assert list(midranks([3, 1, 3, 2])) == [3.5, 1.0, 3.5, 2.0]


def test_pettitt_statistic_equals_its_sign_definition():
    rng = np.random.default_rng(1)
    x = rng.integers(0, 4, 12).astype(float)  # with ties
    by_ranks = pettitt(midranks(x)[None, :], min_size=1)[0]
    by_signs = [abs(sum(np.sign(x[j] - x[i]) for i in range(t) for j in range(t, len(x)))) for t in range(1, len(x))]
    assert np.allclose(by_ranks, by_signs)


@pytest.mark.parametrize("seed", range(5))
def test_a_single_step_is_found_where_it_is(seed):
    x = series([0, 3], [20, 20], seed=seed)
    found = change_points(x)
    assert any(abs(c - 20) <= 1 for c, _ in found)
    labels = [f"p{i}" for i in range(len(x))]
    kinds = {t.kind for t in turns(x, labels) if abs(t.position - 20) <= 1}
    assert kinds == {"rapprochement"}


@pytest.mark.parametrize("seed", range(5))
def test_rise_then_fall_gives_rapprochement_then_estrangement(seed):
    x = series([0, 4, -2], [15, 15, 15], seed=seed)
    found = turns(x, [f"p{i}" for i in range(len(x))])
    near = [(t.kind, t.position) for t in found if abs(t.position - 15) <= 1 or abs(t.position - 30) <= 1]
    assert [k for k, _ in near] == ["rapprochement", "estrangement"]


def test_false_alarms_on_pure_noise_are_rare():
    alarms = sum(bool(change_points(np.random.default_rng(s).normal(0, 1, 30), seed=s)) for s in range(200))
    assert alarms / 200 <= 0.1  # alpha = 0.05 per test (measured: 0.075 at n = 30)


def test_one_outlying_period_is_not_a_turn():
    x = np.zeros(20)
    x[9] = -25.0  # one miscoded event
    x += np.random.default_rng(3).normal(0, 0.3, 20)
    assert change_points(x) == []


def test_sparse_index_with_quiet_months_then_cooperation():
    quiet = [0.0] * 6
    active = [5.2, 3.7, 8.1, 3.0, 8.0, 0.0, 4.0, 1.7, 2.0, 3.3, 4.7, 6.3, 3.4]
    found = turns(quiet + active, [f"m{i}" for i in range(19)])
    assert [(t.kind, t.period) for t in found] == [("rapprochement", "m6")]


def test_constant_and_short_series_have_no_change():
    assert change_points([2.0] * 10) == []
    assert change_points([0.0, 5.0, 5.0]) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(-10, 10, allow_nan=False), min_size=0, max_size=40), st.integers(1, 4))
def test_change_points_are_sorted_inside_and_leave_min_size_segments(values, min_size):
    found = change_points(values, min_size=min_size, draws=199)
    cuts = [c for c, _ in found]
    assert cuts == sorted(set(cuts))
    bounds = [0] + cuts + [len(values)]
    assert not cuts or all(b - a >= min_size for a, b in zip(bounds, bounds[1:]))
    assert all(0 < p <= 0.05 for _, p in found)
    assert change_points(values, min_size=min_size, draws=199) == found  # deterministic

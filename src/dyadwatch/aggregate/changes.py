"""Change detection on a dyad's index: where did the relation turn?

Method: binary segmentation with Pettitt's rank test, its p-values from permutations.

1. In a segment of m values, every split t (leaving at least `min_size` values on each
   side) is scored with Pettitt's statistic |U_t| = |2 W_t - t (m + 1)|, where W_t is the
   sum of the (mid-)ranks of the first t values: the Mann-Whitney comparison of the values
   before and after the split.
2. The best split is kept when it is significant: its statistic is compared with the
   largest statistic of the same segment in `draws` random permutations (fixed seed); the
   p-value is (1 + permutations at least as large) / (draws + 1), and the split is kept
   when p <= alpha (default 0.05).
3. Both halves are searched again the same way, until no split is significant.

Ranks make the test indifferent to the scale of the index and robust to a single outlying
period (one miscoded event does not make a turn); permutations make it exact for short
series with many ties (periods without events), where asymptotic formulas fail. Each kept
change is a turn: a rapprochement when the mean index after it is higher than before
(between the neighbouring change points), an estrangement when it is lower, named by the
first period of the new segment. A turn whose means differ by less than `min_shift` is
dropped.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Turn:
    position: int  # index of the first value of the new segment
    period: str
    kind: str  # rapprochement | estrangement
    before: float  # mean of the segment before
    after: float  # mean of the segment after
    p_value: float = 0.0

    @property
    def shift(self) -> float:
        return self.after - self.before

    def to_dict(self) -> dict:
        return {"period": self.period, "kind": self.kind, "before": round(self.before, 3), "after": round(self.after, 3),
                "shift": round(self.shift, 3), "p_value": round(self.p_value, 4)}


def midranks(values: Sequence[float]) -> np.ndarray:
    """Ranks 1..n, ties sharing the mean of their ranks."""
    x = np.asarray(values, dtype=float)
    order = np.argsort(x, kind="stable")
    ranks = np.empty(len(x))
    ranks[order] = np.arange(1, len(x) + 1)
    for value in np.unique(x):
        same = x == value
        if same.sum() > 1:
            ranks[same] = ranks[same].mean()
    return ranks


def pettitt(ranks: np.ndarray, min_size: int = 2) -> np.ndarray:
    """|U_t| for every split t = 1..m-1 of each row of `ranks` (shape (rows, m)); splits
    that leave fewer than `min_size` values on a side score -1."""
    ranks = np.atleast_2d(ranks)
    m = ranks.shape[1]
    t = np.arange(1, m)
    stat = np.abs(2 * np.cumsum(ranks, axis=1)[:, :-1] - t * (m + 1))
    stat[:, : max(min_size - 1, 0)] = -1
    stat[:, m - min_size :] = -1
    return stat


def split_test(values: Sequence[float], min_size: int = 2, draws: int = 999, rng: np.random.Generator | None = None) -> tuple[int, float] | None:
    """(best split, permutation p-value) of a segment, or None when it cannot be split."""
    x = np.asarray(values, dtype=float)
    m = len(x)
    if m < 2 * min_size or np.all(x == x[0]):
        return None
    ranks = midranks(x)
    stat = pettitt(ranks, min_size)[0]
    k = int(np.argmax(stat))
    observed = stat[k]
    if observed <= 0:
        return None
    rng = rng or np.random.default_rng(0)
    shuffled = rng.permuted(np.tile(ranks, (draws, 1)), axis=1)
    null = pettitt(shuffled, min_size).max(axis=1)
    p = (1 + int(np.sum(null >= observed - 1e-9))) / (draws + 1)
    return k + 1, p


def change_points(values: Sequence[float], alpha: float = 0.05, min_size: int = 2, draws: int = 999, seed: int = 0) -> list[tuple[int, float]]:
    """(position, p-value) of every significant change (position = first index of the new
    segment), sorted; deterministic for a given seed."""
    x = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    found: list[tuple[int, float]] = []
    stack = [(0, len(x))]
    while stack:
        a, b = stack.pop(0)
        result = split_test(x[a:b], min_size, draws, rng)
        if result is None or result[1] > alpha:
            continue
        cut = a + result[0]
        found.append((cut, result[1]))
        stack.extend([(a, cut), (cut, b)])
    return sorted(found)


def turns(values: Sequence[float], labels: Sequence[str], alpha: float = 0.05, min_size: int = 2, min_shift: float = 0.0, seed: int = 0) -> list[Turn]:
    """The detected turns of a series, named by `labels` (one per value)."""
    x = np.asarray(values, dtype=float)
    found = change_points(x, alpha=alpha, min_size=min_size, seed=seed)
    bounds = [0] + [c for c, _ in found] + [len(x)]
    means = [float(x[bounds[i] : bounds[i + 1]].mean()) for i in range(len(bounds) - 1)]
    out = []
    for i, (cut, p) in enumerate(found):
        before, after = means[i], means[i + 1]
        if after == before or abs(after - before) < min_shift:
            continue
        out.append(Turn(cut, labels[cut], "rapprochement" if after > before else "estrangement", before, after, p))
    return out

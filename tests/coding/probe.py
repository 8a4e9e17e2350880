"""Scoring of the coverage probes (tests/coding/test_probe_*.py), one place for all six:
each sentence's events against its expected (source, target, CAMEO root) triples.
Symmetric triples count in either direction (as `symmetric` gold events in the shared
scorer); optional ones are neither required nor penalised."""
from __future__ import annotations

from dataclasses import dataclass

from ..conftest import code_text, triples

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Expected:
    directed: frozenset[Triple] = frozenset()
    symmetric: frozenset[Triple] = frozenset()
    optional: frozenset[Triple] = frozenset()

    @classmethod
    def of(cls, directed=(), symmetric=(), optional=()) -> Expected:
        return cls(frozenset(directed), frozenset(_pair(t) for t in symmetric), frozenset(optional))

    @classmethod
    def from_strings(cls, items, optional=()) -> Expected:
        """"JPN KOR 05" (directed) and "JPN KOR 05~" (either direction)."""
        split = [tuple(item.rstrip("~").split()) for item in items]
        return cls.of(
            directed=[t for t, item in zip(split, items) if not item.endswith("~")],
            symmetric=[t for t, item in zip(split, items) if item.endswith("~")],
            optional=[tuple(item.rstrip("~").split()) for item in optional],
        )

    @classmethod
    def listed_both_ways(cls, items) -> Expected:
        """A pair listed in both directions is one symmetric event."""
        items = set(items)
        both = {t for t in items if (t[1], t[0], t[2]) in items}
        return cls.of(directed=items - both, symmetric=both)


def _pair(t: Triple) -> Triple:
    a, b, root = t
    return (min(a, b), max(a, b), root)


def outcome(found: set[Triple], expected: Expected) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of one sentence."""
    hit: set[Triple] = set()
    false_positives = 0
    for t in found:
        if _pair(t) in expected.symmetric:
            hit.add(_pair(t))
        elif t in expected.directed:
            hit.add(t)
        elif t not in expected.optional and _pair(t) not in {_pair(o) for o in expected.optional}:
            false_positives += 1
    misses = len(expected.symmetric - hit) + len(expected.directed - hit)
    return len(hit), false_positives, misses


def assert_sentence(lang: str, text: str, pub_date: str, expected: Expected) -> None:
    found = triples(code_text(text, lang, pub_date)[1])
    _, false_positives, misses = outcome(found, expected)
    assert false_positives == 0 and misses == 0, (sorted(found), expected)


def assert_floors(lang: str, cases: list[tuple[str, str, Expected]], min_precision: float, min_recall: float) -> None:
    """Precision and recall over a whole probe stay at or above their floors."""
    tp = fp = fn = 0
    for text, pub_date, expected in cases:
        a, b, c = outcome(triples(code_text(text, lang, pub_date)[1]), expected)
        tp, fp, fn = tp + a, fp + b, fn + c
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    assert precision >= min_precision and recall >= min_recall, (lang, precision, recall, tp, fp, fn)

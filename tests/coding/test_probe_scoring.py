"""The shared scorer of the coverage probes can tell right from wrong."""
from .probe import Expected, outcome


def test_symmetric_events_count_in_either_direction_and_directed_ones_do_not():
    assert outcome({("KOR", "JPN", "04")}, Expected.from_strings({"JPN KOR 04~"})) == (1, 0, 0)
    assert outcome({("KOR", "JPN", "11")}, Expected.from_strings({"JPN KOR 11"})) == (0, 1, 1)


def test_optional_events_are_neither_required_nor_penalised():
    expected = Expected.of(directed=[("RUS", "UKR", "19")], optional=[("UKR", "RUS", "11")])
    assert outcome({("RUS", "UKR", "19"), ("UKR", "RUS", "11")}, expected) == (1, 0, 0)
    assert outcome(set(), expected) == (0, 0, 1)


def test_a_pair_listed_both_ways_is_one_event():
    expected = Expected.listed_both_ways({("IND", "PAK", "19"), ("PAK", "IND", "19")})
    assert outcome({("IND", "PAK", "19")}, expected) == (1, 0, 0)

import datetime as dt

import pytest

from dyadwatch.grounding.dates import find_dates
from dyadwatch.lang import load_language
from dyadwatch.textutil import tokenize

PUB = dt.date(2023, 8, 15)  # a Tuesday


def values(text, lang="de"):
    return [(d.value, d.precision, d.source) for d in find_dates(tokenize(text), load_language(lang), PUB, text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ende Juli reiste er ab.", [("2023-07", "month", "relative")]),
        ("Im Februar beschuldigten sie ihn.", [("2023-02", "month", "relative")]),
        ("Sie rief am Montag dazu auf.", [("2023-08-14", "day", "relative")]),
        ("Dienstag, der 15. August, war der Tag.", [("2023-08-15", "day", "explicit")]),
        ("Der Sieg im August 1945 wurde gefeiert.", [("1945-08", "month", "explicit")]),
        ("Die Armeen kämpften 1945 gemeinsam.", [("1945", "year", "explicit")]),
        ("Am Samstagnachmittag erklärten sie es.", [("2023-08-12", "day", "relative")]),
        ("Im Oktober tagte der Rat.", [("2022-10", "month", "relative")]),
    ],
)
def test_german_dates(text, expected):
    assert values(text) == expected


def test_weekday_in_the_future_points_forward():
    assert values("Das Treffen wird am Freitag stattfinden.") == [("2023-08-18", "day", "relative")]


def test_english_and_french_dates():
    assert values("On August 3, 2023 the talks began.", "en") == [("2023-08-03", "day", "explicit")]
    assert values("He left yesterday.", "en") == [("2023-08-14", "day", "relative")]
    assert values("Le 1er septembre 2022, il est parti.", "fr") == [("2022-09-01", "day", "explicit")]
    assert values("Fin juillet, il a visité Pyongyang.", "fr") == [("2023-07", "month", "relative")]


def test_may_the_verb_is_not_a_month():
    assert values("Russia may send troops.", "en") == []

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Three days ago Russia attacked.", "en", ("2023-08-12", "day")),
        ("Russia attacked a week ago.", "en", ("2023-08-08", "week")),
        ("Last month Russia attacked.", "en", ("2023-07", "month")),
        ("Earlier this month Russia attacked.", "en", ("2023-08", "month")),
        ("Two years ago Russia attacked.", "en", ("2021", "year")),
        ("Vor drei Tagen griff Russland an.", "de", ("2023-08-12", "day")),
        ("Im vergangenen Jahr griff Russland an.", "de", ("2022", "year")),
        ("Il y a deux semaines, la Russie a attaqué.", "fr", ("2023-08-01", "week")),
        ("Le mois dernier, la Russie a attaqué.", "fr", ("2023-07", "month")),
        ("Hace tres días Rusia atacó.", "es", ("2023-08-12", "day")),
        ("La semana pasada Rusia atacó.", "es", ("2023-08-08", "week")),
        ("Quest'anno la Russia ha attaccato.", "it", ("2023", "year")),
        ("Tre mesi fa la Russia ha attaccato.", "it", ("2023-05", "month")),
        ("Неделю назад Россия атаковала.", "ru", ("2023-08-08", "week")),
        ("В прошлом году Россия атаковала.", "ru", ("2022", "year")),
    ],
)
def test_periods_counted_from_publication(text, lang, expected):
    assert [(v, p) for v, p, _ in values(text, lang)] == [expected]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Over the past week Russia attacked repeatedly.", "en"),
        ("Russia has attacked for three weeks.", "en"),
        ("The next day Russia attacked.", "en"),
        ("Seit einem Jahr greift Russland an.", "de"),
        ("Wenige Tage vor dem Gipfel griff Russland an.", "de"),
        ("Depuis un an, la Russie attaque.", "fr"),
        ("За последний год Россия атаковала.", "ru"),
    ],
)
def test_stretches_of_time_and_story_relative_days_give_no_date(text, lang):
    assert values(text, lang) == []


DATE_WORDS = {
    "en": ["last", "next", "this", "week", "weeks", "month", "year", "ago", "a", "three", "days", "over", "the", "past", "Monday", "May", "2023", "15", "in", "late"],
    "de": ["vor", "drei", "Tagen", "einer", "Woche", "letzte", "vergangenen", "Jahr", "seit", "im", "Juli", "Ende", "Montag", "1945", "am"],
    "ru": ["неделю", "назад", "в", "прошлом", "году", "три", "дня", "за", "этом", "месяце", "среду"],
}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(DATE_WORDS)), st.data())
def test_dates_stay_inside_the_tokens_and_never_overlap(lang, data):
    words = data.draw(st.lists(st.sampled_from(DATE_WORDS[lang]), max_size=12))
    text = " ".join(words)
    tokens = tokenize(text)
    found = find_dates(tokens, load_language(lang), PUB, text)
    used = set()
    for d in found:
        assert 0 <= d.first <= d.last < len(tokens)
        span = set(range(d.first, d.last + 1))
        assert not span & used
        used |= span
        assert d.precision in ("day", "week", "month", "year")

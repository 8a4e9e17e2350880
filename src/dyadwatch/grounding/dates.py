"""Dates stated in a sentence, resolved against the publication date.

Handles explicit dates ("15. August 2023", "August 15, 2023", "le 1er septembre"), months
with or without a year and with "end/start/middle of" ("Ende Juli", "im Februar",
"fin juillet"), weekdays ("am Montag", "Samstagnachmittag", "vendredi dernier"),
today/yesterday/tomorrow, periods relative to publication ("last week", "vor drei Tagen",
"l'année dernière", "два месяца назад", "earlier this month"), and bare years ("1945").
Weekdays and months without a year point back from the publication date unless the clause
speaks of the future.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..lang import MEMO_LIMIT, LanguageData, load_language
from ..textutil import Token

_DAY = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th|e)?$")
_YEAR = re.compile(r"^(19\d\d|20\d\d|2100)$")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


@dataclass(slots=True, frozen=True)
class DateMention:
    first: int  # token indices (inclusive)
    last: int
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | week (the day given, give or take three days) | month | year
    source: str  # explicit | relative
    day: dt.date  # a representative day (first of month/year for coarse precision)


def _make(first: int, last: int, day: dt.date, precision: str, source: str) -> DateMention:
    value = day.isoformat() if precision in ("day", "week") else day.strftime("%Y-%m") if precision == "month" else f"{day.year:04d}"
    return DateMention(first, last, value, precision, source, day)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_year(month: int, pub: dt.date, future: bool) -> int:
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _weekday_date(weekday: int, pub: dt.date, direction: int) -> dt.date:
    """direction -1: the latest such day on or before pub; +1: the next one after pub."""
    delta = (pub.weekday() - weekday) % 7
    if direction < 0:
        return pub - dt.timedelta(days=delta)
    ahead = (weekday - pub.weekday()) % 7 or 7
    return pub + dt.timedelta(days=ahead)


FUTURE_WINDOW = 6
# units of periods counted from the publication date (cues.toml [dates]: "day", "week", ...)
PERIOD_UNITS = ("day", "week", "month", "year")
DURATION_WINDOW = 3  # "over the past week", "seit einem Jahr": a stretch of time, no date


def _months_back(pub: dt.date, months: int) -> dt.date:
    """The first day of the month `months` before the publication month (negative: after)."""
    index = pub.year * 12 + pub.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_date(unit: str, count: int, pub: dt.date) -> tuple[dt.date, str] | None:
    """The day `count` units before publication (negative: after) and the unit's precision."""
    try:
        if unit == "day":
            return pub - dt.timedelta(days=count), "day"
        if unit == "week":
            return pub - dt.timedelta(days=7 * count), "week"
        if unit == "month":
            return _months_back(pub, count), "month"
        return dt.date(pub.year - count, 1, 1), "year"
    except (ValueError, OverflowError):
        return None


# words for days relative to the publication date (cues.toml [dates]) and their offsets
RELATIVE_DAYS = (("today", 0), ("yesterday", -1), ("day_before_yesterday", -2), ("tomorrow", 1))


class DateWords:
    """Which words of a language can start a date: a digit, a month or weekday name (also
    without accents), a weekday with a daypart ("Samstagnachmittag"), a word for a relative
    day or for a unit of a period ("week": "last week", "vor drei Tagen"). Only at such words
    does find_dates() look further (remembered per word, bounded)."""

    def __init__(self, lang: LanguageData):
        self.lang = lang
        self.calendar = frozenset(lang.months) | frozenset(lang.weekdays)
        self._relative = [lang.date_cue(name) for name, _ in RELATIVE_DAYS] + [lang.date_cue(name) for name in PERIOD_UNITS]
        self._starts: dict[str, bool] = {}
        self.inert: set[str] = set()  # remembered words that begin no date

    def candidates(self, tokens: list[Token], keys: list[str]) -> list[int]:
        """Indices of the tokens (keys: their keys) where a date may begin."""
        if self.inert.issuperset(keys):  # most sentences: one set check
            return []
        known, starts = self._starts, self.starts
        return [i for i, key in enumerate(keys) if known.get(key) or (key not in known and starts(key, tokens[i].norm))]

    def starts(self, key: str, norm: str) -> bool:
        """Can the token with this key (and accent-free norm) begin a date?"""
        known = self._starts.get(key)
        if known is None:
            known = (
                key[:1].isdigit()
                or key in self.calendar
                or norm in self.calendar
                or self._daypart(key)
                or any(cue.match_word(key) for cue in self._relative)
            )
            if len(self._starts) < MEMO_LIMIT:
                self._starts[key] = known
                if not known:
                    self.inert.add(key)
        return known

    def _daypart(self, key: str) -> bool:
        suffixes = self.lang.daypart_suffixes
        return bool(suffixes) and key.endswith(suffixes) and any(key.startswith(name) and key[len(name) :] in suffixes for name in self.lang.weekdays)


def date_words(lang: LanguageData) -> DateWords:
    """The DateWords of a language (built once per loaded language)."""
    words = _date_words_of(lang.code)
    return words if words.lang is lang else DateWords(lang)


@functools.cache
def _date_words_of(code: str) -> DateWords:
    return DateWords(load_language(code))


def find_dates(tokens: list[Token], lang: LanguageData, pub: dt.date, text: str = "") -> list[DateMention]:
    """All date mentions in a token list, resolved against the publication date.

    A weekday or a month without a year points back from the publication date, forward
    where a future cue stands shortly before it ("will meet on Friday", "wenige Tage vor
    einem Gipfeltreffen am Freitag")."""
    keys = [t.key for t in tokens]
    candidates = date_words(lang).candidates(tokens, keys)  # where a date may begin
    if not candidates:
        return []
    future_cues: list[int] | None = None  # found on first use
    # calendar names also without accents ("lunedi", "fevrier"; such a word is a candidate)
    months, weekdays = lang.months, lang.weekdays
    for i in candidates:
        t = tokens[i]
        if t.norm != t.key and t.key not in months and t.key not in weekdays and (t.norm in months or t.norm in weekdays):
            keys[i] = t.norm

    def is_future(i: int) -> bool:
        nonlocal future_cues
        if future_cues is None:
            future_cues = [start for start, _ in lang.cue("future").find([t.key for t in tokens])]
        return any(0 < i - start <= FUTURE_WINDOW for start in future_cues)

    used: set[int] = set()
    found: list[DateMention] = []

    def take(mention: DateMention | None) -> None:
        if mention is None or any(i in used for i in range(mention.first, mention.last + 1)):
            return
        used.update(range(mention.first, mention.last + 1))
        found.append(mention)

    # Numeric dates (ISO, German dotted) from the raw text, mapped onto tokens.
    if text and any(tokens[i].key[:1].isdigit() for i in candidates):  # (both have digits)
        base = tokens[0].start
        for regex, order in ((_ISO, "ymd"), (_DOTTED, "dmy")):
            for m in regex.finditer(text):
                parts = dict(zip(order, (int(g) for g in m.groups())))
                day = _safe_date(parts["y"], parts["m"], parts["d"])
                idx = [i for i, t in enumerate(tokens) if t.start >= base + m.start() and t.end <= base + m.end()]
                if day and idx:
                    take(_make(idx[0], idx[-1], day, "day", "explicit"))

    end_of, start_of, mid = lang.date_cue("end_of"), lang.date_cue("start_of"), lang.date_cue("mid")
    last_cue, next_cue = lang.date_cue("last"), lang.date_cue("next")
    in_year = lang.date_cue("in_year")
    month_prepositions = set(lang.grammar.get("month_prepositions", []))
    n = len(keys)

    joiners = set(lang.grammar.get("date_joiners", []))

    def next_word(i: int) -> int:
        """The next token that is not a period, comma or joiner ("11 de agosto de 2022")."""
        j = i + 1
        while j < n and (tokens[j].text in {".", ","} or keys[j] in joiners):
            j += 1
        return j

    relative_days = [(cue, delta) for cue, delta in ((lang.date_cue(name), delta) for name, delta in RELATIVE_DAYS) if cue.may_match(keys)]
    units = [(name, cue) for name, cue in ((name, lang.date_cue(name)) for name in PERIOD_UNITS) if cue.may_match(keys)]
    ago, this_cue, duration = lang.date_cue("ago"), lang.date_cue("this"), lang.date_cue("duration")
    numbers = lang.number_words
    ago_follows = bool(lang.grammar.get("ago_follows", False))  # "three days ago" vs "vor drei Tagen"

    def word_before(i: int) -> int:
        """The word before token i, across apostrophes ("quest'anno")."""
        j = i - 1
        while j >= 0 and not tokens[j].is_word:
            j -= 1
        return j

    def count_at(j: int) -> int | None:
        if 0 <= j < n and keys[j].isdigit() and len(keys[j]) <= 3:
            return int(keys[j])
        return numbers.get(keys[j]) if 0 <= j < n else None

    def relative_period(i: int, unit: str) -> DateMention | None:
        """"three days ago", "vor drei Tagen", "il y a trois jours", "hace tres días",
        "tre giorni fa", "три дня назад"; "last week", "la semaine dernière", "в прошлом
        году"; "this month", "quest'anno". Days only with "ago": "the next day" counts
        from the story, not from publication."""
        prev = word_before(i)
        count = count_at(prev) if prev >= 0 else None
        span_start = prev if count is not None else i
        units_back = count if count is not None else 1  # "неделю назад", "a week ago"
        if ago_follows:
            after = [last for first, last in ago.find(keys[i + 1 : i + 4]) if first == 0]
            if after:
                return dated(span_start, i + after[0], unit, units_back)
        else:
            lo = max(0, span_start - 3)
            before = [lo + first for first, last in ago.find(keys[lo:span_start]) if lo + last == span_start]
            if before:
                return dated(before[0], i, unit, units_back)
        if count is not None or unit == "day":
            return None  # "three weeks", "the next day": no date counted from publication
        following = i + 1 if i + 1 < n and tokens[i + 1].is_word else -1
        for cue, offset in ((last_cue, 1), (next_cue, -1)):
            for j in (prev, following):
                if j >= 0 and cue.match_word(keys[j]):
                    return dated(min(i, j), max(i, j), unit, offset)
        if prev >= 0 and this_cue.match_word(keys[prev]):
            return dated(prev, i, unit, 0)
        return None

    def dated(first: int, last: int, unit: str, units_back: int) -> DateMention | None:
        if duration.find(keys[max(0, first - DURATION_WINDOW) : first]):
            return None  # "over the past week", "seit einem Jahr": a stretch of time, not a date
        period = period_date(unit, units_back, pub)
        return None if period is None else _make(first, last, period[0], period[1], "relative")
    daypart_suffixes = lang.daypart_suffixes
    for i in candidates:  # (no other word begins a date)
        if i in used:
            continue
        key = keys[i]
        digits = key[:1].isdigit()  # days and years start with a digit
        # day + month (+ year): "15. August 2023", "1er septembre", "15 August"
        day_match = _DAY.match(key) if digits else None
        if day_match:
            j = next_word(i)
            if j < n and keys[j] in months:
                month = months[keys[j]]
                k = next_word(j)
                year = int(keys[k]) if k < n and _YEAR.match(keys[k]) else None
                last = k if year else j
                year = year or _month_year(month, pub, is_future(i))
                day = _safe_date(year, month, int(day_match.group(1)))
                if day:
                    take(_make(i, last, day, "day", "explicit"))
            continue
        if key in months:
            month = months[key]
            j = next_word(i)
            # month + day (+ year): "August 15, 2023"
            if j < n and _DAY.match(keys[j]) and not _YEAR.match(keys[j]):
                k = next_word(j)
                year = int(keys[k]) if k < n and _YEAR.match(keys[k]) else None
                day = _safe_date(year or _month_year(month, pub, is_future(i)), month, int(_DAY.match(keys[j]).group(1)))
                if day:
                    take(_make(i, k if year else j, day, "day", "explicit"))
                    continue
            year = int(keys[j]) if j < n and _YEAR.match(keys[j]) else None
            prev = keys[i - 1] if i > 0 else ""
            prev2 = " ".join(keys[max(0, i - 2) : i])
            cued = prev in month_prepositions or any(c.match_word(prev) for c in (end_of, start_of, mid, in_year)) or bool(
                end_of.find(prev2.split()) or start_of.find(prev2.split())
            )
            if not year and not cued:
                continue
            first = i - 1 if cued and i > 0 else i
            take(_make(first, j if year else i, dt.date(year or _month_year(month, pub, is_future(i)), month, 1), "month", "explicit" if year else "relative"))
            continue
        weekday = weekdays.get(key)
        if weekday is None and daypart_suffixes and key.endswith(daypart_suffixes):
            for name, number in weekdays.items():
                if key.startswith(name) and key[len(name) :] in daypart_suffixes:
                    weekday = number
                    break
        if weekday is not None:
            # "Dienstag, der 15. August" / "Tuesday, August 15": the explicit date wins.
            window = keys[i + 1 : i + 7]
            if any(_DAY.match(w) for w in window) and any(w in months for w in window):
                continue
            prev = keys[i - 1] if i > 0 else ""
            following = keys[i + 1] if i + 1 < n else ""
            if last_cue.match_word(prev) or last_cue.match_word(following):
                direction = -1
            elif next_cue.match_word(prev) or next_cue.match_word(following):
                direction = 1
            else:
                direction = 1 if is_future(i) else -1
            take(_make(i, i, _weekday_date(weekday, pub, direction), "day", "relative"))
            continue
        unit = next((name for name, cue in units if cue.match_word(key)), None) if units else None
        if unit is not None:
            period = relative_period(i, unit)
            if period is not None:
                take(period)
                continue
        for cue, delta in relative_days:
            if cue.match_word(key):
                take(_make(i, i, pub + dt.timedelta(days=delta), "day", "relative"))
                break
        else:
            if digits and _YEAR.match(key):
                take(_make(i, i, dt.date(int(key), 1, 1), "year", "explicit"))
    return sorted(found, key=lambda d: d.first)

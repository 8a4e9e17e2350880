"""Per-language data, one folder per language over a shared loader (as spaCy's lang/).

Each folder holds: grammar.toml (word order, endings, auxiliaries), cues.toml (closed-class
cues and date words), countries.tsv, agents.tsv, triggers.tsv, labels.tsv, boilerplate.tsv.
Month and weekday names come from CLDR through babel.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from babel import Locale

from ..resources import DataFileError, package_path, read_toml, read_tsv, split_values
from ..textutil import fold, word_keys

MEMO_LIMIT = 200_000  # words remembered per cue set (bounded memory on endless input)
# CueSet._word() records of words that start no phrase: (is a word, matches), shared
_NO_PHRASES = {(w, m): (w, m, ()) for w in (False, True) for m in (False, True)}
SUPPORTED_LANGUAGES = ("de", "en", "fr", "es", "it", "ru")
FRAMES = {"act", "accuse", "blame", "deny", "meet", "visit", "host", "attend", "receive", "label", "say", "noun"}


class UnsupportedLanguage(ValueError):
    pass


@dataclass(slots=True)
class TriggerPattern:
    """One trigger: token patterns (with gaps) -> CAMEO code and frame."""

    parts: tuple[tuple[str, bool, int], ...]  # (folded token, is_prefix, gap_before: NO_GAP, GAP or WORDS_GAP)
    code: str
    frame: str
    source_line: str

    @property
    def text(self) -> str:
        out = []
        marks = {gap: mark for mark, gap in GAP_MARKS.items()}
        for token, prefix, gap in self.parts:
            if gap:
                out.append(marks[gap])
            out.append(token + ("*" if prefix else ""))
        return " ".join(out)


# Gaps between two tokens of a trigger pattern: `...` up to the gap's width of words,
# `...+` at least one of them ("want* ...+ to": "wants Russia to", not "wants to").
NO_GAP, GAP, WORDS_GAP = 0, 1, 2
GAP_MARKS = {"...": GAP, "...+": WORDS_GAP}
# A pattern token that matches the first word of the name of a person ("принял* @person":
# "принял Александра Лукашенко"; not "принял решение").
PERSON_SLOT = "@person"


CUE_GAP = 8  # words a `...` in a cue phrase may span ("soll Russland Raketen geliefert haben")


class CueSet:
    """Single words and multi-word phrases, exact or prefix (`word*`).

    A cue written without accents also matches the word with accents ("signe*" matches
    "signé"); a cue written with accents matches only accented forms ("wäre*" does not
    match "waren")."""

    def __init__(self, values: list[str], fold_accents: bool = True):
        self.fold_accents = fold_accents
        self.values = tuple(values)
        self._seen: dict[str, tuple[bool, bool, tuple]] = {}  # token key -> _word(): the same words come up again and again
        self._inert: set[str] = set()  # remembered keys that neither match nor start a phrase
        self.words: set[str] = set()
        self.prefixes: tuple[str, ...] = ()
        self.phrases: list[tuple[tuple[str, bool], ...]] = []
        # phrases indexed by their first word (exact), and those starting with a prefix
        self._by_first: dict[str, list[tuple[tuple[str, bool], ...]]] = {}
        self._prefix_first: list[tuple[tuple[str, bool], ...]] = []
        # each phrase's exact words after the first: a sentence lacking one cannot hold the phrase
        self._needs: dict[tuple[tuple[str, bool], ...], frozenset[str]] = {}
        # single-word cues written "*ará": word endings (Spanish future "visitará")
        self.suffixes: tuple[str, ...] = tuple(v.strip()[1:].casefold() for v in values if v.strip().startswith("*") and len(v.strip()) > 2)
        values = [v for v in values if not v.strip().startswith("*")]
        # phrases with a gap ("soll ... haben", "wie ... berichtet*"): (token, prefix, gap before)
        self.gapped: list[tuple[tuple[str, bool, bool], ...]] = [_gapped_tokens(v) for v in values if "..." in v.split()]
        # their exact last words: a clause without one cannot hold any (one set check)
        self._gapped_last = frozenset(phrase[-1][0] for phrase in self.gapped if not phrase[-1][1])
        self._gapped_any_prefix_last = any(phrase[-1][1] for phrase in self.gapped)
        values = [v for v in values if "..." not in v.split()]
        prefixes = []
        for value in values:
            keys = _pattern_tokens(value)
            if not keys:
                continue
            if len(keys) == 1:
                token, is_prefix = keys[0]
                if is_prefix:
                    prefixes.append(token)
                else:
                    self.words.add(token)
            else:
                phrase = tuple(keys)
                self.phrases.append(phrase)
                self._needs[phrase] = frozenset(token for token, is_prefix in phrase[1:] if not is_prefix)
                if phrase[0][1]:
                    self._prefix_first.append(phrase)
                else:
                    self._by_first.setdefault(phrase[0][0], []).append(phrase)
        self.prefixes = tuple(sorted(set(prefixes)))

    def _plain(self, key: str) -> str:
        return fold(key) if self.fold_accents else key

    def match_word(self, key: str) -> bool:
        info = self._seen.get(key)
        return (info or self._word(key))[1]

    def may_match(self, keys: list[str]) -> bool:
        """False if none of the token keys matches or starts a phrase (all remembered as
        such): a quick test before calling match_word() on each."""
        return not self._inert.issuperset(keys)

    def _matches(self, key: str) -> bool:
        plain = self._plain(key)
        return (
            key in self.words
            or plain in self.words
            or bool(self.suffixes and len(key) > 4 and (key.endswith(self.suffixes) or plain.endswith(self.suffixes)))
            or any(token_matches(key, plain, p, True) for p in self.prefixes)
        )

    def _word(self, key: str) -> tuple[bool, bool, tuple]:
        """What is known of a token key: is it a word, does it match as a single word, and
        which phrases start with it (in the order find() tries them, each with the words it
        needs). Remembered (one memo per cue set; the records without phrases are shared)."""
        is_word = key[:1].isalnum()
        matches = self._matches(key)
        info = _NO_PHRASES[is_word, matches]
        if is_word and self.phrases:
            plain = self._plain(key)
            found = list(self._by_first.get(key, ()))
            if plain != key:
                found += [p for p in self._by_first.get(plain, ()) if p[0][0].isascii()]
            found += [p for p in self._prefix_first if token_matches(key, plain, *p[0])]
            if found:
                info = (is_word, matches, tuple((phrase, self._needs[phrase]) for phrase in found))
        if len(self._seen) < MEMO_LIMIT:
            self._seen[key] = info
            if not info[1] and not info[2]:
                self._inert.add(key)
        return info

    def find(self, keys: list[str]) -> list[tuple[int, int]]:
        """(start, end) index ranges where a cue occurs in a list of token keys;
        punctuation between the words of a phrase is skipped ("so-called")."""
        if self.gapped and (self._gapped_any_prefix_last or not self._gapped_last.isdisjoint(keys)):
            gapped = self._find_gapped(keys)
            if gapped:
                return sorted(set(gapped) | set(self._find(keys)))
        return self._find(keys)

    def _find_gapped(self, keys: list[str]) -> list[tuple[int, int]]:
        """Where a phrase with gaps occurs: up to CUE_GAP words may stand at each `...`."""
        words = [i for i, key in enumerate(keys) if key[:1].isalnum()]
        hits = []
        for phrase in self.gapped:
            for w, i in enumerate(words):
                if not token_matches(keys[i], self._plain(keys[i]), phrase[0][0], phrase[0][1]):
                    continue
                pos, last = w, None
                for token, is_prefix, gap in phrase[1:]:
                    limit = pos + 1 + (CUE_GAP if gap else 0)
                    last = next((q for q in range(pos + 1, min(limit + 1, len(words))) if token_matches(keys[words[q]], self._plain(keys[words[q]]), token, is_prefix)), None)
                    if last is None:
                        break
                    pos = last
                if last is not None:
                    hits.append((i, words[last] + 1))
        return hits

    def _find(self, keys: list[str]) -> list[tuple[int, int]]:
        if not self.may_match(keys):  # most clauses: no cue word at all, one set check
            return []
        seen, word = self._seen, self._word
        if not self.phrases:
            return [(i, i + 1) for i, key in enumerate(keys) if (info := seen.get(key) or word(key))[0] and info[1]]
        hits = []
        words: list[int] = []
        starts: list[tuple[int, tuple]] = []  # (position among the words, phrases starting there)
        for i, key in enumerate(keys):
            is_word, matches, phrases = seen.get(key) or word(key)
            if not is_word:
                continue
            if matches:
                hits.append((i, i + 1))
            if phrases:
                starts.append((len(words), phrases))
            words.append(i)
        if not starts:
            return hits
        present: set[str] | None = None  # the forms a phrase word is compared with (token_matches)
        plain = self._plain
        for w, phrases in starts:
            for phrase, needs in phrases:
                n = len(phrase)
                if w + n > len(words):
                    continue
                if n > 2:  # a phrase lacking one of its words in the sentence: no comparing word by word
                    if present is None:
                        present = set(keys)
                        if self.fold_accents:
                            present.update(map(fold, keys))
                    if not needs <= present:
                        continue
                if all(token_matches(keys[words[w + j]], plain(keys[words[w + j]]), *phrase[j]) for j in range(1, n)):
                    hits.append((words[w], words[w + n - 1] + 1))
        return sorted(hits)

    def __bool__(self) -> bool:
        return bool(self.words or self.prefixes or self.phrases or self.gapped)


def token_matches(key: str, plain: str, token: str, is_prefix: bool) -> bool:
    """Does a text word (lower-cased `key`, accent-free `plain`) match a pattern token?"""
    target = plain if token.isascii() else key
    return target.startswith(token) if is_prefix else target == token


def _gapped_tokens(value: str) -> tuple[tuple[str, bool, bool], ...]:
    """A cue phrase with `...` gaps as (token, prefix, gap before it)."""
    out: list[tuple[str, bool, bool]] = []
    gap = False
    for raw in value.strip().split():
        if raw == "...":
            gap = True
            continue
        keys = _pattern_tokens(raw)
        out += [(key, is_prefix, gap and j == 0) for j, (key, is_prefix) in enumerate(keys)]
        gap = False
    return tuple(out)


def _pattern_tokens(value: str) -> list[tuple[str, bool]]:
    out = []
    for raw in value.strip().split():
        is_prefix = raw.endswith("*")
        raw = raw.rstrip("*")
        for i, key in enumerate(word_keys(raw)):
            out.append((key, False))
        if out and is_prefix:
            out[-1] = (out[-1][0], True)
    return out


@dataclass
class LanguageData:
    code: str
    grammar: dict
    cues: dict[str, CueSet]
    date_words: dict[str, CueSet]
    daypart_suffixes: tuple[str, ...]
    countries: list[dict[str, str]]
    agents: list[dict[str, str]]
    triggers: list[TriggerPattern]
    labels: list[tuple[str, bool, str]]  # (folded word, prefix, polarity)
    boilerplate: list[tuple[re.Pattern, str]]
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    number_words: dict[str, int] = field(default_factory=dict)  # "three" -> 3, "einer" -> 1 (cues.toml [dates.numbers])
    epithets: dict[str, CueSet] = field(default_factory=dict)  # kind of state -> phrases ("der Inselstaat")
    any_epithet: CueSet = field(default_factory=lambda: CueSet([]))  # the phrases of all kinds: one look-up finds whether a sentence has any
    no_cues: CueSet = field(default_factory=lambda: CueSet([]), init=False, repr=False, compare=False)  # for names without cues
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)  # grammar_words() made so far
    _unions: dict[tuple[str, ...], CueSet] = field(default_factory=dict, init=False, repr=False, compare=False)  # any_cue() so far
    _first_cues: dict[tuple[str, ...], dict[str, int]] = field(default_factory=dict, init=False, repr=False, compare=False)  # first_cue() so far

    @property
    def fold_accents(self) -> bool:
        """Whether patterns written without accents match accented words (French: "signe*"
        matches "signé"); not in German, where "forder*" must not match "Förderung"."""
        return bool(self.grammar.get("fold_accents_in_patterns", True))

    def grammar_words(self, name: str) -> frozenset[str]:
        """A word list of grammar.toml ("determiners", "other_prepositions") as a set, made once."""
        words = self._word_sets.get(name)
        if words is None:
            words = self._word_sets[name] = frozenset(self.grammar.get(name, []))
        return words

    def cue(self, name: str) -> CueSet:
        return self.cues.get(name, self.no_cues)

    def any_cue(self, names: tuple[str, ...]) -> CueSet:
        """One cue set of all the cues of these sets (made once): where it finds nothing,
        none of them does."""
        union = self._unions.get(names)
        if union is None:
            sets = [self.cue(name) for name in names]  # (all with the language's folding)
            union = self._unions[names] = CueSet([v for cues in sets for v in cues.values], self.fold_accents)
        return union

    def first_cue(self, names: tuple[str, ...], key: str) -> int:
        """The position in `names` of the first cue set that the word (a token key) matches
        as a single word, or -1; remembered per word (bounded)."""
        known = self._first_cues.get(names)
        if known is None:
            known = self._first_cues[names] = {}
        found = known.get(key)
        if found is None:
            found = next((n for n, name in enumerate(names) if self.cue(name).match_word(key)), -1)
            if len(known) < MEMO_LIMIT:
                known[key] = found
        return found

    def date_cue(self, name: str) -> CueSet:
        return self.date_words.get(name, self.no_cues)

    def label_polarity(self, key: str) -> str | None:
        plain = fold(key) if self.fold_accents else key
        for word, prefix, polarity in self.labels:
            if token_matches(key, plain, word, prefix):
                return polarity
        return None


def _calendar_names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    locale = Locale(lang)
    months: dict[str, int] = {}
    # wide names only: abbreviations are words of their own too ("mar" is the sea in Spanish)
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["wide"].items():
            months.setdefault(name.casefold(), number)
    weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            weekdays[name.casefold()] = number  # 0 = Monday in babel
    # texts often drop accents ("lunedi", "fevrier"): accent-free forms too
    for table in (months, weekdays):
        for name, number in list(table.items()):
            table.setdefault(fold(name), number)
    return months, weekdays


def _parse_triggers(lang: str, rows: list[dict[str, str]]) -> list[TriggerPattern]:
    triggers = []
    for row in rows:
        pattern, code, frame = row.get("pattern", ""), row.get("code", ""), (row.get("frame") or "act")
        if not pattern or not code:
            continue
        if not re.fullmatch(r"\d{2,4}", code):
            raise DataFileError(f"lang/{lang}/triggers.tsv:{row['_line']}: bad code {code!r}")
        if frame not in FRAMES:
            raise DataFileError(f"lang/{lang}/triggers.tsv:{row['_line']}: unknown frame {frame!r}")
        parts: list[tuple[str, bool, int]] = []
        gap = NO_GAP
        for raw in pattern.split():
            if raw in GAP_MARKS:
                gap = GAP_MARKS[raw]
                continue
            if raw == PERSON_SLOT:
                if not parts:
                    raise DataFileError(f"lang/{lang}/triggers.tsv:{row['_line']}: a pattern cannot begin with {PERSON_SLOT}")
                parts.append((PERSON_SLOT, False, gap))
                gap = NO_GAP
                continue
            is_prefix = raw.endswith("*")
            keys = word_keys(raw.rstrip("*"))
            for j, key in enumerate(keys):
                last = j == len(keys) - 1
                parts.append((key, is_prefix and last, gap if j == 0 else NO_GAP))
            gap = NO_GAP
        if parts:
            triggers.append(TriggerPattern(tuple(parts), code, frame, f"{lang}:{row['_line']}"))
    return triggers


@functools.cache
def load_language(lang: str) -> LanguageData:
    """The data of one language, loaded once per process and validated."""
    if lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(lang)
    folder = package_path("lang", lang)
    grammar = read_toml(folder / "grammar.toml")
    cue_table = read_toml(folder / "cues.toml")
    date_table = cue_table.pop("dates", {})
    epithet_table = cue_table.pop("epithets", {})
    for name in ("subordinators", "future"):
        cue_table[name] = list(cue_table.get(name, [])) + list(cue_table.pop(f"extra_{name}", []))
    fold_accents = bool(grammar.get("fold_accents_in_patterns", True))
    cues = {name: CueSet(values, fold_accents) for name, values in cue_table.items() if isinstance(values, list)}
    daypart = tuple(s.casefold() for s in date_table.pop("daypart_suffixes", []))
    month_forms = date_table.pop("month_forms", {})
    weekday_forms = date_table.pop("weekday_forms", {})
    number_words = {word.casefold(): int(value) for word, value in date_table.pop("numbers", {}).items()}
    date_words = {name: CueSet(values, fold_accents) for name, values in date_table.items() if isinstance(values, list)}
    labels = []
    for row in read_tsv(folder / "labels.tsv", ("word", "polarity")):
        word = row["word"]
        prefix = word.endswith("*")
        keys = word_keys(word.rstrip("*"))
        if keys and row["polarity"] in ("+", "-"):
            labels.append((keys[-1], prefix, row["polarity"]))
    boilerplate = []
    for row in read_tsv(folder / "boilerplate.tsv", ("pattern", "reason")):
        try:
            boilerplate.append((re.compile(row["pattern"], re.IGNORECASE), row["reason"] or "boilerplate"))
        except re.error as exc:
            raise DataFileError(f"lang/{lang}/boilerplate.tsv:{row['_line']}: {exc}") from exc
    months, weekdays = _calendar_names(lang)
    # case forms CLDR does not give ("в январе", "в среду"), from the language's date table
    for name, number in month_forms.items():
        months[name.casefold()] = int(number)
    for name, number in weekday_forms.items():
        weekdays[name.casefold()] = int(number)
    return LanguageData(
        code=lang,
        grammar=grammar,
        cues=cues,
        date_words=date_words,
        daypart_suffixes=daypart,
        countries=read_tsv(folder / "countries.tsv", ("country", "names")),
        agents=read_tsv(folder / "agents.tsv", ("word", "role")),
        triggers=_parse_triggers(lang, read_tsv(folder / "triggers.tsv", ("pattern", "code"))),
        labels=labels,
        boilerplate=boilerplate,
        months=months,
        weekdays=weekdays,
        number_words=number_words,
        epithets={kind: CueSet(values, fold_accents) for kind, values in epithet_table.items()},
        any_epithet=CueSet([value for values in epithet_table.values() for value in values], fold_accents),
    )


__all__ = ["SUPPORTED_LANGUAGES", "LanguageData", "CueSet", "TriggerPattern", "load_language", "split_values", "UnsupportedLanguage"]

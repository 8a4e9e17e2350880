"""Finding trigger patterns (with gaps and prefixes) in a clause."""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ..lang import (
    MEMO_LIMIT,
    PERSON_SLOT,
    WORDS_GAP,
    TriggerPattern,
    load_language,
    token_matches,
)
from ..textutil import Token

MAX_GAP = 8  # words a `...` in a pattern may span, unless the language sets `pattern_gap`


@dataclass(slots=True, frozen=True)
class TriggerMatch:
    pattern: TriggerPattern
    tokens: tuple[int, ...]  # token indices matched

    @property
    def first(self) -> int:
        return self.tokens[0]

    @property
    def last(self) -> int:
        return self.tokens[-1]


class TriggerIndex:
    """Trigger patterns of a language indexed by their first token."""

    def __init__(self, patterns: list[TriggerPattern], fold_accents: bool = True, endings: tuple[str, ...] = (), max_gap: int = MAX_GAP):
        self.fold_accents = fold_accents
        self.endings = endings
        self.max_gap = max_gap
        self._by_key: dict[str, tuple[TriggerPattern, ...]] = {}  # candidates() by word (bounded)
        self._inflected: dict[str, frozenset[str]] = {}  # pattern token -> token + each plural ending
        self.exact: dict[str, list[TriggerPattern]] = defaultdict(list)
        self.prefix: dict[str, list[TriggerPattern]] = defaultdict(list)
        # by id(pattern): for each exact token after the first, the forms that match it; a
        # clause with none of one set's forms cannot hold the pattern
        self._needs: dict[int, tuple[frozenset[str], ...]] = {}
        for p in patterns:
            self._needs[id(p)] = tuple(
                frozenset({token} | (self.inflected(token) if len(token) >= 4 else set())) for token, is_prefix, _ in p.parts[1:] if not is_prefix and token != PERSON_SLOT
            )
            token, is_prefix, _ = p.parts[0]
            if is_prefix:
                self.prefix[token[:3]].append(p)
            else:
                self.exact[token].append(p)

    def candidates(self, token: Token) -> tuple[TriggerPattern, ...]:
        """Patterns whose first token the word matches (remembered per word: the norm of a
        token is a function of its key)."""
        known = self._by_key.get(token.key)
        if known is None:
            known = tuple(self._candidates(token))
            if len(self._by_key) < MEMO_LIMIT:
                self._by_key[token.key] = known
        return known

    def inflected(self, token: str) -> frozenset[str]:
        """A pattern token with each plural ending of the language."""
        forms = self._inflected.get(token)
        if forms is None:
            forms = self._inflected[token] = frozenset(token + e for e in self.endings)
        return forms

    def _candidates(self, token: Token) -> list[TriggerPattern]:
        key, plain = token.key, (token.norm if self.fold_accents else token.key)
        found = list(self.exact.get(key, ()))
        if plain != key:
            found += [p for p in self.exact.get(plain, ()) if p.parts[0][0].isascii()]
        seen = set()
        for bucket in {key[:3], plain[:3]}:
            for p in self.prefix.get(bucket, ()):
                if id(p) not in seen and token_matches(key, plain, p.parts[0][0], True):
                    seen.add(id(p))
                    found.append(p)
        return found

    def find(self, tokens: list[Token], start: int, end: int, person_starts: frozenset[int] = frozenset()) -> list[TriggerMatch]:
        """Non-overlapping trigger matches in tokens[start:end], longest patterns first
        (`person_starts`: the tokens where the name of a person begins, for `@person`)."""
        words = [i for i in range(start, end) if tokens[i].text[0].isalnum()]  # the word tokens
        present: set[str] | None = None  # what _match_rest compares (made at the first candidate)
        matches: list[TriggerMatch] = []
        known = self._by_key
        for n, i in enumerate(words):
            patterns = known.get(tokens[i].key)
            if patterns is None:
                patterns = self.candidates(tokens[i])
            if not patterns:
                continue
            if present is None:
                present = {form for j in words for form in (tokens[j].key, tokens[j].norm)}
            for pattern in patterns:
                if any(map(present.isdisjoint, self._needs[id(pattern)])):
                    continue
                matched = _match_rest(pattern, tokens, words, n, self.fold_accents, self.inflected, self.max_gap, person_starts)
                if matched:
                    matches.append(TriggerMatch(pattern, matched))
        if not matches:
            return []
        position = {tok: n for n, tok in enumerate(words)}
        matches.sort(key=lambda m: (-len(m.pattern.parts), -(position[m.last] - position[m.first]), m.first))
        chosen: list[TriggerMatch] = []
        taken: set[int] = set()
        for m in matches:
            if taken.isdisjoint(m.tokens):
                chosen.append(m)
                taken.update(m.tokens)
        return sorted(chosen, key=lambda m: m.first)

    def with_antecedent(self, tokens: list[Token], match: TriggerMatch, antecedent: int) -> TriggerMatch:
        """"the truce, which the army violated": a verb alone in a relative clause takes its
        object from the noun the clause refers to; a pattern "violated ... truce" wins over
        the bare verb (the match keeps its own tokens)."""
        if len(match.tokens) != 1 or len(match.pattern.parts) != 1:
            return match
        pair = [tokens[match.first], tokens[antecedent]]
        better = [m for m in self.find(pair, 0, 2) if m.tokens == (0, 1)]
        return TriggerMatch(better[0].pattern, match.tokens) if better else match


def relative_antecedent_word(tokens: list[Token], before: int, relatives) -> int | None:
    """The word a relative clause refers to: the word before ", which" / ", которое", for the
    such pronoun (a `CueSet`) at most four tokens before token `before`."""
    for i in range(before - 1, max(1, before - 5), -1):
        if relatives.match_word(tokens[i].key):
            return i - 2 if tokens[i - 1].text == "," and tokens[i - 2].is_word else None
    return None


def _match_rest(pattern: TriggerPattern, tokens: list[Token], words: list[int], n: int, fold_accents: bool, inflected: Callable[[str], frozenset[str]], max_gap: int = MAX_GAP, person_starts: frozenset[int] = frozenset()) -> tuple[int, ...] | None:
    """The token indices matching the pattern from its first word at words[n] on, or None;
    `inflected(token)`: the pattern token's plural forms, that match too."""
    matched = [words[n]]
    pos = n
    for token, is_prefix, gap in pattern.parts[1:]:
        limit = pos + 1 + (max_gap if gap else 0)
        if gap == WORDS_GAP and pos + 1 < len(words) and _word_matches(tokens[words[pos + 1]], token, is_prefix, fold_accents, inflected):
            return None  # "want to express ... to": the token right after makes another construction
        for q in range(pos + 1, min(limit + 1, len(words))):
            if q - pos > MAX_GAP and any(tokens[i].text == "," for i in range(words[pos] + 1, words[q])):
                return None  # a longer gap (a German middle field) stays inside its clause
            word = tokens[words[q]]
            if token == PERSON_SLOT:
                if words[q] in person_starts:
                    matched.append(words[q])
                    pos = q
                    break
                continue
            if _word_matches(word, token, is_prefix, fold_accents, inflected):
                matched.append(words[q])
                pos = q
                break
        else:
            return None
    return tuple(matched)


def _word_matches(word: Token, token: str, is_prefix: bool, fold_accents: bool, inflected: Callable[[str], frozenset[str]]) -> bool:
    plain = word.norm if fold_accents else word.key
    return token_matches(word.key, plain, token, is_prefix) or (
        not is_prefix and len(token) >= 4 and (plain in inflected(token) or word.key in inflected(token))
    )


@functools.cache
def trigger_index(lang: str) -> TriggerIndex:
    data = load_language(lang)
    return TriggerIndex(data.triggers, data.fold_accents, tuple(data.grammar.get("plural_endings", [])), int(data.grammar.get("pattern_gap", MAX_GAP)))

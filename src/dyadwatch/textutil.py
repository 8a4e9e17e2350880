"""Tokens with offsets and the folding used for dictionary look-ups."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Abbreviations with periods (U.S., U.K., D.P.R.K., EE.UU.) are one token; otherwise letter/digit
# runs and single punctuation marks.
_WORD = re.compile(r"(?:[^\W\d_]{1,2}\.){2,}|[^\W_]+|[^\w\s]", re.UNICODE)


# Not frozen: a frozen dataclass is several times slower to create, and tokens are made by
# the hundred thousand; nothing changes a token after tokenize() made it.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int
    end: int
    key: str  # lower-cased (casefold): how triggers and cues are compared
    norm: str  # lower-cased without accents: how names are compared

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, ß -> ss, accents removed: the form names are compared in
    (texts often drop accents on names: Pjongjang, Etats-Unis). Memoised: the same words
    are folded again and again (bounded cache, so memory stays flat on any corpus)."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 16)
def _keys(word: str) -> tuple[str, str]:
    """A token's key and norm (memoised like fold())."""
    lowered = word.casefold()
    return lowered, fold(lowered)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (letter/digit runs; hyphens and apostrophes split) and punctuation marks."""
    out = []
    append = out.append
    find = text.find
    end = 0
    # Only white space and "_" lie between two tokens, and no token starts with either: each
    # token starts where it is first found after the one before (findall makes no match objects).
    for word in _WORD.findall(text):
        key, norm = _keys(word)
        start = find(word, end)
        end = start + len(word)
        append(Token(word, start + offset, end + offset, key, norm))
    return out


def word_keys(phrase: str, strip_accents: bool = False) -> tuple[str, ...]:
    """The lower-cased word tokens of a dictionary phrase (accents removed for names)."""
    return tuple((t.norm if strip_accents else t.key) for t in tokenize(phrase) if t.is_word)

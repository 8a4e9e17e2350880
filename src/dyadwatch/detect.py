"""Language identification (restricted to supported languages) and sentence splitting."""
from __future__ import annotations

import functools
import re

from .lang import SUPPORTED_LANGUAGES
from .model import Block, Sentence

# A segment ending in a one- or two-digit number with a period is an ordinal or a date
# ("am 1. September", "der 2. Weltkrieg", "Dienstag, der 15. August"), not a sentence end.
_ORDINAL_END = re.compile(r"(?:^|[\s(])\d{1,2}\.\s*$")
# Longer "sentences" are cut: real sentences in news stay far below this length.
MAX_SENTENCE_CHARS = 1500
# sentencex takes time quadratic in the length of some paragraphs (quotes, brackets): a block
# longer than this is cut (at a sentence end, else a space) before it is segmented.
MAX_SEGMENT_CHARS = 20_000
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Z]|Nr|Dr|Prof|St|Mr|Mrs|Ms|M|Mme|bzw|z\.B|u\.a|ca|vgl|etc)\.\s*$")


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """The language of a text among all languages py3langid knows, with its probability."""
    lang, prob = _identifier().classify(text[:5000])
    return lang, float(prob)


def supported(lang: str) -> bool:
    return lang in SUPPORTED_LANGUAGES


def split_sentences(text: str, blocks: list[Block], lang: str) -> list[Sentence]:
    """Sentences of the non-boilerplate blocks, with document offsets."""
    import sentencex

    sentences: list[Sentence] = []
    paragraph = 0
    for block in blocks:
        if block.kind == "boilerplate":
            continue
        paragraph += 1
        chunk = text[block.start : block.end]
        if block.kind in ("title", "heading"):
            pieces = [chunk]
        else:
            pieces = [
                part for window in _windows(chunk)
                for piece in _merge_false_breaks(list(sentencex.segment(lang, window))) for part in _cap_length(piece)
            ]
        cursor = 0
        for piece in pieces:
            piece_stripped = piece.strip()
            if not piece_stripped:
                continue
            found = chunk.find(piece_stripped, cursor)
            if found < 0:
                continue
            start = block.start + found
            end = start + len(piece_stripped)
            cursor = found + len(piece_stripped)
            sentences.append(Sentence(len(sentences), start, end, piece_stripped, block.kind, paragraph))
    return sentences


def _windows(chunk: str) -> list[str]:
    """The chunk in pieces of at most MAX_SEGMENT_CHARS characters, cut after a sentence end
    or a line break where there is one in the second half of a piece, else at a space."""
    if len(chunk) <= MAX_SEGMENT_CHARS:
        return [chunk]
    parts = []
    while len(chunk) > MAX_SEGMENT_CHARS:
        window = chunk[:MAX_SEGMENT_CHARS]
        half = MAX_SEGMENT_CHARS // 2
        cut = max(window.rfind(". ", half), window.rfind("\n", half), window.rfind("! ", half), window.rfind("? ", half))
        if cut < 0:
            cut = window.rfind(" ", half)
        cut = cut + 1 if cut > 0 else MAX_SEGMENT_CHARS
        parts.append(chunk[:cut])
        chunk = chunk[cut:]
    parts.append(chunk)
    return parts


def _cap_length(piece: str) -> list[str]:
    """Pieces of at most MAX_SENTENCE_CHARS characters, cut at spaces: text without sentence
    punctuation (a scraped table, a run-on line) must not become one endless sentence."""
    if len(piece) <= MAX_SENTENCE_CHARS:
        return [piece]
    parts = []
    while len(piece) > MAX_SENTENCE_CHARS:
        cut = piece.rfind(" ", MAX_SENTENCE_CHARS // 2, MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        parts.append(piece[:cut])
        piece = piece[cut:]
    parts.append(piece)
    return parts


def _merge_false_breaks(pieces: list[str]) -> list[str]:
    merged: list[str] = []
    for piece in pieces:
        if merged and (_ORDINAL_END.search(merged[-1]) or _ABBREVIATION_END.search(merged[-1])) and piece.strip()[:1].isalnum():
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged

"""Language identification (restricted to supported languages) and sentence splitting."""
from __future__ import annotations

import functools
import re
import unicodedata

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


class _FastLangid:
    """py3langid's classification with its byte n-gram count done by numpy instead of a
    Python loop over the bytes; the same features, counts, order and arithmetic, so the same
    language and probability.

    py3langid walks an Aho-Corasick automaton over the bytes of the text, one step per byte,
    and counts the feature of each state it passes. The state after a byte depends only on
    the last `depth` bytes (the longest n-gram of the model), so the states of all positions
    are found at once by walking, for every position, the `depth` bytes ending there."""

    def __init__(self, identifier):
        import numpy as np

        ident = identifier
        self.ident = ident
        self.nextmove = np.frombuffer(ident.tk_nextmove, dtype=np.dtype(ident.tk_nextmove.typecode))  # shared, not copied
        rows = np.asarray(ident.tk_row, dtype=np.intp)
        self.rowbase = rows << 8
        self.output = np.asarray(ident.tk_output, dtype=np.intp)
        # depth of the automaton: the number of breadth-first steps from the start state
        # until no new state is reached (the length of the longest n-gram)
        table = self.nextmove.reshape(-1, 256)
        seen = np.zeros(len(rows), dtype=bool)
        seen[0] = True
        frontier, self.depth = np.array([0], dtype=np.intp), 0
        while True:
            reached = np.zeros(len(rows), dtype=bool)
            unique_rows = np.unique(rows[frontier])  # states share rows: each row once
            for i in range(0, len(unique_rows), 4096):
                reached[table[unique_rows[i : i + 4096]]] = True
            frontier = np.flatnonzero(reached & ~seen)
            if not len(frontier):
                break
            seen[frontier] = True
            self.depth += 1

    def visits(self, data: bytes):
        """(feature indices, counts) of the n-grams of the bytes, in the order in which each
        feature first occurs (py3langid's Counter order)."""
        import numpy as np

        codes = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
        n = len(codes)
        states = np.zeros(n, dtype=np.intp)
        for back in range(min(self.depth, n) - 1, -1, -1):  # position p reads byte p - back
            states[back:] = self.nextmove[self.rowbase[states[back:]] + codes[: n - back]]
        features = self.output[states]
        features = features[features >= 0]
        found, first, counts = np.unique(features, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return found[order], counts[order]

    def classify(self, text: str) -> tuple[str, float]:
        """What py3langid's LanguageIdentifier.classify (norm_probs=True) gives for `text`."""
        import math

        import numpy as np

        ident = self.ident
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        found, counts = self.visits(data)
        if len(found):
            scores = np.log1p(counts.astype(np.float32)) @ ident.nb_ptc[found] + ident.nb_pc
        else:
            scores = np.full(len(ident.nb_classes), 0.0, dtype=np.float32)
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for i, j in ident._alias_pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        best = int(scores.argmax())
        return ident.nb_classes[best], float(scores[best])


_SELF_CHECK = ("", "Im Februar beschuldigten die USA Nordkorea.", "LA FRANCE A RAPPELÉ SON AMBASSADEUR.", "Москва и Пекин", "x" * 50, "\ud800 ok")


@functools.cache
def _classifier():
    """The classify function: _FastLangid where py3langid's model is laid out as it expects
    and gives the same answers on a few texts, else py3langid's own."""
    ident = _identifier()
    try:
        fast = _FastLangid(ident)
        if ident.min_confidence is None and all(fast.classify(t) == ident.classify(t) for t in _SELF_CHECK):
            return fast.classify
    except (AttributeError, TypeError, ValueError, IndexError):
        pass
    return ident.classify


def identify_language(text: str) -> tuple[str, float]:
    """The language of a text among all languages py3langid knows, with its probability."""
    lang, prob = _classifier()(text[:5000])
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


def _false_break(segment: str) -> bool:
    """Whether a segment ends in an ordinal, a date or an abbreviation rather than a sentence.
    Both patterns end in a period and trailing space, and their longest match is 4 and 6
    characters before it: they are searched in the tail only."""
    end = len(segment.rstrip())
    if segment[end - 1 : end] != ".":
        return False
    return bool(_ORDINAL_END.search(segment, max(0, end - 4)) or _ABBREVIATION_END.search(segment, max(0, end - 6)))


def _merge_false_breaks(pieces: list[str]) -> list[str]:
    merged: list[str] = []
    for piece in pieces:
        if merged and _false_break(merged[-1]) and piece.strip()[:1].isalnum():
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged

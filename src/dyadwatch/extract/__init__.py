"""Main text and structure: HTML through trafilatura; plain text split into title,
headings, paragraphs and boilerplate (teasers, comment forms, bylines, captions, ...),
keeping what was removed and why."""
from __future__ import annotations

import functools
import re

from ..lang import SUPPORTED_LANGUAGES, load_language
from ..model import Block, Document

MAX_HEADING_WORDS = 16
MIN_MAIN_TEXT_WORDS = 5  # fewer words than this is navigation debris, not an article
_SENTENCE_END = re.compile(r"[.!?:;…\"“”»«)\]]$")


class ExtractionError(ValueError):
    """No main text could be extracted."""


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text of an HTML page and its metadata (title, date, url) via trafilatura."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    except Exception:  # a parser bug on broken markup (htmldate's date search asserts on some trees)
        try:  # the main text without the metadata
            result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=False)
        except Exception as exc:
            raise ExtractionError(f"the HTML parser failed: {type(exc).__name__}: {exc}") from exc
    if result is None:
        raise ExtractionError("no main text found in HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if len(text.split()) < MIN_MAIN_TEXT_WORDS:
        raise ExtractionError("no main text found in HTML")
    title = data.get("title") or ""
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, {"title": title or None, "date": data.get("date"), "url": data.get("url")}


@functools.cache
def _boilerplate_patterns() -> tuple:
    """Boilerplate cues of all supported languages: debris is often in another language
    than the article (an English comment form under a German article)."""
    patterns = []
    for lang in SUPPORTED_LANGUAGES:
        patterns.extend(load_language(lang).boilerplate)
    return tuple(patterns)


def _first_chars(items) -> tuple[set[int], bool] | None:
    """The characters a parsed regex sequence can start with, and whether it can match the
    empty string; None when that is not known (any character, a class by category, ...)."""
    from re import _constants as sre

    first: set[int] = set()
    for op, av in items:
        if op is sre.AT:  # zero-width (^, \b): the next item decides
            continue
        if op is sre.LITERAL:
            return first | {av}, False
        if op is sre.IN:
            chars = set()
            for kind, value in av:
                if kind is sre.LITERAL:
                    chars.add(value)
                elif kind is sre.RANGE and value[1] - value[0] < 512:
                    chars.update(range(value[0], value[1] + 1))
                else:
                    return None
            return first | chars, False
        if op is sre.SUBPATTERN:
            inner = _first_chars(av[-1])
        elif op is sre.BRANCH:
            alternatives = [_first_chars(alt) for alt in av[1]]
            if any(a is None for a in alternatives):
                return None
            inner = set().union(*(a[0] for a in alternatives)), any(a[1] for a in alternatives)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = _first_chars(av[2])
            inner = inner and (inner[0], inner[1] or av[0] == 0)
        else:
            return None
        if inner is None:
            return None
        first |= inner[0]
        if not inner[1]:
            return first, False
    return first, True


@functools.cache
def _any_boilerplate():
    """One regex that matches every line some boilerplate pattern matches (most lines: none
    does, and one call says so); boilerplate_reason then finds which. Patterns whose first
    character is known are grouped behind a look-ahead for it, so that a line is tried
    against few of them. None where the patterns cannot be combined (back-references,
    differing flags); then each is tried in turn."""
    from re import _parser

    patterns = _boilerplate_patterns()
    if not patterns or len({p.flags for p, _ in patterns}) != 1:
        return None
    if any(re.search(r"\\[1-9]|\(\?P=|^\(\?[aiLmsux]+\)", p.pattern) for p, _ in patterns):
        return None
    groups: dict[frozenset, list[str]] = {}
    for pattern, _ in patterns:
        try:
            first = _first_chars(_parser.parse(pattern.pattern, pattern.flags))
        except (re.error, TypeError, ValueError, IndexError):
            first = None
        key = frozenset(first[0]) if first and not first[1] else frozenset()
        groups.setdefault(key, []).append(f"(?:{pattern.pattern})")
    # the look-ahead, under the same flags, accepts what the first item of each member accepts
    branches = [
        f"(?=[{''.join(re.escape(chr(c)) for c in sorted(key))}])(?:{'|'.join(members)})" if key else "|".join(members)
        for key, members in groups.items()
    ]
    try:
        return re.compile("|".join(branches), patterns[0][0].flags)
    except re.error:
        return None


def boilerplate_reason(line: str) -> str | None:
    """Why a line is boilerplate, or None."""
    stripped = line.strip().strip("\u00a0\u200b")
    if not stripped:
        return None
    combined = _any_boilerplate()
    if combined is not None and not combined.match(stripped):
        return None
    for pattern, reason in _boilerplate_patterns():
        if pattern.match(stripped):
            return reason
    return None


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_HEADING_WORDS and not _SENTENCE_END.search(line.strip()) and line.strip()[0].isupper()


def segment(doc: Document) -> list[Block]:
    """Classify each line of the text: title, heading, paragraph or boilerplate."""
    blocks: list[Block] = []
    text = doc.text
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        lines.append((pos, pos + len(content), content))
        pos += len(raw)
    seen_title = False
    for n, (start, end, content) in enumerate(lines):
        stripped = content.strip().strip("\u00a0\u200b")
        if not stripped:
            continue
        lead = len(content) - len(content.lstrip())
        start, end = start + lead, start + lead + len(content.strip())
        reason = boilerplate_reason(content)
        if reason:
            blocks.append(Block(start, end, "boilerplate", reason))
            continue
        previous_blank = n == 0 or not lines[n - 1][2].strip()
        next_blank = n + 1 >= len(lines) or not lines[n + 1][2].strip()
        if _looks_like_heading(stripped) and previous_blank and next_blank and n + 1 < len(lines):
            kind = "heading" if seen_title else "title"
            if doc.title and stripped == doc.title.strip():
                kind = "title"
            blocks.append(Block(start, end, kind))
            seen_title = True
            continue
        seen_title = True
        blocks.append(Block(start, end, "paragraph"))
    return blocks

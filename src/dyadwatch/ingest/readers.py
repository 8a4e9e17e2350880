"""Reading inputs (.txt, .html, .jsonl, .warc(.gz), folders, '-') into raw records or counted skips."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Skip

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.wet", ".warc.wet.gz", ".wet", ".wet.gz")  # read with fastwarc (ingest/warc.py)


@dataclass(slots=True)
class RawDocument:
    id: str
    origin: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    pub_date: str | None = None
    lang: str | None = None


def decode(data: bytes) -> str:
    """Text of a byte string: UTF-8 (with or without BOM), else the detected encoding.

    Raises ValueError for binary data or undecodable bytes."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary content (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("undecodable bytes (not UTF-8, no other encoding detected)")
    text = str(best)
    control = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * max(1, len(text[:4096])):
        raise ValueError("binary content (control characters)")
    return text


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise ValueError(f"too large ({size} bytes > {MAX_DOCUMENT_BYTES})")
    return path.read_bytes()


def _from_text_file(path: Path, html: bool) -> Iterator[RawDocument | Skip]:
    try:
        text = decode(_read_bytes(path))
    except (OSError, ValueError) as exc:
        yield Skip(path.stem, str(path), _reason(exc), str(exc))
        return
    if html:
        yield RawDocument(path.stem, str(path), html=text)
    else:
        yield RawDocument(path.stem, str(path), text=text)


def _reason(exc: Exception) -> str:
    message = str(exc)
    for key in ("binary", "too large", "undecodable", "empty"):
        if key in message:
            return key.replace(" ", "_")
    return "unreadable"


def parse_jsonl_line(line: str, origin: str, number: int) -> RawDocument | Skip | None:
    """One JSONL record as a raw document, or a skip saying what is wrong with it."""
    if not line.strip():
        return None
    fallback_id = f"{Path(origin).stem}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skip(fallback_id, f"{origin}:{number}", "malformed_json", str(exc))
    if not isinstance(record, dict):
        return Skip(fallback_id, f"{origin}:{number}", "malformed_json", "a record must be a JSON object")
    doc_id = record.get("id", fallback_id)
    if not isinstance(doc_id, (str, int)):
        return Skip(fallback_id, f"{origin}:{number}", "wrong_type", "id must be a string")
    fields = {}
    for name in ("text", "html", "url", "title", "pub_date", "lang"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return Skip(str(doc_id), f"{origin}:{number}", "wrong_type", f"{name} must be a string")
        fields[name] = value
    if not (fields["text"] or fields["html"]):
        return Skip(str(doc_id), f"{origin}:{number}", "empty", "no text or html")
    if len((fields["text"] or "") + (fields["html"] or "")) > MAX_DOCUMENT_BYTES:
        return Skip(str(doc_id), f"{origin}:{number}", "too_large", f"more than {MAX_DOCUMENT_BYTES} characters")
    return RawDocument(str(doc_id), f"{origin}:{number}", **fields)


def _from_jsonl_lines(lines, origin: str) -> Iterator[RawDocument | Skip]:
    for number, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Skip(f"{Path(origin).stem}:{number}", f"{origin}:{number}", "undecodable", str(exc))
                continue
        item = parse_jsonl_line(line, origin, number)
        if item is not None:
            yield item


def _from_path(path: Path) -> Iterator[RawDocument | Skip]:
    suffix = path.suffix.lower()
    if path.name.lower().endswith(WARC_SUFFIXES):
        from .warc import read_warc

        yield from read_warc(path)
    elif suffix in JSONL_SUFFIXES:
        try:
            with open(path, "rb") as handle:
                yield from _from_jsonl_lines(handle, str(path))
        except OSError as exc:
            yield Skip(path.stem, str(path), "unreadable", str(exc))
    elif suffix in HTML_SUFFIXES:
        yield from _from_text_file(path, html=True)
    elif suffix in TEXT_SUFFIXES:
        yield from _from_text_file(path, html=False)
    else:
        yield Skip(path.stem, str(path), "unsupported_format", f"unknown file type {suffix or '(none)'}")


def read_inputs(inputs: list[str], stdin=None) -> Iterator[RawDocument | Skip]:
    """Raw documents (or skips) from files, folders and '-' (standard input)."""
    for item in inputs:
        if item == "-":
            stream = stdin or sys.stdin
            data = stream.read()
            if data.lstrip().startswith("{"):
                yield from _from_jsonl_lines(data.splitlines(), "<stdin>")
            elif data.strip():
                kind = "html" if data.lstrip()[:1] == "<" else "text"
                yield RawDocument("stdin", "<stdin>", **{kind: data})
            else:
                yield Skip("stdin", "<stdin>", "empty", "standard input was empty")
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES or child.name.lower().endswith(WARC_SUFFIXES):
                    yield from _from_path(child)
        elif path.exists():
            yield from _from_path(path)
        else:
            yield Skip(path.stem or item, item, "not_found", f"no such file or folder: {item}")

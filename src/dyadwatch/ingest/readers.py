"""Reading inputs (.txt, .html, .jsonl, .warc(.gz), folders, '-') into raw records or counted skips."""
from __future__ import annotations

import json
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Skip

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
MAX_JSONL_LINE_BYTES = 2 * MAX_DOCUMENT_BYTES + 65536  # a record: text or html (escaped) and a few fields
MAX_REPLACED_SHARE = 0.01  # mostly UTF-8 with a few stray bytes (mixed encodings): decoded with U+FFFD
_SURROGATES = re.compile("[\ud800-\udfff]")
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
    """Text of a byte string: UTF-8 (with or without BOM), else the detected encoding, else
    UTF-8 with the few stray bytes of mixed encodings replaced (U+FFFD).

    Raises ValueError for binary data or undecodable bytes."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary content (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception as exc:  # the detector must not stop the batch
        raise ValueError(f"undecodable bytes (encoding detection failed: {type(exc).__name__})") from exc
    if best is None:
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > MAX_REPLACED_SHARE * max(len(text), 1):
            raise ValueError("undecodable bytes (not UTF-8, no other encoding detected)")
    else:
        text = str(best)
    control = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * max(1, len(text[:4096])):
        raise ValueError("binary content (control characters)")
    return text


def clean_text(value: str) -> str:
    """A string without lone surrogates (from JSON escapes such as "\\ud800"), which no
    encoder accepts: each becomes U+FFFD."""
    try:
        value.encode("utf-8")  # fails exactly where there are surrogates; faster than searching for them
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", value)
    return value


def _read_bytes(path: Path) -> bytes:
    """A file's bytes, at most MAX_DOCUMENT_BYTES: the size is checked before reading and
    the read is bounded too (a device or a file that grows is not read without end)."""
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise ValueError(f"too large ({size} bytes > {MAX_DOCUMENT_BYTES})")
    with open(path, "rb") as handle:
        data = handle.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ValueError(f"too large (more than {MAX_DOCUMENT_BYTES} bytes)")
    return data


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
    where = f"{origin}:{number}"
    if len(line) > MAX_JSONL_LINE_BYTES:
        return Skip(fallback_id, where, "too_large", f"a line of more than {MAX_JSONL_LINE_BYTES} characters")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skip(fallback_id, where, "malformed_json", str(exc))
    except RecursionError:
        return Skip(fallback_id, where, "malformed_json", "nested too deeply")
    if not isinstance(record, dict):
        return Skip(fallback_id, where, "malformed_json", "a record must be a JSON object")
    doc_id = record.get("id", fallback_id)
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        return Skip(fallback_id, where, "wrong_type", "id must be a string")
    doc_id = clean_text(str(doc_id))
    if not doc_id.strip():
        return Skip(fallback_id, where, "wrong_type", "id must not be empty")
    fields = {}
    for name in ("text", "html", "url", "title", "pub_date", "lang"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return Skip(doc_id, where, "wrong_type", f"{name} must be a string")
        fields[name] = clean_text(value) if value else value
    if not (fields["text"] or fields["html"]):
        return Skip(doc_id, where, "empty", "no text or html")
    if len((fields["text"] or "") + (fields["html"] or "")) > MAX_DOCUMENT_BYTES:
        return Skip(doc_id, where, "too_large", f"more than {MAX_DOCUMENT_BYTES} characters")
    return RawDocument(doc_id, where, **fields)


def _bounded_lines(handle, limit: int = MAX_JSONL_LINE_BYTES) -> Iterator[bytes | None]:
    """The lines of a binary file, each at most `limit` bytes; a longer line is read past
    (never held whole) and given as None."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # the rest of the overlong line, a chunk at a time
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _from_jsonl_lines(lines, origin: str) -> Iterator[RawDocument | Skip]:
    for number, line in enumerate(lines, 1):
        if line is None:
            yield Skip(f"{Path(origin).stem}:{number}", f"{origin}:{number}", "too_large",
                       f"a line of more than {MAX_JSONL_LINE_BYTES} bytes")
            continue
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
                yield from _from_jsonl_lines(_bounded_lines(handle), str(path))
        except OSError as exc:
            yield Skip(path.stem, str(path), "unreadable", str(exc))
    elif suffix in HTML_SUFFIXES:
        yield from _from_text_file(path, html=True)
    elif suffix in TEXT_SUFFIXES:
        yield from _from_text_file(path, html=False)
    else:
        yield Skip(path.stem, str(path), "unsupported_format", f"unknown file type {suffix or '(none)'}")


def _from_file(path: Path) -> Iterator[RawDocument | Skip]:
    """The documents of one file; a file that holds none (empty, or a WARC without pages)
    is a skip with reason `empty`, so that every input is accounted for."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        yield Skip(path.stem or path.name, str(path), "unreadable", str(exc))
        return
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        yield Skip(path.stem or path.name, str(path), "unsupported_format", "a device or socket, not a file")
        return
    found = False
    for item in _from_path(path):
        found = True
        yield item
    if not found:
        yield Skip(path.stem or path.name, str(path), "empty", "no documents in the file")


class _PrefixedLines:
    """readline() over bytes already read from a stream followed by the rest of it."""

    def __init__(self, head: bytes, raw):
        self.head, self.raw = head, raw

    def readline(self, limit: int = -1) -> bytes:
        if not self.head:
            return self.raw.readline(limit)
        end = self.head.find(b"\n") + 1 or len(self.head)
        if 0 <= limit < end:
            end = limit
        out, self.head = self.head[:end], self.head[end:]
        if out.endswith(b"\n") or self.head or (0 <= limit <= len(out)):
            return out
        return out + self.raw.readline(-1 if limit < 0 else limit - len(out))


def _from_stdin(stream) -> Iterator[RawDocument | Skip]:
    """Standard input: JSONL (when it starts with `{`), read line by line with the line
    limit, or one text or HTML document of at most MAX_DOCUMENT_BYTES."""
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a text stream (io.StringIO)
        data = stream.read()
        if data.lstrip().startswith("{"):
            yield from _from_jsonl_lines(data.splitlines(), "<stdin>")
            return
        body = data
    else:
        head = binary.read(4096)
        if head.lstrip().startswith(b"{"):
            yield from _from_jsonl_lines(_bounded_lines(_PrefixedLines(head, binary)), "<stdin>")
            return
        data = head + binary.read(MAX_DOCUMENT_BYTES + 1 - len(head))
        if len(data) > MAX_DOCUMENT_BYTES:
            yield Skip("stdin", "<stdin>", "too_large", f"more than {MAX_DOCUMENT_BYTES} bytes on standard input")
            return
        try:
            body = decode(data)
        except ValueError as exc:
            yield Skip("stdin", "<stdin>", _reason(exc), str(exc))
            return
    if len(body) > MAX_DOCUMENT_BYTES:
        yield Skip("stdin", "<stdin>", "too_large", f"more than {MAX_DOCUMENT_BYTES} characters on standard input")
    elif body.strip():
        kind = "html" if body.lstrip()[:1] == "<" else "text"
        yield RawDocument("stdin", "<stdin>", **{kind: body})
    else:
        yield Skip("stdin", "<stdin>", "empty", "standard input was empty")


def read_inputs(inputs: list[str], stdin=None) -> Iterator[RawDocument | Skip]:
    """Raw documents (or skips) from files, folders and '-' (standard input)."""
    for item in inputs:
        if item == "-":
            yield from _from_stdin(stdin or sys.stdin)
            continue
        path = Path(item)
        if path.is_dir():
            found = False
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES or child.name.lower().endswith(WARC_SUFFIXES):
                    found = True
                    yield from _from_file(child)
            if not found:
                yield Skip(path.name or item, item, "empty", "no .txt, .html, .jsonl or .warc files in the folder")
        elif path.exists():
            yield from _from_file(path)
        else:
            yield Skip(path.stem or item, item, "not_found", f"no such file or folder: {item}")

"""WARC (.warc, .warc.gz) files as raw documents, with fastwarc (optional dependency:
`pip install dyadwatch[warc]`).

- `response` records with an HTML payload (HTTP status 200, `Content-Type: text/html` or
  `application/xhtml+xml`) become HTML documents;
- `resource` and `conversion` records with `text/plain` content (WET files) become text
  documents;
- other records (requests, metadata, warcinfo, images, redirects) are passed over
  silently: they are not documents.

A document's id is the record's `WARC-Record-ID` without `<urn:uuid:...>` wrapping, its URL
`WARC-Target-URI`; the publication date comes from the page's metadata (trafilatura), else
from `--pub-date`. A record that cannot be decoded or is larger than 5 MB is a skip with its
reason.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import Skip
from .limits import GZIP_MAGIC, CappedGzipReader, DecompressionBomb, ReadOnlyStream
from .readers import MAX_DOCUMENT_BYTES, WARC_SUFFIXES, RawDocument, decode

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def record_id(value: str | None, fallback: str) -> str:
    if not value:
        return fallback
    value = value.strip().strip("<>")
    return value.removeprefix("urn:uuid:")


def _decode(payload: bytes, charset: str | None) -> str:
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload)


def read_warc(path: str | Path, origin: str | None = None) -> Iterator[RawDocument | Skip]:
    """The documents of one WARC file (gzip-compressed or not), streamed record by record."""
    origin = origin or str(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield Skip(Path(path).stem, origin, "unreadable", str(exc))
        return
    with handle:
        yield from read_warc_stream(handle, origin)


def _is_panic(exc: BaseException) -> bool:
    """A Rust panic inside fastwarc (pyo3's PanicException derives from BaseException)."""
    return type(exc).__name__ == "PanicException"


def read_warc_stream(stream, origin: str) -> Iterator[RawDocument | Skip]:
    """The documents of a WARC byte stream (a file object; gzip detected). Gzip is inflated
    here, bounded (ingest/limits.py): a decompression bomb becomes a skip with reason
    `decompression_bomb` after at most max(256 MiB, 50 x the compressed bytes read), and a
    stream that ends inside a gzip member a skip with reason `truncated`."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        yield Skip(Path(origin).stem, origin, "unsupported_format", "reading WARC files needs fastwarc: pip install 'dyadwatch[warc]'")
        return
    head = stream.read(2)
    source = _Prefixed(head, stream)
    if head == GZIP_MAGIC:
        source = CappedGzipReader(source)
    wanted = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion
    number = 0
    try:
        for record in ArchiveIterator(source, record_types=wanted, parse_http=True, fsspec_args=False):
            number += 1
            item = _from_record(record, origin, number)
            if item is not None:
                yield item
    except DecompressionBomb as exc:
        yield Skip(Path(origin).stem, f"{origin}:{number + 1}", "decompression_bomb", str(exc))
        return
    except (OSError, ValueError) as exc:
        yield Skip(Path(origin).stem, f"{origin}:{number + 1}", "unreadable", str(exc))
        return
    except BaseException as exc:
        if not _is_panic(exc):
            raise
        yield Skip(Path(origin).stem, f"{origin}:{number + 1}", "unreadable", f"the WARC reader failed: {exc}")
        return
    if getattr(source, "truncated", False):
        yield Skip(Path(origin).stem, f"{origin}:{number + 1}", "truncated", "the gzip stream ends inside a member (a cut file)")


class _Prefixed(ReadOnlyStream):
    """A file object that puts back the bytes already read from the start of a stream."""

    def __init__(self, head: bytes, raw):
        self.head, self.raw, self.position = head, raw, 0

    def read(self, n: int = -1) -> bytes:
        if self.head:
            if n is None or n < 0:
                out, self.head = self.head + self.raw.read(), b""
            else:
                out, self.head = self.head[:n], self.head[n:]
                if len(out) < n:
                    out += self.raw.read(n - len(out))
        else:
            out = self.raw.read(n)
        return self._hand_out(out)


def _from_record(record, origin: str, number: int) -> RawDocument | Skip | None:
    headers = record.headers
    doc_id = record_id(headers.get("WARC-Record-ID"), f"{Path(origin).stem}:{number}")
    url = headers.get("WARC-Target-URI") or None
    where = f"{origin}:{number}"
    if record.content_length > MAX_DOCUMENT_BYTES + 65536:
        record.consume()
        return Skip(doc_id, where, "too_large", f"{record.content_length} bytes")
    if record.is_http:
        status = record.http_headers.status_code
        content_type = (record.http_content_type or "").lower()
        if status != 200 or not content_type.startswith(HTML_TYPES + ("text/plain",)):
            record.consume()
            return None
        charset = record.http_charset
    else:
        content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type not in HTML_TYPES + ("text/plain",):
            record.consume()
            return None
        charset = None
    payload = record.reader.read()
    if len(payload) > MAX_DOCUMENT_BYTES:
        return Skip(doc_id, where, "too_large", f"{len(payload)} bytes")
    try:
        text = _decode(payload, charset)
    except ValueError as exc:
        reason = "binary" if "binary" in str(exc) else "undecodable"
        return Skip(doc_id, where, reason, str(exc))
    if not text.strip():
        return Skip(doc_id, where, "empty", "empty record")
    if content_type.startswith(HTML_TYPES):
        return RawDocument(doc_id, where, html=text, url=url)
    return RawDocument(doc_id, where, text=text, url=url)


def _record_bytes(warc_type: str, target: str, block: bytes, content_type: str, record: str, date: dt.datetime) -> bytes:
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {warc_type}\r\n"
        f"WARC-Record-ID: <urn:uuid:{record}>\r\n"
        f"WARC-Date: {date:%Y-%m-%dT%H:%M:%SZ}\r\n"
        f"WARC-Target-URI: {target}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def write_warc(path: str | Path, documents: Iterable[dict], compress: bool | None = None) -> Path:
    """Write documents (dicts with `id`, `html` or `text`, optional `url`) as WARC response
    records (HTML) or resource records (text): for tests, benchmarks and examples. Each
    record is its own gzip member when compressing (as in Common Crawl)."""
    path = Path(path)
    compress = str(path).endswith(".gz") if compress is None else compress
    date = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with open(path, "wb") as handle:
        for doc in documents:
            record = str(uuid.uuid5(uuid.NAMESPACE_URL, str(doc["id"])))
            url = doc.get("url") or f"https://example.org/{doc['id']}"
            if doc.get("html"):
                body = doc["html"].encode("utf-8")
                block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + f"Content-Length: {len(body)}\r\n\r\n".encode() + body
                data = _record_bytes("response", url, block, "application/http; msgtype=response", record, date)
            else:
                data = _record_bytes("resource", url, doc["text"].encode("utf-8"), "text/plain", record, date)
            if compress:
                buffer = io.BytesIO()
                with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as gz:
                    gz.write(data)
                data = buffer.getvalue()
            handle.write(data)
    return path

"""Bounded decompression: gzip and deflate that stop at a size cap instead of filling memory
or running for minutes on a decompression bomb (a few kilobytes that inflate to gigabytes).

- `BoundedDecoder` decodes an HTTP body (`Content-Encoding: gzip | deflate | identity`)
  chunk by chunk and raises `TooLarge` as soon as the decoded size passes its cap; it never
  holds more than the cap plus one chunk.
- `CappedGzipReader` is a read-only file object over a gzip file (any number of members,
  as in WARC.gz files) that yields the decompressed bytes and raises `DecompressionBomb`
  when they outgrow `max(floor, ratio x compressed bytes read)`; a stream that ends in the
  middle of a member sets `truncated` instead of raising.
"""
from __future__ import annotations

import zlib

GZIP_MAGIC = b"\x1f\x8b"
READ_CHUNK = 64 * 1024
WARC_EXPANSION_FLOOR = 256 * 1024 * 1024  # a WARC.gz may always inflate to this much ...
WARC_EXPANSION_RATIO = 50  # ... or to 50 times the compressed bytes read (HTML: 5-10x; bombs: ~1000x)


class TooLarge(ValueError):
    """More bytes than the cap allows."""


class DecompressionBomb(OSError):
    """Compressed data that inflates far beyond any plausible document."""


class UnsupportedEncoding(ValueError):
    """A Content-Encoding we did not ask for and do not decode (br, zstd, ...)."""


class BoundedDecoder:
    """Decodes a body with Content-Encoding gzip, x-gzip, deflate or identity, at most
    `max_bytes` of output in all."""

    def __init__(self, encoding: str | None, max_bytes: int):
        self.encodings = [e.strip().lower() for e in (encoding or "").split(",") if e.strip() and e.strip().lower() != "identity"]
        for e in self.encodings:
            if e not in ("gzip", "x-gzip", "deflate"):
                raise UnsupportedEncoding(f"unsupported Content-Encoding {e!r}")
        if len(self.encodings) > 1:
            raise UnsupportedEncoding(f"stacked Content-Encodings {encoding!r}")
        self.max_bytes = max_bytes
        self.size = 0
        self._z = None
        if self.encodings:
            # gzip (wbits 31); deflate is zlib-wrapped (15) by the standard, raw (-15) by some servers
            self._z = zlib.decompressobj(31 if self.encodings[0] != "deflate" else 15)
            self._raw_deflate_fallback = self.encodings[0] == "deflate"
        self._pending = b""

    def _count(self, out: bytes) -> bytes:
        self.size += len(out)
        if self.size > self.max_bytes:
            raise TooLarge(f"more than {self.max_bytes} bytes after decompression")
        return out

    def feed(self, data: bytes) -> bytes:
        if self._z is None:
            return self._count(data)
        parts = []
        data = self._pending + data
        self._pending = b""
        while data:
            try:
                out = self._z.decompress(data, self.max_bytes - self.size + 1)
            except zlib.error as exc:
                if self._raw_deflate_fallback and self.size == 0:
                    self._z, self._raw_deflate_fallback = zlib.decompressobj(-15), False
                    continue
                raise ValueError(f"corrupt compressed body: {exc}") from exc
            self._raw_deflate_fallback = False
            parts.append(self._count(out))
            if self._z.eof:
                rest = self._z.unused_data
                if rest.strip(b"\0") and rest[:2] == GZIP_MAGIC:  # another gzip member
                    self._z = zlib.decompressobj(31)
                    data = rest
                    continue
                break
            data = self._z.unconsumed_tail
        return b"".join(parts)

    def flush(self) -> bytes:
        if self._z is None:
            return b""
        return self._count(self._z.flush())


class ReadOnlyStream:
    """The file-object side of a read-only stream: `tell()` is the count of bytes handed out."""

    position = 0

    def _hand_out(self, out: bytes) -> bytes:
        self.position += len(out)
        return out

    def tell(self) -> int:
        """Bytes handed out so far."""
        return self.position

    def readable(self) -> bool:
        """Always True: the stream can be read."""
        return True


class CappedGzipReader(ReadOnlyStream):
    """A file object over gzip data (multi-member) that yields decompressed bytes, bounded
    by `max(floor, ratio x compressed bytes read)`."""

    def __init__(self, raw, ratio: int = WARC_EXPANSION_RATIO, floor: int = WARC_EXPANSION_FLOOR):
        self.raw = raw
        self.ratio, self.floor = ratio, floor
        self.compressed = 0
        self.position = 0  # decompressed bytes handed out
        self.truncated = False
        self._z = zlib.decompressobj(31)
        self._input = b""
        self._buffer = b""
        self._eof = False
        self._in_member = False  # bytes of the current member were read, its end not yet

    def _limit(self) -> int:
        return max(self.floor, self.ratio * self.compressed)

    def _fill(self, want: int) -> None:
        while len(self._buffer) < want and not self._eof:
            if not self._input:
                chunk = self.raw.read(READ_CHUNK)
                if not chunk:
                    if self._in_member:
                        self.truncated = True
                    self._eof = True
                    return
                self.compressed += len(chunk)
                self._input = chunk
            room = max(self._limit() - self.position - len(self._buffer), 0) + 1
            self._in_member = True
            try:
                out = self._z.decompress(self._input, min(room, 4 * READ_CHUNK))
            except zlib.error as exc:
                raise OSError(f"corrupt gzip data at compressed byte {self.compressed}: {exc}") from exc
            self._buffer += out
            if self.position + len(self._buffer) > self._limit():
                raise DecompressionBomb(
                    f"inflates beyond {self._limit()} bytes from {self.compressed} compressed bytes (a decompression bomb?)"
                )
            if self._z.eof:
                rest = self._z.unused_data
                self._z = zlib.decompressobj(31)
                self._in_member = False
                stripped = rest.lstrip(b"\0")
                if stripped and stripped[:2] != GZIP_MAGIC:
                    raise OSError(f"data that is not gzip after a gzip member at compressed byte {self.compressed}")
                self._input = stripped
            else:
                self._input = self._z.unconsumed_tail

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            parts = []
            while True:
                part = self.read(READ_CHUNK)
                if not part:
                    return b"".join(parts)
                parts.append(part)
        self._fill(n)
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return self._hand_out(out)

    def close(self) -> None:
        self.raw.close()

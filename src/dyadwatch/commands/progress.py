"""A small progress bar on a text stream (standard error), redrawn at most ten times a second."""
from __future__ import annotations

import time
from pathlib import Path
from typing import TextIO

from ..ingest.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES


def count_inputs(inputs: list[str]) -> int | None:
    """How many documents the inputs hold (JSONL lines, files), or None where that cannot be
    known without reading them (standard input)."""
    total = 0
    for item in inputs:
        if item == "-":
            return None
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            suffix = f.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                try:
                    with open(f, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES or not path.is_dir():
                total += 1
    return total


class Progress:
    def __init__(self, stream: TextIO, total: int | None = None, label: str = "ingest", width: int = 28):
        self.stream, self.total, self.label, self.width = stream, total, label, width
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0

    def update(self, done: int, note: str = "", force: bool = False) -> None:
        self.done = done
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        if self.total:
            frac = min(done / self.total, 1.0)
            filled = int(frac * self.width)
            bar = "#" * filled + "-" * (self.width - filled)
            eta = (self.total - done) / rate if rate > 0 else 0
            line = f"{self.label} [{bar}] {done}/{self.total} {frac:4.0%} {rate:6.1f} docs/s eta {int(eta) // 60}:{int(eta) % 60:02d}"
        else:
            line = f"{self.label} {done} docs {rate:6.1f} docs/s"
        if note:
            line += f"  {note}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        self.update(self.done, force=True)
        self.stream.write("\n")
        self.stream.flush()

"""Writing one marked section of benchmarks/RESULTS.md, leaving the other sections alone.

Every benchmark script owns the sections between its `<!-- NAME:begin -->` and
`<!-- NAME:end -->` markers; a new section is appended at the end."""
from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(name: str, body: str, results: Path = RESULTS) -> str:
    """Replace (or append) the section NAME of the results file; returns the block written."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n\n"
    if begin in text:
        text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    results.write_text(text, encoding="utf-8")
    return block

"""Accuracy on the shared gold sets and on the bundled sample: writes the quality section
of benchmarks/RESULTS.md.

    python benchmarks/quality.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_md import write_section  # noqa: E402
from dyadwatch.cli import evaluate_gold
from dyadwatch.resources import package_path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
COLUMNS = ("documents", "system_events", "precision", "recall_required", "recall_required_and_stretch", "f1", "date_accuracy", "forbidden_hits")


def table(scores: dict[str, dict]) -> str:
    lines = ["| set | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for name, s in scores.items():
        lines.append(f"| {name} | " + " | ".join(str(s[c]) for c in COLUMNS) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    seed = args.shared / "corpus" / "de-seed-russia-north-korea.gold.json"
    dev = args.shared / "corpus" / "dev" / "gold.jsonl"
    if not seed.exists() or not dev.exists():
        print(f"shared corpus not found under {args.shared}", file=sys.stderr)
        return 2
    sections = []
    for title, path, texts in (
        ("Reference article (`corpus/de-seed-russia-north-korea`)", seed, None),
        ("Development set (`corpus/dev/gold.jsonl`), overall and per language", dev, None),
        ("Bundled sample (`src/dyadwatch/data/sample`, our own annotation)", package_path("data", "sample", "expected.jsonl"), package_path("data", "sample", "articles.jsonl")),
        ("Held-out set (`benchmarks/heldout`, 18 articles in our own words, annotated without seeing the coder; since 2026-11-29 a few rules were prompted by its misses)", ROOT / "benchmarks" / "heldout" / "gold.jsonl", ROOT / "benchmarks" / "heldout" / "articles.jsonl"),
        ("Second held-out set (`benchmarks/heldout2`, 12 articles in all six languages written and annotated on 2026-11-29 without seeing the coder; unseen: the honest estimate for new text)", ROOT / "benchmarks" / "heldout2" / "gold.jsonl", ROOT / "benchmarks" / "heldout2" / "articles.jsonl"),
    ):
        scores, _ = evaluate_gold(path, texts)
        sections.append(f"### {title}\n\n{table(scores)}\n")
    body = (
        f"## Quality\n\nMeasured {dt.date.today().isoformat()} with `python benchmarks/quality.py` "
        "(the metric of `shared/tools/score_events.py`: unique source-target-root triples per document; "
        "precision over system triples, recall over required (and stretch) events, F1 on required+stretch, "
        "date accuracy among matched events).\n\n"
        + "\n".join(sections)
    )
    write_section("quality", body)
    print(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())

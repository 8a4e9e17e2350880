"""How well are reports of one event merged? Pairwise false and missed merge rates against
a gold file that says which event (story) each document reports.

Gold (JSONL): {"id": doc id, "events": [{"story": "S1", "source": "RUS", "target": "PRK",
"roots": ["04"]}, ...]}. A stored event mention is labelled with the story whose source,
target and one of whose roots it matches in its document; unlabelled mentions (coding
errors) are left out and counted. Over all pairs of labelled mentions:

- a true merge: same story, same merged event,
- a false merge: different stories, same merged event,
- a missed merge: same story, different merged events;

false merge rate = false / (true + false); missed merge rate = missed / (true + missed).
"""
from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from .db import Store


def load_merge_gold(path: str | Path) -> dict[str, list[dict]]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out[str(record["id"])] = record.get("events", [])
    return out


def merge_rates(store: Store, gold: dict[str, list[dict]]) -> dict:
    store.ensure_aggregates()
    labelled, unlabelled = [], 0
    found: set[tuple[str, str]] = set()
    for rec in store.events():
        story = next(
            (g["story"] for g in gold.get(str(rec["doc_id"]), [])
             if g["source"] == rec["source_country"] and g["target"] == rec["target_country"] and rec["root_code"] in g["roots"]),
            None,
        )
        if story is None:
            unlabelled += 1
            continue
        labelled.append((story, rec["merged_id"]))
        found.add((str(rec["doc_id"]), story))
    true = false = missed = 0
    for (s1, m1), (s2, m2) in combinations(labelled, 2):
        if s1 == s2 and m1 == m2:
            true += 1
        elif m1 == m2:
            false += 1
        elif s1 == s2:
            missed += 1
    gold_pairs = {(doc, g["story"]) for doc, events in gold.items() for g in events}
    return {
        "labelled_mentions": len(labelled),
        "unlabelled_mentions": unlabelled,
        "gold_reports_found": len(found & gold_pairs),
        "gold_reports": len(gold_pairs),
        "true_merges": true,
        "false_merges": false,
        "missed_merges": missed,
        "false_merge_rate": round(false / (true + false), 3) if true + false else 0.0,
        "missed_merge_rate": round(missed / (true + missed), 3) if true + missed else 0.0,
    }

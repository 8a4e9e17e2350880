"""Place accuracy: the location of coded events against our place annotations
(benchmarks/places/gold.jsonl); writes the places section of benchmarks/RESULTS.md.

    python benchmarks/places.py [--shared ../shared] [--show] [--no-write]

Each annotation names a document, a gold event (its evidence, its two sides and its CAMEO
codes) and the place its sentence states for it, or `"place": null` where the sentence
states none. The system's events of that document whose evidence overlaps the annotated
evidence, whose sides are the annotated ones (in either order; "*" is any side) and whose
CAMEO root is one of the annotated codes' roots are scored:

- stated place, exact feature: the event's `location.gazetteer_id` is the annotated place's
  gazetteer id (places missing from the gazetteer can never be exact); where several
  events match, one must have the place and none another place;
- stated place, within 50 km: the location lies within 50 km of the annotated coordinates;
  for a country the location must be that country at precision "country";
- no place stated: an event with a location has invented one.

Annotations whose event the coder did not produce are counted as "not coded" and left out
of the accuracies (they measure the coder, not the place resolution).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dyadwatch.ingest.readers import RawDocument  # noqa: E402
from dyadwatch.pipeline import Pipeline  # noqa: E402
from dyadwatch.resources import package_path  # noqa: E402
from results_md import write_section  # noqa: E402

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
GOLD = ROOT / "benchmarks" / "places" / "gold.jsonl"
MAX_KM = 50.0
REFERENCE_ID = "de-seed"


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def load_texts(shared: Path | None) -> dict[str, dict]:
    """Document id -> {text, pub_date, lang} for our own articles and, where ../shared is
    present, the shared corpus (read there, never copied)."""
    docs: dict[str, dict] = {}
    for path in (package_path("data", "sample", "articles.jsonl"), ROOT / "benchmarks" / "heldout" / "articles.jsonl"):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    if shared is not None:
        dev = shared / "corpus" / "dev" / "gold.jsonl"
        if dev.exists():
            for line in dev.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    docs[d["id"]] = {"id": d["id"], "text": d["text"], "pub_date": d["pub_date"], "lang": d["lang"]}
        seed = shared / "corpus" / "de-seed-russia-north-korea.gold.json"
        if seed.exists():
            gold = json.loads(seed.read_text(encoding="utf-8"))
            text = (shared / "corpus" / gold["file"]).read_text(encoding="utf-8")
            docs[gold["id"]] = {"id": gold["id"], "text": text, "pub_date": gold["pub_date"], "lang": gold["lang"]}
    return docs


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def roots_match(annotation: dict, event) -> bool:
    """The event's CAMEO code starts with one of the gold codes (none listed: any)."""
    codes = annotation.get("codes") or []
    return not codes or any(event.code.startswith(c[:2]) or c.startswith(event.code[:2]) for c in codes)


def sides_match(annotation: dict, event) -> bool:
    want = [annotation["source"], annotation["target"]]
    got = [event.source_country, event.target_country]
    for order in (got, got[::-1]):
        if all(w == "*" or w == g for w, g in zip(want, order)):
            return True
    return False


def matching_events(annotation: dict, text: str, events: list) -> list:
    start = text.find(annotation["evidence"])
    if start < 0:
        return []
    end = start + len(annotation["evidence"])
    return [e for e in events if e.evidence_start < end and start < e.evidence_end and sides_match(annotation, e) and roots_match(annotation, e)]


def judge(annotation: dict, location: dict | None) -> tuple[bool, bool]:
    """(exact feature, within 50 km) for an annotation with a stated place."""
    if not location:
        return False, False
    exact = bool(annotation.get("gazetteer_id")) and location.get("gazetteer_id") == annotation["gazetteer_id"]
    if annotation["feature"] == "country":
        near = location.get("precision") == "country" and location.get("country") == annotation["country"]
    else:
        near = haversine(annotation["lat"], annotation["lon"], location["lat"], location["lon"]) <= MAX_KM
    return exact, near


def evaluate(gold: list[dict], docs: dict[str, dict]) -> tuple[dict, list[dict]]:
    """Scores per set (own, shared, reference, all) and the per-annotation outcomes."""
    pipeline = Pipeline()
    coded: dict[str, tuple[str, list]] = {}
    outcomes = []
    for annotation in gold:
        doc = docs.get(annotation["doc"])
        if doc is None:
            continue
        if annotation["doc"] not in coded:
            result = pipeline.process(RawDocument(doc["id"], "places-benchmark", text=doc["text"], pub_date=doc.get("pub_date"), lang=doc.get("lang")))
            coded[annotation["doc"]] = (result.document.text, result.events)
        text, events = coded[annotation["doc"]]
        found = matching_events(annotation, text, events)
        outcome = {"annotation": annotation, "coded": bool(found), "locations": [e.location for e in found]}
        if found and annotation["place"]:
            # right if some matched event has the place and none has another place (a
            # second event of the sentence may lack one: "empfing ihn in X und sicherte ...")
            judged = [judge(annotation, e.location) for e in found if e.location]
            outcome["exact"] = bool(judged) and all(j[0] for j in judged)
            outcome["near"] = bool(judged) and all(j[1] for j in judged)
        elif found:
            outcome["invented"] = any(e.location for e in found)
        outcomes.append(outcome)
    sets: dict[str, list[dict]] = defaultdict(list)
    for o in outcomes:
        a = o["annotation"]
        sets[a["set"]].append(o)
        if a["doc"] == REFERENCE_ID:
            sets["reference"].append(o)
        sets["all"].append(o)
    scores = {name: summarise(items) for name, items in sets.items()}
    return scores, outcomes


def summarise(items: list[dict]) -> dict:
    stated = [o for o in items if o["annotation"]["place"]]
    stated_coded = [o for o in stated if o["coded"]]
    none = [o for o in items if not o["annotation"]["place"]]
    none_coded = [o for o in none if o["coded"]]

    def ratio(n: int, d: int) -> float | None:
        return round(n / d, 3) if d else None

    return {
        "stated": len(stated),
        "stated_coded": len(stated_coded),
        "exact": ratio(sum(o["exact"] for o in stated_coded), len(stated_coded)),
        "within_50km": ratio(sum(o["near"] for o in stated_coded), len(stated_coded)),
        "none_stated": len(none),
        "none_coded": len(none_coded),
        "invented": sum(o["invented"] for o in none_coded),
        "invented_rate": ratio(sum(o["invented"] for o in none_coded), len(none_coded)),
    }


COLUMNS = ("stated", "stated_coded", "exact", "within_50km", "none_stated", "none_coded", "invented", "invented_rate")
SET_TITLES = {
    "own": "own articles (bundled sample + held-out set)",
    "shared": "shared corpus (dev set + reference article)",
    "reference": "reference article (`de-seed-russia-north-korea`)",
    "all": "all",
}


def section(scores: dict, outcomes: list[dict]) -> str:
    lines = ["| set | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for name in ("own", "shared", "reference", "all"):
        if name in scores:
            s = scores[name]
            lines.append(f"| {SET_TITLES[name]} | " + " | ".join("–" if s[c] is None else str(s[c]) for c in COLUMNS) + " |")
    misses = [o for o in outcomes if o["coded"] and ((o["annotation"]["place"] and not o["near"]) or o.get("invented"))]
    miss_lines = []
    for o in misses:
        a = o["annotation"]
        got = "; ".join(sorted({(loc or {}).get("resolved_name", "none") + (f" ({loc['country']})" if loc else "") for loc in o["locations"]}))
        want = f"{a['place']} ({a['country']})" if a["place"] else "no place"
        miss_lines.append(f"- `{a['doc']}` {a['source']}–{a['target']}: expected {want}, got {got}")
    return (
        f"## Places\n\nMeasured {dt.date.today().isoformat()} with `python benchmarks/places.py`: the `location` of "
        "coded events against our place annotations (`benchmarks/places/gold.jsonl`, written by us for the bundled "
        "sample, the held-out set and the gold evidence sentences of `shared/corpus`). `stated`: annotations with a "
        "stated place (`stated_coded`: of those, the coder produced the event); `exact`: the resolved gazetteer feature "
        "is the annotated one; `within_50km`: the location is within 50 km of the annotated coordinates (a country: the "
        "same country at precision country); `invented`: events located although their sentence states no place. "
        "The place rules were developed on these texts (no separate test split yet), so expect lower accuracy on "
        "unseen text.\n\n"
        + "\n".join(lines)
        + "\n\nWrong or invented places:\n\n"
        + ("\n".join(miss_lines) if miss_lines else "- none")

    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", action="store_true", help="print every annotation with its outcome")
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    args = parser.parse_args(argv)
    shared = args.shared if args.shared.exists() else None
    if shared is None:
        print(f"shared corpus not found under {args.shared}: scoring our own articles only", file=sys.stderr)
    scores, outcomes = evaluate(load_gold(), load_texts(shared))
    if args.show:
        for o in outcomes:
            a = o["annotation"]
            status = "not coded" if not o["coded"] else ("ok" if o.get("near") or (not a["place"] and not o.get("invented")) else "WRONG")
            got = [(loc or {}).get("resolved_name") for loc in o["locations"]]
            print(f"{status:9} {a['doc']:14} {a['source']}>{a['target']} want={a['place']} got={got} | {a['evidence'][:70]}")
    body = section(scores, outcomes)
    if args.no_write:
        print(body)
        return 0
    write_section("places", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

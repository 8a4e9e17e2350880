"""Scoring coded events against gold files, with the metric of the shared scorer
(`shared/tools/score_events.py`): unique (source, target, CAMEO root) triples per document,
precision over system triples, recall per tier, F1 on required+stretch, date accuracy,
forbidden hits; and the quality gate that compares scores with recorded floors."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

ORG_CODES = {"NATO", "UNO", "EUR", "IGO", "AFR", "ASA", "WST", "EAST", "MEA", "OPEC", "ASEAN", "SCO", "BRICS", "NGO", "IMG"}
GATED_METRICS = ("precision", "recall_required", "recall_required_and_stretch", "f1")


def norm_actor(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("country") or value.get("code") or ""
    value = str(value).strip().upper()
    if not value or value == "*":
        return value
    if value.startswith("IGO") and len(value) > 3:
        rest = value[3:]
        return "NATO" if "NAT" in rest[:6] else rest[:3]
    for org in sorted(ORG_CODES, key=len, reverse=True):
        if value.startswith(org):
            return org
    return value[:3]


def _gold_event(g: dict, tier: str) -> dict:
    g = dict(g)
    g.setdefault("tier", tier)
    if "codes" not in g:
        codes = [g.get("root") or str(g.get("code", ""))[:2]] + [str(c)[:2] for c in g.get("code_alt", [])]
        g["codes"] = sorted({c for c in codes if c})
    g["dates"] = [d for d in [g.get("date", "*")] + list(g.get("date_alt", [])) if d]
    return g


def load_gold(path: Path) -> list[dict]:
    """Gold documents (tiered *.gold.json, a JSON list, or JSONL); texts loaded from `file` where given."""
    raw = path.read_text(encoding="utf-8").strip()
    if raw.startswith("{") and "\n{" not in raw:
        docs = [json.loads(raw)]
    elif raw.startswith("["):
        docs = json.loads(raw)
    else:
        docs = [json.loads(line) for line in raw.splitlines() if line.strip()]
    for d in docs:
        d["events"] = [_gold_event(g, "required") for g in d.get("events", [])] + [
            _gold_event(g, "acceptable") for g in d.get("optional_events", [])
        ]
        if "text" not in d and d.get("file"):
            d["text"] = (path.parent / d["file"]).read_text(encoding="utf-8")
    return docs


def _actor_ok(gold: str, system: str) -> bool:
    return gold == "*" or norm_actor(gold) == system


def _code_ok(codes: list[str], code: str) -> bool:
    return any(code.startswith(str(c).lstrip("C")) for c in codes)


def _matches(g: dict, s: dict) -> bool:
    if not _code_ok(g["codes"], s["code"]):
        return False
    if _actor_ok(g["source"], s["source"]) and _actor_ok(g["target"], s["target"]):
        return True
    return bool(g.get("symmetric")) and _actor_ok(g["source"], s["target"]) and _actor_ok(g["target"], s["source"])


def score(gold_docs: list[dict], events: list[dict]) -> dict:
    """Scores of system events (dicts with doc_id, source_country, target_country, code, date)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_doc[str(e.get("doc_id", ""))].append(
            {
                "source": norm_actor(e.get("source_country")),
                "target": norm_actor(e.get("target_country")),
                "code": str(e.get("code", "")),
                "date": str(e.get("date", "")),
                "raw": e,
            }
        )
    totals: dict[str, int] = defaultdict(int)
    misses, extras, forbidden = [], [], []
    for doc in gold_docs:
        uniq: dict[tuple, dict] = {}
        for s in by_doc.get(doc["id"], []):
            uniq.setdefault((s["source"], s["target"], s["code"][:2]), s)
        gold = doc.get("events", [])
        for g in gold:
            if g["tier"] not in ("required", "stretch"):
                continue
            totals[g["tier"]] += 1
            hits = [s for s in uniq.values() if _matches(g, s)]
            if hits:
                totals[g["tier"] + "_found"] += 1
                totals["dated"] += 1
                if not g["dates"] or "*" in g["dates"] or any(s["date"].startswith(d) for s in hits for d in g["dates"]):
                    totals["dated_ok"] += 1
            else:
                misses.append({"doc": doc["id"], "tier": g["tier"], "source": g["source"], "target": g["target"], "codes": g["codes"], "evidence": g.get("evidence", "")[:100]})
        for key, s in uniq.items():
            totals["system"] += 1
            if any(_matches(g, s) for g in gold):
                totals["system_matched"] += 1
            else:
                extras.append({"doc": doc["id"], "triple": list(key), "evidence": str(s["raw"].get("evidence", ""))[:120]})
            for f in doc.get("forbidden", []):
                if _actor_ok(f["source"], s["source"]) and _actor_ok(f["target"], s["target"]) and _code_ok(f["codes"], s["code"]):
                    if "date_not" in f and s["date"].startswith(f["date_not"]):
                        continue
                    forbidden.append({"doc": doc["id"], "triple": list(key), "why": f.get("why", "")})
        totals["documents"] += 1
    req, st = totals["required"], totals["stretch"]
    recall_req = totals["required_found"] / req if req else 0.0
    recall_all = (totals["required_found"] + totals["stretch_found"]) / (req + st) if req + st else 0.0
    precision = totals["system_matched"] / totals["system"] if totals["system"] else 0.0
    f1 = 2 * precision * recall_all / (precision + recall_all) if precision + recall_all else 0.0
    return {
        "documents": totals["documents"],
        "system_events": totals["system"],
        "precision": round(precision, 3),
        "recall_required": round(recall_req, 3),
        "recall_required_and_stretch": round(recall_all, 3),
        "f1": round(f1, 3),
        "date_accuracy": round(totals["dated_ok"] / totals["dated"], 3) if totals["dated"] else None,
        "forbidden_hits": len(forbidden),
        "required_found": totals["required_found"],
        "required": req,
        "stretch_found": totals["stretch_found"],
        "stretch": st,
        "misses": misses,
        "false_positives": extras,
        "forbidden": forbidden,
    }


def check_floors(scores: dict[str, dict], floors: dict[str, dict]) -> list[str]:
    """Where a score fell below its recorded floor (an empty list when the gate passes)."""
    failures = []
    for name, limits in floors.items():
        if name not in scores:
            continue
        for metric, floor in limits.items():
            value = scores[name].get(metric)
            if metric == "forbidden_hits_max":
                if scores[name].get("forbidden_hits", 0) > floor:
                    failures.append(f"{name}: forbidden_hits {scores[name]['forbidden_hits']} > {floor}")
            elif value is not None and value + 1e-9 < floor:
                failures.append(f"{name}: {metric} {value} < floor {floor}")
    return failures


def raise_floors(scores: dict[str, dict], floors: dict[str, dict], margin: float = 0.02) -> dict[str, dict]:
    """Floors of the gated sets moved up to the new scores less a small margin for noise,
    where that is higher than the floor; never down, and no new sets are added."""
    updated = {name: dict(limits) for name, limits in floors.items()}
    for name, limits in updated.items():
        result = scores.get(name, {})
        for metric in list(limits):
            value = result.get(metric)
            if metric in GATED_METRICS and value is not None:
                limits[metric] = max(limits[metric], round(value - margin, 3))
    return updated

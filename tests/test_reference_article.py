"""The reference article (shared/corpus/de-seed-russia-north-korea.txt) coded right."""
import json
import subprocess
import sys

import pytest

from dyadwatch.cli import evaluate_gold
from dyadwatch.evaluation import load_gold
from dyadwatch.ingest.readers import RawDocument
from dyadwatch.pipeline import Pipeline

from .conftest import shared_path


@pytest.fixture(scope="module")
def reference():
    gold_path = shared_path("corpus", "de-seed-russia-north-korea.gold.json")
    (gold,) = load_gold(gold_path)
    result = Pipeline().process(RawDocument(gold["id"], "seed", text=gold["text"], pub_date=gold["pub_date"]))
    return gold_path, gold, result


def test_score_meets_the_issue_targets(reference):
    gold_path, _, _ = reference
    scores, _ = evaluate_gold(gold_path)
    s = scores["de-seed-russia-north-korea"]
    assert s["required_found"] == s["required"] == 6, s["misses"]
    assert s["stretch_found"] >= 6, s["misses"]
    assert s["forbidden_hits"] == 0, s["forbidden"]
    assert s["precision"] >= 0.9, s["false_positives"]


def test_language_boilerplate_and_headings(reference):
    _, gold, result = reference
    doc = result.document
    assert doc.lang == "de"
    # the gold file writes the text's no-break spaces as plain spaces
    removed = [" ".join(r["text"].split()) for r in doc.removed()]
    assert sorted(removed) == sorted(" ".join(line.split()) for line in gold["boilerplate"])
    assert doc.headings() == gold["headings"]


def test_no_event_comes_from_a_teaser_and_evidence_is_in_the_text(reference):
    _, gold, result = reference
    for event in result.events:
        assert gold["text"][event.evidence_start : event.evidence_end] == event.evidence
        assert not any(event.evidence in line for line in gold["boilerplate"])


def test_alleged_delivery_is_not_a_fact_but_the_accusation_is(reference):
    _, _, result = reference
    codes = {(e.source_country, e.target_country, e.code[:2]): e for e in result.events}
    assert ("USA", "PRK", "11") in codes and codes[("USA", "PRK", "11")].date == "2023-02"
    assert not any(e.source_country == "PRK" and e.target_country == "RUS" and e.code[:2] in ("06", "07") for e in result.events)


def test_shared_scorer_agrees(reference, tmp_path):
    gold_path, gold, result = reference
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in result.events), encoding="utf-8")
    scorer = shared_path("tools", "score_events.py")
    out = subprocess.run([sys.executable, str(scorer), str(gold_path), str(events), "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout[: out.stdout.rindex("}") + 1])
    from dyadwatch.evaluation import score

    ours = score([gold], [e.to_dict() for e in result.events])
    for key in ("precision", "recall_required", "recall_required_and_stretch", "f1", "date_accuracy", "forbidden_hits"):
        assert ours[key] == theirs[key], key

"""The place benchmark (benchmarks/places.py) keeps its accuracy."""
import importlib.util
import json

from dyadwatch.grounding.places import load_gazetteer

from .conftest import ROOT, SHARED

spec = importlib.util.spec_from_file_location("places_benchmark", ROOT / "benchmarks" / "places.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_gold_annotations_are_well_formed():
    gold = bench.load_gold()
    ids = load_gazetteer().by_id
    assert len(gold) > 400
    for a in gold:
        assert {"doc", "set", "evidence", "source", "target", "place"} <= set(a)
        if a["place"]:
            assert -90 <= a["lat"] <= 90 and -180 <= a["lon"] <= 180 and a["feature"] in ("country", "admin1", "capital", "city", "site")
            assert a["gazetteer_id"] is None or a["gazetteer_id"] in ids
    assert json.dumps(gold, ensure_ascii=False)


def test_place_accuracy_meets_the_target():
    shared = SHARED if (SHARED / "corpus" / "dev" / "gold.jsonl").exists() else None
    scores, _ = bench.evaluate(bench.load_gold(), bench.load_texts(shared))
    own = scores["own"]
    assert own["within_50km"] >= 0.9 and own["exact"] >= 0.9, own
    assert own["invented_rate"] <= 0.02, own
    if shared is not None:
        assert scores["all"]["within_50km"] >= 0.85, scores["all"]
        assert scores["reference"]["within_50km"] == 1.0 and scores["reference"]["invented"] == 0, scores["reference"]

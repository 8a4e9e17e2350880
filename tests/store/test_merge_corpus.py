"""Same story, many outlets: merge quality on a corpus written for it (tests/fixtures/merge)."""
from dyadwatch.ingest.readers import read_inputs
from dyadwatch.store import Store, ingest
from dyadwatch.store.merge_eval import load_merge_gold, merge_rates

from ..conftest import FIXTURES

CORPUS = FIXTURES / "merge"


def test_false_and_missed_merge_rates(tmp_path, capsys):
    with Store(tmp_path / "merge.duckdb") as store:
        ingest(store, read_inputs([str(CORPUS / "articles.jsonl")]))
        rates = merge_rates(store, load_merge_gold(CORPUS / "gold.jsonl"))
        copies = store.counts()["copies"]
    with capsys.disabled():
        print(f"\nmerge corpus: {rates}")
    assert copies == 1  # m04 is a syndicated copy of m01
    assert rates["gold_reports_found"] >= 0.6 * rates["gold_reports"]
    assert rates["true_merges"] >= 5
    # measured: false 0.25 (Kim at Vostochny and, two days later, at a factory in Russia are
    # merged: same dyad, root, window and place country), missed 0.0
    assert rates["false_merge_rate"] <= 0.3
    assert rates["missed_merge_rate"] <= 0.2


def test_rates_on_hand_made_labels(tmp_path):
    with Store(tmp_path / "merge.duckdb") as store:
        ingest(store, read_inputs([str(CORPUS / "articles.jsonl")]))
        gold = load_merge_gold(CORPUS / "gold.jsonl")
        # relabel: pretend S1's first report is another story -> its merges become false merges
        gold["m01"] = [dict(g, story="X") for g in gold["m01"]]
        rates = merge_rates(store, gold)
    assert rates["false_merges"] >= 2

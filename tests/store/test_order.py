"""The store is a function of the set of documents ingested: any order, any split into
runs, any repetition gives the same store."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.ingest.readers import read_inputs
from dyadwatch.store import Store, ingest

from .conftest import SAMPLE

# a few articles of both stories, with a syndicated copy pair (sample-en-09 / sample-en-10)
IDS = ["sample-de-01", "sample-en-02", "sample-en-09", "sample-en-10", "sample-fr-03", "sample-de-09", "sample-fr-11", "sample-fr-12"]
RAWS = [r for r in read_inputs([str(SAMPLE)]) if r.id in IDS]


def snapshot_of(path, runs):
    with Store(path) as store:
        for run in runs:
            ingest(store, run)
        return store.snapshot()


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(RAWS), cut=st.integers(0, len(RAWS)), repeat=st.integers(0, 3))
def test_order_and_runs_do_not_matter(tmp_path_factory, order, cut, repeat):
    folder = tmp_path_factory.mktemp("order")
    reference = snapshot_of(folder / "ref.duckdb", [RAWS])
    runs = [order[:cut] + order[:repeat], order[cut:] + order[:repeat]]
    assert snapshot_of(folder / "runs.duckdb", runs) == reference

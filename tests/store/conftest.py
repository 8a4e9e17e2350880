"""The bundled sample ingested once per test session (tests that change a store copy it)."""
import shutil

import pytest

from dyadwatch.ingest.readers import read_inputs
from dyadwatch.resources import package_path
from dyadwatch.store import Store, ingest

SAMPLE = package_path("data", "sample", "articles.jsonl")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    with Store(path) as store:
        report = ingest(store, read_inputs([str(SAMPLE)]))
    assert report.stored > 0
    return path


@pytest.fixture
def sample_copy(sample_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(sample_db, path)
    return path

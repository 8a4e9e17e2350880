"""Synthetic corpora for the engine tests: sentences of the bundled sample and of the
held-out articles recombined (dyadwatch.engines.corpus)."""
from __future__ import annotations

import pytest

from dyadwatch.engines.corpus import article_sources, documents, write_jsonl

from ..conftest import ROOT

HELDOUT = ROOT / "benchmarks" / "heldout" / "articles.jsonl"


def corpus(n: int, seed: int = 0, prefix: str = "doc") -> list[dict]:
    return list(documents(n, article_sources([HELDOUT]), seed=seed, prefix=prefix))


@pytest.fixture
def corpus_file(tmp_path):
    def make(n: int, seed: int = 0, name: str = "corpus.jsonl"):
        return write_jsonl(tmp_path / name, corpus(n, seed))

    return make

"""Shared test helpers: the shared corpus beside the repository, and document building."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyadwatch.ingest.readers import RawDocument
from dyadwatch.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A file in ../shared, or skip the test with a clear message where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path} (clone with ../shared beside the repository)")
    return path


def code_text(text: str, lang: str, pub_date: str = "2023-08-15", all_modalities: bool = False, doc_id: str = "t", domestic: bool = False):
    """Run the whole pipeline on one text; returns (document, events)."""
    pipeline = Pipeline(keep_all_modalities=all_modalities, domestic=domestic)
    result = pipeline.process(RawDocument(doc_id, "test", text=text, pub_date=pub_date, lang=lang))
    return result.document, result.events


def triples(events) -> set[tuple[str, str, str]]:
    return {(e.source_country, e.target_country, e.code[:2]) for e in events}


@pytest.fixture
def pub() -> dt.date:
    return dt.date(2023, 8, 15)

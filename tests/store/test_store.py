"""The DuckDB store: idempotent ingest, bad input, foreign files, queries and exports."""
import datetime as dt
import json

import duckdb
import pytest

from dyadwatch.ingest.readers import RawDocument, read_inputs
from dyadwatch.model import Event
from dyadwatch.store import EventFilter, Store, StoreError, document_key, ingest
from dyadwatch.store.ingest import url_host
from dyadwatch.store.schema import event_columns

from .conftest import SAMPLE


def test_sample_is_stored_with_provenance(sample_db):
    with Store(sample_db) as store:
        c = store.counts()
        assert c["documents"] == sum(1 for line in SAMPLE.read_text().splitlines() if line.strip())
        assert c["events"] > 0 and c["sentences"] > c["documents"] and c["mentions"] > c["events"]
        assert c["copies"] >= 6  # the syndicated near-copies of the demo corpus
        assert c["merged_events"] < c["events"]
        removed = store.con.execute("SELECT removed FROM documents WHERE doc_id = 'sample-de-03'").fetchone()[0]
        assert json.loads(removed)[0]["reason"] == "teaser"
        cols = {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
        assert {name for name, _ in event_columns()} <= cols  # every field of the event contract
        text, start, end, evidence = store.con.execute(
            "SELECT d.text, e.evidence_start, e.evidence_end, e.evidence FROM events e JOIN documents d USING (doc_key) LIMIT 1"
        ).fetchone()
        assert text[start:end] == evidence


def test_ingesting_twice_changes_nothing(sample_copy):
    with Store(sample_copy) as store:
        before = store.snapshot()
        report = ingest(store, read_inputs([str(SAMPLE)]))
        assert report.stored == 0 and report.already_stored == report.inputs
        assert store.snapshot() == before


def test_document_key_is_content_and_url():
    a = RawDocument("a", "o", text="Same text.", url="https://x.example/1")
    assert document_key(a) == document_key(RawDocument("other-id", "o2", text="Same text.", url="https://x.example/1"))
    assert document_key(a) != document_key(RawDocument("a", "o", text="Same text.", url="https://y.example/1"))
    assert document_key(a) != document_key(RawDocument("a", "o", text="Other text.", url="https://x.example/1"))
    assert url_host("https://WWW.Example.org/a") == "example.org" and url_host(None) == "" and url_host("http://[bad") == ""


def test_bad_input_is_skipped_and_never_loses_stored_data(sample_copy, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": 5}\nnot json\n{"id": "e", "text": ""}\n'
                   '{"id": "ok", "lang": "en", "pub_date": "2024-05-02", "text": "The United States accused North Korea on Monday of firing missiles."}\n')
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01" * 40)
    with Store(sample_copy) as store:
        before = store.counts()
        report = ingest(store, read_inputs([str(bad), str(binary), str(tmp_path / "missing.txt")]))
        after = store.counts()
    assert report.stored == 1
    assert set(report.skipped) >= {"wrong_type", "malformed_json", "empty", "binary", "not_found"}
    assert after["documents"] == before["documents"] + 1
    assert after["events"] >= before["events"]
    assert after["skipped"] >= 5


def test_a_document_that_cannot_be_stored_is_skipped_alone(tmp_path, monkeypatch):
    from dyadwatch.store import db as dbmod

    original = dbmod.Store.add_documents

    def failing(self, items, now=None):
        if any(i.document.id == "poison" for i in items):
            raise RuntimeError("disk says no")
        return original(self, items, now)

    monkeypatch.setattr(dbmod.Store, "add_documents", failing)
    raws = [RawDocument(i, "t", text=f"Russia and China agreed on {i}.", pub_date="2024-01-02", lang="en") for i in ("a", "poison", "b")]
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(store, raws)
        assert report.stored == 2 and report.skipped == {"store_error": 1}
        assert {r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall()} == {"a", "b"}


def test_foreign_files_are_refused_and_left_alone(tmp_path):
    text = tmp_path / "notes.duckdb"
    text.write_text("my notes")
    with pytest.raises(StoreError):
        Store(text)
    assert text.read_text() == "my notes"
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE precious (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a dyadwatch store"):
        Store(other)
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "absent.duckdb", create=False)
    assert not (tmp_path / "absent.duckdb").exists()


def test_new_event_fields_become_new_columns(sample_copy):
    last = event_columns()[-1][0]
    con = duckdb.connect(str(sample_copy))
    con.execute(f'ALTER TABLE events DROP COLUMN "{last}"')
    con.close()
    with Store(sample_copy) as store:
        assert last in {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
        assert store.events(limit=1)


def test_filters(sample_db):
    with Store(sample_db) as store:
        everything = store.events()
        rus = store.events(EventFilter(source=["rus"]))
        assert rus and all(e["source_country"] == "RUS" for e in rus)
        dyad = store.events(EventFilter(actor=["PRK"], root=["4"]))
        assert dyad and all("PRK" in (e["source_country"], e["target_country"]) and e["root_code"] == "04" for e in dyad)
        gov = store.events(EventFilter(actor=["RUS"], role=["GOV"]))
        assert all(("RUS", "GOV") in ((e["source_country"], e["source_role"]), (e["target_country"], e["target_role"])) for e in gov)
        conflict = store.events(EventFilter(quad=[3, 4]))
        assert conflict and all(e["quad_class"] in (3, 4) for e in conflict)
        window = store.events(EventFilter(since=dt.date(2024, 6, 1), until=dt.date(2024, 6, 30)))
        assert window and all(e["date"].startswith("2024-06") for e in window)
        assert all(e["lang"] == "fr" for e in store.events(EventFilter(lang=["FR"])))
        assert all("pjöngjang" in (e["evidence"] + e["sentence"]).lower() for e in store.events(EventFilter(text="Pjöngjang")))
        assert all(e["code"].startswith(("04", "112")) for e in store.events(EventFilter(code=["04", "112"])))
        assert len(everything) == store.counts()["events"]
        assert set(Event.__slots__) <= set(everything[0])
        assert all(e["num_articles"] >= 1 and e["merged_id"] for e in everything)


def test_merged_records_count_outlets(sample_db):
    with Store(sample_db) as store:
        merged = store.events(merged=True)
        assert len(merged) == store.counts()["merged_events"]
        treaty = [e for e in merged if e["source_country"] == "RUS" and e["target_country"] == "PRK" and e["code"] == "057" and e["date"] == "2024-06-19"]
        assert treaty and treaty[0]["num_articles"] >= 2 and treaty[0]["num_sources"] >= 2
        assert treaty[0]["num_documents"] > treaty[0]["num_articles"]  # a syndicated copy counted once
        assert all(e["event_id"] == e["merged_id"] for e in merged)


def test_parquet_export(sample_db, tmp_path):
    out = tmp_path / "events.parquet"
    with Store(sample_db) as store:
        n = store.export_parquet(out, EventFilter(actor=["FRA"]))
    rows = duckdb.connect().execute(f"SELECT source_country, target_country, num_articles FROM '{out}'").fetchall()
    assert len(rows) == n > 0 and all("FRA" in r[:2] for r in rows)


def test_read_only_store_answers_queries(sample_db):
    with Store(sample_db, read_only=True) as store:
        assert store.events(limit=3)

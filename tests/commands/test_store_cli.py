"""`dyadwatch ingest | events | relations | partners`, and the story the demo corpus tells."""
import csv
import io
import json

import duckdb
import networkx as nx
import pytest

from dyadwatch.cli import main
from dyadwatch.output import GDELT_COLUMNS
from dyadwatch.store import Store
from dyadwatch.store.relations import dyad, partner_report

from ..store.conftest import SAMPLE, sample_db  # noqa: F401 (a fixture)


def months_between(a: str, b: str) -> int:
    ya, ma = map(int, a.split("-"))
    yb, mb = map(int, b.split("-"))
    return abs((ya * 12 + ma) - (yb * 12 + mb))


def test_the_demo_corpus_tells_its_story(sample_db):
    with Store(sample_db) as store:
        _, rus_prk = dyad(store, "RUS", "PRK", by="month")
        _, fra_ner = dyad(store, "FRA", "NER", by="month")
        ranked, _ = partner_report(store, "RUS")
    # Russia and North Korea draw closer from the summer of 2023 (Shoigu in Pyongyang, July 2023)
    assert [t.kind for t in rus_prk] == ["rapprochement"]
    assert months_between(rus_prk[0].period, "2023-07") <= 1
    # France and Niger fall out after the coup in Niamey (26 July 2023)
    assert [t.kind for t in fra_ner] == ["estrangement"]
    assert months_between(fra_ner[0].period, "2023-07") <= 1
    assert ranked[0].actor == "PRK" and ranked[0].score > 0.5
    assert {p.actor for p in ranked if p.score < 0} >= {"KOR", "DEU"}


def test_ingest_command_is_idempotent(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(SAMPLE), "--db", str(db)]) == 0
    first = capsys.readouterr().err
    assert "documents stored: 50" in first and "near-duplicate copies" in first
    assert main(["ingest", str(SAMPLE), "--db", str(db)]) == 0
    assert "documents stored: 0 (already in the store: 50)" in capsys.readouterr().err


def test_ingest_refuses_a_file_that_is_not_a_store(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me")
    assert main(["ingest", str(SAMPLE), "--db", str(notes)]) == 2
    assert "error" in capsys.readouterr().err and notes.read_text() == "keep me"


def test_events_formats(sample_db, tmp_path, capsys):
    db = str(sample_db)
    assert main(["events", "--db", db, "--actor", "PRK", "--root", "04"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].startswith("date") and "PRK" in table

    assert main(["events", "--db", db, "--source", "RUS", "--format", "jsonl", "--since", "2024-01-01"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all(r["source_country"] == "RUS" and r["date"] >= "2024" for r in records)
    assert {"doc_id", "event_id", "evidence", "num_mentions", "num_sources", "num_articles", "url"} <= set(records[0])

    assert main(["events", "--db", db, "--merged", "--format", "gdelt", "--code", "057"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter="\t"))
    assert rows[0] == GDELT_COLUMNS and len(rows) > 1
    at = {c: i for i, c in enumerate(GDELT_COLUMNS)}
    assert max(int(r[at["NumArticles"]]) for r in rows[1:]) >= 2
    assert all(r[at["EventRootCode"]] == "05" for r in rows[1:])  # merged by root: the code is the most reported one

    out = tmp_path / "e.csv"
    assert main(["events", "--db", db, "--quad", "3,4", "--format", "csv", "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open()))
    assert rows and all(r["quad_class"] in ("3", "4") for r in rows)

    pq = tmp_path / "e.parquet"
    assert main(["events", "--db", db, "--lang", "de", "--text", "Pjöngjang", "--format", "parquet", "--out", str(pq)]) == 0
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{pq}' WHERE lang <> 'de'").fetchone()[0] == 0
    assert main(["events", "--db", db, "--format", "parquet"]) == 2  # needs --out
    assert main(["events", "--db", db, "--quad", "x"]) == 2
    capsys.readouterr()


def test_query_commands_need_an_existing_store(tmp_path, capsys):
    absent = tmp_path / "absent.duckdb"
    for argv in (["events"], ["relations", "RUS", "PRK"], ["partners", "RUS"]):
        assert main(argv + ["--db", str(absent)]) == 2
    assert "no store" in capsys.readouterr().err and not absent.exists()


@pytest.mark.parametrize("by", ["week", "month", "quarter"])
def test_relations_command(sample_db, tmp_path, capsys, by):
    png = tmp_path / "rel.png"
    assert main(["relations", "rus", "prk", "--db", str(sample_db), "--by", by, "--json", "--png", str(png)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["a"] == "RUS" and data["by"] == by and data["periods"]
    assert all(p["ci_low"] <= p["index"] <= p["ci_high"] for p in data["periods"] if p["index"] is not None)
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_relations_table(sample_db, capsys):
    assert main(["relations", "FRA", "NER", "--db", str(sample_db), "--since", "2023-01-01", "--until", "2023-12-31", "--alpha", "0.05"]) == 0
    out = capsys.readouterr().out
    assert "2023-07" in out and "estrangement" in out and "2024-" not in out


def test_partners_command(sample_db, tmp_path, capsys):
    graphml = tmp_path / "net.graphml"
    assert main(["partners", "RUS", "--db", str(sample_db), "--graphml", str(graphml), "--since", "2023-01-01", "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[3].split()[1] == "PRK" and "community" in out
    graph = nx.read_graphml(graphml)
    assert "PRK" in graph and graph.nodes["PRK"]["community"] == graph.nodes["RUS"]["community"]
    assert main(["partners", "RUS", "--db", str(sample_db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["partners"][0]["actor"] == "PRK" and any("RUS" in c for c in data["communities"])

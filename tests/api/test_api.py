"""The REST API over a small store: every endpoint, its limits and its errors."""
import subprocess
import sys
from itertools import pairwise

import pytest

from dyadwatch.store import Store
from dyadwatch.store.relations import dyad

from ..conftest import ROOT
from .conftest import make_client
from .stores import HOSTILE

pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install 'dyadwatch[serve]'")


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.text[:500])
    return response.json()


def test_health_says_what_is_served(client):
    health = get(client, "/api/health")
    assert health["status"] == "ok" and health["read_only"] is True
    assert health["documents"] == 51 and health["events"] > 100 and 0 < health["merged_events"] < health["events"]
    assert health["first_pub_date"].startswith("2023-") and not health["aggregates_stale"]


def test_the_schema_is_served_and_names_every_endpoint(client):
    schema = get(client, "/api/openapi.json")
    paths = set(schema["paths"])
    for path in ("/api/health", "/api/events", "/api/events/{ref}", "/api/documents/{doc_key}", "/api/relations/{a}/{b}",
                 "/api/relations/{a}/{b}/events", "/api/partners/{actor}", "/api/network", "/api/actors", "/api/dyads"):
        assert path in paths
    assert all(op.get("get") for op in schema["paths"].values())  # read-only: no other method


def test_events_filters_page_and_sort(client):
    first = get(client, "/api/events?actor=RUS&limit=5")
    assert first["total"] > 20 and len(first["items"]) == 5 and first["offset"] == 0 and first["limit"] == 5
    assert all("RUS" in (e["source_country"], e["target_country"]) for e in first["items"])
    dates = [e["date"] for e in first["items"]]
    assert dates == sorted(dates)
    second = get(client, "/api/events?actor=RUS&limit=5&offset=5")
    assert {e["ref"] for e in first["items"]}.isdisjoint(e["ref"] for e in second["items"])
    newest = get(client, "/api/events?actor=RUS&limit=5&sort=-date")["items"]
    assert newest[0]["date"] >= dates[-1]
    scores = [e["goldstein"] for e in get(client, "/api/events?sort=-goldstein&limit=50")["items"]]
    assert scores == sorted(scores, reverse=True)
    # the same filters as `dyadwatch events`
    quad = get(client, "/api/events?quad=3,4&root=11,12,13,14,15,16,17,18,19,20&limit=200")["items"]
    assert quad and all(e["quad_class"] in (3, 4) for e in quad)
    german = get(client, "/api/events?lang=de&since=2023-07-01&until=2023-09-30&limit=200")["items"]
    assert german and all(e["lang"] == "de" and "2023-07" <= e["date"][:7] <= "2023-09" for e in german)
    assert get(client, "/api/events?text=Pyongyang&limit=200")["total"] >= 1
    assert get(client, "/api/events?source=NER&target=FRA&code=11")["items"][0]["code"].startswith("11")


@pytest.mark.parametrize("merged", [False, True])
@pytest.mark.parametrize(
    "query, flt",
    [
        ("", {}),
        ("actor=RUS", {"actor": ["RUS"]}),
        ("source=NER&target=FRA", {"source": ["NER"], "target": ["FRA"]}),
        ("root=04,05&lang=fr", {"root": ["04", "05"], "lang": ["fr"]}),
        ("quad=3,4&since=2023-07-01&until=2023-12-31", {"quad": [3, 4], "since": "2023-07-01", "until": "2023-12-31"}),
        ("text=Pyongyang&role=GOV", {"text": "Pyongyang", "role": ["GOV"]}),
    ],
)
def test_events_are_those_of_the_command_line(client, api_db, query, flt, merged):
    import datetime as dt

    from dyadwatch.store import EventFilter

    flt = {k: dt.date.fromisoformat(v) if k in ("since", "until") else v for k, v in flt.items()}
    with Store(api_db, create=False, read_only=True) as store:
        expected = store.events(EventFilter(**flt), merged=merged)
    got = get(client, f"/api/events?{query}&merged={str(merged).lower()}&limit=200")
    assert got["total"] == len(expected)
    key = "merged_id" if merged else "event_id"
    assert sorted(e["merged_id"] if merged else (e["doc_key"], e["ordinal"]) for e in got["items"]) == sorted(
        r[key] if merged else (r["doc_key"], r["ordinal"]) for r in expected)
    by_key = {(r["merged_id"] if merged else (r["doc_key"], r["ordinal"])): r for r in expected}
    for e in got["items"]:
        r = by_key[e["merged_id"] if merged else (e["doc_key"], e["ordinal"])]
        assert (e["date"], e["code"], e["evidence"], e["num_articles"], e["url"]) == (r["date"], r["code"], r["evidence"], r["num_articles"], r["url"])


def test_merged_events_and_dyad_filter(client):
    reports = get(client, "/api/events?dyad=RUS,PRK&limit=200")
    merged = get(client, "/api/events?dyad=PRK, RUS&merged=true&limit=200")
    assert 0 < merged["total"] < reports["total"]
    assert all({e["source_country"], e["target_country"]} == {"RUS", "PRK"} for e in merged["items"] + reports["items"])
    assert all(e["ref"] == e["merged_id"] and e["num_articles"] >= 1 for e in merged["items"])
    assert all(e["ref"] == f"{e['doc_key']}-{e['ordinal']}" for e in reports["items"])


@pytest.mark.parametrize(
    "url, words",
    [
        ("/api/events?since=2023-13-01", ["since", "date"]),
        ("/api/events?quad=5", ["quad", "1-4", "'5'"]),
        ("/api/events?actor=R%24S", ["actor", "actor codes"]),
        ("/api/events?limit=1000", ["limit", "200"]),
        ("/api/events?offset=20000", ["offset", "10000"]),
        ("/api/events?since=1700000000", ["since", "YYYY-MM-DD"]),
        ("/api/events?sort=evidence", ["sort"]),
        ("/api/events?text=" + "x" * 201, ["text", "200"]),
        ("/api/relations/RUS/PRK?by=day", ["by", "week"]),
        ("/api/relations/RUS/PRK?alpha=2", ["alpha"]),
        ("/api/relations/RUS/PRK?by=week&since=1950-01-01", ["weeks", "at most 600"]),
        ("/api/relations/RUS/PRK/events?start=2023-09", ["start", "YYYY-MM-DD"]),
        ("/api/relations/RUS/PRK/events", ["start", "required"]),
        ("/api/partners/RUS?top=0", ["top"]),
        ("/api/events/not-a-ref", ["ref", "merged event id"]),
    ],
)
def test_invalid_parameters_get_422_with_a_clear_message(client, url, words):
    body = get(client, url, status=422)
    assert isinstance(body["detail"], str)
    for word in words:
        assert word in body["detail"], body["detail"]


def test_empty_windows_and_self_pairs_are_empty_answers(client):
    assert get(client, "/api/events?since=2024-01-01&until=2023-01-01")["total"] == 0
    assert get(client, "/api/relations/RUS/PRK?since=2024-01-01&until=2023-01-01")["periods"] == []
    assert get(client, "/api/partners/RUS?since=2024-01-01&until=2023-01-01")["partners"] == []
    assert get(client, "/api/relations/RUS/RUS")["turns"] == []
    # any day of a period names the period
    assert get(client, "/api/relations/RUS/PRK/events?start=2023-09-17")["start"] == "2023-09-01"


def test_unknown_ids_get_404(client):
    assert "no event" in get(client, "/api/events/0123456789abcdef", status=404)["detail"]
    assert "no event" in get(client, "/api/events/0123456789abcdef0123456789abcdef-3", status=404)["detail"]
    assert "no document" in get(client, "/api/documents/0123456789abcdef", status=404)["detail"]


def test_one_event_with_every_document_and_its_evidence(client):
    # the most reported merged event: several documents, copies among them
    top = get(client, "/api/events?merged=true&sort=-articles&limit=1")["items"][0]
    detail = get(client, f"/api/events/{top['ref']}")
    assert detail["merged"] and detail["event"]["merged_id"] == top["merged_id"]
    docs = detail["documents"]
    assert len(docs) == top["num_documents"] >= 2
    assert len({d["doc_key"] for d in docs}) == len(docs)
    for d in docs:
        assert d["reports"], d
        document = get(client, f"/api/documents/{d['doc_key']}")
        for r in d["reports"]:
            assert document["text"][r["evidence_start"] : r["evidence_end"]] == r["evidence"]
    # a report's ref leads to the same merged event
    one = docs[0]["reports"][0]["ref"]
    assert get(client, f"/api/events/{one}")["event"]["merged_id"] == top["merged_id"]


def test_document_segments_mark_removed_boilerplate_and_evidence(client):
    event = get(client, "/api/events?text=Lawrow&lang=de&limit=1")["items"][0]
    doc = get(client, f"/api/documents/{event['doc_key']}")
    segments = doc["segments"]
    # consecutive, covering the text
    assert segments[0]["start"] == 0 and segments[-1]["end"] == doc["length"] == len(doc["text"])
    assert all(a["end"] == b["start"] for a, b in pairwise(segments))
    removed = "".join(doc["text"][s["start"] : s["end"]] for s in segments if s["removed"])
    assert removed and all(r["reason"] for r in doc["removed"])
    assert removed == "".join(doc["text"][r["start"] : r["end"]] for r in doc["removed"])
    marked = "".join(doc["text"][s["start"] : s["end"]] for s in segments if event["ref"] in s["events"])
    assert marked == event["evidence"]
    trigger = "".join(doc["text"][s["start"] : s["end"]] for s in segments if event["ref"] in s["triggers"])
    assert trigger and trigger in marked
    assert any(s["actor"] for s in segments)


def test_relations_match_the_command_line(client, api_db):
    rel = get(client, "/api/relations/rus/prk?by=month")
    with Store(api_db, create=False, read_only=True) as store:
        series, found = dyad(store, "RUS", "PRK", by="month")
    assert [p["index"] for p in rel["periods"]] == [p.to_dict()["index"] for p in series.periods]
    assert [(t["period"], t["kind"]) for t in rel["turns"]] == [(t.period, t.kind) for t in found]
    assert rel["turns"][0]["kind"] == "rapprochement" and rel["turns"][0]["period"].startswith("2023-0")
    assert all(p["ci_low"] <= p["index"] <= p["ci_high"] for p in rel["periods"] if p["index"] is not None and p["events"])
    assert get(client, "/api/relations/FRA/NER")["turns"][0]["kind"] == "estrangement"
    assert get(client, "/api/relations/ZZZ/QQQ") ["periods"] == []


def test_period_events_are_the_events_the_series_counts(client):
    rel = get(client, "/api/relations/RUS/PRK?by=quarter")
    for p in rel["periods"]:
        found = get(client, f"/api/relations/RUS/PRK/events?by=quarter&start={p['start']}")
        assert found["total"] == p["events"] == len(found["items"]), p
        assert all({e["source_country"], e["target_country"]} == {"RUS", "PRK"} for e in found["items"])


def test_partners_network_actors_dyads(client):
    partners = get(client, "/api/partners/RUS?top=3")
    assert partners["partners"][0]["actor"] == "PRK" and partners["partners"][0]["name"] == "North Korea"
    assert len(partners["partners"]) == 3 and "PRK" in partners["bloc"]
    net = get(client, "/api/network?max_edges=5")
    assert len(net["edges"]) == 5 and net["total_edges"] >= 5
    assert {n["id"] for n in net["nodes"]} == {x for e in net["edges"] for x in (e["a"], e["b"])}
    actors = get(client, "/api/actors")["actors"]
    assert actors[0]["code"] in ("RUS", "PRK") and actors[0]["name"]
    pair = get(client, "/api/dyads?limit=1")["dyads"][0]
    assert {pair["a"], pair["b"]} == {"RUS", "PRK"}
    vocabulary = get(client, "/api/vocabulary")
    assert len(vocabulary["roots"]) == 20 and [q["quad"] for q in vocabulary["quad_classes"]] == [1, 2, 3, 4]


def test_hostile_text_comes_back_as_data(client):
    events = get(client, "/api/events?text=Lavrov met&limit=5")["items"]
    hostile = next(e for e in events if e["doc_id"] == HOSTILE["id"])
    doc = get(client, f"/api/documents/{hostile['doc_key']}")
    assert "<script>" in doc["text"] and doc["title"] == HOSTILE["title"] and doc["url"] == HOSTILE["url"]


def test_responses_carry_a_strict_content_security_policy(client):
    for url in ("/", "/api/health", "/static/app.js"):
        response = client.get(url)
        assert response.status_code == 200
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script src=\"static/app.js\"" in client.get("/").text


def test_the_store_is_opened_read_only(app):
    import duckdb

    with pytest.raises(duckdb.Error):
        app.state.store.con.execute("CREATE TABLE intruder (x INTEGER)")


def test_a_slow_query_is_stopped_with_503(api_db, monkeypatch):
    from dyadwatch.api import create_app, queries

    def slow(store):
        store.con.execute("SELECT count(*) FROM range(100000000000) a").fetchall()

    monkeypatch.setattr(queries, "health", slow)
    client = make_client(create_app(api_db, query_seconds=0.3))
    response = client.get("/api/health")
    assert response.status_code == 503 and "longer than 0.3 s" in response.json()["detail"]


def test_cached_and_uncached_answers_agree(api_db, client):
    from dyadwatch.api import create_app

    fresh = make_client(create_app(api_db, cache_size=0))
    for url in ("/api/relations/FRA/NER?by=quarter", "/api/partners/FRA", "/api/network"):
        assert fresh.get(url).json() == get(client, url)


def test_a_store_with_stale_merged_events_is_served_and_says_so(api_db, tmp_path):
    import shutil

    import duckdb

    from dyadwatch.api import create_app

    copy = tmp_path / "stale.duckdb"
    shutil.copy(api_db, copy)
    con = duckdb.connect(str(copy))
    con.execute("UPDATE meta SET value = '1' WHERE key = 'aggregates_dirty'")
    con.close()
    app = create_app(copy)
    try:
        assert make_client(app).get("/api/health").json()["aggregates_stale"] is True
    finally:
        app.state.store.close()


def test_serve_refuses_a_missing_store(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "dyadwatch.cli", "serve", "--db", str(tmp_path / "none.duckdb"), "--port", "0"],
        check=False, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and "no store at" in result.stderr


def test_serve_and_its_options_are_documented_in_the_readme():
    from dyadwatch.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "dyadwatch serve" in readme
    sub = next(a for a in build_parser()._actions if a.dest == "command").choices["serve"]
    for action in sub._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in readme

"""The Spark engine in local mode: the same events as the local engine on the same 500
documents, every input format, the Parquet layout, and the relation aggregation in Spark
SQL checked against the series code. Skipped (with the reason) without pyspark or Java;
`.ci/run` installs both."""
from __future__ import annotations

import json
import os
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from dyadwatch.engines.corpus import html_documents, write_jsonl
from dyadwatch.engines.local import LocalEngine
from dyadwatch.ingest.readers import read_inputs
from dyadwatch.pipeline import Pipeline

from .conftest import corpus

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'dyadwatch[spark]')")
JAVA = shutil.which("java") or (os.environ.get("JAVA_HOME") and Path(os.environ["JAVA_HOME"], "bin", "java").exists())
if not JAVA:
    pytest.skip("no Java runtime (apt-get install default-jre-headless) for Spark", allow_module_level=True)

from dyadwatch.engines import spark as engine


@pytest.fixture(scope="module")
def spark():
    session = engine.session("local[2]")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def coded(spark, tmp_path_factory):
    """500 documents coded by the local engine and by Spark local[2]."""
    work = tmp_path_factory.mktemp("spark")
    docs = corpus(500, seed=42, prefix="eq")
    path = write_jsonl(work / "docs.jsonl", docs)
    local = LocalEngine(Pipeline(), workers=2)
    results = list(local.run(read_inputs([str(path)])))
    summary = engine.run(spark, str(path), str(work / "out"))
    return {"work": work, "docs": docs, "results": results, "local": local, "summary": summary, "out": work / "out"}


def _key(event: dict) -> tuple:
    event = dict(event)
    event.pop("pub_date", None)
    event.pop("event_month", None)
    if isinstance(event.get("location"), str):
        event["location"] = json.loads(event["location"])
    return tuple(sorted((k, json.dumps(v, sort_keys=True, ensure_ascii=False)) for k, v in event.items()))


def _spark_events(spark, out: Path) -> list[dict]:
    return [r.asDict() for r in spark.read.parquet(str(out / "events")).collect()]


def test_spark_and_the_local_engine_give_identical_event_sets(spark, coded):
    local_events = [e.to_dict() for r in coded["results"] for e in r.events]
    spark_events = _spark_events(spark, coded["out"])
    assert len(local_events) > 1000
    assert sorted(map(_key, spark_events)) == sorted(map(_key, local_events))
    assert coded["summary"]["documents_coded"] == len(coded["results"]) == coded["local"].counters["documents_coded"]
    assert coded["summary"]["events"] == len(local_events)


def test_parquet_layout_partitions_events_by_month_and_keeps_documents(spark, coded):
    out = coded["out"]
    months = sorted(p.name for p in (out / "events").iterdir() if p.name.startswith("event_month="))
    assert months and all(len(m.split("=")[1]) == 7 for m in months)
    docs = {r["doc_id"]: r for r in (x.asDict() for x in spark.read.parquet(str(out / "documents")).collect())}
    first = coded["results"][0].document
    assert docs[first.id]["lang"] == first.lang and docs[first.id]["sentences"] == len(first.sentences)
    assert docs[first.id]["pub_month"] == first.pub_date.isoformat()[:7]
    assert spark.read.parquet(str(out / "skipped")).count() == len(coded["local"].skips)


def test_relations_in_spark_sql_match_the_series_code(spark, coded):
    from dyadwatch.aggregate.series import event_day, period_label, period_start

    expected: dict[tuple, list] = defaultdict(list)
    for r in coded["results"]:
        for e in r.events:
            if not e.source_country or not e.target_country or e.source_country == e.target_country:
                continue
            day = event_day(e.date, e.date_precision, r.document.pub_date.isoformat(), "month")
            a, b = sorted((e.source_country, e.target_country))
            expected[(a, b, period_label(period_start(day, "month"), "month"))].append(e)
    rows = {(r["actor_a"], r["actor_b"], r["period"]): r for r in (x.asDict() for x in spark.read.parquet(str(coded["out"] / "relations")).collect())}
    assert set(rows) == set(expected)
    for key, events in expected.items():
        row = rows[key]
        assert row["events"] == len(events)
        assert [row["verbal_cooperation"], row["material_cooperation"], row["verbal_conflict"], row["material_conflict"]] == [
            sum(1 for e in events if e.quad_class == q) for q in (1, 2, 3, 4)
        ]
        assert row["goldstein_sum"] == pytest.approx(sum(e.goldstein for e in events))
        assert row["goldstein_mean"] == pytest.approx(sum(e.goldstein for e in events) / len(events))
        assert row["a_to_b"] == sum(1 for e in events if e.source_country == key[0])


def test_parquet_and_warc_inputs_give_the_events_of_the_local_readers(spark, coded):
    pytest.importorskip("fastwarc", reason="fastwarc is not installed (pip install 'dyadwatch[warc]')")
    from dyadwatch.ingest.warc import write_warc

    work = coded["work"]
    docs = coded["docs"][:24]
    spark.createDataFrame(docs[:12]).write.mode("overwrite").parquet(str(work / "docs.parquet"))
    pages = list(html_documents(docs[12:]))
    write_warc(work / "pages.warc.gz", pages)
    for source, local_input in ((work / "docs.parquet", write_jsonl(work / "first.jsonl", docs[:12])), (work / "pages.warc.gz", work / "pages.warc.gz")):
        summary = engine.run(spark, str(source), str(work / f"out-{source.suffix}"), partitions=2)
        local = [e.to_dict() for r in Pipeline().run(read_inputs([str(local_input)])) for e in r.events]
        assert summary["documents_coded"] == 12 and local
        assert sorted(map(_key, _spark_events(spark, work / f"out-{source.suffix}"))) == sorted(map(_key, local))


def test_the_spark_command(spark, coded, capsys):
    from dyadwatch.cli import main

    work = coded["work"]
    path = write_jsonl(work / "small.jsonl", coded["docs"][:10] + [{"id": "bad", "text": ""}])
    out = work / "cli-out"
    assert main(["spark", str(path), str(out), "--master", "local[2]", "--by", "quarter"]) == 1  # one skip
    assert "documents coded: 10, skipped: 1 (empty: 1)" in capsys.readouterr().err
    periods = {r["period"] for r in spark.read.parquet(str(out / "relations")).collect()}
    assert periods and all("-Q" in p for p in periods)
    assert main(["spark", str(path), str(out)]) == 2  # the output exists: refused without --overwrite

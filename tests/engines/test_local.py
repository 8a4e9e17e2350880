"""The local engine: same results as the single-process path, bounded memory, time limits."""
from __future__ import annotations

import json
import os
import signal
import time

import pytest

from dyadwatch.cli import main
from dyadwatch.engines.local import LocalEngine
from dyadwatch.ingest.readers import RawDocument, read_inputs
from dyadwatch.model import Skip
from dyadwatch.pipeline import Pipeline

from .conftest import corpus


def _raws(docs):
    return [RawDocument(d["id"], f"test:{d['id']}", text=d["text"], pub_date=d["pub_date"], lang=d.get("lang")) for d in docs]


def _outcome(runner, items):
    results = [(r.document.id, r.document.lang, len(r.document.sentences), [e.to_dict() for e in r.events]) for r in runner.run(items)]
    return results, [(s.doc_id, s.reason) for s in runner.skips], dict(runner.counters)


def test_pool_gives_the_single_process_results_in_the_same_order(tmp_path):
    docs = corpus(120, seed=7)
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    lines[10] = "{not json"  # a reader skip in the middle
    lines[50] = json.dumps({"id": "empty", "text": "   "})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    single = _outcome(Pipeline(), read_inputs([str(path)]))
    pooled = _outcome(LocalEngine(Pipeline(), workers=2, chunk_size=3), read_inputs([str(path)]))
    assert single[0] and sum(len(r[3]) for r in single[0]) > 100
    assert pooled == single
    assert ("empty", "empty") in single[1] and single[1][0][1] == "malformed_json"


def test_memory_is_bounded_by_the_documents_in_flight():
    docs = _raws(corpus(60, seed=3))
    read = 0

    def source():
        nonlocal read
        for d in docs:
            read += 1
            yield d

    engine = LocalEngine(Pipeline(), workers=2, chunk_size=2, max_in_flight=6)
    handed = 0
    for _ in engine.run(source()):
        handed += 1
        assert read - handed <= 6 + 1  # the reader never runs ahead of the consumer
    assert engine.max_buffered <= 6 and handed + len(engine.skips) == 60


def _slow_process(original, how):
    def process(self, raw):
        if raw.id.startswith("slow"):
            if how == "python":
                time.sleep(30)
            elif how == "stuck":  # a C call that no signal interrupts
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                time.sleep(30)
            elif how == "crash":
                os._exit(3)
        return original(self, raw)

    return process


@pytest.mark.parametrize("how,reason", [("python", "timeout"), ("stuck", "timeout"), ("crash", "worker_died")])
def test_a_slow_or_dying_document_is_skipped_and_the_batch_goes_on(monkeypatch, how, reason):
    monkeypatch.setattr(Pipeline, "process", _slow_process(Pipeline.process, how))  # inherited by forked workers
    docs = _raws(corpus(12, seed=5))
    docs.insert(3, RawDocument("slow-1", "test:slow-1", text=docs[0].text, pub_date="2024-01-01"))
    engine = LocalEngine(Pipeline(), workers=2, timeout=2, chunk_size=4)
    start = time.monotonic()
    results = list(engine.run(docs))
    assert time.monotonic() - start < 25
    assert [(s.doc_id, s.reason) for s in engine.skips if s.doc_id == "slow-1"] == [("slow-1", reason)]
    assert engine.counters[f"skipped:{reason}"] == 1
    assert [r.document.id for r in results] == [d.id for d in docs if d.id != "slow-1" and d.id not in {s.doc_id for s in engine.skips}]
    assert len(results) >= 10
    if how != "python":
        assert engine.restarts == 1


def test_time_limit_in_the_engine_does_not_change_results():
    docs = _raws(corpus(30, seed=11))
    plain = _outcome(Pipeline(), docs)
    limited = _outcome(LocalEngine(Pipeline(), workers=1, timeout=60), docs)
    assert limited == plain


def test_cli_workers_and_timeout_give_the_same_events(corpus_file, tmp_path):
    path = corpus_file(40, seed=2)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["code", str(path), "--out", str(one)]) == 0
    assert main(["code", str(path), "--out", str(two), "--workers", "2", "--timeout", "60"]) == 0
    assert one.read_text() == two.read_text() and one.read_text().count("\n") > 20


def test_reader_skips_keep_their_place(tmp_path):
    items = [Skip("a", "x", "empty"), *_raws(corpus(3, seed=1)), Skip("b", "y", "binary")]
    engine = LocalEngine(Pipeline(), workers=2)
    results = list(engine.run(items))
    assert len(results) == 3 and [s.doc_id for s in engine.skips] == ["a", "b"]
    assert engine.counters["inputs"] == 5 and engine.counters["skipped"] == 2

"""The hostile corpus (corpus.py), reduced to a few hundred cases, through `ingest` with a
per-document time limit: every case ends as coded documents or counted skips with
reasons; no crash, no hang, bounded memory, nothing of a local file pulled in by an
external entity, and a consistent store. Two shards run side by side in subprocesses
(CI has two cores), each measured on its own. The full run (10,000+ cases) is
`python benchmarks/hostile.py`, with its figures in benchmarks/RESULTS.md."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from .corpus import KINDS, SPECIALS, kind_of, schedule

from ..conftest import ROOT

CASES = 360
SHARDS = 2
TIMEOUT = 3.0  # seconds of coding per document (the limit under test)
HANG = 60.0  # seconds for one case in all
MAX_RSS_MB = 1200  # a shard's peak resident memory
KNOWN_REASONS = {
    "binary", "undecodable", "empty", "too_large", "unreadable", "unsupported_format", "not_found", "malformed_json",
    "wrong_type", "no_main_text", "unsupported_language", "bad_pub_date", "timeout", "truncated", "decompression_bomb",
    "store_error",
}


@pytest.fixture(scope="module")
def summaries(tmp_path_factory):
    pytest.importorskip("fastwarc", reason="the corpus has WARC cases: pip install 'dyadwatch[warc]'")
    folder = tmp_path_factory.mktemp("hostile")
    procs = []
    for shard in range(SHARDS):
        out = folder / f"shard{shard}.json"
        cmd = [sys.executable, "-m", "tests.hostile.run", "--cases", str(CASES), "--timeout", str(TIMEOUT), "--hang", str(HANG),
               "--shard", f"{shard}/{SHARDS}", "--json", str(out)]
        procs.append((subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True), out))
    results = []
    for proc, out in procs:
        try:
            stdout, stderr = proc.communicate(timeout=600)
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, stderr = proc.communicate()
            pytest.fail(f"the hostile corpus did not finish in 600 s: {stderr[-3000:]}")
        assert out.exists(), f"the run died (exit {proc.returncode}): {stderr[-3000:]}"
        results.append(json.loads(out.read_text(encoding="utf-8")))
    return results


def test_every_kind_is_in_the_reduced_corpus():
    made = Counter(kind_of(i, 0, CASES) for i in range(CASES))
    assert set(made) == {name for name, _, _ in KINDS} | {name for name, _, _ in SPECIALS}
    assert len(schedule(CASES)) == sum(count(CASES) for _, _, count in SPECIALS)


def test_every_case_is_coded_or_a_counted_skip(summaries):
    assert sum(s["cases"] for s in summaries) == CASES
    for s in summaries:
        assert s["crashes"] == [], s["crashes"]
        assert s["internal_errors"] == [], s["internal_errors"]
        assert s["unaccounted"] == [], s["unaccounted"]
    reasons = Counter()
    for s in summaries:
        reasons.update(s["skips"])
    assert set(reasons) <= KNOWN_REASONS, set(reasons) - KNOWN_REASONS
    # the limits were reached, and held: bombs, oversize inputs, cut files and slow documents
    for reason in ("decompression_bomb", "too_large", "truncated", "timeout", "malformed_json", "wrong_type", "binary"):
        assert reasons[reason] > 0, reason
    assert sum(s["documents_coded"] for s in summaries) > CASES / 2  # damaged real articles still code


def test_no_hang_and_bounded_memory(summaries):
    for s in summaries:
        assert s["hangs"] == [], s["hangs"]
        assert s["peak_rss_mb"] < MAX_RSS_MB, (s["peak_rss_mb"], s["rss_steps"])
        assert max(c["seconds"] for c in s["slowest"]) < HANG


def test_nothing_leaks_and_the_store_is_consistent(summaries):
    for s in summaries:
        assert s["leaks"] == 0  # no external entity pulled /etc/passwd into a stored document
        assert s["store_check"] == ""
        assert s["store_documents"] == s["documents_stored"]

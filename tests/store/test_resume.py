"""Resumable ingest: a run killed with SIGKILL, then rerun, gives the same store as an
uninterrupted run (real subprocesses)."""
import os
import re
import select
import signal
import subprocess
import sys
import time

from dyadwatch.ingest.readers import read_inputs
from dyadwatch.store import Store, ingest
from dyadwatch.store.synthetic import write_corpus

N = 128


def ingest_command(corpus, db):
    return [sys.executable, "-m", "dyadwatch.cli", "ingest", str(corpus), "--db", str(db), "--progress"]


def run_until_stored(corpus, db, at_least: int, timeout: float = 120) -> int:
    """Start an ingest, SIGKILL it once at least `at_least` documents are committed; returns
    the count it had reported."""
    proc = subprocess.Popen(ingest_command(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen, stored = b"", 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stderr], [], [], 0.05)
            if ready:
                chunk = os.read(proc.stderr.fileno(), 65536)
                if not chunk:
                    break
                seen += chunk
                counts = re.findall(rb"stored (\d+)", seen[-4000:])
                stored = int(counts[-1]) if counts else 0
                if stored >= at_least:
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                    return stored
        raise AssertionError(f"ingest ended or stalled before {at_least} documents were stored: {seen[-500:]!r}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def test_sigkill_then_rerun_equals_an_uninterrupted_run(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", N, seed=7)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    reported = run_until_stored(corpus, killed_db, at_least=1)  # the first batch (64 documents) is committed
    with Store(killed_db) as store:  # the committed documents survived the kill, whole
        partial = store.counts()
        assert 1 <= reported <= partial["documents"] < N - 1
        orphans = store.con.execute(
            "SELECT count(*) FROM events e LEFT JOIN documents d USING (doc_key) WHERE d.doc_key IS NULL"
        ).fetchone()[0]
        assert orphans == 0

    rerun = subprocess.run(ingest_command(corpus, killed_db), capture_output=True, text=True)
    assert rerun.returncode in (0, 1), rerun.stderr  # 1: some synthetic documents are skipped
    assert "already in the store: " in rerun.stderr

    with Store(clean_db) as store:
        ingest(store, read_inputs([str(corpus)]))
        expected = store.snapshot()
    with Store(killed_db) as store:
        resumed = store.snapshot()
    assert resumed["documents"] == expected["documents"]
    for table in expected:
        assert resumed[table] == expected[table], table

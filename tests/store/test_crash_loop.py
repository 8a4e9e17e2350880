"""Crash safety over many runs: `dyadwatch ingest` (a real subprocess) is killed with
SIGKILL at random points, run after run, each run given one more chunk of the corpus, and
after every kill the store is checked: it opens, holds only whole documents (every row of
every stored document equal to an uninterrupted run's, counts that agree with the rows),
has lost no document that an earlier run committed, and holds no document twice. While
the ingest runs, a reader (a read-only Store, and the REST API) either answers or says
clearly that the store is being written. A last run completes, and the store then equals
an uninterrupted run.

DuckDB allows one writing process or any number of reading ones; the README's
"Threat model" and `dyadwatch serve` sections say what that means for readers."""
from __future__ import annotations

import json
import os
import random
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyadwatch.ingest.readers import read_inputs
from dyadwatch.store import Store, StoreError, StoreLocked, ingest
from dyadwatch.store.synthetic import documents

KILLS = 6
CHUNK = 40  # documents per chunk; run k ingests chunks 0..k
SEED = 20261129
BASE_TABLES = ("documents", "sentences", "mentions", "events", "near_duplicates")


def write_chunks(folder: Path) -> list[Path]:
    docs = list(documents(CHUNK * (KILLS + 1), seed=SEED))
    paths = []
    for k in range(KILLS + 1):
        path = folder / f"chunk{k}.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs[k * CHUNK : (k + 1) * CHUNK]), encoding="utf-8")
        paths.append(path)
    return paths


def command(inputs: list[Path], db: Path) -> list[str]:
    return [sys.executable, "-m", "dyadwatch.cli", "ingest", *map(str, inputs), "--db", str(db), "--progress"]


def rows_by_table(store: Store) -> dict[str, set]:
    """Every row of the base tables, without the ingestion time."""
    out = {}
    for table in BASE_TABLES:
        cols = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "ingested_at"]
        out[table] = set(store.con.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {table}").fetchall())
    return out


def check_store(db: Path, reference: dict[str, set], committed: set[str]) -> set[str]:
    """The checks after a kill; returns the keys of the stored documents."""
    with Store(db, create=False, read_only=True) as store:  # it opens: not corrupted
        con = store.con
        keys = [r[0] for r in con.execute("SELECT doc_key FROM documents").fetchall()]
        assert len(keys) == len(set(keys)), "a document is stored twice"
        pairs = con.execute("SELECT count(*), count(DISTINCT (content_hash, coalesce(url, ''))) FROM documents").fetchone()
        assert pairs[0] == pairs[1], "the same content and URL stored under two keys"
        missing = committed - set(keys)
        assert not missing, f"{len(missing)} committed documents were lost"
        rows = rows_by_table(store)
        for table in BASE_TABLES:
            extra = rows[table] - reference[table]
            assert not extra, f"{table}: {len(extra)} rows that an uninterrupted run does not have (torn or corrupt)"
        wrong = con.execute(
            "SELECT count(*) FROM documents d WHERE n_events != (SELECT count(*) FROM events e WHERE e.doc_key = d.doc_key) "
            "OR n_sentences != (SELECT count(*) FROM sentences s WHERE s.doc_key = d.doc_key) "
            "OR n_mentions != (SELECT count(*) FROM mentions m WHERE m.doc_key = d.doc_key)"
        ).fetchone()[0]
        assert wrong == 0, f"{wrong} documents stored without all their rows"
        for table in ("sentences", "mentions", "events"):
            orphans = con.execute(f"SELECT count(*) FROM {table} t LEFT JOIN documents d USING (doc_key) WHERE d.doc_key IS NULL").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows without their document"
    return set(keys)


def probe_reader(db: Path) -> str:
    """What a reader gets while the ingest may be running: 'answered', 'locked' (with the
    clear message) or 'absent' (the store is not made yet)."""
    try:
        with Store(db, create=False, read_only=True, lock_timeout=0) as store:
            store.con.execute("SELECT count(*) FROM documents").fetchone()
        return "answered"
    except StoreLocked as exc:
        assert "being written by another process" in str(exc) and "try again" in str(exc), str(exc)
        return "locked"
    except StoreError as exc:
        assert "no store at" in str(exc) or "is empty" in str(exc), str(exc)
        return "absent"


def run_and_kill(inputs: list[Path], db: Path, rng: random.Random, run: int) -> dict:
    """Start an ingest, probe it as a reader, SIGKILL it at a random point; what happened."""
    proc = subprocess.Popen(command(inputs, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    strategy = ("early", "stored", "time", "time", "stored", "late")[run % 6]
    # kill points by progress where the run could otherwise finish first (a run stores at
    # least CHUNK new documents): early in the run, or in its second half
    delay = {"early": rng.uniform(0.3, 2.0), "time": rng.uniform(1.0, 4.0)}.get(strategy, 60.0)
    # "time" kills at its moment or, on a fast machine, once most of the run is stored
    threshold = {"stored": rng.randint(1, CHUNK - 5), "late": rng.randint(CHUNK // 2, CHUNK - 5), "time": CHUNK - 5}.get(strategy)
    probe_at = rng.uniform(0.5, min(delay, 3.0)) if strategy != "early" else None
    started = time.monotonic()
    seen, stored, probes = b"", 0, []
    try:
        while True:
            elapsed = time.monotonic() - started
            if probe_at is not None and elapsed >= probe_at:
                probes.append(probe_reader(db))
                probe_at = None
            if elapsed >= delay or (threshold is not None and stored >= threshold):
                break
            if proc.poll() is not None:
                break
            ready, _, _ = select.select([proc.stderr], [], [], 0.02)
            if ready:
                chunk = os.read(proc.stderr.fileno(), 65536)
                if chunk:
                    seen += chunk
                    counts = re.findall(rb"stored (\d+)", seen[-4000:])
                    stored = int(counts[-1]) if counts else 0
            assert elapsed < 120, "the ingest neither finished nor reached the kill point"
        finished = proc.poll() is not None
        if not finished:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    return {"strategy": strategy, "killed": not finished, "returncode": proc.returncode, "reported_stored": stored,
            "probes": probes, "seconds": round(time.monotonic() - started, 2)}


def test_sigkill_at_random_points_never_corrupts_loses_or_doubles(tmp_path):
    chunks = write_chunks(tmp_path)
    clean, db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    with Store(clean) as store:
        ingest(store, read_inputs([str(c) for c in chunks]))
        reference = rows_by_table(store)
        expected = store.snapshot()
    rng = random.Random(SEED)
    committed: set[str] = set()
    runs = []
    for run in range(KILLS):
        outcome = run_and_kill(chunks[: run + 1], db, rng, run)
        runs.append(outcome)
        if not db.exists():
            assert outcome["strategy"] == "early", outcome
            continue
        try:
            keys = check_store(db, reference, committed)
        except StoreError as exc:  # only an empty file, killed while the schema was being made, may not open
            assert "is empty" in str(exc), (exc, outcome)
            continue
        assert len(keys) >= outcome["reported_stored"] or outcome["reported_stored"] <= len(committed), outcome
        committed = keys
    assert sum(r["killed"] for r in runs) >= KILLS - 1, runs  # (a run may finish before its kill point)
    assert any(p in ("locked", "answered") for r in runs for p in r["probes"]), runs

    final = subprocess.run(command(chunks, db), capture_output=True, text=True, timeout=300)
    assert final.returncode in (0, 1), final.stderr
    with Store(db, create=False, read_only=True) as store:
        resumed = store.snapshot()
    for table in expected:
        assert resumed[table] == expected[table], table


def test_the_api_answers_503_while_an_ingest_writes_and_serves_after(tmp_path):
    pytest.importorskip("fastapi", reason="the API needs the serve extra")
    from dyadwatch.api import create_app

    from ..api.conftest import make_client

    chunks = write_chunks(tmp_path)
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        ingest(store, read_inputs([str(chunks[0])]))
    proc = subprocess.Popen(command(chunks, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while probe_reader(db) != "locked":  # wait until the ingest holds the file
            assert proc.poll() is None and time.monotonic() < deadline, "the ingest ended before it was seen writing"
            time.sleep(0.05)
        app = create_app(db, retry_seconds=0)
        client = make_client(app)
        response = client.get("/api/health")
        assert response.status_code == 503, response.text
        assert "being written by another process" in response.json()["detail"]
        assert response.headers["retry-after"] == "5"
        assert client.get("/").status_code == 200  # the dashboard itself is served (and shows the 503's message)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        health = client.get("/api/health")
        assert health.status_code == 200 and health.json()["documents"] >= CHUNK
        # now the API holds the store: an ingest is refused with a clear message, not a crash
        refused = subprocess.run(command(chunks, db), capture_output=True, text=True, timeout=120)
        assert refused.returncode == 2
        assert "is open in another process" in refused.stderr and "dyadwatch serve" in refused.stderr
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
        if "app" in locals() and app.state.store is not None:
            app.state.store.close()

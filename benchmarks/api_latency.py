"""API latency of `dyadwatch serve`: writes the api-latency section of benchmarks/RESULTS.md.

    python benchmarks/api_latency.py [--events 100000] [--db PATH] [--duration 10] [--no-write]

1. A store of at least --events events is generated (synthetic documents recombined from the
   bundled sample's sentences, dyadwatch.store.synthetic, ingested with the project's own
   ingest); with --db an existing store with enough events is reused, a smaller one is
   extended.
2. The server is started on 127.0.0.1 (a free port) in its own process: `dyadwatch serve`
   itself, and for the uncached relation figures the same app with its cache turned off.
3. A load tool sends requests on loopback only, bounded in time: `wrk` (Debian package;
   --duration seconds per query, once with 1 connection, once with 4 connections on 2
   threads) when it is installed, else a bounded Python loop in a separate process (one
   connection, at most 2,000 requests or --duration seconds). p50 and p99 are the load
   tool's latency percentiles.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_md import write_section  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EVENTS_PER_DOC = 3.2  # synthetic documents carry about this many events

QUERIES = [
    # (name, path, server): server "serve" is `dyadwatch serve`, "nocache" the app without cache
    ("events: reports of one actor, newest first, page of 50", "api/events?actor=RUS&sort=-date&limit=50", "serve"),
    ("events: merged events of a dyad, most reported first, page of 50", "api/events?dyad=RUS,PRK&merged=true&sort=-articles&limit=50", "serve"),
    ("relations: RUS–PRK by month (series, bootstrap bands, turns), computed every time", "api/relations/RUS/PRK?by=month", "nocache"),
    ("relations: RUS–PRK by month, as served (cached after the first request)", "api/relations/RUS/PRK?by=month", "serve"),
]


def count_events(db: Path) -> int:
    import duckdb

    if not db.exists():
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()


def build_store(db: Path, events: int, workdir: Path) -> dict:
    """Ingest synthetic documents into `db` until it holds at least `events` events."""
    from dyadwatch.ingest.readers import read_inputs
    from dyadwatch.store import Store, ingest
    from dyadwatch.store.synthetic import write_corpus

    seed, seconds = 1, 0.0
    while (have := count_events(db)) < events:
        n = max(1000, int((events - have) / EVENTS_PER_DOC * 1.05))
        corpus = write_corpus(workdir / f"corpus-{seed}.jsonl", n, seed=seed)
        start = time.perf_counter()
        with Store(db) as store:
            report = ingest(store, read_inputs([str(corpus)]))
        seconds += time.perf_counter() - start
        print(f"ingested {report.stored} documents ({report.events} events) in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        seed += 1
    with Store(db, create=False, read_only=True) as store:
        counts = store.counts()
    return {"counts": counts, "ingest_seconds": seconds}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


NOCACHE = (
    "import sys, uvicorn; from dyadwatch.api import create_app; "
    "uvicorn.run(create_app(sys.argv[1], cache_size=0), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning', access_log=False)"
)


def start_server(kind: str, db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    if kind == "serve":
        cmd = [sys.executable, "-m", "dyadwatch.cli", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    else:
        cmd = [sys.executable, "-c", NOCACHE, str(db), str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "api/health", timeout=2):
                return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server ({kind}) did not start")


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def run_wrk(url: str, duration: int, connections: int) -> dict:
    threads = min(2, connections)
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "--latency", url],
                         capture_output=True, text=True, timeout=duration + 60, check=True).stdout
    latency = dict(re.findall(r"^\s*(50|99)(?:\.0+)?%\s+([\d.]+(?:us|ms|s|m))\s*$", out, flags=re.MULTILINE))
    if "50" not in latency or "99" not in latency:
        raise RuntimeError(f"cannot read wrk's latency distribution:\n{out}")
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"p50": _ms(latency["50"]), "p99": _ms(latency["99"]), "requests": requests,
            "rate": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "failed": int(bad.group(1)) if bad else 0, "socket_errors": errors.group(1) if errors else ""}


LOOP = """
import json, sys, time, urllib.request
url, limit, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
times, failed, end = [], 0, time.monotonic() + seconds
while len(times) < limit and time.monotonic() < end:
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            r.read()
    except Exception:
        failed += 1
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps({"times": times, "failed": failed}))
"""


def run_loop(url: str, duration: int) -> dict:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", LOOP, url, "2000", str(duration)], capture_output=True, text=True,
                         timeout=duration + 60, check=True).stdout
    data = json.loads(out)
    times = sorted(data["times"])
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    return {"p50": pick(0.50), "p99": pick(0.99), "requests": len(times), "rate": len(times) / (time.perf_counter() - started),
            "failed": data["failed"], "socket_errors": ""}


def measure(db: Path, duration: int) -> tuple[list[dict], str]:
    tool = "wrk" if shutil.which("wrk") else "python"
    results = []
    servers = {}
    try:
        for name, path, kind in QUERIES:
            if kind not in servers:
                servers[kind] = start_server(kind, db)
            base = servers[kind][1]
            with urllib.request.urlopen(base + path, timeout=120) as response:  # warm-up, and a check that it answers
                body = json.loads(response.read())
            size = body.get("total", len(body.get("periods", [])))
            one = run_wrk(base + path, duration, 1) if tool == "wrk" else run_loop(base + path, duration)
            four = run_wrk(base + path, duration, 4) if tool == "wrk" else None
            results.append({"name": name, "path": path, "size": size, "one": one, "four": four})
            for label, m in (("1 connection", one), ("4 connections", four)):
                if m:
                    print(f"{name}, {label}: p50 {m['p50']:.1f} ms, p99 {m['p99']:.1f} ms, {m['rate']:.1f} requests/s", file=sys.stderr)
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait(timeout=10)
    return results, tool


def section(results: list[dict], tool: str, store: dict, command: str, duration: int) -> str:
    c = store["counts"]
    load = (f"`wrk --latency -d{duration}s`, once with one connection (`-t1 -c1`) and once with four (`-t2 -c4`)" if tool == "wrk"
            else f"a Python loop in its own process (one connection, at most 2,000 requests or {duration} s)")

    def cells(m: dict | None) -> str:
        if m is None:
            return "| | | "
        return f"| {m['p50']:.1f} ms | {m['p99']:.1f} ms | {m['rate']:.1f} "

    rows = "\n".join(
        f"| {r['name']} | `/{r['path']}` {cells(r['one'])}{cells(r['four'])}| "
        f"{r['one']['requests'] + (r['four']['requests'] if r['four'] else 0):,} | {r['one']['failed'] + (r['four']['failed'] if r['four'] else 0)} |"
        for r in results
    )
    return f"""## API latency

Measured {dt.date.today().isoformat()} with `{command}` on {os.cpu_count()} cores ({platform.machine()}, Python {platform.python_version()}):
`dyadwatch serve` (uvicorn, one process) on 127.0.0.1 over a store of {c['events']:,} events ({c['merged_events']:,} merged
events, {c['documents']:,} synthetic documents: the sample's sentences recombined, 2023–2024), loaded with {load}
against the running server on loopback, {duration} s per query and concurrency after one warm-up request. Latencies are
the load tool's percentiles over all requests of a run; with four connections they include queueing for the 2 cores.

| query | request | p50, 1 conn. | p99, 1 conn. | requests/s, 1 conn. | p50, 4 conn. | p99, 4 conn. | requests/s, 4 conn. | requests | non-2xx |
|---|---|---|---|---|---|---|---|---|---|
{rows}

Events are never cached: each request filters, counts and sorts in DuckDB (the store opened read-only, one cursor per
request). A relation is the series of `dyadwatch relations` (merged events of the dyad, coverage of either actor, 999
bootstrap resamples per month, permutation tests for the turns); the first row computes it for every request (the app
with its cache turned off), the second is what the server does (it caches a relation per parameters, since the store
cannot change while it is served read-only).
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="at least this many events in the store (default 100000)")
    parser.add_argument("--db", type=Path, help="store to reuse (extended when it has fewer events); default: a temporary one")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per query (default 10)")
    parser.add_argument("--no-write", action="store_true", help="print the section without writing RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyadwatch-api-bench-") as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        store = build_store(db, args.events, Path(tmp))
        results, tool = measure(db, args.duration)
    command = "python benchmarks/api_latency.py" + (f" --events {args.events}" if args.events != 100_000 else "") + (
        f" --duration {args.duration}" if args.duration != 10 else "")
    body = section(results, tool, store, command, args.duration)
    print(body)
    if not args.no_write:
        write_section("api-latency", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())

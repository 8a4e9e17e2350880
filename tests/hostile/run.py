"""Run the hostile corpus through ingest (readers -> pipeline -> store) and account for
every case: each must end as coded documents or counted skips with reasons, within the
time limits, without an exception escaping, with bounded memory.

    python -m tests.hostile.run --cases 400 [--seed 0] [--timeout 10] [--shard 0/2] [--json out.json]

What is measured, per run: cases, crashes (exceptions that escaped ingest or a reader),
internal errors (bugs caught by the pipeline and skipped as `internal_error`; counted as
crashes too), hangs (cases that took longer than --hang seconds in all; a case stuck in C
code past 2 x --hang kills the run with a traceback: faulthandler), cases without any
outcome, skips by reason, outcomes by kind, peak RSS (ru_maxrss of this process, with
the case kind that raised it), the slowest cases, and the time. Each case's input is
written to a temporary folder just before it is read and deleted just after.
"""
from __future__ import annotations

import argparse
import faulthandler
import json
import resource
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.hostile.corpus import SECRET_MARK, Case, case as make_case  # noqa: E402

DEFAULT_TIMEOUT = 10.0  # seconds of coding per document (dyadwatch ingest --timeout)
DEFAULT_HANG = 60.0  # seconds for one case in all (reading, coding, storing) before it counts as a hang


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Outcome:
    index: int
    kind: str
    name: str
    coded: int = 0
    already: int = 0
    skips: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    crash: str = ""

    @property
    def accounted(self) -> bool:
        return self.coded + self.already + sum(self.skips.values()) > 0


@dataclass
class Summary:
    cases: int = 0
    seed: int = 0
    timeout: float = DEFAULT_TIMEOUT
    hang_seconds: float = DEFAULT_HANG
    crashes: list = field(default_factory=list)
    internal_errors: list = field(default_factory=list)
    hangs: list = field(default_factory=list)
    unaccounted: list = field(default_factory=list)
    documents_coded: int = 0
    documents_stored: int = 0
    already_stored: int = 0
    events: int = 0
    skips: Counter = field(default_factory=Counter)
    kinds: dict = field(default_factory=lambda: defaultdict(lambda: Counter()))
    slowest: list = field(default_factory=list)
    peak_rss_mb: float = 0.0
    rss_steps: list = field(default_factory=list)  # (rss MB, kind, index) whenever the peak rose by 25 MB or more
    leaks: int = 0  # stored documents that contain the secret file's content
    seconds: float = 0.0
    store_documents: int = 0
    store_check: str = ""

    def to_dict(self) -> dict:
        out = dict(self.__dict__)
        out["skips"] = dict(sorted(self.skips.items(), key=lambda kv: -kv[1]))
        out["kinds"] = {k: dict(v) for k, v in sorted(self.kinds.items())}
        return out


class CaseStream:
    """The raw items of the cases, one case after another, with every outcome attributed to
    the case being read (ingest asks for the next item only after it has dealt with the
    previous one)."""

    def __init__(self, cases: list[Case] | range, make, workdir: Path, summary: Summary, pipeline, progress=None):
        self.cases, self.make, self.workdir, self.summary, self.pipeline = cases, make, workdir, summary, pipeline
        self.progress = progress
        self.current: Outcome | None = None
        self.last: dict = {"skipped": Counter(), "already": 0, "coded": 0}
        self.outcomes: list[Outcome] = []
        self.started = 0.0
        self.peak = peak_rss_mb()

    def snapshot(self, report) -> dict:
        return {"skipped": Counter(report.skipped), "already": report.already_stored, "coded": self.pipeline.counters["documents_coded"]}

    def on_item(self, report) -> None:
        now = self.snapshot(report)
        if self.current is not None:
            self.current.coded += now["coded"] - self.last["coded"]
            self.current.already += now["already"] - self.last["already"]
            self.current.skips.update(now["skipped"] - self.last["skipped"])
        self.last = now

    def _finish(self) -> None:
        out = self.current
        if out is None:
            return
        out.seconds = time.monotonic() - self.started
        self.outcomes.append(out)
        self.current = None
        faulthandler.cancel_dump_traceback_later()
        rss = peak_rss_mb()
        if rss >= self.peak + 25:
            self.summary.rss_steps.append((round(rss), out.kind, out.index))
        self.peak = max(self.peak, rss)

    def __iter__(self):
        from dyadwatch.ingest.readers import read_inputs

        for index in self.cases:
            try:
                c = self.make(index)
            except Exception:  # the generator itself failed: a bug of the test, reported as a crash
                self.summary.crashes.append({"index": index, "kind": "?", "error": traceback.format_exc(limit=3)})
                continue
            folder = self.workdir / f"{index:06d}"
            self.current = Outcome(index, c.kind, repr(c.name))
            self.started = time.monotonic()
            faulthandler.dump_traceback_later(2 * self.summary.hang_seconds, exit=True)
            if self.progress:
                self.progress(index, c)
            try:
                path = c.materialise(folder)
                for item in read_inputs([str(path)]):
                    yield item
            except Exception as exc:  # a reader crashed (the pipeline and the store never raise here)
                self.current.crash = f"{type(exc).__name__}: {exc}"
                self.summary.crashes.append({"index": index, "kind": c.kind, "name": repr(c.name),
                                             "error": traceback.format_exc(limit=6)})
            finally:
                self._finish()
                shutil.rmtree(folder, ignore_errors=True)


def run(n: int, seed: int = 0, timeout: float = DEFAULT_TIMEOUT, hang: float = DEFAULT_HANG, start: int = 0,
        indices: list[int] | None = None, verbose: bool = False) -> Summary:
    from dyadwatch.pipeline import Pipeline
    from dyadwatch.store import Store, ingest

    summary = Summary(cases=0, seed=seed, timeout=timeout, hang_seconds=hang)
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="dyadwatch-hostile-"))
    progress = None
    if verbose:
        def progress(index, c):
            print(f"case {index} {c.kind} {c.name!r}", file=sys.stderr, flush=True)
    try:
        store = Store(workdir / "hostile.duckdb")
        pipeline = Pipeline(timeout=timeout)
        stream = CaseStream(indices if indices is not None else range(start, n), lambda i: make_case(i, seed, n),
                            workdir / "inputs", summary, pipeline, progress)
        items = iter(stream)
        reports = []
        while True:
            try:
                reports.append(ingest(store, items, pipeline, on_item=stream.on_item))
                break
            except Exception as exc:  # escaped ingest: a crash; go on with the next case
                current = stream.current
                summary.crashes.append({"index": current.index if current else -1, "kind": current.kind if current else "?",
                                        "error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc(limit=8)})
                stream._finish()
        for out in stream.outcomes:
            summary.cases += 1
            summary.documents_coded += out.coded
            summary.already_stored += out.already
            summary.skips.update(out.skips)
            kind = summary.kinds[out.kind]
            kind["cases"] += 1
            kind["coded"] += out.coded
            kind["already_stored"] += out.already
            for reason, count in out.skips.items():
                kind[f"skip:{reason}"] += count
            if out.skips.get("internal_error"):
                summary.internal_errors.append({"index": out.index, "kind": out.kind, "name": out.name})
            if out.seconds > hang:
                summary.hangs.append({"index": out.index, "kind": out.kind, "seconds": round(out.seconds, 1)})
            if not out.accounted and not out.crash:
                summary.unaccounted.append({"index": out.index, "kind": out.kind, "name": out.name})
        summary.slowest = [
            {"index": o.index, "kind": o.kind, "seconds": round(o.seconds, 2), "outcome": dict(o.skips) or {"coded": o.coded}}
            for o in sorted(stream.outcomes, key=lambda o: -o.seconds)[:8]
        ]
        summary.documents_stored = sum(r.stored for r in reports)
        summary.events = sum(r.events for r in reports)
        summary.leaks = store.con.execute(
            "SELECT count(*) FROM documents WHERE text LIKE ? OR title LIKE ?", [f"%{SECRET_MARK}%"] * 2
        ).fetchone()[0]
        summary.store_documents = store.counts()["documents"]
        summary.store_check = check_store(store)
        store.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    summary.peak_rss_mb = round(peak_rss_mb(), 1)
    summary.seconds = round(time.monotonic() - started, 1)
    return summary


def check_store(store) -> str:
    """'' when the store is consistent (every row belongs to a stored document, counts agree),
    else what is wrong."""
    con = store.con
    problems = []
    for table in ("sentences", "mentions", "events"):
        orphans = con.execute(f"SELECT count(*) FROM {table} t LEFT JOIN documents d USING (doc_key) WHERE d.doc_key IS NULL").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} {table} without a document")
    wrong = con.execute(
        "SELECT count(*) FROM documents d WHERE n_events != (SELECT count(*) FROM events e WHERE e.doc_key = d.doc_key) "
        "OR n_sentences != (SELECT count(*) FROM sentences s WHERE s.doc_key = d.doc_key)"
    ).fetchone()[0]
    if wrong:
        problems.append(f"{wrong} documents whose counts disagree with their rows")
    if store.aggregates_dirty:
        problems.append("merged events not rebuilt")
    return "; ".join(problems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    parser.add_argument("--hang", type=float, default=DEFAULT_HANG)
    parser.add_argument("--only", type=int, action="append", help="run only these case indices (of a run of --cases)")
    parser.add_argument("--shard", default="0/1", metavar="I/K", help="run the cases whose index %% K == I (default 0/1: all)")
    parser.add_argument("--json", type=Path, help="write the summary as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case as it starts")
    args = parser.parse_args(argv)
    import logging

    logging.disable(logging.CRITICAL)  # skipped documents are logged as warnings: thousands here
    shard, shards = (int(x) for x in args.shard.split("/"))
    indices = args.only if args.only else [i for i in range(args.cases) if i % shards == shard]
    summary = run(args.cases, args.seed, args.timeout, args.hang, indices=indices, verbose=args.verbose)
    data = summary.to_dict()
    if args.json:
        args.json.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    brief = {k: data[k] for k in ("cases", "documents_coded", "documents_stored", "events", "peak_rss_mb", "seconds", "leaks", "store_check")}
    brief.update(crashes=len(summary.crashes), internal_errors=len(summary.internal_errors), hangs=len(summary.hangs),
                 unaccounted=len(summary.unaccounted))
    print(json.dumps(brief), file=sys.stderr)
    bad = summary.crashes or summary.internal_errors or summary.hangs or summary.unaccounted or summary.leaks or summary.store_check
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

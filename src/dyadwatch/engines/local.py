"""The local engine: coding over a pool of worker processes that streams.

- **Bounded memory, whatever the corpus size.** Documents are read lazily from the input
  iterator; at most `max_in_flight` documents are between the reader and the consumer at
  any time (queued for a worker, being coded, or waiting in the reorder buffer), so memory
  does not grow with the corpus.
- **The same results as the single-process path.** Every worker runs the same Pipeline on
  whole documents (every stage up to coding is a pure function of one document); results
  are handed back in input order, and skips are recorded in input order with the reasons
  `Pipeline.run` gives.
- **A per-document time limit.** A document that takes longer than `timeout` seconds
  becomes a counted skip with reason `timeout` and the batch goes on: the worker
  interrupts its own Python code with a timer signal, and a worker stuck in C code (a
  regular expression, a parser) past the hard limit is killed by the parent and replaced;
  the rest of its chunk goes to other workers. A worker that dies (killed by the system,
  out of memory) costs only the document it was coding (reason `worker_died`).

`LocalEngine` has the interface of `Pipeline` that callers use: `run(items)` yields
`Result`s in input order, and `counters` and `skips` tell what happened.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing as mp
import os
import signal
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait

from ..ingest.readers import RawDocument
from ..knowledge.user_actors import ActorSet
from ..model import Skip
from ..pipeline import DocumentTimeout, Pipeline, Result, SkipDocument, time_limit

log = logging.getLogger("dyadwatch")

DEFAULT_CHUNK = 8
POLL_SECONDS = 0.5


@dataclass(frozen=True)
class Settings:
    """What a worker needs to build the same Pipeline as the caller (picklable)."""

    lang: str = "auto"
    pub_date: object = None  # datetime.date | None
    keep_all_modalities: bool = False
    actors: ActorSet | None = None
    domestic: bool = False

    def pipeline(self) -> Pipeline:
        return Pipeline(lang=self.lang, pub_date=self.pub_date, keep_all_modalities=self.keep_all_modalities, actors=self.actors, domestic=self.domestic)

    @classmethod
    def of(cls, pipeline: Pipeline) -> Settings:
        return cls(pipeline.lang, pipeline.pub_date, pipeline.keep_all_modalities, pipeline.actors, pipeline.domestic)


def warm_up(pipeline: Pipeline) -> None:
    """Load what the pipeline loads lazily (lexicons, dictionaries and gazetteer of every
    supported language, the language identifier, the HTML extractor) by coding the first
    bundled sample article of each language and a short text in every other language, so
    that loading time is not charged to the first document of a language (time limits),
    and forked workers share what was loaded."""
    import json

    from ..lang import SUPPORTED_LANGUAGES
    from ..resources import package_path

    counters = Counter(pipeline.counters)
    raws, seen = [], set()
    with contextlib.suppress(OSError, ValueError):
        with open(package_path("data", "sample", "articles.jsonl"), encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line) if line.strip() else {}
                if record.get("lang") and record["lang"] not in seen and record.get("text"):
                    seen.add(record["lang"])
                    raws.append(RawDocument("warm-up", "warm-up", text=record["text"], pub_date=record.get("pub_date")))
    raws += [RawDocument("warm-up", "warm-up", text="Paris. Berlin.", pub_date="2024-01-01", lang=lang) for lang in SUPPORTED_LANGUAGES if lang not in seen]
    raws.append(RawDocument("warm-up", "warm-up", html="<html><body><p>Paris. Berlin.</p></body></html>", pub_date="2024-01-01", lang="en"))
    for raw in raws:
        with contextlib.suppress(Exception):
            pipeline.process(raw)
    pipeline.counters.clear()
    pipeline.counters.update(counters)


def process_document(pipeline: Pipeline, raw: RawDocument, timeout: float | None = None) -> Result | Skip:
    """One document with the batch semantics of `Pipeline.run`: its Result, or a Skip with
    the reason (`timeout` when it took longer than `timeout` seconds)."""
    try:
        try:
            with time_limit(timeout):
                return pipeline.process(raw)
        except DocumentTimeout:
            return Skip(raw.id, raw.origin, "timeout", f"took longer than {timeout:g} s")
    except DocumentTimeout:  # the timer fired while the limit was being lifted
        return Skip(raw.id, raw.origin, "timeout", f"took longer than {timeout:g} s")
    except SkipDocument as exc:
        return Skip(raw.id, raw.origin, exc.reason, exc.detail)
    except Exception as exc:  # a bug must not stop the batch; it is counted and logged
        log.exception("document %s failed", raw.id)
        return Skip(raw.id, raw.origin, "internal_error", f"{type(exc).__name__}: {exc}")


def account(counters: Counter, skips: list[Skip], outcome: Result | Skip) -> Result | None:
    """Count one outcome as `Pipeline.run` does; the Result to hand on, or None."""
    counters["inputs"] += 1
    if isinstance(outcome, Skip):
        counters["skipped"] += 1
        counters[f"skipped:{outcome.reason}"] += 1
        skips.append(outcome)
        log.warning("skipped %s (%s): %s %s", outcome.doc_id, outcome.origin, outcome.reason, outcome.detail)
        return None
    counters["documents_coded"] += 1
    counters["events"] += len(outcome.events)
    return outcome


def _worker_main(conn, state, settings: Settings, timeout: float | None, warm: bool) -> None:
    """A worker: receives chunks of (seq, raw document), sends back (seq, outcome, counter
    changes) document by document. `state` holds (seq, monotonic start) of the document
    being coded (start 0 when idle), for the parent's hard time limit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    pipeline = settings.pipeline()
    if warm:
        warm_up(pipeline)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for seq, raw in chunk:
            with state.get_lock():
                state[0], state[1] = seq, time.monotonic()
            outcome = process_document(pipeline, raw, timeout)
            with state.get_lock():
                state[1] = 0.0
            delta = dict(pipeline.counters)
            pipeline.counters.clear()
            try:
                conn.send((seq, outcome, delta))
            except (BrokenPipeError, OSError):
                return


class _Worker:
    def __init__(self, ctx, settings: Settings, timeout: float | None, warm: bool):
        self.conn, child = ctx.Pipe(duplex=True)
        self.state = ctx.Array("d", [-1.0, 0.0])
        self.process = ctx.Process(target=_worker_main, args=(child, self.state, settings, timeout, warm), daemon=True)
        self.process.start()
        child.close()
        self.assigned: deque[tuple[int, RawDocument]] = deque()

    def current(self) -> tuple[int, float]:
        with self.state.get_lock():
            return int(self.state[0]), self.state[1]

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(Exception):
                self.conn.send(None)
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class LocalEngine:
    """Codes documents over `workers` processes (default: one per core), streaming.

    `workers=1` without a time limit codes in this process (the plain Pipeline path)."""

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        workers: int | None = None,
        timeout: float | None = None,
        chunk_size: int = DEFAULT_CHUNK,
        max_in_flight: int | None = None,
        hard_timeout: float | None = None,
    ):
        self.pipeline = pipeline or Pipeline()
        self.settings = Settings.of(self.pipeline)
        self.workers = workers if workers and workers > 0 else (os.cpu_count() or 1)
        self.timeout = timeout if timeout and timeout > 0 else None
        self.hard_timeout = hard_timeout or (self.timeout * 1.5 + 1.0 if self.timeout else None)
        self.chunk_size = max(1, chunk_size)
        self.max_in_flight = max_in_flight or self.workers * self.chunk_size * 4
        self.counters: Counter = Counter()
        self.skips: list[Skip] = []
        self.max_buffered = 0  # most documents in flight at once (for tests and benchmarks)
        self.restarts = 0  # workers killed or died and replaced

    def run(self, items: Iterable[RawDocument | Skip]) -> Iterator[Result]:
        """Results in input order; skips counted and kept in self.skips (in input order)."""
        if self.workers == 1 and self.timeout is None:
            yield from self._run_here(items)
        else:
            yield from self._run_pool(items)

    # ------------------------------------------------------------------ in this process
    def _run_here(self, items: Iterable[RawDocument | Skip]) -> Iterator[Result]:
        for item in items:
            outcome = item if isinstance(item, Skip) else process_document(self.pipeline, item, None)
            self._merge_counters()
            result = account(self.counters, self.skips, outcome)
            if result is not None:
                yield result

    def _merge_counters(self) -> None:
        if self.pipeline.counters:
            self.counters.update(self.pipeline.counters)
            self.pipeline.counters.clear()

    # ------------------------------------------------------------------ the pool
    def _context(self):
        methods = mp.get_all_start_methods()
        return mp.get_context("fork" if "fork" in methods else "spawn")

    def _run_pool(self, items: Iterable[RawDocument | Skip]) -> Iterator[Result]:
        ctx = self._context()
        forked = ctx.get_start_method() == "fork"
        frozen = False
        if forked:  # load once here; the workers inherit it (copy on write)
            warm_up(self.pipeline)
            if not gc.isenabled() or gc.get_freeze_count() == 0:
                # keep the collector of the workers off the inherited objects, so that the
                # pages holding the lexicons stay shared instead of being copied into each worker
                gc.collect()
                gc.freeze()
                frozen = True
        spawn = lambda: _Worker(ctx, self.settings, self.timeout, warm=not forked)
        pool = [spawn() for _ in range(self.workers)]
        source = iter(items)
        exhausted = False
        pending: deque[tuple[int, RawDocument]] = deque()
        done: dict[int, Result | Skip] = {}
        next_seq = read_seq = 0
        try:
            while True:
                # read while there is room
                while not exhausted and read_seq - next_seq < self.max_in_flight:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    if isinstance(item, Skip):
                        done[read_seq] = item
                    else:
                        pending.append((read_seq, item))
                    read_seq += 1
                self.max_buffered = max(self.max_buffered, read_seq - next_seq)
                # give idle workers a chunk
                for i, worker in enumerate(pool):
                    if not worker.assigned and pending:
                        if not worker.process.is_alive():
                            worker.stop(kill=True)
                            pool[i] = worker = spawn()
                            self.restarts += 1
                        chunk = [pending.popleft() for _ in range(min(self.chunk_size, len(pending)))]
                        worker.assigned.extend(chunk)
                        worker.conn.send(chunk)
                # hand on what is ready, in order
                while next_seq in done:
                    outcome = done.pop(next_seq)
                    next_seq += 1
                    result = account(self.counters, self.skips, outcome)
                    if result is not None:
                        yield result
                if exhausted and next_seq == read_seq:
                    return
                busy = [w for w in pool if w.assigned]
                if not busy:
                    continue
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=POLL_SECONDS)
                for worker in busy:
                    if worker.conn in ready or worker.process.sentinel in ready:
                        self._receive(worker, done)
                for i, worker in enumerate(pool):
                    if worker.assigned and self._check(worker, done, pending):
                        pool[i] = spawn()
        finally:
            for worker in pool:
                worker.stop(kill=bool(worker.assigned))
            if frozen:
                gc.unfreeze()

    def _receive(self, worker: _Worker, done: dict) -> None:
        """Take every message the worker has sent."""
        try:
            while worker.assigned and worker.conn.poll():
                seq, outcome, delta = worker.conn.recv()
                expected, _ = worker.assigned.popleft()
                assert seq == expected, (seq, expected)
                done[seq] = outcome
                if delta:
                    self.counters.update(delta)
        except (EOFError, OSError):
            pass

    def _check(self, worker: _Worker, done: dict, pending: deque) -> bool:
        """Kill a worker past the hard time limit; account for a dead worker. True when the
        worker has to be replaced."""
        alive = worker.process.is_alive()
        reason = detail = None
        if not alive:
            self._receive(worker, done)
            if not worker.assigned:
                return True
            reason, detail = "worker_died", f"the worker process ended (exit code {worker.process.exitcode})"
        elif self.hard_timeout:
            seq, started = worker.current()
            if started > 0 and time.monotonic() - started > self.hard_timeout:
                self._receive(worker, done)
                seq, started = worker.current()
                if worker.assigned and worker.assigned[0][0] == seq and started > 0 and time.monotonic() - started > self.hard_timeout:
                    reason, detail = "timeout", f"took longer than {self.timeout:g} s (worker stopped after {self.hard_timeout:g} s)"
        if reason is None:
            return False
        worker.stop(kill=True)
        seq, raw = worker.assigned.popleft()
        done[seq] = Skip(raw.id, raw.origin, reason, detail)
        pending.extendleft(reversed(worker.assigned))  # the rest of its chunk goes first
        worker.assigned.clear()
        self.restarts += 1
        return True


def code_documents(items: Iterable[RawDocument | Skip], pipeline: Pipeline | None = None, workers: int | None = None, timeout: float | None = None) -> Iterator[Result]:
    """Convenience: `LocalEngine(pipeline, workers, timeout).run(items)`."""
    return LocalEngine(pipeline, workers=workers, timeout=timeout).run(items)

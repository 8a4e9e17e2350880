"""Throughput, memory and scaling of the coder and its engines: writes the `throughput`,
`scale` and `spark` sections of benchmarks/RESULTS.md.

    python benchmarks/throughput.py speed [--docs 2000] [--rounds 3]  # documents/s per core, peers, profile
    python benchmarks/throughput.py scale [--sizes 1000,10000,100000] [--workers 2]
    python benchmarks/throughput.py spark [--docs 5000]           # Spark local[2] against the local pool
    python benchmarks/throughput.py all

Documents are synthetic news: the sentences of the bundled sample and of the held-out
articles recombined (dyadwatch.engines.corpus; German, English, French; a title and two or
three paragraphs, about 700 characters), as plain text and wrapped in a news page with
boilerplate (navigation, cookie notice, byline, teasers, comment form, footer) for HTML.

Rates per core are documents per CPU second of the processes doing the work
(time.process_time, or the children's rusage), so that other load on the machine does not
distort them; wall-clock times are given beside them. Every ratio compares two runs made in
the same process on the same documents.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_md import write_section as write_results_section  # noqa: E402
from dyadwatch.engines.corpus import (
    article_sources,
    documents,
    html_documents,
    write_jsonl,
)
from dyadwatch.engines.local import warm_up
from dyadwatch.ingest.readers import read_inputs
from dyadwatch.output import EventWriter
from dyadwatch.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
HELDOUT = ROOT / "benchmarks" / "heldout" / "articles.jsonl"
SOURCES = article_sources([HELDOUT])
ROUNDS = 3  # rounds of the HTML measurement: passes over all pages, extraction alone and end to end interleaved
CHUNK = 50  # pages per chunk of the interleaving


# ---------------------------------------------------------------------- helpers
def write_section(name: str, body: str) -> None:
    print(write_results_section(name, body))


def machine() -> str:
    load = os.getloadavg()
    return (
        f"{os.cpu_count()} cores ({platform.machine()}), Python {platform.python_version()}; "
        f"load average at the start {load[0]:.1f} (the machine is shared: rates per core use CPU time)"
    )


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_speedup(n: int = 5_000_000) -> float:
    """How much faster two processes do two equal pure-Python jobs than one process does
    one (2.0 on two free cores)."""
    import multiprocessing as mp

    start = time.perf_counter()
    _burn(n)
    one = time.perf_counter() - start
    with mp.get_context("fork").Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_burn, [n, n])
        two = time.perf_counter() - start
    return 2 * one / two


def timed(fn) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def code_file(pipeline: Pipeline, path: Path) -> int:
    """End to end: read the JSONL, code, write events as JSONL (to memory)."""
    sink = io.StringIO()
    writer = EventWriter(sink, "jsonl")
    n = 0
    for result in pipeline.run(read_inputs([str(path)])):
        writer.write(result.events)
        n += 1
        if sink.tell() > 1 << 24:
            sink.seek(0)
            sink.truncate()
    return n


def yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


# ---------------------------------------------------------------------- speed
STAGES = [
    ("HTML extraction (trafilatura)", "extract/__init__.py", "html_to_text"),
    ("lines and boilerplate (extract.segment)", "extract/__init__.py", "segment"),
    ("language identification (py3langid)", "detect.py", "identify_language"),
    ("sentence splitting", "detect.py", "split_sentences"),
    ("tokenising", "textutil.py", "tokenize"),
    ("actor recognition (actors.recognise)", "actors.py", "recognise"),
    ("cue look-ups (lang.CueSet.find)", "lang/__init__.py", "find"),
    ("trigger look-ups (coding.triggers)", "coding/triggers.py", "find"),
    ("dates (grounding.dates.find_dates)", "grounding/dates.py", "find_dates"),
    ("places (grounding.places.event_location)", "grounding/places.py", "event_location"),
    ("coding of a document, all of it (Coder.code)", "coding/coder.py", "code"),
]


def profile(pipeline: Pipeline, path: Path) -> tuple[list[tuple[str, float]], list[tuple[str, float, float]]]:
    profiler = cProfile.Profile()
    profiler.enable()
    code_file(pipeline, path)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())  # own time of everything
    shares = []
    for label, file, func in STAGES:
        cum = sum(v[3] for (f, _, name), v in stats.stats.items() if f.endswith(file) and name == func)
        shares.append((label, cum / total))
    own = sorted(((f"{Path(f).parent.name}/{Path(f).name}:{name}", v[2] / total, v[3] / total) for (f, _, name), v in stats.stats.items()), key=lambda x: -x[1])[:12]
    return shares, own


def speed(args) -> None:
    n = args.docs
    work = Path(tempfile.mkdtemp(prefix="dw-bench-"))
    docs = list(documents(n, SOURCES, seed=1, prefix="bench"))
    plain = write_jsonl(work / "plain.jsonl", docs)
    pages = list(html_documents(docs, seed=1))
    chars = sum(len(d["text"]) for d in docs) / n
    html_chars = sum(len(d["html"]) for d in pages) / n
    pipeline = Pipeline()
    warm_up(pipeline)

    wall_plain, cpu_plain, coded = timed(lambda: code_file(pipeline, plain))

    import trafilatura

    def extract_all(pages=pages):
        ok = 0
        for page in pages:
            if trafilatura.bare_extraction(page["html"], include_comments=False, include_tables=False, with_metadata=True) is not None:
                ok += 1
        return ok

    # extraction alone and end to end interleaved chunk by chunk (A B on one chunk of pages, B A
    # on the next, ...): load on the other core and warm caches then weigh on both alike even
    # when they change from minute to minute; each round is one pass over all pages
    chunks = [(pages[i : i + CHUNK], write_jsonl(work / f"html-{i:06d}.jsonl", pages[i : i + CHUNK])) for i in range(0, n, CHUNK)]
    extract_all(chunks[0][0])
    code_file(pipeline, chunks[0][1])
    rounds = []
    for r in range(args.rounds):
        run = dict.fromkeys(("wall_html", "cpu_html", "cpu_traf"), 0.0)
        coded_html = extracted = 0
        for c, (chunk, chunk_path) in enumerate(chunks):
            for name in (("html", "traf") if (r + c) % 2 == 0 else ("traf", "html")):
                if name == "html":
                    wall, cpu, coded_chunk = timed(lambda chunk_path=chunk_path: code_file(pipeline, chunk_path))
                    run["wall_html"] += wall
                    run["cpu_html"] += cpu
                    coded_html += coded_chunk
                else:
                    _, cpu, found = timed(lambda chunk=chunk: extract_all(chunk))
                    run["cpu_traf"] += cpu
                    extracted += found
        run["added"] = (run["cpu_html"] - run["cpu_traf"]) / run["cpu_traf"]
        rounds.append(run)
    wall_html, cpu_html, cpu_traf, added = (statistics.median(r[k] for r in rounds) for k in ("wall_html", "cpu_html", "cpu_traf", "added"))
    each_round = ", ".join(f"{r['added']:+.0%}" for r in rounds)

    # spaCy's small French model merely parsing the French texts
    french = [d for d in docs if d.get("lang") == "fr" or (d.get("lang") is None and "/fr/" in d["url"])]
    fr_path = write_jsonl(work / "fr.jsonl", french)
    _, cpu_ours_fr, _ = timed(lambda: code_file(pipeline, fr_path))
    spacy_rows = []
    try:
        import spacy

        texts = [d["text"] for d in french]
        ours = len(french) / cpu_ours_fr
        for label, kwargs in (
            ("tok2vec + parser only (`exclude` the rest)", {"exclude": ["morphologizer", "attribute_ruler", "lemmatizer", "ner", "senter"]}),
            ("full pipeline (tagger, parser, lemmatiser, NER)", {}),
        ):
            nlp = spacy.load("fr_core_news_sm", **kwargs)
            list(nlp.pipe(texts[:20]))  # lazily initialised parts load before timing
            _, cpu_sp, _ = timed(lambda nlp=nlp: sum(1 for _ in nlp.pipe(texts, batch_size=64)))
            ratio = ours / (len(french) / cpu_sp)
            spacy_rows.append(
                f"| spaCy {spacy.__version__} `fr_core_news_sm`, {label}: `nlp.pipe` over the {len(french)} French texts, one process | "
                f"{len(french) / cpu_sp:.1f} documents/s per core | dyadwatch end to end on the same texts: {ours:.1f} documents/s per core | "
                f"{ratio:.1f}× | ≥ 10× | {yes(ratio >= 10)} |"
            )
    except (ImportError, OSError) as exc:
        spacy_rows.append(f"| spaCy `fr_core_news_sm` parse | not measured: {type(exc).__name__}: {exc} | | | ≥ 10× | |")
    spacy_row = "\n".join(spacy_rows)

    shares, own = profile(Pipeline(), plain)
    rate_plain, rate_html = coded / cpu_plain, coded_html / cpu_html
    command = f"python benchmarks/throughput.py speed --docs {n}" + (f" --rounds {args.rounds}" if args.rounds != ROUNDS else "")
    body = f"""## Throughput (documents/s per core)

Measured {dt.date.today().isoformat()} with `{command}` on {machine()}.
{n} synthetic news documents (sample and held-out sentences recombined; German, English, French;
{chars:.0f} characters of text on average; as HTML pages of {html_chars / 1000:.1f} kB on average, the weight of a real
news page: head with metadata, styles and analytics scripts, cookie dialog, a menu of 144 links, byline, photo caption,
inline teaser, 12 teaser cards, comments, newsletter box, footer), coded end to end in one process: read the JSONL,
extract (HTML), detect the language, split sentences, code, write the events as JSONL. Lexicons are
loaded before timing. On this shared machine the absolute rates vary by about ±20% from run to run (the CPU time
of a process grows when the other core is busy); the ratios, measured in the same process minutes apart, vary less.
The HTML figures are medians of {args.rounds} rounds; each round is one pass over all pages in chunks of {CHUNK}, extraction
alone and end to end taking turns on each chunk (A B, then B A on the next), after both have run once over the first chunk.

| figure | value | reference (same process) | ratio | target | met |
|---|---|---|---|---|---|
| plain text, end to end | {rate_plain:.1f} documents/s per core ({n / wall_plain:.1f}/s wall) | | | ≥ 200 documents/s per core | {yes(rate_plain >= 200)} |
| HTML, end to end | {rate_html:.1f} documents/s per core ({n / wall_html:.1f}/s wall) | trafilatura `bare_extraction` alone on the same pages (the call the pipeline makes: `with_metadata=True` for title and date, no comments, no tables): {n / cpu_traf:.1f} documents/s per core | coding adds {added:.0%} to the extraction time (median of {args.rounds} interleaved rounds: {each_round}) | ≤ +50% | {yes(added <= 0.5)} |
{spacy_row}

Events: {coded} documents coded from text, {coded_html} from HTML; trafilatura found main text in {extracted} pages.

### Where the time goes (cProfile, plain text)

Share of the total time spent inside each stage (cumulative; coding contains the look-ups below it):

| stage | share |
|---|---|
""" + "\n".join(f"| {label} | {share:.0%} |" for label, share in shares if share > 0) + """

Functions with the most own time:

| function | own time | with callees |
|---|---|---|
""" + "\n".join(f"| `{name}` | {o:.1%} | {c:.1%} |" for name, o, c in own) + "\n"
    write_section("throughput", body)


# ---------------------------------------------------------------------- scale
class TreeMemory(threading.Thread):
    """Samples the resident memory (RSS, and PSS: shared pages split among their sharers) of a
    process and all its descendants; keeps the peaks of the sums."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_rss = self.peak_pss = self.peak_one = 0
        self.stopped = threading.Event()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as handle:
                        ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
                    children.setdefault(ppid, []).append(int(entry))
                except (OSError, ValueError, IndexError):
                    pass
        out, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo.extend(children.get(pid, []))
        return out

    @staticmethod
    def _kb(path: str, field: str) -> int:
        try:
            with open(path) as handle:
                for line in handle:
                    if line.startswith(field):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def run(self) -> None:
        while not self.stopped.is_set():
            pids = self._tree()
            each = [self._kb(f"/proc/{p}/status", "VmRSS:") for p in pids]
            rss = sum(each)
            self.peak_one = max([self.peak_one, *each])
            pss = sum(self._kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.stopped.wait(self.every)


def run_engine(path: Path, workers: int) -> dict:
    """`dyadwatch code FILE --workers N` in a child process: wall and CPU seconds, peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dyadwatch.cli", "code", str(path), "--workers", str(workers), "--out", os.devnull],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    monitor = TreeMemory(proc.pid)
    monitor.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    monitor.stopped.set()
    monitor.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    return {"wall": wall, "cpu": cpu, "rss_mb": monitor.peak_rss / 1024, "pss_mb": monitor.peak_pss / 1024, "one_mb": monitor.peak_one / 1024, "summary": summary, "status": proc.returncode}


def scale(args) -> None:
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="dw-scale-"))
    rows = []
    for n in sizes:
        path = write_jsonl(work / f"corpus-{n}.jsonl", documents(n, SOURCES, seed=n, prefix="scale"))
        m = run_engine(path, args.workers)
        m["n"], m["mb"] = n, path.stat().st_size / 1e6
        rows.append(m)
        print(n, m, file=sys.stderr)
        path.unlink()
    # time = a + b·n by least squares; linear when the per-document cost does not grow
    xs, ys = [r["n"] for r in rows], [r["cpu"] for r in rows]  # CPU time: other load on the machine does not bend it
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    a = my - b * mx
    ss_res = sum((y - (a + b * x)) ** 2 for x, y in zip(xs, ys))
    ss_tot = sum((y - my) ** 2 for y in ys)
    r2 = 1 - ss_res / ss_tot if ss_tot else 1.0
    first, last = rows[0], rows[-1]
    marginal_first = (first["cpu"]) / first["n"]
    marginal_last = (last["cpu"] - first["cpu"]) / (last["n"] - first["n"]) if len(rows) > 1 else marginal_first
    biggest = max(rows, key=lambda r: r["n"])
    command = f"python benchmarks/throughput.py scale --sizes {args.sizes} --workers {args.workers}"
    table = "\n".join(
        f"| {r['n']:,} | {r['mb']:.0f} MB | {r['wall']:.1f} s | {r['cpu']:.1f} s | {r['n'] / r['cpu']:.1f} | {1000 * r['wall'] / r['n']:.2f} s | {r['one_mb']:.0f} MB | {r['rss_mb']:.0f} MB | {r['pss_mb']:.0f} MB |"
        for r in rows
    )
    body = f"""## Scale: streaming through the local engine

Measured {dt.date.today().isoformat()} with `{command}` on {machine()}.
Each size is a new JSONL corpus coded by `dyadwatch code FILE --workers {args.workers} --out /dev/null` in a child
process (the parent reads, hands chunks of 8 documents to {args.workers} worker processes, at most {args.workers * 32}
documents in flight, and writes the events in input order). CPU time is that of the whole process tree; memory is
sampled every 0.2 s over the tree: RSS summed over the processes (counts the pages the forked workers share with the
parent once per process) and PSS (shared pages split among their sharers: the memory actually used).

| documents | input | wall | CPU (process tree) | documents/s per core | wall per 1,000 documents | peak RSS (largest process) | peak RSS (sum) | peak PSS (sum) |
|---|---|---|---|---|---|---|---|---|
{table}

| figure | value | target | met |
|---|---|---|---|
| peak memory streaming {biggest['n']:,} documents | PSS {biggest['pss_mb']:.0f} MB summed over the {args.workers + 1} processes (the memory used); RSS {biggest['one_mb']:.0f} MB in the largest process, {biggest['rss_mb']:.0f} MB summed (shared pages counted once per process) | ≤ 600 MB | {yes(biggest['pss_mb'] <= 600 and biggest['one_mb'] <= 600)} (PSS and per process; not the RSS sum) |
| time against corpus size | CPU time = {a:.1f} s + {1000 * b:.2f} s per 1,000 documents (least squares), R² = {r2:.5f}; CPU per document {1000 * marginal_first:.2f} ms at {first['n']:,} (start-up included), {1000 * marginal_last:.2f} ms per added document up to {last['n']:,} | linear | {yes(r2 >= 0.99 and marginal_last <= marginal_first * 1.1)} |

Summary lines of the runs: {"; ".join(r["summary"] for r in rows)}.
"""
    write_section("scale", body)


# ---------------------------------------------------------------------- spark
def spark_bench(args) -> None:
    from dyadwatch.engines import spark as engine

    n = args.docs
    work = Path(tempfile.mkdtemp(prefix="dw-spark-"))
    path = write_jsonl(work / "corpus.jsonl", documents(n, SOURCES, seed=5, prefix="spark"))
    speedup = parallel_speedup()
    local = run_engine(path, 2)
    start = time.perf_counter()
    spark = engine.session("local[2]")
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - start
    first_wall, _, summary = timed(lambda: engine.run(spark, str(path), str(work / "out")))
    again_wall, _, _ = timed(lambda: engine.run(spark, str(path), str(work / "out"), overwrite=True))
    spark.stop()
    command = f"python benchmarks/throughput.py spark --docs {n}"
    body = f"""## Spark local[2] against the local pool

Measured {dt.date.today().isoformat()} with `{command}` on {machine()}.
The same {n:,} documents (JSONL) coded by the local engine (`dyadwatch code --workers 2`, events to /dev/null) and by
`dyadwatch.engines.spark.run` on `local[2]` (events, documents, skips and relations written as Parquet). The Spark
figures are wall-clock times of the job after the session has started; the first job also starts the Python workers,
which load the lexicons once each.

| run | wall | documents/s | ratio to the local pool |
|---|---|---|---|
| local pool, 2 workers (whole command, start-up included) | {local['wall']:.1f} s | {n / local['wall']:.1f} | 1.00 |
| Spark local[2], first job | {first_wall:.1f} s | {n / first_wall:.1f} | {local['wall'] / first_wall:.2f} |
| Spark local[2], second job (workers warm) | {again_wall:.1f} s | {n / again_wall:.1f} | {local['wall'] / again_wall:.2f} |
| Spark session start-up (JVM) | {startup:.1f} s | | |

Spark coded {summary['documents_coded']:,} documents into {summary['events']:,} events ({summary['skipped']} skipped). On one
machine Spark adds the JVM, the transfer of every row between Python and the JVM, and the Parquet writes; it pays
off on a cluster, where the same job spreads over many machines. Two processes on this machine did two equal
pure-Python jobs {speedup:.2f}× as fast as one process did one (2.00 on two free cores), so the JVM's own work
competes directly with the two Python workers here.
"""
    write_section("spark", body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=["speed", "scale", "spark", "all"])
    parser.add_argument("--docs", type=int, help="documents for speed (default 2000) and spark (default 5000)")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="rounds of the HTML measurement (speed)")
    parser.add_argument("--sizes", default="1000,10000,30000,100000", help="corpus sizes for scale")
    parser.add_argument("--workers", type=int, default=2, help="workers of the local engine for scale")
    args = parser.parse_args()
    parts = ["speed", "scale", "spark"] if args.part == "all" else [args.part]
    docs = args.docs
    for part in parts:
        if part == "speed":
            args.docs = docs or 2000
            speed(args)
        elif part == "scale":
            scale(args)
        else:
            args.docs = docs or 5000
            spark_bench(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

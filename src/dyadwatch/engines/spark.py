"""The Spark engine: code a corpus on a cluster (or in local mode) with the same Pipeline,
write events and document metadata as Parquet, and aggregate relations in Spark SQL.

    dyadwatch spark INPUT OUTPUT [--master local[2]] [--by month]
    spark-submit --master yarn $(python -c 'import dyadwatch.engines.spark as m; print(m.__file__)') INPUT OUTPUT

INPUT is a JSONL file, a WARC(.gz) file, a Parquet dataset, a folder of one of these, or a
glob; OUTPUT a folder that receives

    events/event_month=YYYY-MM/*.parquet   one row per event (the event contract, plus pub_date)
    documents/pub_month=YYYY-MM/*.parquet  one row per coded document (language, dates, counts, removals)
    skipped/*.parquet                      documents that could not be coded, with the reason
    relations/*.parquet                    per dyad and period: events by quad class, Goldstein sum and mean

Documents are coded in `mapPartitions`; each executor's Python worker builds the Pipeline
once (knowledge loaded once per worker and reused across tasks) and codes every document
with `dyadwatch.engines.local.process_document`, the function the local engine uses, so
the events are those of `dyadwatch code`. Needs pyspark (`pip install dyadwatch[spark]`)
and Java 17 or later; WARC input needs fastwarc (`pip install dyadwatch[warc]`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import hashlib
import functools
import io
import json
import logging
import os
import pickle
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyadwatch.engines.local import Settings, process_document, warm_up
from dyadwatch.ingest.readers import JSONL_SUFFIXES, RawDocument, parse_jsonl_line
from dyadwatch.ingest.warc import WARC_SUFFIXES
from dyadwatch.model import Event, Skip

log = logging.getLogger("dyadwatch")

FORMATS = ("auto", "jsonl", "warc", "parquet")
PERIODS = ("week", "month", "quarter")
# (name, Spark SQL type) of an event row; location is JSON text (null when no place)
EVENT_COLUMNS = [
    ("doc_id", "string"), ("event_id", "string"),
    ("source_country", "string"), ("source_role", "string"), ("source_name", "string"),
    ("target_country", "string"), ("target_role", "string"), ("target_name", "string"),
    ("code", "string"), ("root_code", "string"), ("quad_class", "int"), ("goldstein", "double"),
    ("date", "string"), ("date_precision", "string"), ("date_source", "string"), ("modality", "string"),
    ("location", "string"), ("sentence_index", "int"), ("evidence", "string"),
    ("evidence_start", "int"), ("evidence_end", "int"), ("trigger", "string"),
    ("trigger_start", "int"), ("trigger_end", "int"), ("rule", "string"), ("confidence", "double"),
    ("plover_type", "string"), ("plover_mode", "string"), ("lang", "string"), ("sentence", "string"),
    ("pub_date", "string"), ("event_month", "string"),
]
DOCUMENT_COLUMNS = [
    ("doc_id", "string"), ("origin", "string"), ("url", "string"), ("title", "string"), ("lang", "string"),
    ("pub_date", "string"), ("pub_date_source", "string"), ("sentences", "int"), ("events", "int"),
    ("headings", "array<string>"), ("removed", "string"), ("pub_month", "string"),
]
SKIP_COLUMNS = [("doc_id", "string"), ("origin", "string"), ("reason", "string"), ("detail", "string")]


def ddl(columns: list[tuple[str, str]]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)


def event_month(date: str) -> str:
    """The partition of an event: YYYY-MM of its date; YYYY-00 for a date of year precision
    (as GDELT writes month 00)."""
    return date[:7] if len(date) >= 7 else f"{date[:4]}-00"


# ---------------------------------------------------------------------- executor side
@functools.lru_cache(maxsize=4)
def executor_pipeline(key: str, settings_bytes: bytes):
    """The Pipeline of this Python worker for these settings, built (and warmed up) once and
    reused by every task the worker runs."""
    settings: Settings = pickle.loads(settings_bytes)
    pipeline = settings.pipeline()
    warm_up(pipeline)
    return pipeline


def event_row(event: Event, pub_date: str) -> tuple:
    values = []
    for name, _ in EVENT_COLUMNS[:-2]:
        value = getattr(event, name)
        if name == "location":
            value = None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
        values.append(value)
    return tuple(values) + (pub_date, event_month(event.date))


def document_row(doc, events: int) -> tuple:
    pub = doc.pub_date.isoformat() if doc.pub_date else None
    return (
        doc.id, doc.origin, doc.url, doc.title, doc.lang, pub, doc.pub_date_source, len(doc.sentences), events,
        doc.headings(), json.dumps(doc.removed(), ensure_ascii=False), pub[:7] if pub else "unknown",
    )


def code_items(items: Iterable[RawDocument | Skip], key: str, settings_bytes: bytes, timeout: float | None) -> Iterator[tuple]:
    """Tagged output rows of raw documents: ("event", row), ("document", row), ("skip", row)."""
    pipeline = executor_pipeline(key, settings_bytes)
    for item in items:
        outcome = item if isinstance(item, Skip) else process_document(pipeline, item, timeout)
        pipeline.counters.clear()
        if isinstance(outcome, Skip):
            yield ("skip", (outcome.doc_id, outcome.origin, outcome.reason, outcome.detail))
            continue
        doc = outcome.document
        pub = doc.pub_date.isoformat() if doc.pub_date else None
        yield ("document", document_row(doc, len(outcome.events)))
        for event in outcome.events:
            yield ("event", event_row(event, pub))


def jsonl_items(rows: Iterable, partition: int) -> Iterator[RawDocument | Skip]:
    """Raw documents of (file, line) rows, parsed as the local reader parses a JSONL line.
    Line numbers count within a partition: a record without an id gets `file:pP.N`."""
    for number, (origin, line) in enumerate(rows, 1):
        item = parse_jsonl_line(line, origin, f"p{partition}.{number}")
        if item is not None:
            yield item


def parquet_items(rows: Iterable) -> Iterator[RawDocument | Skip]:
    for number, row in enumerate(rows, 1):
        record = row.asDict()
        doc_id = record.get("id")
        origin = f"parquet:{doc_id if doc_id is not None else number}"
        if doc_id is None:
            yield Skip(f"parquet:{number}", origin, "wrong_type", "a document needs an id")
            continue
        fields = {}
        for name in ("text", "html", "url", "title", "pub_date", "lang"):
            value = record.get(name)
            if isinstance(value, (dt.date, dt.datetime)):
                value = value.isoformat()[:10]
            fields[name] = None if value is None else str(value)
        if not (fields["text"] or fields["html"]):
            yield Skip(str(doc_id), origin, "empty", "no text or html")
            continue
        yield RawDocument(str(doc_id), origin, **fields)


def warc_items(paths: Iterable[str]) -> Iterator[RawDocument | Skip]:
    from dyadwatch.ingest.warc import read_warc

    for path in paths:
        yield from read_warc(path)


def warc_bytes_items(files: Iterable[tuple[str, bytes]]) -> Iterator[RawDocument | Skip]:
    from dyadwatch.ingest.warc import read_warc_stream

    for origin, data in files:
        yield from read_warc_stream(io.BytesIO(data), origin)


# ---------------------------------------------------------------------- driver side
def session(master: str | None = None, app: str = "dyadwatch", conf: dict | None = None):
    """A SparkSession (the one of spark-submit, or a new one on `master`). Python workers run
    this interpreter unless PYSPARK_PYTHON says otherwise."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    settings = {"spark.sql.session.timeZone": "UTC", "spark.ui.showConsoleProgress": "false"}
    if master and master.startswith("local"):  # one machine: stay on the loopback interface
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        settings.update({
            "spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "8",
            "spark.driver.host": "127.0.0.1", "spark.driver.bindAddress": "127.0.0.1",
        })
    settings.update(conf or {})
    for name, value in settings.items():
        builder = builder.config(name, value)
    return builder.getOrCreate()


def detect_format(path: str) -> str:
    """jsonl, warc or parquet, from the file names of a file, folder or glob."""
    names = []
    for match in glob.glob(path) or [path]:
        p = Path(match)
        names += [str(c) for c in p.rglob("*") if c.is_file()] if p.is_dir() else [str(p)]
    lowered = [n.lower() for n in names]
    if any(n.endswith(".parquet") for n in lowered):
        return "parquet"
    if any(n.endswith(WARC_SUFFIXES) for n in lowered):
        return "warc"
    if any(n.endswith(tuple(JSONL_SUFFIXES)) for n in lowered):
        return "jsonl"
    raise ValueError(f"cannot tell the format of {path} (give --input-format jsonl, warc or parquet)")


def _local_files(path: str, suffixes: tuple[str, ...]) -> list[str] | None:
    """The files of a local path or glob; None for a URI Spark must read (hdfs://, s3a://)."""
    if "://" in path and not path.startswith("file://"):
        return None
    path = path.removeprefix("file://")
    out = []
    for match in sorted(glob.glob(path)) or [path]:
        p = Path(match)
        if p.is_dir():
            out += sorted(str(c) for c in p.rglob("*") if c.is_file() and str(c).lower().endswith(suffixes))
        elif p.exists():
            out.append(str(p))
    return out


def raw_rdd(spark, path: str, fmt: str, partitions: int):
    """An RDD of raw documents (and input skips) of the input, in about `partitions` parts."""
    sc = spark.sparkContext
    if fmt == "jsonl":
        files = _local_files(path, tuple(JSONL_SUFFIXES))
        previous = spark.conf.get("spark.sql.files.maxPartitionBytes")
        if files:  # split the input into `partitions` parts as it is read (no shuffle)
            size = sum(os.path.getsize(f) for f in files)
            spark.conf.set("spark.sql.files.maxPartitionBytes", str(max(1 << 16, min(128 << 20, -(-size // partitions)))))
        try:
            lines = spark.read.text(path).select("_metadata.file_path", "value").rdd.map(tuple)
            parts = lines.getNumPartitions()
        finally:
            spark.conf.set("spark.sql.files.maxPartitionBytes", previous)
        if parts < partitions:
            lines = lines.repartition(partitions)
        return lines.mapPartitionsWithIndex(lambda i, rows: jsonl_items(rows, i))
    if fmt == "parquet":
        frame = spark.read.parquet(path)
        if frame.rdd.getNumPartitions() < partitions:
            frame = frame.repartition(partitions)
        return frame.rdd.mapPartitions(parquet_items)
    if fmt == "warc":
        files = _local_files(path, WARC_SUFFIXES)
        if files is not None:
            if not files:
                raise ValueError(f"no WARC files in {path}")
            return sc.parallelize(files, len(files)).mapPartitions(warc_items)
        return sc.binaryFiles(path).mapPartitions(warc_bytes_items)
    raise ValueError(f"unknown input format {fmt!r}; choose one of {', '.join(FORMATS[1:])}")


def relations_sql(events_view: str = "events", by: str = "month") -> str:
    """Spark SQL of the relation aggregation over an events table: per dyad (actor_a <
    actor_b, both directions together) and period, the events by quad class, the Goldstein
    sum and mean, the events in each direction and the reporting documents.

    Periods as in `dyadwatch.aggregate.series`: an event counts in the period of its date; a
    date coarser than the period (a year in a monthly series, a month in a weekly one) is
    placed at the document's publication date kept inside the date's span, else at the
    span's first day. Column names follow `PeriodStats.to_dict`. Counted here are event
    reports (one per document that codes the event); the store's `dyadwatch relations`
    counts merged events (reports of one event by many outlets merged)."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    coarse = {"week": "('month', 'year')", "month": "('year')", "quarter": "('year')"}[by]
    label = {
        "week": "concat(CAST(extract(YEAROFWEEK FROM period_start) AS STRING), '-W', lpad(CAST(weekofyear(period_start) AS STRING), 2, '0'))",
        "month": "date_format(period_start, 'yyyy-MM')",
        "quarter": "concat(CAST(year(period_start) AS STRING), '-Q', CAST(quarter(period_start) AS STRING))",
    }[by]
    return f"""
WITH spans AS (
  SELECT *,
    CASE length(date) WHEN 10 THEN 'day' WHEN 7 THEN 'month' ELSE 'year' END AS span_kind,
    CASE length(date) WHEN 10 THEN try_to_date(date) WHEN 7 THEN try_to_date(concat(date, '-01'))
      ELSE try_to_date(concat(substr(date, 1, 4), '-01-01')) END AS span_start,
    try_to_date(pub_date) AS pub_day
  FROM {events_view}
  WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> ''
    AND target_country <> '' AND source_country <> target_country
),
days AS (
  SELECT *,
    CASE WHEN span_kind IN {coarse} AND pub_day IS NOT NULL
      THEN least(greatest(pub_day, span_start),
                 CASE span_kind WHEN 'month' THEN last_day(span_start) ELSE make_date(year(span_start), 12, 31) END)
      ELSE span_start END AS day
  FROM spans WHERE span_start IS NOT NULL
),
placed AS (
  SELECT least(source_country, target_country) AS actor_a, greatest(source_country, target_country) AS actor_b,
    source_country, doc_id, quad_class, goldstein, CAST(date_trunc('{by.upper()}', day) AS DATE) AS period_start
  FROM days
)
SELECT actor_a, actor_b, {label} AS period, period_start,
  count(*) AS events,
  count_if(quad_class = 1) AS verbal_cooperation,
  count_if(quad_class = 2) AS material_cooperation,
  count_if(quad_class = 3) AS verbal_conflict,
  count_if(quad_class = 4) AS material_conflict,
  sum(goldstein) AS goldstein_sum,
  avg(goldstein) AS goldstein_mean,
  count_if(source_country = actor_a) AS a_to_b,
  count_if(source_country = actor_b) AS b_to_a,
  count(DISTINCT doc_id) AS documents
FROM placed
GROUP BY actor_a, actor_b, period_start
ORDER BY actor_a, actor_b, period_start
"""


def relations(spark, events_path: str, by: str = "month"):
    """The relation aggregation over an events Parquet dataset, as a DataFrame."""
    spark.read.parquet(events_path).createOrReplaceTempView("dyadwatch_events")
    return spark.sql(relations_sql("dyadwatch_events", by))


def run(
    spark,
    input_path: str,
    output: str,
    settings: Settings | None = None,
    fmt: str = "auto",
    partitions: int | None = None,
    timeout: float | None = None,
    by: str = "month",
    overwrite: bool = False,
) -> dict:
    """Code the input and write events, documents, skips and relations under `output`.
    Returns a summary (documents coded, skipped by reason, events, input format)."""
    from pyspark import StorageLevel

    settings = settings or Settings()
    out = output.rstrip("/")
    if not overwrite and "://" not in out and Path(out).exists() and any(Path(out).iterdir()):
        raise FileExistsError(f"{out} exists and is not empty (give --overwrite to replace it)")
    fmt = detect_format(input_path) if fmt == "auto" else fmt
    partitions = partitions or spark.sparkContext.defaultParallelism * 2
    settings_bytes = pickle.dumps(settings)
    key = hashlib.sha1(settings_bytes).hexdigest()
    t = timeout
    coded = raw_rdd(spark, input_path, fmt, partitions).mapPartitions(lambda items: code_items(items, key, settings_bytes, t))
    coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        # one pass codes everything (and fills the cache the writes read from)
        tally = coded.map(lambda r: ("skip:" + r[1][2]) if r[0] == "skip" else r[0]).countByValue()
        for kind, columns, partition in (
            ("event", EVENT_COLUMNS, "event_month"), ("document", DOCUMENT_COLUMNS, "pub_month"), ("skip", SKIP_COLUMNS, None),
        ):
            rows = coded.filter(lambda r, k=kind: r[0] == k).map(lambda r: r[1])
            frame = spark.createDataFrame(rows, ddl(columns))
            name = {"event": "events", "document": "documents", "skip": "skipped"}[kind]
            if partition:
                frame.write.mode("overwrite").partitionBy(partition).parquet(f"{out}/{name}")
            else:
                frame.coalesce(1).write.mode("overwrite").parquet(f"{out}/{name}")
    finally:
        coded.unpersist()
    relations(spark, f"{out}/events", by).coalesce(1).write.mode("overwrite").parquet(f"{out}/relations")
    skipped = {k.split(":", 1)[1]: n for k, n in tally.items() if k.startswith("skip:")}
    return {
        "documents_coded": tally.get("document", 0), "skipped": sum(skipped.values()), "skipped_by_reason": dict(sorted(skipped.items())),
        "events": tally.get("event", 0), "format": fmt,
    }


# ---------------------------------------------------------------------- command line
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT", help="JSONL, WARC(.gz) or Parquet documents: a file, folder or glob")
    parser.add_argument("output", metavar="OUTPUT", help="output folder: events/, documents/, skipped/, relations/ (Parquet)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: that of spark-submit, else local[*])")
    parser.add_argument("--input-format", choices=FORMATS, default="auto", help="format of INPUT (default: from the file names)")
    parser.add_argument("--partitions", type=int, metavar="N", help="split the input into at least N parts (default: twice the default parallelism)")
    parser.add_argument("--by", choices=PERIODS, default="month", help="period of the relation aggregation (default month)")
    parser.add_argument("--lang", default="auto", help="language of all documents, or auto (default)")
    parser.add_argument("--pub-date", type=dt.date.fromisoformat, help="publication date for documents that carry none (YYYY-MM-DD)")
    parser.add_argument("--all-modalities", action="store_true", help="also write negated, hypothetical, alleged and historical events")
    parser.add_argument("--timeout", type=float, metavar="S", help="skip a document that takes longer than S seconds (reason: timeout)")
    parser.add_argument("--overwrite", action="store_true", help="replace the contents of OUTPUT")


def main(argv: list[str] | None = None) -> int:
    """Entry point for spark-submit and `python -m dyadwatch.engines.spark`: the arguments
    of `dyadwatch spark`."""
    from dyadwatch.cli import main as cli_main

    return cli_main(["spark", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    from dyadwatch.engines.spark import (
        main as _main,  # functions pickled by reference, not by value
    )

    sys.exit(_main())

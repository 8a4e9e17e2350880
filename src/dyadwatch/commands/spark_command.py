"""`dyadwatch spark`: runs the Spark engine (engines/spark.py) and reports on the terminal."""
from __future__ import annotations

import sys

from ..engines.local import Settings
from ..engines.spark import run, session


def command(args, actors=None) -> int:
    """Run the Spark job of parsed arguments; prints a summary line; exit status."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("error: the Spark engine needs pyspark: pip install 'dyadwatch[spark]' (and Java 17+)", file=sys.stderr)
        return 2
    settings = Settings(lang=args.lang, pub_date=args.pub_date, keep_all_modalities=args.all_modalities, actors=actors)
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()  # a caller's session is used, and left running
    spark = active or session(args.master)  # master None: that of spark-submit, else local[*]
    try:
        summary = run(spark, args.input, args.output, settings, args.input_format, args.partitions, args.timeout, args.by, args.overwrite)
    except (FileExistsError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if active is None:
            spark.stop()
    skipped = ", ".join(f"{r}: {n}" for r, n in summary["skipped_by_reason"].items()) or "none"
    print(
        f"documents coded: {summary['documents_coded']}, skipped: {summary['skipped']} ({skipped}), "
        f"events written: {summary['events']} ({summary['format']} in, Parquet out: {args.output})",
        file=sys.stderr,
    )
    return 1 if summary["skipped"] else 0

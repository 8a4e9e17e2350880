"""The `dyadwatch` command line."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

from . import __version__
from .ingest.readers import RawDocument, read_inputs
from .commands.basics import fail, iso_date
from .commands.fetching import add_fetch_options, check_inputs, open_sources
from .config import ConfigError, load_config
from .knowledge.user_actors import ActorSet, UserDictionaryError, load_actors
from .lang import SUPPORTED_LANGUAGES
from .output import FORMATS, EventWriter
from .pipeline import Pipeline
from .resources import package_path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dyadwatch", description="News in, evidenced event data about relations between states out.")
    parser.add_argument("--version", action="version", version=f"dyadwatch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every skipped document")
    sub = parser.add_subparsers(dest="command", required=True)

    code = sub.add_parser("code", help="code documents and write events (no database)")
    code.add_argument("inputs", nargs="*", metavar="INPUT", help=".txt, .html, .jsonl, .warc(.gz) file, a folder, - for standard input, or an http(s) URL")
    code.add_argument("--lang", default="auto", help=f"language of all documents ({', '.join(SUPPORTED_LANGUAGES)}) or auto (default)")
    code.add_argument("--pub-date", type=iso_date, help="publication date for documents that carry none (YYYY-MM-DD)")
    code.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    code.add_argument("--out", type=Path, help="write events to this file instead of standard output")
    code.add_argument("--documents", type=Path, help="also write one JSONL line per document: blocks, headings, removed boilerplate, language")
    code.add_argument("--all-modalities", action="store_true", help="also write negated, hypothetical, alleged and historical events")
    code.add_argument("--domestic", action="store_true", help="also code events within one state and with non-state actors (opposition, rebels, civilians; '---' where no state is named)")
    code.add_argument("--workers", type=int, default=1, metavar="N", help="code in N worker processes (0: one per core; default 1: this process)")
    code.add_argument("--timeout", type=float, metavar="S", help="skip a document that takes longer than S seconds (reason: timeout)")
    _add_actor_options(code)
    add_fetch_options(code)

    demo = sub.add_parser("demo", help="code the bundled sample corpus and print a summary")
    demo.add_argument("--out", type=Path, help="also write the events as JSONL to this file")
    demo.add_argument("--db", type=Path, help="keep the demo's DuckDB store in this file (default: a temporary store)")
    demo.add_argument("--png", type=Path, help="write the relations chart to this PNG file (default: a new temporary folder)")

    evaluate = sub.add_parser("evaluate", help="code gold files' texts and score them; with --floors, fail below the floors")
    evaluate.add_argument("gold", nargs="+", type=Path, metavar="GOLD", help="gold file (*.gold.json or JSONL)")
    evaluate.add_argument("--floors", type=Path, help="JSON file of score floors; exit 1 when a score is below its floor")
    evaluate.add_argument("--update-floors", action="store_true", help="raise floors to the new scores less a 0.02 margin (never lowers them)")
    evaluate.add_argument("--show-misses", action="store_true", help="list misses, false positives and forbidden hits")
    evaluate.add_argument("--json", action="store_true", help="print scores as JSON")
    evaluate.add_argument("--events-out", type=Path, help="write the coded events as JSONL")
    evaluate.add_argument("--texts", type=Path, help="JSONL documents (id, text) for gold files that carry no texts")
    _add_actor_options(evaluate)

    spark = sub.add_parser("spark", help="code a corpus with Spark (JSONL, WARC or Parquet in; Parquet events, documents and relations out)")
    from .engines.spark import add_arguments as add_spark_arguments

    add_spark_arguments(spark)
    _add_actor_options(spark)

    kb = sub.add_parser("kb", help="knowledge base information")
    kb.add_argument("action", choices=["stats"], help="stats: sizes of the knowledge base")

    from .commands import add_store_commands

    add_store_commands(sub)
    from .api.cli import add_serve_command  # FastAPI and uvicorn are imported by the handler

    add_serve_command(sub)
    return parser


def _add_actor_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--actors", type=Path, action="append", default=[], metavar="FILE",
        help="extra actors: our TSV format or a CAMEO/PETRARCH actor or agent dictionary (repeatable; later files win)",
    )
    command.add_argument("--config", type=Path, metavar="FILE", help="settings file (default: ./dyadwatch.toml if present), e.g. actors = [\"my.tsv\"]")


def user_actors(args) -> ActorSet | None:
    """The user dictionaries of a run: those of the settings file, then --actors."""
    config = load_config(args.config)
    paths = list(config.actors) + list(args.actors or [])
    if not paths:
        return None
    actors = load_actors(paths)
    for warning in actors.warnings:
        logging.warning("%s", warning)
    logging.info("user dictionaries: %s", ", ".join(f"{k} {v}" for k, v in actors.stats().items()))
    return actors


def inputs_and_user_actors(args) -> tuple[ActorSet | None, str | None]:
    """For a command that reads INPUTs (code, ingest): (its user dictionaries, None), or
    (None, why it cannot run: no inputs, or a settings file or dictionary that is wrong)."""
    problem = check_inputs(args)
    if problem:
        return None, problem
    try:
        return user_actors(args), None
    except (ConfigError, UserDictionaryError) as exc:
        return None, str(exc)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    handler = {"code": cmd_code, "demo": cmd_demo, "evaluate": cmd_evaluate, "kb": cmd_kb, "spark": cmd_spark}.get(args.command) or args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        return 0


def _summary(pipeline: Pipeline, written: int) -> str:
    c = pipeline.counters
    reasons = Counter(s.reason for s in pipeline.skips)
    skipped = ", ".join(f"{r}: {n}" for r, n in sorted(reasons.items())) or "none"
    return f"documents coded: {c['documents_coded']}, skipped: {c['skipped']} ({skipped}), events written: {written}"


def cmd_code(args) -> int:
    actors, problem = inputs_and_user_actors(args)
    if problem is not None:
        return fail(problem)
    pipeline = Pipeline(lang=args.lang, pub_date=args.pub_date, keep_all_modalities=args.all_modalities, actors=actors, domestic=args.domestic)
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    docs_out = open(args.documents, "w", encoding="utf-8") if args.documents else None
    try:
        writer = EventWriter(out, args.format)
        if args.workers != 1 or args.timeout:
            from .engines.local import LocalEngine

            pipeline = LocalEngine(pipeline, workers=args.workers, timeout=args.timeout)
        with open_sources(args) as items:
            for result in pipeline.run(items):
                writer.write(result.events, url=result.document.url or "")
                if docs_out:
                    docs_out.write(json.dumps(document_record(result.document), ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
        if docs_out:
            docs_out.close()
    for skip in pipeline.skips:
        print(f"skipped {skip.origin}: {skip.reason}: {skip.detail}", file=sys.stderr)
    print(_summary(pipeline, writer.count), file=sys.stderr)
    return 1 if pipeline.skips else 0


def document_record(doc) -> dict:
    """What a user needs to inspect a document's processing: language, structure, removals."""
    return {
        "id": doc.id,
        "lang": doc.lang,
        "pub_date": doc.pub_date.isoformat() if doc.pub_date else None,
        "pub_date_source": doc.pub_date_source,
        "title": doc.title,
        "headings": doc.headings(),
        "removed": doc.removed(),
        "sentences": len(doc.sentences),
    }


def cmd_demo(args) -> int:
    from .evaluation import load_gold, score

    sample = package_path("data", "sample", "articles.jsonl")
    pipeline = Pipeline()
    results = list(pipeline.run(read_inputs([str(sample)])))
    events = [e for r in results for e in r.events]
    print(f"dyadwatch demo: {len(results)} sample articles in {', '.join(sorted({r.document.lang for r in results}))}\n")
    header = f"{'date':<10}  {'source':<8} {'code':<5} {'target':<8} {'modality':<9} evidence"
    print(header)
    print("-" * len(header))
    for r in results:
        for e in r.events:
            src = f"{e.source_country}{e.source_role}"
            tgt = f"{e.target_country}{e.target_role}"
            evidence = e.evidence if len(e.evidence) <= 70 else e.evidence[:67] + "..."
            print(f"{e.date:<10}  {src:<8} {e.code:<5} {tgt:<8} {e.modality:<9} {evidence}")
    removed = sum(len(r.document.removed()) for r in results)
    print(f"\n{len(events)} events from {len(results)} documents; {removed} boilerplate lines removed.")
    expected = package_path("data", "sample", "expected.jsonl")
    if expected.exists():
        s = score(load_gold(expected), [e.to_dict() for e in events])
        print(
            f"against the sample's own annotation: precision {s['precision']}, recall {s['recall_required']}, "
            f"F1 {s['f1']}, date accuracy {s['date_accuracy']}, forbidden hits {s['forbidden_hits']}"
        )
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            EventWriter(handle, "jsonl").write(events)
    from .commands import demo_store

    stored = demo_store(args, sample)
    return 1 if pipeline.skips else stored


def evaluate_gold(path: Path, texts: Path | None = None, actors: ActorSet | None = None) -> tuple[dict[str, dict], list[dict]]:
    """Code a gold file's texts and score them, overall and per language. Texts come from
    the gold file itself, a `file` it names, or a JSONL of documents (`texts`)."""
    from .evaluation import load_gold, score

    gold = load_gold(path)
    if texts is not None:
        by_id = {}
        for line in texts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                by_id[str(record.get("id"))] = record.get("text")
        for d in gold:
            d.setdefault("text", by_id.get(str(d["id"])))
    missing = [d["id"] for d in gold if not d.get("text")]
    if missing:
        raise ValueError(f"{path}: no text for {', '.join(missing[:5])} (give the documents with --texts)")
    pipeline = Pipeline(actors=actors)
    raws = [
        RawDocument(d["id"], f"{path}:{d['id']}", text=d["text"], pub_date=d.get("pub_date"), lang=d.get("lang"))
        for d in gold
    ]
    events = [e.to_dict() for r in pipeline.run(raws) for e in r.events]
    name = path.name.split(".")[0]
    scores = {name: score(gold, events)}
    langs = sorted({d.get("lang", "") for d in gold})
    if len(langs) > 1:
        for lang in langs:
            subset = [d for d in gold if d.get("lang") == lang]
            ids = {d["id"] for d in subset}
            scores[f"{name}:{lang}"] = score(subset, [e for e in events if e["doc_id"] in ids])
    return scores, events


def cmd_evaluate(args) -> int:
    from .evaluation import check_floors, raise_floors

    try:
        actors = user_actors(args)
    except (ConfigError, UserDictionaryError) as exc:
        return fail(str(exc))
    all_scores: dict[str, dict] = {}
    all_events: list[dict] = []
    for path in args.gold:
        if not path.exists():
            return fail(f"gold file not found: {path}")
        try:
            scores, events = evaluate_gold(path, args.texts, actors)
        except (ValueError, OSError) as exc:
            return fail(str(exc))
        all_scores.update(scores)
        all_events.extend(events)
    if args.events_out:
        with open(args.events_out, "w", encoding="utf-8") as handle:
            for e in all_events:
                handle.write(json.dumps(e, ensure_ascii=False) + "\n")
    keys = ("documents", "system_events", "precision", "recall_required", "recall_required_and_stretch", "f1", "date_accuracy", "forbidden_hits")
    if args.json:
        print(json.dumps({n: {k: s[k] for k in keys} for n, s in all_scores.items()}, indent=1))
    else:
        for name, s in all_scores.items():
            if args.show_misses:
                for m in s["misses"]:
                    print("MISS", m["doc"], m["tier"], m["source"], m["target"], m["codes"], m["evidence"], sep="\t")
                for m in s["false_positives"]:
                    print("EXTRA", m["doc"], m["triple"], m["evidence"], sep="\t")
                for m in s["forbidden"]:
                    print("FORBIDDEN", m["doc"], m["triple"], m["why"], sep="\t")
            print(f"{name}: " + " ".join(f"{k}={s[k]}" for k in keys))
    status = 0
    if args.floors:
        floors = json.loads(args.floors.read_text(encoding="utf-8")) if args.floors.exists() else {}
        failures = check_floors(all_scores, floors)
        for failure in failures:
            print(f"below floor: {failure}", file=sys.stderr)
        status = 1 if failures else 0
        if args.update_floors and not failures:
            args.floors.write_text(json.dumps(raise_floors(all_scores, floors), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return status


def cmd_spark(args) -> int:
    try:
        actors = user_actors(args)
    except (ConfigError, UserDictionaryError) as exc:
        return fail(str(exc))
    from .commands.spark_command import command

    return command(args, actors)


def cmd_kb(args) -> int:
    from .actors import actor_dictionary
    from .knowledge import load_knowledge

    stats = load_knowledge().stats()
    for name, value in stats.items():
        print(f"{name:<28} {value}")
    for lang in SUPPORTED_LANGUAGES:
        d = actor_dictionary(lang)
        print(f"{'names (' + lang + ', forms stored)':<28} {len(d.entries)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

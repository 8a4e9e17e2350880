"""`dyadwatch ingest | events | relations | partners` and the store part of `dyadwatch demo`."""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from dataclasses import fields
from pathlib import Path

from ..ingest.readers import read_inputs
from ..model import Event
from ..output import CSV_FIELDS, GDELT_COLUMNS, gdelt_row
from .basics import USAGE_ERROR, fail, iso_date
from .progress import Progress, count_inputs
from ..lang import SUPPORTED_LANGUAGES

# The store (DuckDB, NumPy) is imported by the handlers, so that `dyadwatch --help` and the
# other commands start without it.
PERIODS = ("week", "month", "quarter")  # dyadwatch.aggregate.series.PERIODS

DEFAULT_DB = "dyadwatch.duckdb"
EVENT_FORMATS = ("table", "jsonl", "csv", "gdelt", "parquet")
COUNT_FIELDS = ("url", "merged_id", "num_mentions", "num_sources", "num_articles", "num_documents")


def _db_default() -> str:
    return os.environ.get("DYADWATCH_DB", DEFAULT_DB)


def _list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def add_store_commands(sub) -> None:
    """Register the store commands on the `dyadwatch` subparsers."""
    db_help = f"DuckDB store file (default: $DYADWATCH_DB or ./{DEFAULT_DB})"

    p = sub.add_parser("ingest", help="extract, code and store documents in DuckDB (idempotent, resumable)")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help=".txt, .html, .jsonl, .warc(.gz) file, a folder, - for standard input, or an http(s) URL")
    p.add_argument("--db", default=None, help=db_help)
    p.add_argument("--lang", default="auto", help=f"language of all documents ({', '.join(SUPPORTED_LANGUAGES)}) or auto (default)")
    p.add_argument("--pub-date", type=iso_date, help="publication date for documents that carry none (YYYY-MM-DD)")
    p.add_argument("--progress", action="store_true", help="show the progress bar even when standard error is not a terminal")
    from ..cli import _add_actor_options  # the user dictionaries of `dyadwatch code` (--actors, --config)
    from .fetching import _seconds, add_fetch_options

    p.add_argument("--timeout", type=_seconds, metavar="S", help="skip a document whose coding takes longer than S seconds (reason: timeout)")

    _add_actor_options(p)
    add_fetch_options(p)
    p.set_defaults(handler=cmd_ingest)

    p = sub.add_parser("events", help="query stored events")
    p.add_argument("--db", default=None, help=db_help)
    p.add_argument("--source", type=_list, default=[], help="source actor codes, comma-separated (e.g. RUS)")
    p.add_argument("--target", type=_list, default=[], help="target actor codes, comma-separated")
    p.add_argument("--actor", type=_list, default=[], help="actor codes on either side, comma-separated")
    p.add_argument("--role", type=_list, default=[], help="CAMEO roles (GOV, MIL, ...); with --actor, the role of that actor")
    p.add_argument("--code", type=_list, default=[], help="CAMEO code prefixes, comma-separated (e.g. 04,112)")
    p.add_argument("--root", type=_list, default=[], help="CAMEO root codes, comma-separated (e.g. 04,16)")
    p.add_argument("--quad", type=_list, default=[], help="quad classes 1-4, comma-separated")
    p.add_argument("--since", type=iso_date, help="events on or after this date")
    p.add_argument("--until", type=iso_date, help="events on or before this date")
    p.add_argument("--lang", type=_list, default=[], help="languages of the reports, comma-separated")
    p.add_argument("--text", help="text the evidence or sentence contains (case-insensitive)")
    p.add_argument("--merged", action="store_true", help="one row per merged event (across outlets) instead of per report")
    p.add_argument("--limit", type=int, help="at most this many rows")
    p.add_argument("--format", choices=EVENT_FORMATS, default="table", help="output format (default table)")
    p.add_argument("--out", type=Path, help="write to this file (required for parquet)")
    p.set_defaults(handler=cmd_events)

    p = sub.add_parser("relations", help="a dyad's time series and its turns (rapprochement / estrangement)")
    p.add_argument("a", metavar="A", help="actor code, e.g. RUS")
    p.add_argument("b", metavar="B", help="actor code, e.g. PRK")
    p.add_argument("--db", default=None, help=db_help)
    p.add_argument("--by", choices=PERIODS, default="month", help="period (default month)")
    p.add_argument("--since", type=iso_date, help="first day of the series")
    p.add_argument("--until", type=iso_date, help="last day of the series")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level of a turn (default 0.05; lower finds fewer turns)")
    p.add_argument("--png", type=Path, help="also draw the series and its turns to this PNG file")
    p.add_argument("--json", action="store_true", help="print the series and turns as JSON")
    p.set_defaults(handler=cmd_relations)

    p = sub.add_parser("partners", help="actors ranked by cooperative relation with A; alignment network")
    p.add_argument("a", metavar="A", help="actor code, e.g. RUS")
    p.add_argument("--db", default=None, help=db_help)
    p.add_argument("--since", type=iso_date, help="events on or after this date")
    p.add_argument("--until", type=iso_date, help="events on or before this date")
    p.add_argument("--top", type=int, default=20, help="show this many partners (default 20)")
    p.add_argument("--graphml", type=Path, help="write the alignment network (with communities) as GraphML")
    p.add_argument("--json", action="store_true", help="print partners and communities as JSON")
    p.set_defaults(handler=cmd_partners)


def _open(path: str | None, create: bool):
    from ..store import Store

    return Store(path or _db_default(), create=create)


def _open_existing(path: str | None):
    """The existing store (else None, after saying on standard error why it cannot be opened)."""
    from ..store import StoreError

    try:
        return _open(path, create=False)
    except StoreError as exc:
        fail(str(exc))
        return None


# --- ingest ------------------------------------------------------------------------------

def ingest_summary(report, store) -> str:
    skipped = ", ".join(f"{r}: {n}" for r, n in sorted(report.skipped.items())) or "none"
    c = store.counts()
    return (
        f"documents stored: {report.stored} (already in the store: {report.already_stored}), "
        f"skipped: {report.skipped_total} ({skipped}), events: {report.events}; "
        f"store: {c['documents']} documents ({c['copies']} near-duplicate copies), {c['events']} events, "
        f"{c['merged_events']} merged events"
    )


def cmd_ingest(args) -> int:
    from ..cli import inputs_and_user_actors
    from ..pipeline import Pipeline
    from ..store import StoreError, ingest
    from .fetching import open_sources

    actors, problem = inputs_and_user_actors(args)
    if problem is not None:
        return fail(problem)
    try:
        store = _open(args.db, create=True)
    except StoreError as exc:
        return fail(str(exc))
    bar = None
    if args.progress or sys.stderr.isatty():
        bar = Progress(sys.stderr, count_inputs(args.inputs))
    pipeline = Pipeline(lang=args.lang, pub_date=args.pub_date, actors=actors, timeout=args.timeout)

    def tick(report) -> None:
        if bar:
            bar.update(report.inputs, f"stored {report.stored}, known {report.already_stored}, skipped {report.skipped_total}")

    try:
        with open_sources(args) as items:
            report = ingest(store, items, pipeline, on_item=tick)
        if bar:
            tick(report)
            bar.close()
        for skip in report.skips[:20]:
            print(f"skipped {skip.origin}: {skip.reason}: {skip.detail}", file=sys.stderr)
        if len(report.skips) > 20:
            print(f"... and {len(report.skips) - 20} more skipped (table `skipped` in the store)", file=sys.stderr)
        print(ingest_summary(report, store), file=sys.stderr)
    finally:
        store.close()
    return 1 if report.skipped_total else 0


# --- events ------------------------------------------------------------------------------

def _event(rec: dict) -> Event:
    values = {}
    for f in fields(Event):
        value = rec.get(f.name)
        if value is None and f.name != "location":
            value = "" if "str" in str(f.type) else 0
        values[f.name] = value
    return Event(**values)


def _contract(rec: dict) -> dict:
    out = {f.name: rec.get(f.name) for f in fields(Event)}
    out.update({k: rec.get(k) for k in COUNT_FIELDS})
    return out


def write_events(records: list[dict], fmt: str, stream) -> int:
    if fmt == "jsonl":
        for rec in records:
            stream.write(json.dumps(_contract(rec), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=list(CSV_FIELDS) + list(COUNT_FIELDS), extrasaction="ignore")
        writer.writeheader()
        for rec in records:
            writer.writerow(_contract(rec))
    elif fmt == "gdelt":
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
        writer.writerow(GDELT_COLUMNS)
        at = {c: i for i, c in enumerate(GDELT_COLUMNS)}
        for rec in records:
            row = gdelt_row(_event(rec), rec.get("url") or "")
            for column, key in (("NumMentions", "num_mentions"), ("NumSources", "num_sources"), ("NumArticles", "num_articles")):
                if rec.get(key) is not None:
                    row[at[column]] = str(rec[key])
            writer.writerow(row)
    else:
        header = f"{'date':<10}  {'source':<8} {'code':<5} {'target':<8} {'art':>3} {'src':>3} {'men':>3}  {'lang':<4} {'doc_id':<16} evidence"
        stream.write(header + "\n" + "-" * len(header) + "\n")
        for r in records:
            src = f"{r['source_country']}{r['source_role'] or ''}"
            tgt = f"{r['target_country']}{r['target_role'] or ''}"
            evidence = r["evidence"] or ""
            evidence = evidence if len(evidence) <= 60 else evidence[:57] + "..."
            stream.write(
                f"{r['date']:<10}  {src:<8} {r['code']:<5} {tgt:<8} {r['num_articles'] or 0:>3} {r['num_sources'] or 0:>3} "
                f"{r['num_mentions'] or 0:>3}  {r['lang'] or '':<4} {str(r['doc_id'])[:16]:<16} {evidence}\n"
            )
    return len(records)


def cmd_events(args) -> int:
    from ..store import EventFilter

    try:
        quads = [int(q) for q in args.quad]
    except ValueError:
        return fail("--quad takes numbers 1 to 4")
    flt = EventFilter(
        source=args.source, target=args.target, actor=args.actor, role=args.role, code=args.code, root=args.root,
        quad=quads, since=args.since, until=args.until, lang=args.lang, text=args.text,
    )
    if args.format == "parquet" and not args.out:
        return fail("--format parquet needs --out FILE")
    store = _open_existing(args.db)
    if store is None:
        return USAGE_ERROR
    try:
        store.ensure_aggregates()
        if args.format == "parquet":
            n = store.export_parquet(args.out, flt, merged=args.merged)
        else:
            records = store.events(flt, merged=args.merged, limit=args.limit)
            if args.out:
                with open(args.out, "w", encoding="utf-8", newline="") as handle:
                    n = write_events(records, args.format, handle)
            else:
                n = write_events(records, args.format, sys.stdout)
    finally:
        store.close()
    print(f"{n} {'merged events' if args.merged else 'events'}", file=sys.stderr)
    return 0


# --- relations and partners --------------------------------------------------------------

def _fmt(value, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_relations(series, found, stream) -> None:
    stream.write(
        f"{series.a}–{series.b} by {series.by}: merged events in both directions; "
        f"index = Goldstein sum / articles about either actor, 95% bootstrap interval\n"
    )
    header = f"{'period':<9} {'events':>6} {'vcoop':>5} {'mcoop':>5} {'vconf':>5} {'mconf':>5} {'gs_sum':>7} {'gs_mean':>7} {'articles':>8} {'index':>7}  interval"
    stream.write(header + "\n" + "-" * len(header) + "\n")
    for p in series.periods:
        interval = "" if p.index is None else f"[{_fmt(p.ci_low)}, {_fmt(p.ci_high)}]"
        stream.write(
            f"{p.period:<9} {p.events:>6} {p.quad[0]:>5} {p.quad[1]:>5} {p.quad[2]:>5} {p.quad[3]:>5} "
            f"{p.goldstein_sum:>7.1f} {_fmt(p.goldstein_mean):>7} {p.coverage:>8} {_fmt(p.index):>7}  {interval}\n"
        )
    print_turns(series, found, stream)


def print_turns(series, found, stream) -> None:
    if not found:
        stream.write(f"turns {series.a}–{series.b}: none detected\n")
    for t in found:
        stream.write(f"turn {series.a}–{series.b}: {t.kind} in {t.period} (mean index {t.before:+.2f} -> {t.after:+.2f}, p = {t.p_value:.3f})\n")


def cmd_relations(args) -> int:
    store = _open_existing(args.db)
    if store is None:
        return USAGE_ERROR
    from ..store.relations import dyad

    try:
        series, found = dyad(store, args.a, args.b, by=args.by, since=args.since, until=args.until, alpha=args.alpha)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"a": series.a, "b": series.b, "by": series.by, "periods": [p.to_dict() for p in series.periods],
                          "turns": [t.to_dict() for t in found]}, indent=1))
    else:
        print_relations(series, found, sys.stdout)
    if args.png:
        from ..aggregate.plot import plot_relations

        path = plot_relations([(series, found)], args.png)
        print(f"chart written to {path}", file=sys.stderr)
    return 0


def print_partners(actor: str, ranked, graph, top: int, stream) -> None:
    stream.write(f"partners of {actor}: score = (cooperation - conflict) / (cooperation + conflict + 2)\n")
    header = f"{'rank':>4}  {'actor':<6} {'coop':>5} {'conf':>5} {'gs_mean':>7} {'score':>6}  community"
    stream.write(header + "\n" + "-" * len(header) + "\n")
    for i, p in enumerate(ranked[:top], 1):
        stream.write(f"{i:>4}  {p.actor:<6} {p.cooperation:>5} {p.conflict:>5} {p.goldstein_mean:>7.2f} {p.score:>6.2f}  {p.community}\n")
    from ..aggregate.network import members_by_community

    blocs = members_by_community(graph)
    for number in sorted(blocs):
        members = blocs[number]
        mark = "  <- " + actor if actor in members else ""
        stream.write(f"community {number}: {', '.join(members)}{mark}\n")


def cmd_partners(args) -> int:
    store = _open_existing(args.db)
    if store is None:
        return USAGE_ERROR
    from ..aggregate.network import members_by_community, write_graphml
    from ..store.relations import partner_report

    try:
        ranked, graph = partner_report(store, args.a, since=args.since, until=args.until)
    finally:
        store.close()
    actor = args.a.upper()
    if args.json:
        communities = members_by_community(graph)
        print(json.dumps({"actor": actor, "partners": [p.to_dict() for p in ranked[: args.top]],
                          "communities": [members for _, members in sorted(communities.items())]}, indent=1))
    else:
        print_partners(actor, ranked, graph, args.top, sys.stdout)
    if args.graphml:
        write_graphml(graph, args.graphml, focus=actor)
        print(f"alignment network written to {args.graphml}", file=sys.stderr)
    return 0


# --- demo --------------------------------------------------------------------------------

DEMO_DYADS = (("RUS", "PRK"), ("FRA", "NER"))
DEMO_PERIOD = "month"


def demo_store(args, sample: Path, stream=None) -> int:
    """Ingest the sample into a store (--db, else a new temporary folder, kept so that
    `dyadwatch serve` can show it), print the turns of the demo's dyads and Russia's partners,
    and draw the chart."""
    from ..aggregate.plot import plot_relations
    from ..store import Store, StoreError, ingest
    from ..store.relations import dyad, partner_report

    stream = stream or sys.stdout
    folder = None if getattr(args, "db", None) and getattr(args, "png", None) else Path(tempfile.mkdtemp(prefix="dyadwatch-demo-"))
    db = Path(args.db) if getattr(args, "db", None) else folder / "demo.duckdb"
    try:
        store = Store(db)
    except StoreError as exc:
        return fail(str(exc))
    try:
        report = ingest(store, read_inputs([str(sample)]))
        stream.write(f"\nstored in {db}: {ingest_summary(report, store)}\n\n")
        panels = []
        for a, b in DEMO_DYADS:
            series, found = dyad(store, a, b, by=DEMO_PERIOD)
            panels.append((series, found))
            print_turns(series, found, stream)
        ranked, graph = partner_report(store, "RUS")
        stream.write("\n")
        print_partners("RUS", ranked, graph, 8, stream)
    finally:
        store.close()
    png = Path(args.png) if getattr(args, "png", None) else folder / "relations.png"
    plot_relations(panels, png, title=f"dyadwatch demo: relations by {DEMO_PERIOD}")
    stream.write(f"\nchart: {png}\n")
    stream.write(f"dashboard: dyadwatch serve --db {db}   (then open http://127.0.0.1:8000/)\n")
    return 1 if report.skipped_total else 0

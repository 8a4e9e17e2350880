"""What the REST API reads from a store: pages of events, one event with every report and
document behind it, one document as structured spans, a dyad's relation, partners, the
alignment network. Plain functions over a `Store` (or a `Store.cursor()`), returning
JSON-ready dicts; the FastAPI layer (app.py) only validates parameters and shapes responses.

Everything here only reads. The dyad series, turns and partners are computed by the same
functions as `dyadwatch relations` and `dyadwatch partners` (store.relations, aggregate/).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..aggregate.changes import turns as find_turns
from ..aggregate.network import (
    Interaction,
    alignment_graph,
    communities_of,
    partners,
    relations,
)
from ..aggregate.series import (
    dyad_series,
    next_period,
    period_label,
    period_start,
    periods_between,
)
from ..store import EventFilter, Store
from ..store.relations import _inside, dyad_events
from ..store.schema import event_columns
from .names import actor_name, code_label

MAX_PERIODS = 600  # a relation series longer than this is refused (narrow the window or coarsen `by`)
MAX_OFFSET = 10_000  # deepest row a page of events may start at (the schema bounds `offset`)


class QueryError(ValueError):
    """A request that is well-formed but asks for something the store cannot answer within
    the limits (shown to the client as a 422 with this message)."""


# --- references ----------------------------------------------------------------------------

def mention_ref(doc_key: str, ordinal: int) -> str:
    """The reference of one report of an event: `<doc_key>-<ordinal>`."""
    return f"{doc_key}-{ordinal}"


def parse_ref(ref: str) -> tuple[str, str | int]:
    """('merged', merged_id) or ('mention', (doc_key, ordinal))."""
    if "-" in ref:
        key, _, ordinal = ref.rpartition("-")
        return "mention", (key, int(ordinal))
    return "merged", ref


# --- records -------------------------------------------------------------------------------

_JSON_FIELDS = {name for name, kind in event_columns() if kind == "JSON"}


def _value(name: str, value):
    if value is None:
        return None
    if name in _JSON_FIELDS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value


def _rows(cur) -> list[dict]:
    names = [c[0] for c in cur.description]
    return [{n: _value(n, v) for n, v in zip(names, row)} for row in cur.fetchall()]


def event_item(rec: dict, merged: bool) -> dict:
    """An event record (a report, or a merged event over its representative report) as the
    API shows it in lists."""
    ref = rec.get("merged_id") if merged else mention_ref(rec["doc_key"], rec["ordinal"])
    return {
        "ref": ref,
        "merged_id": rec.get("merged_id"),
        "doc_key": rec.get("doc_key"),
        "ordinal": rec.get("ordinal"),
        "doc_id": rec.get("doc_id"),
        "title": rec.get("title"),
        "date": rec.get("date"),
        "date_precision": rec.get("date_precision"),
        "source_country": rec.get("source_country"),
        "source_role": rec.get("source_role"),
        "source_name": rec.get("source_name"),
        "source_label": actor_name(rec.get("source_country")),
        "target_country": rec.get("target_country"),
        "target_role": rec.get("target_role"),
        "target_name": rec.get("target_name"),
        "target_label": actor_name(rec.get("target_country")),
        "code": rec.get("code"),
        "code_label": code_label(rec.get("code")),
        "root_code": rec.get("root_code"),
        "quad_class": rec.get("quad_class"),
        "goldstein": rec.get("goldstein"),
        "modality": rec.get("modality"),
        "evidence": rec.get("evidence"),
        "trigger": rec.get("trigger"),
        "confidence": rec.get("confidence"),
        "lang": rec.get("lang"),
        "url": rec.get("url"),
        "host": rec.get("host"),
        "pub_date": rec.get("pub_date"),
        "location": rec.get("location") if isinstance(rec.get("location"), dict) else None,
        "num_mentions": rec.get("num_mentions"),
        "num_sources": rec.get("num_sources"),
        "num_articles": rec.get("num_articles"),
        "num_documents": rec.get("num_documents"),
    }


# --- events --------------------------------------------------------------------------------

# sort key -> (column for reports, column for merged events, joins it needs)
SORTS = {
    "date": ("e.date", "m.date", ""),
    "pub_date": ("d.pub_date", "d.pub_date", "d"),
    "goldstein": ("e.goldstein", "m.goldstein", ""),
    "confidence": ("e.confidence", "e.confidence", "e"),
    "articles": ("m.num_articles", "m.num_articles", "m"),
    "code": ("e.code", "m.code", ""),
    "source": ("e.source_country", "m.source_country", ""),
    "target": ("e.target_country", "m.target_country", ""),
}


@dataclass
class EventQuery:
    filter: EventFilter
    dyad: tuple[str, str] | None = None
    merged: bool = False
    sort: str = "date"
    offset: int = 0
    limit: int = 50


def _matches(query: EventQuery, joins: str = "") -> tuple[str, list, str]:
    """(FROM ... WHERE ..., parameters, key columns) of the events matching a query: the same
    rows as `Store.event_sql` (reports, or merged events that have a matching report), read
    from the narrow tables only, with the joins a sort needs."""
    where, params = query.filter.sql("e")
    if not query.merged:
        sql = "FROM events e"
        if "d" in joins:
            sql += " JOIN documents d ON d.doc_key = e.doc_key"
        if "m" in joins:
            sql += (" LEFT JOIN event_merges em ON em.doc_key = e.doc_key AND em.ordinal = e.ordinal"
                    " LEFT JOIN merged_events m ON m.merged_id = em.merged_id")
        sql += f" WHERE {where}"
        side, keys = "e", "e.doc_key, e.ordinal"
    else:
        sql = "FROM merged_events m"
        if "d" in joins:
            sql += " JOIN documents d ON d.doc_key = m.rep_doc_key"
        if "e" in joins:
            sql += " JOIN events e ON e.doc_key = m.rep_doc_key AND e.ordinal = m.rep_ordinal"
        sql += " WHERE TRUE"
        if where != "TRUE":
            sql += (f" AND m.merged_id IN (SELECT em.merged_id FROM events e JOIN event_merges em"
                    f" ON em.doc_key = e.doc_key AND em.ordinal = e.ordinal WHERE {where})")
        side, keys = "m", "m.merged_id, m.rep_doc_key, m.rep_ordinal"
    if query.dyad:
        a, b = query.dyad
        sql += (f" AND (({side}.source_country = ? AND {side}.target_country = ?)"
                f" OR ({side}.source_country = ? AND {side}.target_country = ?))")
        params = params + [a, b, b, a]
    return sql, params, keys


def events_page(store: Store, query: EventQuery) -> dict:
    """A page of events: the count of all matches, the keys of the page (a narrow sort in
    DuckDB), then the full records of those keys only."""
    sql, params, _ = _matches(query)
    total = store.con.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
    rows: list[dict] = []
    if query.offset < total:
        descending = query.sort.startswith("-")
        column_r, column_m, joins = SORTS[query.sort.lstrip("-")]
        column = column_m if query.merged else column_r
        sql, params, keys = _matches(query, joins)
        direction = "DESC" if descending else "ASC"
        date, doc, ordinal = ("m.date", "m.rep_doc_key", "m.rep_ordinal") if query.merged else ("e.date", "e.doc_key", "e.ordinal")
        order = f"{column} {direction} NULLS LAST, {date} {direction}, {doc}, {ordinal}"
        found = store.con.execute(f"SELECT {keys} {sql} ORDER BY {order} LIMIT ? OFFSET ?", params + [query.limit, query.offset]).fetchall()
        rows = records(store, [k[0] if query.merged else (k[0], k[1]) for k in found], query.merged)
    return {
        "total": total,
        "offset": query.offset,
        "limit": query.limit,
        "merged": query.merged,
        "sort": query.sort,
        "items": [event_item(r, query.merged) for r in rows],
    }


def records(store: Store, keys: Sequence, merged: bool) -> list[dict]:
    """Full event records (the columns of `Store.events`, plus the document's title) of the
    given merged ids or (doc_key, ordinal) pairs, in the order of `keys`."""
    if not keys:
        return []
    extra = Store._EXTRA + ", d.title"
    if merged:
        replaced = ", ".join(f"m.{c} AS {c}" for c in Store._MERGED_COLUMNS)
        sql = (f"SELECT e.* REPLACE ({replaced}, m.merged_id AS event_id), {extra} FROM merged_events m "
               f"JOIN events e ON e.doc_key = m.rep_doc_key AND e.ordinal = m.rep_ordinal "
               f"JOIN documents d ON d.doc_key = m.rep_doc_key WHERE m.merged_id IN (SELECT unnest(?::VARCHAR[]))")
        values = list(dict.fromkeys(keys))
    else:
        sql = (f"SELECT e.*, {extra} FROM events e JOIN documents d ON d.doc_key = e.doc_key "
               f"LEFT JOIN event_merges em ON em.doc_key = e.doc_key AND em.ordinal = e.ordinal "
               f"LEFT JOIN merged_events m ON m.merged_id = em.merged_id WHERE e.doc_key IN (SELECT unnest(?::VARCHAR[]))")
        values = list(dict.fromkeys(k for k, _ in keys))
    found = _rows(store.con.execute(sql, [values]))
    index = {(r["merged_id"] if merged else (r["doc_key"], r["ordinal"])): r for r in found}
    return [index[k] for k in keys if k in index]


# --- one event -----------------------------------------------------------------------------

_MERGED_FIELDS = (
    "merged_id", "source_country", "source_role", "target_country", "target_role", "code", "root_code", "quad_class",
    "goldstein", "date", "date_precision", "place_country", "place_name", "num_mentions", "num_sources",
    "num_articles", "num_documents", "first_pub_date", "rep_doc_key", "rep_ordinal",
)


def _report(rec: dict) -> dict:
    return {
        "ref": mention_ref(rec["doc_key"], rec["ordinal"]),
        "ordinal": rec["ordinal"],
        "event_id": rec.get("event_id"),
        "date": rec.get("date"),
        "date_precision": rec.get("date_precision"),
        "date_source": rec.get("date_source"),
        "source_country": rec.get("source_country"),
        "source_role": rec.get("source_role"),
        "source_name": rec.get("source_name"),
        "target_country": rec.get("target_country"),
        "target_role": rec.get("target_role"),
        "target_name": rec.get("target_name"),
        "code": rec.get("code"),
        "code_label": code_label(rec.get("code")),
        "modality": rec.get("modality"),
        "sentence_index": rec.get("sentence_index"),
        "sentence": rec.get("sentence"),
        "evidence": rec.get("evidence"),
        "evidence_start": rec.get("evidence_start"),
        "evidence_end": rec.get("evidence_end"),
        "trigger": rec.get("trigger"),
        "trigger_start": rec.get("trigger_start"),
        "trigger_end": rec.get("trigger_end"),
        "rule": rec.get("rule"),
        "confidence": rec.get("confidence"),
    }


_DOC_SUMMARY = (
    "d.doc_key, d.doc_id, d.title, d.url, d.host, CAST(d.pub_date AS VARCHAR) AS pub_date, d.lang, "
    "coalesce(g.is_copy, FALSE) AS is_copy, g.group_key"
)


def event_detail(store: Store, ref: str) -> dict | None:
    """A merged event (or a report that is not merged yet) with every document that reports
    it and, per document, its reports with their evidence."""
    kind, value = parse_ref(ref)
    con = store.con
    if kind == "mention":
        doc_key, ordinal = value
        row = con.execute("SELECT merged_id FROM event_merges WHERE doc_key = ? AND ordinal = ?", [doc_key, ordinal]).fetchone()
        if row is None:  # a report without merged event (a store whose aggregates are stale)
            reports = _rows(con.execute("SELECT * FROM events WHERE doc_key = ? AND ordinal = ?", [doc_key, ordinal]))
            if not reports:
                return None
            merged_id, merged = None, None
        else:
            merged_id = row[0]
    else:
        merged_id = value
    if merged_id is not None:
        found = _rows(con.execute(f"SELECT {', '.join(_MERGED_FIELDS)} FROM merged_events WHERE merged_id = ?", [merged_id]))
        if not found:
            return None
        merged = found[0]
        reports = _rows(con.execute(
            "SELECT e.* FROM event_merges em JOIN events e ON e.doc_key = em.doc_key AND e.ordinal = em.ordinal "
            "WHERE em.merged_id = ? ORDER BY e.doc_key, e.ordinal", [merged_id]))
    keys = sorted({r["doc_key"] for r in reports})
    marks = ", ".join("?" for _ in keys)
    docs = _rows(con.execute(
        f"SELECT {_DOC_SUMMARY} FROM documents d LEFT JOIN document_groups g ON g.doc_key = d.doc_key "
        f"WHERE d.doc_key IN ({marks}) ORDER BY d.pub_date NULLS LAST, d.doc_key", keys))
    by_doc: dict[str, list[dict]] = {}
    for r in reports:
        by_doc.setdefault(r["doc_key"], []).append(_report(r))
    rep = reports[0]
    if merged is not None:
        rep = next((r for r in reports if r["doc_key"] == merged["rep_doc_key"] and r["ordinal"] == merged["rep_ordinal"]), rep)
        head = dict(rep, **{k: merged[k] for k in _MERGED_FIELDS if k in merged})
        for k in ("url", "host", "pub_date"):
            head[k] = next((d[k] for d in docs if d["doc_key"] == rep["doc_key"]), None)
        item = event_item(head, merged=True)
        item["location"] = rep.get("location") if isinstance(rep.get("location"), dict) else None
    else:
        doc = next((d for d in docs if d["doc_key"] == rep["doc_key"]), {})
        item = event_item(dict(rep, url=doc.get("url"), host=doc.get("host"), pub_date=doc.get("pub_date"), title=doc.get("title")), merged=False)
    item["title"] = next((d["title"] for d in docs if d["doc_key"] == rep["doc_key"]), None)
    return {
        "ref": ref,
        "merged": merged is not None,
        "event": item,
        "representative": mention_ref(rep["doc_key"], rep["ordinal"]),
        "documents": [dict(d, reports=by_doc.get(d["doc_key"], [])) for d in docs],
    }


# --- one document --------------------------------------------------------------------------

def segments(length: int, removed: Sequence[dict], evidence: Sequence[dict], triggers: Sequence[dict], mentions: Sequence[dict]) -> list[dict]:
    """The text cut at every boundary of a removed block, an evidence span, a trigger or an
    actor mention: consecutive, non-overlapping segments covering [0, length), each saying
    what covers it (the client renders them without parsing any text as markup)."""
    def clamp(x) -> int:
        return max(0, min(length, int(x)))

    spans = []
    for kind, items in (("removed", removed), ("evidence", evidence), ("trigger", triggers), ("actor", mentions)):
        for it in items:
            start, end = clamp(it["start"]), clamp(it["end"])
            if end > start:
                spans.append((start, end, kind, it))
    cuts = sorted({0, length} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    out = []
    for start, end in pairwise(cuts):
        seg = {"start": start, "end": end, "removed": None, "events": [], "triggers": [], "actor": None}
        for s, e, kind, it in spans:
            if s <= start and end <= e:
                if kind == "removed":
                    seg["removed"] = it.get("reason") or "boilerplate"
                elif kind == "evidence":
                    seg["events"].append(it["ref"])
                elif kind == "trigger":
                    seg["triggers"].append(it["ref"])
                elif seg["actor"] is None:
                    seg["actor"] = it.get("country") or ""
        out.append(seg)
    return out


def document_detail(store: Store, doc_key: str) -> dict | None:
    con = store.con
    found = _rows(con.execute(
        "SELECT d.doc_key, d.doc_id, d.title, d.url, d.host, d.lang, CAST(d.pub_date AS VARCHAR) AS pub_date, "
        "d.pub_date_source, d.text, d.removed, d.headings, coalesce(g.is_copy, FALSE) AS is_copy, g.group_key "
        "FROM documents d LEFT JOIN document_groups g ON g.doc_key = d.doc_key WHERE d.doc_key = ?", [doc_key]))
    if not found:
        return None
    doc = found[0]
    text = doc.pop("text") or ""
    removed = [
        {"start": int(r.get("start", 0)), "end": int(r.get("end", 0)), "reason": str(r.get("reason") or "boilerplate")}
        for r in json.loads(doc.pop("removed") or "[]")
    ]
    headings = [str(h) for h in json.loads(doc.pop("headings") or "[]")]
    events = _rows(con.execute(
        "SELECT e.doc_key, e.ordinal, em.merged_id, e.code, e.source_country, e.target_country, e.date, e.modality, "
        "e.evidence_start, e.evidence_end, e.trigger_start, e.trigger_end, e.sentence_index "
        "FROM events e LEFT JOIN event_merges em ON em.doc_key = e.doc_key AND em.ordinal = e.ordinal "
        "WHERE e.doc_key = ? ORDER BY e.ordinal", [doc_key]))
    doc_events = [
        {
            "ref": mention_ref(e["doc_key"], e["ordinal"]), "merged_id": e["merged_id"], "code": e["code"],
            "code_label": code_label(e["code"]), "source_country": e["source_country"], "target_country": e["target_country"],
            "date": e["date"], "modality": e["modality"], "sentence_index": e["sentence_index"],
            "evidence_start": e["evidence_start"], "evidence_end": e["evidence_end"],
            "trigger_start": e["trigger_start"], "trigger_end": e["trigger_end"],
        }
        for e in events
    ]
    mentions = _rows(con.execute(
        "SELECT char_start AS start, char_end AS \"end\", text, country, role, kind FROM mentions "
        "WHERE doc_key = ? AND NOT coalesce(place, FALSE) ORDER BY ordinal", [doc_key]))
    evidence = [{"start": e["evidence_start"], "end": e["evidence_end"], "ref": e["ref"]}
                for e in doc_events if e["evidence_start"] is not None and e["evidence_end"] is not None]
    trigger = [{"start": e["trigger_start"], "end": e["trigger_end"], "ref": e["ref"]}
               for e in doc_events if e["trigger_start"] is not None and e["trigger_end"] is not None]
    spans = [m for m in mentions if m["start"] is not None and m["end"] is not None]
    return dict(
        doc, text=text, length=len(text), removed=removed, headings=headings, events=doc_events,
        mentions=[{k: m[k] for k in ("start", "end", "text", "country", "role", "kind")} for m in spans],
        segments=segments(len(text), removed, evidence, trigger, spans),
    )


# --- relations -----------------------------------------------------------------------------

def relation(store: Store, a: str, b: str, by: str = "month", since: dt.date | None = None, until: dt.date | None = None,
             alpha: float = 0.05) -> dict:
    """The A–B series by period with its bootstrap intervals and detected turns (as
    `dyadwatch relations`), refused when it would have more than MAX_PERIODS periods."""
    a, b = a.upper(), b.upper()
    events = [e for e, _ in dyad_events(store, a, b, by)]
    coverage = store.coverage([a, b])
    inside = lambda d: (since is None or d >= since) and (until is None or d <= until)
    days = [e.day for e in events if {e.source, e.target} == {a, b} and inside(e.day)]
    days += [d for d in coverage.values() if d is not None and inside(d)]
    if days:
        n = len(periods_between(since or min(days), until or max(days), by))
        if n > MAX_PERIODS:
            raise QueryError(
                f"the {a}–{b} series would have {n} {by}s; at most {MAX_PERIODS} are computed "
                f"(narrow it with since/until or use a longer period)")
    series = dyad_series(a, b, events, coverage, by=by, since=since, until=until)
    observed = series.observed()
    found = find_turns([p.index for p in observed], [p.period for p in observed], alpha=alpha) if observed else []
    starts = {p.period: p.start for p in series.periods}
    periods = []
    for p in series.periods:
        d = p.to_dict()
        d["end"] = (next_period(p.start, by) - dt.timedelta(days=1)).isoformat()
        periods.append(d)
    return {
        "a": a, "b": b, "a_name": actor_name(a), "b_name": actor_name(b), "by": by, "alpha": alpha,
        "since": since.isoformat() if since else None, "until": until.isoformat() if until else None,
        "events": sum(p.events for p in series.periods),
        "periods": periods,
        "turns": [dict(t.to_dict(), start=starts[t.period].isoformat()) for t in found],
    }


def relation_period_events(store: Store, a: str, b: str, by: str, start: dt.date, limit: int = 200) -> dict:
    """The merged events the A–B series counts in the period that contains the day `start`
    (placed in periods exactly as the series places them), most reported first."""
    a, b = a.upper(), b.upper()
    start = period_start(start, by)
    ids = [mid for e, mid in dyad_events(store, a, b, by) if {e.source, e.target} == {a, b} and period_start(e.day, by) == start]
    top = [r[0] for r in store.con.execute(
        "SELECT merged_id FROM merged_events WHERE merged_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY num_articles DESC, date, merged_id LIMIT ?", [ids, limit]).fetchall()]
    items = [event_item(r, merged=True) for r in records(store, top, merged=True)]
    return {
        "a": a, "b": b, "by": by, "period": period_label(start, by), "start": start.isoformat(),
        "end": (next_period(start, by) - dt.timedelta(days=1)).isoformat(), "total": len(ids), "items": items,
    }


# --- partners and network ------------------------------------------------------------------

class Network:
    """The relations of every actor pair in a window and the alignment graph, computed once
    per window (the store does not change while the server has it open read-only)."""

    def __init__(self, store: Store, since: dt.date | None, until: dt.date | None):
        interactions = [
            Interaction(r["source"], r["target"], r["quad_class"], r["goldstein"])
            for r in _merged_pairs(store)
            if _inside(r["date"], r["precision"], since, until)
        ]
        self.relations = relations(interactions)
        self.graph = alignment_graph(self.relations)
        self.communities = communities_of(self.graph)


def _merged_pairs(store: Store) -> list[dict]:
    cur = store.con.execute("SELECT source_country, target_country, quad_class, goldstein, date, date_precision FROM merged_events")
    keys = ("source", "target", "quad_class", "goldstein", "date", "precision")
    return [dict(zip(keys, row)) for row in cur.fetchall()]


def partners_of(network: Network, actor: str, top: int) -> dict:
    actor = actor.upper()
    ranked = partners(actor, network.relations, network.communities)
    mine = network.communities.get(actor)
    bloc = sorted(n for n, c in network.communities.items() if mine is not None and c == mine)
    return {
        "actor": actor, "name": actor_name(actor), "community": mine if mine is not None else -1, "bloc": bloc,
        "total": len(ranked),
        "partners": [dict(p.to_dict(), name=actor_name(p.actor), events=p.cooperation + p.conflict) for p in ranked[:top]],
    }


def network_json(network: Network, max_edges: int, min_events: int) -> dict:
    edges = [
        {"a": x, "b": y, "cooperation": r.cooperation, "conflict": r.conflict, "events": r.events,
         "goldstein_sum": round(r.goldstein_sum, 2), "score": round(r.score, 3)}
        for (x, y), r in network.relations.items() if r.events >= min_events
    ]
    edges.sort(key=lambda e: (-e["events"], e["a"], e["b"]))
    total = len(edges)
    edges = edges[:max_edges]
    degree: dict[str, int] = {}
    events: dict[str, int] = {}
    for e in edges:
        for n in (e["a"], e["b"]):
            degree[n] = degree.get(n, 0) + 1
            events[n] = events.get(n, 0) + e["events"]
    nodes = [
        {"id": n, "name": actor_name(n), "community": network.communities.get(n, -1), "degree": degree[n], "events": events[n]}
        for n in sorted(degree)
    ]
    return {"nodes": nodes, "edges": edges, "total_edges": total}


# --- vocabulary, actors, dyads, health

QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def vocabulary(store: Store) -> dict:
    """What the filters can take: CAMEO root codes, quad classes, the languages of the store."""
    from babel import Locale

    from ..knowledge import load_knowledge
    from ..lang import SUPPORTED_LANGUAGES

    kb = load_knowledge()
    roots = sorted((c, e.label) for c, e in kb.cameo.items() if len(c) == 2)
    stored = [r[0] for r in store.con.execute("SELECT DISTINCT lang FROM documents WHERE lang IS NOT NULL ORDER BY 1").fetchall()]
    names = Locale("en").languages
    langs = sorted(set(SUPPORTED_LANGUAGES) | set(stored))
    return {
        "roots": [{"code": c, "label": label} for c, label in roots],
        "quad_classes": [{"quad": q, "label": label} for q, label in QUAD_LABELS.items()],
        "languages": [{"code": c, "name": names.get(c, c), "in_store": c in stored} for c in langs],
        "sorts": [f"{d}{k}" for k in SORTS for d in ("", "-")],
    }


# --- actors, dyads, health -----------------------------------------------------------------

def actors(store: Store) -> list[dict]:
    rows = store.con.execute(
        "SELECT code, count(*) AS n FROM (SELECT source_country AS code FROM merged_events UNION ALL "
        "SELECT target_country FROM merged_events) WHERE code IS NOT NULL AND code <> '' GROUP BY code ORDER BY n DESC, code"
    ).fetchall()
    return [{"code": c, "name": actor_name(c), "events": n} for c, n in rows]


def dyads(store: Store, limit: int) -> list[dict]:
    rows = store.con.execute(
        "SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b, count(*) AS n, "
        "sum(CASE WHEN quad_class <= 2 THEN 1 ELSE 0 END) AS coop FROM merged_events "
        "WHERE source_country <> '' AND target_country <> '' AND source_country <> target_country "
        "GROUP BY ALL ORDER BY n DESC, a, b LIMIT ?", [limit]
    ).fetchall()
    return [{"a": a, "b": b, "a_name": actor_name(a), "b_name": actor_name(b), "events": n, "cooperation": int(coop or 0),
             "conflict": n - int(coop or 0)} for a, b, n, coop in rows]


def health(store: Store) -> dict:
    con = store.con
    one = lambda sql: con.execute(sql).fetchone()[0]
    first, last = con.execute("SELECT CAST(min(pub_date) AS VARCHAR), CAST(max(pub_date) AS VARCHAR) FROM documents").fetchone()
    stale = con.execute("SELECT value FROM meta WHERE key = 'aggregates_dirty'").fetchone()
    return {
        "status": "ok",
        "read_only": store.read_only,
        "store": store.path.name,
        "documents": one("SELECT count(*) FROM documents"),
        "events": one("SELECT count(*) FROM events"),
        "merged_events": one("SELECT count(*) FROM merged_events"),
        "first_pub_date": first,
        "last_pub_date": last,
        "aggregates_stale": bool(stale and stale[0] == "1"),
    }

"""The DuckDB event store: open or create, add one document atomically, rebuild the derived
tables, and query."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..aggregate.dedup import groups
from ..aggregate.merge import EventMention, merge_events
from ..model import Document, Event, Skip
from .schema import APPLICATION, BASE, BASE_TABLES, DERIVED, DERIVED_TABLES, SCHEMA_VERSION, event_columns, events_ddl

MERGE_WINDOW_DAYS = 3
DOCUMENT_COLUMNS = (
    "doc_key", "doc_id", "content_hash", "url", "host", "title", "lang", "pub_date", "pub_date_source", "origin", "text",
    "removed", "headings", "n_sentences", "n_mentions", "n_events", "minhash", "ingested_at",
)


class StoreError(Exception):
    """The store cannot be opened or written (wrong file, locked, newer schema, ...)."""


class StoreLocked(StoreError):
    """Another process holds the store: DuckDB lets one process write a file, or any number
    of processes read it, never both at once."""


def _lock_message(path: Path, exc: Exception, read_only: bool) -> str | None:
    """A sentence for DuckDB's "Could not set lock" error, or None for other errors."""
    text = str(exc)
    if "Could not set lock" not in text and "Conflicting lock" not in text:
        return None
    import re

    pid = re.search(r"PID (\d+)", text)
    holder = f"another process (PID {pid.group(1)})" if pid else "another process"
    if read_only:
        return (f"the store {path} is being written by {holder}, probably `dyadwatch ingest`: a DuckDB file has one "
                f"writer or any number of readers, never both; try again when it has finished")
    return (f"the store {path} is open in {holder} (`dyadwatch serve`, another ingest, or a query): a DuckDB file has "
            f"one writer or any number of readers, never both; stop that process or ingest into another file")


@dataclass(slots=True)
class StoredDocument:
    """A coded document ready to be written, with its identity and near-duplicate links."""

    key: str
    content_hash: str
    document: Document
    events: list[Event]
    host: str = ""
    signature: bytes | None = None
    links: list[tuple[str, float]] = field(default_factory=list)  # (other doc_key, similarity)


def _column(values: list) -> np.ndarray:
    arr = np.empty(len(values), dtype=object)
    arr[:] = values
    return arr


def insert_rows(con, table: str, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    """Insert many rows at once (a dict of NumPy columns scanned by DuckDB)."""
    if not rows:
        return
    cols = ", ".join(f'"{c}"' for c in columns)
    if len(rows) <= 2:  # a row or two: one statement with parameters
        marks = "(" + ", ".join("?" for _ in columns) + ")"
        con.execute(f"INSERT INTO {table} ({cols}) VALUES " + ", ".join(marks for _ in rows), [v for r in rows for v in r])
        return
    data = {c: _column([r[i] for r in rows]) for i, c in enumerate(columns)}
    name = f"_rows_{table}"
    con.register(name, data)
    try:
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
    finally:
        con.unregister(name)


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _cell(value):
    """An event field as a column value: dicts, lists and tuples as JSON."""
    return _json(value) if isinstance(value, (dict, list, tuple)) else value


def date_bounds_sql(column: str) -> tuple[str, str]:
    """SQL expressions for the first and last day (as sortable strings) of a date column that
    holds YYYY, YYYY-MM or YYYY-MM-DD."""
    lo = f"substr({column} || '-00-00', 1, 10)"
    hi = f"substr({column} || '-99-99', 1, 10)"
    return lo, hi


@dataclass
class EventFilter:
    """Filters of `dyadwatch events` (all optional; lists mean any of)."""

    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    actor: list[str] = field(default_factory=list)
    role: list[str] = field(default_factory=list)
    code: list[str] = field(default_factory=list)  # prefixes
    root: list[str] = field(default_factory=list)
    quad: list[int] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None
    lang: list[str] = field(default_factory=list)
    text: str | None = None

    def sql(self, e: str = "e") -> tuple[str, list]:
        where, params = [], []

        def any_of(column: str, values: list) -> None:
            where.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)

        if self.source:
            any_of(f"{e}.source_country", [v.upper() for v in self.source])
        if self.target:
            any_of(f"{e}.target_country", [v.upper() for v in self.target])
        actors = [v.upper() for v in self.actor]
        roles = [v.upper() for v in self.role]
        if actors:
            marks = ", ".join("?" for _ in actors)
            if roles:
                rmarks = ", ".join("?" for _ in roles)
                where.append(
                    f"(({e}.source_country IN ({marks}) AND {e}.source_role IN ({rmarks})) OR "
                    f"({e}.target_country IN ({marks}) AND {e}.target_role IN ({rmarks})))"
                )
                params.extend(actors + roles + actors + roles)
            else:
                where.append(f"({e}.source_country IN ({marks}) OR {e}.target_country IN ({marks}))")
                params.extend(actors + actors)
        elif roles:
            marks = ", ".join("?" for _ in roles)
            where.append(f"({e}.source_role IN ({marks}) OR {e}.target_role IN ({marks}))")
            params.extend(roles + roles)
        if self.code:
            where.append("(" + " OR ".join(f"starts_with({e}.code, ?)" for _ in self.code) + ")")
            params.extend(self.code)
        if self.root:
            any_of(f"{e}.root_code", [r.zfill(2) for r in self.root])
        if self.quad:
            any_of(f"{e}.quad_class", [int(q) for q in self.quad])
        lo, hi = date_bounds_sql(f"{e}.date")
        if self.since:
            where.append(f"{hi} >= ?")
            params.append(self.since.isoformat())
        if self.until:
            where.append(f"{lo} <= ?")
            params.append(self.until.isoformat())
        if self.lang:
            any_of(f"{e}.lang", [v.lower() for v in self.lang])
        if self.text:
            where.append(f"({e}.evidence ILIKE ? OR {e}.sentence ILIKE ?)")
            params.extend([f"%{self.text}%"] * 2)
        return (" AND ".join(where) or "TRUE"), params


class Store:
    """A DuckDB file holding documents, mentions, events and what is derived from them."""

    def __init__(self, path: str | Path, create: bool = True, read_only: bool = False, lock_timeout: float = 3.0):
        """Open (or create) the store. Another process holding the file (DuckDB: one writer
        or many readers) is waited for up to `lock_timeout` seconds, then StoreLocked."""
        import time

        import duckdb

        self.path = Path(path)
        if not self.path.exists() and not create:
            raise StoreError(f"no store at {self.path} (run `dyadwatch ingest ... --db {self.path}` first)")
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a store file")
        deadline = time.monotonic() + max(lock_timeout, 0.0)
        while True:
            try:
                self.con = duckdb.connect(str(self.path), read_only=read_only)
                break
            except duckdb.Error as exc:
                locked = _lock_message(self.path, exc, read_only)
                if locked and time.monotonic() < deadline:
                    time.sleep(0.1)  # a reader or a writer that is about to finish
                    continue
                if locked:
                    raise StoreLocked(locked) from exc
                raise StoreError(f"cannot open {self.path} as a DuckDB store: {exc}") from exc
        self.read_only = read_only
        self.event_fields = [name for name, _ in event_columns()]
        try:
            self._check_or_create()
        except Exception:
            self.con.close()
            raise

    def _check_or_create(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if "meta" in tables:
            meta = dict(self.con.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("application") != APPLICATION:
                raise StoreError(f"{self.path} is a DuckDB database but not a dyadwatch store")
            if meta.get("schema_version") != SCHEMA_VERSION:
                raise StoreError(f"{self.path} has store schema {meta.get('schema_version')}, this dyadwatch reads {SCHEMA_VERSION}")
            self._add_new_event_columns()
            return
        if tables:
            raise StoreError(f"{self.path} is a DuckDB database but not a dyadwatch store (tables: {', '.join(sorted(tables)[:5])})")
        if self.read_only:
            raise StoreError(f"{self.path} is empty")
        self.con.execute("BEGIN")
        for ddl in (*BASE, events_ddl(), *DERIVED):
            self.con.execute(ddl)
        self.con.execute(
            "INSERT INTO meta VALUES ('application', ?), ('schema_version', ?), ('aggregates_dirty', '0')",
            [APPLICATION, SCHEMA_VERSION],
        )
        self.con.execute("COMMIT")

    def _add_new_event_columns(self) -> None:
        """Fields added to the event contract since the store was created become new columns
        (NULL for the events stored before)."""
        have = {r[0] for r in self.con.execute("DESCRIBE events").fetchall()}
        self.event_fields = [name for name, _ in event_columns() if name in have]
        missing = [(n, t) for n, t in event_columns() if n not in have]
        if missing and not self.read_only:
            for name, kind in missing:
                self.con.execute(f'ALTER TABLE events ADD COLUMN "{name}" {kind}')
            self.event_fields = [name for name, _ in event_columns()]

    def close(self) -> None:
        self.con.close()

    def cursor(self) -> Store:
        """Another handle on this open store for another thread (a DuckDB cursor on the same
        database): the same queries, without opening the file again. Close it after use;
        closing it leaves this store open."""
        view = object.__new__(Store)
        view.path, view.read_only, view.event_fields = self.path, self.read_only, list(self.event_fields)
        view.con = self.con.cursor()
        return view

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    def document_keys(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT doc_key FROM documents").fetchall()}

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        cur = self.con.execute("SELECT doc_key, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY doc_key")
        while True:
            rows = cur.fetchmany(2048)
            if not rows:
                return
            yield from rows

    def add_document(self, item: StoredDocument, now: dt.datetime | None = None) -> None:
        """Write one document with everything derived from it in one transaction."""
        self.add_documents([item], now)

    def add_documents(self, items: Sequence[StoredDocument], now: dt.datetime | None = None) -> None:
        """Write documents with their sentences, mentions, events and near-duplicate links in
        one transaction: all of it or nothing (so every document is stored whole or not at all)."""
        if not items:
            return
        now = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        documents, sentences, mentions, events, links = [], [], [], [], []
        for item in items:
            doc = item.document
            documents.append((
                item.key, doc.id, item.content_hash, doc.url, item.host, doc.title, doc.lang,
                doc.pub_date.isoformat() if doc.pub_date else None, doc.pub_date_source, doc.origin, doc.text,
                _json(doc.removed()), _json(doc.headings()), len(doc.sentences), len(doc.mentions), len(item.events),
                item.signature, now,
            ))
            sentences.extend((item.key, x.index, x.start, x.end, x.text, x.block_kind, x.paragraph) for x in doc.sentences)
            mentions.extend(
                (item.key, i, si, m.start, m.end, m.text, m.country, m.role, m.kind, m.name, bool(m.former), bool(m.media),
                 bool(m.place), _json(list(m.members)) if m.members else None)
                for i, (si, m) in enumerate(doc.mentions)
            )
            events.extend(
                [item.key, i] + [_cell(getattr(e, name, None)) for name in self.event_fields]
                for i, e in enumerate(item.events)
            )
            links.extend((min(item.key, k), max(item.key, k), sim) for k, sim in item.links if k != item.key)
        con = self.con
        con.execute("BEGIN")
        try:
            insert_rows(con, "documents", DOCUMENT_COLUMNS, documents)
            insert_rows(con, "sentences", ["doc_key", "sentence_index", "char_start", "char_end", "text", "block_kind", "paragraph"], sentences)
            insert_rows(
                con, "mentions",
                ["doc_key", "ordinal", "sentence_index", "char_start", "char_end", "text", "country", "role", "kind", "name",
                 "former", "media", "place", "members"],
                mentions,
            )
            insert_rows(con, "events", ["doc_key", "ordinal"] + self.event_fields, events)
            insert_rows(con, "near_duplicates", ["doc_a", "doc_b", "similarity"], sorted(set(links)))
            con.execute("UPDATE meta SET value = '1' WHERE key = 'aggregates_dirty'")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def add_skip(self, skip: Skip) -> None:
        self.con.execute(
            "INSERT INTO skipped VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [skip.origin, skip.doc_id, skip.reason, skip.detail[:2000]],
        )

    # --- derived tables ------------------------------------------------------------------

    @property
    def aggregates_dirty(self) -> bool:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'aggregates_dirty'").fetchone()
        return bool(row and row[0] == "1")

    def ensure_aggregates(self, window_days: int = MERGE_WINDOW_DAYS) -> bool:
        """Rebuild the derived tables if documents were added since the last rebuild."""
        if self.aggregates_dirty and not self.read_only:
            self.rebuild_aggregates(window_days)
            return True
        return False

    def rebuild_aggregates(self, window_days: int = MERGE_WINDOW_DAYS) -> None:
        """Near-duplicate groups and merged events from the base tables, in one transaction."""
        con = self.con
        docs = con.execute("SELECT doc_key, CAST(pub_date AS VARCHAR), host FROM documents").fetchall()
        links = con.execute("SELECT doc_a, doc_b FROM near_duplicates").fetchall()
        pub = {k: p or "" for k, p, _ in docs}
        host = {k: h or "" for k, _, h in docs}
        group_of = groups(pub.keys(), links, order={k: (pub[k] or "9999-99-99",) for k in pub})
        rows = con.execute(
            "SELECT doc_key, ordinal, source_country, target_country, root_code, code, date, date_precision, "
            "location, quad_class, goldstein, source_role, target_role FROM events"
        ).fetchall()
        mentions = []
        for doc_key, ordinal, src, tgt, root, code, date, precision, location, quad, gs, srole, trole in rows:
            place = json.loads(location) if location else None
            mentions.append(
                EventMention(
                    doc_key, ordinal, src or "", tgt or "", root or "", code or "", date or "", precision or "day",
                    (place or {}).get("country") or "", (place or {}).get("name") or "", quad or 0, gs or 0.0,
                    srole or "", trole or "", pub.get(doc_key, ""), host.get(doc_key, ""), group_of.get(doc_key, doc_key),
                )
            )
        merged = merge_events(mentions, window_days=window_days)
        con.execute("BEGIN")
        try:
            for table in DERIVED_TABLES:
                con.execute(f"DELETE FROM {table}")
            insert_rows(con, "document_groups", ["doc_key", "group_key", "is_copy"],
                        [(k, g, k != g) for k, g in sorted(group_of.items())])
            insert_rows(
                con, "merged_events",
                ["merged_id", "source_country", "source_role", "target_country", "target_role", "code", "root_code",
                 "quad_class", "goldstein", "date", "date_precision", "place_country", "place_name", "num_mentions",
                 "num_sources", "num_articles", "num_documents", "first_pub_date", "rep_doc_key", "rep_ordinal"],
                [
                    (m.merged_id, m.source, m.source_role, m.target, m.target_role, m.code, m.root, m.quad_class, m.goldstein,
                     m.date, m.precision, m.place, m.place_name, m.num_mentions, m.num_sources, m.num_articles,
                     m.num_documents, m.first_pub_date or None, m.representative[0], m.representative[1])
                    for m in merged
                ],
            )
            insert_rows(con, "event_merges", ["doc_key", "ordinal", "merged_id"],
                        [(x.doc_key, x.ordinal, m.merged_id) for m in merged for x in m.members])
            insert_rows(con, "event_documents", ["merged_id", "doc_key", "mentions", "is_copy"],
                        [(m.merged_id, k, n, group_of.get(k, k) != k) for m in merged for k, n in m.per_document.items()])
            con.execute("UPDATE meta SET value = '0' WHERE key = 'aggregates_dirty'")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    # --- reading -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out = {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in BASE_TABLES + DERIVED_TABLES}
        out["copies"] = self.con.execute("SELECT count(*) FROM document_groups WHERE is_copy").fetchone()[0]
        return out

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row of every table, sorted, without ingestion timestamps: two stores with the
        same snapshot hold the same data."""
        out = {}
        for table in BASE_TABLES + DERIVED_TABLES + ("meta",):
            cols = [r[0] for r in self.con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "ingested_at"]
            rows = self.con.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out

    _MERGED_COLUMNS = ("source_country", "source_role", "target_country", "target_role", "code", "root_code",
                       "quad_class", "goldstein", "date", "date_precision")
    _EXTRA = ("d.url, d.host, CAST(d.pub_date AS VARCHAR) AS pub_date, m.merged_id, m.num_mentions, m.num_sources, "
              "m.num_articles, m.num_documents")

    def event_sql(self, flt: EventFilter | None = None, merged: bool = False, limit: int | None = None) -> tuple[str, list]:
        """SQL (and parameters) of the event records matching a filter: event mentions, or with
        `merged` one record per merged event (its fields over the representative mention;
        event_id is the merged_id)."""
        where, params = (flt or EventFilter()).sql("e")
        if not merged:
            sql = (
                f"SELECT e.*, {self._EXTRA} FROM events e JOIN documents d ON d.doc_key = e.doc_key "
                f"LEFT JOIN event_merges em ON em.doc_key = e.doc_key AND em.ordinal = e.ordinal "
                f"LEFT JOIN merged_events m ON m.merged_id = em.merged_id "
                f"WHERE {where} ORDER BY e.date, d.pub_date, e.doc_key, e.ordinal"
            )
        else:
            replaced = ", ".join(f"m.{c} AS {c}" for c in self._MERGED_COLUMNS)
            sql = (
                f"SELECT e.* REPLACE ({replaced}, m.merged_id AS event_id), {self._EXTRA} "
                f"FROM merged_events m JOIN events e ON e.doc_key = m.rep_doc_key AND e.ordinal = m.rep_ordinal "
                f"JOIN documents d ON d.doc_key = m.rep_doc_key "
                f"WHERE m.merged_id IN (SELECT em.merged_id FROM events e JOIN event_merges em "
                f"ON em.doc_key = e.doc_key AND em.ordinal = e.ordinal WHERE {where}) "
                f"ORDER BY m.date, m.source_country, m.target_country, m.merged_id"
            )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return sql, params

    def events(self, flt: EventFilter | None = None, merged: bool = False, limit: int | None = None) -> list[dict]:
        """Event records (the event contract plus url, host, pub_date, merged_id and the merged
        event's counts), by date."""
        sql, params = self.event_sql(flt, merged, limit)
        cur = self.con.execute(sql, params)
        names = [c[0] for c in cur.description]
        json_fields = [n for n, kind in event_columns() if kind == "JSON" and n in names]
        out = []
        for row in cur.fetchall():
            rec = dict(zip(names, row))
            for name in json_fields:
                rec[name] = json.loads(rec[name]) if rec[name] is not None else None
            out.append(rec)
        return out

    def export_parquet(self, path: str | Path, flt: EventFilter | None = None, merged: bool = False) -> int:
        """Write the matching event records to a Parquet file; returns the number of rows."""
        sql, params = self.event_sql(flt, merged)
        target = str(path).replace("'", "''")
        self.con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)", params)
        return self.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]

    def merged_dyad_rows(self, actors: Sequence[str] | None = None) -> list[dict]:
        """Merged events (optionally only those between the given actors) with the article
        keys (near-duplicate groups) that report them."""
        where, params = "TRUE", []
        if actors:
            marks = ", ".join("?" for _ in actors)
            where = f"m.source_country IN ({marks}) AND m.target_country IN ({marks})"
            params = list(actors) * 2
        cur = self.con.execute(
            f"SELECT m.merged_id, m.source_country, m.target_country, m.quad_class, m.goldstein, m.date, m.date_precision, "
            f"CAST(m.first_pub_date AS VARCHAR), list(DISTINCT g.group_key ORDER BY g.group_key) "
            f"FROM merged_events m JOIN event_documents ed ON ed.merged_id = m.merged_id "
            f"JOIN document_groups g ON g.doc_key = ed.doc_key WHERE {where} "
            f"GROUP BY ALL ORDER BY m.date, m.merged_id",
            params,
        )
        keys = ["merged_id", "source", "target", "quad_class", "goldstein", "date", "precision", "first_pub_date", "articles"]
        return [dict(zip(keys, row)) for row in cur.fetchall()]

    def coverage(self, actors: Sequence[str]) -> dict[str, dt.date]:
        """Articles (near-duplicate groups) that mention any of the actors -> the publication
        date of the group's canonical document."""
        marks = ", ".join("?" for _ in actors)
        rows = self.con.execute(
            f"SELECT DISTINCT g.group_key, c.pub_date FROM mentions m JOIN document_groups g ON g.doc_key = m.doc_key "
            f"JOIN documents c ON c.doc_key = g.group_key WHERE m.country IN ({marks}) AND c.pub_date IS NOT NULL",
            list(actors),
        ).fetchall()
        return {k: d for k, d in rows}

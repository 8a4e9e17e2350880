"""The DuckDB schema of the event store.

Base tables are written by ingest, one document per transaction: documents, sentences,
mentions, events, near_duplicates (and skipped, a log of inputs that could not be stored).
Derived tables are rebuilt from the base tables, in one transaction, whenever a document was
added (meta.aggregates_dirty): document_groups, merged_events, event_merges,
event_documents. They are a pure function of the base tables, so an interrupted run leaves
nothing half-derived: the next run rebuilds them.
"""
from dataclasses import fields

from ..model import Event

SCHEMA_VERSION = "1"
APPLICATION = "dyadwatch"


def column_type(annotation) -> str:
    """DuckDB type of a dataclass field annotation (annotations are strings here)."""
    text = str(annotation)
    if "dict" in text or "list" in text or "tuple" in text:
        return "JSON"
    if text.startswith("bool"):
        return "BOOLEAN"
    if text.startswith("int"):
        return "INTEGER"
    if text.startswith("float"):
        return "DOUBLE"
    return "VARCHAR"


def event_columns() -> list[tuple[str, str]]:
    """(name, type) of every field of the event contract (model.Event), in order."""
    return [(f.name, column_type(f.type)) for f in fields(Event)]


def events_ddl() -> str:
    cols = ",\n        ".join(f'"{name}" {kind}' for name, kind in event_columns())
    return (
        "CREATE TABLE IF NOT EXISTS events (\n        doc_key VARCHAR NOT NULL,\n        ordinal INTEGER NOT NULL,\n        "
        + cols
        + ",\n        PRIMARY KEY (doc_key, ordinal)\n    )"
    )

BASE = (
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_key VARCHAR PRIMARY KEY,      -- sha256(content_hash, url)[:32]: the identity of a document
        doc_id VARCHAR NOT NULL,          -- the input's id (events carry it as doc_id)
        content_hash VARCHAR NOT NULL,    -- sha256 of the raw text or HTML
        url VARCHAR,
        host VARCHAR,                     -- URL host without www. ('' without URL): the outlet
        title VARCHAR,
        lang VARCHAR,
        pub_date DATE,
        pub_date_source VARCHAR,
        origin VARCHAR,
        text VARCHAR,                     -- the text the offsets refer to
        removed JSON,                     -- boilerplate removed, with reasons and offsets
        headings JSON,
        n_sentences INTEGER,
        n_mentions INTEGER,
        n_events INTEGER,
        minhash BLOB,                     -- MinHash signature of the body (near-duplicates)
        ingested_at TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_key VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL,
        char_start INTEGER,
        char_end INTEGER,
        text VARCHAR,
        block_kind VARCHAR,
        paragraph INTEGER,
        PRIMARY KEY (doc_key, sentence_index)
    )""",
    """CREATE TABLE IF NOT EXISTS mentions (
        doc_key VARCHAR NOT NULL,
        ordinal INTEGER NOT NULL,
        sentence_index INTEGER,
        char_start INTEGER,
        char_end INTEGER,
        text VARCHAR,
        country VARCHAR,
        role VARCHAR,
        kind VARCHAR,
        name VARCHAR,
        former BOOLEAN,
        media BOOLEAN,
        place BOOLEAN,
        members JSON,
        PRIMARY KEY (doc_key, ordinal)
    )""",
    # events: built from model.Event by events_ddl(), so that every field of the contract is kept
    """CREATE TABLE IF NOT EXISTS near_duplicates (
        doc_a VARCHAR NOT NULL,           -- doc_a < doc_b
        doc_b VARCHAR NOT NULL,
        similarity DOUBLE,                -- estimated Jaccard similarity of word 3-shingles
        PRIMARY KEY (doc_a, doc_b)
    )""",
    """CREATE TABLE IF NOT EXISTS skipped (
        origin VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        detail VARCHAR,
        PRIMARY KEY (origin, doc_id, reason)
    )""",
)

DERIVED = (
    """CREATE TABLE IF NOT EXISTS document_groups (
        doc_key VARCHAR PRIMARY KEY,
        group_key VARCHAR NOT NULL,       -- canonical (earliest) document of its near-duplicate group
        is_copy BOOLEAN
    )""",
    """CREATE TABLE IF NOT EXISTS merged_events (
        merged_id VARCHAR PRIMARY KEY,
        source_country VARCHAR,
        source_role VARCHAR,
        target_country VARCHAR,
        target_role VARCHAR,
        code VARCHAR,
        root_code VARCHAR,
        quad_class INTEGER,
        goldstein DOUBLE,
        date VARCHAR,
        date_precision VARCHAR,
        place_country VARCHAR,
        place_name VARCHAR,
        num_mentions INTEGER,
        num_sources INTEGER,
        num_articles INTEGER,
        num_documents INTEGER,
        first_pub_date DATE,
        rep_doc_key VARCHAR,
        rep_ordinal INTEGER
    )""",
    """CREATE TABLE IF NOT EXISTS event_merges (
        doc_key VARCHAR NOT NULL,
        ordinal INTEGER NOT NULL,
        merged_id VARCHAR NOT NULL,
        PRIMARY KEY (doc_key, ordinal)
    )""",
    """CREATE TABLE IF NOT EXISTS event_documents (
        merged_id VARCHAR NOT NULL,
        doc_key VARCHAR NOT NULL,
        mentions INTEGER,
        is_copy BOOLEAN,
        PRIMARY KEY (merged_id, doc_key)
    )""",
)

DERIVED_TABLES = ("document_groups", "merged_events", "event_merges", "event_documents")
BASE_TABLES = ("documents", "sentences", "mentions", "events", "near_duplicates", "skipped")

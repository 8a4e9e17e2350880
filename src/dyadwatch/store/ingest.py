"""Ingest: raw documents -> pipeline -> store, one document per transaction.

Idempotent: a document is identified by the hash of its raw content (text or HTML) and its
URL; a document already in the store is not processed again. Resumable: every document is
committed with everything derived from it (sentences, mentions, events, near-duplicate
links) or not at all, so after a crash a rerun stores exactly the documents that are still
missing. The derived tables (merged events, near-duplicate groups) are rebuilt at the end,
from the base tables, whenever something was added.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..aggregate.dedup import THRESHOLD, NearDuplicateIndex, from_bytes, signature, to_bytes
from ..ingest.readers import RawDocument
from ..model import Document, Skip
from ..pipeline import Pipeline
from .db import MERGE_WINDOW_DAYS, Store, StoredDocument


def content_hash(raw: RawDocument) -> str:
    content = raw.text if raw.text is not None and raw.text.strip() else (raw.html or "")
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def document_key(raw: RawDocument) -> tuple[str, str]:
    """(document key, content hash): the key is the hash of content hash and URL."""
    digest = content_hash(raw)
    key = hashlib.sha256(f"{digest}\n{raw.url or ''}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return key, digest


def url_host(url: str | None) -> str:
    """The outlet of a URL: its host name, lower-case, without a leading www."""
    if not url:
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def body_text(doc: Document) -> str:
    """The document's text without the boilerplate blocks (what near-duplicates compare)."""
    if not doc.blocks:
        return doc.text
    return "\n".join(doc.text[b.start : b.end] for b in doc.blocks if b.kind != "boilerplate")


@dataclass
class IngestReport:
    inputs: int = 0
    stored: int = 0
    already_stored: int = 0
    events: int = 0
    near_duplicates: int = 0
    skipped: Counter = field(default_factory=Counter)
    skips: list[Skip] = field(default_factory=list)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


def load_index(store: Store, threshold: float = THRESHOLD) -> NearDuplicateIndex:
    index = NearDuplicateIndex(threshold=threshold)
    for key, blob in store.signatures():
        index.add(key, from_bytes(blob))
    return index


def ingest(
    store: Store,
    items: Iterable[RawDocument | Skip],
    pipeline: Pipeline | None = None,
    on_item: Callable[[IngestReport], None] | None = None,
    threshold: float = THRESHOLD,
    window_days: int = MERGE_WINDOW_DAYS,
    batch_size: int = 64,
    batch_seconds: float = 1.0,
) -> IngestReport:
    """Store every new document of `items`; returns what happened. Documents are committed in
    small batches (at most `batch_size` documents or `batch_seconds` of work), each batch one
    transaction, so a document is stored whole or not at all; a batch that fails is retried
    document by document, and a document that cannot be stored is skipped with its reason.
    `on_item` is called after each input (for progress bars)."""
    pipeline = pipeline or Pipeline()
    report = IngestReport()
    known = store.document_keys()
    index = load_index(store, threshold)
    pending: list[tuple[RawDocument, StoredDocument]] = []
    started = time.monotonic()

    def skip(s: Skip) -> None:
        report.skipped[s.reason] += 1
        report.skips.append(s)
        try:
            store.add_skip(s)
        except Exception:  # the log of skips must never stop the batch
            pass

    def stored(item: StoredDocument) -> None:
        report.stored += 1
        report.events += len(item.events)
        report.near_duplicates += len(item.links)

    def flush() -> None:
        nonlocal started
        batch = [item for _, item in pending]
        try:
            store.add_documents(batch)
        except Exception:
            for raw, item in pending:
                try:
                    store.add_documents([item])
                except Exception as exc:
                    known.discard(item.key)
                    index.remove(item.key)
                    skip(Skip(raw.id, raw.origin, "store_error", f"{type(exc).__name__}: {exc}"))
                else:
                    stored(item)
        else:
            for item in batch:
                stored(item)
        pending.clear()
        started = time.monotonic()

    for item in items:
        report.inputs += 1
        if isinstance(item, Skip):
            skip(item)
        else:
            key, digest = document_key(item)
            if key in known:
                report.already_stored += 1
            else:
                before = len(pipeline.skips)
                results = list(pipeline.run([item]))
                if not results:
                    for s in pipeline.skips[before:]:
                        skip(s)
                else:
                    result = results[0]
                    doc = result.document
                    sig = signature(body_text(doc))
                    links = index.query(sig) if sig is not None else []
                    pending.append((item, StoredDocument(
                        key=key, content_hash=digest, document=doc, events=result.events, host=url_host(doc.url),
                        signature=to_bytes(sig) if sig is not None else None, links=links,
                    )))
                    known.add(key)
                    if sig is not None:
                        index.add(key, sig)
        if pending and (len(pending) >= batch_size or time.monotonic() - started >= batch_seconds):
            flush()
        if on_item:
            on_item(report)
    if pending:
        flush()
        if on_item:
            on_item(report)
    store.ensure_aggregates(window_days)
    return report

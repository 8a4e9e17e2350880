"""The DuckDB event store: documents (with removed boilerplate), sentences, actor mentions,
events with provenance, near-duplicate links, and the merged events derived from them."""
from .db import EventFilter, Store, StoreError, StoredDocument, StoreLocked
from .ingest import IngestReport, document_key, ingest

__all__ = ["EventFilter", "IngestReport", "Store", "StoreError", "StoreLocked", "StoredDocument", "document_key", "ingest"]

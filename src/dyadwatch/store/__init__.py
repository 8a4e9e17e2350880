"""The DuckDB event store: documents (with removed boilerplate), sentences, actor mentions,
events with provenance, near-duplicate links, and the merged events derived from them."""
from .db import EventFilter, Store, StoreError, StoredDocument
from .ingest import IngestReport, document_key, ingest

__all__ = ["EventFilter", "IngestReport", "Store", "StoreError", "StoredDocument", "document_key", "ingest"]

"""Readers: files, folders, JSONL and stdin into raw document records."""
from .readers import RawDocument, read_inputs

__all__ = ["RawDocument", "read_inputs"]

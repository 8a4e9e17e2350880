"""Command-line handlers for the store: ingest, events, relations, partners (and the
store part of the demo). cli.py registers them with `add_store_commands`."""
from .store_commands import add_store_commands, demo_store

__all__ = ["add_store_commands", "demo_store"]

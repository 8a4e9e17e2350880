"""Engines that run the same Pipeline over many documents: a local process pool that
streams (`local`), and Spark (`spark`, optional: `pip install dyadwatch[spark]`)."""
from .local import LocalEngine, Settings, process_document

__all__ = ["LocalEngine", "Settings", "process_document"]

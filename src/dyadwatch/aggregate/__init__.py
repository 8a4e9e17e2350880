"""Aggregation: near-duplicate documents, one event across many outlets, dyad time series,
change detection (rapprochement / estrangement) and the alignment network.

Every function here is pure: it takes records and returns records, so the same code runs on
rows read from the DuckDB store, in tests on hand-made records, or on a cluster."""

"""Grounding events in time (and, later, place)."""

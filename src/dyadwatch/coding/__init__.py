"""Event coding: triggers, source/target assignment, modality, CAMEO output."""
from .coder import Coder

__all__ = ["Coder"]

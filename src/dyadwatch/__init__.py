"""dyadwatch: news in many languages turned into dated, evidenced CAMEO event data."""

__version__ = "0.1.0"

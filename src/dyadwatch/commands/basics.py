"""What every `dyadwatch` command shares: reading a date argument and failing with a message."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

USAGE_ERROR = 2  # the exit status of a command that cannot run as asked


def iso_date(value: str) -> dt.date:
    """An argparse type: a YYYY-MM-DD date."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def fail(message: str) -> int:
    """Say `error: message` on standard error; the exit status for it (USAGE_ERROR)."""
    print(f"error: {message}", file=sys.stderr)
    return USAGE_ERROR

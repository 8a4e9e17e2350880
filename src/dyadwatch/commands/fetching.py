"""The fetching options of `dyadwatch code` and `dyadwatch ingest` (URLs as INPUT, --feed)."""
from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from exc
    if not 0 <= seconds <= 3600:
        raise argparse.ArgumentTypeError(f"seconds between 0 and 3600, not {value}")
    return seconds


def add_fetch_options(command: argparse.ArgumentParser) -> None:
    group = command.add_argument_group("fetching (an INPUT that starts with http:// or https:// is fetched)")
    group.add_argument("--feed", action="append", default=[], metavar="URL",
                       help="an RSS or Atom feed: fetch the pages its entries link to (repeatable)")
    group.add_argument("--allow-private", action="store_true",
                       help="also fetch from loopback, private and link-local addresses (refused by default)")
    group.add_argument("--ignore-robots", action="store_true", help="do not read or obey robots.txt")
    group.add_argument("--delay", type=_seconds, default=1.0, metavar="S",
                       help="at least S seconds between two requests to one host (default 1)")
    group.add_argument("--fetch-timeout", type=_seconds, default=30.0, metavar="S",
                       help="give up a request after S seconds (connect, each read, and the whole response; default 30)")


def needs_fetcher(args) -> bool:
    from ..ingest.fetch import is_url

    return bool(getattr(args, "feed", None)) or any(is_url(i) for i in args.inputs)


def check_inputs(args) -> str | None:
    """An error message when there is nothing to read."""
    if not args.inputs and not getattr(args, "feed", None):
        return "give at least one INPUT (file, folder, -, or URL) or --feed URL"
    return None


@contextlib.contextmanager
def open_sources(args, stdin=None) -> Iterator:
    """The raw documents (and skips) of the command's inputs and feeds, fetching what must
    be fetched; closes the HTTP client at the end."""
    from ..ingest.fetch import Fetcher, FetchPolicy, read_sources
    from ..ingest.readers import read_inputs

    if not needs_fetcher(args):
        yield read_inputs(args.inputs, stdin=stdin)
        return
    policy = FetchPolicy(allow_private=args.allow_private, ignore_robots=args.ignore_robots,
                         delay=args.delay, timeout=args.fetch_timeout)
    with Fetcher(policy) as fetcher:
        yield read_sources(args.inputs, args.feed, fetcher, stdin=stdin)

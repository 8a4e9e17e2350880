"""`dyadwatch serve`: the REST API and the dashboard over a store (read-only)."""
from __future__ import annotations

import argparse
import sys


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from exc
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0-65535, not {port}")
    return port


def add_serve_command(sub) -> None:
    from ..commands.store_commands import DEFAULT_DB

    p = sub.add_parser("serve", help="REST API and web dashboard over a store (read-only)")
    p.add_argument("--db", default=None, help=f"DuckDB store file (default: $DYADWATCH_DB or ./{DEFAULT_DB})")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=_port, default=8000, help="port to listen on (default 8000; 0: any free port)")
    p.set_defaults(handler=cmd_serve)


def cmd_serve(args) -> int:
    from ..commands.basics import fail
    from ..commands.store_commands import _db_default

    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError:
        return fail("`dyadwatch serve` needs FastAPI and uvicorn: pip install 'dyadwatch[serve]'")
    from ..store import StoreError
    from .app import create_app

    db = args.db or _db_default()
    try:
        app = create_app(db)
    except StoreError as exc:
        return fail(str(exc))
    if app.state.store is None:
        print(f"warning: {app.state.holder.problem}; the API answers 503 until then", file=sys.stderr)
    health = app.state.store.con.execute("SELECT value FROM meta WHERE key = 'aggregates_dirty'").fetchone() if app.state.store else None
    if health and health[0] == "1":
        print(f"warning: documents were added to {db} after its merged events were built; "
              f"run `dyadwatch events --db {db} --limit 1` once to rebuild them", file=sys.stderr)
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)

    # say where it listens once the socket is bound (with --port 0 the port is chosen then)
    startup = server.startup

    async def announce(sockets=None):
        await startup(sockets=sockets)
        for s in server.servers:
            for sock in s.sockets:
                host, port = sock.getsockname()[:2]
                shown = f"[{host}]" if ":" in host else host
                print(f"dyadwatch: serving {db} (read-only) on http://{shown}:{port}/  (API: /api, schema: /api/openapi.json; Ctrl-C stops)",
                      file=sys.stderr, flush=True)

    server.startup = announce
    try:
        server.run()
    finally:
        if app.state.store is not None:
            app.state.store.close()
    return 0

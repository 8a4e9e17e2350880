"""The FastAPI application: the REST API under /api and the dashboard at /.

The store is opened read-only once; every request works on its own DuckDB cursor, under a
time limit (a query still running after `query_seconds` is interrupted: 503). Parameters
are validated against the OpenAPI schema (422 with a sentence saying what is wrong); page
sizes, offsets, list lengths and series lengths are bounded. Results that take real
computation (relation series, the alignment network) are cached per parameters: the
store cannot change while the server holds it open read-only.
"""
from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal, TypeVar

import duckdb
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BeforeValidator

from .. import __version__
from ..store import EventFilter, Store, StoreError, StoreLocked
from . import models, queries

T = TypeVar("T")

CODE = r"[A-Za-z0-9_\-]{1,12}"
CODES = rf"^ *{CODE} *(, *{CODE} *){{0,49}}$"
ACTOR = r"^[A-Za-z0-9_\-]{1,12}$"
REF = r"^([0-9a-f]{16}|[0-9a-f]{1,64}-[0-9]{1,9})$"
DOC_KEY = r"^[0-9a-f]{1,64}$"
SECURITY_HEADERS = (
    (b"content-security-policy",
     (b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      b"font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
ERRORS = {
    404: {"model": models.Problem, "description": "not in the store"},
    422: {"model": models.Problem, "description": "invalid parameters"},
    503: {"model": models.Problem, "description": "the query took too long, or the store is being written by another process"},
}
STATIC = Path(__file__).resolve().parent.parent / "web" / "static"

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
IsoDate = Annotated[dt.date, BeforeValidator(lambda v: _iso_date(v))]
Since = Annotated[IsoDate | None, Query(description="first day (YYYY-MM-DD)")]
Until = Annotated[IsoDate | None, Query(description="last day (YYYY-MM-DD)")]
Codes = Annotated[str | None, Query(pattern=CODES, max_length=700, description="codes, comma-separated (at most 50)")]
By = Annotated[Literal["week", "month", "quarter"], Query(description="period of the series")]
ActorPath = Annotated[str, PathParam(pattern=ACTOR, description="actor code, e.g. RUS")]


class SecurityHeaders:
    """ASGI middleware: a strict Content-Security-Policy and friends on every response, so
    that even a bug that put store text into markup could not run a script."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + list(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Cache:
    """A small thread-safe LRU cache (size 0: nothing is kept)."""

    def __init__(self, size: int):
        self.size = size
        self.items: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, compute: Callable[[], T]) -> T:
        if self.size <= 0:
            return compute()
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = compute()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


# what a parameter takes, for the message of a 422 when its value does not match its pattern
HINTS = {
    "source": "actor codes, comma-separated (e.g. RUS,PRK)",
    "target": "actor codes, comma-separated (e.g. RUS,PRK)",
    "actor": "actor codes (e.g. RUS or RUS,PRK)",
    "a": "an actor code (e.g. RUS)",
    "b": "an actor code (e.g. PRK)",
    "role": "CAMEO roles, comma-separated (e.g. GOV,MIL)",
    "dyad": "two actor codes A,B (e.g. RUS,PRK)",
    "code": "CAMEO code prefixes, comma-separated (e.g. 04,112)",
    "root": "CAMEO root codes 01-20, comma-separated (e.g. 04,16)",
    "quad": "quad classes 1-4, comma-separated (e.g. 1,2)",
    "lang": "language codes, comma-separated (e.g. de,en)",
    "ref": "a merged event id (16 hex digits) or <doc_key>-<ordinal> of a report",
    "doc_key": "a document key (hex digits)",
}


def _problem(error: dict) -> dict:
    loc = [p if isinstance(p, (str, int)) else str(p) for p in error.get("loc", ())]
    msg = str(error.get("msg", ""))
    name = str(loc[-1]) if loc else ""
    if error.get("type") == "string_pattern_mismatch" and name in HINTS:
        msg = f"expected {HINTS[name]}"
    if "input" in error and error.get("type") != "missing":
        shown = repr(error["input"])
        msg += f", got {shown if len(shown) <= 60 else shown[:57] + '...'}"
    return {"loc": loc, "msg": msg, "type": str(error.get("type", ""))}


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _where(loc) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("query", "path"):
        return f"{parts[0]} parameter {'.'.join(parts[1:])!r}"
    return ".".join(parts)


def _iso_date(value):
    """Dates are YYYY-MM-DD (not numbers, which pydantic would read as timestamps)."""
    if not isinstance(value, (str, dt.date)) or (isinstance(value, str) and not ISO_DATE.fullmatch(value)):
        raise ValueError("not a date (YYYY-MM-DD)")
    return value


class StoreHolder:
    """The store, opened read-only, or (while another process writes it: DuckDB allows one
    writer or many readers) not yet: then every request that needs it is answered 503 with
    a sentence saying so, and the store is opened by the first request after the writer is
    done (tried at most once per `retry_seconds`)."""

    def __init__(self, db: str | Path, retry_seconds: float = 1.0):
        self.db, self.retry_seconds = db, retry_seconds
        self.lock = threading.Lock()
        self.store: Store | None = None
        self.problem = ""
        self.tried = 0.0
        self.state = None  # app.state, whose `store` is set when the store is opened
        self._open()

    def _open(self) -> None:
        import time

        self.tried = time.monotonic()
        try:
            self.store = Store(self.db, create=False, read_only=True, lock_timeout=0)
        except StoreLocked as exc:
            self.problem = str(exc)
            return
        if self.state is not None:
            self.state.store = self.store

    def get(self) -> Store:
        if self.store is not None:
            return self.store
        import time

        with self.lock:
            if self.store is None and time.monotonic() - self.tried >= self.retry_seconds:
                self._open()
            if self.store is None:
                raise StoreLocked(self.problem)
            return self.store


def create_app(db: str | Path, query_seconds: float = 10.0, cache_size: int = 128, retry_seconds: float = 1.0) -> FastAPI:
    """The API and dashboard over the store at `db`, opened read-only (`app.state.store`;
    close it when the server has stopped). A store that another process is writing is
    opened by the first request after it is done; until then the API answers 503 (a store
    that does not exist, or is not a dyadwatch store, raises StoreError here)."""
    holder = StoreHolder(db, retry_seconds)
    app = FastAPI(
        title="dyadwatch",
        version=__version__,
        description="Evidenced event data about relations between states: events with the sentence that says so, "
                    "relations of pairs of actors over time with their turns, partners and the alignment network. "
                    "Read-only.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.holder = holder
    app.state.store = holder.store  # the open store (None while another process writes it)
    holder.state = app.state
    relation_cache, network_cache, list_cache = Cache(cache_size), Cache(max(cache_size // 8, 1) if cache_size else 0), Cache(cache_size)

    def run(fn: Callable[[Store], T]) -> T:
        """Run `fn` on a cursor of its own, interrupted after `query_seconds`."""
        view = holder.get().cursor()
        timer = threading.Timer(query_seconds, view.con.interrupt)
        timer.start()
        try:
            return fn(view)
        finally:
            timer.cancel()
            view.close()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [_problem(e) for e in exc.errors()]
        detail = "; ".join(f"{_where(e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
        return JSONResponse({"detail": detail, "errors": errors}, status_code=422)

    @app.exception_handler(queries.QueryError)
    async def _refused(request: Request, exc: queries.QueryError):
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StoreLocked)
    async def _locked(request: Request, exc: StoreLocked):
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(duckdb.InterruptException)
    async def _slow(request: Request, exc: Exception):
        return JSONResponse({"detail": f"the query took longer than {query_seconds:g} s and was stopped; narrow the filters"},
                            status_code=503)

    # --- API -------------------------------------------------------------------------------

    @app.get("/api/health", response_model=models.Health, tags=["store"], summary="the store and the server")
    def health():
        return dict(run(queries.health), version=__version__)

    @app.get("/api/vocabulary", response_model=models.Vocabulary, tags=["store"],
             summary="what the event filters take: CAMEO root codes, quad classes, languages, sort keys")
    def vocabulary():
        return list_cache.get("vocabulary", lambda: run(queries.vocabulary))

    @app.get("/api/actors", response_model=models.ActorList, tags=["store"], summary="actors with merged events, most active first")
    def actors():
        return {"actors": list_cache.get("actors", lambda: run(queries.actors))}

    @app.get("/api/dyads", response_model=models.DyadList, responses=ERRORS, tags=["relations"],
             summary="pairs of actors with the most merged events")
    def dyads(limit: Annotated[int, Query(ge=1, le=200, description="how many pairs")] = 20):
        return {"dyads": list_cache.get(("dyads", limit), lambda: run(lambda s: queries.dyads(s, limit)))}

    @app.get("/api/events", response_model=models.EventPage, responses=ERRORS, tags=["events"],
             summary="events matching filters (as `dyadwatch events`), a page at a time")
    def events(
        source: Codes = None,
        target: Codes = None,
        actor: Codes = None,
        dyad: Annotated[str | None, Query(pattern=rf"^ *{CODE} *, *{CODE} *$", description="two actor codes A,B: events between them, either direction")] = None,
        role: Codes = None,
        code: Annotated[str | None, Query(pattern=r"^ *\d{1,4} *(, *\d{1,4} *){0,49}$", description="CAMEO code prefixes, comma-separated (04,112)")] = None,
        root: Annotated[str | None, Query(pattern=r"^ *\d{1,2} *(, *\d{1,2} *){0,19}$", description="CAMEO root codes, comma-separated")] = None,
        quad: Annotated[str | None, Query(pattern=r"^ *[1-4] *(, *[1-4] *){0,3}$", description="quad classes 1-4, comma-separated")] = None,
        since: Since = None,
        until: Until = None,
        lang: Annotated[str | None, Query(pattern=r"^ *[A-Za-z]{2,3} *(, *[A-Za-z]{2,3} *){0,19}$", description="languages of the reports")] = None,
        text: Annotated[str | None, Query(min_length=1, max_length=200, description="text the evidence or sentence contains (case-insensitive)")] = None,
        merged: Annotated[bool, Query(description="one row per merged event instead of one per report")] = False,
        sort: Annotated[Literal[tuple(f"{d}{k}" for k in queries.SORTS for d in ("", "-"))], Query(description="sort key; - for descending")] = "date",
        offset: Annotated[int, Query(ge=0, le=queries.MAX_OFFSET, description="rows to skip (for the next page: offset + limit)")] = 0,
        limit: Annotated[int, Query(ge=1, le=200, description="rows per page")] = 50,
    ):
        pair = tuple(v.upper() for v in _split(dyad)) if dyad else None
        flt = EventFilter(
            source=_split(source), target=_split(target), actor=_split(actor), role=_split(role), code=_split(code),
            root=_split(root), quad=[int(q) for q in _split(quad)], since=since, until=until, lang=_split(lang),
            text=text if text and text.strip() else None,
        )
        q = queries.EventQuery(flt, pair, merged, sort, offset, limit)
        return run(lambda s: queries.events_page(s, q))

    @app.get("/api/events/{ref}", response_model=models.EventDetail, responses=ERRORS, tags=["events"],
             summary="one event: every document that reports it, with the evidence of each report")
    def event(ref: Annotated[str, PathParam(pattern=REF, description="a merged id, or <doc_key>-<ordinal> of one report")]):
        found = run(lambda s: queries.event_detail(s, ref))
        if found is None:
            raise HTTPException(404, f"no event {ref!r} in the store")
        return found

    @app.get("/api/documents/{doc_key}", response_model=models.DocumentDetail, responses=ERRORS, tags=["documents"],
             summary="one document: its text as segments, removed boilerplate and evidence marked")
    def document(doc_key: Annotated[str, PathParam(pattern=DOC_KEY, description="the document key")]):
        found = run(lambda s: queries.document_detail(s, doc_key))
        if found is None:
            raise HTTPException(404, f"no document {doc_key!r} in the store")
        return found

    @app.get("/api/relations/{a}/{b}", response_model=models.Relation, responses=ERRORS, tags=["relations"],
             summary="the relation of A and B over time: series, 95% bootstrap intervals, turns")
    def relation(
        a: ActorPath,
        b: ActorPath,
        by: By = "month",
        since: Since = None,
        until: Until = None,
        alpha: Annotated[float, Query(gt=0, le=0.5, description="significance level of a turn")] = 0.05,
    ):
        a, b = a.upper(), b.upper()
        key = (a, b, by, since, until, alpha)
        return relation_cache.get(key, lambda: run(lambda s: queries.relation(s, a, b, by, since, until, alpha)))

    @app.get("/api/relations/{a}/{b}/events", response_model=models.PeriodEvents, responses=ERRORS, tags=["relations"],
             summary="the merged events of A and B that the series counts in one period")
    def relation_events(
        a: ActorPath,
        b: ActorPath,
        start: Annotated[IsoDate, Query(description="a day of the period (e.g. the `start` of a period of the series)")],
        by: By = "month",
        limit: Annotated[int, Query(ge=1, le=500, description="at most this many events")] = 200,
    ):
        a, b = a.upper(), b.upper()
        return run(lambda s: queries.relation_period_events(s, a, b, by, start, limit))

    def network_of(since, until) -> queries.Network:
        return network_cache.get((since, until), lambda: run(lambda s: queries.Network(s, since, until)))

    @app.get("/api/partners/{actor}", response_model=models.Partners, responses=ERRORS, tags=["relations"],
             summary="the actor's partners, most cooperative first, and its bloc")
    def partners(
        actor: ActorPath,
        since: Since = None,
        until: Until = None,
        top: Annotated[int, Query(ge=1, le=500, description="how many partners")] = 20,
    ):
        return queries.partners_of(network_of(since, until), actor, top)

    @app.get("/api/network", response_model=models.NetworkModel, responses=ERRORS, tags=["relations"],
             summary="the alignment network: actors, their communities, and the pairs with events")
    def network(
        since: Since = None,
        until: Until = None,
        min_events: Annotated[int, Query(ge=1, le=100_000, description="only pairs with at least this many events")] = 1,
        max_edges: Annotated[int, Query(ge=1, le=2000, description="at most this many pairs, most events first")] = 300,
    ):
        return queries.network_json(network_of(since, until), max_edges, min_events)

    # --- dashboard -------------------------------------------------------------------------

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def open_store_message(db: str | Path) -> str | None:
    """Why the store at `db` cannot be served, or None."""
    try:
        Store(db, create=False, read_only=True).close()
    except StoreError as exc:
        return str(exc)
    return None



"""Security review of the API and the dashboard, on a real server (uvicorn on 127.0.0.1 in a
thread) spoken to with raw HTTP, so that nothing normalises the paths before the server
sees them: no file outside the dashboard's static folder is ever served, whatever the
encoding of `../`; page sizes and query costs are bounded; oversized requests are refused.
(The inert rendering of hostile text is proven in Chromium: tests/web.)"""
from __future__ import annotations

import socket
import threading
import time

import pytest

from ..conftest import ROOT

pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install 'dyadwatch[serve]'")

STATIC = ROOT / "src" / "dyadwatch" / "web" / "static"
# what must never come back: a line of /etc/passwd, the source of the API, the store file
SECRETS = (b"root:x:0:0", b"def create_app", b"DUCK")

TRAVERSALS = [
    "/static/../api/app.py",
    "/static/../../../../../../etc/passwd",
    "/static/%2e%2e/api/app.py",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/.%2e/.%2e/.%2e/.%2e/etc/passwd",
    "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "/static/....//....//....//etc/passwd",
    "/static/..\\..\\..\\api\\app.py",
    "/static/%5c..%5c..%5capi%5capp.py",
    "/static/..%5c..%5c..%5c..%5cetc%5cpasswd",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/app.js%00.txt",
    "/static/..;/api/app.py",
    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "//etc/passwd",
    "/static/../../test.duckdb",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/proc/self/environ",
    "/api/documents/..%2f..%2f..%2fetc%2fpasswd",
    "/api/documents/%2e%2e",
    "/api/events/..%2fapp.py",
    "/static/favicon.svg/../../api/app.py",
    "/static/%E2%80%AE../app.py",
]


@pytest.fixture(scope="module")
def server(api_db):
    import uvicorn

    from dyadwatch.api import create_app

    app = create_app(api_db)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", access_log=False)
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    port = srv.servers[0].sockets[0].getsockname()[1]
    yield ("127.0.0.1", port)
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


def raw_get(address, target: str | bytes, extra: bytes = b"") -> tuple[int, bytes]:
    """GET exactly this request target (no client-side normalisation); (status, body)."""
    if isinstance(target, str):
        target = target.encode("latin-1")
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra + b"\r\n")
        data = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
    return status, body


@pytest.mark.parametrize("target", TRAVERSALS)
def test_no_path_traversal_in_any_route(server, target):
    status, body = raw_get(server, target)
    for secret in SECRETS:
        assert secret not in body, (target, status, body[:200])
    assert status in (400, 404, 405, 422), (target, status, body[:200])


def test_the_static_files_themselves_are_served(server):
    for path in sorted(STATIC.iterdir()):
        status, body = raw_get(server, f"/static/{path.name}")
        assert status == 200 and body == path.read_bytes(), path.name
    status, body = raw_get(server, "/")
    assert status == 200 and b"static/app.js" in body


@pytest.mark.parametrize("target", [
    "/api/events?limit=201", "/api/events?offset=10001", "/api/events?text=" + "x" * 201,
    "/api/events?actor=" + ",".join(["RUS"] * 51), "/api/events?code=" + ",".join(["04"] * 51),
    "/api/dyads?limit=201", "/api/network?max_edges=2001", "/api/partners/RUS?top=501",
    "/api/relations/RUS/PRK/events?start=2023-07-01&limit=501", "/api/relations/RUS/PRK?by=week&since=1900-01-01",
    "/api/events?actor=" + "R" * 13,
])
def test_page_sizes_and_query_costs_are_bounded(server, target):
    status, body = raw_get(server, target)
    assert status == 422, (target, status, body[:200])
    assert b'"detail"' in body


def test_costly_text_patterns_are_answered_or_stopped_not_crashed(server):
    # LIKE wildcards in the text filter are taken as text or bounded by the query time limit
    for text in ("%25_" * 60, "%25" * 100, "_" * 200, "\\" * 50, "%00"):
        status, body = raw_get(server, f"/api/events?text={text}&limit=5")
        assert status in (200, 422, 503), (text, status, body[:200])


def test_oversized_requests_are_refused(server):
    status, _ = raw_get(server, "/api/events?text=" + "x" * 100_000)
    assert status in (400, 413, 414, 422, 431)
    try:  # headers of megabytes: refused (uvicorn's HTTP parser) or the connection is dropped
        status, _ = raw_get(server, "/api/health", extra=b"X-Big: " + b"y" * 2_000_000 + b"\r\n")
    except ConnectionError:
        status = 0
    assert status in (0, 400, 413, 431)
    status, _ = raw_get(server, "/api/health")
    assert status == 200  # and the server is still up


def test_only_get_and_no_cross_origin_reading(server):
    with socket.create_connection(server, timeout=10) as sock:
        sock.sendall(b"POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        reply = sock.recv(65536)
    assert reply.split(b" ", 2)[1] in (b"405", b"404")
    status, body = raw_get(server, "/api/health", extra=b"Origin: http://evil.example\r\n")
    assert status == 200
    with socket.create_connection(server, timeout=10) as sock:
        sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\r\nConnection: close\r\n\r\n")
        head = sock.recv(65536).split(b"\r\n\r\n")[0].lower()
    assert b"access-control-allow-origin" not in head  # no CORS: other sites' pages cannot read the API

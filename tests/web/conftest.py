"""Browser tests: `dyadwatch serve` on 127.0.0.1 (a free port) over a small store, driven in
headless Chromium (Debian's `chromium`) with Playwright for Python.

Skipped with a message when Playwright or Chromium is missing (`.ci/run` installs both).
Screenshots are saved under the pytest tmp dir and, when $DYADWATCH_ARTIFACTS is set,
also there."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from ..api.stores import build_store

CHROMIUM = os.environ.get("DYADWATCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run",
]
VIEWPORT = {"width": 1366, "height": 768}  # a laptop screen


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def playwright_api():
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need Playwright for Python (pip install playwright)")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium, or set DYADWATCH_CHROMIUM)")
    pytest.importorskip("fastapi", reason="the dashboard needs the serve extra: pip install 'dyadwatch[serve]'")
    with sync_api.sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_api):
    browser = playwright_api.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def start_server(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """`dyadwatch serve --db db` on 127.0.0.1 and a free port; (process, base URL) once it answers."""
    port = free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dyadwatch.cli", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "api/health", timeout=2) as response:
                if response.status == 200:
                    return proc, base
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"dyadwatch serve did not start: {log.read_text()}")
        time.sleep(0.2)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def server(tmp_path_factory, playwright_api):
    """The base URL of `dyadwatch serve` over the test store."""
    db = build_store(tmp_path_factory.mktemp("web-store"))
    proc, base = start_server(db, tmp_path_factory.mktemp("server") / "serve.log")
    yield base
    stop_server(proc)


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory) -> list[Path]:
    folders = [tmp_path_factory.mktemp("screenshots")]
    if os.environ.get("DYADWATCH_ARTIFACTS"):
        extra = Path(os.environ["DYADWATCH_ARTIFACTS"])
        extra.mkdir(parents=True, exist_ok=True)
        folders.append(extra)
    return folders


class Page:
    """A browser page that remembers what went wrong: page errors, console errors, dialogs,
    requests to anywhere but the server."""

    def __init__(self, page, base: str, artifacts: list[Path]):
        self.page, self.base, self.artifacts = page, base, artifacts
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        self.csp: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", self._console)
        page.on("dialog", self._dialog)
        page.on("request", lambda req: None if req.url.startswith(base) or req.url.startswith("data:") else self.foreign.append(req.url))

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.csp.append(message.text)
        elif message.type == "error":
            self.errors.append(message.text)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, fragment: str = ""):
        self.page.goto(self.base + fragment)
        self.page.wait_for_selector("body[data-ready=true]", timeout=20_000)
        return self.page

    def screenshot(self, name: str) -> Path:
        first = self.artifacts[0] / name
        self.page.evaluate("window.scrollTo(0, 0)")  # the sticky header stays on top of a full-page shot
        self.page.screenshot(path=str(first), full_page=True)
        for folder in self.artifacts[1:]:
            shutil.copy(first, folder / name)
        return first


def wait_until(page, expression: str, timeout: float = 20.0) -> None:
    """Wait until a JavaScript expression is true, polling from the test: `page.evaluate`
    goes through the DevTools protocol, which the dashboard's Content Security Policy does
    not govern, while `wait_for_function` compiles its expression inside the page, which
    that policy (no 'unsafe-eval') rightly forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for: {expression}")
        page.wait_for_timeout(50)


def new_page(browser, base: str, artifacts: list[Path]) -> tuple[object, Page]:
    context = browser.new_context(viewport=VIEWPORT, locale="en-GB", timezone_id="UTC")
    page = Page(context.new_page(), base, artifacts)
    page.page.set_default_timeout(15_000)
    return context, page


@pytest.fixture
def web(browser, server, artifacts):
    context, page = new_page(browser, server, artifacts)
    yield page
    context.close()
    assert not page.errors, f"errors in the page: {page.errors}"
    assert not page.foreign, f"the dashboard reached beyond its server: {page.foreign}"

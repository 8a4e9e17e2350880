"""The issue's acceptance path: `dyadwatch demo`, then `dyadwatch serve --db <the demo's
store>`, and the dashboard opens on the demo's rapprochement."""
import re
import subprocess
import sys

from .conftest import new_page, start_server, stop_server


def test_demo_then_serve_shows_the_rapprochement(browser, artifacts, tmp_path):
    demo = subprocess.run([sys.executable, "-m", "dyadwatch.cli", "demo", "--png", str(tmp_path / "demo.png")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert demo.returncode == 0, demo.stderr
    db = re.search(r"^dashboard: dyadwatch serve --db (\S+)", demo.stdout, flags=re.MULTILINE).group(1)
    proc, base = start_server(db, tmp_path / "serve.log")
    try:
        context, web = new_page(browser, base, artifacts)
        page = web.open()
        # the landing view is the most reported pair: Russia and North Korea drawing closer
        page.wait_for_selector("#chart svg .turn-label.rapprochement")
        assert page.text_content("#chart-title").startswith("Russia – North Korea")
        assert "Rapprochement in Jul 2023" in page.text_content("#chart-summary")
        web.screenshot("demo-dashboard.png")
        context.close()
        assert not web.errors and not web.foreign and not web.dialogs
    finally:
        stop_server(proc)

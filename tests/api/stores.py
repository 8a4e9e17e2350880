"""A small store for the API and browser tests: the bundled sample corpus (50 articles; the
demo's Russia–North Korea rapprochement and France–Niger estrangement) plus one hostile
article whose id, title, URL and text carry markup and script (it must stay inert)."""
from __future__ import annotations

import json
from pathlib import Path

from dyadwatch.ingest.readers import read_inputs
from dyadwatch.resources import package_path
from dyadwatch.store import Store, ingest

SAMPLE = package_path("data", "sample", "articles.jsonl")
FLAG = "__dw_xss"  # a script that ran would set window.__dw_xss
HOSTILE = {
    "id": "xss-<svg onload=alert(4)>",
    "lang": "en",
    "pub_date": "2023-10-05",
    "url": "javascript:window.__dw_xss='url'",
    "title": "<img src=x onerror=\"window.__dw_xss='title'\">Lavrov in Pyongyang",
    "text": (
        "Read more: <script>window.__dw_xss='teaser'</script> Another story\n\n"
        "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Wednesday "
        "<script>window.__dw_xss='script'; alert('script')</script> and praised <img src=x onerror=\"window.__dw_xss='img'\"> the ties.\n\n"
        "North Korea thanked Russia for its support <iframe src=\"javascript:window.__dw_xss='iframe'\"></iframe> on Thursday, "
        "officials said <b onmouseover=\"window.__dw_xss='b'\">here</b> <a href=\"javascript:window.__dw_xss='a'\">link</a>."
    ),
}


def build_store(folder: Path) -> Path:
    """Ingest the sample and the hostile article into folder/test.duckdb."""
    folder.mkdir(parents=True, exist_ok=True)
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    path = folder / "test.duckdb"
    with Store(path) as store:
        report = ingest(store, read_inputs([str(SAMPLE), str(hostile)]))
    assert report.stored == 51 and report.skipped_total == 0, report
    return path

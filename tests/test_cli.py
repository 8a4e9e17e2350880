"""The command line end to end, and its documentation kept honest."""
import csv
import io
import json
import re
import subprocess
import sys

import pytest

from dyadwatch.cli import build_parser, main
from dyadwatch.output import GDELT_COLUMNS

from .conftest import FIXTURES, ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "dyadwatch.cli", *args], capture_output=True, text=True)


def test_code_writes_contract_jsonl(tmp_path):
    out = tmp_path / "events.jsonl"
    docs = tmp_path / "docs.jsonl"
    status = main(["code", str(FIXTURES / "en-own-article.txt"), "--pub-date", "2024-03-27", "--out", str(out), "--documents", str(docs)])
    assert status == 0
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert events
    required = "doc_id event_id source_country source_role source_name target_country target_role target_name code root_code quad_class goldstein date date_precision modality location sentence_index evidence evidence_start evidence_end trigger rule confidence".split()
    for e in events:
        assert all(k in e for k in required)
    text = (FIXTURES / "en-own-article.txt").read_text()
    assert all(text[e["evidence_start"] : e["evidence_end"]] == e["evidence"] for e in events)
    doc = json.loads(docs.read_text())
    assert doc["removed"][0]["reason"] == "teaser"


def test_csv_and_gdelt_formats(tmp_path):
    for fmt in ("csv", "gdelt"):
        out = tmp_path / f"events.{fmt}"
        assert main(["code", str(FIXTURES / "en-own-article.txt"), "--pub-date", "2024-03-27", "--format", fmt, "--out", str(out)]) == 0
        rows = list(csv.reader(io.StringIO(out.read_text()), delimiter="," if fmt == "csv" else "\t"))
        assert len(rows) >= 2
        if fmt == "gdelt":
            assert rows[0] == GDELT_COLUMNS and all(len(r) == len(GDELT_COLUMNS) for r in rows)


def test_exit_status_reports_skips_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff" * 50)
    (tmp_path / "japanese.txt").write_text("東京で首脳会談が開かれ、両国は協力を確認した。", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text((FIXTURES / "en-own-article.txt").read_text())
    result = run("code", str(tmp_path), "--pub-date", "2024-03-27")
    assert result.returncode == 1
    assert "unsupported_language" in result.stderr and "binary" in result.stderr and "empty" in result.stderr
    assert any(json.loads(line)["doc_id"] == "good" for line in result.stdout.splitlines())


def test_demo_runs_offline_and_prints_a_table(tmp_path):
    png = tmp_path / "relations.png"
    result = run("demo", "--png", str(png))
    assert result.returncode == 0, result.stderr
    assert "source" in result.stdout and "events from 50 documents" in result.stdout
    # the store part: the turns the sample corpus tells, Russia's partners, the chart
    assert "turn RUS–PRK: rapprochement in 2023-0" in result.stdout
    assert "turn FRA–NER: estrangement in 2023-0" in result.stdout
    assert "partners of RUS" in result.stdout and f"chart: {png}" in result.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_kb_stats():
    result = run("kb", "stats")
    assert result.returncode == 0 and "dated_roles" in result.stdout


def _documented_options():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme


@pytest.mark.parametrize("command", ["code", "demo", "evaluate", "kb", "ingest", "events", "relations", "partners", "spark", "serve"])
def test_every_command_and_option_is_documented_in_the_readme(command):
    readme = _documented_options()
    assert f"dyadwatch {command}" in readme
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    for action in sub._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in readme, f"{command} {option} is not documented in README.md"


def test_readme_gives_the_two_commands():
    readme = _documented_options()
    assert re.search(r"bash \.ci/run|pip install .*&& .*dyadwatch demo", readme)

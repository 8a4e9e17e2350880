"""The progress bar and the input count it shows."""
import io

from dyadwatch.aggregate.series import PERIODS
from dyadwatch.commands import store_commands
from dyadwatch.commands.progress import Progress, count_inputs


def test_count_inputs(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n')
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "c.bin").write_text("x")
    assert count_inputs([str(tmp_path)]) == 3
    assert count_inputs([str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]) == 3
    assert count_inputs(["-"]) is None


def test_progress_bar_redraws_one_line():
    out = io.StringIO()
    bar = Progress(out, total=4)
    bar.update(2, "stored 2", force=True)
    bar.close()
    text = out.getvalue()
    assert text.startswith("\ringest [") and "2/4" in text and "stored 2" in text and text.endswith("\n")
    assert "\n" not in text[:-1]


def test_period_choices_match_the_series():
    assert store_commands.PERIODS == PERIODS

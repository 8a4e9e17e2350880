import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.extract import boilerplate_reason, segment
from dyadwatch.model import Document

from ..conftest import FIXTURES


def test_boilerplate_lines_are_removed_with_reasons():
    assert boilerplate_reason("Lesen Sie auch  Frankreich droht Italien mit Sanktionen") == "teaser"
    assert boilerplate_reason("Read more: Japan and Australia sign defence pact") == "teaser"
    assert boilerplate_reason("LIRE AUSSI : le sommet de Dakar") == "teaser"
    assert boilerplate_reason("Leave a Reply") == "comment_form"
    assert boilerplate_reason("Die Regierung in Athen reagierte gelassen.") is None


def test_title_headings_paragraphs_and_removed_lines_are_kept_apart():
    text = (FIXTURES / "de-own-article.txt").read_text(encoding="utf-8")
    doc = Document("d", text)
    doc.blocks = segment(doc)
    kinds = [(b.kind, text[b.start : b.end][:20]) for b in doc.blocks]
    assert kinds[0] == ("title", "Ankara und Athen suc")
    assert [k for k, _ in kinds].count("boilerplate") == 2
    removed = doc.removed()
    assert removed[0]["text"].startswith("Lesen Sie auch") and removed[0]["reason"] == "teaser"
    assert removed[1]["text"] == "Foto: dpa"


def _reason_pattern_by_pattern(line):
    from dyadwatch.extract import _boilerplate_patterns

    stripped = line.strip().strip("\u00a0\u200b")
    return next((reason for pattern, reason in _boilerplate_patterns() if stripped and pattern.match(stripped)), None)


def test_the_combined_boilerplate_regex_is_built_with_look_aheads():
    from dyadwatch.extract import _any_boilerplate

    assert _any_boilerplate() is not None and "(?=[" in _any_boilerplate().pattern


_FOLDS = st.sampled_from(["", "ſ", "K", "İ", "ı", "ß", "ẞ", "Σ", "ς", "µ", "ﬁ", "\u00a0", " ", "(", "«", "-", "1", "©"])


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_combined_boilerplate_regex_gives_the_reason_pattern_by_pattern_does(data):
    from dyadwatch.extract import _boilerplate_patterns

    pattern, _ = data.draw(st.sampled_from(_boilerplate_patterns()))
    try:
        line = data.draw(st.from_regex(re.compile(r"\A(?:" + pattern.pattern + ")", pattern.flags)))
    except Exception:  # a construct hypothesis cannot generate from
        line = pattern.pattern
    line = data.draw(_FOLDS) + line + data.draw(st.text(max_size=20))
    line = data.draw(st.sampled_from([line, line.upper(), line.lower(), line.swapcase()]))
    assert boilerplate_reason(line) == _reason_pattern_by_pattern(line)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_the_combined_boilerplate_regex_agrees_on_any_line(line):
    assert boilerplate_reason(line) == _reason_pattern_by_pattern(line)

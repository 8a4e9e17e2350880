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

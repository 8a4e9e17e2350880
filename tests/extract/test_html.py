from dyadwatch.extract import ExtractionError, html_to_text
from dyadwatch.ingest.readers import RawDocument
from dyadwatch.pipeline import Pipeline

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Manila summons envoy</title>
<meta property="article:published_time" content="2024-03-25"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Manila summons Chinese envoy over water cannon incident</h1>
<p>The Philippines summoned the Chinese ambassador on Monday after the Chinese coast guard
fired water cannon at a Philippine supply boat near a disputed reef in the South China Sea.</p>
<p>The foreign ministry in Manila said the manoeuvres endangered the lives of the crew and
violated international law. Beijing rejected the protest and said the boat had entered its waters.</p>
<p>Officials said the supply mission would continue despite the incident, and called for calm.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Japan and Australia sign defence pact</a></li></ul></aside>
<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""


def test_main_text_without_navigation_and_sidebars():
    text, meta = html_to_text(PAGE)
    assert "summoned the Chinese ambassador" in text
    assert "Most read" not in text and "Japan and Australia" not in text and "Copyright" not in text
    assert meta["title"].startswith("Manila summons")


def test_html_document_is_coded_with_its_date():
    result = Pipeline().process(RawDocument("page", "test", html=PAGE))
    doc = result.document
    assert doc.pub_date.isoformat() == "2024-03-25" and doc.lang == "en"
    triples = {(e.source_country, e.target_country, e.code[:2]) for e in result.events}
    assert ("PHL", "CHN", "11") in triples
    assert all(doc.text[e.evidence_start : e.evidence_end] == e.evidence for e in result.events)


def test_page_without_main_text_is_an_error():
    try:
        html_to_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    except ExtractionError:
        return
    raise AssertionError("expected ExtractionError")

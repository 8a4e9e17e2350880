"""Properties of reading, extraction and coding on arbitrary input (hypothesis): no exception
but the documented ones, skips with reasons, offsets inside the text, bounded
decompression. (tests/test_pipeline.py has the properties of coding plain text.)"""
from __future__ import annotations

import gzip
import io
import ipaddress
import zlib

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dyadwatch.detect import MAX_SEGMENT_CHARS, _windows
from dyadwatch.extract import ExtractionError, html_to_text
from dyadwatch.ingest.fetch import address_problem
from dyadwatch.ingest.limits import BoundedDecoder, CappedGzipReader, DecompressionBomb, TooLarge
from dyadwatch.ingest.readers import RawDocument, decode, parse_jsonl_line, read_inputs
from dyadwatch.model import Skip
from dyadwatch.pipeline import Pipeline, SkipDocument

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)

NEWS = ["Russia", "condemned", "Ukraine", "Lavrov", "met", "Kim", "in", "Pyongyang", "on", "Monday", ".", ",", "France", "accused",
        "Niger", "Russland", "verurteilte", "die", "USA", "am", "Montag", "«", "»", "\n\n", "Read more:", "1945", "said"]
HOSTILE_CHARS = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\u202e", "\ufeff", "\uffff", "\u2028", "İ", "ẞ", "ﬁ", "\u0301",
                 "\ud800", "\udfff", "𝔑", "👩‍👩‍👧", "\r", "\t", "&amp;", "<", ">", "\\"]

hostile_text = st.lists(st.one_of(st.sampled_from(NEWS), st.sampled_from(HOSTILE_CHARS), st.text(max_size=5)), max_size=120).map(" ".join)

TAGS = ["p", "div", "span", "article", "main", "h1", "h2", "script", "style", "a", "table", "td", "tr", "ul", "li", "br", "iframe",
        "noscript", "title", "head", "body", "html", "svg", "template", "nav", "footer", "aside", "figure", "figcaption"]


@st.composite
def html_soup(draw):
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(0, 5))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(f"<{tag} class=\"{draw(st.text(max_size=8))}\" onclick=\"x()\">")
        elif kind == 3:
            parts.append(draw(hostile_text))
        elif kind == 4:
            parts.append(draw(st.sampled_from(["&nbsp;", "&#0;", "&#xD800;", "&#1114112;", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>",
                                               '<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;", "<?xml version='1.0'?>"])))
        else:
            parts.append(f"<p>{' '.join(draw(st.lists(st.sampled_from(NEWS), min_size=5, max_size=30)))}.</p>")
    return "".join(parts)


def check_offsets(doc, events):
    text = doc.text
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start : s.end] == s.text
    for e in events:
        assert 0 <= e.evidence_start <= e.trigger_start < e.trigger_end <= e.evidence_end <= len(text)
        assert text[e.evidence_start : e.evidence_end] == e.evidence
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(text)


def code_checking_offsets(raw: RawDocument):
    """Code `raw` keeping every modality: None when it is skipped (with a reason), else the
    result, whose offsets have been checked against its text."""
    try:
        result = Pipeline(keep_all_modalities=True).process(raw)
    except SkipDocument as exc:
        assert exc.reason
        return None
    check_offsets(result.document, result.events)
    return result


# --- reading ---------------------------------------------------------------------------------

@SETTINGS
@given(data=st.binary(max_size=3000))
def test_decode_gives_text_or_a_value_error(data):
    try:
        text = decode(data)
    except ValueError:
        return
    assert isinstance(text, str)


@SETTINGS
@given(line=st.one_of(st.text(max_size=300), st.builds(lambda d: __import__("json").dumps(d), st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(["id", "text", "html", "lang", "pub_date", "url", "title", "x"]), children, max_size=6),
    max_leaves=20))))
def test_a_jsonl_line_is_a_document_a_skip_or_nothing(line):
    item = parse_jsonl_line(line, "p.jsonl", 1)
    assert item is None or isinstance(item, (RawDocument, Skip))
    if isinstance(item, Skip):
        assert item.reason
    if isinstance(item, RawDocument):
        assert item.text or item.html
        for value in (item.id, item.text, item.html, item.title, item.url):
            assert value is None or not any(0xD800 <= ord(c) <= 0xDFFF for c in value)  # no lone surrogates


@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl", ".warc", ".warc.gz"])
def test_any_bytes_in_any_file_type_are_documents_or_skips(tmp_path_factory, suffix):
    pytest.importorskip("fastwarc")
    folder = tmp_path_factory.mktemp("bytes")

    @SETTINGS
    @given(data=st.one_of(st.binary(max_size=2000), st.binary(max_size=500).map(lambda b: gzip.compress(b, mtime=0)),
                          st.binary(max_size=500).map(lambda b: b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\n" + b)))
    def check(data):
        path = folder / f"x{suffix}"
        path.write_bytes(data)
        items = list(read_inputs([str(path)]))
        assert items, "a file must give at least one document or skip"
        assert all(isinstance(i, (RawDocument, Skip)) for i in items)
        assert all(i.reason for i in items if isinstance(i, Skip))

    check()


# --- extraction and coding -------------------------------------------------------------------

@SETTINGS
@given(html=html_soup())
def test_html_extraction_gives_text_or_says_there_is_none(html):
    try:
        text, meta = html_to_text(html)
    except ExtractionError:
        return
    assert isinstance(text, str) and text.strip()
    assert "root:x:0:0" not in text  # no external entity is resolved
    assert isinstance(meta, dict)


@SETTINGS
@given(html=html_soup(), lang=st.sampled_from(["en", "de", None]))
def test_coding_html_keeps_offsets_inside_the_text(html, lang):
    code_checking_offsets(RawDocument("h", "prop", html=html, pub_date="2023-08-15", lang=lang))


@SETTINGS
@given(text=hostile_text, lang=st.sampled_from(["en", "de", "fr", None]))
def test_coding_hostile_text_keeps_offsets_inside_the_text(text, lang):
    result = code_checking_offsets(RawDocument("t", "prop", text=text, pub_date="2023-08-15", lang=lang))
    if result is not None:
        assert not any(0xD800 <= ord(c) <= 0xDFFF for c in result.document.text)


@SETTINGS
@given(text=st.text(alphabet=st.sampled_from(list("ab .\n!?«»")), max_size=3 * MAX_SEGMENT_CHARS))
def test_long_blocks_are_cut_into_windows_that_add_up(text):
    windows = _windows(text)
    assert "".join(windows) == text
    assert all(len(w) <= MAX_SEGMENT_CHARS for w in windows)


# --- bounded decompression -------------------------------------------------------------------

@SETTINGS
@given(payload=st.binary(max_size=5000), repeat=st.integers(1, 400), cap=st.integers(1, 200_000), chunk=st.integers(1, 700),
       encoding=st.sampled_from(["gzip", "deflate", "identity", None]))
def test_bounded_decoder_gives_the_body_or_stops_at_the_cap(payload, repeat, cap, chunk, encoding):
    body = payload * repeat
    wire = {"gzip": lambda b: gzip.compress(b, mtime=0), "deflate": zlib.compress}.get(encoding, lambda b: b)(body)
    decoder = BoundedDecoder(encoding, cap)
    out = []
    try:
        for at in range(0, len(wire), chunk):
            out.append(decoder.feed(wire[at : at + chunk]))
        out.append(decoder.flush())
    except TooLarge:
        assert len(body) > cap
        assert decoder.size <= cap + max(chunk, 1) * 1100  # never far past the cap
        return
    assert b"".join(out) == body and len(body) <= cap


@SETTINGS
@given(members=st.lists(st.binary(max_size=3000), min_size=1, max_size=5), cut=st.one_of(st.none(), st.integers(1, 200)),
       n=st.integers(1, 5000))
def test_capped_gzip_reader_reads_members_and_reports_cuts(members, cut, n):
    data = b"".join(gzip.compress(m, mtime=0) for m in members)
    if cut is not None:
        assume(cut < len(data))
        data = data[:-cut]
    reader = CappedGzipReader(io.BytesIO(data))
    out = []
    try:
        while True:
            part = reader.read(n)
            if not part:
                break
            out.append(part)
    except OSError:
        assert cut is not None  # only a cut stream may be corrupt
        return
    if cut is None:
        assert b"".join(out) == b"".join(members) and not reader.truncated
    else:
        assert b"".join(members).startswith(b"".join(out))


def test_capped_gzip_reader_stops_a_bomb():
    bomb = gzip.compress(b"\0" * (8 << 20), 9, mtime=0)
    reader = CappedGzipReader(io.BytesIO(bomb), ratio=10, floor=1 << 20)
    with pytest.raises(DecompressionBomb):
        while reader.read(65536):
            pass
    assert reader.position <= (1 << 20) + 4 * 65536


# --- addresses -------------------------------------------------------------------------------

@SETTINGS
@given(value=st.integers(0, 2**32 - 1))
def test_an_ipv4_address_and_its_ipv6_mapped_form_are_judged_alike(value):
    v4 = ipaddress.IPv4Address(value)
    mapped = ipaddress.IPv6Address(f"::ffff:{v4}")
    nat64 = ipaddress.IPv6Address(int(ipaddress.IPv6Address("64:ff9b::")) + value)
    assert (address_problem(str(v4)) is None) == (address_problem(str(mapped)) is None) == (address_problem(str(nat64)) is None)


@SETTINGS
@given(value=st.integers(0, 2**128 - 1))
def test_any_ipv6_address_is_classified_without_error(value):
    problem = address_problem(str(ipaddress.IPv6Address(value)))
    assert problem is None or isinstance(problem, str)

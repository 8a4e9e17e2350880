import gzip
import io
import json

from dyadwatch.ingest.readers import MAX_DOCUMENT_BYTES, RawDocument, read_inputs
from dyadwatch.model import Skip


def _read(paths, stdin=None):
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def test_text_html_and_jsonl_files(tmp_path):
    (tmp_path / "a.txt").write_text("Ein Text.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "x1", "text": "Bonjour.", "pub_date": "2023-01-02"}) + "\n", encoding="utf-8")
    items = _read([tmp_path])
    assert [type(i) for i in items] == [RawDocument, RawDocument, RawDocument]
    assert items[0].text == "Ein Text." and items[1].html.startswith("<html>") and items[2].id == "x1"


def test_bad_inputs_become_counted_skips_with_reasons(tmp_path):
    (tmp_path / "binary.txt").write_bytes(gzip.compress(b"\x00\x01\x02" * 100))
    (tmp_path / "huge.txt").write_bytes(b"a" * (MAX_DOCUMENT_BYTES + 1))
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Fine."}\n{not json\n[1, 2]\n{"id": "t", "text": 5}\n{"id": "e"}\n', encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = _read([tmp_path / "binary.txt", tmp_path / "huge.txt", tmp_path / "bad.jsonl", tmp_path / "image.png", tmp_path / "missing.txt"])
    reasons = [i.reason for i in items if isinstance(i, Skip)]
    assert reasons == ["binary", "too_large", "malformed_json", "malformed_json", "wrong_type", "empty", "unsupported_format", "not_found"]
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["ok"]


def test_latin1_text_is_decoded(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Der Außenminister traf die Präsidentin in Pjöngjang.".encode("latin-1"))
    (item,) = _read([tmp_path / "latin.txt"])
    assert isinstance(item, RawDocument) and "Außenminister" in item.text


def test_stdin_jsonl_and_plain_text():
    items = _read(["-"], stdin=io.StringIO('{"id": "s1", "text": "Hallo."}\n'))
    assert items[0].id == "s1"
    (plain,) = list(read_inputs(["-"], stdin=io.StringIO("Just text.")))
    assert plain.text == "Just text."

"""WARC files as inputs (fastwarc): HTML responses and text resources become documents,
other records are passed over, bad records are skips with reasons."""
import gzip

import pytest

from dyadwatch.ingest.readers import RawDocument, read_inputs
from dyadwatch.model import Skip

pytest.importorskip("fastwarc", reason="fastwarc is not installed (pip install 'dyadwatch[warc]')")

from dyadwatch.ingest.warc import _record_bytes, write_warc

PAGE = "<html><head><title>Lawrow in Pjöngjang</title></head><body><article><p>Russlands Außenminister Lawrow hat am Montag Nordkorea besucht und Kim Jong-un getroffen.</p></article></body></html>"


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_and_text_resources_are_documents(tmp_path, name):
    path = write_warc(tmp_path / name, [{"id": "a", "html": PAGE, "url": "https://n.example/a"}, {"id": "b", "text": "Frankreich verurteilte den Putsch."}])
    items = list(read_inputs([str(path)]))
    assert [type(i) for i in items] == [RawDocument, RawDocument]
    assert items[0].html == PAGE and items[0].url == "https://n.example/a" and items[1].text.startswith("Frankreich")
    assert items[0].id != items[1].id and ":" not in items[0].id  # the record id without <urn:uuid:...>
    assert list(read_inputs([str(tmp_path)])) == items  # found in folders too


def test_other_records_are_passed_over_and_bad_ones_skipped(tmp_path):
    import datetime as dt

    date = dt.datetime(2024, 1, 1)
    image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"
    redirect = b"HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\nLocation: /x\r\n\r\n<html></html>"
    binary = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\x00\x01\x02" * 10
    data = b"".join(
        _record_bytes("response", f"https://n.example/{i}", block, "application/http; msgtype=response", f"00000000-0000-0000-0000-00000000000{i}", date)
        for i, block in enumerate([image, redirect, binary])
    )
    (tmp_path / "mixed.warc.gz").write_bytes(gzip.compress(data))
    items = list(read_inputs([str(tmp_path / "mixed.warc.gz")]))
    assert len(items) == 1 and isinstance(items[0], Skip) and items[0].reason == "binary"


def test_a_coded_warc_page(tmp_path):
    from dyadwatch.pipeline import Pipeline

    path = write_warc(tmp_path / "p.warc.gz", [{"id": "a", "html": PAGE}])
    results = list(Pipeline(pub_date=dt_date()).run(read_inputs([str(path)])))
    assert results and any(e.source_country == "RUS" and e.target_country == "PRK" for e in results[0].events)


def dt_date():
    import datetime as dt

    return dt.date(2023, 7, 28)

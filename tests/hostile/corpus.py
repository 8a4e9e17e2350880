"""A corpus of hostile inputs, generated on the fly: `cases(n, seed)` yields n cases, each
one input (a file, a folder, or a symbolic link) that `dyadwatch ingest` is given.

Case i depends only on (seed, i), so a failing case can be made again alone. The kinds
(weights below) cover binary noise, truncated and corrupted gzip and WARC, decompression
bombs (gzip and WARC.gz), deeply nested and giant HTML, hostile markup (scripts, entities,
external entities), invalid UTF-8 and mixed encodings, control and format characters,
Unicode that changes length under case mapping, long lines and a 50 MB single-line text,
JSONL with wrong types, malformed and huge JSON lines, empty files, odd file names, and
real articles (the bundled sample) damaged in these ways, so that much of the corpus still
codes. A few expensive cases (the 50 MB text, near-limit documents, huge JSON lines) are
placed once or a few times per run, whatever n is.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dyadwatch.ingest.readers import MAX_DOCUMENT_BYTES
from dyadwatch.resources import package_path

ROOT = Path(__file__).resolve().parents[2]
SECRET_FILE = "/etc/passwd"  # what an external entity would try to pull in
SECRET_MARK = "root:x:0:0"


@dataclass
class Case:
    index: int
    kind: str
    name: str  # file name (or folder name for kind "folder")
    data: bytes | None = None  # the file's bytes ...
    write: Callable[[Path], None] | None = None  # ... or a function that makes the input at this path

    def materialise(self, folder: Path) -> Path:
        """Write the input into `folder`; returns the path to give to dyadwatch."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / self.name
        if self.write is not None:
            self.write(path)
        else:
            path.write_bytes(self.data or b"")
        return path


# --- real text ---------------------------------------------------------------------------

def _articles() -> list[dict]:
    rows = []
    for line in package_path("data", "sample", "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    for lang in ("de", "en"):
        path = ROOT / "tests" / "fixtures" / f"{lang}-own-article.txt"
        if path.exists():
            rows.append({"id": f"own-{lang}", "lang": lang, "pub_date": "2023-08-15", "title": "", "text": path.read_text(encoding="utf-8")})
    return rows


ARTICLES = _articles()
WORDS = sorted({w for a in ARTICLES for w in a["text"].split()})


def article(rnd: random.Random) -> dict:
    return rnd.choice(ARTICLES)


def html_page(a: dict, body_extra: str = "", head_extra: str = "") -> str:
    import html

    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in a["text"].split("\n\n") if p.strip())
    return (f"<!DOCTYPE html><html lang=\"{a['lang']}\"><head><meta charset=\"utf-8\"><title>{html.escape(a.get('title') or '')}</title>"
            f"{head_extra}</head><body><article><h1>{html.escape(a.get('title') or '')}</h1>{paragraphs}</article>{body_extra}</body></html>")


# --- bombs (made once per process, they take a second or two) ------------------------------

_CACHE: dict = {}


def _deflate_stream(pieces: Iterator[bytes], wbits: int = 31) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, wbits)
    out = [z.compress(p) for p in pieces]
    out.append(z.flush())
    return b"".join(out)


def _repeat(byte: bytes, total: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    block = byte * chunk
    while total > 0:
        n = min(total, chunk)
        yield block[:n]
        total -= n


def gzip_bomb(size: int, byte: bytes = b"\0") -> bytes:
    key = ("gz", size, byte)
    if key not in _CACHE:
        _CACHE[key] = _deflate_stream(_repeat(byte, size))
    return _CACHE[key]


def warc_bomb(size: int, declared: int | None = None) -> bytes:
    """A WARC.gz whose one response record inflates to `size` bytes of spaces; the record
    declares `declared` bytes (default: the truth)."""
    key = ("warc", size, declared)
    if key not in _CACHE:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
        length = declared if declared is not None else size + len(http)
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000b0b0>\r\n"
                f"WARC-Target-URI: http://bomb.example/\r\nContent-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {length}\r\n\r\n").encode()
        _CACHE[key] = _deflate_stream(iter([head, http, *_repeat(b" ", size), b"\r\n\r\n"]))
    return _CACHE[key]


# --- WARC building -------------------------------------------------------------------------

def warc_bytes(records: list[dict], compress: bool) -> bytes:
    """records: {type, uri, block (bytes), content_type, id, extra_headers}."""
    out = io.BytesIO()
    for r in records:
        block = r["block"]
        headers = {
            "WARC-Type": r.get("type", "response"),
            "WARC-Record-ID": f"<urn:uuid:{r.get('id', '00000000-0000-0000-0000-000000000001')}>",
            "WARC-Date": "2024-01-01T00:00:00Z",
            "WARC-Target-URI": r.get("uri", "http://example.org/"),
            "Content-Type": r.get("content_type", "application/http; msgtype=response"),
            "Content-Length": str(len(block)),
        }
        headers.update(r.get("extra_headers", {}))
        head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items() if v is not None) + "\r\n"
        data = head.encode("utf-8", "surrogateescape") + block + b"\r\n\r\n"
        out.write(gzip.compress(data, 6, mtime=0) if compress else data)
    return out.getvalue()


def http_block(body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK", extra: str = "") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}Content-Length: {len(body)}\r\n\r\n".encode("utf-8", "surrogateescape") + body


# --- the kinds -----------------------------------------------------------------------------

def k_noise(rnd: random.Random, i: int) -> Case:
    suffix = rnd.choice([".txt", ".html", ".jsonl", ".warc", ".warc.gz", ".htm", ".md"])
    size = rnd.choice([1, 7, 100, 1000, 8192, 20000, 65536])
    data = rnd.randbytes(size)
    if rnd.random() < 0.3:  # noise without NUL bytes (defeats the NUL test)
        data = bytes(b or 1 for b in data)
    if suffix == ".warc.gz" and rnd.random() < 0.5:
        data = b"\x1f\x8b" + data  # gzip magic, then noise
    return Case(i, "binary_noise", f"noise{suffix}", data)


def k_invalid_utf8(rnd: random.Random, i: int) -> Case:
    text = bytearray(article(rnd)["text"].encode("utf-8"))
    bad = [b"\xff", b"\xfe", b"\xc0\x80", b"\x80", b"\xbf", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80",
           b"\xc3", b"\xef\xbb\xbf"]
    for _ in range(rnd.choice([1, 3, 30, 300])):
        at = rnd.randrange(len(text) + 1)
        text[at:at] = rnd.choice(bad)
    return Case(i, "invalid_utf8", rnd.choice(["a.txt", "a.html", "a.md"]), bytes(text))


def k_mixed_encodings(rnd: random.Random, i: int) -> Case:
    parts = []
    for p in article(rnd)["text"].split("\n\n"):
        enc = rnd.choice(["utf-8", "latin-1", "cp1252", "cp1251", "koi8-r", "utf-16-le", "shift_jis", "iso-8859-7", "utf-8-sig"])
        parts.append(p.encode(enc, errors="replace"))
    return Case(i, "mixed_encodings", rnd.choice(["m.txt", "m.html"]), b"\n\n".join(parts))


CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x1b]0;title\x07", "\x7f", "\x85", "\x9b", "\u200b", "\u200d",
           "\u200e", "\u202e", "\u2066", "\ufeff", "\ufffe", "\uffff", "\u2028", "\u2029", "\r", "\ufffd", "\U000e0001", "\u061c"]


def k_control_chars(rnd: random.Random, i: int) -> Case:
    text = list(article(rnd)["text"])
    share = rnd.choice([0.001, 0.01, 0.1, 0.5])
    for _ in range(max(1, int(len(text) * share))):
        text.insert(rnd.randrange(len(text) + 1), rnd.choice(CONTROL))
    data = "".join(text)
    if rnd.random() < 0.3:
        data = data.replace("\n", "\r")  # old Mac line ends
    return Case(i, "control_chars", rnd.choice(["c.txt", "c.html"]), data.encode("utf-8", "surrogatepass"))


def k_unicode(rnd: random.Random, i: int) -> Case:
    a = article(rnd)
    text = a["text"]
    tricks = [
        lambda t: t.replace("a", "a" + "\u0301\u0302\u0303" * rnd.choice([1, 50, 500]), 3),  # zalgo
        lambda t: "İİİİ ẞ ﬁ ﬃ Ω K Å " * 50 + t,  # characters whose case mapping changes the length
        lambda t: t.translate({ord(c): ord(c) + 0xFEE0 for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}),  # fullwidth
        lambda t: t.replace("a", "а").replace("o", "о"),  # Cyrillic homoglyphs
        lambda t: "👩‍👩‍👧‍👦🇺🇦🇷🇺 " * 200 + t,
        lambda t: "\u202eRussia condemned Ukraine\u202c " + t,
        lambda t: t + " " + "𝔑𝔬𝔯𝔡𝔨𝔬𝔯𝔢𝔞 " * 100,
        lambda t: __import__("unicodedata").normalize(rnd.choice(["NFD", "NFKD"]), t),
    ]
    for trick in rnd.sample(tricks, rnd.randint(1, 3)):
        text = trick(text)
    return Case(i, "unicode", rnd.choice(["u.txt", "u.md"]), text.encode("utf-8"))


def k_long_line(rnd: random.Random, i: int) -> Case:
    size = rnd.choice([10_000, 50_000, 200_000])
    words = [rnd.choice(WORDS) for _ in range(size // 6)]
    text = " ".join(words)
    if rnd.random() < 0.5:
        text = text.replace(".", "").replace("!", "").replace("?", "")  # one endless sentence
    if rnd.random() < 0.3:
        text = "x" * size  # one endless word
    return Case(i, "long_line", "line.txt", text.encode("utf-8"))


def k_repetition(rnd: random.Random, i: int) -> Case:
    n = rnd.choice([100, 1000, 5000])
    unit = rnd.choice([
        "Russia condemned Ukraine. ", "Russia Russia Russia ", "!!!!!!!!!! ", "1945 2023 Monday Ende Juli im Februar ",
        "Lavrov met Kim in Pyongyang on Monday. ", "Frankreich verurteilte Niger am Montag, sagte Macron. ",
        "« » “ ” ( ) [ ] ", ". . . . ", "\n", "Read more: Another story\n",
    ])
    return Case(i, "repetition", "rep.txt", (unit * n).encode("utf-8"))


def k_empty(rnd: random.Random, i: int) -> Case:
    data = rnd.choice([b"", b" ", b"\n\n\n", b"\xef\xbb\xbf", b"\t\r\n", b"\x00", "\u200b\u200b".encode(), b"<html></html>", b"{}", b"[]",
                       b"<html><body></body></html>", b"\n{}\n"])
    name = rnd.choice(["e.txt", "e.html", "e.jsonl", "e.warc", "e.warc.gz", "e.md", "e.xhtml"])
    return Case(i, "empty", name, data)


def k_deep_html(rnd: random.Random, i: int) -> Case:
    depth = rnd.choice([100, 1000, 10_000, 50_000])
    tag = rnd.choice(["div", "span", "b", "table", "ul", "li", "p", "font", "blockquote"])
    a = article(rnd)
    inner = html_page(a)
    closing = rnd.random() < 0.5
    data = f"<{tag}>" * depth + inner + (f"</{tag}>" * depth if closing else "")
    return Case(i, "deep_html", "deep.html", data.encode("utf-8"))


def k_giant_html(rnd: random.Random, i: int) -> Case:
    a = article(rnd)
    variant = rnd.randrange(6)
    if variant == 0:
        extra = "<p>Russia and France met.</p>" * rnd.choice([1000, 20000])
    elif variant == 1:
        extra = f"<div title=\"{'x' * rnd.choice([10_000, 500_000])}\">text</div>"
    elif variant == 2:
        extra = "<!--" + "-" * rnd.choice([10_000, 500_000]) + "-->"
    elif variant == 3:
        extra = "<script>" + "var a=1;" * rnd.choice([1000, 60_000]) + "</script>"
    elif variant == 4:
        extra = "<table>" + "<tr>" + "<td>x</td>" * 100 + "</tr>" * rnd.choice([100, 2000]) + "</table>"
    else:
        extra = "<p>" + "Ukraine" * rnd.choice([10_000, 100_000]) + "</p>"
    return Case(i, "giant_html", "giant.html", html_page(a, extra).encode("utf-8"))


def k_hostile_html(rnd: random.Random, i: int) -> Case:
    a = article(rnd)
    head = rnd.choice([
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{SECRET_FILE}">]>',
        '<meta charset="utf-16"><meta http-equiv="Content-Type" content="text/html; charset=utf-7">',
        '<base href="javascript:alert(1)//"><meta http-equiv="refresh" content="0;url=http://10.0.0.1/">',
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
        "<style>" + "a{}" * 1000 + "</style>",
    ])
    body = rnd.choice([
        "<p>&xxe;</p><p>&lol3;</p>",
        '<script>document.write("<p>Russia condemned Ukraine</p>")</script><iframe src="http://10.0.0.1/"></iframe>',
        '<img src=x onerror="alert(1)"><svg onload=alert(1)><a href="javascript:alert(1)">link</a>',
        "<![CDATA[ Russia condemned Ukraine ]]><?php echo 1; ?><% x %>",
        "&#0; &#xD800; &#1114112; &#99999999999; &#x110000; &nbsp &amp &lt;script&gt; &unknown;" * 20,
        "<p>" + "&amp;" * 50_000 + "</p>",
        '<object data="file:///etc/passwd"></object><embed src="file:///etc/passwd"><link rel=import href="file:///etc/passwd">',
    ])
    return Case(i, "hostile_html", rnd.choice(["h.html", "h.xhtml", "h.htm"]), html_page(a, body, head).replace("<!DOCTYPE html>", "").encode("utf-8"))


def k_broken_html(rnd: random.Random, i: int) -> Case:
    a = article(rnd)
    page = html_page(a)
    variant = rnd.randrange(5)
    if variant == 0:
        page = page[: rnd.randrange(len(page))]  # cut anywhere, mid-tag too
    elif variant == 1:
        page = page.replace(">", "", rnd.randint(1, 30))
    elif variant == 2:
        page = "<" * rnd.choice([100, 10_000]) + page
    elif variant == 3:
        soup = []
        tags = ["div", "p", "a", "table", "td", "script", "style", "title", "br", "!--", "meta", "html", "body", "head", "svg", "math"]
        for _ in range(rnd.choice([50, 500, 5000])):
            t = rnd.choice(tags)
            soup.append(rnd.choice([f"<{t}>", f"</{t}>", f"<{t} x='{rnd.choice(WORDS)}'>", rnd.choice(WORDS) + " ", "&", "<", ">"]))
        page = "".join(soup)
    else:
        page = page.replace("<p>", "<p><p><p>").replace("</p>", "")
    return Case(i, "broken_html", "b.html", page.encode("utf-8", "surrogatepass"))


WRONG_VALUES = [None, 0, -1, 1.5, float("nan"), True, False, [], ["x"], {}, {"a": 1}, "", " ", "x" * 1000]


def k_jsonl_wrong_types(rnd: random.Random, i: int) -> Case:
    lines = []
    for _ in range(rnd.randint(1, 20)):
        a = article(rnd)
        rec = {"id": a["id"] + f"-{rnd.randrange(10**6)}", "text": a["text"], "lang": a["lang"], "pub_date": a["pub_date"],
               "url": f"https://example.org/{rnd.randrange(10**6)}", "title": a.get("title")}
        field = rnd.choice(["id", "text", "html", "lang", "pub_date", "url", "title", None])
        if field:
            rec[field] = rnd.choice(WRONG_VALUES + {
                "pub_date": ["2023-02-30", "0000-00-00", "99999-12-31", "-1", "2023-13-01", "20230101", "2023-01-01T99:99", "yesterday"],
                "lang": ["xx", "../../etc", "EN-us", "zz-ZZ", "\u0000", "deu"],
                "url": ["javascript:alert(1)", "http://[::1", "file:///etc/passwd", "\u202ehttp://x"],
                "id": ["\ud800", "../x", "a\nb", "x" * 10_000],
                "text": ["\ud800\udfff\ud800", "\u0000" * 10, "Russia condemned Ukraine.\u0000"],
            }.get(field, []))
        if rnd.random() < 0.1:
            rec["extra"] = {"nested": [1, 2, {"x": None}]}
        line = json.dumps(rec, ensure_ascii=rnd.random() < 0.5, allow_nan=True)
        if rnd.random() < 0.1:
            line = line.replace('"lang"', '"lang": "en", "lang"', 1)  # duplicate key
        lines.append(line)
    return Case(i, "jsonl_wrong_types", "w.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass"))


def k_jsonl_malformed(rnd: random.Random, i: int) -> Case:
    a = article(rnd)
    good = json.dumps({"id": a["id"], "text": a["text"], "lang": a["lang"], "pub_date": a["pub_date"]})
    bad = [
        good[: rnd.randrange(1, len(good))], good + ",", good.replace('"', "'"), "[1, 2, 3]", "42", '"a string"', "null", "true",
        "{" * 100_000, "[" * rnd.choice([1000, 100_000]) + "]" * 1000, '{"id": "x", "text": ' + "[" * 50_000 + "}",
        rnd.randbytes(200).decode("latin-1"), '{"id": 1, "text": "\\ud800"}', '{"id": "x", "text": "a\\u0000b"}', "\ufeff" + good,
        good + "\r", '{"id": "x", "text": NaN}', '{"id": "x", "text": "' + "\\" * 3 + '"}', "{}",
    ]
    lines = [rnd.choice(bad) for _ in range(rnd.randint(1, 8))] + ([good] if rnd.random() < 0.5 else [])
    rnd.shuffle(lines)
    data = "\n".join(lines).encode("utf-8", "surrogateescape")
    if rnd.random() < 0.2:
        data += b"\n\xff\xfe broken bytes \x80\n"
    return Case(i, "jsonl_malformed", "bad.jsonl", data)


def k_jsonl_mixed(rnd: random.Random, i: int) -> Case:
    lines = []
    for _ in range(rnd.choice([5, 20, 100])):
        a = article(rnd)
        if rnd.random() < 0.8:
            rec = {"id": f"{a['id']}-{rnd.randrange(10**9)}", "lang": a["lang"] if rnd.random() < 0.5 else None,
                   "pub_date": a["pub_date"], "url": f"https://news{rnd.randrange(50)}.example/{rnd.randrange(10**9)}"}
            if rnd.random() < 0.3:
                rec["html"] = html_page(a)
            else:
                rec["text"] = a["text"]
            lines.append(json.dumps(rec, ensure_ascii=False))
        else:
            lines.append(rnd.choice(["", "   ", "{", "nonsense", json.dumps({"id": None})]))
    return Case(i, "jsonl_mixed", "mixed.jsonl", "\n".join(lines).encode("utf-8"))


def _warc_records(rnd: random.Random, n: int) -> list[dict]:
    records = []
    for k in range(n):
        a = article(rnd)
        if rnd.random() < 0.7:
            records.append({"type": "response", "uri": f"https://example.org/{k}", "id": f"00000000-0000-0000-0000-{k:012d}",
                            "block": http_block(html_page(a).encode("utf-8"))})
        else:
            records.append({"type": "resource", "uri": f"https://example.org/t{k}", "id": f"00000000-0000-0000-0001-{k:012d}",
                            "content_type": "text/plain", "block": a["text"].encode("utf-8")})
    return records


def k_warc_corrupt(rnd: random.Random, i: int) -> Case:
    records = _warc_records(rnd, rnd.randint(1, 4))
    for r in records:
        variant = rnd.randrange(10)
        if variant == 0:
            r["extra_headers"] = {"Content-Length": rnd.choice(["-5", "99999999999999999999", "x", "", "1e3", " 12"])}
        elif variant == 1:
            r["type"] = rnd.choice(["request", "metadata", "warcinfo", "revisit", "RESPONSE", "bogus", ""])
        elif variant == 2:
            r["block"] = http_block(b"<p>Russia condemned Ukraine.</p>", status=rnd.choice(["999 ?", "200", "OK", "404 Not Found", "3xx"]))
        elif variant == 3:
            r["block"] = http_block(html_page(article(rnd)).encode("utf-8"),
                                    content_type=rnd.choice(["text/html; charset=utf-7", "text/html; charset=bogus", "text/html; charset=" + "x" * 500,
                                                             "image/png", "", "text/html; charset=utf-16", "application/xhtml+xml"]))
        elif variant == 4:
            r["block"] = http_block(html_page(article(rnd)).encode("utf-8"), extra="Content-Encoding: gzip\r\n")  # a lie
        elif variant == 5:
            r["extra_headers"] = {"WARC-Record-ID": rnd.choice(["", "<>", "x" * 5000, "<urn:uuid:\udcff>"])}
        elif variant == 6:
            r["block"] = r["block"][: rnd.randrange(len(r["block"]) + 1)]
        elif variant == 7:
            r["extra_headers"] = {"WARC-Target-URI": rnd.choice(["javascript:alert(1)", "", "\x00", "http://" + "a" * 5000])}
    compress = rnd.random() < 0.5
    data = bytearray(warc_bytes(records, compress))
    if rnd.random() < 0.4:
        for _ in range(rnd.randint(1, 10)):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
    return Case(i, "warc_corrupt", "c.warc.gz" if compress else "c.warc", bytes(data))


def k_warc_truncated(rnd: random.Random, i: int) -> Case:
    compress = rnd.random() < 0.6
    data = warc_bytes(_warc_records(rnd, rnd.randint(1, 5)), compress)
    return Case(i, "warc_truncated", "t.warc.gz" if compress else "t.warc", data[: rnd.randrange(1, len(data))])


def k_gzip_bomb(rnd: random.Random, i: int) -> Case:
    variant = rnd.randrange(4)
    if variant == 0:  # plain gzip of zeros named .warc.gz
        data = gzip_bomb(512 << 20)
    elif variant == 1:  # a bomb inside a bomb
        data = gzip.compress(gzip_bomb(256 << 20), 9, mtime=0)
    elif variant == 2:  # valid records, then the bomb as the next member
        data = warc_bytes(_warc_records(rnd, 2), True) + gzip_bomb(512 << 20, b" ")
    else:  # a small bomb that stays under the cap: inflated, then found to be no WARC
        data = gzip_bomb(rnd.choice([1 << 20, 32 << 20]))
    return Case(i, "gzip_bomb", rnd.choice(["bomb.warc.gz", "bomb.wet.gz"]), data)


def k_warc_bomb(rnd: random.Random, i: int) -> Case:
    variant = rnd.randrange(3)
    if variant == 0:
        data = warc_bomb(600 << 20)  # declares its true length: a record far over the document limit
    elif variant == 1:
        data = warc_bomb(600 << 20, declared=200)  # declares 200 bytes: the rest is garbage between records
    else:
        data = warc_bytes(_warc_records(rnd, 1), True) + warc_bomb(300 << 20)
    return Case(i, "warc_bomb", "bomb.warc.gz", data)


def k_warc_many_records(rnd: random.Random, i: int) -> Case:
    records = []
    for k in range(rnd.choice([50, 300, 1000])):
        body = rnd.choice([b"", b"<html></html>", b"<p>x</p>", b"\x00\x01", b"<p>Russia condemned Ukraine on Monday, officials said.</p>"])
        records.append({"type": "response", "uri": f"https://example.org/{k}", "id": f"00000000-0000-0000-0002-{k:012d}", "block": http_block(body)})
    return Case(i, "warc_many_records", "many.warc.gz", warc_bytes(records, True))


ODD_NAMES = [
    "Nachricht über Russland.txt", "news\nline.txt", "tab\tname.html", "-leading-dash.txt", "--help.txt", "x" * 240 + ".txt",
    "UPPER.TXT", "a.b.c.html", "..txt", ".hidden.txt", "sp ace .txt", "colon:name.txt", "%2e%2e%2fetc.txt", "back\\slash.txt",
    "quote'\"name.txt", "émoji 🇺🇦.html", "ｆｕｌｌ.txt", "ctrl\x01char.txt", "\u202etxt.exe.txt", "CON.txt", "trailing.txt ",
    "x.jsonl.txt", "noext", "x.pdf", "x.TXT.gz",
]


def k_odd_names(rnd: random.Random, i: int) -> Case:
    a = article(rnd)
    if rnd.random() < 0.15:  # a name that is not valid UTF-8 (surrogateescape in Python)
        name = os.fsdecode(b"bad-\xff\xfe-name.txt")
    else:
        name = rnd.choice(ODD_NAMES)
    return Case(i, "odd_names", name, a["text"].encode("utf-8"))


def k_folder(rnd: random.Random, i: int) -> Case:
    variant = rnd.randrange(5)

    def write(path: Path) -> None:
        path.mkdir()
        if variant == 0:
            return  # an empty folder
        if variant == 1:
            (path / "only.pdf").write_bytes(b"%PDF-1.4")
            (path / "sub").mkdir()
            return
        if variant == 2:  # a nested tree with a symbolic link loop
            deep = path
            for d in range(20):
                deep = deep / f"d{d}"
            deep.mkdir(parents=True)
            (deep / "a.txt").write_text(article(rnd)["text"], encoding="utf-8")
            (path / "loop").symlink_to(path, target_is_directory=True)
            return
        if variant == 3:  # a folder named like a file
            (path / "inner.txt").mkdir()
            (path / "inner.txt" / "x.txt").write_text(article(rnd)["text"], encoding="utf-8")
            return
        for k in range(5):  # mixed files
            (path / f"f{k}.txt").write_bytes(rnd.choice([b"", rnd.randbytes(50), article(rnd)["text"].encode("utf-8")]))

    return Case(i, "folder", rnd.choice(["dir", "dir.txt", "dir.jsonl"]), write=write)


def k_device(rnd: random.Random, i: int) -> Case:
    target = rnd.choice(["/dev/zero", "/dev/urandom", "/dev/null"])

    def write(path: Path) -> None:
        path.symlink_to(target)

    return Case(i, "device", rnd.choice(["zero.txt", "zero.jsonl", "zero.html", "zero.warc", "zero.warc.gz"]), write=write)


KINDS: list[tuple[str, Callable[[random.Random, int], Case], int]] = [
    ("binary_noise", k_noise, 10),
    ("invalid_utf8", k_invalid_utf8, 8),
    ("mixed_encodings", k_mixed_encodings, 6),
    ("control_chars", k_control_chars, 8),
    ("unicode", k_unicode, 6),
    ("long_line", k_long_line, 3),
    ("repetition", k_repetition, 3),
    ("empty", k_empty, 4),
    ("deep_html", k_deep_html, 4),
    ("giant_html", k_giant_html, 3),
    ("hostile_html", k_hostile_html, 6),
    ("broken_html", k_broken_html, 7),
    ("jsonl_wrong_types", k_jsonl_wrong_types, 8),
    ("jsonl_malformed", k_jsonl_malformed, 6),
    ("jsonl_mixed", k_jsonl_mixed, 3),
    ("warc_corrupt", k_warc_corrupt, 6),
    ("warc_truncated", k_warc_truncated, 4),
    ("gzip_bomb", k_gzip_bomb, 1),
    ("warc_bomb", k_warc_bomb, 1),
    ("warc_many_records", k_warc_many_records, 1),
    ("odd_names", k_odd_names, 4),
    ("folder", k_folder, 2),
    ("device", k_device, 1),
]


# --- the expensive cases, placed a fixed number of times per run ---------------------------

def s_giant_text(rnd: random.Random, i: int) -> Case:
    def write(path: Path) -> None:  # 50 MB on one line, written in pieces
        unit = ("Russia condemned Ukraine and France met Niger " * 1000).encode()
        with open(path, "wb") as handle:
            for _ in range(50 * 1024 * 1024 // len(unit) + 1):
                handle.write(unit)

    return Case(i, "giant_text_50mb", "giant.txt", write=write)


def s_near_limit_text(rnd: random.Random, i: int) -> Case:
    size = MAX_DOCUMENT_BYTES - rnd.randrange(1000, 100_000)
    words = " ".join(rnd.choice(WORDS) for _ in range(size // 5))
    return Case(i, "near_limit_text", "near.txt", words.encode("utf-8")[:size])


def s_huge_json_line(rnd: random.Random, i: int) -> Case:
    a = article(rnd)
    size = rnd.choice([6, 12, 30]) * 1024 * 1024

    def write(path: Path) -> None:
        with open(path, "wb") as handle:
            handle.write(json.dumps({"id": "small", "text": a["text"], "lang": a["lang"]}).encode() + b"\n")
            handle.write(b'{"id": "huge", "text": "')
            chunk = b"Russia condemned Ukraine. " * 40_000
            written = 0
            while written < size:
                handle.write(chunk)
                written += len(chunk)
            handle.write(b'"}\n')
            handle.write(json.dumps({"id": "after", "text": a["text"], "lang": a["lang"]}).encode() + b"\n")

    return Case(i, "huge_json_line", "huge.jsonl", write=write)


def s_near_limit_html(rnd: random.Random, i: int) -> Case:
    a = article(rnd)
    extra = "<div><p>Russia and France met in Paris on Monday.</p></div>" * ((MAX_DOCUMENT_BYTES - 200_000) // 60)
    return Case(i, "near_limit_html", "near.html", html_page(a, extra).encode("utf-8"))


SPECIALS: list[tuple[str, Callable[[random.Random, int], Case], Callable[[int], int]]] = [
    ("giant_text_50mb", s_giant_text, lambda n: 1),
    ("near_limit_text", s_near_limit_text, lambda n: 1 + n // 5000),
    ("near_limit_html", s_near_limit_html, lambda n: 1 + n // 5000),
    ("huge_json_line", s_huge_json_line, lambda n: 1 + n // 2500),
]


def schedule(n: int) -> dict[int, Callable[[random.Random, int], Case]]:
    """Indices of the expensive cases: spread evenly over the run."""
    specials = [make for _, make, count in SPECIALS for _ in range(count(n))]
    if not specials or n < len(specials) * 2:
        return {}
    step = n // (len(specials) + 1)
    return {step * (k + 1) + k % 2: make for k, make in enumerate(specials)}  # odd and even: both shards get some


def _pick(index: int, seed: int, n: int) -> tuple[str, Callable[[random.Random, int], Case], random.Random]:
    rnd = random.Random(f"{seed}:{index}")
    special = schedule(n).get(index)
    if special is not None:
        return next(name for name, make, _ in SPECIALS if make is special), special, rnd
    if index < len(KINDS):  # every kind at least once, whatever n is
        return KINDS[index][0], KINDS[index][1], rnd
    total = sum(w for _, _, w in KINDS)
    pick = rnd.randrange(total)
    for name, make, weight in KINDS:
        if pick < weight:
            return name, make, rnd
        pick -= weight
    raise AssertionError("unreachable")


def kind_of(index: int, seed: int = 0, n: int = 10_000) -> str:
    """The kind of case `index`, without making it."""
    return _pick(index, seed, n)[0]


def case(index: int, seed: int = 0, n: int = 10_000) -> Case:
    """Case `index` of a run of n cases (the same for the same seed, index and n)."""
    _, make, rnd = _pick(index, seed, n)
    return make(rnd, index)


def cases(n: int, seed: int = 0, start: int = 0) -> Iterator[Case]:
    for index in range(start, n):
        yield case(index, seed, n)


def kinds() -> list[str]:
    return [name for name, _, _ in KINDS] + [name for name, _, _ in SPECIALS]

"""A small news site on 127.0.0.1 for the fetching tests (a threaded http.server): pages made
from the bundled sample articles, an RSS and an Atom feed that link to them, robots.txt,
and the hostile routes (too large, a gzip bomb, wrong content types, redirect loops,
redirects to private addresses, slow and trickling answers). Every request is recorded."""
from __future__ import annotations

import gzip
import html
import http.server
import json
import threading
import time
from dataclasses import dataclass, field

from dyadwatch.resources import package_path

ROBOTS = "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n"


def sample_articles(n: int = 4) -> list[dict]:
    path = package_path("data", "sample", "articles.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["lang"] == "en"][:n]


def article_html(article: dict) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in article["text"].split("\n\n") if p.strip())
    return (
        f"<!DOCTYPE html><html lang=\"{article['lang']}\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(article['title'])}</title></head><body><nav><a href=\"/\">Home</a></nav>"
        f"<article><h1>{html.escape(article['title'])}</h1>\n{paragraphs}</article>"
        f"<footer>© Example News</footer></body></html>"
    )


@dataclass
class Request:
    path: str
    user_agent: str
    at: float


@dataclass
class Site:
    base: str = ""
    articles: list[dict] = field(default_factory=sample_articles)
    requests: list[Request] = field(default_factory=list)
    robots: str | None = ROBOTS  # None: 404; "500": a server error
    redirect_target: str = "http://169.254.169.254/latest/meta-data/"  # where /to-elsewhere points

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def page_requests(self) -> list[Request]:
        return [r for r in self.requests if r.path != "/robots.txt"]

    def rss(self, private_link: bool = False) -> str:
        items = "".join(
            f"<item><title>{html.escape(a['title'])}</title><link>/news/{i}.html</link>"
            f"<pubDate>{_rfc822(a['pub_date'])}</pubDate><guid>{a['id']}</guid></item>"
            for i, a in enumerate(self.articles)
        )
        items += "<item><title>An entry without a link</title></item>"
        if private_link:
            items += "<item><title>An entry linking to a private address</title><link>http://10.0.0.1/news.html</link></item>"
        return f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example News</title><link>{self.base}/</link>{items}</channel></rss>"

    def atom(self) -> str:
        entries = "".join(
            f"<entry><title>{html.escape(a['title'])}</title><link href=\"{self.base}/news/{i}.html\"/>"
            f"<id>{a['id']}</id><updated>{a['pub_date']}T08:00:00Z</updated></entry>"
            for i, a in enumerate(self.articles[:2])
        )
        return f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Example</title>{entries}</feed>"


def _rfc822(day: str) -> str:
    import datetime as dt
    from email.utils import format_datetime

    return format_datetime(dt.datetime.fromisoformat(day + "T08:00:00+00:00"))


BOMB = gzip.compress(b" " * (64 << 20), 9)  # 64 MiB of spaces in ~64 KB


def handler_for(site: Site):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def send(self, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8", headers=()):
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in headers:
                self.send_header(name, value)
            if not any(name.lower() == "transfer-encoding" for name, _ in headers):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def redirect(self, location: str) -> None:
            self.send(302, b"", None, [("Location", location)])

        def do_GET(self):  # noqa: C901 (a router)
            site.requests.append(Request(self.path, self.headers.get("User-Agent", ""), time.monotonic()))
            path = self.path
            if path == "/robots.txt":
                if site.robots is None:
                    return self.send(404, b"not found")
                if site.robots == "500":
                    return self.send(500, b"oops")
                return self.send(200, site.robots.encode(), "text/plain")
            if path.startswith("/news/") and path.endswith(".html"):
                index = int(path[len("/news/"):-len(".html")])
                return self.send(200, article_html(site.articles[index]).encode("utf-8"))
            if path == "/private/secret.html":
                return self.send(200, article_html(site.articles[0]).encode("utf-8"))
            if path == "/plain.txt":
                return self.send(200, site.articles[1]["text"].encode("utf-8"), "text/plain; charset=utf-8")
            if path == "/latin1.html":
                body = article_html(site.articles[2]).replace("utf-8", "iso-8859-1").encode("latin-1", "replace")
                return self.send(200, body, "text/html; charset=iso-8859-1")
            if path == "/rss.xml":
                return self.send(200, site.rss().encode("utf-8"), "application/rss+xml")
            if path == "/rss-private.xml":  # one entry links to 10.0.0.1
                return self.send(200, site.rss(private_link=True).encode("utf-8"), "application/rss+xml")
            if path == "/atom.xml":
                return self.send(200, site.atom().encode("utf-8"), "application/atom+xml; charset=utf-8")
            if path == "/not-a-feed.xml":
                return self.send(200, b"<html><body><p>no feed here</p></body></html>", "text/html")
            if path == "/laughs.xml":
                lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
                    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">' for i in range(10)
                ) + ']><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>'
                return self.send(200, lol.encode(), "application/rss+xml")
            if path == "/big.html":  # 6 MB, announced
                return self.send(200, b"<p>" + b"Russia and France met. " * 280_000 + b"</p>")
            if path == "/big-chunked.html":  # 6 MB, not announced
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"<p>" + b"Russia and France met. " * 4000 + b"</p>"
                try:
                    for _ in range(70):
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                except OSError:
                    pass
                return None
            if path == "/bomb.html":
                return self.send(200, BOMB, "text/html", [("Content-Encoding", "gzip")])
            if path == "/image.png":
                return self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(2000), "image/png")
            if path == "/no-type":
                return self.send(200, b"<p>Russia and France met.</p>", None)
            if path == "/error":
                return self.send(503, b"try later")
            if path.startswith("/hop/"):  # /hop/N redirects N more times, then to an article
                n = int(path[len("/hop/"):])
                return self.redirect(f"/hop/{n - 1}" if n > 1 else "/news/0.html")
            if path == "/loop":
                return self.redirect("/loop")
            if path == "/to-elsewhere":
                return self.redirect(site.redirect_target)
            if path == "/to-ftp":
                return self.redirect("ftp://127.0.0.1/file.txt")
            if path == "/slow.html":
                time.sleep(3)
                return self.send(200, b"<p>late</p>")
            if path == "/trickle.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                try:
                    for _ in range(40):
                        self.wfile.write(b"<p>Russia</p>")
                        self.wfile.flush()
                        time.sleep(0.1)
                except OSError:
                    pass
                return None
            return self.send(404, b"not found")

    return Handler


class LocalSite:
    """The site served on 127.0.0.1 and a free port, in a thread; use as a context manager."""

    def __init__(self):
        self.site = Site()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_for(self.site))
        self.server.daemon_threads = True
        self.site.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self.site

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

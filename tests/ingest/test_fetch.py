"""Fetching pages and feeds (ingest/fetch.py) against a news site served on 127.0.0.1 by
this test (webserver.py): what is fetched with --allow-private, and what is refused and why.

No traffic leaves the machine: a safety net around socket.create_connection fails the test
on any connection to anything but 127.0.0.1, and host names other than the test's own
resolve only through the patched resolvers."""
from __future__ import annotations

import socket
import time

import pytest

from dyadwatch.ingest.fetch import Fetcher, FetchPolicy, address_problem, parse_feed
from dyadwatch.ingest.readers import RawDocument
from dyadwatch.model import Skip

from .webserver import LocalSite

pytest.importorskip("httpx", reason="fetching needs httpx")
pytest.importorskip("feedparser", reason="feeds need feedparser")


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch):
    """Fail on any connection attempt to an address other than 127.0.0.1 (whatever the
    guard under test decides), and on any system DNS lookup of a test host name."""
    real_connect, real_lookup = socket.create_connection, socket.getaddrinfo
    attempts = []

    def connect(address, *args, **kwargs):
        attempts.append(address)
        if address[0] != "127.0.0.1":
            raise AssertionError(f"the test tried to connect to {address}")
        return real_connect(address, *args, **kwargs)

    def lookup(host, *args, **kwargs):
        if isinstance(host, str) and host.endswith(".example"):
            raise AssertionError(f"{host} was looked up in the system resolver (a second resolution)")
        return real_lookup(host, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    return attempts


@pytest.fixture(scope="module")
def site():
    with LocalSite() as s:
        yield s


@pytest.fixture
def fetch(site):
    """A fetcher allowed to reach the local site (loopback) and nothing else private."""
    made = []

    def make(**policy):
        policy.setdefault("delay", 0)
        policy.setdefault("allow_private", True)
        fetcher = Fetcher(FetchPolicy(**policy))
        made.append(fetcher)
        return fetcher

    yield make
    for f in made:
        f.close()


def guarded(resolver=None, **policy):
    """A fetcher without --allow-private that may reach 127.0.0.1 only (the local site
    stands in for a public one), with an optional patched resolver."""
    policy.setdefault("delay", 0)
    return Fetcher(FetchPolicy(**policy), resolver=resolver, allowed_networks=["127.0.0.1/32"])


# --- what is fetched ---------------------------------------------------------------------

def test_pages_are_fetched_with_their_url_and_decoded(site, fetch):
    f = fetch()
    page = f.page(f"{site.base}/news/0.html")
    assert isinstance(page, RawDocument), page
    assert page.url == f"{site.base}/news/0.html" and page.id == page.url
    assert site.articles[0]["title"] in page.html
    text = f.page(f"{site.base}/plain.txt")
    assert isinstance(text, RawDocument) and text.text == site.articles[1]["text"]
    latin = f.page(f"{site.base}/latin1.html")
    assert isinstance(latin, RawDocument) and site.articles[2]["title"][:20] in latin.html


def test_every_request_names_dyadwatch_and_reads_robots_txt_first(site, fetch):
    site.requests.clear()
    fetch().page(f"{site.base}/news/1.html")
    assert site.paths()[:2] == ["/robots.txt", "/news/1.html"]
    assert all(r.user_agent.startswith("dyadwatch/") for r in site.requests)


def test_redirects_are_followed_up_to_five(site, fetch):
    page = fetch().page(f"{site.base}/hop/5")
    assert isinstance(page, RawDocument) and page.url == f"{site.base}/news/0.html"
    assert page.id == f"{site.base}/hop/5"


def test_requests_to_one_host_are_spaced_by_the_delay(site, fetch):
    f = fetch(delay=0.3)
    site.requests.clear()
    for i in range(3):
        assert isinstance(f.page(f"{site.base}/news/{i}.html"), RawDocument)
    times = [r.at for r in site.requests]  # robots.txt counts as a request to the host
    assert len(times) == 4
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.28, gaps


def test_rss_and_atom_feeds_give_their_linked_pages_with_dates_and_titles(site, fetch):
    f = fetch()
    items = list(f.feed(f"{site.base}/rss.xml"))
    pages = [i for i in items if isinstance(i, RawDocument)]
    assert [p.url for p in pages] == [f"{site.base}/news/{i}.html" for i in range(len(site.articles))]
    assert [p.pub_date for p in pages] == [a["pub_date"] for a in site.articles]
    assert [p.title for p in pages] == [a["title"] for a in site.articles]
    skips = {s.reason for s in items if isinstance(s, Skip)}
    assert skips == {"bad_url"}  # the entry without a link
    atom = [i for i in f.feed(f"{site.base}/atom.xml") if isinstance(i, RawDocument)]
    assert [p.pub_date for p in atom] == [a["pub_date"] for a in site.articles[:2]]


def test_ingest_and_code_fetch_urls_and_feeds(site, tmp_path, capsys):
    from dyadwatch.cli import main
    from dyadwatch.store import Store

    db = tmp_path / "web.duckdb"
    status = main(["ingest", f"{site.base}/news/0.html", "--feed", f"{site.base}/rss.xml", "--allow-private",
                   "--delay", "0", "--db", str(db)])
    err = capsys.readouterr().err
    assert status == 1, err  # the two bad feed entries are counted skips
    assert "bad_url: 1" in err and "blocked_address: 1" not in err
    with Store(db, create=False, read_only=True) as store:
        rows = store.con.execute("SELECT url, CAST(pub_date AS VARCHAR), title FROM documents ORDER BY url").fetchall()
        events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
    # news/0 is given twice (as INPUT and in the feed): the same content and URL, stored once
    urls = [r[0] for r in rows]
    assert sorted(set(urls)) == [f"{site.base}/news/{i}.html" for i in range(len(site.articles))]
    assert events > 0
    dated = {r[0]: r[1] for r in rows if r[1]}
    assert dated[f"{site.base}/news/1.html"] == site.articles[1]["pub_date"]

    status = main(["code", f"{site.base}/news/1.html", "--allow-private", "--delay", "0", "--pub-date", "2023-08-01"])
    out = capsys.readouterr()
    assert status == 0, out.err
    assert '"doc_id": "' + f"{site.base}/news/1.html" in out.out


# --- what is refused ---------------------------------------------------------------------

def test_loopback_is_refused_without_allow_private(site, tmp_path, capsys):
    from dyadwatch.cli import main

    site.requests.clear()
    page = Fetcher(FetchPolicy(delay=0)).page(f"{site.base}/news/0.html")
    assert isinstance(page, Skip) and page.reason == "blocked_address" and "loopback" in page.detail
    for url in ("http://localhost:1/x.html", "http://[::1]:1/x.html", "http://0.0.0.0:1/", "http://[::ffff:127.0.0.1]:1/",
                "http://2130706433:1/", "http://127.1:1/"):
        skip = Fetcher(FetchPolicy(delay=0)).page(url)
        assert isinstance(skip, Skip) and skip.reason in ("blocked_address", "bad_url", "fetch_error"), (url, skip)
        assert skip.reason != "fetch_error" or "resolve" in skip.detail, (url, skip)
    status = main(["ingest", f"{site.base}/news/0.html", "--db", str(tmp_path / "x.duckdb"), "--delay", "0"])
    err = capsys.readouterr().err
    assert status == 1 and "blocked_address" in err and "--allow-private" in err
    assert site.requests == []  # not even robots.txt was asked for


@pytest.mark.parametrize("target, problem", [
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://10.0.0.1/admin", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://[::1]:8080/", "loopback"),
    ("http://[fd00::1]/", "private"),
    ("http://[::ffff:10.0.0.1]/", "private"),
    ("http://0.0.0.0/", "unspecified"),
])
def test_a_redirect_to_a_private_address_is_refused(site, target, problem, only_loopback):
    site.redirect_target = target
    with guarded() as f:
        skip = f.page(f"{site.base}/to-elsewhere")
        assert isinstance(skip, Skip) and skip.reason == "blocked_address", skip
        assert problem in skip.detail
        assert [peer for _, peer in f.guard.connections] == ["127.0.0.1"]  # the site only
    assert all(address[0] == "127.0.0.1" for address in only_loopback)


def test_a_redirect_to_another_scheme_is_refused(site):
    with guarded() as f:
        skip = f.page(f"{site.base}/to-ftp")
    assert isinstance(skip, Skip) and skip.reason == "bad_url"


@pytest.mark.parametrize("addresses", [
    ["10.0.0.7"], ["172.16.5.4"], ["127.0.0.2"], ["169.254.0.1"], ["100.64.0.1"], ["224.0.0.251"], ["240.0.0.1"],
    ["::1"], ["fe80::1"], ["::ffff:192.168.0.1"], ["64:ff9b::a00:1"],
    ["93.184.216.34", "192.168.1.1"],  # one bad address among good ones is enough to refuse
])
def test_a_host_name_that_resolves_to_a_private_address_is_refused(site, addresses, only_loopback):
    calls = []

    def resolver(host, port):
        calls.append(host)
        return addresses

    with guarded(resolver, ignore_robots=True) as f:
        skip = f.page("http://news.example/world/article.html")
    assert isinstance(skip, Skip) and skip.reason == "blocked_address", skip
    assert "news.example" in skip.detail
    assert calls == ["news.example"] and only_loopback == []  # refused before any connection


def test_dns_rebinding_cannot_swap_the_checked_address(site, only_loopback):
    """The name is resolved once per connection and the socket opened to that very address:
    an answer that changes after the check (rebinding) is never used. Here the first answer
    is the (allowed) site and every later one a private address."""
    answers = []

    def resolver(host, port):
        answers.append(host)
        return ["127.0.0.1"] if len(answers) == 1 else ["10.0.0.1"]

    port = site.base.rsplit(":", 1)[1]
    with guarded(resolver, ignore_robots=True) as f:
        page = f.page(f"http://rebind.example:{port}/news/0.html")
        assert isinstance(page, RawDocument), page
        assert f.guard.connections == [("rebind.example", "127.0.0.1")]
    assert answers == ["rebind.example"]  # one resolution for one connection
    assert [a for a in only_loopback] == [("127.0.0.1", int(port))]  # the socket went to the checked address
    with guarded(resolver, ignore_robots=True) as f:  # a new connection resolves anew: refused
        skip = f.page(f"http://rebind.example:{port}/news/1.html")
    assert isinstance(skip, Skip) and skip.reason == "blocked_address"


@pytest.mark.parametrize("path", ["/big.html", "/big-chunked.html", "/bomb.html"])
def test_too_large_responses_and_compression_bombs_are_refused(site, fetch, path):
    started = time.monotonic()
    skip = fetch().page(site.base + path)
    assert isinstance(skip, Skip) and skip.reason == "too_large", skip
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("path", ["/image.png", "/no-type"])
def test_wrong_content_types_are_refused(site, fetch, path):
    skip = fetch().page(site.base + path)
    assert isinstance(skip, Skip) and skip.reason == "wrong_content_type", skip


def test_too_many_redirects_are_refused(site, fetch):
    for path in ("/loop", "/hop/6"):
        skip = fetch().page(site.base + path)
        assert isinstance(skip, Skip) and skip.reason == "too_many_redirects", skip


def test_http_errors_and_timeouts_are_counted_skips(site, fetch):
    f = fetch(timeout=0.8)
    assert f.page(site.base + "/error").reason == "http_status"
    assert f.page(site.base + "/missing.html").reason == "http_status"
    started = time.monotonic()
    assert f.page(site.base + "/slow.html").reason == "fetch_timeout"
    assert f.page(site.base + "/trickle.html").reason == "fetch_timeout"  # each read is quick; the whole is not
    assert time.monotonic() - started < 6


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/passwd", "http://", "http://[::1", "javascript:alert(1)",
                                 "http://127.0.0.1:99999/"])
def test_bad_urls_are_refused(fetch, url):
    skip = fetch().page(url)
    assert isinstance(skip, Skip) and skip.reason == "bad_url", skip


def test_robots_txt_is_obeyed_unless_ignored(site, fetch):
    skip = fetch().page(f"{site.base}/private/secret.html")
    assert isinstance(skip, Skip) and skip.reason == "robots_disallowed"
    assert isinstance(fetch(ignore_robots=True).page(f"{site.base}/private/secret.html"), RawDocument)
    site.requests.clear()
    fetch(ignore_robots=True).page(f"{site.base}/news/0.html")
    assert "/robots.txt" not in site.paths()


@pytest.mark.parametrize("robots, allowed", [(None, True), ("500", False), ("User-agent: dyadwatch\nDisallow: /news/\n", False),
                                             ("User-agent: *\nDisallow:\n", True)])
def test_robots_txt_missing_broken_or_specific(site, fetch, robots, allowed):
    site.robots = robots
    try:
        page = fetch().page(f"{site.base}/news/0.html")
    finally:
        from .webserver import ROBOTS

        site.robots = ROBOTS
    assert isinstance(page, RawDocument) == allowed, page
    if not allowed:
        assert page.reason == "robots_disallowed"


def test_feed_entries_are_fetched_under_the_same_rules(site):
    with guarded() as f:  # no --allow-private: the entry linking to 10.0.0.1 is refused
        items = list(f.feed(f"{site.base}/rss-private.xml"))
    reasons = sorted(i.reason for i in items if isinstance(i, Skip))
    assert reasons == ["bad_url", "blocked_address"]
    assert sum(isinstance(i, RawDocument) for i in items) == len(site.articles)


def test_what_is_not_a_feed_is_a_skip(site, fetch):
    f = fetch()
    assert [s.reason for s in f.feed(f"{site.base}/not-a-feed.xml")] in (["not_a_feed"], ["empty"])
    assert [s.reason for s in f.feed(f"{site.base}/image.png")] == ["wrong_content_type"]
    started = time.monotonic()
    items = list(f.feed(f"{site.base}/laughs.xml"))  # entity expansion ("billion laughs")
    assert time.monotonic() - started < 10
    assert all(isinstance(i, Skip) for i in items)


def test_feedparser_never_fetches_or_opens_files_itself():
    entries, problem = parse_feed(b"/etc/passwd", "http://example.org/")
    assert entries == [] and problem
    entries, problem = parse_feed(b"http://127.0.0.1:1/feed.xml", "http://example.org/")
    assert entries == [] and problem


@pytest.mark.parametrize("address, problem", [
    ("8.8.8.8", None), ("2606:4700:4700::1111", None), ("::ffff:8.8.8.8", None),
    ("127.0.0.1", "loopback"), ("127.255.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.1.2.3", "private"), ("172.31.0.1", "private"), ("192.168.0.1", "private"), ("fd12:3456::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("100.100.0.1", "shared"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("240.0.0.1", "private"), ("255.255.255.255", "private"), ("192.0.2.10", "private"),
    ("64:ff9b::7f00:1", "loopback"), ("2002:c0a8:1::", "private"), ("::ffff:169.254.1.1", "link-local"),
])
def test_address_classification(address, problem):
    found = address_problem(address)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found

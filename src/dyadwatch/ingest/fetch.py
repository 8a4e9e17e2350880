"""Fetching pages and feeds from the web, guarded (httpx; feeds with feedparser).

A news pipeline reads whatever the web serves, so a fetch is refused, as a counted skip
with its reason, rather than allowed to do harm:

- **Addresses.** Only http(s) URLs. The host name is resolved once per connection, every
  address it resolves to is checked, and the connection goes to the checked address (so a
  second DNS answer cannot swap in another one: no DNS rebinding). Loopback, private,
  link-local, shared (CGNAT), multicast, reserved and unspecified addresses, and IPv6
  addresses that embed one of these (IPv4-mapped, NAT64, 6to4, Teredo), are refused unless
  `allow_private` is set (reason `blocked_address`). The check runs for every connection,
  so for every redirect and for robots.txt too. No proxy from the environment is used.
- **Redirects** are followed by hand, at most `max_redirects` (reason `too_many_redirects`),
  each one checked as a new request (scheme, address, robots.txt, rate limit).
- **Size.** At most `max_bytes` (the reader's 5 MB document limit), checked against
  Content-Length first and counted while reading; gzip and deflate are inflated here,
  bounded, so a compression bomb stops at the cap (reason `too_large`).
- **Time.** Connect, read and write timeouts, and a deadline for the whole response
  (reason `fetch_timeout`).
- **Content type.** Pages must be text/html, application/xhtml+xml or text/plain; feeds
  RSS, Atom or XML (reason `wrong_content_type`).
- **Politeness.** A User-Agent naming dyadwatch; robots.txt is read once per host and
  obeyed (reason `robots_disallowed`; a robots.txt that cannot be read because of a server
  error or a network failure means "disallow all", as RFC 9309 says; a missing one (4xx)
  means "allow all") unless `ignore_robots` is set; at most one request per `delay`
  seconds per host (or the host's Crawl-delay, up to 30 s).
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from .. import __version__
from ..model import Skip
from .limits import BoundedDecoder, TooLarge, UnsupportedEncoding
from .readers import MAX_DOCUMENT_BYTES, RawDocument, decode

log = logging.getLogger("dyadwatch")

USER_AGENT = f"dyadwatch/{__version__} (news event coder; respects robots.txt)"
ROBOTS_AGENT = "dyadwatch"  # the token robots.txt groups are matched against
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "application/x-rss+xml", "application/feed+xml",
)
ROBOTS_TYPES = ("text/plain", "text/html", "application/octet-stream", "")  # robots.txt is often served carelessly
MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB
MAX_CRAWL_DELAY = 30.0
MAX_FEED_ENTRIES = 1000
REDIRECTS = (301, 302, 303, 307, 308)

Resolver = Callable[[str, int], list[str]]


class FetchRefused(Exception):
    """A fetch that is not made or not finished, with the reason of the skip."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class BlockedAddress(FetchRefused):
    def __init__(self, detail: str):
        super().__init__("blocked_address", detail)


# --- addresses --------------------------------------------------------------------------

_SHARED = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


def address_problem(address: str) -> str | None:
    """Why an IP address must not be fetched from by default ("loopback", "private", ...),
    or None for a global unicast address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is None and ip.sixtofour is not None:
            embedded = ip.sixtofour
        if embedded is None and ip.teredo is not None:
            embedded = ip.teredo[1]
        if embedded is not None:
            problem = address_problem(str(embedded))
            return f"{problem} (embedded in {ip})" if problem else None
        if ip in _NAT64_LOCAL:
            return "private"
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("shared (carrier-grade NAT)", isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("site-local", isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local),
        ("not global", not ip.is_global),
    )
    for name, hit in checks:
        if hit:
            return name
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses of a host name (getaddrinfo), in the order the system gives them."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused("fetch_error", f"cannot resolve {host}: {exc}") from exc
    out = []
    for info in infos:
        address = info[4][0]
        if address not in out:
            out.append(address)
    return out


@dataclass
class AddressGuard:
    """Resolves a host once, checks every address, and connects to a checked one."""

    allow_private: bool = False
    resolver: Resolver = system_resolver
    allowed: tuple = ()  # networks allowed even without allow_private (tests: the local server)
    connections: list = field(default_factory=list)  # (host, address) of every connection made

    def addresses(self, host: str, port: int) -> list[str]:
        host = host.strip("[]")
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            found = [host]
        except ValueError:
            found = self.resolver(host, port)
        if not found:
            raise FetchRefused("fetch_error", f"{host} has no address")
        if not self.allow_private:
            for address in found:
                problem = address_problem(address)
                if problem and not self._allowed(address):
                    shown = host if host == address else f"{host} ({address})"
                    raise BlockedAddress(f"{shown} is a {problem} address; give --allow-private to fetch from it")
        return found

    def _allowed(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        return any(ip in ipaddress.ip_network(n) for n in self.allowed)

    def check_peer(self, host: str, peer: str) -> None:
        """The address a connection actually reached (belt and braces)."""
        if not self.allow_private and address_problem(peer) and not self._allowed(peer):
            raise BlockedAddress(f"{host} connected to {peer}, a non-global address")
        self.connections.append((host, peer))


def _transport(guard: AddressGuard):
    """An httpx transport whose connections go through the guard: the host is resolved and
    checked once, and the socket is opened to the checked address (TLS still verifies the
    host name: httpcore takes SNI and the certificate check from the URL, not the address)."""
    import certifi
    import httpcore
    import httpx

    class GuardedBackend(httpcore.SyncBackend):
        def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
            last: Exception | None = None
            for address in guard.addresses(host, port):
                try:
                    stream = super().connect_tcp(address, port, timeout, local_address, socket_options)
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                    last = exc
                    continue
                sock = stream.get_extra_info("socket")
                try:
                    guard.check_peer(host, sock.getpeername()[0])
                except BlockedAddress:
                    stream.close()
                    raise
                return stream
            raise last or httpcore.ConnectError(f"cannot connect to {host}:{port}")

    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # the pool httpx would make, with our network backend
        ssl_context=ssl.create_default_context(cafile=certifi.where()),
        max_connections=10, max_keepalive_connections=5, keepalive_expiry=5.0,
        network_backend=GuardedBackend(),
    )
    return transport


# --- fetching ---------------------------------------------------------------------------

@dataclass
class FetchPolicy:
    allow_private: bool = False
    ignore_robots: bool = False
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 30.0  # connect / read timeout, and the deadline of a whole response
    max_bytes: int = MAX_DOCUMENT_BYTES
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes


class Fetcher:
    """Fetches pages and feeds under a FetchPolicy. Use as a context manager (or close())."""

    def __init__(self, policy: FetchPolicy | None = None, resolver: Resolver | None = None,
                 allowed_networks: Iterable[str] = (), clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        import httpx

        self.policy = policy or FetchPolicy()
        self.guard = AddressGuard(self.policy.allow_private, resolver or system_resolver, tuple(allowed_networks))
        t = self.policy.timeout
        self.client = httpx.Client(
            transport=_transport(self.guard), follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(connect=min(t, 10.0), read=t, write=t, pool=t),
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        self.clock, self.sleep = clock, sleep
        self.robots: dict[str, RobotFileParser] = {}
        self.last_request: dict[str, float] = {}
        self.requests: list[str] = []  # every URL requested (robots.txt included), in order

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # --- one request ---------------------------------------------------------------------

    def _wait_for(self, host: str) -> None:
        delay = self.policy.delay
        robots = self.robots.get(host)
        if robots is not None:
            crawl = robots.crawl_delay(ROBOTS_AGENT)
            if crawl:
                try:
                    delay = max(delay, min(float(crawl), MAX_CRAWL_DELAY))
                except (TypeError, ValueError):
                    pass
        last = self.last_request.get(host)
        if last is not None and delay > 0:
            wait = last + delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self.last_request[host] = self.clock()

    def _request(self, url: str, types: tuple[str, ...], max_bytes: int) -> Response:
        """One GET without following redirects: a Response (redirects included, with an
        empty body), or FetchRefused."""
        import httpx

        parts = _checked_url(url)
        self._wait_for(parts.netloc.lower())
        self.requests.append(url)
        deadline = time.monotonic() + self.policy.timeout
        try:
            with self.client.stream("GET", url) as response:
                status = response.status_code
                if status in REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchRefused("http_status", f"HTTP {status} without a Location")
                    return Response(urljoin(url, location.strip()), status, "", None, b"")
                if not 200 <= status < 300:
                    raise FetchRefused("http_status", f"HTTP {status}")
                content_type, charset = _content_type(response.headers.get("content-type", ""))
                if content_type not in types:
                    raise FetchRefused("wrong_content_type", f"{content_type or 'no Content-Type'}, expected {', '.join(t for t in types if t)}")
                length = response.headers.get("content-length")
                if length and length.strip().isdigit() and int(length) > max_bytes:
                    raise FetchRefused("too_large", f"Content-Length {int(length)} > {max_bytes} bytes")
                try:
                    decoder = BoundedDecoder(response.headers.get("content-encoding"), max_bytes)
                except UnsupportedEncoding as exc:
                    raise FetchRefused("fetch_error", str(exc)) from exc
                body, raw = [], 0
                for chunk in response.iter_raw():  # as the bytes arrive (the deadline is checked per read)
                    raw += len(chunk)
                    if raw > max_bytes:  # the wire size is capped too (identity or compressed)
                        raise FetchRefused("too_large", f"more than {max_bytes} bytes")
                    body.append(decoder.feed(chunk))
                    if time.monotonic() > deadline:
                        raise FetchRefused("fetch_timeout", f"the response took longer than {self.policy.timeout:g} s")
                body.append(decoder.flush())
                return Response(str(response.url), status, content_type, charset, b"".join(body))
        except TooLarge as exc:
            raise FetchRefused("too_large", str(exc)) from exc
        except ValueError as exc:  # a corrupt compressed body
            raise FetchRefused("fetch_error", str(exc)) from exc
        except httpx.TimeoutException as exc:
            raise FetchRefused("fetch_timeout", f"{type(exc).__name__}: {exc or 'timed out'}") from exc
        except httpx.HTTPError as exc:
            cause = exc.__cause__ or exc.__context__
            while cause is not None and not isinstance(cause, FetchRefused):
                cause = cause.__cause__ or cause.__context__
            if isinstance(cause, FetchRefused):
                raise cause from None
            raise FetchRefused("fetch_error", f"{type(exc).__name__}: {exc}") from exc

    def get(self, url: str, types: tuple[str, ...], max_bytes: int | None = None, robots: bool = True) -> Response:
        """GET with redirects followed by hand, each hop checked; FetchRefused otherwise."""
        max_bytes = max_bytes or self.policy.max_bytes
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if robots and not self.policy.ignore_robots:
                self._check_robots(current)
            response = self._request(current, types, max_bytes)
            if response.status not in REDIRECTS:
                return response
            current = response.url
        raise FetchRefused("too_many_redirects", f"more than {self.policy.max_redirects} redirects from {url}")

    # --- robots.txt ----------------------------------------------------------------------

    def _check_robots(self, url: str) -> None:
        parts = _checked_url(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        rules = self.robots.get(parts.netloc.lower())
        if rules is None:
            rules = self._load_robots(key)
            self.robots[parts.netloc.lower()] = rules
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise FetchRefused("robots_disallowed", f"robots.txt of {key} disallows {url}")

    def _load_robots(self, origin: str) -> RobotFileParser:
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            response = self.get(origin + "/robots.txt", ROBOTS_TYPES + PAGE_TYPES, MAX_ROBOTS_BYTES, robots=False)
        except BlockedAddress:
            raise
        except FetchRefused as exc:
            if exc.reason == "http_status" and exc.detail.startswith("HTTP 4"):
                rules.allow_all = True  # no robots.txt: everything is allowed
            elif exc.reason in ("wrong_content_type",):
                rules.allow_all = True  # not a robots.txt (an image, an HTML error page): none
            elif exc.reason == "too_large":
                rules.allow_all = True  # RFC 9309 would parse the first 500 KiB; we allow all
            else:
                rules.disallow_all = True  # unreachable (5xx, network): RFC 9309 says disallow all
            rules.modified()
            return rules
        rules.parse(_robots_lines(response.body))
        return rules

    # --- pages and feeds -----------------------------------------------------------------

    def page(self, url: str, doc_id: str | None = None, title: str | None = None, pub_date: str | None = None) -> RawDocument | Skip:
        """One page as a raw document (HTML or text), or a skip with the reason."""
        doc_id = doc_id or url
        try:
            response = self.get(url, PAGE_TYPES)
            text = _decode(response.body, response.charset)
        except FetchRefused as exc:
            return Skip(doc_id, url, exc.reason, exc.detail)
        except ValueError as exc:
            return Skip(doc_id, url, "binary" if "binary" in str(exc) else "undecodable", str(exc))
        if not text.strip():
            return Skip(doc_id, url, "empty", "the page is empty")
        kind = "text" if response.content_type == "text/plain" else "html"
        return RawDocument(doc_id, url, url=response.url, title=title, pub_date=pub_date, **{kind: text})

    def feed(self, url: str) -> Iterator[RawDocument | Skip]:
        """The pages that an RSS or Atom feed links to (each fetched under the same rules),
        with the entry's title and publication date."""
        try:
            response = self.get(url, FEED_TYPES + ("text/html", "text/plain"))
        except FetchRefused as exc:
            yield Skip(url, url, exc.reason, exc.detail)
            return
        entries, problem = parse_feed(response.body, response.url)
        if problem:
            yield Skip(url, url, "not_a_feed", problem)
            return
        if not entries:
            yield Skip(url, url, "empty", "the feed has no entries")
            return
        for link, title, pub_date in entries:
            if not link:
                yield Skip(title or url, url, "bad_url", "a feed entry without a link")
                continue
            yield self.page(link, title=title, pub_date=pub_date)


def parse_feed(body: bytes, base_url: str) -> tuple[list[tuple[str | None, str | None, str | None]], str | None]:
    """(entries as (link, title, YYYY-MM-DD or None), problem). Never lets feedparser fetch
    anything itself: it gets the bytes as a file object."""
    import io

    try:
        import feedparser
    except ImportError:
        return [], "reading feeds needs feedparser: pip install feedparser"
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base_url},
                                  resolve_relative_uris=False, sanitize_html=False)
    except Exception as exc:  # a parser failure is a skip, not a crash
        return [], f"the feed cannot be parsed: {type(exc).__name__}: {exc}"
    if not parsed.get("entries") and parsed.get("bozo") and not parsed.get("feed"):
        return [], f"not an RSS or Atom feed: {parsed.get('bozo_exception')}"
    entries = []
    for entry in parsed.get("entries", [])[:MAX_FEED_ENTRIES]:
        link = entry.get("link")
        if isinstance(link, str) and link.strip():
            link = urljoin(base_url, link.strip())
            if urlsplit(link).scheme not in ("http", "https"):
                link = None
        else:
            link = None
        title = entry.get("title") if isinstance(entry.get("title"), str) else None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        pub = None
        if stamp:
            try:
                pub = dt.date(stamp[0], stamp[1], stamp[2]).isoformat()
            except (TypeError, ValueError, IndexError):
                pub = None
        entries.append((link, title, pub))
    return entries, None


def _checked_url(url: str):
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError as exc:
        raise FetchRefused("bad_url", f"not a URL: {url!r} ({exc})") from exc
    if parts.scheme not in ("http", "https"):
        raise FetchRefused("bad_url", f"only http and https URLs are fetched, not {url!r}")
    if not parts.hostname:
        raise FetchRefused("bad_url", f"no host in {url!r}")
    return parts


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return kind.strip().lower(), charset


def _decode(body: bytes, charset: str | None) -> str:
    if charset:
        try:
            text = body.decode(charset)
            if "\x00" not in text[:8192]:
                return text
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body)


def _robots_lines(body: bytes) -> list[str]:
    return body.decode("utf-8", errors="replace").splitlines()


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def read_sources(inputs: list[str], feeds: Iterable[str] = (), fetcher: Fetcher | None = None, stdin=None) -> Iterator[RawDocument | Skip]:
    """Raw documents (or skips) from files, folders, '-', page URLs (in INPUT) and feeds
    (--feed), in that order; URLs need a fetcher."""
    from .readers import read_inputs

    for item in inputs:
        if is_url(item):
            yield fetcher.page(item) if fetcher else Skip(item, item, "bad_url", "fetching is not enabled here")
        else:
            yield from read_inputs([item], stdin=stdin)
    for url in feeds:
        if fetcher is None:
            yield Skip(url, url, "bad_url", "fetching is not enabled here")
        else:
            yield from fetcher.feed(url)

"""The stages composed in order, with counters: read -> extract -> detect -> code.

Every stage up to coding is a pure function of one document, so the same Pipeline runs
in-process, in a pool or on a cluster. A document that cannot be processed becomes a
Skip with its reason; the batch goes on.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .coding import Coder
from .detect import identify_language, split_sentences, supported
from .extract import ExtractionError, html_to_text, segment
from .ingest.readers import MAX_DOCUMENT_BYTES, RawDocument, clean_text
from .knowledge.user_actors import ActorSet
from .model import Document, Event, Skip

log = logging.getLogger("dyadwatch")


class SkipDocument(Exception):
    def __init__(self, reason: str, detail: str = ""):
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


class DocumentTimeout(BaseException):
    """Raised inside a document's processing when its time is up (a BaseException, so that
    the `except Exception` of library code does not swallow it)."""


def _time_up(signum, frame):  # noqa: ARG001
    raise DocumentTimeout()


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Interrupt the block with DocumentTimeout after `seconds` of wall-clock time (SIGALRM: in the
    main thread, between Python byte codes; elsewhere, or without seconds, no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _time_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _clean_or_none(value):
    return clean_text(str(value)) if value else None


@dataclass
class Result:
    document: Document
    events: list[Event]


@dataclass
class Pipeline:
    """Turns raw documents into coded documents; counts what happens at each stage."""

    lang: str = "auto"
    pub_date: dt.date | None = None
    keep_all_modalities: bool = False
    counters: Counter = field(default_factory=Counter)
    skips: list[Skip] = field(default_factory=list)
    actors: ActorSet | None = None  # user dictionaries (--actors, dyadwatch.toml)
    timeout: float | None = None  # per-document time limit of run() (seconds; reason `timeout`)
    domestic: bool = False  # also events within one state and with non-state actors (--domestic)

    def __post_init__(self) -> None:
        self.coder = Coder(keep_all_modalities=self.keep_all_modalities, actors=self.actors, domestic=self.domestic)

    def run(self, items: Iterable[RawDocument | Skip]) -> Iterator[Result]:
        """Coded documents, in input order; skips are counted and kept in self.skips."""
        for item in items:
            self.counters["inputs"] += 1
            if isinstance(item, Skip):
                self._skip(item)
                continue
            try:
                result = self.process_limited(item)
            except SkipDocument as exc:
                self._skip(Skip(item.id, item.origin, exc.reason, exc.detail))
                continue
            except Exception as exc:  # a bug must not stop the batch; it is counted and logged
                log.exception("document %s failed", item.id)
                self._skip(Skip(item.id, item.origin, "internal_error", f"{type(exc).__name__}: {exc}"))
                continue
            self.counters["documents_coded"] += 1
            self.counters["events"] += len(result.events)
            yield result

    def _skip(self, skip: Skip) -> None:
        self.counters["skipped"] += 1
        self.counters[f"skipped:{skip.reason}"] += 1
        self.skips.append(skip)
        log.warning("skipped %s (%s): %s %s", skip.doc_id, skip.origin, skip.reason, skip.detail)

    def process_limited(self, raw: RawDocument) -> Result:
        """process() within the time limit (`timeout`): a document that takes longer is
        skipped with reason `timeout`."""
        if not self.timeout:
            return self.process(raw)
        try:
            try:
                with time_limit(self.timeout):
                    return self.process(raw)
            except DocumentTimeout:
                pass
        except DocumentTimeout:  # the timer fired while the limit was being lifted
            pass
        raise SkipDocument("timeout", f"took longer than {self.timeout:g} s")

    def process(self, raw: RawDocument) -> Result:
        """One raw document through every stage."""
        doc = self.to_document(raw)
        doc.blocks = segment(doc)
        self.counters["boilerplate_lines"] += sum(1 for b in doc.blocks if b.kind == "boilerplate")
        body = " ".join(doc.text[b.start : b.end] for b in doc.blocks if b.kind != "boilerplate")
        if not body.strip():
            raise SkipDocument("empty", "no text left after removing boilerplate")
        doc.lang = self.detect_language(raw, body)
        doc.sentences = split_sentences(doc.text, doc.blocks, doc.lang)
        self.counters["sentences"] += len(doc.sentences)
        return Result(doc, self.coder.code(doc))

    def to_document(self, raw: RawDocument) -> Document:
        meta: dict = {}
        size = len(raw.text or "") + len(raw.html or "")
        if size > 2 * MAX_DOCUMENT_BYTES:  # the readers keep to MAX_DOCUMENT_BYTES; this guards the Python API
            raise SkipDocument("too_large", f"{size} characters")
        if raw.text is not None and raw.text.strip():
            text = raw.text
        elif raw.html:
            try:
                text, meta = html_to_text(clean_text(raw.html.replace("\x00", " ") if "\x00" in raw.html else raw.html))
            except ExtractionError as exc:
                raise SkipDocument("no_main_text", str(exc)) from exc
        else:
            raise SkipDocument("empty", "the document has no text")
        if len(text) > MAX_DOCUMENT_BYTES:
            raise SkipDocument("too_large", f"{len(text)} characters")
        if "\x00" in text:
            text = text.replace("\x00", " ")
        text = clean_text(text)  # lone surrogates (no encoder takes them) become U+FFFD
        pub, pub_source = self.publication_date(raw.pub_date or meta.get("date"))
        return Document(
            id=clean_text(str(raw.id)),
            text=text,
            pub_date=pub,
            pub_date_source=pub_source,
            url=_clean_or_none(raw.url or meta.get("url")),
            title=_clean_or_none(raw.title or meta.get("title")),
            origin=clean_text(str(raw.origin)),
        )

    def publication_date(self, value: str | None) -> tuple[dt.date, str]:
        if value:
            try:
                return dt.date.fromisoformat(str(value)[:10]), "given"
            except ValueError as exc:
                raise SkipDocument("bad_pub_date", f"pub_date {value!r} is not YYYY-MM-DD") from exc
        if self.pub_date:
            return self.pub_date, "option"
        self.counters["pub_date_assumed_today"] += 1
        return dt.date.today(), "assumed"

    def detect_language(self, raw: RawDocument, body: str) -> str:
        forced = raw.lang or (None if self.lang == "auto" else self.lang)
        if forced:
            lang = forced.lower()[:2]
            if not supported(lang):
                raise SkipDocument("unsupported_language", f"language {forced!r} is not supported")
            return lang
        lang, _ = identify_language(body)
        if not supported(lang):
            raise SkipDocument("unsupported_language", f"detected language {lang!r} is not supported")
        return lang

"""The records that flow through the pipeline."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class Block:
    """A line or paragraph of a document's text, classified."""

    start: int
    end: int
    kind: str  # title | heading | paragraph | boilerplate
    reason: str = ""  # why a boilerplate block was removed (teaser, comment_form, ...)


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    block_kind: str = "paragraph"
    paragraph: int = 0


@dataclass(slots=True)
class Document:
    id: str
    text: str
    lang: str | None = None
    pub_date: dt.date | None = None
    pub_date_source: str = "given"  # given | assumed
    url: str | None = None
    title: str | None = None
    origin: str = ""  # file or input it came from
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[tuple[int, "Mention"]] = field(default_factory=list)  # (sentence index, mention)

    def removed(self) -> list[dict]:
        """Boilerplate removed from the text, with the reason (provenance)."""
        return [
            {"start": b.start, "end": b.end, "reason": b.reason, "text": self.text[b.start : b.end]}
            for b in self.blocks
            if b.kind == "boilerplate"
        ]

    def headings(self) -> list[str]:
        return [self.text[b.start : b.end] for b in self.blocks if b.kind in ("title", "heading")]


@dataclass(slots=True)
class Mention:
    """An actor (or place) named in a sentence; offsets are document offsets."""

    start: int
    end: int
    text: str
    country: str | None  # ISO alpha-3 or organisation code
    role: str = ""  # CAMEO role: GOV, MIL, MED, ...
    kind: str = ""  # country | adjective | demonym | capital | seat | org | person | agent | group
    name: str = ""  # canonical name of the actor
    former: bool = False
    media: bool = False
    place: bool = False  # used as a place ("in Pjöngjang"), not as an actor
    first_token: int = 0
    last_token: int = 0
    members: tuple[str, ...] = ()  # for group anaphora: the countries referred to


@dataclass(slots=True)
class Event:
    doc_id: str
    event_id: str
    source_country: str
    source_role: str
    source_name: str
    target_country: str
    target_role: str
    target_name: str
    code: str
    root_code: str
    quad_class: int
    goldstein: float
    date: str
    date_precision: str
    date_source: str
    modality: str
    location: dict | None
    sentence_index: int
    evidence: str
    evidence_start: int
    evidence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    rule: str
    confidence: float
    plover_type: str = ""  # PLOVER event type of the CAMEO code (empty: 01/02, dropped in PLOVER)
    plover_mode: str = ""  # PLOVER mode of that type, where the code implies one
    lang: str = ""
    sentence: str = ""

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(slots=True)
class Skip:
    """A document that could not be coded, with the reason."""

    doc_id: str
    origin: str
    reason: str
    detail: str = ""

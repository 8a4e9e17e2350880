"""Response shapes of the REST API (they make the OpenAPI schema, and schemathesis checks
every response against them)."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorItem(BaseModel):
    loc: list[str | int] = Field(description="where the problem is, e.g. ['query', 'since']")
    msg: str
    type: str


class Problem(BaseModel):
    """Every error: a sentence for people, and for invalid parameters the list of problems."""

    detail: str
    errors: list[ErrorItem] | None = None


class Health(BaseModel):
    status: str
    version: str
    read_only: bool
    store: str = Field(description="file name of the store")
    documents: int
    events: int = Field(description="event reports (one per document that reports an event)")
    merged_events: int = Field(description="events merged across outlets")
    first_pub_date: str | None
    last_pub_date: str | None
    aggregates_stale: bool = Field(description="documents were added after the merged events were built (run `dyadwatch events --db ...` once to rebuild)")


class Root(BaseModel):
    code: str
    label: str


class QuadClass(BaseModel):
    quad: int
    label: str


class Language(BaseModel):
    code: str
    name: str
    in_store: bool


class Vocabulary(BaseModel):
    roots: list[Root]
    quad_classes: list[QuadClass]
    languages: list[Language]
    sorts: list[str]


class Actor(BaseModel):
    code: str
    name: str | None
    events: int = Field(description="merged events with this actor as source or target")


class ActorList(BaseModel):
    actors: list[Actor]


class Dyad(BaseModel):
    a: str
    b: str
    a_name: str | None
    b_name: str | None
    events: int
    cooperation: int
    conflict: int


class DyadList(BaseModel):
    dyads: list[Dyad]


class EventItem(BaseModel):
    ref: str | None = Field(description="the id to ask /api/events/{ref} for: the merged id, or <doc_key>-<ordinal> for a report")
    merged_id: str | None
    doc_key: str | None
    ordinal: int | None
    doc_id: str | None
    title: str | None
    date: str | None
    date_precision: str | None
    source_country: str | None
    source_role: str | None
    source_name: str | None
    source_label: str | None
    target_country: str | None
    target_role: str | None
    target_name: str | None
    target_label: str | None
    code: str | None
    code_label: str | None
    root_code: str | None
    quad_class: int | None
    goldstein: float | None
    modality: str | None
    evidence: str | None
    trigger: str | None
    confidence: float | None
    lang: str | None
    url: str | None
    host: str | None
    pub_date: str | None
    location: dict[str, Any] | None
    num_mentions: int | None
    num_sources: int | None
    num_articles: int | None
    num_documents: int | None


class EventPage(BaseModel):
    total: int = Field(description="rows matching the filters")
    offset: int
    limit: int
    merged: bool
    sort: str
    items: list[EventItem]


class Report(BaseModel):
    """One document's report of an event: its coding and evidence (offsets into the
    document's text)."""

    ref: str
    ordinal: int
    event_id: str | None
    date: str | None
    date_precision: str | None
    date_source: str | None
    source_country: str | None
    source_role: str | None
    source_name: str | None
    target_country: str | None
    target_role: str | None
    target_name: str | None
    code: str | None
    code_label: str | None
    modality: str | None
    sentence_index: int | None
    sentence: str | None
    evidence: str | None
    evidence_start: int | None
    evidence_end: int | None
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    rule: str | None
    confidence: float | None


class DocumentReports(BaseModel):
    doc_key: str
    doc_id: str | None
    title: str | None
    url: str | None
    host: str | None
    pub_date: str | None
    lang: str | None
    is_copy: bool = Field(description="a near-duplicate (syndicated copy) of an earlier document")
    group_key: str | None
    reports: list[Report]


class EventDetail(BaseModel):
    ref: str
    merged: bool
    event: EventItem
    representative: str = Field(description="the report whose fields the merged event shows")
    documents: list[DocumentReports] = Field(description="every document that reports the event, earliest first")


class Removed(BaseModel):
    start: int
    end: int
    reason: str


class DocEvent(BaseModel):
    ref: str
    merged_id: str | None
    code: str | None
    code_label: str | None
    source_country: str | None
    target_country: str | None
    date: str | None
    modality: str | None
    sentence_index: int | None
    evidence_start: int | None
    evidence_end: int | None
    trigger_start: int | None
    trigger_end: int | None


class MentionSpan(BaseModel):
    start: int
    end: int
    text: str | None
    country: str | None
    role: str | None
    kind: str | None


class Segment(BaseModel):
    """A stretch of the text [start, end) and what covers it."""

    start: int
    end: int
    removed: str | None = Field(description="reason the stretch was removed as boilerplate, or null")
    events: list[str] = Field(description="refs of the reports whose evidence covers the stretch")
    triggers: list[str] = Field(description="refs of the reports whose trigger covers the stretch")
    actor: str | None = Field(description="actor code of a mention covering the stretch, or null")


class DocumentDetail(BaseModel):
    doc_key: str
    doc_id: str | None
    title: str | None
    url: str | None
    host: str | None
    lang: str | None
    pub_date: str | None
    pub_date_source: str | None
    is_copy: bool
    group_key: str | None
    text: str = Field(description="the text all offsets refer to, boilerplate included")
    length: int
    removed: list[Removed]
    headings: list[str]
    events: list[DocEvent]
    mentions: list[MentionSpan]
    segments: list[Segment] = Field(description="the text cut into consecutive stretches covering it whole")


class Period(BaseModel):
    period: str
    start: str
    end: str
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    coverage: int = Field(description="articles about either actor in the period")
    index: float | None = Field(description="Goldstein sum / coverage; null without coverage and events")
    ci_low: float | None
    ci_high: float | None
    a_to_b: int
    b_to_a: int


class TurnModel(BaseModel):
    period: str
    start: str
    kind: str = Field(description="rapprochement or estrangement")
    before: float
    after: float
    shift: float
    p_value: float


class Relation(BaseModel):
    a: str
    b: str
    a_name: str | None
    b_name: str | None
    by: str
    alpha: float
    since: str | None
    until: str | None
    events: int
    periods: list[Period]
    turns: list[TurnModel]


class PeriodEvents(BaseModel):
    a: str
    b: str
    by: str
    period: str
    start: str
    end: str
    total: int
    items: list[EventItem]


class PartnerModel(BaseModel):
    actor: str
    name: str | None
    cooperation: int
    conflict: int
    events: int
    goldstein_mean: float
    score: float
    community: int


class Partners(BaseModel):
    actor: str
    name: str | None
    community: int
    bloc: list[str] = Field(description="the actors of the actor's community")
    total: int
    partners: list[PartnerModel]


class Node(BaseModel):
    id: str
    name: str | None
    community: int
    degree: int
    events: int


class Edge(BaseModel):
    a: str
    b: str
    cooperation: int
    conflict: int
    events: int
    goldstein_sum: float
    score: float


class NetworkModel(BaseModel):
    nodes: list[Node]
    edges: list[Edge]
    total_edges: int

"""Pipeline invariants on arbitrary input: no crash, evidence inside the text, idempotence."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.ingest.readers import RawDocument
from dyadwatch.pipeline import Pipeline, SkipDocument

WORDS = [
    "Russland", "Nordkorea", "Putin", "beschuldigte", "traf", "die", "USA", "am", "Montag", "Ende", "Juli",
    "verurteilte", "Frankreich", "Niger", "und", ",", ".", "\n\n", "Lesen Sie auch", "nicht", "1945",
    "Moscow", "accused", "China", "met", "with", "Kiev", "a", "condamné", "l'Algérie", "Maroc", "«", "»",
]

text_strategy = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_strategy, lang=st.sampled_from(["de", "en", "fr", None]))
def test_no_crash_and_evidence_inside_the_text(text, lang):
    pipeline = Pipeline(keep_all_modalities=True)
    try:
        result = pipeline.process(RawDocument("p", "prop", text=text, pub_date="2023-08-15", lang=lang))
    except SkipDocument:
        return
    for e in result.events:
        assert 0 <= e.evidence_start <= e.trigger_start < e.trigger_end <= e.evidence_end <= len(text)
        assert text[e.evidence_start : e.evidence_end] == e.evidence
        assert e.source_country and e.target_country and e.source_country != e.target_country


@settings(max_examples=40, deadline=None)
@given(text=st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_coding_is_deterministic(text):
    raw = RawDocument("p", "prop", text=text, pub_date="2023-08-15", lang="de")
    try:
        first = [e.to_dict() for e in Pipeline().process(raw).events]
        second = [e.to_dict() for e in Pipeline().process(raw).events]
    except SkipDocument:
        return
    assert first == second


def test_batch_counts_skips_and_goes_on():
    pipeline = Pipeline()
    raws = [
        RawDocument("a", "t", text="", pub_date="2023-01-01"),
        RawDocument("b", "t", text="Die USA beschuldigten Nordkorea am Montag.", pub_date="2023-08-15"),
        RawDocument("c", "t", text="Text", pub_date="15.08.2023"),
    ]
    results = list(pipeline.run(raws))
    assert [r.document.id for r in results] == ["b"]
    assert pipeline.counters["skipped"] == 2
    assert {s.reason for s in pipeline.skips} == {"empty", "bad_pub_date"}

"""One event across many outlets: merging rules, counts, and invariants."""
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.aggregate.merge import EventMention, date_span, merge_events


def m(doc, ordinal=0, source="RUS", target="PRK", root="04", date="2023-10-18", precision="day", place="", host=None, group="", code=None, pub="2023-10-19"):
    return EventMention(doc, ordinal, source, target, root, code or root + "2", date, precision, place, "", 1, 1.9,
                        pub_date=pub, host=host or f"{doc}.example", group=group)


def test_date_spans():
    assert date_span("2023-10-18", "day")[0].isoformat() == "2023-10-18"
    first, last = date_span("2023-02", "month")
    assert (first.isoformat(), last.isoformat()) == ("2023-02-01", "2023-02-28")
    assert date_span("2024", "year")[1].isoformat() == "2024-12-31"
    assert date_span("garbage", "day") is None


def test_reports_of_one_event_merge_with_gdelt_counts():
    merged = merge_events([
        m("a", 0), m("a", 1, date="2023-10-19"),  # two mentions in one article
        m("b", date="2023-10-19"), m("c", date="2023-10-18"),
        m("copy-of-c", group="c", host="other.example"),  # syndicated copy of c
    ])
    assert len(merged) == 1
    e = merged[0]
    assert e.num_articles == 3  # a, b, c (the copy is the same article as c)
    assert e.num_documents == 4
    assert e.num_mentions == 4  # 2 in a, 1 in b, 1 in c (the copy repeats c's)
    assert e.num_sources == 4  # a, b, c and the copy's outlet
    assert e.date == "2023-10-18"


def test_different_dyads_roots_and_distant_dates_stay_apart():
    merged = merge_events([
        m("a"), m("b", source="PRK", target="RUS"), m("c", root="05"), m("d", date="2023-11-14"), m("e", date="2023-10-22"),
    ])
    assert len(merged) == 5


def test_window_is_anchored_on_the_first_date_so_daily_reports_do_not_chain():
    days = [f"2023-10-{d:02d}" for d in range(1, 15)]
    merged = merge_events([m(f"d{i}", date=d) for i, d in enumerate(days)], window_days=3)
    assert [len(e.members) for e in merged] == [4, 4, 4, 2]


def test_places_in_different_countries_split_and_unplaced_reports_join_the_largest():
    merged = merge_events([m("a", place="PRK"), m("b", place="PRK"), m("c", place="RUS"), m("d")])
    sizes = sorted((e.place, len(e.members)) for e in merged)
    assert sizes == [("PRK", 3), ("RUS", 1)]


def test_month_dates_join_the_single_day_event_of_their_month_or_stay_apart():
    one = merge_events([m("a"), m("b", date="2023-10", precision="month")])
    assert len(one) == 1 and one[0].date == "2023-10-18" and one[0].precision == "day"
    two = merge_events([m("a"), m("b", date="2023-10-28"), m("c", date="2023-10", precision="month"), m("d", date="2023-10", precision="month")])
    assert sorted(len(e.members) for e in two) == [1, 1, 2]


mentions = st.lists(
    st.builds(
        m,
        doc=st.sampled_from(["a", "b", "c", "d", "e"]),
        ordinal=st.integers(0, 3),
        source=st.sampled_from(["RUS", "PRK"]),
        target=st.sampled_from(["PRK", "CHN"]),
        root=st.sampled_from(["04", "11"]),
        date=st.sampled_from(["2023-10-01", "2023-10-03", "2023-10-06", "2023-10-30", "2023-10", "2023", "2023-11-02"]),
        precision=st.sampled_from(["day", "month", "year"]),
        place=st.sampled_from(["", "", "PRK", "RUS"]),
    ).map(lambda x: EventMention(**{**{f: getattr(x, f) for f in x.__slots__}, "group": "a" if x.doc_key in ("a", "c") else ""})),
    max_size=25,
    unique_by=lambda x: x.key,
)


@settings(max_examples=120, deadline=None)
@given(mentions, st.randoms(use_true_random=False))
def test_merging_is_a_partition_independent_of_order_and_counts_are_consistent(items, rnd):
    merged = merge_events(items)
    keys = [x.key for e in merged for x in e.members]
    assert sorted(keys) == sorted(x.key for x in items)  # every mention in exactly one event
    for e in merged:
        assert {(x.source, x.target, x.root) for x in e.members} == {(e.source, e.target, e.root)}
        assert 1 <= e.num_articles <= e.num_documents <= e.num_mentions + e.num_documents
        assert e.num_articles <= e.num_mentions <= len(e.members)
        assert 1 <= e.num_sources <= e.num_documents
        assert len({x.place for x in e.members if x.place}) <= 1
    shuffled = list(items)
    rnd.shuffle(shuffled)
    again = merge_events(shuffled)
    assert [(e.merged_id, sorted(x.key for x in e.members)) for e in again] == [(e.merged_id, sorted(x.key for x in e.members)) for e in merged]

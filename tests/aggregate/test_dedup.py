"""Near-duplicate documents: MinHash signatures, the LSH index, and grouping."""
import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.aggregate.dedup import NearDuplicateIndex, from_bytes, groups, shingles, signature, similarity, to_bytes

ORIGINAL = (
    "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit. "
    "He is expected to discuss closer cooperation with North Korean officials, the foreign ministry in Moscow said. "
    "It is his first visit to North Korea since 2018, and observers expect talks on trade, tourism and security."
)
COPY = ORIGINAL.replace("the foreign ministry in Moscow said", "state media said") + " Neither side gave details."
OTHER_REPORT = (
    "Sergei Lavrov, Russia's top diplomat, landed in the North Korean capital this week. "
    "Officials in Pyongyang greeted him at the airport before talks about economic ties and the war in Ukraine."
)


def test_shingles_are_lowercased_word_trigrams():
    assert shingles("A b C d") == {b"a b c", b"b c d"}
    assert shingles("Two words") == {b"two words"}
    assert shingles("...") == set()


def test_a_syndicated_copy_is_similar_an_independent_report_is_not():
    a, b, c = signature(ORIGINAL), signature(COPY), signature(OTHER_REPORT)
    assert similarity(a, b) >= 0.6
    assert similarity(a, c) < 0.2
    assert signature("!!!") is None


def test_signatures_survive_the_store_round_trip():
    sig = signature(ORIGINAL)
    assert (from_bytes(to_bytes(sig)) == sig).all()


def test_the_index_finds_the_copy_only():
    index = NearDuplicateIndex()
    index.add("original", signature(ORIGINAL))
    index.add("other", signature(OTHER_REPORT))
    found = index.query(signature(COPY))
    assert [k for k, _ in found] == ["original"]
    index.remove("original")
    assert index.query(signature(COPY)) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=15))
def test_groups_are_the_connected_components_with_the_earliest_as_canonical(edges):
    keys = [f"d{i}" for i in range(10)]
    order = {k: (f"2023-01-{10 - i:02d}",) for i, k in enumerate(keys)}  # d9 is the earliest
    links = [(f"d{a}", f"d{b}") for a, b in edges]
    result = groups(keys, links, order)
    graph = nx.Graph()
    graph.add_nodes_from(keys)
    graph.add_edges_from(links)
    for component in nx.connected_components(graph):
        canonical = min(component, key=lambda k: order[k])
        assert {result[k] for k in component} == {canonical}

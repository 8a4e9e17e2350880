"""Partners and the alignment network."""
import networkx as nx

from dyadwatch.aggregate.network import Interaction, alignment_graph, communities_of, partners, relations, write_graphml


def events():
    out = []
    out += [Interaction("RUS", "PRK", 1, 4.0)] * 6 + [Interaction("PRK", "RUS", 2, 7.0)] * 3
    out += [Interaction("RUS", "CHN", 1, 3.0)] * 2
    out += [Interaction("USA", "RUS", 3, -4.0)] * 4 + [Interaction("RUS", "USA", 1, 1.0)]
    out += [Interaction("USA", "KOR", 1, 3.0)] * 5 + [Interaction("JPN", "KOR", 1, 3.0)] * 3 + [Interaction("USA", "JPN", 2, 6.0)] * 2
    out += [Interaction("NER", "NER", 1, 1.0), Interaction("", "RUS", 1, 1.0)]  # ignored
    return out


def test_relations_count_cooperation_and_conflict_per_pair():
    rels = relations(events())
    r = rels[("PRK", "RUS")]
    assert (r.cooperation, r.conflict, r.a_to_b, r.b_to_a) == (9, 0, 3, 6)
    assert r.score == (9 - 0) / (9 + 2)
    assert ("NER", "NER") not in rels


def test_partners_are_ranked_most_cooperative_first():
    rels = relations(events())
    graph = alignment_graph(rels)
    ranked = partners("RUS", rels, communities_of(graph))
    assert [p.actor for p in ranked] == ["PRK", "CHN", "USA"]
    assert ranked[-1].score < 0


def test_communities_separate_the_blocs(tmp_path):
    graph = alignment_graph(relations(events()))
    blocs = communities_of(graph)
    assert blocs["RUS"] == blocs["PRK"] == blocs["CHN"]
    assert blocs["USA"] == blocs["KOR"] == blocs["JPN"] != blocs["RUS"]
    path = tmp_path / "net.graphml"
    write_graphml(graph, path, focus="RUS")
    back = nx.read_graphml(path)
    assert set(back.nodes) == {"RUS", "PRK", "CHN", "USA", "KOR", "JPN"}
    assert back.nodes["PRK"]["score_with_RUS"] > 0 and back.nodes["KOR"]["score_with_RUS"] == 0.0
    assert back.edges["RUS", "USA"]["conflict"] == 4

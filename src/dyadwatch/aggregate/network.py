"""Partners and the alignment network: who counts as A's ally?

For each pair of actors the merged events between them (both directions) are counted as
cooperation (quad classes 1 and 2: verbal and material cooperation) or conflict (3 and 4).
Their relation score is

    score = (cooperation - conflict) / (cooperation + conflict + 2)

in (-1, 1): the share of cooperative events, shrunk towards 0 when there are few events
(one cooperative event scores 0.33, ten score 0.83), so that a single handshake does not
rank above a sustained partnership.

Partners of A are ranked by that score (then by the number of events). The alignment
network has the actors as nodes and an edge for every pair with events, carrying the
counts, the Goldstein sum and the score; communities (blocs) are found by greedy
modularity maximisation (Clauset-Newman-Moore, networkx) on the cooperative edges,
weighted by their positive score. Conflictual edges stay in the graph (for export) but do
not pull actors into one community.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Interaction:
    source: str
    target: str
    quad_class: int
    goldstein: float


@dataclass(slots=True)
class Relation:
    a: str
    b: str
    cooperation: int = 0
    conflict: int = 0
    goldstein_sum: float = 0.0
    a_to_b: int = 0
    b_to_a: int = 0

    @property
    def events(self) -> int:
        return self.cooperation + self.conflict

    @property
    def score(self) -> float:
        return (self.cooperation - self.conflict) / (self.events + 2)

    @property
    def goldstein_mean(self) -> float:
        return self.goldstein_sum / self.events if self.events else 0.0


def relations(events: Iterable[Interaction]) -> dict[tuple[str, str], Relation]:
    """Relations of every unordered pair of actors (key sorted), self-pairs ignored."""
    out: dict[tuple[str, str], Relation] = {}
    for e in events:
        if not e.source or not e.target or e.source == e.target or e.quad_class not in (1, 2, 3, 4):
            continue
        key = tuple(sorted((e.source, e.target)))
        rel = out.setdefault(key, Relation(*key))
        if e.quad_class <= 2:
            rel.cooperation += 1
        else:
            rel.conflict += 1
        rel.goldstein_sum += e.goldstein
        if e.source == key[0]:
            rel.a_to_b += 1
        else:
            rel.b_to_a += 1
    return out


@dataclass(frozen=True, slots=True)
class Partner:
    actor: str
    cooperation: int
    conflict: int
    goldstein_mean: float
    score: float
    community: int = -1

    def to_dict(self) -> dict:
        return {"actor": self.actor, "cooperation": self.cooperation, "conflict": self.conflict,
                "goldstein_mean": round(self.goldstein_mean, 2), "score": round(self.score, 3), "community": self.community}


def partners(actor: str, rels: dict[tuple[str, str], Relation], communities: dict[str, int] | None = None) -> list[Partner]:
    """A's counterparts, most cooperative first."""
    out = []
    for (x, y), rel in rels.items():
        if actor not in (x, y):
            continue
        other = y if x == actor else x
        out.append(Partner(other, rel.cooperation, rel.conflict, rel.goldstein_mean, rel.score, (communities or {}).get(other, -1)))
    return sorted(out, key=lambda p: (-p.score, -(p.cooperation + p.conflict), p.actor))


def alignment_graph(rels: dict[tuple[str, str], Relation]):
    """The alignment network (networkx Graph) with a `community` number on every node."""
    import networkx as nx
    from networkx.algorithms.community import greedy_modularity_communities

    graph = nx.Graph()
    for (x, y), rel in sorted(rels.items()):
        graph.add_edge(
            x, y,
            cooperation=rel.cooperation, conflict=rel.conflict, events=rel.events,
            goldstein_sum=round(rel.goldstein_sum, 2), score=round(rel.score, 4), weight=round(max(rel.score, 0.0), 4),
        )
    positive = nx.Graph()
    positive.add_nodes_from(sorted(graph.nodes))
    positive.add_weighted_edges_from((x, y, d["weight"]) for x, y, d in graph.edges(data=True) if d["weight"] > 0)
    blocs = greedy_modularity_communities(positive, weight="weight") if positive.number_of_edges() else [{n} for n in positive.nodes]
    ordered = sorted((sorted(b) for b in blocs), key=lambda b: (-len(b), b))
    for number, bloc in enumerate(ordered):
        for node in bloc:
            graph.nodes[node]["community"] = number
    return graph


def communities_of(graph) -> dict[str, int]:
    return {n: d.get("community", -1) for n, d in graph.nodes(data=True)}


def members_by_community(graph) -> dict[int, list[str]]:
    """Community number -> its actors (sorted); -1 gathers nodes without a community."""
    members: dict[int, list[str]] = {}
    for node, number in communities_of(graph).items():
        members.setdefault(number, []).append(node)
    return {number: sorted(nodes) for number, nodes in members.items()}


def write_graphml(graph, path, focus: str | None = None) -> None:
    """GraphML export; with `focus`, every node also carries its score with that actor."""
    import networkx as nx

    out = graph.copy()
    for node in out.nodes:
        out.nodes[node]["label"] = node
        if focus is not None:
            data = graph.get_edge_data(focus, node)
            out.nodes[node][f"score_with_{focus}"] = float(data["score"]) if data else 0.0
    nx.write_graphml(out, str(path))


"""The knowledge files are consistent: dates ordered, codes known, names unambiguous."""
import datetime as dt
import re
from collections import defaultdict

from dyadwatch.knowledge import load_knowledge
from dyadwatch.lang import SUPPORTED_LANGUAGES, load_language
from dyadwatch.textutil import word_keys


def test_people_dates_are_ordered_and_countries_known():
    kb = load_knowledge()
    codes = kb.actor_codes()
    assert len(kb.people) >= 300
    for p in kb.people:
        assert p.country in codes, p
        assert p.role in {"GOV", "MIL"}, p
        if p.valid_from and p.valid_to:
            assert p.valid_from <= p.valid_to, p


def test_no_name_resolves_to_two_actors_at_once():
    kb = load_knowledge()
    by_name = defaultdict(list)
    for p in kb.people:
        for name in p.names:
            by_name[word_keys(name)].append(p)
    far_future = dt.date(2100, 1, 1)
    for name, people in by_name.items():
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                if a.country == b.country:
                    continue
                overlap = (a.valid_from or dt.date.min) <= (b.valid_to or far_future) and (b.valid_from or dt.date.min) <= (a.valid_to or far_future)
                assert not overlap, f"{name} means {a.names[0]} ({a.country}) and {b.names[0]} ({b.country}) at the same time"


def test_roles_count_only_inside_their_dates():
    kb = load_knowledge()
    shoigu = [p for p in kb.people if "Shoigu" in p.names and p.office == "defence_minister"]
    assert shoigu and shoigu[0].holds_office_on(dt.date(2023, 7, 27))
    assert not shoigu[0].holds_office_on(dt.date(2025, 1, 1))


def test_cameo_table_is_complete_and_consistent():
    kb = load_knowledge()
    assert {f"{r:02d}" for r in range(1, 21)} <= set(kb.cameo)
    for code, entry in kb.cameo.items():
        assert re.fullmatch(r"\d{2,4}", code)
        assert code[:2] in kb.cameo and (len(code) < 4 or code[:3] in kb.cameo)
        assert -10 <= entry.goldstein <= 10
    assert kb.cameo_code("112").quad_class == 3 and kb.cameo_code("042").quad_class == 1


def test_language_data_load_and_cover_all_cameo_roots():
    kb = load_knowledge()
    for lang in SUPPORTED_LANGUAGES:
        data = load_language(lang)
        roots = {t.code[:2] for t in data.triggers}
        assert {f"{r:02d}" for r in range(1, 21)} <= roots, (lang, sorted(roots))
        for t in data.triggers:
            assert t.code in kb.cameo or t.code[:3] in kb.cameo, (lang, t.code)
        for row in data.countries:
            assert row["country"] in kb.iso, (lang, row["country"])
        assert data.months and data.weekdays


def test_every_epithet_kind_has_known_states_and_phrases_name_only_known_kinds():
    from dyadwatch.knowledge import load_knowledge
    from dyadwatch.lang import SUPPORTED_LANGUAGES, load_language

    kb = load_knowledge()
    assert kb.epithet_kinds["sultanate"] == {"OMN", "BRN"}
    for kind, states in kb.epithet_kinds.items():
        assert states and states <= set(kb.iso), kind
    for lang in SUPPORTED_LANGUAGES:
        assert set(load_language(lang).epithets) <= set(kb.epithet_kinds), lang


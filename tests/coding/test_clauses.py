"""Clauses and the function of actor phrases (own sentences)."""
from dyadwatch.actors import recognise
from dyadwatch.coding.clauses import clause_actors, coordinated_groups, coordinators, split_clauses
from dyadwatch.lang import load_language
from dyadwatch.textutil import tokenize

from ..conftest import code_text


def _actors(text, lang):
    data = load_language(lang)
    tokens = tokenize(text)
    mentions = recognise(tokens, lang, None, text)
    clauses = split_clauses(tokens, data)
    return [(a.mention.text, a.function) for c in clauses for a in clause_actors(mentions, tokens, data, *c)], clauses, tokens, mentions


def test_functions_from_prepositions():
    got, _, _, _ = _actors("Laut Moskau traf Frankreich in Berlin mit Polen zusammen, während Italien gegen Spanien protestierte.", "de")
    assert ("Moskau", "attribution") in got and ("Frankreich", "free") in got
    assert ("Berlin", "place") in got and ("Polen", "with") in got and ("Spanien", "against") in got


def test_clauses_split_at_subordinators_and_strong_punctuation():
    _, clauses, tokens, _ = _actors("Russland kritisierte die Ukraine, weil Kiew Truppen verlegte; Polen schwieg.", "de")
    texts = [" ".join(t.text for t in tokens[a:b]) for a, b in clauses]
    assert texts == ["Russland kritisierte die Ukraine", "weil Kiew Truppen verlegte", "Polen schwieg ."]


def test_lists_of_states_are_one_group_in_every_language():
    for text, lang in (("Belarus, China und Iran", "de"), ("Russia and China", "en"), ("Россия и Китай", "ru"), ("Francia e Italia", "it")):
        _, _, tokens, mentions = _actors(text, lang)
        groups = coordinated_groups(mentions, tokens, frozenset(), frozenset(coordinators(load_language(lang))))
        assert len(groups) == 1 and len(groups[0]) >= 2, (text, groups)


def test_a_seat_of_power_speaks_for_its_government_even_after_in():
    got, _, _, _ = _actors("В Кремле осудили решение Вашингтона.", "ru")
    assert ("Кремле", "free") in got



def test_a_list_takes_articles_and_prepositions_only_after_its_conjunction():
    # "vor" is a verb particle here, not a preposition joining Iran and Russland
    _, events = code_text("Die USA werfen Iran vor, Russland mit Drohnen zu beliefern.", "de")
    assert {(e.source_country, e.target_country) for e in events} == {("USA", "IRN")}

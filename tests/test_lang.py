"""Language data: cue matching (phrases, prefixes, accents) and loading."""
from hypothesis import given
from hypothesis import strategies as st

from dyadwatch.lang import CueSet, load_language, token_matches
from dyadwatch.textutil import fold

VOCAB = ["according", "to", "so", "-", "called", "signé", "signe", "wäre", "waren", "nach", "angaben", ",", "laut"]
CUES = ["according to", "so-called", "signe*", "wäre*", "nach angaben", "laut"]


def naive_find(cues: CueSet, keys: list[str]) -> list[tuple[int, int]]:
    words = [i for i, k in enumerate(keys) if k[:1].isalnum()]
    plain = lambda k: fold(k) if cues.fold_accents else k  # noqa: E731
    hits = [(i, i + 1) for i in words if cues.match_word(keys[i])]
    for phrase in cues.phrases:
        for w in range(len(words) - len(phrase) + 1):
            if all(token_matches(keys[words[w + j]], plain(keys[words[w + j]]), *phrase[j]) for j in range(len(phrase))):
                hits.append((words[w], words[w + len(phrase) - 1] + 1))
    return sorted(hits)


@given(st.lists(st.sampled_from(VOCAB), max_size=20), st.booleans())
def test_indexed_cue_search_equals_the_plain_search(keys, fold_accents):
    cues = CueSet(CUES, fold_accents)
    assert cues.find(keys) == naive_find(cues, keys)


def test_accents_fold_only_where_the_language_says_so():
    assert CueSet(["signe*"], True).match_word("signé")
    assert not CueSet(["wäre*"], False).match_word("waren")
    assert CueSet(["so-called"]).find(["the", "so", "-", "called", "deal"]) == [(1, 4)]


def test_each_language_has_calendar_names_from_cldr():
    de = load_language("de")
    assert de.months["februar"] == 2 and de.weekdays["dienstag"] == 1
    assert load_language("fr").months["août"] == 8


def test_every_key_of_the_language_files_is_documented():
    import tomllib
    from pathlib import Path

    from dyadwatch.lang import SUPPORTED_LANGUAGES
    from dyadwatch.resources import package_path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "DATA_FORMATS.md").read_text(encoding="utf-8")
    for lang in SUPPORTED_LANGUAGES:
        folder = package_path("lang", lang)
        grammar = tomllib.loads((folder / "grammar.toml").read_text(encoding="utf-8"))
        cues = tomllib.loads((folder / "cues.toml").read_text(encoding="utf-8"))
        keys = set(grammar) | {k for k in cues if k != "dates"} | set(cues.get("dates", {})) | set(cues.get("epithets", {}))
        for key in keys:
            assert f"`{key}`" in docs, f"{lang}: key {key!r} is not documented in docs/DATA_FORMATS.md"


@given(st.lists(st.sampled_from(["soll", "russland", "raketen", "geliefert", "haben", "wie", "berichtet", ","]), max_size=16))
def test_gapped_cue_phrases_match_within_their_gap_and_stay_inside_the_keys(keys):
    cues = CueSet(["soll ... haben", "wie ... berichtet*"])
    for start, end in cues.find(keys):
        assert 0 <= start < end <= len(keys)
        assert keys[start] in ("soll", "wie") and keys[end - 1] in ("haben", "berichtet")


def test_gapped_cue_phrases():
    cues = CueSet(["soll ... haben", "fand ... statt"])
    assert cues.find("israel soll am montag den iran angegriffen haben".split()) == [(1, 8)]
    assert cues.find("das treffen fand am montag statt".split()) == [(2, 6)]
    assert cues.find("israel soll angreifen".split()) == []
    assert cues.find(["soll"] + ["x"] * 9 + ["haben"]) == []  # beyond the gap


def test_a_trigger_gap_marked_plus_demands_a_word():
    from dyadwatch.coding.triggers import TriggerIndex
    from dyadwatch.lang import _parse_triggers
    from dyadwatch.textutil import tokenize

    index = TriggerIndex(_parse_triggers("en", [{"pattern": "want* ...+ to", "code": "020", "frame": "act", "_line": 1}]))
    for text, found in (("Paris wants Moscow to leave", True), ("Paris wants to leave", False)):
        tokens = tokenize(text)
        assert bool(index.find(tokens, 0, len(tokens))) is found


def test_a_person_slot_matches_only_where_a_name_begins():
    from dyadwatch.coding.triggers import TriggerIndex
    from dyadwatch.lang import _parse_triggers
    from dyadwatch.textutil import tokenize

    index = TriggerIndex(_parse_triggers("ru", [{"pattern": "принял* @person", "code": "043", "frame": "host", "_line": 1}]))
    tokens = tokenize("Путин принял Лукашенко")
    assert index.find(tokens, 0, len(tokens), person_starts=frozenset({2}))
    assert not index.find(tokens, 0, len(tokens))

from hypothesis import given
from hypothesis import strategies as st

from dyadwatch.textutil import fold, tokenize, word_keys


def test_fold_removes_case_accents_and_sharp_s():
    assert fold("Außenminister") == "aussenminister"
    assert fold("Pjöngjang") == "pjongjang"
    assert fold("Élysée") == "elysee"


def test_tokens_split_hyphens_and_apostrophes():
    assert [t.text for t in tokenize("l'Algérie, Kim Jong-un")] == ["l", "'", "Algérie", ",", "Kim", "Jong", "-", "un"]
    assert word_keys("Kim Jong-un") == ("kim", "jong", "un")


@given(st.text(max_size=300), st.integers(min_value=0, max_value=1000))
def test_token_offsets_point_into_the_text(text, offset):
    for tok in tokenize(text, offset):
        assert text[tok.start - offset : tok.end - offset] == tok.text

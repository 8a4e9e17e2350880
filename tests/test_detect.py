import json

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.detect import _classifier, _FastLangid, _identifier, identify_language, split_sentences
from dyadwatch.model import Block


def _sentences(text, lang):
    return [s.text for s in split_sentences(text, [Block(0, len(text), "paragraph")], lang)]


def test_german_ordinals_and_dates_do_not_end_sentences():
    text = "Der Tag, Dienstag, der 15. August, wurde gefeiert. Im 2. Weltkrieg kämpften sie. Am 1. September kam er."
    assert _sentences(text, "de") == [
        "Der Tag, Dienstag, der 15. August, wurde gefeiert.",
        "Im 2. Weltkrieg kämpften sie.",
        "Am 1. September kam er.",
    ]


def test_sentence_offsets_match_text():
    text = "Erster Satz hier. Zweiter Satz dort."
    for s in split_sentences(text, [Block(0, len(text), "paragraph")], "de"):
        assert text[s.start : s.end] == s.text


def test_language_identification_on_short_sentences():
    assert identify_language("Im Februar beschuldigten die USA Nordkorea.")[0] == "de"
    assert identify_language("La France a rappelé son ambassadeur au Niger.")[0] == "fr"
    assert identify_language("The Philippines summoned the Chinese ambassador.")[0] == "en"


def test_text_without_sentence_ends_is_cut_into_bounded_pieces():
    from dyadwatch.detect import MAX_SENTENCE_CHARS

    text = " ".join(["Wort"] * 3000)
    sentences = split_sentences(text, [Block(0, len(text), "paragraph")], "de")
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)


def _py3langid(text):
    lang, prob = _identifier().classify(text[:5000])
    return lang, float(prob)


def test_fast_identification_is_in_use_and_agrees_with_py3langid_on_news():
    from dyadwatch.resources import package_path

    assert isinstance(getattr(_classifier(), "__self__", None), _FastLangid)
    with open(package_path("data", "sample", "articles.jsonl"), encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    for text in texts + [t.upper() for t in texts] + [t[:40] for t in texts]:
        assert identify_language(text) == _py3langid(text)


_WORDS = ["der", "und", "Nordkorea", "the", "and", "summoned", "le", "et", "ambassadeur", "el", "y", "embajador",
          "il", "e", "ambasciatore", "и", "в", "посол", "Москва", "北京", "ﬁ", "ſ", "İ", "K", "...", "«", "\u200b"]


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_fast_identification_agrees_with_py3langid_on_any_text(text):
    assert identify_language(text) == _py3langid(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join), st.booleans())
def test_fast_identification_agrees_with_py3langid_on_mixed_words(text, upper):
    text = text.upper() if upper else text
    assert identify_language(text) == _py3langid(text)


@settings(max_examples=50, deadline=None)
@given(st.binary(min_size=5001, max_size=7000).map(lambda b: b.decode("latin-1")))
def test_fast_identification_agrees_with_py3langid_beyond_the_cut(text):
    assert identify_language(text) == _py3langid(text)


_ENDS = st.sampled_from(["", ".", ". ", ".\n", " 1.", "(12.", " 123.", "15. ", " Nr.", "Dr.", " Prof.  ", " z.B.", " u.a.", "\tetc.", " Mme.", "X.", " x.", " St.\u2003", "\u0663.", " bzw.\n "])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30), _ENDS)
def test_false_breaks_are_found_in_the_tail_as_by_searching_the_whole_segment(text, end):
    from dyadwatch.detect import _ABBREVIATION_END, _ORDINAL_END, _false_break

    segment = text + end
    assert _false_break(segment) == bool(_ORDINAL_END.search(segment) or _ABBREVIATION_END.search(segment))

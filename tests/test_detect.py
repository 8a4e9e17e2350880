from dyadwatch.detect import identify_language, split_sentences
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

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

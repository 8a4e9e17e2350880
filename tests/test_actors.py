"""Actor recognition on our own sentences."""
import pytest

from .conftest import code_text, triples


def test_a_russian_person_is_found_after_a_first_name_in_a_case_form():
    _, events = code_text("Эрдоган встретился с Сергеем Лавровым в Сочи.", "ru", pub_date="2023-09-04")
    assert any(e.source_country == "TUR" and e.target_country == "RUS" and e.root_code == "04" for e in events)


def test_russian_surnames_decline_like_adjectives():
    from dyadwatch.actors import surname_cases
    from dyadwatch.textutil import fold

    endings = [fold(e) for e in ("ий", "ого", "ому", "им")]
    forms = surname_cases("Владимир Зеленский", endings)
    assert {fold(f) for f in forms} == {fold(f"Владимир Зеленск{e}") for e in ("ий", "ого", "ому", "им")}
    assert surname_cases("Сергей Лавров", endings) == ["Сергей Лавров"]
    assert surname_cases("Olaf Scholz", []) == ["Olaf Scholz"]


def test_an_organisation_name_in_lower_case_is_a_common_phrase():
    _, events = code_text("The group fought for years for a strict Islamic state in Nigeria and attacked Chad.", "en")
    assert not any("IMG" in (e.source_country, e.target_country) for e in events)
    _, events = code_text("The Islamic State group attacked Iraq.", "en")
    assert ("IMG", "IRQ", "19") in triples(events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Les talibans ont accusé le Pakistan de frappes aériennes.", "fr", ("AFG", "PAK", "11")),
        ("Los talibanes acusaron a Pakistán de bombardear Kabul.", "es", ("AFG", "PAK", "11")),
        ("L'Onu ha condannato la Russia.", "it", ("UNO", "RUS", "11")),
    ],
)
def test_names_the_language_writes_in_lower_case_or_as_words(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2025-08-10")
    assert expected in triples(events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Le secrétaire général de l'ONU, António Guterres, a exhorté l'Inde et le Pakistan à la retenue.", "fr"),
        ("El secretario general de la ONU, António Guterres, instó a India y Pakistán a la moderación.", "es"),
    ],
)
def test_the_secretary_general_of_an_organisation_speaks_for_it(text, lang):
    _, events = code_text(text, lang, pub_date="2025-05-08")
    assert {("UNO", "IND", "02"), ("UNO", "PAK", "02")} <= triples(events)


@pytest.mark.parametrize(
    "text,pub_date,expected",
    [
        ("US Ambassador John Sullivan criticized Russia.", "2021-05-01", {("USA", "RUS", "11")}),
        ("German ambassador Steffen Seibert criticized Israel.", "2023-05-01", {("DEU", "ISR", "11")}),
        ("Former US President Barack Obama criticized Russia.", "2020-05-01", set()),
        ("President Obama criticized Russia.", "2020-05-01", set()),
    ],
)
def test_a_state_title_names_the_post_of_a_person_out_of_the_offices_we_know(text, pub_date, expected):
    _, events = code_text(text, "en", pub_date=pub_date)
    assert triples(events) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Israel hat sich aus Dörfern im Südlibanon zurückgezogen.", {("ISR", "LBN", "16")}),
        ("Russland griff die Ostukraine an.", {("RUS", "UKR", "19")}),
        ("Südkorea kritisierte Nordkorea.", {("KOR", "PRK", "11")}),
    ],
)
def test_a_german_compound_of_a_direction_and_a_country_is_that_country(text, expected):
    _, events = code_text(text, "de", pub_date="2024-10-10")
    assert triples(events) == expected

"""Coding our own sentences: frames, argument order, modality, dates, dated roles."""
import pytest

from ..conftest import code_text, triples


def test_accusation_is_coded_not_the_alleged_act():
    _, events = code_text("Im März beschuldigte Frankreich Italien, Migranten illegal abgewiesen zu haben.", "de")
    assert triples(events) == {("FRA", "ITA", "11")}
    (event,) = events
    assert event.code == "112" and event.date == "2023-03" and event.date_precision == "month"
    _, events = code_text("Japan accused China of sending warships into its waters.", "en")
    assert ("JPN", "CHN", "11") in triples(events)
    assert not any(e.source_country == "CHN" for e in events)


def test_german_verb_second_with_fronted_adverbial():
    _, events = code_text("Am Montag kritisierte der Kreml die Regierung in Warschau scharf.", "de")
    assert ("RUS", "POL", "11") in triples(events)


def test_passive_with_agent():
    _, events = code_text("Der ungarische Botschafter wurde am Dienstag vom ukrainischen Außenministerium einbestellt.", "de")
    assert ("UKR", "HUN", "11") in triples(events)
    assert next(e for e in events if e.code.startswith("11")).date == "2023-08-15"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Russland hat die Ukraine am Montag nicht angegriffen.", "de"),
        ("Falls Serbien Truppen schickt, würde Albanien scharf protestieren.", "de"),
        ("India did not sign the agreement with Pakistan.", "en"),
        ("Le Maroc n'a pas rappelé son ambassadeur en Algérie.", "fr"),
    ],
)
def test_negated_and_hypothetical_acts_are_not_written(text, lang):
    _, events = code_text(text, lang)
    assert events == []
    _, kept = code_text(text, lang, all_modalities=True)
    assert all(e.modality in ("negated", "hypothetical") for e in kept)


def test_history_keeps_its_year_and_is_not_news():
    _, events = code_text("Im Jahr 1990 unterzeichneten Polen und Litauen einen Vertrag.", "de", all_modalities=True)
    assert events and all(e.modality == "historical" and e.date == "1990" for e in events)
    _, written = code_text("Im Jahr 1990 unterzeichneten Polen und Litauen einen Vertrag.", "de")
    assert written == []


def test_water_cannon_with_weekday_date():
    _, events = code_text("The Chinese coast guard fired water cannon at a Philippine vessel on Saturday.", "en")
    (event,) = [e for e in events if e.source_country == "CHN"]
    assert event.target_country == "PHL" and event.code.startswith("19") and event.date == "2023-08-12"
    assert event.source_role == "MIL"


def test_french_expulsion_and_recall():
    _, events = code_text("Le Mali a expulsé l'ambassadeur de France.", "fr")
    assert ("MLI", "FRA", "16") in triples(events)
    _, events = code_text("Jeudi, l'Algérie a rappelé son ambassadeur à Paris.", "fr")
    assert ("DZA", "FRA", "16") in triples(events)


def test_roles_count_only_inside_their_dates():
    text = "Schoigu traf am Montag seinen Amtskollegen in Pjöngjang."
    _, events = code_text(text, "de", pub_date="2023-07-28")
    assert ("RUS", "PRK", "04") in triples(events)
    assert all(e.source_role == "MIL" for e in events if e.source_country == "RUS")
    _, later = code_text(text, "de", pub_date="2025-06-03")
    assert later == []


def test_host_and_attendees_named_in_the_next_sentence():
    text = "Am Dienstag empfing Ägypten Delegationen zu einer Konferenz in Kairo. Anwesend waren insbesondere Jordanien, Katar und Marokko."
    _, events = code_text(text, "de")
    got = triples(events)
    for guest in ("JOR", "QAT", "MAR"):
        assert ("EGY", guest, "04") in got and (guest, "EGY", "04") in got


def test_meeting_between_and_visit_to_the_host_capital():
    _, events = code_text("Gespräche zwischen Armenien und Aserbaidschan fanden am Montag in Brüssel statt.", "de")
    assert {("ARM", "AZE", "04")} <= triples(events)
    _, events = code_text("Der französische Außenminister reiste am Montag nach Algier.", "de")
    assert ("FRA", "DZA", "04") in triples(events)


def test_teaser_lines_give_no_events():
    text = "Paris und Rom streiten über Migration\n\nLesen Sie auch: Japan droht China mit Sanktionen\n\nItalien kritisierte Frankreich am Montag scharf."
    doc, events = code_text(text, "de")
    assert triples(events) == {("ITA", "FRA", "11")}
    assert doc.removed()[0]["reason"] == "teaser"


def test_every_event_carries_its_evidence():
    text = "Ende Juli traf der russische Verteidigungsminister in Pjöngjang seinen nordkoreanischen Amtskollegen."
    _, events = code_text(text, "de")
    assert events
    for e in events:
        assert text[e.evidence_start : e.evidence_end] == e.evidence
        assert text[e.trigger_start : e.trigger_end] == e.trigger
        assert e.rule and 0 < e.confidence <= 1 and e.date == "2023-07"


def test_we_in_a_quotation_is_the_speakers_state():
    _, events = code_text("«Мы закрыли границу с Латвией», — заявил премьер Литвы.", "ru")
    assert ("LTU", "LVA", "16") in triples(events)


def test_a_warning_that_blames_is_an_accusation_not_a_threat():
    for text in (
        "МИД Грузии предупредил, что всю ответственность за эскалацию несёт руководство Армении.",
        "МИД Грузии предупредил, что ответственность за эскалацию ляжет на Армению.",
    ):
        _, events = code_text(text, "ru")
        assert triples(events) == {("GEO", "ARM", "11")}
    _, events = code_text("Министр обороны Греции предупредил Турцию о последствиях.", "ru")
    assert ("GRC", "TUR", "13") in triples(events)


def test_a_relative_clause_takes_its_object_from_the_noun_it_refers_to():
    text = "Армения и Азербайджан договорились о прекращении огня. Это было перемирие, которое войска Азербайджана нарушили через час."
    _, events = code_text(text, "ru")
    broken = [e for e in events if e.source_country == "AZE" and e.target_country == "ARM"]
    assert [e.code for e in broken] == ["196"]


def test_a_conflictual_act_a_state_is_ready_to_take_is_a_threat():
    _, events = code_text("Польша готова закрыть границу с Белоруссией.", "ru")
    assert [(e.source_country, e.target_country, e.code) for e in events] == [("POL", "BLR", "1312")]
    _, events = code_text("Литва вышлет российских дипломатов.", "ru")
    assert [e.code for e in events] == ["161"]  # an announced decision stays the act
    text = "Литва закрыла пункт пропуска на границе с Белоруссией. «Мы готовы на закрытие всех переходов», — заявил премьер Литвы."
    _, events = code_text(text, "ru")
    assert ("LTU", "BLR", "1312") in {(e.source_country, e.target_country, e.code) for e in events}


def test_the_addressee_of_a_hope_or_appeal_opens_the_clause_after_it():
    _, events = code_text("Премьер Эстонии выразил надежду, что власти Латвии откроют границу.", "ru")
    assert triples(events) == {("EST", "LVA", "01")}
    _, events = code_text("Глава МИД Литвы призвал, чтобы Белоруссия прекратила провокации.", "ru")
    assert triples(events) == {("LTU", "BLR", "02")}


def test_a_state_named_as_the_place_of_a_subjectless_plural_verb_acts_for_its_government():
    _, events = code_text("В Минске осудили действия Польши.", "ru")
    assert triples(events) == {("BLR", "POL", "11")}
    _, events = code_text("В МИД России осудили действия Польши.", "ru")
    assert triples(events) == {("RUS", "POL", "11")}
    _, events = code_text("В Сирии обстреляли турецкий патруль.", "ru", all_modalities=True)
    assert not any(e.source_country == "SYR" for e in events)  # for acts of force the place is where it happened

"""Epithets for a state named before: "the archipelago", "der Inselstaat", "le royaume"."""
from ..conftest import code_text, triples


def test_an_epithet_refers_to_the_one_state_of_its_kind_named_before():
    text = (
        "Vietnamese patrol boats fired warning shots at an Indonesian fishing vessel on Monday. "
        "The foreign ministry of the archipelago condemned Vietnam on Tuesday."
    )
    doc, events = code_text(text, "en", pub_date="2024-05-14")
    assert ("IDN", "VNM", "11") in triples(events)
    assert any(m.country == "IDN" and "archipelago" in m.text for _, m in doc.mentions)


def test_a_role_noun_linked_to_an_epithet_takes_its_state():
    text = (
        "Chinesische Schiffe haben am Montag ein japanisches Fischerboot bedrängt. "
        "Die Regierung des Inselstaats kritisierte China scharf."
    )
    doc, events = code_text(text, "de", pub_date="2024-05-14")
    assert ("JPN", "CHN", "11") in triples(events)


def test_an_epithet_stays_unread_where_two_states_of_its_kind_were_named():
    text = (
        "L'Espagne et le Maroc ont signé un accord migratoire lundi. "
        "Le royaume a salué un pas important."
    )
    doc, _ = code_text(text, "fr", pub_date="2024-05-14")
    assert not any("royaume" in m.text.lower() for _, m in doc.mentions)


def test_an_epithet_inside_a_name_is_the_name():
    doc, _ = code_text("Le Royaume-Uni a rappelé son ambassadeur au Maroc.", "fr", pub_date="2024-05-14")
    assert [m.country for _, m in doc.mentions if "oyaume" in m.text] == ["GBR"]

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
    _, later = code_text(text, "de", pub_date="2010-06-03")  # before his first term as minister
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


def test_intended_force_is_a_threat_and_a_refused_act_a_rejection():
    _, events = code_text("Turkey will attack Armenia if the talks fail, the minister warned.", "en", all_modalities=True)
    assert not any(e.root_code == "19" for e in events)
    _, events = code_text("The Kenyan president wants to attack Somalia.", "en")
    assert [(e.source_country, e.target_country, e.code) for e in events] == [("KEN", "SOM", "138")]
    _, events = code_text("The chancellor said Germany would not provide support to Hungary.", "en")
    assert ("DEU", "HUN", "12") in triples(events)
    assert all(e.root_code != "05" and e.code[:2] != "03" for e in events)


def test_a_state_reporting_its_own_strike_claims_it():
    _, events = code_text("France launched an air strike against a Malian army base, the French defence ministry said.", "en")
    assert ("FRA", "MLI", "19") in triples(events)
    assert not any(e.root_code == "11" for e in events)


def test_a_speaker_after_a_comma_is_the_subject_of_its_own_segment():
    # "his lawyer" speaks, not the court: the jailing stands as an act
    _, events = code_text("A Moroccan court has jailed a Spanish sailor for a year, his lawyer said.", "en")
    assert ("MAR", "ESP", "17") in triples(events)
    assert not any(e.root_code == "11" for e in events)


def test_joint_subjects_meet_in_every_pair_and_co_subjects_protest_at_the_place():
    _, events = code_text("Chile, Peru and Bolivia met in Lima yesterday.", "en")
    pairs = {frozenset((e.source_country, e.target_country)) for e in events if e.root_code == "04"}
    assert pairs == {frozenset(p) for p in (("CHL", "PER"), ("CHL", "BOL"), ("PER", "BOL"))}
    _, events = code_text("Polish and Czech activists staged a protest in Minsk on Friday.", "en")
    assert {("POL", "BLR", "14"), ("CZE", "BLR", "14")} <= triples(events)


def test_local_organs_take_the_country_they_sit_in_and_attendees_visit_the_venue():
    _, events = code_text("A court in Senegal has issued arrest warrants for two Gambian men.", "en")
    assert ("SEN", "GMB", "17") in triples(events)
    _, events = code_text("The Brazilian president is preparing to attend the Tokyo summit.", "en")
    assert any(e.source_country == "BRA" and e.target_country == "JPN" and e.code[:2] in ("04", "03") for e in events)
    _, events = code_text("The Canadian foreign ministry advised against travel to Haiti.", "en")
    assert not any(e.code == "042" for e in events)


def test_meeting_partner_after_with_comes_before_a_later_object():
    _, events = code_text("Egypt's foreign minister met with the Jordanian king to discuss aid to Sudan.", "en")
    assert ("EGY", "JOR", "04") in triples(events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Lima a rappelé mardi ses ambassadeurs au Chili et en Bolivie.", "fr"),
        ("Peru recalled its ambassadors to Chile and to Bolivia on Tuesday.", "en"),
    ],
)
def test_a_list_of_places_with_repeated_prepositions_names_every_state(text, lang):
    _, events = code_text(text, lang)
    assert {("PER", "CHL", "16"), ("PER", "BOL", "16")} <= triples(events)


def test_coordinated_adjectives_share_the_role_noun_and_lowercase_titles_precede_names():
    _, events = code_text("Samedi, les ministres kényans et ougandais ont remercié le roi Salmane pour son aide.", "fr", pub_date="2019-05-20")
    assert {("KEN", "SAU", "05"), ("UGA", "SAU", "05")} <= triples(events)


def test_german_subjunctive_after_a_verb_of_saying_reports_and_is_not_a_supposition():
    text = '"Kurz nach der Vereinbarung", erklärte am Dienstag das georgische Außenministerium, hätten russische Truppen georgische Dörfer beschossen.'
    _, events = code_text(text, "de")
    assert ("GEO", "RUS", "11") in triples(events)
    _, events = code_text("Wenn russische Truppen georgische Dörfer beschossen hätten, wäre die Lage anders.", "de")
    assert events == []


def test_verb_and_object_before_a_noun_of_force_are_its_source_and_target():
    _, events = code_text("Sudanese soldiers engaged Ethiopian militiamen in a firefight near the border.", "en")
    assert ("SDN", "ETH", "19") in triples(events)


def test_an_auxiliary_before_an_infinitive_is_no_passive():
    _, events = code_text("Chile and Argentina are seeking to deepen their partnership in energy.", "en")
    assert {frozenset((e.source_country, e.target_country)) for e in events if e.root_code == "03"} == {frozenset(("CHL", "ARG"))}


def test_presenting_evidence_against_a_state_is_an_accusation():
    _, events = code_text("Lithuania presented evidence against Belarus at the meeting.", "en")
    assert ("LTU", "BLR", "11") in triples(events)


def test_a_hyphenated_name_before_backed_or_made_only_qualifies_the_actor():
    _, events = code_text("Iran-backed Houthi rebels fired a missile at a Saudi oil facility.", "en")
    assert ("YEM", "SAU", "19") in triples(events)
    assert not any("IRN" in (e.source_country, e.target_country) for e in events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Pro-Russian separatists shelled Ukrainian positions near Donetsk.", "en"),
        ("Die pro-russischen Separatisten beschossen ukrainische Stellungen.", "de"),
    ],
)
def test_pro_russian_separatists_are_not_russia(text, lang):
    _, events = code_text(text, lang, pub_date="2022-01-10")
    assert not any(e.source_country == "RUS" for e in events)


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


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Le Tchad a déclaré l'ambassadeur de Belgique persona non grata lundi.", "fr"),
        ("Chad declared the Belgian ambassador persona non grata on Monday.", "en"),
        ("Il Ciad ha dichiarato persona non grata l'ambasciatore belga.", "it"),
        ("Der Tschad hat am Montag den belgischen Botschafter zur unerwünschten Person erklärt.", "de"),
    ],
)
def test_whoever_declares_a_diplomat_persona_non_grata_acts(text, lang):
    _, events = code_text(text, lang)
    assert ("TCD", "BEL", "16") in triples(events)
    assert not any(e.source_country == "BEL" for e in events)


def test_a_fronted_act_noun_is_the_object_and_opens_no_complement():
    text = (
        "Litauen forderte am Montag von Belarus die Schließung des Atomkraftwerks. "
        "Die Forderung über eine sofortige Stilllegung wies Lukaschenko am Dienstag zurück."
    )
    _, events = code_text(text, "de")
    assert ("BLR", "LTU", "12") in triples(events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Russian drones struck Ukrainian energy facilities overnight.", "en"),
        ("Russische Drohnen griffen in der Nacht ukrainische Kraftwerke an.", "de"),
        ("Des avions de chasse russes ont bombardé des positions ukrainiennes.", "fr"),
    ],
)
def test_military_platforms_act_for_the_armed_forces(text, lang):
    _, events = code_text(text, lang)
    assert ("RUS", "UKR", "19") in triples(events)


def test_a_place_of_the_gazetteer_after_an_act_of_force_stands_for_its_state():
    _, events = code_text("Russian missiles struck Kharkiv overnight, killing three people.", "en")
    assert ("RUS", "UKR", "19") in triples(events)
    _, events = code_text("China is holding naval exercises near Okinawa.", "en")
    assert not any(e.target_country == "CHN" for e in events)


def test_a_condemnation_without_a_target_reacts_to_the_latest_deed_of_another_state():
    text = (
        "Iran test-fired a new ballistic missile on Tuesday. Israel lodged a complaint with the United Nations. "
        "Saudi Arabia condemned the launch as a threat to the region."
    )
    _, events = code_text(text, "en")
    assert ("SAU", "IRN", "11") in triples(events)
    assert not any(e.source_country == "SAU" and e.target_country == "ISR" for e in events)


def test_a_german_separable_verb_spans_a_long_middle_field_but_not_a_comma():
    text = "Präsident Macron wies die Forderung Malis am Montag vor den in Paris versammelten französischen Botschaftern zurück."
    _, events = code_text(text, "de")
    assert ("FRA", "MLI", "12") in triples(events)


def test_a_german_main_clause_resumes_after_a_relative_clause_with_its_subject_before_it():
    text = "Die Regierung in Bamako, die von der Armee gestützt wird, hat den dänischen Botschafter zur unerwünschten Person erklärt."
    _, events = code_text(text, "de")
    assert ("MLI", "DNK", "16") in triples(events)


def test_an_envoy_in_a_capital_is_not_that_state_but_a_junta_there_is():
    doc, _ = code_text("The embassy in Moscow and the junta in Niamey issued statements.", "en")
    found = {m.text: m.country for _, m in doc.mentions}
    assert found.get("junta in Niamey") == "NER"
    assert found.get("embassy in Moscow") != "RUS"


def test_german_pledges_with_separable_verbs_and_an_apposition_before_the_verb():
    _, events = code_text("Japan sagte der Ukraine weitere Hilfe beim Wiederaufbau der Stromnetze zu.", "de")
    assert ("JPN", "UKR", "03") in triples(events)
    _, events = code_text("Der Sprecher des polnischen Außenministeriums, Paweł Wroński, dankte Litauen für die Hilfe.", "de")
    assert ("POL", "LTU", "05") in triples(events)


def test_the_state_named_with_the_object_noun_is_the_target_and_an_opening_genitive_the_source():
    _, events = code_text("Le président sénégalais a salué l'engagement des soldats mauritaniens.", "fr")
    assert ("SEN", "MRT", "05") in triples(events)
    _, events = code_text("La porte-parole du gouvernement chilien, Camila Vallejo, a remercié Lima.", "fr")
    assert ("CHL", "PER", "05") in triples(events)


def test_a_pattern_holding_its_auxiliary_is_passive_and_the_office_summoned_to_acts():
    _, events = code_text("L'ambassadeur du Maroc a été convoqué au ministère algérien des Affaires étrangères.", "fr")
    assert ("DZA", "MAR", "11") in triples(events)
    assert not any(e.source_country == "MAR" for e in events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("La junte au pouvoir au Gabon a donné jeudi 72 heures à l'ambassadeur de France pour quitter le pays.", "fr"),
        ("The junta in power in Gabon gave the French ambassador 72 hours to leave the country.", "en"),
    ],
)
def test_an_ultimatum_to_leave_is_an_expulsion_by_the_junta_of_the_state_named_with_it(text, lang):
    _, events = code_text(text, lang)
    assert ("GAB", "FRA", "16") in triples(events)


def test_a_condemned_deed_wins_over_talks_in_focus():
    text = (
        "Iran hat am Dienstag eine Rakete abgefeuert, wenige Stunden vor einem Treffen zwischen Oman und Katar. "
        "Die omanische Regierung verurteilte den Start scharf."
    )
    _, events = code_text(text, "de")
    assert ("OMN", "IRN", "11") in triples(events)
    assert not any(e.source_country == "OMN" and e.target_country == "QAT" and e.root_code == "11" for e in events)


def test_the_agent_of_an_act_noun_between_two_states_named_as_a_pair_is_its_source():
    text = (
        "Perú y Bolivia mantienen una disputa fronteriza. "
        "El ataque perpetrado por soldados bolivianos desató una crisis entre ambos países."
    )
    _, events = code_text(text, "es")
    assert ("BOL", "PER", "19") in triples(events)
    assert not any(e.source_country == "PER" and e.root_code == "19" for e in events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Посол Германии был вызван в МИД России.", "ru"),
        ("L'ambassadeur d'Allemagne a été convoqué au ministère russe des Affaires étrangères.", "fr"),
    ],
)
def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(text, lang):
    _, events = code_text(text, lang, pub_date="2023-09-04")
    assert ("RUS", "DEU", "11") in triples(events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Russia and China held joint naval exercises in the Sea of Japan.", "en"),
        ("Россия и Китай провели совместные военные учения в Японском море.", "ru"),
    ],
)
def test_joint_exercises_of_two_states_in_a_sea_named_after_a_third(text, lang):
    _, events = code_text(text, lang)
    assert {frozenset((e.source_country, e.target_country)) for e in events} == {frozenset(("RUS", "CHN"))}


def test_two_states_restoring_relations_together():
    _, events = code_text("Colombia y Venezuela restablecieron relaciones diplomáticas el jueves.", "es")
    assert {frozenset((e.source_country, e.target_country)) for e in events if e.root_code == "05"} == {frozenset(("COL", "VEN"))}


def test_a_threat_names_its_target_inside_its_complement():
    _, events = code_text("Azerbaijan's president threatened to seize the southern province of Armenia.", "en")
    assert ("AZE", "ARM", "13") in triples(events)


def test_deepening_cooperation_is_a_joint_intent_and_a_visit_noun_is_not_a_fight():
    _, events = code_text("Serbien und Ungarn wollen ihre wirtschaftliche Zusammenarbeit ausbauen.", "de")
    assert {frozenset((e.source_country, e.target_country)) for e in events if e.root_code == "03"} == {frozenset(("SRB", "HUN"))}
    _, events = code_text("Orbán hat Vučić zu einem Besuch in Budapest eingeladen.", "de")
    assert not any(e.rule.startswith("noun:verb-object") for e in events)


def test_a_date_in_an_earlier_relative_clause_does_not_date_the_main_act():
    text = "Die Regierung in Bamako, die seit 2021 im Amt ist, hat den dänischen Botschafter zur unerwünschten Person erklärt."
    _, events = code_text(text, "de")
    (event,) = [e for e in events if e.root_code == "16"]
    assert event.modality == "asserted" and event.date != "2021"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Orbán hat Vučić zu einem Besuch in Budapest eingeladen.", "de"),
        ("Orbán invited Vučić to visit Budapest.", "en"),
    ],
)
def test_an_invitation_is_an_appeal_to_meet_not_yet_a_visit(text, lang):
    _, events = code_text(text, lang)
    assert ("HUN", "SRB", "02") in triples(events)
    assert not any(e.code in ("042", "043") for e in events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Turkey's defence ministry said it struck Kurdish militant targets in northern Iraq on Tuesday.", "en"),
        ("Le ministère turc de la Défense a annoncé qu'il avait frappé des cibles dans le nord de l'Irak.", "fr"),
    ],
)
def test_a_state_saying_it_struck_reports_its_own_act(text, lang):
    _, events = code_text(text, lang)
    assert not any(e.source_country == "TUR" and e.root_code == "11" for e in events)


def test_an_accusation_pattern_reaching_into_its_content_leaves_the_content_alleged():
    _, events = code_text("Armenia accused Azerbaijan of launching a massive drone attack on Yerevan.", "en")
    assert ("ARM", "AZE", "11") in triples(events)
    assert not any(e.root_code == "19" for e in events)


def test_a_noun_before_a_german_verb_is_its_object_and_the_denial_answers_that_accuser():
    text = "Im Februar hatten die USA Nordkorea bereits Waffenlieferungen vorgeworfen, was Pjöngjang bestreitet."
    _, events = code_text(text, "de", pub_date="2024-07-03")
    assert ("USA", "PRK", "11") in triples(events)
    assert ("PRK", "USA", "01") in triples(events)


def test_a_third_state_condemning_what_two_states_did_together_reacts_to_both():
    text = (
        "Iran und Venezuela unterzeichneten am Montag ein Abkommen über Drohnenlieferungen. "
        "Kolumbien verurteilte das Abkommen scharf."
    )
    _, events = code_text(text, "de")
    assert {("COL", "IRN", "11"), ("COL", "VEN", "11")} <= triples(events)


def test_an_object_pronoun_after_the_verb_is_the_person_named_before():
    text = "Der indische Außenminister Subrahmanyam Jaishankar traf am Montag in Peking ein. Präsident Xi Jinping empfing ihn am Dienstag."
    _, events = code_text(text, "de", pub_date="2024-07-03")
    assert ("CHN", "IND", "04") in triples(events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Ukraine received new weapons from the United States on Monday.", "en", ("USA", "UKR", "072")),
        ("Die Ukraine erhielt am Montag neue Waffen aus Deutschland.", "de", ("DEU", "UKR", "072")),
        ("L'Ukraine a reçu des armes de la France.", "fr", ("FRA", "UKR", "072")),
        ("Ucrania recibió ayuda humanitaria de España.", "es", ("ESP", "UKR", "073")),
        ("L'Ucraina ha ricevuto aiuti militari dall'Italia.", "it", ("ITA", "UKR", "072")),
        ("Армения получила гуманитарную помощь от России.", "ru", ("RUS", "ARM", "073")),
    ],
)
def test_what_a_state_received_was_given_by_the_state_named_with_from(text, lang, expected):
    _, events = code_text(text, lang)
    assert {(e.source_country, e.target_country, e.code) for e in events} == {expected}


def test_a_visit_received_is_still_hosting():
    _, events = code_text("Ukraine received the French president in Kyiv.", "en")
    assert ("UKR", "FRA", "04") in triples(events)
    assert not any(e.root_code == "07" for e in events)


def test_events_within_one_state_are_coded_only_on_request():
    text = "Georgian demonstrators received weapons from the Georgian government. Insurgents shelled Aleppo in Syria."
    _, interstate = code_text(text, "en")
    assert interstate == []
    _, events = code_text(text, "en", domestic=True)
    coded = {(e.source_country, e.source_role, e.target_country, e.target_role, e.code[:2]) for e in events}
    assert ("GEO", "GOV", "GEO", "CVL", "07") in coded
    assert ("", "INS", "SYR", "", "19") in coded  # an armed group of no named state


def test_a_non_state_role_noun_takes_the_state_named_after_from():
    doc, events = code_text("Egypt arrested three activists from Turkey on Monday.", "en")
    assert [(e.source_country, e.target_country, e.target_role) for e in events] == [("EGY", "TUR", "OPP")]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Four civilians were killed in Russian tank shelling in the east of Kharkiv on Friday.", "en"),
        ("Two people were killed in Russian shelling of Kharkiv on Monday.", "en"),
        ("Zwei Menschen starben bei russischem Beschuss von Charkiw am Montag.", "de"),
    ],
)
def test_an_adjective_before_an_act_noun_is_who_acted_and_the_named_city_its_target(text, lang):
    _, events = code_text(text, lang)
    assert triples(events) == {("RUS", "UKR", "19")}


def test_a_german_verb_after_an_adjective_phrase_keeps_that_phrase_a_place():
    _, events = code_text("Am Donnerstag wurde der serbische Geschäftsträger ins kroatische Außenministerium einbestellt.", "de")
    assert triples(events) == {("HRV", "SRB", "11")}


def test_a_noun_subject_of_a_passive_takes_the_agent_as_its_actor():
    _, events = code_text("Sanctions against Russia were imposed by the European Union on Monday.", "en")
    assert triples(events) == {("EUR", "RUS", "16")}


def test_a_state_claiming_that_another_attacked_accuses_it_and_the_attack_stays_alleged():
    _, events = code_text("Russia claimed that Ukraine had shelled Belgorod.", "en", all_modalities=True)
    assert ("RUS", "UKR", "112") in {(e.source_country, e.target_country, e.code) for e in events}
    assert all(e.modality == "alleged" for e in events if e.root_code == "19")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("China's coast guard fired water cannon at a Philippine vessel. Manila protested. The incident occurred on Saturday near the reef.", "en"),
        ("Ein Schiff der chinesischen Küstenwache beschoss ein philippinisches Boot mit Wasserwerfern. Der Vorfall ereignete sich am Samstag.", "de"),
        ("La garde côtière chinoise a tiré au canon à eau sur un navire philippin. L'incident s'est produit samedi.", "fr"),
    ],
)
def test_a_later_sentence_saying_when_it_happened_dates_the_undated_deed(text, lang):
    _, events = code_text(text, lang, pub_date="2023-08-07")
    deed = next(e for e in events if e.root_code == "19")
    assert (deed.date, deed.date_source) == ("2023-08-05", "occurrence")


def test_a_statement_keeps_its_own_day_when_a_later_sentence_dates_the_incident():
    text = "Japan condemned China. The incident occurred on Saturday."
    _, events = code_text(text, "en", pub_date="2023-08-07")
    assert [(e.root_code, e.date) for e in events] == [("11", "2023-08-07")]


def test_a_third_state_reporting_an_armed_act_accuses_its_doer():
    _, events = code_text("Разведка Нидерландов заявила, что Россия применяет химическое оружие на Украине.", "ru")
    coded = {(e.source_country, e.target_country, e.root_code, e.modality) for e in events}
    assert ("NLD", "RUS", "11", "asserted") in coded
    assert ("RUS", "UKR", "20", "reported") in coded


def test_a_reported_clause_without_subject_has_the_speaker_as_subject_where_pronouns_drop():
    _, events = code_text("Трамп заявил, что встретится с Путиным.", "ru", pub_date="2025-05-01")
    assert {(e.source_country, e.target_country, e.code) for e in events} == {("USA", "RUS", "036")}


@pytest.mark.parametrize(
    "text,lang",
    [
        ("China negó las acusaciones de EEUU de que suministra armas a Rusia.", "es"),
        ("Pechino ha negato le accuse americane di aver fornito armi alla Russia.", "it"),
        ("China denied US accusations that it supplies weapons to Russia.", "en"),
    ],
)
def test_a_denial_answers_the_state_named_with_the_accusation_and_leaves_its_content_alleged(text, lang):
    _, events = code_text(text, lang, pub_date="2024-05-01")
    assert triples(events) == {("CHN", "USA", "01")}


@pytest.mark.parametrize(
    "text,lang",
    [("According to Ankara, Russia attacked Ukraine on Monday.", "en"), ("Secondo Ankara, la Russia ha attaccato l'Ucraina.", "it")],
)
def test_a_fronted_attribution_ends_at_its_comma(text, lang):
    _, events = code_text(text, lang)
    assert triples(events) == {("RUS", "UKR", "19")}


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("La France a condamné la décision de Moscou d'expulser des diplomates polonais.", "fr", {("FRA", "RUS", "11"), ("RUS", "POL", "16")}),
        ("Poland condemned the decision of Russia to expel Polish diplomats.", "en", {("POL", "RUS", "11"), ("RUS", "POL", "16")}),
        ("L'Italia ha criticato la decisione di Parigi di chiudere il confine con la Spagna.", "it", {("ITA", "FRA", "11"), ("FRA", "ESP", "16")}),
        ("Dinamarca rechazó la propuesta de Trump de comprar Groenlandia.", "es", {("DNK", "USA", "12")}),
    ],
)
def test_a_reaction_targets_the_state_named_with_its_object_which_does_the_complement(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    assert triples(events) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Un ataque ruso con misiles contra Kiev dejó tres muertos el lunes.", "es"),
        ("L'attaque russe contre Kiev a fait trois morts lundi.", "fr"),
        ("Un attacco russo contro Kiev ha causato tre morti lunedì.", "it"),
    ],
)
def test_an_adjective_after_an_act_noun_names_who_acted(text, lang):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    assert triples(events) == {("RUS", "UKR", "19")}


@pytest.mark.parametrize("text,lang", [("La France a condamné l'attaque russe contre Kiev.", "fr"), ("France condemned the Russian attack on Kyiv.", "en")])
def test_a_condemnation_targets_the_author_of_the_condemned_act(text, lang):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    assert ("FRA", "RUS", "11") in triples(events)
    assert ("FRA", "UKR", "11") not in triples(events)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("La Russia ha usato armi chimiche in Ucraina, ha denunciato Kiev.", "it"),
        ("La Russie a utilisé des armes chimiques en Ukraine, a accusé Kiev.", "fr"),
        ("Rusia usó armas químicas en Ucrania, denunció Kiev.", "es"),
    ],
)
def test_an_accusation_whose_speaker_follows_it_makes_what_precedes_its_content(text, lang):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    assert triples(events) == {("UKR", "RUS", "11")}


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("L'Italia ha inviato a Kiev nuovi aiuti militari.", "it", ("ITA", "UKR", "07")),
        ("Deutschland schickte Hilfsgüter nach Myanmar.", "de", ("DEU", "MMR", "07")),
        ("Россия направила в Мьянму гуманитарную помощь.", "ru", ("RUS", "MMR", "07")),
    ],
)
def test_what_is_sent_goes_to_the_state_named_as_where_it_goes(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    assert triples(events) == {expected}


@pytest.mark.parametrize(
    "text,lang,root",
    [
        ("India and Pakistan exchanged fire along the border on Monday.", "en", "19"),
        ("Rusia y Ucrania intercambiaron prisioneros el lunes.", "es", "08"),
        ("Russland und die Ukraine tauschten am Montag Gefangene aus.", "de", "08"),
    ],
)
def test_a_mutual_act_of_joint_subjects_goes_both_ways(text, lang, root):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    countries = sorted({e.source_country for e in events})
    assert {(e.source_country, e.target_country, e.root_code) for e in events} == {(countries[0], countries[1], root), (countries[1], countries[0], root)}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Peking verlangte von Tokio eine Entschuldigung.", {("CHN", "JPN", "10")}),
        ("Der Iran forderte von den USA die Aufhebung der Sanktionen.", {("IRN", "USA", "10")}),
        ("Kiew wurde von Russland angegriffen.", {("RUS", "UKR", "19")}),
    ],
)
def test_german_von_after_a_finite_verb_names_whom_a_demand_is_made_of(text, expected):
    _, events = code_text(text, "de", pub_date="2025-05-01")
    assert triples(events) == expected


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Kiev est bombardée chaque nuit par l'armée russe.", "fr", {("RUS", "UKR", "19")}),
        ("Macron s'est rendu à Moscou lundi.", "fr", {("FRA", "RUS", "04")}),
        ("Lavrov si è recato a Pechino.", "it", {("RUS", "CHN", "04")}),
    ],
)
def test_present_passives_and_active_perfects_with_be(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    assert triples(events) == expected


def test_by_after_an_object_noun_belongs_to_the_noun_not_to_a_passive():
    _, events = code_text("The Kremlin rejected a proposal by Kyiv.", "en", pub_date="2025-05-01")
    assert triples(events) == {("RUS", "UKR", "12")}


def test_what_a_state_refused_to_do_is_not_a_fact():
    _, events = code_text("Serbia refused to impose sanctions on Russia.", "en", pub_date="2025-05-01")
    assert triples(events) == {("SRB", "RUS", "12")}


@pytest.mark.parametrize(
    "text,lang",
    [("Des affrontements ont éclaté lundi entre la Thaïlande et le Cambodge.", "fr"), ("Sono scoppiati scontri tra la Thailandia e la Cambogia.", "it")],
)
def test_an_article_after_the_coordinator_keeps_the_pair_of_between(text, lang):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    assert triples(events) == {("THA", "KHM", "19")}


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("La Maison-Blanche a accordé une aide de 50 millions de dollars à la Jordanie.", "fr", {("USA", "JOR", "07")}),
        ("Pékin a accordé un prêt de deux milliards de dollars au Pakistan.", "fr", {("CHN", "PAK", "07")}),
    ],
)
def test_the_recipient_of_what_is_given_may_stand_far_after_the_verb(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2025-05-01")
    assert triples(events) == expected


@pytest.mark.parametrize(
    "text,lang,appeal",
    [
        ("Washington wants Moscow to withdraw its troops from Ukraine.", "en", ("USA", "RUS", "02")),
        ("Paris veut que Moscou retire ses troupes d'Ukraine.", "fr", ("FRA", "RUS", "02")),
        ("Madrid quiere que Rabat cierre la frontera con Argelia.", "es", ("ESP", "MAR", "02")),
        ("Roma vuole che la Libia fermi le partenze verso l'Italia.", "it", ("ITA", "LBY", "02")),
    ],
)
def test_wanting_another_state_to_act_is_an_appeal_and_the_act_is_not_done(text, lang, appeal):
    _, events = code_text(text, lang)
    assert appeal in triples(events)
    assert all(e.source_country == appeal[0] for e in events)  # the wished act is no fact
    _, kept = code_text(text, lang, all_modalities=True)
    assert {e.modality for e in kept if e.source_country == appeal[1]} <= {"hypothetical"}


def test_wanting_to_act_oneself_is_an_intention_not_an_appeal():
    _, events = code_text("Washington wants to impose new sanctions on Moscow.", "en")
    assert not any(e.code.startswith("02") for e in events)


def test_german_werden_with_an_infinitive_is_an_active_future():
    _, events = code_text("Russland wird die Ukraine angreifen.", "de")
    assert {(e.source_country, e.target_country, e.modality) for e in events} == {("RUS", "UKR", "intended")}
    _, events = code_text("Bundeskanzler Scholz wird am Montag China besuchen.", "de")
    assert {(e.source_country, e.target_country, e.modality) for e in events} == {("DEU", "CHN", "intended")}


def test_german_present_passive_with_werden_is_no_future():
    _, events = code_text("Die Ukraine wird seit Monaten von Russland beschossen.", "de")
    assert {(e.source_country, e.target_country, e.code[:2], e.modality) for e in events} == {("RUS", "UKR", "19", "asserted")}
    _, events = code_text("Die Ukraine wird morgen von Russland angegriffen werden.", "de", all_modalities=True)
    assert {e.modality for e in events} == {"intended"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Putin ist am Montag nach China gereist.", ("RUS", "CHN", "04", "asserted")),
        ("Putin fliegt am Montag nach China.", ("RUS", "CHN", "04", "asserted")),
        ("Der russische Präsident wird am Montag nach China reisen.", ("RUS", "CHN", "03", "intended")),
        ("Russland hat Ziele in der Ukraine angegriffen.", ("RUS", "UKR", "19", "asserted")),
    ],
)
def test_german_place_in_the_middle_field_before_a_final_verb(text, expected):
    _, events = code_text(text, "de", pub_date="2024-05-01")
    assert {(e.source_country, e.target_country, e.code[:2], e.modality) for e in events} == {expected}


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Trois diplomates russes accusés d'espionnage ont été expulsés par la France.", "fr", {("FRA", "RUS", "16")}),
        ("Two Russian diplomats accused of spying were expelled by Poland.", "en", {("POL", "RUS", "16")}),
        ("Dos diplomáticos rusos acusados de espionaje fueron expulsados por Polonia.", "es", {("POL", "RUS", "16")}),
        ("La Russie, accusée de crimes de guerre par l'Ukraine, dément.", "fr", {("UKR", "RUS", "11"), ("RUS", "UKR", "01")}),
    ],
)
def test_a_participle_of_accusing_after_an_actor_names_the_accused(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2024-05-01")
    assert triples(events) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Séoul a proposé à Pyongyang de reprendre les pourparlers.", "fr"),
        ("Seoul proposed to Pyongyang to resume talks.", "en"),
        ("Seúl propuso a Pyongyang reanudar las conversaciones.", "es"),
        ("Seul ha proposto a Pyongyang di riprendere i colloqui.", "it"),
        ("Seoul schlug Pjöngjang die Wiederaufnahme der Gespräche vor.", "de"),
        ("Сеул предложил Пхеньяну возобновить переговоры.", "ru"),
    ],
)
def test_the_addressee_of_a_proposal_may_stand_inside_the_trigger(text, lang):
    _, events = code_text(text, lang, pub_date="2024-05-01")
    assert triples(events) == {("KOR", "PRK", "03")}


@pytest.mark.parametrize(
    "text,host,guest",
    [
        ("Си Цзиньпин принял Владимира Путина в Пекине.", "CHN", "RUS"),
        ("Путин принял в Кремле Александра Лукашенко.", "RUS", "BLR"),
    ],
)
def test_russian_hosting_a_person_named_after_the_verb(text, host, guest):
    _, events = code_text(text, "ru", pub_date="2024-05-01")
    assert triples(events) == {(host, guest, "04"), (guest, host, "04")}


def test_russian_taking_a_decision_is_no_hosting():
    _, events = code_text("Путин принял решение о поставках в Белоруссию.", "ru", pub_date="2024-05-01")
    assert not any(e.code.startswith("04") for e in events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("« Nous condamnons Israël », a dit le Premier ministre britannique.", "fr", {("GBR", "ISR", "11")}),
        ('"We condemn Israel," said the British prime minister.', "en", {("GBR", "ISR", "11")}),
        ("„Wir verurteilen Israel“, sagte der britische Premierminister.", "de", {("GBR", "ISR", "11")}),
        ("« Merci au Japon », a écrit samedi le président ukrainien.", "fr", {("UKR", "JPN", "05")}),
        ("« La Russie mène une guerre hybride contre la Pologne », a accusé le Premier ministre polonais.", "fr", {("POL", "RUS", "11")}),
    ],
)
def test_a_quotation_before_its_verb_of_saying_is_the_speakers(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2024-05-01")
    assert triples(events) == expected


def test_a_quoted_clause_of_purpose_is_not_the_speakers_act():
    text = "«Мы готовы закрыть переходы для того, чтобы оказать давление на Белоруссию», — сказал польский премьер."
    _, events = code_text(text, "ru", pub_date="2021-11-10")
    assert not any(e.code.startswith("17") for e in events)


def test_a_name_that_is_a_negation_word_negates_nothing():
    _, events = code_text("North Korean Defence Minister No Kwang-chol warned the United States on Monday.", "en", pub_date="2025-03-01")
    assert {(e.source_country, e.target_country, e.code[:2], e.modality) for e in events} == {("PRK", "USA", "13", "asserted")}


def test_a_role_noun_after_a_possessive_is_not_the_other_state_of_the_article():
    text = (
        "Venezuela and the United States swapped prisoners. "
        '"We did it," Maduro said, with his government earlier calling the release a victory over the kidnapping.'
    )
    _, events = code_text(text, "en", pub_date="2023-12-21")
    assert not any(e.source_country == "VEN" and e.target_country == "USA" and e.code.startswith("18") for e in events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Iraqi protesters stormed the Swedish embassy in Baghdad, and Swedish Foreign Minister Tobias Billström condemned the attack.", "en", {("IRQ", "SWE", "14"), ("SWE", "IRQ", "11")}),
        ("Israel struck Iranian nuclear facilities on Friday, and Iran retaliated with missiles fired at Tel Aviv.", "en", {("ISR", "IRN", "19"), ("IRN", "ISR", "19")}),
    ],
)
def test_a_comma_and_coordinator_before_a_new_subject_opens_a_new_clause(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2024-05-01")
    assert triples(events) == expected


def test_a_list_of_subjects_with_a_serial_comma_stays_one_clause():
    _, events = code_text("Russia, China, and Iran condemned the Israeli strike.", lang="en")
    assert {("RUS", "ISR", "11"), ("CHN", "ISR", "11"), ("IRN", "ISR", "11")} <= triples(events)


@pytest.mark.parametrize(
    "text,lang,pub_date,expected",
    [
        ("Si Kiev obtient des missiles Tomahawk, Moscou répondra fermement, a averti le porte-parole du Kremlin, Dmitri Peskov.", "fr", "2025-10-10", ("RUS", "UKR")),
        ("Finland will close its border with Russia if Moscow keeps pushing migrants across, Prime Minister Petteri Orpo warned.", "en", "2024-11-01", ("FIN", "RUS")),
        ("Si Hamás no libera a los rehenes, Israel reanudará los ataques contra Gaza, advirtió el primer ministro israelí, Benjamín Netanyahu.", "es", "2025-02-11", ("ISR", "PSE")),
        ("Se Teheran attaccherà ancora, Israele colpirà l'Iran, ha avvertito il premier israeliano Benjamin Netanyahu.", "it", "2025-06-20", ("ISR", "IRN")),
        ("Если Литва закроет границу, Минск будет вынужден ответить Вильнюсу, предупредил Лукашенко.", "ru", "2025-03-01", ("BLR", "LTU")),
    ],
)
def test_a_conditional_warning_with_its_speaker_after_the_comma_is_asserted(text, lang, pub_date, expected):
    _, events = code_text(text, lang, pub_date=pub_date)
    assert {(e.source_country, e.target_country) for e in events if e.code.startswith("13")} == {expected}
    assert all(e.modality == "asserted" for e in events if e.code.startswith("13"))
    assert not any(e.code[:2] in ("18", "19") for e in events)  # what is threatened is not done


def test_an_apposition_between_commas_is_a_name_not_a_clause():
    _, events = code_text("Le chef de la junte nigérienne, le général Abdourahamane Tiani, a accusé mercredi la France de financer des groupes armés.", "fr", pub_date="2024-01-10")
    assert ("NER", "FRA", "11") in triples(events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Hundreds of protesters rallied outside the Chinese embassy in Manila on Monday.", "en", ("PHL", "CHN", "14")),
        ("Des centaines de manifestants se sont rassemblés devant l'ambassade de Chine à Manille.", "fr", ("PHL", "CHN", "14")),
        ("Hunderte Menschen protestierten vor der russischen Botschaft in Warschau.", "de", ("POL", "RUS", "14")),
        ("В Кишинёве у здания российского посольства прошёл пикет.", "ru", ("MDA", "RUS", "14")),
        ("Protesters gathered outside the US embassy in Lahore.", "en", ("PAK", "USA", "14")),
    ],
)
def test_protesters_named_by_no_state_are_of_the_place_where_they_protest(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2024-05-01")
    assert triples(events) == {expected}


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("A US soldier has been detained in the Russian city of Vladivostok.", "en", ("RUS", "USA")),
        ("An American journalist was arrested in Moscow on Friday.", "en", ("RUS", "USA")),
        ("В Иране задержана гражданка Франции.", "ru", ("IRN", "FRA")),
        ("Arrestato a Mosca un ricercatore francese.", "it", ("RUS", "FRA")),
        ("Un periodista español fue detenido en Moscú.", "es", ("RUS", "ESP")),
    ],
)
def test_an_arrest_without_agent_is_by_the_state_where_it_happens(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2024-05-01")
    assert {(e.source_country, e.target_country, e.code[:2]) for e in events} == {(*expected, "17")}


def test_an_arrest_in_a_relative_clause_takes_no_sufferer_from_far_after():
    text = "The release of Adli Yaish, who had been arrested 15 months ago, came as Israel announced it would free prisoners."
    _, events = code_text(text, "en", pub_date="2008-08-06")
    assert not any(e.code.startswith("17") for e in events)


@pytest.mark.parametrize(
    "text,lang,pub_date,expected",
    [
        ("Kanada, Australien und Großbritannien haben den Staat Palästina anerkannt.", "de", "2025-09-22", {("CAN", "PSE", "05"), ("AUS", "PSE", "05"), ("GBR", "PSE", "05")}),
        ("Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.", "en", "2024-05-28", {("ESP", "PSE", "05"), ("IRL", "PSE", "05"), ("NOR", "PSE", "05")}),
        ("Russia and China signed an agreement.", "en", "2024-05-28", {("RUS", "CHN", "05")}),
    ],
)
def test_coordinated_subjects_act_on_the_object_after_them(text, lang, pub_date, expected):
    _, events = code_text(text, lang, pub_date=pub_date)
    assert triples(events) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Caracas negó haber enviado tropas a la frontera con Guyana.", "es"),
        ("L'Iran ha negato di aver fornito droni alla Russia.", "it"),
    ],
)
def test_what_is_denied_right_after_the_verb_is_not_done(text, lang):
    _, events = code_text(text, lang, pub_date="2024-05-01")
    assert {e.code[:2] for e in events} == {"01"}


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Marruecos y Argelia, que rompieron relaciones en 2021, intercambiaron acusaciones el lunes.", "es", {("MAR", "DZA", "11"), ("DZA", "MAR", "11")}),
        ("La Russie, qui a envahi l'Ukraine en 2022, a critiqué la Pologne.", "fr", {("RUS", "POL", "11")}),
        ("Russland, das die Ukraine 2022 überfallen hat, kritisierte Polen.", "de", {("RUS", "POL", "11")}),
        ("Россия, которая напала на Украину в 2022 году, раскритиковала Польшу.", "ru", {("RUS", "POL", "11")}),
        ("Armenia and Azerbaijan, which fought two wars over Karabakh, initialled a peace agreement.", "en", {("ARM", "AZE", "05")}),
    ],
)
def test_the_main_clause_resumes_after_a_relative_clause_with_its_subject(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2025-08-10")
    assert triples(events) == expected
    assert all(e.date.startswith("2025") for e in events)


def test_a_reaction_in_the_passive_does_not_make_what_it_reacts_to_alleged():
    text = "Le Royaume-Uni, le Canada et l'Australie ont reconnu l'État de Palestine, une décision aussitôt dénoncée par Israël."
    _, events = code_text(text, "fr", pub_date="2025-09-22")
    assert {("GBR", "PSE", "05"), ("ISR", "GBR", "11")} <= triples(events)
    assert all(e.modality == "asserted" for e in events)


def test_an_organisation_that_reports_an_act_is_no_party_to_it():
    text = "Pakistan has expelled more than 800,000 Afghans since 2023, the UN refugee agency said on Tuesday."
    _, events = code_text(text, "en", pub_date="2025-08-10")
    assert ("PAK", "AFG", "16") in triples(events)
    assert not any(e.target_country == "UNO" for e in events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("La UE condenó el lanzamiento de un misil por parte de Corea del Norte.", "es", ("EUR", "PRK", "11")),
        ("Il presidente colombiano ha denunciato la minaccia di dazi da parte di Trump.", "it", ("COL", "USA", "11")),
    ],
)
def test_a_reaction_is_to_the_agent_of_the_act_it_names(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2025-05-08")
    assert expected in triples(events)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Иран был атакован Израилем.", "ru", ("ISR", "IRN", "19")),
        ("НПЗ в Рязани был атакован украинскими беспилотниками.", "ru", ("UKR", "RUS", "19")),
        ("A refinery in Ryazan was attacked by Ukrainian drones.", "en", ("UKR", "RUS", "19")),
    ],
)
def test_the_agent_of_a_passive_and_the_place_it_struck(text, lang, expected):
    _, events = code_text(text, lang, pub_date="2025-06-20")
    assert triples(events) == {expected}


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The United States deployed an aircraft carrier to deter an Iranian attack on Israel.", "en"),
        ("Estados Unidos desplegó un portaaviones para disuadir un ataque iraní contra Israel.", "es"),
        ("Die USA verlegten einen Flugzeugträger, um einen iranischen Angriff auf Israel abzuschrecken.", "de"),
        ("США направили авианосец, чтобы сдержать нападение Ирана на Израиль.", "ru"),
    ],
)
def test_an_act_that_is_to_be_prevented_is_not_done(text, lang):
    _, events = code_text(text, lang, pub_date="2024-08-10")
    assert not any(e.code.startswith("19") for e in events)


@pytest.mark.parametrize("text", ["Lavrov to visit North Korea for talks with Choe Son Hui.", "Putin to meet Trump in Alaska on Friday."])
def test_an_english_headline_name_to_verb_is_an_intention(text):
    _, events = code_text(text, "en", pub_date="2025-07-10")
    assert events and all(e.modality == "intended" and e.code.startswith("03") for e in events)

"""German news-register probe: our own sentences in wire and newspaper style over the 20 CAMEO roots.

Written by the dyadwatch authors for this probe (not taken from any source), in the way German
agency and newspaper reports phrase interstate news: datelines, appositions, quotations with
reported speech and "nach Angaben", relative clauses, two events in one sentence, headline
style, passives, capitals and seats of power for governments, allegations and denials,
intentions, conditions, negations and historical background. Conventions as in
test_probe_de.py: each case is a sentence, its publication date, the expected
"SRC TGT root" triples (a root ending in "~" is symmetric) and the triples tolerated but not
required. An empty set means no event. Accusations are coded as accusations (11), never as
the alleged act; intentions and plans as 03; office holders are those in office on the
publication date.

Sentences that the coder still gets wrong for reasons outside the lexicon are in FAILING
(index -> reason); they count in the floor test but have no per-sentence test.
"""
import pytest

from .probe import Expected, assert_floors, assert_sentence

# (text, publication date, expected "SRC TGT root" triples, tolerated triples)
CASES = [
    # 0
    ('BERLIN, 14. Juli (dpa) - Bundesaußenminister Johann Wadephul hat sich besorgt über die Verlegung russischer Truppen an die Grenze zu Litauen geäußert.', '2025-07-14', {'DEU RUS 01'}, {'RUS LTU 15'}),
    ('Der Élysée zeigte sich „zutiefst besorgt“ über die Verhaftung des französisch-algerischen Schriftstellers Boualem Sansal in Algier.', '2024-11-23', {'FRA DZA 01'}, {'DZA FRA 17'}),
    ('Peking wies die Vorwürfe Manilas zurück, chinesische Schiffe hätten ein philippinisches Versorgungsboot gerammt.', '2025-06-18', {'CHN PHL 01'}, {'PHL CHN 11'}),
    ('Die Europäische Union hat Serbien und das Kosovo aufgerufen, die Spannungen im Norden des Kosovo abzubauen und an den Verhandlungstisch zurückzukehren.', '2023-06-01', {'EUR SRB 02', 'EUR XKX 02'}, set()),
    ('In einem Brief an Präsident Trump bat der ukrainische Staatschef Wolodymyr Selenskyj um weitere Luftverteidigungssysteme, wie das Präsidialamt in Kiew mitteilte.', '2025-07-08', {'UKR USA 02'}, set()),
    # 5
    ('Philippinen bitten Japan um zusätzliche Patrouillenboote für die Küstenwache', '2025-05-20', {'PHL JPN 02'}, set()),
    ('„Wir sind bereit, unsere Zusammenarbeit im Energiesektor deutlich auszubauen“, sagte der kasachische Präsident Kassym-Schomart Tokajew nach einem Gespräch mit Bundespräsident Frank-Walter Steinmeier.', '2023-06-20', {'KAZ DEU 03', 'DEU KAZ 04~'}, set()),
    ('Großbritannien will der Ukraine im kommenden Jahr Drohnen im Wert von 350 Millionen Pfund liefern, kündigte Verteidigungsminister John Healey am Mittwoch an.', '2025-06-04', {'GBR UKR 03'}, set()),
    ('Indien und die Europäische Union wollen ihr seit Jahren verhandeltes Freihandelsabkommen noch vor Jahresende abschließen.', '2025-09-10', {'IND EUR 03~'}, {'IND EUR 04', 'EUR IND 04'}),
    ('PEKING, 4. September (Reuters) - Chinas Staatschef Xi Jinping hat am Donnerstag den nordkoreanischen Machthaber Kim Jong-un in der Großen Halle des Volkes empfangen.', '2025-09-04', {'CHN PRK 04'}, {'PRK CHN 04'}),
    # 10
    ('Der Außenminister Indiens, Subrahmanyam Jaishankar, reist in der kommenden Woche zu Gesprächen mit seinem russischen Amtskollegen Sergej Lawrow nach Moskau.', '2025-08-14', {'IND RUS 03'}, set()),
    ('Wie das Weiße Haus mitteilte, telefonierte Präsident Trump am Donnerstag mehr als eine Stunde lang mit dem chinesischen Staatschef Xi Jinping.', '2025-06-06', {'CHN USA 04~'}, set()),
    ('Vertreter Armeniens und Aserbaidschans sind am Dienstag in Tiflis zu einer neuen Runde von Grenzgesprächen zusammengekommen.', '2025-03-12', {'ARM AZE 04~'}, {'ARM GEO 04', 'AZE GEO 04'}),
    ('Kanada, Australien und Großbritannien haben am Sonntag den Staat Palästina anerkannt, Frankreich will am Montag folgen.', '2025-09-22', {'CAN PSE 05', 'AUS PSE 05', 'GBR PSE 05'}, {'FRA PSE 03'}),
    ('Der ukrainische Präsident bedankte sich bei Dänemark für das jüngste Militärhilfepaket, das Kopenhagen in der vergangenen Woche geschnürt hatte.', '2025-04-15', {'UKR DNK 05'}, {'DNK UKR 07', 'DNK UKR 03'}),
    # 15
    ('Die Außenminister Polens und der Ukraine unterzeichneten in Warschau eine Vereinbarung über die Exhumierung von Opfern des Massakers von Wolhynien.', '2025-04-24', {'POL UKR 05~'}, set()),
    ('Nach jahrelanger Eiszeit wollen Ägypten und die Türkei ihre diplomatischen Beziehungen wieder normalisieren.', '2023-03-18', {'EGY TUR 03~'}, set()),
    ('Russische und chinesische Kriegsschiffe haben im Japanischen Meer ein gemeinsames Manöver begonnen, teilte das Verteidigungsministerium in Moskau mit.', '2025-08-01', {'CHN RUS 06~'}, set()),
    ('Polen wird einen ukrainischen Taucher, der an der Sprengung der Nord-Stream-Pipelines beteiligt gewesen sein soll, nicht an Deutschland ausliefern.', '2025-10-17', set(), {'POL DEU 12'}),
    ('Die Vereinigten Staaten haben den Austausch von Geheimdienstinformationen mit der Ukraine nach einer Woche Pause wieder aufgenommen.', '2025-03-12', {'USA UKR 06'}, set()),
    # 20
    ('Die Vereinigten Arabischen Emirate haben einen von Frankreich gesuchten Drogenboss an die Behörden in Paris ausgeliefert.', '2025-03-20', {'ARE FRA 06'}, set()),
    ('Schweden schickt der Ukraine ein weiteres Militärhilfepaket im Wert von 1,5 Milliarden Euro, darunter Luftabwehrsysteme und Munition.', '2025-09-03', {'SWE UKR 07'}, set()),
    ('Mit einem Kredit über zwei Milliarden Dollar springt China dem klammen Pakistan zur Seite.', '2025-03-05', {'CHN PAK 07'}, set()),
    ('Das Welternährungsprogramm der Vereinten Nationen hat nach eigenen Angaben Lebensmittel für 200.000 Menschen in den Sudan gebracht.', '2025-02-18', {'UNO SDN 07'}, set()),
    ('Nach monatelangen Verhandlungen hat Belarus 52 Gefangene freigelassen, darunter Staatsbürger Litauens und Polens; im Gegenzug lockerten die USA Sanktionen gegen die belarussische Fluggesellschaft Belavia.', '2025-09-12', {'BLR LTU 08', 'BLR POL 08', 'USA BLR 08'}, {'BLR USA 04', 'USA BLR 04', 'BLR USA 08'}),
    # 25
    ('Russland und die Ukraine haben unter Vermittlung der Vereinigten Arabischen Emirate erneut Kriegsgefangene ausgetauscht.', '2025-01-06', {'RUS UKR 08~'}, {'ARE RUS 04', 'ARE UKR 04'}),
    ('EU hebt Wirtschaftssanktionen gegen Syrien auf', '2025-05-21', {'EUR SYR 08'}, set()),
    ('Die israelische Armee hat sich nach Angaben der libanesischen Regierung aus zwei weiteren Dörfern im Südlibanon zurückgezogen.', '2025-02-19', {'ISR LBN 16'}, set()),
    ('Der Internationale Strafgerichtshof hat Ermittlungen gegen Venezuela wegen mutmaßlicher Verbrechen gegen die Menschlichkeit eingeleitet.', '2021-11-04', {'ICC VEN 09'}, set()),
    ('Die polnische Staatsanwaltschaft untersucht, ob Belarus hinter dem Eindringen von Schmuggelballons in den polnischen Luftraum steckt.', '2025-10-28', {'POL BLR 09'}, set()),
    # 30
    ('Die Bundesregierung macht den russischen Militärgeheimdienst GRU für einen Cyberangriff auf die Deutsche Flugsicherung verantwortlich und hat den russischen Botschafter einbestellt.', '2025-12-12', {'DEU RUS 11'}, set()),
    ('„Russland muss seine Angriffe auf zivile Ziele sofort einstellen“, forderte der britische Premierminister Keir Starmer am Freitag.', '2025-07-11', {'GBR RUS 10'}, set()),
    ('Die Regierung in Kinshasa verlangt von Ruanda den Abzug seiner Truppen aus dem Osten des Landes.', '2025-02-03', {'COD RWA 10'}, set()),
    ('Der Quai d’Orsay bestellte den iranischen Botschafter ein, nachdem Teheran zwei französische Staatsbürger wegen angeblicher Spionage festgenommen hatte.', '2025-05-16', {'FRA IRN 11', 'IRN FRA 17'}, set()),
    ('Der Kreml bezeichnete das neue Sanktionspaket der EU als „illegal“ und kündigte Gegenmaßnahmen an.', '2025-07-19', {'RUS EUR 11', 'RUS EUR 13'}, {'EUR RUS 16'}),
    # 35
    ('Belarus wies die Vorwürfe Litauens zurück, es schicke absichtlich Schmuggelballons über die Grenze.', '2025-10-27', {'BLR LTU 01'}, {'LTU BLR 11'}),
    ('Der ungarische Außenminister Péter Szijjártó lehnte den Vorschlag der EU-Kommission ab, russische Gasimporte bis 2027 vollständig zu verbieten.', '2025-06-18', {'HUN EUR 12'}, set()),
    ('Iran lehnt Forderung der IAEA nach Zugang zu Fordo ab', '2025-07-09', {'IRN IAEA 12'}, set()),
    ('Venezuela verweigerte einem Flugzeug mit abgeschobenen Migranten aus den USA die Landeerlaubnis.', '2025-02-25', {'VEN USA 12'}, {'USA VEN 17'}),
    ('Sollte Kiew Marschflugkörper vom Typ Tomahawk erhalten, werde Russland darauf „angemessen reagieren“, warnte Kremlsprecher Dmitri Peskow.', '2025-10-13', {'RUS UKR 13'}, {'RUS USA 13'}),
    # 40
    ('Trump droht Indien mit weiteren Zöllen wegen russischer Ölkäufe', '2025-08-05', {'USA IND 13'}, set()),
    ('China kündigte „entschlossene Gegenmaßnahmen“ an, falls die Niederlande die Ausfuhr von Chipmaschinen weiter beschränken.', '2025-10-02', {'CHN NLD 13'}, set()),
    ('Vor der chinesischen Botschaft in Manila protestierten am Samstag mehrere hundert Filipinos gegen das Vorgehen der chinesischen Küstenwache.', '2024-06-22', {'PHL CHN 14'}, set()),
    ('Rund 2000 Armenier demonstrierten am Sonntag vor der russischen Botschaft in Eriwan gegen die Untätigkeit der russischen Friedenstruppen in Bergkarabach.', '2023-09-25', {'ARM RUS 14'}, {'RUS AZE 07', 'RUS ARM 07'}),
    ('Die chinesische Volksbefreiungsarmee hat rund um Taiwan ein groß angelegtes Manöver mit Kriegsschiffen und Kampfflugzeugen abgehalten, wie das Verteidigungsministerium in Taipeh mitteilte.', '2025-04-02', {'CHN TWN 15'}, set()),
    # 45
    ('Russland hat nach Angaben der Nato rund 10.000 Soldaten an die Grenze zu Finnland verlegt, was Helsinki als „Provokation“ bezeichnete.', '2025-05-23', {'RUS FIN 15', 'FIN RUS 11'}, set()),
    ('Mali und Niger haben die diplomatischen Beziehungen zur Ukraine abgebrochen, nachdem ein ukrainischer Militärgeheimdienstler eine Beteiligung Kiews an Kämpfen im Norden Malis angedeutet hatte.', '2024-08-07', {'MLI UKR 16', 'NER UKR 16'}, set()),
    ('Zwei russische Diplomaten sind von der estnischen Regierung zu unerwünschten Personen erklärt worden und müssen das Land binnen einer Woche verlassen.', '2025-03-04', {'EST RUS 16'}, set()),
    ('Washington hat Anfang des Monats Strafzölle von 50 Prozent auf Importe aus Brasilien verhängt.', '2025-08-20', {'USA BRA 16'}, set()),
    ('Die Regierung in Islamabad schloss am Sonntag alle Grenzübergänge nach Afghanistan, nachdem es in der Nacht zu schweren Gefechten mit Taliban-Kämpfern gekommen war.', '2025-10-13', {'PAK AFG 16'}, {'PAK AFG 19', 'AFG PAK 19'}),
    # 50
    ('Ein Moskauer Gericht verurteilte den französischen Forscher Laurent Vinatier am Montag zu drei Jahren Haft, weil er sich nicht als „ausländischer Agent“ registriert habe.', '2024-10-14', {'RUS FRA 17'}, {'RUS FRA 11'}),
    ('Die chinesischen Behörden nahmen einen japanischen Mitarbeiter des Pharmakonzerns Astellas wegen Spionageverdachts fest.', '2023-03-27', {'CHN JPN 17'}, set()),
    ('Nach einem Bericht des niederländischen Militärgeheimdienstes haben russische Hacker im vergangenen Jahr einen Cyberangriff auf die Computer der niederländischen Polizei verübt.', '2025-05-27', {'RUS NLD 17'}, {'NLD RUS 11'}),
    ('Hacker des russischen Militärgeheimdienstes sollen die Server des polnischen Wahlkomitees angegriffen haben.', '2025-05-30', set(), set()),
    ('Russische Soldaten haben nach Erkenntnissen der UN-Menschenrechtsbeobachter ukrainische Kriegsgefangene gefoltert.', '2025-03-31', {'RUS UKR 18'}, set()),
    # 55
    ('Die sudanesische RSF-Miliz hat nach Angaben der Regierung in Kairo drei ägyptische Lastwagenfahrer entführt.', '2025-01-22', {'SDN EGY 18'}, set()),
    ('Nordkoreanische Agenten entführten in den 1970er und 1980er Jahren Dutzende japanische Staatsbürger.', '2025-06-10', set(), set()),
    ('KIEW, 28. August (dpa) - Bei einem der schwersten russischen Luftangriffe seit Kriegsbeginn sind in der ukrainischen Hauptstadt mindestens 23 Menschen getötet worden.', '2025-08-28', {'RUS UKR 19'}, set()),
    ('Ukrainische Drohnen haben in der Nacht zum Sonntag eine Ölraffinerie in der russischen Stadt Saratow in Brand gesetzt, teilte der Gouverneur der Region mit.', '2025-09-14', {'UKR RUS 19'}, set()),
    ('Der Iran feuerte als Vergeltung für die Tötung seiner Generäle Hunderte ballistische Raketen auf Israel ab.', '2025-06-14', {'IRN ISR 19'}, {'ISR IRN 18', 'ISR IRN 19'}),
    # 60
    ('Israel und der Iran haben sich am Wochenende erneut gegenseitig mit Raketen beschossen.', '2025-06-15', {'IRN ISR 19~'}, set()),
    ('Eritreische Soldaten haben nach einem Bericht der UN-Menschenrechtskommissarin in der äthiopischen Region Tigray Massaker an Zivilisten verübt.', '2021-11-03', {'ERI ETH 20'}, set()),
    ('Russische Truppen haben nach Erkenntnissen der Organisation für das Verbot chemischer Waffen in der Region Saporischschja Chemiewaffen gegen ukrainische Soldaten eingesetzt.', '2024-11-19', {'RUS UKR 20'}, set()),
    ('Die UN-Untersuchungskommission kam zu dem Schluss, dass Israel im Gazastreifen einen Völkermord an den Palästinensern begeht.', '2025-09-16', {'UNO ISR 11'}, {'ISR PSE 20', 'UNO ISR 09'}),
    ('Das Außenministerium in Washington dementierte Berichte, wonach die USA ihre Botschaft in Kiew schließen wollten.', '2025-03-03', set(), set()),
    # 65
    ('Japan wird vorerst keine Sanktionen gegen China verhängen, sagte Regierungssprecher Yoshimasa Hayashi.', '2025-02-05', set(), set()),
    ('Wenn Washington die Militärhilfe für Kiew einstellt, hätte die Ukraine nach Einschätzung von Experten kaum eine Chance.', '2025-03-04', set(), set()),
    ('Im Jahr 1994 verzichtete die Ukraine im Budapester Memorandum auf ihre Atomwaffen, im Gegenzug garantierten Russland, die USA und Großbritannien ihre territoriale Integrität.', '2025-02-20', set(), set()),
    ('Aserbaidschan wirft Russland vor, ein Passagierflugzeug der Azerbaijan Airlines über Grosny abgeschossen zu haben, und fordert eine Entschuldigung.', '2024-12-29', {'AZE RUS 11', 'AZE RUS 10'}, set()),
    ('Der russische Präsident Wladimir Putin hat sich bei seinem aserbaidschanischen Amtskollegen Ilham Alijew für den „tragischen Zwischenfall“ im russischen Luftraum entschuldigt.', '2024-12-28', {'RUS AZE 05'}, set()),
]

# index -> why the coder still fails it (reasons outside the lexicon; see the probe report)
FAILING: dict[int, str] = {
    1: "a state named only as the place of the deed ('Verhaftung ... in Algier') is not the target of the concern",
    6: "a noun trigger after the subject of a say clause ('sagte X nach einem Gespräch mit Y') is not coded; fronted it is",
    14: "'bei' is a place preposition: the addressee of 'sich bedanken bei' (a state) is not the target",
    24: "noun 'Verhandlungen' in a fronted temporal phrase without a partner takes the clause's subject and objects (BLR->LTU/POL 04)",
    28: "alleged cue 'mutmaßlicher' modifying the charge inside the trigger span makes the investigation itself alleged",
    29: "the target of 'untersucht, ob Belarus ...' stands in the ob-clause",
    30: "a noun trigger inside the accusation span ('macht X für einen Cyberangriff auf Y verantwortlich') is coded as an asserted act accuser->accused",
    33: "alleged cue 'angeblicher' (modifying the charge 'Spionage') makes the arrest alleged",
    38: "a state inside an origin phrase of an object noun ('Flugzeug mit Migranten aus den USA') is not the target",
    39: "Peskow not in people.tsv, 'Kremlsprecher' not resolved to RUS; the threatened party stands in the 'Sollte' condition",
    42: "fronted place phrase 'Vor der chinesischen Botschaft' taken as subject (reversed), and no protest verb with words before 'gegen'",
    44: "'rund um Taiwan' before the trigger: 'um' is an other-preposition, so the target is lost",
    45: "relative 'was' referring to the whole preceding clause: the label 'als Provokation bezeichnete' gets no target",
    46: "joint subjects with an object ('Mali und Niger haben die Beziehungen zur Ukraine abgebrochen') give no event",
    47: "perfect passive 'sind von X zu unerwünschten Personen erklärt worden' is not recognised (the active form works)",
    50: "city adjective 'Moskauer' (Gericht) is not an actor of Russia",
    61: "a state named only as the place ('in der äthiopischen Region Tigray') is not the target of 'Massaker an Zivilisten'",
    63: "a neutral finding ('kam zu dem Schluss, dass Israel ... Völkermord ... begeht') has no frame that codes it as 11 of the finder",
    69: "'hat sich bei X ... entschuldigt': 'bei' is a place preposition and the split perfect is not matched",
}

# floors for the whole list (failing sentences included), 0.02 below the measured values
# (measured after the lexicon repair: P 0.881 / R 0.703, TP 52 FP 7 FN 22; before it P 0.822 / R 0.500)
MIN_PRECISION = 0.87
MIN_RECALL = 0.68


CASES_SCORED = [(text, pub_date, Expected.from_strings(expected, tolerated)) for text, pub_date, expected, tolerated in CASES]
PASSING = [(i, case) for i, case in enumerate(CASES_SCORED) if i not in FAILING]


@pytest.mark.parametrize("text,pub_date,expected", [case for _, case in PASSING], ids=[f"news_de{i:03d}" for i, _ in PASSING])
def test_news_sentence(text, pub_date, expected):
    assert_sentence("de", text, pub_date, expected)


def test_news_precision_and_recall():
    assert_floors("de", CASES_SCORED, MIN_PRECISION, MIN_RECALL)

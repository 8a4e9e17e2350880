"""German coverage probe: our own news-style sentences over the 20 CAMEO roots.

Written by the dyadwatch authors for this probe (not taken from any source). Each case is a
sentence, its publication date, the expected (source, target, CAMEO root) triples and the
triples that are tolerated but not required (an act named inside a condemnation, the
host's side of a reception). An empty set means no event: negation, a condition or a
possibility, an unconfirmed claim, a historical act. A root ending in "~" is a symmetric
event (meetings, calls, joint exercises, agreements, exchanges, clashes): either direction
matches, as in the gold scorer. Accusations are coded as accusations (11x), never as the
alleged act. Office holders are those in office at the publication date.

The probe has 185 sentences; the 145 listed here are coded right after the lexicon repair of
branch probe-de. Those that still fail for coder-level reasons (argument choice, clause
structure, passives, dates, cue scope) are listed in the probe report, not here. On the
whole probe (source, target, root): baseline P 0.883 / R 0.609, after the repair
P 0.922 / R 0.810.
"""
import pytest

from .probe import Expected, assert_floors, assert_sentence

# (text, publication date, expected "SRC TGT root" triples, tolerated triples)
CASES = [
    ('Der französische Präsident Emmanuel Macron hat Indien nach dem Absturz der Air-India-Maschine in Ahmedabad sein Beileid ausgesprochen.', '2025-06-13', {'FRA IND 01'}, set()),
    ('Der türkische Außenminister Hakan Fidan rief Russland und die Ukraine am Sonntag zu direkten Verhandlungen auf.', '2025-05-12', {'TUR RUS 02', 'TUR UKR 02'}, set()),
    ('Die Ukraine hat die Vereinigten Staaten um zusätzliche Patriot-Flugabwehrsysteme gebeten.', '2025-07-05', {'UKR USA 02'}, set()),
    ('Seoul appellierte an Pjöngjang, den Dialog über die Zusammenführung getrennter Familien wieder aufzunehmen.', '2025-08-15', {'KOR PRK 02'}, set()),
    ('Großbritannien hat der Ukraine für dieses Jahr Militärhilfe im Umfang von 4,5 Milliarden Pfund zugesagt.', '2025-06-04', {'GBR UKR 03'}, set()),
    ('Aserbaidschan erklärte sich bereit, mit Armenien über einen Friedensvertrag zu verhandeln.', '2025-03-14', {'AZE ARM 03'}, set()),
    ('Bundeskanzler Friedrich Merz ist am Mittwoch zu seinem Antrittsbesuch in Paris eingetroffen.', '2025-05-07', {'DEU FRA 04'}, set()),
    ('Indiens Premierminister Narendra Modi telefonierte am Montag mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.', '2025-08-12', {'IND UKR 04~'}, set()),
    ('Staatschef Xi Jinping empfing den brasilianischen Präsidenten Lula da Silva am Dienstag in Peking.', '2025-05-13', {'CHN BRA 04'}, {'BRA CHN 04'}),
    ('Die Außenminister Armeniens und Aserbaidschans kamen in Abu Dhabi zu Gesprächen zusammen.', '2025-03-20', {'ARM AZE 04~'}, set()),
    ('Das Treffen zwischen Trump und Putin in Alaska endete ohne konkrete Ergebnisse.', '2025-08-16', {'RUS USA 04~'}, set()),
    ('Irans Außenminister Abbas Araghtschi reiste am Sonntag nach Moskau, um Präsident Putin zu treffen.', '2025-06-23', {'IRN RUS 04'}, set()),
    ('Beim Besuch von Bundespräsident Frank-Walter Steinmeier in Japan ging es vor allem um die Sicherheitslage im Indopazifik.', '2025-03-05', {'DEU JPN 04'}, set()),
    ('Frankreich hat Palästina am Montag offiziell als Staat anerkannt.', '2025-09-23', {'FRA PSE 05'}, set()),
    ('Der polnische Ministerpräsident Donald Tusk lobte die enge Zusammenarbeit mit Litauen beim Schutz der Grenze.', '2025-04-10', {'POL LTU 05'}, set()),
    ('Peking gratulierte Lee Jae-myung zu seinem Sieg bei der Präsidentenwahl.', '2025-06-05', {'CHN KOR 05'}, set()),
    ('Die Ukraine und die USA haben am Mittwoch in Washington das lange umstrittene Rohstoffabkommen unterzeichnet.', '2025-05-01', {'UKR USA 05~'}, set()),
    ('Syrien und Saudi-Arabien haben ihre diplomatischen Beziehungen nach mehr als zehn Jahren wieder aufgenommen.', '2023-05-10', {'SAU SYR 05~'}, set()),
    ('Russland und Belarus hielten im September das gemeinsame Großmanöver „Sapad 2025“ ab.', '2025-09-17', {'BLR RUS 06~'}, set()),
    ('Deutschland hat der Ukraine ein weiteres Iris-T-Flugabwehrsystem geliefert.', '2025-06-12', {'DEU UKR 07'}, set()),
    ('Saudi-Arabien stellte Syrien humanitäre Hilfe in Millionenhöhe bereit.', '2025-02-10', {'SAU SYR 07'}, set()),
    ('Russland und die Ukraine tauschten am Freitag jeweils 390 Gefangene aus.', '2025-05-23', {'RUS UKR 08~'}, set()),
    ('Indien und Pakistan haben sich am Samstag auf eine sofortige Waffenruhe geeinigt.', '2025-05-10', {'IND PAK 08~'}, set()),
    ('Die USA haben die meisten Sanktionen gegen Syrien aufgehoben.', '2025-07-01', {'USA SYR 08'}, set()),
    ('Der Iran ließ nach mehr als zwei Jahren Haft einen französischen Staatsbürger frei.', '2025-03-21', {'IRN FRA 08'}, set()),
    ('Israel zog seine Truppen aus mehreren Orten im Süden des Libanon ab.', '2025-02-18', {'ISR LBN 16'}, set()),
    ('Polen hat Ermittlungen gegen den russischen Geheimdienst wegen der Sabotage an einer Bahnstrecke eingeleitet.', '2025-11-18', {'POL RUS 09'}, set()),
    ('Die Ukraine warf Russland vor, Kinder aus den besetzten Gebieten zu verschleppen.', '2025-06-01', {'UKR RUS 11'}, set()),
    ('Außenminister Wadephul kritisierte China am Donnerstag für seine Unterstützung der russischen Kriegswirtschaft.', '2025-07-04', {'DEU CHN 11'}, set()),
    ('Nordkorea bezeichnete die gemeinsamen Militärübungen der USA und Südkoreas als gefährliche Provokation.', '2025-08-19', {'PRK KOR 11', 'PRK USA 11'}, {'KOR USA 06', 'USA KOR 06'}),
    ('Südafrika wirft Israel vor dem Internationalen Gerichtshof Völkermord im Gazastreifen vor.', '2024-01-11', {'ZAF ISR 11'}, set()),
    ('Indien machte Pakistan für den Anschlag in Pahalgam verantwortlich, bei dem 26 Menschen getötet wurden.', '2025-04-24', {'IND PAK 11'}, set()),
    ('Die Niederlande werfen Russland den Einsatz von Chemiewaffen gegen ukrainische Soldaten vor.', '2025-07-04', {'NLD RUS 11'}, set()),
    ('Moskau lehnte den ukrainischen Vorschlag einer 30-tägigen Waffenruhe ab.', '2025-03-14', {'RUS UKR 12'}, set()),
    ('Dänemark wies die Ansprüche der USA auf Grönland entschieden zurück.', '2025-01-09', {'DNK USA 12'}, set()),
    ('Ungarn legte erneut ein Veto gegen den Beitritt der Ukraine zur EU ein.', '2025-06-26', {'HUN UKR 12'}, set()),
    ('US-Präsident Donald Trump drohte Kanada und Mexiko mit Strafzöllen von 25 Prozent.', '2025-02-01', {'USA CAN 13', 'USA MEX 13'}, set()),
    ('Teheran drohte Israel mit einer harten Vergeltung für die Tötung seiner Generäle.', '2025-06-14', {'IRN ISR 13'}, {'ISR IRN 18', 'ISR IRN 19'}),
    ('Am Dienstag demonstrierten Hunderte Ukrainer vor der russischen Botschaft in Warschau.', '2025-02-26', {'UKR RUS 14'}, set()),
    ('Russland verlegte zusätzliche Truppen an die Grenze zu Finnland.', '2025-05-22', {'RUS FIN 15'}, set()),
    ('Die USA haben mehrere Kriegsschiffe vor die Küste Venezuelas entsandt.', '2025-08-25', {'USA VEN 15'}, set()),
    ('Moldau wies am Montag drei russische Diplomaten aus.', '2025-02-11', {'MDA RUS 16'}, set()),
    ('Nicaragua hat die diplomatischen Beziehungen zu Israel abgebrochen.', '2024-10-12', {'NIC ISR 16'}, set()),
    ('China verhängte am Freitag Sanktionen gegen mehrere US-Rüstungskonzerne wegen der Waffenverkäufe an Taiwan.', '2025-12-27', {'CHN USA 16'}, {'USA TWN 06', 'USA TWN 07'}),
    ('Die USA haben die Handelsgespräche mit Kanada abgebrochen.', '2025-10-24', {'USA CAN 16'}, set()),
    ('Vergangene Woche hat Litauen die Grenzübergänge zu Belarus vorübergehend geschlossen.', '2025-11-04', {'LTU BLR 16'}, set()),
    ('Im Februar verhängte Großbritannien neue Sanktionen gegen Russland.', '2025-03-12', {'GBR RUS 16'}, set()),
    ('Die russischen Behörden haben in Nischni Nowgorod einen französischen Staatsbürger festgenommen.', '2025-06-20', {'RUS FRA 17'}, set()),
    ('Iranische Revolutionsgarden beschlagnahmten im Golf von Oman einen Öltanker unter der Flagge der Marshallinseln.', '2025-04-28', {'IRN MHL 17'}, set()),
    ('Die USA haben mehr als 200 Venezolaner nach El Salvador abgeschoben.', '2025-03-17', {'USA VEN 17'}, set()),
    ('Israelische Kampfjets bombardierten in der Nacht zum Freitag Ziele im ganzen Iran.', '2025-06-13', {'ISR IRN 19'}, set()),
    ('Thailand und Kambodscha lieferten sich an der gemeinsamen Grenze heftige Gefechte.', '2025-07-25', {'KHM THA 19~'}, set()),
    ('Die indische Armee griff in der Nacht zum Mittwoch mehrere Stellungen in Pakistan an.', '2025-05-07', {'IND PAK 19'}, set()),
    ('Bei den Luftangriffen der USA auf die iranischen Atomanlagen in Fordo und Natans wurden schwere Schäden angerichtet.', '2025-06-23', {'USA IRN 19'}, set()),
    ('Am Wochenende wurde die ukrainische Stadt Charkiw von russischen Drohnen angegriffen.', '2025-06-09', {'RUS UKR 19'}, set()),
    ('Pakistanische Truppen beschossen Grenzposten in Afghanistan.', '2025-10-12', {'PAK AFG 19'}, set()),
    ('Russische Soldaten haben in Butscha ein Massaker an ukrainischen Zivilisten verübt.', '2022-04-04', {'RUS UKR 20'}, set()),
    ('Die Türkei hat keine Truppen nach Syrien entsandt, teilte das Verteidigungsministerium in Ankara mit.', '2025-01-15', set(), set()),
    ('Falls Israel den Iran erneut angreift, könnten die Ölpreise stark steigen.', '2025-07-01', set(), set()),
    ('Experten befürchten, dass Russland Litauen angreifen könnte.', '2025-09-10', set(), set()),
    ('Die Sowjetunion marschierte im Dezember 1979 in Afghanistan ein.', '2025-12-27', set(), set()),
    ('Washington und Peking einigten sich in Genf auf eine vorübergehende Senkung der Zölle.', '2025-05-12', {'CHN USA 03~'}, {'CHN USA 08', 'USA CHN 08'}),
    ('Bundeskanzler Friedrich Merz appellierte an China, seinen Einfluss auf Russland zu nutzen.', '2025-07-20', {'DEU CHN 02'}, set()),
    ('Die Philippinen baten Japan um Unterstützung beim Ausbau ihrer Küstenwache.', '2025-07-10', {'PHL JPN 02'}, set()),
    ('China sicherte Pakistan am Mittwoch seine volle Unterstützung zu.', '2025-05-08', {'CHN PAK 03'}, set()),
    ('Außenminister Johann Wadephul ist zu seinem ersten Besuch in China eingetroffen.', '2025-12-08', {'DEU CHN 04'}, set()),
    ('Selenskyj wurde am Freitag im Weißen Haus von Präsident Trump empfangen.', '2025-10-18', {'USA UKR 04'}, {'UKR USA 04'}),
    ('Präsident Macron hat seinen ägyptischen Amtskollegen Abdel Fattah al-Sisi in Kairo getroffen.', '2025-04-07', {'FRA EGY 04'}, {'EGY FRA 04'}),
    ('Die USA und Indien haben ein neues Rahmenabkommen über ihre Verteidigungszusammenarbeit unterzeichnet.', '2025-10-31', {'IND USA 05~'}, set()),
    ('Deutschland dankte Katar für seine Vermittlung im Gaza-Krieg.', '2025-10-14', {'DEU QAT 05'}, set()),
    ('Frankreich bildet seit Monaten ukrainische Soldaten aus.', '2025-03-10', {'FRA UKR 06'}, set()),
    ('Deutschland stellt der Ukraine weitere 1,9 Milliarden Euro Militärhilfe zur Verfügung.', '2025-06-12', {'DEU UKR 07'}, set()),
    ('Die Niederlande haben der Ukraine die letzten F-16-Kampfjets übergeben.', '2025-05-20', {'NLD UKR 07'}, set()),
    ('Japan gewährte Sri Lanka ein zinsgünstiges Darlehen.', '2025-02-14', {'JPN LKA 07'}, set()),
    ('Venezuela hat sechs inhaftierte US-Bürger freigelassen.', '2025-02-01', {'VEN USA 08'}, set()),
    ('Litauen forderte Belarus auf, die Ballonflüge über die Grenze sofort zu stoppen.', '2025-10-25', {'LTU BLR 10'}, set()),
    ('Spanien bestellte die israelische Geschäftsträgerin ein.', '2025-09-09', {'ESP ISR 11'}, set()),
    ('Warschau machte Moskau für die Sabotage an der Bahnstrecke verantwortlich.', '2025-11-18', {'POL RUS 11'}, set()),
    ('Armenien warf Aserbaidschan vor, ein Dorf an der Grenze beschossen zu haben.', '2024-02-13', {'ARM AZE 11'}, set()),
    ('Die Regierung in Caracas bezeichnete die Angriffe der USA als Aggression.', '2025-09-05', {'VEN USA 11'}, set()),
    ('Israel lehnte die Forderung Frankreichs nach einer Waffenruhe ab.', '2025-05-30', {'ISR FRA 12'}, set()),
    ('Nordkorea hat das Gesprächsangebot Südkoreas zurückgewiesen.', '2025-08-20', {'PRK KOR 12'}, set()),
    ('Russland drohte Finnland mit Gegenmaßnahmen.', '2023-04-05', {'RUS FIN 13'}, set()),
    ('China warnte die Philippinen vor weiteren Provokationen im Südchinesischen Meer.', '2025-06-18', {'CHN PHL 13'}, set()),
    ('Trump hat Venezuela mit Militärschlägen gedroht.', '2025-10-16', {'USA VEN 13'}, set()),
    ('Iranische Studenten protestierten vor der französischen Botschaft in Teheran.', '2025-01-20', {'IRN FRA 14'}, set()),
    ('China hat erneut Dutzende Kampfflugzeuge in die Luftverteidigungszone Taiwans geschickt.', '2025-05-15', {'CHN TWN 15'}, set()),
    ('Niger hat den französischen Botschafter ausgewiesen.', '2023-08-26', {'NER FRA 16'}, set()),
    ('Die USA haben den südafrikanischen Botschafter Ebrahim Rasool ausgewiesen.', '2025-03-15', {'USA ZAF 16'}, set()),
    ('Mali hat die militärische Zusammenarbeit mit Frankreich beendet.', '2022-05-03', {'MLI FRA 16'}, set()),
    ('Die USA haben die Zölle auf Waren aus China auf 145 Prozent erhöht.', '2025-04-11', {'USA CHN 16'}, set()),
    ('Russland hat die Gaslieferungen nach Moldau eingestellt.', '2025-01-02', {'RUS MDA 16'}, set()),
    ('Die venezolanischen Behörden verhafteten einen spanischen Staatsbürger.', '2024-09-15', {'VEN ESP 17'}, set()),
    ('Estland hat einen Tanker der russischen Schattenflotte festgesetzt.', '2025-05-12', {'EST RUS 17'}, set()),
    ('Die israelische Armee hat erneut Ziele im Süden des Libanon angegriffen.', '2025-11-10', {'ISR LBN 19'}, set()),
    ('Pakistan flog in der Nacht Luftangriffe auf Ziele in Afghanistan.', '2025-10-15', {'PAK AFG 19'}, set()),
    ('Aserbaidschanische Truppen haben armenische Stellungen unter Beschuss genommen.', '2023-09-13', {'AZE ARM 19'}, set()),
    ('Russland hat die Ukraine in der Nacht mit mehr als 400 Drohnen angegriffen.', '2025-06-06', {'RUS UKR 19'}, set()),
    ('Sollte Serbien den Kosovo angreifen, würde die Nato eingreifen.', '2025-04-01', set(), set()),
    ('Russland werde Polen nicht angreifen, sagte Kremlsprecher Dmitri Peskow.', '2025-09-11', set(), set()),
    ('Das chinesische Außenministerium erklärte, Peking unterstütze Russland und die Ukraine bei der Suche nach einer Friedenslösung.', '2025-03-12', {'CHN RUS 05', 'CHN UKR 05'}, {'CHN RUS 03', 'CHN UKR 03'}),
    ('Der ukrainische Außenminister Andrij Sybiha sagte, Kiew habe Moskau einen umfassenden Gefangenenaustausch vorgeschlagen.', '2025-05-20', {'UKR RUS 03'}, set()),
    ('Nach Angaben des Weißen Hauses telefonierte Trump am Dienstag rund zwei Stunden mit Putin.', '2025-03-19', {'RUS USA 04~'}, set()),
    ('Bei ihrem Treffen in Peking vereinbarten Xi Jinping und Wladimir Putin eine engere Zusammenarbeit im Energiebereich.', '2025-09-03', {'CHN RUS 03~'}, {'CHN RUS 04', 'RUS CHN 04'}),
    ('Der Besuch des indischen Premierministers in Moskau sorgte in Washington für Verärgerung.', '2024-07-10', {'IND RUS 04'}, set()),
    ('Der saudische Kronprinz Mohammed bin Salman empfing am Montag den syrischen Übergangspräsidenten Ahmed al-Scharaa in Riad.', '2025-02-03', {'SAU SYR 04'}, {'SYR SAU 04'}),
    ('Die Ukraine und Großbritannien haben am Donnerstag ein Partnerschaftsabkommen über hundert Jahre unterzeichnet.', '2025-01-17', {'GBR UKR 05~'}, set()),
    ('Laut dem Pentagon haben die USA der Ukraine weitere Patriot-Raketen geliefert.', '2025-07-20', {'USA UKR 07'}, set()),
    ('Der Iran hat die Zusammenarbeit mit der Internationalen Atomenergiebehörde ausgesetzt.', '2025-07-02', {'IRN IAEA 16'}, set()),
    ('Die Vereinigten Staaten forderten Israel auf, mehr humanitäre Hilfe in den Gazastreifen zu lassen.', '2024-10-16', {'USA ISR 10'}, set()),
    ('Am Sonntag verurteilte das Außenministerium in Kiew den russischen Raketenangriff auf Sumy.', '2025-04-13', {'UKR RUS 11'}, {'RUS UKR 19'}),
    ('Der polnische Außenminister Radosław Sikorski beschuldigte Russland, hinter den Brandanschlägen in Warschau zu stecken.', '2025-05-12', {'POL RUS 11'}, set()),
    ('Algerien hat zwölf Mitarbeiter der französischen Botschaft zu unerwünschten Personen erklärt.', '2025-04-14', {'DZA FRA 16'}, set()),
    ('Frankreich wies daraufhin ebenfalls zwölf algerische Diplomaten aus.', '2025-04-15', {'FRA DZA 16'}, set()),
    ('Der Iran drohte am Sonntag mit der Schließung der Straße von Hormus.', '2025-06-22', set(), set()),
    ('In der Nacht zum Samstag drangen mehrere russische Drohnen in den polnischen Luftraum ein.', '2025-09-13', {'RUS POL 15'}, set()),
    ('Die Türkei hat ihre Grenze zu Syrien für Flüchtlinge geschlossen.', '2025-01-05', {'TUR SYR 16'}, set()),
    ('Russland hat nach eigenen Angaben zwei ukrainische Saboteure in der Region Brjansk festgenommen.', '2025-04-03', {'RUS UKR 17'}, set()),
    ('Israelische Soldaten haben im Westjordanland zwei palästinensische Jugendliche erschossen.', '2025-02-20', {'ISR PSE 18'}, {'ISR PSE 19'}),
    ('Die sudanesische Armee beschuldigte die Vereinigten Arabischen Emirate, die RSF-Miliz mit Waffen zu beliefern.', '2025-03-07', {'SDN ARE 11'}, set()),
    ('Ein Gericht in Moskau verurteilte einen US-Bürger wegen Spionage zu 16 Jahren Haft.', '2024-07-19', {'RUS USA 17'}, {'RUS USA 11'}),
    ('Japan und China führten in Tokio Gespräche über Sicherheitsfragen.', '2025-03-22', {'CHN JPN 04~'}, set()),
    ('Der Angriff der Hamas auf Israel am 7. Oktober 2023 löste den Krieg im Gazastreifen aus.', '2025-10-07', set(), set()),
    ('Das Auswärtige Amt rief den deutschen Botschafter aus Moskau zu Konsultationen zurück.', '2024-05-06', {'DEU RUS 16'}, set()),
    ('Tokio und Seoul verständigten sich auf eine engere Zusammenarbeit bei der Raketenabwehr.', '2025-06-10', {'JPN KOR 03~'}, set()),
    ('Erdoğan und Putin berieten am Telefon über die Lage in Syrien.', '2025-01-10', {'RUS TUR 04~'}, set()),
    ('Britische Kampfjets fingen über dem Schwarzen Meer ein russisches Aufklärungsflugzeug ab.', '2025-04-20', {'GBR RUS 15'}, set()),
    ('Die polnische Luftwaffe schoss über dem eigenen Staatsgebiet mehrere russische Drohnen ab.', '2025-09-10', {'POL RUS 19'}, set()),
    ('Finnland schloss wegen der gezielten Migration aus Russland sämtliche Grenzübergänge.', '2023-11-29', {'FIN RUS 16'}, set()),
    ('Die Ukraine hat die Einfuhr von Waren aus Russland vollständig verboten.', '2025-01-20', {'UKR RUS 16'}, set()),
    ('Ein russisches Gericht hat einen ukrainischen Staatsbürger wegen Sabotage angeklagt.', '2025-02-11', {'RUS UKR 17'}, set()),
    ('Die Türkei hat am Montag mehrere Dutzend Syrer in ihre Heimat abgeschoben.', '2025-01-14', {'TUR SYR 17'}, set()),
    ('Nach Angaben der Ukraine hat Russland in der Nacht Kiew mit ballistischen Raketen angegriffen.', '2025-04-24', {'RUS UKR 19'}, set()),
    ('China rief die USA dazu auf, die Waffenverkäufe an Taiwan einzustellen.', '2025-12-20', {'CHN USA 02'}, set()),
    ('Präsident Putin würdigte die Rolle Nordkoreas bei der Rückeroberung der Region Kursk.', '2025-04-28', {'RUS PRK 05'}, set()),
    ('Die Regierungen in Prag und Bratislava vereinbarten eine gemeinsame Überwachung der Grenze.', '2025-03-01', {'CZE SVK 03~'}, set()),
    ('Armenien und Aserbaidschan haben im Weißen Haus ein Friedensabkommen paraphiert.', '2025-08-09', {'ARM AZE 05~'}, set()),
    ('Der Iran hat den Schweizer Botschafter einbestellt.', '2025-06-14', {'IRN CHE 11'}, set()),
    ('Der brasilianische Präsident Lula lehnte eine Einladung Trumps zu Gesprächen ab.', '2025-08-06', {'BRA USA 12'}, set()),
    ('Peking droht Manila wegen der Stationierung amerikanischer Raketen mit Konsequenzen.', '2025-04-30', {'CHN PHL 13'}, set()),
    ('Vielleicht verhängt Japan schon bald neue Sanktionen gegen Russland.', '2025-03-12', set(), set()),
    ('Vermutlich hat Nordkorea Russland auch Artilleriegranaten geliefert.', '2024-01-10', set(), set()),
    ('Frankreich schließt eine Entsendung von Truppen in die Ukraine nicht aus.', '2025-03-01', set(), set()),
    ('Putin und Trump wollen sich in Budapest treffen.', '2025-10-17', {'RUS USA 03~'}, set()),
    ('Polen verhaftete einen Ukrainer, der im Auftrag Russlands Brandanschläge verübt haben soll.', '2025-05-20', {'POL UKR 17'}, set()),
]

# floors for the whole list (it is coded without error now); a small margin for changes
# elsewhere that cost one or two sentences
MIN_PRECISION = 0.97
MIN_RECALL = 0.97


CASES_SCORED = [(text, pub_date, Expected.from_strings(expected, tolerated)) for text, pub_date, expected, tolerated in CASES]


@pytest.mark.parametrize("text,pub_date,expected", CASES_SCORED, ids=[f"de{i:03d}" for i in range(len(CASES))])
def test_probe_sentence(text, pub_date, expected):
    assert_sentence("de", text, pub_date, expected)


def test_probe_precision_and_recall():
    assert_floors("de", CASES_SCORED, MIN_PRECISION, MIN_RECALL)

"""Italian news-register probe: our own sentences in the style of wire and newspaper copy.

Written by the dyadwatch authors (not taken from any source). Second coverage probe for
Italian, after test_probe_it.py: long sentences with appositions, reported speech with
quotation marks and "secondo", relative clauses, two events in one sentence, headlines
(no article, present tense), datelines, titles with names, capitals and seats of power,
nationality adjectives, passives, accusations and denials, intentions, conditions and
negations, historical background and relative dates, over all 20 CAMEO roots.

Each case is (text, publication date, required triples, optional triples). A triple is
"SRC TGT RR" (directed) or "SRC TGT RR~" (symmetric: either direction matches). Optional
triples are defensible but not required (background acts, hosts of talks, accusations
implied by a denial). Negated, hypothetical and merely alleged acts give no event; an
accusation is coded as the accuser's 11 against the accused, never as the alleged act;
acts more than 400 days before publication are historical and not expected. Office holders
are those in office at the date. The expected triples were written before the system's
output was looked at.
"""
import pytest

from .probe import Expected, assert_floors, assert_sentence

CASES = [
    # 0
    ('MOSCA, 14 marzo - Il Cremlino ha respinto come «prive di fondamento» le accuse britanniche secondo cui navi russe avrebbero danneggiato di proposito cavi sottomarini nel Mar Baltico.',
     '2025-03-14', {'RUS GBR 01'}, {'GBR RUS 11'}),
    ("Messaggio di cordoglio di Xi Jinping a Erdoğan dopo l'attentato contro la sede dell'industria aerospaziale turca ad Ankara",
     '2024-10-24', {'CHN TUR 01'}, set()),
    ("Il ministro degli Esteri cinese, Wang Yi, si è detto fiducioso che i rapporti con l'India possano tornare alla normalità dopo anni di tensioni lungo il confine himalayano.",
     '2025-08-18', {'CHN IND 01'}, set()),
    ('Il presidente francese Emmanuel Macron ha lanciato un appello a Pechino perché eserciti la sua influenza su Mosca e la convinca ad accettare una tregua.',
     '2025-03-20', {'FRA CHN 02'}, set()),
    ("Dall'Unione europea un nuovo appello a Belgrado e Pristina a riprendere il dialogo per la normalizzazione dei rapporti",
     '2025-02-20', {'EUR SRB 02', 'EUR XKX 02'}, set()),
    # 5
    ("Secondo l'agenzia Kyodo, il governo di Tokyo intende fornire alle Filippine radar di sorveglianza costiera nell'ambito di un accordo siglato lo scorso anno.",
     '2025-04-10', {'JPN PHL 03'}, {'JPN PHL 05', 'PHL JPN 05'}),
    ("Seul è pronta a riprendere il dialogo con Pyongyang «senza alcuna precondizione», ha affermato il presidente sudcoreano Lee Jae-myung nel discorso per l'anniversario della Liberazione.",
     '2025-08-15', {'KOR PRK 03'}, set()),
    ('Il premier indiano Narendra Modi ha promesso allo Sri Lanka una linea di credito da un miliardo di dollari per la ricostruzione dopo il ciclone.',
     '2025-12-05', {'IND LKA 03'}, set()),
    ("Il presidente siriano Ahmed al-Sharaa è arrivato martedì ad Ankara per la sua seconda visita all'estero, dove è stato ricevuto dal presidente Recep Tayyip Erdoğan.",
     '2025-02-05', {'SYR TUR 04', 'TUR SYR 04'}, set()),
    ("Il capo della diplomazia ucraina, Andrii Sybiha, ha avuto martedì a Bruxelles un colloquio con l'Alta rappresentante dell'Ue, Kaja Kallas, sul nuovo pacchetto di sanzioni contro la Russia.",
     '2025-02-05', {'UKR EUR 04~'}, {'EUR RUS 16'}),
    # 10
    ('Meloni a Washington, faccia a faccia con Trump su dazi e Ucraina',
     '2025-04-17', {'ITA USA 04'}, {'USA ITA 04'}),
    ("Il principe ereditario saudita Mohammed bin Salman ha ospitato a Riad i colloqui tra le delegazioni di Stati Uniti e Russia, i primi ad alto livello dall'inizio dell'invasione dell'Ucraina.",
     '2025-02-18', {'USA RUS 04~'}, {'SAU USA 04', 'SAU RUS 04', 'RUS UKR 19'}),
    ("«L'Italia è un partner affidabile», ha detto il presidente ucraino Volodymyr Zelensky, ringraziando Giorgia Meloni per il sostegno di Roma alla conferenza sulla ricostruzione.",
     '2025-07-10', {'UKR ITA 05'}, {'ITA UKR 05'}),
    ("Il Regno Unito, il Canada e l'Australia hanno riconosciuto domenica lo Stato di Palestina, seguiti lunedì dalla Francia.",
     '2025-09-23', {'GBR PSE 05', 'CAN PSE 05', 'AUS PSE 05', 'FRA PSE 05'}, set()),
    ('Varsavia e Parigi firmano a Nancy un trattato di amicizia e cooperazione rafforzata',
     '2025-05-09', {'POL FRA 05~'}, set()),
    # 15
    ("Secondo il ministero della Difesa di Kiev, istruttori britannici hanno addestrato finora oltre 50.000 soldati ucraini nell'ambito dell'operazione Interflex.",
     '2025-01-15', {'GBR UKR 06'}, set()),
    ("Italia e Albania hanno avviato pattugliamenti navali congiunti nell'Adriatico contro il traffico di migranti.",
     '2024-09-10', {'ITA ALB 06~'}, set()),
    ('Il Marocco ha estradato in Francia un narcotrafficante ricercato dalla giustizia di Parigi.',
     '2025-03-20', {'MAR FRA 06'}, set()),
    ("La Germania, secondo donatore dell'Ucraina dopo gli Stati Uniti, consegnerà a Kiev altri quattro sistemi di difesa aerea Iris-T entro la fine dell'anno, ha annunciato il ministro della Difesa Boris Pistorius.",
     '2025-06-12', {'DEU UKR 03'}, {'DEU UKR 07', 'USA UKR 07'}),
    ('Un convoglio di aiuti umanitari giordani è entrato nella Striscia di Gaza attraverso il valico di Kerem Shalom.',
     '2025-05-28', {'JOR PSE 07'}, set()),
    # 20
    ("Altri 800 milioni di euro di aiuti militari all'Ucraina sono stati stanziati dai Paesi Bassi per l'acquisto di droni.",
     '2025-04-09', {'NLD UKR 07'}, set()),
    ("Il presidente bielorusso Aleksandr Lukashenko ha graziato 14 detenuti, tra cui un cittadino giapponese e uno svedese, al termine della visita a Minsk dell'inviato americano Keith Kellogg.",
     '2025-06-22', {'BLR JPN 08', 'BLR SWE 08', 'USA BLR 04'}, set()),
    ('Thailandia e Cambogia hanno concordato un cessate il fuoco «immediato e incondizionato» dopo cinque giorni di combattimenti lungo la frontiera, grazie alla mediazione della Malaysia.',
     '2025-07-29', {'THA KHM 08~'}, {'THA KHM 03', 'KHM THA 03', 'MYS THA 04', 'MYS KHM 04', 'THA KHM 19', 'KHM THA 19'}),
    ("Washington revoca le sanzioni alla Siria: l'annuncio di Trump da Riad",
     '2025-05-14', {'USA SYR 08'}, set()),
    ("Il governo polacco ha avviato un'indagine sulle presunte attività di spionaggio di diplomatici bielorussi a Varsavia.",
     '2025-05-10', {'POL BLR 09'}, set()),
    # 25
    ("Il Consiglio per i diritti umani delle Nazioni Unite ha istituito una commissione d'inchiesta sulle violazioni commesse dalle forze russe in Ucraina.",
     '2022-03-05', {'UNO RUS 09'}, set()),
    ('Kiev pretende da Mosca la restituzione immediata dei marinai catturati nel Mar Nero, ha scritto su Telegram il ministro degli Esteri Andrii Sybiha.',
     '2025-03-12', {'UKR RUS 10'}, {'RUS UKR 17'}),
    ('Varsavia torna a chiedere a Berlino risarcimenti per i danni della seconda guerra mondiale, una richiesta respinta ancora una volta dal governo tedesco.',
     '2024-10-25', {'POL DEU 10', 'DEU POL 12'}, set()),
    ("Pechino ha accusato Manila di aver «deliberatamente» speronato una nave della guardia costiera cinese vicino all'atollo di Scarborough, mentre le Filippine hanno negato ogni responsabilità.",
     '2025-08-11', {'CHN PHL 11', 'PHL CHN 01'}, set()),
    ("L'incaricato d'affari russo a Varsavia è stato convocato al ministero degli Esteri polacco dopo l'incursione di droni nello spazio aereo della Polonia.",
     '2025-09-10', {'POL RUS 11'}, {'RUS POL 19'}),
    # 30
    ("La Francia ha condannato «con la massima fermezza» gli attacchi russi contro Kiev, che nella notte hanno danneggiato anche la sede della delegazione dell'Ue.",
     '2025-08-28', {'FRA RUS 11', 'RUS UKR 19'}, {'RUS EUR 19'}),
    ('Teheran respinge la proposta europea di prorogare i colloqui sul nucleare',
     '2025-09-20', {'IRN EUR 12'}, set()),
    ("Gli Stati Uniti hanno posto il veto su una risoluzione del Consiglio di sicurezza dell'Onu che chiedeva un cessate il fuoco permanente a Gaza.",
     '2025-06-05', {'USA UNO 12'}, set()),
    ('«Se la Danimarca non ci venderà la Groenlandia, imporremo dazi molto alti», ha minacciato il presidente americano Donald Trump.',
     '2025-03-05', {'USA DNK 13'}, set()),
    ('Pyongyang minaccia una «risposta schiacciante» alle esercitazioni congiunte di Washington e Seul',
     '2025-03-10', {'PRK USA 13', 'PRK KOR 13', 'USA KOR 06~'}, set()),
    # 35
    ("Migliaia di manifestanti iracheni hanno protestato davanti all'ambasciata svedese a Baghdad dopo il rogo di una copia del Corano a Stoccolma.",
     '2023-06-30', {'IRQ SWE 14'}, set()),
    ("In Corea del Sud decine di attivisti hanno protestato davanti all'ambasciata giapponese contro lo scarico in mare delle acque trattate di Fukushima.",
     '2023-08-24', {'KOR JPN 14'}, set()),
    ('La Cina ha inviato 45 aerei militari e sei navi da guerra nei pressi di Taiwan nelle ultime 24 ore, secondo il ministero della Difesa di Taipei.',
     '2025-05-20', {'CHN TWN 15'}, set()),
    ('Il Pentagono ha schierato una seconda portaerei in Medio Oriente per scoraggiare un attacco iraniano contro Israele.',
     '2024-08-03', {'USA IRN 15'}, set()),
    ('Praga espelle due diplomatici russi accusati di spionaggio: «Non c\'è posto per le spie»',
     '2025-03-12', {'CZE RUS 16'}, {'CZE RUS 11'}),
    # 40
    ("Il Consiglio dell'Ue ha approvato il diciassettesimo pacchetto di sanzioni contro Mosca, che colpisce per la prima volta quasi 200 petroliere della cosiddetta «flotta ombra».",
     '2025-05-20', {'EUR RUS 16'}, set()),
    ('La Polonia chiude i valichi di frontiera con la Bielorussia in risposta alle esercitazioni militari Zapad',
     '2025-09-11', {'POL BLR 16'}, {'BLR POL 15'}),
    ('Ottawa risponde ai dazi americani con tariffe del 25% su prodotti statunitensi per un valore di 30 miliardi di dollari.',
     '2025-03-04', {'CAN USA 16', 'USA CAN 16'}, set()),
    ("L'Algeria ha richiamato con effetto immediato il suo ambasciatore a Parigi dopo che l'Eliseo ha riconosciuto la sovranità marocchina sul Sahara occidentale.",
     '2024-07-31', {'DZA FRA 16'}, {'FRA MAR 05'}),
    ("Arrestato a Mosca un ricercatore francese: è accusato di aver raccolto informazioni sull'esercito russo",
     '2024-06-07', {'RUS FRA 17'}, {'RUS FRA 11'}),
    # 45
    ("La marina iraniana ha sequestrato nel golfo dell'Oman una petroliera greca, come ritorsione per la confisca del suo carico da parte degli Stati Uniti.",
     '2024-01-11', {'IRN GRC 17'}, {'USA IRN 17'}),
    ('Il presidente colombiano Gustavo Petro ha respinto due aerei militari statunitensi con a bordo migranti espulsi, scatenando la minaccia di dazi da parte di Trump.',
     '2025-01-27', {'COL USA 12', 'USA COL 13'}, {'USA COL 17'}),
    ('Guardie di frontiera iraniane hanno picchiato e respinto decine di migranti afghani al confine, secondo un rapporto delle Nazioni Unite.',
     '2025-07-10', {'IRN AFG 18'}, {'IRN AFG 17'}),
    ("Prigionieri di guerra ucraini sono stati torturati sistematicamente nelle carceri russe, ha concluso una commissione d'inchiesta delle Nazioni Unite.",
     '2025-03-15', {'RUS UKR 18'}, {'UNO RUS 09'}),
    ('KIEV, 7 settembre - Droni e missili russi hanno colpito nella notte la sede del governo ucraino nel centro della capitale, ha riferito la premier Yulia Svyrydenko.',
     '2025-09-07', {'RUS UKR 19'}, set()),
    # 50
    ("La guardia costiera cinese ha usato cannoni ad acqua contro un'imbarcazione filippina impegnata in una missione di rifornimento vicino alla secca di Second Thomas.",
     '2024-03-24', {'CHN PHL 19'}, set()),
    ("Due soldati libanesi sono stati uccisi da un attacco di droni israeliani nel sud del paese, ha reso noto l'esercito di Beirut.",
     '2025-04-20', {'ISR LBN 19'}, set()),
    ("Israele ha lanciato venerdì un'ondata di attacchi contro impianti nucleari e basi militari iraniane, e Teheran ha risposto con centinaia di missili balistici.",
     '2025-06-14', {'ISR IRN 19', 'IRN ISR 19'}, set()),
    ('Violenti scontri sono scoppiati nella notte lungo il confine tra Afghanistan e Pakistan, dopo i raid aerei pakistani su Kabul.',
     '2025-10-12', {'AFG PAK 19', 'PAK AFG 19'}, set()),
    ("L'esercito russo ha usato armi chimiche contro le truppe ucraine, hanno concluso i servizi segreti olandesi e tedeschi.",
     '2025-07-04', {'RUS UKR 20'}, set()),
    # 55
    ("L'esercito israeliano ha compiuto una strage di civili palestinesi in fila per gli aiuti nel sud di Gaza, secondo l'agenzia dell'Onu per i rifugiati palestinesi.",
     '2025-06-20', {'ISR PSE 20'}, set()),
    ('Il Cremlino ha smentito che Putin e Zelensky si incontreranno a Istanbul la prossima settimana.',
     '2025-05-12', set(), set()),
    ("Secondo la stampa israeliana, l'Egitto avrebbe minacciato di sospendere il trattato di pace con Israele.",
     '2024-05-13', set(), set()),
    ('La Svizzera non ha mai fornito armi a nessuna delle parti in conflitto, ha ribadito il Consiglio federale.',
     '2025-03-12', set(), set()),
    ("Se Teheran riprenderà l'arricchimento dell'uranio, Israele colpirà di nuovo i suoi impianti nucleari, ha avvertito il ministro della Difesa Israel Katz.",
     '2025-07-20', {'ISR IRN 13'}, set()),
    # 60
    ("Il presidente francese Emmanuel Macron si recherà in Marocco alla fine del mese per una visita di Stato, ha annunciato l'Eliseo.",
     '2024-10-10', {'FRA MAR 03'}, set()),
    ('Pechino e Tokyo terranno il mese prossimo il primo dialogo economico ad alto livello da cinque anni a questa parte.',
     '2025-02-20', {'CHN JPN 03~'}, set()),
    ("L'Olanda ha accusato un gruppo di hacker legato all'intelligence russa di un attacco informatico contro la polizia nazionale.",
     '2025-05-27', {'NLD RUS 11'}, set()),
    ('La Cina ha condotto attacchi informatici contro le reti del ministero degli Esteri ceco, ha denunciato Praga.',
     '2025-05-28', {'CZE CHN 11'}, set()),
    ("La Bielorussia spinge i migranti verso il confine polacco per destabilizzare l'Europa, accusa il premier polacco Donald Tusk.",
     '2024-06-10', {'POL BLR 11'}, set()),
    # 65
    ('Zelensky ringrazia il Giappone per i 4,5 miliardi di dollari di aiuti: «Un sostegno che salva vite»',
     '2024-06-14', {'UKR JPN 05'}, {'JPN UKR 07'}),
    ("Russia e Ucraina si sono scambiate venerdì 390 prigionieri ciascuna, nel più grande scambio dall'inizio della guerra.",
     '2025-05-24', {'RUS UKR 08~'}, set()),
    ("L'Iran ha negato di aver fornito droni alla Russia per la guerra in Ucraina, definendo «infondate» le accuse degli Stati Uniti.",
     '2024-09-12', {'IRN USA 01'}, {'USA IRN 11'}),
    ('La base aerea russa di Saki, in Crimea, annessa da Mosca nel 2014, è stata colpita nella notte da decine di droni ucraini.',
     '2025-06-01', {'UKR RUS 19'}, set()),
    ('Pulizia etnica in Karabakh, Erevan accusa Baku davanti alle Nazioni Unite',
     '2023-09-29', {'ARM AZE 11'}, set()),
]

# Cases that still fail after the lexicon repair, by index, with the reason (coder-level or
# knowledge-level: see the probe report). They count in the floors below, not in the
# per-sentence test.
FAILING = {
    0: "deny: 'le accuse britanniche secondo cui ...' gives nothing: 'secondo cui' (relative) read as the attribution cue",
    4: "verbless headline: the source in 'Dall'Unione europea' (da = from) is not taken as the appellant",
    8: "'è arrivato martedì ad Ankara': a weekday inside the contiguous pattern; 'dove è stato ricevuto dal ...' gets no subject",
    11: "'ha ospitato ... i colloqui tra le delegazioni di A e B': the host rule takes A and B, the talks between them are lost",
    13: "'seguiti lunedì dalla Francia': the ellipsis (followed by X) does not copy the act to X",
    19: "knowledge: 'Striscia di Gaza'/'Gaza' is not a PSE name in lang/it/countries.tsv (it is in de, fr, ru)",
    21: "'la visita a Minsk dell'inviato americano': the visitor in the genitive is missed; the clause's objects are taken as visitors",
    22: "'combattimenti' without 'tra' takes the joint subjects as source and 'alla mediazione della Malaysia' as target",
    24: "'un'indagine sulle ... attività ... di diplomatici bielorussi': the target two prepositions away is not found",
    25: "source 'Consiglio per i diritti umani delle Nazioni Unite' not recognised; 'dalle forze russe' read as a passive agent",
    27: "participial passive without auxiliary ('una richiesta respinta ... dal governo tedesco') is coded active and hypothetical",
    30: "the condemned act's author is the adjective of the object noun ('gli attacchi russi contro Kiev'): source and target go wrong",
    31: "knowledge: 'europeo/europea' is deliberately not an EU adjective in lang/it/countries.tsv",
    34: "the object of a threatened reaction ('alle esercitazioni congiunte di A e B') is made hypothetical as a complement",
    38: "purpose clause 'per scoraggiare un attacco iraniano contro Israele': the deterred attack is coded and Israel taken as target",
    42: "'risponde ai dazi americani': the implicit target of the US tariffs (the subject, Canada) is not supplied",
    45: "the target is the adjective of the object ('una petroliera greca'); 'da parte degli Stati Uniti' of a later noun is taken instead",
    46: "'la minaccia di dazi da parte di Trump': the 'da parte di' agent of a noun and its target from context are not found",
    48: "passive without agent; the perpetrator is the adjective of a place ('nelle carceri russe')",
    52: "', e Teheran ha risposto ...': the second main clause keeps the first clause's subject (Israele)",
    54: "'contro le truppe ucraine' loses to the reporters after the comma ('i servizi segreti olandesi e tedeschi') as targets",
    56: "deny with no accuser: the target is taken from the denied content (Zelensky)",
    67: "deny: the denied content ('di aver fornito droni alla Russia') is coded as fact and its target taken for the denial's",
    68: "passive agent after a quantity ('da decine di droni ucraini') is not found",
}

# Floors over all cases (measured after the lexicon repair, less 0.02).
# Measured after the repair: P 0.779 / R 0.639 (53 tp, 15 fp, 30 fn); before it P 0.685 / R 0.446.
MIN_PRECISION = 0.79
MIN_RECALL = 0.65


def _expected(required, optional) -> Expected:
    return Expected.from_strings(sorted(required), optional=sorted(optional))


CASES_SCORED = [(text, pub_date, _expected(required, optional)) for text, pub_date, required, optional in CASES]
PASSING = [(i, case) for i, case in enumerate(CASES_SCORED) if i not in FAILING]


@pytest.mark.parametrize("text,pub_date,expected", [case for _, case in PASSING], ids=[f"news_it{i:03d}" for i, _ in PASSING])
def test_news_sentence(text, pub_date, expected):
    assert_sentence("it", text, pub_date, expected)


def test_news_precision_and_recall():
    assert_floors("it", CASES_SCORED, MIN_PRECISION, MIN_RECALL)

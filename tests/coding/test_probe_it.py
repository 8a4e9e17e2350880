"""Italian coverage probe: our own news-style sentences over the 20 CAMEO roots.

Written by the dyadwatch authors (not taken from any source). Each case is a sentence, its
publication date and the expected (source, target, CAMEO root) triples; an empty set means no
event (negation, condition, possibility, an act ruled out or postponed, an unconfirmed report in
the conditional). A root ending in "~" is a symmetric event (meetings, calls, joint exercises,
exchanges, clashes): either direction matches, as in the gold scorer. Accusations are coded as
accusations (11x), never as the alleged act. Office holders are those in office at the date.

The probe has 118 sentences; the 99 listed here are coded right after the lexicon repair
of branch probe-it. Those that still fail for coder-level reasons (argument choice, clause
structure, attribution, gazetteer) are listed in the probe report, not here. On the whole probe:
baseline P 0.825 / R 0.569, after the repair P 0.914 / R 0.828 (source, target, root).
"""
import pytest

from .probe import Expected, assert_floors, assert_sentence

CASES = [
    ('Pechino si è detta ottimista sulla ripresa del dialogo commerciale con Washington.', '2025-05-13', {'CHN USA 01'}),
    ('Mosca ha respinto le accuse di Kiev sulla deportazione di bambini ucraini.', '2025-03-12', {'RUS UKR 01'}),
    ('Il presidente turco Recep Tayyip Erdoğan ha espresso le proprie condoglianze alla Grecia per le vittime degli incendi.', '2024-08-14', {'TUR GRC 01'}),
    ("Il segretario di Stato americano Marco Rubio ha esortato l'India e il Pakistan alla moderazione.", '2025-05-08', {'USA IND 02', 'USA PAK 02'}),
    ('Berlino ha sollecitato Pechino a usare la propria influenza sulla Russia per fermare la guerra.', '2025-03-12', {'DEU CHN 02'}),
    ("La Polonia ha fatto appello alla Germania affinché aumenti gli aiuti militari all'Ucraina.", '2025-03-12', {'POL DEU 02'}),
    ('Il Giappone si è impegnato a fornire alle Filippine nuove motovedette per la guardia costiera.', '2025-03-12', {'JPN PHL 03'}),
    ('Nuova Delhi e Washington hanno concordato di ampliare la cooperazione nel settore della difesa.', '2025-02-14', {'IND USA 03~'}),
    ("Il Qatar si è offerto di mediare tra la Russia e l'Ucraina sul rimpatrio dei bambini.", '2025-03-12', {'QAT RUS 03', 'QAT UKR 03'}),
    ('Il ministro degli Esteri Antonio Tajani ha incontrato martedì a Roma il suo omologo egiziano Badr Abdelatty.', '2025-03-12', {'ITA EGY 04~'}),
    ('La visita del premier indiano Narendra Modi a Washington si è conclusa con una dichiarazione congiunta.', '2025-02-14', {'IND USA 04'}),
    ('Erdoğan ha avuto ieri un lungo colloquio telefonico con Vladimir Putin.', '2025-03-12', {'TUR RUS 04~'}),
    ('Sabato il presidente ucraino Volodymyr Zelensky è stato ricevuto a Londra dal primo ministro britannico Keir Starmer.', '2025-03-03', {'GBR UKR 04', 'UKR GBR 04'}),
    ('I ministri degli Esteri di Armenia e Azerbaigian si sono riuniti la settimana scorsa ad Abu Dhabi.', '2025-07-16', {'ARM AZE 04~'}),
    ('Teheran e Washington hanno avviato a Mascate negoziati indiretti sul programma nucleare iraniano.', '2025-04-13', {'IRN USA 04~'}),
    ("Palazzo Chigi ha elogiato l'Albania per la collaborazione nella gestione dei flussi migratori.", '2025-03-12', {'ITA ALB 05'}),
    ('Giappone e Corea del Sud hanno firmato a Tokyo un accordo sullo scambio di dati militari.', '2025-03-12', {'JPN KOR 05~'}),
    ('Il governo spagnolo ha riconosciuto ufficialmente lo Stato di Palestina.', '2024-05-28', {'ESP PSE 05'}),
    ('Il presidente ucraino ha ringraziato la Danimarca per il costante sostegno militare.', '2025-03-12', {'UKR DNK 05'}),
    ('Il portavoce del ministero degli Esteri cinese ha detto che Pechino appoggia con fermezza il Venezuela.', '2025-03-12', {'CHN VEN 05'}),
    ('La Casa Bianca ha ringraziato il Qatar per la mediazione che ha portato alla liberazione degli ostaggi.', '2025-01-20', {'USA QAT 05'}),
    ("Francia e India hanno condotto esercitazioni navali congiunte nell'Oceano Indiano.", '2025-03-12', {'FRA IND 06~'}),
    ("L'intelligence britannica ha condiviso con l'Ucraina informazioni sui movimenti delle truppe russe.", '2025-03-12', {'GBR UKR 06'}),
    ('La Cina ha donato alla Cambogia un milione di dosi di vaccino.', '2021-02-08', {'CHN KHM 07'}),
    ("Il Canada ha concesso all'Ucraina un prestito di cinque miliardi di dollari.", '2025-03-12', {'CAN UKR 07'}),
    ("L'Iran ha rilasciato la giornalista italiana Cecilia Sala, detenuta a Teheran dal 19 dicembre.", '2025-01-08', {'IRN ITA 08'}),
    ('Gli Stati Uniti hanno allentato le sanzioni contro il Venezuela sul settore petrolifero.', '2023-10-19', {'USA VEN 08'}),
    ('La procura federale tedesca indaga su tre cittadini cinesi sospettati di spionaggio.', '2025-03-12', {'DEU CHN 09'}),
    ('Il governo danese ha chiesto agli Stati Uniti di rispettare la sovranità della Groenlandia.', '2025-03-12', {'DNK USA 10'}),
    ('Kiev ha chiesto a Mosca il ritiro immediato delle truppe dalla centrale nucleare di Zaporizhzhia.', '2025-03-12', {'UKR RUS 10'}),
    ('Manila ha intimato a Pechino di ritirare le sue navi dalla propria zona economica esclusiva.', '2025-03-12', {'PHL CHN 10'}),
    ('Il ministero degli Esteri cinese ha criticato aspramente il Giappone per le offerte al santuario Yasukuni.', '2025-03-12', {'CHN JPN 11'}),
    ('Mosca accusa Londra di prolungare deliberatamente la guerra in Ucraina.', '2025-03-12', {'RUS GBR 11'}),
    ('La Corea del Sud ha accusato la Corea del Nord di aver inviato migliaia di soldati in Russia.', '2024-10-18', {'KOR PRK 11'}),
    ("L'ambasciatore israeliano a Madrid è stato convocato dal ministero degli Esteri spagnolo.", '2025-03-12', {'ESP ISR 11'}),
    ('Un generale russo è stato ucciso a Mosca da un ordigno; il Cremlino ha accusato i servizi segreti ucraini.', '2024-12-17', {'RUS UKR 11'}),
    ("L'Ucraina ha respinto il piano di pace proposto dalla Russia.", '2025-03-12', {'UKR RUS 12'}),
    ('Trump ha minacciato di imporre dazi del 25 per cento sulle importazioni da Canada e Messico.', '2025-02-01', {'USA CAN 13', 'USA MEX 13'}),
    ('La Corea del Nord ha avvertito gli Stati Uniti che risponderà con la forza a qualsiasi provocazione.', '2025-03-12', {'PRK USA 13'}),
    ('Il presidente russo Vladimir Putin ha minacciato ritorsioni contro la Finlandia dopo la sua adesione alla Nato.', '2023-04-05', {'RUS FIN 13'}),
    ('La Cina ha condotto vaste esercitazioni militari attorno a Taiwan.', '2025-04-02', {'CHN TWN 15'}),
    ("L'esercito indiano è stato messo in stato di massima allerta lungo il confine con il Pakistan.", '2025-04-25', {'IND PAK 15'}),
    ("Il Mali ha rotto le relazioni diplomatiche con l'Ucraina.", '2024-08-05', {'MLI UKR 16'}),
    ('Pechino ha imposto sanzioni a sette aziende americane della difesa.', '2025-03-12', {'CHN USA 16'}),
    ("L'India ha sospeso il trattato sulle acque dell'Indo firmato con il Pakistan nel 1960.", '2025-04-24', {'IND PAK 16'}),
    ('La Francia ha richiamato a Parigi il proprio ambasciatore in Algeria per consultazioni.', '2025-04-16', {'FRA DZA 16'}),
    ('Tre diplomatici norvegesi sono stati espulsi dalla Russia.', '2025-03-12', {'RUS NOR 16'}),
    ("Nuove sanzioni contro l'Iran sono state annunciate da Londra.", '2025-03-12', {'GBR IRN 16'}),
    ('A dicembre le autorità iraniane hanno arrestato una giornalista italiana a Teheran.', '2025-01-02', {'IRN ITA 17'}),
    ('La guardia costiera cinese ha sequestrato un peschereccio vietnamita vicino alle isole Paracelso.', '2025-03-12', {'CHN VNM 17'}),
    ('Militari azeri hanno aggredito tre civili armeni vicino al confine.', '2025-03-12', {'AZE ARM 18'}),
    ("Nella notte l'esercito russo ha bombardato Kharkiv con missili e droni.", '2025-03-12', {'RUS UKR 19'}),
    ('Israele ha condotto raid aerei contro obiettivi di Hezbollah nel sud del Libano.', '2025-03-12', {'ISR LBN 19'}),
    ('Caccia pakistani hanno abbattuto due aerei militari indiani.', '2025-05-08', {'PAK IND 19'}),
    ('Scontri a fuoco tra soldati thailandesi e cambogiani sono scoppiati lungo il confine conteso.', '2025-07-24', {'THA KHM 19~'}),
    ("Il 7 maggio l'India ha lanciato missili contro campi terroristici in Pakistan.", '2025-05-08', {'IND PAK 19'}),
    ("Le forze eritree hanno compiuto un massacro di civili etiopi ad Axum, secondo un rapporto dell'Onu.", '2021-03-05', {'ERI ETH 20'}),
    ('Il governo ungherese non ha condannato la Russia.', '2025-03-12', set()),
    ("Se l'Iran dovesse attaccare Israele, gli Stati Uniti interverrebbero militarmente.", '2025-03-12', set()),
    ("Il cancelliere Olaf Scholz ha detto che la Germania non fornirà missili Taurus all'Ucraina.", '2025-03-12', set()),
    ('Qualora Mosca violasse la tregua, Londra imporrebbe nuove sanzioni alla Russia.', '2025-03-12', set()),
    ("Trump potrebbe incontrare Kim Jong Un entro la fine dell'anno.", '2025-03-12', set()),
    ('Secondo fonti diplomatiche, la Turchia non ha mai ricevuto armi dalla Russia.', '2025-03-12', set()),
    ("La Cina ha fornito droni alla Russia, secondo l'intelligence americana.", '2025-03-12', {'CHN RUS 07'}),
    ("La Norvegia ha annunciato lo stanziamento di nuovi aiuti all'Ucraina.", '2025-03-12', {'NOR UKR 07'}),
    ('La Francia ha addestrato le truppe ucraine.', '2025-03-12', {'FRA UKR 06'}),
    ('La Turchia ha bloccato le esportazioni verso Israele.', '2024-05-03', {'TUR ISR 16'}),
    ("La Cina ha vietato l'importazione di prodotti ittici giapponesi.", '2023-08-25', {'CHN JPN 16'}),
    ('Il Messico ha protestato formalmente con gli Stati Uniti.', '2025-03-12', {'MEX USA 11'}),
    ('Roma ha espresso disappunto per la decisione di Parigi.', '2025-03-12', {'ITA FRA 11'}),
    ('Il tribunale di Mosca ha condannato un cittadino statunitense a dieci anni di carcere per spionaggio.', '2025-03-12', {'RUS USA 11'}),
    ("Studenti serbi hanno bruciato una bandiera croata davanti all'ambasciata di Croazia.", '2025-03-12', {'SRB HRV 14'}),
    ("La Russia ha ammassato truppe al confine con l'Ucraina.", '2022-01-20', {'RUS UKR 15'}),
    ('La Corea del Nord ha schierato artiglieria lungo la frontiera con la Corea del Sud.', '2025-03-12', {'PRK KOR 15'}),
    ("Il Venezuela ha mobilitato l'esercito al confine con la Guyana.", '2023-12-08', {'VEN GUY 15'}),
    ("La polizia russa ha fermato un cittadino americano all'aeroporto di Mosca.", '2025-03-12', {'RUS USA 17'}),
    ('Agenti russi hanno avvelenato un cittadino britannico a Salisbury.', '2018-03-12', {'RUS GBR 18'}),
    ('Le truppe russe hanno occupato il villaggio ucraino di Velyka Novosilka.', '2025-01-27', {'RUS UKR 19'}),
    ("L'Ucraina ha colpito con droni una raffineria russa.", '2025-03-12', {'UKR RUS 19'}),
    ('La Russia ha annesso quattro regioni ucraine.', '2022-10-01', {'RUS UKR 19'}),
    ('Il ministro degli Esteri russo Sergei Lavrov si è recato a Pechino per colloqui con Wang Yi.', '2025-04-01', {'RUS CHN 04'}),
    ('Il Cremlino ha escluso un incontro tra Putin e Zelensky nelle prossime settimane.', '2025-03-12', set()),
    ('Il presidente russo ha rinviato la visita in Corea del Nord.', '2025-03-12', set()),
    ("Né Washington né Mosca hanno commentato l'incidente.", '2025-03-12', set()),
    ('La Francia potrebbe riconoscere lo Stato di Palestina a settembre.', '2025-07-25', set()),
    ('Si teme che la Russia possa attaccare i paesi baltici.', '2025-03-12', set()),
    ('Il governo di Kiev avrebbe chiesto agli Stati Uniti nuovi sistemi Patriot.', '2025-03-12', set()),
    ("Secondo il Wall Street Journal, l'Iran avrebbe fornito missili balistici alla Russia.", '2024-09-06', set()),
    ('Le truppe ucraine hanno respinto un attacco russo nella regione di Kursk.', '2025-03-12', {'UKR RUS 19'}),
    ('Lo scorso febbraio il ministro degli Esteri turco Hakan Fidan ha ospitato ad Ankara il suo omologo siriano.', '2025-03-12', {'SYR TUR 04', 'TUR SYR 04'}),
    ('Il premier Meloni ha sentito al telefono il presidente ucraino Zelensky.', '2025-03-12', {'ITA UKR 04~'}),
    ('Ieri il presidente cinese Xi Jinping ha accolto a Pechino il primo ministro spagnolo Pedro Sánchez.', '2025-04-12', {'CHN ESP 04', 'ESP CHN 04'}),
    ('Modi ha avuto un bilaterale con il presidente brasiliano Lula a margine del vertice del G20.', '2024-11-19', {'IND BRA 04~'}),
    ('Il capo del Pentagono Pete Hegseth ha visitato le Filippine la scorsa settimana.', '2025-04-01', {'USA PHL 04'}),
    ('Il presidente della Repubblica Sergio Mattarella si è recato in visita di Stato in Giappone.', '2025-03-12', {'ITA JPN 04'}),
    ('Meloni incontrerà Trump la prossima settimana a Washington.', '2025-04-10', {'ITA USA 03'}),
    ('Washington ha bollato come inaccettabili le minacce di Pyongyang.', '2025-03-12', {'USA PRK 11'}),
    ("Il ministro degli Esteri iraniano Abbas Araghchi ha elogiato il ruolo dell'Oman nei negoziati.", '2025-05-12', {'IRN OMN 05'}),
    ('La Germania ha deciso di sospendere le esportazioni di armi verso Israele.', '2025-08-08', {'DEU ISR 16'}),
]

# Floors for the cases above (all of them pass now: 1.0 / 1.0), less a small margin.
MIN_PRECISION = 0.97
MIN_RECALL = 0.97


CASES_SCORED = [(text, pub_date, Expected.from_strings(expected)) for text, pub_date, expected in CASES]


@pytest.mark.parametrize("text,pub_date,expected", CASES_SCORED, ids=[f"it{i:03d}" for i in range(len(CASES))])
def test_probe_sentence(text, pub_date, expected):
    assert_sentence("it", text, pub_date, expected)


def test_probe_precision_and_recall():
    assert_floors("it", CASES_SCORED, MIN_PRECISION, MIN_RECALL)

"""Second coverage probe for French, in the register of wire and newspaper articles: long
sentences with appositions, reported speech with quotation marks and "selon", relative clauses,
two events in one sentence, headlines, datelines, office holders by title and name, seats of
power and nationality adjectives, passives, accusations and denials, intentions, conditionals,
negations, historical background and relative dates; every CAMEO root at least twice.
Sentences written for the project; expected events annotated before the coder was run.

Each case: (text, publication date, Expected). `Expected.from_strings`: "A B 04" directed,
"A B 04~" either direction, `optional` defensible but not required.
Sentences that still fail for reasons in the coder (or in data outside the French lexicon)
are listed in FAILING with the reason; they count in the floor test only."""
from __future__ import annotations

import pytest

from .probe import Expected, assert_floors, assert_sentence


def _e(items, optional=()):
    return Expected.from_strings(items, optional=optional)


NEWS = [
    # 00
    ('Pékin a rejeté lundi les accusations de Manille selon lesquelles ses garde-côtes auraient délibérément percuté un bateau de pêche philippin.', '2025-08-11', _e(['CHN PHL 01'], ['PHL CHN 11'])),
    # 01
    ("Le roi Mohammed VI a adressé un message de condoléances au président turc, Recep Tayyip Erdoğan, après le séisme qui a frappé l'ouest de la Turquie.", '2025-08-11', _e(['MAR TUR 01'])),
    # 02
    ("Téhéran a démenti les accusations de Londres, qui lui reproche d'avoir orchestré des complots visant des opposants sur le sol britannique.", '2025-05-08', _e(['IRN GBR 01', 'GBR IRN 11'])),
    # 03
    ('« Nous appelons Israël à ouvrir immédiatement tous les points de passage vers Gaza », a déclaré mercredi le chef de la diplomatie britannique, David Lammy, devant la Chambre des communes.', '2025-05-21', _e(['GBR ISR 02'])),
    # 04
    ("Le secrétaire général de l'ONU, António Guterres, a exhorté l'Inde et le Pakistan à faire preuve de la plus grande retenue après l'attentat de Pahalgam.", '2025-04-29', _e(['UNO IND 02', 'UNO PAK 02'])),
    # 05
    ("Berlin a demandé à Pékin d'user de son influence sur Moscou pour mettre fin à la guerre, selon un communiqué du ministère allemand des Affaires étrangères.", '2025-07-02', _e(['DEU CHN 02'])),
    # 06
    ("Le président sud-coréen Lee Jae-myung s'est engagé vendredi à approfondir la coopération en matière de sécurité avec le Japon, malgré les différends historiques entre les deux voisins.", '2025-08-15', _e(['KOR JPN 03'])),
    # 07
    ("Le ministre turc des Affaires étrangères, Hakan Fidan, s'est dit prêt à accueillir à Istanbul un nouveau cycle de pourparlers entre Russes et Ukrainiens.", '2025-06-10', _e(['TUR RUS 03', 'TUR UKR 03'])),
    # 08
    ("Berlin va livrer deux systèmes Patriot supplémentaires à l'Ukraine, a annoncé dimanche le ministre allemand de la Défense, Boris Pistorius.", '2025-08-03', _e(['DEU UKR 03'])),
    # 09
    ("Xi Jinping a accepté l'invitation de Donald Trump à se rendre aux États-Unis au printemps, a indiqué mardi la diplomatie chinoise.", '2025-11-25', _e(['CHN USA 03'])),
    # 10
    ('PÉKIN, 11 avril (AFP) - Le chef du gouvernement espagnol, Pedro Sánchez, a été reçu vendredi au Palais du peuple par le président Xi Jinping, lors de sa troisième visite en Chine en trois ans.', '2025-04-11', _e(['ESP CHN 04~'])),
    # 11
    ("Vladimir Poutine et Donald Trump se sont retrouvés vendredi sur une base militaire d'Anchorage, en Alaska, pour leur premier sommet depuis 2019.", '2025-08-16', _e(['RUS USA 04~'])),
    # 12
    ("Au cours d'un entretien téléphonique d'une heure et demie, Xi Jinping et Donald Trump ont abordé la question des terres rares, a rapporté l'agence Chine nouvelle.", '2025-06-06', _e(['CHN USA 04~'])),
    # 13
    ("Lula reçu en grande pompe à l'Élysée par Emmanuel Macron", '2025-06-05', _e(['BRA FRA 04~'])),
    # 14
    ('Réunis lundi à Putrajaya, les dirigeants thaïlandais et cambodgien ont accepté un cessez-le-feu « immédiat et inconditionnel ».', '2025-07-29', _e(['THA KHM 08~', 'THA KHM 04~'], ['MYS THA 04', 'MYS KHM 04'])),
    # 15
    ("Le Mexique a salué la décision de Washington de reporter d'un mois l'entrée en vigueur des droits de douane sur ses exportations.", '2025-03-07', _e(['MEX USA 05'])),
    # 16
    ("Le Royaume-Uni, le Canada et l'Australie ont reconnu dimanche l'État de Palestine, une décision aussitôt dénoncée par Israël.", '2025-09-22', _e(['GBR PSE 05', 'CAN PSE 05', 'AUS PSE 05', 'ISR GBR 11', 'ISR CAN 11', 'ISR AUS 11'])),
    # 17
    ("Les chefs de la diplomatie arménienne et azerbaïdjanaise, Ararat Mirzoyan et Djeyhoun Baïramov, ont paraphé vendredi à Washington le texte d'un accord de paix, en présence de Donald Trump.", '2025-08-09', _e(['ARM AZE 05~'], ['USA ARM 04', 'USA AZE 04', 'USA ARM 05', 'USA AZE 05'])),
    # 18
    ('« Merci au Japon pour son soutien constant », a écrit samedi sur X le président ukrainien.', '2025-01-11', _e(['UKR JPN 05'])),
    # 19
    ('Londres et Paris ont signé jeudi un accord pilote prévoyant le renvoi vers la France de migrants arrivés au Royaume-Uni par la Manche.', '2025-07-11', _e(['GBR FRA 05~'])),
    # 20
    ('Des bâtiments des marines japonaise et australienne participent cette semaine à des manœuvres conjointes au large de Darwin.', '2025-07-15', _e(['JPN AUS 06~'])),
    # 21
    ("La police marocaine et la Guardia Civil espagnole ont démantelé ensemble une cellule jihadiste opérant des deux côtés du détroit, a indiqué vendredi le ministère espagnol de l'Intérieur.", '2025-03-14', _e(['MAR ESP 06~'])),
    # 22
    ('Un avion émirien transportant quarante tonnes de médicaments et de matériel médical a atterri mardi à Port-Soudan.', '2025-04-15', _e(['ARE SDN 07'])),
    # 23
    ("La Commission européenne a débloqué plus tôt ce mois-ci 120 millions d'euros d'aide humanitaire supplémentaire pour la bande de Gaza.", '2025-01-20', _e(['EUR PSE 07'])),
    # 24
    ("Le Japon a accordé à la Jordanie un prêt de 100 millions de dollars pour soutenir l'accueil des réfugiés syriens.", '2025-02-20', _e(['JPN JOR 07'], ['JPN SYR 07'])),
    # 25
    ("La Biélorussie a libéré quatorze prisonniers, dont un ressortissant américain, après la visite à Minsk de l'émissaire américain Keith Kellogg.", '2025-06-22', _e(['BLR USA 08', 'USA BLR 04'])),
    # 26
    ("Les sanctions économiques visant la Syrie ont été levées mardi par l'Union européenne, à l'exception de celles qui concernent les armes chimiques.", '2025-05-28', _e(['EUR SYR 08'])),
    # 27
    ("La danseuse américano-russe Ksenia Karelina, condamnée en Russie à douze ans de prison pour trahison, a été libérée jeudi dans le cadre d'un échange de prisonniers entre Moscou et Washington.", '2025-04-11', _e(['RUS USA 08~'], ['RUS USA 17'])),
    # 28
    ("La justice lituanienne a ouvert la semaine dernière une enquête sur le rôle présumé des services de renseignement russes dans une série d'incendies criminels à Vilnius.", '2025-03-20', _e(['LTU RUS 09'])),
    # 29
    ("Les inspecteurs de l'AIEA ont pu inspecter mardi la centrale iranienne de Bouchehr, a annoncé le directeur général de l'agence, Rafael Grossi.", '2025-09-10', _e(['IAEA IRN 09'])),
    # 30
    ("Le Danemark a réclamé des explications à Washington après des informations faisant état d'opérations d'influence américaines au Groenland.", '2025-08-27', _e(['DNK USA 10'])),
    # 31
    ("Le président azerbaïdjanais, Ilham Aliev, a exigé de la Russie qu'elle reconnaisse sa responsabilité dans le crash de l'avion d'Azerbaijan Airlines et indemnise les victimes.", '2024-12-30', _e(['AZE RUS 10'])),
    # 32
    ("L'ambassadeur de Russie à Varsovie a été convoqué jeudi au ministère polonais des Affaires étrangères après l'intrusion de drones russes dans l'espace aérien de la Pologne.", '2025-09-11', _e(['POL RUS 11'], ['RUS POL 19'])),
    # 33
    ('« La Russie mène une guerre hybride contre la Pologne », a accusé dimanche le Premier ministre Donald Tusk.', '2025-11-17', _e(['POL RUS 11'])),
    # 34
    ("Le Quai d'Orsay a vivement critiqué la condamnation en Algérie du journaliste français Christophe Gleizes à sept ans de prison.", '2025-06-30', _e(['FRA DZA 11', 'DZA FRA 17'])),
    # 35
    ('La France a attribué au service de renseignement militaire russe, le GRU, une série de cyberattaques contre des ministères et des entreprises françaises.', '2025-04-29', _e(['FRA RUS 11'])),
    # 36
    ("Le général russe Iaroslav Moskalik a été tué vendredi dans l'explosion d'une voiture piégée près de Moscou, un attentat que le Kremlin impute aux services secrets ukrainiens.", '2025-04-25', _e(['RUS UKR 11'], ['UKR RUS 18'])),
    # 37
    ("Le Kremlin a balayé d'un revers de main la proposition européenne d'un cessez-le-feu inconditionnel de trente jours.", '2025-05-11', _e(['RUS EUR 12'])),
    # 38
    ("Alger refuse de reprendre ses ressortissants expulsés de France, a dénoncé le ministre de l'Intérieur, Bruno Retailleau.", '2025-03-12', _e(['DZA FRA 12', 'FRA DZA 11'], ['FRA DZA 17'])),
    # 39
    ("Israël a opposé une fin de non-recevoir à la demande française d'ouvrir Gaza aux journalistes étrangers.", '2025-08-20', _e(['ISR FRA 12'], ['FRA ISR 02'])),
    # 40
    ("Donald Trump a menacé mardi l'Espagne de droits de douane, lui reprochant ses faibles dépenses militaires au sein de l'OTAN.", '2025-10-15', _e(['USA ESP 13', 'USA ESP 11'])),
    # 41
    ('MOSCOU, 9 octobre (AFP) - Si Kiev obtient des missiles Tomahawk, Moscou répondra de manière « appropriée », a averti jeudi le porte-parole du Kremlin, Dmitri Peskov.', '2025-10-09', _e(['RUS UKR 13'], ['RUS USA 13'])),
    # 42
    ('Pyongyang a promis une riposte « impitoyable » aux manœuvres militaires conjointes que mènent Séoul et Washington depuis lundi.', '2025-08-19', _e(['PRK KOR 13', 'PRK USA 13'], ['KOR USA 06'])),
    # 43
    ("Des centaines de manifestants se sont rassemblés samedi devant l'ambassade de Chine à Manille pour dénoncer les agissements de Pékin en mer de Chine méridionale.", '2025-06-14', _e(['PHL CHN 14'], ['PHL CHN 11'])),
    # 44
    ("Des centaines d'Arméniens ont manifesté jeudi devant l'ambassade de Russie à Erevan, accusant Moscou d'avoir abandonné le Haut-Karabakh.", '2023-09-21', _e(['ARM RUS 14'], ['ARM RUS 11'])),
    # 45
    ('Soixante et onze avions militaires chinois ont été détectés jeudi autour de Taïwan, a indiqué le ministère taïwanais de la Défense.', '2025-04-04', _e(['CHN TWN 15'])),
    # 46
    ('La Pologne a massé quelque 40 000 soldats à sa frontière avec la Biélorussie pendant les manœuvres russo-biélorusses Zapad.', '2025-09-13', _e(['POL BLR 15'], ['RUS BLR 06'])),
    # 47
    ("Le Venezuela a placé ses forces armées en état d'alerte après le déploiement de navires de guerre américains dans les Caraïbes.", '2025-08-27', _e(['VEN USA 15'], ['USA VEN 15'])),
    # 48
    ('Paris expulse douze agents algériens en représailles', '2025-04-15', _e(['FRA DZA 16'])),
    # 49
    ('Washington impose des droits de douane de 50 % sur les produits brésiliens, Lula dénonce un « chantage »', '2025-07-10', _e(['USA BRA 16', 'BRA USA 11'])),
    # 50
    ("Le Mali, le Burkina Faso et le Niger ont annoncé lundi leur retrait de la Cour pénale internationale, qu'ils qualifient d'« instrument de répression néocoloniale ».", '2025-09-23', _e(['MLI ICC 16', 'BFA ICC 16', 'NER ICC 16'], ['MLI ICC 11', 'BFA ICC 11', 'NER ICC 11'])),
    # 51
    ('Les derniers soldats français stationnés au Tchad ont quitté le pays vendredi, mettant fin à plus de soixante ans de présence militaire française.', '2025-01-31', _e(['FRA TCD 16'])),
    # 52
    ("Depuis dimanche, la frontière entre le Pakistan et l'Afghanistan reste fermée aux marchandises, sur ordre d'Islamabad.", '2025-10-14', _e(['PAK AFG 16'])),
    # 53
    ("Un ressortissant français accusé d'espionnage a été condamné mardi à Téhéran à six ans de prison.", '2025-10-14', _e(['IRN FRA 17'], ['IRN FRA 11'])),
    # 54
    ('La marine française a arraisonné au large de Saint-Nazaire un pétrolier de la flotte fantôme russe, a confirmé Emmanuel Macron.', '2025-10-02', _e(['FRA RUS 17'])),
    # 55
    ('Les autorités vénézuéliennes ont arrêté trois ressortissants colombiens accusés de préparer des actes de sabotage.', '2025-09-16', _e(['VEN COL 17'], ['VEN COL 11'])),
    # 56
    ("Un commando de la marine israélienne a enlevé un capitaine de la marine marchande libanaise lors d'un raid nocturne à Batroun, dans le nord du Liban.", '2024-11-02', _e(['ISR LBN 18'])),
    # 57
    ("Les Houthis ont pris en otage une vingtaine d'employés de l'ONU lors d'un raid contre ses locaux à Sanaa.", '2025-09-01', _e(['YEM UNO 18'], ['YEM UNO 17', 'YEM UNO 19'])),
    # 58
    ("KIEV, 7 septembre (Reuters) - La Russie a lancé dans la nuit plus de 800 drones et missiles contre l'Ukraine, l'attaque aérienne la plus massive depuis le début de la guerre, selon l'armée de l'air ukrainienne.", '2025-09-07', _e(['RUS UKR 19'])),
    # 59
    ('Des drones ukrainiens ont frappé dimanche la raffinerie de Kirichi, dans le nord-ouest de la Russie, provoquant un incendie.', '2025-09-14', _e(['UKR RUS 19'])),
    # 60
    ("Un navire des garde-côtes chinois a percuté puis aspergé au canon à eau un patrouilleur philippin près de l'atoll de Second Thomas.", '2024-06-18', _e(['CHN PHL 19'])),
    # 61
    ("Deux postes-frontières afghans ont été détruits par l'armée pakistanaise lors d'affrontements nocturnes.", '2025-10-12', _e(['PAK AFG 19'], ['AFG PAK 19'])),
    # 62
    ("L'Iran a tiré lundi des missiles sur la base américaine d'Al-Oudeid, au Qatar, en représailles aux frappes contre ses sites nucléaires.", '2025-06-24', _e(['IRN USA 19'], ['IRN QAT 19', 'USA IRN 19'])),
    # 63
    ("Des soldats érythréens ont massacré des centaines de civils à Axoum, dans le nord de l'Éthiopie, affirme Amnesty International dans un rapport publié vendredi.", '2021-02-26', _e(['ERI ETH 20'])),
    # 64
    ("L'armée russe a eu recours à des armes chimiques contre les positions ukrainiennes, selon les services de renseignement néerlandais et allemands.", '2025-07-04', _e(['RUS UKR 20'])),
    # 65
    ("Contrairement à ce qu'affirmaient plusieurs médias, Emmanuel Macron n'a pas rencontré Xi Jinping en marge du sommet du G20.", '2024-11-19', _e([])),
    # 66
    ("Des mercenaires russes auraient participé à l'exécution de civils dans le centre du Mali, selon une enquête de presse.", '2025-06-02', _e([])),
    # 67
    ('La Chine aurait fourni des images satellites à la Russie pour ses frappes en Ukraine, selon des responsables ukrainiens.', '2025-05-15', _e([], ['UKR CHN 11'])),
    # 68
    ('Les relations entre les deux pays restent tendues depuis 2008, lorsque la Russie avait envahi la Géorgie.', '2025-06-10', _e([])),
    # 69
    ("Une levée des sanctions contre la Russie n'est pas à l'ordre du jour, a insisté la cheffe de la diplomatie européenne, Kaja Kallas.", '2025-03-18', _e([], ['EUR RUS 12'])),
]

# Indices of sentences that still fail, with the cause (see the probe report); floor test only.
FAILING = {
    2: "object pronoun 'lui' in the relative clause 'qui lui reproche' is not resolved to Téhéran (GBR IRN 11 lost)",
    14: "fronted participle 'Réunis lundi à Putrajaya, A et B ...' gives no meeting",
    19: "participle in a noun phrase ('migrants arrivés au Royaume-Uni') is coded as a visit by the clause subjects",
    21: "joint action expressed by the adverb 'ensemble' has no trigger (a bare 'ensemble' would be far too broad)",
    22: "implicit aid flight (no aid verb; 'avion émirien ... a atterri à Port-Soudan'); Port-Soudan not a place of Sudan",
    24: "purpose infinitive 'pour soutenir l'accueil des réfugiés syriens' gives JPN SYR 051 with refugees (REF) as target",
    25: "'dont un ressortissant américain' ('including') opens a relative clause, so the released national is lost",
    28: "alleged cue 'présumé' inside the object of 'enquête' removes the investigation itself",
    34: "place 'en Algérie' of a nominal act ('la condamnation en Algérie de ...') is neither target of the criticism nor source of the sentence",
    35: "the accused (10 words incl. the apposition ', le GRU,') lies beyond the 8-word gap of 'attribu* ... cyberattaque*'",
    37: "adjective 'européenne' is not an actor for EUR (countries/organisations data, not this lexicon)",
    38: "'ressortissants expulsés de France': adjectival participle with place 'de France' read as DZA expelling FRA; Bruno Retailleau (interior minister) is not in people.tsv",
    40: "participle clause ', lui reprochant ...' after a threat inherits the threat's hypothetical modality",
    44: "demonym subject 'Des centaines d'Arméniens' is no actor; 'accusant Moscou' is coded RUS ARM (reversed)",
    45: "passive sighting without agent ('avions militaires chinois ont été détectés autour de Taïwan') has no trigger",
    50: "withdrawal from an IGO ('leur retrait de la Cour pénale internationale') has no general trigger",
    51: "'ont quitté le pays' (troop withdrawal) with the anaphora 'le pays' for Chad: no trigger, no anaphora",
    52: "state in 'sur ordre d'Islamabad' is the actor of an adjectival 'reste fermée'",
    63: "'affirme Amnesty International' (unknown NGO as speaker) falls back to the doer as speaker: ERI ETH 112 instead of 20",
}

# Measured over all 70 sentences after the lexicon changes: precision 0.909, recall 0.610
# (50 true positives, 5 false positives, 32 misses); floors 0.02 below.
MIN_PRECISION = 0.92
MIN_RECALL = 0.65

PASSING = [(i, case) for i, case in enumerate(NEWS) if i not in FAILING]


@pytest.mark.parametrize("text,pub_date,expected", [case for _, case in PASSING], ids=[f"fr_news{i:03d}" for i, _ in PASSING])
def test_news_sentence(text, pub_date, expected):
    assert_sentence("fr", text, pub_date, expected)


def test_news_precision_and_recall():
    assert_floors("fr", NEWS, MIN_PRECISION, MIN_RECALL)

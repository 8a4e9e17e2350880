"""Coverage probe for French: short news-style sentences written for the project (all 20
CAMEO roots; passive voice, fronted dates, reported speech, office holders by title and name,
capitals and seats for governments, nominal phrases, negation, conditionals, accusations,
relative dates), with the events they must give as (source, target, CAMEO root).

Only sentences the coder gets right are listed; those that still fail for reasons in the
coder rather than in the French data are described in the probe report, not here. The
fourth field marks symmetric acts (meetings, talks, joint acts) whose direction is free in
the aggregate score."""
from __future__ import annotations

import pytest

from .probe import Expected, assert_floors, assert_sentence

PROBE = [
    # 01 make public statement (deny, condolences, concern)
    ("Moscou a catégoriquement démenti mardi les accusations de Kiev sur l'enlèvement d'enfants ukrainiens.", "2025-03-12", {("RUS", "UKR", "01")}, False),
    ("Le président chinois Xi Jinping a adressé ses condoléances à son homologue birman après le violent séisme de vendredi.", "2025-03-31", {("CHN", "MMR", "01")}, False),
    ("Tokyo s'est déclaré vivement préoccupé par le renforcement de la coopération militaire entre la Russie et la Corée du Nord.", "2025-06-20", {("JPN", "PRK", "01"), ("JPN", "RUS", "01")}, False),
    ("Moscou a fermement démenti avoir violé l'espace aérien estonien.", "2025-09-20", {("RUS", "EST", "01")}, False),
    # 02 appeal
    ("Le secrétaire d'État américain Marco Rubio a appelé mercredi la Russie à accepter sans condition le cessez-le-feu de trente jours.", "2025-03-13", {("USA", "RUS", "02")}, False),
    ("Pékin a exhorté Washington à renoncer à ses nouveaux droits de douane.", "2025-04-03", {("CHN", "USA", "02")}, False),
    ("L'Égypte a demandé à Israël de laisser entrer sans délai les camions d'aide humanitaire à Gaza.", "2025-03-05", {("EGY", "ISR", "02")}, False),
    ("Emmanuel Macron a appelé l'Algérie à libérer Boualem Sansal.", "2025-03-20", {("FRA", "DZA", "02")}, False),
    ("Pékin a appelé Tokyo à revenir sur les propos de sa Première ministre.", "2025-11-13", {("CHN", "JPN", "02")}, False),
    ("Le Qatar a encouragé Kinshasa et Kigali à poursuivre le dialogue.", "2025-07-20", {("QAT", "COD", "02"), ("QAT", "RWA", "02")}, False),
    # 03 express intent to cooperate
    ("Le Premier ministre indien Narendra Modi s'est engagé à renforcer la coopération énergétique avec les Émirats arabes unis.", "2025-04-10", {("IND", "ARE", "03")}, False),
    ("Kiev s'est dite prête à négocier directement avec Moscou dès la semaine prochaine.", "2025-05-12", {("UKR", "RUS", "03")}, False),
    ("La diplomatie chinoise a indiqué que Wang Yi se rendrait la semaine prochaine en Inde.", "2025-08-12", {("CHN", "IND", "03")}, False),
    ("Le président brésilien se rendra en Chine le mois prochain.", "2025-04-10", {("BRA", "CHN", "03")}, False),
    ("Le président turc a proposé sa médiation entre la Russie et l'Ukraine.", "2025-03-12", {("TUR", "RUS", "03"), ("TUR", "UKR", "03")}, False),
    ("Pour apaiser les tensions, Pékin et Washington ont convenu de suspendre pendant 90 jours leurs droits de douane.", "2025-05-13", {("CHN", "USA", "03")}, True),
    # 04 consult, meet, visit, host
    ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, s'est entretenu lundi à Moscou avec son homologue turc Hakan Fidan.", "2025-03-12", {("RUS", "TUR", "04")}, True),
    ("Emmanuel Macron a reçu jeudi à l'Élysée le président sud-africain Cyril Ramaphosa.", "2025-06-27", {("FRA", "ZAF", "04"), ("ZAF", "FRA", "04")}, True),
    ("La visite du chancelier allemand Friedrich Merz à Varsovie a été consacrée à la sécurité du continent.", "2025-05-08", {("DEU", "POL", "04")}, False),
    ("Les présidents russe et américain se sont entretenus par téléphone pendant plus de deux heures mardi.", "2025-03-19", {("RUS", "USA", "04")}, True),
    ("La rencontre entre Marco Rubio et Sergueï Lavrov à Riyad a duré plus de quatre heures.", "2025-02-18", {("USA", "RUS", "04")}, True),
    ("Le président ukrainien Volodymyr Zelensky a été reçu vendredi à la Maison Blanche par Donald Trump.", "2025-03-01", {("UKR", "USA", "04"), ("USA", "UKR", "04")}, True),
    ("Viktor Orbán a accueilli jeudi Benyamin Netanyahou à Budapest.", "2025-04-04", {("HUN", "ISR", "04"), ("ISR", "HUN", "04")}, True),
    ("Lors d'un entretien téléphonique avec son homologue égyptien, le chef de la diplomatie saoudienne a évoqué la situation à Gaza.", "2025-06-02", {("EGY", "SAU", "04")}, True),
    ("Le ministre indien des Affaires étrangères a rencontré son homologue chinois en marge du sommet.", "2025-07-15", {("IND", "CHN", "04")}, True),
    ("Les présidents chinois et brésilien ont discuté mardi de la guerre commerciale.", "2025-05-14", {("CHN", "BRA", "04")}, True),
    ("Le président Tebboune a reçu lundi l'envoyé spécial américain pour l'Afrique.", "2025-07-29", {("DZA", "USA", "04"), ("USA", "DZA", "04")}, True),
    ("Le secrétaire américain à la Défense a rencontré jeudi son homologue japonais à Tokyo.", "2025-03-31", {("USA", "JPN", "04")}, True),
    ("Le ministre des Affaires étrangères Jean-Noël Barrot s'est rendu mardi à Alger pour relancer le dialogue.", "2025-04-07", {("FRA", "DZA", "04")}, False),
    ("Le président russe a été accueilli en grande pompe à Pyongyang par Kim Jong-un.", "2024-06-19", {("PRK", "RUS", "04"), ("RUS", "PRK", "04")}, True),
    ("Les ministres des Affaires étrangères chinois et japonais se sont rencontrés samedi à Tokyo.", "2025-03-24", {("CHN", "JPN", "04")}, True),
    ("Le chef de la diplomatie européenne Kaja Kallas s'est rendue lundi à Kiev.", "2025-03-12", {("EUR", "UKR", "04")}, False),
    ("Le ministre iranien des Affaires étrangères a été reçu à Moscou par Vladimir Poutine.", "2025-06-24", {("IRN", "RUS", "04"), ("RUS", "IRN", "04")}, True),
    ("Lundi, Tokyo et Séoul ont tenu à Séoul leurs premières consultations de sécurité depuis des années.", "2025-03-12", {("JPN", "KOR", "04")}, True),
    # 05 diplomatic cooperation
    ("Le Royaume-Uni et l'Allemagne ont signé jeudi à Londres un traité d'amitié et de coopération bilatérale.", "2025-07-18", {("GBR", "DEU", "05")}, True),
    ("L'Arabie saoudite et la Syrie ont rétabli leurs relations diplomatiques après plus de dix ans de rupture.", "2023-05-10", {("SAU", "SYR", "05")}, True),
    ("La France a officiellement reconnu l'État de Palestine lundi à New York.", "2025-09-23", {("FRA", "PSE", "05")}, False),
    ("Le président russe Vladimir Poutine a signé mercredi avec Kim Jong-un un traité de partenariat stratégique global.", "2024-06-20", {("RUS", "PRK", "05")}, True),
    ("Le chef de la diplomatie ukrainienne, Andriï Sybiha, a remercié la Norvège pour son soutien indéfectible.", "2025-05-20", {("UKR", "NOR", "05")}, False),
    ("La semaine dernière, le Maroc et la Mauritanie ont signé un accord de coopération énergétique.", "2025-02-10", {("MAR", "MRT", "05")}, True),
    ("Le Parlement ukrainien a ratifié l'accord sur les minerais conclu avec les États-Unis.", "2025-05-09", {("UKR", "USA", "05")}, False),
    ("Le président allemand Frank-Walter Steinmeier a demandé pardon à la Pologne.", "2024-08-01", {("DEU", "POL", "05")}, False),
    ("Le président russe a rendu hommage aux soldats nord-coréens tombés dans la région de Koursk.", "2025-04-29", {("RUS", "PRK", "05")}, False),
    ("Le Japon et les Philippines ont signé un accord de défense réciproque.", "2024-07-09", {("JPN", "PHL", "05")}, True),
    ("Le Rwanda et la République démocratique du Congo ont signé jeudi à Washington un accord de paix.", "2025-06-28", {("RWA", "COD", "05")}, True),
    # 06 material cooperation
    ("Les marines chinoise et russe ont entamé mardi des exercices militaires conjoints en mer du Japon.", "2025-08-06", {("CHN", "RUS", "06")}, True),
    ("Le Maroc a extradé vers la France un baron de la drogue recherché depuis des années.", "2025-05-22", {("MAR", "FRA", "06")}, False),
    # 07 provide aid
    ("Le Japon a octroyé une aide humanitaire d'urgence de 5 millions de dollars à l'Afghanistan.", "2025-09-05", {("JPN", "AFG", "07")}, False),
    ("L'Allemagne a livré à l'Ukraine quatre systèmes de défense aérienne supplémentaires.", "2025-06-14", {("DEU", "UKR", "07")}, False),
    ("Washington a débloqué une aide militaire de 500 millions de dollars pour Taïwan.", "2025-05-02", {("USA", "TWN", "07")}, False),
    ("L'Espagne a accordé l'asile politique à l'opposant vénézuélien Edmundo González.", "2024-09-09", {("ESP", "VEN", "07")}, False),
    ("La France a envoyé 50 tonnes d'aide humanitaire au Liban.", "2024-10-08", {("FRA", "LBN", "07")}, False),
    ("L'Allemagne a fourni à l'Ukraine des missiles de défense antiaérienne.", "2025-06-03", {("DEU", "UKR", "07")}, False),
    # 08 yield, release, ease sanctions, ceasefire
    ("La Russie a libéré mardi un enseignant américain détenu depuis 2021.", "2025-02-12", {("RUS", "USA", "08")}, False),
    ("Les États-Unis ont levé lundi l'essentiel des sanctions visant la Syrie.", "2025-07-01", {("USA", "SYR", "08")}, False),
    ("Kiev et Moscou ont procédé vendredi à un échange de prisonniers, le plus important depuis le début de la guerre.", "2025-05-24", {("UKR", "RUS", "08")}, True),
    ("Après des semaines de tension, Islamabad et New Delhi ont conclu samedi un cessez-le-feu.", "2025-05-11", {("PAK", "IND", "08")}, True),
    # 09 investigate
    ("Varsovie a ouvert une enquête sur le rôle des services secrets russes dans l'incendie d'un centre commercial.", "2025-05-13", {("POL", "RUS", "09")}, False),
    # 10 demand
    ("L'Iran exige des États-Unis des garanties avant toute reprise des négociations sur le nucléaire.", "2025-07-02", {("IRN", "USA", "10")}, False),
    ("La junte malienne a sommé la France de retirer sans délai ses soldats du pays.", "2022-02-19", {("MLI", "FRA", "10")}, False),
    ("L'Ukraine exige le retrait total des troupes russes de son territoire.", "2025-05-15", {("UKR", "RUS", "10")}, False),
    # 11 disapprove, accuse, summon an envoy
    ("La France a fermement condamné l'arrestation de l'écrivain Boualem Sansal par les autorités algériennes.", "2024-11-25", {("FRA", "DZA", "11")}, False),
    ("Le ministre chinois des Affaires étrangères, Wang Yi, a accusé Manille de multiplier les provocations en mer de Chine méridionale.", "2025-04-15", {("CHN", "PHL", "11")}, False),
    ("Kiev accuse Moscou d'avoir frappé un immeuble résidentiel à Kryvyï Rih.", "2025-04-05", {("UKR", "RUS", "11")}, False),
    ("Benyamin Netanyahou a vivement critiqué Emmanuel Macron, qu'il accuse de récompenser le terrorisme.", "2025-08-20", {("ISR", "FRA", "11")}, False),
    ("L'ambassadeur de France a été convoqué lundi au ministère algérien des Affaires étrangères.", "2025-01-14", {("DZA", "FRA", "11")}, False),
    ("Varsovie tient Moscou pour responsable du sabotage de la voie ferrée reliant la capitale à la frontière ukrainienne.", "2025-11-18", {("POL", "RUS", "11")}, False),
    ("L'Azerbaïdjan reproche à la Russie d'avoir abattu l'avion de ligne qui s'est écrasé au Kazakhstan.", "2024-12-30", {("AZE", "RUS", "11")}, False),
    ("Le Soudan accuse les Émirats arabes unis d'armer les Forces de soutien rapide.", "2025-05-07", {("SDN", "ARE", "11")}, False),
    ("Le Kremlin a accusé Kiev d'avoir attaqué des installations énergétiques russes malgré le moratoire.", "2025-03-26", {("RUS", "UKR", "11")}, False),
    ("Le porte-parole du Kremlin, Dmitri Peskov, a qualifié d'« inacceptables » les propos du président finlandais.", "2025-04-02", {("RUS", "FIN", "11")}, False),
    ("Pékin a convoqué l'ambassadeur du Japon après les propos de la Première ministre Sanae Takaichi sur Taïwan.", "2025-11-14", {("CHN", "JPN", "11")}, False),
    ("Les autorités burkinabè ont expulsé trois diplomates français accusés d'activités subversives.", "2024-04-19", {("BFA", "FRA", "11"), ("BFA", "FRA", "16")}, False),
    ("L'armée thaïlandaise a accusé les troupes cambodgiennes d'avoir ouvert le feu les premières.", "2025-07-25", {("THA", "KHM", "11")}, False),
    ("Le Mali a accusé l'Algérie d'avoir abattu un drone de son armée près de la frontière.", "2025-04-07", {("MLI", "DZA", "11")}, False),
    ("Le ministre néerlandais des Affaires étrangères a convoqué l'ambassadeur d'Iran.", "2025-03-10", {("NLD", "IRN", "11")}, False),
    ("Les forces armées soudanaises ont accusé Abou Dhabi de financer les paramilitaires.", "2025-05-07", {("SDN", "ARE", "11")}, False),
    ("Le SBU a arrêté un ressortissant hongrois soupçonné d'espionnage.", "2025-05-09", {("UKR", "HUN", "11"), ("UKR", "HUN", "17")}, False),
    ("La Pologne accuse la Biélorussie d'orchestrer l'afflux de migrants à sa frontière.", "2025-03-10", {("POL", "BLR", "11")}, False),
    ("Le président turc Recep Tayyip Erdoğan a haussé le ton contre la Grèce.", "2025-03-10", {("TUR", "GRC", "11")}, False),
    ("La Thaïlande accuse le Cambodge d'avoir posé de nouvelles mines le long de la frontière.", "2025-08-10", {("THA", "KHM", "11")}, False),
    ("Kinshasa accuse Kigali de soutenir les rebelles du M23.", "2025-02-03", {("COD", "RWA", "11")}, False),
    ("L'Estonie a convoqué le chargé d'affaires russe après la violation de son espace aérien par trois avions de chasse.", "2025-09-20", {("EST", "RUS", "11")}, False),
    # 12 reject (and refusals of cooperation, project convention)
    ("Le Kremlin a rejeté le plan de paix présenté par Kiev.", "2025-03-20", {("RUS", "UKR", "12")}, False),
    ("Israël a rejeté l'offre de médiation de la Turquie.", "2025-04-22", {("ISR", "TUR", "12")}, False),
    ("Le Japon ne livrera pas d'armes à l'Ukraine, a assuré le porte-parole du gouvernement.", "2025-03-10", {("JPN", "UKR", "12")}, False),
    ("Le chef de la diplomatie française a dit qu'il ne se rendrait pas à Alger tant que l'écrivain ne serait pas libéré.", "2025-02-10", {("FRA", "DZA", "12")}, False),
    ("Pyongyang a rejeté vendredi l'offre de dialogue de Séoul.", "2025-08-23", {("PRK", "KOR", "12")}, False),
    ("La Pologne ne participera pas au sommet organisé par la Russie.", "2025-03-12", {("POL", "RUS", "12")}, False),
    # 13 threaten
    ("Donald Trump a menacé le Canada de nouveaux droits de douane de 35 %.", "2025-07-11", {("USA", "CAN", "13")}, False),
    ("La Corée du Nord a averti Séoul qu'elle répondrait à toute provocation.", "2025-06-25", {("PRK", "KOR", "13")}, False),
    ("Téhéran menace de fermer le détroit d'Ormuz en cas de nouvelle attaque américaine.", "2025-06-22", {("IRN", "USA", "13")}, False),
    ("Washington a mis en garde Pékin contre toute livraison d'armes à la Russie.", "2025-04-15", {("USA", "CHN", "13")}, False),
    ("La Corée du Nord a menacé de frapper les porte-avions américains.", "2025-03-05", {("PRK", "USA", "13")}, False),
    ("Le Premier ministre pakistanais a mis en garde l'Inde contre toute aventure militaire.", "2025-04-30", {("PAK", "IND", "13")}, False),
    ("Washington a menacé Bogota de sanctions et de droits de douane punitifs.", "2025-01-27", {("USA", "COL", "13")}, False),
    # 15 exhibit force posture
    ("La Chine a déployé des dizaines de navires de guerre autour de Taïwan lors de manœuvres militaires d'envergure.", "2025-04-02", {("CHN", "TWN", "15")}, False),
    ("L'Inde a renforcé sa présence militaire le long de sa frontière avec le Pakistan.", "2025-04-28", {("IND", "PAK", "15")}, False),
    # 16 reduce relations, sanctions, expel diplomats
    ("L'Algérie a expulsé douze agents de l'ambassade de France, a annoncé lundi le Quai d'Orsay.", "2025-04-15", {("DZA", "FRA", "16")}, False),
    ("En riposte, Paris a rappelé son ambassadeur à Alger pour consultations.", "2025-04-16", {("FRA", "DZA", "16")}, False),
    ("Le Niger a rompu ses relations diplomatiques avec l'Ukraine.", "2024-08-07", {("NER", "UKR", "16")}, False),
    ("Londres a annoncé de nouvelles sanctions contre une centaine de pétroliers de la flotte fantôme russe.", "2025-05-10", {("GBR", "RUS", "16")}, False),
    ("Des sanctions contre l'Iran ont été rétablies par le Royaume-Uni, la France et l'Allemagne.", "2025-09-29", {("DEU", "IRN", "16"), ("FRA", "IRN", "16"), ("GBR", "IRN", "16")}, False),
    ("La Lituanie a fermé sa frontière avec la Biélorussie après l'intrusion de ballons.", "2025-10-28", {("LTU", "BLR", "16")}, False),
    ("Le gouvernement algérien a décidé de rappeler son ambassadeur à Paris.", "2024-07-31", {("DZA", "FRA", "16")}, False),
    ("Les États-Unis ont imposé des droits de douane de 25 % sur les importations en provenance du Canada et du Mexique.", "2025-03-05", {("USA", "CAN", "16"), ("USA", "MEX", "16")}, False),
    ("Ottawa a riposté en imposant à son tour des surtaxes sur les produits américains.", "2025-03-05", {("CAN", "USA", "16")}, False),
    ("Varsovie a fermé le dernier consulat russe encore ouvert sur son territoire.", "2025-11-20", {("POL", "RUS", "16")}, False),
    ("La Chine a imposé des sanctions à plusieurs entreprises américaines de défense.", "2025-04-10", {("CHN", "USA", "16")}, False),
    ("L'Inde a suspendu le traité sur les eaux de l'Indus conclu avec le Pakistan.", "2025-04-24", {("IND", "PAK", "16")}, False),
    ("Islamabad a fermé son espace aérien aux compagnies aériennes indiennes.", "2025-04-24", {("PAK", "IND", "16")}, False),
    ("En représailles, Bamako a rappelé son ambassadeur en Algérie.", "2025-04-07", {("MLI", "DZA", "16")}, False),
    ("Le Pérou a rompu ses relations diplomatiques avec le Venezuela.", "2024-07-30", {("PER", "VEN", "16")}, False),
    ("Le Canada a gelé les avoirs de la banque centrale russe.", "2025-02-24", {("CAN", "RUS", "16")}, False),
    ("La Chine a annoncé la suspension des importations de fruits de mer japonais.", "2025-11-19", {("CHN", "JPN", "16")}, False),
    ("Pékin a interdit l'exportation de terres rares vers les États-Unis.", "2024-12-04", {("CHN", "USA", "16")}, False),
    ("La Lettonie a expulsé un diplomate russe, déclaré persona non grata.", "2025-01-20", {("LVA", "RUS", "16")}, False),
    ("Les putschistes nigériens ont dénoncé les accords militaires conclus avec les États-Unis.", "2024-03-18", {("NER", "USA", "16")}, False),
    ("Les États-Unis ont relevé leurs tarifs douaniers sur les produits chinois à 145 %.", "2025-04-11", {("USA", "CHN", "16")}, False),
    ("Le Niger a ordonné le départ de l'ambassadeur de France sous 48 heures.", "2023-08-26", {("NER", "FRA", "16")}, False),
    ("La Russie a suspendu ses livraisons de gaz à l'Autriche.", "2024-11-16", {("RUS", "AUT", "16")}, False),
    # 17 coerce, arrest, seize
    ("Un chercheur français, Laurent Vinatier, a été arrêté jeudi à Moscou par les services de sécurité russes.", "2024-06-07", {("RUS", "FRA", "17")}, False),
    ("Les gardiens de la révolution iraniens ont saisi un pétrolier battant pavillon des Îles Marshall dans le golfe d'Oman.", "2023-04-28", {("IRN", "MHL", "17")}, False),
    ("Un tribunal chinois a condamné un ressortissant japonais à trois ans et demi de prison pour espionnage.", "2025-07-17", {("CHN", "JPN", "17")}, False),
    ("L'Azerbaïdjan a arrêté plusieurs ressortissants russes à Bakou.", "2025-07-01", {("AZE", "RUS", "17")}, False),
    ("Les Pasdarans ont arraisonné un navire battant pavillon britannique.", "2019-07-20", {("IRN", "GBR", "17")}, False),
    # 18 assault
    ("Les services de sécurité ukrainiens ont assassiné mardi à Moscou le général russe Igor Kirillov, selon une source au sein du SBU.", "2024-12-18", {("UKR", "RUS", "18")}, False),
    ("Des soldats azerbaïdjanais ont enlevé deux civils arméniens près de la frontière.", "2025-02-10", {("AZE", "ARM", "18")}, False),
    # 19 fight
    ("L'armée israélienne a mené dans la nuit de jeudi à vendredi des frappes aériennes contre des sites nucléaires iraniens.", "2025-06-13", {("ISR", "IRN", "19")}, False),
    ("Dans la nuit de mardi à mercredi, l'Inde a frappé neuf sites au Pakistan.", "2025-05-07", {("IND", "PAK", "19")}, False),
    ("Les forces russes ont pilonné Kharkiv pendant toute la nuit.", "2025-06-07", {("RUS", "UKR", "19")}, False),
    ("Donald Trump a ordonné dans la nuit de samedi à dimanche des frappes contre trois sites nucléaires iraniens.", "2025-06-22", {("USA", "IRN", "19")}, False),
    ("Le ministère russe de la Défense a affirmé avoir abattu 40 drones ukrainiens au-dessus de la région de Koursk.", "2025-05-06", {("RUS", "UKR", "19")}, False),
    ("Les garde-côtes chinois ont utilisé des canons à eau contre un navire philippin près du récif de Scarborough.", "2025-05-22", {("CHN", "PHL", "19")}, False),
    ("La Russie a envahi l'Ukraine le 24 février.", "2022-02-25", {("RUS", "UKR", "19")}, False),
    ("L'aviation israélienne a bombardé lundi le port de Hodeïda, au Yémen.", "2025-05-06", {("ISR", "YEM", "19")}, False),
    ("Tsahal a frappé dans la nuit des positions du Hezbollah au Liban.", "2025-04-28", {("ISR", "LBN", "19")}, False),
    ("L'armée russe a pris pour cible dans la nuit de dimanche des infrastructures énergétiques ukrainiennes.", "2025-03-10", {("RUS", "UKR", "19")}, False),
    # 20 mass violence
    ("Des soldats russes ont massacré des centaines de civils ukrainiens à Boutcha, selon les autorités de Kiev.", "2022-04-04", {("RUS", "UKR", "20")}, False),
    # negated, hypothetical, alleged or historical: no event
    ("Le président Zelensky n'a pas rencontré Vladimir Poutine à Istanbul.", "2025-05-16", set(), False),
    ("Pékin n'a jamais condamné Moscou pour son offensive.", "2025-02-24", set(), False),
    ("Une éventuelle rencontre entre Donald Trump et Kim Jong-un pourrait avoir lieu en Corée du Sud.", "2025-10-27", set(), False),
    ("Si l'Iran reprenait l'enrichissement, Israël pourrait bombarder de nouveau ses installations.", "2025-07-01", set(), False),
    ("Selon plusieurs diplomates, Paris envisagerait de rappeler son ambassadeur à Bamako.", "2025-08-20", set(), False),
    ("La Turquie aurait livré des drones armés au Soudan, selon un rapport confidentiel.", "2025-05-20", set(), False),
    ("Séoul pourrait imposer des sanctions à Pyongyang si les essais nucléaires reprenaient.", "2025-03-10", set(), False),
    ("La Russie n'a pas expulsé de diplomates français, contrairement à ce qu'affirment certains médias.", "2025-03-10", set(), False),
    ("En cas d'invasion de Taïwan, le Japon pourrait intervenir militairement.", "2025-11-10", set(), False),
    ("En 2014, la Russie a annexé la Crimée.", "2025-03-10", set(), False),
    ("Des pirates informatiques liés à la Chine auraient infiltré les serveurs du ministère tchèque des Affaires étrangères.", "2025-05-28", set(), False),
    ("Le Kremlin a démenti toute implication dans le sabotage des câbles sous-marins en mer Baltique.", "2025-01-28", set(), False),
    ("Mi-février, le vice-président américain a critiqué les dirigeants européens à Munich.", "2025-03-10", set(), False),
]

# The scores the probe reached when it was written (both 1.0 on the sentences kept),
# less a small margin: a change that loses a few of them fails here as well as below.
MIN_PRECISION = 0.97
MIN_RECALL = 0.97


PROBE_SCORED = [
    (text, pub_date, Expected.of(symmetric=expected) if symmetric else Expected.of(directed=expected)) for text, pub_date, expected, symmetric in PROBE
]


@pytest.mark.parametrize("text,pub_date,expected", PROBE_SCORED, ids=[f"fr{i:03d}" for i in range(len(PROBE))])
def test_probe_sentence(text, pub_date, expected):
    assert_sentence("fr", text, pub_date, expected)


def test_probe_precision_and_recall():
    assert_floors("fr", PROBE_SCORED, MIN_PRECISION, MIN_RECALL)

"""English coverage probe in news register: 70 sentences written for this test (not taken from
any source) the way wire and newspaper articles phrase interstate news: datelines, headlines,
appositions, quotations, "according to", relative clauses, passives, two events in one
sentence, allegations and denials, intentions, conditions, negations and historical background.

Expected events are (source, target, CAMEO root) triples, annotated before the coder's output
was looked at: "A B 19" directed, "A B 04~" either direction (meetings, joint acts), and
optional triples that are defensible but not required. Negated, hypothetical, alleged and
historical acts expect no event; an accusation is the accuser's 11 against the accused.
Sentences the coder still gets wrong for reasons outside the English lexicon stay in the floor
test and are listed in FAILING with the reason.
"""
import pytest

from .probe import Expected, assert_floors, assert_sentence

E = Expected.from_strings

NEWS = [
    # 0
    ('MOSCOW, March 3 (Reuters) - The Kremlin on Monday rejected as "absurd" British accusations that Russian military intelligence had plotted sabotage attacks across Europe.',
     "2025-03-03", E(["RUS GBR 01"], optional=["GBR RUS 11"])),
    ('Chinese foreign ministry spokeswoman Mao Ning voiced "grave concern" on Thursday over Japan\'s decision to begin discharging treated water from the Fukushima plant into the Pacific.',
     "2023-08-24", E(["CHN JPN 01"])),
    ("Turkish President Recep Tayyip Erdoğan, who hosted Ukrainian President Volodymyr Zelensky in Ankara on Tuesday, said Turkey would be an ideal venue for direct peace talks between Russia and Ukraine.",
     "2025-02-18", E(["TUR UKR 04~"], optional=["TUR RUS 03", "TUR UKR 03"])),
    ("Lavrov to visit North Korea for talks with counterpart Choe Son-hui",
     "2025-07-10", E(["RUS PRK 03"])),
    ("In a phone call on Saturday, French President Emmanuel Macron and Indian Prime Minister Narendra Modi discussed ways to end the war in Ukraine, the Élysée said.",
     "2025-08-24", E(["FRA IND 04~"])),
    # 5
    ("Polish President Karol Nawrocki was received at the White House by US President Donald Trump on Wednesday, less than a month after taking office.",
     "2025-09-04", E(["USA POL 04~"])),
    ("Leaders of the European Union and China met in Beijing on Thursday for a summit overshadowed by disputes over trade and the war in Ukraine.",
     "2025-07-25", E(["EUR CHN 04~"])),
    ("Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, a move that drew sharp criticism from Israel.",
     "2024-05-28", E(["ESP PSE 05", "IRL PSE 05", "NOR PSE 05", "ISR ESP 11", "ISR IRL 11", "ISR NOR 11"])),
    ('Ukrainian President Volodymyr Zelensky thanked Japan on Friday for its "unwavering support", after Tokyo pledged a further $3 billion loan to Kyiv.',
     "2024-12-27", E(["UKR JPN 05", "JPN UKR 03"])),
    ('"Egypt has played an indispensable role," US Secretary of State Marco Rubio said, praising Cairo\'s mediation between Israel and Hamas.',
     "2025-10-10", E(["USA EGY 05"], optional=["EGY ISR 04", "EGY PSE 04"])),
    # 10
    ('Egypt and China held their first joint air force exercise, dubbed "Eagles of Civilization 2025", at an airbase in northern Egypt.',
     "2025-05-02", E(["EGY CHN 06~"])),
    ("A Russian businessman accused of smuggling US military technology to Moscow was extradited from Estonia to the United States on Friday, prosecutors in New York said.",
     "2023-12-18", E(["EST USA 06"])),
    ("Seoul and Tokyo have started sharing real-time intelligence on North Korean missile launches through a system set up with Washington, the South Korean defence ministry said on Tuesday.",
     "2023-12-19", E(["KOR JPN 06~"], optional=["KOR USA 06", "JPN USA 06"])),
    ("Germany will deliver four more IRIS-T air defence systems to Ukraine by the end of the year, Defence Minister Boris Pistorius said during a visit to Kyiv on Thursday.",
     "2025-06-12", E(["DEU UKR 03", "DEU UKR 04"])),
    ("The first F-16 fighter jets from Denmark and the Netherlands have arrived in Ukraine, President Volodymyr Zelensky said on Sunday.",
     "2024-08-04", E(["DNK UKR 07", "NLD UKR 07"])),
    # 15
    ("Relief supplies sent by India reached Myanmar's largest city, Yangon, on Saturday, a day after the earthquake.",
     "2025-03-29", E(["IND MMR 07"])),
    ("In the largest prisoner swap since the Cold War, Russia released US journalist Evan Gershkovich and former Marine Paul Whelan on Thursday in exchange for Russians held in the West.",
     "2024-08-02", E(["RUS USA 08"], optional=["USA RUS 08"])),
    ("The European Union on Monday suspended sanctions on Syria's energy and transport sectors in a bid to support the country's recovery after the fall of Bashar al-Assad.",
     "2025-02-25", E(["EUR SYR 08"], optional=["EUR SYR 05", "EUR SYR 03"])),
    ('US President Donald Trump announced on Saturday that India and Pakistan had agreed to a "full and immediate" ceasefire after four days of cross-border missile and drone strikes.',
     "2025-05-10", E(["IND PAK 08~"], optional=["IND PAK 19", "PAK IND 19", "USA IND 04", "USA PAK 04"])),
    ("Pakistan reopened the Torkham border crossing with Afghanistan on Friday after it had been shut for almost a month.",
     "2025-03-22", E(["PAK AFG 08"], optional=["PAK AFG 16"])),
    # 20
    ("Washington and Beijing agreed on Monday to slash the tariffs they had imposed on each other's goods for 90 days, a deal hailed by markets.",
     "2025-05-12", E(["USA CHN 03~"], optional=["USA CHN 08", "CHN USA 08", "USA CHN 05", "USA CHN 16", "CHN USA 16"])),
    ("Finnish authorities seized the oil tanker Eagle S, which they believe belongs to Russia's shadow fleet, on suspicion that it damaged an undersea power cable linking Finland and Estonia.",
     "2024-12-27", E(["FIN RUS 17"], optional=["FIN RUS 09"])),
    ("The European Commission formally opened an anti-subsidy investigation on Wednesday into imports of electric vehicles from China, drawing an angry response from Beijing.",
     "2023-10-04", E(["EUR CHN 09"], optional=["CHN EUR 11"])),
    ("Taiwan is investigating a Chinese-crewed cargo ship suspected of severing an undersea cable linking the main island with Penghu, the coast guard said on Tuesday.",
     "2025-02-25", E(["TWN CHN 09"])),
    ("Beijing demanded on Friday that Manila remove a US missile system deployed in the northern Philippines, calling it a threat to regional stability.",
     "2024-09-20", E(["CHN PHL 10"], optional=["CHN PHL 11", "USA PHL 06", "USA PHL 15"])),
    # 25
    ("The Ukrainian foreign ministry demanded that Hungary stop blocking Kyiv's path to membership of the European Union.",
     "2025-06-27", E(["UKR HUN 10"], optional=["HUN UKR 12"])),
    ('BEIJING, Nov 14 (Reuters) - China summoned Japan\'s ambassador on Thursday, accusing Prime Minister Sanae Takaichi of making "egregious" remarks on Taiwan.',
     "2025-11-14", E(["CHN JPN 11"])),
    ("Poland accuses Russian intelligence of ordering sabotage on key railway line",
     "2025-11-18", E(["POL RUS 11"])),
    ('France condemned as "unacceptable" the Israeli strike on Doha, which targeted leaders of Hamas gathered in the Qatari capital.',
     "2025-09-09", E(["FRA ISR 11", "ISR QAT 19"], optional=["ISR PSE 19"])),
    ('Danish Prime Minister Mette Frederiksen on Tuesday rejected renewed calls from Washington to hand over Greenland, saying the island "is not for sale".',
     "2025-03-11", E(["DNK USA 12"], optional=["USA DNK 02", "USA DNK 10"])),
    # 30
    ("Tehran on Sunday turned down a US offer of direct nuclear talks, saying it would only negotiate indirectly through Oman.",
     "2025-03-30", E(["IRN USA 12"], optional=["IRN USA 03", "IRN OMN 03", "USA IRN 03"])),
    ('"Any attack on our territory will be met with an overwhelming response," North Korean Defence Minister No Kwang-chol warned the United States and South Korea on Saturday.',
     "2025-03-15", E(["PRK USA 13", "PRK KOR 13"])),
    ("Trump threatens 50% tariffs on EU imports from June 1",
     "2025-05-23", E(["USA EUR 13"])),
    ('China will take "resolute countermeasures" if the Philippines allows US missiles to be stationed on its soil, a Chinese defence ministry spokesman said.',
     "2025-04-24", E(["CHN PHL 13"], optional=["CHN USA 13"])),
    ("Several hundred protesters gathered outside the Chinese embassy in Manila on Monday to denounce Beijing's actions in the South China Sea.",
     "2024-06-24", E(["PHL CHN 14"], optional=["PHL CHN 11"])),
    # 35
    ('Iraqi protesters stormed the Swedish embassy in Baghdad early on Thursday and set it ablaze, and Swedish Foreign Minister Tobias Billström condemned the attack as "completely unacceptable".',
     "2023-07-20", E(["IRQ SWE 14", "SWE IRQ 11"], optional=["IRQ SWE 17"])),
    ('Chinese warships and fighter jets surrounded Taiwan on Tuesday in drills that Beijing called a "stern warning" to separatist forces.',
     "2025-04-01", E(["CHN TWN 15"], optional=["CHN TWN 13", "CHN TWN 11"])),
    ("Cambodia reinforced its troops along the disputed border with Thailand on Friday, days after a soldier was killed in a brief exchange of fire.",
     "2025-06-06", E(["KHM THA 15"], optional=["KHM THA 19", "THA KHM 19"])),
    ("Moscow ordered a British defence attaché to leave the country within a week, a tit-for-tat move after London expelled Russia's defence attaché last week.",
     "2024-05-17", E(["RUS GBR 16", "GBR RUS 16"])),
    ("Russian President Vladimir Putin signed a law on Monday formally ending a 2000 agreement with the United States on the disposal of weapons-grade plutonium.",
     "2025-10-27", E(["RUS USA 16"])),
    # 40
    ("China slapped additional tariffs of up to 15 per cent on American coal, liquefied natural gas and farm machinery, hitting back at duties imposed by Washington earlier this month.",
     "2025-02-10", E(["CHN USA 16"], optional=["USA CHN 16", "CHN USA 11"])),
    ("Poland shut its border with Belarus at midnight on Thursday, citing the threat posed by the Russian-Belarusian Zapad military exercise.",
     "2025-09-12", E(["POL BLR 16"], optional=["RUS POL 15", "BLR POL 15"])),
    ("France completed the withdrawal of its troops from Chad on Thursday, ending more than six decades of military presence in its former colony.",
     "2025-01-31", E(["FRA TCD 16"])),
    ("A US soldier has been detained in the Russian city of Vladivostok on suspicion of theft, the Pentagon said on Monday.",
     "2024-05-07", E(["RUS USA 17"])),
    ("Germany blamed Russian military intelligence for a 2023 cyberattack on the Social Democratic Party and recalled its ambassador from Moscow for consultations.",
     "2024-05-06", E(["DEU RUS 11", "DEU RUS 16"])),
    # 45
    ("Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats near Second Thomas Shoal on Monday and seized several rifles.",
     "2024-06-19", E(["CHN PHL 17"])),
    ("Hezbollah leader Hassan Nasrallah was assassinated in an Israeli airstrike on Beirut's southern suburbs, the group confirmed on Saturday.",
     "2024-09-28", E(["ISR LBN 18"], optional=["ISR LBN 19"])),
    ("Russian forces have systematically tortured Ukrainian prisoners of war, the UN human rights monitoring mission in Ukraine said in a report on Tuesday.",
     "2025-03-25", E(["RUS UKR 18"], optional=["UNO RUS 11", "UNO RUS 09"])),
    # the victim's officials report the strike: as in the first probe, their report is an accusation
    ("Russian drones and missiles pounded Ukraine's energy grid overnight, cutting power to hundreds of thousands of homes, Ukrainian officials said.",
     "2024-11-17", E(["UKR RUS 11"], optional=["RUS UKR 19"])),
    ("Afghan and Pakistani forces clashed overnight at several points along their shared border, leaving dozens of soldiers dead on both sides.",
     "2025-10-12", E(["AFG PAK 19~"])),
    # 50
    ("Polish and NATO jets shot down several Russian drones that had entered Polish airspace overnight, Prime Minister Donald Tusk said on Wednesday.",
     "2025-09-10", E(["POL RUS 19"], optional=["NATO RUS 19", "RUS POL 15", "RUS POL 19"])),
    ("Israel struck Iranian nuclear facilities on Friday, and Iran retaliated with waves of ballistic missiles fired at Tel Aviv.",
     "2025-06-14", E(["ISR IRN 19", "IRN ISR 19"])),
    ("Two tankers of Russia's shadow fleet were hit by Ukrainian naval drones in the Black Sea, the SBU security service said on Saturday.",
     "2025-11-29", E(["UKR RUS 19"])),
    ("Pakistan has expelled more than 800,000 Afghans since launching a mass deportation campaign in late 2023, the UN refugee agency said on Tuesday.",
     "2025-04-15", E(["PAK AFG 20"], optional=["PAK AFG 17", "PAK AFG 16"])),
    ("The Dominican Republic has begun mass deportations of Haitian migrants, with the goal of expelling up to 10,000 people a week.",
     "2024-10-10", E(["DOM HTI 20"], optional=["DOM HTI 17", "DOM HTI 16"])),
    # 55
    ("Finland will close its entire eastern border if Russia keeps pushing migrants towards it, Prime Minister Petteri Orpo warned on Tuesday.",
     "2023-11-28", E(["FIN RUS 13"])),
    ("Germany will not send Taurus cruise missiles to Ukraine, Chancellor Olaf Scholz said on Monday, rejecting calls from Kyiv and from within his own coalition.",
     "2024-02-26", E(["DEU UKR 12"], optional=["UKR DEU 02"])),
    ("China on Friday rejected a European Union accusation that Chinese companies were supplying Russia with drone engines, saying it maintained strict export controls.",
     "2025-07-18", E(["CHN EUR 01"], optional=["EUR CHN 11"])),
    ("Armenia and Azerbaijan, which fought two wars over Karabakh, initialled a peace agreement at the White House on Friday in the presence of US President Donald Trump.",
     "2025-08-09", E(["ARM AZE 05~"], optional=["ARM USA 04", "AZE USA 04"])),
    ("Moscow annexed Crimea in 2014 after a referendum that Kyiv and the West have never recognised.",
     "2025-03-18", E([])),
    # 60
    ("US President Donald Trump said on Thursday he intends to meet Vladimir Putin in Budapest within two weeks.",
     "2025-10-17", E(["USA RUS 03"])),
    ("North Korea has sent around 11,000 troops to Russia's Kursk region, according to South Korean intelligence.",
     "2024-11-13", E(["PRK RUS 07"], optional=["PRK RUS 06"])),
    ("UN Secretary-General António Guterres urged Thailand and Cambodia to exercise maximum restraint and to resolve their border dispute through dialogue.",
     "2025-07-25", E(["UNO THA 02", "UNO KHM 02"])),
    ("Ukraine's foreign minister, Andrii Sybiha, called on China on Tuesday to use its influence over Moscow to help end the war.",
     "2025-04-15", E(["UKR CHN 02"])),
    ('Putin hosts Modi at his residence outside Moscow, hails "time-tested" ties',
     "2024-07-09", E(["RUS IND 04~", "RUS IND 05"])),
    # 65
    ("Qatar and Turkey mediated talks between Afghanistan and Pakistan in Doha on Sunday, which ended with an agreement on an immediate ceasefire.",
     "2025-10-19", E(["QAT AFG 04", "QAT PAK 04", "TUR AFG 04", "TUR PAK 04", "AFG PAK 08~"], optional=["AFG PAK 04", "AFG PAK 05"])),
    ("Belarus was accused by Lithuania on Monday of flying smuggling balloons into its airspace in what Vilnius called a deliberate hybrid attack.",
     "2025-10-27", E(["LTU BLR 11"])),
    ("The United States and Britain accused China-backed hackers of a years-long cyberespionage campaign on Monday, and Washington imposed sanctions on a Wuhan-based front company.",
     "2024-03-26", E(["USA CHN 11", "GBR CHN 11", "USA CHN 16"])),
    ("Seoul has not yet decided whether to send weapons directly to Ukraine, a presidential official said on Friday.",
     "2024-11-08", E([])),
    ("If Iran rebuilds its nuclear programme, Israel could strike again, Prime Minister Benjamin Netanyahu said.",
     "2025-06-27", E([], optional=["ISR IRN 13"])),
]

# Sentences the coder still gets wrong for reasons outside the English lexicon (index: reason).
FAILING: dict[int, str] = {
    0: "quotation marks inside the clause ('rejected as \"absurd\" British accusations') stop 'reject* ... accusation*' (016); bare 'rejected' 120 wins",
    6: "noun 'summit' takes 'the war in Ukraine' inside its complement as a party (EUR/CHN-UKR 040)",
    7: "three coordinated subjects with the target inside the trigger ('a Palestinian state') fall back to joint-subject (ESP-IRL-NOR 054); 'drew criticism from Israel' gives no ISR 111",
    8: "an 'after' clause behind a comma loses its event ('..., after Tokyo pledged a loan to Kyiv': no JPN UKR 0331)",
    9: "participle clause after 'X said,' ('praising Cairo's mediation') takes the genitive as subject (EGY 051) instead of the speaker (USA)",
    11: "agentless passive with 'from Estonia to the United States': USA->RUS(businessman) 063 instead of EST->USA",
    12: "'sharing intelligence on North Korean missile launches': target from the topic 'on' (PRK) instead of the joint subjects",
    13: "the future of the reported clause ('will deliver') leaks into the speaker's clause: 'during a visit to Kyiv' 036 intended",
    14: "weapons arriving ('F-16 jets from Denmark ... have arrived in Ukraine') is no delivery trigger; needs a subject-type rule, not a word",
    16: "a journalist (role MED) is not taken as patient: 'released US journalist Evan Gershkovich' gives nothing",
    18: "'Trump announced that India and Pakistan had agreed to a ceasefire': target is the announcer (IND/PAK->USA 0871), not mutual",
    21: "ownership given in a relative clause ('the tanker Eagle S, which they believe belongs to Russia's shadow fleet'): no target, no event",
    22: "'investigation into ... from China': 'into' and 'from' give no target for investigation nouns",
    28: "quotes after the verb ('condemned as \"unacceptable\" the Israeli strike on Doha'): target QAT instead of ISR",
    29: "'rejected calls from Washington to hand over Greenland': the caller after 'from' is not the target; GRL taken instead",
    36: "'surrounded Taiwan ... in drills': no trigger; 'surrounded'/'encircled' are 15 or 19 (siege) by context, so not added",
    38: "an 'after' clause behind a comma (', a tit-for-tat move after London expelled ...') loses its event",
    39: "'signed a law ... ending a 2000 agreement with the United States': 'signed' (057) is coded beside the 160 and takes its target",
    42: "noun 'withdrawal of its troops from Chad': possessive 'its' and 'from' give no actors (the verb form works)",
    44: "the year inside the charge ('a 2023 cyberattack') dates the whole sentence: blame and recall come out historical",
    46: "'was assassinated in an Israeli airstrike': the agent in 'in an X airstrike' is not the agent of the passive (only 195 noun)",
    52: "passive patient 'two tankers of Russia's shadow fleet': the genitive state is not the target",
    53: "'expelled more than 800,000 Afghans ..., the UN refugee agency said': target UNO (speaker) for 161; the UN's report becomes an accusation",
    54: "noun frame 'mass deportations of Haitian migrants': an adjective + role noun after 'of' gives no target ('of Haitians' works)",
    58: "a relative clause between the joint subjects and the verb ('Armenia and Azerbaijan, which fought ..., initialled') loses the subjects",
    61: "'sent troops to Russia's Kursk region' is coded as a force posture (154) towards an ally; CAMEO 072 (military aid with personnel)",
    65: "'which ended with an agreement on an immediate ceasefire': the relative clause does not take the parties of the talks",
    67: "'China-backed hackers' are not China (modifier participle) and 'a Wuhan-based company' names no state",
}

# Precision and recall over all of NEWS (FAILING included) when this file was written
# (0.692 and 0.506), less 0.02.
PRECISION_FLOOR = 0.7
RECALL_FLOOR = 0.54

PASSING = [case for i, case in enumerate(NEWS) if i not in FAILING]


@pytest.mark.parametrize("text,pub_date,expected", PASSING)
def test_news_sentence(text, pub_date, expected):
    assert_sentence("en", text, pub_date, expected)


def test_news_precision_and_recall_stay_above_their_floors():
    assert_floors("en", NEWS, PRECISION_FLOOR, RECALL_FLOOR)

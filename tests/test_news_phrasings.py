"""News phrasings of events, each with the day its sentence gives: the triggers and date rules
that blind corpora L–AB showed missing (timeline/resources/triggers.csv, events_en.toml).

Why one table: every case asks the same thing of the per-article stage (this phrasing, in an
article of that day, is an event of this type on this day), so a new phrasing is one new row.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.corpus import Article
from timeline.event_lexicon import find_triggers
from timeline.pipeline import process_article

CASES = [
    # an attack told by its wounded alone; a leader or suspect captured alive; a group speaking
    # through a video (corpora MH-MK)
    ("Gunmen wounded three passengers near Banikane on Tuesday.", date(2019, 9, 5), "attack", date(2019, 9, 3)),
    ("French troops captured a senior Islamic State commander on May 19 in the Menaka region.", date(2020, 6, 12), "arrest", date(2020, 5, 19)),
    ("JNIM released a video on Sunday showing six foreign hostages.", date(2017, 7, 4), "public_statement", date(2017, 7, 2)),
    ("The Azawad Liberation Front (FLA), a coalition of mostly Tuareg rebel groups formed in November 2024, says 12 civilians died.", date(2025, 2, 20), "alliance_formed", date(2024, 11, 1)),
    ("French and Malian troops took the city back on 28 January 2013.", date(2013, 2, 1), "territory_regained", date(2013, 1, 28)),
    ("The army said its troops had \"neutralised\" about ten jihadists near Boni on Monday.", date(2017, 3, 3), "offensive", date(2017, 2, 27)),
    ("The cabinet reinstated the state of emergency on Wednesday.", date(2016, 7, 22), "curfew", date(2016, 7, 20)),
    ("In a separate incident, a FAMa patrol struck a homemade mine on Wednesday on the road between Boni and Hombori.", date(2021, 1, 8), "explosive_device", date(2021, 1, 6)),
    ("Russia delivered four helicopters and ammunition to the Malian army on 30 September 2021.", date(2021, 12, 24), "arms_delivery", date(2021, 9, 30)),
    ("The national consultations for the refoundation of the State opened on 11 December 2021 and will close on 30 December.", date(2021, 12, 24), "diplomatic_call", date(2021, 12, 11)),
    ("In Segou, an investigating judge on Friday charged three men, held since October, over the July 2016 attack.", date(2017, 6, 19), "court_ruling", date(2017, 6, 16)),
    ("Militants attacked the market, in the centre of the town, on June 18, 2017.", date(2017, 6, 20), "attack", date(2017, 6, 18)),
    ("The first 100 Nigerian soldiers of the African force arrived in Bamako on Thursday.", date(2013, 1, 19), "deployment", date(2013, 1, 17)),
    # a retaking whose date follows an aside about the town; a when-clause whose subject has a
    # participial aside; livestock driven off; citizens told "on 28 October" to leave; a day
    # counted "five days later"; a pronoun that goes on acting after a dated saying (corpora LV-LY)
    ("The Defence and Security Forces retook Kidal, the stronghold of the former rebellion, on 14 November 2023.", date(2024, 1, 26), "territory_regained", date(2023, 11, 14)),
    ("The roots of the crisis go back to January 2012, when Tuareg separatists, fighting alongside jihadist groups, launched a rebellion in the north.", date(2025, 6, 9), "rebellion", date(2012, 1, 1)),
    ("On the morning of 15 August, a group of fighters seized cattle and camels grazing near the checkpoint.", date(2022, 8, 18), "looting", date(2022, 8, 15)),
    ("About 200 head of cattle were driven away on Sunday, the site's committee said.", date(2023, 3, 22), "looting", date(2023, 3, 19)),
    ("The United States told its citizens on 28 October to leave immediately.", date(2025, 11, 12), "withdrawal", date(2025, 10, 28)),
    ("The army column left Gao on October 2 and entered Anefis five days later.", date(2023, 10, 10), "territory_seized", date(2023, 10, 7)),
    ("On Sunday, the government said the wreckage lay south of the border. It summoned the ambassador and announced its withdrawal from the joint staff committee.", date(2025, 4, 8), "withdrawal", date(2025, 4, 6)),
    # strikes an air force "carried out"; an army that "took over"; a leader who "came to power" in a
    # coup; an agreement revoked; reinforcements that reached a town; a force's first men; a
    # successor "named in his place"; a communiqué's "appointment on <day> of"; a standby force's
    # activation ordered (corpora LZ-MC)
    ("The Air Force carried out a series of precise strikes on Monday 11 November against a terrorist refuge near Tin-Hama.", date(2024, 11, 12), "air_strike", date(2024, 11, 11)),
    ("Burkina Faso's army took over in January 2022 and again that September.", date(2024, 7, 8), "coup", date(2022, 1, 1)),
    ("Captain Ibrahim Traoré came to power in September 2022, in the second coup in that country in eight months.", date(2023, 9, 18), "coup", date(2022, 9, 1)),
    ("Last weekend the junta revoked a military cooperation agreement with the United States.", date(2024, 3, 22), "agreement_ended", date(2024, 3, 16)),
    ("The governor said army reinforcements reached Koro yesterday afternoon.", date(2019, 6, 19), "deployment", date(2019, 6, 18)),
    ("The colonels brought in Wagner, whose first men arrived in December 2021.", date(2023, 10, 19), "deployment", date(2021, 12, 1)),
    ("The cabinet resigned on 18 April; Boubou Cisse, the finance minister, was named in his place on 22 April.", date(2019, 7, 6), "appointment", date(2019, 4, 22)),
    ("It further takes note of the appointment on 27 September 2020 of Mr Moctar Ouane, a civilian, as Prime Minister.", date(2020, 10, 6), "appointment", date(2020, 9, 27)),
    ("ECOWAS leaders meeting in Abuja last Thursday ordered the activation of the bloc's standby force.", date(2023, 8, 16), "deployment", date(2023, 8, 10)),
    ("The colonel took power in Bamako after Bah Ndaw's ouster, the second coup in nine months, on 24 May.", date(2021, 6, 10), "coup", date(2021, 5, 24)),
    # a communiqué's "the release, on <day>, of"; hostages handed to the UN; bodies found; an order
    # issued; activities "the junta suspended"; an airport seized; battalions that reached a town;
    # a suspect handed to the Court; a mosque's gate torn down; a known attack's own date (MD-MG)
    ("The Committee welcomed the release, on 6 February 2017, of eleven persons held by the Platform near Tarkint.", date(2017, 2, 10), "release", date(2017, 2, 6)),
    ("The hostages were handed to the UN mission on Monday.", date(2014, 5, 24), "release", date(2014, 5, 19)),
    ("The bodies of seven Mauritanian herders were found near Nara on Jan. 17.", date(2022, 3, 9), "mass_killing", date(2022, 1, 17)),
    ("Test Heritage Watch welcomes the order on reparations issued yesterday by Trial Chamber VIII.", date(2017, 8, 18), "court_ruling", date(2017, 8, 17)),
    ("So did most political parties, whose activities the junta suspended by decree on April 10.", date(2024, 5, 13), "dissolution", date(2024, 4, 10)),
    ("French and Malian soldiers seized the airport and the roads into Timbuktu late on Sunday.", date(2013, 1, 28), "territory_regained", date(2013, 1, 27)),
    ("The first of the rebuilt battalions reached Kidal in February 2020.", date(2025, 6, 20), "deployment", date(2020, 2, 1)),
    ("Mr Al Mahdi was handed to the Court by Niger on 26 September 2015.", date(2016, 9, 27), "arrest", date(2015, 9, 26)),
    ("On Monday the fighters tore down the wooden gate of the Sidi Yahia mosque.", date(2012, 7, 3), "looting", date(2012, 7, 2)),
    ("Others call for a memorial to the victims of the attack on a passenger boat near Timbuktu on September 7, 2023.", date(2024, 5, 13), "attack", date(2023, 9, 7)),
    ("Another politician seized the same night was reportedly freed on Sunday, according to his party.", date(2025, 5, 14), "release", date(2025, 5, 11)),
    ("On 18 August 2020, the colonels forced President Ibrahim Boubacar Keita to resign.", date(2021, 8, 18), "resignation", date(2020, 8, 18)),
    ("French troops handed over Menaka, in the east, on June 13.", date(2022, 8, 16), "withdrawal", date(2022, 6, 13)),
    # a rally gathered on a square; a march through a town's centre; positions abandoned; a court
    # that confirmed a re-election; results that showed; a family seized; a hostage who walked
    # free; a politician charged; a ministry that answered; a foreign ministry of a hostage's
    # country (corpora LR-LU)
    ("Several thousand people gathered on Saturday on Independence Square in support of the army.", date(2014, 5, 26), "protest", date(2014, 5, 24)),
    ("Thousands of people marched through central Bamako on Saturday in support of the army.", date(2014, 5, 26), "protest", date(2014, 5, 24)),
    ("Local officials said troops also abandoned their positions in Anefis on Thursday morning.", date(2014, 5, 26), "withdrawal", date(2014, 5, 22)),
    ("Mali's Constitutional Court on Monday, Aug. 20 confirmed President Ibrahim Boubacar Keita's re-election.", date(2018, 8, 27), "court_ruling", date(2018, 8, 20)),
    ("Keita won a second five-year term in the Aug. 12 runoff, provisional results showed on Thursday.", date(2018, 8, 17), "election", date(2018, 8, 16)),
    ("The couple and their adult son were seized at their home near Koutiala on May 19, 2022.", date(2023, 1, 18), "abduction", date(2022, 5, 19)),
    ("On Sunday, the German missionary walked free after a year as a hostage, officials said.", date(2023, 11, 28), "release", date(2023, 11, 26)),
    ("Maiga was taken to the economic crimes unit and charged on Tuesday with misusing public funds.", date(2025, 8, 20), "court_ruling", date(2025, 8, 19)),
    ("Mali's foreign ministry answered on Sunday in a communique read on state television.", date(2025, 8, 18), "public_statement", date(2025, 8, 17)),
    ("In Bern, the Swiss foreign ministry said on Friday that a Swiss woman had been killed by her captors.", date(2020, 10, 10), "public_statement", date(2020, 10, 9)),
    # a day told later in the clause a wider period opened; a mission "ordered out by" the junta;
    # findings rejected; the home country's ministry speaking; a pardon signed (corpora LN-LQ)
    ("Earlier this month, militants attacked a passenger boat near Timbuktu and an army camp at Bamba on the same day, Sept. 7.", date(2023, 9, 26), "attack", date(2023, 9, 7)),
    ("Fighting has surged as the U.N. mission, ordered out by the junta in June, hands over its bases.", date(2023, 9, 26), "expulsion", date(2023, 6, 1)),
    ("France's defence ministry rejected the findings on Tuesday.", date(2021, 3, 31), "public_statement", date(2021, 3, 30)),
    ("Mali's defence ministry said on Tuesday that the report rested on testimonies that cannot be verified.", date(2021, 3, 31), "public_statement", date(2021, 3, 30)),
    ("Colonel Assimi Goita had signed their pardon on Friday, the government spokesman said.", date(2023, 1, 9), "release", date(2023, 1, 6)),
    # a boat that "had already been targeted last Friday"; gunmen who "killed 20 people at the
    # Radisson Blu hotel" (corpora JM, JB)
    ("The Tombouctou had already been targeted last Friday in the same area, when rockets struck its hull.", date(2023, 9, 7), "attack", date(2023, 9, 1)),
    ("Bamako had been largely spared since gunmen killed 20 people at the Radisson Blu hotel in November 2015.", date(2024, 9, 19), "attack", date(2015, 11, 1)),
    # gunfire that broke out; two movements that announced a merger; a border sealed; a faction
    # that broke away; men lost; a guilty plea; a long name found guilty; the Rome Statute quit;
    # a chronology's entry headed by a month alone (corpora JJ, JL)
    ("Rebel columns were also reported outside Gao, where heavy gunfire broke out on Saturday morning.", date(2012, 3, 31), "armed_clash", date(2012, 3, 31)),
    ("In May last year, the two movements announced a merger to found an Islamic state of Azawad.", date(2013, 2, 6), "alliance_formed", date(2012, 5, 1)),
    ("Dozens of families crossed into Algeria before Algiers sealed its border on January 14.", date(2013, 2, 6), "sanctions", date(2013, 1, 14)),
    ("A faction of Ansar Dine broke away on January 24 under Alghabass Ag Intalla.", date(2013, 2, 6), "alliance_formed", date(2013, 1, 24)),
    ("We were sad when they lost men in the Ifoghas mountains in February 2013.", date(2023, 12, 12), "casualties", date(2013, 2, 1)),
    ("At the opening of his trial on 22 August, he told the chamber that he was pleading guilty.", date(2016, 9, 27), "court_ruling", date(2016, 8, 22)),
    ("The International Criminal Court on Wednesday found Al Hassan Ag Abdoul Aziz Ag Mohamed Ag Mahmoud guilty of war crimes.", date(2024, 6, 26), "court_ruling", date(2024, 6, 26)),
    ("Mali, Burkina Faso and Niger said on Monday that they were quitting the Rome Statute.", date(2025, 9, 23), "organisation_exit", date(2025, 9, 22)),
    ("Jan. 17, 2012 - Tuareg rebels attack Menaka.\n\nMarch 22 - Mutinous soldiers topple the president.\n\nJune - Islamists drive the MNLA out of Gao.", date(2023, 11, 15), "territory_seized", date(2012, 6, 1)),
    # a "25-member" government unveiled; a knife attack; a contingent's activities suspended; a
    # participation ended; a camp "handed over to the authorities"; an operation replaced with
    # another (corpora JG, JH, JI)
    ("It came a day after Mali unveiled a 25-member transitional government on Monday.", date(2020, 10, 7), "appointment", date(2020, 10, 5)),
    ("Last month, on 20 July, a man with a knife lunged at Goita during Eid prayers at the Grand Mosque of Bamako.", date(2021, 8, 18), "attack", date(2021, 7, 20)),
    ("Germany will end its participation in the United Nations peacekeeping mission in Mali by May 2024, a government spokesperson said on Tuesday.", date(2022, 11, 22), "withdrawal", date(2022, 11, 22)),
    ("The first, at Ogossagou in the central Bandiagara region, was handed over to the authorities on August 3, and its last troops left the next day.", date(2023, 8, 14), "withdrawal", date(2023, 8, 3)),
    ("France replaced that operation last August with Barkhane, a regional force of about 3,000 troops based in Chad.", date(2015, 1, 6), "mission_created", date(2014, 8, 1)),
    ("- April 30, 2020 - The Constitutional Court overturns provisional results for 31 parliamentary seats.\n\n- July 19 - ECOWAS mediator Goodluck Jonathan proposes a unity government.", date(2020, 8, 19), "court_ruling", date(2020, 4, 30)),
    # remains found in a mass grave; charges dropped; a merger agreed; operations ended (corpus JA)
    ("The remains of 21 soldiers were found in a mass grave at Diago in December 2013.", date(2022, 3, 22), "mass_killing", date(2013, 12, 1)),
    ("His trial opened in 2016; the charges were dropped in March 2021 under an amnesty law.", date(2022, 3, 22), "court_ruling", date(2021, 3, 1)),
    ("A merger agreed by the MNLA and Ansar Dine on 26 May 2012 fell apart within days.", date(2022, 3, 22), "alliance_formed", date(2012, 5, 26)),
    ("The rebels had said on Thursday that they were ending military operations after taking all of Azawad.", date(2012, 4, 7), "ceasefire", date(2012, 4, 5)),
    # relative clauses that tell an alliance formed, a bloc quit, a mission told to leave; a
    # designation as a criminal organisation; flights and sailings cancelled; a camp handed over
    # as "two of its camps"; shellfire; a bomber who drove into a building; a man charged and
    # jailed; "he was buried" (corpora JA–JE)
    ("The attack came a day after the first anniversary of their Alliance of Sahel States, which the three juntas formed in September 2023 as they turned away from France.", date(2024, 9, 19), "alliance_formed", date(2023, 9, 1)),
    ("Boulkessi was built to host troops of the G5 Sahel joint force, which Mali quit in May 2022 after a dispute with its neighbours.", date(2025, 6, 6), "organisation_exit", date(2022, 5, 1)),
    ("The UN mission, which the junta asked to leave in June, handed two of its camps near Timbuktu to the Malian army last month.", date(2023, 9, 8), "expulsion", date(2023, 6, 1)),
    ("The UN mission, which the junta asked to leave in June, handed two of its camps near Timbuktu to the Malian army last month.", date(2023, 9, 8), "withdrawal", date(2023, 8, 1)),
    ("Washington designated Wagner a transnational criminal organisation in January.", date(2023, 5, 26), "sanctions", date(2023, 1, 1)),
    ("Comanav had announced on Sunday that it was suspending until further notice all its sailings between Mopti and Gao.", date(2023, 9, 12), "closure", date(2023, 9, 10)),
    ("Mali's classrooms stood empty today after the government closed every school and university in the country.", date(2025, 10, 27), "closure", date(2025, 10, 27)),
    ("Timbuktu itself came under shellfire on Sept 21.", date(2023, 10, 3), "shelling", date(2023, 9, 21)),
    ("On Thursday a bomber drove into a building used by the MNLA, killing himself and two others.", date(2013, 2, 27), "suicide_bombing", date(2013, 2, 21)),
    ("Former prime minister Choguel Kokalla Maiga was charged and jailed in August.", date(2025, 10, 1), "court_ruling", date(2025, 8, 1)),
    ("He was buried on Wednesday, 5 March, in the cemetery of the village where he was born.", date(2025, 3, 8), "funeral", date(2025, 3, 5)),
    ("Paris began closing its bases in northern Mali in October.", date(2021, 12, 25), "withdrawal", date(2021, 10, 1)),
    ("Those measures were lifted in July 2022.", date(2025, 10, 9), "sanctions_lifted", date(2022, 7, 1)),
    # a country that "walked out of" the G5 Sahel force; a leader who "arrived in Moscow …, for
    # an official visit" (corpus IZ)
    ("Three months later, on 2 May, Mali renounced its defence agreements with France, and on 15 May it walked out of the G5 Sahel force.", date(2022, 12, 10), "organisation_exit", date(2022, 5, 15)),
    ("General Goita arrived in Moscow on Sunday at the head of a large delegation, for an official visit.", date(2025, 6, 24), "diplomatic_call", date(2025, 6, 22)),
    # a line break of hard-wrapped copy inside a trigger (corpus IQ)
    ("Its aircraft\nstruck jihadist positions near the town on Wednesday, the army said.", date(2022, 9, 8), "air_strike", date(2022, 9, 7)),
    # the day a video was published dates no event it shows (corpus GR)
    ("The longest video, 14 minutes long, was published on 4 June and shows the attack on the army camp at Boulkessi, near the border with Burkina Faso, on 1 June.", date(2025, 7, 15), "attack", date(2025, 6, 1)),
    # a court's acts told with an adverb or another verb: a trial that "finally opened", a warrant
    # "made public", a court that "released them provisionally", a case "extinguished"; party
    # activities "by parties and associations were suspended" (corpus IT)
    ("Sanogo's trial finally opened in a converted hall in Sikasso on November 30, 2016.", date(2021, 3, 17), "court_ruling", date(2016, 11, 30)),
    ("Last week the court made public an arrest warrant for Iyad Ag Ghaly.", date(2024, 6, 26), "court_ruling", date(2024, 6, 17)),
    ("Eleven party leaders spent five months in prison before a court released them provisionally on 5 December.", date(2025, 5, 2), "court_ruling", date(2024, 12, 5)),
    ('The judge told a packed room on Monday that the case was "extinguished", and nobody was acquitted.', date(2021, 3, 17), "court_ruling", date(2021, 3, 15)),
    ("Political activities by parties and associations were suspended by decree on 10 April.", date(2024, 6, 21), "dissolution", date(2024, 4, 10)),
    # a president who "declared a state of emergency" (corpus IR)
    ("President Keita on Friday declared a state of emergency for 10 days and three days of national mourning.", date(2015, 11, 21), "curfew", date(2015, 11, 20)),
    # a person's name set off by commas continues its clause; a place's name set off so is an
    # aside that a date after it still reaches (corpora IK, HX)
    ("The International Criminal Court sentenced one of the men who directed the destruction in Timbuktu, Ahmad al-Faqi al-Mahdi, to nine years in prison in September 2016.", date(2022, 3, 30), "court_ruling", date(2016, 9, 1)),
    ("The attack came weeks after militants struck the Kati military camp, just outside the capital, Bamako, on July 22.", date(2022, 8, 30), "attack", date(2022, 7, 22)),
    # a coup leader who "appealed for foreign help"; a bloc that "gave him 72 hours to" hand back
    # power (corpus IK)
    ("On Friday, Sanogo had appealed for foreign help to save the country.", date(2012, 4, 1), "public_statement", date(2012, 3, 30)),
    ("ECOWAS leaders on Thursday gave him 72 hours to begin handing back power.", date(2012, 4, 1), "ultimatum", date(2012, 3, 29)),
    ("Leaders of the West African bloc ECOWAS gave the junta 72 hours on Thursday to begin stepping down.", date(2012, 4, 1), "ultimatum", date(2012, 3, 29)),
    ("On Friday the mutineers issued a 48-hour ultimatum to the government.", date(2012, 4, 1), "ultimatum", date(2012, 3, 30)),
    ("The mayor said the fighters set fire to the new Ahmed Baba building, which houses thousands of old manuscripts, on Saturday.", date(2013, 1, 28), "looting", date(2013, 1, 26)),
    ("These missions follow the strikes carried out on Sunday 13 January against training camps, depots and command posts around Gao.", date(2013, 1, 15), "air_strike", date(2013, 1, 13)),
    ("On 21 November 2022, the junta banned NGOs funded by France.", date(2024, 8, 19), "dissolution", date(2022, 11, 21)),
    ("Florence Parly told reporters on Thursday that Sahraoui had died after a strike by the Barkhane force in August.", date(2021, 9, 16), "air_strike", date(2021, 8, 1)),
    ("The Idaksahak community said 11 of its herders were shot near Tevolat on 29 July and their animals taken away.", date(2022, 9, 21), "attack", date(2022, 7, 29)),
    ("A local official said two election workers were abducted near Macina on the eve of the vote and released unharmed on Tuesday.", date(2023, 6, 23), "release", date(2023, 6, 20)),
    ("French troops stopped the jihadists' advance on 11 January 2013; the Security Council created the mission in April 2013.", date(2024, 1, 2), "armed_clash", date(2013, 1, 11)),
    ("The Ivorian government on Tuesday demanded the \"immediate\" release of 49 of its soldiers detained in Mali at the weekend.", date(2022, 7, 12), "public_statement", date(2022, 7, 12)),
    ("A convoy was forced to turn back on 27 May after armed men stopped it and drove off with two trucks.", date(2022, 6, 10), "looting", date(2022, 5, 27)),
    ("Barkhane hands its northern bases to the Malian army: Kidal in October, Tessalit on 13 November and Timbuktu on 14 December.", date(2022, 2, 18), "withdrawal", date(2021, 12, 14)),
    ("The al Qaeda-linked group JNIM claimed that attack on Monday, saying it was revenge.", date(2019, 3, 23), "responsibility_claim", date(2019, 3, 18)),
    # a camp "transferred to the army"; "The U.N. flag came down"; workers "seized Thursday" (AP
    # style, no "on"); a contributor that "suspended its participation" (corpora IL, IM, IP)
    ("The first camp to be handed over, at Ogossagou in central Mali, was transferred to the army on August 3.", date(2023, 12, 29), "withdrawal", date(2023, 8, 3)),
    ("The U.N. flag came down at the mission's headquarters in Bamako on Dec. 11 in a ceremony.", date(2023, 12, 31), "mission_ended", date(2023, 12, 11)),
    ("Five Indian workers were seized Thursday near Kobri.", date(2025, 11, 7), "abduction", date(2025, 11, 6)),
    ("Egypt suspended its participation in July.", date(2022, 8, 16), "withdrawal", date(2022, 7, 1)),
    # a unit that "left the village" it guarded; a report dated "in a report on March 15"; an
    # office "publishing the report" today (corpus IO)
    ("Villagers said the detachment that had been stationed in Ogossagou since the March 2019 massacre left the village on the afternoon of February 13.", date(2020, 3, 18), "withdrawal", date(2020, 2, 13)),
    ("In a report on March 15, Human Rights Watch documented the summary execution of at least 71 civilians by government forces.", date(2022, 4, 5), "report_published", date(2022, 3, 15)),
    ("Our Office is today publishing the report of a fact-finding mission into the military operation in Moura.", date(2023, 5, 12), "report_published", date(2023, 5, 12)),
    # men "beaten to death" by a crowd; a gas plant "seized"; an operation that "gave way" to
    # another; soldiers who "died in a single day of combat" date the combat (corpus IE, II)
    ("On Friday, two men accused of working with the Islamists were beaten to death by a crowd in Timbuktu.", date(2013, 2, 4), "mass_killing", date(2013, 2, 1)),
    ("His men seized the In Amenas gas plant in Algeria on 16 January.", date(2013, 3, 28), "attack", date(2013, 1, 16)),
    ("Serval gave way on August 1, 2014 to Barkhane, a regional operation.", date(2023, 1, 11), "mission_created", date(2014, 8, 1)),
    ("On 22 February 2013, 26 Chadian soldiers died in a single day of combat in the Adrar des Ifoghas.", date(2019, 1, 23), "armed_clash", date(2013, 2, 22)),
    # civilians "killed in strikes there" (air strikes, not a labour strike); a leader who
    # "arrived in Moscow on an official visit" (corpus FT)
    ("The rebels said 21 civilians, including 11 children, were killed in strikes there on August 25, 2024.", date(2025, 4, 7), "air_strike", date(2024, 8, 25)),
    ("Putin held talks with Assimi Goita, who arrived in Moscow on an official visit on Sunday.", date(2025, 6, 23), "diplomatic_call", date(2025, 6, 22)),
    # a base handed to the army as the force leaves; tankers burned in a chronology's present;
    # "have rebelled in 1963" (corpora FL, FP)
    ("French soldiers lowered the tricolour over their camp in Timbuktu on Tuesday, handing the base to Mali's armed forces in a short ceremony.", date(2021, 12, 15), "withdrawal", date(2021, 12, 14)),
    ("- 14 September: Fighters burn about 40 tankers on the Kayes road, a union official says.", date(2025, 11, 10), "looting", date(2025, 9, 14)),
    ("The Tuareg have rebelled in 1963 and never stopped asking for more autonomy.", date(2024, 7, 31), "rebellion", date(1963, 1, 1)),
    # sanctions lifted are no sanctions imposed: "lifted on 3 July the … sanctions", "sanctions on
    # Mali were lifted", "the measures were lifted", "they are lifted in July 2022"
    ("West African leaders lifted on 3 July the trade and financial sanctions they had imposed in January.", date(2022, 8, 18), "sanctions_lifted", date(2022, 7, 3)),
    ("Mali missed payments on its debt until the economic measures were lifted in July 2022.", date(2024, 1, 29), "sanctions_lifted", date(2022, 7, 1)),
    ("- January 2022: Ecowas imposes sweeping economic sanctions on Mali; they are lifted in July 2022.", date(2025, 4, 8), "sanctions_lifted", date(2022, 7, 1)),
    # civilians "found dead" or who "lost their lives"; captives "handed over to the authorities";
    # two states that "agreed to launch joint patrols"; patrols that "began" (corpus FN)
    ("In January 2022, seven Mauritanians were found dead in Mali near Nara.", date(2025, 2, 19), "mass_killing", date(2022, 1, 1)),
    ("Mauritania protested in January 2022, when seven citizens lost their lives in the area of Nara.", date(2025, 2, 18), "mass_killing", date(2022, 1, 1)),
    ("Eight herders seized near Adel Bagrou last weekend were handed over to the Mauritanian authorities at the border on Thursday.", date(2025, 3, 7), "release", date(2025, 3, 6)),
    ("Mali and Mauritania agreed on Friday to launch joint patrols along their border.", date(2025, 3, 7), "peace_agreement", date(2025, 3, 7)),
    ("Joint patrols began on 14 April, a week before the commission's second session.", date(2025, 6, 20), "deployment", date(2025, 4, 14)),
    # a town "abandoned by the army"; "exchanges of fire"; a date fronted after "reports that";
    # a list closed by "five other towns"; an ambassador "was summoned"; a decision to leave "the
    # regional organisation" announced in the passive
    ("Tessalit was abandoned by the army on 11 March 2012.", date(2012, 4, 9), "withdrawal", date(2012, 3, 11)),
    ("The Islamists had been massing near Konna since Monday, and there were exchanges of fire on Tuesday.", date(2013, 1, 11), "armed_clash", date(2013, 1, 8)),
    ("The general staff reports that on the night of 23 to 24 January, units repelled simultaneous attacks on the camps of Mondoro and Boulkessi.", date(2022, 1, 31), "attack", date(2022, 1, 23)),
    ("JNIM attacked army posts in Kayes, Diboli and five other towns on 1 July, its first coordinated assault in the west.", date(2025, 9, 17), "attack", date(2025, 7, 1)),
    ("Today, Monday 31 January 2022, the Ambassador of the French Republic in Bamako was summoned to the Ministry of Foreign Affairs.", date(2022, 1, 31), "ties_cut", date(2022, 1, 31)),
    ("The decision to leave the regional organisation was announced on 28 January 2024 by Burkina Faso, Mali and Niger.", date(2025, 1, 30), "organisation_exit", date(2024, 1, 28)),
    # a date set off by commas after a place aside; a departure "announced" in the passive; men
    # released "from X it had held"; relief brought; a dated place after an appositive; a "where"
    # clause dated by the clause it hangs on
    ("He recalls that a similar massacre took place in Ouatagouna, in the Gao region, in August 2021, and that no one has been held to account.", date(2023, 6, 2), "mass_killing", date(2021, 8, 1)),
    ("French forces, whose departure was announced on 17 February, are still at their base in Menaka.", date(2022, 3, 20), "withdrawal", date(2022, 2, 17)),
    ("GATIA on Wednesday released seven young men from Anderamboukane it had held for two weeks.", date(2023, 6, 2), "release", date(2023, 5, 31)),
    ("Last week, an army helicopter brought flour and medicines to the town's hospital, residents said.", date(2023, 5, 10), "aid_pledged", date(2023, 5, 1)),
    ("French forces killed Abdelmalek Droukdel, the leader of Al-Qaeda in the Islamic Maghreb, near Tessalit in June 2020, and Paris later confirmed it.", date(2021, 10, 1), "death", date(2020, 6, 1)),
    ("The most notorious took place at Moura in March 2022, where, according to a UN report, troops killed at least 500 people.", date(2024, 5, 1), "casualties", date(2022, 3, 1)),
    # an insurgency told by its start: "that began in … 2012", "since the start of the conflict in
    # 2012", "has been battling … since 2012", a group that "emerged" or was launched in a year
    ("The jihadist insurgency that began in northern Mali in 2012 has spread to the centre of the country.", date(2019, 6, 1), "insurgency", date(2012, 1, 1)),
    ("It was the worst setback for the army since the start of the conflict in 2012.", date(2019, 10, 2), "insurgency", date(2012, 1, 1)),
    ("Mali has been battling an Islamist insurgency since 2012.", date(2024, 9, 17), "insurgency", date(2012, 1, 1)),
    ("Farmers accuse the herders of siding with the preacher Amadou Koufa, whose Katiba Macina emerged in 2015.", date(2019, 3, 25), "insurgency", date(2015, 1, 1)),
    # a town hall broken into and ballot papers burned; a provisional release granted
    ("On Saturday night, armed men broke into the town hall of Kassakoro and burned the ballot papers stored there.", date(2023, 6, 19), "looting", date(2023, 6, 17)),
    ("Sanogo, held at Selingue, was granted provisional release on 28 January 2020.", date(2021, 1, 5), "release", date(2020, 1, 28)),
    # a second place listed with its own preposition and day; a president naming a prime minister
    ("This follows the mission's departure from Tessalit on 21 October and from Aguelhok on 23 October.", date(2023, 11, 1), "withdrawal", date(2023, 10, 23)),
    ("On Monday, the president named Choguel Kokalla Maiga prime minister.", date(2021, 6, 9), "appointment", date(2021, 6, 7)),
    # the valley taken, in the passive; troops being sent
    ("Its centre was the Ametettai valley. The valley was taken on 3 March.", date(2013, 3, 20), "territory_seized", date(2013, 3, 3)),
    ("Mauritania said last week it was sending more troops to its Hodh Ech Chargui region.", date(2026, 4, 20), "deployment", date(2026, 4, 13)),
    # a joint force announced by its chiefs; drones presented; a chronology's present tense
    ("The joint force announced by the three army chiefs on 6 March has no published size.", date(2024, 7, 6), "mission_created", date(2024, 3, 6)),
    ("The aircraft was one of the Akinci drones presented in Bamako on 26 November.", date(2025, 4, 7), "arms_delivery", date(2024, 11, 26)),
    ("- 27 October 2025: schools and universities close for two weeks for lack of fuel.", date(2026, 1, 10), "closure", date(2025, 10, 27)),
    ("* Jan. 29, 2024 - Armed men sabotage the Kaneye bridge on the road between Goundam and Dire.", date(2026, 1, 10), "looting", date(2024, 1, 29)),
    # an army communique's "neutralised seven terrorists"; refugees killed
    ("On Thursday, a patrol neutralised seven terrorists near Mondoro.", date(2019, 11, 18), "offensive", date(2019, 11, 14)),
    ("On the night of 12 to 13 May, gunmen killed two young refugees who had gone to gather firewood, their relatives said.", date(2025, 6, 20), "mass_killing", date(2025, 5, 12)),
    # agreements signed in quotation marks or in the plural
    ('The two coalitions had signed "honour pacts" at Anefis in October 2015.', date(2017, 1, 20), "peace_agreement", date(2015, 10, 1)),
    ("Three similar agreements were signed in the neighbouring Koro circle between 12 and 24 January.", date(2021, 2, 10), "peace_agreement", date(2021, 1, 12)),
    # coups told as presidents ousted (no election in "elected presidents"); bridges blown up or damaged
    ("Mutinous soldiers from its camp ousted elected presidents in March 2012 and in August 2020.", date(2022, 7, 23), "coup", date(2020, 8, 1)),
    ("Earlier this month, on the night of 2 to 3 December, a small bridge between Kolokani and Didieni was blown up.", date(2025, 12, 16), "looting", date(2025, 12, 2)),
    ("In January 2024, fighters damaged the Kaneye bridge on the road between Goundam and Dire.", date(2026, 1, 9), "looting", date(2024, 1, 1)),
    # "seized the town" after the town was named; a strike a saying reports, dated before its aside and its own verb
    ("The CMA entered Anefis on Sunday. GATIA first seized the town from the CMA in August 2015.", date(2017, 7, 20), "territory_seized", date(2015, 8, 1)),
    ("The front said drone strikes on Saturday on a well near Takalot, about 90 km west of Tinzaouaten, had killed four herders.", date(2025, 4, 7), "air_strike", date(2025, 4, 5)),
    # hostages: taken from their home with a spouse, seized …, on a date, by gunmen; snatched from a parish; seized workers; freed in an aside
    ("The surgeon was taken with his wife Jocelyn from their home in Djibo on the night of 15 to 16 January 2016.", date(2021, 5, 10), "abduction", date(2016, 1, 15)),
    ("The aid worker was seized at his home in Abalak, Niger, on 14 October 2016 by gunmen who killed two people there.", date(2021, 5, 10), "abduction", date(2016, 10, 14)),
    ("Father Pierluigi Maccalli, a Catholic missionary snatched from his parish in south-western Niger in September 2018, was handed over too.", date(2020, 10, 9), "abduction", date(2018, 9, 1)),
    ("In July, gunmen seized three Chinese and two Mauritanian workers on another construction site.", date(2021, 10, 20), "abduction", date(2021, 7, 1)),
    ("The journalist and the aid worker stepped off a plane at Niamey airport on Monday, freed after years in captivity.", date(2023, 3, 20), "release", date(2023, 3, 20)),
    # a date in the clause that governs a "that" clause is the writing's, not the ambush's; a date before "again denied" is the denial's
    ("Telegram channels wrote at the weekend that an escort had lost seven servicemen in an ambush near Kolokani, in the Koulikoro region, on the night of 13 to 14 November.", date(2025, 11, 19), "ambush", date(2025, 11, 13)),
    ("French military officials on Thursday again denied that an air strike had hit a wedding party.", date(2021, 1, 8), "public_statement", date(2021, 1, 7)),
    # a mediators' arrival with the bloc's full name, a meeting with a named leader, a "freeing of"
    ("The delegation from the Economic Community of West African States (ECOWAS) arrived late on Wednesday, officials said.", date(2020, 7, 16), "diplomatic_call", date(2020, 7, 15)),
    ("The envoys met Keita on Thursday morning, a presidency official said.", date(2020, 7, 16), "diplomatic_call", date(2020, 7, 16)),
    ("The deal followed the freeing of more than 100 suspected jihadists from Malian prisons at the weekend.", date(2020, 10, 9), "release", date(2020, 10, 3)),
    # 2013 copy: a second bomber, a helicopter firing, a roadmap, a distance in an aside
    ("A second bomber blew himself up at the checkpoint late on Saturday.", date(2013, 2, 11), "suicide_bombing", date(2013, 2, 9)),
    ("At dawn on Monday a French helicopter fired on the building where the last attackers were holding out.", date(2013, 2, 11), "air_strike", date(2013, 2, 11)),
    ("On Tuesday, the National Assembly unanimously adopted a roadmap for the transition.", date(2013, 1, 30), "legislation", date(2013, 1, 29)),
    ("Malian forces also took back Douentza, 800km (500 miles) north-east of Bamako, without a fight on Monday, the army said.", date(2013, 1, 22), "territory_regained", date(2013, 1, 21)),
    # an occasion framing the opening date; gunmen shooting residents
    ("At an emergency cabinet meeting on Sunday, the government dissolved the militia and sacked the chief of the general staff.", date(2019, 3, 26), "dismissal", date(2019, 3, 24)),
    ("Armed men entered the Fulani quarter overnight Thursday to Friday, shooting residents and burning houses.", date(2020, 2, 15), "mass_killing", date(2020, 2, 13)),
    # the 2025 fuel crisis: schools told to close, nationals told to leave, embassy staff ordered out
    ("The government on Sunday ordered schools and universities nationwide to close from Monday until Nov. 9.", date(2025, 10, 31), "closure", date(2025, 10, 26)),
    ("- Schools and universities, closed nationwide by government decision on 26 October, are due to reopen on 10 November.", date(2025, 10, 31), "closure", date(2025, 10, 26)),
    ("The US embassy on Tuesday urged Americans to leave the country at once on commercial flights.", date(2025, 10, 31), "withdrawal", date(2025, 10, 28)),
    ("On 30 October, the US State Department ordered non-emergency staff of its embassy in Bamako to depart.", date(2025, 10, 31), "withdrawal", date(2025, 10, 30)),
    # 2015-19 copy: a town "it took", "a shooting at" a bar, crowds "into the streets", a road blocked in protest, Serval "replaced"
    ("The militia is to leave Menaka, an eastern town it took from the rebels on April 27.", date(2015, 5, 20), "territory_seized", date(2015, 4, 27)),
    ("The group also claimed a shooting at La Terrasse restaurant in Bamako on March 7.", date(2015, 11, 21), "attack", date(2015, 3, 7)),
    ("Anger over the killings brought tens of thousands of people into the streets of Bamako on April 5.", date(2019, 4, 20), "protest", date(2019, 4, 5)),
    ("About 200 women blocked the main road outside the camp in Sevare on Wednesday to demand news of their husbands.", date(2019, 10, 4), "protest", date(2019, 10, 2)),
    ("France intervened in January 2013 with Operation Serval, and in August 2014 replaced it with Barkhane.", date(2019, 11, 28), "mission_created", date(2014, 8, 1)),
    # an event as the subject of what it caused; a relative clause that only times the event
    ("Drone strikes on Tinzaouaten, a remote town close to the Algerian border, killed at least 21 civilians on Sunday.", date(2024, 8, 26), "air_strike", date(2024, 8, 25)),
    ("The group JNIM said it carried out the attack, which began shortly before dawn on Tuesday in the Faladie district.", date(2024, 9, 18), "attack", date(2024, 9, 17)),
    # 2012 and 2016 copy: a city named with adjectives, a listed garrison town, a town that changed hands, a range of day parts
    ("Tuareg separatists and Islamist fighters rolled into the fabled desert city of Timbuktu on Sunday without firing a shot.", date(2012, 4, 2), "territory_seized", date(2012, 4, 1)),
    ("The rebels seized Kidal on Friday and the garrison town of Gao on Saturday.", date(2012, 4, 2), "territory_seized", date(2012, 3, 31)),
    ("Anefis itself changed hands on 17 August 2015, when GATIA drove the CMA out.", date(2016, 8, 10), "territory_seized", date(2015, 8, 17)),
    ("Between the afternoon of 21 July and the morning of 22 July, GATIA and HCUA fighters fought with heavy machine guns.", date(2016, 8, 10), "armed_clash", date(2016, 7, 21)),
    # 2022-23 digests: a minister who told the council, a brief's entry by place, a base handed to the army
    ("Foreign minister Abdoulaye Diop told the council on 16 June that the mission had failed.", date(2023, 7, 3), "public_statement", date(2023, 6, 16)),
    ("Bamako: 6 Jan - Transition president Col. Assimi Goita pardoned the 49 Ivorian soldiers.", date(2023, 1, 9), "release", date(2023, 1, 6)),
    ("The French army handed its base at Gossi to Malian forces on 19 April.", date(2022, 4, 25), "withdrawal", date(2022, 4, 19)),
    # a FACTBOX's entries in the present tense; talks that had opened; reinforcements sent
    ("April 6, 2012 - After seizing Kidal, Gao and Timbuktu with Islamist allies, the MNLA declares the independence of Azawad.", date(2014, 7, 20), "independence_declared", date(2012, 4, 6)),
    ("July 15, 2014 - The government and the armed groups exchange prisoners ahead of the talks.", date(2014, 7, 20), "release", date(2014, 7, 15)),
    ("Talks had opened on 7 June, in the shadow of the first clashes.", date(2013, 6, 20), "diplomatic_call", date(2013, 6, 7)),
    ("Mali's government sent army reinforcements to the northern town of Kidal on Monday.", date(2014, 5, 20), "deployment", date(2014, 5, 19)),
    # a president removed by the colonels; operations conducted in a sector
    ("By then Ibrahim Boubacar Keita was gone too, removed by the colonels on 18 August.", date(2021, 1, 5), "coup", date(2020, 8, 18)),
    ("Between 5 and 8 June, acting alone, Barkhane conducted an operation in the Liptako, west of Menaka.", date(2021, 6, 11), "offensive", date(2021, 6, 5)),
    ("Between 3 and 8 January 2022, air and ground operations in the sectors of Mondoro and Boulkessi made it possible to neutralise 31 terrorists.", date(2022, 1, 12), "offensive", date(2022, 1, 3)),
    ("The army convoy came under fire near Gao on Monday, the army said.", date(2024, 7, 30), "attack", date(2024, 7, 29)),
    # attacks votes and lost aircraft
    ("The Tombouctou, a vessel of the state shipping company, came under fire on Sept. 7, 2023 near Banikane.", date(2025, 4, 8), "attack", date(2023, 9, 7)),
    ("They put a new constitution to voters on June 18, 2023, and announced 97 percent approval.", date(2025, 4, 8), "election", date(2023, 6, 18)),
    ("The government said that a drone of the Malian Armed Forces lost near Tinzaouaten on the night of March 31 to April 1 had been destroyed.", date(2025, 4, 8), "aircraft_lost", date(2025, 3, 31)),
    ("On November 20, 2015, two gunmen walked into the Radisson Blu in Bamako.", date(2025, 4, 8), "attack", date(2015, 11, 20)),
    # missions releases and a camp that was hit
    ("The Aguelhok camp was last hit in April 2018, when two peacekeepers were killed.", date(2019, 1, 21), "attack", date(2018, 4, 1)),
    ("France sent troops in 2013, and the UN mission MINUSMA took over from an African force on July 1, 2013.", date(2024, 1, 29), "mission_created", date(2013, 7, 1)),
    ("After Bamako demanded its exit in June 2023, MINUSMA closed on December 31, 2023.", date(2024, 1, 29), "mission_ended", date(2023, 12, 31)),
    ("After Bamako demanded its exit in June 2023, MINUSMA closed on December 31, 2023.", date(2024, 1, 29), "expulsion", date(2023, 6, 1)),
    ("Sophie Petronin arrived in Bamako late on Thursday after her release by jihadists, the presidency said.", date(2020, 10, 9), "release", date(2020, 10, 8)),
    # exits coups sanctions and a date behind a fence
    ("Burkina Faso, Mali and Niger have decided to leave the Economic Community of West African States (ECOWAS), according to a joint communique of the three countries read out on state television on Sunday.", date(2024, 1, 29), "organisation_exit", date(2024, 1, 28)),
    ("ECOWAS suspended Niger after the military removed President Mohamed Bazoum on July 26, 2023.", date(2024, 1, 29), "coup", date(2023, 7, 26)),
    ("Mali came under ECOWAS economic sanctions in January 2022.", date(2024, 1, 29), "sanctions", date(2022, 1, 1)),
    ("Malian security sources said the fighters who took Diabaly on Monday had come from the border after French strikes on their bases at the weekend.", date(2013, 1, 16), "territory_seized", date(2013, 1, 14)),
    # killings of leaders operations and a dawn raid
    ("French troops had killed Abdelmalek Droukdel, the leader of AQIM, in northern Mali.\n\n- June 3: Droukdel is killed.", date(2020, 6, 6), "death", date(2020, 6, 3)),
    ("- January 11, 2013: President Francois Hollande launches Operation Serval.", date(2020, 6, 6), "intervention", date(2013, 1, 11)),
    ("- August 1, 2014: Operation Barkhane, with 3,000 troops spread across five countries, takes over from Serval.", date(2020, 6, 6), "mission_created", date(2014, 8, 1)),
    ("At least 31 people were killed when gunmen stormed Ogossagou, a Fulani herding village in central Mali, before dawn on Friday, the government said on Saturday.", date(2020, 2, 15), "attack", date(2020, 2, 14)),
    # strikes uprisings alliances and handovers from blind corpus s
    ("The strikes hit Amasrakad, a settlement in the Gao region, on the night of March 17, according to the group.", date(2024, 4, 3), "air_strike", date(2024, 3, 17)),
    ("In January 2012 Tuareg separatists of the MNLA rose up in the north.", date(2025, 12, 23), "rebellion", date(2012, 1, 1)),
    ("The three juntas had signed a charter creating their alliance on 16 September 2023.", date(2025, 12, 23), "alliance_formed", date(2023, 9, 16)),
    ("They turned it into a confederation in July 2024.", date(2025, 12, 23), "alliance_formed", date(2024, 7, 1)),
    ("A patrol found a grave a few kilometres from the camp that French troops handed over on Tuesday.", date(2022, 4, 22), "withdrawal", date(2022, 4, 19)),
    # sanctions decrees laws and speeches to the council
    ("Leaders of the bloc on Sunday lifted the trade and financial sanctions they had imposed on Mali in January.", date(2022, 7, 4), "sanctions_lifted", date(2022, 7, 3)),
    ("On June 6, Colonel Assimi Goita signed a decree setting the transition at two years.", date(2022, 7, 4), "legislation", date(2022, 6, 6)),
    ("A new electoral law followed on June 17, and the government published a calendar.", date(2022, 7, 4), "legislation", date(2022, 6, 17)),
    ("Last Friday, Malian Foreign Minister Abdoulaye Diop told the UN Security Council that Bamako wanted the mission to leave.", date(2023, 6, 23), "public_statement", date(2023, 6, 16)),
    # summoned envoys and oaths
    ("Ambassador Kristina Kühnel was summoned to the ministry in Bamako on Friday and handed the expulsion order.", date(2024, 8, 10), "ties_cut", date(2024, 8, 9)),
    ("Speaking after taking the oath on Monday, the colonel told officers that Mali would honour its commitments.", date(2021, 6, 8), "appointment", date(2021, 6, 7)),
    # a strike that hit and shots that rang out
    ("The strike hit Amasrakad, a village near Gao, on Sunday afternoon while people were gathered around a well.", date(2024, 3, 19), "air_strike", date(2024, 3, 17)),
    ("When the first shots rang out in Talataye early on Tuesday, he thought the gunmen would be gone by midday.", date(2022, 9, 9), "attack", date(2022, 9, 6)),
    # blind corpora V-X: asides a date reads across, places that change hands, objects' own years
    ("The first troops landed in Farabougou, a farming village in the Segou region near the town of Niono, early Thursday, the army said.", date(2020, 10, 22), "deployment", date(2020, 10, 22)),
    ("Soldiers rounded up at least 25 men, most of them Fulani herders, at the livestock fair on Monday, witnesses said.", date(2025, 5, 16), "arrest", date(2025, 5, 12)),
    ("Then, in mid-August 2015, fighters of the pro-government GATIA drove the CMA out of Anefis.", date(2016, 1, 5), "territory_seized", date(2015, 8, 11)),
    ("Relations soured after the authorities announced in January 2024 that they were ending the 2015 Algiers peace agreement.", date(2025, 4, 7), "agreement_ended", date(2024, 1, 1)),
    ("On Monday, Algiers dismissed the accusations as baseless, recalled its ambassadors and shut its airspace to flights from Mali.", date(2025, 4, 8), "sanctions", date(2025, 4, 7)),
    ("Several members cited a report by the UN human rights office, published on 12 May, on the killings.", date(2023, 6, 16), "report_published", date(2023, 5, 12)),
    ("The official Africa Corps channel hit back on Saturday, insisting the unit had suffered no losses.", date(2025, 6, 16), "public_statement", date(2025, 6, 14)),
    ("It came a day after Mali, Burkina Faso and Niger marked the anniversary of their Alliance of Sahel States, founded on 16 September 2023.", date(2024, 9, 17), "alliance_formed", date(2023, 9, 16)),
    ("The FLA was formed last November from the merger of the separatist movements of the north.", date(2025, 3, 18), "alliance_formed", date(2024, 11, 1)),
    ("Kidal fell on 14 November 2023.", date(2024, 4, 12), "territory_seized", date(2023, 11, 14)),
    ("A drone operated by Mali's armed forces went down during the night of March 31 to April 1 near Tinzaouaten.", date(2025, 4, 8), "aircraft_lost", date(2025, 3, 31)),
    ("The attack came two months after rebels and JNIM fighters inflicted heavy losses on the army near Tinzaouaten, between 25 and 27 July.", date(2024, 9, 17), "armed_clash", date(2024, 7, 25)),
    ("The camp was already attacked on Thursday 7 September 2023, on the day a passenger boat of the river company (COMANAV) was targeted.", date(2023, 10, 2), "attack", date(2023, 9, 7)),
    ("Last Thursday, rockets fired at a passenger boat on the Niger River and an assault on an army post at Bamba killed 49 civilians.", date(2023, 9, 13), "attack", date(2023, 9, 7)),
    # a verb that repeats the event before for another subject
    ("The government signed the Algiers peace agreement in May 2015, and the CMA followed on 20 June 2015 in Bamako.", date(2024, 1, 29), "peace_agreement", date(2015, 6, 20)),
    ("Mali cut diplomatic ties with Ukraine on 4 August 2024. Niger followed two days later.", date(2024, 9, 1), "ties_cut", date(2024, 8, 6)),
    # blind corpus Y: participles between an event and its date, timelines in the present tense
    ("Last week's killings shattered a local truce agreed in March between Dozo hunters and jihadist fighters around Niono.", date(2021, 10, 7), "ceasefire", date(2021, 3, 1)),
    ("The authorities denounced the sanctions imposed by ECOWAS on 9 January.", date(2022, 1, 21), "sanctions", date(2022, 1, 9)),
    ("- April 2012 – Kidal, Gao and Timbuktu fall within days.", date(2025, 6, 12), "territory_seized", date(2012, 4, 1)),
    ("- March 2017 – Ansar Dine, Katiba Macina and other al-Qaeda-aligned groups merge to form JNIM.", date(2025, 6, 12), "alliance_formed", date(2017, 3, 1)),
    ("- December 2021 – The first Wagner fighters arrive, according to Western governments.", date(2025, 6, 12), "deployment", date(2021, 12, 1)),
    ("Africa Corps, which answers to the Russian defence ministry, took over from Wagner in June.", date(2025, 9, 17), "mission_created", date(2025, 6, 1)),
    ("On 21 February 2023, an air-land operation in the Macina sector made it possible to neutralise 14 terrorists.", date(2023, 2, 28), "offensive", date(2023, 2, 21)),
    ("On 13 February, the army launched a ground operation in the area and, on 14 February, announced that it had taken control of the site.", date(2024, 2, 16), "territory_regained", date(2024, 2, 14)),
    ("Armed men abducted three people, including the chief of the village of Kouakourou, near Djenne, and one of his sons, on Tuesday evening, a relative said.", date(2022, 1, 21), "abduction", date(2022, 1, 18)),
    # blind corpus Z: a number's comma, a list of towns, and more phrasings
    ("The fighters had captured Konna, a town of some 50,000 people on the road to the army base at Sevare, last Thursday.", date(2013, 1, 16), "territory_seized", date(2013, 1, 10)),
    ("Ansar Dine and AQIM took over Timbuktu, Gao and Kidal in April 2012, exploiting the confusion.", date(2013, 1, 16), "territory_seized", date(2012, 4, 1)),
    ("Fighters from Russia's Wagner Group began deploying in December 2021, although Bamako describes them as instructors.", date(2024, 9, 20), "deployment", date(2021, 12, 1)),
    ("The UN mission, Minusma, was told to go. It finished leaving on 31 December 2023.", date(2024, 9, 20), "withdrawal", date(2023, 12, 31)),
    ("In January this year the three juntas announced they were quitting the West African regional bloc Ecowas.", date(2024, 9, 20), "organisation_exit", date(2024, 1, 1)),
    ("In the night of 10 to 11 September, armed men forced their way into the community health centre of Tarkint.", date(2023, 9, 15), "attack", date(2023, 9, 10)),
    ("- At dawn on 2 June, JNIM fighters tried to storm the army camp in Timbuktu.", date(2025, 6, 12), "attack", date(2025, 6, 2)),
    ("The drone came down in the night of March 31 to April 1.", date(2025, 4, 8), "aircraft_lost", date(2025, 3, 31)),
    ('- June 2023: the junta asks the UN peacekeeping mission, Minusma, to withdraw "without delay".', date(2025, 4, 8), "expulsion", date(2023, 6, 1)),
    # blind corpus Q, looked at again
    ("The mission said incoming fire struck one of its C-130 aircraft on Thursday as it touched down.", date(2023, 10, 22), "attack", date(2023, 10, 19)),
    ("Several dozen Malian soldiers and Russian Wagner fighters were flown into Tessalit on Oct. 12 to prepare the handover.", date(2023, 10, 22), "deployment", date(2023, 10, 12)),
    ("The attackers descended on Koulogon-Peul, in the Bankass area, shortly after dawn on Tuesday as residents gathered for prayer.", date(2019, 1, 2), "attack", date(2019, 1, 1)),
    ("Last June, at least 32 Fulani villagers were killed in Koumaga, an attack also blamed on hunters' militias.", date(2019, 1, 2), "attack", date(2018, 6, 1)),
    ("The text upgrades the AES, a mutual defence pact the three juntas had created on 16 September 2023, into a union.", date(2025, 7, 10), "alliance_formed", date(2023, 9, 16)),
    ("Paris has stepped up operations in the region since January, when it sent 600 extra soldiers.", date(2020, 11, 13), "deployment", date(2020, 1, 1)),
    # blind corpora AA and AB
    ("- August 25, 2024, Tinzaouaten (Kidal region): The separatist CSP-DPA said strikes on a pharmacy and on a crowd killed 21 civilians.", date(2025, 4, 14), "air_strike", date(2024, 8, 25)),
    ("- March 23, 2025, near Menaka: The FLA said a drone hit a well and killed nine civilians.", date(2025, 4, 14), "air_strike", date(2025, 3, 23)),
    ("On the night of June 20 to 21, a column of Russia's Africa Corps and Malian soldiers was ambushed on the track between Gao and Intahaka.", date(2025, 7, 1), "ambush", date(2025, 6, 20)),
    ("The General Staff of the Armed Forces informs national and international opinion that on the night of Friday 7 to Saturday 8 March 2025, at about 3 a.m., armed terrorist groups attacked the military camp of Sokolo.", date(2025, 3, 9), "attack", date(2025, 3, 7)),
    ("In late May, two Chinese nationals were seized at a gold site near Narena.", date(2025, 8, 20), "abduction", date(2025, 5, 21)),
    ("On 25 January, the transitional authorities formally ended the Agreement for Peace and Reconciliation, signed in Bamako in 2015.", date(2024, 4, 12), "agreement_ended", date(2024, 1, 25)),
    # blind corpus AC: factbox entries under "PLACE, DATE" headings, hostages, a town overrun
    ("Here are some of the deadliest attacks:\n\nSEVARE, AUG. 7-8, 2015\nGunmen seized the Byblos hotel in the central town of Sevare.", date(2024, 9, 18), "attack", date(2015, 8, 7)),
    ("Here are some of the deadliest attacks:\n\nAGUELHOK, JANUARY 2012\nTuareg separatists and Islamist fighters overran an army garrison in the far north.", date(2024, 9, 18), "territory_seized", date(2012, 1, 1)),
    ("BAMAKO, NOV. 20, 2015\nGunmen took about 170 guests and staff hostage at the Radisson Blu hotel.", date(2024, 9, 18), "abduction", date(2015, 11, 20)),
    ("Kidal fell on 30 March 2012; Gao was overrun the following morning.", date(2023, 1, 10), "territory_seized", date(2012, 3, 31)),
    ("- On the night of 8 to 9 February, militants enter Dogofry and abduct seven men, including the village chief.", date(2025, 3, 4), "abduction", date(2025, 2, 8)),
    ("* 18 April - Oumar Traoré, chief of staff of transitional president Assimi Goïta, is killed with three other people in an attack near Nara.", date(2024, 2, 2), "attack", date(2023, 4, 18)),
    ("Sophie Pétronin, who ran a charity in the northern city of Gao, was seized by gunmen outside her home there on Dec. 24, 2016.", date(2020, 10, 9), "abduction", date(2016, 12, 24)),
    ("On Sunday 9 June, a FAMa unit operating alongside the French soldiers apprehended a suspect.", date(2019, 6, 12), "arrest", date(2019, 6, 9)),
    ("It is on the evening of this Monday 7 October 2024, towards 19 hours, that armed individuals have attacked the military post of Boni.", date(2024, 10, 10), "attack", date(2024, 10, 7)),
    ("In October 2020, he became defence minister in the transitional government of Moctar Ouane.", date(2025, 6, 30), "appointment", date(2020, 10, 1)),
    ("Africa Corps, the ministry-run force that took over from the Wagner Group in June, said nothing.", date(2025, 9, 17), "mission_created", date(2025, 6, 1)),
    ("- March 27-31, 2022 – Soldiers and foreign fighters kill hundreds of people in the village of Moura.", date(2024, 8, 30), "casualties", date(2022, 3, 27)),
    ("The last blue helmets had gone by 31 December 2023, officials said.", date(2025, 8, 20), "withdrawal", date(2023, 12, 31)),
    ("On Monday, a Bamako court sentenced a former prime minister to two years in prison.", date(2025, 10, 29), "court_ruling", date(2025, 10, 27)),
    ("In June 2024, the trial chamber convicted him of war crimes.", date(2025, 1, 10), "court_ruling", date(2024, 6, 1)),
    ("A commercial court placed the mining complex under provisional administration on June 16.", date(2025, 10, 29), "court_ruling", date(2025, 6, 16)),
    ("The ICC unsealed an arrest warrant against the jihadist leader in June.", date(2025, 10, 29), "court_ruling", date(2025, 6, 1)),
    ("August 1, 2014 – Serval is replaced by Barkhane, a regional counterterrorism operation.", date(2019, 6, 12), "mission_created", date(2014, 8, 1)),
    ("August 1, 2014: Serval gives way to the regional Operation Barkhane.", date(2019, 6, 12), "mission_created", date(2014, 8, 1)),
    ("France has 5,100 troops in the Sahel under Operation Barkhane, which it launched on Aug. 1, 2014.", date(2019, 6, 12), "mission_created", date(2014, 8, 1)),
    ("In June 2023 the Security Council ended MINUSMA at Bamako's request.", date(2025, 9, 17), "mission_ended", date(2023, 6, 1)),
    ("The deadline was set by the Security Council when it ended the mission's mandate in June.", date(2023, 11, 20), "mission_ended", date(2023, 6, 1)),
    ("In June 2023, the junta asked the UN Security Council to end MINUSMA's mandate.", date(2025, 1, 10), "expulsion", date(2023, 6, 1)),
    ("The colonels brought in Russian paramilitaries from December 2021.", date(2025, 1, 10), "deployment", date(2021, 12, 1)),
    ("The blue helmets were gone by 31 December 2023.", date(2025, 9, 17), "withdrawal", date(2023, 12, 31)),
    ("• Thursday 6 March — Gao–Bourem road: fuel convoy hit by gunfire; 4 tankers burned.", date(2025, 3, 10), "attack", date(2025, 3, 6)),
    ("• Friday 7 March — Boni: JNIM says it captured 5 soldiers while storming a checkpoint.", date(2025, 3, 10), "attack", date(2025, 3, 7)),
    ("• Night of Saturday 8 to Sunday 9 March — Ménaka: IS Sahel fighters attack a site for displaced people.", date(2025, 3, 10), "attack", date(2025, 3, 8)),
    ("A drone hit a building near the market on Saturday, and another struck a house in the north of the town on Sunday.", date(2023, 11, 14), "air_strike", date(2023, 11, 12)),
    ("The departure of Mali, Burkina Faso and Niger from the Economic Community of West African States became final on Wednesday.", date(2025, 1, 30), "organisation_exit", date(2025, 1, 29)),
    ("On 16 September 2023 the three juntas signed the Liptako-Gourma Charter, a mutual defence pact.", date(2025, 1, 30), "alliance_formed", date(2023, 9, 16)),
    ("The FLA was formed in late November 2024 by a merger of separatist groups.", date(2025, 3, 10), "alliance_formed", date(2024, 11, 21)),
    ("An aid worker said three trucks carrying World Food Programme sorghum were burned on the Niono road in March.", date(2025, 5, 14), "looting", date(2025, 3, 1)),
    ("MINUSMA, the UN mission that the junta ordered out in June, handed over its camp in Kidal on 31 October.", date(2023, 11, 14), "expulsion", date(2023, 6, 1)),
    ("The junta's demand in June 2023 that the UN mission leave the country removed the accord's guarantor.", date(2024, 2, 6), "expulsion", date(2023, 6, 1)),
    ("On 31 December 2023, Goita proposed a dialogue, a rebuff to Algeria, which had recalled its ambassador in December.", date(2024, 2, 6), "ties_cut", date(2023, 12, 1)),
    ("• Apr 6, 2012 — The MNLA proclaims the independence of \"Azawad\".", date(2022, 1, 17), "independence_declared", date(2012, 4, 6)),
    ("• Aug 1, 2014 — Operation Barkhane replaces Serval, with 3,000 French soldiers.", date(2022, 1, 17), "mission_created", date(2014, 8, 1)),
    ("• Mar 2, 2017 — Al-Qaeda's Sahel allies merge into JNIM under Iyad Ag Ghaly.", date(2022, 1, 17), "alliance_formed", date(2017, 3, 2)),
    ("• Dec 2021 — Western governments say Russian Wagner mercenaries are deploying; Bamako denies it.", date(2022, 1, 17), "deployment", date(2021, 12, 1)),
    ("Ten civilians were killed when bombs hit the town on Friday night.", date(2013, 1, 13), "air_strike", date(2013, 1, 11)),
    ("In December 2021, more than 30 passengers died when gunmen fired on a bus and burned it.", date(2025, 6, 16), "attack", date(2021, 12, 1)),
    ("Last month, armed men stopped another bus on the same road and robbed the passengers.", date(2025, 6, 16), "looting", date(2025, 5, 1)),
    ("In May 2021, the CMA and pro-government armed groups set up the Permanent Strategic Framework (CSP).", date(2024, 12, 10), "alliance_formed", date(2021, 5, 1)),
    ("Two vehicles packed with explosives were driven into the army camp at Tenenkou before dawn on Sunday.", date(2024, 3, 5), "suicide_bombing", date(2024, 3, 3)),
    ("The media regulator on Thursday suspended the BBC and Voice of America for two weeks.", date(2024, 4, 26), "media_suspended", date(2024, 4, 25)),
    ("On Tuesday, Canada expelled a Malian diplomat in response.", date(2024, 6, 12), "ties_cut", date(2024, 6, 11)),
    ("Islamist fighters seized the town on 14 January 2013, shortly after France sent troops.", date(2025, 3, 4), "territory_seized", date(2013, 1, 14)),
    ("Strikes around the town on 7 November that year had killed at least 14 people.", date(2024, 10, 10), "air_strike", date(2023, 11, 7)),
    ("In February 2023, Mali expelled MINUSMA's human rights chief.", date(2024, 6, 12), "ties_cut", date(2023, 2, 1)),
    ("In October 2021, Mali ordered out the ECOWAS special representative.", date(2024, 6, 12), "expulsion", date(2021, 10, 1)),
    ("On 25 October, at dawn, in the Serma forest, the soldiers engaged a group of about forty fighters.", date(2017, 10, 27), "armed_clash", date(2017, 10, 25)),
    ("Barkhane, launched on 1 August 2014 as the successor to Operation Serval, brings together 4,000 personnel.", date(2017, 10, 27), "mission_created", date(2014, 8, 1)),
    ("It succeeded Operation Serval, which had begun on 11 January 2013.", date(2017, 10, 27), "mission_created", date(2013, 1, 11)),
    ("The ministry said jets had struck training camps, fuel depots and command posts around Gao in the early hours of Sunday.", date(2013, 1, 13), "air_strike", date(2013, 1, 13)),
    ("Mali announced on Sunday that it was calling its ambassador home for consultations.", date(2025, 4, 8), "ties_cut", date(2025, 4, 6)),
    ("The armed drone came down near Tinzaouaten, a town that straddles the border, during the night of March 31 to April 1.", date(2025, 4, 8), "aircraft_lost", date(2025, 3, 31)),
    ("Its main army camp was attacked on 2 June, the day after jihadists overran the military base of Boulkessi.", date(2025, 8, 9), "territory_seized", date(2025, 6, 1)),
    # a person captured by troops, and a past perfect dated from the narrative's year
    ("In February 2017 French troops captured him during an operation in the Wagadou forest.", date(2025, 4, 8), "arrest", date(2017, 2, 1)),
    ("The militant commander was captured by French special forces near Ménaka on 12 June 2019.", date(2025, 4, 8), "arrest", date(2019, 6, 12)),
    ("Mariam fled Gao in April 2012. Rebels had seized Gao on 31 March, and she left.", date(2025, 4, 8), "territory_seized", date(2012, 3, 31)),
    # curfews and movement bans, a dateline in accented capitals, and political measures
    ("TÉNENKOU - On Tuesday in Ténenkou, the prefect extended by thirty days the ban on the movement of motorcycles and pedestrians.", date(2021, 10, 21), "curfew", date(2021, 10, 19)),
    ("The governor of Mopti imposed a curfew on the town of Boni on 3 May.", date(2021, 10, 21), "curfew", date(2021, 5, 3)),
    ("MOPTI - On Tuesday in Boni, a minibus hit a mine.", date(2021, 10, 21), "explosive_device", date(2021, 10, 19)),
    ("On April 10, the authorities suspended the activities of political parties and associations.", date(2024, 4, 23), "dissolution", date(2024, 4, 10)),
    ('Mali\'s military government announced late on Thursday that it was ending "with immediate effect" the 2015 peace agreement.', date(2024, 1, 27), "agreement_ended", date(2024, 1, 25)),
    ("The Azawad Liberation Front (FLA), formed at the end of November by the former separatist movements, claimed the strike.", date(2024, 12, 13), "alliance_formed", date(2024, 11, 21)),
    ("Boni itself was briefly occupied by jihadists in March, residents said at the time.", date(2017, 11, 6), "territory_seized", date(2017, 3, 1)),
    ("The army suffered heavy losses in late July near Tinzaouaten, on the Algerian border, during fighting with rebels.", date(2024, 12, 13), "armed_clash", date(2024, 7, 21)),
    # shells, exits, pacts, regroupings, postponed votes, marches and coordinated abductions
    ("On 22 September, shells fired at the city from the south hit the Abaradjou neighbourhood.", date(2023, 10, 19), "shelling", date(2023, 9, 22)),
    ("Mali, Burkina Faso and Niger formally ceased to be members of ECOWAS on Wednesday.", date(2025, 1, 31), "organisation_exit", date(2025, 1, 29)),
    ("- September 16, 2023: The three juntas sign the Liptako-Gourma Charter, a mutual defence pact.", date(2025, 1, 29), "alliance_formed", date(2023, 9, 16)),
    ("Mali, Burkina Faso and Niger signed a mutual defence pact on 16 September 2023.", date(2025, 1, 29), "alliance_formed", date(2023, 9, 16)),
    ("The rebels regrouped at the end of November 2024 under the banner of the FLA.", date(2025, 2, 25), "alliance_formed", date(2024, 11, 21)),
    ("The vote was postponed indefinitely last September for technical reasons.", date(2024, 5, 31), "election", date(2023, 9, 1)),
    ("The march on the 28th drew several thousand people to the governor's office in Kayes.", date(2024, 5, 31), "protest", date(2024, 5, 28)),
    ("In January, a Swiss missionary was abducted in Timbuktu, and an Australian doctor and his wife were seized in Djibo.", date(2016, 3, 10), "abduction", date(2016, 1, 1)),
    ("On Thursday the cabinet adopted the dissolution decree.", date(2024, 5, 31), "dissolution", date(2024, 5, 30)),
    ("NIAMEY - Armed men killed seven villagers in an attack on a hamlet in the Anzourou commune of the Tillaberi region on Saturday night.", date(2021, 5, 10), "attack", date(2021, 5, 8)),
    # attacks told by a siege of a village, an event told in a complement, distances, dissolutions, forces authorised
    ("Gunmen on motorcycles surrounded Djimdjim, a village in the Bankass district, late on Sunday and set fire to huts and granaries.", date(2019, 12, 12), "attack", date(2019, 12, 8)),
    ("JNIM fighters attacked a convoy of fuel tankers near Kassela, about 70 kilometres east of the Malian capital Bamako, on Saturday, according to the government.", date(2025, 11, 17), "attack", date(2025, 11, 15)),
    ("A shopkeeper said an air strike on Sunday had hit a house near the main well in Léré.", date(2013, 1, 22), "air_strike", date(2013, 1, 20)),
    ("Diallassagou is where the government said 132 civilians were killed in June 2022.", date(2025, 1, 22), "mass_killing", date(2022, 6, 1)),
    ("The government announced the militia's dissolution on March 24.", date(2019, 12, 12), "dissolution", date(2019, 3, 24)),
    ("West African troops landed in Bamako as part of a regional force authorised by the UN Security Council in December.", date(2013, 1, 22), "mission_created", date(2012, 12, 1)),
    # claimed ambushes, first operations, codes adopted, and months through which fighting went on
    ("The ISGS claimed the ambush near Tongo Tongo in Niger last October in which four soldiers were killed.", date(2018, 2, 14), "ambush", date(2017, 10, 1)),
    ("The G5 Sahel, a joint force of five countries, launched its first operations last year.", date(2018, 2, 14), "offensive", date(2017, 1, 1)),
    ("The code, adopted in August 2023, lets the state take as much as 35% of new mines.", date(2025, 2, 5), "legislation", date(2023, 8, 1)),
    ("Through February and March 2013, French and Chadian troops fought al-Qaeda in the Adrar des Ifoghas mountains.", date(2023, 1, 11), "armed_clash", date(2013, 2, 1)),
    # towns retaken told in a relative clause or an appositive, and political activity suspended
    ("Partners report limited returns to Gao, which was retaken on 26 January, and to Timbuktu, retaken on 28 January.", date(2013, 2, 22), "territory_regained", date(2013, 1, 26)),
    ("Partners report limited returns to Gao, which was retaken on 26 January, and to Timbuktu, retaken on 28 January.", date(2013, 2, 22), "territory_regained", date(2013, 1, 28)),
    ("In April 2024, the government suspended all political activity, citing public order.", date(2025, 5, 22), "dissolution", date(2024, 4, 1)),
    # media suspended, schools and mines closed, diplomats ordered out, hostages taken (AS and after)
    ("The media regulator ordered Radio Horizon Sahel FM off the air on 20 May 2025.", date(2025, 5, 22), "media_suspended", date(2025, 5, 20)),
    ("Military authorities have suspended a private radio station, the regulator said on Tuesday.", date(2025, 5, 22), "media_suspended", date(2025, 5, 20)),
    ("French broadcasters RFI and France 24 have been off the air in Mali since March 2022.", date(2025, 5, 22), "media_suspended", date(2022, 3, 1)),
    ("The government closed schools and universities in the capital on Monday.", date(2025, 10, 29), "closure", date(2025, 10, 27)),
    ("The miner halted operations at its Loulo-Gounkoto complex last month.", date(2025, 2, 5), "closure", date(2025, 1, 1)),
    ("A foreign ministry statement said on Tuesday that the envoy had been declared \"persona non grata\".", date(2026, 1, 21), "ties_cut", date(2026, 1, 20)),
    ("In July 2022 the junta ordered the spokesman of the UN peacekeeping mission, MINUSMA, to leave.", date(2026, 1, 21), "ties_cut", date(2022, 7, 1)),
    ("She was seized on 27 November from a health centre near Ansongo.", date(2017, 3, 10), "abduction", date(2016, 11, 27)),
    ("Hostages still held include Beatrice Stockli, taken from Timbuktu in January 2016.", date(2017, 3, 10), "abduction", date(2016, 1, 1)),
    ("A Norwegian nurse kidnapped by armed men in northern Mali last November has been freed.", date(2017, 3, 10), "abduction", date(2016, 11, 1)),
    # coups by officers who removed a president, arson, fighting that resumed, talks held, takeovers (AT, AU)
    ("Colonel Assimi Goita led the officers who removed President Ibrahim Boubacar Keita on August 18, 2020.", date(2024, 3, 5), "coup", date(2020, 8, 18)),
    ("On 25 May, the primary school in Inekar was set on fire, a few days after teachers received threats.", date(2022, 6, 3), "looting", date(2022, 5, 25)),
    ("Fighting between the army and the former rebels, now grouped in the CSP, resumed in August 2023.", date(2024, 3, 5), "armed_clash", date(2023, 8, 1)),
    ("A platform was founded by leaders of the political parties that the junta abolished in May 2025.", date(2026, 3, 2), "dissolution", date(2025, 5, 1)),
    ("In late February, delegations of the two defence ministries held consultations in Moscow.", date(2026, 3, 3), "diplomatic_call", date(2026, 2, 21)),
    ("The Africa Corps took over the tasks of the Wagner private military company in Mali in June 2025.", date(2026, 3, 3), "mission_created", date(2025, 6, 1)),
    ("Fighters of JNIM struck a gendarmerie school and the military airport in Bamako last September.", date(2025, 3, 11), "attack", date(2024, 9, 1)),
    ("Processing at the Djidian-Est operation has been suspended since Monday, the company said.", date(2025, 5, 21), "closure", date(2025, 5, 19)),
    ("Western governments said in December that Russian fighters were arriving.", date(2022, 1, 10), "deployment", date(2021, 12, 1)),
    ("The Kidal camp was vacated on 31 October, and rebels moved in the same day.", date(2024, 3, 28), "withdrawal", date(2023, 10, 31)),
    ("On 1 July a UN peacekeeping mission, MINUSMA, took over from the African force.", date(2013, 9, 4), "mission_created", date(2013, 7, 1)),
    ("On 18 August 2020, soldiers seized power. Shortly before midnight Keita announced his resignation.", date(2022, 1, 10), "resignation", date(2020, 8, 18)),
    ("Suspected jihadists attacked the military camp in Gao, northern Mali's largest city, before dawn on Wednesday.", date(2026, 2, 11), "attack", date(2026, 2, 11)),
    ("The junta then declared the 2015 agreement void on January 25.", date(2024, 3, 5), "agreement_ended", date(2024, 1, 25)),
    ("In July 2024 the rebels inflicted one of the heaviest known defeats on Russia's Wagner group near Tinzaouaten.", date(2025, 3, 13), "armed_clash", date(2024, 7, 1)),
    # the subject of a dated killing takes its date
    ("A drone strike on an artisanal gold-mining site in the Gao region killed at least 19 civilians on Sunday.", date(2025, 3, 13), "air_strike", date(2025, 3, 9)),
    ("The attack, which the army blamed on JNIM, killed 12 soldiers on Sunday.", date(2025, 3, 13), "attack", date(2025, 3, 9)),
    # from corpora AV and AW: "when" clauses, a dated ambush inside a toll, counted shells, and more phrasings
    ("The thaw began on June 6, when interim president Colonel Assimi Goita signed a decree setting the transition at 24 months from March 26.", date(2022, 7, 4), "legislation", date(2022, 6, 6)),
    ("France closed a deployment that began in January 2013, when Operation Serval halted the jihadist columns heading for Mopti.", date(2022, 8, 16), "intervention", date(2013, 1, 1)),
    ("MINUSMA says three peacekeepers were wounded, one of them seriously, when the convoy that left Ber this morning was attacked twice on the road to Timbuktu.", date(2023, 8, 13), "attack", date(2023, 8, 13)),
    ("UPDATE: The toll of the 28 April ambush on an army supply convoy near Tenenkou has risen to 11 soldiers killed, military sources said.", date(2023, 5, 9), "ambush", date(2023, 4, 28)),
    ("Paris froze joint operations with the Malian army at the start of June 2021; on 10 June, Emmanuel Macron announced that Barkhane would be reshaped.", date(2022, 8, 16), "sanctions", date(2021, 6, 1)),
    ("On 31 January, Bamako gave ambassador Joel Meyer 72 hours to leave.", date(2022, 8, 16), "ties_cut", date(2022, 1, 31)),
    ("- 5 May, Timbuktu region: four shells landed near Timbuktu airport, causing no casualties, according to MINUSMA.", date(2023, 5, 9), "shelling", date(2023, 5, 5)),
    ("The Azawad Liberation Front (FLA), a separatist coalition formed in November 2024, rejected the army's account.", date(2025, 2, 19), "alliance_formed", date(2024, 11, 1)),
    ("In March 2022, fighters of the Islamic State's Sahel branch swept through the villages east of the town.", date(2024, 6, 20), "attack", date(2022, 3, 1)),
    ("Further south, the Boulkessi army camp suffered one of the army's worst losses on 30 September 2019, when 38 soldiers died.", date(2023, 3, 9), "attack", date(2019, 9, 30)),
    ("The UN peacekeeping mission MINUSMA, which the junta ordered out of the country, ended its operations on December 31, 2023.", date(2024, 4, 18), "mission_ended", date(2023, 12, 31)),
    ("The education minister announced late Sunday that schools and universities nationwide would close until November 9.", date(2025, 10, 30), "closure", date(2025, 10, 26)),
    ("They fought rival jihadists and Tuareg militiamen from Tuesday until Wednesday, setting fire to homes.", date(2022, 9, 9), "armed_clash", date(2022, 9, 6)),
    # from corpora AX and AY
    ("Under pressure from West African neighbours, the officers installed a retired colonel, Bah Ndaw, as interim president in September 2020.", date(2024, 1, 3), "appointment", date(2020, 9, 1)),
    ("The last soldiers of Operation Barkhane crossed into Niger on 15 August 2022, after nine and a half years in the country.", date(2024, 1, 3), "withdrawal", date(2022, 8, 15)),
    ("JNIM was created in March 2017 when several jihadist groups merged under the leadership of Iyad Ag Ghaly.", date(2018, 9, 14), "alliance_formed", date(2017, 3, 1)),
    ("Police in Bamako fired tear gas on Saturday to disperse several hundred young people, witnesses said.", date(2025, 5, 19), "protest", date(2025, 5, 17)),
    ("The crackdown began in late April, when the government repealed the charter governing political parties.", date(2025, 5, 19), "legislation", date(2025, 4, 21)),
    ("The French, who announced their withdrawal in February, are packing up.", date(2022, 3, 31), "withdrawal", date(2022, 2, 1)),
    ("Last month its fighters attacked a base in Dioura, and in Burkina Faso they briefly took the town of Djibo.", date(2025, 6, 9), "territory_seized", date(2025, 5, 1)),
    ("On Sunday, gunmen attacked a base in Dioura and jihadists took the town of Djibo.", date(2025, 6, 9), "territory_seized", date(2025, 6, 8)),
    ("Algerian air defences brought down a Malian drone near Tinzaouaten on Tuesday.", date(2025, 4, 3), "aircraft_lost", date(2025, 4, 1)),
    ('The general staff said its troops had "taken up positions" in Kidal on Tuesday.', date(2023, 11, 16), "territory_seized", date(2023, 11, 14)),
    ("Three employees of a cement factory in Kayes were taken on 1 July.", date(2025, 7, 10), "abduction", date(2025, 7, 1)),
    ("On March 16, a drone fired at least two munitions at a wedding celebration in the hamlet of Ouro-Kaba.", date(2025, 3, 18), "air_strike", date(2025, 3, 16)),
    ("Decree No. 2022-0335, signed on 6 June 2022, fixed the transition at 24 months.", date(2023, 9, 27), "legislation", date(2022, 6, 6)),
    ("The pardon was announced on Friday evening in a statement read on state television.", date(2023, 1, 8), "release", date(2023, 1, 6)),
    ("On 31 January, the foreign ministry gave France's ambassador, Joel Meyer, 72 hours to leave.", date(2022, 2, 2), "ties_cut", date(2022, 1, 31)),
    ("The army resumed its advance on Monday after air strikes north of Anefis.", date(2023, 11, 16), "offensive", date(2023, 11, 13)),
    ("The constitutional referendum slipped from 19 March to 18 June.", date(2023, 9, 27), "election", date(2023, 6, 18)),
    ("Keita began a second term, having won an August 12 run-off against Soumaila Cisse.", date(2018, 9, 14), "election", date(2018, 8, 12)),
    ("Hollande visited the soldiers of Operation Barkhane in Gao last Friday before attending a summit that closed in Bamako on Saturday.", date(2017, 1, 18), "diplomatic_call", date(2017, 1, 13)),
    ("Rights groups accuse it of killing civilians, notably in Moura in March 2022, where UN investigators said at least 500 people were killed.", date(2025, 6, 30), "mass_killing", date(2022, 3, 1)),
    ("He was granted the term after the transitional parliament approved the change on 3 July.", date(2025, 10, 30), "legislation", date(2025, 7, 3)),
    ("The 2026 budget, adopted by the cabinet on Oct. 16, counts on mining revenue.", date(2025, 10, 30), "legislation", date(2025, 10, 16)),
    # places listed after a dated object, each with its date, are the same act again
    ("We entered Kidal on 30 March 2012, Gao the next day and Timbuktu on 1 April.", date(2022, 1, 17), "territory_seized", date(2012, 3, 31)),
    ("We entered Kidal on 30 March 2012, Gao the next day and Timbuktu on 1 April 2012.", date(2022, 1, 17), "territory_seized", date(2012, 4, 1)),
    # a date before "and" and a second verb with a date of its own ends the first verb's clause
    ("Troops retook Gao on 26 January 2013 and entered Timbuktu two days later.", date(2022, 1, 17), "territory_regained", date(2013, 1, 26)),
    # an accord or a ceasefire whose signing is told after an aside
    ("An agreement, brokered by Algeria, was signed in Bamako on 15 May.", date(2015, 7, 28), "peace_agreement", date(2015, 5, 15)),
    ("A ceasefire brokered by Mauritania's President Mohamed Ould Abdel Aziz, who chairs the African Union, was signed in Kidal on Friday.", date(2014, 5, 28), "ceasefire", date(2014, 5, 23)),
    # a date inside the trigger, as its adverbial; a travel ban imposed; a state of emergency of ten days
    ("In a separate statement, the army said its aircraft had on Saturday struck a group of assailants fleeing towards the border.", date(2019, 11, 4), "air_strike", date(2019, 11, 2)),
    ("In December, the Security Council's sanctions committee imposed a travel ban on three Malians.", date(2019, 1, 21), "sanctions", date(2018, 12, 1)),
    ("Keita declared a 10-day state of emergency late on Friday.", date(2015, 11, 22), "curfew", date(2015, 11, 20)),
    # from corpora BF and BG
    ("On 31 January, it was the turn of the French ambassador, Joel Meyer, who was given 72 hours to leave.", date(2022, 9, 10), "expulsion", date(2022, 1, 31)),
    ("It is the fourth base France has handed over, after Kidal, Tessalit and Timbuktu were vacated between October and December 2021.", date(2022, 4, 23), "withdrawal", date(2021, 10, 1)),
    ("Private daily Le Republicain reported that several hundred people gathered in Bamako's Independence Square on Friday to back the transition.", date(2022, 5, 17), "protest", date(2022, 5, 13)),
    ("The education ministry on Sunday ordered schools and universities across the country closed until Nov. 9.", date(2025, 10, 28), "closure", date(2025, 10, 26)),
    ("Three Indian technicians, aged 29, 35 and 47, were taken away by the attackers on Tuesday morning.", date(2025, 7, 3), "abduction", date(2025, 7, 1)),
    ("The army said on Monday that air strikes had killed about 30 fighters preparing an ambush near Kolokani on Saturday.", date(2025, 10, 28), "air_strike", date(2025, 10, 25)),
    # a negation lifted by "until"; a counted day that the weekday read from publication contradicts
    ("The army did not retake Kidal until 14 November 2023.", date(2024, 1, 10), "territory_regained", date(2023, 11, 14)),
    ("French troops landed in Bamako on 12 January 2013. The day before, on Friday, French jets struck Konna.", date(2024, 4, 28), "air_strike", date(2013, 1, 11)),
    # a listed place with a verb of its own is a subject, no listed object
    ("Troops entered Kidal on 14 November, and Algiers on Wednesday summoned Mali's ambassador.", date(2023, 11, 20), "ties_cut", date(2023, 11, 15)),
    # from corpora BH and BI
    ("Barrick halted operations on Jan. 14.", date(2025, 6, 17), "closure", date(2025, 1, 14)),
    ("Bamako never forgave the bloc for the sanctions it imposed in January 2022.", date(2024, 1, 30), "sanctions", date(2022, 1, 1)),
    ("Classes in schools and universities, suspended on October 27 because of the shortage, are expected to resume.", date(2025, 11, 6), "closure", date(2025, 10, 27)),
    # a trigger broken by an aside takes the date of its head's clause
    ("The Malian army drone, registered TZ-98D, was destroyed on the night of March 31 to April 1 near Tinzaouaten.", date(2025, 4, 7), "aircraft_lost", date(2025, 3, 31)),
    ("Earlier closures included Ogossagou, handed over to the Malian authorities on 3 August.", date(2023, 11, 1), "withdrawal", date(2023, 8, 3)),
    # a group's founding told in an apposition; mergers, meetings, ground retaken by pushing back, troops back in a town
    ("The MSA, founded in 2016 by Daoussahak fighters, controls much of the Menaka countryside.", date(2022, 3, 2), "alliance_formed", date(2016, 1, 1)),
    ("Three armed movements of the north merged into the Azawad Liberation Front on 30 November.", date(2024, 12, 10), "alliance_formed", date(2024, 11, 30)),
    ("The defence minister received a delegation of traders from Gao on Thursday.", date(2024, 6, 10), "diplomatic_call", date(2024, 6, 6)),
    ("Chadian and French troops pushed the jihadists back in March 2013 after heavy fighting.", date(2020, 1, 9), "territory_regained", date(2013, 3, 1)),
    ("Malian soldiers returned to Tessalit on Saturday for the first time since 2019.", date(2019, 5, 6), "territory_regained", date(2019, 5, 4)),
    # from corpus BL: leaders taken to a camp, powers stripped, a cabinet named, a toll published, a committee left
    ("Mutinous soldiers drove the president and two ministers to the Kati camp on Tuesday night.", date(2020, 8, 20), "arrest", date(2020, 8, 18)),
    ("The colonel said on Wednesday that he had stripped the prime minister of his functions.", date(2021, 5, 27), "dismissal", date(2021, 5, 26)),
    ("The transitional president named a new government on Friday.", date(2021, 6, 14), "appointment", date(2021, 6, 11)),
    ("The rebel coalition published its own toll on Friday, listing 20 soldiers killed.", date(2024, 8, 5), "report_published", date(2024, 8, 2)),
    ("Bamako said on Monday it was withdrawing from a regional counter-terrorism committee.", date(2025, 4, 9), "organisation_exit", date(2025, 4, 7)),
    # from corpus BO: the economy and politics of 2025 (a mine halted, exports blocked, a code passed, a court's order, staff told to leave)
    ("The miner announced a suspension of operations at the site on Wednesday.", date(2025, 1, 17), "closure", date(2025, 1, 15)),
    ("The authorities blocked gold exports from the mine in March.", date(2025, 6, 2), "closure", date(2025, 3, 1)),
    ("Markets in Gao shut their doors on Thursday.", date(2025, 6, 2), "closure", date(2025, 5, 29)),
    ("The row started in 2023, when the government adopted a new mining code.", date(2025, 6, 2), "legislation", date(2023, 1, 1)),
    ("A court in Bamako granted the request of the state on Friday.", date(2025, 6, 2), "court_ruling", date(2025, 5, 30)),
    ("Political activities had already been suspended on 7 May.", date(2025, 6, 2), "dissolution", date(2025, 5, 7)),
    ("The U.S. Embassy on Tuesday ordered non-essential staff to leave.", date(2025, 6, 2), "withdrawal", date(2025, 5, 27)),
    # from corpus BN: an aircraft that came down, a batch that arrived, troops pushed out, an operation carried out, a junta in power since
    ("An L-39 trainer of the air force came down near Sevare on Tuesday evening.", date(2024, 6, 2), "aircraft_lost", date(2024, 5, 28)),
    ("A new batch of Turkish drones arrived at Bamako airport on Friday.", date(2024, 6, 2), "arms_delivery", date(2024, 5, 31)),
    ("Burkina Faso pushed French special forces out in February 2023.", date(2024, 6, 2), "expulsion", date(2023, 2, 1)),
    ("The sweep was carried out on 4 May around Dioura.", date(2024, 6, 2), "offensive", date(2024, 5, 4)),
    ("The colonels have been in power since May 2021.", date(2024, 6, 2), "coup", date(2021, 5, 1)),
    # from corpus BM: strikes on a named village, a transfer to The Hague, men taken from a market, bodies in graves, a sanctions regime
    ("Rights groups documented drone strikes on Inadiatafane on 21 October.", date(2024, 11, 20), "air_strike", date(2024, 10, 21)),
    ("He has been in custody since his transfer to The Hague on 4 April 2018.", date(2024, 6, 2), "arrest", date(2018, 4, 4)),
    ("Witnesses said soldiers took the men from the village on Thursday.", date(2024, 6, 2), "abduction", date(2024, 5, 30)),
    ("In March 2019, 19 bodies were found in two wells near Dioura.", date(2024, 6, 2), "mass_killing", date(2019, 3, 1)),
    ("The panel was set up under a sanctions regime created in September 2017.", date(2024, 6, 2), "sanctions", date(2017, 9, 1)),
    # from corpus BQ: aircraft received, a delegation arrived, a president who flew to the scene, sanctions imposed, a report released, two decisions of one day
    ("On Monday the transition president received two combat helicopters from Russia.", date(2022, 8, 10), "arms_delivery", date(2022, 8, 8)),
    ("A delegation of ECOWAS ministers arrived in Bamako on Thursday.", date(2022, 8, 10), "diplomatic_call", date(2022, 8, 4)),
    ("President Keita flew to Mopti on Tuesday to meet survivors.", date(2019, 3, 28), "diplomatic_call", date(2019, 3, 26)),
    ("Leaders will decide whether to lift the sanctions imposed on Guinea in September.", date(2022, 6, 21), "sanctions", date(2021, 9, 1)),
    ("The report, released by the UN mission on Monday, found that 19 civilians died.", date(2021, 4, 1), "report_published", date(2021, 3, 29)),
    ("On Sunday, the cabinet dissolved the militia and sacked the army chief.", date(2019, 3, 25), "dismissal", date(2019, 3, 24)),
    # from corpus BR: the agent of "X said it had …" is X
    ("The French army said it had driven the jihadists out of Diabaly on Monday.", date(2013, 1, 23), "territory_regained", date(2013, 1, 21)),
    # from corpus BS: a mediation team arrived, a bloc suspended a country, a panel named a president, armed men stopped an ambulance
    ("The ECOWAS mediation team arrived in Bamako late on Wednesday.", date(2020, 7, 17), "diplomatic_call", date(2020, 7, 15)),
    ("The African Union suspended Guinea on Friday.", date(2021, 9, 12), "sanctions", date(2021, 9, 10)),
    ("On Monday a panel named Bah Ndaw interim president.", date(2020, 9, 23), "appointment", date(2020, 9, 21)),
    # from corpus BP: a camp town "handed to the army"
    ("Tessalit was handed to the army on October 21.", date(2023, 12, 29), "withdrawal", date(2023, 10, 21)),
    ("Amnesty documented night strikes on Douna on 23 March.", date(2024, 11, 20), "air_strike", date(2024, 3, 23)),
    # a date after a place's aside and before "and claimed" is the attack's
    ("Jihadists stormed a base at Dioura, near the border with Mauritania, last Sunday and claimed to have killed 20 soldiers.", date(2024, 6, 5), "attack", date(2024, 6, 2)),
    # mourning, tolls announced, institutions as speakers, a day between speaker and verb
    ("President Keita on Tuesday declared three days of national mourning starting Thursday.", date(2019, 6, 14), "mourning", date(2019, 6, 13)),
    ("The government decreed three days of national mourning from Monday.", date(2019, 11, 3), "mourning", date(2019, 11, 4)),
    ("President Keita declared three days of national mourning starting Thursday.", date(2019, 10, 4), "mourning", date(2019, 10, 3)),
    ("The government raised the toll to 31 dead on Friday.", date(2020, 2, 15), "casualty_claim", date(2020, 2, 14)),
    ("On Saturday the army revised the toll to 53 soldiers and one civilian.", date(2019, 11, 4), "casualty_claim", date(2019, 11, 2)),
    ("The defence ministry late on Friday denied the reports.", date(2019, 11, 4), "public_statement", date(2019, 11, 1)),
    ("The army on Sunday denied that the garrison had fled.", date(2019, 11, 4), "public_statement", date(2019, 11, 3)),
    ("A Bamako court on Monday placed the mine under a provisional administrator.", date(2025, 6, 20), "court_ruling", date(2025, 6, 16)),
    # corpora CA-CB: a second place with its own day, tombs smashed, a militia dissolved, hostages handed over
    ("French forces took the airport at Kidal on 30 January and the airfield at Tessalit on 8 February.", date(2013, 3, 20), "territory_regained", date(2013, 2, 8)),
    ("On 30 June, Ansar Dine began smashing the mausoleums of Timbuktu.", date(2012, 7, 3), "looting", date(2012, 6, 30)),
    ("On Monday 2 July fighters broke open the door of the Sidi Yahia mosque.", date(2012, 7, 3), "looting", date(2012, 7, 2)),
    ("The government on Sunday dissolved the Dan Na Ambassagou militia.", date(2019, 3, 26), "dissolution", date(2019, 3, 24)),
    ("The MNLA handed 28 hostages over to MINUSMA on Monday 19 May after talks.", date(2014, 5, 26), "release", date(2014, 5, 19)),
    ("A deal on those arrangements, reached in Algiers on June 5, cleared the way for the signing.", date(2015, 6, 22), "peace_agreement", date(2015, 6, 5)),
    ("The two sides reached a deal in Algiers on June 5.", date(2015, 6, 22), "peace_agreement", date(2015, 6, 5)),
    # corpus CG: deliveries taken, drones received or presented
    ("At a ceremony at Bamako airport on Aug. 9, 2022, the junta had already taken delivery of L-39 trainers and Su-25 jets.", date(2025, 6, 10), "arms_delivery", date(2022, 8, 9)),
    ("On 26 November 2024, General Assimi Goita presented two Akinci drones at the air base in Bamako.", date(2025, 6, 10), "arms_delivery", date(2024, 11, 26)),
    ("Mali's army received Turkish Bayraktar TB2 drones on Monday.", date(2023, 1, 12), "arms_delivery", date(2023, 1, 9)),
    # corpus CH: a base handed over across an aside, an investigation announced, a date a negated act does not take
    ("France's Barkhane force handed its base at Gossi, in the Timbuktu region, to Malian troops on Tuesday.", date(2022, 4, 25), "withdrawal", date(2022, 4, 19)),
    ("On Friday evening, Mali's army said it had found a mass grave near the camp and announced an investigation.", date(2022, 4, 25), "investigation", date(2022, 4, 22)),
    ("The last blue helmets left Kidal on 31 October without handing the camp to the army.", date(2023, 11, 20), "withdrawal", date(2023, 10, 31)),
    ("The army's communications directorate said on Sunday that reinforcements had been sent to the area.", date(2022, 6, 20), "deployment", date(2022, 6, 19)),
    ("On 16 April, Dogon and Fulani leaders renewed the humanitarian agreements they had first signed in January 2021.", date(2022, 6, 20), "peace_agreement", date(2022, 4, 16)),
    # corpus CL: an act on an object told with its own past date, the AES created, sanctions with adjectives
    ("On Thursday, the Malian junta ended the Algiers peace agreement signed in 2015 with separatist groups in the north.", date(2024, 1, 30), "agreement_ended", date(2024, 1, 25)),
    ("The three countries had created the AES on 16 September 2023 by the signature of the Liptako-Gourma Charter.", date(2024, 1, 30), "alliance_formed", date(2023, 9, 16)),
    ("ECOWAS imposed tough economic and financial sanctions on Bamako on 9 January 2022.", date(2024, 1, 30), "sanctions", date(2022, 1, 9)),
    # corpus CD: embassies' advice, trucks burned, clinics suspended
    ("Italy's foreign ministry urged Italians to depart on Thursday.", date(2025, 11, 8), "withdrawal", date(2025, 11, 6)),
    ("On Tuesday, fighters stopped four tankers near Didieni, ordered the drivers out and burned the trucks.", date(2025, 11, 28), "looting", date(2025, 11, 25)),
    ("On 5 November, the charity suspended its mobile clinics around Macina because the vehicles could no longer be refuelled.", date(2025, 11, 28), "closure", date(2025, 11, 5)),
    # corpus CO: a garrison lost, a camp abandoned, a town cleared of militants
    ("The army lost its garrison at Aguelhok on Jan. 24 and abandoned the Amachach camp near Tessalit on March 11.", date(2012, 3, 30), "territory_seized", date(2012, 1, 24)),
    ("The army lost its garrison at Aguelhok on Jan. 24 and abandoned the Amachach camp near Tessalit on March 11.", date(2012, 3, 30), "withdrawal", date(2012, 3, 11)),
    ("Malian troops finally cleared Konna of militants on Jan. 18.", date(2013, 1, 28), "territory_regained", date(2013, 1, 18)),
    # corpus CP: a plane struck by bullets, troops into a named camp, a bomb in a "when" clause after a told fate
    ("A cargo plane landing at the base on Thursday was struck by bullets, but none of the crew was hurt, it said.", date(2023, 10, 23), "attack", date(2023, 10, 19)),
    ("The army moved into the Tessalit camp on Oct. 21, while the base at Aguelhok was taken over by the separatists.", date(2023, 11, 2), "territory_regained", date(2023, 10, 21)),
    ("A security source in Gao said two peacekeepers were wounded on Sunday when a vehicle in the convoy hit a roadside bomb north of Anefis.", date(2023, 10, 23), "explosive_device", date(2023, 10, 22)),
    # corpus CM: the air force with a date before its verb, "did the same:" before a colon, a free date after a colon
    ("According to the General Staff, the air force on July 30 struck terrorist positions near Tinzaouaten.", date(2024, 8, 7), "air_strike", date(2024, 7, 30)),
    ("On Sunday, the government of Mali announced that it was breaking off diplomatic relations with Ukraine. On Tuesday, Niger did the same: its spokesman said so on television.", date(2024, 8, 7), "ties_cut", date(2024, 8, 6)),
    ("Violence has grown since the start of the year: on March 4, an attack on an army camp at Mondoro killed 27 soldiers.", date(2022, 4, 5), "attack", date(2022, 3, 4)),
    # corpus CT: hostages "taken" with their count between, demonyms taken from a factory
    ("The ministry said armed assailants had stormed the factory in Kayes on July 1 and taken three Indian nationals hostage.", date(2025, 7, 3), "abduction", date(2025, 7, 1)),
    ("Three other Indians were taken from a cement factory in Kayes on July 1.", date(2025, 7, 3), "abduction", date(2025, 7, 1)),
    # corpus CR: a rally "again on" a day; a date after an appositive of several commas
    ("The coalition takes its name from its first mass rally on June 5 and brought tens of thousands of people onto the streets again on June 19.", date(2020, 7, 12), "protest", date(2020, 6, 19)),
    ("Thousands of protesters had answered a call for civil disobedience by the M5-RFP, a loose coalition of religious leaders, opposition parties and civil society groups, on Friday.", date(2020, 7, 12), "protest", date(2020, 7, 10)),
    # corpus CR, CQ: a named man freed from detention; a date after a road phrase set off by commas
    ("Authorities on Monday freed Choguel Kokalla Maiga and several other opposition figures detained since Friday, one of their lawyers said.", date(2020, 7, 14), "release", date(2020, 7, 13)),
    ("In one of the latest attacks, fighters ambushed a convoy of about 70 tankers near Bougouni, on the road from Ivory Coast, on the night of Nov. 16.", date(2025, 11, 25), "ambush", date(2025, 11, 16)),
    # corpus CV: a camp destroyed by troops, an operation told in a "during" phrase with its span
    ("A joint group of Russian and Malian troops on the night of May 28 to 29 destroyed a camp of the Islamic State near Menaka, killing 14 militants.", date(2025, 6, 2), "offensive", date(2025, 5, 28)),
    ("Units of the Africa Corps and the Malian Armed Forces have eliminated more than 60 militants during an operation in the Gao region that lasted from November 17 to 21, the corps said.", date(2026, 11, 23), "offensive", date(2026, 11, 17)),
    # corpus CX: a river phrase set off by commas before the date; clashes dated by the day before "during"
    ("Separatist rebels of the Permanent Strategic Framework (CSP) attacked an army camp at Bourem, on the Niger River, on Tuesday.", date(2023, 9, 17), "attack", date(2023, 9, 12)),
    ("The army said 17 soldiers and 36 civilian volunteers were killed on Sept. 4 during clashes near Koumbri, close to the Malian border.", date(2023, 9, 17), "armed_clash", date(2023, 9, 4)),
    # corpus CO: a second bomber whose belt went off
    ("A second bomber was shot by soldiers at the same checkpoint late on Saturday and his explosive belt went off.", date(2013, 2, 11), "suicide_bombing", date(2013, 2, 9)),
    # corpus CX: a country under sanctions since a day
    ("The country has been under economic and diplomatic sanctions from the Economic Community of West African States (ECOWAS) since January 9, imposed after the junta proposed to stay in power.", date(2022, 5, 16), "sanctions", date(2022, 1, 9)),
    # corpus CW: mass killings in the plural
    ("The Division has published special reports on several mass killings in central Mali, including those in Ogossagou on 23 March 2019 and 14 February 2020.", date(2021, 3, 30), "mass_killing", date(2020, 2, 14)),
    # corpus CX and earlier: a joint force launched or created is a mission created
    ("Niger joined in 2014. Its joint force, launched in 2017 with French backing, never took off.", date(2024, 7, 8), "mission_created", date(2017, 1, 1)),
    ("In January, the defense ministers of the three countries also announced the creation of a joint force of 5,000 troops.", date(2024, 7, 8), "mission_created", date(2024, 1, 1)),
    ("The same network was behind the shooting at La Terrasse restaurant in Bamako in March 2015 and the suicide bombing of the joint patrol camp in Gao in January 2017.", date(2019, 5, 28), "suicide_bombing", date(2017, 1, 1)),
    # an accord signed in a relative clause, named in full with a participle after a comma, put its name to on a weekday
    ("The CMA put its name on Saturday to the agreement which the government in Bamako had signed on May 15.", date(2015, 6, 21), "peace_agreement", date(2015, 5, 15)),
    ("The CMA put its name on Saturday to the agreement which the government in Bamako had signed on May 15.", date(2015, 6, 21), "peace_agreement", date(2015, 6, 20)),
    ("It seeks to wreck the Agreement for Peace and Reconciliation in Mali, signed in Bamako on 15 May.", date(2015, 8, 8), "peace_agreement", date(2015, 5, 15)),
    ("The authorities announced, on 25 January, the end of the 2015 Agreement for Peace and Reconciliation.", date(2024, 2, 15), "agreement_ended", date(2024, 1, 25)),
    ("It ended a negotiation that opened in Algiers last July.", date(2015, 6, 21), "diplomatic_call", date(2014, 7, 1)),
    # a march whose subject has an aside; groups "led by" someone merging
    ("About 100 people, most of them women, marched through Diafarabe on May 13 and 14 to demand news of the men.", date(2025, 5, 20), "protest", date(2025, 5, 13)),
    ("- March 2, 2017 - Four jihadist groups led by Iyad Ag Ghaly merge to form JNIM.", date(2024, 1, 10), "alliance_formed", date(2017, 3, 2)),
    # residents shot "or" burned
    ("Attackers dressed as hunters surrounded the village at dawn on Saturday and shot residents or set their huts on fire.", date(2019, 3, 25), "mass_killing", date(2019, 3, 23)),
    # a national flag raised over a town, a march to demand protection, a mission told to wind up
    ("Soldiers raised Mali's flag over the governor's office in Kidal on Wednesday.", date(2023, 11, 16), "territory_regained", date(2023, 11, 15)),
    ("Several hundred people marched through Bassikounou on Thursday to demand protection.", date(2024, 4, 20), "protest", date(2024, 4, 18)),
    ("The UN peacekeeping mission, Minusma, which the Security Council told to wind up in June, still has camps at Tessalit.", date(2023, 11, 16), "mission_ended", date(2023, 6, 1)),
    # diplomats seized
    ("On April 5, MUJAO gunmen seized seven Algerian diplomats, including the consul, in Gao.", date(2012, 12, 21), "abduction", date(2012, 4, 5)),
    # a mission's mandate renewed (not a transition's)
    ("On Wednesday, the UN Security Council renewed the mandate of its peacekeeping mission MINUSMA for a year.", date(2022, 7, 1), "mission_renewed", date(2022, 6, 29)),
    # a chronology's present tense, a government pushed aside, the two men driven to a camp
    ("May 24, 2021 - Soldiers detain Ndaw and Ouane hours after a reshuffle drops two junta members from the cabinet.", date(2022, 1, 10), "arrest", date(2021, 5, 24)),
    ("Goita pushed aside interim President Bah Ndaw and Prime Minister Moctar Ouane on May 24.", date(2021, 6, 10), "coup", date(2021, 5, 24)),
    ("On May 24 soldiers drove the two men to the Kati military camp outside Bamako.", date(2021, 6, 10), "arrest", date(2021, 5, 24)),
    # troops reinforced at a place, a merger announced, measures lifted
    ("Senegal reinforced its troops at Kidira on Tuesday after the attack across the river.", date(2025, 7, 2), "deployment", date(2025, 7, 1)),
    ("The MNLA announced a merger with the Islamist group Ansar Dine on May 26.", date(2012, 6, 1), "alliance_formed", date(2012, 5, 26)),
    ("After the coup of August 2020, ECOWAS closed borders with Mali, lifting the measures in October 2020.", date(2022, 1, 10), "sanctions_lifted", date(2020, 10, 1)),
    # losses suffered, forces driven out (passive, by who lost the town), bases left, a law signed
    ("The army and its Russian allies suffered heavy losses near Anefis in early October.", date(2024, 11, 2), "armed_clash", date(2024, 10, 1)),
    ("The rebels suffered one of their worst defeats at Intahaka on Sunday.", date(2024, 8, 6), "armed_clash", date(2024, 8, 4)),
    ("The army suffered a major setback near Boni on Monday.", date(2024, 8, 6), "armed_clash", date(2024, 8, 5)),
    ("Gao has had no governor since the army was driven out in June 2012.", date(2012, 10, 2), "territory_seized", date(2012, 6, 1)),
    ("In Timbuktu, where the Islamists were driven out on January 28, residents danced.", date(2013, 2, 4), "territory_regained", date(2013, 1, 28)),
    ("French and Chadian troops pushed the jihadists out in 2013, but they regrouped.", date(2019, 3, 1), "territory_regained", date(2013, 1, 1)),
    ("The Swedish contingent began leaving its camps in the Timbuktu region in March.", date(2022, 5, 3), "withdrawal", date(2022, 3, 1)),
    ("The junta brought in Wagner in late 2021, diplomats say.", date(2023, 2, 3), "deployment", date(2021, 9, 1)),
    ("A detachment of gendarmes was dispatched to the village on Thursday.", date(2021, 3, 20), "deployment", date(2021, 3, 18)),
    ("The transition president signed the new electoral law on Friday.", date(2022, 6, 30), "legislation", date(2022, 6, 24)),
    # a bomber setting off his charge, a strike on a named village, people held or rounded up
    ("A third attacker set off his explosives at the gate on Saturday night.", date(2023, 4, 24), "suicide_bombing", date(2023, 4, 22)),
    ("Witnesses said a strike on Hombori killed four herders on May 3.", date(2024, 5, 10), "air_strike", date(2024, 5, 3)),
    ("The firm said two of its employees were held on Monday at a gendarmerie in Bamako.", date(2024, 11, 20), "arrest", date(2024, 11, 18)),
    ("Residents accused soldiers of rounding up dozens of young men in the market on Tuesday.", date(2023, 3, 30), "arrest", date(2023, 3, 28)),
    ("18 August 2020 - Soldiers surround the residence, then arrest Keita and his prime minister.", date(2020, 9, 19), "arrest", date(2020, 8, 18)),
    # freed (present tense, or drivers), a death in a chronology, relieved of duties, bodies found, men taken away
    ("9 October 2020 - Two Italians are freed with a French aid worker.", date(2021, 1, 5), "release", date(2020, 10, 9)),
    ("The group freed four drivers on Sunday, the transport union said.", date(2025, 3, 4), "release", date(2025, 3, 2)),
    ("12 March 2021 - Former premier Boubou Cissé dies in Bamako, aged 46.", date(2022, 1, 5), "death", date(2021, 3, 12)),
    ("The cabinet on Wednesday relieved the commander of the Timbuktu military zone of his command.", date(2022, 2, 11), "dismissal", date(2022, 2, 9)),
    ("Herders found the bodies of eleven men in a dry well on Friday.", date(2024, 2, 12), "mass_killing", date(2024, 2, 9)),
    ("Witnesses said the soldiers had taken away a handful of young men on Sunday.", date(2024, 4, 9), "abduction", date(2024, 4, 7)),
    # stoning, amputation, shrines torn down, a government formed, a swearing-in, a president removed
    ("In Gao on 14 September, the Islamists stoned a married man to death in the main square.", date(2012, 9, 20), "mass_killing", date(2012, 9, 14)),
    ("On Sunday the group cut off the hand of a young herder accused of stealing a goat.", date(2012, 9, 4), "attack", date(2012, 9, 2)),
    ("On Saturday fighters pulled down three shrines of local saints in the old town.", date(2012, 7, 3), "looting", date(2012, 6, 30)),
    ("The prime minister formed a new government on Tuesday, keeping the defence portfolio.", date(2021, 6, 12), "appointment", date(2021, 6, 8)),
    ("Regional leaders met in Dakar on Monday for the swearing-in of the new president.", date(2012, 4, 4), "appointment", date(2012, 4, 2)),
    ("Relations soured after the army removed President Roch Kabore on January 24.", date(2022, 3, 1), "coup", date(2022, 1, 24)),
    ("The authorities suspended party activities on 7 May, citing public order.", date(2025, 5, 20), "dissolution", date(2025, 5, 7)),
    ("A new Fulani group, which announced its creation in June, claimed the raid.", date(2016, 7, 25), "alliance_formed", date(2016, 6, 1)),
    ("Gunmen stopped a bus near Douentza on Friday and shot two passengers.", date(2023, 3, 6), "mass_killing", date(2023, 3, 3)),
    # freedom regained, drivers let go or gone missing, markets ordered shut, a town occupied, a cabinet named, troops pulled out, funerals
    ("The presidency said the nun regained her freedom on Saturday.", date(2021, 10, 12), "release", date(2021, 10, 9)),
    ("Three Ghanaian drivers who disappeared near Gao in March were let go by the group on Friday.", date(2025, 6, 9), "release", date(2025, 6, 6)),
    ("Three Ghanaian drivers who disappeared near Gao in March were let go by the group on Friday.", date(2025, 6, 9), "abduction", date(2025, 3, 1)),
    ("On Wednesday evening the governor ordered all livestock markets in the region to close.", date(2024, 9, 20), "closure", date(2024, 9, 18)),
    ("Armed men briefly occupied the town in May and burned the town hall.", date(2025, 8, 1), "territory_seized", date(2025, 5, 1)),
    ("The transition's cabinet was named on 5 October.", date(2020, 10, 20), "appointment", date(2020, 10, 5)),
    ("The army said on Monday it was pulling troops out of isolated posts in the north.", date(2019, 11, 20), "withdrawal", date(2019, 11, 18)),
    ("At least 20 soldiers were buried in Sevare on Sunday, a local official said.", date(2022, 5, 3), "funeral", date(2022, 5, 1)),
    ("Funeral prayers for the dead were held on Friday in the main mosque.", date(2024, 8, 27), "funeral", date(2024, 8, 23)),
    # roads blocked in protest, a motorbike ban, soldiers handed to the Red Cross
    ("Residents angered by the killings blocked the main road from 3 to 5 May.", date(2024, 5, 20), "protest", date(2024, 5, 3)),
    ("Last week, the governor banned motorbikes and pick-up trucks on the roads of the circle after dark.", date(2025, 3, 28), "curfew", date(2025, 3, 17)),
    ("On Tuesday the rebels handed two soldiers they had held since the fighting to the International Committee of the Red Cross.", date(2024, 11, 8), "release", date(2024, 11, 5)),
    # firing on residents, armed men stopping buses, passengers forced into the bush, a town sealed
    ("On 3 February, fighters surrounded two Dogon villages and fired on residents for hours.", date(2024, 2, 10), "attack", date(2024, 2, 3)),
    ("On Friday armed men stopped two buses near Boni and burned them.", date(2024, 5, 14), "attack", date(2024, 5, 10)),
    ("On 16 April, gunmen forced about 60 passengers into the bush.", date(2024, 5, 2), "abduction", date(2024, 4, 16)),
    ("Soldiers sealed the town and searched it from 5 to 7 May.", date(2024, 5, 20), "offensive", date(2024, 5, 5)),
    # reports, indexes and briefings; a force taking over; troops returning; soldiers freed; operations against; results proclaimed
    ("The monitor published on Tuesday an analysis of local pacts with the jihadists.", date(2025, 3, 14), "report_published", date(2025, 3, 11)),
    ("The think tank warned in a briefing in December that the north risked open war.", date(2024, 1, 10), "report_published", date(2023, 12, 1)),
    ("The annual fact sheet on arms transfers, published on Monday, shows Russia well ahead.", date(2025, 3, 14), "report_published", date(2025, 3, 10)),
    ("The UN force took over from African troops on July 1.", date(2013, 7, 30), "mission_created", date(2013, 7, 1)),
    ("The joint force was launched in 2017 with French backing.", date(2018, 7, 2), "mission_created", date(2017, 1, 1)),
    ("The group said it had freed two soldiers on Sunday.", date(2018, 1, 29), "release", date(2018, 1, 28)),
    ("The militia said it conducted operations against the jihadists in February.", date(2018, 5, 2), "offensive", date(2018, 2, 1)),
    ("The Constitutional Court proclaimed the final results on 8 August.", date(2018, 8, 14), "election", date(2018, 8, 8)),
    ("On Friday armed men stopped a column of 12 lorries near Ansongo.", date(2025, 3, 18), "attack", date(2025, 3, 14)),
    ("Turkish drones were paraded at the air base in March 2023.", date(2024, 5, 1), "arms_delivery", date(2023, 3, 1)),
    ("Tuareg rebels have taken up arms against Bamako in 1963 and again in 2006.", date(2013, 6, 20), "rebellion", date(2006, 1, 1)),
    # a named front proclaimed
    ("The Azawad Liberation Front was proclaimed in Tinzaouaten on Saturday by the former rebel movements.", date(2024, 12, 3), "alliance_formed", date(2024, 11, 30)),
    ("The Azawad Liberation Front (FLA), proclaimed in Tinzaouaten on 30 November, published its first communique.", date(2024, 12, 3), "alliance_formed", date(2024, 11, 30)),
    # condemnations, captives freed, shops shut and work stopped, unions received, an order signed, tankers arriving
    ("The African Union condemned the attack on Tuesday.", date(2024, 9, 20), "public_statement", date(2024, 9, 17)),
    ("Bamako freed the last 46 of them in January after mediation by Togo.", date(2023, 3, 1), "release", date(2023, 1, 1)),
    ("On Wednesday, hundreds of traders kept their shops shut at the call of their union.", date(2025, 11, 21), "protest", date(2025, 11, 19)),
    ("Drivers went on strike on 9 February on the Kayes corridor.", date(2026, 2, 12), "protest", date(2026, 2, 9)),
    ("The prime minister received union leaders on Thursday and promised stronger escorts.", date(2025, 11, 8), "diplomatic_call", date(2025, 11, 6)),
    ("An interministerial order signed on Thursday requires stations to open day and night.", date(2025, 10, 31), "legislation", date(2025, 10, 30)),
    ("A convoy of several dozen fuel tankers arrived in Bamako on Wednesday.", date(2025, 10, 31), "aid_pledged", date(2025, 10, 29)),
    # schools reopened, citizens told to leave
    ("Pupils went back to class across much of the country on Monday after a two-week shutdown.", date(2025, 11, 12), "reopening", date(2025, 11, 10)),
    ("Schools in Bamako reopened on Monday, but many in the regions stayed shut.", date(2025, 11, 12), "reopening", date(2025, 11, 10)),
    ("Niger reopened its border with Benin on 2 March.", date(2024, 3, 10), "reopening", date(2024, 3, 2)),
    ("France told its citizens to leave Mali on 7 November.", date(2025, 11, 12), "withdrawal", date(2025, 11, 7)),
    # back in control, travellers led away, a camp left, flights suspended
    ("Malian and French soldiers were back in control of the city centre on Monday.", date(2013, 2, 12), "territory_regained", date(2013, 2, 11)),
    ("On Sunday gunmen led the travellers away from the bus station.", date(2018, 4, 17), "abduction", date(2018, 4, 15)),
    ("The blue helmets left their airport camp in December.", date(2024, 1, 20), "withdrawal", date(2023, 12, 1)),
    ("The only airline serving the town suspended its flights on September 11.", date(2023, 9, 30), "closure", date(2023, 9, 11)),
    # donors pledging money
    ("At a conference in Brussels on Wednesday, donors pledged 2.1 billion euros for the Sahel.", date(2018, 2, 25), "aid_pledged", date(2018, 2, 21)),
    ("A shipment of 30,000 tonnes of donated wheat was handed over to the ministry on 4 March.", date(2024, 3, 10), "aid_pledged", date(2024, 3, 4)),
    ("The first convoy of fuel arrived in Bamako on Wednesday under escort.", date(2025, 11, 14), "aid_pledged", date(2025, 11, 12)),
    ("The two countries established diplomatic relations on 12 June 1962.", date(2022, 6, 12), "ties_restored", date(1962, 6, 12)),
    # foreigners named by nationality, with what they were doing, then "were seized"
    ("In November, five more Indians working on a power line were seized near Kobri.", date(2026, 2, 18), "abduction", date(2025, 11, 1)),
    # a long place phrase of names and place words set off by commas does not cut the clause from its date
    ("The government said on Monday that militants had attacked the army camp at Tessit, in the Gao region near the borders with Burkina Faso and Niger, on Sunday.", date(2022, 8, 10), "attack", date(2022, 8, 7)),
    # aircraft handed over in the passive; a minister who received his counterparts; a call told
    # as "spoken to X by telephone"; a road blocked by families "demanding to know"; a town
    # after a long appositive that "fell"; a promulgation in a chronology's present (corpora GI–GM)
    ("A new batch of Russian aircraft and helicopters was handed over in Bamako on January 19.", date(2023, 2, 7), "arms_delivery", date(2023, 1, 19)),
    ("In April, Foreign Minister Sergei Lavrov received the foreign ministers of Mali, Burkina Faso and Niger for consultations.", date(2025, 6, 23), "diplomatic_call", date(2025, 4, 1)),
    ("Keita's office said he had spoken to Hollande by telephone on Saturday night and promised full cooperation.", date(2013, 11, 3), "diplomatic_call", date(2013, 11, 2)),
    ("On February 1, wives and mothers of soldiers blocked the main road in Kati, demanding to know what had happened to their men.", date(2012, 2, 14), "protest", date(2012, 2, 1)),
    ("Gao, the largest town in the north and the army's regional headquarters, fell on Saturday.", date(2012, 4, 2), "territory_seized", date(2012, 3, 31)),
    ("* July 22, 2023 - Goita promulgates the new constitution.", date(2023, 9, 26), "legislation", date(2023, 7, 22)),
    # a postponement is the day it is announced, not the day its object was planned for
    ("Mali's military government said on Monday it would delay the presidential election planned for February 2024.", date(2023, 9, 26), "election", date(2023, 9, 25)),
    # a vow is a statement of its day; a date closing a relative clause is that clause's event's
    ("France vowed on Sunday to track down the gunmen who abducted two journalists.", date(2013, 11, 3), "public_statement", date(2013, 11, 3)),
    ("The soldiers who overthrew President Ibrahim Boubacar Keita in August 2020 said they would restore the state.", date(2021, 1, 8), "coup", date(2020, 8, 1)),
    # findings published; a named force "who left"; regret expressed in quotation marks (corpora GL, GN)
    ("Human Rights Watch, which published its findings in early April 2022, put the number of people executed at about 300.", date(2025, 1, 16), "report_published", date(2022, 4, 1)),
    ("Wagner arrived in Mali in December 2021, replacing French troops who left in 2022 after nearly a decade.", date(2025, 6, 6), "withdrawal", date(2022, 1, 1)),
    ('Algeria expressed "regret" on Friday over the decision, saying in a foreign ministry statement that it had acted in good faith.', date(2024, 1, 26), "public_statement", date(2024, 1, 26)),
    # "took the same step" repeats the decision told last; a speaking frame's day is its saying's (corpus GK)
    ("Mali announced on Sunday that it was severing diplomatic relations with Ukraine. The government of Niger took the same step yesterday.", date(2024, 8, 7), "ties_cut", date(2024, 8, 6)),
    ("Speaking to journalists in New York on September 25, Russian Foreign Minister Sergei Lavrov said Mali had turned to a private company.", date(2021, 10, 1), "public_statement", date(2021, 9, 25)),
    # going on television to urge calm; condemning "what they called" something (corpus GM)
    ("Interim president Colonel Assimi Goita went on television on Monday to urge calm.", date(2022, 1, 11), "public_statement", date(2022, 1, 10)),
    ("On 23 December, France condemned what it called the deployment of mercenaries in Mali.", date(2022, 1, 11), "public_statement", date(2021, 12, 23)),
    # "no longer members of" a bloc; a coup that "pushed aside a civilian-led interim government";
    # a leader "who arrived in Moscow on Sunday"; an attack dated in what condemns it (corpus GU)
    ("Mali, Burkina Faso and Niger are from today no longer members of the Economic Community of West African States.", date(2025, 1, 29), "organisation_exit", date(2025, 1, 29)),
    ("Colonels overthrew the president in August 2020, then pushed aside a civilian-led interim government in May 2021.", date(2022, 2, 1), "coup", date(2021, 5, 1)),
    ("Goita, who arrived in Moscow on Sunday, said Mali and Russia shared a common vision.", date(2025, 6, 23), "diplomatic_call", date(2025, 6, 22)),
    ("The Authority strongly condemns the attack of 17 September 2024 on the gendarmerie school in Bamako.", date(2024, 12, 15), "attack", date(2024, 9, 17)),
    # airspace closed to a neighbour's flights, aircraft barred, a joint committee left, a nun
    # taken (a timeline's present tense too), resignations handed in, an accord ended with an
    # aside, provisional results announced, hostages taken when gunmen stormed a factory on a
    # day, days listed before their month (corpora JV, JW, JX)
    ("On Monday, the foreign ministry in Algiers closed Algerian airspace to all flights to and from Mali.", date(2025, 4, 8), "sanctions", date(2025, 4, 7)),
    ("Late on Monday, Bamako answered by barring Algerian aircraft from its own skies.", date(2025, 4, 8), "sanctions", date(2025, 4, 7)),
    ("On Sunday, Mali announced it was leaving the Joint Operational Staff Committee, a regional military body.", date(2025, 4, 8), "organisation_exit", date(2025, 4, 6)),
    ("In February 2017, gunmen took a Colombian nun, Sister Gloria Cecilia Narvaez, from the Catholic mission in Karangasso.", date(2022, 5, 20), "abduction", date(2017, 2, 1)),
    ("- 7 February 2017: Sister Gloria Cecilia Narvaez, a Colombian nun, is taken in Karangasso, near Koutiala.", date(2025, 11, 12), "abduction", date(2017, 2, 7)),
    ("On Wednesday 26 May, they handed in their resignations, while a mediation mission was in Bamako.", date(2021, 5, 30), "resignation", date(2021, 5, 26)),
    ('The junta decided on the evening of Thursday 25 January 2024 to end, "with immediate effect", the Agreement for Peace and Reconciliation.', date(2024, 1, 27), "agreement_ended", date(2024, 1, 25)),
    ("The final figures barely differ from the provisional results announced by the ministry on Thursday.", date(2018, 8, 20), "election", date(2018, 8, 16)),
    ("Three Indian nationals were abducted when gunmen stormed a cement factory during a wave of coordinated attacks on Tuesday, the ministry said.", date(2025, 7, 3), "abduction", date(2025, 7, 1)),
    ("On 10, 11 and 12 July 2020, security forces opened fire on protesters.", date(2025, 8, 5), "attack", date(2020, 7, 10)),
    ("A Romanian security guard kidnapped by jihadists in northern Burkina Faso in 2015 has been released, the foreign ministry said on Wednesday.", date(2023, 8, 10), "abduction", date(2015, 1, 1)),
    ("A Romanian security guard kidnapped by jihadists in northern Burkina Faso in 2015 has been released, the foreign ministry said on Wednesday.", date(2023, 8, 10), "release", date(2023, 8, 9)),
    ("ECOWAS leaders meeting in Abuja last month agreed a transition that runs until 29 July, during which citizens keep their rights.", date(2025, 1, 29), "diplomatic_call", date(2024, 12, 1)),
    ("Residents still remember September last year, when JNIM fighters attacked a gendarmerie school before dawn.", date(2025, 10, 23), "attack", date(2024, 9, 1)),
    # tankers set on fire, nationals told to leave by a named government, aircraft that
    # "neutralised" fighters, a charter repealed, a council's vote, a decree that dissolves
    # "all political parties" (corpora JX, JY)
    ("On Monday, gunmen on motorbikes stopped a column of tankers near Fana and set at least ten of them on fire.", date(2025, 9, 23), "looting", date(2025, 9, 22)),
    ("Britain's Foreign Office had updated its advice late on Tuesday, telling British nationals to leave while commercial options remain.", date(2025, 10, 29), "withdrawal", date(2025, 10, 28)),
    ('In the Timbuktu region, the army says its aircraft "neutralised" a dozen terrorists near Lere on Sunday.', date(2025, 5, 14), "air_strike", date(2025, 5, 11)),
    ("The decree follows the repeal on Monday of the 2005 charter that governed the parties.", date(2025, 5, 14), "legislation", date(2025, 5, 12)),
    ("When the transitional council voted 131 to nil on 3 July to hand the general a five-year mandate, few were surprised.", date(2025, 8, 5), "legislation", date(2025, 7, 3)),
    ('A decree read on national television on Tuesday dissolves "all political parties" in the country.', date(2025, 5, 14), "dissolution", date(2025, 5, 13)),
    # fire on a column, an operation launched, a column intercepted, experts who called for an
    # investigation, a complaint lodged (corpora JZ, KA, KB)
    ("A CSP commander said his fighters had fired on the column on Monday near Anefis.", date(2023, 11, 8), "attack", date(2023, 11, 6)),
    ("A joint operation by Malian and Burkinabe troops, backed by France's Barkhane force, was launched on Monday to track down the assailants.", date(2019, 10, 1), "offensive", date(2019, 9, 30)),
    ("On Saturday 13 April 2024, a joint ground unit supported by air assets intercepted a terrorist column near the village of Hourara.", date(2024, 4, 16), "armed_clash", date(2024, 4, 13)),
    ("Independent UN experts called in January 2023 for an international investigation.", date(2025, 3, 27), "public_statement", date(2023, 1, 1)),
    ("The state lodged the complaint on Monday with a specialized judicial unit.", date(2023, 6, 21), "investigation", date(2023, 6, 19)),
    ("Tuesday 7 February - Sergei Lavrov made the first visit by a Russian foreign minister to Mali.", date(2023, 2, 10), "diplomatic_call", date(2023, 2, 7)),
    ("Operations will rely on Task Force Takuba, the European special forces unit launched in March 2020, which has about 600 troops.", date(2021, 6, 11), "mission_created", date(2020, 3, 1)),
    # a key-dates list whose entry tells a second happening in a sentence of its own (corpus JZ)
    ("- 2 May: The mission hands over its camp at Ber. On the road south, its rear guard is hit by a roadside bomb.\n- 9 May: Talks resume.", date(2023, 5, 20), "explosive_device", date(2023, 5, 2)),
    ("* 14 November: Troops enter the town. The rebels retreat towards the mountains.", date(2023, 11, 20), "withdrawal", date(2023, 11, 14)),
    # "the same day" before its clause's subject; a bloc that suspended a country's membership; a
    # mob that broke into a palace; a mosque's door broken down; bodies discovered; sanctions
    # "which were only lifted"; rotations suspended; a judge who charges; an acronym left; the
    # last of a force that left; a drawdown announced (corpora KD, KG)
    ("Rebels proclaimed independence on 6 April. The same day the junta signed a framework agreement with the regional bloc.", date(2012, 12, 28), "peace_agreement", date(2012, 4, 6)),
    ("The African Union suspended Mali's membership on Friday, and donors halted aid.", date(2012, 3, 26), "sanctions", date(2012, 3, 23)),
    ("On 21 May a crowd broke into the presidential palace and beat the interim president unconscious.", date(2012, 12, 28), "attack", date(2012, 5, 21)),
    ("On Monday the militants broke down the old wooden door of the town's 15th-century Sankore mosque.", date(2012, 7, 4), "looting", date(2012, 7, 2)),
    ("In early March, shepherds discovered the charred bodies of about twenty men near a village.", date(2022, 3, 18), "mass_killing", date(2022, 3, 1)),
    ("Officials blame the heavy sanctions imposed by the bloc in January, which were only lifted on 3 July.", date(2022, 7, 12), "sanctions_lifted", date(2022, 7, 3)),
    ("- 14 July 2022: The government suspends all rotations of foreign peacekeeping contingents.", date(2022, 9, 1), "closure", date(2022, 7, 14)),
    ("- 15 August 2022: An investigating judge charges the soldiers with undermining the security of the state.", date(2022, 9, 1), "court_ruling", date(2022, 8, 15)),
    ("The government said on Sunday it was leaving CEMOC, the joint military staff committee.", date(2025, 4, 8), "organisation_exit", date(2025, 4, 6)),
    ("The junta turned to Moscow after pushing out French forces, the last of which left in August 2022.", date(2024, 8, 6), "withdrawal", date(2022, 8, 1)),
    ("Paris has been handing over bases since the president announced a drawdown in June 2021.", date(2022, 1, 31), "withdrawal", date(2021, 6, 1)),
    # a second soldier lost; a truce "agreed on Saturday" that a mission welcomed; a report that
    # accuses troops of killing people in a month; interim authorities installed; an army that
    # arrived by air; fighters who "drive into" a town in a dated list (corpora KH, KI, KJ, KK)
    ("France lost a second soldier in the mountains on Saturday.", date(2013, 3, 4), "casualties", date(2013, 3, 2)),
    ("The mission welcomed the truce agreed on Saturday by the two armed movements.", date(2016, 7, 25), "ceasefire", date(2016, 7, 23)),
    ("Last month the UN published a report accusing soldiers of killing at least 500 people in a village in March 2022.", date(2023, 6, 17), "casualties", date(2022, 3, 1)),
    ("Joint patrols began last week, and interim authorities were installed in Kidal on Tuesday.", date(2017, 3, 3), "appointment", date(2017, 2, 28)),
    ("Unable to reach the village by road, the army finally arrived by air last Thursday.", date(2020, 10, 29), "deployment", date(2020, 10, 22)),
    ("- February 2016: several hundred militia fighters drive into Kidal after talks.", date(2016, 8, 15), "territory_seized", date(2016, 2, 1)),
    # drivers "taken away"; young people who "had already marched … to denounce"; residents who
    # answered a call; civil disobedience resumed; a coup "followed by a second one"; a convoy
    # turned back; "that month" after a month told (corpus KN)
    ("According to the union, at least seven drivers were taken away in August alone.", date(2024, 9, 3), "abduction", date(2024, 8, 1)),
    ("In December 2020, hundreds of young people had already marched in the town to denounce the killings.", date(2024, 9, 3), "protest", date(2020, 12, 1)),
    ("On Thursday, thousands of residents answered the call of the youth associations and walked to the prefecture.", date(2024, 9, 3), "protest", date(2024, 8, 29)),
    ("The civil disobedience resumed yesterday, Wednesday 24 April 2024.", date(2024, 4, 25), "protest", date(2024, 4, 24)),
    ("The country has been ruled by soldiers since a coup in August 2020 that was followed by a second one in May 2021.", date(2024, 9, 3), "coup", date(2021, 5, 1)),
    ("- 12 July: A convoy of 14 trucks carrying food is turned back near the town after armed men fire warning shots.", date(2024, 7, 19), "blockade", date(2024, 7, 12)),
    ("The memory of December 2021 is still alive: that month, 31 passengers of a truck were killed on the road.", date(2024, 4, 25), "casualties", date(2021, 12, 1)),
    # men taken at a market and "shot them in front of everyone"; contractors who "left last
    # month"; gunmen who "seized an Austrian woman" (corpus KO)
    ("Last Tuesday fighters came to the weekly market, took two men they called spies and shot them in front of everyone.", date(2025, 7, 14), "mass_killing", date(2025, 7, 8)),
    ("The Wagner men left last month and the Africa Corps took over.", date(2025, 7, 14), "withdrawal", date(2025, 6, 1)),
    ("Last month gunmen seized an Austrian woman in the city of Agadez.", date(2025, 2, 13), "abduction", date(2025, 1, 1)),
    # a town handed to the army; operations with the UN mission suspended; a force commander
    # replaced; "the 2015 peace agreement" the armed groups signed (corpora KP, KQ, KS)
    ("The pullout began last year, when French troops handed Kidal to the Malian army in October.", date(2022, 2, 18), "withdrawal", date(2021, 10, 1)),
    ("Germany said on Friday it was suspending most of its operations with the U.N. mission.", date(2022, 8, 16), "withdrawal", date(2022, 8, 12)),
    ("- 2 July 2018: Meeting in Nouakchott with Macron, G5 leaders replace the force commander, General Didier Test.", date(2018, 9, 29), "dismissal", date(2018, 7, 2)),
    ("The armed groups that signed the 2015 peace agreement want the camps.", date(2023, 7, 3), "peace_agreement", date(2015, 1, 1)),
    # an operation that "replaced it" or that Serval "becomes"; a date told as a sentence of its
    # own; a village "surrounded … late on Sunday" whose people were shot; a decree read out
    # after an aside; a "first mass rally on June 5" (corpora KE, KJ, KK, KQ, CR)
    ("Barkhane replaced it on August 1, 2014 and extended its reach to five countries.", date(2022, 6, 10), "mission_created", date(2014, 8, 1)),
    ("• 1 August 2014 - Serval becomes Barkhane, a regional force covering five Sahel states.", date(2022, 6, 10), "mission_created", date(2014, 8, 1)),
    ("A: For me, on 18 January 2017. A suicide bomber drove a truck full of explosives into the camp in Gao.", date(2023, 7, 1), "suicide_bombing", date(2017, 1, 18)),
    ("Gunmen on motorcycles surrounded the village, about 15 km from Sangha, late on Sunday and shot people as they ran, survivors said.", date(2019, 6, 12), "mass_killing", date(2019, 6, 9)),
    ("Colonel Assimi Goita has appointed Choguel Kokalla Maiga, a leader of the June 5 Movement, as prime minister, according to a decree read out on state television late on Monday.", date(2021, 6, 8), "appointment", date(2021, 6, 7)),
    ("The coalition takes its name from its first mass rally on June 5 and marched again on June 19.", date(2020, 7, 14), "protest", date(2020, 6, 5)),
    # shrines destroyed and "the attacks" naming them again; a door broken open on a later day
    # than the attack; a tomb "set on fire" in the passive; a month heading an entry whose
    # events have days; talks, a mandate renewed, a trial begun, an alliance unveiled, patrols
    # begun, positions taken; a roundup's section dated in brackets (corpora KT, KU, KW, CY)
    ("Fighters of the Islamist group Ansar Dine destroyed more mausoleums of Sufi saints in Timbuktu on Sunday, residents said, and a spokesman for the group said the attacks were an answer to the U.N. Security Council's decision on Thursday.", date(2012, 12, 24), "looting", date(2012, 12, 23)),
    ("Ansar Dine first attacked the shrines in late June and early July, breaking open the sacred door of the Sidi Yahia mosque on July 2.", date(2012, 12, 24), "looting", date(2012, 7, 2)),
    ("The Sidi Mahmoud tomb had already been set on fire in May.", date(2012, 7, 1), "looting", date(2012, 5, 1)),
    ("June: Militants of MUJAO and Ansar Dine routed the separatists in Gao on June 27 and began destroying mausoleums in Timbuktu on June 30.", date(2012, 12, 30), "armed_clash", date(2012, 6, 27)),
    ("June: Militants of MUJAO and Ansar Dine routed the separatists in Gao on June 27 and began destroying mausoleums in Timbuktu on June 30.", date(2012, 12, 30), "looting", date(2012, 6, 30)),
    ("Compaore brought government envoys together with Ansar Dine and the MNLA in Ouagadougou on Dec. 4 for their first direct talks.", date(2012, 12, 21), "diplomatic_call", date(2012, 12, 4)),
    ("MINUSMA, whose mandate the UN Security Council renewed on 29 June, should increase patrols around Bankass.", date(2022, 7, 14), "mission_renewed", date(2022, 6, 29)),
    ("On Thursday, a court in Bamako began trying the 46 Ivorian soldiers still held.", date(2022, 12, 30), "court_ruling", date(2022, 12, 29)),
    ("JNIM was unveiled on March 2 in a video in which Iyad Ag Ghaly sat alongside Amadou Koufa.", date(2017, 3, 10), "alliance_formed", date(2017, 3, 2)),
    ("A peace accord brought the rebels back into politics, but joint army-rebel patrols only began in February, a month after the Gao bombing.", date(2017, 8, 23), "deployment", date(2017, 2, 1)),
    ("The two sides have fought on and off since June, and late last month CMA units drove Gatia from positions around Anefis.", date(2017, 8, 19), "territory_seized", date(2017, 7, 21)),
    ("MALI - Segou region (Tuesday 15 August)\nA roadside bomb struck an army pick-up between Diabaly and Nampala, wounding four soldiers, the army said.", date(2017, 8, 19), "explosive_device", date(2017, 8, 15)),
    # a hearing before a prosecutor; a ban "is lifted" and activities "are suspended again" in a
    # list; a task force launched by a declaration; an attack that is the first of a series of
    # suicide bombings; fighters who "battled troops" a day before (corpora KX, KY, KZ)
    ("Kaou N'Djim appeared before the cybercrime prosecutor on Monday and was placed under a committal order.", date(2024, 11, 21), "court_ruling", date(2024, 11, 18)),
    ("- 10 July 2024: The ban on party activities is lifted.", date(2025, 7, 11), "legislation", date(2024, 7, 10)),
    ("- 7 May 2025: Political activities are suspended again.", date(2025, 7, 11), "dissolution", date(2025, 5, 7)),
    ("• 27 March – Takuba: ministers of 13 countries adopt a political declaration launching Task Force Takuba, a unit of European special forces.", date(2020, 4, 2), "mission_created", date(2020, 3, 27)),
    ("Since French troops drove the Islamists out of the main towns in January, militants have struck back with suicide bombings, starting with an attack on a checkpoint in Gao on 8 February.", date(2013, 8, 13), "suicide_bombing", date(2013, 2, 8)),
    ("Soldiers searched Gao house by house on Monday, a day after Islamist fighters crossed the Niger river in wooden pirogues and battled troops for hours.", date(2013, 2, 11), "armed_clash", date(2013, 2, 10)),
    # a roundup sentence without its verb; foreigners freed named by nationality; a person taken
    # at gunpoint; a saying that shares its subject and day with the verb before it (corpora LC, GM, KG)
    ("Five Indian engineers seized near Kobri on 6 November.", date(2025, 11, 20), "abduction", date(2025, 11, 6)),
    ("Gulf outlets reported that the release of the Emiratis and the Iranian late last month cost some $50 million.", date(2025, 11, 20), "release", date(2025, 10, 21)),
    ("Woodke was taken at gunpoint from his home in Abalak on October 14, 2016.", date(2023, 3, 21), "abduction", date(2016, 10, 14)),
    ("France's foreign ministry on Saturday called the accusation \"unfounded\" and demanded his release.", date(2025, 8, 20), "public_statement", date(2025, 8, 16)),
    ("- 12 July 2022: Ivory Coast's National Security Council demands their release \"without delay\".", date(2023, 1, 10), "public_statement", date(2022, 7, 12)),
    # an act dated by the attacks it happened during; an attack dated after its place phrase,
    # before another verb; a strike that hit; a hearing that opened; a premier named (corpora LI, LG, LH)
    ("India's foreign ministry said on Wednesday that three Indian nationals had been abducted by armed men during Tuesday's attacks.", date(2025, 7, 2), "abduction", date(2025, 7, 1)),
    ("The army said it had repelled an attack on a convoy of tankers near Kassela, on the road between Segou and Bamako, late on Friday, and had neutralised 12 assailants.", date(2025, 11, 10), "attack", date(2025, 11, 7)),
    ("The strike on Saturday hit the edge of a weekly livestock market at Nossombougou, residents said.", date(2025, 11, 10), "air_strike", date(2025, 11, 8)),
    ("He told the assize court at a hearing that opened on Tuesday that he had fired first.", date(2020, 10, 28), "court_ruling", date(2020, 10, 27)),
    ("Keita named Boubou Cisse, his finance minister, as prime minister on Monday.", date(2019, 4, 23), "appointment", date(2019, 4, 22)),
    ("Keita brought him back as prime minister on 30 December 2017.", date(2019, 4, 23), "appointment", date(2017, 12, 30)),
    ("Tuareg rebels held the city until French and Malian troops drove them out in January 2013.", date(2023, 10, 5), "territory_regained", date(2013, 1, 1)),
    # a date on the trigger's side of "and"; a charter's year is not its repeal's; the opening
    # date of a sentence skips a relative clause; a leader killed and named in apposition; new
    # triggers of withdrawals, forces launched, handovers of captives, mandates, militias formed,
    # bombs, sanctions, inquiries, returns to a camp and a mandate's end (session 21, corpora ML–MO)
    ("The G5 Sahel joint force, launched with fanfare in Bamako in July 2017 and abandoned by Mali in May 2022, also promised 5,000 troops.", date(2025, 12, 22), "withdrawal", date(2022, 5, 1)),
    ("The G5 Sahel joint force, launched with fanfare in Bamako in July 2017 and abandoned by Mali in May 2022, also promised 5,000 troops.", date(2025, 12, 22), "mission_created", date(2017, 7, 1)),
    ("The next day, 30 April, the council of ministers repealed the charter of 2005 that governed the parties.", date(2025, 5, 20), "legislation", date(2025, 4, 30)),
    ("On 22 October, two peacekeepers were wounded when a convoy that had left Tessalit the day before struck an explosive device.", date(2023, 10, 25), "explosive_device", date(2023, 10, 22)),
    ("Last month, Gen. Assimi Goita, who seized power in coups in 2020 and 2021, was granted a renewable five-year mandate without an election.", date(2025, 8, 2), "appointment", date(2025, 7, 1)),
    ("French forces killed the leader of al-Qaeda in the Islamic Maghreb, Abdelmalek Droukdel, in northern Mali in June 2020.", date(2021, 1, 10), "death", date(2020, 6, 1)),
    ("France, whose soldiers had fought jihadists in Mali since 2013, finished pulling them out on August 15, 2022.", date(2023, 1, 10), "withdrawal", date(2022, 8, 15)),
    ("The launch of the unified force on Saturday was a fine parade.", date(2025, 12, 22), "mission_created", date(2025, 12, 20)),
    ("The rebels on Monday handed over to MINUSMA the roughly 30 civil servants and soldiers they had seized.", date(2014, 5, 22), "release", date(2014, 5, 19)),
    ("The rebels handed 45 soldiers over to the International Committee of the Red Cross on Tuesday.", date(2014, 7, 17), "release", date(2014, 7, 15)),
    ("Then, in May, the junta dissolved every political party, and in July it gave General Goïta a five-year mandate, renewable, without a vote.", date(2025, 12, 22), "appointment", date(2025, 7, 1)),
    ("Dogon hunters answered by forming their own militia, Dan Na Ambassagou, in 2016.", date(2019, 4, 20), "alliance_formed", date(2016, 1, 1)),
    ("Al-Mourabitoune was born in August 2013 from the fusion of MUJAO with the Signatories in Blood.", date(2017, 1, 20), "alliance_formed", date(2013, 8, 1)),
    ("In Gao, a homemade bomb went off near the Washington market last night.", date(2019, 4, 19), "explosive_device", date(2019, 4, 18)),
    ("The European Union had already placed Wagner under sanctions on 13 December.", date(2021, 12, 30), "sanctions", date(2021, 12, 13)),
    ("An inquiry into the disappearances had been opened on May 11, the minister said.", date(2013, 5, 20), "investigation", date(2013, 5, 11)),
    ("The army moved back into the rebuilt camp in August.", date(2017, 10, 2), "deployment", date(2017, 8, 1)),
    ("Since the end of MINUSMA's mandate on 30 June 2023 and the departure of its roughly 12,000 personnel by 31 December, the UN has had no monitors there.", date(2024, 2, 2), "mission_ended", date(2023, 6, 30)),
    ("In April 2022, the French army published drone images that it said showed Russian mercenaries burying bodies near Gossi.", date(2024, 9, 10), "public_statement", date(2022, 4, 1)),
    # the one event of a sentence takes its one free date after places and asides; a landslide
    # won; talks between two men; a designation; a column that reached a town; shots fired on
    # people; leaders met; a government named; restrictions imposed; a force announced; a man
    # captured and named (session 21, corpora MP–MS)
    ("The strike hit the market at Tin-Essako, about 100 kilometers (60 miles) southeast of the town of Kidal, around midday Sunday, said a councillor.", date(2026, 2, 17), "air_strike", date(2026, 2, 15)),
    ("Keita won a landslide in 2013 and a second term in August 2018.", date(2020, 8, 20), "election", date(2013, 1, 1)),
    ("The operation follows talks in Bamako on February 24 between the Russian deputy minister and Malian Defense Minister Sadio Camara.", date(2026, 3, 6), "diplomatic_call", date(2026, 2, 24)),
    ("The two men had been designated last Monday by a college of 17 electors chosen by the junta.", date(2020, 9, 26), "appointment", date(2020, 9, 21)),
    ("A column of the Russian Africa Corps and the Malian Armed Forces reached the town of Tessalit on Friday.", date(2026, 3, 7), "deployment", date(2026, 3, 6)),
    ("On November 1, jihadists fired on young men clearing brush at the edge of the village.", date(2020, 11, 10), "attack", date(2020, 11, 1)),
    ("The minister met leaders of the Coordination of Azawad Movements in Bamako on Saturday.", date(2019, 1, 7), "diplomatic_call", date(2019, 1, 5)),
    ("On Monday Prime Minister Moctar Ouane named his government, with 25 ministers.", date(2020, 10, 8), "appointment", date(2020, 10, 5)),
    ("ECOWAS has kept the border closures and trade restrictions its leaders imposed on August 20.", date(2020, 9, 26), "sanctions", date(2020, 8, 20)),
    ("The force was first announced in January 2025 and is meant to reach 5,000 troops.", date(2026, 3, 30), "mission_created", date(2025, 1, 1)),
    ("Parly said that French soldiers had captured Mohamed el Mrabat, a senior figure in the Islamic State in the Greater Sahara, on May 19.", date(2020, 6, 6), "arrest", date(2020, 5, 19)),
    ("In Bamako, several thousand people marched this afternoon to Independence Square to back the army.", date(2014, 5, 18), "protest", date(2014, 5, 18)),
    ("The head of state had spoken by telephone with French President Francois Hollande on Saturday night.", date(2013, 11, 3), "diplomatic_call", date(2013, 11, 2)),
    ("The air force had already dropped food over the village on Tuesday and last Friday.", date(2020, 10, 22), "aid_pledged", date(2020, 10, 16)),
    ("The air force had already dropped food over the village on Tuesday and last Friday.", date(2020, 10, 22), "aid_pledged", date(2020, 10, 20)),
    # delegations that met; a unit that engaged a group; a mission ended; operations against a
    # group; the column which reached a town; a first session; a court's ruling; an emergency
    # meeting of a defence council; a country cut off (session 21, corpora MT–MW)
    ("The two delegations first met here on July 28.", date(2022, 9, 4), "diplomatic_call", date(2022, 7, 28)),
    ("On 6 January 2022, a FAMa unit engaged a terrorist group near Mondoro.", date(2022, 1, 10), "armed_clash", date(2022, 1, 6)),
    ("The U.N. Security Council ended the MINUSMA peacekeeping mission on June 30, 2023 at the junta's request.", date(2023, 11, 20), "mission_ended", date(2023, 6, 30)),
    ("In 2017, the MSA and GATIA joined French and Nigerien forces in operations against the EIGS.", date(2022, 3, 14), "offensive", date(2017, 1, 1)),
    ("The Agreement Monitoring Committee held its first session in Bamako on 21 June 2015.", date(2016, 2, 1), "diplomatic_call", date(2015, 6, 21)),
    ("The commercial court of Bamako ruled on Monday that the complex be placed under provisional administration.", date(2025, 6, 17), "court_ruling", date(2025, 6, 16)),
    ("President Ibrahim Boubacar Keita chaired an emergency meeting of the national defence council at Koulouba palace this morning.", date(2013, 11, 3), "diplomatic_call", date(2013, 11, 3)),
    ("On 9 January 2022, ECOWAS leaders cut Mali off from most of its neighbours.", date(2023, 1, 9), "sanctions", date(2022, 1, 9)),
    ("It had travelled more than 350 kilometres from its base in Anefis, a town that government forces entered on October 7.", date(2023, 11, 20), "territory_regained", date(2023, 10, 7)),
    ("The separatist Coordination of Azawad Movements (CMA) signed on June 20, 2015.", date(2015, 6, 22), "peace_agreement", date(2015, 6, 20)),
    ("On 9 January 2022, ECOWAS announced economic sanctions adopted against Mali with immediate effect.", date(2022, 1, 10), "sanctions", date(2022, 1, 9)),
    # a conjunct opened by its own date; an entente signed; a law a council adopted; a town shared
    ("The National Assembly adopted a law amending the local government code on 31 March, and on 19 June the government, the Platform and the CMA signed an \"entente\" on the posts.", date(2016, 7, 10), "peace_agreement", date(2016, 6, 19)),
    ("Goïta promulgated the new electoral law on June 24, a week after the National Transitional Council adopted it on June 17 by 115 votes to none.", date(2022, 6, 30), "legislation", date(2022, 6, 17)),
    ("The CMA and GATIA agreed to share the town in February, after months of fighting around Anefis.", date(2016, 7, 10), "peace_agreement", date(2016, 2, 1)),
    # bases handed over, listed by place and month; a place "between X and Y" is no second clause (MX–NA)
    ("It follows the handovers of Kidal in October 2021, Tessalit in November 2021 and Timbuktu in December 2021.", date(2022, 8, 16), "withdrawal", date(2021, 11, 1)),
    ("Gunmen on motorbikes overran the army camp at Bamba, between Gao and Bourem, on April 6.", date(2020, 4, 10), "territory_seized", date(2020, 4, 6)),
    # interim authorities installed, convoys under escort, meetings with traders, court confirmations, halted river rotations (NB–NM)
    ("The presidents of the interim authorities of the regions of Gao and Ménaka were installed on Thursday during ceremonies in Gao.", date(2017, 3, 3), "appointment", date(2017, 3, 2)),
    ("The interim authority of Timbuktu was installed on 20 April after the barricades of 6 March.", date(2017, 9, 1), "appointment", date(2017, 4, 20)),
    ("Some relief came on Monday, when a convoy of 43 trucks escorted by the army reached the city from Niono with rice and fuel.", date(2023, 11, 16), "aid_pledged", date(2023, 11, 13)),
    ("The governor of the region met traders and transporters on Sunday to discuss the price of rice.", date(2023, 10, 3), "diplomatic_call", date(2023, 10, 1)),
    ("The calendar was set by the high-level meeting of the Agreement Monitoring Committee on 10 February 2017.", date(2017, 3, 3), "diplomatic_call", date(2017, 2, 10)),
    ("The judges confirmed the charges of war crimes against Al Hassan on 30 September 2019.", date(2019, 12, 19), "court_ruling", date(2019, 9, 30)),
    ("COMANAV has suspended all its passenger rotations between Mopti, Timbuktu and Gao since 8 September.", date(2023, 9, 27), "closure", date(2023, 9, 8)),
    # a governor removed, officers struck off the rolls, proceedings opened, an operation's phases, a court naming the head of the transition (NO–NR)
    ("He was removed as governor of Mopti in May, days after he promised an inquiry.", date(2025, 10, 8), "dismissal", date(2025, 5, 1)),
    ("A decree on Tuesday struck Generals Dembélé and Sagara and seven officers off the army rolls.", date(2025, 10, 9), "dismissal", date(2025, 10, 7)),
    ("The prosecutor of the specialised judicial unit opened proceedings on Monday for plotting against the security of the State.", date(2025, 8, 14), "investigation", date(2025, 8, 11)),
    ("On January 8 the unified AES force opened the second phase of Operation Liptako Shield.", date(2026, 1, 12), "offensive", date(2026, 1, 8)),
    ("The Constitutional Court declared Goïta head of the transition on May 28.", date(2021, 6, 7), "court_ruling", date(2021, 5, 28)),
    # the next step of a series takes the series' year; accords and pacts by name; a sanctions regime set up (NS–NV)
    ("The government and the Platform signed the peace deal on May 15, 2015, followed by the CMA on June 20.", date(2017, 7, 22), "peace_agreement", date(2015, 6, 20)),
    ("It brokered the Tamanrasset accords with Tuareg rebels in 1991.", date(2025, 4, 10), "peace_agreement", date(1991, 1, 1)),
    ("In October 2015, after weeks of talks in Anefis, they agreed a series of \"pacts of honour\".", date(2017, 7, 22), "peace_agreement", date(2015, 10, 1)),
    ("A day earlier, on 5 September, the UN Security Council had set up a sanctions regime aimed at those who obstruct the peace accord.", date(2017, 9, 20), "sanctions", date(2017, 9, 5)),
    # grenades, shots fired at a patrol, talks opened / resumed / failed, "those of <day>" for the event just told (session 23)
    ("On Friday, a grenade thrown in Kidal wounded two soldiers.", date(2013, 9, 30), "explosive_device", date(2013, 9, 27)),
    ("On Monday, shots were fired near a UN patrol close to Tabankort.", date(2014, 7, 23), "attack", date(2014, 7, 21)),
    ("Delegations of the government and six armed groups opened talks in Algiers on July 16 under Algerian mediation.", date(2014, 7, 23), "diplomatic_call", date(2014, 7, 16)),
    ("Its force will support the inter-Malian talks that resumed in Algiers on 1 September.", date(2014, 9, 20), "diplomatic_call", date(2014, 9, 1)),
    ("It follows the failure, on 19 July, of the talks that the CMA had accepted in good faith.", date(2017, 7, 25), "diplomatic_call", date(2017, 7, 19)),
    ("This aggression follows those of 6 July 2017 near Aguelhok and of 11 July at Anefis.", date(2017, 7, 25), "attack", date(2017, 7, 6)),
    ("This aggression follows those of 6 July 2017 near Aguelhok and of 11 July at Anefis.", date(2017, 7, 25), "attack", date(2017, 7, 11)),
    # mines that hit, trucks blown up, troops that reach a town, units engaged, truces extended, agreements of a day and renewed (session 23, OA–OD)
    ("A mine hit an army truck between Hombori and Boni on November 26.", date(2014, 12, 13), "explosive_device", date(2014, 11, 26)),
    ("A truck was blown up near Gossi on Tuesday.", date(2013, 2, 5), "explosive_device", date(2013, 2, 5)),
    ("Malian troops reached Hombori on 24 January 2013.", date(2014, 1, 21), "deployment", date(2013, 1, 24)),
    ("During this progression, the units were engaged on Wednesday near the hamlet of Kourouma by a group of armed terrorists.", date(2020, 10, 23), "armed_clash", date(2020, 10, 21)),
    ("The truce was extended for 30 days on 6 September.", date(2017, 9, 20), "ceasefire", date(2017, 9, 6)),
    ("Those contacts led to the agreement of 14 March 2021 between the Katiba Macina and the Dozo hunters, which was renewed on 14 April 2021.", date(2021, 10, 21), "peace_agreement", date(2021, 3, 14)),
    ("Those contacts led to the agreement of 14 March 2021 between the Katiba Macina and the Dozo hunters, which was renewed on 14 April 2021.", date(2021, 10, 21), "peace_agreement", date(2021, 4, 14)),
    ("5 June - First great rally of the M5-RFP movement in Bamako, led by imam Mahmoud Dicko.", date(2020, 12, 26), "protest", date(2020, 6, 5)),
    ("30 April - The Constitutional Court publishes the final results.", date(2020, 12, 26), "election", date(2020, 4, 30)),
    ("On Thursday five men announced, in a video, that their groups were merging into a single organisation.", date(2017, 3, 4), "alliance_formed", date(2017, 3, 2)),
    # services suspended, coaches turned back, convoys stopped, warrants issued, a first appearance "before the Chamber" (session 23, OM–OP)
    ("The company informs its passengers that all departures on the Bamako–Ségou–San–Mopti line are suspended as of today, Monday 6 February 2023, until further notice.", date(2023, 2, 6), "closure", date(2023, 2, 6)),
    ("Our Mopti–Bandiagara–Bankass service, which we suspended on 15 December 2022 after an abduction, remains closed.", date(2023, 2, 6), "closure", date(2022, 12, 15)),
    ("The fuel transporters suspended their deliveries to Hombori and Gao in June.", date(2022, 9, 1), "closure", date(2022, 6, 1)),
    ("On 11 January, a second coach was turned back at the same place and its driver was beaten.", date(2023, 2, 6), "blockade", date(2023, 1, 11)),
    ("They wanted back the bodies of colleagues killed on Jan. 29, when gunmen stopped a fuel convoy west of Kayes and shot the drivers.", date(2026, 3, 1), "attack", date(2026, 1, 29)),
    ("A warrant of arrest against Mr Al Hassan was issued under seal on 27 March 2018.", date(2024, 11, 20), "investigation", date(2018, 3, 27)),
    ("The government of Mali referred the situation on its territory since January 2012 to the Court on 13 July 2012.", date(2024, 11, 20), "court_ruling", date(2012, 7, 13)),
    ("Al Hassan made his first appearance before the Chamber on 4 April 2018.", date(2024, 11, 20), "court_ruling", date(2018, 4, 4)),
    ("The trial opened before the Chamber on 14 July 2020.", date(2024, 11, 20), "court_ruling", date(2020, 7, 14)),
    # a movement founded, a town abandoned, a country suspended from a bloc, soldiers' wives blocking a road, suspects brought before a judge (session 23, OQ–OT)
    ("16 October 2011 - The National Movement for the Liberation of Azawad (MNLA) is founded in Tinzaouaten.", date(2012, 10, 16), "alliance_formed", date(2011, 10, 16)),
    ("31 March - The army abandons Gao.", date(2012, 10, 16), "withdrawal", date(2012, 3, 31)),
    ("West African leaders meeting in Abidjan suspended Mali from their regional bloc on Tuesday.", date(2012, 3, 29), "sanctions", date(2012, 3, 27)),
    ("On 1 February, wives and mothers of soldiers blocked the main road through Kati.", date(2012, 3, 29), "protest", date(2012, 2, 1)),
    ("The two generals were brought before the military investigating judge on Tuesday.", date(2025, 9, 5), "court_ruling", date(2025, 9, 2)),
    # revolts in the plural over a list of years, a deal dated by its participle (session 23, OY–PB)
    ("Tuareg revolts broke out in 1963, in 1990 and in 2006, each ended by an accord.", date(2013, 3, 15), "rebellion", date(1990, 1, 1)),
    ("A peace deal signed with the Tuareg-led rebels in June 2015 left out central Mali.", date(2018, 6, 25), "peace_agreement", date(2015, 6, 1)),
    # an official's journey: went to, flew to, arrived in (session 24)
    ("President Ibrahim Boubacar Keïta went to Ogossagou on Monday.", date(2019, 3, 27), "diplomatic_call", date(2019, 3, 25)),
    ("The defence minister flew to Boulkessi on Wednesday to meet the survivors.", date(2019, 10, 4), "diplomatic_call", date(2019, 10, 2)),
    ("The governor of Mopti arrived in Djenné this morning.", date(2018, 6, 25), "diplomatic_call", date(2018, 6, 25)),
    ("President Ibrahim Boubacar Keita flew to the scene on Monday and promised that the killers would be punished.", date(2019, 3, 26), "diplomatic_call", date(2019, 3, 25)),
    # strikes, sessions and consultations held in a town, an interim authority installed, a visitor received, an inquiry announced, hearings begun, a leader in a video (session 24, PG–PJ)
    ("The union launched a new general strike on 17 May and suspended it on Sunday.", date(2021, 5, 25), "protest", date(2021, 5, 17)),
    ("The Authority recalls its 57th Ordinary Session held in Niamey on 7 September 2020.", date(2020, 9, 15), "diplomatic_call", date(2020, 9, 7)),
    ("The Authority took note of the national consultations held in Bamako from 10 to 12 September 2020.", date(2020, 9, 15), "diplomatic_call", date(2020, 9, 10)),
    ("The video appeared two days after the installation of an interim authority in Kidal on Tuesday.", date(2017, 3, 3), "appointment", date(2017, 2, 28)),
    ("The minister was received at Koulouba palace at about ten this morning.", date(2024, 4, 20), "diplomatic_call", date(2024, 4, 20)),
    ("Despite the announcement of a commission of inquiry in Bamako on 21 January 2022, little has happened.", date(2022, 3, 9), "investigation", date(2022, 1, 21)),
    ("The investigating judge began hearing relatives on June 4.", date(2025, 6, 24), "investigation", date(2025, 6, 4)),
    ("Amadou Kouffa, the Fulani preacher, appeared in a video circulated on Thursday.", date(2019, 3, 1), "public_statement", date(2019, 2, 28)),
    ("Amnesty International on Tuesday called for the release of the mayor of Dogo.", date(2017, 11, 30), "public_statement", date(2017, 11, 28)),
    ("Q: Is the video genuine?\n\nA: On the night of 22 to 23 November, French aircraft and Malian troops struck a camp in the Wagadou forest.", date(2019, 3, 1), "attack", date(2018, 11, 22)),
    ("In August last year, six fishermen from Kouakourou were killed on the water by men on motorbikes.", date(2025, 6, 10), "casualties", date(2024, 8, 1)),
    # authorities installed, patrols and convoys that reach a town, persons released and handed over, food landed, forums, envoys named, operations folded into others, airstrips occupied, patrols back on the streets, barricades (session 24, PK–PV)
    ("The interim authority of the Gao region was installed on Thursday, two days after Kidal's.", date(2017, 3, 4), "appointment", date(2017, 3, 2)),
    ("A MINUSMA patrol from Ménaka reached Talataye on Sunday afternoon.", date(2018, 5, 29), "deployment", date(2018, 5, 27)),
    ("The escort pushed the attackers back and 43 tankers reached Bamako on Sunday 19 October.", date(2025, 10, 21), "deployment", date(2025, 10, 19)),
    ("Under the agreement, the armed groups released 34 persons on Sunday evening.", date(2021, 3, 15), "release", date(2021, 3, 14)),
    ("A transport plane landed 12 tonnes of rice and millet on the new airstrip on Sunday, the army said.", date(2021, 10, 22), "aid_pledged", date(2021, 10, 17)),
    ("The killings come less than two weeks after a reconciliation forum in Niono on Nov. 7.", date(2020, 11, 20), "diplomatic_call", date(2020, 11, 7)),
    ("In May 2013, the interim president named Tiébilé Dramé, a former foreign minister, as his envoy to the armed movements.", date(2014, 6, 1), "appointment", date(2013, 5, 1)),
    ("France folded Serval into Operation Barkhane on 1 August, with some 3,000 troops.", date(2014, 9, 1), "mission_created", date(2014, 8, 1)),
    ("On 28 November 2013, women and young people occupied the airstrip to stop Prime Minister Oumar Tatam Ly from landing.", date(2014, 1, 10), "protest", date(2013, 11, 28)),
    ("The joint patrols went back on the streets of Gao on Wednesday.", date(2017, 3, 10), "deployment", date(2017, 3, 8)),
    ("Fighters put up barricades on the main roads into the city on Monday.", date(2017, 3, 10), "blockade", date(2017, 3, 6)),
    # a toll cut, authorities met, flights resumed, a council's vote, troops sent back (session 24, PW–PZ)
    ("On Wednesday the government cut the toll to 35 dead, 24 of them children.", date(2019, 6, 14), "casualty_claim", date(2019, 6, 12)),
    ("The traders' association met the regional authorities on Thursday.", date(2024, 6, 15), "diplomatic_call", date(2024, 6, 13)),
    ("Sky Mali resumed one weekly flight to Timbuktu in March.", date(2024, 6, 15), "reopening", date(2024, 3, 1)),
    ("When the Security Council voted on Friday to give West African states 45 days to present a plan, the north had been lost for months.", date(2012, 10, 15), "legislation", date(2012, 10, 12)),
    ("An army spokesman said troops had been sent back to Ogossagou on the morning of 14 February.", date(2020, 2, 16), "deployment", date(2020, 2, 14)),
    # funerals held at a place, flights resumed, duties and commands taken up, a chief installed (session 24, QA–QD)
    ("At a funeral held at the gendarmerie school on Thursday, the coffins were draped in flags.", date(2024, 9, 23), "funeral", date(2024, 9, 19)),
    ("Commercial flights resumed on Wednesday morning after the attack.", date(2024, 9, 20), "reopening", date(2024, 9, 18)),
    ("The Governor, who took up his duties on 2 February after his appointment, will travel to Diabaly.", date(2022, 2, 6), "appointment", date(2022, 2, 2)),
    ("A brigadier general from Niger took command of the Mission's Sector East in Gao on Monday.", date(2018, 4, 5), "appointment", date(2018, 4, 2)),
    ("The governor of Gao installed Ousmane Maïga, the late chief's eldest son, as district chief on Wednesday.", date(2018, 5, 5), "appointment", date(2018, 5, 2)),
    # an accord declared void, rotations suspended, bases handed over, an exchange carried out, a visitor received on a day (session 24, QE–QH)
    ("The junta declared it void in January 2024.", date(2025, 4, 10), "agreement_ended", date(2024, 1, 1)),
    ("The Government has decided to suspend, as of today, all rotations of the military and police contingents of MINUSMA.", date(2022, 7, 14), "closure", date(2022, 7, 14)),
    ("Timbuktu and Gao were handed over in late December.", date(2024, 1, 5), "withdrawal", date(2023, 12, 21)),
    ("The mediation welcomes the exchange carried out on 15 July 2014, by which the Government released 42 members of the movements.", date(2014, 7, 24), "release", date(2014, 7, 15)),
    ("The Minister of Foreign Affairs, Mr Abdoulaye Diop, received on Wednesday 13 July 2022 the Special Representative of the Secretary-General.", date(2022, 7, 14), "diplomatic_call", date(2022, 7, 13)),
    # claims made in a statement released on a day, "claimed it this morning", burials "with military honours", condolences, the state back in a town, ordinary sessions, visitors received at a ministry (session 24, QI–QL)
    ("Al Qaeda's Sahel branch, JNIM, claimed the raid in a statement released on Monday, saying its fighters had killed dozens.", date(2021, 4, 8), "responsibility_claim", date(2021, 4, 5)),
    ("Ansar Dine claimed it this morning in a message to a Mauritanian agency.", date(2015, 6, 29), "responsibility_claim", date(2015, 6, 29)),
    ("Four Chadian soldiers were buried with military honours in N'Djamena on Wednesday.", date(2021, 4, 8), "funeral", date(2021, 4, 7)),
    ("The prefect came back in June 2013, with gendarmes.", date(2016, 1, 28), "reopening", date(2013, 6, 1)),
    ("The governor of Timbuktu, who reinstalled his administration in the city on 4 March, has called on residents to stay indoors.", date(2013, 3, 21), "reopening", date(2013, 3, 4)),
    ("The College of Heads of State held its second ordinary session in Bamako on 22 and 23 December 2025.", date(2025, 12, 24), "diplomatic_call", date(2025, 12, 22)),
    ("The chargé d'affaires of Mali in Paris was received at the Ministry on Friday by the Director for Africa.", date(2025, 8, 18), "diplomatic_call", date(2025, 8, 15)),
    # an inquiry "set up on", a congress closed, wives who marched (session 24, QM–QP)
    ("The commission of inquiry set up on 2 February 2012 has begun its work.", date(2012, 2, 20), "investigation", date(2012, 2, 2)),
    ("The Coordination of Azawad Movements closed its congress in Kidal on Sunday after four days of debate.", date(2021, 6, 8), "diplomatic_call", date(2021, 6, 6)),
    ("Some 300 wives and relatives of soldiers marched to the junta headquarters on Wednesday.", date(2012, 4, 6), "protest", date(2012, 4, 4)),
    # border crossings closed and reopened, a blockade lifted, indirect fire (session 24, QQ–QT)
    ("Senegal closed the Kidira crossing on Tuesday after the attacks.", date(2025, 7, 7), "closure", date(2025, 7, 1)),
    ("The crossing was reopened to trucks on Friday.", date(2025, 7, 7), "reopening", date(2025, 7, 4)),
    ("The Katiba Serma lifted the blockade only on 31 August, after elders negotiated.", date(2022, 9, 20), "reopening", date(2022, 8, 31)),
    ("In the night of 20 to 21 April, the camp came under indirect fire.", date(2022, 4, 22), "shelling", date(2022, 4, 20)),
    # appointments, retreats, leaving office, earlier statements, hand-overs (session 25, QU–QW)
    ("President Ibrahim Boubacar Keïta named Bah N'Daw, a 64-year-old retired colonel, to replace him on Wednesday.", date(2015, 5, 17), "appointment", date(2015, 5, 13)),
    ("On Thursday, troops abandoned Anefis and fell back to Gao, some 350 km to the south.", date(2014, 5, 24), "withdrawal", date(2014, 5, 22)),
    ("Mr Mara left office in January.", date(2015, 5, 17), "resignation", date(2015, 1, 1)),
    ("The Chairperson of the African Union Commission recalls her statement of 18 May 2014, in which she condemned the incidents.", date(2014, 5, 23), "public_statement", date(2014, 5, 18)),
    ("The AU contributed 6,000 troops to AFISMA before their transfer to MINUSMA on 1 July 2013.", date(2014, 5, 23), "mission_created", date(2013, 7, 1)),
    ("A plane chartered by Médecins Sans Frontières landed last Thursday with two tonnes of medicines.", date(2014, 6, 2), "deployment", date(2014, 5, 29)),
    ("The government initialled the draft accord on March 1, and signed it in Bamako on Friday alongside the militias.", date(2015, 5, 17), "peace_agreement", date(2015, 3, 1)),
    # parliament, the nation addressed, marches led, councils in session, sanctions, deliveries (session 25, QV–RF)
    ("Deputies of the majority and of the opposition filed a motion of censure on Wednesday.", date(2019, 4, 20), "legislation", date(2019, 4, 17)),
    ("President Keïta spoke to the nation on Tuesday evening and said he had heard the anger.", date(2019, 4, 20), "public_statement", date(2019, 4, 16)),
    ("The imam led a smaller march in Mopti last Sunday.", date(2019, 4, 20), "protest", date(2019, 4, 14)),
    ("Residents of Bankass began a campaign of civil disobedience on Tuesday to demand protection.", date(2022, 6, 24), "protest", date(2022, 6, 21)),
    ("The National Security Council met this Tuesday, 12 July 2022, in extraordinary session in Abidjan.", date(2022, 7, 12), "diplomatic_call", date(2022, 7, 12)),
    ("West African leaders lifted the sanctions that ECOWAS had imposed on Mali on 9 January.", date(2022, 7, 9), "sanctions", date(2022, 1, 9)),
    ("Officials point to the new aircraft that arrived from Russia on 9 August.", date(2022, 8, 20), "arms_delivery", date(2022, 8, 9)),
    ("The government took note of the statement issued this afternoon by Dan Na Ambassagou.", date(2019, 3, 24), "public_statement", date(2019, 3, 24)),
    # arson, mergers, stopped columns, bombings, risings, camps, reports, referrals, replies (session 25, RB–RJ)
    ("The union condemns the burning of the school of Sébékoro during the night of 21 to 22 January.", date(2026, 1, 24), "looting", date(2026, 1, 21)),
    ("In March 2017, four jihadist groups merged under Iyad Ag Ghaly to form JNIM.", date(2026, 2, 14), "alliance_formed", date(2017, 3, 1)),
    ("On Sunday, a supply column coming from Gao was stopped 30 kilometres south of Tessalit.", date(2012, 2, 14), "ambush", date(2012, 2, 12)),
    ("The MNLA denounces the bombing carried out by Malian army helicopters on 7 February on a nomad camp.", date(2012, 2, 14), "air_strike", date(2012, 2, 7)),
    ("A smaller rising began in Kidal on 23 May 2006.", date(2022, 1, 17), "rebellion", date(2006, 5, 23)),
    ("The Nigerien authorities opened a new site at Mangaize on Wednesday.", date(2012, 2, 17), "reopening", date(2012, 2, 15)),
    ("The commission of inquiry on Aguelhok delivered its report to President Touré on Wednesday.", date(2012, 2, 25), "report_published", date(2012, 2, 22)),
    ("The council of ministers on Wednesday named a new governor of the Kidal region.", date(2012, 2, 25), "appointment", date(2012, 2, 22)),
    ("Mali referred its situation to the International Criminal Court in July 2012.", date(2022, 1, 17), "investigation", date(2012, 7, 1)),
    ("The Danish Ministry of Foreign Affairs answered on Tuesday that Denmark had been invited.", date(2022, 1, 27), "public_statement", date(2022, 1, 25)),
    ("The surgical team arrived in Ménaka on 12 January.", date(2022, 1, 27), "deployment", date(2022, 1, 12)),
    # allegiance, dialogues opened, decrees, gatherings, questioning, votes, suspensions, drones, ambassadors (session 25, RE–RG)
    ("Its leader Adnan Abu Walid al-Sahrawi pledged allegiance to al-Baghdadi in May 2015.", date(2019, 11, 2), "alliance_formed", date(2015, 5, 1)),
    ("The inclusive national dialogue that opened in Bamako on Saturday is debating the accord.", date(2019, 12, 16), "diplomatic_call", date(2019, 12, 14)),
    ("It further recalls the decree of 7 May 2025 suspending the activities of political parties.", date(2025, 5, 14), "legislation", date(2025, 5, 7)),
    ("On Saturday 3 May, several thousand citizens gathered peacefully at the Palais de la Culture.", date(2025, 5, 14), "protest", date(2025, 5, 3)),
    ("He was first questioned by the judicial investigation brigade on July 16.", date(2025, 8, 20), "investigation", date(2025, 7, 16)),
    ("The National Transitional Council had voted the text on Thursday 3 July by 131 votes to none.", date(2025, 7, 10), "legislation", date(2025, 7, 3)),
    ("Parties were suspended for three months in April 2024.", date(2025, 9, 1), "legislation", date(2024, 4, 1)),
    ("Drones had already struck the area on July 30, local officials said.", date(2024, 8, 26), "air_strike", date(2024, 7, 30)),
    ("The Algerian ambassador had resumed his functions in Bamako in February 2024.", date(2024, 8, 30), "ties_restored", date(2024, 2, 1)),
    # control passed, deadlines, punishments, envoys met (session 25, RP)
    ("The town passed under the control of armed groups on Saturday 31 March.", date(2012, 4, 6), "territory_seized", date(2012, 3, 31)),
    ("MUJAO first set a deadline on 24 August and later extended it by three days.", date(2012, 9, 3), "ultimatum", date(2012, 8, 24)),
    ("The Islamic police in Gao flogged three young men on Thursday for smoking in public.", date(2012, 9, 10), "attack", date(2012, 9, 6)),
    ("Prime Minister Cheick Modibo Diarra met ECOWAS envoys in Bamako on Thursday.", date(2012, 9, 3), "diplomatic_call", date(2012, 8, 30)),
    # returns, walk-outs, struggles launched, graves, results, mandates, blockades (session 25, RW–RZ)
    ("Under that agreement the Malian army was allowed back into Kidal on 5 July 2013.", date(2013, 11, 3), "territory_regained", date(2013, 7, 5)),
    ("On 26 September the MNLA and two allied groups walked out of the follow-up talks.", date(2014, 1, 10), "organisation_exit", date(2013, 9, 26)),
    ("The MNLA recalls that it launched the struggle for the rights of the people of Azawad on 17 January 2012.", date(2013, 11, 3), "rebellion", date(2012, 1, 17)),
    ("A grave holding 21 bodies was found near the village of Diago on 4 December.", date(2013, 12, 21), "mass_killing", date(2013, 12, 4)),
    ("MINUSMA recalls the mandate renewed by the Security Council on 29 June in resolution 2295.", date(2016, 10, 3), "mission_renewed", date(2016, 6, 29)),
    ("Fighters of the Congress for Justice in Azawad blocked the city on 6 March 2017.", date(2018, 5, 12), "blockade", date(2017, 3, 6)),
    ("The interim authority of the Timbuktu region held its first full session on Thursday.", date(2017, 7, 28), "diplomatic_call", date(2017, 7, 27)),
    # session 26, SI–SP
    ("Gunmen shot dead the imam of Tenenkou, a town west of Mopti, as he walked out of the mosque on Friday, his family said.", date(2016, 9, 20), "mass_killing", date(2016, 9, 16)),
    ("Unknown gunmen shot dead a teacher as he rode home on Tuesday.", date(2019, 5, 9), "mass_killing", date(2019, 5, 7)),
    ("The sixth round of negotiations finally began on Wednesday in Algiers.", date(2015, 3, 1), "diplomatic_call", date(2015, 2, 25)),
    ("The defence minister came here on 12 June and promised a new army post.", date(2018, 6, 20), "diplomatic_call", date(2018, 6, 12)),
    ("The National Assembly voted in a special session on Friday to extend the state of emergency until the end of the year.", date(2017, 4, 3), "legislation", date(2017, 3, 31)),
    ("The movement condemned the arrest in Kidal, on 4 May, of two of its officers.", date(2020, 5, 9), "arrest", date(2020, 5, 4)),
    ("The new group split from the rebel coalition in March 2017 and settled near Ménaka.", date(2018, 6, 1), "alliance_formed", date(2017, 3, 1)),
    ("The commission of inquiry into the shooting delivered its preliminary findings on Thursday.", date(2015, 3, 8), "report_published", date(2015, 3, 5)),
    ("The finance law, adopted by the national transition council on Tuesday, doubles the security budget.", date(2021, 12, 10), "legislation", date(2021, 12, 7)),
    ("Thousands attended the funeral of the victims in Ogossagou on Sunday, an elder said.", date(2019, 3, 27), "funeral", date(2019, 3, 24)),
    ("The base at Tessalit, in the far north, was closed on 15 August and handed over to the army.", date(2023, 8, 20), "withdrawal", date(2023, 8, 15)),
    ("In May, a former teacher announced the creation of a Dogon self-defence movement in Bandiagara.", date(2016, 9, 1), "alliance_formed", date(2016, 5, 1)),
    ("A criminal court in Mopti sentenced two men to ten years late on Monday for their role in the killing of a mayor in 2019.", date(2022, 4, 6), "court_ruling", date(2022, 4, 4)),
    # session 26, SQ–SX
    ("The occupation of Ménaka on 12 May by armed groups shocked the region.", date(2015, 5, 20), "territory_seized", date(2015, 5, 12)),
    ("The separatists proclaimed what they call the independence of their region on Sunday.", date(2012, 4, 10), "independence_declared", date(2012, 4, 8)),
    ("The governor came on Monday and promised a new well.", date(2020, 2, 5), "diplomatic_call", date(2020, 2, 3)),
    ("The interior minister met the signatory movements in Bamako on Friday to discuss the army's return.", date(2020, 1, 20), "diplomatic_call", date(2020, 1, 17)),
    ("Trade restrictions were imposed in January, restrictions and sanctions the bloc lifted on 3 July.", date(2022, 7, 10), "sanctions_lifted", date(2022, 7, 3)),
    ("On Monday about 300 women gathered in front of the army headquarters in Kati.", date(2019, 10, 9), "protest", date(2019, 10, 7)),
    ("The defence minister received a delegation of families on Thursday.", date(2022, 12, 5), "diplomatic_call", date(2022, 12, 1)),
    ("Senegal named a new ambassador in Bamako on Wednesday.", date(2023, 3, 10), "appointment", date(2023, 3, 8)),
    ("Benin began withdrawing its contingent in March, the ministry said.", date(2023, 6, 1), "withdrawal", date(2023, 3, 1)),
    ("Since the return of the State to Ménaka in February, traders have come back.", date(2023, 6, 1), "territory_regained", date(2023, 2, 1)),
    ("Niger sent special forces to Ayorou on Sunday.", date(2022, 8, 10), "deployment", date(2022, 8, 7)),
    ("On Wednesday the prime minister chaired a meeting of the national crisis committee.", date(2025, 9, 20), "diplomatic_call", date(2025, 9, 17)),
    ("The soldiers released the last of the detainees they had held at the camp on Friday.", date(2012, 4, 22), "release", date(2012, 4, 20)),
    ("Several donors suspended their budget support on Monday after the coup.", date(2012, 3, 28), "sanctions", date(2012, 3, 26)),
    ("The bloc condemned the occupation of Kidal on 30 March, of Gao on 31 March and of Timbuktu on 1 April by armed groups.", date(2012, 4, 5), "territory_seized", date(2012, 4, 1)),
    # session 26, SY–TF
    ("Arab fighters first rose against the state in 1994, the historian said.", date(2016, 3, 1), "rebellion", date(1994, 1, 1)),
    ("The movement recalls that the independence of Azawad was proclaimed on 6 April 2012.", date(2013, 1, 10), "independence_declared", date(2012, 4, 6)),
    ("The operation, code-named Sabre, was launched on Monday from the command post in Gao.", date(2018, 3, 8), "offensive", date(2018, 3, 5)),
    ("The opposition coalition drew a third large crowd on Friday in Bamako.", date(2020, 7, 12), "protest", date(2020, 7, 10)),
    ("The release, on Tuesday, of three journalists held since May ended a long campaign.", date(2021, 6, 10), "release", date(2021, 6, 8)),
    ("The commission's report was handed to the Government on 12 May and has not been published.", date(2021, 6, 1), "report_published", date(2021, 5, 12)),
    ("The national consultations of 4 to 6 March ended with a call for elections.", date(2021, 3, 20), "diplomatic_call", date(2021, 3, 4)),
    ("The AU envoy, Pierre Buyoya, was in Kidal on Thursday to meet the movements.", date(2017, 2, 5), "diplomatic_call", date(2017, 2, 2)),
    # a title set off after a name before the date and a clause of its own; a date set off
    # between an event noun and its object; a body the cabinet creates; hostages taken at a
    # hotel; results a court revises (session 27)
    ("Police detained Adama Touré, director of the weekly Le Sahélien, on Monday after the paper ran a soldier's letter.", date(2014, 3, 6), "arrest", date(2014, 3, 3)),
    ("The rights body welcomes the release, on Saturday, of two former ministers held since August.", date(2021, 5, 10), "release", date(2021, 5, 8)),
    ("The cabinet on Thursday set up a National Commission for Truth and Justice.", date(2016, 2, 6), "legislation", date(2016, 2, 4)),
    ("The town was hit before, in August 2015, when gunmen took hostages at a hotel.", date(2018, 7, 1), "abduction", date(2015, 8, 1)),
    ("On 30 April, the Constitutional Court overturned the provisional results for 31 seats.", date(2020, 6, 1), "court_ruling", date(2020, 4, 30)),
    # a conference held over days; a group joining talks; insurgents sweeping through; envoys met
    # after an apposition of names; shells fired during a vote; authorities installed; services
    # suspended; a claim posted; a town passing to jihadists; captives handed over; a body a decree
    # creates; a swearing-in under a fronted scene; joint patrols; a national tribute; operations
    # told as a reduced relative; an ambush dated after an apposition; an accord its signers dated;
    # a year written once for two acts; a past range over the publication day (corpora TG-TN)
    ("The conference, held from 3 to 6 May, ended with a call for dialogue.", date(2019, 5, 10), "diplomatic_call", date(2019, 5, 3)),
    ("The rebel alliance joined the talks on Thursday after boycotting the opening.", date(2019, 5, 11), "diplomatic_call", date(2019, 5, 9)),
    ("The town had been quiet until insurgents swept through the region in March 2012.", date(2013, 1, 5), "territory_seized", date(2012, 3, 1)),
    ("The prime minister met the ambassadors of the partner states, Niger and Chad, on Monday to discuss the border.", date(2020, 6, 10), "diplomatic_call", date(2020, 6, 8)),
    ("Gunmen fired mortar shells near a polling station during the second round of the vote on Sunday.", date(2018, 8, 14), "shelling", date(2018, 8, 12)),
    ("The council welcomed the installation of the interim authorities in Timbuktu on 20 April.", date(2017, 4, 25), "appointment", date(2017, 4, 20)),
    ("The operator decided on Friday to suspend all passenger services.", date(2023, 9, 12), "closure", date(2023, 9, 8)),
    ("Islamic State, in a claim posted on Saturday, said its fighters had shot down a drone.", date(2022, 3, 14), "responsibility_claim", date(2022, 3, 12)),
    ("The region passed from the separatists to the jihadists in November 2012.", date(2013, 2, 1), "territory_seized", date(2012, 11, 1)),
    ("The rebels handed over 20 soldiers they had captured at the camp to the Red Cross on Tuesday.", date(2014, 5, 22), "release", date(2014, 5, 20)),
    ("A decree on 2 March created a crisis unit for the north.", date(2020, 3, 10), "legislation", date(2020, 3, 2)),
    ("On a platform at the stadium on Friday, the new president placed his hand on the Constitution.", date(2013, 9, 7), "appointment", date(2013, 9, 6)),
    ("Joint patrols with the peacekeepers began on 3 October.", date(2016, 10, 10), "deployment", date(2016, 10, 3)),
    ("The country paid a national tribute to the soldiers at the military camp on Monday.", date(2019, 12, 4), "funeral", date(2019, 12, 2)),
    ("During search operations conducted on Tuesday near the border, soldiers arrested six suspects.", date(2016, 7, 21), "offensive", date(2016, 7, 19)),
    ("Its ambush near the village, across the river from the camp, on 4 May 2018 killed five soldiers.", date(2019, 1, 1), "ambush", date(2018, 5, 4)),
    ("The peace deal that the rebels signed in June 2015 has never been applied.", date(2018, 1, 1), "peace_agreement", date(2015, 6, 1)),
    ("By decree of the President dated 3 April 2019, General Test Keita has been appointed chief of staff.", date(2019, 4, 10), "appointment", date(2019, 4, 3)),
    ("The town is in mourning this morning after the attack on the market, near the bus station, on Sunday.", date(2019, 12, 10), "attack", date(2019, 12, 8)),
    ("The peace agreement, signed in Algiers on 1 March and ratified on 15 June 2015, ended the fighting.", date(2016, 1, 1), "peace_agreement", date(2015, 3, 1)),
    ("The government suspended classes in all schools from 27 October to 9 November.", date(2025, 10, 28), "closure", date(2025, 10, 27)),
    ("Soldiers found the bodies of 12 more soldiers on Friday near the well.", date(2019, 11, 25), "casualties", date(2019, 11, 22)),
    ("The mission handed its camp at Ber to the army on Aug. 13, earlier than planned, and its base at Goundam on Aug. 17.", date(2023, 9, 1), "withdrawal", date(2023, 8, 17)),
    ("The council welcomed the installation of the interim authorities in the region of Kidal on 28 February and in the regions of Gao and Ménaka on 2 March.", date(2017, 3, 10), "appointment", date(2017, 3, 2)),
    ("The movement recalled the peace agreement whose signing was completed in Bamako on 20 June 2015.", date(2016, 7, 23), "peace_agreement", date(2015, 6, 20)),
    # a seizure of power named as a noun; a council's numbered meeting held on a day; villagers
    # killed as they walked; a prime minister received; a group saying its fighters carried out
    # the attack; food dropped; troops that "would leave"; soldiers who voted early; a numbered
    # session opened; polling agents taken (corpora TO-TV)
    ("The bloc recalled the second seizure of power of 24 May 2021.", date(2022, 1, 9), "coup", date(2021, 5, 24)),
    ("The Council, at its 320th meeting held on 3 May 2012, adopted the following decision.", date(2012, 5, 4), "diplomatic_call", date(2012, 5, 3)),
    ("On Thursday, two villagers were killed as they walked to their fields, the army said.", date(2020, 11, 21), "mass_killing", date(2020, 11, 19)),
    ("The council's president received the Prime Minister on Wednesday to discuss the talks.", date(2020, 10, 9), "diplomatic_call", date(2020, 10, 7)),
    ("The villagers thanked the army for the food that was dropped by aircraft on Saturday.", date(2020, 10, 20), "aid_pledged", date(2020, 10, 17)),
    ("Last Thursday Paris announced its troops would leave.", date(2022, 2, 21), "withdrawal", date(2022, 2, 17)),
    ("Soldiers and police voted a week early, on June 11, to guard the polls.", date(2023, 6, 20), "election", date(2023, 6, 11)),
    ("The host president opened the 62nd ordinary session on Sunday.", date(2022, 12, 6), "diplomatic_call", date(2022, 12, 4)),
    ("The revision was halted by the Constitutional Court in 2001.", date(2023, 6, 25), "court_ruling", date(2001, 1, 1)),
    ("We buried 12 people on Tuesday near the mosque.", date(2019, 6, 13), "funeral", date(2019, 6, 11)),
    ("In January, the junta named a new army chief, General Test Keita.", date(2025, 3, 17), "appointment", date(2025, 1, 1)),
    ("Our findings on the attack, published on 2 May, point to a militia.", date(2019, 5, 10), "report_published", date(2019, 5, 2)),
    ("In a report presented to the Security Council last month, the envoy wrote that the talks had failed.", date(2025, 3, 17), "report_published", date(2025, 2, 1)),
    ("The gunmen came back on Sunday night and killed four more people.", date(2018, 6, 26), "attack", date(2018, 6, 24)),
    # session 28: a place phrase "between X and Y" set off by commas does not cut the clause from its date
    ("Jihadists killed at least 25 soldiers in an attack on the army camp at Bamba, between Gao and Bourem, on April 6, the army said.", date(2020, 4, 17), "attack", date(2020, 4, 6)),
    ("In the most serious incident, on November 1, eight blue helmets were injured near Anefis, three of them seriously.", date(2023, 11, 8), "casualties", date(2023, 11, 1)),
    ("Malian troops took possession of the UN camp at Ber in the Timbuktu region on Sunday, the army said.", date(2023, 8, 14), "territory_regained", date(2023, 8, 13)),
    ("The first, at Ogossagou in central Mali, was handed over on August 3.", date(2023, 8, 14), "withdrawal", date(2023, 8, 3)),
    ("Sjaak Rijke was rescued by French special forces in April 2015.", date(2022, 1, 10), "release", date(2015, 4, 1)),
    ("Gunmen burst into a restaurant in Timbuktu on Friday and dragged away three foreign tourists.", date(2011, 11, 26), "abduction", date(2011, 11, 25)),
    ("In September 2010 gunmen took seven employees of a French nuclear group from Arlit.", date(2022, 1, 10), "abduction", date(2010, 9, 1)),
    ("The talks held in Nioro on 21 and 22 March brought together a government delegation and intermediaries.", date(2026, 3, 27), "diplomatic_call", date(2026, 3, 21)),
    ("Talks were held at Nioro du Sahel on Saturday.", date(2026, 3, 24), "diplomatic_call", date(2026, 3, 21)),
    ("The Mauritanian army held live-fire drills near Bassikounou on Sunday.", date(2024, 5, 7), "deployment", date(2024, 5, 5)),
    ("Mauritanian investigators arrived in Mali on Wednesday night, the Mauritanian government said.", date(2022, 3, 17), "investigation", date(2022, 3, 16)),
    ("The Constitutional Court in Bamako on Thursday rejected the requests filed against its ruling on the elections.", date(2020, 5, 8), "court_ruling", date(2020, 5, 7)),
    ("MUJAO took sole control of Gao in late June 2012 after routing the Tuareg rebels of the MNLA, who had seized the town with Islamist allies on March 31, 2012.", date(2013, 2, 11), "territory_seized", date(2012, 3, 31)),
    ("In Timbuktu, where the Islamist group Ansar Dine chased out the MNLA on Monday, shops were looted.", date(2012, 4, 5), "territory_seized", date(2012, 4, 2)),
    ("The army said a column of about 40 vehicles had been dispatched from Kidal on Sunday to reinforce the garrison.", date(2024, 7, 29), "deployment", date(2024, 7, 28)),
    # a list of bodies opened by "the government" is one clause: the date after it is the signing's, not the law's before
    ("The law of 31 March 2016, then the agreement signed by the government, the CMA and the Platform on 19 June 2016, were supposed to allow it.", date(2016, 8, 26), "peace_agreement", date(2016, 6, 19)),
    ("The law of 31 March 2016, then the agreement signed by the government, the CMA and the Platform on 19 June 2016, were supposed to allow it.", date(2016, 8, 26), "legislation", date(2016, 3, 31)),
    ("More than a year after the Bamako signing ceremonies of 15 May and 20 June 2015, the authorities exist only on paper.", date(2016, 8, 26), "peace_agreement", date(2015, 5, 15)),
    ("The CMA handed five GATIA fighters captured in the Edjerer fighting to the Red Cross on Tuesday.", date(2016, 8, 26), "release", date(2016, 8, 23)),
    ("The 15 ambassadors, who arrived in Bamako on Friday, said in a statement they were outraged.", date(2019, 3, 24), "diplomatic_call", date(2019, 3, 22)),
    ("On 12 July in Gao, police fired on a march of young people opposed to the authorities.", date(2016, 8, 26), "protest", date(2016, 7, 12)),
    ("The National Security Council (NSC) met today, Tuesday 12 July 2022, at the Presidential Palace in Abidjan.", date(2022, 7, 12), "diplomatic_call", date(2022, 7, 12)),
    ("Since the first tripartite meeting held here in Lomé on 28 July, the mediator has spared no effort.", date(2022, 9, 3), "diplomatic_call", date(2022, 7, 28)),
    # session 29 (corpora UM–UT): what the blind batch told that no pattern read
    ("Gunmen on pick-ups attacked the post at Tessit, home to a company of the national guard, before dawn on Sunday.", date(2021, 3, 17), "attack", date(2021, 3, 14)),
    ("A band of fighters broke away from the jihadist group Ansar Dine on Monday to set up a movement of their own.", date(2013, 1, 30), "alliance_formed", date(2013, 1, 28)),
    ("In Brussels, a pledging conference for the Sahel opens today under the European Union.", date(2013, 5, 15), "diplomatic_call", date(2013, 5, 15)),
    ("Niger's parliament voted in March to send a battalion to the joint force.", date(2014, 6, 2), "legislation", date(2014, 3, 1)),
    ("The Senate's foreign affairs committee on Tuesday adopted the report of its fact-finding mission to Gao.", date(2016, 2, 4), "report_published", date(2016, 2, 2)),
    ("The Islamic State in the Greater Sahara on Friday claimed the Indelimane camp attack in a message on Telegram.", date(2019, 11, 3), "responsibility_claim", date(2019, 11, 1)),
    ("A new chief of the village, a cousin of the murdered chief, was enthroned on 2 February.", date(2020, 2, 10), "appointment", date(2020, 2, 2)),
    ("The maternity clinic of Dinangourou, shut since the raid, reopened on Wednesday with two midwives.", date(2020, 7, 10), "reopening", date(2020, 7, 8)),
    ("On Monday 3 May, the prefect chaired in Bandiagara a meeting of the local security committee.", date(2021, 5, 6), "diplomatic_call", date(2021, 5, 3)),
    ("The nine gendarmes were buried in Koutiala on Saturday in the presence of the minister.", date(2022, 4, 12), "funeral", date(2022, 4, 9)),
    ("A lorry carrying rice from Segou was stopped by gunmen near Macina on 4 August and its driver taken away.", date(2023, 8, 9), "attack", date(2023, 8, 4)),
    ("The apprentice died of his burns in the Sikasso hospital on 30 October.", date(2025, 11, 2), "casualties", date(2025, 10, 30)),
    ("The Council on Thursday imposed restrictive measures on two colonels of the transition.", date(2024, 2, 10), "sanctions", date(2024, 2, 8)),
    ("On 3 March 2024, the Council listed a senior commander of the Africa Corps under the same regime.", date(2024, 4, 1), "sanctions", date(2024, 3, 3)),
    ("The ECOWAS heads of state met by videoconference on Thursday to weigh the junta's timetable.", date(2022, 3, 27), "diplomatic_call", date(2022, 3, 24)),
    ("The strike was called off after the consultations held by the Prime Minister with the unions on Monday 9 May.", date(2022, 5, 12), "diplomatic_call", date(2022, 5, 9)),
    ("The closure was decided by the Council of Ministers of Wednesday 5 November 2025 after a long debate.", date(2025, 11, 8), "diplomatic_call", date(2025, 11, 5)),
    ("Residents say that on 2 June, three days after the soldiers left, gunmen came back to Niangassadou and burned the granaries.", date(2021, 6, 20), "looting", date(2021, 6, 2)),
    # a date that ends its clause keeps its own event, whatever the aside after it counts
    ("The ambush took place on 14 May, a week after the talks broke down, the mission said.", date(2017, 5, 20), "ambush", date(2017, 5, 14)),
    ("Gendarmes arrested the imam on 2 July, two days before the prayer, and freed him on Friday.", date(2019, 7, 10), "arrest", date(2019, 7, 2)),
    ("The Council of Ministers of 14 March adopted the draft electoral law.", date(2023, 3, 16), "legislation", date(2023, 3, 14)),
    # session 30 (corpora UU–VB): instances listed after "including", a claimed attack dated after
    # the claim's own day, finds of bodies, a state leaving a body, titled office-holders speaking
    ("Gunmen have attacked fuel convoys on the southern roads, including near Bougouni on 3 May and at Kolondieba on 9 May.", date(2025, 5, 20), "attack", date(2025, 5, 9)),
    ("The group published a statement on Thursday claiming an attack on Wednesday on a gendarmerie post near Nioro.", date(2025, 6, 6), "attack", date(2025, 6, 4)),
    ("Soldiers found 9 more bodies near the well on Sunday.", date(2020, 2, 4), "casualties", date(2020, 2, 2)),
    ("Niger said on Monday it was quitting the regional counter-terrorism committee.", date(2025, 3, 19), "organisation_exit", date(2025, 3, 17)),
    ("Interior Minister Daoud Maiga said on Tuesday that the roads to Segou were safe again.", date(2024, 2, 1), "public_statement", date(2024, 1, 30)),
    ("Keita ordered flags to be flown at half-mast on Saturday after the ambush.", date(2019, 6, 3), "mourning", date(2019, 6, 1)),
    ("The prime minister cut short a visit to Paris on Thursday.", date(2021, 4, 10), "diplomatic_call", date(2021, 4, 8)),
    ("About 300 traders marched through the centre of Mopti on Monday.", date(2022, 9, 7), "protest", date(2022, 9, 5)),
    ("The two armies mounted a joint operation named Taanli on 2 March.", date(2018, 3, 20), "offensive", date(2018, 3, 2)),
    ("The acts of violence committed in Segou on 4 and 5 May, during which shops were looted, were condemned.", date(2018, 5, 9), "looting", date(2018, 5, 4)),
    ("The war that followed the French intervention of January 2013 pushed thousands into Mauritania.", date(2016, 1, 5), "intervention", date(2013, 1, 1)),
    ("The ambush of 3 June killed nine soldiers.", date(2019, 6, 10), "casualties", date(2019, 6, 3)),
    ("When the rebels' allies moved south in January 2013, France sent troops.", date(2017, 4, 1), "deployment", date(2013, 1, 1)),
    ("A week after the coup, on 25 August, ECOWAS suspended the country from its bodies.", date(2020, 9, 2), "sanctions", date(2020, 8, 25)),
    ("Government spokesman Abdoulaye Maiga announced the decision on the state broadcaster ORTM on Monday evening.", date(2023, 6, 20), "public_statement", date(2023, 6, 19)),
    ("A decree read on television this afternoon names Colonel Ismael Wague as head of the new commission.", date(2023, 4, 12), "appointment", date(2023, 4, 12)),
    ("The cabinet on Friday adopted new security measures for the capital.", date(2024, 7, 15), "legislation", date(2024, 7, 12)),
    ("His prison term was reduced by three years in May 2019.", date(2020, 1, 10), "court_ruling", date(2019, 5, 1)),
    ("The charity launched an appeal for $3 million on Monday to help displaced families.", date(2024, 9, 25), "aid_pledged", date(2024, 9, 23)),
    ("The Algerian envoy was received in Bamako on Tuesday by President Goita.", date(2024, 1, 20), "diplomatic_call", date(2024, 1, 16)),
    ("Talks between the parties, which opened in Ouagadougou on 8 June, resumed this week.", date(2013, 6, 14), "diplomatic_call", date(2013, 6, 8)),
    # session 30, second batch (corpora VC–VJ)
    ("Proceedings against the three men were opened on 2 October at the anti-terrorism unit.", date(2024, 10, 9), "investigation", date(2024, 10, 2)),
    ("Riot police dispersed a crowd of students outside the university on Tuesday.", date(2023, 3, 2), "protest", date(2023, 2, 28)),
    ("The new prime minister presented his government on Sunday.", date(2024, 11, 26), "appointment", date(2024, 11, 24)),
    ("Two Mirage jets that had flown in from Chad bombed fuel depots near Kidal on Friday.", date(2013, 2, 4), "air_strike", date(2013, 2, 1)),
    ("Niger committed 500 troops to Mali in February 2013.", date(2014, 1, 10), "deployment", date(2013, 2, 1)),
    ("The roadmap adopted on 22 March 2018 is still unapplied.", date(2019, 1, 5), "peace_agreement", date(2018, 3, 22)),
    ("The council took note of the claim of responsibility issued by the Islamic State late on 3 May.", date(2022, 5, 5), "responsibility_claim", date(2022, 5, 3)),
    ("Colonel Sidibe was named on 4 March to command the Gao military zone.", date(2022, 3, 10), "appointment", date(2022, 3, 4)),
    ("The army left its camps at Ber on 13 August, Goundam on 19 August and Ansongo on 2 September.", date(2023, 9, 10), "withdrawal", date(2023, 9, 2)),
    ("The town was back under the army's control on Friday, officials said on Monday.", date(2013, 1, 21), "territory_regained", date(2013, 1, 18)),
    ("The extraordinary session of the bloc held in Accra on 25 March ended without a deal.", date(2022, 3, 28), "diplomatic_call", date(2022, 3, 25)),
    ("- 7 June 2021: a new government is announced in the evening.", date(2021, 6, 30), "appointment", date(2021, 6, 7)),
    # session 31 (corpora VK–VR): passive and elliptic acts, sittings, votes, leaders taken,
    # forces told to go, statements issued and repeated
    ("The last Danish soldiers rolled out of their camp in Menaka on 12 February.", date(2022, 2, 20), "withdrawal", date(2022, 2, 12)),
    ("On 9 October, the Malian flag was raised over the prefecture in Anefis.", date(2023, 10, 12), "territory_regained", date(2023, 10, 9)),
    ("The junta presented Colonel Malick Diaw as its new spokesman on Thursday.", date(2020, 8, 22), "appointment", date(2020, 8, 20)),
    ("The bloc welcomed the formation on 11 June 2021 of a new government.", date(2021, 6, 20), "appointment", date(2021, 6, 11)),
    ("The regional force conducted its second operation, code-named Tiguidou, from 4 to 12 May.", date(2026, 5, 20), "offensive", date(2026, 5, 4)),
    ("The truce had been signed in Kidal on 23 May 2014 under Mauritanian mediation.", date(2015, 2, 1), "ceasefire", date(2014, 5, 23)),
    ("The deal was eventually signed in Algiers on 1 March 2015.", date(2015, 6, 1), "peace_agreement", date(2015, 3, 1)),
    ("The Charter for National Unity adopted in March 2025 calls for dialogue.", date(2025, 6, 2), "legislation", date(2025, 3, 1)),
    ("A decree of 3 April 2024 suspended the parties.", date(2024, 5, 1), "legislation", date(2024, 4, 3)),
    ("Envoys had been recalled in March after a border incident.", date(2024, 6, 1), "ties_cut", date(2024, 3, 1)),
    ("The Council of Ministers, meeting in extraordinary session on Friday, dismissed the governor of Gao.", date(2019, 4, 8), "dismissal", date(2019, 4, 5)),
    ("The MNLA said the insurrection was launched on 17 January 2012 at Menaka.", date(2012, 2, 1), "rebellion", date(2012, 1, 17)),
    ("It condemned the aggression launched on 21 May against its positions.", date(2014, 5, 30), "attack", date(2014, 5, 21)),
    ("Negotiations under Algerian auspices opened in Algiers in July 2014.", date(2015, 1, 10), "diplomatic_call", date(2014, 7, 1)),
    ("The national conference for peace, which closed in Bamako on 2 April, asked for talks with the jihadists.", date(2017, 4, 10), "diplomatic_call", date(2017, 4, 2)),
    ("The consultations, held across the country from 4 to 9 March, drew few parties.", date(2019, 3, 20), "diplomatic_call", date(2019, 3, 4)),
    ("Troops of the UN mission started pulling out of Ber in August.", date(2023, 9, 10), "withdrawal", date(2023, 8, 1)),
    ("The last Chadian peacekeepers rolled out of the Tessalit camp on 21 October.", date(2023, 10, 30), "withdrawal", date(2023, 10, 21)),
    ("Mali's ambassador to Algiers was recalled on Tuesday for consultations.", date(2025, 4, 10), "ties_cut", date(2025, 4, 8)),
    ("The commission's report was handed to the transition president on 28 December.", date(2022, 1, 6), "report_published", date(2021, 12, 28)),
    ("The former minister met foreign diplomats in Dakar in May, his party said.", date(2024, 7, 1), "diplomatic_call", date(2024, 5, 1)),
    ("Junta leader Assimi Goita voted at a school in Kati on Sunday morning.", date(2023, 6, 20), "election", date(2023, 6, 18)),
    ("Soldiers cast their votes a week early, on 11 June, the electoral authority said.", date(2023, 6, 20), "election", date(2023, 6, 11)),
    ("The government asked Sweden to withdraw its officers immediately, in a statement on Monday.", date(2022, 1, 26), "expulsion", date(2022, 1, 24)),
    ("Thousands of supporters packed Independence Square in Bamako on Friday.", date(2022, 1, 16), "protest", date(2022, 1, 14)),
    ("The Joint Force was formally launched in Nouakchott on 2 July 2017.", date(2018, 1, 5), "mission_created", date(2017, 7, 2)),
    ("The hostages were handed over to a government delegation near Kidal late on Friday.", date(2020, 10, 12), "release", date(2020, 10, 9)),
    ("The village chief was taken by unidentified gunmen on 3 March, his family said.", date(2020, 3, 10), "abduction", date(2020, 3, 3)),
    ("On 2 May, French commandos captured Ali Ag Wadossene, a senior leader of AQIM, near Kidal.", date(2014, 5, 20), "arrest", date(2014, 5, 2)),
    ("The army said on Monday it had put out of action Amadou Koufa, the leader of Katiba Macina, near Mopti.", date(2020, 5, 20), "death", date(2020, 5, 18)),
    ("In February France decided to send 220 more soldiers to the Sahel.", date(2020, 3, 1), "deployment", date(2020, 2, 1)),
    ("The Secretary-General condemned the attack on Sunday, and members of the Security Council did the same in a press statement on Monday.", date(2019, 1, 23), "public_statement", date(2019, 1, 21)),
    ("A statement was issued on Sunday by the Malian army.", date(2019, 1, 23), "public_statement", date(2019, 1, 20)),
    ("Our note: JNIM claimed the ambush on Friday evening in a telephone call to a Mauritanian news agency.", date(2018, 7, 1), "responsibility_claim", date(2018, 6, 29)),
    # session 31, second batch (corpora VS–VZ)
    ("The special rapporteur travelled to Gao on 3 May and to Kidal on 5 May.", date(2024, 5, 10), "diplomatic_call", date(2024, 5, 5)),
    ("The Treasury designated two senior Malian officers on Monday for their ties to the group.", date(2023, 7, 26), "sanctions", date(2023, 7, 24)),
    ("EUCAP Sahel Mali was set up in January 2015 to advise the police.", date(2016, 3, 1), "mission_created", date(2015, 1, 1)),
    ("The mission's mandate was extended in June until the end of the year.", date(2023, 7, 1), "mission_renewed", date(2023, 6, 1)),
    ("The bloc suspended all training of Malian units on Thursday.", date(2022, 4, 16), "sanctions", date(2022, 4, 14)),
    ("Sweden ended its participation in MINUSMA in June 2022.", date(2022, 9, 1), "withdrawal", date(2022, 6, 1)),
    ("On Saturday the French handed Camp Tessalit, their last base in the north, over to the Malian army.", date(2021, 11, 15), "withdrawal", date(2021, 11, 13)),
    ("The Security Council voted on Friday to end the mission's mandate.", date(2023, 7, 3), "mission_ended", date(2023, 6, 30)),
    ("On Monday the envoy was received by the Prime Minister at the Primature.", date(2024, 2, 8), "diplomatic_call", date(2024, 2, 5)),
    ("The road to Boni was blocked by the jihadists on 3 March, residents said.", date(2019, 3, 20), "blockade", date(2019, 3, 3)),
    ("The road to Boni has been cut off by the jihadists since 3 March, residents said.", date(2019, 3, 20), "blockade", date(2019, 3, 3)),
    # session 32 (corpora WA–WH): political and diplomatic acts told in wire copy, statements
    # issued, strikes called off, masts destroyed, a second verb sharing the first one's date
    ("The rebel coalition added its initials to the accord on 14 May.", date(2015, 6, 1), "peace_agreement", date(2015, 5, 14)),
    ("Security arrangements agreed in Algiers on 5 June cleared the way for the signing.", date(2015, 6, 21), "peace_agreement", date(2015, 6, 5)),
    ("Riot police fired live rounds at crowds outside the mosque on Saturday, witnesses said.", date(2020, 7, 13), "attack", date(2020, 7, 11)),
    ("- 15-19 July 2020: A former Nigerian president leads a regional mediation in Bamako.", date(2021, 1, 5), "diplomatic_call", date(2020, 7, 15)),
    ("The retired colonel was chosen on Monday by a college of electors named by the junta.", date(2020, 9, 23), "appointment", date(2020, 9, 21)),
    ("- 28 May 2021: The Constitutional Court names Goita interim president.", date(2021, 6, 10), "appointment", date(2021, 5, 28)),
    ("The foreign ministry on Friday called the allegations of abuse \"baseless\".", date(2022, 4, 10), "public_statement", date(2022, 4, 8)),
    ("The Security Council established MINUSMA in April 2013 to stabilise the north.", date(2020, 1, 10), "mission_created", date(2013, 4, 1)),
    ("A meeting was held on Tuesday with the transport minister, the union said.", date(2026, 3, 14), "diplomatic_call", date(2026, 3, 10)),
    ("Escorted fuel convoys resumed on the Kayes road on 2 May, hauliers said.", date(2026, 5, 5), "reopening", date(2026, 5, 2)),
    ("The hauliers' union called off its strike on 29 April.", date(2026, 5, 2), "protest", date(2026, 4, 29)),
    ("Traffic returned after the truckers lifted the strike they began on 16 March.", date(2026, 5, 2), "protest", date(2026, 3, 16)),
    ("Three telephone masts outside Macina were sabotaged in February, the operator said.", date(2026, 3, 20), "attack", date(2026, 2, 1)),
    ("In July 2025 the transitional council granted the general a renewable five-year term.", date(2026, 1, 10), "appointment", date(2025, 7, 1)),
    ("The government dissolved the militia on Sunday and replaced its top army commanders.", date(2019, 3, 26), "dismissal", date(2019, 3, 24)),
    ("Dan Na Ambassagou issued the following statement on Friday afternoon.", date(2019, 4, 20), "public_statement", date(2019, 4, 19)),
    ("The prime minister flew by helicopter to the stricken village on Tuesday.", date(2019, 6, 13), "diplomatic_call", date(2019, 6, 11)),
    ("The old cabinet collapsed on 18 April after a censure motion was tabled.", date(2019, 7, 1), "resignation", date(2019, 4, 18)),
    ("MINUSMA's chief briefed the UN Security Council on 29 March.", date(2019, 4, 5), "public_statement", date(2019, 3, 29)),
    ("On Friday the Council renewed the mission for another twelve months.", date(2019, 7, 2), "mission_renewed", date(2019, 6, 28)),
    ("Soldiers set up a post in the village in April, the mayor said.", date(2019, 7, 1), "deployment", date(2019, 4, 1)),
    ("France launched military operations in Mali on 11 January at Bamako's request.", date(2013, 3, 1), "offensive", date(2013, 1, 11)),
    ("French jets went into action against the rebel columns on Friday.", date(2013, 1, 12), "offensive", date(2013, 1, 11)),
    ("Niger's parliament on 17 January approved the dispatch of 500 soldiers.", date(2013, 1, 20), "deployment", date(2013, 1, 17)),
    ("President Amadou Toumani Touré urged calm in a televised address on Wednesday night.", date(2012, 2, 3), "public_statement", date(2012, 2, 1)),
    ("The count of the dead of the attack on the village of Koulogon, commune of Bankass, Mopti region, carried out during the night of Monday 31 December, is complete.", date(2019, 1, 5), "attack", date(2018, 12, 31)),
    ("The union recalls the address of Saturday evening, in which the President announced the dissolution of the Constitutional Court.", date(2020, 7, 14), "dissolution", date(2020, 7, 11)),
    ("The sub-prefect was abducted in May 2018 and freed in February after nine months in captivity.", date(2019, 3, 20), "release", date(2019, 2, 1)),
    ("Al-Mourabitoun merged with other groups in March 2017 to form JNIM.", date(2020, 1, 10), "alliance_formed", date(2017, 3, 1)),
    ("Less than a fifth of the sums pledged at the Brussels donors' conference of May 2013 has arrived.", date(2014, 1, 10), "diplomatic_call", date(2013, 5, 1)),
    ("The law creating the new regions was only adopted in March 2016.", date(2016, 6, 1), "legislation", date(2016, 3, 1)),
    ("The state of emergency lapsed on 1 December and was reinstated on 21 December 2015 until 31 March 2016.", date(2016, 1, 5), "curfew", date(2015, 12, 21)),
    ("The Security Council approved an African-led force on Dec. 20.", date(2013, 1, 11), "mission_created", date(2012, 12, 20)),
    ("MUJAO had held Gao since June 2012, when its fighters drove the separatists of the MNLA out of the city.", date(2013, 1, 30), "territory_seized", date(2012, 6, 1)),
    # session 32, second batch (corpora WI–WP): justice, inquiries, videos, suspensions
    ("The accused's first appearance before the court took place on 4 April 2018.", date(2020, 7, 14), "court_ruling", date(2018, 4, 4)),
    ("The charges against him were confirmed by the judges on 30 September 2019.", date(2020, 7, 14), "court_ruling", date(2019, 9, 30)),
    ("The trial was held from 22 to 24 August; the defendant pleaded guilty.", date(2016, 9, 27), "court_ruling", date(2016, 8, 22)),
    ("- 8 December 2016: the court adjourns the trial pending DNA tests.", date(2021, 6, 1), "court_ruling", date(2016, 12, 8)),
    ("Herders found the graves on Saturday outside the village, the association said.", date(2018, 6, 19), "mass_killing", date(2018, 6, 16)),
    ("The minister dispatched a fact-finding mission to the area on Monday.", date(2018, 6, 20), "investigation", date(2018, 6, 18)),
    ("An investigation team of the mission travelled to the area from 25 to 29 May.", date(2018, 6, 26), "investigation", date(2018, 5, 25)),
    ("An Italian priest taken in September 2018 was among those freed.", date(2020, 10, 9), "abduction", date(2018, 9, 1)),
    ("On the night of 3 to 4 December 2013, the judge carried out an exhumation near Diago.", date(2014, 1, 5), "investigation", date(2013, 12, 3)),
    ("The prisoners were taken out of the camp on the night of 2 to 3 May 2012.", date(2013, 12, 5), "abduction", date(2012, 5, 2)),
    ("The court invoked the law of national understanding of 24 July 2019.", date(2021, 3, 17), "legislation", date(2019, 7, 24)),
    ("He was handed over following an arrest warrant issued on 27 March 2018.", date(2018, 4, 1), "court_ruling", date(2018, 3, 27)),
    ("The situation was referred to the Court by the government in July 2012.", date(2013, 1, 20), "investigation", date(2012, 7, 1)),
    ("The junta, which came to power in August 2020, denies the claims.", date(2023, 9, 20), "coup", date(2020, 8, 1)),
    ("The agency decided to suspend all of its activities in the Menaka region on Monday.", date(2026, 2, 18), "closure", date(2026, 2, 16)),
    ("Koufa's group joined other jihadist groups to form JNIM in March 2017.", date(2019, 1, 10), "alliance_formed", date(2017, 3, 1)),
    ("A video released by JNIM on Saturday claimed the attack on the convoy.", date(2018, 5, 14), "responsibility_claim", date(2018, 5, 12)),
    # corpora WQ–WX: calls, meetings, reopenings, devices, lines broken through, a mission's end, decrees, signatories, media bans, strikes
    ("The defence minister was informed of the release by his Nigerien counterpart by telephone on Monday morning.", date(2024, 3, 6), "diplomatic_call", date(2024, 3, 4)),
    ("Ouagadougou, which the army and its Burkinabe allies entered on 3 May 2024, was calm.", date(2024, 5, 10), "territory_seized", date(2024, 5, 3)),
    ("The UN envoy met the Minister of Defence, Sadio Camara, in Bamako on Friday to review the next stages of the handover.", date(2024, 3, 6), "diplomatic_call", date(2024, 3, 1)),
    ("The health centre's school reopened on Monday after three months.", date(2024, 3, 6), "reopening", date(2024, 3, 4)),
    ("The charity resumed its operations in the Gao region on Tuesday.", date(2024, 3, 6), "reopening", date(2024, 3, 5)),
    ("On Wednesday a roadside device damaged a supply truck north of Anefis.", date(2024, 3, 8), "explosive_device", date(2024, 3, 6)),
    ("After breaking through the rebels' defensive lines south of Kidal on 12 November, the column pressed on.", date(2023, 11, 20), "offensive", date(2023, 11, 12)),
    ("The mission's drawdown began on 1 July.", date(2023, 7, 20), "withdrawal", date(2023, 7, 1)),
    ("A ceremony at the mission's headquarters lowered the UN flag on 11 December.", date(2023, 12, 20), "mission_ended", date(2023, 12, 11)),
    ("The bridge, damaged by an act of sabotage on 3 October 2025, is being rebuilt.", date(2026, 3, 2), "looting", date(2025, 10, 3)),
    ("The findings of the inspection, handed to the Head of State on 12 February, were not published.", date(2026, 3, 2), "report_published", date(2026, 2, 12)),
    ("The group cut off Timbuktu from August 2023 and blockaded Boni in 2022.", date(2024, 1, 10), "blockade", date(2023, 8, 1)),
    ("The council welcomed the arrest by Malian forces, on 25 October, of two suspects.", date(2023, 10, 27), "arrest", date(2023, 10, 25)),
    ("The peacekeeping mission, which had 15,000 troops at its peak, formally closed on Dec. 31.", date(2024, 1, 15), "mission_ended", date(2023, 12, 31)),
    ("Gendarmes arrested four men last week over the attack on a bus on 10 March.", date(2025, 6, 10), "arrest", date(2025, 6, 2)),
    ("Gendarmes arrested four men last week over the attack on a bus on 10 March.", date(2025, 6, 10), "attack", date(2025, 3, 10)),
    ("In a decree signed on Tuesday and read on state television, the President appointed a new governor of the Kidal region.", date(2023, 11, 16), "appointment", date(2023, 11, 14)),
    ("Jihadists besieged Boni, in the Mopti region, for several months in 2022.", date(2025, 11, 1), "blockade", date(2022, 1, 1)),
    ("The accord was signed by the government on May 15, 2015, and by the rebel Coordination of Azawad Movements (CMA) on June 20 that year.", date(2024, 2, 1), "peace_agreement", date(2015, 6, 20)),
    ("The bloc recalled the coups d'État of August 2020 and May 2021.", date(2024, 2, 1), "coup", date(2021, 5, 1)),
    ("Every school in the region was closed from 19 March to 2 June 2020 because of Covid-19.", date(2025, 11, 1), "closure", date(2020, 3, 19)),
    # corpora WU–WX
    ("The envoy urged respect for the Algiers Declaration signed by three of the movements on 9 June 2014.", date(2014, 7, 17), "peace_agreement", date(2014, 6, 9)),
    ("The regional force transferred its authority to the UN mission on 1 July 2013.", date(2014, 7, 17), "mission_created", date(2013, 7, 1)),
    ("The movement recalled the proclamation of independence on 6 April 2012.", date(2014, 5, 22), "independence_declared", date(2012, 4, 6)),
    ("On Thursday the regulator banned the daily Le Républicain for a month.", date(2026, 3, 27), "media_suspended", date(2026, 3, 26)),
    ("Its editor was summoned by the police in Gao on 20 March and held for two days.", date(2026, 3, 27), "arrest", date(2026, 3, 20)),
    ("The union held a general strike on Monday in the northern regions.", date(2026, 4, 15), "protest", date(2026, 4, 13)),
    ("The aid flight was grounded on Tuesday morning by the airport authorities.", date(2026, 4, 15), "closure", date(2026, 4, 14)),
    ("The faction, which broke away from al-Mourabitoun in May 2015, pledged allegiance to the Islamic State.", date(2016, 1, 10), "alliance_formed", date(2015, 5, 1)),
    ("Fighters broke open the gates of the Sidi Yahia mosque on Monday.", date(2012, 7, 4), "looting", date(2012, 7, 2)),
    ("Envoys of the mediation met their leaders in Kidal on 18 July.", date(2012, 7, 30), "diplomatic_call", date(2012, 7, 18)),
    ("The appeals chamber cut his sentence by two years in November 2021.", date(2022, 3, 1), "court_ruling", date(2021, 11, 1)),
    ("On September 10 the group cut off a hand and a foot from each of five men.", date(2012, 9, 20), "attack", date(2012, 9, 10)),
    ("A liquidation phase began on 1 January 2024.", date(2024, 6, 28), "mission_ended", date(2024, 1, 1)),
    ("At the cement factory, production partly resumed on Monday with a reduced team.", date(2025, 7, 10), "reopening", date(2025, 7, 7)),
    # camps handed over each on its own day; a meeting "held" on a day; charges brought; a visit and a memorandum
    # told as nouns; a group formed in an aside; a state of emergency "first declared"; a named
    # leader killed in the active voice (corpora WY-XB)
    ("Since February, the forces have handed over the camps of Gossi, on 19 April 2022, Ménaka, on 13 June 2022, and Gao today.", date(2022, 8, 15), "withdrawal", date(2022, 6, 13)),
    ("Talks have moved on since the meeting held in Lomé on 28 July 2022 between the two delegations.", date(2022, 9, 3), "diplomatic_call", date(2022, 7, 28)),
    ("The lawyers contest the charges brought on 15 August 2022 by the public prosecutor.", date(2022, 9, 3), "court_ruling", date(2022, 8, 15)),
    ("The ministers recalled the visit of the Mauritanian defence minister to Bamako in April 2024.", date(2026, 5, 14), "diplomatic_call", date(2024, 4, 1)),
    ("They recalled the memorandum on border security signed in Nouakchott on 4 March 2025.", date(2026, 5, 14), "peace_agreement", date(2025, 3, 4)),
    ("A spokesman for the ANSIPRJ, a group formed in June, told AFP it had attacked the camp.", date(2016, 7, 19), "alliance_formed", date(2016, 6, 1)),
    ("The state of emergency, first declared on November 20, 2015, remains in force.", date(2016, 3, 21), "curfew", date(2015, 11, 20)),
    ("French troops killed AQIM leader Abdelmalek Droukdel in northern Mali in June 2020.", date(2022, 8, 15), "death", date(2020, 6, 1)),
    ("Mali's junta, which seized power in coups in 2020 and 2021, has promised elections, but in July last year it granted interim President Assimi Goita a renewable five-year mandate.", date(2026, 1, 22), "appointment", date(2025, 7, 1)),
    ("It recalls that GATIA has occupied Anefis since 17 August 2015 in defiance of the mediation.", date(2016, 8, 13), "territory_seized", date(2015, 8, 17)),
    ("It follows the high-level meeting of the Agreement Monitoring Committee (CSA), held in Bamako on 10 February 2017, which adopted a timetable.", date(2017, 3, 1), "diplomatic_call", date(2017, 2, 10)),
    ("The report of the commission of inquiry, handed to the Government in October, counted three dead.", date(2017, 3, 3), "report_published", date(2016, 10, 1)),
    ("Armed youths of the CJA, a group that broke away from the CMA in October 2016, blocked the assembly.", date(2017, 3, 31), "alliance_formed", date(2016, 10, 1)),
    ("The Security Council extended the mandate of MINUSMA until 30 June 2015 on Wednesday.", date(2014, 10, 10), "mission_renewed", date(2014, 10, 8)),
]


def test_a_second_verb_shares_the_first_ones_day_unless_it_has_a_time_of_its_own_or_closes_a_relative_clause():
    def dated(text, published, event_type):
        records = process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        return {m.start_date for m in records["mentions"] if m.event_type == event_type}
    assert dated("A captain was arrested in June and released after four months, his lawyer says.", date(2013, 10, 1), "release") <= {None}
    assert date(2022, 8, 1) in dated("The junta pushed out the French, who completed their withdrawal in August 2022, and asked the UN to leave.", date(2024, 1, 10), "withdrawal")


@pytest.mark.parametrize("text, published, event_type, start", CASES)
def test_a_news_phrasing_is_an_event_of_its_type_on_the_day_its_sentence_gives(text, published, event_type, start):
    records = process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert start in [m.start_date for m in records["mentions"] if m.event_type == event_type]


def test_a_bulletin_item_headed_by_its_kicker_and_day_dates_what_it_tells_and_a_dateline_dates_nothing():
    text = ("* KATI, late on Wednesday 12 November. Gunmen abducted four employees of a road-building company.\n\n"
            "* KATI, JULY 22 - Two car bombs exploded at the gates of the military base at dawn.\n\n"
            "BAMAKO, July 23 - Gunmen killed three soldiers in Kati, the army said.")
    records = process_article(Article("t", "t.txt", date(2025, 11, 18), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    found = {(m.event_type, m.start_date) for m in records["mentions"]}
    assert ("abduction", date(2025, 11, 12)) in found and ("suicide_bombing", date(2025, 7, 22)) in found
    assert ("casualties", date(2025, 7, 23)) not in found


def test_decisions_listed_under_a_dated_lead_take_its_day():
    text = ("The Council of Ministers, meeting on Sunday 24 March 2019, adopted the following measures:\n"
            "- the dissolution of the association \"Dan Na Ambassagou\";\n"
            "- the relief from their duties of the Chief of General Staff, General M'Bemba Moussa Keita;\n"
            "- the appointment of General Abdoulaye Coulibaly as Chief of General Staff.\n\nThe dissolution was welcomed.")
    records = process_article(Article("t", "t.txt", date(2019, 3, 25), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    found = {(m.event_type, m.start_date) for m in records["mentions"]}
    assert {("dissolution", date(2019, 3, 24)), ("dismissal", date(2019, 3, 24)), ("appointment", date(2019, 3, 24))} <= found


def test_only_decisions_and_a_summarys_period_date_the_items_listed_under_them():
    text = ("Key events since the coup of 18 August 2020:\n- the resignation of President Keita;\n- the dissolution of the National Assembly.\n\n"
            "On 16 June 2023, the minister made the following demands:\n- the withdrawal of the mission.")
    records = process_article(Article("t", "t.txt", date(2023, 9, 1), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert not [m for m in records["mentions"] if m.event_type in ("resignation", "dissolution", "withdrawal") and m.start_date is not None]
    text = "5. Summary of operations between 11 and 17 November 2019:\n- Boni area: units neutralised seven terrorists and seized two motorcycles."
    records = process_article(Article("t", "t.txt", date(2019, 11, 20), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert (date(2019, 11, 11), date(2019, 11, 17)) in {(m.start_date, m.end_date) for m in records["mentions"]}


def test_a_camp_taken_over_a_leader_who_came_to_power_and_strikes_of_health_workers_are_no_coups_or_air_strikes():
    for text, kind in (("Malian soldiers took over on Sunday the camp vacated by MINUSMA in Ber.", "coup"),
                       ("Bazoum, who came to power on 2 April 2021, was overthrown in a coup on 26 July 2023.", "coup"),
                       ("Health workers in Gao carried out strikes on Monday to demand unpaid wages.", "air_strike"),
                       ("The first fighters arrived on motorbikes and opened fire on the market.", "deployment")):
        records = process_article(Article("t", "t.txt", date(2023, 11, 20), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        dates = [m.start_date for m in records["mentions"] if m.event_type == kind]
        assert set(dates) <= {None, date(2023, 7, 26)}, text  # only Bazoum's overthrow is a dated coup


def test_labour_strikes_cattle_seized_from_smugglers_and_acts_of_another_subject_are_no_dated_events():
    for text, kind in (("Teachers carried out strikes in Bamako on Monday.", "air_strike"),
                       ("Customs officers seized 300 head of cattle being smuggled into Burkina Faso on Friday.", "looting"),
                       ("Families fled on foot on Monday, taking away their goats.", "looting")):
        records = process_article(Article("t", "t.txt", date(2023, 11, 20), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        assert kind not in [m.event_type for m in records["mentions"]], text
    for text, kind in (("On Monday, the army said it had repelled an attack near Lere. It killed 20 militants.", "casualties"),
                       ("On Saturday, the defence ministry said the rebels had been routed. They withdrew from Anefis after heavy fighting.", "withdrawal")):
        records = process_article(Article("t", "t.txt", date(2023, 11, 20), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        assert [m.start_date for m in records["mentions"] if m.event_type == kind] in ([], [None]), text


def test_a_threat_to_kill_and_a_pronoun_that_did_not_act_are_no_dated_events():
    text = "On 20 June, men who said they belonged to the Islamic State ordered the residents of the camps to leave within three days or be killed."
    records = process_article(Article("t", "t.txt", date(2022, 8, 18), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert {m.tense for m in records["mentions"] if m.event_type == "casualties"} <= {"future"}
    text = "On Monday, the army said it had repelled an attack. It did not mention the kidnappings."
    records = process_article(Article("t", "t.txt", date(2025, 10, 29), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.start_date for m in records["mentions"] if m.event_type == "abduction"] in ([], [None])


def test_an_offset_before_a_clause_with_a_day_of_its_own_adds_no_other_day():
    text = "The strike came a day after two soldiers were killed on Saturday, and six days after three others died in a blast near Hombori on Dec. 28."
    records = process_article(Article("t", "t.txt", date(2021, 1, 7), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert date(2020, 12, 27) not in {t["start"] for t in records["timexes"]} | {str(t["start"]) for t in records["timexes"]}


def test_an_offset_gives_way_to_the_day_written_after_it_but_not_to_another_clauses():
    text = "Troops entered Menaka on 24 January 2022. The northern rebellion had opened a week earlier, on 17 January 2012, with an attack on the town."
    records = process_article(Article("t", "t.txt", date(2022, 2, 1), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert "2022-01-17" not in {str(t["start"]) for t in records["timexes"]}
    text = "Kidal fell on 30 March, Gao the following day and Timbuktu on 1 April."
    records = process_article(Article("t", "t.txt", date(2013, 3, 1), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert "2012-03-31" in {str(t["start"]) for t in records["timexes"]}


def test_soldiers_who_took_power_again_in_two_months_staged_two_coups():
    for text in ("Soldiers took power again in August 2020 and May 2021.", "Two coups followed, in August 2020 and May 2021, and the new authorities turned to Russia."):
        records = process_article(Article("t", "t.txt", date(2023, 6, 26), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        coups = [m for m in records["mentions"] if m.event_type == "coup"]
        assert sorted(m.start_date for m in coups) == [date(2020, 8, 1), date(2021, 5, 1)], text


def test_an_ambush_being_prepared_is_no_event_that_happened():
    text = "The army said on Monday that air strikes had killed about 30 fighters preparing an ambush near Kolokani on Saturday."
    records = process_article(Article("t", "t.txt", date(2025, 10, 28), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert {m.tense for m in records["mentions"] if m.event_type == "ambush"} <= {"future"}


def test_a_town_that_fell_is_the_place_and_prices_that_fell_are_no_event():
    records = process_article(Article("t", "t.txt", date(2024, 4, 12), "en", {}, "0" * 64, "Headline\n\nKidal fell on 14 November 2023.\n"))
    assert [(m.event_type, m.place_id) for m in records["mentions"]] == [("territory_seized", "kidal")]
    records = process_article(Article("t", "t.txt", date(2024, 4, 12), "en", {}, "0" * 64, "Headline\n\nPrices fell on Monday in Gao, and Mopti fell silent.\n"))
    assert records["mentions"] == []


def test_a_strike_on_monday_and_the_boldest_strike_on_the_city_are_no_air_strikes():
    for text in ("Teachers began a strike on Monday.", "It was the boldest strike on the city for years.", "They went on hunger strike on a Tuesday.", "Dockers called a strike on January 3."):
        records = process_article(Article("t", "t.txt", date(2024, 9, 20), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        assert "air_strike" not in [m.event_type for m in records["mentions"]], text


def test_a_village_of_an_unregistered_name_places_the_raid_there():
    records = process_article(Article("t", "t.txt", date(2020, 7, 8), "en", {}, "0" * 64, "Headline\n\nOn Monday evening, armed men raided the Bambara village of Sarakala-Coura.\n"))
    assert [(m.event_type, m.place_basis) for m in records["mentions"]] == [("attack", "unregistered")]


def test_to_follow_a_convoy_repeats_no_event():
    records = process_article(Article("t", "t.txt", date(2024, 9, 1), "en", {}, "0" * 64, "Headline\n\nThe army followed the convoy on Monday.\n"))
    assert records["mentions"] == []


def test_an_opening_date_before_a_clause_with_a_verb_dates_no_later_event():
    text = "Headline\n\nOn Saturday the government revised the toll to 53 soldiers, making it one of the deadliest attacks.\n"
    records = process_article(Article("t", "t.txt", date(2019, 11, 5), "en", {}, "0" * 64, text))
    assert [m.start_date for m in records["mentions"] if m.event_type == "attack"] in ([], [None])


def test_bodies_brought_in_are_no_deployment_and_a_later_toll_dates_no_bomb():
    text = "Headline\n\nA doctor says 23 bodies have now been brought in - 14 soldiers and nine civilians.\n"
    assert process_article(Article("t", "t.txt", date(2026, 2, 11), "en", {}, "0" * 64, text))["mentions"] == []
    text = "Headline\n\nOn Saturday a corporal was killed when his vehicle struck a roadside bomb, the Elysee said, bringing to 38 the number of French soldiers killed since 2013.\n"
    dated = [m.start_date for m in process_article(Article("t", "t.txt", date(2019, 11, 5), "en", {}, "0" * 64, text))["mentions"] if m.event_type == "explosive_device"]
    assert date(2013, 1, 1) not in dated


def test_a_when_clause_with_a_date_of_its_own_keeps_it_and_uncounted_shells_add_no_event():
    text = "Headline\n\nGoita first came to power in August 2020, when officers toppled President Ibrahim Boubacar Keita, and tightened his hold in a second coup in May 2021.\n"
    coups = sorted(m.start_date for m in process_article(Article("t", "t.txt", date(2025, 10, 1), "en", {}, "0" * 64, text))["mentions"] if m.event_type == "coup")
    assert coups == [date(2020, 8, 1), date(2021, 5, 1)]
    text = "Headline\n\nResidents reported that shells landed in the city, wounding at least six civilians.\n"
    assert "shelling" not in [m.event_type for m in process_article(Article("t", "t.txt", date(2025, 6, 5), "en", {}, "0" * 64, text))["mentions"]]


def test_weapons_taken_from_soldiers_are_no_abduction():
    records = process_article(Article("t", "t.txt", date(2020, 7, 8), "en", {}, "0" * 64, "Headline\n\nRifles, taken from Malian soldiers in 2019, were shown on Monday.\n"))
    assert "abduction" not in [m.event_type for m in records["mentions"]]


def test_to_take_a_town_back_by_force_ends_no_mission():
    records = process_article(Article("t", "t.txt", date(2024, 4, 12), "en", {}, "0" * 64, "Headline\n\nThe attempt to take the town back by force ended badly in May 2014.\n"))
    assert "mission_ended" not in [m.event_type for m in records["mentions"]]


def test_a_capital_that_acts_speaks_for_its_government_and_shares_it_down_a_list_of_verbs():
    text = "Headline\n\nOn Monday, Algiers dismissed the accusations, recalled its ambassadors to Mali and Niger.\n"
    records = process_article(Article("t", "t.txt", date(2025, 4, 8), "en", {}, "0" * 64, text))
    assert [m.actor_ids for m in records["mentions"] if m.event_type == "ties_cut"] == [("algeria",)]
    text = "Headline\n\nTalks in Algiers ended on Monday and residents of Bamako said the curfew was lifted.\n"
    records = process_article(Article("t", "t.txt", date(2025, 4, 8), "en", {}, "0" * 64, text))
    assert not any({"algeria", "mali_junta"} & set(m.actor_ids) for m in records["mentions"])


def test_a_decision_a_saying_announces_is_dated_by_it_and_is_one_row():
    text = "Headline\n\nFrance on Thursday announced the withdrawal of its troops from Mali, the Elysee said.\n"
    records = process_article(Article("t", "t.txt", date(2022, 2, 19), "en", {}, "0" * 64, text))
    assert [(m.event_type, m.date_basis, m.start_date) for m in records["mentions"]] == [("withdrawal", "announced", date(2022, 2, 17))]
    text = "Headline\n\nThe army announced the capture of Kidal on Thursday.\n"  # a capture announced had happened: no decision
    records = process_article(Article("t", "t.txt", date(2023, 11, 18), "en", {}, "0" * 64, text))
    assert "announced" not in [m.date_basis for m in records["mentions"]]


def test_one_subject_doing_two_things_under_an_opening_date_is_no_second_dated_act():
    text = "Headline\n\nOn July 1, militants stormed a cement factory near Diboli and took three Indian workers hostage.\n"
    records = process_article(Article("t", "t.txt", date(2025, 7, 3), "en", {}, "0" * 64, text))
    assert [(m.event_type, m.start_date) for m in records["mentions"]] == [("attack", date(2025, 7, 1)), ("abduction", None)]


def test_a_foreign_capital_that_speaks_or_owns_is_its_government_not_a_place():
    text = "Headline\n\nParis said it had killed about 30 jihadists. It was Moscow's worst setback since the Tinzaouaten battle of July 2024.\n"
    records = process_article(Article("t", "t.txt", date(2025, 5, 1), "en", {}, "0" * 64, text))
    assert [c.claimant_id for c in records["claims"]] == ["france"]
    assert "moscow" not in [m.place_id for m in records["mentions"]]


def test_a_date_in_another_that_clause_of_the_saying_does_not_date_the_fighting():
    text = ("Headline\n\nAn elected official said the fighting lasted from early morning until the middle of the afternoon "
            "and that shops in Bourem stayed shut on Wednesday.\n")
    records = process_article(Article("t", "t.txt", date(2023, 9, 14), "en", {}, "0" * 64, text))
    assert [m.start_date for m in records["mentions"] if m.event_type == "armed_clash"] == [None]


def test_wire_copy_classes_of_corpus_bl():
    def mentions(text, published):
        return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, "Headline\n\n" + text + "\n"))["mentions"]
    # the subject right before the verb is its agent, not a force named earlier in the clause
    found = mentions("He said nine soldiers had died since the jihadists overran the post on March 3.", date(2019, 3, 9))
    assert [m.event_type for m in found if m.trigger == "overran"] == ["territory_seized"]
    # an agency told the news is no actor of the event
    found = mentions("A spokesman told Reuters by phone that troops entered the town on Sunday.", date(2019, 3, 12))
    assert all("reuters" not in m.actor_ids for m in found)
    # "the town whose capture": the town, not the country named after it
    found = mentions("Soldiers retook Diabaly, the town whose capture on Monday prompted France to send troops.", date(2013, 1, 20))
    assert {m.place_id for m in found if m.trigger == "capture"} == {"diabaly"}
    # a correction note's own date dates nothing; two capitals joined by "between" are governments
    found = mentions("Correction, August 5, 2024: An earlier version said the fighting began on July 24.", date(2024, 8, 5))
    assert [m.start_date for m in found if m.event_type == "armed_clash"] != [date(2024, 8, 5)]
    found = mentions("Ties between Bamako and Algiers have soured since the 2012 uprising.", date(2025, 4, 9))
    assert {m.place_id for m in found} == {None}
    # elections a transition leads to are a plan
    found = mentions("The officers said on Wednesday they would oversee a transition leading to elections.", date(2020, 8, 20))
    assert [m.tense for m in found if m.event_type == "election"] == ["future"]


def test_a_possessive_past_and_a_page_stamp_date_nothing_of_the_clause():
    def mentions(text, published):
        return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, text))["mentions"]
    found = mentions("Headline\n\nIn Bamako on Friday, soldiers loyal to the leader of last year's coup attacked the camp.\n", date(2013, 2, 11))
    assert [m.start_date for m in found if m.event_type == "coup"] != [date(2013, 2, 8)]
    found = mentions("Troops regain control of Gao after street battle 2013-02-11 21:47:05 | Editor: Desk\n\nFighting went on.\n", date(2013, 2, 12))
    assert [m.start_date for m in found if m.trigger == "battle"] == [None]


def test_second_review_dates_kept():
    def mentions(text, published):
        return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, "Headline\n\n" + text + "\n"))["mentions"]
    # "this week's mutiny … began on Tuesday" keeps its day; a stamp inside a sentence still dates; AP abbreviations are no place
    assert [m.start_date for m in mentions("This week's mutiny at the Kati camp began on Tuesday morning.", date(2020, 8, 20)) if m.event_type == "mutiny"] == [date(2020, 8, 18)]
    assert [m.start_date for m in mentions("Drone strikes on Dec. 3 killed 20 civilians near Gao.", date(2023, 12, 5)) if m.event_type == "air_strike"] == [date(2023, 12, 3)]



def test_a_place_attacked_told_as_the_subject_is_the_place_unless_an_aside_ends_with_it():
    def mentions(text, published):
        return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, "Headline\n\n" + text + "\n"))["mentions"]
    found = mentions("Eleven months after the massacre, Ogossagou has been attacked again.", date(2020, 2, 15))
    assert "ogossagou" in {m.place_id for m in found if m.event_type == "attack"}
    found = mentions("The army says its post at Bamba, in the Bourem district of the Gao region, was attacked early in the day.", date(2023, 9, 8))
    assert "gao_region" not in {m.place_id for m in found if m.event_type == "attack"}
    found = mentions("Few families have gone back to Gao, which was retaken on 26 January.", date(2013, 3, 1))
    assert {m.place_id for m in found if m.event_type == "territory_regained"} == {"gao"}


def test_fighting_named_as_a_frame_is_not_dated_by_the_next_clause():
    found = process_article(Article("t", "t.txt", date(2024, 9, 18), "en", {}, "0" * 64, "Headline\n\nCommercial flights, halted during the fighting, resumed on Wednesday morning, an airport official said.\n"))["mentions"]
    assert [m.start_date for m in found if m.event_type == "armed_clash"] in ([], [None])


def test_a_date_after_a_saying_on_a_medium_is_the_saying_s():
    found = process_article(Article("t", "t.txt", date(2019, 11, 4), "en", {}, "0" * 64, "Headline\n\nThe government spokesman said on Twitter late Saturday that 53 soldiers had been killed.\n"))["mentions"]
    assert [m.date_basis for m in found if m.event_type == "casualties"] == ["reported"]


def test_silence_about_an_attack_and_messages_posted_date_no_attack():
    def mentions(text, published):
        return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, "Headline\n\n" + text + "\n"))["mentions"]
    found = mentions("The general staff has issued no statement on the attack and did not answer requests for comment on Monday.", date(2025, 5, 27))
    assert [m.start_date for m in found if m.event_type == "attack"] == [None]
    found = mentions("JNIM said in messages posted over the weekend that its fighters had killed dozens of soldiers.", date(2025, 5, 27))
    assert [m.date_basis for m in found if m.event_type == "casualties"] == ["reported"]


def test_a_dateline_does_not_hide_an_opening_date_and_a_mourning_has_no_declaration_date():
    def mentions(text, published):
        return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, "Headline\n\n" + text + "\n"))["mentions"]
    found = mentions("BAMAKO (AP) - On Sunday the army said that the garrison had fled.", date(2024, 5, 10))
    assert [(m.start_date, m.actor_ids) for m in found if m.event_type == "public_statement"] == [(date(2024, 5, 5), ("fama",))]
    found = mentions("The government said on Sunday that the garrison had fled.", date(2024, 5, 10))
    assert [m.actor_ids for m in found if m.event_type == "public_statement"] == [("mali_government",)]
    for abroad in ("NIAMEY, Niger (AP) - The government said on Sunday that the garrison had fled.", "NIAMEY, Niger (AP) - The army said on Sunday that the garrison had fled."):
        assert [m for m in mentions(abroad, date(2024, 5, 10)) if m.event_type == "public_statement"] == []  # Niger's, not Mali's
    found = mentions("President Ibrahim Boubacar Keita declared a 10-day state of emergency from midnight on Friday and three days of national mourning starting on Monday.", date(2015, 11, 21))
    assert [m.start_date for m in found if m.event_type == "curfew"] == [date(2015, 11, 20)]
    assert [m.start_date for m in found if m.event_type == "mourning"] == [date(2015, 11, 23)]


def test_a_place_with_an_appositive_before_its_verb_is_the_place_of_the_event():
    found = process_article(Article("t", "t.txt", date(2013, 1, 28), "en", {}, "0" * 64, "Headline\n\nGao, the biggest town in the north, was retaken on Saturday.\n"))["mentions"]
    assert [(m.event_type, m.place_id, m.start_date) for m in found] == [("territory_regained", "gao", date(2013, 1, 26))]
    found = process_article(Article("t", "t.txt", date(2013, 1, 28), "en", {}, "0" * 64, "Headline\n\nKidal, a desert town near the Algerian border, fell to the rebels on Friday.\n"))["mentions"]
    assert [m.place_id for m in found if m.event_type == "territory_seized"] == ["kidal"]


def test_a_tally_of_tankers_burned_since_a_month_is_no_event():
    found = process_article(Article("t", "t.txt", date(2025, 9, 17), "en", {}, "0" * 64, "Headline\n\nIts fighters have burned more than 100 tankers since early September.\n"))["mentions"]
    assert [m for m in found if m.event_type == "looting"] == []
    found = process_article(Article("t", "t.txt", date(2025, 9, 20), "en", {}, "0" * 64, "Headline\n\nFighters burned about 40 tankers on the Kayes road between 12 and 14 September.\n"))["mentions"]
    assert [(m.start_date, m.end_date) for m in found if m.event_type == "looting"] == [(date(2025, 9, 12), date(2025, 9, 14))]


def test_ranked_events_and_other_senses_of_new_words_stay_what_they_are():
    def types(text, published=date(2025, 6, 2)):
        return [(m.event_type, m.start_date) for m in process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, "Headline\n\n" + text + "\n"))["mentions"]]
    assert ("attack", date(2019, 9, 30)) in types("Jihadists on Monday carried out one of the deadliest attacks on the army in years, overrunning two camps in Boulkessi.", date(2019, 10, 2))
    assert "peace_agreement" not in {t for t, _ in types("A Malian army drone struck a settlement near Kidal on Sunday, killing six people.")}
    assert "peace_agreement" not in {t for t, _ in types("The two sides hope to reach an agreement by the end of the month.")}
    assert "arms_delivery" not in {t for t, _ in types("The government on Sunday took delivery of 300 fuel tankers from Senegal.")}
    assert "protest" not in {t for t, _ in types("ECOWAS leaders gathered in Abidjan on Saturday to show their support for the intervention.")}
    assert "looting" not in {t for t, _ in types("The army said an air strike destroyed a terrorist logistics base near the village of Boni on Sunday.")}
    assert "sanctions" not in {t for t, _ in types("The junta imposed a curfew and threatened sanctions against traders on Monday.")}
    assert ("mourning", date(2019, 3, 25)) in types("The government declared two days of national mourning, starting Monday.", date(2019, 3, 23))


def test_since_early_august_dates_the_blockade_to_the_first_ten_days_as_in_early_august_does():
    text = "JNIM has blockaded Timbuktu since early August, residents said."
    records = process_article(Article("t", "t.txt", date(2023, 9, 20), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [(m.start_date, m.end_date) for m in records["mentions"] if m.event_type == "blockade"] == [(date(2023, 8, 1), date(2023, 8, 10))]


def test_a_deployment_condemned_on_a_day_is_not_dated_by_the_condemnation():
    text = "On December 23, 2021, fifteen Western governments condemned the deployment of Wagner."
    records = process_article(Article("t", "t.txt", date(2022, 1, 10), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.start_date for m in records["mentions"] if m.event_type == "deployment"] in ([], [None])


def test_refugees_moving_into_a_camp_take_no_territory():
    records = process_article(Article("t", "t.txt", date(2013, 1, 10), "en", {}, "0" * 64, "Headline\n\nRefugees moved into the Mbera camp in 2012.\n"))
    assert [m.event_type for m in records["mentions"] if m.event_type.startswith("territory")] == []


def test_the_bomb_of_a_when_clause_after_a_told_wounding_can_found_its_event():
    text = "A security source in Gao said two peacekeepers were wounded on Sunday when a vehicle in the convoy hit a roadside bomb north of Anefis."
    records = process_article(Article("t", "t.txt", date(2023, 10, 23), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [(m.date_basis, m.start_date) for m in records["mentions"] if m.event_type == "explosive_device"] == [("occurred", date(2023, 10, 22))]


def test_crowds_demanding_a_resignation_tell_no_resignation_that_happened():
    text = "At least four people were killed when security forces fired on crowds demanding the resignation of the president, the prime minister said on Saturday."
    records = process_article(Article("t", "t.txt", date(2020, 7, 12), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert {m.tense for m in records["mentions"] if m.event_type == "resignation"} <= {"future"}


def test_the_town_and_retake_it_are_the_last_town_named_not_the_talks_city():
    text = ("The negotiations in Algiers opened in July last year, weeks after the army's humiliation in Kidal. "
            "Fighting broke out in the town in May last year during a visit by the prime minister, and an army offensive to retake it on May 21, 2014 ended in a rout.")
    records = process_article(Article("t", "t.txt", date(2015, 6, 21), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    placed = {m.event_type: m.place_id for m in records["mentions"] if m.event_type in ("armed_clash", "territory_regained")}
    assert placed == {"armed_clash": "kidal", "territory_regained": "kidal"}


def test_an_operation_during_which_helicopters_collided_is_not_dated_by_the_collision():
    text = "French forces suffered their heaviest loss: 13 soldiers died when two helicopters collided on Nov. 25 during an operation in the Liptako."
    records = process_article(Article("t", "t.txt", date(2019, 12, 2), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert date(2019, 11, 25) not in [m.start_date for m in records["mentions"] if m.event_type == "offensive"]


@pytest.mark.parametrize("text", [
    "The junta ended the 2015 Algiers peace agreement in January.",
    "Fighting resumed after the 2015 peace deal collapsed in January.",
    "A 2015 peace deal with the rebels was scrapped by the junta in January.",
])
def test_a_year_heading_an_agreement_dates_its_signing_not_its_end(text):
    records = process_article(Article("t", "t.txt", date(2024, 8, 10), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    dated = {(m.event_type, m.start_date, m.date_precision) for m in records["mentions"]}
    assert ("peace_agreement", date(2015, 1, 1), "year") in dated
    assert ("agreement_ended", date(2024, 1, 1), "month") in dated
    assert all(m.actor_ids == () for m in records["mentions"] if m.event_type == "peace_agreement")


def test_fighting_reported_by_nobody_is_dated_as_it_happened_and_by_residents_as_their_report():
    text = "Heavy fighting was reported on Sunday near Ber. An attack was reported by residents on Monday."
    records = process_article(Article("t", "t.txt", date(2023, 11, 15), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    basis = {m.event_type: (m.date_basis, m.start_date) for m in records["mentions"]}
    assert basis["armed_clash"] == ("occurred", date(2023, 11, 12))
    assert basis["attack"] == ("reported", date(2023, 11, 13))


def test_a_transition_whose_mandate_is_extended_renews_no_mission():
    records = process_article(Article("t", "t.txt", date(2022, 7, 1), "en", {}, "0" * 64, "Headline\n\nThe junta extended the mandate of the transition by five years in June.\n"))
    assert "mission_renewed" not in [m.event_type for m in records["mentions"]]


def test_a_comma_participle_needs_its_agent_or_place_to_date_the_noun_before_it():
    text = "Commercial flights, halted during the fighting, resumed on Wednesday morning, an airport official said."
    records = process_article(Article("t", "t.txt", date(2024, 9, 19), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.start_date for m in records["mentions"] if m.event_type == "armed_clash"] == [None]


def test_a_blockade_announced_on_a_day_is_that_day_not_early_in_the_month():
    from timeline.clusters import is_fine
    records = process_article(Article("t", "t.txt", date(2025, 9, 30), "en", {}, "0" * 64, "Headline\n\nJNIM announced on Sept. 3 that it would stop fuel from entering Mali.\n"))
    (m,) = [m for m in records["mentions"] if m.event_type == "blockade"]
    assert (m.start_date, m.date_basis, is_fine(m)) == (date(2025, 9, 3), "announced", True)


def test_people_released_whom_gunmen_had_held_since_the_attack():
    text = "On Monday, the gunmen released about 20 women and children whom they had held since the attack, the elected official said."
    records = process_article(Article("t", "t.txt", date(2022, 6, 21), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    dated = {m.event_type: m.start_date for m in records["mentions"]}
    assert dated == {"release": date(2022, 6, 20), "attack": None}


@pytest.mark.parametrize("text, years", [
    ("Relations with Paris have collapsed since the coups of 2020 and 2021.", [2020, 2021]),
    ("Mali has been run by soldiers since the coup of August 2020.", [2020]),
])
def test_an_event_since_which_a_state_lasts_keeps_its_own_date(text, years):
    records = process_article(Article("t", "t.txt", date(2024, 1, 10), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.start_date.year for m in records["mentions"] if m.event_type == "coup"] == years


def test_a_participle_dates_the_object_of_an_ending_not_the_ending():
    text = "It ends, at least on paper, a deal signed in Algiers in 2015 that few people believed was working."
    records = process_article(Article("t", "t.txt", date(2024, 1, 27), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert date(2015, 1, 1) not in [m.start_date for m in records["mentions"] if m.event_type == "agreement_ended"]


def test_a_claim_earlier_that_day_does_not_date_the_attack_claimed():
    text = "The Islamic State group claimed the bombing on Saturday evening. It had claimed the Indelimane attack earlier that day."
    records = process_article(Article("t", "t.txt", date(2019, 11, 3), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert date(2019, 11, 2) not in [m.start_date for m in records["mentions"] if m.event_type == "attack"]


def test_a_day_after_dates_what_follows_it_not_the_entry_event_before_it():
    text = "- Jan. 11, 2013 - France launches Operation Serval a day after Islamists take the central town of Konna."
    records = process_article(Article("t", "t.txt", date(2024, 1, 10), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    dated = {m.event_type: m.start_date for m in records["mentions"]}
    assert (dated["intervention"], dated["territory_seized"]) == (date(2013, 1, 11), date(2013, 1, 10))


def test_a_saying_verb_is_not_given_the_speaker_of_a_later_saying():
    text = "Denmark said Thursday it would bring home its special forces, after the West African country's military government insisted that they leave."
    records = process_article(Article("t", "t.txt", date(2022, 1, 28), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.actor_ids for m in records["mentions"] if m.event_type == "public_statement"] == []


@pytest.mark.parametrize("text, published, event_type, start", [
    ("Denmark said Thursday it would bring home the special forces it sent to Mali this month.", date(2022, 1, 28), "withdrawal", date(2022, 1, 27)),
    ("The army retook the town it had lost in 2012 on Tuesday.", date(2023, 11, 20), "territory_regained", date(2023, 11, 14)),
])
def test_a_date_in_a_relative_clause_on_the_object_is_the_objects(text, published, event_type, start):
    records = process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.start_date for m in records["mentions"] if m.event_type == event_type] == [start]


@pytest.mark.parametrize("published, actor", [(date(2015, 6, 21), "mali_government"), (date(2024, 6, 21), "mali_junta")])
def test_the_malian_government_is_the_government_of_its_day(published, actor):
    records = process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, "Headline\n\nThe Malian government said 12 soldiers were killed.\n"))
    assert [c.claimant_id for c in records["claims"]] == [actor]


def test_a_name_that_says_junta_keeps_its_actor_in_any_era():
    records = process_article(Article("t", "t.txt", date(2012, 4, 2), "en", {}, "0" * 64, "Headline\n\nThe military junta said 12 soldiers were killed.\n"))
    assert [c.claimant_id for c in records["claims"]] == ["mali_junta"]


@pytest.mark.parametrize("text, published, event_type, start", [
    ("On May 24, soldiers detained the president hours after a cabinet reshuffle, and Goita was sworn in as president on June 7.", date(2021, 11, 1), "appointment", date(2021, 6, 7)),
    ("Talks in Algiers on Monday failed. The rebels had initialled the text in Algiers the day before but refused to go further.", date(2015, 5, 20), "peace_agreement", date(2015, 5, 17)),
])
def test_a_counted_day_dates_only_the_event_of_its_own_clause(text, published, event_type, start):
    records = process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert start in [m.start_date for m in records["mentions"] if m.event_type == event_type]


def test_a_day_after_publication_anchors_no_later_same_day():
    text = "Headline\n\nThe interim president said on Tuesday he hoped to hold elections by July 31. At a conference in Addis Ababa on the same day, donors pledged $455 million for the army.\n"
    records = process_article(Article("t", "t.txt", date(2013, 1, 31), "en", {}, "0" * 64, text))
    assert [m.start_date for m in records["mentions"] if m.event_type == "aid_pledged"] == [date(2013, 1, 29)]


def test_a_garrison_driven_out_is_seized_not_regained():
    records = process_article(Article("t", "t.txt", date(2014, 6, 1), "en", {}, "0" * 64, "Headline\n\nThe army was driven out of Kidal on May 21.\n"))
    assert "territory_seized" in [m.event_type for m in records["mentions"]]
    assert "territory_regained" not in [m.event_type for m in records["mentions"]]


def test_freedom_regained_is_no_town_regained_and_a_buried_bomb_no_funeral():
    records = process_article(Article("t", "t.txt", date(2021, 10, 12), "en", {}, "0" * 64, "Headline\n\nThe nun regained her freedom on Saturday. The bomb had been buried under the road on Friday.\n"))
    types = [m.event_type for m in records["mentions"]]
    assert "territory_regained" not in types and "funeral" not in types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A meeting of ECOWAS foreign ministers was held in Accra on Thursday.", "arrest"),
        ("The president announced the government's new fuel plan on Monday.", "appointment"),
        ("The army announced the results of the operation on Sunday.", "election"),
        ("A rescue operation was launched on Sunday after the boat sank.", "mission_created"),
        ("The Malian Armed Forces (FAMa) launched on Monday a vast operation.", "alliance_formed"),
        ("The mine had been buried in the sand on Friday.", "funeral"),
        ("A convoy of fuel tankers was attacked on Saturday before it reached Bamako.", "aid_pledged"),
        ("Police cordoned off the area after the explosion on Monday.", "offensive"),
        ("Displaced families occupied the camp on Monday.", "territory_seized"),
        ("JNIM established ties with Fulani herders in 2016.", "ties_restored"),
        ("The French army spokesman said in a briefing on Thursday that the raid had succeeded.", "report_published"),
        ("Hundreds of mine workers were let go on Monday.", "release"),
        ("Photos of the downed aircraft were displayed on Monday.", "arms_delivery"),
        ("The order to withdraw was issued on Monday.", "legislation"),
        ("Rescuers pulled two soldiers out of the river on Sunday.", "withdrawal"),
        ("Residents said jihadists had blocked the main road to Bamako on Monday.", "protest"),
        ("The group was arriving in the village on Monday.", "deployment"),
        ("Malian troops entered the town on Tuesday.", "territory_seized"),
        ("Drones neutralised 12 terrorists near Boulkessi on Monday.", "offensive"),
        ("The joint force announced on Monday that it had neutralised 20 terrorists.", "mission_created"),
        ("The heavy rains damaged hundreds of homes on Monday.", "looting"),
        ("Dozens of schools in the Mopti region were damaged by the floods on Monday.", "looting"),
        ("Timbuktu, freed from jihadist rule in January 2013, still lacks a bank.", "release"),
        ("An artisanal gold mine collapse killed at least 48 gold miners on Monday.", "mass_killing"),
        ("The wounded were taken from the hotel to the hospital on Monday.", "abduction"),
        ("Customs officers seized the goods of several traders on Monday.", "abduction"),
        ("Mali and Turkey signed several agreements on defence industry cooperation on Monday.", "peace_agreement"),
        ("France is sending troops home after nine years in Mali, officials said on Monday.", "deployment"),
        ("The transitional president ousted two prime ministers in 2024.", "coup"),
        ("Military planes delivered to Timbuktu 20 tonnes of food on Monday.", "arms_delivery"),
        ("The fuel crisis that began in September 2025 has emptied the pumps.", "insurgency"),
        ("A similar massacre took place in Ouatagouna in August 2021.", "territory_seized"),
        ("The group appeared in a video released on Monday.", "insurgency"),
        ("The crisis began in July 2022 when 49 Ivorian soldiers were arrested.", "insurgency"),
        ("It was the worst year since the start of the war in Ukraine in 2022.", "insurgency"),
        ("Mali has faced an economic crisis since 2022.", "insurgency"),
        ("The lockdown measures were lifted on 10 May.", "sanctions_lifted"),
        ("The junta demanded the lifting of the sanctions on Monday.", "sanctions_lifted"),
        ("The ceasefire brought relief to residents on Monday.", "aid_pledged"),
        ("On Monday, 48 gold miners lost their lives when an artisanal mine collapsed.", "mass_killing"),
        ("Five men arrested at the checkpoint were handed over to the judicial authorities on Monday.", "release"),
        ("The camp, where soldiers lived, was handed over to the Malian authorities on Monday.", "release"),
        ("The rebels brought reinforcements to the town on Monday.", "aid_pledged"),
        ("Details of the attack emerged on Sunday, a week after it began in 2025.", "insurgency"),
        ("The army, which has been fighting the rebels, said on Monday it had retaken the town.", "insurgency"),
        # the review of this session's phrasings (corpora JA–JI)
        ("The last of the hostages, a Swiss missionary, was handed over to the authorities in Bamako on Monday.", "withdrawal"),
        ("The second suspect, arrested near the border, was handed over to the Malian authorities on Tuesday.", "withdrawal"),
        ("A Malian air force bomber crashed into a hill near Gao on Monday.", "suicide_bombing"),
        ("Barrick Gold and Randgold Resources announced a merger on Monday.", "alliance_formed"),
        ("The UN Secretary-General urged the parties on Monday to end hostilities around Kidal.", "ceasefire"),
        ("The junta replaced the French force with Russian mercenaries from the Wagner Group last year.", "mission_created"),
        ("The African Union summit, which Goita left early on Sunday, ended with a statement.", "organisation_exit"),
        ("Analysts listed JNIM as a terrorist group active across the Sahel on Monday.", "sanctions"),
        ("Colonel Diarra was charged with securing the Boulkessi camp on Monday.", "court_ruling"),
        ("Mali began closing its border posts with Niger on Monday as the epidemic spread.", "withdrawal"),
        ("Authorities imposed a curfew in Gao to curb the coronavirus; the measures were lifted in June.", "sanctions_lifted"),
        ("The army returned only in July 2013 under a deal struck in Ouagadougou a month earlier.", "attack"),
        ("Rebels seized the town of Anefis on Monday after a day of fighting.", "abduction"),
        ("- 2 March 2024 - Roadside bomb kills three soldiers near Boni.\n\n- 5 March 2024 - Teachers go on hunger strike in Bamako.", "air_strike"),
        ("- 2 March 2024 - Roadside bomb kills three soldiers near Boni.\n\n- 5 March 2024 - Teachers go on hunger strike in Bamako.", "attack"),
    ],
)
def test_review_false_positives_of_the_new_phrasings_are_no_such_events(text, event_type):
    records = process_article(Article("t", "t.txt", date(2025, 3, 20), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert event_type not in [m.event_type for m in records["mentions"]]


def test_elected_presidents_ousted_are_no_election():
    records = process_article(Article("t", "t.txt", date(2022, 7, 23), "en", {}, "0" * 64, "Headline\n\nMutinous soldiers ousted elected presidents in March 2012 and in August 2020.\n"))
    assert not [m for m in records["mentions"] if m.event_type == "election"]


def test_a_long_opening_clause_with_a_verb_is_no_place_phrase_that_lends_its_date():
    text = "In late June the MUJAO group drove the MNLA out of Gao, and in Timbuktu the Islamists smashed UNESCO-listed mausoleums."
    records = process_article(Article("t", "t.txt", date(2021, 7, 1), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.place_id for m in records["mentions"] if m.event_type == "looting"] == ["timbuktu"]


def _mentions(text: str, published: date) -> list:
    return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, f"Headline\n\n{text}\n"))["mentions"]


def test_an_event_in_a_relative_clause_under_a_dated_vow_is_only_reported_that_day():
    found = _mentions("France vowed on Sunday to track down the gunmen who abducted two journalists.", date(2013, 11, 3))
    assert [m.date_basis for m in found if m.event_type == "abduction"] == ["reported"]


def test_a_date_closing_a_relative_clause_is_not_the_saying_s():
    found = _mentions("The soldiers who overthrew President Ibrahim Boubacar Keita in August 2020 said they would restore the state.", date(2021, 1, 8))
    assert [(m.event_type, m.date_basis) for m in found] == [("coup", "occurred")]


def test_an_attributive_overnight_only_supports_the_day():
    from timeline.dates import tag

    attributive, = tag("The government lowered the death toll from an overnight attack on a village.", date(2019, 6, 11), "en")
    bare, = tag("Warplanes bombed their positions overnight.", date(2019, 6, 11), "en")
    assert attributive.approximate and not bare.approximate


def test_a_call_to_a_news_agency_a_relative_s_call_and_an_agency_s_call_are_no_diplomatic_calls():
    for text in ("A resident who spoke to The Associated Press by phone on Tuesday said a helicopter fired on the wedding.",
                 "A relative who spoke to Moussa by phone on Monday said he was alive.",
                 "AFP spoke to Mayor Ousmane Diallo by telephone on Monday."):
        assert "diplomatic_call" not in [m.event_type for m in _mentions(text, date(2021, 1, 6))], text


def test_armed_men_who_march_on_a_town_hall_are_no_protest():
    found = _mentions("Jihadists marched on the town hall on Sunday and executed three men.", date(2024, 3, 12))
    assert "protest" not in [m.event_type for m in found] and "mass_killing" in [m.event_type for m in found]


def test_the_same_decision_never_repeats_an_attack_and_a_speaking_frame_keeps_its_own_event_s_day():
    found = _mentions("Gunmen attacked the camp at Tinzaouaten on Sunday. Niger took the same decision on Tuesday.", date(2024, 8, 8))
    assert [m.event_type for m in found] == ["attack"]
    found = _mentions("Speaking after taking the oath on Monday, the commander told diplomats that Mali would honour its commitments.", date(2021, 6, 8))
    assert [(m.event_type, m.start_date) for m in found if m.event_type == "appointment"] == [("appointment", date(2021, 6, 7))]


def test_a_vote_planned_for_a_day_is_no_vote_held_that_day():
    text = "The elections promised for February 2022 were abandoned and brought regional sanctions."
    assert "election" in [kind for _, _, kind in find_triggers(text, False)]
    assert [m.start_date for m in _mentions(text, date(2024, 4, 15)) if m.event_type == "election"] in ([], [None])
    found = _mentions("The referendum itself had been due on 19 March and was postponed in early March for technical reasons.", date(2023, 6, 27))
    assert [m.event_type for m in found] == ["election"] and date(2023, 3, 19) not in [m.start_date for m in found] and date(2024, 3, 19) not in [m.start_date for m in found]


def test_a_related_link_s_date_dates_nothing_but_a_chronology_s_does():
    link = "- Mali's president condemns attack on army camp in Dioura (2019-03-18)"
    assert "attack" in [kind for _, _, kind in find_triggers(link, False)]
    assert date(2019, 3, 18) not in [m.start_date for m in _mentions("Related:\n\n" + link, date(2019, 4, 1))]
    found = _mentions("- Kidal retaken by the army (14 November 2023)", date(2024, 1, 1))
    assert [m.start_date for m in found if m.event_type == "territory_regained"] == [date(2023, 11, 14)]


def test_headlines_listed_under_a_related_heading_are_no_report_but_key_points_are():
    """"Related coverage:" then "- Mali shuts schools … (Oct. 26, 2025)": another page's title and
    stamp; a live page's "KEY POINTS" bullets (after a "Comments (312)" cue) are its report."""
    related = _mentions("The government closed schools on Monday.\n\nRelated coverage:\n- Why is Mali running out of fuel? (Oct. 28, 2025)\n"
                        "- Mali shuts schools as fuel runs short (Oct. 26, 2025)\n- U.S. urges citizens to leave Mali (Oct. 28, 2025)\n- Convoy attacked near Kati",
                        date(2025, 10, 30))
    assert [(m.event_type, m.start_date) for m in related] == [("closure", date(2025, 10, 27))]
    from timeline.ingest import ingest

    page = ingest("t", "Headline\n\nBy Test Editor | Comments (312)\n\nKEY POINTS\n- French jets have been striking Islamist columns in central Mali since Friday afternoon\n"
                       "\nThe army said on Friday it had retaken Konna.\n")
    assert any("since Friday afternoon" in s.text for s in page.sentences)  # after a closing cue but under no related heading: kept


def test_a_date_after_a_relative_clause_s_own_date_is_the_saying_s():
    found = _mentions("The colonels who seized power in August 2020 on Monday said elections would be held in February 2022.", date(2021, 6, 8))
    assert date(2021, 6, 7) not in [m.start_date for m in found if m.event_type == "election"]


def test_a_numeric_date_with_its_hour_in_prose_still_dates_and_crews_are_no_aircraft():
    found = _mentions("On 13/02/2025 at 06:30, terrorists attacked the army post at Boni.", date(2025, 6, 1))
    assert [m.start_date for m in found if m.event_type == "attack"] == [date(2025, 2, 13)]
    found = _mentions("The helicopter crew were handed over to Malian authorities on Monday.", date(2024, 3, 10))
    assert "arms_delivery" not in [m.event_type for m in found]


def test_a_possessive_day_after_a_claim_of_two_acts_is_the_raids_own():
    text = "MUJAO claimed both bombings and Sunday's raid on the city."
    records = process_article(Article("t", "t.txt", date(2013, 2, 11), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [(m.event_type, m.start_date) for m in records["mentions"] if m.start_date is not None] == [("attack", date(2013, 2, 10))]


def test_the_city_a_minister_speaks_from_is_not_where_the_pilot_fell():
    text = "Jean-Yves Le Drian told reporters in Paris that the pilot was fatally wounded late on Friday afternoon when his helicopter came under small-arms fire."
    records = process_article(Article("t", "t.txt", date(2013, 1, 12), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert "paris" not in {m.place_id for m in records["mentions"]}
    assert "casualties" in {m.event_type for m in records["mentions"]}


def test_a_day_told_before_what_an_act_avenged_is_the_acts():
    text = "AQIM said on Tuesday that it had killed another French hostage on 10 March in reprisal for the intervention."
    records = process_article(Article("t", "t.txt", date(2013, 3, 24), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    days = {m.event_type: m.start_date for m in records["mentions"]}
    assert days["casualties"] == date(2013, 3, 10) and days["intervention"] != date(2013, 3, 10)


def test_a_saying_told_as_an_aside_or_a_reported_attack_leave_the_event_its_own_day():
    for text, published, event_type, day in (
        ("On Tuesday, his brother said, a young man gathering firewood was shot dead near the village.", date(2021, 4, 24), "mass_killing", date(2021, 4, 20)),
        ("The latest reported attack took place on Wednesday, when gunmen on motorcycles raided a hamlet near Menaka.", date(2022, 6, 10), "attack", date(2022, 6, 8)),
    ):
        records = process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        assert [(m.start_date, m.date_basis) for m in records["mentions"] if m.event_type == event_type] == [(day, "occurred")], text


def test_ballot_boxes_carried_are_no_election_and_killed_when_an_attack_is_no_second_event():
    for text, published, absent in (
        ("Also on Sunday, a vehicle carrying ballot boxes struck an explosive device near Bandiagara, killing the driver.", date(2020, 3, 30), "election"),
        ("Six civilians were killed when gunmen attacked the village of Tin-Biden on Sunday, a local official said.", date(2022, 6, 21), "casualties"),
    ):
        records = process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        assert not [m for m in records["mentions"] if m.event_type == absent and m.start_date is not None], text


def test_a_roundup_day_heading_with_its_region_dates_the_entry_under_it():
    text = ("KEY EVENTS\n\nMonday 22 September - Segou region\n\nGunmen on motorbikes stopped a column of tankers near Fana "
            "and set at least ten of them on fire, a local official said. He said three drivers were abducted.\n")
    records = process_article(Article("t", "t.txt", date(2025, 9, 29), "en", {}, "0" * 64, f"Weekly security roundup\n\n{text}"))
    assert date(2025, 9, 22) in [m.start_date for m in records["mentions"] if m.event_type == "abduction"]


def test_figures_of_speech_and_other_bodies_are_no_acts():
    """Review cases: a region 'set ablaze', a man who set himself on fire, the Security Council's
    vote, a census's results, a committee session left, drones neutralised by air defences,
    nationals urged not to leave, displaced people taken in by host families."""
    for text in (
        "Analysts warn that the jihadist blockade could set the whole Sahel ablaze within months.",
        "A trader set himself on fire in front of the governorate on Friday.",
        "The UN Security Council voted on Wednesday on a French draft to renew the sanctions regime.",
        "Preliminary results of the national census were announced on Thursday.",
        "The minister left the regional security committee session early on Friday to return to Bamako.",
        "Enemy drones neutralised by Malian air defences on Sunday had taken off from Algerian territory.",
        "France on Monday urged its nationals not to leave their homes in Bamako.",
        "In Mopti, about 3,000 displaced people are taken in by host families, OCHA said on Monday.",
    ):
        records = process_article(Article("t", "t.txt", date(2025, 5, 14), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        assert not [m for m in records["mentions"] if m.event_type in ("looting", "legislation", "election", "organisation_exit", "air_strike", "withdrawal", "abduction")], text


def test_a_when_clause_gives_its_day_only_from_its_own_clause():
    text = "Two aid workers were abducted when gunmen stopped their vehicle, a week after a similar ambush on 3 May near Ansongo."
    records = process_article(Article("t", "t.txt", date(2025, 5, 14), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.start_date for m in records["mentions"] if m.event_type == "abduction"] == [None]


def test_an_act_told_with_also_after_a_dated_sentence_takes_its_day():
    text = ("Algeria said on Monday it was recalling its ambassadors to Mali and Niger. "
            "The foreign ministry in Algiers also closed Algerian airspace to all flights to and from Mali.")
    records = process_article(Article("t", "t.txt", date(2025, 4, 8), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert [m.start_date for m in records["mentions"] if m.event_type == "sanctions"] == [date(2025, 4, 7)]


@pytest.mark.parametrize("text, event_type", [
    ("The soldiers left on patrol on Monday and were ambushed near the town.", "withdrawal"),
    ("Hundreds of young men answered the call to enlist in the army on Monday.", "protest"),
    ("Displaced villagers walked to Bandiagara on Monday, fleeing violence against civilians.", "protest"),
    ("French troops handed Ibrahim to the Malian authorities on Monday.", "withdrawal"),
    ("The fighting left MSF staff unable to work on Monday.", "organisation_exit"),
    ("The president arrived by helicopter in Kidal on Monday.", "deployment"),
    ("A sniper shot him in front of the hospital on Monday but he survived.", "mass_killing"),
    ("Customs officers seized a woman's car on Monday.", "abduction"),
    ("Paris lost its man in Bamako on Monday.", "casualties"),
    # a release asked for or worked towards has not happened; nor is a missionary who worked with
    # herders a deployment; nor are soldiers taken to hospital abducted
    ("The ministry on Wednesday urged Malian authorities to secure their release.", "release"),
    ("Relatives on Tuesday called for their release.", "release"),
    ("Families on Monday demanded his release.", "release"),
    ("Woodke, a missionary who had worked with nomadic herders for decades, spoke on Monday.", "deployment"),
    ("Two soldiers taken to hospital on Monday died.", "abduction"),
])
def test_words_near_a_trigger_that_tell_no_event_of_its_type(text, event_type):
    records = process_article(Article("t", "t.txt", date(2024, 5, 10), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert event_type not in [m.event_type for m in records["mentions"]]


def test_a_date_after_an_accusation_whose_gerund_is_no_event_stays_the_arrests():
    text = "Police arrested two officers accused of plotting against the state on Tuesday, the government said."
    records = process_article(Article("t", "t.txt", date(2024, 5, 10), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert date(2024, 5, 7) in [m.start_date for m in records["mentions"] if m.event_type == "arrest"]


def test_a_toll_lowered_on_wednesday_does_not_date_the_attack_and_a_movement_named_for_a_day_is_no_date():
    text = "Headline\n\nMali's government on Wednesday lowered to 35 the number of people killed in an attack on the village of Sobane Da.\n"
    records = process_article(Article("t", "t.txt", date(2019, 6, 12), "en", {}, "0" * 64, text))
    assert [m.date_basis for m in records["mentions"] if m.event_type == "attack"] == ["reported"]
    text = "Headline\n\nThe June 5 Movement said 23 protesters had died.\n"
    records = process_article(Article("t", "t.txt", date(2020, 7, 14), "en", {}, "0" * 64, text))
    assert [t["text"] for t in records["timexes"]] == []
    assert [c.claimant_label for c in records["claims"]] == ["The June 5 Movement"]


def test_a_chronology_entry_headed_by_its_place_places_what_it_tells_and_a_dateline_places_nothing():
    text = "Headline\n\nIncidents:\n- Sobane Da (Bandiagara), 9 June 2019: 35 Dogon villagers killed by gunmen.\n\nBAMAKO, June 12 - The army said on Tuesday it had sent reinforcements.\n"
    records = process_article(Article("t", "t.txt", date(2019, 6, 12), "en", {}, "0" * 64, text))
    assert [(m.start_date, m.place_id) for m in records["mentions"] if m.event_type == "casualties"] == [(date(2019, 6, 9), "sobane_da")]
    assert "bamako" not in [m.place_id for m in records["mentions"]]


def test_a_related_link_dated_in_brackets_is_no_day_heading_of_a_live_blog():
    text = ("LIVE: Malian army enters Kidal\n\n20:15 Goita speaks\nThe president spoke this evening.\n\n12:45 Background: the strikes\n"
            "Army drones struck rebel positions near the town.\n\nRead more\n\nMali: army column gathers at Anefis (09/11/2023)\n")
    records = process_article(Article("t", "t.txt", date(2023, 11, 14), "en", {}, "0" * 64, text))
    assert [m.start_date for m in records["mentions"] if m.event_type == "air_strike"] == [date(2023, 11, 14)]


def test_a_subject_before_a_backing_aside_acts_and_a_former_camp_s_owner_does_not():
    records = process_article(Article("t", "t.txt", date(2023, 11, 16), "en", {}, "0" * 64,
                                      "Headline\n\nMalian troops, backed by fighters of Russia's Wagner group, entered Kidal on Tuesday.\n\n"
                                      "Nov. 14 - Troops enter Kidal and take the former MINUSMA camp.\n"))
    entered = [m for m in records["mentions"] if m.trigger == "entered"]
    assert entered and {"fama", "wagner"} <= set(entered[0].actor_ids) and entered[0].event_type == "territory_regained"
    assert not [m for m in records["mentions"] if "minusma" in m.actor_ids]


def test_a_strike_that_closed_schools_is_no_air_strike():
    records = process_article(Article("t", "t.txt", date(2025, 11, 10), "en", {}, "0" * 64, "Headline\n\nThe strike on Monday closed schools across Bamako.\n"))
    assert "air_strike" not in [m.event_type for m in records["mentions"]]


def test_a_minister_named_by_portfolio_speaks_for_the_government_of_the_day():
    """(not "Niger's prime minister" nor "the former prime minister": test_review_negatives.py)"""
    records = process_article(Article("t", "t.txt", date(2025, 10, 27), "en", {}, "0" * 64,
                                      "Headline\n\n- The education minister announced the closure on state television on Sunday evening\n"))
    said = [m for m in records["mentions"] if m.event_type == "public_statement"]
    assert said and said[0].actor_ids == ("mali_government",) and said[0].start_date == date(2025, 10, 26)


def test_a_timeline_s_year_heading_survives_a_removed_byline_that_names_the_year():
    text = ("Headline\n\n18 August 2021 | By the desk | 6 min read\n\nA year ago today, soldiers drove into Bamako.\n\n2020\n\n"
            "21 September - Bah Ndaw, a retired colonel, is designated transitional president.\n\n"
            "7 October - Boubou Cisse and nine senior officers are set free.\n\n2021\n\n"
            "24 May - Soldiers detain Ndaw and Ouane and take them to Kati.\n\n26 May - Both resign in custody, the military says.\n")
    records = process_article(Article("t", "t.txt", date(2021, 8, 18), "en", {}, "0" * 64, text))
    told = {(m.event_type, m.start_date) for m in records["mentions"]}
    assert {("appointment", date(2020, 9, 21)), ("release", date(2020, 10, 7)), ("arrest", date(2021, 5, 24)), ("resignation", date(2021, 5, 26))} <= told


def test_a_scene_set_on_a_day_does_not_date_the_background_told_after_it():
    text = ("On Saturday, Goita was in Kidal. Malian troops and Wagner fighters took the town from the rebels after a long offensive. "
            "On Sunday evening, the mood in Bamako was tense. The junta expelled French troops and turned to Russia.")
    records = process_article(Article("t", "t.txt", date(2024, 3, 11), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    assert not [m for m in records["mentions"] if m.start_date is not None and m.event_type in ("territory_regained", "territory_seized", "offensive", "expulsion")]


def test_a_day_after_a_saying_or_another_verb_does_not_refine_the_period_that_dates_an_event():
    for text, published, event_type, start in (
        ("Four employees of the miner were arrested last week over alleged crimes, two sources told Test Wire on Friday.", date(2024, 9, 30), "arrest", date(2024, 9, 23)),
        ("Bamako suspended rotations of peacekeepers in July after arresting soldiers on 10 July.", date(2022, 8, 15), "closure", date(2022, 7, 1)),
    ):
        records = process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
        assert start in [m.start_date for m in records["mentions"] if m.event_type == event_type], text


def test_a_date_in_an_aside_dates_the_aside_s_event_not_the_main_clause_s():
    text = "Fighting has surged as the U.N. mission, ordered out by the junta in June, hands over its bases."
    records = process_article(Article("t", "t.txt", date(2023, 9, 26), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    dated = {m.event_type: m.start_date for m in records["mentions"] if m.start_date is not None}
    assert dated == {"expulsion": date(2023, 6, 1)}


def test_session_28_a_death_in_the_same_area_happened_where_the_sentence_or_article_last_placed_one():
    text = (
        "Mines\n\n"
        "Five Chadian peacekeepers died on Sept. 18 when their vehicle struck a land mine near Aguelhok in the Kidal region, "
        "four days after another mine killed one of their comrades in the same area.\n\n"
        "It was the third such blast this month.\n\n"
        "On Sunday one Chadian peacekeeper was killed by a mine in the same area.\n"
    )
    records = process_article(Article("t", "t.txt", date(2014, 9, 19), "en", {}, "0" * 64, text))
    deaths = [m for m in records["mentions"] if m.event_type == "casualties"]
    assert [(m.start_date, m.place_id) for m in deaths] == [(date(2014, 9, 14), "aguelhok"), (date(2014, 9, 14), "aguelhok")]


def test_session_30_a_headline_s_end_of_a_deal_is_no_late_december_and_the_honoured_dead_keep_their_day():
    headline = process_article(Article("t", "t.txt", date(2024, 1, 26), "en", {}, "0" * 64, "Junta announces end of 2015 Algiers peace agreement\n\nThe junta spoke on Thursday.\n"))
    assert [m for m in headline["mentions"] if m.event_type == "agreement_ended" and m.start_date is not None and m.start_date.year == 2015] == []
    honoured = process_article(Article("t", "t.txt", date(2019, 11, 4), "en", {}, "0" * 64,
                                       "Mourning\n\nIn a decree read on radio last night, the president ordered flags to fly at half-mast in honour of the soldiers killed at Tabankort.\n"))
    assert [m.start_date for m in honoured["mentions"] if m.event_type in ("casualties", "mass_killing")] in ([], [None])


def test_session_30_an_offset_gives_way_to_the_days_its_event_is_told_on_but_not_to_another_events_year():
    told = process_article(Article("t", "t.txt", date(2012, 4, 6), "en", {}, "0" * 64,
                                   "Azawad\n\nIt comes a day after the rebels announced, on Thursday, the end of their operations, a week after their fighters entered Kidal, Gao and then Timbuktu between 30 March and 1 April.\n"))
    assert (date(2012, 3, 30), date(2012, 4, 1)) in [(m.start_date, m.end_date) for m in told["mentions"] if m.event_type == "territory_seized"]
    other = process_article(Article("t", "t.txt", date(2021, 5, 25), "en", {}, "0" * 64,
                                    "Arrests\n\nThe two men were detained on Monday, hours after a cabinet reshuffle dropped two officers who had led the August 2020 coup.\n"))
    assert date(2021, 5, 24) in [m.start_date for m in other["mentions"] if m.event_type == "appointment"]

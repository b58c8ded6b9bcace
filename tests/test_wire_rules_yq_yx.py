"""Rules found on the blind corpora of session 40 (YQ–YX): who speaks a figure (the writer's "we",
a document's publisher, an interview's answerer, a spokesman's body), which clause a date
belongs to, chronologies told in the present, and words of events the lexicon lacked. Each case
is made up, in the style of the copy where the class was seen."""

from __future__ import annotations

from datetime import date

import pytest

from test_wire_rules_wq_wx import _claims, _mentions, _records  # one article of a day, headline and all


def process(text: str, published: date) -> dict:
    from timeline.corpus import Article
    from timeline.pipeline import process_article

    return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, text))


DIGEST = """CENTRAL MALI MONITOR
Monthly digest - October 2020

■ 5 October | A new cabinet
The prime minister named a cabinet of 25 ministers.

■ 6 October | Villagers seized
The regional bloc lifted its sanctions. The same day, gunmen seized about 20 people from Farabougou, residents said.

■ 9 October | Searchers ambushed
Men who went looking for them were fired on near a hamlet, said ADELFA, a village association.

Our numbers: we counted at least 47 people killed in the region in October.
"""


def test_the_same_day_under_a_titled_day_heading_is_the_heading_s_day():
    found = {(m.event_type, m.start_date) for m in process(DIGEST, date(2020, 11, 2))["mentions"]}
    assert ("abduction", date(2020, 10, 6)) in found


INTERVIEW = """We asked Mariam Diallo-Test, who teaches history at the University of Bamako, what the episode tells us.

Q: Why the prime minister, and why now?

A: He wanted a foreign force. In 1991, security forces killed more than 100 demonstrators in Bamako.
"""

QUOTED_WE = ('In a communique signed by its spokesman, the CMA says its units pursued the aggressors.\n\n'
             '"The forces of the CMA repelled the aggression and took nine prisoners. On our side, we deplore two martyrs and five wounded."')
PUBLISHED_BELOW = ("We publish below, in our own translation from the French, the final statement of the National Union of Tanker Drivers, "
                   "issued after its general assembly.\n\nDozens of our members have been taken hostage on the Kayes road.")
COMMANDER = ("Colonel Etienne Testard commands the French battle group in the valley.\n\nWe spoke to him by telephone on Tuesday.\n\n"
             "Q: How many fighters have you faced?\n\nA: Today we estimate that more than 130 have been put out of action.")


@pytest.mark.parametrize("text, published, value, basis, label", [
    (DIGEST, date(2020, 11, 2), 47, "article", None),  # "Our numbers: we counted …": the writer's, not ADELFA's
    ("Headline\n\n" + QUOTED_WE, date(2017, 7, 13), 2, "paragraph", None),  # a "we" inside a quotation that runs on stays the speaker's
    ("Headline\n\n" + PUBLISHED_BELOW, date(2025, 10, 13), 24, "document", None),  # the final statement the page publishes below
    (INTERVIEW, date(2012, 12, 13), 100, None, "Mariam Diallo-Test"),  # "Q: Why …" names no addressee; "We asked X" introduces who answers
    (COMMANDER, date(2013, 3, 7), 130, None, "Colonel Etienne Testard"),  # a commander introduced by his command answers
])
def test_who_speaks_an_unquoted_we_a_published_document_and_an_interview(text, published, value, basis, label):
    claim = next(c for c in process(text, published)["claims"] if c.value_low == value)
    assert (basis is None or claim.claimant_basis == basis) and (label is None or claim.claimant_label == label)


@pytest.mark.parametrize("text, published, value, label", [
    ("The army killed 30 civilians in Moura, according to a report that the UN human rights office published on Friday.", date(2023, 6, 10), 30, "UN human rights office"),
    ("In a statement read on state television late on Friday, Mali's presidency put the army's losses in the battle for Konna at 11 soldiers killed.", date(2013, 1, 12), 11, "Mali's presidency"),
    ("Local authorities report that dozens of civilians were killed and that houses were burned.", date(2022, 9, 20), 24, "Local authorities"),
    ("By the time its fighters stormed Talataye on September 6, a conflict-data project had counted more than 900 civilians killed.", date(2022, 9, 20), 900, "a conflict-data project"),
    ("When the fighters stormed the town on September 6, a conflict-data project had counted more than 900 civilians killed.", date(2022, 9, 20), 900, "a conflict-data project"),
])
def test_who_a_figure_is_from(text, published, value, label):
    claim = next(c for c in _claims(text, published) if c.value_low == value)
    assert claim.claimant_label == label


def test_an_appositive_with_its_own_relative_clause_is_no_speaker():
    text = ("JNIM, an al-Qaeda branch in the Sahel that is banned in Russia as a terrorist organisation, claimed in a message on Saturday "
            "that its fighters had killed 50 Russians.")
    assert next(c for c in _claims(text, date(2024, 7, 29)) if c.value_low == 50).claimant_id == "jnim"


def test_a_death_toll_of_no_one_named_is_of_people_killed():
    toll = next(c for c in _claims("Security sources put the death toll at more than 70.", date(2024, 9, 20)) if c.value_low == 70)
    assert toll.subject_label == "people killed (the death toll)"


def test_a_letterhead_survives_a_breadcrumb_that_names_it_too():
    text = ("Documents Service - sources in translation\nHome > Documents > France > Ministry of Defence\n\nMINISTRY OF DEFENCE\nOffice of the Minister\nPRESS RELEASE\n"
            "Paris, 28 January 2013\n\nOperation Serval: French forces in control of the airport of Gao\n\n"
            "The Minister of Defence, Mr Jean-Yves Le Drian, announces that French forces control the airport.\n\n"
            "In the fighting around Gao, several dozen terrorists were put out of action.\n")
    claim = next(c for c in process(text, date(2013, 1, 28))["claims"] if c.value_low == 24)
    assert claim.claimant_basis == "document"  # the ministry's, not the page's


FACTBOX = """FACTBOX-Chad's army in Mali

Here are key dates:

* Jan. 16 - Chad says it will send about 2,000 soldiers to help Mali's army.

* Jan. 24 - Chadian armoured vehicles leave a military camp near Niamey, Niger, on their way to Mali.

* March 23 - The French presidency confirms the commander's death after DNA tests.
"""


def test_a_chronology_s_present_says_confirms_and_leaves_are_its_days_acts():
    found = {(m.event_type, m.start_date) for m in process(FACTBOX, date(2013, 4, 15))["mentions"]}
    assert {("public_statement", date(2013, 1, 16)), ("deployment", date(2013, 1, 24)), ("public_statement", date(2013, 3, 23))} <= found


@pytest.mark.parametrize("text, published, expected", [
    ("The Economic Community of West African States (ECOWAS) authorised the immediate dispatch of troops on Friday.", date(2013, 1, 12), ("deployment", date(2013, 1, 11))),
    ("European Union foreign ministers on Thursday approved a mission to train Mali's army.", date(2013, 1, 21), ("mission_created", date(2013, 1, 17))),
    ("And in a decree read on state television on Monday evening, the interim president named a new governor for the Mopti region.", date(2013, 1, 15), ("appointment", date(2013, 1, 14))),
    ("Its mandate, renewed by the Security Council on 29 June for another year, sets a ceiling of 13,289 personnel.", date(2022, 7, 20), ("mission_renewed", date(2022, 6, 29))),
    ("Barkhane, which succeeded Serval on 1 August 2014, had up to 5,100 soldiers in the Sahel.", date(2022, 8, 15), ("mission_created", date(2014, 8, 1))),
    ("The West African bloc imposed sweeping economic sanctions on Mali in January and lifted them on July 3.", date(2022, 7, 12), ("sanctions", date(2022, 1, 1))),
    ("Two vehicles belonging to member organisations were stolen at gunpoint near Douentza on 22 January.", date(2022, 2, 1), ("looting", date(2022, 1, 22))),
    ("On 26 October, a first air drop of 12 tonnes of rice, millet and cooking oil reached the village.", date(2020, 11, 2), ("aid_pledged", date(2020, 10, 26))),
    ("The Radisson Blu hotel reopened on 15 December with reinforced security.", date(2015, 12, 30), ("reopening", date(2015, 12, 15))),
    ("Mali announced its first two cases of coronavirus on Wednesday.", date(2020, 3, 26), ("public_statement", date(2020, 3, 25))),
    ("The young people took to the streets of Commune V, Kati and Sikasso on Thursday evening.", date(2020, 5, 1), ("protest", date(2020, 4, 30))),
    ("Several thousand opposition supporters marched peacefully through Bamako on Saturday.", date(2018, 8, 20), ("protest", date(2018, 8, 18))),
    ("Mr Cissé's lawyers lodged five petitions at the Court's registry on Saturday 18 August.", date(2018, 8, 21), ("court_ruling", date(2018, 8, 18))),
    ("The bulletin carried a communiqué saying an attempted coup had been foiled on the night of 11 to 12 May.", date(2022, 5, 17), ("coup", date(2022, 5, 11))),
    ("Dr Goodluck Jonathan led a mediation mission to Bamako from 15 to 19 July 2020.", date(2020, 7, 19), ("diplomatic_call", date(2020, 7, 15))),
    ("Late this afternoon, the President of the Transition received telephone calls from his Burkinabe and Nigerien counterparts.", date(2024, 9, 17), ("diplomatic_call", date(2024, 9, 17))),
    ("On Monday, a decree replaced the director of the gendarmerie school.", date(2024, 9, 25), ("appointment", date(2024, 9, 23))),
    ("In September, Soumeylou Boubèye Maïga was kept on as prime minister.", date(2018, 12, 28), ("appointment", date(2018, 9, 1))),
    ("Established by the Security Council in April 2013, MINUSMA took over from the African-led force in July 2013.", date(2022, 2, 1), ("mission_created", date(2013, 4, 1))),
    ("A diplomat said the embassy's charge d'affaires had raised the case with Malian foreign ministry officials on Friday.", date(2025, 8, 16), ("diplomatic_call", date(2025, 8, 15))),
    ("The last soldiers of Operation Barkhane crossed into Niger on August 15, 2022, ending a military presence that began in January 2013.", date(2025, 8, 16), ("deployment", date(2013, 1, 1))),
    ("In February the MSA and GATIA launched operations against the Islamic State near the border with Niger.", date(2018, 12, 28), ("offensive", date(2018, 2, 1))),
    ("France's army has backed Malian troops against Islamist militants who had seized the desert north in 2012.", date(2018, 8, 15), ("territory_seized", date(2012, 1, 1))),
    ("Mali's National Human Rights Commission sent a team to the town on May 22.", date(2025, 6, 1), ("investigation", date(2025, 5, 22))),
    ("On Monday, WFP began distributing specialized nutritious food to 564 young children in the camp.", date(2024, 5, 14), ("aid_pledged", date(2024, 5, 13))),
    ("Ahmed Test, named prefect of Bassikounou by the Council of Ministers on 6 November, took office on Wednesday.", date(2024, 11, 23), ("appointment", date(2024, 11, 6))),
    ("Macron said the choice was made at a restricted defence council on Wednesday.", date(2021, 6, 11), ("diplomatic_call", date(2021, 6, 9))),
    ("The Minister recalled that the state of national disaster declared on 23 August 2024 remains in force.", date(2024, 9, 10), ("curfew", date(2024, 8, 23))),
    ("Our security assistance was paused on August 4, and it remains paused.", date(2023, 8, 10), ("sanctions", date(2023, 8, 4))),
    ("On Aug. 1, France began evacuating its citizens and other Europeans on military flights.", date(2023, 8, 10), ("withdrawal", date(2023, 8, 1))),
    ("On July 30, thousands of coup supporters rallied outside the French embassy in Niamey.", date(2023, 8, 10), ("protest", date(2023, 7, 30))),
    ("Malian President Assimi Goita took part in the second Russia-Africa summit, held in St. Petersburg on July 27-28.", date(2023, 7, 31), ("diplomatic_call", date(2023, 7, 27))),
    ("Paris, 2 July 2012 – The Director-General of UNESCO, Irina Bokova, today condemned the destruction of mausoleums in Timbuktu.", date(2012, 7, 2), ("public_statement", date(2012, 7, 2))),
    ("On Sunday, the Malian Minister of Defence told national television that about 50 soldiers had been killed.", date(2014, 5, 28), ("interview", date(2014, 5, 25))),
    ("Aug. 6 - The ECOWAS deadline expires.", date(2023, 9, 20), ("ultimatum", date(2023, 8, 6))),
    ("The army lost the town in March 2012, and within weeks the whole north had fallen to rebels.", date(2023, 11, 14), ("territory_seized", date(2012, 3, 1))),
    ("A government spokesman said on Thursday that cooperation with Moscow was a matter between two states.", date(2023, 8, 26), ("public_statement", date(2023, 8, 24))),
])
def test_words_and_dates_of_events_the_lexicon_lacked(text, published, expected):
    assert expected in _mentions(text, published)


@pytest.mark.parametrize("text, published, expected, not_expected", [
    ("A Dutch national kidnapped in Timbuktu in November 2011 was freed by French special forces in April 2015.", date(2016, 11, 20), ("abduction", date(2011, 11, 1)), ("release", date(2011, 11, 1))),
    ("A Dutch national who was kidnapped in Timbuktu in November 2011 was freed in April 2015.", date(2016, 11, 20), ("release", date(2015, 4, 1)), ("release", date(2011, 11, 1))),
    ("It was reimposed on 21 July after an attack on the army camp at Nampala on 19 July that killed 17 soldiers.", date(2016, 11, 20), ("attack", date(2016, 7, 19)), ("attack", date(2016, 7, 21))),
    ("His government dissolved political parties in May, and in July he was granted a renewable five-year term without an election.", date(2025, 8, 15), ("dissolution", date(2025, 5, 1)), ("dissolution", date(2025, 7, 1))),
])
def test_each_date_stays_with_its_own_clause(text, published, expected, not_expected):
    found = _mentions(text, published)
    assert expected in found and not_expected not in found


def test_a_pair_of_months_in_a_row_is_one_span_and_two_apart_are_two_acts():
    from timeline.dates import tag

    assert [(t.start, t.end) for t in tag("The hardest fighting came in February and March 2013.", date(2023, 1, 11), "en")] == [(date(2013, 2, 1), date(2013, 3, 31))]
    assert len(tag("Drones crossed the border in August and December 2024.", date(2025, 1, 11), "en")) == 2
    assert [(t.start, t.precision) for t in tag("Two years ago to the day, donors pledged 3.25 billion euros.", date(2015, 5, 15), "en")] == [(date(2013, 5, 15), "day")]


REVIEW_NOT_EVENTS = [
    ("An Air Afrique flight was hijacked at gunpoint on Monday.", "looting"),
    ("The Eagles celebrated their reception by the President on Monday.", "diplomatic_call"),
    ("The mayor authorised the sending of fire brigade forces to the burning market on Monday.", "deployment"),
    ("The IMF approved a mission to help Mali restructure its debt on Monday.", "mission_created"),
    ("The Eagles left Bamako on Monday on their way to Abidjan.", "deployment"),
    ("Operation Sentinelle, which replaced Vigipirate in 2015, is still running.", "mission_created"),
    ("The headmaster chaired a meeting of parents on Monday.", "diplomatic_call"),
    ("The coach received calls from Barcelona and Chelsea on Monday.", "diplomatic_call"),
    ("The decree replaced the 2012 law on land ownership on Monday.", "appointment"),
    ("The club lodged an appeal with CAF on Monday.", "court_ruling"),
    ("The candidate took the north with 60 percent of the vote on Sunday.", "territory_seized"),
    ("The education minister led a fact-finding mission on school dropout on Monday.", "diplomatic_call"),
    ("He was given a five-year term in prison on Monday.", "appointment"),
    ("Created by the Security Council in 1993, the Yugoslavia tribunal closed in 2017.", "mission_created"),
    ("The striker raised the matter with the referee on Sunday.", "diplomatic_call"),
    ("The health ministry launched operations against malaria mosquitoes on Monday.", "offensive"),
    ("The firm halted development support for its old software on Monday.", "sanctions"),
    ("The hospital began evacuating its staff on Monday after the fire.", "withdrawal"),
    ("The transfer deadline expires on Friday at midnight.", "ultimatum"),
    ("Security forces moved in to clear the protesters from the stadium on Sunday.", "intervention"),
    ("The army lost the city derby 2-1 on Sunday.", "territory_seized"),
    ("The coach's mandate, extended by the board on Monday, runs to 2026.", "mission_renewed"),
    ("Students marched again in graduation gowns on Saturday.", "protest"),
    ("An air drop of 40 tonnes of seed to regreen the desert took place on Monday.", "aid_pledged"),
    ("Officials said the junta had arrested ministers of the ousted government on Monday.", "coup"),
    ("Thousands of coup supporters rallied in Niamey on Sunday.", "coup"),
    ("They had to accept his defeat on Sunday.", "armed_clash"),
    ("The club sent a team to the tournament on Monday.", "investigation"),
    ("The city derby ended in defeat at the polls on Sunday.", "armed_clash"),
]


@pytest.mark.parametrize("text, event_type", REVIEW_NOT_EVENTS)
def test_the_session_s_words_in_other_senses_are_no_event(text, event_type):
    assert not any(t == event_type for t, _ in _mentions(text, date(2024, 5, 10)))


@pytest.mark.parametrize("text, published, value, not_label", [
    ("The CMA spokesman told AFP by phone that its fighters repelled the attack. We counted 17 bodies on the ground, he added.", date(2024, 5, 10), 17, None),
    ("According to an internal UN report that Reuters published on Friday, 30 civilians were killed in Moura.", date(2024, 5, 10), 30, "Reuters"),
    ("Twelve soldiers were killed in the ambush, in which the attackers used drones, said an army officer.", date(2024, 5, 10), 12, "Twelve soldiers"),
    ("At least 20 civilians died, in Mopti and Ségou, said the governor.", date(2024, 5, 10), 20, None),
    ("An official said 11 soldiers had died, while JNIM, in messages relayed by monitoring groups, said it had killed dozens of soldiers.", date(2024, 5, 10), 24, "An official"),
])
def test_the_session_s_claimant_rules_keep_to_their_shape(text, published, value, not_label):
    claim = next(c for c in _claims(text, published) if c.value_low == value)
    assert claim.claimant_basis != "article" and claim.claimant_label != not_label


def test_all_of_them_names_the_dead_only_with_a_noun():
    assert next(c for c in _claims("The attack left 12 wounded, all of them now out of hospital.", date(2024, 5, 10)) if c.value_low == 12).subject_label != "now out of hospital"


@pytest.mark.parametrize("text, published, expected", [
    ("The court ruled on Monday that killing civilians was a war crime.", date(2024, 5, 10), ("mass_killing", None)),
    ("Survivors of the massacres in Ogossagou, Sobane and Diallassagou on Monday asked the government for justice.", date(2024, 5, 10), ("mass_killing", None)),
    ("The second coup came on 24 May 2021. In May, the junta had also arrested the prime minister.", date(2025, 8, 15), ("arrest", date(2021, 5, 1))),
])
def test_the_session_s_date_rules_keep_to_their_shape(text, published, expected):
    assert expected in _mentions(text, published)


def test_a_saying_s_object_with_a_clause_of_its_own_gives_it_no_date():
    text = "A councillor told the AP that a nurse at the health centre said dozens of wounded had been brought in overnight."
    assert not any(t == "public_statement" and d is not None for t, d in _mentions(text, date(2025, 2, 16)))


def test_a_chronology_s_relative_clause_keeps_its_present():
    text = "Timeline\n\nKey dates:\n\n* May 24, 2021 - Goita, who says the transition will end in 2022, detains the president.\n\n* June 7, 2021 - Goita is sworn in.\n"
    assert not any(m.event_type == "public_statement" for m in process(text, date(2021, 6, 10))["mentions"])

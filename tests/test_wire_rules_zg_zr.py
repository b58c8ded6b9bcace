"""Rules found on the blind corpora of session 41 (ZG–ZR): which clause a date belongs to (after a
colon, across "when", a chronology line that tells what someone says), months and names told
back ("that August", "the bloc lifted them"), digest items under a day heading, who speaks for a
body named in apposition, and words of events the lexicon lacked. Each case is made up, in the
style of the copy where the class was seen."""

from __future__ import annotations

from datetime import date

import pytest

from test_wire_rules_wq_wx import _claims, _mentions, _records  # one article of a day, headline and all
from test_wire_rules_yq_yx import process  # an article as written, without a headline added


@pytest.mark.parametrize("text, published, expected", [
    # a month told back: the year told last
    ("The bloc was founded in Nouakchott in February 2014, and France turned its intervention into the regional Operation Barkhane that August.",
     date(2022, 2, 20), ("mission_created", date(2014, 8, 1))),
    ("France keeps some 3,000 soldiers in the region under its Barkhane operation, launched in August 2014.", date(2015, 11, 21), ("mission_created", date(2014, 8, 1))),
    ("France, for its part, folded Operation Serval into a regional force, Barkhane, in August.", date(2014, 10, 8), ("mission_created", date(2014, 8, 1))),
    ("The mission, created in April 2013 after France's intervention of January 2013, costs about $1.2 billion a year.", date(2021, 7, 1), ("mission_created", date(2013, 4, 1))),
    # sanctions named in the sentence before
    ("Sanctions imposed on January 9 closed the borders. The bloc lifted them on July 3.", date(2022, 12, 20), ("sanctions_lifted", date(2022, 7, 3))),
    ("Mali, Burkina Faso and Niger completed their exit from the West African bloc ECOWAS in January 2025.", date(2025, 7, 3), ("organisation_exit", date(2025, 1, 1))),
    ("The junta made him prime minister on June 7, 2021, after its second coup.", date(2024, 11, 21), ("appointment", date(2021, 6, 7))),
    ("He already stood in as interim prime minister from August 2022, for about four months.", date(2024, 11, 21), ("appointment", date(2022, 8, 1))),
    # what follows a colon opens like a sentence
    ("Ethnic militias formed in response, and the killings peaked in 2019: on March 23, 2019, militiamen attacked the village of Ogossagou.", date(2025, 6, 20), ("attack", date(2019, 3, 23))),
    ("The cabinet on Wednesday restored for 10 days a state of emergency that had expired on July 15.", date(2016, 7, 22), ("curfew", date(2016, 7, 20))),
    ("Keita attended a ceremony for the dead soldiers in Segou on Thursday.", date(2016, 7, 22), ("funeral", date(2016, 7, 21))),
    ("Delegations of the two movements sat down with government mediators in Bamako on Thursday.", date(2016, 8, 12), ("diplomatic_call", date(2016, 8, 11))),
    ("Prime Minister Brigi Rafini led a delegation of ministers to the area yesterday and promised that the attackers would be hunted down.", date(2021, 1, 4), ("diplomatic_call", date(2021, 1, 3))),
    # the act of the when-clause happened when the main act did
    ("On 2 January, two soldiers of the 2nd Hussar Regiment were killed when their armoured vehicle struck an explosive device in the Ménaka region.", date(2021, 1, 7), ("explosive_device", date(2021, 1, 2))),
    # a participle dates its event even in a toll
    ("The final toll of the attack carried out during the night of Sunday 9 to Monday 10 June 2019 against the village of Sobane Da stands at 35 dead.", date(2019, 6, 12), ("attack", date(2019, 6, 9))),
    ("Rebels took the town in 2012, but jihadists of MUJAO drove them out in November 2012.", date(2023, 3, 5), ("territory_seized", date(2012, 11, 1))),
    ("- 4 September: a commercial truck stopped and set on fire on the Ménaka road; the driver was released unhurt.", date(2022, 9, 14), ("looting", date(2022, 9, 4))),
])
def test_events_and_their_dates(text, published, expected):
    assert expected in _mentions(text, published)


def test_a_saying_relayed_by_a_monitor_is_dated_by_the_relay():
    text = "The Group to Support Islam and Muslims (JNIM) said in a message relayed by a monitoring group on Wednesday that its fighters had carried out the raid."
    found = {(m.event_type, m.start_date, m.date_basis) for m in _records(text, date(2019, 10, 3))["mentions"]}
    assert ("responsibility_claim", date(2019, 10, 2), "occurred") in found  # "its fighters had carried out the raid": a claim of responsibility


@pytest.mark.parametrize("text, statement", [
    ("Tabital Pulaaku, the main Fulani association, condemned the attack on Wednesday.", True),  # the body's own name, then the body
    ("Moussa Traore, a local official, condemned the attack on Wednesday.", False),  # a person and his post: evidence, no statement of record
    ("On Wednesday, the main Fulani association, condemned the attack.", False),  # a day is no name
])
def test_a_name_in_apposition_to_a_body_speaks(text, statement):
    assert (("public_statement", date(2019, 6, 19)) in _mentions(text, date(2019, 6, 20))) is statement


CHRONOLOGY = """Timeline of a year

* Feb 17 - France and its European allies announce they will withdraw their troops from Mali, citing obstruction by the junta.

* March 27-31 - Army operation in Moura, central Mali.

* May 16 - The junta says it foiled a coup attempt "backed by a Western state" on the night of May 11-12.
"""


def test_a_chronology_line_that_tells_a_saying():
    found = {(m.event_type, m.start_date, m.date_basis) for m in process(CHRONOLOGY, date(2022, 12, 30))["mentions"]}
    assert ("withdrawal", date(2022, 2, 17), "announced") in found  # announced that day, not done
    assert ("coup", date(2022, 5, 11), "occurred") in found  # the night it tells, not the line's day
    assert ("public_statement", date(2022, 5, 16), "occurred") in found
    assert ("offensive", date(2022, 3, 27), "occurred") in found


DIGEST = """SAHEL SECURITY WEEKLY

Below, the week day by day.

Wednesday 30 October

- Bamako: the Council of Ministers appointed General Abdoulaye Cissé as governor of the Mopti region, replacing a civilian administrator who had held the post since 2017.

Sunday 3 November

- Bamako: the defence ministry said troops would be pulled out of small isolated posts in the north.
"""


def test_digest_items_take_their_day_heading():
    found = {(m.event_type, m.start_date) for m in process(DIGEST, date(2019, 11, 4))["mentions"]}
    assert ("appointment", date(2019, 10, 30)) in found  # "who had held the post since 2017" is the predecessor's
    assert ("public_statement", date(2019, 11, 3)) in found


def test_a_communique_further_to_another_is_the_government_s():
    text = ("Further to its communiqué of Monday 10 June 2019, the Government of the Republic of Mali informs national and international opinion "
            "that the final toll of the attack stands at 35 dead, including 24 children.")
    claims = _claims(text, date(2019, 6, 12))
    assert {c.claimant_label for c in claims} == {"Government of Mali"}


def test_a_count_that_rose_from_one_figure_to_another():
    text = ("In the Mopti region, the number of internally displaced persons has risen from 2,100 people in January 2018 to nearly 66,000 as of 31 March, "
            "according to the Commission on Population Movements.")
    found = {(c.quantity, c.value_low) for c in _claims(text, date(2019, 4, 2))}
    assert ("displaced", 66000) in found


@pytest.mark.parametrize("text, published, expected", [
    ("UNHCR appeals for US$35.6 million as refugees pour into Niger, Burkina Faso and Mauritania on 23 February.", date(2012, 3, 2), ("aid_pledged", date(2012, 2, 23))),
    ("On 23 February, UNHCR launched an appeal for US$35.6 million to protect and assist up to 85,000 people.", date(2012, 3, 2), ("aid_pledged", date(2012, 2, 23))),  # a figure of more than one digit after the currency
    ("The Goudoubo camp, located 15 km from Dori, was opened on 18 October 2012 with the support of UNHCR.", date(2012, 11, 30), ("reopening", date(2012, 10, 18))),
    ("The Security Council renewed our mandate for one year on 29 June.", date(2022, 7, 27), ("mission_renewed", date(2022, 6, 29))),
    ("The government suspended all MINUSMA rotations on 14 July; rotations resumed only on 15 August, after talks.", date(2022, 9, 30), ("reopening", date(2022, 8, 15))),
    ("Last Wednesday the Government asked our spokesperson, Olivier Salgado, to leave the country within 72 hours.", date(2022, 7, 27), ("expulsion", date(2022, 7, 20))),
    ("On 11 January, a pickup packed with explosives struck a Barkhane patrol near Ménaka, wounding three French medics.", date(2018, 10, 20), ("explosive_device", date(2018, 1, 11))),
    ("The separatist movements, driven from Kidal, formed a new coalition, the Strategic Framework (CSP-DPA), on May 2.", date(2024, 12, 2), ("alliance_formed", date(2024, 5, 2))),
    ("On Saturday 29 March 2025, our units repelled a column of the junta's army that was advancing on Anefis.", date(2025, 4, 1), ("armed_clash", date(2025, 3, 29))),
    ("The airfield of Tessalit, seized on the night of 7 to 8 February by French special forces, now receives transport aircraft.", date(2013, 2, 22), ("territory_seized", date(2013, 2, 7))),  # the agent after "by" does not retype it (yet)
    ("Mali has signed such deals before: the National Pact in April 1992 and the Algiers accords of July 2006.", date(2015, 3, 3), ("peace_agreement", date(1992, 4, 1))),
    ("Armed men on motorbikes fired shots into the air near a polling station today and drove off with a ballot box.", date(2013, 8, 11), ("looting", date(2013, 8, 11))),
    ("On 20 November 2012, the security forces intercepted near Inabao, in the province of Oudalan, a group of armed individuals.", date(2012, 11, 30), ("arrest", date(2012, 11, 20))),
    ("On Sunday, an MSF vehicle clearly marked with the organisation's logo was stopped by four armed men on the road.", date(2012, 7, 12), ("attack", date(2012, 7, 8))),
    ("The media regulator on 11 April ordered radio stations, television channels and newspapers to stop reporting on the parties.", date(2024, 4, 20), ("media_suspended", date(2024, 4, 11))),
    ("On 13 February, Sanogo was formally installed at Koulouba as head of a military committee.", date(2013, 3, 22), ("appointment", date(2013, 2, 13))),
    ("Toure is a former colonel who ousted military ruler Moussa Traore in 1991.", date(2012, 3, 22), ("coup", date(1991, 1, 1))),
    ("On Friday 20 August, members of the militia barricaded the RN15 to protest against the agreements.", date(2021, 8, 30), ("blockade", date(2021, 8, 20))),
    ("The council received on Monday 12 July 2021, at its headquarters in Bamako, a delegation of the hunters.", date(2021, 7, 14), ("diplomatic_call", date(2021, 7, 12))),
    ("The Prime Minister chaired on Wednesday 21 October 2020 a meeting of the crisis unit devoted to Niono.", date(2020, 10, 22), ("diplomatic_call", date(2020, 10, 21))),
])
def test_more_events_and_their_dates(text, published, expected):
    assert expected in _mentions(text, published)


def test_attacks_listed_with_their_places_and_days():
    text = ("The Bankass and Bandiagara areas have been hit by repeated attacks on villages since 2018, including Koulogon on 1 January 2019, "
            "Ogossagou on 23 March 2019 and Sobane Da during the night of 9 to 10 June 2019.")
    found = {(m.start_date, m.place_id) for m in _records(text, date(2022, 6, 30))["mentions"] if m.trigger == "attacks"}
    assert found == {(date(2019, 1, 1), "koulogon"), (date(2019, 3, 23), "ogossagou"), (date(2019, 6, 9), "sobane_da")}


@pytest.mark.parametrize("text, published, quantity, value", [
    ("The local service in Bankass had registered 806 households totalling 5,086 people.", date(2022, 6, 30), "displaced", 5086),
])
def test_humanitarian_and_chronology_counts(text, published, quantity, value):
    assert (quantity, value) in {(c.quantity, c.value_low) for c in _claims(text, published)}


def test_an_appositive_before_said_is_no_inverted_speaker():
    text = "The Coordination of Azawad Movements (CMA), an alliance of separatist groups, said the strike killed five of its fighters and wounded about 20 others."
    assert {c.claimant_label for c in _claims(text, date(2015, 1, 21))} == {"Coordination of Azawad Movements"}
    assert not _claims("Some 300 soldiers were sheltering in the camp.", date(2012, 3, 2))  # troops under cover are no displaced people


def test_deaths_told_with_when_are_the_toll_of_the_when_act():
    found = _mentions("Two soldiers were killed on Sunday when their vehicle hit a mine near Gossi.", date(2021, 1, 7))
    assert found == {("explosive_device", date(2021, 1, 3))}  # one event, the mine, with its dead
    found = _mentions("Two soldiers were killed on Sunday near Gossi, and four others were wounded on Monday when their vehicle hit a mine.", date(2021, 1, 7))
    assert ("casualties", date(2021, 1, 3)) in found  # another day's dead stay


@pytest.mark.parametrize("text, quantity", [
    ("Gunmen abducted two French radio journalists in Kidal and killed them outside the town.", "killed"),  # their last fate
    ("Gunmen abducted two aid workers and released them a week later.", "captured"),
    ("Another resident said three children sheltering in a school were killed.", "killed"),  # sheltering is no flight
])
def test_the_fate_a_figure_ends_with(text, quantity):
    assert [c.quantity for c in _claims(text, date(2023, 11, 10)) if c.value_low in (2, 3)] == [quantity]


def test_a_quotation_s_tag_still_inverts():
    text = '"The second missile fell where people had run to help the wounded," said a trader reached by satellite phone. He said he had counted at least 17 dead.'
    assert {c.claimant_label for c in _claims(text, date(2025, 2, 25))} == {"a trader reached by satellite phone"}


def test_an_interviewee_met_on_a_day_answers():
    text = ("Three weeks after fighting resumed, we met Siaka Dembélé on Saturday at his home in Niono.\n\n"
            "Q: What happened on 3 July?\n\nA: Four of our brothers were killed on the spot and two were wounded.")
    assert {c.claimant_label for c in _claims(text, date(2021, 7, 26))} == {"Siaka Dembélé"}


@pytest.mark.parametrize("text, event_type", [
    ("The company's new mining operation, launched in March 2021, employs 400 people.", "mission_created"),
    ("NASA's Mars mission, launched in July 2020, landed in February.", "mission_created"),
    ("Mbappe turned Monaco into a force Europe feared in 2017.", "mission_created"),
    ("Covid travel bans closed the borders. The EU lifted them in June 2021.", "sanctions_lifted"),
    ("His speech in 2019 made him prime minister material.", "appointment"),
    ("The army held a graduation ceremony for 500 soldiers in Kati on Friday.", "funeral"),
    ("The owners sat down with the players' representatives on Monday.", "diplomatic_call"),
    ("The coach led the Malian delegation to the Africa Cup of Nations on Monday.", "diplomatic_call"),
    ("The national team flew to Cairo on Monday.", "diplomatic_call"),
    ("The chairman chaired on Monday a meeting of the board's audit committee.", "diplomatic_call"),
    ("Police set up roadblocks on Friday to catch speeding drivers.", "deployment"),
    ("Heavy rains on Monday drove them out of their homes.", "territory_seized"),
    ("He had a knee joint operation in Paris on Monday.", "offensive"),
    ("The lawyer appealed for $3 million in damages on Monday.", "aid_pledged"),
    ("The national team's training camp was opened on Monday.", "reopening"),
    ("Flight rotations resumed on Monday.", "reopening"),
    ("The shareholders extended our mandate on Monday.", "mission_renewed"),
    ("Supermarkets formed a new coalition on Monday to cut prices.", "alliance_formed"),
    ("Firefighters beat back a column of flames on Monday.", "armed_clash"),
    ("The town, captured on film in 1950, is now a museum.", "territory_seized"),
    ("The shareholder vote, which was postponed in May, will take place in June.", "election"),
    ("The striker put his signature on a new contract on Monday.", "peace_agreement"),
    ("Sponsorship agreements between the club and Orange were signed on Monday.", "peace_agreement"),
    ("The highway was blocked by snow on Monday.", "blockade"),
    ("China lifted its border closure on Monday.", "sanctions_lifted"),
    ("He was formally installed as head coach on Monday.", "appointment"),
    ("FIFA made the ban of the player permanent on Monday.", "media_suspended"),
    ("The club told journalists on Monday to stop covering training sessions.", "media_suspended"),
    ("The schoolchildren got lost in the fog, but two of them found their way home on Tuesday.", "release"),
])
def test_other_senses_are_no_events(text, event_type):
    assert event_type not in {t for t, _ in _mentions(text, date(2024, 5, 10))}


def test_told_dates_stay_narrow():
    assert ("public_statement", date(2019, 8, 1)) not in _mentions("Floods killed 12 people in Gao in 2019. The army said that August was the wettest month.", date(2024, 5, 10))
    line = process("Timeline\n\n* May 16 - The junta says it foiled a coup attempt by officers trained in 2015.\n", date(2022, 12, 30))["mentions"]
    assert ("coup", date(2022, 5, 16)) in {(m.event_type, m.start_date) for m in line}
    births = _mentions("Elections were held in several countries, including Senegal, whose president was born on 2 March 1980.", date(2024, 5, 10))
    assert ("election", date(1980, 3, 2)) not in births


def test_speakers_stay_narrow():
    assert ("public_statement", date(2024, 5, 8)) not in _mentions("However, the association condemned the attack on Wednesday.", date(2024, 5, 10))
    assert {c.claimant_label for c in _claims("Gunmen killed five civilians in Boni, a town in central Mali, said the mayor.", date(2024, 5, 10))} == {"the mayor"}
    assert not _claims("Police foiled a plot to abduct two ministers.", date(2024, 5, 10))


def test_a_where_clause_after_a_day_and_its_place():
    found = _mentions("The worst came on Aug. 24 at Barsalogho, north of Kaya, where jihadists opened fire on residents digging trenches.", date(2024, 9, 16))
    assert ("attack", date(2024, 8, 24)) in found


def test_a_side_that_puts_its_losses_counts_its_own():
    claims = _claims("Once the bodies are brought back to Kidal, the CMA puts its losses at 11 dead and 21 wounded.", date(2015, 6, 20))
    assert {(c.quantity, c.subject_id) for c in claims} == {("killed", "cma"), ("wounded", "cma")}


def test_a_transition_charter_is_a_text_not_an_alliance():
    found = {t for t, _ in _mentions("Delegates adopted a transition charter on Saturday after three days of talks.", date(2020, 9, 14))}
    assert "legislation" in found and "alliance_formed" not in found
    assert "alliance_formed" in {t for t, _ in _mentions("The three leaders signed the Liptako-Gourma charter on Saturday.", date(2023, 9, 18))}

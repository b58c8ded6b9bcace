"""Rules found on the blind corpora of session 37 (XO–XR): a digest's dated headings, decisions
listed under a summit's lead, a communiqué's "Done on" line, sanctions lifted in the same breath
as the day they were imposed, and the words of appointments, releases and press conferences the
lexicon lacked. Each case is made up, in the style of the copy where the class was seen."""

from __future__ import annotations

from datetime import date

import pytest

from test_wire_rules_wq_wx import _mentions, _records  # one article of a day, headline and all
from timeline.ingest import ingest


DIGEST = """THE WEEK IN THE SAHEL
Issue 12 · Saturday 10 October 2020

■ Oct. 5 | A government at last
The prime minister named a 25-member cabinet, with four portfolios for officers.

■ Oct. 7 | Detainees released
The junta freed former prime minister Boubou Cissé and other officials held since the coup.
"""


def test_a_digest_s_dated_heading_is_kept_and_dates_the_paragraph_under_it():
    kept = ingest("d1", DIGEST).clean.text
    assert "■ Oct. 5 | A government at last" in kept
    found = _mentions(DIGEST, date(2020, 10, 10))
    assert ("appointment", date(2020, 10, 5)) in found
    assert ("release", date(2020, 10, 7)) in found
    assert not any(t == "coup" and d == date(2020, 10, 7) for t, d in found)  # "held since the coup" is background, not that day's


@pytest.mark.parametrize("line", ["World | Africa", "Issue 31 | Politics", "March 25 | 3 min read", "World News | Fri Apr 13, 2012 2:51pm EDT"])
def test_a_breadcrumb_or_a_page_stamp_with_a_bar_is_still_page_furniture(line):
    kept = ingest("d2", f"{line}\n\nGunmen attacked the camp at Boni on Monday, residents said.\n").clean.text
    assert line not in kept


SUMMIT = """DECLARATION ON THE SITUATION IN MALI

1. The Authority held an Extraordinary Summit by videoconference.

2. In accordance with the Supplementary Protocol on Democracy of 21 December 2001, the Authority decides, with immediate effect:

a) to suspend Mali from all ECOWAS decision-making bodies;

b) to close all land and air borders of Member States with Mali.

3. The Authority will remain seized of the matter.

Done on 20 August 2020
"""


def test_lettered_decisions_under_a_lead_take_the_day_of_the_done_on_line_not_a_protocol_s_year():
    found = _mentions(SUMMIT, date(2020, 8, 21))
    assert ("sanctions", date(2020, 8, 20)) in found
    assert not any(d == date(2001, 12, 21) for _, d in found)


@pytest.mark.parametrize("text, published, expected", [
    ("ECOWAS on Tuesday lifted the sanctions it imposed on Aug. 20.", date(2020, 10, 10), {("sanctions_lifted", date(2020, 10, 6)), ("sanctions", date(2020, 8, 20))}),
    ("West African leaders ended trade and financial sanctions on Mali on Sunday.", date(2022, 7, 5), {("sanctions_lifted", date(2022, 7, 3))}),
])
def test_sanctions_lifted_and_the_day_they_were_imposed_are_two_events(text, published, expected):
    assert _mentions(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Ndaw, a former defence minister, was named on Monday by a college of electors chosen by the junta.", date(2020, 9, 25), ("appointment", date(2020, 9, 21))),
    ("His government, which includes some opposition figures, is formed on 5 May.", date(2019, 6, 29), ("appointment", date(2019, 5, 5))),
    ("On Wednesday the junta freed former prime minister Boubou Cissé and other officials.", date(2020, 10, 10), ("release", date(2020, 10, 7))),
    ("Its third rally, on Friday 10 July 2020, launched a campaign of peaceful civil disobedience.", date(2020, 7, 12), ("protest", date(2020, 7, 10))),
    ("The movement recalls the visit of the ECOWAS ministerial mission from 18 to 20 June 2020.", date(2020, 7, 12), ("diplomatic_call", date(2020, 6, 18))),
    ("An arrest warrant against Iyad Ag Ghaly, the leader of JNIM, was unsealed in June 2024.", date(2025, 9, 22), ("court_ruling", date(2024, 6, 1))),
    ("The junta's spokesman took questions from reporters in Kati on Wednesday.", date(2020, 9, 17), ("public_statement", date(2020, 9, 16))),
    ("The President of the Republic said on Tuesday that the transition would end in 2026.", date(2024, 5, 2), ("public_statement", date(2024, 4, 30))),
    ("The United Nations peacekeeping mission in Mali comes to an end today.", date(2023, 12, 31), ("mission_ended", date(2023, 12, 31))),
    ("Its flag came down in Bamako on December 11.", date(2023, 12, 31), ("withdrawal", date(2023, 12, 11))),
    ("The Timbuktu camp was handed to the regional governor on Thursday.", date(2023, 12, 31), ("withdrawal", date(2023, 12, 28))),
    ("On September 25 the government postponed the presidential vote planned for February 2024.", date(2023, 12, 31), ("election", date(2023, 9, 25))),
    ("The Authority proclaims, this Friday 23 June 2023, the provisional results of the referendum.", date(2023, 6, 23), ("election", date(2023, 6, 23))),
    ("Decree No. 2024-0391/PT-RM of 10 July 2024 appointing the governor of the Kidal region", date(2024, 7, 20), ("appointment", date(2024, 7, 10))),
    ("Order No. 2024-2815/MATD-SG of 8 July 2024 extending the ban on motorcycle traffic in the Ménaka region", date(2024, 7, 20), ("curfew", date(2024, 7, 8))),
    ("He recalled that French forces went into action on 11 January 2013, at the request of the interim president.", date(2014, 8, 7), ("intervention", date(2013, 1, 11))),
    ("The MNLA recalls that it signed, together with the HCUA and the MAA, the Algiers Declaration of 9 June 2014.", date(2014, 7, 17), ("peace_agreement", date(2014, 6, 9))),
    ("We welcome the adoption of resolution 2359 by the United Nations Security Council on 21 June 2017.", date(2017, 7, 2), ("legislation", date(2017, 6, 21))),
])
def test_words_of_appointments_releases_and_statements(text, published, expected):
    assert expected in _mentions(text, published)


@pytest.mark.parametrize("text, published", [
    ("The movement launched a campaign of peaceful civil disobedience on Friday.", date(2020, 7, 12)),
    ("The suspect was named in the report published on Monday.", date(2020, 7, 12)),
])
def test_no_intervention_or_appointment_where_none_was_made(text, published):
    assert not {t for t, _ in _mentions(text, published)} & {"intervention", "appointment"}


# Found too wide by a review of this session's rules: the same words in other senses.
@pytest.mark.parametrize("text, event_type", [
    ("The disciplinary hearing ended with heavy sanctions for Stade Malien on Monday.", "sanctions_lifted"),
    ("The tribunal ended all doping sanctions against the athlete on Monday.", "sanctions_lifted"),
    ("FIFA suspended Mali from all its activities over government interference on Monday.", "sanctions"),
    ("Manchester United released former England goalkeeper David De Gea in June.", "release"),
    ("The publisher released former president Barack Obama's memoir on Tuesday.", "release"),
    ("The stadium was named on Monday by the president's wife after her father.", "appointment"),
    ("The player was named by the committee as man of the match on Sunday.", "appointment"),
    ("The Ballon d'Or winner is named on 28 October.", "appointment"),
    ("The curio cabinet, made of teak and ivory, was unveiled in Paris on Monday.", "appointment"),
    ("Assimi Goïta's son answered questions in the baccalaureate exam on Monday.", "public_statement"),
    ("The junta refused the visit of the UN delegation on Monday.", "diplomatic_call"),
    ("Fans await the visit of the Real Madrid delegation in June.", "diplomatic_call"),
    ("The opposition on Monday called for a campaign of civil disobedience from June.", "protest"),
    ("The envelope with the winner's name was unsealed on stage on Saturday.", "court_ruling"),
    ("The tomb was unsealed by archaeologists near Gao in March.", "court_ruling"),
])
def test_the_session_s_words_in_other_senses_tell_no_such_event(text, event_type):
    assert event_type not in {t for t, _ in _mentions(text, date(2024, 5, 10))}


@pytest.mark.parametrize("text", [
    "Apr 14 | Opinion\n\nThe coup that toppled Keita was a mistake, our columnist argues.\n",
    "■ May 2 | On this day\n\nFrench troops entered Gao and were greeted by crowds.\n",
    "Apr 30 | Podcast\n\nWe revisit the day the junta arrested President Keita.\n",
])
def test_one_titled_day_line_is_a_page_s_section_not_a_digest_s_day(text):
    assert not any(d is not None and d.year == 2024 for _, d in _mentions(text, date(2024, 5, 10)))


def test_a_summit_s_day_dates_its_lettered_decisions_and_a_photo_credit_is_no_sign_off():
    text = "At its summit of 9 January, ECOWAS decided:\n\na) to close the borders with Mali;\n\nb) to freeze Mali's assets.\n\nPhoto Reuters, 8 May 2024\n"
    found = _mentions(text, date(2024, 5, 10))
    assert ("sanctions", date(2024, 1, 9)) in found and not any(d == date(2024, 5, 8) for _, d in found)


def test_a_label_in_capitals_is_no_speaker():
    text = "Q: How many soldiers has France lost?\n\nANSWER: 58 French soldiers were killed in the Sahel.\n\nQ: And civilians?\n\nANSWER: Hundreds.\n"
    assert [c.claimant_label for c in _records(text, date(2024, 5, 10))["claims"]] != ["ANSWER"]


def test_a_since_date_that_is_the_narrative_still_frames_the_days_after_it():
    text = "The region has known no peace since the coup of August 2020. On 18 August, soldiers arrested President Keita."
    assert ("arrest", date(2020, 8, 18)) in _mentions(text, date(2024, 5, 10))


def test_a_place_closing_an_appositive_is_not_the_town_that_fell():
    text = "Timbuktu, a heritage site some 700 kilometres northeast of Bamako, fell to Tuareg rebels and jihadists in April 2012."
    mentions = _records(text, date(2025, 6, 3))["mentions"]
    assert [(m.event_type, m.place_id) for m in mentions if m.event_type == "territory_seized"] == [("territory_seized", "timbuktu")]


INTERVIEW = """Transcript: the president on the Sahel

President Emmanuel Macron spoke to two channels on Sunday; the passage on the Sahel follows.

Q: Mr President, is France staying?

MACRON: We have decided that our ambassador comes home. We paid for it: 58 of our soldiers lost their lives in the Sahel.

Q: Did you consult the president?

MACRON: Every day. He remains, for us, the only legitimate authority.
"""


def test_a_one_word_name_in_capitals_answering_q_turns_speaks_its_figures():
    claims = _records(INTERVIEW, date(2023, 9, 24))["claims"]
    assert [(c.value_low, c.claimant_label) for c in claims] == [(58, "MACRON")]


PRESS = """The junta's spokesman answers the press

Colonel-Major Ismaël Wagué, spokesman of the junta that seized power on 18 August, took questions at the camp in Kati on Wednesday.

Q: The army has kept losing men since the coup.

A: Yes. Ten of our soldiers were killed on 6 September when their convoy was ambushed near Guiré.
"""


def test_a_spokesman_who_took_questions_is_the_one_who_answers():
    claims = _records(PRESS, date(2020, 9, 17))["claims"]
    assert [(c.value_low, c.claimant_label) for c in claims] == [(10, "Colonel-Major Ismaël Wagué")]


def test_a_record_counted_since_a_dated_event_sets_no_year_for_the_days_after_it():
    text = ("GENEVA, March 26 - Ogossagou was the deadliest attack on civilians in Mali since the French-led intervention of January 2013, "
            "the spokesperson said. Before it, the office had recorded 37 killings in Koulogon on 1 January.")
    mentions = _records(text, date(2019, 3, 26))["mentions"]
    assert date(2019, 1, 1) in {m.start_date for m in mentions}
    assert date(2013, 1, 1) not in {m.start_date for m in mentions if m.date_precision == "day"}


COURT_STATEMENT = """Kangaba attack: the prosecutor's statement

The prosecutor in Bamako issued the following statement on Thursday.

REPUBLIC OF MALI - One People, One Goal, One Faith
HIGH COURT OF BAMAKO - SPECIALISED JUDICIAL UNIT
Statement No. 007/2017/PJS

1. Toll. The final toll established by the investigators is five persons killed.
"""


def test_a_court_s_letterhead_issues_the_statement_under_it():
    claims = _records(COURT_STATEMENT, date(2017, 6, 22))["claims"]
    assert [(c.value_low, c.claimant_label) for c in claims] == [(5, "HIGH COURT OF BAMAKO - SPECIALISED JUDICIAL UNIT")]

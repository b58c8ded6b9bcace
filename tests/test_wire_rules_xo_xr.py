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
    ("Boubou Cissé is named on 22 April.", date(2019, 6, 29), ("appointment", date(2019, 4, 22))),
    ("His government, which includes some opposition figures, is formed on 5 May.", date(2019, 6, 29), ("appointment", date(2019, 5, 5))),
    ("On Wednesday the junta freed former prime minister Boubou Cissé and other officials.", date(2020, 10, 10), ("release", date(2020, 10, 7))),
    ("Its third rally, on Friday 10 July 2020, launched a campaign of peaceful civil disobedience.", date(2020, 7, 12), ("protest", date(2020, 7, 10))),
    ("The movement recalls the visit of the ECOWAS ministerial mission from 18 to 20 June 2020.", date(2020, 7, 12), ("diplomatic_call", date(2020, 6, 18))),
    ("An arrest warrant against Iyad Ag Ghaly, the leader of JNIM, was unsealed in June 2024.", date(2025, 9, 22), ("court_ruling", date(2024, 6, 1))),
    ("The junta's spokesman took questions from reporters in Kati on Wednesday.", date(2020, 9, 17), ("public_statement", date(2020, 9, 16))),
    ("The President of the Republic said on Tuesday that the transition would end in 2026.", date(2024, 5, 2), ("public_statement", date(2024, 4, 30))),
])
def test_words_of_appointments_releases_and_statements(text, published, expected):
    assert expected in _mentions(text, published)


@pytest.mark.parametrize("text, published", [
    ("The movement launched a campaign of peaceful civil disobedience on Friday.", date(2020, 7, 12)),
    ("The suspect was named in the report published on Monday.", date(2020, 7, 12)),
])
def test_no_intervention_or_appointment_where_none_was_made(text, published):
    assert not {t for t, _ in _mentions(text, published)} & {"intervention", "appointment"}


def test_a_place_closing_an_appositive_is_not_the_town_that_fell():
    text = "Timbuktu, a heritage site some 700 kilometres northeast of Bamako, fell to Tuareg rebels and jihadists in April 2012."
    mentions = _records(text, date(2025, 6, 3))["mentions"]
    assert [(m.event_type, m.place_id) for m in mentions if m.event_type == "territory_seized"] == [("territory_seized", "timbuktu")]


INTERVIEW = """Transcript: the president on the Sahel

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

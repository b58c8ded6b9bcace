"""The other half of what blind corpora WY–XF showed (their new phrasings are rows of
tests/test_news_phrasings.py; the same words in other senses are rows of NOT_EVENTS in
tests/test_wire_rules_wq_wx.py): a date stays with the act that owns it, what a figure counts
and who claims it (date_rules.py, joined_dates.py, date_owners.py, event_dates.py,
repeated_acts.py, claim_quantities.py, release_headers.py, claimants_en.toml).

Why one file: each case is one sentence or short page of wire copy or ordinary news of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from test_wire_rules_wq_wx import _mentions, _records  # one article of a day, headline and all
from timeline.corpus import Article
from timeline.dates import tag
from timeline.pipeline import process_article


def test_a_date_set_off_after_and_belongs_to_the_act_told_again_not_to_the_one_before():
    records = _records("The attack has been claimed by Al-Mourabitoune and, on Sunday, by the Macina Liberation Front.", date(2015, 11, 23))
    found = {(m.event_type, m.start_date, m.date_basis) for m in records["mentions"]}
    assert {kind for kind, day, basis in found if day == date(2015, 11, 22) and basis == "occurred"} & {"responsibility_claim", "public_statement"}
    assert ("attack", date(2015, 11, 22), "occurred") not in found  # the attack is only told, on the claim's day
    # an attack claimed in the passive keeps its own day (the claim's day is not told)
    boni = {(m.event_type, m.start_date, m.date_basis) for m in _records("The attack on the Boni checkpoint on Thursday was claimed by JNIM on Friday.", date(2022, 8, 15))["mentions"]}
    assert ("attack", date(2022, 8, 11), "occurred") in boni
    # a saying after "and, on 14 February," keeps its day free for what it announces
    taken = _mentions("On 13 February, the army launched a ground operation in the area and, on 14 February, announced that it had taken control of the mining site.", date(2024, 2, 16))
    assert ("territory_regained", date(2024, 2, 14)) in taken


@pytest.mark.parametrize("text, published, expected", [
    ("Mali's junta, which seized power in coups in 2020 and 2021, in July last year granted Goita a mandate.", "2026-01-22", ("July last year", "2025-07-01", "2025-07-31")),
    ("Talks resume in March next year.", "2026-10-01", ("March next year", "2027-03-01", "2027-03-31")),
    ("In late July last year a column was routed.", "2013-01-16", ("late July last year", "2012-07-21", "2012-07-31")),
    ("The borders closed on 9 January this year.", "2022-03-01", ("9 January this year", "2022-01-09", "2022-01-09")),
])
def test_a_month_of_last_this_or_next_year_counts_from_publication_not_from_a_year_told_before(text, published, expected):
    found = [(t.text, str(t.start), str(t.end)) for t in tag(text, published)]
    assert expected in found


def test_hostages_whose_fate_follows_a_breakdown_are_counted_killed_not_captured():
    claims = _records("This follows the attack on the hotel, in which 20 hostages, including one U.S. citizen, were killed.", date(2016, 3, 21))["claims"]
    assert ("killed", 20) in {(c.quantity, c.value_low) for c in claims}
    assert ("captured", 20) not in {(c.quantity, c.value_low) for c in claims}
    held = _records("Twenty hostages, including two Europeans, were still held on Monday.", date(2016, 3, 21))["claims"]
    assert ("killed", 20) not in {(c.quantity, c.value_low) for c in held}
    mixed = _records("Dozens of hostages, including several Americans, were killed or wounded, officials said.", date(2013, 1, 20))["claims"]
    assert "killed" not in {c.quantity for c in mixed}  # a mixed toll says no one's death


def test_a_letterhead_that_opens_the_page_issues_the_release_under_it():
    page = ("MINISTRY FOR THE ARMED FORCES\n\nPress release - Paris, 15 August 2022\n\n"
            "Operation Barkhane: the last soldiers have left Mali\n\n"
            "Since 2013, 59 French soldiers have given their lives in Mali in the fight against armed terrorist groups.")
    claims = process_article(Article("t", "t.txt", date(2022, 8, 15), "en", {}, "0" * 64, page + "\n"))["claims"]
    assert [(c.value_low, c.claimant_label) for c in claims] == [(59, "MINISTRY FOR THE ARMED FORCES")]


def test_a_translated_message_the_article_says_it_reproduces_is_its_issuers():
    text = ("Below is our translation of the message that the FLA's information bureau posted on its Telegram channel on Monday:\n\n"
            "\"The provisional toll stands at 17 civilians killed and more than 30 wounded.\"")
    claims = _records(text, date(2026, 6, 9))["claims"]
    assert {c.claimant_id for c in claims} == {"fla"}

"""Rules found on the blind corpora of session 36 (XG–XJ) and the misses left from earlier
batches: a resolution's adoption and the act it makes, the owner of a toll a relative clause
continues. Each case is made up, in the style of the wire copy where the class was seen."""

from __future__ import annotations

from datetime import date

import pytest

from test_wire_rules_wq_wx import _mentions, _records  # one article of a day, headline and all


@pytest.mark.parametrize("text, expected", [
    ("The members recalled resolution 2164 (2014), adopted on 25 June 2014, by which they extended the mandate of MINUSMA until 30 June 2015.", ("mission_renewed", date(2014, 6, 25))),
    ("By resolution 2690, adopted on 30 June 2023, the Security Council ended the mandate of MINUSMA.", ("mission_ended", date(2023, 6, 30))),
    ("The council, in resolution 2690 adopted unanimously on 30 June, ended the mandate of MINUSMA and gave the mission until 31 December to leave.", ("mission_ended", date(2023, 6, 30))),
    ("Resolution 2100, adopted on 25 April 2013, created MINUSMA.", ("mission_created", date(2013, 4, 25))),
])
def test_a_resolution_adopted_on_a_day_dates_the_act_it_makes_and_is_not_a_second_event(text, expected):
    assert _mentions(text, date(2023, 8, 1)) == {expected}


def test_a_resolution_adopted_on_a_day_with_no_act_told_is_the_council_s_decision():
    assert _mentions("The sanctions regime rests on resolution 2374 (2017), adopted on 5 September 2017.", date(2023, 8, 1)) == {("legislation", date(2017, 9, 5))}


def test_voting_to_end_a_named_mission_ends_the_mission():
    assert _mentions("On 30 June the Security Council voted to end MINUSMA, and the race for its bases began.", date(2023, 8, 1)) == {("mission_ended", date(2023, 6, 30))}


@pytest.mark.parametrize("text, claimant", [
    ("The new toll more than doubles the one the army gave late on Monday, which listed 17 soldiers killed.", "the army"),
    ("The army gave a first toll on Monday, which listed 17 soldiers killed.", "The army"),
    ("Residents rejected the figure that the governor had given, which counted only 17 dead.", "the governor"),
])
def test_a_toll_someone_gave_speaks_through_the_relative_that_continues_it(text, claimant):
    claims = _records(text, date(2022, 8, 10))["claims"]
    assert [(c.value_low, c.claimant_label) for c in claims] == [(17, claimant)]


def test_an_event_continued_by_a_relative_gives_no_speaker():
    claims = _records("He spoke after the attack, which killed 17 soldiers.", date(2022, 8, 10))["claims"]
    assert [c.claimant_basis for c in claims] == ["article"]

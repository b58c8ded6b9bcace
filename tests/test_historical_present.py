"""A chronology's entries in the present tense are read as past events (timeline/historical_present.py)."""

from __future__ import annotations

from datetime import date

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.corpus import Article
from timeline.historical_present import in_past, original_span
from timeline.pipeline import process_article

KEY_DATES = """Wagner in Mali: key dates

• Dec. 23, 2021 - Fifteen Western governments condemn the deployment of Wagner fighters in Mali.

• Jan 9, 2022 — ECOWAS imposes sanctions after the junta proposes to stay in power.

• Nov. 14, 2023 - The army and Wagner take Kidal, the separatists' stronghold, without a fight.

• May 12, 2025 - Soldiers detain more than 20 men at the livestock market in Diafarabé.

- 22 December 2022: the CMA and its allies suspend their participation in the accord's mechanisms.
"""


def _mentions(text: str, published: date) -> list:
    return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, text))["mentions"]


def test_present_tense_entries_are_events_of_their_day_quoted_in_the_article_s_words():
    found = {(m.event_type, m.start_date, m.trigger) for m in _mentions(KEY_DATES, date(2025, 6, 14))}
    assert ("arrest", date(2025, 5, 12), "detain") in found
    assert ("territory_regained", date(2023, 11, 14), "take") in found
    assert ("sanctions", date(2022, 1, 9), "imposes sanctions") in found
    assert any(t == "agreement_ended" and d == date(2022, 12, 22) for t, d, _ in found)


def test_a_deployment_condemned_in_an_entry_is_not_dated_by_the_condemnation():
    assert not any(m.event_type == "deployment" and m.start_date == date(2021, 12, 23) for m in _mentions(KEY_DATES, date(2025, 6, 14)))


def test_present_tense_in_ordinary_prose_is_left_alone():
    text = "Headline\n\nSoldiers detain more than 20 men at the market, residents say.\n"
    assert not any(m.event_type == "arrest" for m in _mentions(text, date(2025, 6, 14)))


def test_a_shorter_past_keeps_the_whole_present_word_as_trigger():
    text = "Key dates\n\n• July 1, 2024 - Islamist fighters leave Timbuktu.\n\n• Nov. 14, 2023 - The army takes Kidal without a fight.\n"
    triggers = {m.trigger for m in _mentions(text, date(2025, 6, 14))}
    assert "leave" in triggers or "fighters leave" in triggers
    assert not any(t.endswith(("leav", " tak")) for t in triggers)


def test_nouns_and_objects_stay_nouns():
    assert in_past("ECOWAS imposes sanctions", "en")[0] == "ECOWAS imposed sanctions"
    assert in_past("after a new attack on the camp", "en")[0] == "after a new attack on the camp"
    assert in_past("30 attacks in May", "en")[0] == "30 attacks in May"
    assert in_past("Attacks rise", "en")[0] == "Attacks rise"
    assert in_past("Roadside bomb kills three soldiers", "en")[0] == "Roadside bomb killed three soldiers"
    assert in_past("Teachers go on hunger strike", "en")[0] == "Teachers go on hunger strike"
    assert in_past("after Kidal's fall", "en")[0] == "after Kidal's fall"
    assert in_past("Soldiers detain 20 men", "en")[0] == "Soldiers detained 20 men"


@given(st.lists(st.sampled_from(["the", "army", "takes", "Kidal", "signs", "an", "attack", "and", "detain", "20", "men", ",", "seizes"]), max_size=12))
def test_every_character_maps_back_into_the_original(words):
    text = " ".join(words)
    past, at = in_past(text, "en")
    assert len(at.starts) == len(at.ends) == len(past)
    assert all(0 <= i < len(text) for i in at.starts) and at.starts == sorted(at.starts)
    for m in __import__("re").finditer(r"\w+", past):
        start, end = original_span(at, m.start(), m.end())
        assert text[start:end].strip() and " " not in text[start:end]
        assert re.fullmatch(r"\w+", text[start:end])  # a whole word, never a cut one ("leav" for "left")

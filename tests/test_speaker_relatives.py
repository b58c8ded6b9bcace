"""Speakers behind relative clauses and listeners after "told" (timeline/speaker_phrases.py)."""

from __future__ import annotations

import pytest

from timeline.names import matcher
from timeline.sayings import cues
from timeline.speaker_phrases import speaker_phrase


def speaker(text: str) -> str | None:
    cue = cues(text)[-1]
    phrase = speaker_phrase(text, cue, matcher().find(text), [], "en")
    return phrase.text if phrase else None


@pytest.mark.parametrize(
    "text, expected",
    [
        # the outlet after "told" heard the words; the speaker stands before the relative clause
        ("A local official, who spoke on condition of anonymity for fear of reprisals, told Reuters that 40 people died.", "A local official"),
        # "who hid in a granary" is what the farmer did, not who spoke
        ("A 56-year-old farmer who hid in a granary said the gunmen came on motorcycles.", "A 56-year-old farmer"),
        ("A relative who spoke to a reporter from Sevare said 19 people had been killed.", "A relative"),
        # an inverted saying still names its speaker after the verb
        ('"We lost nine men," said a soldier at the camp.', "a soldier at the camp"),
    ],
)
def test_the_speaker_of_a_saying(text, expected):
    assert speaker(text) == expected

"""Invisible characters hide no figure, and every offset still points at the raw text."""

from __future__ import annotations

from datetime import date

from timeline.corpus import Article
from timeline.pipeline import process_article


def claims_of(text: str) -> list:
    article = Article("x", "x.txt", date(2024, 9, 19), "en", {}, "0" * 64, text)
    return process_article(article)["claims"]


def test_a_zero_width_space_inside_a_figure_and_its_verb_hides_nothing():
    text = "Title of the story\n\nThe army said on Friday that 1\u200b2 soldiers were kil\u200bled near Kidal.\n"
    (claim,) = claims_of(text)
    assert (claim.quantity, claim.value_low, claim.figure) == ("killed", 12, "1\u200b2")
    assert text[claim.figure_start : claim.figure_end] == claim.figure
    assert text[claim.char_start : claim.char_end] == claim.quote


def test_a_bidirectional_mark_before_a_figure_keeps_the_figure_span_raw():
    text = "Title of the story\n\nRebels said \u200f47 Malian soldiers were killed.\n"
    (claim,) = claims_of(text)
    assert (claim.value_low, text[claim.figure_start : claim.figure_end]) == (47, "47")


def test_a_dateline_city_is_never_a_claimant():
    text = "Title of the story\n\nBAMAKO, Mali -- A coalition of armed groups claimed Saturday that it killed dozens of government soldiers.\n"
    (claim,) = claims_of(text)
    assert "BAMAKO" not in claim.claimant_label and text[claim.char_start : claim.char_end] == claim.quote

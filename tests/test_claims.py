"""Claims: every figure with its claimant, status and words; the seeds' figures, each form, traps."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.claims import claims_of_article
from timeline.corpus import load_corpus
from timeline.dates import tag
from timeline.events import SentenceContext
from timeline.ingest import ingest
from timeline.names import matcher
from timeline.pipeline import assemble

from conftest import RAW


def claims_in(text: str, published: str = "2024-07-30"):
    result = ingest("t", text)
    contexts = [
        SentenceContext(s, f"t:{s.sentence_index:04d}", tag(s.text, published), matcher().find(s.text), [])
        for s in result.sentences
    ]
    return claims_of_article("t", contexts)


def one(text: str, published: str = "2024-07-30"):
    found = claims_in(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def frames():
    return assemble(load_corpus(RAW))


@pytest.fixture(scope="module")
def battle_claims(frames):
    events = frames["events"]
    battle = events[(events["event_type"] == "armed_clash") & (events["start_date"] == pd.Timestamp("2024-07-25"))].iloc[0]
    family = {battle["event_id"], *events.loc[events["parent_event_id"] == battle["event_id"], "event_id"]}
    claims = frames["claims"]
    return claims[claims["event_id"].isin(family)]


def has(claims, claimant: str, quantity: str, low, high, status: str | None = None, subject: str | None = None, date: str | None = None) -> bool:
    def equals(column: str, value) -> pd.Series:
        return claims[column].isna() if value is None else claims[column] == value

    rows = claims[
        ((claims["claimant_id"] == claimant) | (claims["claimant_label"].str.casefold() == claimant.casefold()))
        & (claims["quantity"] == quantity)
        & equals("value_low", low)
        & equals("value_high", high)
    ]
    if status:
        rows = rows[rows["status"] == status]
    if subject:
        rows = rows[rows["subject_id"] == subject]
    if date:
        rows = rows[rows["claim_date"] == pd.Timestamp(date)]
    return len(rows) > 0


@pytest.mark.parametrize(
    "claimant, quantity, low, high, status, subject, date",
    [
        ("jnim", "killed", 50, 50, "unverified", "wagner", None),
        ("jnim", "killed", 10, 10, "unverified", "fama", None),
        ("csp", "killed", 84, None, "claimed", "wagner", "2024-08-01"),
        ("csp", "killed", 47, 47, "claimed", "fama", "2024-08-01"),
        ("csp", "killed", 7, 7, None, None, None),
        ("csp", "wounded", 12, 12, None, None, None),
        ("csp", "captured", 7, 7, "claimed", "fama", None),
        ("baza", "killed", 20, None, "claimed", "wagner", None),
        ("local sources", "killed_or_captured", 15, None, "claimed", "wagner", None),
        ("estimates", "killed", 20, 80, "unverified", "wagner", None),
        ("some Russian sources", "killed", 80, None, "unverified", "wagner", None),
        ("fama", "killed", 2, 2, "acknowledged", None, None),
        ("fama", "wounded", 10, 10, "acknowledged", None, None),
        ("wagner", "strength", 1000, None, None, None, None),
        ("wagner", "equipment_lost", 1, 1, None, None, None),
        ("csp", "killed_or_captured", 24, None, "claimed", "wagner", None),
    ],
)
def test_each_figure_of_the_battle_is_a_claim_with_its_claimant(battle_claims, claimant, quantity, low, high, status, subject, date):
    assert has(battle_claims, claimant, quantity, low, high, status, subject, date), battle_claims[
        ["figure", "quantity", "value_low", "value_high", "claimant_label", "status", "subject_id", "claim_date"]
    ].to_string()


def test_jnims_figures_told_by_several_articles_share_a_key(battle_claims):
    fifty = battle_claims[(battle_claims["claimant_id"] == "jnim") & (battle_claims["value_low"] == 50)]
    assert fifty["source_id"].nunique() >= 3
    assert fifty["claim_key"].nunique() == 1


def test_battle_figures_are_derived_and_disputed(frames):
    events = frames["events"]
    battle = events[(events["event_type"] == "armed_clash") & (events["start_date"] == pd.Timestamp("2024-07-25"))].iloc[0]
    assert battle["fatalities_disputed"]
    assert battle["fatalities_high"] == 80
    assert battle["n_claims"] == frames["claims"].loc[frames["claims"]["event_id"] == battle["event_id"], "claim_key"].nunique()


def test_no_figure_from_money_dates_or_years(frames):
    figures = " | ".join(frames["claims"]["figure"])
    for text in ("70", "2012", "2020", "2021", "2022", "2023", "29"):
        assert text not in frames["claims"]["figure"].tolist(), figures


@pytest.mark.parametrize(
    "text, quantity, low, high, qualifier",
    [
        ("The army said 12 soldiers were killed.", "killed", 12, 12, "exact"),
        ("The army said at least 12 soldiers were killed.", "killed", 12, None, "at_least"),
        ("Rebels said up to 30 soldiers were wounded.", "wounded", None, 30, "up_to"),
        ("Officials said about 40 people were killed.", "killed", 40, 40, "about"),
        ("Medical sources said between 5 and 9 civilians died.", "killed", 5, 9, "range"),
        ("Witnesses said dozens of villagers were abducted.", "captured", 24, None, "vague"),
        ("The group said it had downed one of two army helicopters.", "equipment_lost", 1, 1, "exact"),
        ("Residents said three soldiers were missing.", "missing", 3, 3, "exact"),
        ("The ministry admitted heavy losses.", "losses", None, None, "qualitative"),
    ],
)
def test_each_quantity_form(text, quantity, low, high, qualifier):
    c = one(text)
    assert (c.quantity, c.value_low, c.value_high, c.qualifier) == (quantity, low, high, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The authority expects approval to manage $70 billion in assets.",
        "The coup took place in 2020 and the army left in 2022.",
        "The convoy left at 3 p.m. on July 29 with a Mi-24 escort.",
        "The 190-room hotel reopened after a 10-day state of emergency.",
        "Prices rose 12 percent in Bamako.",
    ],
)
def test_traps_give_no_claim(text):
    assert claims_in(text) == []


def test_status_comes_from_the_texts_own_words():
    assert one("The army denied that 40 soldiers were killed.").status == "denied"
    assert one("The army confirmed that 4 soldiers were killed.").status == "confirmed"
    assert one("JNIM claimed that 9 soldiers were killed, but this could not be verified.").status == "unverified"
    assert one("Nine soldiers were reportedly killed near Gao.").status == "unverified"
    c = one("Nine soldiers were killed near Gao.")
    assert (c.status, c.claimant_label, c.claimant_basis) == ("reported", "the article", "article")


def test_a_claim_in_another_style_keeps_its_speaker_and_date():
    c = one("According to the Malian army, 14 assailants were neutralised in the attack, a statement said on Sunday.", "2024-07-30")
    assert (c.claimant_id, c.quantity, c.value_low) == ("fama", "killed", 14)
    c = one("JNIM claimed on Monday to have killed 21 soldiers near Boulkessi.", "2024-07-30")
    assert (c.claimant_id, c.value_low, str(c.claim_date)) == ("jnim", 21, "2024-07-29")

"""Figures in news phrasings: what each counts (quantity) and how many, or that it counts no
one. The cases blind corpora L–U showed the claims stage reading wrong (timeline/claim_*.py,
resources/claims_en.toml).

Why one table: every case asks the same thing of a sentence, so a new phrasing is one new row.
"""

from __future__ import annotations

import pytest

from test_claims import claims_in

CASES = [
    # a word ending in en is no main verb
    ("Gunmen abducted 12 women even though three were later killed.", [("captured", 12), ("killed", 3)]),
    ("They kidnapped 20 villagers seven of whom were later killed.", [("captured", 20), ("killed", 7)]),
    # figures that count the same people again or pick one out
    ("Five soldiers and four attackers had been killed in the siege, along with three hostages.", [("killed", 5), ("killed", 4), ("killed", 3)]),
    ("A doctor said eight wounded soldiers had been brought in, two of them in a serious condition.", [("wounded", 8)]),
    ("The mission said five people employed by one of its contractors had died.", [("killed", 5)]),
    ("The UN said more than 3 million people have been forced to flee.", [("displaced", 3_000_000)]),
    ("It has lost at least 170 of its personnel killed in hostile acts.", [("killed", 170)]),
    # numbers that are no toll
    ("Extremists stormed the camp, killing 10 peacekeepers in one of the bloodiest single assaults on the force.", [("killed", 10)]),
    ("An official said eight attackers died and one was taken alive.", [("killed", 8), ("captured", 1)]),
    ("Gunmen surrounded Sobane Da, a hamlet of around 300 inhabitants, and fired on anyone who tried to flee.", []),
    ("Relatives said the dead included two brothers aged 9 and 12.", [("killed", 2)]),
    # attackers numbers and present tense deaths
    ("Around 30 armed men on motorbikes surrounded the village and set fire to huts, the village chief told AFP.", [("strength", 30)]),
    ("- November 25: Thirteen French soldiers die when two helicopters collide, the Elysee says.", [("killed", 13)]),
    ("A security source said some 50 heavily armed men had taken part. A medical source said it had taken in a dozen wounded.", [("strength", 50), ("wounded", 12)]),
    # captives missing tolls and garrisons told in news words
    ("The government said it had detained 49 soldiers carrying weapons.", [("captured", 49)]),
    ("Five soldiers were killed, 20 were wounded and 11 remain unaccounted for, the army said.", [("killed", 5), ("wounded", 20), ("missing", 11)]),
    ("Armed men led away about 20 villagers; nine never came back.", [("captured", 20), ("missing", 9)]),
    ("The number of Malian soldiers killed in Sunday's attack on the camp has risen to 23, the government said.", [("killed", 23)]),
    ("The official said the camp, which was manned by about 100 soldiers, had been partly destroyed.", [("strength", 100)]),
    # garrisons forces and audiences
    ("The camp usually houses about 300 soldiers, according to the same source.", [("strength", 300)]),
    ("The force, which Malian officials say numbers 5,000 troops, will be based in Niamey.", [("strength", 5000)]),
    ("One blogger, whose channel has more than 400,000 subscribers, wrote that at least five Russians had died.", [("killed", 5)]),
    # a figure of "dead" counts the dead whatever verb counted them; nouns joined before a shared verb
    ("Hospital staff had registered at least 20 dead.", [("killed", 20)]),
    ("Officials said 20 hostages and guests were killed.", [("killed", 20)]),
    ("We lost four men and nine others were wounded.", [("killed", 4), ("wounded", 9)]),
    ("Gunmen killed 12 villagers and women were abducted on Monday, residents said.", [("killed", 12)]),
    ("Traders said at least 12 neighbours were arrested that night.", [("captured", 12)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_figure_counts_what_its_words_say(text, expected):
    assert [(c.quantity, c.value_low) for c in claims_in(text)] == expected

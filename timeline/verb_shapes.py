"""Shapes of English verb phrases that several readers of a sentence test for.

Why one place: whether a figure has a verb of its own ("two members … were wounded"), whether a
speaker's chunk is a clause rather than an appositive ("two soldiers were wounded, the party
said"), and whether a saying's object goes on to a verb of its own ("drone strikes on Saturday …,
had killed four herders") all ask the same question of the words: is there an auxiliary and a
past participle here.
"""

from __future__ import annotations

AUXILIARY = r"(?:were|was|are|is|had\s+been|have\s+been|has\s+been)"
PERFECT_OR_PAST = r"(?:had|has|have|was|were)"
PARTICIPLE = r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)(?![\w-])"  # "slightly injured", "taken"
PASSIVE = rf"{AUXILIARY}\s+{PARTICIPLE}"  # "were wounded", "had been taken"
# any passive, also progressive or irregular ("are still being held", "were hit"): what a
# clause is, not which verb a figure has
ANY_PASSIVE = rf"{AUXILIARY}\s+(?:(?:still|also|now|all|then|later)\s+)?(?:being\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|held|hit|shot|hurt|caught|kept|struck|burnt|lost)(?![\w-])"

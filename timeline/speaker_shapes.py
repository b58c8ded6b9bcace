"""The shapes of the words around a speaker's phrase: relative clauses, asides, ages and
brackets between a speaker and its verb, and speakers joined by "and".

Why: speaker_phrases.py reads which phrase speaks; these regular expressions only say where a
phrase may stop or what may stand between it and its verb, and are kept here so that module
stays small. A RELATIVE clause "at most one comma inside": "The attackers, who came …,
surrounded X, … and fired …, a local councillor, Amadou Guindo, told AFP" is no relative clause
before its speaker.
"""

from __future__ import annotations

import re

AND_BEFORE = re.compile(r"(?:^|[,;:]|[\"“”])\s*(?P<first>[^,;:.\"“”]{2,40}?)\s+and\s*$")

VERB_LIKE = re.compile(r"(?<![\w-])(?:[a-z]+ed|[a-z]+ing|is|are|was|were|has|have|had|said|says|told)(?![\w-])")

# at most one comma inside: "The attackers, who came …, surrounded X, … and fired …, a local
# councillor, Amadou Guindo, told AFP" is no relative clause before its speaker
RELATIVE = re.compile(r",\s*(?:who|whose|whom|which)(?![\w-])[^;:\"“”,]*(?:,[^;:\"“”,]*)?,\s*$", re.IGNORECASE)

APPOSED_REDUCED = re.compile(r"\s*(?:the|a|an)\s+(?:(?!(?:in|at|on|of|from|to|for|by|with|near|inside|outside|within|among|under|over|into|behind|around|across|close|via|and|or|the|a|an|figure|figures|toll|tolls|number|numbers|estimate|estimates|count|tally|claim|claims|account|accounts|report|reports|version)\s)[\w’'-]+\s+){1,4}?(?P<who>(?:the|a|an|its|their)\s+[\w’'-]+(?:\s+(?!(?:the|a|an|of|in|at|on)\s)[\w’'-]+){0,2})\s*", re.IGNORECASE)  # "the heaviest losses the army [has acknowledged]": a noun and a relative clause without "that"

BARE_RELATIVE = re.compile(r"\W*(?P<np>(?:(?:a|an|the|one|two|three|several)\s+)?[^\W\d][^,;:.]{0,50}?)\s+who\s+[^,;:.]{3,160}\s+$", re.IGNORECASE)  # "A blogger who … says … put the toll": a relative clause with no commas, up to the main verb

RELATIVE_VERB_BEFORE = re.compile(r"(?<![\w-])(?:who|and)\s+(?:also\s+|now\s+|still\s+)?$", re.IGNORECASE)  # the relative clause's own verbs: "who writes … and says …"

RELATIVE_THEN_AUX = re.compile(RELATIVE.pattern.replace(r",\s*$", r",\s*(?:(?:has|have|had|was|were|is|are|also|then)\s+)*$"), re.IGNORECASE)

# "A man whose brother and two nephews were among the dead said", "a herder who hid and saw
# everything told AFP": a relative clause without commas, right before the saying
UNMARKED_RELATIVE = re.compile(r"(?<=\w)\s+(?:who|whose|that(?=\s+(?:has|have|had|is|are|was|were)\s))\s+[^;:\"“”,.()]{3,120}$", re.IGNORECASE)  # also "an association in Mopti that has gathered names from families says"

# "Sergeant Moussa, now 38 and stationed near Mopti, said": an age and what follows it describe
# the speaker named before them
AGED = re.compile(r"(?<=\w),\s*(?:(?:now|then|aged)\s+)?\d{1,3}(?:\s+and\s+[^;:\"“”,.()]{3,80})?,\s*$", re.IGNORECASE)

# "The JNIM group (recognized as a terrorist organization and banned in Russia) said": the
# speaker stands before the brackets
BRACKETED = re.compile(r"(?<=\w)\s*\([^()]{1,160}\)\s*$")

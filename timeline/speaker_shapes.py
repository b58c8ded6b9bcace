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

RELATIVE_THEN_AUX = re.compile(RELATIVE.pattern.replace(r",\s*$", r",\s*(?:(?:has|have|had|was|were|is|are|also|then|always|repeatedly|consistently|long|since|now|still)\s+)*$"), re.IGNORECASE)  # also "The MNLA, which claimed …, has always said"

# "A man whose brother and two nephews were among the dead said", "a herder who hid and saw
# everything told AFP": a relative clause without commas, right before the saying
UNMARKED_RELATIVE = re.compile(r"(?<=\w)\s+(?:who|whose|that(?=\s+(?:has|have|had|is|are|was|were)\s))\s+[^;:\"“”,.()]{3,120}$", re.IGNORECASE)  # also "an association in Mopti that has gathered names from families says"

# "Sergeant Moussa, now 38 and stationed near Mopti, said": an age and what follows it describe
# the speaker named before them
AGED = re.compile(r"(?<=\w),\s*(?:(?:now|then|aged)\s+)?\d{1,3}(?:\s+and\s+[^;:\"“”,.()]{3,80})?,\s*$", re.IGNORECASE)

# "JNIM, an al-Qaeda branch in the Sahel that is banned in Russia as a terrorist organisation,
# claimed": an appositive with a relative clause of its own describes the speaker before it
APPOSED_RELATIVE = re.compile(r"(?<=\w),\s*(?:an?|the|one)\s+[^;:\"“”,()]{1,60}?\s+(?:that|which|who)\s+[^;:\"“”,()]{3,100},\s*$", re.IGNORECASE)

# "The JNIM group (recognized as a terrorist organization and banned in Russia) said": the
# speaker stands before the brackets
BRACKETED = re.compile(r"(?<=\w)\s*\([^()]{1,160}\)\s*$")

# Moved from speaker_phrases.py: the shapes its phrase finding reads.
VERB_AFTER_SPEAKER = re.compile(r"(?<![\w-])(?:rose|risen|stood|stands|reached|climbed|was|were|is|are|has|have|had|left|killed|caused|cost)(?![\w-])", re.IGNORECASE)  # also "which according to the Government of Mali left 11 persons dead"
COUNT_AFTER_SPEAKER = re.compile(r"(?<=[a-z]s)\s+(?=(?:(?:more\s+than|at\s+least|nearly|almost|some|about|around|up\s+to|as\s+many\s+as)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+(?!of\s+the\b)[a-z]+\s+(?:were|was|had|have|died|are)\b))", re.IGNORECASE)  # "according to local transporters more than 50 civilians died": the count starts the clause
PARTICIPLE_MODIFIER = re.compile(r"(?<=[a-z])\s+(?=(?:fighting|battling|opposing|representing|monitoring|controlling|holding|running|based|operating|active|opposed)\s+(?:the|a|an|to|in|with|government|state|Bamako|(?-i:[A-Z]))\b)")  # a participle or adjective that modifies the noun before it
REDUCED_RELATIVE = re.compile(r"(?<![\w-])(?:in|at|on|of|from|to|during|after|with)\s+(?:a|an|the)\s+(?:(?!(?:in|at|on|of|from|to|for|by|with|near|and|or|the|a|an)\s)[\w’'-]+\s+){1,3}?(?P<who>(?:the|a|an)\s+(?:(?!(?:the|a|an|of|in|at|on)\s)[\w’'-]+\s+){0,3}?(?!(?:the|a|an|of|in|at|on)\s)[\w’'-]+)\s*$", re.IGNORECASE)  # a noun, then the subject of a relative clause without "which"
WHICH_SAYS = re.compile(r",\s*which\s+(?:later\s+|also\s+|then\s+)?$", re.IGNORECASE)  # a saying whose subject is the statement just told
QUOTED_AS = re.compile(r"(?:(?<![\w-])quoted\s+(?P<who>[^,;:.\"“”]{2,80}?)|\s(?:was|were|is|are|has\s+been|had\s+been)\s+quoted)\s+as\s+$", re.IGNORECASE)
PART_OF = re.compile(r"['’]s\s+(?!(?:media|propaganda|press|communications?)\s)(?:[\w-]+\s+){0,2}(?:branch|affiliate|wing|arm|franchise|offshoot|subsidiary|faction)\b", re.IGNORECASE)  # "JNIM, al-Qaeda's Sahel branch": JNIM speaks, not al-Qaeda (but "JNIM's media arm" speaks for JNIM)
RELATIVE_TAIL = re.compile(r"\s+(?:that|which)\s+(?!said\b|says\b)[a-z]+ed\b")
COUNT_IN_PHRASE = re.compile(r"(?:^|\s|\()(?:at\s+least|more\s+than|some|about|nearly|over)?\s*(?<![:.\d])\d[\d,]*(?![:.]\d)\)?\s+(?!-?year|gmt|utc|[ap]\.?m\b)(?-i:[a-z])", re.IGNORECASE)  # also a communiqué's "ten (10) survivors"
LOCATED = re.compile(r"\s+(?:in|from|across|near|around|throughout|based\s+in|operating\s+in|(?:formed|created|set\s+up|founded|launched)\s+(?:to|in|on|last|after|by)|which|that|who)\s+", re.IGNORECASE)  # also "A coalition of about a hundred parties formed to resist the dissolution": the coalition
COUNTING_DIGIT = r"(?<!\d)\d(?![\d-]*-year-old)(?!\d*(?:st|nd|rd|th)\b)"  # not an age ("a 56-year-old farmer") nor an ordinal ("the 4th regiment")
CLAUSE_VERB = re.compile(r"(?<![\w-])(?:was|were|is|are|am|be|been|being|had|has|have|not|would|will|could|should|did|does|do|can)(?![\w-])", re.IGNORECASE)
APPOSITIVE_WITH_AND = re.compile(r"(?<=[\w)]),\s*(?:a|an)\s+[^,;:\"“”]{1,80}?\s+and\s+[^,;:\"“”]{1,40},\s*$")  # ", a coalition of lawyers and activists, " before the verb
SUBJECT_DOCUMENT = re.compile(r"(?:\s+(?:of|on|for|from|dated|issued|released|published)\s+[^,;:\"“”]{1,30}?)?\s+")  # the possessed document is the subject of the verb right after it
SPEAKS_FROM = re.compile(r"(?<![\w-])(?:in|based\s+in)\s+(?:the\s+)?$", re.IGNORECASE)
VERB_AND_COUNT = re.compile(r"(?<![\w-])[a-z][\w’'-]*\s+(?:(?:at\s+least|more\s+than|about|some|nearly)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\s+[a-z]")  # "killed seven herders": a verb and its counted object
VERB_BEFORE_OBJECT = re.compile(r"(?<![\w-])(?:[a-z]+(?:ed|es|s))\s+(?:(?:a|an|the|its|their)\s+)?(?=\S)")
COMPARED = re.compile(r"\s*(?:(?:more|less|fewer|higher|lower)\s+than\s+)?(?:double|twice|triple|half|three\s+times|four\s+times|several\s+times)?\s*(?=(?:the|a|an)\s)", re.IGNORECASE)
THEN_VERB = re.compile(r",\s*(?:and\s+)?then\s+(?:(?:on|late\s+on|early\s+on)\s+(?-i:[A-Z])[a-z]+day\s+|(?:the\s+)?(?:following|next)\s+(?:day|week|morning)\s+|later\s+)?$", re.IGNORECASE)  # "X first spoke of 25 killed, then on Thursday raised the toll to 38": X's second verb
PARTICIPLE_LINK = re.compile(r"(?<![\w-])(?:before|after|then|later|while)\s+$", re.IGNORECASE)  # "…, before announcing that …": the subject of the verb before
COORDINATED_VERB = re.compile(r"(?<![\w-])(?:and|but)\s+(?:also\s+|later\s+|then\s+|(?:the\s+)?(?:following|next)\s+(?:day|week|month|year|morning)\s+|(?:on|late\s+on|early\s+on)\s+(?-i:[A-Z])[a-z]+day\s+)?$", re.IGNORECASE)  # "… accused X and said …": one subject for both verbs
NAMED_SUBJECT = re.compile(r"^\W*(?:An?|The|Its|Their)\s+(?:[\w’'-]+\s+){0,4}?(?:spokesman|spokeswoman|spokesperson|official|officer|commander|minister|leader|chief|mayor|governor|prefect|representative|envoy|director|president|adviser|advisor|head|secretary|doctor|source|analyst|researcher),\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*,\s*$")  # "An army spokesman, Colonel Souleymane Maiga, said …": the subject and its name, not a quotation
SELF_STYLED = re.compile(r"(?<![\w-])(?:who\s+(?:presented|introduced|identified|described|presents|introduces|identifies|describes)\s+(?:himself|herself|themselves)\s+as|(?:claiming|who\s+claimed|who\s+claims|saying\s+he\s+spoke|who\s+said\s+he\s+spoke)\s+(?:to\s+(?:speak|be\s+speaking)\s+)?(?:for|on\s+behalf\s+of))\s+(?P<role>(?:(?:a|an|the)\s+(?:[\w’'-]+\s+)?(?:spokesman|spokeswoman|spokesperson|representative|member|commander|leader|official|emir|envoy|brigade|faction|unit|group|branch|wing|cell|katiba)\s+(?:for|of)\s+)?(?:(?:al|el|ag)[\s-])?(?-i:[A-Z])[^,;:\"“”()]{1,80}?(?:\s*\([^()]{1,20}\))?)(?=\s*,|\s+(?:told|said|says|tells|claimed|wrote|posted)(?![\w-]))", re.IGNORECASE)  # "A man who presented himself as a spokesman for AQIM told …", "a caller claiming to speak for Ansar Dine said": whom the words are given for (a role of a named group, not "a friend of France")

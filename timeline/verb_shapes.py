"""Shapes of English verb phrases that several readers of a sentence test for.

Why one place: whether a figure has a verb of its own ("two members … were wounded"), whether a
speaker's chunk is a clause rather than an appositive ("two soldiers were wounded, the party
said"), and whether a saying's object goes on to a verb of its own ("drone strikes on Saturday …,
had killed four herders") all ask the same question of the words: is there an auxiliary and a
past participle here.
"""

from __future__ import annotations

import re

AUXILIARY = r"(?:were|was|are|is|had\s+been|have\s+been|has\s+been)"
PERFECT_OR_PAST = r"(?:had|has|have|was|were)"
PARTICIPLE = r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)(?![\w-])"  # "slightly injured", "taken"
PASSIVE = rf"{AUXILIARY}\s+{PARTICIPLE}"  # "were wounded", "had been taken"
# any passive, also progressive or irregular ("are still being held", "were hit"): what a
# clause is, not which verb a figure has
ANY_PASSIVE = rf"{AUXILIARY}\s+(?:(?:still|also|now|all|then|later)\s+)?(?:being\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|held|hit|shot|hurt|caught|kept|struck|burnt|lost)(?![\w-])"

# Compiled shapes of the clause around a counted figure (timeline/claim_quantities.py): its own
# verb, a verb it shares with a noun joined to it, a copula, the next clause.
MAIN_VERB = re.compile(
    r"\s+(?:[a-z]{3,}ed|taken|held|seen|driven|beaten|shot)\b(?:(?!\band\b|\bor\b|\bof\s+(?:whom|them)\b)(?:[^,;\d]|(?<=\s)\d{1,2}(?=\s+(?-i:[A-Z])[a-z]+))){0,70}?\s(?:were|was|are|is|remain|remained|remains|had\s+been|have\s+been|has\s+been)\s+(?:(?:still|also|later|now|then|all)\s+)*",
    re.IGNORECASE,
)  # a participle after the noun ("men arrested during …", "men arrested … on 12 May"), then the clause's own verb ("were still")
TAKEN_BARE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+taken(?:\s+(?:alive|captive))?(?=\s*(?:[.;,:]|$)|\s+(?:and|near|on|during|at|from|in\s+(?!for\b)|off\s+(?:the\s+|their\s+|a\s+)?(?:bus|buses|trucks?|lorry|lorries|vehicles?|boats?|coaches)\b))", re.IGNORECASE)  # also "taken off buses"
JOINED_NOUN = re.compile(r"\s+and\s+(?:other\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?(?=\s+(?:were|are|had\s+been|have\s+been)\s)", re.IGNORECASE)  # "12 mayors and sub-prefects [have been taken]"
OWN_COMPLEMENT = re.compile(r"\s+(?:of|from|in)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?", re.IGNORECASE)  # "nine members of the delegation [taken away]"
OPTIONAL_AUXILIARY = re.compile(rf"\s*(?:{AUXILIARY}\s+)?", re.IGNORECASE)
OWN_VERB_AFTER = re.compile(rf"(?:\s+(?:of|from|in)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?)?\s+{PASSIVE}", re.IGNORECASE)  # the figure's own passive verb
OWN_PASSIVE = re.compile(r"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?", re.IGNORECASE)  # "two police officers were slightly injured": the figure's own verb
JOINED_PASSIVE = re.compile(r"\s+and\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens?|hundreds?|scores|several|many|some|most|others?|all|none)\b)(?:other\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?\s+(?:were|are|had\s+been|have\s+been)\s+(?:(?:all|also|later|then)\s+)*", re.IGNORECASE)  # "20 hostages and guests were killed": the verb the nouns share
COPULA = re.compile(r"\s+(?:remain|remained|remains|are\s+still|were\s+still|is\s+still|was\s+still)\s+(?:(?:still|also|now|all)\s+)*", re.IGNORECASE)  # "the detained men remain missing"
NEXT_CLAUSE = re.compile(r"\s*(?:and|but|or|while|whereas|who|which|that|as|when|after|before)\b", re.IGNORECASE)
COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus)\s+", re.IGNORECASE)
AUXILIARY_AHEAD = re.compile(r"(?:[\w’'-]+\s+){1,4}?(?=(?:had|have|has|were|was|are|is|been)\b)", re.IGNORECASE)

"""Words for the meeting's title and date.

"the first plenary meeting of X was held"       title before "was held" or "took place" (strongest)
"Y presided over the fifth executive meeting"   title after a presiding verb
"Z held an enlarged meeting of the Standing Committee to ..."   title after "held"
"On the morning of July 3rd"                    date phrase
"""

from __future__ import annotations

# Nouns that make a phrase a meeting's name.
MEETING_NOUNS: tuple[str, ...] = (
    "meeting",
    "conference",
    "session",
    "symposium",
    "forum",
    "summit",
    "plenary",
    "assembly",
    "congress",
    "seminar",
    "workshop",
    "briefing",
    "hearing",
    "convention",
    "gathering",
    "dialogue",
    "senate",
    "council",
    "colloquium",
    "roundtable",
    "round table",
    "press conference",
    "retreat",
    "consultations",  # "The third round of political consultations between X and Y took place"
)

# The last word of a name that is the meeting itself, not an organisation: "the RDG agreed"
# after "The Bank Sarova Board of Governors Meeting (RDG)" ("Council", "Assembly" name bodies too).
MEETING_NAME_HEADS: frozenset[str] = frozenset({"meeting"})

# Bodies whose name is the meeting's title in a pattern ("Minutes of the Finance
# Committee", "the Planning Board met"), but not on their own in a headline
# ("CABINET DISPATCH" names a bulletin, not a meeting).
BODY_TITLE_NOUNS: tuple[str, ...] = ("committee", "board", "cabinet", "commission")

# Patterns, strongest first: (rank, regex with a group "t" for the title).
# Ranks: 1 "X was held", 2 "presided over/chaired/during/attending X", 3 "held X", 4 headline.
# Where a title ends: punctuation, a clause ("to convey ...", "where ..."), a place or a
# time ("at the Palace", "on March 1"), a companion ("with Prime Minister X"), or a second
# verb ("and delivered a speech"). "on" starts a topic ("conference on flood control")
# unless a date follows.
_DATE_WORD = (
    r"(?:\d|(?:the\s+)?\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|jan\b|feb\b|mar\b|apr\b|jun\b|"
    r"jul\b|aug\b|sep|oct\b|nov\b|dec\b|the\s+(?:morning|afternoon|evening))"
)
TITLE_END = (
    r"(?=[,.;:]|\s+(?:to|at|in|where|which|that|with|from|after|before|under)\b"
    r"|\s+on\s+" + _DATE_WORD + r"|\s+and\s+(?:delivered|made|said|stressed|announced|decided|gave)\b"
    r"|\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b|$)"  # ("session this morning")
)

# Patterns, strongest first: (rank, regex with a group "t" for the title).
# Ranks: 1 "X was held", 2 "presided over/chaired/during/attending X", 3 "held X", 4 headline.
TITLE_PATTERNS: tuple[tuple[int, str], ...] = (
    (
        1,
        # after a dateline too: "ISLAMABAD: The meeting of ...", "ASTANA -- The meeting of ..."
        r"(?:^|[,.;:]\s++|\s(?:--|\u2013|\u2014)\s++|\b(?:On|on)\s+[^,]{0,40},\s++)"
        r"(?P<t>(?:[Tt]he|[Aa]n?|[Ii]ts)?\s*+[^,.;:]{3,180}?)\s++"
        r"(?:(?:was|were|is|has been)\s+(?:\w+\s+)?(?:held|convened|opened|staged)|took\s+place)\b",
    ),
    (
        # "Astana, 4 March 2025 - A meeting of the Government chaired by ...",
        # "following a two-day cabinet retreat chaired by President X"
        2,
        r"(?:^|[,.;:]\s++|\s(?:--|-|\u2013|\u2014)\s++|\b(?:following|after|during|at)\s++)"
        r"(?P<t>(?:[Tt]he|[Aa]n?)\s++[^,.;:]{3,120}?)\s++"
        r"(?:chaired|presided over|co-chaired|hosted|convened|led)\s+by\b",
    ),
    (1, r"^(?P<t>[^,.;:]{3,180}?)\s++(?-i:Held|Convened|Opens|Opened|Was Held|Is Held)\b"),
    (
        2,
        r"\b(?:presided over|presides over|chaired|co-chaired|hosted|convened|during|attending|attended|"
        r"opened|addressed|led)\s++(?P<t>(?:the|a|an|its|their)\s++[^,.;:]{3,180}?)" + TITLE_END,
    ),
    (2, r"^\W*(?:(?:summary\s+)?(?:minutes|record)\s+of\s+(?:the\s+)?)(?P<t>[^,.;:\n]{3,120})"),
    # "The Cabinet Meeting held today, ... was chaired by"
    (
        2,
        r"(?:^|[,.;:]\s++)(?P<t>(?:[Tt]he|[Aa]n?)\s++[^,.;:]{3,120}?)\s++(?:held|convened)\s+"
        r"(?:on|today|yesterday|this|in|at)\b",
    ),
    # a numbered meeting on a line of its own: "9871st Meeting (AM)"
    (2, r"^\W*(?P<t>\d{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?(?:meeting|session))\b"),
    (
        # "On Thursday, the Policy and Resources Committee met at the Guildhall"
        2,
        r"(?:^|[,.;:]\s+)(?P<t>(?:[Tt]he\s+)?(?:(?-i:[A-Z])[\w&'-]*\s+(?:(?:and|of|on|for|&)\s+)?){1,6}"
        r"(?:Committee|Board|Cabinet|Council|Commission|Assembly))\s+met\b",
    ),
    (
        3,
        r"\b(?:held|holds|convened|convenes)\s++(?P<t>(?:the|a|an|its|their)\s++[^,.;:]{3,180}?)" + TITLE_END,
    ),
)

# For each of TITLE_PATTERNS, in order: words the pattern cannot match without (searched
# case-insensitively), or None. A sentence without them is not searched with the pattern
# (the patterns that end in a verb, "was held", "chaired by", "met", try every place a
# title could start). Blanks next to "[^,.;:]{3,180}?" are possessive ("\s++"): see the
# regex audit in rules/__init__.py.
TITLE_CUES: tuple[str | None, ...] = (
    r"\b(?:held|convened|opened|staged|took\s+place)\b",
    r"\bby\b",
    r"(?-i:Held|Convened|Opens|Opened)\b",
    None,  # opens with its verb
    None,  # at the start only
    r"\b(?:held|convened)\b",
    None,  # at the start only
    r"\bmet\b",
    None,  # opens with its verb
)
# For each of TITLE_PATTERNS, in order: words one of which it cannot match without (in
# lower case, looked for in the sentence as IGNORECASE folds it: rules.fold_case), or None.
# A quicker test than TITLE_CUES, first (tests/test_speed.py checks the words).
TITLE_WORDS: tuple[tuple[str, ...] | None, ...] = (
    ("held", "convened", "opened", "staged", "took"),
    ("by",),
    ("held", "convened", "opens", "opened"),
    (
        *("presided", "presides", "chaired", "hosted", "convened", "during", "attend"),
        *("opened", "addressed", "led"),
    ),
    None,  # at the start only
    ("held", "convened"),
    None,  # at the start only
    ("met",),
    ("held", "holds", "convene"),
)

MONTHS: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    # as published in other locales
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "januari",
    "februari",
    "maret",
    "mei",
    "juni",
    "juli",
    "agustus",
    "oktober",
    "desember",
)
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS: tuple[str, ...] = (
    "today",
    "yesterday",
    "this morning",
    "this afternoon",
    "this evening",
    "last night",
    "tonight",
    "yesterday morning",
    "yesterday afternoon",
)

"""Enumeration markers: ordinal words, closers, numbered and lettered items.

Worked examples (the marker is in brackets):
    "[First of all], it is important to ..."        ordinal 1
    "[Secondly], joining hands to ..."               ordinal 2
    "[Last but not least], it is a must to ..."      closer: takes the next ordinal
    "[The first point is] to share lessons ..."      "the first X is" form, marker runs to the verb
    "..., [first] to change the order ...; and [second], to take up ..."   inline lowercase
    "five priorities: [1)] speed up ...; [2)] ..."   inline numbered items
Not markers: "the first plenary meeting", "for the first time", "the second half of
the year", "First Vice Premier", "the Third Plenary Session", "second-largest",
"was firstly conveyed" (see tests/test_rules.py for the golden table).
"""

from __future__ import annotations

import re

# Sentence-initial ordinal phrases (lowercase) and the position they mark.
ORDINAL_PHRASES: dict[str, int] = {
    "first": 1,
    "firstly": 1,
    "first of all": 1,
    "first and foremost": 1,
    "first and most importantly": 1,
    "in the first place": 1,
    "to begin with": 1,
    "to start with": 1,
    "second": 2,
    "secondly": 2,
    "in the second place": 2,
    "second and most importantly": 2,
    "third": 3,
    "thirdly": 3,
    "in the third place": 3,
    "fourth": 4,
    "fourthly": 4,
    "forth": 4,  # a common misspelling of "fourth"
    "forthly": 4,
    "fifth": 5,
    "fifthly": 5,
    "sixth": 6,
    "sixthly": 6,
    "seventh": 7,
    "seventhly": 7,
    "eighth": 8,
    "eighthly": 8,
    "ninth": 9,
    "ninthly": 9,
    "tenth": 10,
    "tenthly": 10,
    "eleventh": 11,
    "twelfth": 12,
}

# Spoken numbering, as in readouts of interviews and speeches:
#   "Number one, we have to keep the deficit ... Number two, ..."   (with ORDINAL_PHRASES)
#   "One is the licensing. ... Two is the land acquisition ..."      (SPOKEN_IS in points)
# Like every marker they count only in a series of two or more, in order.
SPOKEN_NUMBERS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
ORDINAL_PHRASES.update({f"number {word}": value for word, value in SPOKEN_NUMBERS.items()})

# Phrases that continue an open series with the next ordinal; CLOSERS also end it.
CONTINUERS: frozenset[str] = frozenset({"next", "then, second"})
# Modal verbs after which a capitalised ordinal and its comma open a series mid-sentence:
# "the department would First, repair the roof; Second, ..." (its items are the verb's).
MODALS_BEFORE_ORDINAL: tuple[str, ...] = ("would", "will", "shall", "should", "must", "could", "can")
# ("In the end, the Council reached a consensus": a narrative's conclusion, no item.)
CLOSERS: frozenset[str] = frozenset(
    {"finally", "lastly", "last", "last but not least", "last but not the least", "and finally"}
)

# Ordinal words in "the first X is ..." forms and in inline lowercase series.
ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

# "The first <noun> is": nouns that may stand between the ordinal and the verb.
SERIES_NOUNS: frozenset[str] = frozenset(
    {
        "point",
        "aspect",
        "area",
        "task",
        "priority",
        "concern",
        "argument",
        "arguments",
        "reason",
        "thing",
        "issue",
        "measure",
        "step",
        "principle",
        "proposal",
        "requirement",
        "need",  # "The first need is a mobile mammography unit"
        "objective",
        "goal",
        "target",  # "The first target is to complete 140 projects"
        "lesson",
        "challenge",
        "factor",
        "element",
        "question",
        "risk",
        "focus",
        "one",
        "set",
        "pillar",
        "consideration",
        "recommendation",
        "suggestion",
        "observation",
        "message",
        "initiative",
        "idea",
        "approach",
        "direction",
        "feature",
        "component",
        "change",
        "option",
        "action",
        "commitment",
        "subject",  # "The second subject was the European perspective of the region"
        "topic",
        "theme",
    }
)
# A personal pronoun that opens a relative clause after a series noun: "The third issue we
# discussed concerns ...", "The first point I want to stress is ...".
SERIES_CLAUSE_SUBJECTS: frozenset[str] = frozenset({"i", "we", "they", "you"})

# A lettered or numbered item named after a noun in the singular is a reference back to
# one, not an item of a new list: "Proposal (c) was returned", "under paragraph (2)".
REFERENCE_NOUNS: frozenset[str] = frozenset(
    {"proposal", "item", "paragraph", "subparagraph", "clause", "section", "subsection", "article"}
    | {"option", "point", "part", "condition", "recommendation", "amendment", "criterion", "step"}
)

# Determiners that may open a "the first X is" form.
SERIES_DETERMINERS: frozenset[str] = frozenset({"the", "my", "our", "his", "her", "its", "their", "a"})

# Verbs that end a "the first X is" marker, with the preposition they take (GOLD.md
# convention 7: "The first focuses on", "The second pillar seeks", "The third pillar
# centres on"; a following "to" or "that" is skipped like a hedge).
SERIES_VERBS: frozenset[str] = frozenset(
    {"is", "was", "are", "were", "concerns", "concerned", "relates", "relates to", "related to"}
    | {"focuses on", "focused on", "centres on", "centers on", "centred on", "centered on"}
    | {"seeks", "sought", "aims", "aimed", "involves", "involved", "covers", "covered", "entails"}
    | {"deals with", "dealt with", "addresses", "addressed", "calls for", "called for"}
)

# Introductions that license a numbered list of line items as points (rather than the
# document's own section numbering): the line before item 1 ends in one of these, or
# contains one of the cue words.
LIST_LEADIN_ENDINGS: tuple[str, ...] = (":", "-", "\u2013", "\u2014", ";")  # ("are;": Uganda
LIST_LEADIN_CUES: tuple[str, ...] = (
    "following",
    "moved by",  # a motion's lines: "Moved By: Cllr A" / "Seconded By: Cllr B" / "1. That ..."
    "seconded by",
    "as follows",
    "priorities",
    "proposals",
    "points",
    "measures",
    "decisions",
    "resolutions",
    "reasons",
    "recommendations",
    "requirements",
    "tasks",
    "principles",
    "aspects",
    "steps",
    "actions",
    "suggestions",
    "directives",
    "instructions",
    "areas",
    "issues",
    "items",
    "questions",
    "goals",
    "updates",  # "Dr. Brooks ... gave three updates. 1. Enrollment stands at 512 students"
    "things",  # "the team contact needs three things from us" / "... 1. an updated timeline"
    # one's own report, its items numbered after it: "Ms X presented her report." / "1. ..."
    "her report",
    "his report",
    "their report",
)
# A lead-in left unfinished: the line before item 1 ends in a word that needs what follows
# ("She explained that the ordinance covers" / "(a) full scholarships ...").
# A paragraph of the minutes numbered with its section ("3.2 Two posts remain vacant."):
# lettered items right under it are its sub-items (GOLD.md convention 8), no lead-in needed.
MINUTE_PARAGRAPH = re.compile(r"[ \t]*\d{1,3}\.\d{1,2}\.?[ \t]+[A-Z]")
# Words of a lead-in that introduces the document's own agenda: "The agenda of the session
# comprised the following items: 1. Draft Law on ..." (GOLD.md convention 4: no points).
AGENDA_LEADIN_WORDS: frozenset[str] = frozenset({"agenda"})
# Words after the agenda in such a lead-in that make its numbered lines the decisions taken
# on it: "The Council studied the items on its agenda and took the following decisions:".
AGENDA_DECISION_WORDS: frozenset[str] = frozenset(
    {"decision", "decisions", "decided", "resolutions", "resolved"}
)
LIST_LEADIN_LAST_WORDS: frozenset[str] = frozenset(
    {"that", "to", "namely", "viz", "on", "for", "of", "with", "by", "the"}
    | {"include", "includes", "including", "included", "cover", "covers", "covering", "covered"}
    | {"comprise", "comprises", "comprising", "comprised", "are", "were", "be", "being"}
    | {"resolved", "agreed", "decided"}  # "RESOLVED" alone on its line, then "1. That Council ..."
    # a subject waiting for its verbs, which open the items: "a resolution in which it" / "1. approved ..."
    | {"it", "they", "which"}
)

# A numbered line in capitals with an amount is an item of a list of payments, not an
# agenda heading: "2. HMRC (PAYE) – £103.20".
CURRENCY_SIGNS: frozenset[str] = frozenset("£$€¥₹")
# A heading over the document's own table of what the meeting decided ("Summary of
# actions", "Summary of action items", "Summary of resolutions"): its numbered lines
# repeat the minutes, no one's points (GOLD.md convention 4).
SUMMARY_HEADING_WORDS: frozenset[str] = frozenset({"summary", "recap"})
SUMMARY_OF_WORDS: frozenset[str] = frozenset(
    {"actions", "action items", "action points", "resolutions", "decisions", "agreed actions", "new actions"}
)
# What opens a continuation line of IRC minutes (W3C's scribe.perl): "... 1. an updated
# timeline" goes on with the turn above it, and with its lead-in ("needs three things").
CONTINUATION = "..."
# The subject of a resolution's operative paragraphs, on a line of its own between their
# lead-in and the first one: "... adopted the following decisions:" / "The Assembly," /
# "a) TAKES NOTE of ...". The lead-in is the line above it.
RESOLUTION_SUBJECT = re.compile(r"^\W*The\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s*$")
# The same subject with no comma, under the decision's number and title ("Decision 2026/12"
# / "Annual report on evaluation" / "The Executive Board" / "1. Takes note of ..."): its
# operative paragraphs open with a verb in the present ("Takes", "Requests", "Decides").
BARE_RESOLUTION_SUBJECT = re.compile(r"^\W*The\s+(?:[A-Z][\w-]*\s+){0,3}(?P<noun>[A-Z][\w-]*)\s*$")
# The verbs that open a resolution's operative paragraphs, in the present.
OPERATIVE_VERBS: tuple[str, ...] = (
    "acknowledges",
    "adopts",
    "affirms",
    "appeals",
    "approves",
    "authorizes",
    "authorises",
    "calls",
    "commends",
    "condemns",
    "decides",
    "emphasizes",
    "emphasises",
    "encourages",
    "endorses",
    "expresses",
    "invites",
    "notes",
    "reaffirms",
    "recalls",
    "recognizes",
    "recognises",
    "recommends",
    "reiterates",
    "requests",
    "resolves",
    "sets",  # "2. sets the rates of the local taxes at ..." (a council's decision)
    "stresses",
    "takes",
    "urges",
    "welcomes",
)
OPERATIVE_VERB = re.compile(r"\s*(?:[A-Z][a-z]+ly\s+)?(?i:" + "|".join(OPERATIVE_VERBS) + r")\b(?=\s+[a-z(])")

ROMAN_VALUES: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
}

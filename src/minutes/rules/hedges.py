"""Hedges and reporting clauses stripped from the front of a point to get its priority.

Each entry is a regular expression (matched case-insensitively at the start of the
point's content, after the marker) with a worked example. Entries are tried in order,
repeatedly, so "he said that we must steer ..." loses "he said that", then "we must".
Patterns use only bounded, non-overlapping quantifiers.
"""

from __future__ import annotations

# (pattern, example input, what remains)
REPORTING_CLAUSES: tuple[tuple[str, str, str], ...] = (
    (
        r"(?:he|she|they|we|i|the (?:\w+[- ]){0,2}\w+|members|participants)\s+(?:also\s+|further\s+)?"
        r"(?:stressed|said|noted|pointed out|emphasi[sz]ed|added|urged|highlighted|stated|argued|observed|"
        r"suggested|proposed|insisted|underlined|underscored|reiterated|called on|called for|asked|"
        r"requested|demanded|required|believed|believes|explained|remarked|mentioned|indicated|instructed|"
        # (not a passive: "the three priorities proposed by the Chair" is content)
        r"directed|ordered|tasked)(?!\s+by\b)"
        r"(?:\s+that)?\b",
        "he stressed the role of prevention",
        "the role of prevention",
    ),
    (
        r"i\s+(?:continue to |still |also )?(?:maintain|hold|take|share)\s+the view that\b",
        "I continue to maintain the view that the risks are global",
        "the risks are global",
    ),
    (
        r"(?:i|we)\s+(?:firmly\s+|strongly\s+)?(?:believe|think|feel|consider)(?:\s+that)?\b",
        "we believe that reform must go on",
        "reform must go on",
    ),
    (
        r"it\s+(?:is|was)\s+(?:also\s+)?(?:being\s+)?(?:argued|agreed|pointed out|noted|stressed|decided|"
        r"emphasi[sz]ed|suggested|proposed|recommended|understood)\s+that\b",
        "it is also being argued that fiscal policy leads",
        "fiscal policy leads",
    ),
    (
        # (and a meeting's decision verbs, GOLD.md convention 15: "a) welcomed the report")
        r"(?:noted|agreed|resolved|decided|requested|approved|adopted|endorsed|welcomed|urged|commended|"
        r"encouraged)(?!\s+by\b)(?:\s+that)?\b",  # (not "Encouraged by the results, ...")
        "Noted the content of the report",
        "the content of the report",
    ),
    (  # "c) expressed concern over the delays": the verb phrase of a members' item
        r"expressed\s+(?:(?:deep|grave|serious|its|their)\s+){0,2}concern\s+(?:over|about|at|regarding)\b",
        "expressed serious concern about the backlog of cases",
        "the backlog of cases",
    ),
    (  # the body with its decision verb in the perfect (GOLD.md convention 15)
        r"(?:the\s+)?(?:cabinet|council|committee|board|commission|meeting|government|assembly|senate)\s+"
        r"(?:has|have)\s+(?:also\s+)?(?:agreed|approved|decided|resolved|noted|taken\s+note)(?:\s+of|\s+that)?\b",
        "Cabinet has taken note of the flood relief measures",
        "the flood relief measures",
    ),
    (  # a decision item opening with its verb (GOLD.md convention 15)
        r"(?:approving|authori[sz]ing|endorsing|ratifying)\b",
        "Approving the final accounts of the Authority",
        "the final accounts of the Authority",
    ),
    (r"that\b", "that the transition is under way", "the transition is under way"),
)

HEDGES: tuple[tuple[str, str, str], ...] = (
    (
        r"it\s+(?:is|was|will be|would be)\s+(?:also\s+|therefore\s+|thus\s+|still\s+)?(?:\w+ly\s+)?"
        r"(?:important|necessary|essential|advisable|wise|vital|imperative|crucial|critical|urgent|"
        r"a must|required|needed|key|paramount|significant|advisable|desirable|helpful|appropriate|"
        r"of great importance|of (?:the )?utmost importance)"
        r"(?:\s+for\s+[^,.;:]{1,80}?)?\s+to\b",
        "it is important for Shanghai to innovate",
        "innovate",
    ),
    (
        r"(?:the meeting\s+|it\s+)?(?:called for|calls for|urged|demanded|requested)\s+"
        r"(?:(?:all|the|relevant)\s+[\w ]{0,40}?\s+)?efforts\s+to\b",
        "the meeting called for efforts to improve supervision",
        "improve supervision",
    ),
    (
        r"(?:(?:greater|more|further|new|every|all-out|concerted)\s+)?efforts\s+to\b",
        "greater efforts to cut red tape",
        "cut red tape",
    ),
    (
        r"efforts\s+(?:should|must|will|shall|need to|have to)\s+be\s+(?:made|stepped up)\s+to\b",
        "efforts should be made to build a platform",
        "build a platform",
    ),
    (  # read like "efforts should be made to"
        r"(?:(?:special|close|particular|great)\s+)?attention\s+(?:should|must|will|shall|needs to|has to)"
        r"\s+be\s+paid\s+to\b",
        "attention should be paid to the quality of water",
        "the quality of water",
    ),
    (
        r"(?:we|you|they|all of us|everyone)\s+(?:really\s+|also\s+|still\s+)?"
        r"(?:must|should|shall|will|need(?:\s+\w+)?\s+to|have to|ought to|are to|need|"
        r"would like to|want to|wish to|are going to|have got to)"
        r"(?:\s+(?:also|now|further|first|still|continue to|firmly|resolutely|always))?\b",
        "we need now to focus on risks",
        "focus on risks",
    ),
    (
        r"there\s+(?:is|was)\s+(?:a|an|the)?\s*(?:urgent\s+|pressing\s+)?need\s+to\b",
        "there is a need to improve coordination",
        "improve coordination",
    ),
    (r"(?:the\s+)?need\s+to\b", "need to keep the momentum", "keep the momentum"),
    (r"(?:must|should)\s+(?!be\b)", "must adhere to the plan", "adhere to the plan"),
    (r"to\s+(?=[a-z])", "to take up one item of business", "take up one item of business"),
)

# A reporting tag at the end of a point's sentence, dropped from its priority:
# "the fundamental solution lies in X, he said." -> "the fundamental solution lies in X"
TRAILING_TAGS: tuple[str, ...] = (
    r",?\s*[\"\u201d]?\s*(?:he|she|they|we|i|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+"
    r"(?:said|added|noted|stressed)"
    r"(?:\s+\w+){0,2}\s*[.!]?\s*$",
    r",?\s*[\"\u201d]?\s*said\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}\s*[.!]?\s*$",
)
# For each of TRAILING_TAGS, in order: its verbs, one of which it cannot match without (as
# written: the tags are case-sensitive). A point without them is not searched with it.
TRAILING_TAG_VERBS: tuple[tuple[str, ...], ...] = (("said", "added", "noted", "stressed"), ("said",))

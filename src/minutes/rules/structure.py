"""Patterns of minutes' structure and syntax that attribution reads: list lines, labels,
appositions, the words that may stand between a subject and its verb.

Each pattern has a worked example in its comment and a golden row in
``tests/test_rules.py`` (``STRUCTURE_CASES``). The word lists they are built from live
in ``rules.people`` and ``rules.verbs``.
"""

import re

from minutes.rules import markers as M
from minutes.rules import people as P

LIST_GLUE = frozenset(
    {
        "the",
        "and",
        "also",
        "as",
        "well",
        "including",
        "include",
        "included",
        "were",
        "was",
        "are",
        "is",
        "by",
        ":",
        "both",
        "visiting",
        "his",
        "her",
        "their",
        "counterpart",
    }
)
# Where a list of those present turns to those left out: "attended by the ministers, except
# the Minister of Culture, X, who sent his apologies" (X did not attend).
LIST_EXCEPT = re.compile(
    r"\b(?:except(?:ing)?|save\s+for|apart\s+from|with\s+the\s+exception\s+of)\b", re.IGNORECASE
)
# The body that chose the members present, right before its name in a list of those present:
# "attended by ... and the members elected by the Congress" (the Congress is not present).
CHOSEN_BY_BEFORE = re.compile(r"\b(?:elected|appointed|nominated|designated|delegated)\s+by\s+(?:the\s+)?$")
# "met" with words before its "with": a readout's own meeting only in its lede, the first
# LEDE_REACH characters ("X met today at the Ministry with Y"; not a schedule further down:
# "he met this afternoon with the President of the Council, Ms Z")
MET_GAP_WITH = re.compile(r"met\s+\S.*\swith", re.IGNORECASE | re.DOTALL)
LEDE_REACH = 600
# A quotation that opens right after a sentence, up to its closing mark (no quote mark in it):
# 'X read out the statement:' / '"The Council approved ... ."'
QUOTATION_AFTER = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
# The end of a quotation right before its attribution: '..., chains," Xi said.'
QUOTE_CLOSE_BEFORE = re.compile(r"[,.!?]?[\"\u201d]\s*(?:[\w.-]+\s+){1,4}$")
# A speech that reports another person's series: "... said that the President had given three directives"
# (a sentence without one of the nouns is not searched)
RELAYED_SERIES_NOUNS: tuple[str, ...] = (
    *("directives", "instructions", "tasks", "priorities", "points", "proposals", "principles"),
    *("requirements", "measures", "orders", "directions"),
)
RELAYED_SERIES = re.compile(
    # ("She said the Chief Minister expressed concern ... and gave three directions:")
    r"\b(?:that|said)\s+[^,;.]{1,100}?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<verb>given|gave|issued|set|proposed|put forward|laid out|outlined|listed)\s+(?:\w+\s+){0,3}?"
    r"(?:" + "|".join(RELAYED_SERIES_NOUNS) + r")\b",
    re.IGNORECASE,
)


# A transcript label by title: "THE CHAIR:", "The PRESIDENT (spoke in French):".
ROLE_LABEL = re.compile(
    # (a body's possessive first: "Council's Case Presenter: Ms X")
    r"^\s*(?:The\s+|THE\s+)?(?P<t>(?:[A-Z][\w-]*(?:['\u2019]s)?\s+){0,3}[A-Z][\w-]*)(?:\s*\([^()\n]{0,60}\))?\s*:\s"
)
ACCORDING_TO = re.compile(r"\s*According\s+to\s+")
# "According to her, the Cabinet decided, firstly, to ...": the pronoun's referent speaks
ACCORDING_TO_PRONOUN = re.compile(r"\s*According\s+to\s+(?P<pos>him|her),")
DECISION_LABEL = re.compile(
    # "RESOLVED:", "RESOLVED THAT:", "It was resolved that:", "Agreed -" (any case); a
    # note on the vote between: "RESOLVED (Councillor X not voting) - That the Panel:"
    r"^\W*(?:(?i:(?:it\s+was\s+|be\s+it\s+(?:further\s+)?)?(?:resolved|agreed|decided)(?:\s+that)?)|DECISIONS?|"
    # ("Decision: Provisional opinion.")
    # ("Resolution: The council decides:")
    r"RESOLUTIONS?|Decision|Resolution)\b(?:\s*\([^()\n]{1,80}\))?\s*[:\u2013\u2014-]"
    # a resolution's own form: "RESOLVED, that the budget be approved", "BE IT RESOLVED THAT"
    r"|^\W*(?i:(?:be\s+it\s+(?:further\s+)?)?resolved\s*,?\s*that)\b"
    # the verb alone on its line, a heading over the decisions: "RESOLVED" then "That ..."
    r"|^\W*(?:RESOLVED|Resolved)\s*$"
    # a line that heads the meeting's own list: "Action points:", "Agreed actions:"
    r"|^\W*(?i:(?:agreed\s+)?(?:action\s+points|action\s+items|actions|decisions|resolutions|"
    r"agreed\s+actions|outcomes|conclusions))\s*:\s*$"
    # a lead-in naming the body's own decisions: "The following were among the other
    # resolutions of Cabinet:"
    r"|^(?i:[^:\n]{0,80}\b(?:decisions|resolutions|conclusions|outcomes)\s+(?:of|by)\s+(?:the\s+)?(?:"
    + "|".join(sorted(P.STRONG_BODY_NOUNS))
    + r"))\s*:\s*$"
    # the body alone on its line, its decisions under it: "The Board:", "Council:"; or
    # its decisions numbered inline after it: "The Board: 1) thanked the staff; 2) ..."
    r"|^\W*(?:The\s+)?(?i:"
    + "|".join(sorted(P.STRONG_BODY_NOUNS))
    + r")\s*:\s*(?:$|\(?(?:\d{1,2}|[a-z])[.)]\s)"
    # the words of a motion: "That Council:", "That the Committee adopts ...", "That the
    # Parks and Reserves Committee:"
    r"|^\W*That\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|and|of|&)\s+){0,4}(?i:"
    + "|".join(sorted(P.STRONG_BODY_NOUNS))
    + r")\b"
    r"(?!\s+(?:was|were|is|are|had|has)\b)"
)
# A numbered resolution's or decision's heading alone on its line, with its short title:
# "Resolution 2 (Geneva 2025) - Scope", "Decision 2024/7", "B. Resolution No. 12: Fees".
# Its text under it is the meeting's, whoever spoke before.
RESOLUTION_HEADING = re.compile(
    r"^\W*(?:[A-Z]\.\s+)?(?:Resolution|Decision)\s+(?:No\.\s*)?\d[\w/.-]*"
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:[:\u2013\u2014-]\s*[^.!?,:;\n]{0,80})?$"
)
# The clauses of a motion in a union's or council's form, each heading the motion's items:
# "Union Notes:", "This Council Believes:", "Conference Further Resolves:".
MOTION_CLAUSE = re.compile(
    r"^\W*(?:This\s+)?(?:[A-Z][\w'-]*\s+){1,2}(?i:notes|believes|(?:further\s+)?resolves|instructs)\s*:\s*$"
)
# The members of the meeting alone on a numbered line, their decisions in lettered items
# under it: "7. Ministers:" then "a) welcomed the report; b) endorsed ..." (a roll of
# names under "Members:" is an attendance list: MEMBERS_LABEL needs a verb item next).
# Also after the discussion that frames it, and with the body they belong to: "4. In the
# general debate, members of the Council:".
MEMBERS_LABEL = re.compile(
    r"^\s*(?:\d{1,3}[.)]\s+)?"
    r"(?:(?:In|During)\s+the\s+(?:[\w-]+\s+){0,2}?(?:discussion|debate|dialogue|exchange)s?,\s+)?"
    r"(?:The\s+)?(?i:"
    + "|".join(sorted(w for w in P.BODY_NOUNS if w.endswith("s") and w not in P.STRONG_BODY_NOUNS))
    + r")(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,3}(?i:"
    + "|".join(sorted(P.STRONG_BODY_NOUNS))
    + r"))?\s*:\s*$"
)
# The body alone before a colon, with no verb of its own, the frame of a vote around it:
# "After deliberation, the Municipal Council, by 10 votes for and 3 abstentions:" over
# "1. adopts the budget;" (its numbered items are its decisions; the verbs are in them).
# An adverb of sequence between the body and the colon: "7. The Council thereupon:".
LEAD_IN_ADVERBS: tuple[str, ...] = (
    "thereupon",
    "then",
    "accordingly",
    "therefore",
    "subsequently",
    "unanimously",
)
BODY_LEAD_IN = re.compile(
    r"^\W*(?:\d{1,3}[.)]\s+)?(?:[A-Z][\w'-]*(?:\s+[\w'-]+){0,3},\s+)?[Tt]he\s+(?:[A-Z][\w'-]*\s+){0,3}(?i:"
    + "|".join(sorted(P.STRONG_BODY_NOUNS))
    + r")(?:\s+(?:"
    + "|".join(LEAD_IN_ADVERBS)
    + r"))?(?:,[^:;]{0,160})?:\s*$"
)
# An enumerated item that opens with a verb of a decision in the present, in lower case:
# "1. adopts the budget;", "(b) authorises the Mayor to sign".
PRESENT_VERB_ITEM = re.compile(
    r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?:" + "|".join(M.OPERATIVE_VERBS) + r")\b"
)
# An enumerated item that opens with a verb in lower case: "a) welcomed the report;", or
# capitalised before its object: "ii) Directed the Secretariat to ..." (not "a) Fred Lee")
VERB_ITEM = re.compile(
    r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?:[a-z]+ed\b|[A-Z][a-z]{3,}ed\s+(?:the|a|an|that|to|its)\s)"
)
# A participial aside that says the subject before it is speaking: "Selvania, speaking as
# the country concerned, thanked ..." (between the subject and its verb).
SPEAKING_ASIDE = re.compile(r"\s*,\s*speaking\s+[^,;]{1,120},\s*")
# An inverted list of those who spoke: "Speaking in the discussion were A, B and C", "Also
# taking the floor were the following organizations: A and B" (the list follows the match);
# not "Also speaking were representatives of A, B and C": unnamed delegates, a collective.
SPEAKERS_WERE = re.compile(
    r"^\s*(?:Also\s+)?(?:speaking|taking\s+the\s+floor|taking\s+part)(?:\s+in\s+the\s+(?:[\w-]+\s+)?"
    r"(?:discussion|debate|dialogue))?\s+(?:was|were)\s+(?:the\s+following\b[^:\n]{0,80}:\s*)?"
    r"(?!\s*(?:the\s+)?(?:representatives|delegates|delegations)\s+of\b)",
    re.IGNORECASE,
)
# Between the items of such a list: a comma (with "and"); in its last item, the first
# "and" ("Fiji and Trinidad and Tobago": Fiji, Trinidad and Tobago).
SPEAKERS_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+)?")
LIST_AND = re.compile(r"\s+and\s+")
# What follows a speaker's name in it: "Finland on behalf of the Nordic-Baltic countries".
ON_BEHALF_TAIL = re.compile(r"\s+(?:speaking\s+)?on\s+behalf\s+of\s+(?:the\s+)?(?P<g>.+)$")
# A name in such a list: capitalised words, with "of", "the", "for", ... between them (and
# a title with its office: "Head of the Programme Office in Bishkek").
LISTED_NAME = re.compile(
    r"(?:[A-Z][\w'’.-]*)(?:\s+(?:(?:of|the|for|and|in|to|at|de|del|la|du|des)\s+)*[A-Z][\w'’.-]*){0,9}"
)
# A document symbol in parentheses after a speaker in a journal's roll of the day: the
# statement's own document, "Norway (PC.DEL/1401/25)", "(SEC.GAL/141/25 OCSEE+)".
DOC_SYMBOL = re.compile(r"\((?:[A-Z]+\.)*[A-Z]+(?:/[A-Z0-9.]+)*/\d+(?:/\d+)*\b")
# What may stand between a name and "presiding" after "with": nothing, or the role in
# parentheses ("with Ana Wolska (Chair) presiding", "with X (Vice-Chair) presiding").
ROLE_ASIDE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")
# A line that labels its roll as those who took the floor, with no document symbol (as in
# European Parliament committee minutes): "Speakers: Ana Wolska, Henrik Aalto (DG REGIO)".
SPEAKERS_LABEL = re.compile(r"^\s*(?:Speakers|Took\s+the\s+floor)\s*:\s+(?=[A-Z])")
# A line whose one-word label is the title of the one person it names, an affiliation in
# parentheses after: "Rapporteur: Luisa Vaz Pinto (S&D)" (group t the title, name the rest).
TITLE_LABEL_LINE = re.compile(
    r"^\s*(?P<t>[A-Z][a-z]+)\s*:\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){1,4})(?:\s+\([^()\n]{1,40}\))?\s*$"
)
# A parenthesis after a name in such a roll, dropped to read the name: "Canada (Annex 1)".
ROLL_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# Where the roll of an agenda item starts: after its topic and a colon ("(a) Regional
# co-operation on water: Kazakhstan (...), Norway"), the last colon of the line.
ROLL_TOPIC = re.compile(r"^.*:\s+(?=\S)", re.DOTALL)
# A statement heading's delegation: "STATEMENT BY THE DELEGATION OF CANADA" is Canada's.
DELEGATION_OF = re.compile(
    r"\s*(?:the\s+)?(?:delegation|permanent\s+mission)\s+of\s+(?:the\s+)?(?P<c>[^\W\d]+(?:[\s-][^\W\d]+){0,5})\s*$",
    re.IGNORECASE,
)
# The small words a name keeps in lower case when a heading in capitals writes it: "THE
# DELEGATION OF THE UNITED STATES OF AMERICA" is "United States of America".
NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "to", "at", "de", "del", "la", "du", "des"})
# Plural words that name a body's field, not a heading run into its noun: "the Fisheries
# Commission", "the Armed Forces Council" are named bodies, not the meeting (is_body).
PLURAL_PORTFOLIOS = frozenset(
    {"affairs", "nations", "forces", "states", "works", "fisheries", "services", "resources", "relations"}
)
# A resolution's own form opening a sentence inside a line, in capitals: "Trustee Fitch
# seconded. RESOLVED, that the Board directs staff to:" (mid-line only the capitals tell it)
RESOLVED_INLINE = re.compile(r"\W*(?:BE\s+IT\s+(?:FURTHER\s+)?)?RESOLVED\s*,?\s*(?:that|THAT)\b")
# What DECISION_LABEL cannot match without (its branches end in a colon or a dash, or open
# with "That"): a line without any of them is not matched against it.
DECISION_LABEL_NEEDS = (":", "-", "\u2013", "\u2014", "That", "RESOLVED", "Resolved", "resolved")
# A country's delegate as a subject: "Egypt's delegate", "the United Kingdom's representative".
POSSESSIVE_DELEGATE = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['\u2019]s\s+"
    r"(?P<n>delegate|representative|envoy|delegation)(?:\s*,\s*[^,]{1,60},)?\s*$"
)
# An unnamed delegate of a State as a speech verb's subject, after "a": "a Government
# representative of Loravia welcomed the report" (group "w": the role as written, no article).
A_DELEGATE_OF = re.compile(
    r"\b[Aa]\s+(?P<w>(?:[A-Z][\w-]*\s+)?(?P<n>delegate|representative|envoy)\s+of\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))\s*$"
)
# A title in apposition between commas at the end of a subject: ", Council President for October,".
TRAILING_APPOSITION = re.compile(r",\s*([A-Z][^,;:()]{1,60}?),?\s*$")
# A portfolio in parentheses after a title: "The ASSISTANT DIRECTOR-GENERAL (Universal
# Health Coverage/Communicable and Noncommunicable Diseases)" (one level of nesting).
TRAILING_PARENTHESIS = re.compile(r"\s*\((?:[^()]|\([^()]*\)){1,120}\)\s*$")
# An abbreviation the text defines for what comes before it, in quotes in parentheses:
# 'the Director of Parks ("DoP")', 'Deputy Registrar (Courts) ("DR(C)")'.
DEFINED_ABBREVIATION = re.compile(r"\s*\(\s*[\"\u201c](?P<abbr>[^\"\u201d\n]{1,24})[\"\u201d]\s*\)\s*$")
# An honorific before "the <title>": "presided over by His Excellency the President, X".
LEAD_HONORIFIC = re.compile(r"^(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness)|H\.\s?E\.)\s*")
# A title before a name in apposition: " the Governor, " in "chaired by the Governor, Dr. X".
TITLE_LEAD = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*\s*,\s*")
# What may stand between a name and its verb: "Ms Ingrid Halvorsen (Norway), opened",
# "The Secretariat (Mr Karl Weiss) presented".
AFTER_NAME = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*,?|\)|,\s*(?:a|an|the)\s+[a-z][\w -]{1,40},?"  # ", a shareholder,"
    r"|,\s*[A-Z]{2,}(?:[/&-][A-Z]{2,}){0,2}\s*,?"  # the office's initials: "Ms X, DPO/SLTW, briefed"
    r"|,\s*(?:also\s+)?(?:present|in\s+attendance)\s*,?"  # "Mr. X, present, asked"
    r"|,\s*of\s+(?:the\s+)?[A-Z][^,;()]{1,60},?"  # their group: "Mr X, of the Y Watch group, asked"
    r"|,\s*as\s+(?:(?:the|an?|incoming|outgoing|acting)\s+)?[A-Z][^,;()]{1,60},?"  # "X, as Forum Chair, said"
    r"|,\s*represented\s+by\s+[^,;()]{1,60},?"  # its voice: "The X Group, represented by Mrs Y, asked"
    # a clause on its presence: "The X Organisation, which participated by videoconference, briefed"
    r"|,\s*(?:who|which)\s+(?:also\s+)?(?:participated|attended|took\s+part|joined)\b[^,;()]{0,50},?"
    r"|,\s*(?:Unit|Apt\.?|Apartment|Suite|Lot|Flat)\s+[\w-]{1,6}\s*,?"  # an owner's unit: "X, Unit 402, said"
    # post-nominal letters: "Hon. Peter Mwanza, MP, informed Cabinet"
    r"|(?:,\s*(?:" + "|".join(sorted(P.POST_NOMINALS, key=len, reverse=True)) + r")\b)+\s*,?)\s*$"
)
# The opening of a capacity aside between a name and its verb, which a name in it stands in:
# "Forum Champion" in "Hon. X, as Forum Champion for Y, briefed" (searched before a mention).
AS_ASIDE_BEFORE = re.compile(
    r",\s*as\s+(?:(?:the|an?|incoming|outgoing|acting)\s+)?(?:(?:[A-Z][\w'-]*|of|for|and|on)\s+){0,8}$"
)
# The opening of an aside that names who voiced a body's words: "The X Group, represented by
# its chairlady Mrs. Y, requested", "The X Authority, represented at the briefing by its Chief
# Executive of Banking Supervision Y, welcomed" (the body is the subject; searched before a mention).
REPRESENTED_BEFORE = re.compile(
    r",\s*represented\s+(?:(?:at|in|on)\s+(?:[\w'-]+\s+){1,4})?by\s+(?:(?:its|their|the)\s+)?(?:[\w'-]+\.?\s+){0,6}$"
)
# (the aside itself in a subject's span, or a clause on its presence: the body was there)
PRESENT_ASIDE = re.compile(
    r",\s*(?:represented\s+(?:(?:at|in|on)\s+(?:[\w'-]+\s+){1,4})?by|(?:who|which)\s+(?:also\s+)?(?:participated|attended|took\s+part|joined))\s"
)
# A line that names the chair, set like a heading (no period): "Meeting Chaired by Karen Ross",
# "Chaired by: Cllr A. Lee" (the presided-by sieve's, not a heading's).
CHAIRED_BY_LINE = re.compile(
    r"\s*(?:(?:the\s+)?meeting\s+)?(?:chaired|presided(?:\s+over)?)\s+by\b", re.IGNORECASE
)
# The voice a body spoke through, in an aside between the body and its verb: "The Youth Club,
# through its chair Ann Lee, reported" (searched from the body's end to the verb; "who" the voice).
THROUGH_ASIDE = re.compile(r",\s*through\s+(?:its|their)\s+(?P<who>[^,;()]{2,60}),\s*$")
# The voice a body spoke through, after its verb and object: "The Forum reported | through
# Ms X", "The Society presented its update to Council | through its president, Ms X,", "The
# Group presented a request, | through its Lead Volunteer Dan Kerr," (a title and no comma).
THROUGH = re.compile(
    r"(?:\s+[^.;:,\n]{1,60}?)?,?\s+through\s+(?:(?:its|their)\s+(?P<who>(?:[\w-]+\s+){0,3}?[\w-]+,?\s+))?(?=[A-Z])"
)
# A relative clause's opening before its verb: ", who " in "the report of X, who outlined".
WHO_BEFORE = re.compile(r",\s*who\s+(?:also\s+|then\s+)?$")
# Who presented an item: "the Bill, which was presented by the Minister of Health, Hon. X".
PRESENTED_BY = re.compile(r"\b(?:presented|submitted|tabled)\s+by\b", re.IGNORECASE)
# A report someone presented, then a relative clause on it before its verb: "the Annual
# Report presented by the President of the Commission, which " (group "agent" the presenter).
REPORT_WHICH = re.compile(
    r"\b(?:report|address|statement|presentation|briefing|memorandum)\b[^,;:]{0,60}?"
    r"\b(?:presented|submitted|delivered|given|made)\s+by\s+(?P<agent>[^,;:]{2,80}?),\s*which\s+(?:also\s+)?$",
    re.IGNORECASE,
)
# The office after the chair's name on a chair line, after a second colon, a comma or a
# dash: "Chairperson: Maureen Alcock: Club President." (group 1 the office).
CHAIR_OFFICE_AFTER = re.compile(r"^\s*[^:,()\n–-]+?\s*(?:[:,]|\s[–-])\s*([A-Z][^:,()\n]*?)\.?\s*$")
# A phrase with a possessive opening the clause right before a name: "In her concluding
# remarks, " (group 1 the possessive: the gender of the name after it).
POSSESSIVE_OPENER = re.compile(r"\b(?:In|During|At|With)\s+(his|her)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s*$")
# A label, then the first item's marker, before that item's verb: "5. Leaders: (a) " in
# "5. Leaders: (a) endorsed ...; (b) tasked ..." (group 1 the label, a body's name or not).
LABEL_ITEM_BEFORE = re.compile(
    r"^\W*(?:\d{1,3}\.\s+)?([A-Z][\w ]{1,40}?)\s*:\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s*$"
)
# A label whose speaker is named in parentheses before its colon: "Office of the Mayor
# (Jo Ruiz): ..." (group 1 what the parentheses hold, a person's name or not); an office's
# or an organisation's label only (OFFICE_WORD, or an organisation right before it).
PAREN_NAME_LABEL = re.compile(r"^[^:()\n]{3,80}\(([^():\n]{3,40})\)\s*:")
# The word that makes such a label an office's (not "Question (Daily News):"): "Mayor's office".
OFFICE_WORD = re.compile(r"\b[Oo]ffice\b")
# A short label line inside an attendance block: "Directors:", "Officers:".
SUBHEADER = re.compile(r"^[\W_]*[A-Za-z][\w ]{0,30}:\s*$")
# The body alone on its line as a label: "Panel:", "The Board:" (its members' names under
# it make it an attendance header; its decisions under it, a decision label).
BODY_LABEL = re.compile(r"^\W*(?:The\s+)?(?i:" + "|".join(sorted(P.STRONG_BODY_NOUNS)) + r")\s*:\s*$")
# A party's line in an attendance block that names who represented it: "Registrant:
# Present and represented by Mr X, of counsel" (X attends; the label is not his title).
REPRESENTED_BY = re.compile(
    r"^[^:\n]{1,40}:\s*(?:(?:present|attended|in\s+attendance)\s*,?\s*(?:and\s+)?)?"
    r"represented\s+by\s+(?P<name>[^,;\n]+)",
    re.IGNORECASE,
)
# A tag in the right-hand column of a title line in an attendance block, the role the
# meeting knows its holder by: "Chairperson", "Vice-chairperson", "Secretary".
COLUMN_TAG = re.compile(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}")
# A title wrapped onto a line of its own in parentheses: "(Planning and Lands)".
WRAPPED_TITLE = re.compile(r"\([A-Z][^()\n]{0,60}\)")
# An office in lower case closing a row of an attendance block, a note in parentheses
# after it: ", landowner (item 6 only)", ", local resident" (the name before it attends).
LOWERCASE_OFFICE_TAIL = re.compile(r",\s*[a-z]+(?:\s+[a-z]+){0,2}\s*(?:\([^()\n]*\))?\s*$")
# A full stop closing a row of an attendance block after a word in lower case (not an
# initial or "Jr."): "Tomás Villarreal Ortiz, Deputy Governor." (read without it).
ROW_FULL_STOP = re.compile(r"[a-z]{2}\.\s*$")
# A sentence that ends by introducing the names of those present on the lines after it.
ATTENDED_BY_COLON = re.compile(
    # "The following Directors attended the meeting through VC:", "The following
    # representatives of the Department were invited to the meeting at this point:"
    r"\bthe\s+following\s+[^:\n]{0,100}?\b(?:attended|were\s+present|participated|"
    r"(?:was|were)\s+invited\s+to\s+(?:the|this)\s+meeting)\b[^:\n]{0,60}:\s*$|"
    # "The Secretary verified the presence of the following members:"
    r"\bthe\s+presence\s+of\s+the\s+following\b[^:\n]{0,60}:\s*$|"
    # "..., with the participation of Their Excellencies:" (one minister a line after it)
    r"\bwith\s+the\s+participation\s+of(?:\s+(?:Their\s+Excellencies|the\s+following\b[^:\n]{0,80}))?\s*:\s*$|"
    r"\b(?:(?:was|were)\s+(?:also\s+)?attended\s+by|present\s+were|participants\s+were|"
    r"in\s+attendance\s+were|(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance))"
    r"(?:\s+the\s+following(?:\s+[^:\n]{1,80})?)?\s*:\s*$",
    re.IGNORECASE,
)
# A sub-header with its names on the same line: "Directors: Mr A (Chairman); Ms B".
# (a column gap may pad the header, "Clerk in    :  Miss X", never split it: "Cllr A Ndlovu   MMC: Housing")
SUBHEADER_ITEMS = re.compile(
    r"^[\W_]*(?P<h>[A-Za-z](?:\w| (?=\w)){0,30})[ \t]{0,30}:[ \t]+(?P<rest>\S.*)$", re.DOTALL
)
# After a verb: what follows is its content ("responded as follows:").
INTRODUCES = re.compile(r"\s*(?:as\s+follows\s*)?:")
# What "led by" must follow to name the presider: the meeting ("The meeting was led by X"),
# not a prayer, a pledge or a delegation.
# (nor "The session closed with the Lord's Prayer, led by X": a prayer named after it)
MEETING_LED = re.compile(
    r"\b(?:meeting|session|conference|proceedings|sitting|assembly|forum)\b"
    r"(?:(?!\b(?:prayers?|devotion|hymn|invocation|grace|blessing|worship)\b)[^.;])*$",
    re.IGNORECASE,
)
# The meeting held earlier in the sentence, however long the clauses after it: "The Council
# held its 168th session on ..., at the headquarters of ..., headed by X" (X presides).
MEETING_HELD = re.compile(
    r"\bheld\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}(?:meeting|session|sitting)\b[^.;]*$",
    re.IGNORECASE,
)
# A chair still to come right before a presiding verb: "an open debate, to be chaired by
# the Minister", "the summit will be hosted by X": another, later meeting's chair.
PROSPECTIVE_BEFORE = re.compile(r"\b(?:to|will|would|shall)\s+be\s+(?:co-)?$", re.IGNORECASE)
# A relative clause right before a presiding verb: "the Subcommittee, which she chairs";
# what it chairs is the body the clause hangs on, not this meeting.
RELATIVE_SUBJECT = re.compile(
    r"\b(?:which|that|whom)\s+(?:he|she|they|we|I)\s+(?:also\s+|currently\s+)?$", re.IGNORECASE
)
# ... unless the clause hangs on a meeting: "following the meeting of Cabinet on Wednesday,
# which he chaired" (he presided over the meeting the text reports).
MEETING_RELATIVE = re.compile(
    r"\b(?:meeting|session|sitting)\b[^,;.()]{0,60},?\s+(?:which|that)\s+(?:he|she|they)\s+$", re.IGNORECASE
)
# A person described as chairing another named body: "Dr. X, who chairs the Gala Committee,
# reported" (matched from the presiding verb's end; "who chaired the meeting" is not one).
# Written in lower case too: "Ms. X, who chairs the facilities committee, reported" (not a
# board or council in lower case: "who chairs the school board" may be this meeting's).
CHAIRS_OTHER_BODY = re.compile(
    r"\s+the\s+(?:[A-Z][\w&'-]*\s+){1,5}(?:Committee|Subcommittee|Board|Council|Group|Panel)\b"
    r"|\s+the\s+(?:[a-z][\w&'-]*\s+){1,4}(?:committee|subcommittee|working\s+group|task\s+force)\b(?!\s+meeting)"
)
# Some items only, after a presiding verb: "The Vice-Chairperson, Ambassador X, chaired items
# 4 and 5" (another presides the meeting; X stood in for a part and attends).
SOME_ITEMS = re.compile(r"\s+(?:agenda\s+)?items?\s+\d")
# What a verb is done with: "opened the meeting with a short prayer" (group 1: up to three
# words, the noun among them).
# A presiding act done by speaking: "opened the meeting | by paying tribute to the crew",
# "| with a word of welcome", "| by welcoming the new members" (the chair speaks too).
OPENED_BY_SPEAKING = re.compile(
    r"\s+(?:by|with)\s+(?:paying\s+(?:a\s+)?tribute|welcoming|thanking|congratulating|"
    r"(?:a\s+)?(?:word|words)\s+of\s+(?:welcome|thanks)|(?:brief\s+)?(?:opening|welcoming)\s+remarks|"
    r"an?\s+(?:brief\s+)?(?:address|statement|tribute))\b",
    re.IGNORECASE,
)
WITH_WHAT = re.compile(r"\s+with\s+(?:(?:a|an|the)\s+)?([\w-]+(?:\s+[\w-]+){0,2})")
# A comma that opens a clause right before its subject: "reported on the progress, the
# Water Bureau and X Town made statements", "briefed on the stocks, and the Water Bureau and
# X Town made statements" (searched up to the subject's first mention).
CLAUSE_COMMA_BEFORE = re.compile(r",\s*(?:and\s+)?(?:the\s+)?$", re.IGNORECASE)
# A clause of one named subject joined by ", and" (the subject's first mention right after):
# "Two towns made speeches, and Li Na, a teacher, spoke on behalf of the winners".
AND_CLAUSE_BEFORE = re.compile(r",\s*and\s+(?:the\s+)?$", re.IGNORECASE)
# A clause of one subject with an honorific or a title, joined by "and" with no comma, after a
# first clause with no "that", "whether" or "who" in it: "Lion Harold led the Pledge and |
# Lion Ed gave the invocation" (searched from the first verb to the subject's mention).
AND_TITLED_CLAUSE_BEFORE = re.compile(
    r"^(?![^,;]*\b(?:that|whether|who|which|what|how|if|when|where|why)\b)[^,;]{1,80}?\s+and\s+$",
    re.IGNORECASE,
)
# Something spoken, before "delivered by" in its sentence: "the report of the municipal
# government on the plan, delivered by X" ("the supplies delivered by X" is no speech).
SPOKEN_THING = re.compile(
    r"\b(?:reports?|statements?|address(?:es)?|speech(?:es)?|remarks|briefings?|presentations?|"
    r"lectures?|keynote|explanations?|elements|invocation|prayer|sermon)\b",
    re.IGNORECASE,
)
# What a host offers after the meeting, not the meeting itself: "then hosted a luncheon in
# honour of the Foreign Minister" (no presider; "hosted a working lunch for" is the meeting).
HOSTED_MEAL = re.compile(
    r"\s+(?:a|an|the)\s+(?!working\b)(?:[\w-]+\s+){0,2}?(?:luncheon|lunch|dinner|banquet|breakfast)s?\b",
    re.IGNORECASE,
)
# A sentence that speaks of a motion (for the weak motion cues, rules.verbs.WEAK_MOTION_CUES).
MOTION_WORD = re.compile(
    r"\b(?:motions?|moved|seconded|carried|resolutions?|resolved|agreed|adopted|accurate|minutes|accounts|report|amend|amendments?)\b",
    re.IGNORECASE,
)
# A verb's agent right after it: "proposed by the Chair" (the verb is a participle).
BY_AGENT = re.compile(r"\s+by\s+(?!far\b|then\b|now\b)")
# A vote record: "Vote: 4-1 in favour (...)", "Motion carried 5-0", "AYES: ...".
VOTE_RECORD = re.compile(
    r"\b(?:vote|votes|voted|voting|roll[- ]call|ayes|nays|noes|in\s+favou?r|carried|failed)\b"
    r".*?\b\d{1,2}\s*[-\u2013]\s*\d{1,2}\b"
    r"|\b\d{1,2}\s*[-\u2013]\s*\d{1,2}\b.*?\b(?:in\s+favou?r|vote|carried|against)\b",
    re.IGNORECASE,
)
# A motion's participles before "seconded": "upon motion duly made and seconded", "moved
# and seconded", "upon motion duly made, seconded and carried" (nobody is named: the
# motion, not a person, is the subject).
MOTION_PARTICIPLE = re.compile(
    r"\b(?:motion\s+(?:duly\s+)?made\s*,\s*|(?:motion\s+(?:duly\s+)?made|duly\s+moved|moved)\s+and\s+)$",
    re.IGNORECASE,
)
# A body other than the meeting right before "headed by", "led by", "chaired by".
OTHER_BODY = re.compile(
    r"\b(?:committee|sub-committee|subcommittee|delegation|team|group|task\s+force|panel|working\s+group|"
    r"commission|mission)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# The body of OTHER_BODY that is a delegation to talks: its head attends them.
DELEGATION_WORD = re.compile(r"\bdelegations?\b", re.IGNORECASE)
# "by" (and maybe "the") right before a name or its title: "headed by Deputy Minister X".
BY_LEAD = re.compile(r"\bby\s+(?:the\s+)?$")
# Another body's report, presented by a person: "Dr. Malhotra presented the recommendations
# of the Credentials Committee.", "Senator Haddad, chair of the Academic Policies Committee,
# presented ..." ("The Committee recommended ..." after it is that body, relayed by the
# presenter, not the meeting.)
REPORT_OF_BODY = re.compile(
    r"\b(?:report|reports|recommendations?|minutes|findings|proposals?|update|chair|chairman|chairperson|"
    r"chairwoman|convener|convenor)\s+(?:of|from)\s+the\s+"
    r"(?P<body>(?:[A-Z][\w&'-]*\s+){1,5}(?P<noun>[A-Z][a-z]+))\b"
)
# ... or the report on another body's meeting: "X reported on the Committee's meeting held
# 2 March." (a meeting reported on is not this one: "The Committee recommended ..." after it
# is that body, relayed by the one reporting)
REPORT_ON_BODY_MEETING = re.compile(
    r"\b(?:reported|reports|report|reporting|update|briefed\s+\w+)\s+(?:on|from)\s+the\s+"
    r"(?P<body>(?:[A-Z][\w&'-]*\s+){0,5}(?P<noun>[A-Z][a-z]+))['\u2019]s\s+(?:(?:last|latest|recent)\s+)?meeting\b"
)
# ... or on a meeting of another body, named after the meeting: "X reported on the Interim
# Meeting of the House of Delegates." ("The House adopted ..." after it is that body's act,
# relayed by the one reporting; the noun is the body's head, before its "of")
REPORT_ON_MEETING_OF = re.compile(
    r"\b(?:reported|reports|report|reporting|update|briefed\s+\w+)\s+(?:on|from)\s+the\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Meeting|Session|Conference|Convention)\s+of\s+the\s+"
    r"(?P<body>(?:[A-Z][\w&'-]*\s+){0,4}(?P<noun>[A-Z][a-z]+)(?:\s+of\s+(?:the\s+)?[A-Z][\w&'-]*){0,1})"
)
# A committee of the body named in lower case by its purpose, as the subject: "The election
# committee reported", "The budget and audit committee presented" (group "name" as written,
# "purpose" its words; not the meeting when the document's opening lines never name that purpose).
LOWER_SUB_COMMITTEE = re.compile(
    r"\b[Tt]he\s+(?P<name>(?P<purpose>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})\s+"
    r"(?:committee|subcommittee|sub-committee))$"
)
# Words before "committee" that point back to one or say whose it is, not its purpose:
# "the same committee", "the said committee", "the relevant committee".
NOT_COMMITTEE_PURPOSE = frozenset(
    {"same", "said", "above", "new", "relevant", "appropriate", "respective", "present", "current", "whole"}
)
# A delegate who speaks for a group or body: "speaking for the African Group", "on behalf
# of the \"Group of 77\" and China" ("The Group called for" after it is that delegate's).
SPEAKING_FOR_BODY = re.compile(
    r"\b(?i:speaking|spoke|speaks)\s+(?:for|on\s+behalf\s+of)\s+the\s+(?P<body>[^,;.]{1,80})"
)
# A motion's mover after what it moves: "Motion to approve the minutes of the February 3
# meeting by Senator Ruiz; second by ...", "Motion to adjourn by Senator Castellano", and
# after a colon: "Motion to approve the minutes of May 2: Senator Ruiz. Second: Senator Oh."
MOTION_TO_BY = re.compile(
    r"^\W*(?:A\s+)?motion\s+to\s+[^;:.]{1,160}?(?:\s|(?=:))(?P<mover>by|:)\s+(?=[A-Z])", re.IGNORECASE
)
# ... and its seconder labelled after it: "Second: Senator Oh." (a sentence of its own; the
# empty group "mover" is there for the motion sieve, which asks each cue for both)
SECOND_LABEL = re.compile(r"^\W*(?P<seconder>second)(?P<mover>)?\s*:\s+(?=[A-Z])", re.IGNORECASE)
# A motion's mover and seconder in shorthand, mover first: "(M/S: Reyes/O'Hare)",
# "M/S N. Lindgren/Fenn", "M/S/C Reyes/O'Hare" (moved, seconded, carried or passed), and
# without the slashes: "MSP Colleen/Marcus", "MSC Reyes/O'Hare".
# The shorthand's run-together forms: moved, seconded, and carried, passed or approved
# (``sieves.WHEN`` gates the motion sieve on them, lower-cased).
MS_SHORTHAND_WORDS: tuple[str, ...] = ("MSC", "MSP", "MSA")
_MS_RUN = "(?:" + "|".join(MS_SHORTHAND_WORDS) + ")"
MS_SHORTHAND = re.compile(
    r"\b(?:M/S(?:/[A-Z]\b)?|" + _MS_RUN + r"\b)\s*:?\s*"
    r"(?P<mover>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)\s*/\s*"
    r"(?P<seconder>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)"
)
MS_SHORTHAND_MARK = re.compile(r"M/S|\b" + _MS_RUN + r"\b")  # (neither pattern matches without it)
# The same with the names first, as US academic minutes write it: "Reyes/O'Hare M/S/P
# approval of the minutes", "K. Reyes/O'Hare (M/S/C)".
MS_SHORTHAND_BEFORE = re.compile(
    r"(?<![\w/])(?P<mover>(?:[A-Z]\.\s*)?[A-Z][\w'\u2019-]+)\s*/\s*"
    r"(?P<seconder>(?:[A-Z]\.\s*)?[A-Z][\w'\u2019-]+)\s+\(?M/S(?:/[A-Z])?\b"
)
# A lettered or numbered item's head line naming a person, then its matter after a dash,
# no final stop: "b. Dana Whitby – Renewal of instructor licence" (an applicant, a case).
ITEM_HEADING = re.compile(
    r"^\s*\(?(?:\d{1,2}|[A-Za-z])[.)]\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*"
    r"\s+[\u2013\u2014-]\s+[A-Z][^.!?;:]*[^.!?;:\s]\s*$"
)
# An office of a body as a verb's subject, the head word before "of the": "The Leader of the
# House", "the Clerk of the Council" (matched on the sentence up to the subject's end); of
# the meeting itself, the title alone: "the Chairman of the session" is the Chairman.
OFFICE_OF_BODY = re.compile(
    r"(?:\b[Tt]he\s+|^)(?P<t>(?P<title>(?:[A-Z][\w-]*\s+){0,2}(?P<h>[A-Z][\w-]*))\s+of\s+the\s+"
    r"(?:(?P<meeting>meeting|session|sitting)|[A-Z][\w-]*))\s*$"
)
# A full name closing a heading in parentheses, whose item it is: "1. Lot 8 - fence (Ann Bo)".
HEADING_OWNER = re.compile(r"\((?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\)\s*$")
# A party to a hearing named after a label, before the name: "Applicant: Dana Whitby.",
# "Petitioner: Omar Fell" (the label is the person's role; the name, for "Mr. Fell" later).
PARTY_LABEL = re.compile(
    r"(?:^|[\s.;(])(?P<label>(?:Co-)?Applicants?|Petitioners?|Appellants?|Appellees?|Respondents?"
    r"|Complainants?|(?:Property\s+)?Owners?|Agent|Licensee|Registrant)\s*:\s*(?=[A-Z])"
)
# Its labels in lower case: a sentence without one of them is not searched (Here.words).
PARTY_LABEL_WORDS: frozenset[str] = frozenset(
    {"applicant", "applicants", "petitioner", "petitioners", "appellant", "appellants", "appellee"}
    | {"appellees", "respondent", "respondents", "complainant", "complainants", "owner", "owners"}
    | {"agent", "licensee", "registrant"}
)
# A sentence that only says who holds an office, up to the name that closes it: "Executive to
# State is Robyn Gault.", "Our new treasurer is Ann Lowe." (the office in 1-5 words; for match()).
OFFICE_IS = re.compile(
    r"(?:(?:Our|The|Their|Its)\s+)?(?P<office>[A-Za-z][\w&'-]*(?:\s+[\w&'-]+){0,4})\s+is\s+$"
)
# A sentence that opens with a list marker: "(a) ...", "ii. ...", "- ...".
ENUMERATED = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-*\u2022])\s")
# A paragraph opened by an ordinal word and its comma: "Second, they called on all parties
# to ..." (an item of the list a speaker introduced, like "2. ...": rules.markers' phrases).
ORDINAL_ITEM = re.compile(
    r"^\s*(?:"
    + "|".join(re.escape(p) for p in sorted((*M.ORDINAL_PHRASES, *M.CLOSERS), key=len, reverse=True))
    + r")\s*,\s",
    re.IGNORECASE,
)
# A mover's verb, then the seconder as the subject of a verb of their own: "The Chair
# moved, and " (MOVED_AND) "Councillor B" " seconded" (SECONDED_NEXT).
MOVED_AND = re.compile(r"\bmoved\s*,?\s+and\s+")
SECONDED_NEXT = re.compile(r"\s*seconded\b")
# A motion's shorthand, the name right after the verb: "Moved Len, seconded Judy." (not
# "Cllr A moved, Cllr B seconded", where they are verbs with subjects of their own).
# "Proposed PA, seconded TK." ("proposed" only with "seconded" after it: not "Proposed Budget 2026");
# a club's "Motion Lion Sue, second Lion Tom." ("motion" only with "second" after it, and
# "second" only after a comma: not "the second Tuesday").
MOTION_SHORTHAND = re.compile(
    r"\b(?:(?P<mover>moved|proposed(?= [A-Z][^;:]{0,60}?\bseconded [A-Z])"
    r"|motion(?= (?-i:[A-Z])[^;:]{0,60}?, second(?:ed)? (?-i:[A-Z])))"
    r"|(?P<seconder>seconded|(?<=, )second))"
    r" (?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# MOTION_SHORTHAND cannot match without one
MOTION_SHORTHAND_WORDS = frozenset({"moved", "seconded", "motion", "second"})
# A short label before a person on a line of their own: "Botswana: H.E. Kagiso Moremi,
# President" (the country a head of state came for).
LINE_LABEL = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}:\s+")
# A longer label before a person, with commas: "Alternate Executive Director,
# Constituency V: Ms. Lucía Ferreyra" (group "t": the label).
LONG_LABEL = re.compile(r"\s*(?P<t>[A-Z][\w'\u2019.-]*(?:,?\s+[A-Z][\w'\u2019.-]*){0,6}):\s+(?=\S)")
# A meeting still to come, before "talks with" / "meet with": "Foreign Minister Qiao will
# hold talks with Foreign Minister Santos" (searched in the text before the cue).
FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# The means by which one joined, after "joined by": "The Zone office joined by phone through its
# officer, Ms X," (not the people who joined the subject: "joined by Mr X").
BY_MEANS = re.compile(
    r"\s*(?:phone|telephone|video(?:conference|link|\s+link)?|teleconference|zoom|teams|skype"
    r"|audio(?:\s+link)?|conference\s+call|remote\s+link)\b",
    re.IGNORECASE,
)
# The title of whoever answers at a press conference the headline names.
HOST_TITLE = re.compile(r"\b(?:spokesperson|spokesman|spokeswoman|press secretary)\b", re.IGNORECASE)
# A chat nickname opening a line of IRC minutes (W3C's scribe.perl): a raw line
# "<ines> two concerns with 214: ..." (group "n"), or a scribed one in lower case
# "adaeze: welcome all" (group "l"); "Yusuf: ..." is a name label (turns.name_label).
NICK_LABEL = re.compile(r"<(?P<n>[A-Za-z][\w.-]{0,30})>[^\S\n]|(?P<l>[a-z][\w.-]{0,30}):[^\S\n]")
NICK_LABEL_REACH = 34  # characters from the line start where the nick's ">" or ":" may stand
# A straw-poll vote typed on a proposal: "<tomasz> +1" (a vote, no speech).
STRAW_VOTE = re.compile(r"[+-][01]\W*")
# The labels of a question-and-answer transcript: "Q: ..." (a journalist), "A: ..." (the host).
QA_LABEL = re.compile(r"\s*(?P<l>[QA])\s*:\s")
# A title alone after "by": "read out by the Director of Corporate Governance; ..." (t: the title).
# A title in lower case closing a label line: "Proposal by the municipal manager:"
THE_LOWER_TITLE = re.compile(r"\s*the\s+(?P<t>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})\s*:\s*$")
# A label line that names who proposes what follows: "Proposal by the municipal manager:",
# "Proposal by Tom Hill:" (its items are the proposer's, GOLD.md convention 9)
PROPOSAL_LABEL = re.compile(r"^\W*proposals?\s+(?:of|by)\s+[^:\n]{2,80}:\s*$", re.IGNORECASE)
THE_TITLE = re.compile(r"\s*the\s+(?P<t>[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'-]*)*)")
# Who moved it, in parentheses after a dash at the end (as in UK committee minutes):
# 'Amendment proposed, in line 4, to add "...".—(Ben Carradine.)' (n: the name).
DASH_BYLINE = re.compile(r"[\u2014\u2013]\s*\(\s*(?P<n>[A-Z][^()]{2,60}?)\.?\s*\)\s*\.?\s*$")
# A quotation closing a sentence (before a byline that names who said it): '... March Council."'
QUOTE_CLOSES = re.compile(r"[.!?,]?[\"\u201d]\s*$")
# A quotation opening a paragraph: '"Our farmers need ...'
QUOTE_OPENS = re.compile(r"\s*[\"\u201c]")
# A decimal minute number, all that comes before a word: "6.1 " in "6.1 Having declared
# an interest, Mr O'Dowd left the meeting." (the word opens the minute's sentence).
MINUTE_NUMBER = re.compile(r"\s*\d{1,3}(?:\.\d{1,3})+\.?\s+")
# A paragraph number opening a sentence: "5.  The meeting decided that:" (group 1: 5).
PARAGRAPH_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s")
# A body said to hold the meeting: "The Council of Ministers held its plenary session",
# "The Board of Trustees held their regular meeting" (its decisions are the meeting's),
# its abbreviation after it: "The Ministerial Council of the Gulf Cooperation Council (GCC) held its";
# or the meeting in an aside after the body: "The Monetary Board, in its session held on ..., decided".
HELD_ITS_MEETING = re.compile(
    r"\b[Tt]he\s+(?P<body>[A-Z][\w'-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'-]*){0,5})"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?(?:\s+held|,\s+(?:in|at))\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:session|meeting|sitting)\b"
)
BODY_LOOKAHEAD = 2000  # characters from the top where the body holding the meeting is named
# What HELD_ITS_MEETING cannot match without (a literal first: quick to search for)
HELD_ITS = re.compile(r"(?:held|,\s+(?:in|at))\s+(?:its|their)\s")
# A body named in capitalised words in the headline ("NORDMARK EUROPEAN WORKS COUNCIL"):
# the initials of its last words name it too ("the EWC adopted"; BODY_INITIALS_MIN letters).
HEADLINE_BODY = re.compile(
    r"(?:[A-Z][\w'-]*[^\S\n]+){2,5}(?i:" + "|".join(sorted(P.STRONG_BODY_NOUNS)) + r")\b"
)
HEADLINE_REACH = 300  # characters of the headline read for it (up to its first blank line)
BODY_INITIALS_MIN = 3
# A portfolio title in full, its portfolios listed ("the Minister of Foreign Affairs,
# Regional Integration and International Trade"): group "t" the title, "h" its head.
_PORTFOLIO = (
    r"(?:" + "|".join(sorted((w.capitalize() for w in P.PORTFOLIO_WORDS), key=len, reverse=True)) + r")\b"
)
_PORTFOLIO_RUN = _PORTFOLIO + r"(?:\s+(?:(?:and|&)\s+)?" + _PORTFOLIO + r"){0,4}"
FULL_TITLE = re.compile(
    r"\b[Tt]he\s+(?P<t>(?P<h>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?"
    + _PORTFOLIO_RUN
    + r"(?:,\s+"
    + _PORTFOLIO_RUN
    + r"){0,4})"
)
# A sentence opened by a short title as its subject: "The Minister had talks" (group 1).
SHORT_TITLE_OPENER = re.compile(r"^\W*The\s+([A-Z][a-z]+)\s+(?!of\b|for\b)[a-z]")
# The body whose session a meeting's title names, in capitalised words right after "Session
# of the", whatever its head noun: "358th Session of the Governing Body of the International
# Labour Office" (group 1: "Governing Body"; "The Governing Body requested" is the meeting).
SESSION_OF_BODY = re.compile(
    r"\b(?i:session|meeting|sitting)\s+(?i:of\s+the)\s+(?:\d+\w*\s+)?((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*)"
)
# A subject that ends in an acronym: "After the break, the EWC" (its letters, group 1).
# Two letters only after "the" ("the SC agreed": group 2), when they are the initials of
# the body the meeting's title names (TITLE_BODY_NAME).
ACRONYM_SUBJECT = re.compile(r"(?:^|\s)(?:(?:[Tt]he\s+)?([A-Z]{3,6})|[Tt]he\s+([A-Z]{2}))\s*$")
# A body in the meeting's title, named by capitalised words and a body noun: "Steering
# Committee teleconference no. 7" (its initials, "SC", name it: ACRONYM_SUBJECT).
TITLE_BODY_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'-]*[^\S\n]+){1,4}(?:"
    + "|".join(sorted(b.capitalize() for b in P.STRONG_BODY_NOUNS - {"meeting", "session", "conference"}))
    + r")\b"
)
# The part of a list after "and", up to the next comma or semicolon: "and Safety Officer"
# in "X, Occupational Health and Safety Officer, Ministry of Labour".
AND_NEXT_PART = re.compile(r"\s+and\s+[^,;]+")
# A civil-service position and its grade after a name: "Aquaculturist II", "Forester III"
# (one word: "Henry Ford III" is a name).
GRADED_POSITION = re.compile(r"[A-Z][a-z]{3,}\s+(?:I{1,3}|IV|V|VI)")
# An item of an attendance list that names who represented the body before it, a name
# next: "Provincial Office, represented by Ms. Ana Cruz" (the body's lower-case officer:
# LOWER_TITLE_LEAD).
REPRESENTED_LEAD = re.compile(r"\s*represented\s+by\s+(?=[A-Z])")
# An item of an owners' roll led by the owner's lot or unit, the name after a dash: "Lot 3 -
# M. Tsang", "Unit 12 - Jo Lee" (strata and body-corporate minutes).
PROPERTY_LEAD = re.compile(r"\s*(?:Lot|Unit)\s+\d{1,4}[A-Z]?\s*[-\u2013\u2014:]\s*(?=[A-Z])")
# An item of an attendance list led by an office in lower case before the name: "external
# auditor Nikolai Ivanov", "Board members Ana Lee", "represented by its programme officer
# Jo Marsh" (the office is the role; a capitalised body word may open it).
LOWER_TITLE_LEAD = re.compile(
    r"\s*(?:represented\s+by\s+(?:(?:its|their|the)\s+)?)?"
    r"(?P<t>(?:[A-Z][a-z]+\s+)?(?:[a-z][a-z-]+\s+){0,2}(?P<h>[a-z][a-z-]+))\s+(?=[A-Z][a-z])"
)
# A meeting as the object of a verb (after rules.verbs.ENDING_VERBS): "concluded | the 2025
# Article IV consultation[1] with X", "concluded its two-day session".
MEETING_OBJECT = re.compile(
    r"\s+(?:the|its|their|his|her|a|an|this|today's)\s+(?:[\w'\u2019\[\]-]+\s+){0,5}?"
    r"(?:consultations?|meeting|session|sitting|talks|discussions?|deliberations|visit|conference|debate)\b",
    re.IGNORECASE,
)
# "as" right before a speech verb's subject ("..., as Mayor X proposed."), and the end of
# the clause right after the verb: a reference back to what was said (sieves/speech.py).
AS_BEFORE = re.compile(r"(?:^|[,;(\u2013\u2014]\s*)as\s+$", re.IGNORECASE)
CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\"\u201d]|$)")
# A sentence saying that what follows is one person's own words: "The following is the
# English transcript of the Prime Minister's announcement.", "Full text of President X's
# address:" (group "who": whose words; a title or a name, before "'s").
TRANSCRIPT_LEAD = re.compile(
    r"^\s*(?:(?:the\s+following|below|here|what\s+follows)\s+is\s+(?:an?\s+|the\s+)?)?"
    r"(?:(?:full|complete|english|edited|unofficial|official|verbatim)\s+)*(?:transcript|text)\s+of\s+"
    r"(?P<who>[^.;:!?()]{2,80}?)(?:'s|\u2019s)\s+(?:(?:opening|closing|weekly|televised|national|press)\s+)*"
    r"(?:announcement|statement|remarks|address|speech|briefing)\b",
    re.IGNORECASE,
)
QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")  # (a quotation before "I": someone quoted)
LEADING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)  # ("the Prime Minister" -> "Prime Minister")
# A paragraph opened by a work package's or an item's code, the initials of who reports
# on it in parentheses, and a colon, the report running on in lower case: "WP2 (SA): the
# second campaign was completed" (group 1 the initials; not "WP3 (AM): Dr. X explained").
CODE_INITIALS_LABEL = re.compile(
    r"^\s*[A-Z][A-Za-z]{0,5}\d{1,3}(?:\.\d{1,2})?\s+\(([A-Z]{2,3})\)\s*:\s+(?=[a-z])"
)
# "2.2 MP", or the initials in parentheses after a work package's or an item's code: "WP4 (PV)"
INITIALS_SUBJECT = re.compile(
    r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:([A-Z]{2,3})|[A-Z][A-Za-z]{0,5}\d{1,3}(?:\.\d{1,2})?\s+\(([A-Z]{2,3})\))\s*"
)
DASHES = frozenset({"-", "\u2013", "\u2014"})  # a spaced dash as a token: "B. Orme - asked ..."
DASH_TITLE = re.compile(r"\s[-\u2013\u2014]\s+[A-Z]")  # "Dr. Mercy Phiri - Deputy Governor"
# between the columns of a table row (on one line: a wrapped name breaks across lines)
# ("VP Education ........ Tom Whitlock": dot leaders too)
COLUMN_GAP = re.compile(
    r"(?<=\S)(?:[^\S\n]{3,}|[^\S\n]*\t[^\S\n]*|[^\S\n]*(?:\.{4,}|\u2026{2,})[^\S\n]*)(?=\S)"
)
# The label of a table's right-hand column that holds each person's title ("NAME     POSITION"):
# any other label there ("NOMINATING MEMBER", "REPRESENTING") heads no title.
ROLE_COLUMN_LABELS = frozenset(
    "title titles position positions role roles office designation capacity portfolio".split()
)
# Any one-word honorific of the lexicon (rules.people.HONORIFICS), any case, its dot optional.
_HONORIFIC = (
    "(?i:"
    + "|".join(
        sorted({h.rstrip(".") for h in P.HONORIFICS if h.rstrip(".").isalpha()}, key=len, reverse=True)
    )
    + r")\.?"
)
# A person in parentheses after a role: "Meetings Administrator (Mr. J. Clune)",
# "Director of Services (Ms A. Byrne)" (an honorific, or initials before a surname).
NAME_IN_PARENS = re.compile(
    r"^(?:" + _HONORIFIC + r"\s+)(?:[A-Z]\.\s*){0,3}[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)*$|^(?:[A-Z]\.\s*){1,3}[A-Z][\w'’-]+$"
)
# An item that gives the title, a dash, then the holder with an honorific or initials:
# "Provincial Secretary - Mr. Nelson Kora" (a "Title - Name; Title - Name" attendance line).
TITLE_DASH_NAME = re.compile(
    r"\s*(?P<title>[A-Z][^-\u2013\u2014()]{2,60}?)\s+[-\u2013\u2014]\s+(?P<who>\S.*?)\s*[.;]?\s*$"
)
# A bullet that ends in the name, its title first: "General Manager, Community Services
# L. Lacroix", "City Clerk A. Tittemore" (initials before the surname mark the name).
TITLE_THEN_INITIALS_NAME = re.compile(
    r"^(?P<title>[A-Z][^()]*?[a-z&])\s+(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+)\s*[,.;]?\s*$"
)
# An item of a roll with no header: two to four capitalised words, initials, and
# post-nominals ("Jillian Broadbent AO", "Ken Henry AC", "Dr. T. K. Mwansa").
ROLL_NAME = re.compile(
    r"^(?:" + _HONORIFIC + r"\s+)?"
    r"(?:(?:[A-Z]\.\s*)+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})"
    r"(?:\s+[A-Z]{2,4})?$"
)
# A role column holding only ditto marks: the role of the line above ('"     "', "do.",
# "-do-", "ditto"): "Hon. Rommel D. Sabado - - - City Councilor" / "Hon. Ariel T. Dizon - - - \"   \"".
DITTO = re.compile(r"(?:[\"'\u201c\u201d\u2033\u3003]+\s*)+|-?do\.?-?|ditto", re.IGNORECASE)
# A line marking who is in the chair, with the office before the name: Hansard's
# "[The Speaker (Hon. X) in the Chair]", a synod's "President: The Rt Revd X, Bishop of Y
# (in the Chair)", a joint committee's "Worker Co-Chair: X (chairing this meeting)". The
# office is how the minutes then call the presider ("The President welcomed ..."); the
# sieve checks that it is a title.
CHAIR_MARK_LINE = re.compile(
    r"^\s*[\[(]?\s*(?:The\s+(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s*\(|"
    r"(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*:\s*)"
    r"(?P<name>[^()\[\]:;]{3,120}?)[\s,)]*\(?\s*"
    r"(?i:in\s+the\s+chair|chairing(?:\s+(?:this|the|today's)\s+meeting)?)\s*\)?\s*[\])]?\s*\.?\s*$"
)
# Someone joined to the subject of a speech verb: "A and B made statements and, with C
# and D, answered questions" (who: C and D).
JOINED_WITH = re.compile(
    r"\band,?\s+with\s+(?P<who>[A-Z][^,;:()]{2,120}?),\s*(?:answered|responded\s+to|took)\s+questions\b"
)
# A line of the attendance block that is one person, a spaced dash, then an office:
# "Camila Rocha \u2013 Department of Banking Operations and Payments System" (the sieve checks
# that the name is a name and the rest an office or a title).
NAME_DASH_OFFICE = re.compile(
    r"^\s*(?P<name>[^,;:()\u2013\u2014]{3,60}?)\s+[-\u2013\u2014]\s+(?P<rest>\S.*)$"
)
# A line of the attendance block that is an office, a spaced dash, then one person with
# an honorific: "Vice-Chair (Chair) - Ms A. Ndlovu", "Registrar - Mr P. Kruger" (the sieve
# checks that the office is a title and the person a name; a chair mark makes them preside).
OFFICE_DASH_PERSON = re.compile(
    r"^\s*(?P<office>[A-Z][^,;:()\u2013\u2014]{2,60}?)(?:\s*\((?P<mark>[^()]{2,30})\))?"
    r"\s+[-\u2013\u2014]\s+(?P<name>\S[^,;()]*?)\s*$"
)
# A word no person's name holds, written as an organisation's: an acronym or a word
# with a capital inside ("NTNU", "UGent", "CNR-ISMAR", "BlueShore"; not "McDonald",
# "MacLeod", "DeVries", "LaToya"). Before the dash of an attendance line it makes the
# line an affiliation and its people: "TUM \u2013 Anna Weber (WP3 leader)".
ORG_WORD = re.compile(
    r"(?<![\w'\u2019])(?:[A-Z]{2,}[A-Za-z]*|(?!(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z])[A-Z][a-z]+[A-Z]\w*)(?:-[A-Z]\w*)*(?![\w'\u2019])"
)
# A collective noun (its word in people.COLLECTIVE_NOUNS) right before "of" or "from" and
# the organisation after it: "Responsible officials of " (Town A and Town B made speeches).
COLLECTIVE_OF = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
# Unnamed people joined after a name before its verb, all in lower case: ", and principal
# responsible comrades of relevant departments" (attended), ", heads of subdivisions and
# representatives of enterprises" (took part): the name is the subject, the collective no
# one (people.py COLLECTIVE_NOUNS must head it, within its first four words).
# (the body they belong to may close it: ", and member units of the Committee")
COLLECTIVE_JOINED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?P<words>[a-z][a-z ,-]*?)(?:\s+of\s+(?:the\s+)?[A-Z][\w' -]*)?$"
)
# A name between quotation marks, right before its verb: 'The public organization "Union
# of Veterans" addressed the deputies' (the tail after the name is the closing mark alone).
OPENING_QUOTES = '"\u201c'
CLOSING_QUOTE_TAIL = re.compile(r"[\"\u201d]\s*$")
# A chair mark in the role of an attendance line: "Delegate of the Mayor, who presides",
# "Member, in the chair".
IN_THE_CHAIR_ROLE = re.compile(
    r",?\s*(?:in\s+the\s+chair|who\s+(?:presides|chairs|is\s+presiding|is\s+chairing))\b", re.IGNORECASE
)
# A header field naming who takes the minutes, at a line's start or after another field
# ("Chairperson: A (President) - Minutes by: B (Secretary)", "Note taker: C"): whoever
# writes the minutes is in the room (an attendee).
MINUTE_TAKER_FIELD = re.compile(
    r"(?:^|[ \t]+[-\u2013|][ \t]+|[ \t]{3,})[\W_]*(?:(?:minutes|notes)\s+(?:taken\s+|recorded\s+|kept\s+)?by|"
    r"minute[- ]?taker|note[- ]?taker|recorder|scribe|recording\s+secretary)\s*:[ \t]*",
    re.IGNORECASE,
)
# The next field of a header line after a value: "B (Secretary) | - Time: 7 pm".
NEXT_FIELD = re.compile(r"[ \t]+[-\u2013|][ \t]+[A-Z][\w ]{0,25}:|[ \t]{3,}\S")
# A chair mark ending a name line: "Dame Harriet Cole, in the Chair".
IN_THE_CHAIR_TAIL = re.compile(r",?\s*in\s+the\s+chair\W*$", re.IGNORECASE)
CHAIR_MARK = re.compile(
    # ("Presiding Member": a New Zealand school board's chair)
    r"^(?:chair|chairman|chairwoman|chairperson|presiding|presiding officer|presiding member|in the chair"
    # the office of the day, not of the body: "Ana Rusu, Governor (chair of the meeting)"
    r"|(?:chair|chairman|chairwoman|chairperson)\s+of\s+the\s+meeting|chairing\s+the\s+meeting)$",
    re.IGNORECASE,
)
# The chair of the day joined to a standing title in an attendance row: "Ana Rusu, Governor
# and Chair of the session" (she presides; "Deputy Chair" is no chair mark).
AND_CHAIR_TAIL = re.compile(
    r"\band\s+(?:chair|chairman|chairwoman|chairperson)(?:\s+of\s+the\s+(?:meeting|session|sitting))?$",
    re.IGNORECASE,
)
# The chair of the day in a title in apposition, in prose: "Ms X, Deputy Managing Director and
# Acting Chair, issued ..." (she presides when no one is said to; not "Chair of the Audit Committee").
ACTING_CHAIR_ROLE = re.compile(
    r"(?:\band\s+(?:acting\s+)?|^acting\s+)(?:chair|chairman|chairwoman|chairperson)$", re.IGNORECASE
)
# Right before a name inside an affiliation after a person: "Mr X, of the Kettle " (Watch group,).
AFFILIATION_OF = re.compile(r",\s*of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}$")
# An address between commas after a name: "Carl Jensen, 14 Elm Street, spoke".
ADDRESS = re.compile(r"^\s*,\s*\d{1,5}[A-Za-z]?\s+[A-Z][^,;]{1,60},?\s*$")
AS_ROLE = re.compile(r"\bas\s+(?:the\s+)?([A-Z][^,;.()]{2,80}?)\s*(?:\([^()]{0,30}\))?,\s*(?:\S+\s+){0,2}$")
ABSENT_ALONE = re.compile(
    r"^\W*(?:absent|apologies|apologies for absence|regrets|excused)\W*$", re.IGNORECASE
)
# A row of an attendance block: a name alone, or a name and its office in lower case (or an
# ordinal) after a comma: "Matti Korhonen", "Jukka Rantanen, 1st vice chair", "Outi Lindroos,
# financial director, expert, present at § 38".
NAME_LOWER_OFFICE_ROW = re.compile(r"[A-Z][^,\n]{1,60}(?:,\s*(?:[a-z]|\d{1,2}(?:st|nd|rd|th)\b)[^\n]*)?$")
# A form's field of the absent, the names after a gap with no colon: "Absent         Eero Laine"
ABSENT_FIELD = re.compile(r"^\W*(?:absent|apologies|regrets|excused)[^\S\n]{2,}(?=\S)", re.IGNORECASE)
# A header of both parts of an attendance block, those present first: "Attendance and
# Apologies:" alone on its line (the names under it attend until "Apologies" heads the rest).
PRESENT_THEN_ABSENT_HEADER = re.compile(
    r"^\W*(?:attendance|present|attendees)\s+(?:and|&)\s+(?:apologies|absences?|regrets)\W*:?\s*$",
    re.IGNORECASE,
)
# A table's header row flattened into a line, the list's plural head and a column label:
# "Directors Representing", "Members Organisation".
COLUMN_HEADER_ROW = re.compile(
    r"^\W*(?P<head>[A-Z][a-z]+)\s+(?i:representing|organisation|organization|affiliation|company)\s*$"
)
# A row that gives a person's initials after the name, as the minutes will call them:
# "Prof Lorna Brennan LB Universities" (the initials checked against the name's words).
INITIALS_ROW = re.compile(r"^(?P<name>(?:[A-Z][\w.'-]*\s+){1,5}?)(?P<ini>[A-Z]{2,4})(?=\s|$)(?P<rest>.*)$")
ABSENT = re.compile(
    r"\b(?:absent|apologies|regrets|excused|not present|not in attendance|present except|on leave)\b",
    re.IGNORECASE,
)
# A subject that is an organisation's representative, the organisation named before:
# "Its representative said", "Its delegate noted".
ITS_DELEGATE = re.compile(
    r"\W*Its\s+(?:representative|delegate|delegation|spokesperson|spokesman|observer)\s*", re.IGNORECASE
)
# An attendance line marked absent at its end: "Senator Marla Quint - Excused", "Ann Lee (absent)".
ABSENT_TAIL = re.compile(
    r"[-\u2013\u2014(,]\s*(?:absent|excused|apologies|regrets|not present)\W*$", re.IGNORECASE
)
BULLET_SIGNS = "-*\u2022+\u25aa\u25cf\u2013"  # the signs that open a bulleted line, not a number
# A bullet that opens with an honorific or a title and a name: "- Councillor Fenwick ",
# "* Ms R. Castellano " (BULLET_NAMED_OPENING's group "h" is the first word).
BULLET_NAMED_OPENING = re.compile(r"^\s*[-*\u2022]\s+(?P<h>[A-Z][\w.]*)\s+(?:[A-Z]\.\s*)*[A-Z][\w'-]+\s+")
BULLET = re.compile(r"^\s*(?:[-*\u2022+]|\d{1,3}[.)])\s+")
# A bullet written as a glyph, not a number: "\u2022 Mr. X", "- Ms Y" (a block of these ends
# at the first line without one: "Summary of Staff Report" / "6. Dr. X took a different view.")
GLYPH_BULLET = re.compile(r"^\s*[-*\u2022+]\s+")
# A speaker's own voice at a sentence's start: "In his view, firstly, ...", "In her opinion,"
OWN_VIEW = re.compile(
    r"^\W*In\s+(?P<pos>his|her)\s+(?:own\s+)?(?:view|opinion|judge?ment|assessment)\s*,", re.IGNORECASE
)
# Minutes the meeting writes in the first person plural (a Quaker business meeting, a
# synod): "We agree:", "We receive this report", "We thank Imogen for ...": the meeting acts
# (not in a quotation: '"We agree with the plan," she said').
WE_MINUTE = re.compile(
    r"^[\s*#>-]*We\s+(?:(?:warmly|gladly|therefore|also|now)\s+)?(?:agree|agreed|decide|decided|resolve|resolved|"
    r"appoint|appointed|approve|approved|accept|accepted|receive|received|thank|thanked|ask|asked|"
    r"welcome|welcomed|record|recorded|note|noted|send|sent|adopt|adopted|endorse|endorsed)\b"
)
# A sentence whose subject is the draft law before the meeting, stating its content: "The
# draft proclamation aims to: (1) ...", "The Bill seeks to:", "The Digital Nation Authority
# Bill, 2025 provides for:". What it lists is the meeting's business, not the presenter's.
DRAFT_AIMS_PHRASES: tuple[str, ...] = (
    "aims",
    "seeks",
    "intends",
    "is intended",
    "is designed",
    "provides for",
)
# (the words DRAFT_AIMS cannot match without, one of its verbs: "intended", not "is")
DRAFT_AIMS_VERBS = tuple(p.split()[-1] if p.startswith("is ") else p.split()[0] for p in DRAFT_AIMS_PHRASES)
DRAFT_AIMS = re.compile(
    r"^[\s*#>-]*The\s+(?:[\w'-]+\s+){0,6}?(?:bill|proclamation|decree|ordinance|regulations?|draft)"
    r"(?:,\s*\d{4},?)?\s+(?:" + "|".join(r"\s+".join(p.split()) for p in DRAFT_AIMS_PHRASES) + r")\b",
    re.IGNORECASE,
)
ON_BEHALF = re.compile(r"^\s*On behalf of ([^,]{3,160}),", re.IGNORECASE)
# "had" before a deciding verb: "The Government had adopted four priorities" (a speaker's
# account, or a decision taken before this meeting; not the meeting deciding).
# A subordinator and a short subject right before a deciding verb: "after the Council
# adopted its programme, she said ...": the decision only dates the main clause.
SUBORDINATE_BEFORE = re.compile(
    r"\b(?:after|before|once|when|since|until|as\s+soon\s+as)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A clause on a plural noun before a speech verb in the pluperfect, its subject named:
# "adopted three items the Society had supported: (1) ..." (what the items are, no speech
# in this sentence; the noun in lower case, "that"/"which" may be left out).
RELATIVE_PLUPERFECT = re.compile(
    r"\b[a-z]{3,}s\s+(?:that\s+|which\s+)?the\s+(?:[A-Z][\w-]*\s+){1,4}had\s+"
    r"(?:(?:already|also|earlier|previously)\s+)?$"
)
PLUPERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:(?:already|also|earlier|previously|recently)\s+)?$", re.IGNORECASE
)
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+|also\s+|further\s+)?$", re.IGNORECASE
)  # "the agenda was adopted", "a report was also presented"
VOCATIVE_NEXT = re.compile(r"^,\s*(?:please|thank|i\b|we\b|you\b|could|would|let|can)", re.IGNORECASE)

BODY_MODIFIERS = frozenset({"the", "this", "full", "standing", "executive", "whole", "entire"})
# Words naming whose body it is: "the Federal Cabinet", "the City Council", "the Union Cabinet".
JURISDICTIONS = frozenset(
    {
        "federal",
        "national",
        "union",
        "state",
        "provincial",
        "municipal",
        "county",
        "city",
        "town",
        "village",
        "parish",
        "ward",  # "The Ward Committee resolved: 1. That ..." (a municipal ward's committee)
        "regional",
        "general",
        "governing",
        "special",
        "joint",
        "plenary",
    }
)
# The agenda items someone attended for, after the role in an attendance line's parentheses:
# "Liam Fox (Director Registration, for item 4)" (the role is "Director Registration").
ROLE_ITEM_NOTE = re.compile(r",\s*for\s+(?:agenda\s+)?items?\b.*$", re.IGNORECASE | re.DOTALL)
# Where a second clause starts: its verb has a subject of its own.
PARTICIPLE = re.compile(r"[a-z]+ing\b")  # "..., noting that"
PARTICIPLE_BREAK = re.compile(r"[;:\"\u201c]|\b(?:where|which|who|that|while|when|whose)\b")
# (not the "as read" of minutes: "X took the report as read and highlighted ...")
CLAUSE_BREAK = re.compile(
    r"[,;:()\"\u201c]|\b(?:where|which|who|that|while|when|as(?!\s+read\b)|after|before)\b"
)
# Where a clause with a subject of its own starts before a predicate joined by "and" (no
# comma: "He visited enterprises, parks and villages, and presided over a symposium").
PREDICATE_BREAK = re.compile(
    r"[;:()\"\u201c]|\b(?:where|which|who|that|while|when|as(?!\s+read\b)|after|before)\b"
)
# (from the start of a run of blanks only: tried inside a long run, "\s+" ran to its end
# from every place in it)
# ("Group president X was in the chair.": the verb between the name and the phrase)
IN_THE_CHAIR = re.compile(r"(?<!\s)\s++(?:(?:was|is)\s+)?in\s+the\s+chair\b", re.IGNORECASE)

# (nor "of", "from": "Jean Pruett of Seabreeze Estates" is a person and where she comes from)
NOT_NOUNS = frozenset(
    {"and", "or", "who", "was", "were", "is", "are", "has", "have", "had", "also", "as", "of", "from"}
)

# A role that speaks for a state or an organisation, which "It" may then stand for:
# "representative of the European Union", "observer for the Holy See", "Egypt's delegation"
DELEGATE_ROLE = re.compile(r"\b(?:representative|delegat\w*|observer|envoy)\b", re.IGNORECASE)
# A perfect participle before a verb: "Having considered the reports, the Assembly adopted"
# (no speech of its own: the clause's subject is the main verb's).
HAVING_BEFORE = re.compile(r"\bhaving\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "it" right before a deciding phrase that opens with its auxiliary ("was agreed"), after
# a lead-in: "After discussion it was agreed that ..." (searched in the four characters before)
IT_BEFORE_AUXILIARY = re.compile(r"\bit\s+$", re.IGNORECASE)
# The meeting as the agent of a passive deciding verb: "The following resolutions were passed
# unanimously by the meeting:" (matched right after the verb).
BY_THE_MEETING = re.compile(
    r"\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?(?:meeting|house|general\s+body|members\s+present)\b", re.IGNORECASE
)
# Members and a named body as the agent around a deciding verb: the verb is a participle
# ("the members elected by the Congress", "representatives appointed by the Unions"), nobody
# decides here (not "Members approved by the required majority": the agent is capitalised).
MEMBERS_BEFORE = re.compile(r"\b(?:members|representatives|delegates)\s+$", re.IGNORECASE)
BY_NAMED_AGENT = re.compile(r"\s+by\s+the\s+[A-Z]")
IT_PASSIVE_BEFORE = re.compile(r"\bit\s+(?:was|is|has been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # (four runs)
# The formula of a resolution, in the voice of the body that adopts it: "NOW, THEREFORE,
# BE IT RESOLVED by the Board ...", "BE IT FURTHER RESOLVED that ..." (searched in the
# last three runs before the verb)
BE_IT_BEFORE = re.compile(r"\bbe\s+it\s+(?:further\s+|also\s+|hereby\s+)?$", re.IGNORECASE)
# The passive "It was" carried over a motion's participles to the body's verb: "It was
# proposed by Cllr Dunmore, seconded by Cllr Caddick and RESOLVED to award ..." (matched
# against the sentence up to the verb).
IT_WAS_MOVED_AND = re.compile(
    r"\W*it\s+was\s+(?:duly\s+)?(?:proposed|moved)\b[^;:]{0,200}\band\s+$", re.IGNORECASE
)


# "a briefing from the Cabinet Secretary for Agriculture, Hon. Mary Otieno, on ...": the
# title in front of the name, up to its comma
TITLE_APPOSITION = re.compile(
    r"(?:the\s+)?(?P<title>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'&-]*|of|for|and|the|on|in|&)){0,15}?),\s+"
)  # (capitalised words and their links only: not "the President in his capacity as ...,")

OTHER_BODY_RUNS = 4
# The most runs of whitespace a match of _Cues.relayed spans: "speech delivered by
# the important" has five (three words of a cue, "the", "important", the space after).
RELAYED_RUNS = 5

# A role given after the verb: "X this morning presented ... during his last year as UN
# Secretary-General" (the title's last word must be a title head).
AS_TITLE = re.compile(
    r"\bas\s+(?:the\s+)?(?P<t>(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w'-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*)?)"
)

# A decision label with the meeting's own verb ("RESOLVED:", "Agreed that:", "It was
# decided:"); other labels ("Decisions:", "Action items:") only open the meeting's list.
LABEL_VERB = re.compile(
    r"\W*(?:it\s+was\s+|be\s+it\s+(?:further\s+)?)?(?:resolved|agreed|decided)\b", re.IGNORECASE
)

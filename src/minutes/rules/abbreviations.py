"""Sentence-boundary tables: abbreviations and the words that start sentences.

Entries are lowercase, written as Punkt sees a token: inner periods kept, the final
period dropped ("U.S." -> "u.s", "Ph.D." -> "ph.d", "a.m." -> "a.m").

Worked examples (see tests/test_segment.py for the golden table):
    "Mr. Wu spoke."                  "mr" is an abbreviation: no break after "Mr."
    "It ended at 10 p.m. Then ..."   "p.m" may end a sentence: "Then" is a SENTENCE_STARTER
    "at 1:15 p.m. by Phil Howze"     lowercase "by": no break
    "Mr. He Zhongwei spoke."         "mr" is NON_FINAL: never a break, even before "He"
    "pens, paper, etc. The next"     "etc" may end a sentence: break before "The"
"""

from __future__ import annotations

# Personal titles and forms of address: they precede a name, never end a sentence.
TITLES: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "messrs",
        "m/s",  # "M/s. Apte & Associates": Messrs, before a firm's name
        "mme",
        "mlle",
        "dr",
        "prof",
        "gov",
        "govt",
        "pres",
        "rep",
        "sen",
        "gen",
        "col",
        "lt",
        "capt",
        "cmdr",
        "maj",
        "sgt",
        "adm",
        "hon",
        "rt",
        "rev",
        "fr",
        "supt",
        "amb",
        "h.e",
        "eng",  # "Eng. J. K. Mwangi" (engineer)
        "ing",  # "Ing. Mercy Twumasi" (engineer, in Ghanaian and European lists)
        "atty",  # "Atty. Reese said" (attorney)
        "prop",  # "Prop. Joy Edwards, sec. Dennis O'Hare" (proposed by)
        "cllr",
        "shri",
        "smt",
        "adv",  # "Adv. Meenal Rao" (advocate, in Indian lists)
        "barr",  # "Barr. Femi Ade" (barrister, in Nigerian lists)
        "insp",
        "det",
        "cpl",
        "pte",
        "sra",  # "Sra. Smithers" (Spanish: Mrs.)
        "srta",
        "bro",  # "Bro. Kieran Doyle", "Sis. Ann Lowe" (forms of address in unions and churches)
        "sis",
        "cde",  # "Cde. Tendai Moyo" (comrade)
    }
)

# Latin and cross-reference abbreviations that always continue into more text.
NON_FINAL_LATIN: frozenset[str] = frozenset({"e.g", "i.e", "vs", "cf", "viz", "approx"})

# Place-name prefixes that always precede a name: "Mt. Kenya", "Mts. Rwenzori".
PLACE_PREFIXES: frozenset[str] = frozenset({"mt", "mts", "mtn"})

# Abbreviations that can also end a sentence ("... of Kenya Ltd. This ...").
# Punkt breaks after them only when the next word is a SENTENCE_STARTER.
SOMETIMES_FINAL: frozenset[str] = frozenset(
    {
        # name suffixes and company forms
        "jr",
        "sr",
        "esq",  # "J. Fenwick Esq. (Chairman)"
        "st",
        "co",
        "ltd",
        "inc",
        "corp",
        "bros",
        "plc",
        "llc",
        # lists and references
        "etc",
        "al",
        "no",
        "nos",
        "fig",
        "figs",
        "art",
        "para",
        "paras",
        "vol",
        "vols",
        "sec",
        "ch",
        "p",
        "pp",
        # contact details and units ("ext. 204", "54 pct. of", "per lb. at")
        "ext",
        "tel",
        "pct",
        "lb",
        "lbs",
        "oz",
        # organisations and places ("Ft. Worth" but "10 ft. The ...", "Elm Ave. The ...")
        "ft",
        "ave",
        "blvd",
        "rd",
        "dept",
        "univ",
        "assn",
        "asst",
        "assoc",
        "intl",
        "natl",
        # months (May is never abbreviated)
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
        # dotted acronyms, degrees and times of day
        "u.s",
        "u.s.a",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "ph.d",
        "a.m",
        "p.m",
    }
)

# Abbreviated given names: "Ma. Teresa Dimaculangan", "Md. Shahabuddin", "Wm. Brown".
GIVEN_NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    {"ma", "md", "mohd", "muhd", "wm", "jos", "chas", "thos"}
)

# Abbreviations after which a sentence never ends.
NON_FINAL_ABBREVIATIONS: frozenset[str] = TITLES | NON_FINAL_LATIN | PLACE_PREFIXES | GIVEN_NAME_ABBREVIATIONS

# Abbreviations only before a number ("No. 7", "Nos. 4 and 5", "No.5"); they are also
# ordinary words ("The vote was No. Everyone else abstained."). Punkt does not get
# them: segment.py keeps "No." with a number that follows it.
NUMBER_PREFIXES: frozenset[str] = frozenset({"no", "nos"})

# Abbreviations of references and currencies that only come before a number ("Rs. 16720",
# "Cap. 12", "Min. 45/2023", "Reg. 4"); they never end a sentence before one, and are
# left to Punkt's judgement otherwise (see rules/boundaries.py, takes_number).
NUMBER_TAKERS: frozenset[str] = NUMBER_PREFIXES | frozenset(
    {"rs", "cap", "min", "reg", "regs", "sect", "ord", "res", "nr", "ref", "sch", "cl", "r", "s"}
)

# Every abbreviation type (for glued boundaries: "No.Five" is not one).
ABBREVIATIONS: frozenset[str] = NON_FINAL_ABBREVIATIONS | SOMETIMES_FINAL | NUMBER_PREFIXES

# The abbreviation types handed to Punkt (PunktParameters.abbrev_types).
PUNKT_ABBREVIATIONS: frozenset[str] = ABBREVIATIONS - NUMBER_PREFIXES

# Abbreviations that close their phrase: company forms, name suffixes, "etc." and the
# times of day. After one, a capitalised word that a lowercase word follows, or a
# title, opens a new sentence even if it is no SENTENCE_STARTER:
#   "We sold it to Norcast Inc. Profits rose."   -> break before "Profits"
#   "She left at 5 p.m. Mr. Grant locked up."     -> break before "Mr."
#   "Acme Inc. Chief Executive Jo Lee said ..."   -> no break ("Chief Executive")
# ("U.S." is left out: "the U.S. Government in Virginia" is one sentence.)
PHRASE_FINAL: frozenset[str] = frozenset(
    {"inc", "ltd", "corp", "bros", "plc", "llc", "jr", "sr", "etc", "a.m", "p.m"}
)

# Words that continue a date or time ("at 10 a.m. Monday in Hall B"): no break before them.
CALENDAR_WORDS: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()
)

# Lowercase words inside names: "Ministry of Foreign Affairs", "Banco de la Nación".
# A capitalised word before one is a name, not a sentence start ("12:22 a.m. Ministry
# of Foreign Affairs" stays whole).
NAME_LINKS: frozenset[str] = frozenset("of de del della der des du da la le van von".split())

# Prepositions that open a sentence with a time or place: "At 7 a.m. Mrs. Grant
# opened the office." -- no break inside such a short opening phrase.
OPENING_PREPOSITIONS: frozenset[str] = frozenset(
    "at by from until till after before around about since on".split()
)

# Words a number follows inside a sentence: "5 to 2. The motion passed" ends a
# sentence with "2.", it does not start list item "2." (see segment.py, inline lists).
NUMBER_COMPLEMENTS: frozenset[str] = frozenset(
    """
    to than of by from and or at in on for with between about around over under per
    is was were are be been equals reached rose fell grew
    no nos number section page chapter article clause paragraph para
    step phase stage rule version round term table figure fig annex appendix vol p pp
    """.split()
)

# Function words that, capitalised, begin a sentence rather than a name. Punkt uses
# them as orthographic evidence (ortho_context) and as frequent sentence starters
# (sent_starters) to break after an abbreviation or initial: "etc. The", "p.m. Then".
# Single letters ("A", "I") are left out: they would make "J. A. Smith" break.
# Words that are also names or months ("May", "Will", "Long") are left out too.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        # articles, pronouns, determiners
        "the",
        "an",
        "this",
        "that",
        "these",
        "those",
        "there",
        "it",
        "its",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "they",
        "their",
        "you",
        "your",
        "all",
        "both",
        "each",
        "every",
        "many",
        "most",
        "some",
        "several",
        "other",
        "such",
        # conjunctions and connectives
        "and",
        "but",
        "or",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "since",
        "after",
        "before",
        "until",
        "unless",
        "once",
        "however",
        "moreover",
        "furthermore",
        "meanwhile",
        "nevertheless",
        "nonetheless",
        "therefore",
        "thus",
        "hence",
        "instead",
        "also",
        "additionally",
        "further",
        "overall",
        "accordingly",
        "consequently",
        "similarly",
        "likewise",
        "indeed",
        "only",
        "even",
        "still",
        "not",
        # prepositions that open sentences
        "in",
        "on",
        "at",
        "as",
        "for",
        "from",
        "to",
        "by",
        "with",
        "without",
        "within",
        "during",
        "despite",
        "under",
        "among",
        "according",
        "following",
        "regarding",
        "given",
        # time and place
        "then",
        "now",
        "here",
        "today",
        "yesterday",
        "tomorrow",
        "later",
        "earlier",
        # questions and requests
        "what",
        "why",
        "how",
        "where",
        "who",
        "which",
        "let",
        "please",
        # enumeration markers (see rules/markers.py)
        "first",
        "firstly",
        "second",
        "secondly",
        "third",
        "thirdly",
        "fourth",
        "fourthly",
        "fifth",
        "fifthly",
        "next",
        "last",
        "lastly",
        "finally",
    }
)

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
        "cllr",
        "shri",
        "smt",
        "insp",
        "det",
        "cpl",
        "pte",
    }
)

# Latin and cross-reference abbreviations that always continue into more text.
NON_FINAL_LATIN: frozenset[str] = frozenset({"e.g", "i.e", "vs", "cf", "viz", "approx"})

# Abbreviations that can also end a sentence ("... of Kenya Ltd. This ...").
# Punkt breaks after them only when the next word is a SENTENCE_STARTER.
SOMETIMES_FINAL: frozenset[str] = frozenset(
    {
        # name suffixes and company forms
        "jr",
        "sr",
        "st",
        "co",
        "ltd",
        "inc",
        "corp",
        "bros",
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
        # organisations and places
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

# Abbreviations after which a sentence never ends.
NON_FINAL_ABBREVIATIONS: frozenset[str] = TITLES | NON_FINAL_LATIN

# Every abbreviation type handed to Punkt (PunktParameters.abbrev_types).
ABBREVIATIONS: frozenset[str] = NON_FINAL_ABBREVIATIONS | SOMETIMES_FINAL

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

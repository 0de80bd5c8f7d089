"""The sentence-boundary decision table, and the spans no boundary may fall inside.

Every candidate boundary, whichever scan of ``segment.py`` proposed it (Punkt, a
glued mark "2018.Since", a phrase-final abbreviation "Inc. Profits", a full-width
mark "\u3002"), is a :class:`Boundary`: the text before it and the text after it.
:func:`decide` looks it up in :data:`BOUNDARY_TABLE`; the first row whose test holds
decides, and a boundary no row matches stands. Each row has a worked example (the
``|`` marks the candidate) and a golden case in tests/test_segment.py.

Protected spans (:data:`PROTECTED_KINDS`) are found by one regex scan per kind and
paragraph, before the decisions that need them: e-mail addresses, URLs, paths, file
names and short brackets inside a sentence. A candidate inside one never stands (row
``protected``).

The table holds only JOIN and SPLIT rows over the two sides of one boundary; what
proposes candidates, and where, stays in segment.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from minutes.rules.abbreviations import (
    ABBREVIATIONS,
    CALENDAR_WORDS,
    NAME_LINKS,
    NON_FINAL_ABBREVIATIONS,
    NUMBER_TAKERS,
    OPENING_PREPOSITIONS,
    PHRASE_FINAL,
    SENTENCE_STARTERS,
    TITLES,
)

# ---------------------------------------------------------------------------
# Protected spans
# ---------------------------------------------------------------------------

# The longest bracket that counts as short (brackets included), and what may not come
# right before one that is protected: a bracket that opens a sentence is no aside.
SHORT_BRACKET = 48
SENTENCE_MARKS = ".?!"

# The tail of a URL or path: no closing punctuation ("www.gov.cn/a)." ends at "a").
_URL_TAIL = r"[^\s<>\"]{0,300}[\w/#=&%+-]"
# What a bracket may hold: plain characters, or one bracketed group of its own.
_BRACKETED = r"(?:[^()\[\]\n]|\([^()\[\]\n]{0,40}\)|\[[^()\[\]\n]{0,40}\]){1,46}"


@dataclass(frozen=True, slots=True)
class Protected:
    """A kind of protected span: its pattern, and the strings one always contains."""

    name: str
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]
    back: bool = False  # the span also takes the name before the match ("Minutes" of ".PDF"), if any
    blanks: bool = False  # the span may hold blanks (so a cut at a blank may fall inside it)


# The kinds of protected span, each scanned for only in paragraphs that hold a trigger:
PROTECTED_KINDS: tuple[Protected, ...] = (
    # "Jane.Doe@example.com" (not the period after it)
    Protected("email", ("@",), re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")),
    # "https://www.example.gov/minutes/2024.html", "www.council.gov.uk/Minutes"
    Protected("url", ("www.", "://"), re.compile(r"(?:https?://|ftp://|www\.)" + _URL_TAIL)),
    # "council.gov.uk/Minutes/2024": a dotted host with a path
    Protected("path", ("/",), re.compile(r"\b[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/" + _URL_TAIL)),
    # "Minutes.PDF", "budget_2024.xlsx": the extension, and the name before it
    Protected(
        "file",
        (".",),
        re.compile(r"\.(?i:pdf|docx?|xlsx?|pptx?|csv|txt|rtf|odt|html?|zip|json|xml|md|png|jpe?g)\b"),
        back=True,
    ),
    # "(D., Wash.)", "(Phil. 4:8)", "[Sim et al. (1981) Biochem. J. 193]": a short
    # bracket (SHORT_BRACKET) that does not open a sentence; one nested pair at most
    Protected(
        "bracket", ("(", "["), re.compile(r"\(" + _BRACKETED + r"\)|\[" + _BRACKETED + r"\]"), blanks=True
    ),
)

# ---------------------------------------------------------------------------
# Token classes
# ---------------------------------------------------------------------------

# Punctuation that may open a token ("(Mr.", "\u201cEtc.").
OPENERS = "\"'([{\u2018\u201c\u00ab*"

# Dotted initials or a dotted acronym: "J.R.R.", "U.S.A.", "U.S.", "p.m.", "E.U.".
DOTTED = re.compile(r"(?:[^\W\d_]\.){2,}")

# A number, or what stands for one after "No.", "Cap.", "Rs.":
#   "16720", "45/2023", "#5", "A13", "VII of", "(123) in", "(a) of"
NUMBER_AHEAD = re.compile(r"[\d#]|[A-Za-z]{1,2}\d|[IVXLC]{2,}\b|\((?:\d|[a-z])")

# "No." or "Nos." between a reference's abbreviation and its number: "Min. No. 4/2026",
# "Res. No. 12" (the abbreviation takes the number through it).
NUMBER_PREFIX_AHEAD = re.compile(r"(?i:nos?)\.\s*")

# A list marker opening the text after a boundary: "2. Adopt", "(2) The", "iv) Costs",
# or all of it ("2.", a piece of its own that Punkt cut off its item).
MARKER_AHEAD = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6})(?:\.\)|[.)])(?:\s+[A-Z]|$)")

# A piece that is nothing but an enumeration marker: "36.", "(2)", "iv.", "II.", "b)", "1.)".
ENUMERATOR_ONLY = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Za-z])(?:\.\)|[.)])|\(\d{1,3}\)")

# The same, with a bullet or heading mark before it: "\u2022 9.", "\u2043 10.", "## 3.", "**3.",
# "- 1." (a dash and a blank); or a section's number of two levels or more: "1.3." | "Attendance:"
MARKER_ONLY = re.compile(
    r"(?:[\u2022\u25aa\u25e6\u2023\u2043]\s*|[-\u2013]\s+|#{1,6}\s*|\*\*?)?(?:"
    + ENUMERATOR_ONLY.pattern
    + r"|\d{1,2}(?:\.\d{1,2}){1,3}\.)"
)

# A list marker that opens a line or piece: "a. First", "ii) Costs" (not a lowercase word).
ENUMERATOR_LEAD = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,6}|[A-Za-z])(?:\.\)|[.)])\s+")

# A letter: "[5]", "36." and "-----" have none.
LETTER = re.compile(r"[^\W\d_]")

# Punctuation that may follow a sentence end ("... it.\"", "(... so.)").
CLOSERS = frozenset("\"')]}*\u2019\u201d\u00bb")

# The marks that end a sentence, full-width ones included.
SENTENCE_ENDS = ".?!\u3002\uff0e\uff01\uff1f"

# Punctuation that never opens a sentence: ". . ." | ", and then".
CONTINUING_PUNCTUATION = frozenset(",;:)]}")

# Dashes (and the spaces around them) that may stand between two parts of a sentence.
DASHES = frozenset("-\u2013\u2014 ")

# Full-width periods, read as "." where a title is glued to the word before ("ended\uff0eMr.").
WIDE_PERIODS = str.maketrans("\uff0e\u3002", "..")

# How far the tests look into the text on either side of a boundary.
LOOKAROUND = 32


@dataclass(frozen=True, slots=True)
class Boundary:
    """A candidate boundary: ``before`` | ``after``.

    ``before`` is the end of the piece before it (at most LOOKAROUND characters,
    ``before_whole`` if that is the whole piece), ``after`` the start of the piece
    after it (likewise); ``protected`` if it falls inside a protected span.
    """

    before: str
    after: str
    before_whole: bool = True
    after_whole: bool = True
    protected: bool = False
    token: str = field(init=False)  # the last token of ``before``: "Rs.", "U.S.A.", "(type 2)."

    def __post_init__(self) -> None:
        object.__setattr__(self, "token", last_token(self.before))


class Decision(Enum):
    JOIN = "join"  # no boundary here
    SPLIT = "split"  # a boundary here


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the table: its name, its decision, its test, a worked example."""

    name: str
    decision: Decision
    test: Callable[[Boundary], bool]
    example: str


# ---------------------------------------------------------------------------
# Predicates on one side of a boundary
# ---------------------------------------------------------------------------


def last_token(before: str) -> str:
    """The last blank-separated token, without opening punctuation: "(Mr." -> "Mr."."""
    parts = before.split()
    return parts[-1].lstrip(OPENERS) if parts else ""


def first_word(after: str) -> str:
    """The letters at the start of ``after``: "Smith went" -> "Smith", "12" -> ""."""
    k = 0
    while k < len(after) and after[k].isalpha():
        k += 1
    return after[:k]


def ends_with(line: str, marks: str) -> bool:
    """Whether ``line`` ends in one of ``marks``, looking past closers and footnote marks."""
    k = len(line)
    while k > 0:
        ch = line[k - 1]
        if ch == "]":
            j = k - 1
            while j > 0 and k - 1 - j < 3 and line[j - 1].isdigit():
                j -= 1
            if j < k - 1 and j > 0 and line[j - 1] == "[":
                k = j - 1  # a footnote mark "[12]"
                continue
        if ch in CLOSERS:
            k -= 1
            continue
        return ch in marks
    return False


def elided(before: str) -> bool:
    """Whether ``before`` ends in an ellipsis: "agreed...", ". . .", "paused\u2026"."""
    return before.endswith(("\u2026", "..", ". ."))


def never_final(token: str) -> bool:
    """Whether ``token`` is an abbreviation no sentence ends with: "Mr.", "e.g.", "Mt."."""
    return token.endswith(".") and token[:-1].lower() in NON_FINAL_ABBREVIATIONS


def starts_lower(after: str) -> bool:
    """Whether ``after`` opens with a lowercase word, past dashes ("-- you") and an
    opening bracket ("(range 6 wks. to 12 mos.)").

    A list marker ("a. First", "ii) Costs", "(b) More") does not count: it starts an item.
    """
    if ENUMERATOR_LEAD.match(after):
        return False
    k = 0
    while k < len(after) and after[k] in DASHES:
        k += 1
    if after[k : k + 1] in ("(", "["):
        word = first_word(after[k + 1 :])
        if after[k + 1 + len(word) : k + 2 + len(word)] in (")", "]"):
            return False  # a marker: "[z] Last", "(iv) Costs"
        k += 1
    return k < len(after) and after[k].islower() and not ENUMERATOR_LEAD.match(after, k)


def pronoun_i(after: str) -> bool:
    """Whether ``after`` opens with the pronoun "I": "I liked it", "I'm", "I\u2019ve"."""
    return after[:1] == "I" and after[1:2] in (" ", "'", "\u2019")


def starter(after: str) -> bool:
    """Whether ``after`` opens with a capitalised SENTENCE_STARTER or the pronoun "I"."""
    word = first_word(after)
    return (word[:1].isupper() and word.lower() in SENTENCE_STARTERS) or pronoun_i(after)


def opens_sentence(after: str, *, i_opens: bool = False) -> bool:
    """Whether the word at the start of ``after`` opens a sentence.

    It does when it is a capitalised SENTENCE_STARTER ("The"), a title ("Mr. Grant"),
    or a capitalised word that a lowercase word follows ("Profits rose", "Nothing,
    it seems"); not a name ("Chief Executive Jo Lee", "Ministry of Finance"), a date
    ("Monday in"); "I" only with ``i_opens``.
    """
    if i_opens and pronoun_i(after):
        return True
    word = first_word(after)
    if not word or not word[0].isupper() or word.lower() in CALENDAR_WORDS:
        return False
    if word.lower() in SENTENCE_STARTERS:
        return True
    k = len(word)
    if word.lower() in TITLES:
        return after[k : k + 1] == "."
    if len(word) < 2 or not word[1:].islower():
        return False
    if after[k : k + 1] == ",":
        k += 1
    gap = k
    while k < len(after) and after[k].isspace():
        k += 1
    if not (gap < k < len(after) and after[k].islower()):
        return False
    return first_word(after[k:]) not in NAME_LINKS


def takes_number(stem: str) -> bool:
    """Whether a word before "." may be an abbreviation that a number follows.

    Known abbreviations ("p", "vol", "no") and NUMBER_TAKERS ("rs", "cap", "reg"), and
    short words the tables do not know: capitalised ones of up to four letters
    ("Phil", "Sch"; not months, and not acronyms: "the UN. 12 members") and
    lowercase ones without a vowel ("nr").
    """
    low = stem.lower()
    if low in ABBREVIATIONS or low in NUMBER_TAKERS:
        return True
    if not stem.isalpha() or len(stem) > 4:
        return False
    if stem[0].isupper():
        return stem[1:].islower() and low not in CALENDAR_WORDS
    return not any(v in low for v in "aeiouy")


def opening_phrase(before: str) -> bool:
    """Whether ``before`` is a short opening phrase: "At 7 a.m.", "By 5 p.m."."""
    words = before.split()
    return len(words) <= 4 and words[0].lstrip(OPENERS).lower() in OPENING_PREPOSITIONS


def phrase_final(token: str) -> bool:
    """Whether ``token`` is an abbreviation that closes its phrase: "Inc.", "p.m.", "etc."."""
    return token.endswith(".") and token[:-1].lower() in PHRASE_FINAL


# ---------------------------------------------------------------------------
# The rows
# ---------------------------------------------------------------------------


def _protected(b: Boundary) -> bool:
    return b.protected


def _marker_alone(b: Boundary) -> bool:
    return b.before_whole and MARKER_ONLY.fullmatch(b.before) is not None


# A list's first number right after a colon: "Decision: 1." | "The proposal was accepted"
# (the list opens; not a count under a label of its own: "Nays: 1." | "Abstain: 0.")
FIRST_MARKER_AFTER_COLON = re.compile(r":\s+\(?(?:1|[aiAI])\.$")
FIELD_LABEL = re.compile(r"[\w ]{1,25}:")


def _first_marker_after_colon(b: Boundary) -> bool:
    return FIRST_MARKER_AFTER_COLON.search(b.before) is not None and FIELD_LABEL.match(b.after) is None


# The last item's number of an inline list, after ", and": "..., 2. an advocate, and 3." | "Dr Sam Birch"
LAST_INLINE_NUMBER = re.compile(r"[,;]\s+and\s+(?P<n>\d{1,2})\.$")


def _last_inline_number(b: Boundary) -> bool:
    """(a list's last number, 2 or more: "and 1." closes none)"""
    return _later_number(LAST_INLINE_NUMBER, b)


def _later_number(rx: re.Pattern[str], b: Boundary) -> bool:
    """Whether ``rx`` finds an inline list's number of 2 or more (group ``n``) ending ``b.before``."""
    m = rx.search(b.before)
    return m is not None and int(m.group("n")) >= 2


# A middle item's number of an inline list, after a semicolon: "1. theory; 2." | "Party
# spirit education; 3. ..." (a sentence does not end on "; 2.").
INLINE_NUMBER_AFTER_SEMICOLON = re.compile(r";\s+(?P<n>\d{1,2})\.$")


def _inline_number_after_semicolon(b: Boundary) -> bool:
    """(2 or more: "; 1." opens no list after another item)"""
    return _later_number(INLINE_NUMBER_AFTER_SEMICOLON, b)


def _no_letters_after(b: Boundary) -> bool:
    return b.after_whole and not LETTER.search(b.after) and not ENUMERATOR_ONLY.fullmatch(b.after)


def _lowercase_after(b: Boundary) -> bool:
    return starts_lower(b.after) and ends_with(b.before, SENTENCE_ENDS)


def _punctuation_after(b: Boundary) -> bool:
    return b.after[:1] in CONTINUING_PUNCTUATION


def _ellipsis_before_non_opener(b: Boundary) -> bool:
    return elided(b.before) and b.after[:1].isalpha() and not opens_sentence(b.after)


def _title_or_latin(b: Boundary) -> bool:
    return never_final(b.token)


def _glued_title(b: Boundary) -> bool:
    token = b.token
    glued = token[:-1].translate(WIDE_PERIODS).rsplit(".", 1)[-1]
    return token.endswith(".") and glued[:1].isupper() and glued.lower() in TITLES


def _list_marker_after(b: Boundary) -> bool:
    return MARKER_AHEAD.match(b.after) is not None


def _abbreviation_before_number(b: Boundary) -> bool:
    token = b.token
    if not token.endswith("."):
        return False
    if len(token) > 2 and token[:-1].lower() in NUMBER_TAKERS and (m := NUMBER_PREFIX_AHEAD.match(b.after)):
        # ("MIN. NO. 04/HSC/2026"; "No." may be a piece of its own, its number in the next)
        return NUMBER_AHEAD.match(b.after, m.end()) is not None or (b.after_whole and m.end() == len(b.after))
    return takes_number(token[:-1]) and NUMBER_AHEAD.match(b.after) is not None


def _phrase_final_in_opening_phrase(b: Boundary) -> bool:
    return phrase_final(b.token) and b.before_whole and opening_phrase(b.before) and not starter(b.after)


def _phrase_final_before_opener(b: Boundary) -> bool:
    token = b.token
    if phrase_final(token):
        return opens_sentence(b.after, i_opens=True)
    return bool(DOTTED.fullmatch(token)) and pronoun_i(b.after)


def _phrase_final_before_other(b: Boundary) -> bool:
    return phrase_final(b.token)


def _acronym_before_starter(b: Boundary) -> bool:
    return bool(DOTTED.fullmatch(b.token)) and starter(b.after)


def _acronym_before_other(b: Boundary) -> bool:
    return bool(DOTTED.fullmatch(b.token))


JOIN, SPLIT = Decision.JOIN, Decision.SPLIT

# The table, in order: the first row whose test holds decides; none: the boundary stands.
BOUNDARY_TABLE: tuple[Row, ...] = (
    Row("protected", JOIN, _protected, '"Jane." | "Doe@example.com", "(Phil." | "4:8)"'),
    Row("marker-alone", JOIN, _marker_alone, '"36." | "Indian growth", "II." | "Agenda"'),
    Row("no-letters-after", JOIN, _no_letters_after, '"in future." | "[5]"'),
    Row(
        "lowercase-after",
        JOIN,
        _lowercase_after,
        '"per lb." | "at the market", "presto!" | "-- the", "3.3 mos." | "(range 6 wks.)"',
    ),
    Row("punctuation-after", JOIN, _punctuation_after, '"the thing is . . ." | ", and then"'),
    Row("ellipsis-before-non-opener", JOIN, _ellipsis_before_non_opener, '"is . . ." | "I didn\'t"'),
    Row("title-or-latin", JOIN, _title_or_latin, '"Mr." | "He Zhongwei spoke", "e.g." | "Passports"'),
    Row("glued-title", JOIN, _glued_title, '"Tuesday.Mr." | "Smith went"'),
    Row("list-marker-after", SPLIT, _list_marker_after, '"at the A.G.M." | "2. Adopt the budget"'),
    Row(
        "abbreviation-before-number",
        JOIN,
        _abbreviation_before_number,
        '"Rs." | "16720", "no." | "A13", "Min." | "No. 4/2026"',
    ),
    Row(
        "phrase-final-in-opening-phrase",
        JOIN,
        _phrase_final_in_opening_phrase,
        '"At 7 a.m." | "Mrs. Grant opened"',
    ),
    Row(
        "phrase-final-before-opener",
        SPLIT,
        _phrase_final_before_opener,
        '"Norcast Inc." | "Profits rose", "5 p.m." | "I left", "the U.S.A." | "I liked it"',
    ),
    Row("phrase-final-before-other", JOIN, _phrase_final_before_other, '"Acme Inc." | "Chief Executive"'),
    Row("acronym-before-starter", SPLIT, _acronym_before_starter, '"the U.K." | "The move cost"'),
    Row("acronym-before-other", JOIN, _acronym_before_other, '"J.R.R." | "Tolkien wrote"'),
    Row("last-inline-number", JOIN, _last_inline_number, '"an advocate, and 3." | "Dr Sam Birch"'),
    Row("first-marker-after-colon", JOIN, _first_marker_after_colon, '"Decision: 1." | "The fee rose"'),
    Row(
        "inline-number-after-semicolon",
        JOIN,
        _inline_number_after_semicolon,
        '"1. theory; 2." | "Party spirit education"',
    ),
)


def plain(b: Boundary) -> bool:
    """Whether no row of the table can match ``b``, told cheaply (:func:`decide` takes
    it as a shortcut; tests/test_segment.py checks the table agrees).

    That is the common case: a lowercase word of two or more letters, no Roman
    numeral and no abbreviation that joins, ends with "." before a capitalised word
    that does not stand for a number: "the coming year." | "The chair opened".
    """
    return plain_parts(b.token, b.after, b.protected)


def plain_parts(token: str, after: str, protected: bool) -> bool:
    """:func:`plain` of a boundary with this ``token``, ``after`` and ``protected`` (what
    it reads), before the boundary is built."""
    if protected or len(token) < 3 or token[-1] != ".":
        return False
    if not (after[:1].isupper() and after[1:2].islower()):
        return False
    stem = token[:-1]
    return (
        stem.isalpha()
        and stem.islower()
        and not ROMAN_LETTERS.issuperset(stem)
        and stem not in NON_FINAL_ABBREVIATIONS
        and stem not in PHRASE_FINAL
        and NUMBER_AHEAD.match(after) is None
    )


# Letters of lowercase Roman numerals ("ii", "xiv"), which may be list markers.
ROMAN_LETTERS = frozenset("ivxlc")


def decide(boundary: Boundary) -> Row | None:
    """The row that decides ``boundary``, or None (the boundary stands)."""
    if plain(boundary):
        return None
    for row in BOUNDARY_TABLE:
        if row.test(boundary):
            return row
    return None


def stands(boundary: Boundary) -> bool:
    """Whether ``boundary`` is a sentence boundary."""
    row = decide(boundary)
    return row is None or row.decision is SPLIT

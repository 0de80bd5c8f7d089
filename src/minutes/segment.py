"""Sentence segmentation: text -> sentences, each with its span into the text.

Three steps, each linear in the length of the text:

1. Paragraphs. Every line is a paragraph, except in hard-wrapped documents
   (PDF and e-mail conversions), where lines wrapped at the document's own width
   are joined back into their paragraph (see :func:`_wrap_width`, :func:`_joins`).
2. Punkt. One ``PunktSentenceTokenizer`` built from parameters this project owns
   (``rules/abbreviations.py``); no trained model is ever loaded. Its sentence
   starts become cut points inside the paragraphs. Its test of each candidate
   boundary is replaced by an identical one on plain strings (:class:`_Punkt`).
3. Decisions. Punkt's cuts, and the cuts proposed by scans for glued boundaries
   ("since 2018.Since last year", "a consultation.11 Take"), full-width marks
   ("\u3002"), phrase-final abbreviations, dotted acronyms and ellipses ("Norcast
   Inc. Profits rose", "the U.S.A. I liked it", "everything\u2026 Nothing") are
   each looked up in one decision table (``rules/boundaries.py``): a title
   ("Mr."), an abbreviation before a number ("Rs. 16720"), a lowercase word after
   and so on join; a cut never falls inside an e-mail address, URL, file name or
   short bracket (protected spans, :class:`_Guard`). Last, inline list items
   ("1.) Approve the minutes 2.) Adopt the budget") get a cut.

A sentence is ``text[start:end]`` with surrounding whitespace left out. The
sentences are in order, never overlap, never cross a paragraph, and together cover
every non-whitespace character of the input. ``\\r\\n`` and ``\\r`` count as line
breaks; the text itself is never changed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from nltk.tokenize import punkt

from minutes.lang import resolve
from minutes.model import Sentence
from minutes.rules.abbreviations import (
    ABBREVIATIONS,
    CALENDAR_WORDS,
    NON_FINAL_ABBREVIATIONS,
    NUMBER_COMPLEMENTS,
    PHRASE_FINAL,
    PUNKT_ABBREVIATIONS,
    SENTENCE_STARTERS,
)
from minutes.rules.boundaries import (
    CLOSERS,
    DOTTED,
    ENUMERATOR_LEAD,
    LOOKAROUND,
    MARKER_ONLY,
    OPENERS,
    PROTECTED_KINDS,
    SENTENCE_MARKS,
    SHORT_BRACKET,
    Boundary,
    ends_with,
    last_token,
    never_final,
    plain_parts,
    stands,
)

__all__ = ["segment", "split_sentences"]

# ---------------------------------------------------------------------------
# Rules: patterns and character classes, each with a worked example.
# ---------------------------------------------------------------------------

# A line break: "\r\n", "\r" or "\n".
LINE_BREAK = re.compile(r"\r\n|\r|\n")

# A line that starts a list item or a heading, and so starts a new paragraph:
#   "- Jacob Kaplan-Moss", "-The Action Program", "* item", "• item", "\u2043 9. item"
#   "36. Indian growth", "2) Enhance", "1.) Approve", "(1) Order to settle", "(1)Order", "1- Approving"
#   "i) Downward revision", "(iv) energy", "a. first", "(b) More", "B) Second"
#   glued to a capital: "1.Approved the policy", "ii)Mr. Okot-Member"
#   "## Finances", "**Statement by Dr. Ashima Goyal**"
# Not: "4.5 per cent", "2019 have continued", "K. Saggar", "i.e. the".
LIST_START = re.compile(
    r"""
    [-*\u2022\u25aa\u25e6\u2023\u2043]\ *\S # bullets
    | \(?\d{1,3}(?:\.\)|[.)])(?:\s|$)        # 1. 1) 1.) (1)
    | \(\d{1,3}\)                           # (1)Order
    | \d{1,3}-\ (?=\S)                      # 1- Approving (as in translated cabinet readouts)
    | \(?[ivxlc]{1,6}[.)](?:\s|$)           # i) iv. (ii)
    | \d{1,3}[.)](?=[A-Z][a-z])             # 1.Approved (glued to its word)
    | \(?(?:[ivxlc]{1,6}|[a-z])\)(?=[A-Z])   # i)Dr. a)To (glued)
    | \([A-Za-z]{1,2}\)                     # (a) (B)
    | [a-z](?:\.\)|[.)])(?:\s|$)             # a. b) c.)
    | [A-Z]\)(?:\s|$)                       # B)
    | \#{1,6}(?:\s|$)                       # markdown heading
    | \*\*                                  # bold heading
    """,
    re.VERBOSE,
)

# A line that opens with a short label and a colon starts a paragraph of its own:
# "Chairs: A, B", "Directors absent:   McCaffrey", "Alice Nguyen: On issue 1 ..."
# (a name label of a transcript, or a field of a header block).
LABEL_START = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t][\w'\u2019.()-]+){0,3}:(?:[ \t]|$)")
# A label whose value is aligned in a column: "PRESENT:        Mayor ...", "Staff present:
# General Manager ..." (two blanks or more after the colon); lines indented to that column
# (at least HANG_MIN blanks) go on with the value.
HANGING_LABEL = re.compile(r"[A-Z][\w' .-]{0,30}:[ \t]{2,}(?=\S)")
HANG_MIN = 4
# The words a wrapped line may end with when it runs on across a blank line into a
# capitalised one: it cannot end a block there ("... the Board of\n\nDirectors").
RUN_ON_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "or", "to", "for", "with", "by", "in", "on", "at", "from", "as", "that"}
)

# (The list marker patterns ENUMERATOR_ONLY, MARKER_ONLY and ENUMERATOR_LEAD, and the
# boundary decisions, live in rules/boundaries.py.)

# Where Punkt could see a boundary: a sentence mark before space or punctuation.
#   "ended. Then", "ended.\u201d", "why?)" ; not "3.5", "www.gov.cn", "No.5".
PUNKT_CANDIDATE = re.compile(r"[.?!](?=[\s\"'()\[\]{};:@*!?\u2018\u2019\u201c\u201d\u00ab\u00bb])")

# Footnote marks that open a piece but belong to the sentence before them:
#   "... via price stability.[6] In this context, ..." -> "[6]" stays with "stability."
FOOTNOTE_LEAD = re.compile(r"(?:\[\d{1,3}\])+(?=\s|$)")

# Closing quotes and brackets right after a sentence end, with no space between:
#   'He said "we agree."The chair nodded.' -> '"' stays with 'agree.'
CLOSERS_LEAD = re.compile(r"[\"')\]}\u2019\u201d\u00bb]+")

# Where a glued boundary may be: sentence-final punctuation right before a letter or
# a digit.
#   "since 2018.Since last year" -> a cut before "Since" (checked by _is_glued)
#   "in a consultation.11 12 Take the" -> a cut before "Take" (by _footnote_end)
GLUED_CANDIDATE = re.compile(r"[.!?](?=[^\W_])")

# A period or an ellipsis before a space, where a phrase-final abbreviation, a dotted
# acronym or an ellipsis may end a sentence that Punkt runs on (_may_end_phrase):
#   "to Norcast Inc. Profits rose", "at 5 p.m. Mr. Grant", "everything\u2026 Nothing"
MARK_BEFORE_SPACE = re.compile(r"[.\u2026](?=\s)")

# Full-width sentence marks with the closers after them: "\u3002", "\uff0e", "\uff01\u201d".
WIDE_END = re.compile(r"[\u3002\uff0e\uff01\uff1f]+[\"'\u2019\u201d\u300d\u300f\uff09)]*")

# Bullets that may also separate items inside one line: "\u2022 Approve \u2022 Adopt".
BULLETS = "\u2022\u25aa\u25e6\u2023\u2043"

# A list marker that opens a piece, and may have a successor later in the line:
#   "1.) " -> "2.)", "2) " -> "3)", "(3) " -> "(4)", "b. " -> "c.", "(c) " -> "(d)",
#   "B) " -> "C)", "I. " -> "II.", "\u2022" -> "\u2022". Not "A. Smith" (an initial), "(3. ".
LIST_MARKER = re.compile(
    r"(\(?)(\d{1,3}|[ivxlc]{1,6}|[a-z]|[IVXLC]{1,6}(?=[.)])|[A-Z](?=\)))(\.\)|[.)])(?=\s)|[" + BULLETS + "]"
)
# Roman numerals for list markers: "i." -> "ii.", "iv)" -> "v)", "(IX)" -> "(X)".
ROMAN_DIGITS: tuple[tuple[str, int], ...] = tuple(
    zip(("c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"), (100, 90, 50, 40, 10, 9, 5, 4, 1), strict=True)
)

# Characters that end a line whose sentence is finished (for line joining).
TERMINALS = ".!?:;\u2026"

# Line joining thresholds, relative to the document's wrap width.
WRAP_MIN_CANDIDATES = 2  # wrapped line pairs needed to call a document wrapped
WRAP_LOWER_SHARE = 0.25  # ... at least this share of them followed by a lowercase line
WRAP_BAND = (0.75, 1.25)  # most wrapped lines are this close to the width ...
WRAP_TIGHT_SHARE = 0.6  # ... at least this share of them
WRAP_LONG_SHARE = 0.1  # at most this share of lines may exceed 1.3 x width
WRAP_LONG_FACTOR = 1.3
WRAP_MIN_WIDTH = 30
WRAPPED_LINE = 0.6  # a line this long (x width) was wrapped, not ended
WRAP_MAX_BLANKS = 2  # blank lines a wrapped sentence may run across
DOUBLE_SPACED_MIN = 8  # line gaps needed to call a document double-spaced
DOUBLE_SPACED_SHARE = 0.8  # share of those gaps that are exactly one blank line

# Punkt runs on chunks of about this many characters (see _chunks).
PUNKT_CHUNK = 4_000
# How many candidate contexts ("p.m. The") Punkt's decisions are remembered for.
DECISION_CACHE = 20_000
# A chunk never ends right after these (a sentence mark and what may follow it).
SEAM_AVOID = frozenset(".?!") | CLOSERS

# The longest sentence passed on: a longer run of text (a page with no full stop, an
# OCR dump) is cut at a blank before this length, so that no later stage ever works
# on an unbounded sentence and the whole pipeline stays linear in the input. Real
# minutes stay far below it (the longest in the dev corpus and eval sets: 809).
MAX_SENTENCE = 4000

# How far to look back for the word before a period (abbreviations are short).
TOKEN_LOOKBACK = 32


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def segment(text: str, lang: str = "auto") -> list[Sentence]:
    """Split ``text`` into sentences with spans and paragraph numbers.

    >>> [s.text for s in segment("Mr. Wu spoke.\\nIt rained since 2018.Since then, less.")]
    ['Mr. Wu spoke.', 'It rained since 2018.', 'Since then, less.']

    Chinese text (``lang`` "zh", or "auto" and mostly Han characters) is split by
    :mod:`minutes.zh.segment`.
    """
    if lang != "en" and resolve(lang, text) == "zh":  # language dispatch (issue 13)
        from minutes.zh.segment import segment as segment_zh

        return segment_zh(text)
    sentences: list[Sentence] = []
    wide = not text.isascii() and WIDE_END.search(text) is not None  # (full-width marks)
    for number, (p_start, p_end) in enumerate(_paragraphs(text)):
        guard = _Guard(text, p_start, p_end)
        cuts = sorted({p_start, *_punkt_cuts(text, p_start, p_end)})
        pieces = _pieces(text, cuts, p_end)
        pieces = _merge(text, pieces, guard)
        pieces = _split_glued(text, pieces, guard)
        if wide and WIDE_END.search(text, p_start, p_end):
            pieces = _split_wide(text, pieces, guard)
        pieces = _split_after_marks(text, pieces, guard)
        pieces = _split_lists(text, pieces, guard)
        pieces = _cap_length(text, pieces)
        sentences.extend(Sentence(s, e, text[s:e], number) for s, e in pieces)
    return sentences


def split_sentences(text: str, lang: str = "auto") -> list[str]:
    """The sentences of ``text`` as strings.

    >>> split_sentences("It rained since 2018.Since then, it snowed.")
    ['It rained since 2018.', 'Since then, it snowed.']
    >>> split_sentences("会议指出,一是要加强领导;二是要落实责任。")
    ['会议指出,一是要加强领导;', '二是要落实责任。']
    """
    return [s.text for s in segment(text, lang)]


# ---------------------------------------------------------------------------
# Step 1: lines and paragraphs
# ---------------------------------------------------------------------------


@dataclass(slots=True)  # (not frozen: quicker to build, one a line)
class _Line:
    """One non-blank line: ``text[start:end]`` is the line without surrounding space."""

    index: int  # position among all lines, blank ones included
    start: int
    end: int
    width: int  # length with indentation, without trailing space
    stripped: str
    apart: bool  # a separator or a heading: no paragraph runs across it (_may_continue)


def _lines(text: str) -> list[_Line]:
    """The non-blank lines of ``text``; "\\r\\n", "\\r" and "\\n" all end a line."""
    lines: list[_Line] = []
    bounds = [(m.start(), m.end()) for m in LINE_BREAK.finditer(text)]
    bounds.append((len(text), len(text)))
    pos = 0
    for index, (brk, after) in enumerate(bounds):
        raw = text[pos:brk]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            width = len(raw.rstrip())
            apart = _is_separator(stripped) or _is_heading(stripped)
            lines.append(_Line(index, pos + lead, pos + width, width, stripped, apart))
        pos = after
    return lines


def _is_separator(line: str) -> bool:
    """A line without letters or digits: "-----", "***", "---" (front matter)."""
    return not any(ch.isalnum() for ch in line)


def _is_heading(line: str) -> bool:
    """A line that never runs on: "## Finances", "**Statement by ...**", "ROLL CALL"."""
    if line.startswith("#") or (len(line) > 4 and line.startswith("**") and line.endswith("**")):
        return True
    return line.upper() == line and sum(ch.isalpha() for ch in line) >= 2


def _ends_sentence(line: str) -> bool:
    """Whether a line ends in terminal punctuation, looking past closers and notes.

    "... in future.[5]", "... it is.\u201d" and "... as follows:" end;
    "... to begin" and "... In short," do not.
    """
    return ends_with(line, TERMINALS)


def _wrap_width(lines: list[_Line]) -> float | None:
    """The width a hard-wrapped document was wrapped at, or None if it was not.

    A wrap candidate is a line that does not end a sentence and is directly followed
    by a line that is not a list item or heading. The document is wrapped when there
    are a few candidates, some of them followed by a lowercase line (wrapped prose
    runs on mid-sentence; a short outline of capitalised lines does not), most of
    them close to their median width, and hardly any line is much longer than that
    median.
    """
    pairs = [
        (a.width, b.stripped[0].islower())
        for a, b in pairwise(lines)
        if b.index == a.index + 1 and _may_continue(a, b) and not _ends_sentence(a.stripped)
    ]
    if len(pairs) < WRAP_MIN_CANDIDATES or sum(lower for _w, lower in pairs) < WRAP_LOWER_SHARE * len(pairs):
        return None  # (an outline of capitalised lines is not wrapped prose)
    widths = [w for w, _lower in pairs]
    widths.sort()
    median = float(widths[len(widths) // 2])
    if median < WRAP_MIN_WIDTH:
        return None
    low, high = WRAP_BAND
    tight = sum(low * median <= w <= high * median for w in widths)
    too_long = sum(line.width > WRAP_LONG_FACTOR * median for line in lines)
    if tight < WRAP_TIGHT_SHARE * len(widths) or too_long > WRAP_LONG_SHARE * len(lines):
        return None
    return median


def _may_continue(a: _Line, b: _Line) -> bool:
    """Whether line ``b`` could carry on the paragraph of line ``a`` at all."""
    return not (a.apart or b.apart or LIST_START.match(b.stripped) or LABEL_START.match(b.stripped))


def _joins(a: _Line, b: _Line, width: float | None) -> bool:
    """Whether line ``b`` continues the paragraph of line ``a``.

    In a wrapped document a long line (against the wrap width) runs on: into the
    next line if it does not end a sentence, and across a blank line or two too
    when the next line is lowercase ("... it has\\n\\nstrong roots.") or the line
    ends mid-phrase (:func:`_runs_on`); into a directly following line if it does
    end a sentence. (PDF
    text is wrapped by rendered width, so a character count cannot tell more.)
    Elsewhere a line runs on only into a directly following lowercase line. A line
    that ends with a title or "e.g." ("... by Mr.") always runs on into the next one.
    """
    if not _may_continue(a, b):
        return False
    blanks = b.index - a.index - 1
    if blanks == 0 and _hangs_under(a, b):
        return True  # "PRESENT:   Mayor X, Cr Margaret\n           (Peg) Ostler, Cr Y"
    if blanks == 0 and a.stripped[-1] == "." and never_final(last_token(a.stripped[-LOOKAROUND:])):
        return True  # "And this is Mr.\nSmith."
    ended = _ends_sentence(a.stripped)
    lower_next = b.stripped[0].islower()
    if width is not None:
        long = a.width >= WRAPPED_LINE * width
        if not ended and blanks == 0:
            return long or lower_next
        if not ended:
            return blanks <= WRAP_MAX_BLANKS and long and (lower_next or _runs_on(a.stripped))
        return blanks == 0 and long
    return not ended and blanks == 0 and lower_next


def _single_spaced(lines: list[_Line]) -> list[_Line]:
    """The lines of a double-spaced document renumbered as if single-spaced.

    Some PDF conversions put a blank line after every line, wrapped or not
    ("... elect a Mayor\n\nand Deputy Mayor ..."). When most lines are followed by
    exactly one blank (DOUBLE_SPACED_SHARE of at least DOUBLE_SPACED_MIN gaps), that
    blank is spacing, not a paragraph break: one blank counts as none, two as one.
    """
    gaps = [b.index - a.index - 1 for a, b in pairwise(lines)]
    if len(gaps) < DOUBLE_SPACED_MIN or sum(g == 1 for g in gaps) < DOUBLE_SPACED_SHARE * len(gaps):
        return lines
    renumbered = lines[:1]
    for gap, line in zip(gaps, lines[1:], strict=True):
        index = renumbered[-1].index + max(gap, 1)
        renumbered.append(_Line(index, line.start, line.end, line.width, line.stripped, line.apart))
    return renumbered


def _hangs_under(a: _Line, b: _Line) -> bool:
    """Whether ``b`` goes on with the value of a label line ``a`` under a hanging indent:
    "PRESENT:        Mayor Hemi Rawiri, Cr Margaret" then "(Peg) Ostler, ..." indented to
    the column where the value starts (or under such a line, to the same column)."""
    b_lead = b.width - len(b.stripped)
    if b_lead < HANG_MIN:
        return False
    a_lead = a.width - len(a.stripped)
    value = HANGING_LABEL.match(a.stripped)
    if value is not None:
        return abs(a_lead + value.end() - b_lead) <= 1
    return a_lead == b_lead and not _ends_sentence(a.stripped)


def _runs_on(line: str) -> bool:
    """Whether a line ends mid-phrase: in a comma, a hyphen or a word such as "of".

    Across a blank line, a wrapped line that ends so runs on even into a capitalised
    line ("Councillors Butler, Leddin,\\n\\nLoftus, Pond"); one that ends in any other
    word does not ("..., Warwick McKibbin\\n\\nGuy Debelle (Assistant Governor)": a
    list without a full stop, then the next block).
    """
    return line[-1] in ",;-\u2013" or line.rsplit(None, 1)[-1].lower() in RUN_ON_WORDS


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: each line, or run of wrapped lines, without outer space."""
    lines = _single_spaced(_lines(text))
    if not lines:
        return []
    width = _wrap_width(lines)
    paragraphs: list[tuple[int, int]] = []
    start = lines[0].start
    for a, b in pairwise(lines):
        if not _joins(a, b, width):
            paragraphs.append((start, a.end))
            start = b.start
    paragraphs.append((start, lines[-1].end))
    return paragraphs


# ---------------------------------------------------------------------------
# Step 2: Punkt with the project's parameters
# ---------------------------------------------------------------------------


class _Punkt(punkt.PunktSentenceTokenizer):  # type: ignore[misc]
    """nltk's Punkt, with a faster but identical test of each candidate boundary.

    Punkt decides every candidate by tokenising its context ("agreed. The") into
    ``PunktToken`` objects and annotating them in two passes, each property a
    timed regex. :meth:`text_contains_sentbreak` does the same passes on plain
    strings with the same parameters (this project sets no collocations, so that
    heuristic never fires), and remembers recent contexts ("p.m. The", "Mr. Wu").
    tests/test_segment.py checks it against nltk's own method.
    """

    def __init__(self, params: Any) -> None:
        super().__init__(params)
        self._decided: dict[str, bool] = {}
        self._untimed: tuple[Any, Any] | None = None

    def _patterns(self) -> tuple[Any, Any]:
        """nltk's period-context and realignment patterns without nltk's per-call timeouts
        (they are linear: one sentence mark and the token after it; a run of closers): the
        compiled pattern its timed wrapper holds, else the pattern compiled again with the
        same engine."""
        if self._untimed is None:
            lv = self._lang_vars
            self._untimed = (_untimed(lv.period_context_re()), _untimed(lv.re_boundary_realignment))
        return self._untimed

    def starts(self, text: str) -> list[int]:
        """Where the second and later sentences of ``span_tokenize(text)`` start: nltk's
        steps (_slices_from_text, then _realign_boundaries) on plain lists."""
        context_re, realign_re = self._patterns()
        slices: list[tuple[int, int]] = []
        last_break = 0
        for m, context in _end_contexts(text, context_re):
            if self.text_contains_sentbreak(context):
                slices.append((last_break, m.end()))
                last_break = m.start("next_tok") if m.group("next_tok") else m.end()
        slices.append((last_break, len(text.rstrip())))
        kept: list[int] = []  # the start of each sentence kept, as _realign_boundaries yields it
        realign = 0
        for k, (start, stop) in enumerate(slices):
            start += realign
            if k + 1 == len(slices):
                if start < stop:
                    kept.append(start)
                continue
            nxt = slices[k + 1]
            m = realign_re.match(text[nxt[0] : nxt[1]])
            if m:
                kept.append(start)
                realign = m.end()
            else:
                realign = 0
                if start < stop:
                    kept.append(start)
        return kept[1:]

    def text_contains_sentbreak(self, text: str) -> bool:
        """Whether a token other than the last one in ``text`` ends a sentence."""
        decided = self._decided.get(text)
        if decided is None:
            decided = self._contains_sentbreak(text)
            if len(self._decided) >= DECISION_CACHE:
                self._decided.clear()
            self._decided[text] = decided
        return decided

    def _contains_sentbreak(self, text: str) -> bool:
        tokens: list[str] = []
        for line in text.split("\n"):
            if line.strip():
                tokens.extend(self._lang_vars.word_tokenize(line))
        if len(tokens) < 2:
            return False
        # First pass: "." "?" "!" and other period-final words break, abbreviations
        # and ellipses do not.
        kinds = [self._first_pass(tok) for tok in tokens]
        types = [self._type(tok) for tok in tokens]
        # Second pass: each period-final token against the token after it.
        for k in range(len(tokens) - 1):
            tok = tokens[k]
            sentbreak = kinds[k] == _BREAK
            if tok.endswith("."):
                sentbreak = self._second_pass(
                    tok, types[k], kinds[k], tokens[k + 1], types[k + 1], kinds[k + 1]
                )
            if sentbreak:
                return True
        return False

    def _first_pass(self, tok: str) -> int:
        if tok in self._lang_vars.sent_end_chars:
            return _BREAK
        if len(tok) >= 2 and tok.count(".") == len(tok):
            return _ELLIPSIS
        if tok.endswith(".") and not tok.endswith(".."):
            stem = tok[:-1].lower()
            abbrev_types = self._params.abbrev_types
            if stem in abbrev_types or stem.split("-")[-1] in abbrev_types:
                return _ABBR
            return _BREAK
        return _OTHER

    @staticmethod
    def _type(tok: str) -> str:
        lower = tok.lower()
        if any(ch.isdecimal() for ch in lower):
            return str(punkt.PunktToken._RE_NUMERIC.sub("##number##", lower))
        return lower

    def _second_pass(self, tok: str, typ: str, kind: int, nxt: str, next_type: str, next_kind: int) -> bool:
        """Whether period-final ``tok`` ends a sentence, given the token after it."""
        sentbreak = kind == _BREAK
        if len(typ) > 1 and typ[-1] == ".":
            typ = typ[:-1]
        if next_kind == _BREAK and len(next_type) > 1 and next_type[-1] == ".":
            next_type = next_type[:-1]
        initial = len(tok) == 2 and bool(punkt.PunktToken._RE_INITIAL.match(tok))
        if kind in (_ABBR, _ELLIPSIS) and not initial:
            ortho = self._ortho(nxt, next_type)
            if ortho is True:
                return True
            if nxt[0].isupper() and next_type in self._params.sent_starters:
                return True
        if initial or typ == "##number##":
            ortho = self._ortho(nxt, next_type)
            if ortho is False:
                return False
            if (
                ortho is None
                and initial
                and nxt[0].isupper()
                and not (self._params.ortho_context[next_type] & punkt._ORTHO_LC)
            ):
                return False
        return sentbreak

    def _ortho(self, tok: str, typ: str) -> bool | None:
        """Punkt's orthographic heuristic: starts a sentence, does not, or unknown (None)."""
        if tok in self.PUNCTUATION:
            return False
        context = self._params.ortho_context[typ]
        if tok[0].isupper() and (context & punkt._ORTHO_LC) and not (context & punkt._ORTHO_MID_UC):
            return True
        if tok[0].islower() and ((context & punkt._ORTHO_UC) or not (context & punkt._ORTHO_BEG_LC)):
            return False
        return None


def _untimed(pattern: Any) -> Any:
    """The compiled pattern inside nltk's timed wrapper (``nltk.redos``), or the pattern
    compiled again with the same engine (compiling takes a millisecond: at start-up)."""
    if isinstance(pattern, re.Pattern):
        return pattern  # (an nltk without timed patterns)
    inner = getattr(pattern, "_rx", None)
    if inner is not None and hasattr(inner, "finditer") and hasattr(inner, "match"):
        return inner
    import regex  # type: ignore[import-untyped]  # nltk's regex engine (an nltk dependency)

    return regex.compile(pattern.pattern, pattern.flags)


def _end_contexts(text: str, context_re: Any) -> Iterator[tuple[Any, str]]:
    """nltk's ``_match_potential_end_contexts``: each candidate sentence mark, and its
    context (the word before it, the mark, what follows), where the words do not overlap."""
    prev_start = prev_stop = 0
    prev: Any = None
    blanks = [c for c in _PUNKT_BLANKS if c in text]  # (one or two of them, as a rule)
    one = blanks[0] if len(blanks) == 1 else None
    for m in context_re.finditer(text):
        at = m.start()
        # the last blank of string.whitespace between the previous word and the mark (0: none)
        if one is not None:
            last = text.rfind(one, prev_stop, at) - prev_stop
        else:
            last = max([text.rfind(c, prev_stop, at) for c in blanks], default=-1) - prev_stop
        word_start = last + prev_stop + 1 if last > 0 else prev_start
        if prev is not None and prev_stop <= word_start:
            yield prev, text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")
        prev, prev_start, prev_stop = m, word_start, at
    if prev is not None:
        yield prev, text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")


_PUNKT_BLANKS = " \t\n\r\x0b\x0c"  # string.whitespace, as nltk looks for the last one

# Token kinds after Punkt's first pass.
_OTHER, _BREAK, _ABBR, _ELLIPSIS = range(4)


def punkt_parameters() -> Any:
    """Punkt's parameters, from rules/abbreviations.py (no model files): the
    abbreviations, and the sentence starters with their orthographic context.
    (benchmarks/run.py times bare Punkt with the same parameters.)"""
    params = punkt.PunktParameters()
    params.abbrev_types = set(PUNKT_ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    # Seen capitalised only at the start of sentences, lowercase inside them.
    starter_context = punkt._ORTHO_BEG_UC | punkt._ORTHO_MID_LC
    for word in SENTENCE_STARTERS:
        params.add_ortho_context(word, starter_context)
    return params


@lru_cache(maxsize=1)
def _tokenizer() -> _Punkt:
    """The Punkt tokenizer, built once from :func:`punkt_parameters`."""
    return _Punkt(punkt_parameters())


def _punkt_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets inside ``text[start:end]`` where Punkt starts a new sentence.

    Punkt runs only where it could find a boundary, after a leading list marker
    (which it would take for a sentence: "36." in "36. Indian growth ..."), and on
    chunks of about PUNKT_CHUNK characters, so its work stays linear (and within
    nltk's regex time limits) on paragraphs of any length.
    """
    lead = ENUMERATOR_LEAD.match(text, start, end)
    if lead:
        start = lead.end()
    if not PUNKT_CANDIDATE.search(text, start, end):
        return []
    tokenizer = _tokenizer()
    cuts: list[int] = []
    for c_start, c_end in _chunks(text, start, end):
        cuts.extend(c_start + s for s in tokenizer.starts(text[c_start:c_end]))
    return cuts


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split ``text[start:end]`` into runs of about PUNKT_CHUNK characters.

    A chunk ends at a space that follows no sentence mark, so no boundary Punkt
    could find is lost at the seam; failing that, within twice the size.
    """
    while end - start > PUNKT_CHUNK:
        limit = min(end, start + 2 * PUNKT_CHUNK)
        seam = limit
        for k in range(start + PUNKT_CHUNK, limit):
            if text[k].isspace() and text[k - 1] not in SEAM_AVOID:
                seam = k
                break
        yield start, seam
        start = seam
    yield start, end


# ---------------------------------------------------------------------------
# Step 3: repairs
# ---------------------------------------------------------------------------


def _pieces(text: str, cuts: list[int], end: int) -> list[tuple[int, int]]:
    """The stripped spans between consecutive cuts (and ``end``), empty ones dropped."""
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, [*cuts[1:], end], strict=True):
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            pieces.append((a + lead, a + lead + len(stripped)))
    return pieces


def _last_token(text: str, start: int, end: int) -> str:
    """The last whitespace-separated token of ``text[start:end]`` (looking back a little)."""
    tail = text[max(start, end - TOKEN_LOOKBACK) : end].split()
    return tail[-1].lstrip(OPENERS) if tail else ""


def _first_word(text: str, start: int, end: int) -> str:
    """The letters at the start of ``text[start:end]`` (looking ahead a little)."""
    k = start
    limit = min(end, start + TOKEN_LOOKBACK)
    while k < limit and text[k].isalpha():
        k += 1
    return text[start:k]


class _Guard:
    """The protected spans of one paragraph (rules/boundaries.py, PROTECTED_KINDS).

    One regex scan per kind whose trigger occurs in the paragraph ("@" for e-mail
    addresses, "(" and "[" for short brackets, ...), made on the first question that
    needs it: only a span with blanks in it (a bracket) can hold a cut at a blank,
    so the kinds without blanks are scanned for glued cuts ("Jane.Doe") only.
    """

    __slots__ = ("_spans", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        # (starts, ends) of the merged spans, with blanks and without, once scanned
        self._spans: dict[bool, tuple[list[int], list[int]]] = {}

    def _scan(self, blanks: bool) -> tuple[list[int], list[int]]:
        text, start, end = self.text, self.start, self.end
        spans: list[tuple[int, int]] = []
        for kind in PROTECTED_KINDS:
            if kind.blanks != blanks or not any(text.find(t, start, end) >= 0 for t in kind.triggers):
                continue
            for m in kind.pattern.finditer(text, start, end):
                s, e = m.span()
                if kind.back:
                    name = s
                    while s > start and (text[s - 1].isalnum() or text[s - 1] in "_-"):
                        s -= 1
                    if s == name:
                        continue  # ". pdf" or "(.pdf": no file name
                if kind.name == "bracket" and (e - s > SHORT_BRACKET or _opens_piece(text, start, s)):
                    continue
                spans.append((s, e))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        found = ([s for s, _e in merged], [e for _s, e in merged])
        self._spans[blanks] = found
        return found

    def spans(self) -> list[tuple[int, int]]:
        """The protected spans, in order."""
        found: list[tuple[int, int]] = []
        for blanks in (False, True):
            starts, ends = self._spans.get(blanks) or self._scan(blanks)
            found.extend(zip(starts, ends, strict=True))
        return sorted(found)

    def covers(self, a: int, b: int) -> bool:
        """Whether a boundary between ``a`` (end of one piece) and ``b`` (start of the
        next) falls inside a protected span."""
        for blanks in (True, False) if a == b else (True,):
            starts, ends = self._spans.get(blanks) or self._scan(blanks)
            i = bisect_left(starts, b) - 1
            if i >= 0 and a < ends[i]:
                return True
        return False


def _opens_piece(text: str, start: int, k: int) -> bool:
    """Whether ``k`` starts the paragraph at ``start`` or follows a sentence mark."""
    j = k
    while j > start and text[j - 1].isspace():
        j -= 1
    return j == start or text[j - 1] in SENTENCE_MARKS


def _stands(text: str, guard: _Guard, prev: tuple[int, int], cur: tuple[int, int]) -> bool:
    """Whether the boundary between two pieces of one paragraph stands (the table)."""
    (p_start, p_end), (c_start, c_end) = prev, cur
    before = text[max(p_start, p_end - LOOKAROUND) : p_end]
    after = text[c_start : min(c_end, c_start + 2 * LOOKAROUND)]
    protected = guard.covers(p_end, c_start)
    if plain_parts(last_token(before), after, protected):
        return True  # (no row of the table can match: the common case, told before building it)
    return stands(
        Boundary(
            before=before,
            after=after,
            before_whole=p_end - p_start <= LOOKAROUND,
            after_whole=c_end - c_start <= 2 * LOOKAROUND,
            protected=protected,
        )
    )


def _merge(text: str, pieces: list[tuple[int, int]], guard: _Guard) -> list[tuple[int, int]]:
    """Move marks that close the sentence before back to it, then undo wrong cuts.

    Moved back: footnote marks ("stability." | "[6] In this" -> "stability.[6]") and
    closers glued to the sentence end ('we agree.' | '"The chair' -> 'we agree."').
    The cuts undone are those the boundary table joins.
    """
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        note = None
        if merged:
            note = FOOTNOTE_LEAD.match(text, start, end)
            if not note and merged[-1][1] == start:
                note = CLOSERS_LEAD.match(text, start, end)
        if note:
            merged[-1] = (merged[-1][0], note.end())
            rest = _pieces(text, [note.end()], end)
            if not rest:
                continue
            start = rest[0][0]
        if merged and not _stands(text, guard, merged[-1], (start, end)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _is_glued(text: str, k: int, start: int, end: int) -> bool:
    """Whether the ``.``/``!``/``?`` at ``k`` may end a sentence glued to the next one.

    "since 2018.Since", "next stage.First", "(AGPO).Under", "78%.Secondly" are glued; "U.S.",
    "e.g.", "Ph.D.", "No.5", "3.5%", "www.gov.cn", "J.R.R.", "v2.1", "10.30am",
    "St.Petersburg", "Dr.He", "Ts.Batbold" are not. The next word must be a capital and a
    lowercase letter ("Since", "Ye", "Xi"), the character before the period
    lowercase, a digit or a closer, and the word before it no title; after another
    abbreviation only a starter counts. (The boundary table has the last word.)
    """
    if k <= start:
        return False
    before = text[k - 1]
    if not (before.islower() or before.isdigit() or before in CLOSERS or before == "%"):
        return False  # ("fallen to 78%.Secondly" is glued too)
    word = _first_word(text, k + 1, end)
    if len(word) < 2 or not word[0].isupper() or not word[1].islower():
        return False
    raw = _last_token(text, start, k)
    token = raw.lower()
    if token in NON_FINAL_ABBREVIATIONS:
        return False
    if token in ABBREVIATIONS or (len(raw) == 2 and raw[0].isupper()):
        # ("Ts.Batbold": a patronymic's two letters glued to the name, unless a starter follows)
        return word.lower() in SENTENCE_STARTERS
    return True


def _footnote_end(text: str, k: int, start: int, end: int) -> int | None:
    """Where footnote numbers glued to the sentence mark at ``k`` end, if they are.

    "a consultation.11 12 Take the example" -> the end of "11 12": one to three
    groups of up to three digits after a word of letters (and hyphens) or a closing
    bracket ("(type 2).10 This"), then a capitalised word.
    Not "No.5 Road", "v2.1 Then", "in 2019.2020 was", "Sec.3 Schools".
    """
    raw = _last_token(text, start, k)
    token = raw.rstrip("".join(CLOSERS))
    plain = token.replace("-", "").isalpha() and token.lower() not in ABBREVIATIONS
    if not (plain or raw.endswith((")", "]"))):
        return None
    j = k + 1
    for _group in range(3):
        digits = j
        while j < end and j - digits < 3 and text[j].isdigit():
            j += 1
        if j == digits or j >= end or text[j].isdigit():
            return None
        if not text[j].isspace():
            return None
        word = _first_word(text, j + 1, end)
        if len(word) >= 2 and word[0].isupper() and word[1:].islower():
            return j
        j += 1
    return None


def _split_glued(text: str, pieces: list[tuple[int, int]], guard: _Guard) -> list[tuple[int, int]]:
    """Cut every piece at its glued boundaries ("2018.Since", "stability.11 Take")."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cut = start
        for m in GLUED_CANDIDATE.finditer(text, start, end):
            k = m.start()
            if k < cut:
                continue
            if text[k + 1].isdigit():
                notes = _footnote_end(text, k, start, end)
                if notes is not None and _stands(text, guard, (cut, notes), (notes + 1, end)):
                    out.append((cut, notes))
                    cut = notes + 1
            elif _is_glued(text, k, start, end) and _stands(text, guard, (cut, k + 1), (k + 1, end)):
                out.append((cut, k + 1))
                cut = k + 1
        out.append((cut, end))
    return out


def _split_wide(text: str, pieces: list[tuple[int, int]], guard: _Guard) -> list[tuple[int, int]]:
    """Cut pieces after full-width sentence marks: "\u3002", "\uff0e", "\uff01", "\uff1f".

    "The meeting ended\uff0eMr. Wu spoke." -> a cut before "Mr."; not "3\uff0e5".
    """
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cut = start
        for m in WIDE_END.finditer(text, start, end):
            k = m.end()
            nxt = k
            while nxt < end and text[nxt].isspace():
                nxt += 1
            decimal = m.group() == "\uff0e" and text[m.start() - 1].isdigit() and text[k].isdigit()
            if nxt >= end or decimal:
                continue
            if _stands(text, guard, (cut, k), (nxt, end)):
                out.append((cut, k))
                cut = nxt
        out.append((cut, end))
    return out


def _split_after_marks(text: str, pieces: list[tuple[int, int]], guard: _Guard) -> list[tuple[int, int]]:
    """Cut pieces after a mark that Punkt runs on, where the boundary table says so.

    The candidates are an ellipsis, a PHRASE_FINAL abbreviation and a dotted acronym
    before a space:
    "We sold the plant to Norcast Inc. Profits rose." -> a cut before "Profits";
    "We tried everything\u2026 Nothing worked." -> a cut before "Nothing";
    "I visited the U.S.A. I liked it." -> a cut before "I".
    """
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cut = start
        for m in MARK_BEFORE_SPACE.finditer(text, start, end):
            k = m.start()
            nxt = k + 1
            while nxt < end and text[nxt].isspace():
                nxt += 1
            if nxt < end and _may_end_phrase(text, cut, k) and _stands(text, guard, (cut, k + 1), (nxt, end)):
                out.append((cut, k + 1))
                cut = nxt
        out.append((cut, end))
    return out


def _may_end_phrase(text: str, start: int, k: int) -> bool:
    """Whether the ``.`` or ``\u2026`` at ``k`` is an ellipsis ("agreed...", ". . ."), a
    PHRASE_FINAL abbreviation ("Inc.", "p.m.") or a dotted acronym ("U.S.A.")."""
    if text[k] == "\u2026" or (k > start and text[k - 1] == "."):
        return True
    if k - 4 >= start and text[k - 4 : k] == ". . ":
        return True
    token = _last_token(text, start, k + 1)
    return token[:-1].lower() in PHRASE_FINAL or DOTTED.fullmatch(token) is not None


def _next_marker(text: str, start: int, end: int) -> str | None:
    """The marker that would continue the list item at ``start``, if one starts there.

    "1.) Approve" -> "2.)", "(b) Adopt" -> "(c)", "\u2022 Item" -> "\u2022"; "Approve" -> None.
    """
    m = LIST_MARKER.match(text, start, end)
    if not m:
        return None
    opener, value, closer = m.group(1, 2, 3)
    if value is None:
        return m.group(0)  # a bullet
    if opener and closer != ")":
        return None
    if value.isdigit():
        return f"{opener}{int(value) + 1}{closer}"
    number = _roman_value(value.lower()) if len(value) > 1 or value in "iI" else None
    if number is not None:
        following = _roman(number + 1)
        return f"{opener}{following if value.islower() else following.upper()}{closer}"
    if len(value) > 1 or value in "zZ":
        return None
    return f"{opener}{chr(ord(value) + 1)}{closer}"


def _roman(number: int) -> str:
    """``number`` as a lowercase Roman numeral: 4 -> "iv", 39 -> "xxxix"."""
    out = []
    for digits, value in ROMAN_DIGITS:
        while number >= value:
            out.append(digits)
            number -= value
    return "".join(out)


def _roman_value(numeral: str) -> int | None:
    """The value of a lowercase Roman numeral, or None: "xiv" -> 14, "iiv" -> None."""
    number, k = 0, 0
    for digits, value in ROMAN_DIGITS:
        while numeral.startswith(digits, k):
            number += value
            k += len(digits)
    return number if k == len(numeral) and number and _roman(number) == numeral else None


def _refers_to_number(text: str, start: int, k: int, marker: str) -> bool:
    """Whether the word before ``k`` makes a number there part of the sentence.

    "5 to 2.", "on Jan. 2.", "Section 2)", "3, 4." -- not the list item "2." of
    "1. Approve the minutes 2. Adopt the budget". A letter is no number: "b." in
    "a. Decide who the chair is b. Set the date" is an item after "is".
    """
    token = _last_token(text, start, k).rstrip(",;:").lower()
    letter = marker.strip("().")[:1].isalpha() and len(marker.strip("().")) == 1
    if not token or (not letter and (token in NUMBER_COMPLEMENTS or token in CALENDAR_WORDS)):
        return True
    if token.endswith(".") and token[:-1] in ABBREVIATIONS:
        return True
    return any(ch.isdigit() for ch in token)


def _split_lists(text: str, pieces: list[tuple[int, int]], guard: _Guard) -> list[tuple[int, int]]:
    """Cut a paragraph's pieces before inline list items that continue a list.

    A piece that opens with a marker ("1.)", "a.", "(3)", "\u2022") is cut before the
    marker that follows it in sequence ("2.)", "b.", "(4)", "\u2022") where that stands
    between spaces, outside brackets and protected spans and not after a word that
    takes a number (:func:`_refers_to_number`). A marker that Punkt left at the end of a piece
    ("... the minutes 2." | "Adopt the budget") moves to the next piece.
    """
    out: list[tuple[int, int]] = []
    marker: str | None = None
    carry: int | None = None
    for i, (p_start, end) in enumerate(pieces):
        start = p_start if carry is None else carry
        carry = None
        marker = _next_marker(text, start, end) or marker
        item, depth, scanned, pos = start, 0, start, start + 1
        while marker is not None:
            k = text.find(marker, pos, end)
            if k < 0:
                break
            pos = k + 1
            after = k + len(marker)
            depth = max(0, depth + text.count("(", scanned, k) - text.count(")", scanned, k))
            scanned = k
            bullet = marker in BULLETS
            if not text[k - 1].isspace() or (not bullet and after < end and not text[after].isspace()):
                continue
            if not bullet and (_refers_to_number(text, item, k, marker) or (depth and marker[0] != "(")):
                continue
            if guard.covers(k, k):
                continue
            if MARKER_ONLY.fullmatch(text, k, end):
                if i + 1 < len(pieces):
                    out.append((item, _rstrip_end(text, item, k)))
                    carry = k
                    item = -1
                break
            out.append((item, _rstrip_end(text, item, k)))
            item, depth, scanned, pos = k, 0, after, after
            marker = _next_marker(text, k, end)
        if item >= 0:
            out.append((item, end))
    return out


def _rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the whitespace before it (not before ``start``)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _cap_length(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut pieces longer than :data:`MAX_SENTENCE` at the last blank before the limit
    (or at the limit, if there is no blank in the second half of it).

    >>> _cap_length("ab " * 2000, [(0, 5999)])
    [(0, 3998), (3999, 5999)]
    """
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        while end - start > MAX_SENTENCE:
            cut = start + MAX_SENTENCE
            blank = cut
            while blank > start + MAX_SENTENCE // 2 and not text[blank].isspace():
                blank -= 1
            if text[blank].isspace():
                cut = blank
            out.append((start, _rstrip_end(text, start, cut)))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            out.append((start, end))
    return out

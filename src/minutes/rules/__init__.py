"""The rule tables: word lists and patterns kept as data, one module per family.

Each table is plain data (tuples, dicts, frozensets of lowercase strings). Adding a
marker, a hedge, a title or a speech verb is a one-line change here; the pipeline
stages compile the tables once, on first use.

Regex audit (backtracking, and regexes run once per word or mention of a sentence).
A pattern in these tables should use bounded, non-overlapping quantifiers: two
quantifiers next to each other that can take the same characters ("\\s+" then
"[^,.;:]{3,180}?" then "\\s+") try every way of sharing a run of them between them.

* verbs (SPEECH, PRESENCE, ...) via attribution.cues.phrase_regex: "\\s+(?:\\S+\\s+){0,4}?" gaps
  are disjoint and bounded; linear. The IGNORECASE alternations were slow at every
  word start, so they are grouped by first letter (by_first_letter, below).
* attribution: "relayed", OTHER_BODY, PASSIVE_BEFORE end in "$" and were searched in
  all the text before each mention or verb (quadratic in long sentences): now only in
  the last few words (attribution.predicates.tail_start, exact). "gap" has overlapping
  alternatives but is run on the 160 characters before a verb; list_header,
  _AS_ROLE, title_ref, _RELAYED_SERIES overlap only within bounded counts.
* meeting.TITLE_PATTERNS: "\\s+", "\\s*", "[^,.;:]{3,180}?" and "\\s+" all take blanks:
  "On x, " and 300 tabs took 52 s. The blanks after a lead-in or an article and
  before the verb are now possessive ("\\s++"): giving them back only ever made a
  title of under three letters, which _clean_title drops. TITLE_CUES also keeps a
  pattern off sentences without its verb. rules.structure.IN_THE_CHAIR ("\\s+in\\s+the")
  starts only where a run of blanks starts, for the same reason.
* points._TRIM_END "(?:[\\s,;]|\\band\\b|\\bor\\b)+$" was quadratic in a run of blanks or
  commas: now points._trim_end, from the end. hedges: bounded, at a point's start.
* people: _qualified_rx "(\\S+)[\\s-]+" overlaps on "-", on short roles only.
* segment: single characters, lookaheads and bounded counts; Punkt runs on chunks.

Gates (cheap tests before a regex, for speed; each an exact necessary condition, checked
in tests/test_speed.py). The verb cues are gated by a word of each phrase, found from the
verb tables themselves (attribution.cues.triggers); a few tables have a companion that
names what their patterns cannot match without, to keep in step when a pattern is added
or changed: meeting.TITLE_WORDS (for TITLE_PATTERNS), hedges.TRAILING_TAG_VERBS (for
TRAILING_TAGS), structure.DECISION_LABEL_NEEDS and RELAYED_SERIES_NOUNS, and
attribution.cues.LIST_HEADER_WORDS (for Cues.list_header).
"""

from collections.abc import Sequence

# The characters other than a letter's two cases that match it under IGNORECASE
# (tests/test_cold.py checks every code point).
_CASE_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


# _CASE_FOLDS the other way: each such character as its letter ("\u0130".lower() is two
# characters, so it is mapped before lowering)
_FOLD_TO_ASCII = {ord(c): letter for letter, chars in _CASE_FOLDS.items() for c in chars}


def fold_case(text: str) -> str:
    """``text`` lower-cased, with the characters IGNORECASE matches with an ASCII letter
    as that letter: a literal lowercase ASCII word an IGNORECASE pattern matches in
    ``text`` is a substring of ``fold_case(text)`` (the cheap tests before a regex)."""
    return text.lower() if text.isascii() else text.translate(_FOLD_TO_ASCII).lower()


def holds_any(text: str, parts: Sequence[str]) -> bool:
    """Whether ``text`` holds one of ``parts``: ``any(p in text for p in parts)``, without a
    generator (the cheap tests before a regex run once per sentence)."""
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


def by_first_letter(alternatives: Sequence[str]) -> str:
    """``"|".join(alternatives)`` for an IGNORECASE pattern, grouped by first letter.

    Python's regex engine skips a branch that opens with a case-sensitive literal in
    one step, but enters every case-insensitive branch; so each group opens with its
    letter in lower and in upper case: "(?-i:s)(?:aid|tressed)|(?-i:S)(?:aid|tressed)".
    (A set "(?-i:[sS])" would be written once, but is slower to test.) The non-ASCII
    characters that match a letter under IGNORECASE ("\u017f" for "s", "\u212a" for
    "k", "\u0130\u0131" for "i") open a last branch for their letter's group.
    Branches that open with different characters never match at the same place, and
    a group keeps the order of its alternatives, so the match is the one the plain
    alternation finds. Without a leading ASCII letter on every alternative, the plain
    alternation is returned.
    """
    groups: dict[str, list[str]] = {}
    for rx in alternatives:
        first = rx[:1]
        if not (first.isascii() and first.isalpha()):
            return "|".join(alternatives)
        groups.setdefault(first.lower(), []).append(rx[1:])
    branches = [
        f"(?-i:{case})(?:{'|'.join(rests)})"
        for first, rests in groups.items()
        for case in (first, first.upper())
    ]
    branches += [
        f"(?-i:[{_CASE_FOLDS[first]}])(?:{'|'.join(rests)})"
        for first, rests in groups.items()
        if first in _CASE_FOLDS
    ]
    return "|".join(branches)

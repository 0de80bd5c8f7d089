"""The cue patterns of attribution, compiled on first use from the verb and title tables
(``rules.verbs``, ``rules.people``): speech, presiding, presence, the meeting as a body,
relayed speech, list headers and chair lines, and ``candidate``, the one scan that
tells whether a sentence holds anything the role sieves act on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from minutes.rules import _CASE_FOLDS, by_first_letter, fold_case, holds_any
from minutes.rules import people as P
from minutes.rules import verbs as V

# Where a phrase ends: a word's end, or a dash it ends with ("Opening karakia \u2013 X").
PHRASE_END = r"(?:\b|(?<=[\u2013\u2014-]))"


def phrase_regex(phrases: Sequence[str]) -> str:
    alternatives = phrase_alternatives(phrases)
    alternation = _opening_letters(alternatives) + "(?:" + by_first_letter(alternatives) + ")"
    return r"\b(?:" + alternation + ")" + PHRASE_END


def _opening_letters(alternatives: Sequence[str]) -> str:
    """A lookahead for the characters that a match of ``by_first_letter(alternatives)``
    opens with (a letter in either case, or one IGNORECASE folds to it): one test where
    a word does not open with one of them (or a word ends), not one for each group of
    the alternation. Empty when an alternative does not open with an ASCII letter."""
    firsts = sorted({rx[:1].lower() for rx in alternatives})
    if not all(f.isascii() and f.isalpha() for f in firsts):
        return ""
    folds = "".join(_CASE_FOLDS.get(f, "") for f in firsts)
    return "(?=[" + "".join(firsts) + "".join(firsts).upper() + folds + "])"


def phrase_alternatives(phrases: Sequence[str]) -> list[str]:
    """The phrases as regexes, longest first ("made a ... speech": "made", "a", up to four
    words, "speech", with blanks between)."""
    out = []
    for ph in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in ph.split()]
        rx = r"\s+".join(words).replace(r"\.\.\.", r"(?:\S+\s+){0,4}?")
        # (a gap takes the blank after it: two gaps in a row are up to eight words)
        rx = rx.replace(r"(?:\S+\s+){0,4}?\s+", r"(?:\S+\s+){0,4}?")
        out.append(rx)
    return out


class Cues:
    """The patterns of this stage, each compiled on first use (from cue_sources)."""

    speech: re.Pattern[str]
    presided_by: re.Pattern[str]
    presides: re.Pattern[str]
    presence: re.Pattern[str]
    presence_after: re.Pattern[str]
    body_only: re.Pattern[str]
    relayed: re.Pattern[str]
    relayed_phrase: re.Pattern[str]  # the phrase of ``relayed`` anywhere: a cheap test first
    gap: re.Pattern[str]
    body_subject: re.Pattern[str]
    title_ref: re.Pattern[str]
    list_header: re.Pattern[str]
    chair_line: re.Pattern[str]
    statement_heading: re.Pattern[str]
    candidate: re.Pattern[str]  # sentences worth tokenizing
    speech_by: re.Pattern[str]
    motion_by: re.Pattern[str]  # "moved by", "seconded by": group "mover" or "seconder"
    handed_object: re.Pattern[str]  # after a handing verb: "to the President the certificate"

    def __init__(self, sources: dict[str, tuple[str, int]]) -> None:
        self._sources = sources

    def __getattr__(self, name: str) -> re.Pattern[str]:
        if name.startswith("_") or name not in self._sources:
            raise AttributeError(name)
        pattern = re.compile(*self._sources[name])
        setattr(self, name, pattern)
        return pattern


@lru_cache(maxsize=1)
def cues() -> Cues:
    return Cues(cue_sources())


def any_of(parts: Sequence[tuple[Sequence[str], str]]) -> str:
    """An IGNORECASE regex that matches where ``alternative + suffix`` does, for any
    (alternatives, suffix) of ``parts``: for a search that only asks whether there is a
    match (the alternatives are tried in another order). Like :func:`by_first_letter`,
    but each suffix is written once per first letter, not once per alternative. The
    pattern for ``Cues.candidate`` is a third as long as by_first_letter's was, so three
    times quicker to compile; it runs about 10% slower (the eight sets, below).
    """
    groups: dict[str, list[str]] = {}
    for alternatives, suffix in parts:
        if not all(rx[:1].isascii() and rx[:1].isalpha() for rx in alternatives):
            return "|".join(rx + sfx for alts, sfx in parts for rx in alts)
        rests: dict[str, list[str]] = {}
        for rx in alternatives:
            rests.setdefault(rx[0].lower(), []).append(rx[1:])
        for first, rest in rests.items():
            groups.setdefault(first, []).append("(?:" + "|".join(rest) + ")" + suffix)
    # one alternative per letter, which by_first_letter opens with the letter's cases
    # (twice: quick to test), but the eight longest open with one set of what their
    # letter matches (written once: quick to compile; tests/test_cold.py)
    longest = sorted(groups, key=lambda first: -sum(map(len, groups[first])))[:8]
    rest = [first + "(?:" + "|".join(g) + ")" for first, g in groups.items() if first not in longest]
    branches = [by_first_letter([rx]) for rx in rest]
    for first in longest:
        cases = first + first.upper() + _CASE_FOLDS.get(first, "")
        branches.append(f"(?-i:[{cases}])(?:{'|'.join(groups[first])})")
    return "|".join(branches)


# Words that may stand between a subject and its verb (in ``gap``, before "\w+ly"), and
# the nouns of "in his opening remarks" there
GAP_WORDS: tuple[str, ...] = (
    *("also", "today", "yesterday", "respectively", "then", "later", "further", "jointly", "both"),
    *("again", "separately", "has", "have", "had", "was", "were", "is", "are", "will", "would"),
    *("subsequently", "immediately", "briefly", "formally", "officially", "personally"),
    *("specifically", "first", "finally", "once"),
    # "X this morning presented", "Y earlier today told"
    *("this morning", "this afternoon", "this evening", "this week", "earlier today"),
    *("last week", "last night"),
)
GAP_REMARKS: tuple[str, ...] = ("remarks", "speech", "address")
# Openers of an aside set off by commas between a subject and its verb: "Austrian minister
# Franz Hollerer, on behalf of a group of eleven member states, called for ...", and the
# agency a spokesperson speaks for: "X, for the World Food Programme (WFP), said"
GAP_ASIDE_OPENERS: tuple[str, ...] = (
    *("on behalf of", "supported by", "backed by", "together with", "along with", "accompanied by"),
    "for the",
    "as",  # "Dr. X, as representative of the District, asked"
    # a body speaking by its officer: "The Education Committee, through its convenor Ms X,
    # reported" (the Committee speaks; X is its voice)
    *("through its", "through their"),
)

# Conjunctions of time before a participial aside: "X, when concluding the meeting, required"
GAP_ING_CONJUNCTIONS: tuple[str, ...] = ("when", "while", "upon", "before", "after", "in")


def cue_sources() -> dict[str, tuple[str, int]]:
    """Each pattern of :class:`_Cues` as (regex, flags)."""
    # the pronouns for the body ("It was agreed", "They noted") take no modifier
    bodies = "|".join(sorted(P.BODY_NOUNS - P.BODY_PRONOUNS, key=len, reverse=True))
    pronouns = "|".join(sorted(P.BODY_PRONOUNS))
    heads = by_first_letter([re.escape(h) for h in sorted(P.TITLE_HEADS, key=len, reverse=True)])
    # "the Secretary Irrigation" (a portfolio after the title, as in Pakistan)
    portfolios = "|".join(sorted((w.capitalize() for w in P.PORTFOLIO_WORDS), key=len, reverse=True))
    gap_words = by_first_letter([r"\s+".join(map(re.escape, w.split())) for w in GAP_WORDS])
    streets = "|".join(sorted(P.STREET_WORDS))  # (the last word of a street's name)
    letters = "|".join(sorted(P.POST_NOMINALS, key=len, reverse=True))  # ("X MP, took")
    posts = "|".join(map(re.escape, sorted(P.POST_NOMINAL_HONORIFICS)))  # ("X, prof. UWR, took")
    # ", for her part,": the word "her" stands for any possessive
    asides = "|".join(
        r"\s+".join("(?:his|her|its|their)" if w == "her" else re.escape(w) for w in a.split())
        for a in sorted(V.SUBJECT_ASIDES, key=len, reverse=True)
    )
    # any title or honorific, or any cue: only whether there is one counts, so they
    # are all one alternation, grouped by first letter
    titles = [re.escape(w) for w in _title_words()]
    cues = [rx for cue in _every_cue() for rx in phrase_alternatives(cue)]
    return dict(
        candidate=(r"\b(?:" + any_of([(titles, r"(?![\w-])"), (cues, PHRASE_END)]) + ")", re.IGNORECASE),
        speech=(phrase_regex(V.SPEECH), re.IGNORECASE),
        speech_by=(phrase_regex(V.SPEECH_BY), re.IGNORECASE),
        motion_by=(
            r"\b(?:(?P<mover>"
            + by_first_letter(phrase_alternatives(V.MOTION_MOVER))
            + r")|(?P<seconder>"
            + by_first_letter(phrase_alternatives(V.MOTION_SECONDER))
            + r"))",
            re.IGNORECASE,
        ),
        handed_object=(
            r"\s+(?:to\s+[^,.;:]{1,80}?\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
            + phrase_regex(V.HANDED_OBJECTS).replace("\\b(?:", "(?:", 1),
            re.IGNORECASE,
        ),
        presided_by=(phrase_regex(V.PRESIDED_BY), re.IGNORECASE),
        presides=(phrase_regex(V.PRESIDES), re.IGNORECASE),
        presence=(phrase_regex(V.PRESENCE), re.IGNORECASE),
        presence_after=(phrase_regex(V.PRESENCE_AFTER), re.IGNORECASE),
        body_only=(phrase_regex(V.BODY_ONLY), re.IGNORECASE),
        relayed=(
            r"(?:" + phrase_regex(V.RELAYED_BEFORE) + r")\s+(?:the\s+)?(?:important\s+)?$",
            re.IGNORECASE,
        ),
        relayed_phrase=(phrase_regex(V.RELAYED_BEFORE), re.IGNORECASE),
        # what may stand between a subject and its verb: "Wang Yi on Aug 2 called for"
        gap=(
            # (an adverb in "ly" is a lowercase word: not "the Assembly", "Kelly", "Italy")
            r"(?:[\s,]|\b(?:" + gap_words + "|" + asides + r"|(?-i:[a-z]\w*ly)|"
            r"in\s+(?:his|her|their)\s+(?:opening|closing)?\s*(?:" + "|".join(GAP_REMARKS) + r"))\b|"
            r"\bon\s+\w+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s*\([^()\n]{0,12}\))?|"
            # letters right after a name, before a comma: "The Speaker, the Hon. X MP, took the
            # Chair" (not "MP said", "the SC agreed", "the SC, after discussion, agreed")
            r"(?<=[a-z]\s)(?<!the\s)(?-i:" + letters + r")(?=,)|"
            r",\s*who\s+[^,;]{1,60},|"
            # a post with a university's acronym: "Ewa Lis, prof. UWR, presented"
            r",\s*(?-i:" + posts + r")\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]{2,6}),|"
            # an indefinite apposition: "Gloria Reyes, a resident of Fourth Street, said",
            # or one with "our": "Imogen Farrant, our treasurer, has presented"
            r",\s*(?:a|an|our)\s+[a-z][^,;]{1,80},|"
            # a role without an article: "Kenneth Bright, owner of Bright's Market, spoke"
            r",\s*(?-i:[a-z]+)\s+(?:of|for|at)\s+[^,;]{1,80},|"
            # where a member of the public lives: "Tomas Ilves of Ridge Lane asked",
            # "X, of 14 Elm Street, said"
            r"\b(?:of|from)\s+(?:\d{1,5}[A-Za-z]?\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){1,3}(?:" + streets + r")\b|"
            # (with the title of the one named in it: ", accompanied by X, Secretary of State,")
            r",\s*(?:" + "|".join(r"\s+".join(w.split()) for w in GAP_ASIDE_OPENERS) + r")\s+[^,;]{1,80},"
            r"(?:\s*(?-i:[A-Z])[^,;]{1,80},)?|"
            # a participial aside: "Bill, bobbing up and down on a treadmill, raised ...", maybe
            # after a conjunction of time, whose object may be left out: "X, when concluding
            # the meeting, required ...", "X, in closing, thanked ..."
            r",\s*(?:(?:" + "|".join(GAP_ING_CONJUNCTIONS) + r")\s+[a-z]+ing(?:\s+[^,;]{1,80})?"
            r"|[a-z]+ing\s+[^,;]{1,80}),|"
            r",\s*speaking\s+(?:also\s+)?(?:for|on\s+behalf\s+of|in\s+(?:its|his|her|their)\s+(?:\w+\s+)?"
            r"capacity\s+as)\s+[^;]{1,120}?,|"
            # "The ILO, in its capacity as observer, said"; "X, speaking in his national capacity, said"
            r",\s*(?:speaking\s+)?in\s+(?:its|his|her|their)\s+(?:\w+\s+)?capacity(?:\s+as\s+[^,;]{1,80})?,)*$",
            re.IGNORECASE,
        ),
        body_subject=(
            rf"(?:^|\b(?:(?:the|The|those|all|most|several|some|many|other|a few|a number of|a couple of|"
            rf"a majority of|one|two|three|its|these)\s+)?)(?:[a-z][\w-]*\s+)?(?:{bodies})$"
            # "It was agreed", "..., it urged", "that they approve": a pronoun is the
            # meeting only as a clause's first word ("and eliminating it requires" is not)
            rf"|(?:^|[,;:]\s*|\b(?:that|and|but)\s+)(?:{pronouns})$",
            re.IGNORECASE,
        ),
        title_ref=(
            # (the words before the head are the title's: not "the meeting that the President")
            # ("the Deputy Prime Minister/Foreign Minister": a slash joins two titles)
            rf"\b(?:the|The)\s+((?:(?!(?:the|that|which|who|whom|whose)\s)[\w/-]+\s+){{0,4}}?(?:\w+-)?"
            rf"(?:{heads})(?:\s+(?-i:{portfolios})){{0,3}}"  # ("the Director Infrastructure Services")
            # ("the representative of the Republic of Korea": "of" inside a State's long name;
            # "the Minister for Fisheries and the Blue Economy", but not "... and the Director")
            # ("the Minister of Agriculture, Food Sovereignty and Livestock": a comma before a portfolio)
            # ("the head of the Romanian diplomacy": a foreign minister, rules.people's alias patterns)
            rf"(?:\s+(?:of|for|from)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:diplomacy)$)?(?:(?:\s+(?:and\s+(?:the\s+(?!(?:{heads})\b))?|of\s+)?"
            rf"|,\s+(?=(?:{portfolios})\b))(?-i:[A-Z])[\w-]*){{0,3}})?)$",
            re.IGNORECASE,
        ),
        list_header=(
            # after a section label too: "ROLL CALL: Present: ..."
            r"^[\W_]*(?:\(?\w{1,3}[.)]\s+)?(?:[A-Z][A-Z ]{2,30}:\s*)?(?:[\w ]{0,40}?\b|[\w ]{0,80}\()?"
            r"(?:present|in attendance|attendees|attending|attended(?!\s+by)|participants|"
            r"visitors?|guests?|also present|members present|in attendance were|staff|officers|officials|"
            # ("Other participants (present on March 17th):", "Department heads ... (present on ...):")
            # (not an instruction: "He directed the officers as under: first, ...")
            r"sederunt|secretariat)\b(?!\s+as\s+(?:under|follows)\b)[^:\n]{0,30}:"
            # or a form's field with no colon, the names after it: "Present Ana Ruiz [Chair], Tom Lee"
            # (two capitalised words, then a comma, a bracket or a dash on the line)
            # or a header and a dash, after an item's number: "1. Members present - Chairman X (RF), Y (NP)"
            r"|^(?:\d{1,2}\.\s+)?(?:(?:members\s+|also\s+)?present|in attendance|attendance)"
            r"[ \t]+[-\u2013\u2014][ \t]+"
            # or a block label "Members:" before a name with its style: "Members: Cr Ana Ruru"
            # (not "Hon. Members: Hear, hear!")
            r"|^members[ \t]*:[ \t]+(?=(?-i:[A-Z][a-z]{1,3}\.?[ \t]+[A-Z][\w'-]+[ \t]+[A-Z][\w'-]+))"
            r"|^(?:(?:others?\s+|also\s+)?present|in attendance|(?:members|absent)(?=[ \t]{2}))[ \t]+"
            r"(?=(?-i:[A-Z])[\w'.-]+[ \t]+(?-i:[A-Z])[^\n]*?(?:,|\[|\(|\s[-\u2013]\s))"
            # or a line of its own: "PRESENT", "IN ATTENDANCE"
            # ("II SEDERUNT": a Scottish court's or kirk session's roll, under its number)
            r"|^[\W_]*(?:(?:[IVX]{1,5}|\d{1,2})\.?\s+(?=sederunt))?"
            # (under an item's number: "2025.M7.2 PRESENT", "4.1 In attendance")
            r"(?:\d{1,4}\.[\w.]{0,10}\s+(?=present|in\s+attendance|attendance))?"
            r"(?:present|in attendance|attendance|attendees|also present|members present|sederunt|"
            # a register, its name in the other working languages after slashes ("ATTENDANCE
            # REGISTER/LISTE DE PRÉSENCE", "RECORD OF ATTENDANCE/ANWESENHEITSLISTE")
            r"(?:record\s+of\s+attendance|attendance\s+(?:register|list|sheet))(?:\s*/\s*[^/\n]{2,40}){0,4}|"
            # the headers of a central bank's list: "Members", "Other attendees",
            # "Accompanying persons", "Other staff" (names follow, one a line)
            r"(?:[A-Za-z][\w-]*\s+)?(?:other\s+)?(?:members|attendees|participants|staff|officials|witnesses)|"
            r"accompanying\s+persons|"
            # ("Policy Board Members Present", "Government Representatives Present")
            # ("DIRECTORS PRESENT", "TRUSTEES PRESENT", "MANAGEMENT IN ATTENDANCE")
            r"(?:[A-Za-z][\w-]*\s+){0,3}(?:members|staff|officials|representatives|directors|trustees|"
            r"governors|supervisors|others|councillors|councilors|commissioners|officers|management)\s+(?:present|in\s+attendance))"
            # (a two-column table: the right column's own label, "DIRECTORS PRESENT    NOMINATING MEMBER")
            r"(?:[^\S\n]{3,}(?-i:[A-Z][A-Z&/ -]{2,40}))?[\W_]*$",
            re.IGNORECASE,
        ),
        chair_line=(
            # (after a header field's number too: "2.   Chairperson: Ambassador X")
            r"^[\W_]*(?:\d{1,2}\.\s+)?(?:(?:chair|chairperson|chairman|chairwoman)"
            # ("Chair for this meeting:")
            r"(?:\s+(?:for|of)\s+(?:this|the|today's)\s+(?:meeting|session|call))?|chaired by|"
            r"presiding(?:\s+(?:officer|clerk|member))?|presider|convener|"
            # ("President of the Council: Mr. T. Haldane": a UN-type council's chair)
            r"president\s+of\s+the\s+(?:council|assembly|board|commission|conference|session)|"
            r"convenor|(?:present\s+)?in\s+the\s+chair)\s*:\s*",  # "PRESENT IN THE CHAIR:"
            re.IGNORECASE,
        ),
        statement_heading=(
            # (after a paragraph number too: "19. Statement by Prof. Nandini Rao")
            # ("PRESS STATEMENT BY THE MINISTER OF INFORMATION, HON. CHANDA MWEEMBA, MP, ON ...")
            r"^[\W_]*(?:\d{1,3}\.\s+)?(?:(?:press|media|public)\s+)?(?:statement|remarks|speech|address|"
            r"comments|intervention|opening remarks|closing remarks)\s+(?:by|of|from)\s+",
            re.IGNORECASE,
        ),
    )


def _every_cue() -> list[tuple[str, ...]]:
    """The verb tables ``Cues.candidate`` looks for."""
    return [
        V.SPEECH,
        V.PRESIDED_BY,
        V.PRESIDES,
        V.PRESENCE,
        V.PRESENCE_AFTER,
        V.BODY_ONLY,
        V.SPEECH_BY,
        # ("Prop.", "Seconder:" without their mark: a cue is a word, then a word boundary)
        tuple(ph.rstrip(":.") for ph in V.MOTION_MOVER + V.MOTION_SECONDER),
    ]


def _title_words() -> list[str]:
    """The titles and honorifics ``Cues.candidate`` looks for, longest first."""
    return sorted(P.TITLE_HEADS | P.HONORIFICS, key=len, reverse=True)


_PLAIN_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _candidate_words() -> tuple[frozenset[str], frozenset[str]]:
    """The cues of one plain word ("said"), and the titles and honorifics of one plain
    word ("mayor"), lower-cased: ``candidate`` matches each wherever it stands as a whole
    word of an ASCII text (a title only where no hyphen follows it)."""
    cue_words = {ph.lower() for cue in _every_cue() for ph in cue if _PLAIN_WORD.fullmatch(ph)}
    titles = {w.lower() for w in _title_words() if _PLAIN_WORD.fullmatch(w)}
    return frozenset(cue_words), frozenset(titles)


def has_candidate(text: str, words: frozenset[str]) -> bool:
    """``cues().candidate.search(text) is not None``, given ``words == words_of(text)``:
    without the search when an ASCII text holds a cue of one plain word as a whole word,
    or such a title and no hyphen at all (its pattern ends in "(?![\\w-])")."""
    if text.isascii():
        cue_words, titles = _candidate_words()
        if not cue_words.isdisjoint(words) or ("-" not in text and not titles.isdisjoint(words)):
            return True
    return cues().candidate.search(text) is not None


# -- gates ---------------------------------------------------------------------------
# A cheap test before a cue's regex: each phrase of a cue table holds a word that the
# text must hold as a whole word (a run of "\w" characters, in any case) wherever the
# cue's pattern matches it; a sentence that holds none of a cue's words is not searched.
# The words are taken from the same tables as the patterns (trigger_sources), so a
# phrase added to a table adds its word; tests/test_speed.py checks the gates.

_RUN = re.compile(r"\w+")


# Each byte of ASCII text that is no word character ("\w") as a blank, and each capital
# as its lower case: ASCII words, lower-cased, by split()
_NOT_WORD_BLANK = bytes(
    ord(chr(c).lower()) if c < 128 and (chr(c).isalnum() or c == ord("_")) else 32 for c in range(256)
)


def words_of(text: str) -> frozenset[str]:
    """The runs of word characters of ``text``, lower-cased (and folded as IGNORECASE folds
    them to ASCII letters): what the gates test."""
    if text.isascii():  # (the same runs, by a byte translation: quicker than the regex)
        return frozenset(text.encode().translate(_NOT_WORD_BLANK).decode().split())
    return frozenset(_RUN.findall(fold_case(text)))


# Words found in most sentences of minutes: a phrase is gated by another of its words if
# it has one ("met with": "met"; "held ... meeting with": "held").
_COMMON_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "with", "and", "also", "who"}
    | {"was", "were", "is", "are", "has", "have", "had"}
    | {"meeting", "session", "conference", "talks", "discussion", "together", "along"}
)


def phrase_words(phrase: str, closed: bool = True) -> list[str]:
    """The words of ``phrase`` (ASCII runs of word characters, in order, lower-cased) that a match of its
    regex (``phrase_alternatives``, after a "\\b") holds as whole words of the text.
    ``closed``: the pattern ends the phrase with "\\b" or "(?![\\w-])" (its last word is
    whole)."""
    if closed and phrase.isascii() and phrase.isalnum():
        return [phrase.lower()]  # (one plain word, whole: most titles and verbs)
    words = phrase.split()
    out: list[str] = []
    for k, word in enumerate(words):
        if "..." in word:
            continue  # (a gap of any words)
        for m in _RUN.finditer(word):
            # a run starts after a blank, a "\\b" or a character that is not a word's,
            # and ends before a blank or such a character, or the closing boundary
            whole = m.end() < len(word) or k + 1 < len(words) or closed
            if whole and m.group().isascii():
                out.append(m.group().lower())
    return out


def phrase_trigger(phrase: str, closed: bool = True) -> str | None:
    """The longest of :func:`phrase_words` (not a common one, if it has another); None if
    there is none."""
    return _trigger_of(phrase_words(phrase, closed))


def _trigger_of(words: list[str]) -> str | None:
    best: str | None = None
    rank = (False, 0)
    for run in words:
        if (run not in _COMMON_WORDS, len(run)) > rank:
            best, rank = run, (run not in _COMMON_WORDS, len(run))
    return best


def trigger_sources() -> dict[str, list[tuple[Sequence[str], bool]]]:
    """For each gated pattern of :class:`Cues`: its phrase tables, and whether it closes
    them (see :func:`phrase_trigger`)."""
    return {
        "speech": [(V.SPEECH, True)],
        "speech_by": [(V.SPEECH_BY, True)],
        "motion_by": [(V.MOTION_MOVER, False), (V.MOTION_SECONDER, False)],
        "presided_by": [(V.PRESIDED_BY, True)],
        "presides": [(V.PRESIDES, True)],
        "presence": [(V.PRESENCE, True)],
        "presence_after": [(V.PRESENCE_AFTER, True)],
        "body_only": [(V.BODY_ONLY, True)],
        "relayed_phrase": [(V.RELAYED_BEFORE, True)],
        "candidate": [(_title_words(), True), *((cue, True) for cue in _every_cue())],
    }


@lru_cache(maxsize=1)
def triggers() -> dict[str, frozenset[str] | None]:
    """For each gated pattern, the words one of which a text must hold for it to match:
    the :func:`phrase_trigger` of each phrase of its tables (None: no gate, a phrase has
    no such word)."""
    return {name: None if gate is None else gate[0] for name, gate in phrase_gates().items()}


# The trigger words of a pattern, and by trigger word the whole words of its phrases
PhraseGate = tuple[frozenset[str], dict[str, tuple[frozenset[str], ...]]]


@lru_cache(maxsize=1)
def phrase_gates() -> dict[str, PhraseGate | None]:
    """For each gated pattern, by trigger word (:func:`triggers`): the words each phrase with
    that trigger holds as whole words (:func:`phrase_words`), all of which a
    text must hold for the phrase to match (a phrase whose words hold another's is left
    out: the other passes wherever it does). None: no gate."""
    seen: dict[tuple[str, bool], tuple[str | None, frozenset[str]]] = {}  # (the cues gate "candidate" too)
    return {name: _phrase_gate(tables, seen) for name, tables in trigger_sources().items()}


def _phrase_gate(
    tables: list[tuple[Sequence[str], bool]], seen: dict[tuple[str, bool], tuple[str | None, frozenset[str]]]
) -> PhraseGate | None:
    needs: dict[str, set[frozenset[str]]] = {}
    for phrases, closed in tables:
        for ph in phrases:
            got = seen.get((ph, closed))
            if got is None:
                words = phrase_words(ph, closed)
                got = seen[ph, closed] = (_trigger_of(words), frozenset(words))
            trigger, need = got
            if trigger is None:
                return None  # (no gate)
            needs.setdefault(trigger, set()).add(need)
    least = {trigger: tuple(n for n in ns if not any(o < n for o in ns)) for trigger, ns in needs.items()}
    return frozenset(needs), least


def may_match(name: str, words: frozenset[str]) -> bool:
    """Whether ``cues().<name>`` may match a text whose :func:`words_of` are ``words``
    (False: it cannot, the search can be skipped): a phrase of its tables has all its
    whole words there (:func:`phrase_gates`)."""
    gate = phrase_gates().get(name)
    if gate is None:
        return True
    trigger_words, needs = gate
    if trigger_words.isdisjoint(words):
        return False  # (most sentences, for most patterns)
    for trigger in trigger_words.intersection(words):
        for need in needs[trigger]:
            if need <= words:
                return True
    return False


_ByWord = dict[str, tuple[tuple[str, frozenset[str]], ...]]


@lru_cache(maxsize=1)
def _gates_by_word() -> tuple[frozenset[str], frozenset[str], _ByWord]:
    """:func:`phrase_gates` turned around: the patterns without a gate, every trigger word,
    and for each the (pattern, whole words of a phrase) it gates."""
    ungated: set[str] = set()
    by_word: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name, gate in phrase_gates().items():
        if gate is None:
            ungated.add(name)
            continue
        for trigger, needs in gate[1].items():
            by_word.setdefault(trigger, []).extend((name, need) for need in needs)
    return frozenset(ungated), frozenset(by_word), {word: tuple(pairs) for word, pairs in by_word.items()}


def may_match_any(words: frozenset[str]) -> frozenset[str]:
    """The gated patterns that :func:`may_match` a text whose :func:`words_of` are ``words``
    (and those without a gate): all of them at once, from the text's words. The answer
    depends only on the words any gate names (:func:`_gate_words`): it is remembered by
    them (most sentences name none, or the same few)."""
    key = words & _gate_words()
    found_before = _MAY_MATCH.get(key)
    if found_before is None:
        found_before = _may_match_any(key)
        if len(_MAY_MATCH) >= _MAY_MATCH_SIZE:
            _MAY_MATCH.clear()
        _MAY_MATCH[key] = found_before
    return found_before


_MAY_MATCH: dict[frozenset[str], frozenset[str]] = {}  # may_match_any by its key
_MAY_MATCH_SIZE = 4096  # keys kept (then forgotten all at once)


@lru_cache(maxsize=1)
def _gate_words() -> frozenset[str]:
    """Every word a gate of :func:`_gates_by_word` tests: its trigger words and the words
    of their phrases."""
    _, triggers, by_word = _gates_by_word()
    return triggers.union(*(need for pairs in by_word.values() for _, need in pairs))


def _may_match_any(words: frozenset[str]) -> frozenset[str]:
    ungated, triggers, by_word = _gates_by_word()
    found = set(ungated)
    for word in words.intersection(triggers):  # (the few words that trigger anything)
        for name, need in by_word[word]:
            if name not in found and need <= words:
                found.add(name)
    return frozenset(found)


# What Cues.list_header cannot match without: the colon of its first branch, or a word of
# its second ("PRESENT", "In Attendance", "Members", "Accompanying persons" on a line of
# their own).
LIST_HEADER_WORDS = (
    "present",
    "sederunt",
    "attendance",
    "attendees",
    "members",
    "participants",
    "staff",
    "officials",
    "witnesses",
    "persons",
)


def may_head_list(text: str) -> bool:
    """Whether ``cues().list_header`` may match ``text`` (False: it cannot)."""
    return ":" in text or holds_any(fold_case(text), LIST_HEADER_WORDS)


# -- the gap before a verb -------------------------------------------------------------
_POSSESSIVES = frozenset({"his", "her", "its", "their"})  # ("her" in an aside stands for any)


@lru_cache(maxsize=1)
def gap_last_words() -> frozenset[str]:
    """The words an item of ``gap`` that ends in a letter can end with, besides a word in
    "ly" and the word after "on", and a street's last word: from the same tables as the pattern."""
    words = {w.split()[-1] for w in GAP_WORDS} | set(GAP_REMARKS) | P.STREET_WORDS  # ("of Ridge Lane")
    words |= {w.lower() for w in P.POST_NOMINALS}  # ("X MP, took")
    for aside in V.SUBJECT_ASIDES:
        last = aside.split()[-1].lower()
        words |= _POSSESSIVES if last == "her" else {last}
    return frozenset(words)


def gap_start(text: str, window: int, rel: int) -> int:
    """``cues().gap.search(text, window, rel).start()``: where the words that may stand
    between a subject and the verb at ``rel`` begin. Without the search when only ASCII
    blanks and commas stand after a plain word that no item of ``gap`` ends with (most
    subjects): the gap is those blanks and commas. (An item ending in a letter ends with
    a whole word: one of gap_last_words, a word in "ly", or the word after "on"; an item
    ending in a comma opens with a comma before the word; the others end in a blank or a
    parenthesis.)"""
    j = rel
    while j > window and text[j - 1] in " \t\n\r\f\v,":
        j -= 1
    if "," in text[j:rel] and _aside_may_end(text, window, j):
        return _gap_search(text, window, rel)  # (an aside between commas may end here)
    k = j
    while k > window and text[k - 1].isascii() and text[k - 1].isalpha():
        k -= 1
    if k == j or (k > 0 and (k == window or text[k - 1].isalnum() or text[k - 1] == "_")):
        return _gap_search(text, window, rel)  # (no plain ASCII word after a word boundary)
    word = text[k:j].lower()
    if word in gap_last_words() or (word.endswith("ly") and text[k].islower()):
        return _gap_search(text, window, rel)
    b = k
    while b > window and text[b - 1].isspace():
        b -= 1
    if b < k and text[b - 2 : b].lower() == "on":
        return _gap_search(text, window, rel)  # ("on Monday": the day may be in the gap)
    return j


def _aside_may_end(text: str, window: int, j: int) -> bool:
    """Whether an item of ``gap`` set off by commas (", who ...,", ", a ...,", ", ...ing
    ...,", ", on behalf of ...,", ", speaking for ...,", ", in its capacity as ...,") may
    close with a comma after ``j``: it opens at the last comma before ``j``, or the one
    before it (", accompanied by X, Secretary of State,"; the "speaking" kind holds any
    commas), with one of those words."""
    o = text.rfind(",", window, j)
    if o < 0:
        return False
    if "speaking" in fold_case(text[window:j]):
        return True
    for _ in range(2):  # (or at the comma before: ", accompanied by X, Secretary of State,")
        rest = text[o + 1 : j].lstrip()
        n = 0
        while n < len(rest) and rest[n].isalpha():
            n += 1
        first = fold_case(rest[:n])
        if first in _ASIDE_FIRST_WORDS or first.endswith("ing") or _ROLE_OF.match(rest):
            return True
        j, o = o, text.rfind(",", window, o)
        if o < 0:
            return False
    return False


# a role without an article opening an aside: ", owner of Bright's Market,"
_ROLE_OF = re.compile(r"[a-z]+\s+(?:of|for|at)\s")
# the first words of the asides set off by commas: ", who ...,", ", a ...,", ", on behalf of ...,"
_ASIDE_FIRST_WORDS = frozenset(
    {"who", "a", "an", "our", "in"}
    | {w.split()[0] for w in GAP_ASIDE_OPENERS}
    | set(GAP_ING_CONJUNCTIONS)  # (", when concluding the meeting,")
    | {w.rstrip(".") for w in P.POST_NOMINAL_HONORIFICS}  # (", prof. UWR,")
)


def _gap_search(text: str, window: int, rel: int) -> int:
    g = cues().gap.search(text, window, rel)
    return g.start() if g else rel

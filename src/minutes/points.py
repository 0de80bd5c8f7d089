"""Stage: sentences -> enumerated points (markers -> series -> points).

1. Find marker candidates in each sentence (tables in ``rules.markers``):
   sentence-initial ordinal phrases ("First of all,"), "the first X is" forms,
   inline lowercase ordinals (", first to ...; and second, to ..."), and numbered,
   lettered and roman items at a line start or inline ("(1)", "1)", "(a)", "i)").
2. Chain candidates of one family into series: a series starts at 1 (or at 2, when
   the first item was not marked), each item takes the next ordinal, and a closer
   ("Finally", "Last but not least") takes the next ordinal and ends the series.
   A series needs two items. A series does not run across a change of speaker.
   Numbered line items count only when a lead-in introduces them (a colon, a dash,
   "the following ..."): otherwise they are the document's own numbering.
3. Each item becomes a point: its text runs from the marker to the next marker or the
   end of its sentence ("secondly, the staff were not consulted." stops before "The
   vote was taken."); its priority is its content condensed (see ``condense``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from minutes.condense import condense
from minutes.model import Point, Sentence
from minutes.rules import by_first_letter, fold_case, holds_any
from minutes.rules import markers as M
from minutes.rules import people as P
from minutes.rules import structure as S


@dataclass(slots=True)
class Marker:
    family: str  # "ord", or e.g. "num.)" / "alpha()" for numbered styles
    value: int | None  # None for closers/continuers: "the next one"
    closer: bool
    start: int  # span of the marker text in the document
    end: int
    sentence: int
    line_start: bool  # at the start of a line (numbered items)
    inline: bool  # inside a sentence, not at its start


@dataclass(slots=True)
class Series:
    family: str
    items: list[tuple[Marker, int]] = field(default_factory=list)  # (marker, ordinal)
    numbering: bool = False  # the document's paragraph numbers: the next one goes on under another speaker
    body_items: bool = False  # line items that each open with the body, under more than one floor
    owner_sentence: int | None = None  # (then: the first in which the body decides, whose floor is theirs)

    @property
    def last(self) -> int:
        return self.items[-1][1]


class _OnFirstUse:
    """A pattern compiled on first use: one that only a sentence passing its gates needs
    (most documents need none of them; compiling them all took milliseconds at start-up)."""

    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._rx: re.Pattern[str] | None = None

    def _compiled(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return self._rx

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        return self._compiled().search(string, pos)

    def finditer(self, string: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos)


@dataclass(slots=True)
class _Patterns:
    prefix: re.Pattern[str]  # then the ASCII letters after it (group "w"): see _starts
    phrase: re.Pattern[str]
    the_first: re.Pattern[str]
    inline_ord: _OnFirstUse
    ordinal_word: _OnFirstUse  # what inline_ord cannot match without: a cheap test first
    inline_ord_gate: re.Pattern[str]  # what inline_ord cannot match without after a mark
    inline_ord_modal: re.Pattern[str]  # ... and after a modal verb
    inline_ord_that: re.Pattern[str]  # ... and after "that" or "to" (in any case: _may_inline_ord)
    inline_ord_ly: re.Pattern[str]  # ... and with an adverb of order before "to" or "that"
    ly_words: tuple[str, ...]  # the adverbs of order, lower case: what inline_ord_ly needs
    inline_ord_finally: re.Pattern[str]  # ... and "and finally" before a noun phrase (no comma)
    ordinal_parts: tuple[str, ...]  # what ordinal_word cannot match without (in fold_case)
    any_ordinal: tuple[str, ...]  # what neither ordinal_word nor the_first can match without
    ordinals: tuple[str, ...]  # the ordinals of the_first: what it cannot match without
    series_after_comma: re.Pattern[str]  # where an inline "the first X is" may start
    line_num: re.Pattern[str]
    inline_num: _OnFirstUse
    spoken_is: re.Pattern[str]
    inline_spoken: _OnFirstUse
    inline_spoken_gate: re.Pattern[str]  # inline_spoken with its look-behind as a plain part
    inline_num_gate: re.Pattern[str]  # what inline_num cannot match without (loosened)
    # the first words (ASCII letters, lower case) of phrase, spoken_is and the_first: a
    # sentence whose marker position holds another word matches none of them (_starts)
    phrase_firsts: frozenset[str]
    spoken_firsts: frozenset[str]
    the_first_firsts: frozenset[str]


def _necessary_parts(phrases: Sequence[str]) -> tuple[str, ...]:
    """Words one of which a text (in ``fold_case``) holds wherever ``_alternation(phrases)``
    matches it: the longest word of each phrase, less those holding another such word."""
    longest = {max(ph.lower().split(), key=len) for ph in phrases}
    return tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))


_ASCII_LETTERS = re.compile(r"[A-Za-z]*")


def _first_words(phrases: Sequence[str]) -> frozenset[str]:
    """The leading ASCII letters of each phrase, lower-cased ("then, second": "then")."""
    return frozenset(m.group().lower() for ph in phrases if (m := _ASCII_LETTERS.match(ph)) is not None)


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    phrases = list(M.ORDINAL_PHRASES) + list(M.CONTINUERS) + list(M.CLOSERS)
    ords = _alternation([*M.ORDINAL_WORDS, "final", "last"])
    dets = _alternation(list(M.SERIES_DETERMINERS))
    verbs = _alternation(list(M.SERIES_VERBS))
    # inline ordinals: lowercase words and phrases ("in the first place"), but not the
    # ones that are also plain prose ("to begin with", "first and foremost")
    inline_words = _alternation(
        [w for w in M.ORDINAL_PHRASES if " " not in w or w.startswith("in the ")] + ["finally", "lastly"]
    )
    # the one-word adverbs of order ("firstly", "secondly"): no other use than a marker
    ly_words = _alternation([w for w in M.ORDINAL_PHRASES if " " not in w and w.endswith("ly")] + ["lastly"])
    ordinals_any_case = by_first_letter(_alternation([*M.ORDINAL_PHRASES, "finally", "lastly"]).split("|"))
    # (after a modal verb: "would First, repair ...", one lookbehind a modal: fixed widths)
    after_modal = "|".join(rf"(?<=\s{w}\s)" for w in M.MODALS_BEFORE_ORDINAL)
    modals = _alternation(list(M.MODALS_BEFORE_ORDINAL))
    return _Patterns(
        # quotes, bullets, emphasis and a paragraph number ("59. ") before a marker
        # and a spoken "And" ("And third, the ministries must ...": the marker is "third")
        prefix=re.compile(
            r"(?:[\s\"'\u201c\u2018(*#>\u2022\u2013\u2014-]|\d{1,3}\.[ \t])*(?P<And>And\s+)?(?P<w>[A-Za-z]*)"
        ),
        phrase=re.compile(rf"(?:{_alternation(phrases)})(?=\s*[,:;\u2013\u2014]|\s+-\s)", re.IGNORECASE),
        the_first=re.compile(
            rf"(?:{dets})\s+(?P<o>{ords})\s+(?P<words>(?:[a-z][\w'\u2019-]*\s+){{0,6}}?)(?:{verbs})\b",
            re.IGNORECASE,
        ),
        # after "," ";" ":" (capitalised too after a colon, a semicolon or "that,": "required:First,
        # to ...", "; and Thirdly, the ferry",
        # "orientations: Firstly, maintaining ...; Secondly, striving ...",
        # "stressed that, First, it is ..."), after
        # "that" ("He requested that firstly, each unit ...") and glued to a period
        # ("the general grip.first, it is necessary")
        inline_ord=_OnFirstUse(
            # (after a word, an adverb of order and a comma: "it is important to firstly, preserve",
            # "recommended that the Board firstly, receive ...")
            # and after a verb, an adverb of order before "to" or "that": "intended firstly to
            # require ...", "noting firstly that reserves fell, and secondly that ..."
            rf"(?:(?<=[,;:])\s*(?:and\s+)?|(?<=\sthat\s)|(?<=[a-z]\s)(?=(?:{ly_words})\s*,)|(?<=[a-z]\.)"
            rf"|(?<=[a-z]\s)(?=(?:{ly_words})\s+(?:to|that|the|an?)\s))"
            # (no comma after "in the first place" or before "that": "She said that in the first
            # place parishes needed ..., and secondly that the smaller ...")
            rf"(?P<o>{inline_words})(?=\s*,|\s+to\s|\s*:|(?<=ly)\s+(?:that|the|an?)\s|(?<=place)\s+[a-z])"
            rf"|(?:(?<=[:;])\s*(?:and\s+)?|(?<=\bthat,)\s*|{after_modal})[\"\u201c]?(?P<oc>(?=[A-Z])(?i:{_alternation(list(M.ORDINAL_PHRASES))}))(?=\s*,)"
            # an adverb of order needs no comma after ":", ";" or ",": "two concerns: firstly the
            # note is untestable; secondly we have no tests", "two causes, firstly the rain"
            # (or after a bare "and": "firstly the rain and secondly the wind")
            rf"|(?:(?<=[,:;])\s*(?:and\s+)?|(?<=\sand\s))(?P<ol>{ly_words})(?=\s+[a-z])"
            # and "and finally" with no comma before a noun phrase or "to": "highlighted firstly the
            # rates, secondly the roof and finally the cycle path" (not "and finally agreed")
            rf"|(?<=\sand\s)(?P<of>finally)(?=\s+(?:the|an?|to|that)\s)",
        ),
        # the ordinals of inline_ord, in any case, anywhere
        ordinal_word=_OnFirstUse(ordinals_any_case, re.IGNORECASE),
        # an ordinal of inline_ord, in any case, between what inline_ord needs before and
        # after it (each part of it loosened: a test, not a match): after a mark (the
        # pattern opens with it, so its search skips to one), and after "that"
        # (one pattern for each branch: a search for a pattern that opens with a set of
        # characters skips to one of them, one for two branches tries each at every
        # place; the branches with a word, only where a cheap test finds it)
        inline_ord_gate=re.compile(
            r"[,;:.](?:\s*(?:and\s+)?[\"\u201c]?(?:" + ordinals_any_case + r")(?=\s*[,:]|\s+to\s|\s+that\s)"
            rf"|(?<=[,:;])\s*(?:and\s+)?(?:{ly_words})\s)",
            re.IGNORECASE,
        ),
        inline_ord_modal=re.compile(rf"\s(?:{modals})\s(?:" + ordinals_any_case + r")\s*,", re.IGNORECASE),
        inline_ord_that=re.compile(
            r"that\s*(?:and\s+)?[\"\u201c]?(?:" + ordinals_any_case + r")(?=\s*[,:]|\s+to\s|\s+[a-z])",
            re.IGNORECASE,
        ),
        inline_ord_ly=re.compile(
            rf"[a-z]\s(?:{ly_words})\s*,|[a-z]\s(?:{ly_words})\s+(?:to|that|the|an?)\s", re.IGNORECASE
        ),
        ly_words=tuple(ly_words.split("|")),
        inline_ord_finally=re.compile(r"\sand\s+finally\s+(?:the|an?|to|that)\s", re.IGNORECASE),
        ordinal_parts=_necessary_parts([*M.ORDINAL_PHRASES, "finally", "lastly"]),
        any_ordinal=_necessary_parts(
            [*M.ORDINAL_PHRASES, "finally", "lastly", *M.ORDINAL_WORDS, "final", "last"]
        ),
        ordinals=(*M.ORDINAL_WORDS, "final", "last"),
        # (only its end is read: the mark and blank before are matched, not looked behind
        # at, so the search skips to a mark)
        # (glued after ";" or ":" too: "...by the end of the year;the third is to ...")
        series_after_comma=re.compile(r"(?:[,;:]\s|[;:])(?:and\s+)?(?=(?:the|my|our)\s)", re.IGNORECASE),
        # "One is the licensing." "Two is the land acquisition ...", "One, fix the roads. Two,
        # ...": capitalised, at the start
        spoken_is=re.compile(
            rf"(?P<o>(?=[A-Z])(?:{_alternation(list(M.SPOKEN_NUMBERS))}))(?:\s+(?:is|are)\b|(?=,))", re.I
        ),
        # inline, lowercase, after ":" ";" ",": "in four aspects: one is to stabilize jobs; two is to ..."
        inline_spoken=_OnFirstUse(
            rf"(?<=[,;:])\s*(?:and\s+)?(?P<o>(?:{_alternation(list(M.SPOKEN_NUMBERS))})\s+(?:is|are))\b"
        ),
        inline_spoken_gate=re.compile(
            rf"[,;:]\s*(?:and\s+)?(?:{_alternation(list(M.SPOKEN_NUMBERS))})\s+(?:is|are)\b"
        ),
        # an item of inline_num ends in ")", or in "." after digits, or after ": " and letters
        # (or "b." after a comma: "a. it needs no land, b. it spares the trees")
        inline_num_gate=re.compile(r"(?:\)|\d\.|[:;]\s[a-zA-Z]{1,4}\.|,\s(?:and\s)?b\.)(?=\s)"),
        phrase_firsts=_first_words(phrases),
        spoken_firsts=_first_words(list(M.SPOKEN_NUMBERS)),
        the_first_firsts=_first_words(list(M.SERIES_DETERMINERS)),
        line_num=re.compile(
            r"(?:(?P<n1>\d{1,2})(?P<s1>[.)-])|\((?P<n2>\d{1,2})\)|(?P<a1>[a-z])\)|\((?P<a2>[a-z])\)"
            r"|(?P<r1>[ivx]{1,4})(?P<s2>[.)])|\((?P<r2>[ivx]{1,4})\)"
            # ("1- Transferring the licences": a hyphen after the number, as in Gulf decisions)
            # "a. repair the roof", "B. Paint the hall" (not "A. Smith": see _initial)
            r"|(?P<a3>[a-zA-Z])\.)"
            # (glued to its capital: "1.Approved the ...", "i)Dr. Grace ...")
            r"(?=\s|(?<=\d[.)])[A-Z]|(?<=[a-z]\))[A-Z])"
        ),
        inline_num=_OnFirstUse(
            r"(?<=[\s:;,])(?:\((?P<n2>\d{1,2})\)|(?P<n1>\d{1,2})(?P<s1>\))|\((?P<a2>[a-z])\)|(?P<a1>[a-z])\)"
            r"|\((?P<r2>[ivx]{1,4})\)|(?P<r1>[ivx]{2,4})(?P<s2>\)))(?=\s)"  # ("...: i) ...; ii) ...")
            # "approved the following: 1. the regulations; 2. the policy" (a period only after : or ;
            # or "that": "made it clear that 1. cadres must be on duty; 2. sites must close")
            # (and after ", and": "asked for two things: 1. to restore ..., and 2. to include")
            # (and after ", ": "three commissioners: 1. a former judge, 2. an advocate, and 3. a doctor")
            r"|(?:(?<=[:;,]\s)|(?<=\bthat\s)|(?<=[,;]\sand\s))(?P<n3>\d{1,2})\.(?=\s)"
            # "approved the following: i. the tariff; ii. the debt plan"
            r"|(?<=[:;]\s)(?P<r3>[ivx]{1,4})\.(?=\s)"
            # "the council should: A. raise the fees; B. cut the costs"
            r"|(?<=[:;]\s)(?P<a3>[a-zA-Z])\.(?=\s)"
            # in running prose, "a." after a word and the next letters after a comma, each
            # before a lower-case word: "chosen because a. it needs no land, b. it spares the
            # trees, and c. it costs less" (not "plan A. and plan B.")
            r"|(?:(?<=[a-z]\s)(?P<a4>a)|(?:(?<=,\s)|(?<=,\sand\s))(?P<a5>[b-h]))\.(?=\s+[a-z])"
        ),
    )


def _ordinal_value(phrase: str) -> tuple[int | None, bool]:
    key = " ".join(phrase.lower().split())
    if key in M.CLOSERS:
        return None, True
    if key in M.CONTINUERS:
        return None, False
    return M.ORDINAL_PHRASES.get(key), False


def _numbered(m: re.Match[str], open_alpha_last: int) -> tuple[str, int] | None:
    """(family, value) of a numbered/lettered/roman match."""
    g = m.groupdict()
    if g.get("n1"):
        return f"num{g.get('s1') or ')'}", int(g["n1"])
    if g.get("n2"):
        return "num()", int(g["n2"])
    if g.get("n3"):
        return "num.", int(g["n3"])
    for key, style in (("a1", ")"), ("a2", "()")):
        letter = g.get(key)
        if letter:
            roman = M.ROMAN_VALUES.get(letter)
            alpha = ord(letter) - ord("a") + 1
            if roman is not None and not (open_alpha_last and alpha == open_alpha_last + 1):
                return f"roman{style}", roman
            return f"alpha{style}", alpha
    upper = g.get("a3") or g.get("a4") or g.get("a5")
    if upper and upper.isupper():
        return "ALPHA.", ord(upper) - ord("A") + 1  # ("I." is a letter here, never a roman one)
    if upper:
        g["r3"] = upper  # "a.", "b.", and "i." after "h.", as the lowercase roman "i." below
    for key, style in (("r1", g.get("s2") or ")"), ("r2", "()"), ("r3", ".")):
        r = g.get(key)
        if r:
            if r not in M.ROMAN_VALUES:
                return ("alpha.", ord(r) - ord("a") + 1) if key == "r3" and len(r) == 1 else None
            if len(r) == 1 and open_alpha_last and ord(r) - ord("a") + 1 == open_alpha_last + 1:
                return f"alpha{style}", ord(r) - ord("a") + 1
            return f"roman{style}", M.ROMAN_VALUES[r]
    return None


# After a capital letter and its period, a name: "A. Smith", "A. B. Smith", "A. Smith, Treasurer"
_INITIAL_NAME = re.compile(r"\s+(?:[A-Z]\.\s+)*[A-Z][\w'\u2019-]*(?:\s*$|\s*[,;(]|\s+[A-Z])", re.MULTILINE)


def _initial(fam: str, body: str, end: int) -> bool:
    """Whether a lettered item "A." is an initial before a name ("A. Smith")."""
    return fam == "ALPHA." and _INITIAL_NAME.match(body, end) is not None


# An item marker joined to another by "and", "or", "to", a comma or a dash ("(a) and (b)
# had been cleared", "items (1)-(3)") refers back to items: it opens no list.
_ITEM_REF = r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)"
_JOINED = r"\s*(?:,|and|or|to|through|[-\u2013])\s*"
_PAIRED_AFTER = re.compile(_JOINED + _ITEM_REF)
_PAIRED_BEFORE = re.compile(r"(?:^|[\s(])" + _ITEM_REF + _JOINED + "$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _opens_item(fam: str, body: str, start: int, end: int) -> bool:
    """Whether the marker ``body[start:end]`` of family ``fam`` may open an item: no
    initial before a name, no reference back to an item."""
    return not _initial(fam, body, end) and not _cross_reference(body, start, end)


def _cross_reference(body: str, start: int, end: int) -> bool:
    """Whether the item marker ``body[start:end]`` refers back to an item rather than
    opening one: joined to another marker, or after a noun in the singular ("Proposal (c)
    was returned", rules.markers.REFERENCE_NOUNS)."""
    if _PAIRED_AFTER.match(body, end):
        return True
    before = body[max(0, start - 16) : start]
    if _PAIRED_BEFORE.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    return word is not None and word.group(1).lower() in M.REFERENCE_NOUNS


def find_markers(text: str, sentences: Sequence[Sentence]) -> list[Marker]:
    """All marker candidates, in document order."""
    p = _patterns()
    found: list[Marker] = []
    open_alpha = 0
    for i, s in enumerate(sentences):
        body = s.text
        m, open_alpha = _numbered_opening(p, text, s, i, open_alpha, found)
        m2 = _ordinal_opening(p, s, i, found)
        # inline forms inside the sentence
        low = fold_case(body)  # (ordinal_word and the_first need an ordinal: cheap tests first)
        ordinal = holds_any(low, p.any_ordinal)
        _inline_ordinals(p, s, i, low, ordinal, m2, found)
        _inline_spoken(p, s, i, found)
        open_alpha = _inline_numbers(p, s, i, m.end() if m else 0, open_alpha, found)
    found.sort(key=lambda mk: mk.start)
    return found


def _numbered_opening(
    p: _Patterns, text: str, s: Sentence, i: int, open_alpha: int, found: list[Marker]
) -> tuple[re.Match[str] | None, int]:
    """Whether sentence ``i`` opens with a numbered item ("1.", "(b)"): its match, and the open letter."""
    body = s.text
    m = p.line_num.match(body, j) if _may_number(body, j := _skip_bullets(body)) else None
    if m:
        got = _numbered(m, open_alpha)
        if got and _opens_item(got[0], body, m.start(), m.end()):
            fam, val = got
            at = _at_line_start(text, s.start)
            found.append(Marker(fam, val, False, s.start + m.start(), s.start + m.end(), i, at, False))
            open_alpha = val if fam.startswith("alpha") else open_alpha
    return m, open_alpha


def _ordinal_opening(p: _Patterns, s: Sentence, i: int, found: list[Marker]) -> re.Match[str] | None:
    """Whether sentence ``i`` opens with an ordinal ("Second,", "The first issue is"): the phrase's match."""
    body = s.text
    pre = p.prefix.match(body)  # (always a match)
    k, after = (pre.start("w"), pre.end()) if pre else (0, 0)
    # the word at k (ASCII letters) for the gates of phrase, spoken_is and the_first;
    # None (any word) before a non-ASCII character, which IGNORECASE may fold to a letter
    word = pre.group("w").lower() if pre and body[after : after + 1] <= "\x7f" else None
    m2 = p.phrase.match(body, k) if word is None or word in p.phrase_firsts else None
    if m2 and (body[k : k + 1].isupper() or (pre is not None and pre.group("And") is not None)):
        val2, closer = _ordinal_value(m2.group(0))
        found.append(Marker("ord", val2, closer, s.start + m2.start(), s.start + m2.end(), i, False, False))
    elif (word is None or word in p.spoken_firsts) and (m8 := p.spoken_is.match(body, k)) is not None:
        found.append(
            Marker(
                "ord",
                M.SPOKEN_NUMBERS[m8.group("o").lower()],
                False,
                s.start + m8.start(),
                s.start + m8.end(),
                i,
                False,
                False,
            )
        )
    else:
        m3 = p.the_first.match(body, k) if word is None or word in p.the_first_firsts else None
        if m3 and _series_noun_ok(m3.group("words")):
            o = m3.group("o").lower()
            val3 = M.ORDINAL_WORDS.get(o)
            closer3 = o in ("final", "last")
            found.append(
                Marker("ord", val3, closer3, s.start + m3.start(), s.start + m3.end(), i, False, False)
            )
    return m2


def _inline_ordinals(
    p: _Patterns,
    s: Sentence,
    i: int,
    low: str,
    ordinal: bool,
    m2: re.Match[str] | None,
    found: list[Marker],
) -> None:
    """Which ordinals inside sentence ``i`` are markers ("..., second, ...", ", the second issue")."""
    body = s.text
    inline = ordinal and holds_any(low, p.ordinal_parts) and _may_inline_ord(p, body, low)
    ow = p.ordinal_word.search(body) if inline else None  # ("First, ...", "the first quarter": none)
    for m4 in p.inline_ord.finditer(body, inline_from(body, ow.start())) if ow else ():
        g4 = next(g for g in ("o", "oc", "ol", "of") if m4.group(g))
        if m2 and m4.start(g4) < m2.end():
            continue
        val4, closer4 = _ordinal_value(m4.group(g4))
        found.append(
            Marker("ord", val4, closer4, s.start + m4.start(g4), s.start + m4.end(g4), i, False, True)
        )
    for m5 in p.series_after_comma.finditer(body) if ordinal and holds_any(low, p.ordinals) else ():
        m6 = p.the_first.match(body, m5.end())
        if m6 and _series_noun_ok(m6.group("words")):
            o = m6.group("o").lower()
            found.append(
                Marker(
                    "ord",
                    M.ORDINAL_WORDS.get(o),
                    o in ("final", "last"),
                    s.start + m6.start(),
                    s.start + m6.end(),
                    i,
                    False,
                    True,
                )
            )


def _inline_spoken(p: _Patterns, s: Sentence, i: int, found: list[Marker]) -> None:
    """Which spoken numbers inside sentence ``i`` are markers ("the two points are ... one is")."""
    body = s.text
    spoken = (" is" in body or " are" in body) and p.inline_spoken_gate.search(body) is not None
    for m9 in p.inline_spoken.finditer(body) if spoken else ():
        word = m9.group("o").split()[0].lower()
        found.append(
            Marker(
                "ord",
                M.SPOKEN_NUMBERS[word],
                False,
                s.start + m9.start("o"),
                s.start + m9.end("o"),
                i,
                False,
                True,
            )
        )


def _inline_numbers(
    p: _Patterns, s: Sentence, i: int, after: int, open_alpha: int, found: list[Marker]
) -> int:
    """Which numbers in sentence ``i`` past ``after`` open items ("(a) ... (b)"); returns the open letter."""
    body = s.text
    # what inline_num cannot match without: ")", or a period after ":" ";" or before "b."
    numbered = ")" in body or ("." in body and (":" in body or ";" in body or " b. " in body))
    numbered = numbered and p.inline_num_gate.search(body) is not None
    for m7 in p.inline_num.finditer(body) if numbered else ():
        if m7.start() <= after:
            continue
        got7 = _numbered(m7, open_alpha)
        if got7 and _opens_item(got7[0], body, m7.start(), m7.end()):
            fam7, val7 = got7
            found.append(Marker(fam7, val7, False, s.start + m7.start(), s.start + m7.end(), i, False, True))
            open_alpha = val7 if fam7.startswith("alpha") else open_alpha
    return open_alpha


def _may_inline_ord(p: _Patterns, body: str, low: str) -> bool:
    """Whether ``p.inline_ord`` may match ``body`` (``low`` is its fold_case): one of its
    gates matches (False: it cannot). The gates after a modal, with an adverb of order and
    with "and finally" are searched only where ``low`` holds such a word (a literal word of
    an IGNORECASE pattern is in the fold_case of what it matches)."""
    if p.inline_ord_gate.search(body) is not None:
        return True
    if holds_any(low, M.MODALS_BEFORE_ORDINAL) and p.inline_ord_modal.search(body) is not None:
        return True
    if "finally" in low and p.inline_ord_finally.search(body) is not None:
        return True
    return ("that" in low and p.inline_ord_that.search(body) is not None) or (
        holds_any(low, p.ly_words) and p.inline_ord_ly.search(body) is not None
    )


def inline_from(body: str, first: int) -> int:
    """Where an inline ordinal may start in ``body`` when the first ordinal word is at
    ``first``: at the word, or after the last "," ";" or ":" before it (an inline ordinal
    opens right after one, or at its word)."""
    return max(body.rfind(",", 0, first), body.rfind(";", 0, first), body.rfind(":", 0, first)) + 1 or first


def _at_line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the previous line break (or the start)."""
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in "\n\r"


def _may_number(body: str, j: int) -> bool:
    """Whether ``line_num`` may match ``body`` at ``j`` (False: it cannot): each branch opens
    with a digit, "(", a lowercase ASCII letter, or a capital before a period."""
    c = body[j : j + 1]
    return c.isdigit() or c == "(" or "a" <= c <= "z" or ("A" <= c <= "Z" and body[j + 1 : j + 2] == ".")


def _skip_bullets(body: str) -> int:
    """Where a line's item starts after its bullets: "* ", "\u2022 ", and a dash before a
    blank ("- 1. That the fees ...": a dash bullet, not a minus)."""
    k = 0
    while k < len(body) and (
        body[k] in " \t*#>\u2022" or (body[k] in "-\u2013" and body[k + 1 : k + 2] in (" ", "\t"))
    ):
        k += 1
    return k


def _series_noun_ok(words: str) -> bool:
    """The words between the ordinal and the verb end in a series noun ("The first pillar
    seeks"), or it comes before a short "of" phrase: "The first pillar of the programme is",
    or a short relative clause with a pronoun: "The third issue we discussed concerns"."""
    parts = words.lower().split()
    if "of" in parts[1:]:
        k = parts.index("of")
        parts = parts[:k] if len(parts) - k <= 4 else parts
    if len(parts) >= 3 and parts[1] in M.SERIES_CLAUSE_SUBJECTS:
        return parts[0] in M.SERIES_NOUNS and len(parts) <= 5  # "The third issue we discussed concerns"
    return (not parts or parts[-1] in M.SERIES_NOUNS) and len(parts) <= 3


_FOOTNOTE = re.compile(r"^\d{1,2}\s+\S")


def _closer_reaches(last: Marker, closer: Marker, sentences: Sequence[Sentence], text: str) -> bool:
    """A closer in a later paragraph must open its paragraph, with no new paragraph between.

    Page breaks, footnotes and lines that continue a wrapped paragraph do not count:
    "48. Third, ... -----  4 Goyal, A. (2022) ...  differentials ... 49. Finally, ..."
    """
    a, b = sentences[last.sentence].paragraph, sentences[closer.sentence].paragraph
    if a == b:
        return True
    s = sentences[closer.sentence]
    if s.paragraph == sentences[closer.sentence - 1].paragraph and closer.sentence > 0:
        return False  # mid-paragraph: "In addition, ... Finally, a few participants ..."
    seen: set[int] = set()
    for t in sentences[last.sentence + 1 : closer.sentence]:
        if t.paragraph in (a, b) or t.paragraph in seen:
            continue
        seen.add(t.paragraph)
        body = t.text.lstrip()
        letters = sum(ch.isalpha() for ch in body)
        if (letters >= 40 and body[:1].isupper()) or (
            body[:1].isdigit() and not _FOOTNOTE.match(body) and letters >= 40
        ):
            return False
    return True


HEADING_LOOKAHEAD = 1000  # characters of a line read before counting its words


def _heading_item(mk: Marker, text: str) -> bool:
    """A numbered line in capitals, "4. CLOSE", "3. DRAFT ROAD PLAN 2025-2029": an agenda heading."""
    nl = text.find("\n", mk.end, mk.end + HEADING_LOOKAHEAD)
    if nl < 0 and len(text[mk.end : mk.end + HEADING_LOOKAHEAD].split()) > 10:
        return False  # a long line: more than ten words (found without reading all of it)
    nl = text.find("\n", mk.end) if nl < 0 else nl
    line = text[mk.end : nl if nl >= 0 else len(text)]
    letters = "".join(filter(str.isalpha, line))
    if not (len(letters) >= 2 and letters.isupper() and len(line.split()) <= 10):
        return False
    return not any(c in M.CURRENCY_SIGNS for c in line)  # "2. HMRC (PAYE) – £103.20": a payment


def _ordinal_heading(mk: Marker, text: str) -> bool:
    """An ordinal word and a colon opening a short line with no full stop, "First: Water
    sector", "Second: Transport sector": a release's section heading (GOLD convention 4)."""
    line_start = text.rfind("\n", 0, mk.start) + 1
    if text[line_start : mk.start].strip() or not text.startswith(":", mk.end):
        return False
    line = _line_of(mk, text)[1:].strip()
    nl = text.find("\n", mk.end)
    return (
        nl >= 0
        and 0 < len(line.split()) <= ORDINAL_HEADING_WORDS
        and line[:1].isupper()
        and not line.endswith((".", ";", ":", ","))
    )


ORDINAL_HEADING_WORDS = 5  # words of an ordinal's heading at most: "Third: Local development"


def _after_closed_list(series: Series, mk: Marker, text: str) -> bool:
    """A short line with no full stop, numbered on after a blank line from items that end
    in ";" but the last in "." ("1. to adopt the plan;" "2. to grant the credit." then "3.
    Interim report on the dikes"): the full stop closed the list, the number goes on with
    the document's own sections."""
    lines = [_line_of(m, text) for m, _ in series.items]
    last, heading = series.items[-1][0], _line_of(mk, text)
    return (
        mk.value == series.last + 1
        and not heading.endswith((".", ";", ":", ","))
        and len(heading.split()) <= PARAGRAPH_WORDS
        and len(lines) >= 2
        and all(line.endswith(";") for line in lines[:-1])
        and lines[-1].endswith(".")
        and _BLANK_LINE.search(text, last.end, mk.start) is not None
    )


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _line_of(mk: Marker, text: str) -> str:
    """The rest of the line a marker opens (at most HEADING_LOOKAHEAD characters)."""
    nl = text.find("\n", mk.end, mk.end + HEADING_LOOKAHEAD)
    return text[mk.end : nl if nl >= 0 else mk.end + HEADING_LOOKAHEAD].strip()


def _section_after_items(last: Marker, mk: Marker, text: str) -> bool:
    """A short capitalised line without a full stop ("4. Motions", "5. Any Other Business")
    numbered on from items that are sentences ending in "." or ";": the document's next
    section, not one more item."""
    prev, line = _line_of(last, text), _line_of(mk, text)
    if not prev.endswith((".", ";")) or line.endswith((".", ";", ":", ",")):
        return False
    if 0 < len(line.split()) <= 5 and all(
        w[:1].isupper() or w.lower() in ("of", "and", "the", "&", "for") for w in line.split()
    ):
        return True
    # "5. Practising certificate fees 2026/27" over "5.1 The Treasurer presented ...": a
    # heading whose own minutes are numbered under it
    nl = text.find("\n", mk.end)
    return nl >= 0 and text.startswith(f"{mk.value}.1 ", nl + 1)


def _narrative(series: Series, narrated: Collection[int]) -> bool:
    """Numbered line items that mostly narrate who said what are the document's own numbering."""
    if series.family == "ord" or series.items[0][0].inline:
        return False
    told = sum(1 for mk, _ in series.items if mk.sentence in narrated)
    return told * 2 > len(series.items)


def _agenda(series: Series, sentences: Sequence[Sentence]) -> bool:
    """Numbered lines after a lead-in that names the agenda ("The agenda comprised the
    following items:"): the document's own structure."""
    first = series.items[0][0]
    if series.family == "ord" or first.inline or first.sentence == 0:
        return False
    lead = sentences[first.sentence - 1].text
    opening = lead.split(None, 1)[:1]
    if opening and opening[0].lower() in M.SUMMARY_HEADING_WORDS and _SUMMARY_HEADING.match(lead):
        return True  # "Summary of actions" over "1. KMi – circulate the policy – 30 September"
    agenda = _AGENDA_LEADIN.search(lead) if lead.rstrip().endswith(":") else None
    # ("studied the items on its agenda and took the following decisions:": the decisions)
    return agenda is not None and _AGENDA_DECIDED.search(lead, agenda.end()) is None


# "the agenda", "its agenda", "the following AGENDA" (not "Agenda 2063", a programme's name)
_AGENDA_LEADIN = re.compile(
    r"\b(?i:(?:the|its|this|their)\s+(?:following\s+)?(?:"
    + "|".join(sorted(M.AGENDA_LEADIN_WORDS))
    + r"))\b(?!\s+\d)"
)
_AGENDA_DECIDED = re.compile(r"\b(?i:" + "|".join(sorted(M.AGENDA_DECISION_WORDS)) + r")\b")


# "Summary of actions", "Recap of resolutions:" alone on a line (a cheap test first: its
# opening word)
_SUMMARY_HEADING = re.compile(
    r"\s*(?i:"
    + "|".join(sorted(M.SUMMARY_HEADING_WORDS))
    + r")\s+of\s+(?:the\s+)?(?i:"
    + "|".join(sorted(M.SUMMARY_OF_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
    + r")\s*:?\s*$"
)


def _numbering_goes_on(series: Series, mk: Marker, text: str) -> bool:
    """Numbered lines whose next number opens a paragraph under another speaker ("1.
    Members noted ... 2. Members agreed ... 3. At the invitation of the Chair, the Director
    briefed members on ..."): the document numbers its paragraphs, it is no series of
    points (the next number on a short line, "4. Treasurer's Report", is an agenda heading)."""
    if series.family == "ord" or mk.inline or not mk.line_start or mk.value != series.last + 1:
        return False
    nl = text.find("\n", mk.end, mk.end + HEADING_LOOKAHEAD)
    return len(text[mk.end : nl if nl >= 0 else mk.end + HEADING_LOOKAHEAD].split()) > PARAGRAPH_WORDS


PARAGRAPH_WORDS = 10  # more words than this on a numbered line: a paragraph, not a heading


def _last_word(text: str, end: int) -> str:
    """The word that ends ``text[:end]`` ("" when it ends in punctuation)."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _decisions(series: Series, body_acts: Collection[int], text: str) -> bool:
    """Numbered line items in each of which the meeting decides, or that open with the
    body ("2. The Cabinet was briefed on ..."), most of them decisions: a cabinet's numbered
    decisions, with no lead-in (GOLD.md convention 4)."""
    if series.family == "ord":
        return False
    acts = sum(1 for mk, _ in series.items if mk.sentence in body_acts)
    return acts * 3 >= len(series.items) * 2 and all(
        mk.sentence in body_acts or _opens_with_body(text, mk.end) for mk, _ in series.items
    )


def _both_body_items(last: Marker, mk: Marker, text: str) -> bool:
    """Two numbered line items that both open with the body ("1. Cabinet approved ...",
    "2. Cabinet was briefed by the Minister ..."): one series of its decisions, though the
    one who briefed it holds the floor after the second."""
    return (
        mk.family != "ord"
        and not (last.inline or mk.inline)
        and _opens_with_body(text, last.end)
        and _opens_with_body(text, mk.end)
    )


def _opens_with_body(text: str, at: int) -> bool:
    """ "The Cabinet ...", "Cabinet ..." right after a marker."""
    words = text[at : at + 40].split()[:2]
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[0].lower() in P.STRONG_BODY_NOUNS


def _licensed(series: Series, text: str, sentences: Sequence[Sentence]) -> bool:
    """Numbered line items need a lead-in; inline items and ordinal words do not."""
    first = series.items[0][0]
    if series.family == "ord" or first.inline:
        return True
    idx = first.sentence
    end = _before_blanks(text, sentences[idx].start)  # the text before the item
    if text.endswith(M.CONTINUATION, 0, end) and _at_line_start(text, end - len(M.CONTINUATION)):
        # "... 1. an updated timeline": an IRC scribe's continuation line; the lead-in is above
        end = _before_blanks(text, end - len(M.CONTINUATION))
        if idx > 0 and sentences[idx - 1].text.strip() == M.CONTINUATION:
            idx -= 1
    if idx > 1 and text[end - 1 : end] == "," and M.RESOLUTION_SUBJECT.match(sentences[idx - 1].text):
        idx -= 1  # "The Assembly," between the lead-in and "a) TAKES NOTE of ..."
        end = _before_blanks(text, sentences[idx].start)
    if end == 0:
        return False
    if idx > 0 and _bare_resolution_subject(sentences[idx - 1].text, text, first.end):
        return True
    if text.endswith(M.LIST_LEADIN_ENDINGS, 0, end):
        return True
    if _last_word(text, end).lower() in M.LIST_LEADIN_LAST_WORDS:
        return True
    if series.family.startswith("alpha") and _under_minute_paragraph(text, end):
        return True
    if _run_in_line(series, text):
        return True
    prev = sentences[idx - 1].text.lower()[-LEADIN_CUE_REACH:] if idx > 0 else ""
    return any(cue in prev for cue in M.LIST_LEADIN_CUES)


def _run_in_line(series: Series, text: str) -> bool:
    """Bracketed items run on in one line of prose after its first sentence ("Mr X reported
    on the register. (a) 37 were admitted; (b) 2 left."): a list written inline, which the
    document's own numbering (at line starts) never is."""
    first, last = series.items[0][0], series.items[-1][0]
    return (
        series.family in RUN_IN_FAMILIES
        and not first.line_start
        and "\n" not in text[first.start : last.start]
        and _before_blanks(text, first.start) > text.rfind("\n", 0, first.start) + 1
    )


RUN_IN_FAMILIES = frozenset({"alpha()", "num()", "roman()"})  # "(a)", "(1)", "(i)"


def _roll(series: Series, sentences: Sequence[Sentence]) -> bool:
    """Numbered lines under "The following members were present:": a roll of those
    present (the attendance sieves read it), not a speaker's or the meeting's points."""
    first = series.items[0][0]
    if series.family == "ord" or first.inline or first.sentence == 0:
        return False
    lead = sentences[first.sentence - 1].text
    return ":" in lead and S.ATTENDED_BY_COLON.search(lead) is not None


def _sub_paragraphs(series: Series, markers: Sequence[Marker], kept_at: Collection[int], text: str) -> bool:
    """A series whose first item follows a line's paragraph number that is no point ("3. i)
    The Cabinet congratulated ... / ii) The Cabinet expressed ..."): the sub-paragraphs of
    the document's own numbering (GOLD.md convention 4), not a list of points; ordinal words
    there are a speaker's ("41. First, the fear of ...")."""
    first = series.items[0][0]
    if series.family == "ord":
        return False
    before = [mk for mk in markers if mk.line_start and mk.family != first.family and mk.end <= first.start]
    return bool(before) and not text[before[-1].end : first.start].strip() and before[-1].start not in kept_at


def _under_minute_paragraph(text: str, end: int) -> bool:
    """The line before ``end`` is a numbered paragraph of the minutes: "3.2 Two posts ..."."""
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return M.MINUTE_PARAGRAPH.match(line) is not None


def _bare_resolution_subject(line: str, text: str, at: int) -> bool:
    """ "The Executive Board" alone on the line before "1. Takes note of ...": the body's
    name opens the sentence its operative paragraphs complete (a lead-in of its own)."""
    m = M.BARE_RESOLUTION_SUBJECT.match(line)
    return (
        m is not None
        and m.group("noun").lower() in P.STRONG_BODY_NOUNS
        and M.OPERATIVE_VERB.match(text, at) is not None
    )


def _before_blanks(text: str, k: int) -> int:
    """``k`` moved back over the blanks before it."""
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k


# How far from the end of the sentence before a list its cue word may stand: "He raised
# three points." (not "Pursuant to the Disclosure Requirements Regulations, please find
# below the summary of the proceedings of the 41st Annual General Meeting ... held ...").
LEADIN_CUE_REACH = 80


def build_series(
    markers: Sequence[Marker],
    sentences: Sequence[Sentence],
    text: str,
    floor: Sequence[int],
    narrated: Collection[int] = frozenset(),
    body_acts: Collection[int] = frozenset(),
) -> list[Series]:
    """Chain markers into series. ``floor[i]`` identifies who holds the floor at sentence i.

    ``narrated`` holds the sentences in which a named person is reported speaking
    ("1. At the outset, Minister Nakamura welcomed ..."): numbered line items made of such
    sentences are the document's own paragraphs, not a speaker's points. ``body_acts``
    holds those in which the meeting as a body speaks or decides: numbered line items that
    all are ("1. The Cabinet approved ... 2. The Cabinet noted ...") are its decisions.
    """
    open_: dict[str, Series] = {}
    done: list[Series] = []

    def close(fam: str) -> None:
        s = open_.pop(fam, None)
        if s is not None:
            done.append(s)

    for mk in markers:
        if mk.family != "ord" and not mk.inline and _heading_item(mk, text):
            close(mk.family)  # "4. CLOSE" after a motion's "1. ... 2. ... 3. ...": a section
            continue
        if mk.family == "ord" and _ordinal_heading(mk, text):
            close(mk.family)  # "First: Water sector" over the decisions of that sector
            continue
        cur = open_.get(mk.family)
        if (
            cur is not None
            and not mk.inline
            and (_section_after_items(cur.items[-1][0], mk, text) or _after_closed_list(cur, mk, text))
        ):
            close(mk.family)  # "3. a review of deadlines ... day." then "4. Motions": a section
            continue
        if cur is not None:
            last_mk = cur.items[-1][0]
            moved = floor[last_mk.sentence] != floor[mk.sentence]
            if (moved and not _both_body_items(last_mk, mk, text)) or (
                mk.closer and not _closer_reaches(last_mk, mk, sentences, text)
            ):
                cur.numbering = _numbering_goes_on(cur, mk, text)
                close(mk.family)
                cur = None
        value = mk.value
        if value is None:  # closer or continuer: only continues an open series
            if cur is not None:
                cur.items.append((mk, cur.last + 1))
                if mk.closer:
                    close(mk.family)
            continue
        if cur is not None and value == cur.last + 1:
            cur.body_items = cur.body_items or floor[cur.items[-1][0].sentence] != floor[mk.sentence]
            cur.items.append((mk, value))
            continue
        if value == 1 or (value == 2 and mk.family == "ord" and not mk.inline):
            close(mk.family)
            open_[mk.family] = Series(mk.family, [(mk, value)])
    for fam in list(open_):
        close(fam)
    kept = [
        s
        for s in done
        if len(s.items) >= 2
        and (_licensed(s, text, sentences) or _decisions(s, body_acts, text))
        and not _narrative(s, narrated)
        and not s.numbering
        and not _agenda(s, sentences)
        and not _roll(s, sentences)
    ]
    kept_at = {mk.start for s in kept for mk, _ in s.items}
    kept = [s for s in kept if not _sub_paragraphs(s, markers, kept_at, text)]
    for s in kept:
        if s.body_items:
            s.owner_sentence = next((mk.sentence for mk, _ in s.items if mk.sentence in body_acts), None)
    kept.sort(key=lambda s: s.items[0][0].start)
    return kept


# What a point's text does not end with: spaces, "," ";", a dangling "and" or "or". As a
# regex, r"(?:[\s,;]|\band\b|\bor\b)+$", but found from the end (_trim_end): searched
# for, the regex runs to the end of every run of spaces and commas before failing there.
TRIM_END_CHARS = frozenset(",;")
TRIM_END_WORDS = ("and", "or")


def _trim_end(seg: str) -> str:
    """``seg`` without the spaces, commas, semicolons, "and" and "or" it ends with."""
    k = len(seg)
    while k > 0:
        ch = seg[k - 1]
        if ch.isspace() or ch in TRIM_END_CHARS:
            k -= 1
            continue
        word = next((w for w in TRIM_END_WORDS if seg.endswith(w, 0, k)), None)
        if word is None or not (_is_boundary(seg, k - len(word)) and _is_boundary(seg, k)):
            break
        k -= len(word)
    return seg[:k]


def _is_boundary(seg: str, k: int) -> bool:
    """Whether a word ("and") may start or end at ``k``: regex's ``\b`` next to a letter."""
    before = k > 0 and (seg[k - 1].isalnum() or seg[k - 1] == "_")
    after = k < len(seg) and (seg[k].isalnum() or seg[k] == "_")
    return before != after


def _item_end(mk: Marker, sentences: Sequence[Sentence], text: str) -> int:
    """Where a point ends: with its sentence, or, for a marker alone on its line with a
    colon ("First:", the decision on the line below), with the next sentence."""
    end = sentences[mk.sentence].end
    if (
        text[mk.end : end].strip() == ":"
        and mk.sentence + 1 < len(sentences)
        and "\n" in text[end : sentences[mk.sentence + 1].start]
    ):
        return sentences[mk.sentence + 1].end
    return end


def make_points(
    series: Sequence[Series],
    sentences: Sequence[Sentence],
    text: str,
    floor: Sequence[int],
) -> list[tuple[int, Point]]:
    """Points with the sentence index of their marker, in document order."""
    items = sorted(((mk, o, s) for s in series for mk, o in s.items), key=lambda t: t[0].start)
    starts = [mk.start for mk, _, _ in items]
    out: list[tuple[int, Point]] = []
    for n, (mk, ordinal, owner) in enumerate(items):
        # (a body's decisions are all its own: the sentence of one stands for each)
        si = mk.sentence if owner.owner_sentence is None else owner.owner_sentence
        end = _item_end(mk, sentences, text)
        if n + 1 < len(items) and starts[n + 1] < end:
            end = starts[n + 1]
        seg = text[mk.start : end]
        trimmed = _trim_end(seg)
        end = mk.start + len(trimmed)
        marker = text[mk.start : mk.end]
        content = text[mk.end : end]
        out.append(
            (
                si,
                Point(
                    ordinal=ordinal,
                    marker=marker,
                    text=text[mk.start : end],
                    priority=condense(content),
                    start=mk.start,
                    end=end,
                ),
            )
        )
    return out

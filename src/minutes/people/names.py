"""Tests on tokens for names: the second step, after :mod:`minutes.people.tokens`.

Capitalised words, initials and name tokens (remembered per text: ``_ByText``),
honorifics ("Mr.", "Dato' Sri", "Dr. (Mrs.)"), :func:`name_run` (where a name starting
at a token ends: particles, nicknames, dotted initials, suffixes) and :func:`name_text`,
the title-head test :func:`_is_head` (shared by organisations and titles), and the parts
of a name as the registry compares them (:func:`name_parts`, ``_fold``, ``_norm``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from minutes.people.tokens import Token, glued_initial
from minutes.rules import people as P

_IRISH_MUTATED = re.compile(
    r"^[tnhmbdg][A-Z\u00c1\u00c9\u00cd\u00d3\u00da][a-z\u00e1\u00e9\u00ed\u00f3\u00fa]+$"
)  # "tSaoi"


_INITIAL = re.compile(r"^[A-Z]\.$")
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")  # "D.J." in "D.J. Whitaker"
_WORD_CHARS = re.compile(r"^[\w'\u2019.-]+$")


class _ByText(dict[str, bool]):
    """A test of a token's text, remembered for each text it was asked about: read by
    ``__getitem__``, a lookup with no Python call (the tests below run on most tokens of
    a sentence, and the words of minutes repeat)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, text: str) -> bool:
        if len(self) >= _BY_TEXT_SIZE:
            self.clear()  # (bounded: forgotten all at once)
        value = self[text] = self.test(text)
        return value


_BY_TEXT_SIZE = 1 << 16  # texts each _ByText keeps


def _is_capword(text: str) -> bool:
    """A capitalised word, accented capitals included ("Wu", "Ólafur", "Łukasz")."""
    # (letters only are word characters: most words need no regex)
    if text[:1] in P.NAME_CLICKS and len(text) > 1:
        text = text[1:]  # "!Hoëb": a click letter before the capital
    return text[:1].isupper() and (text.isalpha() or _WORD_CHARS.match(text) is not None)


_capword = _ByText(_is_capword).__getitem__


_QUOTE_OPEN = {"\u201c", '"', "``", "\u2018", "'"}
_QUOTE_CLOSE = {"\u201d", '"', "''", "\u2019", "'"}


def is_initial(t: Token) -> bool:
    return _is_initial_text(t.text)


def _is_initial_text(text: str) -> bool:
    if len(text) == 2:  # (what _INITIAL matches, without the regex: most tokens are not two long)
        return text[1] == "." and "A" <= text[0] <= "Z"
    return len(text) == 3 and _INITIAL.match(text) is not None  # ("A.\n": "$" before a final newline)


# The capitalised words that are no part of a name (is_name_token), as one set
_HAS_DIGIT = re.compile(r"\d")
_NOT_NAME_PARTS = (
    P.NOT_NAMES | P.HONORIFICS | P.ORG_HEADS | P.COLLECTIVE_NOUNS | frozenset(P.PLURAL_TITLE_HEADS)
)


def is_name_token(t: Token, *, allow_title: bool = False) -> bool:
    """A capitalised word that can be part of a name."""
    return (_NAME_TOKEN_OR_TITLE if allow_title else _NAME_TOKEN)[t.text]


def _is_name_text(text: str, allow_title: bool) -> bool:
    """:func:`is_name_token` of a token with this text."""
    if text[:1] in P.NAME_CLICKS and len(text) > 1:
        text = text[1:]  # "!Hoëb": a click letter before the capital
    low = text.lower()
    if not text[:1].isupper():  # (an initial and a capitalised word open with a capital)
        return low in P.GIVEN_NAME_ABBREVIATIONS or _article_hyphen_name(text)
    if _is_initial_text(text) or low in P.GIVEN_NAME_ABBREVIATIONS:
        return True
    if not _capword(text) or text.endswith(".") or _HAS_DIGIT.search(text):
        return False  # ("ZBA-26-03", "R-1": a file or zone number, never a name)
    if low in _NOT_NAME_PARTS:
        return False
    return allow_title or low not in P.TITLE_HEADS


def _article_hyphen_name(text: str) -> bool:
    """A surname with the Arabic article joined by a hyphen: "al-Rubaie", "el-Sayed"."""
    article, _, rest = text.partition("-")
    return article in P.HYPHENED_NAME_ARTICLES and _capword(rest) and "-" not in rest


_NAME_TOKEN = _ByText(lambda text: _is_name_text(text, False))
_NAME_TOKEN_OR_TITLE = _ByText(lambda text: _is_name_text(text, True))


def skip_honorifics(toks: Sequence[Token], i: int) -> int:
    start = i
    while i < len(toks):
        if (
            i > start
            and toks[i].low in P.HONORIFIC_GIVEN_NAMES
            and toks[i - 1].low not in P.HONORIFICS_TAKING_SRI
        ):
            break  # "Ms. Kumari Silva": a given name after another honorific
        if i + 1 < len(toks) and (toks[i].low, toks[i + 1].low) in P.TWO_WORD_HONORIFICS:
            i += 2
        elif (
            i > start
            and i + 2 < len(toks)
            and toks[i].text == "("
            and toks[i + 2].text == ")"
            and is_honorific(toks, i + 1)
        ):
            i += 3  # "Dr. (Mrs.) Funmilayo Oduya"
        elif is_honorific(toks, i):
            i += 1
            if i < len(toks) and toks[i].text in ("'", "\u2019"):
                i += 1  # "Dato' Sri", split by the word tokenizer
        else:
            break
    return i


def honorific_gender(toks: Sequence[Token], i: int, j: int) -> str | None:
    """The gender the honorifics ``toks[i:j]`` tell ("Mr." m, "Ms." f), if any."""
    for t in toks[i:j]:
        g = P.HONORIFIC_GENDER.get(t.low)
        if g is not None:
            return g
    return None


def honorific_words(toks: Sequence[Token], i: int, j: int) -> frozenset[str]:
    """The honorifics ``toks[i:j]`` as keys ("The Revd Canon": "revd", "canon"): namesakes
    are told apart by them ("Dr. Seebaluck" is the one listed as "Dr. N. Seebaluck")."""
    return frozenset(t.low.rstrip(".") for t in toks[i:j] if t.low != "the" and t.low[:1].isalpha())


def _honorific_fit(known: frozenset[str], wanted: frozenset[str]) -> int:
    """How well the honorifics a person was written with fit a mention's: a shared one
    that tells no gender (-1: "Dr. Pruitt" is the one listed as a doctor, not a namesake
    listed bare; "Ms." is the gender's to decide), another shared, none known or none
    asked (0); others only (1)."""
    shared = known & wanted
    if any(h not in P.HONORIFIC_GENDER and f"{h}." not in P.HONORIFIC_GENDER for h in shared):
        return -1
    return int(bool(wanted) and bool(known) and not shared)


def is_honorific(toks: Sequence[Token], i: int) -> bool:
    low = toks[i].low
    if low in P.HONORIFICS or low.rstrip(".") in P.HONORIFICS:
        return True
    return low in _TWO_WORD_FIRSTS and i + 1 < len(toks) and (low, toks[i + 1].low) in P.TWO_WORD_HONORIFICS


_TWO_WORD_FIRSTS = frozenset(first for first, _ in P.TWO_WORD_HONORIFICS)


def _particle_then_name(toks: Sequence[Token], k: int) -> bool:
    """Name particles from ``k``, then a name: "van Rooyen", "de la Cruz"."""
    q = k
    while q < len(toks) and toks[q].low in P.NAME_PARTICLES:
        q += 1
    return q > k and q < len(toks) and is_name_token(toks[q])


def name_run(toks: Sequence[Token], i: int) -> int:
    """End index (exclusive) of the name starting at token i (i itself if none)."""
    j = i
    n = len(toks)
    while j < n:
        t = toks[j]
        if t.text[1:3].count(".") and glued_initial(t.text):
            return j if j > i else j + 1  # "Mongolia B.Enkhjargal": the dotted name is one of its own
        if j >= i + 2 and t.text in P.POST_NOMINALS:
            break  # "Jillian Broadbent AO": the letters after a name are not part of it
        if j >= i + 2 and j + 1 < n and toks[j + 1].text.isdigit():
            break  # "Mr Graham Toohey Lot 19": a word before a number is no name part
        if is_name_token(t) or (j == i and _org_word_after_honorific(toks, i)):
            j += 1
            continue
        # "Kumari Silva" after "Ms.": skip_honorifics left the given name; inside a
        # name it is a middle name ("Sita Kumari Bhattarai")
        if t.low in P.HONORIFIC_GIVEN_NAMES and _capword(t.text) and _followed_by_name(toks, j + 1):
            j += 1
            continue
        # a surname that is also a style, after a name and before no name: "Jo Barr said",
        # "Ahmed Hafiz noted", "Hafiz Bilal Sheikh" (not "Ann Reid Dr Bell": a style before
        # a name opens the next)
        if j > i and _surname_like_style(t) and not _followed_by_name(toks, j + 1):
            j += 1
            break
        # a given name that is also a stop word, inside a name: "Tran Van An", "Li An"
        if j > i and t.text in P.NAME_STOPWORD_PARTS and not _followed_by_name(toks, j + 1):
            j += 1
            break
        inner = _inner_name_part(toks, i, j)
        if inner > j:
            j = inner
            continue
        j = _last_name_part(toks, i, j)
        break
    # a name does not end with an initial ("... Kim J." is fine only inside)
    while j > i and is_initial(toks[j - 1]) and j - 1 > i and not _followed_by_name(toks, j):
        j -= 1
    return j


def _org_word_after_honorific(toks: Sequence[Token], i: int) -> bool:
    """Whether the organisation word at ``i`` is a surname after an honorific ("Cr Park", "Mr. Hall")."""
    t = toks[i]
    return i > 0 and t.low in P.SURNAME_ORG_HEADS and _capword(t.text) and is_honorific(toks, i - 1)


def _inner_name_part(toks: Sequence[Token], i: int, j: int) -> int:
    """Whether a nickname, particles or dotted initials at ``j`` go on the name: where they end, or ``j``."""
    t = toks[j]
    n = len(toks)
    # a nickname in parentheses inside a name: Margaret (Peg) Ostler (not initials after
    # it: "Mrs Anne Quigley (AQ) Chapter Clerk")
    if (
        j > i
        and t.text == "("
        and j + 3 < n
        and toks[j + 2].text == ")"
        and not toks[j + 1].text.isupper()
        and is_name_token(toks[j + 1])
        and is_name_token(toks[j + 3])
    ):
        return j + 3
    # a nickname in quotes inside a name: Joko "Jokowi" Widodo
    if (
        j > i
        and t.text in _QUOTE_OPEN
        and j + 2 < n
        and toks[j + 2].text in _QUOTE_CLOSE
        and is_name_token(toks[j + 1])
        and j + 3 < n
        and is_name_token(toks[j + 3])
    ):
        return j + 3
    if t.low in P.NAME_PARTICLES and (j > i or (i > 0 and is_honorific(toks, i - 1))):
        # ("Cllr van Rooyen": a particle may open the name after an honorific)
        k = j + 1
        while k < n and toks[k].low in P.NAME_PARTICLES:
            k += 1  # "Ann van der Berg", "Maria de la Cruz"
        if k < n and is_name_token(toks[k]):
            return k
    # dotted initials before a surname: "D.J. Whitaker" (not "U.S. Ambassador")
    if (
        _DOTTED_INITIALS.match(t.text)
        and t.low not in P.NOT_INITIALS
        and (_followed_by_name(toks, j + 1) or _particle_then_name(toks, j + 1))
    ):
        return j + 1  # ("B.J. van Rooyen")
    return j


def _last_name_part(toks: Sequence[Token], i: int, j: int) -> int:
    """Whether the word at ``j`` ends the name (an Irish article, a suffix): the name's end, or ``j``."""
    t = toks[j]
    n = len(toks)
    # an Irish surname with the article: "Siobhán Mac an tSaoi", "Nic an Bhaird"
    if (
        j > i
        and t.text == "an"
        and toks[j - 1].text in P.IRISH_ARTICLE_PREFIXES
        and j + 1 < n
        and (is_name_token(toks[j + 1]) or _IRISH_MUTATED.match(toks[j + 1].text) is not None)
    ):
        return j + 2
    # a surname that is also an organisation word, ending a name: "Mayor Jo Park"
    if (
        j > i
        and t.low in P.SURNAME_ORG_HEADS
        and t.text[:1].isupper()
        and not (j + 1 < n and toks[j + 1].text[:1].isupper())
    ):
        return j + 1
    # the end of a name: "Villareal Jr." (a style that ends it: name_run)
    if (
        j >= i + 2
        and t.low in P.NAME_SUFFIXES
        and t.text[:1].isupper()
        and not _followed_by_name(toks, j + 1)
    ):
        return j + 1
    return j


def _surname_like_style(t: Token) -> bool:
    """A one-word style written like a surname (capitalised, no period, three letters or
    more): "Barr", "Hafiz"; not "Mr", "Dr." or "HON". The styles that are surnames most
    often (P.SURNAME_HONORIFICS: "Sheikh") in capitals too ("Tariq SHEIKH")."""
    text = t.text
    if t.low in P.SURNAME_HONORIFICS:
        return text[:1].isupper()
    return (
        t.low in P.HONORIFICS
        and len(text) >= 3
        and text[0].isupper()
        and text[1:].islower()
        and text.isalpha()
    )


def _followed_by_name(toks: Sequence[Token], j: int) -> bool:
    return j < len(toks) and is_name_token(toks[j])


def name_text(toks: Sequence[Token], i: int, j: int) -> str:
    """The name of tokens [i, j), without a quoted nickname."""
    parts: list[str] = []
    k = i
    while k < j:
        if (toks[k].text in _QUOTE_OPEN or toks[k].text == "(") and k + 2 < j:
            k += 3  # (a nickname: Joko "Jokowi" Widodo, Margaret (Peg) Ostler)
            continue
        parts.append(toks[k].text)
        k += 1
    name = " ".join(parts)
    if name[:1].islower():  # "he Angang" as published: a surname in lower case
        name = name[0].upper() + name[1:]
    return name


# A title head at a token ("Mayor", "head of state"): kept here, below orgs.py and titles.py,
# which both ask it.
_HEAD_WORDS = P.TITLE_HEADS | frozenset(P.PLURAL_TITLE_HEADS) | {"head"}


def _is_head(toks: Sequence[Token], k: int) -> int:
    """Length in tokens of a title head at k (0 if none): "head of state" is 3."""
    if k >= len(toks):
        return 0
    low = toks[k].low
    if "/" in low and toks[k].text[low.find("/") + 1 : low.find("/") + 2].isupper():
        low = low.split("/", 1)[0]  # "Prime Minister/Foreign Minister": the first title's head
    if low not in _HEAD_WORDS:
        return 0  # (most words: none of the tests below can pass)
    if (
        low == "head"
        and k + 2 < len(toks)
        and toks[k + 1].low == "of"
        and toks[k + 2].low in ("state", "government")
    ):
        return 3
    if low in P.PLURAL_TITLE_HEADS and toks[k].text[:1].isupper():
        return 1
    return 1 if low in P.TITLE_HEADS else 0


# The parts of a name, as the registry (entity.py) and the title readers compare them.


def name_parts(words: Sequence[str]) -> list[str]:
    """The parts of a name, a glued initial apart: "K.Lindvald" is "K." "Lindvald"."""
    out: list[str] = []
    for w in words:
        g = glued_initial(w)
        out.extend((g.group(1) + ".", g.group(2)) if g else (w,))
    return out


@lru_cache(maxsize=4096)
def _fold(s: str) -> str:
    """Lower case without accents: "Sébastien" -> "sebastien" (remembered: by_short_name
    folds every person's given name for each short form it is asked about)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def _norm(s: str) -> str:
    return s.lower().replace("\u2019", "'")


def _compatible_given(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    return (
        a == b
        or (len(a) == 1 and b.startswith(a))
        or (len(b) == 1 and a.startswith(b))
        or (len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)))
    )

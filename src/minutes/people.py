"""Stage: sentences -> mentions of people and organisations, with their titles.

A :class:`Registry` keeps one :class:`Entity` per person or organisation and resolves
later references to the fullest name the document gives: "Mr. Wu", a bare surname,
"Phil Howze" for "Philip C. Howze", a typo of one letter, a title alone ("the Vice
Mayor"). Where two people share a surname, the caller passes a preference (who holds
the floor, who was announced as making a speech).

Mention shapes (see ``rules.people`` for the word lists):
    "Vice Mayor Wu Qing"                       title + name
    "Wu Qing, Vice Mayor,"                     name + apposition
    "Mr. Wu", "Tun Dr Mahathir Mohamad"        honorific + name
    "Prime Minister of Mongolia L. Oyun-Erdene" title of X + name (split at an initial,
                                               an organisation head or a known name)
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from minutes.rules import people as P
from minutes.rules.abbreviations import ABBREVIATIONS

Kind = Literal["person", "organization"]


@dataclass(slots=True, init=False)
class Token:
    text: str
    start: int
    end: int
    low: str = field(repr=False, compare=False)  # text.lower(), asked for often

    def __init__(self, text: str, start: int, end: int) -> None:  # (one call: many are made)
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()


# What each pass of nltk's word tokenizer (by its pattern) cannot match without: one of
# these characters, or for "(?i)" contractions this lowercase word (in ASCII text). A
# pass that cannot match changes nothing, so _WordTokenizer skips it.
_PASS_NEEDS: dict[str, tuple[str, ...]] = {
    "([\u00ab\u201c\u2018\u201e]|[`]+)": tuple("\u00ab\u201c\u2018\u201e`"),
    '^\\"': ('"',),
    "(``)": ("`",),
    "([ \\(\\[{<])(\\\"|\\'{2})": ('"', "'"),
    "(?i)(?<!\\w)(\\')(?!(?:re|ve|ll|m|t|s|d|n)\\b)(?=\\w)": ("'",),
    "([^\\.])(\\.)([\\]\\)}>\"\\'\u00bb\u201d\u2019 ]*+)\\s*$": (".",),
    "([:,])([^\\d])": (":", ","),
    "([:,])$": (":", ","),
    "\\.{2,}": (".",),
    "[;@#$%&]": tuple(";@#$%&"),
    "[\\u2012-\\u2015]": tuple("\u2012\u2013\u2014\u2015"),
    "([^\\.])(\\.)([\\]\\)}>\"\\']*)\\s*$": (".",),
    "[?!]": ("?", "!"),
    "([^'])' ": ("'",),
    "[*]": ("*",),
    "[\\]\\[\\(\\)\\{\\}\\<\\>]": tuple("[](){}<>"),
    "--": ("-",),
    "([\u00bb\u201d\u2019])": tuple("\u00bb\u201d\u2019"),
    "''": ("'",),
    '"': ('"',),
    "([^' ])('[sS]|'[mM]|'[dD]|') ": ("'",),
    "([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ": ("'",),
}
_CONTRACTION_NEEDS: dict[str, str] = {
    "(?i)\\b(can)(?#X)(not)\\b": "cannot",
    "(?i)\\b(d)(?#X)('ye)\\b": "d'ye",
    "(?i)\\b(gim)(?#X)(me)\\b": "gimme",
    "(?i)\\b(gon)(?#X)(na)\\b": "gonna",
    "(?i)\\b(got)(?#X)(ta)\\b": "gotta",
    "(?i)\\b(lem)(?#X)(me)\\b": "lemme",
    "(?i)\\b(more)(?#X)('n)\\b": "more'n",
    "(?i)\\b(wan)(?#X)(na)(?=\\s)": "wanna",
    "(?i) ('t)(?#X)(is)\\b": " 'tis",
    "(?i) ('t)(?#X)(was)\\b": " 'twas",
}
# A group reference in a replacement: r"\1 ``" adds only " " and "`" to the text.
_GROUP_REF = re.compile(r"\\(?:\d+|g<\w+>)")
_QUOTES = re.compile(r"``|'{2}|\"")


class _WordTokenizer:
    """``NLTKWordTokenizer().span_tokenize``, the same passes with the same engines,
    minus the passes that cannot match (most of its 23 regex passes, on most
    sentences) and nltk's per-call timeouts. tests/test_speed.py checks it against
    nltk's own method.
    """

    def __init__(self) -> None:
        import regex  # type: ignore[import-untyped]  # nltk's regex engine (an nltk dependency)
        from nltk.tokenize import NLTKWordTokenizer as T

        self._compile = regex.compile
        first = [*T.STARTING_QUOTES, *T.PUNCTUATION, T.PARENS_BRACKETS, T.DOUBLE_DASHES]
        passes = [*first, *T.ENDING_QUOTES]
        # nltk's timed patterns, each compiled again with the same engine (untimed) on
        # first use: most documents never need some of the passes
        self.passes = [
            (rx, repl, frozenset(_PASS_NEEDS.get(rx.pattern, ())), frozenset(_GROUP_REF.sub("", repl)))
            for rx, repl in passes
        ]
        self.own: list[Any] = [None] * len(passes)
        self.padded = len(first)  # after these passes the text gets a space on either side
        contractions = T.CONTRACTIONS2 + T.CONTRACTIONS3
        self.contractions = [(rx, _CONTRACTION_NEEDS.get(rx.pattern)) for rx in contractions]

    def tokenize(self, text: str) -> list[str]:
        present = set(text)
        for k, (rx, repl, needs, adds) in enumerate(self.passes):
            if k == self.padded:
                text = " " + text + " "
            if not needs or not needs.isdisjoint(present):
                own = self.own[k]
                if own is None:
                    own = self.own[k] = self._compile(rx.pattern, rx.flags)
                text = own.sub(repl, text)
                present |= adds  # (a superset of set(text): at worst a pass runs for nothing)
        low = text.lower() if text.isascii() else None  # (case folding beyond ASCII: run them all)
        for rx, word in self.contractions:
            if low is None or word is None or word in low:
                text = rx.sub(r" \1 \2 ", text)
        return text.split()

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        tokens = self.tokenize(text)
        if '"' in text or "''" in text:
            quotes = iter([m.group() for m in _QUOTES.finditer(text)])
            tokens = [next(quotes) if tok in ('"', "``", "''") else tok for tok in tokens]
        spans: list[tuple[int, int]] = []
        point = 0
        for tok in tokens:
            start = text.index(tok, point)
            point = start + len(tok)
            spans.append((start, point))
        return spans


@lru_cache(maxsize=1)
def _word_tokenizer() -> _WordTokenizer:
    return _WordTokenizer()


# The one-pass lexer: nltk's word tokens on a sentence where every pass of nltk's
# tokenizer only cuts the text around a character or a run: one finditer then finds
# the same tokens, and an apostrophe between two letters is split off as nltk does
# ("Wu's" "can't": _CLITIC), and a double quote stands alone (after a blank it opens a
# quote: no closer after a final period). The other sentences (backticks, other
# apostrophes, runs of commas and colons, blanks other than space, tab and line breaks,
# contractions such as "cannot") go to _WordTokenizer. tests/test_speed.py checks
# both against nltk.
_CLOSERS = "\\])}>\u00bb\u201d\u2019"  # may follow a sentence's final period (and '"' not after " ")
_ALONE = '"\u00ab\u201c\u2018\u201e;@#$%&\u2012-\u2015?!*\\[\\](){}<>\u00bb\u201d\u2019'  # always a token
_LEXER_HARD = re.compile(r"[`\u0130\u0131]|[:,][:,]|[^\S \t\n\r]")
_LEXER_HARD_ASCII = re.compile(r"[`\x0b\x0c\x1c-\x1f]|[:,][:,]")  # the same on ASCII text, quicker
# (one between two letters is not; the pattern opens with the apostrophe, so that its
# search skips from one to the next: "(?<![A-Za-z])'" tried the look-behind everywhere)
_APOSTROPHE_HARD = re.compile(r"'(?:(?<![A-Za-z]')|(?![A-Za-z]))")
_FINAL = r"(?=(?:[" + _CLOSERS + r' ]|(?<! )")*\s*\Z)'  # after a sentence's final period
_LEXEME = re.compile(  # (the branches never match at the same place: words, the most common, first)
    r"(?:[^\s.:,\-" + _ALONE + r"]++|\.(?!\.|" + _FINAL + r")|[:,](?=\d)|-(?!-))++"  # "U.S.", "3,36", "a-b"
    r"|\.{2,}|--|[:,](?!\d)|\." + _FINAL + "|[" + _ALONE + "]"  # ". . ." "--" ", " "." "(" alone
)
# _LEXEME after the blanks before it: every character that is not blank starts a lexeme
# (each branch above takes what the others leave), so the lexemes and the blanks between
# them cover the text and their spans follow from their lengths (tokenize)
_GAPPED_LEXEME = re.compile(r"(\s*)(" + _LEXEME.pattern + ")")
# nltk's clitics at the end of a word, in the order it splits them off: "Wu's" "can't"
_CLITIC = re.compile(r"(?:('[sSmMdD])|(?<=[^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T))\Z")
_CLITIC_2 = re.compile(r"(?<=[^' ])(?:'ll|'LL|'re|'RE|'ve|'VE|n't|N'T)\Z")


def _hard_ascii(text: str) -> bool:
    """``_LEXER_HARD_ASCII.search(text)``, by substring tests (quicker on a sentence)."""
    return (
        "`" in text
        or "::" in text
        or ":," in text
        or ",:" in text
        or ",," in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x1f" in text
    )


def _one_pass(text: str) -> bool:
    """The lexer gives nltk's tokens on ``text`` (else _WordTokenizer must)."""
    hard = _hard_ascii(text) if text.isascii() else _LEXER_HARD.search(text) is not None
    if hard or ("'" in text and _APOSTROPHE_HARD.search(text)):
        return False
    low = text.lower()
    # (nltk's contractions, as a lower-case text can hold them; "\u0130\u0131" are hard)
    return not (
        "cannot" in low
        or "gimme" in low
        or "gonna" in low
        or "gotta" in low
        or "lemme" in low
        or "wanna" in low
        or "d'ye" in low
        or "more'n" in low
    )


def _lexemes(text: str) -> list[tuple[str, int, int]]:
    """Each word token of ``text`` and its span (as nltk splits it)."""
    if not _one_pass(text):
        return [(text[a:b], a, b) for a, b in _word_tokenizer().span_tokenize(text)]
    if "'" not in text:
        return [(m.group(), *m.span()) for m in _LEXEME.finditer(text)]
    out: list[tuple[str, int, int]] = []
    for m in _LEXEME.finditer(text):
        word, (a, b) = m.group(), m.span()
        c = _CLITIC.search(word) if "'" in word else None
        if c is None:
            out.append((word, a, b))
            continue
        k = c.start()
        tail = [(word[k:], a + k, b)]
        if c.group(1) is not None:  # "'s" first, then "n't" before it ("don't's")
            c2 = _CLITIC_2.search(word, 0, k)
            if c2 is not None:
                tail.insert(0, (word[c2.start() : k], a + c2.start(), a + k))
                k = c2.start()
        out.append((word[:k], a, a + k))
        out.extend(tail)
    return out


def word_spans(text: str) -> list[tuple[int, int]]:
    """``NLTKWordTokenizer().span_tokenize(text)``, in one pass where it can."""
    return [(a, b) for _, a, b in _lexemes(text)]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """nltk word tokens with spans into the document (``offset`` is the sentence start)."""
    out: list[Token] = []
    if "'" not in text and _one_pass(text):  # (_lexemes' one pass, without its tuples: most sentences)
        b = offset
        for blanks, piece in _GAPPED_LEXEME.findall(text):  # (no match objects: spans by length)
            a = b + len(blanks)
            b = a + len(piece)
            if piece[-1] == "." and _period_off(piece):
                out.append(Token(piece[:-1], a, b - 1))
                out.append(Token(".", b - 1, b))
            else:
                out.append(Token(piece, a, b))
        return _join_elisions(out) if "\u2019" in text else out
    for piece, a, b in _lexemes(text):
        a += offset
        b += offset
        if piece[-1] == "." and _period_off(piece):
            out.append(Token(piece[:-1], a, b - 1))
            out.append(Token(".", b - 1, b))
        else:
            out.append(Token(piece, a, b))
    return _join_elisions(out) if "\u2019" in text else out


def _period_off(piece: str) -> bool:
    """nltk keeps a sentence-internal period on a word ("instructed."); it is split off
    unless the word is an initial or an abbreviation ("L.", "U.S.", "Mr.")."""
    return (
        len(piece) > 2
        and "." not in piece[:-1]
        and piece[:-1].isalpha()
        and piece.lower() not in P.HONORIFICS
        and piece.lower() not in P.NAME_SUFFIXES
        and piece.lower() not in P.GIVEN_NAME_ABBREVIATIONS
        and piece.lower() not in P.TITLE_HEADS  # "Gov.", "Sen."
    )


def _join_elisions(toks: list[Token]) -> list[Token]:
    """ "O’Neill", "D’Souza" as one token: nltk splits a word at a curly apostrophe
    (not at a straight one: "O'Neill" stays whole)."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if (
            k + 2 < len(toks)
            and toks[k + 1].text == "\u2019"
            and _ELIDED.match(t.text)
            and t.end == toks[k + 1].start
            and toks[k + 1].end == toks[k + 2].start
            and toks[k + 2].text[:1].isupper()
        ):
            nxt = toks[k + 2]
            out.append(Token(t.text + "\u2019" + nxt.text, t.start, nxt.end))
            k += 3
            continue
        out.append(t)
        k += 1
    return out


_IRISH_MUTATED = re.compile(
    r"^[tnhmbdg][A-Z\u00c1\u00c9\u00cd\u00d3\u00da][a-z\u00e1\u00e9\u00ed\u00f3\u00fa]+$"
)  # "tSaoi"
_ELIDED = re.compile(r"^(?:[A-Z]|Da|De|Di|La)$")  # before an apostrophe in a name: O', D', Da', L'


_INITIAL = re.compile(r"^[A-Z]\.$")
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")  # "D.J." in "D.J. Whitaker"
_WORD_CHARS = re.compile(r"^[\w'\u2019.-]+$")
# A patronymic initial glued to the name: "B.Enkhjargal", "Ts.Batbold" (a name of its own)
_GLUED_INITIAL = re.compile(r"^([A-Z][a-z]?)\.([A-Z][a-z]{2,})$")


def glued_initial(text: str) -> re.Match[str] | None:
    """ "B.Enkhjargal" (initial, name), not an abbreviation before a word ("St.John", "Dr.Lee")."""
    m = _GLUED_INITIAL.match(text) if "." in text else None
    if m is None or (len(m.group(1)) == 2 and m.group(1).lower() in ABBREVIATIONS):
        return None
    return m


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
    return text[:1].isupper() and (text.isalpha() or _WORD_CHARS.match(text) is not None)


_capword = _ByText(_is_capword).__getitem__


# "IOM", "UNICEF", "MetMalaysia" in parentheses after an organisation
_ACRONYM = re.compile(r"^(?:[A-Z]{2,8}|[A-Z][a-z]+[A-Z][A-Za-z]+)$")
_QUOTE_OPEN = {"\u201c", '"', "``", "\u2018", "'"}
_QUOTE_CLOSE = {"\u201d", '"', "''", "\u2019", "'"}


def is_initial(t: Token) -> bool:
    return _is_initial_text(t.text)


def _is_initial_text(text: str) -> bool:
    if len(text) == 2:  # (what _INITIAL matches, without the regex: most tokens are not two long)
        return text[1] == "." and "A" <= text[0] <= "Z"
    return len(text) == 3 and _INITIAL.match(text) is not None  # ("A.\n": "$" before a final newline)


def is_title_word(low: str) -> bool:
    return low in P.TITLE_HEADS or low in P.TITLE_MODIFIERS


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
    low = text.lower()
    if not text[:1].isupper():  # (an initial and a capitalised word open with a capital)
        return low in P.GIVEN_NAME_ABBREVIATIONS
    if _is_initial_text(text) or low in P.GIVEN_NAME_ABBREVIATIONS:
        return True
    if not _capword(text) or text.endswith(".") or _HAS_DIGIT.search(text):
        return False  # ("ZBA-26-03", "R-1": a file or zone number, never a name)
    if low in _NOT_NAME_PARTS:
        return False
    return allow_title or low not in P.TITLE_HEADS


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
    """How well the honorifics a person was written with fit a mention's: one shared,
    none known or none asked (0); others only (1)."""
    return int(bool(wanted) and bool(known) and not known & wanted)


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
    # the end of a name: "Villareal Jr.", "Tariq Mehmood Sheikh"
    if (
        j >= i + 2
        and t.text[:1].isupper()
        and (t.low in P.NAME_SUFFIXES or t.low in P.SURNAME_HONORIFICS)
        and not _followed_by_name(toks, j + 1)
    ):
        return j + 1
    return j


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


# Capitalised words that do not go on an organisation's name (org_end): "Of", "And",
# "For" and "The" do ("Bank Of Korea")
_NOT_ORG_WORDS = P.NOT_NAMES - {"of", "and", "for", "the"}


def org_end(toks: Sequence[Token], i: int) -> int:
    """End of an organisation name starting at i ("Shanghai Bureau of Ecological Environment"), or i."""
    if _collective_of(toks, i):
        return i  # "Staff of the Bank presented": people of the Bank (GOLD.md convention 14)
    j = i
    last_head = -1
    while j < len(toks):
        t = toks[j]
        low = t.low
        if _capword(t.text) and low not in _NOT_ORG_WORDS:
            if last_head >= 0 and _title_follows(toks, j):
                break  # "Bank of Korea | Senior Deputy Governor Park Min-seo"
            if low in P.ORG_HEADS:
                last_head = j
            j += 1
            continue
        if _plural_possessive(toks, i, j):
            j += 1  # "Citizens' Rights Centre": the apostrophe of a plural goes on
            continue
        if low in ("of", "for", "on", "and", "the", "&") and j > i and j + 1 < len(toks):
            nxt = toks[j + 1]
            if _capword(nxt.text) or (nxt.low == "the" and j + 2 < len(toks)):
                # "X Government and Y Government": split two organisations at "and"
                if low == "and" and last_head == j - 1:
                    break
                if low == "and" and nxt.low == "the" and not _linked(toks, i, j):
                    break  # "Staff and the Company" (not "Department of Agriculture and the Marine")
                j += 1
                continue
        break
    if last_head < 0:
        return i
    # the organisation runs to its last head, or on through "of ..." after it
    k = last_head + 1
    if k < j and toks[k].low in ("of", "for", "on"):
        while j > k and toks[j - 1].low in ("of", "for", "on", "and", "the", "&"):
            j -= 1
        return j if j > k else k
    return k


def _collective_of(toks: Sequence[Token], i: int) -> bool:
    """A collective noun before "of the" or "from the" ("Staff of the Bank", "Officials from
    the Ministry"): a group of people, not the start of an organisation's name (as "Heads
    of Government" is)."""
    return (
        toks[i].low in P.COLLECTIVE_NOUNS
        and i + 2 < len(toks)
        and toks[i + 1].low in ("of", "from")
        and toks[i + 2].low == "the"
    )


# The space the token join puts before a plural's apostrophe ("Citizens ' Rights").
_PLURAL_APOSTROPHE = re.compile(r"(?<=s) (?=['\u2019] )")


def _plural_possessive(toks: Sequence[Token], i: int, j: int) -> bool:
    """The apostrophe at ``j`` of a capitalised plural inside a name ("Citizens' Rights")."""
    return (
        toks[j].text in ("'", "\u2019")
        and j > i
        and toks[j - 1].text.endswith("s")
        and j + 1 < len(toks)
        and toks[j].start == toks[j - 1].end
        and _capword(toks[j + 1].text)
    )


def _linked(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether "of", "for" or "on" stands between ``i`` and ``j``."""
    return any(toks[k].low in ("of", "for", "on") for k in range(i, j))


def _title_follows(toks: Sequence[Token], j: int) -> bool:
    """Whether a title and a name start at ``j``, right after a whole organisation name.

    "Bank of Korea Senior Deputy Governor Park Min-seo" -> True at "Senior";
    "Shanghai Municipal Government" -> False at "Municipal" (an organisation head
    comes first); "Office of the Governor" -> False ("the" stands before it).
    """
    if j == 0 or not _capword(toks[j - 1].text) or toks[j - 1].low in ("of", "and", "for", "the"):
        return False
    q = j
    while q < len(toks) and q < j + 5 and _capword(toks[q].text):
        if toks[q].low in P.ORG_HEADS:
            return False
        if _is_head(toks, q):
            while q + 1 < len(toks) and _is_head(toks, q + 1):
                q += 1
            nxt = q + 1
            return nxt < len(toks) and (
                is_name_token(toks[nxt])
                or (toks[nxt].low in P.SURNAME_ORG_HEADS and toks[nxt].text[:1].isupper())
            )
        if toks[q].low not in P.TITLE_MODIFIERS:
            return False
        q += 1
    return False


# ---------------------------------------------------------------------------
# titles


def title_start(toks: Sequence[Token], head: int, floor: int = 0) -> int:
    """First token of the title phrase whose head is at ``head`` (walking back)."""
    k = head
    while k - 1 >= floor:
        t = toks[k - 1]
        low = t.low
        if (
            low in _LINK_WORDS
            and k - 2 >= floor
            and _portfolio_link(toks, k - 1)
            and toks[k - 2].text[:1].isupper()
        ):
            k -= 1
            continue
        if low in P.TITLE_PREFIX_STOP or low in ("the", "a", "an", "of", "and", "by", "with", ",", ";", ":"):
            break
        if (
            low in P.TITLE_MODIFIERS
            or low in P.TITLE_HEADS
            or ("/" in low and _is_head(toks, k - 1))  # ("Prime Minister/Foreign Minister X")
            or (_capword(t.text) and low not in P.NOT_NAMES and low not in P.HONORIFICS)
        ):
            k -= 1
            continue
        break
    return k


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


def _portfolio_comma(toks: Sequence[Token], q: int) -> bool:
    """A comma inside a list of portfolios: "for Lands, Public Works, Housing and ..."."""
    return (
        toks[q].text == ","
        and q + 1 < len(toks)
        and toks[q + 1].low in P.PORTFOLIO_WORDS
        and toks[q + 1].text[:1].isupper()
        and toks[q - 1].text[:1].isupper()
    )


def _title_ahead(toks: Sequence[Token], k: int) -> bool:
    """Whether a title head comes within four capitalised words from ``k``: "and | Vice
    Foreign Minister Sun Hong"."""
    q = k
    while q < len(toks) and q < k + 4 and toks[q].text[:1].isupper():
        if _is_head(toks, q):
            return True
        q += 1
    return False


_LINK_WORDS = frozenset({",", "and", "&"})  # what joins two portfolio words (_portfolio_link)


def _portfolio_link(toks: Sequence[Token], k: int) -> bool:
    """A comma or "and" between portfolio words: "Trade, Industry and Energy Minister"."""
    return (
        0 < k < len(toks) - 1
        and toks[k].low in _LINK_WORDS
        and toks[k - 1].low in P.PORTFOLIO_WORDS
        and toks[k + 1].low in P.PORTFOLIO_WORDS
        and toks[k + 1].text[:1].isupper()
    )


@dataclass(slots=True)
class Mention:
    start: int  # span of the name in the document
    end: int
    name: str
    kind: Kind
    role: str | None
    role_span: tuple[int, int] | None  # the title's span, if any
    tok_start: int  # token indices of the whole mention (title included)
    tok_end: int
    how: str  # "title", "apposition", "honorific", "bare", "org"
    nicknames: tuple[str, ...] = ()  # Joko "Jokowi" Widodo
    gender: str | None = None  # from the honorific before the name
    honorifics: frozenset[str] = frozenset()  # the honorifics before the name ("dr")


_PORTFOLIO_ORG_HEADS = P.ORG_HEADS - P.SURNAME_ORG_HEADS  # ("Park", "Hall" are surnames too)


def _portfolio_name(m: Mention) -> bool:
    """A "person" whose name ends in a portfolio or an organisation's head word is the rest
    of a title's portfolio: "Minister of Public Administration, Provincial Councils and ...",
    "Minister of Fisheries, Aquatic and Ocean Resources" (short words such as "Power" or
    "Land" may be surnames and are kept)."""
    if m.kind != "person" or m.how not in ("title", "bare"):
        return False
    last = m.name.split()[-1].lower()
    heads = _PORTFOLIO_ORG_HEADS
    if last in heads or (last.endswith("s") and last[:-1] in heads):
        return True
    return last in P.PORTFOLIO_WORDS and (last.endswith("s") or len(last) > 7)


def _street_name(toks: Sequence[Token], m: Mention) -> bool:
    """A bare "person" after "of", "on" or "from" whose name ends in a street's word is
    where someone lives: "Tomas Ilves of Ridge Lane asked", "a resident of East 12th Street
    spoke" (no one is called "Lane" or "Street")."""
    k = m.tok_start - 1
    if k > 0 and toks[k].text[:1].isdigit():
        k -= 1  # ("of 14 Alder Lane")
        if k > 0 and toks[k].text.lower() in P.COMPASS_WORDS:
            k -= 1  # ("of West 141st Street": the words before the number are the street's)
    return (
        m.how == "bare"
        and k >= 0
        and toks[k].text in ("of", "on", "from")
        and m.name.split()[-1].lower() in P.STREET_WORDS
    )


def _unit_number(toks: Sequence[Token], m: Mention) -> bool:
    """ "Unit 402", "Suite 12B" after an owner's name: a dwelling's number, no organisation."""
    return (
        m.kind == "organization"
        and m.tok_end == m.tok_start + 1
        and m.name.lower() in P.DWELLING_WORDS
        and m.tok_end < len(toks)
        and toks[m.tok_end].text[:1].isdigit()
    )


def _body_name(m: Mention) -> bool:
    """A bare "person" whose name ends in the noun of a meeting is that meeting: "the
    Ministerial Meeting", "The Meeting agreed" (no one is called "Meeting")."""
    return m.kind == "person" and m.how == "bare" and m.name.split()[-1].lower() in P.STRONG_BODY_NOUNS


def find_mentions(toks: Sequence[Token], text: str, known: Registry) -> list[Mention]:
    """Mentions of people (with titles) in one sentence's tokens."""
    out = [
        m
        for m in _find_mentions(toks, text, known)
        if not (_portfolio_name(m) or _body_name(m) or _street_name(toks, m) or _unit_number(toks, m))
    ]
    if len(out) > 1:
        _share_surname(toks, out, known)
    if not out or not _may_quote(text, toks[0].start, toks[-1].end):
        return out  # (no quote opens a nickname: most sentences)
    for m in out:
        m.nicknames = m.nicknames + tuple(
            toks[k + 1].text
            for k in range(m.tok_start, min(m.tok_end, len(toks)) - 2)
            if toks[k].text in _QUOTE_OPEN
            and toks[k + 2].text in _QUOTE_CLOSE
            and toks[k].start >= m.start
            and toks[k + 2].end <= m.end
        )
    return out


def _share_surname(toks: Sequence[Token], out: list[Mention], known: Registry) -> None:
    """ "Martin and Ellen Kowalczyk": a lone given name joined by "and" to a two-word name
    shares its surname (unless the lone word is a name already known, as in "Baptiste and
    Ellen Reid")."""
    for a, b in itertools.pairwise(out):
        if (
            a.how == "bare"
            and b.how == "bare"
            and a.kind == b.kind == "person"
            and a.tok_end + 1 == b.tok_start
            and toks[a.tok_end].text == "and"
            and " " not in a.name
            and len(parts := b.name.split()) == 2
            and not is_initial(toks[b.tok_start])
            and known.lookup_tokens([a.name]) is None
        ):
            a.name = f"{a.name} {parts[1]}"


def _may_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a character that opens a token of _QUOTE_OPEN."""
    span = text[start:end]
    return '"' in span or "'" in span or "`" in span or "\u201c" in span or "\u2018" in span


# The lowercase words that may open a mention: honorifics ("his excellency"), title words,
# "he" (a surname). Any other word opens one only if capitalised (_find_mentions).
_MENTION_OPENERS = (
    P.HONORIFICS
    | P.TITLE_MODIFIERS
    | P.TITLE_HEADS
    | P.GIVEN_NAME_ABBREVIATIONS
    | {first for first, _ in P.TWO_WORD_HONORIFICS}
    | {"head", "he"}
)
# Honorifics that open a mention only capitalised ("His Excellency", "The Hon."): in lower
# case such a word opens nothing unless it is also a title word, a head or a given name
_CAPITALISED_ONLY = ("his", "her", "the")
_LOWER_OPENERS = _MENTION_OPENERS - (
    frozenset(_CAPITALISED_ONLY) - P.TITLE_MODIFIERS - _HEAD_WORDS - P.GIVEN_NAME_ABBREVIATIONS
)


def _may_open(text: str) -> bool:
    """Whether a token with this text may open a mention (_find_mentions)."""
    low = text.lower()
    return (
        text[:1].isupper() or low in _LOWER_OPENERS or (low[-1:] == "." and low.rstrip(".") in P.HONORIFICS)
    )


_OPENS = _ByText(_may_open).__getitem__
_TEXT = operator.attrgetter("text")


def _find_mentions(toks: Sequence[Token], text: str, known: Registry) -> list[Mention]:
    """The mentions of a sentence, left to right: each opening token read by ``_mention_at``."""
    out: list[Mention] = []
    i = 0
    # The tokens that may open a mention, in order (none of the tests below can pass on
    # the others: most words of a sentence): a word not ending in "." is an honorific only
    # if it is among the openers; a word in lower case opens a mention only if it is among
    # the openers in lower case. Each is read unless a mention before it took it.
    opening = list(itertools.compress(range(len(toks)), map(_OPENS, map(_TEXT, toks))))
    for k in opening:
        if k >= i:
            i = _mention_at(toks, text, k, known, out)
    return out


def _mention_at(toks: Sequence[Token], text: str, i: int, known: Registry, out: list[Mention]) -> int:
    """Which mention opens at token ``i`` (added to ``out``); returns the token to read on from."""
    n = len(toks)
    t = toks[i]
    low = t.low
    if _post_nominal_acronym(toks, i):
        return i + 2  # "Ewa Lis, prof. UWR, presented": the post, not a person
    if is_honorific(toks, i) and (low not in _CAPITALISED_ONLY or t.text[:1].isupper()):
        m = _honorific_mention(toks, text, i)
        if m is not None:
            out.append(m)
            return m.tok_end
    cap = _capword(t.text)
    if i + 1 < n and (low in P.TITLE_MODIFIERS or cap) and low not in P.HONORIFICS:
        ahead = _head_after_modifiers(toks, i, low)
        if ahead > i:
            return ahead
    hl = _is_head(toks, i)
    if hl:
        got = _titled_mention(toks, text, i, hl, known, out[-1].tok_end if out else 0)
        if got is not None:
            out.append(got)
            if low in P.PLURAL_TITLE_HEADS:
                return _plural_title(toks, text, got, got.tok_end, out)
            return got.tok_end
    m = _he_surname(toks, text, i)
    if m is not None:
        out.append(m)
        return m.tok_end
    oe = org_end(toks, i) if cap and not hl else i
    if oe > i:
        m = _person_not_org(toks, text, i, oe, known)
        if m is None:
            m = _org_mention(toks, i, oe)
        out.append(m)
        return m.tok_end
    if is_name_token(t):
        return _bare_name(toks, text, i, known, out)
    return i + 1


def _post_nominal_acronym(toks: Sequence[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a post written after a name and a comma, with a university's
    acronym: ", prof. UWR," (P.POST_NOMINAL_HONORIFICS; no name follows the acronym)."""
    if toks[i].text not in P.POST_NOMINAL_HONORIFICS or i == 0 or toks[i - 1].text != ",":
        return False
    acronym = toks[i + 1].text if i + 1 < len(toks) else ""
    return (
        2 <= len(acronym) <= 6
        and acronym.isalpha()
        and acronym.isupper()
        and not (i + 2 < len(toks) and is_name_token(toks[i + 2]))
    )


def _honorific_mention(toks: Sequence[Token], text: str, i: int) -> Mention | None:
    """Whether honorifics at ``i`` precede a name ("Ms. Wu", "Cllr van Rooyen"): its mention, or None."""
    j = skip_honorifics(toks, i)
    e = name_run(toks, j)
    if e <= j:
        return None
    m = Mention(
        toks[j].start,
        toks[e - 1].end,
        name_text(toks, j, e),
        "person",
        None,
        None,
        i,
        e,
        "honorific",
        gender=honorific_gender(toks, i, j),
        honorifics=honorific_words(toks, i, j),
    )
    _apposition(toks, text, m)
    return m


def _head_after_modifiers(toks: Sequence[Token], i: int, low: str) -> int:
    """Whether modifiers from ``i`` lead to a title's head ("Deputy Prime Minister"): its index, or -1."""
    n = len(toks)
    ahead = i + 1
    words = 1
    while ahead < n and words < 4 and not _is_head(toks, ahead):
        if toks[ahead].low in _LINK_WORDS and _portfolio_link(toks, ahead):
            ahead += 1
            continue
        if not (toks[ahead].low in P.TITLE_MODIFIERS or _capword(toks[ahead].text)):
            break
        ahead += 1
        words += 1
    if (
        ahead < n
        and _is_head(toks, ahead)
        and (low in P.TITLE_MODIFIERS or ahead == i + 1 or toks[ahead].text[:1].isupper())
    ):
        return ahead
    return -1


def _titled_mention(
    toks: Sequence[Token], text: str, i: int, hl: int, known: Registry, floor: int
) -> Mention | None:
    """Whether the title head at ``i`` names its holder ("Vice Mayor Wu Qing"): the mention, or None."""
    got = _title_then_name(toks, text, i, hl, known, floor)
    if got is None:
        return None
    e = got.tok_end
    n = len(toks)
    if (
        got.kind == "person"
        and e + 1 < n
        and toks[e].text == ","
        and toks[e + 1].text[:1].islower()
        and _is_head(toks, e + 1)
    ):
        _apposition(toks, text, got)  # "Senator Karim Haddad, chair of the X Committee,"
    return got


def _he_surname(toks: Sequence[Token], text: str, i: int) -> Mention | None:
    """Whether "He"/"he" at ``i`` is a surname before a given name ("he Angang", "He Zhongwei")."""
    if not (
        toks[i].low == "he"
        and i + 1 < len(toks)
        and is_name_token(toks[i + 1])
        and toks[i + 1].low not in P.TITLE_HEADS
    ):
        return None
    e = name_run(toks, i + 1)
    m = Mention(toks[i].start, toks[e - 1].end, name_text(toks, i, e), "person", None, None, i, e, "bare")
    if _apposition(toks, text, m):
        m.how = "apposition"
    return m


def _person_not_org(toks: Sequence[Token], text: str, i: int, oe: int, known: Registry) -> Mention | None:
    """Whether the organisation words from ``i`` to ``oe`` name a person ("Park said"): the mention."""
    t = toks[i]
    if oe == i + 1 and t.low in P.SURNAME_ORG_HEADS and known.lookup_tokens([t.text]) is not None:
        # "Park said": a person already known, not an organisation
        return Mention(t.start, t.end, t.text, "person", None, None, i, i + 1, "bare")
    if oe == i + 2 and toks[i + 1].low in P.SURNAME_ORG_HEADS and is_name_token(t):
        # "Susan Park, President of the Farm Bureau,": a person with a title in apposition
        m = Mention(
            t.start, toks[i + 1].end, name_text(toks, i, i + 2), "person", None, None, i, i + 2, "bare"
        )
        if _apposition(toks, text, m) or known.lookup_tokens([t.text, toks[i + 1].text]) is not None:
            m.how = "apposition" if m.role else "bare"
            return m
    if oe > i + 2:
        return _known_person_of(toks, i, oe, known)  # "Elin Brandt of the Financial Stability Department"
    return None


def _org_mention(toks: Sequence[Token], i: int, oe: int) -> Mention:
    """The organisation from ``i`` to ``oe``, without its article, with an acronym defined after it."""
    n = len(toks)
    j0 = i
    while j0 < oe and toks[j0].low == "the":
        j0 += 1
    m = Mention(
        toks[j0].start,
        toks[oe - 1].end,
        _PLURAL_APOSTROPHE.sub("", " ".join(x.text for x in toks[j0:oe])),
        "organization",
        None,
        None,
        i,
        oe,
        "org",
    )
    if oe + 2 < n and toks[oe].text == "(" and toks[oe + 2].text == ")" and _ACRONYM.match(toks[oe + 1].text):
        # "the International Organization for Migration (IOM)": later "IOM says"
        m.nicknames = (toks[oe + 1].text,)
        m.tok_end = oe + 3
    return m


def _bare_name(toks: Sequence[Token], text: str, i: int, known: Registry, out: list[Mention]) -> int:
    """Whether the name word at ``i`` opens a bare name (added to ``out``); returns where to read on."""
    prev = toks[i - 1].text if i > 0 else ""
    if prev in ("in", "In"):
        return max(name_run(toks, i), i + 1)  # "In Nice, the Secretary-General said": a place
    if prev in ("the", "a", "an"):
        return i + 1  # "the Framework, the Cabinet Secretary for ...": a thing, not a person
    e = name_run(toks, i)
    if e == i + 1 and _given_and_initial(toks, i, known):
        e += 1  # "Dave E. moved": Dave Ellis, told from Dave Kruger by his surname's initial
    if e <= i:
        return i + 1
    m = Mention(toks[i].start, toks[e - 1].end, name_text(toks, i, e), "person", None, None, i, e, "bare")
    if _apposition(toks, text, m):
        m.how = "apposition"
    out.append(m)
    return max(m.tok_end, i + 1)


def _given_and_initial(toks: Sequence[Token], i: int, known: Registry) -> bool:
    """A given name and the initial of a surname ("Dave E."), of someone known in full
    ("Dave Ellis"): one name, though a name does not otherwise end with an initial."""
    if i + 1 >= len(toks) or not _INITIAL.match(toks[i + 1].text):
        return False
    ent = known.lookup_tokens([toks[i].text, toks[i + 1].text])
    return (
        ent is not None
        and ent.kind == "person"
        and len(ent.parts) >= 2
        and _norm(ent.parts[0]) == _norm(toks[i].text)
        and ent.parts[-1][:1] == toks[i + 1].text[:1]
    )


def _known_person_of(toks: Sequence[Token], i: int, oe: int, known: Registry) -> Mention | None:
    """A known person's name opening what reads as an organisation's: "Elin Brandt of the
    Financial Stability Department" (Elin Brandt named before) is Elin Brandt, of it."""
    if (
        oe <= i + 2
        or not is_name_token(toks[i])
        or not any(t.low in ("of", "from") for t in toks[i + 2 : oe])
    ):
        return None
    e = name_run(toks, i)
    if not (i + 2 <= e < oe and toks[e].low in ("of", "from")):
        return None
    ent = known.lookup_tokens([x.text for x in toks[i:e]])
    if ent is None or ent.kind != "person":
        return None
    return Mention(toks[i].start, toks[e - 1].end, name_text(toks, i, e), "person", None, None, i, e, "bare")


def _past_short_parenthesis(toks: Sequence[Token], j: int) -> int:
    """After "(Ghana)" (at most four words in parentheses) at ``j``, or ``j``."""
    if j < len(toks) and toks[j].text == "(":
        for k in range(j + 1, min(j + 6, len(toks))):
            if toks[k].text == ")":
                return k + 1
    return j


# A possessive for the body just named that may open an apposition: "X, its President, said".
_BODY_POSSESSIVES = ("its", "their")


def _apposition(toks: Sequence[Token], text: str, m: Mention) -> bool:
    """ "Name, Title," : attach the title that follows a name between commas (a short
    parenthesis may come first: "KWAME ASANTE-DARKO (Ghana), First Vice-President of the
    Council, said")."""
    j = _past_short_parenthesis(toks, m.tok_end)
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    k = j + 1
    if k + 2 < len(toks) and toks[k].low == "speaking" and toks[k + 1].low == "as":
        k += 2  # "Cllr Hughes, speaking as Chair, thanked ..."
    # the apposition must begin with a title within its first four words
    look = k
    while look < len(toks) and look < k + 5 and toks[look].text not in (",", ";", ":", "."):
        if _is_head(toks, look) or (
            toks[look].low.split("-")[0] in ("vice", "deputy") and look + 1 < len(toks)
        ):
            break
        look += 1
    else:
        return False
    if look >= len(toks) or toks[look].text in (",", ";", ":", ".") or look >= k + 5:
        return False
    for q in range(k, look):  # only title words before the head: "Vice", "Deputy", "Provincial Party"
        w = toks[q]
        if not (
            w.low in P.TITLE_MODIFIERS
            or w.low in ("the", "and", "of")
            or (q == k and w.low in _BODY_POSSESSIVES)
            or _capword(w.text)
            or _possessor(toks, k, q)
        ):
            return False
    if toks[k].low in ("a", "an", "and", "or"):
        return False
    if toks[k].low in _BODY_POSSESSIVES:
        k += 1  # "X (Lusitra), its President for the month, said": the body's title
    # "Dimaculangan, Public Works Secretary Vicente B. Lacson,": another titled person
    h0 = look + _is_head(toks, look)
    h = _after_portfolio(toks, h0)  # ("Minister of Finance Nguyen Van Hung": a full name after it)
    if h < len(toks) and is_name_token(toks[h]) and toks[h].low not in P.TITLE_MODIFIERS:
        e2 = name_run(toks, h)
        if h > h0 and e2 - h < 2:
            pass  # ("Chairman of the County CPPCC,": the body's name ends the portfolio)
        elif e2 >= len(toks) or toks[e2].text in (",", ";", ".", ")", "and") or toks[e2].text[:1].islower():
            # (or the subject of the sentence: "At Government House, Prime Minister X chaired")
            return False
    e = k
    while (
        e < len(toks)
        and (toks[e].text not in (",", ";", ":", ".", "(", ")") or _portfolio_comma(toks, e))
        and (toks[e].low not in ("who", "which") or toks[e].text.isupper())  # (not "WHO Representative")
    ):
        e += 1  # (a list of portfolios goes on: "Chairman of the State Education, Women and ...")
    if e == k:
        return False
    if (e >= len(toks) or toks[e].text != ",") and _runs_on(toks, k, e):
        return False  # "Any Other Business, the Minister of Sports informed Cabinet of ...:"
    e = _office_after_title(toks, e)
    role = text[toks[k].start : toks[e - 1].end]
    m.role = role
    m.role_span = (toks[k].start, toks[e - 1].end)
    m.tok_end = e + 1 if e < len(toks) and toks[e].text == "," else e
    return True


def _possessor(toks: Sequence[Token], k: int, q: int) -> bool:
    """Whether ``toks[q]`` is a one-word possessor after "the", or its "'s", in an
    apposition: "Dana Whitby, the school's director," (``k``: where the apposition opens)."""
    if toks[k].low != "the" or q not in (k + 1, k + 2) or k + 2 >= len(toks):
        return False
    return toks[k + 1].text.isalpha() and toks[k + 2].low in ("'s", "\u2019s")


def _office_after_title(toks: Sequence[Token], e: int) -> int:
    """Where an apposition ends when the office follows its title: "Marcus Feeney, Chief
    Executive, Association of Community Transport Operators, gave evidence" (the office is
    part of the title), and the bodies it is part of; ``e`` (at the comma after the title)
    when none does."""
    while (
        e + 1 < len(toks) and toks[e].text == "," and _capword(toks[e + 1].text) and toks[e + 1].low != "the"
    ):
        oe = org_end(toks, e + 1)  # (and the body it is part of: "Centre for X, University of Y")
        if oe > e + 1 and oe + 1 < len(toks) and toks[oe].low in ("and", "&"):
            q = oe + 1  # "Centre for Transport and Place"
            while q < len(toks) and _capword(toks[q].text):
                q += 1
            oe = q if q > oe + 1 and q < len(toks) and toks[q].text == "," else oe
        if oe <= e + 1 or (oe < len(toks) and toks[oe].text != ","):
            break
        e = oe
    return e


def _after_portfolio(toks: Sequence[Token], h: int) -> int:
    """Where the words after a title's head end when they are its portfolio: "of Finance",
    "for Trade and Industry" (``h`` itself when none follows)."""
    if h >= len(toks) or toks[h].low not in ("of", "for"):
        return h
    q = h + 1
    while q < len(toks) and (
        toks[q].low in ("the", "and", "&", "of")
        or (toks[q].text[:1].isupper() and (toks[q].low in P.PORTFOLIO_WORDS or toks[q].low in P.ORG_HEADS))
    ):
        q += 1
    while q > h + 1 and toks[q - 1].low in ("the", "and", "&", "of"):
        q -= 1  # ("for Humanitarian Affairs and Deputy ...": another title follows "and")
    # (only a portfolio: "mayor of Dalian, stressed" names a place, not the next person)
    return q if q > h + 1 else h


def _runs_on(toks: Sequence[Token], k: int, e: int) -> bool:
    """An apposition not closed by a comma that holds a lowercase word no title has (a
    verb: "the Minister of Sports informed Cabinet"): the sentence, not a title."""
    return any(
        t.text[:1].islower()
        and t.low not in _ROLE_LINKS
        and t.low not in P.TITLE_MODIFIERS
        and not _is_head(toks, q)
        and not (t.low in P.TERM_NOUNS or (q + 1 < e and toks[q + 1].low in P.TERM_NOUNS))
        for q, t in enumerate(toks[k:e], start=k)
    )


def _plural_title(toks: Sequence[Token], text: str, first: Mention, i: int, out: list[Mention]) -> int:
    """ "Vice Mayors Fang Li and Deng Xiaowen": the title in the singular for each name.

    ``first`` is the mention of the first name; the names after it, joined by commas
    and "and", are added to ``out``. Returns the token index after the last name.
    """
    head = next(k for k in range(first.tok_start, first.tok_end) if toks[k].low in P.PLURAL_TITLE_HEADS)
    singular = P.PLURAL_TITLE_HEADS[toks[head].low]
    if first.role_span is not None:
        a, b = first.role_span
        first.role = (text[a : toks[head].start] + singular + text[toks[head].end : b]).strip(" ,")
    n = len(toks)
    while i < n:
        q = i
        if toks[q].text == ",":
            q += 1
        if q < n and toks[q].low in ("and", "&"):
            q += 1
        if q == i or q >= n:
            break
        j = skip_honorifics(toks, q)
        e = name_run(toks, j)
        if e <= j:
            break
        m = Mention(
            toks[j].start,
            toks[e - 1].end,
            name_text(toks, j, e),
            "person",
            first.role,
            first.role_span,
            j,
            e,
            "title",
        )
        _apposition(toks, text, m)  # "..., and Guo Tingting, Secretary-General of X,": a title of their own
        out.append(m)
        i = m.tok_end
    return i


def _after_according_to(toks: Sequence[Token], start: int) -> bool:
    """The title opens the phrase "According to the Minister," (its name, if any, comes
    before a closing comma: "According to the Minister, Mr. Adjei told Cabinet ..." is a
    new subject, not the Minister's name)."""
    k = start - 1 if start > 0 and toks[start - 1].low == "the" else start
    return k >= 2 and toks[k - 1].low == "to" and toks[k - 2].low == "according"


def _honorific_name_at(toks: Sequence[Token], i: int) -> bool:
    """An honorific and a name start at token i ("Mr. Kamrul Hasan")."""
    j = skip_honorifics(toks, i)
    return j > i and name_run(toks, j) > j


def _in_org(toks: Sequence[Token], q: int) -> bool:
    """A title word inside an organisation's name: "Executive" in "the spokesman for the
    Executive Council, Mr X" (an organisation head follows it)."""
    h = q + _is_head(toks, q)
    return h < len(toks) and toks[h].low in P.ORG_HEADS and toks[h].text[:1].isupper()


def _possessive_in_name(toks: Sequence[Token], q: int) -> bool:
    """The "'s" of a capitalised word inside an office's name, glued to it: "President of
    the Municipal People's Court Kong Wei" (also written "People’s", two tokens)."""
    t, prev = toks[q], toks[q - 1]
    if t.start != prev.end:
        return False
    if t.low == "'s" or (t.low in ("'", "’") and q + 1 < len(toks) and toks[q + 1].low == "s"):
        return _capword(prev.text)
    return t.low == "s" and prev.low in ("'", "’") and _capword(toks[q - 2].text)


def _title_then_name(
    toks: Sequence[Token], text: str, head: int, hl: int, known: Registry, floor: int = 0
) -> Mention | None:
    """ "Vice Mayor Wu Qing", "Secretary of X Committee Zhang Chunxian", "the Head of State"."""
    start = title_start(toks, head, floor)
    title_end = _title_end(toks, head + hl, known)
    j = skip_honorifics(toks, _apposed_name_start(toks, start, title_end))
    e = _holder_end(toks, j)
    if title_end <= start or e <= j:
        return None
    role = _without_style(text[toks[start].start : toks[title_end - 1].end].strip(" ,"))
    role = _portfolio_after_name(toks, text, role, e)
    return Mention(
        toks[j].start,
        toks[e - 1].end,
        name_text(toks, j, e),
        "person",
        role,
        (toks[start].start, toks[title_end - 1].end),
        start,
        e,
        "title",
    )


def _title_end(toks: Sequence[Token], k: int, known: Registry) -> int:
    """Where the title whose head ends at ``k`` ends: past its suffix, portfolio, office and joined titles."""
    n = len(toks)
    while k < n and toks[k].low in P.TITLE_SUFFIXES and toks[k].text[:1].isupper():
        k += 1  # "Mayor Pro Tem"
    while True:
        past = _past_title_complement(toks, k)
        if past > k:
            k = past
            continue
        if k + 2 < n and toks[k].low == "in" and toks[k + 1].low == "charge" and toks[k + 2].low == "of":
            k += 2  # "Minister in charge of Regional Revitalization Sayaka Tomioka": as "of"
        if not (k < n and toks[k].low in ("of", "for", "to") and k + 1 < n):
            return k
        q = _office_run_end(toks, k)
        if q < n and (
            (toks[q].low not in P.HONORIFIC_GIVEN_NAMES and _honorific_name_at(toks, q))
            or glued_initial(toks[q].text) is not None
        ):
            return q  # "Minister of Electricity and Renewable Energy Eng. Mahmoud Soliman"
        # split the run into organisation and name
        split = _split_org_name(toks, k + 1, q, known)
        if split is not None and not _office_not_name(toks, split, q):
            return split
        k = q  # no name in the run: a joined title or ", Honorific Name" may follow
        if q < n and _is_head(toks, q) and toks[q].text[:1].isupper():
            k = q + _is_head(toks, q)  # a rank after the office: "Chief of Army Staff General X"


def _past_title_complement(toks: Sequence[Token], k: int) -> int:
    """Whether a portfolio, an office or a joined title follows a title at ``k``: where it ends, or ``k``."""
    n = len(toks)
    # "The Joint Secretary (Development), Ms. X,": a portfolio in parentheses
    if (
        k + 3 < n
        and toks[k].text == "("
        and toks[k + 2].text == ")"
        and toks[k + 3].text == ","
        and _capword(toks[k + 1].text)
        and toks[k + 1].low not in P.HONORIFICS
        and _honorific_name_at(toks, k + 4)
    ):
        return k + 3
    # "The Senior Secretary, Ministry of X, Mr. Y,": the office in apposition to the title
    if k + 1 < n and toks[k].text == "," and _capword(toks[k + 1].text):
        oe = org_end(toks, k + 1)
        if oe > k + 1 and oe < n and toks[oe].text == "," and _honorific_name_at(toks, oe + 1):
            return oe
    # "X and Y Minister Name", "Minister of X, Head of Y Name": titles joined
    if k < n and toks[k].low in ("and", ",", "&", "-", "\u2013", "\u2014"):
        q = k + 1
        while (
            q < n
            and q < k + 5
            and not _is_head(toks, q)
            and (toks[q].low in P.TITLE_MODIFIERS or _capword(toks[q].text))
            and toks[q].low not in P.HONORIFICS
        ):
            q += 1
        if q < n and _is_head(toks, q) and q < k + 5:
            return q + _is_head(toks, q)
    return k


def _office_run_end(toks: Sequence[Token], k: int) -> int:
    """Where the office after "of"/"for"/"to" at ``k`` ends (with any name in it), link words left off."""
    n = len(toks)
    q = k + 1
    while q < n and _in_office_run(toks, k, q):
        q += 1
    while q > k + 1 and toks[q - 1].low in ("of", "the", "and", "for", "&", "on"):
        q -= 1
    return q


def _in_office_run(toks: Sequence[Token], k: int, q: int) -> bool:
    """Whether the word at ``q`` goes on the office opened by "of" at ``k`` (not a title head)."""
    return (
        (
            (
                _capword(toks[q].text)
                or toks[q].low in ("of", "the", "and", "for", "&", "on")
                or is_initial(toks[q])
                or (toks[q].low in P.COUNTRY_NOUNS and toks[q - 1].low == "the")
            )
            and toks[q].low not in P.HONORIFICS
            and not (q > k + 1 and _is_head(toks, q) and toks[q].text[:1].isupper() and not _in_org(toks, q))
            and not (toks[q].low == "and" and _title_ahead(toks, q + 1))
            and glued_initial(toks[q].text) is None
        )
        or _portfolio_comma(toks, q)
        or (q > k + 1 and _post_then_name(toks, q))
        or (q > k + 1 and _possessive_in_name(toks, q))
        or (q > k + 1 and toks[q].low in P.PLACE_SUFFIXES and _capword(toks[q - 1].text))
    )


def _apposed_name_start(toks: Sequence[Token], start: int, j: int) -> int:
    """Whether the title ending at ``j`` has its holder in commas after it: where the name opens, or ``j``."""
    n = len(toks)
    if not (j < n and toks[j].text == "," and j + 1 < n):
        return j
    # "the Special Envoy for Yemen, Henrik Solberg-Madsen, briefed": the name in apposition
    # ("The Premier, the Hon. X,": an honorific with its article)
    the_hon = toks[j + 1].low == "the" and j + 2 < n and is_honorific(toks, j + 2)
    j2 = skip_honorifics(toks, j + 2 if the_hon else j + 1)
    e2 = name_run(toks, j2)
    closes = e2 == n or (
        e2 < n
        and (
            toks[e2].text in (",", ";", ".", "(", ")", ":")
            or (toks[e2].text[:1].islower() and not _after_according_to(toks, start))
            or (the_hon and toks[e2].text in P.POST_NOMINALS)  # ("the Hon. X MP,")
        )
    )
    if e2 > j2 and closes and (e2 - j2 >= 2 or j2 > j + 1):
        return j + 2 if the_hon else j + 1
    return j


def _holder_end(toks: Sequence[Token], j: int) -> int:
    """Where the title holder's name from ``j`` ends; ``j`` if none ("the Secretary Irrigation")."""
    n = len(toks)
    e = name_run(toks, j)
    if e == j + 1 and toks[j].low in P.PORTFOLIO_WORDS:
        return j  # "the Secretary Irrigation": a portfolio, not a name
    if e <= j and j + 1 < n and toks[j].low in P.SURNAME_ORG_HEADS and toks[j].text[:1].isupper():
        e2 = name_run(toks, j + 1)  # "Governor Park Min-seo"
        if e2 > j + 1:
            e = e2
        elif not (j + 1 < n and toks[j + 1].text[:1].isupper()):
            e = j + 1  # "CHAIR PARK:"
    return e


def _office_not_name(toks: Sequence[Token], split: int, q: int) -> bool:
    """Whether the words from ``split`` to ``q`` end the office, not a name: after an adjective
    ("the Founder of National Accord, President ..."), one word after "and", or before the name
    in apposition ("the Minister of Education and Training, Hon. X,")."""
    if toks[split - 1].low in P.PORTFOLIO_ADJECTIVES:
        return True
    if q - split == 1 and toks[split - 1].low in ("and", "&"):
        return True  # "the Ministry of Education and Training, Jo Bell,": a conjunct, not a name
    return q + 1 < len(toks) and toks[q].text == "," and _honorific_name_at(toks, q + 1)


def _portfolio_after_name(toks: Sequence[Token], text: str, role: str, e: int) -> str:
    """The portfolio after the name joins a title that has none: "Minister Ramos of Works and
    Transport" is the Minister of Works and Transport (not the Minister of Health Ramos)."""
    if " of " in role or " for " in role:
        return role
    q = _after_portfolio(toks, e)
    return role if q == e else f"{role} {text[toks[e].start : toks[q - 1].end]}"


def _without_style(role: str) -> str:
    """A title with a rank word after its comma, right before the name, is the title: "the
    Secretary-General of the Forum, Ambassador X" (the rank is a style, GOLD.md convention 13)."""
    head, comma, last = role.rpartition(",")
    if comma and head.strip() and last.strip().lower() in P.TITLE_HEADS and " of " in head.lower():
        return head.strip(" ,")
    return role


_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on"})
# the lowercase words a title in apposition may hold ("Vice Mayor in charge of industry")
_ROLE_LINKS = _CONNECTORS | {"to", "in", "charge", "-"}


def _post_then_name(toks: Sequence[Token], q: int) -> bool:
    """ "First Secretary of the Embassy of X in Lisgard Timur Abenov": "in" and the city of
    a post abroad, then a name of two or three words (capitalised words to the run's end)."""
    if toks[q].low != "in" or toks[q - 1].text == ",":
        return False
    e = q + 1
    while e < len(toks) and _capword(toks[e].text) and toks[e].low not in P.HONORIFICS:
        e += 1
    return 3 <= e - (q + 1) <= 4 and all(is_name_token(t) for t in toks[q + 1 : e])


def _portfolio_word(low: str) -> bool:
    """A word of a portfolio, listed ("Finance", "Regional") or by its ending, which no
    name has: "Revitalization", "Decentralisation", "Procurement", "Infrastructure"."""
    return low in P.PORTFOLIO_WORDS or (len(low) >= 9 and low.endswith(P.PORTFOLIO_ENDINGS))


def _split_org_name(toks: Sequence[Token], a: int, b: int, known: Registry) -> int | None:
    """In the run [a, b) after "of"/"for", return where a person's name starts (or None).

    "Mongolia L. Oyun-Erdene"          -> at the first initial
    "Hunan Provincial CPC Committee Zhang Chunxian" -> after the last organisation head
    "Industry and Commerce Lin Xiaodong", "Economic Affairs Airlangga Hartarto"
                                        -> after the portfolio words
    "Zhang" (a known person)            -> a known name
    "Texas John Smith"                  -> the last two words, when nothing else decides
    """
    if b <= a:
        return None
    for s in range(a, b):
        if is_initial(toks[s]) and (s == a or not is_initial(toks[s - 1])):
            return s if s > a else None
    last_head = -1
    for s in range(a, b):
        if toks[s].low in P.ORG_HEADS:
            last_head = s
    s = last_head + 1 if last_head >= 0 else a
    # (a list of portfolios: "Planning, Development and Special Initiatives Ahsan Raza Malik")
    while s < b and (toks[s].low in _CONNECTORS or _portfolio_word(toks[s].low) or toks[s].text == ","):
        s += 1
    if s - 1 >= 0 and toks[s - 1].low == "of" and b - s >= 3:
        # "the Republic of Uzbekistan | Rustam Yuldashev", "Foreign Affairs of Peru | Ana Lucía
        # Quispe Rojas": the place belongs to the title ("Kostanay Region" too)
        s += 1
        while s < b - 2 and toks[s].low in P.PLACE_SUFFIXES:
            s += 1
    if s - 2 >= a and toks[s - 1].low == "of" and toks[s - 2].low in P.STATE_FORMS and b - s < 3:
        return None  # "the representative of the Republic of Korea": a State, no name
    if a < s < b and toks[s - 1].low != "the" and all(is_name_token(t) for t in toks[s:b]):
        return s  # (a name never follows "the": "Secretary to the Sanggunian, Mr. X")
    if last_head >= 0 and s >= b:
        return None
    for s in range(a, b):
        if (
            toks[s - 1].low != "the"
            and (ent := known.lookup_tokens([t.text for t in toks[s:b]])) is not None
            and all(is_name_token(t) for t in toks[s:b])
        ):
            namesake = s == b - 1 and s - 2 >= a and toks[s - 2].low not in _CONNECTORS
            return s - 1 if namesake and _namesake_given(toks[s - 1], ent) else s
    if b - a >= 3 and all(is_name_token(t) for t in toks[b - 2 : b]) and toks[b - 3].low not in _CONNECTORS:
        return b - 2
    return None


def _namesake_given(t: Token, known: Entity) -> bool:
    """ "... of the Kazyrtan MFA Aigerim Sultanbek" when an Arman Sultanbek is known: the
    capitalised word before the known surname is another given name, so the name is the
    two words (a namesake), not the surname alone. (Not a place after "of": the caller
    asks only when no connector precedes the word; nor against a known initial.)"""
    parts = known.name.split()
    return (
        known.kind == "person"
        and len(parts) >= 2
        and len(parts[0].rstrip(".")) > 2
        and is_name_token(t)
        and not t.text.isupper()
        and t.low not in P.ORG_HEADS
        and t.low not in P.PORTFOLIO_WORDS
        and t.low not in P.PLACE_SUFFIXES
        and not _compatible_given(_fold(t.text), _fold(parts[0]))
    )


# ---------------------------------------------------------------------------
# the registry


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


# What may follow a role as written: an affiliation after a comma (lower-cased text).
_AFFILIATION_TAIL = re.compile(r"(?:,(?:\s+[a-z][\w&'-]*)+)?")


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


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


@dataclass(slots=True)
class Entity:
    id: int
    name: str
    kind: Kind
    role: str | None
    order: int  # position of first mention
    parts: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    anonymous: bool = False
    gender: str | None = None  # from an honorific: "m" ("Mr."), "f" ("Ms.")
    honorifics: frozenset[str] = field(default=frozenset(), compare=False)  # as written ("dr")
    # the gender of a bare "Ms. Reyes" that was taken, among namesakes, as this one
    guessed: str | None = field(default=None, compare=False)
    # The registry's list of entities whose role changed since it last indexed titles
    # (see Registry.by_title); set by the registry, None for an entity on its own.
    retitled: list[int] | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, name: str, value: object) -> None:
        if name == "role":
            pending = getattr(self, "retitled", None)  # unset while __init__ runs
            if pending is not None:
                pending.append(self.id)
        object.__setattr__(self, name, value)

    def matches(self, parts: Sequence[str]) -> bool:
        """Whether a (partial) name refers to this entity."""
        q = [_norm(p) for p in parts]
        mine = [_norm(p) for p in self.parts]
        while len(mine) > 2 and mine[-1] in P.NAME_SUFFIXES:  # "Dizon" is "Ariel T. Dizon Jr."
            mine.pop()
        if not q or not mine:
            return False
        if " ".join(q) in self.aliases:
            return True
        if len(q) == 1:
            w = q[0]
            return w == mine[0] or w == mine[-1]
        if len(q) < len(mine) and (mine[-len(q) :] == q or mine[: len(q)] == q):
            # "Otieno Kariuki" in "Peter Otieno Kariuki", "Kamarul Ariffin" in "... bin Osman"
            return True
        if self.kind == "person" and len(q) > len(mine) >= 2 and q[-len(mine) :] == mine:
            return True  # "Luis Alberto Quesada Brenes" after a headline's "President Quesada Brenes"
        if len(mine) == 1 and self.kind == "person":
            # "Commissioner Turner" first, "Bob Turner" later: the same person, now in full
            return q[-1] == mine[0] or q[0] == mine[0]
        if self.kind != "person":
            return False  # ("Municipal Meteorological Bureau" is not "Municipal Water Resources Bureau")
        # same surname (last or first part) with compatible given names
        if (q[-1] == mine[-1] or _one_edit(q[-1], mine[-1])) and (
            q[0] == mine[0] or _compatible_given(q[0], mine[0])
        ):
            return q[-1] == mine[-1] or q[0] == mine[0]
        if q[0] == mine[0] and len(q) == len(mine) == 2:  # Chinese order: surname first
            return _compatible_given(q[1], mine[1]) or _one_edit(q[1], mine[1])
        return False


Prefer = Callable[[int], int]  # rank of an entity id among candidates: lower is preferred


def _gender_fit(known: str | None, wanted: str | None, guessed: str | None = None) -> int:
    """How well a person's gender fits the one an honorific tells: the same (0), not
    known (1), another (3). "Bro. Doyle" is Bro. Kieran Doyle before Fiona Doyle. Not
    known but guessed otherwise before fits a little worse (2): "Mr. Reyes" after
    "Ms. Reyes" (taken as one of two Reyes) is the other one."""
    if wanted is None or known == wanted:
        return 0
    if known is None:
        return 2 if guessed is not None and guessed != wanted else 1
    return 3


def _given_name_gender(kind: Kind, parts: Sequence[str]) -> str | None:
    """The gender a person's given name suggests ("Nora Pell": f), as a guess only."""
    if kind != "person" or len(parts) < 2:
        return None
    return P.GIVEN_NAME_GENDER.get(_norm(parts[0]))


def _no_preference(eid: int) -> int:
    return 0


def _spells_out_initials(had: Sequence[str], new: Sequence[str]) -> bool:
    """``new`` is ``had`` with one or more initials written out: "K. Haddad" -> "Karim Haddad"."""
    if len(had) != len(new) or had == new:
        return False
    for a, b in zip(had, new, strict=True):
        initial = len(a.rstrip(".")) == 1 and a[:1].isupper()
        if a == b or (initial and len(b) > 2 and b[:1] == a[:1] and b[1:].islower()):
            continue
        return False
    return True


def _one_word_more(role: str, head: str) -> bool:
    """Whether ``role`` is ``head`` with one more word inside it, not before it: a qualifier
    of its organisation ("president of the ecoscs commission" for "president of the
    commission"; not "vice president of the commission")."""
    r, h = role.split(), head.split()
    if len(r) != len(h) + 1 or len(h) < 3 or r[0] != h[0]:
        return False
    return any(r[:k] + r[k + 1 :] == h for k in range(1, len(r)))


class Registry:
    """People and organisations of one document, each under its fullest name.

    Lookups go through an index of name parts, so resolving a reference costs the
    number of entities sharing a part with it, not the number of entities.
    """

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, int] = {}
        self._by_part: dict[str, set[int]] = {}
        self._by_initials: dict[str, set[int]] = {}  # "KP" -> Kondwani Phiri
        # Titles, for by_title: each entity's role as indexed, and the entities under
        # each word of it ("vice mayor" -> "vice", "mayor") and under its acronym
        # ("chief executive officer" -> "ceo"). Entities whose role changed since are
        # in _retitled (Entity.__setattr__ adds them) and are indexed again on lookup.
        self._titled: dict[int, str] = {}
        self._by_role_word: dict[str, set[int]] = {}
        self._by_role_initials: dict[str, set[int]] = {}
        self._retitled: list[int] = []
        self.last_how = ""  # the name sieve by which the last add() found a known entity

    def sharing(self, part: str) -> set[int]:
        """The entities that have ``part`` as a part of their name."""
        return self._by_part.get(_norm(part), set())

    def _candidates(self, parts: Sequence[str]) -> set[int]:
        ids: set[int] = set()
        for part in {_norm(parts[0]), _norm(parts[-1])}:
            ids |= self._by_part.get(part, set())
        return ids

    def opening(self, text: str) -> Entity | None:
        """The first person, by registry order, whose full name (two words or more) opens
        ``text``: "Anna Berg voted against it." (looked up by its first word)."""
        first = text.split(None, 1)[0] if text else ""
        for i in sorted(self._by_part.get(_norm(first), ())):
            ent = self.entities[i]
            after = text[len(ent.name) : len(ent.name) + 1]
            if ent.kind == "person" and " " in ent.name and text.startswith(ent.name) and after in (" ", ","):
                return ent
        return None

    def lookup_tokens(
        self,
        parts: Sequence[str],
        prefer: Prefer = _no_preference,
        role: str | None = None,
        gender: str | None = None,
    ) -> Entity | None:
        """The entity a (partial) name refers to (see :meth:`resolve`)."""
        return self.resolve(parts, prefer, role, gender)[0]

    def resolve(
        self,
        parts: Sequence[str],
        prefer: Prefer = _no_preference,
        role: str | None = None,
        gender: str | None = None,
        honorifics: frozenset[str] = frozenset(),
    ) -> tuple[Entity | None, str]:
        """The entity a (partial) name refers to, and the name sieve that found it:

        ``exact``     the full name or an alias, as registered ("Wu Qing", "IOM")
        ``parts``     a surname, a first name, the name without a middle part, a typo of
                      one letter ("Mr. Wu", "Darja", "Phil Howze" for "Philip C. Howze"),
                      a surname second in a longer name ("Mr Lim": Daniel Lim Wei Ming);
                      among several, one of the ``gender`` an honorific tells ("Mr. Moore"
                      is not Ms. Alicia Moore; "Bro. Doyle" is Bro. Kieran Doyle before
                      a Fiona Doyle of no known gender), then one whose title fits ``role``
                      ("Minister Kim" is the minister, not Chairman Kim), then the
                      preferred one, then the one registered last
        ``initials``  "KP" for Kondwani Phiri, when only one person has them
        ``short-name`` "Seb" for Sébastien Doeraene (:meth:`by_short_name`)
        ``role``      a role as written, "Harbour Master" for "Capt. R. Lindqvist –
                      Harbour Master" (:meth:`holder_of`)
        """
        if not parts:
            return None, ""
        key = _norm(" ".join(parts))
        if key in self._by_key:
            return self.entities[self._by_key[key]], "exact"
        parts = name_parts(parts)
        cands = [
            self.entities[i]
            for i in self._candidates(parts)
            if not self.entities[i].anonymous and self.entities[i].matches(parts)
        ]
        if not cands and len(parts) == 1:
            cands = self._second_part(parts[0])  # "Mr Lim": Daniel Lim Wei Ming
        if not cands:
            ent = self.by_initials(parts)
            if ent is not None:
                return ent, "initials"
            ent = self.by_short_name(parts)
            if ent is not None:
                return ent, "short-name"
            ent = self.holder_of(" ".join(parts)) if len(parts) >= 2 else None
            return ent, "role" if ent is not None else ""  # "Harbour Master": the one listed as it
        best = min(
            cands,
            key=lambda e: (
                _gender_fit(e.gender, gender, e.guessed),
                _honorific_fit(e.honorifics, honorifics),
                _role_fit(e.role, role),
                prefer(e.id),
                -e.id,
            ),
        )
        return best, "parts"

    def add(
        self,
        name: str,
        kind: Kind,
        role: str | None,
        order: int,
        prefer: Prefer = _no_preference,
        anonymous: bool = False,
        gender: str | None = None,
        honorifics: frozenset[str] = frozenset(),
    ) -> Entity:
        parts = name_parts(name.split())
        self.last_how = ""
        if not anonymous:
            found, how = self.resolve(parts, prefer, role, gender, honorifics)
            if found is not None and found.kind == kind:
                self.last_how = how
                if found.gender is None and (
                    how == "exact" or len(parts) > 1 or _role_fit(found.role, role) < 2
                ):
                    # (not from a bare "Mr. Zhao": which Zhao is a guess; but "Ms. Patel, Chair,"
                    # is the one Patel listed as Chair)
                    found.gender = gender
                elif found.gender is None and found.guessed is None:
                    found.guessed = gender
                self._take_fuller(found, name)
                if found.role is None and role:
                    found.role = role
                if how == "exact":
                    found.honorifics |= honorifics
                if _norm(name) == _norm(found.name):
                    self._by_key[_norm(name)] = found.id
                return found
        ent = Entity(len(self.entities), name, kind, role, order, parts, {_norm(name)}, anonymous, gender)
        ent.honorifics = honorifics
        ent.guessed = _given_name_gender(kind, parts)
        ent.retitled = self._retitled
        self._retitled.append(ent.id)
        self.entities.append(ent)
        self._by_key[_norm(name)] = ent.id
        self._index(ent)
        return ent

    def _index(self, ent: Entity) -> None:
        if ent.anonymous:
            return
        for part in ent.parts:
            self._by_part.setdefault(_norm(part), set()).add(ent.id)
        letters = [p[0] for p in ent.parts if p[:1].isalpha()]
        if ent.kind == "person" and len(letters) >= 2:
            for key in {letters[0] + letters[-1], "".join(letters)}:
                self._by_initials.setdefault(key.upper(), set()).add(ent.id)

    def by_initials(self, parts: Sequence[str]) -> Entity | None:
        """The one person whose initials a capitalised two- or three-letter reference is:
        "KP noted" after "Mr. Kondwani Phiri" in the attendance list."""
        w = parts[0] if len(parts) == 1 else ""
        if not (2 <= len(w) <= 3 and w.isalpha() and w.isupper()):
            return None
        ids = self._by_initials.get(w, set())
        return self.entities[next(iter(ids))] if len(ids) == 1 else None

    def _second_part(self, word: str) -> list[Entity]:
        """The people whose second name part is ``word``, in names of three parts or more:
        a surname after a Western given name, before Chinese given names ("Lim" in Daniel
        Lim Wei Ming, "Tan" in Grace Tan Hui Min)."""
        w = _norm(word)
        return [
            self.entities[i]
            for i in self._by_part.get(w, ())
            if self.entities[i].kind == "person"
            and len(self.entities[i].parts) >= 3
            and _norm(self.entities[i].parts[1]) == w
        ]

    def by_short_name(self, parts: Sequence[str]) -> Entity | None:
        """The one person whose given name a short form opens, accents aside: "Seb" for
        Sébastien Doeraene, "Chris" for Christopher Kipp (at least three letters, and
        only when one person fits)."""
        w = _fold(parts[0]) if len(parts) == 1 else ""
        if len(w) < 3 or not parts[0][:1].isupper():
            return None
        fits = [
            e
            for e in self.entities
            if e.kind == "person"
            and not e.anonymous
            and len(e.parts) >= 2
            and _fold(e.parts[0]).startswith(w)
        ]
        return fits[0] if len(fits) == 1 else None

    def learn_fuller(self, ent: Entity, name: str) -> None:
        """A bare mention that resolved to ``ent`` and gives more of the name ("Michael
        Hourigan" for the "Hourigan" of a roll call): the person takes the fuller name."""
        if ent.kind == "person":
            self._take_fuller(ent, name)

    def _take_fuller(self, ent: Entity, name: str) -> None:
        """Each entity goes under the fullest name the document gives it (more parts, or
        the given name for an initial: "Karim Haddad" for the "K. Haddad" of a roll)."""
        if ent.anonymous:
            return
        parts = name.split()
        if len(parts) > len(ent.parts) or _spells_out_initials(ent.parts, parts):
            self._rename(ent, name)

    def _rename(self, ent: Entity, name: str) -> None:
        ent.aliases.add(_norm(ent.name))
        ent.name = name
        ent.parts = name.split()
        ent.aliases.add(_norm(name))
        self._index(ent)

    def alias(self, ent: Entity, alias: str) -> None:
        ent.aliases.add(_norm(alias))
        self._by_key[_norm(alias)] = ent.id
        self._by_part.setdefault(_norm(alias), set()).add(ent.id)

    def by_title(self, title: str, prefer: Prefer = _no_preference) -> Entity | None:
        """The person whose title fits ``title`` ("the Vice Mayor", "the mayor").

        An exact title beats a longer one that contains it: "the mayor" is the Mayor,
        not the Vice Mayor, unless no one else has "mayor" in their title.
        """
        t = _norm(" ".join(title.split()))
        heads = (t, *P.TITLE_ALIASES.get(t, ()))
        # an acronym ("The CEO") fits the title it abbreviates ("Chief Executive Officer")
        acronym = title.isalpha() and title.isupper() and 2 <= len(title) <= 5
        scored: list[tuple[int, Entity]] = []
        for eid in self._titled_candidates(heads, t if acronym else None):
            e = self.entities[eid]
            role = self._titled[eid]
            if role in heads or (acronym and _initials(role) == t):
                scored.append((0, e))
            elif any(_one_word_more(role, h) for h in heads):
                scored.append((4, e))  # "the President of the Commission": "... of the ECOSCS Commission"
            elif all(_governed(role, h) for h in heads if _contains_words(role, h)):
                continue  # "Spokesperson for the Secretary-General" is not the Secretary-General
            elif any(_contains_words(role, h) and not _qualified(role, h) for h in heads):
                # "Chairperson of the Nomination Committee" is a chair, not "the Chairman"
                # when someone is "Chairman & Managing Director"
                scored.append((2 if " of " not in t and _has_portfolio(role, heads) else 1, e))
            elif any(_contains_words(role, h) for h in heads):
                scored.append((3, e))
        if not scored:
            return None
        return min(scored, key=lambda se: (se[0], prefer(se[1].id), -se[1].id))[1]

    def holder_of(self, text: str) -> Entity | None:
        """The one person whose role of two words or more ``text`` is, as written, an
        affiliation after a comma allowed ("Chief Engineer/Roads, Works Department" for
        "Chief Engineer/Roads")."""
        self._index_titles()
        low = _norm(" ".join(text.split()))
        first = _ROLE_WORD.search(low)  # (a role that opens the text has its first word)
        cands = self._by_role_word.get(first.group(), set()) if first is not None else set()
        fits = [
            eid
            for eid in cands
            if " " in (role := self._titled[eid])
            and low.startswith(role)
            and _AFFILIATION_TAIL.fullmatch(low, len(role))
        ]
        return self.entities[fits[0]] if len(fits) == 1 else None

    def _titled_candidates(self, heads: Sequence[str], acronym: str | None) -> set[int]:
        """Entities whose role may fit one of ``heads``: a role that contains a head as
        whole words holds the head's first word as one of its words (words are runs of
        ``[\\w-]``, as in :func:`_contains_words`); a head that opens with another
        character is looked for in every role."""
        self._index_titles()
        ids: set[int] = set()
        for h in heads:
            first = _ROLE_WORD.match(h)
            if first is None:
                return set(self._titled)
            ids |= self._by_role_word.get(first.group(), set())
        if acronym is not None:
            ids |= self._by_role_initials.get(acronym, set())
        return ids

    def _index_titles(self) -> None:
        """Index the roles of the entities added or retitled since the last lookup."""
        for eid in dict.fromkeys(self._retitled):
            old = self._titled.pop(eid, None)
            if old is not None:
                for w in _ROLE_WORD.findall(old):
                    self._by_role_word[w].discard(eid)
                self._by_role_initials[_initials(old)].discard(eid)
            role = self.entities[eid].role
            if role:
                new = _norm(" ".join(role.split()))
                self._titled[eid] = new
                for w in _ROLE_WORD.findall(new):
                    self._by_role_word.setdefault(w, set()).add(eid)
                self._by_role_initials.setdefault(_initials(new), set()).add(eid)
        self._retitled.clear()


# A word of a role, as _contains_words sees words: "vice-chair" in "the vice-chair, ...".
_ROLE_WORD = re.compile(r"[\w-]+")
_ROLE_FILLER = frozenset({"of", "the", "and", "for", "&", ","})


def _role_words(role: str) -> set[str]:
    return {w for w in re.split(r"[\s,-]+", _norm(role)) if w and w not in _ROLE_FILLER}


def _role_fit(known: str | None, wanted: str | None) -> int:
    """0 if the titles are the same, 1 if they share a word, 2 if either is unknown or
    only one has a rank ("Deputy"), 3 if they differ: "Executive Director" is Lim Wei Han,
    not the Group Managing Director."""
    if not known or not wanted:
        return 2
    a, b = _role_words(known), _role_words(wanted)
    if a == b:
        return 0
    if not a & b:
        return 3
    # "Minister Hartanto" is the Minister of Trade before the Deputy Minister of Trade
    return 2 if (a ^ b) & P.TITLE_RANKS else 1


def _initials(role: str) -> str:
    return "".join(w[0] for w in re.findall(r"[a-z]+", role) if w not in _ROLE_FILLER)


_QUALIFIERS = (
    "vice",
    "deputy",
    "assistant",
    "associate",
    "acting",
    "executive",
    "under",
    "co",
    "prime",
    "majority",
    "minority",
)  # ("prime": "the Minister" is not the Prime Minister; "the Leader" is not the Majority Leader)


def _qualified(role: str, head: str) -> bool:
    """Whether ``head`` stands in ``role`` only with a qualifier: "vice mayor" for "mayor"."""
    m = _qualified_rx(head).search(role)
    return m is not None and m.group(1) in _QUALIFIERS


def _has_portfolio(role: str, heads: Sequence[str]) -> bool:
    """Whether each head ``role`` holds has a portfolio after it: "chairperson of the
    nomination and remuneration committee"."""
    found = [m for h in heads for m in _words_rx(h).finditer(role)]
    return bool(found) and all(role.startswith(" of ", m.end()) for m in found)


def _governed(role: str, head: str) -> bool:
    """Whether ``head`` stands in ``role`` only as the object of "for", "of" or "to":
    "spokesperson for the secretary-general", "special envoy of the president"."""
    m = _words_rx(head).search(role)
    return m is not None and _GOVERNED_BEFORE.search(role, 0, m.start()) is not None


_GOVERNED_BEFORE = re.compile(r"\b(?:for|of|to)\s+(?:the\s+)?$")


def _contains_words(hay: str, needle: str) -> bool:
    return _words_rx(needle).search(hay) is not None


@lru_cache(maxsize=4096)
def _qualified_rx(head: str) -> re.Pattern[str]:
    # (roles are short: "\S+" and "[\s-]+" overlap on "-" but cannot run away)
    return re.compile(rf"(?:^|[\s,])(\S+)[\s-]+{re.escape(head)}(?![\w-])")


@lru_cache(maxsize=4096)
def _words_rx(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(needle)}(?![\w-])")

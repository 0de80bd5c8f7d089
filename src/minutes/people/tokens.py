"""Word tokens with their spans: the first step of reading people in a sentence.

:class:`Token`; nltk's word tokenizer (``_WordTokenizer``: nltk's passes, minus those
that cannot match) and the one-pass lexer that gives the same tokens on most sentences
(``_lexemes``); :func:`tokenize` (tokens with spans into the document, a sentence-internal
period split off, "O’Neill" joined) and :func:`word_spans`; :func:`glued_initial`
("B.Enkhjargal"). Every other module of ``minutes.people`` reads these tokens;
tests/test_speed.py checks the lexer against nltk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from minutes.rules import people as P
from minutes.rules.abbreviations import ABBREVIATIONS


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
        return _joined(out, text)
    for piece, a, b in _lexemes(text):
        a += offset
        b += offset
        if piece[-1] == "." and _period_off(piece):
            out.append(Token(piece[:-1], a, b - 1))
            out.append(Token(".", b - 1, b))
        else:
            out.append(Token(piece, a, b))
    return _joined(out, text)


def _joined(toks: list[Token], text: str) -> list[Token]:
    """The tokens with a name's curly apostrophe and click letter joined back on."""
    if "\u2019" in text:
        toks = _join_elisions(toks)
    return _join_clicks(toks) if "!" in text else toks


def _join_clicks(toks: list[Token]) -> list[Token]:
    """ "!Hoëb", "!Naruseb" as one token: a Khoekhoe click written "!" opens a Namibian
    name (P.NAME_CLICKS); nltk splits it off. Only a "!" glued to the capital after it and
    not to the word before it ("Great!" stays apart)."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            t.text in P.NAME_CLICKS
            and nxt is not None
            and t.end == nxt.start
            and nxt.text[:1].isupper()
            and (not out or out[-1].end < t.start)
        ):
            out.append(Token(t.text + nxt.text, t.start, nxt.end))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


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


_ELIDED = re.compile(r"^(?:[A-Z]|Da|De|Di|La)$")  # before an apostrophe in a name: O', D', Da', L'


# A patronymic initial glued to the name: "B.Enkhjargal", "Ts.Batbold" (a name of its own)
_GLUED_INITIAL = re.compile(r"^([A-Z][a-z]?)\.([A-Z][a-z]{2,})$")


def glued_initial(text: str) -> re.Match[str] | None:
    """ "B.Enkhjargal" (initial, name), not an abbreviation before a word ("St.John", "Dr.Lee")."""
    m = _GLUED_INITIAL.match(text) if "." in text else None
    if m is None or (len(m.group(1)) == 2 and m.group(1).lower() in ABBREVIATIONS):
        return None
    return m

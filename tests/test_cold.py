"""The cheaper-to-compile patterns match exactly like the plain ones they replace."""

from __future__ import annotations

import re
import string
import sys

import pytest

from minutes.rules import _CASE_FOLDS, by_first_letter


def test_case_folds_are_every_code_point_an_ascii_letter_matches() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for c in string.ascii_lowercase:
        found = re.findall(c, every, re.IGNORECASE)
        assert sorted(found) == sorted(c + c.upper() + _CASE_FOLDS.get(c, ""))


_ALTS = [
    r"said\s+that",
    r"stressed",
    r"said",
    r"Stated",
    r"made\s+(?:\S+\s+){0,4}?speech",
    r"made",
    r"kept",
    r"insisted",
    r"is",
    r"a",
    r"k\-9",
]
_TEXTS = [
    "He said that it would rain.",
    "She stressed, STRESSED, \u017ftressed and \u017fAID.",
    "\u212aept going; \u0130nsisted; \u0131s; made a long speech; made it.",
    "mr. a k-9 unit; \u212a-9",
    "nothing here",
    "Made the opening speech and said",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_by_first_letter_matches_like_the_plain_alternation(text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(_ALTS) + r")\b", re.IGNORECASE)
    grouped = re.compile(r"\b(?:" + by_first_letter(_ALTS) + r")\b", re.IGNORECASE)
    want = [(m.start(), m.end()) for m in plain.finditer(text)]
    assert [(m.start(), m.end()) for m in grouped.finditer(text)] == want


@pytest.mark.parametrize("text", [*_TEXTS, "vice-chair", "the Chair-elect", "mrs. x", "\u0130MAM"])
def test_any_of_finds_a_match_where_the_plain_alternation_does(text: str) -> None:
    from minutes.attribution.cues import any_of as _any_of

    for words in (["chair", "mr", "mrs", "vice", "secretary"], ["chair", "\u0130mam", "imam"]):
        parts = [(words, r"(?![\w-])"), (_ALTS, r"\b")]
        plain = "|".join(rx + suffix for alts, suffix in parts for rx in alts)
        want = re.compile(r"\b(?:" + plain + ")", re.IGNORECASE)
        grouped = re.compile(r"\b(?:" + _any_of(parts) + ")", re.IGNORECASE)
        assert bool(grouped.search(text)) == bool(want.search(text))

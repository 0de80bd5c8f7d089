"""Stage: Chinese text -> sentences with spans.

A sentence ends at "。！？" (or ASCII "!?"), with the closing quotes and brackets after it;
"；" (or ";") also ends one when a list marker follows ("……答卷;二是聚焦……"), so that each
item is its own sentence. Every line is a paragraph; spaces and U+3000 indents at a
sentence's edges are left out of its span.

    >>> [s.text for s in segment("会议指出,一是要加强领导;二是要落实责任。他说“好。”\\n散会")]
    ['会议指出,一是要加强领导;', '二是要落实责任。', '他说“好。”', '散会']
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from minutes.model import Sentence

ENDS = "。！？!?"
CLOSERS = "”’」』）)》】\"'"
SEMICOLONS = "；;"
BLANKS = " \t\u3000\u00a0\r"


@lru_cache(maxsize=1)
def _marker_start() -> re.Pattern[str]:
    from minutes.rules.zh import markers as M

    nums = "".join(M.NUMERALS)
    suffixes = "".join(s for s, _ in M.NUMERAL_SUFFIXES)
    words = "|".join(w for w, *_ in M.ORDINAL_WORDS)
    numbered = "|".join(rx.replace("?P<n>", "?:") for _, rx, _ in M.NUMBERED)
    return re.compile(rf"[{BLANKS}]*(?:[{nums}]{{1,3}}[{suffixes}]|第[{nums}]{{1,3}}|{words}|{numbered})")


def segment(text: str) -> list[Sentence]:
    """Split Chinese ``text`` into sentences with spans and paragraph numbers."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        cuts = _cuts(text, start, end)
        added = False
        for a, b in pairwise(cuts):
            while a < b and text[a] in BLANKS:
                a += 1
            while b > a and text[b - 1] in BLANKS:
                b -= 1
            if a < b:
                out.append(Sentence(a, b, text[a:b], para))
                added = True
        if added:
            para += 1
    return out


def _cuts(text: str, start: int, end: int) -> list[int]:
    cuts = [start]
    k = start
    marker = _marker_start()
    while k < end:
        ch = text[k]
        if ch in ENDS or (ch in SEMICOLONS and marker.match(text, k + 1, end)):
            k += 1
            while k < end and (text[k] in CLOSERS or text[k] in ENDS):
                k += 1
            cuts.append(k)
            continue
        k += 1
    if cuts[-1] != end:
        cuts.append(end)
    return cuts


def split_sentences(text: str) -> list[str]:
    """The sentences of Chinese ``text`` as strings."""
    return [s.text for s in segment(text)]

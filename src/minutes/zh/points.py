"""Stage: Chinese sentences -> enumerated points (markers -> series -> points).

1. Markers (``rules/zh/markers.py``): 一是/二要/一则/一来 (the numeral with its fused
   character), 第一/第二 and 首先/其次/再次/然后/最后 (one family: they mix), 一、, （一）,
   （1）, 1. / 1、 and ①. A marker stands at the start of a sentence or after punctuation;
   第N needs punctuation or a hedge after it (第一次, 第一书记, 第一个 are no markers).
2. Series: per family, 1 then 2, 3 ...; 其次/再次/然后 continue an open series and 最后
   takes the next ordinal and closes it. A series needs two items and does not run
   across a change of speaker.
3. Points: the text runs from the marker to the next marker, the next speaker or the end
   of the paragraph; the priority is the content's first sentence (up to the next marker)
   without the punctuation after the marker and at most one leading hedge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from minutes.model import Point, Sentence
from minutes.rules.zh import hedges as H
from minutes.rules.zh import markers as M

ORD = "ord"


@dataclass(slots=True)
class Marker:
    family: str
    value: int | None  # None: "the next one" (其次, 最后)
    closer: bool
    start: int
    end: int
    sentence: int


@dataclass(slots=True)
class Series:
    family: str
    items: list[tuple[Marker, int]] = field(default_factory=list)


@dataclass(slots=True)
class _Patterns:
    shi: re.Pattern[str]
    ordinal: re.Pattern[str]
    words: re.Pattern[str]
    numbered: list[tuple[str, re.Pattern[str]]]
    hedges: tuple[str, ...]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    nums = "".join(M.NUMERALS)
    suffixes = "".join(s for s, _ in M.NUMERAL_SUFFIXES)
    hedges = tuple(h for h, _, _ in H.HEDGES)
    follow = re.escape(M.ORDINAL_FOLLOWERS)
    hedge_alt = "|".join(map(re.escape, hedges))
    words = "|".join(w for w, *_ in M.ORDINAL_WORDS)
    return _Patterns(
        shi=re.compile(rf"(?P<n>[{nums}]{{1,3}})(?P<s>[{suffixes}])"),
        ordinal=re.compile(rf"第(?P<n>[{nums}]{{1,3}})(?=[{follow}]|(?:{hedge_alt}))"),
        words=re.compile(rf"(?:{words})(?=[{follow}]|(?:{hedge_alt}))"),
        numbered=[(fam, re.compile(rx)) for fam, rx, _ in M.NUMBERED],
        hedges=hedges,
    )


def numeral_value(s: str) -> int | None:
    """The value of a numeral: "三" -> 3, "十二" -> 12, "二十" -> 20, "7" -> 7, "③" -> 3."""
    if s.isdigit() and s.isascii():
        return int(s)
    if len(s) == 1 and s in M.CIRCLED:
        return M.CIRCLED.index(s) + 1
    v = [M.NUMERALS.get(c) for c in s]
    if any(x is None for x in v):
        return None
    if len(s) == 1:
        return v[0]
    if len(s) == 2 and s[0] == "十":
        return 10 + (v[1] or 0)
    if len(s) == 2 and s[1] == "十":
        return (v[0] or 0) * 10
    if len(s) == 3 and s[1] == "十":
        return (v[0] or 0) * 10 + (v[2] or 0)
    return None


def _at_boundary(text: str, k: int, lo: int) -> bool:
    return k == lo or text[k - 1] in M.BEFORE_MARKER


def find_markers(text: str, sentences: Sequence[Sentence]) -> list[Marker]:
    """All marker candidates, in document order."""
    p = _patterns()
    words = {w: (v, c) for w, v, c, _ in M.ORDINAL_WORDS}
    found: list[Marker] = []
    for si, s in enumerate(sentences):
        lo, end = s.start, s.end
        for k in range(lo, end):
            if not _at_boundary(text, k, lo):
                continue
            ch = text[k]
            m = p.shi.match(text, k, end)
            if m and ch in M.NUMERALS:
                v = numeral_value(m.group("n"))
                if v is not None:
                    found.append(Marker("shi" + m.group("s"), v, False, k, m.end(), si))
                    continue
            if ch == M.ORDINAL_PREFIX:
                m = p.ordinal.match(text, k, end)
                if m:
                    v = numeral_value(m.group("n"))
                    if v is not None:
                        found.append(Marker(ORD, v, False, k, m.end(), si))
                        continue
            m = p.words.match(text, k, end)
            if m:
                v2, closer = words[m.group(0)]
                found.append(Marker(ORD, v2, closer, k, m.end(), si))
                continue
            for fam, rx in p.numbered:
                m = rx.match(text, k, end)
                if m:
                    v = numeral_value(m.group("n"))
                    if v is not None and not _heading(text, s, sentences, si, k):
                        found.append(Marker(fam, v, False, k, m.end(), si))
                    break
    return found


HEADING_MAX = 40  # characters of a numbered line without end punctuation: a section heading


def _heading(text: str, s: Sentence, sentences: Sequence[Sentence], si: int, k: int) -> bool:
    """Whether the item is the document's section heading: "一、总体要求" on a line of its own,
    without end punctuation."""
    if k != s.start or s.text[-1:] in "。！？!?；;：:":
        return False
    alone = (si == 0 or sentences[si - 1].paragraph != s.paragraph) and (
        si + 1 == len(sentences) or sentences[si + 1].paragraph != s.paragraph
    )
    return alone and len(s.text) <= HEADING_MAX


def build_series(markers: Sequence[Marker], floor: Sequence[int]) -> list[Series]:
    """Chain markers into series; ``floor[i]`` is who holds the floor at sentence i."""
    open_: dict[str, Series] = {}
    done: list[Series] = []

    def close(fam: str) -> None:
        s = open_.pop(fam, None)
        if s is not None:
            done.append(s)

    for mk in markers:
        cur = open_.get(mk.family)
        if cur is not None and floor[cur.items[-1][0].sentence] != floor[mk.sentence]:
            close(mk.family)
            cur = None
        if mk.value is None:
            if cur is not None:
                cur.items.append((mk, cur.items[-1][1] + 1))
                if mk.closer:
                    close(mk.family)
            continue
        if cur is not None and mk.value == cur.items[-1][1] + 1:
            cur.items.append((mk, mk.value))
            continue
        if mk.value == 1:
            close(mk.family)
            open_[mk.family] = Series(mk.family, [(mk, 1)])
    for fam in list(open_):
        close(fam)
    kept = [s for s in done if len(s.items) >= 2]
    kept.sort(key=lambda s: s.items[0][0].start)
    return kept


_TRAIL = "，,、；;：: \u3000\t"
_END_PRIORITY = "。！？!?；;"


def priority(content: str) -> str:
    """The point's content without leading punctuation and at most one hedge, up to the end
    of its first sentence or item: "要深入开展调查研究;" -> "深入开展调查研究"."""
    p = _patterns()
    text = content.lstrip(M.AFTER_MARKER)
    for h in p.hedges:
        if text.startswith(h) and len(text) > len(h):
            if h == "要" and any(text.startswith(w) for w, _ in H.NOT_MODAL_YAO):
                break
            text = text[len(h) :].lstrip(M.AFTER_MARKER)
            break
    cut = min((i for i, ch in enumerate(text) if ch in _END_PRIORITY), default=len(text))
    return text[:cut].rstrip(_TRAIL + "。！？!?")


def make_points(
    series: Sequence[Series], sentences: Sequence[Sentence], text: str, floor: Sequence[int]
) -> list[tuple[int, Point]]:
    """Points with the sentence index of their marker, in document order."""
    items = sorted(((mk, o) for s in series for mk, o in s.items), key=lambda t: t[0].start)
    out: list[tuple[int, Point]] = []
    for n, (mk, ordinal) in enumerate(items):
        si = mk.sentence
        end = sentences[si].end
        j = si + 1
        while (
            j < len(sentences) and sentences[j].paragraph == sentences[si].paragraph and floor[j] == floor[si]
        ):
            end = sentences[j].end
            j += 1
        nxt = items[n + 1][0].start if n + 1 < len(items) else len(text)
        end = min(end, nxt)
        while end > mk.end and text[end - 1] in _TRAIL:
            end -= 1
        first = min(end, sentences[si].end)
        out.append(
            (
                si,
                Point(
                    ordinal=ordinal,
                    marker=text[mk.start : mk.end],
                    text=text[mk.start : end],
                    priority=priority(text[mk.end : first]),
                    start=mk.start,
                    end=end,
                ),
            )
        )
    return out

"""Stage: sentences -> the meeting's title and date (``rules.meeting``).

The title is taken from the strongest pattern found in the opening of the document
("X was held" beats "presided over X", which beats "held X", which beats a headline);
the date is the date phrase nearest to the title's verb, else the first one in the
opening lines. Later sentences are not searched: minutes mention other meetings' dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from minutes.model import Meeting, Sentence
from minutes.rules import by_first_letter, fold_case, holds_any
from minutes.rules import meeting as R

OPENING_CHARS = 600  # how far into the document the title and date are looked for


@dataclass(slots=True)
class _P:
    # (rank, pattern: see _title, cue, words: see rules.meeting.TITLE_WORDS)
    titles: list[tuple[int, str, re.Pattern[str] | None, tuple[str, ...] | None]]
    date: re.Pattern[str]
    noun: re.Pattern[str]  # a meeting noun or a body: what a matched title must contain
    event: re.Pattern[str]  # a meeting noun: what a headline used as the title must contain


def date_regex(grouped: bool = True) -> str:
    """The date pattern (IGNORECASE); ``grouped``: its word lists as
    ``rules.by_first_letter`` alternations (the same matches, found quicker: a branch for
    another first letter is skipped in one step), else plain ones (tests/test_speed.py)."""
    group = by_first_letter if grouped else "|".join
    months = group(sorted((re.escape(m) for m in R.MONTHS), key=len, reverse=True))
    days = group(R.WEEKDAYS)
    rel = group(sorted((re.escape(r) for r in R.RELATIVE_DAYS), key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    # a range: "16-17", "16 and 17", "8 to 11" (after a month name, "and"/"to" need the year)
    to_day = rf"(?:\s*[-\u2013]\s*|\s+(?:and|to)\s+){day}"
    return (
        rf"(?:(?:{days}),?\s+)?(?:(?:{months})\.?\s+{day}(?!\d)"
        rf"(?:\s*[-\u2013]\s*{day}(?!\d)(?:,?\s+\d{{4}})?|\s+(?:and|to)\s+{day},?\s+\d{{4}}|,?\s+\d{{4}})?"
        rf"|{day}(?:{to_day})?(?:\s+of)?\s+(?:{months})\.?(?:,?\s+\d{{4}})?)"
        rf"|\b(?:{days})\b(?:\s*\(\d{{1,2}}/\d{{1,2}}\))?"
        rf"|\b(?:{rel})\b"
        rf"|\bthe\s+\d{{1,2}}(?:st|nd|rd|th)\b(?!\s+[A-Za-z])"
        rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}([./-])\d{{1,2}}\1\d{{4}}\b"  # ("14.07.2025")
    )


@lru_cache(maxsize=1)
def _p() -> _P:
    nouns = "|".join(R.MEETING_NOUNS + R.BODY_TITLE_NOUNS)
    events = "|".join(R.MEETING_NOUNS)
    return _P(
        event=re.compile(rf"\b(?:{events})s?\b", re.IGNORECASE),
        titles=[
            (rank, rx, None if cue is None else re.compile(cue, re.IGNORECASE), words)
            for (rank, rx), cue, words in zip(R.TITLE_PATTERNS, R.TITLE_CUES, R.TITLE_WORDS, strict=True)
        ],
        date=re.compile(rf"(?<![\w/])(?:{date_regex()})", re.IGNORECASE),
        noun=re.compile(rf"\b(?:{nouns})s?\b", re.IGNORECASE),
    )


@lru_cache(maxsize=64)
def _title(rx: str) -> re.Pattern[str]:
    """A pattern of TITLE_PATTERNS, compiled on first use: most documents need only the
    few whose cue they contain."""
    return re.compile(rx, re.IGNORECASE)


def find_meeting(text: str, sentences: Sequence[Sentence]) -> Meeting:
    p = _p()
    opening = [s for s in sentences if s.start < OPENING_CHARS]
    if not opening and sentences:
        opening = list(sentences[:1])
    best: tuple[int, int, str, Sentence, int, int] | None = (
        None  # (rank, headline?, title, sentence, verb pos, end)
    )
    for idx, s in enumerate(opening):
        headline = int(
            idx == 0
            and len(sentences) > 1
            and sentences[1].paragraph != s.paragraph
            and not s.text.rstrip().endswith(".")
        )
        low = fold_case(s.text)
        for rank, rx, cue, words in p.titles:
            if best is not None and (rank, headline) >= (best[0], best[1]):
                continue  # (a title found here could not replace the one found)
            if words is not None and not holds_any(low, words):
                continue  # (the pattern cannot match: see rules.meeting.TITLE_WORDS)
            if cue is not None and not cue.search(s.text):
                continue  # (the pattern cannot match: see rules.meeting.TITLE_CUES)
            for m in _title(rx).finditer(s.text):
                if _FIRST_PERSON.search(s.text[max(0, m.start() - 20) : m.start("t")]):
                    continue  # "Yesterday I attended the meeting of X": another meeting
                t = _clean_title(m.group("t"))
                if not t or not p.noun.search(t) or _generic(t):
                    continue
                key = (rank, headline)
                if best is None or key < (best[0], best[1]):
                    best = (rank, headline, t, s, m.start("t"), m.end("t"))
                break
    title: str | None = None
    date: str | None = None
    if best is not None:
        title = best[2]
        s = best[3]
        dates = [
            (abs(m.start() - best[4]), m.group(0))
            for m in p.date.finditer(s.text)
            if not (title and m.group(0) in title) and _when(s.text, m) and not _relative_after(m, best[5])
        ]
        if dates:
            date = min(dates)[1]
    else:
        for s in opening[:3]:
            line = s.text.rstrip()
            if p.event.search(line) and len(line) < 150 and not line.endswith((".", "-", "\u2013", "\u2014")):
                # "Regular Meeting - Monday, June 10, 2024 - 6:00 PM": the name before the date;
                # "BOARD OF TRUSTEES - REGULAR MEETING MINUTES": the part that names a meeting
                parts = re.split(r"[,:;]\s|\s[-\u2013\u2014]\s", line)
                part = next((x for x in parts if p.event.search(x)), parts[0])
                title = _clean_title(_MINUTES_OF.sub("", part))
                if title and _generic(title) and not line.isupper():
                    title = None
                if title:
                    m2 = p.date.search(s.text)
                    date = m2.group(0) if m2 else None
                    break
    if date is None:
        date = _first_date(opening, p)
    if date is not None:
        date = " ".join(date.split()).strip(" ,")
        if date.endswith(".") and not _abbreviated_month(date.rstrip(".").split()[-1]):
            date = date[:-1]  # the sentence's period ("3 May."), not an abbreviation's ("Sept.")
    return Meeting(title=title, date=date)


def _first_date(opening: Sequence[Sentence], p: _P) -> str | None:
    """The first date of the opening lines, a publication stamp's last ("2025-09-17 X
    Municipal Government", "Updated: 2026-09-17 10:02 Source: ..."): the meeting's own
    date is told in the text ("On the morning of September 16, ... was held")."""
    stamp: str | None = None
    for s in opening:
        found = next((m for m in p.date.finditer(s.text) if _when(s.text, m)), None)
        if found is None:
            continue
        if stamp is None and _stamp(s.text, found) and not p.event.search(s.text):
            stamp = found.group(0)
            continue
        return _explicit_after(s.text, found, p)
    return stamp


def _relative_after(m: re.Match[str], title_end: int) -> bool:
    """A relative day right after the title ("the Post-Cabinet Briefing today (Thursday
    12th March, 2026)"): the date written out, if any, says more."""
    return 0 <= m.start() - title_end <= 2 and fold_case(m.group(0)) in R.RELATIVE_DAYS


def _when(text: str, m: re.Match[str]) -> bool:
    """Whether the date ``m`` may be when the meeting met: not the end of a range or a
    deadline ("report back by 3 May"), nor a visit's span ("on an official visit from 21
    to 23 April")."""
    return not _NOT_WHEN.search(text, 0, m.start()) and not _VISIT_SPAN.search(
        text, max(0, m.start() - 80), m.start()
    )


def _stamp(line: str, found: re.Match[str]) -> bool:
    """Whether ``found`` dates the publication: an ISO date, or a line with a publishing
    word (not a "Date:" label). (A date alone on its line is most often the meeting's.)"""
    if _DATE_LABEL.match(line):
        return False
    return _ISO.fullmatch(found.group(0)) is not None or _PUBLISHED.search(line) is not None


def _explicit_after(text: str, found: re.Match[str], p: _P) -> str:
    """ "met yesterday, March 26, 2026": the date written out after a relative day."""
    if fold_case(found.group(0)) not in R.RELATIVE_DAYS:
        return found.group(0)
    glue = _GLUE.match(text, found.end())
    nxt = p.date.match(text, glue.end() if glue is not None else found.end())
    return nxt.group(0) if nxt is not None else found.group(0)


_VISIT_SPAN = re.compile(r"\bvisit\b[^.;]{0,60}?\bfrom\s+$", re.IGNORECASE)
_DATE_LABEL = re.compile(r"\W*(?:meeting\s+)?date\s*:", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_PUBLISHED = re.compile(
    r"\b(?:updated|published|posted|release\s+date|source|views|editor)\b|\u53d1\u5e03|\u6d4f\u89c8|\u6765\u6e90",
    re.IGNORECASE,
)
_GLUE = re.compile(r"[\s,(]*")


_LEAD = re.compile(
    r"^(?:[#*\s]+|(?:on|at|in)\s+the\s+(?:morning|afternoon|evening)\s+of\s+[^,]+,\s*)", re.IGNORECASE
)


def _abbreviated_month(word: str) -> bool:
    """ "Sept", "Jan": a month name cut short (a period after it is the abbreviation's;
    "May", "June" are whole names)."""
    w = word.lower()
    return w in R.MONTHS and any(m != w and m.startswith(w) for m in R.MONTHS)


# Before a date that is not when the meeting met: the end of a range or a deadline
# ("her visit from 21 to 23 April", "report back by 3 May").
_NOT_WHEN = re.compile(r"\b(?:to|until|till|through|by|since|before|after)\s+$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\s+(?:\w+\s+)?\w+\s*$")
_GENERIC = re.compile(r"^(?:(?:the|a|an|this|that|its|their)\s+)?\w+$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:I|we|he|she|they|that|which|who|was|were|is|are|has|have|had)\b")
# A verb of what the meeting did, or "by doing": a clause, not a name ("the meeting opened
# with a prayer led by X", "the Cabinet of Ministers took the following decisions")
_CLAUSE_VERB = re.compile(
    r"(?<![\w-])(?:opened|began|started|commenced|closed|ended|took|adjourned|by\s+\w+ing)\b"
)


def _generic(t: str) -> bool:
    """ "the conference", or a clause rather than a name ("I participated in the meeting that")."""
    words = t.lower().split()
    if len(words) > 1 and words[1] == "and" and words[0] in ("meeting", "session", "conference"):
        return True  # "opened the meeting and welcomed the participants"
    return bool(_GENERIC.match(t) or _PRONOUN.search(t) or _CLAUSE_VERB.search(t)) or len(t.split()) < 2


def _clean_title(t: str) -> str | None:
    """Drop markup, a leading time phrase, a leading determiner and a trailing "held on ..."."""
    t = _LEAD.sub("", t).strip(" *#\u2014-")
    t = _DATELINE.sub("", t)  # "KAZYRTA NEWS \u2013 The third round of ...": the agency's dateline
    t = _MINUTES_OF.sub("", t)  # "the minutes of the meeting held on ..." names no meeting
    t = _HELD.sub("", t)
    t = _DETERMINER.sub("", " ".join(t.split()))
    t = _MINUTES_AFTER.sub("", t)  # "REGULAR CITY COUNCIL MEETING MINUTES"
    if len(t) < 4 or len(t.split()) > 25:
        return None
    return t


_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'&-]*\s+){0,4}[A-Z][A-Z.'&-]+\s*(?:--|\u2013|\u2014)\s*(?=\S)")
_MINUTES_AFTER = re.compile(r"(?<=\w)\s+minutes$", re.IGNORECASE)
_MINUTES_OF = re.compile(r"^\W*(?:the\s+)?minutes\s+of\s+", re.IGNORECASE)
_HELD = re.compile(
    r"\s+(?:held|convened)(?:\s+(?:on|in|at|today|yesterday|this\s+(?:morning|afternoon|evening))\b.*)?$",
    re.IGNORECASE | re.DOTALL,
)
_DETERMINER = re.compile(r"^(?:the|a|an|its|their)\s+", re.IGNORECASE)

"""Stage: point text -> priority, by stripping the marker, hedges and reporting clauses.

"Second, it is advisable to strengthen the efficient use of resources."
    -> "strengthen the efficient use of resources"
"""

from __future__ import annotations

import re
from functools import lru_cache

from minutes.rules import holds_any
from minutes.rules.hedges import HEDGES, REPORTING_CLAUSES, TRAILING_TAG_VERBS, TRAILING_TAGS

_LEAD = re.compile(r"^[\s,:;.)\]\u2013\u2014-]+")
_QUOTES = "\"'\u201c\u201d\u2018\u2019"


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    front = [re.compile(p, re.IGNORECASE) for p, _, _ in REPORTING_CLAUSES + HEDGES]
    tail = [re.compile(p) for p in TRAILING_TAGS]
    return front, tail


@lru_cache(maxsize=1)
def _any_front() -> re.Pattern[str]:
    """Every pattern of ``front`` in one: no match, no pattern matches (a round can stop)."""
    return re.compile("|".join(f"(?:{p})" for p, _, _ in REPORTING_CLAUSES + HEDGES), re.IGNORECASE)


def condense(content: str) -> str:
    """Return the action phrase of a point's content (the text after its marker).

    Only the first sentence of the content is used; leading reporting clauses and
    hedges are stripped repeatedly, then a trailing "he said" tag and final punctuation.
    """
    front, tail = _compiled()
    text = " ".join(content.split())
    text = _LEAD.sub("", text).lstrip(_QUOTES + " ")
    changed = True
    rounds = 0
    any_front = _any_front()
    while changed and rounds < 6:
        changed = False
        rounds += 1
        if any_front.match(text) is None:
            break  # (no pattern below matches: the last round, as a rule)
        for pattern in front:
            m = pattern.match(text)
            if m and m.end() < len(text):
                rest = _LEAD.sub("", text[m.end() :]).lstrip()
                if rest:
                    text = rest
                    changed = True
                    break
    for pattern, verbs in zip(tail, TRAILING_TAG_VERBS, strict=True):
        if not holds_any(text, verbs):
            continue  # (the tag cannot match: it names one of its verbs)
        m = pattern.search(text)
        if m and m.start() > 0:
            text = text[: m.start()]
            break
    return text.rstrip(" .;:,!?" + _QUOTES)

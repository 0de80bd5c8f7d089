"""Stage: the meeting's title and date, from the headline and the first sentence.

>>> from minutes.zh.segment import segment
>>> t = "5月27日,我区召开全区领导干部电视电话会议。区委书记牛青山主持会议。"
>>> find_meeting(t, segment(t))
Meeting(title='全区领导干部电视电话会议', date='5月27日')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from minutes.model import Meeting, Sentence
from minutes.rules.zh import meeting as R

#: How many sentences from the top are read (the headline and the lead sentence).
LEAD = 3


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    nouns = "|".join(map(re.escape, sorted(R.MEETING_NOUNS, key=len, reverse=True)))
    titles = [re.compile(rx.replace("{nouns}", nouns)) for rx, _, _ in R.TITLE_PATTERNS]
    return re.compile(R.DATE[0]), titles


def find_meeting(text: str, sentences: Sequence[Sentence]) -> Meeting:
    date_rx, title_rxs = _patterns()
    lead = sentences[:LEAD]
    date = next((m.group(0) for s in lead[:2] for m in [date_rx.search(s.text)] if m), None)
    title = None
    for s in lead:
        for rx in title_rxs:
            m = rx.search(s.text)
            if m:
                title = m.group("t")
                break
        if title:
            break
    return Meeting(title=title, date=date)

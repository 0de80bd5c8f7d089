"""Stage: the document model -> presider, attendees, and who holds the floor.

Attribution reads each sentence once, in order, through the role sieves listed in
``minutes.attribution.sieves`` (the order is data there). The sieves share one
:class:`~minutes.attribution.state.State`: the registry of people and organisations
(``minutes.people``), who holds the floor, who has spoken, the open attendance list.
Each decision is recorded in ``Attribution.trail`` with the sieve that made it and the
words it read, so a wrong call points at the sieve to fix (``minutes explain``).

After the last family has read a sentence, whoever holds the floor is its speaker:
points in that sentence are theirs (``minutes.points``).
"""

from __future__ import annotations

from collections.abc import Callable

from minutes.attribution.sieves import PASS, SETTLED, kind_of, plan, presiding, structure
from minutes.attribution.state import MEETING, NOBODY, Attribution, Decision, Here, State
from minutes.document import Document
from minutes.rules import structure as S

__all__ = ["MEETING", "NOBODY", "Attribution", "Decision", "attribute"]

PROGRESS_EVERY = 256  # sentences between two progress reports


def attribute(doc: Document, on_progress: Callable[[int, int], None] | None = None) -> Attribution:
    """Read the document's sentences through the sieves; the attribution. ``on_progress``
    hears how many characters have been read, every few hundred sentences."""
    st = State(doc)
    for i, s in enumerate(doc.sentences):
        if on_progress is not None and i % PROGRESS_EVERY == 0:
            on_progress(s.start, len(doc.text))
        st.i = i
        here = Here(doc, i, s, doc.paragraph_start(i), doc.line_start(i))
        _read(st, here)
        st.att.floor.append(st.cur)
        st.att.floor_why.append(st.cur_why)
    presiding.chair_named_later(st)  # (a title the attendance list names after the fact)
    presiding.acting_chair(st)  # ("X, Deputy Managing Director and Acting Chair,", no one else presiding)
    return st.att


def _ends_reported_list(st: State, text: str) -> bool:
    """A paragraph that is no item of the list a speaker reported, or one marked as the
    paragraph that introduced it: the document's next numbered paragraph ("5. X briefed
    Members, including: (a) ... (b) ..." then "6. ..."), the next bullet of its own list
    ("- X raised three concerns: 1. ... 2. ..." then "- Y said ...")."""
    item = S.ENUMERATED.match(text)
    lead = st.reported_marker
    if item is None and S.ORDINAL_ITEM.match(text):
        return False  # "Second, they called on ...": an item in words
    if item is None or lead is None:
        return item is None
    number, lead_number = S.PARAGRAPH_NUMBER.match(text), S.PARAGRAPH_NUMBER.match(lead)
    if number is not None and lead_number is not None:
        return int(number.group(1)) == int(lead_number.group(1)) + 1
    return item.group(0).strip() == lead.strip()


def _read(st: State, here: Here) -> None:
    if st.statement_until is not None and here.s.start >= st.statement_until:
        st.statement_owner = st.statement_until = None  # (past the statement a speaker read out)
    if st.reported_list is not None and here.para_start and _ends_reported_list(st, here.s.text):
        st.reported_list = None  # (a paragraph that is no item ends a list a speaker reported)
    structure.item_owner(st, here)
    # (only the sieves that may act on this kind of sentence: sieves.WHEN)
    for sieves in plan(kind_of(st, here)):
        for _name, sieve in sieves:
            outcome = sieve(st, here)
            if outcome is SETTLED:
                return
            if outcome is not PASS:
                break
    st.att.mentions += here.resolved
    was_in_list = st.body_list
    st.body_list = st.cur == MEETING and here.s.text.rstrip().endswith(":")
    if st.body_list:
        number = S.PARAGRAPH_NUMBER.match(here.s.text)
        if number is not None or not was_in_list:  # ("6. ... appointments:" / "In the Ministry:")
            st.body_list_number = int(number.group(1)) if number else None

"""Presence sieves: who attended.

    presence-verb    "X attended", "X and Y were also present", "X joined the meeting"
    presence-after   "attended by X, Y and Z", "in attendance was X", "accompanied by X"

(Attendance blocks and lists are structure sieves; speakers are present too, which
``minutes.outline`` adds.) A collective ("comrades from the units") is no attendee.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from minutes.attribution.cues import cues
from minutes.attribution.predicates import mention_end, modifies_next, names_body, title_word
from minutes.attribution.sieves.base import PASS, Outcome
from minutes.attribution.state import Here, State
from minutes.attribution.subjects import subject, subject_span
from minutes.people import Mention, Token
from minutes.rules import people as P
from minutes.rules import structure as S
from minutes.rules import verbs as V


def presence_verb(st: State, here: Here) -> Outcome:
    """The subject of a presence verb: "Vice Mayor X attended the meeting"."""
    s = here.s
    for m in cues().presence.finditer(s.text) if here.may("presence") else ():
        subj, via = subject(st, here, m.start())
        if subj:
            st.sentence_subject = subj
            if st.opened_by in subj:
                st.opened_by = None  # "X attended. He added ...": he is still the speaker
        attends = _attends(m.group(0))
        for eid in subj:
            ent = st.reg.entities[eid] if eid >= 0 else None
            if ent is not None and not ent.anonymous and (attends or not names_body(ent)):
                st.mark_present(eid, "presence-verb", subject_span(st, here, [eid], m.start(), m.end()), via)
    return PASS


def _attends(verb: str) -> bool:
    """ "attended", "took part": a presence form that a body named after a meeting takes as
    an attendee (rules.verbs.BODY_ATTENDS)."""
    return verb.lower().split()[0] in V.BODY_ATTENDS


def presence_after(st: State, here: Here) -> Outcome:
    """The names after "attended by", "in attendance was": each item of the list."""
    s, toks = here.s, here.toks
    for m in cues().presence_after.finditer(s.text) if here.may("presence_after") else ():
        if S.FUTURE_BEFORE.search(s.text, max(0, m.start() - 40), m.start()):
            continue  # "X will hold talks with Y": a meeting still to come
        if m.group(0).lower().endswith(" by") and S.BY_MEANS.match(s.text, m.end()):
            continue  # "X joined by phone and gave an update on the Land Plan": how X joined
        if s.start > S.LEDE_REACH and S.MET_GAP_WITH.fullmatch(m.group(0)):
            continue  # "he met this afternoon with Z" in a schedule: another meeting
        after = s.start + m.end()
        affiliation: Mention | None = None  # "Bank of Korea" before "Senior Deputy Governor X"
        accepted_end: int | None = None  # where the last attendee taken here ends
        for k, (mm, ent) in enumerate(here.resolved):
            if mm.start < after:
                continue
            nxt = here.resolved[k + 1][0] if k + 1 < len(here.resolved) else None
            if (
                mm.kind == "organization"
                and nxt is not None
                and nxt.how == "title"
                and not st.text[mention_end(mm, toks) : toks[nxt.tok_start].start].strip()
            ):
                affiliation = mm
                continue
            if _collective_name(mm):
                continue  # "attended by Heads of State of A, B": unnamed representatives
            if _office_body(mm, toks):
                continue  # "were Council members A and B": the body of the office, no attendee
            lead_end = toks[mm.tok_start].start
            if S.LIST_EXCEPT.search(st.text, after, lead_end):
                break  # "attended by the ministers, except the Minister of Culture, X": absent
            if mm.how == "title" and mm.role_span is not None and mm.role_span[0] < lead_end:
                lead_end = mm.role_span[0]  # (the title, its portfolio too, is the item's)
            if affiliation is not None and affiliation.tok_end == mm.tok_start:
                lead_end = toks[affiliation.tok_start].start
            since = after if accepted_end is None or accepted_end > lead_end else accepted_end
            if not _list_item_lead(st.text[after:lead_end], st.text[since:lead_end], m.group(0)):
                continue
            portfolio_word = mm.kind == "organization" or (mm.how == "bare" and " " not in mm.name)
            if portfolio_word and _open_portfolio(st.text[since:lead_end]):
                continue  # "Minister of Public Administration, Provincial Councils and Local Government X"
            if mm.how == "bare" and modifies_next(mm, toks):
                continue  # "the Akorda press service": a name used as a modifier
            if k > 0 and _venue_place(here.resolved[k - 1][0], mm, st.text):
                continue  # "at the Ministry of Foreign Affairs, Bangkok": where, not who
            e2 = st.entity_for(mm, ent)
            st.mark_present(e2.id, "presence-after", (s.start + m.start(), mm.end))
            accepted_end = mention_end(mm, toks)
    return PASS


def _venue_place(prev: Mention, mm: Mention, text: str) -> bool:
    """A bare name right after a venue and its comma: "held talks with X at the Ministry
    of Foreign Affairs, Bangkok", "..., Singha Durbar" (the venue is an organisation after
    "at" or "in"; a person there has a title or an honorific)."""
    return (
        mm.how == "bare"
        and prev.kind == "organization"
        and _COMMA_ONLY.fullmatch(text, prev.end, mm.start) is not None
        and _AT_VENUE.search(text, max(0, prev.start - 8), prev.start) is not None
    )


_COMMA_ONLY = re.compile(r",\s*")
_AT_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")


def _collective_name(mm: Mention) -> bool:
    """A mention that is itself a collective: "Heads of State", "Representatives of X"."""
    first = mm.name.split()[0].lower()
    return first in P.COLLECTIVE_NOUNS and first not in P.PLURAL_TITLE_HEADS


def _office_body(mm: Mention, toks: Sequence[Token]) -> bool:
    """A body's name before its members' plural title: "Council" in "Council members A, B"."""
    k = mm.tok_end
    return (
        k < len(toks)
        and mm.name.split()[-1].lower() in P.STRONG_BODY_NOUNS
        and toks[k].low in P.PLURAL_TITLE_HEADS
    )


def _body_then_title(words: Sequence[str]) -> list[str]:
    """The words of an item's lead without a body's name before a plural title ("council
    members": "members")."""
    return [
        w
        for i, w in enumerate(words)
        if not (w in P.STRONG_BODY_NOUNS and i + 1 < len(words) and words[i + 1] in P.PLURAL_TITLE_HEADS)
    ]


def _list_item_lead(lead: str, since_last: str, cue: str = "") -> bool:
    """Whether what stands before a name in "attended by ..." leaves it an attendee: list
    glue and title words may ("and the external members Prof. X"), a collective may not
    ("comrades from X, Y"; but "Vice Mayors A and B" are attendees). Only what follows
    the last attendee taken counts ("the Chief of Army Staff General X and the
    Inspector-General, Dr. Y": "staff" is X's title, not a collective)."""
    clause = since_last.split(";")[-1].lower()
    if S.CHOSEN_BY_BEFORE.search(clause):
        return False  # "and the members elected by the Congress": who chose them, not present
    if any(w in P.COLLECTIVE_NOUNS and w not in P.PLURAL_TITLE_HEADS for w in re.findall(r"[a-z-]+", clause)):
        return False
    # (a portfolio in parentheses, a country's possessive: "Permanent Secretary (Foreign
    # Affairs) Ms X", "Lusavia's Secretary-General Mr Y"; the cue's "of" repeated: "in the
    # presence of A and of the Consul, Mr Y", not "the Presidents of A and of B")
    glue = r"[;,]|\band\s+of\b|\band\b" if cue.lower().endswith(" of") else r"[;,]|\band\b"
    item = re.split(glue, re.sub(r"\([^()]*\)", " ", lead))[-1].lower().split()
    return all(
        w in S.LIST_GLUE or w in P.TITLE_PREFIX_STOP or title_word(w) or w.endswith(("'s", "\u2019s"))
        for w in _body_then_title(item)
    )


def _open_portfolio(lead: str) -> bool:
    """Whether a title's portfolio is still running before this name: "Minister of Public
    Administration, Provincial Councils and ..." (the organisations are the portfolio's)."""
    words = re.findall(r"[A-Za-z-]+", lead.lower())
    return any(w in P.TITLE_HEADS and nxt in ("of", "for") for w, nxt in itertools.pairwise(words))

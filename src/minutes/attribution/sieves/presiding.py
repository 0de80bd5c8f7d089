"""Presiding sieves: who chaired, presided or hosted.

    presided-by     "presided over by X", "chaired by the Governor, Dr. X"
    in-the-chair    "with Prime Minister X in the chair"
    presides        "X chaired the meeting" (co-chairs: both present, no one presider)

and, once the whole document is read, :func:`chair_named_later`: "chaired by the
Governor" before the attendance list names the Governor.

(Chair lines and "(Chair)" in attendance lists are structure sieves.)
"""

from __future__ import annotations

import re

from minutes.attribution.cues import cues
from minutes.attribution.names import name_at
from minutes.attribution.predicates import (
    first_predicate,
    is_title_phrase,
    mention_end,
    names_body,
    passive_before,
    skip,
    skip_back,
    tail_start,
)
from minutes.attribution.sieves.base import DECIDED, PASS, Outcome
from minutes.attribution.state import Here, State
from minutes.attribution.subjects import subject, subject_span
from minutes.rules import structure as S
from minutes.rules import verbs as V


def presided_by(st: State, here: Here) -> Outcome:
    """The name after "presided over by", "chaired by", "hosted by": nothing, "the" or a
    title and a comma may stand between ("chaired by the Governor, Dr. X")."""
    s, toks = here.s, here.toks
    for m in cues().presided_by.finditer(s.text) if here.may("presided_by") else ():
        other = S.OTHER_BODY.search(s.text, tail_start(s.text, 0, m.start(), S.OTHER_BODY_RUNS), m.start())
        if other is not None:
            if S.DELEGATION_WORD.search(other.group(0)):
                _delegation_heads(st, here, m.end())
            continue  # "formed a committee headed by X": X heads another body
        if S.PROSPECTIVE_BEFORE.search(s.text, tail_start(s.text, 0, m.start(), 3), m.start()):
            continue  # "an open debate, to be chaired by the Minister": a later meeting's chair
        if m.group(0).lower() in V.PRESIDED_BY_NEEDS_MEETING and not _leads_meeting(s.text, m.start()):
            continue  # "Led by Director Hwang.", "The prayer was led by X": not the meeting
        if st.att.presider is not None and m.group(0).lower() in V.PRESIDED_BY_HOST_ONLY:
            continue  # "the meeting hosted by Bhutan", its chair already named: a host only
        after = s.start + m.end()
        lead_start = skip(st.text, after, " ,")
        span = (s.start + m.start(), s.start + m.end())
        for mm, ent in here.resolved:
            if mm.start < after:
                continue
            at = toks[mm.tok_start].start
            a = min(lead_start, at)
            b = skip_back(st.text, a, at, " ,")
            lead = S.LEAD_HONORIFIC.sub("", st.text[a:b])  # "by His Excellency the President X"
            if lead.lower() in ("", "the") or S.TITLE_LEAD.fullmatch(st.text, after, at):
                e2 = st.entity_for(mm, ent)
                if not e2.anonymous:
                    st.preside(e2.id, "presided-by", (span[0], mm.end))
                    if _calls_to_order(m.group(0)):
                        st.speak_aside(e2.id, "presided-by", (span[0], mm.end))  # "called to order by X"
                return DECIDED
        ent2 = name_at(st, lead_start, st.text[lead_start : s.end], "presided-by")
        if ent2 is not None:
            st.preside(ent2.id, "presided-by", (span[0], s.end))
        elif (t := S.THE_TITLE.match(st.text, lead_start, s.end)) and is_title_phrase(t.group("t")):
            st.chair_by_title = (t.group("t"), st.i, (span[0], t.end()))  # (named later, perhaps)
        return DECIDED
    return PASS


def _leads_meeting(text: str, at: int) -> bool:
    """ "the session, headed by X": "led by", "headed by" at ``at`` lead the meeting named
    just before, or held earlier in the sentence ("held its 168th session on ..., headed by")."""
    return bool(S.MEETING_LED.search(text, max(0, at - 80), at) or S.MEETING_HELD.search(text, 0, at))


def _delegation_heads(st: State, here: Here, rel: int) -> None:
    """ "The Kazyrtan delegation was headed by Deputy Minister X, and the Valmoran
    delegation by State Secretary Y": the heads of the delegations to talks attend them
    (each named right after "by", its title first), though neither presides."""
    s, toks = here.s, here.toks
    for mm, ent in here.resolved:
        if mm.kind != "person" or mm.start < s.start + rel:
            continue
        lead_end = toks[mm.tok_start].start
        if mm.role_span is not None and mm.role_span[0] < lead_end:
            lead_end = mm.role_span[0]
        if S.BY_LEAD.search(st.text, max(s.start, lead_end - 12), lead_end):
            e2 = st.entity_for(mm, ent)
            if not e2.anonymous:
                st.mark_present(e2.id, "presided-by", (lead_end, mm.end))


def in_the_chair(st: State, here: Here) -> Outcome:
    """ "with Prime Minister X in the chair", "with the Adviser, Mr. X, in the chair"."""
    s, toks = here.s, here.toks
    for m in S.IN_THE_CHAIR.finditer(s.text) if "chair" in here.words else ():  # (its last word)
        at = s.start + m.start()
        for mm, ent in reversed(here.resolved):
            end = mention_end(mm, toks)
            if end <= at and not st.text[end:at].strip(" ,"):
                if mm.kind == "person":
                    e2 = st.entity_for(mm, ent)
                    if not e2.anonymous:
                        st.preside(e2.id, "in-the-chair", (mm.start, s.start + m.end()))
                        return DECIDED
                break
    return PASS


def _with_presiding(st: State, here: Here, m: re.Match[str]) -> tuple[list[int], str] | None:
    """ "called to order with President X presiding": the person named between "with" and
    "presiding" (no subject of a verb), a role in parentheses between ("with X (Chair)
    presiding")."""
    if not m.group(0).lower().startswith("with "):
        return None
    lo, hi = here.s.start + m.start() + len("with "), here.s.start + m.end() - len("presiding")
    for mm, ent in here.resolved:
        if mm.kind == "person" and lo <= mm.start and S.ROLE_ASIDE.fullmatch(st.text[mm.end : hi]):
            return [st.entity_for(mm, ent).id], "with-presiding"
    return None


def _opened_with_prayer(verb: str, w: re.Match[str] | None) -> bool:
    """ "opened the meeting with prayer" (speech), not "constituted the meeting with prayer"
    (a church court's moderator presides, and prays)."""
    prayer = w is not None and not V.PRAYER_NOUNS.isdisjoint(w.group(1).lower().split())
    return prayer and not verb.lower().startswith("constituted")


def presides(st: State, here: Here) -> Outcome:
    """ "X chaired the meeting", "The Governor presided": the subject of a presiding verb
    (a meeting body is not: "The Security Council convened this morning")."""
    s = here.s
    for m in cues().presides.finditer(s.text) if here.may("presides") else ():
        elected = m.group(0).lower() in V.ELECTED_CHAIR  # ("X is elected chair of the meeting")
        if (passive_before(s.text, m.start()) and not elected) or (
            S.RELATIVE_SUBJECT.search(s.text, 0, m.start())
            and not S.MEETING_RELATIVE.search(s.text, 0, m.start())
        ):
            continue  # ("the Lock Operations Subcommittee, which she chairs": another body)
        if s.text[: m.start()].rstrip().endswith(", who") and S.CHAIRS_OTHER_BODY.match(s.text, m.end()):
            continue  # ("Dr. X, who chairs the Gala Committee, reported")
        w = S.WITH_WHAT.match(s.text, m.end())
        if _opened_with_prayer(m.group(0), w):
            continue  # "opened the meeting with a karakia": a prayer (speech), not the chair
        if m.group(0).lower().startswith("host") and S.HOSTED_MEAL.match(s.text, m.end()):
            continue  # "then hosted a luncheon in honour of ...": a meal after the meeting
        subj, via = _with_presiding(st, here, m) or subject(st, here, m.start())
        if not subj and m.group(0).lower().startswith("presiding"):
            # "The premier gave the directives while presiding over ...": the clause's subject
            fp = first_predicate(here.toks, s.start + m.start())
            if fp is not None:
                subj, via = subject(st, here, fp - s.start)
        span = subject_span(st, here, subj, m.start(), m.end())
        if len(subj) > 1 and all(eid >= 0 for eid in subj):
            # "X and Y co-chaired the meeting": co-chairs, no single presider
            for eid in subj:
                if not st.reg.entities[eid].anonymous:
                    st.mark_present(eid, "presides", span, via)
            st.sentence_subject = subj
            return DECIDED
        if (
            subj
            and subj[-1] >= 0
            and not st.reg.entities[subj[-1]].anonymous
            and not names_body(st.reg.entities[subj[-1]])
        ):
            if _some_items(st, subj[-1], s.text, m.end()):
                st.mark_present(subj[-1], "presides", span, via)  # (the meeting's presider stays)
                st.sentence_subject = subj[-1:]
                return DECIDED
            if _hands_over(st, subj[-1], m.group(0)):
                st.acting_chair = subj[-1]
                st.mark_present(subj[-1], "presides", span, via)
                st.sentence_subject = subj[-1:]
                return DECIDED
            st.preside(subj[-1], "presides", span, via)
            st.sentence_subject = subj[-1:]
            if _calls_to_order(m.group(0)) or S.OPENED_BY_SPEAKING.match(s.text, m.end()):
                # "X called the meeting to order", "X opened the meeting by paying tribute to ..."
                st.speak_aside(subj[-1], "presides", span, via)
            return DECIDED
    return PASS


def _some_items(st: State, eid: int, text: str, end: int) -> bool:
    """ "X chaired items 4 and 5" when another presides already: X chaired a part only."""
    presider = st.att.presider
    return presider is not None and presider != eid and S.SOME_ITEMS.match(text, end) is not None


def _hands_over(st: State, eid: int, phrase: str) -> bool:
    """ "X took the Chair" when another presides already: X is the acting chair."""
    presider = st.att.presider
    return presider is not None and presider != eid and phrase.lower() in V.CHAIR_TAKEOVER


def _calls_to_order(phrase: str) -> bool:
    """A presiding act that is a speech act too ("called the meeting to order")."""
    low = phrase.lower()
    return any(p in low for p in V.PRESIDING_SPEECH)


def acting_chair(st: State) -> None:
    """Once the document is read with no presider: the one person whose title in apposition
    makes them the chair of the day ("Ms X, Deputy Managing Director and Acting Chair,
    issued the following statement"; GOLD.md convention 10)."""
    if st.att.presider is not None:
        return
    found = {
        ent.id: m
        for m, ent in st.att.mentions
        if ent is not None
        and ent.kind == "person"
        and not ent.anonymous
        and m.role is not None
        and S.ACTING_CHAIR_ROLE.search(m.role.strip())
    }
    if len(found) == 1:
        ((eid, m),) = found.items()
        st.i = st.doc.sentence_at(m.start)
        st.preside(eid, "presides", (m.start, m.role_span[1] if m.role_span else m.end), "acting-chair")


def chair_named_later(st: State) -> None:
    """ "The meeting was chaired by the Governor." before the attendance list names the
    Governor: once the document is read, the person holding that title presides."""
    if st.chair_by_title is None or st.att.presider is not None:
        return
    title, i, span = st.chair_by_title
    ent = st.reg.by_title(title)
    if ent is not None and not ent.anonymous and ent.kind == "person":
        st.i = i
        st.preside(ent.id, "presided-by", span, "title-named-later")

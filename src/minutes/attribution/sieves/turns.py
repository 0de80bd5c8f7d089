"""Turn sieves: who has the floor because the text is laid out as a transcript.

A label at the start of a paragraph, "Name, Title: ..." or "Name: ...", gives Name the
floor for a turn, in which third persons are only reported; "THE CHAIR: Good morning."
gives it to whoever holds that title. A greeting, "Mr. Lim, please go ahead", makes
the person addressed present.
"""

from __future__ import annotations

from functools import lru_cache

from minutes.attribution.predicates import after_quotation, is_name_line, is_title_phrase, section_label
from minutes.attribution.sieves.base import DECIDED, PASS, Outcome
from minutes.attribution.state import NOBODY, Here, State
from minutes.people import Entity, Mention, skip_honorifics
from minutes.rules import people as P
from minutes.rules import structure as S
from minutes.rules import verbs as V


def name_label(st: State, here: Here) -> Outcome:
    """ "Mayor Ortiz: Thank you." at a paragraph's start: the named person's turn."""
    s, toks, resolved = here.s, here.toks, here.resolved
    if not here.line_start or S.BULLET.match(s.text) or not resolved or resolved[0][0].tok_start != 0:
        return PASS
    m0, ent0 = resolved[0]
    inner = _parenthesised_speaker(here)
    if inner is not None:
        m0, ent0 = inner  # "Office of the Borough President (Jeffrey Lam): ...": Lam reports
        after = next(k for k in range(m0.tok_end, len(toks)) if toks[k].text == ":")
        _take_label(st, here, m0, ent0, after)
        return DECIDED
    if m0.kind != "person":
        return DECIDED
    after = m0.tok_end
    while after < len(toks) and toks[after].text == ",":
        after += 1
    if after < len(toks) and toks[after].text == "(":
        # "Marguerite (chair):", "Tomasz (as individual, remote):": a note before the colon
        close = next((k for k in range(after, min(len(toks), after + 12)) if toks[k].text == ")"), -1)
        after = close + 1 if close > 0 else after
    if after >= len(toks) or toks[after].text != ":":
        return DECIDED
    if ent0 is None and len(m0.name.split()) < 2:
        return DECIDED
    if section_label(s.text[: toks[after].start - s.start]):
        return DECIDED  # "PUBLIC COMMENT:", "COMMISSIONER REPORTS:"
    if m0.how not in ("title", "honorific") and _subject_follows(here, after + 1):
        return DECIDED  # "Emergency Medicine: Dr. Kowalczyk noted ...": a heading, not a turn
    _take_label(st, here, m0, ent0, after)
    return DECIDED


def dash_label(st: State, here: Here) -> Outcome:
    """ "B. Orme - asked whether the pumps were ready." at a line's start: a person, a
    spaced dash, then a speech verb in lower case: that person speaks on this line (a
    table of members' comments), not for a turn after it."""
    s, toks, resolved = here.s, here.toks, here.resolved
    if not here.line_start or not resolved or resolved[0][0].tok_start != 0:
        return PASS
    m0, ent0 = resolved[0]
    k = m0.tok_end
    if m0.kind != "person" or k + 1 >= len(toks) or toks[k].text not in S.DASHES:
        return PASS
    if toks[k + 1].text not in _speech_words() or (ent0 is None and m0.how != "honorific"):
        return PASS
    ent = st.entity_for(m0, ent0)
    st.speak(ent.id, "dash-label", (s.start, toks[k + 1].end))
    return DECIDED


@lru_cache(maxsize=1)
def _speech_words() -> frozenset[str]:
    """The one-word speech verbs ("asked", "replied"), as a dash label's verb."""
    return frozenset(w for w in V.SPEECH if " " not in w)


def _take_label(st: State, here: Here, m0: Mention, ent0: Entity | None, after: int) -> None:
    """The labelled person's turn, from the label to its colon (token ``after``)."""
    ent = st.entity_for(m0, ent0)
    st.speak(ent.id, "name-label", (here.s.start, here.toks[after].end))
    st.turn_owner = ent.id


def _parenthesised_speaker(here: Here) -> tuple[Mention, Entity | None] | None:
    """The person named alone in parentheses before a label's colon, who speaks for the
    office or body before it: "Council Member X's office (Jo Ruiz): ..."."""
    lab = S.PAREN_NAME_LABEL.match(here.s.text)
    if lab is None:
        return None
    lo, hi = here.s.start + lab.start(1), here.s.start + lab.end(1)
    office = S.OFFICE_WORD.search(here.s.text, 0, lab.start(1)) is not None or any(
        m.kind == "organization" and not here.s.text[m.end - here.s.start : lab.start(1) - 1].strip()
        for m, _ in here.resolved
        if m.end < lo
    )
    for m, ent in here.resolved if office else ():
        if m.kind == "person" and " " in m.name and lo <= m.start <= lo + 5 and m.end >= hi:
            return m, ent
    return None


def initials_label(st: State, here: Here) -> Outcome:
    """ "WP2 (SA): the second campaign was completed.": the report of whoever the initials
    are ("Sigrid Aasen" in the attendance list) on that work package or item."""
    m = S.CODE_INITIALS_LABEL.match(here.s.text) if here.line_start else None
    ent = st.reg.by_initials([m.group(1)]) if m is not None else None
    if m is None or ent is None:
        return PASS
    st.speak(ent.id, "initials-label", (here.s.start, here.s.start + m.end()))
    return DECIDED


def _subject_follows(here: Here, k: int) -> bool:
    """A person's name opens the text at token ``k`` (after honorifics) and a lowercase
    word, a verb, follows it: "Dr. Kowalczyk noted"."""
    toks = here.toks
    j = skip_honorifics(toks, k)
    for m, ent in here.resolved[1:]:
        named = m.how in ("honorific", "title") or ent is not None or " " in m.name
        if m.tok_start in (k, j) and m.kind == "person" and named:
            return m.tok_end < len(toks) and toks[m.tok_end].text[:1].islower()
    return False


def nick_label(st: State, here: Here) -> Outcome:
    """ "<ines> two concerns ...", "adaeze: welcome all": in IRC minutes a nickname (a
    present person's given name in lower case) opens the line of whoever typed or said
    it. A bare "+1" on a proposal is a vote, no speech."""
    text = here.s.text
    first = text[:1]
    if not here.line_start or not (first == "<" or (first.islower() and ":" in text[: S.NICK_LABEL_REACH])):
        return PASS
    m = S.NICK_LABEL.match(text)
    if m is None:
        return PASS
    g = "n" if m.group("n") else "l"
    ent, how = st.reg.resolve([m.group(g).capitalize()], st.prefer())
    if ent is None or ent.kind != "person":
        return PASS
    span = (here.s.start, here.s.start + m.end())
    st.decide("name-" + how, "resolved", ent.id, (here.s.start + m.start(g), here.s.start + m.end(g)))
    if S.STRAW_VOTE.fullmatch(text[m.end() :].strip()):
        return DECIDED
    st.speak(ent.id, "nick-label", span)
    st.turn_owner = ent.id
    return DECIDED


def role_label(st: State, here: Here) -> Outcome:
    """ "THE CHAIR: Good morning." "The PRESIDENT (spoke in French): ...": a turn by title."""
    s = here.s
    if not here.line_start or ":" not in s.text or S.BULLET.match(s.text):
        return PASS  # (S.ROLE_LABEL cannot match without its colon: most lines)
    m = S.ROLE_LABEL.match(s.text)
    if not m or m.group("t").split()[-1].lower() not in P.TITLE_HEADS or section_label(m.group("t")):
        return PASS
    rest = s.text[m.end() :].strip()
    if not rest or (is_name_line(rest) and len(rest.split()) <= 5):
        return PASS  # "Secretary: Jane Doe" names an officer
    ent = st.holder_or_role(m.group("t"), s.start)
    st.speak(ent.id, "role-label", (s.start, s.start + m.end()))
    st.turn_owner = ent.id
    return DECIDED


def quote_byline(st: State, here: Here) -> Outcome:
    """A line that only names someone ("Eleni Charalambous, Minister of Agriculture of
    Cyprus") right under a paragraph that is a quotation: the byline of the quotation,
    whose words the named person said."""
    s = here.s
    if not here.line_start or here.i == 0 or not here.resolved or here.resolved[0][0].tok_start != 0:
        return PASS
    m0, ent0 = here.resolved[0]
    if m0.kind != "person" or not is_name_line(s.text):
        return PASS
    if not after_quotation(here.doc, here.i):
        return PASS
    ent = st.entity_for(m0, ent0)
    st.speak(ent.id, "quote-byline", (m0.start, m0.end))
    return DECIDED


def qa_label(st: State, here: Here) -> Outcome:
    """ "Q: ..." and "A: ..." at a press conference the headline names: a question (no
    speaker), then the host's answer ("Foreign Ministry Spokesperson Lin Haowen's Regular
    Press Conference": "A:" is Lin Haowen)."""
    host = st.host
    m = S.QA_LABEL.match(here.s.text) if here.line_start and host is not None else None
    if m is None or host is None:
        return PASS
    s = here.s
    if m.group("l") == "Q":
        st.turn_owner = None
        st.give_floor(NOBODY, "qa-label", (s.start, s.start + m.end()))
        return DECIDED
    st.speak(host, "qa-label", (s.start, s.start + m.end()))
    st.turn_owner = host
    return DECIDED


def vocative(st: State, here: Here) -> Outcome:
    """ "Mr. Lim, please go ahead.": the person addressed is present."""
    if not here.resolved:
        return PASS
    m, ent = here.resolved[0]
    if m.how == "honorific" and m.tok_start == 0 and S.VOCATIVE_NEXT.match(st.text[m.end : here.s.end]):
        st.mark_present(st.entity_for(m, ent).id, "vocative", (m.start, m.end))
        return DECIDED
    return PASS


def transcript_lead(st: State, here: Here) -> Outcome:
    """ "The following is the English transcript of the Prime Minister's announcement.":
    what follows is that person's own words, a turn; the body's decisions they report in
    it are theirs (GOLD convention 11)."""
    words = here.words
    m = S.TRANSCRIPT_LEAD.match(here.s.text) if ("transcript" in words or "text" in words) else None
    if m is None:
        return PASS
    at = here.s.start + m.start("who")
    end = here.s.start + m.end("who")
    named = [ent for mn, ent in here.resolved if mn.kind == "person" and at <= mn.start < end]
    who = S.LEADING_THE.sub("", m.group("who"))
    ent = named[0] if named and named[0] is not None else (st.by_title(who) if is_title_phrase(who) else None)
    if ent is None:
        return PASS
    st.speak(ent.id, "transcript-lead", (here.s.start + m.start(), here.s.start + m.end()))
    st.turn_owner = st.address_owner = ent.id
    st.reporting_turn = False
    return DECIDED


def address_resumes(st: State, here: Here) -> Outcome:
    """A paragraph in the first person singular, after another's words in a transcribed
    address ("Hon. X explained ...", then "I want to speak directly to the parents."): the
    address goes on, its owner's turn again."""
    owner = st.address_owner
    if owner is None or st.turn_owner is not None or not here.para_start:
        return PASS
    first = next((t for t in here.toks if t.text == "I"), None)
    if first is None or S.QUOTE_MARK.search(st.text, here.s.start, first.start):
        return PASS  # ('"I will ...", she said': a quotation)
    st.give_floor(owner, "address-resumes", (first.start, first.end))
    st.turn_owner = owner
    return DECIDED

"""Speech sieves: who takes the floor.

    we-minute       "We agree:", "We receive this report": minutes in the meeting's
                    own voice
    body-decision   "The meeting agreed", "It was resolved", "Cabinet approved" before
                    any speech verb: the meeting as a body
    draft-aims      "The draft proclamation aims to: (1) ...": the meeting holds the
                    floor for a draft law's content
    speech-verb     the subject of a speech verb ("Mr. Wu stressed", "He said", "The
                    Minister of Finance presented"), or one after it ("..., said Xi.")
    according-to    "According to Vice Minister Chen, two issues remain: ..."
    own-view        "In his view, firstly, ...": the person "his" refers to
    speech-by       "received a report from X", "a briefing from the Cabinet Secretary, Hon. Y"
    motion          "Moved by Cllr A, seconded by Cllr B"
    dash-byline     'Amendment proposed ... .—(Ben Carradine.)'

Within a turn (a transcript label or a statement heading) only the turn's owner speaks.
After a speech verb, four follow-ups read the rest of the sentence: a later verb that
introduces what follows ("to which the Executive Director responded as follows:"), one
joined "with" the subject ("made statements and, with C, answered questions"), a
quoted paragraph ending in its attribution ('"First, ... Second, ...," Li said.'), and
a relayed series ("X said that the President had given three directives").
"""

from __future__ import annotations

import re

from minutes.attribution.cues import cues
from minutes.attribution.predicates import (
    after_title_apposition,
    draft_law_lead,
    is_title_phrase,
    mention_end,
    passive_before,
    skip,
    tail_start,
)
from minutes.attribution.sieves.base import DECIDED, PASS, Outcome
from minutes.attribution.state import MEETING, Here, State
from minutes.attribution.subjects import body_abbreviation, subject, subject_span
from minutes.people import Entity, Mention
from minutes.rules import people as P
from minutes.rules import structure as S
from minutes.rules import verbs as V


def we_minute(st: State, here: Here) -> Outcome:
    """ "We agree:", "We receive this report", "We thank Imogen for ...": minutes the
    meeting writes in the first person plural, outside anyone's turn; the meeting acts."""
    m = S.WE_MINUTE.match(here.s.text) if here.s.text.lstrip(" \t\r\n*#>-").startswith("We") else None
    if m is None or st.turn_owner is not None:
        return PASS
    st.speak(MEETING, "we-minute", (here.s.start + m.start(), here.s.start + m.end()))
    return DECIDED


# Subject sieves too weak for a verb that is speech only when a person does it: "Subjects
# discussed - Statements" is a heading, no one named "Subjects".
_WEAK_SUBJECTS = frozenset({"lone-name", "bare-name"})


def _opens_aside(before: str) -> bool:
    """The verb opens an aside after a comma, a participle ("The Policy, reviewed in line
    with ..., was circulated"), not the verb after a closed one ("X, representing the
    Saddle Club, discussed ...")."""
    return before.rstrip().endswith(",") and before.count(",") < 2


def body_decision(st: State, here: Here) -> Outcome:
    """A deciding verb ("agreed", "resolved", "approved") whose subject is the meeting,
    before any speech verb ("X said the government had agreed ...": X speaks)."""
    s = here.s
    if not here.may("body_only") or st.reported_list is not None:
        return PASS  # (in a list of decisions a speaker reports, the speaker's)
    if S.ACCORDING_TO.match(s.text) and according_to(st, here) is DECIDED:
        return DECIDED  # "According to her, the Cabinet decided, firstly, ...": hers (convention 11)
    first_speech = _first_active_speech(s.text) if here.may("speech") else None
    if first_speech is not None and _body_letters_not_speaking(st, s.text, first_speech):
        first_speech = None  # "BOT discussed the paper and made the following decisions:"
    for bm in cues().body_only.finditer(s.text):
        if first_speech is not None and first_speech.start() < bm.start():
            return PASS
        if first_speech is not None and S.SUBORDINATE_BEFORE.search(
            s.text, tail_start(s.text, 0, bm.start(), 6), bm.start()
        ):
            continue  # "after the Council adopted its programme, she said ...": she speaks
        if S.PLUPERFECT_BEFORE.search(s.text, tail_start(s.text, 0, bm.start(), 3), bm.start()):
            continue  # "The Government had adopted four priorities": reported, or done before
        if S.BY_NAMED_AGENT.match(s.text, bm.end()) and S.MEMBERS_BEFORE.search(s.text, 0, bm.start()):
            continue  # "the members elected by the Congress": a participle, no decision here
        if S.BE_IT_BEFORE.search(s.text, tail_start(s.text, 0, bm.start(), 3), bm.start()):
            subj, via = [MEETING], "be-it"  # "NOW, THEREFORE, BE IT RESOLVED by the Board ..."
        elif passive_before(s.text, bm.start()):
            if S.BY_THE_MEETING.match(s.text, bm.end()):
                subj, via = [MEETING], "by-the-meeting"  # "resolutions were passed by the meeting:"
            elif not S.IT_PASSIVE_BEFORE.search(s.text, tail_start(s.text, 0, bm.start(), 4), bm.start()):
                continue  # "the agenda was adopted": the thing decided, not who decided
            else:
                subj, via = [MEETING], "it-passive"  # "After discussion it was RESOLVED that:"
        elif _it_then_auxiliary(s.text, bm):
            subj, via = [MEETING], "it-passive"  # "After discussion it was agreed that the Trust would:"
        elif _body_label_item(s.text, bm.start()):
            subj, via = [MEETING], "body-label"  # "5. Leaders: (a) endorsed the Declaration; (b) ..."
        elif S.IT_WAS_MOVED_AND.match(s.text, 0, bm.start()):
            subj, via = [MEETING], "it-passive"  # "It was proposed by A, seconded by B and RESOLVED"
        else:
            subj, via = subject(st, here, bm.start(), create=False)
        if subj == [MEETING]:
            if st.turn_owner is None:
                st.speak(MEETING, "body-decision", subject_span(st, here, subj, bm.start(), bm.end()), via)
                if here.may("speech_by"):
                    speech_by(st, here, proposals_only=True)  # "approved the resolution furnished by X"
            return DECIDED
    return PASS


def _as_reference(st: State, here: Here, subj: list[int], m: re.Match[str]) -> bool:
    """ "First, the budget will be made usable, as Mayor Shiraishi proposed.": a clause
    with "as" whose speech verb ends it refers back to what X said; X does not speak here."""
    text = here.s.text
    if "as" not in here.words or not S.CLAUSE_END.match(text, m.end()):
        return False
    start = subject_span(st, here, subj, m.start(), m.end())[0] - here.s.start
    return start >= 0 and S.AS_BEFORE.search(text, 0, start) is not None


def _it_then_auxiliary(text: str, bm: re.Match[str]) -> bool:
    """ "it" right before a deciding phrase that opens with its auxiliary ("... it | was
    agreed", "it | is resolved")."""
    opens = bm.group(0).split(None, 1)[0].lower() in ("was", "is", "were")
    return opens and S.IT_BEFORE_AUXILIARY.search(text, max(0, bm.start() - 4), bm.start()) is not None


def draft_aims(st: State, here: Here) -> Outcome:
    """ "The draft proclamation aims to: (1) ...": what a draft law before the meeting
    contains is the meeting's business, whoever presented it; the meeting holds the floor
    for it without having spoken."""
    m = draft_law_lead(here.s.text)
    if m is None or st.turn_owner is not None:
        return PASS
    first_speech = _first_active_speech(here.s.text) if here.may("speech") else None
    if first_speech is not None and first_speech.start() < m.end():
        return PASS  # "The Bill, he said, seeks to ...": he states it
    span = (here.s.start + m.start(), here.s.start + m.end())
    presenter = _presenter_before(st, here) if st.statement_owner is not None else None
    if presenter is not None:  # (in one person's release, the Bill's presenter states its aims)
        st.speak(presenter, "draft-aims", span, "presented-by")
        return DECIDED
    st.give_floor(MEETING, "draft-aims", span)
    return DECIDED


def _presenter_before(st: State, here: Here) -> int | None:
    """The person the sentence before names after "presented by": "..., which was
    presented by the Minister of Health, Hon. Dr. X. The Bill seeks to:" (X)."""
    if here.i == 0 or here.para_start:
        return None
    prev = st.sentences[here.i - 1]
    by = S.PRESENTED_BY.search(prev.text)
    if by is None:
        return None
    after = prev.start + by.end()
    for m, ent in reversed(st.att.mentions):
        if m.start < after:
            break
        if m.kind == "person" and ent is not None and m.end <= prev.end:
            return ent.id
    return None


def _body_label_item(text: str, verb: int) -> bool:
    """The body as a label before the first item of its decisions: "Members: (a) noted"."""
    lab = S.LABEL_ITEM_BEFORE.match(text, 0, verb)
    return lab is not None and cues().body_subject.search(lab.group(1)) is not None


def _who_speaks_later(text: str, end: int) -> bool:
    """Whether a speech verb after ``end`` opens a relative clause on a name: ", who outlined"."""
    if ", who " not in text[end:]:
        return ", which " in text[end:] and any(
            _report_which(text, w.start()) for w in cues().speech.finditer(text, end)
        )
    return any(
        S.WHO_BEFORE.search(text, max(0, w.start() - 16), w.start())
        for w in cues().speech.finditer(text, end)
    )


def _presenter(st: State, agent: str) -> list[int]:
    """The holder of the title that presented a report: "the President of the Commission"."""
    tr = cues().title_ref.fullmatch(agent.strip())
    ent = st.by_title(tr.group(1)) if tr is not None else None
    return [ent.id] if ent is not None else []


def _report_which(text: str, verb: int) -> re.Match[str] | None:
    """ "the report presented by X, which highlighted": the presenter, before ``verb``."""
    return S.REPORT_WHICH.search(text, max(0, verb - 200), verb) if ", which " in text[:verb] else None


def speech_verb(st: State, here: Here) -> Outcome:
    """The subject of the first speech verb that has one takes the floor."""
    s = here.s
    if st.reported_list is not None and (S.ENUMERATED.match(s.text) or S.ORDINAL_ITEM.match(s.text)):
        return PASS  # an item of the list a speaker introduced ("X briefed Members, including:")
    ob = S.ON_BEHALF.match(s.text)
    for m in cues().speech.finditer(s.text) if here.may("speech") else ():
        if passive_before(s.text, m.start()) or _hands_over(m.group(0), s.text, m.end()):
            continue
        if _in_proper_name(s.text, m):
            continue  # "the Member States of the African Region": a name, not "states"
        if _noun_use(s.text, m) or _heading_plural(s.text, m):
            continue  # "a group of eleven member states, called for": a noun, not "states"
        if s.text[m.end() : m.end() + 1] == ":" and m.group(0).lower() + ":" in V.MOTION_LABELS:
            continue  # "Moved: A   Seconded: B": a motion's labels (the motion sieve), no verb
        if m.group(0).lower() in V.VOTE_VERBS and S.VOTE_RECORD.search(s.text):
            continue  # "Vote: 4-1 in favour (...; Weintraub opposed)": a vote, not speech
        if m.group(0).lower() in V.ENDING_VERBS and S.MEETING_OBJECT.match(s.text, m.end()):
            continue  # "the Board concluded the Article IV consultation": it ended, no speech
        if S.BY_AGENT.match(s.text, m.end()) and m.group(0).lower() + " by" in V.MOTION_BY_PHRASES:
            continue  # "Draft Report, proposed by the Chair,": the motion sieve's, no speech of its own
        if S.BY_AGENT.match(s.text, m.end()) and ", which " in s.text[m.end() :]:
            continue  # "the report presented by X, which highlighted": a participle, X's verb is later
        if S.RELATIVE_PLUPERFECT.search(s.text, max(0, m.start() - 80), m.start()):
            continue  # "three items the Society had supported": a clause on a noun, no speech here
        rel = _report_which(s.text, m.start())
        subj, via = subject(st, here, rel.end("agent") if rel else m.start(), speech=True)
        if rel is not None and not subj:
            subj, via = _presenter(st, rel.group("agent")), "title-only"
        if not subj:
            subj, via = _postposed(st, here, m.end()), "postposed"
        if not subj or (
            m.group(0).lower() in V.MEETING_NOT
            and (subj == [MEETING] or _opens_aside(s.text[: m.start()]) or via in _WEAK_SUBJECTS)
        ):
            continue  # ("The Policy, reviewed in line with ..., was circulated": a participle)
        if subj == [MEETING] and _who_speaks_later(s.text, m.end()):
            continue  # "Leaders welcomed the report of X, who outlined ...": X takes the floor
        if _as_reference(st, here, subj, m):
            continue  # "..., as Mayor Shiraishi proposed.": what X said before, no turn of X's
        if st.turn_owner is not None and subj[0] != st.turn_owner and st.reporting_turn:
            span = subject_span(st, here, subj, m.start(), m.end())
            for eid in subj:
                if eid >= 0:  # "the Minister of Energy, Hon. X, informed Cabinet" in a press statement
                    st.speak_aside(eid, "speech-verb", span, via)
            return DECIDED
        if st.turn_owner is not None and subj[0] != st.turn_owner:
            if not (
                here.para_start
                and via in ("named-mention", "lone-name")
                and _opens_with_subject(here, m.start())
            ):
                continue
            st.turn_owner = None  # "Martin asked: ..." opening a paragraph ends the turn before it
        span = subject_span(st, here, subj, m.start(), m.end())
        for eid in subj:
            if eid >= 0:
                _announce(st, here, eid, m.group(0), span)
                if ob:
                    st.att.on_behalf_of.setdefault(eid, ob.group(1).strip())
        st.sentence_subject = subj
        if subj[0] >= 0 and any(ent is not None and ent.id == subj[0] for _, ent in here.resolved):
            st.att.narrated.add(here.i)
        if len(subj) == 1:
            _role_as(st, here, subj[0])
            st.speak(subj[0], "speech-verb", span, via)
        else:
            st.speak_many(subj, "speech-verb", span, via)
        if _reports_decisions(here, subj, m.end()) or _introduces_list(here, subj):
            st.reported_list = subj[0]  # "... said Cabinet took the following decisions:"
            st.reported_marker = _paragraph_marker(st, here)
            _reads_out_statement(st, here, subj[0])
        if m.group(0).lower() in V.MOVING_VERBS and s.text.rstrip().endswith(":"):
            # "Director Pettersen moved that the Board:" then "(1) award ...": the motion's
            # words are the meeting's (as after "Moved By: X"), the mover has spoken
            st.give_floor(MEETING, "speech-verb", span)
        _answering(st, here, m.end())
        _joined_with(st, here, m.end())
        _voiced_through(st, here, subj, m.end())
        _voice_in_aside(st, here, subj, span, m.start())
        _quoted_paragraph(st, here, m.start())
        _relayed_series(st, here, m.start())
        _after_semicolon(st, here, m.end())
        return DECIDED
    return PASS


def _reports_decisions(here: Here, subj: list[int], after: int) -> bool:
    """A person's statement ends by introducing the body's decisions: "the Minister said
    Cabinet took the following decisions:" (a deciding verb after the speech verb)."""
    text = here.s.text
    return (
        len(subj) == 1
        and subj[0] >= 0
        and text.rstrip().endswith(":")
        and here.may("body_only")
        and cues().body_only.search(text, after) is not None
    )


def _reads_out_statement(st: State, here: Here, eid: int) -> None:
    """ "X read out the official statement:" over a quotation: the body's acts in it are X's
    (GOLD.md convention 11), up to its closing quote mark; those it names speak for themselves."""
    if st.statement_owner is not None or here.words.isdisjoint(V.READ_OUT_NOUNS):
        return
    quoted = S.QUOTATION_AFTER.match(st.text, here.s.end)
    if quoted is not None:
        st.statement_owner, st.statement_until = eid, quoted.end()


def _introduces_list(here: Here, subj: list[int]) -> bool:
    """A person's speech ends by introducing its own list: "Ms X briefed Members on the
    application, including:" (the items under it are hers, whatever verbs they hold)."""
    return len(subj) == 1 and subj[0] >= 0 and here.s.text.rstrip().endswith(":")


def _paragraph_marker(st: State, here: Here) -> str | None:
    """The number or bullet that opens the paragraph the sentence is in ("6. ... Mr X
    made the following points:" is in paragraph "6. "), or None."""
    k = here.i
    while k > 0 and not here.doc.paragraph_start(k):
        k -= 1
    marker = S.ENUMERATED.match(st.sentences[k].text)
    return marker.group(0) if marker else None


def _clause_verb(here: Here, a: int, b: int) -> int:
    """Where the verb of a clause between ``a`` and ``b`` (offsets in the sentence) stands:
    its first lowercase word after a capitalised one ("the Chief Minister | expressed");
    ``b`` when there is none."""
    toks, start = here.toks, here.s.start
    for k, t in enumerate(toks):
        if t.start < start + a or k == 0:
            continue
        if t.start >= start + b:
            break
        if t.text.isalpha() and t.text.islower() and t.low != "the" and toks[k - 1].text[:1].isupper():
            return t.start - start
    return b


def _after_semicolon(st: State, here: Here, after: int) -> None:
    """ "Cllr Ngcobo asked when ...; the Municipal Manager responded that ...": a clause
    after a semicolon whose speech verb has a named or titled subject of its own in it."""
    text = here.s.text
    semi = text.find(";", after)
    if semi < 0:
        _listed_after_comma(st, here, after)
        return
    for m in cues().speech.finditer(text, semi):
        if passive_before(text, m.start()) or _in_proper_name(text, m):
            continue
        subj, via = subject(st, here, m.start(), speech=True)
        if len(subj) != 1 or subj[0] < 0 or via not in ("named-mention", "title-only"):
            return
        span = subject_span(st, here, subj, m.start(), m.end())
        if span[0] < here.s.start + semi:
            return  # (the subject stands before the semicolon: the same speaker)
        st.speak(subj[0], "speech-verb", span, via)
        return


def _listed_after_comma(st: State, here: Here, after: int) -> None:
    """ "The Office reported on ..., the Water Bureau, the Housing Bureau and X Town made
    statements in turn": a clause joined by a comma whose speech verb has a list of named
    subjects of its own, all after that comma (each of them speaks); one named subject
    after ", and" too ("Two towns made speeches, and Li Na, a teacher, spoke for ...")."""
    text = here.s.text
    for m in cues().speech.finditer(text, after):
        if passive_before(text, m.start()) or _in_proper_name(text, m):
            continue
        if "," not in text[after : m.start()]:
            _and_titled_clause(st, here, after, m)
            return  # (no comma before the verb: no clause of its own but one "and A B said")
        subj, via = subject(st, here, m.start(), speech=True)
        if not subj or min(subj) < 0 or via != "named-mention":
            return
        span = subject_span(st, here, subj, m.start(), m.end())
        opens = S.AND_CLAUSE_BEFORE if len(subj) == 1 else S.CLAUSE_COMMA_BEFORE
        if not opens.search(st.text, here.s.start + after, span[0]):
            return  # (the list, or one name after ", and", does not open a clause of its own)
        for eid in subj:
            _announce(st, here, eid, m.group(0), span)
        st.speak_many(subj, "speech-verb", span, via)
        return


def _and_titled_clause(st: State, here: Here, after: int, m: re.Match[str]) -> None:
    """ "Lion Harold led the Pledge and Lion Ed gave the invocation": a second clause after
    "and" whose speech verb has one subject of its own, named with an honorific or a title."""
    got, via = subject(st, here, m.start(), speech=True)
    # (the last of the co-subjects: "the Pledge of Allegiance and Lion Ed" joins a name before)
    subj = got[-1:]
    if not subj or subj[0] < 0 or via != "named-mention" or subj[0] in st.sentence_subject:
        return
    hows = {mm.how for mm, ent in here.resolved if ent is not None and ent.id == subj[0]}
    span = subject_span(st, here, subj, m.start(), m.end())
    if not hows & {"honorific", "title"} or not S.AND_TITLED_CLAUSE_BEFORE.match(
        st.text[here.s.start + after : span[0]]
    ):
        return
    _announce(st, here, subj[0], m.group(0), span)
    st.speak(subj[0], "speech-verb", span, via)


def _in_proper_name(text: str, m: re.Match[str]) -> bool:
    """A one-word verb written capitalised after a capitalised word, mid-sentence, is part
    of a name: "Member States", "United States" (not "RESOLVED", not "Members Noted" in
    capitals)."""
    word = m.group(0)
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    before = text[: m.start()].rstrip()
    k = len(before)
    while k > 0 and before[k - 1].isalpha():
        k -= 1
    prev = before[k:]
    return k > 0 and prev[:1].isupper() and not prev.isupper()


def _noun_use(text: str, m: re.Match[str]) -> bool:
    """A one-word verb form after a determiner, a number or "member" is a noun: "eleven
    member states", "the notes" (rules.verbs.NOUN_BEFORE)."""
    if " " in m.group(0):
        return False
    before = text[max(0, m.start() - 24) : m.start()].split()
    return bool(before) and before[-1].lower() in V.NOUN_BEFORE


def _heading_plural(text: str, m: re.Match[str]) -> bool:
    """A one-word verb in -s that ends a short line with no final stop is a plural noun of
    an agenda heading: "6. Branch reports", "Committee updates" (no one named "Branch")."""
    word = m.group(0)
    return (
        " " not in word
        and word.lower().endswith("s")
        and not text[m.end() :].strip()
        and len(text.split()) <= 5
    )


def according_to(st: State, here: Here) -> Outcome:
    """ "According to Vice Minister Chen, two issues remain: ...": Chen speaks ("According
    to her, the Cabinet decided ...": she does, and the decisions she reports are hers)."""
    s = here.s
    m = S.ACCORDING_TO.match(s.text)
    if st.turn_owner is not None or not m:
        return PASS
    pm = S.ACCORDING_TO_PRONOUN.match(s.text)
    if pm is not None:
        return DECIDED if _according_to_pronoun(st, here, pm) else PASS
    found = _person_at(here, s.start + m.end())
    if found is None:
        return PASS
    mm, ent = found
    if st.text[mention_end(mm, here.toks) : mention_end(mm, here.toks) + 1] != ",":
        return PASS
    st.speak(st.entity_for(mm, ent).id, "according-to", (s.start, mm.end))
    return DECIDED


def _person_at(here: Here, at: int) -> tuple[Mention, Entity | None] | None:
    """The sentence's person mention whose first token starts at ``at``, with its entity."""
    for mm, ent in here.resolved:
        if mm.kind == "person" and here.toks[mm.tok_start].start == at:
            return mm, ent
    return None


def _person_within(here: Here, lo: int, hi: int) -> tuple[Mention, Entity | None] | None:
    """The sentence's first person mention whose first token starts from ``lo`` to ``hi``."""
    for mm, ent in here.resolved:
        if mm.kind == "person" and lo <= here.toks[mm.tok_start].start <= hi:
            return mm, ent
    return None


def _according_to_pronoun(st: State, here: Here, m: re.Match[str]) -> bool:
    """ "According to her, ...": the person the pronoun refers to speaks (False: none found)."""
    subj, via = subject(st, here, m.end("pos") + 1, create=False, speech=True)
    if len(subj) != 1 or subj[0] < 0:
        return False
    st.speak(subj[0], "according-to", (here.s.start + m.start("pos"), here.s.start + m.end()), via)
    return True


def own_view(st: State, here: Here) -> Outcome:
    """ "In his view, firstly, ...": the person the possessive refers to speaks."""
    m = S.OWN_VIEW.match(here.s.text)
    if m is None or st.turn_owner is not None:
        return PASS
    subj, via = subject(st, here, m.end("pos") + 1, create=False, speech=True)
    if len(subj) != 1 or subj[0] < 0:
        return PASS
    if subj[0] != st.cur:
        st.speak(subj[0], "own-view", (here.s.start + m.start("pos"), here.s.start + m.end()), via)
    return DECIDED


def speech_by(st: State, here: Here, proposals_only: bool = False) -> Outcome:
    """ "received a report from X", "a briefing from the Cabinet Secretary, Hon. Y, on ...": X spoke.
    (``proposals_only``: after the meeting's decision, only "the proposal presented by X".)"""
    if st.turn_owner is not None:
        return PASS
    s = here.s
    for bm in cues().speech_by.finditer(s.text) if here.may("speech_by") else ():
        proposal = " ".join(bm.group(0).lower().split()) in V.PROPOSAL_BY
        if proposals_only and not proposal:
            continue
        if _relayed_at(s.text, bm):
            continue  # "the spirit of the speech delivered by X": relayed (the mentions sieve)
        if bm.group(0).lower() == "delivered by" and not S.SPOKEN_THING.search(s.text, 0, bm.start()):
            continue  # "the supplies delivered by X": no speech
        after = s.start + bm.end()
        lead_start = after_title_apposition(st.text, skip(st.text, after, " ,"))
        if st.text[lead_start : lead_start + 4] == "the ":
            lead_start += 4  # "a report from the Ministry of Emergency Management"
        # "Proposal by the municipal manager:" over its items: the items are the proposer's
        label = proposal and S.PROPOSAL_LABEL.match(s.text) is not None
        found = _by_whom(here, after, lead_start)
        known = None if any(mm.kind == "person" for mm, _ in found) else _known_holder(st, here, bm.end())
        if known is not None:  # "presented by the President of the Air Navigation Commission": its holder
            _speaks_by(st, proposal and not label, known.id, (s.start + bm.start(), s.start + bm.end()))
            return DECIDED
        for mm, ent in found:
            # a person, or an organisation said to present (GOLD.md convention 14):
            # "a presentation from Transmission Company of Nigeria"
            e2 = st.entity_for(mm, ent)
            _speaks_by(st, proposal and not label, e2.id, (s.start + bm.start(), mm.end))
            return DECIDED
        holder = _title_holder(st, here, bm.end(), label)
        if holder is not None:  # "read out by the Director of Corporate Governance"
            _speaks_by(st, proposal and not label, holder, (s.start + bm.start(), s.start + bm.end()))
            return DECIDED
    return PASS


def _relayed_at(text: str, bm: re.Match[str]) -> bool:
    """A phrase of rules.verbs.RELAYED_BEFORE ends where ``bm`` ends ("speech delivered by")."""
    return any(
        m.end() == bm.end() for m in cues().relayed_phrase.finditer(text, max(0, bm.start() - 40), bm.end())
    )


def _by_whom(here: Here, after: int, lead: int) -> list[tuple[Mention, Entity | None]]:
    """The mentions from ``after`` to the name at ``lead``, people first, then that name:
    "briefed by the Head of the United Nations Mission in X, Hanna Y" is Hanna Y's, not the
    Mission's ("presented by Minister Shri X, the Cabinet ..." stays X's)."""
    found = [
        (mm, ent) for mm, ent in here.resolved if mm.start >= after and here.toks[mm.tok_start].start <= lead
    ]
    return sorted(found, key=lambda p: (p[0].kind != "person", here.toks[p[0].tok_start].start != lead))


def _speaks_by(st: State, proposal: bool, eid: int, span: tuple[int, int]) -> None:
    """``eid`` was present and spoke; a proposal the meeting decides on ("the proposal
    presented by X") leaves the floor with the meeting."""
    st.mark_present(eid, "speech-by", span)
    if proposal and st.cur == MEETING:
        st.speak_aside(eid, "speech-by", span)
    else:
        st.speak(eid, "speech-by", span)


def _known_holder(st: State, here: Here, at: int) -> Entity | None:
    """The person named in this document as holding the title written alone at ``at``
    (None when nobody is): the title's own organisation is no speaker then."""
    m = S.THE_TITLE.match(here.s.text, at)
    if m is None or not is_title_phrase(m.group("t")):
        return None
    ent = st.by_title(m.group("t"))
    return ent if ent is not None and ent.kind == "person" and not ent.anonymous else None


def _title_holder(st: State, here: Here, at: int, label: bool = False) -> int | None:
    """Who holds the title written alone at ``at`` ("the Director of Corporate
    Governance"; in lower case in a label: "Proposal by the municipal manager:"): the one
    named with it in this document, or that role, anonymous."""
    m = S.THE_TITLE.match(here.s.text, at)
    title = m.group("t") if m else ""
    if m is None and label and (m := S.THE_LOWER_TITLE.match(here.s.text, at)):
        title = " ".join(w[:1].upper() + w[1:] for w in m.group("t").split())  # (as a title reads)
    if m is None or not is_title_phrase(title):
        return None
    return st.holder_or_role(m.group("t"), here.s.start + m.start("t")).id


def speakers_list(st: State, here: Here) -> Outcome:
    """ "Speaking in the discussion were Finland on behalf of the Nordic-Baltic countries,
    Portugal and Kenya": each one listed spoke and took part (GOLD.md convention 14); the
    floor stays where it was."""
    m = S.SPEAKERS_WERE.match(here.s.text)
    if m is None or st.turn_owner is not None:
        return PASS
    found = False
    at = m.end()
    body = here.s.text[at:].rstrip().rstrip(".")
    pieces = S.SPEAKERS_SPLIT.split(body)
    for piece in pieces[:-1] + S.LIST_AND.split(pieces[-1], maxsplit=1):
        ent = _listed(st, here, piece, at + body.find(piece))
        if ent is not None:
            span = (here.s.start + m.start(), here.s.start + m.end())
            st.mark_present(ent, "speakers-list", span)
            st.speak_aside(ent, "speakers-list", span)
            found = True
    return DECIDED if found else PASS


def _listed(st: State, here: Here, piece: str, rel: int) -> int | None:
    """The entity a list item names ("Egypt on behalf of the Group of Arab States": Egypt,
    speaking for the group), known or new (an organisation: a State, a body)."""
    tail = S.ON_BEHALF_TAIL.search(piece)
    name = piece[: tail.start()] if tail else piece
    if not S.LISTED_NAME.fullmatch(name.strip()):
        return None
    name = name.strip()
    ent = st.reg.lookup_tokens(name.split()) or st.reg.add(name, "organization", None, here.s.start + rel)
    if tail is not None:
        st.att.on_behalf_of.setdefault(ent.id, tail.group("g").strip())
    return ent.id


def motion(st: State, here: Here) -> Outcome:
    """ "Moved by Cllr A, seconded by Cllr B": both speak (GOLD.md convention 9). The
    mover takes the floor, a seconder leaves it where it was; but a motion whose words
    follow on lines of their own ("Moved By:Councillor A" / "1. That ...") is the
    meeting's: the floor goes to the meeting."""
    s = here.s
    if st.turn_owner is not None:
        return PASS
    found = _shorthand_pair(st, here)
    found = _and_seconded(st, here) or found
    for bm in _motion_cues(here):
        if " ".join(bm.group(0).lower().split()) in V.WEAK_MOTION_CUES and not S.MOTION_WORD.search(s.text):
            continue  # "Minister X, supported by Hungary, presented a note": no motion here
        after = skip(st.text, s.start + bm.end(), " ,:")
        # (or past "the": "seconded by the Civic Forum of X", the organisation without it; a
        # seconder's only: "the scheme proposed by the Ministry of Y" moves nothing)
        the = bm.groupdict().get("seconder") and st.text[after : after + 4].lower() == "the "
        past_the = skip(st.text, after + 4, " ") if the else after
        by = next(
            (
                (st.entity_for(mm, ent).id, mm.end)
                for mm, ent in here.resolved
                if _may_move(mm) and here.toks[mm.tok_start].start in (after, past_the)
            ),
            None,
        )
        # "Draft Report, proposed by the Chair, brought up": a title alone, set off by commas
        # (not "the three priorities proposed by the Chair", which names no motion)
        set_off = s.text[: bm.start()].rstrip().endswith(",")
        h = _title_holder(st, here, bm.end()) if by is None and set_off else None
        if h is not None:
            by = h, s.start + bm.end()
        if by is None:
            continue
        span = (s.start + bm.start(), by[1])
        if bm.group("mover") and not (_body_decided_here(st) or _trails_body_item(st, here)):
            st.speak(by[0], "motion", span)
        else:
            st.speak_aside(by[0], "motion", span)
        found = True
    if found and (_motion_line(here) or s.text.rstrip().endswith(":")):
        # "Motion by X, seconded by Y, to adopt ... with the following amendments:" too
        st.give_floor(MEETING, "motion", (s.start, s.end))
    return DECIDED if found else PASS


def _may_move(mm: Mention) -> bool:
    """A person, or an organisation that is not a body ("Proposed: Kerr Joinery Ltd", a
    member company; not "moved by the Finance Committee")."""
    if mm.kind == "person":
        return True
    return mm.kind == "organization" and mm.name.lower().split()[-1] not in P.BODY_NOUNS


def _and_seconded(st: State, here: Here) -> bool:
    """ "The Chair moved, and Councillor B seconded, that ...": the seconder, named after the
    mover's verb, speaks (the mover is the speech verb's); the floor stays."""
    s = here.s
    for am in S.MOVED_AND.finditer(s.text) if "seconded" in s.text else ():
        for mm, ent in here.resolved:
            lead = here.toks[mm.tok_start].start - s.start
            if mm.kind == "person" and lead == am.end() and S.SECONDED_NEXT.match(s.text, mm.end - s.start):
                st.speak_aside(st.entity_for(mm, ent).id, "motion", (s.start + am.start(), mm.end))
                return True
    return False


def _shorthand_pair(st: State, here: Here) -> bool:
    """ "(M/S: Reyes/O'Hare)", "Reyes/O'Hare M/S/P": both moved or seconded (they speak);
    the floor stays."""
    text = here.s.text
    m = (
        (S.MS_SHORTHAND.search(text) or S.MS_SHORTHAND_BEFORE.search(text))
        if ("M/S" in text or "MS" in text) and S.MS_SHORTHAND_MARK.search(text)
        else None
    )
    if m is None:
        return False
    found = False
    for group in ("mover", "seconder"):
        name = m.group(group).rstrip(".").replace(".", ". ").split()  # ("Colleen/Marcus.": the stop)
        ent, _ = st.reg.resolve(name, st.prefer())
        if ent is not None and ent.kind == "person":
            st.speak_aside(ent.id, "motion", (here.s.start + m.start(group), here.s.start + m.end(group)))
            found = True
    return found


def dash_byline(st: State, here: Here) -> Outcome:
    """'Amendment proposed, in line 4, to add "...".—(Ben Carradine.)': the person
    named in parentheses after the closing dash moved it (GOLD.md convention 9)."""
    m = S.DASH_BYLINE.search(here.s.text) if "(" in here.s.text else None
    if m is None or st.turn_owner is not None:
        return PASS
    found = _person_at(here, here.s.start + m.start("n"))
    if found is None:
        return PASS
    mm, ent = found
    st.speak_aside(st.entity_for(mm, ent).id, "dash-byline", (here.s.start + m.start(), mm.end))
    return DECIDED


def _trails_body_item(st: State, here: Here) -> bool:
    """The motion closes an item of the meeting's list, on the item's line: "1. To adopt the
    accounts. Proposed by A and seconded by B." (A moved it; the next item is the meeting's)."""
    if st.cur != MEETING or here.line_start:
        return False
    line = st.text[st.text.rfind("\n", 0, here.s.start) + 1 : here.s.start]
    return S.ENUMERATED.match(line) is not None


def _body_decided_here(st: State) -> bool:
    """The meeting took the floor in this sentence: "on a motion moved by X, the Trustees
    RESOLVED to make the following grants:" (the grants are the meeting's, X still moved)."""
    why = st.cur_why
    return st.cur == MEETING and why is not None and st.att.trail[why].sentence == st.i


def _motion_cues(here: Here) -> list[re.Match[str]]:
    """ "moved by", "seconded by", "Moved:", and the shorthand "Moved Len, seconded Judy",
    in reading order (each match has a group "mover" or "seconder")."""
    text = here.s.text
    found = list(cues().motion_by.finditer(text)) if here.may("motion_by") else []
    if not S.MOTION_SHORTHAND_WORDS.isdisjoint(here.words):
        found += S.MOTION_SHORTHAND.finditer(text)
        found.sort(key=lambda m: m.start())
    opening = text.lstrip(" \t\r\n*#>-")[:12].lower()
    to_by = S.MOTION_TO_BY.match(text) if opening.startswith(("motion to", "a motion to")) else None
    if to_by is not None:  # "Motion to adjourn by Senator Castellano"
        found.insert(0, to_by)
    second = S.SECOND_LABEL.match(text) if opening.startswith("second") else None
    if second is not None:  # "Second: Senator Oh."
        found.insert(0, second)
    return found


def _body_not_speaking(text: str, m: re.Match[str]) -> bool:
    """A verb that is speech only when a person does it (MEETING_NOT), with the meeting
    as its subject: "The meeting discussed the plan and decided to go ahead" (the body
    decides, by its deciding verb)."""
    if m.group(0).lower() not in V.MEETING_NOT:
        return False
    head = text[: m.start()].rstrip()
    return cues().body_subject.search(head) is not None


def _body_letters_not_speaking(st: State, text: str, m: re.Match[str]) -> bool:
    """A verb that is speech only when a person does it (MEETING_NOT) after the letters of
    the meeting's body, as the whole subject: "BOT discussed the paper and decided ..."."""
    if m.group(0).lower() not in V.MEETING_NOT:
        return False
    head = text[: m.start()].split()
    if len(head) != 1:
        return False
    return body_abbreviation(head[0], st.reg.lookup_tokens(head))


def _first_active_speech(text: str) -> re.Match[str] | None:
    """The first speech verb with a speaker of its own: not a passive one ("upon motion
    duly made and seconded, the Board adopted ...": the Board decides)."""
    for m in cues().speech.finditer(text):
        if not (
            passive_before(text, m.start())
            or S.MOTION_PARTICIPLE.search(text, 0, m.start())
            or S.BY_AGENT.match(text, m.end())  # "on a motion moved by X and seconded by Y"
            or S.HAVING_BEFORE.search(text, tail_start(text, 0, m.start(), 2), m.start())
            or _noun_use(text, m)  # "Having considered the reports before it, the Assembly adopted"
            or _body_not_speaking(text, m)  # "The meeting discussed the plan and decided ..."
        ):
            return m
    return None


def _motion_line(here: Here) -> bool:
    """ "Moved By:Councillor Dubois", "Moved: Bro. K. Doyle (Scotland)" on a line of its
    own: the motion's words follow."""
    text = here.s.text.rstrip()
    one_line = "\n" not in text.strip() and len(text.split()) <= 8
    return here.line_start and one_line and (text[-1:].isalpha() or _ends_in_parenthesis(text))


def _ends_in_parenthesis(text: str) -> bool:
    """ "... (Scotland)": a short parenthesis closes the line (the mover's seat or ward)."""
    return text.endswith(")") and text.rfind("(") > 0 and len(text) - text.rfind("(") <= 40


def _role_as(st: State, here: Here, eid: int) -> None:
    """ "António Guterres this morning presented ... his priorities during his last year as
    UN Secretary-General": a speaker with no title yet has the one given after "as"."""
    if eid < 0 or st.reg.entities[eid].role is not None or st.reg.entities[eid].kind != "person":
        return
    for m in S.AS_TITLE.finditer(here.s.text):
        title = m.group("t")
        head = title.split(" of ")[0].split()[-1].lower()
        if head in P.TITLE_HEADS or head.split("-")[0] in P.TITLE_HEADS:
            st.reg.entities[eid].role = title
            return


def _opens_with_subject(here: Here, verb_at: int) -> bool:
    """The sentence is "Name verb ...": a name of one to four words, then the verb."""
    words = here.s.text[:verb_at].split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _hands_over(verb: str, text: str, end: int) -> bool:
    """ "presented to the President the certificate of recognition": a thing handed over."""
    return (
        " ".join(verb.lower().split()) in V.HANDING_VERBS
        and cues().handed_object.match(text, end) is not None
    )


def _announce(st: State, here: Here, eid: int, verb: str, span: tuple[int, int]) -> None:
    """ "X made a speech": X is announced (a shared surname prefers X later); an
    organisation that made a speech, a statement or a report is present ("Songjiang
    District Government made speeches"; one that only "said" something is not), and so is
    one that spoke through someone there ("The X Group, represented by Mrs Y, requested")."""
    if verb.lower().startswith(("made a speech", "made speeches", "delivered a speech")):
        st.announced.add(eid)
    aside = S.PRESENT_ASIDE.search(st.text, span[0], span[1])
    presenting = not V.PRESENTING_WORDS.isdisjoint(verb.lower().split()) or aside is not None
    if presenting and st.reg.entities[eid].kind == "organization":
        st.mark_present(eid, "speech-verb", span)
        if aside is not None and "represented" in aside.group(0):
            _representative_present(st, here, aside, span)


def _representative_present(st: State, here: Here, aside: re.Match[str], span: tuple[int, int]) -> None:
    """The one a body spoke through is there too: "The X Authority, represented at the
    briefing by its Chief Executive Jo Lee, welcomed" (Jo Lee attends)."""
    for m, ent in here.resolved:
        if m.kind == "person" and aside.end() <= m.start < span[1]:
            st.mark_present(st.entity_for(m, ent).id, "speech-verb", span, "represented-by")


def _postposed(st: State, here: Here, rel: int) -> list[int]:
    """Subject after the verb: "..., said the President." or "..., said Xi."."""
    m = re.match(r"\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*[.,!]?\s*$", here.s.text[rel:])
    if not m:
        return []
    words = m.group(1)
    ent = st.reg.lookup_tokens(words.split(), st.prefer()) or st.by_title(words)
    return [ent.id] if ent is not None else []


def _answering(st: State, here: Here, after: int) -> None:
    """ "The Chairman informed the meeting ..., to which the Executive Director, Mr. Lim,
    responded as follows:": a later speech verb that introduces what follows."""
    s = here.s
    if s.text.find(":", after) < 0:
        return  # (a verb that introduces what follows has a colon after it: S.INTRODUCES)
    for m in cues().speech.finditer(s.text, after) if here.may("speech") else ():
        if not S.INTRODUCES.match(s.text, m.end()):
            continue
        subj, via = subject(st, here, m.start(), speech=True)
        if subj and subj[0] >= 0 and subj[0] != st.cur:
            st.speak(subj[0], "speech-verb", (s.start + m.start(), s.start + m.end()), via)
        return


def _joined_with(st: State, here: Here, after: int) -> None:
    """ "A and B made statements and, with C, answered questions": C spoke too (the floor
    stays with the subject)."""
    if "with" not in here.words:
        return
    m = S.JOINED_WITH.search(here.s.text, after)
    if m is None:
        return
    a, b = here.s.start + m.start("who"), here.s.start + m.end("who")
    for mm, ent in here.resolved:
        if a <= mm.start and mm.end <= b and mm.kind == "person":
            st.speak_aside(
                st.entity_for(mm, ent).id, "speech-verb", (a, here.s.start + m.end()), "joined-with"
            )


def _voiced_through(st: State, here: Here, subj: list[int], after: int) -> None:
    """ "The Staff Forum reported through Ms X, its chair", "The Club addressed the Board
    through its president, Ms X,": the body spoke and X voiced it; both were there, and X
    speaks after it and holds the floor (what follows is hers)."""
    if len(subj) != 1 or subj[0] < 0 or st.reg.entities[subj[0]].kind != "organization":
        return
    m = S.THROUGH.match(here.s.text, after)
    if m is None:
        return
    # (the title is the mention's when it names the voice: "through its president, Ms X",
    # "through its Lead Volunteer Dan Kerr")
    found = _person_at(here, here.s.start + m.end())
    if found is None and m.group("who") is not None:
        found = _person_within(here, here.s.start + m.start("who"), here.s.start + m.end())
    if found is not None:
        mm, ent = found
        span = (here.s.start + m.start(), mm.end)
        st.mark_present(subj[0], "speech-verb", span)  # (it spoke at the meeting, through X there)
        st.speak(st.entity_for(mm, ent).id, "speech-verb", span, "voiced-through")


def _voice_in_aside(st: State, here: Here, subj: list[int], span: tuple[int, int], verb_at: int) -> None:
    """ "The Youth Club, through its chair Ann Lee, reported": the body spoke through someone
    there, so X was present (only its voice, no speaker of her own here; the body is present
    by its verb, as _announce decides)."""
    if len(subj) != 1 or subj[0] < 0 or st.reg.entities[subj[0]].kind != "organization":
        return
    m = S.THROUGH_ASIDE.search(st.text, span[0], here.s.start + verb_at)
    found = _person_within(here, m.start("who"), m.end("who")) if m is not None else None
    if m is None or found is None:
        return
    st.mark_present(st.entity_for(*found).id, "speech-verb", (m.start("who"), m.end("who")))


def _quoted_paragraph(st: State, here: Here, verb_at: int) -> None:
    """'"First, ... Second, ...," Li said.' ends a quoted paragraph: Li spoke all of it."""
    s, i = here.s, here.i
    if not here.doc.last_in_paragraph(i) or not S.QUOTE_CLOSE_BEFORE.search(s.text[:verb_at]):
        return
    first = _quotation_opens(st, i)
    if first is None:
        return
    for j in range(first, i):
        st.att.floor[j] = st.cur
        st.att.floor_why[j] = st.cur_why
    if st.cur not in st.att.first_sentence or st.att.first_sentence[st.cur] > first:
        st.att.first_sentence[st.cur] = first


def _quotation_opens(st: State, i: int) -> int | None:
    """The sentence before ``i`` in its paragraph where the quotation ``i`` closes opens:
    the paragraph's first, or a later one after the narrator's lead-in ("The Prime Minister
    referred to the results. "Dear colleagues, ... First, ..."), no quote mark in between."""
    para = st.sentences[i].paragraph
    k = i - 1
    while k >= 0 and st.sentences[k].paragraph == para:
        text = st.sentences[k].text.lstrip()
        if text.startswith(('"', "\u201c")):
            return k if text.count('"') + text.count("\u201d") <= 1 else None
        if '"' in text or "\u201c" in text or "\u201d" in text:
            return None
        k -= 1
    return None


def _relayed_series(st: State, here: Here, rel: int) -> None:
    """ "X said that the President had given three directives": the President takes the floor."""
    if here.words.isdisjoint(S.RELAYED_SERIES_NOUNS):
        return  # (the pattern ends with one of these nouns, a whole word)
    m = S.RELAYED_SERIES.search(here.s.text, rel)
    if not m:
        return
    verb = m.start("verb")
    if m.group(0)[:4].lower() == "said":  # "said the Chief Minister expressed concern ... and gave"
        verb = _clause_verb(here, m.start() + 4, verb)
    subj, _ = subject(st, here, verb, speech=True)
    if subj and subj[0] >= 0 and subj[0] != st.cur:
        st.speak(subj[0], "speech-verb", (here.s.start + m.start(), here.s.start + m.end()), "relayed-series")

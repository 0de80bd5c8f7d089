"""What the sieves share: the result being built (:class:`Attribution`), the reading
state (:class:`State`: who holds the floor, who has spoken, the open attendance list)
and the trail of decisions, each naming the sieve that made it.

A sieve changes the state only through :meth:`State.speak`, :meth:`State.mark_present`,
:meth:`State.preside` and :meth:`State.register`, so every decision is written to the
trail with the sieve's name and the words that decided it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar, overload

from minutes.attribution.cues import may_match_any, words_of
from minutes.attribution.predicates import (
    body_key,
    headline_body_names,
    meeting_body_names,
    with_honorific,
)
from minutes.document import Document
from minutes.model import Sentence
from minutes.people import Entity, Mention, Prefer, Registry, Token
from minutes.people.titles_index import title_aliases
from minutes.rules import people as P
from minutes.rules import structure as S

MEETING = -1  # the meeting as a body
NOBODY = -2  # no one has taken the floor yet

DecisionKind = Literal["speaker", "attendee", "presider", "resolved", "floor"]


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision and why: ``sieve`` made it, reading ``text[start:end]``."""

    sieve: str
    what: DecisionKind
    who: int  # an entity id, or MEETING
    sentence: int
    start: int
    end: int
    via: str = ""  # the subject or name sieve that found ``who`` ("pronoun", "title-only")


@dataclass
class Attribution:
    """Who is who, and who holds the floor at each sentence."""

    registry: Registry
    floor: list[int]  # per sentence: entity id, MEETING or NOBODY
    speakers: list[int] = field(default_factory=list)  # in order of first speech
    presider: int | None = None
    present: list[int] = field(default_factory=list)
    relayed: set[int] = field(default_factory=set)
    on_behalf_of: dict[int, str] = field(default_factory=dict)
    first_sentence: dict[int, int] = field(default_factory=dict)  # where each speaker first spoke
    narrated: set[int] = field(default_factory=set)  # sentences reporting a named person's speech
    body_acts: set[int] = field(default_factory=set)  # sentences in which the meeting as a body speaks
    # every mention read, with the entity it resolved to when read (spans for `minutes show`)
    mentions: list[tuple[Mention, Entity | None]] = field(default_factory=list)
    # (start, end, entity id): names in lists and chair lines, titles alone ("the Clerk")
    named: list[tuple[int, int, int]] = field(default_factory=list)
    trail: list[Decision] = field(default_factory=list)
    # per sentence: the index in ``trail`` of the decision that gave the floor held there
    floor_why: list[int | None] = field(default_factory=list)


_T = TypeVar("_T")


class _once(Generic[_T]):  # (a decorator, named as cached_property is)
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every
    first read: once per sentence and property here): computed on first read, then
    read from the instance's ``__dict__``."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> _once[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type[Any]) -> _T: ...
    def __get__(self, obj: object | None, owner: type[Any]) -> _once[_T] | _T:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class Here:
    """The sentence being read; its tokens come from the document model, and its mentions,
    resolved to entities, once the ``mentions`` sieve has read them."""

    doc: Document
    i: int
    s: Sentence
    para_start: bool
    line_start: bool  # a paragraph, or a line of a list or block
    resolved: list[tuple[Mention, Entity | None]] = field(default_factory=list)

    @_once
    def toks(self) -> list[Token]:
        """The sentence's tokens (the document's list: asked for by most sieves)."""
        return self.doc.tokens(self.i)

    @_once
    def words(self) -> frozenset[str]:
        """The sentence's words as the cue gates test them (``cues.words_of``)."""
        return words_of(self.s.text)

    @_once
    def cues(self) -> frozenset[str]:
        """The cue patterns that may match the sentence (``cues.may_match_any``)."""
        return may_match_any(self.words)

    def may(self, cue: str) -> bool:
        """Whether ``cues().<cue>`` may match the sentence (False: it cannot): ``cues.may_match``."""
        return cue in self.cues


def _holding_body(text: str) -> frozenset[str]:
    """The body said near the top to hold the meeting ("The Council of Ministers held its
    plenary session"), as :func:`body_key` gives it, and the body's name before its "of"
    ("the Supervisory Council of the Bank of X held its meeting": then "the Supervisory
    Council decided" is the meeting)."""
    if S.HELD_ITS.search(text, 0, S.BODY_LOOKAHEAD) is None:
        return frozenset()  # (most documents: no body "held its" meeting near the top)
    m = S.HELD_ITS_MEETING.search(text, 0, S.BODY_LOOKAHEAD)
    if m is None:
        return frozenset()
    body = m.group("body")
    head = body.split(" of ", 1)[0]  # ("the Supervisory Council of the Bank of X": "Supervisory Council")
    if head == body or head.split()[-1].lower() not in P.STRONG_BODY_NOUNS:
        return frozenset({body_key(body)})
    return frozenset({body_key(body), body_key(head)})


def _comma_ends(text: str) -> bool:
    """Whether at most two words follow the last comma of ``text``: what S.AS_ROLE cannot
    match without (a comma, then up to two words before the end)."""
    comma = text.rfind(",")
    return comma >= 0 and len(text[comma + 1 :].split()) <= 2


# The rank (see State.prefer) of a speaker who spoke in sentence 0: one who spoke later
# ranks lower (is preferred); every such rank is above the named ranks 0 to 3.
_LATER = 1 << 40


class State:
    """The reading state the sieves share, and the only way they decide."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.sentences = doc.sentences
        self.reg = Registry()
        self.att = Attribution(self.reg, [])
        self.cur = NOBODY
        self.cur_why: int | None = None  # the trail entry that gave ``cur`` the floor
        self.i = 0  # the sentence being read
        self.turn_owner: int | None = None  # a transcript turn: only its owner speaks
        # the turn is a spokesperson's press statement on a meeting: those it reports as
        # speaking at the meeting speak too, and the floor stays with the spokesperson
        self.reporting_turn = False
        # whose address the text transcribes ("The following is the transcript of the
        # Prime Minister's announcement."): a paragraph in the first person is theirs again
        self.address_owner: int | None = None
        # the person whose statement the whole release is ("STATEMENT BY THE MINISTER OF
        # INFORMATION, HON. X" before anyone speaks): the body's acts in it are theirs
        self.statement_owner: int | None = None
        self.statement_until: int | None = None  # where a read-out statement's quotation ends
        self.meeting_bodies = meeting_body_names(doc.meeting_title) | _holding_body(doc.text)  # ("MMKN")
        self.meeting_bodies |= headline_body_names(doc.text)  # ("EWC" under "... WORKS COUNCIL")
        self.title_abbreviations: dict[str, int] = {}  # '("US for T&L")' after a title: its holder
        self.host: int | None = None  # the person whose briefing the headline names ("A:" turns)
        self.last_person: int | None = None
        self.heading_orgs: list[Mention] = []  # organisations headings name in full ("the Society" below)
        self.last_person_before: int | None = None  # the last person named before this sentence
        # a one-word name as last resolved by its parts, and how many then had that part:
        # "Han put forward ... Han stressed ... Han noted" keep meaning the same Han
        self.short_forms: dict[str, tuple[int, int]] = {}
        self.announced: set[int] = set()  # announced as making a speech
        self.item_owner: int | None = None  # whose item a heading names: "1. Lot 8 - fence (Ann Bo)"
        self.present: set[int] = set()  # the ids in att.present
        self.spoken: set[int] = set()  # everyone who has taken the floor (the ids in att.speakers)
        self.spoke_at: dict[int, int] = {}  # the sentence each last took the floor in
        # the open attendance block ("Present:" and the lines after it)
        self.list_mode = False  # inside a list of attendees
        self.glyph_items = False  # the block's items are glyph bullets ("\u2022 Mr. X")
        self.list_role: str | None = None  # the title a list header gives its items
        self.item_role: str | None = None  # the last list line's own role (for ditto marks)
        self.line_items = False  # one person a line: "H.E. A, Minister of Trade, Malaysia;"
        # the column where a table's right-hand field starts when its header labels it as no
        # title ("DIRECTORS PRESENT      NOMINATING MEMBER"): the rows are read left of it
        self.side_column: int | None = None
        # the column where a second list starts when the header line heads two ("Members
        # Present      Staff Present"): each row holds an attendee on either side
        self.twin_column: int | None = None
        self.absent_block = False  # under "ABSENT:" inside the block: not attendees
        self.absent_names: set[str] = set()  # the names listed under it, lower case
        # the last line already read with a line above it: the name under "PRESENT IN THE
        # CHAIR:" alone, or under a title alone ("Director of Planning" / "Ms A. Kwok")
        self.read_through = -1
        self.acting_chair: int | None = None  # "Mr R. Menon took the Chair" after the presider
        self.chair_office: str | None = None  # "President: X (in the Chair)": the chair's office
        # "chaired by the Governor" with no Governor named yet: the title, sentence and words
        self.chair_by_title: tuple[str, int, tuple[int, int]] | None = None
        self.speaker_rolls = False  # a journal's roll of speakers was read ("Norway (PC.DEL/1/25)")
        self.body_list = False  # inside a list the meeting introduced ("RESOLVED that:")
        self.body_list_number: int | None = None  # its lead-in's paragraph number ("5. ... that:")
        # a speaker whose statement introduced a list of the body's decisions ("the Minister
        # said Cabinet took the following decisions:"): its items are the speaker's
        self.reported_list: int | None = None
        self.reported_marker: str | None = None  # the marker of the paragraph that introduced it
        self.sentence_subject: list[int] = []  # the last subject found in this sentence
        # the person named at the start of the previous sentence, its likely subject:
        # "Trustee Whitfield reviewed the bids. She said ..." (she is Whitfield)
        self.opened_by: int | None = None
        self.prev_opened_by: int | None = None

    # -- the trail -------------------------------------------------------------
    def decide(self, sieve: str, what: DecisionKind, who: int, span: tuple[int, int], via: str = "") -> int:
        self.att.trail.append(Decision(sieve, what, who, self.i, span[0], span[1], via))
        return len(self.att.trail) - 1

    # -- decisions ---------------------------------------------------------------
    def speak(self, eid: int, sieve: str, span: tuple[int, int], via: str = "") -> None:
        """``eid`` takes the floor (the meeting's acts, in a whole release that is one
        person's statement, are that person's: GOLD.md convention 11)."""
        eid = self._owner(eid)
        if eid not in self.spoken:
            self.spoken.add(eid)
            self.att.speakers.append(eid)
            self.att.first_sentence[eid] = self.i
        self.spoke_at[eid] = self.i
        self.cur_why = self.decide(sieve, "speaker", eid, span, via)
        self.cur = eid
        if eid == MEETING:
            self.att.body_acts.add(self.i)
        if eid >= 0 and self.reg.entities[eid].kind == "person":
            self.last_person = eid

    def speak_aside(self, eid: int, sieve: str, span: tuple[int, int], via: str = "") -> None:
        """``eid`` has spoken, and the floor stays where it was: a seconder, a chair who
        calls the meeting to order."""
        held, why = self.cur, self.cur_why
        self.speak(eid, sieve, span, via)
        self.cur, self.cur_why = held, why

    def _owner(self, eid: int) -> int:
        """Who acts for ``eid``: the meeting's acts in a whole release that is one person's
        statement are that person's (GOLD.md convention 11)."""
        return self.statement_owner if eid == MEETING and self.statement_owner is not None else eid

    def give_floor(self, eid: int, sieve: str, span: tuple[int, int]) -> None:
        """``eid`` holds the floor for what follows without having spoken: the items of a
        motion are the meeting's ("Moved By: Cllr A / Seconded By: Cllr B / 1. That ...")."""
        eid = self._owner(eid)
        self.cur_why = self.decide(sieve, "floor", eid, span)
        self.cur = eid

    def speak_many(self, subj: list[int], sieve: str, span: tuple[int, int], via: str = "") -> None:
        """Joint speakers ("A and B stressed"): each has spoken; the last holds the floor."""
        for eid in subj:
            if eid not in self.spoken:
                self.spoken.add(eid)
                self.att.speakers.append(eid)
                self.att.first_sentence[eid] = self.i
            self.spoke_at[eid] = self.i
            self.decide(sieve, "speaker", eid, span, via)
        self.cur = subj[-1]
        self.cur_why = len(self.att.trail) - 1

    def mark_present(self, eid: int, sieve: str, span: tuple[int, int], via: str = "") -> None:
        if eid not in self.present:
            self.present.add(eid)
            self.att.present.append(eid)
            self.decide(sieve, "attendee", eid, span, via)

    def preside(self, eid: int, sieve: str, span: tuple[int, int], via: str = "") -> None:
        self.att.presider = eid
        self.decide(sieve, "presider", eid, span, via)

    def register(self, m: Mention) -> Entity:
        """The entity a mention with a title, apposition or honorific names (new or known)."""
        role = m.role
        if role is None and m.kind == "person":
            # "For his second term as Chairperson of the AU Commission (2021-2024), Mr X ..."
            before = self.text[max(0, m.start - 200) : m.start]
            ra = S.AS_ROLE.search(before) if _comma_ends(before) else None
            if ra and any(w.lower() in P.TITLE_HEADS for w in re.findall(r"[\w-]+", ra.group(1))):
                role = ra.group(1).strip()
        ent = self.reg.add(
            m.name, m.kind, role, m.start, self.prefer(), gender=m.gender, honorifics=m.honorifics
        )
        if self.reg.last_how and self.reg.last_how != "exact":
            start = m.role_span[0] if m.role_span is not None and m.role_span[0] < m.start else m.start
            self.decide(
                "name-" + self.reg.last_how, "resolved", ent.id, (with_honorific(self.text, start), m.end)
            )
            if m.kind == "person" and self.reg.last_how == "parts":
                self.reg.learn_fuller(ent, m.name)  # "Senator Karim Haddad" for the roll's "K. Haddad"
        for nick in m.nicknames:
            self.reg.alias(ent, nick)
        if ent.kind == "person":
            self.last_person = ent.id
        return ent

    def entity_for(self, m: Mention, ent: Entity | None) -> Entity:
        return ent if ent is not None else self.register(m)

    # -- preferences between candidates -------------------------------------------
    def prefer(self) -> Prefer:
        """Who a shared surname or title most likely means: the speaker holding the floor,
        then one announced as making a speech, then one who has not spoken yet (the person
        mentioned last first), then the person mentioned last, then the one who spoke last
        ("Councillor Jamie Lee spoke against. X advised ... Lee added": Jamie, not Marcus
        Lee who spoke before)."""
        cur, announced, spoken, last, spoke_at, owner = (
            self.cur,
            self.announced,
            self.spoken,
            self.last_person,
            self.spoke_at,
            self.item_owner,
        )
        absent, entities = self.absent_names, self.reg.entities

        def rank(eid: int) -> int:
            if absent and eid >= 0 and entities[eid].name.lower() in absent:
                return _LATER + 1  # (one listed absent last: "Ms. Patel said" is the one present)
            if eid == owner:
                return -1  # (under "1. Lot 8 - fence (Karl Bo)", "Mr. Bo" is Karl, not the chair)
            if eid == cur:
                return 0
            if eid in announced:
                return 1
            if eid not in spoken:
                return 2 if eid == last else 3  # ("Mark Hollis ... assumed the chair. Mr. Hollis")
            return 4 if eid == last else _LATER - spoke_at.get(eid, 0)

        return rank

    def prefer_by_title(self) -> Prefer:
        """Who a title alone most likely means: the speaker holding the floor, then one
        announced as making a speech, then one who has spoken (a title refers back), then
        one only listed ("the Minister urged" after two ministers spoke is not a third
        minister who only attended)."""
        cur, announced, spoken = self.cur, self.announced, self.spoken

        def rank(eid: int) -> int:
            if eid == cur:
                return 0
            if eid in announced:
                return 1
            return 2 if eid in spoken else 3

        return rank

    def holder_or_role(self, title: str, at: int) -> Entity:
        """Whoever holds ``title`` here (:meth:`by_title`), or else the role as written,
        anonymous ("THE CHAIR:", "read out by the Director of Corporate Governance")."""
        ent = self.by_title(title)
        return ent if ent is not None else self.reg.add(title, "person", title, at, anonymous=True)

    def _titled_just_before(self, title: str) -> Entity | None:
        """The one person the sentence before, in the same paragraph, named with a title
        that opens with ``title``: "The Cabinet invited the Chair of the Carnival Committee,
        Ms. X, to present the budget. The Chair reported ..." is X, not a Chairman named
        earlier elsewhere."""
        if self.i == 0 or self.sentences[self.i - 1].paragraph != self.sentences[self.i].paragraph:
            return None
        prev, head = self.sentences[self.i - 1], " ".join(title.lower().split())
        heads = (head, *title_aliases(head))
        found: set[int] = set()
        for mm, ent in reversed(self.att.mentions):  # (in text order: the sentence before is last)
            if mm.start < prev.start:
                break
            if ent is None or ent.kind != "person" or ent.anonymous or mm.start >= prev.end:
                continue
            if any(re.match(rf"{re.escape(h)}\b", (ent.role or "").lower()) for h in heads):
                found.add(ent.id)
        return self.reg.entities[found.pop()] if len(found) == 1 else None

    def by_title(self, title: str) -> Entity | None:
        """The person a title alone refers to: the one holding it, or, for "the Chairperson"
        when nobody has that title, the presider ("Dr. X - Governor (Chairperson)")."""
        ent = self._titled_just_before(title) or self.reg.by_title(title, self.prefer_by_title())
        office = self.chair_office is not None and body_key(title) == body_key(self.chair_office)
        chair_mark = S.CHAIR_MARK.match(title.strip()) is not None
        if ent is not None and chair_mark and self.att.presider is not None and _ranks_below(ent.role, title):
            ent = None  # "The Chairperson thanked ...": the presider, not the Deputy Chairperson
        if ent is None and self.att.presider is not None and (office or chair_mark):
            chair = self.acting_chair if self.acting_chair is not None else self.att.presider
            ent = self.reg.entities[chair]
        return ent


def _ranks_below(role: str | None, title: str) -> bool:
    """Whether ``role`` is ``title`` with a rank before it: "Deputy Chairperson" for "Chairperson"."""
    words = (role or "").lower().split()
    return (
        len(words) > 1
        and words[0] in P.TITLE_RANKS
        and " ".join(words[1:]) == " ".join(title.lower().split())
    )

"""The sentence's mentions: the carry-over sieve, which keeps the floor where nothing in
a sentence can change it, and the mention sieve, which resolves every mention of the
sentence to an entity (through the registry's name sieves: exact name, name parts,
initials) and marks people whose speech is only relayed.
"""

from __future__ import annotations

from minutes.attribution.cues import cues, has_candidate
from minutes.attribution.predicates import draft_law_lead, opening_person, tail_start, with_honorific
from minutes.attribution.sieves.base import PASS, SETTLED, Outcome
from minutes.attribution.state import Here, State
from minutes.people import Entity, Mention, find_mentions
from minutes.rules import people as P
from minutes.rules import structure as S


def carry_over(st: State, here: Here) -> Outcome:
    """No verb, title or honorific that a role sieve acts on: the floor carries over."""
    if (
        here.para_start
        or (here.may("candidate") and has_candidate(here.s.text, here.words))
        or S.OWN_VIEW.match(here.s.text)
        or S.WE_MINUTE.match(here.s.text)
        or S.SPEAKERS_WERE.match(here.s.text)
        # ("(M/S: Reyes/O'Hare)", "MSP Colleen/Marcus": the motion sieve's)
        or (("M/S" in here.s.text or "MS" in here.s.text) and S.MS_SHORTHAND_MARK.search(here.s.text))
        or (  # ("Applicant: Dana Whitby.")
            ":" in here.s.text
            and not here.words.isdisjoint(S.PARTY_LABEL_WORDS)
            and S.PARTY_LABEL.search(here.s.text)
        )
        or draft_law_lead(here.s.text)
    ):
        return PASS
    _opened_by_name(st, here)
    return SETTLED


def _opened_by_name(st: State, here: Here) -> None:
    """ "Anna Berg voted against it. She gave two reasons.": a sentence the floor carries
    past still opens with a person known by full name, whom a pronoun after it names."""
    ent = st.reg.opening(here.s.text.lstrip())
    if ent is not None:
        st.prev_opened_by, st.opened_by = st.opened_by, ent.id


def _resolve_person(st: State, name: str, start: int) -> tuple[Entity | None, str]:
    """A person's name through the registry; a one-word name ("Han") resolved by its parts
    to the speaker holding the floor keeps that person while no one else with that name
    part has been listed ("Han put forward ... Han noted": not a minister only present).
    A possessive opening the clause tells a one-word name's gender ("In her concluding
    remarks, Xu asked": the Xu who is a woman)."""
    sharing = len(st.reg.sharing(name)) if " " not in name else 0
    gender = _possessive_gender(st.text, start) if sharing > 1 else None
    kept = st.short_forms.get(name)
    if kept is not None and kept[1] == sharing and gender is None:
        return st.reg.entities[kept[0]], "parts"
    ent, how = st.reg.resolve(name.split(), st.prefer(), gender=gender)
    if ent is not None and how == "parts" and sharing > 1 and ent.id == st.cur:
        st.short_forms[name] = (ent.id, sharing)
    return ent, how


def _possessive_gender(text: str, start: int) -> str | None:
    """The gender the possessive of the phrase right before ``start`` tells ("In her
    concluding remarks, "), if any."""
    m = S.POSSESSIVE_OPENER.search(text, max(0, start - 60), start)
    return None if m is None else P.PRONOUN_GENDER.get(m.group(1).lower())


def read_mentions(st: State, here: Here) -> Outcome:
    """Every mention of the sentence, with the entity it names: a mention with a title,
    apposition or honorific registers its person; a bare name is looked up."""
    resolved: list[tuple[Mention, Entity | None]] = []
    st.last_person_before = st.last_person
    for m in find_mentions(here.toks, st.text, st.reg):
        ent: Entity | None
        if m.how in ("title", "apposition", "honorific") or (m.kind == "organization" and m.nicknames):
            ent = st.register(m)  # (an organisation with its acronym: "... (IOM)", later "IOM says")
        elif m.kind == "person":
            ent, how = _resolve_person(st, m.name, m.start)
            if ent is None and " " in m.name:
                ent = _labelled_party(st, m) or _office_holder(st, here, m)
            if ent is not None and ent.name != m.name:
                st.decide("name-" + how, "resolved", ent.id, (with_honorific(st.text, m.start), m.end))
                st.reg.learn_fuller(ent, m.name)
            if ent is not None and ((ent.name == m.name and " " in m.name) or how == "initials"):
                # a full name ("Mark Hollis, 1st Vice President, ..."), or initials, which only
                # one person has ("WP3 (AM): Dr. Weber explained": AM, of two Webers)
                st.last_person = ent.id
        else:
            ent = _named_before(st, m) if " " not in m.name else None
        resolved.append((m, ent))
    here.resolved = resolved
    st.sentence_subject = []
    st.prev_opened_by, st.opened_by = st.opened_by, opening_person(here.s, here.toks, resolved)
    return PASS


def _labelled_party(st: State, m: Mention) -> Entity | None:
    """ "Applicant: Dana Whitby.": a party to the hearing, registered under the label as
    role, for "Ms. Whitby thanked staff" later (not an attendee by this alone)."""
    window = st.text[max(0, m.start - 40) : m.start + 1]
    label = S.PARTY_LABEL.search(window) if ":" in window else None
    if label is None or label.end() != len(window) - 1:
        return None
    return st.reg.add(m.name, "person", label.group("label"), m.start, st.prefer())


def _office_holder(st: State, here: Here, m: Mention) -> Entity | None:
    """ "Executive to State is Robyn Gault.": a sentence naming an office's holder registers
    her with the office as role, for "Robyn told members" after it (not an attendee by this)."""
    head = S.OFFICE_IS.match(st.text, here.s.start, m.start)
    if head is None or st.text[m.end : here.s.end].strip() not in ("", "."):
        return None
    return st.reg.add(m.name, "person", head.group("office"), m.start, st.prefer())


def _named_before(st: State, m: Mention) -> Entity | None:
    """ "The Unit reported" after "the Disaster Management and Mitigation Unit": an
    organisation named by its last word alone, after "the", is the last one named in full
    with it (not a body noun: "the Committee" is for the subject sieves)."""
    if m.name.lower() in P.STRONG_BODY_NOUNS or st.text[max(0, m.start - 4) : m.start].lower() != "the ":
        return None
    word = m.name.lower()
    found: tuple[Mention, Entity | None] | None = None
    for prev, ent in reversed(st.att.mentions):
        if prev.kind == "organization" and " " in prev.name and prev.name.split()[-1].lower() == word:
            found = (prev, ent)
            break
    for prev in reversed(st.heading_orgs):  # (one a heading named since, in full)
        if prev.name.split()[-1].lower() == word and (found is None or prev.start > found[0].start):
            found = (prev, None)
            break
    return st.entity_for(*found) if found is not None else None


def relayed(st: State, here: Here) -> Outcome:
    """ "the speech delivered by X", "the spirit of X's instructions": X is only relayed."""
    s = here.s
    relay = cues().relayed_phrase.search(s.text) if here.resolved and here.may("relayed_phrase") else None
    if relay is None:
        return PASS
    for m, ent in here.resolved:
        at = here.toks[m.tok_start].start - s.start  # the cue must end right before the mention
        if (
            m.kind == "person"
            and relay.start() < at
            and cues().relayed.search(s.text, tail_start(s.text, 0, at, S.RELAYED_RUNS), at)
        ):
            st.att.relayed.add(st.entity_for(m, ent).id)
    return PASS

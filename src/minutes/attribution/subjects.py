"""Who is the subject of a verb: the subject sieves.

A role sieve that finds a verb ("stressed", "presided over", "attended") asks
:func:`subject` for the subject that ends right before it. The subject sieves run in
the order of :data:`ORDER`, highest precision first; the first that decides gives the
answer (entity ids, or MEETING), and its name goes into the trail.

    second-predicate   "The Governor opened the meeting and said": the first verb's subject
    initials           "2.2 MP observed": initials of someone named in full before
    named-mention      a name (with title, apposition or honorific) right before the verb,
                       with co-subjects joined by "and"
    pronoun            "He stressed": the sentence opener before, or the speaker
    its-delegate       "Its representative said": the organisation named last
    first-person       "I", "we": the speaker holding the floor
    title-only         "the Vice Mayor said": whoever holds that title here
    held-role          "Assistant Director (Parks) replied", "DoP replied": a listed
                       person's role without "the", or the abbreviation defined for it
    country-delegate   "Egypt's delegate said": the representative of that country
    governed           a name after "of", "for", ... is no subject: stop
    meeting-as-body    "The meeting stressed", "Cabinet approved", "It was agreed"
    lone-name          "Sudaryono said": a one-word name, for a speech verb only
    bare-name          an organisation or a capitalised name right before the verb
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from minutes.attribution.cues import cues, gap_start
from minutes.attribution.predicates import (
    after_house_number,
    body_key,
    closes_parenthesis,
    first_predicate,
    in_parentheses_after_name,
    initials_after_title,
    is_body,
    is_title_phrase,
    mention_end,
    names_office,
    sentence_initial,
    title_word,
    with_honorific,
)
from minutes.attribution.state import MEETING, NOBODY, Here, State
from minutes.people import Entity, Mention, Token, name_run, name_text, org_end
from minutes.rules import fold_case
from minutes.rules import markers as M
from minutes.rules import meeting as MT
from minutes.rules import people as P
from minutes.rules import structure as S
from minutes.rules import verbs as V


@dataclass
class Query:
    """One question: the subject of the verb at ``rel`` (an offset into the sentence)."""

    st: State
    here: Here
    rel: int
    head: str  # the sentence up to the subject's end (gap words before the verb dropped)
    abs_end: int  # where the subject ends, in the document
    create: bool  # may register someone new
    speech: bool  # the verb is a speech verb
    antecedent: bool = False  # ", who said": the subject is the name before "who"
    lone: Mention | None = None  # an unknown one-word name right before the verb
    governed: bool = False  # the name before the verb is the object of a preposition
    sieve: str = ""  # the subject sieve that decided


Answer = list[int] | None  # None: this sieve does not decide
SubjectSieve = Callable[[Query], Answer]


def subject(
    st: State, here: Here, rel: int, *, create: bool = True, speech: bool = False
) -> tuple[list[int], str]:
    """Entity ids (or MEETING) of the subject that ends right before ``rel``, and the
    name of the subject sieve that decided (empty when none did)."""
    s = here.s
    window = max(0, rel - 160)  # bounded: a subject sits close to its verb
    end = gap_start(s.text, window, rel)  # (as in s.text[:rel], without copying it)
    head = s.text[:end]
    if not head.strip():
        return [], ""
    q = Query(st, here, rel, head, s.start + end, create, speech)
    for name, sieve in ORDER:
        got = sieve(q)
        if got is not None:
            bodies = st.meeting_bodies
            if bodies and any(i >= 0 and body_key(st.reg.entities[i].name) in bodies for i in got):
                got = [MEETING]  # "The MMKN agreed" under "... Council Meeting (MMKN)"
            return got, (q.sieve or name) if got else ""
    return [], ""


def subject_span(st: State, here: Here, subj: list[int], verb_start: int, verb_end: int) -> tuple[int, int]:
    """The words that named the subject and the verb, for the trail: from the subject's
    mention in this sentence (with its title or honorific), else from the three words
    before the verb, to the verb's end (offsets into the sentence in, into the document out)."""
    s = here.s
    at = s.start + verb_start
    name = st.reg.entities[subj[0]].name if subj and subj[0] >= 0 else None
    for m, ent in reversed(here.resolved):
        if m.end <= at and name is not None and ((ent is not None and ent.id == subj[0]) or m.name == name):
            start = m.role_span[0] if m.role_span is not None and m.role_span[0] < m.start else m.start
            return with_honorific(st.text, start), s.start + verb_end
    lo = max(0, verb_start - 60)
    words = list(re.finditer(r"\S+", s.text[lo:verb_start]))
    return (s.start + lo + words[-3:][0].start() if words else at), s.start + verb_end


_AND_BUT_END = re.compile(r"\b(?:and|but)\s*$")
_WHO_END = re.compile(r",\s*who\s*$")


def second_predicate(q: Query) -> Answer:
    """A second predicate has the subject of the first: "The Governor opened the meeting
    and said", "Committee Chair X (Paraguay) opened the meeting, noting that ..."."""
    s, head = q.here.s, q.head
    breaks: re.Pattern[str] | None = None
    # (both patterns below can match only at the end: they are searched from there)
    if _AND_BUT_END.search(head, max(0, len(head.rstrip()) - 3)):
        if q.st.sentence_subject:
            return list(q.st.sentence_subject)
        breaks = S.PREDICATE_BREAK  # (commas of a list do not break: "He visited A, B and C, and chaired")
    elif s.text[: q.rel].rstrip().endswith(",") and S.PARTICIPLE.match(s.text, q.rel):
        breaks = S.PARTICIPLE_BREAK
    if breaks is not None:
        first = first_predicate(q.here.toks, s.start + q.rel)
        if first is not None and not breaks.search(q.st.text, first, s.start + q.rel):
            got, by = subject(q.st, q.here, first - s.start, create=False, speech=q.speech)
            if got:
                q.sieve = by
                return got
    comma = head.rfind(",")
    rel_who = _WHO_END.search(head, comma) if comma >= 0 else None
    if rel_who:  # "X, who chaired the meeting, said": X
        q.antecedent = True
        q.head = head[: rel_who.start()]
        q.abs_end = s.start + rel_who.start()
    return None


def initials(q: Query) -> Answer:
    """ "2.2 MP observed": the initials of someone named in full before ("Dr. Mercy Phiri")."""
    ini = S.INITIALS_SUBJECT.fullmatch(q.head)
    if ini:
        by_ini = q.st.reg.by_initials([ini.group(1) or ini.group(2)])
        if by_ini is not None:
            return [by_ini.id]
    return None


def named_mention(q: Query) -> Answer:
    """A mention that ends right before the verb (with its apposition), and the
    co-subjects joined to it by "and", "together with", commas."""
    st, here = q.st, q.here
    resolved, toks = here.resolved, here.toks
    for idx in range(len(resolved) - 1, -1, -1):
        m, ent = resolved[idx]
        m_end = mention_end(m, toks)
        if m_end > q.abs_end >= m.end:
            m_end = m.end  # its apposition was an aside of the gap: "Cllr Hughes, speaking as Chair,"
        elif m.kind == "organization" and m.start < q.abs_end < m_end <= here.s.start + q.rel:
            m_end = q.abs_end  # the gap's "on X" was the name's: "The Coalition on Displacement delivered"
        if (
            m_end > q.abs_end
            or after_house_number(m, toks)
            or in_parentheses_after_name(m, idx, resolved, st.text)
            or initials_after_title(m, idx, resolved, st.text)
        ):
            continue
        if S.AS_ASIDE_BEFORE.search(st.text, max(here.s.start, m.start - 60), m.start):
            continue  # "X, as Forum Champion for Y, briefed": the aside's words are X's capacity
        if idx > 0 and S.REPRESENTED_BEFORE.search(st.text, max(here.s.start, m.start - 120), m.start):
            continue  # "The X Group, represented by its chairlady Mrs. Y, requested": the group
        if closes_parenthesis(m, st.text, here.s.start):
            return None  # (what the parenthesis qualifies is for the later sieves: a title)
        tail = st.text[m_end : q.abs_end]
        if (
            tail.strip(" ,")
            and not S.ADDRESS.match(tail)
            and not S.AFTER_NAME.match(tail)
            and not _second_title(tail)
            and not _collective_joined(tail)
            and not _quoted_name(st.text, m, tail)
        ):
            if S.AFFILIATION_OF.search(st.text, max(here.s.start, m.start - 60), m.start):
                continue  # "Mr X, of the Y Watch group, asked": the group is X's (the name before)
            return None
        if m.how in ("bare", "org") and _portfolio_of_title(st.text, here.s.start, m):
            return None  # "The Director Infrastructure Services advised": the title's (title-only)
        if m.kind == "person" and ent is None and m.how == "bare" and len(m.name.split()) < 2:
            if governed_before(st.text[here.s.start : toks[m.tok_start].start]):
                affiliated = _affiliated(q, idx)  # "Mr Geoffrey Pallister of Hereward asked"
                if affiliated is not None:
                    return affiliated
            q.lone = m
            return None
        if not q.antecedent and governed_before(st.text[here.s.start : toks[m.tok_start].start]):
            if idx > 0 and _and_collective(st.text[mention_end(resolved[idx - 1][0], toks) : m_end]):
                continue  # "A, B, and member units of the Committee attended": A and B
            if m.kind == "organization" and _in_second_title(q, idx):
                continue  # "X, secretary of A, mayor and director of the B Commission, presided": X
            # "the spirit of X said" is no subject, but "the representative of the
            # United Kingdom outlined" is one: a title alone (below)
            affiliated = _affiliated(q, idx)
            if affiliated is not None:
                return affiliated
            q.governed = True
            return None
        if m.kind == "organization" and _office_of_title(st.text, here.s.start, m):
            return None  # "The Secretary, Ministry of X, then presented": the title's (title-only)
        if body_abbreviation(m.name, ent):
            return [MEETING]  # ("BOT discussed" after "The Board of Trustees (BOT) held its meeting")
        if m.kind == "organization" and _own_body_of(st, m.name):
            return [MEETING]  # "the Board of Directors of X Authority approved" in X Authority's minutes
        if m.kind == "organization" and (is_body(m.name) or body_key(m.name) in st.meeting_bodies):
            if _after_the(st.text, m.start) and " " not in m.name and _reported_body(q, m.name):
                return []  # "... the recommendations of the Credentials Committee. The Committee recommended"
            if _after_the(st.text, m.start) and " " not in m.name and _represented_body(q, m.name):
                return [st.cur]  # "X, speaking for the African Group, said ... The Group called for"
            return [MEETING]  # ("The Council of Ministers approved" when it held the meeting)
        if ent is None and not q.create:
            return []
        if _collective_of_list(q, idx):
            q.governed = True  # "Officials of Town A and Town B spoke": unnamed, a collective
            return None
        # ("A, B and senior officials attended": the "and" of the list joined its collective)
        return _with_co_subjects(q, idx, [st.entity_for(m, ent).id], _and_collective(tail))
    return None


def _collective_of_list(q: Query, idx: int) -> bool:
    """The last of organisations joined by "and" that a collective noun governs: "Leading
    officials of Town A and Town B made speeches" (GOLD.md convention 14: unnamed
    representatives of named organisations are a collective, no speaker)."""
    resolved, text, lo = q.here.resolved, q.st.text, q.here.s.start
    if idx == 0 or resolved[idx][0].kind != "organization":
        return False
    k = idx
    while k > 0 and resolved[k - 1][0].kind == "organization":
        between = text[resolved[k - 1][0].end : resolved[k][0].start].strip(" ,").lower()
        if between.removesuffix("the").strip() not in ("and", ""):  # ("Town A and the Bureau B")
            break
        k -= 1
    if k == idx:
        return False
    m = S.COLLECTIVE_OF.search(text, max(lo, resolved[k][0].start - 40), resolved[k][0].start)
    return m is not None and m.group("noun").lower() in P.COLLECTIVE_NOUNS


def _own_body_of(st: State, name: str) -> bool:
    """A body "of" the organisation the document's opening lines name: "Board of Directors
    of Eastvale Health Authority" under the heading "EASTVALE HEALTH AUTHORITY" (the
    organisation's own board: the meeting)."""
    parts = name.split(" of ")
    opening = body_key(st.text[:_OPENING_CHARS])
    for k in range(1, len(parts)):
        body, org = " of ".join(parts[:k]), " of ".join(parts[k:])
        if len(org.split()) >= 2 and is_body(body) and body_key(org) in opening:
            return True
    return False


_OPENING_CHARS = 300  # how much of the text opens it: its headline and heading lines


def body_abbreviation(name: str, ent: Entity | None) -> bool:
    """ "BOT discussed" after "The Board of Trustees (BOT)": the letters of a body."""
    return (
        ent is not None
        and ent.kind == "organization"
        and name.isupper()
        and " " not in name
        and is_body(ent.name)
    )


def _second_title(tail: str) -> bool:
    """A second title set off by commas after the name and its first: ", Controller," in
    "X, Assistant Secretary-General, Controller, said"."""
    if not tail.lstrip().startswith(","):
        return False
    inner = tail.strip(" ,")
    return "," not in inner and (is_title_phrase(inner) or _lower_case_title(inner))


def _in_second_title(q: Query, idx: int) -> bool:
    """An organisation that closes a second title of the person named before it: "X,
    deputy secretary of A, mayor and director of the B Commission, presided" (the titles
    of translated readouts, listed after the first one's comma)."""
    for m, _ent in reversed(q.here.resolved[:idx]):
        if m.kind == "person":
            return _second_title(q.st.text[mention_end(m, q.here.toks) : q.abs_end])
    return False


def _lower_case_title(inner: str) -> bool:
    """A title in lower case as translated readouts write it, opening with its head or a
    rank and its head: "governor and general river chief of the province", "vice governor"."""
    words = inner.split()[:2]
    if not words or not words[0].islower():
        return False
    return words[0] in P.TITLE_HEADS or (
        len(words) == 2
        and (words[0] in P.TITLE_RANKS or words[0] in P.TITLE_MODIFIERS)  # ("county head")
        and words[1] in P.TITLE_HEADS
    )


def _collective_joined(tail: str) -> bool:
    """Unnamed people joined after the name: ", and responsible comrades of the departments"
    (S.COLLECTIVE_JOINED; the name alone is the subject, GOLD.md convention 14)."""
    m = S.COLLECTIVE_JOINED.match(tail)
    lead = m.group("words").replace(",", " ").split()[:4] if m else []
    return any(
        (w in P.COLLECTIVE_NOUNS and w not in P.PLURAL_TITLE_HEADS) or w in P.JOINED_COLLECTIVE_NOUNS
        for w in lead
    )


def _and_collective(tail: str) -> bool:
    """The list's "and" that joins a collective after the last name: "A, title, B, title,
    and member units attended" (A and B are both subjects, as in "A, B and C")."""
    return _AND_OPENS.match(tail) is not None and _collective_joined(tail)


_AND_OPENS = re.compile(r"\s*,?\s*and\s")


def _quoted_name(text: str, m: Mention, tail: str) -> bool:
    """The name fills a quotation right before the verb: 'The organization "Union of
    Veterans" addressed the deputies'."""
    return (
        m.start > 0 and text[m.start - 1] in S.OPENING_QUOTES and S.CLOSING_QUOTE_TAIL.match(tail) is not None
    )


def _represented_body(q: Query, noun: str) -> bool:
    """ "The Group" (``noun`` after "the") while the one holding the floor spoke, in this
    sentence or the one before, for a body of that name ("speaking for the African Group"):
    that speaker, not the meeting."""
    if q.st.cur < 0:
        return False
    here = q.here
    texts = [here.s.text[: q.rel]] + ([here.doc.sentences[here.i - 1].text] if here.i > 0 else [])
    for text in texts:
        for r in S.SPEAKING_FOR_BODY.finditer(text):
            if noun in re.findall(r"[A-Z][\w-]*", r.group("body")):
                return True
    return False


def _portfolio_of_title(text: str, lo: int, m: Mention) -> bool:
    """A bare name that is the portfolio of the title right before it, all its words
    portfolio words: "the Director Infrastructure Services" (no one named "Services")."""
    words = m.name.lower().split()
    if not all(w in P.PORTFOLIO_WORDS for w in words):
        return False
    before = text[lo : m.start].rstrip().split()
    return len(before) >= 2 and before[-2].lower() == "the" and before[-1].lower() in P.TITLE_HEADS


def _office_of_title(text: str, lo: int, m: Mention) -> bool:
    """An organisation in apposition to a title alone: "The Chairman, National Waterways
    Authority informed ..." (the Chairman is the subject, of that office)."""
    before = text[lo : m.start].rstrip()
    return before.endswith(",") and cues().title_ref.search(before[:-1].rstrip()) is not None


def _affiliated(q: Query, idx: int) -> list[int] | None:
    """ "Pastor Daniel Whitfield of Grace Fellowship Church gave the invocation": a named
    person right before "of" and the place or body they come from is the subject; so is a
    body "at" or "within" the body that houses it."""
    if idx == 0:
        return None
    prev, ent = q.here.resolved[idx - 1]
    m = q.here.resolved[idx][0]
    between = q.st.text[prev.end : q.here.toks[m.tok_start].start]
    if prev.kind == "organization" and m.kind == "organization" and _AT_BETWEEN.fullmatch(between):
        # "The Water Monitoring Unit at the Prime Ministry presented": the unit, housed there
        return [q.st.entity_for(prev, ent).id] if (ent is not None or q.create) else []
    if (
        prev.kind != "person"
        or (prev.how not in ("honorific", "title") and ent is None and " " not in prev.name)
        or not _OF_BETWEEN.fullmatch(between)  # (or known, or in full: "Elin Brandt of the X")
    ):
        return None
    return [q.st.entity_for(prev, ent).id] if (ent is not None or q.create) else []


_OF_BETWEEN = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?")  # (", of Rowe Architects, said")
_AT_BETWEEN = re.compile(r"\s+(?:at|within)\s+(?:the\s+)?")  # ("the X Unit at the Y Ministry")


# "the 20th", and in words: "Comrades from the Second Inspection Group attended"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"

# the prepositions that govern a name: "the spirit of X said" (not "together with X")
_GOVERNING = ("of", "from", "under", "for", "to", "with", "by", "in", "at")
_GOVERNED = re.compile(
    r"\b(?:"
    + "|".join("(?<!together )with" if p == "with" else p for p in _GOVERNING)
    + r")\s+(?:the\s+)?(?:(?:"
    + _ORDINAL
    + r")\s+)?$"  # ("the spirit of the 20th X", "Comrades from the Second Inspection Group")
)
_ORDINAL_NUMERAL = re.compile(_ORDINAL)


def governed_before(text: str) -> bool:
    """``_GOVERNED.search(text) is not None`` (a preposition, and maybe "the", ends
    ``text`` before its trailing blanks), read from the end."""
    if not text[-1:].isspace():
        return False
    end = len(text.rstrip())
    k = end
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    if _ORDINAL_NUMERAL.fullmatch(text, k, end) and k > 0:  # "the spirit of the 20th X"
        end = len(text[:k].rstrip())
        k = end
        while k > 0 and not text[k - 1].isspace():
            k -= 1
    if text[k:end] == "the":
        end = len(text[:k].rstrip())
        if end == k:
            return False  # (nothing before "the")
        k = end
        while k > 0 and not text[k - 1].isspace():
            k -= 1
    word = text[k:end]
    for prep in _GOVERNING:
        at = end - len(prep)
        if (
            word.endswith(prep)
            and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"))
            and (prep != "with" or text[max(0, at - 9) : at] != "together ")
        ):
            return True
    return False


def _with_co_subjects(q: Query, idx: int, out: list[int], joined: bool = False) -> list[int]:
    """ "X and Indonesian Ambassador Y", "A, B and C": the mentions joined before ``idx``
    (``joined``: the list's "and" came after it, "A, B and senior officials")."""
    st, resolved, toks = q.st, q.here.resolved, q.here.toks
    kind = resolved[idx][0].kind
    k = idx
    while k > 0:
        prev_end = mention_end(resolved[k - 1][0], toks)
        between = st.text[prev_end : _title_start(resolved[k][0], toks, prev_end)]
        # a capitalised word before a title is not part of the link ("and Indonesian")
        words = between.strip(" ,;").split()
        while len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in P.TITLE_PREFIX_STOP:
            words.pop()
        if words and words[-1].lower() == "the":
            words.pop()  # "..., and the Head of Service, Mr. X"
        link = " ".join(_before_title(words)).lower()
        if link in ("and", "together with", "as well as", "&"):
            joined = True
        elif not (link == "" and ("," in between or ";" in between) and joined):
            break
        pm, pent = resolved[k - 1]
        if pm.kind != kind:
            break
        out.insert(0, st.entity_for(pm, pent).id)
        k -= 1
    return out


def _before_title(words: list[str]) -> list[str]:
    """The link before a title that the next name's mention left out: ", vice governors "
    and ", and secretary-general of the provincial government " link as "," and "and"."""
    k = 1 if words and words[0].lower() == "and" else 0
    if k < len(words) and title_word(words[k].lower()) and all(_office_word(w) for w in words[k:]):
        return words[:k]
    return words


def _office_word(w: str) -> bool:
    low = w.lower()
    return title_word(low) or low in ("of", "the", "for", "and") or low in P.ORG_HEADS or w[:1].isupper()


def _title_start(m: Mention, toks: Sequence[Token], after: int) -> int:
    """Where a mention starts with the title before its name ("the Head of Service, Mr. X"),
    if that title stands after ``after`` (a plural title before a list stands before it)."""
    at = toks[m.tok_start].start
    return m.role_span[0] if m.role_span is not None and after <= m.role_span[0] < at else at


def _last_word(q: Query) -> str | None:
    return None if q.governed else last_word(q.head)


def last_word(head: str) -> str | None:
    """``re.search(r"(\\w+)\\s*$", head).group(1).lower()``, or None: the run of word
    characters before the trailing blanks, read from the end."""
    return _last_run(head).lower() or None


def _last_run(head: str) -> str:
    """The run of word characters ("\\w") before the trailing blanks of ``head`` (or "")."""
    end = len(head.rstrip())
    k = end
    while k > 0 and (head[k - 1].isalnum() or head[k - 1] == "_"):
        k -= 1
    return head[k:end]


def pronoun(q: Query) -> Answer:
    """ "He stressed": the person who opened the sentence before (its subject as a rule),
    or the person holding the floor; a gendered pronoun only for someone of that gender
    ("Ms. Moore said ... Mr. Hill reported ... She listed ...": she is Ms. Moore)."""
    w = _last_word(q)
    if w is None or w not in P.PERSON_PRONOUNS:
        return None
    st = q.st
    cands: list[int] = []
    if st.opened_by is not None and (";" in q.head or ":" in q.head) and st.turn_owner is None:
        # "Rowan has two quotes; he recommends", "Janet raised the rink: firstly, she asked":
        # who opened this sentence
        cands.append(st.opened_by)
    if st.prev_opened_by is not None and st.turn_owner is None:
        cands.append(st.prev_opened_by)
    if st.cur >= 0 and st.reg.entities[st.cur].kind == "person":
        cands.append(st.cur)
    elif (titled := _titled_antecedent(q) if st.prev_opened_by is None else None) is not None:
        cands.append(titled)
    elif (last := _last_person_before(q)) is not None:
        cands.append(last)
    if not cands:
        return []
    told = P.PRONOUN_GENDER.get(w)
    fits = [e for e in cands if st.reg.entities[e].gender in (None, told)]
    if not fits and told is not None:
        known = [e for e in reversed(st.att.speakers) if e >= 0 and st.reg.entities[e].kind == "person"]
        fits = [e for e in known if st.reg.entities[e].gender == told][:1]
        fits = fits or [e for e in known if st.reg.entities[e].gender is None][:1]  # "Councillor Szabo"
    chosen = st.reg.entities[(fits or cands)[0]]
    if told is not None and chosen.gender is None and chosen.guessed is None:
        chosen.guessed = told  # (a guess: "In her remarks, Xu" is then the other Xu of two)
    return [chosen.id]


def its_delegate(q: Query) -> Answer:
    """ "The Asian Development Bank also took part in the debate. Its representative
    said ...": the organisation named last speaks through its representative (GOLD.md
    convention 14)."""
    if S.ITS_DELEGATE.fullmatch(q.head) is None:
        return None
    for m, ent in reversed(q.st.att.mentions):
        if m.kind == "organization":
            found = ent or q.st.reg.lookup_tokens(m.name.split())
            return [found.id] if found is not None else []
    return []


def _last_person_before(q: Query) -> int | None:
    """The person named last before the pronoun: in its sentence, or before it ("She told
    the Panel that she had raised concerns with Mr X": not X, named after her)."""
    for m, ent in reversed(q.here.resolved):
        if ent is not None and ent.kind == "person" and m.end <= q.abs_end:
            return ent.id
    return q.st.last_person_before


def _titled_antecedent(q: Query) -> int | None:
    """ "... the mission of the Minister of Foreign Affairs and Trade to Lima. The Minister
    held talks. He proposed ...": he is the holder of the title the paragraph gave in
    full, when the sentence before opens with its head alone."""
    st, i = q.st, q.here.i
    prev = st.sentences[i - 1] if i > 0 else None
    if prev is None or prev.paragraph != q.here.s.paragraph:
        return None
    short = S.SHORT_TITLE_OPENER.match(prev.text)
    if short is None or short.group(1).lower() not in P.TITLE_HEADS:
        return None
    first = i - 1
    while first > 0 and st.sentences[first - 1].paragraph == prev.paragraph:
        first -= 1
    spans = S.FULL_TITLE.finditer(st.text, st.sentences[first].start, prev.start)
    full = [m for m in spans if m.group("h") == short.group(1)]
    if not full:
        return None
    title = full[-1].group("t")
    ent = st.by_title(title)
    if ent is None and q.create:
        ent = st.reg.add(title, "person", title, full[-1].start("t"), anonymous=True)
    return None if ent is None else ent.id


def first_person(q: Query) -> Answer:
    """ "I", "we": whoever holds the floor (the person giving the address)."""
    w = _last_word(q)
    if w is None or w not in P.FIRST_PERSON:
        return None
    return [q.st.cur] if q.st.cur != NOBODY else []


def title_only(q: Query) -> Answer:
    """ "the Vice Mayor", "The Provost", "the Director of Finance": whoever holds the title
    in this document, or an anonymous role as written. Also with a title in apposition
    ("The representative of the United Kingdom, Council President for October, spoke")."""
    st, head = q.st, q.head
    c = cues()
    tr = c.title_ref.search(head.rstrip())
    portfolio = ""  # "The Director (Finance)": a portfolio in parentheses after the title
    office = ""  # "The Chairman, National Waterways Authority": the office in apposition
    if tr is None:
        app = S.TRAILING_APPOSITION.search(head)
        if app and is_title_phrase(app.group(1)):
            tr = c.title_ref.search(head[: app.start()].rstrip())
        elif app and names_office(app.group(1)):
            tr = c.title_ref.search(head[: app.start()].rstrip())
            office = app.group(1).strip()
        elif (par := S.TRAILING_PARENTHESIS.search(head)) is not None:
            tr = c.title_ref.search(head[: par.start()].rstrip())
            portfolio = head[par.start() :].strip()
    styled = _styled_title(head) if tr is None else None
    if styled is not None:
        words = styled.split()  # "Samdech Thipadei Prime Minister gave": a title after a style
    elif tr is None or (_body_title(tr.group(1)) and not _member_title_held(st, tr.group(1))):
        return None
    else:
        words = tr.group(1).split()
    title = _without_prefix(words)
    defined = S.DEFINED_ABBREVIATION.match(portfolio) if portfolio else None
    if defined is not None:
        portfolio = ""  # 'the Director of Parks ("DoP")': an abbreviation, no portfolio
    ent = (
        (st.by_title(f"{title}, {office}") if office else None)
        or _demonym_holder(st, words)
        or st.by_title(title)
    )
    if ent is not None and office and not _holds_office(ent.role, title, office):
        ent = None  # "The Director, Independent Evaluation Office": not the Deputy Executive Director
    if ent is None and title:
        if not q.create:
            return []
        written = f"{title} {portfolio}" if portfolio else f"{title}, {office}" if office else title
        ent = st.reg.add(written, "person", written, q.here.s.start, anonymous=True)  # as written
    if ent is None:
        return []
    if defined is not None:
        st.title_abbreviations[defined.group("abbr")] = ent.id
    if tr is not None:
        st.att.named.append((q.here.s.start + tr.start(1), q.here.s.start + tr.end(1), ent.id))
        joined = _joined_title_holder(q, head[: tr.start()])
        if joined is not None and joined.id != ent.id:
            return [joined.id, ent.id]
    return [ent.id]


# The endings that make a demonym of a place's name: "Kandaran" (Kandara), "Iraqi", "Chinese".
_DEMONYM_END = re.compile(r"(?:ian|an|ese|i)$")


def _demonym_holder(st: State, words: list[str]) -> Entity | None:
    """ "the Kandaran minister conveyed": the one person whose title has that head and names
    the place the demonym is made from ("Minister of Foreign Affairs of the Republic of Kandara")."""
    if len(words) != 2 or words[0].lower() in P.TITLE_MODIFIERS:
        return None
    stem = _DEMONYM_END.sub("", words[0])
    if len(stem) < 4 or stem == words[0] or not stem[:1].isupper():
        return None
    place = re.compile(rf"\b{re.escape(stem)}")
    head = words[1].lower()
    found = [
        e
        for e in st.reg.entities
        if e.kind == "person" and e.role and head in e.role.lower().split() and place.search(e.role)
    ]
    return found[0] if len(found) == 1 else None


def _joined_title_holder(q: Query, before: str) -> Entity | None:
    """ "The Representative of Koravia and the Representative of Lusenia supported": the
    holder of the title joined by "and" before the subject's, when someone holds it here."""
    m = _AND_END.search(before)
    tr = cues().title_ref.search(before[: m.start()]) if m is not None else None
    pre = before[: tr.start()] if tr is not None else ""
    if tr is None or (pre.strip(" ,;:") and not _CLAUSE_OPEN.search(pre)):
        return None  # (the first title opens the clause: not "the spirit of the X and the Y")
    title = _without_prefix(tr.group(1).split())
    held = q.st.by_title(title) if title else None
    if held is None:
        return None
    q.st.att.named.append((q.here.s.start + tr.start(1), q.here.s.start + tr.end(1), held.id))
    return held


def _without_prefix(words: list[str]) -> str:
    """A title's words without the capitalised words that only precede it ("Indonesian
    Ambassador": "Ambassador"; P.TITLE_PREFIX_STOP)."""
    k = 0
    while k < len(words) and words[k].lower() in P.TITLE_PREFIX_STOP:
        k += 1
    return " ".join(words[k:])


_AND_END = re.compile(r"\s+and\s+$")
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:.]|\b(?:that|when|while))\s*$")


def _body_title(title: str) -> bool:
    """Whether ``title`` ends in a body noun ("the Committee", "Members"): the meeting's
    (a bare body noun alone: "the Executive", not "the Chief Executive")."""
    return title.split()[-1].lower() in P.BODY_NOUNS and not _office_of_bare_body(title)


def _office_of_bare_body(phrase: str) -> bool:
    """A bare body noun after a modifier is an office: "the Chief Executive"."""
    words = [w.lower() for w in phrase.split() if w.lower() != "the"]
    return words[-1] in P.BARE_BODY_NOUNS and len(words) > 1


def _member_title_held(st: State, title: str) -> bool:
    """Whether ``title`` is one member's office that someone here holds: "The Presiding
    Member welcomed members" is the one listed "Presiding Member", not the meeting."""
    words = title.split()
    if len(words) > 1 and words[-1].lower() in P.MEMBER_TITLE_HEADS:
        return st.by_title(title) is not None
    # "The President of the Council said": the one whose office it is, as written
    # ("President of the Council: Mr. T. Haldane"), not the Council
    if " of " not in title:
        return False
    held = st.by_title(title)
    return held is not None and " ".join((held.role or "").lower().split()) == " ".join(title.lower().split())


def _holds_office(role: str | None, title: str, office: str) -> bool:
    """Whether one whose role is ``role`` is "the <title>, <office>": the title alone, or
    a role that names the office ("Director of the Independent Evaluation Office")."""
    if role is None:
        return False
    low = " ".join(role.lower().split())
    return low == title.lower() or office.lower() in low


def _styled_title(head: str) -> str | None:
    """The title that ends ``head`` after honorifics and no name: "H.E. Deputy Prime
    Minister", "The Hon. Speaker", "Samdech Moha Borvor Thipadei Prime Minister" (after the last comma)."""
    words = head.rsplit(",", 1)[-1].split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in ("of", "and", "for")):
        k -= 1
    if k < len(words) and words[k].lower() == "the":
        k += 1  # ("The Hon. Speaker reminded")
    i = k
    while i < len(words):
        low = words[i].lower()
        if i + 1 < len(words) and (low, words[i + 1].lower()) in P.TWO_WORD_HONORIFICS:
            i += 2
        elif low in P.HONORIFICS:
            i += 1
        else:
            break
    title = " ".join(words[i:])
    return title if k < i < len(words) and is_title_phrase(title) else None


def held_role(q: Query) -> Answer:
    """A role as written that one listed person holds, with no article ("Assistant
    Director (Parks) replied"), or the abbreviation the text defined for a title
    ('the Director of Parks ("DoP") ...', later "DoP replied")."""
    st = q.st
    head = q.head.strip()
    number = S.PARAGRAPH_NUMBER.match(head)  # "7. Director of Parks replied"
    head = head[number.end() :].lstrip() if number else head
    defined = S.DEFINED_ABBREVIATION.search(head)
    ent = st.reg.holder_of(head[: defined.start()] if defined else head)
    if ent is None:
        eid = st.title_abbreviations.get(head)
        if eid is None and "," in head:  # "At the request of Mr X, DoP undertook to": after the phrase
            eid = st.title_abbreviations.get(head.rsplit(",", 1)[1].strip())
        if eid is None and st.title_abbreviations:  # "Responding, the D/ANB indicated"
            eid = st.title_abbreviations.get(S.LEADING_THE.sub("", head.rsplit(",", 1)[-1].strip()))
        return None if eid is None else [eid]
    if defined is not None:
        st.title_abbreviations[defined.group("abbr")] = ent.id
    return [ent.id]


def country_delegate(q: Query) -> Answer:
    """ "Egypt's delegate said", and after a speech verb "a Government representative of
    Egypt said": the representative of that country, known or new."""
    pos = S.POSSESSIVE_DELEGATE.search(q.head.rstrip())
    if pos is None and q.speech:
        pos = S.A_DELEGATE_OF.search(q.head.rstrip())
    if pos is None:
        return None
    st = q.st
    country, noun = pos.group("c"), pos.group("n")
    ent = None
    for title in (
        f"{w} of {art}{country}" for w in ("representative", "delegate", noun.lower()) for art in ("", "the ")
    ):
        ent = ent or st.reg.by_title(title)
    if ent is None:
        if not q.create:
            return []
        written = (pos.groupdict().get("w") or pos.group(0)).strip()
        ent = st.reg.add(written, "person", written, q.here.s.start, anonymous=True)
    return [ent.id]


def governed(q: Query) -> Answer:
    """A name governed by a preposition ("the spirit of X said") leaves no subject."""
    return [] if q.governed else None


# A number right before a body noun phrase: "14 new members added to the band list".
# (in figures only: "Two members argued" is the meeting, as central bank minutes write it)
_COUNTED = re.compile(r"\b\d[\d,]*\s+(?:[a-z][\w-]*\s+)?[a-z]+$")
_POSSESSIVE_ENDS = ("'s", "\u2019s")  # the word before a body noun: "Council's cabinet"
_IT_PASSIVE = re.compile(r"\s*(?:\w+ly\s+)?(?:was|is|were|are|has\s+been|had\s+been)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _body_last_words() -> frozenset[str] | None:
    """The last words of the body nouns and pronouns that ``cues().body_subject`` ends
    with (None if one is not a plain phrase: then there is no test)."""
    bodies = P.BODY_NOUNS | P.BODY_PRONOUNS
    if not all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", b) for b in bodies):
        return None
    return frozenset(b.split()[-1] for b in bodies)


def may_end_in_body(head: str) -> bool:
    """Whether ``cues().body_subject`` may match ``head`` (False: it cannot): its last
    word, folded as IGNORECASE folds it, must end a body noun or pronoun ("The
    meeting", "it"); the pattern opens each at a word boundary."""
    last = _body_last_words()
    return last is None or fold_case(_last_run(head)) in last


def meeting_as_body(q: Query) -> Answer:
    """ "The meeting stressed", "Members agreed", "It was resolved": the meeting itself.
    But an active "It supported ..." while a delegation or an organisation holds the
    floor is that speaker ("The representative of the European Union said ... It
    supported ...")."""
    head = q.head.rstrip()
    m = cues().body_subject.search(head) if may_end_in_body(head) else None
    if m is None:
        a = S.ACRONYM_SUBJECT.search(head)
        letters = (a.group(1) or a.group(2)) if a is not None else ""
        return [MEETING] if letters and body_key(letters) in q.st.meeting_bodies else None
    if _COUNTED.search(head, max(0, m.start() - 24), m.end()):
        return []  # "14 new members added to the band list": a count, not the meeting
    if _office_of_bare_body(m.group(0)):
        return None  # "The Chief Executive": an office (a bare body noun only alone)
    office = _office_of_body(q, head)
    if office is not None:
        return office  # "The Leader of the House moved": an office of the body, not the body
    if "s " in head and head[: head.rfind(" ")].endswith(_POSSESSIVE_ENDS):
        return []  # "the County Council's cabinet had agreed": another body's act
    said = m.group(0).split()
    if len(said) == 2 and said[0].lower() == "the" and _reported_body(q, said[1]):
        return []  # "... the recommendations of the Credentials Committee. The Committee recommended"
    sub = _sub_committee(q, head)
    if sub is not None:
        return sub  # "The election committee reported" in the council's minutes
    st = q.st
    if m.group(0).lower() == "it" and st.cur >= 0 and not _IT_PASSIVE.match(q.here.s.text, len(q.head)):
        ent = st.reg.entities[st.cur]
        if ent.kind == "organization" or (ent.anonymous and S.DELEGATE_ROLE.search(ent.role or "")):
            return [st.cur]
    return [MEETING]


def _sub_committee(q: Query, head: str) -> list[int] | None:
    """ "The election committee reported": a committee named in lower case by a purpose the
    document's opening lines never give is the body's committee, an organisation named as
    written (GOLD.md convention 14), not the meeting ("The finance committee agreed" under
    "Finance Committee Minutes" is the meeting)."""
    m = S.LOWER_SUB_COMMITTEE.search(head)
    if m is None:
        return None
    words = [w for w in m.group("purpose").split() if w != "and"]
    if any(w in S.BODY_MODIFIERS or w in S.JURISDICTIONS or w in S.NOT_COMMITTEE_PURPOSE for w in words):
        return None
    opening = q.st.text[: min(_OPENING_CHARS, q.here.s.start)].lower()  # (before this sentence)
    if any(re.search(rf"\b{re.escape(w)}\b", opening) for w in words):
        return None
    if not q.create:
        return []
    return [q.st.reg.add(m.group("name"), "organization", None, q.here.s.start + m.start("name")).id]


def _office_of_body(q: Query, head: str) -> list[int] | None:
    """ "The Leader of the House", "the Clerk of the Council" as the subject: the holder of
    that office (anonymous, as written, when nobody is known to hold it)."""
    o = S.OFFICE_OF_BODY.search(head)
    if o is None or o.group("h").lower() not in P.TITLE_HEADS or not q.create:
        return None
    title = o.group("title") if o.group("meeting") else o.group("t")  # ("the Chairman of the session")
    return [q.st.holder_or_role(title, q.here.s.start + o.start("t")).id]


def _after_the(text: str, k: int) -> bool:
    """Whether "the " (any case) stands right before ``k``."""
    return text[max(0, k - 4) : k].lower() == "the "


def _reported_body(q: Query, noun: str) -> bool:
    """ "The Committee" (``noun`` after "the") right after a sentence in which someone
    presented the report of another body of that name ("the recommendations of the
    Credentials Committee") or reported on its meeting ("reported on the Committee's
    meeting held 2 March", "on the Interim Meeting of the House of Delegates"): that body,
    relayed by its presenter, not the meeting."""
    if q.here.i == 0:
        return False
    noun = noun.lower()
    before = q.here.doc.sentences[q.here.i - 1].text
    if noun not in before.lower():
        return False
    return any(
        r.group("noun").lower() == noun and body_key(r.group("body")) not in q.st.meeting_bodies
        for rx in (S.REPORT_OF_BODY, S.REPORT_ON_BODY_MEETING, S.REPORT_ON_MEETING_OF)
        for r in (rx.search(before),)
        if r is not None
    )


# "the" before the word, maybe with a capitalised modifier between: "The Region had ...",
# "the press service of the Kazyrtan MFA reports" (a common noun or a body, no name)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?$")


def lone_name(q: Query) -> Answer:
    """ "Sudaryono said", "Ostrowski said": a one-word name, only as the subject of a speech
    verb. At a sentence's start a capitalised word is a name only if the document never
    writes it in lower case ("Staff said" is not one: "staff" stands elsewhere)."""
    lone = q.lone
    if lone is None:
        return None
    if lone.name.lower() in P.BODY_NOUNS:
        return [MEETING]
    if lone.name.isupper() and lone.name.isalpha() and 2 <= len(lone.name) <= 5:
        holder = q.st.by_title(lone.name)  # "The RFO presented": "Mr D. Yates (Deputy Clerk & RFO)"
        if holder is not None:
            return [holder.id]
    if _THE_BEFORE.search(q.st.text, max(0, lone.start - 40), lone.start):
        return []  # "The Region had identified ...": a common noun, capitalised, no name
    if not (q.create and q.speech):
        return []
    if _opens_minute(q, lone) and not (_said_by_surname(q, lone.name) or _speaking_aside(q, lone)):
        return []
    if _opens_item(q, lone):
        return []  # "Secondly, Estovia supported ...": the item of whoever states the series
    return [q.st.register(lone).id]


def _opens_item(q: Query, lone: Mention) -> bool:
    """The word comes right after an ordinal marker opening the sentence: "Secondly, X ..."."""
    before = q.here.s.text[: lone.start - q.here.s.start].strip()
    if not before.endswith(","):
        return False
    word = before[:-1].strip(" \"'\u201c(").lower()
    return word in M.ORDINAL_PHRASES or word in M.CLOSERS


def _opens_minute(q: Query, lone: Mention) -> bool:
    """The word opens the sentence, or the minute after its number ("6.1 Having ...")."""
    if sentence_initial(lone, q.here.s):
        return True
    before = q.here.s.text[: lone.start - q.here.s.start]
    return before[:1].isdigit() and S.MINUTE_NUMBER.fullmatch(before) is not None


def _speaking_aside(q: Query, lone: Mention) -> bool:
    """ "Selvania, speaking as the country concerned, thanked ...": a word said to be
    speaking is a name, whatever the verb."""
    return S.SPEAKING_ASIDE.fullmatch(q.here.s.text, lone.end - q.here.s.start, q.rel) is not None


def _said_by_surname(q: Query, word: str) -> bool:
    """ "Ostrowski said", "Roy asked": a capitalised word opening a sentence is a surname
    before a plain verb of saying (rules.verbs.SURNAME_SAID), never written in lower case
    in the document ("Staff said": "staff" stands elsewhere), and no gerund ("Having")."""
    verb = (
        q.here.s.text[q.rel :].split(None, 1)[0].lower().strip(",.;:")
        if q.here.s.text[q.rel :].strip()
        else ""
    )
    return (
        verb in V.SURNAME_SAID
        and word.lower() not in q.here.doc.lowercase_words()
        and not word.lower().endswith("ing")
    )


def bare_name(q: Query) -> Answer:
    """An organisation ("The Ministry of Health said"), a known acronym ("IOM says") or a
    capitalised name of two words or more right before the verb."""
    st = q.st
    bt = [t for t in q.here.toks if t.end <= q.abs_end]
    if not bt:
        return None
    k = len(bt) - 1
    while k >= 0 and (bt[k].text[:1].isupper() or bt[k].low in ("of", "and", "the", "for")):
        k -= 1
    k += 1
    while k < len(bt) and bt[k].low in ("of", "and", "the", "for"):
        k += 1
    if k >= len(bt):
        return None
    oe = org_end(bt, k)
    if oe == len(bt):
        name = " ".join(t.text for t in bt[k:oe])
        if is_body(name):
            return [MEETING]
        return [st.reg.add(name, "organization", None, bt[k].start).id] if q.create else []
    if k == len(bt) - 1:
        known = st.reg.lookup_tokens([bt[k].text])
        if known is not None and known.kind == "organization":
            return [MEETING] if _named_meeting(known.name) else [known.id]
    e = name_run(bt, k)
    if e == len(bt) and e > k + 1:
        name = name_text(bt, k, e)
        ent = st.reg.lookup_tokens(name.split(), st.prefer())
        if ent is None and q.create:
            ent = st.reg.add(name, "person", None, bt[k].start, st.prefer())
        return [ent.id] if ent is not None else []
    return None


def _named_meeting(name: str) -> bool:
    """An abbreviation defined for the meeting's own name: "the RDG agreed" after "The Bank
    Sarova Board of Governors Meeting (RDG)" (MT.MEETING_NAME_HEADS) is the meeting deciding."""
    return name.rsplit(None, 1)[-1].lower() in MT.MEETING_NAME_HEADS


# The subject sieves, highest precision first (names as in the trail).
ORDER: tuple[tuple[str, SubjectSieve], ...] = (
    ("second-predicate", second_predicate),
    ("initials", initials),
    ("named-mention", named_mention),
    ("pronoun", pronoun),
    ("its-delegate", its_delegate),
    ("first-person", first_person),
    ("title-only", title_only),
    ("held-role", held_role),
    ("country-delegate", country_delegate),
    ("governed", governed),
    ("meeting-as-body", meeting_as_body),
    ("lone-name", lone_name),
    ("bare-name", bare_name),
)

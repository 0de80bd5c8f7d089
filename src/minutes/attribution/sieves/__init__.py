"""The role sieves, in the order they run: this module is their index.

Each sentence is read by the families below, top to bottom. In a family the sieves run
highest precision first, and the first that decides answers the family's question for
the sentence; a sieve that settles the sentence (a list line, a heading, a sentence with
nothing to act on) ends its reading. Reordering or dropping a sieve is a one-line
change here; every decision goes into the trail under the sieve's name (``minutes
explain`` prints it).

    structure          attendance blocks, chair and officer lines ("[The Speaker (Hon. X)
                       in the Chair]"), the minute taker ("Minutes by: X"), a title over
                       its name line ("Director of Planning" / "Ms X"), a body's roll
                       ("Panel:"), a title's holder ("Rapporteur: X"), decision labels,
                       statement headings, a journal's roll of speakers
                                                                   (sieves/structure.py)
    inline-attendance  "Also present: ..." inside a paragraph      (sieves/structure.py)
    heading            the headline and headings: names, no speech (sieves/structure.py)
    body-list-item     items of a list the meeting opened          (sieves/structure.py)
    carry-over         nothing to act on: the floor carries over   (sieves/mentions.py)
    mentions           resolve the sentence's mentions             (sieves/mentions.py)
    relayed            "the speech delivered by X": X only relayed (sieves/mentions.py)
    turn               a quotation's byline; "The following is the transcript of the Prime
                       Minister's statement." (and a paragraph in the first person after
                       another's words in it); transcript labels "Name:", "Name - asked", "WP2 (SA):", IRC
                       nicknames "<ines>" / "adaeze:", "THE CHAIR:", "Q:"/"A:" (sieves/turns.py)
    vocative           "Mr. Lim, please ...": present              (sieves/turns.py)
    presiding          presided by / in the chair / X chaired      (sieves/presiding.py)
    presence           X attended / attended by X                  (sieves/presence.py)
    speech             "We agree:" / "Speaking in the discussion were A, B and C" /
                       the meeting decided / a draft law's aims / X said / according to X / "In his view," /
                       a report from X
                                                                   (sieves/speech.py)
    motion             "Moved by A, seconded by B": both speak; "...—(A.)": A moved it
                                                                   (sieves/speech.py)

Subjects of verbs are found by the subject sieves (``attribution/subjects.py``), and
names by the registry's name sieves (``people.Registry.resolve``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from minutes.attribution.cues import may_head_list
from minutes.attribution.sieves import mentions, presence, presiding, speech, structure, turns
from minutes.attribution.sieves.base import (
    BEFORE_SPEECH,
    DECIDED,
    FIRST_PARA,
    IN_BLOCK,
    INLINE,
    LINE,
    NOT_PARA,
    PARA,
    PASS,
    SETTLED,
    Family,
    Outcome,
    Sieve,
    Trigger,
    Words,
)
from minutes.attribution.state import Here, State
from minutes.rules import people as P
from minutes.rules import structure as S

ORDER: tuple[Family, ...] = (
    Family(
        "structure",
        (
            ("chair-name-line", structure.chair_name_line),
            ("absent-line", structure.absent_line),
            ("absent-item", structure.absent_item),
            ("attendance-subheader", structure.subheader),
            ("title-over-name", structure.title_over_name),
            ("chair-line", structure.chair_line),
            ("chair-mark-line", structure.chair_mark_line),
            ("represented-line", structure.represented_line),
            ("officer-line", structure.officer_line),
            ("title-label-line", structure.title_label_line),
            ("minute-taker-line", structure.minute_taker_line),
            ("attendance-subheader-items", structure.subheader_items),
            ("attendance-line", structure.line_item),
            ("attendance-item", structure.list_item),
            ("block-end", structure.block_end),
            ("attendance-roll", structure.headerless_roll),
            ("attendance-header", structure.list_header),
            ("body-roll-header", structure.body_roll_header),
            ("attended-by-colon", structure.attended_by_colon),
            ("decision-label", structure.decision_label),
            ("statement-heading", structure.statement_heading),
            ("speakers-roll", structure.speakers_roll),
        ),
    ),
    Family("inline-attendance", (("attendance-inline", structure.inline_attendance),)),
    Family("heading", (("headline", structure.headline), ("heading", structure.heading))),
    Family("body-list-item", (("body-list-item", structure.body_list_item),)),
    Family("carry-over", (("carry-over", mentions.carry_over),)),
    Family("mentions", (("mentions", mentions.read_mentions),)),
    Family("relayed", (("relayed", mentions.relayed),)),
    Family(
        "turn",
        (
            ("quote-byline", turns.quote_byline),
            ("transcript-lead", turns.transcript_lead),
            ("address-resumes", turns.address_resumes),
            ("initials-label", turns.initials_label),
            ("dash-label", turns.dash_label),
            ("name-label", turns.name_label),
            ("nick-label", turns.nick_label),
            ("role-label", turns.role_label),
            ("qa-label", turns.qa_label),
        ),
    ),
    Family("vocative", (("vocative", turns.vocative),)),
    Family(
        "presiding",
        (
            ("presided-by", presiding.presided_by),
            ("in-the-chair", presiding.in_the_chair),
            ("presides", presiding.presides),
        ),
    ),
    Family("presence", (("presence-verb", presence.presence_verb),)),
    Family("presence-after", (("presence-after", presence.presence_after),)),
    Family(
        "speech",
        (
            ("we-minute", speech.we_minute),
            ("speakers-list", speech.speakers_list),
            ("body-decision", speech.body_decision),
            ("draft-aims", speech.draft_aims),
            ("speech-verb", speech.speech_verb),
            ("according-to", speech.according_to),
            ("own-view", speech.own_view),
            ("speech-by", speech.speech_by),
        ),
    ),
    Family("motion", (("motion", speech.motion), ("dash-byline", speech.dash_byline))),
)

# The words S.MINUTE_TAKER_FIELD cannot match without ("Minutes by:", "Note-taker:",
# "Recorder:"), unless a "_" is glued to one (its "[\\W_]*" before them)
MINUTE_TAKER_WORDS: Words = frozenset(
    {"minutes", "notes", "minute", "minutetaker", "note", "notetaker", "recorder", "scribe", "recording"}
)
# The words S.ATTENDED_BY_COLON cannot match without, one for each of its branches
ATTENDED_BY_WORDS: Words = frozenset(
    {"following", "participation", "attended", "present", "participants", "attendance"}
)

# The words cues.statement_heading cannot match without ("Statement by", "Remarks of"),
# unless a "_" is glued to one (its "[\\W_]*" before them)
STATEMENT_WORDS: Words = frozenset({"statement", "remarks", "speech", "address", "comments", "intervention"})

# The shorthand's run-together forms as words ("MSC A/B"), lower-cased as Here.words are
MS_RUN_WORDS: Words = frozenset(w.lower() for w in S.MS_SHORTHAND_WORDS)

# Marks: cheap tests of a sentence's text, by name, that a trigger may name as it names a cue
MARKS: dict[str, Callable[[str], bool]] = {
    "colon": lambda text: ":" in text,
    "underscore": lambda text: "_" in text,  # (a word glued to it is no whole word: "_Minutes")
    "ms-shorthand": lambda text: "M/S" in text,  # (S.MS_SHORTHAND_MARK's other branch is a word)
    "resolved": lambda text: "RESOLVED" in text,  # (S.RESOLVED_INLINE)
    "list-header": may_head_list,  # (cues.list_header cannot match without it)
}

# What a sentence must hold for each sieve to act (base.LINE ...; a cue of
# ``attribution.cues`` it may match or a mark of its text; one of a set of words; or one
# of a tuple of these): each sieve listed returns PASS, having changed nothing, on a
# sentence without it (its first test), so the reading does not call it there. Half the
# sentences open no line; most hold no verb of presence or presiding, and none of the
# words a sieve's pattern opens with or needs. tests/test_sieves.py checks both claims on
# every sentence of the samples.
WHEN: dict[str, Trigger] = {
    "absent-line": LINE,
    "absent-item": IN_BLOCK,
    "attendance-subheader": IN_BLOCK,
    "title-over-name": IN_BLOCK,
    "chair-line": LINE,
    "chair-mark-line": frozenset({"chair"}),  # (its first test, with the line's start)
    "represented-line": IN_BLOCK,
    "officer-line": LINE,
    "title-label-line": "colon",  # (S.TITLE_LABEL_LINE)
    "minute-taker-line": (MINUTE_TAKER_WORDS, "underscore"),  # (S.MINUTE_TAKER_FIELD)
    "attendance-subheader-items": IN_BLOCK,
    "attendance-line": IN_BLOCK,
    "attendance-item": IN_BLOCK,
    "block-end": LINE,
    "attendance-roll": BEFORE_SPEECH,  # (its first tests, with the line's start)
    "body-roll-header": frozenset(P.STRONG_BODY_NOUNS),  # (S.BODY_LABEL: one alone before a colon)
    "attended-by-colon": ATTENDED_BY_WORDS,  # (S.ATTENDED_BY_COLON)
    "statement-heading": (STATEMENT_WORDS, "underscore"),  # (cues.statement_heading)
    "speakers-roll": LINE,
    "attendance-inline": "list-header",  # (its first tests, with the line's start)
    "headline": FIRST_PARA,  # (Document.headline: the first paragraph's last sentence)
    "heading": LINE,
    "carry-over": NOT_PARA,
    "relayed": "relayed_phrase",
    "transcript-lead": frozenset({"transcript", "text"}),  # (its first test)
    "quote-byline": LINE,
    "address-resumes": PARA,
    "initials-label": "colon",  # (S.CODE_INITIALS_LABEL, with the line's start)
    "dash-label": LINE,
    "name-label": LINE,
    "nick-label": LINE,
    "role-label": "colon",  # (S.ROLE_LABEL, with the line's start)
    "qa-label": "colon",  # (S.QA_LABEL, with the line's start)
    "in-the-chair": frozenset({"chair"}),  # (its first test: the last word of S.IN_THE_CHAIR)
    "presided-by": "presided_by",
    "presides": "presides",
    "presence-verb": "presence",
    "presence-after": "presence_after",
    "we-minute": frozenset({"we"}),  # (S.WE_MINUTE opens with it)
    "speakers-list": frozenset({"speaking", "taking"}),  # (S.SPEAKERS_WERE opens with one)
    "body-decision": "body_only",
    "draft-aims": frozenset(S.DRAFT_AIMS_VERBS),  # ("aims", "seeks": S.DRAFT_AIMS needs one)
    "speech-verb": "speech",
    "according-to": frozenset({"according"}),  # (S.ACCORDING_TO opens with it)
    "own-view": frozenset({"view", "opinion", "judgment", "judgement", "assessment"}),  # (S.OWN_VIEW)
    "speech-by": "speech_by",
    "attendance-header": "list-header",
    # (its branches: a line's, one ending in a colon, or "RESOLVED, that" inside a paragraph)
    "decision-label": (LINE, "colon", "resolved"),
    # ("moved by", "seconded by"; "Moved Len, seconded Judy"; "M/S: A/B", "MSC A/B")
    "motion": (
        "motion_by",
        frozenset({*S.MOTION_SHORTHAND_WORDS, *(w.lower() for w in S.MS_SHORTHAND_WORDS)}),
        "ms-shorthand",
    ),
}

Plan = tuple[tuple[tuple[str, Sieve], ...], ...]


def _words_named(trigger: Trigger) -> Words:
    if isinstance(trigger, tuple):
        return frozenset().union(*map(_words_named, trigger))
    return frozenset() if isinstance(trigger, str) else trigger


# Every word a trigger of WHEN names: which of them a sentence holds is part of its kind
TRIGGER_WORDS: Words = frozenset().union(*map(_words_named, WHEN.values()))


class Kind(NamedTuple):
    """What the triggers of WHEN ask of a sentence: the kinds of sentence are few (a few
    hundred), and the sieves that may act on each are worked out once (:func:`plan`)."""

    line_start: bool
    in_block: bool  # (a line in an attendance block)
    para_start: bool
    first_para: bool
    before_speech: bool
    may: frozenset[str]  # the cues it may match (Here.cues)
    marks: frozenset[str]  # the MARKS it holds
    words: Words  # the words of TRIGGER_WORDS it holds


def kind_of(st: State, here: Here) -> Kind:
    """The kind of the sentence ``here`` as its reading starts."""
    words, text = here.words, here.s.text
    return Kind(
        here.line_start,
        here.line_start and st.list_mode,
        here.para_start,
        here.s.paragraph == 0,
        not st.spoken,
        here.cues,
        frozenset(name for name, test in MARKS.items() if test(text)),
        words & TRIGGER_WORDS if not words.isdisjoint(TRIGGER_WORDS) else frozenset(),
    )


def holds(trigger: Trigger, kind: Kind) -> bool:
    """Whether a sentence of this kind holds ``trigger``."""
    if isinstance(trigger, tuple):
        return any(holds(one, kind) for one in trigger)
    if not isinstance(trigger, str):
        return not trigger.isdisjoint(kind.words)
    if trigger == LINE:
        return kind.line_start
    if trigger == IN_BLOCK:
        return kind.in_block
    if trigger == INLINE:
        return not kind.line_start
    if trigger == PARA:
        return kind.para_start
    if trigger == NOT_PARA:
        return not kind.para_start
    if trigger == FIRST_PARA:
        return kind.first_para
    if trigger == BEFORE_SPEECH:
        return kind.before_speech
    return trigger in kind.marks if trigger in MARKS else trigger in kind.may


@lru_cache(maxsize=4096)
def plan(kind: Kind) -> Plan:
    """The sieves of each family, in ORDER, that act on a sentence of this kind
    (:data:`WHEN`), a family with none left out: one plan for each kind of sentence."""
    families = []
    for family in ORDER:
        acting = tuple(
            (name, sieve) for name, sieve in family.sieves if name not in WHEN or holds(WHEN[name], kind)
        )
        if acting:
            families.append(acting)
    return tuple(families)


__all__ = [
    "DECIDED",
    "MARKS",
    "ORDER",
    "PASS",
    "SETTLED",
    "TRIGGER_WORDS",
    "WHEN",
    "Family",
    "Kind",
    "Outcome",
    "Plan",
    "Sieve",
    "holds",
    "kind_of",
    "plan",
]

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

from functools import lru_cache

from minutes.attribution.sieves import mentions, presence, presiding, speech, structure, turns
from minutes.attribution.sieves.base import (
    DECIDED,
    INLINE,
    LINE,
    NOT_PARA,
    PARA,
    PASS,
    SETTLED,
    Family,
    Outcome,
    Sieve,
)

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

# What a sentence must hold for each sieve to act (base.LINE ...; or a cue of
# ``attribution.cues`` it may match): each sieve listed returns PASS, having changed
# nothing, on a sentence without it (its first test), so the reading does not call it
# there. Half the sentences open no line; most hold no verb of presence or presiding.
# tests/test_sieves.py checks both claims on every sentence of the samples.
WHEN: dict[str, str] = {
    "absent-line": LINE,
    "absent-item": LINE,
    "attendance-subheader": LINE,
    "title-over-name": LINE,
    "chair-line": LINE,
    "chair-mark-line": LINE,
    "represented-line": LINE,
    "officer-line": LINE,
    "title-label-line": LINE,
    "minute-taker-line": LINE,
    "attendance-subheader-items": LINE,
    "attendance-line": LINE,
    "attendance-item": LINE,
    "block-end": LINE,
    "attendance-roll": LINE,
    "body-roll-header": LINE,
    "attended-by-colon": LINE,
    "statement-heading": LINE,
    "speakers-roll": LINE,
    "attendance-inline": INLINE,
    "heading": LINE,
    "carry-over": NOT_PARA,
    "relayed": "relayed_phrase",
    "quote-byline": LINE,
    "address-resumes": PARA,
    "initials-label": LINE,
    "dash-label": LINE,
    "name-label": LINE,
    "nick-label": LINE,
    "role-label": LINE,
    "qa-label": LINE,
    "presided-by": "presided_by",
    "presides": "presides",
    "presence-verb": "presence",
    "presence-after": "presence_after",
    "body-decision": "body_only",
    "speech-verb": "speech",
    "speech-by": "speech_by",
}

Plan = tuple[tuple[tuple[str, Sieve], ...], ...]


def holds(trigger: str, line_start: bool, para_start: bool, may: frozenset[str]) -> bool:
    """Whether a sentence (opening a line or a paragraph or not, the cues it ``may``
    match) holds ``trigger``."""
    if trigger == LINE:
        return line_start
    if trigger == INLINE:
        return not line_start
    if trigger == PARA:
        return para_start
    if trigger == NOT_PARA:
        return not para_start
    return trigger in may


@lru_cache(maxsize=4096)
def plan(line_start: bool, para_start: bool, may: frozenset[str]) -> Plan:
    """The sieves of each family, in ORDER, that act on such a sentence (:data:`WHEN`), a
    family with none left out: one plan for each kind of sentence (a few hundred kinds)."""
    families = []
    for family in ORDER:
        acting = tuple(
            (name, sieve)
            for name, sieve in family.sieves
            if name not in WHEN or holds(WHEN[name], line_start, para_start, may)
        )
        if acting:
            families.append(acting)
    return tuple(families)


__all__ = ["DECIDED", "ORDER", "PASS", "SETTLED", "WHEN", "Family", "Outcome", "Plan", "Sieve", "plan"]

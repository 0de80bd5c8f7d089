"""Who counts as an attendee, and whether the meeting as a body spoke: decided here only.

Attendees are everyone a sieve marked present (attendance blocks and lines, "X attended",
"attended by X", ...), and every person who spoke and is not only relayed (GOLD.md:
"everyone the text says was present ... or made a speech"), in order of first mention.
Not attendees: the presider (listed apart), anonymous roles ("the Clerk" with no name),
and organisations that only said something ("The Ministry of the Interior said": a
statement, not presence; one that made a speech was marked present by its sieve).
"""

from __future__ import annotations

from minutes.attribution.state import MEETING, Attribution


def attendees(att: Attribution) -> list[int]:
    """The entity ids of the attendees, in order of first mention."""
    reg = att.registry
    present = list(att.present)
    for key in att.speakers:
        if key < 0 or key in present or key in att.relayed or reg.entities[key].anonymous:
            continue
        if reg.entities[key].kind == "organization":
            continue
        present.append(key)
    present.sort(key=lambda k: reg.entities[k].order)
    out: list[int] = []
    for key in present:
        if key != att.presider and key not in out and not reg.entities[key].anonymous:
            out.append(key)
    return out


def body_spoke(att: Attribution) -> bool:
    """Whether the meeting as a body is the subject of a saying or deciding verb somewhere
    ("The meeting stressed", "It was agreed", "Members noted", "RESOLVED:"): a speaker
    even with no points (GOLD.md convention 11). A label that only opens the meeting's
    list ("Decisions:") gives it the floor, not a speech."""
    return any(d.who == MEETING and d.what == "speaker" for d in att.trail)

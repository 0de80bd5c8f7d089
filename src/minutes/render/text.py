"""Plain-text outline: one fact per line, points indented under their speaker.

::

    Meeting: the first plenary meeting of the Leading Group (July 3rd)
    Presided by: Chen Mingbo, Deputy Secretary-General
    Attendees: Wu Qing (Vice Mayor); Lu Ming (Vice Chairman)
    Speakers:
      Wu Qing, Vice Mayor
        1. [First of all] take the parks as the main position
        2. [Second] strengthen the efficient use of resources
      Songjiang District Government (no enumerated points)
"""

from __future__ import annotations

from collections.abc import Iterable

from minutes.model import Outline
from minutes.render import (
    NO_POINTS,
    NONE_FOUND,
    attendee_label,
    clean,
    meeting_label,
    point_parts,
    presider_label,
    series,
    series_label,
    speaker_label,
)

INDENT = "  "


def render_text(outline: Outline) -> str:
    """The outline as plain text, without a trailing newline."""
    attendees = "; ".join(attendee_label(a) for a in outline.attendees) or NONE_FOUND
    lines = [
        f"Meeting: {meeting_label(outline.meeting)}",
        f"Presided by: {presider_label(outline.presider)}",
        f"Attendees: {attendees}",
    ]
    if not outline.speakers:
        lines.append(f"Speakers: {NONE_FOUND}")
        return "\n".join(lines)
    lines.append("Speakers:")
    for speaker in outline.speakers:
        if not speaker.points:
            lines.append(f"{INDENT}{speaker_label(speaker)} {NO_POINTS}")
            continue
        lines.append(f"{INDENT}{speaker_label(speaker)}")
        lists = series(speaker.points)
        for n, points in enumerate(lists, 1):
            indent = INDENT * 2
            if len(lists) > 1:  # several series: each under its own heading, not run together
                lines.append(f"{indent}{series_label(n)}:")
                indent += INDENT
            for point in points:
                lines.append(indent + " ".join(part for part in point_parts(point) if part))
    return "\n".join(lines)


def render_sentences(sentences: Iterable[str]) -> str:
    """One sentence per line, inner whitespace runs folded to one space; no trailing newline.

    >>> render_sentences(["It rained\\nsince 2018.", "Since then,  it snowed."])
    'It rained since 2018.\\nSince then, it snowed.'
    """
    return "\n".join(clean(sentence) for sentence in sentences)

"""Stage last, Render: an :class:`~minutes.model.Outline` -> output.

One module per format: ``text`` and ``json`` are plain functions returning
strings; ``tree``, ``table``, ``show`` and ``progress`` draw with rich (on a console
that ``output`` makes, the one other module that imports it).
The labels below are shared, so that the text and the tree formats say the same
thing in the same words.

All text in an outline comes from the input, so it is untrusted: :func:`clean`
folds whitespace runs (newlines included) into one space and replaces control
characters with visible escapes (``\\x1b``), so that input cannot move the cursor or
recolour a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.model import Meeting, Participant, Point, Speaker

_WHITESPACE = re.compile(r"\s+")

#: What every format says for a part of the outline the minutes do not give: a title,
#: a presider, attendees, speakers. One phrase, the same everywhere.
NONE_FOUND = "(none found)"
NOT_FOUND = NONE_FOUND  # the old name


#: Invisible characters that reorder the text around them ("Trojan source"): shown
#: as escapes like the control characters.
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: Every character :func:`escape_controls` escapes: the Cc category (C0, DEL, C1) and those.
_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")


def escape_controls(text: str, *, keep: str = "") -> str:
    """Control characters (ESC, BEL, C1 controls, bidi overrides) as visible escapes.

    Characters in ``keep`` (e.g. ``"\\n\\t"``) pass through.

    >>> escape_controls("\\x1b[31mred\\x07 \\u202e")
    '\\\\x1b[31mred\\\\x07 \\\\u202e'
    """

    def visible(m: re.Match[str]) -> str:
        c = m.group()
        return c if c in keep else f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"

    return _CONTROLS.sub(visible, text)


def clean(text: str) -> str:
    """One line of printable text: whitespace runs folded, controls shown as escapes.

    >>> clean("  Wu\\r\\n Qing\\x1b[31m ")
    'Wu Qing\\\\x1b[31m'
    """
    return escape_controls(_WHITESPACE.sub(" ", text).strip())


def meeting_label(meeting: Meeting) -> str:
    """``title (date)``; either part may be missing.

    >>> meeting_label(Meeting("the first plenary meeting", "July 3rd"))
    'the first plenary meeting (July 3rd)'
    """
    title = clean(meeting.title) if meeting.title else NOT_FOUND
    return f"{title} ({clean(meeting.date)})" if meeting.date else title


def presider_label(presider: Participant | None) -> str:
    """``name, role``, or ``(none found)``."""
    if presider is None:
        return NOT_FOUND
    return f"{clean(presider.name)}, {clean(presider.role)}" if presider.role else clean(presider.name)


def attendee_label(attendee: Participant) -> str:
    """``name (role)``.

    >>> attendee_label(Participant("Wu Qing", "Vice Mayor"))
    'Wu Qing (Vice Mayor)'
    """
    return f"{clean(attendee.name)} ({clean(attendee.role)})" if attendee.role else clean(attendee.name)


#: Who speaks when the meeting itself decides or urges ("The meeting agreed ..."): a
#: speaker without a name. Every format names it in these words.
MEETING_AS_BODY = "The meeting (as a body)"


def speaker_label(speaker: Speaker) -> str:
    """Who spoke: ``name, role (on behalf of X)``; the meeting as a body when it has no name.

    >>> speaker_label(Speaker("Lu Ming", "Vice Chairman", "person", on_behalf_of="the Office"))
    'Lu Ming, Vice Chairman (on behalf of the Office)'
    >>> speaker_label(Speaker(None, None, "meeting"))
    'The meeting (as a body)'
    >>> speaker_label(Speaker("Chair", "Chair", "person", anonymous_role=True))
    'Chair (name not given)'
    """
    if speaker.name is None or speaker.kind == "meeting":
        label = MEETING_AS_BODY
    else:
        label = clean(speaker.name)
        if speaker.role and not (speaker.anonymous_role and speaker.role == speaker.name):
            label += f", {clean(speaker.role)}"  # (a role standing for a name is not said twice)
        if speaker.anonymous_role:
            label += " (name not given)"
    if speaker.on_behalf_of:
        label += f" (on behalf of {clean(speaker.on_behalf_of)})"
    return label


NO_POINTS = "(no enumerated points)"


def series(points: Sequence[Point]) -> list[list[Point]]:
    """A speaker's points cut into their series: a new one starts where the numbering
    starts again ("1. 2. 3." then "1. 2.").

    >>> [[p.ordinal for p in s] for s in series([Point(n, "", "", "", 0, 0) for n in (1, 2, 1)])]
    [[1, 2], [1]]
    """
    out: list[list[Point]] = []
    for n, point in enumerate(points):
        if not n or point.ordinal <= points[n - 1].ordinal:
            out.append([])
        out[-1].append(point)
    return out


def series_label(n: int) -> str:
    """The heading of a speaker's ``n``-th series of points (counted from 1), when they
    made more than one: ``List 2``."""
    return f"List {n}"


def point_parts(point: Point) -> tuple[str, str, str]:
    """``("1.", "[First of all]", "take the parks ...")``: ordinal, marker, and the
    point's priority (the text with its hedge stripped), or its text if that is empty.
    The marker part is empty when the point has no marker text.
    """
    marker = f"[{clean(point.marker)}]" if point.marker.strip() else ""
    return f"{point.ordinal}.", marker, clean(point.priority) or clean(point.text)

"""Markdown outline: a heading per meeting, a section per speaker, points as numbered lists.

::

    # the first plenary meeting of the Leading Group (July 3rd)

    - **Presided by:** Chen Mingbo, Deputy Secretary-General
    - **Attendees:** Wu Qing (Vice Mayor); Songjiang District Government

    ## Speakers

    ### Wu Qing, Vice Mayor

    1. **First of all** take the parks as the main position
    2. **Second** strengthen the efficient use of resources

    ### Songjiang District Government

    (no enumerated points)

Input text never becomes markup: :func:`escape_markdown` folds it to one line with
:func:`~minutes.render.clean` and puts a backslash before every character that could
start emphasis, code, a link, HTML, an entity or a heading, and before whatever would
open a list or a quote at the start of a line. A list number is the point's ordinal;
when a speaker's points form several series, each series is a list of its own.
"""

from __future__ import annotations

import re

from minutes.model import Outline, Point
from minutes.render import (
    NO_POINTS,
    NONE_FOUND,
    attendee_label,
    clean,
    meeting_label,
    presider_label,
    speaker_label,
)

# Anywhere: backslash, code, emphasis, strikethrough, links and images, HTML, table
# pipes, "#" (a heading's closing sequence: "# Budget #" loses its last "#"), and the
# "&" of a character reference ("&amp;", "&#42;").
_INLINE = re.compile(r"([\\`*_~\[\]<>|#]|&(?=#?\w+;))")
# At the start of a block: a list item ("- ", "+ ", "1. ", "1) ") or a setext underline.
_BLOCK_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")
# Between two lists that would otherwise merge into one (CommonMark's own advice).
_LIST_BREAK = "<!-- -->"


def escape_markdown(text: str, *, line_start: bool = True) -> str:
    """Input text as Markdown that renders as that text, on one line. With
    ``line_start`` false, the text is known not to start a block (it follows other
    text), so a leading "1." or "-" is left alone.

    >>> escape_markdown("[bold]x[/bold] *a* # h")
    '\\\\[bold\\\\]x\\\\[/bold\\\\] \\\\*a\\\\* \\\\# h'
    >>> escape_markdown("1. not a list")
    '1\\\\. not a list'
    """
    out = _INLINE.sub(r"\\\1", clean(text))
    if not line_start:
        return out
    return _BLOCK_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", out)


#: A marker that is a number ("1.", "(2)", "3)"): the list's own numbering says it already.
_NUMBER_MARKER = re.compile(r"\(?\d{1,9}[.):]?\)?")


def _point_line(point: Point) -> str:
    text = escape_markdown(point.priority) or escape_markdown(point.text)
    numbered = _NUMBER_MARKER.fullmatch(point.marker.strip())
    marker = "" if numbered else escape_markdown(point.marker, line_start=False)
    body = f"**{marker}** {text}" if marker else text
    return f"{point.ordinal}. {body}".rstrip()


def render_markdown(outline: Outline, *, with_source: bool = False) -> str:
    """The outline as Markdown, without a trailing newline; ``with_source`` names the
    input it came from (for several inputs in one document)."""
    attendees = "; ".join(escape_markdown(attendee_label(a)) for a in outline.attendees) or NONE_FOUND
    source = "standard input" if outline.source == "-" else outline.source
    lines = [
        f"# {escape_markdown(meeting_label(outline.meeting))}",
        "",
        *([f"- **Source:** {escape_markdown(source, line_start=False)}"] if with_source else []),
        f"- **Presided by:** {escape_markdown(presider_label(outline.presider))}",
        f"- **Attendees:** {attendees}",
        "",
        "## Speakers",
    ]
    if not outline.speakers:
        lines += ["", NONE_FOUND]
    for speaker in outline.speakers:
        lines += ["", f"### {escape_markdown(speaker_label(speaker))}", ""]
        if not speaker.points:
            lines.append(NO_POINTS)
        for n, point in enumerate(speaker.points):
            if n and point.ordinal <= speaker.points[n - 1].ordinal:
                lines += ["", _LIST_BREAK, ""]  # a new series: a new list
            lines.append(_point_line(point))
    return "\n".join(lines)

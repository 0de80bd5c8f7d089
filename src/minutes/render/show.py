"""The ``show`` view: the input text itself, with what the outline was read from highlighted.

Enumeration markers, mentions of the people and organisations in the outline, and the
points' texts each get a style of their own (:data:`STYLES`); a legend line at the top
says which is which. The text keeps its lines; it is printed as a
:class:`rich.text.Text`, so nothing in it is markup, and control characters other
than newline and tab (ESC, BEL, CR, bidi overrides) are shown as escapes such as
``\\x1b``. A CR LF line break is a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.console import Console
from rich.text import Text

from minutes.model import Highlight, HighlightKind
from minutes.render import escape_controls

#: The style of each kind of highlight. Points are underlined, markers and mentions are
#: bold or italic as well as coloured, so that they differ without colour (NO_COLOR).
STYLES: dict[HighlightKind, str] = {
    "point": "underline",
    "marker": "bold yellow",
    "mention": "italic cyan",
}
#: What the legend calls each kind.
LEGEND: dict[HighlightKind, str] = {
    "marker": "enumeration marker",
    "mention": "person or organisation",
    "point": "point",
}
NO_COLOUR = "(colour is off)"
_ORDER: tuple[HighlightKind, ...] = ("marker", "mention", "point")
# Drawn in this order, each over the ones before: a marker inside a point is both.
_LAYERS: tuple[HighlightKind, ...] = ("point", "mention", "marker")


def legend(*, colour: bool = True) -> Text:
    """``Legend: enumeration marker | person or organisation | point``, each in its style;
    without ``colour``, a note that nothing is highlighted."""
    line = Text("Legend: ")
    for n, kind in enumerate(_ORDER):
        if n:
            line.append(" | ")
        line.append(LEGEND[kind], style=STYLES[kind])
    if not colour:
        line.append(f" {NO_COLOUR}")
    return line


def visible(text: str) -> tuple[str, list[int]]:
    """``text`` with CR LF and lone CR as LF and other controls (but tab) as escapes, and
    where each position of ``text`` (and its end) went in the result.

    >>> visible("a\\r\\nb\\x1b")
    ('a\\nb\\\\x1b', [0, 1, 1, 2, 3, 7])
    """
    parts: list[str] = []
    where: list[int] = []
    at = 0
    for piece in _LINE_BREAK.split(text):
        if piece in ("\r\n", "\r"):
            where += [at] * len(piece)  # both characters of CR LF go to the LF
            parts.append("\n")
            at += 1
            continue
        shown = escape_controls(piece, keep="\n\t")
        if len(shown) == len(piece):  # nothing escaped (or one for one): positions stay
            where += range(at, at + len(piece))
            parts.append(shown)
            at += len(shown)
            continue
        for c in piece:
            where.append(at)
            e = escape_controls(c, keep="\n\t")
            parts.append(e)
            at += len(e)
    where.append(at)
    return "".join(parts), where


_LINE_BREAK = re.compile(r"(\r\n?)")


def highlighted(text: str, highlights: Iterable[Highlight]) -> Text:
    """``text`` as a rich Text with each highlight's span in its kind's style."""
    shown, where = visible(text)
    out = Text(shown, end="")
    spans = list(highlights)
    for kind in _LAYERS:
        for h in spans:
            if h.kind == kind and 0 <= h.start < h.end <= len(text):
                out.stylize(STYLES[kind], where[h.start], where[h.end])
    return out


def render_show(
    text: str, highlights: Iterable[Highlight], console: Console, *, show_legend: bool = True
) -> None:
    """Print the legend (unless ``show_legend`` is false), then ``text`` with its highlights.

    A final line break in ``text`` ends the output; without one, a line break is added.
    """
    if show_legend:
        console.print(legend(colour=console.color_system is not None))
    body = highlighted(text, highlights)
    console.print(body, end="" if body.plain.endswith("\n") else "\n")

"""Tree outline for terminals, drawn with rich (as are ``table``, ``show`` and ``progress``;
``output`` makes the console they draw on).

Every label is built as a :class:`rich.text.Text`, never parsed as markup, so
input such as ``[bold]x[/bold]`` prints literally.
"""

from __future__ import annotations

import io
from typing import Any, TextIO

from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from minutes.model import Outline
from minutes.render import (
    NO_POINTS,
    NONE_FOUND,
    attendee_label,
    meeting_label,
    point_parts,
    presider_label,
    series,
    series_label,
    speaker_label,
)

#: The width of a soft-wrapping console: wider than any line of minutes.
UNWRAPPED = 1_000_000


def make_console(
    file: TextIO,
    *,
    width: int | None = None,
    color: bool | None = None,
    soft_wrap: bool | None = None,
    record: bool = False,
) -> Console:
    """A console that never interprets markup, emoji codes or highlighting in what it prints.

    ``color=None`` lets rich decide from the environment: colour on a terminal, none
    when ``file`` is not one, none with ``TERM=dumb``, no colours (bold and underline
    stay) with ``NO_COLOR`` set, and colour even through a pipe with ``FORCE_COLOR``
    set. ``True`` forces colour (over ``NO_COLOR`` and ``TERM=dumb``: an explicit
    ``--color`` wins); ``False`` forces plain text, without any escape sequence.

    ``soft_wrap=None`` turns soft wrapping on when ``file`` is not a terminal and no
    ``width`` is given. Soft-wrapped output is neither wrapped nor padded nor cut: each
    line is as long as its text, so that piped output keeps one line per tree node (a
    console without a width is then made :data:`UNWRAPPED` columns wide, since rich
    cuts a tree's lines at the console's width). ``record`` keeps what is printed, for
    :meth:`Console.export_svg`.
    """
    if soft_wrap is None:
        soft_wrap = width is None and not _isatty(file)
    if soft_wrap and width is None:
        width = UNWRAPPED
    options: dict[str, Any] = {
        "file": file,
        "width": width,
        "markup": False,
        "emoji": False,
        "highlight": False,
        "soft_wrap": soft_wrap,
        "record": record,
        "force_terminal": True if color else None,
        "no_color": None if color is None else not color,
        "color_system": None if color is False else "auto",
    }
    console = Console(**options)
    if color and console.color_system is None:  # forced, but the terminal says "dumb"
        console = Console(**{**options, "color_system": "standard"})
    return console


def _isatty(file: TextIO) -> bool:
    try:
        return file.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed file
        return False


def build_tree(outline: Outline) -> Tree:
    """The outline as a rich Tree: meeting at the root; presider, attendees, speakers below."""
    root = Tree(Text.assemble(("Meeting: ", "bold"), meeting_label(outline.meeting)), guide_style="dim")
    root.add(Text.assemble(("Presided by: ", "bold"), presider_label(outline.presider)))

    attendees = root.add(_heading("Attendees", len(outline.attendees)))
    for attendee in outline.attendees:
        attendees.add(Text(attendee_label(attendee)))

    speakers = root.add(_heading("Speakers", len(outline.speakers)))
    for speaker in outline.speakers:
        label = Text(speaker_label(speaker), style="bold cyan")
        if not speaker.points:
            label.append(f" {NO_POINTS}", style="dim")
        node = speakers.add(label)
        lists = series(speaker.points)
        for n, points in enumerate(lists, 1):
            # several series: each under a node of its own, not run together
            parent = node.add(Text(series_label(n), style="dim")) if len(lists) > 1 else node
            for point in points:
                ordinal, marker, text = point_parts(point)
                line = Text(f"{ordinal} ")
                if marker:
                    line.append(f"{marker} ", style="yellow")
                line.append(text)
                parent.add(line)
    return root


def _heading(name: str, count: int) -> Text:
    """``Attendees (3)``, or ``Attendees: (none found)``."""
    if not count:
        return Text.assemble((f"{name}: ", "bold"), NONE_FOUND)
    return Text(f"{name} ({count})", style="bold")


def render_tree(outline: Outline, console: Console) -> None:
    """Print the outline as a tree on ``console``."""
    console.print(build_tree(outline), highlight=False, markup=False, emoji=False)


def source_line(label: str) -> Text:
    """The ``Source: path`` line above each tree when several inputs are outlined."""
    return Text.assemble(("Source: ", "bold"), (label, "magenta"))


def export_svg(outline: Outline, width: int = 100, *, title: str = "minutes") -> str:
    """The outline's tree, in colour, as an SVG image of a terminal ``width`` columns wide
    (for the README)."""
    console = make_console(io.StringIO(), width=width, color=True, record=True)
    render_tree(outline, console)
    return console.export_svg(title=title)

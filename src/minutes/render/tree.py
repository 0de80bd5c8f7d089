"""Tree outline for terminals, drawn with rich. The only module that imports rich.

Every label is built as a :class:`rich.text.Text`, never parsed as markup, so
input such as ``[bold]x[/bold]`` prints literally.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from minutes.model import Outline
from minutes.render import (
    NO_POINTS,
    attendee_label,
    meeting_label,
    point_parts,
    presider_label,
    speaker_label,
)


def make_console(file: TextIO, *, width: int | None = None, color: bool | None = None) -> Console:
    """A console that never interprets markup, emoji codes or highlighting in what it prints.

    ``color=None`` lets rich decide (is it a terminal? is ``NO_COLOR`` set?);
    ``True`` forces colour, ``False`` forces plain output.
    """
    return Console(
        file=file,
        width=width,
        markup=False,
        emoji=False,
        highlight=False,
        force_terminal=True if color else None,
        no_color=True if color is False else None,
        color_system=None if color is False else "auto",
    )


def build_tree(outline: Outline) -> Tree:
    """The outline as a rich Tree: meeting at the root; presider, attendees, speakers below."""
    root = Tree(Text.assemble(("Meeting: ", "bold"), meeting_label(outline.meeting)), guide_style="dim")
    root.add(Text.assemble(("Presided by: ", "bold"), presider_label(outline.presider)))

    attendees = root.add(Text(f"Attendees ({len(outline.attendees)})", style="bold"))
    for attendee in outline.attendees:
        attendees.add(Text(attendee_label(attendee)))

    speakers = root.add(Text(f"Speakers ({len(outline.speakers)})", style="bold"))
    for speaker in outline.speakers:
        label = Text(speaker_label(speaker), style="bold cyan")
        if not speaker.points:
            label.append(f" {NO_POINTS}", style="dim")
        node = speakers.add(label)
        for point in speaker.points:
            ordinal, marker, text = point_parts(point)
            line = Text(f"{ordinal} ")
            if marker:
                line.append(f"{marker} ", style="yellow")
            line.append(text)
            node.add(line)
    return root


def render_tree(outline: Outline, console: Console) -> None:
    """Print the outline as a tree on ``console``."""
    console.print(build_tree(outline), highlight=False, markup=False, emoji=False)

"""The ``show`` view: the input text itself, with what the outline decided marked in it.

Every person or body the outline names gets a colour of their own (:data:`PALETTE`, in
order of first appearance). In that colour:

* a mention ("Vice Mayor Wu Qing") is bold, and labelled with whom it refers to at
  their first mention and wherever the text does not say the name itself: a reference
  the outline resolved ("Mr. Wu" -> Wu Qing, "the Vice Mayor" -> Wu Qing);
* a point is underlined, tagged with its speaker where it starts; its marker is bold.

Without colour (piped, ``NO_COLOR``, ``--color never``) the same decisions print as
plain text with bracketed labels::

    [Vice Mayor Wu Qing -> Wu Qing] attended. [Mr. Wu -> Wu Qing] pointed out that,
    [point: Wu Qing] first, ...

The legend (:func:`render_legend`) names each speaker in their colour; the command
prints it to stderr on a terminal only. The text keeps its lines; it is printed as a
:class:`rich.text.Text`, so nothing in it is markup, and control characters other than
newline and tab (ESC, BEL, CR, bidi overrides) are shown as escapes such as ``\\x1b``.
A CR LF line break is a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.text import Text

from minutes.model import Highlight
from minutes.render import clean, escape_controls

#: The speakers' colours, in order of first appearance; after the last, they repeat.
PALETTE = ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta",
           "bright_green", "bright_yellow", "bright_blue", "bright_red")  # fmt: skip
#: The colour of points made by the meeting as a body (no name).
BODY_COLOUR = "white"
#: How the meeting as a body is named in labels.
BODY = "the meeting"


def palette(highlights: Iterable[Highlight]) -> dict[str, str]:
    """Each person's or body's colour, in order of first appearance in the text."""
    colours: dict[str, str] = {}
    for h in sorted(highlights, key=lambda h: (h.start, -h.end)):
        if h.who is not None and h.who not in colours:
            colours[h.who] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def render_legend(highlights: Iterable[Highlight], console: Console, *, colour: bool = True) -> None:
    """``Speakers: Wu Qing | Lu Ming``, each in their colour, and what the marks mean."""
    colours = palette(highlights)
    line = Text("Legend: ")
    for n, (who, c) in enumerate(colours.items()):
        if n:
            line.append(" | ")
        line.append(clean(who), style=f"bold {c}" if colour else "")
    if colours:
        line.append("; ")
    line.append("points underlined, tagged with their speaker; -> whom a reference resolves to")
    console.print(line)


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


def _mentions(text: str, highlights: Sequence[Highlight]) -> list[Highlight]:
    """The mention spans to mark, outermost first, none overlapping another."""
    kept: list[Highlight] = []
    end = -1
    for h in sorted(highlights, key=lambda h: (h.start, -h.end)):
        if h.kind == "mention" and 0 <= h.start < h.end <= len(text) and h.start >= end:
            kept.append(h)
            end = h.end
    return kept


def _label(said: str, who: str | None, first: bool) -> str | None:
    """Whom a mention refers to, when worth saying: at the first mention (unless the text
    is the name itself), and where the text does not contain the name."""
    if who is None or clean(said) == clean(who):
        return None
    if first or clean(who) not in clean(said):
        return clean(who)
    return None


def highlighted(text: str, highlights: Iterable[Highlight], *, colour: bool = True) -> Text:
    """``text`` as a rich Text with the outline's decisions marked: in colour, or (with
    ``colour`` false) as bracketed labels in plain text."""
    spans = list(highlights)
    colours = palette(spans)
    shown, where = visible(text)
    base = Text(shown, end="")
    # what to insert where (in shown positions): (position, order, text, style)
    inserts: list[tuple[int, int, str, str]] = []

    def colour_of(who: str | None) -> str:
        return BODY_COLOUR if who is None else colours[who]

    for h in spans:
        if not 0 <= h.start < h.end <= len(text):
            continue
        c = colour_of(h.who)
        if h.kind == "point":
            name = BODY if h.who is None else clean(h.who)
            if colour:
                base.stylize(f"underline {c}", where[h.start], where[h.end])
                inserts.append((where[h.start], 0, f"{name}:", f"reverse {c}"))
                inserts.append((where[h.start], 1, " ", ""))
            else:
                inserts.append((where[h.start], 0, f"[point: {name}] ", ""))
        elif h.kind == "marker" and colour:
            base.stylize(f"bold {c}", where[h.start], where[h.end])
    seen: set[str] = set()
    for h in _mentions(text, spans):
        label = _label(text[h.start : h.end], h.who, h.who not in seen)
        if h.who is not None:
            seen.add(h.who)
        c = colour_of(h.who)
        if colour:
            base.stylize(f"bold {c}", where[h.start], where[h.end])
            if label:
                inserts.append((where[h.end], -1, f" -> {label}", f"italic {c}"))
        else:
            inserts.append((where[h.start], 2, "[", ""))
            inserts.append((where[h.end], -1, f" -> {label}]" if label else "]", ""))
    out = Text(end="")
    at = 0
    for position, _, label_text, style in sorted(inserts, key=lambda i: (i[0], i[1])):
        out.append_text(base[at:position])
        out.append(label_text, style=style or None)
        at = position
    out.append_text(base[at:])
    return out


def render_show(text: str, highlights: Iterable[Highlight], console: Console) -> None:
    """Print ``text`` with its highlights, in colour when ``console`` has colour, else with
    bracketed labels. A final line break in ``text`` ends the output; without one, a line
    break is added."""
    body = highlighted(text, highlights, colour=console.color_system is not None)
    console.print(body, end="" if body.plain.endswith("\n") else "\n")

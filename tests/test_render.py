"""Renderers: whole outputs compared as strings, at a fixed width and without colour."""

from __future__ import annotations

import io
import json

import pytest

from minutes.model import Meeting, Outline, Participant, Point, Speaker
from minutes.render import clean
from minutes.render.json import render_json
from minutes.render.text import render_sentences, render_text
from minutes.render.tree import make_console, render_tree

OUTLINE = Outline(
    source="m.txt",
    meeting=Meeting("the first plenary meeting of the Leading Group", "July 3rd"),
    presider=Participant("Chen Mingbo", "Deputy Secretary-General"),
    attendees=[
        Participant("Wu Qing", "Vice Mayor"),
        Participant("Songjiang District Government", None, "organization"),
    ],
    speakers=[
        Speaker(
            "Wu Qing",
            "Vice Mayor",
            "person",
            points=[
                Point(
                    1,
                    "First of all",
                    "it is necessary to take the parks\r\nas the main position",
                    "take the parks\r\nas the main position",
                    0,
                    57,
                ),
                # no priority: the text is shown
                Point(2, "Second", "strengthen the efficient use of resources", "", 60, 101),
            ],
        ),
        Speaker("Lu Ming", "Vice Chairman", "person", on_behalf_of="the Office of the Leading Group"),
        Speaker("Leader", None, "person", anonymous_role=True),
        Speaker(
            None, None, "meeting", points=[Point(1, "1.", "Noted the report.", "Noted the report.", 0, 1)]
        ),
    ],
)

TEXT = """\
Meeting: the first plenary meeting of the Leading Group (July 3rd)
Presided by: Chen Mingbo, Deputy Secretary-General
Attendees: Wu Qing (Vice Mayor); Songjiang District Government
Speakers:
  Wu Qing, Vice Mayor
    1. [First of all] take the parks as the main position
    2. [Second] strengthen the efficient use of resources
  Lu Ming, Vice Chairman (on behalf of the Office of the Leading Group) (no enumerated points)
  Leader (name not given) (no enumerated points)
  The meeting (as a body)
    1. [1.] Noted the report."""

TREE = """\
Meeting: the first plenary meeting of the Leading Group
(July 3rd)
├── Presided by: Chen Mingbo, Deputy Secretary-General
├── Attendees (2)
│   ├── Wu Qing (Vice Mayor)
│   └── Songjiang District Government
└── Speakers (4)
    ├── Wu Qing, Vice Mayor
    │   ├── 1. [First of all] take the parks as the main
    │   │   position
    │   └── 2. [Second] strengthen the efficient use of
    │       resources
    ├── Lu Ming, Vice Chairman (on behalf of the Office of
    │   the Leading Group) (no enumerated points)
    ├── Leader (name not given) (no enumerated points)
    └── The meeting (as a body)
        └── 1. [1.] Noted the report.
"""


def tree_of(outline: Outline, width: int = 60) -> str:
    out = io.StringIO()
    render_tree(outline, make_console(out, width=width, color=False))
    # rich keeps the space where it wraps a line; it is invisible, so ignore it
    return "\n".join(line.rstrip() for line in out.getvalue().split("\n"))


def test_text() -> None:
    assert render_text(OUTLINE) == TEXT


def test_text_of_empty_outline() -> None:
    assert render_text(Outline()) == (
        "Meeting: (not found)\nPresided by: (not found)\nAttendees: (none found)\nSpeakers: (none found)"
    )


def test_tree() -> None:
    assert tree_of(OUTLINE) == TREE


def test_json_is_to_dict() -> None:
    rendered = render_json(OUTLINE)
    assert json.loads(rendered) == OUTLINE.to_dict()
    assert not rendered.endswith("\n")


def test_json_keeps_non_ascii() -> None:
    assert '"上海"' in render_json(Outline(meeting=Meeting("上海")))


# Input text is untrusted: markup, emoji codes and escape sequences print as they are.
HOSTILE = Outline(
    meeting=Meeting("[bold]x[/bold] :smile:"),
    presider=Participant("[red]Chen[/]", "\x1b[31mChair"),
    speakers=[
        Speaker("[link=http://x]Wu[/link]", None, "person", points=[Point(1, "[1]", "a [i]b", "", 0, 1)])
    ],
)


def test_markup_prints_literally_in_text() -> None:
    text = render_text(HOSTILE)
    assert "Meeting: [bold]x[/bold] :smile:" in text
    assert "Presided by: [red]Chen[/], \ufffd[31mChair" in text
    assert "    1. [[1]] a [i]b" in text


def test_markup_prints_literally_in_tree() -> None:
    tree = tree_of(HOSTILE, width=100)
    assert "Meeting: [bold]x[/bold] :smile:" in tree
    assert "Presided by: [red]Chen[/], \ufffd[31mChair" in tree
    assert "[link=http://x]Wu[/link]" in tree
    assert "1. [[1]] a [i]b" in tree
    assert "\x1b" not in tree


def test_tree_in_colour_escapes_nothing_from_the_input() -> None:
    out = io.StringIO()
    render_tree(HOSTILE, make_console(out, width=100, color=True))
    assert "\x1b[1m" in out.getvalue()  # our styles are there ...
    assert "\x1b[31m" not in out.getvalue()  # ... the input's are not
    assert "[bold]x[/bold] :smile:" in out.getvalue()


CLEANED: list[tuple[str, str]] = [
    ("Wu Qing", "Wu Qing"),
    ("  Wu\r\n  Qing\t ", "Wu Qing"),
    ("a\u3000b", "a b"),  # ideographic space is whitespace
    ("bell\x07", "bell\ufffd"),
    ("\x1b[2J", "\ufffd[2J"),
    ("上海 市", "上海 市"),
]


@pytest.mark.parametrize(("raw", "expected"), CLEANED)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_sentences_one_per_line() -> None:
    assert render_sentences(["It rained\r\nsince 2018.", " Since then,\t it snowed. "]) == (
        "It rained since 2018.\nSince then, it snowed."
    )
    assert render_sentences([]) == ""


def test_docstring_examples() -> None:
    import doctest

    import minutes.render
    import minutes.render.text

    for module in (minutes.render, minutes.render.text):
        assert doctest.testmod(module).failed == 0

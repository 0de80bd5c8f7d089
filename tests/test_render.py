"""Renderers: whole outputs compared as strings, at a fixed width and without colour."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

import minutes
from minutes.model import Highlight, HighlightKind, Meeting, Outline, Participant, Point, Speaker
from minutes.outline import annotate
from minutes.render import MEETING_AS_BODY, clean
from minutes.render.json import render_json
from minutes.render.markdown import escape_markdown, render_markdown
from minutes.render.rows import (
    PEOPLE_COLUMNS,
    POINT_COLUMNS,
    format_delimited,
    people_rows,
    point_rows,
    write_delimited,
)
from minutes.render.show import highlighted, palette, render_legend, render_show, visible
from minutes.render.table import people_table, points_table
from minutes.render.text import render_sentences, render_text
from minutes.render.tree import export_svg, make_console, render_tree

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
        "Meeting: (none found)\nPresided by: (none found)\nAttendees: (none found)\nSpeakers: (none found)"
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
    assert "Presided by: [red]Chen[/], \\x1b[31mChair" in text
    assert "    1. [[1]] a [i]b" in text


def test_markup_prints_literally_in_tree() -> None:
    tree = tree_of(HOSTILE, width=100)
    assert "Meeting: [bold]x[/bold] :smile:" in tree
    assert "Presided by: [red]Chen[/], \\x1b[31mChair" in tree
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
    ("bell\x07", "bell\\x07"),
    ("\x1b[2J", "\\x1b[2J"),
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


# -- rows: CSV and TSV ---------------------------------------------------------------

POINT_ROWS = [
    (
        "m.txt",
        "Wu Qing",
        "Vice Mayor",
        "1",
        "First of all",
        "take the parks\r\nas the main position",
        "it is necessary to take the parks\r\nas the main position",
        "0",
        "57",
    ),
    (
        "m.txt",
        "Wu Qing",
        "Vice Mayor",
        "2",
        "Second",
        "",  # no priority: the point's text is in the next column
        "strengthen the efficient use of resources",
        "60",
        "101",
    ),
    ("m.txt", MEETING_AS_BODY, "", "1", "1.", "Noted the report.", "Noted the report.", "0", "1"),
]

PEOPLE_ROWS = [
    ("m.txt", "Chen Mingbo", "Deputy Secretary-General", "person", "yes", "no", "no", "0"),
    ("m.txt", "Wu Qing", "Vice Mayor", "person", "no", "yes", "yes", "2"),
    ("m.txt", "Songjiang District Government", "", "organization", "no", "yes", "no", "0"),
    ("m.txt", "Lu Ming", "Vice Chairman", "person", "no", "no", "yes", "0"),
    ("m.txt", "Leader", "", "person", "no", "no", "yes", "0"),
    ("m.txt", "The meeting (as a body)", "", "meeting", "no", "no", "yes", "1"),
]

# A record with a CR inside a field has all its fields quoted (the csv module would
# leave a lone CR unquoted, since the line terminator is "\n").
POINTS_CSV = """\
source,speaker,role,ordinal,marker,priority,text,start,end
"m.txt","Wu Qing","Vice Mayor","1","First of all","take the parks\r
as the main position","it is necessary to take the parks\r
as the main position","0","57"
m.txt,Wu Qing,Vice Mayor,2,Second,,strengthen the efficient use of resources,60,101
m.txt,The meeting (as a body),,1,1.,Noted the report.,Noted the report.,0,1
"""

POINTS_TSV = (
    "source\tspeaker\trole\tordinal\tmarker\tpriority\ttext\tstart\tend\n"
    "m.txt\tWu Qing\tVice Mayor\t1\tFirst of all\ttake the parks as the main position\t"
    "it is necessary to take the parks as the main position\t0\t57\n"
    "m.txt\tWu Qing\tVice Mayor\t2\tSecond\t\tstrengthen the efficient use of resources\t60\t101\n"
    "m.txt\tThe meeting (as a body)\t\t1\t1.\tNoted the report.\tNoted the report.\t0\t1\n"
)

PEOPLE_CSV = """\
source,name,role,kind,presider,attendee,speaker,points
m.txt,Chen Mingbo,Deputy Secretary-General,person,yes,no,no,0
m.txt,Wu Qing,Vice Mayor,person,no,yes,yes,2
m.txt,Songjiang District Government,,organization,no,yes,no,0
m.txt,Lu Ming,Vice Chairman,person,no,no,yes,0
m.txt,Leader,,person,no,no,yes,0
m.txt,The meeting (as a body),,meeting,no,no,yes,1
"""


def test_point_rows() -> None:
    assert point_rows(OUTLINE) == POINT_ROWS
    assert all(len(row) == len(POINT_COLUMNS) for row in point_rows(OUTLINE))
    assert point_rows(Outline()) == []


def test_people_rows() -> None:
    assert people_rows(OUTLINE) == PEOPLE_ROWS
    assert people_rows(Outline()) == []


def test_people_rows_count_every_point_once() -> None:
    points = sum(int(row[-1]) for row in people_rows(OUTLINE))
    assert points == len(point_rows(OUTLINE))


def test_points_csv() -> None:
    assert format_delimited(point_rows(OUTLINE), delimiter=",", header=POINT_COLUMNS) == POINTS_CSV


def test_points_tsv() -> None:
    assert format_delimited(point_rows(OUTLINE), delimiter="\t", header=POINT_COLUMNS) == POINTS_TSV


def test_people_csv() -> None:
    assert format_delimited(people_rows(OUTLINE), delimiter=",", header=PEOPLE_COLUMNS) == PEOPLE_CSV


def test_people_tsv_is_people_csv_with_tabs() -> None:
    # nothing to quote or fold in these rows: the two formats differ only in the delimiter
    tsv = format_delimited(people_rows(OUTLINE), delimiter="\t", header=PEOPLE_COLUMNS)
    assert tsv == PEOPLE_CSV.replace(",", "\t")


def test_streaming_writes_the_header_once() -> None:
    out = io.StringIO()
    write_delimited(out, point_rows(OUTLINE)[2:], delimiter="\t", header=POINT_COLUMNS)
    write_delimited(out, point_rows(OUTLINE)[2:], delimiter="\t")
    lines = out.getvalue().splitlines()
    assert lines[0] == "\t".join(POINT_COLUMNS)
    assert lines[1] == lines[2] == "\t".join(POINT_ROWS[2])
    assert len(lines) == 3


def test_unknown_delimiter() -> None:
    with pytest.raises(ValueError, match=r"',' \(CSV\) or '\\t' \(TSV\), not ';'"):
        format_delimited([], delimiter=";")


# Fields that need quoting, folding or escaping, and what a csv reader gets back.
AWKWARD = ("two\nlines", "a\ttab", 'a "quote"', "a, comma", "cr\rlf\r\nend", "\x1b[31mred", " [b]x[/b] ")


def test_csv_reads_back_exactly() -> None:
    rendered = format_delimited([AWKWARD, ("plain",) * len(AWKWARD)], delimiter=",", header=AWKWARD)
    assert "\x1b" not in rendered
    back = list(csv.reader(io.StringIO(rendered, newline="")))
    expected = tuple(field.replace("\x1b", "\\x1b") for field in AWKWARD)
    assert [tuple(row) for row in back] == [expected, expected, ("plain",) * len(AWKWARD)]


def test_tsv_reads_back_one_line_per_row() -> None:
    rendered = format_delimited([AWKWARD, AWKWARD], delimiter="\t")
    assert rendered.count("\n") == 2
    assert "\r" not in rendered
    assert "\x1b" not in rendered
    back = list(csv.reader(io.StringIO(rendered), delimiter="\t", quoting=csv.QUOTE_NONE))
    folded = ("two lines", "a tab", 'a "quote"', "a, comma", "cr lf end", "\\x1b[31mred", "[b]x[/b]")
    assert [tuple(row) for row in back] == [folded, folded]
    assert folded == tuple(clean(field) for field in AWKWARD)


def test_tsv_cut_and_grep_friendly() -> None:
    rendered = format_delimited(point_rows(OUTLINE), delimiter="\t")
    for line in rendered.splitlines():
        assert len(line.split("\t")) == len(POINT_COLUMNS)


# -- markdown -------------------------------------------------------------------------

MARKDOWN = """\
# the first plenary meeting of the Leading Group (July 3rd)

- **Presided by:** Chen Mingbo, Deputy Secretary-General
- **Attendees:** Wu Qing (Vice Mayor); Songjiang District Government

## Speakers

### Wu Qing, Vice Mayor

1. **First of all** take the parks as the main position
2. **Second** strengthen the efficient use of resources

### Lu Ming, Vice Chairman (on behalf of the Office of the Leading Group)

(no enumerated points)

### Leader (name not given)

(no enumerated points)

### The meeting (as a body)

1. Noted the report."""


def test_markdown() -> None:
    assert render_markdown(OUTLINE) == MARKDOWN


def test_markdown_of_empty_outline() -> None:
    assert render_markdown(Outline()) == (
        "# (none found)\n\n- **Presided by:** (none found)\n- **Attendees:** (none found)\n\n"
        "## Speakers\n\n(none found)"
    )


def test_markdown_new_series_is_a_new_list() -> None:
    pts = [Point(n, f"({c})", c, c, 0, 1) for n, c in ((1, "a"), (2, "b"), (1, "c"))]
    md = render_markdown(Outline(speakers=[Speaker("X", None, "person", points=pts)]))
    assert md.endswith("### X\n\n1. **(a)** a\n2. **(b)** b\n\n<!-- -->\n\n1. **(c)** c")


MARKDOWN_ESCAPES: list[tuple[str, str]] = [
    ("[bold]x[/bold]", r"\[bold\]x\[/bold\]"),
    ("*a*", r"\*a\*"),
    ("# h", r"\# h"),
    ("_under_ and ~strike~", r"\_under\_ and \~strike\~"),
    ("`code` <b>html</b>", r"\`code\` \<b\>html\</b\>"),
    ("[a](http://x) ![i](y)", r"\[a\](http://x) !\[i\](y)"),
    ("back\\slash", r"back\\slash"),
    ("&amp; &#42; R&D", r"\&amp; \&\#42; R&D"),
    ("- item", r"\- item"),
    ("+ item", r"\+ item"),
    ("12. item", r"12\. item"),
    ("3) item", r"3\) item"),
    ("a | b", r"a \| b"),
    ("line\nbreak\x1b[2J", r"line break\\x1b\[2J"),
    ("Wu Qing (Vice Mayor), 1.5%", "Wu Qing (Vice Mayor), 1.5%"),
]


@pytest.mark.parametrize(("raw", "expected"), MARKDOWN_ESCAPES)
def test_escape_markdown(raw: str, expected: str) -> None:
    assert escape_markdown(raw) == expected


def test_markdown_input_never_becomes_markup() -> None:
    md = render_markdown(HOSTILE)
    assert md.startswith(r"# \[bold\]x\[/bold\] :smile:")
    assert r"- **Presided by:** \[red\]Chen\[/\], \\x1b\[31mChair" in md
    assert r"### \[link=http://x\]Wu\[/link\]" in md
    assert r"1. **\[1\]** a \[i\]b" in md


# -- tables ---------------------------------------------------------------------------

POINTS_TABLE = """\
┏━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━━┳━━━━━━━┳━━━━━┓
┃ source ┃ speaker    ┃ role       ┃ ordinal ┃ marker     ┃ priority   ┃ text        ┃ start ┃ end ┃
┡━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━━━━╇━━━━━━━╇━━━━━┩
│ m.txt  │ Wu Qing    │ Vice Mayor │       1 │ First of   │ take the   │ it is       │     0 │  57 │
│        │            │            │         │ all        │ parks as   │ necessary   │       │     │
│        │            │            │         │            │ the main   │ to take the │       │     │
│        │            │            │         │            │ position   │ parks as    │       │     │
│        │            │            │         │            │            │ the main    │       │     │
│        │            │            │         │            │            │ position    │       │     │
│        │ Wu Qing    │ Vice Mayor │       2 │ Second     │            │ strengthen  │    60 │ 101 │
│        │            │            │         │            │            │ the         │       │     │
│        │            │            │         │            │            │ efficient   │       │     │
│        │            │            │         │            │            │ use of      │       │     │
│        │            │            │         │            │            │ resources   │       │     │
│        │ The        │            │       1 │ 1.         │ Noted the  │ Noted the   │     0 │   1 │
│        │ meeting    │            │         │            │ report.    │ report.     │       │     │
│        │ (as a      │            │         │            │            │             │       │     │
│        │ body)      │            │         │            │            │             │       │     │
└────────┴────────────┴────────────┴─────────┴────────────┴────────────┴─────────────┴───────┴─────┘
"""

PEOPLE_TABLE = """\
┏━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━┓
┃ source ┃ name           ┃ role           ┃ kind         ┃ presider ┃ attendee ┃ speaker ┃ points ┃
┡━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━┩
│ m.txt  │ Chen Mingbo    │ Deputy         │ person       │ yes      │ no       │ no      │      0 │
│        │                │ Secretary-Gene │              │          │          │         │        │
│        │                │ ral            │              │          │          │         │        │
│        │ Wu Qing        │ Vice Mayor     │ person       │ no       │ yes      │ yes     │      2 │
│        │ Songjiang      │                │ organisation │ no       │ yes      │ no      │      0 │
│        │ District       │                │              │          │          │         │        │
│        │ Government     │                │              │          │          │         │        │
│        │ Lu Ming        │ Vice Chairman  │ person       │ no       │ no       │ yes     │      0 │
│        │ Leader         │                │ person       │ no       │ no       │ yes     │      0 │
│        │ The meeting    │                │ meeting      │ no       │ no       │ yes     │      1 │
│        │ (as a body)    │                │              │          │          │         │        │
└────────┴────────────────┴────────────────┴──────────────┴──────────┴──────────┴─────────┴────────┘
"""


def table_of(table: object, width: int = 100) -> str:
    out = io.StringIO()
    make_console(out, width=width, color=False).print(table)
    return "\n".join(line.rstrip() for line in out.getvalue().split("\n"))


def test_points_table() -> None:
    assert table_of(points_table(point_rows(OUTLINE))) == POINTS_TABLE


def test_people_table() -> None:
    assert table_of(people_table(people_rows(OUTLINE))) == PEOPLE_TABLE


def test_table_cells_are_text_never_markup() -> None:
    rows = [*point_rows(HOSTILE), ("[red]s[/]", "\x1b[2J", "", "1", ":smile:", "", "", "0", "1")]
    table = points_table(rows, title="[bold]t[/bold]")
    for column in table.columns:
        assert all(isinstance(cell, Text) for cell in column.cells)
    out = io.StringIO()
    make_console(out, width=200, color=True).print(table)
    shown = out.getvalue()
    for literal in ("[bold]t[/bold]", "[red]s[/]", "\\x1b[2J", ":smile:", "[link=http://x]Wu[/link]"):
        assert literal in shown
    assert "\x1b[2J" not in shown
    assert "\x1b[31m" not in shown


# -- annotate and show ----------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SAMPLE = ROOT / "samples" / "shanghai-industrial-parks.txt"
RENDER_GOLDEN = Path(__file__).resolve().parent / "golden" / "render"
REGENERATE = os.environ.get("MINUTES_REGEN_GOLDEN") == "1"


def golden(name: str, actual: str) -> None:
    """Compare with ``tests/golden/render/NAME``; ``MINUTES_REGEN_GOLDEN=1`` rewrites it."""
    path = RENDER_GOLDEN / name
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as f:
            f.write(actual)
    with path.open(encoding="utf-8", newline="") as f:
        assert actual == f.read(), f"MINUTES_REGEN_GOLDEN=1 pytest tests/test_render.py, to update {path}"


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_annotate_spans_slice_back(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    outline, highlights = annotate(text, source=sample.name)
    assert outline == minutes.summarize(text, source=sample.name)
    assert highlights == sorted(highlights, key=lambda h: (h.start, -h.end, h.kind))
    points = [p for s in outline.speakers for p in s.points]
    assert {(h.start, h.end) for h in highlights if h.kind == "point"} == {(p.start, p.end) for p in points}
    markers = {text[h.start : h.end] for h in highlights if h.kind == "marker"}
    assert markers == {p.marker for p in points if p.marker}
    # every mention names someone in the outline: shares a word with a name or a title
    people = [outline.presider, *outline.attendees, *outline.speakers]
    words = {w.lower() for p in people if p is not None for w in f"{p.name or ''} {p.role or ''}".split()}
    for h in highlights:
        if h.kind == "mention":
            said = text[h.start : h.end]
            assert said == said.strip() and said
            assert words & {w.lower() for w in said.split()}, said


def test_annotate_sample_mentions() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    _, highlights = annotate(text)
    assert [text[h.start : h.end] for h in highlights if h.kind == "mention"] == [
        "Wu Qing",
        "Vice Mayor",
        "Chen Mingbo",
        "Deputy Secretary-General of Municipal Government",
        "Wu Jincheng",
        "Chairman of Shanghai Municipal Commission of Economy and Informatization",
        "Lu Ming",
        "Vice Chairman",
        "Mr. Wu",
        "Mr. Wu",
        "Mr. Lu",
        "Songjiang District Government",
        "Fengxian District Government",
        "Shanghai Planning and Resources Bureau",
        "Shanghai Bureau of Ecological Environment",
        "Lingang Group",
    ]


def test_annotate_list_names_and_titles() -> None:
    text = (ROOT / "samples" / "parish-council-structured.txt").read_text(encoding="utf-8")
    _, highlights = annotate(text)
    said = [text[h.start : h.end] for h in highlights if h.kind == "mention"]
    assert said[:3] == ["Cllr Margaret Hollis", "Cllr Daniel Okafor", "Cllr Priya Sandhu"]
    assert "Clerk" in said  # "The Clerk presented ..."
    assert "Cllr Alan Birch" not in said  # sent apologies: not in the outline


def test_annotate_empty_text() -> None:
    assert annotate("") == (Outline(), [])


SHOW_TEXT = "Chair: [b]Ann Lee[/b].\r\nAnn Lee said:\tFirst, \x1b[31mred; second, blue.\n"


def span(
    text: str, part: str, kind: HighlightKind, *, to: str | None = None, who: str | None = "Ann Lee"
) -> Highlight:
    """The highlight from the last ``part`` in ``text`` (to the end of ``to``)."""
    start = text.rindex(part)
    return Highlight(start, text.index(to, start) + len(to) if to else start + len(part), kind, who)


SHOW_HIGHLIGHTS = [
    span(SHOW_TEXT, "Ann Lee", "mention"),
    span(SHOW_TEXT, "First", "point", to="blue"),
    span(SHOW_TEXT, "First", "marker"),
    span(SHOW_TEXT, "second", "marker"),
]


def test_visible_keeps_positions() -> None:
    shown, where = visible(SHOW_TEXT)
    assert shown == "Chair: [b]Ann Lee[/b].\nAnn Lee said:\tFirst, \\x1b[31mred; second, blue.\n"
    assert len(where) == len(SHOW_TEXT) + 1
    for h in SHOW_HIGHLIGHTS:
        assert shown[where[h.start] : where[h.end]] == SHOW_TEXT[h.start : h.end].replace("\x1b", "\\x1b")


def test_highlighted_spans_in_the_speakers_colour() -> None:
    text = highlighted(SHOW_TEXT, SHOW_HIGHLIGHTS)
    assert text.plain == (
        "Chair: [b]Ann Lee[/b].\nAnn Lee said:\tAnn Lee: First, \\x1b[31mred; second, blue.\n"
    )
    styled = sorted((text.plain[s.start : s.end], str(s.style)) for s in text.spans)
    assert styled == [
        ("Ann Lee", "bold cyan"),  # the mention
        ("Ann Lee:", "reverse cyan"),  # the point's speaker tag
        ("First", "bold cyan"),
        ("First, \\x1b[31mred; second, blue", "underline cyan"),
        ("second", "bold cyan"),
    ]


def test_each_speaker_has_a_colour_of_their_own() -> None:
    text = "Ann Lee spoke. Bo Wu spoke. Ms. Lee agreed. The meeting decided: first, act."
    highlights = [
        span(text, "Ann Lee", "mention"),
        span(text, "Bo Wu", "mention", who="Bo Wu"),
        span(text, "Ms. Lee", "mention"),
        span(text, "first", "point", to="act", who=None),  # the meeting as a body
    ]
    assert palette(highlights) == {"Ann Lee": "cyan", "Bo Wu": "magenta"}
    shown = highlighted(text, highlights)
    assert shown.plain == (
        "Ann Lee spoke. Bo Wu spoke. Ms. Lee -> Ann Lee agreed. The meeting decided: the meeting: first, act."
    )
    styles = {shown.plain[s.start : s.end]: str(s.style) for s in shown.spans}
    assert styles["Bo Wu"] == "bold magenta"
    assert styles["Ms. Lee"] == "bold cyan"
    assert styles[" -> Ann Lee"] == "italic cyan"  # a resolved reference, labelled
    assert styles["first, act"] == "underline white"


def test_labels_at_the_first_mention_and_at_references() -> None:
    text = "Vice Mayor Wu Qing came. Vice Mayor Wu Qing spoke. Mr. Wu left. Wu Qing returned."
    highlights = [
        Highlight(m.start(), m.end(), "mention", "Wu Qing")
        for m in re.finditer(r"Vice Mayor Wu Qing|Mr\. Wu|Wu Qing(?= returned)", text)
    ]
    plain = highlighted(text, highlights, colour=False).plain
    assert plain == (
        "[Vice Mayor Wu Qing -> Wu Qing] came. [Vice Mayor Wu Qing] spoke. [Mr. Wu -> Wu Qing] left. "
        "[Wu Qing] returned."
    )


SHOW_PLAIN = """\
Chair: [b]Ann Lee[/b].
[Ann Lee] said: [point: Ann Lee] First, \\x1b[31mred; second, blue.
"""


def show_of(text: str, highlights: list[Highlight], console: Console) -> str:
    render_show(text, highlights, console)
    assert isinstance(console.file, io.StringIO)
    return "\n".join(line.rstrip() for line in console.file.getvalue().split("\n"))


def test_show_without_colour_has_bracketed_labels() -> None:
    console = Console(file=io.StringIO(), width=120, color_system=None)
    assert show_of(SHOW_TEXT, SHOW_HIGHLIGHTS, console) == SHOW_PLAIN


def test_show_in_colour() -> None:
    console = Console(file=io.StringIO(), width=120, force_terminal=True, color_system="standard")
    shown = show_of(SHOW_TEXT, SHOW_HIGHLIGHTS, console)
    assert "Chair: [b]Ann Lee[/b]." in shown  # the mention is on the other line
    assert "\x1b[1;36mAnn Lee\x1b[0m said:" in shown
    assert "\x1b[7;36mAnn Lee:\x1b[0m \x1b[1;4;36mFirst\x1b[0m\x1b[4;36m, \\x1b[31mred; " in shown
    assert "\x1b[31m" not in shown.replace("\\x1b[31m", "")  # the input's escape is shown, not obeyed


def test_legend_names_each_speaker_in_their_colour() -> None:
    console = Console(file=io.StringIO(), width=200, force_terminal=True, color_system="standard")
    render_legend(SHOW_HIGHLIGHTS, console)
    assert isinstance(console.file, io.StringIO)
    assert console.file.getvalue().startswith("Legend: \x1b[1;36mAnn Lee\x1b[0m; points underlined")


def test_show_sample_without_colour() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    _, highlights = annotate(text)
    console = Console(file=io.StringIO(), width=80, color_system=None)
    golden("shanghai-industrial-parks.show.txt", show_of(text, highlights, console))


def test_show_sample_in_colour() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    _, highlights = annotate(text)
    console = make_console(io.StringIO(), width=80, color=True)
    shown = show_of(text, highlights, console)
    wu, chen = palette(highlights)["Wu Qing"], palette(highlights)["Chen Mingbo"]
    assert wu != chen
    assert "\x1b[1;36mMr. Wu\x1b[0m\x1b[3;36m -> Wu Qing\x1b[0m affirmed" in shown  # resolved, marked
    assert "\x1b[7;36mWu Qing:\x1b[0m \x1b[1;4;36mFirst of all\x1b[0m" in shown  # the point's speaker


def test_annotate_says_whose_each_span_is() -> None:
    _, highlights = annotate(SAMPLE.read_text(encoding="utf-8"))
    text = SAMPLE.read_text(encoding="utf-8")
    whose = {text[h.start : h.end]: h.who for h in highlights if h.kind == "mention"}
    assert whose["Mr. Wu"] == "Wu Qing"  # not Wu Jincheng
    assert whose["Mr. Lu"] == "Lu Ming"
    points = [h.who for h in highlights if h.kind == "point"]
    assert points == ["Wu Qing"] * 3 + ["Lu Ming"] * 5


# -- the sample in every format ------------------------------------------------------


def sample_outline() -> Outline:
    return minutes.summarize(SAMPLE.read_text(encoding="utf-8"), source="shanghai-industrial-parks.txt")


def test_sample_points_csv() -> None:
    csv_text = format_delimited(point_rows(sample_outline()), delimiter=",", header=POINT_COLUMNS)
    golden("shanghai-industrial-parks.points.csv", csv_text)


def test_sample_points_tsv() -> None:
    tsv_text = format_delimited(point_rows(sample_outline()), delimiter="\t", header=POINT_COLUMNS)
    golden("shanghai-industrial-parks.points.tsv", tsv_text)


def test_sample_people_csv() -> None:
    csv_text = format_delimited(people_rows(sample_outline()), delimiter=",", header=PEOPLE_COLUMNS)
    golden("shanghai-industrial-parks.people.csv", csv_text)


def test_sample_markdown() -> None:
    golden("shanghai-industrial-parks.md", render_markdown(sample_outline()) + "\n")


def test_sample_csv_text_slices_the_input() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    rendered = format_delimited(point_rows(sample_outline()), delimiter=",", header=POINT_COLUMNS)
    records = list(csv.DictReader(io.StringIO(rendered, newline="")))
    assert len(records) == 8
    for r in records:
        assert text[int(r["start"]) : int(r["end"])] == r["text"]
        assert r["text"].startswith(r["marker"])


# -- consoles -------------------------------------------------------------------------


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def plain_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TERM", "COLORTERM", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    return monkeypatch


def test_console_soft_wraps_when_piped(plain_env: pytest.MonkeyPatch) -> None:
    assert make_console(io.StringIO()).soft_wrap is True
    assert make_console(io.StringIO(), width=60).soft_wrap is False  # a width asks for wrapping
    assert make_console(FakeTTY()).soft_wrap is False
    out = io.StringIO()
    render_tree(OUTLINE, make_console(out, color=False))
    line = "    ├── Lu Ming, Vice Chairman (on behalf of the Office of the Leading Group)"
    line += " (no enumerated points)"
    assert f"\n{line}\n" in out.getvalue()  # one line, however long


@pytest.mark.parametrize(
    ("env", "tty", "color", "coloured"),
    [
        ({}, True, None, True),
        ({}, False, None, False),
        ({"NO_COLOR": "1"}, True, None, False),
        ({"FORCE_COLOR": "1"}, False, None, True),
        ({"TERM": "dumb"}, True, None, False),
        ({}, False, True, True),
        ({"NO_COLOR": "1"}, False, True, True),  # an explicit --color wins
        ({"TERM": "dumb"}, True, True, True),
        ({"FORCE_COLOR": "1"}, True, False, False),
    ],
)
def test_console_colour(
    plain_env: pytest.MonkeyPatch, env: dict[str, str], tty: bool, color: bool | None, coloured: bool
) -> None:
    for name, value in env.items():
        plain_env.setenv(name, value)
    out = FakeTTY() if tty else io.StringIO()
    console = make_console(out, width=80, color=color)
    console.print(Text("x", style="cyan"))
    assert ("\x1b[36m" in out.getvalue()) is coloured


def test_export_svg() -> None:
    svg = export_svg(OUTLINE, width=80)
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "Wu&#160;Qing,&#160;Vice&#160;Mayor" in svg
    assert svg == export_svg(OUTLINE, width=80)  # the same image every time


def test_docstring_examples_of_tables_and_views() -> None:
    import doctest

    import minutes.render.markdown
    import minutes.render.rows
    import minutes.render.show

    for module in (minutes.render.rows, minutes.render.markdown, minutes.render.show):
        assert doctest.testmod(module).failed == 0


# -- polish: numbering, series, one phrase for nothing found, sources ------------------


def _pt(ordinal: int, marker: str, text: str) -> Point:
    return Point(ordinal, marker, text, text, 0, 1)


TWO_SERIES = Outline(
    source="a/m.txt",
    speakers=[
        Speaker(
            "Ann Lee",
            None,
            "person",
            points=[_pt(1, "1.", "fund roads"), _pt(2, "2.", "fix bridges"), _pt(1, "First", "hire staff")],
        )
    ],
)


def test_markdown_does_not_number_twice() -> None:
    shown = render_markdown(TWO_SERIES)
    assert "1. fund roads\n2. fix bridges\n\n<!-- -->\n\n1. **First** hire staff" in shown
    assert "**1.**" not in shown


def test_two_series_of_one_speaker_stay_apart_in_text_and_tree() -> None:
    assert render_text(TWO_SERIES).splitlines()[-6:] == [
        "  Ann Lee",
        "    List 1:",
        "      1. [1.] fund roads",
        "      2. [2.] fix bridges",
        "    List 2:",
        "      1. [First] hire staff",
    ]
    console = Console(file=io.StringIO(), width=100, color_system=None)
    render_tree(TWO_SERIES, console)
    assert isinstance(console.file, io.StringIO)
    assert console.file.getvalue().splitlines()[-6:] == [
        "    └── Ann Lee",
        "        ├── List 1",
        "        │   ├── 1. [1.] fund roads",
        "        │   └── 2. [2.] fix bridges",
        "        └── List 2",
        "            └── 1. [First] hire staff",
    ]


def test_nothing_found_is_said_one_way_everywhere() -> None:
    empty = Outline()
    console = Console(file=io.StringIO(), width=100, color_system=None)
    render_tree(empty, console)
    assert isinstance(console.file, io.StringIO)
    for shown in (render_text(empty), render_markdown(empty), console.file.getvalue()):
        assert "(not found)" not in shown and "(0)" not in shown
        assert shown.count("(none found)") == 4
    assert "Attendees: (none found)" in console.file.getvalue()


def test_markdown_of_several_inputs_names_each_source() -> None:
    assert "- **Source:** a/m.txt\n" in render_markdown(TWO_SERIES, with_source=True)
    assert "Source" not in render_markdown(TWO_SERIES)


def test_user_facing_text_spells_organisation_one_way() -> None:
    rows = [("m.txt", "Lingang Group", "", "organization", "no", "yes", "no", "0")]
    console = Console(file=io.StringIO(), width=120, color_system=None)
    console.print(people_table(rows, columns=PEOPLE_COLUMNS[1:]))
    assert isinstance(console.file, io.StringIO)
    assert "organisation" in console.file.getvalue()  # the table is for people to read
    assert "organization" not in console.file.getvalue()
    assert format_delimited(rows, delimiter="\t").split("\t")[3] == "organization"  # the data value stays


def test_points_table_shows_a_long_source_once_and_keeps_the_priority_readable() -> None:
    source = "archive/2024/planning-committee/very-long-folder-name/minutes-of-the-meeting.txt"
    rows = [(source, "Ann Lee", "", n, "First", f"priority number {n} in full", "t", "0", "1") for n in "12"]
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(points_table(rows, columns=("source", "speaker", "ordinal", "marker", "priority")))
    assert isinstance(console.file, io.StringIO)
    lines = console.file.getvalue().splitlines()
    body = [line for line in lines if "priority number" in line]
    assert len(body) == 2  # one line per row: nothing wrapped
    assert "priority number 1 in full" in body[0] and "priority number 2 in full" in body[1]
    assert "minutes-of-the-meeting.txt" in body[0]  # the file's name shows, the folders are cut
    assert "minutes-of" not in body[1]  # the same source is not repeated

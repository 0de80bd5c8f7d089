"""Rows: an outline as records, one per point or per person, for CSV and TSV.

The rows hold the outline's strings as they are (with the input's newlines, tabs and
control characters); :func:`write_delimited` makes them safe for its format:

* **CSV** (``delimiter=","``) keeps every field exactly, newlines and tabs included,
  quoted as needed (``csv.QUOTE_MINIMAL``, ``"\\n"`` between records), so that a CSV
  reader gives back the outline's text. The one change: control characters other than
  tab, CR and LF (ESC, BEL, C1 controls, bidi overrides) become visible escapes such as
  ``\\x1b`` (see :func:`~minutes.render.escape_controls`), so that ``cat out.csv`` cannot
  recolour the terminal. A record that holds a CR inside a field quotes all its fields,
  since the csv module quotes a lone CR only when it is part of the line terminator.
* **TSV** (``delimiter="\\t"``) is made for ``cut``, ``sort`` and ``grep``: one line per
  record, no quoting. Each field is passed through :func:`~minutes.render.clean`:
  whitespace runs (tabs and newlines included) fold into one space, leading and
  trailing whitespace goes, control characters become visible escapes. So no field
  holds a tab or a line break, and
  ``csv.reader(f, delimiter="\\t", quoting=csv.QUOTE_NONE)`` reads it back. The
  ``start`` and ``end`` columns still locate the exact text in the input.

Conventions: the meeting as a body (a speaker with no name) is named
:data:`~minutes.render.MEETING_AS_BODY`, "The meeting (as a body)", as in every other
format; a missing role is the empty string; flags are ``"yes"`` or ``"no"``; numbers
are decimal strings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TextIO

from minutes.model import Outline, Sentence, SpeakerKind
from minutes.render import MEETING_AS_BODY, clean, escape_controls

Row = tuple[str, ...]

#: The columns of :func:`point_rows`: the outline's source, who made the point (their
#: name and title), then the point as in the JSON outline.
POINT_COLUMNS: Row = ("source", "speaker", "role", "ordinal", "marker", "priority", "text", "start", "end")

#: The columns of :func:`people_rows`: who is who, what part each took, how many points.
PEOPLE_COLUMNS: Row = ("source", "name", "role", "kind", "presider", "attendee", "speaker", "points")

#: The columns of :func:`sentence_rows`: the source, then each sentence's span and text.
SENTENCE_COLUMNS: Row = ("source", "start", "end", "text")

#: The columns of each kind of row.
COLUMNS: dict[str, Row] = {"points": POINT_COLUMNS, "people": PEOPLE_COLUMNS, "sentences": SENTENCE_COLUMNS}

CSV = ","
TSV = "\t"
DELIMITERS = (CSV, TSV)

YES = "yes"
NO = "no"


def point_rows(outline: Outline) -> list[Row]:
    """One row per point, in outline order (speakers in order of first speech)."""
    rows: list[Row] = []
    for speaker in outline.speakers:
        name = MEETING_AS_BODY if speaker.name is None or speaker.kind == "meeting" else speaker.name
        role = speaker.role or ""
        for p in speaker.points:
            rows.append(
                (
                    outline.source,
                    name,
                    role,
                    str(p.ordinal),
                    p.marker,
                    p.priority,
                    p.text,
                    str(p.start),
                    str(p.end),
                )
            )
    return rows


def people_rows(outline: Outline) -> list[Row]:
    """One row per person or organisation: the presider, then the attendees, then the
    speakers not listed yet, each once. ``presider``, ``attendee`` and ``speaker`` are
    ``"yes"``/``"no"``; ``points`` counts their points. The meeting as a body is a row
    of its own (kind ``meeting``) when it speaks, so that the points add up. The role
    is the first one given (as presider, attendee, then speaker)."""
    order: list[tuple[str, SpeakerKind]] = []
    role: dict[tuple[str, SpeakerKind], str] = {}
    parts: dict[tuple[str, SpeakerKind], set[str]] = {}
    points: dict[tuple[str, SpeakerKind], int] = {}

    def add(name: str, kind: SpeakerKind, title: str | None, part: str) -> tuple[str, SpeakerKind]:
        key = (name, kind)
        if key not in parts:
            order.append(key)
            parts[key] = set()
            points[key] = 0
        if title and not role.get(key):
            role[key] = title
        parts[key].add(part)
        return key

    if outline.presider is not None:
        add(outline.presider.name, outline.presider.kind, outline.presider.role, "presider")
    for a in outline.attendees:
        add(a.name, a.kind, a.role, "attendee")
    for s in outline.speakers:
        if s.name is None or s.kind == "meeting":
            key = add(MEETING_AS_BODY, "meeting", None, "speaker")
        else:
            key = add(s.name, s.kind, s.role, "speaker")
        points[key] += len(s.points)
    return [
        (
            outline.source,
            name,
            role.get((name, kind), ""),
            kind,
            *(YES if part in parts[(name, kind)] else NO for part in ("presider", "attendee", "speaker")),
            str(points[(name, kind)]),
        )
        for name, kind in order
    ]


def sentence_rows(source: str, sentences: Iterable[Sentence]) -> list[Row]:
    """One row per sentence: source, start, end, and the text exactly."""
    return [(source, str(s.start), str(s.end), s.text) for s in sentences]


def write_delimited(
    file: TextIO, rows: Iterable[Sequence[str]], *, delimiter: str, header: Sequence[str] | None = None
) -> None:
    """Write ``rows`` as CSV (``delimiter=","``) or TSV (``"\\t"``), after ``header`` if given.

    To stream several outlines into one table, pass the header with the first one only.
    """
    if delimiter == CSV:
        plain = csv.writer(file, delimiter=CSV, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        quoted = csv.writer(file, delimiter=CSV, quoting=csv.QUOTE_ALL, lineterminator="\n")
        for row in _with_header(header, rows):
            fields = [escape_controls(f, keep="\t\n\r") for f in row]
            (quoted if any("\r" in f for f in fields) else plain).writerow(fields)
    elif delimiter == TSV:
        out = csv.writer(file, delimiter=TSV, quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        for row in _with_header(header, rows):
            out.writerow([clean(f) for f in row])
    else:
        raise ValueError(f"delimiter must be {CSV!r} (CSV) or {TSV!r} (TSV), not {delimiter!r}")


def format_delimited(
    rows: Iterable[Sequence[str]], *, delimiter: str, header: Sequence[str] | None = None
) -> str:
    """:func:`write_delimited` into a string (which ends with a newline, unless empty).

    >>> print(format_delimited([("a b", "1")], delimiter=",", header=("text", "n")), end="")
    text,n
    a b,1
    """
    out = io.StringIO()
    write_delimited(out, rows, delimiter=delimiter, header=header)
    return out.getvalue()


def _with_header(header: Sequence[str] | None, rows: Iterable[Sequence[str]]) -> Iterable[Sequence[str]]:
    if header is not None:
        yield header
    yield from rows

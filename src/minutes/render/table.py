"""Tables for terminals, drawn with rich from the rows of :mod:`minutes.render.rows`.

Every cell is a :class:`rich.text.Text` made from :func:`~minutes.render.clean` text:
one line, control characters shown as escapes, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.table import Table
from rich.text import Text

from minutes.render import clean
from minutes.render.rows import PEOPLE_COLUMNS, POINT_COLUMNS

#: Columns that hold numbers: right-aligned, never wrapped.
NUMERIC = frozenset({"ordinal", "start", "end", "points"})
#: Columns that hold prose: they take the width that is left, wrapped at words.
PROSE = frozenset({"priority", "text"})


#: What the terminal tables show of each row, by default: what a person reads. The
#: offsets and the point's full text are left to the machine formats (tsv, csv, json).
POINT_VIEW = ("source", "speaker", "ordinal", "marker", "priority")
PEOPLE_VIEW = ("source", "name", "role", "kind", "presider", "attendee", "speaker", "points")


#: How the tables show a ``kind`` value (the data keeps the JSON contract's spelling).
KIND_SHOWN = {"organization": "organisation"}
#: The widest a source path is shown; a longer one keeps its end (the file's name).
SOURCE_WIDTH = 32


def short_source(path: str, width: int = SOURCE_WIDTH) -> str:
    """``path``, or its last ``width - 1`` characters after an ellipsis.

    >>> short_source("archive/2024/committee/minutes.txt", 20)
    '…ommittee/minutes.txt'
    """
    return path if len(path) <= width else "…" + path[-(width - 1) :]


def delimited_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    title: str | None = None,
    columns: Sequence[str] | None = None,
) -> Table:
    """A table with one column per ``header`` entry (or per entry of ``columns``, a
    subset of it, in that order) and one row per row. A source is shown once for its
    rows, its end kept when it is long; prose takes the width that is left."""
    table = Table(title=None if title is None else Text(clean(title)), header_style="bold")
    shown = list(header) if columns is None else list(columns)
    picks = [header.index(name) for name in shown]
    for name in shown:
        if name in NUMERIC:
            table.add_column(Text(name), justify="right", no_wrap=True)
        elif name in PROSE:
            # the priority is what a person reads: not squeezed thin (unless the text shows too)
            wide = name == "priority" and "text" not in shown
            table.add_column(Text(name), ratio=1, min_width=24 if wide else None, overflow="fold")
        elif name == "source":
            table.add_column(Text(name), no_wrap=True, overflow="ellipsis", max_width=SOURCE_WIDTH)
        else:
            table.add_column(Text(name), overflow="fold")
    previous = None
    for row in rows:
        cells = []
        for name, i in zip(shown, picks, strict=True):
            value = clean(row[i])
            if name == "source":
                value, previous = ("" if value == previous else short_source(value)), value
            elif name == "kind":
                value = KIND_SHOWN.get(value, value)
            cells.append(Text(value))
        table.add_row(*cells)
    return table


def points_table(
    rows: Iterable[Sequence[str]], *, title: str | None = None, columns: Sequence[str] | None = None
) -> Table:
    """The rows of :func:`~minutes.render.rows.point_rows` as a table (``columns``: which)."""
    return delimited_table(POINT_COLUMNS, rows, title=title, columns=columns)


def people_table(
    rows: Iterable[Sequence[str]], *, title: str | None = None, columns: Sequence[str] | None = None
) -> Table:
    """The rows of :func:`~minutes.render.rows.people_rows` as a table (``columns``: which)."""
    return delimited_table(PEOPLE_COLUMNS, rows, title=title, columns=columns)

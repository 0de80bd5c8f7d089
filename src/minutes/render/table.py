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


def delimited_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    title: str | None = None,
    columns: Sequence[str] | None = None,
) -> Table:
    """A table with one column per ``header`` entry (or per entry of ``columns``, a
    subset of it, in that order) and one row per row."""
    table = Table(title=None if title is None else Text(clean(title)), header_style="bold")
    shown = list(header) if columns is None else list(columns)
    picks = [header.index(name) for name in shown]
    for name in shown:
        if name in NUMERIC:
            table.add_column(Text(name), justify="right", no_wrap=True)
        elif name in PROSE:
            table.add_column(Text(name), ratio=1, overflow="fold")
        else:
            table.add_column(Text(name), overflow="fold")
    for row in rows:
        table.add_row(*(Text(clean(row[i])) for i in picks))
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

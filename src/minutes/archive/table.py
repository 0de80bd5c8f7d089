"""Rows as typed Arrow tables, the same rows as the CSV output, and a Parquet writer.

The columns are those of ``minutes points -f csv`` (:data:`POINTS`) and ``minutes
speakers -f csv`` (:data:`PEOPLE`), from :mod:`minutes.render.rows`, typed as the JSON
output types them (numbers as ``int64``, yes/no as ``bool``, the rest ``string``), and
one more column, ``error``:

* a row of an outline has ``error`` null;
* a source that could not be read or outlined gives exactly one row: its ``source``, its
  one-line ``error`` (what the command line prints on stderr), every other column null.

So ``table.filter(pc.is_null(table["error"]))`` is, row for row, the CSV output (except
that CSV shows control characters as escapes, ``\\x1b``; Parquet keeps the text exactly).

:class:`ParquetRows` writes results to a Parquet file as they come, with pyarrow only:
``-f parquet`` without a cluster. Dask writes the same schema with ``--scheduler``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import suppress
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from minutes.batch import Result
from minutes.render import rows

#: The extra column: null for a row of an outline, the reason for a source's error row.
ERROR = "error"

_TYPES: dict[str, pa.DataType] = {
    "ordinal": pa.int64(),
    "start": pa.int64(),
    "end": pa.int64(),
    "points": pa.int64(),
    "presider": pa.bool_(),
    "attendee": pa.bool_(),
    "speaker": pa.bool_(),
}


def _schema(columns: Sequence[str], kind: str) -> pa.Schema:
    # "speaker" is a name (string) among points, a flag (bool) among people.
    def type_of(column: str) -> pa.DataType:
        if kind == "points" and column == "speaker":
            return pa.string()
        return _TYPES.get(column, pa.string())

    return pa.schema([pa.field(c, type_of(c)) for c in (*columns, ERROR)])


#: ``minutes points``: source, speaker, role, ordinal, marker, priority, text, start, end, error.
POINTS = _schema(rows.POINT_COLUMNS, "points")
#: ``minutes speakers``: source, name, role, kind, presider, attendee, speaker, points, error.
PEOPLE = _schema(rows.PEOPLE_COLUMNS, "people")

SCHEMAS = {"points": POINTS, "people": PEOPLE}


def _value(text: str, type_: pa.DataType) -> Any:
    if type_ == pa.int64():
        return int(text)
    if type_ == pa.bool_():
        return text == rows.YES
    return text


def records(kind: str, result: Result) -> list[dict[str, Any]]:
    """The rows of one result as dicts (``kind``: ``"points"`` or ``"people"``)."""
    schema = SCHEMAS[kind]
    if result.outline is None:
        reason = result.error or f"{result.source}: no outline"
        return [{"source": result.source, ERROR: reason}]
    found = rows.point_rows(result.outline) if kind == "points" else rows.people_rows(result.outline)
    names = schema.names[:-1]
    return [
        {name: _value(text, schema.field(name).type) for name, text in zip(names, row, strict=True)}
        for row in found
    ]


def table(kind: str, results: Iterable[Result]) -> pa.Table:
    """The rows of ``results``, in order, as one Arrow table of :data:`SCHEMAS` ``[kind]``."""
    schema = SCHEMAS[kind]
    return pa.Table.from_pylist([r for result in results for r in records(kind, result)], schema=schema)


class ParquetRows:
    """Write rows to ``path`` as they come, atomically (a temporary file renamed at the end).

    ``path`` ending in ``/`` (or an existing folder) gets one file, ``part.00000.parquet``,
    in it, the layout Dask writes, so that readers find either in the same place.
    """

    #: Rows held before they are written as one row group.
    ROW_GROUP = 50_000

    def __init__(self, path: str, kind: str) -> None:
        self.kind = kind
        if path.endswith(("/", os.sep)) or os.path.isdir(path):
            os.makedirs(path, exist_ok=True)
            path = os.path.join(path, part_name(0))
        self.path = path
        fd, self.temporary = tempfile.mkstemp(
            prefix=".minutes-", suffix=".tmp", dir=os.path.dirname(os.path.abspath(path))
        )
        os.close(fd)
        self.writer = pq.ParquetWriter(self.temporary, SCHEMAS[kind])
        self.pending: list[dict[str, Any]] = []

    def add(self, result: Result) -> None:
        self.pending.extend(records(self.kind, result))
        if len(self.pending) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(pa.Table.from_pylist(self.pending, schema=SCHEMAS[self.kind]))
            self.pending = []

    def close(self) -> None:
        """Write what is left and move the file into place."""
        try:
            self._flush()
            self.writer.close()
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temporary, 0o666 & ~umask)  # as a new file gets (mkstemp makes it 0600)
            os.replace(self.temporary, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """Give up: remove the temporary file (after an error or Ctrl-C)."""
        with suppress(Exception):
            self.writer.close()
        with suppress(FileNotFoundError):
            os.unlink(self.temporary)


def part_name(index: int) -> str:
    """The file name of the ``index``-th part: zero-padded, so that names sort in order."""
    return f"part.{index:05d}.parquet"

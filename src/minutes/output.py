"""Where the results go: one writer per output format, streaming; the ``-o`` file; progress.

The command line (``cli.py``) makes a :class:`Writer` for the format asked for and
feeds it one result at a time, in input order:

    writer.begin()  ->  writer.add(source, outline) ...  ->  writer.end()

Each writer prints as soon as it gets an outline, so output streams and nothing
holds all the outlines. The renderers (``render/``) turn one outline into text;
rich is imported only by the tree and table writers.

:func:`open_output` gives standard output, or a temporary file beside ``-o FILE``
that is renamed over it only when everything was written (atomic: a failure never
leaves half a file).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, TextIO

from minutes.errors import MinutesError
from minutes.model import Outline

if TYPE_CHECKING:
    from rich.console import Console


@dataclass(frozen=True)
class Terminal:
    """What the output looks like: is it a terminal, and should it be coloured?

    ``color`` is None to let rich decide from the stream and the environment
    (``NO_COLOR``, ``FORCE_COLOR``, ``TERM=dumb``), True or False to force it.
    """

    is_terminal: bool
    color: bool | None = None

    def console(self, file: TextIO) -> Console:
        """A rich console on ``file``: no markup read from text; soft wrap when piped."""
        from minutes.render.tree import make_console

        # Piped: one logical line per line; no hard wrap or crop at 80 columns, no padding.
        return make_console(file, color=self.color, soft_wrap=not self.is_terminal)


class Writer:
    """Base of the format writers: ``begin``, then ``add`` per outline, then ``end``."""

    def __init__(self, out: TextIO, terminal: Terminal, count: int) -> None:
        self.out = out
        self.terminal = terminal
        self.count = count  # how many inputs there are (known before the first result)
        self.written = 0

    def begin(self) -> None:
        """Called once before the first outline."""

    def add(self, outline: Outline) -> None:
        self.write(outline)
        self.written += 1
        self.out.flush()

    def write(self, outline: Outline) -> None:
        raise NotImplementedError

    def add_rendered(self, text: str) -> None:
        """Write an outline a worker process has already rendered in this format."""
        self.out.write(text)
        self.written += 1
        self.out.flush()

    def end(self) -> None:
        """Called once after the last outline (also when some inputs failed)."""
        self.out.flush()

    @property
    def several(self) -> bool:
        return self.count > 1


class TextWriter(Writer):
    """Plain text; with several inputs each outline starts with ``Source: path``."""

    def write(self, outline: Outline) -> None:
        from minutes.render.text import render_text

        if self.written:
            self.out.write("\n")
        if self.several:
            self.out.write(f"Source: {_source_label(outline.source)}\n")
        self.out.write(render_text(outline) + "\n")


class MarkdownWriter(Writer):
    def write(self, outline: Outline) -> None:
        from minutes.render.markdown import render_markdown

        if self.written:
            self.out.write("\n")
        self.out.write(render_markdown(outline).rstrip("\n") + "\n")


class TreeWriter(Writer):
    """The rich tree; with several inputs, a ``Source:`` line above each tree."""

    def begin(self) -> None:
        self.console = self.terminal.console(self.out)

    def write(self, outline: Outline) -> None:
        from minutes.render.tree import render_tree, source_line

        if self.written:
            self.console.print()
        if self.several:
            self.console.print(source_line(_source_label(outline.source)))
        render_tree(outline, self.console)


class JsonWriter(Writer):
    """One outline as a JSON object; several as a JSON array, written item by item."""

    def write(self, outline: Outline) -> None:
        text = json.dumps(outline.to_dict(), ensure_ascii=False, indent=2)
        if not self.several:
            self.out.write(text + "\n")
            return
        self.out.write("[\n" if not self.written else ",\n")
        self.out.write("  " + text.replace("\n", "\n  "))

    def end(self) -> None:
        if self.several:
            self.out.write("\n]\n" if self.written else "[]\n")
        super().end()


class NdjsonWriter(Writer):
    """One outline per line, compact JSON."""

    def write(self, outline: Outline) -> None:
        self.out.write(json_line(outline.to_dict()) + "\n")


def json_line(value: Any) -> str:
    """Compact one-line JSON; newlines and control characters inside strings are escaped."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _source_label(source: str) -> str:
    from minutes.render import clean

    return "standard input" if source == "-" else clean(source)


# --- rows: points and speakers -------------------------------------------------------


#: Row columns that JSON gives as numbers, and as booleans, by kind of row.
NUMBER_COLUMNS = {"points": frozenset({"ordinal", "start", "end"}), "people": frozenset({"points"})}
FLAG_COLUMNS = {"points": frozenset[str](), "people": frozenset({"presider", "attendee", "speaker"})}


class RowWriter(Writer):
    """One row per point (or per person): TSV, CSV, NDJSON/JSON objects, or a table."""

    def __init__(self, out: TextIO, terminal: Terminal, count: int, kind: str, fmt: str) -> None:
        super().__init__(out, terminal, count)
        from minutes.render import rows

        self.rows = rows
        self.kind = kind  # "points" or "people"
        self.fmt = fmt
        self.columns: Sequence[str] = rows.POINT_COLUMNS if kind == "points" else rows.PEOPLE_COLUMNS
        self.table_rows: list[tuple[str, ...]] = []  # only a terminal table waits for all rows
        self.first = True  # json: no row written yet
        self.delimiter = rows.TSV if fmt == "tsv" else rows.CSV

    def _record(self, row: Sequence[str]) -> dict[str, Any]:
        """A row as a JSON object: numbers as numbers, yes/no flags as booleans."""
        record: dict[str, Any] = dict(zip(self.columns, row, strict=True))
        for column in NUMBER_COLUMNS[self.kind]:
            record[column] = int(record[column])
        for column in FLAG_COLUMNS[self.kind]:
            record[column] = record[column] == self.rows.YES
        return record

    def _rows(self, outline: Outline) -> list[tuple[str, ...]]:
        if self.kind == "points":
            return self.rows.point_rows(outline)
        return self.rows.people_rows(outline)

    def begin(self) -> None:
        if self.fmt in ("csv", "tsv"):
            self.rows.write_delimited(self.out, [], delimiter=self.delimiter, header=self.columns)
        elif self.fmt == "json":
            self.out.write("[")

    def write(self, outline: Outline) -> None:
        rows = self._rows(outline)
        if self.fmt in ("csv", "tsv"):
            self.rows.write_delimited(self.out, rows, delimiter=self.delimiter)
        elif self.fmt == "ndjson":
            for row in rows:
                self.out.write(json_line(self._record(row)) + "\n")
        elif self.fmt == "json":
            for row in rows:
                self.out.write("\n  " if self.first else ",\n  ")
                self.first = False
                self.out.write(json.dumps(self._record(row), ensure_ascii=False))
        else:
            self.table_rows.extend(rows)

    def end(self) -> None:
        if self.fmt == "json":
            self.out.write("]\n" if self.first else "\n]\n")
        elif self.fmt == "table":
            from minutes.render import table

            console = self.terminal.console(self.out)
            view: Sequence[str] = table.POINT_VIEW if self.kind == "points" else table.PEOPLE_VIEW
            if not self.several:
                view = view[1:]  # one input: no source column
            make = table.points_table if self.kind == "points" else table.people_table
            console.print(make(self.table_rows, columns=view))
        super().end()


# --- the output file ------------------------------------------------------------------


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or ``path`` written atomically (temporary file, then rename).

    The temporary file sits beside ``path`` (same file system, so the rename is atomic)
    and is removed if anything goes wrong, Ctrl-C included. A new file gets the usual
    permissions (0666 minus the umask); an existing one keeps its own.
    """
    if path is None or path == "-":
        yield sys.stdout
        return
    if os.path.isdir(path):
        raise MinutesError(f"{path}: is a directory; give -o the name of a file to write")
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, temporary = tempfile.mkstemp(prefix=".minutes-", suffix=".tmp", dir=directory)
    except OSError as error:
        raise MinutesError(
            f"{path}: cannot write there ({error.strerror}); check that the folder exists and is writable"
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            yield file
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


# --- progress -------------------------------------------------------------------------


class Progress:
    """A one-line progress bar on stderr (a terminal), redrawn at most 10 times a second.

    Messages written while it shows go through :meth:`message`, which clears the bar
    first, so that the bar never garbles them.
    """

    WIDTH = 30

    def __init__(self, total: int, stream: IO[str], enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.enabled = enabled
        self.drawn_at = 0.0

    def advance(self, label: str = "") -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.drawn_at >= 0.1 or self.done == self.total):
            self.drawn_at = now
            filled = self.WIDTH * self.done // max(self.total, 1)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(f"\r\x1b[K[{bar}] {self.done}/{self.total} files")
            self.stream.flush()

    def clear(self) -> None:
        if self.enabled and self.drawn_at:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn_at = 0.0

    def message(self, line: str) -> None:
        self.clear()
        self.stream.write(line + "\n")
        self.stream.flush()

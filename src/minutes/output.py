"""Where the results go: one writer per output format, streaming; the ``-o`` file; progress.

The command line (``cli.py``) asks :func:`make_writer` for the writer of a command and
a format, and feeds it one result at a time, in input order:

    writer.begin()  ->  writer.add(result) ...  ->  writer.end()

Each writer prints as soon as it gets a result, so output streams and nothing holds
all the outlines. The renderers (``render/``) turn one outline into text; rich is
imported only by the tree, table and coloured-sentence writers, and by the progress
bar when one is shown.

**The JSON shape.** ``several`` is decided from the command line, not from how many
files were found: one FILE argument gives one JSON object; a folder, several
arguments, or ``-`` among several give an array (see :func:`minutes.batch.several`).

:func:`open_output` gives standard output, or ``-o FILE``: a regular file (or a new
one) is written atomically through a temporary file renamed over it; a symlink's
target is written the same way; anything else (a device, a FIFO, ``/dev/stdout``) is
written through.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, TextIO

from minutes.errors import OutputError
from minutes.model import Outline

if TYPE_CHECKING:
    from rich.console import Console

    from minutes.batch import Result


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
    """Base of the format writers: ``begin``, then ``add`` per result, then ``end``."""

    def __init__(self, out: TextIO, terminal: Terminal, several: bool) -> None:
        self.out = out
        self.terminal = terminal
        #: The command line named several inputs (or a folder): array JSON, Source lines.
        self.several = several
        self.written = 0

    def begin(self) -> None:
        """Called once before the first result."""

    def add(self, result: Result) -> None:
        """Write one result: an outline, or one a worker has already rendered."""
        if result.rendered is not None:
            self.out.write(result.rendered)
        elif result.outline is not None:
            self.write(result.outline)
        self.written += 1
        self.out.flush()

    def write(self, outline: Outline) -> None:
        raise NotImplementedError

    def end(self) -> None:
        """Called once after the last result (also when some inputs failed)."""
        self.out.flush()


class TextWriter(Writer):
    """Plain text; with several inputs each outline starts with ``Source: path``."""

    def write(self, outline: Outline) -> None:
        from minutes.render.text import render_text

        if self.written:
            self.out.write("\n")
        if self.several:
            self.out.write(f"Source: {source_label(outline.source)}\n")
        self.out.write(render_text(outline) + "\n")


class MarkdownWriter(Writer):
    """Markdown; with several inputs each outline names its source under its heading."""

    def write(self, outline: Outline) -> None:
        from minutes.render.markdown import render_markdown

        if self.written:
            self.out.write("\n")
        self.out.write(render_markdown(outline, with_source=self.several).rstrip("\n") + "\n")


class TreeWriter(Writer):
    """The rich tree; with several inputs, a ``Source:`` line above each tree."""

    def begin(self) -> None:
        self.console = self.terminal.console(self.out)

    def write(self, outline: Outline) -> None:
        from minutes.render.tree import render_tree, source_line

        if self.written:
            self.console.print()
        if self.several:
            self.console.print(source_line(source_label(outline.source)))
        render_tree(outline, self.console)


def indented(value: Any, depth: int = 0) -> str:
    """``value`` as JSON indented by 2 spaces, the whole block shifted ``depth`` levels:
    the one layout of every JSON document minutes writes."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth) if depth else text


class JsonArray:
    """An indented JSON array written item by item (``[]`` when empty)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.empty = True

    def item(self, value: Any) -> None:
        self.out.write("[\n  " if self.empty else ",\n  ")
        self.out.write(indented(value, 1))
        self.empty = False

    def close(self) -> None:
        self.out.write("[]\n" if self.empty else "\n]\n")


class JsonWriter(Writer):
    """One FILE argument: its outline as a JSON object. Otherwise an array of outlines."""

    def begin(self) -> None:
        self.array = JsonArray(self.out) if self.several else None

    def write(self, outline: Outline) -> None:
        if self.array is None:
            self.out.write(indented(outline.to_dict()) + "\n")
        else:
            self.array.item(outline.to_dict())

    def end(self) -> None:
        if self.array is not None:
            self.array.close()
        super().end()


class NdjsonWriter(Writer):
    """One outline per line, compact JSON."""

    def write(self, outline: Outline) -> None:
        self.out.write(json_line(outline.to_dict()) + "\n")


def json_line(value: Any) -> str:
    """Compact one-line JSON; newlines and control characters inside strings are escaped."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def source_label(source: str) -> str:
    from minutes.render import clean

    return "standard input" if source == "-" else clean(source)


# --- rows: points, speakers, sentences -------------------------------------------------


#: Row columns that JSON gives as numbers, and as booleans, by kind of row.
NUMBER_COLUMNS = {
    "points": frozenset({"ordinal", "start", "end"}),
    "people": frozenset({"points"}),
    "sentences": frozenset({"start", "end"}),
}
FLAG_COLUMNS = {
    "points": frozenset[str](),
    "people": frozenset({"presider", "attendee", "speaker"}),
    "sentences": frozenset[str](),
}


class RowWriter(Writer):
    """One row per point, person or sentence: TSV, CSV, NDJSON, a JSON array, or a table.

    Rows are always a list, so their JSON is always an array, in the same indented
    layout as an outline's.
    """

    def __init__(self, out: TextIO, terminal: Terminal, several: bool, kind: str, fmt: str) -> None:
        super().__init__(out, terminal, several)
        from minutes.render import rows

        self.rows = rows
        self.kind = kind  # "points", "people" or "sentences"
        self.fmt = fmt
        self.columns: Sequence[str] = rows.COLUMNS[kind]
        self.table_rows: list[tuple[str, ...]] = []  # only a terminal table waits for all rows
        self.array = JsonArray(out)
        self.delimiter = rows.TSV if fmt == "tsv" else rows.CSV

    def _record(self, row: Sequence[str]) -> dict[str, Any]:
        """A row as a JSON object: numbers as numbers, yes/no flags as booleans."""
        record: dict[str, Any] = dict(zip(self.columns, row, strict=True))
        for column in NUMBER_COLUMNS[self.kind]:
            record[column] = int(record[column])
        for column in FLAG_COLUMNS[self.kind]:
            record[column] = record[column] == self.rows.YES
        return record

    def _rows(self, result: Result) -> list[tuple[str, ...]]:
        if self.kind == "sentences":
            return self.rows.sentence_rows(result.source, result.sentences or ())
        if result.outline is None:
            return []
        if self.kind == "points":
            return self.rows.point_rows(result.outline)
        return self.rows.people_rows(result.outline)

    def begin(self) -> None:
        if self.fmt in ("csv", "tsv"):
            self.rows.write_delimited(self.out, [], delimiter=self.delimiter, header=self.columns)

    def add(self, result: Result) -> None:
        rows = self._rows(result)
        if self.fmt in ("csv", "tsv"):
            self.rows.write_delimited(self.out, rows, delimiter=self.delimiter)
        elif self.fmt == "ndjson":
            for row in rows:
                self.out.write(json_line(self._record(row)) + "\n")
        elif self.fmt == "json":
            for row in rows:
                self.array.item(self._record(row))
        else:
            self.table_rows.extend(rows)
        self.written += 1
        self.out.flush()

    def end(self) -> None:
        if self.fmt == "json":
            self.array.close()
        elif self.fmt == "table":
            from minutes.render import table

            console = self.terminal.console(self.out)
            view: Sequence[str] = table.POINT_VIEW if self.kind == "points" else table.PEOPLE_VIEW
            if not self.several:
                view = view[1:]  # one input: no source column
            make = table.points_table if self.kind == "points" else table.people_table
            console.print(make(self.table_rows, columns=view))
        super().end()


class SentenceWriter(Writer):
    """``sentences`` as text: one sentence per line; with several inputs each line starts
    with the source and a tab (as grep does), with ``spans`` the offsets."""

    def __init__(self, out: TextIO, terminal: Terminal, several: bool, spans: bool) -> None:
        super().__init__(out, terminal, several)
        self.spans = spans

    def begin(self) -> None:
        if self.terminal.color is None:  # auto: colour on a terminal (NO_COLOR is decided in cli)
            forced = bool(os.environ.get("FORCE_COLOR"))
            self.colour = forced or (self.terminal.is_terminal and os.environ.get("TERM") != "dumb")
        else:
            self.colour = self.terminal.color

    def add(self, result: Result) -> None:
        from minutes.render.sentences import render_sentence_lines

        source = source_label(result.source) if self.several else None
        lines = render_sentence_lines(source, result.sentences or (), spans=self.spans, colour=self.colour)
        self.out.write(lines)
        self.written += 1
        self.out.flush()


#: The formats of each command (the first is its default when piped).
FORMATS: dict[str, tuple[str, ...]] = {
    "summarize": ("text", "tree", "markdown", "json", "ndjson", "csv", "tsv"),
    "points": ("tsv", "table", "csv", "json", "ndjson"),
    "speakers": ("tsv", "table", "csv", "json", "ndjson"),
    "sentences": ("text", "json", "ndjson", "tsv"),
}
#: What a terminal gets by default.
TERMINAL_FORMAT = {"summarize": "tree", "points": "table", "speakers": "table", "sentences": "text"}


def make_writer(
    command: str, fmt: str, out: TextIO, terminal: Terminal, *, several: bool, spans: bool = False
) -> Writer:
    """The writer of ``command``'s output in ``fmt`` (one of :data:`FORMATS`)."""
    if command == "sentences":
        if fmt == "text":
            return SentenceWriter(out, terminal, several, spans)
        return RowWriter(out, terminal, several, "sentences", fmt)
    if command in ("points", "speakers") or fmt in ("csv", "tsv"):
        return RowWriter(out, terminal, several, "people" if command == "speakers" else "points", fmt)
    kinds: dict[str, type[Writer]] = {
        "tree": TreeWriter,
        "text": TextWriter,
        "markdown": MarkdownWriter,
        "json": JsonWriter,
        "ndjson": NdjsonWriter,
    }
    return kinds[fmt](out, terminal, several)


# --- where it goes: standard output, or the -o file ----------------------------------


def _reason(error: OSError) -> str:
    """``no space left on device``: the OS's message, as the rest of a sentence."""
    text = error.strerror or str(error)
    return text[:1].lower() + text[1:]


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or ``path``.

    * A regular file, or a new one: written atomically, to a temporary file beside it
      (same file system, so the rename is atomic) renamed over it once everything was
      written; the temporary file is removed if anything goes wrong, Ctrl-C included.
      A new file gets the usual permissions (0666 minus the umask); an existing one
      keeps its own.
    * A symlink: the file it points to is written (atomically, as above); the link stays.
    * Anything else (a device such as ``/dev/null``, a FIFO), and whatever is under
      ``/dev/`` or ``/proc/`` (``/dev/stdout``): written through, since replacing it with
      a regular file would destroy it.

    A failure to write raises :class:`OutputError`, naming the file (or standard output).
    """
    if path is None or path == "-":
        if sys.stdout is None:  # started with stdout closed (`>&-`)
            raise OutputError("cannot write to standard output (it is closed); give -o FILE", stdout=True)
        with _naming_errors("standard output", stdout=True):
            yield sys.stdout
        return
    try:
        mode: int | None = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise OutputError(f"{path}: cannot write there ({_reason(error)})") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a directory; give -o the name of a file to write")
    # /dev/stdout, /dev/fd/3, /proc/self/fd/1 name an open file: write to it, even when
    # it is a regular file (replacing it would leave the shell's redirection behind)
    through = os.path.abspath(path).startswith(("/dev/", "/proc/"))
    if mode is not None and (through or not stat.S_ISREG(mode)):
        try:
            file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as error:
            raise OutputError(f"{path}: cannot write there ({_reason(error)})") from None
        with _naming_errors(path), file:
            yield file
        return
    with _naming_errors(path), _atomic(os.path.realpath(path), path) as replacement:
        yield replacement


@contextmanager
def _atomic(target: str, shown: str) -> Iterator[TextIO]:
    """``target`` (a regular file, or none yet) replaced all at once; ``shown`` names it."""
    directory = os.path.dirname(target)
    try:
        fd, temporary = tempfile.mkstemp(prefix=".minutes-", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(
            f"{shown}: cannot write there ({error.strerror}); check that the folder exists and is writable"
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            yield file
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


@contextmanager
def _naming_errors(name: str, *, stdout: bool = False) -> Iterator[None]:
    """A write error (no space left, I/O error) as an :class:`OutputError` naming ``name``.
    A broken pipe is left alone: the reader went away, which is not an error of ours."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        if error.filename is not None:  # about some other file, not a write to this one
            raise
        raise OutputError(f"{name}: {_reason(error)}", stdout=stdout) from None


# --- progress -------------------------------------------------------------------------


class Progress:
    """Progress on stderr (a terminal) with rich's ``Progress``, imported only when shown.

    A batch shows files done, the rate and the time left; one large file shows its size
    and the time spent on it, with a spinner, so that no long run is silent. Messages
    written while it shows go through :meth:`message`, printed above the bar.
    """

    def __init__(self, total: int, size: int, stream: IO[str], enabled: bool, label: str = "") -> None:
        self.total = total
        self.size = size  # bytes of all the inputs
        self.label = label  # the file's name, when there is one
        self.stream = stream
        self.enabled = enabled
        self.bar: Any = None
        self.task: Any = None

    def start(self) -> None:
        if not self.enabled or self.bar is not None:
            return
        from minutes.render.progress import make_progress

        self.bar, self.task = make_progress(self.stream, self.total, self.size, self.label)
        self.bar.start()

    def advance(self, done_bytes: int = 0) -> None:
        if self.bar is not None:
            from minutes.render.progress import advance

            advance(self.bar, self.task, done_bytes)

    def inside(self, done: int, total: int) -> None:
        """How far into the one large file the outlining is (``done`` of ``total`` characters)."""
        if self.bar is not None and total:
            self.bar.update(self.task, bytes=self.size * done // total)

    def clear(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

    def message(self, line: str) -> None:
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)
            return
        self.stream.write(line + "\n")
        self.stream.flush()

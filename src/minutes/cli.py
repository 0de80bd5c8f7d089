"""The ``minutes`` command: parse options, call the library, write the output, exit.

This layer stays thin. A command goes through the same four steps:

1. :func:`_sources`: the paths given (files, folders, ``-``) -> ``batch.Source`` list;
2. ``batch.run``: each source -> an outline (or an error), in input order, in
   ``--jobs`` worker processes when asked;
3. an ``output.Writer`` for the format: prints each outline as it arrives;
4. the exit status: 0 if every input was processed, 1 if some could not be (each
   named on stderr in one line, the others still printed), 2 for a usage error,
   130 for Ctrl-C.

The pipeline (and nltk) and the renderers (and rich) are imported inside the
commands, so ``minutes --help``, ``--version`` and shell completion stay fast.
Messages go to stderr as ``minutes: error: ...`` or ``minutes: notice: ...``;
``--debug`` adds tracebacks.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

import minutes
from minutes.errors import ExitStatus, MinutesError

if TYPE_CHECKING:
    from minutes.batch import Options, Result, Source
    from minutes.output import Progress, Terminal, Writer

PROG = "minutes"
_DEBUG = "minutes.debug"  # key in click's Context.meta, shared by all sub-contexts

#: From this many inputs on, a progress bar shows on stderr (when it is a terminal).
PROGRESS_FROM = 20


class OutlineFormat(str, Enum):
    """What ``summarize`` prints."""

    auto = "auto"
    tree = "tree"
    text = "text"
    markdown = "markdown"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"


class RowFormat(str, Enum):
    """What ``points`` and ``speakers`` print."""

    auto = "auto"
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    ndjson = "ndjson"
    parquet = "parquet"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


app = typer.Typer(
    name=PROG,
    help="""Outline narrative meeting minutes: the meeting, who presided, who attended,
and who spoke, with their enumerated points ("First, ... Second, ...").

\b
Examples:
  minutes summarize minutes.txt
  minutes summarize archive/ --format ndjson | jq -r .meeting.title
  minutes points *.txt | cut -f2 | sort | uniq -c
  cat minutes.txt | minutes sentences
""",
    rich_markup_mode=None,  # help texts are printed literally, [brackets] included
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,  # plain tracebacks, and only with --debug
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

# --- options shared by the commands ----------------------------------------------------

PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH",
        help="Text files, folders (their *.txt and *.md files, recursively, in sorted order), "
        "or - for standard input. No PATH reads standard input when it is piped.",
        show_default=False,
    ),
]
JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        metavar="N",
        help="Process N files at a time in worker processes; 0 means one per CPU core. "
        "Output stays in input order.",
    ),
]
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE instead of standard output (atomically: all or nothing).",
        show_default=False,
    ),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        "-e",
        metavar="NAME",
        help="Decode the input as NAME (e.g. gb18030, big5, cp1252) instead of detecting it.",
        show_default=False,
    ),
]
ColorOption = Annotated[
    Color,
    typer.Option(
        "--color",
        case_sensitive=False,
        help="Colour the output: auto (on a terminal, unless NO_COLOR is set or TERM=dumb; "
        "FORCE_COLOR forces it), always or never.",
    ),
]
RowFormatOption = Annotated[
    RowFormat,
    typer.Option("--format", "-f", case_sensitive=False, help="auto: table on a terminal, tsv when piped."),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Outline on a Dask cluster: its scheduler's address (tcp://HOST:8786), or local to "
        "start one here with --jobs workers (default: one per core). PATHs may then be URLs "
        "(s3://, gs://, file://) or globs. Needs the dask extra: pip install 'minutes[dask]'.",
        show_default=False,
    ),
]
QuietOption = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="No notices or progress bar on stderr; errors are still shown."),
]


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {minutes.__version__}")
        raise typer.Exit(ExitStatus.OK)


@app.callback()
def _root(
    ctx: typer.Context,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar="MINUTES_DEBUG", help="On errors, show the full traceback."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
    ] = False,
) -> None:
    ctx.meta[_DEBUG] = debug


# --- messages and exits ---------------------------------------------------------------


def _message(kind: str, message: str, progress: Progress | None = None) -> None:
    """``minutes: KIND: message`` on stderr, as one line (the first, unless --debug)."""
    line = f"{PROG}: {kind}: {message}"
    if progress is not None:
        progress.message(line)
        return
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _usage(message: str) -> NoReturn:
    _message("error", message.replace("\n", " "))
    raise typer.Exit(ExitStatus.USAGE)


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null, so the final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a real file (tests)
        pass


@contextmanager
def _reporting(ctx: typer.Context) -> Iterator[None]:
    """Turn what the command raises into an exit status and at most one line on stderr."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        if sys.stderr.isatty():
            sys.stderr.write("\n")  # end the line the terminal echoed ^C on
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (``minutes ... | head -1``): not an error of ours.
        _silence_stdout()
        raise typer.Exit(ExitStatus.OK) from None
    except (MinutesError, OSError) as error:
        if ctx.meta.get(_DEBUG):
            raise
        _message("error", _one_line(error))
        raise typer.Exit(ExitStatus.INPUT_ERROR) from None
    except Exception as error:
        if ctx.meta.get(_DEBUG):
            raise
        _message(
            "error",
            f"internal error ({type(error).__name__}: {error}); "
            "rerun with --debug to see the traceback, and please report it",
        )
        raise typer.Exit(ExitStatus.INPUT_ERROR) from None


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    return str(error).replace("\n", " ")


# --- inputs ---------------------------------------------------------------------------


def _sources(paths: list[str] | None, command: str) -> list[Source]:
    """The inputs: PATHs, or standard input when none is given and it is piped."""
    from minutes.batch import expand
    from minutes.read import STDIN

    stdin = sys.stdin
    if not paths:
        if stdin is None or stdin.isatty():
            _usage(
                f"no input: give a file or folder, or pipe text in; e.g. `{PROG} {command} minutes.txt` "
                f"or `cat minutes.txt | {PROG} {command}` (see `{PROG} {command} --help`)"
            )
        paths = [STDIN]
    if paths.count(STDIN) > 1:
        _usage("- (standard input) can be given only once")
    data = None
    if STDIN in paths:
        if stdin is None:
            _usage("standard input is closed; give a file")
        try:
            data = stdin.buffer.read()
        except OSError as error:
            raise MinutesError(f"standard input: cannot read it ({error.strerror or error})") from error
    return expand(paths, data)


def _options(ctx: typer.Context, encoding: str | None) -> Options:
    import codecs

    from minutes.batch import Options

    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            _usage(f"unknown encoding {encoding!r} for --encoding; e.g. utf-8, gb18030, big5, cp1252")
    return Options(encoding=encoding, debug=bool(ctx.meta.get(_DEBUG)))


def _terminal(output: str | None, color: Color) -> Terminal:
    from minutes.output import Terminal

    is_terminal = (output is None or output == "-") and sys.stdout.isatty()
    forced = {Color.always: True, Color.never: False}.get(color)
    if forced is None and (output not in (None, "-") or os.environ.get("NO_COLOR")):
        # A file gets no styles unless asked for; nor does NO_COLOR output (rich would
        # still print bold and dim there): plain text, no escape sequences at all.
        forced = False
    return Terminal(is_terminal=is_terminal, color=forced)


def _progress(total: int, quiet: bool) -> Progress:
    from minutes.output import Progress

    enabled = total >= PROGRESS_FROM and not quiet and sys.stderr.isatty()
    return Progress(total, sys.stderr, enabled)


def _report(result: Result, quiet: bool, progress: Progress | None = None) -> bool:
    """Show the result's error or notice on stderr; True if it has an outline to print."""
    if result.error is not None:
        _message("error", result.error, progress)
        return False
    if result.notice is not None and not quiet:
        _message("notice", result.notice, progress)
    return True


# --- commands -------------------------------------------------------------------------


@app.command(
    short_help="Outline minutes: meeting, presider, attendees, speakers and points.",
    help="""Outline each input: the meeting, who presided, who attended, and who spoke,
with their enumerated points.

Formats: tree (a terminal's default), text (the default when piped), markdown,
json (one object, or an array for several inputs), ndjson (one outline per line,
streamed), csv and tsv (one row per point: source, speaker, role, ordinal, marker,
priority, text, start, end), parquet (the same rows, typed; with the dask
extra). JSON follows the schema shipped in the package as
minutes/schema/outline.schema.json.

\b
Examples:
  minutes summarize minutes.txt
  minutes summarize --format json minutes.txt | jq '.speakers[].name'
  minutes summarize archive/ --format ndjson --jobs 0 > outlines.ndjson
  minutes summarize *.txt --format csv -o points.csv
  pdftotext minutes.pdf - | minutes summarize
""",
)
def summarize(
    ctx: typer.Context,
    paths: PathsArgument = None,
    output_format: Annotated[
        OutlineFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="auto: tree on a terminal, text when piped.",
        ),
    ] = OutlineFormat.auto,
    jobs: JobsOption = 1,
    output: OutputOption = None,
    encoding: EncodingOption = None,
    color: ColorOption = Color.auto,
    quiet: QuietOption = False,
    scheduler: SchedulerOption = None,
) -> None:
    fmt = output_format.value
    if fmt == "auto":
        fmt = "tree" if _terminal(output, color).is_terminal else "text"
    _outline_command(ctx, paths, "summarize", fmt, jobs, output, encoding, color, quiet, scheduler)


@app.command(
    short_help="One row per point across all inputs: a table, or TSV when piped.",
    help="""List every enumerated point of every input, one row each, with the columns
source, speaker, role, ordinal, marker, priority, text, start and end.

On a terminal it is a table of what a person reads (source when there are
several inputs, speaker, ordinal, marker, priority). Piped it is TSV with every
column and a header row (tabs and line breaks inside a field become spaces),
made for sort, cut and grep; csv keeps the text exactly.

\b
Examples:
  minutes points minutes.txt
  minutes points archive/ | cut -f2 | sort | uniq -c | sort -rn
  minutes points archive/ --format csv -o points.csv
  minutes points s3://bucket/minutes/ --scheduler tcp://HOST:8786 -f parquet -o points.parquet/
""",
)
def points(
    ctx: typer.Context,
    paths: PathsArgument = None,
    output_format: RowFormatOption = RowFormat.auto,
    jobs: JobsOption = 1,
    output: OutputOption = None,
    encoding: EncodingOption = None,
    color: ColorOption = Color.auto,
    quiet: QuietOption = False,
    scheduler: SchedulerOption = None,
) -> None:
    _row_command(ctx, paths, "points", output_format, jobs, output, encoding, color, quiet, scheduler)


@app.command(
    short_help="Who's who: each person or body, role, and whether they presided, attended, spoke.",
    help="""List the people and bodies in each input, one row each, with the columns
source, name, role, kind, presider, attendee, speaker (yes/no) and points (how many).

On a terminal it is a table; piped it is TSV with a header row.

\b
Examples:
  minutes speakers minutes.txt
  minutes speakers archive/ | awk -F'\\t' '$7 == "yes" {print $2}' | sort | uniq -c
""",
)
def speakers(
    ctx: typer.Context,
    paths: PathsArgument = None,
    output_format: RowFormatOption = RowFormat.auto,
    jobs: JobsOption = 1,
    output: OutputOption = None,
    encoding: EncodingOption = None,
    color: ColorOption = Color.auto,
    quiet: QuietOption = False,
    scheduler: SchedulerOption = None,
) -> None:
    _row_command(ctx, paths, "speakers", output_format, jobs, output, encoding, color, quiet, scheduler)


def _row_command(
    ctx: typer.Context,
    paths: list[str] | None,
    command: str,
    output_format: RowFormat,
    jobs: int,
    output: str | None,
    encoding: str | None,
    color: Color,
    quiet: bool,
    scheduler: str | None = None,
) -> None:
    fmt = output_format.value
    if fmt == "auto":
        fmt = "table" if _terminal(output, color).is_terminal else "tsv"
    _outline_command(ctx, paths, command, fmt, jobs, output, encoding, color, quiet, scheduler)


def _outline_command(
    ctx: typer.Context,
    paths: list[str] | None,
    command: str,
    fmt: str,
    jobs: int,
    output: str | None,
    encoding: str | None,
    color: Color,
    quiet: bool,
    scheduler: str | None = None,
) -> None:
    """Outline every input and write it in ``fmt``; exit 1 if any input failed."""
    if scheduler is not None or fmt == "parquet":
        _archive_command(ctx, paths, command, fmt, jobs, output, encoding, color, quiet, scheduler)
        return
    with _reporting(ctx):
        sources = _sources(paths, command)
        options = _options(ctx, encoding)
        if command == "summarize" and fmt == "ndjson":
            options = replace(options, render="ndjson")
        terminal = _terminal(output, color)
        from minutes.batch import run

        failed = False
        progress = _progress(len(sources), quiet)
        results = run(sources, options, jobs)
        with open_writer(output, terminal, len(sources), command, fmt) as writer:
            try:
                for result in results:
                    if not _report(result, quiet, progress):
                        failed = True
                    elif result.rendered is not None:
                        writer.add_rendered(result.rendered)
                    elif result.outline is not None:
                        writer.add(result.outline)
                    else:
                        failed = True
                    progress.advance()
            finally:
                results.close()  # stops the worker processes at once on an error or Ctrl-C
                progress.clear()
        if failed:
            raise typer.Exit(ExitStatus.INPUT_ERROR)


def _archive_command(
    ctx: typer.Context,
    paths: list[str] | None,
    command: str,
    fmt: str,
    jobs: int,
    output: str | None,
    encoding: str | None,
    color: Color,
    quiet: bool,
    scheduler: str | None,
) -> None:
    """``--scheduler`` (a Dask cluster) or ``-f parquet``: src/minutes/archive/command.py."""
    if fmt == "parquet" and output in (None, "-"):
        _usage(f"-f parquet writes files: give -o PATH, e.g. `{PROG} {command} DIR -f parquet -o x.parquet`")
    if scheduler is not None and (not paths or "-" in paths):
        _usage("--scheduler reads files, folders or URLs, not standard input; give PATHs")
    with _reporting(ctx):
        from minutes.archive import command as archive

        archive.check_installed(cluster=scheduler is not None)
        options = _options(ctx, encoding)

        def report(result: Result) -> bool:
            return _report(result, quiet)

        if scheduler is None:
            from minutes.batch import run

            assert output is not None
            results = run(_sources(paths, command), options, jobs)
            failed = archive.parquet_here(results, command, output, report)
        else:
            from minutes.batch import resolve_jobs

            default = getattr(ctx.get_parameter_source("jobs"), "name", None) == "DEFAULT"
            workers = resolve_jobs(0 if default else jobs)
            if fmt == "parquet":
                assert output is not None
                failed = archive.parquet_on_cluster(
                    paths or [], command, output, options, scheduler, workers, report
                )
            else:
                if command == "summarize" and fmt == "ndjson":
                    options = replace(options, render="ndjson")
                terminal = _terminal(output, color)
                failed = archive.stream_outlines(
                    paths or [],
                    options,
                    scheduler,
                    workers,
                    report,
                    lambda count: open_writer(output, terminal, count, command, fmt),
                )
        if failed:
            raise typer.Exit(ExitStatus.INPUT_ERROR)


@contextmanager
def open_writer(
    output: str | None, terminal: Terminal, count: int, command: str, fmt: str
) -> Iterator[Writer]:
    """The writer for ``command`` and ``fmt`` on standard output or the ``-o`` file."""
    from minutes import output as out

    with out.open_output(output) as stream:
        writer: out.Writer
        if command == "points":
            writer = out.RowWriter(stream, terminal, count, "points", fmt)
        elif command == "speakers":
            writer = out.RowWriter(stream, terminal, count, "people", fmt)
        elif fmt in ("csv", "tsv"):
            writer = out.RowWriter(stream, terminal, count, "points", fmt)
        else:
            writer = {
                "tree": out.TreeWriter,
                "text": out.TextWriter,
                "markdown": out.MarkdownWriter,
                "json": out.JsonWriter,
                "ndjson": out.NdjsonWriter,
            }[fmt](stream, terminal, count)
        writer.begin()
        yield writer
        writer.end()


@app.command(
    short_help="Print the sentences of each input, one per line.",
    help="""Split each input into sentences and print one per line (line breaks inside a
sentence become spaces). Shows what the outline is built from.

With --spans each line starts with the sentence's start and end offsets (in
characters of the decoded input), tab-separated. With several inputs each line
starts with the input's path and a tab, as grep does.

\b
Examples:
  minutes sentences minutes.txt
  minutes sentences minutes.txt | grep -n "First"
  minutes sentences --spans minutes.txt | awk -F'\\t' '$2 - $1 > 400'
""",
)
def sentences(
    ctx: typer.Context,
    paths: PathsArgument = None,
    spans: Annotated[
        bool, typer.Option("--spans", help="Prefix each sentence with its start and end offsets.")
    ] = False,
    output: OutputOption = None,
    encoding: EncodingOption = None,
    quiet: QuietOption = False,
) -> None:
    with _reporting(ctx):
        sources = _sources(paths, "sentences")
        options = _options(ctx, encoding)
        from minutes.batch import read_document, run
        from minutes.output import open_output
        from minutes.render import clean
        from minutes.segment import segment

        failed = False
        progress = _progress(len(sources), quiet)
        several = len(sources) > 1
        with open_output(output) as stream:
            for result in run(sources, options, 1, read_document):
                progress.advance()
                if not _report(result, quiet, progress):
                    failed = True
                    continue
                prefix = f"{clean(result.source)}\t" if several else ""
                lines = []
                for s in segment(result.text):
                    where = f"{s.start}\t{s.end}\t" if spans else ""
                    lines.append(f"{prefix}{where}{clean(s.text)}\n")
                stream.write("".join(lines))
                stream.flush()
            progress.clear()
        if failed:
            raise typer.Exit(ExitStatus.INPUT_ERROR)


@app.command(
    short_help="Show the text of FILE with markers, speakers and points highlighted.",
    help="""Print FILE with what the outline was built from highlighted: list markers
("First,", "2."), mentions of the people and bodies in the outline, and the
points' text, each in its own style; a legend explains the styles.

Meant for a terminal; piped, it prints the text without styles unless
--color always.

\b
Examples:
  minutes show minutes.txt
  minutes show minutes.txt --color always | less -R
""",
)
def show(
    ctx: typer.Context,
    file: Annotated[
        str | None,
        typer.Argument(metavar="FILE", help="A text file, or - for standard input.", show_default=False),
    ] = None,
    encoding: EncodingOption = None,
    color: ColorOption = Color.auto,
    quiet: QuietOption = False,
) -> None:
    with _reporting(ctx):
        if file and file != "-":
            from minutes.batch import Source

            sources = [Source(file)]  # one file: a folder is an error here, not expanded
        else:
            sources = _sources([file] if file else None, "show")
        options = _options(ctx, encoding)
        from minutes.batch import read_document

        result = read_document(sources[0], options)
        if not _report(result, quiet):
            raise typer.Exit(ExitStatus.INPUT_ERROR)
        from minutes.outline import annotate
        from minutes.render.show import render_show

        _, highlights = annotate(result.text)
        terminal = _terminal(None, color)
        render_show(result.text, highlights, terminal.console(sys.stdout))
        sys.stdout.flush()


# --- entry point ------------------------------------------------------------------------


def _tolerate_unencodable_output() -> None:
    """On a console that cannot show some characters, print escapes rather than crash."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not encoding.startswith("utf"):
            reconfigure(errors="backslashreplace")


def main() -> None:
    """Entry point of the ``minutes`` console script."""
    _tolerate_unencodable_output()
    try:
        app(prog_name=PROG)
    except KeyboardInterrupt:  # outside a command, e.g. while starting up
        sys.exit(ExitStatus.INTERRUPTED)


if __name__ == "__main__":
    main()

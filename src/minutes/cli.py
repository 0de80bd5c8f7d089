"""The ``minutes`` command: parse options, call the library, render, map errors to exit codes.

This layer stays thin. The pipeline (and nltk) and the renderers (and rich) are
imported inside the commands, so ``minutes --help`` and ``--version`` stay fast.
Errors become one line on stderr, ``minutes: error: ...``, and an
:class:`~minutes.errors.ExitStatus`; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, TextIO

import typer

import minutes
from minutes.errors import ExitStatus, MinutesError
from minutes.read import STDIN, Document

PROG = "minutes"
_DEBUG = "minutes.debug"  # key in click's Context.meta, shared by all sub-contexts


class OutputFormat(str, Enum):
    """What ``summarize`` prints."""

    tree = "tree"
    text = "text"
    json = "json"


app = typer.Typer(
    name=PROG,
    help="""Outline narrative meeting minutes: the meeting, who presided, who attended,
and who spoke, with their enumerated points ("First, ... Second, ...").

\b
Examples:
  minutes summarize minutes.txt
  minutes summarize --format json minutes.txt > outline.json
  cat minutes.txt | minutes sentences
""",
    rich_markup_mode=None,  # help texts are printed literally, [brackets] included
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # plain tracebacks, and only with --debug
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

FileArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="FILE",
        help="Text file of the minutes; - or nothing reads standard input (when it is piped).",
        show_default=False,
    ),
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


def _fail(message: str, status: ExitStatus) -> typer.Exit:
    """Write ``minutes: error: message`` (one line) to stderr; return the Exit to raise."""
    sys.stderr.write(f"{PROG}: error: {message.replace(chr(10), ' ')}\n")
    sys.stderr.flush()
    return typer.Exit(status)


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
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (``minutes ... | head -1``): not an error of ours.
        _silence_stdout()
        raise typer.Exit(ExitStatus.OK) from None
    except MinutesError as error:
        if ctx.meta.get(_DEBUG):
            raise
        raise _fail(str(error), ExitStatus.INPUT_ERROR) from None
    except Exception as error:
        if ctx.meta.get(_DEBUG):
            raise
        raise _fail(
            f"internal error ({type(error).__name__}: {error}); "
            f"rerun with --debug to see the traceback, and please report it",
            ExitStatus.INPUT_ERROR,
        ) from None


def _read(file: str | None, command: str) -> Document:
    """Read FILE, or standard input when FILE is ``-`` or absent and stdin is piped."""
    from minutes.read import read_source

    stdin: TextIO | None = sys.stdin
    if file is None:
        if stdin is None or stdin.isatty():
            raise _fail(
                f"no input: give a FILE, or pipe text in; e.g. `{PROG} {command} minutes.txt` "
                f"or `cat minutes.txt | {PROG} {command}` (see `{PROG} {command} --help`)",
                ExitStatus.USAGE,
            )
        file = STDIN
    if file == STDIN and stdin is None:
        raise _fail("standard input is closed; give a FILE", ExitStatus.USAGE)
    return read_source(file, stdin.buffer if file == STDIN and stdin is not None else None)


def _emit(text: str) -> None:
    if text:
        sys.stdout.write(text + "\n")
    sys.stdout.flush()


@app.command(
    short_help="Outline minutes: meeting, presider, attendees, speakers and points.",
    help="""Outline the minutes in FILE: meeting, presider, attendees, speakers and their points.

The format defaults to tree on a terminal and text otherwise; json follows the
schema shipped in the package as minutes/schema/outline.schema.json.

\b
Examples:
  minutes summarize minutes.txt
  minutes summarize --format json minutes.txt
  pdftotext minutes.pdf - | minutes summarize --format text
""",
)
def summarize(
    ctx: typer.Context,
    file: FileArgument = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            show_default=False,
            help="Output format: tree, text or json. [default: tree on a terminal, text otherwise]",
        ),
    ] = None,
) -> None:
    with _reporting(ctx):
        document = _read(file, "summarize")
        outline = minutes.summarize(document.text, source=document.source, encoding=document.encoding)
        if output_format is None:
            output_format = OutputFormat.tree if sys.stdout.isatty() else OutputFormat.text
        if output_format is OutputFormat.json:
            from minutes.render.json import render_json

            _emit(render_json(outline))
        elif output_format is OutputFormat.text:
            from minutes.render.text import render_text

            _emit(render_text(outline))
        else:
            from minutes.render.tree import make_console, render_tree

            render_tree(outline, make_console(sys.stdout))
            sys.stdout.flush()


@app.command(
    short_help="Print the sentences of FILE, one per line.",
    help="""Split FILE into sentences and print one per line (line breaks inside a sentence
become spaces). Shows what the outline is built from.

\b
Examples:
  minutes sentences minutes.txt
  minutes sentences minutes.txt | grep -n "First"
""",
)
def sentences(ctx: typer.Context, file: FileArgument = None) -> None:
    with _reporting(ctx):
        document = _read(file, "sentences")
        from minutes.render.text import render_sentences

        _emit(render_sentences(minutes.split_sentences(document.text)))


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

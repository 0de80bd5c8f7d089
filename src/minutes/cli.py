"""The ``minutes`` command: parse options, call the library, write the output, exit.

This layer stays thin. A command goes through the same four steps:

1. :func:`_sources`: the paths given (files, folders, ``-``) -> ``batch.Source`` list;
2. ``batch.run``: each source -> an outline (or an error), in input order, in
   ``--jobs`` worker processes when asked;
3. ``output.make_writer`` for the command and format: prints each result as it arrives;
4. the exit status: 0 if every input was processed, 1 if some could not be (each
   named on stderr in one line, the others still printed), 2 for a usage error,
   70 for an internal error (a bug), 130 for Ctrl-C.

The batch commands (``summarize``, ``points``, ``speakers``, ``sentences``) share their
options: :func:`batch_options` adds them to a command and hands them over as one
:class:`CommandOptions`.

The pipeline (and nltk) and the renderers (and rich) are imported inside the
commands, so ``minutes --help``, ``--version`` and shell completion stay fast.
Messages go to stderr as ``minutes: error: ...`` or ``minutes: notice: ...``;
``--debug`` adds tracebacks. Usage errors are in the same style (:class:`MinutesGroup`).
"""

from __future__ import annotations

import functools
import inspect
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

try:  # typer >= 0.22 runs on a copy of click of its own: its exceptions are these
    from typer._click import exceptions as _click
except ImportError:  # an older typer, on click itself
    from click import exceptions as _click  # type: ignore[no-redef,import-not-found,unused-ignore]

import minutes
from minutes.errors import ExitStatus, MinutesError, OutputError

if TYPE_CHECKING:
    from minutes.batch import Options, Result, Source, Work
    from minutes.output import Progress, Terminal, Writer

PROG = "minutes"
_DEBUG = "minutes.debug"  # key in click's Context.meta, shared by all sub-contexts
_LANG = "minutes.lang"  # --lang of the command (issue 13), read by _options

#: From this many inputs on, or this many bytes, a progress display shows on stderr
#: (when it is a terminal).
PROGRESS_FROM = 20
PROGRESS_FROM_BYTES = 1_000_000

#: ``-o FILE`` without ``--format``: the format its extension names.
EXTENSION_FORMATS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".md": "markdown",
    ".parquet": "parquet",
}


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


class ExplainFormat(str, Enum):
    """What ``explain`` prints."""

    text = "text"
    json = "json"


class SentenceFormat(str, Enum):
    """What ``sentences`` prints."""

    auto = "auto"
    text = "text"
    json = "json"
    ndjson = "ndjson"
    tsv = "tsv"


class Lang(str, Enum):
    """The language of the input (``--lang``): detected by default."""

    auto = "auto"
    en = "en"
    zh = "zh"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


# --- usage errors and help in the tool's own style ---------------------------------------


class MinutesGroup(TyperGroup):
    """The command group; usage errors print as ``minutes: error: ...``, one line, exit 2."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _click.NoArgsIsHelpError as error:
            error.show()
            status = ExitStatus.USAGE
        except _click.UsageError as error:
            _message("error", usage_message(error))
            status = ExitStatus.USAGE
        except _click.ClickException as error:
            _message("error", error.format_message())
            status = error.exit_code
        if not standalone_mode:
            return status
        sys.exit(status if isinstance(status, int) else ExitStatus.OK)


def usage_message(error: _click.UsageError) -> str:
    """A click usage error as one line: ``--format: 'yaml' is not one of auto, tree, ...;
    see `minutes summarize --help```."""
    message = str(error.message).replace("Value error, ", "").rstrip(".")
    if isinstance(error, _click.BadParameter) and error.param is not None:
        names = [*getattr(error.param, "opts", [])] or [str(error.param.name)]
        name = max(names, key=len)
        choice = re.match(r"'(.*)' is not one of (.*)$", message)
        if choice:
            options = ", ".join(c.strip().strip("'") for c in choice.group(2).split(","))
            message = f"'{choice.group(1)}' is not one of {options}"
        message = f"{name}: {message[:1].lower()}{message[1:]}"
    elif isinstance(error, _click.NoSuchOption) and error.possibilities:
        message = (
            f"no such option {error.option_name} (did you mean {' or '.join(sorted(error.possibilities))}?)"
        )
    else:
        message = message[:1].lower() + message[1:]
        message = re.sub(r"\. Did you mean (.*)\?$", r" (did you mean \1?)", message)
    where = error.ctx.command_path if error.ctx is not None else PROG
    return f"{message}; see `{where} --help`".replace("\n", " ")


class _PlainArgument(TyperArgument):
    """An argument whose help shows its metavar only (``PATH``, not ``PATH <list[str]>``)."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class MinutesCommand(TyperCommand):
    """A command whose help names arguments by their metavar alone."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.__class__ = _PlainArgument


app = typer.Typer(
    name=PROG,
    cls=MinutesGroup,
    help="""Outline narrative meeting minutes: the meeting, who presided, who attended,
and who spoke, with their enumerated points ("First, ... Second, ...").

\b
Examples:
  minutes summarize minutes.txt
  minutes summarize archive/ --format ndjson | jq -r .meeting.title
  minutes points *.txt | tail -n +2 | cut -f2 | sort | uniq -c
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
        help="Write to FILE instead of standard output: a file is replaced atomically (all or "
        "nothing), a symlink's target likewise; a device or FIFO is written through. Without "
        "--format, FILE's extension (.csv, .tsv, .json, .ndjson, .md) gives the format, if this "
        "command writes it.",
        show_default=False,
    ),
]
ExplainOutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE instead of standard output: a file is replaced atomically, a "
        "symlink's target likewise; a device or FIFO is written through.",
        show_default=False,
    ),
]
ShowOutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE instead of standard output (plain, with bracketed labels, unless "
        "--color always): a file is replaced atomically, a symlink's target likewise; a device "
        "or FIFO is written through.",
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
        "FORCE_COLOR forces it), always or never. With --format auto, always keeps the "
        "terminal's coloured view in a pipe (e.g. | less -R).",
    ),
]
ShowColorOption = Annotated[
    Color,
    typer.Option(
        "--color",
        case_sensitive=False,
        help="Colour the output: auto (on a terminal, unless NO_COLOR is set or TERM=dumb; "
        "FORCE_COLOR forces it), always (also in a pipe, e.g. | less -R) or never.",
    ),
]
RowFormatOption = Annotated[
    RowFormat,
    typer.Option("--format", "-f", case_sensitive=False, help="auto: table on a terminal, tsv when piped."),
]
LangOption = Annotated[
    Lang,
    typer.Option(
        "--lang",
        case_sensitive=False,
        help="The language of the input: en (English), zh (Chinese), or auto: zh when at least "
        "30% of its letters are Han characters.",
    ),
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
DebugOption = Annotated[
    bool,
    typer.Option("--debug", envvar="MINUTES_DEBUG", help="On errors, show the full traceback."),
]


@dataclass(frozen=True)
class CommandOptions:
    """The options every batch command takes, as one object."""

    paths: list[str] | None = None
    jobs: int = 1
    output: str | None = None
    encoding: str | None = None
    color: Color = Color.auto
    quiet: bool = False
    debug: bool = False
    lang: Lang = Lang.auto
    scheduler: str | None = None


#: The shared options: name, typer annotation, default (the fields of CommandOptions).
_SHARED: tuple[tuple[str, Any, Any], ...] = (
    ("paths", PathsArgument, None),
    ("jobs", JobsOption, 1),
    ("output", OutputOption, None),
    ("encoding", EncodingOption, None),
    ("color", ColorOption, Color.auto),
    ("quiet", QuietOption, False),
    ("debug", DebugOption, False),
    ("lang", LangOption, Lang.auto),
    ("scheduler", SchedulerOption, None),
)


def batch_options(
    *, without: frozenset[str] = frozenset()
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the shared options (:data:`_SHARED`) but those ``without`` names; it
    gets them as ``opts`` (the ones left out at their defaults)."""
    shared_here = [(n, a, d) for n, a, d in _SHARED if n not in without]

    def decorate(func: Callable[..., None]) -> Callable[..., None]:
        own = inspect.signature(func, eval_str=True)
        params = [p for p in own.parameters.values() if p.name != "opts"]
        params += [
            inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a)
            for n, a, d in shared_here
        ]

        @functools.wraps(func)
        def command(*args: Any, **kwargs: Any) -> None:
            shared = {name: kwargs.pop(name) for name, _, _ in shared_here}
            func(*args, opts=CommandOptions(**shared), **kwargs)

        command.__signature__ = own.replace(parameters=params)  # type: ignore[attr-defined]
        return command

    return decorate


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {minutes.__version__}")
        raise typer.Exit(ExitStatus.OK)


@app.callback()
def _root(
    ctx: typer.Context,
    debug: DebugOption = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", is_eager=True, callback=_print_version, help="Print the version and exit."
        ),
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
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests), or closed
        pass


def _stdout_is_a_terminal() -> bool:
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except ValueError:  # closed
        return False


@contextmanager
def _reporting(ctx: typer.Context, debug: bool = False) -> Iterator[None]:
    """Turn what the command raises into an exit status and at most one line on stderr."""
    if debug:
        ctx.meta[_DEBUG] = True  # --debug after the command
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
        if isinstance(error, OutputError) and error.stdout:
            _silence_stdout()  # what is still buffered cannot be written either
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
        raise typer.Exit(ExitStatus.INTERNAL_ERROR) from None


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    return str(error).replace("\n", " ")


# --- inputs ---------------------------------------------------------------------------


def _sources(
    paths: list[str] | None, command: str, notices: list[str] | None = None, quiet: bool = False
) -> list[Source]:
    """The inputs: PATHs, or standard input when none is given and it is piped."""
    from minutes.batch import expand
    from minutes.read import STDIN

    stdin = sys.stdin
    if not paths:
        if stdin is None or stdin.isatty():
            _usage(
                f"no input: give a {'file' if command in ('show', 'explain') else 'file or folder'}, or "
                f"pipe text in; e.g. `{PROG} {command} minutes.txt` "
                f"or `cat minutes.txt | {PROG} {command}` (see `{PROG} {command} --help`)"
            )
        paths = [STDIN]
    if paths.count(STDIN) > 1:
        _usage("- (standard input) can be given only once")
    data = None
    if STDIN in paths:
        if stdin is None:
            _usage("standard input is closed; give a file")
        if not quiet and stdin.isatty():
            _message("notice", "reading standard input (type or paste the text, then Ctrl-D to end)")
        try:
            data = stdin.buffer.read()
        except OSError as error:
            raise MinutesError(f"standard input: cannot read it ({error.strerror or error})") from error
    return expand(paths, data, notices)


def _refuse_overwriting_an_input(output: str | None, sources: Sequence[Source]) -> None:
    """``-o`` onto one of the inputs would replace the minutes with their outline: refuse."""
    if output is None or output == "-" or not os.path.isfile(output):
        return
    for source in sources:
        if source.data is None and source.error is None and os.path.isfile(source.path):
            try:
                same = os.path.samefile(source.path, output)
            except OSError:
                continue
            if same:
                _usage(
                    f"-o {output}: is also an input ({source.path}), so it would be overwritten; "
                    "give -o another file name"
                )


def _options(ctx: typer.Context, encoding: str | None) -> Options:
    import codecs

    from minutes.batch import Options

    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            _usage(f"unknown encoding {encoding!r} for --encoding; e.g. utf-8, gb18030, big5, cp1252")
    return Options(encoding=encoding, debug=bool(ctx.meta.get(_DEBUG)), lang=ctx.meta.get(_LANG, "auto"))


def _terminal(output: str | None, color: Color) -> Terminal:
    from minutes.output import Terminal

    is_terminal = (output is None or output == "-") and _stdout_is_a_terminal()
    forced = {Color.always: True, Color.never: False}.get(color)
    if forced is None and (output not in (None, "-") or os.environ.get("NO_COLOR")):
        # A file gets no styles unless asked for; nor does NO_COLOR output (rich would
        # still print bold and dim there): plain text, no escape sequences at all.
        forced = False
    return Terminal(is_terminal=is_terminal, color=forced)


def _format(command: str, requested: str, output: str | None, color: Color) -> str:
    """The format to write: ``requested``, or for ``auto`` the one ``-o FILE``'s extension
    names, else the terminal's view on a terminal (or with ``--color always``), else the
    piped default."""
    from minutes.output import FORMATS, TERMINAL_FORMAT

    if requested != "auto":
        return requested
    to_stdout = output is None or output == "-"
    if not to_stdout:
        assert output is not None
        inferred = EXTENSION_FORMATS.get(os.path.splitext(output)[1].lower())
        if inferred is not None:
            if inferred not in FORMATS[command]:
                _usage(
                    f"-o {output}: {command} does not write {inferred}; give --format "
                    f"({', '.join(FORMATS[command])}) or another file name"
                )
            return inferred
    if to_stdout and (color == Color.always or _terminal(output, color).is_terminal):
        return TERMINAL_FORMAT[command]
    return FORMATS[command][0]


def _progress(sources: Sequence[Source], quiet: bool) -> Progress:
    from minutes.batch import sizes
    from minutes.output import Progress

    size = sizes(sources)
    large = len(sources) >= PROGRESS_FROM or size >= PROGRESS_FROM_BYTES
    enabled = large and not quiet and sys.stderr is not None and sys.stderr.isatty()
    label = sources[0].path if len(sources) == 1 else ""
    return Progress(len(sources), size, sys.stderr, enabled, label)


def _report(result: Result, quiet: bool, progress: Progress | None = None) -> bool:
    """Show the result's error or notice on stderr; True if it has something to print."""
    if result.error is not None:
        _message("error", result.error, progress)
        return False
    if result.notice is not None and not quiet:
        _message("notice", result.notice, progress)
    return True


def _batch(
    ctx: typer.Context, command: str, requested: str, opts: CommandOptions, spans: bool = False
) -> None:
    """Run ``command`` on every input and write it in the format asked for; exit 1 if any
    input failed, 70 if minutes failed on one."""
    ctx.meta[_LANG] = opts.lang.value
    parquet = requested == "parquet" or (
        requested == "auto" and (opts.output or "").lower().endswith(".parquet")
    )
    if opts.scheduler is not None or parquet:
        _archive_command(ctx, command, "parquet" if parquet else requested, opts)
        return
    with _reporting(ctx, opts.debug):
        fmt = _format(command, requested, opts.output, opts.color)
        notices: list[str] = []
        sources = _sources(opts.paths, command, notices, opts.quiet)
        _refuse_overwriting_an_input(opts.output, sources)
        options = _options(ctx, opts.encoding)
        if command == "summarize" and fmt == "ndjson":
            options = replace(options, render="ndjson")
        terminal = _terminal(opts.output, opts.color)
        for notice in notices if not opts.quiet else []:
            _message("notice", notice)
        from minutes.batch import process, read_sentences, resolve_jobs, run, several
        from minutes.output import make_writer, open_output

        failed = internal = False
        progress = _progress(sources, opts.quiet)
        with open_output(opts.output) as stream:
            writer = make_writer(
                command, fmt, stream, terminal, several=several(opts.paths or ["-"]), spans=spans
            )
            writer.begin()
            work: Work = read_sentences if command == "sentences" else process
            if command != "sentences" and len(sources) == 1 and progress.enabled:
                work = functools.partial(process, on_progress=progress.inside)  # bytes done in one file
            results = run(sources, options, opts.jobs, work)
            if resolve_jobs(opts.jobs) == 1 or len(sources) == 1:
                progress.start()  # else once the workers are forked: no thread of rich's in them
            try:
                for result in results:
                    progress.start()
                    if _report(result, opts.quiet, progress):
                        writer.add(result)
                    else:
                        failed = True
                        internal = internal or result.internal
                    progress.advance(result.size)
            finally:
                results.close()  # stops the worker processes at once on an error or Ctrl-C
                progress.clear()
            writer.end()
        if internal:
            raise typer.Exit(ExitStatus.INTERNAL_ERROR)
        if failed:
            raise typer.Exit(ExitStatus.INPUT_ERROR)


def _archive_command(ctx: typer.Context, command: str, requested: str, opts: CommandOptions) -> None:
    """``--scheduler`` (a Dask cluster) or ``-f parquet``: src/minutes/archive/command.py."""
    output, paths = opts.output, opts.paths
    if requested == "parquet" and output in (None, "-"):
        _usage(f"-f parquet writes files: give -o PATH, e.g. `{PROG} {command} DIR -f parquet -o x.parquet`")
    if opts.scheduler is not None and (not paths or "-" in paths):
        _usage("--scheduler reads files, folders or URLs, not standard input; give PATHs")
    with _reporting(ctx, opts.debug):
        from minutes.archive import command as archive

        archive.check_installed(cluster=opts.scheduler is not None)
        options = _options(ctx, opts.encoding)

        def report(result: Result) -> bool:
            return _report(result, opts.quiet)

        if opts.scheduler is None:
            from minutes.batch import run

            assert output is not None
            results = run(_sources(paths, command, quiet=opts.quiet), options, opts.jobs)
            failed = archive.parquet_here(results, command, output, report)
        else:
            from minutes.batch import resolve_jobs, several
            from minutes.output import make_writer, open_output

            default = getattr(ctx.get_parameter_source("jobs"), "name", None) == "DEFAULT"
            workers = resolve_jobs(0 if default else opts.jobs)
            if requested == "parquet":
                assert output is not None
                failed = archive.parquet_on_cluster(
                    paths or [], command, output, options, opts.scheduler, workers, report
                )
            else:
                fmt = _format(command, requested, output, opts.color)
                if command == "summarize" and fmt == "ndjson":
                    options = replace(options, render="ndjson")
                terminal = _terminal(output, opts.color)

                @contextmanager
                def open_writer(count: int) -> Iterator[Writer]:
                    with open_output(output) as stream:
                        yield make_writer(command, fmt, stream, terminal, several=several(paths or ["-"]))

                failed = archive.stream_outlines(
                    paths or [], options, opts.scheduler, workers, report, open_writer
                )
        if failed:
            raise typer.Exit(ExitStatus.INPUT_ERROR)


def _read_one(
    ctx: typer.Context, file: str | None, command: str, output: str | None, encoding: str | None, quiet: bool
) -> tuple[Result, Options]:
    """The one FILE (or standard input) of ``show`` and ``explain``, read and decoded;
    exit 1 if it cannot be."""
    if file and file != "-":
        from minutes.batch import Source

        sources = [Source(file)]  # one file: a folder is an error here, not expanded
    else:
        sources = _sources([file] if file else None, command, quiet=quiet)
    _refuse_overwriting_an_input(output, sources)
    from minutes.batch import read_document

    options = _options(ctx, encoding)
    result = read_document(sources[0], options, command)
    if not _report(result, quiet):
        raise typer.Exit(ExitStatus.INPUT_ERROR)
    return result, options


# --- commands -------------------------------------------------------------------------


@app.command(
    cls=MinutesCommand,
    short_help="Outline minutes: meeting, presider, attendees, speakers and points.",
    help="""Outline each input: the meeting, who presided, who attended, and who spoke,
with their enumerated points.

Formats: tree (a terminal's default), text (the default when piped), markdown,
json, ndjson (one outline per line, streamed), csv and tsv (one row per point:
source, speaker, role, ordinal, marker, priority, text, start, end), parquet (the
same rows, typed; with the dask extra, and --scheduler to run on a Dask cluster,
see the README's Archives section). JSON is one
object for one FILE argument, and an array for a folder or several PATHs (however
many files they hold); it follows the schema shipped in the package as
minutes/schema/outline.schema.json.

\b
Examples:
  minutes summarize minutes.txt
  minutes summarize --format json minutes.txt | jq '.speakers[].name'
  minutes summarize archive/ --format ndjson --jobs 0 > outlines.ndjson
  minutes summarize *.txt -o points.csv
  minutes summarize minutes.txt --color always | less -R
  pdftotext minutes.pdf - | minutes summarize
""",
)
@batch_options()
def summarize(
    ctx: typer.Context,
    output_format: Annotated[
        OutlineFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="auto: tree on a terminal, text when piped (or what -o FILE's extension says).",
        ),
    ] = OutlineFormat.auto,
    *,
    opts: CommandOptions,
) -> None:
    _batch(ctx, "summarize", output_format.value, opts)


@app.command(
    cls=MinutesCommand,
    short_help="One row per point across all inputs: a table, or TSV when piped.",
    help="""List every enumerated point of every input, one row each, with the columns
source, speaker, role, ordinal, marker, priority, text, start and end.

On a terminal it is a table of what a person reads (source when there are
several inputs, speaker, ordinal, marker, priority). Piped it is TSV with every
column and a header row (tabs and line breaks inside a field become spaces),
made for sort, cut and grep; csv keeps the text exactly; json is an array of
rows, ndjson one row per line.

\b
Examples:
  minutes points minutes.txt
  minutes points archive/ | tail -n +2 | cut -f2 | sort | uniq -c | sort -rn
  minutes points archive/ -o points.csv
  minutes points archive/ -f parquet -o points.parquet
""",
)
@batch_options()
def points(
    ctx: typer.Context,
    output_format: Annotated[
        RowFormat,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="auto: table on a terminal, tsv when piped."
        ),
    ] = RowFormat.auto,
    *,
    opts: CommandOptions,
) -> None:
    _batch(ctx, "points", output_format.value, opts)


@app.command(
    cls=MinutesCommand,
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
@batch_options()
def speakers(
    ctx: typer.Context,
    output_format: Annotated[
        RowFormat,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="auto: table on a terminal, tsv when piped."
        ),
    ] = RowFormat.auto,
    *,
    opts: CommandOptions,
) -> None:
    _batch(ctx, "speakers", output_format.value, opts)


@app.command(
    cls=MinutesCommand,
    short_help="Print the sentences of each input, one per line.",
    help="""Split each input into sentences and print one per line (line breaks inside a
sentence become spaces). Shows what the outline is built from.

With --spans each line starts with the sentence's start and end offsets (in
characters of the decoded input), tab-separated. With several inputs each line
starts with the input's path and a tab, as grep does. tsv, json (an array) and
ndjson give one row per sentence: source, start, end, text.

\b
Examples:
  minutes sentences minutes.txt
  minutes sentences minutes.txt | grep -n "First"
  minutes sentences --spans minutes.txt | awk -F'\\t' '$2 - $1 > 400'
  minutes sentences archive/ -f ndjson -j 0 > sentences.ndjson
""",
)
@batch_options(without=frozenset({"scheduler"}))  # (a cluster outlines; sentences run here)
def sentences(
    ctx: typer.Context,
    output_format: Annotated[
        SentenceFormat,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="auto: text (or what -o FILE's extension says)."
        ),
    ] = SentenceFormat.auto,
    spans: Annotated[
        bool, typer.Option("--spans", help="Prefix each sentence with its start and end offsets.")
    ] = False,
    *,
    opts: CommandOptions,
) -> None:
    _batch(ctx, "sentences", output_format.value, opts, spans=spans)


@app.command(
    cls=MinutesCommand,
    short_help="Show the text of FILE with speakers, references and points marked.",
    help="""Print FILE with what the outline decided marked in it: each speaker in a
colour of their own, labelled at their first mention; references resolved to a
speaker ("Mr. Wu" -> Wu Qing) marked with that name; list markers; and each
point underlined in its speaker's colour. A legend goes to stderr on a terminal.

Without colour (piped, NO_COLOR, --color never) it prints plain text with the
same marks in brackets: [Vice Mayor Wu Qing -> Wu Qing], [Mr. Wu -> Wu Qing],
[point: Wu Qing] First, ...

\b
Examples:
  minutes show minutes.txt
  minutes show minutes.txt --color always | less -R
  minutes show minutes.txt -o marked.txt
""",
)
def show(
    ctx: typer.Context,
    file: Annotated[
        str | None,
        typer.Argument(metavar="FILE", help="A text file, or - for standard input.", show_default=False),
    ] = None,
    output: ShowOutputOption = None,
    encoding: EncodingOption = None,
    color: ShowColorOption = Color.auto,
    quiet: QuietOption = False,
    debug: DebugOption = False,
    lang: LangOption = Lang.auto,
) -> None:
    ctx.meta[_LANG] = lang.value
    with _reporting(ctx, debug):
        result, options = _read_one(ctx, file, "show", output, encoding, quiet)
        from minutes.outline import annotate
        from minutes.output import open_output
        from minutes.render.show import render_legend, render_show

        _, highlights = annotate(result.text, lang=options.lang)
        terminal = _terminal(output, color)
        with open_output(output) as stream:
            console = terminal.console(stream)
            if terminal.is_terminal and not quiet and sys.stderr is not None:
                render_legend(
                    highlights, terminal.console(sys.stderr), colour=console.color_system is not None
                )
            render_show(result.text, highlights, console)
            stream.flush()


@app.command(
    cls=MinutesCommand,
    short_help="Explain the outline of FILE: which sieve decided each speaker, attendee and point.",
    help="""Print, in reading order, every decision behind the outline of FILE: who presided,
attended and spoke, which points each speaker's floor gave them, and which short
references were resolved to whom, each with the sieve that decided it and the words it
read. Use it to check a surprising outline, or to find the sieve to fix.

\b
Examples:
  minutes explain minutes.txt
  minutes explain minutes.txt | grep -- '-> points'
  minutes explain minutes.txt --format json | jq '.[] | select(.via == "pronoun")'
""",
)
def explain(
    ctx: typer.Context,
    file: Annotated[
        str | None,
        typer.Argument(metavar="FILE", help="A text file, or - for standard input.", show_default=False),
    ] = None,
    fmt: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="text (one decision a line) or json.")
    ] = ExplainFormat.text,
    output: ExplainOutputOption = None,
    encoding: EncodingOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
    lang: LangOption = Lang.auto,
) -> None:
    ctx.meta[_LANG] = lang.value
    with _reporting(ctx, debug):
        result, options = _read_one(ctx, file, "explain", output, encoding, quiet)
        from minutes.explain import explain as explain_text
        from minutes.output import open_output
        from minutes.render.explain import render_explain

        _, steps = explain_text(result.text, lang=options.lang)
        with open_output(output) as stream:
            stream.write(render_explain(steps, result.text, fmt.value))
            stream.flush()


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

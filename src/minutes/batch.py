"""Many inputs: paths -> sources -> outlines, in order, one at a time or in parallel.

The command line calls this between reading the options and rendering:

* :func:`expand` turns the paths given (files, folders, ``-``) into the list of
  sources to read: a folder gives its ``*.txt`` and ``*.md`` files, recursively, in
  sorted order;
* :func:`run` reads and outlines each source and yields one :class:`Result` per
  source, **in input order**, as soon as it and all sources before it are done.
  With ``jobs > 1`` the work is spread over worker processes; nothing holds more
  than a few results at a time, so memory stays flat however many files there are.

A source that cannot be read does not stop the run: its :class:`Result` carries the
one-line error instead of an outline. Nothing here prints.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from minutes.errors import MinutesError
from minutes.model import Outline
from minutes.read import STDIN, Document, decode, read_source

#: A short text that makes the pipeline import and compile everything it uses.
WARM_UP = (
    "The meeting was held on May 2nd and presided over by Chair Ann Lee. Vice Mayor Wu Qing "
    "attended.\n\nWu Qing said that, first, it is important to act. Second, we must go on.\n"
)

#: What a folder contributes: files with these suffixes (any case), found recursively.
FOLDER_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a path, or ``-`` with the bytes of standard input already read."""

    path: str
    data: bytes | None = None
    error: str | None = None  # known before reading, e.g. an empty folder


@dataclass(frozen=True, slots=True)
class Result:
    """What came of one source: an outline (or, for :func:`read_document`, its text), or an error."""

    source: str
    outline: Outline | None = None
    text: str = ""
    error: str | None = None
    notice: str | None = None
    rendered: str | None = None  # the outline as rendered for Options.render


def expand(paths: Sequence[str], stdin: bytes | None = None) -> list[Source]:
    """The sources named by ``paths``, in order; ``stdin`` holds the bytes read for ``-``.

    Folders are walked recursively for :data:`FOLDER_SUFFIXES`, sorted by path, hidden
    files and folders skipped. A folder with no such file gives a source with an error,
    so that it is reported rather than silently skipped.
    """
    out: list[Source] = []
    for path in paths:
        if path == STDIN:
            out.append(Source(STDIN, data=stdin if stdin is not None else b""))
        elif os.path.isdir(path):
            files = _folder_files(path)
            if not files:
                suffixes = " or ".join(f"*{s}" for s in FOLDER_SUFFIXES)
                out.append(Source(path, error=f"{path}: folder has no {suffixes} files; give text files"))
            out.extend(Source(f) for f in files)
        else:
            out.append(Source(path))
    return out


def _folder_files(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(FOLDER_SUFFIXES):
                found.append(os.path.join(root, name))
    # sort by path components, so that "a/b.txt" comes before "a-c.txt"
    return sorted(found, key=lambda p: Path(p).parts)


@dataclass(frozen=True, slots=True)
class Options:
    """How each source is processed (passed to worker processes, so plain data)."""

    encoding: str | None = None
    debug: bool = False
    #: "ndjson": the worker also renders the outline as its JSON line, so that with
    #: --jobs the parent only writes (it would otherwise be the bottleneck).
    render: str | None = None
    lang: str = "auto"  # "auto", "en" or "zh" (minutes.lang)


class Work(Protocol):
    """What :func:`run` applies to each source: :func:`process` or :func:`read_document`."""

    def __call__(self, source: Source, options: Options) -> Result: ...


def process(source: Source, options: Options) -> Result:
    """Read and outline one source; never raises, except KeyboardInterrupt."""
    import minutes  # minutes.summarize, looked up at call time (tests replace it)

    if source.error is not None:
        return Result(source.path, error=source.error)
    try:
        doc = _read(source, options)
        notice = _nothing_in(doc, "nothing to outline; printing an empty outline")
        outline = minutes.summarize(doc.text, source=doc.source, encoding=doc.encoding, lang=options.lang)
        if options.render == "ndjson":
            from minutes.output import json_line

            return Result(source.path, rendered=json_line(outline.to_dict()) + "\n", notice=notice)
        return Result(source.path, outline=outline, notice=notice)
    except MinutesError as error:
        return Result(source.path, error=str(error))
    except Exception as error:
        return Result(source.path, error=_internal(source.path, error, options))


def read_document(source: Source, options: Options) -> Result:
    """Read one source without outlining it (for ``sentences`` and ``show``)."""
    if source.error is not None:
        return Result(source.path, error=source.error)
    try:
        doc = _read(source, options)
    except MinutesError as error:
        return Result(source.path, error=str(error))
    return Result(source.path, text=doc.text, notice=_nothing_in(doc, "nothing to show"))


def _read(source: Source, options: Options) -> Document:
    if source.data is not None:
        return decode(source.data, source.path, options.encoding)
    return read_source(source.path, encoding=options.encoding)


def _nothing_in(doc: Document, consequence: str) -> str | None:
    """The notice for an empty or blank input (None for one with text)."""
    if doc.text.strip():
        return None
    return f"{_name(doc.source)}: {'empty' if not doc.text else 'whitespace only'}, {consequence}"


def _name(path: str) -> str:
    return "standard input" if path == STDIN else path


def _internal(path: str, error: Exception, options: Options) -> str:
    message = (
        f"{_name(path)}: internal error ({type(error).__name__}: {error}); "
        "rerun with --debug to see the traceback, and please report it"
    )
    if options.debug:
        message += "\n" + traceback.format_exc().rstrip()
    return message


def resolve_jobs(jobs: int) -> int:
    """``--jobs``: 0 means every core this process may use."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run(
    sources: Sequence[Source],
    options: Options,
    jobs: int = 1,
    work: Work = process,
) -> Generator[Result, None, None]:
    """Apply ``work`` to every source; yield the results in input order, streaming.

    With ``jobs > 1`` (and more than one source) the work runs in that many worker
    processes; results still come back in input order, each as soon as it is ready.
    """
    jobs = min(resolve_jobs(jobs), len(sources))
    if jobs <= 1:
        for source in sources:
            yield work(source, options)
        return
    yield from _parallel(sources, options, jobs, work)


def _parallel(
    sources: Sequence[Source], options: Options, jobs: int, work: Work
) -> Generator[Result, None, None]:
    import multiprocessing

    # fork: workers start at once with the pipeline already imported by the parent.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    if method == "fork":
        # Import the pipeline and build its compiled patterns once, here, so that every
        # worker starts with them instead of paying for them again.
        work(Source(STDIN, data=WARM_UP.encode()), options)
    # small chunks keep the output flowing and the memory flat; several per worker
    # keep the processes busy while the parent writes.
    chunksize = max(1, min(16, len(sources) // (jobs * 8)))
    pool = context.Pool(jobs, initializer=_worker_init)
    try:
        yield from pool.imap(partial(work, options=options), sources, chunksize)
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group: the parent stops the pool, quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker never writes to stdout; make sure a stray print cannot break the pipe.
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115


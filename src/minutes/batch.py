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
from collections import Counter
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from minutes.errors import MinutesError
from minutes.model import Outline, Sentence
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
    sentences: tuple[Sentence, ...] | None = None  # for read_sentences
    internal: bool = False  # the error is a bug of ours, not a problem with the input
    size: int = 0  # bytes read


def several(paths: Sequence[str]) -> bool:
    """Do ``paths`` ask for several outlines (a JSON array), whatever number is found?

    One FILE (or ``-``) is one; a folder, or more than one PATH, is several.

    >>> several(["m.txt"]), several(["m.txt", "-"]), several(["."])
    (False, True, True)
    """
    return len(paths) > 1 or any(p != STDIN and os.path.isdir(p) for p in paths)


def expand(
    paths: Sequence[str], stdin: bytes | None = None, notices: list[str] | None = None
) -> list[Source]:
    """The sources named by ``paths``, in order; ``stdin`` holds the bytes read for ``-``.

    Folders are walked recursively for :data:`FOLDER_SUFFIXES`, sorted by path, hidden
    files and folders skipped. A folder with no such file gives a source with an error,
    so that it is reported rather than silently skipped. What else a folder held (other
    files, symlinked folders, which are not followed) is added to ``notices``.
    """
    out: list[Source] = []
    for path in paths:
        if path == STDIN:
            out.append(Source(STDIN, data=stdin if stdin is not None else b""))
        elif os.path.isdir(path):
            files, skipped, links = _folder_files(path)
            if not files:
                suffixes = " or ".join(f"*{s}" for s in FOLDER_SUFFIXES)
                seen = f", only {_describe_skipped(skipped, links, short=True)}" if skipped or links else ""
                hint = _hint(skipped)
                out.append(Source(path, error=f"{path}: folder has no {suffixes} files{seen}; {hint}"))
            elif (skipped or links) and notices is not None:
                notices.append(f"{path}: skipped {_describe_skipped(skipped, links)}")
            out.extend(Source(f) for f in files)
        else:
            out.append(Source(path))
    return out


def _folder_files(folder: str) -> tuple[list[str], Counter[str], int]:
    """The text files under ``folder``; the suffixes of the other files; how many
    symlinked folders were not followed."""
    found = []
    skipped: Counter[str] = Counter()
    links = 0
    for root, dirs, files in os.walk(folder):
        links += sum(1 for d in dirs if not d.startswith(".") and os.path.islink(os.path.join(root, d)))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            if name.lower().endswith(FOLDER_SUFFIXES):
                found.append(os.path.join(root, name))
            else:
                skipped[os.path.splitext(name)[1].lower() or "(no suffix)"] += 1
    # sort by path components, so that "a/b.txt" comes before "a-c.txt"
    return sorted(found, key=lambda p: Path(p).parts), skipped, links


def _describe_skipped(skipped: Counter[str], links: int, *, short: bool = False) -> str:
    """``2 files not *.txt or *.md (1 .docx, 1 .pdf) and 1 symlinked folder (...)``; ``short``:
    ``2 .pdf files and 1 symlinked folder``."""
    parts = []
    total = sum(skipped.values())
    if total:
        counted = sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))
        kinds = ", ".join(f"{n} {suffix}" for suffix, n in counted)
        s = "s" * (total != 1)
        parts.append(f"{kinds} file{s}" if short else f"{total} file{s} not *.txt or *.md ({kinds})")
    if links:
        parts.append(f"{links} symlinked folder{'s' * (links != 1)} (not followed; give it as a PATH)")
    return " and ".join(parts)


def _hint(skipped: Counter[str]) -> str:
    if skipped.get(".pdf"):
        return "convert the PDFs to text first, e.g. pdftotext FILE.pdf FILE.txt"
    if skipped.get(".docx") or skipped.get(".doc") or skipped.get(".odt"):
        return "save the documents as plain text (.txt) first"
    return "give text files"


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


def process(
    source: Source, options: Options, on_progress: Callable[[int, int], None] | None = None
) -> Result:
    """Read and outline one source; never raises, except KeyboardInterrupt. ``on_progress``
    (in this process only) hears how far into the text the outlining is."""
    import minutes  # minutes.summarize, looked up at call time (tests replace it)

    if source.error is not None:
        return Result(source.path, error=source.error)
    try:
        doc = _read(source, options)
        notice = _nothing_in(doc, "nothing to outline; printing an empty outline")
        more = {} if on_progress is None else {"on_progress": on_progress}
        outline = minutes.summarize(
            doc.text, source=doc.source, encoding=doc.encoding, lang=options.lang, **more
        )
        size = len(source.data) if source.data is not None else _size(source.path)
        if options.render == "ndjson":
            from minutes.output import json_line

            rendered = json_line(outline.to_dict()) + "\n"
            return Result(source.path, rendered=rendered, notice=notice, size=size)
        return Result(source.path, outline=outline, notice=notice, size=size)
    except MinutesError as error:
        return Result(source.path, error=str(error))
    except Exception as error:
        return Result(source.path, error=_internal(source.path, error, options), internal=True)


def read_document(source: Source, options: Options, command: str = "show") -> Result:
    """Read one source without outlining it (for ``show`` and ``explain``)."""
    if source.error is not None:
        return Result(source.path, error=source.error)
    try:
        doc = _read(source, options)
    except MinutesError as error:
        return Result(source.path, error=str(error))
    return Result(source.path, text=doc.text, notice=_nothing_in(doc, f"nothing to {command}"))


def read_sentences(source: Source, options: Options) -> Result:
    """Read one source and split it into sentences (for ``sentences``); never raises,
    except KeyboardInterrupt."""
    if source.error is not None:
        return Result(source.path, error=source.error)
    try:
        doc = _read(source, options)
        from minutes.segment import segment

        found = tuple(segment(doc.text, options.lang))
        size = len(source.data) if source.data is not None else _size(source.path)
        return Result(source.path, sentences=found, notice=_nothing_in(doc, "no sentences"), size=size)
    except MinutesError as error:
        return Result(source.path, error=str(error))
    except Exception as error:
        return Result(source.path, error=_internal(source.path, error, options), internal=True)


def sizes(sources: Sequence[Source]) -> int:
    """The bytes of all the sources (0 for those that cannot be read)."""
    return sum(len(s.data) if s.data is not None else _size(s.path) for s in sources)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _read(source: Source, options: Options) -> Document:
    if source.data is not None:
        return decode(source.data, source.path, options.encoding)
    return read_source(source.path, encoding=options.encoding)


def _nothing_in(doc: Document, consequence: str) -> str | None:
    """The notice for an empty or blank input, or for one whose stray bytes were
    repaired (None for plain text)."""
    if doc.repaired:
        n = doc.repaired
        return (
            f"{_name(doc.source)}: UTF-8 but for {n} byte{'s' * (n != 1)}, "
            "repaired as cp1252 (Windows dashes and quotes); re-save it as UTF-8 to be sure"
        )
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

"""Inputs of an archive: paths, folders, globs and fsspec URLs -> sources; a source -> a result.

:func:`expand` names the files, in order, as :class:`~minutes.batch.Source` objects:

* a plain local path, or a ``file://`` URL, goes through :func:`minutes.batch.expand`,
  so a folder gives exactly what the command line reads without a cluster (its
  ``*.txt`` and ``*.md`` files, recursively, sorted, hidden ones skipped), each named
  by its local path: ``file:///data/a.txt`` and ``/data/a.txt`` are the same source;
* a local glob (``archive/*/2024-*.txt``) gives what the paths it matches give, sorted, as
  if the shell had expanded it;
* any other URL (``s3://bucket/minutes/``, ``gs://...``, ``memory://...``) is listed with
  fsspec, by the same rules for folders and globs, each file named by its full URL.

:func:`outline` reads one source, local or remote, and outlines it by the command
line's rules (:func:`minutes.batch.process`): a file that cannot be read or decoded
gives a result with the same one-line error, never an exception.

:data:`FILES_PER_TASK` is how many files one Dask task outlines (see
:func:`batches`): measured with ``benchmarks/dask_bench.py`` (its README section).
"""

from __future__ import annotations

import glob
import math
import os
from collections.abc import Sequence
from pathlib import Path

from minutes import batch
from minutes.batch import Options, Result, Source
from minutes.read import STDIN

#: Files outlined by one Dask task. Measured on a 2-worker LocalCluster (benchmarks/
#: dask_bench.py, its figures in benchmarks/README.md): one file a task runs at a third
#: to two thirds of the best throughput; from 8 files a task on it is flat within the
#: noise. 32 is mid-plateau and still gives 63 tasks for 2,000 files.
FILES_PER_TASK = 32

#: Fewer files than this many tasks' worth are spread over at least this many tasks,
#: so that a small archive still keeps every worker busy.
MIN_TASKS = 16

_MAGIC = ("*", "?", "[")


def is_url(path: str) -> bool:
    """Whether ``path`` names a file through fsspec (``s3://...``), not a local path."""
    return "://" in path and not path.startswith("file://")


def _local(path: str) -> str:
    return path[len("file://") :] if path.startswith("file://") else path


def expand(paths: Sequence[str]) -> list[Source]:
    """The sources named by ``paths`` (local paths, folders, globs, URLs), in order.

    A folder, glob or URL that names no file gives a source with an error, so that it
    is reported rather than silently skipped (as :func:`minutes.batch.expand` does).
    """
    out: list[Source] = []
    for path in paths:
        if path == STDIN:
            out.append(Source(STDIN, error="standard input cannot be sent to a cluster; give files or URLs"))
        elif is_url(path):
            out.extend(_remote(path))
        elif any(c in path for c in _MAGIC) and not os.path.exists(_local(path)):
            found = glob.glob(_local(path), recursive=True)
            if not found:
                out.append(Source(path, error=f"{path}: no file matches this pattern; check the path"))
            out.extend(batch.expand(sorted(found, key=lambda p: Path(p).parts)))  # as the shell's
        else:
            out.extend(batch.expand([_local(path)]))
    return out


def _remote(url: str) -> list[Source]:
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(url)
    if any(c in root for c in _MAGIC):
        found = [p for p in fs.glob(root) if fs.isfile(p)]
        what = "no file matches this pattern"
    elif fs.isdir(root):
        found = [
            p
            for p in fs.find(root)
            if p.lower().endswith(batch.FOLDER_SUFFIXES)
            and not any(part.startswith(".") for part in p[len(root) :].split("/"))
        ]
        suffixes = " or ".join(f"*{s}" for s in batch.FOLDER_SUFFIXES)
        what = f"folder has no {suffixes} files; give text files"
    else:
        return [Source(url)]  # a file, or a missing one: reading it says which
    if not found:
        return [Source(url, error=f"{url}: {what}")]
    return [Source(fs.unstrip_protocol(p)) for p in sorted(found, key=lambda p: p.split("/"))]


def fetch(url: str) -> bytes:
    """The bytes of a file named by an fsspec URL; problems raise :class:`InputError`
    with the same messages as local files (:func:`minutes.read.read_source`)."""
    import fsspec

    from minutes.errors import InputError

    try:
        with fsspec.open(url, "rb") as file:
            data: bytes = file.read()
            return data
    except FileNotFoundError:
        raise InputError(f"{url}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{url}: is a directory; give the path of a text file") from None
    except PermissionError:
        raise InputError(f"{url}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise InputError(f"{url}: cannot read it ({error.strerror or error})") from None


def outline(source: Source, options: Options) -> Result:
    """Read and outline one source (local or a URL) as the command line does; never raises."""
    from minutes.errors import MinutesError

    if source.error is None and is_url(source.path):
        try:
            source = Source(source.path, data=fetch(source.path))
        except MinutesError as error:
            return Result(source.path, error=str(error))
        except Exception as error:  # a file system's own exception (network, credentials)
            reason = f"{type(error).__name__}: {error}"
            return Result(source.path, error=f"{source.path}: cannot read it ({reason})")
    return batch.process(source, options)


def outline_batch(sources: Sequence[Source], options: Options) -> list[Result]:
    """:func:`outline` for each source of one task, in order."""
    return [outline(source, options) for source in sources]


def batches(sources: Sequence[Source], files_per_task: int | None = None) -> list[list[Source]]:
    """``sources`` cut into consecutive tasks of ``files_per_task`` (default
    :data:`FILES_PER_TASK`), fewer files a task when that leaves under :data:`MIN_TASKS`."""
    size = files_per_task or max(1, min(FILES_PER_TASK, math.ceil(len(sources) / MIN_TASKS)))
    return [list(sources[k : k + size]) for k in range(0, len(sources), size)]

"""What the command line runs for ``--scheduler`` and ``-f parquet``.

* ``-f parquet`` without ``--scheduler``: the inputs go through :func:`minutes.batch.run`
  (``--jobs`` as usual) and :class:`~minutes.archive.table.ParquetRows` writes the rows
  to ``-o PATH`` with pyarrow;
* ``-f parquet`` with ``--scheduler``: the workers outline the files and write the rows
  to the folder ``-o PATH``, a part file per task (:func:`~minutes.archive.cluster.write_parquet`);
* any other format with ``--scheduler``: the results come back from the cluster in
  input order (:func:`~minutes.archive.cluster.stream`) and are written as without one.

Every error is reported through ``report`` (the command line's one line on stderr);
the functions return True if some input failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from minutes.batch import Options, Result, Source
from minutes.errors import MinutesError


class Writer(Protocol):
    """What :func:`stream_outlines` writes to (``minutes.output.Writer``)."""

    def begin(self) -> None: ...

    def add(self, result: Result) -> None: ...

    def end(self) -> None: ...


Report = Callable[[Result], bool]

#: What each use needs installed: ``-f parquet`` alone, and ``--scheduler``.
NEEDS = {False: ("pyarrow",), True: ("dask", "distributed", "fsspec", "pyarrow", "pandas")}


def check_installed(cluster: bool) -> None:
    """Raise a :class:`MinutesError` that says how to install what is missing, if anything."""
    from importlib.util import find_spec

    missing = [name for name in NEEDS[cluster] if find_spec(name) is None]
    if missing:
        what = "--scheduler" if cluster else "-f parquet"
        raise MinutesError(
            f"{what} needs the dask extra ({', '.join(missing)} missing): pip install 'minutes[dask]'"
        )


def kind_of(command: str) -> str:
    """The rows a command gives as a table: ``people`` for ``speakers``, else ``points``."""
    return "people" if command == "speakers" else "points"


def parquet_here(results: Iterable[Result], command: str, output: str, report: Report) -> bool:
    """Write the rows of ``results`` (as they come) to the Parquet file ``output``."""
    from minutes.archive.table import ParquetRows

    failed = False
    writer = ParquetRows(output, kind_of(command))
    try:
        for result in results:
            if not report(result) or result.outline is None:
                failed = True
            writer.add(result)
    except BaseException:
        writer.discard()
        raise
    writer.close()
    return failed


def parquet_on_cluster(
    paths: Sequence[str],
    command: str,
    output: str,
    options: Options,
    scheduler: str,
    workers: int,
    report: Report,
) -> bool:
    """Outline ``paths`` on the cluster and write the rows to the folder ``output``."""
    from minutes.archive import cluster, files

    kind = kind_of(command)
    sources = files.expand(paths)
    with cluster.connect(scheduler, workers) as client:
        errors = cluster.write_parquet(client, kind, sources, options, output)
    for source, error in errors:
        report(Result(source, error=error))
    return bool(errors)


def stream_outlines(
    paths: Sequence[str],
    options: Options,
    scheduler: str,
    workers: int,
    report: Report,
    open_writer: Callable[[int], AbstractContextManager[Writer]],
) -> bool:
    """Outline ``paths`` on the cluster and write each result as it comes back, in order."""
    from minutes.archive import cluster, files

    failed = False
    sources: list[Source] = files.expand(paths)
    with cluster.connect(scheduler, workers) as client, open_writer(len(sources)) as writer:
        writer.begin()
        results = cluster.stream(client, sources, options)
        try:
            for result in results:
                if not report(result):
                    failed = True
                elif result.rendered is not None or result.outline is not None:
                    writer.add(result)
                else:
                    failed = True
        finally:
            results.close()
        writer.end()
    return failed

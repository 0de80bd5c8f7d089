"""Dask: outlines as a bag, rows as data frames, the scheduler, results streamed back.

Every function here builds its tasks from :func:`minutes.archive.files.batches`: one
task outlines a batch of files (:func:`minutes.archive.files.outline_batch`), so that
the scheduler's per-task cost is paid once per batch, not once per file. The workers
import ``minutes`` themselves: a cluster's workers need it installed (with the extra).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from minutes.archive import files
from minutes.archive.table import ERROR, SCHEMAS, part_name, table
from minutes.batch import Options, Result, Source
from minutes.errors import MinutesError
from minutes.read import STDIN

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

#: What ``--scheduler`` takes to start a cluster on this machine.
LOCAL = "local"

#: Paths: one path, folder, glob or URL, or several.
Paths = str | Sequence[str]


def _sources(paths: Paths) -> list[Source]:
    return files.expand([paths] if isinstance(paths, str) else list(paths))


def outlines(paths: Paths, *, encoding: str | None = None, files_per_task: int | None = None) -> db.Bag:
    """A bag of outline dicts (as ``minutes summarize -f json``), one per file, in order.

    A file that cannot be read or outlined gives ``{"source": path, "error": reason}``.
    """
    import dask.bag as db

    batches = files.batches(_sources(paths), files_per_task)
    options = Options(encoding=encoding)
    # partition_size=1: one batch per partition, so one task per batch
    return db.from_sequence(batches, partition_size=1).map_partitions(_outline_dicts, options)


def _outline_dicts(batches: list[list[Source]], options: Options) -> list[dict[str, Any]]:
    out = []
    for batch in batches:
        for result in files.outline_batch(batch, options):
            if result.outline is not None:
                out.append(result.outline.to_dict())
            else:
                out.append({"source": result.source, ERROR: result.error or f"{result.source}: no outline"})
    return out


def points_frame(
    paths: Paths, *, encoding: str | None = None, files_per_task: int | None = None
) -> dd.DataFrame:
    """One row per point (the columns of ``minutes points -f csv``, and ``error``)."""
    return frame("points", _sources(paths), Options(encoding=encoding), files_per_task)


def speakers_frame(
    paths: Paths, *, encoding: str | None = None, files_per_task: int | None = None
) -> dd.DataFrame:
    """One row per person or body (the columns of ``minutes speakers -f csv``, and ``error``)."""
    return frame("people", _sources(paths), Options(encoding=encoding), files_per_task)


def meta(kind: str) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of ``kind`` (Arrow-backed, nullable)."""
    import pandas as pd

    return SCHEMAS[kind].empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def frame(
    kind: str, sources: Sequence[Source], options: Options, files_per_task: int | None = None
) -> dd.DataFrame:
    """The rows (``kind``: ``"points"`` or ``"people"``) of ``sources``: a partition per task."""
    import dask.dataframe as dd

    batches = files.batches(sources, files_per_task) or [[]]
    return dd.from_map(_partition, batches, args=(kind, options), meta=meta(kind), label=f"minutes-{kind}")


def _partition(batch: list[Source], kind: str, options: Options) -> pd.DataFrame:
    import pandas as pd

    return table(kind, files.outline_batch(batch, options)).to_pandas(types_mapper=pd.ArrowDtype)


def _local_config() -> dict[str, str]:
    """Dask settings for a LocalCluster: on Linux, workers forked from this process with
    the pipeline already imported and warmed up, as ``--jobs`` does (minutes.batch).
    Measured on 2 cores: starting 2 workers, warming them up and closing them took 1.0 s
    forked, 2.5 to 4.6 s spawned (Dask's default), which each import the pipeline anew.
    The parent runs the cluster's event-loop thread when it forks, which a fork does not
    copy; the tests and benchmarks start such clusters many times without a hang, and
    setting ``DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD`` (e.g. to ``spawn``)
    overrides this choice."""
    import multiprocessing
    import os

    if (
        sys.platform != "linux"
        or "fork" not in multiprocessing.get_all_start_methods()
        or os.environ.get("DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD")
    ):
        return {}
    from minutes import batch

    batch.process(Source(STDIN, data=batch.WARM_UP.encode()), Options())
    return {"distributed.worker.multiprocessing-method": "fork"}


@contextmanager
def connect(scheduler: str, workers: int) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler`` (``tcp://HOST:8786``), or of a new
    ``LocalCluster`` of ``workers`` single-threaded worker processes for ``"local"``.
    The client (and a local cluster) is closed on the way out."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler == LOCAL:
        with (
            dask.config.set(_local_config()),
            LocalCluster(
                # One thread per worker: outlining is pure Python, threads would share one core.
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(scheduler, timeout=30)
    except (OSError, TimeoutError, ValueError) as error:
        raise MinutesError(
            f"cannot reach the Dask scheduler at {scheduler} ({error}); "
            "give its address as tcp://HOST:8786, or use --scheduler local"
        ) from None
    with client:
        yield client


def stream(
    client: Client, sources: Sequence[Source], options: Options, files_per_task: int | None = None
) -> Generator[Result, None, None]:
    """Outline ``sources`` on the cluster; yield the results in input order, each batch
    as soon as it and the ones before it are done (as :func:`minutes.batch.run`)."""
    batches = files.batches(sources, files_per_task)
    futures = client.map(files.outline_batch, batches, options=options, pure=False)
    try:
        for future in futures:
            results: list[Result] = future.result()
            future.release()
            yield from results
    finally:
        client.cancel(futures)


def write_parquet(
    client: Client, kind: str, sources: Sequence[Source], options: Options, path: str
) -> list[tuple[str, str]]:
    """Outline ``sources`` on the cluster; each task writes its rows to the folder ``path``
    as one part file (``part.00000.parquet``, ... in input order) and sends back only
    its errors. Return the ``(source, error)`` of the error rows, in order.

    An existing ``path`` is replaced only if it holds Parquet files alone (a previous
    run's), so that a mistyped ``-o`` cannot wipe a folder of something else.
    """
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(path)
    _check_replaceable(path)
    if fs.exists(root):
        fs.rm(root, recursive=True)
    fs.makedirs(root, exist_ok=True)
    batches = files.batches(sources, files_per_task=None) or [[]]
    futures = client.map(
        _write_part,
        batches,
        range(len(batches)),
        kind=kind,
        options=options,
        path=path,
        pure=False,
    )
    try:
        return [error for errors in client.gather(futures) for error in errors]
    finally:
        client.cancel(futures)


def _write_part(
    batch: list[Source], index: int, kind: str, options: Options, path: str
) -> list[tuple[str, str]]:
    import pyarrow.parquet as pq
    from fsspec.core import url_to_fs

    results = files.outline_batch(batch, options)
    fs, root = url_to_fs(path)
    with fs.open(f"{root.rstrip('/')}/{part_name(index)}", "wb") as file:
        pq.write_table(table(kind, results), file)
    return [(r.source, r.error) for r in results if r.error is not None]


def _check_replaceable(path: str) -> None:
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(path)
    if not fs.exists(root):
        return
    if not fs.isdir(root):
        raise MinutesError(f"{path}: is a file; with --scheduler, -o names a folder of Parquet files")
    others = [p for p in fs.ls(root, detail=False) if not p.rstrip("/").endswith(".parquet")]
    if others:
        raise MinutesError(
            f"{path}: the folder holds other files than Parquet ones ({others[0]}); "
            "give -o a new folder, or one a previous run wrote"
        )

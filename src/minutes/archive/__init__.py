"""Archives beyond one machine: outlines on a Dask cluster, points and speakers as Parquet.

Needs the ``dask`` extra (``pip install 'minutes[dask]'``: dask, distributed, fsspec,
pyarrow). The core never imports this package; the command line imports it only for
``--scheduler`` or ``-f parquet``. From Python::

    from minutes.archive import outlines, points_frame, speakers_frame

    points_frame("s3://bucket/minutes/").groupby("speaker").size().compute()

* :func:`outlines` gives a ``dask.bag.Bag`` of outline dicts (the JSON contract of
  ``minutes summarize -f json``); a file that cannot be read gives
  ``{"source": ..., "error": reason}`` instead.
* :func:`points_frame` and :func:`speakers_frame` give ``dask.dataframe`` frames with the
  columns of ``minutes points -f csv`` and ``minutes speakers -f csv``, typed (see
  :mod:`minutes.archive.table`), plus an ``error`` column: null on every row of an
  outline, and on the one row a file that cannot be read gives, its reason (every
  other column of that row is null, except ``source``).

Inputs are local paths, folders, globs or fsspec URLs (``s3://``, ``gs://``, ``file://``;
:mod:`minutes.archive.files`), decoded by the same rules as the command line. Files are
outlined in batches of :data:`~minutes.archive.files.FILES_PER_TASK`, one Dask task per
batch. Each function runs on the current Dask scheduler (a ``distributed.Client`` you
made, or Dask's default).

Modules: ``files`` (inputs: expand and read), ``table`` (rows as typed Arrow tables,
and a Parquet writer that needs pyarrow only), ``cluster`` (Dask: bags, frames, the
scheduler), ``command`` (what the command line calls).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minutes.archive.cluster import outlines, points_frame, speakers_frame

_LAZY = {
    "outlines": "minutes.archive.cluster",
    "points_frame": "minutes.archive.cluster",
    "speakers_frame": "minutes.archive.cluster",
}

__all__ = ["outlines", "points_frame", "speakers_frame"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'minutes.archive' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)

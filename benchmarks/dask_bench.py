"""Dask against ``--jobs``: files/s on one archive, the overhead as a ratio, the task size.

Needs the dask extra (``pip install -e '.[dask]'``). Run on a quiet machine with two
free cores::

    .venv/bin/python benchmarks/dask_bench.py            # 2,000 files, median of 5
    .venv/bin/python benchmarks/dask_bench.py --quick    # 400 files, median of 3

Figures (each a pair of medians of alternating runs, as in run.py):

* ``ndjson``: ``minutes summarize DIR -f ndjson --jobs 2`` against the same with
  ``--scheduler local --jobs 2`` (a LocalCluster of 2 single-threaded worker processes,
  started and stopped within the run); files/s of each, and Dask's overhead as the
  ratio of their times (goal: <= 1.30);
* ``parquet``: ``minutes points DIR -f parquet -o FILE --jobs 2`` (pyarrow in this
  process) against ``--scheduler local --jobs 2 -o DIR/`` (the workers write);
* ``startup``: ``--scheduler local --jobs 2`` on one file: what starting and stopping
  the cluster costs, the fixed part of the overhead;
* ``tasks``: files/s on one warm LocalCluster (started once, outside the timing) with
  1, 4, 8, 16, 32, 64 and 128 files per task: how large a task must be
  (``minutes.archive.files.FILES_PER_TASK``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import corpus
from run import paired_medians, timer

TASK_SIZES = (1, 4, 8, 16, 32, 64, 128)


def _line(name: str, ours: float, base: float, files: int, ours_label: str, base_label: str) -> str:
    return (
        f"{name:8} {base_label}: {base:6.2f} s ({files / base:6.0f} files/s)   "
        f"{ours_label}: {ours:6.2f} s ({files / ours:6.0f} files/s)   ratio {ours / base:.2f}x"
    )


def task_sizes(folder: Path, reps: int) -> list[tuple[int, float]]:
    """Median files/s of outlining ``folder`` on a warm 2-worker cluster, per task size."""
    from minutes.archive import cluster, files
    from minutes.batch import Options

    sources = files.expand([str(folder)])
    options = Options(render="ndjson")
    out = []
    with cluster.connect(cluster.LOCAL, 2) as client:
        for _ in cluster.stream(client, sources[:64], options, 8):  # warm up: imports, patterns
            pass
        for size in TASK_SIZES:
            times = []
            for _ in range(reps):
                started = time.perf_counter()
                for _ in cluster.stream(client, sources, options, size):
                    pass
                times.append(time.perf_counter() - started)
            out.append((size, len(sources) / statistics.median(times)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="400 files, median of 3")
    parser.add_argument("--files", type=int, help="files in the archive (default 2,000)")
    parser.add_argument("--reps", type=int, help="runs of each side (default 5)")
    parser.add_argument("--seed", type=int, default=20240703)
    args = parser.parse_args(argv)
    n = args.files or (400 if args.quick else 2_000)
    reps = args.reps or (3 if args.quick else 5)
    minutes = [sys.executable, "-m", "minutes"]
    load = os.getloadavg()[0]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {load:.2f}; ", end="")
    print(f"{n:,} files, median of {reps}")
    with tempfile.TemporaryDirectory(prefix="minutes-dask-bench-") as work:
        folder = corpus.write_files(Path(work) / "archive", n, args.seed)
        dask = ["--scheduler", "local", "--jobs", "2"]

        ndjson = [*minutes, "summarize", str(folder), "-f", "ndjson"]
        ours, base = paired_medians(timer([*ndjson, *dask]), timer([*ndjson, "--jobs", "2"]), reps)
        print(_line("ndjson", ours, base, n, "--scheduler local -j 2", "--jobs 2"), flush=True)

        points = [*minutes, "points", str(folder), "-f", "parquet", "-o"]
        ours, base = paired_medians(
            timer([*points, f"{work}/dask.parquet/", *dask]),
            timer([*points, f"{work}/here.parquet", "--jobs", "2"]),
            reps,
        )
        print(_line("parquet", ours, base, n, "--scheduler local -j 2", "--jobs 2"), flush=True)

        one = [*minutes, "summarize", str(next(folder.iterdir())), "-f", "ndjson"]
        ours, base = paired_medians(timer([*one, *dask]), timer(one), reps)
        print(f"startup  one file: {base:.2f} s without a cluster, {ours:.2f} s with --scheduler local -j 2")

        print("tasks    files/s on a warm 2-worker LocalCluster, by files per task:")
        for size, rate in task_sizes(folder, max(1, reps // 2)):
            print(f"         {size:4d} files/task: {rate:6.0f} files/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

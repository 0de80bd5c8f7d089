"""Pathological inputs at 1x and 2x size: does ``minutes.summarize`` stay linear?

Run it with the project's interpreter (standard library and the project only)::

    .venv/bin/python benchmarks/scaling.py            # the sizes below (minutes of work)
    .venv/bin/python benchmarks/scaling.py --quick    # a tenth of them
    .venv/bin/python benchmarks/scaling.py --only no-punctuation,long-name --cli

Each case is written to a file in a temporary folder at 1x and at 2x its size, and
each file is summarised in a fresh child process (``scaling.py --child FILE``), so
that each peak RSS is that run's own. The child loads the pipeline and warms it up
on a short text, then times ``minutes.summarize`` on the file's text (the median of
up to 7 runs while they take under 3 s in all, else one run). The ratio time 2x /
time 1x should stay at or under 2.3 (linear, with some slack); peak RSS is the
child's whole peak, input text included. ``--cli`` also times
``minutes summarize FILE --format json`` on each file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import corpus

GOAL = 2.3


def _fill(size: int, piece: Callable[[int], str], sep: str = "") -> str:
    """``piece(0) + sep + piece(1) + ...`` until it is ``size`` characters or more."""
    parts: list[str] = []
    total = 0
    k = 0
    while total < size:
        part = piece(k)
        parts.append(part)
        total += len(part) + len(sep)
        k += 1
    return sep.join(parts)


def replicated_samples(size: int) -> str:
    """The samples one after another, again and again, separated by blank lines."""
    texts = corpus.samples()
    return _fill(size, lambda k: texts[k % len(texts)], "\n\n")


def generated_minutes(size: int) -> str:
    """Generated documents (benchmarks/corpus.py): every meeting has new people."""
    return "\n\n".join(corpus.corpus(1, size))


def _vocabulary() -> list[str]:
    words = {w for text in corpus.samples() for w in text.split() if w.isalpha()}
    return sorted(words)


def no_punctuation_line(size: int) -> str:
    """One line of words from the samples (capitalised ones too), no punctuation at all."""
    rng = random.Random(2)
    vocabulary = _vocabulary()
    return _fill(size, lambda k: rng.choice(vocabulary), " ")


def numbered_items(count: int) -> str:
    """A speaker's list of ``count`` numbered items, one a line."""
    head = "Mr. Wu Qing, Vice Mayor, said that the following had been decided:\n"
    return head + "\n".join(
        f"{k}. Approve item {k} of the plan for the industrial parks." for k in range(1, count + 1)
    )


def first_in_a_row(count: int) -> str:
    """``count`` times "First," in a row, inside a speech."""
    return "Vice Mayor Wu Qing stressed that " + "First, " * count + "we must act.\n"


def long_name(words: int) -> str:
    """A title followed by a name of ``words`` capitalised words, who then speaks in points."""
    rng = random.Random(3)
    name = " ".join(corpus.new_name(rng) for _ in range(words))
    return f"Vice Mayor {name} said that, first, we must act. Second, we must plan. Third, we must build.\n"


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    size: int  # at 1x, in the unit of ``make``
    unit: str
    make: Callable[[int], str]


CASES: tuple[Case, ...] = (
    Case(
        "samples-50MB", "minutes-like text: the samples replicated", 50_000_000, "chars", replicated_samples
    ),
    Case("generated-5MB", "generated minutes, new people in each", 5_000_000, "chars", generated_minutes),
    Case("no-punctuation", "one 5 MB line without punctuation", 5_000_000, "chars", no_punctuation_line),
    Case("numbered-items", "100,000 numbered items", 100_000, "items", numbered_items),
    Case("first-in-a-row", '"First," thousands of times in a row', 5_000, "times", first_in_a_row),
    Case("long-name", "a name of 10,000 capitalised words", 10_000, "words", long_name),
)


# ---------------------------------------------------------------------------
# The child: summarise one file, print {"seconds", "rss_mib", ...} as JSON
# ---------------------------------------------------------------------------


def peak_rss_mib() -> float:
    """This process's peak RSS in MiB.

    On Linux, from ``VmHWM`` in /proc/self/status: ``ru_maxrss`` of a child starts at
    its parent's RSS when it was forked (the mark survives ``exec``), which would show
    this script's own memory, not the run's.
    """
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024


def child(path: str) -> int:
    import minutes

    minutes.summarize("Mr. Wu said that, first, we must act. Second, we must plan.")  # load and warm up
    text = Path(path).read_text("utf-8")
    times: list[float] = []
    points = 0
    while not times or (len(times) < 7 and sum(times) < 3.0):
        start = time.perf_counter()
        outline = minutes.summarize(text)
        times.append(time.perf_counter() - start)
        points = sum(len(s.points) for s in outline.speakers)
        del outline
    print(
        json.dumps(
            {
                "seconds": statistics.median(times),
                "runs": len(times),
                "rss_mib": peak_rss_mib(),
                "points": points,
            }
        )
    )
    return 0




@dataclass
class Run:
    seconds: float | None = None
    rss_mib: float | None = None
    points: int | None = None
    error: str = ""


def _last_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:160] if lines else "(no message)"


def measure_library(path: Path, timeout: float) -> Run:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Run(error=f"timeout after {timeout:g} s")
    if done.returncode != 0:
        return Run(error=f"exit {done.returncode}: {_last_line(done.stderr)}")
    got = json.loads(done.stdout)
    return Run(got["seconds"], got["rss_mib"], got["points"])


def measure_cli(minutes_cmd: str, path: Path, timeout: float) -> Run:
    argv = [sys.executable, "-c", corpus.RSS_PROBE, minutes_cmd, "summarize", str(path), "--format", "json"]
    start = time.perf_counter()
    try:
        done = subprocess.run(argv, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return Run(error=f"timeout after {timeout:g} s")
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return Run(error=f"exit {done.returncode}: {_last_line(done.stderr)}")
    return Run(seconds, int(done.stdout.decode().strip()) / 1024)


# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------


def _seconds(run: Run) -> str:
    if run.seconds is None:
        return "-"
    return f"{run.seconds * 1000:.0f} ms" if run.seconds < 10 else f"{run.seconds:.1f} s"


def _mib(run: Run) -> str:
    return "-" if run.rss_mib is None else f"{run.rss_mib:.0f} MiB"


def row(label: str, size: str, one: Run, two: Run) -> tuple[str, ...]:
    if one.seconds is None or two.seconds is None:
        ratio, result = "-", f"not measured: {one.error or two.error}"
    else:
        r = two.seconds / one.seconds
        ratio, result = f"{r:.2f}x", "met" if r <= GOAL else "NOT MET"
    return (label, size, _seconds(one), _seconds(two), ratio, f"<= {GOAL}x", _mib(one), _mib(two), result)


def table(rows: Sequence[tuple[str, ...]]) -> str:
    header = ("case", "size 1x", "time 1x", "time 2x", "ratio", "goal", "peak 1x", "peak 2x", "result")
    everything = [header, *rows]
    widths = [max(len(r[i]) for r in everything) for i in range(len(header) - 1)]
    lines = []
    for r in everything:
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=False))
        ]
        lines.append("  ".join([*cells, r[-1]]).rstrip())
    lines.insert(1, "-" * (len(lines[0]) + 8))
    return "\n".join(lines)


def _size(n: int, unit: str) -> str:
    if unit == "chars":
        return f"{n / 1e6:g} MB"
    return f"{n:,} {unit}"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="Time minutes.summarize on pathological inputs at 1x and 2x size."
    )
    p.add_argument("--quick", action="store_true", help="a tenth of the sizes (same as --scale 0.1)")
    p.add_argument("--scale", type=float, default=None, help="multiply every 1x size by this")
    p.add_argument("--only", default="", help="comma-separated case names (default: all)")
    p.add_argument("--cli", action="store_true", help="also time `minutes summarize FILE --format json`")
    p.add_argument(
        "--minutes-cmd",
        default=str(Path(sys.executable).parent / "minutes"),
        help="the console script for --cli (default: the minutes next to this python)",
    )
    p.add_argument("--timeout", type=float, default=900.0, help="seconds one run may take (default 900)")
    p.add_argument("--child", metavar="FILE", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.child)

    scale = args.scale if args.scale is not None else (0.1 if args.quick else 1.0)
    names = [n for n in args.only.split(",") if n]
    unknown = set(names) - {c.name for c in CASES}
    if unknown:
        p.error(
            f"--only: unknown case(s) {', '.join(sorted(unknown))}; "
            f"choose from {', '.join(c.name for c in CASES)}"
        )
    cases = [c for c in CASES if not names or c.name in names]

    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(
        f"minutes scaling: python {platform.python_version()}, {os.cpu_count()} CPUs, load {load}; "
        f"sizes x{scale:g}\n",
        flush=True,
    )
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory(prefix="minutes-scaling-") as tmp:
        for case in cases:
            size = max(1, round(case.size * scale))
            paths = []
            for factor in (1, 2):
                path = Path(tmp) / f"{case.name}-{factor}x.txt"
                path.write_bytes(case.make(size * factor).encode("utf-8"))
                paths.append(path)
            started = time.perf_counter()
            one, two = (measure_library(path, args.timeout) for path in paths)
            rows.append(row(case.name, _size(size, case.unit), one, two))
            if args.cli:
                one, two = (measure_cli(args.minutes_cmd, path, args.timeout) for path in paths)
                rows.append(row("  (cli)", "", one, two))
            for path in paths:
                path.unlink()
            print(f"  [{case.name}] {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

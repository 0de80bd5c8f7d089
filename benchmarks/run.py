"""Measure ``minutes`` against baselines taken in the same run, and print one table.

Run it with the project's interpreter (standard library and the project only)::

    .venv/bin/python benchmarks/run.py            # every figure, median of 7
    .venv/bin/python benchmarks/run.py --quick    # smaller inputs, median of 3
    .venv/bin/python benchmarks/run.py --only a,b --reps 11

Figures (see benchmarks/README.md for the method):

a  cold start: ``minutes summarize SAMPLE --format json`` vs a do-nothing Typer app
   with the same arguments whose command only imports ``nltk.tokenize.punkt``
b  ``minutes --help`` and ``minutes --version`` vs that app's ``--help``
c  throughput: ``minutes.summarize`` per document on a 5 MB generated corpus vs
   ``list(PunktSentenceTokenizer().span_tokenize(doc))`` on the same documents
d  ``--jobs 2`` vs ``--jobs 1`` on 2,000 generated files (speedup)
e  peak RSS of ``minutes summarize DIR --format ndjson`` on 10,000 files vs 1,000
f  segmentation only: ``minutes.split_sentences`` per document on the corpus of (c) vs
   ``list(PunktSentenceTokenizer(params).span_tokenize(doc))`` with the project's own
   Punkt parameters (``segment.punkt_parameters()``)

A figure that cannot be measured (say the CLI has no ``--jobs`` yet) is reported as
"not measured: <reason>" and the others still run.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import corpus

SAMPLE = corpus.SAMPLES / "shanghai-industrial-parks.txt"

#: The floor app: the least a Typer CLI with our arguments can do, plus the import
#: of Punkt that any run of ``minutes summarize`` needs. Same Typer settings as
#: ``src/minutes/cli.py``, so that ``--help`` draws the same way.
FLOOR_APP = '''\
"""Floor app of benchmarks/run.py: parses the arguments of `minutes`, imports Punkt, exits."""
from typing import Annotated, List, Optional

import typer

app = typer.Typer(
    name="minutes",
    help="Outline narrative meeting minutes (benchmark floor app: does nothing).",
    rich_markup_mode=None,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


@app.callback()
def root(
    debug: Annotated[bool, typer.Option("--debug", help="On errors, show the traceback.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    pass


@app.command(help="Outline the minutes in PATH... (does nothing).")
def summarize(
    paths: Annotated[Optional[List[str]], typer.Argument(metavar="PATH...")] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="Output format.")] = "auto",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings.")] = False,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Output file.")] = None,
    encoding: Annotated[Optional[str], typer.Option("--encoding", "-e", help="Input encoding.")] = None,
    color: Annotated[str, typer.Option("--color", help="Colour: auto, always or never.")] = "auto",
) -> None:
    import nltk.tokenize.punkt  # noqa: F401


if __name__ == "__main__":
    app(prog_name="minutes")
'''



class NotMeasured(Exception):
    """The figure cannot be measured; the message says why."""


@dataclass
class Figure:
    """One row of the table."""

    key: str
    name: str
    unit: str  # "s" or "MiB"
    goal: str
    ours: float | None = None
    baseline: float | None = None
    ratio: float | None = None
    met: bool | None = None
    note: str = ""


@dataclass
class Settings:
    minutes: list[str]
    reps: int
    rss_reps: int
    seed: int
    corpus_bytes: int
    jobs_files: int
    rss_files: tuple[int, int]
    work: Path


# ---------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------


def run_timed(argv: Sequence[str]) -> float:
    """Wall time of one run of ``argv`` (stdout to /dev/null); NotMeasured if it fails."""
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise NotMeasured(f"`{' '.join(argv[-4:])}` exited with {done.returncode}: {_last_line(done.stderr)}")
    return elapsed


def timer(argv: Sequence[str]) -> Callable[[], float]:
    """A function that times one run of ``argv``."""
    return lambda: run_timed(argv)


def _last_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:160] if lines else "(no message)"


def paired_medians(ours: Callable[[], float], base: Callable[[], float], reps: int) -> tuple[float, float]:
    """Median of ``reps`` timings of each, after one warm-up of each.

    The two alternate (ours first on even repetitions, baseline first on odd), so a
    change of machine load during the run hits both alike.
    """
    ours()
    base()
    a: list[float] = []
    b: list[float] = []
    for k in range(reps):
        if k % 2 == 0:
            a.append(ours())
            b.append(base())
        else:
            b.append(base())
            a.append(ours())
    return statistics.median(a), statistics.median(b)


def peak_rss_mib(argv: Sequence[str]) -> float:
    """Peak RSS (MiB) of one run of ``argv`` in a fresh child."""
    done = subprocess.run([sys.executable, "-c", corpus.RSS_PROBE, *argv], capture_output=True, check=False)
    if done.returncode != 0:
        raise NotMeasured(f"`{' '.join(argv[-4:])}` exited with {done.returncode}: {_last_line(done.stderr)}")
    return int(done.stdout.decode().strip()) / 1024


def time_in_process(fn: Callable[[str], object], docs: Sequence[str]) -> float:
    start = time.perf_counter()
    for doc in docs:
        fn(doc)
    return time.perf_counter() - start


# ---------------------------------------------------------------------------
# The figures
# ---------------------------------------------------------------------------


def cli_help(s: Settings) -> str:
    """``minutes summarize --help``, to see which options the CLI has."""
    try:
        done = subprocess.run([*s.minutes, "summarize", "--help"], capture_output=True, check=False)
    except OSError as error:
        raise NotMeasured(f"cannot run {s.minutes[0]} ({error.strerror})") from None
    return done.stdout.decode("utf-8", "replace")


def floor(s: Settings) -> list[str]:
    path = s.work / "floor_app.py"
    if not path.exists():
        path.write_text(FLOOR_APP, "utf-8")
    return [sys.executable, str(path)]


def figure_a(s: Settings) -> list[Figure]:
    fig = Figure("a", "cold start: summarize SAMPLE --format json", "s", "<= 1.10x")
    args = ["summarize", str(SAMPLE), "--format", "json"]
    fig.ours, fig.baseline = paired_medians(timer([*s.minutes, *args]), timer([*floor(s), *args]), s.reps)
    fig.ratio = fig.ours / fig.baseline
    fig.met = fig.ratio <= 1.10
    return [fig]


def figure_b(s: Settings) -> list[Figure]:
    figs = []
    base = [*floor(s), "--help"]
    for option in ("--help", "--version"):
        fig = Figure("b", f"minutes {option} (floor: --help)", "s", "<= 1.10x")
        ours = [*s.minutes, option]
        try:
            fig.ours, fig.baseline = paired_medians(timer(ours), timer(base), s.reps)
        except NotMeasured as reason:
            fig.note = f"not measured: {reason}"
        else:
            fig.ratio = fig.ours / fig.baseline
            fig.met = fig.ratio <= 1.10
        figs.append(fig)
    return figs


def figure_c(s: Settings) -> list[Figure]:
    size = s.corpus_bytes
    fig = Figure("c", f"throughput: summarize vs Punkt, {size / 1e6:g} MB", "s", "<= 1.30x")
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        import minutes
    except ImportError as error:
        raise NotMeasured(f"cannot import {error.name} with {sys.executable}") from None
    docs = corpus.corpus(s.seed, size)
    tokenizer = PunktSentenceTokenizer()
    summarize = minutes.summarize

    def punkt(doc: str) -> object:
        return list(tokenizer.span_tokenize(doc))

    fig.ours, fig.baseline = paired_medians(
        lambda: time_in_process(summarize, docs), lambda: time_in_process(punkt, docs), s.reps
    )
    fig.ratio = fig.ours / fig.baseline
    fig.met = fig.ratio <= 1.30
    chars = sum(map(len, docs))
    fig.note = f"{len(docs)} documents, {chars / fig.ours / 1e6:.2f} MB/s"
    return [fig]


def figure_f(s: Settings) -> list[Figure]:
    size = s.corpus_bytes
    fig = Figure("f", f"segmentation: split_sentences vs Punkt, {size / 1e6:g} MB", "s", "<= 1.00x")
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        from minutes import split_sentences
        from minutes.segment import punkt_parameters
    except ImportError as error:
        raise NotMeasured(f"cannot import {error.name} with {sys.executable}") from None
    docs = corpus.corpus(s.seed, size)
    tokenizer = PunktSentenceTokenizer(punkt_parameters())

    def punkt(doc: str) -> object:
        return list(tokenizer.span_tokenize(doc))

    fig.ours, fig.baseline = paired_medians(
        lambda: time_in_process(split_sentences, docs), lambda: time_in_process(punkt, docs), s.reps
    )
    fig.ratio = fig.ours / fig.baseline
    fig.met = fig.ratio <= 1.00
    chars = sum(map(len, docs))
    fig.note = f"{len(docs)} documents, {chars / fig.ours / 1e6:.2f} MB/s"
    return [fig]


def _needs_new_cli(s: Settings, options: Sequence[str]) -> None:
    text = cli_help(s)
    missing = [o for o in options if o not in text]
    if missing:
        raise NotMeasured(f"`minutes summarize --help` lists no {', '.join(missing)} yet")


def figure_d(s: Settings) -> list[Figure]:
    n = s.jobs_files
    fig = Figure("d", f"--jobs 2 vs --jobs 1, {n:,} files (speedup)", "s", ">= 1.80x")
    _needs_new_cli(s, ["--jobs", "ndjson"])
    folder = corpus.write_files(s.work / f"files-{n}", n, s.seed)
    args = ["summarize", str(folder), "--format", "ndjson", "--jobs"]
    fig.ours, fig.baseline = paired_medians(
        timer([*s.minutes, *args, "2"]), timer([*s.minutes, *args, "1"]), s.reps
    )
    fig.ratio = fig.baseline / fig.ours
    fig.met = fig.ratio >= 1.80
    fig.note = f"{os.cpu_count()} CPUs"
    return [fig]


def figure_e(s: Settings) -> list[Figure]:
    small, big = s.rss_files
    fig = Figure("e", f"peak RSS, ndjson: {big:,} files vs {small:,}", "MiB", "<= 1.20x")
    _needs_new_cli(s, ["ndjson"])
    few = corpus.write_files(s.work / f"files-{small}", small, s.seed)
    many = corpus.write_files(s.work / f"files-{big}", big, s.seed)
    ours: list[float] = []
    base: list[float] = []
    for _ in range(s.rss_reps):
        base.append(peak_rss_mib([*s.minutes, "summarize", str(few), "--format", "ndjson"]))
        ours.append(peak_rss_mib([*s.minutes, "summarize", str(many), "--format", "ndjson"]))
    fig.ours, fig.baseline = statistics.median(ours), statistics.median(base)
    fig.ratio = fig.ours / fig.baseline
    fig.met = fig.ratio <= 1.20
    fig.note = f"median of {s.rss_reps}"
    return [fig]


FIGURES: dict[str, tuple[str, str, Callable[[Settings], list[Figure]]]] = {
    "a": ("cold start: summarize SAMPLE --format json", "<= 1.10x", figure_a),
    "b": ("minutes --help / --version (floor: --help)", "<= 1.10x", figure_b),
    "c": ("throughput: summarize vs Punkt", "<= 1.30x", figure_c),
    "d": ("--jobs 2 vs --jobs 1 (speedup)", ">= 1.80x", figure_d),
    "e": ("peak RSS, ndjson: many files vs few", "<= 1.20x", figure_e),
    "f": ("segmentation: split_sentences vs Punkt", "<= 1.00x", figure_f),
}


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def _value(x: float | None, unit: str) -> str:
    if x is None:
        return "-"
    if unit == "s":
        return f"{x * 1000:.0f} ms" if x < 10 else f"{x:.1f} s"
    return f"{x:.1f} {unit}"


def table(figures: Sequence[Figure]) -> str:
    header = ("", "figure", "ours", "baseline", "ratio", "goal", "result")
    rows = [header]
    for f in figures:
        if f.met is None:
            result = f.note or "not measured"
        else:
            result = ("met" if f.met else "NOT MET") + (f" ({f.note})" if f.note else "")
        ratio = "-" if f.ratio is None else f"{f.ratio:.2f}x"
        rows.append(
            (f.key, f.name, _value(f.ours, f.unit), _value(f.baseline, f.unit), ratio, f.goal, result)
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    lines = []
    for r in rows:
        cells = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=False))]
        lines.append("  ".join([*cells, r[-1]]).rstrip())
    lines.insert(1, "-" * (len(lines[0]) + 8))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def default_minutes() -> str:
    return str(Path(sys.executable).parent / ("minutes.exe" if os.name == "nt" else "minutes"))


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Benchmark minutes against same-run baselines (see benchmarks/README.md).",
    )
    p.add_argument("--quick", action="store_true", help="smaller inputs and 3 repetitions (a smoke run)")
    p.add_argument("--reps", type=int, default=None, help="repetitions per timing (default 7, --quick 3)")
    p.add_argument("--rss-reps", type=int, default=None, help="runs per peak-RSS figure (default 3)")
    p.add_argument("--seed", type=int, default=20240703, help="seed of the generated inputs")
    p.add_argument("--minutes-cmd", default=default_minutes(), help="the minutes console script to time")
    p.add_argument("--only", default="abcdef", help="figures to measure, e.g. 'a,b' (default: all)")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder of inputs")
    p.add_argument("--strict", action="store_true", help="exit 1 unless every figure is measured and met")
    args = p.parse_args(argv)
    if args.reps is None:
        args.reps = 3 if args.quick else 7
    if args.rss_reps is None:
        args.rss_reps = 1 if args.quick else 3
    if args.reps < 1 or args.rss_reps < 1:
        p.error("--reps and --rss-reps must be at least 1")
    unknown = set(args.only.replace(",", "")) - set(FIGURES)
    if unknown:
        p.error(f"--only: unknown figure(s) {', '.join(sorted(unknown))}; choose from {', '.join(FIGURES)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    work = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    s = Settings(
        minutes=[args.minutes_cmd],
        reps=args.reps,
        rss_reps=args.rss_reps,
        seed=args.seed,
        corpus_bytes=500_000 if args.quick else 5_000_000,
        jobs_files=200 if args.quick else 2_000,
        rss_files=(100, 1_000) if args.quick else (1_000, 10_000),
        work=work,
    )
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(
        f"minutes benchmarks: {args.minutes_cmd}\n"
        f"python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load {load}; seed {args.seed}; median of {args.reps}"
        f"{' (quick)' if args.quick else ''}\n",
        flush=True,
    )
    _compile_bytecode()
    figures: list[Figure] = []
    try:
        for key, (name, goal, measure) in FIGURES.items():
            if key not in args.only:
                continue
            started = time.perf_counter()
            try:
                figures.extend(measure(s))
            except NotMeasured as reason:
                figures.append(Figure(key, name, "s", goal, note=f"not measured: {reason}"))
            took = time.perf_counter() - started
            status = figures[-1].note if figures[-1].met is None else "done"
            print(f"  [{key}] {status} ({took:.0f} s)", file=sys.stderr, flush=True)
    finally:
        if args.keep:
            print(f"inputs kept in {work}", file=sys.stderr)
        else:
            _remove(work)
    print(table(figures))
    if args.strict and not all(f.met for f in figures):
        return 1
    return 0


def _compile_bytecode() -> None:
    """Write the project's .pyc files first, as an installed package has them: the floor
    app's dependencies (typer, nltk) come precompiled, and an editable install under
    PYTHONDONTWRITEBYTECODE=1 would otherwise recompile our modules on every start."""
    import compileall

    package = Path(__file__).resolve().parent.parent / "src" / "minutes"
    compileall.compile_dir(str(package), quiet=1)


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

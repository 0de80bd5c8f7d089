"""Fuzz ``minutes.summarize`` and ``minutes.read.decode`` with generated input.

Run it with the project's interpreter (hypothesis and jsonschema are dev dependencies)::

    .venv/bin/python fuzz/fuzz_summarize.py --count 100000 --jobs 2
    .venv/bin/python fuzz/fuzz_summarize.py --count 2000 --seed 7     # a short run

Inputs come from hypothesis strategies (no shrinking; every input is new):

* arbitrary Unicode text;
* text assembled from the pieces minutes are made of (markers, names, titles,
  speech verbs, punctuation, glued periods), mixed with random Unicode;
* a sample from ``samples/`` with pieces spliced in and stretches cut out;
* random bytes and text encoded in assorted codecs (with and without a byte-order
  mark), through ``minutes.read.decode``; what decodes is then summarised too.

Checks on every input:

* no exception (``decode`` may raise :class:`minutes.errors.MinutesError` only);
* ``Outline.to_dict()`` validates against ``outline.schema.json`` and is JSON;
* every point's ``text == input[start:end]``, points in document order per speaker;
* every sentence's ``text == input[start:end]``, in order, not overlapping;
* a second run gives the same outline (through ``minutes.outline.annotate`` when
  the library has it: it promises the outline of ``summarize``, and its highlights
  must lie inside the input);
* ``decode``: ``data.decode(doc.encoding) == doc.text``;
* one call taking longer than ``--limit`` seconds (default 2) counts as a hang.

Failing inputs are saved to ``--crash-dir`` (default ``fuzz/crashes/``), one per
kind of failure, shrunk to a small input that still fails the same way. The run
prints the count, crashes, hangs and the time taken, and exits 1 if it found any.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import Any, AnyStr

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

import minutes
from minutes.errors import MinutesError
from minutes.read import decode

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"

#: What minutes are made of: markers, names, titles, speech verbs, punctuation,
#: glued periods. A superset of PIECES in tests/test_properties.py.
PIECES: tuple[str, ...] = (
    *("First,", "Secondly,", "Third,", "Fourth,", "Finally,", "Last but not least,", "First of all,"),
    *("Firstly", "Lastly,", "Next,", "In addition,", "The first point is", "the second is to"),
    *("first", "second", "third", "1.", "2)", "(3)", "(a)", "ii)", "iv.", "36.", "1.)", "b."),
    *("Mr.", "Ms", "Mrs.", "Dr.", "Prof.", "Cllr", "Dato'", "Sheikh"),
    *("Vice Mayor", "Mayor", "Deputy Secretary-General of", "Chairman", "the Vice Mayor", "Governor"),
    *("Wu Qing", "Wu Jincheng", "Chen Mingbo,", "Mr. Wu", "Lu Ming", "HALVORSEN Ingrid", "J. R. Smith"),
    *("Municipal Government", "District Government", "the Commission", "Council", "Cabinet"),
    *("said", "stressed that", "pointed out that", "noted", "reported", "asked", "agreed"),
    *("presided over by", "chaired", "presided over the meeting", "took the chair", "attended"),
    *("was present", "were also present", "made a speech", "on behalf of", "The meeting", "The Board"),
    *("It was agreed that", "He", "she", "They", "the mayor", "the Chair", "the following:"),
    *("On behalf of the Office of X,", "Present:", "Chair:", "Apologies:", "In attendance:"),
    *("**Statement by Dr. A. B. Rao**", "## Finances", "- item", "\u2022 item", "it is important to"),
    *("we must", "it is necessary to", "it is advisable to", "there are three requirements:"),
    *("since 2018.Since", "stage.First", "speech.Ye", "2.) Adopt", "Inc. Profits", "p.m. The"),
    *("\n", "\n\n", "\r\n", "\r", "\t", ".", ",", ";", ":", "...", "\u2026", "!", "?", "(", ")"),
    *("\u2014", "\u2013", '"', "\u201c", "\u201d", "'", "\u2019", "-----", "***", "|", "[5]"),
    *("No.5", "3.5%", "U.S.", "e.g.", "i.e.", "July 3rd", "On the morning of July 3rd,"),
    *("\uff0c", "\u3002", "\uff1a", "\u7b2c\u4e00", "\u00a0", "\u200b", "\ufeff", "\x00", "\u0301"),
)

#: Codecs the encoded-text strategy uses, and some to pass as ``encoding=``.
CODECS: tuple[str, ...] = (
    *("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5"),
    *("cp1252", "latin-1", "shift_jis", "euc_kr", "koi8-r", "cp437"),
)

Case = tuple[str, Any]  # ("text", str) or ("bytes", (bytes, codec or None))


@cache
def sample_texts() -> tuple[str, ...]:
    return tuple(p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))) or ("",)


def _splice(base: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply (position, cut length, insert) edits to ``base``, positions modulo its length."""
    for pos, cut, insert in edits:
        k = pos % (len(base) + 1)
        base = base[:k] + insert + base[k + cut :]
    return base


def _join(parts: list[tuple[str, str]]) -> str:
    return "".join(piece + sep for piece, sep in parts)


@cache
def strategies() -> st.SearchStrategy[Case]:
    """Every kind of fuzz input, tagged ``("text", str)`` or ``("bytes", (data, codec))``."""
    piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=12))
    sep = st.sampled_from([" ", " ", " ", "", "\n", ". ", ", "])
    assembled = st.lists(st.tuples(piece, sep), max_size=80).map(_join)
    unicode = st.text(max_size=300)
    edits = st.lists(
        st.tuples(st.integers(0, 10**5), st.integers(0, 200), st.one_of(piece, assembled)), max_size=8
    )
    spliced = st.builds(_splice, st.sampled_from(sample_texts()), edits)
    text = st.one_of(unicode, assembled, assembled, spliced)
    encoded = st.builds(
        lambda t, codec: t.encode(codec, "replace"),
        st.one_of(assembled, spliced, unicode),
        st.sampled_from(CODECS),
    )
    data = st.tuples(st.one_of(st.binary(max_size=400), encoded), st.none() | st.sampled_from(CODECS))
    return st.one_of(text.map(lambda t: ("text", t)), data.map(lambda d: ("bytes", d)))


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


class Hang(BaseException):
    """A call ran past the time limit (a BaseException: ``except Exception`` cannot swallow it)."""


class Violation(AssertionError):
    """An output that breaks a property: ``rule`` names it, the message gives the details."""

    def __init__(self, rule: str, detail: str) -> None:
        super().__init__(f"{rule}: {detail}")
        self.rule = rule


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` in the block after ``seconds`` (main thread, POSIX); else no limit."""
    usable = hasattr(signal, "setitimer") and seconds > 0
    if usable:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


@cache
def validator() -> Callable[[Any], None] | None:
    """The schema's ``validate``, or None without jsonschema (structural checks only)."""
    try:
        from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return None
    schema = json.loads((resources.files("minutes") / "schema" / "outline.schema.json").read_text("utf-8"))
    check: Callable[[Any], None] = Draft202012Validator(schema).validate
    return check


@cache
def _annotate() -> Callable[[str], tuple[Any, list[Any]]] | None:
    from minutes import outline

    fn: Callable[[str], tuple[Any, list[Any]]] | None = getattr(outline, "annotate", None)
    return fn


@cache
def _takes_encoding() -> bool:
    return "encoding" in inspect.signature(decode).parameters


def expect(ok: bool, rule: str, detail: str = "") -> None:
    if not ok:
        raise Violation(rule, detail)


def check_outline(text: str, data: dict[str, Any]) -> None:
    """The properties every outline of ``text`` has."""
    check = validator()
    if check is not None:
        check(data)
    json.dumps(data, ensure_ascii=False)
    for speaker in data["speakers"]:
        last = -1
        for p in speaker["points"]:
            start, end = p["start"], p["end"]
            expect(0 <= start <= end <= len(text), "point span outside the input", f"{start}:{end}")
            expect(text[start:end] == p["text"], "point text != input[start:end]", f"{start}:{end}")
            expect(start >= last, "points out of document order", repr(speaker["name"]))
            last = start


def check_sentences(text: str) -> None:
    from minutes.segment import segment

    last = 0
    for s in segment(text):
        expect(text[s.start : s.end] == s.text, "sentence text != input[start:end]", f"{s.start}:{s.end}")
        expect(last <= s.start <= s.end, "sentences overlap or out of order", f"{s.start}:{s.end}")
        last = s.end


def check_text(text: str, limit: float) -> None:
    """Summarise ``text`` twice and check the outline; each call within ``limit`` seconds."""
    with time_limit(limit):
        first = minutes.summarize(text).to_dict()
    check_outline(text, first)
    annotate = _annotate()
    with time_limit(limit):
        if annotate is None:
            second = minutes.summarize(text).to_dict()
        else:
            outline, highlights = annotate(text)
            second = outline.to_dict()
            for h in highlights:
                expect(
                    0 <= h.start <= h.end <= len(text), "highlight outside the input", f"{h.start}:{h.end}"
                )
    expect(second == first, "a second run gave a different outline")
    with time_limit(limit):
        check_sentences(text)


def check_bytes(data: bytes, codec: str | None, limit: float) -> None:
    """Decode ``data`` (optionally as ``codec``); what decodes is summarised too."""
    try:
        with time_limit(limit):
            given_codec = codec is not None and _takes_encoding()
            doc = decode(data, "-", codec) if given_codec else decode(data)  # type: ignore[call-arg,unused-ignore]
    except MinutesError:
        return
    expect(data.decode(doc.encoding) == doc.text, "data.decode(doc.encoding) != doc.text", doc.encoding)
    check_text(doc.text, limit)


def check_case(case: Case, limit: float) -> None:
    kind, value = case
    if kind == "text":
        check_text(value, limit)
    else:
        check_bytes(value[0], value[1], limit)


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------


@dataclass
class Failure:
    """One kind of failure: where it happened, how often, and a (shrunk) input."""

    kind: str  # "crash" or "hang"
    signature: str
    message: str
    count: int
    case: Case
    seconds: float = 0.0
    saved: str = ""


@dataclass
class Report:
    count: int = 0
    elapsed: float = 0.0
    slowest: float = 0.0
    failures: dict[str, Failure] = field(default_factory=dict)

    def merge(self, other: Report) -> None:
        self.count += other.count
        self.slowest = max(self.slowest, other.slowest)
        for sig, f in other.failures.items():
            if sig in self.failures:
                self.failures[sig].count += f.count
            else:
                self.failures[sig] = f

    def of_kind(self, kind: str) -> list[Failure]:
        return [f for f in self.failures.values() if f.kind == kind]

    @property
    def crashes(self) -> int:
        return sum(f.count for f in self.of_kind("crash"))

    @property
    def hangs(self) -> int:
        return sum(f.count for f in self.of_kind("hang"))


def signature(error: BaseException) -> str:
    """Where ``error`` came from: its type and the innermost frame in the library (or here)."""
    frames = traceback.extract_tb(error.__traceback__)
    inside = [f for f in frames if "/minutes/" in f.filename.replace("\\", "/")] or frames
    where = f"{Path(inside[-1].filename).name}:{inside[-1].lineno}" if inside else "?"
    if isinstance(error, Violation):
        return f"Violation: {error.rule}"
    return f"{type(error).__name__} at {where}"


def run_one(case: Case, limit: float) -> tuple[Failure | None, float]:
    """Check one case; the failure it shows (if any) and how long it took."""
    start = time.perf_counter()
    try:
        check_case(case, limit)
    except Hang:
        elapsed = time.perf_counter() - start
        return Failure("hang", "hang", f"took over {limit:g} s", 1, case, elapsed), elapsed
    except Exception as error:
        elapsed = time.perf_counter() - start
        message = f"{type(error).__name__}: {error}"[:300]
        return Failure("crash", signature(error), message, 1, case, elapsed), elapsed
    return None, time.perf_counter() - start


def run_batch(count: int, seed: int, limit: float) -> Report:
    """``count`` hypothesis-generated inputs from ``seed``, each checked; no shrinking."""
    report = Report()

    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @hypothesis_seed(seed)
    @given(strategies())
    def body(case: Case) -> None:
        failure, elapsed = run_one(case, limit)
        report.count += 1
        report.slowest = max(report.slowest, elapsed)
        if failure is not None:
            if failure.signature in report.failures:
                report.failures[failure.signature].count += 1
            else:
                report.failures[failure.signature] = failure

    body()
    return report


def _batch_task(args: tuple[int, int, float]) -> Report:
    return run_batch(*args)


BATCH = 2000


def batches(count: int, seed: int) -> list[tuple[int, int]]:
    """(size, seed) of each batch; the seeds depend only on ``seed`` and the batch number."""
    out = []
    for k in range(0, count, BATCH):
        digest = hashlib.sha256(f"{seed}:{k // BATCH}".encode()).digest()
        out.append((min(BATCH, count - k), int.from_bytes(digest[:8], "big")))
    return out


def _remove_chunks(data: AnyStr, fails: Callable[[AnyStr], bool], deadline: float) -> AnyStr:
    """Greedily drop halves, quarters, ... of ``data`` while ``fails`` stays true."""
    chunk = max(1, len(data) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        k = 0
        while k < len(data) and time.monotonic() < deadline:
            candidate = data[:k] + data[k + chunk :]
            if fails(candidate):
                data = candidate
            else:
                k += chunk
        chunk //= 2
    return data


def shrink(case: Case, failure: Failure, limit: float, budget: float = 30.0) -> Case:
    """A smaller case failing with the same signature (at most ``budget`` seconds); hangs stay as found."""
    if failure.kind != "crash":
        return case
    deadline = time.monotonic() + budget
    kind, value = case

    def fails(c: Case) -> bool:
        got, _ = run_one(c, limit)
        return got is not None and got.signature == failure.signature

    if kind == "text":
        return ("text", _remove_chunks(value, lambda t: fails(("text", t)), deadline))
    data, codec = value
    return ("bytes", (_remove_chunks(data, lambda b: fails(("bytes", (b, codec))), deadline), codec))


def save(failure: Failure, folder: Path) -> str:
    """Write the failing input (``.txt`` for text, ``.bin`` for bytes) and a ``.log``; the path."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{failure.kind}-{hashlib.sha1(failure.signature.encode()).hexdigest()[:10]}"
    kind, value = failure.case
    if kind == "text":
        path = folder / f"{name}.txt"
        path.write_bytes(value.encode("utf-8", "surrogatepass"))
    else:
        path = folder / f"{name}.bin"
        path.write_bytes(value[0])
    extra = f"decode encoding: {value[1]}\n" if kind == "bytes" else ""
    (folder / f"{name}.log").write_text(
        f"{failure.signature}\n{failure.message}\ncount: {failure.count}\n{extra}input: {failure.case!r}\n",
        "utf-8",
    )
    return str(path)


def run(
    count: int,
    seed: int = 0,
    jobs: int = 1,
    limit: float = 2.0,
    crash_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    shrink_budget: float = 30.0,
) -> Report:
    """The fuzz run: ``count`` inputs from ``seed`` on ``jobs`` processes."""
    started = time.perf_counter()
    # Load the whole pipeline now, before any worker is forked: every process then
    # fuzzes the same code even if the source tree changes during the run.
    strategies(), validator(), _annotate(), _takes_encoding()
    from minutes.segment import segment

    segment("Load Punkt. Now.")
    tasks = [(size, s, limit) for size, s in batches(count, seed)]
    report = Report()
    if jobs <= 1 or len(tasks) == 1:
        for task in tasks:
            report.merge(_batch_task(task))
            if progress:
                progress(_status(report, started))
    else:
        with multiprocessing.get_context().Pool(jobs) as pool:
            for part in pool.imap_unordered(_batch_task, tasks):
                report.merge(part)
                if progress:
                    progress(_status(report, started))
    for failure in report.failures.values():
        failure.case = shrink(failure.case, failure, limit, shrink_budget)
        if crash_dir is not None:
            failure.saved = save(failure, crash_dir)
    report.elapsed = time.perf_counter() - started
    return report


def _status(report: Report, started: float) -> str:
    took = time.perf_counter() - started
    return (
        f"{report.count:,} inputs, {report.crashes} crashes, {report.hangs} hangs, "
        f"{took:.0f} s ({report.count / max(took, 1e-9):.0f}/s)"
    )


def summary(report: Report) -> str:
    lines = [
        f"count:   {report.count:,}",
        f"crashes: {report.crashes}  ({len(report.of_kind('crash'))} distinct)",
        f"hangs:   {report.hangs}",
        f"elapsed: {report.elapsed:.1f} s  ({report.count / max(report.elapsed, 1e-9):.0f} inputs/s; "
        f"slowest input {report.slowest:.3f} s)",
    ]
    for f in report.failures.values():
        lines.append(f"\n{f.kind}: {f.signature} (x{f.count})\n  {f.message}\n  input: {f.case!r:.400}")
        if f.saved:
            lines.append(f"  saved: {f.saved}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="Fuzz minutes.summarize and minutes.read.decode (see fuzz/README.md)."
    )
    p.add_argument("--count", type=int, default=100_000, help="how many inputs (default 100000)")
    p.add_argument("--seed", type=int, default=0, help="seed of the run (default 0)")
    p.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="processes (default 2)")
    p.add_argument("--limit", type=float, default=2.0, help="seconds one call may take before it is a hang")
    p.add_argument("--crash-dir", type=Path, default=HERE / "crashes", help="where failing inputs go")
    p.add_argument("--shrink-seconds", type=float, default=30.0, help="time to shrink each failure")
    p.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = p.parse_args(argv)

    def progress(line: str) -> None:
        print(f"  {line}", file=sys.stderr, flush=True)

    print(f"fuzzing minutes {minutes.__version__}: {args.count:,} inputs, seed {args.seed}, {args.jobs} jobs")
    if validator() is None:
        print("(jsonschema is not installed: structural checks only)")
    report = run(
        args.count,
        args.seed,
        args.jobs,
        args.limit,
        args.crash_dir,
        None if args.quiet else progress,
        args.shrink_seconds,
    )
    print(summary(report))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())

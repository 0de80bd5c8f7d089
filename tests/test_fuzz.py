"""A short run of the fuzzer (fuzz/fuzz_summarize.py), so the suite exercises it.

The long run (100,000 inputs and more) is ``python fuzz/fuzz_summarize.py``; see
fuzz/README.md. Here: 300 inputs from a fixed seed, in this process.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_summarize.py"


@pytest.fixture(scope="module")
def fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_summarize", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_short_fuzz_run_finds_nothing(fuzz: ModuleType, tmp_path: Path) -> None:
    # A generous limit: only a real hang, not a busy machine, should fail this.
    report = fuzz.run(300, seed=20240703, jobs=1, limit=10.0, crash_dir=tmp_path, shrink_budget=5.0)
    assert report.count == 300
    assert fuzz.summary(report).startswith("count:   300\ncrashes: 0")
    assert not report.failures, fuzz.summary(report)
    assert not list(tmp_path.iterdir())


def test_fuzzer_reports_and_shrinks_a_crash(
    fuzz: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The machinery itself: a planted failure is counted, shrunk and saved."""

    def planted(text: str, limit: float) -> None:
        if "Wu" in text:
            raise ZeroDivisionError("planted")

    monkeypatch.setattr(fuzz, "check_text", planted)
    case = ("text", "The meeting was presided over by Wu Qing, Vice Mayor.")
    failure, _ = fuzz.run_one(case, 1.0)
    assert failure is not None and failure.kind == "crash"
    assert failure.signature.startswith("ZeroDivisionError at ")
    assert fuzz.shrink(case, failure, 1.0) == ("text", "Wu")
    failure.case = ("text", "Wu")
    saved = Path(fuzz.save(failure, tmp_path))
    assert saved.read_text("utf-8") == "Wu"
    assert "planted" in saved.with_suffix(".log").read_text("utf-8")


def test_fuzzer_reports_a_hang(fuzz: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    def endless(text: str, limit: float) -> None:
        with fuzz.time_limit(limit):
            while True:
                pass

    monkeypatch.setattr(fuzz, "check_text", endless)
    failure, elapsed = fuzz.run_one(("text", "x"), 0.2)
    assert failure is not None and failure.kind == "hang"
    assert 0.2 <= elapsed < 5

"""`minutes explain` and the decision trail: golden output for the seed, and the trail's
promises (every speaker, attendee and presider of the outline has a decision; every
point is covered by the decision that gave its speaker the floor)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes.cli import app
from minutes.explain import describe, explain

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").glob("*.txt") if not p.name.startswith("zh-"))  # English
SEED = ROOT / "samples" / "shanghai-industrial-parks.txt"


def test_seed_golden() -> None:
    result = CliRunner().invoke(app, ["explain", str(SEED)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (ROOT / "tests" / "golden" / "shanghai-industrial-parks.explain.txt").read_text()


def test_seed_names_the_sieves() -> None:
    text = SEED.read_text()
    lines = [describe(s, text) for s in explain(text)[1]]
    assert 'Chen Mingbo -> presider: sieve presided-by, "presided over by Chen Mingbo"' in lines
    assert '"Mr. Wu" -> Wu Qing: name sieve parts' in lines
    assert 'Wu Qing -> points 1-3: sieve speech-verb (subject: named-mention), "Mr. Wu stressed"' in lines


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_outline_decision_is_explained(path: Path) -> None:
    text = path.read_text()
    outline, steps = explain(text)
    for s in steps:
        assert 0 <= s.start <= s.end <= len(text)
    said = {(s.who, s.what) for s in steps}
    for sp in outline.speakers:
        assert (sp.name, "speaker") in said or (sp.name, "points") in said, sp.name
    if outline.presider is not None:
        assert (outline.presider.name, "presider") in said
    explained = {(s.who, n) for s in steps if s.what == "points" for n in s.points}
    for sp in outline.speakers:
        for n in range(1, len(sp.points) + 1):
            assert (sp.name, n) in explained, (sp.name, n)


def test_json_format() -> None:
    result = CliRunner().invoke(app, ["explain", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    steps = json.loads(result.stdout)
    assert {"who", "what", "sieve", "via", "points", "start", "end"} == set(steps[0])
    assert any(s["what"] == "presider" and s["who"] == "Chen Mingbo" for s in steps)


def test_missing_file_is_one_line_error() -> None:
    result = CliRunner().invoke(app, ["explain", "no-such-file.txt"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_chinese_trail_names_the_chinese_sieves() -> None:
    text = (ROOT / "samples" / "zh-forum-two-speakers-ta.txt").read_text(encoding="utf-8")
    outline, steps = explain(text)
    assert outline.language == "zh"
    said = {(s.who, s.what, s.sieve) for s in steps}
    for sp in outline.speakers:
        assert any(who == sp.name and what == "speaker" for who, what, _ in said), sp.name
    assert {sieve for _, _, sieve in said} >= {"named-speech", "pronoun"}

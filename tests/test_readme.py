"""The README shows real output: its example must match what the tool prints today."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes.cli import app

ROOT = Path(__file__).resolve().parent.parent


def test_readme_example_is_the_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"```console\n\$ minutes (summarize \S+ --format text)\n(.*?)\n```", readme, re.DOTALL)
    assert m, "README lost its example block"
    args = m.group(1).split()
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.rstrip("\n") == m.group(2)

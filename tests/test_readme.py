"""The README shows real output: its example must match what the tool prints today."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes.cli import app
from support import path_with_minutes

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


def _recipes() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- recipes:[^\n]*-->\n```sh\n(.*?)```", readme, re.DOTALL)
    assert m, "README lost its pipeline recipes"
    return [line for line in m.group(1).splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("recipe", _recipes())
def test_readme_recipes_work_as_written(recipe: str, tmp_path: Path) -> None:
    """Each recipe runs in bash, in a folder holding the samples, with `minutes` on the PATH."""
    if "jq " in recipe and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    env = {**os.environ, "PATH": path_with_minutes(tmp_path)}
    env.pop("MINUTES_DEBUG", None)
    done = subprocess.run(
        ["bash", "-c", recipe], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    written = re.search(r"(?:-o |> )(\S+)$", recipe)
    if written:
        assert (tmp_path / written.group(1)).stat().st_size > 0
    else:
        assert done.stdout.strip()


def test_readme_svg_shows_the_current_tree() -> None:
    """docs/summarize-tree.svg (made by scripts/readme-svg) shows what the tree prints today."""
    import minutes
    from minutes.render.tree import export_svg

    sample = ROOT / "samples" / "shanghai-industrial-parks.txt"
    outline = minutes.summarize(sample.read_text(encoding="utf-8"))
    committed = (ROOT / "docs" / "summarize-tree.svg").read_text(encoding="utf-8")

    def texts(svg: str) -> list[str]:
        return re.findall(r">([^<>]+)</text>", svg)

    fresh = export_svg(outline, width=100)
    assert texts(committed)[1:] == texts(fresh)[1:], "rerun scripts/readme-svg"  # [0]: the title
    assert "Chen&#160;Mingbo" in committed


def _section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(rf"^## {title}\n(.*?)(?=^## )", readme, re.DOTALL | re.MULTILINE)
    assert m, f"README lost its {title} section"
    return m.group(1)


def test_readme_usage_documents_the_json_shape_and_output_files() -> None:
    usage = " ".join(_section("Usage").split())
    assert "**one FILE argument** (or standard input alone) gives **one JSON object**" in usage
    assert "**a folder, several PATHs, or `-` among several** give **an array**" in usage
    assert (
        "Anything that is not a regular file (a device such as `/dev/null`, a FIFO, `/dev/stdout`)" in usage
    )
    assert "is written through, never replaced" in usage
    assert "A symlink is followed: the file it points to is replaced the same way" in usage


def test_readme_exit_codes_table_lists_every_status() -> None:
    from minutes.errors import ExitStatus

    rows = re.findall(r"^\| +(\d+) \| `(\w+)` \|", _section("Exit codes"), re.MULTILINE)
    assert [(int(code), name) for code, name in rows] == [(s.value, s.name) for s in ExitStatus]


def test_readme_says_how_to_put_minutes_on_path() -> None:
    start = _section("Quick start")
    assert "source .venv/bin/activate" in start and "pipx install ." in start


def _help_examples() -> list[str]:
    from typer.main import get_command

    from minutes.cli import app

    runner = CliRunner(env={"COLUMNS": "100"})
    examples = []
    for command in ["", *sorted(get_command(app).commands)]:  # type: ignore[attr-defined]
        shown = runner.invoke(app, [command, "--help"] if command else ["--help"]).stdout
        block = shown.split("Examples:\n", 1)[1].split("\n\n", 1)[0]
        examples += [line.strip() for line in block.splitlines() if line.strip()]
    return sorted(set(examples))


@pytest.mark.parametrize("example", _help_examples())
def test_help_examples_run_as_written(example: str, tmp_path: Path) -> None:
    """Each --help example runs in bash, in a folder with minutes.txt, archive/ and *.txt."""
    if "pdftotext" in example or ("jq " in example and shutil.which("jq") is None):
        pytest.skip("needs pdftotext or jq")
    sample = (ROOT / "samples" / "shanghai-industrial-parks.txt").read_bytes()
    (tmp_path / "minutes.txt").write_bytes(sample)
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "a.txt").write_bytes(sample)
    env = {**os.environ, "PATH": path_with_minutes(tmp_path), "PAGER": "cat"}
    env.pop("MINUTES_DEBUG", None)
    script = example.replace("| less -R", "| cat")  # no pager in a test
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""

"""Consistent commands: the same flags on every command, --debug anywhere, -V, sentences in
every row format, --color always in a pipe, notices for what a folder skipped and for
reading a terminal, progress without rich until a bar shows."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner, Result

import minutes
from minutes.cli import _SHARED, app
from minutes.errors import ExitStatus
from support import MINUTES

MINUTES_EXE = [sys.executable, "-m", "minutes"]
BATCH = ["summarize", "points", "speakers", "sentences"]


@pytest.fixture
def run() -> Callable[..., Result]:
    runner = CliRunner(env={"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "MINUTES_DEBUG": None})

    def invoke(*args: str, input: str | bytes | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("m.txt").write_text(MINUTES, encoding="utf-8")
    return tmp_path


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("MINUTES_DEBUG", "NO_COLOR", "FORCE_COLOR")}


def _options(command: str) -> set[str]:
    group = get_command(app)
    cmd = group.commands[command]  # type: ignore[attr-defined]
    return {name for param in cmd.params for name in param.opts}


# -- the same flags everywhere -------------------------------------------------------------------


@pytest.mark.parametrize("command", BATCH)
def test_batch_commands_share_one_set_of_options(command: str) -> None:
    names = _options(command)
    assert {
        "--jobs",
        "-j",
        "--output",
        "-o",
        "--encoding",
        "-e",
        "--color",
        "--quiet",
        "-q",
        "--debug",
        "--lang",
    } <= names
    assert {"--format", "-f"} <= names
    assert {n for n, _, _ in _SHARED} == {
        "paths",
        "jobs",
        "output",
        "encoding",
        "color",
        "quiet",
        "debug",
        "lang",
        "scheduler",
    }


def test_show_takes_output_color_quiet_and_debug() -> None:
    assert {"--output", "-o", "--color", "--quiet", "--debug", "--encoding"} <= _options("show")


@pytest.mark.parametrize("command", [*BATCH, "show"])
def test_debug_after_the_command(run: Callable[..., Result], folder: Path, command: str) -> None:
    result = run(command, "m.txt", "--debug")
    assert (result.exit_code, result.stderr) == (0, "")


def test_short_version_flag(run: Callable[..., Result]) -> None:
    assert run("-V").stdout == f"minutes {minutes.__version__}\n"


# -- sentences: -j, -f, --color ------------------------------------------------------------------


def test_sentences_formats(run: Callable[..., Result], folder: Path) -> None:
    Path("n.txt").write_text("The Council met. It rained.\n", encoding="utf-8")
    tsv = run("sentences", "m.txt", "n.txt", "-f", "tsv", "-j", "2").stdout.splitlines()
    assert tsv[0] == "source\tstart\tend\ttext"
    assert tsv[-2:] == ["n.txt\t0\t16\tThe Council met.", "n.txt\t17\t27\tIt rained."]
    records = [json.loads(line) for line in run("sentences", "n.txt", "-f", "ndjson").stdout.splitlines()]
    assert records == [
        {"source": "n.txt", "start": 0, "end": 16, "text": "The Council met."},
        {"source": "n.txt", "start": 17, "end": 27, "text": "It rained."},
    ]
    assert json.loads(run("sentences", "n.txt", "-f", "json").stdout) == records
    assert (
        run("sentences", "n.txt", "-f", "text", "--color", "never").stdout == "The Council met.\nIt rained.\n"
    )


def test_sentences_in_colour(run: Callable[..., Result], folder: Path) -> None:
    Path("n.txt").write_text("The Council met.\n", encoding="utf-8")
    out = run("sentences", "m.txt", "n.txt", "--spans", "--color", "always").stdout
    assert "\x1b[35mn.txt\x1b[0m\t\x1b[2m0\t16\x1b[0m\tThe Council met.\n" in out


# -- --color always keeps the terminal's view in a pipe ------------------------------------------


def test_color_always_keeps_the_coloured_tree_in_a_pipe(run: Callable[..., Result], folder: Path) -> None:
    tree = run("summarize", "m.txt", "--color", "always").stdout
    assert "\x1b[" in tree
    assert "└── Speakers (1)" in re.sub(r"\x1b\[[0-9;]*m", "", tree)
    table = run("points", "m.txt", "--color", "always").stdout
    assert "┃" in table and "\x1b[" in table
    assert run("summarize", "m.txt").stdout.startswith("Meeting: ")  # piped, no --color: text


# -- notices -------------------------------------------------------------------------------------


def test_folder_notices_what_it_skipped(run: Callable[..., Result], folder: Path) -> None:
    Path("archive/sub").mkdir(parents=True)
    Path("archive/a.txt").write_text(MINUTES, encoding="utf-8")
    Path("archive/b.pdf").write_bytes(b"%PDF-1.7\n")
    Path("archive/sub/c.docx").write_bytes(b"PK\x03\x04")
    os.symlink(str(folder / "elsewhere"), "archive/linked")
    Path("elsewhere").mkdir()
    result = run("summarize", "archive", "-f", "ndjson")
    assert result.exit_code == 0
    assert result.stderr == (
        "minutes: notice: archive: skipped 2 files not *.txt or *.md (1 .docx, 1 .pdf) and "
        "1 symlinked folder (not followed; give it as a PATH)\n"
    )
    assert run("summarize", "archive", "-f", "ndjson", "-q").stderr == ""


def test_a_folder_of_pdfs_says_so(run: Callable[..., Result], folder: Path) -> None:
    Path("pdfs").mkdir()
    for name in ("a.pdf", "b.pdf"):
        Path("pdfs", name).write_bytes(b"%PDF-1.7\n")
    result = run("summarize", "pdfs")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == (
        "minutes: error: pdfs: folder has no *.txt or *.md files, only 2 .pdf files; "
        "convert the PDFs to text first, e.g. pdftotext FILE.pdf FILE.txt\n"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a pseudo-terminal")
def test_reading_standard_input_on_a_terminal_says_so(folder: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*MINUTES_EXE, "summarize", "-", "-f", "json"],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    os.close(follower)
    assert process.stderr is not None
    first = process.stderr.readline()  # said before it waits
    assert first == b"minutes: notice: reading standard input (type or paste the text, then Ctrl-D to end)\n"
    os.write(leader, b"The Council met.\n\x04")
    out, _ = process.communicate(timeout=120)
    os.close(leader)
    assert process.returncode == 0
    assert json.loads(out)["source"] == "-"


# -- progress ------------------------------------------------------------------------------------


def test_rich_is_not_imported_without_a_progress_bar(folder: Path) -> None:
    code = (
        "import sys\nfrom minutes.cli import main\n"
        "sys.argv = ['minutes', 'summarize', 'm.txt', '-f', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('rich' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=120
    )
    assert done.stderr == "False\n"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a pseudo-terminal")
def test_one_large_file_is_not_silent(folder: Path) -> None:
    """A file of 1 MB or more shows its size and the time spent on it, on a terminal."""
    import pty

    Path("big.txt").write_text(MINUTES * (1_000_000 // len(MINUTES) + 1), encoding="utf-8")
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*MINUTES_EXE, "summarize", "big.txt", "-f", "ndjson"],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=_env(),
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert process.wait(timeout=120) == 0
    assert b"outlining" in seen and b"big.txt" in seen and b"1.0 MB" in seen


def test_markdown_of_several_inputs_names_each_source(run: Callable[..., Result], folder: Path) -> None:
    Path("n.txt").write_text(MINUTES, encoding="utf-8")
    several = run("summarize", "m.txt", "n.txt", "-f", "markdown").stdout
    assert [line for line in several.splitlines() if line.startswith("- **Source:**")] == [
        "- **Source:** m.txt",
        "- **Source:** n.txt",
    ]
    assert "Source" not in run("summarize", "m.txt", "-f", "markdown").stdout

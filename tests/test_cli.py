"""The command line: help, version, formats, errors and exit codes, pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.main import get_command
from typer.testing import CliRunner, Result

import minutes
from minutes.cli import app
from minutes.errors import ExitStatus
from minutes.model import Meeting, Outline, Participant, Point, Speaker

MINUTES = """\
The first plenary meeting of the Leading Group was held on July 3rd. It was presided over by \
Chen Mingbo, Deputy Secretary-General of the Municipal Government.

Vice Mayor Wu Qing attended the meeting and made a speech. She pointed out that, first, it is \
necessary to take the parks as the main position. Second, we must strengthen the efficient use \
of resources.
"""

SCHEMA = json.loads((resources.files("minutes") / "schema" / "outline.schema.json").read_text("utf-8"))
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.fixture
def run() -> Callable[..., Result]:
    runner = CliRunner(env={"COLUMNS": "80", "NO_COLOR": "1", "MINUTES_DEBUG": None})

    def invoke(*args: str, input: str | bytes | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def fake_summarize(monkeypatch: pytest.MonkeyPatch) -> Callable[[Outline], list[dict[str, Any]]]:
    """Replace the pipeline by one that returns a given outline; returns the calls it got."""

    def install(outline: Outline) -> list[dict[str, Any]]:
        calls: list[dict[str, Any]] = []

        def summarize(text: str, *, source: str = "-", encoding: str = "utf-8") -> Outline:
            calls.append({"text": text, "source": source, "encoding": encoding})
            outline.source, outline.encoding = source, encoding
            return outline

        monkeypatch.setattr(minutes, "summarize", summarize, raising=False)
        return calls

    return install


MARKUP = Outline(
    meeting=Meeting("[bold]x[/bold]"),
    presider=Participant("[red]Chen[/red]"),
    speakers=[Speaker("Wu", None, "person", points=[Point(1, "First", "[i]act[/i]", "[i]act[/i]", 0, 1)])],
)


# -- help and version --------------------------------------------------------------------------------


def test_commands_exist() -> None:
    assert COMMANDS == ["sentences", "summarize"]


@pytest.mark.parametrize("args", [[], *([c] for c in COMMANDS)], ids=["minutes", *COMMANDS])
def test_every_help_has_an_example(run: Callable[..., Result], args: list[str]) -> None:
    result = run(*args, "--help")
    assert result.exit_code == 0
    assert "  Examples:\n    minutes " in result.stdout
    assert f"minutes {args[0] if args else 'summarize'} minutes.txt" in result.stdout


def test_version(run: Callable[..., Result]) -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"minutes {minutes.__version__}\n")


def test_help_and_version_do_not_load_the_pipeline() -> None:
    code = (
        "import sys\n"
        "from minutes.cli import main\n"
        "for args in (['--help'], ['--version'], ['summarize', '--help']):\n"
        "    sys.argv = ['minutes', *args]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = ['nltk', 'rich.tree', 'charset_normalizer', 'minutes.outline', 'minutes.segment']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines()[-1] == "[]", done.stderr


# -- formats ------------------------------------------------------------------------------------------


def test_summarize_json_follows_the_schema(run: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(MINUTES, encoding="utf-8")
    result = run("summarize", "--format", "json", str(path))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    Draft202012Validator(SCHEMA).validate(data)
    assert (data["source"], data["encoding"]) == (str(path), "utf-8")


def test_summarize_defaults_to_text_when_not_a_terminal(
    run: Callable[..., Result], fake_summarize: Callable[[Outline], list[dict[str, Any]]]
) -> None:
    calls = fake_summarize(Outline(meeting=Meeting("Council")))
    result = run("summarize", input=b"\xef\xbb\xbfThe Council met.\r\n")
    assert result.exit_code == 0
    assert result.stdout.startswith("Meeting: Council\nPresided by: (not found)\n")
    assert calls == [{"text": "The Council met.\r\n", "source": "-", "encoding": "utf-8-sig"}]


def test_markup_prints_literally(
    run: Callable[..., Result], fake_summarize: Callable[[Outline], list[dict[str, Any]]]
) -> None:
    fake_summarize(MARKUP)
    for output_format in ("text", "tree"):
        result = run("summarize", "-f", output_format, "-", input="[bold]x[/bold]")
        assert result.exit_code == 0
        assert "Meeting: [bold]x[/bold]" in result.stdout
        assert "Presided by: [red]Chen[/red]" in result.stdout
        assert "1. [First] [i]act[/i]" in result.stdout


def test_sentences_one_per_line(run: Callable[..., Result]) -> None:
    result = run("sentences", input="It rained  since 2018.Since then,\tit snowed.")
    assert (result.exit_code, result.stdout) == (0, "It rained since 2018.\nSince then, it snowed.\n")


# -- errors and exit codes ---------------------------------------------------------------------------


def test_missing_file(run: Callable[..., Result], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("summarize", str(missing))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stdout == ""
    assert result.stderr == (
        f"minutes: error: {missing}: no such file; check the path (or give - to read standard input)\n"
    )


def test_pdf(run: Callable[..., Result]) -> None:
    result = run("sentences", "-", input=b"%PDF-1.7\n")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == (
        "minutes: error: standard input: looks like a PDF: convert it to text first, "
        "e.g. pdftotext FILE.pdf FILE.txt\n"
    )


def test_bad_format_is_a_usage_error(run: Callable[..., Result]) -> None:
    result = run("summarize", "--format", "yaml", "-")
    assert result.exit_code == ExitStatus.USAGE
    assert "tree" in result.stderr and "json" in result.stderr


def test_internal_error_is_one_line_unless_debug(
    run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, **_: str) -> Outline:
        raise ValueError("bad span")

    monkeypatch.setattr(minutes, "summarize", broken, raising=False)
    result = run("summarize", "-", input="x")
    assert result.exit_code == 1
    assert result.stderr == (
        "minutes: error: internal error (ValueError: bad span); "
        "rerun with --debug to see the traceback, and please report it\n"
    )
    with pytest.raises(ValueError, match="bad span"):
        run("--debug", "summarize", "-", input="x")


def test_ctrl_c_exits_130_quietly(run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(text: str, **_: str) -> Outline:
        raise KeyboardInterrupt

    monkeypatch.setattr(minutes, "summarize", interrupted, raising=False)
    result = run("summarize", "-", input="x")
    assert (result.exit_code, result.stdout, result.stderr) == (ExitStatus.INTERRUPTED, "", "")


# -- real processes, real pipes ----------------------------------------------------------------------


def _minutes(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", **kwargs.pop("env", {})}
    env.pop("MINUTES_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "minutes", *args], capture_output=True, env=env, timeout=120, **kwargs
    )


def test_piped_stdin_without_nltk_data(tmp_path: Path) -> None:
    """Runs offline with no nltk data at all, reading cp1252 bytes from a pipe."""
    nltk_data = tmp_path / "nltk_data"
    nltk_data.mkdir()
    text = MINUTES.replace("Second,", "“Second,”")
    done = _minutes(
        "summarize", "--format", "json", input=text.encode("cp1252"), env={"NLTK_DATA": str(nltk_data)}
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    data = json.loads(done.stdout)
    Draft202012Validator(SCHEMA).validate(data)
    assert (data["source"], data["encoding"]) == ("-", "cp1252")


def test_broken_pipe_is_quiet() -> None:
    """``minutes sentences big.txt | head -1``: no traceback, no message, exit 0."""
    text = "".join(f"Sentence number {i} is here. " for i in range(5000)).encode()
    env = {**os.environ}
    env.pop("MINUTES_DEBUG", None)
    with subprocess.Popen(
        [sys.executable, "-m", "minutes", "sentences", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        process.stdin.write(text)
        process.stdin.close()
        assert process.stdout.readline() == b"Sentence number 0 is here.\n"
        process.stdout.close()  # like `head -1` exiting
        stderr = process.stderr.read()
        assert process.wait(timeout=120) == ExitStatus.OK
    assert stderr == b""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a pseudo-terminal")
def test_no_file_and_a_terminal_on_stdin_gives_a_hint() -> None:
    """With nothing piped in, print how to use it instead of waiting for the keyboard."""
    import pty

    leader, follower = pty.openpty()
    try:
        done = _minutes("summarize", stdin=follower)
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == ExitStatus.USAGE
    assert done.stdout == b""
    message = done.stderr.decode()
    assert message.startswith(
        "minutes: error: no input: give a FILE, or pipe text in; e.g. `minutes summarize"
    )
    assert message.count("\n") == 1

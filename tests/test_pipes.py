"""The command in real processes: real pipes for stdin and stdout, a real shell, ``| head -1``,
colour from the environment, a pseudo-terminal for what only shows on terminals.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from minutes.errors import ExitStatus
from support import MINUTES, path_with_minutes

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "shanghai-industrial-parks.txt"
MINUTES_EXE = [sys.executable, "-m", "minutes"]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MINUTES_DEBUG", "NO_COLOR", "FORCE_COLOR")}
    env.update(extra)
    return env


def _minutes(
    *args: str, env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*MINUTES_EXE, *args], capture_output=True, env=env or _env(), timeout=120, **kwargs
    )


def _shell(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in bash with ``minutes`` on the PATH (this interpreter's)."""
    full_env = _env(PATH=path_with_minutes(cwd), **env)
    return subprocess.run(
        ["bash", "-c", script], cwd=cwd, capture_output=True, text=True, env=full_env, timeout=180
    )


def test_stdin_through_a_real_pipe() -> None:
    done = _minutes("summarize", "--format", "json", input=SEED.read_bytes())
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    outline = json.loads(done.stdout)
    assert outline["source"] == "-"
    assert outline["presider"]["name"] == "Chen Mingbo"


def test_piped_stdin_without_nltk_data(tmp_path: Path) -> None:
    """Runs offline with no nltk data at all, reading cp1252 bytes from a pipe."""
    nltk_data = tmp_path / "nltk_data"
    nltk_data.mkdir()
    text = MINUTES.replace("Second,", "\u201cSecond,\u201d")
    done = _minutes(
        "summarize", "--format", "json", input=text.encode("cp1252"), env=_env(NLTK_DATA=str(nltk_data))
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    data = json.loads(done.stdout)
    assert (data["source"], data["encoding"]) == ("-", "cp1252")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_head_1_exits_quietly(tmp_path: Path, jobs: str) -> None:
    """``minutes points big/ | head -1``: no traceback, no "Broken pipe", exit 0."""
    big = tmp_path / "big"
    big.mkdir()
    for i in range(40):
        (big / f"{i:03}.txt").write_bytes(SEED.read_bytes())
    done = _shell(
        f'minutes points big/ --jobs {jobs} | head -1; echo "status ${{PIPESTATUS[0]}}" >&2', tmp_path
    )
    assert done.stdout == "source\tspeaker\trole\tordinal\tmarker\tpriority\ttext\tstart\tend\n"
    assert done.stderr == "status 0\n"


def test_sentences_head_1_exits_quietly(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("".join(f"Sentence number {i} is here. " for i in range(20000)))
    done = _shell('minutes sentences long.txt | head -1; echo "status ${PIPESTATUS[0]}" >&2', tmp_path)
    assert (done.stdout, done.stderr) == ("Sentence number 0 is here.\n", "status 0\n")


def test_several_files_one_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(MINUTES)
    (tmp_path / "c.txt").write_text(MINUTES.replace("Wu Qing", "Li Wei"))
    done = (
        _shell(
            "minutes summarize a.txt b.txt c.txt --format ndjson | jq -r '.speakers[0].name'; "
            'echo "status ${PIPESTATUS[0]}" >&2',
            tmp_path,
        )
        if _has("jq")
        else None
    )
    if done is not None:
        assert done.stdout == "Wu Qing\nLi Wei\n"
        assert done.stderr == (
            "minutes: error: b.txt: no such file; check the path (or give - to read standard input)\n"
            "status 1\n"
        )
    direct = _minutes("summarize", "a.txt", "b.txt", "c.txt", "--format", "ndjson", cwd=tmp_path)
    assert direct.returncode == ExitStatus.INPUT_ERROR
    assert [json.loads(line)["source"] for line in direct.stdout.splitlines()] == ["a.txt", "c.txt"]
    assert direct.stderr.decode().count("\n") == 1


def _has(program: str) -> bool:
    from shutil import which

    return which(program) is not None


@pytest.mark.parametrize(
    ("env", "coloured"),
    [
        ({}, False),  # a pipe: plain
        ({"FORCE_COLOR": "1"}, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ({"NO_COLOR": "1"}, False),
    ],
)
def test_colour_from_the_environment(env: dict[str, str], coloured: bool) -> None:
    done = _minutes("summarize", "--format", "tree", str(SEED), env=_env(TERM="xterm-256color", **env))
    assert done.returncode == 0
    assert (b"\x1b[" in done.stdout) is coloured
    assert "├── Presided by: Chen Mingbo".encode() in done.stdout.replace(b"\x1b[0m", b"").replace(
        b"\x1b[1m", b""
    ).replace(b"\x1b[2m", b"")


MARKUP = "[bold]x[/bold] and [link=http://x]y[/link] \x1b[31mred\x1b[0m"


@pytest.mark.parametrize("fmt", ["text", "tree", "tsv", "csv"])
@pytest.mark.parametrize("force", [False, True])
def test_markup_and_escapes_in_the_input_print_literally(tmp_path: Path, fmt: str, force: bool) -> None:
    path = tmp_path / "m.txt"
    path.write_text(
        f"Meeting on {MARKUP}.\n\nChair Ann Lee said that, first, {MARKUP} stays. Second, it goes.\n",
        encoding="utf-8",
    )
    env = _env(TERM="xterm-256color", **({"FORCE_COLOR": "1"} if force else {}))
    done = _minutes("summarize", "--format", fmt, str(path), env=env)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "[bold]x[/bold] and [link=http://x]y[/link] \\x1b[31mred\\x1b[0m" in out
    assert "\x1b]8;" not in out  # no hyperlink escape
    assert "\x1b[31m" not in out  # the input's escape is shown, not obeyed


def test_jobs_2_gives_the_same_bytes_as_jobs_1() -> None:
    one = _minutes("summarize", str(SAMPLES), "--format", "ndjson")
    two = _minutes("summarize", str(SAMPLES), "--format", "ndjson", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == len(list(SAMPLES.glob("*.txt")))


def test_output_is_the_same_across_hash_seeds() -> None:
    outs = {
        _minutes("summarize", str(SAMPLES), "--format", "ndjson", env=_env(PYTHONHASHSEED=seed)).stdout
        for seed in ("0", "1", "4242")
    }
    assert len(outs) == 1


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
        "minutes: error: no input: give a file or folder, or pipe text in; e.g. `minutes summarize"
    )
    assert message.count("\n") == 1


def _stderr_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, bytes, bytes]:
    """Run minutes with stdout to a pipe and stderr to a pseudo-terminal; (status, stdout, stderr)."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*MINUTES_EXE, *args], stdout=subprocess.PIPE, stderr=follower, cwd=cwd, env=_env()
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the follower side closed: the process is done
            break
        if not chunk:
            break
        seen += chunk
    assert process.stdout is not None
    stdout = process.stdout.read()
    status = process.wait(timeout=120)
    os.close(leader)
    return status, stdout, seen


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a pseudo-terminal")
def test_progress_bar_only_for_20_files_on_a_terminal(tmp_path: Path) -> None:
    for i in range(25):
        (tmp_path / f"{i:02}.txt").write_text(MINUTES)
    status, stdout, stderr = _stderr_on_a_terminal(["summarize", ".", "--format", "ndjson"], tmp_path)
    assert status == 0
    assert len(stdout.splitlines()) == 25
    assert b"25/25 files" in stderr  # rich's Progress: files done, the rate and the time left
    assert b"files/s" in stderr and b" left" in stderr
    assert stderr.endswith(b"\x1b[2K")  # cleared at the end
    # --quiet, fewer than 20 files, or stderr not a terminal: no bar
    assert _stderr_on_a_terminal(["summarize", ".", "-f", "ndjson", "--quiet"], tmp_path)[2] == b""
    assert _stderr_on_a_terminal(["summarize", "00.txt", "01.txt", "-f", "ndjson"], tmp_path)[2] == b""
    assert _minutes("summarize", ".", "--format", "ndjson", cwd=tmp_path).stderr == b""

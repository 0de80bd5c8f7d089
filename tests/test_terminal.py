"""What a person sees: the tree and the ``show`` view in a real terminal.

tmux runs the command in a pane of a known size; ``capture-pane`` reads the screen
back (``-e`` keeps the colours), so these tests see what a terminal shows: line
wrapping at the pane's width, tree guides, styles. Skipped where tmux is missing.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "shanghai-industrial-parks.txt"
WIDTH, HEIGHT = 100, 60
DONE = "__minutes_test_done__"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Pane:
    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", os.devnull, *args], capture_output=True, text=True, timeout=30
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self, command: str) -> None:
        """Run ``command`` in a fresh pane of WIDTH x HEIGHT; then it prints DONE and waits."""
        env = {"PYTHONPATH": os.pathsep.join(sys.path), "TERM": "xterm-256color"}
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        # tmux may size a detached pane only after starting it: wait for the size asked for.
        wait = f'until [ "$(stty size)" = "{HEIGHT} {WIDTH}" ]; do sleep 0.05; done'
        script = (
            f"unset NO_COLOR FORCE_COLOR MINUTES_DEBUG COLUMNS LINES; export {exports}; {wait}; {command}"
        )
        script += f"; echo {DONE}; sleep 600"
        self.tmux(
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            "bash",
            "--norc",
            "-c",
            script,
        )

    def screen(self, *flags: str) -> str:
        return self.tmux("capture-pane", "-p", *flags, "-t", "t")

    def wait_for(self, text: str, timeout: float = 90) -> str:
        deadline = time.monotonic() + timeout
        while text not in (screen := self.screen()):
            assert time.monotonic() < deadline, f"no {text!r} on screen:\n{screen}"
            time.sleep(0.1)
        return screen

    def run(self, command: str, timeout: float = 90) -> tuple[str, str]:
        """Run ``command``; return the screen as text, and with its escapes."""
        self.start(command)
        self.wait_for(DONE, timeout)
        return self.screen(), self.screen("-e")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=30)


@pytest.fixture
def pane() -> Iterator[Pane]:
    # A server of its own for every test: reusing one socket name raced with the previous
    # test's kill-server ("server exited unexpectedly" when new-session met a dying server).
    pane = Pane(f"minutes-test-{os.getpid()}-{uuid.uuid4().hex[:12]}")
    yield pane
    pane.close()


def _minutes(args: str) -> str:
    return f"{shlex.quote(sys.executable)} -m minutes {args}"


def test_tree_in_a_terminal(pane: Pane) -> None:
    screen, styled = pane.run(_minutes(f"summarize {shlex.quote(str(SEED))}"))
    lines = screen.splitlines()
    assert lines[0] == (
        "Meeting: first plenary meeting of the Leading Group of Shanghai Industrial Park and Structural"
    )  # the terminal's width: wrapped, not cropped
    assert lines[1] == "Adjustment (July 3rd)"
    assert "├── Presided by: Chen Mingbo, Deputy Secretary-General of Municipal Government" in lines
    assert "│   ├── Wu Qing (Vice Mayor)" in lines
    assert "    ├── Wu Qing, Vice Mayor" in lines
    assert (
        "    │   ├── 1. [First of all] take the parks as the main position and coordinate the high-quality"
        in lines
    )
    assert "    │   │   development of the industry" in lines  # a long point wraps under its guide
    assert all(len(line) <= WIDTH for line in lines)
    assert "\x1b[1m" in styled  # labels are bold: the terminal gets styles


def test_show_in_a_terminal(pane: Pane) -> None:
    screen, styled = pane.run(_minutes(f"show {shlex.quote(str(SEED))}"))
    lines = screen.splitlines()
    # the legend (on stderr) names the speakers, each in their colour
    assert lines[0].startswith("Legend: Wu Qing | Chen Mingbo | Wu Jincheng | Lu Ming |")
    assert "\x1b[1m\x1b[36mWu Qing" in styled or "\x1b[1;36mWu Qing" in styled
    assert any("Mr. Wu -> Wu Qing affirmed" in line for line in lines)  # a resolved reference, labelled
    assert any("Wu Qing: First of all, it is important to take the parks" in line for line in lines)
    assert "[point:" not in screen  # colour, not the bracketed form


def test_show_piped_in_a_terminal(pane: Pane) -> None:
    """Piped, show prints the plain form with bracketed labels, and no legend."""
    screen, styled = pane.run(_minutes(f"show {shlex.quote(str(SEED))} | cat"))
    assert "Legend" not in screen
    assert "[Mr. Wu -> Wu Qing] affirmed" in screen
    assert "[point: Wu Qing] First of all" in screen
    assert "\x1b[3" not in styled  # no colours


def test_show_with_no_color_in_a_terminal(pane: Pane) -> None:
    """NO_COLOR on a terminal: the bracketed plain form; the legend, without colours."""
    screen, styled = pane.run("NO_COLOR=1 " + _minutes(f"show {shlex.quote(str(SEED))}"))
    assert screen.splitlines()[0].startswith("Legend: Wu Qing | Chen Mingbo")
    assert "[Mr. Wu -> Wu Qing] affirmed" in screen
    assert "[point: Lu Ming] First, it is important" in screen.replace("\n", " ")
    assert "\x1b[3" not in styled


def test_points_table_in_a_terminal(pane: Pane) -> None:
    screen, _ = pane.run(_minutes(f"points {shlex.quote(str(SEED))}"))
    lines = screen.splitlines()
    assert lines[1].split() == ["┃", "speaker", "┃", "ordinal", "┃", "marker", "┃", "priority", "┃"]
    assert lines[3].startswith(
        "│ Wu Qing │       1 │ First of all       │ take the parks as the main position"
    )
    assert all(len(line) <= WIDTH for line in lines)


def test_progress_bar_and_ctrl_c(pane: Pane, tmp_path: Path) -> None:
    """A batch shows a progress bar on the terminal; Ctrl-C stops it quietly with 130."""
    for i in range(400):
        (tmp_path / f"{i:03}.txt").write_bytes(SEED.read_bytes())
    pane.start(
        _minutes(f"summarize {shlex.quote(str(tmp_path))} -f ndjson -j 2 > /dev/null") + '; echo "status $?"'
    )
    screen = pane.wait_for("/400 files")
    assert re.search(r"^outlining \S+ \d+/400 files \S+ \S+/\S+ MB .*left$", screen, re.MULTILINE), screen
    pane.tmux("send-keys", "-t", "t", "C-c")
    screen = pane.wait_for(DONE)
    assert "status 130" in screen
    assert "Traceback" not in screen and "KeyboardInterrupt" not in screen

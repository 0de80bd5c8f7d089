"""Output you can trust: ``-o`` onto special files and symlinks, onto an input; standard
output closed or full; stray bytes in UTF-8; the JSON shape; ``-o`` format inference."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from minutes.cli import app
from minutes.errors import ExitStatus
from minutes.read import REPAIRED, decode, stray_bytes
from support import MINUTES

MINUTES_EXE = [sys.executable, "-m", "minutes"]


@pytest.fixture
def run() -> Callable[..., Result]:
    runner = CliRunner(env={"COLUMNS": "80", "NO_COLOR": "1", "MINUTES_DEBUG": None})

    def invoke(*args: str, input: str | bytes | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder, the current one, holding ``m.txt`` (MINUTES)."""
    monkeypatch.chdir(tmp_path)
    Path("m.txt").write_text(MINUTES, encoding="utf-8")
    return tmp_path


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("MINUTES_DEBUG", "NO_COLOR", "FORCE_COLOR")}


# -- -o onto special files and symlinks ---------------------------------------------------------


def test_output_onto_a_fifo_writes_through(run: Callable[..., Result], folder: Path) -> None:
    os.mkfifo("pipe")
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(Path("pipe").read_bytes()))
    reader.start()
    result = run("summarize", "m.txt", "-f", "json", "-o", "pipe")
    reader.join(timeout=60)
    assert (result.exit_code, result.stderr) == (0, "")
    assert stat.S_ISFIFO(os.lstat("pipe").st_mode)  # still a FIFO, not replaced by a file
    assert json.loads(got[0])["source"] == "m.txt"
    assert sorted(os.listdir()) == ["m.txt", "pipe"]  # no temporary file


def test_output_onto_a_symlink_writes_its_target_atomically(run: Callable[..., Result], folder: Path) -> None:
    Path("real").mkdir()
    Path("real/out.txt").write_text("old\n", encoding="utf-8")
    Path("real/out.txt").chmod(0o640)
    os.symlink("real/out.txt", "link.txt")
    result = run("summarize", "m.txt", "-o", "link.txt")
    assert (result.exit_code, result.stderr) == (0, "")
    assert os.path.islink("link.txt")  # the link stays a link
    assert Path("real/out.txt").read_text(encoding="utf-8").startswith("Meeting: first plenary meeting")
    assert stat.S_IMODE(os.stat("real/out.txt").st_mode) == 0o640  # its permissions kept
    assert sorted(os.listdir("real")) == ["out.txt"]  # the temporary file was beside the target


def test_output_onto_a_dangling_symlink_creates_its_target(run: Callable[..., Result], folder: Path) -> None:
    os.symlink("new.txt", "link.txt")
    assert run("summarize", "m.txt", "-o", "link.txt").exit_code == 0
    assert os.path.islink("link.txt")
    assert Path("new.txt").read_text(encoding="utf-8").startswith("Meeting:")


@pytest.mark.parametrize("device", ["/dev/null", "null-link"])
def test_output_onto_dev_null_writes_through(run: Callable[..., Result], folder: Path, device: str) -> None:
    os.symlink("/dev/null", "null-link")
    result = run("summarize", "m.txt", "-o", device)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # still the device
    assert os.path.islink("null-link")
    assert sorted(os.listdir()) == ["m.txt", "null-link"]


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout")
def test_output_onto_dev_stdout_redirected_to_a_file(folder: Path) -> None:
    done = subprocess.run(
        ["bash", "-c", '"$@" > out.txt', "bash", *MINUTES_EXE, "summarize", "m.txt", "-o", "/dev/stdout"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert Path("out.txt").read_text(encoding="utf-8").startswith("Meeting: first plenary meeting")
    assert sorted(os.listdir()) == ["m.txt", "out.txt"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_output_onto_dev_full_is_an_error_and_leaves_the_device(
    run: Callable[..., Result], folder: Path
) -> None:
    result = run("summarize", "m.txt", "-o", "/dev/full")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == "minutes: error: /dev/full: no space left on device\n"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_output_onto_an_input_is_refused(run: Callable[..., Result], folder: Path) -> None:
    os.symlink("m.txt", "alias.txt")
    for args in (["m.txt", "-o", "m.txt"], [".", "-o", "m.txt"], ["m.txt", "-o", "alias.txt"]):
        result = run("summarize", *args)
        assert result.exit_code == ExitStatus.USAGE
        assert result.stderr.startswith(f"minutes: error: -o {args[-1]}: is also an input")
        assert result.stderr.count("\n") == 1
        assert Path("m.txt").read_text(encoding="utf-8") == MINUTES  # untouched
    assert run("show", "m.txt", "-o", "m.txt").exit_code == ExitStatus.USAGE
    assert Path("m.txt").read_text(encoding="utf-8") == MINUTES


# -- standard output closed or full --------------------------------------------------------------


@pytest.mark.parametrize("command", ["summarize", "points", "sentences", "show"])
def test_closed_stdout_says_so(folder: Path, command: str) -> None:
    done = subprocess.run(
        ["bash", "-c", '"$@" >&-', "bash", *MINUTES_EXE, command, "m.txt"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == ExitStatus.INPUT_ERROR
    assert done.stderr == "minutes: error: cannot write to standard output (it is closed); give -o FILE\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("command", ["summarize", "sentences", "show"])
def test_full_stdout_says_so(folder: Path, command: str) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [*MINUTES_EXE, command, "m.txt"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
            timeout=120,
        )
    assert done.returncode == ExitStatus.INPUT_ERROR
    assert done.stderr == "minutes: error: standard output: no space left on device\n"


# -- stray Windows bytes in UTF-8 ----------------------------------------------------------------

STRAY = "The budget of £38,500 was approved ".encode() + b"\x96 the Chair\x92s proposal.\n"


def test_stray_bytes_in_utf8_are_read_as_cp1252() -> None:
    doc = decode(STRAY, "w.txt")
    assert doc.text == "The budget of £38,500 was approved – the Chair’s proposal.\n"
    assert (doc.encoding, doc.repaired) == (REPAIRED, 2)
    assert STRAY.decode(doc.encoding) == doc.text  # the codec name decodes it again


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("£1 ".encode() + b"\x96", 1),
        (b"plain ascii", None),  # valid UTF-8: nothing to repair
        ("会议由陈明波主持。".encode("gb18030"), None),  # another encoding: detected, not repaired
        ("Café crème, naïve".encode("cp1252"), None),  # no UTF-8 at all: cp1252 is detected
    ],
)
def test_stray_bytes_only_in_text_that_is_otherwise_utf8(data: bytes, expected: int | None) -> None:
    assert stray_bytes(data) == expected


def test_stray_bytes_in_the_command(run: Callable[..., Result], folder: Path) -> None:
    Path("w.txt").write_bytes(STRAY)
    result = run("summarize", "w.txt", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["encoding"] == "utf-8+cp1252"
    assert result.stderr == (
        "minutes: notice: w.txt: UTF-8 but for 2 bytes, repaired as cp1252 (Windows dashes and quotes); "
        "re-save it as UTF-8 to be sure\n"
    )
    assert "£38,500" in run("sentences", "w.txt", "-q").stdout


# -- the JSON shape ------------------------------------------------------------------------------


def test_json_shape_follows_the_arguments_not_the_files_found(
    run: Callable[..., Result], folder: Path
) -> None:
    Path("one").mkdir()
    Path("one/a.txt").write_text(MINUTES, encoding="utf-8")
    assert isinstance(json.loads(run("summarize", "m.txt", "-f", "json").stdout), dict)  # one FILE
    assert isinstance(json.loads(run("summarize", "-f", "json", input=MINUTES).stdout), dict)  # stdin
    folder_of_one = json.loads(run("summarize", "one", "-f", "json").stdout)
    assert [o["source"] for o in folder_of_one] == ["one/a.txt"]  # a folder: an array, even of one
    several = json.loads(run("summarize", "m.txt", "-", "-f", "json", input=MINUTES).stdout)
    assert [o["source"] for o in several] == ["m.txt", "-"]
    # the README's recipe works on a folder of one
    recipe = run("summarize", "one", "-f", "json").stdout
    assert [o["speakers"][0]["name"] for o in json.loads(recipe)] == ["Wu Qing"]


def test_summarize_and_points_json_share_one_layout(run: Callable[..., Result], folder: Path) -> None:
    outline = run("summarize", "m.txt", "-f", "json").stdout
    rows = run("points", "m.txt", "-f", "json").stdout
    assert outline.startswith('{\n  "source": "m.txt",\n  "encoding"')  # indented by 2
    assert rows.startswith('[\n  {\n    "source": "m.txt",\n    "speaker": "Wu Qing",')
    assert rows.endswith("\n  }\n]\n")
    assert run("points", "-f", "json", "-", input="").stdout == "[]\n"


# -- -o infers the format from the extension -----------------------------------------------------


@pytest.mark.parametrize(
    ("command", "name", "check"),
    [
        ("summarize", "o.csv", lambda t: t.startswith("source,speaker,role,ordinal")),
        ("summarize", "o.tsv", lambda t: t.startswith("source\tspeaker\trole")),
        ("summarize", "o.json", lambda t: json.loads(t)["source"] == "m.txt"),
        ("summarize", "o.ndjson", lambda t: json.loads(t.splitlines()[0])["source"] == "m.txt"),
        ("summarize", "o.md", lambda t: t.startswith("# first plenary meeting")),
        ("summarize", "o.txt", lambda t: t.startswith("Meeting: ")),
        ("points", "o.json", lambda t: json.loads(t)[0]["ordinal"] == 1),
        ("speakers", "o.csv", lambda t: t.startswith("source,name,role,kind")),
        ("sentences", "o.tsv", lambda t: t.startswith("source\tstart\tend\ttext\nm.txt\t0\t68\t")),
        ("sentences", "o.ndjson", lambda t: json.loads(t.splitlines()[0])["end"] == 68),
    ],
)
def test_output_extension_gives_the_format(
    run: Callable[..., Result], folder: Path, command: str, name: str, check: Callable[[str], bool]
) -> None:
    result = run(command, "m.txt", "-o", name)
    assert (result.exit_code, result.stderr) == (0, "")
    assert check(Path(name).read_text(encoding="utf-8"))


def test_output_extension_a_command_cannot_write(run: Callable[..., Result], folder: Path) -> None:
    result = run("points", "m.txt", "-o", "o.md")
    assert result.exit_code == ExitStatus.USAGE
    assert result.stderr == (
        "minutes: error: -o o.md: points does not write markdown; "
        "give --format (tsv, table, csv, json, ndjson) or another file name\n"
    )
    assert not Path("o.md").exists()
    assert run("summarize", "m.txt", "-f", "text", "-o", "o.json").exit_code == 0  # -f wins
    assert Path("o.json").read_text(encoding="utf-8").startswith("Meeting:")

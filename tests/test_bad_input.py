"""Bad and hostile input, one table: what is given, and the exit code, stderr and stdout expected.

Every case runs beside a good file (``good.txt``), so each row also checks that one bad
input does not stop the others: the good file's outline is always printed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes.cli import app

GOOD = """\
The meeting of the Harbour Board was held on May 2nd and presided over by Chair Ann Lee.

Ann Lee said that, first, the pier repairs come first. Second, the ferry timetable stays.
"""

ZH = (
    "上海市产业园区和结构调整领导小组第一次全体会议于7月3日上午召开。副市长吴清出席会议并讲话。"
    "会议由市政府副秘书长陈明波主持。吴清指出，一是要以园区为主阵地，统筹推进产业高质量发展。"
    "二是要强化资源高效利用，努力提升经济密度。"
)
TW = (
    "臺北市議會第三次定期大會於三月五日上午舉行。市長出席會議並發表講話。會議由議長主持。"
    "市長指出，第一，要加強城市更新；第二，要改善交通。"
)
CP1252 = (
    "The Council met at the Café Rouge. Ms Zoë Brontë presided.\n\n"
    "Zoë Brontë said that, first, the “naïve” plan — as tabled — stands. Second, the fête goes ahead.\n"
)

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + b"\x00" * 20
ANSI = (
    "The Board met.\n\nChair Ann Lee said that, first, \x1b[31mred\x1b[0m\x1b]0;pwned\x07 wins. "
    "Second, it ends.\n"
)
MARKUP = (
    "The Board met.\n\nChair Ann Lee said that, first, [bold]x[/bold] and [link=http://x]y[/link] win. "
    "Second, it ends.\n"
)


@dataclass
class Case:
    """A bad input: how to make it, and what minutes must say and print."""

    make: Callable[[Path], str]  # creates the input in the folder, returns the path to give
    status: int
    stderr: str  # exactly; {path} is replaced by the path given
    outline: dict[str, object] = field(default_factory=dict)  # fields of its outline (none: no outline)
    args: tuple[str, ...] = ("--format", "ndjson")
    stdout_has: tuple[str, ...] = ()
    stdout_lacks: tuple[str, ...] = ()


def _file(name: str, data: bytes) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        (folder / name).write_bytes(data)
        return name

    return make


def _missing(folder: Path) -> str:
    return "nope.txt"


def _empty_folder(folder: Path) -> str:
    (folder / "empty").mkdir()
    return "empty"


def _unreadable(folder: Path) -> str:
    if os.geteuid() == 0:
        pytest.skip("running as root: file permissions do not stop root (tests/test_read.py fakes it)")
    path = folder / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    return "secret.txt"


def _fifo(folder: Path) -> str:
    os.mkfifo(folder / "pipe")
    return "pipe"


CASES = {
    "utf-8 with BOM": Case(
        _file("bom.txt", b"\xef\xbb\xbf" + GOOD.encode()), 0, "", {"encoding": "utf-8-sig"}
    ),
    "utf-16 with BOM": Case(_file("u16.txt", GOOD.encode("utf-16")), 0, "", {"encoding": "utf-16"}),
    "gb18030": Case(_file("zh.txt", ZH.encode("gb18030")), 0, "", {"encoding": "gb18030"}),
    "big5": Case(_file("tw.txt", TW.encode("big5")), 0, "", {"encoding": "big5"}),
    "cp1252": Case(
        _file("w.txt", CP1252.encode("cp1252")),
        0,
        "",
        {"encoding": "cp1252", "presider": {"name": "Zoë Brontë", "role": None}},
    ),
    "gb18030 forced": Case(
        _file("zh.txt", ZH.encode("gb18030")), 0, "", {"encoding": "gbk"}, ("-f", "ndjson", "-e", "gbk")
    ),
    "wrong encoding forced": Case(
        _file("zh.txt", ZH.encode("gb18030")),
        1,
        "minutes: error: {path}: is not valid ascii (byte 0); check --encoding, "
        "or leave it out to let minutes detect the encoding\n",
        args=("-f", "ndjson", "--encoding", "ascii"),
    ),
    "pdf": Case(
        _file("m.pdf", PDF),
        1,
        "minutes: error: {path}: looks like a PDF: convert it to text first, "
        "e.g. pdftotext FILE.pdf FILE.txt\n",
    ),
    "docx": Case(
        _file("m.docx", DOCX),
        1,
        "minutes: error: {path}: looks like a .docx, .odt or zip file: "
        "save or export it as plain text (.txt) first\n",
    ),
    "png": Case(
        _file("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        1,
        "minutes: error: {path}: looks like a PNG image: run OCR on it first, e.g. tesseract\n",
    ),
    "NUL bytes": Case(
        _file("nul.txt", b"The Board met.\x00\x00\x01\x02 Chair Ann Lee presided."),
        1,
        "minutes: error: {path}: contains NUL bytes, so it looks like a binary file (or UTF-16 without "
        "a byte-order mark); give plain text, e.g. re-save it as UTF-8\n",
    ),
    "empty": Case(
        _file("empty.txt", b""),
        0,
        "minutes: notice: {path}: empty, nothing to outline; printing an empty outline\n",
        {"speakers": [], "attendees": [], "presider": None},
    ),
    "whitespace only": Case(
        _file("blank.txt", b" \n\t\r\n  \n"),
        0,
        "minutes: notice: {path}: whitespace only, nothing to outline; printing an empty outline\n",
        {"speakers": [], "encoding": "utf-8"},
    ),
    "empty, quiet": Case(_file("empty.txt", b""), 0, "", {"speakers": []}, ("-f", "ndjson", "--quiet")),
    "missing": Case(
        _missing,
        1,
        "minutes: error: {path}: no such file; check the path (or give - to read standard input)\n",
    ),
    "folder without text files": Case(
        _empty_folder, 1, "minutes: error: {path}: folder has no *.txt or *.md files; give text files\n"
    ),
    "unreadable": Case(
        _unreadable, 1, "minutes: error: {path}: permission denied; check the file's permissions\n"
    ),
    "FIFO without a writer": Case(
        _fifo,
        1,
        "minutes: error: {path}: is a named pipe (FIFO) that nobody is writing to; start the writer first, "
        "or pipe the text in: minutes summarize - < {path}\n",
    ),
    "device": Case(
        lambda folder: "/dev/zero",
        1,
        "minutes: error: /dev/zero: is a device or socket, not a text file; give the path of a text file\n",
    ),
    "markup, text": Case(
        _file("markup.txt", MARKUP.encode()),
        0,
        "",
        args=("--format", "text"),
        stdout_has=("1. [first] [bold]x[/bold] and [link=http://x]y[/link] win",),
    ),
    "markup, tree with colour": Case(
        _file("markup.txt", MARKUP.encode()),
        0,
        "",
        args=("--format", "tree", "--color", "always"),
        stdout_has=("[bold]x[/bold] and [link=http://x]y[/link] win",),
        stdout_lacks=("\x1b]8;",),  # no hyperlink
    ),
    "ANSI, text": Case(
        _file("ansi.txt", ANSI.encode()),
        0,
        "",
        args=("--format", "text"),
        stdout_has=("1. [first] \\x1b[31mred\\x1b[0m\\x1b]0;pwned\\x07 wins",),
        stdout_lacks=("\x1b", "\x07"),
    ),
    "ANSI, tsv": Case(
        _file("ansi.txt", ANSI.encode()),
        0,
        "",
        args=("--format", "tsv"),
        stdout_has=("\\x1b[31mred",),
        stdout_lacks=("\x1b", "\x07"),
    ),
    "ANSI, json": Case(
        _file("ansi.txt", ANSI.encode()),
        0,
        "",
        {"speakers": [{"points": [{"text": "first, \x1b[31mred\x1b[0m\x1b]0;pwned\x07 wins."}]}]},
        stdout_has=("\\u001b[31mred",),  # JSON escapes control characters
        stdout_lacks=("\x1b", "\x07"),
    ),
}


def _matches(actual: object, expected: object) -> bool:
    """``expected`` is a partial view of ``actual``: dicts by key, lists item by item."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(_matches(actual.get(k), v) for k, v in expected.items())
    if isinstance(expected, list) and expected:
        return (
            isinstance(actual, list)
            and len(actual) >= len(expected)
            and all(_matches(a, e) for a, e in zip(actual, expected, strict=False))
        )
    return actual == expected


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("good.txt").write_text(GOOD, encoding="utf-8")
    path = case.make(tmp_path)
    runner = CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "MINUTES_DEBUG": None})
    result = runner.invoke(app, ["summarize", *case.args, path, "good.txt"], catch_exceptions=False)

    assert result.exit_code == case.status
    assert result.stderr == case.stderr.format(path=path)
    assert "Traceback" not in result.output
    for text in case.stdout_has:
        assert text in result.stdout
    for text in case.stdout_lacks:
        assert text not in result.stdout
    if "ndjson" not in case.args:
        assert "Ann Lee" in result.stdout.split("good.txt")[-1]  # the good file is still printed
        return
    outlines = [json.loads(line) for line in result.stdout.splitlines()]
    assert outlines[-1]["source"] == "good.txt"  # the good file is still printed, last
    assert outlines[-1]["presider"]["name"] == "Ann Lee"
    if case.status:
        assert len(outlines) == 1
    else:
        assert len(outlines) == 2
        assert outlines[0]["source"] == path
        assert _matches(outlines[0], case.outline), outlines[0]

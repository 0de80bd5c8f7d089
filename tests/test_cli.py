"""The command line: help, version, formats, errors and exit codes, pipes."""

from __future__ import annotations

import csv
import io
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
from support import MINUTES

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

        def summarize(
            text: str, *, source: str = "-", encoding: str = "utf-8", lang: str = "auto"
        ) -> Outline:
            calls.append({"text": text, "source": source, "encoding": encoding, "lang": lang})
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
    assert COMMANDS == ["explain", "points", "sentences", "show", "speakers", "summarize"]


@pytest.mark.parametrize("args", [[], *([c] for c in COMMANDS)], ids=["minutes", *COMMANDS])
def test_every_help_has_an_example(run: Callable[..., Result], args: list[str]) -> None:
    result = run(*args, "--help")
    assert result.exit_code == 0
    assert "  Examples:\n    minutes " in result.stdout
    assert f"minutes {args[0] if args else 'summarize'} minutes.txt" in result.stdout


def test_version(run: Callable[..., Result]) -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"minutes {minutes.__version__}\n")


def test_help_version_and_completion_do_not_load_the_pipeline_or_rich() -> None:
    code = (
        "import os, sys\n"
        "from minutes.cli import main\n"
        "runs = [(['--help'], {}), (['--version'], {}), (['summarize', '--help'], {}),\n"
        "        (['points', '--help'], {}),\n"
        "        ([], {'_MINUTES_COMPLETE': 'complete_bash', 'COMP_WORDS': 'minutes su',\n"
        "              'COMP_CWORD': '1'})]\n"
        "for args, env in runs:\n"
        "    os.environ.update(env)\n"
        "    sys.argv = ['minutes', *args]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = ['nltk', 'rich', 'charset_normalizer', 'minutes.outline', 'minutes.segment',\n"
        "         *ARCHIVE]\n"
        "print([m for m in heavy if m in sys.modules])\n"
    ).replace("*ARCHIVE", ", ".join(map(repr, ARCHIVE_MODULES)))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "summarize" in done.stdout  # the completion answered
    assert done.stdout.splitlines()[-1] == "[]", done.stderr


#: What the dask extra brings (and minutes.archive): imported only for --scheduler or -f parquet.
#: Not numpy, which the extra also installs: ``import nltk`` itself imports numpy when it is
#: there (nltk.metrics), whatever minutes does; see README "Archives".
ARCHIVE_MODULES = ("dask", "distributed", "pyarrow", "fsspec", "pandas", "minutes.archive")


@pytest.mark.parametrize(
    "args",
    [
        ["summarize", "samples/shanghai-industrial-parks.txt", "-f", "json"],
        ["points", "samples", "-f", "csv", "--jobs", "2"],
        ["speakers", "samples/shanghai-industrial-parks.txt", "-f", "ndjson"],
    ],
)
def test_commands_without_scheduler_or_parquet_do_not_load_the_archive_extra(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from minutes.cli import main\n"
        f"sys.argv = ['minutes', *{args!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print([m for m in {ARCHIVE_MODULES!r} if m in sys.modules], file=sys.stderr)\n"
    )
    root = Path(__file__).parent.parent
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=root)
    assert done.stdout  # the command ran
    assert done.stderr.splitlines()[-1] == "[]", done.stderr


# -- every command and format, exact output ---------------------------------------------------------

TEXT = """\
Meeting: first plenary meeting of the Leading Group (July 3rd)
Presided by: Chen Mingbo, Deputy Secretary-General of the Municipal Government
Attendees: Wu Qing (Vice Mayor)
Speakers:
  Wu Qing, Vice Mayor
    1. [first] take the parks as the main position
    2. [Second] strengthen the efficient use of resources
"""

TREE = """\
Meeting: first plenary meeting of the Leading Group (July 3rd)
├── Presided by: Chen Mingbo, Deputy Secretary-General of the Municipal Government
├── Attendees (1)
│   └── Wu Qing (Vice Mayor)
└── Speakers (1)
    └── Wu Qing, Vice Mayor
        ├── 1. [first] take the parks as the main position
        └── 2. [Second] strengthen the efficient use of resources
"""

MARKDOWN = """\
# first plenary meeting of the Leading Group (July 3rd)

- **Presided by:** Chen Mingbo, Deputy Secretary-General of the Municipal Government
- **Attendees:** Wu Qing (Vice Mayor)

## Speakers

### Wu Qing, Vice Mayor

1. **first** take the parks as the main position
2. **Second** strengthen the efficient use of resources
"""

POINT_ROWS = [
    ["source", "speaker", "role", "ordinal", "marker", "priority", "text", "start", "end"],
    ["m.txt", "Wu Qing", "Vice Mayor", "1", "first", "take the parks as the main position",
     "first, it is necessary to take the parks as the main position.", "242", "304"],
    ["m.txt", "Wu Qing", "Vice Mayor", "2", "Second", "strengthen the efficient use of resources",
     "Second, we must strengthen the efficient use of resources.", "305", "363"],
]  # fmt: skip

PEOPLE_ROWS = [
    ["source", "name", "role", "kind", "presider", "attendee", "speaker", "points"],
    ["m.txt", "Chen Mingbo", "Deputy Secretary-General of the Municipal Government", "person",
     "yes", "no", "no", "0"],
    ["m.txt", "Wu Qing", "Vice Mayor", "person", "no", "yes", "yes", "2"],
]  # fmt: skip

SENTENCES = [
    (0, 68, "The first plenary meeting of the Leading Group was held on July 3rd."),
    (69, 159, "It was presided over by Chen Mingbo, Deputy Secretary-General of the Municipal Government."),
    (161, 219, "Vice Mayor Wu Qing attended the meeting and made a speech."),
    (220, 304, "She pointed out that, first, it is necessary to take the parks as the main position."),
    (305, 363, "Second, we must strengthen the efficient use of resources."),
]


@pytest.fixture
def minutes_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """``m.txt`` holding MINUTES, in the current directory (so paths in output are short)."""
    monkeypatch.chdir(tmp_path)
    Path("m.txt").write_text(MINUTES, encoding="utf-8")
    return "m.txt"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["summarize"], TEXT),  # auto: text when not a terminal
        (["summarize", "--format", "text"], TEXT),
        (["summarize", "--format", "tree"], TREE),  # piped: no wrapping, no padding
        (["summarize", "--format", "markdown"], MARKDOWN),
        (["summarize", "--format", "tsv"], "".join("\t".join(r) + "\n" for r in POINT_ROWS)),
        (["points"], "".join("\t".join(r) + "\n" for r in POINT_ROWS)),  # auto: tsv when piped
        (["speakers"], "".join("\t".join(r) + "\n" for r in PEOPLE_ROWS)),
        (["sentences"], "".join(t + "\n" for _, _, t in SENTENCES)),
        (["sentences", "--spans"], "".join(f"{a}\t{b}\t{t}\n" for a, b, t in SENTENCES)),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_exact_output(run: Callable[..., Result], minutes_file: str, args: list[str], expected: str) -> None:
    result = run(*args, minutes_file)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == expected


def test_sentences_spans_slice_back(run: Callable[..., Result], minutes_file: str) -> None:
    for line in run("sentences", "--spans", minutes_file).stdout.splitlines():
        start, end, sentence = line.split("\t")
        assert MINUTES[int(start) : int(end)] == sentence


@pytest.mark.parametrize("command", ["summarize", "points", "speakers"])
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_delimited_output_parses_back(
    run: Callable[..., Result], minutes_file: str, command: str, fmt: str
) -> None:
    if command == "summarize" and fmt == "csv":
        pass  # summarize's csv is points' csv
    result = run(command, "--format", fmt, minutes_file)
    assert result.exit_code == 0
    dialect = {"delimiter": "\t", "quoting": csv.QUOTE_NONE} if fmt == "tsv" else {}
    rows = list(csv.reader(io.StringIO(result.stdout, newline=""), **dialect))  # type: ignore[arg-type]
    assert rows == (PEOPLE_ROWS if command == "speakers" else POINT_ROWS)


def test_csv_keeps_newlines_commas_and_quotes_inside_fields(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = (
        'Chair Ann Lee, "the Chair", presided.\n\nAnn Lee said that, first, the budget,\nas tabled, '
        'stands. Second, the "5 + X" plan\tgoes ahead.\n'
    )
    Path("q.txt").write_text(text, encoding="utf-8")
    csv_rows = list(csv.reader(io.StringIO(run("points", "-f", "csv", "q.txt").stdout, newline="")))
    tsv = run("points", "-f", "tsv", "q.txt").stdout
    tsv_rows = list(csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [r[6] for r in csv_rows[1:]] == [
        "first, the budget,\nas tabled, stands.",
        'Second, the "5 + X" plan\tgoes ahead.',
    ]
    for row in csv_rows[1:]:  # exact text: it slices back
        assert text[int(row[7]) : int(row[8])] == row[6]
    # TSV: one line per row; whitespace with a tab or line break in it becomes a space
    assert [r[6] for r in tsv_rows[1:]] == [
        "first, the budget, as tabled, stands.",
        'Second, the "5 + X" plan goes ahead.',
    ]


def test_json_one_input_is_an_object_several_an_array(run: Callable[..., Result], minutes_file: str) -> None:
    Path("n.txt").write_text(MINUTES.replace("Wu Qing", "Li Wei"), encoding="utf-8")
    one = json.loads(run("summarize", "-f", "json", "m.txt").stdout)
    Draft202012Validator(SCHEMA).validate(one)
    several = json.loads(run("summarize", "-f", "json", "m.txt", "n.txt").stdout)
    assert [o["source"] for o in several] == ["m.txt", "n.txt"]
    for outline in several:
        Draft202012Validator(SCHEMA).validate(outline)
    assert several[0] == one
    assert several[1]["speakers"][0]["name"] == "Li Wei"


def test_ndjson_one_valid_outline_per_line(run: Callable[..., Result], minutes_file: str) -> None:
    Path("n.txt").write_text(MINUTES, encoding="utf-8")
    lines = run("summarize", "-f", "ndjson", "m.txt", "n.txt", "-", input=MINUTES).stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        Draft202012Validator(SCHEMA).validate(json.loads(line))
    assert [json.loads(line)["source"] for line in lines] == ["m.txt", "n.txt", "-"]


@pytest.mark.parametrize("command", ["points", "speakers"])
def test_row_json_and_ndjson(run: Callable[..., Result], minutes_file: str, command: str) -> None:
    rows = POINT_ROWS if command == "points" else PEOPLE_ROWS
    array = json.loads(run(command, "-f", "json", minutes_file).stdout)
    lines = [json.loads(line) for line in run(command, "-f", "ndjson", minutes_file).stdout.splitlines()]
    assert array == lines
    assert [list(record) for record in array] == [rows[0]] * (len(rows) - 1)
    assert [[str(v).lower() if isinstance(v, bool) else str(v) for v in r.values()] for r in array] == [
        [v.replace("yes", "true").replace("no", "false") if v in ("yes", "no") else v for v in row]
        for row in rows[1:]
    ]


def test_several_inputs_in_text_start_with_their_source(
    run: Callable[..., Result], minutes_file: str
) -> None:
    Path("n.txt").write_text("The Council met.\n", encoding="utf-8")
    out = run("summarize", "m.txt", "n.txt").stdout
    assert out == (
        "Source: m.txt\n" + TEXT + "\nSource: n.txt\nMeeting: (none found)\nPresided by: (none found)\n"
        "Attendees: (none found)\nSpeakers: (none found)\n"
    )
    assert run("sentences", "m.txt", "n.txt").stdout.splitlines()[-2:] == [
        "m.txt\tSecond, we must strengthen the efficient use of resources.",
        "n.txt\tThe Council met.",
    ]


def test_folders_are_read_recursively_in_sorted_order(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ["b/2.md", "b/1.txt", "a.txt", "b/c/0.TXT", "b/skip.pdf", "b/.hidden.txt", ".git/x.txt"]:
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text("The Council met.\n", encoding="utf-8")
    result = run("summarize", "-f", "ndjson", ".")
    assert result.exit_code == 0
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        "./a.txt",
        "./b/1.txt",
        "./b/2.md",
        "./b/c/0.TXT",
    ]


def test_a_folder_with_no_text_files_is_an_error(run: Callable[..., Result], tmp_path: Path) -> None:
    result = run("summarize", str(tmp_path))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert (
        result.stderr == f"minutes: error: {tmp_path}: folder has no *.txt or *.md files; give text files\n"
    )


def test_jobs_keep_input_order(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for i in range(12):
        Path(f"{i:02}.txt").write_text(MINUTES.replace("Wu Qing", f"Wu Qing{'x' * i}") * (12 - i), "utf-8")
    one = run("summarize", "-f", "ndjson", ".", "--jobs", "1").stdout
    for jobs in ("2", "0"):
        assert run("summarize", "-f", "ndjson", ".", "--jobs", jobs).stdout == one
    assert len(one.splitlines()) == 12


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
    result = run("summarize", "-f", "markdown", "-", input="[bold]x[/bold]")
    assert "\\[bold\\]x\\[/bold\\]" in result.stdout


def test_sentences_one_per_line(run: Callable[..., Result]) -> None:
    result = run("sentences", input="It rained  since 2018.Since then,\tit snowed.")
    assert (result.exit_code, result.stdout) == (0, "It rained since 2018.\nSince then, it snowed.\n")


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
    assert result.stdout.startswith("Meeting: Council\nPresided by: (none found)\n")
    assert calls == [{"text": "The Council met.\r\n", "source": "-", "encoding": "utf-8-sig", "lang": "auto"}]


@pytest.mark.parametrize("lang", ["en", "zh", "auto"])
def test_lang_option_reaches_the_pipeline(
    run: Callable[..., Result], fake_summarize: Callable[[Outline], list[dict[str, Any]]], lang: str
) -> None:
    calls = fake_summarize(Outline())
    result = run("summarize", "--lang", lang, "-", input="会议指出。")
    assert result.exit_code == 0
    assert [c["lang"] for c in calls] == [lang]


def test_lang_option_rejects_other_languages(run: Callable[..., Result]) -> None:
    result = run("summarize", "--lang", "fr", "-", input="x")
    assert result.exit_code == 2


def test_encoding_option(
    run: Callable[..., Result], fake_summarize: Callable[[Outline], list[dict[str, Any]]]
) -> None:
    calls = fake_summarize(Outline())
    data = "会议由陈明波主持。".encode("gb18030")
    assert run("summarize", "-f", "json", "--encoding", "GB18030", "-", input=data).exit_code == 0
    assert calls[-1]["encoding"] == "gb18030"
    result = run("summarize", "--encoding", "klingon", "-", input=data)
    assert result.exit_code == ExitStatus.USAGE
    assert result.stderr == (
        "minutes: error: unknown encoding 'klingon' for --encoding; e.g. utf-8, gb18030, big5, cp1252\n"
    )


# -- colour ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["--color", "always"], {}, True),
        (["--color", "always"], {"NO_COLOR": "1"}, True),  # the command line wins
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {}, False),  # not a terminal
        ([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
    ],
)
def test_color(minutes_file: str, args: list[str], env: dict[str, str], coloured: bool) -> None:
    runner = CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm", **env})
    result = runner.invoke(app, ["summarize", "-f", "tree", *args, minutes_file], catch_exceptions=False)
    assert result.exit_code == 0
    assert ("\x1b[" in result.stdout) is coloured
    if not coloured:
        assert result.stdout == TREE


# -- the output file ---------------------------------------------------------------------------------


def test_output_file(run: Callable[..., Result], minutes_file: str) -> None:
    result = run("summarize", minutes_file, "-o", "out.txt")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert Path("out.txt").read_text(encoding="utf-8") == TEXT  # a file: text, never the tree
    assert sorted(os.listdir()) == ["m.txt", "out.txt"]  # no temporary file left


def test_output_file_is_all_or_nothing(
    run: Callable[..., Result], minutes_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("out.json").write_text("old\n", encoding="utf-8")
    Path("n.txt").write_text(MINUTES, encoding="utf-8")
    calls = 0
    real = minutes.summarize

    def interrupted_on_the_second(text: str, **kwargs: str) -> Outline:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return real(text, **kwargs)

    monkeypatch.setattr(minutes, "summarize", interrupted_on_the_second, raising=False)
    result = run("summarize", "-f", "json", "m.txt", "n.txt", "-o", "out.json")
    assert result.exit_code == ExitStatus.INTERRUPTED
    assert Path("out.json").read_text(encoding="utf-8") == "old\n"
    assert sorted(os.listdir()) == ["m.txt", "n.txt", "out.json"]


def test_output_file_in_a_missing_folder(run: Callable[..., Result], minutes_file: str) -> None:
    result = run("summarize", minutes_file, "-o", "no/such/dir/out.txt")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == (
        "minutes: error: no/such/dir/out.txt: cannot write there (No such file or directory); "
        "check that the folder exists and is writable\n"
    )
    assert result.stdout == ""
    folder = run("summarize", minutes_file, "-o", ".")
    assert (folder.exit_code, folder.stderr) == (
        ExitStatus.INPUT_ERROR,
        "minutes: error: .: is a directory; give -o the name of a file to write\n",
    )


# -- errors, notices and exit codes ------------------------------------------------------------------


def test_missing_file(run: Callable[..., Result], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("summarize", str(missing))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stdout == ""
    assert result.stderr == (
        f"minutes: error: {missing}: no such file; check the path (or give - to read standard input)\n"
    )


def test_one_bad_input_does_not_stop_the_others(run: Callable[..., Result], minutes_file: str) -> None:
    Path("bad.pdf").write_bytes(b"%PDF-1.7\n")
    result = run("points", "m.txt", "nope.txt", "bad.pdf", "m.txt")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == (
        "minutes: error: nope.txt: no such file; check the path (or give - to read standard input)\n"
        "minutes: error: bad.pdf: looks like a PDF: convert it to text first, "
        "e.g. pdftotext FILE.pdf FILE.txt\n"
    )
    assert result.stdout == "".join("\t".join(r) + "\n" for r in POINT_ROWS + POINT_ROWS[1:])


def test_empty_input_gives_an_empty_outline_and_a_notice(run: Callable[..., Result]) -> None:
    result = run("summarize", "-f", "json", "-", input=" \n\t\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["speakers"] == []
    assert result.stderr == (
        "minutes: notice: standard input: whitespace only, nothing to outline; printing an empty outline\n"
    )
    quiet = run("summarize", "-f", "json", "--quiet", "-", input="")
    assert (quiet.exit_code, quiet.stderr) == (0, "")
    Draft202012Validator(SCHEMA).validate(json.loads(quiet.stdout))


def test_pdf(run: Callable[..., Result]) -> None:
    result = run("sentences", "-", input=b"%PDF-1.7\n")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == (
        "minutes: error: standard input: looks like a PDF: convert it to text first, "
        "e.g. pdftotext FILE.pdf FILE.txt\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["summarize", "--format", "yaml", "-"],
            "--format: 'yaml' is not one of auto, tree, text, markdown, json, ndjson, csv, tsv, parquet; "
            "see `minutes summarize --help`",
        ),
        (
            ["points", "--format", "tree", "-"],
            "--format: 'tree' is not one of auto, table, tsv, csv, json, ndjson, parquet; "
            "see `minutes points --help`",
        ),
        (
            ["summarize", "--jobs", "-1", "-"],
            ("--jobs: input should be greater than or equal to 0; see `minutes summarize --help`"),
        ),
        (["summarize", "-", "-"], "- (standard input) can be given only once"),
        (
            ["summarize", "--colour", "-"],
            "no such option --colour (did you mean --color?); see `minutes summarize --help`",
        ),
        (["show", "a.txt", "b.txt"], "got unexpected extra argument(s) (b.txt); see `minutes show --help`"),
        (
            ["summarise", "a.txt"],
            "no such command 'summarise' (did you mean 'summarize'?); see `minutes --help`",
        ),
    ],
)
def test_usage_errors_are_one_line_in_the_tools_style(
    run: Callable[..., Result], args: list[str], message: str
) -> None:
    result = run(*args, input="")
    assert result.exit_code == ExitStatus.USAGE
    assert result.stderr == f"minutes: error: {message}\n"
    assert result.stdout == ""


def test_help_shows_no_python_types(run: Callable[..., Result]) -> None:
    for command in COMMANDS:
        shown = run(command, "--help").stdout
        assert "list[str]" not in shown and "<str>" not in shown
    assert "\n  PATH  Text files, folders" in run("summarize", "--help").stdout


def test_internal_error_is_one_line_unless_debug(
    run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, **_: str) -> Outline:
        raise ValueError("bad span")

    monkeypatch.setattr(minutes, "summarize", broken, raising=False)
    result = run("summarize", "-", input="x")
    assert result.exit_code == ExitStatus.INTERNAL_ERROR == 70  # not 1: the input is not at fault
    assert result.stderr == (
        "minutes: error: standard input: internal error (ValueError: bad span); "
        "rerun with --debug to see the traceback, and please report it\n"
    )
    for args in (["--debug", "summarize", "-"], ["summarize", "-", "--debug"]):  # before or after
        debug = run(*args, input="x")
        assert debug.exit_code == ExitStatus.INTERNAL_ERROR
        assert "Traceback (most recent call last):" in debug.stderr
        assert 'raise ValueError("bad span")' in debug.stderr


def test_ctrl_c_exits_130_quietly(run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(text: str, **_: str) -> Outline:
        raise KeyboardInterrupt

    monkeypatch.setattr(minutes, "summarize", interrupted, raising=False)
    result = run("summarize", "-", input="x")
    assert (result.exit_code, result.stdout, result.stderr) == (ExitStatus.INTERRUPTED, "", "")


def test_show_exact_output(run: Callable[..., Result], minutes_file: str) -> None:
    plain = run("show", minutes_file)  # piped: bracketed labels, no legend
    assert (plain.exit_code, plain.stderr) == (0, "")
    assert plain.stdout == (
        "The first plenary meeting of the Leading Group was held on July 3rd. It was presided over by "
        "[Chen Mingbo], [Deputy Secretary-General of the Municipal Government -> Chen Mingbo].\n\n"
        "[Vice Mayor Wu Qing -> Wu Qing] attended the meeting and made a speech. She pointed out that, "
        "[point: Wu Qing] first, it is necessary to take the parks as the main position. "
        "[point: Wu Qing] Second, we must strengthen the efficient use of resources.\n"
    )
    styled = CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm"}).invoke(
        app, ["show", "--color", "always", minutes_file], catch_exceptions=False
    )
    chen, wu, reset = "\x1b[1;36m", "\x1b[1;35m", "\x1b[0m"
    assert styled.stderr == ""  # the legend only on a terminal
    assert f"over by {chen}Chen Mingbo{reset}, {chen}Deputy Secretary-General" in styled.stdout
    assert f"{wu}Vice Mayor Wu Qing{reset}\x1b[3;35m -> Wu Qing{reset} attended" in styled.stdout
    assert f"out that, \x1b[7;35mWu Qing:{reset} \x1b[1;4;35mfirst{reset}\x1b[4;35m, it is" in styled.stdout


def test_show_writes_to_a_file(run: Callable[..., Result], minutes_file: str) -> None:
    result = run("show", minutes_file, "-o", "shown.txt")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert Path("shown.txt").read_text(encoding="utf-8") == run("show", minutes_file).stdout


def test_show_refuses_a_folder(run: Callable[..., Result], tmp_path: Path) -> None:
    result = run("show", str(tmp_path))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == f"minutes: error: {tmp_path}: is a directory; give the path of a text file\n"


def test_sentences_does_not_offer_a_scheduler(run: Callable[..., Result]) -> None:
    # a cluster outlines; sentences always run here, so the option is not offered at all
    assert "--scheduler" not in run("sentences", "--help").output
    assert "--scheduler" in run("summarize", "--help").output
    result = run("sentences", "--scheduler", "local", "-")
    assert result.exit_code == ExitStatus.USAGE


def test_show_help_gives_the_labels_show_prints(run: Callable[..., Result], tmp_path: Path) -> None:
    text = tmp_path / "m.txt"
    text.write_text("Vice Mayor Wu Qing spoke. Mr. Wu said that, first, we act; second, we build.\n")
    shown = run("show", str(text)).output
    help_text = " ".join(run("show", "--help").output.split())
    for label in ("[Vice Mayor Wu Qing -> Wu Qing]", "[Mr. Wu -> Wu Qing]", "[point: Wu Qing]"):
        assert label in shown
        assert label in help_text


@pytest.mark.parametrize("command", ["show", "explain"])
def test_one_file_commands_speak_of_their_own_work(
    run: Callable[..., Result], command: str, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(command, str(empty))
    assert result.exit_code == 0
    assert f"empty, nothing to {command}" in result.output

"""Archives (src/minutes/archive/): Dask and Parquet give the command line's rows.

Needs the dask extra (``pip install -e '.[dev,dask]'``, as .ci/run does); skipped
without it. The archive is generated from ``samples/`` into a temporary folder:
2,000 files in nested folders, some with CRLF or UTF-16, plus one corrupt file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REASON = "the dask extra is not installed: pip install -e '.[dev,dask]'"
for _module in ("dask.dataframe", "distributed", "fsspec", "pyarrow.parquet"):
    pytest.importorskip(_module, reason=REASON)

import fsspec  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from minutes.archive import files, outlines, points_frame, speakers_frame  # noqa: E402
from minutes.archive.table import PEOPLE, POINTS, records  # noqa: E402
from minutes.batch import Result  # noqa: E402
from minutes.render.rows import PEOPLE_COLUMNS, POINT_COLUMNS  # noqa: E402

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
FILES = 2_000
CORRUPT = "07/00700-scan.txt"  # a PDF saved as .txt: refused with a hint, as by the CLI
PDF = "looks like a PDF: convert it to text first, e.g. pdftotext FILE.pdf FILE.txt"


def _variant(k: int, text: str) -> bytes:
    """The k-th file: a sample, cut to fewer paragraphs, with CRLF or UTF-16 now and then."""
    paragraphs = text.split("\n\n")
    keep = len(paragraphs) - k % 3 if len(paragraphs) > 3 else len(paragraphs)
    text = "\n\n".join(paragraphs[:keep])
    if k % 7 == 3:
        return text.replace("\n", "\r\n").encode("utf-8")
    if k % 101 == 5:
        return text.encode("utf-16")  # with a byte-order mark
    return text.encode("utf-8")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive") / "archive"
    texts = [p.read_text("utf-8") for p in SAMPLES]
    for k in range(FILES):
        path = root / f"{k // 100:02d}" / f"{k:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_variant(k, texts[k % len(texts)]))
    (root / CORRUPT).write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (root / "07" / ".hidden.txt").write_text("skipped, as by the CLI")
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two in-process workers (threads): reliable in CI; the CLI tests start processes."""
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as c,
    ):
        yield c


def minutes(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line; its output decoded as is (CRLF inside a CSV field kept)."""
    done = subprocess.run(
        [sys.executable, "-m", "minutes", *args],
        capture_output=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def messages(stderr: str) -> list[str]:
    """Our lines on stderr (Dask may log a warning of its own, e.g. a slow worker's stop)."""
    return [line for line in stderr.splitlines() if line.startswith("minutes: ")]


def on_cluster(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line with ``--scheduler local`` and two workers."""
    return minutes(*args, "--scheduler", "local", "--jobs", "2")


def _as_csv_rows(table: pa.Table, columns: tuple[str, ...]) -> list[list[str]]:
    """A Parquet table's rows as the CSV gives them (numbers as decimals, flags yes/no)."""
    out = []
    for row in table.select(list(columns)).to_pylist():
        out.append(
            [("yes" if v else "no") if isinstance(v, bool) else str(v) for v in (row[c] for c in columns)]
        )
    return out


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _errors(table: pa.Table) -> list[dict[str, Any]]:
    return table.filter(pc.invert(pc.is_null(table["error"]))).to_pylist()


# -- the command line on a cluster: the same rows as without one --------------------------------------


@pytest.fixture(scope="module")
def csv_run(archive: Path) -> subprocess.CompletedProcess[str]:
    return minutes("points", str(archive), "-f", "csv", "--jobs", "2")


def test_parquet_on_a_local_cluster_is_the_csv_row_for_row(
    archive: Path, csv_run: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    out = tmp_path / "points.parquet"
    done = on_cluster("points", str(archive), "-f", "parquet", "-o", f"{out}/")
    # the corrupt file fails the run's status, as without a cluster, and is named on stderr
    assert (done.returncode, csv_run.returncode) == (1, 1), done.stderr
    assert messages(done.stderr) == messages(csv_run.stderr)
    table = pq.read_table(out)
    assert table.schema.remove_metadata() == POINTS
    assert sorted(os.listdir(out))[0] == "part.00000.parquet" and len(os.listdir(out)) > 10  # batched tasks

    header, *expected = _csv(csv_run.stdout)
    assert tuple(header) == POINT_COLUMNS
    assert len(expected) > 5 * FILES
    rows = table.filter(pc.is_null(table["error"]))
    assert _as_csv_rows(rows, POINT_COLUMNS) == expected

    # the corrupt file: one row, in its place, with the CLI's reason and nothing else
    [error] = _errors(table)
    corrupt = str(archive / CORRUPT)
    assert error["source"] == corrupt
    assert [f"minutes: error: {error['error']}"] == messages(done.stderr)
    assert "looks like a PDF" in error["error"]
    assert all(error[c] is None for c in POINT_COLUMNS[1:])
    sources = table["source"].to_pylist()
    assert sources.index(corrupt) == len([r for r in expected if r[0] < corrupt])


def test_parquet_without_a_cluster_is_the_same_file(archive: Path, tmp_path: Path) -> None:
    here, there = tmp_path / "here.parquet", tmp_path / "there"
    assert minutes("speakers", str(archive), "-f", "parquet", "-o", str(here), "-j", "2").returncode == 1
    done = on_cluster("speakers", str(archive), "-f", "parquet", "-o", str(there))
    assert done.returncode == 1, done.stderr
    a, b = pq.read_table(here), pq.read_table(there)
    assert a.schema.remove_metadata() == b.schema.remove_metadata() == PEOPLE
    assert a.equals(b)
    csv_rows = _csv(minutes("speakers", str(archive), "-f", "csv", "-j", "2").stdout)[1:]
    assert _as_csv_rows(a.filter(pc.is_null(a["error"])), PEOPLE_COLUMNS) == csv_rows


def test_summarize_ndjson_streams_back_the_same_outlines(archive: Path) -> None:
    sub = str(archive / "0*")  # a local glob: folders 00-09, 1,000 files and the corrupt one
    plain = minutes("summarize", *sorted(map(str, archive.glob("0*"))), "-f", "ndjson", "-j", "2")
    dask = on_cluster("summarize", sub, "-f", "ndjson")
    assert dask.returncode == plain.returncode == 1
    assert messages(dask.stderr) == messages(plain.stderr) == [f"minutes: error: {archive / CORRUPT}: {PDF}"]
    assert dask.stdout == plain.stdout
    assert len(dask.stdout.splitlines()) == 1_000


# -- the library: bags and frames ---------------------------------------------------------------------


def test_file_urls_globs_and_plain_folders_give_the_same_frame(archive: Path, client: Client) -> None:
    plain = points_frame(str(archive)).compute()
    assert plain.equals(points_frame(f"file://{archive}").compute())
    assert plain.equals(points_frame(f"{archive}/*/*.txt").compute())
    assert plain.equals(points_frame([str(p) for p in sorted(archive.iterdir())]).compute())
    assert plain["error"].notna().sum() == 1
    assert list(plain.columns) == [*POINT_COLUMNS, "error"]
    assert {str(t) for t in plain.dtypes} == {"string[pyarrow]", "int64[pyarrow]"}


def test_speakers_frame_groups_like_the_readme(archive: Path, client: Client) -> None:
    people = speakers_frame(str(archive / "00"), files_per_task=7)
    assert people.npartitions == 15
    spoke = people[people["speaker"] == True].groupby("name")["points"].sum().compute()  # noqa: E712
    assert spoke.sum() > 0
    assert (points_frame(str(archive / "00")).groupby("speaker").size().compute().sum()) == spoke.sum()


def test_outlines_bag_is_the_json_outputs(archive: Path, client: Client) -> None:
    folder = archive / "07"
    bag = outlines(str(folder))
    got = bag.compute()
    done = minutes("summarize", str(folder), "-f", "ndjson")
    want = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o for o in got if "error" not in o] == want
    [error] = [o for o in got if "error" in o]
    assert error["source"] == str(folder / CORRUPT.split("/")[1])
    assert f"minutes: error: {error['error']}\n" == done.stderr


def test_remote_urls_are_listed_and_read_with_fsspec(archive: Path, client: Client) -> None:
    """memory:// stands for s3:// or gs://: the same folder rules, the same rows."""
    fs = fsspec.filesystem("memory")
    local = sorted((archive / "03").glob("*.txt"))[:20]
    for path in local:
        fs.pipe(f"/minutes-test/a/{path.name}", path.read_bytes())
    fs.pipe("/minutes-test/a/.hidden/x.txt", b"skipped")
    fs.pipe("/minutes-test/a/notes.pdf", b"%PDF-1.7")  # not *.txt or *.md: not listed
    fs.pipe("/minutes-test/a/z.md", b"%PDF-1.7")  # listed, then refused as the CLI refuses it
    try:
        sources = [s.path for s in files.expand(["memory://minutes-test/a/"])]
        assert sources == [f"memory:///minutes-test/a/{p.name}" for p in local] + [
            "memory:///minutes-test/a/z.md"
        ]
        remote = points_frame("memory://minutes-test/a/").compute()
        plain = points_frame([str(p) for p in local]).compute()
        names = dict(zip(sources, map(str, local), strict=False))
        ok = remote[remote["error"].isna()].reset_index(drop=True)
        assert [names[s] for s in ok["source"]] == plain["source"].tolist()
        assert ok.drop(columns="source").equals(plain.reset_index(drop=True).drop(columns="source"))
        [reason] = remote["error"].dropna().tolist()
        assert reason.startswith("memory:///minutes-test/a/z.md: looks like a PDF")
        [missing] = files.expand(["memory://minutes-test/none.txt"])
        assert "no such file" in (files.outline(missing, files.Options()).error or "")
    finally:
        fs.rm("/minutes-test", recursive=True)


# -- the pieces ---------------------------------------------------------------------------------------


def test_an_error_row_holds_the_source_and_the_reason_only() -> None:
    [row] = records("points", Result("a.txt", error="a.txt: no such file"))
    assert row == {"source": "a.txt", "error": "a.txt: no such file"}
    assert POINTS.names == [*POINT_COLUMNS, "error"] and PEOPLE.names == [*PEOPLE_COLUMNS, "error"]


def test_batches_keep_tasks_large_but_enough_of_them() -> None:
    sources = [files.Source(str(k)) for k in range(2_000)]
    assert {len(b) for b in files.batches(sources)} == {files.FILES_PER_TASK, 2_000 % files.FILES_PER_TASK}
    assert len(files.batches(sources[:40])) >= files.MIN_TASKS // 2
    assert [s for b in files.batches(sources[:40]) for s in b] == sources[:40]


def test_parquet_needs_an_output_path_and_the_scheduler_files(tmp_path: Path) -> None:
    done = minutes("points", str(SAMPLES[0]), "-f", "parquet")
    assert done.returncode == 2 and "give -o PATH" in done.stderr
    done = minutes("points", "-", "--scheduler", "local", "-f", "csv")
    assert done.returncode == 2 and "not standard input" in done.stderr
    (tmp_path / "keep.txt").write_text("mine")
    done = minutes("points", str(SAMPLES[0]), "--scheduler", "local", "-f", "parquet", "-o", str(tmp_path))
    assert done.returncode == 1 and "other files than Parquet" in done.stderr
    assert (tmp_path / "keep.txt").read_text() == "mine"


def test_the_readme_example_runs(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    root = Path(__file__).parent.parent
    readme = (root / "README.md").read_text("utf-8")
    m = re.search(r"<!-- archive example:[^\n]*-->\n```python\n(.*?)```", readme, re.DOTALL)
    assert m, "README lost its Archives example"
    monkeypatch.chdir(root)
    names: dict[str, Any] = {}
    exec(m.group(1), names)
    assert names["per_speaker"].sum() == len(_csv(minutes("points", "samples/", "-f", "csv").stdout)) - 1
    assert names["unreadable"].empty
    assert "Chen Mingbo" in set(names["presiders"])
    assert len(names["titles"]) == len(SAMPLES)

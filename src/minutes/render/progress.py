"""The progress display on stderr, drawn with rich's ``Progress`` (imported only when shown).

A batch: ``outlining ━━━━━━╺━━━━ 120/400 files 3.1 MB/9.3 MB 5.2 files/s 0:00:53 left``.
One large file: ``outlining  ⠋  big.txt  12.3 MB/27.0 MB  0:00:12``, a spinner, how far
the outlining is into the file, and the time spent.
"""

from __future__ import annotations

from typing import IO, Any

from rich.console import Console
from rich.filesize import decimal
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _Rate(ProgressColumn):
    """``5.2 files/s``, once there is a rate to show."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f} files/s", style="progress.data.speed")


class _Bytes(ProgressColumn):
    """The bytes of the files done, of all: ``3.1 MB/12.0 MB``."""

    def render(self, task: Task) -> Text:
        done = int(task.fields.get("bytes", 0))
        return Text(f"{decimal(done)}/{decimal(int(task.fields.get('size', 0)))}", style="progress.download")


def make_progress(stream: IO[str], total: int, size: int, label: str = "") -> tuple[Progress, TaskID]:
    """A transient progress display on ``stream`` for ``total`` files of ``size`` bytes, not
    started yet; and its task. One file gets a spinner, the bytes done and the time spent."""
    console = Console(file=stream, markup=False, emoji=False, highlight=False)
    columns: list[str | ProgressColumn]
    if total == 1:
        columns = [
            TextColumn("outlining"),
            SpinnerColumn(),
            TextColumn("{task.description}", markup=False),
            _Bytes(),
            TimeElapsedColumn(),
        ]
    else:
        columns = [
            TextColumn("outlining"),
            BarColumn(bar_width=20),
            TextColumn("{task.completed}/{task.total} files"),
            _Bytes(),
            _Rate(),
            TimeRemainingColumn(),
            TextColumn("left"),
        ]
    bar = Progress(
        *columns,
        console=console,
        transient=True,
        refresh_per_second=8,
        redirect_stdout=False,  # the output is written to sys.stdout as it was, not through rich
        redirect_stderr=False,
    )
    task = bar.add_task(label, total=total, bytes=0, size=size)
    return bar, task


def advance(bar: Progress, task: TaskID, done_bytes: int) -> None:
    """One more file done, of ``done_bytes`` bytes."""
    fields: dict[str, Any] = bar.tasks[bar.task_ids.index(task)].fields
    bar.update(task, advance=1, bytes=int(fields.get("bytes", 0)) + done_bytes)

"""Progress inside one large file (issue 14: "no long run is silent"): the pipeline reports
how far it has read, and the one-file display shows those bytes done."""

from __future__ import annotations

import io

import minutes
from minutes.output import Progress


def test_summarize_reports_how_far_it_has_read() -> None:
    text = "".join(f"Mr. Tan Wei Ming said item {k} was noted. " for k in range(1200))
    seen: list[tuple[int, int]] = []
    outline = minutes.summarize(text, on_progress=lambda done, total: seen.append((done, total)))
    assert outline.speakers  # the outline is the same as without a callback
    assert len(seen) >= 4
    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and dones[0] == 0 and dones[-1] < len(text)
    assert {t for _, t in seen} == {len(text)}


def test_no_callback_no_change() -> None:
    text = "Mr. Tan Wei Ming said that, first, roads. Second, schools."
    assert (
        minutes.summarize(text).to_dict() == minutes.summarize(text, on_progress=lambda d, t: None).to_dict()
    )


def test_one_file_display_shows_bytes_done() -> None:
    stream = io.StringIO()
    progress = Progress(1, 27_000_000, stream, enabled=True, label="big.txt")
    progress.start()
    try:
        progress.inside(1_000, 2_000)
        task = progress.bar.tasks[0]
        assert task.fields["bytes"] == 13_500_000
        from minutes.render.progress import _Bytes

        assert _Bytes().render(task).plain == "13.5 MB/27.0 MB"
    finally:
        progress.clear()

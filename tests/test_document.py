"""The document model: every sentence is tokenized at most once, however many sieves
read it (the old walker tokenized snippets again for each list item and cue)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import minutes.document as document_module
from minutes import summarize
from minutes.document import Document
from minutes.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").glob("*.txt") if not p.name.startswith("zh-"))  # English


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_each_sentence_tokenized_at_most_once(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: Counter[tuple[str, int]] = Counter()
    real = document_module.tokenize

    def counting(text: str, offset: int = 0):  # type: ignore[no-untyped-def]
        calls[(text, offset)] += 1
        return real(text, offset)

    monkeypatch.setattr(document_module, "tokenize", counting)
    text = path.read_text()
    summarize(text)
    assert calls, "the pipeline read no tokens"
    assert max(calls.values()) == 1
    assert sum(calls.values()) <= len(segment(text))


def test_tokens_between_is_a_slice_of_the_sentence() -> None:
    text = "Present: Ms. Ann Reid (Chair), Mr. Tom Bell and Dr. Li Wei.\nThe meeting opened."
    doc = Document(text, segment(text))
    start = text.index("Mr. Tom")
    toks = doc.tokens_between(start, start + len("Mr. Tom Bell"))
    assert [t.text for t in toks] == ["Mr.", "Tom", "Bell"]
    assert all(text[t.start : t.end] == t.text for t in toks)

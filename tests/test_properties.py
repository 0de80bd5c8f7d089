"""Properties of the whole pipeline on generated text: no exception, spans slice back,
points in document order, the same outline twice.

The generator mixes arbitrary Unicode with the pieces minutes are made of (markers,
names, titles, speech verbs, punctuation), so that the rules are exercised, not only
the tokenizer.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import minutes

PIECES = [
    "First,",
    "Secondly,",
    "Third,",
    "Finally,",
    "Last but not least,",
    "The first point is",
    "1.",
    "2)",
    "(3)",
    "(a)",
    "ii)",
    "Mr.",
    "Ms",
    "Dr.",
    "Vice Mayor",
    "Wu Qing",
    "Wu Jincheng",
    "Chen Mingbo,",
    "Deputy Secretary-General of",
    "Municipal Government",
    "District Government",
    "said",
    "stressed that",
    "presided over by",
    "chaired",
    "was present",
    "were also present",
    "The meeting",
    "It was agreed that",
    "He",
    "she",
    "the mayor",
    "On behalf of the Office of X,",
    "Present:",
    "Chair:",
    "**Statement by Dr. A. B. Rao**",
    "it is important to",
    "we must",
    "since 2018.Since",
    "stage.First",
    "\n",
    "\n\n",
    ".",
    ",",
    ";",
    ":",
    "\u2014",
    '"',
    "\u201c",
    "-----",
    "No.5",
    "3.5%",
    "U.S.",
    "e.g.",
    "J. R. Smith",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_summarize_is_total_and_spans_slice_back(text: str) -> None:
    outline = minutes.summarize(text)
    points = [p for s in outline.speakers for p in s.points]
    for p in points:
        assert text[p.start : p.end] == p.text
        assert p.ordinal >= 1
        assert p.text.strip()
    for s in outline.speakers:
        starts = [p.start for p in s.points]
        assert starts == sorted(starts)
    assert minutes.summarize(text).to_dict() == outline.to_dict()


@settings(max_examples=300, deadline=None)
@given(texts)
def test_sentences_cover_the_text(text: str) -> None:
    from minutes.segment import segment

    sentences = segment(text)
    covered = "".join(s.text for s in sentences)
    assert [c for c in covered if not c.isspace()] == [c for c in text if not c.isspace()]
    for s in sentences:
        assert text[s.start : s.end] == s.text

"""Properties of the whole pipeline on generated text: no exception, the JSON follows
the schema, spans slice back, points in document order, the same outline twice (also
under another PYTHONHASHSEED).

The generator mixes arbitrary Unicode with the pieces minutes are made of (markers,
names, titles, speech verbs, punctuation), so that the rules are exercised, not only
the tokenizer. fuzz/fuzz_summarize.py runs the same checks on far more inputs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import minutes

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
VALIDATOR = Draft202012Validator(
    json.loads((resources.files("minutes") / "schema" / "outline.schema.json").read_text("utf-8"))
)

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


def _splice(base: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply (position, cut length, insert) edits to ``base``, positions modulo its length."""
    for pos, cut, insert in edits:
        k = pos % (len(base) + 1)
        base = base[:k] + insert + base[k + cut :]
    return base


# A sample with pieces spliced in and stretches cut out: real minutes, slightly broken.
spliced = st.builds(
    _splice,
    st.sampled_from([p.read_text("utf-8") for p in SAMPLES]),
    st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 80), texts), max_size=4),
)


def check_outline(text: str, outline: minutes.Outline) -> dict[str, Any]:
    """The properties of every outline; its JSON form."""
    data = outline.to_dict()
    VALIDATOR.validate(data)
    json.dumps(data)
    for s in outline.speakers:
        for p in s.points:
            assert 0 <= p.start <= p.end <= len(text)
            assert text[p.start : p.end] == p.text
            assert p.ordinal >= 1
            assert p.text.strip()
        starts = [p.start for p in s.points]
        assert starts == sorted(starts), "points out of document order"
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_summarize_is_total_and_spans_slice_back(text: str) -> None:
    data = check_outline(text, minutes.summarize(text))
    assert minutes.summarize(text).to_dict() == data


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spliced)
def test_broken_samples_keep_the_properties(text: str) -> None:
    data = check_outline(text, minutes.summarize(text))
    assert minutes.summarize(text).to_dict() == data


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    data = check_outline(text, minutes.summarize(text))
    assert minutes.summarize(text).to_dict() == data


SUMMARIZE_SAMPLES = """\
import json, sys
import minutes
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    print(json.dumps(minutes.summarize(text, source=path).to_dict(), ensure_ascii=False))
"""


def test_same_output_under_any_hash_seed() -> None:
    """No set or dict order leaks into the outline: PYTHONHASHSEED changes nothing."""
    outputs = []
    for seed in ("0", "123"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", SUMMARIZE_SAMPLES, *map(str, SAMPLES)],
            capture_output=True,
            env=env,
            check=True,
            timeout=120,
        )
        outputs.append(done.stdout)
    assert len(outputs[0].splitlines()) == len(SAMPLES)
    assert outputs[0] == outputs[1]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_sentences_cover_the_text(text: str) -> None:
    from minutes.segment import segment

    sentences = segment(text)
    covered = "".join(s.text for s in sentences)
    assert [c for c in covered if not c.isspace()] == [c for c in text if not c.isspace()]
    for s in sentences:
        assert text[s.start : s.end] == s.text

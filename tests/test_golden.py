"""Golden files: every ``samples/*.txt`` against its hand annotation and its output snapshot.

Adding a sample adds a test. For a sample ``samples/STEM.txt`` there are two files under
``tests/golden/``:

``STEM.expected.json``
    The hand annotation, in the format of the corpus annotation guide (GOLD.md): meeting
    title and date, presider, attendees, speakers in order of first speech, and each
    speaker's points as ``{"ordinal", "marker", "starts"}``. It is compared the way the
    corpus scorer compares: names without honorifics and case-insensitively, a point by the
    words it starts with (within its first 160 characters), titles and dates contained
    either way.
``STEM.json``
    A snapshot of the whole JSON output, reviewed by a person. After a deliberate change,
    regenerate the snapshots and review the diff::

        MINUTES_REGEN_GOLDEN=1 pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import minutes

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
REGENERATE = os.environ.get("MINUTES_REGEN_GOLDEN") == "1"
REGEN_HINT = "MINUTES_REGEN_GOLDEN=1 pytest tests/test_golden.py"

# The normalisation of the corpus scorer (eval/score.py), re-implemented here so that the
# tests run without the corpus.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "madam", "madame", "sir", "comrade", "prof", "professor"}
)
QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})
MAX_OFFSET = 160  # the expected `starts` must begin within this many characters of the point's text

Json = dict[str, Any]


def norm_text(s: str | None) -> str:
    """Casefolded, quotes straightened, whitespace collapsed, edge punctuation dropped."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).translate(QUOTES).casefold()
    return re.sub(r"\s+", " ", s).strip(" .,;:")


def norm_name(s: str | None) -> str | None:
    """A name without honorifics ("Mr.", "Dr", "H.E."), casefolded; None stays None."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s).translate(QUOTES).casefold()
    s = re.sub(r"^\s*h\.\s?e\.\s*", "", s)
    words = re.sub(r"[^\w\s'-]", " ", s).split()
    while words and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words) or None


def norm_marker(s: str) -> str:
    """Markers are compared as written, up to whitespace (a PDF line break inside one)."""
    return " ".join(s.split())


def same_phrase(want: str | None, got: str | None) -> bool:
    """Both absent, or one contains the other (the scorer's rule for titles and dates)."""
    w, g = norm_text(want), norm_text(got)
    return (not w and not g) or (bool(w) and bool(g) and (w in g or g in w))


def first_words(s: str, n: int = 3) -> str:
    return " ".join(s.split()[:n])


def who(name: str | None) -> str:
    return "the meeting" if name is None else name


def stem(path: Path) -> str:
    return path.stem


@cache
def run(sample: Path) -> tuple[str, Json]:
    """The sample's text and its outline as JSON data (summarized once per session)."""
    text = sample.read_bytes().decode("utf-8")
    outline = minutes.summarize(text, source=f"samples/{sample.name}")
    return text, outline.to_dict()


def load_expected(sample: Path) -> Json:
    path = GOLDEN / f"{sample.stem}.expected.json"
    if not path.exists():
        pytest.fail(f"{sample.name} has no hand annotation: write {path.relative_to(ROOT)} (see GOLD.md)")
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data


def point_differences(expected: Json, produced: Json) -> list[str]:
    """Each expected point must be one produced point of the same speaker; nothing extra."""
    produced_points: dict[str | None, list[Json]] = {}
    for sp in produced["speakers"]:
        produced_points.setdefault(norm_name(sp["name"]), []).extend(sp["points"])
    used: set[tuple[str | None, int]] = set()
    diffs: list[str] = []
    for sp in expected["speakers"]:
        key = norm_name(sp["name"])
        for p in sp["points"]:
            starts = norm_text(p["starts"])
            label = f"{who(sp['name'])}: {p['ordinal']} {p['marker']!r} {p['starts']!r}"
            best: tuple[int, int] | None = None
            for i, q in enumerate(produced_points.get(key, [])):
                pos = norm_text(q["text"]).find(starts)
                if (key, i) not in used and 0 <= pos <= MAX_OFFSET and (best is None or pos < best[0]):
                    best = (pos, i)
            if best is None:
                elsewhere = [
                    who(other["name"])
                    for other in produced["speakers"]
                    if norm_name(other["name"]) != key
                    and any(0 <= norm_text(q["text"]).find(starts) <= MAX_OFFSET for q in other["points"])
                ]
                diffs.append(f"missing point {label}" + (f" (given to {elsewhere[0]})" if elsewhere else ""))
                continue
            used.add((key, best[1]))
            q = produced_points[key][best[1]]
            if q["ordinal"] != p["ordinal"]:
                diffs.append(f"ordinal of {label}: got {q['ordinal']}")
            if norm_marker(q["marker"]) != norm_marker(p["marker"]):
                diffs.append(f"marker of {label}: got {q['marker']!r}")
            if not norm_text(q["priority"]).startswith(first_words(starts)):
                diffs.append(f"priority of {label}: got {q['priority']!r}")
    for key, points in produced_points.items():
        for i, q in enumerate(points):
            if (key, i) not in used:
                diffs.append(f"extra point {who(key)}: {q['ordinal']} {q['marker']!r} {q['text'][:80]!r}")
    return diffs


def differences(expected: Json, produced: Json) -> list[str]:
    """What differs between a hand annotation and an outline, one line per difference."""
    diffs: list[str] = []
    for field in ("title", "date"):
        want, got = expected["meeting"].get(field), produced["meeting"].get(field)
        if not same_phrase(want, got):
            diffs.append(f"meeting {field}: expected {want!r}, got {got!r}")
    presider = produced["presider"]["name"] if produced["presider"] else None
    if norm_name(expected["presider"]) != norm_name(presider):
        diffs.append(f"presider: expected {expected['presider']!r}, got {presider!r}")
    want_att = {norm_name(n) for n in expected["attendees"]}
    got_att = {norm_name(a["name"]) for a in produced["attendees"]}
    if want_att - got_att:
        diffs.append(f"attendees missing: {sorted(map(str, want_att - got_att))}")
    if got_att - want_att:
        diffs.append(f"attendees extra: {sorted(map(str, got_att - want_att))}")
    want_sp = [norm_name(sp["name"]) for sp in expected["speakers"]]
    got_sp = [norm_name(sp["name"]) for sp in produced["speakers"]]
    if want_sp != got_sp:
        diffs.append(f"speakers: expected {[who(n) for n in want_sp]}, got {[who(n) for n in got_sp]}")
    return diffs + point_differences(expected, produced)


@pytest.mark.parametrize("sample", SAMPLES, ids=stem)
def test_outline_matches_hand_annotation(sample: Path) -> None:
    expected = load_expected(sample)
    _, produced = run(sample)
    diffs = differences(expected, produced)
    assert not diffs, (
        f"{sample.name} differs from tests/golden/{sample.stem}.expected.json:\n  - " + "\n  - ".join(diffs)
    )


@pytest.mark.parametrize("sample", SAMPLES, ids=stem)
def test_output_matches_snapshot(sample: Path) -> None:
    _, produced = run(sample)
    rendered = json.dumps(produced, indent=2, ensure_ascii=False) + "\n"
    snapshot = GOLDEN / f"{sample.stem}.json"
    if REGENERATE:
        snapshot.write_text(rendered, encoding="utf-8")
        return
    if not snapshot.exists():
        pytest.fail(
            f"no snapshot {snapshot.relative_to(ROOT)}: "
            f"create it with `{REGEN_HINT}` and review it before committing"
        )
    assert rendered == snapshot.read_text(encoding="utf-8"), (
        f"output for {sample.name} changed; if the change is intended, run `{REGEN_HINT}` and review the diff"
    )


@pytest.mark.parametrize("sample", SAMPLES, ids=stem)
def test_point_spans_slice_back(sample: Path) -> None:
    text, produced = run(sample)
    wrong = [
        f"{who(sp['name'])} {p['marker']!r}: text {p['text'][:60]!r} != source[{p['start']}:{p['end']}] "
        f"{text[p['start'] : p['end']][:60]!r}"
        for sp in produced["speakers"]
        for p in sp["points"]
        if text[p["start"] : p["end"]] != p["text"]
    ]
    assert not wrong, f"{sample.name}: point spans do not slice back:\n  - " + "\n  - ".join(wrong)


@pytest.fixture(scope="module")
def outline_schema() -> Json:
    schema_file = resources.files("minutes").joinpath("schema/outline.schema.json")
    schema: Json = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)
    return schema


@pytest.mark.parametrize("sample", SAMPLES, ids=stem)
def test_output_validates_against_schema(sample: Path, outline_schema: Json) -> None:
    _, produced = run(sample)
    validator = jsonschema.validators.validator_for(outline_schema)(outline_schema)
    errors = [
        f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in validator.iter_errors(produced)
    ]
    assert not errors, f"{sample.name}: JSON output does not match the schema:\n  - " + "\n  - ".join(errors)


def test_every_sample_has_an_annotation_and_back() -> None:
    samples = {p.stem for p in SAMPLES}
    annotated = {p.name.removesuffix(".expected.json") for p in GOLDEN.glob("*.expected.json")}
    assert samples, "no samples/*.txt found"
    assert samples - annotated == set(), (
        f"samples without tests/golden/STEM.expected.json: {sorted(samples - annotated)}"
    )
    assert annotated - samples == set(), (
        f"annotations without samples/STEM.txt: {sorted(annotated - samples)}"
    )


@pytest.mark.parametrize("sample", SAMPLES, ids=stem)
def test_hand_annotation_is_well_formed(sample: Path) -> None:
    """The annotation itself quotes the sample: names, markers and `starts` are in the text."""
    text = sample.read_bytes().decode("utf-8")
    expected = load_expected(sample)
    problems: list[str] = []
    unknown = set(expected) - {"genre", "meeting", "presider", "attendees", "speakers", "note"}
    if unknown:
        problems.append(f"unknown fields {sorted(unknown)}")
    names = [expected["presider"], *expected["attendees"], *(sp["name"] for sp in expected["speakers"])]
    problems += [f"name {n!r} is not in the text" for n in names if n is not None and n not in text]
    if expected["presider"] is not None and expected["presider"] in expected["attendees"]:
        problems.append("the presider is listed among the attendees")
    for sp in expected["speakers"]:
        for p in sp["points"]:
            at = text.find(p["starts"])
            if at < 0:
                problems.append(f"starts {p['starts']!r} is not in the text")
            elif p["marker"] not in text[max(0, at - 80) : at]:
                problems.append(f"marker {p['marker']!r} does not stand before {p['starts']!r}")
            if not isinstance(p["ordinal"], int) or p["ordinal"] < 1:
                problems.append(f"ordinal {p['ordinal']!r} of {p['starts']!r} is not a positive integer")
            if len(p["starts"].split()) > 8:
                problems.append(f"starts {p['starts']!r} is longer than 8 words")
    assert not problems, f"tests/golden/{sample.stem}.expected.json:\n  - " + "\n  - ".join(problems)

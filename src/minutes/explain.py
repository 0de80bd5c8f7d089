"""Why the outline says what it says: the trail of sieve decisions, in reading order.

Each :class:`Step` is one decision about someone in the outline: who presided, who
attended, who took the floor (and which points that gave them), and which short
references were resolved to whom ("Mr. Wu" -> Wu Qing). It names the sieve that made
the decision (and the subject or name sieve that found the person), and the words it
read: ``text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from minutes.attribution import MEETING, Decision
from minutes.lang import resolve
from minutes.model import Outline
from minutes.outline import Reading, read

_WHAT = {
    "presider": "presider",
    "attendee": "attendee",
    "speaker": "speaker",
    "resolved": "reference",
    "floor": "floor",
}


@dataclass(frozen=True, slots=True)
class Step:
    """One decision: ``who`` is ``what`` (by ``sieve``, via ``via``), read in ``text[start:end]``."""

    start: int
    end: int
    who: str | None  # None: the meeting as a body
    what: str  # presider | attendee | speaker | reference | points
    sieve: str
    via: str
    points: tuple[int, ...] = ()  # for "points": their numbers in the speaker's list (from 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "who": self.who,
            "what": self.what,
            "sieve": self.sieve,
            "via": self.via or None,
            "points": list(self.points),
            "start": self.start,
            "end": self.end,
        }


def explain(
    text: str, *, source: str = "-", encoding: str = "utf-8", lang: str = "auto"
) -> tuple[Outline, list[Step]]:
    """The outline of ``text`` and the steps that decided it, in reading order."""
    if resolve(lang, text) == "zh":
        return _explain_zh(text, source, encoding)
    outline = Outline(source=source, encoding=encoding)
    reading = read(text, outline)
    if reading is None:
        return outline, []
    return outline, _steps(reading)


def _explain_zh(text: str, source: str, encoding: str) -> tuple[Outline, list[Step]]:
    """The Chinese sieves' trail (``minutes.zh.sieves``) as steps."""
    from minutes.outline import summarize
    from minutes.zh.outline import read as read_zh

    outline = summarize(text, source=source, encoding=encoding, lang="zh")
    got = read_zh(text)
    if got is None:
        return outline, []
    people = got.doc.registry.people
    steps = [
        Step(
            d.evidence_span[0],
            d.evidence_span[1],
            None if d.who is None or d.who < 0 else people[d.who].name,
            _WHAT.get(d.what, d.what),
            d.sieve,
            "",
        )
        for d in got.doc.trail
        if d.what in _WHAT
    ]
    return outline, sorted(steps, key=lambda s: (s.start, s.end))


def _name(reading: Reading, who: int) -> str | None:
    return None if who == MEETING else reading.att.registry.entities[who].name


def _steps(reading: Reading) -> list[Step]:
    att, kept = reading.att, reading.kept
    steps: list[Step] = []
    seen: set[tuple[str, int, str, int, int]] = set()
    for d in att.trail:
        if d.who != MEETING and d.who not in kept:
            continue
        key = (d.what, d.who, d.sieve, d.start, d.end)
        if key in seen:
            continue
        seen.add(key)
        steps.append(Step(d.start, d.end, _name(reading, d.who), _WHAT[d.what], d.sieve, d.via))
    steps += _point_steps(reading)
    steps.sort(key=lambda s: (s.start, s.what == "points", s.end))
    return steps


def _point_steps(reading: Reading) -> list[Step]:
    """For each decision that gave someone the floor, the points they made holding it."""
    att = reading.att
    by_decision: dict[int, list[int]] = {}
    number: dict[int, int] = {}  # per speaker: points so far
    for si, _pt in reading.points:
        who = att.floor[si]
        who = MEETING if who < 0 else who
        number[who] = number.get(who, 0) + 1
        why = att.floor_why[si]
        if why is not None:
            by_decision.setdefault(why, []).append(number[who])
    out = []
    for why, numbers in by_decision.items():
        d: Decision = att.trail[why]
        out.append(Step(d.start, d.end, _name(reading, d.who), "points", d.sieve, d.via, tuple(numbers)))
    return out


def describe(step: Step, text: str) -> str:
    """One line: 'Wu Qing -> points 1-3: sieve speech-verb (subject: named-mention), "Mr. Wu stressed"'."""
    who = step.who if step.who is not None else "the meeting"
    words = " ".join(text[step.start : step.end].split())
    if len(words) > 80:
        words = words[:77] + "..."
    if step.what == "points":
        what = f"point {step.points[0]}" if len(step.points) == 1 else f"points {_numbers(step.points)}"
    elif step.what == "reference":
        return f'"{words}" -> {who}: name sieve {step.sieve.removeprefix("name-")}'
    else:
        what = step.what
    via = f" (subject: {step.via})" if step.via else ""
    return f'{who} -> {what}: sieve {step.sieve}{via}, "{words}"'


def _numbers(ns: tuple[int, ...]) -> str:
    if list(ns) == list(range(ns[0], ns[-1] + 1)) and len(ns) > 2:
        return f"{ns[0]}-{ns[-1]}"
    return ", ".join(map(str, ns))

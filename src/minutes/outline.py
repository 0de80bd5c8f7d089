"""The pipeline, top to bottom: text -> sentences -> who is who -> points -> Outline.

read.py       bytes -> text                      (done by the caller: CLI or user)
segment.py    text -> sentences with spans
meeting.py    sentences -> title and date
people.py     sentences -> mentions and a registry of people
attribute.py  -> presider, attendees, who holds the floor at each sentence
points.py     -> markers -> series -> points (condense.py gives priorities)
outline.py    -> the Outline (this module)
"""

from __future__ import annotations

from minutes.attribute import MEETING, NOBODY, Attribution, attribute
from minutes.meeting import find_meeting
from minutes.model import Outline, Participant, Point, Speaker
from minutes.points import build_series, find_markers, make_points
from minutes.segment import segment


def summarize(text: str, *, source: str = "-", encoding: str = "utf-8") -> Outline:
    """Outline narrative minutes: meeting, presider, attendees, speakers and their points."""
    sentences = segment(text)
    outline = Outline(source=source, encoding=encoding)
    if not sentences:
        return outline
    outline.meeting = find_meeting(text, sentences)
    att = attribute(text, sentences)
    floor = [MEETING if f == NOBODY else f for f in att.floor]
    series = build_series(find_markers(text, sentences), sentences, text, floor, att.narrated)
    points = make_points(series, sentences, text, floor)
    _assemble(outline, att, floor, points)
    return outline


def _assemble(outline: Outline, att: Attribution, floor: list[int], points: list[tuple[int, Point]]) -> None:
    reg = att.registry
    by_speaker: dict[int, list[Point]] = {}
    first = dict(att.first_sentence)
    for si, pt in points:
        key = floor[si]
        by_speaker.setdefault(key, []).append(pt)
        first.setdefault(key, si)
    rank = {k: n for n, k in enumerate(att.speakers)}
    order = sorted(first, key=lambda k: (first[k], rank.get(k, len(rank))))
    for key in order:
        pts = by_speaker.get(key, [])
        if key == MEETING:
            outline.speakers.append(Speaker(None, None, "meeting", points=pts))
            continue
        ent = reg.entities[key]
        outline.speakers.append(
            Speaker(
                name=ent.name,
                role=ent.role,
                kind=ent.kind,
                on_behalf_of=att.on_behalf_of.get(key),
                anonymous_role=ent.anonymous,
                points=pts,
            )
        )
    if att.presider is not None:
        p = reg.entities[att.presider]
        outline.presider = Participant(p.name, p.role, p.kind)
    present = list(att.present)
    for key in att.speakers:
        if key >= 0 and key not in present and key not in att.relayed and not reg.entities[key].anonymous:
            present.append(key)
    present.sort(key=lambda k: reg.entities[k].order)
    seen: set[int] = set()
    for key in present:
        if key == att.presider or key in seen or reg.entities[key].anonymous:
            continue
        seen.add(key)
        e = reg.entities[key]
        outline.attendees.append(Participant(e.name, e.role, e.kind))

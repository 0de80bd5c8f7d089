"""Stage: the Chinese pipeline into an :class:`~minutes.model.Outline`, the same as English.

segment -> meeting -> people (mentions) -> sieves (who did what) -> points -> outline
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes.model import Highlight, Outline, Participant, Point, Speaker
from minutes.zh import sieves
from minutes.zh.meeting import find_meeting
from minutes.zh.people import find_mentions
from minutes.zh.points import build_series, find_markers, make_points
from minutes.zh.segment import segment


@dataclass(slots=True)
class Reading:
    """What the Chinese pipeline read: the document model after the sieves, and the points."""

    doc: sieves.Doc
    points: list[tuple[int, Point]]


def read(text: str) -> Reading | None:
    """Run the Chinese pipeline; None when the text has no sentences."""
    sentences = segment(text)
    if not sentences:
        return None
    registry, mentions = find_mentions(text, sentences)
    doc = sieves.Doc(text, sentences, registry, mentions, sieves.find_verbs(text, sentences, mentions))
    sieves.run(doc)
    floor = [sieves.MEETING if f == sieves.NOBODY else f for f in doc.floor]
    series = build_series(find_markers(text, sentences), floor)
    return Reading(doc, make_points(series, sentences, text, floor))


def fill(outline: Outline, text: str) -> set[int] | None:
    """Fill ``outline`` from Chinese ``text``; the ids of the people it names."""
    outline.language = "zh"
    got = read(text)
    if got is None:
        return None
    doc = got.doc
    outline.meeting = find_meeting(text, doc.sentences)
    reg = doc.registry
    floor = [sieves.MEETING if f == sieves.NOBODY else f for f in doc.floor]
    by_speaker: dict[int, list[Point]] = {}
    first: dict[int, int] = {}
    for si in sorted(doc.spoke):
        for who in doc.spoke[si]:
            first.setdefault(who, si)
    for si, pt in got.points:
        by_speaker.setdefault(floor[si], []).append(pt)
        first.setdefault(floor[si], si)
    for key in sorted(first, key=lambda k: first[k]):
        pts = by_speaker.get(key, [])
        if key == sieves.MEETING:
            outline.speakers.append(Speaker(None, None, "meeting", points=pts))
        else:
            p = reg.people[key]
            outline.speakers.append(
                Speaker(p.name, p.role, "organization" if p.kind == "organization" else "person", points=pts)
            )
    if doc.presider is not None:
        p = reg.people[doc.presider]
        outline.presider = Participant(p.name, p.role)
    present = [*doc.present]
    # an organisation's statement is no presence (as for English)
    present += [k for k in first if k >= 0 and k not in present and reg.people[k].kind == "person"]
    named = {k for k in first if k >= 0}
    for key in sorted(present, key=lambda k: reg.people[k].order):
        if key == doc.presider:
            continue
        p = reg.people[key]
        outline.attendees.append(
            Participant(p.name, p.role, "organization" if p.kind == "organization" else "person")
        )
        named.add(key)
    if doc.presider is not None:
        named.add(doc.presider)
    return named


def annotate(outline: Outline, text: str) -> tuple[Outline, list[Highlight]]:
    """Fill ``outline``, and the spans ``show`` highlights: points, markers, mentions."""
    named = fill(outline, text)
    spans: set[Highlight] = set()
    for speaker in outline.speakers:
        for p in speaker.points:
            spans.add(Highlight(p.start, p.end, "point"))
            spans.add(Highlight(p.start, p.start + len(p.marker), "marker"))
    got = read(text) if named else None
    if got is not None and named:
        spans.update(Highlight(m.start, m.end, "mention") for m in got.doc.mentions if m.person in named)
    return outline, sorted(spans, key=lambda h: (h.start, -h.end, h.kind))


def explain(text: str) -> list[sieves.Decision]:
    """Every decision the sieves took on Chinese ``text``, in order: which sieve, at which
    sentence, what (presider, attendee, speaker, relayed, floor), who, and the words it rests on.

    >>> [(d.sieve, d.what, d.note) for d in explain("副市长吴清指出,要抓落实。")][:1]
    [('named-speech', 'speaker', '指出')]
    """
    got = read(text)
    return [] if got is None else got.doc.trail

"""The pipeline, top to bottom: text -> sentences -> who is who -> points -> Outline.

read.py       bytes -> text                      (done by the caller: CLI or user)
segment.py    text -> sentences with spans
meeting.py    sentences -> title and date
document.py   sentences -> the document model (tokens once per sentence)
people/       tokens -> mentions, and a registry of people with its name sieves
attribution/  -> presider, attendees, who holds the floor at each sentence (role sieves)
points.py     -> markers -> series -> points (condense.py gives priorities)
outline.py    -> the Outline (this module)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from minutes.attribution import MEETING, NOBODY, Attribution, attribute
from minutes.attribution.attendance import attendees, body_spoke
from minutes.attribution.predicates import with_honorific
from minutes.document import Document, plain_view
from minutes.lang import resolve
from minutes.meeting import find_meeting
from minutes.model import Highlight, Outline, Participant, Point, Sentence, Speaker
from minutes.people import Mention
from minutes.points import build_series, find_markers, make_points
from minutes.segment import segment


def summarize(
    text: str,
    *,
    source: str = "-",
    encoding: str = "utf-8",
    lang: str = "auto",
    on_progress: Callable[[int, int], None] | None = None,
) -> Outline:
    """Outline narrative minutes: meeting, presider, attendees, speakers and their points.

    ``lang`` is "en", "zh" or "auto" (by the text's share of Han characters, ``minutes.lang``).
    ``on_progress(done, total)``, if given, is called now and then with how many characters
    of the text have been read (for a progress display on a long file).
    """
    outline = Outline(source=source, encoding=encoding)
    if resolve(lang, text) == "zh":  # language dispatch: Chinese goes down minutes.zh
        from minutes.zh.outline import fill

        fill(outline, text)
        return outline
    read(text, outline, on_progress)
    return outline


def annotate(
    text: str, *, source: str = "-", encoding: str = "utf-8", lang: str = "auto"
) -> tuple[Outline, list[Highlight]]:
    """The outline of :func:`summarize`, and the spans that show how it was read.

    The highlights, sorted by start (longest first), are the points' whole texts, their
    enumeration markers, and every mention of someone in the outline (presider,
    attendee or speaker) as the name it was read under: "Mr. Wu", "Vice Mayor Wu Qing",
    "Songjiang District Government". ``text[h.start:h.end]`` is what each covers.
    """
    outline = Outline(source=source, encoding=encoding)
    if resolve(lang, text) == "zh":  # language dispatch: Chinese goes down minutes.zh
        from minutes.zh.outline import annotate as annotate_zh

        return annotate_zh(outline, text)
    found = read(text, outline)
    spans: set[Highlight] = set()
    for speaker in outline.speakers:
        who = None if speaker.kind == "meeting" else speaker.name
        for p in speaker.points:
            spans.add(Highlight(p.start, p.end, "point", who))
            if p.marker:
                spans.add(Highlight(p.start, p.start + len(p.marker), "marker", who))
    if found is not None:
        att, kept = found.att, found.kept
        for m, ent in att.mentions:
            if ent is None:
                ent = att.registry.lookup_tokens(m.name.split())
            if ent is None or ent.kind != m.kind or ent.id not in kept:
                continue
            spans.update(Highlight(a, b, "mention", ent.name) for a, b in _mention_spans(m, text))
        entities = att.registry.entities
        spans.update(Highlight(a, b, "mention", entities[eid].name) for a, b, eid in att.named if eid in kept)
    return outline, sorted(spans, key=lambda h: (h.start, -h.end, h.kind))


def _mention_spans(m: Mention, text: str) -> list[tuple[int, int]]:
    """The name with the honorific or title before it ("Mr. Wu", "Vice Mayor Wu Qing"),
    and a title in apposition on its own ("Wu Qing, Vice Mayor")."""
    start = m.start
    title = m.role_span
    if title is not None and title[1] <= start and not text[title[1] : start].strip():
        start, title = title[0], None
    else:
        start = with_honorific(text, start)
    return [(start, m.end)] if title is None else [(start, m.end), title]


@dataclass
class Reading:
    """How the outline was read: the attribution with its trail, the points with the
    sentence each stands in, and the entity ids the outline names."""

    att: Attribution
    points: list[tuple[int, Point]]
    kept: set[int]


def read(
    text: str, outline: Outline, on_progress: Callable[[int, int], None] | None = None
) -> Reading | None:
    """Run the pipeline into ``outline``; how it was read (None when the text has no
    sentences)."""
    sentences = segment(text, "en")  # the English path (Chinese went down minutes.zh)
    if not sentences:
        return None
    outline.meeting = find_meeting(text, sentences)
    # attribution reads the text with Markdown emphasis blanked ("**Chair:** Ms Ann Reid");
    # the points keep the original text (the offsets are the same)
    view = plain_view(text)
    if view is not text:
        sentences_read = [Sentence(s.start, s.end, view[s.start : s.end], s.paragraph) for s in sentences]
    else:
        sentences_read = sentences
    att = attribute(Document(view, sentences_read, outline.meeting.title), on_progress)
    floor = [MEETING if f == NOBODY else f for f in att.floor]
    series = build_series(find_markers(text, sentences), sentences, text, floor, att.narrated, att.body_acts)
    points = make_points(series, sentences, text, floor)
    return Reading(att, points, _assemble(outline, att, floor, points, text))


def _assemble(
    outline: Outline, att: Attribution, floor: list[int], points: list[tuple[int, Point]], text: str
) -> set[int]:
    """Fill ``outline``; the ids of the entities it names."""
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
            if pts or body_spoke(att):
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
    seen: set[int] = set()
    for key in attendees(att):
        seen.add(key)
        e = reg.entities[key]
        outline.attendees.append(Participant(e.name, e.role, e.kind))
    named = seen | {k for k in order if k >= 0}
    if att.presider is not None:
        named.add(att.presider)
    return named

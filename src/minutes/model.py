"""The data that flows through the pipeline, and the outline it ends in.

Every extracted item carries a character span ``[start, end)`` into the decoded
input text, so that ``text[start:end]`` gives back exactly what was extracted.
The library never prints; renderers turn an :class:`Outline` into output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SpeakerKind = Literal["person", "organization", "meeting"]
HighlightKind = Literal["marker", "mention", "point"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == source[start:end]``; ``paragraph`` counts from 0."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(slots=True)
class Point:
    """One enumerated point of a speaker."""

    ordinal: int
    marker: str
    text: str
    priority: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "ordinal": self.ordinal,
            "marker": self.marker,
            "text": self.text,
            "priority": self.priority,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Participant:
    """A person or organisation present at the meeting."""

    name: str
    role: str | None = None
    kind: SpeakerKind = "person"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "kind": self.kind}


@dataclass(slots=True)
class Speaker:
    """Someone who spoke, with their points. ``name`` is None for the meeting as a body."""

    name: str | None
    role: str | None
    kind: SpeakerKind
    on_behalf_of: str | None = None
    anonymous_role: bool = False
    points: list[Point] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "kind": self.kind,
            "on_behalf_of": self.on_behalf_of,
            "anonymous_role": self.anonymous_role,
            "points": [p.to_dict() for p in self.points],
        }


@dataclass(slots=True)
class Meeting:
    title: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "date": self.date}


@dataclass(slots=True)
class Outline:
    """What the meeting was, who presided, who attended, who spoke and their points."""

    source: str = "-"
    encoding: str = "utf-8"
    language: str = "en"  # "en" or "zh" (minutes.lang)
    meeting: Meeting = field(default_factory=Meeting)
    presider: Participant | None = None
    attendees: list[Participant] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (see ``schema/outline.schema.json``)."""
        return {
            "source": self.source,
            "encoding": self.encoding,
            "language": self.language,
            "meeting": self.meeting.to_dict(),
            "presider": None
            if self.presider is None
            else {"name": self.presider.name, "role": self.presider.role},
            "attendees": [a.to_dict() for a in self.attendees],
            "speakers": [s.to_dict() for s in self.speakers],
        }


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of the input worth showing: ``text[start:end]`` is an enumeration marker
    ("First of all"), a mention of someone in the outline ("Vice Mayor Wu Qing", "Mr. Wu"),
    or a point's whole text. Spans of different kinds may nest (a marker starts its point).

    ``who`` is the display name of whom it is about: the person or body a mention refers
    to, the speaker a point (and its marker) belongs to; None for the meeting as a body,
    or when unknown."""

    start: int
    end: int
    kind: HighlightKind
    who: str | None = None

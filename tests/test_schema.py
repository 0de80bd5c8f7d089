"""The JSON contract: schema/outline.schema.json describes Outline.to_dict() exactly."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from minutes.model import Meeting, Outline, Participant, Point, Speaker


def load_schema() -> dict[str, Any]:
    # Read through the installed package, as a user of the wheel would.
    text = (resources.files("minutes") / "schema" / "outline.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


SCHEMA = load_schema()
VALIDATOR = Draft202012Validator(SCHEMA)

FULL = Outline(
    source="minutes.txt",
    encoding="utf-8",
    meeting=Meeting("the first plenary meeting of the Leading Group", "July 3rd"),
    presider=Participant("Chen Mingbo", "Deputy Secretary-General"),
    attendees=[
        Participant("Wu Qing", "Vice Mayor"),
        Participant("Songjiang District Government", None, "organization"),
    ],
    speakers=[
        Speaker(
            "Wu Qing",
            "Vice Mayor",
            "person",
            points=[
                Point(1, "First of all", "take the parks as the main position", "take the parks", 10, 44),
                Point(2, "Second", "it is advisable to act", "act", 60, 82),
            ],
        ),
        Speaker("Lu Ming", "Vice Chairman", "person", on_behalf_of="the Office of the Leading Group"),
        Speaker("Leader", None, "person", anonymous_role=True),
        Speaker(
            None, None, "meeting", points=[Point(1, "1.", "Noted the report.", "Noted the report.", 0, 1)]
        ),
    ],
)
EMPTY = Outline()


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("outline", [FULL, EMPTY], ids=["full", "empty"])
def test_hand_built_outline_validates(outline: Outline) -> None:
    VALIDATOR.validate(outline.to_dict())


def test_required_fields_are_exactly_what_to_dict_writes() -> None:
    """If model.py gains a field, the schema must list it (and the other way round)."""
    data = FULL.to_dict()
    defs = SCHEMA["$defs"]
    presider_schema = SCHEMA["properties"]["presider"]["oneOf"][1]
    assert set(SCHEMA["required"]) == set(data)
    assert set(SCHEMA["properties"]["meeting"]["required"]) == set(data["meeting"])
    assert set(presider_schema["required"]) == set(data["presider"])
    assert set(defs["participant"]["required"]) == set(data["attendees"][0])
    assert set(defs["speaker"]["required"]) == set(data["speakers"][0])
    assert set(defs["point"]["required"]) == set(data["speakers"][0]["points"][0])


_DELETE = object()


def _broken(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(FULL.to_dict())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


# (what is wrong, path into FULL.to_dict(), new value)
INVALID: list[tuple[str, tuple[str | int, ...], Any]] = [
    ("no speakers field", ("speakers",), _DELETE),
    ("meeting without date", ("meeting", "date"), _DELETE),
    ("presider as a bare string", ("presider",), "Chen Mingbo"),
    ("empty attendee name", ("attendees", 0, "name"), ""),
    ("unknown kind", ("speakers", 0, "kind"), "robot"),
    ("anonymous_role not a bool", ("speakers", 2, "anonymous_role"), "yes"),
    ("ordinal 0", ("speakers", 0, "points", 0, "ordinal"), 0),
    ("negative start", ("speakers", 0, "points", 0, "start"), -1),
    ("point without priority", ("speakers", 0, "points", 1, "priority"), _DELETE),
]


@pytest.mark.parametrize(("path", "value"), [(p, v) for _, p, v in INVALID], ids=[w for w, _, _ in INVALID])
def test_invalid_outlines_are_rejected(path: tuple[str | int, ...], value: Any) -> None:
    assert not VALIDATOR.is_valid(_broken(path, value))


def test_extra_fields_are_allowed() -> None:
    """The contract lets later versions add fields."""
    data = FULL.to_dict()
    data["version"] = 2
    data["speakers"][0]["points"][0]["confidence"] = 0.9
    VALIDATOR.validate(data)

"""Bugs a new user found (issue 11), each an end-to-end golden case: a short text of
minutes through ``minutes.summarize``, and the part of the outline the bug broke.
"""

from __future__ import annotations

import minutes


def _points(text: str) -> dict[str | None, list[tuple[str, str]]]:
    """{speaker: [(marker, text)]} for every speaker of the outline."""
    outline = minutes.summarize(text)
    return {s.name: [(p.marker, p.text) for p in s.points] for s in outline.speakers}


# -- 1. a stance verb makes a speaker; "In his view," is that speaker's voice; a point
# ends with its sentence


def test_stance_verb_makes_a_speaker_and_points_end_with_their_sentence() -> None:
    text = (
        "Ms. Karen Holt said the library hours should be extended. Councillor Szabo opposed the "
        "motion. In his view, firstly, the budget was stretched; secondly, the staff were not "
        "consulted. The vote was taken."
    )
    assert _points(text) == {
        "Karen Holt": [],
        "Szabo": [
            ("firstly", "firstly, the budget was stretched"),
            ("secondly", "secondly, the staff were not consulted."),
        ],
    }


def test_supported_makes_a_speaker() -> None:
    text = "Mr. Tom Ball said little. Ms. Ann Reid supported the plan: first, it is cheap; second, it works."
    assert _points(text) == {
        "Tom Ball": [],
        "Ann Reid": [("first", "first, it is cheap"), ("second", "second, it works.")],
    }


def test_in_his_view_is_the_voice_of_the_man_who_spoke_not_of_the_floor() -> None:
    text = (
        "Ms. Karen Holt said the hours should be extended. Councillor Szabo opposed the motion. "
        "Ms. Holt disagreed. In his view, firstly, the budget was stretched; secondly, the staff were "
        "not consulted."
    )
    got = _points(text)
    assert [m for m, _ in got["Szabo"]] == ["firstly", "secondly"]
    assert got["Karen Holt"] == []


def test_a_sentence_initial_point_ends_with_its_sentence() -> None:
    text = (
        "Councillor Szabo opposed the motion. Firstly, the budget was stretched. Secondly, the staff "
        "were not consulted. The motion was carried by 5 votes to 2."
    )
    assert _points(text)["Szabo"] == [
        ("Firstly", "Firstly, the budget was stretched."),
        ("Secondly", "Secondly, the staff were not consulted."),
    ]

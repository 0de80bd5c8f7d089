"""Bugs a new user found (issue 11), each an end-to-end golden case: a short text of
minutes through ``minutes.summarize``, and the part of the outline the bug broke.
"""

from __future__ import annotations

import pytest

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


# -- 5. Markdown emphasis does not hide structure; points keep the original text


def test_markdown_emphasis_does_not_hide_the_chair_or_the_speaker() -> None:
    text = (
        "**Chair:** Ms Ann Reid\n\n"
        "*Mr Bell* agreed that the roof needed work: first, the *gutters*; second, the tiles.\n"
    )
    outline = minutes.summarize(text, source="minutes.md")
    assert outline.presider is not None and outline.presider.name == "Ann Reid"
    assert [(s.name, [p.text for p in s.points]) for s in outline.speakers] == [
        ("Bell", ["first, the *gutters*", "second, the tiles."])
    ]
    for p in outline.speakers[0].points:
        assert text[p.start : p.end] == p.text


def test_plain_view_blanks_emphasis_only() -> None:
    from minutes.document import plain_view

    cases = {
        "**Chair:** Ms Ann Reid": "  Chair:   Ms Ann Reid",
        "*Mr Bell* agreed": " Mr Bell  agreed",
        "__Present:__ A": "  Present:   A",
        "* a bullet\n* another": "* a bullet\n* another",
        "2 * 3 * 4 and snake_case_name": "2 * 3 * 4 and snake_case_name",
    }
    for text, view in cases.items():
        assert plain_view(text) == view


# -- 7. the meeting as a body is a speaker only when it says or decides something
# (GOLD.md convention 11), or has points

BODY_SPEAKS: list[tuple[str, list[str | None]]] = [
    ("The meeting deliberated on the budget. Ms. Ann Reid said the accounts were fine.", ["Ann Reid"]),
    (
        "Ms. Ann Reid said the accounts were fine. The Committee was briefed on the audit and discussed it.",
        ["Ann Reid"],
    ),
    ("Ms. Ann Reid said the accounts were fine.\nDecisions:\nNone.\n", ["Ann Reid"]),
    (
        "Ms. Ann Reid said the accounts were fine.\nRESOLVED: that the accounts be approved.\n",
        ["Ann Reid", None],
    ),
    (
        "Ms. Ann Reid said the accounts were fine. The meeting discussed the plan and decided to go ahead.",
        ["Ann Reid", None],
    ),
    (
        "The representative of the European Union said aid was short. It supported the Common Framework.",
        ["representative of the European Union"],
    ),
    (
        "The representative of Egypt said aid was short. It was agreed that the talks go on.",
        ["representative of Egypt", None],
    ),
    ("The Committee met on Monday. It noted that aid was short.", [None]),
]


@pytest.mark.parametrize(("text", "speakers"), BODY_SPEAKS)
def test_the_body_speaks_only_by_a_verb_of_its_own(text: str, speakers: list[str | None]) -> None:
    assert [s.name for s in minutes.summarize(text).speakers] == speakers

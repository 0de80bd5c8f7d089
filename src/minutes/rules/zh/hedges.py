"""Chinese hedges stripped from the front of a point's content to get its priority.

A closed list, longest first; at most one is stripped, only at the very start
(GOLD-zh.md). Each entry: (hedge, example content, priority left).
"""

from __future__ import annotations

HEDGES: tuple[tuple[str, str, str], ...] = (
    ("一定要", "一定要守住安全底线", "守住安全底线"),
    ("必须要", "必须要加强领导", "加强领导"),
    ("必须", "必须统一思想", "统一思想"),
    ("务必", "务必抓好落实", "抓好落实"),
    ("应该", "应该加大援助", "加大援助"),
    ("应当", "应当依法办事", "依法办事"),
    ("需要", "需要完善制度", "完善制度"),
    ("要", "要深入开展调查研究", "深入开展调查研究"),
)

#: Words that start with 要 but where 要 is no modal verb: the content keeps them.
NOT_MODAL_YAO: tuple[tuple[str, str], ...] = (
    ("要素", "要素保障有力"),
    ("要点", "要点是抓落实"),
    ("要求", "要求明确"),
    ("要闻", "要闻摘编"),
    ("要害", "要害在落实"),
    ("要务", "要务在于发展"),
)

#: Not hedges: they stay in the priority (GOLD-zh.md).
NOT_HEDGES: tuple[str, ...] = ("进一步", "切实", "着力", "加快", "坚持", "努力", "认真")

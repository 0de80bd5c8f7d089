"""Chinese enumeration markers (GOLD-zh.md, "Points"): which words open a list item.

Every entry is (word, value or None, worked example). ``None`` means "the next one"
(其次, 再次, 然后 continue an open series); closers (最后) take the next ordinal and end it.
"""

from __future__ import annotations

#: Chinese numerals one to ten, and the forms of eleven to twenty ("十一" ... "二十").
NUMERALS: dict[str, int] = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}

#: Fused after a bare numeral, these make the marker ("一是", "二要"); each its own series.
NUMERAL_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("是", "一是要深入开展调查研究;二是要不断加强信访工作"),
    ("要", "一要加强学习。二要狠抓落实。"),
    ("则", "一则可以节约成本,二则可以提高效率"),
    ("来", "一来时间紧,二来任务重"),
)

#: Ordinal words: (word, value, closer, example). Mixed in one series ("首先……第二……第三").
ORDINAL_WORDS: tuple[tuple[str, int | None, bool, str], ...] = (
    ("首先", 1, False, "首先,必须统一思想。第二,必须深化改革。"),
    ("其次", None, False, "首先,要提高认识。其次,要加强领导。"),
    ("再次", None, False, "首先,要提高认识。其次,要加强领导。再次,要严格考核。"),
    ("然后", None, False, "首先,摸清底数;然后,制定方案。"),
    ("最后", None, True, "首先,要提高认识。其次,要加强领导。最后,要严格考核。"),
)

#: 第 + numeral is a marker only when punctuation or a hedge follows ("第一,", "第一要");
#: these words after it make it a count or a rank, not a marker (第一次会议, 第一书记, 第十四届).
ORDINAL_PREFIX = "第"
ORDINAL_FOLLOWERS = "，,、：:.\uff0e"  # "第一," "第一：" ("第一要" is handled by the hedges table)

#: Punctuation that may stand right after a marker (stripped before the point's content).
AFTER_MARKER = "，,、：:.\uff0e；; \u3000"

#: Where a marker may start: at the start of a sentence or line, or after one of these.
BEFORE_MARKER = '，,；;：:。！？!?、\n \t\u3000“"（('

#: Circled numbers ① to ⑩.
CIRCLED: str = "①②③④⑤⑥⑦⑧⑨⑩"

#: Numbered styles: (family, regex with group "n", example). ``n`` is Chinese or Arabic.
NUMBERED: tuple[tuple[str, str, str], ...] = (
    ("zh、", r"(?P<n>[一二三四五六七八九十]{1,3})、", "一、加强领导。二、落实责任。"),
    ("(zh)", r"[（(](?P<n>[一二三四五六七八九十]{1,3})[）)]", "（一）加强领导。（二）落实责任。"),
    ("(1)", r"[（(](?P<n>\d{1,2})[）)]", "（1）加强领导;（2）落实责任。"),
    ("1.", r"(?P<n>\d{1,2})[.\uff0e](?!\d)", "1.加强领导。2.落实责任。"),
    ("1、", r"(?P<n>\d{1,2})、", "1、加强领导。2、落实责任。"),
    ("①", r"(?P<n>[①②③④⑤⑥⑦⑧⑨⑩])", "①加强领导;②落实责任。"),
)

#: Look-alikes that are not markers (tests/test_zh_rules.py keeps them out), with why.
NOT_MARKERS: tuple[tuple[str, str], ...] = (
    ("第一次会议", "第一 followed by 次: a count"),
    ("第一书记", "a rank in a title"),
    ("第十四届", "a session number"),
    ("十四五", "a plan's name"),
    ("三严三实", "a slogan"),
    ("第一个百年奋斗目标", "第一 followed by 个"),
    ("首先,我代表市政府表示欢迎。", "a lone 首先: no series after it"),
    ("1967年", "a year, not 1."),
)

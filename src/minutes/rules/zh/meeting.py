"""Chinese meeting title and date (GOLD-zh.md, "Meeting"), read from the headline and the
first sentence. Each pattern: (regex, example, what it finds).
"""

from __future__ import annotations

#: A date as written: "7月3日", "2018年7月3日", "1月4日下午".
DATE: tuple[str, str, str] = (
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚|凌晨|中午)?(?![讯电])",
    "2018年8月4日,国务委员兼外交部长王毅出席……",
    "2018年8月4日",
)

#: What a meeting's name ends with.
MEETING_NOUNS: tuple[str, ...] = (
    "会议",
    "座谈会",
    "汇报会",
    "外长会",
    "峰会",
    "论坛",
    "大会",
    "全会",
    "常务会",
    "推进会",
    "部署会",
    "调度会",
    "动员会",
    "见面会",
    "恳谈会",
    "协调会",
    "现场会",
    "研讨会",
    "发布会",
    "例会",
    "工作会",
    "联席会",
    "办公会",
    "务虚会",
    "专题会",
    "培训会",
    "交流会",
    "视频会",
    "电视电话会",
    "学习会",
    "会",
)

#: Where the name stands: after 召开/出席/参加 (or "出席在……举行的"), or before ……召开.
TITLE_PATTERNS: tuple[tuple[str, str, str], ...] = (
    (
        r"(?:召开了?|出席了?(?:在[^，,。]{1,20}?举行的)?|参加了?)(?P<t>[^，,。；;：:、\s“”]{2,40}?(?:{nouns}))"
        r"(?=[，,。；;：:并上在\s]|$)",
        "我区召开全区领导干部电视电话会议。",
        "全区领导干部电视电话会议",
    ),
    (
        r"(?:^|[，,。\s])(?P<t>[^，,。；;：:、\s“”]{2,40}?(?:{nouns}))(?:在[^，,。]{1,20}?)?(?:召开|举行)(?!的)",
        "全区林业系统办公室工作座谈会在兴安盟召开",
        "全区林业系统办公室工作座谈会",
    ),
)

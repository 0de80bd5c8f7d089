"""Chinese role verbs (GOLD-zh.md, "Who presided, attended, spoke").

Each family is a tuple of (verb, example); the sieves in ``minutes.zh.sieves`` read them.
A verb counts for the named people before it in its sentence, unless something else
(another verb, a 的 that makes it a noun: "卢光文在全体会议上的讲话") stands between.
"""

from __future__ import annotations

#: X presided: "会议由X主持", "X主持会议", "X主持召开……会议" (not "主持公道").
PRESIDING: tuple[tuple[str, str], ...] = (
    ("主持", "区委书记牛青山主持会议并讲话。"),
    ("主持召开", "习近平主持召开经济社会领域专家座谈会。"),
)
#: What may follow 主持 when it means "preside" (anything else: "主持公道" is not presiding).
PRESIDING_OBJECTS: tuple[str, ...] = (
    "会议",
    "召开",
    "座谈",
    "本次",
    "今天",
    "并",
    "，",
    ",",
    "。",
    "；",
    ";",
    "了",
    "的",
    "下",
    "全会",
    "大会",
)

#: X attended (the presider excluded later).
ATTENDANCE: tuple[tuple[str, str], ...] = (
    ("出席", "王毅出席第八届东亚峰会外长会"),
    ("参加", "市政府秘书长梁斌参加会议。"),
    ("列席", "副区长王五列席会议。"),
    ("陪同", "副市长李四陪同调研。"),
    ("到会", "兴安盟行署孙德敏副盟长到会致辞"),
    ("举行会谈", "习近平同巴勒斯坦总统阿巴斯举行会谈"),
    ("会见", "李强会见德国总理朔尔茨"),
    ("会晤", "习近平同拜登举行会晤"),
    ("进行正式访问", "德国总理朔尔茨于4月14日至16日对中国进行正式访问。"),
    ("进行国事访问", "法国总统马克龙对中国进行国事访问。"),
)

#: X spoke.
SPEECH: tuple[tuple[str, str], ...] = (
    ("讲话", "呼群厅长做了重要讲话"),
    ("致辞", "孙德敏副盟长到会致辞"),
    ("发言", "郑永年等9位专家代表先后发言"),
    ("指出", "副市长吴清指出,一是要……"),
    ("强调", "张广勇强调,一是……"),
    ("表示", "王毅表示,东亚峰会……"),
    ("要求", "王局长要求,一要……"),
    ("提出", "习近平提出三点主张。"),
    ("认为", "李明认为,要……"),
    ("希望", "呼厅长希望林业系统办公室的同志们……"),
    ("建议", "岳小曼建议,第一,……;第二,……"),
    ("说", "他说,要……"),
)

#: A named person reporting: a speaker too (传达 by a person, not "会上传达了").
REPORT: tuple[tuple[str, str], ...] = (
    ("传达", "区委副书记、政法委书记李文起传达了市委十一届十次全会精神。"),
    ("通报", "副区长王五通报了全区安全生产情况。"),
    ("汇报", "区发改委主任赵六汇报了项目进展。"),
    ("介绍", "市商务委主任钱七介绍了有关情况。"),
)

#: The meeting as a body (speaker null): subject then verb, in one clause.
BODY_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("会议", "会议指出,一要……"),
    ("会议认为", "会议认为,当前……"),
    ("双方", "双方都认为,应落实……"),
    ("两国领导人", "两国领导人就乌克兰危机深入交换意见,表示……"),
    ("两国元首", "两国元首一致认为……"),
    ("与会人员", "与会人员一致认为……"),
    ("与会同志", "与会同志认为……"),
)
BODY_VERBS: tuple[tuple[str, str], ...] = (
    ("指出", "会议指出"),
    ("强调", "会议强调"),
    ("要求", "会议要求"),
    ("认为", "双方都认为"),
    ("决定", "会议决定"),
    ("表示", "两国领导人……表示"),
    ("提出", "会议提出"),
    ("同意", "双方同意"),
)
#: A requirement with no subject at a clause start is the meeting's ("……,要求全体干部要……").
BODY_BARE: tuple[tuple[str, str], ...] = (("要求", "围绕贯彻落实会议精神,要求全体干部要……"),)

#: Speech only relayed: the person is neither attendee nor speaker ("传达了区长卢光文……的讲话").
RELAYED: tuple[tuple[str, str], ...] = (
    ("的讲话", "重点传达了区长卢光文在全体会议上的讲话"),
    ("的重要讲话", "传达了李明同志的重要讲话"),
    ("的指示", "传达了李明的指示"),
    ("讲话精神", "传达学习李明讲话精神"),
)

#: Third-person pronouns that stand for the last named speaker.
PRONOUNS: tuple[tuple[str, str], ...] = (("他", "他强调,……"), ("她", "她表示,……"))

#: A verb right after one of these is a noun ("八点具体要求", "卢光文……的讲话").
NOUN_BEFORE: tuple[tuple[str, str], ...] = (
    ("的", "区长卢光文在全体会议上的讲话"),
    ("点", "提出八点要求"),
    ("具体", "提出八点具体要求"),
    ("项", "三项要求"),
    ("条", "几条要求"),
    ("的重要", "传达了李明同志的重要讲话"),
)
#: A verb followed by these is a noun: (verb, what follows, example).
NOUN_AFTER: tuple[tuple[str, str, str], ...] = (
    ("发言", "人", "外交部发言人汪文斌"),
    ("讲话", "中", "在讲话中指出"),
    ("发言", "中", "在发言中表示"),
    ("讲话", "稿", "讲话稿"),
    ("讲话", "精神", "传达学习讲话精神"),
    ("致辞", "中", "在致辞中表示"),
    ("要求", "的", "按照上级要求的标准"),
)
#: 说 is "said" only before punctuation ("他说,……"), not in 说明, 据说.
SAY: tuple[str, str] = ("说", "他说,要……")

#: A headline that names a speech: the whole document is that person's speech.
HEADLINE_SPEECH: tuple[str, str] = (
    r"^(?:同志)?在.{2,60}?(?:上|中)的(?:重要)?(?:讲话|致辞|发言|演讲|主旨演讲|报告)$",
    "王立军在全县安全生产工作会议上的讲话",
)

#: A whole clause naming a meeting before a body verb: the meeting as a body.
BODY_CLAUSE: tuple[str, str] = (
    r"[^，,。；;：:]{0,20}?(?:会议|全会|常委会|座谈会|常务会)(?:还|也|都|一致|进一步|同时|再次|明确)*",
    "市政府常务会议指出",
)

"""Chinese titles: the words a title ends with, so that "副市长吴清", "呼群厅长" and
"兴安盟行署孙德敏副盟长" are read as a title and a name (GOLD-zh.md, "Names and roles").

A title phrase is any run of characters (an organisation, 副, 名誉 ...) ending in one of
``TITLE_ENDINGS``; several are joined by 、 or 兼 ("市委副书记、市长", "国务委员兼外交部长").
Each entry: (ending, example with a name).
"""

from __future__ import annotations

TITLE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("总书记", "中共中央总书记习近平"),
    ("书记", "区委书记牛青山"),
    ("主席", "国家主席习近平"),
    ("副主席", "国家副主席韩正"),
    ("总理", "德国总理朔尔茨"),
    ("总统", "巴勒斯坦总统阿巴斯"),
    ("首相", "日本首相岸田文雄"),
    ("委员", "国务委员王毅"),
    ("常委", "市委常委、秘书长李小明"),
    ("部长", "外交部长王毅"),
    ("省长", "省长王文涛"),
    ("市长", "副市长吴清"),
    ("区长", "区长卢光文"),
    ("县长", "县长李明"),
    ("镇长", "镇长王强"),
    ("盟长", "兴安盟行署孙德敏副盟长"),
    ("厅长", "呼群厅长"),
    ("局长", "市林业局副局长、化保局局长李四"),
    ("处长", "处长张三"),
    ("科长", "科长王五"),
    ("主任", "办公室主任赵六"),
    ("秘书长", "市政府秘书长梁斌"),
    ("院长", "清华大学公共管理学院院长江小涓"),
    ("所长", "世界经济与政治研究所所长张宇燕"),
    ("会长", "研究会副会长樊纲"),
    ("校长", "校长陈华"),
    ("教授", "特聘教授陆铭"),
    ("主任委员", "主任委员刘平"),
    ("巡视员", "乔云副巡视员"),
    ("调研员", "调研员周平"),
    ("董事长", "董事长王伟"),
    ("总经理", "总经理李华"),
    ("经理", "经理孙丽"),
    ("行长", "行长易纲"),
    ("司长", "司长华春莹"),
    ("大使", "驻德国大使吴恳"),
    ("发言人", "外交部发言人汪文斌"),
    ("记者", "记者刘小宇"),
    ("组长", "督导组组长黄河"),
    ("队长", "大队长钱进"),
    ("主委", "民建市委主委孙明"),
    ("社长", "社长何平"),
    ("检察长", "检察长孟军"),
    ("外长", "新加坡外长维文"),
    ("议长", "议长王五"),
    ("国务卿", "美国国务卿布林肯"),
    ("委员长", "全国人大常委会委员长赵乐际"),
    ("理事长", "理事长陈七"),
    ("团长", "代表团团长刘八"),
    ("政委", "政委孙九"),
    ("司令员", "司令员周十"),
    ("总监", "总监吴一"),
    ("专员", "专员郑二"),
    ("厂长", "厂长冯三"),
    ("站长", "站长陈四"),
    ("馆长", "馆长褚五"),
    ("庭长", "庭长卫六"),
    ("院士", "中国科学院院士蒋七"),
    ("总裁", "总裁沈八"),
    ("国王", "约旦国王阿卜杜拉"),
    ("参赞", "公使衔参赞韩九"),
    ("秘书", "秘书杨十"),
    ("领导", "市领导王五、李四出席会议"),
    ("长官", "香港特区行政长官李家超"),
    ("研究员", "研究员王六"),
    ("工程师", "总工程师刘七"),
    ("助理", "局长助理陈八"),
    ("审计长", "审计署审计长侯凯"),
    ("署长", "海关总署署长俞建华"),
    ("台长", "电视台台长何九"),
    ("主编", "杂志主编冯十"),
    ("编辑", "总编辑吕一"),
)

#: Joins two titles of one person: "市委副书记、市长龚正", "国务委员兼外交部长王毅".
TITLE_JOINERS: tuple[str, ...] = ("、", "兼")

#: Honorifics written after a name: not part of it ("龚正同志").
NAME_SUFFIXES: tuple[str, ...] = ("同志", "先生", "女士")

#: Collective phrases: neither attendees nor speakers (GOLD-zh.md).
COLLECTIVE: tuple[str, ...] = (
    "与会领导",
    "各部门负责人",
    "负责同志",
    "四套班子",
    "全体职工",
    "全体干部",
    "专家学者",
    "代表",
)

#: Optional words before a title ending written after a name ("孙德敏副盟长", "乔云副巡视员").
TITLE_AFTER_PREFIXES: tuple[str, ...] = ("常务副", "副", "名誉", "代", "原")

#: Characters an organisation's name ends with: a name never ends with one ("市林业局副局长"
#: is no person "林业局"), and a run of text ending in one before a name is part of a title
#: wrapped around it ("兴安盟行署孙德敏副盟长").
ORG_CHARS: str = "局厅委部院会办处司署府所组区市省县盟镇乡村室社校馆站队团中心党"

#: What may follow a name: punctuation, a date, an honorific, a verb of the meeting, a
#: preposition. Example: "王毅出席", "习近平8月24日下午", "江小涓、", "朔尔茨于4月".
NAME_FOLLOWERS_PUNCT: str = "，,、。；;：:！？!?（(）)“”\"' \t\u3000\n"
NAME_FOLLOWERS: tuple[str, ...] = (
    "同志",
    "先生",
    "女士",
    "主持",
    "出席",
    "参加",
    "列席",
    "陪同",
    "到会",
    "讲话",
    "致辞",
    "发言",
    "指出",
    "强调",
    "表示",
    "要求",
    "提出",
    "认为",
    "传达",
    "通报",
    "汇报",
    "介绍",
    "希望",
    "说",
    "发表",
    "作了",
    "做了",
    "亲自",
    "代表",
    "分别",
    "先后",
    "宣布",
    "会见",
    "会晤",
    "举行",
    "邀请",
    "乘",
    "抵达",
    "一行",
    "率",
    "带领",
    "随后",
    "首先",
    "同时",
    "随即",
    "当即",
    "特别",
    "均",
    "都",
    "则",
    "接着",
    "总结",
    "部署",
    "回答",
    "也",
    "还",
    "并",
    "又",
    "在",
    "于",
    "等",
    "和",
    "与",
    "同",
    "及",
    "对",
    "就",
    "向",
    "为",
    "的",
    "作",
    "以",
)
#: The followers a name without a surname of the table ("阿巴斯", "朔尔茨") needs after a title.
FOREIGN_NAME_FOLLOWERS: tuple[str, ...] = ("于", "在", "同", "和", "与", "对", "就", "举行", "会见")

#: A transliterated name with its parts joined by an interpunct, after a title: "国务秘书克劳斯·霍夫曼
#: 率领的代表团" (the name is written without the dots, "克劳斯霍夫曼"; its last part alone,
#: "霍夫曼表示", is the same person).
FOREIGN_DOTTED_NAME = r"[\u4e00-\u9fff]{1,6}(?:[\u00b7\u2022\u2027\u30fb][\u4e00-\u9fff]{1,8}){1,3}"
INTERPUNCTS = "\u00b7\u2022\u2027\u30fb"

#: Verbs that end the text before a title: the title starts after the last of them
#: ("李强会见新加坡总理黄循财" -> 新加坡总理).
ROLE_CUT_WORDS: tuple[str, ...] = (
    "会见",
    "会晤",
    "接见",
    "看望",
    "慰问",
    "邀请",
    "陪同",
    "出席",
    "参加",
    "召开",
    "主持",
    "听取",
    "宣布",
)

#: Characters no name (2 to 4 characters) contains: "王毅等", "会议" are no names.
NEVER_IN_NAMES: str = "的了是在与及议们这那等各该此所"

#: What the name of an organisation that speaks ends with ("省农业农村厅作了交流发言").
ORG_ENDINGS: tuple[str, ...] = (
    "人民政府",
    "政府",
    "委员会",
    "管委会",
    "局",
    "厅",
    "委",
    "办",
    "部",
    "署",
    "公司",
    "集团",
    "银行",
    "大学",
    "学院",
    "协会",
    "学会",
    "中心",
    "市",
    "州",  # an autonomous prefecture: "青岭州、白龙县作了交流发言"
    "盟",
    "县",
    "旗",
    "区",
    "镇",
    "乡",
    "街道",
    "医院",
    "法院",
    "检察院",
)
#: Collective phrases that are no organisation ("各联络督导组汇报了……", "有关部门介绍").
COLLECTIVE_PREFIXES: tuple[str, ...] = (
    "各",
    "全",
    "有关",
    "相关",
    "与会",
    "我",
    "本",
    "该",
    "这",
    "其",
    "会议",
    "会上",
)

#: The second character of a two-character word that is no name: a side or a country ("伊方", "泰国").
NOT_NAME_ENDINGS_OF_TWO: str = "方国"

"""Who presided, attended and spoke: small rules ("sieves") run in the order :data:`ORDER`.

First the verbs of the meeting are found in each sentence (``rules/zh/verbs.py``), each
with the nearest subject before it in its sentence: a group of named people ("张广勇,
……李小明,……梁斌参加会议"), a pronoun ("他强调"), a title alone ("市长指出"), or the
meeting itself ("会议指出", "双方都认为"). Then each sieve, in order, decides the verbs
it is sure of and leaves the rest open for the next one; every decision is logged as a
:class:`Decision` with the words it rests on, so a wrong outline points at its sieve.

Reordering or dropping a sieve is a change to :data:`ORDER`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from minutes.model import Sentence
from minutes.rules.zh import titles as T
from minutes.rules.zh import verbs as V
from minutes.zh.people import BOUNDARY, Mention, Registry

#: What may stand between two names of one list: "A、B", "A,B", "A和B".
LIST_GAP = "、，, \u3000和及与"

#: Prepositions that make the name after them an object: "对李明表示感谢", "向王五介绍".
OBJECT_MARKS = "对向同与跟给为把将请"

MEETING = -1  # the meeting as a body
NOBODY = -2

ORDER: tuple[str, ...] = (
    "headline-speech",
    "relayed",
    "presiding",
    "attendance",
    "named-speech",
    "title-reference",
    "pronoun",
    "meeting-as-body",
    "carry-over",
)


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision of one sieve: ``what`` happened to ``who`` at ``sentence_index``."""

    sieve: str
    sentence_index: int
    what: str  # "relayed", "presider", "attendee", "speaker", "floor"
    who: int | None  # a person id, MEETING, or None
    evidence_span: tuple[int, int]
    note: str


@dataclass(slots=True)
class Verb:
    family: str  # "presiding", "attendance", "speech", "report", "relayed"
    word: str
    start: int
    end: int
    sentence: int
    subjects: list[int]  # person ids of the nearest named group before it
    subject_span: tuple[int, int] | None
    pronoun: tuple[int, int] | None  # a 他/她 nearer than any name
    body: tuple[int, int] | None  # a body subject ("会议", "双方") nearer than any name
    title_ref: str | None  # a bare title at the clause start ("市长指出")
    decided: bool = False


@dataclass(slots=True)
class Doc:
    """The document model the sieves read and fill."""

    text: str
    sentences: Sequence[Sentence]
    registry: Registry
    mentions: list[Mention]
    verbs: list[Verb]
    presider: int | None = None
    present: list[int] = field(default_factory=list)
    relayed: set[int] = field(default_factory=set)
    spoke: dict[int, list[int]] = field(default_factory=dict)  # sentence -> speakers decided there
    floor: list[int] = field(default_factory=list)
    trail: list[Decision] = field(default_factory=list)

    def decide(
        self,
        sieve: str,
        v: Verb | None,
        si: int,
        what: str,
        who: int | None,
        span: tuple[int, int],
        note: str,
    ) -> None:
        if v is not None:
            v.decided = True
        self.trail.append(Decision(sieve, si, what, who, span, note))

    def speak(self, sieve: str, v: Verb, who: int, span: tuple[int, int], note: str) -> None:
        self.decide(sieve, v, v.sentence, "speaker", who, span, note)
        self.spoke.setdefault(v.sentence, []).append(who)

    def speakers(self) -> list[int]:
        """Everyone decided a speaker, in order of first speech."""
        out: list[int] = []
        for si in sorted(self.spoke):
            out.extend(w for w in self.spoke[si] if w not in out)
        return out


@dataclass(slots=True)
class _Lexicon:
    verbs: re.Pattern[str]
    family: dict[str, str]
    presiding_objects: tuple[str, ...]
    noun_before: tuple[str, ...]
    noun_after: tuple[tuple[str, str], ...]
    body_subject: re.Pattern[str]
    body_verbs: tuple[str, ...]
    body_bare: tuple[str, ...]
    titles: re.Pattern[str]
    body_clause: re.Pattern[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    family: dict[str, str] = {}
    for fam, table in (
        ("presiding", V.PRESIDING),
        ("attendance", V.ATTENDANCE),
        ("speech", V.SPEECH),
        ("report", V.REPORT),
    ):
        for w, _ in table:
            family.setdefault(w, fam)
    for w, _ in V.BODY_VERBS:  # "双方同意", "会议决定": said of the meeting, or of a person
        family.setdefault(w, "speech")
    words = sorted(family, key=len, reverse=True)
    subjects = sorted((s for s, _ in V.BODY_SUBJECTS), key=len, reverse=True)
    endings = sorted((e for e, _ in T.TITLE_ENDINGS), key=len, reverse=True)
    return _Lexicon(
        verbs=re.compile("|".join(map(re.escape, words))),
        family=family,
        presiding_objects=V.PRESIDING_OBJECTS,
        noun_before=tuple(w for w, _ in V.NOUN_BEFORE),
        noun_after=tuple((v, w) for v, w, _ in V.NOUN_AFTER),
        body_subject=re.compile("|".join(map(re.escape, subjects))),
        body_verbs=tuple(w for w, _ in V.BODY_VERBS),
        body_bare=tuple(w for w, _ in V.BODY_BARE),
        body_clause=re.compile(V.BODY_CLAUSE[0]),
        titles=re.compile(r"[^，,。；;：:、\s]{0,8}?(?:" + "|".join(map(re.escape, endings)) + ")"),
    )


def _clause_start(text: str, k: int, lo: int) -> int:
    while k > lo and text[k - 1] not in "，,。；;：:！？!?\n":
        k -= 1
    return k


def _is_verb(text: str, m: re.Match[str], lo: int, end: int) -> bool:
    lex = _lexicon()
    w, a, b = m.group(0), m.start(), m.end()
    if any(text.endswith(x, lo, a) for x in lex.noun_before) or any(
        v == w and text.startswith(x, b) for v, x in lex.noun_after
    ):
        return False
    if w == V.SAY[0]:
        return b < end and text[b] in "，,：:"
    if lex.family[w] == "presiding" and w == "主持":
        return b >= end or any(text.startswith(o, b) for o in lex.presiding_objects)
    return True


def _group(text: str, before: list[Mention]) -> list[Mention]:
    """The nearest named group: the last mention and those listed with it ("A、B,C参加")."""
    group = [before[-1]]
    for m in reversed(before[:-1]):
        gap = text[m.role_end : group[0].role_start]
        if all(ch in LIST_GAP for ch in gap):
            group.insert(0, m)
        else:
            break
    return group


def find_verbs(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Verb]:
    """The verbs of the meeting in each sentence, with what stands before each."""
    lex = _lexicon()
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Verb] = []
    pronouns = tuple(p for p, _ in V.PRONOUNS)
    for si, s in enumerate(sentences):
        ms = by_sentence.get(si, [])
        for vm in lex.verbs.finditer(text, s.start, s.end):
            if not _is_verb(text, vm, s.start, s.end):
                continue
            before = [x for x in ms if x.end <= vm.start()]
            if lex.family[vm.group(0)] in ("speech", "report"):
                # "王毅对李明表示感谢": 李明 is the object, not who spoke
                while (
                    before
                    and before[-1].role_start > s.start
                    and text[before[-1].role_start - 1] in OBJECT_MARKS
                ):
                    before.pop()
            group = _group(text, before) if before else []
            named_at = group[-1].end if group else s.start
            subject_span = (group[0].role_start, group[-1].end) if group else None
            # what stands at the start of the verb's clause, after the last name
            cs = max(_clause_start(text, vm.start(), s.start), named_at)
            k = cs
            while k < vm.start() and text[k] in BOUNDARY:
                k += 1
            pronoun = (
                (k, k + 1)
                if text.startswith(pronouns, k) and k < vm.start() and text[k + 1 : k + 2] != "们"
                else None
            )
            body = None
            # at a clause start: "会议指出", not "主持会议并讲话"
            for bs in lex.body_subject.finditer(text, named_at, vm.start()):
                if bs.start() == s.start or text[bs.start() - 1] in BOUNDARY:
                    body = (bs.start(), bs.end())
                    break
            if body is None and k >= named_at:
                bc = lex.body_clause.fullmatch(text, k, vm.start())
                if bc:  # "市政府常务会议指出", "全会还强调"
                    body = (k, bc.end())
            tr = None
            if not group and pronoun is None and body is None:
                t = lex.titles.fullmatch(text, k, vm.start())
                tr = t.group(0) if t else None
            if pronoun is not None or body is not None:
                group = []  # "他强调", "会议指出": nearer than any name before
                subject_span = None
            out.append(
                Verb(
                    lex.family[vm.group(0)],
                    vm.group(0),
                    vm.start(),
                    vm.end(),
                    si,
                    [g.person for g in group],
                    subject_span,
                    pronoun,
                    body,
                    tr,
                )
            )
    return out


# --- the sieves ---------------------------------------------------------------------------


def headline_speech(doc: Doc) -> None:
    """A headline "王立军在全县……会议上的讲话": the document is that speech, he holds the floor."""
    if not doc.sentences or not doc.mentions or doc.mentions[0].sentence != 0:
        return
    s, m = doc.sentences[0], doc.mentions[0]
    alone = len(doc.sentences) == 1 or doc.sentences[1].paragraph != s.paragraph
    if m.role_start == s.start and alone and re.match(V.HEADLINE_SPEECH[0], doc.text[m.role_end : s.end]):
        doc.decide(
            "headline-speech", None, 0, "speaker", m.person, (s.start, s.end), "the headline names a speech"
        )
        doc.spoke.setdefault(0, []).append(m.person)


def relayed(doc: Doc) -> None:
    """Relayed speech: "传达了区长卢光文在全体会议上的讲话" is X's speech, but X is not said to
    be there."""
    for si, s in enumerate(doc.sentences):
        if si in doc.spoke:
            continue  # a headline speech
        for word, _ in V.RELAYED:
            k = doc.text.find(word, s.start, s.end)
            if k < 0:
                continue
            named = [m for m in doc.mentions if m.sentence == si and m.end <= k]
            if named:
                who = named[-1].person
                doc.relayed.add(who)
                doc.decide("relayed", None, si, "relayed", who, (named[-1].start, k + len(word)), f"…{word}")
    # "会议指出,习近平总书记强调,……": a speech quoted inside the meeting's statement
    lex = _lexicon()
    body_at: dict[int, int] = {}
    for v in doc.verbs:
        if (
            v.family in ("speech", "report")
            and not v.subjects
            and v.body is not None
            and v.word in lex.body_verbs
        ):
            body_at.setdefault(v.sentence, v.end)
    for v in doc.verbs:
        if v.family in ("speech", "report") and v.subjects and body_at.get(v.sentence, v.end) < v.start:
            for who in v.subjects:
                doc.relayed.add(who)
                doc.decide(
                    "relayed", v, v.sentence, "relayed", who, (v.start, v.end), "quoted by the meeting"
                )


def presiding(doc: Doc) -> None:
    """The presider: "会议由X主持", "X主持会议", "X主持召开……会议" (not "主持公道")."""
    for v in doc.verbs:
        if v.family != "presiding" or v.decided or not v.subjects or doc.presider is not None:
            continue
        doc.presider = v.subjects[-1]
        doc.decide("presiding", v, v.sentence, "presider", v.subjects[-1], (v.start, v.end), v.word)


def attendance(doc: Doc) -> None:
    """Attendees: "A、B出席", "……梁斌参加会议", "X同Y举行会谈": the named group before the verb attended."""
    for v in doc.verbs:
        if v.family != "attendance" or v.decided or not v.subjects:
            continue
        objects: list[int] = []
        if v.word in ("会见", "会晤"):  # "王毅会见新加坡外长维文": both met
            s = doc.sentences[v.sentence]
            stop = next((k for k in range(v.end, s.end) if doc.text[k] in "，,。；;"), s.end)
            objects = [m.person for m in doc.mentions if m.sentence == v.sentence and v.end <= m.start < stop]
        for who in [*v.subjects, *objects]:
            if who not in doc.present:
                doc.present.append(who)
            doc.decide(
                "attendance", v, v.sentence, "attendee", who, v.subject_span or (v.start, v.end), v.word
            )


def named_speech(doc: Doc) -> None:
    """Named speakers: "张广勇强调", "李文起传达了……": the named group before a speech or
    report verb spoke."""
    for v in doc.verbs:
        if v.family not in ("speech", "report") or v.decided or not v.subjects:
            continue
        if v.family == "report" and v.subject_span is not None:
            gap = doc.text[v.subject_span[1] : v.start]
            if any(ch in gap for ch in "，,；;"):
                continue  # "X主持召开……会议,传达学习……": the meeting's agenda, not X's report
        for who in v.subjects:
            doc.speak("named-speech", v, who, v.subject_span or (v.start, v.end), v.word)


def title_reference(doc: Doc) -> None:
    """Title references: "市长指出": a title alone stands for the person last named with it."""
    for v in doc.verbs:
        if v.family != "speech" or v.decided or v.title_ref is None:
            continue
        cands = [p for p in doc.registry.people if p.role and p.role.endswith(v.title_ref[-2:])]
        if cands:
            doc.speak("title-reference", v, cands[-1].id, (v.start - len(v.title_ref), v.end), v.title_ref)


def pronoun(doc: Doc) -> None:
    """Pronouns: "他强调" is the last named speaker, or a person named since as the subject of a sentence
    ("陈敏就……作了具体部署。她要求,……"); before anyone spoke, the last person named."""
    last: tuple[int, int] | None = None  # (position, speaker)
    for v in doc.verbs:
        if v.decided and v.family in ("speech", "report"):
            spk = doc.spoke.get(v.sentence)
            if spk and spk[-1] >= 0 and doc.registry.people[spk[-1]].kind == "person":
                last = (v.start, spk[-1])
            continue
        if v.family != "speech" or v.decided or v.pronoun is None:
            continue
        named = [
            m
            for m in doc.mentions
            if m.end <= v.pronoun[0] and doc.registry.people[m.person].kind == "person"
        ]
        subjects = [m for m in named if _opens_clause(doc, m)]
        who = last[1] if last is not None else None
        if subjects and (last is None or subjects[-1].start > last[0]):
            who = subjects[-1].person
        elif who is None and named:
            who = named[-1].person
        if who is not None:
            doc.speak("pronoun", v, who, v.pronoun, doc.text[v.pronoun[0] : v.end])
            last = (v.start, who)


def _opens_clause(doc: Doc, m: Mention) -> bool:
    """Whether the mention (with its title) starts its sentence: the sentence's subject."""
    return m.role_start == doc.sentences[m.sentence].start


def meeting_as_body(doc: Doc) -> None:
    """The meeting as a body: "会议指出", "双方都认为", "两国领导人……表示", and a subjectless
    "……,要求全体干部……"."""
    lex = _lexicon()
    for v in doc.verbs:
        if v.decided or v.family not in ("speech", "report") or v.subjects:
            continue
        if v.body is not None and v.word in lex.body_verbs:
            between = doc.text[v.body[1] : v.start]
            if len(between) <= 20 and "宣布" not in between:
                doc.speak("meeting-as-body", v, MEETING, (v.body[0], v.end), doc.text[v.body[0] : v.end])
            continue
        s = doc.sentences[v.sentence]
        before = [w for si in doc.spoke if si < v.sentence for w in doc.spoke[si]]
        if before and before[-1] >= 0:
            continue  # "……。要求各地……" inside a person's speech is still theirs
        if v.word in lex.body_bare and v.pronoun is None and v.title_ref is None:
            k = v.start
            if k == s.start or doc.text[k - 1] in "，,；;：:。":
                doc.speak("meeting-as-body", v, MEETING, (v.start, v.end), v.word + " (no subject)")


def carry_over(doc: Doc) -> None:
    """Who holds the floor at each sentence: the last speaker decided up to it."""
    cur = NOBODY
    doc.floor = []
    for si in range(len(doc.sentences)):
        if si in doc.spoke:
            cur = doc.spoke[si][-1]
            doc.decide(
                "carry-over", None, si, "floor", cur, (doc.sentences[si].start, doc.sentences[si].start), ""
            )
        doc.floor.append(cur)


SIEVES: dict[str, Callable[[Doc], None]] = {
    "headline-speech": headline_speech,
    "relayed": relayed,
    "presiding": presiding,
    "attendance": attendance,
    "named-speech": named_speech,
    "title-reference": title_reference,
    "pronoun": pronoun,
    "meeting-as-body": meeting_as_body,
    "carry-over": carry_over,
}


def run(doc: Doc, order: Sequence[str] = ORDER) -> Doc:
    """Run the sieves named in ``order`` on ``doc``; a ValueError lists the valid names."""
    for name in order:
        sieve = SIEVES.get(name)
        if sieve is None:
            raise ValueError(f"unknown sieve {name!r}; use some of: {', '.join(SIEVES)}")
        sieve(doc)
    return doc

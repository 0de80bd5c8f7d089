"""Stage: Chinese sentences -> mentions of people, and a registry of who is who.

Mention detection is tuned for recall, tables first (``rules/zh/titles.py``,
``rules/zh/surnames.py``); the sieves decide what each mention did. A name is 2 to 4
characters, read from where it stands:

* after a title: "副市长吴清指出" (吴清), "市委副书记、市长龚正" (role "市委副书记、市长");
* before a title: "呼群厅长亲自参加会议" (呼群, role "厅长");
* inside one: "兴安盟行署孙德敏副盟长" (孙德敏, role "兴安盟行署副盟长");
* on its own, at a clause start with a verb of the meeting after it: "习近平强调";
* in a list before such a verb: "丁薛祥、刘鹤出席";
* a name seen before, anywhere; and a short reference "呼厅长" -> 呼群 (surname + title).

Which of the possible lengths is the name is decided by what follows it (a verb of
the meeting, punctuation, a title: ``NAME_FOLLOWERS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from minutes.model import Sentence
from minutes.rules.zh import surnames as S
from minutes.rules.zh import titles as T

#: Characters no title contains: the title phrase starts after the last of them.
ROLE_CUTS = "了的在由请向把将被同"

BOUNDARY = '，,。；;：:、！？!?\n \t\u3000“"（()）)\u00a0'


@dataclass(slots=True)
class Person:
    id: int
    name: str
    role: str | None
    order: int  # start of the first mention
    kind: str = "person"  # or "organization" ("省农业农村厅作了交流发言")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # the name (or short reference) in the text
    end: int
    person: int
    sentence: int
    how: str  # "title-before", "title-after", "bare", "list", "known", "short"
    role_start: int  # where the title phrase starts (== start when there is none before)
    role_end: int  # where the mention with its title ends


@dataclass(slots=True)
class Registry:
    people: list[Person] = field(default_factory=list)
    by_name: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, role: str | None, at: int, kind: str = "person") -> int:
        pid = self.by_name.get(name)
        if pid is None:
            pid = len(self.people)
            self.people.append(Person(pid, name, role, at, kind))
            self.by_name[name] = pid
        elif self.people[pid].role is None and role:
            self.people[pid].role = role  # the headline named him bare ("王毅出席……")
        return pid

    def short(self, surname: str, title: str) -> int | None:
        """The person "呼厅长" stands for: that surname, the title ending preferred, the latest."""
        found = [p for p in self.people if p.kind == "person" and p.name.startswith(surname)]
        titled = [p for p in found if p.role and p.role.endswith(title)]
        pick = titled or found
        return pick[-1].id if pick else None


@dataclass(slots=True)
class _Tables:
    title_end: re.Pattern[str]
    title_after: re.Pattern[str]
    surnames: frozenset[str]
    compound: tuple[str, ...]
    compound_set: frozenset[str]
    followers_by_char: dict[str, tuple[str, ...]]  # longest first
    followers: tuple[str, ...]
    foreign: tuple[str, ...]
    not_names: frozenset[str]
    verb_words: frozenset[str]  # the followers of two characters or more
    one_char_followers: frozenset[str]
    short_ref: re.Pattern[str]
    dotted: re.Pattern[str]  # a transliterated name with interpuncts (rules.zh.titles.FOREIGN_DOTTED_NAME)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    endings = sorted((e for e, _ in T.TITLE_ENDINGS), key=len, reverse=True)
    alt = "|".join(map(re.escape, endings))
    prefixes = "|".join(map(re.escape, T.TITLE_AFTER_PREFIXES))
    surnames = "".join(S.SINGLE)
    compound = "|".join(S.COMPOUND)
    return _Tables(
        title_end=re.compile(rf"(?:{alt})"),
        title_after=re.compile(rf"(?:{prefixes})?(?:{alt})"),
        surnames=frozenset(surnames),
        compound=S.COMPOUND,
        compound_set=frozenset(S.COMPOUND),
        followers_by_char={
            c: tuple(w for w in sorted(T.NAME_FOLLOWERS, key=len, reverse=True) if w[0] == c)
            for c in {w[0] for w in T.NAME_FOLLOWERS}
        },
        followers=tuple(sorted(T.NAME_FOLLOWERS, key=len, reverse=True)),
        foreign=T.FOREIGN_NAME_FOLLOWERS,
        not_names=frozenset(S.NOT_NAMES),
        verb_words=frozenset(w for w in T.NAME_FOLLOWERS if len(w) > 1),
        one_char_followers=frozenset(w for w in T.NAME_FOLLOWERS if len(w) == 1),
        short_ref=re.compile(rf"(?:{compound}|[{surnames}])(?:{prefixes})?(?:{alt})"),  # ("郑副县长")
        dotted=re.compile(T.FOREIGN_DOTTED_NAME),
    )


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _surname(s: str) -> str | None:
    t = _tables()
    if s[:2] in t.compound_set:
        return s[:2]
    return s[0] if s and s[0] in t.surnames else None


def _follow(text: str, k: int, end: int) -> int:
    """How well what stands at ``text[k:]`` ends a name: 3 title, 2 a word, 1 punctuation or
    one character, 0 not at all."""
    t = _tables()
    if k >= end:
        return 1
    if t.title_after.match(text, k, end):
        return 3
    if text.startswith("等", k) and k + 1 < end:  # "吴政隆、王毅等参加会见"
        return _follow(text, k + 1, end)
    ch = text[k]
    for w in t.followers_by_char.get(ch, ()):
        if text.startswith(w, k):
            return 2 if len(w) > 1 else 1
    if ch in T.NAME_FOLLOWERS_PUNCT or ch.isdigit():
        return 1
    return 0


def _plausible(name: str) -> bool:
    """Whether ``name`` may be a name: Han characters, not a known word, not a verb's start."""
    t = _tables()
    if not all(_is_han(c) for c in name) or any(c in T.NEVER_IN_NAMES for c in name):
        return False
    if name[-1] in T.ORG_CHARS or name[-1] in "副代原" or name[0] in "兼" or t.title_end.search(name):
        return False
    if len(name) == 2 and name[1] in T.NOT_NAME_ENDINGS_OF_TWO:
        return False  # "伊方表示", "韩国认为": a side or a country
    heads = [name[:k] for k in range(2, len(name) + 1)]
    if any(h in t.not_names or h in t.verb_words for h in heads):
        return False
    return not any(name[-k:] in t.verb_words for k in (2, 3))


def _best_name(text: str, i: int, end: int, *, need_surname: bool, min_follow: int) -> tuple[int, int] | None:
    """(length, follow score) of the best name starting at ``i``."""
    sur = _surname(text[i : i + 2])
    best: tuple[int, int, int] | None = None
    for n in (3, 2, 4):
        if i + n > end:
            continue
        name = text[i : i + n]
        if not _plausible(name):
            continue
        f = _follow(text, i + n, end)
        if sur is None or len(sur) >= n:
            if need_surname:
                continue
            # a transliterated name after a title: "巴勒斯坦总统阿巴斯举行会谈"
            rest = text[i + n : end]
            if not (f >= 2 or rest.startswith(_tables().foreign)):
                continue
            if rest[:1].isdigit():
                continue
        if f < min_follow:
            continue
        pref = {3: 2, 2: 1, 4: 0}[n]
        if n > 2 and name[-1] in _tables().one_char_followers:
            pref = -1  # "副市长吴清说,": 吴清, not 吴清说
        rank = (f, pref)
        if best is None or rank > (best[1], best[2]):
            best = (n, f, rank[1])
    return None if best is None else (best[0], best[1])


def _clause_start(text: str, k: int, lo: int) -> int:
    while k > lo and text[k - 1] not in '，,。；;：:！？!?\n“”" \u3000\u00a0':
        k -= 1
    return k


_DATE_LEAD = re.compile(
    r"^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?|^(?:会议由|由|据|会上|座谈会上|会议上|应(?!急))"
)


def _title_before(text: str, title_end: int, lo: int, hi_prev: int) -> tuple[int, str] | None:
    """The title phrase ending at ``title_end``: back to the clause start, through 、/兼
    when the part before is itself a title. (start, role)."""
    t = _tables()
    start = _clause_start(text, title_end, max(lo, hi_prev))
    k = start
    # "市委副书记、市长龚正": take the part before 、 when it ends in a title too
    while k - 1 > max(lo, hi_prev) and text[k - 1] in "、":
        prev = _clause_start(text, k - 1, max(lo, hi_prev))
        part = text[prev : k - 1]
        if part and t.title_end.search(part) and t.title_end.search(part[-4:]) and _ends_title(part):
            k = prev
            start = prev
            continue
        break
    role = text[start:title_end]
    m = _DATE_LEAD.match(role)
    if m:
        start += m.end()
        role = role[m.end() :]
    cut = max(
        max(role.rfind(c) + 1 if c in role else 0 for c in ROLE_CUTS),
        max(role.rfind(w) + len(w) if w in role else 0 for w in T.ROLE_CUT_WORDS),
    )
    if cut > 0:  # "重点传达了区长卢光文", "李强会见新加坡总理黄循财": the title is after the verb
        start += cut
        role = role[cut:]
    for opener, closer in (("(", ")"), ("（", "）")):
        at = role.rfind(opener)
        if at >= 0 and closer not in role[at:]:  # "本网讯(记者翟国鑫": the title is inside
            start += at + 1
            role = role[at + 1 :]
    role = role.lstrip("，,、 \u3000")
    if not role:
        return None
    return start, role


def _ends_title(part: str) -> bool:
    t = _tables()
    return any(part.endswith(e) for e, _ in T.TITLE_ENDINGS) and bool(t.title_end.search(part))


def find_mentions(text: str, sentences: Sequence[Sentence]) -> tuple[Registry, list[Mention]]:
    """Every mention of a person, in document order, and the registry they resolve in."""
    reg = Registry()
    out: list[Mention] = []
    t = _tables()
    for si, s in enumerate(sentences):
        lo, end = s.start, s.end
        title_ends = {m.end(): m.start() for m in t.title_end.finditer(text, lo, end)}
        # a headline (the first line, on its own, without end punctuation) may start with a bare
        # name before any verb: "王立军在全县……会议上的讲话", "习近平同……举行会谈"
        headline = (
            si == 0
            and text[end - 1] not in "。！？!?"
            and (len(sentences) == 1 or sentences[1].paragraph != s.paragraph)
        )
        i = lo
        last_end = lo
        pending: list[Mention] = []
        while i < end:
            ch = text[i]
            if not _is_han(ch):
                i += 1
                continue
            # a name seen before
            known = next(
                (
                    n
                    for n in sorted(reg.by_name, key=len, reverse=True)
                    if n[0] == ch and text.startswith(n, i)
                ),
                None,
            )
            if known is not None and (len(known) >= 3 or _follow(text, i + len(known), end)):
                j = i + len(known)
                ta = t.title_after.match(text, j, end)
                rs = i
                if i in title_ends and title_ends[i] >= last_end:
                    tb = _title_before(text, i, lo, last_end)
                    if tb is not None:
                        rs = tb[0]
                        if reg.people[reg.by_name[known]].role is None:
                            reg.people[reg.by_name[known]].role = tb[1]
                m = Mention(i, j, reg.by_name[known], si, "known", rs, ta.end() if ta else j)
                pending.append(m)
                i = last_end = m.role_end
                continue
            # short reference: "呼厅长"
            sr = t.short_ref.match(text, i, end)
            if sr and (i == lo or text[i - 1] in BOUNDARY or text[i - 1] in T.ORG_CHARS):
                sur = _surname(text[i : i + 2]) or ""
                pid = reg.short(sur, text[i + len(sur) : sr.end()])
                if pid is not None and _follow(text, sr.end(), end):
                    pending.append(Mention(i, sr.end(), pid, si, "short", i, sr.end()))
                    i = last_end = sr.end()
                    continue
            boundary = i == lo or text[i - 1] in BOUNDARY
            dotted = t.dotted.match(text, i, end) if i in title_ends and title_ends[i] >= last_end else None
            if dotted is not None:
                m = _dotted_name(text, dotted, lo, last_end, si, reg)
                pending.append(m)
                i = last_end = m.end
                continue
            if i in title_ends and title_ends[i] >= last_end:
                got = _best_name(text, i, end, need_surname=False, min_follow=1)
                if got:
                    n, _ = got
                    tb = _title_before(text, i, lo, last_end)
                    role = tb[1] if tb else None
                    rs = tb[0] if tb else i
                    pid = reg.add(text[i : i + n], role, i)
                    ta = t.title_after.match(text, i + n, end)
                    pending.append(Mention(i, i + n, pid, si, "title-before", rs, ta.end() if ta else i + n))
                    i = last_end = i + n
                    continue
            if _surname(text[i : min(i + 2, end)]) is not None:
                floor_ = 1 if headline and i == lo else 2 if boundary else 3
                got = _best_name(text, i, end, need_surname=True, min_follow=floor_)
                ta = t.title_after.match(text, i + got[0], end) if got and got[1] == 3 else None
                if got and ta is not None and _title_after_ok(text, i, ta.end(), lo, end, boundary):
                    # "呼群厅长", "兴安盟行署孙德敏副盟长"
                    n = got[0]
                    rs = i if boundary else _clause_start(text, i, max(lo, last_end))
                    lead = text[rs:i]
                    dl = _DATE_LEAD.match(lead)
                    if dl:
                        rs += dl.end()
                        lead = lead[dl.end() :]
                    role = (
                        lead + text[ta.start() : ta.end()]
                        if lead and lead[-1] in T.ORG_CHARS
                        else text[ta.start() : ta.end()]
                    )
                    pid = reg.add(text[i : i + n], role, i)
                    pending.append(Mention(i, i + n, pid, si, "title-after", rs, ta.end()))
                    i = last_end = ta.end()
                    continue
                if got and boundary and (got[1] >= 2 or (headline and i == lo)):
                    n = got[0]
                    pid = reg.add(text[i : i + n], None, i)
                    pending.append(Mention(i, i + n, pid, si, "bare", i, i + n))
                    i = last_end = i + n
                    continue
            i += 1
        pending = _lists(text, s, si, pending, reg)
        out.extend(pending + _organisations(text, s, si, pending, reg))
    out.sort(key=lambda m: m.start)
    return reg, out


def _dotted_name(text: str, dotted: re.Match[str], lo: int, last_end: int, si: int, reg: Registry) -> Mention:
    """ "国务秘书克劳斯·霍夫曼": a transliterated name after its title, registered without the
    interpuncts ("克劳斯霍夫曼"), its last part ("霍夫曼表示") a name for the same person."""
    i = dotted.start()
    tb = _title_before(text, i, lo, last_end)
    dot = max(dotted.group().rfind(c) for c in T.INTERPUNCTS) + i
    # the last part (two to five characters) ends at the first word that ends names ("霍夫曼 | 率领的")
    stop = min(dot + 7, dotted.end() + 1)
    end = next((k for k in range(dot + 3, stop) if _follow(text, k, dotted.end() + 8)), dotted.end())
    parts = re.split(f"[{T.INTERPUNCTS}]", text[i:end])
    pid = reg.add("".join(parts), tb[1] if tb else None, i)
    reg.by_name.setdefault(parts[-1], pid)
    return Mention(i, end, pid, si, "title-before", tb[0] if tb else i, end)


def _title_after_ok(text: str, i: int, title_end: int, lo: int, end: int, boundary: bool) -> bool:
    """A title after a name: at a clause start or after an organisation ("行署孙德敏副盟长"),
    and no name after the title ("巴勒斯坦总统阿巴斯": the title is before 阿巴斯)."""
    if not boundary and text[i - 1] not in T.ORG_CHARS:
        return False
    if title_end < end and text[title_end] in "兼":
        return False
    return _best_name(text, title_end, end, need_surname=False, min_follow=1) is None


@lru_cache(maxsize=1)
def _org_list() -> re.Pattern[str]:
    from minutes.rules.zh import verbs as V

    endings = "|".join(sorted(map(re.escape, T.ORG_ENDINGS), key=len, reverse=True))
    org = rf"[\u4e00-\u9fff]{{1,14}}?(?:{endings})"
    verbs = "|".join(sorted((re.escape(w) for w, _ in V.SPEECH + V.REPORT), key=len, reverse=True))
    return re.compile(
        rf"(?<![\u4e00-\u9fff])(?P<list>{org}(?:、{org})*)"
        rf"(?=(?:分别|先后|也|还|均|都)?(?:{verbs}|(?:作了|做了|作)[\u4e00-\u9fff]{{0,6}}?(?:发言|汇报|介绍|讲话)))"
    )


def _organisations(text: str, s: Sentence, si: int, found: list[Mention], reg: Registry) -> list[Mention]:
    """Organisations that speak: "南昌市、赣州市、省农业农村厅作了交流发言", "外交部表示"."""
    taken = [(m.role_start, m.role_end) for m in found]
    out: list[Mention] = []
    for m in _org_list().finditer(text, s.start, s.end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        k = m.start()
        for item in m.group("list").split("、"):
            a, b = k, k + len(item)
            k = b + 1
            if item.startswith(T.COLLECTIVE_PREFIXES) or item in _tables().not_names:
                continue
            pid = reg.add(item, None, a, "organization")
            out.append(Mention(a, b, pid, si, "organization", a, b))
    return out


def _lists(text: str, s: Sentence, si: int, found: list[Mention], reg: Registry) -> list[Mention]:
    """Bare names listed before a named one: "丁薛祥、刘鹤、黄坤明、肖捷、何立峰出席座谈会"."""
    extra: list[Mention] = []
    taken = {(m.start, m.end) for m in found}
    for m in found:
        if m.how not in ("bare", "known"):
            continue
        k = m.start
        while k - 1 > s.start and text[k - 1] == "、":
            j = k - 1
            a = j
            while a > s.start and _is_han(text[a - 1]) and j - a < 4:
                a -= 1
            name = text[a:j]
            if not (2 <= len(name) <= 4) or (a > s.start and text[a - 1] not in BOUNDARY):
                break
            if _surname(name) is None or not _plausible(name) or (a, j) in taken:
                break
            pid = reg.add(name, None, a)
            extra.append(Mention(a, j, pid, si, "list", a, j))
            k = a
    for e in extra:
        # first mention order: a listed name comes before the one that closes the list
        p = reg.people[e.person]
        p.order = min(p.order, e.start)
    return found + extra

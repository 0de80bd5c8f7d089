"""Mentions of people and organisations in one sentence: the last step of finding them.

:func:`find_mentions` reads the tokens that may open a mention, left to right
(``_mention_at``), for each shape ("Vice Mayor Wu Qing", "Wu Qing, Vice Mayor,",
"Mr. Wu", "the International Organization for Migration (IOM)", a bare name), then drops
what only looks like a person (a portfolio, a street, a meeting). Names come from
:mod:`minutes.people.names`, organisations from :mod:`minutes.people.orgs`, titles from
:mod:`minutes.people.titles`; the registry passed in tells known names.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass

from minutes.people.entity import Kind
from minutes.people.names import (
    _HEAD_WORDS,
    _INITIAL,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _ByText,
    _capword,
    _is_head,
    _norm,
    honorific_gender,
    honorific_words,
    is_honorific,
    is_initial,
    is_name_token,
    name_run,
    name_text,
    skip_honorifics,
)
from minutes.people.orgs import _PLURAL_APOSTROPHE, org_end
from minutes.people.registry import Registry
from minutes.people.titles import (
    _after_portfolio,
    _apposed_name_start,
    _head_after_modifiers,
    _holder_end,
    _office_after_title,
    _portfolio_after_name,
    _portfolio_comma,
    _runs_on,
    _title_end,
    _without_style,
    title_start,
)
from minutes.people.tokens import Token
from minutes.rules import people as P
from minutes.rules.meeting import MONTHS

# "IOM", "UNICEF", "MetMalaysia" in parentheses after an organisation
_ACRONYM = re.compile(r"^(?:[A-Z]{2,8}|[A-Z][a-z]+[A-Z][A-Za-z]+)$")


@dataclass(slots=True)
class Mention:
    start: int  # span of the name in the document
    end: int
    name: str
    kind: Kind
    role: str | None
    role_span: tuple[int, int] | None  # the title's span, if any
    tok_start: int  # token indices of the whole mention (title included)
    tok_end: int
    how: str  # "title", "apposition", "honorific", "bare", "org"
    nicknames: tuple[str, ...] = ()  # Joko "Jokowi" Widodo
    gender: str | None = None  # from the honorific before the name
    honorifics: frozenset[str] = frozenset()  # the honorifics before the name ("dr")


_PORTFOLIO_ORG_HEADS = P.ORG_HEADS - P.SURNAME_ORG_HEADS  # ("Park", "Hall" are surnames too)


def _portfolio_name(m: Mention) -> bool:
    """A "person" whose name ends in a portfolio or an organisation's head word is the rest
    of a title's portfolio: "Minister of Public Administration, Provincial Councils and ...",
    "Minister of Fisheries, Aquatic and Ocean Resources" (short words such as "Power" or
    "Land" may be surnames and are kept)."""
    if m.kind != "person" or m.how not in ("title", "bare"):
        return False
    last = m.name.split()[-1].lower()
    heads = _PORTFOLIO_ORG_HEADS
    if last in heads or (last.endswith("s") and last[:-1] in heads):
        return True
    return last in P.PORTFOLIO_WORDS and (last.endswith("s") or len(last) > 7)


def _street_name(toks: Sequence[Token], m: Mention) -> bool:
    """A bare "person" after "of", "on" or "from" whose name ends in a street's word is
    where someone lives: "Tomas Ilves of Ridge Lane asked", "a resident of East 12th Street
    spoke" (no one is called "Lane" or "Street")."""
    k = m.tok_start - 1
    if k > 0 and toks[k].text[:1].isdigit():
        k -= 1  # ("of 14 Alder Lane")
        if k > 0 and toks[k].text.lower() in P.COMPASS_WORDS:
            k -= 1  # ("of West 141st Street": the words before the number are the street's)
    return (
        m.how == "bare"
        and k >= 0
        and toks[k].text in ("of", "on", "from")
        and m.name.split()[-1].lower() in P.STREET_WORDS
    )


def _unit_number(toks: Sequence[Token], m: Mention) -> bool:
    """ "Unit 402", "Suite 12B" after an owner's name: a dwelling's number, no organisation."""
    return (
        m.kind == "organization"
        and m.tok_end == m.tok_start + 1
        and m.name.lower() in P.DWELLING_WORDS
        and m.tok_end < len(toks)
        and toks[m.tok_end].text[:1].isdigit()
    )


def _body_name(m: Mention) -> bool:
    """A bare "person" whose name ends in the noun of a meeting is that meeting: "the
    Ministerial Meeting", "The Meeting agreed" (no one is called "Meeting")."""
    return m.kind == "person" and m.how == "bare" and m.name.split()[-1].lower() in P.STRONG_BODY_NOUNS


def find_mentions(toks: Sequence[Token], text: str, known: Registry) -> list[Mention]:
    """Mentions of people (with titles) in one sentence's tokens."""
    out = [
        m
        for m in _find_mentions(toks, text, known)
        if not (_portfolio_name(m) or _body_name(m) or _street_name(toks, m) or _unit_number(toks, m))
    ]
    if len(out) > 1:
        _share_surname(toks, out, known)
    if not out or not _may_quote(text, toks[0].start, toks[-1].end):
        return out  # (no quote opens a nickname: most sentences)
    for m in out:
        m.nicknames = m.nicknames + tuple(
            toks[k + 1].text
            for k in range(m.tok_start, min(m.tok_end, len(toks)) - 2)
            if toks[k].text in _QUOTE_OPEN
            and toks[k + 2].text in _QUOTE_CLOSE
            and toks[k].start >= m.start
            and toks[k + 2].end <= m.end
        )
    return out


def _share_surname(toks: Sequence[Token], out: list[Mention], known: Registry) -> None:
    """ "Martin and Ellen Kowalczyk": a lone given name joined by "and" to a two-word name
    shares its surname (unless the lone word is a name already known, as in "Baptiste and
    Ellen Reid")."""
    for a, b in itertools.pairwise(out):
        if (
            a.how == "bare"
            and b.how == "bare"
            and a.kind == b.kind == "person"
            and a.tok_end + 1 == b.tok_start
            and toks[a.tok_end].text == "and"
            and " " not in a.name
            and len(parts := b.name.split()) == 2
            and not is_initial(toks[b.tok_start])
            and known.lookup_tokens([a.name]) is None
        ):
            a.name = f"{a.name} {parts[1]}"


def _may_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a character that opens a token of _QUOTE_OPEN."""
    span = text[start:end]
    return '"' in span or "'" in span or "`" in span or "\u201c" in span or "\u2018" in span


# The lowercase words that may open a mention: honorifics ("his excellency"), title words,
# "he" (a surname). Any other word opens one only if capitalised (_find_mentions).
_MENTION_OPENERS = (
    P.HONORIFICS
    | P.TITLE_MODIFIERS
    | P.TITLE_HEADS
    | P.GIVEN_NAME_ABBREVIATIONS
    | {first for first, _ in P.TWO_WORD_HONORIFICS}
    | {"head", "he"}
)
# Honorifics that open a mention only capitalised ("His Excellency", "The Hon."): in lower
# case such a word opens nothing unless it is also a title word, a head or a given name
_CAPITALISED_ONLY = ("his", "her", "the")
_LOWER_OPENERS = _MENTION_OPENERS - (
    frozenset(_CAPITALISED_ONLY) - P.TITLE_MODIFIERS - _HEAD_WORDS - P.GIVEN_NAME_ABBREVIATIONS
)


def _may_open(text: str) -> bool:
    """Whether a token with this text may open a mention (_find_mentions)."""
    low = text.lower()
    return (
        text[:1].isupper()
        or low in _LOWER_OPENERS
        or (low[-1:] == "." and low.rstrip(".") in P.HONORIFICS)
        or (text[:1].isdigit() and P.NAME_ORDINAL.fullmatch(text) is not None)  # "3rd Ashworth Scout Group"
    )


_OPENS = _ByText(_may_open).__getitem__
_TEXT = operator.attrgetter("text")


def _find_mentions(toks: Sequence[Token], text: str, known: Registry) -> list[Mention]:
    """The mentions of a sentence, left to right: each opening token read by ``_mention_at``."""
    out: list[Mention] = []
    i = 0
    # The tokens that may open a mention, in order (none of the tests below can pass on
    # the others: most words of a sentence): a word not ending in "." is an honorific only
    # if it is among the openers; a word in lower case opens a mention only if it is among
    # the openers in lower case. Each is read unless a mention before it took it.
    opening = list(itertools.compress(range(len(toks)), map(_OPENS, map(_TEXT, toks))))
    for k in opening:
        if k >= i:
            i = _mention_at(toks, text, k, known, out)
    return out


def _mention_at(toks: Sequence[Token], text: str, i: int, known: Registry, out: list[Mention]) -> int:
    """Which mention opens at token ``i`` (added to ``out``); returns the token to read on from."""
    n = len(toks)
    t = toks[i]
    low = t.low
    if _post_nominal_acronym(toks, i):
        return i + 2  # "Ewa Lis, prof. UWR, presented": the post, not a person
    if is_honorific(toks, i) and (low not in _CAPITALISED_ONLY or t.text[:1].isupper()):
        m = _honorific_mention(toks, text, i)
        if m is not None:
            out.append(m)
            return m.tok_end
    numbered = _numbered_org(toks, i)
    if numbered is not None:
        out.append(numbered)
        return numbered.tok_end
    cap = _capword(t.text)
    if i + 1 < n and (low in P.TITLE_MODIFIERS or cap) and low not in P.HONORIFICS:
        ahead = _head_after_modifiers(toks, i, low)
        if ahead > i:
            return ahead
    hl = _is_head(toks, i)
    if hl:
        got = _titled_mention(toks, text, i, hl, known, out[-1].tok_end if out else 0)
        if got is not None:
            out.append(got)
            if low in P.PLURAL_TITLE_HEADS:
                return _plural_title(toks, text, got, got.tok_end, out)
            return got.tok_end
    m = _he_surname(toks, text, i)
    if m is not None:
        out.append(m)
        return m.tok_end
    # a title's modifier may open an organisation's name: "The General Secretariat of the Council"
    oe = org_end(toks, i) if cap and (not hl or low in P.TITLE_MODIFIERS) else i
    if oe > i:
        m = _person_not_org(toks, text, i, oe, known)
        if m is None:
            m = _org_mention(toks, i, oe)
        out.append(m)
        return m.tok_end
    if is_name_token(t):
        return _bare_name(toks, text, i, known, out)
    return i + 1


def _numbered_org(toks: Sequence[Token], i: int) -> Mention | None:
    """An organisation numbered in figures, the number part of its name: "3rd Ashworth Scout
    Group", "1st Battalion" (P.NAME_ORDINAL; not after a capitalised word: "June 3rd Council")."""
    if not toks[i].text[:1].isdigit() or not P.NAME_ORDINAL.fullmatch(toks[i].text):
        return None  # (most tokens: a word, which no figure opens)
    if i > 0 and _capword(toks[i - 1].text) and toks[i - 1].low != "the":
        return None  # (a date's day: "June 3rd Planning Committee met")
    oe = org_end(toks, i + 1) if i + 1 < len(toks) and _capword(toks[i + 1].text) else i + 1
    return _org_mention(toks, i, oe) if oe > i + 1 else None


def _post_nominal_acronym(toks: Sequence[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a post written after a name and a comma, with a university's
    acronym: ", prof. UWR," (P.POST_NOMINAL_HONORIFICS; no name follows the acronym)."""
    if toks[i].text not in P.POST_NOMINAL_HONORIFICS or i == 0 or toks[i - 1].text != ",":
        return False
    acronym = toks[i + 1].text if i + 1 < len(toks) else ""
    return (
        2 <= len(acronym) <= 6
        and acronym.isalpha()
        and acronym.isupper()
        and not (i + 2 < len(toks) and is_name_token(toks[i + 2]))
    )


def _honorific_mention(toks: Sequence[Token], text: str, i: int) -> Mention | None:
    """Whether honorifics at ``i`` precede a name ("Ms. Wu", "Cllr van Rooyen"): its mention, or None."""
    j = skip_honorifics(toks, i)
    e = name_run(toks, j)
    if e <= j:
        return None
    m = Mention(
        toks[j].start,
        toks[e - 1].end,
        name_text(toks, j, e),
        "person",
        None,
        None,
        i,
        e,
        "honorific",
        gender=honorific_gender(toks, i, j),
        honorifics=honorific_words(toks, i, j),
    )
    if not _apposition(toks, text, m):
        _title_was(toks, text, i, m)
    return m


# The verbs that give a title to the name after them: "The Vice-Chairperson was Ms X".
_TITLE_COPULAS = frozenset({"was", "is"})


def _title_was(toks: Sequence[Token], text: str, i: int, m: Mention) -> None:
    """The title a sentence gives the name it names (a predicate nominative): "The Worker
    Vice-Chairperson was Ms Ruth Mensah", "the Secretary is Mr Lee" (``i``: the honorific)."""
    h = i - 2
    if (
        h < 1
        or toks[i - 1].low not in _TITLE_COPULAS
        or not _is_head(toks, h)
        or not toks[h].text[:1].isupper()
    ):
        return
    k = title_start(toks, h)
    if k == 0 or toks[k - 1].low != "the":
        return
    m.role = text[toks[k].start : toks[h].end]
    m.role_span = (toks[k].start, toks[h].end)


def _titled_mention(
    toks: Sequence[Token], text: str, i: int, hl: int, known: Registry, floor: int
) -> Mention | None:
    """Whether the title head at ``i`` names its holder ("Vice Mayor Wu Qing"): the mention, or None."""
    got = _title_then_name(toks, text, i, hl, known, floor)
    if got is None:
        return None
    e = got.tok_end
    n = len(toks)
    if (
        got.kind == "person"
        and e + 1 < n
        and toks[e].text == ","
        and toks[e + 1].text[:1].islower()
        and _is_head(toks, e + 1)
    ):
        _apposition(toks, text, got)  # "Senator Karim Haddad, chair of the X Committee,"
    return got


def _he_surname(toks: Sequence[Token], text: str, i: int) -> Mention | None:
    """Whether "He"/"he" at ``i`` is a surname before a given name ("he Angang", "He Zhongwei")."""
    if not (
        toks[i].low == "he"
        and i + 1 < len(toks)
        and is_name_token(toks[i + 1])
        and toks[i + 1].low not in P.TITLE_HEADS
    ):
        return None
    e = name_run(toks, i + 1)
    m = Mention(toks[i].start, toks[e - 1].end, name_text(toks, i, e), "person", None, None, i, e, "bare")
    if _apposition(toks, text, m):
        m.how = "apposition"
    return m


def _person_not_org(toks: Sequence[Token], text: str, i: int, oe: int, known: Registry) -> Mention | None:
    """Whether the organisation words from ``i`` to ``oe`` name a person ("Park said"): the mention."""
    t = toks[i]
    if oe == i + 1 and t.low in P.SURNAME_ORG_HEADS and known.lookup_tokens([t.text]) is not None:
        # "Park said": a person already known, not an organisation
        return Mention(t.start, t.end, t.text, "person", None, None, i, i + 1, "bare")
    if oe == i + 2 and toks[i + 1].low in P.SURNAME_ORG_HEADS and is_name_token(t):
        # "Susan Park, President of the Farm Bureau,": a person with a title in apposition
        m = Mention(
            t.start, toks[i + 1].end, name_text(toks, i, i + 2), "person", None, None, i, i + 2, "bare"
        )
        if _apposition(toks, text, m) or known.lookup_tokens([t.text, toks[i + 1].text]) is not None:
            m.how = "apposition" if m.role else "bare"
            return m
    if oe > i + 2:
        return _known_person_of(toks, i, oe, known)  # "Elin Brandt of the Financial Stability Department"
    return None


# The space a join puts before the stops of a company's legal form: "Valve Co . , Ltd ."
_STOP_SPACE = re.compile(r" (?=[.,])")


def _org_mention(toks: Sequence[Token], i: int, oe: int) -> Mention:
    """The organisation from ``i`` to ``oe``, without its article, with an acronym defined after it."""
    n = len(toks)
    j0 = i
    while j0 < oe and toks[j0].low == "the":
        j0 += 1
    m = Mention(
        toks[j0].start,
        toks[oe - 1].end,
        _STOP_SPACE.sub("", _PLURAL_APOSTROPHE.sub("", " ".join(x.text for x in toks[j0:oe]))),
        "organization",
        None,
        None,
        i,
        oe,
        "org",
    )
    if oe + 2 < n and toks[oe].text == "(" and toks[oe + 2].text == ")" and _ACRONYM.match(toks[oe + 1].text):
        # "the International Organization for Migration (IOM)": later "IOM says"
        m.nicknames = (toks[oe + 1].text,)
        m.tok_end = oe + 3
    return m


def _bare_name(toks: Sequence[Token], text: str, i: int, known: Registry, out: list[Mention]) -> int:
    """Whether the name word at ``i`` opens a bare name (added to ``out``); returns where to read on."""
    prev = toks[i - 1].text if i > 0 else ""
    if prev in ("in", "In"):
        return max(name_run(toks, i), i + 1)  # "In Nice, the Secretary-General said": a place
    if prev in ("the", "a", "an"):
        return i + 1  # "the Framework, the Cabinet Secretary for ...": a thing, not a person
    if toks[i].low in MONTHS and (prev.isdigit() or (i + 1 < len(toks) and toks[i + 1].text.isdigit())):
        return i + 1  # "On 3 May, the Minister of Finance, X,": a date, not a "May" in apposition
    e = name_run(toks, i)
    if e == i + 1 and _given_and_initial(toks, i, known):
        e += 1  # "Dave E. moved": Dave Ellis, told from Dave Kruger by his surname's initial
    if e <= i:
        return i + 1
    m = Mention(toks[i].start, toks[e - 1].end, name_text(toks, i, e), "person", None, None, i, e, "bare")
    if _apposition(toks, text, m):
        m.how = "apposition"
    out.append(m)
    return max(m.tok_end, i + 1)


def _given_and_initial(toks: Sequence[Token], i: int, known: Registry) -> bool:
    """A given name and the initial of a surname ("Dave E."), of someone known in full
    ("Dave Ellis"): one name, though a name does not otherwise end with an initial."""
    if i + 1 >= len(toks) or not _INITIAL.match(toks[i + 1].text):
        return False
    ent = known.lookup_tokens([toks[i].text, toks[i + 1].text])
    return (
        ent is not None
        and ent.kind == "person"
        and len(ent.parts) >= 2
        and _norm(ent.parts[0]) == _norm(toks[i].text)
        and ent.parts[-1][:1] == toks[i + 1].text[:1]
    )


def _known_person_of(toks: Sequence[Token], i: int, oe: int, known: Registry) -> Mention | None:
    """A known person's name opening what reads as an organisation's: "Elin Brandt of the
    Financial Stability Department" (Elin Brandt named before) is Elin Brandt, of it."""
    if (
        oe <= i + 2
        or not is_name_token(toks[i])
        or not any(t.low in ("of", "from") for t in toks[i + 2 : oe])
    ):
        return None
    e = name_run(toks, i)
    if not (i + 2 <= e < oe and toks[e].low in ("of", "from")):
        return None
    ent = known.lookup_tokens([x.text for x in toks[i:e]])
    if ent is None or ent.kind != "person":
        return None
    return Mention(toks[i].start, toks[e - 1].end, name_text(toks, i, e), "person", None, None, i, e, "bare")


def _past_short_parenthesis(toks: Sequence[Token], j: int) -> int:
    """After "(Ghana)" (at most four words in parentheses) at ``j``, or ``j``."""
    if j < len(toks) and toks[j].text == "(":
        for k in range(j + 1, min(j + 6, len(toks))):
            if toks[k].text == ")":
                return k + 1
    return j


# A possessive for the body just named that may open an apposition: "X, its President, said".
_BODY_POSSESSIVES = ("its", "their")


def _apposition(toks: Sequence[Token], text: str, m: Mention) -> bool:
    """ "Name, Title," : attach the title that follows a name between commas (a short
    parenthesis may come first: "KWAME ASANTE-DARKO (Ghana), First Vice-President of the
    Council, said")."""
    j = _past_short_parenthesis(toks, m.tok_end)
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    k = j + 1
    if k + 2 < len(toks) and toks[k].low == "speaking" and toks[k + 1].low == "as":
        k += 2  # "Cllr Hughes, speaking as Chair, thanked ..."
    # the apposition must begin with a title within its first four words
    look = k
    while look < len(toks) and look < k + 5 and toks[look].text not in (",", ";", ":", "."):
        if _is_head(toks, look) or (
            toks[look].low.split("-")[0] in ("vice", "deputy") and look + 1 < len(toks)
        ):
            break
        look += 1
    else:
        return False
    if look >= len(toks) or toks[look].text in (",", ";", ":", ".") or look >= k + 5:
        return False
    for q in range(k, look):  # only title words before the head: "Vice", "Deputy", "Provincial Party"
        w = toks[q]
        if not (
            w.low in P.TITLE_MODIFIERS
            or w.low in ("the", "and", "of")
            or (q == k and w.low in _BODY_POSSESSIVES)
            or _capword(w.text)
            or _possessor(toks, k, q)
        ):
            return False
    if toks[k].low in ("a", "an", "and", "or"):
        return False
    if toks[k].low in _BODY_POSSESSIVES:
        k += 1  # "X (Lusitra), its President for the month, said": the body's title
    # "Dimaculangan, Public Works Secretary Vicente B. Lacson,": another titled person
    h0 = look + _is_head(toks, look)
    while h0 < len(toks) and toks[h0].low in P.PLURAL_TITLE_HEADS:
        h0 += 1  # ("X, deputy governors Y and Z,": a plural title and its own names)
    h = _after_portfolio(toks, h0)  # ("Minister of Finance Nguyen Van Hung": a full name after it)
    if h < len(toks) and is_name_token(toks[h]) and toks[h].low not in P.TITLE_MODIFIERS:
        e2 = name_run(toks, h)
        if h > h0 and e2 - h < 2:
            pass  # ("Chairman of the County CPPCC,": the body's name ends the portfolio)
        elif e2 >= len(toks) or toks[e2].text in (",", ";", ".", ")", "and") or toks[e2].text[:1].islower():
            # (or the subject of the sentence: "At Government House, Prime Minister X chaired")
            return False
    e = k
    while (
        e < len(toks)
        and (
            toks[e].text not in (",", ";", ":", ".", "(", ")")
            or _portfolio_comma(toks, e)
            or _company_form(toks, e)
        )
        and (toks[e].low not in ("who", "which") or toks[e].text.isupper())  # (not "WHO Representative")
    ):
        e += 1  # (a list of portfolios goes on: "Chairman of the State Education, Women and ...")
    if e == k:
        return False
    if (e >= len(toks) or toks[e].text != ",") and _runs_on(toks, k, e):
        return False  # "Any Other Business, the Minister of Sports informed Cabinet of ...:"
    e = _office_after_title(toks, e)
    role = text[toks[k].start : toks[e - 1].end]
    m.role = role
    m.role_span = (toks[k].start, toks[e - 1].end)
    m.tok_end = e + 1 if e < len(toks) and toks[e].text == "," else e
    return True


def _company_form(toks: Sequence[Token], e: int) -> bool:
    """Whether the stop at ``e`` is part of a company's legal form, the apposition going on
    to its comma: "X, chairman of Hengtai Valve Co., Ltd., said" (the "." of "Co." and
    "Ltd.", the "," between them)."""
    nxt = toks[e + 1] if e + 1 < len(toks) else None
    if nxt is None or e == 0:
        return False
    if toks[e].text == ".":
        return toks[e - 1].low in P.COMPANY_FORMS and (nxt.text == "," or nxt.low in P.COMPANY_FORMS)
    return (
        toks[e].text == "," and e >= 2 and toks[e - 2].low in P.COMPANY_FORMS and nxt.low in P.COMPANY_FORMS
    )


def _possessor(toks: Sequence[Token], k: int, q: int) -> bool:
    """Whether ``toks[q]`` is a one-word possessor after "the", or its "'s", in an
    apposition: "Dana Whitby, the school's director," (``k``: where the apposition opens)."""
    if toks[k].low != "the" or q not in (k + 1, k + 2) or k + 2 >= len(toks):
        return False
    return toks[k + 1].text.isalpha() and toks[k + 2].low in ("'s", "\u2019s")


def _plural_title(toks: Sequence[Token], text: str, first: Mention, i: int, out: list[Mention]) -> int:
    """ "Vice Mayors Fang Li and Deng Xiaowen": the title in the singular for each name.

    ``first`` is the mention of the first name; the names after it, joined by commas
    and "and", are added to ``out``. Returns the token index after the last name.
    """
    head = next(k for k in range(first.tok_start, first.tok_end) if toks[k].low in P.PLURAL_TITLE_HEADS)
    singular = P.PLURAL_TITLE_HEADS[toks[head].low]
    if first.role_span is not None:
        a, b = first.role_span
        first.role = (text[a : toks[head].start] + singular + text[toks[head].end : b]).strip(" ,")
    n = len(toks)
    while i < n:
        q = i
        if toks[q].text == ",":
            q += 1
        if q < n and toks[q].low in ("and", "&"):
            q += 1
        if q == i or q >= n:
            break
        j = skip_honorifics(toks, q)
        e = name_run(toks, j)
        if e <= j:
            break
        m = Mention(
            toks[j].start,
            toks[e - 1].end,
            name_text(toks, j, e),
            "person",
            first.role,
            first.role_span,
            j,
            e,
            "title",
        )
        _apposition(toks, text, m)  # "..., and Guo Tingting, Secretary-General of X,": a title of their own
        out.append(m)
        i = m.tok_end
    return i


def _title_then_name(
    toks: Sequence[Token], text: str, head: int, hl: int, known: Registry, floor: int = 0
) -> Mention | None:
    """ "Vice Mayor Wu Qing", "Secretary of X Committee Zhang Chunxian", "the Head of State"."""
    start = title_start(toks, head, floor)
    title_end = _title_end(toks, head + hl, known)
    a = _apposed_name_start(toks, start, title_end)
    j = skip_honorifics(toks, a)
    if j > title_end + 1 and j + 1 < len(toks) and toks[j].low in P.STYLE_RANKS:
        j += 1  # "the Chairperson, Her Excellency Ambassador X,": a style after the honorific
    e = _holder_end(toks, j)
    if title_end <= start or e <= j:
        return None
    role = _without_style(text[toks[start].start : toks[title_end - 1].end].strip(" ,"))
    role = _portfolio_after_name(toks, text, role, e)
    return Mention(
        toks[j].start,
        toks[e - 1].end,
        name_text(toks, j, e),
        "person",
        role,
        (toks[start].start, toks[title_end - 1].end),
        start,
        e,
        "title",
        gender=honorific_gender(toks, a, j),  # "the Secretary General, Mrs. X": not "Mr. X" later
    )

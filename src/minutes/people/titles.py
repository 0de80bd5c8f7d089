"""Title phrases around names: where a title starts and ends, and who holds it.

:func:`title_start` walks back from a title's head ("Deputy Prime Minister"),
``_title_end`` reads on past its suffix, portfolio, office and joined titles
("Minister of Electricity and Renewable Energy"), ``_split_org_name`` splits an office
run into the office and its holder's name ("Prime Minister of Mongolia L. Oyun-Erdene"),
and the helpers for a title in apposition ("Wu Qing, Vice Mayor,"). These functions
return token indices and strings; :mod:`minutes.people.mentions` builds the mentions.
A :class:`~minutes.people.registry.Registry` is passed in where a known name decides.
"""

from __future__ import annotations

from collections.abc import Sequence

from minutes.people.entity import Entity
from minutes.people.names import (
    _capword,
    _compatible_given,
    _fold,
    _is_head,
    is_honorific,
    is_initial,
    is_name_token,
    name_run,
    skip_honorifics,
)
from minutes.people.orgs import org_end, portfolio_word
from minutes.people.registry import Registry
from minutes.people.tokens import Token, glued_initial
from minutes.rules import people as P
from minutes.rules.meeting import MONTHS, WEEKDAYS


def title_start(toks: Sequence[Token], head: int, floor: int = 0) -> int:
    """First token of the title phrase whose head is at ``head`` (walking back)."""
    k = head
    while k - 1 >= floor:
        t = toks[k - 1]
        low = t.low
        if (
            low in _LINK_WORDS
            and k - 2 >= floor
            and _portfolio_link(toks, k - 1)
            and toks[k - 2].text[:1].isupper()
        ):
            k -= 1
            continue
        if low in P.TITLE_PREFIX_STOP or low in ("the", "a", "an", "of", "and", "by", "with", ",", ";", ":"):
            break
        if (
            low in P.TITLE_MODIFIERS
            or low in P.TITLE_HEADS
            or ("/" in low and _is_head(toks, k - 1))  # ("Prime Minister/Foreign Minister X")
            or (_capword(t.text) and low not in P.NOT_NAMES and low not in P.HONORIFICS)
        ):
            k -= 1
            continue
        break
    return k


def _portfolio_comma(toks: Sequence[Token], q: int) -> bool:
    """A comma inside a list of portfolios: "for Lands, Public Works, Housing and ...", "of
    Foreign Affairs, the National Community Abroad and ..." (an article, then no title head:
    not "of Finance, the Foreign Minister")."""
    r = q + 2 if q + 1 < len(toks) and toks[q + 1].low == "the" else q + 1
    return (
        toks[q].text == ","
        and r < len(toks)
        and toks[r].low in P.PORTFOLIO_WORDS
        and toks[r].text[:1].isupper()
        and toks[q - 1].text[:1].isupper()
        and (r == q + 1 or not _title_ahead(toks, r))
    )


def _title_ahead(toks: Sequence[Token], k: int) -> bool:
    """Whether a title head comes within four capitalised words from ``k``: "and | Vice
    Foreign Minister Sun Hong"."""
    q = k
    while q < len(toks) and q < k + 4 and toks[q].text[:1].isupper():
        if _is_head(toks, q):
            return True
        q += 1
    return False


_LINK_WORDS = frozenset({",", "and", "&"})  # what joins two portfolio words (_portfolio_link)


def _portfolio_link(toks: Sequence[Token], k: int) -> bool:
    """A comma or "and" between portfolio words: "Trade, Industry and Energy Minister"."""
    return (
        0 < k < len(toks) - 1
        and toks[k].low in _LINK_WORDS
        and toks[k - 1].low in P.PORTFOLIO_WORDS
        and toks[k + 1].low in P.PORTFOLIO_WORDS
        and toks[k + 1].text[:1].isupper()
    )


def _head_after_modifiers(toks: Sequence[Token], i: int, low: str) -> int:
    """Whether modifiers from ``i`` lead to a title's head ("Deputy Prime Minister"): its index, or -1."""
    n = len(toks)
    ahead = i + 1
    words = 1
    while ahead < n and words < 4 and not _is_head(toks, ahead):
        if toks[ahead].low in _LINK_WORDS and _portfolio_link(toks, ahead):
            ahead += 1
            continue
        if not (toks[ahead].low in P.TITLE_MODIFIERS or _capword(toks[ahead].text)):
            break
        ahead += 1
        words += 1
    if (
        ahead < n
        and _is_head(toks, ahead)
        and (low in P.TITLE_MODIFIERS or ahead == i + 1 or toks[ahead].text[:1].isupper())
    ):
        return ahead
    return -1


def _office_after_title(toks: Sequence[Token], e: int) -> int:
    """Where an apposition ends when the office follows its title: "Marcus Feeney, Chief
    Executive, Association of Community Transport Operators, gave evidence" (the office is
    part of the title), and the bodies it is part of; ``e`` (at the comma after the title)
    when none does."""
    while (
        e + 1 < len(toks) and toks[e].text == "," and _capword(toks[e + 1].text) and toks[e + 1].low != "the"
    ):
        oe = org_end(toks, e + 1)  # (and the body it is part of: "Centre for X, University of Y")
        if oe > e + 1 and oe + 1 < len(toks) and toks[oe].low in ("and", "&"):
            q = oe + 1  # "Centre for Transport and Place"
            while q < len(toks) and _capword(toks[q].text):
                q += 1
            oe = q if q > oe + 1 and q < len(toks) and toks[q].text == "," else oe
        if oe <= e + 1 or (oe < len(toks) and toks[oe].text != ","):
            break
        e = oe
    return e


def _after_portfolio(toks: Sequence[Token], h: int) -> int:
    """Where the words after a title's head end when they are its portfolio: "of Finance",
    "for Trade and Industry" (``h`` itself when none follows)."""
    if h >= len(toks) or toks[h].low not in ("of", "for"):
        return h
    q = h + 1
    while q < len(toks) and (
        toks[q].low in ("the", "and", "&", "of")
        or (toks[q].text[:1].isupper() and (toks[q].low in P.PORTFOLIO_WORDS or toks[q].low in P.ORG_HEADS))
    ):
        q += 1
    while q > h + 1 and toks[q - 1].low in ("the", "and", "&", "of"):
        q -= 1  # ("for Humanitarian Affairs and Deputy ...": another title follows "and")
    # (only a portfolio: "mayor of Dalian, stressed" names a place, not the next person)
    return q if q > h + 1 else h


def _runs_on(toks: Sequence[Token], k: int, e: int) -> bool:
    """An apposition not closed by a comma that holds a lowercase word no title has (a
    verb: "the Minister of Sports informed Cabinet"): the sentence, not a title."""
    return any(
        t.text[:1].islower()
        and t.low not in _ROLE_LINKS
        and t.low not in P.TITLE_MODIFIERS
        and not _is_head(toks, q)
        and not (t.low in P.TERM_NOUNS or (q + 1 < e and toks[q + 1].low in P.TERM_NOUNS))
        for q, t in enumerate(toks[k:e], start=k)
    )


def _after_according_to(toks: Sequence[Token], start: int) -> bool:
    """The title opens the phrase "According to the Minister," (its name, if any, comes
    before a closing comma: "According to the Minister, Mr. Adjei told Cabinet ..." is a
    new subject, not the Minister's name)."""
    k = start - 1 if start > 0 and toks[start - 1].low == "the" else start
    return k >= 2 and toks[k - 1].low == "to" and toks[k - 2].low == "according"


def _honorific_name_at(toks: Sequence[Token], i: int) -> bool:
    """An honorific and a name start at token i ("Mr. Kamrul Hasan")."""
    j = skip_honorifics(toks, i)
    return j > i and name_run(toks, j) > j


def _in_org(toks: Sequence[Token], q: int) -> bool:
    """A title word inside an organisation's name: "Executive" in "the spokesman for the
    Executive Council, Mr X" (an organisation head follows it)."""
    h = q + _is_head(toks, q)
    return h < len(toks) and toks[h].low in P.ORG_HEADS and toks[h].text[:1].isupper()


def _possessive_in_name(toks: Sequence[Token], q: int) -> bool:
    """The "'s" of a capitalised word inside an office's name, glued to it: "President of
    the Municipal People's Court Kong Wei" (also written "People’s", two tokens)."""
    t, prev = toks[q], toks[q - 1]
    if t.start != prev.end:
        return False
    if t.low == "'s" or (t.low in ("'", "’") and q + 1 < len(toks) and toks[q + 1].low == "s"):
        return _capword(prev.text)
    return t.low == "s" and prev.low in ("'", "’") and _capword(toks[q - 2].text)


def _title_end(toks: Sequence[Token], k: int, known: Registry) -> int:
    """Where the title whose head ends at ``k`` ends: past its suffix, portfolio, office and joined titles."""
    n = len(toks)
    while k < n and toks[k].low in P.TITLE_SUFFIXES and toks[k].text[:1].isupper():
        k += 1  # "Mayor Pro Tem"
    while True:
        past = _past_title_complement(toks, k)
        if past > k:
            k = past
            continue
        if k + 2 < n and toks[k].low == "in" and toks[k + 1].low == "charge" and toks[k + 2].low == "of":
            k += 2  # "Minister in charge of Regional Revitalization Sayaka Tomioka": as "of"
        if not (k < n and toks[k].low in ("of", "for", "to") and k + 1 < n):
            return k
        q = _office_run_end(toks, k)
        if q < n and (
            (toks[q].low not in P.HONORIFIC_GIVEN_NAMES and _honorific_name_at(toks, q))
            or glued_initial(toks[q].text) is not None
        ):
            return q  # "Minister of Electricity and Renewable Energy Eng. Mahmoud Soliman"
        # split the run into organisation and name
        split = _split_org_name(toks, k + 1, q, known)
        if split is not None and not _office_not_name(toks, split, q):
            return split
        k = q  # no name in the run: a joined title or ", Honorific Name" may follow
        if q < n and _is_head(toks, q) and toks[q].text[:1].isupper():
            k = q + _is_head(toks, q)  # a rank after the office: "Chief of Army Staff General X"


def _past_title_complement(toks: Sequence[Token], k: int) -> int:
    """Whether a portfolio, an office or a joined title follows a title at ``k``: where it ends, or ``k``."""
    n = len(toks)
    # "The Joint Secretary (Development), Ms. X,": a portfolio in parentheses
    if (
        k + 3 < n
        and toks[k].text == "("
        and toks[k + 2].text == ")"
        and toks[k + 3].text == ","
        and _capword(toks[k + 1].text)
        and toks[k + 1].low not in P.HONORIFICS
        and _honorific_name_at(toks, k + 4)
    ):
        return k + 3
    # "The Senior Secretary, Ministry of X, Mr. Y,": the office in apposition to the title
    if k + 1 < n and toks[k].text == "," and _capword(toks[k + 1].text):
        oe = org_end(toks, k + 1)
        if oe > k + 1 and oe < n and toks[oe].text == "," and _honorific_name_at(toks, oe + 1):
            return oe
    # "X and Y Minister Name", "Minister of X, Head of Y Name": titles joined
    if k < n and toks[k].low in ("and", ",", "&", "-", "\u2013", "\u2014"):
        q = k + 1
        while (
            q < n
            and q < k + 5
            and not _is_head(toks, q)
            and (toks[q].low in P.TITLE_MODIFIERS or _capword(toks[q].text))
            and toks[q].low not in P.HONORIFICS
        ):
            q += 1
        if q < n and _is_head(toks, q) and q < k + 5:
            return q + _is_head(toks, q)
    return k


def _office_run_end(toks: Sequence[Token], k: int) -> int:
    """Where the office after "of"/"for"/"to" at ``k`` ends (with any name in it), link words left off."""
    n = len(toks)
    q = k + 1
    while q < n and _in_office_run(toks, k, q):
        q += 1
    while q > k + 1 and toks[q - 1].low in ("of", "the", "and", "for", "&", "on", "in"):
        q -= 1
    return q


def _in_office_run(toks: Sequence[Token], k: int, q: int) -> bool:
    """Whether the word at ``q`` goes on the office opened by "of" at ``k`` (not a title head)."""
    return (
        (
            (
                _capword(toks[q].text)
                or toks[q].low in ("of", "the", "and", "for", "&", "on")
                or is_initial(toks[q])
                or (toks[q].low in P.COUNTRY_NOUNS and toks[q - 1].low == "the")
            )
            and toks[q].low not in P.HONORIFICS
            and not (q > k + 1 and _is_head(toks, q) and toks[q].text[:1].isupper() and not _in_org(toks, q))
            and not (toks[q].low == "and" and _title_ahead(toks, q + 1))
            and glued_initial(toks[q].text) is None
        )
        or _portfolio_comma(toks, q)
        or (q > k + 1 and _post_then_name(toks, q))
        or (q > k + 1 and _possessive_in_name(toks, q))
        or (q > k + 1 and toks[q].low in P.PLACE_SUFFIXES and _capword(toks[q - 1].text))
        or (q > k + 1 and _posted_in(toks, q))
    )


def _posted_in(toks: Sequence[Token], q: int) -> bool:
    """ "in" and the capitalised place where the office sits, its holder named after a comma:
    "the Ambassador of X in Athens, Y" (not a month or a day: "the Mayor of X in May,"; not
    where a name ends: "Minister of Peru Ana Rojas in Beijing")."""
    if toks[q].low != "in":
        return False
    j = q + 1
    while j < len(toks) and j < q + 3 and _capword(toks[j].text) and toks[j].low not in MONTHS + WEEKDAYS:
        j += 1
    return q + 1 < j < len(toks) and toks[j].text == ","


def _apposed_name_start(toks: Sequence[Token], start: int, j: int) -> int:
    """Whether the title ending at ``j`` has its holder in commas after it: where the name opens, or ``j``."""
    n = len(toks)
    if not (j < n and toks[j].text == "," and j + 1 < n):
        return j
    # "the Special Envoy for Yemen, Henrik Solberg-Madsen, briefed": the name in apposition
    # ("The Premier, the Hon. X,": an honorific with its article)
    the_hon = toks[j + 1].low == "the" and j + 2 < n and is_honorific(toks, j + 2)
    j2 = skip_honorifics(toks, j + 2 if the_hon else j + 1)
    if j2 + 1 < n and toks[j2].low in P.STYLE_RANKS and j2 > j + 1:
        j2 += 1  # "the Chairperson, Her Excellency Ambassador X,": a style after the honorific
    e2 = name_run(toks, j2)
    closes = e2 == n or (
        e2 < n
        and (
            toks[e2].text in (",", ";", ".", "(", ")", ":")
            or (toks[e2].text[:1].islower() and not _after_according_to(toks, start))
            or (the_hon and toks[e2].text in P.POST_NOMINALS)  # ("the Hon. X MP,")
        )
    )
    if e2 > j2 and closes and (e2 - j2 >= 2 or j2 > j + 1):
        return j + 2 if the_hon else j + 1
    return j


def _holder_end(toks: Sequence[Token], j: int) -> int:
    """Where the title holder's name from ``j`` ends; ``j`` if none ("the Secretary Irrigation")."""
    n = len(toks)
    e = name_run(toks, j)
    if e == j + 1 and toks[j].low in P.PORTFOLIO_WORDS:
        return j  # "the Secretary Irrigation": a portfolio, not a name
    if e <= j and j + 1 < n and toks[j].low in P.SURNAME_ORG_HEADS and toks[j].text[:1].isupper():
        e2 = name_run(toks, j + 1)  # "Governor Park Min-seo"
        if e2 > j + 1:
            e = e2
        elif not (j + 1 < n and toks[j + 1].text[:1].isupper()):
            e = j + 1  # "CHAIR PARK:"
    return e


def _office_not_name(toks: Sequence[Token], split: int, q: int) -> bool:
    """Whether the words from ``split`` to ``q`` end the office, not a name: after an adjective
    ("the Founder of National Accord, President ..."), one word after "and", or before the name
    in apposition ("the Minister of Education and Training, Hon. X,"; one word after "of"
    before a full name in apposition: "the Minister of Trade of Estonia, Karl Tamm,")."""
    if toks[split - 1].low in P.PORTFOLIO_ADJECTIVES:
        return True
    if q - split == 1 and toks[split - 1].low in ("and", "&"):
        return True  # "the Ministry of Education and Training, Jo Bell,": a conjunct, not a name
    if q - split == 1 and toks[split - 1].low == "of" and _apposed_name_start(toks, split, q) > q:
        return True  # "the Minister of Trade of Estonia, Karl Tamm,": a place, the name in apposition
    return q + 1 < len(toks) and toks[q].text == "," and _honorific_name_at(toks, q + 1)


def _portfolio_after_name(toks: Sequence[Token], text: str, role: str, e: int) -> str:
    """The portfolio after the name joins a title that has none: "Minister Ramos of Works and
    Transport" is the Minister of Works and Transport (not the Minister of Health Ramos)."""
    if " of " in role or " for " in role:
        return role
    q = _after_portfolio(toks, e)
    return role if q == e else f"{role} {text[toks[e].start : toks[q - 1].end]}"


def _without_style(role: str) -> str:
    """A title with a rank word after its comma, right before the name, is the title: "the
    Secretary-General of the Forum, Ambassador X" (the rank is a style, GOLD.md convention 13)."""
    head, comma, last = role.rpartition(",")
    if comma and head.strip() and last.strip().lower() in P.TITLE_HEADS and " of " in head.lower():
        return head.strip(" ,")
    return role


_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on"})
# the lowercase words a title in apposition may hold ("Vice Mayor in charge of industry")
_ROLE_LINKS = _CONNECTORS | {"to", "in", "charge", "-"}


def _post_then_name(toks: Sequence[Token], q: int) -> bool:
    """ "First Secretary of the Embassy of X in Lisgard Timur Abenov": "in" and the city of
    a post abroad, then a name of two or three words (capitalised words to the run's end)."""
    if toks[q].low != "in" or toks[q - 1].text == ",":
        return False
    e = q + 1
    while e < len(toks) and _capword(toks[e].text) and toks[e].low not in P.HONORIFICS:
        e += 1
    return 3 <= e - (q + 1) <= 4 and all(is_name_token(t) for t in toks[q + 1 : e])


def _split_org_name(toks: Sequence[Token], a: int, b: int, known: Registry) -> int | None:
    """In the run [a, b) after "of"/"for", return where a person's name starts (or None).

    "Mongolia L. Oyun-Erdene"          -> at the first initial
    "Hunan Provincial CPC Committee Zhang Chunxian" -> after the last organisation head
    "Industry and Commerce Lin Xiaodong", "Economic Affairs Airlangga Hartarto"
                                        -> after the portfolio words
    "Zhang" (a known person)            -> a known name
    "Texas John Smith"                  -> the last two words, when nothing else decides
    """
    if b <= a:
        return None
    for s in range(a, b):
        if is_initial(toks[s]) and (s == a or not is_initial(toks[s - 1])):
            return s if s > a else None
    last_head = -1
    for s in range(a, b):
        if toks[s].low in P.ORG_HEADS:
            last_head = s
    s = last_head + 1 if last_head >= 0 else a
    # (a list of portfolios: "Planning, Development and Special Initiatives Ahsan Raza Malik")
    while s < b and (toks[s].low in _CONNECTORS or portfolio_word(toks[s].low) or toks[s].text == ","):
        s += 1
    if s - 1 >= 0 and toks[s - 1].low == "of" and b - s >= 3:
        # "the Republic of Uzbekistan | Rustam Yuldashev", "Foreign Affairs of Peru | Ana Lucía
        # Quispe Rojas": the place belongs to the title ("Kostanay Region" too)
        s += 1
        while s < b - 2 and toks[s].low in P.PLACE_SUFFIXES:
            s += 1
    if s - 2 >= a and toks[s - 1].low == "of" and toks[s - 2].low in P.STATE_FORMS and b - s < 3:
        return None  # "the representative of the Republic of Korea": a State, no name
    if s == b - 1 and s - 1 > a and toks[s - 1].low == "of":
        return None  # "the Minister of Foreign Affairs of Sarova welcomed": a place, no name
    if a < s < b and toks[s - 1].low != "the" and all(is_name_token(t) for t in toks[s:b]):
        return s  # (a name never follows "the": "Secretary to the Sanggunian, Mr. X")
    if last_head >= 0 and s >= b:
        return None
    for s in range(a, b):
        if (
            toks[s - 1].low != "the"
            and (ent := known.lookup_tokens([t.text for t in toks[s:b]])) is not None
            and all(is_name_token(t) for t in toks[s:b])
        ):
            namesake = s == b - 1 and s - 2 >= a and toks[s - 2].low not in _CONNECTORS
            return s - 1 if namesake and _namesake_given(toks[s - 1], ent) else s
    if b - a >= 3 and all(is_name_token(t) for t in toks[b - 2 : b]) and toks[b - 3].low not in _CONNECTORS:
        return b - 2
    return None


def _namesake_given(t: Token, known: Entity) -> bool:
    """ "... of the Kazyrtan MFA Aigerim Sultanbek" when an Arman Sultanbek is known: the
    capitalised word before the known surname is another given name, so the name is the
    two words (a namesake), not the surname alone. (Not a place after "of": the caller
    asks only when no connector precedes the word; nor against a known initial.)"""
    parts = known.name.split()
    return (
        known.kind == "person"
        and len(parts) >= 2
        and len(parts[0].rstrip(".")) > 2
        and is_name_token(t)
        and not t.text.isupper()
        and t.low not in P.ORG_HEADS
        and t.low not in P.PORTFOLIO_WORDS
        and t.low not in P.PLACE_SUFFIXES
        and not _compatible_given(_fold(t.text), _fold(parts[0]))
    )

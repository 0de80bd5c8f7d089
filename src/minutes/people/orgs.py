"""Organisation names in a sentence's tokens: :func:`org_end` ("Shanghai Bureau of
Ecological Environment", "Citizens' Rights Centre"), and where an organisation's name
stops because a title and a name follow it ("Bank of Korea | Senior Deputy Governor ...").

Reads tokens with the tests of :mod:`minutes.people.names`; the title readers
(:mod:`minutes.people.titles`) and the mention finder use it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.people.names import _capword, _is_head, is_name_token, skip_honorifics
from minutes.people.tokens import Token
from minutes.rules import people as P

# Capitalised words that do not go on an organisation's name (org_end): "Of", "And",
# "For" and "The" do ("Bank Of Korea"), and "Ladies" before a head ("the Ladies Auxiliary",
# "the Ladies Section"; "Ladies and Gentlemen" ends in no head)
_NOT_ORG_WORDS = P.NOT_NAMES - {"of", "and", "for", "the", "ladies"}


def org_end(toks: Sequence[Token], i: int) -> int:
    """End of an organisation name starting at i ("Shanghai Bureau of Ecological Environment"), or i."""
    if toks[i].low in ("and", "of"):
        return i  # "And the Lusaka Traders Chamber welcomed": a sentence's "And", not the name's
    if _collective_of(toks, i):
        return i  # "Staff of the Bank presented": people of the Bank (GOLD.md convention 14)
    j = i
    last_head = -1
    while j < len(toks):
        t = toks[j]
        low = t.low
        if _capword(t.text) and low not in _NOT_ORG_WORDS:
            if last_head >= 0 and _title_follows(toks, j):
                break  # "Bank of Korea | Senior Deputy Governor Park Min-seo"
            if low in P.ORG_HEADS or low in P.COMPANY_FORMS:
                last_head = j
            j += 1
            continue
        if last_head >= 0 and _serial_portfolio(toks, i, j):
            j += 1  # "Ministry of Agriculture, Livestock and Fisheries": its comma goes on
            continue
        if _plural_possessive(toks, i, j):
            j += 1  # "Citizens' Rights Centre": the apostrophe of a plural goes on
            continue
        if _name_particle(toks, i, j):
            j += 1  # "Banco de Guatemala", "Universidad de la República"
            continue
        if low in ("of", "for", "on", "and", "the", "&") and j > i and j + 1 < len(toks):
            nxt = toks[j + 1]
            if _capword(nxt.text) or (nxt.low == "the" and j + 2 < len(toks)):
                # "X Government and Y Government": split two organisations at "and"
                if low == "and" and last_head == j - 1:
                    break
                if low == "and" and nxt.low == "the" and not _linked(toks, i, j):
                    break  # "Staff and the Company" (not "Department of Agriculture and the Marine")
                if low == "and" and nxt.low == "the" and org_end(toks, j + 2) > j + 2:
                    break  # "Department of Ecology and the Lanxi Municipal Government": two organisations
                j += 1
                continue
        break
    if last_head < 0:
        return i
    if last_head == j - 1 and toks[last_head].low in P.COMPANY_FORMS:
        return _legal_form_end(toks, j)  # "Hengrui Valve Co., Ltd."
    # the organisation runs to its last head, or on through "of ..." after it
    k = last_head + 1
    if k < j and toks[k].low in ("of", "for", "on"):
        while j > k and toks[j - 1].low in ("of", "for", "on", "and", "the", "&"):
            j -= 1
        return j if j > k else k
    return k


def _legal_form_end(toks: Sequence[Token], j: int) -> int:
    """End of a company's legal form whose first word ends at ``j``: the "." of "Co." and
    ", Ltd." after it go on the name ("Hengrui Valve Co., Ltd.")."""
    k = j + 1 if _inner_stop(toks, j) else j
    end = k
    while k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in P.COMPANY_FORMS:
        k += 3 if _inner_stop(toks, k + 2) else 2
        end = k
    return end


def _inner_stop(toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a legal form's "." inside the sentence: a comma or a lowercase
    word after it ("Co., Ltd. made"; not "Seconded: Reid Joinery Ltd. Carried.")."""
    if k + 1 >= len(toks) or toks[k].text != ".":
        return False
    return toks[k + 1].text == "," or toks[k + 1].text[:1].islower()


def _collective_of(toks: Sequence[Token], i: int) -> bool:
    """A collective noun before "of the" or "from the" ("Staff of the Bank", "Officials from
    the Ministry"): a group of people, not the start of an organisation's name (as "Heads
    of Government" is)."""
    return (
        toks[i].low in P.COLLECTIVE_NOUNS
        and i + 2 < len(toks)
        and toks[i + 1].low in ("of", "from")
        and toks[i + 2].low == "the"
    )


# The space the token join puts before a plural's apostrophe ("Citizens ' Rights").
_PLURAL_APOSTROPHE = re.compile(r"(?<=s) (?=['\u2019] )")


def _plural_possessive(toks: Sequence[Token], i: int, j: int) -> bool:
    """The apostrophe at ``j`` of a capitalised plural inside a name ("Citizens' Rights")."""
    return (
        toks[j].text in ("'", "\u2019")
        and j > i
        and toks[j - 1].text.endswith("s")
        and j + 1 < len(toks)
        and toks[j].start == toks[j - 1].end
        and _capword(toks[j + 1].text)
    )


def portfolio_word(low: str) -> bool:
    """A word of a portfolio, listed ("Finance", "Regional") or by its ending, which no
    name has: "Revitalization", "Decentralisation", "Procurement", "Infrastructure"."""
    return low in P.PORTFOLIO_WORDS or (len(low) >= 9 and low.endswith(P.PORTFOLIO_ENDINGS))


def _serial_portfolio(toks: Sequence[Token], i: int, j: int) -> bool:
    """The comma at ``j`` of a serial list of portfolios after "of" or "for": "Commission
    for Observation, Infrastructure and Information Systems" (each item opens with a
    portfolio's word, and "and" ends the list; not "Ministry of Health, John Lee and ...")."""
    if toks[j].text != "," or not _linked(toks, i, j) or not portfolio_word(toks[j - 1].low):
        return False
    k = j
    while k + 1 < len(toks) and toks[k].text == "," and portfolio_word(toks[k + 1].low):
        k += 2
        while k < len(toks) and _capword(toks[k].text) and toks[k].low not in _NOT_ORG_WORDS:
            k += 1
    return (
        k > j
        and k + 1 < len(toks)
        and toks[k].low == "and"
        and _capword(toks[k + 1].text)
        and portfolio_word(toks[k + 1].low)
    )


def _name_particle(toks: Sequence[Token], i: int, j: int) -> bool:
    """A particle of a Romance-language name at ``j``, after a capitalised word or another
    particle and before a capitalised word or another particle ("Banco de la Nación"; not
    before an English head: "Chef de Cabinet" is a title)."""
    if not (i < j < len(toks) - 1 and toks[j].low in P.ORG_NAME_PARTICLES and toks[j].text.islower()):
        return False
    prev, nxt = toks[j - 1], toks[j + 1]
    return (_capword(prev.text) or prev.low in P.ORG_NAME_PARTICLES) and (
        (_capword(nxt.text) and nxt.low not in P.ORG_HEADS)
        or (nxt.low in P.ORG_NAME_PARTICLES and nxt.text.islower())
    )


def _linked(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether "of", "for" or "on" stands between ``i`` and ``j``."""
    return any(toks[k].low in ("of", "for", "on") for k in range(i, j))


def _title_follows(toks: Sequence[Token], j: int) -> bool:
    """Whether a title and a name start at ``j``, right after a whole organisation name.

    "Bank of Korea Senior Deputy Governor Park Min-seo" -> True at "Senior" (and with "Dr"
    before the name);
    "Shanghai Municipal Government" -> False at "Municipal" (an organisation head
    comes first); "Office of the Governor" -> False ("the" stands before it).
    """
    if j == 0 or not _capword(toks[j - 1].text) or toks[j - 1].low in ("of", "and", "for", "the"):
        return False
    q = j
    while q < len(toks) and q < j + 5 and _capword(toks[q].text):
        if toks[q].low in P.ORG_HEADS:
            return False
        if _is_head(toks, q):
            while q + 1 < len(toks) and _is_head(toks, q + 1):
                q += 1
            nxt = skip_honorifics(toks, q + 1)  # ("Bank of X Governor Dr Y": the name after "Dr")
            return nxt < len(toks) and (
                is_name_token(toks[nxt])
                or (toks[nxt].low in P.SURNAME_ORG_HEADS and toks[nxt].text[:1].isupper())
            )
        if toks[q].low not in P.TITLE_MODIFIERS:
            return False
        q += 1
    return False

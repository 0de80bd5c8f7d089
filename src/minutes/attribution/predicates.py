"""Small named predicates that the sieves share: is this a body, a heading, a title
phrase, a name line; where does a mention end; what stands before a verb.

Each is a few lines and decides one thing; the sieves in ``minutes.attribution.sieves``
combine them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.attribution.cues import cues
from minutes.document import Document
from minutes.model import Sentence
from minutes.people import Entity, Mention, Token
from minutes.rules import meeting as MT
from minutes.rules import people as P
from minutes.rules import structure as S


def section_label(label: str) -> bool:
    """ "ROLL CALL", "Public Comment", "COMMISSIONER REPORTS": a section, not a speaker."""
    return any(w in P.SECTION_WORDS for w in re.findall(r"[a-z]+", label.lower()))


def title_word(low: str) -> bool:
    """A word of a title before a name: "Deputy", "Mayor", "Councilmembers", "Pro", "Tem"."""
    return (
        low in P.TITLE_HEADS
        or low in P.TITLE_MODIFIERS
        or low in P.PLURAL_TITLE_HEADS
        or low in P.TITLE_SUFFIXES
    )


def portfolio_end(words: Sequence[str], k: int) -> int:
    """Where a run of capitalised portfolio words from ``k`` ends ("Education", "Trade and
    Industry"): after its last portfolio word, or ``k`` if there is none."""
    q = end = k
    while q < len(words) and (
        (words[q][:1].isupper() and words[q].lower() in P.PORTFOLIO_WORDS)
        or (q > k and words[q].lower() in ("and", "&"))
    ):
        q += 1
        if words[q - 1].lower() in P.PORTFOLIO_WORDS:
            end = q
    return end


def portfolio_then_name(words: list[str]) -> bool:
    """Words after "of"/"for" in a title: a portfolio ("Business", "Foreign Affairs"),
    then a name of two to four capitalised words ("Helen Fraser")."""
    k = portfolio_end(words, 0)
    name = words[k:]
    return (
        k > 0
        and 2 <= len(name) <= 4
        and all(w[:1].isupper() and w.isalpha() and not title_word(w.lower()) for w in name)
    )


def _slash_split(word: str) -> list[str]:
    """A word cut at its slashes ("Engineer/Railway": "Engineer", "/", "Railway"), but not
    one office written with a slash ("Secretary/Treasurer", a title head as it stands)."""
    if "/" not in word or word.lower() in P.TITLE_HEADS:
        return [word]
    return word.replace("/", " / ").split()


def _body_words(words: list[str]) -> bool:
    """Capitalised words (with "of", "and") naming a body, no honorific: "Assembly", "Board of Health"."""
    return words[0][:1].isupper() and all(
        (w[:1].isupper() or w in ("of", "and")) and w.lower().strip(".") not in P.HONORIFICS for w in words
    )


def is_title_phrase(part: str) -> bool:
    """A list part that is only a title: "External Member", "Deputy Governor - Operations"."""
    spaced = part.replace("\u2013", " - ").replace("\u2014", " - ")
    words = [x for w in spaced.split() for x in _slash_split(w)]
    if not words or not words[0][:1].isupper():
        return False
    if (
        len(words) >= 2
        and words[-1].lower() in P.TITLE_HEADS
        and all(x[:1].isupper() or x in ("of", "the", "and", "for", "to") for x in words)
        and not any(x.lower().strip(".") in P.HONORIFICS for x in words)
        # (an abbreviated head ends a title only after title words: "Deputy Gov.", not the
        # surname "Sen" before a list's full stop in "Present: Ann Koh, Ravi Sen.")
        and (not words[-1].endswith(".") or all(title_word(x.lower()) for x in words[:-1]))
    ):
        return True  # "Chief Financial Officer", "University Secretary": it ends in its head
    for k, w in enumerate(words):
        low = w.lower().strip(".")
        if low in P.TITLE_HEADS or low in P.PLURAL_TITLE_HEADS:
            rest = words[k + 1 :]
            while rest and rest[0].lower() in P.TITLE_HEADS:
                rest = rest[1:]
            if rest and rest[0] in ("of", "for") and portfolio_then_name(rest[1:]):
                return False  # "Superintendent of Business Helen Fraser": a titled name
            return (
                not rest
                or rest[0] in ("-", "/", "of", "for", "(")  # ("Chief Engineer/Railway Development")
                # ("Clerk to the Assembly", "Secretary to the Cabinet": the body served)
                or (rest[0] == "to" and len(rest) > 2 and rest[1] == "the" and _body_words(rest[2:]))
                or (rest[0] == "and" and is_title_phrase(" ".join(rest[1:])))  # ("Governor and Chair of ...")
                or all(title_word(x.lower()) for x in rest)
                # "Director General Market Operations": a portfolio after the title
                or all(x.lower() in P.PORTFOLIO_WORDS or x.lower() in ("and", "&") for x in rest)
            )
        if low in P.HONORIFICS or not (w[:1].isupper() or low in ("of", "the", "and", "for")):
            return False
    return False


def attendee_item(item: str) -> bool:
    """A list item under "Present:" that names someone, not a numbered paragraph of the
    minutes ("1. The Governor opened the meeting and said ...", "3. Mr. X observed ...").
    """
    if item.isupper() and section_label(item):
        return False  # "3. PUBLIC COMMENT" (but "Linda Marsh   Director of Finance" is a name)
    if (
        _NUMBERED_SECTION.match(item)
        and section_label(_PARENTHESIS.sub("", item))
        and not _holds_honorific(item)
    ):
        return False  # "I. Summary of Staff Reports ..." (not "F. Stewart (minutes)": a role aside)
    words = item.split()
    if "," not in item and words and words[-1].lower() in P.AGENDA_HEADS and not _holds_honorific(item):
        return False  # "2. Non Action Items" (the number gone)
    if is_name_line(item):
        return True
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and words[0].lower() not in ("the", "a", "an", "this", "it", "there", "members")
        and len(item) <= 150
        and not cues().speech.search(item)
    )


_PARENTHESIS = re.compile(r"\([^()]*\)")
# a numbered section heading: "I. Summary of Staff Reports", "B. Economic developments"
_NUMBERED_SECTION = re.compile(r"\s*(?:[IVX]{1,4}|[A-Z]|\d{1,2})[.)]\s+[A-Z][a-z]")


def _holds_honorific(item: str) -> bool:
    return any(w.lower().rstrip(".") in P.HONORIFICS for w in item.split())


# The last item of a list of names that counts the rest instead of naming them: "...; and
# six other elders, whose names are recorded in the Sederunt Book."
_COLLECTIVE_TAIL = re.compile(r"[;,]\s*and\s+(?:[a-z\d][^;]*)$")


def is_name_line(line: str) -> bool:
    """A line of names under "Present:": "Cllrs D. Okafor, S. Brennan-Leigh and R. Patel"
    (with a full stop only when it is a list: "Councillors Pond, Secas and Sheahan.")."""
    t = line.strip()
    if not t[:1].isupper() or ":" in t or len(t) > 400:
        return False
    if re.search(r"[a-z]{2}[.!?]$", t) and t.count(",") + t.count(";") < 2:
        return False
    t = S.IN_THE_CHAIR_TAIL.sub("", t)  # "Dame Harriet Cole, in the Chair"
    t = _COLLECTIVE_TAIL.sub("", t)  # "...; and six other elders, whose names are recorded"
    # ("(chair)", "(via video)" left out; any letter opens a word: "Viktor Åberg")
    words = re.findall(r"[^\W\d_][\w'-]*", re.sub(r"\([^()]*\)", " ", t))
    glue = ("and", "of", "for")  # (and particles: "Noraini binti Yusof", "Ann van der Berg")
    fits = sum(w[0].isupper() or w in glue or w in P.NAME_PARTICLES for w in words)
    return bool(words) and fits >= 0.8 * len(words)


def after_quotation(doc: Document, i: int) -> bool:
    """Whether sentence ``i`` comes right after a paragraph that is a quotation (its
    byline may name who said it)."""
    if i == 0:
        return False
    sents = doc.sentences
    quote_end = sents[i - 1]
    if not S.QUOTE_CLOSES.search(quote_end.text):
        return False
    k = i - 1
    while k > 0 and sents[k - 1].paragraph == quote_end.paragraph:
        k -= 1  # (the quotation's first sentence opens the paragraph)
    return S.QUOTE_OPENS.match(sents[k].text) is not None


def names_office(words: str) -> bool:
    """ "Ministry of Inland Waterways", "National Waterways Authority": an organisation's
    name (one of its words an organisation head)."""
    return any(w.lower() in P.ORG_HEADS for w in words.split())


def names_body(ent: Entity) -> bool:
    """An organisation named after a meeting body ("Security Council", "University of Missouri
    Extension Council of Tollivar County": the body noun before a place's "of"): it meets,
    it does not attend."""
    if ent.kind != "organization":
        return False
    last_words = (part.split()[-1] for part in ent.name.lower().split(" of ") if part.strip())
    return any(w in P.STRONG_BODY_NOUNS for w in last_words)


def in_parentheses_after_name(
    m: Mention, idx: int, resolved: Sequence[tuple[Mention, Entity | None]], text: str
) -> bool:
    """ "ZHANG HAOYU (China) said", "Cllr van Rooyen (Ward 3) thanked", "Marcus Lee (VP
    Activities) asked", "Mr X (Laity, Market Harland) asked", "The Y Centre (Moldova)
    asked": the words in parentheses only qualify the name (the mention before the
    parenthesis, past the others in it)."""
    opened = text.rfind("(", max(0, m.start - 24), m.start)
    if idx == 0 or opened < 0 or ")" in text[opened : m.start]:
        return False
    close = text.find(")", m.end, m.end + 40)
    if close < 0 or "(" in text[m.end : close] or (close > m.end + 12 and "," not in text[m.end : close]):
        return False  # (a longer rest only after a comma: "(Laity, Market Harland)")
    j = idx - 1
    while j > 0 and resolved[j][0].start > opened:
        j -= 1  # (another name in the same parenthesis: "(Laity, Market Harland)")
    prev = resolved[j][0]
    # (after an organisation, a place or a body: "The Y Centre (Moldova)", not "The
    # Secretariat (Mr X)", whose X speaks for it)
    alone = not text[opened + 1 : m.start].strip() and not text[m.end : close].strip()
    place = alone and m.how == "bare" and " " not in m.name  # ("(Moldova)", not '("CE/RD, HyD")')
    named = prev.kind == "person" or (prev.kind == "organization" and place)
    # (after the name's title in apposition too: "Ms X, President of the Y Red Cross (YRC),")
    end = max(prev.end, prev.role_span[1]) if prev.role_span is not None else prev.end
    return named and end <= opened and not text[end:opened].strip()


def initials_after_title(
    m: Mention, idx: int, resolved: Sequence[tuple[Mention, Entity | None]], text: str
) -> bool:
    """ "Ms X, Head of Disaster Management, KRC, presented": the initials of the person's
    organisation right after the title in apposition to the name before (no subject)."""
    if idx == 0 or m.how != "bare" or not (m.name.isupper() and m.name.isalpha() and 2 <= len(m.name) <= 6):
        return False
    prev = resolved[idx - 1][0]
    if prev.kind != "person" or prev.role_span is None or prev.role_span[1] <= prev.end:
        return False
    return text[prev.role_span[1] : m.start].strip() == ","


def closes_parenthesis(m: Mention, text: str, lo: int) -> bool:
    """A name that ends a parenthesis opened after ``lo`` ("The ASSISTANT DIRECTOR-GENERAL
    (Universal Health Coverage/Communicable and Noncommunicable Diseases) ... thanked"):
    it qualifies what stands before the parenthesis, it is no subject."""
    if text[m.end : m.end + 1] != ")" or m.how not in ("bare", "org"):
        return False  # ("The Secretariat (Mr Karl Weiss) presented": the person in it speaks)
    opened = text.rfind("(", lo, m.start)
    return opened >= 0 and text.find(")", opened, m.start) < 0


def after_house_number(m: Mention, toks: Sequence[Token]) -> bool:
    """ "14 Elm Street": a place after a house number, not a person or organisation."""
    if m.how not in ("bare", "org"):
        return False
    k = m.tok_start - 1
    while k >= 0 and k >= m.tok_start - 3 and toks[k].text[:1].isupper():
        k -= 1  # "412 Old Mill Rd.": "Old" is no name
    return k >= 0 and toks[k].text.isdigit()


def first_predicate(toks: Sequence[Token], before: int) -> int | None:
    """Where the first lowercase word of a sentence stands, if it comes before ``before``
    after a capitalised subject: "The Governor | opened the meeting and said" (after a
    short opening phrase: "In turn, X | appreciated ... and thanked")."""
    k0 = _after_opening_phrase(toks)
    for k, t in enumerate(toks[k0:], start=k0):
        if t.start >= before:
            return None
        if (
            t.text.isalpha()
            and t.text.islower()
            and t.low not in ("the", "of", "and", "for", "from", "a", "an")
        ):
            if t.low in P.TITLE_HEADS or t.low in P.TITLE_MODIFIERS or t.low in P.STRONG_BODY_NOUNS:
                continue  # "The expert from Portugal, Mr X, supported ...", "The meeting discussed"
            if k + 1 < len(toks) and toks[k + 1].low in ("'s", "\u2019s"):
                continue  # a possessor: "X, the school's director, appeared and presented"
            prev = toks[k - 1] if k > 0 else None
            if prev is not None and prev.text == "," and k > 1:
                prev = toks[k - 2]  # after an apposition: "..., Mr João Ferreira, supported"
            if prev is not None and prev.text == ")":
                # after a parenthesis: "Sofía Aranda (Paraguay) opened"
                opened = next((q for q in range(k - 2, -1, -1) if toks[q].text == "("), 0)
                prev = toks[opened - 1] if opened > 0 else None
            if prev is None or not (
                prev.text[:1].isupper() or prev.low in P.STRONG_BODY_NOUNS or prev.low in P.TITLE_HEADS
            ):
                return None  # ("The premier | gave the directives")
            return t.start
    return None


def _after_opening_phrase(toks: Sequence[Token]) -> int:
    """Where the subject starts after a short opening phrase with a lowercase word and a
    comma ("In turn, X", "For her part, Y"), or 0."""
    for c in range(1, min(5, len(toks) - 1)):
        if toks[c].text == ",":
            lower = any(t.text.isalpha() and t.text.islower() for t in toks[1:c])
            return c + 1 if lower and toks[0].text[:1].isupper() and toks[c + 1].text[:1].isupper() else 0
    return 0


def modifies_next(m: Mention, toks: Sequence[Token]) -> bool:
    """Whether a bare name is followed by a lower-case noun it modifies ("Akorda press
    service") or is a possessive ("Lusavia's Secretary-General")."""
    k = m.tok_end
    return k < len(toks) and (
        (toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in S.NOT_NOUNS)
        or toks[k].low in ("'s", "\u2019s")
    )


def sentence_initial(m: Mention, s: Sentence) -> bool:
    return not s.text[: m.start - s.start].strip(" \"'\u201c\u2018(-*")


_TITLE_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_TITLE_BODY = re.compile(r".*\bof\s+the\s+(?:\d+\w*\s+)?([^()]+?)\s*(?:\(|$)", re.IGNORECASE | re.DOTALL)
# The head noun of a body named "<Head> of <members>": "Authority of Heads of State and Government"
_BODY_HEAD = re.compile(r"\bthe\s+([A-Za-z]+)\s+of\s+(?:Heads|Ministers|Governors|Trustees)\b", re.IGNORECASE)


def meeting_body_names(title: str | None) -> frozenset[str]:
    """The names of the body the meeting's title names, as :func:`body_key` gives them:
    its acronym in parentheses ("The State Executive Council Meeting (MMKN)": "mmkn") and
    what the title's last "of the" names ("47TH REGULAR SESSION OF THE 12TH SANGGUNIANG
    PANLUNGSOD"). That body's decisions are the meeting's (GOLD.md convention 11)."""
    if not title:
        return frozenset()
    names = {body_key(a) for a in _TITLE_ACRONYM.findall(title)}
    body = _TITLE_BODY.match(title)
    if body is not None:
        names.add(body_key(body.group(1)))
    # "the Authority" of "... Session of the Authority of Heads of State and Government of ..."
    names.update(body_key(head.group(1)) for head in _BODY_HEAD.finditer(title))
    names.update(_body_initials(title))
    names.update(body_key(named.group(1)) for named in S.SESSION_OF_BODY.finditer(title))
    return frozenset(names)


def _body_initials(text: str) -> set[str]:
    """The initials of each body ``text`` names in capitalised words and a body noun,
    from its last two words on: "Steering Committee teleconference no. 7": "sc" ("the SC
    agreed" is the meeting deciding)."""
    out: set[str] = set()
    for named in S.TITLE_BODY_NAME.finditer(text):
        words = named.group(0).split()
        out.update("".join(w[0] for w in words[-k:]).casefold() for k in range(2, len(words) + 1))
    return out


def headline_body_names(text: str) -> frozenset[str]:
    """A body the headline names in capitalised words, in full and by its initials from
    its last three words on ("NORDMARK EUROPEAN WORKS COUNCIL": "nordmark european works
    council", "ewc", "newc"), as :func:`body_key` gives them: "the EWC adopted", "the
    Peace and Security Council adopted" under "PEACE AND SECURITY COUNCIL" are the meeting
    deciding."""
    out: set[str] = set()
    head = _headline_block(text[: S.HEADLINE_REACH].lstrip())
    for m in S.HEADLINE_BODY.finditer(head):
        words = m.group(0).split()
        out.update(
            "".join(w[0] for w in words[-k:]).casefold() for k in range(S.BODY_INITIALS_MIN, len(words) + 1)
        )
        out.add(body_key(m.group(0)))
    out.update(_body_initials(head))
    return frozenset(out)


def _headline_block(head: str) -> str:
    """The headline: the first paragraph, and the capitalised headings after it
    ("NATIONAL UNION OF ... WORKERS" / "NATIONAL EXECUTIVE COMMITTEE" / "MINUTES of ...")."""
    paras = head.split("\n\n")
    k = 1
    while k < len(paras) - 1 and paras[k].strip() and not any(c.islower() for c in paras[k]):
        k += 1
    return "\n\n".join(paras[:k])


def body_key(name: str) -> str:
    """A name compared with :func:`meeting_body_names`: blanks and case folded."""
    return " ".join(name.split()).casefold()


def is_body(name: str) -> bool:
    """ "Cabinet", "the Standing Committee": the meeting itself, not a named organisation.

    A run-in heading before the body noun ("(3) Invasion of Private Farms Cabinet directed")
    still leaves the body noun as the subject: a plural noun cannot modify it.
    """
    words = name.lower().split()
    if " ".join(words[1:] if words[:1] == ["the"] else words) in P.LEADER_COLLECTIVES:
        return True  # "Heads of Government agreed to:" (a summit's leaders)
    if "of" in words[1:] and words[words.index("of") - 1] in MT.MEETING_NAME_HEADS:
        return True  # "The 12th Ordinary Meeting of the Council concluded": a sitting of the body
    if (
        len(words) == 3
        and words[0] in P.STRONG_BODY_NOUNS
        and words[1] == "of"
        and words[2] in P.PLURAL_TITLE_HEADS
    ):
        return True  # "the Council of Governors RESOLVED:", "the Board of Trustees approved"
    if not words or words[-1] not in P.STRONG_BODY_NOUNS:
        return all(w in P.BODY_NOUNS or w in S.BODY_MODIFIERS for w in words) and bool(words)
    if all(w in P.BODY_NOUNS or w in S.BODY_MODIFIERS or w in S.JURISDICTIONS for w in words):
        return True
    if len(words) < 2:
        return False  # (a body noun that is no meeting's: STRONG_BODY_NOUNS outside BODY_NOUNS)
    before = words[-2]
    return before.endswith("s") and before not in S.PLURAL_PORTFOLIOS


def opening_person(
    s: Sentence, toks: Sequence[Token], resolved: list[tuple[Mention, Entity | None]]
) -> int | None:
    """The known person whose mention opens the sentence (its subject, as a rule)."""
    if not resolved or not toks:
        return None
    m, ent = resolved[0]
    first = toks[0].low
    if m.tok_start != 0 and (first in P.SCENE_OPENERS or first == "the"):
        # "In Nice, Ms X said", "The head of the delegation, T. Weller, welcomed" (set off)
        m, ent = next(((mm, e) for mm, e in resolved if mm.kind == "person" and e is not None), (m, ent))
        if _after_scene(toks, m.tok_start) and (first != "the" or _set_off(toks, m)):
            return ent.id if ent is not None and ent.kind == "person" else None
    if m.kind != "person" or ent is None or m.tok_start != _after_number(s, toks) or ent.kind != "person":
        return None
    return ent.id


def _after_number(s: Sentence, toks: Sequence[Token]) -> int:
    """The first token after the paragraph's number ("6." in "6. Dr. X took a different
    view."), 0 when there is none."""
    number = S.PARAGRAPH_NUMBER.match(s.text)
    if number is None:
        return 0
    at = s.start + number.end()
    return next((k for k, t in enumerate(toks) if t.start >= at), 0)


def _after_scene(toks: Sequence[Token], k: int) -> bool:
    """Whether only a scene, one phrase set off by a comma, stands before token ``k``: "At
    the county depot, Ortiz checked ..." (the person after it opens the sentence)."""
    commas = [j for j in range(k) if toks[j].text == ","]
    return commas == [k - 1] and k <= 12


def _set_off(toks: Sequence[Token], m: Mention) -> bool:
    """Whether a comma closes the mention, which the phrase before it names: "The head of
    the delegation, T. Weller, welcomed ..." (an apposition, the sentence's subject)."""
    return m.tok_end < len(toks) and toks[m.tok_end].text == ","


def mention_end(m: Mention, toks: Sequence[Token]) -> int:
    k = min(m.tok_end, len(toks)) - 1
    while k > m.tok_start and toks[k].text in (",", ";"):
        k -= 1
    return toks[k].end


def tail_start(text: str, start: int, end: int, runs: int) -> int:
    """Where the word before the last ``runs`` runs of whitespace in ``text[start:end]``
    starts (``start`` if there are fewer).

    A match that ends at ``end``, opens with a non-space and spans at most ``runs``
    runs of whitespace starts there or later, so ``rx.search(text, lo, end)`` finds
    it as ``rx.search(text[start:end])`` would, for a pattern without ``^`` (``\\b``
    and lookbehinds see the text before ``lo``), in time bounded by those words.
    """
    k = end
    while True:
        while k > start and not text[k - 1].isspace():
            k -= 1
        if runs == 0 or k == start:
            return k
        while k > start and text[k - 1].isspace():
            k -= 1
        runs -= 1


def draft_law_lead(text: str) -> re.Match[str] | None:
    """ "The draft proclamation aims to:", "The Bill seeks to:": S.DRAFT_AIMS at the
    sentence's start (matched only where the sentence opens with "The")."""
    return S.DRAFT_AIMS.match(text) if text.lstrip(" \t\r\n*#>-")[:3] == "The" else None


def passive_before(text: str, k: int) -> bool:
    """Whether a passive auxiliary ends ``text[:k]``: "was", "were being", "is formally".

    (S.PASSIVE_BEFORE spans at most two runs of whitespace: it is searched in the last
    words only, not in all of a long sentence before each verb.)
    """
    return S.PASSIVE_BEFORE.search(text, tail_start(text, 0, k, 2), k) is not None


def after_title_apposition(text: str, k: int) -> int:
    """Where the name starts after a title in apposition at ``k`` (else ``k``)."""
    m = S.TITLE_APPOSITION.match(text, k)
    if m is None or not any(w.lower() in P.TITLE_HEADS for w in m.group("title").split()):
        return k
    return m.end()


def skip(text: str, k: int, chars: str) -> int:
    """``k`` moved forward over ``chars``."""
    while k < len(text) and text[k] in chars:
        k += 1
    return k


def skip_back(text: str, start: int, k: int, chars: str) -> int:
    """``k`` moved back over ``chars``, not before ``start``."""
    while k > start and text[k - 1] in chars:
        k -= 1
    return k


# The most runs of whitespace a match of S.OTHER_BODY spans: "working group of the".


_HONORIFIC_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def with_honorific(text: str, start: int) -> int:
    """``start`` moved back over an honorific before a name ("Mr. Wu", "Cllr Butler")."""
    h = _HONORIFIC_BEFORE.search(text, max(0, start - 12), start)
    return h.start() if h and h.group(1).lower() in P.HONORIFICS else start

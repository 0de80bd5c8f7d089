"""Reading a name where structure puts one: a list item under "Present:", the words
after "Chair:" or "presided over by", a table row "Dr Sarah Hughes   Medical Director".

``name_at`` reads one person with the title before the name, after a comma or a dash,
or in parentheses (where "(Chair)" marks the presider); ``list_items`` splits a line of
attendees and reads each. Tokens come from the document model, never re-tokenized.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from minutes.attribution.predicates import is_title_phrase, names_office, portfolio_end, title_word
from minutes.attribution.state import State
from minutes.people import (
    Entity,
    Token,
    honorific_gender,
    honorific_words,
    is_honorific,
    name_run,
    name_text,
    skip_honorifics,
)
from minutes.rules import people as P
from minutes.rules import structure as S


def marks_chair(words: str) -> bool:
    """ "Chair", "Vice-Chancellor, Chair", "Chairman and Governor": one of the roles a
    person holds is the chair (but not "Chair of the Audit Committee", nor "Chair,
    Department of Surgery", "Chair, Pediatrics": the chair of the unit named after it)."""
    parts = re.split(r"(,|&|/|\band\b)", words)  # (parts at even indexes, separators between)
    for k in range(0, len(parts), 2):
        if not S.CHAIR_MARK.match(parts[k].strip()):
            continue
        unit = parts[k + 2].strip() if k + 2 < len(parts) and parts[k + 1] == "," else ""
        if unit and unit[:1].isupper() and not is_title_phrase(unit):
            continue  # "Chair, Emergency Medicine"
        return True
    return False


def _role_then_name(st: State, offset: int, original: str, sieve: str) -> Entity | None:
    """ "Meetings Administrator (Mr. J. Clune)": a role, then the person holding it in
    parentheses, with an honorific or initials; or after a dash ("Provincial Secretary -
    Mr. Nelson Kora")."""
    m = re.search(r"\(([^()]+)\)\s*[.;]?\s*$", original)
    if m is None or not S.NAME_IN_PARENS.match(m.group(1).strip()):
        return _role_dash_name(st, offset, original, sieve)
    title = original[: m.start()].strip()
    ent = name_at(st, offset + m.start(1), m.group(1), sieve)
    if ent is not None and ent.role is None and title:
        ent.role = title
    return ent


def _role_dash_name(st: State, offset: int, original: str, sieve: str) -> Entity | None:
    """ "Clerk to the Assembly - Mrs. Lilly Vatu": a title phrase, a dash, then its holder
    with an honorific or initials (S.TITLE_DASH_NAME)."""
    m = S.TITLE_DASH_NAME.match(original)
    if m is None or not S.NAME_IN_PARENS.match(m.group("who")):
        return None
    title = m.group("title").strip()
    if not is_title_phrase(title):
        if not _PLACE.fullmatch(title):
            return None
        title = _represented_state(st, title) or ""  # (a State the minutes name no one for: no title)
    ent = name_at(st, offset + m.start("who"), m.group("who"), sieve)
    if ent is not None and ent.role is None and title:
        ent.role = title
    return ent


_PLACE = re.compile(r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}")  # ("Alvaria", "Costa Rica")


def _represented_state(st: State, place: str) -> str | None:
    """ "Alvaria - Mr. F. Ostrowski" in a council's roll of States: the Representative of
    Alvaria, when the minutes call someone that ("The Representative of Alvaria said")."""
    found = re.search(rf"\b[Rr]epresentative\s+of\s+(?:the\s+)?{re.escape(place)}\b", st.text)
    return f"Representative of {place}" if found is not None else None


def _affiliation(part: str) -> bool:
    """An organisation of capitalised words after a person's title: "Economic Research
    Department" (not a person of the list)."""
    words = part.split()
    return (
        len(words) >= 2
        and words[-1].lower() in P.ORG_HEADS
        and words[-1].lower() not in P.SURNAME_ORG_HEADS  # ("Denise Park")
        and all(w[:1].isupper() or w in ("of", "and", "the", "for", "&") for w in words)
        and not any(w.lower().strip(".") in P.HONORIFICS for w in words)
        and not title_word(words[0].lower())  # ("Director Infrastructure Services" is a title)
        # ("the Manager of the Research Division, Ms. X": the title of the name after it)
        and not (words[0] == "the" and title_word(words[1].lower()))
    )


def _next_parenthesis(st: State, toks: Sequence[Token], close: int) -> str | None:
    """What a second parenthesis right after the one closing at ``close`` holds."""
    if close < 0 or close + 1 >= len(toks) or toks[close + 1].text != "(":
        return None
    end = next((k for k in range(close + 1, len(toks)) if toks[k].text == ")"), -1)
    return st.text[toks[close + 2].start : toks[end - 1].end] if end > close + 2 else None


def _acronym(part: str) -> bool:
    """An agency's initials after a person's title: "Megan Tate, District Conservationist,
    NRCS" (where the title is held, not a person of the list)."""
    return re.fullmatch(r"\s*[A-Z]{2,6}\s*", part) is not None


def office_abbreviation(st: State, person: Entity, row: str) -> None:
    """ "Ms. C. Moreau, Director, Air Navigation Bureau (D/ANB)": the abbreviation closing
    a person's row names the person's office ("the D/ANB indicated" is Ms. Moreau), unless
    it is only the initials of the words before it ("Finance Department (FD)")."""
    m = _OFFICE_ABBREVIATION.search(row)
    if m is None:
        return
    last_part = row[: m.start()].rsplit(",", 1)[-1]
    initials = "".join(w[0] for w in last_part.split() if w[:1].isupper())
    if m.group(1).replace("/", "") != initials:
        st.title_abbreviations[m.group(1)] = person.id


# An abbreviation in parentheses closing a row: "(D/ANB)", "(DG/LEG)", "(CFO)".
_OFFICE_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]{0,3}(?:/[A-Z]{1,6})*)\)\s*$")


def _portfolio_only(part: str) -> bool:
    """Capitalised portfolio words only: "International Trade" (never a person)."""
    words = part.split()
    return bool(words) and all(w[:1].isupper() and w.lower() in P.PORTFOLIO_WORDS for w in words)


def _lines_as_items(blanked: str) -> str:
    """One name a line under a label ("Trustees Present:   Karen Whitlock (Chair)" /
    "   Amrit Sandhu (Vice-Chair)"): where no line holds two commas or ends in one, a
    line break between two lines of two words or more, the second capitalised,
    separates items like a comma (";" in its place, the same length). A comma list
    wrapped over lines ("Cr Tane Whaanga, Cr Margaret" / "(Peg) Ostler, Cr Liam Fahey")
    or a name broken across a line ("The Hon Warren" / "Tilley") is no item a line; in a
    block with a comma list, only a line with no comma ends an item ("Mr Rajesh Menon
    (First Vice-President)" above "Ms Louise Chandler, Mr Samuel Ferreira, ...")."""
    if "\n" not in blanked:
        return blanked
    lines = blanked.split("\n")
    wrapped = any(line.count(",") > 1 or line.rstrip().endswith(",") for line in lines)
    out = [lines[0]]
    for prev, line in itertools.pairwise(lines):
        words = line.split()
        separate = len(prev.split()) >= 2 and len(words) >= 2 and words[0][:1].isupper()
        separate = separate and not (wrapped and "," in prev)
        out.append((";" if separate else "\n") + line)
    return "".join(out)


# Post-nominal letters after a comma: ", SBS, JP" in "Hon Grace LAU Mei-ling, SBS, JP".
_COMMA_POST_NOMINALS = re.compile(
    r"(?:,[ \t]*(?:" + "|".join(sorted(P.POST_NOMINALS, key=len, reverse=True)) + r")(?![\w-]))+"
)


def _past_post_nominals(toks: Sequence[Token], e: int) -> int:
    """The token after the post-nominal letters from ``e`` on: "AO", ", SBS, JP"."""
    while e < len(toks):
        if toks[e].text in P.POST_NOMINALS:
            e += 2 if e + 1 < len(toks) and toks[e + 1].text == "." else 1  # ("Esq. (Chairman)")
        elif toks[e].text == "," and e + 1 < len(toks) and toks[e + 1].text in P.POST_NOMINALS:
            e += 2
        else:
            break
    return e


def _doctoral(toks: Sequence[Token], e: int) -> frozenset[str]:
    """ "dr" when the post-nominal letters from ``e`` on hold a doctor's degree ("Gerald
    Pruitt, MD": "Dr. Pruitt" later), else nothing."""
    letters = {t.text for t in toks[e : _past_post_nominals(toks, e)]}
    return frozenset({"dr"}) if letters & P.DOCTORAL_POST_NOMINALS else frozenset()


# A parenthesis right before the "and" that ends a list's item ("(Finance Officer) and").
_PAREN_BEFORE_AND = re.compile(r"(\s*\([^()]*\))\s+and\s")


def _blanked(rest: str) -> str:
    """The list with parentheses and post-nominal letters after a comma blanked (the same
    length): no item is split off at them."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    return _COMMA_POST_NOMINALS.sub(blank, re.sub(r"\([^()]*\)", blank, rest))


# A roll set in two columns, each a place or title, a dash and a name: "Alvaria - Mr. F.
# Ostrowski        Koravia - Mr. D. Mbeki-Santos" (the wide gap parts the two items).
_ROLL_COLUMNS = re.compile(
    r"(?<=\S) {3,}(?=[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2} [-\u2013\u2014] \S)"
)


def list_items(st: State, offset: int, rest: str, sieve: str) -> None:
    """Attendees in "A, B (for C), D and E" or one bullet item."""
    blanked = _ROLL_COLUMNS.sub(lambda m: ";" + m.group(0)[1:], _lines_as_items(_blanked(rest)))
    pos = 0
    items = _Items(st, offset, sieve)
    joined_until = -1  # the end of a title "A and B Officer" read whole at its first part
    for part in re.split(r"[;,]|\s+and\s+", blanked):
        start = blanked.find(part, pos)
        sep = rest[pos:start].strip()  # what joined it to the part before: "," or "and"
        pos = start + len(part)
        if start < joined_until:
            continue
        last = items.last
        joined = _coordinated_title(blanked, start, part) if last is not None and sep == "," else None
        if last is not None and joined is not None:
            # "Helena Vasquez, Occupational Health and Safety Officer": one title, not a name
            joined_until = start + len(joined)
            last.role = last.role or rest[start:joined_until].strip()
            continue
        # the part as written, with its parentheses: "Mrs Jane Pellow (Clerk)"
        original = rest[start : start + len(part)]
        if paren := _PAREN_BEFORE_AND.match(rest, start + len(part)):
            original += paren.group(1)  # "A (Finance Officer, OPCC) and B": the blanks went with "and"
        if not part.strip(" .:-*") or len(part.strip()) > 80:
            continue
        span = (offset + start, offset + start + len(part))
        if last is not None and items.goes_on(last, part, original, sep, span):
            continue
        items.dash_titled = False
        lead_the = re.match(r"\s*the\s+", original, re.IGNORECASE)
        if lead_the and is_title_phrase(original[lead_the.end() :]) and "(" not in original:
            items.pending = original[lead_the.end() :].strip()  # "The Vice-Chancellor and President, Prof. X"
            continue
        if last is not None and items.titles(last, part, original, sep, span):
            continue
        items.read_person(start, original, part, span)


class _Items:
    """What the items of a list read so far leave to the next: the last person, and titles."""

    def __init__(self, st: State, offset: int, sieve: str) -> None:
        self.st = st
        self.offset = offset
        self.sieve = sieve
        self.last: Entity | None = None
        self.carry: str | None = st.list_role  # "Councilmembers A, B and C": each a Councilmember
        self.dash_titled = False  # the last item gave its title after a dash
        self.column_titled = False  # the last item was a table row, the name first, then its title
        self.pending: str | None = None  # "The Chancellor, Ms X": a title for the name after it

    def goes_on(self, last: Entity, part: str, original: str, sep: str, span: tuple[int, int]) -> bool:
        """Whether the part goes on the last person: the chair mark, a workplace, more of the title."""
        if S.CHAIR_MARK.match(part.strip(" .")):
            # "Councillor R. Donauer, Deputy Mayor, in the Chair": the name before presides
            self.st.preside(last.id, self.sieve, span)
            title = re.sub(r"\s*\([^()]*\)$", "", original.strip(" ."))
            if (last.role is None or last.role == self.carry) and (
                is_title_phrase(title) or S.CHAIR_MARK.fullmatch(title)  # ("Anna Berg, chair")
            ):
                last.role = title  # "Yoon Jae-hyeok, Chairman (Governor)"
            return True
        if last.role and S.CHAIR_MARK.match(last.role) and is_title_phrase(part.strip()):
            last.role = f"{last.role}, {part.strip()}"  # "Mr. K. Sakura, Chairman, Governor of the Bank"
            return True
        if _affiliation(_OFFICE_ABBREVIATION.sub("", part)) or (last.role and sep == "," and _acronym(part)):
            # "Lee Tae-sik, Director General, Economic Research Department": where they work
            office_abbreviation(self.st, last, original)
            return True
        if last.role and _portfolio_only(part):
            # "Hon. X, Minister of Foreign Affairs and International Trade": the title goes on
            last.role = f"{last.role} and {part.strip()}" if sep == "and" else f"{last.role}, {part.strip()}"
            return True
        if self.column_titled and last.role and len(part.split()) <= 6:
            # "Colin Tread      Public Governor, Wealdmoor North (Lead Governor)": the title goes on
            last.role = f"{last.role}, {original.strip()}"
            return True
        if self.dash_titled and re.fullmatch(r"\s*[A-Z][\w&'-]*\s*", part):
            # "Dr. Mercy Phiri - Deputy Governor, Economics": the title goes on after the comma
            last.role = f"{last.role}, {part.strip()}" if last.role else part.strip()
            return True
        return False

    def titles(self, last: Entity, part: str, original: str, sep: str, span: tuple[int, int]) -> bool:
        """Whether the part is the last person's title: a title phrase, a graded position, in lower case."""
        if is_title_phrase(_period_off_title(part)):
            # "Prof. Chanda Lungu, External Member": the title of the name before it;
            # "Dr. T. K. Mwansa, Governor (Chairperson)": and the presider
            title = _period_off_title(original.strip())
            mark = re.search(r"\s*\(([^()]*)\)$", title)
            if mark and S.CHAIR_MARK.match(mark.group(1).strip()):
                self.st.preside(last.id, self.sieve, span)
                title = title[: mark.start()].strip()
            if last.role is None or last.role == self.carry:
                last.role = title  # (its own title over the list's: "Yoon Jae-hyeok, Chairman (Governor)")
            elif sep == "and" and not mark:
                last.role = f"{last.role} and {title}"  # "X, Gram Sevak and Secretary": both
            return True
        if last.role is None and S.GRADED_POSITION.fullmatch(part.strip(" .")):
            last.role = part.strip(" .")  # "Ms. Ana Cruz, Aquaculturist II": a position and its grade
            return True
        if last.role is None and _lowercase_title(part):
            last.role = part.strip(" .;:")  # "Marisol Pena, LCAM, property manager": in lower case
            return True
        return False

    def read_person(self, start: int, original: str, part: str, span: tuple[int, int]) -> None:
        """Reads the person the part names (past a "represented by" or a lot), present, maybe the chair."""
        st, offset, sieve = self.st, self.offset, self.sieve
        if rep := S.REPRESENTED_LEAD.match(original):
            # "DENR Office, represented by Ms. A. Cruz, Forester II": the one who came for it
            start, original, part = start + rep.end(), original[rep.end() :], part[rep.end() :]
        lot = S.PROPERTY_LEAD.match(original)
        if lot:  # "Lot 3 - M. Tsang": the owner
            start, original, part = start + lot.end(), original[lot.end() :], part[lot.end() :]
        if lead := _lower_title_lead(original):
            title, cut = lead
            start, original, part, self.carry = start + cut, original[cut:], part[cut:], title
        words = part.split()
        plural = next((w for w in words if w.lower() in P.PLURAL_TITLE_HEADS and w[:1].isupper()), None)
        if plural is not None:
            self.carry = P.PLURAL_TITLE_HEADS[plural.lower()]
        elif words and title_word(words[0].lower()):
            self.carry = None
        ent = _role_then_name(st, offset + start, original, sieve) or name_at(
            st, offset + start, original, sieve, default_role=self.carry
        )
        if ent is None:
            return
        if self.pending is not None and ent.role is None:
            ent.role = self.pending
        if lead and not is_title_phrase(ent.role or ""):
            ent.role = self.carry  # "external auditor X (X Audit Ltd)": the firm is no title
        self.pending = None
        if st.att.presider is None and _chair_before_name(original):
            st.preside(ent.id, sieve, span)  # "Present - Chairman Roger Fell (RF), ..." (convention 10)
        st.mark_present(ent.id, sieve, (offset + start, offset + start + len(part)))
        self.last = ent
        self.dash_titled = S.DASH_TITLE.search(original) is not None
        self.column_titled = _name_first_row(original)


def _chair_before_name(item: str) -> bool:
    """ "Chairman Roger Fell (RF)": the list's item tags its person the chair by the title
    before the name (not "Vice Chairman Ian Prowse")."""
    words = item.split()
    return len(words) > 2 and S.CHAIR_MARK.fullmatch(words[0]) is not None and words[1][:1].isupper()


def _period_off_title(part: str) -> str:
    """A title ending the line, without the sentence's period: "Deputy Governor." (not an
    abbreviated title's: "Lt. Gov.")."""
    words = part.rstrip().split()
    if words and words[-1].endswith(".") and words[-1][:-1].lower() in P.TITLE_HEADS:
        return part.rstrip()[:-1]
    return part


def _lower_title_lead(item: str) -> tuple[str, int] | None:
    """ "external auditor X", "Board members X": the office in lower case before the name
    (in the singular) and where the name starts."""
    m = S.LOWER_TITLE_LEAD.match(item)
    if m is None:
        return None
    head = m.group("h")
    if head not in P.TITLE_HEADS and head not in P.PLURAL_TITLE_HEADS:
        return None
    title = singular_title(m.group("t"))
    cut = len(title) - len(title.rsplit(None, 1)[-1])
    return title[:cut] + title[cut:].lower(), m.end()  # ("Board members": "Board member")


def _lowercase_title(part: str) -> bool:
    """ "property manager", "recording secretary": an office in lower case, after a name
    in a list (two to four words, the last a title's head)."""
    words = part.strip(" .;:").split()
    lower = all(w.isalpha() and w.islower() for w in words)
    return 2 <= len(words) <= 4 and lower and words[-1] in P.TITLE_HEADS


def _coordinated_title(blanked: str, start: int, part: str) -> str | None:
    """ "Occupational Health and Safety Officer" at ``start``: a part with no title head
    that only makes a title with the part after its "and" (the joined title, as written)."""
    nxt = S.AND_NEXT_PART.match(blanked, start + len(part))
    if nxt is None or is_title_phrase(part.strip()):
        return None
    joined = blanked[start : nxt.end()]
    return joined if is_title_phrase(joined.strip()) else None


def _name_first_row(item: str) -> bool:
    """A table row with the name first and its title in the next column ("Colin Tread
    Public Governor"): what follows a comma after it is still the title."""
    col = S.COLUMN_GAP.search(item.strip())
    return col is not None and not is_title_phrase(item.strip()[: col.start()])


def singular_title(title: str) -> str:
    """A title whose head is plural, in the singular: "Council Members" -> "Council Member"."""
    last = title.rsplit(None, 1)[-1] if title.strip() else ""
    singular = P.PLURAL_TITLE_HEADS.get(last.lower())
    return title[: len(title.rstrip()) - len(last)] + singular if singular else title


def _undittoed(st: State, role: str | None) -> str | None:
    """The role of a list line, with ditto marks read as the role of the line above."""
    if role is not None and S.DITTO.fullmatch(role.strip()):
        role = st.item_role
    st.item_role = role
    return role


def _body_of_title(toks: Sequence[Token], j: int) -> bool:
    """ "Council" in "Council Members Janelle Brooks", "Board Member X": the body a title
    head after it belongs to."""
    return (
        toks[j].low in P.ORG_HEADS
        and j + 1 < len(toks)
        and toks[j + 1].text[:1].isupper()
        and (toks[j + 1].low in P.TITLE_HEADS or toks[j + 1].low in P.PLURAL_TITLE_HEADS)
    )


def _title_then_name_cells(
    st: State, offset: int, snippet: str, column: re.Match[str], sieve: str
) -> Entity | None:
    """A table row with the title first: "Deputy Chairperson   Graham Whitcombe",
    "Ward Councillor   Bridget Hale         Until 11.05am" (a note may follow the name)."""
    lead = len(snippet) - len(snippet.lstrip())
    title = snippet.strip()[: column.start()]
    start = lead + column.end()
    cell = snippet[start:]
    after = S.COLUMN_GAP.search(cell)
    cell = cell[: after.start()] if after else cell
    role = singular_title(title)  # ("Members   Priya Raman": a Member)
    ent = name_at(st, offset + start, cell, sieve, default_role=role)
    if ent is not None:
        st.item_role = role  # (the lines below it may be its names: "   Sione Fifita")
        if S.CHAIR_MARK.fullmatch(title):
            st.preside(ent.id, sieve, (offset, offset + len(snippet)))
    return ent


_OFFICE_AFTER = re.compile(r",[^\S\n]*([A-Z][^,;\n()]{2,60}?)[^\S\n]*(?=[;\n]|$)")


def _role_after_initials(
    st: State, toks: Sequence[Token], close: int, role: str | None
) -> tuple[str | None, bool]:
    """The title after a name's initials ("Mr Peter Lomax (PL) Lay member", "Dr Nicholas
    Pryce (NAP) Dean (Chair)"), and whether a chair mark ends it."""
    if role is not None or close + 1 >= len(toks):
        return role, False
    rest = st.text[toks[close + 1].start : toks[-1].end].strip(" ,.-\u2013\u2014")
    mark = re.search(r"\s*\(([^()]*)\)$", rest)
    chair = mark is not None and S.CHAIR_MARK.match(mark.group(1).strip()) is not None
    if chair and mark is not None:
        rest = rest[: mark.start()].strip()
    elif rest and marks_chair(rest):
        chair = True  # "Jane Sutcliffe (JS) – Chair", "(NAP) Dean and Chair"
    return rest or None, chair


def _office_after(text: str, end: int) -> str:
    """The office after a title on the same line, when it ends the line: "- Chairman,
    National Waterways Authority" (the chairman of that, not of the meeting)."""
    m = _OFFICE_AFTER.match(text, end)
    if m is None or not names_office(m.group(1)):
        return ""
    return m.group(1)


_OPENERS = {"(": ")", "[": "]"}


def name_at(
    st: State, offset: int, snippet: str, sieve: str, default_role: str | None = None
) -> Entity | None:
    """The person named at the start of ``snippet`` (a list item, a chair line), with
    the title before the name, after a comma or a dash, or in parentheses. A
    "(Chair)" makes them the presider; "(JT)", their initials, is another name."""
    column = S.COLUMN_GAP.search(snippet.strip())
    if column and is_title_phrase(snippet.strip()[: column.start()]):
        return _title_then_name_cells(st, offset, snippet, column, sieve)
    if column and not re.search(r"[,(]", snippet[: column.start()]):
        return _name_then_title_row(st, offset, snippet, column, sieve, default_role)
    toks = st.doc.tokens_between(offset, offset + len(snippet))
    if not toks:
        return None
    found = _title_and_name(toks)
    if found is None:
        return None
    t0, t1, j, e = found
    name = name_text(toks, j, e)
    e, doctor = _past_post_nominals(toks, e), _doctoral(toks, e)
    # ("Ms Margaret Elsworth AO (in the Chair)": the letters, then the chair mark)
    role = (
        st.text[toks[t0].start : toks[t1 - 1].end]
        if t1 > t0 and toks[t1 - 1].low not in P.HONORIFICS
        else None
    )
    if role is not None:
        role = singular_title(role)
    chair = False
    alias = None
    if e < len(toks) and toks[e].text in _OPENERS:
        role, chair, alias = _parenthesis_after_name(st, toks, e, name, role)
    elif (
        role is not None
        and e + 1 < len(toks)
        and toks[e].text in ("-", "\u2013", "\u2014")
        and S.CHAIR_MARK.match(st.text[toks[e + 1].start : toks[-1].end].strip(" ."))
    ):
        chair = True  # "Governor Emmanuel Mwakalinga - Chairperson": titled, and the chair
    elif role is None and e + 1 < len(toks) and toks[e].text in (",", "-", "\u2013", "\u2014"):
        role, chair = _role_after_name(st, toks, e)
        role, alias = _initials_after_role(st.text[toks[e].start : toks[-1].end], role, name)
    in_chair = role is not None and S.IN_THE_CHAIR_ROLE.search(role)
    if in_chair and role is not None:
        chair = True
        role = (role[: in_chair.start()] + role[in_chair.end() :]).strip(" ,") or None
    elif S.IN_THE_CHAIR_TAIL.search(snippet):
        chair = True  # "Cllr Mrs S. Pennington (Town Mayor) – in the Chair"
    role = _undittoed(st, role)
    ent = st.reg.add(
        name,
        "person",
        role or default_role,
        offset,
        st.prefer(),
        gender=honorific_gender(toks, 0, j),
        honorifics=honorific_words(toks, 0, j) | doctor,
    )
    st.att.named.append((toks[0].start, toks[e - 1].end, ent.id))
    if alias:
        st.reg.alias(ent, alias)
    if chair:
        st.preside(ent.id, sieve, (toks[0].start, toks[-1].end))
    return ent


def _name_then_title_row(
    st: State, offset: int, snippet: str, column: re.Match[str], sieve: str, default_role: str | None
) -> Entity | None:
    """A table row, "Dr Sarah Hughes      Medical Director": the name, then the title."""
    lead = len(snippet) - len(snippet.lstrip())
    title = snippet.strip()[column.end() :].strip().lstrip(".-_\u2013\u2014 ")  # ("... Chairman")
    # (the row's title over the list's: "Members present:" then "Dr X   Chief Executive")
    ent = name_at(st, offset, snippet[: lead + column.start()], sieve, None if title else default_role)
    office = _office_after(st.text, offset + len(snippet.rstrip()))
    if office and title:
        title = f"{title}, {office}"  # "Shri R. K. Tiwari   -   Chairman, National Waterways Authority"
    if ent is not None and title:
        mark = re.match(r"(.*?)\s*\(([^()]*)\)$", title)
        if S.CHAIR_MARK.match(title) or (mark and S.CHAIR_MARK.match(mark.group(2).strip())):
            st.preside(ent.id, sieve, (offset, offset + len(snippet)))
        if ent.role is None:
            ent.role = _undittoed(st, title) or default_role
    return ent


def _title_and_name(toks: Sequence[Token]) -> tuple[int, int, int, int] | None:
    """Where the title (``t0`` to ``t1``) and the name (``j`` to ``e``) of an item are, if it names one."""
    j = 1 if len(toks) > 1 and toks[0].low == "the" and is_honorific(toks, 1) else 0  # "The Rev. Dr. X"
    lead = j
    j = skip_honorifics(toks, j)
    t0 = j
    if _ordinal_title(toks, j):
        j += 1  # "1st Vice-President Doug Barr", "2nd VP Ann Lee": the office's number
    while (
        j < len(toks) and toks[j].text[:1].isupper() and (title_word(toks[j].low) or _body_of_title(toks, j))
    ):
        j += 1
    if j > t0 and j + 1 < len(toks) and toks[j].low in ("of", "for"):
        # "Director of Education Paul Okafor": the portfolio belongs to the title
        q = portfolio_end([t.text for t in toks], j + 1)
        if q > j + 1 and name_run(toks, q) > q:
            j = q
    t1 = j  # the title ends before an honorific: "Deputy Governor Dr. Grace Mushi"
    if j > t0:
        j = skip_honorifics(toks, j)  # (not again after one: "H.E. Sri Handayani Putri")
    e = name_run(toks, j)
    if e <= j:
        return None
    k = e
    while k < len(toks) and toks[k].text[:1].isupper() and title_word(toks[k].low):
        k += 1
    if k > e and name_run(toks, k) > k:
        # "Township Attorney Grace Lee": a capitalised word of the title before its head
        j, e = k, name_run(toks, k)
        t1 = j
    if e == j + 1 and t1 == t0 and e < len(toks) and toks[e].low == "of":
        return None  # "Summary of Staff Reports": one capitalised word before "of" is no name
    if _styled_name_after(toks, e):
        # "Tail Twister Lion Frank Moreau", "Lion Tamer Lion Ed Vukovich": words before an
        # honorific and a name are an office the lists do not know
        t0, t1 = lead, e
        j = skip_honorifics(toks, e)
        e = name_run(toks, j)
    return t0, t1, j, e


def _ordinal_title(toks: Sequence[Token], j: int) -> bool:
    """An office's number in figures before its title word: "1st" in "1st Vice-President"."""
    return (
        j + 1 < len(toks)
        and toks[j].text[:1].isdigit()
        and P.NAME_ORDINAL.fullmatch(toks[j].text) is not None
        and toks[j + 1].text[:1].isupper()
        and title_word(toks[j + 1].low)
    )


def _styled_name_after(toks: Sequence[Token], e: int) -> bool:
    """Whether an honorific and a name follow the name run ending at ``e`` in an item."""
    if e >= len(toks) or not is_honorific(toks, e):
        return False
    j = skip_honorifics(toks, e)
    return name_run(toks, j) > j


def _parenthesis_after_name(
    st: State, toks: Sequence[Token], e: int, name: str, role: str | None
) -> tuple[str | None, bool, str | None]:
    """What the brackets after a name hold: the chair mark, initials, or a title (role, chair, alias)."""
    chair = False
    alias = None
    # ("Ms X [Presiding Member]": square brackets hold a title as parentheses do)
    shut = _OPENERS[toks[e].text]
    close = next((k for k in range(e, len(toks)) if toks[k].text == shut), -1)
    if close > e + 1:
        inner = st.text[toks[e + 1].start : toks[close - 1].end]
        if marks_chair(inner):
            chair = True  # "(Chair)", "(Vice-Chancellor, Chair)", "(Chairman and Governor)"
            role = role or inner
        elif _initials_of(inner, name):
            alias = inner  # "Mrs J. Thornton (JT)"
            role, chair = _role_after_initials(st, toks, close, role)
        elif role is None and not inner.lower().startswith("for ") and "officio" not in inner.lower():
            role = S.ROLE_ITEM_NOTE.sub("", inner)  # (not "for item 4" after it)
        inner2 = _next_parenthesis(st, toks, close)
        if inner2 is not None and not chair and (marks_chair(inner2) or is_title_phrase(inner2)):
            # "Councillor A (Borough Council) (Chair)": the office after the council
            chair = marks_chair(inner2)
            role = inner2 if role is None or role == inner else role
    return role, chair, alias


def _initials_of(inner: str, name: str) -> bool:
    """Whether brackets after ``name`` hold the initials the minutes call it by: "(JT)" for
    J. Thornton, "(RHa)" for Rebecca Hale (a surname's second letter tells two RHs apart)."""
    if not inner or inner[0] != name[0]:
        return False
    if inner.isupper() and inner.isalpha() and len(inner) <= 4:
        return True
    m = re.fullmatch(r"[A-Z]{1,2}([A-Z][a-z])", inner)
    return m is not None and name.split()[-1].startswith(m.group(1))


def _initials_after_role(tail: str, role: str | None, name: str) -> tuple[str | None, str | None]:
    """The role without the initials that close the line's ``tail``, and the initials:
    "Richard Holt - Chair (RH)" holds the role "Chair", and "RH" is Richard Holt."""
    mark = re.search(r"\(([^()]*)\)\W*$", tail)
    if mark is None or not _initials_of(mark.group(1), name):
        return role, None
    if role is not None and role.endswith(mark.group(0).rstrip(" .;,")):
        role = role[: -len(mark.group(0).rstrip(" .;,"))].strip() or None
    return role, mark.group(1)


def _role_after_name(st: State, toks: Sequence[Token], e: int) -> tuple[str | None, bool]:
    """The title after a comma or a dash after the name, and whether it marks the chair."""
    # "Dr. T. K. Mwansa, Governor (Chairperson)", "Mrs. Adwoa B. Asante - Chief Executive Officer"
    chair = False
    role = st.text[toks[e + 1].start : toks[-1].end].strip(" .").lstrip("-\u2013\u2014 ") or None
    office = _office_after(st.text, toks[-1].end)
    if role is not None and office:
        role = f"{role}, {office}"  # "Shri R. K. Tiwari - Chairman, National Waterways Authority"
    elif role is not None and marks_chair(role):
        chair = True  # "Hon. X - - - - City Vice Mayor & Presiding Officer"
    elif role is not None and marks_chair(re.sub(r"\s*\([^()]*\)$", "", role)):
        chair = True  # "Mrs X – Chair (Lay member)": the chair, and what seat she holds
        role = re.sub(r"\s*\([^()]*\)$", "", role)
    if role is not None:
        mark = re.search(r"\s*\(([^()]*)\)\s*$", role)
        if mark and S.CHAIR_MARK.match(mark.group(1).strip()):
            chair = True
            role = role[: mark.start()].strip() or None
    return role, chair

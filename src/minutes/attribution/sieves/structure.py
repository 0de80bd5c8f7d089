"""Structure sieves: the lines of structured minutes, read before any verb.

Attendance blocks ("Present:" and the lines under it, sub-headers such as "Directors:",
one person a line after "was attended by:"), chair lines ("Chair: Cllr X"), officer
lines ("Secretary: Ms Y"), apologies, decision labels ("RESOLVED:", "That Council:"),
statement headings ("Statement by Prof. Z"), and headings and headlines, which name
people but give nobody the floor. A sieve that settles a line returns SETTLED: no
later sieve reads it.
"""

from __future__ import annotations

import re

from minutes.attribution.cues import cues, may_head_list
from minutes.attribution.names import list_items, name_at, office_abbreviation
from minutes.attribution.predicates import (
    after_quotation,
    attendee_item,
    is_name_line,
    is_title_phrase,
    names_office,
    section_label,
    title_word,
)
from minutes.attribution.sieves.base import DECIDED, PASS, SETTLED, Outcome
from minutes.attribution.state import MEETING, Here, State
from minutes.document import title_case
from minutes.people import Entity, find_mentions
from minutes.rules import holds_any
from minutes.rules import people as P
from minutes.rules import structure as S
from minutes.rules.meeting import MEETING_NOUNS


def _in_block(st: State, here: Here) -> bool:
    return here.line_start and st.list_mode and not cues().chair_line.match(here.s.text)


def _plural_role(header: str) -> str | None:
    """ "Commissioners present:", "Directors:": the title a header gives its items."""
    plural = next((w for w in header.lower().split() if w in P.PLURAL_TITLE_HEADS), None)
    return P.PLURAL_TITLE_HEADS[plural] if plural else None


def subheader(st: State, here: Here) -> Outcome:
    """ "Directors:", "ALSO PRESENT:" alone on its line inside a "PRESENT" block (it ends
    an "ABSENT:" part of the block)."""
    if _in_block(st, here) and (S.SUBHEADER.match(here.s.text) or _group_line(st, here) or _column_row(here)):
        st.absent_block = False
        return SETTLED
    return PASS


def _group_line(st: State, here: Here) -> bool:
    """A line that names a group, not a person, over the names under it: "LOK SABHA",
    "WITNESSES" in capitals over lines that are not ("2.   Shri Tapan Kumar Hazarika"), or
    an organisation alone ("Ministry of Inland Waterways and Coastal Shipping")."""
    text = here.s.text.strip()
    if "," in text or ":" in text or len(text.split()) > 8 or not text[:1].isupper() or S.ABSENT.search(text):
        return False  # ("APOLOGIES" heads the absent, "Secretary: X" names an officer)
    words = text.split()
    if words[0].lower().rstrip(".") in P.HONORIFICS or S.BULLET.match(text):
        return False
    if _bullets_follow(st, here):
        return True  # "Liberal Party" / "Library of Parliament" over "• Samuel Ng, Analyst"
    if words[0].lower() in P.ORG_HEADS and not any(w.lower() in P.TITLE_HEADS for w in words):
        return True  # ("Ministry of X": the witnesses' ministry; not "Ministry Secretary Y")
    nxt = here.i + 1
    return (
        text.isupper()
        and len(words) <= 4
        and nxt < len(st.sentences)
        and here.doc.line_start(nxt)
        and not st.sentences[nxt].text.isupper()
    )


def _column_row(here: Here) -> bool:
    """A table's header row over the names: "Directors Representing" (the list's plural
    head, then the label of the column after the names)."""
    m = S.COLUMN_HEADER_ROW.match(here.s.text)
    return m is not None and m.group("head").lower() in P.PLURAL_TITLE_HEADS


def _bullets_follow(st: State, here: Here) -> bool:
    """The next line, in the same paragraph, is a bullet ("• Samuel Ng, Analyst")."""
    nxt = here.i + 1
    if nxt >= len(st.sentences) or st.text.count("\n", here.s.end, st.sentences[nxt].start) != 1:
        return False  # (the next line, no blank line between)
    return st.sentences[nxt].text.lstrip()[:1] in S.BULLET_SIGNS


def subheader_items(st: State, here: Here) -> Outcome:
    """ "Directors: Mr A (Chairman); Ms B (Group CEO)" inside a "Present:" block
    ("Regrets:" and "Apologies:" lines are not attendees)."""
    if not _in_block(st, here):
        return PASS
    sub = S.SUBHEADER_ITEMS.match(here.s.text)
    if not sub or S.ABSENT.search(sub.group("h")) or not is_name_line(sub.group("rest")):
        return PASS
    saved, st.list_role = st.list_role, _plural_role(sub.group("h"))
    list_items(st, here.s.start + sub.start("rest"), sub.group("rest"), "attendance-subheader-items")
    st.list_role = saved
    return SETTLED


def line_item(st: State, here: Here) -> Outcome:
    """After "was attended by:", one person a line, the title running on past its commas:
    "H.E. X, Minister of Investment, Trade and Industry, Malaysia;"."""
    if not (_in_block(st, here) and st.line_items):
        return PASS
    item = re.sub(r"\s*(?:[;.]|;\s*and|,\s*and)\s*$", "", here.s.text)
    label = S.LINE_LABEL.match(item)
    lead = label.end() if label and is_name_line(item[label.end() :]) else 0  # "Botswana: H.E. X"
    if not (is_name_line(item[lead:]) or _name_then_lower_title(item[lead:])):
        return PASS
    below = _title_line_below(st, here)
    role = st.sentences[below].text.strip() if below is not None else None
    ent = name_at(st, here.s.start + lead, item[lead:], "attendance-line", default_role=role)
    if ent is None:
        return PASS
    st.mark_present(ent.id, "attendance-line", (here.s.start, here.s.start + len(item)))
    if below is not None:
        st.read_through = below  # (the title line is read with its name)
    return SETTLED


def _title_line_below(st: State, here: Here) -> int | None:
    """The sentence of a title alone on the line right under a name line that ends in a
    comma: "His Excellency Mr X," / "Minister of State of Y" (the title is the name's)."""
    k = here.i + 1
    if not here.s.text.rstrip().endswith(",") or k >= len(st.sentences):
        return None
    nxt = st.sentences[k]
    if not here.doc.line_start(k) or st.text.count("\n", here.s.end, nxt.start) != 1:
        return None
    text = nxt.text.strip()
    if _opens_with_honorific(text) or text.endswith(",") or not _title_cell(text):
        return None
    return k


def _name_then_lower_title(item: str) -> bool:
    """ "Magnus Ivarsson, external member": a name, then its title in lower case (a
    title phrase once capitalised)."""
    name, comma, title = item.partition(",")
    if not comma or not title.strip()[:1].islower() or not is_name_line(name):
        return False
    return is_title_phrase(" ".join(w[:1].upper() + w[1:] for w in title.split()))


def list_item(st: State, here: Here) -> Outcome:
    """A bullet or a line of names under "Present:": "Cllrs D. Okafor, S. Brennan-Leigh and R. Patel";
    under a header of two lists, the right-hand cell of the row too."""
    out = SETTLED if _list_item_cell(st, here) else PASS
    right = _twin_cell(st, here.s.text)
    if right is None or not _in_block(st, here):
        return out
    item = here.s.text[right:]
    if is_name_line(item) and attendee_item(item):
        list_items(st, here.s.start + right, item, "attendance-item")
        return SETTLED
    return out


def _name_row(line: str) -> bool:
    """A line of names in an attendance block, or one name and its office in lower case,
    or one name and its title."""
    return (
        is_name_line(line)
        or is_name_line(_lowercase_office_cut(line))
        or _name_title_row(line)
        or _name_labelled_office_row(line)
    )


def _name_labelled_office_row(line: str) -> bool:
    """One name, then after a column gap an office with its portfolio after a colon:
    "Councillor P Ntuli      MMC: Finance", "Mr D van Wyk    Director: Planning"."""
    gap = S.COLUMN_GAP.search(line)
    if gap is None:
        return False
    office, colon, portfolio = line[gap.end() :].partition(":")
    return bool(colon) and is_name_line(line[: gap.start()]) and is_name_line(f"{office} {portfolio}")


def _name_title_row(line: str) -> bool:
    """One name, then its title after a comma: "Ana Ruiz, Governor and Chair of the session"
    (one name and one title: "A and B, Alternate Members", "Mr. K. Sakuraba, Chairman, Governor of
    the Bank" are read as lists)."""
    name, comma, title = line.partition(",")
    one = bool(comma) and "," not in title and " and " not in name
    return one and is_name_line(name) and is_title_phrase(title.strip())


def _lowercase_office_cut(line: str) -> str:
    """A row without the office in lower case after its name: "Walt Pruess" of "Walt
    Pruess, landowner (item 6 only)" (one name before it, no firm: "Ms X, Y Partners LLP,
    investment adviser" is not read this way)."""
    m = S.LOWERCASE_OFFICE_TAIL.search(line)
    return line[: m.start()] if m and "," not in line[: m.start()] else ""


def _twin_cell(st: State, line: str) -> int | None:
    """Where the right-hand cell of a row under a header of two lists starts."""
    gap = _gap_at(line, st.twin_column)
    return None if gap is None else gap.end()


def _list_item_cell(st: State, here: Here) -> bool:
    """The row's only or left-hand cell (list_item): whether it was read."""
    body = _left_cell(st, here.s.text)
    if not _in_block(st, here):
        return False
    if S.ROW_FULL_STOP.search(body) and _name_title_row(body.rstrip()[:-1]):
        body = body.rstrip()[:-1]  # "Tomás Villarreal Ortiz, Deputy Governor." (one person a line)
    if S.GLYPH_BULLET.match(body):
        st.glyph_items = True
    elif st.glyph_items:  # a block of glyph bullets ends at a line without one
        st.list_mode = st.line_items = st.absent_block = st.glyph_items = False
        return False
    if S.ABSENT_TAIL.search(body):
        return True  # "Senator Marla Quint - Excused"
    if _initials_row(st, here.s.start, body):
        return True
    if _office_dash_person(st, here, body):
        return True
    dash = S.NAME_DASH_OFFICE.match(body)
    if dash is not None and _plural_office_dash_people(st, here, body, dash):
        return True
    if dash is not None and (_dash_person(st, here, dash) or _org_dash_people(st, here, dash)):
        return True
    if not (S.BULLET.match(body) or _name_row(body)):
        return _rows_of_names(st, here, body)
    if may_head_list(body) and cues().list_header.match(body):
        return False  # "Reporting Staff" under the members: the next header (attendance-header)
    item = S.BULLET.sub("", body, count=1)
    if not attendee_item(item) or _common_word(here, item):
        return False
    offset = here.s.start + (len(body) - len(item))
    if S.BULLET.match(body) and (_one_person(st, offset, item) or _titled_bullet(st, offset, item)):
        return True
    if (_honorific_row(item) or _name_title_row(item)) and _one_person(st, offset, item):
        return True
    list_items(st, offset, item, "attendance-item")
    return True


def _rows_of_names(st: State, here: Here, body: str) -> bool:
    """Rows run together under a hanging indent, one person a line, each a name alone or a
    name and its office in lower case after a comma: "Jukka Rantanen, 1st vice chair" over
    "Matti Korhonen" (each line an item of its own): whether they were read."""
    lines = body.split("\n")
    if len(lines) < 2 or not all(S.NAME_LOWER_OFFICE_ROW.match(line.strip()) for line in lines):
        return False
    if not all(is_name_line(line.strip().split(",", 1)[0]) for line in lines):
        return False
    at = here.s.start
    for line in lines:
        row = line.strip()
        offset = at + line.find(row)
        ent = name_at(st, offset, row, "attendance-item")
        if ent is not None:
            st.mark_present(ent.id, "attendance-item", (offset, offset + len(row)))
        at += len(line) + 1
    return True


def _initials_row(st: State, offset: int, body: str) -> bool:
    """A row with the initials the minutes call its person by after the name: "Katherine
    Ashdown KA Private Sector WEP Chair" (an affiliation, then a title: the role, and a
    chair's title makes the presider)."""
    m = _initials_match(body)
    if m is None:
        return False
    ent = name_at(st, offset, m.group("name").rstrip(), "attendance-item", default_role=st.list_role)
    if ent is None or ent.kind != "person":
        return False
    st.reg.alias(ent, m.group("ini"))
    st.mark_present(ent.id, "attendance-item", (offset, offset + len(body)))
    role = _tag_title(m.group("rest").split())
    if role and (ent.role is None or ent.role == st.list_role):
        ent.role = role
    if role and S.CHAIR_MARK.match(role.split()[-1]) and all(w.isupper() for w in role.split()[:-1]):
        st.preside(ent.id, "attendance-item", (offset, offset + len(body)))  # "WEP Chair", not "Vice Chair"
    return True


def _initials_match(line: str) -> re.Match[str] | None:
    """The row's name and initials, when the initials are the name's ("Prof Lorna Brennan LB")."""
    m = S.INITIALS_ROW.match(line)
    return m if m is not None and m.group("ini") == _initials(m.group("name")) else None


def _initials(name: str) -> str:
    """The initials of a name's words, its honorifics left out ("Prof Lorna Brennan": LB)."""
    return "".join(w[0] for w in name.split() if w.lower().strip(".") not in P.HONORIFICS)


def _tag_title(words: list[str]) -> str | None:
    """The title that ends a row, with the title words and acronyms before its head:
    "WEP Chair" of "Private Sector WEP Chair" (the affiliation before it is not)."""
    if not words or words[-1].lower() not in P.TITLE_HEADS:
        return None
    k = len(words) - 1
    while k > 0 and ((words[k - 1].isupper() and len(words[k - 1]) > 1) or title_word(words[k - 1].lower())):
        k -= 1
    return " ".join(words[k:])


def _titled_rest(rest: str) -> bool:
    return is_title_phrase(rest.split(",", 1)[0].strip())


def _common_word(here: Here, item: str) -> bool:
    """A one-word line the document also writes in lower case: a section's heading over
    its paragraph ("Allegation" over "The allegation was that ..."), no name."""
    words = item.split()
    return len(words) == 1 and words[0].strip(".").lower() in here.doc.lowercase_words()


def _dash_person(st: State, here: Here, m: re.Match[str]) -> bool:
    """A line that is one person, a dash, and an office: "Camila Rocha – Department of
    Banking Operations and Payments System", "Marcelo Fonseca – Head of the Office of
    Economic Advisory to the Governor" ("and" and lower-case words in the office)."""
    if " and " in m.group("name") or not is_name_line(m.group("name")):
        return False
    office = m.group("rest").split(",", 1)[0].strip()
    if not (names_office(office) or is_title_phrase(office)):
        return False
    ent = name_at(st, here.s.start, here.s.text, "attendance-item", default_role=st.list_role)
    if ent is None:
        return False
    st.mark_present(ent.id, "attendance-item", (here.s.start, here.s.end))
    return True


def _office_dash_person(st: State, here: Here, body: str) -> bool:
    """A line that is an office, a dash, and one person with an honorific: "Registrar -
    Mr P. Kruger" (the office is their role), "Chairperson (Chair) - Ms A. Ndlovu" (presides)."""
    m = S.OFFICE_DASH_PERSON.match(body)
    if m is None or " and " in m.group("name") or not _opens_with_honorific(m.group("name")):
        return False
    if not (is_title_phrase(m.group("office")) and is_name_line(m.group("name"))):
        return False
    span = (here.s.start, here.s.start + len(body))
    ent = name_at(st, here.s.start + m.start("name"), m.group("name"), "attendance-item")
    if ent is None:
        return False
    if ent.role is None or ent.role == st.list_role:
        ent.role = m.group("office").strip()
    st.mark_present(ent.id, "attendance-item", span)
    if m.group("mark") and S.CHAIR_MARK.match(m.group("mark").strip()):
        st.preside(ent.id, "attendance-item", span)
    return True


def _plural_office_dash_people(st: State, here: Here, body: str, m: re.Match[str]) -> bool:
    """A line that is a plural office, a dash, and its holders: "Councillors - Mr J. Bell,
    Ms A. Roe" (read as "Councillors   Mr J. Bell, Ms A. Roe": the dash blanked, each one
    of them a Councillor)."""
    office = m.group("name").split()
    if not office or office[-1].lower() not in P.PLURAL_TITLE_HEADS or not office[-1][:1].isupper():
        return False
    if not is_name_line(m.group("rest")):
        return False
    gap = " " * (m.start("rest") - m.end("name"))
    list_items(st, here.s.start, body[: m.end("name")] + gap + body[m.start("rest") :], "attendance-item")
    return True


def _org_dash_people(st: State, here: Here, m: re.Match[str]) -> bool:
    """A line that is an affiliation, a dash, and its people: "NTNU – Sigrid Aasen (WP2
    leader)", "UGent – Ines Vandersloot, Tomás Ribeiro" (the organisation written as one:
    an acronym or a word with a capital inside, which no person's name is)."""
    if not S.ORG_WORD.search(m.group("name")) or not is_name_line(m.group("rest")):
        return False
    first = re.split(r"[;,(]|\s+and\s+", m.group("rest"), maxsplit=1)[0].split()
    if len(first) < 2 or S.ORG_WORD.search(" ".join(first)):
        return False  # (one word, or an organisation again: not a person's name)
    list_items(st, here.s.start + m.start("rest"), m.group("rest"), "attendance-item")
    return True


def _titled_bullet(st: State, offset: int, item: str) -> bool:
    """A bullet that is one person, the title first and the name, with initials, last:
    "General Manager, Community Services L. Lacroix"."""
    m = S.TITLE_THEN_INITIALS_NAME.match(item)
    if m is None:
        return False
    ent = name_at(st, offset + m.start("name"), m.group("name"), "attendance-item")
    if ent is None:
        return False
    if ent.role is None:
        ent.role = m.group("title").strip(" ,")
    st.mark_present(ent.id, "attendance-item", (offset, offset + len(item)))
    return True


def _honorific_row(item: str) -> bool:
    """A line that opens with an honorific and names no one else with one, its title
    after a comma: "Ms Jo Park, Partner, Ashgrove Kemp (internal auditor)" (what follows
    the title is where she works)."""
    parts = item.split(",")
    return (
        len(parts) > 2
        and _opens_with_honorific(item.strip())
        and is_title_phrase(parts[1].strip())
        and not S.CHAIR_MARK.match(parts[1].strip())  # ("Mr. K, Chairman, Governor of the Bank")
        and not is_title_phrase(parts[2].strip())
        and not any(_opens_with_honorific(part.strip()) for part in parts[1:])
    )


def _one_person(st: State, offset: int, item: str) -> bool:
    """A bullet is one person: the name, then a title, an affiliation or a note after a
    comma ("Ólafur Páll Geirsson, Twitter", "Councillor D. Hill, via teleconference"),
    which is no one else. False when the first part names nobody ("General Manager,
    Community Services L. Lacroix"): the item is then read as a list."""
    first, _, rest = item.partition(",")
    if not rest.strip() or ";" in item or (" and " in item and not _titled_rest(rest)):
        return False  # ("Cllrs A, B and C"; not "X, Assistant Deputy Minister, Market and Industry")
    ent = name_at(st, offset, first, "attendance-item", default_role=st.list_role)
    if ent is None or ent.kind != "person":
        return False
    st.mark_present(ent.id, "attendance-item", (offset, offset + len(first)))
    office_abbreviation(st, ent, rest)  # ("..., Director, Air Navigation Bureau (D/ANB)")
    title = rest.split(",", 1)[0].strip()
    if (ent.role is None or ent.role == st.list_role) and is_title_phrase(title):
        ent.role = title  # ("Ms Jo Park, Partner, Ashgrove Kemp": her title, not the firm)
    last = rest.strip(" .").rsplit(",", 1)[-1].strip()
    if S.CHAIR_MARK.match(last) or S.AND_CHAIR_TAIL.search(last):
        st.preside(ent.id, "attendance-item", (offset, offset + len(item)))  # "..., in the Chair"
    return True


def chair_line(st: State, here: Here) -> Outcome:
    """ "Chair: Cllr Margaret Holloway" (also inside a "Present:" block)."""
    if not here.line_start:
        return PASS
    m = cues().chair_line.match(here.s.text)
    lone = m is None and S.CHAIR_MARK.match(here.s.text.strip()) is not None
    in_block = st.list_mode or st.absent_block
    opens_block = lone and not in_block and _heads_the_roll(st, here)
    if not m and not (lone and (in_block or opens_block)):
        return PASS  # (lone: "Chair" on its own line in the attendance block, the name under it)
    label_text = m.group(0) if m else here.s.text
    rest = here.s.text[m.end() :] if m else ""
    if not rest.strip() and here.i + 1 < len(st.sentences) and here.doc.line_start(here.i + 1):
        # "PRESENT IN THE CHAIR:" alone on its line: the chair is named on the next line
        nxt = st.sentences[here.i + 1]
        offset, rest = nxt.start, nxt.text
        st.read_through = here.i + 1
    else:
        offset = here.s.start + len(label_text)
    taker = S.MINUTE_TAKER_FIELD.search(rest)
    if taker is not None and taker.start() > 0:  # "A (President) - Minutes by: B (Secretary)"
        _minute_taker(st, offset + taker.end(), rest[taker.end() :], "chair-line")
        rest = rest[: taker.start()]
    label = label_text.strip(" :\t").split()
    # "Presiding Clerk: A": the label is A's title ("the presiding clerk welcomed Friends")
    # ("President of the Council: X": the label is X's office, as "the President of the Council")
    titled = (len(label) == 2 and label[-1].lower() in P.TITLE_HEADS) or label[0].lower() == "president"
    role = " ".join(label) if titled else None
    ent = name_at(st, offset, rest, "chair-line", default_role=role)
    if ent is not None:
        st.preside(ent.id, "chair-line", (here.s.start, offset + len(rest)))
        _chair_role(ent, label_text)
        office = S.CHAIR_OFFICE_AFTER.match(rest) if ent.role is None else None
        if office is not None and is_title_phrase(office.group(1)):
            ent.role = office.group(1)  # "Chairperson: Maureen Alcock: Club President."
        st.list_mode = st.list_mode or opens_block  # (the members' lines follow)
    return SETTLED


def minute_taker_line(st: State, here: Here) -> Outcome:
    """ "Note taker: Aiko Sunahara", "Minutes by: B (Secretary)": the one taking the
    minutes attends."""
    if not here.line_start:
        return PASS
    m = S.MINUTE_TAKER_FIELD.match(here.s.text)
    if m is None or not _minute_taker(
        st, here.s.start + m.end(), here.s.text[m.end() :], "minute-taker-line"
    ):
        return PASS
    return SETTLED


def _minute_taker(st: State, offset: int, value: str, sieve: str) -> bool:
    """The person named at the start of a minute-taker field's ``value`` attends."""
    nxt = S.NEXT_FIELD.search(value)
    value = value[: nxt.start()] if nxt else value
    if not is_name_line(value.split(",", 1)[0].split("(", 1)[0].strip()):
        return False  # ("Minutes: The September minutes were approved")
    ent = name_at(st, offset, value, sieve)
    if ent is None or ent.kind != "person":
        return False
    st.mark_present(ent.id, sieve, (offset, offset + len(value)))
    return True


def _heads_the_roll(st: State, here: Here) -> bool:
    """ "Presiding" alone on a line at the top, a name line under it (a Commons
    committee's minutes of proceedings): the chair, then the members' lines."""
    nxt = here.i + 1
    return (
        not st.present
        and not st.spoken
        and nxt < len(st.sentences)
        and here.doc.line_start(nxt)
        and is_name_line(st.sentences[nxt].text.split(",", 1)[0].strip())
    )


def chair_mark_line(st: State, here: Here) -> Outcome:
    """ "[The Speaker (Hon. X) in the Chair]", "President: The Rt Revd X, Bishop of Y (in
    the Chair)": X presides, and the office before the name is what the minutes call the
    chair from then on ("The President welcomed ...")."""
    if not (here.line_start and "chair" in here.words):
        return PASS
    m = S.CHAIR_MARK_LINE.match(here.s.text)
    office = (m.group("title") or m.group("label")) if m is not None else None
    if m is None or office is None or office.split()[-1].lower() not in P.TITLE_HEADS:
        return PASS  # ("Present: A, B (in the Chair)" is an attendance line)
    ent = name_at(st, here.s.start + m.start("name"), m.group("name"), "chair-mark-line", default_role=office)
    if ent is None:
        return PASS
    st.preside(ent.id, "chair-mark-line", (here.s.start, here.s.end))
    st.chair_office = office
    return SETTLED


def _chair_role(ent: Entity, label: str) -> None:
    """ "Chairperson: Ambassador X": a rank that is only a style gives way to the office."""
    office = label.strip(" \t:.").split()[-1]
    if (ent.role or "").lower() in P.STYLE_RANKS and S.CHAIR_MARK.match(office):
        ent.role = office.capitalize()


def chair_name_line(st: State, here: Here) -> Outcome:
    """A line read with the line above it (the name after "PRESENT IN THE CHAIR:", or
    under a title alone): settled."""
    return SETTLED if here.i <= st.read_through else PASS


def title_over_name(st: State, here: Here) -> Outcome:
    """A title alone on its line over the name it belongs to, in an attendance block
    ("Director of Planning" then "Ms Vera Kwok"), wrapped onto a line in parentheses at
    most ("Permanent Secretary for Development" / "(Planning and Lands)" / "Mr X"). A tag
    in the right-hand column ("Deputy Director    Secretary") is the role the meeting
    knows the person by, and a chair tag makes them the presider."""
    if (
        not _in_block(st, here)
        or st.absent_block
        or any(_opens_with_honorific(w) for w in here.s.text.split())
        or _initials_match(here.s.text) is not None  # ("Ann Roe AR Private Sector WEP Chair": a row)
    ):
        return PASS  # ("The Chair of Academic Board, Professor X": a title and its name on one line)
    column = S.COLUMN_GAP.search(here.s.text.strip())
    left = here.s.text.strip()[: column.start()] if column else here.s.text.strip()
    tag = here.s.text.strip()[column.end() :] if column else None
    if not _title_cell(left) or (tag is not None and not S.COLUMN_TAG.fullmatch(tag)):
        return PASS
    below = _name_line_below(st, here)
    if below is None:
        return PASS
    wrap = " ".join(st.sentences[k].text.strip() for k in range(here.i + 1, below))
    nxt = st.sentences[below]
    ent = name_at(st, nxt.start, nxt.text, "title-over-name", default_role=tag or f"{left} {wrap}".strip())
    if ent is None:
        return PASS
    st.mark_present(ent.id, "title-over-name", (here.s.start, nxt.end))
    if tag is not None and S.CHAIR_MARK.match(tag):
        st.preside(ent.id, "title-over-name", (here.s.start, nxt.end))
    st.read_through = below
    return SETTLED


def _title_cell(text: str) -> bool:
    """A title alone, its portfolio or department after a comma or a slash and a note in
    parentheses left out: "Chief Engineer (Works), Home Affairs Department"."""
    head = re.split(r"[,/]", re.sub(r"\s*\([^()]*\)", "", text), maxsplit=1)[0].strip()
    return is_title_phrase(head)


def _name_line_below(st: State, here: Here) -> int | None:
    """The sentence of the name line right under a title line (past one line in
    parentheses that wraps the title), with no blank line between: one name, opening with
    an honorific."""
    k = here.i + 1
    while k < len(st.sentences) and k <= here.i + 2:
        prev, s = st.sentences[k - 1], st.sentences[k]
        if not here.doc.line_start(k) or st.text.count("\n", prev.end, s.start) != 1:
            return None
        if _opens_with_honorific(s.text) and is_name_line(s.text):
            return k if not re.search(r"[,;]| and ", s.text) else None
        if not S.WRAPPED_TITLE.fullmatch(s.text.strip()):
            return None
        k += 1
    return None


def officer_line(st: State, here: Here) -> Outcome:
    """ "Secretary: Ms. Tiyamike Gondwe", "Community Manager: Tyler Brandt, CMCA, Summit
    Ridge Community Management" in a "Present:" block: one more attendee, with the label
    as title."""
    if not (here.line_start and (st.list_mode or _under_chair_line(st, here))):
        return PASS
    s = here.s
    m = S.ROLE_LABEL.match(s.text)
    titled = m is not None and m.group("t").split()[-1].lower() in P.TITLE_HEADS
    if not titled:
        m = _long_label(s.text)  # ("Management: Mr. A, Vice-President; Ms. B, Director")
    if not m or section_label(m.group("t")):
        return PASS
    rest = s.text[m.end() :]
    if not is_name_line(rest.strip()) or (len(rest.split()) > 12 and ";" not in rest):
        return PASS
    if not titled and not (";" in rest or _opens_with_honorific(rest)):
        return PASS
    if ";" in rest:  # "Officers: A; B"
        saved, st.list_role = st.list_role, m.group("t") if titled else None
        list_items(st, s.start + m.end(), rest, "officer-line")
        st.list_role = saved
        return SETTLED
    # one officer: the name, then credentials and an employer after commas
    name = rest.split(",", 1)[0]
    ent = name_at(st, s.start + m.end(), name, "officer-line", default_role=m.group("t") if titled else None)
    if ent is not None:
        st.mark_present(ent.id, "officer-line", (s.start, s.start + m.end() + len(name)))
        if titled and not is_title_phrase(ent.role or ""):
            # "President: Sis. X (North West)": the office, not the seat in parentheses
            ent.role = m.group("t")
            if st.att.presider == ent.id:
                st.chair_office = ent.role
    return SETTLED


def title_label_line(st: State, here: Here) -> Outcome:
    """ "Rapporteur: Ana Mendes (S&D)" on its own line under an agenda item: the label is
    the title of the one person it names ("The rapporteur presented ..." is hers); it says
    nothing of who attended or spoke."""
    if not here.line_start or st.list_mode:
        return PASS
    m = S.TITLE_LABEL_LINE.match(here.s.text)
    if m is None or m.group("t").lower() not in P.TITLE_HEADS:
        return PASS
    t = m.group("t")
    ent = name_at(st, here.s.start + m.start("name"), m.group("name"), "title-label-line", default_role=t)
    return PASS if ent is None else SETTLED


def represented_line(st: State, here: Here) -> Outcome:
    """ "Registrant: Present and represented by Mr X, of counsel" in an attendance block:
    the representative attends (the party's label is not his title)."""
    if not (here.line_start and st.list_mode):
        return PASS
    m = S.REPRESENTED_BY.match(here.s.text)
    if m is None or not _opens_with_honorific(m.group("name")):
        return PASS
    ent = name_at(st, here.s.start + m.start("name"), m.group("name"), "represented-line")
    if ent is None:
        return PASS
    st.mark_present(ent.id, "represented-line", (here.s.start, here.s.start + m.end()))
    return SETTLED


def _under_chair_line(st: State, here: Here) -> bool:
    """Right under "Presiding Clerk: A" ("Recording Clerk: B"): the officers of the
    meeting, listed by label, as in a "Present:" block."""
    if here.i == 0 or ":" not in (above := st.sentences[here.i - 1].text):
        return False  # (the chair line's label ends in a colon)
    return here.doc.line_start(here.i) and cues().chair_line.match(above) is not None


def _long_label(text: str) -> re.Match[str] | None:
    """A label the title pattern does not take, before one officer ("Alternate Executive
    Director, Constituency V: Ms. X") or a group of them ("Management: Mr. A, Vice-President;
    Ms. B, Director"); other labels are the subheader sieves' ("Botswana: H.E. X, President")."""
    m = S.LONG_LABEL.match(text)
    if m is None or m.group("t").split()[-1].lower() in P.PLURAL_TITLE_HEADS:
        return None  # ("Directors: Mr A (Chairman); Ms B": the subheader sieve's)
    return m if "," in m.group("t") or ";" in text[m.end() :] else None


def _opens_with_honorific(text: str) -> bool:
    """A value that opens with an honorific: "Ms. Lucía Ferreyra"."""
    first = text.split()[:1]
    return bool(first) and first[0].lower() in P.HONORIFICS


def headerless_roll(st: State, here: Here) -> Outcome:
    """A roll of names with no header, before anyone has spoken: "Helen Marsh (Chair and
    Governor), Peter Olsen (Deputy Governor), Ruth Amadi, Colin Tierney AO" (the
    "Members present" label lost in conversion). Every item must be a name, with its
    role in parentheses or post-nominals at most, and there must be three."""
    if not here.line_start or st.list_mode or st.spoken or not is_name_line(here.s.text):
        return PASS
    blanked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), here.s.text)
    items = [p.strip(" .") for p in re.split(r"[;,]|\s+and\s+", blanked)]
    if len(items) < 3 or not all(_roll_name(p) for p in items if p):
        return PASS
    st.list_role = None
    list_items(st, here.s.start, here.s.text, "attendance-roll")
    st.list_mode = True  # the name lines after it are attendees too
    return SETTLED


def _roll_name(item: str) -> bool:
    """ "Jillian Broadbent AO", "Dr. T. K. Mwansa": a name, not a place ("Mill Lane",
    "Lusaka Province") nor an organisation ("Planning Committee")."""
    last = item.split()[-1].lower() if item.split() else ""
    if last in P.STREET_WORDS or last in P.PLACE_SUFFIXES or last in P.ORG_HEADS:
        return False
    return S.ROLL_NAME.match(item) is not None


def block_end(st: State, here: Here) -> Outcome:
    """Any other line closes the attendance block, but a bullet ("  * also board member,
    representing Lightbend" under a name) goes on with it."""
    if here.line_start and not (st.list_mode and S.BULLET.match(here.s.text)):
        st.list_mode = st.line_items = st.absent_block = st.glyph_items = False
        st.side_column = st.twin_column = None
    return PASS


def list_header(st: State, here: Here) -> Outcome:
    """ "Present: A, B and C", "Commissioners present:", "IN ATTENDANCE" on its own line:
    the names on it and on the lines after it are attendees; also "The following members
    attended the meeting:" ending a paragraph's line, over bullets or numbered lines."""
    if not (here.line_start or _heads_bullets(st, here)):
        return PASS
    body = here.s.text
    m = cues().list_header.match(body) if may_head_list(body) else None
    if not m or S.ABSENT.search(body[: m.end()]):
        return PASS
    rest = body[m.end() :]
    st.absent_block = False
    st.list_role = _plural_role(body[: m.end()])
    st.twin_column = _twin_column(body) if not rest.strip() else None
    st.side_column = _side_column(body) if not rest.strip() and st.twin_column is None else None
    if rest.strip():
        list_items(st, here.s.start + m.end(), rest, "attendance-header")
    # name lines may follow: "Present: A, Deputy Governor\nB, ..."; not a numbered item's
    # header and dash, whose names end with its line ("1. Members present - A, B.\n2. Apologies - C")
    st.list_mode = not m.group().rstrip().endswith(("-", "\u2013", "\u2014"))
    return SETTLED


def _heads_bullets(st: State, here: Here) -> bool:
    """Whether the sentence ends its line with a colon and bullets follow it, glyphs or
    numbers ("The following members were present:" / "1. Prof. Dr. X, Vice-Principal")."""
    nxt = here.i + 1
    return (
        here.s.text.rstrip().endswith(":")
        and nxt < len(st.sentences)
        and here.doc.line_start(nxt)
        and S.BULLET.match(st.sentences[nxt].text) is not None
    )


def _side_column(header: str) -> int | None:
    """Where the right-hand column of a table starts, when the header line labels it as no
    title: "DIRECTORS PRESENT      NOMINATING MEMBER" (not "MEMBERS PRESENT      TITLE")."""
    gap = S.COLUMN_GAP.search(header.rstrip())
    if gap is None or header[gap.end() :].strip().split()[-1].lower() in S.ROLE_COLUMN_LABELS:
        return None
    return gap.end()


def _twin_column(header: str) -> int | None:
    """Where the second list starts on a header line that heads two: "Supervisors Present
    Staff Present" (each side a list header of its own)."""
    gaps = list(S.COLUMN_GAP.finditer(header.rstrip()))
    if len(gaps) != 1:
        return None
    left, right = header[: gaps[0].start()], header[gaps[0].end() :]
    if all(may_head_list(cell) and cues().list_header.match(cell) for cell in (left, right)):
        return gaps[0].end()
    return None


def _left_cell(st: State, line: str) -> str:
    """A row of the block left of the header's right-hand field ("Priya Raghunathan" in
    "Priya Raghunathan          County of Ashby"): the whole line when there is none."""
    gap = _gap_at(line, st.side_column if st.twin_column is None else st.twin_column)
    return line if gap is None else line[: gap.start()]


def _gap_at(line: str, column: int | None) -> re.Match[str] | None:
    """The gap between columns of ``line`` that ends at ``column`` (give or take two)."""
    if column is None:
        return None
    return next((g for g in S.COLUMN_GAP.finditer(line) if abs(g.end() - column) <= 2), None)


def body_roll_header(st: State, here: Here) -> Outcome:
    """ "Panel:" alone on its line over the names of its members ("Mrs A – Chair"): an
    attendance header, not a label over the body's decisions."""
    if not (here.line_start and S.BODY_LABEL.match(here.s.text)) or here.i + 1 >= len(st.sentences):
        return PASS
    nxt = st.sentences[here.i + 1].text
    if not (here.doc.line_start(here.i + 1) and _opens_with_honorific(nxt) and is_name_line(nxt)):
        return PASS
    st.absent_block = False
    st.list_role = None
    st.list_mode = True
    return SETTLED


def absent_line(st: State, here: Here) -> Outcome:
    """ "Apologies: ...", "Commissioners absent: ...": not attendees, and the attendance
    block goes on after them ("Department: Chief of Police X" on the next line)."""
    body = here.s.text
    if here.line_start and S.PRESENT_THEN_ABSENT_HEADER.match(body):
        st.absent_block, st.list_role, st.list_mode = False, None, True  # "Attendance and Apologies:"
        st.side_column = st.twin_column = None
        return SETTLED
    if here.line_start and ":" in body[:60] and S.ABSENT.search(body[: body.find(":")]):
        st.absent_block = True  # the lines under "ABSENT:" are not attendees either
        _note_absent(st, here)
        return SETTLED
    if here.line_start and st.list_mode and (S.ABSENT_ALONE.match(body) or S.ABSENT_FIELD.match(body)):
        st.absent_block = True  # "Regrets" on its own line in the block, the names under it
        return SETTLED
    return PASS


def absent_item(st: State, here: Here) -> Outcome:
    """A line under "ABSENT:" or "Apologies:" ("• His Worship, Mayor C. Clark"): no attendee."""
    if (
        _in_block(st, here)
        and st.absent_block
        and (S.BULLET.match(here.s.text) or _name_row(here.s.text))
        and not S.CHAIR_MARK.match(here.s.text.strip())  # ("Chair" alone: the chair line's)
        and not (may_head_list(here.s.text) and cues().list_header.match(here.s.text))  # ("STAFF")
    ):
        _note_absent(st, here)
        return SETTLED
    return PASS


def _note_absent(st: State, here: Here) -> None:
    """The full names listed absent: of two sharing a surname, "Ms. Patel said" is the
    one present (State.prefer)."""
    for m in find_mentions(here.toks, st.text, st.reg):
        if m.kind == "person" and " " in m.name:
            st.absent_names.add(m.name.lower())


def attended_by_colon(st: State, here: Here) -> Outcome:
    """ "The Retreat was attended by:" and the names on the lines after it."""
    if here.line_start and ":" in here.s.text and S.ATTENDED_BY_COLON.search(here.s.text):  # (it ends in ":")
        st.list_role = None
        st.list_mode = st.line_items = True
        return DECIDED
    return PASS


def decision_label(st: State, here: Here) -> Outcome:
    """ "RESOLVED:", "Action points:", "That Council:": the meeting's own decisions follow;
    "Union Notes:", "Council Believes:": so do the clauses of a motion before it."""
    text = here.s.text
    if here.line_start and text.rstrip().endswith(":") and S.MOTION_CLAUSE.match(text):
        st.give_floor(MEETING, "decision-label", (here.s.start, here.s.end))
        return SETTLED
    if here.line_start and holds_any(text, S.DECISION_LABEL_NEEDS) and S.DECISION_LABEL.match(text):
        span = (here.s.start, here.s.end)
        if S.LABEL_VERB.match(here.s.text):  # "RESOLVED:", "Agreed that:": the meeting decides
            st.speak(MEETING, "decision-label", span)
        else:  # "Decisions:", "Action items:": its list follows, the meeting speaks if it has items
            st.give_floor(MEETING, "decision-label", span)
        return DECIDED
    if here.line_start and ("Resolution" in text or "Decision" in text) and S.RESOLUTION_HEADING.match(text):
        st.give_floor(MEETING, "decision-label", (here.s.start, here.s.end))
        return DECIDED  # "Resolution 2 (Geneva 2025) - Scope": the resolution's text is the meeting's
    if not here.line_start and "RESOLVED" in text and S.RESOLVED_INLINE.match(text):
        st.speak(MEETING, "decision-label", (here.s.start, here.s.end))
        return DECIDED
    if _members_label(st, here) or _body_lead_in(st, here):
        # "Ministers:" then "a) welcomed ...", "the Council, by 10 votes:" then "1. adopts ...":
        # the meeting's decisions
        st.give_floor(MEETING, "decision-label", (here.s.start, here.s.end))
        return DECIDED
    return PASS


def _body_lead_in(st: State, here: Here) -> bool:
    """ "After deliberation, the Council, by 10 votes for:" ending its line, an item opening
    with a decision verb next, in the present or the past ("1. adopts the budget;", "a)
    adopted Amendment 47")."""
    text = here.s.text
    if not text.rstrip().endswith(":") or here.i + 1 >= len(st.sentences):
        return False
    if S.BODY_LEAD_IN.match(text) is None:
        return False
    item = st.sentences[here.i + 1].text
    return S.PRESENT_VERB_ITEM.match(item) is not None or S.VERB_ITEM.match(item) is not None


def _members_label(st: State, here: Here) -> bool:
    """ "7. Ministers:" on a line of its own, a lettered item opening with a verb next."""
    if not (here.line_start and S.MEMBERS_LABEL.match(here.s.text)) or here.i + 1 >= len(st.sentences):
        return False
    return S.VERB_ITEM.match(st.sentences[here.i + 1].text) is not None


def _delegation(st: State, here: Here, at: int) -> Entity | None:
    """ "Statement by the Delegation of Canada": Canada, known or new (in capitals too)."""
    d = S.DELEGATION_OF.fullmatch(here.s.text, at)
    if d is None:
        return None
    words = d.group("c").split()
    name = " ".join(_uncapped(w) for w in words)
    return st.reg.lookup_tokens(name.split()) or st.reg.add(
        name, "organization", None, here.s.start + d.start("c")
    )


def _uncapped(word: str) -> str:
    """A word of a heading in capitals as a name writes it: "CANADA" Canada, "OF" of."""
    if not word.isupper():
        return word
    return word.lower() if word.lower() in S.NAME_SMALL_WORDS else word.capitalize()


def speakers_roll(st: State, here: Here) -> Outcome:
    """ "Kazakhstan (PC.DEL/1393/25), Uzbekistan, Norway (PC.DEL/1401/25)": a journal's line
    of who took the floor on an agenda item, statements by their document symbols; once a
    document has one, a line of names or titles alone is one too ("...: Chairperson, Norway"),
    and so is a line labelled "Speakers:". Each spoke and took part; the line narrates (its
    "(a)" is the agenda's, no point)."""
    if not here.line_start or st.turn_owner is not None:
        return PASS
    labelled = S.SPEAKERS_LABEL.match(here.s.text) is not None
    if not (st.speaker_rolls or labelled) and ("/" not in here.s.text or "(" not in here.s.text):
        return PASS  # (no document symbol can stand in it: most lines)
    items = _roll_items(here.s.text)
    symbols = any(S.DOC_SYMBOL.search(raw) for raw, _, _ in items or ())
    if not items or not (st.speaker_rolls or labelled or symbols):
        return PASS
    st.speaker_rolls = st.speaker_rolls or symbols  # (a label vouches for its own line only)
    span = (here.s.start, here.s.end)
    for _, name, rel in items:
        eid = _roll_entity(st, name, here.s.start + rel, people=labelled and not symbols)
        st.mark_present(eid, "speakers-roll", span)
        st.speak_aside(eid, "speakers-roll", span)
    st.att.narrated.add(here.i)
    return SETTLED


def _roll_items(text: str) -> list[tuple[str, str, int]] | None:
    """Each item of a roll (as written, its name, where it starts), or None when one
    item is no name: the items are split at the commas outside parentheses."""
    topic = S.ROLL_TOPIC.match(text)
    at = topic.end() if topic else 0
    out: list[tuple[str, str, int]] = []
    depth, start = 0, at
    for k in range(at, len(text) + 1):
        ch = text[k] if k < len(text) else ","
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            raw = text[start:k]
            name = S.ROLL_PARENTHESIS.sub("", raw).strip()
            if not S.LISTED_NAME.fullmatch(name) or name.isupper():
                return None
            out.append((raw, name, start + len(raw) - len(raw.lstrip())))
            start = k + 1
    return out


def _roll_entity(st: State, name: str, at: int, people: bool = False) -> int:
    """Who a roll's item names: the holder of a title ("Chairperson": the presider), or a
    delegation, known or new (an organisation: a State, the EU). On a line labelled
    "Speakers:" without document symbols (``people``), a name of two or more name words
    is a person's ("Speakers: Ana Kowal, Estonia")."""
    if is_title_phrase(name):
        return st.holder_or_role(name, at).id
    known = st.reg.lookup_tokens(name.split())
    if known is not None:
        return known.id
    if people and _person_name(name):
        return st.reg.add(name, "person", None, at).id
    return st.reg.add(name, "organization", None, at).id


def _person_name(name: str) -> bool:
    """Two to four words, each a capitalised name word or a particle ("Pieter de Wit"), none
    an organisation's head."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and all(
            (w[:1].isupper() or w in P.NAME_PARTICLES)
            and w.lower() not in P.ORG_HEADS
            and w.lower() not in P.PORTFOLIO_WORDS
            for w in words
        )
    )


def statement_heading(st: State, here: Here) -> Outcome:
    """ "Statement by Prof. Nandini Rao": the floor is hers for the whole turn."""
    if not here.line_start:
        return PASS
    m = cues().statement_heading.match(here.s.text)
    if not m:
        return PASS
    ent = (
        _delegation(st, here, m.end())
        or name_at(st, here.s.start + m.end(), here.s.text[m.end() :], "statement-heading")
        or _titled_person_after(st, here, here.s.start + m.end())
    )
    if ent is None:
        return PASS
    if not st.att.speakers and ent.kind == "person":
        st.statement_owner = ent.id  # (a statement that opens the release is all of it)
    st.speak(ent.id, "statement-heading", (here.s.start, here.s.end))
    st.turn_owner = ent.id
    st.reporting_turn = m.group(0).lstrip(" \t\r\n*#>-_").lower().startswith(("press", "media", "public"))
    return SETTLED


def _titled_person_after(st: State, here: Here, at: int) -> Entity | None:
    """The first person named with a title or an honorific after ``at`` in the line: "BY
    THE MINISTER OF INFORMATION AND CHIEF GOVERNMENT SPOKESPERSON, HON. CHANDA MWEEMBA, MP"."""
    for m in find_mentions(here.toks, st.text, st.reg):
        if m.start >= at and m.kind == "person" and m.how in ("title", "honorific", "apposition"):
            return st.register(m)
    return None


def inline_attendance(st: State, here: Here) -> Outcome:
    """ "... and Bob Turner. Also present: County Manager Steven Price, ...": a list
    header inside a paragraph."""
    if here.line_start:
        return PASS
    s = here.s
    m = cues().list_header.match(s.text) if may_head_list(s.text) else None
    if not m or S.ABSENT.search(s.text[: m.end()]) or not s.text[m.end() :].strip():
        return PASS
    st.list_role = None
    list_items(st, s.start + m.end(), s.text[m.end() :], "attendance-inline")
    return SETTLED


def headline(st: State, here: Here) -> Outcome:
    """The document's headline names people reliably, but nobody speaks there: "What was
    discussed in DP Kithure Kindiki's first cabinet meeting". In title case only a name
    with a surname in capitals is sure ("Press Conference by Chief Cabinet Secretary
    KATO Hiroshi")."""
    if not here.doc.headline(here.i):
        return PASS
    in_title_case = title_case(here.s.text)
    for m in find_mentions(here.toks, st.text, st.reg):
        if m.how not in ("title", "honorific") or m.kind != "person":
            continue
        host = st.host is None and m.role is not None and S.HOST_TITLE.search(m.role) is not None
        if host or not in_title_case or any(len(w) > 1 and w.isupper() for w in m.name.split()):
            ent = st.reg.add(m.name, m.kind, m.role if host else None, m.start)
            if host:
                st.host = ent.id  # "Foreign Ministry Spokesperson Lin Haowen's Regular Press Conference"
    return SETTLED


def heading(st: State, here: Here) -> Outcome:
    """A heading inside the document ("Agenda Item 4: Budget", "## Community feedback",
    an item's head "a. Dana Whitby – Renewal of licence"): nobody speaks there, and a
    transcript turn ends at it (not a transcribed address's)."""
    if not (here.line_start and (here.doc.heading(here.i) or _item_heading(here.s.text))) or (
        here.may("motion_by") and cues().motion_by.search(here.s.text)
    ):
        return PASS  # ("Seconded By: Councillor Gersher" is a motion's line, not a heading)
    if _dash_byline(here):
        return PASS  # ("Opening karakia \u2013 Matiu Kereama": who prayed, the speech-by sieve's)
    if S.CHAIRED_BY_LINE.match(here.s.text):
        return PASS  # ("Meeting Chaired by Karen Ross": the presided-by sieve's)
    if not S.MOTION_SHORTHAND_WORDS.isdisjoint(here.words) and S.MOTION_SHORTHAND.search(here.s.text):
        return PASS  # ("Moved Cr Papadakis      Seconded Cr Whitcombe": the motion sieve's)
    if after_quotation(here.doc, here.i) and is_name_line(here.s.text):
        return PASS  # a quotation's byline (the quote-byline sieve)
    if st.turn_owner != st.address_owner:
        st.turn_owner = None  # (a transcribed address runs on under its headings)
    for m in find_mentions(here.toks, st.text, st.reg):
        # "## 2. draft-ietf-cotex-encoding-04 (Rohan Mehta, 25 min)": the full name, for
        # "Rohan summarised" below it (known, not present: a heading says nothing of that)
        words = m.name.split()
        if m.kind == "person" and len(words) >= 2 and st.reg.resolve(words)[0] is None:
            if not _MEETING_WORDS.isdisjoint(w.lower() for w in words):
                continue  # "MINUTES OF THE ORDINARY SGB MEETING HELD ON ...": the meeting, no one's name
            st.reg.add(m.name, m.kind, m.role, m.start)
        elif m.kind == "organization" and " " in m.name:
            st.heading_orgs.append(m)  # "3.2 Alder Bay Rowing Club", then "The Club presented"
    return SETTLED


_MEETING_WORDS = frozenset(MEETING_NOUNS)


def _dash_byline(here: Here) -> bool:
    """A line that names after a dash who said its prayer ("Closing karakia \u2013 Matiu
    Kereama"): a phrase of rules.verbs.SPEECH_BY that ends in a dash."""
    if not here.may("speech_by"):
        return False
    m = cues().speech_by.search(here.s.text)
    return m is not None and m.group(0)[-1] in S.DASHES


def item_owner(st: State, here: Here) -> None:
    """A heading or a numbered line with no full stop ("1. Lot 88 - rear fence (Karl
    Lindqvist)") opens an item: the person it names in full in its closing parenthesis
    is whose item it is, the one a shared surname under it means (no one if none)."""
    text = here.s.text.rstrip()
    if not here.line_start or text[-1:] in (".", ";", ":", ""):
        return
    if not (here.doc.heading(here.i) or S.ENUMERATED.match(text)):
        return
    m = S.HEADING_OWNER.search(text) if text[-1] == ")" else None
    ent, how = st.reg.resolve(m.group("name").split()) if m else (None, "")
    st.item_owner = ent.id if ent is not None and how == "exact" and ent.kind == "person" else None


def _item_heading(text: str) -> bool:
    """ "b. Dana Whitby \u2013 Renewal of licence" (S.ITEM_HEADING; it needs a dash)."""
    dashed = "\u2013" in text or "\u2014" in text or "-" in text
    return dashed and S.ITEM_HEADING.match(text) is not None


def body_list_item(st: State, here: Here) -> Outcome:
    """ "(a) the Clerk reports items 1 and 3 ..." under "it was RESOLVED that:": an item of
    the meeting's list, whatever verb it holds."""
    if st.body_list and S.ENUMERATED.match(here.s.text) and not _next_paragraph(st, here.s.text):
        return PASS if _bullet_speaker(here.s.text) else SETTLED
    st.body_list = False
    return PASS


def _bullet_speaker(text: str) -> bool:
    """ "- Councillor Fenwick asked whether ...", under "Members raised the following
    points:": a bullet that names its own speaker (an honorific or a title, then the
    name, then a verb of saying) is that member's, not the meeting's."""
    m = S.BULLET_NAMED_OPENING.match(text)
    if m is None:
        return False
    lead = m.group("h").lower()
    return (lead in P.HONORIFICS or title_word(lead)) and cues().speech.match(text, m.end()) is not None


def _next_paragraph(st: State, text: str) -> bool:
    """ "6.  YB X said ..." after "5.  The meeting decided that: a. ... b. ...": the
    document's next numbered paragraph ends the meeting's list."""
    number = S.PARAGRAPH_NUMBER.match(text)
    lead = st.body_list_number
    return number is not None and lead is not None and int(number.group(1)) == lead + 1

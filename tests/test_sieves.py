"""Golden tables for the sieves: one table per role sieve (``attribution.sieves.ORDER``),
per subject sieve (``attribution.subjects.ORDER``) and per name sieve
(``people.Registry.resolve``), each with one parametrized test.

A row is ``pytest.param(text, expected, id=...)``: a short snippet of minutes and the
facts that must hold of ``explain(text)``: a decision in the trail (``step``), a
decision that must not be there (``no_step``), or a fact of the outline (``points``,
``attendee``, ``presider``, ...). Known attribution gaps are rows with the right
expectation, marked ``xfail(strict=True)`` with the reason (as pySBD's golden rules).
"""

from __future__ import annotations

import inspect
import pickle
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from minutes import attribution, summarize
from minutes.attribution import sieves, subjects
from minutes.attribution.cues import phrase_gates
from minutes.attribution.sieves import mentions, presence, presiding, speech, structure, turns
from minutes.attribution.sieves.base import BEFORE_SPEECH, FIRST_PARA, IN_BLOCK, INLINE, LINE, NOT_PARA, PARA
from minutes.attribution.state import Here, State
from minutes.explain import Step, explain
from minutes.model import Outline
from minutes.people import Registry

ROOT = Path(__file__).resolve().parent.parent


# -- the facts a row asserts ------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """One fact about ``explain(text)``; ``kind`` says which (see the helpers below)."""

    kind: str
    who: str | None
    what: str = ""
    sieve: str | None = None
    via: str | None = None
    n: int = 0


def step(who: str | None, what: str, sieve: str | None, via: str | None = None) -> Fact:
    """The trail has a step: ``who`` is ``what`` by ``sieve`` (None: any sieve; and subject sieve ``via``)."""
    return Fact("step", who, what, sieve, via)


def no_step(who: str | None, what: str, sieve: str | None = None) -> Fact:
    """No step makes ``who`` ``what`` (by ``sieve``, or by any sieve)."""
    return Fact("no-step", who, what, sieve)


def points(who: str | None, n: int) -> Fact:
    """``who`` (None: the meeting) is a speaker of the outline with exactly ``n`` points."""
    return Fact("points", who, n=n)


def not_speaker(who: str | None) -> Fact:
    return Fact("not-speaker", who)


def attendee(who: str, role: str | None = None) -> Fact:
    """``who`` is an attendee of the outline (with ``role``, if given)."""
    return Fact("attendee", who, what=role or "")


def not_attendee(who: str) -> Fact:
    return Fact("not-attendee", who)


def person(who: str) -> Fact:
    """``who`` is an attendee of the outline, of kind person (not an organisation)."""
    return Fact("person", who)


def presider(who: str | None) -> Fact:
    """The outline's presider is ``who`` (None: nobody)."""
    return Fact("presider", who)


Expected = tuple[Fact, ...]


def _step_matches(f: Fact, s: Step) -> bool:
    return (
        s.who == f.who
        and s.what == f.what
        and (f.sieve is None or s.sieve == f.sieve)
        and (f.via is None or s.via == f.via)
    )


def holds(f: Fact, outline: Outline, steps: list[Step]) -> bool:
    speakers = {sp.name: sp for sp in outline.speakers}
    if f.kind == "step":
        return any(_step_matches(f, s) for s in steps)
    if f.kind == "no-step":
        return not any(_step_matches(f, s) for s in steps)
    if f.kind == "points":
        return f.who in speakers and len(speakers[f.who].points) == f.n
    if f.kind == "not-speaker":
        return f.who not in speakers
    if f.kind == "attendee":
        return any(a.name == f.who and (not f.what or a.role == f.what) for a in outline.attendees)
    if f.kind == "not-attendee":
        return all(a.name != f.who for a in outline.attendees)
    if f.kind == "person":
        return any(a.name == f.who and a.kind == "person" for a in outline.attendees)
    if f.kind == "presider":
        return (outline.presider.name if outline.presider else None) == f.who
    raise AssertionError(f"unknown fact {f.kind}")


def check(text: str, expected: Expected) -> None:
    assert expected, "a row must assert something"
    outline, steps = explain(text)
    failed = [f for f in expected if not holds(f, outline, steps)]
    trail = [(s.who, s.what, s.sieve, s.via, s.points) for s in steps]
    speakers = [(sp.name, len(sp.points)) for sp in outline.speakers]
    assert not failed, f"{failed}\ntrail: {trail}\nspeakers: {speakers}"


def gap(reason: str) -> Any:
    """A known attribution gap: the row keeps the right expectation."""
    return pytest.mark.xfail(strict=True, reason=reason)


# ======================================================================================
# Role sieves: family "structure"
# ======================================================================================

ATTENDANCE_SUBHEADER = [
    pytest.param(
        "Presiding\nAnne Roy, Chair (Liberal)\n\nLiberal Party\n\u2022 Kevin Orr\nLibrary of Parliament\n"
        "\u2022 Samuel Ng, Analyst\n\nThe committee commenced its study.",
        (
            not_attendee("Liberal Party"),
            not_attendee("Library"),
            attendee("Kevin Orr"),
            attendee("Samuel Ng"),
        ),
        id="attendance-subheader-a-group-over-bullets",
    ),
    pytest.param(
        "PRESENT\n\nShri Ravi Verma   -   Chairperson\n\nLOK SABHA\n\n2.   Shri Tapan Das\n"
        "3.   Adv. Meena Rao\n\nWITNESSES\n\nMinistry of Inland Waterways and Coastal Shipping\n\n"
        "1.   Shri Alok Mohan   -   Secretary\n\nViktor \u00c5berg\n\n"
        "2.   At the outset, the Chairperson welcomed the Members.",
        (
            attendee("Meena Rao"),
            attendee("Alok Mohan"),
            attendee("Viktor \u00c5berg"),
            not_attendee("LOK SABHA"),
            not_attendee("WITNESSES"),
            not_attendee("Coastal Shipping"),
        ),
        id="attendance-subheader-groups-in-capitals-and-a-ministry-over-the-names",
    ),
    pytest.param(
        "Members present: Ann Reid, Tom Hale\nCommission Secretary: Beth Yama\n\n"
        "APOLOGIES\nMember   Aroha Wens\n\nThe meeting opened.",
        (attendee("Beth Yama"), not_attendee("Aroha Wens")),
        id="attendance-subheader-a-label-and-an-absence-head-are-no-group",
    ),
    pytest.param(
        "PRESENT\nDirectors:\nMr Alan Shaw\nMs Beth Ng\n\nThe meeting opened.",
        (
            step("Alan Shaw", "attendee", "attendance-item"),
            step("Beth Ng", "attendee", "attendance-item"),
            not_attendee("Directors"),
        ),
        id="attendance-subheader-label-line-in-block",
    ),
    pytest.param(
        "Directors:\n\nMr Alan Shaw said that, first, sales rose. Second, costs fell.",
        (no_step("Alan Shaw", "attendee", "attendance-item"), points("Alan Shaw", 2)),
        id="attendance-subheader-outside-block-no-list",
    ),
    pytest.param(
        "Present:\nTrustees Representing\nIvo Brandt, Harbour Trust\n\nMr Brandt said the quay was open.",
        (not_attendee("Trustees Representing"), not_attendee("Representing"), attendee("Ivo Brandt")),
        id="attendance-subheader-a-table-header-row-plural-head-and-column-label",
    ),
]

ATTENDANCE_SUBHEADER_ITEMS = [
    pytest.param(
        "PRESENT\nDirectors: Mr Alan Shaw (Chairman); Ms Beth Ng (Group CEO)\n\nThe meeting opened.",
        (
            step("Beth Ng", "attendee", "attendance-subheader-items"),
            step("Alan Shaw", "presider", "attendance-subheader-items"),
            attendee("Beth Ng", "Group CEO"),
        ),
        id="attendance-subheader-items-names-on-label-line",
    ),
    pytest.param(
        "PRESENT\nRegrets: Mr Carl Dunn\n\nThe meeting opened.",
        (not_attendee("Carl Dunn"), no_step("Carl Dunn", "attendee")),
        id="attendance-subheader-items-regrets-not-attendees",
    ),
    pytest.param(
        "PRESENT\nGuests: Priya Raman, Research and Development Manager, Halden Foods\n\nThe meeting opened.",
        (attendee("Priya Raman", "Research and Development Manager"), not_attendee("Research")),
        id="attendance-subheader-items-a-title-joined-by-and-is-one-title",
    ),
    pytest.param(
        "PRESENT: Ann Lee (Chair); Bob Ray\nIn attendance: Tia Moss (Finance Manager, for items 3 and 4)\n\n"
        "The meeting opened.",
        (attendee("Tia Moss", "Finance Manager"),),
        id="attendance-subheader-items-the-items-attended-for-are-no-role",
    ),
    pytest.param(
        "Present: Chair Ida Moss\n"
        "Staff Present: Director of Parks Owen Hale; Manager of Recreation Lea Tran\n\n"
        "Mr. Hale said the courts were resurfaced.",
        (attendee("Owen Hale"), attendee("Lea Tran"), step("Owen Hale", "speaker", "speech-verb")),
        id="attendance-subheader-items-a-parks-or-recreation-portfolio-before-the-name",
    ),
    pytest.param(
        "Present: Chair Ida Moss\nGuests: Lieutenant Ana Reis (Police Department); Tom Fry\n\n"
        "Lieutenant Reis reported two break-ins.",
        (attendee("Ana Reis", "Lieutenant"), not_attendee("Lieutenant Ana Reis")),
        id="attendance-subheader-items-a-lieutenant-is-a-rank-before-the-name",
    ),
]

ATTENDANCE_LINE = [
    pytest.param(
        "The Retreat was attended by:\n"
        "H.E. Tan Sri Ahmad Zaki, Minister of Investment, Trade and Industry, Malaysia;\n"
        "Ms Lina Park, Director of Trade.\n\n"
        "The Minister said that, first, trade grew. Second, tariffs fell.",
        (
            step("Ahmad Zaki", "attendee", "attendance-line"),
            step("Lina Park", "attendee", "attendance-line"),
            attendee("Lina Park", "Director of Trade"),
            points("Ahmad Zaki", 2),
        ),
        id="attendance-line-one-person-a-line-title-runs-past-commas",
    ),
    pytest.param(
        "The Retreat was attended by Ms Lina Park, Director of Trade.",
        (
            no_step("Lina Park", "attendee", "attendance-line"),
            step("Lina Park", "attendee", "presence-after"),
        ),
        id="attendance-line-no-colon-not-a-line-list",
    ),
    pytest.param(
        "The following Board members participated in the meeting:\n"
        "Sigrún Hákonardóttir, Governor and Chair of the Board\n"
        "Dr. Pieter Hollander, external member\n"
        "Tomás Ó Briain, external member\n\n"
        "The Governor said that two risks remained. First, prices rose. Second, wages rose.",
        (
            step("Pieter Hollander", "attendee", "attendance-line"),
            step("Tomás Ó Briain", "attendee", "attendance-line"),
            attendee("Tomás Ó Briain", "external member"),
        ),
        id="attendance-line-a-title-in-lower-case-after-the-name",
    ),
    pytest.param(
        "The Forum opened in Sarnia, with the participation of Their Excellencies:\n"
        "His Excellency Mr Omar Said Al Haddad,\n"
        "Minister of Trade of the Republic of Ostland\n"
        "His Excellency Dr Karim Yusuf Al Nour,\n"
        "Secretary General of the Forum\n\n"
        "The Secretary General said that two steps were due. First, a fund. Second, a register.",
        (
            attendee("Omar Said Al Haddad", "Minister of Trade of the Republic of Ostland"),
            attendee("Karim Yusuf Al Nour", "Secretary General of the Forum"),
            points("Karim Yusuf Al Nour", 2),
        ),
        id="attendance-line-the-title-on-the-line-under-the-name",
    ),
]

ATTENDANCE_ITEM = [
    pytest.param(
        "Members:\nINGRID VOSS \u2013 Delegate of the Governor, who presides\n"
        "PAVEL NOVAK \u2013 Treasurer\n\nMr Novak presented the accounts.",
        (presider("INGRID VOSS"), attendee("PAVEL NOVAK", "Treasurer")),
        id="attendance-item-who-presides-marks-the-chair",
    ),
    pytest.param(
        "Directors Present              Staff Present\n"
        "Hal Ostrander, Chairman        Ines Kolb, District Manager\n"
        "Mae Runyon, Treasurer          Otto Fenn, Field Technician\n\n"
        "Kolb reported on the tree sale.",
        (
            attendee("Ines Kolb", "District Manager"),
            attendee("Otto Fenn", "Field Technician"),
            attendee("Mae Runyon", "Treasurer"),
            step("Ines Kolb", "speaker", "speech-verb"),
        ),
        id="attendance-item-two-lists-side-by-side-under-two-headers",
    ),
    pytest.param(
        "Others Present\nNora Amsel, District Conservationist, NRCS\nRoy Dekker, landowner (item 4 only)\n\n"
        "Dekker asked about the culvert.",
        (
            attendee("Nora Amsel", "District Conservationist"),
            not_attendee("NRCS"),
            attendee("Roy Dekker"),
            step("Roy Dekker", "speaker", "speech-verb"),
        ),
        id="attendance-item-others-present-an-agency-acronym-and-a-lower-case-office",
    ),
    pytest.param(
        "Present:\nRita Vogt, Chair\nLena Ortiz, Administrative Assistant\n\nThe Chair opened the meeting.",
        (attendee("Lena Ortiz", "Administrative Assistant"), not_attendee("Administrative Assistant")),
        id="attendance-item-an-assistant-is-a-title",
    ),
    pytest.param(
        "PRESENT\nMs Carys Hollins (Chair)\n\nIN ATTENDANCE\n"
        "Mr Teodor Vance, Partner, Brightwell Lowe (internal auditor) - items 3 and 4\n"
        "Ms Anouk Rieder, Director, Marlow Penn (audit agent)\n\nThe Chair opened the meeting.",
        (
            attendee("Teodor Vance", "Partner"),
            attendee("Anouk Rieder", "Director"),
            not_attendee("Brightwell Lowe"),
            not_attendee("Marlow Penn"),
        ),
        id="attendance-item-an-honorific-line-its-title-then-the-firm",
    ),
    pytest.param(
        "Present:\nJ. Mac (Chair)\n\nIn attendance:\nE. Boyd - Marine Officer\nF. Stewart (minutes)\n\n"
        "1. Welcome\nThe Chair welcomed everyone.",
        (attendee("F. Stewart"), attendee("E. Boyd")),
        id="attendance-item-an-initial-is-no-section-letter",
    ),
    pytest.param(
        "Attendees:\nKTH \u2013 Lena Berg, Olof Strand\nDeltaGrid Systems \u2013 Piet Jansen (task lead)\n\n"
        "Lena Berg opened the call.",
        (
            attendee("Lena Berg"),
            attendee("Olof Strand"),
            attendee("Piet Jansen"),
            not_attendee("KTH"),
            not_attendee("DeltaGrid Systems"),
        ),
        id="attendance-item-an-affiliation-a-dash-and-its-people",
    ),
    pytest.param(
        "Present:\n\u2022 Owen Fair, Assistant Deputy Minister, Market and Industry Services Branch\n\n"
        "Owen Fair made a statement.",
        (attendee("Owen Fair"), not_attendee("Industry"), not_attendee("Industry Services Branch")),
        id="attendance-item-one-person-with-and-in-the-affiliation",
    ),
    pytest.param(
        "Present:\nMrs Ada Obi \u2013 Chair (Lay member)\nMr Tom Reed \u2013 Registrant member\n\n"
        "The Chair closed the hearing.",
        (presider("Ada Obi"), attendee("Tom Reed")),
        id="attendance-item-chair-then-the-seat-in-parentheses",
    ),
    pytest.param(
        "Present:\nMr Tom Reed\nBackground\nThe background was set out in the report.",
        (attendee("Tom Reed"), not_attendee("Background")),
        id="attendance-item-not-a-one-word-heading-written-in-lower-case-too",
    ),
    pytest.param(
        "PRESENT\nCommittee members\nMs Karen Walsh (Chairperson) Lot 12\nMr Graham Toohey Lot 19\n\n"
        "IN ATTENDANCE\nMr Rob Kelly, Caretaker and Letting Agent (non-voting)\n\n"
        "Mr Toohey declared an interest.",
        (
            attendee("Graham Toohey"),
            attendee("Rob Kelly"),
            not_attendee("Caretaker"),
            not_attendee("Letting Agent"),
            step("Graham Toohey", "speaker", "speech-verb"),
        ),
        id="attendance-item-a-lot-number-and-two-titles-joined-by-and",
    ),
    pytest.param(
        "Also present\nShri Prakash Anant Kulkarni, Gram Sevak and Secretary\n"
        "Smt. Asha Waghmare, ASHA worker\n\nThe Secretary read out the proceedings.",
        (
            not_attendee("Gram Sevak"),
            step("Prakash Anant Kulkarni", "speaker", "speech-verb", "title-only"),
        ),
        id="attendance-item-gram-sevak-and-secretary",
    ),
    pytest.param(
        "Attended:\nThe Very Revd Dr Nicholas Pryce (NAP) Dean (Chair)\nMr Peter Lomas (PL) Lay member\n"
        "In attendance:\nMrs Anne Quill (AQ) Chapter Clerk (minutes)\n\n1. Prayers\nNAP reported on the "
        "review. PL declared an interest. Chapter agreed to meet monthly.",
        (
            presider("Nicholas Pryce"),
            attendee("Peter Lomas", "Lay member"),
            attendee("Anne Quill", "Chapter Clerk (minutes)"),
            step("Nicholas Pryce", "speaker", "speech-verb"),
            step(None, "speaker", "body-decision"),
            not_speaker("NAP"),
        ),
        id="attendance-item-initials-then-the-title-under-attended",
    ),
    pytest.param(
        "Present:\nColin Tread                 Public Governor, Wealdmoor North (Lead Governor)\n"
        "Ann Reid                    Staff Governor\n\nThe Lead Governor reported on the visits.",
        (
            attendee("Colin Tread", "Public Governor, Wealdmoor North (Lead Governor)"),
            not_attendee("Wealdmoor North"),
            step("Colin Tread", "speaker", "speech-verb", "title-only"),
        ),
        id="attendance-item-a-table-row-title-runs-on-after-its-comma",
    ),
    pytest.param(
        "Present (voting):\nPresident ................ Ifeoma Adeyemi\nVP Welfare & Community "
        "......... Sinead Byrne\n"
        "VP Activities .............. Marcus Lee\n\nMarcus Lee asked about clubs.",
        (
            attendee("Ifeoma Adeyemi", "President"),
            attendee("Sinead Byrne", "VP Welfare & Community"),
            attendee("Marcus Lee", "VP Activities"),
            not_attendee("Activities"),
        ),
        id="attendance-item-dot-leaders-between-title-and-name",
    ),
    pytest.param(
        "Public Officers attending:\n    Mr Ken LAM Wai-kit\n"
        "    Under Secretary for Housing and Logistics\n\n"
        "    Ms Joy PANG Lai-sze\n    Chief Engineer/Drainage Projects, Drainage Services Department\n\n"
        "The meeting opened at noon.",
        (
            attendee("Ken LAM Wai-kit", "Under Secretary for Housing and Logistics"),
            attendee("Joy PANG Lai-sze", "Chief Engineer/Drainage Projects"),
            not_attendee("Logistics"),
        ),
        id="attendance-item-a-title-line-under-the-name",
    ),
    pytest.param(
        "Members present:\nDame Patricia Oyelowo        Chair\nDr Sanjay Bhardwaj           Chief Executive\n"
        "Ms Ann Fitch                 Chief Finance Officer\n\nThe Chief Executive said that, first, roads. "
        "Second, parks.",
        (attendee("Sanjay Bhardwaj", "Chief Executive"), points("Sanjay Bhardwaj", 2)),
        id="attendance-item-the-row-s-title-over-the-list-s",
    ),
    pytest.param(
        "PRESENT\nChairperson       Hinemoa Tatere\nDeputy Chairperson   Graham Whitcombe\n"
        "Members           Priya Raman\n                  Sione Fifita\n\nALSO PRESENT\n"
        "Ward Councillor   Bridget Hale         Until 11.05am\n\nThe Chairperson opened the meeting.",
        (
            presider("Hinemoa Tatere"),
            attendee("Graham Whitcombe", "Deputy Chairperson"),
            attendee("Priya Raman", "Member"),
            attendee("Sione Fifita"),
            attendee("Bridget Hale", "Ward Councillor"),
            not_attendee("Ward"),
        ),
        id="attendance-item-a-table-with-the-title-first",
    ),
    pytest.param(
        "PRESENT\nCllr N.P. Zungu          Speaker (Chairperson)\nCllr B.J. van Rooyen     Ward 3\n\n"
        "Cllr van Rooyen (Ward 3) thanked the Mayor but said tankers were late.",
        (
            attendee("B.J. van Rooyen"),
            step("B.J. van Rooyen", "speaker", "speech-verb"),
            not_speaker("Rooyen"),
        ),
        id="attendance-item-initials-then-a-particle",
    ),
    pytest.param(
        "Present:\nCllr Mrs S. Pennington (Town Mayor) \u2013 in the Chair\nCllr R. Aldous\n\n"
        "The meeting opened.",
        (presider("S. Pennington"), attendee("R. Aldous")),
        id="attendance-item-in-the-chair-after-the-parenthesis",
    ),
    pytest.param(
        "Trustees present:\nDame Patricia Hartwell DBE (Chair)\nRt Rev Dr Simon Ashcombe\n"
        "Ms Fiona Leckie CA (Hon. Treasurer)\n\nBishop Simon said the plan was sound.",
        (
            presider("Patricia Hartwell"),
            attendee("Simon Ashcombe"),
            attendee("Fiona Leckie"),
            step("Simon Ashcombe", "speaker", "speech-verb"),
            not_attendee("Rt"),
        ),
        id="attendance-item-rt-rev-and-a-chartered-accountant",
    ),
    pytest.param(
        'PRESENT:\nHon. Rommel D. Sabado - - - - City Councilor\nHon. Ariel T. Dizon - - - - "     "\n\n'
        "The meeting opened.",
        (attendee("Rommel D. Sabado", "City Councilor"), attendee("Ariel T. Dizon", "City Councilor")),
        id="attendance-item-ditto-marks-repeat-the-role-above",
    ),
    pytest.param(
        "PRESENT:\nHon. Ma. Teresa B. Villacorta - - - - City Vice Mayor & Presiding Officer\n"
        "Hon. Rommel D. Sabado - - - - - - - - City Councilor\nShri Rajendra V. Kulkarni       ... Member\n"
        "PE Graham Tuckwell\nRtn Steve Mulcahy\n\n"
        "The invocation was led by Hon. Sabado.",
        (
            presider("Ma. Teresa B. Villacorta"),
            attendee("Rommel D. Sabado"),
            attendee("Rajendra V. Kulkarni"),
            attendee("Graham Tuckwell"),
            attendee("Steve Mulcahy"),
        ),
        id="attendance-item-leaders-presiding-officer-and-club-styles",
    ),
    pytest.param(
        "Members present:\nDame Harriet Cole, in the Chair\nLewis Atherton\nBen Carradine\n\n"
        "The Committee deliberated.",
        (presider("Harriet Cole"), attendee("Lewis Atherton"), attendee("Ben Carradine")),
        id="attendance-item-a-name-line-in-the-chair",
    ),
    pytest.param(
        "Committee Members Present:\nCapt. Janelle Whitby, Vice Chair\nLt. Cmdr. Paula Brandvold\n"
        "PC Ewan Fairley\n\nThe meeting opened.",
        (
            attendee("Janelle Whitby"),
            attendee("Paula Brandvold"),
            attendee("Ewan Fairley"),
            not_attendee("Capt"),
        ),
        id="attendance-item-ranks-are-honorifics",
    ),
    pytest.param(
        "Staff present: General Manager Teresa Villalobos; District Engineer Kevin Oyelowo\n\n"
        "The meeting opened.",
        (attendee("Teresa Villalobos"), attendee("Kevin Oyelowo", "District Engineer")),
        id="attendance-item-engineer-is-a-title",
    ),
    pytest.param(
        "## Attendees\n\nBoard members:\n\n* \u00d3lafur P\u00e1ll Geirsson, Twitter\n"
        "* Chris Kipp, Lunatech\n"
        "* Councillor D. Hill, via teleconference\n\nThe meeting opened.",
        (
            attendee("\u00d3lafur P\u00e1ll Geirsson"),
            attendee("Chris Kipp"),
            attendee("D. Hill"),
            not_attendee("Twitter"),
            not_attendee("Lunatech"),
        ),
        id="attendance-item-a-bullet-is-one-person-with-an-affiliation",
    ),
    pytest.param(
        "Present:\n- Cllr Amy Reed\n- Cllr Tom Hale\n\nThe meeting opened.",
        (step("Amy Reed", "attendee", "attendance-item"), step("Tom Hale", "attendee", "attendance-item")),
        id="attendance-item-bullets-under-present",
    ),
    pytest.param(
        "ALSO PRESENT:\n  \u2022 General Manager, Community Services L. Lacroix\n"
        "  \u2022 City Clerk A. Tittemore\n\n"
        "The Chair called the meeting to order.",
        (
            step("L. Lacroix", "attendee", "attendance-item"),
            step("A. Tittemore", "attendee", "attendance-item"),
            not_attendee("Community Services"),
            not_attendee("Community"),
        ),
        id="attendance-item-bullet-title-first-name-with-initials-last",
    ),
    pytest.param(
        "OFFICIALS IN ATTENDANCE:\nDirector, Physical Development (Mr. K. Lehane), Meetings Administrator"
        " (Mr. J. Clune).\n\nThe meeting opened.",
        (
            step("K. Lehane", "attendee", "attendance-item"),
            step("J. Clune", "attendee", "attendance-item"),
            not_attendee("Physical Development"),
        ),
        id="attendance-item-role-then-name-in-parentheses",
    ),
    pytest.param(
        "MEMBERS PRESENT:\nCouncillors Butler, Collins, Daly and Hogan.\n\n"
        "The Mayor thanked Michael Butler for his work.",
        (attendee("Michael Butler"), attendee("Hogan"), not_attendee("Butler")),
        id="attendance-item-surname-roll-ending-in-full-stop-then-fuller-name",
    ),
    pytest.param(
        "Present:\nCllr D. Okafor, Cllr S. Brennan-Leigh and Cllr R. Patel\n\nThe meeting opened.",
        (
            step("D. Okafor", "attendee", "attendance-item"),
            step("S. Brennan-Leigh", "attendee", "attendance-item"),
            step("R. Patel", "attendee", "attendance-item"),
        ),
        id="attendance-item-line-of-names",
    ),
    pytest.param(
        "The Mayor said:\n- Cllr Amy Reed will lead the review\n- Cllr Tom Hale will fund it",
        (no_step("Amy Reed", "attendee"), no_step("Tom Hale", "attendee")),
        id="attendance-item-bullets-outside-block-no-attendees",
    ),
    pytest.param(
        "Present:\n\u2022 Ms. Ada Okoro\n\u2022 Mr. Ben Tull\nReview of Regional Trade Developments\n"
        "1. Mr. Carl Imbert took a different view.",
        (attendee("Ada Okoro"), not_attendee("Regional Trade Developments"), not_attendee("Carl Imbert")),
        id="attendance-item-glyph-bullets-end-at-a-line-without-one",
    ),
    pytest.param(
        "MINUTES of the Trust\n\n4.2 PRESENT\nWarden (Chair) - Mrs E. Halvorsen\nRegistrar - Mr D. Quayle\n\n"
        "The Registrar reported that the accounts were in order.",
        (
            step("E. Halvorsen", "attendee", "attendance-item"),
            presider("E. Halvorsen"),
            attendee("D. Quayle", "Registrar"),
            not_attendee("Registrar"),
            step("D. Quayle", "speaker", "speech-verb"),
        ),
        id="attendance-item-an-office-a-dash-and-one-person-under-a-numbered-header",
    ),
    pytest.param(
        "PRESENT:\nMs. Rosa Tan - Chairperson\nProvincial Forestry Office, represented by Mr. Noel P. Cruz, "
        "Forester III\n\nMr. Cruz reported on the seedlings.",
        (
            attendee("Noel P. Cruz", "Forester III"),
            not_attendee("Forester III"),
            step("Noel P. Cruz", "speaker", "speech-verb"),
        ),
        id="attendance-item-a-body-represented-by-a-person-and-a-graded-position",
    ),
    pytest.param(
        "Present:\nMayor - Ms Ann Lee\nCouncillors - Mr Tom Bell, Ms Ada Roe\n\n"
        "Proposed by Cllr Bell, seconded by Cllr Roe.",
        (attendee("Tom Bell", "Councillor"), attendee("Ada Roe"), step("Tom Bell", "speaker", "motion")),
        id="attendance-item-a-plural-office-a-dash-and-its-holders",
    ),
    pytest.param(
        "MEMBERS PRESENT\n1. H/W Ann Lule - Chief Magistrate/Chairperson\n2. SP Tom Opio - OC Station\n\n"
        "SP Opio reported on bail.",
        (
            presider("Ann Lule"),
            attendee("Tom Opio", "OC Station"),
            step("Tom Opio", "speaker", "speech-verb"),
        ),
        id="attendance-item-his-worship-and-a-police-rank-are-honorifics",
    ),
    pytest.param(
        "Members present: Ann Koh, Ravi Sen, Jo Hart.\n"
        "Also present: Dr. Lea Moss, Principal; Bo Lind, Clerk.\n"
        "2. Consent Items\nThe Board reviewed the calendar.",
        (attendee("Bo Lind", "Clerk"), not_attendee("Consent"), not_attendee("Consent Items")),
        id="attendance-item-numbered-agenda-heading-is-no-one",
    ),
    pytest.param(
        "Present: Ann Koh (Chair); Ravi Sen; Jo Hart.\nChairs Welcome\nAnn Koh welcomed the members.",
        (attendee("Jo Hart"), not_attendee("Chairs Welcome")),
        id="attendance-item-the-chairs-welcome-heading-is-no-one",
    ),
    pytest.param(
        "PRESENT\n1. Hon. Ruth Wambui - Chairperson\n2. Hon. Paul Mutai - Member\n"
        "MIN. NO. 07/WSC/2026: PRELIMINARIES\nThe Chairperson called the meeting to order.",
        (attendee("Paul Mutai"), not_attendee("MIN"), presider("Ruth Wambui")),
        id="attendance-item-a-minute-number-heading-after-the-list-is-no-one",
    ),
    pytest.param(
        "Present\n"
        "Members        Ann Berg, chair\n"
        "               Jon Dahl, 1st vice chair\n"
        "               Eva Lund\n"
        "Others present Kim Aho, town manager, rapporteur\n"
        "               Lea Puro, secretary of the minutes\n"
        "               Timo Salo, financial director, present at § 3\n"
        "Absent         Olli Vesa\n"
        "\nThe town manager reported on the roads.",
        (
            attendee("Jon Dahl", "1st vice chair"),
            attendee("Eva Lund"),
            attendee("Lea Puro"),
            attendee("Timo Salo"),
        ),
        id="attendance-item-rows-one-a-line-under-a-hanging-indent-with-lowercase-offices",
    ),
    pytest.param(
        "Attendance:\nMarta Quill MQ Private Sector ABC Chair\nDr Owen Dace OD Universities\n\n"
        "MQ opened the item. OD said that, first, fees rose. Second, rents fell.",
        (presider("Marta Quill"), attendee("Owen Dace"), points("Owen Dace", 2)),
        id="attendance-item-initials-after-the-name-are-its-alias",
    ),
    pytest.param(
        "Present: Ada Rossi, Chair\nBen Okafor, CET, Crown Appointee\n\nAda Rossi opened the meeting.",
        (attendee("Ben Okafor"), not_attendee("CET")),
        id="attendance-item-a-post-nominal-cet-is-no-person",
    ),
    pytest.param(
        "Minutes of the Monetary Board\n\n2.3. Present:\nAna Ruiz Pardo, Governor and Chair of the session.\n"
        "Luis Mora Vidal, Deputy Governor.\nTeresa Gil Soto, Undersecretary of Finance and Public Credit.\n\n"
        "Mr Mora said that, first, prices rose; second, wages rose.",
        (
            presider("Ana Ruiz Pardo"),
            attendee("Luis Mora Vidal", "Deputy Governor"),
            attendee("Teresa Gil Soto"),
            not_attendee("Public Credit"),
        ),
        id="attendance-item-a-name-and-its-title-a-line-under-a-numbered-header",
    ),
    pytest.param(
        "PRESENT\nCouncillor Lwazi Dube       MMC: Transport\nMs K Naidoo                Executive Mayor\n\n"
        "Councillor Dube reported on leaks.",
        (attendee("Lwazi Dube", "MMC: Transport"), attendee("K Naidoo", "Executive Mayor")),
        id="attendance-item-a-portfolio-with-a-colon-after-the-column-gap",
    ),
    pytest.param(
        "PRESENT\nAlderwoman Z Khumalo       Deputy Mayor\n\nThe Deputy Mayor thanked the officials.",
        (attendee("Z Khumalo", "Deputy Mayor"), step("Z Khumalo", "speaker", "speech-verb")),
        id="attendance-item-alderman-is-a-style-the-column-gives-the-office",
    ),
    pytest.param(
        "Present:\nMayor Ida Lind\nChief of Staff Omar Reyes\nCouncillor Eva Reyes\n\n"
        "Chief of Staff Reyes said the office was ready.",
        (attendee("Omar Reyes"), step("Omar Reyes", "speaker", "speech-verb")),
        id="attendance-item-chief-of-staff-then-the-name",
    ),
    pytest.param(
        "PRESENT:\nAlvaria \u2013 Mr. F. Ostrowski        Koravia \u2013 Mr. D. Mbeki-Santos\n"
        "Belmora \u2013 Ms. R. Quintana         Lusenia \u2013 Mr. H. Al-Rashed\n\n"
        "1. The Representative of Koravia said that, first, fees should fall; second, audits should rise.",
        (
            attendee("F. Ostrowski"),
            attendee("R. Quintana"),
            attendee("D. Mbeki-Santos", "Representative of Koravia"),
            not_attendee("Alvaria"),
            not_attendee("Koravia"),
            points("D. Mbeki-Santos", 2),
        ),
        id="attendance-item-a-roll-of-states-in-two-columns",
    ),
]

CHAIR_LINE = [
    pytest.param(
        "Chairperson: Maureen Alcock: Club President.\nCommittee members in attendance:\nKeith Rowe - Men's "
        "Captain\n\nThe President opened the meeting and welcomed members.",
        (
            presider("Maureen Alcock"),
            step("Maureen Alcock", "speaker", "presides", "title-only"),
            points("Maureen Alcock", 0),
        ),
        id="chair-line-the-chair-s-office-after-a-second-colon",
    ),
    pytest.param(
        "Chair: Maureen Alcock: thanks to all who helped.\n\nKeith Rowe said the roof was patched.",
        (presider("Maureen Alcock"), no_step("Maureen Alcock", "speaker")),
        id="chair-line-a-note-after-the-chair-s-name-is-no-office",
    ),
    pytest.param(
        "Minutes of Proceedings\nMeeting 31\nPresiding\nAnne Roy, Chair (Liberal)\n\n\u2022 Kevin Orr\n"
        "\u2022 Dale Kowal\n\nThe committee commenced its study.",
        (presider("Anne Roy"), attendee("Kevin Orr"), attendee("Dale Kowal")),
        id="chair-line-presiding-alone-at-the-top-heads-the-roll",
    ),
    pytest.param(
        "Attendees:\n- Dana Whit\n- Ibrahim Sesay\n\nChair for this meeting: Ibrahim\n\n"
        "Dana summarised the plan.",
        (step("Ibrahim Sesay", "presider", "chair-line"), not_attendee("Ibrahim Sesay")),
        id="chair-line-chair-for-this-meeting",
    ),
    pytest.param(
        "Present\nAdaeze Okafor, Bruno Castell, Ines Kowal\n\nRegrets\nLena Whit\n\nChair\nAdaeze Okafor\n\n"
        "Contents\n\nInes Kowal said the draft was ready.",
        (
            presider("Adaeze Okafor"),
            not_attendee("Regrets"),
            not_attendee("Lena Whit"),
            attendee("Ines Kowal"),
        ),
        id="chair-line-regrets-and-chair-alone-on-their-lines",
    ),
    pytest.param(
        "BOARD MEMBERS PRESENT\nGerald Hawk - Chairperson\nRuth Card - Director\n\nREGRETS\nSheldon Mor - "
        "Director\n\nSTAFF\nTanya Beau - Finance Manager\n\nThe meeting opened.",
        (attendee("Tanya Beau"), not_attendee("Sheldon Mor"), attendee("Ruth Card")),
        id="chair-line-not-a-header-after-regrets",
    ),
    pytest.param(
        "Presiding Clerk: Rosalind Avery\nRecording Clerk: Daniel Shaw\n\nAfter worship the presiding "
        "clerk welcomed Friends.",
        (
            presider("Rosalind Avery"),
            step("Rosalind Avery", "speaker", "speech-verb", "title-only"),
            attendee("Daniel Shaw", "Recording Clerk"),
        ),
        id="chair-line-presiding-clerk-and-the-officer-under-it",
    ),
    pytest.param(
        "3.   Chairperson: Ambassador L. Varga\n\nThe Chairperson welcomed the new members.",
        (presider("L. Varga"), step("L. Varga", "presider", "chair-line")),
        id="chair-line-after-a-header-field-number",
    ),
    pytest.param(
        "Chair: Cllr Margaret Holloway\n\nCllr Holloway said "
        "that, first, we meet monthly. Second, we publish.",
        (step("Margaret Holloway", "presider", "chair-line"), presider("Margaret Holloway")),
        id="chair-line-label-and-name",
    ),
    pytest.param(
        "Chair's report: roads are being repaired.",
        (presider(None),),
        id="chair-line-chairs-report-no-presider",
    ),
    pytest.param(
        "Chairperson: Rhona Vale (President) - Minutes by: Ivo Marsh (Secretary)\n"
        "Present: Rhona Vale, Kim Dow\n\n"
        "Ivo asked members to pay their fees.",
        (
            presider("Rhona Vale"),
            step("Ivo Marsh", "attendee", "chair-line"),
            attendee("Ivo Marsh", "Secretary"),
            step("Ivo Marsh", "speaker", "speech-verb"),
        ),
        id="chair-line-minute-taker-field-after-the-chair",
    ),
    pytest.param(
        "OPEN MEETING\n\nPresident of the Council: Mr. T. Vale\nSecretary: Ms. E. Dorn\n\n1. The "
        "President of the Council said that, first, fees should fall; second, audits should rise.",
        (presider("T. Vale"), points("T. Vale", 2)),
        id="chair-line-the-president-of-a-council",
    ),
]

CHAIR_MARK_LINE = [
    pytest.param(
        "COUNTY ASSEMBLY OF KIPTORO\nThe House met at 2.30 p.m.\n"
        "[The Speaker (Hon. Mary Wanjiku) in the Chair]\n\n"
        "The Hon. Speaker reminded the House that the estimates were due.",
        (
            step("Mary Wanjiku", "presider", "chair-mark-line"),
            step("Mary Wanjiku", "speaker", "speech-verb", "title-only"),
        ),
        id="chair-mark-line-hansard-office-then-name-in-brackets",
    ),
    pytest.param(
        "Minutes of the Diocesan Synod.\n\n"
        "President: The Rt Revd Andrew Pemberton, Bishop of Easthope (in the Chair)"
        "\nIn attendance: Mr Jonathan Leese, Diocesan Registrar.\n\nThe President welcomed the new members.",
        (
            presider("Andrew Pemberton"),
            step("Andrew Pemberton", "speaker", "speech-verb", "title-only"),
            attendee("Jonathan Leese"),
        ),
        id="chair-mark-line-office-label-and-the-office-refers-to-the-chair",
    ),
    pytest.param(
        "Minutes of the Parish Council.\n\nPresent: Cllr Ann Bell, Cllr Tom Rudd (in the Chair)\n\nCllr Rudd "
        "said the hall was booked.",
        (no_step("Ann Bell", "presider", "chair-mark-line"), attendee("Ann Bell")),
        id="chair-mark-line-not-an-attendance-label",
    ),
    pytest.param(
        "MINUTES OF JOINT HEALTH AND SAFETY COMMITTEE\n\n"
        "Worker Co-Chair: Dana Whitfield (chairing this meeting)\nManagement Co-Chair: Omar Haddad\n\n"
        "The committee reviewed the inspection report.",
        (step("Dana Whitfield", "presider", "chair-mark-line"), presider("Dana Whitfield")),
        id="chair-mark-line-chairing-this-meeting-after-the-name",
    ),
]


OFFICER_LINE = [
    pytest.param(
        "PRESENT:\nPresident: Sis. Ann Quinn (North West) \u2013 in the chair\n"
        "Vice-President: Bro. Ahmed Rahim (Yorkshire)\nWales: Bro. Gareth Pugh\n\n"
        "1. WELCOME\nThe President welcomed members.",
        (
            presider("Ann Quinn"),
            step("Ann Quinn", "speaker", "speech-verb", "title-only"),
            attendee("Ahmed Rahim", "Vice-President"),
            attendee("Gareth Pugh"),
        ),
        id="officer-line-the-office-before-the-seat-in-parentheses",
    ),
    pytest.param(
        "Present:\nMrs Ada Obi \u2013 Chair\nBoard's Case Presenter: Ms Jo Lam, Legal Department\n\n"
        "The hearing opened.",
        (attendee("Jo Lam", "Board's Case Presenter"),),
        id="officer-line-a-possessive-title",
    ),
    pytest.param(
        "Executive Directors present:\nMs. Fatou Sembene (Constituency I)\n"
        "Alternate Executive Director, Constituency V: Ms. Lucia Ferreyra\n"
        "Management: Mr. Babacar Thiam, Vice-President; Ms. Naledi Dube, Director\n"
        "Secretary General: Ms. Helene Ake\n\nThe Secretary General informed the Board.",
        (
            attendee("Lucia Ferreyra"),
            attendee("Babacar Thiam"),
            attendee("Naledi Dube"),
            attendee("Helene Ake", "Secretary General"),
            step("Helene Ake", "speaker", "speech-verb", "title-only"),
        ),
        id="officer-line-long-labels-and-a-group-of-officers",
    ),
    pytest.param(
        "Present: Cllr Amy Reed, Cllr Tom Hale\nSecretary "
        "(acting): Ms. Tiyamike Gondwe\n\nThe meeting opened.",
        (step("Tiyamike Gondwe", "attendee", "officer-line"), attendee("Tiyamike Gondwe", "Secretary")),
        id="officer-line-label-with-parenthesis-in-block",
    ),
    pytest.param(
        "Present: Cllr Amy Reed, Cllr Tom Hale\nSecretary: Ms. Tiyamike Gondwe\n\nThe meeting opened.",
        (step("Tiyamike Gondwe", "attendee", "officer-line"), attendee("Tiyamike Gondwe", "Secretary")),
        id="officer-line-plain-label-before-subheader-items",
    ),
    pytest.param(
        "Directors Present: Janet Okonkwo (President)\nCommunity Manager: Tyler Brandt, CMCA, Summit Ridge "
        "Community Management\n\nThe manager said crews were booked.",
        (
            attendee("Tyler Brandt", "Community Manager"),
            step("Tyler Brandt", "speaker", "speech-verb", "title-only"),
        ),
        id="officer-line-title-label-with-credentials",
    ),
    pytest.param(
        "Secretary: Ms. Gondwe read the minutes aloud to the members present today.",
        (no_step("Gondwe", "attendee", "officer-line"), not_attendee("Gondwe")),
        id="officer-line-outside-block-not-an-officer",
    ),
    pytest.param(
        "TOWN LIBRARY FOUNDATION\nBoard Minutes\n\nDirectors Present: Ada Lum (Chair), Bo Fenn\n"
        "Staff: Cy Hart, Executive Director, Foundation; Di Roux, CEO, Elmford Public Library\n\n"
        "Ada thanked the directors.",
        (attendee("Di Roux"), not_attendee("Elmford Public Library")),
        id="officer-line-a-library-after-the-title-is-where-they-work",
    ),
]

BLOCK_END = [
    pytest.param(
        "Present:\nCllr Amy Reed\nThe Clerk read the minutes.\nCllr Tom Hale",
        (
            step("Amy Reed", "attendee", "attendance-item"),
            no_step("Tom Hale", "attendee", "attendance-item"),
        ),
        id="block-end-a-sentence-closes-the-block",
    ),
    pytest.param(
        "Present:\nCllr Amy Reed\nCllr Tom Hale",
        (step("Tom Hale", "attendee", "attendance-item"),),
        id="block-end-name-lines-keep-it-open",
    ),
]

ATTENDANCE_HEADER = [
    pytest.param(
        "Present: Councillor P. Osei (Harwick District Council) (Chair), Councillor T. Lund (Vale Borough "
        "Council) (Vice-Chair), Ms K. Dunn\n\nAlso present: Rhea Moss (Chief Finance Officer, OPCC) and "
        "Chief Constable Ivo Brand\n\nThe Chair welcomed members. The Chief Finance Officer explained the "
        "budget.",
        (
            presider("P. Osei"),
            attendee("T. Lund", "Vice-Chair"),
            attendee("Rhea Moss", "Chief Finance Officer, OPCC"),
            step("Rhea Moss", "speaker", "speech-verb"),
            not_speaker("Chief Finance Officer"),
        ),
        id="attendance-header-a-council-then-the-chair-and-a-title-in-parentheses-before-and",
    ),
    pytest.param(
        "TRUSTEES PRESENT                          APPOINTING BODY\n"
        "Wilhelmina Stroud, Chair                  Harbour Town Council\n"
        "Dr. Ignatius Varga                        Valley Rotary Trust\n"
        "Odile Brennan                             Member at Large\n\n"
        "STAFF IN ATTENDANCE\nTobias Mercer, Facilities and Safety Manager\n\n"
        "1. OPENING\nThe Chair welcomed everyone. Moved by O. Brennan, seconded by I. Varga, THAT the "
        "agenda be adopted. CARRIED.",
        (
            presider("Wilhelmina Stroud"),
            attendee("Ignatius Varga"),
            attendee("Odile Brennan"),
            not_attendee("Ignatius Varga Valley Rotary Trust"),
            attendee("Tobias Mercer"),
            not_attendee("Safety"),
            step("Odile Brennan", "speaker", "motion"),
        ),
        id="attendance-header-plural-title-present-over-a-two-column-table",
    ),
    pytest.param(
        "GOVERNORS PRESENT                POSITION\nAugustin Pell                    Treasurer\n"
        "Marisol Eke                      Secretary\n\nThe Treasurer reported a surplus.",
        (attendee("Augustin Pell", "Treasurer"), attendee("Marisol Eke", "Secretary")),
        id="attendance-header-a-right-column-of-titles-keeps-them",
    ),
    pytest.param(
        "Present: Rev. Agnes Poole, Rector; Tomasz Wren, Warden\n"
        "Guest: Brother Elias Mbeki, for the food bank item.\n\n"
        "Brother Mbeki described the food bank. Tomasz Wren asked about storage.",
        (attendee("Elias Mbeki"), not_speaker("Guest")),
        id="attendance-header-a-guest-label-with-a-note-after-the-name",
    ),
    pytest.param(
        "The meeting was called to order by Chairperson Dale Hoff.\n\nAll members were present except:\n"
        "Senator Marla Quin - Excused\n\nCommittee staff present:\nTyler Beck, Committee Assistant\n"
        "Devin Nguyen, At-Large\n\nThe Chair opened the hearing.",
        (
            not_attendee("Marla Quin"),
            attendee("Tyler Beck"),
            attendee("Devin Nguyen"),
            not_attendee("At-Large"),
        ),
        id="attendance-header-present-except-and-an-excused-line",
    ),
    pytest.param(
        "Members present:\nAna Mello \u2013 Governor (Chair)\nBia Leal\n\n"
        "Department heads in charge of technical presentations (present on March 17th):\n"
        "Ana Pires \u2013 Department of Economics\nCamila Rocha \u2013 Department of Banking Operations and "
        "Payments System\nOther participants (present on March 17th):\n"
        "Marco Fonseca \u2013 Head of the Office of Economic Advisory to the Governor\n\n"
        "The Committee analysed the outlook.",
        (
            attendee("Ana Pires"),
            attendee("Camila Rocha"),
            not_attendee("Payments System"),
            attendee("Marco Fonseca"),
        ),
        id="attendance-header-present-in-parentheses-and-one-person-a-dash-an-office",
    ),
    pytest.param(
        "Members present:\nKevin Orr\n\nWitnesses\nAs an individual\n\u2022 Anita Basu, Professor\n\n"
        "Anita Basu made a statement.",
        (attendee("Anita Basu"), not_attendee("Witnesses")),
        id="attendance-header-witnesses-alone-on-a-line",
    ),
    pytest.param(
        "Present:    Ms Eleanor Fitzgerald KC (President, in the Chair)\n"
        "            Mr Rajesh Menon (First Vice-President)\n"
        "            Ms Louise Chandler, Mr Samuel Ferreira, Ms Wen Li\n\nThe minutes were confirmed.",
        (presider("Eleanor Fitzgerald"), attendee("Rajesh Menon"), attendee("Louise Chandler")),
        id="attendance-header-one-a-line-above-a-comma-list",
    ),
    pytest.param(
        "Present: Jane Sutcliffe (JS) \u2013 Chair; Karen Mills (KM) \u2013 Treasurer; Tom Hale (TH)\n\n"
        "The minutes were approved.",
        (presider("Jane Sutcliffe"), attendee("Karen Mills", "Treasurer")),
        id="attendance-header-initials-then-a-dash-and-chair",
    ),
    pytest.param(
        "II SEDERUNT\nRev Dr Alasdair Rae (Moderator); Mrs Fiona Baird (Session Clerk); Miss Elspeth Dunn "
        "(Roll Keeper); Mr Kenneth Lorne; and six other elders, whose names are recorded in the Sederunt "
        "Book.\n\nIII APOLOGIES\nThe Roll Keeper reported two additions.",
        (
            attendee("Alasdair Rae"),
            attendee("Fiona Baird"),
            attendee("Kenneth Lorne"),
            not_attendee("Sederunt Book"),
            step("Elspeth Dunn", "speaker", "speech-verb", "title-only"),
        ),
        id="attendance-header-a-sederunt-and-its-collective-tail",
    ),
    pytest.param(
        "Members Present: Elena Hart, MD (Chief of Staff, Chair); Oluwaseun Okafor, MD, FACS (Chair, "
        "Department of Surgery); Brian Kowal, DO (Chair, Emergency Medicine)\n"
        "Administration: Cheryl Dunn, RN, MSN, Chief Nursing Officer\n\nThe meeting opened at seven.",
        (
            presider("Elena Hart"),
            no_step("Oluwaseun Okafor", "presider"),
            no_step("Brian Kowal", "presider"),
            attendee("Brian Kowal"),
            attendee("Cheryl Dunn"),
            not_attendee("FACS"),
            not_attendee("DO"),
            not_attendee("RN"),
        ),
        id="attendance-header-post-nominals-and-the-chair-of-a-department",
    ),
    pytest.param(
        "Policy Board Members Present\nMr. K. Sakura, Chairman, Governor of the Bank\n"
        "Ms. E. Mori, Deputy Governor\n\n"
        "Reporting Staff\nMr. M. Ueda, Director-General, Research Department\n\n"
        "I. Summary of Staff Reports on Economic and Financial Developments\n\nThe Governor summed up.",
        (
            presider("K. Sakura"),
            attendee("E. Mori"),
            attendee("M. Ueda"),
            not_attendee("Reporting"),
            not_attendee("I. Summary"),
            step("K. Sakura", "speaker", "speech-verb", "title-only"),
        ),
        id="attendance-header-headers-without-colons-and-a-numbered-section-after",
    ),
    pytest.param(
        "Also present: Ezra Whitcomb, Village Board liaison; Ann Reid, Library Director",
        (attendee("Ezra Whitcomb", "Village Board liaison"), not_attendee("Village")),
        id="attendance-header-a-liaison-is-a-title",
    ),
    pytest.param(
        "Members present  :  Hon CHAN Tai-man, SBS, JP (Chairman)\n"
        "                    Dr Hon LEE Siu-ming, MH\n"
        "                    Ir Hon KWOK Ho-yin\n\nThe meeting opened at noon.",
        (
            presider("CHAN Tai-man"),
            attendee("LEE Siu-ming"),
            attendee("KWOK Ho-yin"),
            not_attendee("SBS"),
            not_attendee("JP"),
            not_attendee("MH"),
        ),
        id="attendance-header-post-nominals-after-a-comma",
    ),
    pytest.param(
        "(3) Members present:\nYoon Jae-hyeok, Chairman (Governor)\nSeo Ji-an (Senior Deputy Governor)\n"
        "(6) Staff present:\nLee Tae-sik, Director General, Economic Research Department\n"
        "(7) Others present: None\n\n2. Summary of Staff Reports\n\nThe Board met.",
        (
            presider("Yoon Jae-hyeok"),
            attendee("Seo Ji-an"),
            attendee("Lee Tae-sik", "Director General"),
            not_attendee("Economic Research"),
            not_attendee("None"),
            not_attendee("Summary"),
        ),
        id="attendance-header-numbered-labels-and-an-affiliation",
    ),
    pytest.param(
        "Present: Mayor Kowalczyk, Council Members Janelle Brooks, Tom Hadley and Priya Raman\n\n"
        "Motion by Council Member Brooks to approve.",
        (attendee("Janelle Brooks", "Council Member"), attendee("Tom Hadley"), not_speaker("Brooks")),
        id="attendance-header-a-plural-title-with-its-body",
    ),
    pytest.param(
        "Trustees Present:      Karen Whitlock (Chair)\n                       Amrit Sandhu (Vice-Chair)\n"
        "                       Paul Gagnon\n                       Leila Haddad\n\n"
        "Chair Whitlock called the meeting to order.",
        (
            presider("Karen Whitlock"),
            attendee("Amrit Sandhu"),
            attendee("Paul Gagnon"),
            attendee("Leila Haddad"),
        ),
        id="attendance-header-one-name-a-line-under-the-label",
    ),
    pytest.param(
        "Present\nThe Chancellor, Ms Margaret Elsworth AO (in the Chair)\n"
        "The Vice-Chancellor and President, Professor Alastair Crowe\n\nIn attendance\n"
        "Mr Colin Ferris, Chief Financial Officer\n\n"
        "The Vice-Chancellor spoke to his report and highlighted two items: (1) enrolments; (2) fees.",
        (
            presider("Margaret Elsworth"),
            attendee("Alastair Crowe", "Vice-Chancellor"),
            attendee("Colin Ferris", "Chief Financial Officer"),
            not_attendee("Financial"),
            points("Alastair Crowe", 2),
        ),
        id="attendance-header-the-title-before-the-name-and-post-nominals-before-the-chair",
    ),
    pytest.param(
        "Present: The Rev. Dr. Naomi Castellanos, Rector; Walter Pryce, Senior Warden\n"
        "Guest: Deacon Samuel Ikeda\n\nMother Naomi reported two priorities: first, a youth minister; "
        "second, a Lenten study.",
        (attendee("Walter Pryce"), points("Naomi Castellanos", 2), not_speaker("Naomi")),
        id="attendance-header-the-rev-before-a-name",
    ),
    pytest.param(
        "PRESENT:        Mayor Hemi Rawiri (Chairperson), Deputy Mayor Sandra Kelleher,\n"
        "                Cr Tane Whaanga, Cr Margaret\n"
        "                (Peg) Ostler, Cr Liam Fahey\n"
        "Staff present:  Board\n"
        "                Secretary Linh Tran\n\nThe Mayor opened the meeting.",
        (
            attendee("Margaret Ostler"),
            attendee("Liam Fahey"),
            attendee("Linh Tran"),
            not_attendee("Margaret"),
        ),
        id="attendance-header-values-under-a-hanging-indent",
    ),
    pytest.param(
        "Members\nMs Halvorsen, President (chair)\nMr Moreau-Duval, Vice-President\nMs Brennan\n\n"
        "Other staff\nMr Varga, Director General Market Operations\n\nThe next account is due in April.",
        (
            presider("Halvorsen"),
            attendee("Moreau-Duval"),
            attendee("Brennan"),
            attendee("Varga"),
            not_attendee("Market Operations"),
        ),
        id="attendance-header-a-central-bank-list-one-name-a-line",
    ),
    pytest.param(
        "PRESENT\nPuan Noraini binti Yusof (Senior Independent Director)\n"
        "Mr. Lim Wei Han (Executive Director)\n\nThe meeting opened.",
        (attendee("Noraini binti Yusof"), attendee("Lim Wei Han")),
        id="attendance-header-name-particles-keep-the-block-open",
    ),
    pytest.param(
        "Present: Cllr Margaret Holloway (Chair), Cllr Daniel Butler and Ms Jane Pellow (Clerk).",
        (
            step("Daniel Butler", "attendee", "attendance-header"),
            step("Margaret Holloway", "presider", "attendance-header"),
            attendee("Jane Pellow", "Clerk"),
        ),
        id="attendance-header-present-colon-names",
    ),
    pytest.param(
        "Commissioners present: Ann Lee, Bo Kim\n\nThe meeting opened.",
        (attendee("Ann Lee", "Commissioner"), attendee("Bo Kim", "Commissioner")),
        id="attendance-header-plural-title-gives-role",
    ),
    pytest.param(
        "Present: Dr. T. K. Mwansa, Governor (Chairperson), Prof. Chanda Lungu, External Member",
        (presider("T. K. Mwansa"), step("T. K. Mwansa", "presider", "attendance-header")),
        id="attendance-header-chair-mark-after-title-in-trail",
    ),
    pytest.param(
        "Present: Jillian Marsh AO, Ken Poole AC and Ruth Cole KC.\n\nThe meeting opened.",
        (
            attendee("Jillian Marsh"),
            attendee("Ken Poole"),
            attendee("Ruth Cole"),
            not_attendee("Jillian Marsh AO"),
        ),
        id="attendance-header-post-nominals-are-not-part-of-the-name",
    ),
    pytest.param(
        "The board met on Monday at noon. The following directors attended the meeting:\n"
        "  \u2022 Ms. Ada Okoro (Chair)\n  \u2022 Mr. Ben Tull\n\nThe meeting opened.",
        (presider("Ada Okoro"), attendee("Ben Tull")),
        id="attendance-header-ending-a-paragraph-line-over-glyph-bullets",
    ),
    pytest.param(
        "Also present: Council members Ida Brenner (Secretary), Olaf Teig and Runa Voss; "
        "external auditor Pavel Dunkov (Dunkov Audit Ltd); two observers.\n\nThe meeting opened.",
        (
            attendee("Ida Brenner", "Secretary"),
            attendee("Olaf Teig", "Council member"),
            attendee("Pavel Dunkov", "external auditor"),
        ),
        id="attendance-header-lower-case-office-before-the-name",
    ),
    pytest.param(
        "Guests: Friends of the Lake (observer), represented by its policy officer Hana Moor\n\n"
        "Ms. Moor said the lake needed care.",
        (attendee("Hana Moor", "policy officer"), step("Hana Moor", "speaker", "speech-verb")),
        id="attendance-header-represented-by-its-officer",
    ),
    pytest.param(
        "MINUTES of the Board\n\nPresent:  K.L. Marwood Esq. (Chairman)\n\nThe Chairman said the sluices "
        "were clear.",
        (step("K.L. Marwood", "presider", "attendance-header"), not_speaker("Chairman")),
        id="attendance-header-esquire-before-the-chair-mark",
    ),
    pytest.param(
        "Time 7.00 p.m.\nPresent Aroha Kingi [Presiding Member], Liam Fox and Wen Zhao [Trustees]\n"
        "In Attendance Paula Reid - Minute Secretary\nApologies Tane Hura\n\nLiam Fox said the roof leaks.",
        (
            presider("Aroha Kingi"),
            attendee("Wen Zhao"),
            attendee("Paula Reid"),
            not_attendee("Tane Hura"),
        ),
        id="attendance-header-a-form-field-without-colon-and-a-title-in-square-brackets",
    ),
    pytest.param(
        "Present Situation of the Library\n\nThe Board noted that loans rose, and Ms Ana Cruz agreed.",
        (not_attendee("Situation"), presider(None)),
        id="attendance-header-present-as-an-adjective-heads-no-list",
    ),
    pytest.param(
        "Present: Chairwoman Ada Moss; Secretary/Treasurer Lou Moss; Recorder Kim Hart.\n\n"
        "Secretary/Treasurer Moss raised two concerns: firstly, fees; secondly, roofs.",
        (
            attendee("Lou Moss", "Secretary/Treasurer"),
            attendee("Kim Hart", "Recorder"),
            points("Lou Moss", 2),
            not_speaker("Ada Moss"),
        ),
        id="attendance-header-an-office-written-with-a-slash",
    ),
    pytest.param(
        "Members present: Ida Berg, Governor (chair of the meeting); Ole Dahl, Deputy Governor.\n\n"
        "The Governor opened the discussion.",
        (presider("Ida Berg"), attendee("Ole Dahl", "Deputy Governor")),
        id="attendance-header-chair-of-the-meeting-and-a-title-before-the-period",
    ),
    pytest.param(
        "BROOKFIELD BOWLS CLUB\n1. Members present - Captain Jo Hart (JH), Ben Alder (BA), Cy Roe (CR).\n"
        "2. Apologies - Dee Lamm, Ed Pole.\n3. Greens - BA asked about the mower.",
        (
            attendee("Ben Alder"),
            attendee("Cy Roe"),
            not_attendee("Dee Lamm"),
            step("Ben Alder", "speaker", "speech-verb"),
        ),
        id="attendance-header-numbered-with-a-dash-then-apologies",
    ),
    pytest.param(
        "PRESENT: Lot 4 - R. Ivers; Lot 11 - Mona Quill; Unit 2 - Sol Badu.\n\n"
        "Ms Quill asked about the lift.",
        (
            attendee("R. Ivers"),
            attendee("Mona Quill"),
            attendee("Sol Badu"),
            not_attendee("Lot"),
            step("Mona Quill", "speaker", "speech-verb"),
        ),
        id="attendance-header-an-owners-lot-before-the-name",
    ),
    pytest.param(
        "Present: Chairperson Lena Voss (LV), Max Ode (MO), Vice Chairperson Kit Rann.\n\n"
        "MO asked about fees.",
        (presider("Lena Voss"), attendee("Kit Rann"), step("Max Ode", "speaker", "speech-verb")),
        id="attendance-header-the-chair-by-the-title-before-the-name",
    ),
    pytest.param(
        "The 12th meeting of the Board of Studies was held on 3 May. The following members were present:\n"
        "1. Prof. Dr. Ann Koh, Dean\n2. Mr. Ravi Sen, Registrar\n\nThe Dean welcomed the members.",
        (attendee("Ann Koh", "Dean"), attendee("Ravi Sen", "Registrar")),
        id="attendance-header-ending-a-paragraph-over-numbered-lines",
    ),
    pytest.param(
        "Attending: Governor Ana Ruiz.\n\nAlso attending: the General Manager, Mr. Tito Vela; the Manager "
        "of the Research Division, Ms. Rosa Pinto Leal.\n\n"
        "The Manager of the Research Division said rates held.",
        (
            attendee("Rosa Pinto Leal", "Manager of the Research Division"),
            step("Rosa Pinto Leal", "speaker", "speech-verb", "title-only"),
        ),
        id="attendance-header-the-title-of-a-division-before-the-name",
    ),
    pytest.param(
        "Present\n"
        "Members        Ann Berg, chair\n"
        "               Jon Dahl, 1st vice chair\n"
        "               Eva Lund\n"
        "Others present Kim Aho, town manager, rapporteur\n"
        "               Lea Puro, secretary of the minutes\n"
        "               Timo Salo, financial director, present at § 3\n"
        "Absent         Olli Vesa\n"
        "\nThe town manager reported on the roads.",
        (presider("Ann Berg"), attendee("Kim Aho"), not_attendee("Members Ann Berg")),
        id="attendance-header-a-form-field-without-a-colon-the-value-in-a-column",
    ),
    pytest.param(
        "Members present: Ann Koh, Ravi Sen.\n\nMs Koh said that, first, roads. Second, parks.",
        (attendee("Ann Koh"), attendee("Ravi Sen"), points("Ann Koh", 2)),
        id="attendance-header-a-surname-like-an-abbreviated-title-before-the-full-stop",
    ),
    pytest.param(
        "Chairperson: Cr Ana Ruru\nMembers: Cr Tom Hale\nCr Lena Vogt\n\nCr Hale asked about the budget.",
        (step("Tom Hale", "attendee", "attendance-header"), attendee("Lena Vogt")),
        id="attendance-header-members-label-before-a-styled-name",
    ),
    pytest.param(
        "The meeting closed at 12.00.\n\nRECORD OF ATTENDANCE/LISTE DE PRÉSENCE\nBureau/Prezydium\n"
        "Ana Kowal, Tomas Berg\nMembers/Mitglieder\nLena Ruud, Piotr Nowak",
        (attendee("Piotr Nowak"), attendee("Tomas Berg"), not_attendee("Bureau/Prezydium")),
        id="attendance-header-a-register-named-in-several-languages",
    ),
    pytest.param(
        "Present: Owen Pike - Chair (OP), Olga Penn (OPe)\n\nOP welcomed members. OPe asked about the roof.",
        (
            presider("Owen Pike"),
            step("Owen Pike", "speaker", "speech-verb"),
            step("Olga Penn", "speaker", "speech-verb"),
            not_speaker("OP"),
        ),
        id="attendance-header-initials-after-a-role-and-a-surname-s-second-letter",
    ),
    pytest.param(
        "Present: Chair Ann Reed; 1st Vice-President Tom Yu; 2nd VP Lion Ed Park\n\nTom Yu said hello.",
        (attendee("Tom Yu"), attendee("Ed Park")),
        id="attendance-header-an-ordinal-in-figures-before-the-office",
    ),
    pytest.param(
        "Present: Lion President Ann Reed, Tail Twister Lion Bo Lind, Lion Tamer Lion Cy Moss\n\n"
        "The club met.",
        (attendee("Bo Lind", "Tail Twister"), attendee("Cy Moss", "Lion Tamer"), not_attendee("Tamer")),
        id="attendance-header-an-office-unknown-to-the-lists-before-a-style-and-a-name",
    ),
    pytest.param(
        "Present: Sergeant-at-Arms Len Ruiz, Ann Reed\n\nThe club met.",
        (attendee("Len Ruiz", "Sergeant-at-Arms"), not_attendee("Sergeant-at-Arms Len Ruiz")),
        id="attendance-header-sergeant-at-arms-is-an-office",
    ),
]

ATTENDANCE_ROLL = [
    pytest.param(
        "Helen Marsh (Chair and Governor), Peter Olsen (Deputy Governor), Ruth Amadi, Colin Tierney AO\n\n"
        "Paul Reyes (Assistant Governor), Nora Quill (Secretary)\n\n"
        "Members were briefed on the labour market data.",
        (
            step("Ruth Amadi", "attendee", "attendance-roll"),
            step("Colin Tierney", "attendee", "attendance-roll"),
            step("Helen Marsh", "presider", "attendance-roll"),
            step("Paul Reyes", "attendee", "attendance-item"),
            step("Nora Quill", "attendee", "attendance-item"),
        ),
        id="attendance-roll-names-with-no-header-at-the-top",
    ),
    pytest.param(
        "Ms Ann Lee said the budget was tight.\nBob Ray, Cal Ode, Dee Fox\n\nThe meeting closed.",
        (no_step("Bob Ray", "attendee"), no_step("Cal Ode", "attendee")),
        id="attendance-roll-not-after-someone-spoke",
    ),
    pytest.param(
        "Harbour Road, Mill Lane, Station Street\n\nThe works were reviewed.",
        (no_step("Harbour Road", "attendee"), no_step("Mill Lane", "attendee")),
        id="attendance-roll-every-item-must-be-a-name",
    ),
    pytest.param(
        "Kenji Sato, Ama Owusu, Lusaka Province\n\nThe works were reviewed.",
        (no_step("Kenji Sato", "attendee"),),
        id="attendance-roll-a-place-among-the-items-is-no-roll",
    ),
]

ABSENT_LINE = [
    pytest.param(
        "Apologies: Cllr Peter Vance, Cllr Sara Lee\n\nCllr Amy Reed said that the budget holds.",
        (not_attendee("Peter Vance"), not_attendee("Sara Lee"), attendee("Amy Reed")),
        id="absent-line-apologies-not-attendees",
    ),
    pytest.param(
        "Absent: Cllr Sara Lee, Cllr Tom Hale",
        (no_step("Sara Lee", "attendee"), no_step("Tom Hale", "attendee")),
        id="absent-line-absent-not-attendees",
    ),
    pytest.param(
        "Present: Ana Ruiz (Chair), Omar Fell\nOn leave: Tom Hale (sabbatical)\n\nThe Chair opened it.",
        (attendee("Omar Fell"), not_attendee("Tom Hale")),
        id="absent-line-on-leave-not-attendees",
    ),
    pytest.param(
        "Trustees Present: Noor Haddad (Chair), Piet Olde\nTrustees not in Attendance: Wanda Pryce\n\n"
        "The Chair opened the meeting.",
        (not_attendee("Wanda Pryce"), step("Piet Olde", "attendee", "attendance-header")),
        id="absent-line-not-in-attendance",
    ),
    pytest.param(
        "Present\n"
        "Members        Ann Berg, chair\n"
        "               Jon Dahl, 1st vice chair\n"
        "               Eva Lund\n"
        "Others present Kim Aho, town manager, rapporteur\n"
        "               Lea Puro, secretary of the minutes\n"
        "               Timo Salo, financial director, present at § 3\n"
        "Absent         Olli Vesa\n"
        "\nThe town manager reported on the roads.",
        (not_attendee("Olli Vesa"), attendee("Eva Lund")),
        id="absent-line-a-form-field-without-a-colon",
    ),
    pytest.param(
        "Attendance and Apologies:\nDr Nia Holt, Treasurer\nMs Ada Voss, Secretary\nApologies\nMr Bo Lund\n\n"
        "Dr Holt said that, first, the audit closed. Second, the bank changed.",
        (attendee("Nia Holt", "Treasurer"), attendee("Ada Voss", "Secretary"), not_attendee("Bo Lund")),
        id="absent-line-attendance-and-apologies-heads-those-present-first",
    ),
]

ATTENDED_BY_COLON = [
    pytest.param(
        "The Clerk confirmed the presence of the following councillors:\n"
        "HEDDA LUNDQVIST \u2013 Member for the North Ward\nOSKAR BRANDT \u2013 Member for the Harbour\n\n"
        "Mr Brandt asked about the ferry.",
        (
            attendee("HEDDA LUNDQVIST"),
            attendee("OSKAR BRANDT"),
            step("OSKAR BRANDT", "speaker", "speech-verb"),
        ),
        id="attended-by-colon-the-presence-of-the-following",
    ),
    pytest.param(
        "3. The following officers of the Works Unit were invited to the meeting at this point:\n\n"
        "Mr Ian K.W. Chu     - Senior Engineer\nMs Amy Lo          - Planner\n\n4. The Chair welcomed them.",
        (attendee("Ian K.W. Chu"), attendee("Amy Lo", "Planner")),
        id="attended-by-colon-invited-to-the-meeting",
    ),
    pytest.param(
        "3. Summit was attended by the following Heads of State and Government:\n\n"
        "Botswana: H.E. Kagiso Moremi, President\n"
        "Zimbabwe: Hon. Tendai Gwatidzo, Minister of Foreign Affairs and International Trade\n\n"
        "4. Summit noted the report.",
        (
            attendee("Kagiso Moremi", "President"),
            attendee("Tendai Gwatidzo", "Minister of Foreign Affairs and International Trade"),
            not_attendee("International Trade"),
            not_attendee("Botswana"),
        ),
        id="attended-by-colon-the-following-heads-by-country",
    ),
    pytest.param(
        "The meeting was attended by:\nMs Lina Park, Director of Trade;\nMr Omar Haddad, Director of Ports.",
        (
            step("Lina Park", "attendee", "attendance-line"),
            step("Omar Haddad", "attendee", "attendance-line"),
        ),
        id="attended-by-colon-opens-line-list",
    ),
    pytest.param(
        "Present were the following:\nMs Lina Park, Director of Trade;\nMr Omar Haddad, Director of Ports.",
        (attendee("Lina Park"), attendee("Omar Haddad")),
        id="attended-by-colon-present-were",
    ),
    pytest.param(
        "The meeting was attended by Ms Lina Park.\nMr Omar Haddad, Director of Ports.",
        (no_step("Omar Haddad", "attendee", "attendance-line"),),
        id="attended-by-colon-no-colon-no-list",
    ),
    pytest.param(
        "The Board met in Ostrava, with the participation of the following members:\n"
        "Ms Hana Dvorak, Treasurer;\nMr Pavel Rys, Secretary.\n\nMs Dvorak presented the accounts.",
        (
            step("Hana Dvorak", "attendee", "attendance-line"),
            step("Pavel Rys", "attendee", "attendance-line"),
        ),
        id="attended-by-colon-with-the-participation-of",
    ),
]

DECISION_LABEL = [
    pytest.param(
        "President of the Council: Mr. T. Hale\n\n6. The Representative of Alvaria supported the dates.\n\n"
        "7. The Council thereupon:\na) adopted Amendment 47 to Annex 10;\nb) agreed that the resolution "
        "should be circulated; and\nc) requested the Secretary General to report.",
        (step(None, "floor", "decision-label"), points(None, 3), points("Representative of Alvaria", 0)),
        id="decision-label-the-body-and-an-adverb-over-items-in-the-past",
    ),
    pytest.param(
        "Chair: Ms. Ann Lowe\n\nThe Board then:\n\nMs. Lowe said that she had two requests:\n"
        "1. that members read the papers;\n2. that they arrive on time.",
        (no_step(None, "floor", "decision-label"), points("Ann Lowe", 2)),
        id="decision-label-a-body-lead-in-with-no-verb-item-after-it",
    ),
    pytest.param(
        "Present: Ida Kerr (Chair), Tom Vale\n\nThe Chair moved that the levy be supported.\n\n"
        "RESOLVED (Councillor Tom Vale abstaining) - That the Panel:\n1. supports the levy;\n"
        "2. asks the Clerk to publish it.",
        (step(None, "speaker", "decision-label"), points(None, 2), points("Ida Kerr", 0)),
        id="decision-label-resolved-with-a-note-on-the-vote-in-parentheses",
    ),
    pytest.param(
        "Report of the 9th plenary meeting\n\nThe Fenwick Shelter Alliance presented its report.\n\n"
        "Resolution 5 (Lisbon 2025) - Test methods\nTC 88, having reviewed the ballot, resolves:\n"
        "a) to register the draft as a DIS;\nb) to ask WG 2 for a timetable.",
        (step(None, "floor", "decision-label"), points(None, 2), points("Fenwick Shelter Alliance", 0)),
        id="decision-label-a-numbered-resolution-heading-with-its-short-title",
    ),
    pytest.param(
        "Present: Ida Kerr, Tom Vale\n\nIda Kerr moved the levy resolution; Tom Vale seconded. RESOLVED, "
        "that the Council asks the Clerk to:\n1. publish the levy notice;\n2. write to every ratepayer.\n"
        "The motion carried.",
        (step(None, "speaker", "decision-label"), points(None, 2), points("Tom Vale", 0)),
        id="decision-label-a-resolution-in-capitals-after-the-seconder-on-one-line",
    ),
    pytest.param(
        "Members present\nProfessor Helen Acker (Chair)\nMs Abena Osei\n\n5.2 UREC/25/042\nMs Osei commented "
        "that students might feel obliged.\nDecision: Provisional opinion. The applicant is asked to (a) "
        "explain the consent; and (b) remove the question on medication.",
        (points(None, 2), points("Abena Osei", 0)),
        id="decision-label-a-decision-line-in-sentence-case",
    ),
    pytest.param(
        "Ms Ruth Okafor reported on the fleet.\n\n6. In the general debate, members of the Council:\n"
        "a) thanked the harbour master;\nb) expressed concern over the dredging costs.",
        (step(None, "floor", "decision-label"), points(None, 2), points("Ruth Okafor", 0)),
        id="decision-label-members-of-the-body-after-the-debate",
    ),
    pytest.param(
        "Proposer: Ann Reid\nSeconder: Tom Hale\n\nUnion Notes:\n1. Products are free in the Union "
        "building.\n"
        "2. They are not free in the library.\n\nUnion Resolves:\n1. To ask the University to fund them.\n"
        "2. To run a pilot.",
        (points(None, 4), not_speaker("Union")),
        id="decision-label-the-clauses-of-a-motion",
    ),
    pytest.param(
        "Ms Ruth Okafor reported on the fleet.\n\n5. Delegates:\na) adopted the harbour plan;\n"
        "b) noted the audit;\nc) requested a study of tolls.",
        (step(None, "floor", "decision-label"), points(None, 3), points("Ruth Okafor", 0)),
        id="decision-label-members-alone-verb-items-under",
    ),
    pytest.param(
        "Ms Ruth Okafor reported on the fleet.\n\nDelegates:\na) Tomas Berg\nb) Anna Lind",
        (no_step(None, "floor", "decision-label"),),
        id="decision-label-members-alone-names-under",
    ),
    pytest.param(
        "Mr Kinnear said the committee remained concerned.\n\nThe Board:\n"
        "  1. APPROVED the Joint Forward Plan;\n  2. APPROVED the procurement of the service.",
        (points(None, 2), points("Kinnear", 0)),
        id="decision-label-the-body-alone-on-its-line",
    ),
    pytest.param(
        "Chief Ray Bear welcomed everyone.\n\nBE IT RESOLVED THAT Chief and Council:\n"
        "  1. approve the funding agreement;\n  2. authorize the Chief to sign it.",
        (step(None, "speaker", "decision-label"), points(None, 2), points("Ray Bear", 0)),
        id="decision-label-be-it-resolved-that",
    ),
    pytest.param(
        "Mr. Dietrich presented the budget.\n\n"
        "RESOLVED, that the 2026 operating budget be, and it hereby is, approved.",
        (step(None, "speaker", "decision-label"),),
        id="decision-label-resolved-comma-that",
    ),
    pytest.param(
        "RESOLVED: That the Council:\n1. notes the report;\n2. approves the budget.",
        (step(None, "speaker", "decision-label"), points(None, 2)),
        id="decision-label-resolved",
    ),
    pytest.param(
        "That Council:\n1. notes the report;\n2. approves the budget.",
        (step(None, "floor", "decision-label"), points(None, 2)),
        id="decision-label-that-council",
    ),
    pytest.param(
        "Cllr Amy Reed said the roads are poor.\n\nAction points:\n1. Repair roads.\n2. Survey parks.",
        (step(None, "floor", "decision-label"), points(None, 2), points("Amy Reed", 0)),
        id="decision-label-action-points",
    ),
    pytest.param(
        "That the Council was informed of two matters: first, roads; second, parks.",
        (no_step(None, "speaker", "decision-label"),),
        id="decision-label-that-council-was-not-a-motion",
    ),
    pytest.param(
        "Cllr Amy Reed said the budget is sound.\nIT WAS RESOLVED THAT:\n"
        "1. The report be noted.\n2. The budget be approved.",
        (points(None, 2), points("Amy Reed", 0)),
        id="decision-label-upper-case-it-was-resolved",
    ),
    pytest.param(
        "Cllr Ada Voss said the roads are poor.\nAfter debate, the Town Council, by 9 votes to 2:\n"
        "1. approves the road plan;\n2. sets the parking fee at two euros.",
        (step(None, "floor", "decision-label"), points(None, 2), points("Ada Voss", 0)),
        id="decision-label-the-body-before-a-colon-and-verbs-in-its-items",
    ),
    pytest.param(
        "Cllr Ada Voss said the roads are poor.\nAfter debate, the Town Council, by 9 votes to 2:\n"
        "1. Road plan\n2. Parking fees",
        (no_step(None, "floor", "decision-label"),),
        id="decision-label-the-body-before-a-colon-needs-a-verb-item",
    ),
    pytest.param(
        "Mia Lund reported on the year.\nThe Board: 1) thanked the staff; 2) welcomed the new clerk.",
        (step(None, "floor", "decision-label"), points(None, 2), points("Mia Lund", 0)),
        id="decision-label-the-body-with-its-items-inline",
    ),
    pytest.param(
        "Ivo Marek presented the plan.\nThat the Parks and Reserves Committee:\n1. Notes the plan.\n"
        "2. Approves the spending.",
        (step(None, "floor", "decision-label"), points(None, 2), points("Ivo Marek", 0)),
        id="decision-label-that-a-committee-with-and-in-its-name",
    ),
    pytest.param(
        "Ivo Marek presented the plan.\nRESOLVED\nThat it be recommended to the Board:\n"
        "1. That the plan be adopted; and\n2. That staff report in May.",
        (step(None, "speaker", "decision-label"), points(None, 2), points("Ivo Marek", 0)),
        id="decision-label-resolved-alone-on-its-line-heads-the-decisions",
    ),
]

SPEAKERS_ROLL = [
    pytest.param(
        "Chairperson: Ambassador L. Varga\n\nAgenda item 2:    REVIEW OF FISHERIES\n\n"
        "     Chairperson, Estonia (PC.DEL/12/24), Malta, Peru (PC.DEL/15/24 Rev.1)",
        (
            step("Estonia", "speaker", "speakers-roll"),
            attendee("Malta"),
            step("L. Varga", "speaker", "speakers-roll"),
        ),
        id="speakers-roll-states-with-document-symbols",
    ),
    pytest.param(
        "Ms Ida Holm said the agenda was long.\n\nAgenda item 3:    CURRENT ISSUES\n\n"
        "     (a)   Coastal erosion in the Baltic: Latvia (PC.DEL/20/24), Estonia\n\n"
        "     (b)   Press freedom, 3 May 2024: Malta (PC.DEL/21/24), Peru",
        (
            step("Latvia", "speaker", "speakers-roll"),
            points("Latvia", 0),
            points("Ida Holm", 0),
            not_speaker(None),
        ),
        id="speakers-roll-agenda-sub-items-are-no-points",
    ),
    pytest.param(
        "Ms Ida Holm said the port was busy.\n\nEstonia, Malta, Peru\n\nAgenda item 2:    PORTS\n\n"
        "     Latvia (PC.DEL/20/24), Estonia",
        (step("Latvia", "speaker", "speakers-roll"), no_step("Malta", "speaker", "speakers-roll")),
        id="speakers-roll-names-alone-before-the-first-symbol-are-none",
    ),
    pytest.param(
        "Ms Ida Holm said the budget was tight.\n\nSpeakers: Ida Holm, Tomas Berg, Lena Ruud (DG MARE)\n\n"
        "7. Any other business\nNone.",
        (
            step("Tomas Berg", "speaker", "speakers-roll"),
            step("Lena Ruud", "speaker", "speakers-roll"),
            attendee("Tomas Berg"),
            not_attendee("None."),
        ),
        id="speakers-roll-a-line-labelled-speakers-no-document-symbol",
    ),
    pytest.param(
        "Ms Ida Holm chaired the meeting.\n\nSpeakers: Tomas Berg, Estonia, Pieter de Wit (DG MARE)",
        (person("Tomas Berg"), person("Pieter de Wit"), attendee("Estonia")),
        id="speakers-roll-a-labelled-line-names-people-by-full-name",
    ),
]

STATEMENT_HEADING = [
    pytest.param(
        "PRESS STATEMENT BY THE MINISTER OF INFORMATION, HON. CHANDA MWEEMBA, MP\n\n1. Cabinet met under the "
        "chairmanship of His Excellency the President, Mr. Kalaba Hamwe.\n\n2. Cabinet approved the Bill. "
        "The Minister of Energy, Hon. Peter Mwanz, MP, informed Cabinet that it would be tabled. Firstly, "
        "prices hold. Secondly, hiring goes on.",
        (
            step("Peter Mwanz", "speaker", "speech-verb"),
            points("CHANDA MWEEMBA", 2),
            points("Peter Mwanz", 0),
        ),
        id="statement-heading-a-press-statement-reports-other-speakers-aside",
    ),
    pytest.param(
        "MINISTRY OF INFORMATION\n\nPRESS STATEMENT BY THE MINISTER OF INFORMATION AND CHIEF GOVERNMENT "
        "SPOKESPERSON, HON. CHANDA MWEEMBA, MP, ON THE OUTCOME OF THE CABINET MEETING\n\n1. I wish to inform "
        "the nation that Cabinet met today.\n\n2. Cabinet approved the Bill. The Bill seeks to:\n(a) open "
        "the grid;\n(b) set wheeling charges.",
        (
            step("CHANDA MWEEMBA", "speaker", "statement-heading"),
            points("CHANDA MWEEMBA", 2),
            not_speaker(None),
        ),
        id="statement-heading-a-press-statement-by-a-titled-minister",
    ),
    pytest.param(
        "Ms Ida Holm said the item was urgent.\n\nSTATEMENT BY THE DELEGATION OF NEW ZEALAND\n\n"
        "We thank the Chair. First, the quota must fall. Second, the patrols must grow.",
        (
            step("New Zealand", "speaker", "statement-heading"),
            points("New Zealand", 2),
            points("Ida Holm", 0),
        ),
        id="statement-heading-the-delegation-of-a-state",
    ),
    pytest.param(
        "Statement by Prof. Nandini Rao\n\nFirst, we must fund research. Second, we must train staff.",
        (step("Nandini Rao", "speaker", "statement-heading"), points("Nandini Rao", 2)),
        id="statement-heading-names-the-speaker",
    ),
    pytest.param(
        "Statement by the Chair\n\nFirst, we must fund research. Second, we must train staff.",
        (no_step("Chair", "speaker", "statement-heading"),),
        id="statement-heading-no-name-no-turn",
    ),
    pytest.param(
        "STATEMENT BY THE MINISTER OF INFORMATION, HON. ADA OKORO, ON THE FIFTH MEETING OF CABINET\n\n"
        "1. Cabinet held its Fifth Meeting today.\n\n2. REPORT ON ROADS\nCabinet resolved as follows:\n"
        "(a) that the bridge be rebuilt; and\n(b) that tolls be cut.",
        (points("ADA OKORO", 2), not_speaker(None)),
        id="statement-heading-a-whole-release-statement-holds-the-body-s-decisions",
    ),
]

# ======================================================================================
# inline-attendance, heading, body-list-item
# ======================================================================================

ATTENDANCE_INLINE = [
    pytest.param(
        "The meeting opened at 9am. Cllr Amy Reed spoke. Also "
        "present: County Manager Steven Price, Clerk Jane Lowe.",
        (
            step("Steven Price", "attendee", "attendance-inline"),
            step("Jane Lowe", "attendee", "attendance-inline"),
            attendee("Steven Price", "County Manager"),
        ),
        id="attendance-inline-also-present",
    ),
    pytest.param(
        "The meeting opened at 9am. Absent: Cllr Sara Lee.",
        (no_step("Sara Lee", "attendee"),),
        id="attendance-inline-absent-not-attendee",
    ),
    pytest.param(
        "Roll call: Present: President Ana Ruiz; Treasurer Bo Lind. Also present: Mara Pena, LCAM, property "
        "manager.\n\nThe manager said the bids were due in May.",
        (
            attendee("Mara Pena", "property manager"),
            not_attendee("LCAM"),
            step("Mara Pena", "speaker", "speech-verb", "title-only"),
        ),
        id="attendance-inline-a-credential-and-an-office-in-lower-case",
    ),
    pytest.param(
        "The Mayor spoke on safety. She instructed the staff as follows: first, Wardens Hall shall "
        "close at noon; second, Guards shall lock the gates.",
        (not_attendee("Wardens Hall"), not_attendee("Guards")),
        id="attendance-inline-an-instruction-to-staff-is-no-list",
    ),
]

HEADLINE = [
    pytest.param(
        "Press Conference by Chief Cabinet Secretary KATO Hiroshi\n\n"
        "Mr. KATO said that, first, prices rise. Second, wages lag.",
        (step("KATO Hiroshi", "reference", "name-parts"), points("KATO Hiroshi", 2)),
        id="headline-registers-capitalised-surname",
    ),
    pytest.param(
        "Press Conference by Chief Cabinet Secretary KATO Hiroshi\n\nThe meeting opened at 9am.",
        (not_speaker("KATO Hiroshi"), not_attendee("KATO Hiroshi")),
        id="headline-names-nobody-speaks",
    ),
    pytest.param(
        "Press Conference by Chief Cabinet Secretary KATO Hiroshi\n\n"
        "The Chief Cabinet Secretary said that, first, prices rise. Second, wages lag.",
        (points("KATO Hiroshi", 2),),
        marks=gap(
            "the headline registers KATO Hiroshi without his "
            "title, so 'the Chief Cabinet Secretary' is anonymous"
        ),
        id="headline-title-refers-to-headline-person",
    ),
]

HEADING = [
    pytest.param(
        "RIVERBEND PRIMARY SCHOOL\n\nMINUTES OF THE SPECIAL PTA MEETING HELD ON MONDAY 4 MAY\n\n"
        "Present: Mr Ole Berg (Chair), Ms Ana Ruiz\n\nThe PTA agreed to hold a fair in June.",
        (no_step("PTA MEETING HELD", "speaker"), not_speaker("PTA MEETING HELD")),
        id="heading-a-meeting-phrase-in-capitals-is-no-name",
    ),
    pytest.param(
        "Mayor Ruth Alvey opened the meeting.\n\n4.2 Alder Bay Heritage Society\nThe Society presented "
        "its annual report.",
        (step("Alder Bay Heritage Society", "speaker", "speech-verb"), not_speaker("Society")),
        id="heading-names-an-organisation-for-the-society-below",
    ),
    pytest.param(
        "# COTEX WG minutes\n\n## 2. draft-ietf-cotex-encoding-04 (Rohan Mehta, 25 min)\n\n"
        "Rohan summarised the open issues: first, timestamps; second, the registry.",
        (points("Rohan Mehta", 2), no_step("Rohan Mehta", "attendee", "heading")),
        id="heading-names-a-person-for-later-short-references",
    ),
    pytest.param(
        "Present:\n* Filipe Regadas\n* Bill Venners\n\nFilipe: the release is late.\n\n"
        "## Community feedback\n\n"
        "Bill, bobbing up and down on a treadmill, raised two topics.\n\nFirst, the release date. "
        "Second, the guides.",
        (points("Bill Venners", 2), points("Filipe Regadas", 0)),
        id="heading-markdown-heading-ends-a-turn",
    ),
    pytest.param(
        "The meeting opened at 9am.\n\nMayor Ortiz Said Roads Matter\n\nThe Clerk read the minutes.",
        (not_speaker("Ortiz"), no_step("Ortiz", "speaker")),
        id="heading-title-case-line-no-speech",
    ),
    pytest.param(
        "The meeting opened at 9am.\n\nMayor Ortiz said roads matter\n\nThe Clerk read the minutes.",
        (step("Ortiz", "speaker", "speech-verb"),),
        id="heading-sentence-case-line-is-speech",
    ),
    pytest.param(
        "Board members present: Joan Whitby, Chair; Omar Fell\n\nb. Dana Whitby \u2013 Renewal of a lapsed "
        "instructor licence after five years\nMr. Whitby appeared. He stated that he had moved here.",
        (step("Dana Whitby", "speaker", "speech-verb"), not_speaker("Joan Whitby")),
        id="heading-item-head-names-an-applicant",
    ),
]

BODY_LIST_ITEM = [
    pytest.param(
        "Present: Cllr Ann Hale, Mr Ravi Bose\n\nMembers raised the following points:\n"
        "- Cllr Hale asked whether the posts were new.\n- Mr Bose questioned the use of reserves.",
        (step("Ann Hale", "speaker", "speech-verb"), step("Ravi Bose", "speaker", "speech-verb")),
        id="body-list-item-a-bullet-that-names-its-speaker-is-theirs",
    ),
    pytest.param(
        "5.  The meeting decided that:\n a. fees rise;\n b. hours extend.\n\n"
        "6.  Ms Noraini Mat said that, first, roads. Second, parks.",
        (points(None, 2), points("Noraini Mat", 2)),
        id="body-list-item-list-ends-at-the-next-paragraph-number",
    ),
    pytest.param(
        "Cllr Amy Reed said the budget is sound.\n\nIt was RESOLVED that:\n"
        "(a) the Clerk reports items 1 and 3;\n(b) Cllr Tom Hale said to approve the budget.",
        (points(None, 2), not_speaker("Tom Hale"), points("Amy Reed", 0)),
        id="body-list-item-verbs-in-items-are-the-meetings",
    ),
    pytest.param(
        "It was RESOLVED that:\n(a) the report be noted;\n(b) the budget be approved.\n"
        "Cllr Tom Hale said that, first, roads. Second, parks.",
        (points(None, 2), points("Tom Hale", 2)),
        id="body-list-item-list-ends-at-unmarked-line",
    ),
]

# ======================================================================================
# carry-over, mentions, relayed
# ======================================================================================

CARRY_OVER = [
    pytest.param(
        "Vice Mayor Wu Qing made a speech. The parks are the main position. "
        "First, we must build parks. Second, we must save land.",
        (points("Wu Qing", 2),),
        id="carry-over-floor-carries-past-plain-sentence",
    ),
    pytest.param(
        "Vice Mayor Wu Qing made a speech. Director Lu Ming then spoke. "
        "First, we must build parks. Second, we must save land.",
        (points("Lu Ming", 2), points("Wu Qing", 0)),
        id="carry-over-new-speaker-takes-floor",
    ),
    pytest.param(
        "Present: Governor Lena Moss (Chair); Sara Quill; Piet Haan.\n\n"
        "The Governor proposed a cut of 0.25 points. Sara Quill voted in favour. "
        "Piet Haan voted against the proposal. He gave two reasons. Firstly, demand was weak. "
        "Secondly, credit had slowed.",
        (
            step("Piet Haan", "speaker", "speech-verb", "pronoun"),
            points("Piet Haan", 2),
            points("Lena Moss", 0),
        ),
        id="carry-over-a-full-name-opening-a-plain-sentence-is-the-pronouns",
    ),
]

MENTIONS = [
    pytest.param(
        "Li Zhenyuan, the vice governor, attended and spoke. Vice Governor Li Lanfang presided.\n\n"
        "Li Zhenyuan reviewed the year. He said that output rose.\n\n"
        "In her concluding remarks, Li asked the cities to act quickly.",
        (step("Li Lanfang", "reference", "name-parts"), step("Li Lanfang", "speaker", "speech-verb")),
        id="mentions-a-possessive-before-a-shared-surname-tells-the-namesake",
    ),
    pytest.param(
        "Li Zhenyuan, the vice governor, attended and spoke. Vice Governor Li Lanfang presided.\n\n"
        "Li Zhenyuan reviewed the year. He said that output rose.\n\n"
        "In his closing words, Li asked the cities to act quickly.",
        (step("Li Zhenyuan", "reference", "name-parts"), no_step("Li Lanfang", "speaker")),
        id="mentions-a-possessive-of-the-namesake-who-spoke-keeps-him",
    ),
    pytest.param(
        "On 3 May, the Minister of Finance, Arno Pilt, attended the forum. On May 4, the Mayor, Ivo Rand, "
        "attended too.",
        (attendee("Arno Pilt", "Minister of Finance"), attendee("Ivo Rand", "Mayor"), not_attendee("May")),
        id="mentions-a-month-after-a-day-is-a-date-not-a-name",
    ),
    pytest.param(
        "Mayor Ruth Alvey opened the hearing. A resident of East 22nd Street spoke against the permit.",
        (not_speaker("Street"),),
        id="mentions-a-numbered-street-with-a-compass-word",
    ),
    pytest.param(
        "Present: Chair Omar Whitby; Commissioner Ann Fell\n\nB. 12 Mill Lane. Applicant: Dana Whitby. "
        "Request to replace the windows.\nMs. Whitby asked for a continuance.",
        (step("Dana Whitby", "speaker", "speech-verb"), not_speaker("Omar Whitby")),
        id="mentions-party-label-names-the-applicant",
    ),
    pytest.param(
        "In attendance:\nCapt. R. Lind \u2013 Harbour Master\nE. Boyd \u2013 Marine Officer\n\n"
        "3. Harbour Master's Report\n"
        "D. Mac asked about the pontoon. The Harbour Master said he would consider it.",
        (
            step("R. Lind", "speaker", "speech-verb"),
            not_speaker("Harbour Master"),
            step("R. Lind", "reference", "name-role"),
        ),
        id="mentions-a-role-as-written-is-its-holder",
    ),
    pytest.param(
        "Present: Carl Brandt (task 1), Carl Vogel (task 2)\n\nT1 (CB): Dr. Carl said that, first, roads. "
        "Second, parks.",
        (points("Carl Brandt", 2),),
        id="mentions-initials-name-the-one-person-a-shared-name-means-next",
    ),
    pytest.param(
        "Present: Tom Avery, Tom Lutz\n\nTom A. said that, first, roads. Second, parks.",
        (points("Tom Avery", 2), not_speaker("A."), not_speaker("Tom Lutz")),
        id="mentions-a-given-name-and-the-initial-of-a-known-surname",
    ),
    pytest.param(
        "Staff present: Ann Lind, Deputy Attorney General; Dan Oya, Engineer.\n\n"
        "Ms. Lind reviewed her Decision Memo. She said the Company filed its Application on March 2 and "
        "that Staff and the Company had reached agreement on most of the design. Staff recommended that "
        "the Commission: (1) approve the pilot; "
        "(2) require reports; and (3) direct the Company to exclude customers.",
        (points("Ann Lind", 3), not_speaker("Staff and the Company"), not_speaker("Staff")),
        id="mentions-two-nouns-joined-by-and-the-are-no-organisation",
    ),
    pytest.param(
        "PRESS STATEMENT BY THE MINISTER OF INFORMATION, HON. CHANDA MWEEMBA, MP\n\n7. Cabinet was briefed "
        "by the Disaster Management and Mitigation Unit on the drought. The Unit reported that 1.2 million "
        "people will need relief food.",
        (step("Disaster Management and Mitigation Unit", "speaker", "speech-verb"), not_speaker("Unit")),
        id="mentions-an-organisation-by-its-last-word-after-the",
    ),
    pytest.param(
        "Present: Mark Hollis (Vice President), Rachel Hollis (Secretary)\n\n"
        "The plan was drawn up by Mark Hollis. Mr. Hollis presented the plan.",
        (step("Mark Hollis", "speaker", "speech-verb"), no_step("Rachel Hollis", "resolved")),
        id="mentions-a-shared-surname-is-the-one-named-last",
    ),
    pytest.param(
        "Senators Present: Abernathy, J. Haddad, K. Haddad\n\nSenator Karim Haddad, chair of the Academic "
        "Policies Committee, presented the committee's revision. The committee recommends that:\n"
        "1. instructors state their rules;\n2. absences be excused.\n\nSenator Jamila Haddad asked about "
        "labs.",
        (
            attendee("Karim Haddad"),
            attendee("Jamila Haddad"),
            not_attendee("K. Haddad"),
            points("Karim Haddad", 2),
            step("Jamila Haddad", "speaker", "speech-verb"),
        ),
        id="mentions-a-roll-initial-spelt-out-later-and-the-committee-its-chair-reports",
    ),
    pytest.param(
        "Accordingly, the Cabinet of Ministers approved the resolution furnished by Hon. Nimali Dias, "
        "Minister of Industry, to publish the Bill.",
        (not_speaker("Accordingly"), step("Nimali Dias", "speaker", "speech-by")),
        id="mentions-a-sentence-adverb-before-a-comma-is-no-name",
    ),
    pytest.param(
        "Ms. Ilse Marrow said trade grew. Later, the Ruritanian minister was "
        "received by His Majesty's Special Adviser, who conveyed the greetings of the King.",
        (not_speaker("Later"), step("Ilse Marrow", "speaker", "speech-verb")),
        id="mentions-a-time-adverb-before-a-comma-is-no-name",
    ),
    pytest.param(
        "Vice Mayor Wu Qing attended. Mr. Wu stressed that, first, we act. Second, we plan.",
        (step("Wu Qing", "reference", "name-parts"), points("Wu Qing", 2)),
        id="mentions-short-name-resolved",
    ),
    pytest.param(
        "Present: Daniel Butler, Amy Reed.\n\nCllr Butler said that, first, roads. Second, parks.",
        (step("Daniel Butler", "reference", "name-parts"), points("Daniel Butler", 2), not_speaker("Butler")),
        id="mentions-honorific-surname-after-present-list",
    ),
    pytest.param(
        "Martin and Ellen Kowalczyk were present. Martin Kowalczyk said that, first, roads. Second, parks.",
        (points("Martin Kowalczyk", 2), not_speaker("Martin")),
        id="mentions-given-names-share-a-surname",
    ),
    pytest.param(
        "Present: Neil Baptiste.\n\nBaptiste and Ellen Reid said that, first, roads. Second, parks.",
        (not_speaker("Baptiste Reid"),),
        id="mentions-a-known-surname-shares-nothing",
    ),
    pytest.param(
        "Sita Kumari Bhattarai, the minister, said that, first, roads. Second, parks.",
        (points("Sita Kumari Bhattarai", 2),),
        id="mentions-kumari-as-a-middle-name",
    ),
    pytest.param(
        "Roll call: Daniel Butler, Amy Reed.\n\nCllr Butler said that, first, roads. Second, parks.",
        (points("Daniel Butler", 2), not_speaker("Butler")),
        marks=gap(
            "'Roll call:' is no list header, so Daniel Butler is "
            "never registered and 'Cllr Butler' stays 'Butler'"
        ),
        id="mentions-cllr-surname-after-roll-call",
    ),
    pytest.param(
        "Present: Brigadier Tomas Okafor, Chief of Staff; Ms. Ida Lund.\n\n"
        "Colonel Anne Meyer, Director of the Border Agency, reported that crossings had fallen.",
        (
            attendee("Tomas Okafor"),
            step("Anne Meyer", "speaker", "speech-verb"),
            not_speaker("Colonel Anne Meyer"),
        ),
        id="mentions-military-ranks-in-full-are-not-part-of-the-name",
    ),
    pytest.param(
        "Members in attendance were: Prime Minister of Tarn, the Most Honourable Carl Bode; and Premier "
        "of Velo, Honourable Ida Lund.",
        (attendee("Carl Bode"), attendee("Ida Lund")),
        id="mentions-the-most-honourable-is-a-style-not-a-name",
    ),
    pytest.param(
        "Club notes\n\nOur new treasurer is Hazel Pryde. Hazel said the accounts were in order.",
        (step("Hazel Pryde", "speaker", "speech-verb"), not_speaker("Hazel")),
        id="mentions-an-office-is-a-name-registers-its-holder",
    ),
]

RELAYED = [
    pytest.param(
        "The meeting conveyed the speech delivered by President Xi Jinping. "
        "President Xi stressed that, first, we act. Second, we plan.",
        (points("Xi Jinping", 2), not_attendee("Xi Jinping")),
        id="relayed-speech-delivered-by-not-present",
    ),
    pytest.param(
        "President Xi Jinping delivered a speech. President "
        "Xi stressed that, first, we act. Second, we plan.",
        (points("Xi Jinping", 2), attendee("Xi Jinping")),
        id="relayed-own-speech-is-present",
    ),
    pytest.param(
        "The Cabinet met on Friday in the capital, reads a statement from the Farm Ministry.",
        (not_speaker("Farm Ministry"), not_attendee("Farm Ministry")),
        id="relayed-a-news-item-s-source-statement-is-not-the-meeting",
    ),
]

# ======================================================================================
# turn, vocative
# ======================================================================================

DASH_LABEL = [
    pytest.param(
        "Present: B. Orme, Mrs C. Lindqvist\n\nMembers commented:\nB. Orme  - asked whether the gates were "
        "repaired.\nMrs Lindqvist  - replied that the work would finish in May.",
        (step("B. Orme", "speaker", "dash-label"), step("C. Lindqvist", "speaker", "dash-label")),
        id="dash-label-a-member-a-dash-and-a-speech-verb",
    ),
    pytest.param(
        "Present: B. Orme, Mrs C. Lindqvist\n\nB. Orme - absent for item 4.",
        (no_step("B. Orme", "speaker"),),
        id="dash-label-no-speech-verb-after-the-dash",
    ),
]

NAME_LABEL = [
    pytest.param(
        "HARBOUR CAPITAL PLAN: Councillor Ivo Maren, who leads the works group, presented the draft. He "
        "said the group proposed firstly to dredge the basin, and secondly to rebuild the quay.",
        (not_speaker("HARBOUR CAPITAL PLAN"), points("Ivo Maren", 2)),
        id="name-label-a-plan-heading-is-no-speaker",
    ),
    pytest.param(
        "Spokesperson Mira Olsen: Port Vell has respected the treaty. First, the talks go on. Second, the "
        "border stays open.",
        (step("Mira Olsen", "speaker", "name-label"), points("Mira Olsen", 2)),
        id="name-label-a-titled-speaker-before-a-place-and-verb",
    ),
    pytest.param(
        "Office of the County Executive (Dana Whitfield): The hearing on the budget is set for March.",
        (step("Dana Whitfield", "speaker", "name-label"),),
        id="name-label-an-office-and-its-speaker-in-parentheses",
    ),
    pytest.param(
        "Question (Evening Courier): Will the bridge reopen before the winter?",
        (not_speaker("Evening Courier"),),
        id="name-label-an-outlet-in-parentheses-is-no-speaker",
    ),
    pytest.param(
        "Dr. Ann Reid presented the report.\nEmergency Medicine: Dr. Brian Kowal noted that boarding times "
        "had improved.",
        (not_speaker("Emergency Medicine"), step("Brian Kowal", "speaker", "speech-verb")),
        id="name-label-a-department-heading-before-its-speaker",
    ),
    pytest.param(
        "TOWN OF WESTBROOK FALLS\n\nPETITION ZBA-26-03: Martin and Ellen Kowalczyk, 14 Second Street.\n"
        "Mr. Kowalczyk said the family had no place to park.",
        (no_step("PETITION ZBA-26-03", "speaker"), not_speaker("PETITION ZBA-26-03")),
        id="name-label-a-file-number-is-no-name",
    ),
    pytest.param(
        "# COTEX WG minutes\nChairs: Marguerite Delacroix, Tomasz Wielgosz\n\n"
        "Marguerite (chair): The plan is to close both issues. First, on the list. Second, at the interim.",
        (step("Marguerite Delacroix", "speaker", "name-label"), points("Marguerite Delacroix", 2)),
        id="name-label-a-note-in-parentheses-before-the-colon",
    ),
    pytest.param(
        "Mayor Ortiz: Thank you. First, the roads. Second, the parks.",
        (step("Ortiz", "speaker", "name-label"), points("Ortiz", 2)),
        id="name-label-transcript-turn",
    ),
    pytest.param(
        "PUBLIC COMMENT: None was received.",
        (no_step("PUBLIC COMMENT", "speaker"), not_speaker("PUBLIC COMMENT")),
        id="name-label-section-label-no-turn",
    ),
]

INITIALS_LABEL = [
    pytest.param(
        "Present: Lena Berg, Olof Strand\n\nT3 (OS): the field tests were completed in May.",
        (step("Olof Strand", "speaker", "initials-label"),),
        id="initials-label-a-code-and-the-initials-of-who-reports-on-it",
    ),
    pytest.param(
        "Present: Lena Berg, Olof Strand\n\nT3 (XY): the field tests were completed in May.",
        (no_step("Olof Strand", "speaker"), no_step("Lena Berg", "speaker")),
        id="initials-label-not-initials-of-no-one-listed",
    ),
]

TRANSCRIPT_LEAD = [
    pytest.param(
        "PRIME MINISTER'S WEEKLY BRIEFING\n\nThe Prime Minister, Hon. Lena Ropati, spoke to the press today. "
        "The following is the transcript of the Prime Minister's statement.\n\nCABINET DECISIONS\n"
        "Cabinet has approved the following appointments:\n1. Mr. Ioane Faleolo;\n2. Ms. Mele Tuilagi.",
        (
            step("Lena Ropati", "speaker", "transcript-lead"),
            points("Lena Ropati", 2),
            not_speaker(None),
        ),
        id="transcript-lead-the-decisions-she-reports-are-hers",
    ),
    pytest.param(
        "Minutes of the Finance Committee.\n\nThe following is the agenda of the meeting.\n\n"
        "The Committee approved the budget.",
        (no_step(None, "speaker", "transcript-lead"), step(None, "speaker", "body-decision")),
        id="transcript-lead-not-an-agenda",
    ),
]

ADDRESS_RESUMES = [
    pytest.param(
        "PRIME MINISTER'S WEEKLY BRIEFING\n\nThe Prime Minister, Hon. Lena Ropati, spoke to the press "
        "today with the Minister of Finance, Hon. Sione Latu. The following is the transcript of the Prime "
        "Minister's statement.\n\nHon. Latu explained that the new money will be used for: (a) roads; "
        "and (b) schools."
        "\n\nI want to speak to the parents. Firstly, school fees are waived. Secondly, uniforms are free.",
        (
            points("Sione Latu", 2),
            step("Lena Ropati", "floor", "address-resumes"),
            points("Lena Ropati", 2),
        ),
        id="address-resumes-a-paragraph-in-the-first-person",
    ),
    pytest.param(
        "Minutes of the Board.\n\nMs. Ana Silva, Chair, opened the meeting. Mr. Tom Reed presented the plan."
        "\n\nI note that the auditors have asked for more time.",
        (no_step("Ana Silva", "floor", "address-resumes"),),
        id="address-resumes-not-without-a-transcribed-address",
    ),
]

NICK_LABEL = [
    pytest.param(
        "Present\nAdaeze Okafor, Ines Kowalski, Tomasz Wielgosz\n\nMeeting minutes\n\n"
        "<ines> two concerns: firstly the note is untestable; secondly we have no tests\n\n"
        "adaeze: thanks. Next call in May.\n<tomasz> +1",
        (
            step("Ines Kowalski", "speaker", "nick-label"),
            points("Ines Kowalski", 2),
            step("Adaeze Okafor", "speaker", "nick-label"),
            no_step("Tomasz Wielgosz", "speaker"),
        ),
        id="nick-label-irc-nicknames-and-a-vote",
    ),
    pytest.param(
        "Present: Ann Reid, Bob Hale\n\nBob Hale said the room was cold.\n\n"
        "ann: First, the roads. Second, the parks.\n\nnote: the room was cold.",
        (step("Ann Reid", "speaker", "nick-label"), points("Ann Reid", 2), not_speaker("note")),
        id="nick-label-a-scribed-nick-in-lower-case",
    ),
]

ROLE_LABEL = [
    pytest.param(
        "THE CHAIR: Good morning. First, the agenda. Second, the minutes.",
        (step("CHAIR", "speaker", "role-label"), points("CHAIR", 2)),
        id="role-label-the-chair",
    ),
    pytest.param(
        "Secretary: Jane Doe",
        (no_step("Secretary", "speaker", "role-label"),),
        id="role-label-officer-name-is-no-turn",
    ),
]

QA_LABEL = [
    pytest.param(
        "Foreign Ministry Spokesperson Lin Haowen's Regular Press Conference on March 5, 2025\n\n"
        "Q: What will the visit achieve?\n\nA: The visit aims to achieve two things. First, to plan "
        "the next stage. Second, to deepen cooperation.",
        (step("Lin Haowen", "speaker", "qa-label"), points("Lin Haowen", 2)),
        id="qa-label-the-answer-is-the-host-s",
    ),
    pytest.param(
        "Minutes of the Parks Committee\n\nQ: Will the pool open?\n\nA: Not this year.",
        (no_step("A", "speaker"), no_step(None, "speaker", "qa-label")),
        id="qa-label-no-host-no-answerer",
    ),
]

DASH_BYLINE = [
    pytest.param(
        'Members present: Ben Carr, Tom Webb.\n\nAmendment proposed, in line 4, to add "a quarterly table"'
        ".\u2014(Ben Carr.)",
        (step("Ben Carr", "speaker", "dash-byline"),),
        id="dash-byline-the-mover-of-an-amendment",
    ),
    pytest.param(
        "The Clerk read the amendment (Ben Carr.)",
        (no_step("Ben Carr", "speaker", "dash-byline"),),
        id="dash-byline-no-dash-no-mover",
    ),
]

DRAFT_AIMS = [
    pytest.param(
        "The Council then took up a draft proclamation. Presenting it, Commissioner Ruth Alemu said reform "
        "was overdue. The draft proclamation aims to: (1) open wholesale trade; (2) set up a one-stop "
        "service. The Council referred the draft to the House.",
        (step(None, "floor", "draft-aims"), points(None, 2), points("Ruth Alemu", 0)),
        id="draft-aims-a-draft-proclamation-after-its-presenter",
    ),
    pytest.param(
        "1. Cabinet approved the Roads (Amendment) Bill, 2025. The Bill seeks to: (a) merge two agencies; "
        "(b) raise the fuel levy.",
        (points(None, 2),),
        id="draft-aims-the-bill-seeks-to-after-a-decision",
    ),
    pytest.param(
        "Minister Ruth Alemu presented the bill. The Bill, she said, seeks to: (a) merge two agencies; "
        "(b) raise the fuel levy.",
        (no_step(None, "floor", "draft-aims"), points("Ruth Alemu", 2)),
        id="draft-aims-not-when-the-presenter-says-it",
    ),
    pytest.param(
        "STATEMENT BY THE MINISTER OF INFORMATION, HON. ADA OKORO\n\n"
        "1. Cabinet met today.\n\n2. ROADS BILL\n"
        "Cabinet approved the Roads Bill, which was presented by the Minister of Works, Hon. Ben Tull. "
        "The Bill seeks to:\ni. fund rural roads; and\nii. set up a roads board.",
        (step("Ben Tull", "speaker", "draft-aims"), points("Ben Tull", 2), not_speaker(None)),
        id="draft-aims-in-one-person-s-release-the-presenter-states-the-aims",
    ),
]


WE_MINUTE = [
    pytest.param(
        "Ruth Kent said the work should go on.\n\nWe agree:\n1. to install a heat pump;\n2. to apply for "
        "grants.",
        (step(None, "speaker", "we-minute"), points(None, 2), points("Ruth Kent", 0)),
        id="we-minute-we-agree-and-a-list",
    ),
    pytest.param(
        "Ms Ann Reed spoke. \u201cWe agree with the plan,\u201d she said.",
        (no_step(None, "speaker", "we-minute"),),
        id="we-minute-not-inside-a-quotation",
    ),
]

QUOTE_BYLINE = [
    pytest.param(
        "Ministers discussed the budget.\n\n\u201cOur farmers need clarity. We will bring positions "
        "closer by March.\u201d\nEleni Charalambous, Minister of Agriculture of Cyprus\n\nMarket situation",
        (step("Eleni Charalambous", "speaker", "quote-byline"),),
        id="quote-byline-a-name-under-a-quotation",
    ),
    pytest.param(
        "Ministers discussed the budget.\nEleni Charalambous, Minister of Agriculture of Cyprus\n\n"
        "Market situation",
        (no_step("Eleni Charalambous", "speaker"),),
        id="quote-byline-no-quotation-no-speech",
    ),
]

VOCATIVE = [
    pytest.param(
        "Mr. Lim, please go ahead.",
        (step("Lim", "attendee", "vocative"),),
        id="vocative-please-go-ahead",
    ),
    pytest.param(
        "Mr. Lim, the Chairman, thanked members.",
        (no_step("Lim", "attendee", "vocative"),),
        id="vocative-apposition-is-not-address",
    ),
]

# ======================================================================================
# presiding
# ======================================================================================

PRESIDED_BY = [
    pytest.param(
        "Report of the 3rd plenary meeting\n\n1 Opening\nThe 3rd plenary meeting of TC 12 was opened by "
        "the Chair, Dr. Ana Berg, at 09:00. Mr. Tom Hale welcomed the delegates.",
        (step("Ana Berg", "presider", "presided-by"), presider("Ana Berg")),
        id="presided-by-the-meeting-opened-by-its-chair",
    ),
    pytest.param(
        "Board minutes\n\nThe new wing was opened by Mayor Ann Roe in 2019. Mr. Tom Hale reported.",
        (presider(None),),
        id="presided-by-opened-by-with-no-meeting-word-is-no-chair",
    ),
    pytest.param(
        "Briefing by the Board President\n\nMs. Ada Brel said the Board would hold two events. First, "
        "a workshop on 4 May, to be chaired by the Deputy Mayor, Tom Ruhl. Second, a public hearing.",
        (presider(None), points("Ada Brel", 2)),
        id="presided-by-a-later-event-to-be-chaired-by-someone-presides-over-nothing",
    ),
    pytest.param(
        "The Rimskan delegation was headed by Deputy Minister of Trade Pavel Orlo, and the Valdorian "
        "delegation by State Secretary Mia Kastner-Holm.",
        (
            step("Pavel Orlo", "attendee", "presided-by"),
            step("Mia Kastner-Holm", "attendee", "presided-by"),
            presider(None),
        ),
        id="presided-by-heads-of-delegations-attend-and-do-not-preside",
    ),
    pytest.param(
        "Minutes of the Monetary Policy Committee\n\n"
        "1. The meeting was chaired by the Governor. The Committee "
        "discussed prices.\n\nThe following members were present:\nCatherine Ashdown, Governor\nRupert Lyle, "
        "Deputy Governor",
        (
            step("Catherine Ashdown", "presider", "presided-by", "title-named-later"),
            not_attendee("Catherine Ashdown"),
        ),
        id="presided-by-a-title-the-attendance-list-names-later",
    ),
    pytest.param(
        "The Annual Meeting was called to order at 7:05 p.m. by the Moderator, Ellen Sorby.",
        (presider("Ellen Sorby"),),
        id="presided-by-called-to-order-at-a-time-by",
    ),
    pytest.param(
        "PLEDGE OF ALLEGIANCE\nLed by Director Hwang.\n\nPresident Alvarado presided.",
        (no_step("Hwang", "presider"), presider("Alvarado")),
        id="presided-by-led-by-alone-is-the-pledge-not-the-meeting",
    ),
    pytest.param(
        "The meeting was led by Ana Costa, the Chair.",
        (step("Ana Costa", "presider", "presided-by"),),
        id="presided-by-the-meeting-was-led-by",
    ),
    pytest.param(
        "The meeting was presided over by Chen Mingbo, Deputy Secretary-General.",
        (step("Chen Mingbo", "presider", "presided-by"), presider("Chen Mingbo")),
        id="presided-by-presided-over-by",
    ),
    pytest.param(
        "The session was chaired by the Governor, Dr. Grace Mushi.",
        (step("Grace Mushi", "presider", "presided-by"),),
        id="presided-by-title-comma-name",
    ),
    pytest.param(
        "The Council formed a committee headed by Cllr Ann Boyd.",
        (presider(None), no_step("Ann Boyd", "presider")),
        id="presided-by-committee-headed-by-is-not-presiding",
    ),
    pytest.param(
        "The forum met in Paro under the chairmanship of Lyonpo Tashi Wangdi, Minister of Health "
        "of Bhutan. Lyonpo Wangdi said that two clinics would open.",
        (presider("Tashi Wangdi"), step("Tashi Wangdi", "speaker", "speech-verb")),
        id="presided-by-a-bhutanese-style-is-no-part-of-the-name",
    ),
    pytest.param(
        "The talks were chaired by Dr. Ana Lima. She thanked the first round of talks hosted by Norway.",
        (presider("Ana Lima"), no_step("Norway", "presider")),
        id="presided-by-a-host-named-after-the-chair-does-not-preside",
    ),
    pytest.param(
        "The Council of the Northern Ports held its 41st session on Monday, 3 March 2025, at the "
        "headquarters of the General Secretariat of the Ports in Sarnia, headed by Mr Omar Haddad, "
        "Minister of Transport.",
        (presider("Omar Haddad"),),
        id="presided-by-headed-by-after-the-session-held-far-before",
    ),
    pytest.param(
        "The session was opened by the President of the Council, His Excellency Ambassador Lars Ekdal "
        "Moreno (Sardia).",
        (presider("Lars Ekdal Moreno"),),
        id="presided-by-a-title-then-an-excellency-and-ambassador-before-the-name",
    ),
    pytest.param(
        "Hilltop Club Inc\nMeeting Chaired by Karen Ross\nAttendees: Karen Ross (President), Bo Lind\n\n"
        "1 Opening. The meeting opened.",
        (presider("Karen Ross"),),
        id="presided-by-a-chair-line-set-like-a-heading",
    ),
]

IN_THE_CHAIR = [
    pytest.param(
        "The Cabinet met with Prime Minister Anna Berg in the chair.",
        (step("Anna Berg", "presider", "in-the-chair"), presider("Anna Berg")),
        id="in-the-chair-with-x-in-the-chair",
    ),
    pytest.param(
        "The Cabinet met with Prime Minister Anna Berg in the chairman's office.",
        (no_step("Anna Berg", "presider"), presider(None)),
        id="in-the-chair-chairmans-office-is-not",
    ),
    pytest.param(
        "Club captain Rhona Lister was in the chair. Fourteen members were present.",
        (step("Rhona Lister", "presider", "in-the-chair"), presider("Rhona Lister")),
        id="in-the-chair-x-was-in-the-chair",
    ),
]

PRESIDES = [
    pytest.param(
        "The Speaker, the Hon. Ruth Adeyemi MP, took the Chair at 10 am. Prayers were read.",
        (presider("Ruth Adeyemi"), not_speaker("Speaker")),
        id="presides-title-then-the-honorific-name-and-letters",
    ),
    pytest.param(
        "The regular meeting of the Board of Trustees was called to order at 6:00 p.m. with President "
        "Alma Ruiz presiding.\n\nPresident Ruiz welcomed the guests.",
        (presider("Alma Ruiz"), step("Alma Ruiz", "presider", "presides")),
        id="presides-called-to-order-with-the-president-presiding",
    ),
    pytest.param(
        "Chairman Ray Dunn called the special annual meeting of the Pine Creek Township Water Board to "
        "order at 6 pm.",
        (presider("Ray Dunn"), step("Ray Dunn", "speaker", "presides")),
        id="presides-called-the-meeting-of-a-body-named-in-full-to-order",
    ),
    pytest.param(
        "Directors Present: Elaine Roth, Chair; Dr. Samuel Lind\n\nMs. Roth called the meeting to order.\n\n"
        "Dr. Samuel Lind, who chairs the Gala Committee, reported that the gala raised $412,000.",
        (presider("Elaine Roth"), no_step("Samuel Lind", "presider")),
        id="presides-not-who-chairs-another-committee",
    ),
    pytest.param(
        "Present: Ms Eleanor Fitzgerald (President, in the Chair), Mr Rajesh Menon (First Vice-President)"
        "\n\nThe President vacated the Chair. Mr R. Menon, First Vice-President, took the Chair.\n\n"
        "The Chair said the request would be placed on the agenda.",
        (presider("Eleanor Fitzgerald"), step("Rajesh Menon", "speaker", "speech-verb", "title-only")),
        id="presides-took-the-chair-from-the-presider-is-the-acting-chair",
    ),
    pytest.param(
        "The Moderator, the Rev Dr Alasdair Rae, constituted the meeting with prayer.\n\nThe Clerk read "
        "the minute.",
        (presider("Alasdair Rae"), step("Alasdair Rae", "speaker", "presides")),
        id="presides-the-moderator-constituted-the-meeting",
    ),
    pytest.param(
        "Members present: Patricia Coughlin, Neil Baptiste.\n\nChair Coughlin opened the hearing at 7:02 PM "
        "and read the legal notice as published.",
        (presider("Patricia Coughlin"), step("Patricia Coughlin", "speaker", "speech-verb")),
        id="presides-opened-the-hearing-and-read-the-notice",
    ),
    pytest.param(
        "Prime Minister Nasrin Chowdhury today asked the ministries to act. The premier gave the "
        "directives while presiding over the weekly cabinet meeting.",
        (presider("Nasrin Chowdhury"), not_speaker("premier")),
        id="presides-while-presiding-over-the-premier",
    ),
    pytest.param(
        "Mayor Denise Kowalczyk called the meeting to order at 6:02 p.m.",
        (presider("Denise Kowalczyk"), step("Denise Kowalczyk", "speaker", "presides")),
        id="presides-calling-to-order-is-speech-too",
    ),
    pytest.param(
        "PRESENT: Mayor Hemi Rawiri (Chairperson), Cr Liam Fahey\nIN ATTENDANCE: Nikau Paora (Kaiarahi)\n\n"
        "The Mayor declared the meeting open. Nikau Paora opened the meeting with a karakia.",
        (
            presider("Hemi Rawiri"),
            no_step("Nikau Paora", "presider"),
            step("Nikau Paora", "speaker", "speech-verb"),
        ),
        id="presides-opening-with-a-prayer-is-speech-not-the-chair",
    ),
    pytest.param(
        "Dr. Marcus Feldstein chaired the meeting. Capt. Janelle Whitby presented the report of the "
        "Lock Subcommittee, which she chairs.",
        (presider("Marcus Feldstein"), no_step("Janelle Whitby", "presider")),
        id="presides-not-in-a-relative-clause-on-another-body",
    ),
    pytest.param(
        "Mayor Joan Ortiz chaired the meeting.",
        (step("Joan Ortiz", "presider", "presides", "named-mention"),),
        id="presides-x-chaired",
    ),
    pytest.param(
        "Deputy Mayor Jo Kim and Deputy Mayor Al Roy co-chaired the meeting.",
        (step("Jo Kim", "attendee", "presides"), step("Al Roy", "attendee", "presides"), presider(None)),
        id="presides-co-chairs-no-single-presider",
    ),
    pytest.param(
        "The Security Council convened this morning.",
        (presider(None),),
        id="presides-body-convened-is-no-presider",
    ),
    pytest.param(
        "CABINET BRIEFING\n\nThe Prime Minister, Hon. Lena Ropati, announced the decisions of Cabinet today, "
        "following the meeting of Cabinet on Wednesday, which she chaired.",
        (step("Lena Ropati", "presider", "presides", "pronoun"), presider("Lena Ropati")),
        id="presides-a-relative-clause-on-the-meeting",
    ),
    pytest.param(
        "Board minutes.\n\nMs. Ana Cole reported on the work of the Lock Subcommittee, which she chairs.",
        (presider(None),),
        id="presides-not-a-relative-clause-on-another-body",
    ),
    pytest.param(
        "Cabinet.\n\nThe President, Mr. Alain Roche, opened the meeting by paying tribute to the crew.",
        (presider("Alain Roche"), step("Alain Roche", "speaker", "presides")),
        id="presides-opening-the-meeting-by-paying-tribute-is-speech-too",
    ),
    pytest.param(
        "On a motion by Ms. Ada Cole, Mr. Tom Reyes (lot 14) was elected chairperson of the meeting.",
        (step("Tom Reyes", "presider", "presides"), presider("Tom Reyes")),
        id="presides-elected-chair-of-the-meeting",
    ),
    pytest.param(
        "Ms. Ada Cole was elected chair of the audit committee. Ms. Cole thanked the members.",
        (presider(None),),
        id="presides-elected-chair-of-another-body-does-not-preside",
    ),
    pytest.param(
        "Mayor Ida Fell presided.\nPresent: Ida Fell, Ron Tate, Mia Tate\n\n"
        "Ms. Tate, who chairs the parks committee, reported on the trails.",
        (presider("Ida Fell"), no_step("Mia Tate", "presider")),
        id="presides-who-chairs-a-committee-in-lower-case",
    ),
    pytest.param(
        "Minister Ko Lwin held talks with Minister Ana Ruiz on trade.\n\n"
        "Minister Ko Lwin then hosted a dinner in honour of the visiting delegation.",
        (presider(None), attendee("Ko Lwin")),
        id="presides-hosting-a-meal-after-the-meeting-is-not-presiding",
    ),
    pytest.param(
        "Cabinet notes.\n\nThe Premier was abroad; the Deputy Premier, Hon. Ruth Anselm, served as "
        "Chairman of Cabinet. Hon. Ruth Anselm thanked the staff.",
        (step("Ruth Anselm", "presider", "presides"), presider("Ruth Anselm")),
        id="presides-served-as-chairman-of-the-body",
    ),
    pytest.param(
        "Board minutes.\n\nMr. Ivo Brandl acted as Chair in the absence of the President. Ms. Ona Kites "
        "reported on the accounts.",
        (step("Ivo Brandl", "presider", "presides"), presider("Ivo Brandl")),
        id="presides-acted-as-chair-in-the-absence-of-the-president",
    ),
    pytest.param(
        "Present: Ann Berg, chair; Jon Dahl.\n\nThe chair opened the meeting at 17.00.",
        (step("Ann Berg", "speaker", "presides"), presider("Ann Berg"), attendee("Jon Dahl")),
        id="presides-opening-the-meeting-is-speech-as-calling-it-to-order",
    ),
    pytest.param(
        "The Board met on Monday. Mr. Ivo Kask, First Deputy Director and Acting Chair, issued a "
        "statement. Ms. Ana Berg, Chair of the Audit Committee, agreed.",
        (presider("Ivo Kask"), step("Ivo Kask", "speaker", "speech-verb")),
        id="presides-acting-chair-in-a-title-in-apposition",
    ),
    pytest.param(
        "Ms Rena Mbeki chaired the meeting.\nCouncillor Lwazi Dube opened the meeting with prayer.",
        (presider("Rena Mbeki"), step("Lwazi Dube", "speaker", "speech-verb")),
        id="presides-opened-with-prayer-without-an-article-is-a-prayer",
    ),
    pytest.param(
        "The meeting was chaired by Ms Ines Vale. The Vice-Chair, Mr Otto Brandt, chaired items 7 and 8.",
        (presider("Ines Vale"), attendee("Otto Brandt"), no_step("Otto Brandt", "presider")),
        id="presides-some-items-only-while-another-presides",
    ),
    pytest.param(
        "The meeting opened at 10.05, with Ana Kowal (Chair) presiding.\n\nThe Chair thanked the staff.",
        (presider("Ana Kowal"), step("Ana Kowal", "presider", "presides", "with-presiding")),
        id="presides-with-a-role-in-parentheses-before-presiding",
    ),
    pytest.param(
        "Prime Minister, Mr. Omar Salem al-Hakim, chaired the cabinet session on Monday.",
        (presider("Omar Salem al-Hakim"),),
        id="presides-a-surname-with-the-arabic-article-in-lower-case",
    ),
    pytest.param(
        "Governor Anna !Gaeb, who chaired the two-day meeting, said the rate would stay.",
        (presider("Anna !Gaeb"), step("Anna !Gaeb", "speaker", "speech-verb")),
        id="presides-a-namibian-surname-opening-with-a-click",
    ),
    pytest.param(
        "Chair Nell Ortiz called the Special Meeting of the Board of Library Trustees of the Elm Grove "
        "Public Library District to order at 6:30 p.m.",
        (presider("Nell Ortiz"),),
        id="presides-called-the-meeting-of-a-long-body-name-to-order",
    ),
]

# ======================================================================================
# presence
# ======================================================================================

PRESENCE_VERB = [
    pytest.param(
        "The Minister of Foreign Affairs, Arno Pilt, had a meeting with the Minister of Foreign Affairs "
        "of Kestria, Lena Sorvik.",
        (attendee("Arno Pilt"), attendee("Lena Sorvik")),
        id="presence-verb-had-a-meeting-with",
    ),
    pytest.param(
        "Mayor Zhao Lin presided over the session. Officials from the Third Supervision Group of the "
        "Provincial Government attended the session.",
        (presider("Zhao Lin"), no_step("Supervision Group of the Provincial Government", "attendee")),
        id="presence-verb-unnamed-officials-of-a-body-with-an-ordinal-are-a-collective",
    ),
    pytest.param(
        "The Reef Fisheries Commission and the Coastal Seas Programme attended as observers.",
        (step("Reef Fisheries Commission", "attendee", "presence-verb"), attendee("Coastal Seas Programme")),
        id="presence-verb-a-fisheries-commission-is-no-meeting",
    ),
    pytest.param(
        "The Deputy Governor, Dr. (Mrs.) Funmilayo Oduya; the Secretary to the State Government, Alhaji "
        "Kabiru Sanni, and the Head of Service, Mr. Olumide Ajayi were in attendance.",
        (attendee("Funmilayo Oduya", "Deputy Governor"), attendee("Kabiru Sanni"), attendee("Olumide Ajayi")),
        id="presence-verb-titled-names-joined-by-semicolons",
    ),
    pytest.param(
        "Vice Mayors Zhao Minghui, Li Xiaoyan and Peng Shaojun, and Guo Tingting, Secretary-General of the "
        "Municipal Government, attended the meeting.",
        (
            attendee("Zhao Minghui"),
            attendee("Peng Shaojun"),
            attendee("Guo Tingting", "Secretary-General of the Municipal Government"),
        ),
        id="presence-verb-a-plural-title-list-then-a-titled-name",
    ),
    pytest.param(
        "Vice Prefects Ma Jun, Tsering Dorje and Li Hua attended the meeting.\n\n"
        "Vice Prefect Ma Jun reported on the spring sowing.",
        (attendee("Ma Jun", "Vice Prefect"), attendee("Tsering Dorje"), not_attendee("Vice Prefects Ma Jun")),
        id="presence-verb-vice-prefects",
    ),
    pytest.param(
        "Vice mayors Zhang Wei, Zhang Lihua, Wang Qiang and Secretary-General of the municipal "
        "government Chen Hao attended the meeting.",
        (attendee("Zhang Wei"), attendee("Wang Qiang"), attendee("Chen Hao")),
        id="presence-verb-every-name-of-a-plural-title-list",
    ),
    pytest.param(
        "Staffing changes: Wojciech Mazur joined in July and is working on Scala Native.",
        (not_attendee("Wojciech Mazur"),),
        id="presence-verb-joined-an-organisation-is-no-attendance",
    ),
    pytest.param(
        "Vice Mayor Wu Qing attended the meeting.",
        (step("Wu Qing", "attendee", "presence-verb", "named-mention"),),
        id="presence-verb-x-attended",
    ),
    pytest.param(
        "Minister of Trade of Freedonia P.Oyunbileg attended the forum.",
        (
            step("P.Oyunbileg", "attendee", "presence-verb", "named-mention"),
            not_attendee("Freedonia P.Oyunbileg"),
        ),
        id="presence-verb-glued-initial-name-after-a-country",
    ),
    pytest.param(
        "Comrades from Songjiang District attended the meeting.",
        (not_attendee("Songjiang District"), not_attendee("Comrades")),
        id="presence-verb-collective-not-attendee",
    ),
    pytest.param(
        "The Extension Council of Marlow County met on Monday. Ann Lee said that the fair made a profit.",
        (not_attendee("Extension Council of Marlow County"), attendee("Ann Lee")),
        id="presence-verb-a-body-named-before-its-place-meets-it-does-not-attend",
    ),
    pytest.param(
        "Deputy mayor Liu Fang, deputy mayors Zhou Min and He Tao, and secretary-general of the city "
        "government Ma Lin attended the meeting.",
        (attendee("Liu Fang"), attendee("Zhou Min"), attendee("He Tao"), attendee("Ma Lin")),
        id="presence-verb-a-lower-case-title-between-joined-names",
    ),
    pytest.param(
        "Deputy Minister Mr. Arjun Thapa, Ambassador Ms. Lena Voss and senior officials of both sides "
        "were present at the meeting.",
        (attendee("Arjun Thapa"), attendee("Lena Voss")),
        id="presence-verb-names-listed-before-a-joined-collective",
    ),
    pytest.param(
        "The Board met on 3 May. The Deputy Governor, Ana Ruiz, acted as Secretary of the Board.",
        (step("Ana Ruiz", "attendee", "presence-verb"),),
        id="presence-verb-acted-as-secretary",
    ),
]

PRESENCE_AFTER = [
    pytest.param(
        "Mr. Arno Pilt held talks with Ms. Lena Sorvik, who is on a visit, at the Ministry of Foreign "
        "Affairs, Talmor.",
        (attendee("Lena Sorvik"), not_attendee("Talmor")),
        id="presence-after-a-place-after-the-venue-is-no-attendee",
    ),
    pytest.param(
        "Minister Ivo Tamm held talks with Mr Jonas Berg. Attending the talks from the host side were "
        "Deputy Minister Kai Saar and Director of Protocol Mart Pold.",
        (attendee("Kai Saar", "Deputy Minister"), attendee("Mart Pold", "Director of Protocol")),
        id="presence-after-attending-a-gap-were",
    ),
    pytest.param(
        "Minister Ivo Tamm held talks with Mr Jonas Berg. The visiting delegation included "
        "Ambassador Lea Kivi and Counsellor Rein Oja.",
        (attendee("Lea Kivi", "Ambassador"), attendee("Rein Oja", "Counsellor")),
        id="presence-after-delegation-included",
    ),
    pytest.param(
        "The summit was held in Port Ralo and was attended by Heads of State, Government and Territories "
        "of Lorvia, Tessaly and Brandmark.",
        (not_attendee("Tessaly"), not_attendee("Heads of State")),
        id="presence-after-heads-of-government-are-a-collective",
    ),
    pytest.param(
        "At roll call the following Commissioners were present: Tomas Reyes, Alma Quist and Ben Oduya.\n\n"
        "Commissioner Quist said the bridge was closed.",
        (
            step("Tomas Reyes", "attendee", "presence-after"),
            step("Ben Oduya", "attendee", "presence-after"),
            step("Alma Quist", "speaker", "speech-verb"),
            not_speaker("Quist"),
        ),
        id="presence-after-the-following-members-were-present-colon",
    ),
    pytest.param(
        "The talks were attended by Consul General of Ruritania in Lyon Marie Curel and Ambassador Ivo Tamm.",
        (attendee("Marie Curel"), not_attendee("Ruritania")),
        id="presence-after-a-post-abroad-in-a-city-then-the-name",
    ),
    pytest.param(
        "The talks were led on our side by Deputy Minister Arman Tolek. They were also attended by Director "
        "of the Department of Asia of the Valdorian MFA Aigerim Tolek.",
        (attendee("Aigerim Tolek"), step("Aigerim Tolek", "attendee", "presence-after")),
        id="presence-after-a-namesake-of-a-known-person-after-an-acronym",
    ),
    pytest.param(
        "The Tribunal heard evidence from Ms Rita Okoye, a ward manager.",
        (attendee("Rita Okoye"),),
        id="presence-after-heard-evidence-from",
    ),
    pytest.param(
        "Also attending were Second Minister for Trade Mr Daniel Lim Wei Ming, Permanent Secretary (Foreign "
        "Affairs) Ms Grace Lim Hui Min, Lusavia's Secretary-General Mr Ikram Fadzil and officials.\n\n"
        "Mr Lim briefed the meeting. Ms Lim presented the report.",
        (
            attendee("Grace Lim Hui Min"),
            attendee("Ikram Fadzil"),
            not_attendee("Lusavia"),
            step("Daniel Lim Wei Ming", "speaker", "speech-verb"),
            step("Grace Lim Hui Min", "speaker", "speech-verb"),
        ),
        id="presence-after-titled-list-items-and-a-surname-second-in-the-name",
    ),
    pytest.param(
        "Attending were Deputy Prime Ministers Tran Thi Mai and Le Quang Vinh, Minister of Finance Nguyen "
        "Van Hung, and others.\n\nMinister Hung reported on spending.",
        (
            attendee("Le Quang Vinh"),
            attendee("Nguyen Van Hung", "Minister of Finance"),
            step("Nguyen Van Hung", "speaker", "speech-verb"),
        ),
        id="presence-after-a-titled-name-after-a-portfolio-is-another-person",
    ),
    pytest.param(
        "The meeting was attended by Minister of Trade Budi Harto and Deputy Minister of Trade Wahyu "
        "Harto.\n\n"
        "Minister Harto stated that prices rose.",
        (step("Budi Harto", "speaker", "speech-verb"), no_step("Wahyu Harto", "speaker")),
        id="presence-after-the-minister-is-not-the-deputy-minister",
    ),
    pytest.param(
        "During the visit, Foreign Minister Qiao Dongsheng will hold talks with Foreign Minister Aurelio "
        "Santos. Last year Premier Li Wen held talks with President Esteban Vidal.",
        (not_attendee("Aurelio Santos"), attendee("Esteban Vidal")),
        id="presence-after-talks-still-to-come-are-no-presence",
    ),
    pytest.param(
        "The meeting was attended by Vice Mayor Wu Qing, Director "
        "Lu Ming and comrades from the district offices.",
        (step("Wu Qing", "attendee", "presence-after"), step("Lu Ming", "attendee", "presence-after")),
        id="presence-after-attended-by-list",
    ),
    pytest.param(
        "The event was attended by the Akorda press service and Ambassador Bo Kim.",
        (not_attendee("Akorda"), step("Bo Kim", "attendee", "presence-after")),
        id="presence-after-name-as-modifier-not-attendee",
    ),
    pytest.param(
        "The session was chaired by Mayor Ella Roos. Participating in the meeting were Oskar Lind and "
        "Mia Holm.",
        (step("Oskar Lind", "attendee", "presence-after"), step("Mia Holm", "attendee", "presence-after")),
        id="presence-after-participating-in-the-meeting-were",
    ),
    pytest.param(
        "The session was chaired by Mayor Ella Roos. Attending the meeting were Board members Oskar Lind, "
        "Mia Holm and Eva Berg.",
        (attendee("Oskar Lind"), attendee("Mia Holm"), attendee("Eva Berg"), not_attendee("Board")),
        id="presence-after-a-body-before-its-members-is-no-attendee",
    ),
    pytest.param(
        "The Mayor of Ostrava, Lena Ruzicka, received the visit of the Consul General of Peru, "
        "Tomas Vidal, at City Hall on Monday.",
        (attendee("Lena Ruzicka"), attendee("Tomas Vidal")),
        id="presence-after-received-the-visit-of-host-and-guest",
    ),
    pytest.param(
        "The Board met on May 2. Chair Olga Brandt presided. Members present included Chair Olga Brandt, "
        "Vice Chair Tomas Weller, and Members Ruth Kaplan and Ivan Petrov.",
        (attendee("Tomas Weller"), attendee("Ivan Petrov")),
        id="presence-after-members-present-included",
    ),
    pytest.param(
        "The Board met. The Harbour Office joined by video link and gave an update on the Dock, Quay and "
        "Marina Plan.",
        (not_attendee("Quay"), not_attendee("Marina Plan")),
        id="presence-after-joined-by-video-is-how-one-joined",
    ),
    pytest.param(
        "The session was attended by Mayor Ana Bo and the councillors, except the Councillor for Roads, "
        "Ivo Tamm, who is abroad, and the Councillor for Parks, Eva Lind, who sent her apologies.",
        (attendee("Ana Bo"), not_attendee("Ivo Tamm"), not_attendee("Eva Lind")),
        id="presence-after-stops-at-except",
    ),
    pytest.param(
        "Minister Ana Bo met on Monday in Riga with her counterpart, Ivo Tamm, to discuss the ports.",
        (attendee("Ana Bo"), step("Ivo Tamm", "attendee", "presence-after")),
        id="presence-after-met-then-where-and-when-then-with",
    ),
    pytest.param(
        "Also present were Ann Lee and Jo Pike of Maple Ridge Estates.",
        (step("Jo Pike", "attendee", "presence-after"), not_attendee("Maple Ridge Estates")),
        id="presence-after-a-person-of-a-place-or-group",
    ),
    pytest.param(
        "The Minister held talks with Mr. Jon Berg, Minister of Trade of Sarova, at the Ministry of "
        "Finance, Green Palace, this morning.",
        (attendee("Jon Berg"), not_attendee("Green Palace")),
        id="presence-after-a-two-word-place-after-the-venue",
    ),
    pytest.param(
        "The talks were held in the presence of the Consul, Ms. Ana Ruiz, and of the Attach\u00e9, "
        "Mr. Ivo Kral.",
        (step("Ana Ruiz", "attendee", "presence-after"), step("Ivo Kral", "attendee", "presence-after")),
        id="presence-after-in-the-presence-of-a-and-of-b",
    ),
    pytest.param(
        "The President, Rosa Mena, chaired the Cabinet, with the participation of the Vice President, "
        "Tomas Lara, and the ministers.",
        (step("Tomas Lara", "attendee", "presence-after"),),
        id="presence-after-with-the-participation-of",
    ),
    pytest.param(
        "The session was attended by the Minister of Labour, Ana Ruiz; and the members elected by the "
        "Senate of the Republic and the trade unions.",
        (attendee("Ana Ruiz"), not_attendee("Senate of the Republic")),
        id="presence-after-not-the-body-that-elected-the-members-present",
    ),
    pytest.param(
        "The Council met with the participation of Their Excellencies:\n- Ana Bo, Minister of Trade\n"
        "- Jon Li, Minister of Finance",
        (not_attendee("Excellencies"),),
        id="presence-after-their-excellencies-is-a-collective",
    ),
]

# ======================================================================================
# speech
# ======================================================================================

SPEAKERS_LIST = [
    pytest.param(
        "Ms Ida Holm opened the debate. Speaking in the discussion were Ghana on behalf of the "
        "African Group, Peru, Fiji and Trinidad and Tobago.",
        (
            step("Ghana", "speaker", "speakers-list"),
            step("Fiji", "attendee", "speakers-list"),
            step("Trinidad and Tobago", "speaker", "speakers-list"),
            not_attendee("African Group"),
        ),
        id="speakers-list-states-with-groups-spoken-for",
    ),
    pytest.param(
        "Also taking the floor were the following associations: Tidewater Trust and Friends of the Marsh.",
        (step("Tidewater Trust", "speaker", "speakers-list"), attendee("Friends of the Marsh")),
        id="speakers-list-the-following-organisations",
    ),
    pytest.param(
        "Ms Ida Holm said the fund was sound. Speaking were several delegations.\n"
        "First, costs rose. Second, fees fell.",
        (points("Ida Holm", 2),),
        id="speakers-list-lower-case-collective-no-speaker",
    ),
    pytest.param(
        "Ms Ida Holm said the fund was sound. Also speaking were representatives of Ostland and Brevia.",
        (not_speaker("Brevia"), not_attendee("Ostland"), step("Ida Holm", "speaker", "speech-verb")),
        id="speakers-list-unnamed-representatives-of-states-are-a-collective",
    ),
]

BODY_DECISION = [
    pytest.param(
        "Present: Marisol Chacon, Ernesto Valdez (Chairman)\n\nMs. Chacon explained the funding. She "
        "recommended three steps: (a) adopt the resolution today, (b) get an estimate, and (c) apply by June "
        "30.\n\nAfter discussion the parciantes resolved:\n1. To adopt the 2026 resolution as read.\n"
        "2. To set dues at $45 per acre.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Marisol Chacon", 3)),
        id="body-decision-an-acequia-s-irrigators-resolve",
    ),
    pytest.param(
        "Mr Arun Desai presented the accounts.\n\nAfter discussion, the shareholders approved the following:"
        "\n1. To adopt the accounts for the year.\n2. To approve a dividend of 8%.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Arun Desai", 0)),
        id="body-decision-the-shareholders-of-a-general-meeting",
    ),
    pytest.param(
        "The Board of Trustees (BOT) held its third meeting on Friday. BOT discussed the dredging plan "
        "and made the following decisions:\n- 1. That the channel is dredged in May.\n- 2. That the "
        "berth fees stay unchanged.",
        (step(None, "speaker", "body-decision"), points(None, 2), not_speaker("Board of Trustees")),
        id="body-decision-the-letters-of-the-body-and-dash-bullets-before-the-numbers",
    ),
    pytest.param(
        "Mr Arun Desai presented the accounts.\n\nThe following resolutions were passed unanimously by the "
        "meeting:\n1. To adopt the accounts for the year.\n2. To approve a dividend of 8%.",
        (step(None, "speaker", "body-decision", "by-the-meeting"), points(None, 2), points("Arun Desai", 0)),
        id="body-decision-passed-by-the-meeting",
    ),
    pytest.param(
        "Dr Pia Lund presented the audit. 7. Ministers: (a) endorsed the audit plan; (b) tasked the "
        "Secretariat to publish it.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Pia Lund", 0)),
        id="body-decision-the-body-as-a-label-before-its-items",
    ),
    pytest.param(
        "Cabinet met under the chairmanship of the President, Mr. Ivo Lind.\n\n1. Cabinet approved the "
        "port plan.\n\n2. Cabinet was briefed by the Minister of Labour, Mrs. Tove Berg, on wages. She "
        "told Cabinet that, firstly, pay rose; and secondly, jobs grew.\n\n3. Cabinet approved a loan.",
        (step(None, "speaker", "body-decision"), points(None, 3), points("Tove Berg", 2)),
        id="body-decision-a-briefing-by-a-minister-among-the-numbered-decisions",
    ),
    pytest.param(
        "6. The Board adopted the following decision:\n\nDecision 2025/4\nWater safety plan\nThe Board\n"
        "1. Takes note of the plan;\n2. Requests the secretariat to report in 2026;\n3. Decides to review "
        "the plan at its next session.",
        (points(None, 3),),
        id="body-decision-numbered-operative-paragraphs-under-the-body-name-alone",
    ),
    pytest.param(
        "Press conference by the Board Chair\n\nMs. Ada Brel, its Chair, spoke to the press. Speaking "
        "after the Board adopted its workplan, she said there would be two hearings. First, one on "
        "fares. Second, one on routes.",
        (points("Ada Brel", 2), not_speaker(None)),
        id="body-decision-a-decision-in-a-clause-after-when-dates-her-speech",
    ),
    pytest.param(
        "Minutes.\n\nMr Ferrier said the winch was late.\n\nAfter discussion it was agreed that the Trust "
        "would:\n(i) mark out an area;\n(ii) limit storage.",
        (points(None, 2), points("Ferrier", 0), step(None, "speaker", "body-decision", "it-passive")),
        id="body-decision-it-was-agreed-after-a-lead-in",
    ),
    pytest.param(
        "Project Board call no. 3 - MINUTES\n\nPresent: Ann Lee, Bob Ray\n\nBob Ray presented the budget.\n\n"
        "After a vote, the PB agreed:\na) that the fee will rise;\nb) that the date will move.",
        (points(None, 2), points("Bob Ray", 0)),
        id="body-decision-the-initials-of-the-body-the-headline-names",
    ),
    pytest.param(
        "Minutes of the Cabinet.\n\nPresenting the report, Ana Ruiz, Minister for Social Development, said "
        "the period had been hard. The Government had adopted four priorities: 1) birth registration; "
        "2) family care; 3) juvenile justice; 4) online safety.",
        (points("Ana Ruiz", 4), not_speaker(None)),
        id="body-decision-had-adopted-is-no-decision-of-this-meeting",
    ),
    pytest.param(
        "8. Mr. Bo Lin briefed the Assembly on the plan.\n\n9. Having considered the reports before it, the "
        "Assembly adopted the following decisions:\nThe Assembly,\na) TAKES NOTE of the Report of the "
        "Council;\nb) ENDORSES the Common Position on reform;\nc) DECIDES that the next session shall be "
        "held in 2027.\n\n10. The Assembly thanked the host.",
        (step(None, "speaker", "body-decision"), points(None, 3), points("Bo Lin", 0)),
        id="body-decision-an-assembly-adopts-operative-paragraphs",
    ),
    pytest.param(
        "Cllr Amy Reed reported. Firstly, rates rise. Secondly, the County Council's cabinet had "
        "agreed to consult. Finally, fees fall.",
        (no_step(None, "speaker"), points("Amy Reed", 3)),
        id="body-decision-another-bodys-cabinet-is-not",
    ),
    pytest.param(
        'Commissioner Lena Osei seconded.\nThe resolution reads: "NOW, THEREFORE, BE IT RESOLVED by the '
        "Board as follows:\n1. That the contract is awarded to Kessel Marine;\n2. That staff shall report "
        'each quarter."',
        (step(None, "speaker", "body-decision"), points(None, 2), points("Lena Osei", 0)),
        id="body-decision-be-it-resolved-by-the-board",
    ),
    pytest.param(
        "The Chair presented the recommendation. Following discussion, the Council of Governors RESOLVED:\n"
        "1. to reappoint Ms Fiona Reid;\n2. to review the skills of the board.",
        (step(None, "speaker", "body-decision"), points(None, 2)),
        id="body-decision-a-council-of-governors-resolves",
    ),
    pytest.param(
        "Mr Ivo Brandt presented the outlook. The Board assessed that, first, wages rose fast. "
        "Second, rents kept climbing.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Ivo Brandt", 0)),
        id="body-decision-the-board-assessed-that",
    ),
    pytest.param(
        "HIGHLIGHTS OF THE COUNCIL OF MINISTERS\n\nDr Lena Voss presented the census.\n\n"
        "1. Council has taken note of the census results for the northern islands.\n\n"
        "2. Council has agreed to the opening of a ferry link between the two ports.\n\n"
        "3. Council has taken note that the harbour works would start in spring.",
        (step(None, "speaker", "body-decision"), points(None, 3), points("Lena Voss", 0)),
        id="body-decision-has-taken-note-numbered-decisions",
    ),
    pytest.param(
        "Mr Ivo Brandt presented the outlook. In setting the rate, the Board took two factors into "
        "account. First, wages rose fast. Second, rents kept climbing.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Ivo Brandt", 0)),
        id="body-decision-took-factors-into-account",
    ),
    pytest.param(
        "The Council of Ministers held its weekly session on Monday. The Council of Ministers approved "
        "the following: 1. the budget; 2. the port plan.",
        (step(None, "speaker", "body-decision"), points(None, 2), not_speaker("Council of Ministers")),
        id="body-decision-the-body-that-held-the-session",
    ),
    pytest.param(
        "Ms Vera Holm reported on the pool. The Board then took the following decisions:\n"
        "1. to raise the entry fee;\n2. to close the pool in August.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Vera Holm", 0)),
        id="body-decision-took-the-following-decisions",
    ),
    pytest.param(
        "Dr Okafor reported that 37 new members had joined. Council elected the following to Honorary "
        "Fellowship:\n1. Dr Margaret Penhaligon;\n2. Mr Tomasz Zielinski.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Okafor", 0)),
        id="body-decision-council-elected",
    ),
    pytest.param(
        "Present: Cllr P. Dunmore, Cllr H. Caddick\n\nIt was proposed by Cllr Dunmore, seconded by Cllr "
        "Caddick and RESOLVED to award the following grants:\ni. Hub: 1,500;\nii. Scouts: 750.",
        (step(None, "speaker", "body-decision", "it-passive"), points(None, 2), points("P. Dunmore", 0)),
        id="body-decision-it-was-proposed-seconded-and-resolved",
    ),
    pytest.param(
        "Ms. Ann Ferraro reported on the audit. She said all was well.\n\n"
        "Upon motion duly made and seconded, the Board unanimously adopted the following resolutions:\n"
        "(1) Wen-Li Chou - President;\n(2) Gerhard Dietrich - Treasurer.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Ann Ferraro", 0)),
        id="body-decision-a-motion-made-and-seconded-names-no-speaker",
    ),
    pytest.param(
        "The meeting agreed that, first, the plan is adopted. Second, funds are released.",
        (step(None, "speaker", "body-decision", "meeting-as-body"), points(None, 2)),
        id="body-decision-the-meeting-agreed",
    ),
    pytest.param(
        "It was RESOLVED that:\n(a) the report be noted;\n(b) the budget be approved.",
        (step(None, "speaker", "body-decision"), points(None, 2)),
        id="body-decision-it-was-resolved",
    ),
    pytest.param(
        "The agenda was adopted. Cllr Amy Reed said that, first, rates rise. Second, fees fall.",
        (no_step(None, "speaker"), points("Amy Reed", 2)),
        id="body-decision-agenda-was-adopted-is-not",
    ),
    pytest.param(
        "Cllr Amy Reed said the government had agreed that, first, rates rise. Second, fees fall.",
        (no_step(None, "speaker"), points("Amy Reed", 2)),
        id="body-decision-after-speech-verb-is-speakers",
    ),
    pytest.param(
        "Minutes of the 9th Ordinary Congress.\n\nAfter deliberation, the Congress decided:\n"
        "1. to approve the accounts;\n2. to admit two new members.",
        (step(None, "speaker", "body-decision"), points(None, 2)),
        id="body-decision-a-federation-congress-decides",
    ),
    pytest.param(
        "The Summit met in Tarn.\n\n4. On the regional budget, the Summit DECIDES:\n"
        "i. to adopt the budget for 2027;\nii. to ask the Secretariat to report by March.",
        (step(None, "speaker", "body-decision"), points(None, 2)),
        id="body-decision-a-communique-present-tense-decides",
    ),
    pytest.param(
        "Board meeting.\n\nMs. Ida Roe reported on the clinic. The Board voted to send a letter asking for: "
        "1. a hearing; 2. a transfer plan.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Ida Roe", 0)),
        id="body-decision-the-board-voted-to",
    ),
    pytest.param(
        "EASTVALE WATER TRUST\nBoard Meeting Minutes\n\nPresent: Ann Lee (Chair), Bob Ray\n\nMr. Bob Ray "
        "set out two tasks: 1) testing the wells; and 2) closing the pool.\nThe Board of Trustees of "
        "Eastvale Water Trust approved the following:\n(a) the budget;\n(b) the fees.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Bob Ray", 2)),
        id="body-decision-the-board-of-the-organisation-the-heading-names",
    ),
    pytest.param(
        "Strata meeting.\n\nMr Opie asked about the roof. The owners corporation resolved that:\n"
        "(a) the roof be repaired;\n(b) the levy be raised.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Opie", 0)),
        id="body-decision-a-strata-owners-corporation-resolved",
    ),
    pytest.param(
        "WARD 3 COMMITTEE MEETING\n\nMr Ben Oko said the tank can be lent.\n\nRESOLUTIONS\n"
        "The Ward Committee resolved:\n1. That the officer writes to the water office.\n"
        "2. That the members meet the police about patrols.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Ben Oko", 0)),
        id="body-decision-a-ward-committee-resolved",
    ),
    pytest.param(
        "Ms Ana Bo spoke on prices.\nThe Committee based its decision on the following factors:\n"
        "a) inflation fell;\nb) credit grew.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Ana Bo", 0)),
        id="body-decision-based-its-decision-on-the-following",
    ),
    pytest.param(
        "The Board met. It was attended by the members elected by the Senate. Ms Ana Bo said prices rose.",
        (no_step(None, "speaker", "body-decision"),),
        id="body-decision-not-members-elected-by-a-named-body",
    ),
]

SPEECH_VERB = [
    pytest.param(
        "Present: Keith Rowe, Colin Birt\n\nKeith added that the roof was patched.\nHon. Treasurer's report: "
        "Colin took members through the accounts. The club has reserves. He proposed that the accounts be "
        "adopted.",
        (
            step("Colin Birt", "speaker", "speech-verb", "named-mention"),
            step("Colin Birt", "speaker", "speech-verb", "pronoun"),
        ),
        id="speech-verb-took-members-through-the-accounts",
    ),
    pytest.param(
        "Present: Keith Rowe\n\nThe Management Committee put two proposals to the meeting:\n1. That the "
        "subscription be raised.\n2. That social membership stay at £25.",
        (step("Management Committee", "speaker", "speech-verb"), points("Management Committee", 2)),
        id="speech-verb-a-committee-puts-proposals-to-the-meeting",
    ),
    pytest.param(
        "Dean Wang Lihong presided. Professor Sun Mei of the Municipal Party School gave a short lecture on "
        "floods. She proposed two steps: first, to dredge the canals; second, to raise the levees.",
        (step("Sun Mei", "speaker", "speech-verb", "named-mention"), points("Sun Mei", 2)),
        id="speech-verb-a-lecture-is-a-speech",
    ),
    pytest.param(
        "Mayor Tilda Brack hosted the briefing. Commissioner Olu Adair opened the briefing by noting that "
        "the season had been dry, and closed the briefing by thanking the crews.",
        (presider("Tilda Brack"), step("Olu Adair", "speaker", "speech-verb")),
        id="speech-verb-opening-a-briefing-by-saying-something",
    ),
    pytest.param(
        "The auditor, CA Meera Iyer, stated that the accounts were in order.",
        (step("Meera Iyer", "speaker", "speech-verb"), not_speaker("CA Meera Iyer")),
        id="speech-verb-ca-is-a-style-before-the-name",
    ),
    pytest.param(
        "Present: Dr. Ana Ortiz Vela (Secretary), Dr. Luis Ortiz Mora (Representative of the Province)\n\n"
        "Dr. Ortiz, as representative of the Province, asked about the fares.",
        (step("Luis Ortiz Mora", "speaker", "speech-verb"), not_speaker("Ana Ortiz Vela")),
        id="speech-verb-an-as-aside-between-subject-and-verb",
    ),
    pytest.param(
        "Members welcomed the report of the Treasurer, Mr Olaf Brandt, who outlined two risks. First, "
        "rents had risen. Second, grants had fallen.",
        (step("Olaf Brandt", "speaker", "speech-verb"), points("Olaf Brandt", 2)),
        id="speech-verb-a-relative-clause-speaker-after-the-body",
    ),
    pytest.param(
        "Present: Ms Ada Lenz, Mr Ed Roe\n\nMs Lenz questioned the cost of the survey.",
        (step("Ada Lenz", "speaker", "speech-verb"),),
        id="speech-verb-questioned",
    ),
    pytest.param(
        'Mayor Ana Ruiz opened the session. She turned to the budget. "Colleagues, the year began well. '
        'First, the roads must be repaired. Second, the parks must reopen," Ana Ruiz said.',
        (points("Ana Ruiz", 2), not_speaker(None)),
        id="speech-verb-a-quotation-after-the-narrators-lead-in-is-the-speakers",
    ),
    pytest.param(
        "Present: Ottilie Marsh (Chair), Bram Fenwick, Guest: Ines Castellanos\n\n"
        "Garden report (Bram): Bram had two suggestions for the plots: 1. water before noon; 2. share the "
        "tools.\nGuest Ines Castellanos asked if the seed swap could move to May.",
        (
            step("Bram Fenwick", "speaker", "speech-verb"),
            points("Bram Fenwick", 2),
            step("Ines Castellanos", "speaker", "speech-verb"),
            not_speaker("Guest Ines Castellanos"),
        ),
        id="speech-verb-had-suggestions-and-a-guest-label-before-the-name",
    ),
    pytest.param(
        "PRESENT\nMs Wilma Trent (Chairperson)\nMr Arjun Pillai\n\nIN ATTENDANCE\n"
        "Ms Greta Solberg, Director Corporate Services\n\n"
        "The Chairperson opened the meeting at 5.00pm and delivered the Acknowledgement of Country.\n"
        "The Director Corporate Services said the budget was on track.",
        (
            step("Wilma Trent", "speaker", "speech-verb"),
            step("Greta Solberg", "speaker", "speech-verb"),
            not_speaker("Services"),
        ),
        id="speech-verb-acknowledgement-of-country-and-a-director-of-a-portfolio",
    ),
    pytest.param(
        "Governor Ray Lund gave the club's two reasons: firstly, the ice is booked; and secondly, the "
        "bus is cheaper.",
        (step("Ray Lund", "speaker", "speech-verb"), points("Ray Lund", 2)),
        id="speech-verb-gave-reasons",
    ),
    pytest.param(
        "Public comment.\n\nResident Frank Dela addressed the Committee about the parking lot. "
        "He asked, first, why the lot was resurfaced, and second, whether bond funds were used.",
        (points("Frank Dela", 2), not_speaker("Resident Frank Dela")),
        id="speech-verb-resident-is-a-title",
    ),
    pytest.param(
        "President Quesada Brenes leads Council session\n\nThe President of the Republic, Luis Alberto "
        "Quesada Brenes, led the session. The Minister of Health, Ana Lucía Vargas, reported on dengue. "
        'Doña Ana Lucía said the cases fell. "We want results," said Quesada Brenes.',
        (
            not_speaker("Doña Ana Lucía"),
            not_speaker("Quesada Brenes"),
            step("Ana Lucía Vargas", "speaker", None),
            step("Luis Alberto Quesada Brenes", "speaker", None),
        ),
        id="speech-verb-dona-and-a-headline-surname-pair",
    ),
    pytest.param(
        "Guests: Nina Vos\n\nNina Vos, representing the Hill Riding Club, discussed the lease.",
        (step("Nina Vos", "speaker", "speech-verb"),),
        id="speech-verb-a-person-discussed-after-an-aside",
    ),
    pytest.param(
        "Present: Nina Vos\n\nThe Board discussed the lease.\n\nTopics discussed - Reports",
        (not_speaker(None), not_speaker("Topics")),
        id="speech-verb-discussed-not-the-body-nor-a-lone-word",
    ),
    pytest.param(
        "Present: Rosa Lind, Ben Okoro\n\nRosa Lind raised the issue of parking fees.",
        (step("Rosa Lind", "speaker", "speech-verb"),),
        id="speech-verb-raised-the-issue-of",
    ),
    pytest.param(
        "Anita Basu and Harold Wiebe made statements and, with Lise Cormier, answered questions.",
        (
            step("Lise Cormier", "speaker", "speech-verb", "joined-with"),
            step("Harold Wiebe", "speaker", "speech-verb"),
        ),
        id="speech-verb-joined-with-answered-questions",
    ),
    pytest.param(
        "5. Ms Amy Lo briefed Members on the scheme, including:\n(a) the site was small;\n"
        "(b) the Water Office maintained its objection.\n\n6. Mr Tom Ng added that the fee was paid.",
        (points("Amy Lo", 2), not_speaker("Water Office"), step("Tom Ng", "speaker", "speech-verb")),
        id="speech-verb-the-items-of-a-list-a-speaker-introduced-are-theirs",
    ),
    pytest.param(
        "Mr Tom Ng made the following main points:\n(a) the fee was paid;\n(b) the site was clear.",
        (points("Tom Ng", 2),),
        id="speech-verb-made-the-following-points",
    ),
    pytest.param(
        "- Ann Lee raised two concerns with the plan:\n  1. the cost\n  2. the timing\n"
        "- Tom Ng said the plan could wait.",
        (points("Ann Lee", 2), step("Tom Ng", "speaker", "speech-verb")),
        id="speech-verb-the-next-bullet-ends-a-speakers-list",
    ),
    pytest.param(
        "Counsel for the Council, Ms Jo Lam, was present. Mr Tom Ng submitted that the fee was paid.",
        (step("Tom Ng", "speaker", "speech-verb"),),
        id="speech-verb-submitted",
    ),
    pytest.param(
        "Chief Minister Shri Raghu Tomar chaired the meeting.\n\nBriefing the media, Minister Smt. Kavita "
        "Desh said the Cabinet approved the plan. She said the Chief Minister expressed concern over delays "
        "and gave three directions to the officials: i) pay within a week; ii) inspect five centres; iii) "
        "blacklist late transporters.",
        (points("Raghu Tomar", 3), points("Kavita Desh", 0)),
        id="speech-verb-she-said-the-chief-minister-gave-three-directions",
    ),
    pytest.param(
        "Ms. Amara Kollie, Deputy Secretary-General of the United Nations, attended the opening.\n\n"
        "4. Ms. Amara Kollie delivered a message from the Secretary-General.",
        (step("Amara Kollie", "speaker", "speech-verb"),),
        id="speech-verb-delivered-a-message",
    ),
    pytest.param(
        "Briefing the press, the Minister for Information, Hon. Kofi Mensah, said Cabinet took the following "
        "decisions:\n\n1. Cabinet approved the roads plan.\n\n2. Cabinet approved the water plan.\n\n"
        "The next meeting of Cabinet is in May.",
        (points("Kofi Mensah", 2), no_step(None, "speaker", "body-decision")),
        id="speech-verb-a-list-of-decisions-the-minister-reports",
    ),
    pytest.param(
        "The Minister for Information, Hon. Kofi Adjei-Bonsu, said Cabinet met. Cabinet took note of a "
        "report presented by the Minister for Lands, Hon. Yaw Adjei.\n\nAccording to the Minister for "
        "Information, Mr. Adjei told Cabinet that two points stood out: first, rivers are cleaner; "
        "second, arrests rose.",
        (step("Yaw Adjei", "speaker", "speech-verb"), points("Yaw Adjei", 2)),
        id="speech-verb-according-to-a-title-then-a-new-subject",
    ),
    pytest.param(
        "The Minister of Sport and Wellness informed the Cabinet that the stadium was ready.",
        (
            step("Minister of Sport and Wellness", "speaker", "speech-verb", "title-only"),
            not_speaker("Wellness"),
        ),
        id="speech-verb-a-portfolio-of-wellness",
    ),
    pytest.param(
        "Present: Eleanor Bright, Joseph Kent.\n\nEleanor Bright read to us a passage on silence. "
        "Joseph Kent reminded us that, first, halls are cold. Second, fees are low.",
        (step("Eleanor Bright", "speaker", "speech-verb"), points("Joseph Kent", 2)),
        id="speech-verb-reading-to-the-meeting-and-reminding",
    ),
    pytest.param(
        "Imogen Farr, our treasurer, has presented the accounts. She asks us to consider three "
        "matters: firstly, giving; secondly, lettings; thirdly, the roof.",
        (points("Imogen Farr", 3),),
        id="speech-verb-our-treasurer-in-apposition",
    ),
    pytest.param(
        "Siobhan Mac an tSaoi has spoken to the written report of the group. The group has (a) held "
        "vigils; (b) written letters; and (c) opened a shelter.",
        (points("Siobhan Mac an tSaoi", 3),),
        id="speech-verb-speaking-to-a-report-and-an-irish-article-name",
    ),
    pytest.param(
        "The Bishop, the Rt Revd Alan Hart, had spoken to the synod about the plan.",
        (no_step("Alan Hart", "speaker"),),
        id="speech-verb-speaking-to-another-body-is-reported",
    ),
    pytest.param(
        "PRESENT:\nTomas Lind\nElin Brandt\n\nDeputy Governor Tomas Lind began by saying that he saw "
        "two risks. First, wages. Second, the krona. Elin Brandt of the Financial Stability "
        "Department reported that debt was stable.",
        (
            points("Tomas Lind", 2),
            step("Elin Brandt", "speaker", "speech-verb"),
            not_speaker("Financial Stability Department"),
        ),
        id="speech-verb-began-by-saying-and-a-known-person-of-a-department",
    ),
    pytest.param(
        "Minister of Electricity and Renewable Energy Eng. Mahmoud Salem reviewed the winter plan. He "
        "explained that it relies on (1) solar; (2) repairs; and (3) storage.",
        (points("Mahmoud Salem", 3), not_speaker("Renewable Energy")),
        id="speech-verb-reviewing-a-plan-and-an-honorific-after-the-portfolio",
    ),
    pytest.param(
        "The Board reviewed the audit report.",
        (no_step(None, "speaker"),),
        id="speech-verb-a-board-reviewing-is-no-speech",
    ),
    pytest.param(
        "The Anti-Bullying Policy, reviewed in line with the new procedures, was circulated in advance.",
        (no_step(None, "speaker"), not_speaker("Anti-Bullying Policy")),
        id="speech-verb-reviewed-after-a-comma-is-a-participle",
    ),
    pytest.param(
        "Councillor Ida Berg reaffirmed her support for the harbour levy.",
        (step("Ida Berg", "speaker", "speech-verb"),),
        id="speech-verb-reaffirmed",
    ),
    pytest.param(
        "Ms Ruth Adair enquired about the opening hours of the pool.",
        (step("Ruth Adair", "speaker", "speech-verb"),),
        id="speech-verb-enquired",
    ),
    pytest.param(
        "At the close, Mayor Tom Ilves gave the following recommendations to the departments: first, "
        "repair the bridge. Second, hire lifeguards.",
        (step("Tom Ilves", "speaker", "speech-verb"), points("Tom Ilves", 2)),
        id="speech-verb-gave-recommendations",
    ),
    pytest.param(
        "Austrian minister Franz Hollerer, on behalf of a group of eleven member states, called for a "
        "review.",
        (
            step("Franz Hollerer", "speaker", "speech-verb", "named-mention"),
            no_step(None, "speaker", "body-decision"),
        ),
        id="speech-verb-on-behalf-aside-and-states-as-a-noun",
    ),
    pytest.param(
        "The Clerk, Ann Reid, read a neighbour's letter into the record.",
        (step("Ann Reid", "speaker", "speech-verb"),),
        id="speech-verb-read-into-the-record",
    ),
    pytest.param(
        "The Municipal Water Resources Bureau attended the meeting. The Municipal Meteorological Bureau "
        "reported that rain would be heavy.",
        (
            step("Municipal Meteorological Bureau", "speaker", "speech-verb"),
            not_speaker("Municipal Water Resources Bureau"),
        ),
        id="speech-verb-two-bureaus-are-two-organisations",
    ),
    pytest.param(
        "Members present: Prof. Aisha Kirunda, Dr. Robert Tumwine.\n\nProf. Kirunda argued for a pause. "
        "Dr. Tumwine pointed to three risks: firstly, the weather; secondly, tariffs; and thirdly, the rate.",
        (
            step("Robert Tumwine", "speaker", "speech-verb"),
            points("Robert Tumwine", 3),
            points("Aisha Kirunda", 0),
        ),
        id="speech-verb-pointed-to-three-risks",
    ),
    pytest.param(
        "OFFICIALS\nMr D.M. Shabalala        Municipal Manager\n\nCllr S. Ngcobo asked when the repairs "
        "would be finished; the Municipal Manager responded that, first, a pump was due. Second, "
        "a crew was hired.",
        (
            step("S. Ngcobo", "speaker", "speech-verb"),
            step("D.M. Shabalala", "speaker", "speech-verb", "title-only"),
            points("D.M. Shabalala", 2),
        ),
        id="speech-verb-a-second-speaker-after-a-semicolon",
    ),
    pytest.param(
        "Dr AKINWUMI (Nigeria), speaking on behalf of the Member States of the African Region, said that "
        "there were three priorities: first, packages; second, training.",
        (
            step("AKINWUMI", "speaker", "speech-verb", "named-mention"),
            points("AKINWUMI", 2),
            no_step(None, "speaker"),
        ),
        id="speech-verb-member-states-is-a-name-not-a-verb",
    ),
    pytest.param(
        "Present: Karin Pettersen, Luis Duarte\n\nDirector Karin Pettersen moved that the Board:\n"
        "(1) award the contract to Sandoval Bros.;\n(2) authorize a contingency of 10 percent.\n"
        "Director Duarte seconded. Motion carried.",
        (step("Karin Pettersen", "speaker", "speech-verb"), points(None, 2), points("Karin Pettersen", 0)),
        id="speech-verb-a-moved-motion-s-words-are-the-meeting-s",
    ),
    pytest.param(
        "Represented by Attorney Jonathan Reese.\n\nAtty. Reese said the lot was narrow. He gave three "
        "reasons. First, the lot is small. Second, ledge rules out the east side.",
        (step("Jonathan Reese", "speaker", "speech-verb"), points("Jonathan Reese", 2)),
        id="speech-verb-atty-abbreviation-is-an-honorific",
    ),
    pytest.param(
        "Present: Gail Ledoux\n\nGail gave her written and verbal report. Highlights:\n"
        "  1. Housing - the units are framed.\n  2. Water - the operator was certified.\n"
        "  3. Membership - 14 new members added to the band list this quarter.",
        (step("Gail Ledoux", "speaker", "speech-verb"), points("Gail Ledoux", 3), not_speaker(None)),
        id="speech-verb-gave-her-report-and-a-count-of-members-is-no-body",
    ),
    pytest.param(
        "Ms. Ng moved to grant the variance. Mr. Weintraub said he was troubled.\n"
        "Vote: 4-1 in favour (Coughlin, Ng; Weintraub opposed). The Board found that:\n"
        "1. The lot is narrow.\n2. The hardship was not created by the applicants.",
        (points(None, 2), points("Weintraub", 0)),
        id="speech-verb-a-vote-record-is-no-speech-and-the-board-found-that",
    ),
    pytest.param(
        "Present:\n* Darja Jovanovic\n* Martin Odersky\n\nDarja: the report is out. Martin: thanks.\n\n"
        "Martin asked about the budget: first, salaries. Second, travel.",
        (points("Martin Odersky", 2), points("Darja Jovanovic", 0)),
        id="speech-verb-a-paragraph-opened-by-a-named-speaker-ends-a-turn",
    ),
    pytest.param(
        "Vice Mayor Wu Qing stressed that, first, we act. Second, we plan.",
        (step("Wu Qing", "speaker", "speech-verb", "named-mention"), points("Wu Qing", 2)),
        id="speech-verb-x-stressed",
    ),
    pytest.param(
        "The report was presented by Cllr Amy Reed.",
        (no_step("Amy Reed", "speaker", "speech-verb"),),
        id="speech-verb-passive-no-subject",
    ),
    pytest.param(
        "Cllr Tom Hale moved the motion. Cllr Amy Reed seconded it.",
        (step("Tom Hale", "speaker", "speech-verb"), step("Amy Reed", "speaker", "speech-verb")),
        id="speech-verb-moved-and-seconded",
    ),
    pytest.param(
        "Councillor Szabo opposed the motion. In his view, firstly, costs rise. Secondly, services fall.",
        (points("Szabo", 2), points(None, 0)),
        marks=gap(
            "'opposed the motion' makes no speaker and 'In his view' does not give Szabo the floor: "
            "his points go to the meeting"
        ),
        id="speech-verb-opposed-in-his-view",
    ),
    pytest.param(
        "Minutes of the Monetary Policy Meeting.\n\nVice-Governor Eva Horak said the risks were balanced.",
        (step("Eva Horak", "speaker", "speech-verb"), not_speaker("Vice-Governor Eva Horak")),
        id="speech-verb-hyphenated-vice-office-is-a-title",
    ),
    pytest.param(
        "Cabinet briefing.\n\nThe Minister of Works, Susuga Tavita Leota, said the bridge would open in May.",
        (step("Tavita Leota", "speaker", "speech-verb"), not_speaker("Susuga Tavita Leota")),
        id="speech-verb-samoan-style-is-no-part-of-the-name",
    ),
    pytest.param(
        "Press release.\n\nOn 9 May, the Executive Board of the Fund concluded the 2026 review with Norland. "
        "At the end of the discussion, Ms. Ada Lind, Acting Chair, issued the following statement:\n\n"
        '"Two tasks remain. The first is to cut the deficit. The second is to rebuild reserves."',
        (
            no_step("Executive Board of the Fund", "speaker"),
            step("Ada Lind", "speaker", "speech-verb"),
            points("Ada Lind", 2),
        ),
        id="speech-verb-concluding-a-review-is-no-speech-issuing-a-statement-is",
    ),
    pytest.param(
        "Council meeting.\n\nBased on the discussions, Prime Minister Ren Aoki made the following "
        "statement.\n\n"
        '"First, the budget will be made usable for running costs, as Mayor Sato proposed.\n\n'
        'Second, the rules on side jobs will be reviewed."',
        (points("Ren Aoki", 2), not_speaker("Sato")),
        id="speech-verb-as-x-proposed-refers-back-and-takes-no-turn",
    ),
    pytest.param(
        "Council meeting.\n\nMinister in charge of Regional Revitalization Emi Sato explained the plan.",
        (step("Emi Sato", "speaker", "speech-verb", "named-mention"),),
        id="speech-verb-a-minister-in-charge-of-a-portfolio-ending-in-ation",
    ),
    pytest.param(
        "The Council met in Geneva. The World Meteorological Organization made a brief statement on "
        "its budget.",
        (step("World Meteorological Organization", "speaker", "speech-verb", "named-mention"),),
        id="speech-verb-an-organisation-made-a-brief-statement",
    ),
    pytest.param(
        "Present: Dr. Lena Varga, President of the Velan Bank; Mr. Otto Brandt.\n\n"
        "The Council welcomed the Annual Report presented by the President of the Bank, which "
        "highlighted: (a) the growth of lending; and (b) the new branch in Tarn.",
        (step("Lena Varga", "speaker", "speech-verb", "title-only"), points("Lena Varga", 2)),
        id="speech-verb-a-report-presented-by-x-which-highlighted-is-x-s",
    ),
    pytest.param(
        "Hansard digest.\n\nMr Ivo Laine (Member for Brook) rose on a point of order. The Speaker ruled "
        "that the question was in order.",
        (
            step("Ivo Laine", "speaker", "speech-verb", "named-mention"),
            step("Speaker", "speaker", "speech-verb"),
        ),
        id="speech-verb-a-point-of-order-and-a-ruling-are-speech",
    ),
    pytest.param(
        "Present: Lena Sorel, chair; Tomas Sorel (owner, lot 12)\n\nLena Sorel opened the meeting. She "
        "noted two items: first, the budget; second, the pool.\n\n2. Lot 12 - new deck (Tomas Sorel)\n"
        "Mr. Sorel asked for two things: first, a wider deck; second, a gate.",
        (points("Tomas Sorel", 2), points("Lena Sorel", 2)),
        id="speech-verb-a-shared-surname-under-an-item-naming-its-owner",
    ),
    pytest.param(
        "Present: Ms Ines Marlow, Mr Tobias Brandt\n\nMs Marlow undertook to write to the landlord.",
        (step("Ines Marlow", "speaker", "speech-verb"),),
        id="speech-verb-undertook-to-a-commitment-given",
    ),
    pytest.param(
        "The county held a meeting. Ma Rong, head of Xiping Township, made an experience speech on water.",
        (step("Ma Rong", "speaker", "speech-verb"),),
        id="speech-verb-made-an-adjective-speech",
    ),
    pytest.param(
        "Li Wei chaired the meeting. Leading officials of Hexi County and Nanshan City made exchange "
        "speeches.",
        (not_speaker("Hexi County"), not_speaker("Nanshan City"), not_attendee("Nanshan City")),
        id="speech-verb-officials-of-two-places-are-a-collective",
    ),
    pytest.param(
        "Directors Present: Rhea Moss (Chair), Omar Kell, Lise Dubuc\n\n1.2 Director Kell offered the land "
        "acknowledgement.\n7. Ms. Dubuc dedicated the meeting to the volunteers. Mr. Kell will dedicate "
        "the next.",
        (
            step("Omar Kell", "speaker", "speech-verb"),
            step("Lise Dubuc", "speaker", "speech-verb"),
        ),
        id="speech-verb-a-land-acknowledgement-and-a-dedication",
    ),
    pytest.param(
        "Present: Ivy Moana, Rua Tipene\n\nRua raised the idea of a winter book fair.",
        (step("Rua Tipene", "speaker", "speech-verb"),),
        id="speech-verb-raised-the-idea",
    ),
    pytest.param(
        "The Deputy Chair, Tomas Lind, considered that growth would slow. In his view, first, exports "
        "are weak; and second, rents keep rising.",
        (step("Tomas Lind", "speaker", "speech-verb"), points("Tomas Lind", 2)),
        id="speech-verb-considered-that-gives-a-view",
    ),
    pytest.param(
        "Present: Mr. Ivo Bran, Mayor; Ms. Lea Moss, Moderator.\n\nMr. Bran described how the town paid "
        "for its bridge. Ms. Moss closed the debate by asking each mayor for a remark.",
        (step("Ivo Bran", "speaker", "speech-verb"), step("Lea Moss", "speaker", "speech-verb")),
        id="speech-verb-described-and-closed-by-asking",
    ),
    pytest.param(
        "Mr. Ivo Bran attended. The board met at noon. Mr. Bran complained about late buses.",
        (step("Ivo Bran", "speaker", "speech-verb"),),
        id="speech-verb-complained",
    ),
    pytest.param(
        "Ms. Ada Obi attended. The board met at noon.\n\nMs. Obi raised two challenges: 1. roads; 2. water.",
        (step("Ada Obi", "speaker", "speech-verb"), points("Ada Obi", 2)),
        id="speech-verb-raised-challenges",
    ),
    pytest.param(
        "The Committee met. Staff of the Bureau presented the forecast. The Committee noted it.",
        (not_speaker("Staff of the Bureau"), not_attendee("Staff of the Bureau")),
        id="speech-verb-staff-of-an-organisation-is-a-collective",
    ),
    pytest.param(
        "Present: Mrs J. Smit, Mr K. Boer\n\nMrs Smit introduces the dredging plan. Mr Boer asks when "
        "the work starts. Mrs Smit explains that it starts in May.",
        (step("J. Smit", "speaker", "speech-verb"), step("K. Boer", "speaker", "speech-verb")),
        id="speech-verb-minutes-in-the-present-tense",
    ),
    pytest.param(
        'Present: Mr Paul Ravel, Mrs Ines Caro\n\nMr Ravel, for the group "Our Town", regretted that '
        "the pool fund was cut.",
        (step("Paul Ravel", "speaker", "speech-verb"),),
        id="speech-verb-regretted-a-view-voiced",
    ),
    pytest.param(
        "Assembly.\n\nThe Tenants Association reported through Mr. Omar Haddad, its secretary. "
        "He listed, first, the rent rise and, second, the repairs.",
        (
            step("Tenants Association", "speaker", "speech-verb"),
            step("Omar Haddad", "speaker", "speech-verb", "voiced-through"),
            points("Omar Haddad", 2),
        ),
        id="speech-verb-a-body-reported-through-its-officer-who-holds-the-floor",
    ),
    pytest.param(
        "Statement\n\nThe Chair read out the following conclusions:\nFirst, the members of the Council "
        "welcomed the report.\nSecond, they urged restraint.\nFinally, the Council agreed to meet again.",
        (step("Chair", "speaker", "speech-verb"), points("Chair", 3), not_speaker(None)),
        id="speech-verb-items-in-ordinal-words-of-a-list-the-speaker-introduced",
    ),
    pytest.param(
        "Present: Omar Faruk, Lina Akter\n\nMs. Lina Akter placed the following demands: i) longer library "
        "hours; ii) a new canteen. Mr. Omar Faruk agreed.",
        (step("Lina Akter", "speaker", "speech-verb"), points("Lina Akter", 2)),
        id="speech-verb-placed-the-following-demands",
    ),
    pytest.param(
        "Present: Jo Park, Sue Lam\n\n"
        "Sue raised two items for the agenda: a) a garden roster and b) a bake sale.",
        (step("Sue Lam", "speaker", "speech-verb"), points("Sue Lam", 2)),
        id="speech-verb-raised-two-items",
    ),
    pytest.param(
        "The county held a meeting.\n\nAt the meeting, the County Health Office reported on its work, "
        "the County Water Bureau and the County Finance Bureau made statements in turn.",
        (
            step("County Health Office", "speaker", "speech-verb"),
            step("County Water Bureau", "speaker", "speech-verb"),
            step("County Finance Bureau", "speaker", "speech-verb"),
        ),
        id="speech-verb-a-list-of-named-subjects-after-a-comma-speaks-too",
    ),
    pytest.param(
        "Forum summary.\n\nMs. Ines Galt spoke about the wells. In closing, the Chair, Mr. Ugo Marr, drew "
        "two conclusions: first, that pumps need parts; second, that crews need passes.",
        (step("Ugo Marr", "speaker", "speech-verb"), points("Ugo Marr", 2), points("Ines Galt", 0)),
        id="speech-verb-drew-conclusions",
    ),
    pytest.param(
        "Chair Ann Lee called the meeting to order and Bob Hart led the Pledge of Allegiance.",
        (step("Bob Hart", "speaker", "speech-verb"),),
        id="speech-verb-leading-the-pledge-is-read-like-a-prayer",
    ),
    pytest.param(
        "Present: Ann Lee (Chair); Bob Hart.\nRisk Register tabled. Bob Hart declared an interest in item 3.",
        (
            not_speaker("Risk Register"),
            not_attendee("Risk Register"),
            step("Bob Hart", "speaker", "speech-verb"),
        ),
        id="speech-verb-a-register-tabled-is-no-one",
    ),
    pytest.param(
        "Mayor Ann Lee presided.\nThe County Water Bureau briefed the meeting on the drought plan.",
        (step("County Water Bureau", "speaker", "speech-verb"), attendee("County Water Bureau")),
        id="speech-verb-an-organisation-that-briefed-the-meeting-is-present",
    ),
    pytest.param(
        "Present: Ann Berg, chair; Lea Puro, financial director.\n\n"
        "Financial director Lea Puro gave an account of the accounts.\n\n"
        "The chair gave a short review of two matters: firstly, the roads; secondly, the school.",
        (
            step("Lea Puro", "speaker", "speech-verb"),
            step("Ann Berg", "speaker", "speech-verb"),
            points("Ann Berg", 2),
        ),
        id="speech-verb-gave-an-account-of-and-gave-a-review-of",
    ),
    pytest.param(
        "The Hillside Bowling Club addressed the Council through its secretary, Maria Lopez, who asked the "
        "Council to, first, keep the green open and, second, fix the fence.",
        (
            step("Maria Lopez", "speaker", "speech-verb", "voiced-through"),
            points("Maria Lopez", 2),
            attendee("Hillside Bowling Club"),
        ),
        id="speech-verb-voiced-through-its-officer-after-the-object",
    ),
    pytest.param(
        "Mr Tom Ruiz introduced the item. Ms Kara Bell made two requests: first, that the path be lit; "
        "and second, that the bins be emptied weekly.",
        (step("Kara Bell", "speaker", "speech-verb"), points("Kara Bell", 2)),
        id="speech-verb-made-two-requests",
    ),
    pytest.param(
        "Ms Ada Ho chaired the meeting. Mr LAM Tak-wing made the following comments: (a) the bus stop "
        "was too far; and (b) the footbridge needed a lift.",
        (step("LAM Tak-wing", "speaker", "speech-verb"), points("LAM Tak-wing", 2)),
        id="speech-verb-made-the-following-comments",
    ),
    pytest.param(
        "Governor Li Ming presided over the meeting. Vice governor Zhao Hui gave an explanation on the "
        "draft work report.",
        (step("Zhao Hui", "speaker", "speech-verb"),),
        id="speech-verb-gave-an-explanation-on-a-draft",
    ),
    pytest.param(
        "The Council of Ministers met.\nThe Minister of Water and Sanitation made a communication on the "
        "supply of drinking water.",
        (step("Minister of Water and Sanitation", "speaker", "speech-verb", "title-only"),),
        id="speech-verb-a-minister-made-a-communication",
    ),
    pytest.param(
        "The Council of Ministers met.\nThe Minister of Agriculture, Food Sovereignty and Livestock made a "
        "point on the coming campaign.",
        (
            step(
                "Minister of Agriculture, Food Sovereignty and Livestock",
                "speaker",
                "speech-verb",
                "title-only",
            ),
        ),
        id="speech-verb-made-a-point-on-and-a-portfolio-list-with-a-comma",
    ),
    pytest.param(
        "The Council of Ministers met.\nThe Minister of Foreign Affairs and Senegalese Abroad reported on "
        "the international situation.",
        (
            step("Minister of Foreign Affairs and Senegalese Abroad", "speaker", "speech-verb", "title-only"),
            not_speaker("Senegalese Abroad"),
        ),
        id="speech-verb-abroad-ends-a-portfolio-not-a-name",
    ),
    pytest.param(
        "Mayor Ann Lee presided.\nThe County Bureau of Water Resources responded on the spot to the "
        "questions on irrigation.",
        (
            step("County Bureau of Water Resources", "speaker", "speech-verb"),
            attendee("County Bureau of Water Resources"),
        ),
        id="speech-verb-an-organisation-that-responded-on-the-spot-is-present",
    ),
    pytest.param(
        "The Cabinet met. The State Agency for Grain Reserves informed the Government that stocks were full.",
        (
            attendee("State Agency for Grain Reserves"),
            step("State Agency for Grain Reserves", "speaker", "speech-verb"),
        ),
        id="speech-verb-an-organisation-that-informed-the-meeting-attends",
    ),
    pytest.param(
        "The council met. The Sarnia Tenants Association addressed the deputies on rents.",
        (attendee("Sarnia Tenants Association"),),
        id="speech-verb-an-organisation-that-addressed-the-meeting-attends",
    ),
    pytest.param(
        "The Assembly met. Hon. Efua Mensah appealed for a new borehole at Asuom.",
        (step("Efua Mensah", "speaker", "speech-verb"),),
        id="speech-verb-appealed-for",
    ),
    pytest.param(
        "The Board met. The Chair drew the attention of the directors to two items: first, the lease "
        "renewal; and second, the audit fee.",
        (step("Chair", "speaker", "speech-verb"), points("Chair", 2)),
        id="speech-verb-drew-the-attention-of-members-to",
    ),
    pytest.param(
        "The Committee met. Ms Ruth Olsen pointed, firstly, to weaker wage growth; and, secondly, to "
        "falling rents.",
        (step("Ruth Olsen", "speaker", "speech-verb"), points("Ruth Olsen", 2)),
        id="speech-verb-pointed-with-an-ordinal-before-to",
    ),
    pytest.param(
        "AGM\n\nThe meeting was chaired by Mr. Paul Kimani, who introduced the officials as follows:\n"
        "1. Ruth Njeri - Secretary\n2. Tom Wafula - Treasurer\nThe Secretary read the notice.",
        (presider("Paul Kimani"), step("Paul Kimani", "speaker", "speech-verb"), points("Paul Kimani", 2)),
        id="speech-verb-introduced-as-follows-gives-the-list-to-the-presider",
    ),
    pytest.param(
        "The Board met.\nThe Head of the Planning Unit introduced the document (BD.4/2). Since 2023 the "
        "Unit had trained 40 staff.",
        (step("Head of the Planning Unit", "speaker", "speech-verb", "title-only"),),
        id="speech-verb-introduced-the-document",
    ),
    pytest.param(
        "The Board met.\nThe Director of the Division of Housing introduced the Note on Rents. The Note "
        "listed two risks: (a) rising rents; and (b) fewer permits.",
        (
            step("Director of the Division of Housing", "speaker", "speech-verb", "title-only"),
            points("Director of the Division of Housing", 2),
        ),
        id="speech-verb-introduced-the-note-and-its-list",
    ),
    pytest.param(
        "The Board met.\nThe Harbour Tenants Alliance delivered a short statement on the new fees.",
        (step("Harbour Tenants Alliance", "speaker", "speech-verb"),),
        id="speech-verb-delivered-a-joint-statement",
    ),
    pytest.param(
        "Ola Brandt gave two short updates. First, dues came in. Second, the audit closed.",
        (step("Ola Brandt", "speaker", "speech-verb"), points("Ola Brandt", 2)),
        id="speech-verb-gave-two-updates",
    ),
    pytest.param(
        "Ana Ruiz spoke on the fair. The three stalls the Rotary Club had proposed were all booked.",
        (not_speaker("Rotary Club"), step("Ana Ruiz", "speaker", "speech-verb")),
        id="speech-verb-not-in-a-clause-on-a-noun-in-the-pluperfect",
    ),
    pytest.param(
        "Present: Rosa Vint (Chair), Omar Vance\n\n4. Branch reports\nThe Hillview Branch reported "
        "through its secretary, Omar Vance, that its picnic was full.",
        (step("Omar Vance", "speaker", "speech-verb", "voiced-through"), not_speaker("Branch")),
        id="speech-verb-a-branch-speaks-through-its-officer-under-a-plural-heading",
    ),
    pytest.param(
        "Present: Rosa Vint (Chair)\n\nThe 5th Elmford Rowing Club presented a request, through its Club "
        "Lead Volunteer Kit Amos, for a new boat. Mr Amos said the old one leaks.",
        (
            step("5th Elmford Rowing Club", "speaker", "speech-verb"),
            step("Kit Amos", "speaker", "speech-verb"),
        ),
        id="speech-verb-a-numbered-club-speaks-through-a-titled-officer-without-commas",
    ),
    pytest.param(
        "Present: Rosa Vint (Chair), Ida Lorne (Secretary)\n\nThe Secretary read a short update from "
        "the County Network on its new office.",
        (step("Ida Lorne", "speaker", "speech-verb"), not_attendee("County Network")),
        id="speech-verb-reading-a-written-update-to-the-meeting",
    ),
    pytest.param(
        "After the meeting, the spokesperson Ms Lina Aoun read out the official statement:\n"
        '"The Board met in its regular session. Chair Omar Saad said that, first, sales grew; second, '
        'costs fell. The Board then approved the following:\n1. the budget;\n2. the audit plan."\n\n'
        "Asked about the plan, Aoun said the Board would meet again in May.",
        (points("Lina Aoun", 2), points("Omar Saad", 2), not_speaker(None)),
        id="speech-verb-a-read-out-statement-holds-the-body-s-acts",
    ),
    pytest.param(
        "Present: Nina Vale, Tom Reed\n\nNina shared two goals for the term: i) to fix the gate; ii) to "
        "paint the shed.",
        (step("Nina Vale", "speaker", "speech-verb"), points("Nina Vale", 2)),
        id="speech-verb-sharing-goals-with-the-meeting",
    ),
    pytest.param(
        "On March 2, the city held a meeting on flood control. Hexi Town, Lanpu District and the "
        "Municipal Water Bureau made exchange statements.",
        (
            step("Hexi Town", "speaker", "speech-verb"),
            step("Municipal Water Bureau", "speaker", "speech-verb"),
        ),
        id="speech-verb-organisations-made-exchange-statements",
    ),
    pytest.param(
        "On March 2, the city held a meeting on flood control. The Municipal Water Bureau reported on "
        "the dikes, and the Hexi Town Government and the Lanpu District Government made statements.",
        (
            step("Municipal Water Bureau", "speaker", "speech-verb"),
            step("Lanpu District Government", "speaker", "speech-verb"),
        ),
        id="speech-verb-organisations-speak-in-a-clause-after-comma-and",
    ),
    pytest.param(
        "On March 2, the city held a meeting on flood control. Hexi Town and Lanpu District made "
        "exchange speeches, and Mei Lan, a teacher at Hexi School, spoke for the volunteers.",
        (step("Lanpu District", "speaker", "speech-verb"), step("Mei Lan", "speaker", "speech-verb")),
        id="speech-verb-one-name-speaks-in-a-clause-after-comma-and",
    ),
    pytest.param(
        "The Board met. The Treasurer, Omar Vance, began the budget presentation. His deputy, Ida "
        "Lorne, completed the presentation with the capital figures.",
        (step("Ida Lorne", "speaker", "speech-verb"),),
        id="speech-verb-completing-a-presentation-is-presenting",
    ),
    pytest.param(
        "The General Secretariat of the Cabinet presented its report on the budget.",
        (step("General Secretariat of the Cabinet", "speaker", "speech-verb"),),
        id="speech-verb-an-organisation-opened-by-a-title-modifier",
    ),
    pytest.param(
        "The Sarova Banking Authority, represented at the briefing by its Chief Executive of Banking "
        "Supervision Rina Wulandari, welcomed the decision.",
        (attendee("Sarova Banking Authority"), attendee("Rina Wulandari"), not_speaker("Rina Wulandari")),
        id="speech-verb-the-one-a-body-spoke-through-attends",
    ),
    pytest.param(
        "Minutes.\n\nThe Ladies Auxiliary reported that the tea would be served at noon.",
        (step("Ladies Auxiliary", "speaker", "speech-verb"),),
        id="speech-verb-a-ladies-auxiliary-is-an-organisation",
    ),
    pytest.param(
        "Minutes.\n\nThe Garden Club, through its president Ann Lee, reported that the beds were planted.",
        (
            step("Garden Club", "speaker", "speech-verb"),
            attendee("Ann Lee"),
            no_step("Ann Lee", "speaker"),
        ),
        id="speech-verb-a-body-speaking-through-its-officer-named-without-honorific-who-is-present",
    ),
    pytest.param(
        "Minutes.\n\nThe Youth Club brought two requests to the board: first, that the hall open at six, "
        "and second, that the fee be waived.",
        (step("Youth Club", "speaker", "speech-verb"), points("Youth Club", 2)),
        id="speech-verb-bringing-requests-to-the-board",
    ),
    pytest.param(
        "Present: Ann Reed, Bo Lind\n\nLion Ann led the Pledge of Allegiance and Lion Bo gave the "
        "invocation.",
        (step("Ann Reed", "speaker", "speech-verb"), step("Bo Lind", "speaker", "speech-verb")),
        id="speech-verb-a-second-clause-after-and-with-a-styled-subject-of-its-own",
    ),
    pytest.param(
        "Present: Ann Reed, Bo Lind\n\nMs Reed said that Mr Lind gave the invocation.",
        (step("Ann Reed", "speaker", "speech-verb"), not_speaker("Bo Lind")),
        id="speech-verb-no-second-clause-inside-a-that-clause",
    ),
    pytest.param(
        "Minutes.\n\nComrade Ann Reed recited the Ode and a minute of silence was observed.",
        (step("Ann Reed", "speaker", "speech-verb"),),
        id="speech-verb-reciting-a-text-to-the-meeting",
    ),
    pytest.param(
        "Present: 1st Vice-President Ian Ross; Poppy Chair Mia Ross\n\nThe report was seconded by Comrade "
        "Ian Ross. Comrade Ross, speaking as Poppy Chair, reported that the boxes were out.",
        (step("Mia Ross", "speaker", "speech-verb"), no_step("Ian Ross", "speaker", "speech-verb")),
        id="speech-verb-a-capacity-aside-names-the-namesake-before-a-shared-style",
    ),
    pytest.param(
        "The Minister of Labour, Ana Ruiz, detailed the plan: 1) more jobs; 2) more training.",
        (step("Ana Ruiz", "speaker", "speech-verb"), points("Ana Ruiz", 2)),
        id="speech-verb-detailed-the",
    ),
    pytest.param(
        "The President, Rosa Mena, opened the session. The Minister of Mines, Ivo Kral, exposed the "
        "state of the grid. He indicated that two plants were down.",
        (
            step("Ivo Kral", "speaker", "speech-verb", "named-mention"),
            step("Ivo Kral", "speaker", "speech-verb", "pronoun"),
        ),
        id="speech-verb-exposed-the-situation",
    ),
]

ACCORDING_TO = [
    pytest.param(
        "According to Vice Minister Chen Hao, two issues remain: first, prices; second, supply.",
        (step("Chen Hao", "speaker", "according-to"), points("Chen Hao", 2)),
        id="according-to-named-person",
    ),
    pytest.param(
        "According to the report, two issues remain: first, prices; second, supply.",
        (no_step("report", "speaker"), not_speaker("report")),
        id="according-to-a-document-is-no-speaker",
    ),
    pytest.param(
        "Spokesperson Mira Dahl briefed the press. According to her, the Cabinet decided, firstly, to "
        "raise grants and, secondly, to cut fees.",
        (step("Mira Dahl", "speaker", "according-to"), points("Mira Dahl", 2), not_speaker(None)),
        id="according-to-her-the-decisions-she-reports-are-hers",
    ),
]

SPEECH_BY = [
    pytest.param(
        "ALSO PRESENT:\nMr. S. Ibarra, President of the Air Navigation Commission\n"
        "Ms. C. Moreau, Director\n\n"
        "2. The Council had for consideration C-WP/16112, presented by the President of the Air Navigation "
        "Commission, which invited the Council to: (a) adopt Amendment 47; and (b) prescribe 16 October "
        "as the date on which it would become effective.",
        (
            step("S. Ibarra", "speaker", "speech-by"),
            points("S. Ibarra", 2),
            not_speaker("Air Navigation Commission"),
        ),
        id="speech-by-a-paper-presented-by-a-titled-officer",
    ),
    pytest.param(
        "Premier Zhou Wen chaired the meeting. The meeting heard a report from the Ministry of Emergency "
        "Management, which said that rainfall would be above normal.",
        (step("Ministry of Emergency Management", "speaker", "speech-by"),),
        id="speech-by-a-report-from-the-ministry",
    ),
    pytest.param(
        "The Cabinet of Ministers took the following decisions.\n\n01. Cold rooms\n\nCabinet approval was "
        "granted to the proposal presented by Hon. Sunil Perera, Minister of Agriculture, to build cold "
        "rooms.\n\n02. Roads\n\nThe Cabinet of Ministers approved the resolution furnished by Hon. Nimali "
        "Dias, Minister of Industry, to publish the Bill.\n\n03. Water\n\nThe Cabinet approved a loan.",
        (
            step("Sunil Perera", "speaker", "speech-by"),
            step("Nimali Dias", "speaker", "speech-by"),
            points("Sunil Perera", 0),
            points("Nimali Dias", 0),
            points(None, 3),
        ),
        id="speech-by-the-proposal-presented-by-a-minister-the-floor-stays",
    ),
    pytest.param(
        "1. Cabinet approved the proposal by the Minister of Water, Mrs. Edda Quist, to cap tariffs.\n"
        "2. Cabinet approved the budget.\n3. Cabinet approved a loan.",
        (step("Edda Quist", "speaker", "speech-by"), attendee("Edda Quist"), points("Edda Quist", 0)),
        id="speech-by-the-proposal-by-a-minister-names-her",
    ),
    pytest.param(
        "In attendance:\nMr Joel Thursby, Director of Corporate Governance\n\nA question from the Patient "
        "Panel was read out by the Director of Corporate Governance; an answer will follow.",
        (step("Joel Thursby", "speaker", "speech-by"),),
        id="speech-by-a-title-alone-is-its-holder",
    ),
    pytest.param(
        "Ministers were also informed by Irish minister Ciaran Moynihan about the Dublin conference.",
        (step("Ciaran Moynihan", "speaker", "speech-by"), attendee("Ciaran Moynihan")),
        id="speech-by-informed-by",
    ),
    pytest.param(
        "The register was updated by Clerk Ann Reid.",
        (no_step("Ann Reid", "speaker"),),
        id="speech-by-updating-a-register-is-no-speech",
    ),
    pytest.param(
        "The Board received a report from the Cabinet Secretary for Agriculture, Hon. Mary Otieno, "
        "on the harvest. First, yields rose. Second, prices fell.",
        (step("Mary Otieno", "speaker", "speech-by"), points("Mary Otieno", 2)),
        id="speech-by-report-from-title-name",
    ),
    pytest.param(
        "The meeting also listened to a presentation from Transmission Company of Nigeria on power.",
        (step("Transmission Company of Nigeria", "speaker", "speech-by"),),
        id="speech-by-presentation-from-an-organisation",
    ),
    pytest.param(
        "The Board received a letter from the Ministry of Health.",
        (not_speaker("Ministry of Health"), no_step("Ministry of Health", "speaker")),
        id="speech-by-letter-from-organisation-not",
    ),
    pytest.param(
        "PRESENT:\nHon. Leonora G. Abesamis - - City Councilor\n\n"
        "The invocation was led by Hon. Abesamis, followed by the National Anthem.",
        (step("Leonora G. Abesamis", "speaker", "speech-by"),),
        id="speech-by-the-invocation-led-by",
    ),
    pytest.param(
        "Present: Cllr A. Obi; Mr. Femi Lawal, Clerk of the Council.\n\n"
        "The minutes of the last meeting were read by the Clerk. They were adopted.",
        (step("Femi Lawal", "speaker", "speech-by"),),
        id="speech-by-minutes-were-read-by-a-title",
    ),
    pytest.param(
        "Present: Ms. Ina Roe; Mr. Abel Kim.\n\nThe meeting opened with a word of prayer led by Ms. Ina Roe. "
        "It ended with a closing prayer by Mr. Abel Kim.",
        (step("Ina Roe", "speaker", "speech-by"), step("Abel Kim", "speaker", "speech-by")),
        id="speech-by-prayer-led-by-and-closing-prayer-by",
    ),
    pytest.param(
        "Present: Ms Una Dwyer; Mr Rory Kane\n\nThe minutes were approved on the proposal of Ms Dwyer, "
        "seconded by Mr Kane.",
        (step("Una Dwyer", "speaker", "speech-by"), step("Rory Kane", "speaker", None)),
        id="speech-by-on-the-proposal-of-the-mover",
    ),
    pytest.param(
        "The session opened at 9.00am with a short word of prayer from Pastor Ruth Achieng. "
        "It closed with a prayer from the Book of Psalms.",
        (
            step("Ruth Achieng", "speaker", "speech-by"),
            attendee("Ruth Achieng"),
            not_speaker("Book of Psalms"),
        ),
        id="speech-by-a-word-of-prayer-from",
    ),
    pytest.param(
        "Press\n\nThe members were briefed by the Deputy Head of the European Union Office in Tarn, "
        "Karl Weiss. He raised two matters: (a) roads; (b) water.",
        (
            step("Karl Weiss", "speaker", "speech-by"),
            not_speaker("European Union Office"),
            points("Karl Weiss", 2),
        ),
        id="speech-by-the-name-after-a-long-title-holding-a-body",
    ),
    pytest.param(
        "On the proposal presented by Housing Minister Shri Arun Patil, the Cabinet approved a loan.",
        (step("Arun Patil", "speaker", "speech-by"), not_speaker("Cabinet")),
        id="speech-by-a-titled-name-before-the-body-after-its-comma",
    ),
    pytest.param(
        "Present: Omar Faruk, Lina Akter\n\n"
        "The session began with recitation from the Holy Bible by Ms. Lina Akter. Mr. Omar Faruk thanked.",
        (step("Lina Akter", "speaker", "speech-by"),),
        id="speech-by-recitation-from-scripture",
    ),
    pytest.param(
        "The session heard the budget report, delivered by Vice Mayor Sun Qi on behalf of the city "
        "government.",
        (step("Sun Qi", "speaker", "speech-by"), attendee("Sun Qi")),
        id="speech-by-a-report-delivered-by-a-person",
    ),
    pytest.param(
        "Mayor Wu Lan conveyed the spirit of the speech delivered by Secretary Gao Min at the provincial "
        "plenary session.",
        (not_speaker("Gao Min"), not_attendee("Gao Min")),
        id="speech-by-a-speech-delivered-elsewhere-is-only-relayed",
    ),
    pytest.param(
        "Mayor Ana Diaz opened the meeting. The new benches, delivered by Parkline Supplies Ltd, were "
        "installed.",
        (not_speaker("Parkline Supplies Ltd"),),
        id="speech-by-goods-delivered-by-a-firm-are-no-speech",
    ),
    pytest.param(
        "Cabinet notes.\n\nAs usual, prayers were offered at the opening, this week by Pastor Mabel Oduya "
        "of the Hill Chapel.",
        (step("Mabel Oduya", "speaker", "speech-by"), attendee("Mabel Oduya")),
        id="speech-by-prayers-offered-with-the-time-between",
    ),
    pytest.param(
        "WARD MEETING\n\nThe meeting was opened with a prayer by Mr Tolo Banda. The members then met.",
        (step("Tolo Banda", "speaker", "speech-by"), attendee("Tolo Banda")),
        id="speech-by-opened-with-a-prayer-by",
    ),
    pytest.param(
        "Present: Ann Berg, chair; Kim Aho, town manager; Eva Lund.\n\n§ 5 BUDGET\n"
        "Proposal by the town manager:\nThe Board\n1. approves the budget;\n2. proposes a new levy.\n"
        "Decision: The Board approved the proposal.",
        (step("Kim Aho", "speaker", "speech-by"), points("Kim Aho", 2), points(None, 0)),
        id="speech-by-a-proposal-label-over-its-items-gives-them-to-the-proposer",
    ),
    pytest.param(
        "1. Opening\nA karakia was provided by Hemi Walker.\n2. Apologies\nNone.",
        (step("Hemi Walker", "speaker", "speech-by"),),
        id="speech-by-a-karakia-was-provided-by",
    ),
    pytest.param(
        "ANNUAL MEETING\n\nThe meeting began with a word of prayer by Delegate Agnes Wairimu. The chair "
        "welcomed all.",
        (step("Agnes Wairimu", "speaker", "speech-by"), attendee("Agnes Wairimu")),
        id="speech-by-a-word-of-prayer-by",
    ),
    pytest.param(
        "HUI MINUTES\n\nOpening karakia \u2013 Hone Tipene (kaumatua)\nThe Chair welcomed whanau.",
        (step("Hone Tipene", "speaker", "speech-by"), attendee("Hone Tipene")),
        id="speech-by-a-karakia-line-names-after-a-dash-who-prayed",
    ),
    pytest.param(
        "HUI MINUTES\n\nThe Chair thanked the cooks. Closing karakia - Rewi Takerei. The hui closed.",
        (step("Rewi Takerei", "speaker", "speech-by"),),
        id="speech-by-a-closing-karakia-after-a-dash-inside-a-line",
    ),
]

MOTION = [
    pytest.param(
        "Present: Gordon Haigh, Janet Ogunleye\n\n2. Minutes of the last AGM\nThe minutes were proposed as a "
        "true record by Gordon Haigh, seconded by Janet Ogunleye and signed by the President.",
        (step("Gordon Haigh", "speaker", "motion"), step("Janet Ogunleye", "speaker", "motion")),
        id="motion-minutes-proposed-as-a-true-record-by",
    ),
    pytest.param(
        "Mr Arun Desai presented the accounts.\n\nThe following resolutions were passed by the meeting:\n"
        "1. To adopt the accounts for the year. Proposed by Ms Lata Rao and seconded by Mr Vik Sen.\n"
        "2. To approve a dividend of 8%.\n3. To thank the staff.",
        (step("Lata Rao", "speaker", "motion"), points(None, 3), points("Lata Rao", 0)),
        id="motion-mover-on-an-item-line-of-the-meetings-list-leaves-the-floor",
    ),
    pytest.param(
        "Present: Cllr Rosa Penn (Chair), Cllr Ivo Marsh\n\nThe Chair moved, and Councillor Marsh seconded, "
        "that the levy be supported.",
        (step("Ivo Marsh", "speaker", "motion"), step("Rosa Penn", "speaker", "speech-verb")),
        id="motion-a-seconder-named-after-the-movers-verb",
    ),
    pytest.param(
        "Present: Hortense Vail (President), Lionel Achebe, Rosamund Tully\n\n"
        "Minutes: Approved as circulated. MSP Lionel/Rosamund.\nAdjourned 8:10 pm. MSC Hortense/Lionel.",
        (
            step("Lionel Achebe", "speaker", "motion"),
            step("Rosamund Tully", "speaker", "motion"),
            step("Hortense Vail", "speaker", "motion"),
        ),
        id="motion-msp-msc-shorthand-without-slashes",
    ),
    pytest.param(
        "Directors Present: Elaine Roth, Chair; Marcus Reyes; Dr. Naomi Lind; Patrick O'Hare\n\n"
        "The consent agenda was approved. (M/S: Reyes/O'Hare)\nMOTION: To accept the statements. "
        "(M/S: N. Lind/Reyes) Approved.",
        (
            step("Marcus Reyes", "speaker", "motion"),
            step("Patrick O'Hare", "speaker", "motion"),
            step("Naomi Lind", "speaker", "motion"),
        ),
        id="motion-m-s-shorthand-mover-and-seconder",
    ),
    pytest.param(
        "Present: Agnes Okafor (Chair), Tomas Lindqvist, Rafael Duarte\n\n"
        "Lindqvist/Duarte M/S/P adoption of the revised syllabus.\nM/S/C: Duarte/Okafor to adjourn.",
        (
            step("Tomas Lindqvist", "speaker", "motion"),
            step("Rafael Duarte", "speaker", "motion"),
            step("Agnes Okafor", "speaker", "motion"),
        ),
        id="motion-m-s-p-names-before-and-after",
    ),
    pytest.param(
        "Senators Present: Abernathy, Ruiz, Castellano\n\nMotion to approve the minutes of the February 3, "
        "2025 meeting by Senator Ruiz; second by Senator Abernathy. Motion passed.\n\nMotion to adjourn by "
        "Senator Castellano; seconded.",
        (
            step("Ruiz", "speaker", "motion"),
            step("Abernathy", "speaker", "motion"),
            step("Castellano", "speaker", "motion"),
        ),
        id="motion-motion-to-do-something-by-its-mover",
    ),
    pytest.param(
        "Directors present: Gerald Voss, Chairman; Ann Delgado; Martin Brennan\n\n"
        "A motion was made by Director Ann Delgado and seconded by Director Brennan to approve the agenda.",
        (step("Ann Delgado", "speaker", "motion"), step("Martin Brennan", "speaker", "motion")),
        id="motion-a-motion-was-made-by",
    ),
    pytest.param(
        "Present:   Cr M Papas\n           Cr S Whit\n\n3. PUBLIC QUESTION TIME\nThere were no questions.\n\n"
        "4. CONFIRMATION OF MINUTES\nMoved Cr Papas                Seconded Cr Whit\n"
        "That the Minutes be confirmed.\nCARRIED 6/0",
        (step("M Papas", "speaker", "motion"), step("S Whit", "speaker", "motion")),
        id="motion-shorthand-in-columns-is-no-heading",
    ),
    pytest.param(
        "Regents Present:\nDaniel Del Toro, Vice Chair\nLorraine DuBois\n\nRegent Del Toro moved, "
        "seconded by "
        "Regent DuBois, to adopt the agenda.",
        (step("Daniel Del Toro", "speaker", "speech-verb"), step("Lorraine DuBois", "speaker", "motion")),
        id="motion-regents-by-title-and-surname",
    ),
    pytest.param(
        "Members present:\nDame Ann Cole, in the Chair\nTom Hale\n\n"
        "Draft Report (Water), proposed by the Chair, "
        "brought up and read.",
        (step("Ann Cole", "speaker", "motion"),),
        id="motion-proposed-by-the-chair-by-title",
    ),
    pytest.param(
        "Chair: Ann Cole\n\nMinisters:\na) welcomed the report of the Secretariat;\nb) endorsed the three "
        "priorities proposed by the Chair;\nc) agreed to set up a working group.",
        (no_step("Ann Cole", "speaker", "motion"),),
        id="motion-priorities-proposed-by-the-chair-are-no-motion",
    ),
    pytest.param(
        "PRESENT\nCllr K. Mthethwa         Chief Whip\nCllr F. Cassim           Ward 11\n\n"
        "The minutes were confirmed.\nProposed: Cllr Mthethwa      Seconded: Cllr Cassim",
        (step("K. Mthethwa", "speaker", "motion"), step("F. Cassim", "speaker", "motion")),
        id="motion-proposed-and-seconded-labels",
    ),
    pytest.param(
        "Present: Priya Raman, Tom Hadley\n\nMotion by Council Member Raman, seconded by Council Member "
        "Hadley, to introduce the ordinance with the following amendments:\n1. Require owners to register;\n"
        "2. Direct staff to prepare a study.\nMotion carried 4-1.",
        (step("Priya Raman", "speaker", "motion"), points(None, 2), points("Priya Raman", 0)),
        id="motion-the-list-after-a-motion-s-colon-is-the-meeting-s",
    ),
    pytest.param(
        "Present: Adebayo Oduya, Fiona Leckie\n\nFollowing discussion, and on a motion moved by Mr Oduya and "
        "seconded by Ms Leckie, the Trustees RESOLVED to make the following grants:\n"
        "(a) Young Carers: 45,000;\n(b) Law Clinic: 60,000.",
        (step("Adebayo Oduya", "speaker", "motion"), points(None, 2), points("Adebayo Oduya", 0)),
        id="motion-moved-by-inside-the-body-s-resolution",
    ),
    pytest.param(
        "Present: Len Fogarty, Judy Sorensen, Ann Hale, Bo Ng\n\n"
        "Minutes accepted. Moved Len, seconded Judy. Cllr Ann Hale moved, Cllr Bo Ng seconded.",
        (
            step("Len Fogarty", "speaker", "motion"),
            step("Judy Sorensen", "speaker", "motion"),
            no_step("Bo Ng", "speaker", "motion"),
        ),
        id="motion-shorthand-moved-name-seconded-name",
    ),
    pytest.param(
        "Present: Rommel Sabado, Jocelyn Manalastas\n\n"
        "On motion of Hon. Sabado, duly seconded by Hon. Manalastas, the minutes were adopted.",
        (step("Rommel Sabado", "speaker", "motion"), step("Jocelyn Manalastas", "speaker", "motion")),
        id="motion-on-motion-of",
    ),
    pytest.param(
        "Present: Joy Edwards, Dennis Hare\n\n"
        "Minutes agreed as accurate. Prop. Joy Edwards, sec. Dennis Hare (Flat 3).",
        (step("Joy Edwards", "speaker", "motion"), step("Dennis Hare", "speaker", "motion")),
        id="motion-prop-and-sec-shorthand",
    ),
    pytest.param(
        "Commissioner Wierzbicki informed ministers. Polish minister Jan Kowalczyk, supported by Hungary and "
        "Slovakia, presented a note and asked (i) to activate the clause and (ii) to reinforce checks.",
        (points("Jan Kowalczyk", 2), not_speaker("Slovakia"), no_step("Hungary", "speaker", "motion")),
        id="motion-supported-by-without-a-motion-is-no-seconder",
    ),
    pytest.param(
        "Present: Marlene Cook, Wesley Mistatim\n\n"
        "MOTION #26-004   Moved: Marlene Cook   Seconded: Wesley Mistatim\nThat Council:\n"
        "  1. approve the funding agreement with the province;\n"
        "  2. authorize the Chief to sign it.\nCARRIED",
        (
            step("Marlene Cook", "speaker", "motion"),
            step("Wesley Mistatim", "speaker", "motion"),
            points(None, 2),
            not_speaker("Marlene Cook Seconded"),
        ),
        id="motion-moved-and-seconded-labels-in-columns",
    ),
    pytest.param(
        "Moved by Cllr Amy Reed, seconded by Cllr Tom Hale, that the budget be approved.",
        (step("Amy Reed", "speaker", "motion"), step("Tom Hale", "speaker", "motion")),
        id="motion-moved-by-seconded-by",
    ),
    pytest.param(
        "Present: Trustee Omar Haddad, Trustee Frank Delgado.\n\nMotion by Haddad, supported by Delgado, "
        "to adopt the plan: first, repave Elm Road; second, repaint the hall.",
        (
            step("Omar Haddad", "speaker", "motion"),
            step("Frank Delgado", "speaker", "motion"),
            points("Omar Haddad", 2),
        ),
        id="motion-mover-keeps-the-floor",
    ),
    pytest.param(
        "Present: Cllr Amy Reed, Cllr Tom Hale.\n\nThe motion was carried. The budget was approved.",
        (no_step("Amy Reed", "speaker"), no_step("Tom Hale", "speaker")),
        id="motion-carried-is-no-speech",
    ),
    pytest.param(
        "Present: Mr Tom Reid (Reid Joinery Ltd), Ms Ann Lowe (Lowe Timber Systems).\n\n"
        "The accounts were adopted. Proposed: Reid Joinery Ltd. Seconded: Ms Ann Lowe.",
        (step("Reid Joinery Ltd", "speaker", "motion"), step("Ann Lowe", "speaker", "motion")),
        id="motion-a-member-company-proposed",
    ),
    pytest.param(
        "Green Youth Lab, supported by the Civic Forum of Varna, proposed an amendment to Rule 4.",
        (
            step("Civic Forum of Varna", "speaker", "motion"),
            step("Green Youth Lab", "speaker", "speech-verb"),
        ),
        id="motion-an-organisation-supports-an-amendment-after-the",
    ),
    pytest.param(
        "Faculty Senate.\n\nMotion to adjourn by Senator Ada Kline, seconded by Senator Bo Lind.",
        (step("Ada Kline", "speaker", "motion"), step("Bo Lind", "speaker", "motion")),
        id="motion-to-adjourn-by-a-senator-then-a-seconder",
    ),
    pytest.param(
        "Present: Alma Brisco (Chair), Kenji Lund (Treasurer)\n\n1. The accounts were approved. "
        "Proposed KL, seconded AB.",
        (step("Kenji Lund", "speaker", "motion"), not_speaker("Proposed KL")),
        id="motion-proposed-initials-seconded-initials",
    ),
    pytest.param(
        "Present: Ada Brisk (Chair), Kofi Lund, Mae Orr\n\n4. Club captain: Kofi Lund, nominated by Mae Orr, "
        "seconded by Ada Brisk, carried.",
        (
            step("Mae Orr", "speaker", "motion"),
            step("Ada Brisk", "speaker", "motion"),
            not_speaker("Kofi Lund"),
        ),
        id="motion-a-candidate-nominated-by-then-seconded",
    ),
    pytest.param(
        "A motion was submitted by Ewa Nowak to cut the fee by a tenth. The motion was carried.",
        (step("Ewa Nowak", "speaker", "motion"),),
        id="motion-a-motion-was-submitted-by",
    ),
    pytest.param(
        "Motion from Member Ines Ortega to adjourn. Member Paul Ruiz seconded the motion. Motion carried.",
        (step("Ines Ortega", "speaker", "motion"),),
        id="motion-motion-from-a-member",
    ),
    pytest.param(
        "Present: Senator Ava Lund, Senator Ben Oja\n\nMotion to approve the agenda: Senator Lund. "
        "Second: Senator Oja. Passed.",
        (step("Ava Lund", "speaker", "motion"), step("Ben Oja", "speaker", "motion")),
        id="motion-to-colon-mover-then-second-colon",
    ),
    pytest.param(
        "Present: Carl Weiss, MD; Ida Moss, MD\nGuests: Nora Weiss, Garden Guild\n\n"
        "The budget was approved on a motion by Dr. Weiss.",
        (step("Carl Weiss", "speaker", "motion"), not_speaker("Nora Weiss")),
        id="motion-a-doctor-is-the-one-listed-with-md",
    ),
    pytest.param(
        "Present: Lion Sue Park, Lion Tom Ahn\n\nThe minutes were approved. Motion Lion Sue, second "
        "Lion Tom. Passed.",
        (step("Sue Park", "speaker", "motion"), step("Tom Ahn", "speaker", "motion")),
        id="motion-a-club-s-motion-and-second-shorthand",
    ),
    pytest.param(
        "Present: Ruth Lee, Mick Orr\n\nThe board agreed: 1. To buy chairs. 2. To paint the hall.\n"
        "Motions made by Ruth, seconded by Mick. Passed.",
        (step("Ruth Lee", "speaker", "motion"), step("Mick Orr", "speaker", "motion")),
        id="motion-motions-made-by",
    ),
]


OWN_VIEW = [
    pytest.param(
        "Cllr Ann Reed supported the plan. Councillor Peter Szabo opposed the motion. In his view, "
        "firstly, the cost is too high. Secondly, the timing is wrong.",
        (step("Peter Szabo", "speaker", None), points("Peter Szabo", 2), points("Ann Reed", 0)),
        id="own-view-his-view-after-a-stance-verb",
    ),
    pytest.param(
        "Ms Ann Reed reported on the budget. In her opinion, first, reserves are low. "
        "Second, fees must rise.",
        (points("Ann Reed", 2),),
        id="own-view-her-opinion-keeps-the-speaker",
    ),
    pytest.param(
        "In the Council's view, first, roads. Second, schools.",
        (no_step(None, "speaker", "own-view"),),
        id="own-view-not-a-pronoun",
    ),
]


ABSENT_ITEM = [
    pytest.param(
        "Others Present:\nRoy Dekker, landowner\n\nDirectors Absent:\nMayor Lena Voss, ex officio\n\n"
        "Dekker asked about the culvert.",
        (attendee("Roy Dekker"), not_attendee("Lena Voss")),
        id="absent-item-a-name-and-a-lower-case-note-under-absent",
    ),
    pytest.param(
        "PRESENT:\n  \u2022 Councillor R. Donauer, Deputy Mayor, in the Chair\n  \u2022 Councillor C. Block\n"
        "ABSENT:\n  \u2022 His Worship, Mayor C. Clark, in the Chair\nALSO PRESENT:\n"
        "  \u2022 City Clerk A. Tittemore"
        "\n\nThe Chair called the meeting to order.",
        (presider("R. Donauer"), not_attendee("C. Clark"), attendee("A. Tittemore", "City Clerk")),
        id="absent-item-bullets-under-absent-are-no-attendees",
    ),
    pytest.param(
        "Present: Cllr Amy Reed\nApologies:\nCllr Tom Hale\n\nThe meeting opened.",
        (attendee("Amy Reed"), not_attendee("Tom Hale")),
        id="absent-item-name-line-under-apologies",
    ),
    pytest.param(
        "Present:\nJoan Whitby, Chair\nOmar Fell\nAbsent:\nMary Whitby\n\nMs. Whitby, Chair, opened the "
        "meeting. Ms. Mary Whitby was excused. Mr. Fell reported on the budget. Ms. Whitby said the item "
        "would return in June.",
        (step("Joan Whitby", "speaker", "speech-verb"), not_speaker("Mary Whitby")),
        id="absent-item-shared-surname-is-the-one-present",
    ),
]


MOTION_LINES = [
    pytest.param(
        "The Chair opened the meeting.\n\n  \u2022 Moved By:Councillor Dubois\n"
        "    Seconded By:Councillor Gersher\n"
        "    1. That the request be added;\n    2. That the agenda be confirmed.",
        (step("Dubois", "speaker", "motion"), step("Gersher", "speaker", "motion"), points(None, 2)),
        id="motion-lines-give-the-items-to-the-meeting",
    ),
    pytest.param(
        "6. EMERGENCY MOTION\nMoved: Bro. K. Doyle (Scotland)\nSeconded: Sis. A. Patel (Midlands)\n\n"
        "That this Committee agrees:\n1. to donate funds;\n2. to send a delegation.",
        (step("K. Doyle", "speaker", "motion"), points(None, 2), points("K. Doyle", 0)),
        id="motion-lines-the-movers-seat-in-parentheses",
    ),
]


TITLE_OVER_NAME = [
    pytest.param(
        "Present\n\nChief Executive (Roads)                  Chairperson\n(Southern Division)\n"
        "Mr Alan P.K. Wong\n\nDirector of Housing\nMs Grace Y.L. Tam\n\nThe meeting opened at 10 am.",
        (
            presider("Alan P.K. Wong"),
            attendee("Grace Y.L. Tam", "Director of Housing"),
            not_attendee("Housing"),
        ),
        id="title-over-name-wrapped-title-and-chair-tag",
    ),
    pytest.param(
        "Present\n\nMs Ruth Kam\n\nDeputy Director of Works                 Secretary\nMr Leo C.K. Ip\n\n"
        "1. The Secretary reported that the plan was ready.",
        (step("Leo C.K. Ip", "speaker", "speech-verb", "title-only"), attendee("Leo C.K. Ip", "Secretary")),
        id="title-over-name-tag-is-the-role-the-minutes-use",
    ),
    pytest.param(
        "Present\nThe Chair of the Audit Board, Professor Ann Lee\nDr Tim Bo\n\nThe meeting opened.",
        (attendee("Ann Lee"), attendee("Tim Bo")),
        id="title-over-name-not-a-title-with-its-name",
    ),
    pytest.param(
        "Present\nDirector of Housing\nDr Tim Bo, Ms Amy Lo\n\nThe meeting opened.",
        (attendee("Tim Bo"), attendee("Amy Lo")),
        id="title-over-name-not-over-a-line-of-names",
    ),
]


BODY_ROLL_HEADER = [
    pytest.param(
        "Commission:\nDr Ada Obi \u2013 Member\nMr Tom Reed \u2013 Lay member\n\n"
        "The Commission agreed the plan.",
        (attendee("Ada Obi"), attendee("Tom Reed")),
        id="body-roll-header-members-under-the-body-label",
    ),
    pytest.param(
        "The Commission:\na) approved the budget;\nb) noted the audit report.",
        (points(None, 2),),
        id="body-roll-header-not-over-the-body-decisions",
    ),
]


REPRESENTED_LINE = [
    pytest.param(
        "Panel:\nDr Ada Obi \u2013 Chair\n\nCase Officer: Mr Tim Bo, Legal Department\n"
        "Appellant: Present and represented by Ms Jo Lam, of counsel\n\nThe hearing opened.",
        (attendee("Jo Lam"), attendee("Tim Bo", "Case Officer")),
        id="represented-line-the-representative-attends",
    ),
    pytest.param(
        "Panel:\nDr Ada Obi \u2013 Chair\n\nAppellant: Present and represented by his son Amy Lo\n\n"
        "The hearing opened.",
        (not_attendee("Amy Lo"),),
        id="represented-line-only-a-named-representative",
    ),
]


CHAIR_NAME_LINE = [
    pytest.param(
        "PRESENT IN THE CHAIR:\nCouncillor Se\u00e1n Lynch, Mayor\n\n"
        "MEMBERS PRESENT:\nCllr Amy Reed, Cllr Tom Hale",
        (presider("Se\u00e1n Lynch"), not_attendee("Se\u00e1n Lynch"), attendee("Amy Reed")),
        id="chair-name-line-under-present-in-the-chair",
    ),
    pytest.param(
        "Chair: Cllr Ann Reid\nThe meeting opened at 7 pm. Cllr Tom Bell said that the roads are poor.",
        (presider("Ann Reid"), step("Tom Bell", "speaker", "speech-verb")),
        id="chair-name-line-only-after-an-empty-chair-line",
    ),
]


MINUTE_TAKER_LINE = [
    pytest.param(
        "Chairs: Lena Whit, Omar Sy\nNote taker: Petra Lund\n\nLena opened the session.",
        (step("Petra Lund", "attendee", "minute-taker-line"), attendee("Petra Lund")),
        id="minute-taker-line-note-taker",
    ),
    pytest.param(
        "Minutes: The March minutes were approved as read.\nRuth Bell reported on the fair.",
        (not_attendee("The March"), step("Ruth Bell", "speaker", "speech-verb")),
        id="minute-taker-line-not-a-minutes-item",
    ),
]

TITLE_LABEL_LINE = [
    pytest.param(
        "3. Rural broadband\nRapporteur: Nuno Vaz Pereira (Renew)\n\n"
        "The rapporteur presented his draft with two aims: (a) faster lines; (b) lower prices.",
        (step("Nuno Vaz Pereira", "speaker", "speech-verb", "title-only"), points("Nuno Vaz Pereira", 2)),
        id="title-label-line-rapporteur-then-the-rapporteur",
    ),
    pytest.param(
        "4. Harbour dues\nSecretary: Mara Olsen\n\nThe Secretary reported that the port had written.",
        (step("Mara Olsen", "speaker", "speech-verb", "title-only"), not_speaker("Secretary")),
        id="title-label-line-secretary-then-the-secretary",
    ),
]

ROLE_TABLES: dict[str, list[Any]] = {
    "attendance-subheader": ATTENDANCE_SUBHEADER,
    "attendance-subheader-items": ATTENDANCE_SUBHEADER_ITEMS,
    "attendance-line": ATTENDANCE_LINE,
    "attendance-item": ATTENDANCE_ITEM,
    "chair-line": CHAIR_LINE,
    "chair-mark-line": CHAIR_MARK_LINE,
    "officer-line": OFFICER_LINE,
    "block-end": BLOCK_END,
    "attendance-header": ATTENDANCE_HEADER,
    "attendance-roll": ATTENDANCE_ROLL,
    "absent-line": ABSENT_LINE,
    "attended-by-colon": ATTENDED_BY_COLON,
    "decision-label": DECISION_LABEL,
    "statement-heading": STATEMENT_HEADING,
    "speakers-roll": SPEAKERS_ROLL,
    "attendance-inline": ATTENDANCE_INLINE,
    "headline": HEADLINE,
    "heading": HEADING,
    "body-list-item": BODY_LIST_ITEM,
    "carry-over": CARRY_OVER,
    "mentions": MENTIONS,
    "relayed": RELAYED,
    "name-label": NAME_LABEL,
    "initials-label": INITIALS_LABEL,
    "nick-label": NICK_LABEL,
    "role-label": ROLE_LABEL,
    "qa-label": QA_LABEL,
    "quote-byline": QUOTE_BYLINE,
    "transcript-lead": TRANSCRIPT_LEAD,
    "address-resumes": ADDRESS_RESUMES,
    "we-minute": WE_MINUTE,
    "draft-aims": DRAFT_AIMS,
    "dash-byline": DASH_BYLINE,
    "vocative": VOCATIVE,
    "presided-by": PRESIDED_BY,
    "in-the-chair": IN_THE_CHAIR,
    "presides": PRESIDES,
    "presence-verb": PRESENCE_VERB,
    "presence-after": PRESENCE_AFTER,
    "speakers-list": SPEAKERS_LIST,
    "body-decision": BODY_DECISION,
    "speech-verb": SPEECH_VERB,
    "according-to": ACCORDING_TO,
    "speech-by": SPEECH_BY,
    "motion": MOTION + MOTION_LINES,
    "chair-name-line": CHAIR_NAME_LINE,
    "title-over-name": TITLE_OVER_NAME,
    "body-roll-header": BODY_ROLL_HEADER,
    "represented-line": REPRESENTED_LINE,
    "absent-item": ABSENT_ITEM,
    "own-view": OWN_VIEW,
    "dash-label": DASH_LABEL,
    "minute-taker-line": MINUTE_TAKER_LINE,
    "title-label-line": TITLE_LABEL_LINE,
}

# ======================================================================================
# Subject sieves (attribution.subjects.ORDER): the ``via`` of a step
# ======================================================================================

SECOND_PREDICATE = [
    pytest.param(
        "The talks were held in Rimsk, with Minister Pavel Orlo and Deputy Minister Olga Vento. Minister "
        "Orlo spoke of trade. In turn, Vento valued the ties and thanked the hosts. She made two "
        "proposals: 1) to open a consulate; 2) to hold a forum.",
        (step("Olga Vento", "speaker", "speech-verb"), points("Olga Vento", 2), points("Pavel Orlo", 0)),
        id="second-predicate-after-an-opening-phrase-and-its-comma",
    ),
    pytest.param(
        "Vice Mayor Wu Qing attended and said that, first, we act. Second, we plan.",
        (step("Wu Qing", "speaker", "speech-verb", "second-predicate"), points("Wu Qing", 2)),
        id="second-predicate-attended-and-said",
    ),
    pytest.param(
        "Committee Chair Sofia Aranda (Paraguay) opened the "
        "meeting, noting that, first, aid rose. Second, trade fell.",
        (step("Sofia Aranda", "speaker", "speech-verb"), points("Sofia Aranda", 2)),
        id="second-predicate-participle-noting",
    ),
    pytest.param(
        "Present: Omar Fell (Chair)\n\nDana Whitby, the clinic's director, appeared and presented a plan "
        "under which the clinic will: (a) hire two nurses; and (b) extend its hours.",
        (step("Dana Whitby", "speaker", "speech-verb"), points("Dana Whitby", 2)),
        id="second-predicate-after-a-possessive-apposition",
    ),
    pytest.param(
        "Vice Mayor Wu Qing attended the meeting where Director "
        "Lu Ming said that, first, we act. Second, we plan.",
        (points("Lu Ming", 2), no_step("Wu Qing", "speaker")),
        id="second-predicate-where-clause-has-own-subject",
    ),
    pytest.param(
        "Present: Ann Lee (Chair); Dora Finch\n\nDora Finch took the report as read and highlighted two "
        "matters: firstly, costs had risen; "
        "secondly, staff were short.",
        (step("Dora Finch", "speaker", "speech-verb"), points("Dora Finch", 2)),
        id="second-predicate-after-a-report-taken-as-read",
    ),
    pytest.param(
        "Secretary Gao Ming toured Hexian County on May 2.\n\nHe visited farms, schools and clinics "
        "to learn about local services, and presided over a symposium.",
        (step("Gao Ming", "presider", "presides", "pronoun"), presider("Gao Ming")),
        id="second-predicate-after-a-list-and-its-commas",
    ),
]

INITIALS = [
    pytest.param(
        "Present: Dr. Mercy Phiri, Mr. Kondwani Banda\n\nWP2 (KB) reported that, first, costs fell. "
        "Second, sales rose.",
        (step("Kondwani Banda", "speaker", "speech-verb", "initials"), points("Kondwani Banda", 2)),
        id="initials-in-parentheses-after-a-work-package-code",
    ),
    pytest.param(
        "Present: Dr. Mercy Phiri - Deputy Governor, Mr. Kondwani Banda\n\n"
        "2.2 MP observed that, first, inflation fell. Second, growth rose.",
        (step("Mercy Phiri", "speaker", "speech-verb", "initials"), points("Mercy Phiri", 2)),
        id="initials-numbered-minute-initials",
    ),
    pytest.param(
        "Present: Dr. Mercy Phiri, Mr. Kondwani Banda\n\n2.2 XY observed that inflation fell.",
        (no_step("Mercy Phiri", "speaker"), no_step("Kondwani Banda", "speaker")),
        id="initials-unknown-initials-name-nobody-listed",
    ),
]

NAMED_MENTION = [
    pytest.param(
        "The Premier of Ostland, Hon. Tevita Manu, as Champion for Ocean Finance, briefed Ministers. He "
        "urged two steps: firstly, a trust fund; and secondly, a register.",
        (step("Tevita Manu", "speaker", "speech-verb", "named-mention"), points("Tevita Manu", 2)),
        id="named-mention-a-capacity-aside-before-the-verb",
    ),
    pytest.param(
        "Members present: Ramon T. Ortega, Lucia M. Ortega\n\nMs. Ortega said rates were high. "
        "Mr. Ortega said that, first, rates should hold; second, lending should grow.",
        (points("Ramon T. Ortega", 2), points("Lucia M. Ortega", 0)),
        id="named-mention-namesakes-told-apart-by-the-honorific-guessed-before",
    ),
    pytest.param(
        "Chair Ole Brun (Ostland) opened the meeting and reminded delegates of the deadline. Presenting the "
        "audit, Kari Vinter, Deputy Secretary-General, Treasurer, said costs rose. She gave two reasons. "
        "First, fuel. Second, wages.",
        (step("Kari Vinter", "speaker", "speech-verb", "named-mention"), points("Kari Vinter", 2)),
        id="named-mention-a-second-title-in-apposition",
    ),
    pytest.param(
        "The Committee Chair opened the meeting. The representative of Ostland, speaking for the Arab "
        "Group, said costs had risen. The Group called for (a) prompt payment and (b) fair shares.",
        (
            step("representative of Ostland", "points", "speech-verb", "named-mention"),
            points("representative of Ostland", 2),
            not_speaker(None),
        ),
        id="named-mention-the-group-a-delegate-speaks-for-is-that-delegate",
    ),
    pytest.param(
        "Mr Colm Duffy, of the Westbridge Cycling Forum, asked the Board to fund a new path.",
        (step("Colm Duffy", "speaker", "speech-verb", "named-mention"), not_speaker(None)),
        id="named-mention-an-affiliation-of-a-group-between-commas",
    ),
    pytest.param(
        "Rail fares will dominate the agenda in May, Ilse Moraña-Petit (Ostland), its Chair for the "
        "month, told journalists today. She listed two priorities. First, the fares. Second, the routes.",
        (
            step("Ilse Moraña-Petit", "speaker", "speech-verb", "named-mention"),
            points("Ilse Moraña-Petit", 2),
        ),
        id="named-mention-its-title-in-apposition-after-the-delegation",
    ),
    pytest.param(
        "The meeting urged all units to act. First, it is necessary to clear the backlog. Second, we must "
        "hire.\n\nLin Bao stressed that the Fifth Plenary Session of the 19th CPC Provincial Committee had "
        "put forward new requirements. The first is to cut red tape. The second is to train staff.",
        (points("Lin Bao", 2), not_speaker("CPC Provincial Committee"), points(None, 2)),
        id="named-mention-a-body-after-an-ordinal-numeral-is-governed",
    ),
    pytest.param(
        "Dr. Lena Okafor, WHO Representative in Carlia, speaking from the capital, said that aid had "
        "arrived. First, clinics were open. Second, vaccines were on the way.",
        (step("Lena Okafor", "speaker", "speech-verb", "named-mention"), points("Lena Okafor", 2)),
        id="named-mention-an-agency-acronym-that-reads-who-opens-a-title",
    ),
    pytest.param(
        "Jonas Berg, for the World Food Programme (WFP), said that WFP was asking donors to: (i) fund "
        "food stocks; (ii) pay for trucks.",
        (
            step("Jonas Berg", "speaker", "speech-verb", "named-mention"),
            points("Jonas Berg", 2),
            not_speaker("World Food Programme"),
        ),
        id="named-mention-a-spokesperson-for-the-agency-in-an-aside",
    ),
    pytest.param(
        "Present: Chair Omar Fell\n\nPeter Rowe, of Rowe Conservation Architects, spoke for the applicant "
        "and made two points. First, the slates are cracked. Second, the new product is lighter.",
        (step("Peter Rowe", "speaker", "speech-verb"), points("Peter Rowe", 2)),
        id="named-mention-full-name-of-a-firm-between-commas",
    ),
    pytest.param(
        "Present: Chair Omar Fell\n\nApplicant: Dana Whitby.\nMs. Whitby, present, asked for a continuance.",
        (step("Dana Whitby", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-present-set-off-by-commas",
    ),
    pytest.param(
        "The Council met today. KWAME ASANTE-DARKO (Ghana), First Vice-President of the Council, said that "
        "his country had grown. Mr. Asante-Darko stressed two points.",
        (
            step("KWAME ASANTE-DARKO", "speaker", "speech-verb", "named-mention"),
            not_speaker("Asante-Darko"),
        ),
        id="named-mention-a-parenthesis-then-a-title-in-apposition",
    ),
    pytest.param(
        "The Council met today. The International Labour Organization, in its capacity as observer, said it "
        "stood ready to help.",
        (step("International Labour Organization", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-an-aside-in-its-capacity-as",
    ),
    pytest.param(
        "Ms Amy Lo, DPO/NW, briefed Members on the plan.",
        (step("Amy Lo", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-past-the-initials-of-an-office",
    ),
    pytest.param(
        "The Malaysian Meteorological Department (MetMalaysia) also briefed the Cabinet on the outlook. "
        "MetMalaysia said two more episodes of rain were expected.",
        (step("Malaysian Meteorological Department", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-an-organisation-with-a-mixed-case-short-name",
    ),
    pytest.param(
        "Mr Kelly reported the following works since the last meeting.",
        (step("Kelly", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-a-surname-in-ly-is-no-adverb",
    ),
    pytest.param(
        "Smt. Asha Waghmare, ASHA worker, informed the house that 6 cases of dengue had been reported.",
        (step("Asha Waghmare", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-a-worker-in-apposition",
    ),
    pytest.param(
        "Federal Minister for Planning, Development and Special Initiatives Ahsan Raza Malik briefed "
        "the Cabinet. "
        "He said the Commission had set two targets. The first target is to complete the projects; "
        "the second "
        "target is to release the funds.",
        (points("Ahsan Raza Malik", 2), not_speaker("Raza Malik")),
        id="named-mention-a-list-of-portfolios-before-the-name-and-targets",
    ),
    pytest.param(
        "Dr Aisha Rahim, Director, Centre for Transport and Place, University of Northmoor, and Marcus Fenn, "
        "Chief Executive, Association of Operators, gave oral evidence.",
        (
            step("Aisha Rahim", "speaker", "speech-verb", "named-mention"),
            step("Marcus Fenn", "speaker", "speech-verb", "named-mention"),
            not_speaker("Association of Operators"),
        ),
        id="named-mention-titles-with-their-offices-and-oral-evidence",
    ),
    pytest.param(
        "Present: Marcus Lee, Jamie Lee.\n\nMarcus Lee (VP Activities) asked about the budget. "
        "Councillor Jamie "
        "Lee spoke against. Helen Gray advised Council. Lee added that, first, clubs. Second, teams.",
        (
            step("Marcus Lee", "speaker", "speech-verb", "named-mention"),
            not_speaker("Activities"),
            points("Jamie Lee", 2),
        ),
        id="named-mention-a-title-in-parentheses-and-the-lee-who-spoke-last",
    ),
    pytest.param(
        "Dr. M. K. Selvan enquired about the plans. Smt. Priya Das desired to know the dates.",
        (step("M. K. Selvan", "speaker", "speech-verb"), step("Priya Das", "speaker", "speech-verb")),
        id="named-mention-enquiring-and-desiring-to-know",
    ),
    pytest.param(
        "Minister Dara Keo, accompanied by Mr Sam Ith, Deputy Director of Trade, reported that exports grew.",
        (step("Dara Keo", "speaker", "speech-verb", "named-mention"), not_speaker("Sam Ith")),
        id="named-mention-past-an-accompanied-by-aside",
    ),
    pytest.param(
        "Vice mayors Zhang Wei, Zhang Lihua, Wang Qiang and Secretary-General of the municipal "
        "government Chen Hao attended the meeting.",
        (step("Chen Hao", "attendee", "presence-verb", "named-mention"),),
        id="named-mention-name-after-lower-case-portfolio",
    ),
    pytest.param(
        "Pastor Daniel Whitfield of Grace Fellowship Church gave the invocation.",
        (
            step("Daniel Whitfield", "speaker", "speech-verb", "named-mention"),
            not_speaker("Grace Fellowship Church"),
        ),
        id="named-mention-a-person-of-a-body",
    ),
    pytest.param(
        "YB Puan Hajah Noraini binti Che Mat, Chairman of the State Education, Women and Family "
        "Development Committee, said that, first, roads. Second, parks.",
        (points("Noraini binti Che Mat", 2), not_speaker("Women and Family Development Committee")),
        id="named-mention-apposition-with-a-list-of-portfolios",
    ),
    pytest.param(
        "The Secretary to the Sanggunian, Mr. Efren L. Cabrera, called the roll.",
        (step("Efren L. Cabrera", "speaker", "speech-verb", "named-mention"), not_speaker("Sanggunian")),
        id="named-mention-title-to-the-body-then-the-name",
    ),
    pytest.param(
        "Minister Dinh Quang Tuan said two things: first, exports; second, prices.",
        (points("Dinh Quang Tuan", 2),),
        id="named-mention-tuan-at-the-end-is-a-name",
    ),
    pytest.param(
        "The meeting was chaired by the Menteri Besar, YAB Dato' Seri Haji Zulkarnain bin Abdul Rahman. "
        "YB Tuan Lim Wei Keong said the state would act: first, buy boats; second, clean drains.",
        (points("Lim Wei Keong", 2), presider("Zulkarnain bin Abdul Rahman"), not_speaker("Besar")),
        id="named-mention-tuan-and-the-menteri-besar",
    ),
    pytest.param(
        "Mr Geoffrey Pallister of Hereward asked when the unit would reopen.",
        (step("Geoffrey Pallister", "speaker", "speech-verb", "named-mention"), not_speaker("Hereward")),
        id="named-mention-a-person-of-a-place",
    ),
    pytest.param(
        "Gloria Reyes, a resident of Fourth Street, said the main broke twice.",
        (step("Gloria Reyes", "speaker", "speech-verb", "named-mention"), not_speaker("Street")),
        id="named-mention-across-an-indefinite-apposition",
    ),
    pytest.param(
        "Present: Cllr R. Hughes (Chair), Cllr A. Patel\n\n"
        "Cllr Hughes, speaking as Chair, thanked Cllr Patel.",
        (step("R. Hughes", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-participial-aside-before-the-verb",
    ),
    pytest.param(
        "Ms Ingrid Halvorsen (Norway) said that, first, aid rose. Second, trade fell.",
        (step("Ingrid Halvorsen", "speaker", "speech-verb", "named-mention"), points("Ingrid Halvorsen", 2)),
        id="named-mention-name-with-parenthesis",
    ),
    pytest.param(
        "The Secretariat (Mr Karl Weiss) presented two options: first, delay; second, proceed.",
        (step("Karl Weiss", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-name-in-parenthesis-after-body",
    ),
    pytest.param(
        "Carl Jensen, 14 Elm Street, spoke against the plan.",
        (step("Carl Jensen", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-address-between-name-and-verb",
    ),
    pytest.param(
        "Cllr Amy Reed and Cllr Tom Hale spoke.",
        (
            step("Amy Reed", "speaker", "speech-verb", "named-mention"),
            step("Tom Hale", "speaker", "speech-verb", "named-mention"),
        ),
        id="named-mention-co-subjects-joined-by-and",
    ),
    pytest.param(
        "The International Organization for Migration (IOM) met donors. "
        "Later IOM says two risks remain: first, floods; second, fire.",
        (points("International Organization for Migration", 2), not_speaker("Later IOM")),
        id="named-mention-sentence-initial-adverb-not-part-of-name",
    ),
    pytest.param(
        "PUBLIC COMMENT\nGloria Perez of Maple Avenue asked why the pool was closed. "
        "Sam Reid, of 14 Elm Street, said the lights were out.",
        (
            step("Gloria Perez", "speaker", "speech-verb", "named-mention"),
            step("Sam Reid", "speaker", "speech-verb", "named-mention"),
            not_speaker("Maple Avenue"),
            not_speaker("Elm Street"),
        ),
        id="named-mention-where-a-member-of-the-public-lives-is-no-name",
    ),
    pytest.param(
        "PUBLIC HEARING\nKenneth Bright, owner of Bright's Market, spoke against the article.",
        (step("Kenneth Bright", "speaker", "speech-verb", "named-mention"), not_speaker("Market")),
        id="named-mention-a-role-without-an-article-in-an-aside",
    ),
    pytest.param(
        "Owner comments:\n- Elaine Kowalczyk, Unit 1107, asked whether owners on the west side pay more.",
        (step("Elaine Kowalczyk", "speaker", "speech-verb", "named-mention"), not_speaker("Unit")),
        id="named-mention-an-owner-and-her-unit-number",
    ),
    pytest.param(
        "Synod.\n\nMr Robert Kingsley (Laity, Market Harland) asked why the levy had risen; Mrs Ann Ashby "
        "replied that it followed the formula.",
        (step("Robert Kingsley", "speaker", "speech-verb", "named-mention"), not_speaker("Market Harland")),
        id="named-mention-a-parenthesis-of-two-parts-after-the-name",
    ),
    pytest.param(
        "Regular Meeting of the Conference of Heads of Government, held in Tarn.\n\n"
        "Heads of Government agreed to: (i) extend the fisheries accord; and (ii) fund the ferry link.",
        (step(None, "speaker", "body-decision"), not_speaker("Heads of Government"), points(None, 2)),
        id="named-mention-heads-of-government-are-the-body",
    ),
    pytest.param(
        "FINAL COMMUNIQUE\n\n"
        "1. The Fifth Ordinary Session of the Authority of Heads of State of the Velan Union (VU) was "
        "held on 3 May 2026 in Tarn.\n\n"
        "2. The Authority noted that trade had risen and agreed to: (a) open the border; and (b) hold a "
        "census.",
        (step(None, "speaker", "speech-verb", "named-mention"), not_speaker("Authority"), points(None, 2)),
        id="named-mention-the-head-noun-of-the-title-body-of-heads-is-the-body",
    ),
    pytest.param(
        "Assembly.\n\nThe Farmers' Support Centre (Albania) asked that the fee be lowered.",
        (step("Farmers' Support Centre", "speaker", "speech-verb", "named-mention"), not_speaker("Albania")),
        id="named-mention-an-organisation-with-its-country-in-parentheses",
    ),
    pytest.param(
        "Assembly.\n\nThe Green Youth Centre (Georgia) proposed a lower fee.",
        (step("Green Youth Centre", "speaker", "speech-verb", "named-mention"), not_speaker("Georgia")),
        id="named-mention-the-parenthesis-after-an-organisation-qualifies-it",
    ),
    pytest.param(
        "Assembly.\n\nThe Tenants' Rights Centre asked for a vote.",
        (step("Tenants' Rights Centre", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-an-organisation-with-a-plural-possessive",
    ),
    pytest.param(
        "Present: Ms Una Dwyer\n\nThe Housing Committee, through its chair Ms Dwyer, reported that the "
        "books were in order.",
        (
            step("Housing Committee", "speaker", "speech-verb", "named-mention"),
            no_step("Una Dwyer", "speaker"),
        ),
        id="named-mention-a-body-speaking-through-its-officer",
    ),
    pytest.param(
        "Assembly.\n\nThe Riverside Farmers Association, represented by its treasurer Mr. Otto Bell, "
        "asked for a grant.",
        (
            step("Riverside Farmers Association", "speaker", "speech-verb", "named-mention"),
            attendee("Riverside Farmers Association"),
            no_step("Otto Bell", "speaker"),
        ),
        id="named-mention-an-organisation-represented-by-its-officer-is-the-subject",
    ),
    pytest.param(
        "Assembly.\n\nThe Northern Ports Association, which joined by telephone, also briefed the members.",
        (
            step("Northern Ports Association", "speaker", "speech-verb", "named-mention"),
            attendee("Northern Ports Association"),
        ),
        id="named-mention-a-clause-on-its-presence-between-the-body-and-its-verb",
    ),
    pytest.param(
        "Responsible officials of the City Finance Bureau and the City Water Bureau spoke on the plan.",
        (not_speaker("City Finance Bureau"), not_speaker("City Water Bureau")),
        id="named-mention-a-collective-of-two-bodies-joined-by-and-the",
    ),
    pytest.param(
        "Senate minutes.\n\nThe Dean of Law, dr hab. Marta Kowal, prof. UJ, presented the report. "
        "She noted two gaps: first, staff; second, rooms.",
        (
            step("Marta Kowal", "speaker", "speech-verb", "named-mention"),
            points("Marta Kowal", 2),
            not_speaker("UJ"),
            not_attendee("UJ"),
        ),
        id="named-mention-a-lowercase-prof-and-the-university-s-letters-after-the-name",
    ),
    pytest.param(
        "Ma Lan, deputy director of the County Office, and responsible comrades of the township units "
        "attended the session.",
        (step("Ma Lan", "attendee", "presence-verb", "named-mention"),),
        id="named-mention-a-name-before-unnamed-people-joined-by-and",
    ),
    pytest.param(
        "Session record.\n\nThe deputy head Ivan Petrenko, heads of city departments and representatives "
        "of utilities also took part in the session.",
        (step("Ivan Petrenko", "attendee", "presence-verb", "named-mention"),),
        id="named-mention-a-name-before-a-list-of-collectives",
    ),
    pytest.param(
        'Session record.\n\nThe civic association "Oakvale Residents Union" addressed the council with a '
        "request to extend the opening hours.",
        (
            step("Oakvale Residents Union", "speaker", "speech-verb", "named-mention"),
            attendee("Oakvale Residents Union"),
        ),
        id="named-mention-an-organisation-named-in-quotation-marks",
    ),
    pytest.param(
        "Forum record.\n\nZhao Ning, general manager of Qinghe Paper Co., Ltd., hoped that the permits would "
        "be eased.",
        (step("Zhao Ning", "speaker", "speech-verb", "named-mention"), attendee("Zhao Ning")),
        id="named-mention-an-apposition-through-a-company-s-legal-form",
    ),
    pytest.param(
        "Ms Ana Bo, President of the Larch Red Cross (LRC), chaired the meeting and welcomed delegates.",
        (presider("Ana Bo"), step("Ana Bo", "speaker", "speech-verb")),
        id="named-mention-an-abbreviation-in-parentheses-after-the-title",
    ),
    pytest.param(
        "Ms Ana Bo chaired the meeting. Mr Tom Reyes, Head of Finance, LRC, presented the accounts.",
        (step("Tom Reyes", "speaker", "speech-verb", "named-mention"), not_speaker("LRC")),
        id="named-mention-the-organisation-initials-after-the-title",
    ),
    pytest.param(
        "Li Ping, deputy secretary of the county Party committee, mayor and chief forester of the "
        "county, presided over the meeting.",
        (presider("Li Ping"),),
        id="named-mention-a-second-title-in-lower-case",
    ),
    pytest.param(
        "At the meeting, the County Bureau of Health and Welfare and the Lanxi Municipal Government "
        "made speeches.",
        (
            step("County Bureau of Health and Welfare", "speaker", "speech-verb"),
            step("Lanxi Municipal Government", "speaker", "speech-verb"),
        ),
        id="named-mention-two-organisations-joined-by-and-the",
    ),
    pytest.param(
        "The city held a work conference. Zhou Lin, deputy secretary of the City Party Committee, mayor and "
        "director of the City Safety Commission, presided over the conference.",
        (presider("Zhou Lin"),),
        id="named-mention-second-titles-ending-in-an-organisation",
    ),
    pytest.param(
        "The county held a work meeting. Gao Ping, secretary of the county Party committee, county head and "
        "chief of the county river office, presided over the meeting.",
        (presider("Gao Ping"),),
        id="named-mention-a-second-title-with-its-level-word-county-head",
    ),
    pytest.param(
        "The Board met. The Tenants Alliance on Housing presented its annual review.",
        (step("Tenants Alliance on Housing", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-an-organisation-named-with-on",
    ),
    pytest.param(
        "The Board met. The Road Safety Unit at the Transport Ministry presented its crash figures.",
        (
            step("Road Safety Unit", "speaker", "speech-verb", "named-mention"),
            not_speaker("Transport Ministry"),
        ),
        id="named-mention-a-unit-at-the-ministry-that-houses-it",
    ),
    pytest.param(
        "The Board met. Under item 2, the Regional Clean Energy Facility presented its lending plan.",
        (step("Regional Clean Energy Facility", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-a-financing-facility-is-an-organisation",
    ),
    pytest.param(
        "The Minister of Environment and Physical Planning Dora Kelmendi noted that the air was poor.",
        (step("Dora Kelmendi", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-after-a-portfolio-of-physical-planning",
    ),
    pytest.param(
        "The Sarova Banking Authority (SBA), represented at the press conference by its Chief Executive of "
        "Banking Supervision Rina Wulandari, welcomed the decision and stated that loans grew.",
        (step("Sarova Banking Authority", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-a-body-represented-at-a-place-by-its-officer",
    ),
    pytest.param(
        "The forum met on May 3. Tan Wei, deputy head of the Port Authority, Gu Rong, president of the "
        "Shipping Association, and member units of the forum attended.",
        (attendee("Tan Wei"), attendee("Gu Rong"), not_attendee("forum")),
        id="named-mention-names-in-apposition-then-and-a-collective",
    ),
    pytest.param(
        "The forum met on May 3. Deputy Mayor Ren Jie, Secretary-General of the city government Ren Hao and "
        "heads of the bureaus attended.",
        (attendee("Ren Jie"), attendee("Ren Hao")),
        id="named-mention-titled-names-then-and-a-collective",
    ),
    pytest.param(
        "The forum met on May 3, chaired by Vice Mayor Ou Lan. Ou Lan, when summing up the forum, required "
        "all districts to report by June.",
        (step("Ou Lan", "speaker", "speech-verb", "named-mention"),),
        id="named-mention-an-aside-of-time-before-the-verb",
    ),
    pytest.param(
        "The forum met on May 3. Tan Wei, deputy head of the Port Authority, Gu Rong, president of the "
        "Shipping Association, and member units of the Forum attended.",
        (attendee("Tan Wei"), attendee("Gu Rong"), not_attendee("Forum")),
        id="named-mention-names-then-and-a-collective-of-a-named-body",
    ),
    pytest.param(
        "The Minister of State, Minister of Trade, the National Economy and Pacific Affairs, Mr. Ivo Kral, "
        "met Mr. Bo Li in the presence of the Secretary General of the Ministry, Mrs. Ana Kral. Mr. Kral "
        "presented the plan.",
        (step("Ivo Kral", "speaker", "speech-verb", "named-mention"), not_speaker("Ana Kral")),
        id="named-mention-the-honorific-after-a-title-tells-the-gender",
    ),
    pytest.param(
        "The Pricing Board, in its session held on 4 May, kept the rate at 4%. Ms Ana Bo spoke on prices. "
        "The Pricing Board reiterated that it will act.",
        (step(None, "speaker", "speech-verb", "named-mention"), not_speaker("Pricing Board")),
        id="named-mention-the-body-in-its-session-is-the-meeting",
    ),
]

PRONOUN = [
    pytest.param(
        "Present: Janet Ogunleye, Sandra Pell\n\nMrs Pell thanked the members for re-electing her.\n"
        "Janet raised the second rink: firstly, she asked that it be kept free on Saturdays, and "
        "secondly that visitors be told of the dress code.",
        (step("Janet Ogunleye", "speaker", "speech-verb", "pronoun"), points("Janet Ogunleye", 2)),
        id="pronoun-who-opened-the-sentence-before-its-colon",
    ),
    pytest.param(
        "Vice Premier Zhou Minghua toured Nanshan. Gao Wei, deputy secretary-general of the State "
        "Council, and officials from the Reserves Administration took part in the tour.\n\n"
        "At the county grain depot, Zhou checked the corn and asked about prices. He said that prices "
        "must hold.",
        (step("Zhou Minghua", "speaker", "speech-verb", "pronoun"), not_speaker("Gao Wei")),
        id="pronoun-the-person-after-a-scene-opens-the-sentence",
    ),
    pytest.param(
        "The Tribunal heard evidence from Ms Rita Okoye. She told the Tribunal that she had warned "
        "Mr Tom Ng twice.",
        (step("Rita Okoye", "speaker", "speech-verb", "pronoun"), not_speaker("Tom Ng")),
        id="pronoun-not-a-person-named-after-it",
    ),
    pytest.param(
        "Dr Hana Berg presented the harvest figures.\n\n3. Cabinet has taken note of the visit of the "
        "Minister of Trade, Regional Integration and Fisheries to Lisbon. The Minister met three "
        "investors. He suggested two steps: firstly, a joint port office; and secondly, a fleet register.",
        (
            step(
                "Minister of Trade, Regional Integration and Fisheries", "speaker", "speech-verb", "pronoun"
            ),
            points("Minister of Trade, Regional Integration and Fisheries", 2),
            points("Hana Berg", 0),
        ),
        id="pronoun-the-full-title-before-its-short-form",
    ),
    pytest.param(
        "Vice Mayor Wu Qing attended. He stressed that, first, we act. Second, we plan.",
        (step("Wu Qing", "speaker", "speech-verb", "pronoun"), points("Wu Qing", 2)),
        id="pronoun-he-after-opener",
    ),
    pytest.param(
        "Ms. Alicia Moore spoke first. Mr. Tom Hill reported on "
        "roads. She listed two needs: first, staff; second, funds.",
        (
            step("Alicia Moore", "speaker", "speech-verb", "pronoun"),
            points("Alicia Moore", 2),
            points("Tom Hill", 0),
        ),
        id="pronoun-she-skips-male-speaker",
    ),
    pytest.param(
        "Members: Mr. Paul Reyes (Deputy Chair), Dr. Ana Reyes.\n\n"
        "5. Mr. Reyes said rates should hold.\n\n"
        "6. Dr. Reyes disagreed with this view. She gave two reasons: (i) credit was slowing; and "
        "(ii) prices were falling.",
        (step("Ana Reyes", "speaker", "speech-verb", "pronoun"), points("Ana Reyes", 2)),
        id="pronoun-after-a-numbered-paragraph-opened-by-a-namesake-told-by-the-honorific",
    ),
    pytest.param(
        "Minister Ivo Tamm met Ambassador Rein Oja.\n\nMinister Tamm said that ties were strong. The head "
        "of the guest delegation, R. Oja, highly appreciated the visit. He said that trade was growing.",
        (step("Rein Oja", "speaker", "speech-verb", "pronoun"),),
        id="pronoun-a-name-set-off-after-a-role-opens-the-sentence",
    ),
    pytest.param(
        "Present: Kit Moss, Ray Dunn\n\nKit Moss said the gate was fixed. Ray Dunn has two quotes for "
        "the roof; he recommends the lower one.",
        (step("Ray Dunn", "speaker", "speech-verb", "pronoun"),),
        id="pronoun-after-a-semicolon-the-person-who-opened-the-sentence",
    ),
]

ITS_DELEGATE = [
    pytest.param(
        "The Commission opened its session. The Asian Development Bank also took part in the debate. Its "
        "representative said the Bank would align its strategy.",
        (step("Asian Development Bank", "speaker", "speech-verb", "its-delegate"),),
        id="its-delegate-the-organisation-named-last",
    ),
    pytest.param(
        "The Commission opened its session. Its chair said the agenda was long.",
        (no_step("Commission", "speaker", "speech-verb"),),
        id="its-delegate-not-its-chair",
    ),
]

FIRST_PERSON = [
    pytest.param(
        "Statement by Prof. Nandini Rao\n\nI will set out "
        "two aims. First, fund research. Second, train staff.",
        (step("Nandini Rao", "speaker", "speech-verb", "first-person"), points("Nandini Rao", 2)),
        id="first-person-i-in-statement",
    ),
    pytest.param(
        "Cllr Amy Reed said the roads are poor. Prof. Nandini Rao then gave the keynote address.\n\n"
        "I will set out two aims. First, fund research. Second, train staff.",
        (points("Nandini Rao", 2), points("Amy Reed", 0)),
        id="first-person-i-after-keynote-address",
    ),
    pytest.param(
        "Cllr Amy Reed said the roads are poor. The opening address was given by Prof. Nandini Rao. "
        "I will set out two aims. First, fund research. Second, train staff.",
        (points("Nandini Rao", 2), points("Amy Reed", 0)),
        marks=gap("'The opening address was given by X. I will ...': 'I' is the previous speaker, not X"),
        id="first-person-address-given-by-passive",
    ),
    pytest.param(
        "The Chairperson welcomed members. Address by Prof. Nandini Rao:\n\n"
        "I will set out two aims. First, fund research. Second, train staff.",
        (points("Nandini Rao", 2),),
        marks=gap("'Address by X:' gives X no turn: 'I' is the Chairperson who spoke before"),
        id="first-person-address-by-label",
    ),
]

TITLE_ONLY = [
    pytest.param(
        "On 3 May, Mr. Arno Pilt, Minister of Foreign Affairs, held talks with Ms. Lena Sorvik, Minister of "
        "Foreign Affairs of the Republic of Kestria. The Minister proposed two steps: (1) to open a "
        "consulate; (2) to add flights. The Minister of Foreign Affairs of Kestria welcomed them and named "
        "two areas: firstly, energy; and secondly, schools.",
        (
            step("Arno Pilt", "speaker", "speech-verb", "title-only"),
            points("Arno Pilt", 2),
            step("Lena Sorvik", "speaker", "speech-verb", "title-only"),
            points("Lena Sorvik", 2),
            not_speaker("Kestria"),
        ),
        id="title-only-the-host-minister-and-the-guest-of-a-republic",
    ),
    pytest.param(
        "On 3 May, the Minister of Foreign Affairs, Arno Pilt, met the Minister of Foreign Affairs of the "
        "Kingdom of Kestria, Lena Sorvik. The head of the Pilvan diplomacy stressed two aims: firstly, "
        "trade; secondly, ports.",
        (step("Arno Pilt", "speaker", "speech-verb", "title-only"), points("Arno Pilt", 2)),
        id="title-only-the-head-of-a-diplomacy-is-the-foreign-minister",
    ),
    pytest.param(
        "The session opened with a statement of the Prime Minister of the country Oren Valdis. Then the "
        "Prime Minister listed two aims: 1) lower prices; 2) more jobs.",
        (step("Oren Valdis", "speaker", "speech-verb", "title-only"), points("Oren Valdis", 2)),
        id="title-only-a-title-of-the-country-before-the-name",
    ),
    pytest.param(
        "The forum was chaired by the Founder of National Unity, President of the Republic, Honorable "
        "Selim Arvan. The Leader of the Nation said that, first, roads come first. Second, schools follow.",
        (
            presider("Selim Arvan"),
            step("Selim Arvan", "speaker", "speech-verb", "title-only"),
            points("Selim Arvan", 2),
            not_speaker("Unity"),
        ),
        id="title-only-the-leader-of-the-nation-after-a-chain-of-styles",
    ),
    pytest.param(
        "The President of the Council, Ms. Ilse Marrow, arrived early.\n\nPRESIDENT OPENS HEARING ON "
        "FISHERIES\n\nIn her remarks, the President said that, first, stocks must recover. "
        "Second, quotas fall.",
        (
            step("Ilse Marrow", "speaker", "speech-verb", "title-only"),
            points("Ilse Marrow", 2),
            not_speaker("OPENS HEARING"),
        ),
        id="title-only-a-headline-verb-in-capitals-is-not-a-name",
    ),
    pytest.param(
        "This is a summary of the briefing by Odile Farrant, Spokesperson for the President of the "
        "sixty-first session of the Assembly.\nThe Spokesperson said that, first, the hall reopens. "
        "Second, the budget is due.",
        (step("Odile Farrant", "speaker", "speech-verb", "title-only"), points("Odile Farrant", 2)),
        id="title-only-a-title-in-apposition-with-the-ordinal-of-a-session",
    ),
    pytest.param(
        "The Treasurer, the Hon. Colin Park, responded that rates would hold. Later the Treasurer "
        "replied that the surplus was small.",
        (step("Colin Park", "speaker", "speech-verb", "named-mention"), not_speaker("Treasurer")),
        id="title-only-the-title-given-by-an-apposition-with-the-hon",
    ),
    pytest.param(
        "Cabinet approved the plan of the Minister for Energy and the Green Transition, Mrs. Ulla Brink. "
        "Later the Minister for Energy and the Green Transition said that, first, wind grows. "
        "Second, coal ends.",
        (step("Ulla Brink", "speaker", "speech-verb", "title-only"), points("Ulla Brink", 2)),
        id="title-only-a-portfolio-joined-by-and-the",
    ),
    pytest.param(
        "Ms. Ana Veld, Deputy Executive Director (Operations), spoke first.\n\nThe Director, Audit "
        "Office, introduced the report. She drew attention to two issues: first, the late audits; and "
        "second, the open findings.",
        (
            step("Director, Audit Office", "speaker", "speech-verb", "title-only"),
            points("Director, Audit Office", 2),
            points("Ana Veld", 0),
        ),
        id="title-only-an-office-in-apposition-not-the-holder-of-another-directorship",
    ),
    pytest.param(
        "The representative of France said the plan was sound. The representative of the Republic of Korea "
        "said that two things mattered. First, the parties must agree. Second, the sites must get water.",
        (
            step("representative of the Republic of Korea", "speaker", "speech-verb", "title-only"),
            points("representative of the Republic of Korea", 2),
            not_speaker("Korea"),
        ),
        id="title-only-the-representative-of-a-states-long-name",
    ),
    pytest.param(
        "The spokesman for the Executive Council, Mr Leong Kin Hong, presented the details.\n\n"
        "As for the regulation, the spokesman said the fees would change.",
        (step("Leong Kin Hong", "speaker", "speech-verb", "title-only"), not_speaker("spokesman")),
        id="title-only-a-title-for-an-organisation-with-a-title-word-in-its-name",
    ),
    pytest.param(
        "Presiding: Smt. Sunita Ramesh Patil, Sarpanch\n\nThe Sarpanch informed the house that the "
        "Gram Sabha had suggested works.",
        (step("Sunita Ramesh Patil", "speaker", "speech-verb", "title-only"),),
        id="title-only-the-sarpanch",
    ),
    pytest.param(
        "Senator Lee moved to amend item (b). The Parliamentarian advised that the amendment was in order.",
        (step("Parliamentarian", "speaker", "speech-verb", "title-only"),),
        id="title-only-the-parliamentarian",
    ),
    pytest.param(
        "Staff:     Mr Graham Ash, Chief Executive Officer\n           Ms Leonie Lock, Director "
        "Infrastructure "
        "Services\n\n3. PUBLIC QUESTION TIME\nMr Tom Tighe asked about his road. The Director Infrastructure "
        "Services advised that the works were programmed.",
        (
            attendee("Leonie Lock", "Director Infrastructure Services"),
            step("Leonie Lock", "speaker", "speech-verb", "title-only"),
        ),
        id="title-only-a-title-with-portfolio-words-after-its-head",
    ),
    pytest.param(
        "The meeting was attended by the 1st Vice President, Dr. Hal Sule; and the General "
        "Secretary, Barr. Femi Ade, "
        "who served as Secretary.\n\n1) Following a report by the General Secretary, the Committee "
        "commended the "
        "athletes.\n\n2) The President, in his remarks, charged members to act.",
        (attendee("Femi Ade"), not_speaker("General Secretary"), step(None, "speaker", None)),
        id="title-only-barrister-style-and-charging-members",
    ),
    pytest.param(
        "PRESENT\n\nShri Ravi Verma   -   Chairperson\n\nWITNESSES\n\n1.   Shri Alok Mohan   -   Secretary\n"
        "2.   Shri R. K. Tiwari   -   Chairman, National Waterways Authority\n\n3.   The Secretary, "
        "Ministry of Shipping then made a power point presentation. "
        "He highlighted two things: (i) dredging; and (ii) terminals.\n\n4.   The Chairman, National "
        "Waterways "
        "Authority informed the Committee of the date.",
        (
            points("Alok Mohan", 2),
            step("R. K. Tiwari", "speaker", "speech-verb", "title-only"),
            presider("Ravi Verma"),
        ),
        id="title-only-an-office-in-apposition-to-the-title",
    ),
    pytest.param(
        "Present:\nMs Ana Roy, Prime Minister and Minister of Finance\nMr Ben Cho, Minister of Health\n\n"
        "Mr Ben Cho reported on the clinics. The Minister added that two would open in May.",
        (step("Ben Cho", "speaker", "speech-verb", "title-only"),),
        id="title-only-the-minister-is-not-the-prime-minister",
    ),
    pytest.param(
        "The session was presided over by Samdech Ana Roy, Prime Minister. At the close, Samdech "
        "Prime Minister gave the following recommendations: first, fix the roads. Second, build schools.",
        (step("Ana Roy", "speaker", "speech-verb", "title-only"), points("Ana Roy", 2)),
        id="title-only-a-title-after-a-style",
    ),
    pytest.param(
        "The ASSISTANT DIRECTOR-GENERAL (Universal Health Coverage/Communicable and Noncommunicable "
        "Diseases), responding to the points raised, thanked Member States.",
        (
            step(
                "ASSISTANT DIRECTOR-GENERAL (Universal Health Coverage/Communicable and "
                "Noncommunicable Diseases)",
                "speaker",
                "speech-verb",
                "title-only",
            ),
            not_speaker("Noncommunicable Diseases"),
        ),
        id="title-only-with-a-portfolio-in-parentheses",
    ),
    pytest.param(
        "Mr. Vikram Deshpande, Chairman & Managing Director, chaired the meeting. Present: Dr. Suresh "
        "Iyengar, Independent Director and Chairperson of the Nomination Committee.\n\n"
        "The Chairman said that, first, sales rose. Second, costs fell.",
        (step("Vikram Deshpande", "speaker", "speech-verb", "title-only"), points("Vikram Deshpande", 2)),
        id="title-only-a-chair-of-a-committee-is-not-the-chairman",
    ),
    pytest.param(
        "Present: Ms Jane Pellow (Clerk)\n\nThe Clerk said that, "
        "first, the audit is done. Second, the precept is set.",
        (step("Jane Pellow", "speaker", "speech-verb", "title-only"), points("Jane Pellow", 2)),
        id="title-only-the-clerk-is-listed-clerk",
    ),
    pytest.param(
        "For his second term as UN Secretary-General, António Guterres addressed the Assembly. "
        "The Secretary-General said that, first, peace. Second, climate.",
        (step("António Guterres", "speaker", "speech-verb", "title-only"), points("António Guterres", 2)),
        id="title-only-as-role-before-name",
    ),
    pytest.param(
        "The Vice Mayor said that, first, we act. Second, we plan.",
        (step("Vice Mayor", "speaker", "speech-verb", "title-only"), not_attendee("Vice Mayor")),
        id="title-only-unnamed-role-as-written",
    ),
    pytest.param(
        "António Guterres spoke as UN Secretary-General. The "
        "Secretary-General said that, first, peace. Second, climate.",
        (points("António Guterres", 2), not_speaker("Secretary-General")),
        id="title-only-secretary-general-named-by-as",
    ),
    pytest.param(
        "Diocesan Synod.\n\nThe Archdeacon of Wrexford explained that parish share collection had risen.",
        (step("Archdeacon of Wrexford", "speaker", "speech-verb", "title-only"), not_speaker("Wrexford")),
        id="title-only-an-archdeacon-of-a-place",
    ),
    pytest.param(
        "The Leader of the Assembly, Hon. Kemi Ade, presided. Present: Hon. Yusuf Tanko (Majority Leader), "
        "Hon. Grace Udo (Minority Leader).\n\nThe Leader announced two visits. First, the Governor "
        "would come. Second, the auditors would come.",
        (step("Kemi Ade", "speaker", "speech-verb", "title-only"), points("Kemi Ade", 2)),
        id="title-only-the-leader-is-not-the-majority-leader",
    ),
    pytest.param(
        "Present: Ms. Ines Horvat, Secretary-General of the VEMA Secretariat; Mr. Otto Brandt.\n\n"
        "Statements were made by Mr. Brandt and the Secretary-General of the Secretariat. In her statement, "
        "the Secretary-General of the Secretariat said that two things mattered: first, trade; and second, "
        "transport.",
        (step("Ines Horvat", "speaker", "speech-verb", "title-only"), points("Ines Horvat", 2)),
        id="title-only-a-title-without-the-organisation-s-letters-in-the-role",
    ),
    pytest.param(
        "Present:\n- Prof. Sara Moin, Vice-Principal\n- Dr. Ken Ali, Dean\n\n"
        "The Vice-Principal informed the house that fees were paid.",
        (step("Sara Moin", "speaker", "speech-verb", "title-only"), attendee("Sara Moin", "Vice-Principal")),
        id="title-only-vice-principal-of-the-list",
    ),
    pytest.param(
        "Cabinet notes.\n\n1. The Cabinet agreed to these appointments to the Ferry Board: a) Mr. Ron Tate, "
        "Chairman; b) Ms. Ama Lott, Member.\n\n"
        "2. The Cabinet invited the Chair of the Arts Council, Ms. Dina Vale, to present the plan. "
        "The Chair reported that the festival will move to July.",
        (step("Dina Vale", "speaker", "speech-verb", "title-only"), not_speaker("Ron Tate")),
        id="title-only-the-holder-named-with-it-in-the-sentence-before",
    ),
    pytest.param(
        "PRESENT\n1. Hon. Ruth Wambui - Chairperson\nIN ATTENDANCE\n"
        "1. Dr. Amos Kirui - CECM, Water Services\n\n"
        "The CECM, Water Services informed the Committee that two dams were complete.",
        (step("Amos Kirui", "speaker", "speech-verb", "title-only"), not_speaker("Water Services")),
        id="title-only-a-county-executive-committee-member-by-the-letters-cecm",
    ),
    pytest.param(
        "Chairperson: Cr Ana Ruru\nDeputy Chairperson: Cr Tom Hale\n\n1. Close\n"
        "The Chairperson thanked everyone and closed the meeting.",
        (step("Ana Ruru", "speaker", "speech-verb", "title-only"), not_speaker("Tom Hale")),
        id="title-only-the-chairperson-is-the-presider-not-the-deputy",
    ),
    pytest.param(
        "Vice President/Trade Minister Omar Haddad held talks with his guest. Welcoming the guest, the "
        "Vice President/Trade Minister said that, first, trade grew; and second, tariffs fell.",
        (step("Omar Haddad", "speaker", "speech-verb", "title-only"), points("Omar Haddad", 2)),
        id="title-only-a-slash-in-the-title",
    ),
    pytest.param(
        "Ms Ana Bo chaired the meeting. The UNDP East Asia Regional Director addressed the meeting. "
        "He said that, first, funds were short; second, staff were few.",
        (
            step("UNDP East Asia Regional Director", "speaker", "speech-verb", "title-only"),
            points("UNDP East Asia Regional Director", 2),
        ),
        id="title-only-four-words-before-the-head",
    ),
    pytest.param(
        "The Minister of Trade of Estonia, Karl Tamm, met with the Minister for Trade of Ruritania, "
        "Anna Berg. Karl Tamm welcomed the guest. The Minister set out two aims: first, lower "
        "tariffs; and second, faster ports.",
        (
            step("Karl Tamm", "speaker", "speech-verb", "title-only"),
            points("Karl Tamm", 2),
            not_attendee("Estonia"),
        ),
        id="title-only-a-place-after-of-before-the-name-in-apposition",
    ),
    pytest.param(
        "MEMBERS PRESENT\n1. Hon. Ama Owusu - Presiding Member\n2. Hon. Yaw Kuffour\n\n"
        "The Presiding Member, Hon. Ama Owusu, opened the meeting. The Presiding Member thanked members "
        "and asked them, firstly, to attend on time; and secondly, to pay their levies.",
        (
            step("Ama Owusu", "speaker", "speech-verb", "title-only"),
            points("Ama Owusu", 2),
            not_speaker(None),
        ),
        id="title-only-a-presiding-member-is-the-one-listed-not-the-meeting",
    ),
    pytest.param(
        "The Chair was Ms Ana Pereira and the Vice-Chair was Mr Jon Pereira.\nThe Vice-Chair said that "
        "the plan had two parts: first, more staff; second, more sites.",
        (step("Jon Pereira", "speaker", "speech-verb", "title-only"), points("Jon Pereira", 2)),
        id="title-only-a-title-given-to-a-name-by-was",
    ),
    pytest.param(
        "PRESENT:\nKoravia \u2013 Mr. D. Ruto        Lusenia \u2013 Mr. H. Sami\n\n1. The Representative of "
        "Koravia and the Representative of Lusenia supported the proposal.",
        (
            step("D. Ruto", "speaker", "speech-verb", "title-only"),
            step("H. Sami", "speaker", "speech-verb", "title-only"),
        ),
        id="title-only-two-titles-joined-by-and",
    ),
    pytest.param(
        "Minister Ana Bo held talks with the Minister of Trade of the Republic of Velmora, Mr. Ivo Kral. "
        "The Velmoran minister stressed two points: first, ports; second, roads.",
        (step("Ivo Kral", "speaker", "speech-verb", "title-only"), points("Ivo Kral", 2)),
        id="title-only-a-demonym-before-the-title-names-its-country",
    ),
    pytest.param(
        "The President of the Republic, Ana Bo, presided over the Cabinet. The First Mandatary ordered "
        "two actions: first, more roads; second, more ports.",
        (step("Ana Bo", "speaker", "speech-verb", "title-only"), points("Ana Bo", 2)),
        id="title-only-the-first-mandatary-is-the-president",
    ),
]

HELD_ROLE = [
    pytest.param(
        "Present:\nMs Rosa Quan, Deputy Director of Parks (Operations)\nMr Tom Reed, Treasurer\n\n"
        "4. Deputy Director of Parks (Operations) replied that the lawns would reopen in May.",
        (step("Rosa Quan", "speaker", "speech-verb", "held-role"),),
        id="held-role-a-listed-role-as-written",
    ),
    pytest.param(
        "Present:\nMr Tom Reed, Director of Parks\nMs Ann Lowe, Treasurer\n\n"
        'The Director of Parks ("DoP") briefed members on the pool.\n\n'
        "Ms Ann Lowe asked about the fees. DoP responded that they would not rise.",
        (step("Tom Reed", "speaker", "speech-verb", "held-role"), not_speaker("DoP")),
        id="held-role-an-abbreviation-defined-for-a-title",
    ),
    pytest.param(
        "Present:\nMr Tom Reed, Director of Parks\nMs Ann Lowe, Treasurer\n\n"
        'The Director of Parks ("DoP") briefed members on the pool.\n\n'
        "At the request of Ms Lowe, DoP said that the fees would not rise.",
        (step("Tom Reed", "speaker", "speech-verb", "held-role"), not_speaker("DoP")),
        id="held-role-an-abbreviation-after-an-opening-phrase",
    ),
    pytest.param(
        "ALSO PRESENT:\nMs. C. Moreau, Director, Air Navigation Bureau (D/ANB)\n"
        "Mr. K. Reed, Chief, Records Section\n\n5. Responding, the D/ANB indicated that the Secretariat "
        "would (i) publish the guidance; and (ii) hold two workshops.",
        (step("C. Moreau", "speaker", "speech-verb", "held-role"), points("C. Moreau", 2)),
        id="held-role-an-office-abbreviation-closing-an-attendance-row",
    ),
    pytest.param(
        "ALSO PRESENT:\nMs. C. Moreau, Director, Air Navigation Bureau (ANB)\n"
        "Mr. K. Reed, Chief, Records Section\n\n5. Responding, the ANB indicated that the Secretariat "
        "would (i) publish the guidance; and (ii) hold two workshops.",
        (no_step("C. Moreau", "speaker"),),
        id="held-role-the-workplace-s-own-initials-are-no-office",
    ),
]

COUNTRY_DELEGATE = [
    pytest.param(
        "Egypt's delegate said that, first, water matters. Second, peace matters.",
        (
            step("Egypt's delegate", "speaker", "speech-verb", "country-delegate"),
            points("Egypt's delegate", 2),
        ),
        id="country-delegate-possessive",
    ),
    pytest.param(
        "Egypt's economy grew last year.",
        (not_speaker("Egypt's economy"), no_step("Egypt's economy", "speaker")),
        id="country-delegate-possessive-other-noun-not",
    ),
    pytest.param(
        "The Board met.\nA Government representative of Talvania welcomed the plan. First, aid should rise; "
        "second, fees should fall.",
        (
            step("Government representative of Talvania", "speaker", "speech-verb", "country-delegate"),
            points("Government representative of Talvania", 2),
            not_speaker("Talvania"),
        ),
        id="country-delegate-a-government-representative-of-a-state",
    ),
]

GOVERNED = [
    pytest.param(
        "The meeting studied the spirit of Mayor Li Qiang said earlier.",
        (no_step("Li Qiang", "speaker"), not_speaker("Li Qiang")),
        id="governed-name-after-of-is-no-subject",
    ),
    pytest.param(
        "Ann Lee together with Mayor Li Qiang said that trade grew.",
        (step("Li Qiang", "speaker", "speech-verb", "named-mention"),),
        id="governed-together-with-is-co-subject",
    ),
]

MEETING_AS_BODY = [
    pytest.param(
        "Steering Committee (SC) call\n\nPresent: Ada Lin (chair), Bo Kim\n\n"
        "After discussion, the SC agreed: first, to extend the pilot; second, to hire a tester.",
        (step(None, "speaker", "body-decision", "meeting-as-body"), points(None, 2)),
        id="meeting-as-body-an-acronym-that-is-also-a-post-nominal",
    ),
    pytest.param(
        "Dr Ana Vale briefed the summit on the reef. Leaders agreed to: (i) open a trust fund; (ii) meet "
        "again in 2027.",
        (step(None, "speaker", "body-decision", "meeting-as-body"), points(None, 2), points("Ana Vale", 0)),
        id="meeting-as-body-leaders-of-a-summit",
    ),
    pytest.param(
        "Minister Ana Ruiz said trade had grown. At the close of the talks, the two sides agreed on the "
        "following:\n1. to open a trade office;\n2. to meet again in 2027.",
        (points(None, 2), points("Ana Ruiz", 0)),
        id="meeting-as-body-the-two-sides-of-bilateral-talks",
    ),
    pytest.param(
        "NATIONAL UNION OF DOCK WORKERS\n\nNATIONAL EXECUTIVE COMMITTEE\n\nMINUTES of the meeting held on "
        "4 May 2026\n\nBro. Alan Tait said the branch had grown.\n\nThe NEC agreed to receive the report.",
        (
            step(None, "speaker", "body-decision", "meeting-as-body"),
            no_step("Alan Tait", "speaker", "body-decision"),
        ),
        id="meeting-as-body-initials-of-a-heading-under-the-first",
    ),
    pytest.param(
        "PEACE AND SECURITY COUNCIL\n1287TH MEETING\n\nMs. Amina Farah said the region needed aid.\n\n"
        "After the deliberations, the Peace and Security Council adopted the following decision:\n\n"
        "The Council,\n\n1. Welcomes the ceasefire;\n\n2. Decides to remain seized of the matter.",
        (points(None, 2), points("Amina Farah", 0)),
        id="meeting-as-body-the-body-the-headline-names-in-full",
    ),
    pytest.param(
        "Members agreed on three points. First, wages rose. Second, rents rose. Third, exports fell.\n\n"
        "In the end, the Council reached a consensus to hold the rate.",
        (points(None, 3),),
        id="meeting-as-body-in-the-end-is-no-closing-item",
    ),
    pytest.param(
        "Dr. Raj Malhotra presented the recommendations of the Credentials Committee. The Committee "
        "recommended the following appointments:\n1. Hannah Brook, MD\n2. Marcus Dole, DO\n\n"
        "After discussion, the Committee approved the report.",
        (points("Raj Malhotra", 2), step(None, "speaker", "body-decision")),
        id="meeting-as-body-not-another-committee-whose-report-is-presented",
    ),
    pytest.param(
        "HALDEN GROUP EUROPEAN WORKS COUNCIL\nMinutes of the Plenary Meeting\n\n"
        "Ms Clara Wendt reported on the merger.\n\nAfter a short recess, the EWC adopted this position:\n"
        "a) the consultation is not closed;\nb) management shall send the site figures.",
        (
            step(None, "speaker", "body-decision", "meeting-as-body"),
            points(None, 2),
            points("Clara Wendt", 0),
        ),
        id="meeting-as-body-the-initials-of-the-headline-body",
    ),
    pytest.param(
        "CHAIR'S SUMMARY\n\nSecond Ministerial Meeting of the Coral Rim Forum\n\n"
        "The Meeting agreed that, first, quotas fall. Second, patrols rise.",
        (points(None, 2), not_speaker("Ministerial Meeting")),
        id="meeting-as-body-a-meeting-is-no-person",
    ),
    pytest.param(
        "DECISIONS OF THE STATE EXECUTIVE COUNCIL MEETING (MMKN)\n\n"
        "The MMKN agreed that, first, fees rise. Second, hours extend.",
        (points(None, 2), not_speaker("MMKN")),
        id="meeting-as-body-the-acronym-the-title-gives",
    ),
    pytest.param(
        "MINUTES OF THE 47TH REGULAR SESSION OF THE 12TH SANGGUNIANG PANLUNGSOD\n\n"
        "The Sangguniang Panlungsod agreed that, first, fees rise. Second, hours extend.",
        (points(None, 2), not_speaker("Sangguniang Panlungsod")),
        id="meeting-as-body-the-body-the-title-names",
    ),
    pytest.param(
        "Members agreed that, first, fees rise. Second, hours extend.",
        (step(None, "speaker", "body-decision", "meeting-as-body"), points(None, 2)),
        id="meeting-as-body-members-agreed",
    ),
    pytest.param(
        "The meeting conveyed the spirit of Mayor Li Qiang's instructions. First, act. Second, plan.",
        (step(None, "speaker", "speech-verb", "meeting-as-body"), points(None, 2), not_speaker("Li Qiang")),
        id="meeting-as-body-the-meeting-conveyed",
    ),
    pytest.param(
        "The Finance Committee agreed that, first, fees rise. Second, hours extend.",
        (no_step(None, "speaker"), points("Finance Committee", 2)),
        id="meeting-as-body-named-committee-is-not-the-meeting",
    ),
    pytest.param(
        "Hon. Ada Nwosu moved a motion on the flooded market, seconded by Hon. Musa Bello. "
        "After debate, the House resolved as follows: (i) to inspect the site; (ii) to fund the repairs.",
        (step(None, "speaker", "body-decision", "meeting-as-body"), points(None, 2), points("Ada Nwosu", 0)),
        id="meeting-as-body-the-house-resolved",
    ),
    pytest.param(
        "Hansard digest.\n\nThe Leader of the House moved that the debate be adjourned.",
        (step("Leader of the House", "speaker", "speech-verb", "meeting-as-body"), no_step(None, "speaker")),
        id="meeting-as-body-an-office-of-the-house-is-its-holder",
    ),
    pytest.param(
        "Minutes of the Parish Council\nThe grants and events committee presented its plan. The council "
        "approved the plan.",
        (
            step("grants and events committee", "speaker", "speech-verb", "meeting-as-body"),
            attendee("grants and events committee"),
            step(None, "speaker", "body-decision"),
        ),
        id="meeting-as-body-a-lower-case-committee-the-opening-never-names-is-its-own",
    ),
    pytest.param(
        "Finance Committee Minutes\nThe finance committee agreed to raise the fees.",
        (step(None, "speaker", None), not_speaker("finance committee")),
        id="meeting-as-body-a-lower-case-committee-the-opening-names-is-the-meeting",
    ),
    pytest.param(
        "The Council met, chaired by Ms Ana Bo. In her opening speech, the Chair of the session welcomed "
        "the members and said that, first, trade grew; second, tariffs fell.",
        (points("Ana Bo", 2), not_speaker(None)),
        id="meeting-as-body-the-chair-of-the-session-is-the-chair",
    ),
    pytest.param(
        "Ken Sato reported on the Spring Meeting of the Council of Mayors. The Council endorsed two "
        "asks: (1) new buses; (2) cheaper fares.",
        (points("Ken Sato", 2), not_speaker(None)),
        id="meeting-as-body-not-a-body-whose-meeting-was-reported-on",
    ),
    pytest.param(
        "Present: Rosa Vint (Chair), Ida Lorne (Chief Executive)\n\nThe Executive agreed: a) to buy a "
        "tent; b) that the Chair sign the lease. The Chief Executive said fees would rise.",
        (points(None, 2), not_speaker("Executive"), step("Ida Lorne", "speaker", "speech-verb")),
        id="meeting-as-body-the-executive-alone-is-the-body-its-chief-executive-a-person",
    ),
    pytest.param(
        "On 2 May the Audit Council of the Port of Velmar held its regular meeting. Ms Ana Bo said she "
        "backed the plan.\n\nThe Audit Council also approved:\n1. the budget for 2027;\n2. the audit plan.",
        (step(None, "speaker", "body-decision"), points(None, 2), points("Ana Bo", 0)),
        id="meeting-as-body-the-holding-body-named-before-its-of",
    ),
]

LONE_NAME = [
    pytest.param(
        "Minister Jonas Berg said his country was ready to help in two fields. Firstly, the Valdorian side "
        "would train civil servants. Secondly, Valdoria supported a direct flight to the capital.",
        (points("Jonas Berg", 2), not_speaker("Valdoria")),
        id="lone-name-inside-a-speakers-item-is-no-speaker",
    ),
    pytest.param(
        "The talks took place on May 2, the press service of the Valdorian MFA reports. Minister Ivo "
        "Tamm spoke of trade.",
        (no_step("MFA", "speaker"), not_speaker("MFA")),
        id="lone-name-an-acronym-after-the-and-a-modifier-is-a-body",
    ),
    pytest.param(
        "6. Fidelity Fund\n6.1 Having declared an interest, Mr Patrick O'Dowd left the meeting.",
        (no_step("Having", "speaker"), not_speaker("Having")),
        id="lone-name-not-a-gerund-after-a-minute-number",
    ),
    pytest.param(
        "Ms Ida Holm spoke of the floods in the delta. Marovia thanked her for the kind words.",
        (step("Marovia", "speaker", "speech-verb", "lone-name"),),
        id="lone-name-thanked",
    ),
    pytest.param(
        "Ms Ida Holm presented her report. Marovia, speaking as the country concerned, "
        "thanked her for the visit.",
        (step("Marovia", "speaker", "speech-verb", "lone-name"),),
        id="lone-name-said-to-be-speaking",
    ),
    pytest.param(
        "Dr AKINWUMI (Nigeria) said that caries remained common. The Region had identified three "
        "priorities: first, packages; second, training.",
        (points("AKINWUMI", 2), not_speaker("Region")),
        id="lone-name-after-the-is-a-common-noun",
    ),
    pytest.param(
        "In attendance: Mrs K. Hollis (Town Clerk), Mr D. Yates (Deputy Clerk & RFO)\n\n"
        "The RFO presented the schedule of payments.",
        (step("D. Yates", "speaker", "speech-verb", "lone-name"), not_speaker("RFO")),
        id="lone-name-an-acronym-in-someone-s-title",
    ),
    pytest.param(
        "In Jakarta, Sudaryono said that, first, rice stocks are high. Second, prices are stable.",
        (step("Sudaryono", "speaker", "speech-verb", "lone-name"), points("Sudaryono", 2)),
        id="lone-name-one-word-name-before-said",
    ),
    pytest.param(
        "Sudaryono said that rice stocks are high.",
        (step("Sudaryono", "speaker", "speech-verb", "lone-name"),),
        id="lone-name-sentence-initial-before-said",
    ),
    pytest.param(
        "The staff met on Monday. Staff said that the rota is full.",
        (not_speaker("Staff"),),
        id="lone-name-sentence-initial-word-written-in-lower-case-elsewhere",
    ),
    pytest.param(
        "Donors also presented donations to the programme. Summary agreed to.",
        (not_speaker("Donors"), not_speaker("Summary")),
        id="lone-name-sentence-initial-before-another-verb",
    ),
]

BARE_NAME = [
    pytest.param(
        "Greenpeace International said the plan was late.",
        (step("Greenpeace International", "speaker", "speech-verb", "bare-name"),),
        id="bare-name-an-organisation-the-mentions-missed",
    ),
    pytest.param(
        "Officials of the municipal government attended the meeting.",
        (no_step("Officials", "attendee"), not_attendee("Officials")),
        id="bare-name-one-capitalised-word-is-no-name",
    ),
    pytest.param(
        "The Bank Sarova Board of Governors Meeting (BGM) on 3 May, chaired by Governor Ana Lee, decided "
        "to hold the rate. Furthermore, the BGM agreed to widen the corridor.",
        (step(None, "speaker", None, "bare-name"), not_speaker("Bank Sarova Board of Governors Meeting")),
        id="bare-name-the-abbreviation-of-the-meetings-own-name",
    ),
]

SUBJECT_TABLES: dict[str, list[Any]] = {
    "second-predicate": SECOND_PREDICATE,
    "initials": INITIALS,
    "named-mention": NAMED_MENTION,
    "pronoun": PRONOUN,
    "its-delegate": ITS_DELEGATE,
    "first-person": FIRST_PERSON,
    "title-only": TITLE_ONLY,
    "held-role": HELD_ROLE,
    "country-delegate": COUNTRY_DELEGATE,
    "governed": GOVERNED,
    "meeting-as-body": MEETING_AS_BODY,
    "lone-name": LONE_NAME,
    "bare-name": BARE_NAME,
}

# ======================================================================================
# Name sieves (people.Registry.resolve): (registered, parts, keywords) -> (name, sieve)
# ======================================================================================

Registered = tuple[tuple[str, str | None, str | None], ...]  # (name, role, gender)
SHANGHAI: Registered = (("Wu Qing", "Vice Mayor", None), ("Wu Jincheng", "Chairman", None))

NAME_EXACT = [
    pytest.param(SHANGHAI, "Wu Qing", {}, ("Wu Qing", "exact"), id="name-exact-full-name"),
    pytest.param(SHANGHAI, "WU QING", {}, ("Wu Qing", "exact"), id="name-exact-case-insensitive"),
    pytest.param(SHANGHAI, "Wu", {}, ("Wu Jincheng", "parts"), id="name-exact-surname-is-not-exact"),
]

NAME_PARTS = [
    pytest.param(
        (("Tomas Ilves", None, None),),
        "T.Ilves",
        {},
        ("Tomas Ilves", "parts"),
        id="name-parts-glued-initial",
    ),
    pytest.param(
        (("Ariel T. Dizon Jr.", None, None),),
        "Dizon",
        {},
        ("Ariel T. Dizon Jr.", "parts"),
        id="name-parts-surname-before-jr",
    ),
    pytest.param(SHANGHAI, "Qing", {}, ("Wu Qing", "parts"), id="name-parts-given-name"),
    pytest.param(SHANGHAI, "Wu", {"role": "Vice Mayor"}, ("Wu Qing", "parts"), id="name-parts-role-decides"),
    pytest.param(
        SHANGHAI, "Wu", {"role": "Chairman"}, ("Wu Jincheng", "parts"), id="name-parts-role-decides-other"
    ),
    pytest.param(
        (("Philip C. Howze", None, None),),
        "Phil Howze",
        {},
        ("Philip C. Howze", "parts"),
        id="name-parts-short-first-name-no-middle",
    ),
    pytest.param(
        (("Alicia Moore", None, "female"), ("Ben Moore", None, "male")),
        "Moore",
        {"gender": "female"},
        ("Alicia Moore", "parts"),
        id="name-parts-gender-decides",
    ),
    pytest.param(
        (("Kieran Doyle", None, "m"), ("Fiona Doyle", None, None)),
        "Doyle",
        {"gender": "m"},
        ("Kieran Doyle", "parts"),
        id="name-parts-known-gender-before-unknown",
    ),
    pytest.param(SHANGHAI, "Smith", {}, (None, ""), id="name-parts-unknown-surname"),
    pytest.param(
        (("Helen Voss", None, None), ("Gordon Voss", None, None)),
        "Voss",
        {"gender": "f"},
        ("Helen Voss", "parts"),
        id="name-parts-a-given-name-tells-the-gender",
    ),
    pytest.param(
        (("Tom Gale", None, None), ("Ellen Gale", None, None)),
        "Gale",
        {"gender": "m"},
        ("Tom Gale", "parts"),
        id="name-parts-short-given-name-tells-the-gender",
    ),
    pytest.param(
        (("Geneviève Roy", None, None), ("Luc Roy", None, None)),
        "Roy",
        {"gender": "f"},
        ("Geneviève Roy", "parts"),
        id="name-parts-a-french-given-name-tells-the-gender-accents-aside",
    ),
    pytest.param(
        (("Luc Roy", None, None), ("Isabelle Roy", None, None)),
        "Roy",
        {"gender": "m"},
        ("Luc Roy", "parts"),
        id="name-parts-a-french-given-name-tells-the-gender-male",
    ),
    pytest.param(
        (("Luis Mora", "Minister", None), ("Gabriela Mora Vera", "Minister", None)),
        "Mora",
        {"prefer": lambda eid: 0 if eid == 1 else 1, "role": "Minister"},
        ("Gabriela Mora Vera", "parts"),
        id="name-parts-a-first-surname-of-two-when-the-context-prefers-her",
    ),
    pytest.param(
        (("Gabriela Mora Vera", "Minister", None), ("Luis Mora", "Minister", None)),
        "Mora",
        {},
        ("Luis Mora", "parts"),
        id="name-parts-a-surname-last-before-a-first-surname-of-two",
    ),
    pytest.param(
        (("Ruth Wairimu Kamau", "Chairman", None), ("Paul Wairimu", "Treasurer", None)),
        "Wairimu",
        {"prefer": lambda eid: 0 if eid == 0 else 1},
        ("Paul Wairimu", "parts"),
        id="name-parts-a-bare-surname-is-not-the-floor-holders-middle-name",
    ),
]

NAME_INITIALS = [
    pytest.param(
        (("Kondwani Phiri", None, None),),
        "KP",
        {},
        ("Kondwani Phiri", "initials"),
        id="name-initials-unique",
    ),
    pytest.param(
        (("Kondwani Phiri", None, None), ("Kevin Pratt", None, None)),
        "KP",
        {},
        (None, ""),
        id="name-initials-shared-by-two-is-nobody",
    ),
    pytest.param((("Kondwani Phiri", None, None),), "XY", {}, (None, ""), id="name-initials-no-match"),
]

NAME_SHORT_NAME = [
    pytest.param(
        (("Sébastien Doeraene", None, None), ("Martin Odersky", None, None)),
        "Seb",
        {},
        ("Sébastien Doeraene", "short-name"),
        id="name-short-name-opens-one-given-name-accents-aside",
    ),
    pytest.param(
        (("Chris Kipp", None, None), ("Christine Marks", None, None)),
        "Chr",
        {},
        (None, ""),
        id="name-short-name-fits-two-is-nobody",
    ),
    pytest.param((("Sébastien Doeraene", None, None),), "Se", {}, (None, ""), id="name-short-name-too-short"),
]

NAME_ROLE = [
    pytest.param(
        (("R. Lind", "Harbour Master", None), ("E. Boyd", "Marine Services Officer", None)),
        "Harbour Master",
        {},
        ("R. Lind", "role"),
        id="name-role-a-role-as-written-is-its-holder",
    ),
    pytest.param(
        (("R. Lind", "Harbour Master", None),),
        "Harbour Board",
        {},
        (None, ""),
        id="name-role-only-the-role-as-written",
    ),
]

NAME_TABLES: dict[str, list[Any]] = {
    "name-exact": NAME_EXACT,
    "name-parts": NAME_PARTS,
    "name-initials": NAME_INITIALS,
    "name-short-name": NAME_SHORT_NAME,
    "name-role": NAME_ROLE,
}


# ======================================================================================
# the tests: one parametrized test per table
# ======================================================================================


def _resolve(registered: Registered, parts: str, kw: dict[str, str]) -> tuple[str | None, str]:
    reg = Registry()
    for order, (name, role, gender) in enumerate(registered):
        reg.add(name, "person", role, order * 10, gender=gender)
    ent, how = reg.resolve(parts.split(), **kw)  # type: ignore[arg-type]
    return (ent.name if ent is not None else None), how


@pytest.mark.parametrize(("registered", "parts", "kw", "expected"), NAME_EXACT)
def test_name_exact(
    registered: Registered, parts: str, kw: dict[str, str], expected: tuple[str | None, str]
) -> None:
    assert _resolve(registered, parts, kw) == expected


@pytest.mark.parametrize(("registered", "parts", "kw", "expected"), NAME_PARTS)
def test_name_parts(
    registered: Registered, parts: str, kw: dict[str, str], expected: tuple[str | None, str]
) -> None:
    assert _resolve(registered, parts, kw) == expected


@pytest.mark.parametrize(("registered", "parts", "kw", "expected"), NAME_INITIALS)
def test_name_initials(
    registered: Registered, parts: str, kw: dict[str, str], expected: tuple[str | None, str]
) -> None:
    assert _resolve(registered, parts, kw) == expected


@pytest.mark.parametrize(("registered", "parts", "kw", "expected"), NAME_SHORT_NAME)
def test_name_short_name(
    registered: Registered, parts: str, kw: dict[str, str], expected: tuple[str | None, str]
) -> None:
    assert _resolve(registered, parts, kw) == expected


@pytest.mark.parametrize(("registered", "parts", "kw", "expected"), NAME_ROLE)
def test_name_role(
    registered: Registered, parts: str, kw: dict[str, str], expected: tuple[str | None, str]
) -> None:
    assert _resolve(registered, parts, kw) == expected


# ======================================================================================
# the index: ORDER is complete, unique, and names what the trail says
# ======================================================================================

ROLE_MODULES = (structure, mentions, turns, presiding, presence, speech)


def _role_names() -> list[str]:
    return [name for family in sieves.ORDER for name, _ in family.sieves]


ROLE_ROWS = [row for table in ROLE_TABLES.values() for row in table]
SUBJECT_ROWS = [row for table in SUBJECT_TABLES.values() for row in table]


@pytest.mark.parametrize(("text", "expected"), ROLE_ROWS)
def test_role_sieve(text: str, expected: Expected) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SUBJECT_ROWS)
def test_subject_sieve(text: str, expected: Expected) -> None:
    check(text, expected)


def test_role_sieve_names_are_unique() -> None:
    names = _role_names()
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    families = [f.name for f in sieves.ORDER]
    assert len(families) == len(set(families))


def test_subject_sieve_names_are_unique() -> None:
    names = [name for name, _ in subjects.ORDER]
    assert len(names) == len(set(names))
    assert len({fn for _, fn in subjects.ORDER}) == len(names)


def test_every_role_sieve_is_in_order() -> None:
    """Every function of a sieve module with a sieve's signature is listed: no dead sieve."""
    listed = {fn for family in sieves.ORDER for _, fn in family.sieves}
    defined = {
        fn
        for mod in ROLE_MODULES
        for _, fn in inspect.getmembers(mod, inspect.isfunction)
        if fn.__module__ == mod.__name__ and fn.__annotations__.get("return") == "Outcome"
    }
    assert defined, "no sieve found: has the signature changed?"
    assert sorted(f.__name__ for f in defined - listed) == []
    assert all(fn.__module__ in {m.__name__ for m in ROLE_MODULES} for fn in listed)


def test_when_names_sieves_and_triggers() -> None:
    """Each trigger of sieves.WHEN is a sieve's, and a kind of sentence, a gated cue, a mark
    or a set of words as Here.words holds them, or a tuple of those (a misspelt cue would
    hold nowhere and silently skip its sieve; so would a word in capitals)."""
    gated = set(phrase_gates())
    assert set(sieves.WHEN) <= set(_role_names())
    assert not gated & set(sieves.MARKS)  # (a name is a cue's or a mark's)
    kinds = (LINE, INLINE, PARA, NOT_PARA, FIRST_PARA, IN_BLOCK, BEFORE_SPEECH)

    def known(t: object) -> bool:
        if isinstance(t, tuple):
            return bool(t) and all(known(one) for one in t)
        if isinstance(t, frozenset):
            return bool(t) and all(w.isascii() and w.isalnum() and w.islower() for w in t)
        return t in kinds or t in gated or t in sieves.MARKS

    assert all(known(t) for t in sieves.WHEN.values())


# every sample in English and every fourth eval document (a few seconds)
WHEN_TEXTS = [p for p in sorted((ROOT / "samples").glob("*.txt")) if not p.name.startswith("zh-")]
WHEN_TEXTS += sorted(ROOT.glob("eval/*/*.txt"))[::4]


def test_skipped_sieves_would_pass_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the reading skips a sieve (its trigger in sieves.WHEN does not hold), the
    sieve returns PASS and changes neither the state nor the sentence: every sieve is
    called on every sentence here, and each skipped call is checked."""
    skipped: Counter[str] = Counter()
    reading: list[sieves.Kind] = []  # the kind of the sentence being read, as the reading plans it

    def checked(name: str, sieve: sieves.Sieve) -> sieves.Sieve:
        trigger = sieves.WHEN.get(name)

        def call(st: State, here: Here) -> sieves.Outcome:
            if trigger is None or sieves.holds(trigger, reading[-1]):
                return sieve(st, here)
            before = _snapshot(st, here)
            outcome = sieve(st, here)
            assert outcome is sieves.PASS, (name, here.s.text)
            assert _snapshot(st, here) == before, (name, here.s.text)
            skipped[name] += 1
            return outcome

        return call

    every = tuple(tuple((name, checked(name, sv)) for name, sv in family.sieves) for family in sieves.ORDER)

    def plan(kind: sieves.Kind) -> sieves.Plan:
        reading.append(kind)
        return every

    monkeypatch.setattr(attribution, "plan", plan)
    for path in WHEN_TEXTS:
        summarize(path.read_text())
    assert set(skipped) == set(sieves.WHEN)  # (each skip was seen, and checked)


def _snapshot(st: State, here: Here) -> bytes:
    kept = {k: v for k, v in vars(st).items() if k not in ("doc", "text", "sentences")}
    return pickle.dumps((kept, here.resolved))


def test_every_subject_sieve_is_in_order() -> None:
    listed = {fn for _, fn in subjects.ORDER}
    defined = {
        fn
        for _, fn in inspect.getmembers(subjects, inspect.isfunction)
        if fn.__module__ == subjects.__name__ and fn.__annotations__.get("return") == "Answer"
    }
    assert defined
    assert sorted(f.__name__ for f in defined - listed) == []


def test_every_sieve_has_a_golden_table() -> None:
    assert sorted(ROLE_TABLES) == sorted(_role_names())
    assert list(SUBJECT_TABLES) == [name for name, _ in subjects.ORDER]
    for table in (*ROLE_TABLES.values(), *SUBJECT_TABLES.values(), *NAME_TABLES.values()):
        assert len(table) >= 2


def test_table_ids_name_their_sieve() -> None:
    for name, table in (*ROLE_TABLES.items(), *SUBJECT_TABLES.items(), *NAME_TABLES.items()):
        for row in table:
            assert row.id.startswith(name + "-"), (name, row.id)


def _trail_names() -> set[str]:
    """Sieve names in the trail over the samples and every row's text."""
    english = sorted(p for p in (ROOT / "samples").glob("*.txt") if not p.name.startswith("zh-"))
    texts = [p.read_text(encoding="utf-8") for p in english]
    texts += [row.values[0] for t in (*ROLE_TABLES.values(), *SUBJECT_TABLES.values()) for row in t]
    seen: set[str] = set()
    for text in texts:
        seen |= {s.sieve for s in explain(text)[1]}
    return seen


def _known_names() -> set[str]:
    return set(_role_names()) | set(NAME_TABLES)


def test_trail_names_are_order_names() -> None:
    """Every sieve named in the trail is in ORDER (or a name sieve)."""
    assert _trail_names() - _known_names() == set()

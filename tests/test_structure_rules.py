"""Golden table for the patterns of structure (``minutes.rules.structure``): for every
compiled pattern, the worked example of its comment (it must match) and a near miss
(it must not); and for each word set, what a member does (and a non-member does not)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from minutes.attribution.predicates import is_body
from minutes.attribution.sieves.presence import _list_item_lead
from minutes.attribution.sieves.structure import _uncapped
from minutes.explain import explain
from minutes.rules import structure as S


def p(name: str, how: str, text: str, hit: bool, group: tuple[str | int, str] | None = None) -> object:
    """A row: ``getattr(S, name).<how>(text)`` matches iff ``hit`` (and gives ``group``)."""
    return pytest.param(
        name, how, text, hit, group, id=f"{name}-{'hit' if hit else 'miss'}-{text.strip()[:28]}"
    )


# (pattern, method as the code calls it, text, matches?, (group, value) or None)
STRUCTURE_CASES = [
    p("ROLE_LABEL", "match", "THE CHAIR: Good morning.", True, ("t", "CHAIR")),
    p("ROLE_LABEL", "match", "The PRESIDENT (spoke in French): Thank you.", True, ("t", "PRESIDENT")),
    p("ROLE_LABEL", "match", "Chair said: thank you", False),
    p("ROLE_LABEL", "match", "Board's Case Officer: Ms Lee", True, ("t", "Board's Case Officer")),
    p("ROLE_LABEL", "match", "Board's view: the plan is late", False),
    p("ACCORDING_TO", "match", "According to Vice Minister Chen, two issues remain", True),
    p("ACCORDING_TO", "match", "The plan, according to Chen, is late", False),
    p("DECISION_LABEL", "match", "RESOLVED: That the Council:", True),
    p("MOTION_CLAUSE", "match", "Union Believes:", True),
    p("MOTION_CLAUSE", "match", "This Council Further Resolves:", True),
    p("MOTION_CLAUSE", "match", "Ms Reed notes: the roof leaks.", False),
    p("DOC_SYMBOL", "search", "Peru (PC.DEL/15/24 Rev.1)", True),
    p("DOC_SYMBOL", "search", "Canada (Annex 1)", False),
    p("ROLL_PARENTHESIS", "search", "Canada (Annex 1)", True),
    p("ROLL_PARENTHESIS", "search", "Canada", False),
    p("ROLL_TOPIC", "match", "(b)   Press freedom, 3 May: Malta, Peru", True),
    p("ROLL_TOPIC", "match", "Chairperson, Malta", False),
    p("DELEGATION_OF", "fullmatch", " THE DELEGATION OF NEW ZEALAND", True, ("c", "NEW ZEALAND")),
    p("DELEGATION_OF", "fullmatch", " THE MINISTER OF HEALTH", False),
    p("SPEAKING_ASIDE", "fullmatch", ", speaking as the host country, ", True),
    p("SPEAKING_ASIDE", "fullmatch", ", who spoke first, ", False),
    p("SPEAKERS_WERE", "match", "Also speaking in the general debate were Peru", True),
    p("SPEAKERS_WERE", "match", "Speaking to reporters, Mr Lee said", False),
    p("SPEAKERS_SPLIT", "search", "Peru, Fiji", True),
    p("SPEAKERS_SPLIT", "search", "Fiji, and Peru", True),
    p("SPEAKERS_SPLIT", "search", "Trinidad and Tobago", False),
    p("LIST_AND", "search", "Fiji and Peru", True),
    p("LIST_AND", "search", "Fiji, Peru", False),
    p("ON_BEHALF_TAIL", "search", "Ghana on behalf of the African Group", True, ("g", "African Group")),
    p("ON_BEHALF_TAIL", "search", "Friends of the Marsh", False),
    p("LISTED_NAME", "fullmatch", "Friends of the Marsh", True),
    p("LISTED_NAME", "fullmatch", "several delegations", False),
    p("MEMBERS_LABEL", "match", "7. Ministers:", True),
    p("MEMBERS_LABEL", "match", "Ministers of Trade:", False),
    p("MEMBERS_LABEL", "match", "4. During the open debate, members of the Council:", True),
    p("MEMBERS_LABEL", "match", "Members of the Audit Group:", False),
    p("HEADLINE_BODY", "search", "HALDEN GROUP EUROPEAN WORKS COUNCIL", True),
    p("HEADLINE_BODY", "search", "Minutes of the Council", False),
    p("ACRONYM_SUBJECT", "search", "After a short recess, the EWC", True),
    p("ACRONYM_SUBJECT", "search", "After a short recess, the Council", False),
    p("ACRONYM_SUBJECT", "search", "After a vote, the PB", True, (2, "PB")),
    p("ACRONYM_SUBJECT", "search", "After a vote, PB", False),
    p("TITLE_BODY_NAME", "search", "Project Board call no. 3", True),
    p("TITLE_BODY_NAME", "search", "Annual General Meeting", False),
    p(
        "FULL_TITLE",
        "search",
        "the visit of the Minister of Trade, Regional Integration and Fisheries to Lisbon",
        True,
        ("t", "Minister of Trade, Regional Integration and Fisheries"),
    ),
    p("FULL_TITLE", "search", "the visit of the Minister to Lisbon", False),
    p("SHORT_TITLE_OPENER", "match", "The Minister met three investors.", True, (1, "Minister")),
    p("SHORT_TITLE_OPENER", "match", "The Minister of Trade met them.", False),
    p("VERB_ITEM", "match", "b) endorsed the plan;", True),
    p("VERB_ITEM", "match", "b) Tomas Berg", False),
    p("DECISION_LABEL", "match", "Action points:", True),
    p("DECISION_LABEL", "match", "Decision: Provisional opinion.", True),
    p("DECISION_LABEL", "match", "Decisions taken at the Cabinet Meeting", False),
    p("DECISION_LABEL", "match", "The following were among the other resolutions of Cabinet:", True),
    p("DECISION_LABEL", "match", "That Council:", True),
    p("DECISION_LABEL", "match", "That the Committee adopts the plan", True),
    p("DECISION_LABEL", "match", "That the Council was informed of two matters", False),
    p("DECISION_LABEL", "match", "Resolved to meet again in May.", False),
    pytest.param(
        "DECISION_LABEL",
        "match",
        "IT WAS RESOLVED THAT:",
        True,
        None,
        id="DECISION_LABEL-hit-IT WAS RESOLVED THAT:",
    ),
    p("POSSESSIVE_DELEGATE", "search", "Egypt's delegate", True, ("c", "Egypt")),
    p("OWN_VIEW", "match", "In his view, firstly, the cost", True, ("pos", "his")),
    p("OWN_VIEW", "match", "In the Council's view, ", False),
    p("LABEL_VERB", "match", "RESOLVED: That the Council", True),
    p("LABEL_VERB", "match", "Action points:", False),
    p("DELEGATE_ROLE", "search", "Representative of Egypt", True),
    p("DELEGATE_ROLE", "search", "Minister of Finance", False),
    p(
        "POSSESSIVE_DELEGATE",
        "search",
        "the United Kingdom\u2019s representative",
        True,
        ("n", "representative"),
    ),
    p("POSSESSIVE_DELEGATE", "search", "Egypt's economy", False),
    p(
        "TRAILING_APPOSITION",
        "search",
        "The representative of the United Kingdom, Council President for October,",
        True,
        (1, "Council President for October"),
    ),
    p("TRAILING_APPOSITION", "search", "The representative of the United Kingdom", False),
    p("TRAILING_PARENTHESIS", "search", "The ASSISTANT DIRECTOR-GENERAL (Universal Health Coverage)", True),
    p("TRAILING_PARENTHESIS", "search", "Ms VERHOEVEN (Netherlands (Kingdom of the))", True),
    p("TRAILING_PARENTHESIS", "search", "The Director (Finance) and staff", False),
    p("LEAD_HONORIFIC", "match", "His Excellency the President", True),
    p("LEAD_HONORIFIC", "match", "H.E. the Minister", True),
    p("LEAD_HONORIFIC", "match", "the President", False),
    p("TITLE_LEAD", "fullmatch", " the Governor, ", True),
    p("TITLE_LEAD", "fullmatch", " the Governor and ", False),
    p("AFTER_NAME", "match", " (Norway),", True),
    p("AFTER_NAME", "match", ", a shareholder,", True),
    p("AFTER_NAME", "match", ")", True),
    p("AFTER_NAME", "match", " said that", False),
    p("AFTER_NAME", "match", ", DPO/NW,", True),
    p("AFTER_NAME", "match", ", Deputy Officer,", False),
    p("SUBHEADER", "match", "Directors:", True),
    p("SUBHEADER", "match", "Directors: Mr A", False),
    p("ATTENDED_BY_COLON", "search", "The Retreat was attended by:", True),
    p("ATTENDED_BY_COLON", "search", "Present were the following:", True),
    p("ATTENDED_BY_COLON", "search", "The Retreat was attended by Mr A.", False),
    p("ATTENDED_BY_COLON", "search", "The following officers of the Unit were invited to the meeting:", True),
    p("ATTENDED_BY_COLON", "search", "The following officers were invited to comment:", False),
    p("BODY_LABEL", "match", "The Commission:", True),
    p("BODY_LABEL", "match", "Commission members:", False),
    p("COLUMN_TAG", "fullmatch", "Vice-chairperson", True),
    p("COLUMN_TAG", "fullmatch", "until 11.05am", False),
    p("WRAPPED_TITLE", "fullmatch", "(Roads and Rail)", True),
    p("WRAPPED_TITLE", "fullmatch", "(a) the plan", False),
    p(
        "REPRESENTED_BY",
        "match",
        "Appellant: Present and represented by Ms Ada Obi, solicitor",
        True,
        ("name", "Ms Ada Obi"),
    ),
    p("REPRESENTED_BY", "match", "Appellant: Not present", False),
    p("ATTENDED_BY_COLON", "search", "11. The following members of the Committee were present:", True),
    p("ATTENDED_BY_COLON", "search", "Members were present at the site visit.", False),
    p("ATTENDED_BY_COLON", "search", "2. The following Directors attended the meeting through VC:", True),
    p("ATTENDED_BY_COLON", "search", "The following Directors attended the meeting.", False),
    p("ATTENDED_BY_COLON", "search", "3. Summit was attended by the following Heads of State:", True),
    p("LINE_LABEL", "match", "Botswana: H.E. Kagiso Moremi, President", True),
    p("LINE_LABEL", "match", "South Africa: H.E. Lindiwe Mathebula", True),
    p("LINE_LABEL", "match", "H.E. Kagiso Moremi, President", False),
    p("SUBHEADER_ITEMS", "match", "Directors: Mr A (Chairman); Ms B", True, ("h", "Directors")),
    p("SUBHEADER_ITEMS", "match", "Directors:", False),
    p("INTRODUCES", "match", " as follows:", True),
    p("INTRODUCES", "match", ":", True),
    p("INTRODUCES", "match", " that", False),
    p("OTHER_BODY", "search", "The Council formed a committee ", True),
    p("OTHER_BODY", "search", "sent a working group of the ", True),
    p("OTHER_BODY", "search", "The meeting was ", False),
    p("ENUMERATED", "match", "(a) the Clerk reports items 1 and 3", True),
    p("ENUMERATED", "match", "ii. adopt the plan", True),
    p("ENUMERATED", "match", "- item", True),
    p("ENUMERATED", "match", "the first plenary meeting", False),
    p("MOTION_SHORTHAND", "search", "Moved Len, seconded Judy.", True, ("mover", "Moved")),
    p("MOTION_SHORTHAND", "search", "Moved Len, seconded Judy.", True),
    p("MOTION_SHORTHAND", "search", "Cllr Ann Hale moved, Cllr Bo Ng seconded.", False),
    p("MOTION_SHORTHAND", "search", "She moved the motion.", False),
    p("LONG_LABEL", "match", "Alternate Executive Director, Constituency V: Ms. Lucía Ferreyra", True),
    p("LONG_LABEL", "match", "the meeting noted: first", False),
    p("FUTURE_BEFORE", "search", "During the visit, Foreign Minister Qiao will hold ", True),
    p("FUTURE_BEFORE", "search", "Foreign Minister Qiao held ", False),
    p("HOST_TITLE", "search", "Foreign Ministry Spokesperson", True),
    p("HOST_TITLE", "search", "Foreign Minister", False),
    p("NICK_LABEL", "match", "<ines> two concerns with 214", True, ("n", "ines")),
    p("NICK_LABEL", "match", "adaeze: welcome all", True, ("l", "adaeze")),
    p("NICK_LABEL", "match", "Yusuf: I opened 214", False),
    p("NICK_LABEL", "match", "<b>Note</b> the vote", False),
    p("STRAW_VOTE", "fullmatch", "+1", True),
    p("STRAW_VOTE", "fullmatch", "+1 to the proposal", False),
    p("QA_LABEL", "match", "A: Marencia is an important partner.", True, ("l", "A")),
    p("QA_LABEL", "match", "Q: Can you share more?", True, ("l", "Q")),
    p("QA_LABEL", "match", "A. Smith said", False),
    p(
        "THE_TITLE",
        "match",
        " the Director of Corporate Governance; a",
        True,
        ("t", "Director of Corporate Governance"),
    ),
    p("THE_TITLE", "match", " the staff", False),
    p("WE_MINUTE", "match", "We agree:", True),
    p("WE_MINUTE", "match", "We warmly welcome Hannah into membership.", True),
    p("WE_MINUTE", "match", "We must act now.", False),
    p("WE_MINUTE", "match", "\u201cWe agree with the plan,\u201d she said.", False),
    p(
        "DASH_BYLINE",
        "search",
        'to add "a league table".\u2014(Ben Carradine.)',
        True,
        ("n", "Ben Carradine"),
    ),
    p("DASH_BYLINE", "search", "to add a table (see Annex 2).", False),
    p("QUOTE_CLOSES", "search", 'positions closer by the March Council."', True),
    p("QUOTE_CLOSES", "search", "positions closer by the March Council.", False),
    p("QUOTE_OPENS", "match", "\u201cOur farmers need to know", True),
    p("QUOTE_OPENS", "match", "Our farmers need to know", False),
    p("PARAGRAPH_NUMBER", "match", "5.  The meeting decided that:", True, (1, "5")),
    p("DEFINED_ABBREVIATION", "search", 'the Director of Parks ("DoP")', True, ("abbr", "DoP")),
    p(
        "DEFINED_ABBREVIATION",
        "search",
        "Deputy Registrar (Courts) (\u201cDR(C)\u201d) ",
        True,
        ("abbr", "DR(C)"),
    ),
    p("DEFINED_ABBREVIATION", "search", "the Director of Parks (Operations)", False),
    p(
        "HELD_ITS_MEETING",
        "search",
        "The Council of Ministers held its plenary session",
        True,
        ("body", "Council of Ministers"),
    ),
    p("HELD_ITS_MEETING", "search", "The Mayor held a press briefing", False),
    p("HELD_ITS", "search", "The Council of Ministers held its plenary session", True),
    p("HELD_ITS", "search", "The Mayor held a press briefing", False),
    p("PARAGRAPH_NUMBER", "match", "2018. Since last year", False),
    p("MINUTE_NUMBER", "fullmatch", "6.1 ", True),
    p("MINUTE_NUMBER", "fullmatch", "6. ", False),
    p("PARAGRAPH_NUMBER", "match", "(a) the Clerk reports", False),
    p("ENUMERATED", "match", "A. Smith said", False),
    p("ENUMERATED", "match", "2018. Since last year", False),
    p("INITIALS_SUBJECT", "fullmatch", "2.2 MP ", True, (1, "MP")),
    p("INITIALS_SUBJECT", "fullmatch", "Mr Phiri", False),
    p("CODE_INITIALS_LABEL", "match", "T3 (OS): the tests ran", True, (1, "OS")),
    p("CODE_INITIALS_LABEL", "match", "T3 (OS): Dr. Strand said", False),
    p("INITIALS_SUBJECT", "fullmatch", "Task3 (RK) ", True, (2, "RK")),
    p("INITIALS_SUBJECT", "fullmatch", "Budget (RK) ", False),
    p("ORG_WORD", "search", "KTH \u2013", True),
    p("ORG_WORD", "search", "GreenWave Labs", True),
    p("ORG_WORD", "search", "Ewan McLeod", False),
    p("DASH_TITLE", "search", "Dr. Mercy Phiri - Deputy Governor", True),
    p("DASH_TITLE", "search", "Cllr S. Brennan-Leigh", False),
    p("COLUMN_GAP", "search", "Dr Sarah Hughes   Medical Director", True),
    p("COLUMN_GAP", "search", "Dr Sarah Hughes\tMedical Director", True),
    p("COLUMN_GAP", "search", "Dr Sarah Hughes, Medical Director", False),
    p("COLUMN_GAP", "search", "VP Education ............ Tom Whitlock", True),
    p("COLUMN_GAP", "search", "The minutes ... were read", False),
    p("COLUMN_GAP", "search", "Roger\n\t\t\t\tCorbett AO", False),
    p("MOTION_WORD", "search", "Moved by A, supported by B. Motion carried.", True),
    p("MOTION_WORD", "search", "X, supported by Hungary, presented a note", False),
    p("BY_AGENT", "match", " by the Chair, brought up and read", True),
    p("BY_AGENT", "match", " by far the largest", False),
    p("MEETING_LED", "search", "The meeting was ", True),
    p("MEETING_LED", "search", "The invocation was ", False),
    p("WITH_WHAT", "match", " with a short karakia.", True, (1, "short karakia")),
    p("WITH_WHAT", "match", " at 9.31am with", False),
    p("VOTE_RECORD", "search", "Vote: 4-1 in favour (Coughlin, Ng; Weintraub opposed).", True),
    p("VOTE_RECORD", "search", "Mr Weintraub opposed the 2024-25 budget.", False),
    p("MOTION_PARTICIPLE", "search", "Upon motion duly made and ", True),
    p("MOTION_PARTICIPLE", "search", "Ms Ng moved the motion and ", False),
    p("DECISION_LABEL", "match", "BE IT RESOLVED THAT Chief and Council:", True),
    p("DECISION_LABEL", "match", "RESOLVED, that the budget be approved.", True),
    p("DECISION_LABEL", "match", "Resolved questions were listed.", False),
    p("RELATIVE_SUBJECT", "search", "the Lock Subcommittee, which she ", True),
    p("RELATIVE_SUBJECT", "search", "It was noted that Wang ", False),
    p("NAME_IN_PARENS", "match", "Mr. K. Lehane", True),
    p("NAME_IN_PARENS", "match", "A. Byrne", True),
    p("NAME_IN_PARENS", "match", "Cllr. Ann Byrne", True),
    p("IN_THE_CHAIR_TAIL", "search", "Dame Harriet Cole, in the Chair", True),
    p("CHAIR_MARK_LINE", "match", "[The Speaker (Hon. Mary Wanjiku) in the Chair]", True),
    p("CHAIR_MARK_LINE", "match", "Moderator: Rev. Dr. Ann Bell, in the chair.", True),
    p("CHAIR_MARK_LINE", "match", "[Mr. Speaker in the Chair]", False),
    p("JOINED_WITH", "search", "made statements and, with Lise Cormier, answered questions", True),
    p("JOINED_WITH", "search", "met with Lise Cormier, and answered questions", False),
    p("PLUPERFECT_BEFORE", "search", "The Government had already ", True),
    p("PLUPERFECT_BEFORE", "search", "The Government ", False),
    p("NAME_DASH_OFFICE", "match", "Ana Pires \u2013 Department of Economics", True),
    p("NAME_DASH_OFFICE", "match", "Ana Pires, Department of Economics", False),
    p("IN_THE_CHAIR_TAIL", "search", "Chair of the Finance Committee", False),
    p("NAME_IN_PARENS", "match", "Secretary to the Treasury", False),
    p(
        "TITLE_THEN_INITIALS_NAME",
        "match",
        "General Manager, Community Services L. Lacroix",
        True,
        ("name", "L. Lacroix"),
    ),
    p("TITLE_THEN_INITIALS_NAME", "match", "Councillor D. Hill, via teleconference", False),
    p("ROLL_NAME", "match", "Jillian Broadbent AO", True),
    p("ROLL_NAME", "match", "Dr. T. K. Mwansa", True),
    p("ROLL_NAME", "match", "the District Secretaries", False),
    p("DITTO", "fullmatch", '"     "', True),
    p("DITTO", "fullmatch", "do.", True),
    p("DITTO", "fullmatch", "-do-", True),
    p("DITTO", "fullmatch", "Dodoma", False),
    p("DITTO", "fullmatch", '"Chair"', False),
    p("CHAIR_MARK", "match", "Chairperson", True),
    p("CHAIR_MARK", "match", "in the chair", True),
    p("CHAIR_MARK", "match", "Chair of Finance", False),
    p("CHAIR_MARK", "match", "Vice-Chair", False),
    p("ADDRESS", "match", ", 14 Elm Street,", True),
    p("ADDRESS", "match", ", the Mayor,", False),
    p(
        "AS_ROLE",
        "search",
        "For his second term as Chairperson of the AU Commission (2021-2024), ",
        True,
        (1, "Chairperson of the AU Commission"),
    ),
    p("AS_ROLE", "search", "such as roads, ", False),
    p(
        "AS_TITLE",
        "search",
        "his priorities during his last year as UN Secretary-General, and",
        True,
        ("t", "UN Secretary-General"),
    ),
    p("AS_TITLE", "search", "as well as the budget", False),
    p("ABSENT", "search", "Apologies", True),
    p("ABSENT", "search", "Not present", True),
    p("ABSENT", "search", "Also present", False),
    p("BULLET", "match", "- item", True),
    p("BULLET", "match", "\u2022 item", True),
    p("BULLET", "match", "3. item", True),
    p("BULLET", "match", "-item", False),
    p("BULLET", "match", "3.5 percent", False),
    p(
        "ON_BEHALF",
        "match",
        "On behalf of the Office of the Leading Group, Lu Ming said",
        True,
        (1, "the Office of the Leading Group"),
    ),
    p("ON_BEHALF", "match", "Lu Ming, on behalf of the Office, said", False),
    p("PASSIVE_BEFORE", "search", "the agenda was ", True),
    p("PASSIVE_BEFORE", "search", "the plans were formally ", True),
    p("PASSIVE_BEFORE", "search", "the Council ", False),
    p("VOCATIVE_NEXT", "match", ", please go ahead", True),
    p("VOCATIVE_NEXT", "match", ", thank you", True),
    p("VOCATIVE_NEXT", "match", ", the Chairman,", False),
    p("PARTICIPLE", "match", "noting that", True),
    p("PARTICIPLE", "match", "noted that", False),
    p("PARTICIPLE_BREAK", "search", "opened the meeting; ", True),
    p("PARTICIPLE_BREAK", "search", "the plan which ", True),
    p("PARTICIPLE_BREAK", "search", "opened the meeting ", False),
    p("CLAUSE_BREAK", "search", "opened the meeting, ", True),
    p("CLAUSE_BREAK", "search", "the plan after ", True),
    p("CLAUSE_BREAK", "search", "opened the meeting ", False),
    p("IN_THE_CHAIR", "search", "Prime Minister Anna Berg in the chair", True),
    p("IN_THE_CHAIR", "search", "Prime Minister Anna Berg in the chairman's office", False),
    p("IT_WAS_MOVED_AND", "match", "It was proposed by Cllr Dunmore, seconded by Cllr Caddick and ", True),
    p("IT_WAS_MOVED_AND", "match", "Cllr Dunmore proposed and ", False),
    p("IT_PASSIVE_BEFORE", "search", "It was ", True),
    p("IT_PASSIVE_BEFORE", "search", "it has been formally ", True),
    p("IT_PASSIVE_BEFORE", "search", "The plan was ", False),
    p(
        "REPORT_OF_BODY",
        "search",
        "Dr. Malhotra presented the recommendations of the Credentials Committee",
        True,
        ("noun", "Committee"),
    ),
    p("REPORT_OF_BODY", "search", "Dr. Malhotra presented the report.", False),
    p("DRAFT_AIMS", "match", "The draft proclamation aims", True),
    p("DRAFT_AIMS", "match", "The Digital Nation Authority Bill, 2025 provides for", True),
    p("DRAFT_AIMS", "match", "The Minister aims", False),
    p("MS_SHORTHAND", "search", "(M/S: N. Lindgren/Fenn)", True, ("mover", "N. Lindgren")),
    p("MS_SHORTHAND", "search", "the M/S ratio", False),
    p("CHAIRS_OTHER_BODY", "match", " the Gala Committee, reported", True),
    p("CHAIRS_OTHER_BODY", "match", " the meeting, said", False),
    p("AFTER_NAME", "search", ", MP, ", True),
    p("AFTER_NAME", "search", ", Minister of Energy, ", False),
    p("HAVING_BEFORE", "search", "Having considered the reports before it, the Assembly adopted", False),
    p("HAVING_BEFORE", "search", "9. Having ", True),
    p("ABSENT_ALONE", "match", "Regrets", True),
    p("ABSENT_ALONE", "match", "Regrets were received from Ann", False),
    p("MOTION_TO_BY", "match", "Motion to adjourn by Senator Castellano", True, ("mover", "by")),
    p("MOTION_TO_BY", "match", "Motion to adjourn; seconded by Senator Ruiz", False),
    p("BE_IT_BEFORE", "search", "NOW, THEREFORE, BE IT ", True),
    p("BE_IT_BEFORE", "search", "be it further ", True),
    p("BE_IT_BEFORE", "search", "so be it. The Board ", False),
    p(
        "TITLE_APPOSITION",
        "match",
        "the Cabinet Secretary for Agriculture, Hon. Mary Otieno",
        True,
        ("title", "Cabinet Secretary for Agriculture"),
    ),
    p("TITLE_APPOSITION", "match", "the harvest. ", False),
    p("TITLE_APPOSITION", "match", "the President in his capacity as the Minister of Finance, ", False),
    p("QUOTE_CLOSE_BEFORE", "search", '"First, act. Second, plan," Li ', True),
    p("QUOTE_CLOSE_BEFORE", "search", "First, act. Second, plan. Li ", False),
    p(
        "RELAYED_SERIES",
        "search",
        "said that the President had given three directives",
        True,
        ("verb", "given"),
    ),
    p("RELAYED_SERIES", "search", "said that the President had given a speech", False),
]


@pytest.mark.parametrize(("name", "how", "text", "hit", "group"), STRUCTURE_CASES)
def test_structure_pattern(
    name: str, how: str, text: str, hit: bool, group: tuple[str | int, str] | None
) -> None:
    rx = getattr(S, name)
    m = getattr(rx, how)(text)
    assert (m is not None) == hit, (name, text, m)
    if group is not None:
        assert m is not None and m.group(group[0]) == group[1]


def test_every_pattern_has_a_hit_and_a_miss() -> None:
    patterns = {n for n in dir(S) if isinstance(getattr(S, n), re.Pattern)}
    rows = [row.values for row in STRUCTURE_CASES]  # type: ignore[attr-defined]
    assert patterns == {r[0] for r in rows}
    for n in patterns:
        assert {r[3] for r in rows if r[0] == n} == {True, False}, n


def _akorda_attends(text: str) -> bool:
    return any(a.name == "Akorda" for a in explain(text)[0].attendees)


# How each word set is read: a probe that is True when the word plays its role.
PROBES: dict[str, Callable[[str], bool]] = {
    "LIST_GLUE": lambda lead: _list_item_lead(lead, lead),  # a name after it is a list item
    "BODY_MODIFIERS": is_body,  # "the Standing Committee" is the meeting itself
    "JURISDICTIONS": is_body,  # "the Federal Cabinet" is the meeting itself
    "NOT_NOUNS": _akorda_attends,  # a bare name before it is no modifier
    "PLURAL_PORTFOLIOS": lambda name: not is_body(name),  # "the Fisheries Commission" is a named body
    "NAME_SMALL_WORDS": lambda word: _uncapped(word).islower(),  # "OF" in a heading in capitals is "of"
    # a motion's shorthand line needs one of the words: "Moved Cr A   Seconded Cr B"
    "MOTION_SHORTHAND_WORDS": lambda line: S.MOTION_SHORTHAND.search(line) is not None,
}

# (set, word, probe input, whether the word is a member and the probe holds)
WORD_SET_CASES = [
    pytest.param(
        "PLURAL_PORTFOLIOS",
        "fisheries",
        "the Reef Fisheries Commission",
        True,
        id="PLURAL_PORTFOLIOS-fisheries",
    ),
    pytest.param(
        "PLURAL_PORTFOLIOS", "farms", "Private Farms Cabinet", False, id="PLURAL_PORTFOLIOS-not-farms"
    ),
    pytest.param("NAME_SMALL_WORDS", "of", "OF", True, id="NAME_SMALL_WORDS-of"),
    pytest.param(
        "MOTION_SHORTHAND_WORDS",
        "moved",
        "Moved Cr Papas      Seconded Cr Whit",
        True,
        id="MOTION_SHORTHAND_WORDS-moved",
    ),
    pytest.param(
        "MOTION_SHORTHAND_WORDS",
        "proposed",
        "Proposed Cr Papas",
        False,
        id="MOTION_SHORTHAND_WORDS-not-proposed",
    ),
    pytest.param("NAME_SMALL_WORDS", "zealand", "ZEALAND", False, id="NAME_SMALL_WORDS-not-zealand"),
    pytest.param("LIST_GLUE", "counterpart", " and her counterpart ", True, id="LIST_GLUE-counterpart"),
    pytest.param("LIST_GLUE", "including", " including ", True, id="LIST_GLUE-including"),
    pytest.param("LIST_GLUE", "comrades", " and comrades from ", False, id="LIST_GLUE-not-comrades"),
    pytest.param("BODY_MODIFIERS", "standing", "the Standing Committee", True, id="BODY_MODIFIERS-standing"),
    pytest.param("BODY_MODIFIERS", "full", "the full Council", True, id="BODY_MODIFIERS-full"),
    pytest.param(
        "BODY_MODIFIERS", "finance", "the Finance Committee", False, id="BODY_MODIFIERS-not-finance"
    ),
    pytest.param("JURISDICTIONS", "federal", "the Federal Cabinet", True, id="JURISDICTIONS-federal"),
    pytest.param("JURISDICTIONS", "plenary", "the Plenary Committee", True, id="JURISDICTIONS-plenary"),
    pytest.param("JURISDICTIONS", "audit", "the Audit Committee", False, id="JURISDICTIONS-not-audit"),
    pytest.param(
        "NOT_NOUNS",
        "and",
        "The event was attended by Akorda and Ambassador Bo Kim.",
        True,
        id="NOT_NOUNS-and",
    ),
    pytest.param(
        "NOT_NOUNS",
        "press",
        "The event was attended by Akorda press officers and Ambassador Bo Kim.",
        False,
        id="NOT_NOUNS-not-press",
    ),
]


@pytest.mark.parametrize(("name", "word", "probe", "member"), WORD_SET_CASES)
def test_word_set(name: str, word: str, probe: str, member: bool) -> None:
    assert (word in getattr(S, name)) == member
    assert PROBES[name](probe) == member


def test_every_word_set_has_rows() -> None:
    sets = {n for n in dir(S) if isinstance(getattr(S, n), frozenset)}
    assert sets == {row.values[0] for row in WORD_SET_CASES}

"""Golden tables for the rule families: markers, hedges, titles and people, meeting facts.

One table of (input, expected) per family and one parametrized test each. A bug fix
starts as a failing row here. Known gaps are strict xfails with the reason.
"""

from __future__ import annotations

import pytest

import minutes
from minutes.condense import condense
from minutes.people import Registry, find_mentions, tokenize
from minutes.rules import hedges

# ---------------------------------------------------------------------------
# markers: text -> [(marker, ordinal)] of all points found, whoever speaks them

MARKERS: list[tuple[str, list[tuple[str, int]]]] = [
    # "The first X <verb> <preposition>" (GOLD.md convention 7; rules.markers.SERIES_VERBS)
    (
        "The agenda has three pillars. The first focuses on peace and security. The second pillar "
        "seeks to drive growth. The third pillar centres on people.",
        [("The first focuses on", 1), ("The second pillar seeks", 2), ("The third pillar centres on", 3)],
    ),
    ("First, we build. Second, we test.", [("First", 1), ("Second", 2)]),
    (
        "She said that in the first place parishes needed a clear picture of where money went, and secondly "
        "that the smaller parishes should not be asked for more.",
        [("in the first place", 1), ("secondly", 2)],
    ),
    # a spoken "And" before the last ordinal of a series: the marker is the ordinal
    (
        "First, we build. Second, we test. And third, we ship.",
        [("First", 1), ("Second", 2), ("third", 3)],
    ),
    # items referred back to, joined to another or after a noun in the singular, open no
    # list (points._cross_reference, rules.markers.REFERENCE_NOUNS)
    (
        "Ms. Okafor presented two options: (a) to lease the depot; (b) to sell it. She said (a) and (b) "
        "had been costed. The Board approved option (b) and sent option (a) back to staff.",
        [("(a)", 1), ("(b)", 2)],
    ),
    (
        "The plan rests on two pillars. The first pillar of the plan is raising wages. "
        "The second pillar seeks to cut costs.",
        [("The first pillar of the plan is", 1), ("The second pillar seeks", 2)],
    ),
    (
        "She said the Bureau intended firstly to require new car parks to reserve spaces, and secondly to "
        "retrofit the old ones.",
        [("firstly", 1), ("secondly", 2)],
    ),
    (
        "In their view, it is important to firstly, keep the rules; secondly, cut the programs; and finally, "
        "publish the path.",
        [("firstly", 1), ("secondly", 2), ("finally", 3)],
    ),
    (
        "First of all, plan. Secondly, act. Finally, review.",
        [("First of all", 1), ("Secondly", 2), ("Finally", 3)],
    ),
    (
        "Firstly, plan. Secondly, act. Thirdly, check. Forth, report. Last but not least, rest.",
        [("Firstly", 1), ("Secondly", 2), ("Thirdly", 3), ("Forth", 4), ("Last but not least", 5)],
    ),
    (
        "In the first place, plan ahead. In the second place, keep records.",
        [("In the first place", 1), ("In the second place", 2)],
    ),
    ("To begin with, the budget. Second, the staff.", [("To begin with", 1), ("Second", 2)]),
    (
        "The mayor spoke about housing. Secondly, rents must fall. Thirdly, repairs must be quicker.",
        [("Secondly", 2), ("Thirdly", 3)],
    ),
    # an agenda heading in capitals does not continue a motion's numbered items
    (
        "The Board resolved as follows:\n1. Adopts the budget;\n2. Notes the audit.\n\n3. CLOSE\n"
        "The meeting closed at 8 pm.",
        [("1.", 1), ("2.", 2)],
    ),
    (
        "He listed the tasks for the next stage.First, hire staff. Second, train them.",
        [("First", 1), ("Second", 2)],
    ),
    ('"First, we should talk. Second, we should listen," he said.', [("First", 1), ("Second", 2)]),
    (
        "The first point is to share lessons. The second point is cooperation on borders.",
        [("The first point is", 1), ("The second point is", 2)],
    ),
    (
        "There are two risks. The first is that prices rise. My second recent concern is growth.",
        [("The first is", 1), ("My second recent concern is", 2)],
    ),
    (
        "She set out five priorities: 1) speed up market development; 2) cut costs; 3) hire locally.",
        [("1)", 1), ("2)", 2), ("3)", 3)],
    ),
    ("The dilemma is two-fold: (1) is support needed? (2) is it the right time?", [("(1)", 1), ("(2)", 2)]),
    (
        "The counter argument is two-fold: (a) look at the deficit and (b) look at debt.",
        [("(a)", 1), ("(b)", 2)],
    ),
    (
        "He wished to change the agenda, first to move up the reports; and second, to add one item.",
        [("first", 1), ("second", 2)],
    ),
    (
        "The Council agreed the following:\n1. Noted the report.\n2. Approved the budget.",
        [("1.", 1), ("2.", 2)],
    ),
    (
        "My reasons are as follows:\ni) Prices are falling.\nii) Wages are flat.\niii) Trade is weak.",
        [("i)", 1), ("ii)", 2), ("iii)", 3)],
    ),
    (
        "He described the needs. The first need is a mammography unit. The second need is a new ward.",
        [("The first need is", 1), ("The second need is", 2)],
    ),
    (
        "She gave three directions: i) payments must be made; ii) collectors will inspect; iii) trucks "
        "will move.",
        [("i)", 1), ("ii)", 2), ("iii)", 3)],
    ),
    (
        "Three steps matter. First, plan.\nSecond, act.\nThird, check.",
        [("First", 1), ("Second", 2), ("Third", 3)],
    ),
    # two series by one speaker: each has its own ordinals
    (
        "First, plan. Second, act. Then the other matter came up. First, hire. Second, train.",
        [("First", 1), ("Second", 2), ("First", 1), ("Second", 2)],
    ),
    (
        "The Senate approved the following: 1. the new regulations; 2. the budget; 3. the calendar.",
        [("1.", 1), ("2.", 2), ("3.", 3)],
    ),
    (  # a hyphen after the number: "1- ", as in Gulf decisions
        "The Board approved the following:\n1- Moving the depot to the east yard.\n2- Hiring a second clerk.",
        [("1-", 1), ("2-", 2)],
    ),
    # negatives
    (  # an adverb of order after ":" or ";" needs no comma
        "<ines> two concerns: firstly the note is untestable; secondly we have no tests",
        [("firstly", 1), ("secondly", 2)],
    ),
    (  # and after a comma, with no comma after it
        "The mayor blamed the floods on two causes, firstly the blocked drains in the east; and "
        "secondly the heavy rain of the spring.",
        [("firstly", 1), ("secondly", 2)],
    ),
    (  # capitalised after "; and"
        "The engineer set three tasks: First, the drains; Secondly, the culverts; and Thirdly, the "
        "pumping station on the quay.",
        [("First", 1), ("Secondly", 2), ("Thirdly", 3)],
    ),
    (  # IRC continuation lines: "... 1." items, their lead-in on the turn's first line
        "adaeze: the charter expires. The team needs three things from us\n... 1. a timeline\n"
        "... 2. a second implementation\n... 3. a review plan",
        [("1.", 1), ("2.", 2), ("3.", 3)],
    ),
    (  # a numbered line in capitals with an amount is a payment, no agenda heading
        "It was resolved to approve the following payments:\n1. Clerk's salary (August) – £412.50\n"
        "2. HMRC (PAYE) – £103.20\n3. Hall hire – £25.00",
        [("1.", 1), ("2.", 2), ("3.", 3)],
    ),
    (  # a summary of the actions under its heading is the document's own table
        "It was agreed to meet in May.\n\nSummary of action items\n\n1. Ann to draft the policy\n"
        "2. Bob to book the hall",
        [],
    ),
    (  # the same lines under a lead-in are a series
        "The actions were agreed as follows:\n1. Ann to draft the policy\n2. Bob to book the hall",
        [("1.", 1), ("2.", 2)],
    ),
    (  # the agenda after "the following AGENDA:" is the document's own structure too
        "The Board met to study the following AGENDA:\n1. Verification of the quorum.\n"
        "2. Report of the Manager.\nThe Board approved the report.",
        [],
    ),
    (  # lettered items under a numbered paragraph of the minutes are its sub-items
        "4.1 Two posts remain vacant since the end of the last school year.\n"
        "(a) The post for Physics was advertised in March.\n(b) The post for Music will be re-advertised.",
        [("(a)", 1), ("(b)", 2)],
    ),
    (  # the agenda after its lead-in is the document's own structure
        "The agenda of the meeting comprised the following items:\n1. Draft Budget for 2026;\n"
        "2. Report on the Roads.\nThe Board approved the budget.",
        [],
    ),
    (  # paragraph numbers that go on under another speaker are the document's own
        "1. Members noted that the following letters had been received:\n(a) the auditor's letter; and\n"
        "(b) the parks survey.\n2. Members agreed to take up the following items in May:\n"
        "(a) the tree policy; and\n(b) the pool hours.\n3. At the invitation of the Chair, the Director "
        "of Parks briefed members on the plan to relight the towpath in three stages.",
        [("(a)", 1), ("(b)", 2), ("(a)", 1), ("(b)", 2)],
    ),
    (  # numbered paragraphs that narrate who said what are the document's own numbering
        "The overview of the talks is as follows.\n1. At the outset, Minister Sato welcomed the guests.\n"
        "2. Minister Sato made remarks on trade and investment.",
        [],
    ),
    ("The first plenary meeting was held on Monday. It was the second meeting this year.", []),
    ("For the first time, the second half of the year looks good.", []),
    ("First Vice Premier Li attended the Third Plenary Session.", []),
    ("It is the second-largest park. The report was firstly conveyed to the board.", []),
    ("We firstly spent an hour on trade. In addition, we discussed energy.", []),
    ("First, the district will build a new school.", []),  # a lone First is no series
    ("The meeting ended. Finally, the chair thanked everyone.", []),  # a lone Finally closes nothing
    ("They need equipment, gear, food and, last but not the least, pay.", []),
    ("56. Prices rose in the quarter.\n57. Wages were flat.", []),  # the document's own paragraph numbers
    ("Agenda\n1. Apologies\n2. Minutes of the last meeting", []),  # structure, not points
    ("The ratio is 3.5% and the road is No.5 Road, see www.gov.cn.", []),
    # the first item right after a colon, with no space and capitalised
    (
        "The meeting demanded:First, to repair the dykes before May. Second, to stock sandbags.",
        [("First", 1), ("Second", 2)],
    ),
    # inline phrases after a comma, and "that firstly" without a comma before it
    (
        "He said,in the first place, we should fund clinics; in the second place, we should train nurses.",
        [("in the first place", 1), ("in the second place", 2)],
    ),
    (
        "She asked that firstly, each bureau file a plan; secondly, the office audit it.",
        [("firstly", 1), ("secondly", 2)],
    ),
    # capitalised after "that," ("Ms. Zhao stressed that, First, ...")
    (
        "Ms. Zhao stressed that, First, it is necessary to sow early. Second, we must store seed.",
        [("First", 1), ("Second", 2)],
    ),
    # a lowercase ordinal glued to the period before it
    (
        "The mayor stressed the harvest.first, it is necessary to fix the canals. Second, to buy seed.",
        [("first", 1), ("Second", 2)],
    ),
    # spoken numbering
    (
        'She said: "Number one, we have to cut waste. Number two, we have to hire teachers."',
        [("Number one", 1), ("Number two", 2)],
    ),
    ("One is the permit backlog. Two is the shortage of land.", [("One is", 1), ("Two is", 2)]),
    ("One is never sure. Nobody knows.", []),  # a lone "One is" is no series
    ("She made two proposals. One, fix the roads. Two, light the parks.", [("One", 1), ("Two", 2)]),
    ("One, two, three: the count began. Nobody knew.", []),
    # inline and lowercase after ":" and ";"
    (
        "He stressed four aspects: one is to stabilize jobs; two is to protect the ecology.",
        [("one is", 1), ("two is", 2)],
    ),
    ("The cost rose, one is told, and nobody knows why.", []),
    # capitalised after a semicolon, in a series opened after a colon
    (
        "He proposed these orientations: Firstly, keeping visits; Secondly, raising trade; Thirdly, study.",
        [("Firstly", 1), ("Secondly", 2), ("Thirdly", 3)],
    ),
    # inline roman items with a period after ":" and ";"
    ("The Cabinet approved the following: i. the tariff; ii. the debt plan.", [("i.", 1), ("ii.", 2)]),
    # lettered items with a period, at a line start and inline (issue 11)
    (
        "Ms. Ann Reid said the plan had two parts:\na. repair the roof;\nb. paint the hall.",
        [("a.", 1), ("b.", 2)],
    ),
    ("She listed them:\nA. Repair the roof.\nB. Paint the hall.", [("A.", 1), ("B.", 2)]),
    ("He said the council should: A. raise the fees; B. cut the costs.", [("A.", 1), ("B.", 2)]),
    ("The options were: a. to wait; b. to act.", [("a.", 1), ("b.", 2)]),
    # initials are no lettered items; a lone letter makes no series
    ("The Board met.\nPresent:\nA. Smith\nB. Jones\n\nMs. Reid said: A. B. Cole agreed.", []),
    ("The choice is between plan A. and plan B. for the roads.", []),
    ("She noted one thing:\nA. Repair the roof.\nThe meeting closed.", []),
    # line items after a lead-in left unfinished ("... covers" / "(a) ..."); a heading is none
    (
        "She explained that the ordinance covers\n(a) full grants for students;\n(b) book allowances.",
        [("(a)", 1), ("(b)", 2)],
    ),
    ("FIRST READING OF BUSINESS\n1. An Ordinance on Plastics.\n2. A Resolution on Tricycles.", []),
    # "RESOLVED" alone on its line licenses the numbered resolutions under it
    (
        "The CFO presented the report.\nRESOLVED\n1. That Council notes the report.\n"
        "2. That the Manager submit a budget.",
        [("1.", 1), ("2.", 2)],
    ),
    # a cue word far from the end of the sentence before is no lead-in
    (
        "Pursuant to the Disclosure Requirements Regulations, please find below the summary of the "
        "proceedings of the 41st Annual General Meeting of the Company held on Monday through video.\n\n"
        "1. Mr. Vikram Deshpande chaired the meeting.\n\n2. The Directors attended the meeting.",
        [],
    ),
    # a numbered heading in sentence case over its own minutes "3.1", after a list's items
    (
        "4.1 The CEO presented her report. The key points were:\n1. Renewals closed with 4,318.\n"
        "2. The survey had 962 responses.\n\n3. Practising certificate fees 2026/27\n"
        "3.1 The Treasurer presented the recommendation.",
        [("1.", 1), ("2.", 2)],
    ),
    # numbered items after "gave three updates."
    (
        "Dr. Brooks gave three updates. 1. Enrollment stands at 512. 2. The curriculum is in place. "
        "3. The walkway will begin in winter.",
        [("1.", 1), ("2.", 2), ("3.", 3)],
    ),
    # inline numbered items, the second after ", and"
    (
        "Ms Ida Roe asked the Council for two things: 1. to mend the bridge by May, and 2. to light "
        "the path.",
        [("1.", 1), ("2.", 2)],
    ),
    # inline numbered items after "that"
    (
        "The mayor made it clear that 1. cadres must be on duty; 2. sites must close.",
        [("1.", 1), ("2.", 2)],
    ),
    # a capitalised ordinal right after a modal verb, mid-sentence (rules.markers.MODALS_BEFORE_ORDINAL)
    (
        "Mr Dube said the province will First, fence the field; Second, hire two guards.",
        [("First", 1), ("Second", 2)],
    ),
    # (not a lower-case "first" after a modal, which is prose)
    ("The clinic will first, as agreed, ask the board.", []),
    # an inline "the third is" glued to the semicolon before it
    (
        "He set two tasks: the first is to dredge the canal; the second is to mend the dykes;the third is "
        "to plant trees.",
        [("the first is", 1), ("the second is", 2), ("the third is", 3)],
    ),
    # an adverb of order between a verb and "that", no commas (points inline_ord)
    (
        "Ms. Tau opposed the plan, arguing firstly that the costs had doubled, and secondly that no "
        "tender was held.",
        [("firstly", 1), ("secondly", 2)],
    ),
    # (and with no comma before "and secondly" either: the gate of inline_ord in
    # points._may_inline_ord must let the sentence through)
    (
        "The Treasurer presented the accounts, noting firstly that rents rose and secondly that grants fell.",
        [("firstly", 1), ("secondly", 2)],
    ),
    # item markers glued to their word (segment.LIST_START), a lead-in ending in ";"
    # (rules.markers.LIST_LEADIN_ENDINGS)
    ("Ms. Tau raised two matters;\n\ni)Roads in the east\n\nii)Water in the west\n", [("i)", 1), ("ii)", 2)]),
    (
        "Ms. Tau said the board has two tasks:\n\n1.Repair the roof.\n\n2.Paint the fence.\n",
        [("1.", 1), ("2.", 2)],
    ),
    # an adverb of order after a bare "and", with no comma before it
    (
        "Ms. Tau cited two gaps, firstly a lack of vans and secondly slow lab results.",
        [("firstly", 1), ("secondly", 2)],
    ),
    # a numbered item after ", " inside an inline list (points.inline_num)
    (
        "Ms. Tau said the board named: 1. a retired judge, 2. a nurse, and 3. a teacher.",
        [("1.", 1), ("2.", 2), ("3.", 3)],
    ),
    # bracketed items run on in the line after the sentence that opens it (points._run_in_line)
    (
        "Ms Ada Pike reported on the library. (a) 40 books were bought; (b) the roof was mended.",
        [("(a)", 1), ("(b)", 2)],
    ),
    # lettered items with a period inside running prose, the next ones after a comma
    (
        "The route was chosen because a. it avoids the marsh, b. it is short, and c. it is cheap.",
        [("a.", 1), ("b.", 2), ("c.", 3)],
    ),
    # an adverb of order right after its verb before "the", and "and finally" with no comma
    (
        "Ms Ada Pike listed firstly the roof repairs, secondly the new lights and finally the car park.",
        [("firstly", 1), ("secondly", 2), ("finally", 3)],
    ),
    # (not "and finally" before a verb, with no series open)
    ("The board debated the plan and finally agreed to the budget.", []),
    # a number after a blank line under items that end in ";" and the last in ".": a section
    (
        "2. Dredging\nThe Board decides:\n1. to adopt the plan;\n2. to grant the credit.\n\n"
        "3. Interim report on the dikes\nMr Ode explains the report.",
        [("1.", 1), ("2.", 2)],
    ),
    # sub-paragraph labels right after a paragraph number that is no point: the document's own
    (
        "3. i) The Council thanked the rowing team on its win in the cup final.\n\n"
        "ii) The Council sent its sympathy to the family of the late Mr. Abel Crane.",
        [],
    ),
    # an adverb of order and a comma right after a noun: "that the Board firstly, ..."
    (
        "The panel recommended that the Council firstly, fund the pool; secondly, close the depot; "
        "and thirdly, sell the van.",
        [("firstly", 1), ("secondly", 2), ("thirdly", 3)],
    ),
    # an ordinal and a colon over a short line: a release's section heading, not a point
    (
        "Key decisions:\n\nFirst: Water sector\n\nThe Cabinet approved the dam loan.\n\n"
        "Second: Transport sector\n\nThe Cabinet approved the bus depot.",
        [],
    ),
    # numbered lines after the agenda and the decisions taken on it: the decisions, points
    (
        "The Board studied the items on its agenda and took the following decisions:\n"
        "1. Approving the budget for 2027.\n2. Approving the audit plan.",
        [("1.", 1), ("2.", 2)],
    ),
    # "The first X is": a topic, and a short relative clause with a pronoun before the verb
    (
        "Ms Ana Bo said the talks had two topics.\n\nThe first subject was trade with the north.\n\n"
        "The second issue we raised concerns the ports.",
        [("The first subject was", 1), ("The second issue we raised concerns", 2)],
    ),
    # a lead-in ending in its subject, the items its verbs (rules.markers.LIST_LEADIN_LAST_WORDS)
    (
        "The Board met.\n\nOn the levy the Board passed a motion in which it\n1. set the levy at 2%;\n"
        "2. asked the Treasurer to write to members.",
        [("1.", 1), ("2.", 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKERS)
def test_markers(text: str, expected: list[tuple[str, int]]) -> None:
    outline = minutes.summarize(text)
    got = [(p.marker, p.ordinal) for s in outline.speakers for p in s.points]
    got_sorted = sorted(
        ((p.start, p.marker, p.ordinal) for s in outline.speakers for p in s.points), key=lambda t: t[0]
    )
    assert [(m, o) for _, m, o in got_sorted] == expected, got


def test_quoted_paragraph_belongs_to_the_speaker_named_after_it() -> None:
    text = (
        "Foreign Minister Ana Ruiz said the region needed calm.\n"
        '"First, we should stop the fighting. Second, we should open the corridors," Minister Karl Baum said.'
    )
    outline = minutes.summarize(text)
    pts = {s.name: [p.priority for p in s.points] for s in outline.speakers}
    assert pts == {"Ana Ruiz": [], "Karl Baum": ["stop the fighting", "open the corridors"]}


def test_closer_takes_next_ordinal_across_paragraphs() -> None:
    text = "He made four points.\nFirst, plan.\nSecond, act.\nThird, check.\nFinally, he said we must rest."
    outline = minutes.summarize(text)
    pts = [p for s in outline.speakers for p in s.points]
    assert [(p.marker, p.ordinal) for p in pts][-1] == ("Finally", 4)


def test_a_marker_alone_on_its_line_heads_the_line_below() -> None:
    text = (
        "The Board then issued the following decisions:\n\nFirst:\nApproving the audit plan for the year.\n\n"
        "Second:\nAuthorizing the Clerk to sign the lease.\n"
    )
    speakers = minutes.summarize(text).speakers
    assert [(s.name, [p.priority for p in s.points]) for s in speakers] == [
        (None, ["the audit plan for the year", "the Clerk to sign the lease"])
    ]


def test_closer_after_unrelated_paragraphs_is_not_a_point() -> None:
    text = (
        "Members gave three reasons.\nFirst, growth slowed in the quarter.\nSecond, risks rose.\n"
        "Third, inflation stayed low.\n"
        "A couple of members preferred a larger cut at this meeting and said so at length.\n"
        "Several members favored no change. In addition, they viewed the news as consistent. "
        "Finally, a few members expressed concerns about stability."
    )
    pts = [p for s in minutes.summarize(text).speakers for p in s.points]
    assert [p.marker for p in pts] == ["First", "Second", "Third"]


# ---------------------------------------------------------------------------
# hedges: a point's content -> its priority

HEDGES: list[tuple[str, str]] = [
    (
        ", it is advisable to strengthen the efficient use of resources and strive to enhance density.",
        "strengthen the efficient use of resources and strive to enhance density",
    ),
    (", it is important for Shanghai to innovate and cooperate.", "innovate and cooperate"),
    (", it is a must to adhere to the development of brands.", "adhere to the development of brands"),
    (", it is necessary to focus on breakthroughs.", "focus on breakthroughs"),
    (", it is wise to take practical measures.", "take practical measures"),
    (", it is essential to keep prices stable.", "keep prices stable"),
    (", we must steer technology for good.", "steer technology for good"),
    (", we should cool down the situation.", "cool down the situation"),
    (", we will open more parks.", "open more parks"),
    (", we need now to focus more on risks.", "focus more on risks"),
    (", we need to remain data dependent.", "remain data dependent"),
    (", efforts should be made to build a platform.", "build a platform"),
    (", attention should be paid to the upkeep of rural roads.", "the upkeep of rural roads"),
    (", the meeting called for efforts to improve supervision.", "improve supervision"),
    (" to take up one item of new business.", "take up one item of new business"),
    (", he stressed the role of prevention.", "the role of prevention"),
    (", he called on the main emitters to lead the way.", "the main emitters to lead the way"),
    (", he said that we must steer technology.", "steer technology"),
    (", it is also being argued that the fisc is consolidating.", "the fisc is consolidating"),
    (", I continue to maintain the view that the risks are global.", "the risks are global"),
    (" Noted the content of the report.", "the content of the report"),
    (":\nAuthorising the Treasurer to open an account.", "the Treasurer to open an account"),
    (" endorsed the harbour plan of the Secretariat;", "the harbour plan of the Secretariat"),
    (" welcomed the audit of the fleet;", "the audit of the fleet"),
    (" commended the volunteers of the lifeboat crew;", "the volunteers of the lifeboat crew"),
    (" expressed grave concern over the river levels;", "the river levels"),
    (", encouraged by the audit, the board hired staff.", "encouraged by the audit, the board hired staff"),
    (" Council has agreed to the transfer of the depot.", "the transfer of the depot"),
    (" endorsed the two targets proposed by the Board;", "the two targets proposed by the Board"),
    (" that the ongoing transition is costly.", "the ongoing transition is costly"),
    (", the fundamental solution lies in a state, he said.", "the fundamental solution lies in a state"),
    # content stays when nothing hedges it
    (
        ", related to pandemic handling, the Head of State ensured that.",
        "related to pandemic handling, the Head of State ensured that",
    ),
    (", let us turn to the mechanics of cutting.", "let us turn to the mechanics of cutting"),
    (", there could be an argument that rates are high.", "there could be an argument that rates are high"),
    (", is the belief that India cannot cut.", "is the belief that India cannot cut"),
]


@pytest.mark.parametrize(("content", "priority"), HEDGES)
def test_hedges(content: str, priority: str) -> None:
    assert condense(content) == priority


@pytest.mark.parametrize(("pattern", "example", "rest"), hedges.REPORTING_CLAUSES + hedges.HEDGES)
def test_every_hedge_table_entry_has_a_working_example(pattern: str, example: str, rest: str) -> None:
    assert condense(", " + example) == rest


# ---------------------------------------------------------------------------
# titles and people: sentence -> [(name, role)] of the people mentioned with a title or honorific

TITLES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # title abbreviations and forms of address (rules.people.TITLE_HEADS, HONORIFICS)
    ("SG Minh highlighted the progress.", [("Minh", "SG")]),
    ("The Hon. Justice Margaret Osei addressed the Council.", [("Margaret Osei", "Justice")]),
    ("Selectman Paul DeMarco asked a question.", [("Paul DeMarco", "Selectman")]),
    ("Petitioner Dana Ferreira spoke in favour.", [("Dana Ferreira", "Petitioner")]),
    ("Guest Ottavio Brandl asked about parking.", [("Ottavio Brandl", "Guest")]),
    ("Revd Canon Judith Ashworth opened with prayer.", [("Judith Ashworth", None)]),
    ("Brother Femi Adebayo moved the motion.", [("Femi Adebayo", None)]),
    ("Mother Naomi Castellanos gave her report.", [("Naomi Castellanos", None)]),
    ("Wu Qing, Vice Mayor, was present.", [("Wu Qing", "Vice Mayor")]),
    # an office's last word is no name: after "and", or after an adjective of a portfolio
    (
        "The Director of the Office of Health and Training, Petra Lund, spoke.",
        [("Petra Lund", "Director of the Office of Health and Training")],
    ),
    (
        "The Founder of National Unity, Chairman of the Trust, Sir Omar Bell, spoke.",
        [("Omar Bell", "Founder of National Unity, Chairman of the Trust")],
    ),
    # a portfolio after the name joins a title that has none
    ("Minister Okafor of Works and Transport spoke first.", [("Okafor", "Minister of Works and Transport")]),
    ("Vice Mayor Wu Qing was present.", [("Wu Qing", "Vice Mayor")]),
    (
        "The meeting was presided over by Chen Mingbo, Deputy Secretary-General of Municipal Government.",
        [("Chen Mingbo", "Deputy Secretary-General of Municipal Government")],
    ),
    (
        "Secretary of Hunan Provincial CPC Committee Zhang Chunxian spoke.",
        [("Zhang Chunxian", "Secretary of Hunan Provincial CPC Committee")],
    ),
    (
        "Prime Minister of Mongolia L. Oyun-Erdene instructed the ministers.",
        [("L. Oyun-Erdene", "Prime Minister of Mongolia")],
    ),
    (
        "Minister of Mongolia, Head of the Cabinet Secretariat of Mongolia N. Uchral informed them.",
        [("N. Uchral", "Minister of Mongolia, Head of the Cabinet Secretariat of Mongolia")],
    ),
    (
        "State Councilor and Foreign Minister Wang Yi called for unity.",
        [("Wang Yi", "State Councilor and Foreign Minister")],
    ),
    (
        "Chinese President Xi Jinping met visiting German Chancellor Olaf Scholz.",
        [("Xi Jinping", "President"), ("Olaf Scholz", "Chancellor")],
    ),
    ("Prime Minister Tun Dr Mahathir Mohamad chaired it.", [("Mahathir Mohamad", "Prime Minister")]),
    (
        "Finance Minister Lim Guan Eng; Economic Affairs Minister Datuk Seri Mohamed Azmin Ali.",
        [("Lim Guan Eng", "Finance Minister"), ("Mohamed Azmin Ali", "Economic Affairs Minister")],
    ),
    (
        "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: Good evening.",
        [("MOTEGI Toshimitsu", "Minister for Foreign Affairs")],
    ),
    ("Tan Chengxu, mayor of Dalian, stressed safety.", [("Tan Chengxu", "mayor of Dalian")]),
    (
        "He Zhongwei, deputy secretary of the party committee and mayor, stressed it.",
        [("He Zhongwei", "deputy secretary of the party committee and mayor")],
    ),
    (
        "On April 14, he Angang, executive deputy county head, presided.",
        [("He Angang", "executive deputy county head")],
    ),
    ("President Joko \u201cJokowi\u201d Widodo gave directives.", [("Joko Widodo", "President")]),
    ("Dr. Ravindra H. Dholakia voted for a cut.", [("Ravindra H. Dholakia", None)]),
    ("Mr Siluanov, please take this issue under your supervision.", [("Siluanov", None)]),
    # portfolio lists before a title, an organisation before a title, a surname that is
    # also an organisation word
    (
        "Fisheries, Oceans and Ports Minister Ana Kealoha attended.",
        [("Ana Kealoha", "Fisheries, Oceans and Ports Minister")],
    ),
    (
        "Bank of Tonga Senior Deputy Governor Park Ji-ho spoke.",
        [("Park Ji-ho", "Senior Deputy Governor")],
    ),
    # plural titles over a list of names
    (
        "Vice Governors Lin Tao and Gao Mei attended.",
        [("Lin Tao", "Vice Governor"), ("Gao Mei", "Vice Governor")],
    ),
    ("Mayor Pro Tem R.J. Okafor moved the item.", [("R.J. Okafor", "Mayor Pro Tem")]),
    # name suffixes, an honorific that ends a name, an abbreviated given name
    ("President Luis M. Reyes Jr. presided.", [("Luis M. Reyes Jr.", "President")]),
    ("Chief Minister Imran Ali Sheikh in the chair.", [("Imran Ali Sheikh", "Chief Minister")]),
    ("Labor Secretary Ma. Luisa Tan reported.", [("Ma. Luisa Tan", "Labor Secretary")]),
    # a portfolio list with commas, then the name in apposition before its verb
    (
        "The Cabinet Secretary for Roads, Ports and Housing, Hon. Mary W. Kimani informed Cabinet.",
        [("Mary W. Kimani", "Cabinet Secretary for Roads, Ports and Housing")],
    ),
    # the place after "of" belongs to the title
    (
        "Vice Minister of Foreign Affairs of Chile Ana María Soto Vera attended.",
        [("Ana María Soto Vera", "Vice Minister of Foreign Affairs of Chile")],
    ),
    (
        "Akim of Almaty Region Nurlan Bekov reported.",
        [("Nurlan Bekov", "Akim of Almaty Region")],
    ),
    # "the Secretary Irrigation" is a title alone, not a person called Irrigation
    ("The Secretary Irrigation told the meeting.", []),
    # an apposition is not a second titled person
    (
        "Present were Ana Cruz, Health Secretary Ben Lim, and others.",
        [("Ben Lim", "Health Secretary")],
    ),
    ("CS Otieno said the works would create jobs.", [("Otieno", "CS")]),  # Cabinet Secretary (Kenya)
    # a place of several words after "in" is no name with the title in apposition
    (
        "On 22 April, in Ha Noi, Deputy Prime Minister Bui Van Long spoke.",
        [("Bui Van Long", "Deputy Prime Minister")],
    ),
    # abbreviated titles keep their period: "Gov.", "Sen.", "Rep."
    ("Gov. Liza Tan said hello. Then Sen. Ortiz spoke.", [("Liza Tan", "Gov."), ("Ortiz", "Sen.")]),
    # a Nigerian honorific
    (
        "The Minister of Information, Alhaji Musa Bello, briefed them.",
        [("Musa Bello", "Minister of Information")],
    ),
    # a title and name followed by a verb is the subject, not an apposition of the word before
    (
        "At Government House, Prime Minister Srettha Boonmee chaired the meeting.",
        [("Srettha Boonmee", "Prime Minister")],
    ),
    # a stop word that ends a name: "An"
    ("Deputy Prime Minister Tran Van An chaired it.", [("Tran Van An", "Deputy Prime Minister")]),
    # an honorific that is also a given name, after another honorific
    (
        "Ms. Kumari Silva, Secretary to the Committee, was present.",
        [("Kumari Silva", "Secretary to the Committee")],
    ),
    # "The <title>, <office>, <honorific> <name>,": the office belongs to the title (South Asia)
    (
        "The Secretary, Department of Water Resources, Ms. Anita Rao, said so.",
        [("Anita Rao", "Secretary, Department of Water Resources")],
    ),
    # a portfolio in parentheses after the title
    (
        "The Additional Secretary (Relief), Mr. Mahbubur Rahman, stated that food was enough.",
        [("Mahbubur Rahman", "Additional Secretary (Relief)")],
    ),
    # a rank after an office with its portfolio: "Chief of Army Staff General X"
    (
        "The meeting was attended by the Chief of Army Staff General Kofi Badu.",
        [("Kofi Badu", "Chief of Army Staff General")],
    ),
    # "-General" offices are titles: "Inspector-General of Police"
    (
        "The Inspector-General of Police, Dr. Mohammed Iddrisu, spoke.",
        [("Mohammed Iddrisu", "Inspector-General of Police")],
    ),
    # Singapore's "Mdm" (Madam) is an honorific; "binte" (daughter of) is part of the name
    (
        "Mdm Siti Rahmah binte Osman, Independent Director, spoke.",
        [("Siti Rahmah binte Osman", "Independent Director")],
    ),
    # "Sri" after another honorific is an Indonesian given name, but completes "Dato' Sri"
    ("H.E. Sri Wahyuni Lestari, Minister of Trade, spoke.", [("Sri Wahyuni Lestari", "Minister of Trade")]),
    ("Dato' Sri Anwar Ibrahim, Minister of Finance, spoke.", [("Anwar Ibrahim", "Minister of Finance")]),
    # a curly apostrophe and particles inside a name (issue 11)
    ("Mayor Ann O\u2019Neill spoke.", [("Ann O\u2019Neill", "Mayor")]),
    ("Mayor Ann van der Berg spoke.", [("Ann van der Berg", "Mayor")]),
    ("Maria de la Cruz, Treasurer, spoke.", [("Maria de la Cruz", "Treasurer")]),
    # Burmese styles "U" (a man) and "Daw" (a woman) are honorifics, never part of a name
    ("Deputy Minister U Zaw Lin spoke.", [("Zaw Lin", "Deputy Minister")]),
    ("Permanent Secretary Daw Mya Thida spoke.", [("Mya Thida", "Permanent Secretary")]),
    # a procurator is a title, and a possessive inside the office's name stays in it
    (
        "Chief Procurator of the City People's Procuratorate Gao Ping spoke.",
        [("Gao Ping", "Chief Procurator of the City People's Procuratorate")],
    ),
    # a lowercase place word inside the office's name: "of X province" before the name
    (
        "Chairman of the Committee of Long Phu province Le Van Tam spoke.",
        [("Le Van Tam", "Chairman of the Committee of Long Phu province")],
    ),
    # "Associate" heads a title as "Assistant" does
    (
        "Also present was Nia Odum, County Youth Program Associate.",
        [("Nia Odum", "County Youth Program Associate")],
    ),
    # an apposition runs through a company's legal form: "Co., Ltd."
    (
        "Zhao Ning, general manager of Qinghe Paper Co., Ltd., hoped for quicker permits.",
        [("Zhao Ning", "general manager of Qinghe Paper Co., Ltd.")],
    ),
    # two titles joined by a slash, one token ("Minister/Foreign"): one title, not a name "Prime"
    (
        "Deputy Prime Minister/Foreign Minister Senator Ali Raza held talks.",
        [("Ali Raza", "Deputy Prime Minister/Foreign Minister Senator")],
    ),
    # a Scout unit's head ("Lead Volunteer"), not a name "Lead Volunteer Mo Harte"
    ("The group wrote through its Lead Volunteer Mo Harte.", [("Mo Harte", "Lead Volunteer")]),
    # the place where an office sits, after "in": one title (not the month: "in May")
    (
        "The Ambassador of Norway in Riga, Eva Lind, also took part.",
        [("Eva Lind", "Ambassador of Norway in Riga")],
    ),
    # Muslim forms of address and styles (rules.people.MUSLIM_STYLES); "Sheikh" ending a name
    ("Br Salim Akhtar seconded the motion.", [("Salim Akhtar", None)]),
    ("Maulana Yusuf Patel gave the closing dua.", [("Yusuf Patel", None)]),
    ("Hafiz Omar Sheikh recited the opening verses.", [("Omar Sheikh", None)]),
    # an institution's name, a title and "Dr" before the name: the bank stops at the title
    ("Bank of Lirania Governor Dr Tomas Vell opened the briefing.", [("Tomas Vell", "Governor")]),
    # the Arabic article in lower case, hyphened to the surname (rules.people.HYPHENED_NAME_ARTICLES)
    (
        "Minister of Health, Dr. Samir Fuad el-Masri, reported.",
        [("Samir Fuad el-Masri", "Minister of Health")],
    ),
    # a click letter before a Namibian surname (rules.people.NAME_CLICKS)
    ("Deputy Governor Hilma !Nanus opened the briefing.", [("Hilma !Nanus", "Deputy Governor")]),
    # "Physical" and "Spatial" are portfolio words (rules.people.PORTFOLIO_WORDS), not a name
    (
        "Minister of Transport and Spatial Planning Arben Kola spoke.",
        [("Arben Kola", "Minister of Transport and Spatial Planning")],
    ),
    # a region's adjective is a portfolio word (rules.people.PORTFOLIO_WORDS), not a name
    (
        "Minister of Foreign and European Affairs Mira Kos opened the talks.",
        [("Mira Kos", "Minister of Foreign and European Affairs")],
    ),
    # a portfolio after a comma and "the" goes on the title (people.titles._portfolio_comma)
    (
        "The Minister of Trade, the National Economy and Pacific Affairs, Mr. Tavita Ioane, spoke.",
        [("Tavita Ioane", "Minister of Trade, the National Economy and Pacific Affairs")],
    ),
    # Spanish academic styles are honorifics (rules.people.SPANISH_STYLES)
    ("Licenciada Marta Ruiz Solis opened the session.", [("Marta Ruiz Solis", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), TITLES)
def test_titles(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    mentions = find_mentions(tokenize(sentence), sentence, Registry())
    got = [(m.name, m.role) for m in mentions if m.how in ("title", "apposition", "honorific")]
    assert got == expected


# ---------------------------------------------------------------------------
# who is who: document -> (presider, attendees, speakers)

PEOPLE: list[tuple[str, str | None, list[str], list[str | None]]] = [
    # royal and Khmer styles are honorifics: "His Royal Highness Prince", "Lok Chumteav"
    (
        "His Royal Highness Prince Karim bin Saad Al-Fahd, Crown Prince and Prime Minister, chaired the "
        "meeting. Lok Chumteav MEAS Sopheap, Minister of Tourism, presented the plan. The Crown Prince "
        "said that visas would be eased.",
        "Karim bin Saad Al-Fahd",
        ["MEAS Sopheap"],
        ["MEAS Sopheap", "Karim bin Saad Al-Fahd"],
    ),
    # an organisation that gives a briefing at the meeting is there (GOLD.md convention 14)
    (
        "Mayor Li Guohua presided over the meeting. The Municipal Emergency Management Bureau gave a "
        "briefing on work safety. The Bureau of Agriculture reported on spring plowing.",
        "Li Guohua",
        ["Municipal Emergency Management Bureau", "Bureau of Agriculture"],
        ["Municipal Emergency Management Bureau", "Bureau of Agriculture"],
    ),
    # a title's portfolio list is no one ("Provincial Councils", "Ocean Resources"), and a
    # thing "was also presented" is passive (rules.structure.PASSIVE_BEFORE)
    (
        "The meeting was attended by Minister of Public Administration, Provincial Councils and Local "
        "Government, Dr. Ravi Perera, Minister of Fisheries, Aquatic and Ocean Resources, Ramalingam "
        "Chandrasekar. A plan for the Disaster Management Fund was also presented.",
        None,
        ["Ravi Perera", "Ramalingam Chandrasekar"],
        [],
    ),
    # a thing handed over is no speech (rules.verbs.HANDED_OBJECTS)
    (
        "Mr Nuwan Chinthaka presented to President Ravi Perera the certificate of recognition. "
        "President Perera said that the award honours the farmers.",
        None,
        ["Ravi Perera"],
        ["Ravi Perera"],
    ),
    # "it" inside a clause is not the meeting (rules.people.BODY_PRONOUNS)
    (
        "President Ravi Perera stated: corruption spreads, and eliminating it requires effort.",
        None,
        ["Ravi Perera"],
        ["Ravi Perera"],
    ),
    # an absence line keeps the attendance block open; "Chief of Police" is a title
    (
        "Commissioners present: President Rosa Delgado; Commissioner Hannah Sorlie\n"
        "Commissioners absent: Ahmed Yusuf\nDepartment: Chief of Police Daniel Kwiatkowski\n\n"
        "Chief Kwiatkowski reported on crime.",
        None,
        ["Rosa Delgado", "Hannah Sorlie", "Daniel Kwiatkowski"],
        ["Daniel Kwiatkowski"],
    ),
    # "it was RESOLVED that" after an adverbial is the meeting
    (
        "Cllr Ann Hughes spoke. After discussion it was RESOLVED that the hedge be cut.",
        None,
        ["Ann Hughes"],
        ["Ann Hughes", None],
    ),
    (
        "Wu Qing, Vice Mayor, was present and made a speech. The meeting was presided over by Chen Li. "
        "Wu Jincheng, Chairman of the Commission, and Lu Ming, Vice Chairman, were also present. "
        "Mr. Wu stressed that the parks matter. Mr. Lu reported on progress.",
        "Chen Li",
        ["Wu Qing", "Wu Jincheng", "Lu Ming"],
        ["Wu Qing", "Lu Ming"],
    ),
    # "O\u2019Neill" is one name, not "O" and "Neill"; "van der" stays inside the name (issue 11)
    (
        "Ms. Ann O\u2019Neill said the roads were bad. Ms. Ann van der Berg said the parks were good. "
        "Ms. O\u2019Neill agreed.",
        None,
        ["Ann O\u2019Neill", "Ann van der Berg"],
        ["Ann O\u2019Neill", "Ann van der Berg"],
    ),
    (
        "The meeting stressed that safety comes first. It was agreed that the plan goes ahead.",
        None,
        [],
        [None],
    ),
    (
        "Xu Hao presided over the meeting. Ge Lin and Zheng Tao were present. Comrades from the units "
        "were also present.",
        "Xu Hao",
        ["Ge Lin", "Zheng Tao"],
        [],
    ),
    (
        "Mikhail Orlov: Good afternoon, colleagues. The President instructed us to act. "
        "Mr Petrov, please take this issue under your supervision.",
        None,
        ["Mikhail Orlov", "Petrov"],
        ["Mikhail Orlov"],
    ),
    (
        "Li Jun conveyed the spirit of the speech delivered by Tan Zuojun, secretary of the city committee. "
        "Tan urged action.",
        None,
        ["Li Jun"],
        ["Li Jun", "Tan Zuojun"],
    ),
    (
        "This morning, the Secretary-General briefed the Assembly. He identified four threats.",
        None,
        [],
        ["Secretary-General"],
    ),
    (
        "Minutes of the Board\nChair: Anna Berg\nPresent: Omar Said, Lena Fox (for Ian Roe), Kim Lee\n"
        "Apologies: Tom Hale\nOmar Said reported on the budget.",
        "Anna Berg",
        ["Omar Said", "Lena Fox", "Kim Lee"],
        ["Omar Said"],
    ),
    # two people sharing a surname: the title decides
    (
        "Energy Minister Lee Soo-min and Tax Commission Chairman Lee Dong-hyun attended. "
        "Chairman Lee said revenue was stable. Minister Lee reported on power prices.",
        None,
        ["Lee Soo-min", "Lee Dong-hyun"],
        ["Lee Dong-hyun", "Lee Soo-min"],
    ),
    # "(Chair)" in a list, initials in parentheses, an action list for the meeting
    (
        "Present: Mrs Ruth Obi (Chair), Mr Tom Vale (TV)\n\nMr Vale reported on fees.\n\n"
        "Action points:\n1. TV to send the fees table.\n2. RO to write to parents.",
        "Ruth Obi",
        ["Tom Vale"],
        ["Tom Vale", None],
    ),
    # a list line "Name, Title (Chairperson)", and a numbered paragraph after the list
    (
        "Present:\nDr. A. B. Mensah, Governor (Chairperson)\nMs. C. Dube, External Member\n\n"
        "1. The Governor opened the meeting and said risks had grown.\n2. Ms. Dube noted inflation.",
        "A. B. Mensah",
        ["C. Dube"],
        ["A. B. Mensah", "C. Dube"],
    ),
    # a sub-header with its names on the same line inside a "Present:" block
    (
        "Present:\nDirectors: Mr Tan Wei Ming (Chairman); Ms Lim Hui Shan (Chief Executive Officer)\n"
        "In attendance: Mr Ong Kah Seng, Company Secretary\n\nMs Lim said sales rose.",
        "Tan Wei Ming",
        ["Lim Hui Shan", "Ong Kah Seng"],
        ["Lim Hui Shan"],
    ),
    # "was attended by:" and one person a line, the title running on past its commas
    (
        "The Retreat was chaired by Ana Ruiz.\nThe Retreat was attended by:\n"
        "H.E. Tran Thi Lan, Minister of Industry and Trade, Viet Nam;\n"
        "H.E. Chea Sophal, Senior Minister, Cambodia.\n",
        "Ana Ruiz",
        ["Tran Thi Lan", "Chea Sophal"],
        [],
    ),
    # a list item "H.E. Sri X": the given name "Sri" is not dropped after the honorific
    (
        "Present:\nH.E. Sri Handayani Putri, Deputy Minister of Trade\n",
        None,
        ["Sri Handayani Putri"],
        [],
    ),
    # a list line "Title Name - Chairperson": titled, and the presider
    (
        "Present:\nGovernor Emma Kileo - Chairperson\nDr. Juma Salim - Member\n\n"
        "Dr. Juma Salim, Member, stated that risks had grown.",
        "Emma Kileo",
        ["Juma Salim"],
        ["Juma Salim"],
    ),
    # plural titles in a list, staff, an address after a name
    (
        "Present: Mayor Jo Park, Councilmembers Ann Wu and Raj Das\nStaff: City Clerk Eve Stone\n\n"
        "Sam Reed, 22 Oak Lane, spoke against the fee. Councilmember Das stated that fees were low.",
        None,
        ["Jo Park", "Ann Wu", "Raj Das", "Eve Stone", "Sam Reed"],
        ["Sam Reed", "Raj Das"],
    ),
    # "with X in the chair"; a body named after its jurisdiction
    (
        "The meeting of the Federal Cabinet was held with Prime Minister Omar Rana in the chair. "
        "The Federal Cabinet approved the following:\ni. a new port;\nii. a rail loan.",
        "Omar Rana",
        [],
        [None],
    ),
    # a transcript label by title, then by name
    (
        "THE CHAIR: Good morning, we have two items.\nMR. ADE: Thank you. First, fees. Second, rent.",
        None,
        ["ADE"],
        ["CHAIR", "ADE"],
    ),
    # "According to X," gives X the floor
    (
        "According to Deputy Minister Haruna Bello, two tasks remain: first, the audit; second, the census.",
        None,
        ["Haruna Bello"],
        ["Haruna Bello"],
    ),
    # section labels are not speakers; "Also present:" inside a paragraph; a table of names;
    # a surname first, the full name later
    (
        "CALL TO ORDER: Chair Ann Lowe called the meeting to order. Grace was said by Member Kerr.\n"
        "ROLL CALL: Present: Members Tom Kerr and Joe Sim. Also present: County Clerk Eve Rudd.\n"
        "PUBLIC COMMENT:\nDan Hill, 41 Old Barn Rd., spoke against the plan.\n"
        "Lucy Park, President of the Farm Bureau, asked for a delay.",
        "Ann Lowe",
        ["Tom Kerr", "Joe Sim", "Eve Rudd", "Dan Hill", "Lucy Park"],
        ["Ann Lowe", "Dan Hill", "Lucy Park"],  # (calling the meeting to order is speech: convention 9)
    ),
    (
        "PRESENT\nDirectors:\nJane Roe            Chair\nDr Omar Haddad      Finance Director\n"
        "Linda Cole          Director of Finance\n\nMr. Haddad said costs rose.",
        "Jane Roe",
        ["Omar Haddad", "Linda Cole"],
        ["Omar Haddad"],
    ),
    # "chaired by the Governor, Dr. X"; a committee headed by someone else
    (
        "The meeting was chaired by the Governor, Dr. Efua Mensah. The Committee formed a task force "
        "headed by Mr. Kofi Ansah.",
        "Efua Mensah",
        [],
        [],
    ),
    # a country in parentheses after a name; a later verb introducing a list takes the floor
    (
        "LI WEI (China) said aid must flow. The Chairman informed the meeting of two questions, to "
        "which the Executive Director, Mr. Tan, responded as follows: Firstly, costs. Secondly, prices.",
        None,
        ["LI WEI", "Tan"],
        ["LI WEI", "Chairman", "Tan"],
    ),
    # "speaking as Chair" picks the Hughes who chairs; items under "RESOLVED that:" stay with the meeting
    (
        "Present: Cllr R. Hughes (Chair), Cllr M. Hughes\n\nCllr Hughes, speaking as Chair, said the "
        "item was urgent. It was RESOLVED that:\n(a) the Clerk reports the damage;\n(b) the Council pays "
        "for repairs.",
        "R. Hughes",
        ["M. Hughes"],
        ["R. Hughes", None],
    ),
    # "X supported ... but raised two concerns"
    (
        "The expert from Peru, Mr Luis Soto, supported the draft but raised two concerns. Firstly, cost. "
        "Secondly, time.",
        None,
        ["Luis Soto"],
        ["Luis Soto"],
    ),
    # "speaking also for X": X does not speak; "the representative of the United Kingdom"
    (
        "The representative of Chile, speaking also for Peru, said aid must flow. "
        "The representative of the United Kingdom outlined two aims: (a) access; and (b) funding.",
        None,
        [],
        ["representative of Chile", "representative of the United Kingdom"],
    ),
    # initials stand for the members named in full in the list; "Title, Portfolio" after a dash;
    # an officer line inside the block; "the Chairperson" is the presider marked in the list
    (
        "Present:\nDr. Alice Banda \u2013 Governor (Chairperson)\nMr. Peter Moyo \u2013 Deputy Governor, "
        "Operations\nMs. Grace Moyo \u2013 External Member\nSecretary: Mr. Tom Kalua\n\n"
        "2.1 PM was of the view that rates should rise. 2.2 GM observed two risks. First, food prices. "
        "Second, fuel.\n\n3.1 The Chairperson thanked members.",
        "Alice Banda",
        ["Peter Moyo", "Grace Moyo", "Tom Kalua"],
        ["Peter Moyo", "Grace Moyo", "Alice Banda"],
    ),
    # "(Vice-Chancellor, Chair)" marks the presider; "the Vice-Chancellor" is not the Deputy one
    (
        "Present: Professor Ann Lowe (Vice-Chancellor, Chair), Professor Ben Ode (Deputy Vice-Chancellor)"
        "\n\nThe Vice-Chancellor reported on two matters. Firstly, admissions. Secondly, estates.",
        "Ann Lowe",
        ["Ben Ode"],
        ["Ann Lowe"],
    ),
    # a motion's words ("That Council:") are the meeting's, not the last speaker's; the
    # mover and the seconder speak (GOLD.md convention 9), "Cr Park" is a surname
    (
        "Cr Jo Hart spoke against the plan.\n\nMoved: Cr Lee   Seconded: Cr Park\nThat Council:\n"
        "1. Adopts the plan;\n2. Thanks the submitters.\nCARRIED",
        None,
        ["Jo Hart", "Lee", "Park"],
        ["Jo Hart", "Lee", "Park", None],
    ),
    # a participle after the main clause has its subject; "speaking in its capacity as observer"
    (
        "Committee Chair Rosa Diaz (Chile) opened the meeting, noting that debt had doubled. The "
        "representative of the European Union, speaking in its capacity as observer, said aid helps.",
        "Rosa Diaz",
        [],
        ["Rosa Diaz", "representative of the European Union"],
    ),
    # "and Indonesian Ambassador Y": a demonym between co-subjects; "the Government leader"
    (
        "Prime Minister Pham Van Duc chaired the meeting. Vice Minister Kim Soo-ah and Indonesian Ambassador "
        "Dewi Sari also attended. The Government leader asked ministries to act.",
        "Pham Van Duc",
        ["Kim Soo-ah", "Dewi Sari"],
        ["Pham Van Duc"],
    ),
    # a pronoun refers back to the person who opens the sentence before it
    (
        "Clerk Dennis Moore said the election is near. Trustee Sarah Whitfield reviewed the bids. "
        "She said the low bid failed.",
        None,
        ["Dennis Moore", "Sarah Whitfield"],
        ["Dennis Moore", "Sarah Whitfield"],
    ),
    # ... but not to one only said to attend: the speaker goes on
    (
        "Mayor Li Ming said the city was ready. Wang Fang, the vice mayor, attended the meeting. He added "
        "that two steps were needed.",
        None,
        ["Li Ming", "Wang Fang"],
        ["Li Ming"],
    ),
    # "In Nice," is a place before the subject
    (
        "In Nice, the Secretary-General delivered remarks. He said the ocean matters.",
        None,
        [],
        ["Secretary-General"],
    ),
    # "Spokesperson for the Secretary-General" is not the Secretary-General
    (
        "Miguel Ortega, Spokesperson for the Secretary-General, said the briefing would be short. "
        "The Secretary-General said the ocean matters.",
        None,
        ["Miguel Ortega"],
        ["Miguel Ortega", "Secretary-General"],
    ),
    # an organisation's acronym in parentheses is not its name
    (
        "The International Organization for Migration (IOM) says that half live outside.",
        None,
        [],
        ["International Organization for Migration"],
    ),
    # the honorific's gender tells two people of one surname apart
    (
        "Present: Mr. Dennis Moore (Clerk), Ms. Alicia Moore (Treasurer).\nMs. Moore said the fund was "
        "healthy.\nMr. Moore said the election was ready.",
        None,
        ["Dennis Moore", "Alicia Moore"],
        ["Alicia Moore", "Dennis Moore"],
    ),
    # a title-case headline names a person with a surname in capitals
    (
        "Press Conference by Chief Cabinet Secretary KATO Hiroshi\n\nChief Cabinet Secretary KATO: I have "
        "two announcements.",
        None,
        ["KATO Hiroshi"],
        ["KATO Hiroshi"],
    ),
    # a title alone does not reach back over "that the": "the meeting that the President"
    (
        "Minister Zulkifli Anwar said after the meeting that the President gave directives. The President "
        "said prices must fall.",
        None,
        ["Zulkifli Anwar"],
        ["Zulkifli Anwar", "President"],
    ),
    # "under the chairmanship of X"
    (
        "The meeting was held today under the chairmanship of Prime Minister Imran Qureshi.",
        "Imran Qureshi",
        [],
        [],
    ),
    # co-chairs: no single presider, both present
    (
        "Foreign Minister Bui Van Long and Foreign Minister Jo Ross co-chaired the talks. Minister Ross said "
        "ties were strong.",
        None,
        ["Bui Van Long", "Jo Ross"],
        ["Jo Ross"],
    ),
    # a capitalised word of a title before its head in an attendance list
    ("Also present: Township Attorney Grace Lee and approximately 20 residents.", None, ["Grace Lee"], []),
    # "revealed", "disclosed" report speech
    (
        "Mr. Anucha Sriwong, Government Spokesman, revealed that the budget was ready.",
        None,
        ["Anucha Sriwong"],
        ["Anucha Sriwong"],
    ),
    # an aside between the subject and its verb: ", for her part,"
    (
        "Trade Secretary Ana Cruz attended. Secretary Cruz, for her part, said prices would be watched.",
        None,
        ["Ana Cruz"],
        ["Ana Cruz"],
    ),
    # an acronym alone refers back to the organisation named with it
    (
        "Colleagues from the International Organization for Migration (IOM) tell us that the number rose. "
        "IOM says that half live outside.",
        None,
        [],
        ["International Organization for Migration"],
    ),
    # "a briefing from the <title>, <name>,": the name after the title in apposition
    (
        "The President spoke.\n\nCabinet received a briefing from the Cabinet Secretary for Agriculture, "
        "Hon. Mary Otieno, on the harvest. She reported that maize rose.",
        None,
        ["Mary Otieno"],
        ["President", "Mary Otieno"],
    ),
    # an honorific before "the <title>, <name>" after "presided over by"
    (
        "The Council met today, presided over by His Excellency the President, Kwame Boateng.The meeting "
        "was attended by Mr. Yaw Darko.",
        "Kwame Boateng",
        ["Yaw Darko"],
        [],
    ),
    # "Also in attendance was X": the name after the verb
    (
        "The meeting was chaired by Ama Boateng. Also in attendance was the Inspector-General of Police, "
        "Dr. Mohammed Iddrisu.",
        "Ama Boateng",
        ["Mohammed Iddrisu"],
        [],
    ),
    # an organisation that only "said" something is a speaker, not an attendee; one that
    # "made a speech" is both
    (
        "Ana Ruiz chaired the meeting. Songjiang District Government made exchange speeches. The "
        "International Organization for Migration said that 100 people had fled.",
        "Ana Ruiz",
        ["Songjiang District Government"],
        ["Songjiang District Government", "International Organization for Migration"],
    ),
    # a title alone refers back to one who has spoken, not to one only listed as present
    (
        "The meeting was attended by the Minister for the Interior, Hon. Yaw Darko, and the Minister "
        "for Defence, Hon. Kofi Darko. The Minister for Information, Hon. Efua Sarpong, said calm had "
        "returned. The Minister for Defence told the Council that arrests were made. The Ministry of the "
        "Interior said that chiefs would meet. Finally, the Minister urged the public to stay calm.",
        None,
        ["Yaw Darko", "Kofi Darko", "Efua Sarpong"],
        ["Efua Sarpong", "Kofi Darko", "Ministry of the Interior"],
    ),
    # a title alone as subject, with a title in apposition before the verb
    (
        "The representative of Japan said aid was short.\n\nThe representative of the United Kingdom, "
        "Council President for October, spoke in her national capacity. She said that talks would start.",
        None,
        [],
        ["representative of Japan", "representative of the United Kingdom"],
    ),
    # a country's delegate never named otherwise: named as written
    ("Egypt's delegate said that aid was short.", None, [], ["Egypt's delegate"]),
    # a meeting body that "convened" does not preside over itself
    (
        "The Security Council convened this morning. Ms. Amara Diallo said aid was short.",
        None,
        ["Amara Diallo"],
        ["Amara Diallo"],
    ),
    # "attended by A and B": a word of A's title ("Staff") is no collective before B
    (
        "The meeting was chaired by Ama Mensah. It was attended by the Chief of Army Staff General Kofi "
        "Badu and the Inspector-General of Police, Dr. Yaw Iddrisu.",
        "Ama Mensah",
        ["Kofi Badu", "Yaw Iddrisu"],
        [],
    ),
    # "in the chair" after a name set off by commas
    (
        "The meeting was held on 9 October with the Honourable Adviser, Mr. Farid Ahmed, in the chair. "
        "Ms. Shirin Akter stated that shelters were ready.",
        "Farid Ahmed",
        ["Shirin Akter"],
        ["Shirin Akter"],
    ),
    # a one-word name keeps the person it was first resolved to (mentions._resolve_person)
    (
        "President Zhou Pinghe held talks with Prime Minister Anna Moss. Foreign Minister Zhou Lan was "
        "present.\n\nZhou Pinghe said that ties were strong. Zhou stressed trade.\n\nMoss said she agreed "
        "with the points made by President Zhou.\n\nThe two leaders also exchanged views on the region. "
        "Zhou noted that peace mattered.\n",
        None,
        ["Zhou Pinghe", "Anna Moss", "Zhou Lan"],
        ["Zhou Pinghe", "Anna Moss"],
    ),
    # a Chinese town or township reporting at a county meeting is an organisation, as a bureau is
    (
        "The county meeting was presided over by Magistrate Li Hua.\n\nThe County Water Bureau, the "
        "County Finance Bureau and Dongshan Town made statements in turn.",
        "Li Hua",
        ["County Water Bureau", "County Finance Bureau", "Dongshan Town"],
        ["County Water Bureau", "County Finance Bureau", "Dongshan Town"],
    ),
    # the Aboriginal styles of Elders are honorifics: "Aunty", "Uncle"
    (
        "Present: Ann Lee (Chair); Aunty May Dodd; Uncle Rob Tait.\nAunty May Dodd spoke to the survey. "
        "Uncle Rob Tait thanked the rangers.",
        "Ann Lee",
        ["May Dodd", "Rob Tait"],
        ["May Dodd", "Rob Tait"],
    ),
    # "FM" before a given name is the Foreign Minister's title, the name the fullest given
    (
        "Foreign Minister Ana Lopes Ferreira held talks with Foreign Minister Ian Brodie. "
        "FM Ana said that ties were strong.",
        None,
        ["Ana Lopes Ferreira", "Ian Brodie"],
        ["Ana Lopes Ferreira"],
    ),
    # a firm named "X & Associates" is one organisation (rules.people.ORG_HEADS), not two people
    (
        "Ms. Jane Wekesa chaired the meeting. Otieno & Associates presented the audited accounts.",
        "Jane Wekesa",
        ["Otieno & Associates"],
        ["Otieno & Associates"],
    ),
    # a surname that is also a style ("Barr", "Hafiz") ends a name before a verb
    (
        "Ms Ann Reid chaired the meeting. Jo Barr said two things: first, the roof leaks; second, the "
        "gate. Ahmed Hafiz noted the budget.",
        "Ann Reid",
        ["Jo Barr", "Ahmed Hafiz"],
        ["Jo Barr", "Ahmed Hafiz"],
    ),
    # a company named with its legal form is one organisation, the form on its name
    # (rules.people.COMPANY_FORMS): "X Co., Ltd." speaks like "X Bureau"
    (
        "Mayor Li Guohua presided over the meeting. Lanxin Textile Co., Ltd. reported on its exports.",
        "Li Guohua",
        ["Lanxin Textile Co., Ltd."],
        ["Lanxin Textile Co., Ltd."],
    ),
    # a sentence's opening "And" is not part of the organisation's name after it
    (
        "Mayor Li Guohua presided over the meeting. And the Harbour Traders Chamber said the plan was late.",
        "Li Guohua",
        [],
        ["Harbour Traders Chamber"],
    ),
    # an attendance line of "Title - Name" items, the holder with an honorific after the dash
    # (rules.structure.TITLE_DASH_NAME); "Clerk to the Assembly" is a title (the body served)
    (
        "MINUTES OF THE SITTING\n\nPresent: Hon. Ana Reid (Speaker, Presiding), Hon. Tom Bell\n"
        "In Attendance: Provincial Secretary - Mr. Nelson Kora; Clerk to the Assembly - Mrs. Lilly Vatu\n\n"
        "The Speaker took the Chair at 9.30 am.",
        "Ana Reid",
        ["Tom Bell", "Nelson Kora", "Lilly Vatu"],
        [],
    ),
    # a title-case headline's verb is no part of the name before it ("Attended")
    (
        "Rivers Bureau Holds Flood Drill\nHan Mingzhe Attended and Gave a Speech\n\nMayor Han Mingzhe "
        "attended the drill. Deputy Mayor Ou Jing presided. Han Mingzhe said that the dikes must hold.",
        "Ou Jing",
        ["Han Mingzhe"],
        ["Han Mingzhe"],
    ),
    # a serial list of portfolios after "of" stays in the organisation's name
    (
        "Mayor Tan Wei presided over the meeting. The Ministry of Mines, Energy and Water Resources "
        "presented its annual report.",
        "Tan Wei",
        ["Ministry of Mines, Energy and Water Resources"],
        ["Ministry of Mines, Energy and Water Resources"],
    ),
    # "Heads of delegations included A, ...; and B, ...": they attend; "assured" is saying
    (
        "The session was chaired by Hon. Ruth Nakato. Heads of delegations included Hon. Amos Kiprono, "
        "Minister of Trade of Lemaria; and Hon. Zainab Juma, Minister of Finance of Oruba. Hon. Kiprono "
        "assured the Council that his Government would pay its dues.",
        "Ruth Nakato",
        ["Amos Kiprono", "Zainab Juma"],
        ["Amos Kiprono"],
    ),
    # "the 12th Ordinary Meeting of the Council" is a sitting of the meeting's body, no speaker
    (
        "The 12th Ordinary Meeting of the Regional Council of Ministers concluded on Friday in Kigoma. "
        "The Meeting was chaired by Hon. Ruth Nakato.",
        "Ruth Nakato",
        [],
        [None],
    ),
    # a Romance particle inside an organisation's name (rules.people.ORG_NAME_PARTICLES)
    (
        "The Research Department of the Banco de la Plata presented the report on prices.",
        None,
        ["Research Department of the Banco de la Plata"],
        ["Research Department of the Banco de la Plata"],
    ),
]


# ---------------------------------------------------------------------------
# who holds the floor for the points: document -> {speaker: markers}

POINTS_BY_SPEAKER: list[tuple[str, dict[str | None, list[str]]]] = [
    # the body's name alone over its operative paragraphs licenses them; not over a plain list
    (
        "The Council adopted the following decision:\nDecision 7/2\nThe Council\n1. Welcomes the "
        "report;\n2. Requests a review in 2026.",
        {None: ["1.", "2."]},
    ),
    (
        "Ms Ann Reid spoke on the roof.\nThe Council\n1. Minutes of the last meeting\n2. Apologies",
        {"Ann Reid": []},
    ),
    # one's own report, its items numbered after it
    (
        "5. Principal's Report\nMs Ann Reid presented her report.\n1. Enrolment stands at 212.\n"
        "2. A new teacher has been appointed.\n\n6. Safeguarding\nThe Chair thanked her.",
        {"Ann Reid": ["1.", "2."], "Chair": []},
    ),
    # a short capitalised line numbered on from items that are sentences is the next section
    (
        "Tom Reed reported three priorities:\n1. getting recordings back;\n2. a fair policy; and\n"
        "3. a review of deadlines.\n\n4. Motions\n4.1 Free products\nAnn Reid spoke for the motion.",
        {"Tom Reed": ["1.", "2.", "3."], "Ann Reid": []},
    ),
    # "1-" numbers a translated cabinet release's decisions
    (
        "The Prime Minister chaired the Cabinet.\n\nThe Cabinet approved a number of decisions:\n"
        "1- Approving a decree on land.\n2- Approving a law on traffic.",
        {None: ["1-", "2-"]},
    ),
    # numbered decisions of the meeting with no lead-in: each opens with the body deciding
    (
        "The President chaired a Cabinet meeting.\n\n1. The Cabinet approved the minutes.\n\n"
        "2. The Cabinet was briefed on the harvest.\n\n3. The Cabinet approved the following orders:\n\n"
        "i. Order on skills;\nii. Order on taxis.\n\n4. The Cabinet approved the forum.\n\n"
        "Under Any Other Business, the Minister of Sports informed Cabinet of the following events:\n\n"
        "a) The athletics championship;\nb) The marathon.",
        {None: ["1.", "2.", "3.", "i.", "ii.", "4."], "Minister of Sports": ["a)", "b)"]},
    ),
    # numbered paragraphs that narrate are the document's own
    (
        "1. The Summit was opened by the Chairperson.\n\n2. The Summit approved the budget.\n\n"
        "3. Mr. Tom Reed thanked the hosts.",
        {None: [], "Tom Reed": []},
    ),
    # a lead-in naming the body's own resolutions gives the numbered items to the meeting
    (
        "Peter Otieno said the works would create jobs.\n\nThe following were among the other "
        "resolutions of Cabinet:\n\n1. Roads Bill\nCabinet approved the Bill.\n\n2. Skills Fund\n"
        "Cabinet approved a fund.\n",
        {"Peter Otieno": [], None: ["1.", "2."]},
    ),
    # a pronoun goes to the person of its gender the honorifics tell
    (
        "Ms. Alicia Moore said the fund was healthy. Mr. Frank Hill reported on roads. She listed two "
        "risks: first, rates; second, arrears.",
        {"Alicia Moore": ["first", "second"], "Frank Hill": []},
    ),
    # a statement heading after a paragraph number
    (
        "19. Statement by Prof. Nandini Rao\n20. I see two risks.\n21. First, prices.\n22. Second, wages.\n",
        {"Nandini Rao": ["First", "Second"]},
    ),
    # "Egypt's delegate" is the representative of Egypt named before
    (
        "The representative of Egypt said aid was short. The representative of Japan said funds were "
        "coming. Egypt's delegate added two points: first, open the roads; second, pay the troops.",
        {"representative of Egypt": ["first", "second"], "representative of Japan": []},
    ),
    # an aside "taking the floor again" between the subject and its verb
    (
        "The representative of Egypt said aid was short. The representative of Japan said funds were "
        "coming. Egypt's delegate, taking the floor again, added two points: first, open the roads; "
        "second, pay the troops.",
        {"representative of Egypt": ["first", "second"], "representative of Japan": []},
    ),
    # a resolution in capitals is the meeting's, as in lower case (issue 11)
    (
        "Mr. Peter Lang reported on the accounts. IT WAS RESOLVED THAT:\n1. The accounts be approved.\n"
        "2. The auditors be reappointed.\n3. The fees be raised.\n4. The next meeting be held in June.\n",
        {"Peter Lang": [], None: ["1.", "2.", "3.", "4."]},
    ),
    (
        "Mr. Peter Lang reported on the accounts.\nRESOLVED THAT:\n1. The accounts be approved.\n"
        "2. The auditors be reappointed.\n",
        {"Peter Lang": [], None: ["1.", "2."]},
    ),
    (
        "Mr. Peter Lang reported on the accounts. It was RESOLVED that:\n1. The accounts be approved.\n"
        "2. The auditors be reappointed.\n",
        {"Peter Lang": [], None: ["1.", "2."]},
    ),
    # "The Ministers" of a joint statement are the meeting as a body
    (
        "The Secretary-General, Dr. Kao Vannak, noted that trade grew. The Ministers agreed to the "
        "following:\ni. conclude the talks;\nii. hold a forum.\n",
        {"Kao Vannak": [], None: ["i.", "ii."]},
    ),
    # a numbered roll under "The following members were present:" is no list (points._roll)
    (
        "The following members were present:\n1. Dr. Olu Bankole, Chairman\n2. Shri Ravi Menon, Member\n\n"
        "Dr. Bankole said that two matters were pending.\n",
        {"Olu Bankole": []},
    ),
    # "The Committee" after a report on that committee's meeting: relayed by the one reporting
    (
        "Present: Ann Lee (Chair); Tom Bell.\nTom Bell reported on the Committee's meeting held 3 May. The "
        "Committee had met the auditors and recommended that the Board firstly, adopt the accounts; and "
        "secondly, renew the audit contract.",
        {"Tom Bell": ["firstly", "secondly"]},
    ),
    # a time clause with no object between the name and the verb: ", when concluding,"
    (
        "Mayor Tan Wei spoke. Deputy Mayor Ou Jing presided.\n\nOu Jing, when concluding, made two "
        "requirements: firstly, the bureaus should report weekly; and secondly, the office should check.",
        {"Tan Wei": [], "Ou Jing": ["firstly", "secondly"]},
    ),
    (
        "Mayor Tan Wei spoke. Deputy Mayor Ou Jing presided.\n\nOu Jing, in closing, said that, first, "
        "the bureaus should report weekly; second, the office should check.",
        {"Tan Wei": [], "Ou Jing": ["first", "second"]},
    ),
    # the body's decisions under "Among its decisions, the Council:", each verb capitalised
    (
        "Mr. Peter Lang presented the estimates.\n\nAmong its decisions, the Council:\ni) Approved the "
        "estimates for the year;\nii) Directed the Secretariat to publish them.\n",
        {"Peter Lang": [], None: ["i)", "ii)"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTS_BY_SPEAKER)
def test_points_by_speaker(text: str, expected: dict[str | None, list[str]]) -> None:
    outline = minutes.summarize(text)
    assert {s.name: [p.marker for p in s.points] for s in outline.speakers} == expected


# ---------------------------------------------------------------------------
# the role a speaker gets: document -> [(speaker, role)]

SPEAKER_ROLES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    # a title in apposition after "its" (the body just named): "X (Ostland), its Chair, said"
    (
        "Ms. Ilse Moraña-Petit (Ostland), its Chair for the month, told journalists about the plan.",
        [("Ilse Moraña-Petit", "Chair for the month")],
    ),
    # a rank that is only a style gives way to the office of the chair line (STYLE_RANKS)
    (
        "Chairperson: Ambassador L. Varga\n\nThe Chairperson welcomed the new members.",
        [("L. Varga", "Chairperson")],
    ),
    # a rank after the title's comma, right before the name, is a style: "..., Ambassador X"
    (
        "The Registrar of the Tribunal, Ambassador Lea Moravec, presented the annual report.",
        [("Lea Moravec", "Registrar of the Tribunal")],
    ),
    # a title before an honorific in a list line: "Deputy Governor Dr. Grace Mushi - Member"
    (
        "Present:\nDeputy Governor Dr. Grace Mushi - Member\n\nDr. Grace Mushi stated that risks had grown.",
        [("Grace Mushi", "Deputy Governor")],
    ),
    # a title with its portfolio before a name in a list: "Superintendent of Business Helen Fraser"
    (
        "Staff: Director of Education Paul Okafor; Superintendent of Business Helen Fraser\n\n"
        "Director Okafor reported on enrolment. Ms. Fraser noted a deficit.",
        [("Paul Okafor", "Director of Education"), ("Helen Fraser", "Superintendent of Business")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_ROLES)
def test_speaker_roles(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    outline = minutes.summarize(text)
    assert [(s.name, s.role) for s in outline.speakers] == expected


@pytest.mark.parametrize(("text", "presider", "attendees", "speakers"), PEOPLE)
def test_people(text: str, presider: str | None, attendees: list[str], speakers: list[str | None]) -> None:
    outline = minutes.summarize(text)
    assert (outline.presider.name if outline.presider else None) == presider
    assert [a.name for a in outline.attendees] == attendees
    assert [s.name for s in outline.speakers] == speakers


# ---------------------------------------------------------------------------
# meeting title and date

MEETINGS: list[tuple[str, str | None, str | None]] = [
    (
        "The provincial trade conference was held in Marenport on 21 February.",
        "provincial trade conference",
        "21 February",
    ),
    (
        "On the morning of July 3rd, the first plenary meeting of the Leading Group was held. Wu spoke.",
        "first plenary meeting of the Leading Group",
        "July 3rd",
    ),
    (
        "The county government held the 5th executive meeting\n\nOn April 14, Li presided over the fifth "
        "executive meeting of the county government.",
        "fifth executive meeting of the county government",
        "April 14",
    ),
    (
        "PUTRAJAYA, Oct 16 \u2014 The Prime Minister today chaired the 132nd meeting of the council at the "
        "palace.",
        "132nd meeting of the council",
        "today",
    ),
    (
        "# Board monthly meeting, April 10, 2025\n\nThe meeting was led by Ann.",
        "Board monthly meeting",
        "April 10, 2025",
    ),
    ("In their discussion at this meeting, members noted risks. In June, prices rose.", None, None),
    (
        "KARACHI: The meeting of the Provincial Cabinet was held here on Monday.",
        "meeting of the Provincial Cabinet",
        "Monday",
    ),
    (
        "Two ministries meet\n\nORVIK NEWS \u2013 The second round of political consultations between "
        "the two Ministries took place in Orvik on 4 June. The delegations discussed trade.",
        "second round of political consultations between the two Ministries",
        "4 June",
    ),
    (
        "Almaty, 3 May 2025 - A meeting of the Government chaired by Prime Minister A. Nur reviewed roads.",
        "meeting of the Government",
        "3 May 2025",
    ),
    ("Minutes of the Audit Committee\n\nThe report was noted.", "Audit Committee", None),
    (
        "On Friday, the Parks and Leisure Board met at the Town Hall. Ms. Kay reported.",
        "Parks and Leisure Board",
        "Friday",
    ),
    ("CABINET BULLETIN\n\nThe Cabinet met today at the palace.", None, "today"),
    ("Security Council\n9871st Meeting (AM)\n\nThe Council met.", "9871st Meeting", None),
    ("The minutes of the meeting held on 3 May were approved.", None, "3 May"),
    (
        "Summary record of the 9th meeting\n\nThe Chair opened the meeting and welcomed the members.",
        "9th meeting",
        None,
    ),
    (
        "Regular Meeting - Monday, June 10, 2024 - 6:00 PM\n\nThe Board met.",
        "Regular Meeting",
        "Monday, June 10, 2024",
    ),
    (
        "The Cabinet Meeting held today at State House was chaired by the President.",
        "Cabinet Meeting",
        "today",
    ),
    (
        "TOWN OF ELLSWORTH\nSPECIAL TOWN BOARD MEETING MINUTES\nMonday, June 2, 2025",
        "SPECIAL TOWN BOARD MEETING",
        "Monday, June 2, 2025",
    ),
    # the part of a header line that names a meeting
    (
        "TOWNSHIP OF MILLBROOK\nBOARD OF TRUSTEES - REGULAR MEETING MINUTES\nMonday, October 13, 2025",
        "REGULAR MEETING",
        "Monday, October 13, 2025",
    ),
    # the sentence's period is not the date's, after a whole month name (issue 11)
    ("Minutes of the Finance Committee meeting held on 3 May.", "Finance Committee meeting", "3 May"),
    ("The Board met on 3 June.\nMs. Ann Reid said hello.", None, "3 June"),
    ("The Board met on 12 Sept. in the hall.", None, "12 Sept."),
    # the end of a range is not the meeting's date
    (
        "On the afternoon of 22 April, in the capital, Foreign Minister Ana Ruiz and Foreign Minister Karl "
        "Baum co-chaired the sixth Joint Commission meeting, during the visit from 21 to 23 April.",
        "sixth Joint Commission meeting",
        "22 April",
    ),
    # a meeting over two or more days, written as a range
    ("The Committee held its 90th meeting on 16-17 March 2026.", "90th meeting", "16-17 March 2026"),
    (
        "The Board held its regular meeting on January 20 and 21, 2026.",
        "regular meeting",
        "January 20 and 21, 2026",
    ),
    (
        "The Council held its annual session from 23rd to 25th of November 2026.",
        "annual session",
        "23rd to 25th of November 2026",
    ),
    # a date in figures with dots or dashes
    (
        "Decisions taken at the Cabinet Meeting held on 14.07.2025",
        "Decisions taken at the Cabinet Meeting",
        "14.07.2025",
    ),
    # a portal's publication stamp is not the meeting's date
    (
        "Mayor Presides over Symposium on the Plan\n\n2025-09-17 Elmfield Municipal Government\n\n"
        "On the morning of September 16, Mayor Ann Lee presided over a symposium on the plan.",
        "symposium on the plan",
        "September 16",
    ),
    # a relative day with the date written out after it
    (
        "Cabinet Meeting: PM Urges Speed\n\nMembers of Government met yesterday, March 26, 2026 at the hall.",
        "Cabinet Meeting",
        "March 26, 2026",
    ),
    # a headline's part after a colon or semicolon is its news, not the meeting's name
    ("Council Meeting; Roads Top the Agenda\n\nMs. Ann Reid said hello.", "Council Meeting", None),
    (
        "Minutes of the 1,341st Meeting of the Planning Board\n\nMs. Ann Reid said hello.",
        "1,341st Meeting of the Planning Board",
        None,
    ),
    # a visit's span is not the meeting's date
    (
        "Minister Ana Ruiz, who is on an official visit from 9 to 11 March 2026, met Minister Karl Baum.",
        None,
        None,
    ),
    # a clause is no title: the meeting "opened with a prayer led by X"
    (
        "The Board held its Regular Board Meeting at the hall. The meeting opened with a prayer led by "
        "Ann Lee.",
        "Regular Board Meeting",
        None,
    ),
    # a relative day after the title ends it
    (
        "Minister Ana Ruiz chaired the Cabinet's session held today at the palace.",
        "Cabinet's session",
        "today",
    ),
    (
        "Minister Ana Ruiz addressed the Post-Cabinet Media Briefing today (Thursday 12th March, 2026).",
        "Post-Cabinet Media Briefing",
        "Thursday 12th March, 2026",
    ),
]


@pytest.mark.parametrize(("text", "title", "date"), MEETINGS)
def test_meeting(text: str, title: str | None, date: str | None) -> None:
    m = minutes.summarize(text).meeting
    assert (m.title, m.date) == (title, date)

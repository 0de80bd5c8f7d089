"""Golden cases for sentence segmentation (src/minutes/segment.py).

One table of (input, expected sentences) and one parametrized test; known gaps are
strict xfails with the reason. The texts are written for these tests, in the styles
of real minutes: glued boundaries, abbreviations, initials, numbers, quotes,
headings, list items, hard-wrapped PDF text, Windows line endings; the second half
of the table holds cases in the style of the "golden rules" of English sentence
boundary detection.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from minutes import segment as segment_module
from minutes.rules.boundaries import BOUNDARY_TABLE, Boundary, decide, stands
from minutes.segment import segment, split_sentences

# A paragraph hard-wrapped at ~85 characters, with the blank line that PDF
# conversions put after the first line of a numbered paragraph.
WRAPPED_NUMBERED = (
    "12. In the previous meeting I had argued that room for a rate cut of 40 to 50\n"
    "\n"
    "basis points had opened up and that I would prefer to reduce the policy rate by 25 bps\n"
    "now. Data released since then has widened that room by a further 20 to 30 basis\n"
    "points, in my view.\n"
    "\n"
    "13. Food prices have eased and fuel prices are stable. Core inflation keeps falling\n"
    "steadily across most groups of goods and services in the consumer price index, and\n"
    "the outlook is benign.\n"
)

# A bold heading, then a wrapped paragraph broken by a page-break line.
WRAPPED_PAGE_BREAK = (
    "**Statement by Dr. Lena M. Ortiz**\n"
    "\n"
    "\n"
    "7. Several points I raised at the last meeting still hold, so I will restate them\n"
    "\n"
    "briefly. First, the slowdown is narrow and affects only a few sectors of the economy,\n"
    "and monetary policy is a blunt tool for such a problem. Second, price pressures may\n"
    "prove more lasting than we expected. Needless to say, the committee must stay\n"
    "\n"
    "\n"
    "-----\n"
    "\n"
    "alert to new risks.\n"
)

# A PDF conversion that puts a blank line after every line, wrapped or not: one
# blank is spacing, so the roll call and the wrapped sentence run on across it.
DOUBLE_SPACED = (
    "MEMBERS PRESENT:\n"
    "\n"
    "Councillors Avery, Brennan, Carmody, Dunphy, Egan, Fahy, Galvin, Hennessy, Kiely,\n"
    "\n"
    "Lenihan, Moran, Nagle and Quirke.\n"
    "\n"
    "The Cathaoirleach, Councillor Avery welcomed the members to the annual meeting to elect\n"
    "\n"
    "a new chair and thanked the staff of the district office for their work during the\n"
    "\n"
    "year.\n"
    "\n"
    "He said the year had been a busy one and that the council had met more often than\n"
    "\n"
    "in any year before. He thanked the members for their support at meetings and the\n"
    "\n"
    "officials for their help with the many events held in the district.\n"
)

# A wrapped document whose blocks are split by blank lines: a list of names that ends
# in a capitalised word and no full stop ends there, it does not run into the next block.
WRAPPED_UNPUNCTUATED_BLOCKS = (
    "Helen Marsh (Chair and Governor), Peter Olsen (Deputy Governor), Ruth Amadi, Colin\n"
    "Tierney AO, Joan Whitlock, Samuel Brandt, Teresa Lowe, Gavin Ashworth, Martin Cole\n"
    "\n"
    "\n"
    "Paul Reyes (Assistant Governor, Financial Markets), Nora Quill (Assistant Governor,\n"
    "Economic)\n"
    "\n"
    "\n"
    "Members were briefed on the labour market data for the quarter, which had been\n"
    "stronger than expected, and on the latest reading of business conditions, which had\n"
    "eased a little; members noted that wage growth was steady over the year and that the\n"
    "outlook for the coming months was little changed from the previous meeting.\n"
)

# A wrapped document whose header block has a label on every line: each label starts a
# line of its own, as does a transcript's "Name:" after a numbered list.
WRAPPED_LABELS = (
    "Session: Thursday, 23 July 2026, 13:00-14:30 (Session II), in Room Salon C of the\n"
    "Chairs: Marguerite Delacroix (in room), Tomasz Wielgosz (remote)\n"
    "\n"
    "Rohan summarised the changes since the last draft, which were mostly editorial and\n"
    "came from the review at the interim meeting in Madrid, and said three open issues\n"
    "remain before the document can go to last call in the working group:\n"
    "1. Whether to keep the delta-encoding for timestamps in the compact form\n"
    "\n"
    "Alice Nguyen: On issue 1, delta encoding saved us roughly a third on the wire in\n"
    "our deployment, so please keep it in the next version of the draft.\n"
)

# A short headline (never joined), a wrapped paragraph and wrapped list items.
WRAPPED_HEADLINE_AND_LIST = (
    "Outlook for the Year\n"
    "\n"
    "The committee reviewed recent data and concluded that growth was holding up well\n"
    "despite weaker exports, while prices were rising more slowly than forecast in the\n"
    "spring. Members agreed to keep rates unchanged for now.\n"
    "\n"
    "i) Exports fell for a third month as demand from the main trading partners stayed\n"
    "weak and shipping costs rose again in the period under review.\n"
    "ii) Imports held steady.\n"
)

# A footnote and a page break interrupt a wrapped sentence: the footnote stands apart.
WRAPPED_FOOTNOTE = (
    "8. Many other central banks have started to cut rates this year. The fall in our deficit,\n"
    "stronger reserves and a better rating add to the reasons that make the interest rate\n"
    "\n"
    "4 Lee, A. and B. Park. 2022. Notes on Policy Rules in Small Open Economies, mimeo\n"
    "\n"
    "\n"
    "-----\n"
    "\n"
    "differential with other economies much less important for us than it used to be in\n"
    "the past decade. Our inflation gap with them is also narrowing again this year.\n"
)

CASES: list[Any] = [
    # --- glued boundaries ------------------------------------------------------
    (
        "Output in the district has grown since 2016.Since then, exports have doubled.",
        ["Output in the district has grown since 2016.", "Since then, exports have doubled."],
    ),
    (
        "He set out the plan for the next quarter.First, costs must come down.",
        ["He set out the plan for the next quarter.", "First, costs must come down."],
    ),
    (
        "We adopted several measures.Second, the budget was approved.",
        ["We adopted several measures.", "Second, the budget was approved."],
    ),
    (
        "The fund was set up (in 2019).Under the plan, it grew.",
        ["The fund was set up (in 2019).", "Under the plan, it grew."],
    ),
    ("Was it enough?Nobody could say.", ["Was it enough?", "Nobody could say."]),
    (
        "The secretary delivered a speech.Ye Ming, the county head, presided.",
        ["The secretary delivered a speech.", "Ye Ming, the county head, presided."],
    ),
    (
        "Letters went to Dr.He and to the St.Petersburg office.",
        ["Letters went to Dr.He and to the St.Petersburg office."],
    ),
    (  # a patronymic's two letters glued to the name; a starter after them still opens a sentence
        "The envoy Sh.Oyunchimeg and the aide Ch.Gantulga arrived. We met Xi.He spoke first.",
        ["The envoy Sh.Oyunchimeg and the aide Ch.Gantulga arrived.", "We met Xi.", "He spoke first."],
    ),
    (  # "M/s." (Messrs) before a firm's name ends no sentence
        "The Board appointed M/s. Rao Menon & Co. as auditors.",
        ["The Board appointed M/s. Rao Menon & Co. as auditors."],
    ),
    ('He said "we agree."The chair nodded.', ['He said "we agree."', "The chair nodded."]),
    # --- no split: acronyms, numbers, addresses --------------------------------
    (
        "The U.S. and the U.N. agreed on trade, e.g. tariffs, i.e. duties on steel.",
        ["The U.S. and the U.N. agreed on trade, e.g. tariffs, i.e. duties on steel."],
    ),
    ("She earned a Ph.D. in economics in Leeds.", ["She earned a Ph.D. in economics in Leeds."]),
    (
        "The office is at No.5 Road, Room No. 12, on the third floor.",
        ["The office is at No.5 Road, Room No. 12, on the third floor."],
    ),
    ("Growth reached 3.5% in the second quarter.", ["Growth reached 3.5% in the second quarter."]),
    (
        "Details are posted on www.gov.cn and on example.com every week.",
        ["Details are posted on www.gov.cn and on example.com every week."],
    ),
    ("The new release is v2.1; the old one was v1.9.", ["The new release is v2.1; the old one was v1.9."]),
    (
        "The session began at about 10.30am in the main hall.",
        ["The session began at about 10.30am in the main hall."],
    ),
    # --- initials and names ----------------------------------------------------
    ("J.R.R. Tolkien wrote the book in Oxford.", ["J.R.R. Tolkien wrote the book in Oxford."]),
    (
        "The report was drafted by J. R. Smith and approved.",
        ["The report was drafted by J. R. Smith and approved."],
    ),
    ("Dr. Meera K. Joshi voted for a cut.", ["Dr. Meera K. Joshi voted for a cut."]),
    ("Minister T. Bat-Erdene briefed the staff.", ["Minister T. Bat-Erdene briefed the staff."]),
    ("H.E. Mr. Li Wei met Prof. Anna Berg.", ["H.E. Mr. Li Wei met Prof. Anna Berg."]),
    ("Mr. He Lin chaired the session.", ["Mr. He Lin chaired the session."]),
    ("The winner was Plan B. The board agreed.", ["The winner was Plan B.", "The board agreed."]),
    # --- titles, places, dates -------------------------------------------------
    (
        "Mr. Chen, Mrs. Lo, Ms. Park and Dr. Ruiz attended.",
        ["Mr. Chen, Mrs. Lo, Ms. Park and Dr. Ruiz attended."],
    ),
    (
        "Gov. Hale, Sen. Ortiz, Rep. Fox and Gen. Moss spoke.",
        ["Gov. Hale, Sen. Ortiz, Rep. Fox and Gen. Moss spoke."],
    ),
    (
        "Lt. Col. Baird, Capt. Ruiz and Rev. Okafor were present.",
        ["Lt. Col. Baird, Capt. Ruiz and Rev. Okafor were present."],
    ),
    (
        "The board: a. Ing. Mercy Twum - Chairperson; b. Mr. Ibrahim Zakaria.",
        ["The board: a. Ing. Mercy Twum - Chairperson; b. Mr. Ibrahim Zakaria."],
    ),
    (
        "Scotland: Bro. Ian Kerr, Sis. Ann Lowe and Cde. Tendai Moyo spoke.",
        ["Scotland: Bro. Ian Kerr, Sis. Ann Lowe and Cde. Tendai Moyo spoke."],
    ),
    (
        "Hon. members of the Dept. of Finance and Univ. staff attended.",
        ["Hon. members of the Dept. of Finance and Univ. staff attended."],
    ),
    (
        "The delegation flew to St. Petersburg on Monday.",
        ["The delegation flew to St. Petersburg on Monday."],
    ),
    (
        "On the morning of Sept. 17th, the forum opened.",
        ["On the morning of Sept. 17th, the forum opened."],
    ),
    (
        "Due: Jan. 5, Feb. 6, Mar. 1, Apr. 2, Jun. 3, Jul. 4, Aug. 5, Sep. 6, Oct. 7, Nov. 8, Dec. 9.",
        ["Due: Jan. 5, Feb. 6, Mar. 1, Apr. 2, Jun. 3, Jul. 4, Aug. 5, Sep. 6, Oct. 7, Nov. 8, Dec. 9."],
    ),
    # --- references, companies, Latin ------------------------------------------
    (
        "See Fig. 3, Art. 12, Para. 4, Vol. 2, p. 17 and pp. 20-25.",
        ["See Fig. 3, Art. 12, Para. 4, Vol. 2, p. 17 and pp. 20-25."],
    ),
    ("Nos. 4 and 5 were approved; No. 6 was deferred.", ["Nos. 4 and 5 were approved; No. 6 was deferred."]),
    (
        "Tom Reed Jr. and Ann Reed Sr. argued Reed vs. Reed in court.",
        ["Tom Reed Jr. and Ann Reed Sr. argued Reed vs. Reed in court."],
    ),
    ("Orbit Inc. and Delta Corp. signed the deal.", ["Orbit Inc. and Delta Corp. signed the deal."]),
    (
        "The contract went to Acme Holdings Ltd. This saves money.",
        ["The contract went to Acme Holdings Ltd.", "This saves money."],
    ),
    ("The site covers approx. 40 hectares.", ["The site covers approx. 40 hectares."]),
    (
        "We discussed roads, bridges, ports, etc. The next item was health.",
        ["We discussed roads, bridges, ports, etc.", "The next item was health."],
    ),
    ("Roads, bridges, etc. are covered by the plan.", ["Roads, bridges, etc. are covered by the plan."]),
    (
        "The firm moved its head office to the U.K. The move cost millions.",
        ["The firm moved its head office to the U.K.", "The move cost millions."],
    ),
    # --- times of day ----------------------------------------------------------
    (
        "The vote closed at 10 p.m. Then the chair adjourned the meeting.",
        ["The vote closed at 10 p.m.", "Then the chair adjourned the meeting."],
    ),
    ("They met at 9 a.m. The agenda was long.", ["They met at 9 a.m.", "The agenda was long."]),
    (
        "Meeting convened at 2:05 p.m. by Ann Lee, Chair.",
        ["Meeting convened at 2:05 p.m. by Ann Lee, Chair."],
    ),
    # --- quotes and footnotes --------------------------------------------------
    (
        'He set out four principles. "First, we must keep calm. Second, we must talk," Li said.',
        ["He set out four principles.", '"First, we must keep calm.', 'Second, we must talk," Li said.'],
    ),
    (
        "She said: \u201cWe will act.\u201d Then she left.",
        ["She said: \u201cWe will act.\u201d", "Then she left."],
    ),
    (
        '"We are ready," he said. Next, the board voted.',
        ['"We are ready," he said.', "Next, the board voted."],
    ),
    (
        '"We should keep supply lines open and trade flowing," Wang said.',
        ['"We should keep supply lines open and trade flowing," Wang said.'],
    ),
    (
        "Rates should fall further.[3] In this context, we wait.",
        ["Rates should fall further.[3]", "In this context, we wait."],
    ),
    (
        "Open it to the public (a lottery?) or give the tickets back?",
        ["Open it to the public (a lottery?) or give the tickets back?"],
    ),
    # --- headings, lists, transcripts, markdown --------------------------------
    ("Opening Remarks\nThe chair welcomed members.", ["Opening Remarks", "The chair welcomed members."]),
    (
        "ROLL CALL\nMembers present: A. Brown, C. Diaz.",
        ["ROLL CALL", "Members present: A. Brown, C. Diaz."],
    ),
    (
        "The council agreed to:\n  1. Fund the new library\n  2. Repair the bridge.",
        ["The council agreed to:", "1. Fund the new library", "2. Repair the bridge."],
    ),
    ("(1) Budget Review\n(2) Staffing Plan", ["(1) Budget Review", "(2) Staffing Plan"]),
    ("1- Approving the lease\n2- Approving the loan", ["1- Approving the lease", "2- Approving the loan"]),
    ("i) Revenue rose.\nii) Costs fell.", ["i) Revenue rose.", "ii) Costs fell."]),
    ("The board agreed. 2. The budget was approved.", ["The board agreed.", "2. The budget was approved."]),
    (
        "Anna Petrova: Good morning, everyone,\nToday we review the budget.",
        ["Anna Petrova: Good morning, everyone,", "Today we review the budget."],
    ),
    (
        "This is the first meeting with Prof. Lee as Deputy,\n\nThe meeting also made resolutions.",
        ["This is the first meeting with Prof. Lee as Deputy,", "The meeting also made resolutions."],
    ),
    (
        "# Board meeting, May 2, 2024\n\nThe meeting was led by Ana Costa.\n\n- Ana Costa\n- Bo Lin-Ruiz\n",
        ["# Board meeting, May 2, 2024", "The meeting was led by Ana Costa.", "- Ana Costa", "- Bo Lin-Ruiz"],
    ),
    ("---\ntitle: Board\n---\n\n## Finances", ["---", "title: Board", "---", "## Finances"]),
    (
        "- Ticket sales are on track\n  - Unclear if the venue is booked, we need to check\n"
        "  with the hotel before Friday",
        [
            "- Ticket sales are on track",
            "- Unclear if the venue is booked, we need to check\n  with the hotel before Friday",
        ],
    ),
    # --- hard-wrapped documents ------------------------------------------------
    (
        WRAPPED_NUMBERED,
        [
            "12. In the previous meeting I had argued that room for a rate cut of 40 to 50\n\n"
            "basis points had opened up and that I would prefer to reduce the policy rate by 25 bps\nnow.",
            "Data released since then has widened that room by a further 20 to 30 basis\npoints, in my view.",
            "13. Food prices have eased and fuel prices are stable.",
            "Core inflation keeps falling\nsteadily across most groups of goods and services in the "
            "consumer price index, and\nthe outlook is benign.",
        ],
    ),
    (
        WRAPPED_PAGE_BREAK,
        [
            "**Statement by Dr. Lena M. Ortiz**",
            "7. Several points I raised at the last meeting still hold, so I will restate them\n\nbriefly.",
            "First, the slowdown is narrow and affects only a few sectors of the economy,\n"
            "and monetary policy is a blunt tool for such a problem.",
            "Second, price pressures may\nprove more lasting than we expected.",
            "Needless to say, the committee must stay",
            "-----",
            "alert to new risks.",
        ],
    ),
    (
        DOUBLE_SPACED,
        [
            "MEMBERS PRESENT:",
            "Councillors Avery, Brennan, Carmody, Dunphy, Egan, Fahy, Galvin, Hennessy, Kiely,\n\n"
            "Lenihan, Moran, Nagle and Quirke.",
            "The Cathaoirleach, Councillor Avery welcomed the members to the annual meeting to elect\n\n"
            "a new chair and thanked the staff of the district office for their work during the\n\nyear.",
            "He said the year had been a busy one and that the council had met more often than\n\n"
            "in any year before.",
            "He thanked the members for their support at meetings and the\n\n"
            "officials for their help with the many events held in the district.",
        ],
    ),
    (
        WRAPPED_UNPUNCTUATED_BLOCKS,
        [
            "Helen Marsh (Chair and Governor), Peter Olsen (Deputy Governor), Ruth Amadi, Colin\n"
            "Tierney AO, Joan Whitlock, Samuel Brandt, Teresa Lowe, Gavin Ashworth, Martin Cole",
            "Paul Reyes (Assistant Governor, Financial Markets), Nora Quill (Assistant Governor,\nEconomic)",
            "Members were briefed on the labour market data for the quarter, which had been\n"
            "stronger than expected, and on the latest reading of business conditions, which had\n"
            "eased a little; members noted that wage growth was steady over the year and that the\n"
            "outlook for the coming months was little changed from the previous meeting.",
        ],
    ),
    (
        WRAPPED_LABELS,
        [
            "Session: Thursday, 23 July 2026, 13:00-14:30 (Session II), in Room Salon C of the",
            "Chairs: Marguerite Delacroix (in room), Tomasz Wielgosz (remote)",
            "Rohan summarised the changes since the last draft, which were mostly editorial and\n"
            "came from the review at the interim meeting in Madrid, and said three open issues\n"
            "remain before the document can go to last call in the working group:",
            "1. Whether to keep the delta-encoding for timestamps in the compact form",
            "Alice Nguyen: On issue 1, delta encoding saved us roughly a third on the wire in\n"
            "our deployment, so please keep it in the next version of the draft.",
        ],
    ),
    (
        WRAPPED_HEADLINE_AND_LIST,
        [
            "Outlook for the Year",
            "The committee reviewed recent data and concluded that growth was holding up well\n"
            "despite weaker exports, while prices were rising more slowly than forecast in the\nspring.",
            "Members agreed to keep rates unchanged for now.",
            "i) Exports fell for a third month as demand from the main trading partners stayed\n"
            "weak and shipping costs rose again in the period under review.",
            "ii) Imports held steady.",
        ],
    ),
    # --- line endings and empty input ------------------------------------------
    (
        "First line here.\r\nSecond line\r\ncontinues here.\r\n\r\nThird.",
        ["First line here.", "Second line\r\ncontinues here.", "Third."],
    ),
    ("One.\rTwo.\r\rThree", ["One.", "Two.", "Three"]),
    ("", []),
    ("  \n\t\r\n \r ", []),
    # ===========================================================================
    # Golden-rule style cases (abbreviations, numbers, quotes, ellipses, lists,
    # e-mail and URLs, missing spaces), written for this table.
    # ===========================================================================
    # --- golden rules: basic punctuation ---
    (
        "The ferry left at dawn. Nobody on the pier noticed.",
        ["The ferry left at dawn.", "Nobody on the pier noticed."],
    ),
    (
        "Where is the audit report? It was due on Monday.",
        ["Where is the audit report?", "It was due on Monday."],
    ),
    (
        "The grant was approved! Staff cheered in the hall.",
        ["The grant was approved!", "Staff cheered in the hall."],
    ),
    ("Are you serious?! The hall is flooded.", ["Are you serious?!", "The hall is flooded."]),
    ("Wait!! Do not sign that yet.", ["Wait!!", "Do not sign that yet."]),
    ("Who approved this?? Nobody knows.", ["Who approved this??", "Nobody knows."]),
    ("Really!? That seems high.", ["Really!?", "That seems high."]),
    # --- golden rules: single-letter and initials ---
    (
        "The memo was signed by Harold T. Benson on Friday.",
        ["The memo was signed by Harold T. Benson on Friday."],
    ),
    (
        "The appeal was filed by A. B. Carver and dismissed.",
        ["The appeal was filed by A. B. Carver and dismissed."],
    ),
    (
        "The team needs you and me. Did Ruth K. Adams agree?",
        ["The team needs you and me.", "Did Ruth K. Adams agree?"],
    ),
    ("Our keynote speaker is Ellen W. Park of Leeds.", ["Our keynote speaker is Ellen W. Park of Leeds."]),
    ("The shipment reached the U.S.A. in March.", ["The shipment reached the U.S.A. in March."]),
    (
        "The shipment reached the U.S.A. The buyers were pleased.",
        ["The shipment reached the U.S.A.", "The buyers were pleased."],
    ),
    (
        "Read the notes, i. e. the short version, before the vote.",
        ["Read the notes, i. e. the short version, before the vote."],
    ),
    ("Read the annex first (e. g. tables 2 and 3).", ["Read the annex first (e. g. tables 2 and 3)."]),
    (
        "Bring any documents, e.g. passports, to the desk.",
        ["Bring any documents, e.g. passports, to the desk."],
    ),
    (
        "Use the short form, i.e. the two-page one. It is faster.",
        ["Use the short form, i.e. the two-page one.", "It is faster."],
    ),
    ("See the table on p. 12 for details.", ["See the table on p. 12 for details."]),
    # --- golden rules: abbreviations ---
    ("Did Mark and co. arrive at the dinner?", ["Did Mark and co. arrive at the dinner?"]),
    (
        "We signed the lease with Hardy, Webb & Co. at noon.",
        ["We signed the lease with Hardy, Webb & Co. at noon."],
    ),
    (
        "On a clear day you can see Mt. Kenya from the office.",
        ["On a clear day you can see Mt. Kenya from the office."],
    ),
    (
        "The team climbed Mt. Everest in May. They returned safely.",
        ["The team climbed Mt. Everest in May.", "They returned safely."],
    ),
    ("St. Anne's Hall is on Main St. near the bridge.", ["St. Anne's Hall is on Main St. near the bridge."]),
    ("The firm moved to St. Louis last spring.", ["The firm moved to St. Louis last spring."]),
    ("That is Ray Lopez Jr.'s truck in the lot.", ["That is Ray Lopez Jr.'s truck in the lot."]),
    (
        "Dr. Okoye examined the samples. Mr. Hale took notes.",
        ["Dr. Okoye examined the samples.", "Mr. Hale took notes."],
    ),
    (
        "The award went to Vera Hill, Ph.D. She thanked her team.",
        ["The award went to Vera Hill, Ph.D.", "She thanked her team."],
    ),
    (
        "Prof. Ito and Sen. Diaz met Gov. Bright at the airport.",
        ["Prof. Ito and Sen. Diaz met Gov. Bright at the airport."],
    ),
    (
        "Brightline Inc. reported a loss. Its shares fell.",
        ["Brightline Inc. reported a loss.", "Its shares fell."],
    ),
    (
        "We sold the plant to Norcast Inc. Profits rose the next year.",
        ["We sold the plant to Norcast Inc.", "Profits rose the next year."],
    ),
    (
        "The hearing is set for Oct. 3 at the county court.",
        ["The hearing is set for Oct. 3 at the county court."],
    ),
    ("Refer to Fig. 4 and Sec. 2 of the annex.", ["Refer to Fig. 4 and Sec. 2 of the annex."]),
    (
        "The bill passed the House by a vote of 220 vs. 210.",
        ["The bill passed the House by a vote of 220 vs. 210."],
    ),
    (
        "He lives at No. 14 Elm Road. The house is blue.",
        ["He lives at No. 14 Elm Road.", "The house is blue."],
    ),
    ("Resolution No. 7 was adopted without debate.", ["Resolution No. 7 was adopted without debate."]),
    ("The vote was No. Everyone else abstained.", ["The vote was No.", "Everyone else abstained."]),
    # --- golden rules: U.S. and dotted acronyms ---
    ("My cousin lives in the U.S. Where do you live?", ["My cousin lives in the U.S.", "Where do you live?"]),
    (
        "She works for the U.S. Department of Energy in Ohio.",
        ["She works for the U.S. Department of Energy in Ohio."],
    ),
    ("They have lived in the U.S. for ten years.", ["They have lived in the U.S. for ten years."]),
    (
        "The treaty binds the E.U. Its members must ratify it.",
        ["The treaty binds the E.U.", "Its members must ratify it."],
    ),
    ("Officials from the U.K. and the U.N. attended.", ["Officials from the U.K. and the U.N. attended."]),
    # --- golden rules: times of day ---
    (
        "At 7 a.m. Mrs. Grant opened the office. She left at 5 p.m. Mr. Grant locked up.",
        ["At 7 a.m. Mrs. Grant opened the office.", "She left at 5 p.m.", "Mr. Grant locked up."],
    ),
    (
        "The meeting starts at 5 p.m. on Friday in Room 4.",
        ["The meeting starts at 5 p.m. on Friday in Room 4."],
    ),
    (
        "Lunch is served at 12:30 p.m. Please be on time.",
        ["Lunch is served at 12:30 p.m.", "Please be on time."],
    ),
    (
        "The polls close at 8 P.M. Results follow overnight.",
        ["The polls close at 8 P.M.", "Results follow overnight."],
    ),
    # --- golden rules: numbers and money ---
    ("The ticket costs $5.50 at the door.", ["The ticket costs $5.50 at the door."]),
    ("The ticket costs $5.50. Children enter free.", ["The ticket costs $5.50.", "Children enter free."]),
    (
        "Inflation eased to 2.7% in June. Wages rose 4.1 per cent.",
        ["Inflation eased to 2.7% in June.", "Wages rose 4.1 per cent."],
    ),
    (
        "The budget grew by 3.5% in 2023. It will grow again.",
        ["The budget grew by 3.5% in 2023.", "It will grow again."],
    ),
    (
        "Version 10.4.2 fixed the bug. Version 10.5 is next.",
        ["Version 10.4.2 fixed the bug.", "Version 10.5 is next."],
    ),
    (
        "The river is 6,650 km long. It crosses 11 countries.",
        ["The river is 6,650 km long.", "It crosses 11 countries."],
    ),
    (
        "Section 4.2 covers staffing. Section 4.3 covers pay.",
        ["Section 4.2 covers staffing.", "Section 4.3 covers pay."],
    ),
    # --- golden rules: e-mail and URLs ---
    (
        "Write to m.lopez@city.example.org. She replies within a day.",
        ["Write to m.lopez@city.example.org.", "She replies within a day."],
    ),
    (
        "The minutes are online at https://www.example.gov/minutes/2024.html. Please read them.",
        ["The minutes are online at https://www.example.gov/minutes/2024.html.", "Please read them."],
    ),
    ("Visit www.cityhall.example.com for the agenda.", ["Visit www.cityhall.example.com for the agenda."]),
    ("The portal at data.gov.uk lists the figures.", ["The portal at data.gov.uk lists the figures."]),
    # --- golden rules: quotes and parentheses ---
    (
        "He looked at the plan and said, 'This will work.' Then he signed it.",
        ["He looked at the plan and said, 'This will work.'", "Then he signed it."],
    ),
    (
        'She handed over the file, "Here it is." she said.',
        ['She handed over the file, "Here it is." she said.'],
    ),
    (
        'She handed over the file. "Here it is." She sat down.',
        ["She handed over the file.", '"Here it is."', "She sat down."],
    ),
    ('"Is the vote today?" asked the clerk.', ['"Is the vote today?" asked the clerk.']),
    (
        '"Stop the count!" shouted a member. The chair called for order.',
        ['"Stop the count!" shouted a member.', "The chair called for order."],
    ),
    (
        "He asked, \u201cWhere are the ballots?\u201d Nobody answered.",
        ["He asked, \u201cWhere are the ballots?\u201d", "Nobody answered."],
    ),
    ("The mayor (who arrived late.) took the chair.", ["The mayor (who arrived late.) took the chair."]),
    (
        "He works in finance (He was an engineer for ten years.) at the bank.",
        ["He works in finance (He was an engineer for ten years.) at the bank."],
    ),
    (
        "The fund grew quickly. (The board was surprised.) It now holds $2 million.",
        ["The fund grew quickly.", "(The board was surprised.)", "It now holds $2 million."],
    ),
    # --- golden rules: ellipses ---
    ("I thought we had agreed... Apparently not.", ["I thought we had agreed...", "Apparently not."]),
    ("Well... I suppose we could wait.", ["Well... I suppose we could wait."]),
    ("The plan was simple . . . or so we thought.", ["The plan was simple . . . or so we thought."]),
    ("We waited for an answer. . . . None came.", ["We waited for an answer. . . .", "None came."]),
    ("She paused\u2026 and then she spoke.", ["She paused\u2026 and then she spoke."]),
    ("We tried everything\u2026 Nothing worked.", ["We tried everything\u2026", "Nothing worked."]),
    # --- golden rules: lists ---
    ("1.) Approve the minutes 2.) Adopt the budget", ["1.) Approve the minutes", "2.) Adopt the budget"]),
    ("1.) Approve the minutes. 2.) Adopt the budget.", ["1.) Approve the minutes.", "2.) Adopt the budget."]),
    ("1) Approve the minutes 2) Adopt the budget", ["1) Approve the minutes", "2) Adopt the budget"]),
    ("1. Approve the minutes. 2. Adopt the budget.", ["1. Approve the minutes.", "2. Adopt the budget."]),
    (
        "a. Approve the minutes b. Adopt the budget c. Set the next date",
        ["a. Approve the minutes", "b. Adopt the budget", "c. Set the next date"],
    ),
    (
        "\u2022 Approve the minutes \u2022 Adopt the budget",
        ["\u2022 Approve the minutes", "\u2022 Adopt the budget"],
    ),
    (
        "Agenda:\n- Approve the minutes\n- Adopt the budget",
        ["Agenda:", "- Approve the minutes", "- Adopt the budget"],
    ),
    # --- golden rules: line breaks ---
    ("The council agreed to\nextend the contract.", ["The council agreed to\nextend the contract."]),
    ("Attendance\nRoll call\nApologies", ["Attendance", "Roll call", "Apologies"]),
    # --- golden rules: missing space ---
    (
        "The vote was close.Nobody expected the result.",
        ["The vote was close.", "Nobody expected the result."],
    ),
    ("We met the mayor.Then we left.", ["We met the mayor.", "Then we left."]),
    ("Costs rose in 2022.Revenue fell.", ["Costs rose in 2022.", "Revenue fell."]),
    ("Compliance fell to 78%.Secondly, reviews lag.", ["Compliance fell to 78%.", "Secondly, reviews lag."]),
    # --- golden rules: minutes-specific ---
    (
        "Exports have grown since 2018.Since last year, imports too.",
        ["Exports have grown since 2018.", "Since last year, imports too."],
    ),
    (
        "We move to the next stage.First, it is necessary to plan.",
        ["We move to the next stage.", "First, it is necessary to plan."],
    ),
    (
        "The office at No.5 Road opened; rates fell 3.5% per www.gov.cn data.",
        ["The office at No.5 Road opened; rates fell 3.5% per www.gov.cn data."],
    ),
    (
        "Ms. Amina Diallo, Ph.D., and J. R. Smith, Jr., joined the U.S. team.",
        ["Ms. Amina Diallo, Ph.D., and J. R. Smith, Jr., joined the U.S. team."],
    ),
    # --- golden rules: more lists, guards and repairs ---
    (
        "i. Open the hall ii. Check the sound iii. Seat the guests",
        ["i. Open the hall", "ii. Check the sound", "iii. Seat the guests"],
    ),
    ("1. Open the hall 2. Check the sound", ["1. Open the hall", "2. Check the sound"]),
    (
        "\u2022 3. Open the hall \u2022 4. Check the sound",
        ["\u2022 3. Open the hall", "\u2022 4. Check the sound"],
    ),
    (
        "\u20433. Open the hall \u20434. Check the sound",
        ["\u20433. Open the hall", "\u20434. Check the sound"],
    ),
    ("(a) Open the hall (b) Check the sound", ["(a) Open the hall", "(b) Check the sound"]),
    ("1. The vote was 5 to 2. The motion passed.", ["1. The vote was 5 to 2.", "The motion passed."]),
    (
        "Turnout fell sharply in the by-election.14 15 Analysts blamed the weather.",
        ["Turnout fell sharply in the by-election.14 15", "Analysts blamed the weather."],
    ),
    (
        "Stir the paint, wait an hour, and -- presto! -- the wall is done.",
        ["Stir the paint, wait an hour, and -- presto! -- the wall is done."],
    ),
    (
        "The audit ended on Tuesday.Dr. Rao signed the report.",
        ["The audit ended on Tuesday.", "Dr. Rao signed the report."],
    ),
    ("Apples cost $1.20 per lb. at the market.", ["Apples cost $1.20 per lb. at the market."]),
    ("Call Ms. Chen (ext. 204) or Mr. Roy.", ["Call Ms. Chen (ext. 204) or Mr. Roy."]),
    ("It was, I mean . . . I don't know what it was.", ["It was, I mean . . . I don't know what it was."]),
    ("Aye. No. Abstain.", ["Aye.", "No.", "Abstain."]),
    ("No. 12 Harbour Road was sold in May.", ["No. 12 Harbour Road was sold in May."]),
    ("Acme Inc. Chief Executive Jo Lee resigned.", ["Acme Inc. Chief Executive Jo Lee resigned."]),
    ("The vote is at 10 a.m. Monday in Hall B.", ["The vote is at 10 a.m. Monday in Hall B."]),
    (
        "Thursday, 12 March, 10:05 a.m. Ministry of Finance",
        ["Thursday, 12 March, 10:05 a.m. Ministry of Finance"],
    ),
    (
        "The chair thanked members, guests, etc. Members then voted.",
        ["The chair thanked members, guests, etc.", "Members then voted."],
    ),
    # --- issue 12: boundaries that hold on real minutes ----------------------
    # abbreviations the tables do not know, before a number or "("
    ("The levy was raised to Rs. 16720 per household.", ["The levy was raised to Rs. 16720 per household."]),
    (
        "Under Cap. 12 of the Laws, the board may borrow.",
        ["Under Cap. 12 of the Laws, the board may borrow."],
    ),
    ("The board confirmed Min. 45/2023 unchanged.", ["The board confirmed Min. 45/2023 unchanged."]),
    ("Under Reg. 4 the clerk keeps the register.", ["Under Reg. 4 the clerk keeps the register."]),
    ("The item is no. A13 on the list.", ["The item is no. A13 on the list."]),
    ("The figures (see p. 4) were accepted.", ["The figures (see p. 4) were accepted."]),
    (
        "Revenue stood at Ksh. 612 billion against a target of Ksh. 640 billion.",
        ["Revenue stood at Ksh. 612 billion against a target of Ksh. 640 billion."],
    ),
    # ... but an acronym is no unknown abbreviation
    (
        "The plan went to the UN. 12 members objected.",
        ["The plan went to the UN.", "12 members objected."],
    ),
    # ... but a list marker after one still starts an item
    (
        "The accounts were approved at the A.G.M. 2. The budget was adopted.",
        ["The accounts were approved at the A.G.M.", "2. The budget was adopted."],
    ),
    # abbreviations and citations inside short brackets
    ("Senator Ruiz (D., Wash.) seconded the motion.", ["Senator Ruiz (D., Wash.) seconded the motion."]),
    (
        "The chaplain read a verse (Phil. 4:8) before the session.",
        ["The chaplain read a verse (Phil. 4:8) before the session."],
    ),
    (
        "The method follows [Sim et al. (1981) Biochem. J. 193] closely.",
        ["The method follows [Sim et al. (1981) Biochem. J. 193] closely."],
    ),
    # ... a long bracket is no aside, and a bracket that opens a sentence is not protected
    (
        "The clerk spoke (the figures were late. Nobody had sent them in time for the meeting.) We voted.",
        [
            "The clerk spoke (the figures were late.",
            "Nobody had sent them in time for the meeting.)",
            "We voted.",
        ],
    ),
    # e-mail addresses, URLs and file names
    (
        "Her e-mail is Jane.Doe@example.com. Please copy her.",
        ["Her e-mail is Jane.Doe@example.com.", "Please copy her."],
    ),
    (
        "Papers are at www.Council.gov.uk/Minutes for all members.",
        ["Papers are at www.Council.gov.uk/Minutes for all members."],
    ),
    ("See council.gov.uk/Minutes/Index for the list.", ["See council.gov.uk/Minutes/Index for the list."]),
    ("The clerk circulated Budget.Xlsx to members.", ["The clerk circulated Budget.Xlsx to members."]),
    # inline lists: letters after a word that takes numbers, upper-case Roman numerals
    (
        "a. Confirm who the chair is b. Set the next date",
        ["a. Confirm who the chair is", "b. Set the next date"],
    ),
    (
        "I. Call to order II. Roll call III. Minutes",
        ["I. Call to order", "II. Roll call", "III. Minutes"],
    ),
    (
        "I. Opening remarks. II. Adoption of the agenda.",
        ["I. Opening remarks.", "II. Adoption of the agenda."],
    ),
    # a footnote number after a closing bracket
    (
        "Most cases were mild (type 2).10 This changed in May.",
        ["Most cases were mild (type 2).10", "This changed in May."],
    ),
    # a dotted acronym or "p.m." ending a sentence before "I"
    (
        "The delegation toured the U.S.A. I joined them later.",
        ["The delegation toured the U.S.A.", "I joined them later."],
    ),
    (
        "The team visited the U.S. I'm told it went well.",
        ["The team visited the U.S.", "I'm told it went well."],
    ),
    (
        "The session closed at 9 p.m. I left shortly after.",
        ["The session closed at 9 p.m.", "I left shortly after."],
    ),
    # a title at the end of a line; an outline of capitalised lines is not wrapped prose
    (
        "The report was presented by Mr.\nSmith on behalf of the board.",
        ["The report was presented by Mr.\nSmith on behalf of the board."],
    ),
    (
        "Approval of the minutes of the last meeting\nReport of the treasurer on the annual accounts\n"
        "Election of officers for the coming year\n",
        [
            "Approval of the minutes of the last meeting",
            "Report of the treasurer on the annual accounts",
            "Election of officers for the coming year",
        ],
    ),
    # a bracket that opens with a lowercase word carries on the sentence before it
    (
        "Response took 3.3 mos. (range 6 wks. to 12 mos.) on average.",
        ["Response took 3.3 mos. (range 6 wks. to 12 mos.) on average."],
    ),
    ("The motion carried. (b) The budget waits.", ["The motion carried.", "(b) The budget waits."]),
    # a piece that starts with "," after an ellipsis; full-width sentence marks
    ("He paused . . . , then went on.", ["He paused . . . , then went on."]),
    (
        "The motion carried\uff0eThe chair thanked members\u3002Members left.",
        ["The motion carried\uff0e", "The chair thanked members\u3002", "Members left."],
    ),
    ("Growth was 3\uff0e5 per cent.", ["Growth was 3\uff0e5 per cent."]),
    ("The meeting ended\uff0eMr. Wu spoke.", ["The meeting ended\uff0e", "Mr. Wu spoke."]),
    # a numbered Markdown or bold heading is one sentence
    (
        "## 3. Telemetry over QUIC datagrams (Jun Okafor-Reyes, 15 min)\n\nJun presented the motivation.",
        ["## 3. Telemetry over QUIC datagrams (Jun Okafor-Reyes, 15 min)", "Jun presented the motivation."],
    ),
    ("**3. Budget Review**\n\nThe Treasurer reported.", ["**3. Budget Review**", "The Treasurer reported."]),
    # a label's value under a hanging indent goes on; the next label starts a line
    (
        "PRESENT:        Mayor Hemi Rawiri (Chairperson), Cr Margaret\n"
        "                (Peg) Ostler, Cr Liam Fahey\n"
        "IN ATTENDANCE:  Rachel Tuhoe (Chief Executive)\n",
        [
            "PRESENT:        Mayor Hemi Rawiri (Chairperson), Cr Margaret\n"
            "                (Peg) Ostler, Cr Liam Fahey",
            "IN ATTENDANCE:  Rachel Tuhoe (Chief Executive)",
        ],
    ),
    # --- known gaps ------------------------------------------------------------
    pytest.param(
        "The work fell to you and I. Did Henry I. Ward thank us?",
        ["The work fell to you and I.", "Did Henry I. Ward thank us?"],
        marks=pytest.mark.xfail(
            strict=True, reason="'I.' before a capitalised word is read as an initial (as in 'Henry I. Ward')"
        ),
    ),
    pytest.param(
        "budget\nroads and bridges\nschools, clinics\n",
        ["budget", "roads and bridges", "schools, clinics"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a line runs on into a lowercase line after it, so short unpunctuated lines are joined",
        ),
    ),
    pytest.param(
        "We bought pens, paper etc. Wu Qing then spoke.",
        ["We bought pens, paper etc.", "Wu Qing then spoke."],
        marks=pytest.mark.xfail(
            strict=True, reason="after 'etc.' only a known sentence starter opens a sentence, not a name"
        ),
    ),
    pytest.param(
        "(1)    Road Repairs Cabinet approved funds for repairs. (2)    School Meals Cabinet extended it.",
        [
            "(1)    Road Repairs",
            "Cabinet approved funds for repairs.",
            "(2)    School Meals",
            "Cabinet extended it.",
        ],
        marks=pytest.mark.xfail(strict=True, reason="run-in item headings without punctuation are not split"),
    ),
    pytest.param(
        WRAPPED_FOOTNOTE,
        [
            "8. Many other central banks have started to cut rates this year.",
            "The fall in our deficit,\nstronger reserves and a better rating add to the reasons that make "
            "the interest rate",
            "4 Lee, A. and B. Park. 2022.",
            "Notes on Policy Rules in Small Open Economies, mimeo",
            "-----",
            "differential with other economies much less important for us than it used to be in\n"
            "the past decade.",
            "Our inflation gap with them is also narrowing again this year.",
        ],
        id="wrapped-footnote-is-its-own-paragraph",
    ),
    pytest.param(
        "The Board decided:\n- 1. That the road is paved.\n- 2. That the fees stay.",
        ["The Board decided:", "- 1. That the road is paved.", "- 2. That the fees stay."],
        id="a-dash-bullet-before-an-item-number-stays-with-its-item",
    ),
    pytest.param(
        "Present: R.T. Hollis Esq. (Chairman) and Mrs Joan Pell.",
        ["Present: R.T. Hollis Esq. (Chairman) and Mrs Joan Pell."],
        id="esquire-before-a-parenthesis-ends-no-sentence",
    ),
    # a reference's abbreviation takes its number through "No.": "MIN. NO. 04/..." is one heading
    (
        "MIN. NO. 04/FIN/2026: BUDGET\nThe Clerk read the estimates.",
        ["MIN. NO. 04/FIN/2026: BUDGET", "The Clerk read the estimates."],
    ),
    ("The board noted Res. No. 12 of 2025.", ["The board noted Res. No. 12 of 2025."]),
    # a section's number of two levels stays with its heading: "2.2." | "Present:"
    (
        "Minutes of the Board\n2.1. Venue: Town Hall, Ostrava.\n2.2. Present:\nAna Ruiz, Treasurer.",
        ["Minutes of the Board", "2.1. Venue: Town Hall, Ostrava.", "2.2. Present:", "Ana Ruiz, Treasurer."],
    ),
]


def _inputs() -> list[str]:
    return [case.values[0] if hasattr(case, "values") else case[0] for case in CASES]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize("text", _inputs())
def test_spans_slice_back_in_order_and_cover_the_text(text: str) -> None:
    sentences = segment(text)
    covered = [False] * len(text)
    previous_end = 0
    previous_paragraph = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert previous_end <= s.start < s.end
        assert s.paragraph >= previous_paragraph
        for k in range(s.start, s.end):
            covered[k] = True
        previous_end, previous_paragraph = s.end, s.paragraph
    missed = [ch for ch, seen in zip(text, covered, strict=True) if not seen and not ch.isspace()]
    assert missed == []


PARAGRAPHS: list[tuple[str, list[int]]] = [
    (WRAPPED_NUMBERED, [0, 0, 1, 1]),
    (WRAPPED_PAGE_BREAK, [0, 1, 1, 1, 1, 2, 3]),
    (WRAPPED_HEADLINE_AND_LIST, [0, 1, 1, 2, 3]),
    ("First line here.\r\nSecond line\r\ncontinues here.\r\n\r\nThird.", [0, 1, 2]),
    ("Mr. Wu spoke. He left.\nThe end.", [0, 0, 1]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraph_numbers(text: str, expected: list[int]) -> None:
    assert [s.paragraph for s in segment(text)] == expected


def test_no_nltk_data_is_loaded_or_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk
    import nltk.data

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("segmentation must not touch nltk data")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    segment_module._tokenizer.cache_clear()
    try:
        assert split_sentences("Mr. Wu spoke at 10 p.m. Then he left.") == [
            "Mr. Wu spoke at 10 p.m.",
            "Then he left.",
        ]
    finally:
        segment_module._tokenizer.cache_clear()


def test_library_never_calls_the_nltk_downloader() -> None:
    forbidden = "nltk." + "download"
    package = Path(segment_module.__file__).parent
    offenders = [str(p) for p in package.rglob("*.py") if forbidden in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_works_with_an_empty_nltk_data_dir(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from minutes.segment import split_sentences\n"
        "print(json.dumps(split_sentences(sys.stdin.read())))\n"
    )
    env = {"NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        input="Dr. Ruiz spoke since 2018.Since then, J. R. Smith agreed.",
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    assert json.loads(result.stdout) == ["Dr. Ruiz spoke since 2018.", "Since then, J. R. Smith agreed."]


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,  # one 1 MB line without punctuation
        "".join(f"{i % 999 + 1}. Item number {i} is on the list\n" for i in range(20_000)),
        "a." * 100_000,  # dots without spaces
        ")" * 200_000 + ".",
        "Mr. He " * 2_000,  # one long paragraph of merges
        "".join(f"{i % 999 + 1}.) item " for i in range(100_000)),  # one inline list
        "\u2022 x " * 100_000,  # inline bullets
        "It failed... Nothing worked at 5 p.m. Mr. Lee left. " * 10_000,  # late cuts
        "1) (" * 100_000 + " 2) x",  # a list marker behind open brackets
    ],
    ids=[
        "long-line",
        "numbered-lines",
        "dots",
        "closers",
        "merges",
        "inline-list",
        "bullets",
        "late-cuts",
        "brackets",
    ],
)
def test_large_inputs_are_segmented(text: str) -> None:
    """Pathological inputs are split, with spans that slice back (their speed is measured,
    as a ratio, by benchmarks/scaling.py, not timed here)."""
    sentences = segment(text)
    assert sentences
    assert all(text[s.start : s.end] == s.text for s in sentences)


# Pieces of candidate contexts for the Punkt check below: abbreviations, initials,
# numbers, ellipses, quotes, brackets, starters and names, in either case.
CONTEXT_WORDS = (
    "Mr. mr. Dr e.g. i.e. U.S. u.s. p.m. P.M. etc. Inc. No. no. J. j. A. I. 5. 3.5 1,000. -2. .5 "
    "2.) (1) The the However however Smith smith is Is ... .. \u2026 ? ! ?! \" ' ) ( [ ] \u201c \u201d "
    "-- , ; : \u00e4. _. x-ray. co-op. Ph.D. J.R.R. www.gov.cn No.5 it It IT. ii. iv) b. \u0130."
)
CONTEXT_PARTS = [*CONTEXT_WORDS.split(), ". .", "\n"]


def test_fast_punkt_decisions_match_nltk() -> None:
    """segment._Punkt decides each candidate boundary exactly as nltk's Punkt does."""
    from nltk.tokenize import punkt

    tokenizer = segment_module._tokenizer()
    rng = random.Random(0)
    texts = _inputs() + [
        "".join(rng.choice(CONTEXT_PARTS) + rng.choice(["", " ", "  ", "\n", "\t"]) for _ in range(12))
        for _ in range(3_000)
    ]
    contexts = [context for text in texts for _m, context in tokenizer._match_potential_end_contexts(text)]
    contexts += texts[-1_000:]
    assert len(contexts) > 5_000
    mismatches = [
        context
        for context in contexts
        if tokenizer._contains_sentbreak(context)
        != punkt.PunktSentenceTokenizer.text_contains_sentbreak(tokenizer, context)
    ]
    assert mismatches == []


def test_punkt_starts_are_nltks_span_starts() -> None:
    """segment._Punkt.starts gives the starts of nltk's span_tokenize (after the first)."""
    tokenizer = segment_module._tokenizer()
    rng = random.Random(1)
    blanks = ["", " ", "  ", "\n", "\t", "\r", "\x0b", " \n "]
    texts = _inputs() + [
        "".join(rng.choice(CONTEXT_PARTS) + rng.choice(blanks) for _ in range(30)) for _ in range(3_000)
    ]
    mismatches = [
        text
        for text in texts
        if tokenizer.starts(text) != [s for s, _e in list(tokenizer.span_tokenize(text))[1:]]
    ]
    assert mismatches == []


def test_overlong_runs_are_cut_at_a_blank_below_the_cap() -> None:
    """A page with no full stop is cut into pieces of at most MAX_SENTENCE characters,
    at blanks, so that no later stage works on an unbounded sentence."""
    from minutes.segment import MAX_SENTENCE

    text = " ".join(f"word{i}" for i in range(3000))  # about 26,000 characters, one line
    sentences = segment(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert " ".join(s.text for s in sentences) == text  # cut at blanks only, nothing lost
    assert not any(s.text[0].isspace() or s.text[-1].isspace() for s in sentences)


def test_no_blank_means_a_hard_cut_at_the_cap() -> None:
    from minutes.segment import MAX_SENTENCE

    text = "x" * (MAX_SENTENCE * 2 + 10)
    assert [len(s) for s in split_sentences(text)] == [MAX_SENTENCE, MAX_SENTENCE, 10]


# One golden case per row of the boundary decision table (rules/boundaries.py): the
# row's name, the boundary it decides (before | after), and a text where that
# boundary comes up, with its sentences.
TABLE_ROWS: list[tuple[str, Boundary, str, list[str]]] = [
    (
        "protected",
        Boundary("Her e-mail is Jane.", "Doe@example.com. Please copy her.", protected=True),
        "Her e-mail is Jane.Doe@example.com. Please copy her.",
        ["Her e-mail is Jane.Doe@example.com.", "Please copy her."],
    ),
    (
        "marker-alone",
        Boundary("2.", "The budget was approved."),
        "The board agreed. 2. The budget was approved.",
        ["The board agreed.", "2. The budget was approved."],
    ),
    (
        "no-letters-after",
        Boundary("The vote was carried.", "12-3."),
        "The vote was carried. 12-3.",
        ["The vote was carried. 12-3."],
    ),
    (
        "lowercase-after",
        Boundary("Apples cost $1.20 per lb.", "at the market."),
        "Apples cost $1.20 per lb. at the market.",
        ["Apples cost $1.20 per lb. at the market."],
    ),
    (
        "punctuation-after",
        Boundary("He paused . . .", ", then went on."),
        "He paused . . . , then went on.",
        ["He paused . . . , then went on."],
    ),
    (
        "ellipsis-before-non-opener",
        Boundary("Well...", "I suppose we could wait."),
        "Well... I suppose we could wait.",
        ["Well... I suppose we could wait."],
    ),
    (
        "title-or-latin",
        Boundary("Mr.", "He Lin chaired the session."),
        "Mr. He Lin chaired the session.",
        ["Mr. He Lin chaired the session."],
    ),
    (
        "glued-title",
        Boundary("The audit ended on Tuesday.Dr.", "Rao signed the report."),
        "The audit ended on Tuesday.Dr. Rao signed the report.",
        ["The audit ended on Tuesday.", "Dr. Rao signed the report."],
    ),
    (
        "list-marker-after",
        Boundary("The accounts were approved at the A.G.M.", "2."),
        "The accounts were approved at the A.G.M. 2. The budget was adopted.",
        ["The accounts were approved at the A.G.M.", "2. The budget was adopted."],
    ),
    (
        "abbreviation-before-number",
        Boundary("The levy was raised to Rs.", "16720 per household."),
        "The levy was raised to Rs. 16720 per household.",
        ["The levy was raised to Rs. 16720 per household."],
    ),
    (
        "phrase-final-in-opening-phrase",
        Boundary("At 7 a.m.", "Mrs. Grant opened the office."),
        "At 7 a.m. Mrs. Grant opened the office.",
        ["At 7 a.m. Mrs. Grant opened the office."],
    ),
    (
        "phrase-final-before-opener",
        Boundary("We sold the plant to Norcast Inc.", "Profits rose the next year.", before_whole=False),
        "We sold the plant to Norcast Inc. Profits rose the next year.",
        ["We sold the plant to Norcast Inc.", "Profits rose the next year."],
    ),
    (
        "phrase-final-before-other",
        Boundary("Acme Inc.", "Chief Executive Jo Lee resigned."),
        "Acme Inc. Chief Executive Jo Lee resigned.",
        ["Acme Inc. Chief Executive Jo Lee resigned."],
    ),
    (
        "acronym-before-starter",
        Boundary("The firm moved its head office to the U.K.", "The move cost millions.", before_whole=False),
        "The firm moved its head office to the U.K. The move cost millions.",
        ["The firm moved its head office to the U.K.", "The move cost millions."],
    ),
    (
        "acronym-before-other",
        Boundary("J.R.R.", "Tolkien wrote the book in Oxford."),
        "J.R.R. Tolkien wrote the book in Oxford.",
        ["J.R.R. Tolkien wrote the book in Oxford."],
    ),
    (
        "last-inline-number",
        Boundary("The board named: 1. a judge, 2. a nurse, and 3.", "Dr Lena Fox as members."),
        "The board named: 1. a judge, 2. a nurse, and 3. Dr Lena Fox as members. It then rose.",
        ["The board named: 1. a judge, 2. a nurse, and 3. Dr Lena Fox as members.", "It then rose."],
    ),
    (
        "first-marker-after-colon",
        Boundary("Outcome: 1.", "The levy was kept."),
        "Outcome: 1. The levy was kept. 2. The fee rose.",
        ["Outcome: 1. The levy was kept.", "2. The fee rose."],
    ),
    (
        "inline-number-after-semicolon",
        Boundary("1. land law; 2.", "Water rights and wells; 3. roads.", before_whole=False),
        "Three modules are taught: 1. land law; 2. Water rights and wells; 3. roads.",
        ["Three modules are taught: 1. land law; 2. Water rights and wells; 3. roads."],
    ),
]


def test_every_table_row_has_a_golden_case() -> None:
    assert [name for name, *_rest in TABLE_ROWS] == [row.name for row in BOUNDARY_TABLE]


@pytest.mark.parametrize(("name", "boundary", "text", "expected"), TABLE_ROWS, ids=[r[0] for r in TABLE_ROWS])
def test_table_row_decides_its_case(name: str, boundary: Boundary, text: str, expected: list[str]) -> None:
    row = decide(boundary)
    assert row is not None and row.name == name
    assert split_sentences(text) == expected


def test_a_boundary_no_row_matches_stands() -> None:
    assert decide(Boundary("The ferry left at dawn.", "Nobody on the pier noticed.")) is None
    assert stands(Boundary("The ferry left at dawn.", "Nobody on the pier noticed."))


# Protected spans: (paragraph, the protected substrings).
PROTECTED: list[tuple[str, list[str]]] = [
    ("Write to Jane.Doe@example.com. Thanks.", ["Jane.Doe@example.com"]),
    (
        "See https://www.example.gov/minutes/2024.html. Then vote.",
        ["https://www.example.gov/minutes/2024.html"],
    ),
    ("See www.council.gov.uk/Minutes, then vote.", ["www.council.gov.uk/Minutes"]),
    ("Open budget_2024.xlsx now.", ["budget_2024.xlsx"]),
    ("Senator Ruiz (D., Wash.) spoke.", ["(D., Wash.)"]),
    ("It is [Sim et al. (1981) Biochem. J. 193] here.", ["[Sim et al. (1981) Biochem. J. 193]"]),
    # a bracket that opens a sentence, or a long one, is not protected
    ("The fund grew. (The board was surprised.) It holds more.", []),
    ("(Applause.) The chair resumed.", []),
    ("He said (this is a rather long aside, longer than the limit.) and left.", []),
]


@pytest.mark.parametrize(("text", "expected"), PROTECTED)
def test_protected_spans(text: str, expected: list[str]) -> None:
    guard = segment_module._Guard(text, 0, len(text))
    assert [text[s:e] for s, e in guard.spans()] == expected


# Pieces of boundaries for the shortcut check below: words before "." of every shape
# the table cares about, and openings after it.
BEFORE_WORDS = [
    *["year", "meeting", "it", "ii", "iv", "xi", "civil", "Mr", "mr", "etc", "Inc", "inc", "p.m"],
    *["U.S.A", "no", "Rs", "rs", "cap", "Cap", "UN", "e.g", "i.e", "vs", "approx", "co", "al"],
    *["Phil", "nr", "abcf", "Tuesday.Mr", "ended", "2018", "(type 2)", "...", ". .", "A", "a", "b"],
]
AFTER_WORDS = [
    *["The", "The12", "Ab3", "I", "I'm", "Profits", "Chief", "Mr.", "Monday", "12", "A13", "VII"],
    *["(123)", "(a)", "(The", ",", ";", ")", "[5]", "--", "the", "a.", "2.", "II.", "IV)", "Smith"],
    *["Xy", "Q"],
]


def test_plain_shortcut_agrees_with_the_table() -> None:
    """rules.boundaries.plain (decide's shortcut) only passes boundaries no row matches."""
    from minutes.rules.boundaries import plain

    rng = random.Random(0)
    boundaries = [
        Boundary(
            rng.choice(["", "The clerk said ", "At 7 ", "("]) + rng.choice(BEFORE_WORDS) + ".",
            rng.choice(AFTER_WORDS) + rng.choice(["", " rose", " of it", "\n", " 2"]),
            before_whole=rng.random() < 0.5,
            after_whole=rng.random() < 0.5,
            protected=rng.random() < 0.1,
        )
        for _ in range(20_000)
    ]
    assert sum(map(plain, boundaries)) > 1_000
    for b in boundaries:
        full = next((row for row in BOUNDARY_TABLE if row.test(b)), None)
        assert decide(b) is full, b

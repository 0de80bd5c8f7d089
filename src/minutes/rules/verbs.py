"""Verbs and phrases that say what someone did at the meeting.

Each table maps a phrase (lowercase, single spaces; "..." is a gap of up to four
words) to nothing: membership is what counts. The stages compile them into one
alternation each, longest phrase first.
    "Mr. Wu stressed that ..."            SPEECH      -> Mr. Wu holds the floor
    "The meeting was presided over by X"  PRESIDED_BY -> X presides
    "X presided over the meeting"         PRESIDES    -> X presides
    "Y and Z were also present"           PRESENCE    -> Y and Z attended
    "It was agreed that ..."              BODY_ONLY   -> the meeting as a body speaks
"""

from __future__ import annotations

SPEECH: tuple[str, ...] = (
    "stressed",
    "stresses",
    "said",
    "says",
    "noted",
    "notes",
    "pointed out",
    "points out",
    "reported",
    "reports",
    "called for",
    "calls for",
    "called on",
    "introduced ... as follows",  # "The Chairman introduced the Board as follows: 1. ..." (his list)
    "appealed for",  # "Cllr X appealed for a second ambulance" (a request voiced to the meeting)
    "appealed to",  # "The DCE appealed to members to pay their levies"
    "urged",
    "urges",
    "emphasized",
    "emphasised",
    "emphasizes",
    "affirmed",
    "required",
    "requires",
    "made a speech",
    "made speeches",
    "made a report",
    "made arrangements",
    "made remarks",
    "delivered a speech",
    "delivered remarks",
    "delivered a report",
    "delivered a message",  # "Ms. X delivered a message from the Secretary-General" (convention 9)
    "delivered a statement",
    "conveyed a message",
    "gave a speech",
    "gave a briefing",
    "pointed to",  # "Dr. Tumwine pointed to three risks: firstly, ..."
    "pointed, ... to",  # an ordinal between: "He pointed, first, to weak demand; and, second, to ..."
    "identified",
    "described",  # "Mr. X described how the town had financed its plant"
    "complained",  # "The Forum, through Mr. X, complained about adjournments"
    "cited",
    "flagged",
    "shared",  # "Carmel shared two goals for the term: i) ...; ii) ..." (told the meeting)
    "raised ... concerns",  # "Professor Moriyama raised two concerns about ..."
    "raised ... concern",
    "raised ... issues",
    "raised ... challenges",  # "He raised two challenges, firstly ..."
    "raised the issue of",  # "PV raised the issue of open-access fees" (one issue, named)
    "raised the idea",  # "Kim raised the idea of a book fair" (a proposal, voiced)
    # a person, not the body (MEETING_NOT): "X, representing the Saddle Club, discussed the contract"
    "discussed",
    "raised ... points",
    "made ... points",  # "Mr X made the following main points:"
    "raised ... questions",
    "gave an update",  # "Graham gave an update as convenor."
    "gave an account of",  # "The financial director gave an account of the statements." (reporting)
    "gave a review of",  # "The manager gave a review of current matters: firstly, ..."
    "gave a ... review of",
    "gave an ... update",
    "gave ... updates",  # "The President gave three updates. First, ..." (a report in parts)
    "provided an update",
    "provided an ... update",
    "tabled",  # tabling a report or the correspondence is presenting it (convention 9)
    "drew ... attention to",  # "She drew the board's attention to three items: 1. ..."
    "drew attention to",
    "drew the attention of ... to",  # "The Chair drew the attention of the Board to two items: first, ..."
    "drew ... conclusions",  # "In closing, the Chair drew three conclusions: first, that ..."
    "drew ... lessons",  # "She drew two lessons from the pilot: firstly, ..."
    "gave a report",
    "delivered a ... speech",
    "delivered a ... report",
    "delivered a ... statement",  # "The NGO Coalition delivered a joint statement on behalf of ..."
    "made a ... speech",
    "made an ... speech",  # "X, first secretary of Y Village, made an exchange speech"
    "delivered an ... speech",
    "gave an ... speech",
    "made ... speeches",
    "made a ... report",
    "gave a ... speech",
    # a lecture to the meeting is a speech: "Professor X gave a special lecture on ..."
    "gave a lecture",
    "gave a ... lecture",
    "delivered a lecture",
    "delivered a ... lecture",
    "gave a ... report",
    # an opening prayer is speech (GOLD.md convention 9): "opened the meeting with a karakia"
    "opened ... with a prayer",
    "opened ... with prayer",  # "Councillor X opened the meeting with prayer" (no article)
    "opened ... with a karakia",
    "opened ... with an invocation",
    "opened ... with a blessing",
    "gave the opening prayer",
    "gave the closing prayer",
    "gave the invocation",
    "gave a blessing",
    "offered a prayer",
    "offered the opening prayer",
    "offered the invocation",
    "led the opening prayer",
    "led the prayer",
    # leading the Pledge of Allegiance is read like an opening prayer: "Trustee X led the Pledge"
    "led the pledge",
    "led the ... pledge",
    # a text recited to the meeting is read like an opening prayer: "Comrade X recited the Act of
    # Remembrance", "Mr X recited the Ode"
    "recited",
    # an Acknowledgement of Country (Australia) is spoken to the meeting, like a prayer
    "delivered the acknowledgement",
    "delivered an acknowledgement",
    "gave the acknowledgement",
    "gave an acknowledgement",
    "made the acknowledgement",
    "made an acknowledgement",
    # (Canada's land acknowledgement: "Director X offered the land acknowledgement")
    "offered the acknowledgement",
    "offered the ... acknowledgement",
    "offered a ... acknowledgement",
    "delivered the ... acknowledgement",
    "gave the ... acknowledgement",
    # a member's dedication of the meeting, spoken at its close: "Mr. X dedicated the meeting to ..."
    "dedicated the meeting to",
    # reading a statement to the meeting is speech (convention 9)
    "read a statement",
    "read the ... statement",
    "read ... into the record",  # "She read a letter from the fire marshal into the record"
    "read the ... notice",  # "read the legal notice as published"
    "read out",
    "read to us",  # "X read to us a passage from our book of discipline"
    "read to the meeting",
    "read a passage",
    "read from",
    # a written update or letter read to the meeting: "The Secretary read a written update from
    # the Network" (the reader speaks; the sender neither attends nor speaks)
    "read a ... update",
    "read an ... update",
    "read a ... letter",
    "read a ... message",
    "reviewed",  # "Minister X reviewed the ministry's plan": presented (a person only: MEETING_NOT)
    "began by saying",  # "Deputy Governor X began by saying that ..."
    # opening or closing a briefing by saying something is speech: "X opened the briefing by
    # indicating that ...", "X closed the session by reminding members that ..."
    "opened ... by indicating",
    "opened ... by saying",
    "opened ... by noting",
    "opened ... by welcoming",
    "closed ... by reminding",
    "closed ... by thanking",
    "closed ... by saying",
    "closed ... by asking",  # "X closed the discussion by asking panellists for ..."
    "began by noting",
    "began by presenting",
    "started by saying",
    # speaking to a written report presents it: "X has spoken to the written report"
    # (not "the Bishop had spoken to the synod": elsewhere, to another body)
    "spoke to the ... report",
    "spoken to the ... report",
    "spoke to the report",
    "spoken to the report",
    "spoke to her report",
    "spoke to his report",
    "spoke to their report",
    "charged members",  # "The President, in his remarks, charged members to ..." (not "charged with")
    "charged the members",
    "charged all",
    "gave oral evidence",  # a witness to a committee: "X and Y gave oral evidence."
    "gave evidence",
    "gave ... evidence",
    "sought to know",  # "Shri X sought to know the reasons for the delay"
    "desired to know",
    "wanted to know",
    "sought clarification",
    "made a presentation",
    "made a ... presentation",  # "made a power point presentation on the subject"
    "gave a presentation",
    "gave a ... presentation",
    # finishing a presentation another began is presenting: "X completed the presentation with figures"
    "completed the presentation",
    "completed the ... presentation",
    # explaining a draft to the meeting presents it: "X gave an explanation on the draft report"
    "gave an explanation",
    "gave an ... explanation",
    "made an explanation",
    # a minister's report to a council of ministers: "The Minister of X made a communication on ..."
    "made a communication",
    "made a point on",  # (French "a fait le point sur"): "The Minister made a point on the campaign"
    "reminded",  # "Joseph Kettering reminded us that ..."
    "called the roll",  # read aloud to the meeting, like calling it to order (convention 9)
    "introduced her ... report",  # "Hannah introduced her report (paper B112/02)"
    "introduced his ... report",
    "introduced the ... report",
    # a secretariat's paper put before a UN board: "The Director introduced the document (GB.1/2)"
    "introduced the document",
    "introduced the note",  # "The Director introduced the Note on International Protection"
    "gave her ... report",  # "Gail gave her written and verbal report"
    "gave his ... report",
    "gave their ... report",
    "gave the ... report",
    "gave her report",
    "gave his report",
    "gave their report",
    "gave the report",
    "delivered ... remarks",
    "made ... remarks",
    "delivered ... address",
    "gave ... address",
    "stated",
    "states",
    "added",
    "adds",
    "highlighted",
    "highlights",
    "underlined",
    "underscored",
    "reiterated",
    "reaffirmed",
    "proposed",
    "proposes",
    "put forward",
    "puts forward",
    "put forth",
    "puts forth",
    # proposals laid before a general meeting (a club's or a company's): "The Management
    # Committee put two proposals to the meeting:" (not "put the motion to the vote")
    "put ... proposals to the meeting",
    "put ... proposal to the meeting",
    "put ... resolutions to the meeting",
    "put ... resolution to the meeting",
    # a report walked through for those present: "Colin took members through the accounts"
    "took members through",
    "took the meeting through",
    "took the board through",
    "took the committee through",
    "took the council through",
    "took trustees through",
    "took the trustees through",
    "took directors through",
    "took councillors through",
    "walked members through",
    "walked the board through",
    "walked the committee through",
    "talked members through",
    "outlined",
    "outlines",
    # as translated releases write "detalló", "expuso" (the verb, not "a detailed report"):
    # "The Minister, X, detailed the support ...", "X exposed the situation of the system"
    "detailed the",
    "detailed how",
    "exposed the",
    "listed",
    "announced",
    "revealed",
    "disclosed",
    "asserted",
    "announces",
    "explained",
    "introduced self",  # a self-introduction is the speaker's own: "X introduced herself. I have ..."
    "introduced herself",
    "introduced himself",
    "introduced themselves",
    "elaborated",
    "elaborated on",
    "remarked",
    "mentioned",
    "observed",
    "argued",
    "suggested",
    "insisted",
    "demanded",
    "requested",
    "instructed",
    "directed",
    "ordered",
    "asked",
    "enquired",
    "inquired",
    "queried",
    "questioned",  # "Mr X questioned the use of reserves" (a question put to the meeting)
    "told",
    "informed",
    "assured",  # "Hon. X of Ndara assured the Council that his Government would pay"
    "reassured",
    "briefed",
    "presented",
    "conveyed",
    "relayed",
    "expressed",
    "regretted",  # a view voiced to the meeting: "Mr X regretted that the library fund was cut"
    "regrets",
    "praised",
    "welcomed",
    "congratulated",
    "thanked",
    "commended",
    "warned",
    "acknowledged",
    "concluded",
    "declared",
    "indicated",
    "summarized",
    "summarised",
    "spoke",
    "speaks",
    "addressed",
    "responded",
    "replied",
    "answered",
    "moved",
    "seconded",
    "recommended",
    "commented",
    "agreed",
    "believed",
    "believes",
    # a view given: "The Deputy Governor, X, considered that the risks are balanced" (not
    # "The Board considered the report": without "that" it is only business taken up)
    "considered that",
    "hoped",
    "expressed hope",
    "saying",
    "gave directives",
    "given directives",
    "has given",
    "gave instructions",
    "issued instructions",
    "set out",
    "set ... tasks",
    "set ... priorities",
    "set ... goals",
    "set ... targets",
    "gave ... instructions",
    "issued ... instructions",
    "gave ... directives",
    "laid out",
    "vowed",
    "pledged",
    "promised",
    "undertook to",  # "Ms X undertook to raise the matter with the Registrar" (a commitment given)
    "urging",
    "stressing",
    "noting",
    "emphasizing",
    "mapped out",
    "made a briefing",
    "made a statement",
    "made a ... statement",  # "The World Bank made a brief statement on its work"
    "made statements",
    "made ... statements",  # "Two counties and a bureau made exchange statements." (like "made ... speeches")
    "made the following statement",  # "Based on the discussions, Prime Minister X made the following ..."
    "gave remarks",
    "briefed the",
    "spoke of",
    "spoke about",
    "went on to say",
    "dissented",
    "confirmed",
    "advised",
    "cautioned",
    "objected",
    "opposed",
    "supported",
    "recalled",
    "maintained",
    "contended",
    "submitted",  # "Counsel submitted that the facts were admitted" (a hearing's argument)
    "countered",
    "clarified",
    "disagreed",
    "summed up",
    "made ... arrangements",
    "raised ... concerns",
    "raised ... points",
    "raised ... issues",
    "raised ... questions",
    "raised ... topics",
    "raised ... matters",
    "raised ... objections",
    "raised ... items",  # "Sue raised two items for the agenda: a) ... b) ..."
    # "placed" a matter before the house, as South Asian minutes write it: "The student
    # member placed three demands: i) ..."; "The Dean placed the following proposals"
    "placed ... demands",
    "placed the following",
    "was of the view",
    "were of the view",
    "was of the opinion",
    "were of the opinion",
    "made ... proposals",
    "made ... suggestions",
    "made ... requests",  # "Ms Ruru made two requests: first, that ..."
    "made ... requirements",  # "The Vice Mayor made three requirements: first, ..."
    # requests or proposals laid before the meeting: "The Youth Committee brought two requests to
    # the board: firstly, that ..."
    "brought ... requests",
    "brought ... proposals",
    # "Mr WONG made the following comments: (a) ...; (b) ..." (not "made ... comments",
    # which would take "made no comments")
    "made the following comments",
    "made the following observations",
    # "Colm had three suggestions for the fair: 1. ..." (stated to the meeting; not "The
    # Government had acted on several recommendations": a count right after "had")
    "had two suggestions",
    "had three suggestions",
    "had four suggestions",
    "had several suggestions",
    "had the following suggestions",
    "made ... recommendations",
    "gave ... recommendations",
    "gave ... reasons",  # "Governor X gave the club's two reasons: firstly, ..."
    "gave ... arguments",
    "issued ... statement",  # "Mr. X, Acting Chair, issued the following statement:"
    # a chair's ruling and a member's point of order are said to the House
    "ruled",
    "rules that",
    "rose on a point of order",
    "raised a point of order",
    # minutes kept in the present tense (translated Dutch, French, German practice): "Mr X
    # asks when the bye-law will be read", "Mrs Y introduces the proposal", "The chair answers
    # that ...". Only forms that are no plural noun a subject could run into ("the answers",
    # "his remarks", "the replies" stay out), nor a State's stance a readout reports in the
    # present ("China supports all efforts for peace": "supports" stays out).
    "asks",
    "explains",
    "introduces",
    "responds",
    "informs",
    "presents",
    "suggests",
    "confirms",
    "clarifies",
    "recommends",
    "replies that",
    "answers that",
)

# Speech verbs that also mean ending a meeting: "The Board concluded the consultation"
# says nothing (rules.structure.MEETING_OBJECT), "The Board concluded that ..." speaks.
ENDING_VERBS: frozenset[str] = frozenset({"concluded", "concludes", "concluding"})

# The plain verbs of saying after which a capitalised word opening a sentence is a
# surname ("Ostrowski said", "Roy asked"), where any other verb leaves it a common noun
# ("Donors also presented", "Summary agreed to", "Amendment proposed").
SURNAME_SAID: frozenset[str] = frozenset(
    {"said", "says", "asked", "stated", "noted", "added", "replied", "responded", "commented", "explained"}
    | {"suggested", "questioned", "argued", "reported", "remarked", "answered", "clarified", "urged"}
    | {"thanked", "welcomed"}  # "Portugal thanked the Chair" (a State in a summary of a debate)
)

# What an organisation does at the meeting when it is there to do it (GOLD.md convention
# 14: an organisation said to speak or present is an attendee): "Songjiang District
# Government made speeches", "The Emergency Management Bureau gave a briefing", "The
# Bureau of Agriculture reported on ...". One that only "said" or "says" something may
# be quoted from elsewhere ("IOM says ..." in a briefing) and is not.
PRESENTING_WORDS: frozenset[str] = frozenset(
    {
        "speech",
        "speeches",
        "statement",
        "statements",
        "briefing",
        "briefed",  # "The District Bureau briefed the meeting on the draft outline"
        "informed",  # "The State Agency informed the Government that ..." (the meeting told)
        "addressed",  # "The Veterans' Union addressed the deputies"
        "presentation",
        "report",
        "reported",
        "presented",
        "responded",  # "The Municipal Bureau of Natural Resources responded on the spot to ..."
    }
)

# Things handed over, not said: "X presented to the President the certificate of
# recognition" is a ceremony, not a speech (GOLD.md convention 9: presenting a report
# whose content the text gives is speech). After "presented", "handed over", "gave".
HANDED_OBJECTS: tuple[str, ...] = (
    "certificate",
    "award",
    "plaque",
    "gift",
    "memento",
    "souvenir",
    "cheque",
    "check",
    "token",
    "medal",
    "trophy",
    "prize",
    "credentials",
    "letter of credence",
    "keys",
    "portrait",
    "copy",
    "flag",
    "bouquet",
    "donation",
    "donations",
    "gifts",
    "certificates",
    "awards",
)
HANDING_VERBS: tuple[str, ...] = ("presented", "presents", "handed over", "hands over", "gave", "gives")

# Passive forms whose agent ("by X") presides.
PRESIDED_BY: tuple[str, ...] = (
    "presided over by",
    "presided by",
    "chaired by",
    "hosted by",
    "led by",
    "convened by",
    "co-chaired by",
    "moderated by",
    "officiated by",
    "headed by",
    "called to order by",
    "opened by",  # "The 14th plenary meeting was opened by the Chair, Dr. X" (with a meeting word)
    "called to order ... by",  # "was called to order at 9:07 a.m. by the Moderator, X"
    "convened ... by",
    "under the chairmanship of",
    "under the chairpersonship of",
    "under the chairwomanship of",
    "under the presidency of",
)

# Passive forms that say who presided only when the sentence names what was led: "The
# meeting was led by X"; alone ("Led by Director Hwang." under "PLEDGE OF ALLEGIANCE")
# the thing led is a prayer, a pledge or a discussion.
PRESIDED_BY_NEEDS_MEETING: tuple[str, ...] = ("led by", "headed by", "opened by")

# Passive forms that name a host, not a chair: they give the presider only while none is
# known ("under the chairmanship of X ... the meeting hosted by Bhutan": X presides).
PRESIDED_BY_HOST_ONLY: tuple[str, ...] = ("hosted by",)

# Active forms whose subject presides.
PRESIDES: tuple[str, ...] = (
    "led ... meeting",
    "led ... session",
    "led ... conference",
    "presided over",
    "presiding over",  # "The premier gave the directives while presiding over the cabinet meeting"
    "with ... presiding",  # "was called to order with President X presiding" (X, the gap, presides)
    "presided",
    "presides over",
    "chaired",
    "chairs",
    "hosted",
    "hosts",
    "co-chaired",
    "moderated",
    "convened",
    "called the ... to order",  # "called the meeting to order", "called the session to order"
    # the meeting named in full, with its body: "called the regular board meeting of the
    # Bighorn Valley County Fair Board to order" (longer than one gap of four words), or "called
    # the Regular Meeting of the Board of Park Commissioners of the Fox Prairie Park District to order"
    "called the ... meeting of the ... ... ... to order",
    "opened the meeting",
    "opened the hearing",  # "Chair Coughlin opened the hearing at 7:02 PM"
    "opened the session",
    "opened the sitting",
    "took the chair",
    "assumed the chair",  # "Mark Hollis, 1st Vice President, assumed the chair"
    "constituted the meeting",  # a kirk session or a church court: "The Moderator constituted the
    "constituted the session",  # meeting with prayer" (the moderator presides, and prays)
    "constituted the court",
    # standing in as the meeting's chair: "the Deputy Prime Minister, X, served as Chairman of
    # Cabinet", "Mr. X acted as Chair in the absence of the President"
    "served as chair",
    "served as chairman",
    "served as chairperson",
    "served as chairwoman",
    "acted as chair",
    "acted as chairman",
    "acted as chairperson",
    "acted as chairwoman",
)

# Elections to the chair of the meeting itself, read in the passive: "X (unit 12) is elected
# chair of the meeting" (X presides; not "elected chair of the Audit Committee").
ELECTED_CHAIR: tuple[str, ...] = tuple(
    f"{verb} {office} of the meeting"
    for verb in ("elected", "appointed", "elected as", "appointed as")
    for office in ("chair", "chairperson", "chairman", "chairwoman", "president")
)
PRESIDES = PRESIDES + ELECTED_CHAIR

# Presiding acts that only hand over the chair: after the presider is known, whoever
# takes it is the acting chair ("the Chair said" later), not the presider (the chair who
# opened stays the presider): "At 6.50 pm ... Mr R. Menon took the Chair."
CHAIR_TAKEOVER: tuple[str, ...] = ("took the chair", "assumed the chair")

# Presiding acts that are speech acts too (GOLD.md convention 9: calling the meeting to
# order makes a speaker): the presider speaks, and the floor stays where it was.
# ("The chair opened the meeting": opening it is calling it to order)
PRESIDING_SPEECH: tuple[str, ...] = ("to order", "constituted", "opened the")

# What a meeting is opened with when the one who opens it prays rather than presides:
# "Nikau Paora opened the meeting with a karakia" (speech, not the chair).
PRAYER_NOUNS: frozenset[str] = frozenset(
    {"prayer", "karakia", "invocation", "blessing", "devotion", "reflection"}
)

# Forms whose subject was present.
PRESENCE: tuple[str, ...] = (
    "held ... meeting with",
    "held ... talks",
    "had ... meeting with",
    "had ... talks",
    "was present",
    "were present",
    "was also present",
    "were also present",
    "attended",
    "attends",
    "participated",
    "participate",
    "participates",
    "took part",
    # "joined" only with the meeting as its object: "X joined in July and is working on
    # Scala Native" joined an organisation
    "joined the meeting",
    "joined the call",
    "joined the session",
    "joined the discussion",
    "joined via",
    "joined by",
    "joined ... meeting",
    "was in attendance",
    "were in attendance",
    "met with",
    "met",
    "held talks",
    "was also in attendance",
    "sat in",
    "were also in attendance",
    "was on hand",
    "accompanied",
    # a host of a bilateral call: "The Foreign Minister, X, received the visit of Y"
    "received the visit of",
    # an officer serving the meeting: "The Deputy Governor, X, acted as Secretary of the Board"
    "acted as secretary",
    "acted as recording secretary",
    "acted as clerk",
)

# The first words of the presence forms that make a body named after a meeting an
# attendee: "The Fisheries Commission attended as an observer" (but "the Security Council
# met", "Quorum of Council was present": the meeting itself).
BODY_ATTENDS: frozenset[str] = frozenset({"attended", "attends", "participated", "participates", "took"})

# Forms after which the named people were present ("attended by X; Y; and Z").
PRESENCE_AFTER: tuple[str, ...] = (
    "attended by",
    "attendees included",
    "attendees were",
    "who attended include",
    "who attended included",
    "talks with",
    "meeting with",
    "met with",
    "met ... with",  # "X met today at the Ministry with his counterpart, Y" (in the lede only)
    "together with",
    "accompanied by",
    "joined by",
    "in attendance were",
    "in attendance was",
    "present were",
    "present was",
    "present included",  # "Members present included Chair A, Vice Chair B and Members C and D"
    "also present were",
    "participants included",
    "along with",
    "present at the meeting were",
    "present at the session were",
    "attending the meeting were",
    "attending were",
    "also attending were",
    "attending ... ... were",  # "Attending the talks from the host side were A, B and C"
    # the same with "participating": "Participating in the meeting were Council members A and B"
    "participating in the meeting were",
    "participating were",
    "also participating were",
    "delegation included",  # "The visiting delegation included Ambassador X and Y"
    "delegations included",  # "Heads of delegations included Hon. A, Minister of X; and Hon. B"
    "received the visit of",  # "X received the visit of the Minister of Y, Z": Z too
    # a roll call's sentence naming its list: "On roll call the following Trustees were
    # present: A, B and C"
    "the following ... were present",
    "the following ... were also present",
    "heard evidence from",  # a hearing's witness: "The Panel heard evidence from Ms X"
    # the lede of a translated release: "The talks took place in the presence of the Consul,
    # Ms X", "presided over the Cabinet, with the participation of the Vice President, Y"
    "in the presence of",
    "with the participation of",
)

# Phrases whose agent ("a report from X") spoke: X takes the floor.
# The makers of a motion (GOLD.md convention 9: moving and seconding make a speaker):
# "Moved by Cllr A, seconded by Cllr B", "Motion by Smith, second by Jones", "Proposed
# by Councillor X;". A mover takes the floor (the motion's items are theirs); a
# seconder speaks but leaves it.
MOTION_MOVER: tuple[str, ...] = (
    "moved by",
    "proposed by",
    # the minutes of the last meeting, moved for approval (as UK clubs write it): "The minutes
    # were proposed as a true record by X, seconded by Y and signed by the President"
    "proposed as a true record by",
    "proposed as a correct record by",
    "proposed as an accurate record by",
    "moved as a true record by",
    "moved as a correct record by",
    "motion by",
    "motion from",  # "Motion from Member Reyes to adjourn. Member Ito seconded the motion."
    "motion made by",
    "motions made by",  # "Motions made by Ruth, seconded by Michael." (several items moved together)
    "motion was made by",  # "A motion was made by Director Ann Delgado and seconded by ..."
    "motion was submitted by",  # "A motion was submitted by Ewa Nowak to lower the rate"
    "on a motion by",
    "on motion by",
    "on the motion of",
    "on motion of",  # "On motion of Hon. Sabado, duly seconded by Hon. Manalastas, ..."
    "upon motion of",
    "upon the motion of",
    "upon motion by",
    "introduced by",
    # a candidate's proposer in an election by motion: "Captain: A, nominated by B, seconded by C"
    "nominated by",
    "mover:",
    "moved:",  # "MOTION #26-004   Moved: Marlene Cook   Seconded: Wesley Mistatim"
    "prop.",  # "Prop. Joy Edwards, sec. Dennis O'Hare" (a co-op's or a club's shorthand)
    "proposer:",
    "proposed:",  # "Proposed: Cllr Mthethwa      Seconded: Cllr Cassim"
)
MOTION_SECONDER: tuple[str, ...] = (
    "seconded by",
    "second by",
    "supported by",
    "seconder:",
    "seconded:",
    "sec.",
)
# Speech verbs that are also how a vote is recorded: in a vote record ("Vote: 4-1 in
# favour (Coughlin, Ng; Weintraub opposed)") they are a vote, not speech (GOLD.md
# convention 9: voting is not speech).
VOTE_VERBS: frozenset[str] = frozenset({"opposed", "dissented", "abstained", "objected"})

# Speech verbs only when a person or an organisation does it: "The Board reviewed the
# report" is no act of the meeting as a body (GOLD.md convention 11), "Minister X
# reviewed the plan" presents it.
MEETING_NOT: frozenset[str] = frozenset({"reviewed", "discussed"})

# Words after which a one-word speech verb's form is a noun: "eleven member states",
# "the notes", "its reports" (not "The Mayor states", "Members noted").
NOUN_BEFORE: frozenset[str] = frozenset(
    """
    the these those this that a an its their his her our your my member island small coastal
    two three four five six seven eight nine ten eleven twelve several many some other
    """.split()
)

# The motion cues of the form "<verb> by" ("proposed by", "seconded by").
MOTION_BY_PHRASES: frozenset[str] = frozenset(
    p for p in MOTION_MOVER + MOTION_SECONDER if p.endswith(" by") and len(p.split()) == 2
) - {"supported by"}

# Motion cues that are ordinary words too: a motion's only where the sentence speaks of one
# ("Moved by A, supported by B. Motion carried.", not "X, supported by Hungary, presented";
# "A, nominated by B, seconded by C", not "A judge nominated by the Government").
WEAK_MOTION_CUES: frozenset[str] = frozenset({"supported by", "introduced by", "nominated by"})

# Speech verbs that move a motion: the list after "X moved that the Board:" is the
# motion's, so the meeting's (as the dev corpus annotates "Moved By: X / 1. That ...").
MOVING_VERBS: frozenset[str] = frozenset({"moved", "moves"})
# What a speaker reads out over a quoted paragraph whose body's acts are the reader's (GOLD.md
# convention 11): 'The Information Minister read out the official statement:' / '"The Council ...'.
READ_OUT_NOUNS: frozenset[str] = frozenset({"statement", "communique", "readout"})
# The labels among them: "Moved:", "Seconded:" open a name, they have no subject.
MOTION_LABELS: frozenset[str] = frozenset(p for p in MOTION_MOVER + MOTION_SECONDER if p.endswith(":"))

SPEECH_BY: tuple[str, ...] = (
    "report from",
    "report by",
    "reports from",
    "reports by",
    "briefing from",
    "briefing by",
    "presentation from",
    "presentation by",
    "remarks from",
    "remarks by",
    "statement by",
    "statement from",
    # the passive of a speech verb: "Ministers were informed by Irish minister X about ...",
    # "Cabinet was briefed by the Minister of Health", "The meeting was addressed by X"
    "informed by",
    "briefed by",
    "read out by",  # "A question from the Patient Panel was read out by the Director of ..."
    "was read by",  # "The correspondence was read by the Secretary": reading aloud (convention 9)
    "were read by",
    "were updated by",  # ("the register was updated by the clerk" is no speech)
    "meeting was addressed by",  # ("the issue was addressed by staff" is none either)
    # a report or statement given at the meeting: "the report of the municipal government ...,
    # delivered by X on behalf of the municipal government" (not "the speech delivered by X",
    # relayed from another meeting: RELAYED_BEFORE)
    "delivered by",
    # an opening prayer said by someone (GOLD.md convention 9): "The invocation was led by X"
    "invocation was led by",
    "invocation was given by",
    "invocation was offered by",
    "invocation was delivered by",
    "prayer was led by",
    "prayer was offered by",
    "prayer was said by",
    "prayer was given by",
    "invocation by",
    "invocation was provided by",
    "prayer was provided by",
    # a karakia, the prayer that opens and closes a New Zealand meeting: "A karakia was
    # provided by Matua X", "Opening karakia by Whaea Y"
    "karakia was provided by",
    "karakia was given by",
    "karakia was led by",
    "karakia was offered by",
    "karakia by",
    "opening prayer by",
    # an agenda line that names who prayed after a dash: "Opening karakia – Matua X (kaumātua)"
    "karakia –",
    "karakia -",
    "opening prayer –",
    "opening prayer -",
    "closing prayer –",
    "closing prayer -",
    "closing prayer by",  # "the meeting ended with a closing prayer by Mr. X"
    "prayer led by",  # "The meeting started with a word of prayer led by Ms. X"
    "word of prayer by",  # "The meeting opened with a word of prayer by Delegate X"
    "with a prayer by",  # "The meeting was opened with a prayer by Mr X"
    # in the plural, the time of the prayers between: "Prayers were offered at the opening,
    # this week by Pastor X" (a cabinet's weekly prayer)
    "prayers were offered ... ... by",
    "prayers were led by",
    "prayers were said by",
    # a prayer said by someone, as Kenyan minutes write it: "The meeting started with a word of
    # prayer from Mrs. X" (a prayer from a book names no person, so nobody speaks)
    "prayer from",
    # a scripture recited to open the meeting, as South Asian minutes write it (an opening
    # prayer): "The meeting began with recitation from the Holy Bible by Mr. X"
    "recitation from ... by",
    "recitation of the holy ... by",
    # a proposal whose content the text gives (GOLD.md convention 9), the object of the
    # meeting's decision: "Cabinet approval was granted to the proposal presented by Hon. X"
    # (X speaks; the floor stays with the meeting: rules.verbs.PROPOSAL_BY)
    "proposal presented by",
    "proposal submitted by",
    "proposal made by",
    "proposals presented by",
    "proposal by",  # "Cabinet approved the proposal by the Minister for Health, Dr. X, to amend ..."
    "proposals by",
    "proposals submitted by",
    "resolution furnished by",
    "resolution presented by",
    "memorandum presented by",
    "memorandum submitted by",
    # a paper a body considers, presented or introduced by one of its officers, whose content
    # the text gives (convention 9): "The Council had for consideration C-WP/16112, presented
    # by the President of the Air Navigation Commission, which ... invited the Council to:"
    "for consideration ... presented by",
    "paper presented by",
    "papers presented by",
    "paper introduced by",
    "report presented by",
    "report introduced by",
    # the mover of what the meeting adopts (convention 9): "The minutes were approved on the
    # proposal of Ms X, seconded by Mr Y"
    "on the proposal of",
    "on the motion of",
)
# The phrases of SPEECH_BY that name a proposal the meeting decides on: the floor stays.
PROPOSAL_BY: frozenset[str] = frozenset(
    p
    for p in SPEECH_BY
    if p.removeprefix("on the ").split()[0] in ("proposal", "proposals", "resolution", "memorandum", "motion")
)

# Asides between a subject and its verb, set off by commas: "Secretary Pascual, for her
# part, said ..." ("his"/"her"/"its"/"their" stand for any possessive).
SUBJECT_ASIDES: tuple[str, ...] = (
    "for her part",
    "in her turn",
    "in turn",
    "in response",
    "in reply",
    "meanwhile",
    "however",
    "too",
    "likewise",
    "for her own part",
    "on her part",
    "taking the floor again",
    "taking the floor",
    "speaking again",
)

# Verbs that give the meeting as a body the floor, but never one person
# ("X and Y agreed on ..." is not a speech act of X).
BODY_ONLY: tuple[str, ...] = (
    "agreed",
    "decided",
    "resolved",
    "approved",
    "adopted",
    # (not "deliberated": like "discussed", deliberating decides nothing; GOLD.md convention 11)
    "made the following decisions",
    "issued the following decisions",  # "The Cabinet then issued the following decisions: First: ..."
    "took the following decisions",
    "made decisions",
    "made resolutions",
    "made five key resolutions",
    "passed",
    "endorsed",
    "elected",  # "Council elected the following to Honorary Fellowship: 1. ..."
    "appointed",
    "determined",
    "concluded",
    "was agreed",
    "were agreed",
    "was decided",
    "was stressed",
    "was pointed out",
    "was noted",
    "were deliberated and agreed",
    "was emphasized",
    "was required",
    "found that",  # "In granting the variance, the Board found that: 1. ..."
    "taken note",  # "Cabinet has taken note of the measures ...": as "noted"
    "took note",
    "takes note",
    "took ... into account",  # "the Committee took three considerations into account. First, ..."
    "taken ... into account",
    "takes ... into account",
    "assessed that",  # "The Committee assessed that the economy would expand ..."
    # the grounds of a rate decision: "The Board based its decision on the following factors: a) ..."
    "based its decision",
    "based their decision",
    "bases its decision",
    # a communique's operative present: "the Summit DECIDES: i. to approve ..."
    "decides",
    "resolves",
    # the meeting voting to act decides (a member who "voted to" does not speak: GOLD.md
    # convention 9; only the meeting as the subject makes it a decision)
    "voted to",
)

# Phrases after which a named person is only relayed, not present
# ("the spirit of the speech delivered by X").
RELAYED_BEFORE: tuple[str, ...] = (
    "speech delivered by",
    "speeches delivered by",
    "speech made by",
    "speech given by",
    "instructions made by",
    "instructions given by",
    "instructions of",
    "instructions from",
    "speech of",
    "speeches of",
    "spirit of",
    "remarks by",
    "remarks of",
    "thought of",
    "directives of",
    "arrangement of",
    "decision of",
    "hometown of",
    # a news item's source, not the meeting: "..., reads a statement from the Prime Ministry."
    "reads a statement from",
    "says a statement from",
)

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
    "stressed", "stresses", "said", "says", "noted", "notes", "pointed out", "points out", "reported",
    "reports", "called for", "calls for", "called on", "urged", "urges", "emphasized", "emphasised",
    "emphasizes", "affirmed", "required", "requires", "made a speech", "made speeches", "made a report",
    "made arrangements", "made remarks", "delivered a speech", "delivered remarks", "delivered a report",
    "gave a speech", "gave a briefing", "gave a report", "delivered a ... speech", "delivered a ... report",
    "made a ... speech", "made ... speeches", "made a ... report", "gave a ... speech", "gave a ... report",
    "delivered ... remarks", "made ... remarks", "delivered ... address", "gave ... address", "stated", "states", "added", "adds",
    "highlighted", "highlights", "underlined", "underscored", "reiterated", "proposed", "proposes",
    "put forward", "puts forward", "put forth", "puts forth", "outlined", "outlines", "listed",
    "announced", "announces", "explained", "remarked", "mentioned", "observed", "argued", "suggested",
    "insisted", "demanded", "requested", "instructed", "directed", "ordered", "asked", "told",
    "informed", "briefed", "presented", "conveyed", "relayed", "expressed", "praised", "welcomed",
    "congratulated", "thanked", "commended", "warned", "acknowledged", "concluded", "declared",
    "indicated", "summarized", "summarised", "spoke", "speaks", "addressed", "responded", "replied",
    "answered", "moved", "seconded", "recommended", "commented", "agreed", "believed", "believes",
    "hoped", "expressed hope", "saying", "gave directives", "given directives", "has given",
    "gave instructions", "issued instructions", "set out", "laid out", "vowed", "pledged", "promised",
    "urging", "stressing", "noting", "emphasizing", "mapped out", "made a briefing", "made a statement",
    "made statements", "gave remarks", "briefed the", "spoke of", "spoke about", "went on to say",
)

# Passive forms whose agent ("by X") presides.
PRESIDED_BY: tuple[str, ...] = (
    "presided over by", "presided by", "chaired by", "hosted by", "led by", "convened by",
    "co-chaired by", "moderated by", "officiated by", "headed by", "called to order by", "convened ... by",
)

# Active forms whose subject presides.
PRESIDES: tuple[str, ...] = (
    "presided over", "presided", "presides over", "chaired", "chairs", "hosted", "hosts", "co-chaired",
    "moderated", "convened", "called the meeting to order", "opened the meeting",
)

# Forms whose subject was present.
PRESENCE: tuple[str, ...] = (
    "was present", "were present", "was also present", "were also present", "attended", "attends",
    "participated", "participate", "participates", "took part", "joined", "was in attendance",
    "were in attendance", "met with", "met", "held talks", "was also in attendance", "sat in",
    "were also in attendance", "was on hand", "accompanied",
)

# Forms after which the named people were present ("attended by X; Y; and Z").
PRESENCE_AFTER: tuple[str, ...] = (
    "attended by", "attendees included", "attendees were", "who attended include", "who attended included",
    "talks with", "meeting with", "met with", "together with", "accompanied by", "joined by",
    "in attendance were", "present were", "also present were", "participants included",
)

# Verbs that give the meeting as a body the floor, but never one person
# ("X and Y agreed on ..." is not a speech act of X).
BODY_ONLY: tuple[str, ...] = (
    "agreed", "decided", "resolved", "approved", "adopted", "deliberated", "made the following decisions",
    "made decisions", "made resolutions", "made five key resolutions", "passed", "endorsed", "determined",
    "concluded", "was agreed", "were agreed", "was decided", "was stressed", "was pointed out",
    "was noted", "were deliberated and agreed", "was emphasized", "was required",
)

# Phrases after which a named person is only relayed, not present
# ("the spirit of the speech delivered by X").
RELAYED_BEFORE: tuple[str, ...] = (
    "speech delivered by", "speeches delivered by", "speech made by", "speech given by",
    "instructions made by", "instructions given by", "instructions of", "instructions from",
    "speech of", "speeches of", "spirit of", "remarks by", "remarks of", "thought of", "directives of",
    "arrangement of", "decision of", "hometown of",
)

"""Stage: sentences + mentions -> presider, attendees, and who holds the floor.

Walks the sentences in order, keeping one :class:`~minutes.people.Registry`:

* a speech verb (``rules.verbs.SPEECH``) makes its subject the current speaker, who
  keeps the floor over the following sentences until someone else takes it;
* subjects are names (with titles or in apposition), pronouns ("He stressed"),
  titles alone ("the Vice Mayor said"), organisations, or the meeting as a body
  ("The meeting urged", "It was agreed", "Cabinet approved");
* "presided over by X", "X chaired" name the presider; "were also present",
  "attended by X; Y", "Present: ..." lines and bullet lists name the attendees;
* "Name: ..." transcript labels and "Statement by Name" headings give the floor to
  Name for a whole turn, in which third persons are only reported, not speakers;
* "the speech delivered by X", "the spirit of X's instructions" only relay X.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from minutes.model import Sentence
from minutes.people import (
    Entity,
    Mention,
    Prefer,
    Registry,
    Token,
    find_mentions,
    honorific_gender,
    name_run,
    name_text,
    org_end,
    skip_honorifics,
    tokenize,
)
from minutes.rules import _CASE_FOLDS, by_first_letter
from minutes.rules import people as P
from minutes.rules import verbs as V

MEETING = -1  # the meeting as a body
NOBODY = -2  # no one has taken the floor yet


def _phrase_regex(phrases: Sequence[str]) -> str:
    return r"\b(?:" + by_first_letter(_phrase_alternatives(phrases)) + r")\b"


def _phrase_alternatives(phrases: Sequence[str]) -> list[str]:
    """The phrases as regexes, longest first ("made a ... speech": "made", "a", up to four
    words, "speech", with blanks between)."""
    out = []
    for ph in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in ph.split()]
        rx = r"\s+".join(words).replace(r"\.\.\.", r"(?:\S+\s+){0,4}?")
        rx = rx.replace(r"\s+(?:\S+\s+){0,4}?\s+", r"\s+(?:\S+\s+){0,4}?")
        out.append(rx)
    return out


class _Cues:
    """The patterns of this stage, each compiled on first use (from _cue_sources)."""

    speech: re.Pattern[str]
    presided_by: re.Pattern[str]
    presides: re.Pattern[str]
    presence: re.Pattern[str]
    presence_after: re.Pattern[str]
    body_only: re.Pattern[str]
    relayed: re.Pattern[str]
    relayed_phrase: re.Pattern[str]  # the phrase of ``relayed`` anywhere: a cheap test first
    gap: re.Pattern[str]
    body_subject: re.Pattern[str]
    title_ref: re.Pattern[str]
    list_header: re.Pattern[str]
    chair_line: re.Pattern[str]
    statement_heading: re.Pattern[str]
    candidate: re.Pattern[str]  # sentences worth tokenizing
    speech_by: re.Pattern[str]

    def __init__(self, sources: dict[str, tuple[str, int]]) -> None:
        self._sources = sources

    def __getattr__(self, name: str) -> re.Pattern[str]:
        if name.startswith("_") or name not in self._sources:
            raise AttributeError(name)
        pattern = re.compile(*self._sources[name])
        setattr(self, name, pattern)
        return pattern


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    return _Cues(_cue_sources())


def _any_of(parts: Sequence[tuple[Sequence[str], str]]) -> str:
    """An IGNORECASE regex that matches where ``alternative + suffix`` does, for any
    (alternatives, suffix) of ``parts``: for a search that only asks whether there is a
    match (the alternatives are tried in another order). Like :func:`by_first_letter`,
    but each suffix is written once per first letter, not once per alternative. The
    pattern for ``_Cues.candidate`` is a third as long as by_first_letter's was, so three
    times quicker to compile; it runs about 10% slower (the eight sets, below).
    """
    groups: dict[str, list[str]] = {}
    for alternatives, suffix in parts:
        if not all(rx[:1].isascii() and rx[:1].isalpha() for rx in alternatives):
            return "|".join(rx + sfx for alts, sfx in parts for rx in alts)
        rests: dict[str, list[str]] = {}
        for rx in alternatives:
            rests.setdefault(rx[0].lower(), []).append(rx[1:])
        for first, rest in rests.items():
            groups.setdefault(first, []).append("(?:" + "|".join(rest) + ")" + suffix)
    # one alternative per letter, which by_first_letter opens with the letter's cases
    # (twice: quick to test), but the eight longest open with one set of what their
    # letter matches (written once: quick to compile; tests/test_cold.py)
    longest = sorted(groups, key=lambda first: -sum(map(len, groups[first])))[:8]
    rest = [first + "(?:" + "|".join(g) + ")" for first, g in groups.items() if first not in longest]
    branches = [by_first_letter([rx]) for rx in rest]
    for first in longest:
        cases = first + first.upper() + _CASE_FOLDS.get(first, "")
        branches.append(f"(?-i:[{cases}])(?:{'|'.join(groups[first])})")
    return "|".join(branches)


def _cue_sources() -> dict[str, tuple[str, int]]:
    """Each pattern of :class:`_Cues` as (regex, flags)."""
    bodies = "|".join(sorted(P.BODY_NOUNS, key=len, reverse=True))
    heads = "|".join(re.escape(h) for h in sorted(P.TITLE_HEADS, key=len, reverse=True))
    # "the Secretary Irrigation" (a portfolio after the title, as in Pakistan)
    portfolios = "|".join(sorted((w.capitalize() for w in P.PORTFOLIO_WORDS), key=len, reverse=True))
    words = sorted(P.TITLE_HEADS | P.HONORIFICS, key=len, reverse=True)
    # words that may stand between a subject and its verb (in "gap", before "\w+ly")
    gap_words = by_first_letter(
        [
            *("also", "today", "yesterday", "respectively", "then", "later", "further", "jointly", "both"),
            *("again", "separately", "has", "have", "had", "was", "were", "is", "are", "will", "would"),
            *("subsequently", "immediately", "briefly", "formally", "officially", "personally"),
            *("specifically", "first", "finally", "once"),
        ]
    )
    # ", for her part,": the word "her" stands for any possessive
    asides = "|".join(
        r"\s+".join("(?:his|her|its|their)" if w == "her" else re.escape(w) for w in a.split())
        for a in sorted(V.SUBJECT_ASIDES, key=len, reverse=True)
    )
    every_cue = [V.SPEECH, V.PRESIDED_BY, V.PRESIDES, V.PRESENCE, V.PRESENCE_AFTER, V.BODY_ONLY, V.SPEECH_BY]
    # any title or honorific, or any cue: only whether there is one counts, so they
    # are all one alternation, grouped by first letter
    titles = [re.escape(w) for w in words]
    cues = [rx for cue in every_cue for rx in _phrase_alternatives(cue)]
    return dict(
        candidate=(r"\b(?:" + _any_of([(titles, r"(?![\w-])"), (cues, r"\b")]) + ")", re.IGNORECASE),
        speech=(_phrase_regex(V.SPEECH), re.IGNORECASE),
        speech_by=(_phrase_regex(V.SPEECH_BY), re.IGNORECASE),
        presided_by=(_phrase_regex(V.PRESIDED_BY), re.IGNORECASE),
        presides=(_phrase_regex(V.PRESIDES), re.IGNORECASE),
        presence=(_phrase_regex(V.PRESENCE), re.IGNORECASE),
        presence_after=(_phrase_regex(V.PRESENCE_AFTER), re.IGNORECASE),
        body_only=(_phrase_regex(V.BODY_ONLY), re.IGNORECASE),
        relayed=(
            r"(?:" + _phrase_regex(V.RELAYED_BEFORE) + r")\s+(?:the\s+)?(?:important\s+)?$", re.IGNORECASE
        ),
        relayed_phrase=(_phrase_regex(V.RELAYED_BEFORE), re.IGNORECASE),
        # what may stand between a subject and its verb: "Wang Yi on Aug 2 called for"
        gap=(
            r"(?:[\s,]|\b(?:" + gap_words + "|" + asides + r"|\w+ly|"
            r"in\s+(?:his|her|their)\s+(?:opening|closing)?\s*(?:remarks|speech|address))\b|"
            r"\bon\s+\w+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s*\([^()\n]{0,12}\))?|"
            r",\s*who\s+[^,;]{1,60},|"
            r",\s*speaking\s+(?:also\s+)?(?:for|on\s+behalf\s+of|in\s+(?:its|his|her|their)\s+(?:\w+\s+)?"
            r"capacity\s+as)\s+[^;]{1,120}?,)*$",
            re.IGNORECASE,
        ),
        body_subject=(
            rf"(?:^|\b(?:(?:the|The|those|all|most|several|some|many|other|a few|a number of|a couple of|"
            rf"a majority of|one|two|three|its|these)\s+)?)(?:[a-z][\w-]*\s+)?(?:{bodies})$"
            r"|^(?:It|it)$|\bit$",
            re.IGNORECASE,
        ),
        title_ref=(
            # (the words before the head are the title's: not "the meeting that the President")
            rf"\b(?:the|The)\s+((?:(?!(?:the|that|which|who|whom|whose)\s)[\w-]+\s+){{0,3}}?(?:\w+-)?"
            rf"(?:{heads})(?:\s+(?-i:{portfolios}))?"
            rf"(?:\s+(?:of|for|from)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]*){{0,3}})?)$",
            re.IGNORECASE,
        ),
        list_header=(
            # after a section label too: "ROLL CALL: Present: ..."
            r"^[\W_]*(?:[A-Z][A-Z ]{2,30}:\s*)?(?:[\w ]{0,40}?\b)?"
            r"(?:present|in attendance|attendees|attending|participants|"
            r"visitors|guests|also present|members present|in attendance were|staff|officers|officials|"
            r"secretariat)\b[^:\n]{0,20}:"
            # or a line of its own: "PRESENT", "IN ATTENDANCE"
            r"|^[\W_]*(?:present|in attendance|attendance|attendees|also present|members present)[\W_]*$",
            re.IGNORECASE,
        ),
        chair_line=(
            r"^[\W_]*(?:chair|chairperson|chairman|chairwoman|chaired by|presiding|presider|convener|"
            r"convenor)\s*:\s*",
            re.IGNORECASE,
        ),
        statement_heading=(
            # (after a paragraph number too: "19. Statement by Prof. Nandini Rao")
            r"^[\W_]*(?:\d{1,3}\.\s+)?(?:statement|remarks|speech|address|comments|intervention|"
            r"opening remarks|closing remarks)\s+(?:by|of|from)\s+",
            re.IGNORECASE,
        ),
    )


@dataclass
class Attribution:
    """Who is who, and who holds the floor at each sentence."""

    registry: Registry
    floor: list[int]  # per sentence: entity id, MEETING or NOBODY
    speakers: list[int] = field(default_factory=list)  # in order of first speech
    presider: int | None = None
    present: list[int] = field(default_factory=list)
    relayed: set[int] = field(default_factory=set)
    on_behalf_of: dict[int, str] = field(default_factory=dict)
    first_sentence: dict[int, int] = field(default_factory=dict)  # where each speaker first spoke
    narrated: set[int] = field(default_factory=set)  # sentences reporting a named person's speech
    # every mention read, with the entity it resolved to when read (spans for `minutes show`)
    mentions: list[tuple[Mention, Entity | None]] = field(default_factory=list)
    # (start, end, entity id): names in lists and chair lines, titles alone ("the Clerk")
    named: list[tuple[int, int, int]] = field(default_factory=list)


_LIST_GLUE = frozenset(
    {
        "the",
        "and",
        "also",
        "as",
        "well",
        "including",
        "include",
        "included",
        "were",
        "was",
        "are",
        "is",
        "by",
        ":",
        "both",
        "visiting",
        "his",
        "her",
        "their",
        "counterpart",
    }
)
# The end of a quotation right before its attribution: '..., chains," Xi said.'
_QUOTE_CLOSE_BEFORE = re.compile(r"[,.!?]?[\"\u201d]\s*(?:[\w.-]+\s+){1,4}$")
# A speech that reports another person's series: "... said that the President had given three directives"
_RELAYED_SERIES = re.compile(
    r"\bthat\s+[^,;.]{1,60}?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<verb>given|gave|issued|set|proposed|put forward|laid out|outlined|listed)\s+(?:\w+\s+){0,3}?"
    r"(?:directives|instructions|tasks|priorities|points|proposals|principles|requirements|measures|orders)\b",
    re.IGNORECASE,
)


def _section_label(label: str) -> bool:
    """ "ROLL CALL", "Public Comment", "COMMISSIONER REPORTS": a section, not a speaker."""
    return any(w in P.SECTION_WORDS for w in re.findall(r"[a-z]+", label.lower()))


def _title_word(low: str) -> bool:
    """A word of a title before a name: "Deputy", "Mayor", "Councilmembers", "Pro", "Tem"."""
    return (
        low in P.TITLE_HEADS
        or low in P.TITLE_MODIFIERS
        or low in P.PLURAL_TITLE_HEADS
        or low in P.TITLE_SUFFIXES
    )


def _portfolio_end(words: Sequence[str], k: int) -> int:
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


def _portfolio_then_name(words: list[str]) -> bool:
    """Words after "of"/"for" in a title: a portfolio ("Business", "Foreign Affairs"),
    then a name of two to four capitalised words ("Helen Fraser")."""
    k = _portfolio_end(words, 0)
    name = words[k:]
    return (
        k > 0
        and 2 <= len(name) <= 4
        and all(w[:1].isupper() and w.isalpha() and not _title_word(w.lower()) for w in name)
    )


def _is_title_phrase(part: str) -> bool:
    """A list part that is only a title: "External Member", "Deputy Governor - Operations"."""
    words = part.replace("\u2013", " - ").replace("\u2014", " - ").split()
    if not words or not words[0][:1].isupper():
        return False
    for k, w in enumerate(words):
        low = w.lower().strip(".")
        if low in P.TITLE_HEADS or low in P.PLURAL_TITLE_HEADS:
            rest = words[k + 1 :]
            while rest and rest[0].lower() in P.TITLE_HEADS:
                rest = rest[1:]
            if rest and rest[0] in ("of", "for") and _portfolio_then_name(rest[1:]):
                return False  # "Superintendent of Business Helen Fraser": a titled name
            return not rest or rest[0] in ("-", "of", "for", "(") or all(_title_word(x.lower()) for x in rest)
        if low in P.HONORIFICS or not (w[:1].isupper() or low in ("of", "the", "and", "for")):
            return False
    return False


def _attendee_item(item: str) -> bool:
    """A list item under "Present:" that names someone, not a numbered paragraph of the
    minutes ("1. The Governor opened the meeting and said ...", "3. Mr. X observed ...").
    """
    if item.isupper() and _section_label(item):
        return False  # "3. PUBLIC COMMENT" (but "Linda Marsh   Director of Finance" is a name)
    if _is_name_line(item):
        return True
    words = item.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and words[0].lower() not in ("the", "a", "an", "this", "it", "there", "members")
        and len(item) <= 150
        and not _cues().speech.search(item)
    )


def _is_name_line(line: str) -> bool:
    """A line of names under "Present:": "Cllrs D. Okafor, S. Brennan-Leigh and R. Patel"."""
    t = line.strip()
    if not t[:1].isupper() or ":" in t or len(t) > 400 or re.search(r"[a-z]{2}[.!?]$", t):
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", t)
    return bool(words) and sum(w[0].isupper() or w in ("and", "of", "for") for w in words) >= 0.8 * len(words)


# A transcript label by title: "THE CHAIR:", "The PRESIDENT (spoke in French):".
_ROLE_LABEL = re.compile(
    r"^\s*(?:The\s+|THE\s+)?(?P<t>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?:\s*\([^()\n]{0,60}\))?\s*:\s"
)
_ACCORDING_TO = re.compile(r"\s*According\s+to\s+")
_DECISION_LABEL = re.compile(
    r"^\W*(?:RESOLVED|AGREED|DECIDED|DECISIONS?|RESOLUTIONS?)\b\s*[:\u2013\u2014-]"
    # a line that heads the meeting's own list: "Action points:", "Agreed actions:"
    r"|^\W*(?i:(?:agreed\s+)?(?:action\s+points|action\s+items|actions|decisions|resolutions|"
    r"agreed\s+actions|outcomes|conclusions))\s*:\s*$"
    # a lead-in naming the body's own decisions: "The following were among the other
    # resolutions of Cabinet:"
    r"|^(?i:[^:\n]{0,80}\b(?:decisions|resolutions|conclusions|outcomes)\s+(?:of|by)\s+(?:the\s+)?(?:"
    + "|".join(sorted(P.STRONG_BODY_NOUNS))
    + r"))\s*:\s*$"
    # the words of a motion: "That Council:", "That the Committee adopts ..."
    r"|^\W*That\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?i:" + "|".join(sorted(P.STRONG_BODY_NOUNS)) + r")\b"
    r"(?!\s+(?:was|were|is|are|had|has)\b)"
)
# A country's delegate as a subject: "Egypt's delegate", "the United Kingdom's representative".
_POSSESSIVE_DELEGATE = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['\u2019]s\s+"
    r"(?P<n>delegate|representative|envoy|delegation)(?:\s*,\s*[^,]{1,60},)?\s*$"
)
# A title in apposition between commas at the end of a subject: ", Council President for October,".
_TRAILING_APPOSITION = re.compile(r",\s*([A-Z][^,;:()]{1,60}?),?\s*$")
# An honorific before "the <title>": "presided over by His Excellency the President, X".
_LEAD_HONORIFIC = re.compile(r"^(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness)|H\.\s?E\.)\s*")
# A parenthesis that marks the presider in a list: "Mrs Helen Carver (Chair)".
# A title before a name in apposition: " the Governor, " in "chaired by the Governor, Dr. X".
_TITLE_LEAD = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*\s*,\s*")
# What may stand between a name and its verb: "Ms Ingrid Halvorsen (Norway), opened",
# "The Secretariat (Mr Karl Weiss) presented".
_AFTER_NAME = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*,?|\)|,\s*(?:a|an|the)\s+[a-z][\w -]{1,40},?)\s*$"  # ", a shareholder,"
)
# A short label line inside an attendance block: "Directors:", "Officers:".
_SUBHEADER = re.compile(r"^[\W_]*[A-Za-z][\w ]{0,30}:\s*$")
# A sentence that ends by introducing the names of those present on the lines after it.
_ATTENDED_BY_COLON = re.compile(
    r"\b(?:(?:was|were)\s+(?:also\s+)?attended\s+by|present\s+were|participants\s+were|"
    r"in\s+attendance\s+were)(?:\s+the\s+following)?\s*:\s*$",
    re.IGNORECASE,
)
# A sub-header with its names on the same line: "Directors: Mr A (Chairman); Ms B".
_SUBHEADER_ITEMS = re.compile(r"^[\W_]*(?P<h>[A-Za-z][\w ]{0,30}):[ \t]+(?P<rest>\S.*)$", re.DOTALL)
# After a verb: what follows is its content ("responded as follows:").
_INTRODUCES = re.compile(r"\s*(?:as\s+follows\s*)?:")
# A body other than the meeting right before "headed by", "led by", "chaired by".
_OTHER_BODY = re.compile(
    r"\b(?:committee|sub-committee|subcommittee|delegation|team|group|task\s+force|panel|working\s+group|"
    r"commission|mission)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A sentence that opens with a list marker: "(a) ...", "ii. ...", "- ...".
_ENUMERATED = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-*\u2022])\s")
_INITIALS_SUBJECT = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?([A-Z]{2,3})\s*")  # "2.2 MP"
_DASH_TITLE = re.compile(r"\s[-\u2013\u2014]\s+[A-Z]")  # "Dr. Mercy Phiri - Deputy Governor"
_COLUMN_GAP = re.compile(r"\s{3,}|\t+")  # between the columns of a table row
_CHAIR_MARK = re.compile(r"^(?:chair|chairman|chairwoman|chairperson|presiding|in the chair)$", re.IGNORECASE)
# An address between commas after a name: "Carl Jensen, 14 Elm Street, spoke".
_ADDRESS = re.compile(r"^\s*,\s*\d{1,5}[A-Za-z]?\s+[A-Z][^,;]{1,60},?\s*$")
_AS_ROLE = re.compile(r"\bas\s+(?:the\s+)?([A-Z][^,;.()]{2,80}?)\s*(?:\([^()]{0,30}\))?,\s*(?:\S+\s+){0,2}$")
_ABSENT = re.compile(r"\b(?:absent|apologies|regrets|excused|not present)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*\u2022+]|\d{1,3}[.)])\s+")
_PAREN = re.compile(r"\s*\([^()]*\)")
_ON_BEHALF = re.compile(r"^\s*On behalf of ([^,]{3,160}),", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_CO_SUBJECT = re.compile(r"(?:,?\s+and|,?\s+together\s+with|,?\s+as\s+well\s+as|,|\s*&)\s*$", re.IGNORECASE)
_VOCATIVE_NEXT = re.compile(r"^,\s*(?:please|thank|i\b|we\b|you\b|could|would|let|can)", re.IGNORECASE)


class _Walker:
    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self.reg = Registry()
        self.att = Attribution(self.reg, [])
        self.cur = NOBODY
        self.i = 0  # the sentence being read
        self.turn_owner: int | None = None  # a transcript turn: only its owner speaks
        self.last_person: int | None = None
        self.announced: set[int] = set()  # announced as making a speech
        self.present: set[int] = set()  # the ids in att.present
        self.list_mode = False  # inside a bullet list of attendees
        self.list_role: str | None = None  # the title a list header gives its items
        self.line_items = False  # one person a line: "H.E. A, Minister of Trade, Malaysia;"
        self.body_list = False  # inside a list the meeting introduced ("RESOLVED that:")
        self.sentence_subject: list[int] = []  # the last subject found in this sentence
        # the person named at the start of the previous sentence, its likely subject:
        # "Trustee Whitfield reviewed the bids. She said ..." (she is Whitfield)
        self.opened_by: int | None = None
        self.prev_opened_by: int | None = None
        self.spoken: set[int] = set()  # everyone who has taken the floor (the ids in att.speakers)

    # -- helpers -------------------------------------------------------------
    def prefer(self) -> Prefer:
        """Who a shared surname or title most likely means: the speaker holding the floor,
        then one announced as making a speech, then one who has not spoken yet, then the
        person mentioned last."""
        cur, announced, spoken, last = self.cur, self.announced, self.spoken, self.last_person

        def rank(eid: int) -> int:
            if eid == cur:
                return 0
            if eid in announced:
                return 1
            if eid not in spoken:
                return 2
            return 3 if eid == last else 4

        return rank

    def prefer_by_title(self) -> Prefer:
        """Who a title alone most likely means: the speaker holding the floor, then one
        announced as making a speech, then one who has spoken (a title refers back), then
        one only listed ("the Minister urged" after two ministers spoke is not a third
        minister who only attended)."""
        cur, announced, spoken = self.cur, self.announced, self.spoken

        def rank(eid: int) -> int:
            if eid == cur:
                return 0
            if eid in announced:
                return 1
            return 2 if eid in spoken else 3

        return rank

    def by_title(self, title: str) -> Entity | None:
        """The person a title alone refers to: the one holding it, or, for "the Chairperson"
        when nobody has that title, the presider ("Dr. X - Governor (Chairperson)")."""
        ent = self.reg.by_title(title, self.prefer_by_title())
        if ent is None and self.att.presider is not None and _CHAIR_MARK.match(title.strip()):
            ent = self.reg.entities[self.att.presider]
        return ent

    def mark_present(self, eid: int) -> None:
        if eid not in self.present:
            self.present.add(eid)
            self.att.present.append(eid)

    def speak(self, eid: int) -> None:
        if eid not in self.spoken:
            self.spoken.add(eid)
            self.att.speakers.append(eid)
            self.att.first_sentence[eid] = self.i
        self.cur = eid
        if eid >= 0 and self.reg.entities[eid].kind == "person":
            self.last_person = eid

    def register(self, m: Mention) -> Entity:
        role = m.role
        if role is None and m.kind == "person":
            # "For his second term as Chairperson of the AU Commission (2021-2024), Mr X ..."
            ra = _AS_ROLE.search(self.text[max(0, m.start - 200) : m.start])
            if ra and any(w.lower() in P.TITLE_HEADS for w in re.findall(r"[\w-]+", ra.group(1))):
                role = ra.group(1).strip()
        ent = self.reg.add(m.name, m.kind, role, m.start, self.prefer(), gender=m.gender)
        for nick in m.nicknames:
            self.reg.alias(ent, nick)
        if ent.kind == "person":
            self.last_person = ent.id
        return ent

    # -- one sentence ----------------------------------------------------------
    def sentence(self, i: int, s: Sentence, headline: bool) -> None:
        c = _cues()
        self.i = i
        para_start = i == 0 or self.sentences[i - 1].paragraph != s.paragraph
        if para_start and self._structured(s):
            self.att.floor.append(self.cur)
            return
        if not para_start and self._list_sentence(s):
            self.att.floor.append(self.cur)
            return
        if headline or (para_start and _is_heading(self.sentences, i)):
            if headline:
                # "What was discussed in DP Kithure Kindiki's first cabinet meeting": a headline in
                # sentence case names people reliably; register them, but nobody speaks here. In
                # title case only a name with a surname in capitals is sure: "Press Conference by
                # Chief Cabinet Secretary KATO Hiroshi"
                title_case = _title_case(s.text)
                toks = tokenize(s.text, s.start)
                for m in find_mentions(toks, self.text, self.reg):
                    if (
                        m.how in ("title", "honorific")
                        and m.kind == "person"
                        and (not title_case or any(len(w) > 1 and w.isupper() for w in m.name.split()))
                    ):
                        self.reg.add(m.name, m.kind, None, m.start)
            self.att.floor.append(self.cur)
            return
        if self.body_list and _ENUMERATED.match(s.text):
            # "(a) the Clerk reports items 1 and 3 ..." under "it was RESOLVED that:": an
            # item of the meeting's list, whatever verb it holds
            self.att.floor.append(self.cur)
            return
        self.body_list = False
        if not (para_start or c.candidate.search(s.text)):
            # no verb, title or honorific that this stage acts on: the floor carries over
            self.att.floor.append(self.cur)
            return
        toks = tokenize(s.text, s.start)
        mentions = find_mentions(toks, self.text, self.reg)
        resolved: list[tuple[Mention, Entity | None]] = []
        for m in mentions:
            ent: Entity | None
            if m.how in ("title", "apposition", "honorific") or (m.kind == "organization" and m.nicknames):
                ent = self.register(m)  # (an organisation with its acronym: "... (IOM)", later "IOM says")
            else:
                ent = self.reg.lookup_tokens(m.name.split(), self.prefer()) if m.kind == "person" else None
            resolved.append((m, ent))
        # relayed people: "the speech delivered by X"
        relay = c.relayed_phrase.search(s.text) if resolved else None
        for m, ent in resolved:
            at = toks[m.tok_start].start - s.start  # the cue must end right before the mention
            if (
                m.kind == "person"
                and relay is not None
                and relay.start() < at
                and c.relayed.search(s.text, _tail_start(s.text, 0, at, RELAYED_RUNS), at)
            ):
                e2 = ent or self.register(m)
                self.att.relayed.add(e2.id)
        if para_start:
            self._label(s, toks, resolved)
        self.sentence_subject = []
        self.prev_opened_by, self.opened_by = self.opened_by, _opening_person(s, toks, resolved)
        self._vocative(s, toks, resolved)
        self._presiding(s, toks, resolved)
        self._presence(s, toks, resolved)
        self._speech(s, toks, resolved)
        self.att.mentions += resolved
        self.body_list = self.cur == MEETING and s.text.rstrip().endswith(":")
        self.att.floor.append(self.cur)

    # -- structure: labels, headings, lists ------------------------------------
    def _structured(self, s: Sentence) -> bool:
        """Chair lines, attendance lists and statement headings; True if the sentence is one."""
        c = _cues()
        body = s.text
        if self.list_mode and _SUBHEADER.match(body) and not c.chair_line.match(body):
            return True  # "Directors:" inside a "PRESENT" block
        sub = _SUBHEADER_ITEMS.match(body)
        if (
            self.list_mode
            and sub
            and not c.chair_line.match(body)
            and not _ABSENT.search(sub.group("h"))
            and _is_name_line(sub.group("rest"))
        ):
            # "Directors: Mr A (Chairman); Ms B (Group CEO)" inside a "Present:" block
            plural = next((w for w in sub.group("h").lower().split() if w in P.PLURAL_TITLE_HEADS), None)
            saved, self.list_role = self.list_role, P.PLURAL_TITLE_HEADS[plural] if plural else None
            self._list_items(s.start + sub.start("rest"), sub.group("rest"))
            self.list_role = saved
            return True
        item = re.sub(r"\s*(?:[;.]|;\s*and|,\s*and)\s*$", "", body)
        if self.list_mode and self.line_items and _is_name_line(item) and not c.chair_line.match(body):
            # after "was attended by:": the name, then its title with its commas
            ent = self._name_at(s.start, item)
            if ent is not None:
                self.mark_present(ent.id)
                return True
        if (
            self.list_mode
            and (_BULLET.match(body) or _is_name_line(body))
            and _attendee_item(_BULLET.sub("", body, count=1))
            and not c.chair_line.match(body)
        ):
            item = _BULLET.sub("", body, count=1)
            self._list_items(s.start + (len(body) - len(item)), item)
            return True
        m = c.chair_line.match(body)
        if m:  # "Chair: Cllr Margaret Holloway" (also inside a "Present:" block)
            ent = self._name_at(s.start + m.end(), body[m.end() :])
            if ent is not None:
                self.att.presider = ent.id
            return True
        if self.list_mode and self._officer_line(s):
            return True
        self.list_mode = self.line_items = False
        m = c.list_header.match(body)
        if m and not _ABSENT.search(body[: m.end()]):
            rest = body[m.end() :]
            plural = next((w for w in body[: m.end()].lower().split() if w in P.PLURAL_TITLE_HEADS), None)
            self.list_role = P.PLURAL_TITLE_HEADS[plural] if plural else None  # "Commissioners present:"
            if rest.strip():
                self._list_items(s.start + m.end(), rest)
            self.list_mode = True  # name lines may follow: "Present: A, Deputy Governor\nB, ..."
            return True
        if ":" in body[:60] and _ABSENT.search(body[: body.find(":")]):
            return True
        if _ATTENDED_BY_COLON.search(body):
            # "The Retreat was attended by:" and the names on the lines after it
            self.list_role = None
            self.list_mode = self.line_items = True
            return False
        if _DECISION_LABEL.match(body):
            self.speak(MEETING)
            return False
        m = c.statement_heading.match(body)
        if m:
            ent = self._name_at(s.start + m.end(), body[m.end() :])
            if ent is not None:
                self.speak(ent.id)
                self.turn_owner = ent.id
                return True
        return False

    def _officer_line(self, s: Sentence) -> bool:
        """ "Secretary: Ms. Tiyamike Gondwe" in a "Present:" block: one more attendee, with
        the label as title."""
        m = _ROLE_LABEL.match(s.text)
        if not m or m.group("t").split()[-1].lower() not in P.TITLE_HEADS or _section_label(m.group("t")):
            return False
        rest = s.text[m.end() :]
        if not _is_name_line(rest.strip()) or len(rest.split()) > 6:
            return False
        saved, self.list_role = self.list_role, m.group("t")
        self._list_items(s.start + m.end(), rest)
        self.list_role = saved
        return True

    def _list_sentence(self, s: Sentence) -> bool:
        """ "... and Bob Turner. Also present: County Manager Steven Price, ...": a list
        header inside a paragraph."""
        m = _cues().list_header.match(s.text)
        if not m or _ABSENT.search(s.text[: m.end()]) or not s.text[m.end() :].strip():
            return False
        self.list_role = None
        self._list_items(s.start + m.end(), s.text[m.end() :])
        return True

    def _label(self, s: Sentence, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]) -> None:
        """A transcript label, "Name, Title: ..." or "Name: ...", gives Name the floor for a turn."""
        if _BULLET.match(s.text):
            return
        if not resolved or resolved[0][0].tok_start != 0:
            self._role_label(s)
            return
        m0, ent0 = resolved[0]
        if m0.kind != "person" or m0.tok_start != 0:
            return
        after = m0.tok_end
        while after < len(toks) and toks[after].text == ",":
            after += 1
        if after >= len(toks) or toks[after].text != ":":
            return
        if ent0 is None and len(m0.name.split()) < 2:
            return
        if _section_label(s.text[: toks[after].start - s.start]):
            return  # "PUBLIC COMMENT:", "COMMISSIONER REPORTS:"
        ent = ent0 or self.register(m0)
        self.speak(ent.id)
        self.turn_owner = ent.id

    def _role_label(self, s: Sentence) -> None:
        """ "THE CHAIR: Good morning." "The PRESIDENT (spoke in French): ...": a turn by title."""
        m = _ROLE_LABEL.match(s.text)
        if not m or m.group("t").split()[-1].lower() not in P.TITLE_HEADS or _section_label(m.group("t")):
            return
        rest = s.text[m.end() :].strip()
        if not rest or (_is_name_line(rest) and len(rest.split()) <= 5):
            return  # "Secretary: Jane Doe" names an officer
        title = m.group("t")
        ent = self.by_title(title)
        if ent is None:
            ent = self.reg.add(title, "person", title, s.start, anonymous=True)
        self.speak(ent.id)
        self.turn_owner = ent.id

    def _list_items(self, offset: int, rest: str) -> None:
        """Attendees in "A, B (for C), D and E" or one bullet item."""
        blanked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), rest)
        pos = 0
        last: Entity | None = None
        carry = self.list_role  # "Councilmembers A, B and C": each a Councilmember
        dash_titled = False  # the last item gave its title after a dash
        for part in re.split(r"[;,]|\s+and\s+", blanked):
            start = blanked.find(part, pos)
            pos = start + len(part)
            # the part as written, with its parentheses: "Mrs Jane Pellow (Clerk)"
            original = rest[start : start + len(part)]
            if not part.strip(" .:-*") or len(part.strip()) > 80:
                continue
            if last is not None and dash_titled and re.fullmatch(r"\s*[A-Z][\w&'-]*\s*", part):
                # "Dr. Mercy Phiri - Deputy Governor, Economics": the title goes on after the comma
                last.role = f"{last.role}, {part.strip()}" if last.role else part.strip()
                continue
            dash_titled = False
            if last is not None and _is_title_phrase(part):
                # "Prof. Chanda Lungu, External Member": the title of the name before it;
                # "Dr. T. K. Mwansa, Governor (Chairperson)": and the presider
                title = original.strip()
                mark = re.search(r"\s*\(([^()]*)\)$", title)
                if mark and _CHAIR_MARK.match(mark.group(1).strip()):
                    self.att.presider = last.id
                    title = title[: mark.start()].strip()
                if last.role is None:
                    last.role = title
                continue
            words = part.split()
            plural = next((w for w in words if w.lower() in P.PLURAL_TITLE_HEADS and w[:1].isupper()), None)
            if plural is not None:
                carry = P.PLURAL_TITLE_HEADS[plural.lower()]
            elif words and _title_word(words[0].lower()):
                carry = None
            ent = self._name_at(offset + start, original, default_role=carry)
            if ent is not None:
                self.mark_present(ent.id)
                last = ent
                dash_titled = _DASH_TITLE.search(original) is not None

    def _name_at(self, offset: int, snippet: str, default_role: str | None = None) -> Entity | None:
        """The person named at the start of ``snippet`` (a list item, a chair line), with
        the title before the name, after a comma or a dash, or in parentheses. A
        "(Chair)" makes them the presider; "(JT)", their initials, is another name."""
        column = _COLUMN_GAP.search(snippet.strip())
        if column and not re.search(r"[,(]", snippet[: column.start()]):
            # a table row, "Dr Sarah Hughes      Medical Director": the name, then the title
            lead = len(snippet) - len(snippet.lstrip())
            title = snippet.strip()[column.end() :].strip()
            ent = self._name_at(offset, snippet[: lead + column.start()], default_role)
            if ent is not None and title:
                mark = re.match(r"(.*?)\s*\(([^()]*)\)$", title)
                if _CHAIR_MARK.match(title) or (mark and _CHAIR_MARK.match(mark.group(2).strip())):
                    self.att.presider = ent.id
                if ent.role is None:
                    ent.role = title
            return ent
        toks = tokenize(snippet, offset)
        j = skip_honorifics(toks, 0)
        t0 = j
        while j < len(toks) and toks[j].text[:1].isupper() and _title_word(toks[j].low):
            j += 1
        if j > t0 and j + 1 < len(toks) and toks[j].low in ("of", "for"):
            # "Director of Education Paul Okafor": the portfolio belongs to the title
            q = _portfolio_end([t.text for t in toks], j + 1)
            if q > j + 1 and name_run(toks, q) > q:
                j = q
        t1 = j  # the title ends before an honorific: "Deputy Governor Dr. Grace Mushi"
        if j > t0:
            j = skip_honorifics(toks, j)  # (not again after one: "H.E. Sri Handayani Putri")
        e = name_run(toks, j)
        if e <= j:
            return None
        k = e
        while k < len(toks) and toks[k].text[:1].isupper() and _title_word(toks[k].low):
            k += 1
        if k > e and name_run(toks, k) > k:
            # "Township Attorney Grace Lee": a capitalised word of the title before its head
            j, e = k, name_run(toks, k)
            t1 = j
        name = name_text(toks, j, e)
        role = (
            self.text[toks[t0].start : toks[t1 - 1].end]
            if t1 > t0 and toks[t1 - 1].low not in P.HONORIFICS
            else None
        )
        if role is not None and toks[t1 - 1].low in P.PLURAL_TITLE_HEADS:
            role = role[: len(role) - len(toks[t1 - 1].text)] + P.PLURAL_TITLE_HEADS[toks[t1 - 1].low]
        chair = False
        alias = None
        if e < len(toks) and toks[e].text == "(":
            close = next((k for k in range(e, len(toks)) if toks[k].text == ")"), -1)
            if close > e + 1:
                inner = self.text[toks[e + 1].start : toks[close - 1].end]
                if _CHAIR_MARK.match(inner) or _CHAIR_MARK.match(inner.rsplit(",", 1)[-1].strip()):
                    chair = True  # "(Chair)", "(Vice-Chancellor, Chair)"
                    role = role or inner
                elif inner.isupper() and inner.isalpha() and inner[0] == name[0] and len(inner) <= 4:
                    alias = inner  # "Mrs J. Thornton (JT)"
                elif role is None and not inner.lower().startswith("for ") and "officio" not in inner.lower():
                    role = inner
        elif (
            role is not None
            and e + 1 < len(toks)
            and toks[e].text in ("-", "\u2013", "\u2014")
            and _CHAIR_MARK.match(self.text[toks[e + 1].start : toks[-1].end].strip(" ."))
        ):
            chair = True  # "Governor Emmanuel Mwakalinga - Chairperson": titled, and the chair
        elif role is None and e + 1 < len(toks) and toks[e].text in (",", "-", "\u2013", "\u2014"):
            # "Dr. T. K. Mwansa, Governor (Chairperson)", "Mrs. Adwoa B. Asante - Chief Executive Officer"
            role = self.text[toks[e + 1].start : toks[-1].end].strip(" .") or None
            if role is not None:
                mark = re.search(r"\s*\(([^()]*)\)\s*$", role)
                if mark and _CHAIR_MARK.match(mark.group(1).strip()):
                    chair = True
                    role = role[: mark.start()].strip() or None
        in_chair = role is not None and re.search(r",?\s*in the chair\b", role, re.IGNORECASE)
        if in_chair and role is not None:
            chair = True
            role = (role[: in_chair.start()] + role[in_chair.end() :]).strip(" ,") or None
        ent = self.reg.add(
            name, "person", role or default_role, offset, self.prefer(), gender=honorific_gender(toks, 0, j)
        )
        self.att.named.append((toks[0].start, toks[e - 1].end, ent.id))
        if alias:
            self.reg.alias(ent, alias)
        if chair:
            self.att.presider = ent.id
        return ent

    # -- verbs --------------------------------------------------------------------
    def _subjects(
        self,
        s: Sentence,
        rel: int,
        toks: list[Token],
        resolved: list[tuple[Mention, Entity | None]],
        *,
        create: bool = True,
        speech: bool = False,
    ) -> list[int]:
        """Entity ids (or MEETING) of the subject that ends right before ``rel``."""
        c = _cues()
        window = max(0, rel - 160)  # bounded: a subject sits close to its verb
        g = c.gap.search(s.text, window, rel)  # (as in s.text[:rel], without copying it)
        end = g.start() if g else rel
        head = s.text[:end]
        if not head.strip():
            return []
        # a second predicate has the subject of the first: "The Governor opened the meeting
        # and said", "Committee Chair X (Paraguay) opened the meeting, noting that ..."
        breaks: re.Pattern[str] | None = None
        if re.search(r"\b(?:and|but)\s*$", head):
            if self.sentence_subject:
                return list(self.sentence_subject)
            breaks = _CLAUSE_BREAK
        elif s.text[:rel].rstrip().endswith(",") and _PARTICIPLE.match(s.text, rel):
            breaks = _PARTICIPLE_BREAK
        if breaks is not None:
            first = _first_predicate(toks, s.start + rel)
            if first is not None and not breaks.search(self.text, first, s.start + rel):
                got = self._subjects(s, first - s.start, toks, resolved, create=False, speech=speech)
                if got:
                    return got
        rel_who = re.search(r",\s*who\s*$", head)
        antecedent = rel_who is not None
        if rel_who:
            end = rel_who.start()
            head = head[:end]
            abs_end = s.start + end
        abs_end = s.start + end
        ini = _INITIALS_SUBJECT.fullmatch(head)
        if ini:
            # "2.2 MP observed": initials of someone named in full before ("Dr. Mercy Phiri")
            by_ini = self.reg.by_initials([ini.group(1)])
            if by_ini is not None:
                return [by_ini.id]
        lone: Mention | None = None  # an unknown one-word name right before the verb
        governed = False  # the name before the verb is the object of a preposition
        # a mention ending there (with its apposition)
        for idx in range(len(resolved) - 1, -1, -1):
            m, ent = resolved[idx]
            m_end = _mention_end(m, toks)
            if (
                m_end > abs_end
                or _after_house_number(m, toks)
                or _in_parentheses_after_name(m, idx, resolved, self.text)
            ):
                continue
            tail = self.text[m_end:abs_end]
            if tail.strip(" ,") and not _ADDRESS.match(tail) and not _AFTER_NAME.match(tail):
                break
            if m.kind == "person" and ent is None and m.how == "bare" and len(m.name.split()) < 2:
                lone = m
                break
            if not antecedent and re.search(
                r"\b(?:of|from|under|for|to|(?<!together )with|by|in|at)\s+(?:the\s+)?$",
                self.text[s.start : toks[m.tok_start].start],
            ):
                # "the spirit of X said" is no subject, but "the representative of the
                # United Kingdom outlined" is one: a title alone (below)
                governed = True
                break
            if m.kind == "organization" and _is_body(m.name):
                return [MEETING]
            if ent is None and not create:
                return []
            out = [self._entity_for(m, ent, create).id]
            # co-subjects joined by "and", "together with", commas
            k = idx
            joined = False
            while k > 0:
                between = self.text[
                    _mention_end(resolved[k - 1][0], toks) : toks[resolved[k][0].tok_start].start
                ]
                # "X and Indonesian Ambassador Y": a capitalised word before a title, not part of it
                words = between.strip(" ,").split()
                while len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in P.TITLE_PREFIX_STOP:
                    words.pop()
                link = " ".join(words).lower()
                if link in ("and", "together with", "as well as", "&"):
                    joined = True
                elif not (link == "" and "," in between and joined):
                    break
                pm, pent = resolved[k - 1]
                if pm.kind != m.kind:
                    break
                out.insert(0, self._entity_for(pm, pent, create).id)
                k -= 1
            return out
        # a pronoun
        lw = re.search(r"(\w+)\s*$", head)
        if lw and not governed:
            w = lw.group(1)
            if w.lower() in P.PERSON_PRONOUNS:
                cands: list[int] = []
                if self.prev_opened_by is not None and self.turn_owner is None:
                    cands.append(self.prev_opened_by)
                if self.cur >= 0 and self.reg.entities[self.cur].kind == "person":
                    cands.append(self.cur)
                elif self.last_person is not None:
                    cands.append(self.last_person)
                if not cands:
                    return []
                # "Ms. Moore said ... Mr. Hill reported ... She listed ...": she is Ms. Moore
                told = P.PRONOUN_GENDER.get(w.lower())
                fits = [e for e in cands if self.reg.entities[e].gender in (None, told)]
                if not fits and told is not None:
                    fits = [
                        e
                        for e in reversed(self.att.speakers)
                        if e >= 0 and self.reg.entities[e].gender == told
                    ][:1]
                return [(fits or cands)[0]]
            if w.lower() in P.FIRST_PERSON:
                return [self.cur] if self.cur != NOBODY else []
        # a title alone: "the Vice Mayor", "The Provost", "the Director of Finance"
        tr = c.title_ref.search(head.rstrip())
        app = None if tr else _TRAILING_APPOSITION.search(head)
        if app and _is_title_phrase(app.group(1)):
            # "The representative of the United Kingdom, Council President for October, spoke"
            tr = c.title_ref.search(head[: app.start()].rstrip())
        pos = None if tr else _POSSESSIVE_DELEGATE.search(head.rstrip())
        if pos:
            # "Egypt's delegate said": the representative of that country, known or new
            country, noun = pos.group("c"), pos.group("n")
            ent = None
            for title in (
                f"{w} of {art}{country}"
                for w in ("representative", "delegate", noun.lower())
                for art in ("", "the ")
            ):
                ent = ent or self.reg.by_title(title)
            if ent is None:
                if not create:
                    return []
                written = pos.group(0).strip()
                ent = self.reg.add(written, "person", written, s.start, anonymous=True)
            return [ent.id]
        if tr and tr.group(1).split()[-1].lower() not in P.BODY_NOUNS:
            title = tr.group(1)
            words = title.split()
            while words and words[0].lower() in P.TITLE_PREFIX_STOP:
                words = words[1:]
            title = " ".join(words)
            ent = self.by_title(title)
            if ent is None and title:
                if not create:
                    return []
                ent = self.reg.add(title, "person", title, s.start, anonymous=True)  # as written
            if ent is not None:
                self.att.named.append((s.start + tr.start(1), s.start + tr.end(1), ent.id))
            return [ent.id] if ent is not None else []
        if governed:
            return []
        # the meeting as a body
        if c.body_subject.search(head.rstrip()):
            return [MEETING]
        if lone is not None:
            # "Sudaryono said": a one-word name, only as the subject of a speech verb
            if lone.name.lower() in P.BODY_NOUNS:
                return [MEETING]
            if create and speech and not _sentence_initial(lone, s):
                return [self.register(lone).id]
            return []
        # an organisation or bare name right before the verb
        bt = [t for t in toks if t.end <= abs_end]
        if bt:
            k = len(bt) - 1
            while k >= 0 and (bt[k].text[:1].isupper() or bt[k].low in ("of", "and", "the", "for")):
                k -= 1
            k += 1
            while k < len(bt) and bt[k].low in ("of", "and", "the", "for"):
                k += 1
            if k < len(bt):
                oe = org_end(bt, k)
                if oe == len(bt):
                    name = " ".join(t.text for t in bt[k:oe])
                    if _is_body(name):
                        return [MEETING]
                    return [self.reg.add(name, "organization", None, bt[k].start).id] if create else []
                if k == len(bt) - 1:
                    # "IOM says": the acronym of an organisation named before
                    known = self.reg.lookup_tokens([bt[k].text])
                    if known is not None and known.kind == "organization":
                        return [known.id]
                e = name_run(bt, k)
                if e == len(bt) and e > k + 1:
                    name = name_text(bt, k, e)
                    ent = self.reg.lookup_tokens(name.split(), self.prefer())
                    if ent is None and create:
                        ent = self.reg.add(name, "person", None, bt[k].start, self.prefer())
                    return [ent.id] if ent is not None else []
        return []

    def _orgless(self, m: Mention) -> bool:
        return True

    def _entity_for(self, m: Mention, ent: Entity | None, create: bool) -> Entity:
        if ent is not None:
            return ent
        return self.register(m)

    def _presiding(
        self, s: Sentence, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]
    ) -> None:
        c = _cues()
        for m in c.presided_by.finditer(s.text):
            if _OTHER_BODY.search(s.text, _tail_start(s.text, 0, m.start(), OTHER_BODY_RUNS), m.start()):
                continue  # "formed a committee headed by X": X heads another body
            after = s.start + m.end()
            lead_start = _skip(self.text, after, " ,")
            for mm, ent in resolved:
                if mm.start < after:
                    continue
                # what stands between the cue and the name: nothing, "the" or a title and a
                # comma ("the Governor, "); read in place (a long sentence has many names)
                at = toks[mm.tok_start].start
                a = min(lead_start, at)
                b = _skip_back(self.text, a, at, " ,")
                lead = _LEAD_HONORIFIC.sub("", self.text[a:b])  # "by His Excellency the President X"
                if lead.lower() in ("", "the") or _TITLE_LEAD.fullmatch(self.text, after, at):
                    # "chaired by X", "chaired by the Governor, Dr. X"
                    e2 = self._entity_for(mm, ent, True)
                    if not e2.anonymous:
                        self.att.presider = e2.id
                    return
            ent2 = self._name_at(after, s.text[m.end() :].lstrip())
            if ent2 is not None:
                self.att.presider = ent2.id
            return
        for m in _IN_THE_CHAIR.finditer(s.text):
            # "... held on Wednesday with Prime Minister X in the chair"
            at = s.start + m.start()
            for mm, ent in reversed(resolved):
                # "with Prime Minister X in the chair", "with the Adviser, Mr. X, in the chair"
                if _mention_end(mm, toks) <= at and not self.text[_mention_end(mm, toks) : at].strip(" ,"):
                    if mm.kind == "person":
                        e2 = self._entity_for(mm, ent, True)
                        if not e2.anonymous:
                            self.att.presider = e2.id
                            return
                    break
        for m in c.presides.finditer(s.text):
            if _passive_before(s.text, m.start()):
                continue
            subj = self._subjects(s, m.start(), toks, resolved)
            if len(subj) > 1 and all(eid >= 0 for eid in subj):
                # "X and Y co-chaired the meeting": co-chairs, no single presider
                for eid in subj:
                    if not self.reg.entities[eid].anonymous:
                        self.mark_present(eid)
                self.sentence_subject = subj
                return
            if (
                subj
                and subj[-1] >= 0
                and not self.reg.entities[subj[-1]].anonymous
                and not _names_body(self.reg.entities[subj[-1]])  # "The Security Council convened"
            ):
                self.att.presider = subj[-1]
                self.sentence_subject = subj[-1:]
                return

    def _presence(
        self, s: Sentence, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]
    ) -> None:
        c = _cues()
        for m in c.presence.finditer(s.text):
            subj = self._subjects(s, m.start(), toks, resolved)
            if subj:
                self.sentence_subject = subj
                if self.opened_by in subj:
                    self.opened_by = None  # "X attended. He added ...": he is still the speaker
            for eid in subj:
                ent = self.reg.entities[eid] if eid >= 0 else None
                if ent is not None and not ent.anonymous and not _names_body(ent):
                    self.mark_present(eid)
        for m in c.presence_after.finditer(s.text):
            after = s.start + m.end()
            affiliation: Mention | None = None  # "Bank of Korea" before "Senior Deputy Governor X"
            accepted_end: int | None = None  # where the last attendee taken here ends
            for k, (mm, ent) in enumerate(resolved):
                if mm.start < after:
                    continue
                nxt = resolved[k + 1][0] if k + 1 < len(resolved) else None
                if (
                    mm.kind == "organization"
                    and nxt is not None
                    and nxt.how == "title"
                    and not self.text[_mention_end(mm, toks) : toks[nxt.tok_start].start].strip()
                ):
                    affiliation = mm
                    continue
                lead_end = toks[mm.tok_start].start
                if affiliation is not None and affiliation.tok_end == mm.tok_start:
                    lead_end = toks[affiliation.tok_start].start
                lead = self.text[after:lead_end]
                clause = lead.split(";")[-1].lower()
                if accepted_end is not None and accepted_end <= lead_end:
                    # only what follows the last attendee taken: "the Chief of Army Staff General
                    # X and the Inspector-General, Dr. Y" ("staff" is X's title, not a collective)
                    clause = self.text[accepted_end:lead_end].split(";")[-1].lower()
                if any(
                    w in P.COLLECTIVE_NOUNS and w not in P.PLURAL_TITLE_HEADS
                    for w in re.findall(r"[a-z-]+", clause)
                ):
                    continue  # "attended by comrades from X, Y": not names ("Vice Mayors A and B" are)
                if mm.how == "bare" and _modifies_next(mm, toks):
                    continue  # "the Akorda press service": a name used as a modifier
                item = re.split(r"[;,]|\band\b", lead)[-1].lower().split()
                if any(
                    w not in _LIST_GLUE and w not in P.TITLE_PREFIX_STOP and not _title_word(w) for w in item
                ):
                    continue  # "... and the external members Prof. X": title words may stand there
                e2 = self._entity_for(mm, ent, True)
                self.mark_present(e2.id)
                accepted_end = _mention_end(mm, toks)

    def _vocative(
        self, s: Sentence, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]
    ) -> None:
        if not resolved:
            return
        m, ent = resolved[0]
        if m.how == "honorific" and m.tok_start == 0 and _VOCATIVE_NEXT.match(self.text[m.end : s.end]):
            self.mark_present(self._entity_for(m, ent, True).id)

    def _speech(self, s: Sentence, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]) -> None:
        c = _cues()
        ob = _ON_BEHALF.match(s.text)
        first_speech = c.speech.search(s.text)
        for bm in c.body_only.finditer(s.text):
            if first_speech is not None and first_speech.start() < bm.start():
                break  # "X said the government had agreed ...": reported, X speaks
            if _passive_before(s.text, bm.start()) and not _IT_PASSIVE_BEFORE.search(
                s.text, _tail_start(s.text, 0, bm.start(), 4), bm.start()
            ):
                continue  # "the agenda was adopted": the thing decided, not who decided
            subj = self._subjects(s, bm.start(), toks, resolved, create=False)
            if subj == [MEETING]:
                if self.turn_owner is None:
                    self.speak(MEETING)
                return
        for m in c.speech.finditer(s.text):
            if _passive_before(s.text, m.start()):
                continue
            subj = self._subjects(s, m.start(), toks, resolved, speech=True)
            if not subj:
                subj = self._postposed(s, m.end(), toks, resolved)
            if not subj:
                continue
            if self.turn_owner is not None and subj[0] not in (self.turn_owner, MEETING):
                continue
            if self.turn_owner is not None and subj[0] == MEETING:
                continue
            for eid in subj:
                if eid >= 0:
                    self.mark_speaker_present(eid, m.group(0))
                    if ob:
                        self.att.on_behalf_of.setdefault(eid, ob.group(1).strip())
            self.sentence_subject = subj
            if subj[0] >= 0 and any(ent is not None and ent.id == subj[0] for _, ent in resolved):
                self.att.narrated.add(self.i)
            self.speak(subj[0]) if len(subj) == 1 else self._speak_many(subj)
            self._answering(s, m.end(), toks, resolved)
            self._quoted_paragraph(s, m.start())
            self._relayed_series(s, m.end(), toks, resolved)
            return
        if self.turn_owner is None and self._according_to(s, toks, resolved):
            return
        if self.turn_owner is None:
            # "received a report from X": X spoke
            for bm in c.speech_by.finditer(s.text):
                after = s.start + bm.end()
                lead_start = _skip(self.text, after, " ,")
                lead_start = _after_title_apposition(self.text, lead_start)
                for mm, ent in resolved:
                    if mm.start >= after and toks[mm.tok_start].start <= lead_start:
                        e2 = self._entity_for(mm, ent, True)
                        if mm.kind == "person":
                            self.mark_present(e2.id)
                            self.speak(e2.id)
                            return

    def _according_to(
        self, s: Sentence, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]
    ) -> bool:
        """ "According to Vice Minister Chen, two issues remain: ...": Chen speaks."""
        m = _ACCORDING_TO.match(s.text)
        if not m:
            return False
        at = s.start + m.end()
        for mm, ent in resolved:
            if mm.kind == "person" and toks[mm.tok_start].start == at:
                if self.text[_mention_end(mm, toks) : _mention_end(mm, toks) + 1] != ",":
                    return False
                self.speak(self._entity_for(mm, ent, True).id)
                return True
        return False

    def _answering(
        self, s: Sentence, after: int, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]
    ) -> None:
        """ "The Chairman informed the meeting ..., to which the Executive Director, Mr. Lim,
        responded as follows:": a later speech verb that introduces what follows."""
        for m in _cues().speech.finditer(s.text, after):
            if not _INTRODUCES.match(s.text, m.end()):
                continue
            subj = self._subjects(s, m.start(), toks, resolved, speech=True)
            if subj and subj[0] >= 0 and subj[0] != self.cur:
                self.speak(subj[0])
            return

    def _quoted_paragraph(self, s: Sentence, verb_at: int) -> None:
        """'"First, ... Second, ...," Li said.' ends a quoted paragraph: Li spoke all of it."""
        i = self.i
        if i + 1 < len(self.sentences) and self.sentences[i + 1].paragraph == s.paragraph:
            return  # not the paragraph's last sentence
        if not _QUOTE_CLOSE_BEFORE.search(s.text[:verb_at]):
            return
        first = i
        while first > 0 and self.sentences[first - 1].paragraph == s.paragraph:
            first -= 1
        if first == i or not self.sentences[first].text.lstrip().startswith(('"', "\u201c")):
            return
        for j in range(first, i):
            self.att.floor[j] = self.cur
        if self.cur not in self.att.first_sentence or self.att.first_sentence[self.cur] > first:
            self.att.first_sentence[self.cur] = first

    def _relayed_series(
        self, s: Sentence, rel: int, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]
    ) -> None:
        """ "X said that the President had given three directives": the President takes the floor."""
        m = _RELAYED_SERIES.search(s.text, rel)
        if not m:
            return
        subj = self._subjects(s, m.start("verb"), toks, resolved, speech=True)
        if subj and subj[0] >= 0 and subj[0] != self.cur:
            self.speak(subj[0])

    def _speak_many(self, subj: list[int]) -> None:
        for eid in subj:
            if eid not in self.spoken:
                self.spoken.add(eid)
                self.att.speakers.append(eid)
                self.att.first_sentence[eid] = self.i
        self.cur = subj[-1]

    def mark_speaker_present(self, eid: int, verb: str) -> None:
        if verb.lower().startswith(("made a speech", "made speeches", "delivered a speech")):
            self.announced.add(eid)
        if self.reg.entities[eid].kind == "organization" and re.search(r"\bspeech(?:es)?\b", verb, re.I):
            # "Songjiang District Government made speeches", "... made exchange speeches": an
            # organisation present (one that only "said" something is not: see outline.py)
            self.mark_present(eid)

    def _postposed(
        self, s: Sentence, rel: int, toks: list[Token], resolved: list[tuple[Mention, Entity | None]]
    ) -> list[int]:
        """Subject after the verb: "..., said the President." or "..., said Xi."."""
        after = s.text[rel:]
        m = re.match(r"\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*[.,!]?\s*$", after)
        if not m:
            return []
        words = m.group(1)
        ent = self.reg.lookup_tokens(words.split(), self.prefer()) or self.by_title(words)
        return [ent.id] if ent is not None else []


_BODY_MODIFIERS = frozenset({"the", "this", "full", "standing", "executive", "whole", "entire"})
# Words naming whose body it is: "the Federal Cabinet", "the City Council", "the Union Cabinet".
_JURISDICTIONS = frozenset(
    {
        "federal",
        "national",
        "union",
        "state",
        "provincial",
        "municipal",
        "county",
        "city",
        "town",
        "village",
        "parish",
        "regional",
        "general",
        "governing",
        "special",
        "joint",
        "plenary",
    }
)
# Where a second clause starts: its verb has a subject of its own.
_PARTICIPLE = re.compile(r"[a-z]+ing\b")  # "..., noting that"
_PARTICIPLE_BREAK = re.compile(r"[;:\"\u201c]|\b(?:where|which|who|that|while|when|whose)\b")
_CLAUSE_BREAK = re.compile(r"[,;:()\"\u201c]|\b(?:where|which|who|that|while|when|as|after|before)\b")
# (from the start of a run of blanks only: tried inside a long run, "\s+" ran to its end
# from every place in it)
_IN_THE_CHAIR = re.compile(r"(?<!\s)\s++in\s+the\s+chair\b", re.IGNORECASE)


def _names_body(ent: Entity) -> bool:
    """An organisation named after a meeting body ("Security Council"): it meets, it does not attend."""
    return ent.kind == "organization" and ent.name.lower().split()[-1] in P.STRONG_BODY_NOUNS


def _in_parentheses_after_name(
    m: Mention, idx: int, resolved: Sequence[tuple[Mention, Entity | None]], text: str
) -> bool:
    """ "ZHANG HAOYU (China) said": the country in parentheses only qualifies the name."""
    if idx == 0 or text[max(0, m.start - 2) : m.start].strip() != "(" or text[m.end : m.end + 1] != ")":
        return False
    prev = resolved[idx - 1][0]
    return prev.kind == "person" and not text[prev.end : m.start].strip(" (")


def _after_house_number(m: Mention, toks: Sequence[Token]) -> bool:
    """ "14 Elm Street": a place after a house number, not a person or organisation."""
    if m.how not in ("bare", "org"):
        return False
    k = m.tok_start - 1
    while k >= 0 and k >= m.tok_start - 3 and toks[k].text[:1].isupper():
        k -= 1  # "412 Old Mill Rd.": "Old" is no name
    return k >= 0 and toks[k].text.isdigit()


def _first_predicate(toks: Sequence[Token], before: int) -> int | None:
    """Where the first lowercase word of a sentence stands, if it comes before ``before``
    after a capitalised subject: "The Governor | opened the meeting and said"."""
    for k, t in enumerate(toks):
        if t.start >= before:
            return None
        if (
            t.text.isalpha()
            and t.text.islower()
            and t.low not in ("the", "of", "and", "for", "from", "a", "an")
        ):
            if t.low in P.TITLE_HEADS or t.low in P.TITLE_MODIFIERS:
                continue  # "The expert from Portugal, Mr X, supported ..."
            prev = toks[k - 1] if k > 0 else None
            if prev is not None and prev.text == "," and k > 1:
                prev = toks[k - 2]  # after an apposition: "..., Mr João Ferreira, supported"
            if prev is not None and prev.text == ")":
                # after a parenthesis: "Sofía Aranda (Paraguay) opened"
                opened = next((q for q in range(k - 2, -1, -1) if toks[q].text == "("), 0)
                prev = toks[opened - 1] if opened > 0 else None
            if prev is None or not prev.text[:1].isupper():
                return None
            return t.start
    return None


_NOT_NOUNS = frozenset({"and", "or", "who", "was", "were", "is", "are", "has", "have", "had", "also", "as"})


def _modifies_next(m: Mention, toks: Sequence[Token]) -> bool:
    """Whether a bare name is followed by a lower-case noun it modifies ("Akorda press service")."""
    k = m.tok_end
    return (
        k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in _NOT_NOUNS
    )


def _sentence_initial(m: Mention, s: Sentence) -> bool:
    return not s.text[: m.start - s.start].strip(" \"'\u201c\u2018(-*")


def _is_body(name: str) -> bool:
    """ "Cabinet", "the Standing Committee": the meeting itself, not a named organisation.

    A run-in heading before the body noun ("(3) Invasion of Private Farms Cabinet directed")
    still leaves the body noun as the subject: a plural noun cannot modify it.
    """
    words = name.lower().split()
    if not words or words[-1] not in P.STRONG_BODY_NOUNS:
        return all(w in P.BODY_NOUNS or w in _BODY_MODIFIERS for w in words) and bool(words)
    if all(w in P.BODY_NOUNS or w in _BODY_MODIFIERS or w in _JURISDICTIONS for w in words):
        return True
    before = words[-2]
    return before.endswith("s") and before not in ("affairs", "nations", "forces", "states", "works")


def _title_case(t: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", t) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _is_heading(sentences: Sequence[Sentence], i: int) -> bool:
    """A one-sentence paragraph without final punctuation, most of its words capitalised."""
    s = sentences[i]
    if i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph:
        return False
    t = s.text.strip()
    if len(t) > 200 or t.endswith((".", "!", "?", ":", '"', "\u201d", ",")):
        return False
    return _title_case(t)


def _opening_person(
    s: Sentence, toks: Sequence[Token], resolved: list[tuple[Mention, Entity | None]]
) -> int | None:
    """The known person whose mention opens the sentence (its subject, as a rule)."""
    if not resolved or not toks:
        return None
    m, ent = resolved[0]
    if m.kind != "person" or ent is None or m.tok_start != 0 or ent.kind != "person":
        return None
    return ent.id


def _mention_end(m: Mention, toks: Sequence[Token]) -> int:
    k = min(m.tok_end, len(toks)) - 1
    while k > m.tok_start and toks[k].text in (",", ";"):
        k -= 1
    return toks[k].end


def _tail_start(text: str, start: int, end: int, runs: int) -> int:
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


def _passive_before(text: str, k: int) -> bool:
    """Whether a passive auxiliary ends ``text[:k]``: "was", "were being", "is formally".

    (_PASSIVE_BEFORE spans at most two runs of whitespace: it is searched in the last
    words only, not in all of a long sentence before each verb.)
    """
    return _PASSIVE_BEFORE.search(text, _tail_start(text, 0, k, 2), k) is not None


_IT_PASSIVE_BEFORE = re.compile(r"\b[Ii]t\s+(?:was|is|has been)\s+(?:\w+ly\s+)?$")  # (four runs)


# "a briefing from the Cabinet Secretary for Agriculture, Hon. Mary Otieno, on ...": the
# title in front of the name, up to its comma
_TITLE_APPOSITION = re.compile(r"(?:the\s+)?(?P<title>[A-Z][\w'-]*(?:\s+[\w'&-]+){0,9}?),\s+")


def _after_title_apposition(text: str, k: int) -> int:
    """Where the name starts after a title in apposition at ``k`` (else ``k``)."""
    m = _TITLE_APPOSITION.match(text, k)
    if m is None or not any(w.lower() in P.TITLE_HEADS for w in m.group("title").split()):
        return k
    return m.end()


def _skip(text: str, k: int, chars: str) -> int:
    """``k`` moved forward over ``chars``."""
    while k < len(text) and text[k] in chars:
        k += 1
    return k


def _skip_back(text: str, start: int, k: int, chars: str) -> int:
    """``k`` moved back over ``chars``, not before ``start``."""
    while k > start and text[k - 1] in chars:
        k -= 1
    return k


# The most runs of whitespace a match of _OTHER_BODY spans: "working group of the".
OTHER_BODY_RUNS = 4
# The most runs of whitespace a match of _Cues.relayed spans: "speech delivered by
# the important" has five (three words of a cue, "the", "important", the space after).
RELAYED_RUNS = 5


def _is_headline(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    s = sentences[i]
    if s.paragraph != 0 or len(sentences) < 2:
        return False
    if i + 1 < len(sentences) and sentences[i + 1].paragraph == 0:
        return False
    return len(s.text) < 200 and not s.text.rstrip().endswith((".", "!", "?", ":", '"', "\u201d"))


def attribute(text: str, sentences: Sequence[Sentence]) -> Attribution:
    w = _Walker(text, sentences)
    for i, s in enumerate(sentences):
        w.sentence(i, s, headline=_is_headline(text, sentences, i))
    return w.att

"""Who holds a title: the registry's index of roles (:class:`TitleIndex`).

:meth:`TitleIndex.by_title` finds the person whose title fits "the Vice Mayor", "the
mayor", "The CEO"; :meth:`TitleIndex.holder_of` the one whose role a text is, as written
("Harbour Master"). The role comparisons (``_role_fit``, ``_qualified``, ``_governed``,
``_has_portfolio``, ...) are small named functions on lower-cased roles. The
:class:`~minutes.people.registry.Registry` owns one index and delegates to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from minutes.people.entity import Entity, Prefer
from minutes.people.names import _norm
from minutes.rules import people as P

# What may follow a role as written: an affiliation after a comma (lower-cased text).
_AFFILIATION_TAIL = re.compile(r"(?:,(?:\s+[a-z][\w&'-]*)+)?")


def title_aliases(title: str) -> tuple[str, ...]:
    """The titles a lower-cased ``title`` also stands for: "chair" for "chairman", "foreign
    minister" for "head of the romanian diplomacy" (rules.people's aliases and patterns)."""
    got = P.TITLE_ALIASES.get(title)
    if got is not None:
        return got
    for rx, heads in _alias_patterns():
        if rx.fullmatch(title):
            return heads
    return ()


@lru_cache(maxsize=1)
def _alias_patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple((re.compile(p), heads) for p, heads in P.TITLE_ALIAS_PATTERNS)


def _one_word_more(role: str, head: str) -> bool:
    """Whether ``role`` is ``head`` with one more word inside it, not before it: a qualifier
    of its organisation ("president of the ecoscs commission" for "president of the
    commission"; not "vice president of the commission")."""
    r, h = role.split(), head.split()
    if len(r) != len(h) + 1 or len(h) < 3 or r[0] != h[0]:
        return False
    return any(r[:k] + r[k + 1 :] == h for k in range(1, len(r)))


class TitleIndex:
    """The roles of a registry's entities, indexed for :meth:`by_title` and :meth:`holder_of`.

    Each entity's role as indexed, and the entities under each word of it ("vice mayor"
    -> "vice", "mayor") and under its acronym ("chief executive officer" -> "ceo").
    Entities whose role changed since are in ``_retitled`` (Entity.__setattr__ adds
    them) and are indexed again on lookup.
    """

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities  # the registry's own list, shared
        self._titled: dict[int, str] = {}
        self._by_role_word: dict[str, set[int]] = {}
        self._by_role_initials: dict[str, set[int]] = {}
        self._retitled: list[int] = []

    def track(self, ent: Entity) -> None:
        """Index the role of ``ent`` (just added) on the next lookup, and again whenever it changes."""
        ent.retitled = self._retitled
        self._retitled.append(ent.id)

    def by_title(self, title: str, prefer: Prefer) -> Entity | None:
        """The person whose title fits ``title`` ("the Vice Mayor", "the mayor").

        An exact title beats a longer one that contains it: "the mayor" is the Mayor,
        not the Vice Mayor, unless no one else has "mayor" in their title.
        """
        t = _norm(" ".join(title.split()))
        heads = (t, *title_aliases(t))
        # an acronym ("The CEO") fits the title it abbreviates ("Chief Executive Officer")
        acronym = title.isalpha() and title.isupper() and 2 <= len(title) <= 5
        scored: list[tuple[int, Entity]] = []
        for eid in self._titled_candidates(heads, t if acronym else None):
            e = self.entities[eid]
            role = self._titled[eid]
            if role in heads or (acronym and _initials(role) == t) or _state_named(role) in heads:
                scored.append((0, e))  # (and "... of Sarova" for "... of the Republic of Sarova")
            elif any(_one_word_more(role, h) for h in heads):
                scored.append((4, e))  # "the President of the Commission": "... of the ECOSCS Commission"
            elif all(_governed(role, h) for h in heads if _contains_words(role, h)):
                continue  # "Spokesperson for the Secretary-General" is not the Secretary-General
            elif any(_contains_words(role, h) and not _qualified(role, h) for h in heads):
                # "Chairperson of the Nomination Committee" is a chair, not "the Chairman"
                # when someone is "Chairman & Managing Director"
                scored.append((2 if " of " not in t and _has_portfolio(role, heads) else 1, e))
            elif any(_contains_words(role, h) for h in heads):
                scored.append((3, e))
        if not scored:
            return None
        best = min((se[0], prefer(se[1].id)) for se in scored)
        tied = [e for score, e in scored if (score, prefer(e.id)) == best]
        if len(tied) > 1:
            tied = self._unqualified(tied)
        return max(tied, key=lambda e: e.id)

    def _unqualified(self, tied: list[Entity]) -> list[Entity]:
        """Of holders tied for a title, not one whose role is another's with an "of ..."
        after it: "the Minister" is the host's Minister of Foreign Affairs, not the guest's
        "Minister of Foreign Affairs of the Republic of Sarova"."""
        roles = [self._titled[e.id] for e in tied]
        kept = [
            e for e, r in zip(tied, roles, strict=True) if not any(r.startswith(f"{o} of ") for o in roles)
        ]
        return kept or tied

    def holder_of(self, text: str) -> Entity | None:
        """The one person whose role of two words or more ``text`` is, as written, an
        affiliation after a comma allowed ("Chief Engineer/Roads, Works Department" for
        "Chief Engineer/Roads")."""
        self._index_titles()
        low = _norm(" ".join(text.split()))
        first = _ROLE_WORD.search(low)  # (a role that opens the text has its first word)
        cands = self._by_role_word.get(first.group(), set()) if first is not None else set()
        fits = [
            eid
            for eid in cands
            if " " in (role := self._titled[eid])
            and low.startswith(role)
            and _AFFILIATION_TAIL.fullmatch(low, len(role))
        ]
        return self.entities[fits[0]] if len(fits) == 1 else None

    def _titled_candidates(self, heads: Sequence[str], acronym: str | None) -> set[int]:
        """Entities whose role may fit one of ``heads``: a role that contains a head as
        whole words holds the head's first word as one of its words (words are runs of
        ``[\\w-]``, as in :func:`_contains_words`); a head that opens with another
        character is looked for in every role."""
        self._index_titles()
        ids: set[int] = set()
        for h in heads:
            first = _ROLE_WORD.match(h)
            if first is None:
                return set(self._titled)
            ids |= self._by_role_word.get(first.group(), set())
        if acronym is not None:
            ids |= self._by_role_initials.get(acronym, set())
        return ids

    def _index_titles(self) -> None:
        """Index the roles of the entities added or retitled since the last lookup."""
        for eid in dict.fromkeys(self._retitled):
            old = self._titled.pop(eid, None)
            if old is not None:
                for w in _ROLE_WORD.findall(old):
                    self._by_role_word[w].discard(eid)
                self._by_role_initials[_initials(old)].discard(eid)
            role = self.entities[eid].role
            if role:
                new = _norm(" ".join(role.split()))
                self._titled[eid] = new
                for w in _ROLE_WORD.findall(new):
                    self._by_role_word.setdefault(w, set()).add(eid)
                self._by_role_initials.setdefault(_initials(new), set()).add(eid)
        self._retitled.clear()


# A word of a role, as _contains_words sees words: "vice-chair" in "the vice-chair, ...".
_ROLE_WORD = re.compile(r"[\w-]+")
_ROLE_FILLER = frozenset({"of", "the", "and", "for", "&", ","})


def _role_words(role: str) -> set[str]:
    return {w for w in re.split(r"[\s,-]+", _norm(role)) if w and w not in _ROLE_FILLER}


def _role_fit(known: str | None, wanted: str | None) -> int:
    """0 if the titles are the same, 1 if they share a word, 2 if either is unknown or
    only one has a rank ("Deputy"), 3 if they differ: "Executive Director" is Lim Wei Han,
    not the Group Managing Director."""
    if not known or not wanted:
        return 2
    a, b = _role_words(known), _role_words(wanted)
    if a == b:
        return 0
    if not a & b:
        return 3
    # "Minister Hartanto" is the Minister of Trade before the Deputy Minister of Trade
    return 2 if (a ^ b) & P.TITLE_RANKS else 1


# "of the Republic of", "of the Kingdom of": a State's formal name inside a role
_STATE_FORM_OF = re.compile(r"\bof the (?:[\w'-]+ ){0,2}(?:" + "|".join(sorted(P.STATE_FORMS)) + r") of\b")


def _state_named(role: str) -> str:
    """``role`` with a State named plainly: "minister of foreign affairs of sarova" for
    "minister of foreign affairs of the republic of sarova" (the role itself otherwise)."""
    return _STATE_FORM_OF.sub("of", role) if " of the " in role else role


def _initials(role: str) -> str:
    return "".join(w[0] for w in re.findall(r"[a-z]+", role) if w not in _ROLE_FILLER)


_QUALIFIERS = (
    "vice",
    "deputy",
    "assistant",
    "associate",
    "acting",
    "executive",
    "under",
    "co",
    "prime",
    "majority",
    "minority",
)  # ("prime": "the Minister" is not the Prime Minister; "the Leader" is not the Majority Leader)


def _qualified(role: str, head: str) -> bool:
    """Whether ``head`` stands in ``role`` only with a qualifier: "vice mayor" for "mayor"."""
    m = _qualified_rx(head).search(role)
    return m is not None and m.group(1) in _QUALIFIERS


def _has_portfolio(role: str, heads: Sequence[str]) -> bool:
    """Whether each head ``role`` holds has a portfolio after it: "chairperson of the
    nomination and remuneration committee"."""
    found = [m for h in heads for m in _words_rx(h).finditer(role)]
    return bool(found) and all(role.startswith(" of ", m.end()) for m in found)


def _governed(role: str, head: str) -> bool:
    """Whether ``head`` stands in ``role`` only as the object of "for", "of" or "to":
    "spokesperson for the secretary-general", "special envoy of the president"."""
    m = _words_rx(head).search(role)
    return m is not None and _GOVERNED_BEFORE.search(role, 0, m.start()) is not None


_GOVERNED_BEFORE = re.compile(r"\b(?:for|of|to)\s+(?:the\s+)?$")


def _contains_words(hay: str, needle: str) -> bool:
    return _words_rx(needle).search(hay) is not None


@lru_cache(maxsize=4096)
def _qualified_rx(head: str) -> re.Pattern[str]:
    # (roles are short: "\S+" and "[\s-]+" overlap on "-" but cannot run away)
    return re.compile(rf"(?:^|[\s,])(\S+)[\s-]+{re.escape(head)}(?![\w-])")


@lru_cache(maxsize=4096)
def _words_rx(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(needle)}(?![\w-])")

"""The registry of one document's people and organisations, with its name sieves.

A :class:`Registry` keeps one :class:`~minutes.people.entity.Entity` per person or
organisation and resolves later references to the fullest name the document gives:
"Mr. Wu", a bare surname, "Phil Howze" for "Philip C. Howze", a typo of one letter,
initials ("KP"), a short given name ("Seb"), a role as written. Titles alone ("the Vice
Mayor") go to its :class:`~minutes.people.titles_index.TitleIndex`. Where two people
share a surname, the caller passes a preference (who holds the floor, who was announced
as making a speech).
"""

from __future__ import annotations

from collections.abc import Sequence

from minutes.people.entity import Entity, Kind, Prefer, _no_preference
from minutes.people.names import _fold, _honorific_fit, _norm, name_parts
from minutes.people.titles_index import TitleIndex, _role_fit
from minutes.rules import people as P


def _gender_fit(known: str | None, wanted: str | None, guessed: str | None = None) -> int:
    """How well a person's gender fits the one an honorific tells: the same (0), not
    known (1), another (3). "Bro. Doyle" is Bro. Kieran Doyle before Fiona Doyle. Not
    known but guessed otherwise before fits a little worse (2): "Mr. Reyes" after
    "Ms. Reyes" (taken as one of two Reyes) is the other one."""
    if wanted is None or known == wanted:
        return 0
    if known is None:
        return 2 if guessed is not None and guessed != wanted else 1
    return 3


def _given_name_gender(kind: Kind, parts: Sequence[str]) -> str | None:
    """The gender a person's given name suggests ("Nora Pell": f), as a guess only."""
    if kind != "person" or len(parts) < 2:
        return None
    return P.GIVEN_NAME_GENDER.get(_fold(parts[0]))


def _spells_out_initials(had: Sequence[str], new: Sequence[str]) -> bool:
    """``new`` is ``had`` with one or more initials written out: "K. Haddad" -> "Karim Haddad"."""
    if len(had) != len(new) or had == new:
        return False
    for a, b in zip(had, new, strict=True):
        initial = len(a.rstrip(".")) == 1 and a[:1].isupper()
        if a == b or (initial and len(b) > 2 and b[:1] == a[:1] and b[1:].islower()):
            continue
        return False
    return True


class Registry:
    """People and organisations of one document, each under its fullest name.

    Lookups go through an index of name parts, so resolving a reference costs the
    number of entities sharing a part with it, not the number of entities.
    """

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, int] = {}
        self._by_part: dict[str, set[int]] = {}
        self._by_initials: dict[str, set[int]] = {}  # "KP" -> Kondwani Phiri
        self._titles = TitleIndex(self.entities)  # for by_title and holder_of
        self.last_how = ""  # the name sieve by which the last add() found a known entity

    def sharing(self, part: str) -> set[int]:
        """The entities that have ``part`` as a part of their name."""
        return self._by_part.get(_norm(part), set())

    def _candidates(self, parts: Sequence[str]) -> set[int]:
        ids: set[int] = set()
        for part in {_norm(parts[0]), _norm(parts[-1])}:
            ids |= self._by_part.get(part, set())
        return ids

    def opening(self, text: str) -> Entity | None:
        """The first person, by registry order, whose full name (two words or more) opens
        ``text``: "Anna Berg voted against it." (looked up by its first word)."""
        first = text.split(None, 1)[0] if text else ""
        for i in sorted(self._by_part.get(_norm(first), ())):
            ent = self.entities[i]
            after = text[len(ent.name) : len(ent.name) + 1]
            if ent.kind == "person" and " " in ent.name and text.startswith(ent.name) and after in (" ", ","):
                return ent
        return None

    def lookup_tokens(
        self,
        parts: Sequence[str],
        prefer: Prefer = _no_preference,
        role: str | None = None,
        gender: str | None = None,
    ) -> Entity | None:
        """The entity a (partial) name refers to (see :meth:`resolve`)."""
        return self.resolve(parts, prefer, role, gender)[0]

    def resolve(
        self,
        parts: Sequence[str],
        prefer: Prefer = _no_preference,
        role: str | None = None,
        gender: str | None = None,
        honorifics: frozenset[str] = frozenset(),
    ) -> tuple[Entity | None, str]:
        """The entity a (partial) name refers to, and the name sieve that found it:

        ``exact``     the full name or an alias, as registered ("Wu Qing", "IOM")
        ``parts``     a surname, a first name, the name without a middle part, a typo of
                      one letter ("Mr. Wu", "Darja", "Phil Howze" for "Philip C. Howze"),
                      a surname second in a longer name ("Mr Lim": Daniel Lim Wei Ming);
                      among several, one of the ``gender`` an honorific tells ("Mr. Moore"
                      is not Ms. Alicia Moore; "Bro. Doyle" is Bro. Kieran Doyle before
                      a Fiona Doyle of no known gender), then one holding the very title
                      ``role`` asked, then one written with the same style, then one whose title fits ``role``
                      ("Minister Kim" is the minister, not Chairman Kim), then the
                      preferred one, then the one registered last
        ``initials``  "KP" for Kondwani Phiri, when only one person has them
        ``short-name`` "Seb" for Sébastien Doeraene (:meth:`by_short_name`)
        ``role``      a role as written, "Harbour Master" for "Capt. R. Lindqvist –
                      Harbour Master" (:meth:`holder_of`)
        """
        if not parts:
            return None, ""
        key = _norm(" ".join(parts))
        if key in self._by_key:
            return self.entities[self._by_key[key]], "exact"
        parts = name_parts(parts)
        cands = [
            self.entities[i]
            for i in self._candidates(parts)
            if not self.entities[i].anonymous and self.entities[i].matches(parts)
        ]
        if not cands and len(parts) == 1:
            cands = self._second_part(parts[0])  # "Mr Lim": Daniel Lim Wei Ming
        elif len(parts) == 1 and role:
            cands += self._floor_namesake(parts[0], cands, prefer, role)
        if not cands:
            ent = self.by_initials(parts)
            if ent is not None:
                return ent, "initials"
            ent = self.by_short_name(parts)
            if ent is not None:
                return ent, "short-name"
            ent = self._titles.holder_of(" ".join(parts)) if len(parts) >= 2 else None
            return ent, "role" if ent is not None else ""  # "Harbour Master": the one listed as it
        best = min(
            cands,
            key=lambda e: (
                _gender_fit(e.gender, gender, e.guessed),
                # the very title asked before a shared style: "Comrade Ross, speaking as Poppy
                # Chair," is the Ross listed as Poppy Chair, not the one written "Comrade" before
                _role_fit(e.role, role) != 0,
                _honorific_fit(e.honorifics, honorifics),
                _role_fit(e.role, role),
                prefer(e.id),
                _norm(e.parts[-1]) != _norm(parts[-1]),  # (a surname last before one second)
                -e.id,
            ),
        )
        return best, "parts"

    def add(
        self,
        name: str,
        kind: Kind,
        role: str | None,
        order: int,
        prefer: Prefer = _no_preference,
        anonymous: bool = False,
        gender: str | None = None,
        honorifics: frozenset[str] = frozenset(),
    ) -> Entity:
        parts = name_parts(name.split())
        self.last_how = ""
        if not anonymous:
            found, how = self.resolve(parts, prefer, role, gender, honorifics)
            if found is not None and found.kind == kind:
                self.last_how = how
                if found.gender is None and (
                    how == "exact" or len(parts) > 1 or _role_fit(found.role, role) < 2
                ):
                    # (not from a bare "Mr. Zhao": which Zhao is a guess; but "Ms. Patel, Chair,"
                    # is the one Patel listed as Chair)
                    found.gender = gender
                elif found.gender is None and found.guessed is None:
                    found.guessed = gender
                self._take_fuller(found, name)
                if found.role is None and role:
                    found.role = role
                if how == "exact":
                    found.honorifics |= honorifics
                if _norm(name) == _norm(found.name):
                    self._by_key[_norm(name)] = found.id
                return found
        ent = Entity(len(self.entities), name, kind, role, order, parts, {_norm(name)}, anonymous, gender)
        ent.honorifics = honorifics
        ent.guessed = _given_name_gender(kind, parts)
        self._titles.track(ent)
        self.entities.append(ent)
        self._by_key[_norm(name)] = ent.id
        self._index(ent)
        return ent

    def _index(self, ent: Entity) -> None:
        if ent.anonymous:
            return
        for part in ent.parts:
            self._by_part.setdefault(_norm(part), set()).add(ent.id)
        letters = [p[0] for p in ent.parts if p[:1].isalpha()]
        if ent.kind == "person" and len(letters) >= 2:
            for key in {letters[0] + letters[-1], "".join(letters)}:
                self._by_initials.setdefault(key.upper(), set()).add(ent.id)

    def by_initials(self, parts: Sequence[str]) -> Entity | None:
        """The one person whose initials a capitalised two- or three-letter reference is:
        "KP noted" after "Mr. Kondwani Phiri" in the attendance list."""
        w = parts[0] if len(parts) == 1 else ""
        if not (2 <= len(w) <= 3 and w.isalpha() and w.isupper()):
            return None
        ids = self._by_initials.get(w, set())
        return self.entities[next(iter(ids))] if len(ids) == 1 else None

    def _second_part(self, word: str) -> list[Entity]:
        """The people whose second name part is ``word``, in names of three parts or more:
        a surname after a Western given name, before Chinese given names ("Lim" in Daniel
        Lim Wei Ming, "Tan" in Grace Tan Hui Min)."""
        w = _norm(word)
        return [
            self.entities[i]
            for i in self._by_part.get(w, ())
            if self.entities[i].kind == "person"
            and len(self.entities[i].parts) >= 3
            and _norm(self.entities[i].parts[1]) == w
        ]

    def _floor_namesake(self, word: str, cands: list[Entity], prefer: Prefer, role: str) -> list[Entity]:
        """The one holding the floor whose first surname of two is ``word``, asked for with a
        title that fits: "Minister Zambrano explained" right after Minister Gabriela Zambrano
        Vera spoke, not Minister Luis Zambrano (a bare "Mr. Mwangi" stays the surname's)."""
        return [
            e
            for e in self._second_part(word)
            if e not in cands and not e.anonymous and prefer(e.id) <= 0 and _role_fit(e.role, role) < 2
        ]

    def by_short_name(self, parts: Sequence[str]) -> Entity | None:
        """The one person whose given name a short form opens, accents aside: "Seb" for
        Sébastien Doeraene, "Chris" for Christopher Kipp (at least three letters, and
        only when one person fits)."""
        w = _fold(parts[0]) if len(parts) == 1 else ""
        if len(w) < 3 or not parts[0][:1].isupper():
            return None
        fits = [
            e
            for e in self.entities
            if e.kind == "person"
            and not e.anonymous
            and len(e.parts) >= 2
            and _fold(e.parts[0]).startswith(w)
        ]
        return fits[0] if len(fits) == 1 else None

    def learn_fuller(self, ent: Entity, name: str) -> None:
        """A bare mention that resolved to ``ent`` and gives more of the name ("Michael
        Hourigan" for the "Hourigan" of a roll call): the person takes the fuller name."""
        if ent.kind == "person":
            self._take_fuller(ent, name)

    def _take_fuller(self, ent: Entity, name: str) -> None:
        """Each entity goes under the fullest name the document gives it (more parts, or
        the given name for an initial: "Karim Haddad" for the "K. Haddad" of a roll)."""
        if ent.anonymous:
            return
        parts = name.split()
        if len(parts) > len(ent.parts) or _spells_out_initials(ent.parts, parts):
            self._rename(ent, name)

    def _rename(self, ent: Entity, name: str) -> None:
        ent.aliases.add(_norm(ent.name))
        ent.name = name
        ent.parts = name.split()
        ent.aliases.add(_norm(name))
        self._index(ent)

    def alias(self, ent: Entity, alias: str) -> None:
        ent.aliases.add(_norm(alias))
        self._by_key[_norm(alias)] = ent.id
        self._by_part.setdefault(_norm(alias), set()).add(ent.id)

    def by_title(self, title: str, prefer: Prefer = _no_preference) -> Entity | None:
        """The person whose title fits ``title`` ("the Vice Mayor", "the mayor").

        An exact title beats a longer one that contains it: "the mayor" is the Mayor,
        not the Vice Mayor, unless no one else has "mayor" in their title.
        """
        return self._titles.by_title(title, prefer)

    def holder_of(self, text: str) -> Entity | None:
        """The one person whose role of two words or more ``text`` is, as written, an
        affiliation after a comma allowed ("Chief Engineer/Roads, Works Department" for
        "Chief Engineer/Roads")."""
        return self._titles.holder_of(text)

"""One person or organisation of a document (:class:`Entity`), and how a name refers to it.

:meth:`Entity.matches` tells whether a partial name ("Mr. Wu", "Phil Howze", "Otieno
Kariuki") refers to the entity. The :class:`~minutes.people.registry.Registry` keeps the
entities and resolves references; this module holds only the data and the comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from minutes.people.names import _compatible_given, _norm
from minutes.rules import people as P

Kind = Literal["person", "organization"]


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


@dataclass(slots=True)
class Entity:
    id: int
    name: str
    kind: Kind
    role: str | None
    order: int  # position of first mention
    parts: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    anonymous: bool = False
    gender: str | None = None  # from an honorific: "m" ("Mr."), "f" ("Ms.")
    honorifics: frozenset[str] = field(default=frozenset(), compare=False)  # as written ("dr")
    # the gender of a bare "Ms. Reyes" that was taken, among namesakes, as this one
    guessed: str | None = field(default=None, compare=False)
    # The registry's list of entities whose role changed since it last indexed titles
    # (see TitleIndex.by_title); set by the registry, None for an entity on its own.
    retitled: list[int] | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, name: str, value: object) -> None:
        if name == "role":
            pending = getattr(self, "retitled", None)  # unset while __init__ runs
            if pending is not None:
                pending.append(self.id)
        object.__setattr__(self, name, value)

    def matches(self, parts: Sequence[str]) -> bool:
        """Whether a (partial) name refers to this entity."""
        q = [_norm(p) for p in parts]
        mine = [_norm(p) for p in self.parts]
        while len(mine) > 2 and mine[-1] in P.NAME_SUFFIXES:  # "Dizon" is "Ariel T. Dizon Jr."
            mine.pop()
        if not q or not mine:
            return False
        if " ".join(q) in self.aliases:
            return True
        if len(q) == 1:
            w = q[0]
            return w == mine[0] or w == mine[-1]
        if len(q) < len(mine) and (mine[-len(q) :] == q or mine[: len(q)] == q):
            # "Otieno Kariuki" in "Peter Otieno Kariuki", "Kamarul Ariffin" in "... bin Osman"
            return True
        if self.kind == "person" and len(q) > len(mine) >= 2 and q[-len(mine) :] == mine:
            return True  # "Luis Alberto Quesada Brenes" after a headline's "President Quesada Brenes"
        if len(mine) == 1 and self.kind == "person":
            # "Commissioner Turner" first, "Bob Turner" later: the same person, now in full
            return q[-1] == mine[0] or q[0] == mine[0]
        if self.kind != "person":
            return False  # ("Municipal Meteorological Bureau" is not "Municipal Water Resources Bureau")
        # same surname (last or first part) with compatible given names
        if (q[-1] == mine[-1] or _one_edit(q[-1], mine[-1])) and (
            q[0] == mine[0] or _compatible_given(q[0], mine[0])
        ):
            return q[-1] == mine[-1] or q[0] == mine[0]
        if q[0] == mine[0] and len(q) == len(mine) == 2:  # Chinese order: surname first
            return _compatible_given(q[1], mine[1]) or _one_edit(q[1], mine[1])
        return False


Prefer = Callable[[int], int]  # rank of an entity id among candidates: lower is preferred


def _no_preference(eid: int) -> int:
    return 0

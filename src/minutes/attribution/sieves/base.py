"""What a sieve is: a function of the reading state and the sentence that decides one
thing (or nothing) and says how far its decision reaches.

    PASS      not mine: the next sieve of the family reads the sentence
    DECIDED   decided: the rest of this family is skipped, later families still run
    SETTLED   the sentence is settled: no later sieve reads it (a list line, a heading)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from minutes.attribution.state import Here, State


class Outcome(Enum):
    PASS = 0
    DECIDED = 1
    SETTLED = 2


PASS, DECIDED, SETTLED = Outcome.PASS, Outcome.DECIDED, Outcome.SETTLED

Sieve = Callable[[State, Here], Outcome]


@dataclass(frozen=True)
class Family:
    """Sieves that answer one question, highest precision first: the first that decides
    answers it for the sentence."""

    name: str
    sieves: tuple[tuple[str, Sieve], ...]

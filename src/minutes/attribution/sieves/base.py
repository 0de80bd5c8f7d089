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

# What a sentence must hold for a sieve to act (``sieves.WHEN``): a sentence without it
# is one the sieve passes without changing anything, so the reading skips the call.
# Any other trigger is the name of a cue pattern the sentence may match (``Here.may``)
# or of a mark of its text (``sieves.MARKS``), a set of words (:data:`Words`) one of
# which the sentence must hold, or a tuple of triggers one of which it must hold.
LINE = "line"  # it opens a line (Here.line_start)
INLINE = "inline"  # it does not
PARA = "para"  # it opens a paragraph (Here.para_start)
NOT_PARA = "not-para"  # it does not
FIRST_PARA = "first-para"  # it is in the document's first paragraph (where the headline is)
# it opens a line inside an attendance block (State.list_mode as its reading starts: no
# sieve before block-end, the last to ask, changes that and passes)
IN_BLOCK = "in-block"
# no one has spoken before it (State.spoken is empty as its reading starts: no sieve before
# attendance-roll, the last to ask, speaks and passes)
BEFORE_SPEECH = "before-speech"

# A trigger of words: the sentence holds one of them as a whole word (``Here.words``:
# lower-cased, as the cue gates test words)
Words = frozenset[str]
Trigger = str | Words | tuple[str | Words, ...]


@dataclass(frozen=True)
class Family:
    """Sieves that answer one question, highest precision first: the first that decides
    answers it for the sentence."""

    name: str
    sieves: tuple[tuple[str, Sieve], ...]

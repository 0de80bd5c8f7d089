"""minutes: outline narrative meeting minutes.

The public face of the library::

    >>> import minutes
    >>> minutes.split_sentences("It rained since 2018.Since then, it snowed.")
    ['It rained since 2018.', 'Since then, it snowed.']

``summarize(text)`` runs the whole pipeline and returns an :class:`Outline`;
``annotate(text)`` returns it with the spans it was read from (:class:`Highlight`).
The pipeline stages are imported on first use, so that ``import minutes`` (and
``minutes --help``) stays cheap: nltk is loaded only when text is processed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from minutes.model import Highlight, Meeting, Outline, Participant, Point, Sentence, Speaker

__version__ = "0.1.0"

if TYPE_CHECKING:
    from minutes.outline import annotate, summarize
    from minutes.segment import split_sentences

__all__ = [
    "Highlight",
    "Meeting",
    "Outline",
    "Participant",
    "Point",
    "Sentence",
    "Speaker",
    "__version__",
    "annotate",
    "split_sentences",
    "summarize",
]


def __getattr__(name: str) -> Any:
    if name == "summarize":
        from minutes.outline import summarize

        return summarize
    if name == "annotate":
        from minutes.outline import annotate

        return annotate
    if name == "split_sentences":
        from minutes.segment import split_sentences

        return split_sentences
    raise AttributeError(f"module 'minutes' has no attribute {name!r}")

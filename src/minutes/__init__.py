"""minutes: outline narrative meeting minutes.

The public face of the library::

    >>> import minutes
    >>> minutes.split_sentences("It rained since 2018.Since then, it snowed.")
    ['It rained since 2018.', 'Since then, it snowed.']

``summarize(text)`` runs the whole pipeline and returns an :class:`Outline`;
``annotate(text)`` returns it with the spans it was read from (:class:`Highlight`).
Everything is imported on first use, so that ``import minutes`` (and
``minutes --help``) stays cheap: nltk is loaded only when text is processed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from minutes.model import Highlight, Meeting, Outline, Participant, Point, Sentence, Speaker
    from minutes.outline import annotate, summarize
    from minutes.segment import split_sentences

#: Where each public name lives; imported on first use (``minutes --version`` needs none).
_LAZY = {
    "Highlight": "minutes.model",
    "Meeting": "minutes.model",
    "Outline": "minutes.model",
    "Participant": "minutes.model",
    "Point": "minutes.model",
    "Sentence": "minutes.model",
    "Speaker": "minutes.model",
    "annotate": "minutes.outline",
    "summarize": "minutes.outline",
    "split_sentences": "minutes.segment",
}

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
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'minutes' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)

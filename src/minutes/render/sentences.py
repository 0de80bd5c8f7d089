"""The ``sentences`` view as text: one sentence per line, as ``grep`` prints matches.

With several inputs each line starts with the source and a tab; with ``spans``, the
sentence's start and end offsets, tab-separated. Coloured (``--color``, or a terminal),
the source is magenta and the offsets dim, like grep's file names and line numbers.
"""

from __future__ import annotations

from collections.abc import Iterable

from minutes.model import Sentence
from minutes.render import clean

#: grep's colours: the source magenta, the offsets (like line numbers) dim.
SOURCE_STYLE = "\x1b[35m"
OFFSET_STYLE = "\x1b[2m"
RESET = "\x1b[0m"


def render_sentence_lines(
    source: str | None, sentences: Iterable[Sentence], *, spans: bool, colour: bool = False
) -> str:
    """The lines, each ending with a newline; with ``colour``, the source and the offsets
    styled (escape sequences written here, as grep does: tabs stay tabs).

    >>> render_sentence_lines("m.txt", [Sentence(0, 9, "It\\nrained.", 0)], spans=True)
    'm.txt\\t0\\t9\\tIt rained.\\n'
    """
    before, after = (SOURCE_STYLE, RESET) if colour else ("", "")
    prefix = f"{before}{source}{after}\t" if source is not None else ""
    dim = OFFSET_STYLE if colour else ""
    lines = []
    for s in sentences:
        where = f"{dim}{s.start}\t{s.end}{after}\t" if spans else ""
        lines.append(f"{prefix}{where}{clean(s.text)}\n")
    return "".join(lines)

"""The ``sentences`` view as text: one sentence per line, as ``grep`` prints matches.

With several inputs each line starts with the source and a tab; with ``spans``, the
sentence's start and end offsets, tab-separated. Coloured (``--color``, or a terminal),
the source is magenta and the offsets dim, like grep's file names and line numbers;
rich is imported only then.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from minutes.model import Sentence
from minutes.render import clean

if TYPE_CHECKING:
    from rich.text import Text


def render_sentence_lines(source: str | None, sentences: Iterable[Sentence], *, spans: bool) -> str:
    """The plain lines, each ending with a newline.

    >>> render_sentence_lines("m.txt", [Sentence(0, 9, "It\\nrained.", 0)], spans=True)
    'm.txt\\t0\\t9\\tIt rained.\\n'
    """
    prefix = f"{source}\t" if source is not None else ""
    lines = []
    for s in sentences:
        where = f"{s.start}\t{s.end}\t" if spans else ""
        lines.append(f"{prefix}{where}{clean(s.text)}\n")
    return "".join(lines)


def sentence_lines(source: str | None, sentences: Iterable[Sentence], *, spans: bool) -> list[Text]:
    """The same lines as rich Texts, the source and offsets styled."""
    from rich.text import Text

    lines = []
    for s in sentences:
        line = Text()
        if source is not None:
            line.append(source, style="magenta")
            line.append("\t")
        if spans:
            line.append(f"{s.start}\t{s.end}", style="dim")
            line.append("\t")
        line.append(clean(s.text))
        lines.append(line)
    return lines

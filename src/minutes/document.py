"""Stage: text + sentences -> the document model every later stage reads.

Built once per document: the sentences with their paragraph starts, headline and
heading flags, and the word tokens of each sentence, tokenized once (on first use)
and kept, with spans into the text. Later stages take tokens from here, never from
the tokenizer: ``tokens_between`` gives the tokens of a part of a sentence (a list
item, the words after a cue) as a slice of that sentence's tokens.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from minutes.model import Sentence
from minutes.people import Token, tokenize


def plain_view(text: str) -> str:
    """``text`` with Markdown emphasis markers around words blanked to spaces, the same
    length, so that offsets into it are offsets into ``text``: "**Chair:** Ms Ann Reid"
    reads as "  Chair:   Ms Ann Reid", "*Mr Bell* agreed" as " Mr Bell  agreed". A
    bullet ("* item") or a product ("2 * 3") is no emphasis. ``text`` itself when it has
    none."""
    if "*" not in text and "_" not in text:
        return text
    return _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)


# a run of one to three "*" or "_" right before a non-blank, and the same run right after
# one, on one line, at most 300 characters apart and with no "*" or "_" between (so a
# long line of stars takes linear time), and no word character outside ("snake_case")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=[^\s*_])([^\n*_]{0,300}?[^\s*_])\1(?![\w*])")


class Document:
    """One document: its text, its sentences and their tokens."""

    def __init__(self, text: str, sentences: Sequence[Sentence], meeting_title: str | None = None) -> None:
        self.text = text
        self.meeting_title = meeting_title  # as the meeting stage found it
        self.sentences = list(sentences)
        self._tokens: list[list[Token] | None] = [None] * len(self.sentences)
        self._starts = [s.start for s in self.sentences]
        self._lowercase: frozenset[str] | None = None

    def lowercase_words(self) -> frozenset[str]:
        """The words the document writes in lower case somewhere (found on first use):
        "staff" in "the staff agreed" tells that "Staff said" opens with no name."""
        if self._lowercase is None:
            self._lowercase = frozenset(_LOWER_WORD.findall(self.text))
        return self._lowercase

    def tokens(self, i: int) -> list[Token]:
        """The word tokens of sentence ``i`` (tokenized on first use, once)."""
        toks = self._tokens[i]
        if toks is None:
            s = self.sentences[i]
            toks = self._tokens[i] = tokenize(s.text, s.start)
        return toks

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence that holds ``offset``."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens of the sentence at ``start`` that lie within ``[start, end)``."""
        toks = self.tokens(self.sentence_at(start))
        a = bisect.bisect_left([t.start for t in toks], start)
        b = a
        while b < len(toks) and toks[b].end <= end:
            b += 1
        return toks[a:b]

    def paragraph_start(self, i: int) -> bool:
        return i == 0 or self.sentences[i - 1].paragraph != self.sentences[i].paragraph

    def line_start(self, i: int) -> bool:
        """Whether sentence ``i`` opens a line: a paragraph, or a line of a list or block
        ("* Darja Jovanovic (executive director), EPFL" under "Officers:")."""
        if self.paragraph_start(i):
            return True
        k = self.sentences[i].start
        while k > 0 and self.text[k - 1] in " \t":
            k -= 1
        return k == 0 or self.text[k - 1] in "\n\r"

    def last_in_paragraph(self, i: int) -> bool:
        return i + 1 == len(self.sentences) or self.sentences[i + 1].paragraph != self.sentences[i].paragraph

    def headline(self, i: int) -> bool:
        """The document's first line, on its own and without final punctuation."""
        s = self.sentences[i]
        if s.paragraph != 0 or len(self.sentences) < 2:
            return False
        if i + 1 < len(self.sentences) and self.sentences[i + 1].paragraph == 0:
            return False
        return len(s.text) < 200 and not s.text.rstrip().endswith((".", "!", "?", ":", '"', "\u201d"))

    def heading(self, i: int) -> bool:
        """A one-sentence paragraph without final punctuation, most of its words capitalised."""
        if not self.last_in_paragraph(i):
            return False
        t = self.sentences[i].text.strip()
        if t.startswith("#") and len(t) <= 200:
            return True  # a Markdown heading: "## Community feedback"
        if len(t) > 200 or t.endswith((".", "!", "?", ":", ";", '"', "\u201d", ",")):
            return False
        return title_case(t)


def title_case(t: str) -> bool:
    """Most words of ``t`` (of four letters or more) are capitalised."""
    words = [w for w in _WORD.findall(t) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]*(?![\w'-])")
_WORD = re.compile(r"[A-Za-z][\w'-]*")

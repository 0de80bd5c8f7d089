"""The shortcuts taken for speed give what the plain versions give.

Each shortcut (a skipped regex pass, a grouped alternation, a scan from the end, an
index) is checked against the straightforward code it replaces, on tricky strings and
on every sentence of the samples.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from nltk.tokenize import NLTKWordTokenizer

from minutes.attribution.cues import cues as _cues
from minutes.attribution.cues import may_match as _may_match
from minutes.attribution.cues import phrase_alternatives as _phrase_alternatives
from minutes.attribution.cues import phrase_trigger as _phrase_trigger
from minutes.attribution.cues import trigger_sources as _trigger_sources
from minutes.attribution.cues import triggers as _triggers
from minutes.attribution.cues import words_of as _words_of
from minutes.people import Registry, tokenize
from minutes.people.tokens import _lexemes, _one_pass, _word_tokenizer
from minutes.points import _trim_end
from minutes.rules import fold_case as _fold_case
from minutes.rules import people as P
from minutes.rules import verbs as V
from minutes.segment import split_sentences

SAMPLES = sorted(Path(__file__).parent.parent.glob("samples/*.txt"))
SENTENCES = [s for path in SAMPLES for s in split_sentences(path.read_text(encoding="utf-8"))]

TRICKY = [
    "",
    "He said \"we agree.\" Then 'twas over, wasn't it?",
    "``Quoted'' and \u201ccurly\u201d \u2018quotes\u2019 \u00abguillemets\u00bb",
    "I cannot, gonna, gimme, lemme, wanna go; d'ye more'n 'tis",
    "Costs: $3.88 (roughly 3,36 euros)... [sic] {x} <y> a--b \u2013 c \u2014 d",
    "Mr. Wu's plan; the U.S. and Dr. Lee. \u017fo \u212aelvin \u0130stanbul",
    "tab\tand\x1cseparator\x85next\u00a0space",
    "'quoted' ''double'' \"\"",
]


@pytest.mark.parametrize("text", TRICKY + SENTENCES)
def test_word_spans_are_nltks(text: str) -> None:
    assert _word_tokenizer().span_tokenize(text) == list(NLTKWordTokenizer().span_tokenize(text))


LEXER_CASES = [
    "a,,b c,,,d e,,1 f:,g 3,36 10:30 a,b a:b x,",
    "U.S. and Mr. Wu. (a.) b.) x. ). \u201cHi.\u201d x.\u201c . ) a .. a..b...",
    "a---b----c -x- a--",
    "x;y@z#w$v%u&t\u2013s?r!q*p[o]n(m)l{k}j<i>h\u00bbg\u201df\u2019e \u00ab\u2018\u201e",
    "Cannot, gonna; wanna go",
    "Wu's can't don't's they'll WE'RE I'd I'M it'S Wu's. Wu's, o'clock Wu's-plan y'all rock'n'roll",
    "students' views, 'quoted' words, d'ye more'n \u0130t's",
    'He said "we agree." x."  a. " b.")  "c" ("d") e.\n" f.\t"',
]


@pytest.mark.parametrize("text", TRICKY + LEXER_CASES + SENTENCES)
def test_lexer_tokens_are_nltks_with_periods_split_off(text: str) -> None:
    expected = []
    for a, b in NLTKWordTokenizer().span_tokenize(text):
        w = text[a:b]
        low = w.lower()
        lexicon = P.HONORIFICS | P.NAME_SUFFIXES | P.GIVEN_NAME_ABBREVIATIONS | P.TITLE_HEADS
        if len(w) > 2 and w.endswith(".") and "." not in w[:-1] and w[:-1].isalpha() and low not in lexicon:
            expected += [(w[:-1], a, b - 1), (".", b - 1, b)]
        else:
            expected.append((w, a, b))
    assert [(t.text, t.start - 7, t.end - 7) for t in tokenize(text, 7)] == expected


@pytest.mark.parametrize("text", TRICKY + LEXER_CASES + SENTENCES)
def test_one_pass_lexer_where_it_runs(text: str) -> None:
    # where the lexer runs at all (most sentences), it gives what nltk gives
    if _one_pass(text):
        assert [(a, b) for _, a, b in _lexemes(text)] == list(NLTKWordTokenizer().span_tokenize(text))


CUES = {
    "speech": V.SPEECH,
    "presence": V.PRESENCE,
    "presence_after": V.PRESENCE_AFTER,
    "presides": V.PRESIDES,
    "presided_by": V.PRESIDED_BY,
    "body_only": V.BODY_ONLY,
    "speech_by": V.SPEECH_BY,
}


@pytest.mark.parametrize("name", sorted(CUES))
def test_grouped_cues_match_as_plain_alternations(name: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(_phrase_alternatives(CUES[name])) + r")\b", re.IGNORECASE)
    grouped = getattr(_cues(), name)
    odd = ["He SAID it; \u017faid she; Stressed, they said.", "\u212aEPT \u0130t \u0131t \u00e9t\u00e9 noted"]
    for text in [*TRICKY, *SENTENCES, *odd]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


TRIM = re.compile(r"(?:[\s,;]|\band\b|\bor\b)+$")


@pytest.mark.parametrize(
    "seg",
    ["", "a, b and", "x ,; or\n", "band", "nor ", "and", "a andor", "x_and", "\u00e9and ", "a ,,, ; and or "],
)
def test_trim_end_is_the_regex(seg: str) -> None:
    assert _trim_end(seg) == TRIM.sub("", seg)


def test_title_index_sees_roles_set_later() -> None:
    reg = Registry()
    ent = reg.add("Wu Qing", "person", None, 0)
    assert reg.by_title("Vice Mayor") is None
    ent.role = "Vice Mayor"  # as attribute.py does for a list item's title
    assert reg.by_title("Vice Mayor") is ent
    assert reg.by_title("mayor") is ent  # only a qualified title: still the one
    ent.role = "Treasurer"
    assert reg.by_title("Vice Mayor") is None


def test_candidate_is_any_title_or_cue() -> None:
    from minutes.rules import people as P

    words = sorted(P.TITLE_HEADS | P.HONORIFICS, key=len, reverse=True)
    parts = [r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"]
    parts += [r"\b(?:" + "|".join(_phrase_alternatives(cue)) + r")\b" for cue in CUES.values()]
    plain = re.compile("|".join(parts), re.IGNORECASE)
    for text in [*TRICKY, *SENTENCES, "the \u017fecretary sat", "nothing here"]:
        assert bool(_cues().candidate.search(text)) == bool(plain.search(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "On x, " + "\t" * 20_000 + " we held talks",  # meeting titles: blanks shared by "\s+", "\s*"
        "The\t" + "\t" * 20_000 + " x was not held",
        "He chaired\t" + "\t" * 20_000 + "the" + " " * 20_000 + "ab",
        "Wu Qing " + "x " * 20_000 + "in the chair",
        "1. a" + " ,; " * 20_000 + "\n2. b",  # a point's trailing blanks and commas
    ],
)
def test_long_runs_of_blanks_stay_linear(text: str) -> None:
    import time

    from minutes.outline import summarize

    started = time.perf_counter()
    summarize(text)
    assert time.perf_counter() - started < 10  # (quadratic: minutes; linear: well under a second)


def _phrase_texts(phrases: tuple[str, ...] | list[str]) -> list[str]:
    """Each phrase as a text it matches in, in three cases ("made ... speech": "made a
    short speech")."""
    out = []
    for ph in phrases:
        text = ph.replace("...", "a short")
        out += [f"x {text} y", f"X {text.upper()} Y", f"{text.title()}"]
    return out


EVAL = sorted(Path(__file__).parent.parent.glob("eval/*/*.txt"))
GATE_ODD = [
    "He \u017fAID it; \u017faid she",
    "\u212aEPT \u0130t \u0131t noted",
    "PRE\u017fIDED over by x",
    "co-chaired by x",
    "Moved by x",
    "movedly x",
    "x_said y said2 saidx",
    "MR. Wu",
    "H.E. Ms Li",
]


@pytest.mark.parametrize("name", sorted(_triggers()))
def test_cue_gates_pass_every_match(name: str) -> None:
    """A gate never holds back a sentence its pattern matches in: every phrase of the
    tables, the odd cases, and every sentence of the samples and the eval sets."""
    gate = _triggers()[name]
    assert gate is not None, f"{name}: a phrase has no whole word to gate on"
    tables = [phrases for phrases, _ in _trigger_sources()[name]]
    pattern = getattr(_cues(), name)
    for text in (t for phrases in tables for t in _phrase_texts(list(phrases))):
        assert pattern.search(text), (name, text)  # (the phrases are hits)
        assert _may_match(name, _words_of(text)), (name, text)
    texts = [*TRICKY, *GATE_ODD, *SENTENCES]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for text in texts:
        if pattern.search(text):
            assert _may_match(name, _words_of(text)), (name, text)


def test_gates_by_word_are_may_match() -> None:
    """Here.may asks may_match_any once a sentence: the patterns may_match passes, and the
    sieves ask only for gated patterns."""
    from minutes.attribution.cues import may_match_any, phrase_gates

    texts = [*TRICKY, *GATE_ODD, *SENTENCES]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for text in texts:
        words = _words_of(text)
        assert may_match_any(words) == {name for name in phrase_gates() if _may_match(name, words)}, text
    sieves = Path(__file__).parent.parent / "src" / "minutes" / "attribution" / "sieves"
    asked = {m for path in sieves.glob("*.py") for m in re.findall(r"\bmay\(\"(\w+)\"\)", path.read_text())}
    assert asked and asked <= set(phrase_gates()), asked - set(phrase_gates())


def test_words_of_folds_as_ignorecase() -> None:
    assert _words_of("He \u017fAID; \u212aEPT \u0130t \u0131T co-chaired") == {
        "he",
        "said",
        "kept",
        "it",
        "co",
        "chaired",
    }
    for text in [*TRICKY, *SENTENCES, "".join(map(chr, range(128))), "a_b\x1fc\x0bd 9x", "A\x7fb"]:
        assert _words_of(text) == frozenset(re.findall(r"\w+", _fold_case(text))), repr(text)
    assert _phrase_trigger("co-chaired by") == "chaired"
    assert _phrase_trigger("mover:", closed=False) == "mover"
    assert _phrase_trigger("moved", closed=False) is None  # ("movedly": no whole word)
    assert _phrase_trigger("made a ... speech") == "speech"


def test_trailing_tag_verbs_gate_every_match() -> None:
    """condense searches a trailing tag only in a point that names one of its verbs."""
    from minutes.rules.hedges import TRAILING_TAG_VERBS, TRAILING_TAGS

    texts = [*TRICKY, *SENTENCES, "build roads, he said.", 'fix it," said Mayor Li.', "x Wu Qing stressed."]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for tag, verbs in zip(TRAILING_TAGS, TRAILING_TAG_VERBS, strict=True):
        assert all(v in tag for v in verbs)  # (the verbs are the tag's own)
        pattern = re.compile(tag)
        assert any(pattern.search(t) for t in texts)
        for text in texts:
            if pattern.search(text):
                assert any(v in text for v in verbs), (tag, text)


def test_fold_case_keeps_what_ignorecase_matches() -> None:
    from minutes.rules import fold_case

    for text in ["\u017fAID", "\u212aEPT", "\u0130T", "\u0131t", "Said"]:
        word = fold_case(text)
        assert word.isascii() and re.fullmatch(word, text, re.IGNORECASE), text


def test_title_words_gate_every_match() -> None:
    """find_meeting tries a title pattern only on a sentence that holds one of its words."""
    from minutes.rules import fold_case
    from minutes.rules import meeting as R

    texts = [*TRICKY, *SENTENCES, "The 3rd plenary meeting WAS HELD today.", "Ms X CO-CHAIRED the forum."]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for (_, rx), words in zip(R.TITLE_PATTERNS, R.TITLE_WORDS, strict=True):
        if words is None:
            continue
        assert all(w in rx.lower() for w in words)  # (the words are the pattern's own)
        pattern = re.compile(rx, re.IGNORECASE)
        for text in texts:
            if pattern.search(text):
                assert any(w in fold_case(text) for w in words), (rx, text)


def test_structure_gates_pass_every_match() -> None:
    """The cheap tests before the list-header, decision-label and "attended by:" patterns."""
    from minutes.attribution.cues import may_head_list
    from minutes.rules import structure as S
    from minutes.rules.structure import MOTION_SHORTHAND_WORDS as _SHORTHAND_WORDS

    lines = ["PRESENT", "In Attendance", "** ALSO PRESENT **", "PRE\u017fENT", "Present: A, B", "RESOLVED:"]
    lines += ["Agreed \u2013 x", "That Council adopts the plan", "Action points:", "It was attended by:"]
    lines += ["Members", "Other attendees", "Accompanying persons", "Other staff", "Officials in attendance"]
    lines += ["with Mr X IN THE CHAIR.", "Ms Y in the Chair", "He said that Xi had GIVEN three DIRECTIVES."]
    lines += ["Moved Len, SECONDED Judy.", "MOVED Graham"]
    texts = [*TRICKY, *lines, *SENTENCES]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for text in texts:
        if _cues().list_header.match(text):
            assert may_head_list(text), text
        if S.DECISION_LABEL.match(text):
            assert any(c in text for c in S.DECISION_LABEL_NEEDS), text
        if S.ATTENDED_BY_COLON.search(text):
            assert ":" in text, text
        if S.IN_THE_CHAIR.search(text):
            assert "chair" in _words_of(text), text
        if S.RELAYED_SERIES.search(text):
            assert not _words_of(text).isdisjoint(S.RELAYED_SERIES_NOUNS), text
        if S.MOTION_SHORTHAND.search(text):
            assert not _words_of(text).isdisjoint(_SHORTHAND_WORDS), text


def test_ascii_lexer_test_is_the_full_one() -> None:
    from minutes.people.tokens import _LEXER_HARD, _LEXER_HARD_ASCII, _hard_ascii

    for c in map(chr, range(128)):
        for text in (c, f"a{c}b", c + c, f"{c},", f":{c}"):
            assert bool(_LEXER_HARD_ASCII.search(text)) == bool(_LEXER_HARD.search(text)), repr(text)
            assert _hard_ascii(text) == bool(_LEXER_HARD.search(text)), repr(text)


def test_gapped_lexer_covers_the_text() -> None:
    """tokenize takes spans from lengths: only blanks stand between two lexemes."""
    from minutes.people.tokens import _GAPPED_LEXEME, _LEXEME

    odd = "".join(chr(c) for c in range(0x3000) if not chr(c).isspace())
    for text in [*TRICKY, *LEXER_CASES, *SENTENCES, odd, " ".join(odd), odd + ". ", ". ".join(odd)]:
        spans = [m.span(2) for m in _GAPPED_LEXEME.finditer(text)]
        assert spans == [m.span() for m in _LEXEME.finditer(text)]
        assert all(not text[a:b].strip() for (_, a), (b, _) in zip([(0, 0), *spans], spans, strict=False))


def test_inline_ordinals_found_from_the_first_ordinal() -> None:
    """find_markers looks for inline ordinals from the first ordinal word on (inline_from)."""
    from minutes.points import _may_inline_ord, _patterns, inline_from
    from minutes.rules import fold_case

    p = _patterns()
    texts = [*TRICKY, *SENTENCES, "He said that, first, x; and second, y.", "in: First, a; Secondly, b"]
    texts += ["a.first, b", "that first, x", "Firstly, a; secondly: b"]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    texts += ["that, Firstly, a", "x: \u201cSecond, y", "x, first to go", "x, finally: y", "x, FIRST , y"]
    texts += ["that first to x", "a.first, b", "x; and secondly, y", "x:  \u201cIn  the first place , y"]
    for text in texts:
        ow = p.ordinal_word.search(text)
        found = [m.span() for m in p.inline_ord.finditer(text, inline_from(text, ow.start()))] if ow else []
        assert found == [m.span() for m in p.inline_ord.finditer(text)], text
        if found:  # (find_markers searches inline_ord only where its gates match)
            assert _may_inline_ord(p, text, fold_case(text)), text


def test_last_word_is_the_search() -> None:
    """subjects.last_word reads the last word from the end, as the regex finds it."""
    from minutes.attribution.subjects import last_word

    heads = ["", " ", "He", "He ", "he \n", "Li Wu-", "x_y", "\u00e9t\u00e9  ", "\u0663\u0664", "a \u00a0"]
    heads += ["(he)", "I\u0130", "x\u00b2"]
    heads += [s[:k] for s in [*TRICKY, *SENTENCES] for k in range(len(s) + 1)]
    for head in heads:
        lw = re.search(r"(\w+)\s*$", head)
        assert last_word(head) == (lw.group(1).lower() if lw else None), repr(head)


def test_body_subject_searched_only_after_a_body_word() -> None:
    """subjects.meeting_as_body searches body_subject only where may_end_in_body passes."""
    from minutes.attribution.subjects import may_end_in_body

    rx = _cues().body_subject
    heads = ["It", "it", "IT", "The meeting", "that they", "x, it", "Members", "\u017fenate", "co-meeting"]
    heads += [s[:k] for s in [*TRICKY, *SENTENCES] for k in range(len(s) + 1)]
    texts = [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    heads += [s[: m.start()] for s in texts for m in re.finditer(r"\s", s)]
    for head in heads:
        head = head.rstrip()
        if rx.search(head):
            assert may_end_in_body(head), head


def test_governed_before_is_the_search() -> None:
    """subjects.named_mention reads a governing preposition from the end (governed_before)."""
    from minutes.attribution.subjects import _GOVERNED, governed_before

    texts = [
        "of ",
        "the ",
        " the ",
        "x of the ",
        "x ofthe ",
        "(of the\n",
        "into ",
        "x_to ",
        "\u00e9to ",
        "to",
    ]
    texts += [
        "together with ",
        "together  with ",
        "Together with ",
        "with the  \n",
        "out of  the the ",
        "by\tthe ",
        "of the 20th ",
        "of 3rd ",
        " 20th ",
        "20th ",
        "of 20th the ",
        "of the x20th ",
    ]
    texts += [s[:k] for s in [*TRICKY, *SENTENCES] for k in range(len(s) + 1)]
    sentences = [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    texts += [s[: m.end()] for s in sentences for m in re.finditer(r"\s", s)]
    for text in texts:
        assert governed_before(text) == (_GOVERNED.search(text) is not None), repr(text)


def test_has_candidate_is_the_search() -> None:
    """carry_over asks has_candidate, which skips the search on a plain cue or title word."""
    from minutes.attribution.cues import cues, has_candidate, words_of

    texts = [*TRICKY, *SENTENCES, "The Mayor-elect spoke.", "x said_y", "said2 x", "Vice-Mayor Li", "SAID"]
    texts += ["the mayor\u2019s", "Chair-person", "chair - person", "\u017faid x", "x Mayors y", "mayor"]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for text in texts:
        assert has_candidate(text, words_of(text)) == (cues().candidate.search(text) is not None), text


def test_inline_number_gates_pass_every_match() -> None:
    """find_markers searches inline_num and inline_spoken only where their gates match."""
    from minutes.points import _patterns

    p = _patterns()
    texts = [*TRICKY, *SENTENCES, "x: 1. a; 2. b", "that 3. x", "x; iv. y", "x: B. y", "a (1) b", "a 2) b"]
    texts += ["x:\ta. y", "x, (iv) y", "x; one is to a; two is to b", "x, and  three are y", "x,one is"]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for text in texts:
        if p.inline_num.search(text):
            assert p.inline_num_gate.search(text), text
        if p.inline_spoken.search(text):
            assert p.inline_spoken_gate.search(text), text


def test_gap_start_is_the_search() -> None:
    """subjects.subject finds the gap before a verb without the search where it can (gap_start)."""
    from minutes.attribution.cues import _gap_search, gap_start

    texts = [*TRICKY, *SENTENCES, "Wu, who chairs it, said", "Li on Monday said", "Li on 3 May said"]
    texts += ["Li in his opening remarks said", "Li, for their part, said", "Li\u00a0also said", "Li_x said"]
    texts += ["Li also\nsaid", "Li quickly  said", "Li ON Tuesday said", "W\u00e9n said", "3 said"]
    texts += ["Li Also said", "Li, a resident of Hall Lane, said", "Li (Chair) said", "He said"]
    texts += ["X, Mayor, , said", "Wu, speaking for the group, said", "A, who, said", "Li,said", "Li ,, said"]
    texts += ["on said", "xon Li said", "Li, county head, said", "Li, Running Mate , said"]
    texts += ["Li, An aide, said", "Li, WHO leads, said", "Li, \u017fpeaking for us, then, said"]
    texts += ["Li; who x, said", "Li,,who x, said"]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for text in texts:
        for rel in range(len(text) + 1):
            window = max(0, rel - 160)
            assert gap_start(text, window, rel) == _gap_search(text, window, rel), (text, rel)


def test_ordinal_parts_gate_every_ordinal_word() -> None:
    """find_markers searches ordinal_word only in a sentence holding one of ordinal_parts."""
    from minutes.points import _patterns
    from minutes.rules import fold_case, holds_any
    from minutes.rules import markers as M

    p = _patterns()
    texts = [*TRICKY, *SENTENCES, "In The First Place, x", "NUMBER\tTEN", "to  Begin with", "\u017fecond"]
    texts += [w for w in (*M.ORDINAL_PHRASES, "finally", "lastly")]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for text in texts:
        if p.ordinal_word.search(text):
            assert holds_any(fold_case(text), p.ordinal_parts), text


def test_grouped_date_pattern_matches_as_the_plain_one() -> None:
    """meeting's date pattern, its word lists grouped by first letter, finds what the plain
    alternations find."""
    from minutes.meeting import date_regex
    from minutes.rules import meeting as R

    grouped, plain = (re.compile(rf"(?<![\w/])(?:{date_regex(g)})", re.IGNORECASE) for g in (True, False))
    words = [*R.MONTHS, *R.WEEKDAYS, *R.RELATIVE_DAYS]
    texts = [*TRICKY, *SENTENCES, "on MONDAY (3/4), \u017funday 3 \u0130\u0131 \u212a the 3rd x"]
    texts += [f"{w} 3, 2024; 4 {w.upper()}. {w.title()}, x" for w in words]
    texts += [s for path in EVAL for s in split_sentences(path.read_text(encoding="utf-8"))]
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize(
    "text", ["x and", "x and \n", "band", "x_and", "\u00e9and", "but", "X, who", "a,who \n", "a, b, who", ""]
)
def test_clause_ends_searched_from_the_end(text: str) -> None:
    """subjects.second_predicate searches "and"/"but" and ", who" from where they can match."""
    from minutes.attribution.subjects import _AND_BUT_END, _WHO_END

    for head in [text, *(s[:k] for s in SENTENCES[:40] for k in range(0, len(s), 7))]:
        a = _AND_BUT_END.search(head, max(0, len(head.rstrip()) - 3))
        assert bool(a) == bool(re.search(r"\b(?:and|but)\s*$", head)), head
        comma = head.rfind(",")
        w = _WHO_END.search(head, comma) if comma >= 0 else None
        plain = re.search(r",\s*who\s*$", head)
        assert (w and w.span()) == (plain and plain.span()), head

"""Generated minutes for the benchmarks: deterministic variations of ``samples/*.txt``.

Every generator takes a ``random.Random`` (seeded by the caller), so the same seed
gives byte-identical documents on every machine and Python version: only
``Random.random``, ``randrange``, ``choice`` and ``shuffle`` are used, whose output is
fixed for a given seed.

Styles (one is picked per document):

==========  =================================================================
sample      one sample, its names replaced
shuffled    one sample, the paragraphs after its heading shuffled
spliced     the heading of one sample and paragraphs drawn from several
wrapped     one sample hard-wrapped at 60-80 columns (PDF-like text)
numbered    one sample with its paragraphs numbered "14. ", "15. ", ...
crlf        one sample with ``\\r\\n`` line breaks
==========  =================================================================

In every style the names (capitalised words that are not titles, months, markers
and the like) are replaced by generated ones, consistently within a document, so
the people in the outline are not always the same nine.

Also here, because both scripts need it: :data:`RSS_PROBE`, how a child's peak memory
is read.
"""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

STYLES: tuple[str, ...] = ("sample", "shuffled", "spliced", "wrapped", "numbered", "crlf")

# Capitalised words of the samples that are not names: titles, honorifics, markers,
# organisation heads, calendar words. Everything else capitalised that never occurs
# in lower case in the samples is taken as a name and replaced.
NOT_NAMES: frozenset[str] = frozenset(
    """
    After Apologies Assembly Board Chair Chairman Clerk Cllr Commission Commissioner
    Council Date Declarations Dr Finally General Governor Heads Holds Lastly Leaders Let
    Looking Minister Ministry Mr Mrs Ms None Opens Premier Press Police Party Prof Speaker
    Statement Thirdly Vice Yesterday Hall House Lane Street Station Reservoir Zone Offices
    Ordinary Parliamentary Planning Science Technology Ecology Environment Meteorological
    Festival Growth Grade Storage Reserved Foreign Informatization Shipbuilding Erosion
    Administrative Port Quay South Asia Africa Mill Orchard
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()  # noqa: SIM905 (a word list reads better as one string)
)

SYLLABLES: tuple[str, ...] = tuple(
    "ba ka la ma na ra sa ta va xi yu zhi qin wen hao lin mei rong dar vel tor mir sen kov ard eth".split()  # noqa: SIM905
)

WORD = re.compile(r"\b[A-Z][a-z]+\b")


@cache
def samples() -> tuple[str, ...]:
    """The texts of the English ``samples/*.txt``, sorted by file name (the Chinese ``zh-*``
    samples are left out, so that the benchmark figures stay comparable)."""
    return tuple(p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt")) if not p.name.startswith("zh-"))


@cache
def name_words() -> frozenset[str]:
    """Capitalised words of the samples taken as (parts of) names."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in samples():
        for word in re.findall(r"\b[A-Za-z][a-z]+\b", text):
            (capitalised if word[0].isupper() else lower).add(word)
    return frozenset(w for w in capitalised if w.lower() not in lower and w not in NOT_NAMES)


def new_name(rng: random.Random) -> str:
    """A capitalised made-up name word, e.g. ``"Kovmei"``."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(1, 4))).capitalize()


def rename(text: str, rng: random.Random) -> str:
    """Replace every name word by a generated one, the same one each time it occurs."""
    names = name_words()
    mapping: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if word not in names:
            return word
        if word not in mapping:
            mapping[word] = new_name(rng)
        return mapping[word]

    return WORD.sub(swap, text)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _shuffled(rng: random.Random) -> str:
    paras = _paragraphs(rng.choice(samples()))
    head, rest = paras[:1], paras[1:]
    rng.shuffle(rest)
    return "\n".join(head + rest) + "\n"


def _spliced(rng: random.Random) -> str:
    paras = _paragraphs(rng.choice(samples()))[:2]
    for _ in range(rng.randrange(2, 6)):
        other = _paragraphs(rng.choice(samples()))
        paras.append(rng.choice(other))
    return "\n\n".join(paras) + "\n"


def _wrapped(rng: random.Random) -> str:
    width = rng.randrange(60, 81)
    out = []
    for para in _paragraphs(rng.choice(samples())):
        out.append("\n".join(textwrap.wrap(para, width)) or para)
    return "\n\n".join(out) + "\n"


def _numbered(rng: random.Random) -> str:
    first = rng.randrange(1, 40)
    paras = _paragraphs(rng.choice(samples()))
    return "\n\n".join(f"{first + k}. {p}" for k, p in enumerate(paras)) + "\n"


def _crlf(rng: random.Random) -> str:
    return rng.choice(samples()).replace("\n", "\r\n")


def _sample(rng: random.Random) -> str:
    return rng.choice(samples())


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "sample": _sample,
    "shuffled": _shuffled,
    "spliced": _spliced,
    "wrapped": _wrapped,
    "numbered": _numbered,
    "crlf": _crlf,
}


def document(rng: random.Random) -> str:
    """One generated document, in a style picked by ``rng``."""
    style = rng.choice(STYLES)
    return rename(GENERATORS[style](rng), rng)


def documents(seed: int) -> Iterator[str]:
    """An endless, deterministic stream of generated documents."""
    rng = random.Random(seed)
    while True:
        yield document(rng)


def corpus(seed: int, size: int) -> list[str]:
    """Generated documents whose lengths add up to at least ``size`` characters."""
    docs: list[str] = []
    total = 0
    for doc in documents(seed):
        if total >= size:
            break
        docs.append(doc)
        total += len(doc)
    return docs


def write_files(folder: Path, count: int, seed: int) -> Path:
    """Write ``count`` generated documents as ``folder/00000.txt``, ...; return ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(count)))
    for k, doc in zip(range(count), documents(seed), strict=False):
        (folder / f"{k:0{width}d}.txt").write_bytes(doc.encode("utf-8"))
    return folder


#: Run the command given as arguments in a fresh child, and print that child's peak
#: RSS in KiB (``python -c RSS_PROBE CMD ARGS...``). This helper process is new each
#: time, so RUSAGE_CHILDREN holds the measured command only. Used by run.py and scaling.py.
RSS_PROBE = """\
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
if done.returncode:
    sys.stderr.buffer.write(done.stderr[-2000:])
    sys.exit(done.returncode)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(rss // 1024 if sys.platform == "darwin" else rss)
"""

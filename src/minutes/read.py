"""Stage 1, Read: bytes -> :class:`Document` (decoded text and the encoding used).

Decoding order:

1. a file that starts like a PDF, Word or zip file is refused with a hint;
2. a byte-order mark decides: UTF-8 (``utf-8-sig``, BOM stripped), UTF-32, UTF-16;
3. otherwise strict UTF-8;
4. otherwise UTF-8 but for a few bytes (a ``\\x96`` dash or ``\\x92`` apostrophe pasted in
   from Windows): UTF-8, with those bytes read as cp1252 (:data:`REPAIRED`,
   ``Document.repaired`` counts them);
5. otherwise charset-normalizer guesses (gb18030, big5, cp1252, ...; a DOS code page only
   when no other reads the text as cleanly).

The text is returned exactly as decoded: ``"\\r\\n"`` is kept, so that character
offsets computed by later stages refer to this text. Whatever the route,
``data.decode(doc.encoding) == doc.text`` holds.

This module never prints; problems are raised as :class:`InputError`.
"""

from __future__ import annotations

import codecs
import itertools
import os
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO

from minutes.errors import InputError

STDIN = "-"
"""The path that means standard input."""

#: Leading bytes of files that are not plain text, and what to do instead.
#: Example: a file starting with ``b"%PDF-1.7"`` is refused with the first hint.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "looks like a PDF: convert it to text first, e.g. pdftotext FILE.pdf FILE.txt"),
    (b"PK\x03\x04", "looks like a .docx, .odt or zip file: save or export it as plain text (.txt) first"),
    (b"\xd0\xcf\x11\xe0", "looks like an old Word (.doc) or Office file: save it as plain text (.txt) first"),
    (b"{\\rtf", "looks like an RTF document: save it as plain text (.txt) first"),
    (b"\x89PNG\r\n\x1a\n", "looks like a PNG image: run OCR on it first, e.g. tesseract"),
    (b"\xff\xd8\xff", "looks like a JPEG image: run OCR on it first, e.g. tesseract"),
    (b"GIF8", "looks like a GIF image: run OCR on it first, e.g. tesseract"),
    (b"\x1f\x8b", "looks like a gzip archive: decompress it first, e.g. gunzip FILE.gz"),
    (b"\x7fELF", "looks like a program, not text: give a text file of the minutes"),
)

#: Byte-order marks and the codec that decodes (and strips) them. UTF-32 comes
#: before UTF-16 because the UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: When charset-normalizer rates several encodings equally (it often cannot tell
#: cp1252 from cp1250 on English text with a few accents), the first of these wins.
PREFERRED_ON_TIE: tuple[str, ...] = ("cp1252", "gb18030", "big5", "shift_jis", "cp932", "euc_kr")

#: The code pages of DOS. On a short Latin text charset-normalizer may rank one of them
#: first by a hair ("Café", "Müller" read as cp775: "Cafķ", "M³ller"); minutes are rarely
#: written in them, so one is taken only when no other code page reads the text as cleanly.
DOS_CODE_PAGES: frozenset[str] = frozenset(
    {"cp437", "cp737", "cp775", "cp850", "cp852", "cp855", "cp857", "cp858"}
    | {"cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp866", "cp869"}
)


#: The name of UTF-8 with stray bytes read as cp1252: a codec of its own (registered
#: below), so that ``data.decode(doc.encoding) == doc.text`` holds for it too.
REPAIRED = "utf-8+cp1252"


@dataclass(frozen=True)
class Document:
    """Decoded input: ``text`` exactly as decoded, the codec name, and where it came from.
    ``repaired`` counts the bytes that were not UTF-8 and were read as cp1252."""

    text: str
    encoding: str
    source: str
    repaired: int = 0


def _as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an undecodable byte as its cp1252 character (latin-1 for the
    five bytes cp1252 leaves undefined)."""
    assert isinstance(error, UnicodeDecodeError)
    byte = error.object[error.start : error.start + 1]
    return byte.decode("cp1252", errors="ignore") or byte.decode("latin-1"), error.start + 1


codecs.register_error("minutes-cp1252", _as_cp1252)


def _decode_repaired(data: bytes, errors: str = "strict") -> tuple[str, int]:
    return codecs.utf_8_decode(data, "minutes-cp1252", True)


def _find_repaired(name: str) -> codecs.CodecInfo | None:
    if name not in ("utf_8_cp1252", "utf8_cp1252"):  # names arrive normalized: "utf-8+cp1252" -> this
        return None
    return codecs.CodecInfo(codecs.utf_8_encode, _decode_repaired, name=REPAIRED)  # type: ignore[arg-type]


codecs.register(_find_repaired)


def stray_bytes(data: bytes) -> int | None:
    """How many bytes of ``data`` are not UTF-8, if it is UTF-8 but for a few of them; else None.

    "A few": the file has UTF-8 characters beyond ASCII (evidence that it is UTF-8), and
    every byte that is not UTF-8 stands alone, between UTF-8 characters (as a dash or an
    apostrophe pasted from Windows does). A file in cp1252 has no UTF-8 beyond ASCII; in
    GB18030 or Big5, the bytes that are not UTF-8 come in runs.

    >>> stray_bytes("£38,500 ".encode() + b"\\x96 paid, the Chair\\x92s")
    2
    >>> stray_bytes("会议".encode("gb18030")) is None
    True
    """
    escaped = data.decode("utf-8", errors="surrogateescape")
    stray = [i for i, c in enumerate(escaped) if "\udc80" <= c <= "\udcff"]
    if not stray or len(stray) == sum(1 for c in escaped if c > "\x7f"):
        return None  # nothing to repair, or no UTF-8 beyond ASCII
    if any(b - a == 1 for a, b in itertools.pairwise(stray)):
        return None  # a run of bytes that are not UTF-8: another encoding
    return len(stray)


def _describe(source: str) -> str:
    return "standard input" if source == STDIN else source


def _dos(name: str) -> bool:
    return codecs.lookup(name).name in DOS_CODE_PAGES


def _detect(data: bytes) -> str | None:
    """The codec charset-normalizer finds most likely for ``data``, or None."""
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 input needs it

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    if _dos(best.encoding):
        best = next((m for m in matches if not _dos(m.encoding) and m.chaos <= best.chaos), best)
    # could_be_from_charset lists the encodings that give exactly the same text.
    tied = {
        codecs.lookup(name).name
        for m in matches
        if m.chaos == best.chaos and m.coherence == best.coherence
        for name in m.could_be_from_charset
    }
    for name in PREFERRED_ON_TIE:
        if codecs.lookup(name).name in tied:
            return codecs.lookup(name).name
    return codecs.lookup(best.encoding).name


def decode(data: bytes, source: str = STDIN, encoding: str | None = None) -> Document:
    """Decode the bytes of a minutes file; ``encoding`` (a codec name) skips the detection.

    >>> decode("Café\\r\\n".encode("utf-8"))
    Document(text='Café\\r\\n', encoding='utf-8', source='-', repaired=0)
    >>> decode(b"\\xef\\xbb\\xbfHi", "a.txt")
    Document(text='Hi', encoding='utf-8-sig', source='a.txt', repaired=0)

    Raises :class:`InputError` for binary-looking or undecodable data.
    """
    where = _describe(source)
    for signature, hint in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{where}: {hint}")

    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}; e.g. utf-8, gb18030, big5, cp1252") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{where}: is not valid {encoding} (byte {error.start}); "
                "check --encoding, or leave it out to let minutes detect the encoding"
            ) from None
        encoding = codecs.lookup(encoding).name
    elif encoding := next((codec for bom, codec in BYTE_ORDER_MARKS if data.startswith(bom)), None):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{where}: starts with a {encoding} byte-order mark but is not valid {encoding} "
                f"(byte {error.start}); re-save it as UTF-8"
            ) from error
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            repaired = stray_bytes(data)
            if repaired is not None:
                return _checked(Document(data.decode(REPAIRED), REPAIRED, source, repaired))
            detected = _detect(data)
            if detected is None:
                raise InputError(
                    f"{where}: cannot tell which text encoding this is; re-save it as UTF-8"
                ) from None
            text, encoding = data.decode(detected), detected
    return _checked(Document(text=text, encoding=encoding, source=source))


def _checked(doc: Document) -> Document:
    if "\x00" in doc.text:
        raise InputError(
            f"{_describe(doc.source)}: contains NUL bytes, so it looks like a binary file "
            "(or UTF-16 without a byte-order mark); give plain text, e.g. re-save it as UTF-8"
        )
    return doc


def read_source(path: str, stdin: BinaryIO | None = None, encoding: str | None = None) -> Document:
    """Read and decode a file, or standard input when ``path`` is ``"-"``.

    ``stdin`` is the byte stream to read for ``"-"`` (default: ``sys.stdin.buffer``);
    ``encoding`` overrides the detection (see :func:`decode`).
    Raises :class:`InputError` with a one-line message for every reading problem.
    A named pipe is read only if a writer has it open (else reading would wait forever);
    devices and sockets are refused.
    """
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = stream.read()
        except OSError as error:
            raise InputError(f"standard input: cannot read it ({error.strerror or error})") from error
        return decode(data, STDIN, encoding)
    return decode(_read_path(path), path, encoding)


def _read_path(path: str) -> bytes:
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{path}: is a directory; give the path of a text file")
        if stat.S_ISFIFO(mode):
            return _read_fifo(path)
        if not stat.S_ISREG(mode):
            raise InputError(f"{path}: is a device or socket, not a text file; give the path of a text file")
        with open(path, "rb") as file:
            return file.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path (or give - to read standard input)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror or error})") from None


def _read_fifo(path: str) -> bytes:
    """Read a named pipe (``<(command)`` gives one), refusing one that nobody writes to."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        chunks = []
        os.set_blocking(fd, False)
        try:
            first = os.read(fd, 1 << 16)
        except BlockingIOError:  # a writer is there but has not written yet: wait for it
            first = None
        if first == b"":
            raise InputError(
                f"{path}: is a named pipe (FIFO) that nobody is writing to; "
                f"start the writer first, or pipe the text in: minutes summarize - < {path}"
            )
        if first:
            chunks.append(first)
        os.set_blocking(fd, True)
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)

"""Stage 1, Read: bytes -> Document. Golden tables of bytes and what they decode to."""

from __future__ import annotations

import codecs
import io
import os
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes.errors import InputError
from minutes.read import Document, decode, read_source

HANZI = "上海市工业园区领导小组第一次全体会议于七月三日召开。副市长吴清出席会议并讲话。"
HANZI_TRADITIONAL = "上海市工業園區領導小組第一次全體會議於七月三日召開。副市長吳清出席會議並講話。"
FRENCH = "Le comité s'est réuni mardi. Le président a déclaré: première, économie; deuxième, société."
SHORT_LATIN = (
    "Minutes of the Café committee meeting.\nPresent: José Müller, Renée François\n"
    "Renée François said that, first, the café should open at 8; second, prices should stay.\n"
)
WESTERN = "The café committee met on Tuesday – Mr. Müller said “first, we must act”; Zoë agreed."

# (bytes, expected text, expected encoding)
DECODED: list[tuple[bytes, str, str]] = [
    (b"", "", "utf-8"),
    (b"First, act.", "First, act.", "utf-8"),
    ("Café 会议".encode(), "Café 会议", "utf-8"),
    # "\r\n" is kept, so that offsets refer to the decoded text
    (b"One.\r\nTwo.\r\n", "One.\r\nTwo.\r\n", "utf-8"),
    (codecs.BOM_UTF8 + "Café".encode(), "Café", "utf-8-sig"),
    (codecs.BOM_UTF8, "", "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "会议\r\n".encode("utf-16-le"), "会议\r\n", "utf-16"),
    (codecs.BOM_UTF16_BE + "会议".encode("utf-16-be"), "会议", "utf-16"),
    (codecs.BOM_UTF32_LE + "会议".encode("utf-32-le"), "会议", "utf-32"),
    (HANZI.encode("gb18030"), HANZI, "gb18030"),
    (HANZI.encode("gbk"), HANZI, "gb18030"),
    (HANZI_TRADITIONAL.encode("big5"), HANZI_TRADITIONAL, "big5"),
    (WESTERN.encode("cp1252"), WESTERN, "cp1252"),
    # charset-normalizer rates cp1250 and cp1252 the same here; cp1252 wins the tie
    (FRENCH.encode("latin-1"), FRENCH, "cp1252"),
    # charset-normalizer ranks cp775 first here by a hair ("Cafķ", "M³ller"); a Windows
    # code page that reads it as cleanly wins
    (SHORT_LATIN.encode("latin-1"), SHORT_LATIN, "cp1252"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODED)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    document = decode(data, "m.txt")
    assert document == Document(text=text, encoding=encoding, source="m.txt")
    assert data.decode(document.encoding) == document.text


# (bytes, words the one-line message must contain)
REFUSED: list[tuple[bytes, str]] = [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "looks like a PDF: convert it to text first, e.g. pdftotext"),
    (b"PK\x03\x04\x14\x00\x06\x00", "save or export it as plain text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "old Word (.doc)"),
    (b"{\\rtf1\\ansi First, act.}", "RTF"),
    (b"First\x00, act.", "looks like a binary file"),
    ("First, act.".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    (codecs.BOM_UTF8 + b"\xff\xfe broken", "not valid utf-8-sig"),
]


@pytest.mark.parametrize(("data", "words"), REFUSED)
def test_decode_refuses(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "m.bin")
    message = str(caught.value)
    assert message.startswith("m.bin: ")
    assert words in message
    assert "\n" not in message


def test_undecodable_bytes_say_what_to_do() -> None:
    with pytest.raises(InputError, match=r"^standard input: cannot tell .* re-save it as UTF-8$"):
        decode(bytes(range(128, 256)))


@given(st.text())
def test_any_utf8_text_round_trips(text: str) -> None:
    if "\x00" in text:
        with pytest.raises(InputError):
            decode(text.encode())
    else:
        assert decode(text.encode()) == Document(text, "utf-8", "-")


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_exactly_or_fail_with_input_error(data: bytes) -> None:
    try:
        document = decode(data)
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert data.decode(document.encoding) == document.text


def test_read_source_file(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"First, act.\r\n")
    assert read_source(str(path)) == Document("First, act.\r\n", "utf-8-sig", str(path))


def test_read_source_stdin() -> None:
    stdin = io.BytesIO(HANZI.encode("gb18030"))
    assert read_source("-", stdin) == Document(HANZI, "gb18030", "-")


def test_read_source_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=r": no such file; check the path"):
        read_source(str(missing))


def test_read_source_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r": is a directory; give the path of a text file$"):
        read_source(str(tmp_path))


def test_read_source_pdf(tmp_path: Path) -> None:
    path = tmp_path / "m.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(InputError, match=r"m\.pdf: looks like a PDF: convert it to text first"):
        read_source(str(path))


def test_read_source_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: str, mode: str = "r") -> object:
        raise PermissionError(13, "Permission denied", path)

    secret = tmp_path / "secret.txt"
    secret.write_text("The meeting was held.")
    monkeypatch.setattr("minutes.read.open", refuse, raising=False)  # chmod 0 does not stop root
    with pytest.raises(InputError, match=r"secret\.txt: permission denied; check the file's permissions$"):
        read_source(str(secret))


def test_read_source_fifo_without_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"pipe: is a named pipe \(FIFO\) that nobody is writing to"):
        read_source(str(fifo))


def test_read_source_fifo_with_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"printf 'Minutes of the meeting.' > '{fifo}'"])
    try:
        for _ in range(100):  # wait until the writer has the pipe open
            try:
                doc = read_source(str(fifo))
                break
            except InputError:
                time.sleep(0.05)
        else:
            pytest.fail("the writer never opened the FIFO")
    finally:
        writer.wait(timeout=10)
    assert doc.text == "Minutes of the meeting."


def test_read_source_device() -> None:
    with pytest.raises(InputError, match=r"/dev/zero: is a device or socket, not a text file"):
        read_source("/dev/zero")


def test_decode_with_explicit_encoding() -> None:
    data = "会议由陈明波主持。".encode("gb18030")
    assert decode(data, "m.txt", "GB18030") == Document("会议由陈明波主持。", "gb18030", "m.txt")
    with pytest.raises(InputError, match=r"m\.txt: is not valid ascii \(byte 0\); check --encoding"):
        decode(data, "m.txt", "ascii")
    with pytest.raises(InputError, match=r"unknown encoding 'klingon'"):
        decode(data, "m.txt", "klingon")


def test_docstring_examples() -> None:
    import doctest

    import minutes.errors
    import minutes.read

    for module in (minutes.read, minutes.errors):
        assert doctest.testmod(module).failed == 0

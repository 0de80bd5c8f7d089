"""The project's exceptions, and the exit codes the command line maps them to.

Library code raises these; only ``cli.py`` turns them into one line on stderr
and an :class:`ExitStatus`. Every message says what went wrong and what to do,
and reads well after ``minutes: error: ``.
"""

from __future__ import annotations

from enum import IntEnum


class MinutesError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(MinutesError):
    """The input cannot be read as text: missing, unreadable, binary or undecodable.

    >>> str(InputError("notes.pdf: looks like a PDF: convert it to text first, e.g. pdftotext"))
    'notes.pdf: looks like a PDF: convert it to text first, e.g. pdftotext'
    """


class OutputError(MinutesError):
    """The output cannot be written: ``-o FILE`` or standard output (``stdout`` true).

    >>> str(OutputError("standard output: no space left on device", stdout=True))
    'standard output: no space left on device'
    """

    def __init__(self, message: str, *, stdout: bool = False) -> None:
        super().__init__(message)
        self.stdout = stdout


class ExitStatus(IntEnum):
    """Exit codes of the ``minutes`` command (the README's table lists them)."""

    OK = 0
    #: The input could not be read or processed, or the output could not be written
    #: (the message on stderr says why).
    INPUT_ERROR = 1
    #: The command line was wrong, or no input was given.
    USAGE = 2
    #: A bug in minutes (an internal error): please report it. 70 is sysexits' EX_SOFTWARE.
    INTERNAL_ERROR = 70
    #: Interrupted with Ctrl-C (128 + SIGINT).
    INTERRUPTED = 130

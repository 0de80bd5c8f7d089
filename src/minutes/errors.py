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


class ExitStatus(IntEnum):
    """Exit codes of the ``minutes`` command (the README's table lists them)."""

    OK = 0
    #: The input could not be read or processed (the message on stderr says why).
    INPUT_ERROR = 1
    #: The command line was wrong, or no input was given.
    USAGE = 2
    #: Interrupted with Ctrl-C (128 + SIGINT).
    INTERRUPTED = 130

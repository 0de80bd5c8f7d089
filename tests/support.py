"""What several test modules share: a short text of minutes, and `minutes` on a PATH."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Short minutes in the seed's style: a meeting, a presider, one speaker with two points.
MINUTES = """\
The first plenary meeting of the Leading Group was held on July 3rd. It was presided over by \
Chen Mingbo, Deputy Secretary-General of the Municipal Government.

Vice Mayor Wu Qing attended the meeting and made a speech. She pointed out that, first, it is \
necessary to take the parks as the main position. Second, we must strengthen the efficient use \
of resources.
"""


def path_with_minutes(folder: Path) -> str:
    """A PATH whose first folder (``folder/bin``) holds a ``minutes`` that runs this
    interpreter's ``python -m minutes``, so that shell scripts call the code under test."""
    bindir = folder / "bin"
    bindir.mkdir(exist_ok=True)
    shim = bindir / "minutes"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m minutes "$@"\n')
    shim.chmod(0o755)
    return f"{bindir}{os.pathsep}{os.environ['PATH']}"

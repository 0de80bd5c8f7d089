"""``python -m minutes``: the same as the ``minutes`` command."""

from minutes.cli import main

main()

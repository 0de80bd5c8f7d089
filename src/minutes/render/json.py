"""JSON outline: ``Outline.to_dict()`` as described by ``schema/outline.schema.json``."""

from __future__ import annotations

import json

from minutes.model import Outline


def render_json(outline: Outline) -> str:
    """The outline as indented JSON (non-ASCII kept as is), without a trailing newline."""
    return json.dumps(outline.to_dict(), ensure_ascii=False, indent=2)

"""The decision trail of ``minutes explain``: one line a decision, or a JSON array."""

from __future__ import annotations

import json

from minutes.explain import Step, describe


def render_explain(steps: list[Step], text: str, fmt: str) -> str:
    if fmt == "json":
        return json.dumps([s.to_dict() for s in steps], ensure_ascii=False, indent=2) + "\n"
    return "".join(describe(s, text) + "\n" for s in steps)

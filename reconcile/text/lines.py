"""Line offsets of a text: where each line starts, for a claim's line and column; and the
first line read as a headline."""

from __future__ import annotations

import re

_LINE_END = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_END.finditer(text)]


def headline(text: str) -> str | None:
    """The first line, when it reads like a headline: followed by more text, at most
    200 characters and 30 words, not ending like a sentence or a clause (reconcile.ingest's
    title of a plain-text article; reconcile.text.sites reads a site's name after it)."""
    parts = _LINE_END.split(text.lstrip("\ufeff \t\r\n"), maxsplit=1)
    first = parts[0].strip()
    if len(parts) < 2 or not parts[1].strip() or not first:
        return None
    if len(first) > 200 or len(first.split()) > 30 or first.endswith((".", ",", ";", ":")):
        return None
    if not any(ch.isalpha() for ch in first):
        return None
    return first

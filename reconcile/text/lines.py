"""Line offsets of a text: where each line starts, for a claim's line and column."""

from __future__ import annotations

import re

_LINE_END = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_END.finditer(text)]

"""Line offsets of a text: where each line starts, for a claim's line and column; the first
and the last non-empty lines, read from each end (a publication date or an outlet stated at the
top or the bottom of a page); and the first line read as a headline."""

from __future__ import annotations

import re
from functools import cache

from ..data import load

_LINE_END = re.compile(r"\r\n|\r|\n")


@cache
def _headline_end() -> tuple[tuple[str, ...], re.Pattern[str], frozenset[str]]:
    d = load("ingest")["headline_end"]
    return tuple(d["ellipsis"]), re.compile(d["initials"]), frozenset(d["abbreviations"])


def _cut_or_short(line: str) -> bool:
    """The line's last mark is a page title's cut ('...') or the full stop of an abbreviation
    ('Co.', 'D.C.'; data/ingest.json ``headline_end``), not a sentence's end."""
    ellipsis, initials, words = _headline_end()
    last = line.split()[-1]
    return line.endswith(ellipsis) or last in words or bool(initials.match(last))


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_END.finditer(text)]


def top_lines(text: str, n: int, first: int = 0) -> list[tuple[int, int, str]]:
    """(line number, offset, line) of the first ``n`` non-empty lines of ``text``, 0-based line
    numbers counting empty lines too (``first`` added to each, offsets as they are), read from
    the top only: the rest of the text is never split."""
    out: list[tuple[int, int, str]] = []
    pos = k = 0
    for k, m in enumerate(_LINE_END.finditer(text)):
        if text[pos:m.start()].strip():
            out.append((first + k, pos, text[pos:m.start()]))
            if len(out) == n:
                return out
        pos = m.end()
    else:
        k = k + 1 if pos else 0
    if text[pos:].strip() and len(out) < n:
        out.append((first + k, pos, text[pos:]))
    return out


def end_lines(text: str, n: int) -> list[tuple[int, int, str]]:
    """(line number, offset, line) of the last ``n`` non-empty lines of ``text``, top first, as
    :func:`top_lines` gives them, read from a tail that grows until it holds them: a long text's
    middle is never split into lines (its line breaks are only counted)."""
    size = 4096
    while True:
        base = max(0, len(text) - size)
        if 0 < base < len(text) and text[base - 1] == "\r" and text[base] == "\n":
            base += 1  # not between the two characters of one line break
        before = sum(1 for _ in _LINE_END.finditer(text, 0, base)) if base else 0
        got = [(i, base + off, line) for i, off, line in top_lines(text[base:], len(text), before)]
        if base > 0 and got and got[0][0] == before:
            got = got[1:]  # the tail's first line may start before it
        if len(got) >= n or base == 0:
            return got[-n:] if n else []
        size *= 4


def headline(text: str) -> str | None:
    """The first line, when it reads like a headline: followed by more text, at most
    200 characters and 30 words, not ending like a sentence or a clause, but for a page
    title's cut ('accused of...') or an abbreviation's full stop ('in Harris Co.':
    :func:`_cut_or_short`) (reconcile.ingest's title of a plain-text article;
    reconcile.text.sites reads a site's name after it)."""
    parts = _LINE_END.split(text.lstrip("\ufeff \t\r\n"), maxsplit=1)
    first = parts[0].strip()
    if len(parts) < 2 or not parts[1].strip() or not first:
        return None
    if len(first) > 200 or len(first.split()) > 30 or first.endswith((".", ",", ";", ":")) and not _cut_or_short(first):
        return None
    if not any(ch.isalpha() for ch in first):
        return None
    return first

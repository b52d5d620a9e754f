"""The outlet a plain-text article names in its own lines. No spaCy here.

For articles whose metadata gives no outlet, :func:`find` reads, in this order:

- the site's name a scraped page title carries after its headline ('Two hurt in Elm Park
  shooting - WXYZ Channel 7 | Lakeside News, Weather & Sports', found by
  :func:`reconcile.text.sites.site_suffix`): the outlet is the call sign the suffix holds
  ('WXYZ'), else its web address ('lakeside7.com'), else its first segment shaped like a
  site's name ('Lakeside Daily News'), cut at a comma or a colon;
- a dateline in the top lines with the outlet in brackets ('LAKESIDE, Ohio (WXYZ) —',
  'ELM FALLS (AP) -'): a call sign, a wire or a name shaped like a site's;
- a copyright line in the last lines ('Copyright 2016 WXYZ. All rights reserved.'), not a
  company that owns outlets ('Elm Media Group').

The shapes are data (``reconcile/data/outlets.json``). A dateline names who wrote the story
(a wire, a sister station whose story another site carries), a title suffix the site that
published the page: the name is the one the text gives, with the rule that gave it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import load, wordset
from .sites import is_site_name, marker, site_suffix

_LINE_END = re.compile(r"\r\n|\r|\n")
#: the separators of a title suffix's segments ('WXYZ News - Lakeside | Weather')
_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-\u2013\u2014]\s+|^\s*[-\u2013\u2014]\s*")
#: a segment's head ends at a comma, a colon or a semicolon ('Lakeside News, Weather & Sports')
_HEAD_END = re.compile(r"\s*[,:;]\s*")
#: a scraped line can be a whole story: longer lines are cut to this before matching
MAX_LINE = 400


@dataclass(frozen=True, slots=True)
class Found:
    """An outlet's name read from an article: ``rule`` is 'title', 'dateline' or
    'copyright'; ``start``/``end`` its offsets in the text."""

    name: str
    rule: str
    start: int
    end: int


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    d = load("outlets")
    return tuple(re.compile(d[k]["pattern"]) for k in ("call_sign", "web_address", "dateline", "not_a_name", "copyright"))


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the non-empty lines of ``text``."""
    out, pos = [], 0
    for raw in _LINE_END.split(text):
        if raw.strip():
            out.append((pos, raw[:MAX_LINE]))
        pos += len(raw)
        if pos < len(text):
            pos += 2 if text.startswith("\r\n", pos) else 1
    return out


def _outlet_shaped(name: str, *, owner: bool = True) -> bool:
    """Whether ``name`` reads as an outlet's: a call sign, a wire, or a site's name with a
    marker word; not a date or a slogan (``not_a_name``); with ``owner`` false, not a company
    that owns outlets either."""
    call, web, _, not_a_name, _ = _patterns()
    name = name.strip()
    if not name or not_a_name.search(name):
        return False
    if not owner and any(w.lower().strip(".,") in wordset("outlets", "owner_words") for w in name.split()):
        return False
    if call.fullmatch(name) or name in wordset("outlets", "wires") or web.fullmatch(name):
        return True
    return is_site_name(name)


def _in_suffix(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Offsets of the outlet in the title suffix ``text[s:e]``: its first call sign, else
    its first web address, else the first of its segments (between separators, up to a comma
    or a colon) shaped like a site's name with a marker word that is not a slogan's
    (``generic_markers``: 'Lakeside, OH News' names no outlet, 'FOX 9' does)."""
    call, web, *_ = _patterns()
    part = text[s:e]
    for pat in (call, web):
        m = pat.search(part)
        if m:
            return s + m.start(), s + m.end()
    generic, mark = wordset("outlets", "generic_markers"), marker()
    cuts = [0, *(x for m in _SEPARATOR.finditer(part) for x in (m.start(), m.end())), len(part)]
    for a, b in zip(cuts[::2], cuts[1::2]):
        head = _HEAD_END.split(part[a:b], maxsplit=1)[0].strip(" -\u2013\u2014")
        if not head:
            continue
        at = a + part[a:b].index(head)
        words = [w.strip(".,'\u2019") for w in head.split()]
        if _outlet_shaped(head) and any(
                mark.fullmatch(p) and p.lower() not in generic for w in words for p in w.split("-")):
            return s + at, s + at + len(head)
    return None


def _title(text: str) -> Found | None:
    got = site_suffix(text)
    if got is None:
        return None
    at = _in_suffix(text, *got)
    return Found(text[at[0]:at[1]], "title", *at) if at else None


def _dateline(text: str, lines: list[tuple[int, str]]) -> Found | None:
    dateline = _patterns()[2]
    for off, line in lines[:int(load("outlets")["top_lines"])]:
        m = dateline.match(line)
        if m and _outlet_shaped(m["name"]):
            return Found(m["name"], "dateline", off + m.start("name"), off + m.end("name"))
    return None


def _copyright(text: str, lines: list[tuple[int, str]]) -> Found | None:
    copyright_line = _patterns()[4]
    for off, line in reversed(lines[-int(load("outlets")["end_lines"]):]):
        stripped = line.lstrip()
        m = copyright_line.match(stripped)
        if m and _outlet_shaped(m["name"], owner=False):
            lead = len(line) - len(stripped)
            name = m["name"].rstrip(" -\u2013\u2014")  # 'Copyright 2016 by WXYZ - All rights reserved.'
            if not _outlet_shaped(name, owner=False):
                continue
            return Found(name, "copyright", off + lead + m.start("name"), off + lead + m.start("name") + len(name))
    return None


def find(text: str) -> Found | None:
    """The outlet ``text`` names in its title suffix, its dateline or its copyright line
    (see the module's rules), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    lines = _lines(text)
    return _title(text) or _dateline(text, lines) or _copyright(text, lines)

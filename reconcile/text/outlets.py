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
from .lines import end_lines, top_lines
from .sites import is_site_name, marker, site_suffix

#: a character no outlet's name holds: control and format characters (escapes, bidi marks), markup
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>\[\]{}\u00a9]")
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

    @property
    def outlet(self) -> str:
        """The name reports show: :func:`canonical` of the name as written."""
        return canonical(self.name)


def canonical(name: str) -> str:
    """One name for one outlet: a wire written out is its short name ('The Associated Press':
    'AP'; data/outlets.json ``aliases``), a call sign loses '-TV' or '-DT' ('WXYZ-TV': 'WXYZ')."""
    name = load("outlets")["aliases"]["map"].get(name, name)
    m = _patterns()[0].fullmatch(name)
    return re.sub(r"-(?:TV|DT)$", "", name) if m else name


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    d = load("outlets")
    return tuple(re.compile(d[k]["pattern"]) for k in ("call_sign", "web_address", "dateline", "not_a_name", "copyright",
                                                        "network_brand"))


def _outlet_shaped(name: str, *, owner: bool = True) -> bool:
    """Whether ``name`` reads as an outlet's: a call sign, a wire, or a site's name with a
    marker word; not a date or a slogan (``not_a_name``); with ``owner`` false, not a company
    that owns outlets either."""
    call, web, _, not_a_name, _, brand = _patterns()
    name = name.strip()
    if not name or not_a_name.search(name) or _UNSAFE.search(name):
        return False
    if name.split()[-1].lower().strip(".,") in wordset("outlets", "not_an_outlet_end", "words"):
        return False  # '(Press Conference)', '(Times Square)', 'Gazette Staff'
    if name.upper() == name and name.strip(".") in wordset("outlets", "not_call_signs"):
        return False  # 'WHAT', 'KIDS' in capitals
    if not owner and any(w.lower().strip(".,") in wordset("outlets", "owner_words") for w in name.split()):
        return False
    if call.fullmatch(name) or name in wordset("outlets", "wires") or web.fullmatch(name) or brand.fullmatch(name):
        return True
    return is_site_name(name)


def _in_suffix(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Offsets of the outlet in the title suffix ``text[s:e]``: its first call sign, else
    its first web address, else the first of its segments (between separators, up to a comma
    or a colon) shaped like a site's name with a marker word that is not a slogan's
    (``generic_markers``: 'Lakeside, OH News' names no outlet, 'FOX 9' does)."""
    call, web, *_ = _patterns()
    part = text[s:e]
    m = web.search(part)
    calls = [c for c in call.finditer(part) if _outlet_shaped(c.group()) and not _shouted(part, c)]
    for got in (calls[0] if calls else None, m):
        if got is not None:
            return s + got.start(), s + got.end()
    generic, mark = wordset("outlets", "generic_markers"), marker()
    cuts = [0, *(x for m in _SEPARATOR.finditer(part) for x in (m.start(), m.end())), len(part)]
    for a, b in zip(cuts[::2], cuts[1::2]):
        head = _HEAD_END.split(part[a:b], maxsplit=1)[0].strip(" -\u2013\u2014")
        if not head:
            continue
        at = a + part[a:b].index(head)
        words = [w.strip(".,'\u2019") for w in head.split()]
        letters = [w for w in head.split() if any(ch.isalpha() for ch in w)]
        if len(letters) > 1 and all(w.isupper() for w in letters):
            continue  # '- WHAT WE KNOW': a headline's tag in capitals
        if _outlet_shaped(head) and any(
                mark.fullmatch(p) and p.lower() not in generic for w in words for p in w.split("-")):
            return s + at, s + at + len(head)
    return None


def _shouted(part: str, c: re.Match[str]) -> bool:
    """Whether the call-sign-shaped word ``c`` stands in a segment of ``part`` written all in
    capitals and longer than one word ('- WHAT WE KNOW'): a headline's tag, not a station's."""
    a = max(part.rfind(x, 0, c.start()) for x in ("-", "|", "\u2013", "\u2014", ",", ":")) + 1
    ends = [i for i in (part.find(x, c.end()) for x in (" - ", "|", "\u2013", "\u2014", ",", ":")) if i >= 0]
    seg = part[a:min(ends) if ends else len(part)]
    words = [w for w in seg.split() if any(ch.isalpha() for ch in w)]
    return len(words) > 1 and all(w.isupper() for w in words)


def _title(text: str) -> Found | None:
    got = site_suffix(text)
    if got is None:
        return None
    at = _in_suffix(text, *got)
    return Found(text[at[0]:at[1]], "title", *at) if at else None


def _dateline(lines: list[tuple[int, int, str]]) -> Found | None:
    dateline = _patterns()[2]
    for _, off, line in lines:
        line = line[:MAX_LINE]
        m = dateline.match(line)
        if m and _outlet_shaped(m["name"]):
            return Found(m["name"], "dateline", off + m.start("name"), off + m.end("name"))
    return None


def _copyright(lines: list[tuple[int, int, str]]) -> Found | None:
    copyright_line = _patterns()[4]
    for _, off, line in reversed(lines):
        line = line[:MAX_LINE]
        stripped = line.lstrip()
        m = copyright_line.match(stripped)
        if m:
            lead = len(line) - len(stripped)
            # 'Copyright 2016 by WXYZ - All rights reserved.', 'Copyright 2016 WXYZ -- Lakeside'
            name = re.split(r"\s+(?:--?|\u2013|\u2014|\|)(?:\s+|$)", m["name"])[0].rstrip(" -\u2013\u2014")
            if not _outlet_shaped(name, owner=False):
                continue
            return Found(name, "copyright", off + lead + m.start("name"), off + lead + m.start("name") + len(name))
    return None


def find(text: str) -> Found | None:
    """The outlet ``text`` names in its title suffix, its dateline or its copyright line
    (see the module's rules), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    d = load("outlets")
    return _title(text) or _dateline(top_lines(text, int(d["top_lines"]))) or _copyright(
        end_lines(text, int(d["end_lines"])))

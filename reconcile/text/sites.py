"""The site's name a scraped page title carries after its headline ('Two hurt in Elm Park
shooting - WXYZ Channel 7 News'): data/boilerplate.json ``site_suffix``. The extractor
keeps no figure, noun or person in it (reconcile.extract.claims)."""

from __future__ import annotations

import re
from functools import cache

from ..data import load
from .lines import headline

_FIRST_LINE = re.compile(r"[ \t\r\n\ufeff]*([^\r\n]*)(?:\r\n|\r|\n)")
_WORD_EDGE = ",:;()!?*\"'\u201c\u201d\u2018\u2019"
_SEP_MARKS = " \t-|\u2013\u2014"


@cache
def _shape() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], int, int]:
    """The separator, a marker word, a word no site name holds, the lower-case words a site
    name keeps, the most words of a segment and of a place."""
    d = load("boilerplate")["site_suffix"]
    return (re.compile(d["separator"]), re.compile(d["marker"]), re.compile(d["not_site"], re.I),
            frozenset(d["lower"]), int(d["most_words"]), int(d["place_words"]))


def _segment(seg: str) -> str | None:
    """'marker' for a segment of a title shaped like a site's name with a marker word in it
    ('WXYZ Channel 7 News'), 'place' for a short place ('Lakeside, Ohio'), else None."""
    _, mark, not_site, lower, most, place = _shape()
    words = [w.strip(_WORD_EDGE) for w in seg.split()]
    words = [w for w in words if any(ch.isalnum() for ch in w)]
    if not words or len(words) > most or any(not_site.fullmatch(w) for w in words):
        return None
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in lower or "." in w for w in words):
        return None
    if any(mark.fullmatch(p) for w in words for p in w.split("-")):
        return "marker"
    return "place" if len(words) <= place and all(w[0].isupper() for w in words) else None


def marker() -> re.Pattern[str]:
    """The marker word of a site's name (data/boilerplate.json ``site_suffix``: a call sign, a
    web address, a network or a newspaper word), to match a whole word."""
    return _shape()[1]


def is_site_name(seg: str) -> bool:
    """Whether ``seg`` is shaped like a site's name with a marker word in it ('WXYZ Channel 7
    News', 'Lakeside Daily News'; data/boilerplate.json ``site_suffix``)."""
    return _segment(seg) == "marker"


def site_suffix(text: str) -> tuple[int, int] | None:
    """(start, end) of the site's name after the last separators of the headline that opens
    ``text``, with the separator before it ('Two hurt in Elm Park shooting - WXYZ Channel 7
    News': ' - WXYZ Channel 7 News'), or None. From the end of the line back, the segments
    between separators shaped like a site's name; a place only after one with a marker word
    ('WXYZ News - Lakeside, Ohio'); never the title's first segment."""
    m = _FIRST_LINE.match(text)
    if m is None or headline(text) is None:  # the same first line
        return None
    line_s, line = m.start(1), m.group(1).rstrip()
    seps = list(_shape()[0].finditer(line))
    cut = None
    for k in range(len(seps) - 1, -1, -1):
        seg = line[seps[k].end():seps[k + 1].start() if k + 1 < len(seps) else len(line)]
        shape = "place" if not seg.strip(_SEP_MARKS) else _segment(seg)
        if shape is None:
            break
        cut = seps[k].start() if shape == "marker" else cut
    if cut is None or not line[:cut].strip(_SEP_MARKS):
        return None
    return line_s + cut, line_s + len(line)


def title_part(sentence: str, text: str, site: tuple[int, int]) -> str:
    """``sentence`` without the site's name ``site`` of ``text`` and its separator."""
    tail = text[site[0]:site[1]].strip()
    at = sentence.find(tail) if tail else -1
    return sentence if at < 0 else sentence[:at].rstrip(_SEP_MARKS)


def first_segment(words: str) -> str:
    """``words`` up to their first separator ('Elm te - WXYZ TV News': 'Elm te')."""
    return _shape()[0].split(words, maxsplit=1)[0].strip()

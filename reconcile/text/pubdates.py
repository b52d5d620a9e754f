"""The publication date a plain-text article states in its own lines. No spaCy here.

For articles whose metadata gives no date, :func:`find_published` looks at the first
15 and the last 5 non-empty lines for a publication line ("Posted 6:12 PM, April 14,
2019", "Updated: 2/19/2018 10:05 PM", "(Published Thursday, Feb. 7, 2019)") or a
dateline with a full date ("WASHINGTON, March 3, 2016 (AP) —"). The line shapes are
data (``reconcile/data/pubdates.json``); dateparser reads the date itself.

Rules:

- only a date naming day, month and year counts: "3 months ago", "Thursday" and
  "May 26" give nothing, and nothing is ever taken from the current date;
- a publication date ("Posted", "Published", a dateline) wins over an update stamp;
  of several the earliest is taken, so a line with both "Published" and "Updated"
  gives the first publication;
- the top lines win over the last ones; a date on its own line counts only at the top;
- a date in running prose ("was shot on May 3, 2015") is no publication date: the
  patterns need a label, a dateline or a line that is only a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache

from ..data import load
from .lines import end_lines, top_lines

#: a year of the 1900s or 2000s as a word of its own: "in 2015", "May 3, 2019"; not a decade
#: ("the 1990s") or part of a longer number ("19021"). Every stage that asks whether a sentence
#: names a year asks this one.
YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: how many non-empty lines are looked at, from the top and from the end
TOP_LINES = 15
END_LINES = 5
#: longer lines are cut to this before matching (a scraped line can be a whole story)
MAX_LINE = 400

#: kinds of line, most trusted first: the first kind found in a window decides
KINDS = ("published", "updated", "caption")

_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.I)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str  # "published" or "updated"
    regex: re.Pattern[str]
    top_only: bool = False


@cache
def rules() -> tuple[Rule, ...]:
    """The line patterns of pubdates.json, their {PART}s filled in and compiled."""
    data = load("pubdates")
    parts: dict[str, str] = {}
    for name, pat in data["parts"].items():  # later parts may use earlier ones
        parts[name] = _fill(pat, parts)
    out = []
    for p in data["patterns"]:
        out.append(Rule(p["name"], p["kind"], re.compile(_fill(p["regex"], parts), re.I),
                        bool(p.get("top_only", False))))
    return tuple(out)


def _fill(pattern: str, parts: dict[str, str]) -> str:
    return re.sub(r"\{([A-Z]+)\}", lambda m: parts[m[1]] if m[1] in parts else m[0], pattern)


@lru_cache(maxsize=4096)
def parse_day(s: str) -> date | None:
    """The day a full written date names ("Monday, Sept. 9, 2019", "9/13/2019",
    "2019-09-13"), read month first; None for anything without day, month and year."""
    s = _ORDINAL.sub(r"\1", " ".join(s.split())).strip(" ,.")
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if not YEAR.search(s):
        return None
    day = _common_shape(s)
    if day is not None:
        return day
    try:
        data = _parser().get_date_data(s)
    except (ValueError, OverflowError, TypeError, AttributeError, KeyError, IndexError, RecursionError):
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date()


_ABBREVIATION_STOP = re.compile(r"\b([A-Za-z]{3})\. ")
_SEPT = re.compile(r"\b(sep)t\b", re.I)  # strptime's %b knows 'Sep' only


def _common_shape(s: str) -> date | None:
    """The day of a date written in one of pubdates.json's ``strptime`` shapes ("March 10,
    2014", "Monday, Aug. 4, 2014", "11/26/2015"): the day dateparser reads in them, for a
    fraction of its time (a first call loads its locale data; each call tries every
    parser of a locale). None when no shape reads ``s`` whole: dateparser decides."""
    got = read_shape(s, load("pubdates")["strptime"]["formats"])
    return got[0].date() if got else None


def read_shape(s: str, shapes: list[str]) -> tuple[datetime, str] | None:
    """What the first of the ``strptime`` ``shapes`` that reads ``s`` whole gives, and
    that shape; a full stop after a month's abbreviation is dropped first ('Aug. 28'),
    and 'Sept' read as 'Sep'. None when no shape reads it."""
    plain = _ABBREVIATION_STOP.sub(r"\1 ", _SEPT.sub(r"\1", s))
    for shape in shapes:
        try:
            return datetime.strptime(plain, shape), shape
        except ValueError:
            continue
    return None


@cache
def _parser():
    from dateparser.date import DateDataParser

    # A fixed base and all three parts required: nothing is filled in from today.
    return DateDataParser(languages=["en"], settings={
        "DATE_ORDER": "MDY", "REQUIRE_PARTS": ["day", "month", "year"],
        "RELATIVE_BASE": datetime(2000, 1, 1), "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True,
    })


@dataclass(frozen=True, slots=True)
class Found:
    """A publication date read from a line: the day, the rule, and where the line is."""
    day: date
    rule: str
    kind: str
    line: int  # 0-based index among the text's lines
    start: int  # offsets of the date in the text
    end: int
    clock: str | None = None  # the line's one clock time, 24-hour 'HH:MM' (:func:`_clock_of`)


def find(text: str) -> Found | None:
    """The publication date ``text`` states in its top or last lines, with where it was
    read; None when there is none (see the module's rules)."""
    if not isinstance(text, str) or not text:
        return None
    top = top_lines(text, TOP_LINES)  # (line number, offset, text)
    end = [ln for ln in end_lines(text, END_LINES) if ln not in top]
    return _best(top, top=True) or _best(end, top=False)


def find_published(text: str) -> date | None:
    """The day of :func:`find`, or None."""
    got = find(text)
    return got.day if got else None


def find_stamp(text: str) -> str | None:
    """The publication date of :func:`find` as ISO 8601, with the clock time its line gives
    where it gives exactly one ('Posted 4:45 PM, March 14, 2025' -> '2025-03-14T16:45'; a
    local time, with its UTC offset where the line names a zone: '4:45 PM EDT' ->
    '2025-03-14T16:45-04:00', data/pubdates.json ``zones``); the day alone otherwise; None for
    none."""
    return _iso(find(text))


def find_update_stamp(text: str) -> str | None:
    """The last update a plain-text article states in its top lines ('Updated: Mar 15, 2025 /
    07:10 PM EDT'), as :func:`find_stamp` gives it, where the line gives a clock time: of
    several, the latest of the last day. None where no update line gives one. A page posted
    in the morning and updated in the evening tells the evening's count: two reports of one
    day are ordered by it (reconcile/pipeline.py ``moments``)."""
    if not isinstance(text, str) or not text:
        return None
    found = [f for f in _found(top_lines(text, TOP_LINES), top=True) if f.kind == "updated" and f.clock]
    return _iso(max(found, key=lambda f: (f.day, f.clock[:5]))) if found else None


def _iso(got: Found | None) -> str | None:
    if got is None:
        return None
    return f"{got.day.isoformat()}T{got.clock}" if got.clock else got.day.isoformat()


#: a clock time with a.m. or p.m. ('4:45 PM', '10 a.m.')
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<half>[ap]\.?m\.?)(?![a-z])", re.I)


#: a time zone's letters after a clock time ('06:05 PM EDT')
_ZONE = re.compile(r"\s*\(?([A-Z]{2,4})\b")


@cache
def _zones() -> dict[str, str]:
    return dict(load("pubdates")["zones"]["offsets"])


def _clock_of(line: str) -> str | None:
    """The one clock time of a publication line as 24-hour 'HH:MM', with the UTC offset of a
    zone named right after it ('HH:MM-04:00' for '6:05 PM EDT'); None where the line gives
    none, or more than one (which is the publication's cannot be told)."""
    times = list(_CLOCK.finditer(line))
    if len(times) != 1:
        return None
    h, mi, half = int(times[0]["h"]), int(times[0]["m"] or 0), times[0]["half"].lower().replace(".", "")
    if not 1 <= h <= 12 or mi > 59:
        return None
    zone = _ZONE.match(line, times[0].end())
    offset = _zones().get(zone[1], "") if zone else ""
    return f"{h % 12 + (12 if half == 'pm' else 0):02d}:{mi:02d}{offset}"


def _best(lines: list[tuple[int, int, str]], *, top: bool) -> Found | None:
    found = _found(lines, top=top)
    if not found:
        return None
    for kind in KINDS:
        of_kind = [f for f in found if f.kind == kind]
        if of_kind:
            return min(of_kind, key=lambda f: (f.day, f.line, f.start))
    return None


def _found(lines: list[tuple[int, int, str]], *, top: bool) -> list[Found]:
    found: list[Found] = []
    for i, off, line in lines:
        line = line[:MAX_LINE]
        for rule in rules():
            if rule.top_only and not top:
                continue
            for m in rule.regex.finditer(line):
                day = parse_day(m["date"])
                if day is not None:
                    found.append(Found(day, rule.name, rule.kind, i, off + m.start("date"), off + m.end("date"),
                                       _clock_of(line)))
    return found

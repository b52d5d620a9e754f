"""Time expressions to calendar days, anchored on the article's publication date.

"Tuesday", "last night", "yesterday", "Oct. 17", "since Oct. 17", "last week", "in 2023"
are resolved to a :class:`~reconcile.records.DateSpan` (first and last day, inclusive)
so that claims from articles published on different days can be compared: "last night"
in a story of Tuesday 9 January 2024 and "Monday night" in another are the same day.

News conventions on top of dateparser (which does the parsing, with the publication
date as its relative base):

- a bare weekday is the most recent such day on or before the publication date (an
  article of a Tuesday saying "Tuesday" means that day; dateparser would go back a week);
- "last night" and "overnight" are the day before publication; "tonight", "today",
  "this morning" the day itself;
- "since X" and "after X" run from X to the publication date; "between X and Y" and
  "from X to Y" from X to Y; "the past N days" the N days up to publication;
- a month or year is the whole month or year, cut at the publication date when it
  contains it ("this year" runs from 1 January to publication);
- durations without an anchor ("for two days"), clock times alone ("3:10 p.m."),
  ages and anything after the publication date that is not explicitly future
  ("next week") give None rather than a guess.

Without a publication date only expressions that name their year resolve.
"""

from __future__ import annotations

import calendar
import email.utils
import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from ..data import load, wordseq
from ..records import DateSpan
from .pubdates import read_shape

WEEKDAYS = wordseq("times", "weekdays")
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                 "fri": 4, "sat": 5, "sun": 6}
_PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|noon|midday|midnight|daytime)"
_MODIFIER = r"(?:early|late|mid|on|this|that|the|last|past|previous)"
_UNITS = {"day": 1, "days": 1, "night": 1, "nights": 1, "week": 7, "weeks": 7, "month": 30,
          "months": 30, "year": 365, "years": 365, "hour": 1 / 24, "hours": 1 / 24}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "several": None, "few": None, "24": 1, "48": 2, "72": 3}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: a clock time on its own ('shortly after 10:30 p.m.'), a future time ('next week'): data/times.json
_CLOCK = re.compile(load("times")["clock"]["pattern"], re.I)
_AGE = re.compile(r"\b(?:years?|months?|weeks?)[- ]old\b|\bage[sd]?\b|\baged\b", re.I)
_FUTURE = re.compile(load("times")["future"]["pattern"], re.I)
#: a calendar day written with its month ('On March 23', 'Sept. 12'; group 1 the day):
#: data/times.json ``calendar_day`` (the scope pass's dated paragraph, the accounts' other days)
CALENDAR_DAY = re.compile(load("times")["calendar_day"]["pattern"], re.I)
#: full dates (pubdates.json's strptime shapes), years and months with their year
#: (times.json's plain_dates), each with the period dateparser gives it
_PERIODS = {**{shape: "day" for shape in load("pubdates")["strptime"]["formats"]},
            **{e["format"]: e["period"] for e in load("times")["plain_dates"]["shapes"]}}
_SHAPES = list(_PERIODS)


# ---------------------------------------------------------------- publication date

def _iso(s: str) -> datetime | None:
    """An ISO 8601 date or moment ('2024-01-09', '2024-01-09T10:00:00Z'), or None."""
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def _rfc2822(s: str) -> datetime | None:
    """An RFC 2822 moment ('Tue, 09 Jan 2024 10:00:00 GMT'), or None."""
    try:
        return email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None


@lru_cache(maxsize=4096)
def parse_published(value: str | None) -> date | None:
    """The calendar day of a publication date as metadata gives it: ISO 8601
    ("2024-01-09", "2024-01-09T10:00:00Z"), RFC 2822 ("Tue, 09 Jan 2024 10:00:00 GMT")
    or any form dateparser reads that names a year. The day as written (no time-zone
    conversion), since that is the day the outlet's own words are relative to."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 100:
        return None
    if (at := _iso(s)) is not None:
        return at.date()
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if (at := _rfc2822(s)) is not None:
        return at.date()
    if not _YEAR.search(s):
        return None
    got = _dateparser(s, None)
    return got[0].date() if got else None


@lru_cache(maxsize=4096)
def published_at(value: str | None) -> datetime | None:
    """The moment of a publication date that gives a clock time ('2025-03-14T16:45',
    '2025-03-14T19:50:00+00:00', 'Fri, 14 Mar 2025 15:50:00 -0400'), with its time zone
    where it gives one; None for a day alone or no date. Two reports of one day are ordered
    by it (:func:`reconcile.compare.judge_toll`): a toll that rose between a morning's page and
    an afternoon's is an update."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 100 or not re.search(r"\d:\d\d", s):
        return None
    return _iso(s) or _rfc2822(s)


def earlier(a: datetime | None, b: datetime | None) -> bool | None:
    """Whether moment ``a`` comes before ``b``; None where either is unknown or they are equal.
    Local times of two outlets are compared as written (one city's news). Where one gives a
    time zone and the other none, the local one may be in any zone of data/pubdates.json
    ``naive_offsets`` (the Americas' news, whose pages write local times): the two are ordered
    only where every such zone orders them alike ('6:05 PM' on a page against '13:20Z' in a
    feed the same day: after, in any zone from UTC-10 to UTC-3), else None."""
    if a is None or b is None or a == b:
        return None
    if (a.tzinfo is None) == (b.tzinfo is None):
        return a < b
    lo, hi = _naive_offsets()
    naive, aware = (a, b) if a.tzinfo is None else (b, a)
    at = aware.astimezone(timezone.utc).replace(tzinfo=None)
    first, last = naive - timedelta(hours=hi), naive - timedelta(hours=lo)  # the naive moment in UTC
    if last < at:
        return naive is a
    if first > at:
        return naive is b
    return None


@lru_cache(maxsize=1)
def _naive_offsets() -> tuple[float, float]:
    lo, hi = load("pubdates")["naive_offsets"]["hours"]
    return float(lo), float(hi)


# ---------------------------------------------------------------- resolving

def resolve(expr: str | None, published: date | str | None) -> DateSpan | None:
    """The days ``expr`` covers, read from an article published on ``published``.

    >>> from datetime import date
    >>> resolve("last night", date(2024, 1, 9)).iso()
    '2024-01-08'
    >>> resolve("since Oct. 17", date(2024, 1, 9)).iso()
    '2023-10-17/2024-01-09'
    """
    if isinstance(published, str):
        published = parse_published(published)
    if not expr or not isinstance(expr, str) or len(expr) > 120:
        return None
    try:
        return _resolve(_clean(expr), published)
    except (ValueError, OverflowError, TypeError, AttributeError, KeyError, IndexError, RecursionError):
        return None  # dateparser's failures on odd input; an unresolved scope is honest


def _clean(expr: str) -> str:
    s = " ".join(expr.replace("\u2019", "'").split()).strip(" ,.;:()")
    s = re.sub(r"'s\b", "", s)  # "Friday's attack"
    return s.lower()


@lru_cache(maxsize=8192)
def _resolve(s: str, pub: date | None) -> DateSpan | None:
    if not s or _AGE.search(s) or _CLOCK.match(s):
        return None
    # ranges: since / after / between ... and ... / from ... to ...
    m = re.match(r"^(?:ever )?(since|after|from|starting)\s+(.+)$", s)
    if m and not re.search(r"\s(?:to|through|until|till|and)\s", m[2]):
        start = _resolve(m[2], pub)
        if start is None or pub is None or start.start > pub:
            return None
        return DateSpan(start.start, pub)
    m = re.match(r"^(?:between|from)?\s*(.+?)\s+(?:to|through|until|till|and|-|–)\s+(.+)$", s)
    if m and not re.match(r"^(?:the )?(?:past|last)\b", s):
        a, b = _resolve(m[1], pub), _resolve(_carry_month(m[1], m[2]), pub)
        if a and b and a.start <= b.end:
            return DateSpan(a.start, b.end)
        return None
    m = re.match(r"^(?:during|on|in|at|by|over|throughout|within|for)\s+(.+)$", s)
    if m and not re.match(r"^(?:over|in|within|for) (?:the )?(?:past|last)\b", s):
        return _resolve(m[1], pub)
    m = re.match(r"^(?:until|till|before|prior to|up to)\s+", s)
    if m:
        return None  # open at the start: no span to compare
    s = re.sub(r"^so far (?:this|in) ", "this ", s)
    rel = _relative_day(s, pub)
    if rel is not None:
        return rel
    # rolling periods: "the past 24 hours", "the last three days", "the past week"
    m = re.fullmatch(r"(?:over |in |within |during |for )?(?:the )?(?:(?:past|last|previous) (\w+)|past)"
                     r" (hours?|days?|nights?|weeks?|months?|years?)", s)
    if m and pub is not None:
        n = _count(m[1]) if m[1] else 1
        if n is None:
            return None
        days = max(1, round(n * _UNITS[m[2]]))
        return DateSpan(pub - timedelta(days=days), pub)
    wd = _weekday(s, pub)
    if wd is not None:
        return wd
    if re.fullmatch(r"(?:(?:the )?(?:\w+ )?(?:\w+ )?(hours?|days?|nights?|weeks?|months?|years?|decades?))", s) \
            and not re.search(r"\b(?:this|last|next|past|previous)\b", s):
        return None  # a duration ("two days", "several weeks"), not a date
    decade = re.fullmatch(r"(?:the )?(?:early |mid-?|late )?((?:1[89]|20)\d)0s", s)
    if decade:
        y = int(decade[1]) * 10
        return _cut(DateSpan(date(y, 1, 1), date(y + 9, 12, 31)), pub, s)
    if pub is None and not _YEAR.search(s):
        return None
    got = _plain(s) or _dateparser(s, pub)
    if got is None:
        return None
    when, period = got
    d = when.date()
    if period == "year":
        span = DateSpan(date(d.year, 1, 1), date(d.year, 12, 31))
    elif period == "month":
        span = DateSpan(date(d.year, d.month, 1), date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]))
    elif period == "week":
        monday = d - timedelta(days=d.weekday())
        span = DateSpan(monday, monday + timedelta(days=6))
    elif period in ("day", "time"):
        if not re.search(r"[a-z]", s) or re.fullmatch(r"\d{1,2}", s):
            return None  # a bare number is not a date
        span = DateSpan(d, d)
    else:
        return None
    return _cut(span, pub, s)


def _carry_month(first: str, second: str) -> str:
    """'Oct. 17 to 20' -> the second end is 'Oct. 20'."""
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", second.strip()):
        month = re.match(r"^([a-z]+\.?)\s+\d", first)
        if month:
            return f"{month[1]} {second}"
    return second


def _count(word: str) -> int | None:
    if word.isdecimal():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _cut(span: DateSpan, pub: date | None, s: str) -> DateSpan | None:
    """Cut a span at the publication date; None when it lies wholly after it and the
    words do not say it is in the future."""
    if pub is None:
        return span
    if span.start > pub:
        return span if _FUTURE.search(s) else None
    if span.start <= pub <= span.end and not _FUTURE.search(s):
        return DateSpan(span.start, pub)
    return span


def _relative_day(s: str, pub: date | None) -> DateSpan | None:
    if pub is None:
        return None
    day = lambda n: DateSpan(pub - timedelta(days=n), pub - timedelta(days=n))  # noqa: E731
    if re.fullmatch(r"(?:late |early )?(?:last night|overnight|yesterday(?: \w+)?|the night before|the previous night)", s):
        return day(1)
    if re.fullmatch(r"(?:early |late )?(?:today|tonight|this " + _PART_OF_DAY + r"|earlier today|early today|later today)", s):
        return day(0)
    if re.fullmatch(r"(?:the day before yesterday)", s):
        return day(2)
    if re.fullmatch(r"(?:this|last|the past|over the) weekend|the weekend", s):
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if s.startswith("last") and pub.weekday() >= 5:
            sat -= timedelta(days=7)
        return DateSpan(sat, min(sat + timedelta(days=1), pub))
    if re.fullmatch(r"(?:earlier )?this week", s):
        return DateSpan(pub - timedelta(days=pub.weekday()), pub)
    return None


def _weekday(s: str, pub: date | None) -> DateSpan | None:
    """'Tuesday', 'late Monday night', 'last Friday': the most recent such day."""
    words = s.replace("-", " ").split()
    days = [(i, WEEKDAYS.index(w) if w in WEEKDAYS else _WEEKDAY_ABBR.get(w.rstrip(".")))
            for i, w in enumerate(words)]
    days = [(i, d) for i, d in days if d is not None]
    if len(days) != 1 or pub is None:
        return None
    i, wd = days[0]
    rest = words[:i] + words[i + 1:]
    if not all(re.fullmatch(_MODIFIER + "|" + _PART_OF_DAY + "|before|dawn|and", w) for w in rest):
        return None  # "Tuesday, Oct. 17" and the like go to dateparser
    back = (pub.weekday() - wd) % 7
    if back == 0 and ("last" in rest[:1] or "previous" in rest[:1]):
        back = 7
    if "next" in words:
        return None
    d = pub - timedelta(days=back)
    return DateSpan(d, d)


def _plain(s: str) -> tuple[datetime, str] | None:
    """The date and period of ``s`` when it is written in one of the plain shapes (a full
    date, a year, a month and its year, a year that ``_YEAR`` knows), read without
    dateparser: the year, month and day that :func:`_dateparser` gives it from any base,
    for the periods ``_resolve`` reads. None for anything else: dateparser reads it."""
    if not _YEAR.search(s):
        return None
    got = read_shape(s, _SHAPES)
    return (got[0], _PERIODS[got[1]]) if got else None


def _dateparser(s: str, pub: date | None) -> tuple[datetime, str] | None:
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day, 12, 0)
    data = _parser(tuple(sorted(settings.items()))).get_date_data(s)
    if data is None or data.date_obj is None:
        return None
    if pub is None and not _YEAR.search(s):
        return None
    return data.date_obj, data.period or "day"


@lru_cache(maxsize=64)
def _parser(settings: tuple):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))

"""Numbers in words and digits, hedges, vague counts, ranges and fractions, as intervals.

Pure functions over strings: no spaCy. The word lists and ranges are the data files
``hedges.json`` and ``vague.json``.
"""

from __future__ import annotations

import math
import re
from functools import cache

from ..data import load, wordset
from ..records import Interval

#: Number words that text2num reads (and a few it does not).
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000,
          "mn": 1_000_000}
MULTIPLIERS = {"dozen": 12, "score": 20, "couple": 2, "pair": 2, "half": 0.5}
NUMBER_WORDS = frozenset(UNITS) | frozenset(SCALES) - {"k", "m", "bn", "mn"} | {"dozen"}
#: Fractions of a whole: 'half of', 'a third of', 'two thirds of', 'three quarters of'.
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
             "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}

_DIGITS = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SHORT_SCALE = re.compile(r"([+-]?\d+(?:\.\d+)?)(k|m|bn|mn)$", re.I)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
#: '5-10', '150–200', '1.5—2' written as one token (hyphen, en dash, em dash)
_RANGE_TOKEN = re.compile(rf"({_NUM})[-‐‑–—]({_NUM})$")


def digits_value(tok: str) -> float | None:
    """'14,000' -> 14000, '1.2' -> 1.2, '12k' -> 12000; None when not a plain number."""
    t = tok.strip()
    if _DIGITS.match(t):
        return float(t.replace(",", ""))
    m = _SHORT_SCALE.match(t)
    if m:
        return float(m.group(1)) * SCALES[m.group(2).lower()]
    return None


def words_value(words: list[str]) -> float | None:
    """Value of a run of number tokens: ['sixty', '-', 'two'], ['1.2', 'million'],
    ['a', 'dozen'], ['two', 'hundred', 'thousand'], ['half', 'a', 'dozen']."""
    toks = [w.lower() for w in words if w.lower() not in wordset("grammar", "number_joiners")]
    toks = [t.rstrip(".") if t.rstrip(".") in SCALES else t for t in toks]  # '£2m.' ending a sentence
    if not toks:
        return None
    # digits followed by scales: "1.2 million", "14 thousand"
    first = digits_value(toks[0])
    if first is not None:
        v = first
        for t in toks[1:]:
            if t in SCALES:
                v *= SCALES[t]
            elif t in MULTIPLIERS:
                v *= MULTIPLIERS[t]
            else:
                return None
        return v
    # "half a dozen", "two dozen", "a dozen", "a couple"
    if toks[-1] in MULTIPLIERS and all(t in UNITS or t in MULTIPLIERS for t in toks):
        v = 1.0
        for t in toks:
            v *= UNITS.get(t, MULTIPLIERS.get(t, 1))
        return v
    if not all(t in UNITS or t in SCALES for t in toks):
        return None
    if toks[0] in SCALES and len(toks) == 1:  # "a hundred", "a thousand"
        return float(SCALES[toks[0]])
    try:
        from text_to_num import text2num

        return float(text2num(" ".join(toks), "en"))
    except (ValueError, IndexError, KeyError):
        return _words_fallback(toks)


def _words_fallback(toks: list[str]) -> float | None:
    """Plain additive/multiplicative reading ('a hundred and five')."""
    total, current = 0.0, 0.0
    for t in toks:
        if t in UNITS:
            current += UNITS[t]
        elif t in SCALES:
            current = max(current, 1.0) * SCALES[t]
            if SCALES[t] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
    return total + current


def is_number_word(tok: str) -> bool:
    return tok.lower() in NUMBER_WORDS


def range_token(tok: str) -> tuple[float, float] | None:
    """'5-10' -> (5, 10), '150–200' -> (150, 200); None unless the second is larger
    (a score '3-1' is not a range) and of about the same length ('16-160009' is a case
    number)."""
    m = _RANGE_TOKEN.match(tok.strip())
    if not m:
        return None
    a, b = m.group(1).replace(",", ""), m.group(2).replace(",", "")
    if len(b.split(".")[0]) - len(a.split(".")[0]) > 1 or a.startswith("0") and a != "0" and "." not in a:
        return None  # '16-160009' (a case number), '07-12': an identifier, not a range
    lo, hi = float(a), float(b)
    return (lo, hi) if lo < hi else None


def fraction_value(words: list[str]) -> float | None:
    """'half' -> 0.5, 'a third' -> 1/3, 'two thirds' -> 2/3, 'three quarters' -> 0.75.

    The numerator is 'a', 'an', 'one' or a number word up to nine; a plural
    denominator needs a numerator above one ('two thirds', not 'a thirds')."""
    toks = [w.lower() for w in words if w not in ("-", "‐")]
    if not toks or toks[-1] not in FRACTIONS:
        return None
    den = FRACTIONS[toks[-1]]
    if len(toks) == 1:
        return 0.5 if toks[0] == "half" else None
    if len(toks) != 2:
        return None
    num = 1 if toks[0] in ("a", "an", "one") else UNITS.get(toks[0])
    if num is None or not 1 <= num < den or (num > 1) != toks[-1].endswith("s"):
        return None
    return num / den


def range_interval(lo: float, hi: float) -> Interval:
    """A range the text gives ('between 5 and 10'): [lo, hi] and no single figure."""
    return Interval(None, min(lo, hi), max(lo, hi))


# ---------------------------------------------------------------- hedges

@cache
def hedges() -> dict[str, str]:
    """Hedge phrase (lower case) -> kind."""
    return dict(load("hedges")["hedges"])


@cache
def vague_words() -> dict[str, tuple[float | None, float | None]]:
    return {w: (r["low"], r["high"]) for w, r in load("vague")["words"].items()}


def margin(x: float) -> float:
    """How far 'about x' reaches: the place value of x's last significant digit,
    but at least 5% of x (Ferson et al. 2015)."""
    ax = abs(x)
    if ax == 0:
        return 1.0
    if not float(ax).is_integer():
        place = 10 ** -len(repr(ax).split(".")[1].rstrip("0") or "0")
    else:
        n, place = int(ax), 1
        while n and n % 10 == 0:
            n //= 10
            place *= 10
        if n == 1 and place > 1:  # 100, 1000: the leading digit itself is the precision
            place = place // 10 or 1
    # counts are whole, so 5% of a count rounds up; a decimal ('about 2.5 percent',
    # 'nearly three quarters') keeps its 5% as it is
    five = math.ceil(0.05 * ax) if float(ax).is_integer() else 0.05 * ax
    return float(max(place, five))


def interval(x: float, hedge_kind: str | None, integer: bool = True) -> Interval:
    """The interval a figure ``x`` allows under a hedge kind.

    ``integer`` says the figure counts whole things, so 'more than 20' starts at 21.
    """
    step = 1.0 if integer and float(x).is_integer() else 0.0
    if hedge_kind is None:
        return Interval(x, x, x)
    if hedge_kind == "approx":
        d = margin(x)
        return Interval(x, max(0.0, x - d) if x >= 0 else x - d, x + d)
    if hedge_kind == "below":
        d = margin(x)
        return Interval(x, max(0.0, x - d) if x >= 0 else x - d, x)
    if hedge_kind == "above":
        return Interval(x, x + step, None)
    if hedge_kind == "at_least":
        return Interval(x, x, None)
    if hedge_kind == "at_most":
        return Interval(x, 0.0 if x >= 0 else None, x)
    if hedge_kind == "below_strict":
        return Interval(x, min(0.0, x - step) if x >= 0 else None, x - step)
    raise ValueError(f"unknown hedge kind {hedge_kind!r}")


def vague_interval(phrase: str) -> Interval | None:
    """'several' -> [3, 9], 'tens of thousands' -> [10000, 99999]; None if not vague."""
    r = vague_words().get(phrase.lower())
    if r is None:
        return None
    return Interval(None, r[0], r[1])


def parse(phrase: str) -> tuple[Interval, str | None] | None:
    """Parse a whole phrase such as 'nearly 62', 'more than 14,000', 'several' or
    'a dozen' into (interval, hedge). None when it is not a quantity phrase.

    This is the string-level reading used by tests and by the extractor once it has
    found a phrase's extent in the parse.
    """
    text = " ".join(phrase.replace("-", " - ").split()).strip()
    low = text.lower()
    v = vague_interval(low)
    if v is not None:
        return v, low
    hedge = None
    for h in sorted(hedges(), key=len, reverse=True):
        if low.startswith(h + " "):
            hedge, text = h, text[len(h) + 1:]
            break
    v = vague_interval(text.lower())
    if v is not None:
        return v, hedge or text.lower()
    r = _parse_range(text)
    if r is not None:
        return r
    f = fraction_value(text.split())
    if f is not None:
        return interval(f, hedges().get(hedge) if hedge else None, integer=False), hedge
    x = words_value(text.split())
    if x is None:
        return None
    return interval(x, hedges().get(hedge) if hedge else None), hedge


_RANGE_WORDS = re.compile(r"^(?:(between)\s+(.+?)\s+and\s+(.+)|(from)\s+(.+?)\s+to\s+(.+)|(.+?)\s+(to|or|-|–|—)\s+(.+))$",
                          re.I)


def _parse_range(text: str) -> tuple[Interval, str] | None:
    """'between 5 and 10', 'from 12 to 20', '5 to 10', 'two or three', '5-10',
    'between 2 and 3 million' -> (interval, the words that made the range)."""
    t = text.strip()
    if not any(c.isspace() for c in t):
        lohi = range_token(t)
        return (range_interval(*lohi), "-") if lohi else None
    m = _RANGE_WORDS.match(t)
    if not m:
        return None
    if m.group(1):
        how, a, b = "between", m.group(2), m.group(3)
    elif m.group(4):
        how, a, b = "from", m.group(5), m.group(6)
    else:
        how, a, b = m.group(8).lower(), m.group(7), m.group(9)
    lo, hi = words_value(a.split()), words_value(b.split())
    if lo is None or hi is None:
        return None
    lo = carry_scale(lo, a.split(), hi, b.split())
    if not lo < hi:
        return None
    return range_interval(lo, hi), how


def carry_scale(lo: float, lo_words: list[str], hi: float, hi_words: list[str]) -> float:
    """'between 2 and 3 million': the first figure takes the scale the second ends with."""
    last = hi_words[-1].lower() if hi_words else ""
    scale = SCALES.get(last) or (SCALES.get(_SHORT_SCALE.match(last).group(2).lower())
                                 if _SHORT_SCALE.match(last) else None)
    if scale and not any(w.lower() in SCALES or _SHORT_SCALE.match(w) for w in lo_words) \
            and lo * scale <= hi:
        return lo * scale
    return lo

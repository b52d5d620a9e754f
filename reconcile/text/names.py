"""Place, time and person names in their normalised forms: no spaCy.

Alignment pairs claims by these forms and fingerprints hash them: 'Ain al-Asad Air
Base' and 'Al Asad airbase' are the place 'asad', 'Oct. 17' and 'october 17' one time,
'Ms. Sabrina Singh' the name 'sabrina singh'. Pure functions of a string, called for
every pair scored: cached, so a large block normalises each one once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from ..data import load, wordseq, wordset

#: openings of a period ('since Oct. 17') and kinds of place ('air base'): data/names.json
PERIOD_PREFIXES = wordseq("names", "period_prefixes")
PLACE_WORDS = wordset("names", "place_words")

_MONTHS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december",
}


# ---------------------------------------------------------------- places and times

_NONWORD = re.compile(r"[^a-z0-9 ]+")


@lru_cache(maxsize=1 << 16)
def normalise_place(place: str | None) -> str:
    """'Ain al-Asad Air Base' and 'Al Asad airbase' -> 'asad'."""
    if not place:
        return ""
    s = place.lower().replace("-", " ")
    s = _NONWORD.sub(" ", s)
    words = [w for w in s.split() if w not in PLACE_WORDS and w not in wordset("names", "place_particles")]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def normalise_time(time: str | None) -> str:
    if not time:
        return ""
    s = _NONWORD.sub(" ", time.lower().replace(".", " "))
    words = [_MONTHS.get(w, w) for w in s.split()]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def time_kind(time: str | None) -> str | None:
    """'period' for spans of time ('since Oct. 17'), 'point' for events ('last night')."""
    if not time:
        return None
    low = time.lower()
    return "period" if low.startswith(PERIOD_PREFIXES) else "point"


@lru_cache(maxsize=16)
def _place_aliases(items: tuple[tuple[str, str], ...]) -> dict[str, str]:
    table = {}
    for k, v in items:
        if normalise_place(k):
            table[normalise_place(k)] = normalise_place(v) or normalise_place(k)
    return table


def place_key(place: str | None, aliases: dict[str, str] | None = None) -> str:
    """A place in its normalised form ('Ain al-Asad Air Base' -> 'asad'), through the
    aliases when one names it ('Hawler' -> 'erbil')."""
    p = normalise_place(place)
    if p and aliases:
        p = _place_aliases(tuple(sorted(aliases.items()))).get(p, p)
    return p


# ---------------------------------------------------------------- people

_PUNCT = re.compile(r"[^\w\s]")
_TITLES = re.compile(load("names")["titles"]["pattern"], re.I)


@lru_cache(maxsize=1 << 17)
def norm_text(s: str | None) -> str:
    return " ".join(_PUNCT.sub(" ", (s or "").lower()).split())


def normalise_aliases(aliases: dict[str, str] | None) -> dict[str, str]:
    """Name variants -> canonical names, both as :func:`norm_text` forms (idempotent)."""
    return {norm_text(k): norm_text(v) for k, v in (aliases or {}).items() if norm_text(k)}


def fold_marks(s: str) -> str:
    """``s`` with the accents and other marks on its letters dropped ('José Álvarez' -> 'Jose
    Alvarez'): outlets write a name with and without them, one name either way."""
    if s.isascii():
        return s
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", s)
                                                if not unicodedata.combining(ch)))


def norm_name(name: str | None, aliases: dict[str, str] | None = None) -> str:
    n = _TITLES.sub("", fold_marks((name or "").strip()))
    n = norm_text(n)
    if aliases:
        n = aliases.get(n, n)
    return n


def generation(name: str | None) -> str | None:
    """The generational suffix that ends a name, lower case without its full stop ('Sam
    Ortiz Jr.': 'jr'; 'Milo Varga III': 'iii'), None for a name without one
    (data/persons.json ``name_parts``)."""
    ws = norm_text(name or "").split()
    return ws[-1] if len(ws) > 2 and ws[-1] in wordset("persons", "name_parts", "suffixes") else None


def other_generation(a: str | None, b: str | None) -> bool:
    """Whether two names carry different generational suffixes ('Sam Ortiz Jr.' and 'Sam
    Ortiz Sr.', a son and his father); a suffix one outlet writes and another leaves out is
    no difference."""
    x, y = generation(a), generation(b)
    return x is not None and y is not None and x != y


# ---------------------------------------------------------------- first names


@lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer  # the hand-curated English nickname table (Apache-2.0); 60 ms to import

    return NickNamer()


def nickname_of(a: str, b: str) -> bool:
    """One is listed as the other's nickname ('Charlie' of 'Charles'), not only two forms
    of a third name ('Terry' and 'Terrie', both of 'Terri'); lower case."""
    nn = _nicknamer()
    return b in nn.nicknames_of(a) or a in nn.nicknames_of(b)


def nicknames_agree(a: str, b: str) -> bool:
    """'Joe' and 'Joseph', 'Fred' and 'Freddy' (both forms of Frederick): the nicknames
    package's lists, lower case."""
    nn = _nicknamer()
    return nickname_of(a, b) or bool(nn.canonicals_of(a) & nn.canonicals_of(b) - {""})


def surname_slip(low: str, last: str | None) -> bool:
    """A surname one letter off (or two letters swapped: 'Kessel' / 'Kesesl') after the same
    first letter; not an -s added or cut (a family, 'the Kessels'). Lower case."""
    return bool(last) and last[:1] == low[:1] and OSA.distance(last, low) == 1 \
        and low + "s" != last and low != last + "s"


def first_name_slip(first: str, other: str) -> bool:
    """``other``, a first name written alone, is a slip of ``first``, the first name of a
    full name in the same article ('Joaquin Reyes', later 'Joakin'; 'Issac' for 'Isaac'):
    both of four letters or more after the same first letter, one letter apart or two
    swapped, or two letters apart (edits) in names of six letters or more (shorter words two
    letters off are as often another word: 'Maria' and a 'Mazda', 'Ellen' and 'Eleven').
    Not the same name, not a pet form of it ('Kathy' and 'Katie', both of 'Kathryn'), not a
    name that differs only in its last letter or a letter added at the end ('Mario' and his
    sister 'Maria', 'Paul' and 'Paula'). Lower case."""
    short = min(len(first), len(other))
    if first == other or first[:1] != other[:1] or short < 4 or abs(len(first) - len(other)) > 1:
        return False
    if first[:short - 1] == other[:short - 1]:
        return False
    if OSA.distance(first, other) > (2 if short >= 6 else 1) or Levenshtein.distance(first, other) > 2:
        return False
    return not nicknames_agree(first, other)

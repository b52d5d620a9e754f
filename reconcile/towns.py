"""One town, county or neighbourhood name spelled two ways, between outlets or on one page.

Pure functions over ``fact`` claims of measure 'town' (:mod:`reconcile.extract.towns`:
'Harlowe County', 'the Kestrel Park neighborhood', a GPE or LOC entity). :func:`town_findings`
gives one ``differ`` per name that independent sources write two ways, no source writing both
('Harlowe County' against 'Harlow County'), and one ``inconsistent`` per name a source itself
writes two ways ('Stockbridge' in the headline, 'Stockbrige' in the body). Names are compared
for their spelling only (:func:`spelled_apart`), never for being different places: one outlet
naming the city and another the county are both right, and 'Harlowe' against 'Harlowe County'
is no slip (two places). A name is any the page writes, the scene's or another's (a victim's
home town, another case's city): a slip in either is a slip.

Real places a letter apart are rare in one story, and those there differ by a direction or a
first letter. Measured on gva-dev (session 36, town54): of the 19 pairs of names one or two letters
apart in one word that the extractor reads in one folder, 6 are one place written two ways (all
now shown), 12 are two places or no slip ('North' against 'South' and the like in 9,
'Arkansas' and 'Kansas', 'Paris' and 'Sparks', 'Ind.' and 'Indy'), all left out by the first
letter, the direction words and the shortest word, and 1 is a person's name the recogniser
took for a place (left out).
Written from the even half (3 pairs shown; 4 directions and a person left out); on the odd half it
shows 3 pairs, all right, and leaves out 8, all rightly. On gva-more's one-page incidents (pages
against themselves) two edits first showed two real neighbourhoods of one city and a possessive
after a stray mark: one edit only, and any mark before a closing s, since; it then shows 1 page
(a county with a letter added), right, and leaves out 9 pairs (6 of directions, two dates in a
headline's name and the two above). The seeds' 'Iran' and 'Iraq' made a letter changed in a word
of four letters no slip (:data:`CHANGED_FROM`).

:func:`named_place_findings` does the same for the named places the town reader does not read (a
complex, a venue, a road, a hospital: capitalised words ending in a word of data/compare.json
``named_places`` or a street word), also where one source joins two words of the name into one
('Lark Spur Village' against 'Larkspur Village'); a slip of the place's own word ('Apartment'
against 'Apartments') is none, and a street the street rows of reconcile/places.py already find
spelled two ways is left to them. Written from the even half of gva-dev (session 39, place57): it
adds 5 names there, all slips, and 2 on the odd half, both slips.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from rapidfuzz.distance import OSA

from . import fingerprint as fp
from .data import load, wordset
from .records import Account, Claim, Finding

__all__ = ["joined_apart", "named_place_findings", "spelled_apart", "town_findings"]

#: the shortest word (letters) of a name read for a slip: shorter words a letter apart are as
#: often two names ('Troy' and 'Tory')
SHORTEST = 4
#: words shorter than this are a slip only with a letter added or dropped ('Adam County' for
#: 'Adams County'): one letter changed in a short word is as often another place ('Iran', 'Iraq')
CHANGED_FROM = 5

_ABBREVIATIONS = {"st": "saint", "ft": "fort", "mt": "mount", "pt": "point"}


@cache
def _directions() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in load("facts")["address"]["directions"])


def _words(name: str) -> tuple[str, ...]:
    """A name's words without marks nor a closing possessive, abbreviations written out ('St.
    Louis' is 'saint louis'; 'Prince George’s' and "Prince George's" are one writing, and
    'Dunmore's' with any mark before its s is Dunmore)."""
    name = re.sub(r"[^\w\s]s$", "", name.lower().strip())
    words = (re.sub(r"\W", "", w) for w in re.split(r"[\s-]+", name))
    return tuple(_ABBREVIATIONS.get(w, w) for w in words if w)


def _word_slip(a: str, b: str) -> bool:
    """Two spellings of one word: the same first letter, one edit apart (a letter more, less or
    changed, or two swapped; two edits are as often two places: two neighbourhoods of one city
    on a gva-more page), not a direction, not one the other with an i or n added at its end (a
    people's word: 'Kuwait' and 'Kuwaiti', 'Korea' and 'Korean'), and no region written as a
    plural against its singular ('Carolinas' and 'Carolina', data/compare.json
    ``town_plural_regions``)."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < SHORTEST or a[0] != b[0] or any(ch.isdigit() for ch in a + b):
        return False
    if a in _directions() or b in _directions():
        return False
    if long_.startswith(short) and (long_[len(short):] in ("i", "n") or long_ in wordset("compare", "town_plural_regions")):
        return False
    if len(short) < CHANGED_FROM and len(a) == len(b):
        return False
    return OSA.distance(a, b) == 1


def spelled_apart(a: str, b: str, persons: frozenset[str] = frozenset()) -> bool:
    """One name written two ways: the same words but one, that one a slip of the other
    (:func:`_word_slip`), neither of them a word of a person's name (``persons``: 'Malik' the
    recogniser took for a place in one page and 'Malick' in another are a person's slip, which
    the name rows read)."""
    wa, wb = _words(a), _words(b)
    if len(wa) != len(wb) or wa == wb:
        return False
    apart = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(apart) == 1 and not {*apart[0]} & persons and _word_slip(*apart[0])


def _person_words(claims: Iterable[Claim], towns: set[str]) -> frozenset[str]:
    """The words of the people's names, but of a name that is a town's (``towns``: bare
    writings), which the people reader took for a person ('Kestrel Park' read as someone)."""
    return frozenset(w for c in claims if c.kind == "person" and c.name and _bare(c.name) not in towns
                     for w in _words(c.name))


def _bare(name: str) -> str:
    return " ".join(_words(name))


def _pairs(names: Mapping[str, Sequence[str]], persons: frozenset[str]) -> list[tuple[str, str]]:
    """(one writing, the other) of each name written two ways among ``names`` (bare writing ->
    its sources), in the order of the names."""
    keys = sorted(names)
    return [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:] if spelled_apart(a, b, persons)]


def town_findings(accounts: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                  keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None) -> list[Finding]:
    """One ``differ`` per town, county or neighbourhood name independent sources write two
    ways, none writing both, and one ``inconsistent`` per name a source writes two ways (see
    the module doc)."""
    indep = {a.source for a in accounts if a.independent}
    first: dict[tuple[str, str], Claim] = {}  # (source, bare writing) -> its first claim
    for c in sorted(claims.values(), key=lambda c: (c.source, c.start)):
        if c.kind == "fact" and c.measure == "town" and c.noun and c.source in indep:
            first.setdefault((c.source, _bare(c.noun)), c)
    persons = _person_words(claims.values(), {n for _s, n in first})
    by: dict[str, list[str]] = {}
    for s, name in first:
        by.setdefault(name, []).append(s)
    rows: list[tuple[str, str, str, list[Claim]]] = []
    for a, b in _pairs(by, persons):
        if set(by[a]) & set(by[b]):
            continue
        ca, cb = [first[s, a] for s in by[a]], [first[s, b] for s in by[b]]
        rows.append(("differ", a, f"The sources spell a place's name two ways: {_shown(ca[0])} "
                     f"({', '.join(names[s] for s in by[a])}) vs {_shown(cb[0])} "
                     f"({', '.join(names[s] for s in by[b])}); one of them is a slip.", [*ca, *cb]))
    for s in sorted({s for s, _n in first}):
        own = {n: [s] for t, n in first if t == s}
        for a, b in _pairs(own, persons):
            ca, cb = first[s, a], first[s, b]
            rows.append(("inconsistent", a, f"{names[s]} spells one place's name two ways: {_shown(ca)} "
                         f"against {_shown(cb)}; one of them is a slip.", [ca, cb]))
    prints = fp.assign([(fp.basis("fact", "place", cs, keys, aliases), cs) for *_r, cs in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status=st, kind="fact", measure="place",
                    subject=f"place · name spelled · {name}", reason=r, claims=tuple(c.id for c in cs), confidence=0.6)
            for (st, name, r, cs), p in zip(rows, prints)]


def _shown(c: Claim) -> str:
    return " ".join(c.text.split())


@cache
def _named_place() -> re.Pattern[str]:
    """A run of capitalised words that ends in a place's word ('Lark Spur Village Apartments',
    'Quarry Hill Turnpike'; data/compare.json ``named_places`` and the street words of
    data/facts.json)."""
    ends = sorted({*wordset("compare", "named_places"), *load("facts")["address"]["suffixes"]}, key=len, reverse=True)
    return re.compile(rf"\b(?:[A-Z][a-z]+(?:[ \t]+|$)){{1,4}}(?:{'|'.join(e.title() for e in ends)})\b")


def joined_apart(a: str, b: str) -> bool:
    """One name with its words split another way ('lark spur village' against 'larkspur
    village')."""
    wa, wb = _words(a), _words(b)
    return wa != wb and "".join(wa) == "".join(wb) and len(wa) != len(wb)


@cache
def _place_words() -> frozenset[str]:
    """The places' own words and the street words in all their forms (data/compare.json
    ``named_places``, data/facts.json): 'apartments' against 'apartment' is no slip of the name."""
    forms = load("facts")["address"]["suffixes"]
    return frozenset({*wordset("compare", "named_places"), *forms, *(f.rstrip(".") for fs in forms.values() for f in fs)})


def _place_word_apart(a: str, b: str) -> bool:
    """The one word two writings differ in is a place's own word ('Elm Hill Apartments' against
    'Elm Hill Apartment complex'), not the name's."""
    return any(x != y and ({x, y} & _place_words()) for x, y in zip(_words(a), _words(b)))


def _named_places(claims: Iterable[Claim], indep: set[str]) -> dict[tuple[str, str], Claim]:
    """(source, bare writing) -> the first claim whose sentence names that place (:func:`_named_place`),
    over the independent sources' claims in reading order."""
    out: dict[tuple[str, str], Claim] = {}
    for c in sorted(claims, key=lambda c: (c.source, c.start)):
        if c.source in indep and c.sentence:
            for m in _named_place().finditer(" ".join(c.sentence.split())):
                out.setdefault((c.source, _bare(m.group(0))), c)
    return out


def named_place_findings(accounts: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                         keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None,
                         streets: frozenset[str] = frozenset()) -> list[Finding]:
    """One ``differ`` per named place (a venue, a complex, a road: data/compare.json
    ``named_places``) that independent sources write two ways, none writing both: a letter
    added or dropped (:func:`spelled_apart`) or its words joined (:func:`joined_apart`). Two
    writings that are both the town row's names are left to it. Names are read from the
    sentences claims were read from (the reports keep no whole text): a source that writes the
    other spelling only in a sentence with no claim is not seen to write both. ``streets``: the
    street names the street rows already find spelled two ways (reconcile/places.py, 'branigan'),
    left to them."""
    indep = {a.source for a in accounts if a.independent}
    first = _named_places(claims.values(), indep)
    towns = {_bare(c.noun) for c in claims.values() if c.kind == "fact" and c.measure == "town" and c.noun}
    persons = _person_words(claims.values(), towns)
    by: dict[str, list[str]] = {}
    for s, name in first:
        by.setdefault(name, []).append(s)
    keys_ = sorted(by)
    rows: list[tuple[str, list[Claim], str]] = []
    for i, a in enumerate(keys_):
        for b in keys_[i + 1:]:
            if set(by[a]) & set(by[b]) or (a in towns and b in towns) or {_head(a), _head(b)} & streets:
                continue
            if not (spelled_apart(a, b, persons) and not _place_word_apart(a, b) or joined_apart(a, b)):
                continue
            ca, cb = [first[s, a] for s in by[a]], [first[s, b] for s in by[b]]
            reason = (f"The sources write a place's name two ways: {_titled(a)} ({', '.join(names[s] for s in by[a])}) "
                      f"vs {_titled(b)} ({', '.join(names[s] for s in by[b])}); one of them is a slip.")
            rows.append((a, [*ca, *cb], reason))
    prints = fp.assign([(fp.basis("fact", "place", cs, keys, aliases), cs) for _n, cs, _r in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status="differ", kind="fact", measure="place",
                    subject=f"place · name spelled · {name}", reason=r, claims=tuple(c.id for c in cs), confidence=0.6)
            for (name, cs, r), p in zip(rows, prints)]


def _head(bare: str) -> str:
    """A name without its last word: 'branigan road' -> 'branigan'."""
    return bare.rsplit(" ", 1)[0]


def _titled(bare: str) -> str:
    return " ".join(w.title() for w in bare.split())

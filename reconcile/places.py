"""Where each outlet puts the shooting, street by street, and the street names outlets write apart.

Pure functions over ``fact`` claims: the addresses of the scene an account keeps (blocks and
house numbers, :func:`reconcile.accounts.event_addresses`) and the streets and corners a
source names for the shooting itself or the police response (:mod:`reconcile.extract.streets`:
'was shot on Lenox Road', 'at Elm Street and Third Avenue'; not where someone was found,
taken, lived or arrested, which the extractor reads as another moment; a response only in a
sentence that names the police; not a place only near the scene). :func:`place_findings`
gives one ``differ`` (never a conflict: the reader checks which is right) per street name
that independent sources write with different street words for the scene, neither writing
the other's ('Lenox Avenue' against 'Lenox Road'), even when they agree on another street of
a corner, or, whatever moment each tells it of, beside the same hundred of house or block
numbers ('8800 Elm Square' against 'the 8800 block of Elm Drive', :func:`_numbers_apart`);
one ``differ`` per street name that sources write with two spellings, spelled alike but not with
the same letters ('Killian Road' against 'Kilian Road', :func:`_spelled_apart`; marks and spaces
alone are no spelling, and no source writes both);
one ``differ`` per street name that sources write with different street words where each tells
it of a moment other than the scene ('the gunmen ran off along Tolliver Street' against 'along
Tolliver Avenue', :func:`_elsewhere_apart`; no numbered street, no source writing both anywhere,
never the scene against another moment); the spelling row reads the streets of every moment
(:func:`_anywhere`); one ``differ`` per street whose house sources number two ways in one hundred, none giving two
numbers (:func:`_houses_apart`); one ``differ`` per two sources that put the scene at different corners,
each with a street the other names nowhere (:func:`_corners_apart`); one ``inconsistent`` per street name a source spells two ways itself
(:func:`_spelled_twice`); one ``inconsistent`` per source that writes one street with two street words beside the same number (:func:`_numbered_twice`); and one
``inconsistent`` per source that puts the scene on a stretch of a street and then on a
stretch of its cross street between the same streets (:func:`_swapped`). Street
names spelled alike ('Minnow' and 'Minow', :data:`SPELLED_ALIKE`; never with digits) are one
street, and 'St.' before a name is Saint.

Left out: two sources whose times of the shooting lie more than ``reconcile.facts.FAR``
minutes apart (two shootings); a source naming more than :data:`MAX_STREETS` streets for the
scene (a chase, a roundup); a source that tells of more than one shooting anywhere in its
claims' sentences (data/compare.json ``place_several_shootings``).

Tried and dropped (session 21, on 394 of gva-dev's 682 incidents): a difference wherever two
sources' streets do not meet ('the 300 block of Harlan Street' against 'West 12th Street'),
even between sources that share a named person or a time: 2 right of 5 (wrong: a spree's
second scene, a house number on the cross street at the same corner, a neighbour's memory of
an earlier shooting); and a source whose own places do not meet as a self-contradiction: 0
right of 8 (roundups, an earlier shooting denied, a corner written 'X Road at Y Street').
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from string import capwords

from rapidfuzz import fuzz

from . import fingerprint as fp
from .accounts import DAY, SCENE, in_other_event, is_roundup, phrases
from .data import load
from .facts import FAR, response_agents
from .records import Account, Claim, Finding

__all__ = ["MAX_STREETS", "place_findings", "scene_places"]

#: a source naming more streets than this for the scene is left out (see the module doc)
MAX_STREETS = 3
#: two street names without digits spelled at least this alike (rapidfuzz ratio) are one
#: street spelled two ways ('Minnow' and 'Minow'), not two streets
SPELLED_ALIKE = 85


@cache
def _street_words() -> frozenset[str]:
    return frozenset(load("facts")["address"]["suffixes"])


def _split(key: str) -> tuple[str, str | None]:
    """(the name, its street word or None): 'lenox road' -> ('lenox', 'road'); a street word
    glued to the next sentence's first word ('way.the') is the street word."""
    toks = key.split()
    toks = ["saint" if t == "street" and i < len(toks) - 1 else t for i, t in enumerate(toks)]  # 'St. John St.'
    for i, t in enumerate(toks):
        if "." in t.strip(".") and t.split(".")[0] in _street_words():
            toks = [*toks[:i], t.split(".")[0]]
            break
    if len(toks) > 1 and toks[-1] in _street_words():
        return " ".join(toks[:-1]), toks[-1]
    return key, None


def _same_name(a: str, b: str) -> bool:
    """The same street name, or one spelled two ways (no digits: '61st' and '62nd' are two)."""
    if a == b:
        return True
    return not any(ch.isdigit() for ch in a + b) and min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= SPELLED_ALIKE


def same_street(a: str, b: str) -> bool:
    """One street: the same name with the same street word, or where one has none."""
    (na, sa), (nb, sb) = _split(a), _split(b)
    return _same_name(na, nb) and (sa == sb or sa is None or sb is None)


def _streets(c: Claim) -> list[str]:
    return [k for k in (c.noun or "").split(" & ") if k]


@cache
def _approximate_words() -> re.Pattern[str]:
    """Words that make a place only roughly the scene, right before it (data/compare.json
    ``place_approximate``)."""
    words = load("compare")["place_approximate"]["words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s*$", re.I)


def _approximate(c: Claim) -> bool:
    """The place's sentence puts a word of approximation right before it ('located near Elm
    Street and Third Avenue')."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    return at > 0 and bool(_approximate_words().search(sentence[:at]))


def _police_response(c: Claim) -> bool:
    """A place of the shooting, or of a response in a sentence that names the police or
    their dispatch ('officers were called to Elm Street'; not 'the church is located on
    Elm Street')."""
    agents, without_agent = response_agents()
    return c.group != "response" or c.cue in without_agent or bool(agents.search(c.sentence or ""))


def scene_places(claims: Sequence[Claim], addresses: Sequence[str]) -> list[Claim]:
    """A source's places of the shooting, in reading order: its addresses of the scene
    (``addresses``: ids) and the streets and corners it names for the shooting or the
    police response, in no sentence about another shooting or several; a response only in
    a sentence that names the police (:func:`_police_response`); none only roughly the
    scene (:func:`_approximate`: 'near Elm Street')."""
    out = [c for c in claims if c.id in set(addresses)]
    out += [c for c in claims if c.kind == "fact" and c.measure in ("street", "corner") and c.group in SCENE
            and c.noun and not is_roundup(c) and not in_other_event(c)]
    return sorted((c for c in out if _police_response(c) and not _approximate(c)), key=lambda c: c.start)


def _one_time(places: dict[str, list[Claim]], times: Mapping[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The sources of ``places`` whose times of the shooting (if they give any) come within
    :data:`FAR` minutes of every other source's: sources hours apart tell two shootings
    (a folder that holds another one), and their streets say nothing of one scene."""
    apart = {s for s in places for t in places if s != t and times.get(s) and times.get(t)
             and all(_gap(x, y) > FAR for x in times[s] for y in times[t])}
    return {s: cs for s, cs in places.items() if s not in apart}


def _gap(a: Claim, b: Claim) -> float:
    """Minutes between two times' windows, modulo a day (0 when they meet)."""
    return min(max(0.0, a.value.lo - (b.value.hi + k), (b.value.lo + k) - a.value.hi) for k in (-DAY, 0, DAY))


def _tells_several(cs: Sequence[Claim]) -> bool:
    """A sentence of the source's claims tells of more than one shooting (data/compare.json
    ``place_several_shootings``); a town's name (:mod:`reconcile.towns`) holds no sentence of its own here."""
    several = phrases("place_several_shootings", "words")
    return any(several.search(c.sentence or "") for c in cs if c.measure != "town")


def _keys(cs: Sequence[Claim]) -> list[str]:
    """The streets the places name, each once; a street word alone ('13 Road 3' read as
    'road') names no street."""
    return list(dict.fromkeys(k for c in cs for k in _streets(c) if _split(k)[0] not in _street_words()))


def _words_apart(keys: Mapping[str, list[str]]) -> dict[tuple[str, str], list[str]]:
    """Per (name, street word): the sources that write it, for each street name written with
    two street words by sources none of which writes both ('Lenox Avenue', 'Lenox Road')."""
    by: dict[str, dict[str, list[str]]] = {}
    for s, ks in keys.items():
        for k in ks:
            name, word = _split(k)
            if word:
                by.setdefault(name, {}).setdefault(word, []).append(s)
    out: dict[tuple[str, str], list[str]] = {}
    for name, words in by.items():
        srcs = [s for ss in words.values() for s in ss]
        if len(words) > 1 and len(srcs) == len(set(srcs)):
            out.update({(name, w): ss for w, ss in words.items()})
    return out


def _bare(name: str) -> str:
    """A street name without marks or spaces ('bell’s ferry' and 'bells ferry', 'noe-bixby' and
    'noe bixby' are one writing)."""
    return "".join(ch for ch in name if ch.isalnum())


def _spelled_apart(keys: Mapping[str, list[str]]) -> list[tuple[str, str, list[str], list[str]]]:
    """(one spelling, the other, the sources of each) for a street name that sources write two
    ways, spelled alike (:func:`_same_name`: 'Killian Road' and 'Kilian Road') but not the same
    letters, with the same street word or one of them none, where no source writes both: one of
    the spellings is a slip (careful reading rounds 41-44 counted such pairs among the missed)."""
    by: dict[str, dict[str, set[str]]] = {}  # bare name -> source -> street words
    shown: dict[str, str] = {}
    for s, ks in keys.items():
        for k in ks:
            name, word = _split(k)
            by.setdefault(_bare(name), {}).setdefault(s, set()).add(word or "")
            shown.setdefault(_bare(name), name)
    out = []
    names = sorted(by)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if set(by[a]) & set(by[b]) or not _same_name(shown[a], shown[b]):
                continue
            wa, wb = set().union(*by[a].values()) - {""}, set().union(*by[b].values()) - {""}
            if wa and wb and not wa & wb:
                continue  # 'Elm Court' and 'Elms Road': two streets
            out.append((shown[a], shown[b], sorted(by[a]), sorted(by[b])))
    return out


def _numbered(cs: Sequence[Claim]) -> list[Claim]:
    """A source's addresses with a house or block number, whatever moment it tells them of
    ('the family was moving out of 1094 Elm Lane' as much as 'shot in the 200 block of Elm
    Lane'), in no roundup and no sentence about another shooting."""
    return [c for c in cs if c.kind == "fact" and c.measure == "address" and c.noun
            and not is_roundup(c) and not in_other_event(c)]


def _anywhere(cs: Sequence[Claim]) -> list[Claim]:
    """A source's streets, corners and addresses whatever moment it tells them of (where the
    gunmen ran, where a suspect lives, where the victim was found, as much as the scene), in no
    roundup and no sentence about another shooting."""
    return [c for c in cs if c.kind == "fact" and c.measure in ("address", "street", "corner") and c.noun
            and not is_roundup(c) and not in_other_event(c)]


def _elsewhere_apart(elsewhere: Mapping[str, list[str]], every: Mapping[str, list[str]]
                     ) -> dict[tuple[str, str], list[str]]:
    """As :func:`_words_apart`, for a street name that sources write with different street
    words where each tells it of a moment other than the scene ('the gunmen ran off along
    Tolliver Street' against 'along Tolliver Avenue'), none writing both anywhere (``every``: each
    source's streets at any moment); no numbered street ('28th Street' and '28th Avenue' are
    two streets of many grids). The scene against another moment is left out: the victim
    found on Elm Court after a shooting on Elm Road may be two streets (careful reading rounds
    50-51 counted a street word apart among the missed; see the module doc)."""
    keys = {s: [k for k in ks if not any(ch.isdigit() for ch in k)] for s, ks in elsewhere.items()}
    apart = _words_apart(keys)
    both = {_split(k)[0] for ks in every.values() for k in ks
            if len({_split(j)[1] for j in ks if _split(j)[0] == _split(k)[0]} - {None}) > 1}
    return {(n, w): ss for (n, w), ss in apart.items() if n not in both}


def _spelled_twice(keys: Mapping[str, list[str]]) -> list[tuple[str, str, str]]:
    """(source, one spelling, the other) for each street name a source itself writes two ways,
    spelled alike but not with the same letters, with the same street word or one of them
    none ('Brannigan Road', then 'Branigan Road'; marks and spaces alone are no
    spelling): the page contradicts itself, as the name rules find for people."""
    out = []
    for s, ks in keys.items():
        for a, b, _sa, _sb in _spelled_apart({k: [k] for k in ks}):
            out.append((s, a, b))
    return out


def _numbers_apart(numbered: Mapping[str, list[Claim]]) -> dict[tuple[str, str], list[str]]:
    """As :func:`_words_apart`, for a street name that sources write with different street
    words beside the same hundred of house or block numbers ('8800 Elm Square' against 'the
    8800 block of Elm Drive'): one number on one street name is one place, whatever the
    moment (careful reading round 30 found such a pair told as where the car set off and
    where the shooting was called in)."""
    by: dict[int, dict[str, list[str]]] = {}
    for s, cs in numbered.items():
        for c in cs:
            for k in _streets(c):
                if _split(k)[1] and _split(k)[0] not in _street_words():
                    ks = by.setdefault(int(c.value.lo) // 100, {}).setdefault(s, [])
                    ks.extend([k] if k not in ks else [])
    out: dict[tuple[str, str], list[str]] = {}
    for keys in by.values():
        out.update(_words_apart(keys))
    return out


def _house(c: Claim) -> int | None:
    """The house number an address gives ('745 Elm Avenue' is 745; a block gives none)."""
    m = re.match(r"\d+", c.text)
    return int(m.group()) if c.hedge == "number" and m else None


def _houses_apart(numbered: Mapping[str, list[Claim]]) -> list[list[dict[str, Claim]]]:
    """Per street and hundred, the claims per house number (each a dict source -> its claim)
    where sources give one street two house numbers of the same hundred and no source gives
    two of them ('at 743 Elm Avenue' against 'at 745 Elm Avenue'): one house, and one of the
    numbers a slip, as the block row compares blocks (careful reading round 51 counted a
    house number one apart among the missed). A source that gives two numbers tells two houses
    (a neighbour's, a suspect's next door) and leaves the street out."""
    by: dict[tuple[str, str, int], dict[int, dict[str, Claim]]] = {}
    for s, cs in numbered.items():
        for c in cs:
            if (n := _house(c)) is None:
                continue
            for name, word in (_split(k) for k in _streets(c)):
                if name not in _street_words():
                    by.setdefault((_bare(name), word or "", n // 100), {}).setdefault(n, {}).setdefault(s, c)
    out = []
    for nums in by.values():
        srcs = [s for per in nums.values() for s in per]
        if len(nums) > 1 and len(srcs) == len(set(srcs)):
            out.append([nums[n] for n in sorted(nums)])
    return out


def _numbered_twice(numbered: Mapping[str, list[Claim]]) -> list[tuple[str, str, Claim, Claim]]:
    """(source, street name, two claims) for each street name a source writes with two
    street words beside the same hundred of house or block numbers ('the 600 block of Elm
    Street', then 'the 600 block of Elm Road'): the page contradicts itself (a gva-more page
    does so)."""
    out = []
    for s, cs in numbered.items():
        first: dict[tuple[int, str], tuple[str, Claim]] = {}
        for c in cs:
            for name, word in (_split(k) for k in _streets(c)):
                if not word or name in _street_words():
                    continue
                w0, c0 = first.setdefault((int(c.value.lo) // 100, name), (word, c))
                if w0 != word and not any(o[:2] == (s, name) for o in out):
                    out.append((s, name, c0, c))
    return out


def _corners_apart(places: Mapping[str, list[Claim]], every: Mapping[str, list[str]]) -> list[tuple[str, str, Claim, Claim]]:
    """(source, other source, a corner of each) for two sources that put the scene at different
    corners, each with a street the other source names nowhere ('at Elm Street and 19th Avenue'
    against 'at 20th Avenue and Oak Street', or against 'at Elm Street and Oak Street'; ``every``:
    each source's streets at any moment), and neither naming a street of the other's corner
    but at its own corner: one of the corners is a slip (careful reading rounds 55-60 counted
    two pairs of cross streets, or two cross streets of one street, among the missed). A corner
    only near the scene is no place of it (:func:`scene_places`); a corner against a block of one
    of its streets is no difference, nor is a corner where the victim was found or taken
    (another moment, not in ``places``)."""
    corners = {s: [c for c in cs if c.measure == "corner" and len(_named(c)) > 1] for s, cs in places.items()}
    out = []
    srcs = sorted(s for s, cs in corners.items() if cs)
    for i, s in enumerate(srcs):
        for t in srcs[i + 1:]:
            pair = next(((a, b) for a in corners[s] for b in corners[t]
                         if _apart(a, b, every.get(t, [])) and _apart(b, a, every.get(s, []))), None)
            out.extend([(s, t, *pair)] if pair else [])
    return out


def _apart(a: Claim, b: Claim, theirs: Sequence[str]) -> bool:
    """Corner ``a`` has a street the other source (``theirs``: its streets anywhere) never names,
    and every street of ``a`` it does name is a street of its own corner ``b``."""
    named = [k for k in _named(a) if any(_one_name(k, j) for j in theirs)]
    return len(named) < len(_named(a)) and all(any(_one_name(k, j) for j in _named(b)) for k in named)


def _one_name(a: str, b: str) -> bool:
    """One street name, whatever the street words ('Dunmore Road' and 'Dunmore Avenue' are the
    street-word row's, not two corners), spelled alike (:func:`_same_name`: 'Eigth' is 'Eighth'
    spelled wrong, the spelling row's), or with its number written in words and in figures
    ('Eighth Street' and '8th Street': :func:`_numeral`)."""
    na, nb = _split(a)[0], _split(b)[0]
    return _same_name(na, nb) or _same_name(_numeral(na), _numeral(nb))


@cache
def _ordinals() -> dict[str, str]:
    """Ordinal words and the numbers they write ('eighth': '8th'; data/compare.json ``street_ordinals``)."""
    suffix = {1: "st", 2: "nd", 3: "rd"}
    return {w: f"{i}{'th' if 10 <= i % 100 <= 20 else suffix.get(i % 10, 'th')}"
            for i, w in enumerate(load("compare")["street_ordinals"]["words"], 1)}


def _numeral(name: str) -> str:
    """A street name with its ordinal words as numbers ('eighth' -> '8th', 'north eighth' -> 'north 8th')."""
    return " ".join(_ordinals().get(w, w) for w in name.split())


def _named(c: Claim) -> list[str]:
    """The streets a place names, without a street word alone ('North Lane' read as 'lane'
    names no street, as in :func:`_keys`)."""
    return [k for k in _streets(c) if _split(k)[0] not in _street_words()]


def _corner_rows(places: Mapping[str, list[Claim]], every: Mapping[str, list[str]],
                 names: Mapping[str, str]) -> list[tuple[str, str, list[Claim]]]:
    """One row per pair of sources :func:`_corners_apart` finds."""
    return [(f"corner · {_named(a)[0]}", f"The sources put the shooting at different corners: {_shown([a])} "
             f"({names[s]}) vs {_shown([b])} ({names[t]}), each with a street the other does not name; one of them "
             f"may be a slip.", [a, b]) for s, t, a, b in _corners_apart(places, every)]


def _shown(cs: Sequence[Claim]) -> str:
    return " / ".join(dict.fromkeys(" ".join(c.text.split()) for c in cs))


def place_findings(accounts: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                   keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None) -> list[Finding]:
    """One ``differ`` per street name that independent sources write with different street
    words for the scene (see the module doc)."""
    by_source: dict[str, list[Claim]] = {}
    for c in claims.values():
        by_source.setdefault(c.source, []).append(c)
    indep = [a.source for a in accounts if a.independent and not _tells_several(by_source.get(a.source, []))]
    places = {a.source: scene_places(by_source.get(a.source, []), a.addresses) for a in accounts if a.source in indep}
    selves = [(s, pair) for s, cs in places.items() if (pair := _swapped(cs))]
    places = {s: cs for s, cs in places.items() if 0 < len(_keys(cs)) <= MAX_STREETS}
    times = {a.source: [claims[i] for i in a.times if i in claims] for a in accounts}
    places = _one_time(places, times)
    streets = {s: _keys(cs) for s, cs in places.items()}
    rows: list[tuple[str, str, list[Claim]]] = []
    apart = _words_apart(streets)
    numbered = _one_time({s: _numbered(by_source.get(s, [])) for s in indep}, times)
    seen = {n for n, _w in apart}
    apart.update({(n, w): ss for (n, w), ss in _numbers_apart(numbered).items() if n not in seen})
    anywhere = _one_time({s: _anywhere(by_source.get(s, [])) for s in indep}, times)
    every = {s: _keys(cs) for s, cs in anywhere.items()}
    elsewhere = {s: _keys([c for c in cs if c.group not in SCENE]) for s, cs in anywhere.items()}
    corners = _corner_rows(places, every, names)
    seen = {n for n, _w in apart}
    away = {(n, w): ss for (n, w), ss in _elsewhere_apart(elsewhere, every).items() if n not in seen}
    apart.update(away)
    places = {s: sorted({c.id: c for c in places.get(s, []) + numbered.get(s, []) + anywhere.get(s, [])}.values(),
                        key=lambda c: c.start)
              for s in {*places, *numbered, *anywhere}}
    for name in dict.fromkeys(n for n, _w in apart):
        ws = {w: ss for (n, w), ss in apart.items() if n == name}
        said = " vs ".join(f"{capwords(name)} {capwords(w)} ({', '.join(names[s] for s in ss)})" for w, ss in ws.items())
        cs = [c for ss in ws.values() for s in ss for c in places[s]
              if any(_split(k)[0] == name for k in _streets(c))]
        which = "a street they tell of" if any(n == name for n, _w in away) else "the street of the shooting"
        rows.append((f"street word · {name}", f"The sources name {which} with different street "
                     f"words: {said}; one may be a slip.", cs))
    for a, b, sa, sb in _spelled_apart(every):
        cs = [next(c for c in places[s] if any(_bare(_split(k)[0]) in (_bare(a), _bare(b)) for k in _streets(c)))
              for s in (*sa, *sb)]
        which = "the street of the shooting" if any(c.group in SCENE for c in cs) else "a street they tell of"
        rows.append((f"street spelled · {a}", f"The sources spell {which} two ways: "
                     f"{capwords(a)} ({', '.join(names[s] for s in sa)}) vs {capwords(b)} "
                     f"({', '.join(names[s] for s in sb)}); one of them is a slip.", cs))
    for per in _houses_apart(numbered):
        street = " ".join(next(iter(per[0].values())).text.split()[1:])
        said = " vs ".join(f"{_house(next(iter(p.values())))} ({', '.join(names[s] for s in p)})" for p in per)
        rows.append((f"house number · {_split(_streets(next(iter(per[0].values())))[0])[0]}",
                     f"The sources give one street's house different numbers: {said} ({street}); "
                     f"one of them is a slip.", [c for p in per for c in p.values()]))
    rows += corners
    twice = _numbered_twice(numbered)
    spelt = _spelled_twice(every)
    status = ["differ"] * len(rows) + ["inconsistent"] * (len(selves) + len(twice) + len(spelt))
    rows += [("street and cross street swapped", f"{names[s]} puts the shooting on one stretch of a street and then "
              f"on the cross street's: {_shown([a])} against {_shown([b])}; one of them has the street and the "
              f"cross street the wrong way round.", [a, b]) for s, (a, b) in selves]
    rows += [(f"street word · {name}", f"{names[s]} writes one street with two street words beside the same "
              f"number: {_shown([a])} against {_shown([b])}; one of them is a slip.", [a, b])
             for s, name, a, b in twice]
    rows += [(f"street spelled · {a}", f"{names[s]} spells one street two ways: {capwords(a)} against "
              f"{capwords(b)}; one of them is a slip.", [_first_of(places[s], a), _first_of(places[s], b)])
             for s, a, b in spelt]
    prints = fp.assign([(fp.basis("fact", "place", cs, keys, aliases), cs) for _w, _r, cs in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status=st, kind="fact", measure="place",
                    subject=f"place · {what}", reason=r, claims=tuple(c.id for c in cs), confidence=0.6)
            for (what, r, cs), p, st in zip(rows, prints, status)]


def _first_of(cs: Sequence[Claim], name: str) -> Claim:
    """The first of ``cs`` that names a street of this name (written with these letters)."""
    return next(c for c in cs if any(_bare(_split(k)[0]) == _bare(name) for k in _streets(c)))


def _swapped(cs: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    """Two stretches a source gives the scene (data/streets.json ``between``) that name the
    same three streets but run along different ones ('on Elm Street between Third Avenue and
    Fifth Avenue', then 'on Third Avenue between Elm Street and Fifth Avenue'): the street and
    its cross street swapped, which cannot both hold of one spot (careful reading round 28
    found one page doing so, with no finding)."""
    runs = [c for c in cs if c.measure == "corner" and c.hedge == "between" and len(_streets(c)) == 3]
    return next(((a, b) for i, a in enumerate(runs) for b in runs[i + 1:]
                 if set(_streets(a)) == set(_streets(b)) and _streets(a)[0] != _streets(b)[0]), None)


"""Where each outlet puts the shooting, street by street, and where two outlets put it apart.

Pure functions over ``fact`` claims: the addresses of the scene an account keeps (blocks and
house numbers, :func:`reconcile.accounts.event_addresses`) and the streets and corners a
source names for the shooting itself or the police response (:mod:`reconcile.extract.streets`:
'was shot on Lenox Road', 'at Elm Street and Third Avenue'; not where someone was found,
taken, lived or arrested, which the extractor reads as another moment). A place is the set of
streets it names: a corner or a stretch ('on Elm Street between Third Avenue and Fifth Avenue')
names each of its streets, an address its one street. :func:`place_findings` gives one
``differ`` per pair of independent sources (never a conflict: a first report's street is
often corrected, and the reader checks which is right):

- **streets**: no street one source puts the shooting on is a street the other puts it on
  ('the 300 block of Harlan Street' against 'the 300 block of West 12th Street'; 'East 31st
  St.' against 'E. 32nd St.'). An intersection that contains the other's street agrees, and so
  does a block range that contains the other's house number (the same street); two blocks of
  one street are :mod:`reconcile.facts`' to compare. A street written without its street word
  ('the 400 block of Elm') is the same as any street of that name.
- **street word**: both name a street of the same name with different street words and
  neither names the other's ('Lenox Avenue' against 'Lenox Road'), even when they agree on
  another street of the place.

A source naming more than :data:`MAX_STREETS` streets for the scene (a chase, a march, a
roundup) says too little where the shooting itself was, and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from . import fingerprint as fp
from .accounts import SCENE, is_roundup
from .data import load
from .records import Account, Claim, Finding
from .text.lexicon import any_of

__all__ = ["MAX_STREETS", "place_findings", "scene_places"]

#: a source naming more streets than this for the scene is left out (see the module doc)
MAX_STREETS = 3


@cache
def _other_event() -> re.Pattern[str]:
    """Phrases of a sentence about another shooting (data/facts.json ``other_event``)."""
    return any_of(load("facts")["other_event"]["phrases"], apostrophes=True)


@cache
def _street_words() -> frozenset[str]:
    return frozenset(load("facts")["address"]["suffixes"])


def _split(key: str) -> tuple[str, str | None]:
    """(the name, its street word or None): 'lenox road' -> ('lenox', 'road')."""
    toks = key.split()
    if len(toks) > 1 and toks[-1] in _street_words():
        return " ".join(toks[:-1]), toks[-1]
    return key, None


def same_street(a: str, b: str) -> bool:
    """One street: the same key, or the same name where one has no street word."""
    (na, sa), (nb, sb) = _split(a), _split(b)
    return na == nb and (sa == sb or sa is None or sb is None)


def _streets(c: Claim) -> list[str]:
    return [k for k in (c.noun or "").split(" & ") if k]


def scene_places(claims: Sequence[Claim], addresses: Sequence[str]) -> list[Claim]:
    """A source's places of the shooting, in reading order: its addresses of the scene
    (``addresses``: ids) and the streets and corners it names for the shooting or the
    police response, in no sentence about another shooting or several."""
    out = [c for c in claims if c.id in set(addresses)]
    out += [c for c in claims if c.kind == "fact" and c.measure in ("street", "corner") and c.group in SCENE
            and c.noun and not is_roundup(c) and not _other_event().search(c.sentence or "")]
    return sorted(out, key=lambda c: c.start)


def _keys(cs: Sequence[Claim]) -> list[str]:
    return list(dict.fromkeys(k for c in cs for k in _streets(c)))


def _groups(keys: Mapping[str, list[str]]) -> list[list[str]]:
    """The sources joined, directly or through others, by a street they share, in order."""
    groups: list[list[str]] = []
    for s in keys:
        joined = [g for g in groups if any(same_street(x, y) for t in g for x in keys[t] for y in keys[s])]
        merged = [t for g in joined for t in g] + [s]
        groups = [g for g in groups if g not in joined] + [merged]
    return sorted(groups, key=lambda g: list(keys).index(g[0]))


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


def _shown(cs: Sequence[Claim]) -> str:
    return " / ".join(dict.fromkeys(" ".join(c.text.split()) for c in cs))


def place_findings(accounts: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                   keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None) -> list[Finding]:
    """One ``differ`` when independent sources put the shooting on streets that do not meet,
    and one per street name written with different street words (see the module doc)."""
    by_source: dict[str, list[Claim]] = {}
    for c in claims.values():
        by_source.setdefault(c.source, []).append(c)
    places = {a.source: scene_places(by_source.get(a.source, []), a.addresses) for a in accounts if a.independent}
    places = {s: cs for s, cs in places.items() if cs and len(_keys(cs)) <= MAX_STREETS}
    streets = {s: _keys(cs) for s, cs in places.items()}
    rows: list[tuple[str, str, list[Claim]]] = []
    groups = _groups(streets)
    if len(groups) > 1:
        said = " vs ".join("; ".join(f"{_shown(places[s])} ({names[s]})" for s in g) for g in groups)
        rows.append(("streets", f"The sources place the shooting on streets that do not meet: {said}.",
                     [c for g in groups for s in g for c in places[s]]))
    apart = _words_apart(streets)
    for name in dict.fromkeys(n for n, _w in apart):
        ws = {w: ss for (n, w), ss in apart.items() if n == name}
        said = " vs ".join(f"{name.title()} {w.title()} ({', '.join(names[s] for s in ss)})" for w, ss in ws.items())
        cs = [c for ss in ws.values() for s in ss for c in places[s]
              if any(_split(k)[0] == name for k in _streets(c))]
        rows.append((f"street word · {name}", f"The sources name the street of the shooting with different street "
                     f"words: {said}; one may be a slip.", cs))
    prints = fp.assign([(fp.basis("fact", "place", cs, keys, aliases), cs) for _w, _r, cs in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status="differ", kind="fact", measure="place",
                    subject=f"place · {what}", reason=r, claims=tuple(c.id for c in cs), confidence=0.6)
            for (what, r, cs), p in zip(rows, prints)]

"""Streets and intersections named without a block or house number: where a shooting happened
on a street ('was shot on Lenox Road'), at a corner ('at Elm Street and Third Avenue') or on a
stretch of one ('on Elm Street between Third Avenue and Fifth Avenue'), and a street a place lies
off ('a house off of Harbor Road', construction 'off': only near the place).

:func:`read` gives one fact dict per place (the shape of :func:`reconcile.extract.facts.read`'s):
``attr`` 'street' (one street) or 'corner' (two or more), ``street`` the streets' keys joined
by ' & ' in the order written ('elm street & third avenue'; a key as
:func:`~reconcile.extract.facts.street_key` makes it), ``value`` None (no block), ``moment``
and ``cue`` read from the governing verb as for an address. Constructions: data/streets.json.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..data import load

__all__ = ["read", "streets_of"]


def constructions_matcher(vocab: Vocab, data: str) -> Matcher:
    """One Matcher with every construction of data/DATA.json (its ``constructions``: name and
    pattern), the longest match kept: the street and the town readers' own."""
    m = Matcher(vocab)
    for c in load(data)["constructions"]:
        m.add(c["name"], [c["pattern"]], greedy="LONGEST")
    return m


@cache
def _matcher(vocab: Vocab) -> Matcher:
    """The constructions of data/streets.json."""
    return constructions_matcher(vocab, "streets")


@cache
def _street_only(vocab: Vocab) -> Matcher:
    """The one-street construction alone, to find the streets inside a longer match."""
    m = Matcher(vocab)
    c = next(c for c in load("streets")["constructions"] if c["name"] == "street")
    m.add("street", [c["pattern"][1:]], greedy="LONGEST")
    return m


@cache
def _closed() -> tuple[frozenset[str], frozenset[str]]:
    """The construction 'closed' of data/streets.json ('Elm Street was closed'): the words that
    end its street (``after_street``), and the parts of speech of a word before the street that
    is no word of its name (``not_name_pos``: 'Nearby Elm Street was closed')."""
    c = next(c for c in load("streets")["constructions"] if c["name"] == "closed")
    return frozenset(c["after_street"]), frozenset(c["not_name_pos"])


def _closed_street(doc: Doc, s: int, e: int) -> Span:
    """The street of the construction 'closed' matched at ``s``-``e``: up to the verb ('Elm Street
    was closed'), without a leading word that is no word of its name ('Nearby', 'Today')."""
    after, not_name = _closed()
    end = next(t.i for t in doc[s:e] if t.lower_ in after)
    return doc[next((t.i for t in doc[s:end] if t.pos_ not in not_name), end):end]


def _in_turn(matches: list[tuple[int, int, int]]) -> Iterator[tuple[int, int, int]]:
    """Matches (key, start, end) in the order given, each that overlaps none kept before it."""
    end = -1
    for k, s, e in matches:
        if s >= end:
            end = e
            yield k, s, e


def streets_of(span: Span, key_of: Callable[[str], str | None]) -> list[str]:
    """The keys (``key_of``) of the streets a matched place names, in the order written, each once."""
    found = sorted(_street_only(span.doc.vocab)(span.as_doc()), key=lambda m: m[1])
    out: list[str] = []
    for _k, s, e in _in_turn(found):
        key = key_of(span[s:e].text)
        if key and key not in out:
            out.append(key)
    return out


def read(doc: Doc, moment_of: Callable[[Doc, int, int], tuple[str | None, str | None]],
         key_of: Callable[[str], str | None]) -> list[dict]:
    """The streets and corners ``doc`` names (see the module doc), in reading order; a
    place inside a longer one is read once, as the longer one. ``moment_of`` and ``key_of``
    are the address reader's (:mod:`reconcile.extract.facts`, which calls this)."""
    found = sorted(_matcher(doc.vocab)(doc), key=lambda m: (m[1], -m[2]))
    out: list[dict] = []
    for key, s, e in _in_turn(found):
        name = doc.vocab.strings[key]
        span = doc[s + 1:e]  # the preposition is no part of the place, nor the 'of' of 'off of'
        if name == "closed":  # 'Elm Street was closed': the street alone, no preposition before it
            span = _closed_street(doc, s, e)
        if name == "off":
            span = span[min((m[1] for m in _street_only(doc.vocab)(span.as_doc())), default=0):]
        keys = streets_of(span, key_of)
        if not keys:
            continue
        moment, cue = moment_of(doc, span.start_char, span.end_char)
        out.append(dict(start=span.start_char, end=span.end_char, attr="street" if len(keys) == 1 else "corner",
                        value=None, hedge=name if name != "street" else None, street=" & ".join(keys),
                        moment=moment, cue=cue, day=None))
    return out

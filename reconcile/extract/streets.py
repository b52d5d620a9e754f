"""Streets and intersections named without a block or house number: where a shooting happened
on a street ('was shot on Lenox Road'), at a corner ('at Elm Street and Third Avenue') or on a
stretch of one ('on Elm Street between Third Avenue and Fifth Avenue'), and a street a place lies
off ('a house off of Harbor Road', construction 'off': only near the place). Corners are also read
part by part (constructions with ``read`` 'parts', :func:`_parts`) where two names share one
plural street word ('near Birch and Ninth streets': Birch Street and Ninth Street), follow 'corner
of' or 'intersection of' without street words ('at the corner of Birch and Tolliver'), or pair a
numbered street with a named one ('at 41st and Tolliver'); a name with no street word keeps none.

:func:`read` gives one fact dict per place (the shape of :func:`reconcile.extract.facts.read`'s):
``attr`` 'street' (one street) or 'corner' (two or more), ``street`` the streets' keys joined
by ' & ' in the order written ('elm street & third avenue'; a key as
:func:`~reconcile.extract.facts.street_key` makes it), ``value`` None (no block), ``moment``
and ``cue`` read from the governing verb as for an address. Constructions: data/streets.json.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..data import load
from .scope import doc_text

__all__ = ["read", "streets_of"]


def constructions_matcher(vocab: Vocab, data: str) -> Matcher:
    """One Matcher with every construction of data/DATA.json (its ``constructions``: name and
    pattern, and any ``more_patterns`` of the same name), the longest match kept: the street and
    the town readers' own."""
    m = Matcher(vocab)
    for c in load(data)["constructions"]:
        m.add(c["name"], [c["pattern"], *c.get("more_patterns", ())], greedy="LONGEST")
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


#: a numbered street's name ('41st')
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)$")


@cache
def _by_parts() -> dict[str, dict[str, str]]:
    """The constructions of data/streets.json read part by part (``read``: 'parts'), each with
    its plural street words and their singulars (``plural``; none: {})."""
    return {c["name"]: c.get("plural", {}) for c in load("streets")["constructions"] if c.get("read") == "parts"}


@cache
def _plurals() -> dict[str, str]:
    """Every plural street word of data/streets.json and its singular ('avenues': 'avenue')."""
    return {w: one for p in _by_parts().values() for w, one in p.items()}


def _parts(span: Span, key_of: Callable[[str], str | None]) -> list[str]:
    """The keys of a corner read part by part (constructions with ``read`` 'parts'): the names
    on either side of 'and' or '&'; a plural street word at the end given, in the singular, to
    each part without a street word of its own ('near Birch and Ninth streets': 'birch street &
    ninth street'; 'Harlan Ave and Pine streets': 'harlan avenue & pine street'); a part with no
    street word at all keeps none ('at 41st and Tolliver': '41st & tolliver'). Two numbered
    streets alone are no corner ('near 17th and 18th streets': parallel streets of one grid)."""
    toks = list(span)
    word = _plurals().get(toks[-1].lower_) if toks else None
    toks = toks[:-1] if word else toks
    parts: list[list[str]] = [[]]
    for t in toks:
        if t.lower_ in ("and", "&"):
            parts.append([])
        else:
            parts[-1].append(t.text)
    if all(len(w) == 1 and _NUMBERED.match(w[0]) for w in parts):
        return []  # 'near 17th and 18th streets': two streets of one grid that never meet, no corner
    out: list[str] = []
    for words in parts:
        if not words:
            continue
        # a part of one word keeps the plural even if it is a street word ('Terrace and Elm avenues')
        has_word = len(words) > 1 and key_of(words[-1]) in _street_words()
        key = key_of(" ".join(words + ([word] if word and not has_word else [])))
        if key and key not in out:
            out.append(key)
    return out


@cache
def _street_words() -> frozenset[str]:
    """The street words as keys are written (data/facts.json address ``suffixes``: 'street',
    'avenue'): a part whose last word is one has its own."""
    return frozenset(load("facts")["address"]["suffixes"])


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


def _runs_on(doc: Doc, name: str, end: int) -> bool:
    """A corner read part by part whose last name runs on past the match, glued to a hyphen or a
    slash ('Kell-Bixby Road', which the tokenizer splits): it is cut, so not read at all."""
    return (name in _by_parts() and end < len(doc) and not doc[end - 1].whitespace_
            and doc[end].text in ("-", "–", "/"))


def read(doc: Doc, moment_of: Callable[[Doc, int, int], tuple[str | None, str | None]],
         key_of: Callable[[str], str | None], numbered: Callable[[str, int, str], tuple[str, int]]) -> list[dict]:
    """The streets and corners ``doc`` names (see the module doc), in reading order; a
    place inside a longer one is read once, as the longer one. ``moment_of``, ``key_of`` and
    ``numbered`` (a road's number after one street: 'on County Road 20') are the address
    reader's (:mod:`reconcile.extract.facts`, which calls this)."""
    found = sorted(_matcher(doc.vocab)(doc), key=lambda m: (m[1], -m[2]))
    found = [(k, s, e) for k, s, e in found if not _runs_on(doc, doc.vocab.strings[k], e)]
    out: list[dict] = []
    for key, s, e in _in_turn(found):
        name = doc.vocab.strings[key]
        span = doc[s + 1:e]  # the preposition is no part of the place, nor the 'of' of 'off of'
        if name == "closed":  # 'Elm Street was closed': the street alone, no preposition before it
            span = _closed_street(doc, s, e)
        if name == "off":
            span = span[min((m[1] for m in _street_only(doc.vocab)(span.as_doc())), default=0):]
        if name == "home":  # 'his Tess Circle home': the street alone
            span = span[:-1]
        parts = name in _by_parts()
        if parts:  # from the first word written as a name on ('corner of' is none)
            span = span[next((t.i - span.start for t in span if t.text[:1].isupper() or t.text[:1].isdigit()), 0):]
        keys = _parts(span, key_of) if parts else streets_of(span, key_of)
        if not keys:
            continue
        end = span.end_char
        if len(keys) == 1:
            key, end = numbered(doc_text(doc), end, keys[0])
            keys = [key]
        moment, cue = moment_of(doc, span.start_char, end)
        if parts and moment is None and not any(k.split()[-1] in _street_words() for k in keys):
            moment = "other"  # names with no street word in a sentence with no verb (a caption): no scene
        out.append(dict(start=span.start_char, end=end, attr="street" if len(keys) == 1 else "corner",
                        value=None, hedge="corner" if parts else name if name != "street" else None,
                        street=" & ".join(keys), moment=moment, cue=cue, day=None))
    return out

"""Town, county and neighbourhood names a page writes ('Harlowe County', 'the Kestrel Park
neighborhood', 'in Dunmore'), so that one name spelled two ways can be shown
(:mod:`reconcile.towns`).

:func:`read` gives one fact dict per name (the shape of :func:`reconcile.extract.facts.read`'s):
``attr`` 'town', ``street`` the name in lower case with its spaces as one ('harlowe county',
'kestrel park'), ``hedge`` what read it (a construction of data/towns.json, 'county' or
'neighborhood', or the recogniser's label in lower case, 'gpe' or 'loc'), ``value``,
``moment``, ``cue`` and ``day`` None. A name is a GPE or LOC entity, or a construction's
match (the construction is read where both are); an entity that names a street, or that a
hyphen joins to the next word, is left out (data/towns.json ``_about``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..data import load, wordset
from .people import according_to, people_of
from .scope import doc_ents, street_word_forms
from .streets import constructions_matcher

__all__ = ["read"]


@cache
def _matcher(vocab: Vocab) -> Matcher:
    """The constructions of data/towns.json, the longest match kept."""
    return constructions_matcher(vocab, "towns")


@cache
def _kept() -> dict[str, tuple[int, int]]:
    """Per construction, the tokens of its match left out of the name at each end."""
    return {c["name"]: tuple(c["keep"]) for c in load("towns")["constructions"]}


def _named(doc: Doc, key: int, s: int, e: int) -> tuple[str, Span]:
    """A construction's match (key, start, end): its name and the words it names, the tokens of
    :func:`_kept` left out."""
    name = doc.vocab.strings[key]
    cut_start, cut_end = _kept()[name]
    return name, doc[s + cut_start:e - cut_end]


def _no_town(span: Span) -> bool:
    """Words no town's name: a street's name, a word joined by a hyphen to the next, a speaker's
    surname (the checks a recogniser's town and an unlabelled construction's both pass)."""
    return _of_a_street(span) or _hyphened(span) or _a_speakers_surname(span)


def _read_here(doc: Doc, key: int, s: int, e: int, labels: frozenset[str]) -> bool:
    """Whether a construction's match is read: one read only where the recogniser labels no
    town (:func:`_unlabelled`) is not where it does, nor words no town's name (:func:`_no_town`)
    or a possessive ('shot in Ames's home')."""
    name, span = _named(doc, key, s, e)
    if name not in _unlabelled():
        return True
    after = doc[span.end].text if span.end < len(doc) else ""
    return not (any(t.ent_type_ in labels for t in span) or _no_town(span) or after in ("'s", "’s")
                or after[:1].isupper() and after.lower() in _place_after())


@cache
def _place_after() -> frozenset[str]:
    """Words after a name that make it a place's or a county's ('Bunny Friend Park', 'Mosby
    Court', 'Union Co.'; data/towns.json ``not_before``, data/compare.json ``named_places``,
    data/facts.json's street words), lower case."""
    suffixes = load("facts")["address"]["suffixes"]
    return frozenset(w.lower() for w in (*wordset("towns", "not_before"), *wordset("compare", "named_places"),
                                         *suffixes, *(f for fs in suffixes.values() for f in fs)))


@cache
def _unlabelled() -> frozenset[str]:
    """The constructions read only where the recogniser labels no town (data/towns.json
    ``unlabelled``: 'shot_in')."""
    return frozenset(c["name"] for c in load("towns")["constructions"] if c.get("unlabelled"))


@cache
def _street_words() -> frozenset[str]:
    """The street words of data/streets.json (the last token of its one-street construction), lower case."""
    return frozenset(w.lower() for w in street_word_forms())


def _name(span: Span) -> str:
    """The name in lower case, spaces as one, without a leading 'the' or a closing possessive."""
    words = span.text.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    key = " ".join(words)
    for tail in ("'s", "’s"):
        key = key.removesuffix(tail)
    return key.rstrip(".,;:")


def _of_a_street(span: Span) -> bool:
    """A street's name ('the 3000 block of Elm Circle': a street word inside the span or right after it)."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after in _street_words() or any(t.lower_ in _street_words() for t in span)


def _hyphened(span: Span) -> bool:
    """Joined by a hyphen to the next word ('a Kuwaiti-born man', 'Texas-based')."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in ("-", "–") and not doc[span.end - 1].whitespace_


def _a_speakers_surname(span: Span) -> bool:
    """One word that is the surname of a person the page names with a first name, where a
    speaker stands ('Singh said', 'according to Singh'; data/towns.json speaker_deps): the
    person, read as a place by the recogniser."""
    if len(span) != 1:
        return False
    tok = span[0]
    if not any(p.first for p in people_of(span.doc).by_last.get(tok.lower_, ())):
        return False
    return according_to(tok) or tok.dep_ in wordset("towns", "speaker_deps")


#: the lines a story's dateline may open (its headline, a byline, a caption or a quoted lead above it)
DATELINE_LINES = 20


def _a_dateline(span: Span) -> bool:
    """A match of the dateline construction that is one: it opens a line among the story's
    first :data:`DATELINE_LINES` (a quoted lead may come first), not words in capitals inside a
    transcript's line ('IT IS, ...'). :func:`read` keeps a page's first only; before a hyphen
    only where a space follows it ('CLEVELAND - A man', not 'WILKES-BARRE': session 70, careful
    reading round 252). Its words may run over two of the parser's sentences ('FORT' | 'WORTH -
    A man', 'WAGONER' | 'COUNTY, OK-': session 71; the check session 69 made against it, for
    a charges row that cited the county, is now :func:`reconcile.facts._charge_cite`'s). Session
    69, careful readings rounds 248-249."""
    before = span.doc.text[:span.start_char]
    if before.count("\n") > DATELINE_LINES:
        return False
    mark = span.doc[span.end] if span.end < len(span.doc) else None
    if mark is not None and mark.text == "-" and not mark.whitespace_:
        return False
    if len(span) == 1 and _call_sign().match(span[0].text) and not _a_state_after(span):
        return False  # 'WXYZ — Police said', 'KXII, the CBS affiliate'; not 'KENT, Wash.'
    return not before.strip() or before.rstrip(" \t").endswith("\n")


@cache
def _call_sign() -> re.Pattern[str]:
    """A word shaped as a US station's call sign ('WXYZ'), or as some towns' names ('KENT'):
    data/towns.json ``call_sign``."""
    return re.compile(load("towns")["call_sign"]["pattern"])


def _a_state_after(span: Span) -> bool:
    """A comma and a state's name or abbreviation right after ``span`` ('KENT, Wash.', 'KATY,
    Texas'; data/accounts.json ``state_names``)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    nxt = doc[span.end + 1].text
    return nxt in wordset("accounts", "state_names") or nxt in wordset("accounts", "state_names", "abbreviations")


def _in_turn(matches: list[tuple[int, int, int]]) -> Iterator[tuple[int, int, int]]:
    """Matches (key, start, end) in reading order, each that overlaps none kept before it."""
    end = -1
    for k, s, e in sorted(matches, key=lambda m: (m[1], -m[2])):
        if s >= end:
            end = e
            yield k, s, e


def read(doc: Doc) -> list[dict]:
    """The town, county and neighbourhood names ``doc`` writes (see the module doc), in reading order."""
    spans: list[tuple[Span, str]] = []
    taken: set[int] = set()
    dated = False
    labels = wordset("towns", "labels")
    for key, s, e in _in_turn([m for m in _matcher(doc.vocab)(doc) if _read_here(doc, *m, labels)]):
        name, span = _named(doc, key, s, e)
        if name == "dateline":
            if dated or not _a_dateline(span):
                continue
            dated = True
        spans.append((span, name))
        taken.update(range(s, e))
    for ent in doc_ents(doc):
        if ent.label_ in labels and not taken & set(range(ent.start, ent.end)) and not _no_town(ent):
            spans.append((ent, ent.label_.lower()))
    out = []
    for span, how in sorted(spans, key=lambda x: x[0].start):
        if key := _name(span):
            out.append(dict(start=span.start_char, end=span.end_char, attr="town", value=None, hedge=how,
                            street=key, moment=None, cue=None, day=None))
    return out

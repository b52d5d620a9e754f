"""Extraction: spaCy components that find claims, and their conversion to Claims.

Each family has its module (``quantities``, ``quotes``, ``roles``, ``persons``) with a plain
function ``Doc -> list[dict]`` and a component (:func:`reconcile.extract.component.register`,
a ``Language.factory``) that stores the dicts on ``doc._.<family>``. :func:`claims` turns a parsed article
into :class:`~reconcile.records.Claim` records with provenance; a quantity's time
scope is resolved to calendar days against the article's publication date
(:mod:`reconcile.text.dates`). :func:`load` builds the pipeline that finds them: the
model as :mod:`reconcile.nlp` loads it, with the components of :data:`COMPONENTS`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from .. import nlp
from ..records import OUTCOMES, Article, Change, Claim, Interval, Scope
from ..text.dates import parse_published, resolve
from ..text.lines import line_starts
from ..text.sites import first_segment, site_suffix, title_part
from . import quantities as _quantities  # noqa: F401  (registers the factory)
from . import quotes as _quotes  # noqa: F401
from . import roles as _roles  # noqa: F401
from . import persons as _persons  # noqa: F401
from . import facts as _facts  # noqa: F401
from . import measures as _measures
from .scope import doc_text, sent_of

#: the components :func:`load` adds, in this order: reconcile_persons reads
#: doc._.quantities (whether the article reports a death), so it runs after them;
#: reconcile_measures (figures with a unit) reads nothing of the others'
COMPONENTS = ("reconcile_quantities", "reconcile_roles", "reconcile_quotes", "reconcile_persons", "reconcile_facts",
              "reconcile_measures")


def load(name: str | None = None) -> Language:
    """The spaCy pipeline (:func:`reconcile.nlp.load`) with reconcile's components
    added, registered by importing this package (cached per name)."""
    return nlp.load(name, COMPONENTS)


def _sentence(doc: Doc, start: int, end: int) -> str:
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or not len(span):
        return doc_text(doc)[start:end]
    s = sent_of(span[0])
    e = sent_of(span[-1])
    return doc_text(doc)[s.start_char:e.end_char].strip()


def _has_words(text: str, words: str) -> bool:
    """``words`` in ``text`` as whole words ('o' is not in 'Toledo News')."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _off_site(row: tuple[int, int, str, dict, str], text: str, site: tuple[int, int],
              outside: str) -> tuple[int, int, str, dict, str] | None:
    """``row`` kept clear of the site's name after the headline (reconcile.text.sites: ' -
    WXYZ TV Elm Falls News'): its sentence without it; a figure's place named only there none;
    a row inside it, and a person reaching into it, dropped; another reaching into it cut at
    the separator, a figure's noun read in the name then the title's words before the
    separator ('death of Elm te - WXYZ TV Elm Falls News': 'Elm te') or the figure's own words.
    ``outside``: the text without the site's name, made once per article."""
    s, e, kind, d, sentence = row
    place = d.get("place") if kind == "quantity" else None
    if place and _has_words(text[site[0]:site[1]], place) and not _has_words(outside, place):
        # a place named only in the site's name ('- WXYZ 13 Elm Falls, Lakeside News'): the
        # station's home, no place of the figure (session 65, careful reading round 173, 579852)
        d = {**d, "place": None, "place_inherited": False}
        row = s, e, kind, d, sentence
    if s >= site[1]:
        return row
    end = min(e, s + len(text[s:site[0]].rstrip(" \t-|\u2013\u2014")))
    if end <= s or kind == "person" and end < e:
        return None
    noun = d.get("noun") if kind == "quantity" else None
    title = text[text.rfind("\n", 0, site[0]) + 1:site[0]]
    if noun and (_has_words(text[site[0]:site[1]], noun) and not _has_words(title, noun) or first_segment(noun) != noun):
        head = first_segment(noun)
        d = {**d, "noun": head if head != noun and head in text[:site[0]] else text[s:end] if end < e else None}
    return s, end, kind, d, title_part(sentence, text, site)


def _rows(doc: Doc) -> list[tuple[int, int, str, dict]]:
    """(start, end, kind, dict) of everything the components found in ``doc``, in the
    order the kinds are read (quantities, quotes, roles, people)."""
    rows: list[tuple[int, int, str, dict]] = []
    found = (doc._.measures if doc.has_extension("measures") else None) or []
    for q in _measures.merge(doc_text(doc), doc._.quantities or [], found):
        rows.append((q["start"], q["end"], "quantity", q))
    for q in doc._.quotes or []:
        rows.append((q["start"], q["end"], "quote", q))
    for r in doc._.roles or []:
        rows.append((r["start"], r["end"], "role", r))
    for r in (doc._.persons if doc.has_extension("persons") else None) or []:
        rows.append((r["start"], r["end"], "person", r))
    for r in (doc._.facts if doc.has_extension("facts") else None) or []:
        rows.append((r["start"], r["end"], "fact", r))
    return rows


def _moved(d: dict, offset: int) -> dict:
    """A component's dict with its offsets moved by ``offset`` (a piece of a long text)."""
    if not offset:
        return d
    d = dict(d, start=d["start"] + offset, end=d["end"] + offset)
    if isinstance(d.get("spans"), dict):
        d["spans"] = {k: (s + offset, e + offset) for k, (s, e) in d["spans"].items()}
    return d


def _one_person_per_name(rows: list[tuple[int, int, str, dict, str]]) -> list[tuple[int, int, str, dict, str]]:
    """A long article read in pieces (:class:`reconcile.nlp.Pieces`) gives each piece its own
    person claims: one person named in three pieces was three rows of the people table (the
    review of session 53, a 300 KB page). The person claims of one name, written alike, are one
    claim: the first, with the age, sex, role and condition the first to give them gives, and
    the most serious outcome; its spans where the later ones add an attribute."""
    first: dict[str, dict] = {}
    out = []
    for s, e, kind, d, sentence in rows:
        if kind != "person" or not d.get("name"):
            out.append((s, e, kind, d, sentence))
            continue
        kept = first.get(d["name"])
        if kept is None:
            d = first[d["name"]] = dict(d, spans=dict(d["spans"]))
            out.append((s, e, kind, d, sentence))
            continue
        for attr in ("age", "gender", "role", "condition"):
            if kept.get(attr) is None and d.get(attr) is not None:
                kept[attr] = d[attr]
                if attr in d["spans"]:
                    kept["spans"].setdefault(attr, d["spans"][attr])
        if d.get("outcome") in OUTCOMES and (kept.get("outcome") not in OUTCOMES or
                                             OUTCOMES.index(d["outcome"]) < OUTCOMES.index(kept["outcome"])):
            kept["outcome"] = d["outcome"]
            if "outcome" in d["spans"]:
                kept["spans"]["outcome"] = d["spans"]["outcome"]
    return out


def claims(article: Article, doc: Doc | Iterable[tuple[int, Doc]]) -> list[Claim]:
    """The claims of one parsed article, in reading order, with ids ``<source>:<kind><n>`` ("seeds-a:quote3").

    ``doc`` is the article's Doc, or, for a long article parsed in pieces
    (:class:`reconcile.nlp.Pieces`), its ``(offset, Doc)`` pieces: each piece's Doc is
    read and let go before the next is parsed, and offsets are moved into the whole text.
    """
    text = article.text
    starts = line_starts(text)
    masked = article.masked
    published = parse_published(article.published)
    out: list[Claim] = []

    def line_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos)

    def in_mask(s: int, e: int) -> bool:
        return any(ms <= s and e <= me for ms, me in masked)

    # (start, end, kind, dict, sentence), offsets into the article's text
    rows: list[tuple[int, int, str, dict, str]] = []
    for offset, piece in ([(0, doc)] if isinstance(doc, Doc) else doc):
        for s, e, kind, d in _rows(piece):
            if in_mask(s + offset, e + offset) or s >= e:
                continue
            rows.append((s + offset, e + offset, kind, _moved(d, offset), _sentence(piece, s, e)))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    if not isinstance(doc, Doc):
        rows = _one_person_per_name(rows)
    site = site_suffix(text)
    if site is not None:
        outside = text[:site[0]] + text[site[1]:]
        rows = [r for r in (_off_site(r, text, site, outside) for r in rows) if r is not None]
    counters = {"quantity": 0, "quote": 0, "role": 0, "person": 0, "fact": 0}
    for s, e, kind, d, sentence in rows:
        counters[kind] += 1
        common = dict(
            id=f"{article.id}:{kind}{counters[kind]}", source=article.id, path=article.path,
            kind=kind, start=s, end=e, text=text[s:e], sentence=sentence,
            line=line_of(s),
        )
        if kind == "quantity":
            nom, lo, hi = d["value"]
            out.append(Claim(
                **common, value=Interval(nom, lo, hi), hedge=d["hedge"], measure=d["measure"],
                noun=d["noun"], group=d["group"], unit=d.get("unit"), change=Change.from_dict(d.get("change")),
                stated=d.get("stated"),
                scope=Scope(d.get("place"), d.get("time"), d.get("place_inherited", False),
                            d.get("time_inherited", False), date=resolve(d.get("time"), published)),
            ))
        elif kind == "quote":
            out.append(Claim(**common, speaker=d["speaker"], cue=d["cue"], direct=d["direct"]))
        elif kind == "person":
            out.append(Claim(**common, name=d["name"], age=d["age"], gender=d["gender"], role=d["role"],
                             outcome=d["outcome"], condition=d["condition"],
                             spans=tuple((a, s_, e_) for a, (s_, e_) in sorted(d["spans"].items()))))
        elif kind == "fact":
            out.append(Claim(**common, value=Interval(*d["value"]) if d["value"] else None, hedge=d["hedge"], measure=d["attr"],
                             noun=d["street"], group=d["moment"], cue=d["cue"],
                             scope=Scope(time=d["day"]) if d.get("day") else None))
        else:
            out.append(Claim(**common, person=d["person"], title=d["title"]))
    return out

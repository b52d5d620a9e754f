"""Word lists from ``reconcile/data`` in the shapes the extractors look them up in.

Built once per process from the JSON data files; nothing here is hand-typed.
Extra measure words (a project's configuration, ``[tool.reconcile.measures]``) are
merged in for the duration of :func:`extra_measures`; they win over the built-in words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from ..data import load


@dataclass(frozen=True)
class Lexicon:
    verb_measure: dict[str, str]
    noun_measure: dict[str, str]
    adj_measure: dict[str, str]
    phrase_measure: tuple[tuple[tuple[str, ...], str], ...]
    person_group: dict[str, str]
    reporting: frozenset[str]
    reporting_strong: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    title_words: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    number_labels: frozenset[str]
    kin_of: frozenset[str]
    amounts: frozenset[str]
    conditions: frozenset[str]
    survival: frozenset[str]
    referents: dict[str, frozenset[str]]
    body_parts: frozenset[str]
    #: event noun -> the measure of the people its 'of' names ('the shooting of six people')
    events_of: dict[str, str]


#: (measure, part, word) triples; part is "verbs", "nouns" or "adjectives".
MeasureWords = tuple[tuple[str, str, str], ...]
PARTS = ("verbs", "nouns", "adjectives")
_EXTRA: ContextVar[MeasureWords] = ContextVar("reconcile_extra_measures", default=())


@contextmanager
def extra_measures(words: Iterable[tuple[str, str, str]]) -> Iterator[None]:
    """Within the block, :func:`lexicon` also knows ``words`` (lemmas, any case)."""
    words = tuple(sorted({(m, part, w.strip().lower()) for m, part, w in words if w.strip()}))
    for _, part, _ in words:
        if part not in PARTS:
            raise ValueError(f"unknown part {part!r}; expected one of {', '.join(PARTS)}")
    token = _EXTRA.set(words)
    try:
        yield
    finally:
        _EXTRA.reset(token)


def lexicon() -> Lexicon:
    return _lexicon(_EXTRA.get())


@cache
def _lexicon(extra: MeasureWords = ()) -> Lexicon:
    m = load("measures")
    verb, noun, adj = {}, {}, {}
    for measure, part, w in extra:
        {"verbs": verb, "nouns": noun, "adjectives": adj}[part][w] = measure
    for measure, words in m["measures"].items():
        for w in words["verbs"]:
            verb.setdefault(w, measure)
        for w in words["nouns"]:
            noun.setdefault(w, measure)
        for w in words["adjectives"]:
            adj.setdefault(w, measure)
    phrases = tuple(
        (tuple(p.split()), measure)
        for measure, ps in m["phrases"].items() if not measure.startswith("_")
        for p in ps
    )
    group = {w: g for g, ws in m["people"].items() if not g.startswith("_") for w in ws}
    rv = load("reporting_verbs")
    t = load("titles")
    return Lexicon(
        verb_measure=verb, noun_measure=noun, adj_measure=adj, phrase_measure=phrases,
        person_group=group, reporting=frozenset(rv["verbs"]),
        reporting_strong=frozenset(rv["strong"]),
        according=tuple(tuple(p.split()) for p in rv["according_to"]),
        title_words=frozenset(t["heads"]), female=frozenset(t["female"]),
        male=frozenset(t["male"]), number_labels=frozenset(m["number_labels"]["words"]),
        kin_of=frozenset(m["kin_of"]["words"]), amounts=frozenset(m["amounts"]["words"]),
        conditions=frozenset(m["hospital_conditions"]["words"]), survival=frozenset(m["survival_cues"]["lemmas"]),
        referents={k: frozenset(v) for k, v in m["referents"].items() if not k.startswith("_")},
        body_parts=frozenset(m["body_parts"]["words"]),
        events_of={w: k for k, ws in m["events_of"].items() if not k.startswith("_") for w in ws},
    )


def words(name: str, key: str) -> frozenset[str]:
    """The words of entry ``key`` of data file ``name`` (its ``words``), as a set."""
    return frozenset(load(name)[key]["words"])


def mapping(name: str, key: str) -> dict[str, str]:
    """The word-to-value table of entry ``key`` of data file ``name`` (its ``map``)."""
    return dict(load(name)[key]["map"])


def any_of(words: Iterable[str], apostrophes: bool = False) -> re.Pattern[str]:
    """Any of ``words`` (or phrases) as whole words, case-insensitive; ``apostrophes``:
    a straight apostrophe in a word also matches a curly one."""
    alts = (re.escape(w).replace("'", "['’]") if apostrophes else re.escape(w) for w in words)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


@dataclass(frozen=True)
class CourtWords:
    """The words of the legal process (data/facts.json ``court``): read once, for the fact
    reader that gives them as court claims (reconcile/extract/facts.py ``court``) and for the
    rows that compare them (reconcile/facts.py ``_court_rows``)."""

    warrant: re.Pattern[str]  # a warrant issued for an arrest ('arrest_warrant')
    other: re.Pattern[str]  # a search warrant or another matter's (its 'not')
    pending: re.Pattern[str]  # an arraignment still to come ('arraignment_pending')
    identified: re.Pattern[str]  # the one who fired identified ('identified')


@cache
def court_words() -> CourtWords:
    d = load("facts")["court"]
    w = d["arrest_warrant"]
    return CourtWords(re.compile(w["pattern"], re.I), any_of(w["not"]), any_of(d["arraignment_pending"]["words"]),
                      re.compile(d["identified"]["pattern"], re.I))

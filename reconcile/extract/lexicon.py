"""Word lists from ``reconcile/data`` in the shapes the extractors look them up in.

Built once per process from the JSON data files; nothing here is hand-typed.
"""

from __future__ import annotations

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


@cache
def lexicon() -> Lexicon:
    m = load("measures")
    verb, noun, adj = {}, {}, {}
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
        male=frozenset(t["male"]),
    )

"""The people reader's words and matchers: the word lists of ``data/persons.json``
(:func:`words`), its constructions (:func:`constructions`), the Matcher and
DependencyMatcher set up for them, which constructions a sentence can hold at all
(:func:`possible_constructions`), and the credit lines a press photo or a byline gives.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy
from spacy.matcher import DependencyMatcher
from spacy.attrs import HEAD, LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ...data import load, wordset
from ..people import sides_matcher
from ..scope import sent_bounds


SEVERITY = {"killed": 0, "injured": 1, "arrested": 2, "unharmed": 3}
class _NameWord:
    """A word a name may be made of: a capital letter, then letters, apostrophes, full stops
    and hyphens. Letters with accents count as letters ('Márkovitz', 'José', 'Núñez'), where
    an ASCII-only pattern read such names as no name (the review of session 53)."""

    _rest = re.compile(r"(?:[^\W\d_]|['’.\-])*")

    def match(self, text: str) -> bool:
        return bool(text) and text[0].isupper() and text[0].isalpha() and self._rest.fullmatch(text, 1) is not None


_NAME_WORD = _NameWord()


@dataclass(frozen=True)
class Words:
    suspect: frozenset[str]
    victim: frozenset[str]
    arrest_verbs: frozenset[str]
    arrest_phrases: tuple[tuple[str, ...], ...]
    harm: frozenset[str]
    fire: frozenset[str]
    agent_harm: frozenset[str]
    selves: frozenset[str]
    self_accused: frozenset[str]
    death_nouns: frozenset[str]
    harm_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    identify: frozenset[str]
    others: dict[str, frozenset[str]]
    officers: frozenset[str]
    age_after: frozenset[str]
    age_before: frozenset[str]
    age_min: int
    age_max: int
    age_months: frozenset[str]
    age_under_a_month: frozenset[str]
    age_tens: dict[str, int]
    name_stop: frozenset[str]
    lived: frozenset[str]
    describers: frozenset[str]
    sought: frozenset[str]
    sought_nouns: frozenset[str]
    treated: frozenset[str]
    hospitals: frozenset[str]
    custody_places: frozenset[str]  # 'taken to the county detention center': held, not hurt
    name_suffixes: frozenset[str]
    nickname_words: frozenset[str]
    casualty_adjectives: dict[str, str]
    outlets: frozenset[str]
    custody_stays: frozenset[str]
    fired_objects: frozenset[str]
    outcome_verbs: frozenset[str]
    name_joiners: frozenset[str]
    partitives: frozenset[str]
    name_hyphens: frozenset[str]
    place_prepositions: frozenset[str]
    not_a_person: frozenset[str]
    death_words: frozenset[str]
    past_record: frozenset[str]
    this_case: frozenset[str]
    finding: frozenset[str]
    other_deaths: frozenset[str]
    survived_objects: frozenset[str]
    lived_clause: frozenset[str]
    suspect_by: frozenset[str]
    turned_on_self: frozenset[str]


@cache
def words() -> Words:
    d = load("persons")
    return Words(
        suspect=frozenset(d["suspect_nouns"]["words"]), victim=frozenset(d["victim_nouns"]["words"]),
        arrest_verbs=frozenset(d["arrest_verbs"]["lemmas"]),
        arrest_phrases=tuple(tuple(p.split()) for p in d["arrest_phrases"]["phrases"]),
        harm=frozenset(d["suspect_acts"]["harm"]), fire=frozenset(d["suspect_acts"]["fire"]),
        agent_harm=frozenset(d["suspect_acts"]["agent_harm"]), selves=frozenset(d["self_harm"]["words"]),
        self_accused=frozenset(d["self_harm"]["accused"]),
        death_nouns=frozenset(d["death_nouns"]["words"]), harm_nouns=frozenset(d["harm_nouns"]["words"]),
        agent_nouns=frozenset(d["agent_nouns"]["words"]), identify=frozenset(d["identify_verbs"]["lemmas"]),
        others={k: frozenset(v) for k, v in d["others"].items() if not k.startswith("_")},
        officers=frozenset(d["officers"]["words"]),
        age_after=frozenset(d["age"]["after"]), age_before=frozenset(d["age"]["before_number"]),
        age_min=int(d["age"]["min"]), age_max=int(d["age"]["max"]),
        age_months=frozenset(d["age"]["units"]["months"]), age_under_a_month=frozenset(d["age"]["units"]["under_a_month"]),
        age_tens=dict(d["age"]["tens"]["words"]),
        name_stop=frozenset(d["name_stop"]["words"]), lived=frozenset(d["lived_words"]["lemmas"]),
        describers=frozenset(d["describers"]["words"]), sought=frozenset(d["sought_verbs"]["lemmas"]),
        sought_nouns=frozenset(d["sought_verbs"]["nouns"]),
        treated=frozenset(d["hospital_treatment"]["lemmas"]), hospitals=frozenset(d["hospital_treatment"]["places"]),
        custody_places=frozenset(d["hospital_treatment"]["custody_places"]),
        name_suffixes=frozenset(d["name_parts"]["suffixes"]), nickname_words=frozenset(d["name_parts"]["nickname"]),
        casualty_adjectives=dict(d["casualty_adjectives"]["words"]),
        outlets=frozenset(d["outlets"]["words"]),
        custody_stays=frozenset(d["custody_stays"]["lemmas"]), fired_objects=frozenset(d["fired_objects"]["lemmas"]),
        outcome_verbs=frozenset(d["outcome_verbs"]["lemmas"]), name_joiners=frozenset(d["name_joiners"]["words"]),
        partitives=frozenset(d["partitives"]["words"]), name_hyphens=frozenset(d["name_hyphens"]["words"]),
        place_prepositions=frozenset(d["place_prepositions"]["words"]),
        not_a_person=frozenset(d["not_a_person"]["lemmas"]),
        death_words=frozenset(d["death_words"]["lemmas"]),
        past_record=frozenset(d["past_record"]["words"]),
        this_case=frozenset(d["past_record"]["this_case"]["lemmas"]),
        finding=frozenset(d["finding_verbs"]["lemmas"]),
        other_deaths=frozenset(d["other_deaths"]["lemmas"]),
        survived_objects=frozenset(d["survived_objects"]["lemmas"]), lived_clause=frozenset(d["lived_clause"]["lemmas"]),
        suspect_by=frozenset(d["suspect_by"]["lemmas"]), turned_on_self=frozenset(d["turned_on_self"]["lemmas"]),
    )


@dataclass(frozen=True)
class Construction:
    """A DependencyMatcher pattern of ``data/persons.json`` and what a match says of the
    person at its node 'person'."""

    id: str
    role: str
    outcome: str | None
    weak: bool  # a role only for a person nothing else gives one
    nodes: tuple[str, ...]  # the pattern's node names, in the order a match gives its tokens
    without: frozenset[str]  # dependency labels the first node must not have among its children


@cache
def constructions() -> dict[str, Construction]:
    return {c["id"]: Construction(c["id"], c["role"], c.get("outcome"), bool(c.get("weak")),
                                  tuple(n["RIGHT_ID"] for n in c["pattern"]), frozenset(c.get("without", ())))
            for c in load("persons")["constructions"]["patterns"]}


class _SentenceMatcher(DependencyMatcher):
    """A DependencyMatcher whose token matcher reads only the sentences ``within`` (all of
    the doc when None), each with the token matcher of the constructions that can match in
    it. spaCy's runs every node of every pattern over the whole text and walks the
    ancestors of every token a broad node (``POS: PROPN``) matches. A match lies in one
    sentence's tree, so over the sentences that can hold one (:func:`_possible`) it finds
    the same matches in the same order: the trees of the other sentences give none, and
    where each of those sentences is one tree, a construction a sentence cannot hold gives
    no match there however its broad nodes match (:func:`_by_sentence`)."""

    within: list[tuple[Span, tuple[str, ...] | None]] | None = None

    def _get_keys_to_position_maps(self, doc: Doc) -> Any:
        if self.within is None:
            return super()._get_keys_to_position_maps(doc)
        maps: Any = defaultdict(lambda: defaultdict(list))
        heads = doc.to_array(HEAD).view("int64").tolist()
        roots: dict[int, int] = {}
        for span, ids in self.within:
            token_matcher = self._matcher if ids is None else _matcher(doc.vocab, ids)._matcher
            for match_id, start, _ in token_matcher(span):
                i = span.start + start
                maps[_tree_root(heads, i, roots)][match_id].append(i)
        return maps


def _tree_root(heads: list[int], i: int, roots: dict[int, int]) -> int:
    """The root of token ``i``'s tree (its last ancestor, as ``Token.ancestors`` walks
    them), from the doc's relative heads; ``roots`` remembers the tokens passed."""
    path = []
    while heads[i] != 0 and i not in roots and len(path) < len(heads):
        path.append(i)
        i += heads[i]
    root = roots.get(i, i)
    for j in path:
        roots[j] = root
    return root


#: DependencyMatchers by (vocab, the ids of the constructions they hold)
_MATCHERS: dict[tuple[int, tuple[str, ...]], _SentenceMatcher] = {}


def _matcher(vocab: Vocab, ids: tuple[str, ...]) -> _SentenceMatcher:
    """A DependencyMatcher of the constructions ``ids``, added in data order (cached)."""
    key = (id(vocab), ids)
    m = _MATCHERS.get(key)
    if m is None:
        if len(_MATCHERS) > 512:
            _MATCHERS.clear()
        m = _SentenceMatcher(vocab)
        for c in load("persons")["constructions"]["patterns"]:
            if c["id"] in ids:
                m.add(c["id"], [c["pattern"]])
        _MATCHERS[key] = m
    return m


@dataclass(frozen=True)
class _Needs:
    """The words the constructions need: each node whose LEMMA or LOWER is a word or an
    IN list of words is one need, met by a token with one of its words."""

    ids: tuple[str, ...]  # the constructions, in data order
    counts: tuple[int, ...]  # per construction, how many needs
    index: dict[int, dict[int, tuple[tuple[int, int], ...]]]  # attr -> word hash -> (construction, need)
    words: dict[int, Any]  # attr -> every word hash of its needs (a numpy array)


@cache
def _needs() -> _Needs:
    ids, counts = [], []
    index: dict[int, dict[int, list[tuple[int, int]]]] = {LEMMA: {}, LOWER: {}}
    for k, c in enumerate(load("persons")["constructions"]["patterns"]):
        n = 0
        for node in c["pattern"]:
            for name, attr in (("LEMMA", LEMMA), ("LOWER", LOWER)):
                v = node["RIGHT_ATTRS"].get(name)
                got = [v] if isinstance(v, str) else v.get("IN") if isinstance(v, dict) else None
                if got:
                    for w in set(got):
                        index[attr].setdefault(get_string_id(w), []).append((k, n))
                    n += 1
        ids.append(c["id"])
        counts.append(n)
    return _Needs(tuple(ids), tuple(counts), {a: {h: tuple(v) for h, v in d.items()} for a, d in index.items()},
                  {a: numpy.array(sorted(d), dtype="uint64") for a, d in index.items()})


def possible_constructions(doc: Doc) -> tuple[str, ...]:
    """The ids of the constructions that can match in ``doc``: those with one sentence
    that meets every need (:class:`_Needs`; a match lies in one sentence's tree). A
    DependencyMatcher runs a token matcher for every node of every pattern over the
    whole text; one holding only these finds the same matches, in the same order, for a
    fraction of the time."""
    return _possible(doc)[0]


def _possible(doc: Doc) -> tuple[tuple[str, ...], list[Span] | None]:
    """:func:`possible_constructions` and the sentences where they can match, in order
    (None: anywhere, for a construction without needs)."""
    ids, where = _possible_where(doc)
    return ids, None if where is None else [doc[a:b] for a, b, _ in where]


def _possible_where(doc: Doc) -> tuple[tuple[str, ...], list[tuple[int, int, tuple[str, ...]]] | None]:
    """:func:`_possible` with (start, end, the constructions that can match there) per
    sentence."""
    nd = _needs()
    starts, ends = sent_bounds(doc)
    arr = doc.to_array([LEMMA, LOWER])
    met: dict[tuple[int, int], set[int]] = {}
    for col, attr in enumerate((LEMMA, LOWER)):
        vals = arr[:, col]
        for i in numpy.nonzero(numpy.isin(vals, nd.words[attr]))[0].tolist():
            s = bisect.bisect_right(starts, i) - 1
            for kn in nd.index[attr][int(vals[i])]:
                met.setdefault(kn, set()).add(s)
    out = []
    where: dict[int, list[str]] | None = {}
    for k, cid in enumerate(nd.ids):
        sents: set[int] | None = None
        for n in range(nd.counts[k]):
            got = met.get((k, n), set())
            sents = got if sents is None else sents & got
            if not sents:
                break
        if sents is None or sents:
            out.append(cid)
            if sents is None or where is None:
                where = None
            else:
                for j in sents:
                    where.setdefault(j, []).append(cid)
    return tuple(out), None if where is None else [(starts[j], ends[j], tuple(where[j])) for j in sorted(where)]


def _by_sentence(doc: Doc, where: list[tuple[int, int, tuple[str, ...]]] | None
                 ) -> list[tuple[Span, tuple[str, ...] | None]] | None:
    """The sentences of :func:`_possible_where` for :class:`_SentenceMatcher`, each with the
    constructions that can match in it when every one of them is one whole tree (the
    token matcher of those finds the same matches in the same trees, in the same order,
    as one of all the possible constructions); each with None (all of them) otherwise."""
    if where is None:
        return None
    heads = doc.to_array(HEAD).view("int64")
    at = numpy.arange(len(doc)) + heads  # each token's head
    whole = all(numpy.count_nonzero(heads[a:b] == 0) == 1 and a <= at[a:b].min() and at[a:b].max() < b
                for a, b, _ in where)  # one root, and every head inside: one tree
    return [(doc[a:b], these if whole else None) for a, b, these in where]


def _credited(doc: Doc, runs: list[tuple[int, int]]) -> set[int]:
    """First tokens of the runs that stand in a credit line ('— Mel Dorow (@MelDorow)',
    '(Hank Storm | The Daily Ledger)', 'Photo: Paul Kern'): ``press_credits``."""
    starts: set[int] = set()
    ends: set[int] = set()
    m = sides_matcher(doc.vocab, "press_credits")
    for ws, we in _credit_windows(runs, len(doc)):
        for match_id, s, e in m(doc[ws:we]):
            if doc.vocab.strings[match_id] == "after":
                starts.add(ws + s)
            else:
                ends.add(ws + e)
    return {s for s, e in runs if e in starts or s in ends}


@cache
def _credit_reach() -> int | None:
    """The most tokens a press credit pattern takes; None if one can take any number."""
    d = load("persons")["press_credits"]
    patterns = d["after"] + d["before"]
    if any(node.get("OP") not in (None, "?", "!") for p in patterns for node in p):
        return None
    return max(len(p) for p in patterns)


def _credit_windows(runs: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The token ranges that hold every credit match next to a name: a pattern's reach
    after each run and before it, ranges that meet merged (the patterns read each token
    alone, so a match there is one over the whole doc)."""
    reach = _credit_reach()
    if reach is None:
        return [(0, n)]
    spans = sorted({(max(0, s - reach), s) for s, _ in runs} | {(e, min(n, e + reach)) for _, e in runs})
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        elif s < e:
            out.append((s, e))
    return out


def _apostrophed(b: Token) -> bool:
    """Whether ``b`` has a given name's shape with a mark inside (``name_apostrophes``:
    "Ka'nya", 'De’Shon'): capitalised, one to three letters before the mark and two or
    more after it, written before the next word with a space."""
    text = b.text
    k = next((i for i, ch in enumerate(text) if ch in wordset("persons", "name_apostrophes", "marks")), -1)
    return 1 <= k <= 3 and len(text) - k - 1 >= 2 and text[:1].isupper() and bool(b.whitespace_) \
        and text[:k].isalpha() and text[k + 1:].isalpha()


def _head_of(doc: Doc, s: int, e: int) -> Token:
    heads = [t for t in doc[s:e] if not (s <= t.head.i < e) or t.head.i == t.i]
    if len(heads) > 1 and heads[0].i == s and _apostrophed(heads[0]):
        return heads[1]  # "Ka'nya Ellery was shot": the surname, not the given name the parser cut off
    return heads[0] if heads else doc[e - 1]

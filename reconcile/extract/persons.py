"""People involved in the event: one record per person per article.

A person is read from every mention the article makes of them: a name ("Dana
Reyes", later "Reyes"), the he/she that follows one, "the 19-year-old". Each mention
is read in its clause for what it says of the person:

- the role: ``suspect`` for whoever is said to have done it ("Reyes shot his
  neighbor", "the suspect, Dana Reyes,", "Reyes was charged with murder"),
  ``victim`` for anyone shot or hurt ("Reyes was wounded", "the death of Kim Vo",
  an officer shot included), another word ('official', 'relative', 'witness',
  'press') or None for anyone else;
- the outcome, the most serious said: ``killed``, else ``injured``, else
  ``arrested``, else ``unharmed``; a victim said only to have been shot is killed
  or injured as the rest of the article tells it;
- age ("Reyes, 19,", "19-year-old Dana Reyes", "Reyes, aged 19"), gender (he/she,
  "Mr.", "the woman") and a hospital condition ("in critical condition").

A claim needs a first name and a surname: a person the article calls by one word
only ('Kayla', 'Gresham', a 'Toddler' the recogniser took for a name) is read but not
claimed, unless the full name is found written elsewhere ('Marques McCassie, 24').

Unnamed people count when the article describes one person ("a 13-year-old girl was
shot", "the gunman"): ``name`` None. They are kept only when no named person of the
same role can be the one meant (an article that names its victim says "the victim"
of that same person).

Word lists and constructions are in ``data/persons.json``; casualty predicates are
read with :func:`.victims.predicate_measure`, the measure words of ``measures.json``.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy
from rapidfuzz.distance import OSA
from spacy.matcher import DependencyMatcher, Matcher
from spacy.attrs import HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..data import load, wordset
from ..text import numbers
from ..text.lexicon import lexicon
from ..text.pubdates import YEAR
from ..text.names import first_name_slip, nickname_of
from .component import register
from .people import PRONOUN_GENDER, according_to, strip_titles
from .quantities import CALL_SIGN
from .scope import doc_ents, doc_text, is_heading, paragraph_breaks, sent_bounds, sent_of
from .victims import AGE, SEVERITY_KILLED, _age, _gender, predicate_measure, severity_words

SEVERITY = {"killed": 0, "injured": 1, "arrested": 2, "unharmed": 3}
_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'’.\-]*$")


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


_SIDES: dict[tuple[int, str], Matcher] = {}


def _sides_matcher(vocab: Vocab, entry: str) -> Matcher:
    """A Matcher of the data/persons.json ``entry``'s patterns of what comes right after a
    name and right before it (``press_credits``, ``place_names``), one per vocabulary."""
    m = _SIDES.get((id(vocab), entry))
    if m is None:
        m = Matcher(vocab)
        d = load("persons")[entry]
        m.add("after", d["after"])
        m.add("before", d["before"])
        _SIDES[(id(vocab), entry)] = m
    return m


def _credited(doc: Doc, runs: list[tuple[int, int]]) -> set[int]:
    """First tokens of the runs that stand in a credit line ('— Mel Dorow (@MelDorow)',
    '(Hank Storm | The Daily Ledger)', 'Photo: Paul Kern'): ``press_credits``."""
    starts: set[int] = set()
    ends: set[int] = set()
    m = _sides_matcher(doc.vocab, "press_credits")
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


# ---------------------------------------------------------------- evidence


@dataclass
class Fact:
    """One thing a mention says of a person: a role and/or an outcome, where."""

    role: str | None  # 'victim', 'suspect', 'other:<word>'
    outcome: str | None  # 'killed', 'injured', 'shot', 'arrested', None
    start: int  # characters of the words that say it
    end: int
    alone: bool = False  # 'shot himself' read as a victim while no one else is hurt (:func:`_self_harm_fact`)
    told: bool = False  # read from a he/she, not from the person's name (:func:`_read_pronouns`)
    presumed: bool = False  # a death concluded, not told: 'turned the gun on himself' (:func:`_turned_on_self`)


def _fact(role: str | None, outcome: str | None, tok: Token | Span) -> Fact:
    if isinstance(tok, Token):
        return Fact(role, outcome, tok.idx, tok.idx + len(tok))
    return Fact(role, outcome, tok.start_char, tok.end_char)


def _noun_role(lemma: str, low: str) -> str | None:
    w = words()
    for x in (lemma, low):
        if x in w.suspect:
            return "suspect"
        if x in w.victim:
            return "victim"
    for kind in ("official", "press", "relative", "witness"):
        if kind == "relative" and (lemma in w.others["acquaintance"] or low in w.others["acquaintance"]):
            return "other:acquaintance"  # 'neighbor Rita Gomez', before kin (wrong58)
        if lemma in w.others[kind] or low in w.others[kind]:
            return "other:" + kind
    return None


def _casualty(m: str | None) -> str | None:
    return {"killed": "killed", "injured": "injured", "shot": "shot"}.get(m or "")


def _has_object(v: Token) -> Token | None:
    """The direct object of ``v`` or of the verb it is coordinated with ('shot and killed his wife')."""
    for verb in (v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        for c in verb.children:
            if c.dep_ == "dobj":
                return c
    if v.dep_ == "conj":
        for c in v.head.children:
            if c.dep_ == "dobj" and c.i > v.i:
                return c
    return None


def _arrest_phrase(v: Token) -> Token | None:
    """'was taken into custody', 'turned himself in', 'faces charges' on the clause of ``v``."""
    w = words()
    if any(c.dep_ == "advcl" and c.lemma_.lower() in w.arrest_verbs and _unrealised(c) for c in v.children):
        return None  # 'will face charges when arrested': charges to come on an arrest to come
    near = {c.lemma_.lower() for c in v.subtree if v.i < c.i <= v.i + 6}
    near |= {c.lemma_.lower() for c in v.children if c.dep_ in ("aux", "auxpass")}
    for p in w.arrest_phrases:
        if p[0] == v.lemma_.lower() and all(x in near for x in p[1:]) or \
                p[0] in near and p[1:2] == (v.lemma_.lower(),) and all(x in near for x in p[2:]):
            return v
        if p[0] in ("in", "behind", "under") and v.lemma_.lower() in words().custody_stays \
                and all(x in near for x in p):
            return v  # 'were already in custody', 'remains behind bars'
    # 'is expected to be arraigned', 'is set to be charged'
    for c in v.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in w.arrest_verbs and any(g.dep_ == "auxpass" for g in c.children):
            return c
    return None


def _past_record(v: Token) -> bool:
    """Whether the arrest ``v`` is a person's record ('had been arrested several times',
    'was previously charged', 'an arrest years ago'): words of ``past_record`` on its clause."""
    w = words()
    near = [c for c in v.subtree if c.dep_ not in ("relcl", "acl") and abs(c.i - v.i) <= 8]
    if v.pos_ == "NOUN" and v.dep_ == "nsubj" and v.head.lemma_ == "be":
        # 'his first arrest was years ago': the noun's time is told on its verb
        near += [c for c in v.head.children if c.i > v.i and c.dep_ not in ("relcl", "acl", "ccomp")]
    return any(c.lower_ in w.past_record for c in near) and not any(
        # 'had been charged previously in this case': the record word tells an earlier step of this case
        c.dep_ == "pobj" and c.head.lower_ == "in" and c.head.head.i == v.i and c.lemma_.lower() in w.this_case
        and any(g.dep_ == "det" and g.lower_ in ("this", "the") for g in c.children)
        and not any(g.like_num for g in c.children) for c in near)


def _other_offence(v: Token) -> bool:
    """Whether the arrest ``v`` is told only on a charge of another kind than the shooting
    ('was arrested and charged with narcotics violations'): a word of data/persons.json
    ``other_offence`` on its clause and none of its ``event_words``."""
    near = {x for c in v.subtree if not _in_clause_below(c, v) for x in (c.lower_, c.lemma_.lower())}
    return bool(near & wordset("persons", "other_offence")) and not near & wordset("persons", "other_offence", "event_words")


def _in_clause_below(c: Token, v: Token) -> bool:
    """Whether ``c``, in ``v``'s subtree, stands in a relative or noun clause below ``v`` (``c``
    itself or one of its heads up to ``v``, not ``v``)."""
    while c.i != v.i:
        if c.dep_ in ("relcl", "acl"):
            return True
        c = c.head
    return False


def _unrealised(v: Token) -> bool:
    """Whether the arrest verb ``v`` is told tried or failed, not made: an open clause or a
    noun's clause of a word of data/persons.json ``unrealised_arrest`` ('officers tried to
    arrest him', 'were unable to apprehend her', 'an attempt to detain him'). (Session 33,
    rows49, careful reading round 48: a boy shot by an officer and a robber who got away
    shown arrested.)"""
    if v.dep_ in ("xcomp", "acl") and v.head.lemma_.lower() in wordset("persons", "unrealised_arrest", "lemmas"):
        return True
    # 'both will face charges when arrested': an arrest to come, in a clause on a verb with a modal
    marks = wordset("persons", "unrealised_arrest", "marks")
    return v.dep_ == "advcl" and v.lemma_.lower() in wordset("persons", "unrealised_arrest", "marked") and any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in v.children) \
        and any(c.tag_ == "MD" for c in v.head.children)


def _found_in_state(s: Token, v: Token, w: Words) -> bool:
    """'Officers found Dale Quint, 35, shot in the head': the parser makes the participle
    ``v`` a past-tense clause of the finding verb with ``s`` its subject; with no object,
    no auxiliary and no 'that', ``v`` tells what was done to ``s`` (a passive)."""
    h = v.head
    return (v.tag_ in ("VBD", "VBN") and v.dep_ in ("ccomp", "xcomp", "oprd") and h.i < s.i < v.i
            and h.lemma_.lower() in w.finding and h.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in v.children))


def _clause_facts(s: Token, v: Token, dep: str | None = None) -> list[Fact]:
    """What the predicate ``v`` says of its subject/object ``s`` (``dep``: the relation
    ``s`` stands in, where the parser hung it elsewhere)."""
    w = words()
    out: list[Fact] = []
    lem = v.lemma_.lower()
    dep = dep or s.dep_
    if dep == "nsubj" and v.tag_ == "VBN" and s.i > v.i and any(c.dep_ == "auxpass" for c in v.children):
        dep = "nsubjpass"  # 'Wounded were Ana Ruiz and Lee Park': a passive written inverted
    if dep == "nsubj" and _found_in_state(s, v, w):
        dep = "nsubjpass"  # 'deputies found a 41-year-old woman shot in the chest': she was shot
    if any(c.dep_ == "neg" for c in v.children) and lem not in ("survive", "make"):
        if dep == "nsubjpass" and lem in w.arrest_verbs:
            return [_fact("suspect", None, v)]  # 'has not been charged': still the suspect
        return out
    if _pastime(v):
        return out  # 'he and the boy were target shooting': a pastime, no one shot
    if dep == "nsubjpass":
        if lem in w.arrest_verbs and _past_record(v):
            pass  # 'had been arrested several times since 2010': a record
        elif lem in w.arrest_verbs and _other_offence(v):
            out.append(_fact("other:recalled", None, v))  # 'charged with drug possession': another case's
        elif lem in w.arrest_verbs and _unrealised(v):
            out.append(_fact("suspect", None, v))  # 'will face charges when arrested': sought
        elif lem in w.arrest_verbs:
            out.append(_fact("suspect", "arrested", v))
        elif lem in w.sought:
            out.append(_fact("suspect", None, v))
        elif lem in w.treated and any(g.lemma_.lower() in w.hospitals for g in v.subtree):
            out.append(_fact("victim", "injured", v))
        else:
            m = _casualty(predicate_measure(v))
            # 'were found murdered': the participle the finding verb takes says what happened
            xc = next((c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VBN"), None)
            if m is None and xc is not None and lem in w.finding:
                m = _casualty(predicate_measure(xc))
            if m and _police_fired(s, v):
                out.append(_fact("suspect", m, v))  # 'was shot and killed by police'
            elif m:
                out.append(_victim_fact(m, v))
            elif _arrest_phrase(v):
                out.append(_fact("suspect", "arrested", v))
            elif _hit_passive(v):
                out.append(_victim_fact("injured", v))  # 'the 40-year-old was hit as he sat in a parked truck'
            else:
                out.extend(_named_a(v))
    elif dep == "nsubj":
        obj = _has_object(v)
        if _shot_the_suspect(v, w):
            pass  # 'the guard fired, killing both suspects', 'the homeowner shot the intruder'
        elif lem in w.harm and obj is not None and not _blow_with(v):
            if obj.lower_ in w.selves:
                out.append(_self_harm_fact(v, w))
            elif obj.lemma_.lower() not in w.fired_objects:
                out.append(_fact("suspect", _then_self(v, obj, w), v))
        elif lem in w.fire and (obj is not None and obj.lemma_.lower() in ("fire", "shot", "round") or lem == "fire"
                                and not any(c.dep_ == "nsubjpass" for c in v.children)):
            out.append(_fact("suspect", None, v))
        elif _arrest_phrase(v):
            out.append(_fact("suspect", "arrested", v))
        elif lem == "survive" and _survived(v, w):
            out.append(_fact("victim", "injured", v))
        elif _by_firing(v, w):
            out.append(_fact("suspect", None, v))
        elif lem in w.outcome_verbs:
            m = _casualty(predicate_measure(v))
            if m and not (lem == "be" and _series_told(v)):
                out.append(_victim_fact(m, v))
            elif lem in ("be", "remain") and _in_condition(v):
                out.append(_fact("victim", "injured", v))
        if (t := _turned_on_self(v, w)) is not None:
            out.append(replace(_fact("suspect", "killed", t), presumed=True))
        out.extend(_suicide_facts(v, w))
    elif dep == "dobj":
        out.extend(_object_facts(s, v, lem, w))
        out.extend(_caused_to_fire(v, w))
    if dep in ("nsubj", "nsubjpass") and (t := _treated_before(v, w)) is not None:
        out.append(_fact(None, "injured", t))
    return out


def _treated_before(v: Token, w: Words) -> Token | None:
    """'After receiving care for his wounds, Omar Tull was jailed', 'after being released
    from a clinic': the gerund of care its subject took before the step ``v``
    tells (``treated_before`` in data/persons.json), or None."""
    d = load("persons")["treated_before"]
    for p in v.children:
        if p.dep_ != "prep" or p.lower_ not in d["prepositions"]:
            continue
        for g in p.children:
            if g.dep_ != "pcomp" or g.pos_ not in ("VERB", "AUX"):
                continue
            under = {x.lemma_.lower() for x in g.subtree} | {x.lower_ for x in g.subtree}
            cared = any(c.dep_ == "dobj" and c.lemma_.lower() in d["care"] for c in g.children)
            if cared or g.lemma_.lower() in w.treated and under & (w.hospitals | set(d["wounds"]) | set(d["care"])):
                return g
    return None


def _object_facts(s: Token, v: Token, lem: str, w: Words) -> list[Fact]:
    """What the predicate ``v`` (lemma ``lem``) says of its object ``s``: arrested, sought,
    or the casualty it tells (:func:`_clause_facts`' object branch)."""
    out: list[Fact] = []
    if any(c.dep_ == "nsubjpass" for c in v.children):
        pass  # 'the two are charged in the deaths of Ana Ruiz and Lee Park': a passive with its own
        # subject takes no object; the parser hangs a name of the list after it on the verb
    elif lem in w.arrest_verbs and _past_record(v):
        pass
    elif lem in w.arrest_verbs and _other_offence(v):
        out.append(_fact("other:recalled", None, v))  # 'arrested him on drug charges': another case's
    elif lem in w.arrest_verbs and v.dep_ == "acl" and v.head.lemma_.lower() in load("persons")["pending_charge"]["nouns"]:
        out.append(_fact("suspect", None, v))  # 'a warrant charging him': sought, not held
    elif lem in w.arrest_verbs and _unrealised(v):
        out.append(_fact("suspect", None, v))  # 'officers tried to arrest him': sought, not held
    elif lem in w.arrest_verbs and lem != "hold":  # 'holding her daughter' is no arrest
        out.append(_fact("suspect", "arrested", v))
    elif lem in w.sought:
        out.append(_fact("suspect", None, v))
    elif lem not in w.identify:
        m = _casualty(predicate_measure(v))
        if m and not (_threatened(v) and s.lower_ not in w.selves):
            out.append(_fact("suspect" if _police_fired(s, v) or _attacked_first(s, v) else "victim", m, v))
    return out


def _threatened(v: Token) -> bool:
    """Whether the harm verb ``v`` is told threatened or wished, not done: an open clause of
    a word of data/persons.json ``threatened_harm`` ('threatened to shoot him', 'was going to
    kill him')."""
    if v.dep_ != "xcomp":
        return False
    entry = load("persons")["threatened_harm"]
    return v.head.lemma_.lower() in entry["lemmas"] or v.head.lower_ in entry["forms"]


def _police_fired(s: Token, v: Token) -> bool:
    """Whether the police fired the shot the verb ``v`` tells of its object or passive
    subject ``s``: a police noun (``shot_by_police`` in data/persons.json) is the subject of
    a harm verb of it or follows its 'by' ('officers shot Dan Rook', 'was killed by a
    deputy'; not 'officers found Dan Rook shot'); not when ``s`` is kin ('an officer shot his
    wife')."""
    police = wordset("persons", "shot_by_police", "lemmas")
    if s.lemma_.lower() in words().others["relative"]:
        return False
    # 'shot and killed by police', 'officers shot and killed Dan Rook': the verbs joined share it
    verbs = [v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"), *([v.head] if v.dep_ == "conj" else [])]
    harm, by_accident = words().harm, wordset("persons", "shot_by_police", "not_with")
    if any(c.dep_ == "advmod" and c.lower_ in by_accident for x in verbs for c in x.children):
        return False  # 'officers accidentally shot the homeowner'
    for c in (c for x in verbs if x.lemma_.lower() in harm for c in x.children):
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in police:
            return True
        if c.dep_ == "agent" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in police
                                     for g in c.children):
            return True
    return False


def _pastime(v: Token) -> bool:
    """Whether the predicate ``v`` is (or is the verb right before) a shooting told as a
    pastime ('were target shooting', 'had been skeet shooting': ``pastime_shooting`` in
    data/persons.json), which tells no one shot."""
    doc, nouns = v.doc, load("persons")["pastime_shooting"]["nouns"]
    return any(t.lower_ in nouns and t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() == "shoot"
               for t in doc[max(v.i - 1, 0):v.i + 2])


def _named_a(v: Token) -> list[Fact]:
    """'Sam Ortiz is now considered a suspect', 'was named a suspect': the noun the passive
    verb ``v`` gives its subject (an object predicate), when it names a suspect or a victim."""
    for c in v.children:
        if c.dep_ == "oprd" and c.pos_ == "NOUN" and _noun_role(c.lemma_.lower(), c.lower_) in ("suspect", "victim"):
            return [_fact(_noun_role(c.lemma_.lower(), c.lower_), None, c)]
    return []


def _survived(v: Token, w: Words) -> bool:
    """'Ray Holt survived', 'survived the shooting' (data/persons.json survived_objects); not
    'survived cancer'."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    return obj is None or obj.lemma_.lower() in w.survived_objects


def _by_firing(v: Token, w: Words) -> bool:
    """'began the attack by firing into the car': the gerund after 'by' on ``v`` fires or
    harms someone (data/persons.json suspect_by), so the subject of ``v`` did it."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in w.suspect_by and not any(
                        o.dep_ == "dobj" and o.lower_ in w.selves for o in g.children):
                    return True
    return False


@cache
def _then_self_words() -> tuple[frozenset[str], frozenset[str]]:
    d = load("persons")["others_then_self"]
    return frozenset(d["joiners"]), frozenset(d["adverbs"])


def _then_self(v: Token, obj: Token, w: Words) -> str | None:
    """What the harm verb ``v`` tells of its subject when its object ``obj`` is followed by 'and
    then himself' (data/persons.json ``others_then_self``: 'found Ray Dunn had killed the two
    boys and then himself', the reflexive hung elsewhere by the parser): 'killed' or 'shot';
    None when no such words follow."""
    joiners, adverbs = _then_self_words()
    doc, i = v.doc, obj.right_edge.i + 1
    i += i < len(doc) and doc[i].text == ","
    if i >= len(doc) or doc[i].lower_ not in joiners:
        return None
    i += 1
    i += i < len(doc) and doc[i].lower_ in adverbs
    if i >= len(doc) or doc[i].lower_ not in w.selves:
        return None
    m = _casualty(predicate_measure(v))
    return "killed" if m == "killed" else "shot" if m else None


def _turned_on_self(v: Token, w: Words) -> Token | None:
    """'shot his wife before turning the gun on himself', '... then turned the gun on
    himself', 'killed his son before killing himself': the 'turn' (or self-killing) on ``v`` (or on the clause it is coordinated with) whose object is a gun
    (data/persons.json turned_on_self) turned on oneself."""
    verbs = [v] + [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    near = [c for u in verbs for c in u.children if c.dep_ in ("advcl", "conj", "prep", "dep")]
    near += [g for c in near for g in c.children if c.dep_ == "prep" and g.dep_ == "pcomp"]
    for t in near:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        if t.dep_ in ("pcomp", "advcl") and t.lemma_.lower() in w.harm and any(
                u.lemma_.lower() in w.harm for u in verbs) and any(
                c.dep_ == "dobj" and c.lower_ in w.selves for c in t.children) and _casualty(predicate_measure(t)) == "killed":
            return t  # 'killed his wife before killing himself'
        if t.dep_ in ("pcomp", "advcl") and any(u.lemma_.lower() in w.harm for u in verbs) and _took_own_life(t):
            return t  # 'shot his wife before committing suicide'
        if t.lemma_.lower() != "turn":
            continue
        gun = any(c.dep_ == "dobj" and c.lemma_.lower() in w.turned_on_self for c in t.children)
        on_self = any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in w.selves for g in c.children)
                      for c in t.children)
        if gun and on_self:
            return t
    return None


def _took_own_life(t: Token) -> bool:
    """Whether ``t`` is a verb of suicide with its object ('committing suicide', 'taking his
    own life': ``took_own_life`` in data/persons.json). Session 39, kills57 (issue 13), from
    the even half: a man who shot two women before committing suicide read as unharmed."""
    d = load("persons")["took_own_life"]["objects"]
    objs = d.get(t.lemma_.lower(), [])
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objs and (c.lemma_.lower() != "life" or any(
        g.lower_ == "own" for g in c.children)) for c in t.children)


def _suicide_facts(v: Token, w: Words) -> list[Fact]:
    """What a verb of suicide ``v`` (:func:`_took_own_life`) says of its subject: the suspect,
    dead, when a clause on it tells a harm done to someone else first ('took his own life
    after he shot a deputy', 'committed suicide after shooting his wife',
    :func:`_harm_before_suicide`); else nothing. Session 40, pkill58 (issue 13), from the even
    half (a gunman dead by his own hand once he had shot a deputy read as a victim; that page names
    him through 'identified him as', which this does not reach: it moves no gva-dev row)."""
    if not _took_own_life(v):
        return []
    # alone it says nothing of this shooting's parts: 'her father committed suicide years ago',
    # 'killed himself in jail after being charged' (two of gva-dev's pages)
    return [_fact("suspect", "killed", v)] if _harm_before_suicide(v, w) is not None else []


def _harm_before_suicide(v: Token, w: Words) -> Token | None:
    """The harm to another told in a clause on the suicide verb ``v``: an adverbial clause
    ('after he shot a deputy'), the clause a reporting verb there takes ('after police say
    he shot a deputy') or a gerund after a preposition ('after shooting his wife')."""
    for c in v.children:
        if c.dep_ == "advcl":
            near = [c, *(g for g in c.children if g.dep_ == "ccomp" and c.lemma_.lower() in lexicon().reporting)]
        elif c.dep_ == "prep":
            near = [g for g in c.children if g.dep_ == "pcomp"]
        else:
            continue
        for t in near:
            obj = next((g for g in t.children if g.dep_ == "dobj"), None)
            if t.lemma_.lower() in w.harm and obj is not None and obj.lower_ not in w.selves \
                    and obj.lemma_.lower() not in w.fired_objects or t.lemma_.lower() in w.fire:
                return t
    return None


def _lived(c: Token, w: Words) -> bool:
    """Whether the clause of ``c`` says its subject lived ('and should recover fully',
    'but survived'): a word of data/persons.json lived_clause in it, no negation."""
    sub = list(c.subtree)
    return any(t.lemma_.lower() in w.lived_clause for t in sub) and not any(t.dep_ == "neg" for t in sub)


def _self_harm_fact(v: Token, w: Words) -> Fact:
    """What 'X shot himself' at ``v`` says of X: a victim when X harmed no one else in the
    sentence ('the boy found the pistol and shot himself'), whose outcome a stronger
    statement elsewhere ('died at the hospital') or the article's dead decide; the
    suspect, hurt or dead, when X also harmed or fired at others ('shot himself after
    killing his wife') or the verb accuses X ('allegedly shot himself')."""
    m = _casualty(predicate_measure(v))
    if _harmed_others(v, w) or any(c.lower_ in w.self_accused for c in v.children):
        return _fact("suspect", m if m in ("killed", "injured", "shot") else "injured" if m else None, v)
    return Fact("victim", m if m in ("killed", "injured") else "shot", v.idx, v.idx + len(v), alone=True)


def _not_alone(people: list[_Person]) -> None:
    """One who harmed himself or herself where the article tells someone else shot, hurt or
    killed ('killed his daughter ... he killed himself in his car'), or whom another mention
    makes the suspect ('was jailed'), is the one who did it: such a self-harm reading becomes
    the suspect's, hurt or dead as it said."""
    hurt = [p for p in people if any(f.role == "victim" and f.outcome in ("killed", "injured", "shot")
                                     and not f.alone for f in p.facts)]
    for p in people:
        if any(f.alone for f in p.facts) and (any(q is not p for q in hurt) or any(
                f.role == "suspect" and not f.alone for f in p.facts)):
            p.facts = [Fact("suspect", "injured" if f.outcome == "shot" else f.outcome, f.start, f.end)
                       if f.alone else f for f in p.facts]


def _harmed_others(v: Token, w: Words) -> bool:
    """Whether the sentence of ``v`` tells of a harm done to someone other than oneself
    ('killed his wife', 'fired at deputies', 'opened fire') besides ``v``."""
    for t in sent_of(v):
        if t.i == v.i or t.pos_ != "VERB":
            continue
        if t.lemma_.lower() in w.fire:
            return True
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if t.lemma_.lower() in w.harm and obj is not None and obj.lower_ not in w.selves \
                and obj.lemma_.lower() not in w.fired_objects:
            return True
    return False


def _hit_passive(v: Token) -> bool:
    """'was hit as he sat in a parked truck', 'was struck in the leg', 'was hit by a car': a
    person hit in the passive was hurt (``hit_passive`` in data/persons.json); not 'was hit
    with a lawsuit' (its ``not_with``)."""
    d = load("persons")["hit_passive"]
    if v.lemma_.lower() not in d["lemmas"] or v.tag_ != "VBN" or any(
            a.pos_ == "NOUN" and a.lemma_.lower() in d["not_under"] for a in v.ancestors):
        return False  # 'her claim that she was hit': asserted, not told
    return not any(c.dep_ in ("prep", "agent") and any(o.dep_ == "pobj" and o.lemma_.lower() in d["not_with"]
                                                      for o in c.children) for c in v.children)


def _blow_with(v: Token) -> bool:
    """'hit the robber with a bottle': a blow verb (``blow_not_shot`` in data/persons.json) with
    an instrument after 'with' that is no firearm tells a blow, not a shot."""
    d = load("persons")["blow_not_shot"]
    return v.lemma_.lower() in d["lemmas"] and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() not in d["firearms"]
                                                        for o in c.children) for c in v.children)


def _victim_fact(m: str, v: Token) -> Fact:
    """A victim with outcome ``m`` at the verb ``v``, or, where the verb tells another
    cause of death (:func:`_died_otherwise`), someone else ('died in a car crash')."""
    if _died_otherwise(v) or _lost_control(v):
        return _fact("other:" + load("persons")["other_deaths"]["role"], None, v)
    if m in ("killed", "injured") and _self_inflicted(v):
        # 'died of a self-inflicted rifle wound': as 'shot himself' (:func:`_self_harm_fact`),
        # the suspect where the article tells someone else hurt (:func:`_not_alone`)
        return Fact("victim", m, v.idx, v.idx + len(v), alone=True)
    return _fact("victim", m, v)


def _self_inflicted(v: Token) -> bool:
    """Whether the object of the predicate ``v`` calls the harm self-inflicted
    (``self_inflicted`` in data/persons.json)."""
    said = wordset("persons", "self_inflicted", "words")
    for c in v.children:
        if c.dep_ in ("prep", "dobj", "agent"):
            text = v.doc[c.left_edge.i:c.right_edge.i + 1].text.lower()
            if any(x in text for x in said):
                return True
    return False


def _died_otherwise(v: Token) -> bool:
    """Whether the verb of a death tells another cause in a preposition's object ('died in
    a car crash', 'was killed in a collision'; data/persons.json ``other_deaths``)."""
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in words().other_deaths
                                        for o in c.children) for c in v.children)


def _lost_control(v: Token) -> bool:
    """Whether the verb of a death has a preposition whose clause is a verb over its object
    of data/persons.json ``other_deaths`` ``lost_control`` ('died on a highway after losing
    control of the car'): a road death, no victim of the event."""
    pairs = {tuple(x) for x in load("persons")["other_deaths"]["lost_control"]}
    return any(c.dep_ == "prep" and any(
        g.dep_ == "pcomp" and any((g.lemma_.lower(), o.lemma_.lower()) in pairs for o in g.children if o.dep_ == "dobj")
        for g in c.children) for c in v.children)


def _in_condition(v: Token) -> str | None:
    """'in critical condition' on the clause of ``v``: the condition word."""
    lx = lexicon()
    for c in v.subtree:
        if c.lemma_.lower() == "condition" and c.head.lower_ in ("in", "to") or c.lemma_.lower() == "condition" \
                and c.dep_ in ("attr", "dobj"):
            for a in c.children:
                if a.lower_ in lx.conditions and a.lower_ not in ("unknown", "undisclosed"):
                    return a.lower_
                if a.dep_ == "amod" and a.lower_ in ("life", "non"):
                    continue
    return None


def _climb(s: Token) -> Token:
    """The token that stands for ``s`` in its clause: coordinated people share their
    first member's predicate ('Ortiz and Lee were wounded')."""
    joined = False
    for _ in range(6):
        if s.dep_ == "conj" and s.head.pos_ in ("PROPN", "NOUN", "PRON") and s.head.i != s.i:
            s, joined = s.head, True
            continue
        if joined and _home_town_of(s):
            # 'Ana Ruiz, 22, of Salem, Lee Park, 30, of Dover and Sam Ortiz, 41, died': the
            # parser joins each next name to the town before it, not to the name the town is of
            s = s.head.head
            continue
        if s.dep_ == "appos" and s.pos_ == "PROPN" and s.head.pos_ == "PROPN" and (
                s.head.ent_type_ == "PERSON" or _aged_name(s.head)):
            # 'Ana Ruiz, 22, Lee Park, 30, and ...': a list the parser hangs as appositions,
            # its first name a person by the recogniser or by the age after it
            s = s.head
            continue
        break
    return s


def _home_town_of(t: Token) -> bool:
    """Whether ``t`` is the town after a named person's age ('Lee Park, 30, of Dover'): the
    object of a place preposition on a proper noun with an age in apposition, not a person."""
    p = t.head
    return (t.dep_ == "pobj" and t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and p.dep_ == "prep"
            and p.lower_ in words().place_prepositions and p.head.pos_ == "PROPN" and _aged_name(p.head))


def _aged_name(h: Token) -> bool:
    """Whether the proper noun ``h`` has an age in apposition ('Lee Park, 22,'), whatever the
    recogniser tags the name."""
    return any(c.dep_ == "appos" and c.i == h.i + 2 and c.text.isdigit() and _age_value(c) is not None
               for c in h.children)


def read_mention(h: Token, seen: set[int] | None = None, start: int | None = None) -> tuple[list[Fact], list[str]]:
    """(facts, describing nouns) a mention headed by ``h`` gives of its person; ``start``
    is where the name begins, for the words right before it ('suspect Dana Reyes')."""
    w = words()
    facts: list[Fact] = []
    desc = _describers_before(h, start)
    seen = set() if seen is None else seen
    if h.i in seen:
        return facts, []
    seen.add(h.i)
    s = _apposed(h, desc, w)
    facts.extend([*_press_credit(h, start), *_sought_facts(h)])
    _copula(h, seen, desc, facts)
    s = _climb(s)
    if s is not h and h.pos_ == "PROPN" and s.pos_ == "NOUN" and s.i + 1 < h.i and h.doc[s.i + 1].text == "," and \
            _noun_role(s.lemma_.lower(), s.lower_) in ("victim", "suspect"):
        # 'were the victims, Ana Ruiz and Lee Park': the parser joins the names to the noun
        # as conjuncts where they stand in apposition with it
        desc.append(s)
    if s is not h and h.pos_ == "PROPN" and s.dep_ == "attr" and (
            s.pos_ == "PROPN" or s.lemma_.lower() in lexicon().person_group
            or _noun_role(s.lemma_.lower(), s.lower_) is not None):
        # 'the dead man was her son, Sam Ortiz', 'Killed were Ana Ruiz, Lee Park and ...'; not
        # a name the parser hangs on another attribute ('there was one shot, said Lt. X')
        _copula(s, seen, desc, facts)
    if s is not h and s.dep_ == "appos" and s.head.pos_ == "NOUN" and s.head.i < s.i:
        # 'the injured victims, Ana Ruiz, Lee Park and Sam Ortiz, were taken ...': the last
        # of a list hangs on the first, which stands in apposition with the noun; a noun in the
        # singular is the first name's alone ("Kim's mother, Ana Ruiz, and Lee Park")
        if s.head.tag_ != "NN":
            desc.append(s.head)
        s = _climb(s.head)
    v = s.head
    if s is not h and s.dep_ == "nsubj" and v.lemma_ == "be":
        desc.extend(_predicate_nouns(v))  # 'her son, Sam Ortiz, was one of the victims' / 'was among the dead'
    # 'police identified the victim as Sam Ortiz', 'the man was identified as Sam Ortiz'
    idv = _naming_verb(v) if s.dep_ == "pobj" and v.lower_ == "as" else None
    if idv is not None:
        for r in (r for r in idv.children if not _self_named_kin(r, idv, w, desc)):  # 'a cousin of one of ...'
            c = _relative_noun(r)
            if r.dep_ in ("nsubjpass", "dobj") and c.i != s.i and (c.pos_ in ("NOUN", "PRON") or c.lower_ in w.partitives) and (
                    idv.i == v.head.i or _names_a_participant(c, seen)):
                desc.append(c)
                facts.extend(_referent_facts(c, seen, s.i == h.i and len(seen) == 1))  # (A, not B)
        facts.extend(x for r in idv.children if r.i != s.i for x in _participle_group_facts(r, v, idv, seen))
        n = idv.head if idv.dep_ == "acl" else h.doc[idv.i - 2] if idv.dep_ == "advcl" and idv.i >= 2 \
            and h.doc[idv.i - 1].text == "," else None
        if n is not None and n.pos_ == "NOUN" and n.i < idv.i and not any(
                c.dep_ in ("nsubjpass", "dobj") for c in idv.children):
            # 'the suspect, identified as Sam Ortiz, was booked', 'police chased the suspect,
            # identified as Sam Ortiz': the participle names the noun before it (the parser
            # hangs it on the noun or on the verb), whose clause says what happened to them;
            # taken only when the noun or its clause makes a victim or a suspect ('struck his
            # daughter, identified as ...' is read by 'identified_as', not as a relative)
            if _names_a_participant(n, seen):
                desc.append(n)
                facts.extend(read_mention(n, seen)[0])
    elif s.dep_ in ("dobj", "nsubjpass") and v.lemma_.lower() in w.identify:
        # 'identified Sam Ortiz as the shooter', 'Sam Ortiz was named as a suspect' (a
        # passive takes a noun only)
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                for g in c.children:
                    if g.dep_ == "pobj" and (s.dep_ == "dobj" or g.pos_ == "NOUN"):
                        desc.append(g)
                        facts.extend(read_mention(g, seen)[0])
    elif s.dep_ == "oprd" and v.lemma_.lower() in w.identify and v.dep_ == "acl" and v.head.pos_ == "NOUN":
        # 'a driver named Sam Ortiz was hurt': the name is the noun's, and so its clause
        desc.append(v.head)
        facts.extend(read_mention(v.head, seen)[0])
    elif s.dep_ in ("nsubj", "nsubjpass", "dobj") and not _label_before(s, v):
        facts.extend(_subject_facts(s, v))
        if s.dep_ in ("nsubj", "nsubjpass"):
            facts.extend([*_conjoined_facts(s, v, w), *_took_hostages(s, v)])
    elif s.dep_ == "pobj" and not _split_possessive(h):
        facts.extend(_pobj_facts(v, seen, w, s is not h, _one_known(h)))
    elif s.dep_ == "poss":
        facts.extend(_possessor_facts(s.head, w))
    facts.extend([*_second_possessor_facts(h, w), *_relative_clause_facts(h, s, w), *_left_in_state(h, s, w), *_dead_list_member(s, h, w)])
    return facts, _described_roles(desc, s, facts, w)


def _split_possessive(h: Token) -> bool:
    """Whether the name ending at ``h`` is a possessor whose apostrophe the tokenizer split
    off ('the death of Ivo Banks’ brother': the brother died; ``split_possessives`` in
    data/grammar.json): an apostrophe token after a name ending in s, a common noun after it."""
    doc, k = h.doc, h.i + 1
    return h.lower_.endswith("s") and k + 1 < len(doc) and doc[k].text in wordset("grammar", "split_possessives") \
        and doc[k + 1].pos_ == "NOUN" and doc[k + 1].is_lower


def _participle_group_facts(r: Token, as_: Token, idv: Token, seen: set[int]) -> list[Fact]:
    """'identified one of two bystanders injured as A': the parser hangs 'as' on the group's
    participle; the group, which the naming verb's partitive object ``r`` takes with 'of',
    says what happened to her. Session 35, age52, from the even half."""
    g = as_.head.head
    if r.dep_ != "dobj" or r.lower_ not in words().partitives or g.i == idv.i or not any(
            p.dep_ == "prep" and p.lower_ == "of" and g.head.i == p.i and g.dep_ == "pobj" for p in r.children):
        return []
    return read_mention(g, set(seen))[0]


def _left_in_state(h: Token, s: Token, w: Words) -> list[Fact]:
    """'the fight that left Ana Ruiz, 61, and Lee Park, 10, dead': the casualty adjective the
    parser hangs on the name after it (past its age) instead of on the verb whose object the
    name (``s``, the first of its list) is."""
    if s.dep_ != "dobj":
        return []
    for c in h.children:
        if c.dep_ == "amod" and h.i < c.i <= h.i + 5 and c.lower_ in w.casualty_adjectives:
            return [_fact("victim", _adjective_outcome(c, w), c)]
    return []


def _pobj_facts(v: Token, seen: set[int], w: Words, climbed: bool, named: bool) -> list[Fact]:
    """What the preposition ``v`` a mention is the object of says of it: one of a group
    ('three others, including Ana Ruiz, were hurt') shares the group's clause; names the
    parser hangs on the source of 'according to' ('According to Hale, Ana Ruiz, 30, and Lee
    Park, 21, are charged with ...'; ``climbed``: the mention reached ``v`` through them) are the
    subject of the sentence's verb when it has none; else :func:`_object_of_facts`. A member
    described without a name ('including a 19-year-old') is left to :func:`_unnamed` (one of several)."""
    if named and v.lower_ == "including" and (g := _group_of(v)) is not None and g.i not in seen:
        return read_mention(g, seen)[0]
    root = v.head.head
    if climbed and v.lower_ == "to" and v.head.lower_ == "according" and root.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return _clause_facts(v, root, "nsubjpass" if any(c.dep_ == "auxpass" for c in root.children) else "nsubj")
    return _object_of_facts(v, w)


def _one_known(h: Token) -> bool:
    """Whether the mention ``h`` is a particular person, whose group's clause is theirs
    ('including Ana Ruiz'; 'five died, including the gunman, identified as
    A': the gunman is A; session 35, age52, from the even half), not one of many ('including a
    19-year-old': left to :func:`_unnamed`)."""
    return h.pos_ == "PROPN" or h.pos_ == "NOUN" and h.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in h.children)


def _group_of(inc: Token) -> Token | None:
    """The group noun 'including' at ``inc`` takes a member of ('three others, including ...'),
    hung on the noun or on the verb whose subject or object the group is ('were hurt, including ...')."""
    hd = inc.head
    if hd.pos_ in ("NOUN", "PRON", "NUM") and hd.i < inc.i:
        return hd
    if hd.pos_ in ("VERB", "AUX"):
        return next((c for c in hd.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.i < inc.i
                     and c.pos_ in ("NOUN", "PRON", "NUM") and c.tag_ in ("NNS", "CD", "PRP")), None)
    return None


def _self_named_kin(r: Token, idv: Token, w: Words, desc: list[Token]) -> bool:
    """Whether ``r`` is the reflexive object of the naming verb ``idv`` of a speaker who names
    himself or herself as someone's relative or friend ('a cousin of one of the dead men, who
    gave his name as Leo Ruiz'), in a relative clause the parser hangs on the group after 'of':
    the kin noun ('friend', 'cousin') heading that 'of' phrase is then added to ``desc``, and
    nothing of the group is read for the name (fix43, careful reading round 40: a quoted friend
    read as a victim)."""
    if r.dep_ != "dobj" or r.tag_ != "PRP" or not r.lower_.endswith("self") or idv.dep_ != "relcl":
        return False
    n = idv.head
    while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        n = n.head.head
        if n.pos_ == "NOUN" and n.lemma_.lower() in w.others["relative"]:
            desc.append(n)
            return True
    return False


def _relative_noun(c: Token) -> Token:
    """The noun a relative pronoun that is a naming verb's subject or object stands for ('the
    suspects, who were identified as A and B': 'suspects'; careful reading round 32), else
    ``c``. The noun is returned only when it heads the relative clause."""
    idv = c.head
    if c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubjpass", "dobj") and idv.dep_ == "relcl" and idv.head.pos_ == "NOUN":
        return idv.head
    return c


def _names_a_participant(n: Token, seen: set[int]) -> bool:
    """Whether the noun ``n`` or its clause makes a victim or a suspect ('the boy who
    died', 'the suspect'), not a relative or an official ('the gunman's sister')."""
    return _noun_role(n.lemma_.lower(), n.lower_) in ("victim", "suspect") or any(
        f.role in ("victim", "suspect") for f in read_mention(n, set(seen))[0])


def _referent_facts(n: Token, seen: set[int], first: bool = False) -> list[Fact]:
    """The facts of the noun or pronoun a naming verb names ('identified them as A and B',
    'the officers were identified as A and B'): its own, or, where they make it neither a
    victim nor a suspect, those of the mention it refers back to in its sentence or the two
    before (:func:`_antecedent`): 'three men were arrested ... They were identified as'; for
    the first name a singular noun is named as (``first``), the nearest earlier mention of its
    noun ('the woman who shot her brother ... identified the woman as A, and her brother B': A only)."""
    facts = read_mention(n, seen)[0]
    if any(f.role in ("victim", "suspect") for f in facts):
        return facts
    ante = _antecedent(n) or (_singular_antecedent(n) if first else None)
    if ante is None:
        return facts
    got = read_mention(ante, set(seen))[0]
    return [f for f in got if f.role in ("victim", "suspect")] or facts


def _two_sentences_back(t: Token) -> int:
    """The first token of the sentence two before ``t``'s (as far back as there is one), where
    the readings of an earlier mention start looking."""
    doc, lo = t.doc, sent_of(t).start
    for _ in range(2):
        if lo > 0:
            lo = sent_of(doc[lo - 1]).start
    return lo


def _antecedent(n: Token) -> Token | None:
    """The earlier mention a plural pronoun ('they', 'them') or a definite plural noun ('the
    men', 'the officers') stands for: for the pronoun, the nearest plural noun of a person before it;
    for the noun, the nearest earlier one of its lemma that makes a victim or a suspect ('the
    officers' injuries' is passed over); in its sentence or the two before, and only when that
    mention counts the group and makes it victims or suspects."""
    if not (n.pos_ == "PRON" and n.lower_ in ("they", "them") or n.tag_ == "NNS" and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in n.children)):
        return None  # a singular noun names one, where a list may follow ('the woman as A, and her son B')
    if _noun_role(n.lemma_.lower(), n.lower_) in ("victim", "suspect"):
        return None  # 'identified the victims as': the noun says who they are
    for t, told in _earlier_mentions(n):
        # a group counted where it is told ('three men were arrested', 'wounding two
        # officers'), not one the article went on to tell apart ('the boys' after 'the
        # older boys', one of whom shot the others)
        if told and any(c.dep_ == "nummod" for c in t.children):
            return t
        if told or n.pos_ == "PRON":
            return None  # the nearest group is no one shot or accused (police, relatives) or not counted
    return None


def _singular_antecedent(n: Token) -> Token | None:
    """The earlier mention a definite singular noun of a person ('the woman') stands for: the
    nearest one of its lemma before it, in its sentence or the two before, that makes a victim
    or a suspect ('The woman who shot her brother was named. Deputies identified the woman
    as ...'); none when the nearest one makes neither."""
    if n.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in n.children) \
            or _noun_role(n.lemma_.lower(), n.lower_) in ("victim", "suspect"):
        return None
    return next((t if told else None for t, told in _earlier_mentions(n)), None)


def _earlier_mentions(n: Token) -> Iterator[tuple[Token, bool]]:
    """The earlier mentions ``n`` may refer back to (:func:`_may_refer`), nearest first, in its
    sentence or the two before, each with whether it makes a victim or a suspect."""
    doc = n.doc
    for i in range(n.i - 1, _two_sentences_back(n) - 1, -1):
        if _may_refer(doc[i], n):
            yield doc[i], any(f.role in ("victim", "suspect") for f in read_mention(doc[i])[0])


def _may_refer(t: Token, n: Token) -> bool:
    """Whether ``t`` may be what ``n`` refers back to: a plural noun of a person for a
    pronoun, a noun of the same lemma for a noun."""
    if n.pos_ == "PRON":
        return t.tag_ == "NNS" and (t.lemma_.lower() in lexicon().person_group or _noun_role(
            t.lemma_.lower(), t.lower_) in ("victim", "suspect"))
    return t.pos_ == "NOUN" and t.lemma_ == n.lemma_


def _naming_verb(as_: Token) -> Token | None:
    """The naming verb ('identify', 'name') an 'as' gives the name of: its head, or, where
    the parser hangs 'as' inside the verb's object ('named the gunman in Friday's robbery as
    X', 'identified the boy who died as X'), the verb a few steps up
    (``identify_as_hops`` in data/grammar.json; at most five steps)."""
    hops = wordset("grammar", "identify_as_hops", "labels")
    t = as_
    for _ in range(5):
        if t.head.i == t.i:
            return None
        if t is not as_ and t.dep_ not in hops:
            return None
        t = t.head
        if t.lemma_.lower() in words().identify:
            return t
    return None


def _describers_before(h: Token, start: int | None) -> list[Token]:
    """The describing words among the three nouns, proper nouns or adjectives right before a
    name that begins at ``start`` ('suspect Dana Reyes'); none without ``start``."""
    desc: list[Token] = []
    if start is not None:
        k = start - 1
        while k >= 0 and start - k <= 3 and h.doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and h.doc[k].ent_type_ != "PERSON":
            if _describer(h.doc[k]) and not _of_another(h.doc[k], h):
                desc.append(h.doc[k])
            k -= 1
    return desc


def _of_another(d: Token, h: Token) -> bool:
    """Whether the noun ``d`` right before the name headed by ``h`` ends an 'of' phrase of
    another noun and the name is not part of it: 'the uncle of a victim Rita Soule said'
    (the parser makes 'victim' the object of 'of' and the name the subject of 'said'): the
    victim is the uncle's kin, not the name (careful reading round 42: a speaking aunt read
    as wounded). 'the mother of victim Rita Soule' keeps it (the name is in the phrase)."""
    return d.dep_ == "pobj" and d.head.lower_ == "of" and d.head.head.pos_ == "NOUN" and \
        h.i not in {t.i for t in d.subtree} and h.dep_ in ("nsubj", "nsubjpass", "appos")


def _kin_named_after(c: Token) -> bool:
    """Whether the noun ``c`` the parser sets in apposition with a name is another person's,
    named with it: 'Ed Roy, his wife Ida Roy, and their son' ('his wife' is Ida Roy; his is Ed
    Roy's), a noun with a possessive pronoun and a name of its own."""
    return c.i > c.head.i and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) and any(
        g.dep_ in ("appos", "compound") and g.pos_ == "PROPN" and g.ent_type_ == "PERSON" for g in c.children)


def _dead_list_member(s: Token, h: Token, w: Words) -> list[Fact]:
    """'The bodies of Ed and Ida Roy and their sons, Max and Leo, were found': the parser joins
    the relatives' noun to the death noun ('bodies', ``death_nouns``) instead of to the names
    its 'of' takes; a mention that climbed to that noun (``s``, from outside its 'of' phrase)
    is one of the dead the noun is of. Session 38, roles56, from the even half."""
    if s is h or s.pos_ != "NOUN" or s.lemma_.lower() not in w.death_nouns or h.i < s.i:
        return []
    for p in s.children:
        if p.dep_ == "prep" and p.lower_ == "of" and not (p.left_edge.i <= h.i <= p.right_edge.i) and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in p.children):
            return _object_of_facts(p, w)
    return []


def _apposed(h: Token, desc: list[Token], w: Words) -> Token:
    """Adds to ``desc`` the nouns in apposition with the mention or compounded before it
    ('the suspect, Dana Reyes,', 'gunman Lee Park', 'Officer Ray Dunn'); returns the token
    that stands for the mention in its clause (the noun a name is in apposition with)."""
    s = h
    if h.dep_ == "appos" and h.head.pos_ in ("NOUN", "PROPN"):
        desc.append(h.head)
        s = h.head
    elif h.dep_ == "appos" and h.head.lower_ in w.partitives and h.head.i < h.i:
        # 'one of the suspects, Dana Reyes, was arrested': the group is what she is, and the
        # clause of 'one' is hers
        group = [g for c in h.head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        if group:
            desc.extend(group)
            s = h.head
    for c in h.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and not _kin_named_after(c):
            desc.append(c)
            desc.extend(g for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN")
        elif c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" and c.i < h.i:
            desc.append(c)
        elif c.dep_ == "appos" and c.lower_ in w.partitives and c.i > h.i:
            # 'Lee Park, one of the two officers to die,': the group the name is one of
            desc.extend(g for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                        for g in o.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    for c in h.lefts:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ in w.others["official"] | w.officers:
            desc.append(c)  # 'Officer Ray Dunn': tagged as part of the name
    return s


def _press_credit(h: Token, start: int | None) -> list[Fact]:
    """Whether an outlet's possessive names the person as press ("News 4's Jo Kent"), on the
    name's head or, where the parser hangs the outlet elsewhere, right before the name."""
    doc = h.doc
    for c in h.children:
        if c.dep_ == "poss" and c.i < h.i and _outlet(list(c.subtree)):
            return [_fact("other:press", None, c)]
    if start is not None and start >= 2 and doc[start - 1].lower_ in ("'s", "’s") and \
            _outlet(list(doc[max(sent_of(h).start, start - 4):start - 1])):
        return [_fact("other:press", None, doc[start - 2])]
    return []


def _copula(h: Token, seen: set[int], desc: list[Token], facts: list[Fact]) -> None:
    """'X is the suspect', 'the victim was X', 'X was one of the victims': the nouns on the
    other side of 'be' describe the person, and a subject noun's facts are theirs (its
    suspect role only when the noun itself names a suspect)."""
    if h.dep_ in ("nsubj",) and h.head.lemma_ == "be":
        desc.extend(_predicate_nouns(h.head))
    if h.dep_ == "attr" and h.head.lemma_ == "be":
        subj = [c for c in h.head.children if c.dep_ in ("nsubj",) and c.pos_ == "NOUN" and not _past_series(c)]
        for c in subj:
            desc.append(c)
            f, _ = read_mention(c, seen)
            facts.extend(x for x in f if x.role != "suspect" or _noun_role(c.lemma_.lower(), c.lower_) == "suspect")
        for c in h.head.children:
            if c.dep_ == "nsubj" and c.i < h.i and c.pos_ in ("VERB", "ADJ") and c.lower_ in words().casualty_adjectives:
                # 'Injured were Ana Ruiz and Lee Park': the parser makes the participle the subject
                facts.append(_fact("victim", words().casualty_adjectives[c.lower_], c))


def _past_series(n: Token) -> bool:
    """Whether the noun ``n`` stands for earlier cases of a series: 'last', 'previous' on it
    with a participle ('the last two deputies killed on duty'; data/persons.json past_series)."""
    return any(c.dep_ == "amod" and c.lower_ in wordset("persons", "past_series") for c in n.children) \
        and (any(c.dep_ == "acl" and c.tag_ == "VBN" for c in n.children)
             or n.dep_ == "nsubj" and n.head.tag_ == "VBN" and n.head.dep_ == "ccomp")  # (parsed as a clause)


def _series_told(v: Token) -> bool:
    """Whether the copula ``v`` tells who the earlier cases of a series were: its subject or
    its clause's subject is :func:`_past_series` ('the last two deputies slain on duty were
    ...', however parsed)."""
    return any(_past_series(n) for c in v.children for n in (c, *(g for g in c.children if g.dep_ == "nsubj"))
               if n.pos_ == "NOUN")


def _subject_facts(s: Token, v: Token) -> list[Fact]:
    """:func:`_clause_facts` of ``s`` and its verb ``v``, or of the act a passive of belief
    names ('Dirk Lund is believed to have killed his wife': the act is his; careful reading
    round 41, a father who killed his family read as one of the dead)."""
    b = _believed_to(v) if s.dep_ == "nsubjpass" else None
    return _clause_facts(s, b, "nsubj") if b is not None else _clause_facts(s, v)


def _believed_to(v: Token) -> Token | None:
    """The verb with an object that the passive of belief ``v`` takes ('is believed to have
    killed his wife', 'is thought to have shot them'), else None."""
    if v.lemma_.lower() not in ("believe", "think", "suspect"):
        return None
    return next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and _has_object(c) is not None), None)


def _label_before(s: Token, v: Token) -> bool:
    """Whether the subject ``s`` is a label a colon ends before its verb ``v`` ('Ana Ruiz:
    Visitation will be held Monday'), where the verb has a subject of its own after the colon
    (careful reading round 41: a name on a funeral page read as held); not a subject then."""
    if s.dep_ not in ("nsubj", "nsubjpass"):
        return False
    colon = next((t for t in s.doc[s.i + 1:v.i] if t.text == ":"), None)
    return colon is not None and any(c.dep_ in ("nsubj", "nsubjpass") and colon.i < c.i < v.i for c in v.children)


def _sought_facts(h: Token) -> list[Fact]:
    """A suspect's role for a name listed after a search (:func:`_sought_before`; careful
    reading round 41: two sought suspects read as wounded by their ages)."""
    v = _sought_before(h)
    return [] if v is None else [_fact("suspect", None, v)]


def _sought_before(h: Token) -> Token | None:
    """'Deputies are searching for two more men. Those are Ivo Brandt and Lee Roe': the verb
    of seeking (``sought_verbs``, or 'look for') of the sentence before one whose subject is a
    bare 'those', 'these' or 'they' and whose 'be' names ``h`` after it; None if there is none."""
    sent = sent_of(h)
    be = sent.root
    if be.lemma_ != "be" or h.i < be.i or not any(c.dep_ == "nsubj" and c.lower_ in ("those", "these", "they")
                                                  for c in be.children):
        return None
    if sent.start == 0:
        return None
    before = sent_of(be.doc[sent.start - 1])
    return next((t for t in before if t.pos_ == "VERB" and (t.lemma_.lower() in words().sought or t.lemma_.lower() == "look"
                                                            and any(c.lower_ == "for" for c in t.children))), None)


def _conjoined_facts(s: Token, v: Token, w: Words) -> list[Fact]:
    """Facts of verbs coordinated with the subject's verb that have no subject of their own
    ('was shot and later died', 'fled and was arrested')."""
    out = []
    if v.lemma_.lower() in lexicon().reporting and any(c.dep_ == "ccomp" for c in v.children):
        # 'Coroner Al Ruiz confirmed the boy was shot and died hours later': the parser hangs
        # the report's second verb on the reporting verb; it tells of the one reported on
        return out
    for c in v.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and not _plural_verb(s, c) \
                and _joined(v, c):
            lem = c.lemma_.lower()
            # a negated one: 'was questioned but has not been charged' is still the suspect,
            # 'was in the house but was not hurt' tells no harm ('did not survive' does)
            negated = any(g.dep_ == "neg" for g in c.children) and lem not in ("survive", "make")
            if lem in w.arrest_verbs and any(g.dep_ == "auxpass" for g in c.children) or \
                    _arrest_phrase(c) and s.dep_ == "nsubj":
                out.append(_fact("suspect", None if negated else "arrested", c))
            elif negated:
                continue
            else:
                m = _casualty(predicate_measure(c))
                if m and (any(g.dep_ == "auxpass" for g in c.children) or m == "killed" and _shared_passive(v, c)
                          or lem in ("die", "succumb", "perish")):
                    out.append(_fact("victim", m, c))
                elif m is None and _lived(c, w) and _casualty(predicate_measure(v)) in ("injured", "shot"):
                    # 'was hit in the hip and should recover fully'
                    out.append(_fact("victim", "injured", c))
    return out


def _joined(v: Token, c: Token) -> bool:
    """Whether the verb ``c`` the parser coordinates with ``v`` is joined to it by a word or a
    comma between them ('was shot and died', 'fled, was caught'), not a verb of a clause that
    only follows ('Ray stepped out to think of his aunt, who he heard was shot': 'was shot'
    is the aunt's, hung on 'stepped' by a parse slip)."""
    return any(g.dep_ in ("cc", "punct") and v.i < g.i < c.i for g in (*v.children, *c.children))


def _conjoined_doers(doc: Doc, claimed: list[_Person]) -> None:
    """A named person nothing has given a role yet, the subject of an active verb with a harm
    verb coordinated to it (:func:`_conjoined_acts`: 'Ray Dunn walked into the kitchen and
    fatally shot his wife'), is the one who did it. Only then: one the article already tells
    shot, or shooting, is more often a victim or an officer who fired back ('Lt. Ray Dunn was
    hit ... drew his pistol and shot the man': gva-dev even half, two such).
    Session 39, kills57 (issue 13), from the even half."""
    w = words()
    for p in claimed:
        if _role(p) is not None:
            continue
        for i in p.tokens:
            s = _climb(doc[i])
            p.facts.extend(_conjoined_acts(s, s.head, w))


def _conjoined_acts(s: Token, v: Token, w: Words) -> list[Fact]:
    """What a harm verb coordinated with the active verb ``v`` of the subject ``s``, with no
    subject of its own, says of ``s`` ('Ray Dunn walked into the kitchen and shot his wife':
    the act is his, as in :func:`_clause_facts`' subject branch); not where ``v`` is itself
    such a verb (read there already: 'shot and killed his wife'), nor a blow verb ('grabbed
    his son and hit the floor'), nor a harm to oneself ('took the gun into the bedroom and
    shot himself', left to the self-harm readings: on the odd half it made a child who shot
    herself the suspect)."""
    if s.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in v.children) or v.lemma_.lower() in w.harm | w.fire:
        return []
    if v.lemma_.lower() in lexicon().reporting:
        return []  # 'Ana Ruiz said and ...': a report's verbs tell of someone else (:func:`_conjoined_facts`)
    blows = wordset("persons", "blow_not_shot", "lemmas")
    out = []
    for c in v.children:
        lem = c.lemma_.lower()
        if c.dep_ != "conj" or c.pos_ != "VERB" or lem not in w.harm | w.fire or lem in blows or not _joined(v, c):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass", "auxpass", "neg") or g.dep_ == "dobj" and g.lower_ in w.selves
               for g in c.children) or _threatened(c):
            continue
        out.extend(_clause_facts(s, c, "nsubj"))
    return out


def _caused_to_fire(v: Token, w: Words) -> list[Fact]:
    """'It is unclear what led Ray Dunn to open fire', 'what caused him to shoot his wife': a
    verb of cause (``caused_to_fire`` in data/persons.json) whose object it makes fire or harm
    someone (an open clause of a harm or fire verb, not on oneself): the object did it, the
    suspect. Session 39, kills57 (issue 13), from the even half."""
    if v.lemma_.lower() not in wordset("persons", "caused_to_fire", "lemmas"):
        return []
    for c in v.children:
        lem = c.lemma_.lower()
        if c.dep_ != "xcomp" or c.pos_ != "VERB" or lem not in w.harm | w.fire:
            continue
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        if obj is None and lem not in w.fire or obj is not None and obj.lower_ in w.selves:
            continue
        return [_fact("suspect", None, c)]
    return []


def _took_hostages(s: Token, v: Token) -> list[Fact]:
    """'Police learned Ray Dunn had taken hostages', 'Ray Dunn held his family hostage': the
    active subject ``s`` of a verb of holding whose object is a hostage (``hostage_taking`` in
    data/persons.json) is the suspect, whatever later harm the article tells of them ('then
    shot himself'). Session 39, kills57 (issue 13), from the even half."""
    d = load("persons")["hostage_taking"]
    if s.dep_ != "nsubj" or v.lemma_.lower() not in d["lemmas"] or any(
            c.dep_ in ("auxpass", "neg") for c in v.children):
        return []
    if any(c.dep_ == "dobj" and c.lemma_.lower() in d["nouns"] for c in v.children):
        return [_fact("suspect", None, v)]
    return []


def _shot_the_suspect(v: Token, w: Words) -> bool:
    """Whether the harm or fire verb ``v`` (or the participle of harm on it: 'fired his
    pistol, hitting and killing both robbers') harms one the article calls the suspect
    with a noun of suspect_nouns ('the homeowner shot the intruder', 'the clerk killed the
    robber'): its subject is the one attacked, not the suspect (not a noun of someone else's,
    'the suspect's brother'). Session 39, kills57 (issue 13), from the even half (a guard who
    shot two robbers read as the suspect, whose age went to a robber)."""
    if v.lemma_.lower() not in w.harm | w.fire:
        return False
    verbs = [v, *(c for c in v.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"
                  and c.lemma_.lower() in w.harm)]
    verbs += [g for c in verbs[1:] for g in c.children if g.dep_ == "conj" and g.lemma_.lower() in w.harm]
    return any(o.dep_ == "dobj" and o.pos_ == "NOUN" and _noun_role(o.lemma_.lower(), o.lower_) == "suspect"
               and not any(g.dep_ == "poss" for g in o.children) for x in verbs for o in x.children)


def _attacked_first(s: Token, v: Token) -> bool:
    """Whether the one ``s`` the harm verb ``v`` tells shot was attacking when shot: a clause
    of time or cause on ``v`` ('after', 'when', 'as': ``attacked_first`` in data/persons.json)
    whose subject is a pronoun, or ``s``'s own name, and whose verb (or the one it tries,
    'tried to rob him') is an attack (its ``lemmas``) with a pronoun in it for someone else
    ('a guard shot Ray Dunn after he tried to rob him', 'the clerk shot them when they
    pointed guns at her'): the suspect, shot by the one attacked. Session 39, kills57
    (issue 13), from the even half."""
    d = load("persons")["attacked_first"]
    for c in v.children:
        if c.dep_ != "advcl" or not any(g.lower_ in d["marks"] and g.dep_ in ("mark", "advmod") for g in c.children):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None or not (subj.lower_ in d["subjects"] or subj.pos_ == "PROPN" and subj.lower_ == s.lower_):
            continue
        acts = [c, *(g for g in c.children if g.dep_ == "xcomp" and g.pos_ == "VERB")]
        if not any(a.lemma_.lower() in d["lemmas"] for a in acts):
            continue
        if any(t.lower_ in d["others"] and t.i != subj.i for t in c.subtree):
            return True
    return False


def _shared_passive(v: Token, c: Token) -> bool:
    """Whether the participle ``c`` coordinated with the passive verb ``v`` shares its
    auxiliary ('was taken to a hospital and pronounced dead': 'pronounced' has no 'was' of
    its own; the tagger may take it for a past tense). Taken for a death only: 'were hurt and
    then driven to a hospital' says no more than its first verb (and counted twice it outweighed
    a suspect's arrest on the odd half). Session 35, age52, from the even half."""
    return c.tag_ in ("VBN", "VBD") and any(g.dep_ == "auxpass" for g in v.children) and not any(
        g.dep_ in ("aux", "auxpass") for g in c.children)


def _plural_verb(s: Token, c: Token) -> bool:
    """Whether the verb ``c`` coordinated with the clause of ``s`` has a plural auxiliary of
    its own while ``s`` is one person ('Spokeswoman Ada Vance confirmed one man and one woman
    were found dead': the parser hangs 'were found' on 'confirmed'; its subject is the pair)."""
    return s.tag_ in ("NNP", "NN") and not any(x.dep_ == "conj" for x in s.children) and any(
        g.dep_ in ("aux", "auxpass") and g.lower_ in ("were", "are") for g in c.children)


def _object_of_facts(p: Token, w: Words) -> list[Fact]:
    """What the noun a mention is the object of (through preposition ``p``) says of it:
    'a search for X' and 'a warrant for X' (suspect), 'shot by X' (suspect), 'the death of
    X', 'the shooting of X' (victim); 'fired at X' says nothing."""
    n = p.head
    nl = n.lemma_.lower()
    if p.lower_ == "for" and nl in ("look", "search", "hunt", "seek"):
        return [_fact("suspect", None, n)]
    if p.lower_ == "for" and (nl in w.sought_nouns or any(
            c.dep_ == "compound" and c.lemma_.lower() in w.sought_nouns for c in n.children)):
        return [_fact("suspect", None, n)]  # 'a warrant for X', 'an arrest warrant for X'
    if p.dep_ == "agent" and n.lemma_.lower() in w.agent_harm:
        return [_fact("suspect", None, n)]
    if p.lower_ == "of" and nl in w.death_nouns:
        return [_fact("victim", "killed", n)]
    if p.lower_ == "of" and nl in w.harm_nouns and n.dep_ != "compound":
        fatal = any(a.lower_ in ("fatal", "deadly") for a in n.children)
        return [_fact("victim", "killed" if fatal else "shot", n)]
    if p.lower_ == "of" and nl in w.agent_nouns:
        return [_fact("victim", "killed", n)]
    return []


def _second_possessor_facts(h: Token, w: Words) -> list[Fact]:
    """"Ana Ruiz's death and Lee Park's days later": a second possessor that shares the
    first's noun, which the parser makes its head (a conjunct with its own "'s"), is told
    what that noun tells (:func:`_possessor_facts`). (Session 28, fixes39: a gunman's death
    told so read as no death, and his arrest in a case recalled as his outcome.)"""
    if h.dep_ == "conj" and h.head.pos_ == "NOUN" and any(c.dep_ == "case" for c in h.children) and any(
            c.dep_ == "poss" for c in h.head.children):
        return _possessor_facts(h.head, w)
    return []


def _possessor_facts(n: Token, w: Words) -> list[Fact]:
    """What the noun a mention possesses says of it: 'X's death' or 'X's body' (killed),
    'X's killer' (killed), 'X's shooting' (shot), 'X's arrest' (arrested, unless a record)."""
    nl = n.lemma_.lower()
    if (nl in w.death_nouns or nl == "body") and not _where_in_body(n):
        return [_fact("victim", "killed", n)]
    if nl in w.agent_nouns:
        return [_fact("victim", "killed", n)]
    if nl in w.harm_nouns and n.dep_ != "compound":
        return [_fact("victim", "shot", n)]
    if nl in ("arrest",) and not _past_record(n):
        return [_fact("suspect", "arrested", n)]
    return []


def _where_in_body(n: Token) -> bool:
    """Whether the noun ``n`` ('body') tells where in a living body something is ('a pellet
    left in his body', 'fragments in a side of her body'; ``body_places`` in
    data/persons.json): no death."""
    d = load("persons")["body_places"]
    if n.lemma_.lower() not in d["nouns"] or n.dep_ != "pobj":
        return False
    p = n.head
    if p.lower_ == "of" and p.head.lemma_.lower() in d["parts"] and p.head.dep_ == "pobj":
        p = p.head.head
    return p.lower_ in d["prepositions"]


def _who_after_place(h: Token) -> list[Token]:
    """Relative clauses on 'who' that the parser hangs on the place after a name ('Ed Roy,
    16, of Elm Heights, who was arrested in ...', the clause on 'Heights'): a place is no
    'who', so the clause is the person's."""
    out = []
    for x in (h, *(c for c in h.children if c.dep_ == "appos")):
        for p in x.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for g in p.children:
                out.extend(c for c in g.children if c.dep_ == "relcl" and g.dep_ == "pobj" and g.ent_type_ in (
                    "GPE", "LOC", "FAC") and any(y.dep_ in ("nsubj", "nsubjpass") and y.lower_ == "who"
                                                 for y in c.children))
    return out


def _said_to_harm(c: Token, w: Words) -> Token | None:
    """'Ivo Brandt, who witnesses said shot two classmates, ...': the harm verb with an object
    that a relative clause of saying on a 'who' tells (careful reading round 42: a school
    shooter read as a victim); None otherwise."""
    rel = wordset("grammar", "relative_pronouns")
    if c.dep_ != "relcl" or c.lemma_.lower() not in lexicon().reporting or not any(
            t.lower_ in rel and t.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.i < c.i):
        return None
    for g in c.children:
        obj = _has_object(g) if g.dep_ in ("ccomp", "xcomp") and g.lemma_.lower() in w.harm else None
        if obj is not None and obj.lower_ not in w.selves and not any(
                x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in rel for x in g.children):
            return g
    return None


def _root_name_harmed(s: Token, w: Words) -> Token | None:
    """'Ivo Brandt, 15, shot and killed two classmates in May': with no verb found for the
    sentence, the parser makes the name its root and hangs the verbs on it as a participle
    (or 'shot' as a noun); the harm verb with an object after it that is no time and no self
    is the name's own (careful reading round 42: a school shooter read as a victim by his age)."""
    if s.pos_ != "PROPN":
        return None
    if s.dep_ == "ROOT":
        heads = [c for c in s.children if c.dep_ in ("acl", "appos") and c.i > s.i]
    elif s.dep_ == "nsubj" and s.head.dep_ == "ROOT" and s.head.pos_ == "NOUN" and s.head.i > s.i:
        heads = [s.head]  # 'Ivo Brandt, 15, shot and killed ...' with 'shot' tagged a noun
    else:
        return None
    for c in heads:
        for v in (c, *(g for g in c.children if g.dep_ == "conj")):
            obj = next((g for g in v.children if g.dep_ == "dobj"), None)
            if v.pos_ == "VERB" and v.lemma_.lower() in w.harm and obj is not None and obj.ent_type_ not in (
                    "DATE", "TIME") and obj.lower_ not in w.selves:
                return v
    return None


def _relative_clause_facts(h: Token, s: Token, w: Words) -> list[Fact]:
    """Facts of a clause on the name: 'Sam Ortiz, who was shot in the chest,', 'Sam Ortiz,
    shot in the chest,' (victim), 'the man who shot her' (suspect), 'X, arrested ...'."""
    out = []
    if (v := _root_name_harmed(s, w)) is not None:
        out.append(_fact("suspect", None, v))
    for c in (*s.children, *(h.children if h.i != s.i else ()), *_who_after_place(h)):
        if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX"):
            if any(g.dep_ == "neg" for g in c.children):
                continue
            if any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in wordset("grammar", "relative_pronouns")
                   for g in c.children):
                if (t := _said_to_harm(c, w)) is not None:
                    out.append(_fact("suspect", None, t))
                continue  # 'Ana Ruiz, the woman Lee is accused of killing,': the clause tells of Lee
            lem = c.lemma_.lower()
            obj = _has_object(c)
            if _took_own_life(c):
                out.extend(_suicide_facts(c, w))  # 'Ray Dunn, who took his own life once he had shot a clerk,'
            elif lem in w.harm and obj is not None and c.tag_ != "VBN" and obj.lower_ not in w.selves:
                out.append(_fact("suspect", None, c))
            elif lem in w.arrest_verbs and c.tag_ == "VBN":
                out.append(_fact("suspect", "arrested", c))
            else:
                m = _casualty(predicate_measure(c))
                if m and (obj is None or lem in ("suffer", "sustain", "receive")):
                    out.append(_fact("victim", m, c))
                elif m is None and c.dep_ == "relcl" and _arrest_phrase(c) is not None and not _past_record(c) and any(
                        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in wordset("grammar", "relative_pronouns")
                        for g in c.children):
                    out.append(_fact("suspect", "arrested", c))  # 'X, who has pleaded not guilty,'
    return out


def _described_roles(desc: list[Token], s: Token, facts: list[Fact], w: Words) -> list[str]:
    """The lemmas of the describing nouns ('the suspect', 'the victim', 'his mother'), and
    adds to ``facts`` the role each names and the outcome of its adjectives and participles
    ('the slain teen', 'the man killed in ...')."""
    roles = []
    # 'one of the slain sailors has been named as ...': the group 'one' is picked from (its
    # adjectives and participles; a word of another role, 'one of the fallen officers', is the
    # group's, and an officer shot is a victim)
    groups = [g for d in desc if d.lower_ in w.partitives for c in d.children
              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    for d in (*desc, *groups):
        r = _noun_role(d.lemma_.lower(), d.lower_)
        if r is not None and not (d in groups and r.startswith("other:")):
            facts.append(_fact(r, None, d))
        if d.pos_ == "ADJ" and d.dep_ == "pobj" and d.head.lower_ == "among" and d.lower_ in w.casualty_adjectives:
            # 'the gunman, identified as Sam Ortiz, is among the dead': the group the copula puts them in
            facts.append(_fact("victim", w.casualty_adjectives[d.lower_], d))
        if d not in groups:
            roles.append(d.lemma_.lower())
        # 'the deceased man was identified as ...', 'the slain teen, Ana Ruiz,'
        for c in d.children:
            if c.dep_ == "amod" and c.lower_ in w.casualty_adjectives:
                facts.append(_fact("victim", _adjective_outcome(c, w), c))
            elif c.dep_ == "amod" and c.lower_ == "surviving" and r == "victim":
                facts.append(_fact("victim", "injured", c))  # 'the surviving victim, Ana Ruiz'
        if r == "victim" and d.i > 0 and d.doc[d.i - 1].lower_ == "surviving" and d.doc[d.i - 1].dep_ == "amod":
            facts.append(_fact("victim", "injured", d.doc[d.i - 1]))  # 'targeted surviving victim Ana Ruiz'
        # 'the man killed in ...', 'the man who was shot': participles on the described noun
        if d.i != s.i:
            # (and on the 'one' a group noun is picked from: 'one of the four officers to die')
            part = d.head.head if d.dep_ == "pobj" and d.head.lower_ == "of" and d.head.head.lower_ in w.partitives else d
            for c in [*d.children, *(part.children if part is not d else ())]:
                if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and _has_object(c) is None and not _pastime(c):
                    m = _casualty(predicate_measure(c))
                    if m:
                        facts.append(_fact("victim", m, c))
                    elif c.dep_ == "acl" and c.lemma_.lower() in w.arrest_verbs and r == "suspect" and not _past_record(c):
                        # 'Ivo Brandt, the first suspect arrested in the case, told ...' (careful
                        # reading round 41: one arrested shown unharmed)
                        facts.append(_fact("suspect", "arrested", c))
    return roles



def _adjective_outcome(c: Token, w: Words) -> str:
    """The outcome of the casualty adjective ``c``: 'fatally wounded' is killed."""
    m = w.casualty_adjectives[c.lower_]
    if m != "killed" and severity_words(c) & SEVERITY_KILLED:
        return "killed"
    return m


def _predicate_nouns(v: Token) -> list[Token]:
    """The nouns the copula ``v`` gives its subject: 'is the suspect', 'was one of the
    victims', 'was among the wounded'."""
    out: list[Token] = []
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children) for c in v.children):
        return out  # 'was not among the victims', 'is no longer a suspect'
    for c in v.children:
        if c.dep_ == "attr" and c.pos_ == "NOUN":
            out.append(c)
        elif c.dep_ == "attr" and c.lower_ in words().partitives or c.dep_ == "prep" and c.lower_ == "among":
            of = c if c.dep_ == "prep" else next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            out.extend(g for g in (of.children if of is not None else ()) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "ADJ"))
    return out


def _outlet(toks: list[Token]) -> bool:
    """Whether the words ``toks`` before a possessive name a news outlet ('News 4',
    'Channel 9', 'KXYZ 11', 'News4', 'the Daily Ledger')."""
    toks = [x for x in toks if x.lower_ not in ("'s", "’s", "'", "’")]
    if any(x.lower_ in words().outlets or CALL_SIGN.match(x.text) for x in toks):  # or a call sign, 'KXYZ'
        return True
    for k, x in enumerate(toks):
        if any(ch.isdigit() for ch in x.text) and (any(ch.isalpha() for ch in x.text)  # 'News4'
                                                   or k > 0 and toks[k - 1].text[:1].isupper()):  # 'KXYZ 11'
            return True
    return False


def _condition(h: Token) -> tuple[str, Token] | None:
    s = _climb(h.head if h.dep_ == "appos" else h)
    v = s.head
    if s.dep_ in ("nsubj", "nsubjpass"):
        for verb in (v, *(c for c in v.children if c.dep_ == "conj")):
            c = _in_condition(verb)
            if c:
                return c, verb
    for c in s.children:
        if c.dep_ in ("relcl", "acl"):
            got = _in_condition(c)
            if got:
                return got, c
    return None


# ---------------------------------------------------------------- names


def _name_ok(toks: list[Token], org_ok: bool = False, place_ok: bool = False) -> bool:
    w = words()
    if len(toks) > 2 and toks[-1].lower_ in w.name_suffixes:
        toks = toks[:-1]  # 'Milo Varga III': the numeral is read as part of no name
    nick = _nickname_span(toks)
    if not toks or len(toks) - len(nick) > 5:  # (a nickname in quotes is no word of the name)
        return False
    banned = ("DATE", "TIME") + (() if place_ok else ("GPE", "FAC", "LOC", "NORP")) + (() if org_ok else ("ORG",))
    if any(t.lower_ in w.name_stop or t.like_num or t.ent_type_ in banned for t in toks):
        return False
    if _not_name_words(toks):
        return False
    if not all(_NAME_WORD.match(t.text) or t.text in ("-", "'", "’") or t.i in nick or _hyphen_tail(t, toks)
               for t in toks):
        return False
    doc = toks[0].doc
    b = doc[toks[0].i - 1] if toks[0].i > 0 else None
    if b is not None and b.text.isdigit() and len(b.text) >= 3 and not 1900 <= int(b.text) <= 2030:
        return False  # a house number before it: an address ('2211 Falling Oak')
    if b is not None and b.is_quote and b.i > 0:
        b = doc[b.i - 1]
    if b is not None and (b.lower_.replace(".", "") in w.nickname_words or b.lower_ == "as" and b.i > 0
                          and doc[b.i - 1].lower_ in w.nickname_words):
        return False  # a nickname ('Lee Park, aka Big Lee, 30', 'known as "Lil Man"'), not another person
    last = toks[-1]
    if len(last.text) < 2 or last.text.isupper() and len(last.text) > 3 and not toks[0].text.isupper():
        return False
    # a headline in title case: every word capitalised; a name there needs the recogniser
    return True


def _not_name_words(toks: list[Token]) -> bool:
    """Whether the words of a run say it is a headline's or a title's words in title case, not a
    name (``not_name_words``): it ends with a common noun of people or a title ('Elm City Girl',
    'Regional President') or holds a verb form or a crime's word ('Crash Victim Dies'), or,
    written all in capitals, a function word ('IT HAPPENED': a caption or a video's title)."""
    if toks[-1].lower_ in wordset("persons", "not_name_words", "last"):
        return True
    caps = wordset("persons", "not_name_words", "caps")
    if all(t.is_upper for t in toks if t.is_alpha) and any(t.lower_ in caps for t in toks):
        return True
    return any(t.lower_ in wordset("persons", "not_name_words", "any") for t in toks)


def _hyphen_tail(t: Token, toks: list[Token]) -> bool:
    """Whether ``t`` is the part in lower case of a hyphenated first name that the tokenizer
    splits ('Ka-ela' as Ka / - / ela): written with no space after a hyphen (``name_hyphens``)
    that follows a capitalised word of the same name, before its last word ('a Ford Focus-type
    car' is no name)."""
    doc = t.doc
    if not t.is_alpha or not t.is_lower or t.i < 2 or doc[t.i - 2] not in toks or t.i >= toks[-1].i:
        return False
    hy, a = doc[t.i - 1], doc[t.i - 2]
    return hy.text in words().name_hyphens and not hy.whitespace_ and not a.whitespace_ and bool(_NAME_WORD.match(a.text))


_OPENERS = {'"': '"', "“": "”", "(": ")", "'": "'", "‘": "’"}


def _nickname_span(toks: list[Token]) -> set[int]:
    """Token ids of a nickname written inside a name, quotes or brackets included
    ('Dana "Bo" Reyes', 'Dana (Bo) Reyes'): not a word of the name."""
    for k, t in enumerate(toks[1:-1], 1):
        close = _OPENERS.get(t.text)
        if close is None:
            continue
        for j in range(k + 1, min(k + 5, len(toks) - 1)):
            if toks[j].text == close and j > k + 1 and all(
                    x.text[:1].isupper() and x.is_alpha for x in toks[k + 1:j]):
                return {x.i for x in toks[k:j + 1]}
        return set()
    return set()


def _name_text(toks: list[Token]) -> str:
    """The name the tokens ``toks`` write, without a nickname inside it."""
    nick = _nickname_span(toks)
    return " ".join(t.text for t in toks if t.i not in nick) if nick else toks[0].doc[toks[0].i:toks[-1].i + 1].text


def _nickname_before(doc: Doc, i: int) -> int | None:
    """Where a first name and a nickname before the token ``i`` start ('Dana "Bo"' before
    'Reyes'), else None."""
    if i < 4 or doc[i - 1].text not in _OPENERS.values():
        return None
    for j in range(i - 3, max(i - 6, 0), -1):
        if _OPENERS.get(doc[j].text) == doc[i - 1].text:
            first = doc[j - 1]
            if all(x.text[:1].isupper() and x.is_alpha for x in doc[j + 1:i - 1]) and \
                    _NAME_WORD.match(first.text) and first.pos_ == "PROPN" and not _describer(first) \
                    and first.lower_ not in lexicon().title_words and first.lower_ not in w_stop():
                return j - 1
            return None
    return None


def _nickname_after(doc: Doc, e: int) -> int | None:
    """Where a name the recogniser ended before a nickname in quotes ends with the surname
    after it ('[Dale Arthur] "Art" Hobbs': the end after 'Hobbs'), else None: one to three
    capitalised words in quotes or brackets, then one capitalised proper noun that is neither
    a title nor a stop word."""
    close = _OPENERS.get(doc[e].text) if e < len(doc) else None
    if close is None:
        return None
    for j in range(e + 2, min(e + 5, len(doc) - 1)):
        if doc[j].text == close:
            last = doc[j + 1]
            if all(x.text[:1].isupper() and x.is_alpha for x in doc[e + 1:j]) and _NAME_WORD.match(last.text) \
                    and last.pos_ == "PROPN" and last.lower_ not in lexicon().title_words \
                    and last.lower_ not in w_stop():
                return j + 2
            return None
    return None


def w_stop() -> frozenset[str]:
    return words().name_stop


def _describer(t: Token) -> bool:
    """A word that describes a person rather than names them ('Victims', 'Suspect', 'Survivor')."""
    w = words()
    low, lem = t.lower_, t.lemma_.lower()
    return _noun_role(lem, low) is not None or low in w.officers or lem in lexicon().person_group \
        or low in w.describers


def _names_a_place(doc: Doc, e: int) -> bool:
    """Whether the words after a run at [.., e) make it part of a place's or an outlet's
    name: "Arnold Palmer Children's Hospital", 'Misty Hollow Lane'."""
    k = e
    if k < len(doc) and doc[k].lower_ in ("'s", "’s"):
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in words().name_stop \
        and doc[k].lower_ not in words().name_suffixes


#: what follows a dateline's place at the head of a story ('MYRTLE CREEK, Ore. (KOIN 6) —')
def _dateline_next() -> frozenset[str]:
    return wordset("grammar", "dateline_next")


def _dateline(doc: Doc, s: int, e: int) -> bool:
    """A run in capitals that opens a line and is followed by a comma, a bracket or a dash
    is the story's dateline ('KANSAS CITY, Mo. (AP) —'), not a person."""
    return all(t.text.isupper() for t in doc[s:e] if t.is_alpha) and (
        s == 0 or "\n" in doc[s - 1].text_with_ws or doc[s - 1].is_space) and e < len(doc) \
        and doc[e].text in _dateline_next()


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of person names: PERSON entities (titles stripped), and runs of
    two or three capitalised proper nouns the recogniser missed that stand where a
    person stands (coordinated with a name, or followed by an age)."""
    out: list[tuple[int, int]] = []
    covered: set[int] = set()
    for piece in _person_pieces(doc):
        if piece and all(t.i in covered for t in piece):
            continue  # a nickname inside a name read already ('Ray (Big Ray) Soto')
        toks = _entity_name(doc, piece, covered) if piece else None
        if toks is None or _modifies_a_person_noun(doc, toks[-1].i + 1):
            continue
        out.append((toks[0].i, toks[-1].i + 1))
        covered.update(t.i for t in piece)
        covered.update(range(toks[0].i, toks[-1].i + 1))
    person_toks = {i for ent in doc_ents(doc) if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    # the surname before a suffix ('Tom Hartley Sr.': Hartley; careful reading round 42: a boy
    # named with his grandfather's surname, which the recogniser calls a place, left unnamed)
    suffixes = words().name_suffixes
    lasts = (next((t for t in reversed(ent) if t.lower_ not in suffixes), ent[-1]) for ent in doc_ents(doc)
             if ent.label_ == "PERSON")
    person_lasts = {t.text for t in lasts if t.text[:1].isupper()}
    props = numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist()
    for i in sorted(set(props) | set(_after_given_names(doc))):  # _missed_run reads proper nouns only
        run = _missed_run(doc, doc[i], covered, person_toks, person_lasts)
        if run is not None:
            if run[1] - run[0] > 2 and doc[run[0]].lower_ in wordset("persons", "name_openers"):
                run = (run[0] + 1, run[1])  # 'Attendee Ana Ruiz, 19, said'
            out.append(run)
            covered.update(range(*run))
    placed = _placed(doc, out)
    out = [r for r in out if r not in placed]
    _names_again(doc, out, covered)
    out.sort()
    return out


@cache
def _place_reach(entry: str = "place_names") -> int:
    """The most tokens a ``place_names`` (or ``thing_names``) pattern takes."""
    d = load("persons")[entry]
    return max(len(p) for p in d["after"] + d["before"])


def _placed(doc: Doc, runs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The runs the words around make a place ('taken to Helen Dorsey, where he died', 'the 400
    block of Ada Marsh'): ``place_names``; or a thing ('driving a Buick Verano'), unless an age
    follows the name: ``thing_names``; a run followed by 's is a person's ('Ada Marsh's home')."""
    out: set[tuple[int, int]] = set()
    for s, e in runs:
        if e < len(doc) and doc[e].lower_ in ("'s", "’s"):
            continue
        if _sided(doc, s, e, "place_names") or _sided(doc, s, e, "thing_names") and _age_near(doc, s, e) is None:
            out.add((s, e))
    return out


def _sided(doc: Doc, s: int, e: int, entry: str) -> bool:
    """Whether a ``before`` pattern of the ``entry`` ends right before the run [s, e) or an
    ``after`` pattern starts right after it."""
    m, reach = _sides_matcher(doc.vocab, entry), _place_reach(entry)
    return any(doc.vocab.strings[x[0]] == "before" and max(0, s - reach) + x[2] == s
               for x in m(doc[max(0, s - reach):s])) or any(
        doc.vocab.strings[x[0]] == "after" and x[1] == 0 for x in m(doc[e:min(len(doc), e + reach)]))


def _modifies_a_person_noun(doc: Doc, e: int) -> bool:
    """Whether the run ending before token ``e`` modifies the word for a person that follows
    it ('a 9-year-old Maple Grove boy', 'the Elm Park teen'), or an event's word before such a word
    ('the Elm Park shooting suspect'): where they live or it happened, not their name."""
    if e >= len(doc) or e == 0:
        return False
    n, last = doc[e], doc[e - 1]
    if n.lower_ in wordset("persons", "not_name_words", "any") and n.text.islower() and e + 1 < len(doc):
        n = doc[e + 1]  # the event's place before it: 'the Elm Park shooting suspect'
        return n.pos_ == "NOUN" and n.text.islower() and _describer(n)
    return n.pos_ == "NOUN" and n.text.islower() and last.dep_ == "compound" and last.head.i == n.i and _describer(n)


def _person_pieces(doc: Doc) -> list[list[Token]]:
    """The PERSON entities, cut where one holds several names ('Clarence and Shauna
    Washington', 'Ana Ruiz, Lee Park'); a piece may be empty."""
    pieces: list[list[Token]] = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        cur: list[Token] = []
        for t in ent:
            if t.lower_ in words().name_joiners:
                pieces.append(cur)
                cur = []
            else:
                cur.append(t)
        pieces.append(cur)
    return pieces


def _entity_name(doc: Doc, piece: list[Token], covered: set[int]) -> list[Token] | None:
    """The name's tokens in a piece of a PERSON entity: titles and describers stripped, a
    first name or nickname the recogniser left out put back, 'Jr.' left out; None when
    what is left is no name or names a place or a dateline."""
    toks = strip_titles(piece)
    toks = [t for t in toks if not t.is_space]
    # a first name the recogniser left out: 'Marques' in 'Marques [McCassie]', or tagged as a
    # place ('Dallas' in 'Dallas [J. Moore]'), which the place test below then reads past
    tagged = -1
    while toks and len(toks) < 4 and toks[0].i > 0:
        b = doc[toks[0].i - 1]
        if b.pos_ in ("PROPN", "NOUN") and b.dep_ == "compound" and b.head.i in {x.i for x in toks} \
                and (b.ent_type_ == "" or _lone_tagged_first(doc, b)) and _NAME_WORD.match(b.text) and not _describer(b) \
                and b.lower_ not in w_stop() and b.lower_ not in lexicon().title_words:
            toks = [b, *toks]
            tagged = b.i if b.ent_type_ else tagged
        elif _hyphened(doc, b):
            toks = [doc[b.i - 1], b, *toks]  # 'Mary-Kate [Dunn]': the word before the hyphen too
        elif _apostrophed(b) and b.i not in covered and b.ent_type_ in ("", "PERSON"):
            toks = [b, *toks]  # "Ka'nya [Ellery]": a given name the parser cut off
        else:
            break
    if toks and len(toks) < 4:
        k = _nickname_before(doc, toks[0].i)  # 'Jamal "Bo"' left out of 'Hamilton'
        if k is not None and k not in covered:
            toks = [*doc[k:toks[0].i], *toks]
        if toks and (m := _nickname_after(doc, toks[-1].i + 1)) is not None:
            toks = [*toks, *doc[toks[-1].i + 1:m]]  # '[Dale Arthur] "Art" Hobbs'
    while len(toks) > 1 and (_describer(toks[0]) or toks[0].lower_ in wordset("persons", "name_openers")):
        toks = toks[1:]  # 'Attendee', 'Contact' ('Contact Ana Ruiz at ...') are no part of the name
    cut = max((k for k, t in enumerate(toks) if t.lower_ in wordset("persons", "not_name_words", "any")), default=-1)
    if 0 <= cut < len(toks) - 2 and all(t.pos_ == "PROPN" for t in toks[cut + 1:]):
        toks = toks[cut + 1:]  # a headline's words before a name ('Oak Park Shootings Ada Ruiz reports')
    toks = strip_titles(toks) if toks else toks  # 'Junior' put back before 'Dana Ortiz': a class year (cues38)
    # 'Jr.' and 'Sr.' are left out of the name; a numeral is kept ('Milo Varga III'), as the
    # registry writes it, and read past for the surname (_cluster)
    while toks and (toks[-1].lower_ in ("jr", "jr.", "sr", "sr.") or toks[-1].is_punct):
        toks = toks[:-1]
    toks = _cut_short(doc, toks)
    if not _name_ok([t for t in toks if t.i != tagged]) or _names_a_place(doc, toks[-1].i + 1) \
            or _dateline(doc, toks[0].i, toks[-1].i + 1):
        return None
    return toks


def _cut_short(doc: Doc, toks: list[Token]) -> list[Token]:
    """``toks`` and the rest of the name when the recogniser took a hyphenated given name
    alone and ended the name before its head: every word of it hangs (as a compound) on a
    proper noun at most three words after it, the words between being compounds of that
    noun too, none of it tagged other than a person nor a suffix or a title ('[Ana-Lee] Maria
    Ruiz': 'Ana-Lee Maria Ruiz'). (Session 33, people49: a slain man's hyphenated given name
    cut off on one page, his row not joined with the other pages'.)"""
    if len(toks) != 3 or toks[1].text not in words().name_hyphens:
        return toks
    inside = {t.i for t in toks}
    head = toks[-1].head
    stop = words().name_suffixes | lexicon().title_words
    if not (toks[-1].i < head.i <= toks[-1].i + 3 and head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON")) \
            or any(t.lower_ in stop or t.lower_.rstrip(".") in stop for t in head.doc[toks[-1].i + 1:head.i + 1]):
        return toks
    between = doc[toks[-1].i + 1:head.i]
    if not all(t.head.i in inside or t.head.i == head.i for t in toks if not t.is_punct) or not all(
            t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == head.i and t.ent_type_ in ("", "PERSON")
            for t in between):
        return toks
    return [*toks, *between, head]


def _lone_tagged_first(doc: Doc, b: Token) -> bool:
    """Whether ``b`` is an entity of one word the recogniser tags as a place or an
    organisation (``first_name_tags`` in data/persons.json) right before a name it tags as a
    person: 'Undraize' in 'Undraize Ray Dixon', read as the name's first word."""
    nxt = doc[b.i + 1]
    if b.text.endswith(".") or any(c.dep_ == "det" for c in b.head.children):
        return False  # a state's abbreviation ending a place ('Ala.'), a thing ('a Ford Escape')
    return b.ent_iob_ == "B" and nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" \
        and b.ent_type_ in wordset("persons", "first_name_tags", "labels")


def _apostrophed(b: Token) -> bool:
    """Whether ``b`` has a given name's shape with a mark inside (``name_apostrophes``:
    "Ka'nya", 'De’Shon'): capitalised, one to three letters before the mark and two or
    more after it, written before the next word with a space."""
    text = b.text
    k = next((i for i, ch in enumerate(text) if ch in wordset("persons", "name_apostrophes", "marks")), -1)
    return 1 <= k <= 3 and len(text) - k - 1 >= 2 and text[:1].isupper() and bool(b.whitespace_) \
        and text[:k].isalpha() and text[k + 1:].isalpha()


def _surname_after_given(t: Token) -> bool:
    """A capitalised common noun right after a given name of the shape ``name_apostrophes``
    tells ("Ka'nya Hunter"): a surname the tagger read as a noun."""
    return t.pos_ == "NOUN" and t.i > 0 and t.text[:1].isupper() and not t.text.isupper() \
        and _apostrophed(t.doc[t.i - 1])


def _after_given_names(doc: Doc) -> list[int]:
    """Token ids of the surnames :func:`_surname_after_given` finds."""
    marks = wordset("persons", "name_apostrophes", "marks")
    return [t.i + 1 for t in doc[:-1] if any(m in t.text for m in marks) and _surname_after_given(doc[t.i + 1])]


def _hyphened(doc: Doc, b: Token, ent: str = "PERSON") -> bool:
    """Whether ``b`` is a hyphen written without spaces between a name word before it and
    the name after it ('Mary-Kate Dunn', the recogniser's name starting at 'Kate'); the
    word before is outside any entity, or in one of type ``ent`` or a person's (the
    recogniser's name 'Ana-Lee' cut from the run 'Maria Ruiz' it missed after it)."""
    if b.text not in words().name_hyphens or b.i == 0 or b.whitespace_ or doc[b.i - 1].whitespace_:
        return False
    a = doc[b.i - 1]
    return a.pos_ in ("PROPN", "NOUN") and bool(_NAME_WORD.match(a.text)) and a.ent_type_ in ("", ent, "PERSON") \
        and not _describer(a) and a.lower_ not in w_stop() and a.lower_ not in lexicon().title_words


def _chained_name_word(b: Token) -> bool:
    """Whether ``b``, hung as a compound on the word after it rather than on the run's head,
    is a name's word ('Ana' in 'Ana Maria Ruiz-Soto'): it and that word are no title, rank or
    describer ('State Trooper Lee Park', 'LMPD Spokesperson Lee Park') and no word of another
    entity ('Santa Cruz Sentinel')."""
    return all(x.ent_type_ in ("", "PERSON") and not x.text.isupper() and not _describer(x)
               and x.lower_.rstrip(".") not in lexicon().title_words for x in (b, b.head))


def _missed_run(doc: Doc, t: Token, covered: set[int], person_toks: set[int],
                person_lasts: set[str]) -> tuple[int, int] | None:
    """The run of proper nouns headed by ``t`` when it is a name the recogniser missed or
    calls an organisation and something says it is a person: an age before or after it, a
    verb that names a person, a person's slot, a death it is 'of'."""
    if t.i in covered or t.pos_ != "PROPN" and not _surname_after_given(t) or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY"):
        return None
    # a name the recogniser calls an organisation, when an age follows it or a name is
    # coordinated with it ('Ana Ruiz, 19, and Lee Park, 22, ...')
    if t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i == t.i + 1:
        return None  # start from the head of the run
    s = t.i
    hyphens = 0
    while s - 1 >= 0 and t.i - s - hyphens < 3:
        if doc[s - 1].pos_ == "PROPN" and doc[s - 1].dep_ == "compound" and s <= doc[s - 1].head.i <= t.i \
                and doc[s - 1].i not in covered and doc[s - 1].text not in words().name_hyphens \
                and (doc[s - 1].head.i == t.i or _chained_name_word(doc[s - 1])):
            # (a hyphen the tagger calls a proper noun is no name word: 'Rio-Dante', below); a
            # word hung on the next one of the run, not its head ('Ana [Maria Ruiz-Soto]')
            s -= 1
        elif s - 2 >= 0 and _hyphened(doc, doc[s - 1], t.ent_type_) and s <= doc[s - 2].head.i <= t.i \
                and doc[s - 2].i not in covered:
            s -= 2  # 'Ana-Maria Ruiz', 'Ana Ruiz-Soto': a hyphen inside the run
            hyphens += 1
        elif s == t.i and _apostrophed(doc[s - 1]) and doc[s - 1].i not in covered and doc[s - 1].dep_ != "pobj":
            s -= 1  # "Ka'nya Ellery": the given name the parser cut off (not 'near O'Hara Park', a place's object)
        else:
            break
    while s < t.i and _describer(doc[s]):
        s += 1
    if s == t.i and (k := _nickname_before(doc, s)) is not None and doc[k].head.i == t.i \
            and not covered.intersection(range(k, s)):
        s = k  # 'Ray "Slim" Dunn, 54,' which the recogniser calls an organisation: the first name and nickname too
    # an age before the run says it is a person ('24-year-old Dana Reyes')
    aged = s > 0 and _age_compound(doc, s - 1) is not None
    # ... or an age after it between commas ('the life of Nadia Orlov, 26, of Dover')
    aged_after = _aged_after_run(doc, t.i + 1)
    # ... or a verb that names a person ('police identified the victim as Mariah Okoro')
    named_as = t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lemma_.lower() in words().identify
    person_cue = aged or aged_after or named_as or _person_slot(t, person_toks, person_lasts)
    # ... or a given name's shape opening a run of two the recogniser calls a place ("of De'Shon Ruddock")
    person_cue = person_cue or t.i - s == 1 and _apostrophed(doc[s]) and t.ent_type_ in ("GPE", "ORG")
    # ... or a death it is 'of' ('the death of Dario Quell', 'took the life of ...'), for a run
    # the recogniser calls an organisation (not a place)
    died_of = t.dep_ == "pobj" and t.head.lower_ == "of" and (
        t.head.head.lemma_.lower() in words().death_nouns or t.head.head.lemma_.lower() == "life")
    org_ok = t.ent_type_ != "ORG" or person_cue or died_of
    if t.ent_type_ not in ("", "PERSON", "ORG") and not person_cue:
        return None  # a place or a group unless an age says it is a person ('23 year old Priya Okafor')
    toks = list(doc[s:t.i + 1])
    # a line that is a name and an age ('Ana Ruiz, 24, of Dover'): one of a list of the people
    aged_line = t.dep_ == "ROOT" and aged_after and sent_of(t).start == s
    if not org_ok or len(toks) < 2 or not _name_ok(toks, org_ok=True, place_ok=person_cue) or (
            _heading_line(t) and not aged_line):
        return None
    e = t.i + 1
    if _names_a_place(doc, e) or _dateline(doc, s, e):
        return None
    if aged_line:
        return s, e
    if t.dep_ in wordset("grammar", "name_deps", "labels") and \
            not (t.dep_ == "pobj" and t.head.lower_ in words().place_prepositions
                 and not aged and not (aged_after and t.head.lower_ == "of") and not died_of):
        return s, e
    return None


def _aged_after_run(doc: Doc, e: int) -> bool:
    """Whether an age stands right after the run of proper nouns that ends at token ``e``,
    between commas or in brackets ('the life of Nadia Orlov, 26, of Dover'), past a nickname
    ('Lena Dutt, aka Tiny, 22;': :func:`_after_name`), or ending its line ('Lena Dutt, 61'
    alone on a line of a list of the dead). Session 40, recall58, from the even half of
    gva-dev (the nickname and the line's end: members of lists of the charged and the dead)."""
    k = e
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_.replace(".", "") in words().nickname_words:
        k = _after_name(doc, e)
    if not (k + 1 < len(doc) and doc[k].text in (",", "(") and doc[k + 1].text.isdigit()
            and _age_value(doc[k + 1]) is not None):
        return False
    return k + 2 == len(doc) or doc[k + 2].text in (",", ")", ";", ".") or (doc[k + 2].is_space and "\n" in doc[k + 2].text)


def _heading_line(t: Token) -> bool:
    """Whether the sentence of ``t`` is a headline or a sub-heading (:func:`is_heading`) and
    not one item of a list of people written line by line, which ends with a mark that goes
    on to the next item ('Lee Park, 26, of Dover, faces a count of robbery;': ``list_items``
    in data/persons.json). Session 40, recall58, from the even half of gva-dev."""
    sent = sent_of(t)
    if not is_heading(sent):
        return False
    last = next((x for x in reversed(sent) if not x.is_space), None)
    return last is None or last.text not in wordset("persons", "list_items", "enders")


def _names_again(doc: Doc, out: list[tuple[int, int]], covered: set[int]) -> None:
    """Adds to ``out`` a full name met again where the recogniser missed it ('Ana Ruiz, 15,
    who ...') and a surname on its own after the full name ('Reyes said')."""
    fulls = {tuple(x.text for x in doc[s:e]) for s, e in out if e - s > 1}
    by_first: dict[str, list[tuple[str, ...]]] = {}  # the names by their first word, in the order of ``fulls``
    for f in fulls:
        by_first.setdefault(f[0], []).append(f)
    orths = doc.to_array(ORTH)
    for t in _with_text(doc, orths, by_first):
        for f in by_first.get(t.text, ()):
            n = len(f)
            if t.i + n <= len(doc) and not covered.intersection(range(t.i, t.i + n)) and \
                    tuple(x.text for x in doc[t.i:t.i + n]) == f and not (
                    t.i + n < len(doc) and doc[t.i + n].pos_ == "PROPN" and doc[t.i + n].text[:1].isupper()):
                out.append((t.i, t.i + n))
                covered.update(range(t.i, t.i + n))
                break
    lasts = {doc[e - 1].text for s, e in out if e - s > 1}
    for t in _with_text(doc, orths, lasts):
        if t.i not in covered and t.text in lasts and t.text[:1].isupper() and not (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper()) and not (
                t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()):
            out.append((t.i, t.i + 1))
            covered.add(t.i)
    _first_names_again(doc, out, covered, lasts)
    _single_names_again(doc, out, covered)


def _single_names_again(doc: Doc, out: list[tuple[int, int]], covered: set[int]) -> None:
    """Adds to ``out`` a one-word name met before as a person's, met again where the recogniser
    calls it a place or nothing, listed after a person ('the bodies of Ana Ruiz, Sam, 3, and
    Leo, 5': careful reading round 42, the second boy's age lost with his name)."""
    singles = {doc[s].text for s, e in out if e - s == 1 and doc[s].ent_type_ == "PERSON"}
    for t in _with_text(doc, doc.to_array(ORTH), singles):
        if t.i not in covered and t.dep_ in ("conj", "appos") and t.pos_ == "PROPN" and t.ent_type_ in ("", "GPE", "ORG") \
                and _climb(t).i in covered and _NAME_WORD.match(t.text) and not t.text.isupper() and not (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper()):
            out.append((t.i, t.i + 1))
            covered.add(t.i)


def _first_names_again(doc: Doc, out: list[tuple[int, int]], covered: set[int], lasts: set[str]) -> None:
    """Adds to ``out`` a first name written alone after the full name it begins ('her son,
    Milo Brandt, ... Milo was shot'), when only one full name begins with it and no full name
    ends with it."""
    starts: dict[str, list[int]] = {}
    for s, e in out:
        if e - s > 1:
            starts.setdefault(doc[s].text, []).append(s)
    fulls = {tuple(x.text for x in doc[s:e]) for s, e in out if e - s > 1}
    once = {f: min(starts[f]) for f in starts if sum(1 for x in fulls if x[0] == f) == 1 and f not in lasts}
    for t in _with_text(doc, doc.to_array(ORTH), once):
        # the tagger takes a rare first name opening a sentence for a noun ('Milo was shot')
        alone = _first_name_alone(t, covered) or t.pos_ == "NOUN" and t.is_sent_start and t.dep_ in (
            "nsubj", "nsubjpass")
        if t.i > once[t.text] and t.i not in covered and alone and not (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper()) and not (
                t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()):
            out.append((t.i, t.i + 1))
            covered.add(t.i)



def _with_text(doc: Doc, orths: Any, texts: Iterable[str]) -> Iterator[Token]:
    """The tokens of ``doc`` whose text is one of ``texts``, in order, found from the
    doc's ORTH column ``orths`` (a text's hash is its ORTH)."""
    wanted = numpy.array([get_string_id(x) for x in texts], dtype="uint64")
    for i in numpy.flatnonzero(numpy.isin(orths, wanted)).tolist():
        yield doc[i]


def _with_lower(doc: Doc, lowers: Iterable[str]) -> Iterator[Token]:
    """The tokens of ``doc`` whose lower case is one of ``lowers``, in order, found from
    the doc's LOWER column: a whole-doc loop that reads only these makes no Token of the
    others."""
    wanted = {get_string_id(x) for x in lowers}
    for i, h in enumerate(doc.to_array(LOWER).tolist()):
        if h in wanted:
            yield doc[i]


def _proper_nouns(doc: Doc) -> Iterator[Token]:
    """The tokens of ``doc`` tagged PROPN, in order, found from the doc's POS column (the
    only tokens :func:`_first_name_alone` takes)."""
    for i in numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist():
        yield doc[i]


def _first_name_alone(t: Token, taken: set[int], kin: bool = False) -> bool:
    """Whether ``t`` can be a first name written without its surname ('Ana' in 'Ana and
    Lee Park', 'Sam' in 'her son, Sam'). ``kin``: ``t`` stands by a word for a relative
    ('their daughters, Olivia and Ana'), which says it is a person whatever entity the
    recogniser takes a rare first name for (a place, a product)."""
    return t.i not in taken and t.pos_ == "PROPN" and bool(_NAME_WORD.match(t.text)) and not t.text.isupper() \
        and (t.ent_type_ in wordset("persons", "lending_kin", "labels") if kin else t.ent_type_ in ("", "PERSON", "ORG")) \
        and not _describer(t) and t.lower_ not in w_stop() and t.lower_ not in lexicon().title_words and len(t.text) > 1


def _surname(doc: Doc, s: int, e: int) -> str:
    """The surname of the name at tokens [s, e): its last word but a suffix ('Varga III')."""
    if e - s > 2 and doc[e - 1].lower_ in words().name_suffixes:
        e -= 1
    return doc[e - 1].text


def _lent_surnames(doc: Doc, runs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """First names that share a surname written once: 'Ana, Lee and Sam Park' (listed
    before the full name), 'Dana Reyes and her son, Sam' / 'Dana Reyes's son Sam' (a
    relative's first name after the named parent). The runs with those first names added,
    and the surname each borrows, by the run's first token."""
    fulls = [(s, e) for s, e in runs if e - s > 1]
    lasts = {doc[e - 1].text for s, e in fulls} | {doc[s].text for s, e in fulls}
    taken = {i for s, e in fulls for i in range(s, e)}
    singles = {s for s, e in runs if e - s == 1}
    lent: dict[int, str] = {}
    for s, e in fulls:
        surname = _surname(doc, s, e)
        if s < 2 or doc[s - 1].lower_ not in ("and", "&"):
            continue
        k = s - 1
        while k >= 1 and doc[k].lower_ in ("and", "&", ","):
            t = doc[k - 1]
            if not _first_name_alone(t, taken) or t.text in lasts or t.i in lent or t.i > 0 and \
                    doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper():
                break
            lent[t.i] = surname
            k -= 2
    # the words for relatives first, so a first name keeps the surname they lend it where a
    # wider word lends another ('his son Sam' with the father's; 'her baby, Sam' with the mother's)
    relative = words().others["relative"]
    _lend_to_kin(doc, fulls, taken, lasts, lent, relative)
    _lend_to_kin(doc, fulls, taken, lasts, lent, relative | wordset("persons", "lending_kin", "lemmas"))
    out = sorted({*runs, *((i, i + 1) for i in lent if i not in singles)})
    return out, lent


def _lend_to_kin(doc: Doc, fulls: list[tuple[int, int]], taken: set[int], lasts: set[str], lent: dict[int, str],
                 kin_words: frozenset[str]) -> None:
    """Adds to ``lent`` the first names written by a word for a relative (``kin_words``) with a
    possessor, each with the surname of the named person it refers to: 'Dana Reyes and her son,
    Sam', 'Dana Reyes's son Sam', 'their daughters, Ana, 14, and Lee, 11'."""
    for t in _proper_nouns(doc):
        if not _first_name_alone(t, taken, kin=True) or t.i in lent or any(
                x.pos_ == "PROPN" and x.text[:1].isupper() for x in doc[max(t.i - 1, 0):t.i + 2] if x.i != t.i):
            continue  # ('his aunt Ana Lee': 'Lee' the end of a name the recogniser missed)
        kin = t.head if t.dep_ == "appos" else next((c for c in t.children if c.dep_ in ("compound", "nmod")
                                                      and c.i < t.i), None)
        if kin is None or kin.pos_ != "NOUN" or kin.lemma_.lower() not in kin_words:
            continue
        if any(c.dep_ == "appos" and c.i != t.i and c.i in taken for c in kin.children):
            continue  # 'his sister, Ana Lee, 5-year-old Sam,': the kin noun is the one named in full
        poss = next((c for c in kin.children if c.dep_ == "poss"), None)
        owner = None
        if poss is not None and poss.pos_ == "PROPN":
            owner = next(((s, e) for s, e in fulls if s <= poss.i < e), None)
        elif poss is not None and poss.lower_ in ("his", "her", "their"):
            # the parent named last before, in this sentence or the one before
            sent = sent_of(t)
            lo = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
            owner = next(((s, e) for s, e in reversed(fulls) if lo <= s and e <= kin.i), None)
        if owner is None:
            continue
        # 'their daughters, Ana, 14, Lee, 11, and Sam, 7': every first name of the list (the
        # first one a full name's first word too: 'their children Lee, 9; Ana, 7', the father Lee Park)
        for x in (t, *(c for c in t.subtree if c.i > t.i and c.dep_ in ("conj", "appos") and _climb(c).i == t.i
                       and _first_name_alone(c, taken, kin=True) and c.text not in lasts and c.i + 1 < len(doc)
                       and not doc[c.i + 1].text[:1].isupper())):
            if x.text not in lasts:
                # a first name lent a surname before keeps it ('their son, Sam Park ... her baby,
                # Sam': the mother's own surname would make a second Sam)
                lent[x.i] = next((v for i, v in lent.items() if doc[i].text == x.text), _surname(doc, *owner))


def _person_slot(t: Token, person_toks: set[int], person_lasts: set[str]) -> bool:
    """Whether the head ``t`` of a run the recogniser calls an organisation or a place
    stands where a person stands: listed with a person ('Lee Park and Ana Ruiz were
    arrested'), in apposition with a word for people ('the injured victims, Ana Ruiz,
    ...'), the one arrested or shot ('police arrested Ana Ruiz', 'Ana Ruiz was shot'), or
    its surname is a person's elsewhere in the text ('Ana Ruiz had been shot ... Ruiz
    died')."""
    w = words()
    listed = t.dep_ in ("conj", "appos") and t.head.i in person_toks or any(
        c.dep_ == "conj" and c.i in person_toks for c in t.children)
    if t.tag_ == "NNPS" and not (listed and _first_named(t)) or t.text.isupper() or any(
            c.dep_ in ("det", "nummod") for c in t.children):
        # 'four U.S. Marines', 'a Boulder Creek teen', 'NEW ORLEANS': not a name; a surname
        # the tagger takes for a plural is one when a first name comes before it and it is
        # listed with a person ('arrested Ana Ruiz and Lee Banks')
        return False
    if listed:
        return True
    if t.dep_ == "appos" and t.head.pos_ == "NOUN" and (
            t.head.lemma_.lower() in lexicon().person_group or _noun_role(t.head.lemma_.lower(), t.head.lower_)
            in ("victim", "suspect")):
        return True
    lem = t.head.lemma_.lower()
    if t.dep_ in ("dobj", "nsubjpass") and (lem in w.arrest_verbs or lem in w.agent_harm) and t.head.pos_ == "VERB" \
            and lem != "hold":
        return True
    return t.text in person_lasts and t.i not in person_toks and t.ent_type_ in ("ORG", "GPE", "WORK_OF_ART")


def _first_named(t: Token) -> bool:
    """Whether a word written as a first name (a capital, then small letters) stands right
    before the proper noun ``t`` as its compound ('Lee' in 'Lee Banks'; not 'U.S.')."""
    b = t.doc[t.i - 1] if t.i > 0 else None
    return b is not None and b.dep_ == "compound" and b.head.i == t.i and b.pos_ == "PROPN" and \
        len(b.text) > 1 and b.text[0].isupper() and b.text[1:].isalpha() and b.text[1:].islower()


def _head_of(doc: Doc, s: int, e: int) -> Token:
    heads = [t for t in doc[s:e] if not (s <= t.head.i < e) or t.head.i == t.i]
    if len(heads) > 1 and heads[0].i == s and _apostrophed(heads[0]):
        return heads[1]  # "Ka'nya Ellery was shot": the surname, not the given name the parser cut off
    return heads[0] if heads else doc[e - 1]


def _rank_before(doc: Doc, s: int) -> Token | None:
    """A rank written short right before the name at token ``s`` ('Sgt. Dale Brin', 'Lt.
    Ana Cole'; ``others.official`` in data/persons.json) where the parser broke the
    sentence at the rank's full stop: the rank token, else None."""
    official = words().others["official"]
    if s >= 2 and doc[s - 1].text == "." and doc[s - 2].text[:1].isupper() and \
            doc[s - 2].lower_ + "." in official:
        rank = doc[s - 2]
    elif s >= 1 and doc[s - 1].text.endswith(".") and doc[s - 1].text[:1].isupper() and doc[s - 1].lower_ in official:
        rank = doc[s - 1]
    else:
        return None
    return rank if sent_of(doc[s]).start >= rank.i + 1 else None


def _rank_opens(doc: Doc, rank: Token) -> bool:
    """Whether the rank (:func:`_rank_before`) opens the words the parser ended at its full
    stop, only title words or 'it was' before it ('Staff Sgt.', 'It was Senior Cpl.'): the
    clause read after it is then the officer's own ('... Lee Moss, one of the officers to
    die'), as it is not after 'according to Sgt.' or 'said Lt.'. (Session 33, people49:
    officers killed in an ambush, named after a rank, given no role but official.)"""
    return all(t.is_punct or t.lemma_ == "be" or t.pos_ == "PRON"
               or (t.text[:1].isupper() and t.pos_ not in ("VERB", "AUX", "ADP"))
               for t in doc[sent_of(rank).start:rank.i])


def _office_before(doc: Doc, s: int) -> tuple[str, Token] | None:
    """('official' | 'press', the title) when a title of an office (``office_titles`` in
    data/persons.json) stands right before the name at token ``s``, or before one rank
    that does ('County Coroner Ada Vance', 'spokesman Sgt. Lee Moss', 'reporter Jo Kent')."""
    d = load("persons")["office_titles"]
    ranks = words().others["official"]
    k = s - 1
    if k >= 1 and doc[k].lower_ in ranks and doc[k].text[:1].isupper():
        k -= 1  # 'spokesman Sgt. Lee Moss'
    if k < 0 or k < sent_of(doc[s]).start:
        return None
    low = doc[k].lower_
    if low in d["words"]:
        return "official", doc[k]
    if low in d["press"]:
        return "press", doc[k]
    return None


def _age_value(tok: Token) -> int | None:
    """``tok`` as an age: digits or a number word ('19', 'Seventeen') in [min, max]."""
    w = words()
    if tok.text.isdigit():
        n: float | None = int(tok.text)
    elif tok.is_alpha and tok.like_num:
        n = numbers.words_value([tok.lower_])
    else:
        return None
    return int(n) if n is not None and n == int(n) and w.age_min <= n <= w.age_max else None


def _age_compound(doc: Doc, i: int) -> tuple[int, int, int] | None:
    """An age written as a compound that ends at token ``i``: '19-year-old' (one token
    or split), '19 year old', '19-year old', 'Seventeen-year-old', '18-year olds'."""
    t = doc[i]
    if AGE.match(t.text) and "year" in t.lower_:
        head = t.text.split("-")[0]
        n = int(head) if head.isdigit() else None
        if n is not None and words().age_min <= n <= words().age_max:
            return n, t.idx, t.idx + len(t)
        return None
    if t.lower_ not in ("old", "olds"):
        return _age_abbreviated(doc, i)
    j = i - 1
    if j >= 0 and doc[j].text in ("-", "‐", "–"):
        j -= 1
    if j < 0 or doc[j].lower_ not in ("year", "years", "yr", "yrs"):
        return None
    j -= 1
    if j >= 0 and doc[j].text in ("-", "‐", "–"):
        j -= 1
    if j < 0:
        return None
    n = _age_value(doc[j])
    if n is None:
        return None
    start = doc[j].idx
    # 'Thirty-one-year-old': the tens word before the hyphen
    if n < 10 and doc[j].is_alpha and j >= 2 and doc[j - 1].text in ("-", "‐", "–") and \
            doc[j - 2].lower_ in words().age_tens:
        n += words().age_tens[doc[j - 2].lower_]
        start = doc[j - 2].idx
    return n, start, t.idx + len(t)


def _age_abbreviated(doc: Doc, i: int) -> tuple[int, int, int] | None:
    """An age written with a short form of 'years old' that ends at token ``i``: '21 y/o'
    (``age_abbreviations`` in data/persons.json; the tokenizer splits it 21 / y / / / o)."""
    if not any(c in doc[i].lower_ for c in ("o", ".")):
        return None  # (every short form ends so: most tokens are passed over here)
    forms = wordset("persons", "age_abbreviations")
    for j in range(i - 1, max(i - 5, -1), -1):
        if doc[j].text.isdigit():
            n = _age_value(doc[j])
            text = "".join(doc[k].text for k in range(j + 1, i + 1)).lower()
            if n is None or text not in forms or any(doc[k].whitespace_ for k in range(j + 1, i)):
                return None
            return n, doc[j].idx, doc[i].idx + len(doc[i])
    return None


def _after_name(doc: Doc, e: int) -> int:
    """The token after the name at [.., e) and what may stand between a name and its
    age: a suffix ('Jr.', 'II') and a nickname (', aka Juan', ', aka “Deago,”')."""
    w = words()
    k = e
    for _ in range(2):
        if k < len(doc) and doc[k].lower_ in w.name_suffixes:
            k += 1
        elif k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in w.name_suffixes:
            k += 2
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_.replace(".", "") in w.nickname_words:
        j = k + 2
        while j < len(doc) and j - k < 9 and not doc[j].like_num and (
                doc[j].pos_ == "PROPN" or doc[j].is_quote or doc[j].is_title or doc[j].text == ","):
            j += 1
        if j < len(doc) and doc[j].like_num and doc[j - 1].text in wordset("grammar", "name_enders"):
            return j - 1
    return _of_place(doc, k)


def _of_place(doc: Doc, k: int) -> int:
    """Past where the name's person lives, when an age follows it: 'Sam Ortiz of Mesa, 19,' /
    'Sam Ortiz of Mesa, Ariz., 19,' / 'Sam Ortiz of Mesa, also 19' (the place:
    capitalised proper nouns, at most three, and a state after a comma; the recogniser tags
    them anyhow, a person, an organisation); else ``k``. Session 35, age52, from the even
    half of gva-more."""
    if not (k < len(doc) and doc[k].lower_ == "of"):
        return k
    j = k + 1
    for _ in range(2):
        m = j
        while j < len(doc) and j - m < 3 and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
        if j == m or j + 1 >= len(doc) or doc[j].text != ",":
            return k
        if doc[j + 1].like_num or doc[j + 1].lower_ in words().age_before:
            return j
        j += 1
    return k


def _next_kin(h: Token, c: Token) -> bool:
    """Whether the noun ``c`` the parser sets in apposition after the name ``h`` is the next of
    a list of kin, not the name's description: 'shot his wife Ana, his 9-year-old son and
    himself' (the name already is 'his wife'; 'his son' is another person)."""
    def kin(x: Token) -> bool:
        return x.pos_ == "NOUN" and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in x.children)
    return kin(c) and h.dep_ == "appos" and kin(h.head) and h.head.i < h.i


def _ranged(num: Token) -> bool:
    """Whether the number ``num`` is one end of a range of ages ('who was 14 or 15 years
    old', 'Tia Marsh, 14 or 15,'; ``age_ranges`` in data/persons.json): the age is somewhere
    in it, so neither number is read as the age."""
    doc, joiners = num.doc, wordset("persons", "age_ranges")
    i = num.i
    return (i + 2 < len(doc) and doc[i + 1].lower_ in joiners and doc[i + 2].like_num) or \
        (i >= 2 and doc[i - 1].lower_ in joiners and doc[i - 2].like_num)


def _age_after(doc: Doc, e: int) -> tuple[int, int, int] | None:
    """(age, start char, end char) written right after the name that ends at token ``e``:
    'Sam Ortiz, 19,' / 'Sam Ortiz (19)' / 'Sam Ortiz, aged 19' / 'Sam Ortiz Jr., 19' /
    'Sam Ortiz, aka Juan, 19,'."""
    w = words()
    k = _after_name(doc, e)
    if k < len(doc) and doc[k].text in wordset("grammar", "age_openers"):
        k += 1
        if k < len(doc) and doc[k].lower_ in w.age_before:
            k += 1
        if k < len(doc) and doc[k].text.isdigit():
            n = _age_value(doc[k]) if not _ranged(doc[k]) else None  # 'Ana Ruiz, 14 or 15,': no one age
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.text in ("-", "‐", "–") and k + 2 < len(doc) and \
                    doc[k + 2].lower_ in ("year", "years", "month", "months"):
                n = None  # 'Ana Ruiz, 27-year-old Lee Park': the next person's age
            elif nxt is not None and nxt.lower_ == "of" and k + 2 < len(doc) and doc[k + 2].like_num \
                    and not _house_number(doc, k + 2):
                n = None  # 'Ray Dunn, 1 of 4 sailors killed': one of a count, no age
            elif nxt is not None and nxt.lower_ in ("year", "years") and k + 3 < len(doc) and \
                    doc[k + 2].lower_ == "old" and doc[k + 3].pos_ == "PROPN":
                n = None  # 'Ana Ruiz, 27 year old Lee Park': the next person's too
            if n is not None and (nxt is None or nxt.lower_ in w.age_after or nxt.is_space
                                  or nxt.lower_ in w.age_months or nxt.lower_ in w.age_under_a_month
                                  or nxt.text in w.age_after or nxt.is_punct and nxt.text not in ("%", "/", ":")):
                return n, doc[k].idx, doc[k].idx + len(doc[k])
    return None


def _house_number(doc: Doc, i: int) -> bool:
    """Whether the number at ``i`` after 'of' starts an address, not a count: three digits
    or more and a capitalised word after it ('Ada Roe, 17 of 2210 Elm St.': her age and where
    she lived; 'Ray Dunn, 1 of 4 sailors': a count)."""
    return len(doc[i].text) >= 3 and doc[i].text.isdigit() and i + 1 < len(doc) and doc[i + 1].is_title


def _age_near(doc: Doc, s: int, e: int) -> tuple[int, int, int] | None:
    """(age, start char, end char) written next to the name at tokens [s, e)."""
    w = words()
    got = _age_after(doc, e)
    if got is not None:
        return got
    # '19-year-old Sam Ortiz', '19 year old Sam Ortiz', '19-year-old suspect Sam Ortiz'
    i = s - 1
    while i >= 0 and doc[i].dep_ in ("amod", "compound", "nmod") and doc[i].pos_ in ("ADJ", "NOUN") and s - i <= 2 \
            and not AGE.match(doc[i].text) and doc[i].lower_ not in ("old", "olds") and _age_abbreviated(doc, i) is None:
        i -= 1
    if i >= 0:
        got = _age_compound(doc, i)
        if got is not None:
            return got
    h = _head_of(doc, s, e)
    # 'the 17-year-old, Sam Ortiz,': the age hung on the name across a comma
    for c in h.lefts:
        if c.lower_ in ("old", "olds") and c.dep_ == "amod" and c.i < s and s - c.i <= 3:
            got = _age_compound(doc, c.i)
            if got is not None:
                return got
    # 'Sam Ortiz, a 19-year-old from Mesa,' / 'Sam Ortiz, a 29-year-old Mesa resident,'
    for c in h.children:
        if c.dep_ == "appos" and c.i >= e and c.left_edge.i - e < 4 and not (c.pos_ == "PROPN" and c.ent_type_ == "PERSON") \
                and not _next_kin(h, c):
            # (not another name hung on this one: 'Ed Roy and his wife, 43-year-old Ida Roy,': hers)
            for x in c.subtree:
                got = _age_compound(doc, x.i) if x.lower_ == "old" and x.i < c.i else None
                if got is not None:
                    return got
            a = _age(c)
            if a is not None and a.isdigit() and any("year" in x.lower_ for x in c.subtree):
                n = int(a)
                if w.age_min <= n <= w.age_max:
                    return n, c.left_edge.idx, c.idx + len(c)
    # 'a 7-year-old girl, Iris Ruiz,' / 'the 17-year-old, Sam Ortiz,' / 'his 3-year-old son, Sam'
    if h.dep_ == "appos" and h.head.i < s:
        a = _age(h.head)
        if a is not None and a.isdigit() and w.age_min <= int(a) <= w.age_max:
            return int(a), h.head.left_edge.idx, h.head.idx + len(h.head)
        got = _kin_aged_before(h.head)
        if got is not None:
            return got
    return _aged_appositive(doc, e) or _list_noun_age(h)


def _aged_appositive(doc: Doc, e: int) -> tuple[int, int, int] | None:
    """The age of a describing phrase put after the name, read on the words where the parser
    hangs the phrase elsewhere: 'Sam Ortiz, a sadly troubled 17-year-old who lived with an aunt,'
    (``aged_appositive`` in data/persons.json: the articles and the words that may stand
    between the article and the age)."""
    d = wordset("persons", "aged_appositive", "articles")
    k = _after_name(doc, e)
    if not (k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in d):
        return None
    j = k + 2
    while j < len(doc) and j - k < 6 and doc[j].pos_ in ("ADV", "ADJ") and doc[j].lower_ != "old" \
            and not doc[j].like_num:
        j += 1
    if j >= len(doc) or not (doc[j].like_num or AGE.match(doc[j].text)):
        return None
    # the compound's last token ('17-year-old' is 17 / - / year / - / old)
    end = next((x.i for x in doc[j:j + 5] if x.lower_ == "old"), None)
    if end is None:
        return None
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].pos_ == "NOUN")
    if k < len(doc) and doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return None  # 'according to Sgt. Ray Holt, a 6-year-old girl is in surgery': a clause of its own
    return _age_compound(doc, end)


def _kin_aged_before(n: Token) -> tuple[int, int, int] | None:
    """The age an earlier mention of the same kin noun with the same possessor gave: 'shot
    his 9-year-old nephew ... struck his nephew, Ivo Marsh,' (``kin_ages`` in
    data/persons.json). Only one age so given, and the earlier noun named no one else."""
    if n.tag_ != "NN" or n.lemma_.lower() not in wordset("persons", "kin_ages"):
        return None
    own = next((c for c in n.children if c.dep_ == "poss"), None)
    if own is None or any(c.lower_ == "old" or AGE.match(c.text) for c in n.lefts):
        return None
    got: dict[int, tuple[int, int, int]] = {}
    # (or a later mention with its age between commas, 'the deaths of his wife, 34, and ...':
    # session 35, age52, from the even half)
    for x in (*n.doc[:n.left_edge.i], *n.doc[n.right_edge.i + 1:]):
        if x.lower_ != n.lower_ or x.tag_ != "NN" or not any(
                c.dep_ == "poss" and c.lower_ == own.lower_ for c in x.children):
            continue
        if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in x.children) or x.dep_ == "compound":
            return None  # 'his 9-year-old nephew, Ed Marsh,': that name's, not this one's
        a = _age(x)
        if a is not None and a.isdigit() and words().age_min <= int(a) <= words().age_max and x.i < n.i:
            got.setdefault(int(a), (int(a), x.left_edge.idx, x.idx + len(x)))
        elif x.i > n.i and _harmed_kin(x) and (after := _age_after(n.doc, x.i + 1)) is not None:
            got.setdefault(after[0], after)
    return next(iter(got.values())) if len(got) == 1 else None


def _harmed_kin(x: Token) -> bool:
    """Whether the kin noun ``x`` is told harmed in its own phrase: the object of a verb of
    harm ('killing his wife, 34,') or of a death or harm noun ('the deaths of his wife, 34,')."""
    w = words()
    h = x.head
    if x.dep_ == "dobj":
        return h.lemma_.lower() in w.harm
    return x.dep_ == "pobj" and h.lower_ == "of" and (h.head.lemma_.lower() in w.death_nouns
                                                      or h.head.lemma_.lower() in w.harm_nouns)


def _list_noun_age(h: Token) -> tuple[int, int, int] | None:
    """The age of a plural noun a list of names stands for, given to each name after the
    first ('his 16-year-old daughters, Nell and Tess Rook', '19-year-old twins A and B')."""
    first = h
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    n = first.head
    if first is h or first.dep_ not in ("appos", "compound") or n.tag_ != "NNS" or n.i > first.i:
        return None
    a = _age(n)
    w = words()
    if a is not None and a.isdigit() and w.age_min <= int(a) <= w.age_max:
        return int(a), n.left_edge.idx, n.idx + len(n)
    return None


_UNIT_AFTER = re.compile(r"^[\s\-‐–]*([A-Za-z]+)")


def in_years(text: str, age: tuple[int, int, int]) -> int:
    """The age at [start, end) of ``text`` in whole years, as the registry gives it: 'a
    17-month-old' is 1, 'age 10 months' is 0, 'a 3-week-old' is 0."""
    w = words()
    n, s, e = age
    units = [x.lower() for x in re.findall(r"[A-Za-z]+", text[s:e])]
    if not units:
        m = _UNIT_AFTER.match(text[e:e + 12])
        units = [m.group(1).lower()] if m else []
    for u in units:
        if u in ("year", "years", "yr", "yrs"):
            return n
        if u in w.age_months:
            return n // 12
        if u in w.age_under_a_month:
            return 0
    return n


def _age_of_noun(n: Token) -> tuple[int, int, int] | None:
    """The age a describing noun carries: 'the 15-year-old', 'the 15-year-old boy', 'the boy, 15,'."""
    doc = n.doc
    if n.lower_ in ("old", "olds"):
        return _age_compound(doc, n.i)
    for c in n.lefts:
        if c.lower_ == "old" and c.dep_ == "amod":
            return _age_compound(doc, c.i)
    if n.pos_ == "NOUN" and any(c.dep_ == "det" for c in n.children):
        return _age_after(doc, n.i + 1)  # 'the girl, 13, was identified as': session 35, age52, even half
    return None


def _named_noun(h: Token) -> tuple[Token, bool] | None:
    """The noun a name is given to where the parser hangs the name away from the verb that
    gives it: 'identified the 15-year-old as Ana Ruiz' ('as' on the noun), 'identified the
    man killed as Ana Ruiz' ('as' on the participle), 'the victim's name is Ana Ruiz', 'one of
    the injured victims is Ana Ruiz', 'the 15-year-old is Ana Ruiz'. With it, whether
    :func:`read_mention` reads that noun already (a noun hung on the verb itself)."""
    w = words()
    if h.dep_ == "pobj" and h.head.lower_ == "as":
        x = h.head.head
        if x.lemma_.lower() in w.identify:
            n = next((c for c in x.children if c.dep_ in ("dobj", "nsubjpass") and c.i < h.i), None)
            if n is None and x.dep_ == "acl" and x.tag_ == "VBN" and x.head.pos_ == "NOUN" and x.head.i < x.i:
                return x.head, False  # 'a 52-year-old man, identified as Ana Ruiz,': the participle's noun
            return (n, n.pos_ in ("NOUN", "PRON")) if n is not None else None
        if x.dep_ == "acl" and x.pos_ == "VERB":
            x = x.head
        if x.dep_ in ("dobj", "nsubjpass") and x.head.lemma_.lower() in w.identify and x.i < h.i:
            return x, False
        return None
    if h.dep_ == "attr" and h.head.lemma_ == "be":
        subj = next((c for c in h.head.children if c.dep_ == "nsubj" and c.i < h.i), None) or next(
            (c for c in h.head.children if c.dep_ == "acomp" and c.lower_ == "old" and c.i < h.head.i), None)
        if subj is None:  # (the parser may take 'The 13-year-old is Ana Ruiz' for an adjective: session 35, age52)
            return None
        if subj.lower_ == "one":  # 'one of the victims is'
            of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            n = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            return (n, False) if n is not None else None
        if subj.lemma_.lower() == "name":  # "the victim's name is"
            n = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            return (n, False) if n is not None else None
        return (subj, subj.pos_ == "NOUN") if subj.pos_ in ("NOUN", "ADJ") else None
    return None


def _noun_facts(d: Token) -> list[Fact]:
    """What a describing noun says of the person it names: its role ('the victim', 'the
    shooter'), a casualty adjective ('the injured victims'), a participle on it ('the man
    killed')."""
    w = words()
    out: list[Fact] = []
    r = _noun_role(d.lemma_.lower(), d.lower_)
    if r is not None and not r.startswith("other:"):
        out.append(_fact(r, None, d))
    for c in d.children:
        if c.dep_ == "amod" and c.lower_ in w.casualty_adjectives:
            out.append(_fact("victim", _adjective_outcome(c, w), c))
        elif c.dep_ == "acl" and c.pos_ == "VERB" and _has_object(c) is None:
            m = _casualty(predicate_measure(c))
            if m:
                out.append(_fact("victim", m, c))
    return out


def _age_said(h: Token) -> tuple[int, int, int] | None:
    """An age a clause gives its subject: 'Ortiz was 19', 'Ortiz, who was 59,',
    'he was 18 years old', 'the victim, Ortiz, was also 15'."""
    w = words()
    s = h.head if h.dep_ == "appos" and h.head.pos_ in ("NOUN", "PROPN") else h
    cands: list[Token] = []
    if s.dep_ == "nsubj" and s.head.lemma_ == "be":
        cands.append(s.head)
    for c in (*h.children, *(s.children if s is not h else ())):
        if c.dep_ == "relcl" and c.lemma_ == "be" and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that")
                                                            for g in c.children):
            cands.append(c)
    for v in cands:
        for c in v.children:
            if c.dep_ in ("attr", "acomp") and c.i > v.i:
                if any(_ranged(x) for x in c.subtree if x.like_num):
                    continue  # 'who was 14 or 15 years old': a range, no one age
                if c.pos_ == "NUM" and c.text.isdigit():
                    n = _age_value(c)
                    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
                    if n is not None and (nxt is None or nxt.is_punct or nxt.lower_ in ("when", "and", "at", "in")):
                        return n, c.idx, c.idx + len(c)
                if c.lower_ == "old":
                    a = _age(c)
                    if a is not None and a.isdigit() and w.age_min <= int(a) <= w.age_max:
                        return int(a), c.left_edge.idx, c.idx + len(c)
    return None


# ---------------------------------------------------------------- people


@dataclass
class _Person:
    name: str | None
    first: str | None
    last: str | None
    mention: tuple[int, int]  # characters of the mention it is read from
    tokens: list[int] = field(default_factory=list)  # head tokens of its mentions
    facts: list[Fact] = field(default_factory=list)
    descs: list[str] = field(default_factory=list)
    age: tuple[int, int, int] | None = None
    gender: tuple[str, int, int] | None = None
    condition: tuple[str, int, int] | None = None
    weak: list[Fact] = field(default_factory=list)  # roles kept for when nothing else gives one
    credit: bool = False  # named in a credit line ('— Mel Dorow (@MelDorow)'): the press
    titled: bool = False  # named once after a title of an office ('Police Supt. Lou Brandt'): an official
    suffix: str | None = None  # the generational suffix a full-name mention gives, as written ('Jr.')
    named_age: int | None = None  # the age written right after its first full-name mention with one


def _gender_cue(doc: Doc, s: int, e: int, h: Token) -> tuple[str, int, int] | None:
    lx = lexicon()
    for t in doc[max(0, s - 3, sent_of(doc[s]).start):s]:  # (not the sentence before's 'mother.')
        low = t.lower_
        if _kin_of_name(t, h):
            continue
        if low in lx.female or low in ("ms", "ms.", "mrs", "mrs."):
            return "f", t.idx, t.idx + len(t)
        if low in lx.male or low in ("mr", "mr."):
            return "m", t.idx, t.idx + len(t)
    for c in h.children:
        if c.dep_ == "appos" and not _kin_named_after(c):
            g = _gender(c)
            if g:
                return g, c.idx, c.idx + len(c)
    if h.dep_ == "appos":
        g = _gender(h.head)
        if g:
            return g, h.head.idx, h.head.idx + len(h.head)
    return None


def _kin_of_name(t: Token, h: Token) -> bool:
    """Whether the word ``t`` before a name headed by ``h`` is a noun the name is the 'of'
    object of ('told the mother of Ivo Brandt', 'the father of Ana Ruiz'): the word is
    another person's, and its gender not the name's. Session 39, death57's first rule (issue 13;
    written from the odd half: a slain young man made female by his mother, and 'his death'
    then given to the man charged), taken alone by the lead."""
    return h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.i == t.i


def _nicknames_of(a: str, b: str) -> bool:
    """Whether the first names ``a`` and ``b`` are one name written two ways ('Randy',
    'Randall'): the nicknames package's table."""
    return bool(a) and bool(b) and a != b and len(a) >= 3 and len(b) >= 3 and nickname_of(a, b)


def _cluster(doc: Doc, runs: list[tuple[int, int]], lent: dict[int, str] | None = None
             ) -> tuple[list[_Person], dict[int, _Person]]:
    """People from name mentions: 'Dana Reyes' and a later 'Reyes' (or an earlier
    headline 'Reyes') are one person; 'Dana Reyes' and 'Lou Reyes' are two."""
    people: list[_Person] = []
    at: dict[int, _Person] = {}
    aside: set[int] = set()  # ids of people a full-name mention introduces as someone else
    kin: set[int] = set()  # ids of people a full-name mention introduces as someone's kin
    hurt: set[int] = set()  # ids of people a full-name mention introduces as the one harmed
    lent = lent or {}
    borrowed: set[int] = set()  # ids of people whose surname only comes from ``lent``
    surnamed: dict[int, int] = {}  # id of each person -> its last mention with the surname (not 'Milo' alone)
    bare: dict[int, int] = {}  # id of each person -> its first mention by the surname alone
    marks = {"aside": aside, "kin": kin, "hurt": hurt, "borrowed": borrowed, "surnamed": surnamed, "bare": bare}
    for s, e in runs:
        name = _name_text(list(doc[s:e]))
        if s in lent:
            name += " " + lent[s]  # 'Ana and Lee Park', 'her son, Sam': a surname written once
        parts = name.split()  # 'Dale-Parker' is one word of a name, however tokenised
        if len(parts) > 2 and parts[-1].lower() in words().name_suffixes:
            parts = parts[:-1]  # 'Milo Varga III': the surname is Varga
        # one name whichever apostrophe it is written with ("Jon'tae", 'Jon’tae')
        last = parts[-1].strip("'’").lower().replace("’", "'")
        first = parts[0].lower().replace("’", "'") if len(parts) > 1 else None
        p = None
        same_last = [q for q in people if q.last == last or (q.last or "").endswith("-" + last)
                     or last.endswith("-" + (q.last or ""))]  # 'Boone-Doty' later 'Doty'
        suffix, age = _suffix_of(doc, s, e), _age_after(doc, e)
        if first is not None:
            same_last = [q for q in same_last if not _another_generation(q, suffix, age)]
            p = next((q for q in reversed(same_last) if q.first == first), None) or next(
                (q for q in reversed(same_last) if q.first is None), None) or next(
                (q for q in reversed(same_last) if _nicknames_of(q.first or "", first)), None)  # 'Randy' 'Randall' 
            if p is None:
                p = next((q for q in reversed(people) if q.first is None and q.last == first), None)
        else:
            p = _of_surname(_head_of(doc, s, e), last, same_last, people, marks)
        if p is None:
            p = _Person(name=name, first=first, last=last, mention=(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])))
            people.append(p)
            if s in lent:
                borrowed.add(id(p))
        elif first is not None and (p.first is None or len(name) > len(p.name or "")):
            if p.first is None or len(name.split()) > len((p.name or "").split()):
                p.name, p.first = name, first
                p.mention = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        if first is not None:
            p.suffix = p.suffix or suffix
            p.named_age = p.named_age if p.named_age is not None or age is None else age[0]
        if s not in lent and e - s > 1:
            borrowed.discard(id(p))  # the full name written too
        h = _head_of(doc, s, e)
        if h.dep_ == "compound" and h.head.i == e and h.head.lower_ in words().name_suffixes:
            h = h.head  # 'Ronald Pikes Jr.': the parser heads the name on the suffix
        p.tokens.append(h.i)
        if p.last == last:
            surnamed[id(p)] = h.i
            if first is None and s not in lent and p.first is not None and not _says(h):
                # (after the full name: 'the Reyes family' first is no one's; nor one who speaks,
                # 'Reyes said', as often a relative quoted between mentions of the one shot)
                bare.setdefault(id(p), h.i)
        if e - s > 1 and _introduced_as_other(doc, s, h):
            aside.add(id(p))
        if e - s > 1 and _introduced_as_kin(doc, s, h):
            kin.add(id(p))
        if e - s > 1 and _introduced_as_harmed(doc, s, h):
            hurt.add(id(p))
        for i in range(s, e):
            at[i] = p
    _name_generations(people)
    return people, at


def _suffix_of(doc: Doc, s: int, e: int) -> str | None:
    """The generational suffix of the name at tokens [s, e), as written: the run's last word
    ('Milo Varga III') or the word after it ('Sam Ortiz Jr.', 'Sam Ortiz, Jr.'), which
    :func:`_entity_name` leaves out of the name; None for a name without one."""
    suffixes = words().name_suffixes
    if e - s > 2 and doc[e - 1].lower_ in suffixes:
        return doc[e - 1].text
    k = e + 1 if e + 1 < len(doc) and doc[e].text == "," else e
    return doc[k].text if k < len(doc) and doc[k].lower_ in suffixes else None


def _another_generation(q: _Person, suffix: str | None, age: tuple[int, int, int] | None) -> bool:
    """Whether a full-name mention with the generational suffix ``suffix`` (or None) and the
    age written right after it (or None) names someone other than ``q`` of the same name: a
    father and son ('Sam Ortiz Jr., 10' and 'Sam Ortiz Sr.', or 'Sam Ortiz, 50' beside
    'Sam Ortiz Jr., 10'). A suffix written once and left out later, with no other age, is
    one person ('Sam Ortiz Jr., 19 ... Sam Ortiz was shot')."""
    mine, theirs = (x.lower().rstrip(".") if x else None for x in (suffix, q.suffix))
    if mine and theirs:
        return mine != theirs
    return (mine is None) != (theirs is None) and age is not None and q.named_age is not None \
        and age[0] != q.named_age


def _name_generations(people: list[_Person]) -> None:
    """The suffix put back on the name of one of two people of one name ('Sam Ortiz Jr.' beside
    'Sam Ortiz'), so that each is told apart in the report and across outlets."""
    for p in people:
        if p.suffix and p.name and not p.name.endswith(p.suffix) and any(
                q is not p and q.first == p.first and q.last == p.last for q in people):
            p.name = f"{p.name} {p.suffix}"


def _of_surname(h: Token, last: str, same_last: list[_Person], people: list[_Person], marks: dict[str, Any]
                ) -> _Person | None:
    """Which of the people named with the surname ``last`` (``same_last``) a mention of it
    alone, headed by ``h``, stands for; ``marks`` holds :func:`_cluster`'s sets of people (by
    id) introduced as someone else ('aside'), as kin ('kin'), as harmed ('hurt'), named with a
    lent surname only ('borrowed'), and their last surname mention ('surnamed') and first bare
    one ('bare')."""
    # a surname alone among relatives is the one not introduced as a relative or
    # an official ('teen Dana Reyes ... son of trooper Lou Reyes ... Reyes was charged')
    # otherwise the one named last before it ('Kay Ruiz was shot ... her father, Jon Ruiz,
    # ran ... Ruiz was arrested'); tried: the one named most often, then first (role even
    # +0.002, odd -0.007 on the articles with relatives) and the one named first in full
    # ... nor one whose surname the article never writes with their first name ('Dana
    # Reyes shot his wife Ana ... Reyes was found dead')
    # ('Harris-Green' is Ana Harris-Green's, not her husband Lou Green's)
    same_last = [q for q in same_last if q.last == last] or same_last
    main = [q for q in same_last if id(q) not in marks["aside"] and id(q) not in marks["borrowed"]] \
        if len(same_last) > 1 else same_last
    if len(main) > 1 and _harmed(h):
        # 'shooting Reyes' beside 'his daughter Ana Reyes' (quoted): the one harmed is
        # not the one named as another's kin, where one is left (fix43, careful reading
        # round 40: a daughter speaking of her father read as the one shot)
        main = [q for q in main if id(q) not in marks["kin"]] or main
    if len(main) > 1 and _doer(h):
        # 'Reyes was charged' after 'Lou Reyes ... the death of his niece, Mia Reyes':
        # the one who did it or is charged is not the one named in full as harmed
        # (careful readings 43 and 44: a slain wife and a slain girl read as suspects)
        main = [q for q in main if id(q) not in marks["hurt"]] or main
    # the one the article already called by the surname alone, where one was: a
    # writer gives the bare surname to one of the namesakes and first names to the
    # others ('Lou Reyes ... Reyes was held ... his wife, Ana Reyes, ... Reyes told')
    # (not where the surname is the one harmed: 'Reyes and two others were killed' after
    # 'his friend Ana Reyes' is the one named last; nor where it is told as the one who
    # lived through it, 'Reyes and a clerk survived the attack', after 'his sister, Reyes,')
    called = [q for q in main or same_last if id(q) in marks["bare"]] \
        if not _harmed(h) and not _lived_through(h) else []
    return min(called, key=lambda q: marks["bare"][id(q)]) if called else max(
        main or same_last, key=lambda q: marks["surnamed"].get(id(q), -1), default=None) or next(
        (q for q in reversed(people) if q.first == last), None)


def _quoted_by(t: Token) -> list[str]:
    """The speakers' names of the direct quotes with a cue of saying ``t`` is the subject in
    (``doc._.quotes``): one quoted speaks of others by a third person's pronoun, of themself as
    'I' ('"He got hit in the feet," Reyes said': he is not Reyes); a quote one 'told' police
    is often the report's wording of them ('told police a car fired at him')."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [q["speaker"] for q in _direct_quotes(t.doc) if q["start"] <= t.idx < q["end"]
            and (q.get("cue") or "").lower() in wordset("persons", "aged_bystander", "saying")]


def _direct_quotes(doc: Doc) -> list[dict]:
    """The document's direct quotes with a speaker (``doc._.quotes``; none where the quote
    reader did not run)."""
    return [q for q in (doc._.quotes if doc.has_extension("quotes") else None) or []
            if q.get("direct") and q.get("speaker")]


def _is_speaker(p: _Person, names: list[str]) -> bool:
    """Whether ``p`` is one of the speakers ``names`` ('Reyes' or 'Ana Reyes' for Ana Reyes)."""
    for n in names:
        parts = n.lower().replace("’", "'").split()
        if parts and parts[-1] == p.last and (len(parts) == 1 or parts[0] == p.first):
            return True
    return False


def _says(h: Token) -> bool:
    """Whether the name headed by ``h`` is the subject of a reporting verb ('Reyes said',
    data/reporting_verbs.json)."""
    return h.dep_ == "nsubj" and h.head.lemma_.lower() in lexicon().reporting


def _introduced_as_kin(doc: Doc, s: int, h: Token) -> bool:
    """Whether the full name at token ``s`` (headed by ``h``) is introduced as someone's
    relative or friend who speaks: 'said his daughter Ana Reyes', 'the boy's father, Sam Reyes,
    told reporters' (the kin noun or the name the subject of a reporting verb,
    data/reporting_verbs.json). Kin who do not speak ('his son Sam Reyes, 13') are as often
    the ones shot."""
    kin, say = words().others["relative"], lexicon().reporting
    k = next((doc[i] for i in range(s - 1, max(s - 4, -1), -1) if doc[i].pos_ == "NOUN"
              and doc[i].lemma_.lower() in kin), None)
    if k is None and h.dep_ == "appos" and h.head.pos_ == "NOUN" and h.head.lemma_.lower() in kin:
        k = h.head
    if k is None or not any(c.dep_ == "poss" for c in k.children):
        return False
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in say for t in (k, h))


def _introduced_as_harmed(doc: Doc, s: int, h: Token) -> bool:
    """Whether the full name at token ``s`` (headed by ``h``) is named as the one harmed,
    itself or through the noun it stands beside: 'shot Ana Reyes', 'stabbed his wife, Ana
    Reyes,', 'the death of their niece, 9-year-old Ana Reyes' (``death_nouns`` and
    ``harm_nouns``; the noun found before the name and its age where the parser does not
    make the name its apposition)."""
    w = words()
    k = s - 1
    while k >= 0 and s - k <= 8 and (doc[k].is_punct or doc[k].like_num or doc[k].lower_ in ("year", "old")):
        k -= 1
    near = doc[k] if k >= 0 and k < s - 1 and doc[k].pos_ == "NOUN" else None
    ts = [x for x in (h, h.head if h.dep_ == "appos" and h.head.pos_ == "NOUN" else None, near) if x is not None]
    return any(_harmed(t) or t.dep_ == "pobj" and t.head.lower_ == "of"
               and t.head.head.lemma_.lower() in (w.death_nouns | w.harm_nouns) for t in ts)


def _doer(h: Token) -> bool:
    """Whether the name headed by ``h`` (or the first of a list it ends) did the harm to
    another or is charged: 'Reyes shot the boy', 'Reyes and Cole were charged'
    (``suspect_acts`` and ``arrest_verbs``); not 'Reyes shot himself'."""
    w = words()
    while h.dep_ == "conj" and h.head.pos_ == "PROPN":
        h = h.head
    v = h.head
    if h.dep_ == "nsubjpass":
        return v.lemma_.lower() in w.arrest_verbs
    if h.dep_ != "nsubj" or v.pos_ != "VERB":
        return False
    if v.lemma_.lower() in w.fire:
        return True
    objs = [c for c in v.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return v.lemma_.lower() in w.harm and any(o.lower_ not in w.selves for o in objs)


def _harmed(h: Token) -> bool:
    """Whether the name headed by ``h`` is the one a harming verb harms ('shooting Reyes',
    'Reyes was shot')."""
    return h.dep_ in ("dobj", "nsubjpass") and h.head.lemma_.lower() in words().harm


def _lived_through(h: Token) -> bool:
    """Whether the name headed by ``h`` (or the first of a list it is in) is the subject of
    'survive' said of the harm ('Reyes survived the shooting', 'Reyes and a clerk survived')."""
    while h.dep_ == "conj" and h.head.pos_ in ("PROPN", "NOUN"):
        h = h.head
    return h.dep_ == "nsubj" and h.head.lemma_.lower() == "survive" and _survived(h.head, words())


def _introduced_as_other(doc: Doc, s: int, h: Token) -> bool:
    """Whether the full name at token ``s`` (headed by ``h``) is introduced as an official
    or the press: 'son of trooper Lou Reyes', 'the sheriff, Lou Reyes,'. (Not a relative:
    'their father, Lou Reyes,' is as often the one who fired.)"""
    w = words()

    def other(t: Token) -> bool:
        return _noun_role(t.lemma_.lower(), t.lower_) in ("other:official", "other:press") or t.lower_ in w.officers

    k = s - 1
    while k >= 0 and s - k <= 3 and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k].ent_type_ != "PERSON":
        if other(doc[k]):
            return True
        k -= 1
    if h.dep_ == "appos" and h.head.pos_ == "NOUN" and other(h.head):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and other(c) for c in h.children)


# the words after a list of names that give its ages: one age for all ('both 23'), one each
# ('ages 19 and 22'); and 'olds' of '18-year-olds' before the list
_ONE_AGE, _EACH_AGE = ("both", "all"), ("ages", "aged")


def _list_ages(doc: Doc, runs: list[tuple[int, int]], at: dict[int, _Person]) -> None:
    """Ages given once for a list of names: 'A and B, both 23', 'A and B, ages 19 and 22',
    '18-year-olds A, B and C'. A person who has an age keeps it."""
    seps = (",", "and", "&", ";")
    ends = {e: (s, e) for s, e in runs}
    starts = {s: (s, e) for s, e in runs}

    def give(run: tuple[int, int], n: int, a: int, b: int) -> None:
        p = at.get(run[0])
        if p is not None and p.age is None:
            p.age = (n, a, b)

    for t in _with_lower(doc, (*_ONE_AGE, *_EACH_AGE, "olds")):
        low = t.lower_
        if low in (*_ONE_AGE, *_EACH_AGE) and t.i > 0 and doc[t.i - 1].text == ",":
            # the names just before, separated by commas and 'and' only
            names: list[tuple[int, int]] = []
            k = t.i - 1
            while k > 0:
                while k > 0 and doc[k].text in seps:
                    k -= 1
                if k + 1 in ends:
                    run = ends[k + 1]
                    names.insert(0, run)
                    k = run[0] - 1
                else:
                    break
            nums: list[Token] = []
            j = t.i + 1
            while j < len(doc) and (doc[j].text.isdigit() or doc[j].text in (",", "and") and nums):
                if doc[j].text.isdigit():
                    nums.append(doc[j])
                j += 1
            if len(names) < 2 or not nums or any(_age_value(x) is None for x in nums):
                continue
            if low in _ONE_AGE and len(nums) == 1:
                for run in names:
                    give(run, _age_value(nums[0]), nums[0].idx, nums[0].idx + len(nums[0]))
            elif low in _EACH_AGE and len(nums) == len(names):
                for run, x in zip(names, nums):
                    give(run, _age_value(x), x.idx, x.idx + len(x))
        elif low == "olds":
            got = _age_compound(doc, t.i)
            if got is None:
                continue
            k = t.i + 1
            while k in starts:
                run = starts[k]
                give(run, *got)
                k = run[1]
                while k < len(doc) and doc[k].text in seps:
                    k += 1


def _respective_ages(doc: Doc, runs: list[tuple[int, int]], at: dict[int, _Person]) -> None:
    """Ages given in order to a list of names by 'respectively' ('A, B and C — 16, 20 and 17,
    respectively'; ``respective_ages`` in data/persons.json): as many ages as names, each to
    its name, over the first number the last name was read with."""
    words_, seps = wordset("persons", "respective_ages"), wordset("persons", "respective_ages", "separators")
    ends = {e: (s, e) for s, e in runs}
    for t in _with_lower(doc, words_):
        nums: list[Token] = []
        k = t.i - 1
        while k >= 0 and (doc[k].like_num or doc[k].text == "," or doc[k].lower_ == "and" and nums):
            if doc[k].like_num:
                nums.insert(0, doc[k])
            k -= 1
        while k >= 0 and doc[k].text in seps:
            k -= 1
        names: list[tuple[int, int]] = []
        while k + 1 in ends:
            names.insert(0, run := ends[k + 1])
            k = run[0] - 1
            while k >= 0 and (doc[k].text == "," or doc[k].lower_ == "and"):
                k -= 1
        if len(names) < 2 or len(names) != len(nums) or any(_age_value(x) is None for x in nums):
            continue
        lo, hi = nums[0].idx, t.idx
        for run, x in zip(names, nums):
            p = at.get(run[0])
            if p is not None and (p.age is None or lo <= p.age[1] < hi):
                p.age = (_age_value(x), x.idx, x.idx + len(x))


def _full_name(doc: Doc, p: _Person, at: dict[int, _Person]) -> None:
    """Give a person known only by a surname ('McCassie') the full name the article writes
    where the recogniser did not take it as one ('Marques McCassie, 24, died')."""
    lx = lexicon()
    for t in doc:
        if t.text.lower().strip("'’") != p.last or t.i == 0:
            continue
        k = t.i
        while k - 1 >= 0 and t.i - k < 2:
            b = doc[k - 1]
            if b.i in at or not _NAME_WORD.match(b.text) or b.pos_ not in ("PROPN", "NOUN") or \
                    b.pos_ == "NOUN" and b.dep_ != "compound" or b.lower_ in lx.title_words or \
                    b.lower_.rstrip(".") + "." in lx.title_words or b.lower_ in words().name_stop or _describer(b) \
                    or b.ent_type_ in wordset("grammar", "not_person_entities", "labels") or b.text.isupper():
                break
            k -= 1
        if k < t.i and not doc[k].text.endswith("."):
            p.name = doc[k:t.i + 1].text
            p.first = doc[k].text.lower()
            p.mention = (doc[k].idx, t.idx + len(t))
            return


def _listed(doc: Doc, runs: list[tuple[int, int]], at: dict[int, _Person]) -> list[tuple[_Person, list[Fact]]]:
    """Names listed after a word that says who they are, which the parser does not hang
    on it: 'identified the dead as A, 6; B, 7; and C', 'the victims were A, B and C'."""
    w = words()
    out = []
    for v in doc:
        lem = v.lemma_.lower()
        anchor = None
        facts: list[Fact] = []
        if lem in w.identify and v.pos_ == "VERB":
            as_ = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            noun = next((c for c in v.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("NOUN", "PRON", "ADJ")
                         and c.ent_type_ != "PERSON"), None)
            if as_ is not None and noun is not None:
                anchor = as_
                facts = _referent_facts(noun, set())
                r = _noun_role(noun.lemma_.lower(), noun.lower_)
                if r:
                    facts.append(_fact(r, None, noun))
                if noun.lower_ in ("dead", "deceased") or noun.lemma_.lower() == "dead":
                    facts.append(_fact("victim", "killed", noun))
        elif lem == "be" and v.dep_ == "ROOT":
            noun = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if noun is not None and _noun_role(noun.lemma_.lower(), noun.lower_) in ("victim", "suspect"):
                anchor = v
                facts, _ = read_mention(noun)
                facts.append(_fact(_noun_role(noun.lemma_.lower(), noun.lower_), None, noun))
        if anchor is None or not facts:
            continue
        end = sent_of(v).end
        for s, e in runs:
            h = _head_of(doc, s, e)
            if anchor.i < s < end and s - anchor.i < 80 and not according_to(h) and not (
                    # '... identified the victims as A and B, spokesman C said': the teller
                    h.dep_ == "nsubj" and h.head.i > h.i and h.head.lemma_.lower() in lexicon().reporting) \
                    and not _told_of_listed(h, anchor):
                p = at.get(s)
                if p is not None:
                    out.append((p, facts))
    return out


def _told_of_listed(h: Token, anchor: Token) -> bool:
    """Whether the name headed by ``h`` only tells of one listed before ``anchor``'s noun: a
    possessor ("Ana Ruiz's sister") or a name in a clause on a listed name ('the suspects are
    Lee Park, who knew Ana Ruiz, and ...'). (Session 33, people49: a slain girl named in a
    suspect's clause read as one of the suspects.)"""
    if h.dep_ == "poss":
        return True
    if h.dep_ in ("conj", "appos"):
        return False  # 'the victims are A, who was treated, and B': the parser hangs B in A's clause
    for a in h.ancestors:
        if a.i == anchor.i:
            return False
        if a.dep_ in ("relcl", "acl"):
            return True
    return False


def _listed_with(h: Token) -> list[Token]:
    """``h`` and the names listed with it, which the parser hangs on it or on each
    other: 'A, 47, B, 18, and C' (appos, conj)."""
    out = [h]
    k = 0
    while k < len(out) and len(out) < 12:
        for c in out[k].children:
            if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c not in out:
                out.append(c)
        k += 1
    last = max(out, key=lambda t: t.right_edge.i)
    verb = h.head.head if h.dep_ == "pobj" else h.head
    after = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > last.i), None)
    if after is not None and h.dep_ == "pobj" and all(
            t.is_punct or t.dep_ == "cc" for t in h.doc[last.right_edge.i + 1:after.left_edge.i]):
        # 'a warrant was issued for Ivo Brandt, 23, and Lee Roe, 25': the parser hangs the second
        # name on the verb, right after the first's list (careful reading round 42: the second
        # man a warrant was sought for read as killed by his age)
        out.append(after)
    return out


def _construction_facts(doc: Doc, people: list[_Person], at: dict[int, _Person]) -> list[tuple[_Person, Fact, bool]]:
    """(person, fact, weak) for each match of the constructions of ``data/persons.json``
    on a named person ('claimed the life of A', 'A and B fired into a van'), or on the
    named person a he / she stands for where the pattern takes a pronoun ('he wounded
    her and later turned the pistol on himself')."""
    cons = constructions()
    out: list[tuple[_Person, Fact, bool]] = []
    given: set[tuple[int, str]] = set()
    ids, where = _possible_where(doc)
    if not ids:
        return out
    m = _matcher(doc.vocab, ids)
    m.within = _by_sentence(doc, where)
    try:
        matches = m(doc)
    finally:
        m.within = None
    for match_id, toks in matches:
        c = cons[doc.vocab.strings[match_id]]
        if any(g.dep_ == "neg" or g.dep_ == "det" and g.lower_ == "no" for i in toks for g in doc[i].children):
            continue  # 'did not fire at', 'was not found with a wound', 'no charges were filed against'
        if any(g.dep_ in c.without for g in doc[toks[0]].children):
            continue  # 'shot himself at home': an object makes it another reading
        h = doc[toks[c.nodes.index("person")]]
        if c.role == "suspect" and _found_in_state(h, doc[toks[0]], words()):
            continue  # 'found Dale Quint shot in the head at the corner': shot, not firing
        anchor = doc[next(i for i, n in zip(toks, c.nodes) if n != "person")]
        for t in _listed_with(h):
            p = _resolve_pronoun(t, people, at) if t.pos_ == "PRON" else at.get(t.i)
            if p is None or (id(p), c.id) in given:
                continue
            given.add((id(p), c.id))
            out.append((p, _fact(c.role, c.outcome, anchor), c.weak))
    return out


def _described_person(doc: Doc, t: Token) -> _Person | None:
    """The person a noun describes without naming them ('a 13-year-old girl was shot', 'the
    gunman', 'a 19-year-old was found unresponsive'), when its facts or its determiner and age make
    it a victim or a suspect; None for a noun that is no person, is counted ('two men'), is
    one more ('another man') or has no role."""
    group = lexicon().person_group
    lem = t.lemma_.lower()
    if t.lower_ == "old" and t.dep_ in _mention_deps():
        pass  # 'a 19-year-old was found unresponsive': the age stands for the person
    elif t.lower_ in words().suspect and lem not in group and t.dep_ in _mention_deps():
        if _age(t) is None:
            return None  # 'the 41-year-old accused appeared before a judge': a suspect word with an age, however tagged
    elif t.pos_ != "NOUN":
        return None
    elif lem not in group or lem in words().not_a_person:
        if lem not in ("person",) or _age(t) is None:
            return None
    dets = [c.lower_ for c in t.children if c.dep_ in ("det", "poss")]
    age = _age(t)
    if t.lower_ == "old" and (age is None or t.i > 0 and _age_compound(doc, t.i) is None):
        return None
    between = _age_after(doc, t.i + 1) if age is None and t.pos_ == "NOUN" and dets[:1] in (["the"], ["a"], ["an"]) \
        else None
    if between is not None:
        # 'the victim, 16, died at the scene', 'a man, 29, is charged': the age between commas
        age = str(between[0])
    noun_role = _noun_role(lem, t.lower_)
    if any(c.dep_ == "nummod" for c in t.children) or any(c.lower_ in ("other", "another", "second", "third")
                                                          for c in t.children):
        return None
    facts, _ = read_mention(t)
    roles = {f.role for f in facts}
    if noun_role == "suspect" and (dets[:1] in (["the"], ["a"], ["an"])):
        role = "suspect"
    elif "suspect" in roles and "victim" not in roles and (age is not None or dets[:1] == ["a"] and any(
            f.role == "suspect" and f.outcome == "killed" for f in facts)):
        role = "suspect"  # 'a 31-year-old woman was arrested', 'a man shot ... then turned the gun on himself'
    elif "victim" in roles and (dets[:1] in (["a"], ["an"]) or age is not None) and "suspect" not in roles:
        role = "victim"
    else:
        return None
    g = _gender(t)
    p = _Person(name=None, first=None, last=None, mention=(t.left_edge.idx, t.idx + len(t)), tokens=[t.i])
    p.facts = [f for f in facts if f.role in (role, None)] + _suspect_harmed(facts, role) + (
        [_fact(role, None, t)] if role == "suspect" else [])
    if between is not None:
        p.age = between
    elif age is not None and age.isdigit():
        a = next((c for c in (t, *t.lefts) if c.lower_ == "old" or AGE.match(c.text)), t)
        got = _age_compound(doc, a.i)
        p.age = got if got is not None else (int(age), a.left_edge.idx, a.idx + len(a))
    if g:
        p.gender = (g, t.idx, t.idx + len(t))
    return p


def _suspect_harmed(facts: list[Fact], role: str) -> list[Fact]:
    """What a described suspect's own clauses say happened to them ('the suspect was found dead',
    'the gunman was wounded by an officer'): the death or the wound, as the suspect's (the
    clauses read it as a victim's). (Session 33, rows49, careful reading round 48: a robber
    who got away and was found dead the next morning, named earlier, shown unharmed.)"""
    if role != "suspect":
        return []
    return [replace(f, role="suspect") for f in facts if f.role == "victim" and f.outcome in ("killed", "injured")]


def _may_describe(doc: Doc) -> list[int]:
    """The tokens :func:`_described_person` may take, in order, read over the doc's arrays
    (most tokens are none): 'old', or a singular noun whose lemma is a person word or
    'person' (what it asks first); :func:`_unnamed` looks up the sentence of these only."""
    arr = doc.to_array([POS, TAG, LOWER, LEMMA])
    group = lexicon().person_group
    lemmas = numpy.unique(arr[:, 3])
    strings = doc.vocab.strings
    people_lemmas = lemmas[[(w := strings[h].lower()) in group or w == "person" for h in lemmas.tolist()]] \
        if len(lemmas) else lemmas
    suspects = [get_string_id(w) for w in words().suspect if w not in group]
    return numpy.nonzero((((arr[:, 0] == NOUN) & numpy.isin(arr[:, 3], people_lemmas))
                          | (arr[:, 2] == get_string_id("old")) | numpy.isin(arr[:, 2], suspects))
                         & (arr[:, 1] != get_string_id("NNS")) & (arr[:, 1] != get_string_id("NNPS")))[0].tolist()


def _dated_incident(t: Token) -> bool:
    """The described person at ``t`` is told in a clause of an incident the article dates to
    a year ('recalled a June 2004 accident in which a teenager shot his 15-year-old cousin'):
    another case's person, who lends no age and is no one unnamed of the event (careful
    reading round 49: a recalled case's victim's age given to the slain boy)."""
    for a in t.ancestors:
        if a.dep_ == "relcl" and a.head.pos_ == "NOUN":
            n = a.head
            if any(x.ent_type_ == "DATE" and YEAR.fullmatch(x.text) for x in n.subtree if x.i < n.i):
                return True
    return _year_dated_of(t)


def _year_dated_of(t: Token) -> bool:
    """Whether the described person at ``t`` is the object of 'of' on a noun the article
    dates to a year ('jailed over the 2009 killing of a 15-year-old'): another case's
    person. Session 37, age55, from the even half (a recalled case's age given to a victim
    wounded in the event)."""
    n = t if t.dep_ == "pobj" else t.head if t.dep_ == "amod" and t.head.dep_ == "pobj" else None
    if n is None or n.head.lower_ != "of" or n.head.head.pos_ != "NOUN":
        return False
    d = n.head.head
    return any(x.ent_type_ == "DATE" and YEAR.fullmatch(x.text) for x in d.lefts)


def _companion(t: Token) -> bool:
    """The described person at ``t`` is someone beside the clause's subject, the object of
    'with' ('was looking at the rifle with a 17-year-old friend'; data/persons.json
    ``companion_preps``): not the one named participant, whose age it is not."""
    preps = wordset("persons", "companion_preps")
    n = t if t.dep_ == "pobj" else next((a for a in t.ancestors if a.dep_ == "pobj"), None)
    if n is not None and n.head.lower_ in preps:
        return True
    # the parser may hang the phrase elsewhere (the companion read as the object of a later
    # verb of the sentence): the word before the noun phrase says it
    i = min(t.left_edge.i, next((c.i for c in t.lefts), t.i))
    return i > 0 and t.doc[i - 1].lower_ in preps


#: a described shooter younger than this is a child, whom news does not name: not the age of
#: the one named suspect ('a 7-year-old boy shot his cousin ... Ray Holt was charged with
#: leaving the gun unlocked'; careful reading round 41, the man charged given the boy's age)
CHILD_SHOOTER = 13


def _unnamed(doc: Doc, people: list[_Person], at: dict[int, _Person]) -> list[_Person]:
    """People the article describes without naming them ('a 13-year-old girl was shot',
    'the gunman', 'a 19-year-old was found unresponsive'), kept only when no named person can be
    the one meant: an age that fits one named person of the same role (victim or
    suspect) gives that person the age instead ('a 31-year-old woman was arrested ...
    Nora Tull fired', 'a 12-year-old boy was wounded ... Leo Ruiz')."""
    found = [p for i in _may_describe(doc) if i not in at
             and not is_heading(sent_of(t := doc[i])) and not _dated_incident(t) and (p := _described_person(doc, t)) is not None]
    named = [(q, _role(q)) for q in people if q.first is not None]
    out: list[_Person] = []
    first_reports = _superseded_ages(doc)
    # several described in one phrase ('a 14-year-old and a 40-year-old nurse'): which of them a named person is,
    # nothing says, so no age goes to a named one of that role by elimination (nor a suspect's past several victims)
    several = {_described_role(u) for u in found if _one_of_several(doc[u.tokens[0]])}
    grouped = _group_ages(doc)
    for u in found:
        if u.age is not None and u.age[0] in first_reports:
            continue  # 'initially reported as a 5-year-old': the corrected first report's age
        if (of := _said_of_names(doc[u.tokens[0]])):
            # 'Ana Ruiz, a 23-year-old man': the age is that name's, whoever else goes without one
            own = [q for i, q in at.items() if q.age is None and any(n.i == i for n in of)]
            if own and all(q is own[0] for q in own) and len(own) == len(of):
                own[0].age = u.age
            continue
        role = _described_role(u)
        ua = u.age[0] if u.age else None
        twins = [q for q, r in named if r is None and q.age is not None and q.age[0] == ua
                 and not _speaks_where_aged(doc, q) and not _heard_shots(doc, q)]  # (not a witness brought in to speak)
        if ua is not None and len(twins) == 1 and not any(r == role and q.age is not None and q.age[0] == ua
                                                          for q, r in named):
            # (not when a named person of that age has the described one's role already: 'Ed Lamb
            # and Al Ruiz, both 18, saw it ... Lamb was charged ... the 18-year-old shooter': either)
            # 'a 31-year-old woman was arrested ... Nora Tull, 31, ...': the one named person of
            # that age and no role of their own is the one described
            twins[0].facts.extend(f for f in u.facts if f.role in (role, None))
            if not any(f.role == role for f in u.facts):
                twins[0].facts.append(Fact(role, None, u.mention[0], u.mention[1]))
            continue
        same = [q for q, r in named if r == role]
        ug = u.gender[0] if u.gender else None
        if (aged := [q for q in same if q.age and q.age[0] == ua]):
            _lend_death(u, aged, doc, people)
            continue
        fits = [q for q in same if q.age is None and not (ug and q.gender and q.gender[0] != ug)
                and not _possessed_by(doc[u.tokens[0]], q, at) and not _other_fate(u.facts, q)
                and not _follows_another(doc, doc[u.tokens[0]], q, at)]
        if ua in grouped:
            continue  # 'three more women, ages 19, 22 and 30 ... a 22-year-old woman': one of the group, not known which named one
        if ua is not None and len(fits) == 1 and not (role == "suspect" and ua < CHILD_SHOOTER) and (
                role not in several or _left_by_elimination(doc, u, found, named)) and not _companion(doc[u.tokens[0]]):
            fits[0].age = u.age
            _lend_death(u, fits, doc, people)
            continue
        part = [q for q, r in named if r in ("victim", "suspect")]
        if ua is not None and not fits and role not in several and len(part) == 1 and part[0].age is None and not (
                ug and part[0].gender and part[0].gender[0] != ug) and not (
                role == "suspect" and _role(part[0]) == "victim") and not (
                role == "victim" and _role(part[0]) == "suspect") and not _possessed_by(doc[u.tokens[0]], part[0], at) \
                and not _other_fate(u.facts, part[0]) and not _follows_another(doc, doc[u.tokens[0]], part[0], at) \
                and not _companion(doc[u.tokens[0]]):
            # the article's one named participant, whatever the roles read; but not the age of
            # one said to have fired given to the one shot ('a 15-year-old boy shot a man ...
            # the man, Ray Holt'), nor the age of the one shot given to the one charged ('a
            # 2-year-old was shot ... his mother, Ana Ruiz, was charged': the child's age)
            part[0].age = u.age
            continue
        if role == "suspect" and not same and (q := _family_killer(doc, u, part)) is not None:
            # 'a man shot his wife and son before killing himself ... identified the dead as
            # Ray Holt, 40, his wife ...': the one named dead who is none of his kin is he
            q.facts = [Fact("suspect", "killed", f.start, f.end) if f.role == "victim" else f for f in q.facts]
            q.age = q.age or u.age
            continue
        if same:
            _lend_outcome(u, role, same)
            continue  # an article that names its victims describes them too: conservatively, one of them
        if any(o.age == u.age and (o.gender or (None,))[0] == ug and any(f.role == role for f in o.facts)
               for o in out):
            continue  # the same unnamed person met again
        out.append(u)
    return out


_ADULT = 18  # a family killer described with no age is a grown-up ('a man shot his wife and son')


def _family_killer(doc: Doc, u: _Person, part: list[_Person]) -> _Person | None:
    """The named person a described suspect who harmed his or her own kin and then himself
    or herself is ('a 40-year-old man shot his wife and son before turning the gun on himself
    ... Ray Holt and his wife were found dead'): the one named participant told only dead (no
    harm verb of their own), not one of the kin ('his wife, Ana Holt') nor told as anyone's
    relative or neighbor ('the neighbor, Carl Dunn'), of the same gender, told, and of no age or the described one's
    (a grown-up's when that one is given none; 'his son, 3' is no killer). None unless
    exactly one fits."""
    w = words()
    kin = w.others["relative"]
    t = doc[u.tokens[0]]
    if not any(f.role == "suspect" and f.outcome == "killed" for f in u.facts) or not any(
            v.lemma_.lower() in w.harm and any(o.dep_ in ("dobj", "conj") and o.lemma_.lower() in kin and any(
                g.dep_ == "poss" for g in o.children) for o in v.subtree) for v in t.sent if v.pos_ == "VERB"):
        return None
    ug, ua = (u.gender or (None,))[0], (u.age or (None,))[0]
    fit = [q for q in part if _role(q) == "victim" and ug and q.gender and q.gender[0] == ug
           and (q.age is None or q.age[0] == ua or ua is None and q.age[0] >= _ADULT) and _dead_only(doc, q, w) and not any(
               x.lemma_.lower() in kin and any(g.dep_ == "poss" for g in x.children)
               for i in q.tokens for x in (doc[i], doc[i].head)) and not any(
               f.role and f.role.startswith("other:") for f in q.facts)]
    return fit[0] if len(fit) == 1 else None


def _dead_only(doc: Doc, q: _Person, w: Words) -> bool:
    """Whether all that makes ``q`` a victim is that they died ('were found dead', 'died'),
    no harm verb ('was shot', 'killed him')."""
    vic = [f for f in q.facts if f.role == "victim"]
    toks = [doc.char_span(f.start, f.end, alignment_mode="expand") for f in vic]
    return bool(vic) and all(f.outcome == "killed" for f in vic) and all(
        s is not None and not any(x.lemma_.lower() in w.harm for x in s) for s in toks)


def _lend_death(u: _Person, them: list[_Person], doc: Doc, people: list[_Person]) -> None:
    """'The 2-year-old boy has died ... Leo Moss, 2, had been badly hurt': a victim
    described by the age of exactly one named victim is that one, and the death said of the
    description is theirs."""
    dead = next((f for f in u.facts if f.outcome == "killed" and f.role in ("victim", None)), None)
    if dead is not None and len(them) == 1 and _role(them[0]) == "victim" and not _spoke_after(doc, them[0], people):
        them[0].facts.append(Fact("victim", "killed", dead.start, dead.end))


def _lend_outcome(u: _Person, role: str, same: list[_Person]) -> None:
    """'A man shot the girl before turning the gun on himself ... shot by Dale Orr': the
    outcome of a suspect described without a name is the one named suspect's when nothing
    else says what happened to that one."""
    told = [f for f in u.facts if f.outcome in ("killed", "injured") and f.role in (role, None)]
    if role != "suspect" or len(same) != 1 or not told:
        return
    if not any(f.outcome for f in same[0].facts):
        same[0].facts.append(Fact("suspect", told[0].outcome, told[0].start, told[0].end))


def _named_description(doc: Doc, left: list[_Person], claimed: list[_Person]) -> None:
    """The one victim the article describes whom no named person accounts for ('a stray round
    grazed a 7-year-old girl in the shoulder'), given to the one named person of no role whose name
    stands in apposition with a definite noun for a person ('The girl, Ada Ruiz, was in the
    back seat') or is what 'be' says such a noun, or a he or she, is ('He was Cy Moss'): the
    person told of before, named now (data/persons.json ``described_named``). The noun's
    gender and age, where it gives them, must be the described victim's. Session 38, pplm56,
    issue 13, from the even half of gva-dev."""
    vic = [u for u in left if _described_role(u) == "victim"]
    if len(vic) != 1:
        return
    u = vic[0]
    fits = [q for q in claimed if _role(q) is None and any(_describes(doc[i], u) for i in q.tokens)]
    if len(fits) != 1:
        return
    q = fits[0]
    q.facts.extend(f for f in u.facts if f.role in ("victim", None))
    if not any(f.role == "victim" for f in q.facts):
        q.facts.append(Fact("victim", None, u.mention[0], u.mention[1]))
    if q.age is None:
        q.age = u.age


def _describes(h: Token, u: _Person) -> bool:
    """Whether the name headed by ``h`` is given to a definite noun for a person (apposition,
    or the attribute of 'be' whose subject is the noun or a he / she) that may be ``u``:
    no role of its own ('the girl's father, Lee Ruiz,' is no girl), no possessor, and no
    other gender or age than ``u``'s."""
    d = load("persons")["described_named"]
    if h.dep_ == "appos":
        nouns = [h.head]
    elif h.dep_ == "attr" and h.head.lemma_ in d["copulas"]:
        nouns = [c for c in h.head.children if c.dep_ == "nsubj" and c.i < h.i]
    else:
        nouns = [c for c in h.children if c.dep_ == "appos" and c.i < h.i]
    b = min([c.i for c in h.lefts if c.dep_ in ("compound", "flat")] + [h.i])
    if b > 1 and h.doc[b - 1].text == ",":
        nouns.append(h.doc[b - 2])  # 'met the teen, Cy Moss, at home': the name parsed off the noun
    ug, ua = (u.gender or (None,))[0], (u.age or (None,))[0]
    for n in nouns:
        if n.lower_ in d["pronouns"] and h.dep_ == "attr":
            g = PRONOUN_GENDER.get(n.lower_)
        elif n.pos_ == "NOUN" and n.lemma_.lower() in lexicon().person_group and _noun_role(n.lemma_.lower(), n.lower_) is None \
                and n.lemma_.lower() not in words().not_a_person and n.tag_ not in ("NNS", "NNPS") \
                and [c.lower_ for c in n.children if c.dep_ in ("det", "poss")] == d["determiners"]:
            g = _gender(n)
        else:
            continue
        a = _age(n) if n.pos_ == "NOUN" else None
        if (g is None or ug is None or g == ug) and (a is None or not a.isdigit() or int(a) == ua):
            return True
    return False


def _group_ages(doc: Doc) -> frozenset[int]:
    """The ages the article gives the members of a group in one phrase: 'three more women,
    ages 19, 22 and 30' (19, 22, 30). A person described elsewhere with one of them is one of
    that group, and which named one, nothing says."""
    out: set[int] = set()
    for t in _with_lower(doc, _EACH_AGE):
        sub = [c for c in t.subtree if c.i != t.i]
        ages = {n for c in sub if (n := _age_value(c)) is not None}
        if len(ages) > 1 and not any(c.lower_ in ("to", "through", "between") for c in sub):
            out |= ages  # (not a range, 'aged 22 to 31': its ends need be no one's)
    return frozenset(out)


def _described_role(u: _Person) -> str:
    """The role of a person described without a name: a suspect if a fact says so, else a victim."""
    return "suspect" if any(f.role == "suspect" for f in u.facts) else "victim"


#: the dependencies of a noun that stands for a person in its clause
def _mention_deps() -> frozenset[str]:
    return wordset("grammar", "mention_deps", "labels")


def _resolve_pronoun(pron: Token, people: list[_Person], at: dict[int, _Person], chain: int = 3) -> _Person | None:
    """The person a he/she stands for: the nearest named person before it, in its
    sentence or the two before, whose gender does not contradict it; a he/she of the same
    gender nearer than any such name, in its sentence or the one before, stands for whom
    that one does ('Lee wounded a woman ... she sat in a car when Lee came ... She went to a
    clinic': not Lee) when that is no one named or a victim or suspect, ``chain``
    pronouns back."""
    want = PRONOUN_GENDER.get(pron.lower_)
    if want is None:
        return None
    doc = pron.doc
    ahead = _fronted_possessor(pron, at)
    if ahead is not None:
        g = ahead.gender[0] if ahead.gender else None
        if g in (None, want) and not _other_so_far(ahead, pron):
            return ahead
    sent = sent_of(pron)
    lo = _two_sentences_back(pron)
    group = lexicon().person_group
    bound = _bound_subjects(pron)
    near = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start  # the sentence before
    for i in range(pron.i - 1, lo - 1, -1):
        p = at.get(i)
        t = doc[i]
        if p is not None and any(at.get(b.i) is p for b in bound):
            continue  # 'Lee fired at Ruiz, killing him': 'him' is not Lee
        if p is None and (t.pos_ == "NOUN" and t.tag_ == "NN" and (
                t.lemma_.lower() in group or _noun_role(t.lemma_.lower(), t.lower_) in ("victim", "suspect"))
                or _aged_alone(t)) and t.dep_ in _mention_deps() \
                and _gender(t) in (None, want) and any(c.dep_ in ("det", "poss") for c in t.children) \
                and not _object_of_named(t, pron, at, want) and not _relative_subject(t, pron):
            # a described person nearer than any name ('Sgt. Ray Dunn would not say whether the
            # girl had company when she was hit'): theirs, unless a name stands in apposition
            named = next((at[c.i] for c in t.children if c.dep_ == "appos" and c.i in at), None)
            return named if named is not None and not _is_other(named) else None
        if p is None and chain and PRONOUN_GENDER.get(t.lower_) == want and t.dep_ in _CHAIN_DEPS \
                and not any(b.i == t.i for b in bound) and t.i >= near:
            q = _resolve_pronoun(t, people, at, chain - 1)
            if q is None or {"victim", "suspect"} & {f.role for f in q.facts}:
                return q  # (one the nearer he/she stands for who is no participant: read on)
        if p is None:
            continue
        if _kin_of_name(t.head.head, t) and _gender(t.head.head) == want:
            return None  # 'told the mother of Ivo Brandt that she ...': the mother, unnamed
        g = p.gender[0] if p.gender else None
        if g is not None and g != want:
            continue
        if _other_so_far(p, pron):
            continue
        if _is_speaker(p, _quoted_by(pron)):
            return None  # '"He was hit," Reyes said': a he in one's own words is someone else
        if _spoke_of_another(t, p, pron):
            continue  # '"He was hit," Reyes said. ... "She shot him"': him is not Reyes
        return p
    return None


def _spoke_of_another(t: Token, p: _Person, pron: Token) -> bool:
    """Whether the mention ``t`` of ``p`` is the speaker of a direct quote ending in its
    sentence whose words speak of someone by a he/she ('"He was hit at the door," Reyes
    said'), while ``pron`` stands in another speaker's quoted words ('"... and she shot him,"
    said Ana Ruiz'): the he/she is the one they both speak of, not the first speaker."""
    if not _says(t):
        return False
    doc = t.doc
    sent = sent_of(t)
    quotes = _direct_quotes(doc)
    if not any(q["start"] <= pron.idx < q["end"] and not _is_speaker(p, [q["speaker"]]) for q in quotes):
        return False
    for q in quotes:
        if sent.start_char <= q["end"] <= sent.end_char and _is_speaker(p, [q["speaker"]]):
            words = doc.char_span(q["start"], q["end"], alignment_mode="expand")
            if words is not None and any(w.lower_ in PRONOUN_GENDER for w in words):
                return True
    return False


def _fronted_possessor(pron: Token, at: dict[int, _Person]) -> _Person | None:
    """The named subject a possessive he/she in a phrase set before it stands for: 'Prior to
    his arrest, Ray Holt told police ...', 'In her statement, Ana Ruiz said ...' (his, her:
    the subject's, not a name the sentences before gave). The phrase hangs on the subject's
    verb through one or two prepositions and lies wholly before the subject."""
    if pron.dep_ != "poss":
        return None
    t = pron.head
    for _ in range(3):
        if t.dep_ not in ("pobj", "prep", "advmod") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in at]
    if len(subj) != 1 or not pron.i < subj[0].i < t.i:
        return None
    return at[subj[0].i]


def _aged_alone(t: Token) -> bool:
    """Whether ``t`` is an age standing for a person with no noun after it ('the 15-year-old
    was wounded', parsed with 'old' as the subject)."""
    return t.lower_ in ("old", "olds") and t.pos_ in ("ADJ", "NOUN") and _age_compound(t.doc, t.i) is not None


def _object_of_named(t: Token, pron: Token, at: dict[int, _Person], want: str) -> bool:
    """Whether the described person ``t`` a subject he/she passes on its way back is the
    object of a named subject's verb, in an earlier sentence, the name of no other gender and
    the noun of none ('Ray Holt, 30, was minding the child. He was charged ...': he is Holt, not
    the child); a sentence's subject is what the next one's subject pronoun continues with. A
    noun of the pronoun's gender keeps it ('Holt wounded a woman. She went to a clinic')."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or t.dep_ != "dobj" or sent_of(t).start == sent_of(pron).start \
            or _gender(t) is not None:
        return False
    subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in at]
    return len(subj) == 1 and (at[subj[0].i].gender or (want,))[0] == want and not _is_other(at[subj[0].i])


def _relative_subject(t: Token, pron: Token) -> bool:
    """Whether the he/she ``pron`` is the subject of a relative clause on the described person
    ``t`` or on a noun in ``t``'s phrase ('the boy he is accused of killing', 'the teacher of
    the child she shot'): the clause tells what the pronoun's person did to that noun, so
    ``t`` is someone else and the search reads on.
    Session 40, pkill58 (issue 13), from the even half (a boy charged with a friend's death
    read as a victim by his age alone; that page keeps its error, as the boy is also named
    a trooper's son and a relative is passed over: it moves no gva-dev row)."""
    v = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "relcl":
        return False
    n = v.head
    while n.dep_ in ("pobj", "prep") and n.head.pos_ in ("NOUN", "ADP"):
        n = n.head  # 'the teacher of the child he shot': the phrase the noun stands in is not he either
    return n.left_edge.i <= t.i < v.i and n.i in {t.i, *(a.i for a in t.ancestors)}


#: the places of a he/she in its clause that :func:`_resolve_pronoun` follows back
_CHAIN_DEPS = ("nsubj", "nsubjpass", "dobj")


def _bound_subjects(pron: Token) -> list[Token]:
    """The subjects an object pronoun ('him', 'her') cannot stand for: its verb's own subject
    or, for a clause with none ('Lee fired at Ruiz, killing him', 'Lee ran in and shot
    her'), the subject of the verb the clause hangs on. A reflexive would be used for them."""
    if pron.dep_ != "dobj" or pron.lower_ not in wordset("grammar", "object_pronouns"):
        return []
    v = pron.head
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # a finite verb hung as a clause without a subject is the parser's slip, not a
        # clause that shares one ('Ruiz fell and officers arrested him', 'officers' misparsed)
        shares = v.dep_ == "conj" or v.dep_ in ("advcl", "xcomp") and v.tag_ in ("VBG", "VB")
        # 'Lee walked up to the car before wounding her': a gerund after a preposition on the verb
        after_prep = v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX")
        if subj or not (shares or after_prep) or v.head.i == v.i:
            return subj
        v = v.head.head if after_prep else v.head
    return []


def _is_other(p: _Person) -> bool:
    if p.credit:
        return True
    roles = {f.role for f in p.facts}
    return not ({"victim", "suspect"} & roles) and any((r or "").startswith("other:") for r in roles)


def _other_so_far(p: _Person, pron: Token) -> bool:
    """:func:`_is_other` on what the article has said of ``p`` before the he/she ``pron``: a
    word for a relative given only later does not keep the pronoun from them ('Dale Roe, 19,
    is seen at his graduation. He was fatally shot on Sunday ... "He was kind," Ray Roe said
    of his son Dale Roe'); for a he / she only, not a possessive his / her, which may stand
    for another person of its clause. Session 40, recall58, issue 13, from the even half of
    gva-dev (a young man killed, named as a son only in the last paragraph, left a relative)."""
    if p.credit or pron.dep_ == "poss":
        return _is_other(p)  # ('Ada's friend, Kay Lin, took part in her murder': a his / her may be another's)
    return _is_other(replace(p, facts=[f for f in p.facts if f.start < pron.idx]))


def _role(p: _Person) -> str | None:
    if p.credit:
        return "press"
    roles = [f.role for f in p.facts if f.role]
    if not roles:
        return None
    # one word read more than once (a name and the noun it is identified as both reading 'the man
    # killed') is one statement: the suspect a guard shot after they tried to rob him is not
    # outvoted by one 'the man killed was identified as' read three times (session 40, pkill58,
    # issue 13, from the even half)
    said = [r for r, _, _ in {(f.role, f.start, f.end) for f in p.facts if f.role}]
    sus = said.count("suspect")
    vic = said.count("victim")
    official = roles.count("other:official")
    if sus and not vic and official >= sus and not any(f.outcome for f in p.facts if f.role == "suspect"):
        # 'Officer Lee Moss fired ... Officer Lee Moss, a ten-year veteran': named with a title of
        # office at least as often as a clause makes the suspect of them, and not held or hurt,
        # an officer who fired at the suspect or an official whose name a clause took in
        return "official"
    if p.titled and sus and not vic:
        # 'Police Supt. Lou Brandt said ...' then 'a third man is in custody, and Brandt said':
        # one the article names with a title of office is not the suspect a later clause
        # seems to make of the surname (careful reading round 41: a superintendent read as arrested)
        return "official"
    if sus or vic:
        if sus and vic:
            # what the name's own mentions say outweighs what a he/she does ('Ray Holt died
            # of his wounds ... In May he admitted a burglary': the victim)
            named = {f.role for f in p.facts if f.role in ("suspect", "victim") and not f.told}
            if len(named) == 1:
                return named.pop()
            # a suspect who was also shot ('the gunman was killed by police') stays the suspect
            # unless the article says more often that they were hurt than that they did it
            first_noun = next((f.role for f in p.facts if f.role in ("suspect", "victim") and f.outcome is None), None)
            if first_noun == "suspect" or sus >= vic:
                return "suspect"
            return "victim"
        return "suspect" if sus else "victim"
    return roles[0].split(":", 1)[1]


def _outcome(p: _Person, role: str | None, article_killed: bool) -> tuple[str | None, Fact | None]:
    if p.titled and role == "official":
        return None, None  # the official's surname in a suspect's clause (:func:`_role`)
    outs = [f for f in p.facts if f.outcome]
    killed = [f for f in outs if f.outcome == "killed"]
    if killed and all(f.presumed for f in killed) and any(f.outcome == "injured" and not f.told for f in outs):
        # 'shot his wife before turning the gun on herself ... Ana Holt was treated for a shoulder
        # wound': what the name's own clauses tell (hurt) outweighs the death concluded
        killed = []
    if killed:
        return "killed", killed[0]
    hurt = [f for f in outs if f.outcome == "injured"]
    if hurt:
        return "injured", hurt[0]
    shot = [f for f in outs if f.outcome == "shot"]
    if shot:
        return ("killed" if article_killed else "injured"), shot[0]
    arrested = [f for f in outs if f.outcome == "arrested"]
    if arrested:
        return "arrested", arrested[0]
    if role == "victim":
        return ("killed" if article_killed else "injured"), None
    if role == "suspect":
        return "unharmed", None
    return None, None


def _searches(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` that tell a search going on, none where it tells an arrest
    (data/persons.json ``charged_sought``): a verb of seeking in the progressive under a present
    'be' ('police are searching for', 'are looking for'; not 'looking forward') or 'at large',
    'on the run'; none where the page writes one of ``held`` (an arrest verb, 'custody') or of
    ``court`` (a plea, an arraignment)."""
    d = load("persons")["charged_sought"]
    held, seek, court = set(d["held"]), set(d["lemmas"]), set(d["court"])
    if any(t.lemma_.lower() in held and (t.pos_ == "VERB" or t.lower_ == "custody") or t.lemma_.lower() in court
           for t in doc):
        return []
    phrase = re.compile(r"\b(?:" + "|".join(map(re.escape, d["phrases"])) + r")\b", re.I)
    return [s for s in doc.sents if phrase.search(s.text) or any(
        t.tag_ == "VBG" and t.lemma_.lower() in seek and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'re")
                                                           for c in t.children)
        and (t.lemma_.lower() != "look" or any(c.lower_ == "for" for c in t.children)) for t in s)]


def _charged_sought(doc: Doc, claimed: list[_Person]) -> None:
    """A suspect charged and still sought (data/persons.json ``charged_sought``): where the page
    tells a search going on and no arrest (:func:`_searches`), in a sentence that names no one
    else the page names ('Police are searching for a man of 30', 'Both men are on the run'; not
    'his brother is still on the run'), the arrested outcomes of a suspect that all come from a
    verb of charging ('Dale Voss is charged with murder') are left out: charged is not held.
    (Session 40, wrong58, careful reading, odd half: 443637.)"""
    charge = set(load("persons")["charged_sought"]["charge"])
    lemma = {t.idx: t.lemma_.lower() for t in doc}
    todo = [p for p in claimed if _role(p) == "suspect" and any(f.outcome == "arrested" for f in p.facts)
            and all(lemma.get(f.start) in charge for f in p.facts if f.outcome == "arrested")]
    sents = _searches(doc) if todo else []
    for p in todo:
        others = {i for q in claimed if q is not p for i in q.tokens}
        if any(not any(s.start <= i < s.end for i in others) for s in sents):
            p.facts = [replace(f, outcome=None) if f.outcome == "arrested" else f for f in p.facts]


def _leftover_age(doc: Doc, claimed: list[_Person], at: dict[int, _Person]) -> None:
    """The one age the article gives a described person ('the 13-year-old boy') that no
    named person has, to the one named participant without an age when that one is a
    victim: 'Lavon Fisk ... the 13-year-old boy ...' (Fisk is 13)."""
    missing = [p for p in claimed if p.age is None and _role(p) in ("victim", "suspect")]
    if len(missing) != 1 or _role(missing[0]) != "victim":  # a suspect's age is as often another's
        return
    taken = {p.age[0] for p in claimed if p.age} | _superseded_ages(doc) | _group_ages(doc)
    group = lexicon().person_group
    ages: dict[int, tuple[int, int, int]] = {}
    for t in _with_lower(doc, ("old",)):
        # a headline's age too ('Girl, 12, hurt in backyard shooting'): another
        # age in the body leaves the age to no one
        got = _age_compound(doc, t.i)
        if got is None or got[0] in taken:
            continue
        head = _described_noun(t)
        if _one_of_several(head):
            return  # several described in one phrase: the one left over may be any of them
        if not _leftover_fits(head) or _said_of_another(head, missing[0]) or _possessed_by(head, missing[0], at) \
                or _follows_another(doc, head, missing[0], at) \
                or _other_fate(read_mention(head)[0], missing[0]) or _other_kin(head, missing[0]) or _companion(head) \
                or _dated_incident(head):
            continue
        if head.lemma_.lower() in group or head.i == t.i and _age_stands_alone(t):
            if _noun_role(head.lemma_.lower(), head.lower_) == "suspect" or any(
                    f.role == "suspect" and f.outcome in (None, "arrested") for f in read_mention(head)[0]):
                continue  # 'a 15-year-old boy shot a man': the age of the one who fired
            ages.setdefault(got[0], got)
    if len(ages) == 1:
        missing[0].age = next(iter(ages.values()))


def _described_noun(t: Token) -> Token:
    """The noun the age compound ending in 'old' at ``t`` describes: the one it modifies, or
    the person word right after it where the parser takes that word for a modifier of the
    next noun ('came upon a 40-year-old female carrying a bag': 'female' is the person,
    not 'carrying'); else ``t`` itself. Session 37, age55, from the even half."""
    if t.dep_ != "amod":
        return t
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.dep_ in ("amod", "compound") and nxt.head.i == t.head.i and \
            nxt.lemma_.lower() in lexicon().person_group and t.head.lemma_.lower() not in lexicon().person_group:
        return nxt
    return _past_place_name(t.head)


def _past_place_name(h: Token) -> Token:
    """The person noun a place name stands before, where the parser hangs the age on the place:
    'a 15-year-old Town of Dover boy', 'a 53-year-old Kent County woman' (the age on 'Town' or
    'County', a modifier of 'boy' or 'woman'); else ``h``. Session 40, age58, issue 13, from the
    even half of gva-dev."""
    x = h
    while x.pos_ == "PROPN" and x.dep_ in ("nmod", "compound", "npadvmod") and x.head.i > x.i:
        x = x.head
    return x if x is not h and x.pos_ == "NOUN" and x.lemma_.lower() in lexicon().person_group else h


def _age_stands_alone(t: Token) -> bool:
    """Whether the 'old' of an age compound stands for the person in its clause ('the
    13-year-old was hit'), as a noun or an adjective, or as a proper noun in a headline's
    title case ('13-Year-Old Hurt In Backyard Shooting'). Session 37, age55, from the
    even half."""
    if t.dep_ not in wordset("grammar", "noun_deps", "labels"):
        return False
    return t.pos_ in ("NOUN", "ADJ") or t.pos_ == "PROPN" and t.text == "Old"


def _other_kin(head: Token, p: _Person) -> bool:
    """Whether the described noun is someone's kin ('his 9-year-old stepson') and ``p`` is told
    as another kin of theirs ('his wife Ana'): not the same person."""
    kin = words().others["relative"]
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) and any(
        d in kin and d != head.lemma_.lower() for d in p.descs)


LEAD_SENTENCES = 3  # the headline and the first sentences of the body
LEAD_WORDS = 3  # words a sentence of the lead has at least


@cache
def _recalled_cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, frozenset[str]]]:
    d = load("persons")["recalled_case"]
    return (re.compile(d["before"], re.I), re.compile(d["calendar"], re.I),
            {k: frozenset(d[k]) for k in ("lead_recent", "lead_casualty", "lead_legal")})


@cache
def _another_case_opener() -> re.Pattern[str]:
    return re.compile(load("persons")["recalled_case"]["opener"], re.I)


@cache
def _paragraph_openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = load("persons")["recalled_case"]
    return re.compile(d["paragraph_opener"], re.I), re.compile(d["paragraph_calendar"], re.I)


@cache
def _that_case() -> re.Pattern[str]:
    return re.compile(load("persons")["recalled_case"]["that_case"], re.I)


TURNED_REACH = 2  # sentences after one that turns to another case that are still that case's


def _paragraph_start(t: Token) -> int:
    """The character offset where the paragraph (a block between blank lines) of ``t`` starts."""
    breaks = paragraph_breaks(t.doc)
    k = bisect.bisect_right(breaks, t.idx) - 1
    return breaks[k] if k >= 0 else 0


def _turned_before(first: Token) -> bool:
    """Whether the sentence of ``first``, or one of the :data:`TURNED_REACH` sentences before it in
    its paragraph (a block between blank lines), turns to another case: opened by words that do
    ('In that incident,': data/persons.json ``recalled_case`` ``opener``) or placing its people
    'in that case' (``that_case``): 'Police charged Rob Tenney in that case. His cousin, Sal
    Ortu, was charged Friday.'"""
    doc = first.doc
    starts, _ends = sent_bounds(doc)
    start = _paragraph_start(first)
    at = bisect.bisect_right(starts, first.i) - 1
    for j in range(at, max(at - TURNED_REACH, 0) - 1, -1):
        sent = sent_of(doc[starts[j]])
        if sent.end_char <= start:
            break
        if _another_case_opener().match(sent.text) or _that_case().search(sent.text):
            return True
    return False


def _dated_paragraph(first: Token, calendar_ok: bool) -> bool:
    """Whether the paragraph (a block between blank lines) of ``first`` opens with a time before
    the event ('Last month, Dora Kell was charged ... Her son's friend, Ty Amsel, was killed':
    data/persons.json ``recalled_case`` ``paragraph_opener``), or with a calendar day ('On Nov.
    1,': ``paragraph_calendar``) when ``calendar_ok``; not where the sentence of ``first`` gives
    a time of the lead's own kind ('... On Saturday, Ana Ruiz was shot': ``lead_recent``)."""
    doc = first.doc
    text = doc_text(doc)
    start = _paragraph_start(first)
    recent = _recalled_cues()[2]["lead_recent"]
    if any(t.lower_ in recent for t in sent_of(first)):
        return False
    ago, calendar = _paragraph_openers()
    head = text[start:first.idx]
    return ago.match(head) is not None or calendar_ok and calendar.match(head) is not None


def _lead_time(doc: Doc, lead: Span) -> tuple[bool, bool]:
    """(told, recent): whether the lead tells a casualty in a sentence of no court step, and
    whether one such sentence places it at a time without a calendar day ('Saturday night')."""
    _before, _calendar, w = _recalled_cues()
    told = recent = False
    for s in doc[lead.start:lead.end].sents:
        lows = {t.lower_ for t in s} | {t.lemma_.lower() for t in s}
        if lows & w["lead_casualty"] and not lows & w["lead_legal"]:
            told = True
            recent = recent or bool(lows & w["lead_recent"])
    return told, recent


def _clause_text(t: Token) -> str:
    """The text of the clause that tells ``t``, with the clauses it hangs on but for a
    relative clause ('Reyes, an officer who died, had enlisted in 2009': the year is not
    the death's)."""
    v = t
    while v.head.i != v.i and v.dep_ not in ("relcl", "acl"):
        v = v.head
    start = v.left_edge.idx
    if v.dep_ == "relcl" and v.head.ent_type_ == "DATE" and v.head.dep_ == "pobj" and v.head.i < v.i:
        start = v.head.head.idx  # 'in 2009, when Officer Ada Pell was shot': the clause is of the year
    return doc_text(t.doc)[start:v.right_edge.idx + len(v.right_edge)]


def _told_before(h: Token) -> bool:
    """Whether the name ``h`` stands in apposition with a definite noun ('The 1-year-old girl,
    Tia Morrow, died ...'): the person the article has told of already (its lead's 'baby
    girl'), not one it brings in from another case ('a 4-year-old boy, Cy Moss,'), nor the
    harm the name is parsed beside ('the fatal shooting of a man, Cy Moss,': data/persons.json
    ``recalled_case`` ``harm_nouns``)."""
    harms = wordset("persons", "recalled_case", "harm_nouns")
    nouns = [h.head] if h.dep_ == "appos" else []
    nouns += [c for c in h.children if c.dep_ == "appos"]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() not in harms
               and any(d.dep_ == "det" and d.lower_ == "the" for d in n.children) for n in nouns)


def _harm_of(doc: Doc, p: _Person) -> Token | None:
    """The harm noun the person is first named as the one of ('the killing of Cy Moss', 'the
    fatal shooting of a man, Cy Moss,': data/persons.json ``recalled_case`` ``harm_nouns``), or None."""
    h = doc[min(p.tokens)]
    while h.dep_ in ("compound", "flat") and h.head.i != h.i:
        h = h.head
    for _ in range(2):  # the name, or the noun it stands in apposition with ('a man, Cy Moss,')
        if h.dep_ == "appos":
            h = h.head
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.i != h.head.i:
            h = h.head.head
        if h.pos_ == "NOUN" and h.lemma_.lower() in wordset("persons", "recalled_case", "harm_nouns"):
            return h
    return None


def _harm_set_off(t: Token) -> bool:
    """Whether below the harm noun ``t`` a verb of data/persons.json ``recalled_case``
    ``set_off_verbs`` governs a word of ``aftermath`` ('the shooting of Cy Moss by a deputy
    that sparked protests', the relative clause parsed on the deputy or the harm)."""
    cues = wordset("persons", "recalled_case", "aftermath")
    verbs = wordset("persons", "recalled_case", "set_off_verbs")
    for x in t.subtree:
        if x.lemma_.lower() not in cues:
            continue
        a = x.head
        while a.i != t.i and a.head.i != a.i:
            if a.pos_ == "VERB" and a.lemma_.lower() in verbs:
                return True
            a = a.head
    return False


def _harm_answered(doc: Doc, p: _Person) -> bool:
    """Whether the person is first named as the one of a harm (:func:`_harm_of`) that a word
    of data/persons.json ``recalled_case`` ``aftermath`` governs: the harm is what a protest
    or a reprisal answered ('demonstrators were protesting the killing of Cy Moss by police',
    'in retaliation for the slaying of Cy Moss'): a harm before the event, another case's,
    though the lead tell it."""
    t = _harm_of(doc, p)
    if t is None:
        return False
    cues = wordset("persons", "recalled_case", "aftermath")
    own = {d.i for i in p.tokens for d in doc[i].subtree}
    return any(a.lemma_.lower() in cues and a.i not in own for a in t.ancestors)


def _aftermath(t: Token, p: _Person) -> bool:
    """Whether the sentence of ``t`` (a word that tells ``p`` shot or dead) tells what that
    harm set off or answered, with a word of data/persons.json ``recalled_case`` ``aftermath``
    outside the name's own phrase: 'the attack was retaliation for the killing of Cy Moss',
    'protesters had gathered after police shot Cy Moss': a harm before the event, in another
    case. A word below the harm counts only in a clause it set off ('the killing of Cy Moss
    that sparked protests', 'was killed, prompting protests'), not as why it was done ('Cy
    Moss was shot in retaliation for a robbery': the event's victim)."""
    doc = t.doc
    own = {d.i for i in p.tokens for d in doc[i].subtree}
    own |= {doc[i].head.i for i in p.tokens if doc[i].dep_ == "appos"}  # 'a protester, Cy Moss,'
    cues = wordset("persons", "recalled_case", "aftermath")
    return any(x.lemma_.lower() in cues and x.i not in own and _set_off_by(x, t, cues) for x in t.sent)


def _set_off_by(x: Token, t: Token, cues: frozenset[str]) -> bool:
    """Whether the word ``x`` stands outside what the harm ``t`` governs, or in a relative
    clause of it or a participle clause of consequence ('..., prompting protests'), whose
    verb is no cue word itself ('was shot while protesting' is the event's)."""
    if not t.left_edge.i <= x.i <= t.right_edge.i or x.i not in {d.i for d in t.subtree}:
        # (not where the harm is the subject the word is told of: 'the shooting of Cy Moss was
        # retaliation for a robbery' is the event's)
        return not (t.dep_ in ("nsubj", "nsubjpass") and x.i in {d.i for d in t.head.subtree})
    c = x
    while c.head.i != t.i and c.head.i != c.i:
        c = c.head
    return c.dep_ in ("relcl", "acl") or c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() not in cues


def _recalled(doc: Doc, claimed: list[_Person]) -> None:
    """Victims of another case the article recalls (data/persons.json ``recalled_case``):
    'Three men were wounded Saturday night ... Last year, Cy Moss, 30, was killed a block
    away': each clause that tells the person shot or dead sets it before the event, the
    person is not in the lead and is named in at most two sentences. A victim or suspect first
    named in a sentence opened by words that turn to another case ('In that incident,':
    ``recalled_case`` ``opener``), or placed 'in that case' (``that_case``), or just after such a
    sentence in its paragraph (:func:`_turned_before`), is recalled whatever time the clauses give
    and whatever the lead tells; so is one first named in a paragraph opened by a time before the
    event (:func:`_dated_paragraph`), and one first named just after a recalled person in a
    sentence with no time of its own (:func:`_recalled_company`). They keep the outcome with the
    role 'recalled' (the people table lists the event's victims and suspects)."""
    starts, ends = sent_bounds(doc)
    # (a blank line or a dateline the parser splits off, 'CEDAR', is no sentence of the lead)
    said = [e for s, e in zip(starts, ends) if sum(t.is_alpha for t in doc[s:e]) >= LEAD_WORDS]
    if len(said) <= LEAD_SENTENCES:
        return
    lead = doc[0:said[LEAD_SENTENCES - 1]]
    before, calendar, _w = _recalled_cues()
    told, recent = _lead_time(doc, lead)
    lead_days = calendar.search(lead.text) is not None

    def in_lead(p: _Person) -> bool:
        # the surname in the lead, but for where it is another person's name ('Cy Moss, 9, was
        # shot' in the lead; later 'his uncle, Al Moss, was killed in 2004': the uncle is recalled)
        others = {i for q in claimed if q is not p for i in q.tokens}
        return any(t.lower_ == (p.last or "").lower() and t.i not in others for t in lead)

    def recalled(f: Fact, p: _Person) -> bool:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.start < lead.end:
            return False
        text = _clause_text(span.root)
        return bool(before.search(text)) or recent and not lead_days and calendar.search(text) is not None \
            or _aftermath(span.root, p)

    def opened(p: _Person) -> bool:
        # first named where the page turns to another case ('In that incident, Ada Pell, 23,
        # had just parked ... Pell was struck'): what follows of the person is that case's
        # ... or named as the earlier cases of a series ('The last two deputies slain on duty
        # were Ada Pell and Cy Moss. Pell was shot ...')
        first = doc[min(p.tokens)]
        while first.dep_ == "conj":
            first = first.head
        # ... or named as the one of a harm whose sentence tells what it set off or answered
        # ('weeks after the police killing of Cy Moss, which set off protests')
        # ... or in a sentence that places the person 'in that case' ('The men charged in that
        # case are ...'), or just after one of these in its paragraph (:func:`_turned_before`):
        # these words turn to another case whatever the lead tells
        if _turned_before(first) or _roundup_turned(first):
            return True
        if not told:
            return False
        harm = _harm_of(doc, p)
        # ... or first named in a paragraph opened by a time before the event (:func:`_dated_paragraph`)
        return _dated_paragraph(first, recent and not lead_days) \
            or first.dep_ in ("nsubj", "attr") and first.head.lemma_ == "be" and _series_told(first.head) \
            or harm is not None and (_aftermath(harm, p) or _harm_set_off(harm))

    for p in claimed:
        role = _role(p)
        if role not in ("victim", "suspect") or not p.tokens:
            continue
        if (min(p.tokens) < lead.end or in_lead(p)) and not _harm_answered(doc, p):
            continue
        # (one first named where the page turns to another case is that case's however often
        # named after: 'In an earlier attack, Ada Pell, 29, survived ... Pell had served five years')
        if not opened(p) and (len({sent_of(doc[i]).start for i in p.tokens}) > 2
                              or any(_told_before(doc[i]) for i in p.tokens)):
            continue
        told_of = [f for f in p.facts if f.outcome in ("killed", "injured", "shot")]
        # (a suspect only in that the police shot them: 'was shot by deputies in 2015', :func:`_police_fired`)
        shot_only = role == "suspect" and all(f in told_of for f in p.facts if f.role == "suspect")
        if opened(p) or told and (role == "victim" or shot_only) and told_of and all(recalled(f, p) for f in told_of):
            _recall(doc, p)
    if told:
        _recalled_company(doc, claimed, lead)


def _recall(doc: Doc, p: _Person) -> None:
    """The person made another case's: the role 'recalled', the outcome kept."""
    p.facts = [_fact("other:recalled", None, doc[p.tokens[0]])] + [
        Fact(None if f.role in ("victim", "suspect") else f.role, f.outcome, f.start, f.end, f.alone)
        for f in p.facts]


def _recalled_company(doc: Doc, claimed: list[_Person], lead: Span) -> None:
    """Victims and suspects first named, after the lead, just after a person of another case
    (:func:`_recalled`) is named (in the same paragraph one to :data:`TURNED_REACH` sentences
    after, not in the same sentence, or anywhere in the paragraph before), in a sentence that gives no time of its own
    (data/persons.json ``recalled_case`` ``own_time``, ``calendar``, ``lead_recent``): that
    case's people ('The last deputy slain was Ada Pell. ... Pell was shot serving a warrant on a
    fugitive, Cy Moss. \n\n Moss and his girlfriend, Bea Lund, died inside.'), not the event's."""
    def is_recalled(p: _Person) -> bool:
        return bool(p.facts) and p.facts[0].role == "other:recalled"
    marks = sorted(i for q in claimed if is_recalled(q) for i in q.tokens)
    if not marks:
        return
    starts, _ends = sent_bounds(doc)
    breaks = paragraph_breaks(doc)  # once: a mark's paragraph is asked for every person

    def paragraph(i: int) -> int:
        return bisect.bisect_right(breaks, doc[i].idx)
    _before, calendar, w = _recalled_cues()
    own = re.compile(load("persons")["recalled_case"]["own_time"], re.I)
    for p in claimed:
        if _role(p) not in ("victim", "suspect") or not p.tokens or is_recalled(p) or min(p.tokens) < lead.end:
            continue
        first = doc[min(p.tokens)]
        sent = sent_of(first)
        if any(t.lower_ in w["lead_recent"] for t in sent) or own.search(sent.text) or calendar.search(sent.text):
            continue
        k, at = paragraph(first.i), bisect.bisect_right(starts, first.i) - 1
        if any(paragraph(i) == k - 1 or paragraph(i) == k and 0 < at - (
                bisect.bisect_right(starts, i) - 1) <= TURNED_REACH for i in marks):
            _recall(doc, p)


@cache
def _roundup_pattern() -> re.Pattern[str]:
    return re.compile(load("persons")["roundup_opener"]["pattern"], re.I)


def _roundup_turned(first: Token) -> bool:
    """Whether the sentence of ``first``, or one of the :data:`TURNED_REACH` sentences before it
    (across paragraph breaks: a round-up gives each sentence a paragraph), turns to the next
    shooting of a round-up ('A second shooting was reported ...', 'The last of the four
    killings took place ...': data/persons.json ``roundup_opener``)."""
    doc = first.doc
    starts, _ends = sent_bounds(doc)
    at = bisect.bisect_right(starts, first.i) - 1
    return any(_roundup_pattern().match(sent_of(doc[starts[j]]).text)
               for j in range(at, max(at - TURNED_REACH, 0) - 1, -1))


@cache
def _listed_cases_patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    d = load("persons")["listed_cases"]
    return re.compile(d["opens"], re.I), re.compile(d["day"], re.I), d["months"]


def _listed_cases(doc: Doc, claimed: list[_Person]) -> None:
    """Victims and suspects of a page that lists case after case, each paragraph opened by its
    calendar day (data/persons.json ``listed_cases``: 'Jan. 4: Abel Fenn, 30, shot his neighbor.'
    in at least ``months`` months): one first named in a paragraph that gives a calendar day is
    that listed case's (:func:`_recall`), lead or not."""
    opens, day, months = _listed_cases_patterns()
    text = doc_text(doc)
    starts = [0] + paragraph_breaks(doc)
    ends = starts[1:] + [len(text)]
    opened = {m.group(1).lower() for s, e in zip(starts, ends) if (m := opens.match(text[s:e]))}
    if len(opened) < months:
        return
    for p in claimed:
        if _role(p) not in ("victim", "suspect") or not p.tokens:
            continue
        k = bisect.bisect_right(starts, doc[min(p.tokens)].idx) - 1
        if day.search(text[starts[k]:ends[k]]):
            _recall(doc, p)


def _listed_arrests(doc: Doc, claimed: list[_Person]) -> None:
    """Victims and suspects listed one to a line under a line that tells arrests on charges of
    another kind (data/persons.json ``listed_arrests``: 'Some were arrested on various charges:
    / Tim Cole, 19 - two outstanding warrants'): each mention opens such a line, so the person
    was held on those charges, not as the event's (:func:`_recall`)."""
    text = doc_text(doc)
    for p in claimed:
        if _role(p) in ("victim", "suspect") and p.tokens and all(
                _arrest_listed(doc, text, doc[i].idx) for i in p.tokens):
            _recall(doc, p)


def _list_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may be a line of a list (data/persons.json ``listed_arrests``
    ``line_words``): short, and not a sentence ended with a full stop."""
    line = text[start:end].strip()
    return bool(line) and len(line.split()) <= load("persons")["listed_arrests"]["line_words"] \
        and not line.endswith((".", ":"))


def _arrest_listed(doc: Doc, text: str, at: int) -> bool:
    """Whether the name at character ``at`` opens a line of a list (:func:`_list_line`) whose
    line above the list, ending in a colon, tells an arrest on another kind of charge, a word
    of data/persons.json ``other_offence`` or ``listed_arrests`` on it or on the name's line
    and no ``event_words`` on either."""
    d = load("persons")["listed_arrests"]
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    # (the name's head is its last word: only the words of the name before it on the line)
    if not re.fullmatch(r"[^\w]*(?:[A-Z][\w'.-]*\s+){0,3}", text[start:at]) or not _list_line(text, start, end):
        return False
    own = (start, end)
    for _ in range(d["reach"]):
        if start == 0:
            return False
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            continue
        if line.endswith(":"):
            break
        if not _list_line(text, start, end):
            return False
    else:
        return False
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in ((start, end), own)]
    if spans[0] is None or spans[1] is None or not any(t.lemma_.lower() in words().arrest_verbs for t in spans[0]):
        return False
    said = {x for s in spans for t in s for x in (t.lower_, t.lemma_.lower())}
    other = wordset("persons", "other_offence") | wordset("persons", "listed_arrests")
    return bool(said & other) and not said & wordset("persons", "other_offence", "event_words")


@cache
def _release_feed_patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    d = load("persons")["release_feed"]
    return re.compile(d["title"]), re.compile(d["shooting"], re.I), d["titles"]


def _release_feed(doc: Doc, claimed: list[_Person]) -> None:
    """Victims and suspects of a feed of press releases (data/persons.json ``release_feed``:
    each release opened by a title line ending in the day it was posted): one named only in
    releases that tell no shooting (a crash, a theft ring) is that release's (:func:`_recall`)."""
    title, shooting, least = _release_feed_patterns()
    text = doc_text(doc)
    starts = [m.start() for m in title.finditer(text)]
    if len(starts) < least:
        return
    starts = [0] + starts
    ends = starts[1:] + [len(text)]
    quiet = [not shooting.search(text[s:e]) for s, e in zip(starts, ends)]
    for p in claimed:
        if _role(p) in ("victim", "suspect") and p.tokens and all(
                quiet[bisect.bisect_right(starts, doc[i].idx) - 1] for i in p.tokens):
            _recall(doc, p)


@cache
def _murder_suicide_pattern() -> re.Pattern[str]:
    return re.compile(load("persons")["murder_suicide"]["pattern"], re.I)


def _murder_suicide(doc: Doc, claimed: list[_Person]) -> None:
    """An article whose lead (headline and first sentences) calls the event a murder-suicide
    (data/persons.json ``murder_suicide``; not an attempted one) tells its one who did it
    dead: the article's only named suspect, told neither dead nor arrested, is given the
    death ('Father kills wife, son in murder-suicide ... Ray Holt killed his wife')."""
    starts, ends = sent_bounds(doc)
    said = [e for s, e in zip(starts, ends) if sum(t.is_alpha for t in doc[s:e]) >= LEAD_WORDS]
    if not said:
        return
    lead = doc[0:said[min(LEAD_SENTENCES, len(said)) - 1]]
    m = _murder_suicide_pattern().search(lead.text)
    if m is None:
        return
    sus = [p for p in claimed if _role(p) == "suspect"]
    if len(sus) != 1 or any(f.outcome in ("killed", "arrested") for f in sus[0].facts):
        return
    span = doc.char_span(lead.start_char + m.start(), lead.start_char + m.end(), alignment_mode="expand")
    sus[0].facts.append(_fact("suspect", "killed", span if span is not None else lead))


def _other_fate(facts: list[Fact], p: _Person) -> bool:
    """Whether a described person's ``facts`` say only that they were hurt while ``p``'s say
    only that they died: 'a 16-year-old was hurt ... the baby, Ty Moss, died' are two people,
    and the one described may not lend the named one an age by elimination."""
    def fates(fs: list[Fact]) -> set[str]:
        return {f.outcome for f in fs if f.outcome in ("killed", "injured")}

    # (only one said hurt against one said dead: one said dead against one said hurt is as
    # often the same victim, hurt in the first report and dead in a later one)
    return fates(facts) == {"injured"} and fates(p.facts) == {"killed"}


def _open_victims(claimed: list[_Person]) -> int:
    """How many named victims the article says were shot (or names as victims) without
    saying whether they died or were hurt: the ones an article's death toll may stand for."""
    return sum(1 for p in claimed if _role(p) == "victim" and not any(
        f.outcome in ("killed", "injured") for f in p.facts))


def _follows_another(doc: Doc, head: Token, p: _Person, at: dict[int, _Person]) -> bool:
    """Whether the definite described person ``head`` ('The 24-year-old, who was raised ...')
    comes right after a name of someone other than ``p``: the last person named before it,
    in its sentence or the one before (not a headline), is another ('... Ray Lund's attack.
    The 24-year-old ...' is Lund); officials, relatives and the press named between are passed
    over. Session 26, people35, issue 13."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    sent = sent_of(head)
    lo = sent.start
    if lo > 0 and not is_heading(before := sent_of(doc[lo - 1])):
        lo = before.start  # (not a headline: it names the story's own people)
    for i in range(head.left_edge.i - 1, lo - 1, -1):
        q = at.get(i)
        if q is not None and (q is p or _role(q) in (None, "victim", "suspect")):
            return q is not p  # (past a speaker: 'Sgt. Ray Lund said one of the 9-year-old girls')
    return False


def _leftover_fits(head: Token) -> bool:
    """Whether a described person's age may be the named victim's: not one set apart
    ('another 18-year-old', 'an other'). (A possessive on the noun, 'her 15-year-old
    daughter', or a noun of the other gender were tried too: on gva-dev they removed as
    many right ages as wrong ones, the gender often a pronoun's given to the wrong name.)"""
    return not any(c.lower_ in ("another", "other", "others") for c in head.children)


def _left_by_elimination(doc: Doc, u: _Person, found: list[_Person], named: list[tuple[_Person, str | None]]) -> bool:
    """Whether the described person ``u``, one of several described in one phrase, is the
    one of them left when each of the others has the age of a named person of the same
    role already ('a 61-year-old man and his 3-year-old grandson were found dead ... Leo
    Marsh, 3, and Carl Marsh': the man is Carl Marsh). Only people joined by 'and' in the
    phrase, each described with an age and none counted ('two men'); the caller takes the
    age only when one named person of the role is left without one."""
    t, role = doc[u.tokens[0]], _described_role(u)
    first = t
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    chain, todo = [], [first]
    while todo:
        x = todo.pop()
        chain.append(x)
        todo.extend(c for c in x.children if c.dep_ == "conj")
    by_tok = {v.tokens[0]: v for v in found}
    others = [x for x in chain if x.i != t.i]
    if not others or any(c.dep_ == "nummod" for x in chain for c in x.children):
        return False
    taken: set[int] = set()
    for x in others:
        v = by_tok.get(x.i)
        if v is None or v.age is None or _described_role(v) != role or v.age[0] == u.age[0]:
            return False
        q = next((i for i, (q, r) in enumerate(named) if r == role and i not in taken
                  and q.age is not None and q.age[0] == v.age[0]), None)
        if q is None:
            return False
        taken.add(q)
    return not any(r == role and q.age is not None and q.age[0] == u.age[0] for q, r in named)


def _one_of_several(t: Token) -> bool:
    """Whether the described person ``t`` is one of several described in one phrase: beside
    another with an age or a count of its own ('a 14-year-old and a 40-year-old nurse', 'a
    teenager, 16, and three other guests'), or one of a group it is said to be among ('six
    shot, including a 9-year-old'; ``group_members`` in data/persons.json). The phrase does
    not say which of them a person named elsewhere is. (Beside one with neither, 'a 40-year-old
    nurse and her baby', it is not.)"""
    group = lexicon().person_group

    def other(x: Token) -> bool:
        # ('her 30-year old uncle': the parser may hang the number off 'old', on 'year')
        return (x.lemma_.lower() in group or x.lower_ in ("old", "olds")) and (
            _age(x) is not None or any(c.dep_ == "nummod" for c in x.children)
            or any(c.lower_ == "old" and _age_compound(x.doc, c.i) is not None for c in x.lefts))

    if t.dep_ == "conj" and other(t.head) or any(c.dep_ == "conj" and other(c) for c in t.children):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in wordset("persons", "group_members")


def _superseded_ages(doc: Doc) -> frozenset[int]:
    """The ages of a first report the article says was corrected ('was initially reported
    as a 5-year-old', 'originally described as 5 years old'; ``superseded_reports`` in
    data/persons.json): the same age described elsewhere in the article is that report's."""
    d = load("persons")["superseded_reports"]
    adverbs, verbs = frozenset(d["words"]), frozenset(d["verbs"])
    out: set[int] = set()
    for t in _with_lower(doc, adverbs):
        if t.dep_ != "advmod" or t.head.lemma_.lower() not in verbs:
            continue
        for x in t.head.subtree:
            got = _age_compound(doc, x.i) if x.lower_ in ("old", "olds") or AGE.match(x.text) else None
            if got is not None and _told_by(x, t.head):
                out.add(got[0])
    return frozenset(out)


def _told_by(x: Token, v: Token) -> bool:
    """Whether ``x`` is what the report ``v`` says ('reported as a 5-year-old', 'said to be
    5 years old'), not part of a clause of its own under it ('were first told that a 5-year-old
    had fallen': the correction is of what happened, not of the age)."""
    h = x.head
    while h.i != v.i and h.head.i != h.i:
        if h.pos_ in ("VERB", "AUX") and h.lemma_ != "be":
            return False
        h = h.head
    return h.i == v.i


def _possessed_by(noun: Token, p: _Person, at: dict[int, _Person]) -> bool:
    """Whether ``noun``'s possessor is ``p`` ("Ana Ruiz's 12-year-old son", 'her 12-year-old
    son' where 'her' stands for Ruiz): such a noun describes someone else, so its age is
    never the possessor's."""
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        if any(at.get(x.i) is p for x in c.subtree):
            return True
        sent = sent_of(c)
        if c.pos_ == "PRON" and any(sent.start <= i < c.i for i in p.tokens) and _resolve_pronoun(c, [], at) is p:
            return True  # (named in the pronoun's sentence: further back the nearest name is often another's)
    return False


def _said_of_names(head: Token) -> list[Token]:
    """The names a describing noun is said of, whose age its age is: in apposition ('Ana
    Ruiz, a 23-year-old man', 'a 23-year-old man, Ana Ruiz') or as a copula's subject ('Ruiz
    was a 23-year-old man')."""
    names = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        names.append(head.head)
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        names += [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return names


def _named_as(head: Token) -> list[Token]:
    """The names a describing noun (or an age standing for a person) is given by a naming
    verb (``identify_verbs`` in data/persons.json) or a copula: 'a 40-year-old, since
    identified as Ana Ruiz', 'the 40-year-old victim was identified as Ana Ruiz', 'police
    identified the 40-year-old victim as Ana Ruiz', 'the 40-year-old victim is her aunt, Ana
    Ruiz'."""
    ident = words().identify

    def as_names(v: Token) -> list[Token]:
        return [g for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]

    out = [n for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ident
           for n in as_names(c)]
    if head.dep_ in ("nsubjpass", "dobj") and head.head.lemma_.lower() in ident:
        out += as_names(head.head)
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        for a in head.head.children:
            if a.dep_ == "attr":
                out += [a] if a.pos_ == "PROPN" else [x for x in a.children if x.dep_ == "appos" and x.pos_ == "PROPN"]
    return out


def _identified_ages(doc: Doc, at: dict[int, _Person]) -> None:
    """An age given to a described person the same clause names (:func:`_named_as`) goes to
    that named person when they have none: 'a 40-year-old, identified by deputies as Ana
    Ruiz, had a gun' (Ruiz is 40)."""
    for t in _with_lower(doc, ("old",)):
        got = _age_compound(doc, t.i)
        if got is None:
            continue
        named = {id(q): q for n in _named_as(t.head if t.dep_ == "amod" else t) if (q := at.get(n.i)) is not None}
        if len(named) == 1 and (q := next(iter(named.values()))).age is None and q.first is not None:
            q.age = got


#: a middle initial between a first name and a surname ('Ana J. Ruiz')
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")


def _unrun_ages(doc: Doc, claimed: list[_Person], runs: list[tuple[int, int]]) -> None:
    """The age written after a mention of a victim's or suspect's name that the recogniser
    did not take as a name, when no mention it took gives one: 'is accused of shooting Dorn,
    22, late Tuesday', 'Ana J. Ruiz, 16 years old - deceased'. The mention is the person's
    first name and surname (a middle initial between them or not), or the bare surname
    when no other person of the article has it."""
    wanting = [p for p in claimed if p.age is None and p.last is not None and _role(p) in ("victim", "suspect")]
    if not wanting:
        return
    taken = {i for s, e in runs for i in range(s, e)}
    untaken: dict[str, list[Token]] = defaultdict(list)  # the capitalised words no name run holds, by their lower case
    for t in doc:
        if t.i not in taken and t.i > 0 and (t.is_title or _lower_surname(t)):
            untaken[t.text.lower().strip("'’")].append(t)
    for p in wanting:
        alone = sum(1 for q in claimed if q.last == p.last) == 1
        for t in untaken.get(p.last, ()):
            b = doc[t.i - 1]
            named = b.lower_ == p.first or t.i > 1 and _MIDDLE_INITIAL.fullmatch(b.text) and doc[t.i - 2].lower_ == p.first
            if not named and (not alone or b.pos_ == "PROPN" or b.is_title and not b.is_sent_start or not t.is_title):
                continue  # (another person's name: 'Ed Dorn, 40', the surname shared or a first name before it)
            got = _age_after(doc, t.i + 1)
            if got is not None:
                p.age = got
                break


def _lower_surname(t: Token) -> bool:
    """Whether ``t`` may be a surname written in lower case after a capitalised first name
    ('Ana ruiz, 22 was shot': a slip of the keyboard). :func:`_unrun_ages` takes it only
    right after the person's own first name. Session 37, age55, from the even half."""
    return t.is_lower and t.is_alpha and t.i > 0 and t.doc[t.i - 1].is_title


def _said_of_another(head: Token, p: _Person) -> bool:
    """Whether the described noun is said of a name other than ``p``'s (:func:`_said_of_names`)."""
    return any(n.i not in p.tokens for n in _said_of_names(head))


def _aged_involved(doc: Doc, p: _Person) -> bool:
    """Whether nothing keeps ``p``, given an age, out of the people involved: no role at all,
    or a relative's (``aged_roles`` in data/persons.json) in a sentence that tells harm
    ('Deputies found Ruth Lane, 54, her son Gus Lane, 22, and Eve Moor, 22, all dead')."""
    denied = wordset("persons", "aged_bystander", "lemmas")
    # (or a subjectless one in its clause, 'was home when it began but was not involved',
    # the parser joining it to the 'when' clause)
    if any(t.lemma_.lower() in denied and any(c.dep_ == "neg" for c in t.children) and (t.i == v.i or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children)) for v in _own_verbs(doc, p) for t in v.subtree):
        return False  # 'Rosa Vance, 41, was home but was not involved': there, with no part
    if any(_bystander_verb(v) for v in _aged_verbs(doc, p)):
        return False  # 'Rosa Vance, 41, lives next door', 'was arrested on an unrelated warrant'
    role = _role(p)
    if role is None:
        return not _heard_shots(doc, p)
    if role not in wordset("persons", "aged_roles", "roles"):
        return False
    span = doc.char_span(p.age[1], p.age[2], alignment_mode="expand")
    harm = wordset("persons", "aged_roles", "lemmas")
    return span is not None and any(t.lemma_.lower() in harm for t in span.sent)


def _heard_shots(doc: Doc, p: _Person) -> bool:
    """Whether ``p``, given an age and no role, heard the shooting: a verb of hearing with a
    sound of it for object ('was in the kitchen when she heard shots'), their own verb or
    below it in the sentence of their age, with a pronoun or no subject of its own (data/persons.json
    ``aged_bystander`` ``hearing``, ``heard``): an ear witness, not one harmed."""
    d = load("persons")["aged_bystander"]
    for v in _aged_verbs(doc, p):
        for t in v.subtree:
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if t.lemma_.lower() in d["hearing"] and (t.i == v.i or all(c.pos_ == "PRON" for c in subj)) and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in d["heard"] for o in t.children):
                return True
    return False


def _aged_verbs(doc: Doc, p: _Person) -> list[Token]:
    """The verbs of ``p`` (:func:`_own_verbs`) in the sentence that gives their age: what the
    article says of them where it brings them in ('Ray Holt, 63, was at work and said')."""
    span = doc.char_span(p.age[1], p.age[2], alignment_mode="expand") if p.age else None
    if span is None:
        return []
    sent = span.sent
    return [v for v in _own_verbs(doc, p) if sent.start <= v.i < sent.end]


def _bystander_verb(v: Token) -> bool:
    """Whether ``v``, a verb of a person given an age and nothing else (:func:`_aged_verbs`),
    places them beside the event with no part in it (data/persons.json ``aged_bystander``):
    where they live, told in the present in a sentence of no harm ('Rosa Vance, 41, lives
    behind the lot'), an arrest on an unrelated charge ('was arrested on an unrelated
    warrant'), or the finding of the harm, active, with the harm below the verb ('walked in
    and found her two neighbors dead'; not 'found a pistol and shot herself')."""
    d = load("persons")["aged_bystander"]
    lem = v.lemma_.lower()
    if lem in d["finding"] and not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        # 'Rosa Vance, 41, walked in and found her two neighbors dead': the one who found the harm
        # (in what was found, not in a verb joined to it: 'found a pistol and shot herself');
        # the finder a name, not a noun the name is parsed beside ('Firefighters found two
        # more dead: Rita Hale, 47, ...' is a list of the dead)
        head = v if v.dep_ != "conj" else v.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        found = [c for c in v.children if c.dep_ in ("dobj", "ccomp", "oprd", "xcomp")]
        return subj is not None and subj.pos_ == "PROPN" and any(
            t.lemma_.lower() in d["found_states"] for c in found for t in c.subtree)
    if lem in d["dwelling"] and v.tag_ in ("VBZ", "VBP"):
        # the sentence's own verb, in a sentence of no harm (not 'Al and Bo, 23 - one lives
        # in Elm City - were each shot')
        harm = wordset("persons", "aged_roles", "lemmas")
        return v.dep_ == "ROOT" and not any(t.lemma_.lower() in harm for t in v.sent)
    return lem in words().arrest_verbs and any(t.lower_ in d["unrelated"] for t in v.subtree)


def _speaks(doc: Doc, p: _Person) -> bool:
    """Whether a mention of ``p`` is the subject of a reporting verb ('Ray Holt, 63, said'), or
    in apposition with it ('his father, Ray Holt, 63, said'), or a verb of saying of theirs is
    joined to one with no subject of its own in the sentence of their age ('Ray Holt, 63, was at
    work and said', :func:`_aged_verbs`; data/persons.json ``aged_bystander`` ``saying``)."""
    rv = lexicon().reporting
    subjects = [doc[i].head if doc[i].dep_ == "appos" else doc[i] for i in p.tokens]
    if any(s.dep_ == "nsubj" and s.head.lemma_.lower() in rv for s in subjects):
        return True
    # (the words of saying only: 'appeared before a judge and asked for a lawyer' is a defendant's)
    saying = wordset("persons", "aged_bystander", "saying")
    return any(v.dep_ == "conj" and v.lower_ in saying for v in _aged_verbs(doc, p))


def _speaks_where_aged(doc: Doc, p: _Person) -> bool:
    """Whether a mention of ``p`` in the sentence that gives their age is the one subject of a
    reporting verb ('Omar Tull, 25, a plumber from Dover, said "We heard three shots."'): a
    witness brought in to speak, not the unnamed casualty of that age told of before. Not a
    verb with another subject too, where the parser hangs a reported clause's subject on it
    ('Police said Ana Ruiz, 15, and the driver had met before')."""
    span = doc.char_span(p.age[1], p.age[2], alignment_mode="expand") if p.age else None
    if span is None:
        return False
    sent, rv = span.sent, lexicon().reporting
    for i in p.tokens:
        s = doc[i].head if doc[i].dep_ == "appos" else doc[i]
        v = s.head
        if sent.start <= i < sent.end and s.dep_ == "nsubj" and v.lemma_.lower() in rv and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i != s.i for c in v.children):
            return True
    return False


def _own_verbs(doc: Doc, p: _Person) -> list[Token]:
    """The verbs ``p`` is the subject of: each mention's clause verb (a list's first member's,
    :func:`_climb`; for a companion, 'along with Dee Bent', the verb 'along' hangs on), a verb
    joined to it with no subject of its own ('was charged and held') and a clause hung on it
    whose subject is he or she ('appeared in court, where he pleaded not guilty')."""
    companions = wordset("persons", "aged_suspect", "companions")
    out: list[Token] = []
    for i in p.tokens:
        t = doc[i]
        s = _climb(t.head if t.dep_ == "appos" and t.head.pos_ == "NOUN" else t)
        if s.dep_ == "pobj" and s.head.lower_ == "with" and s.head.head.lower_ in companions:
            v = s.head.head.head
        elif s.dep_ == "pobj" and s.head.lower_ == "with" and s.head.i > 0 and doc[s.head.i - 1].lower_ in companions \
                and doc[s.head.i - 1].head.i == s.head.head.i:
            v = s.head.head  # ('along' and 'with' both hung on the verb: session 35, age52, even half)
        elif s.dep_ in ("nsubj", "nsubjpass"):
            v = s.head
        else:
            continue
        if v.pos_ not in ("VERB", "AUX"):
            continue
        out.append(v)
        for c in v.children:
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not subj or c.dep_ == "advcl" and any(
                    g.lower_ in PRONOUN_GENDER for g in subj):
                out.append(c)
    return out


def _aged_role(doc: Doc, p: _Person) -> str:
    """The role a named person given an age and nothing else takes: a suspect when a verb of
    theirs (:func:`_own_verbs`) charges or tries them, or has them appear in court
    ('aged_suspect' in data/persons.json), else a victim."""
    d = load("persons")["aged_suspect"]
    for v in _own_verbs(doc, p):
        lem = v.lemma_.lower()
        if lem in d["lemmas"] or lem in d["appear"] and any(
                t.lemma_.lower() in d["places"] for t in v.subtree if t.dep_ == "pobj"):
            return "suspect"
    for i in p.tokens:
        t = doc[i]
        subj = [c for c in t.head.children if c.dep_ == "nsubj"] if t.dep_ in ("dobj", "dative") else []
        if any(g.lemma_.lower() in d["addressed_by"] for c in subj for g in c.subtree):
            return "suspect"  # 'Judge Ana Ruiz told Ray Dunn, 38, that ...': one the court speaks to
    return "victim"


def _spoke_after(doc: Doc, p: _Person, people: list[_Person]) -> bool:
    """Whether ``p`` told of the shooting: the subject of 'said', 'told', 'recalled' or
    'recounted' in the simple past or present ('Ruiz said from her hospital bed'; not 'had said',
    'always saying'), named in full or by a surname no one else in the article has."""
    shared = sum(1 for q in people if q.last == p.last) > 1
    for i in p.tokens:
        t = doc[i]
        s = t.head if t.dep_ == "appos" else t
        v = s.head
        if s.dep_ != "nsubj" or v.lemma_.lower() not in ("say", "tell", "recall", "recount") or v.tag_ not in (
                "VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in v.children):
            continue
        if not shared or (i > 0 and doc[i - 1].pos_ == "PROPN"):
            return True
    return False


def _killed_total(doc: Doc) -> int | None:
    """The largest number of dead the article states for its victims ('two men were
    killed'), None when it states none."""
    qs = doc._.quantities if Doc.has_extension("quantities") else None
    vals = [q["value"][0] for q in qs or () if q.get("measure") == "killed" and q["value"][0] is not None
            and q["value"][0] == q["value"][2]]
    return int(max(vals)) if vals else None


def _article_killed(doc: Doc) -> bool:
    """Whether the article reports a death: a killed figure among its quantities, else
    a death word in its text."""
    qs = doc._.quantities if Doc.has_extension("quantities") else None
    if qs:
        return any(q.get("measure") == "killed" and (q["value"][2] is None or q["value"][2] > 0) for q in qs)
    return any(t.lemma_.lower() in words().death_words for t in doc)


def persons(doc: Doc) -> list[dict[str, Any]]:
    """Person records of ``doc``: dicts with offsets, name, age, gender, role, outcome,
    condition and spans."""
    runs, lent = _lent_surnames(doc, _name_runs(doc))
    people, at = _cluster(doc, runs, lent)
    _read_names(doc, people, runs, at)
    _list_ages(doc, runs, at)
    _respective_ages(doc, runs, at)
    # lists: 'identified the dead as A, 6; B, 7; and C, 50', 'the victims were A, B and C'
    for p, facts in _listed(doc, runs, at):
        p.facts.extend(facts)
    # constructions kept as data: 'claimed the life of A', 'A and B fired into a van'
    for p, f, weak in _construction_facts(doc, people, at):
        (p.weak if weak else p.facts).append(f)
    _read_pronouns(doc, people, at)
    _read_plural_pronouns(doc, at)
    _not_alone(people)
    # people described but never named are not claims: score_people's contract is named
    # people, and an unnamed one can never be matched across outlets reliably yet. Reading
    # them still gives a named person the age or gender an unnamed mention states.
    for p in people:
        if p.first is None:
            _full_name(doc, p, at)
    claimed = [p for p in people if p.first is not None]
    _conjoined_doers(doc, claimed)
    for p in claimed:
        if p.weak and _role(p) is None and not _slip_of_another(p, claimed):
            p.facts.extend(p.weak)  # 'they were identified as A, B': nothing else says who they are
    _identified_ages(doc, at)
    _unrun_ages(doc, claimed, runs)
    _named_description(doc, _unnamed(doc, people, at), claimed)
    for p in claimed:
        if p.age is not None and _aged_involved(doc, p) and not _speaks(doc, p):
            # a named person the article gives an age and nothing else of: news writes the
            # ages of the people involved ('Ana Ruiz, 19, of Mesa'), a victim unless said
            # otherwise; one who speaks is a witness or a relative ('Ray Holt, 63, said'); one
            # charged or before a court is a suspect
            p.facts.append(Fact(_aged_role(doc, p), None, p.age[1], p.age[2]))
    _recalled(doc, claimed)
    _listed_cases(doc, claimed)
    _listed_arrests(doc, claimed)
    _release_feed(doc, claimed)
    _murder_suicide(doc, claimed)
    _leftover_age(doc, claimed, at)
    _charged_sought(doc, claimed)
    killed = _article_killed(doc)
    # the dead the article counts are all named as dead already: a victim said only to have
    # been shot is one of the hurt ('two were killed ... A and B died ... C was shot')
    total = _killed_total(doc)
    dead = sum(1 for p in claimed if any(f.outcome == "killed" for f in p.facts))
    if total is not None and (dead >= total or 2 * total < _open_victims(claimed)):
        # (or the article's dead are fewer than half the victims it says only were shot: 'one
        # man died ... A, B, C and D were hit': each of them more likely lived; the dead
        # already named are not taken off, as they may be a suspect's death or another story's)
        killed = False
    # one word only ('Kayla', 'Toddler', 'Gresham'): a first name, a describer or not a person
    out = [_record(doc, p, killed, people) for p in people if p.first is not None]
    out += _surname_spellings(doc, claimed, at)
    out.sort(key=lambda r: (r["start"], r["end"]))
    return out


def _read_names(doc: Doc, people: list[_Person], runs: list[tuple[int, int]], at: dict[int, _Person]) -> None:
    """What each name's mentions say of its person (facts, describing nouns, age, gender,
    condition); a credit line makes the person press, a rank read as a sentence's end an
    official."""
    lines = _credited(doc, runs)
    for p in people:
        credit = None
        for i in p.tokens:
            h = doc[i]
            run = next((r for r in runs if r[0] <= i < r[1]), (i, i + 1))
            rank = _rank_before(doc, run[0])
            if run[0] in lines:
                credit = credit or doc[run[0]]
                continue  # a credit line says nothing of the event
            if rank is not None:
                # 'according to Sgt. Dale Brin, the boy was hit': the parser ends a sentence
                # at the rank's full stop, and the clause it then reads is not about the officer
                p.facts.append(_fact("other:official", None, rank))
                p.titled = True
                if not _rank_opens(doc, rank):
                    continue
            office = _office_before(doc, run[0])
            if office is not None:
                # 'County Coroner Ada Vance confirmed the boy died': the clause around the
                # office holder's name tells of someone else
                p.facts.append(_fact("other:" + office[0], None, office[1]))
                p.titled = p.titled or office[0] == "official"
                continue
            f, d = read_mention(h, start=run[0])
            p.facts.extend(f)
            p.descs.extend(d)
            if p.age is None:
                p.age = _age_near(doc, *run) or _age_said(h)
            named = _named_noun(h)
            if named is not None:
                if not named[1]:
                    p.facts.extend(_noun_facts(named[0]))
                if p.age is None:
                    p.age = _age_of_noun(named[0])
            if p.gender is None:
                p.gender = _gender_cue(doc, run[0], run[1], h)
            if p.condition is None:
                c = _condition(h)
                if c:
                    p.condition = (c[0], c[1].idx, c[1].idx + len(c[1]))
        if credit is not None and not {"victim", "suspect"} & {f.role for f in p.facts}:
            # named in a credit line and nowhere said to be shot or to have done it: the press,
            # whatever else the words around say ('Photo: Gil Marsh' is not 'Ada Marsh, 4, died')
            p.facts, p.credit = [_fact("other:press", None, credit)], True


def _read_pronouns(doc: Doc, people: list[_Person], at: dict[int, _Person]) -> None:
    """he / she: what is said of the nearest named person before (gender, an age 'he was
    23', what happened, a condition); the role a pronoun may give is weaker than a name's
    and is not taken."""
    for t in _with_lower(doc, PRONOUN_GENDER):
        if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "poss"):
            continue
        p = _resolve_pronoun(t, people, at)
        if p is None:
            continue
        if p.gender is None:
            p.gender = (PRONOUN_GENDER[t.lower_], t.idx, t.idx + len(t))
        if p.age is None and t.dep_ == "nsubj":
            p.age = _age_said(t)  # 'he was 23'
        f, _ = read_mention(t)
        p.facts.extend(replace(x, told=True) for x in f if x.outcome in ("killed", "injured", "shot", "arrested"))
        if p.condition is None:
            c = _condition(t)
            if c:
                p.condition = (c[0], c[1].idx, c[1].idx + len(c[1]))


def _group_before(pron: Token, at: dict[int, _Person]) -> list[_Person]:
    """The named people a plural 'they' stands for: the nearest name before it, in its
    sentence or the one before, when that name is one of two or more coordinated names
    ('Ana Ruiz, 30, and Lee Park, 21, were in jail when they were charged'); none when the
    nearest name stands alone."""
    doc = pron.doc
    sent = sent_of(pron)
    lo = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    # not the source a list is told by ('... were identified as A and B, according to the
    # hospital's director Dr. C. They were in critical condition': careful reading round 42,
    # two girls in critical condition read as dead)
    near = next((i for i in range(pron.i - 1, lo - 1, -1) if i in at and not _source_of(doc[i])), None)
    if near is None:
        return []
    top = _climb(doc[near])
    group = [at[top.i]] if top.i in at else []
    for t in top.subtree if group else ():
        if t.i in at and t.i != top.i and _climb(t).i == top.i and at[t.i] not in group:
            group.append(at[t.i])
    if len(group) > 1:
        return [] if _group_subject_before(top) else group
    # 'her son, Sid Kerr, and a family friend, Dee Lamb, were shot. Both ...': names in
    # apposition with coordinated nouns stand for them
    top = _climb_nouns(doc[near])
    group = [at[t.i] for t in top.subtree if t.i in at and t.dep_ == "appos" and t.head.pos_ == "NOUN"
             and _climb_nouns(t).i == top.i]
    return group if len(group) > 1 and len(set(map(id, group))) == len(group) else []


def _group_subject_before(top: Token) -> bool:
    """Whether the names under ``top`` are told in a clause whose subject, before them, is a
    group of its own ('The two men are charged in the killings of Ana Ruiz and Lee Park. They
    pleaded not guilty.': 'they' is the men, not the dead): a plural noun, a number, a count
    word (data/persons.json ``counted_groups``: 'Both are charged in ...') or a plural pronoun,
    that holds none of the names. Only names that are the object of a noun ('the killings of',
    'the deaths of'), or the rest of such a list that the parser hangs as an object on a passive
    verb with its own subject ('The two are charged in the deaths of A, B and C', as
    :func:`_object_facts` reads it); the objects of an active verb are read as before ('The
    officers shot A and B. They died'). Session 35: age52 (plural subjects) and people52r
    (counted ones), both from the even half; one rule since session 36."""
    if top.dep_ == "pobj" and top.head.head.pos_ == "NOUN":
        v = top.head
        while v.dep_ in ("prep", "pobj", "conj") and v.head.i != v.i:
            v = v.head
    elif top.dep_ == "dobj" and any(c.dep_ == "nsubjpass" for c in top.head.children):
        v = top.head
    else:
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < top.i), None)
    return subj is not None and not any(x.i == top.i for x in subj.subtree) and (
        subj.tag_ in ("NNS", "CD") or subj.like_num or subj.lower_ in load("persons")["counted_groups"]["words"]
        or subj.lower_ in wordset("grammar", "plural_pronouns"))


def _climb_nouns(s: Token) -> Token:
    """As :func:`_climb`, through a name's apposition with a noun too ('her son, Sid Kerr,
    and a friend, Dee Lamb,': 'son' for both names)."""
    for _ in range(6):
        t = _climb(s)
        if t.dep_ == "appos" and t.head.pos_ == "NOUN" and t.head.i != t.i:
            t = t.head
        if t.i == s.i:
            break
        s = t
    return s


def _source_of(t: Token) -> bool:
    """Whether the name token ``t`` is (in apposition with) the object of 'according to'."""
    for _ in range(3):
        if according_to(t):
            return True
        if t.dep_ not in ("appos", "compound", "flat"):
            return False
        t = t.head
    return False


def _read_plural_pronouns(doc: Doc, at: dict[int, _Person]) -> None:
    """they: what happened to a group of named people ('... were in custody when they were
    charged', '... They were taken to a hospital', 'All three were charged', 'Both were
    hurt': a count as many as the names): the outcomes a he / she gives, to each."""
    counts = load("persons")["counted_groups"]["words"]
    for t in _with_lower(doc, ("they", *counts)):
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        group = _group_before(t, at)
        if not group or t.lower_ in counts and counts[t.lower_] != len(group):
            continue  # ('all three were charged': as many as the names before)
        f, _ = read_mention(t)
        f = [x for x in f if x.outcome in ("killed", "injured", "shot", "arrested")]
        for p in group:
            if not _is_other(p):
                p.facts.extend(f)


def _record(doc: Doc, p: _Person, killed: bool, people: list[_Person] | None = None) -> dict[str, Any]:
    """The person record of a named person: its role and outcome as read (``killed``: the
    article says someone died whom no named person accounts for), with the spans that say
    each where they differ from the name's."""
    role = _role(p)
    # one who speaks after the shooting ('Ruiz said from his hospital bed') lived, whatever
    # the article's dead
    outcome, of = _outcome(p, role, killed and not _spoke_after(doc, p, people or []))
    start, end = p.mention
    spans: dict[str, tuple[int, int]] = {}
    if p.age:
        spans["age"] = (p.age[1], p.age[2])
    if p.gender:
        spans["gender"] = (p.gender[1], p.gender[2])
    if p.condition:
        spans["condition"] = (p.condition[1], p.condition[2])
    if of is not None:
        spans["outcome"] = (of.start, of.end)
    rf = next((f for f in p.facts if f.role and (f.role == role or f.role == f"other:{role}")), None)
    if rf is not None:
        spans["role"] = (rf.start, rf.end)
    g = p.gender[0] if p.gender else None
    return {
        "start": start, "end": end, "name": p.name, "age": in_years(doc_text(doc), p.age) if p.age else None,
        "gender": {"m": "male", "f": "female"}.get(g or ""), "role": role, "outcome": outcome,
        "condition": p.condition[0] if p.condition else None,
        "spans": {k: v for k, v in spans.items() if v != (start, end)},
    }



def _surname_spellings(doc: Doc, claimed: list[_Person], at: dict[int, _Person]) -> list[dict[str, Any]]:
    """Records of a surname of five letters or more written alone, outside every full name
    the article gives, one letter off the surname of exactly one person named in full after the
    same first letter ('Ada Kessel', later 'Kessell drove off'; :func:`_surname_slip`), or a
    slip of that person's first name (:func:`~reconcile.text.names.first_name_slip`): most likely that person,
    spelled another way (compare tells). Not an -s added or cut: a family ('the Kessels') or
    a possessive's apostrophe misplaced ('Reeve's car' of 'Ida Reeves'); nor a word of a run
    of capitalised words; nor the spelling a correction puts right ('..., not Dewayne').
    Only the name and where: nothing is read of it."""
    taken = {q.last for q in claimed} | {q.first for q in claimed}
    out: dict[str, dict[str, Any]] = {}
    for t in _proper_nouns(doc):
        low = t.lower_
        if t.i in at and at[t.i].first is not None or len(low) < 5 or low in taken or low in out \
                or not _first_name_alone(t, set()):
            continue
        if any(0 <= k < len(doc) and doc[k].text[:1].isupper() for k in (t.i - 1, t.i + 1)):
            continue  # a word of a longer name ('the Black P Stones')
        if t.i > 0 and doc[t.i - 1].lower_ == "not":
            continue  # a correction naming the spelling it puts right ('his name is Dwayne, not Dewayne')
        # a surname's slip first ('Haung' / 'Huang' beside 'Hank'); else a first name's
        near = [q for q in claimed if _surname_slip(low, q.last)] or [q for q in claimed if q.first and first_name_slip(q.first, low)]
        if len(near) == 1:
            out[low] = {"start": t.idx, "end": t.idx + len(t), "name": t.text, "age": None, "gender": None,
                        "role": None, "outcome": None, "condition": None, "spans": {}}
    return list(out.values())


def _slip_of_another(p: _Person, claimed: list[_Person]) -> bool:
    """Whether ``p``'s full name is another claimed person's with the surname one letter off
    ('Lina Kessell's family said' beside 'Lina Kessel, 14, was shot'; :func:`_surname_slip`):
    the same person spelled another way, given no weak role of a second person. (Session 40,
    poss58, issue 13, even half: a victim's misspelt name made a second victim by kin_of_speaks.)"""
    last = p.last
    return bool(p.first and last) and any(
        q is not p and q.first == p.first and _surname_slip(last or "", q.last) for q in claimed)


def _surname_slip(low: str, last: str | None) -> bool:
    """A surname one letter off (or two letters swapped: 'Kessel' / 'Kesesl') after the same
    first letter; not an -s added or cut (a family, 'the Kessels')."""
    return bool(last) and last[:1] == low[:1] and OSA.distance(last, low) == 1 \
        and low + "s" != last and low != last + "s"


make_persons = register("reconcile_persons", "persons", lambda doc: persons(doc),
                        ["token.dep", "token.pos", "doc.ents", "doc.sents"])

"""Faster stand-ins for two of the pipeline's rule-based components, with the same output.

On en_core_web_sm the rule-based ``attribute_ruler`` and ``lemmatizer`` take about a
sixth of the parse time (measured with ``time.process_time`` per component on 150
gva-dev articles: attribute_ruler 1.4 s, lemmatizer 0.8 s of 12.7 s), nearly all of it
Python work per token that repeats for every occurrence of the same word. Both
stand-ins wrap the model's own component and give exactly its annotations:

- ``reconcile_attribute_ruler`` evaluates the ruler's single-token patterns once per
  distinct (tag, lower, dep, is_space) and remembers which rules fire; patterns it
  cannot evaluate itself (several tokens, other attributes or operators) still go
  through the ruler's spaCy ``Matcher``. The attributes of the rules that fire on a
  token are merged in the ruler's order (later rules win), once per distinct key, and
  written with ``Doc.from_array``, which sets each as spaCy's ``set_token_attrs`` does.
- ``reconcile_lemmatizer`` remembers the lemma per (orth, pos, morph), the key the
  rule lemmatizer caches by itself, and asks the lemmatizer only on a miss; on a miss,
  a copy of it whose word lists (``lemma_index``) are sets answers, as it only asks
  ``in`` of them (a miss cost a scan of up to 57,528 words per suffix rule).

``tests/test_fastpath.py`` checks token by token that the output equals the original
components'; ``bench/fastpath_check.py`` does the same on the eval corpora.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import numpy

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
#: the most keys either stand-in remembers: past it, its memos are emptied and refilled
#: (a new word costs a test of the rules again), so a run over 100,000 articles holds
#: no more than a run over a few thousand (160 gva-dev articles: 11,571 keys)
MEMO_MAX = 100_000


def _predicate(spec: dict[str, Any]) -> Callable[[tuple], bool] | None:
    """A test over (tag, lower, dep, is_space) for one token spec, or None when the
    spec uses something else (then the Matcher handles the pattern)."""
    tests = []
    for key, want in spec.items():
        if key not in _FIELDS:
            return None
        i = _FIELDS[key]
        if isinstance(want, (str, bool)):
            tests.append(lambda v, i=i, w=want: v[i] == w)
        elif isinstance(want, dict) and len(want) == 1:
            (op, arg), = want.items()
            if op == "IN" and isinstance(arg, list):
                s = frozenset(arg)
                tests.append(lambda v, i=i, s=s: v[i] in s)
            elif op == "NOT_IN" and isinstance(arg, list):
                s = frozenset(arg)
                tests.append(lambda v, i=i, s=s: v[i] not in s)
            elif op == "REGEX" and isinstance(arg, str) and i != 3:
                r = re.compile(arg)
                tests.append(lambda v, i=i, r=r: bool(r.search(v[i])))
            else:
                return None
        else:
            return None
    if len(tests) == 1:
        return tests[0]  # one test: itself, without a generator per call
    return lambda v: all(t(v) for t in tests)


def _index(spec: dict[str, Any], rule: tuple[int, Callable[[tuple], bool]],
           by_lower: dict[str, list], by_tag: dict[str, list], always: list) -> None:
    """File a test under the word (else the tag) its token spec requires, so a new
    token meets only the tests that can pass; a spec that requires neither, always."""
    for field, table in (("LOWER", by_lower), ("TAG", by_tag)):
        want = spec.get(field)
        values = [want] if isinstance(want, str) else (
            want["IN"] if isinstance(want, dict) and list(want) == ["IN"] else None)
        if values is not None:
            for v in values:
                table.setdefault(v, []).append(rule)
            return
    always.append(rule)


class FastAttributeRuler:
    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.attrs = ruler.attrs
        self.single: list[tuple[int, Callable[[tuple], bool]]] = []
        # single-token rules indexed by the word or tag they require, so a new
        # token tests only the rules that can fire on it
        self.by_lower: dict[str, list[tuple[int, Callable[[tuple], bool]]]] = {}
        self.by_tag: dict[str, list[tuple[int, Callable[[tuple], bool]]]] = {}
        self.always: list[tuple[int, Callable[[tuple], bool]]] = []
        #: the single-token rules that read the word: the others fire on every token
        #: of one (tag, dep, is_space) alike, tested once each (``base``)
        self.lexical: set[tuple[int, Callable[[tuple], bool]]] = set()
        self.base: dict[tuple[int, int, int], frozenset[int]] = {}
        self.split: dict[int, tuple[list, list]] = {}  # per tag: its rules, plain and lexical
        #: rules of several tokens, each token a test: (rule, index, columns of ``steps``)
        #: (and the tests of their tokens, indexed as the single-token rules are)
        self.sequences: list[tuple[int, int, list[int]]] = []
        self.n_steps = 0
        self.step_by_lower: dict[str, list[tuple[int, Callable[[tuple], bool]]]] = {}
        self.step_by_tag: dict[str, list[tuple[int, Callable[[tuple], bool]]]] = {}
        self.step_always: list[tuple[int, Callable[[tuple], bool]]] = []
        self.matcher = Matcher(self.vocab)
        self.rest = 0
        for aid, p in enumerate(ruler.patterns):
            for pattern in p["patterns"]:
                self._add(aid, p["index"], pattern)
        #: every attribute a rule sets, the columns written to the doc
        self.cols: list[int] = sorted({attr for attrs in self.attrs for attr in attrs})
        self._empty()

    def _empty(self) -> None:
        """The memos, empty: the rules that fire per distinct (tag, lower, dep,
        is_space) (``memo``) and its row in the tables below (``slots``): the merged
        attributes of the rules that fire on it (:meth:`_merged`: ``values`` and whether
        ``given``) and which tokens of ``sequences`` it fits (``steps``)."""
        self.memo: dict[tuple[int, int, int, int], tuple[int, ...]] = {}
        self.slots: dict[tuple[int, int, int, int], int] = {}
        self.merged: dict[tuple[int, ...], tuple[list[int], list[bool]]] = {}
        self.values = numpy.zeros((64, len(self.cols)), dtype=numpy.uint64)
        self.given = numpy.zeros((64, len(self.cols)), dtype=bool)
        self.steps = numpy.zeros((64, self.n_steps), dtype=bool)

    def _add(self, aid: int, index: int, pattern: list[dict[str, Any]]) -> None:
        tests = [_predicate(spec) for spec in pattern]
        if len(pattern) > 1 and all(tests):
            cols = list(range(self.n_steps, self.n_steps + len(tests)))
            self.sequences.append((aid, index, cols))
            for col, spec, test in zip(cols, pattern, tests):
                _index(spec, (col, test), self.step_by_lower, self.step_by_tag, self.step_always)
            self.n_steps += len(tests)
            return
        pred = tests[0] if len(pattern) == 1 and index in (0, -1) else None
        if pred is None:
            self.matcher.add(str(aid), [pattern])
            self.rest += 1
            return
        self.single.append((aid, pred))
        if "LOWER" in pattern[0]:
            self.lexical.add((aid, pred))
        _index(pattern[0], (aid, pred), self.by_lower, self.by_tag, self.always)

    def _strings(self, key: tuple[int, int, int, int]) -> tuple[str, str, str, bool]:
        s = self.vocab.strings
        return (s[key[0]] if key[0] else "", s[key[1]] if key[1] else "",
                s[key[2]] if key[2] else "", bool(key[3]))

    def _fired(self, key: tuple[int, int, int, int], values: tuple[str, str, str, bool] | None = None) -> tuple[int, ...]:
        fired = self.memo.get(key)
        if fired is None:
            values = values or self._strings(key)
            split = self.split.get(key[0])
            if split is None:
                rules = self.by_tag.get(values[0], []) + self.always
                split = self.split[key[0]] = ([r for r in rules if r not in self.lexical],
                                              [r for r in rules if r in self.lexical])
            base = self.base.get((key[0], key[2], key[3]))
            if base is None:
                base = self.base[key[0], key[2], key[3]] = frozenset(aid for aid, pred in split[0] if pred(values))
            lexical = split[1] + self.by_lower.get(values[1], [])
            fired = tuple(sorted(base.union(aid for aid, pred in lexical if pred(values))))
            self.memo[key] = fired
        return fired

    def _merged(self, fired: tuple[int, ...]) -> tuple[list[int], list[bool]]:
        """The attributes rules ``fired`` set, in the ruler's order (a later rule's
        value wins, as when spaCy sets them one rule after another): a value and
        whether it is set, per column of :attr:`cols`."""
        values, given = [0] * len(self.cols), [False] * len(self.cols)
        for aid in fired:
            for attr, value in self.attrs[aid].items():
                col = self.cols.index(attr)
                values[col], given[col] = value, True
        return values, given

    def _slot(self, key: tuple[int, int, int, int]) -> int:
        slot = self.slots.get(key)
        if slot is None:
            slot = self.slots[key] = len(self.slots)
            if slot == len(self.values):
                self.values, self.given, self.steps = (
                    numpy.concatenate([a, numpy.zeros_like(a)]) for a in (self.values, self.given, self.steps))
            strings = self._strings(key)
            fired = self._fired(key, strings)
            merged = self.merged.get(fired)
            if merged is None:
                merged = self.merged[fired] = self._merged(fired)
            self.values[slot], self.given[slot] = merged
            if self.n_steps:
                tests = self.step_by_lower.get(strings[1], []) + self.step_by_tag.get(strings[0], []) + self.step_always
                for col, test in tests:
                    if test(strings):
                        self.steps[slot, col] = True
        return slot

    def _matches(self, doc: Doc, slots: Any) -> dict[int, list[int]]:
        """The rules of several tokens that fire, per token they set (as the ruler's
        Matcher finds them; each sequence's tokens tested from its table)."""
        extra: dict[int, list[int]] = {}
        if self.rest:
            for m_id, start, end in self.matcher(doc, allow_missing=True):
                aid = int(self.vocab.strings[m_id])
                i = doc[start:end][self.ruler.indices[aid]].i
                extra.setdefault(i, []).append(aid)
        steps, n = self.steps[slots], len(doc)
        for aid, index, cols in self.sequences:
            k = len(cols)
            if k > n:
                continue
            fits = numpy.ones(n - k + 1, dtype=bool)
            for offset, col in enumerate(cols):
                fits &= steps[offset:n - k + 1 + offset, col]
            for start in numpy.flatnonzero(fits).tolist():
                extra.setdefault(start + (index if index >= 0 else k + index), []).append(aid)
        return extra

    def __call__(self, doc: Doc) -> Doc:
        """Each token gets the attributes of the rules that fire on it, merged once per
        distinct (tag, lower, dep, is_space) and written as columns (``Doc.from_array``
        sets each token's value as ``set_token_attrs`` does)."""
        if not len(doc):
            return doc
        if len(self.slots) > MEMO_MAX:  # bounded: emptied and refilled when full
            self._empty()
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        slots = numpy.array([self._slot(tuple(row)) for row in rows], dtype=numpy.int64)
        extra = self._matches(doc, slots)
        if not all(isinstance(col, int) for col in self.cols):  # extension attributes ("_")
            return self._per_token(doc, rows, extra)
        values, given = self.values[slots], self.given[slots]
        for i, aids in extra.items():
            value, set_ = self._merged(tuple(sorted(set(self._fired(tuple(rows[i]))) | set(aids))))
            values[i], given[i] = value, set_
        doc.from_array(self.cols, numpy.where(given, values, doc.to_array(self.cols)))
        return doc

    def _per_token(self, doc: Doc, rows: list[list[int]], extra: dict[int, list[int]]) -> Doc:
        for i, row in enumerate(rows):
            fired = tuple(sorted(set(self._fired(tuple(row))) | set(extra.get(i, ()))))
            for aid in fired:
                set_token_attrs(doc[i], self.attrs[aid])
        return doc


def _indexed(lemmatizer: Any) -> Any:
    """A copy of a rule lemmatizer whose ``lemma_index`` word lists are sets. The rule
    lemmatizer asks only ``form in index`` of them, of lists of up to 57,528 words (one
    per part of speech), for every suffix rule a new word meets; the model's own
    lemmatizer and its tables are left as they are."""
    index = lemmatizer.lookups.get_table("lemma_index", None)
    if index is None:
        return lemmatizer
    sets = Table(name="lemma_index")
    for key, forms in index.items():
        sets[key] = frozenset(forms) if isinstance(forms, list) else forms
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        lookups.set_table(name, sets if name == "lemma_index" else lemmatizer.lookups.get_table(name))
    fast = copy.copy(lemmatizer)
    fast.lookups, fast.cache = lookups, {}
    return fast


class FastLemmatizer:
    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}
        self.lemmatize = lemmatizer.lemmatize
        self.indexed: Any = None
        if getattr(lemmatizer, "mode", None) == "rule" and lemmatizer.lookups is not None:
            self.indexed = _indexed(lemmatizer)
            self.lemmatize = self.indexed.rule_lemmatize

    def __call__(self, doc: Doc) -> Doc:
        if len(self.memo) > MEMO_MAX:  # bounded: emptied (with the copy's own cache) when full
            self.memo.clear()
            if self.indexed is not None:
                self.indexed.cache.clear()
        overwrite = self.lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        memo = self.memo
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            h = memo.get(key)
            if h is None:
                h = memo[key] = self.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = h
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("reconcile_attribute_ruler", default_config={"wraps": "attribute_ruler"})
def make_attribute_ruler(nlp: Language, name: str, wraps: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe(wraps))


@Language.factory("reconcile_lemmatizer", default_config={"wraps": "lemmatizer"})
def make_lemmatizer(nlp: Language, name: str, wraps: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe(wraps))


def install(nlp: Language) -> Language:
    """Put the stand-ins in place of the model's components (where it has them)."""
    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler":
        nlp.add_pipe("reconcile_attribute_ruler", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    lem = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lem is not None and getattr(lem, "mode", None) == "rule":
        nlp.add_pipe("reconcile_lemmatizer", before="lemmatizer")
        nlp.remove_pipe("lemmatizer")
    return nlp

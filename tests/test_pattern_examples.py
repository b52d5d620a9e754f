"""Every pattern kept as data carries an example sentence of our own, and is tested on it.

A new construction is one entry in reconcile/data/*.json with its example: this file finds
every entry that has both a ``pattern`` and an ``example`` and checks that the pattern
matches its example (a spaCy Matcher or DependencyMatcher pattern on the parsed example, a
regular expression on the text), so a pattern that stops matching what it was written for
fails here, without a test written by hand for it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher, Matcher

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data"


def _entries():
    """(where, entry) for every dict in the data files with a pattern and an example."""
    out = []

    def walk(x, where):
        if isinstance(x, dict):
            if "example" in x and "pattern" in x:
                out.append((where, x))
            for k, v in x.items():
                walk(v, f"{where}/{k}")
        elif isinstance(x, list):
            for i, v in enumerate(x):
                walk(v, f"{where}[{i}]")

    for f in sorted(DATA.glob("*.json")):
        walk(json.loads(f.read_text(encoding="utf-8")), f.name)
    return out


ENTRIES = _entries()


def test_the_data_files_carry_their_patterns_examples():
    """The files that hold spaCy patterns have them all with examples (this test would
    otherwise pass on nothing)."""
    where = {w.split("/")[0] for w, _e in ENTRIES}
    assert {"casualty_patterns.json", "persons.json", "facts.json", "units.json"} <= where
    for name in ("casualty_patterns.json",):
        data = json.loads((DATA / name).read_text(encoding="utf-8"))
        for key, value in data.items():
            if isinstance(value, list) and value and isinstance(value[0], (dict, list)):
                assert all(isinstance(v, dict) and "example" in v for v in value), f"{name}/{key}"


@pytest.mark.parametrize("where, entry", ENTRIES, ids=[w for w, _e in ENTRIES])
def test_each_pattern_matches_its_example(nlp, where, entry):
    pattern, example = entry["pattern"], entry["example"]
    if isinstance(pattern, str):
        assert re.search(pattern, example, re.I), where
        return
    if where.startswith("units.json"):  # '$name' word lists and the token kinds of reconcile_measures
        from reconcile.extract import measures

        measures._register()
        pattern = measures._resolve(pattern)
    doc = nlp(example)
    if pattern and "RIGHT_ID" in pattern[0]:
        m = DependencyMatcher(nlp.vocab)
        m.add("p", [pattern])
    else:
        m = Matcher(nlp.vocab)
        m.add("p", [pattern])
    assert m(doc), f"{where}: no match in {example!r}"


ROLE_ENTRIES = [(w, e) for w, e in ENTRIES if "role" in e]


@pytest.mark.parametrize("where, entry", ROLE_ENTRIES, ids=[w for w, _e in ROLE_ENTRIES])
def test_a_person_construction_gives_its_role_to_the_person_in_its_example(nlp, where, entry):
    """The person the pattern's 'person' node lands on gets the construction's role (and,
    when it names one other than 'shot', its outcome) in the example's person claims."""
    doc = nlp(entry["example"])
    m = DependencyMatcher(nlp.vocab)
    m.add("p", [entry["pattern"]])
    nodes = [n["RIGHT_ID"] for n in entry["pattern"]]
    heads = {doc[ids[nodes.index("person")]].i for _mid, ids in m(doc)}
    people = [p for p in doc._.persons if any(p["start"] <= doc[i].idx < p["end"] for i in heads)]
    assert people, where
    assert any(p["role"] == entry["role"] for p in people), (where, people)
    if entry.get("outcome") not in (None, "shot"):
        assert any(p["outcome"] == entry["outcome"] for p in people), (where, people)


def _word_lists():
    """(where, entry, field) for every dict in the data files with an example and a list of
    words, lemmas or spaCy labels (and no pattern)."""
    out = []
    for f in sorted(DATA.glob("*.json")):
        for key, entry in json.loads(f.read_text(encoding="utf-8")).items():
            if isinstance(entry, dict) and "example" in entry and "pattern" not in entry:
                out += [(f"{f.name}/{key}", entry, fld) for fld in ("words", "lemmas", "labels")
                        if isinstance(entry.get(fld), list)]
    return out


WORD_LISTS = _word_lists()
#: the data files whose every word list carries an example (the ones written since issue 16)
WITH_EXAMPLES = ("accounts.json", "grammar.json", "ingest.json", "names.json", "times.json")


def test_the_word_lists_of_the_newer_data_files_all_carry_an_example():
    for name in WITH_EXAMPLES:
        data = json.loads((DATA / name).read_text(encoding="utf-8"))
        for key, entry in data.items():
            if not key.startswith("_"):
                assert "_about" in entry and "example" in entry, f"{name}/{key}"
    assert {w.split("/")[0] for w, _e, _f in WORD_LISTS} >= set(WITH_EXAMPLES)


@pytest.mark.parametrize("where, entry, field", WORD_LISTS, ids=[w for w, _e, _f in WORD_LISTS])
def test_each_word_list_shows_one_of_its_words_in_its_example(nlp, where, entry, field):
    """A word list's example holds one of its words (as a word, a lemma or, for a list of
    spaCy labels, a token's dependency or an entity's type in the parsed example)."""
    words, example = entry[field], entry["example"]
    if field == "labels":
        doc = nlp(example)
        assert {t.dep_ for t in doc} & set(words) or {e.label_ for e in doc.ents} & set(words), where
    elif field == "lemmas":
        assert {t.lemma_.lower() for t in nlp(example)} & set(words), where
    else:
        low = example.lower()
        if any(re.search(("(?<!\\w)" if w[0].isalnum() else "") + re.escape(w.lower())
                         + ("(?!\\w)" if w[-1].isalnum() else ""), low) for w in words):
            return
        # a list read as lemmas, labels or parts of speech (the casualty reader's): one of
        # them on a token of the parsed example
        doc = nlp(example)
        seen = {t.lemma_.lower() for t in doc} | {t.dep_ for t in doc} | {t.pos_ for t in doc} | {
            e.label_ for e in doc.ents}
        assert seen & set(words), where

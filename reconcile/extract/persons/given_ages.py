"""Ages given to people after their mentions are gathered: a list of names with
its ages ('ages 19 and 22', 'both 23'), ages told respectively, an age the
recogniser's run left out, an age an identification or a later sentence gives.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from ...data import load, wordset
from ...text.lexicon import lexicon
from ..victims import AGE, _age
from .ages import _age_after, _age_compound, _age_value
from .matchers import words
from .names import _with_lower
from .person import _Person, _role


# the words after a list of names that give its ages: one age for all ('both 23'), one each
# ('ages 19 and 22'); and 'olds' of '18-year-olds' before the list
_ONE_AGE, _EACH_AGE = ("both", "all"), ("ages", "aged")


def _list_ages(doc: Doc, runs: list[tuple[int, int]], at: dict[int, _Person]) -> None:
    """Ages given once for a list of names: 'A and B, both 23', 'A and B, ages 19 and 22',
    '18-year-olds A, B and C'. A person who has an age keeps it."""
    seps = (",", "and", "&", ";")
    ends = {_past_suffix(doc, e): (s, e) for s, e in runs}  # 'A Jr. and B, both 23'
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


def _past_suffix(doc: Doc, e: int) -> int:
    """The token after a name ending at ``e`` and its generational suffix, if one follows
    ('Sam Ortiz Jr.', 'Sam Ortiz, III'): the suffix belongs to the name in a list of names."""
    suffixes = words().name_suffixes
    if e < len(doc) and doc[e].lower_ in suffixes:
        return e + 1
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in suffixes:
        return e + 2
    return e


def _respective_ages(doc: Doc, runs: list[tuple[int, int]], at: dict[int, _Person]) -> None:
    """Ages given in order to a list of names by 'respectively' ('A, B and C — 16, 20 and 17,
    respectively'; ``respective_ages`` in data/persons.json): as many ages as names, each to
    its name, over the first number the last name was read with."""
    words_, seps = wordset("persons", "respective_ages"), wordset("persons", "respective_ages", "separators")
    ends = {_past_suffix(doc, e): (s, e) for s, e in runs}
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


def _aged_alone(t: Token) -> bool:
    """Whether ``t`` is an age standing for a person with no noun after it ('the 15-year-old
    was wounded', parsed with 'old' as the subject)."""
    return t.lower_ in ("old", "olds") and t.pos_ in ("ADJ", "NOUN") and _age_compound(t.doc, t.i) is not None


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
        if t.i not in taken and t.i > 0 and t.is_title:
            untaken[t.text.lower().strip("'’")].append(t)
    for p in wanting:
        alone = sum(1 for q in claimed if q.last == p.last) == 1
        for t in untaken.get(p.last, ()):
            b = doc[t.i - 1]
            named = b.lower_ == p.first or t.i > 1 and _MIDDLE_INITIAL.fullmatch(b.text) and doc[t.i - 2].lower_ == p.first
            if not named and (not alone or b.pos_ == "PROPN" or b.is_title and not b.is_sent_start):
                continue  # (another person's name: 'Ed Dorn, 40', the surname shared or a first name before it)
            got = _age_after(doc, t.i + 1)
            if got is not None:
                p.age = got
                break

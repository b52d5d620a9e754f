"""Quantities: a figure, the interval it allows, what it counts, and its scope.

``quantities(doc)`` yields plain dicts (character offsets, interval, hedge, measure,
counted noun, place, time); the ``reconcile_quantities`` component stores them on
``doc._.quantities``. Word lists come from ``reconcile/data``.

A figure is found three ways: numerals and number words ("62", "sixty-two",
"a dozen", "$1.8bn", "£2m"), vague counts ("several", "dozens"), and implicit singulars
("a man was shot dead" is 1 killed). Its measure comes from the counted noun ("eight
injuries"), the predicate that governs the counted people ("killing four people", "4 dead",
"claimed the lives of"), or, for a bare figure in a list ("66 times - 32 in Iraq"),
the figure it breaks down.

Two figures joined as a range ("between 5 and 10", "from 12 to 20", "5-10", "two or
three") are one quantity with low and high and no nominal; "rose from 12 to 20" is a
change, two figures. Money, percentages and percentage points are read from their sign
or unit word. Outside the casualty rules (they never feed the victim logic in
``victims.py``): fractions ("half of the workers", "a third of schools"; measure
``fraction``), measurements ("12,000 acres", "120 km/h"; measure null, the unit as noun)
and bare figures that count nothing named ("drew 11,200", "rose to 23"; measure and noun
null, so alignment leaves them out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy
from spacy.attrs import LIKE_NUM, LOWER, ORTH, SHAPE
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..text import numbers
from ..text.dates import CALENDAR_DAY
from ..text.lexicon import lexicon, mapping, words
from ..text.names import PLACE_WORDS
from . import victims
from .component import register
from .figures import Figure
from .scope import (at_a_care_place, clause_tokens, count_taken_for_date, is_heading, paragraph_breaks, place_text, predicate, scope_of,
                    sent_of, doc_ents, sentence_frame, told_as_person)

def _words(key: str) -> frozenset[str]:
    """A word list of ``data/quantities.json``."""
    return words("quantities", key)


def _map(key: str) -> dict[str, str]:
    """A word table of ``data/quantities.json``."""
    return mapping("quantities", key)


#: word and label sets the passes below read (what each is for, and an example, in the data file)
NOT_RANGE_NEIGHBOURS = _words("not_range_neighbours")
COUNTED_ONE_DEPS = _words("counted_one_deps")
A_MULTIPLIERS = _words("a_multipliers")
RANGE_CONNECTORS = _words("range_connectors")
NOT_BEFORE_HALF = _words("not_before_half")
AFTER_HALF = _words("after_half")
NOT_BEFORE_VAGUE = _words("not_before_vague")
FIGURE_ON_NOUN_DEPS = _words("figure_on_noun_deps")
GOVERNED_DEPS = _words("governed_deps")
WOUND_VERBS = _words("wound_verbs")
CHARGE_VERBS = _words("charge_verbs")
LABEL_SIGNS = _words("label_signs")
LABEL_WORDS_BEFORE = _words("label_words_before")
NAMED_ENTITY_LABELS = _words("named_entity_labels")
IDENTIFIER_SIGNS = _words("identifier_signs")
SPAN_CONNECTORS = _words("span_connectors")
BREAKDOWN_DEPS = _words("breakdown_deps")
SEVERITY_AFTER = _words("severity_after")
WHOLE_GROUP_PREPOSITIONS = _words("whole_group_prepositions")
WHOLE_GROUP_NOUNS = _words("whole_group_nouns")
GALLERY_WORDS = _words("gallery_counter")
PLACE_PREPOSITIONS = _words("place_prepositions")
DEPENDENT_CLAUSE_DEPS = _words("dependent_clause_deps")

SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}
NOT_COUNTS = _words("not_counts")
ADDRESS_WORDS = _words("address_words")
ANIMALS = _words("animals")
NEGATORS = {"no", "none", "nobody", "zero"}
NEGATED_BEFORE = _words("negated_before")
ELSEWORDS = _words("else_words")
#: nouns that count how often something was done ('shot three times'): never people
REPETITIONS = _words("repetition_nouns")
#: adverbs after a bare figure that say what happened to those counted ('one fatally')
SEVERITY_ADVERBS = _map("severity_adverbs")
VAGUE_HEADS = _words("vague_heads")
YEAR = re.compile(r"^(1[89]|20)\d\d$")
ORDINAL = re.compile(r"^\d[\d,]*(st|nd|rd|th)$")
PHONE = re.compile(r"^\d{3}-\d{3,4}(-\d{4})?$")
#: a telephone number as a run of tokens: '(555) 010-0199', '(800) 555-TIPS', '1-800-555-0100',
#: '1-800- 555-TIPS', '555 010-0199', '555-010-0199'; its figures count nothing (look58)
PHONE_RUN = re.compile(
    r"\(\d{3}\)\s*\d{3}\s*[-.]\s*[\dA-Za-z]{4}\b"
    r"|\b1\s*-\s*\d{3}\s*-\s*[\dA-Za-z]{2,4}(?:\s*-\s*[\dA-Za-z]{4,5})?\b"
    r"|\b\d{3}[ .-]\d{3}\s*[-.]\s*[\dA-Za-z]{4}\b")
#: a figure of five digits or more with no thousands separator, counting nothing named: a
#: code to text, a post code, a case number ('text 50505'), not a count, which news writes '50,505'
LONG_DIGITS = re.compile(r"^\d{5,}$")


# ---------------------------------------------------------------- spans of figures

MONTHS_DAYS = _words("months_days")
RANGE_WORDS = _words("range_words")


def _range_in_date_entity(t: Token) -> bool:
    """spaCy often tags a range of counts as a date or time ('Between 5 and 10 homes',
    'rose from 12 to 20 overnight'). A number there is still a figure when it is one
    end of 'N to M' / 'between N and M' / 'N or M' and nothing around the range is a
    month, weekday, clock or time unit ('from 9 to 5 p.m.', 'May 5 to 10')."""
    doc = t.doc
    if YEAR.match(t.text) or not (numbers.digits_value(t.text) is not None or numbers.is_number_word(t.lower_)):
        return False

    def num(k: int) -> bool:
        return 0 <= k < len(doc) and not YEAR.match(doc[k].text) and (
            numbers.digits_value(doc[k].text) is not None or numbers.is_number_word(doc[k].lower_))

    i = t.i
    if num(i + 2) and i + 1 < len(doc) and doc[i + 1].lower_ in RANGE_WORDS:
        a, b = i, i + 2
    elif num(i - 2) and doc[i - 1].lower_ in RANGE_WORDS:
        a, b = i - 2, i
    else:
        return False
    if doc[a + 1].lower_ == "and" and not (a > 0 and doc[a - 1].lower_ == "between"):
        return False
    before = doc[a - 1] if a > 0 else None
    if before is not None and before.lower_ in ("between", "from"):
        before = doc[a - 2] if a > 1 else None
    after = doc[b + 1] if b + 1 < len(doc) else None
    for w in (before, after):
        if w is None:
            continue
        if w.lower_ in MONTHS_DAYS or w.lemma_.lower() in TIME_UNITS or w.lower_ in NOT_RANGE_NEIGHBOURS:
            return False
    return True


CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$")


def _labels(t: Token) -> bool:
    """``t`` names the number after it: 'Zone', 'Channel', 'FOX', a call sign 'KSDK'."""
    return t.lower_ in lexicon().number_labels and (t.text[:1].isupper() or t.lower_ == "no.") \
        or bool(CALL_SIGN.match(t.text))


def _gallery_counter(t: Token) -> bool:
    """``t`` is a figure of a counter written with a slash ('1 / 44', 'Image 1 of / 44') with a
    gallery's word within four words of it (data/quantities.json ``gallery_counter``)."""
    doc = t.doc
    i = t.i
    if i + 1 < len(doc) and doc[i + 1].text == "/":
        a, b = i, i + 2  # '1' of '1 / 44'
    elif i > 0 and doc[i - 1].text == "/":
        a, b = i - 2, i  # '44' of '1 / 44' or of '1 of / 44'
        a -= a >= 0 and doc[a].lower_ == "of"
    else:
        return False
    if a < 0 or b >= len(doc) or not doc[a].text[:1].isdigit() or not doc[b].text[:1].isdigit():
        return False
    return any(w.lower_ in GALLERY_WORDS for w in doc[max(a - 4, 0):b + 5])


def _is_num_token(t: Token) -> bool:
    low = t.lower_
    if not t.like_num and low not in numbers.MULTIPLIERS and not any(c.isdigit() for c in t.text):
        return False  # no figure can be read in it (the tests below only rule figures out)
    if t.ent_type_ in SKIP_ENTS and low not in VAGUE_HEADS and not _range_in_date_entity(t) \
            and not count_taken_for_date(t):
        return False
    if low == "one" and t.i > 0 and t.doc[t.i - 1].lower_ == "no":
        return False  # 'no one died' is a zero, read by _negated
    if low in ("one",) and t.dep_ not in COUNTED_ONE_DEPS \
            and not (t.i + 1 < len(t.doc) and (t.nbor(1).lower_ in SEVERITY_ADVERBS or t.dep_ in ("attr", "ROOT")
                                               and t.nbor(1).lower_ in lexicon().adj_measure)):
        return False
    if ORDINAL.match(low) or low in ("first", "second", "third"):
        return False
    if t.i > 0 and t.text[:1].isdigit() and _labels(t.doc[t.i - 1]):
        return False  # 'the Zone 5 officers', 'FOX 8', 'WVUE 8': a name, not a count
    if t.i > 2 and t.text[:1].isdigit() and t.doc[t.i - 1].lower_ == "of" and t.doc[t.i - 2].text[:1].isdigit() \
            and _labels(t.doc[t.i - 3]):
        return False  # 'Photo 3 of 12': the size of a gallery, not a count of people
    if t.text[:1].isdigit() and _gallery_counter(t):
        return False  # '1 / 44 Back to Gallery': a picture and the gallery's size
    if t.like_num:
        return numbers.digits_value(t.text) is not None or numbers.is_number_word(low)
    if numbers.digits_value(t.text) is not None:  # '1.8bn', '12k' as one token
        return True
    if numbers.range_token(t.text) is not None:  # '5-10', '150–200' as one token
        return True
    return low in numbers.MULTIPLIERS and low != "half"


def _may_be_num(doc: Doc) -> list[bool]:
    """Per token of ``doc``, False where :func:`_is_num_token`'s first test rules out a
    figure (not like a number, no multiplier, no digit), read once per doc from the
    doc's columns: a word holds a digit where its shape does ('d', spaCy's
    ``word_shape``; a word of 100 characters or more has the shape 'LONG' and is read
    itself)."""
    got = doc.user_data.get("reconcile_may_be_num")
    if got is None:
        cols = doc.to_array([LIKE_NUM, LOWER, SHAPE, ORTH])
        shapes, inverse = numpy.unique(cols[:, 2], return_inverse=True)
        strings = doc.vocab.strings
        digit = numpy.array(["d" in strings[h] for h in shapes.tolist()], dtype=bool)
        got = (cols[:, 0] != 0) | numpy.isin(cols[:, 1], _multiplier_hashes()) | digit[inverse.reshape(-1)]
        for i in numpy.flatnonzero(cols[:, 2] == get_string_id("LONG")).tolist():
            got[i] |= any(c.isdigit() for c in strings[int(cols[i, 3])])
        got = got.tolist()
        doc.user_data["reconcile_may_be_num"] = got
    return got


@cache
def _multiplier_hashes() -> Any:
    return numpy.array(sorted(get_string_id(w) for w in numbers.MULTIPLIERS), dtype=numpy.uint64)


def _figure_spans(sent: Span) -> Iterator[tuple[int, int]]:
    """(start, end) token indices of each run of number tokens in ``sent``."""
    doc = sent.doc
    may = _may_be_num(doc)
    i = sent.start
    while i < sent.end:
        if not may[i]:
            i += 1
            continue
        t = doc[i]
        if not _is_num_token(t):
            i += 1
            continue
        j = i + 1
        while j < sent.end:
            n = doc[j]
            if _is_num_token(n) and not (numbers.digits_value(n.text) is not None
                                         and numbers.digits_value(doc[j - 1].text) is not None):
                j += 1
            elif n.text == "-" and j + 1 < sent.end and numbers.is_number_word(doc[j + 1].lower_) \
                    and numbers.is_number_word(doc[j - 1].lower_):
                j += 1
            elif n.lower_ == "and" and doc[j - 1].lower_ in ("hundred", "thousand") and \
                    j + 1 < sent.end and numbers.is_number_word(doc[j + 1].lower_):
                j += 1
            elif _short_scale(doc, i, j):  # '£2m', '$1.8 bn'
                j += 1
                break
            else:
                break
        if doc[i].lower_ == "couple" and j < sent.end and doc[j].lower_ == "of":
            i = j  # 'a couple of witnesses' is vague (vague.json), 'a couple' two people
            continue
        f = j + 1 if j < sent.end and doc[j].text in ("-", "‐") else j
        if f + 1 < sent.end and doc[f].lower_ in numbers.FRACTIONS and doc[f + 1].lower_ == "of" \
                and j - i == 1 and doc[i].lower_ in numbers.UNITS:
            i = f + 1  # 'three quarters of voters', 'two-thirds of': a fraction (_fraction_spans)
            continue
        # "a dozen", "half a dozen", "a hundred"
        s = i
        if s > sent.start and doc[s - 1].lower_ in ("a", "an") and doc[i].lower_ in A_MULTIPLIERS:
            s -= 1
            if s > sent.start and doc[s - 1].lower_ == "half":
                s -= 1
        yield s, j
        i = j


def _short_scale(doc: Doc, i: int, j: int) -> bool:
    """Token ``j`` is a short scale ('m', 'bn', 'k') on the digits just before it:
    'bn'/'mn' always, 'm'/'k' written on the figure after a currency sign ('£2m')."""
    n, prev = doc[j], doc[j - 1]
    low = n.lower_.rstrip(".")  # 'm.' at the end of a sentence
    if numbers.digits_value(prev.text) is None or low not in ("m", "bn", "mn", "k"):
        return False
    if low in ("bn", "mn"):
        return True
    return not prev.whitespace_ and i > 0 and _currency_at(doc, i - 1) is not None


def _currency_at(doc: Doc, i: int) -> str | None:
    """The currency a token before a figure names ('$', 'US$', '€', 'USD'), or None."""
    if i < 0:
        return None
    return CURRENCY.get(doc[i].text) or CURRENCY_CODES.get(doc[i].text)


CHANGE_VERBS = _words("change_verbs")


def _ranges(doc: Doc, sent: Span, spans: list[tuple[int, int]]) -> list[tuple[int, int, Any]]:
    """Figure spans with ranges joined: 'between 5 and 10', 'from 12 to 20', '5 to 10',
    '5-10', 'two or three', 'between $2 million and $3 million', '150–200'.

    A range is ``(start, end, ("range", low, high, how, lead, s1, e1, s2))``: ``lead`` is
    the first token of the phrase ('between', 'from', a currency sign), [s1, e1) the
    first figure and s2 the start of the second. 'rose from 12 to 20' is a
    change, not a range: two figures. The second figure must be the larger one ('3-1',
    a score, stays apart) and years never make a range."""
    out: list[tuple[int, int, Any]] = []
    k = 0
    while k < len(spans):
        s1, e1 = spans[k]
        one = numbers.range_token(doc[s1].text) if e1 - s1 == 1 else None
        if one is not None and not (YEAR.match(str(int(one[0]))) and YEAR.match(str(int(one[1])))):
            out.append((s1, e1, ("range", one[0], one[1], "-", s1, s1, e1, s1)))
            k += 1
            continue
        if k + 1 < len(spans):
            s2, e2 = spans[k + 1]
            r = _range_between(doc, sent, s1, e1, s2, e2)
            if r is not None:
                out.append((r[0], e2, ("range", r[1], r[2], r[3], r[0], s1, e1, s2)))
                k += 2
                continue
        out.append((s1, e1, None))
        k += 1
    return out


def _change_from(tok: Token) -> bool:
    """``tok`` is the 'from' of a change: 'rose from 12 to 20', 'was cut from 40 to 25'."""
    return tok.lower_ == "from" and any(
        c.lemma_.lower() in CHANGE_VERBS for c in (tok.head, tok.head.head) if c.pos_ in ("VERB", "AUX", "NOUN"))


def _range_between(doc: Doc, sent: Span, s1: int, e1: int, s2: int, e2: int):
    """(lead, low, high, how) when figures [s1, e1) and [s2, e2) make one range."""
    gap = list(range(e1, s2))
    if gap and _currency_at(doc, gap[-1]) is not None:
        gap = gap[:-1]  # '$2 million and $3 million'
    conn = " ".join(doc[g].lower_ for g in gap)
    if conn not in RANGE_CONNECTORS:
        return None
    lead = s1 - 1 if _currency_at(doc, s1 - 1) is not None else s1
    before = doc[lead - 1] if lead - 1 >= sent.start else None
    word = conn.lstrip(", ").split()[0]  # ', or': 'two, or three times'
    how = word if word in ("to", "or", "and") else "-"
    if how == "-" and not doc[s1:e2].text.count(" ") and numbers.range_token(doc[s1:e2].text) is None:
        return None  # '16-160009': a case number
    if how == "-":
        before_a = doc[s1 - 1].text if s1 > 0 else ""
        after_b = doc[e2].text if e2 < len(doc) else ""
        if PHONE.match(doc[s1:e2].text) or before_a in (")", "-") or after_b == "-":
            return None  # '(843) 554-1111', '1-800-555-0100': a phone number
    if how == "and":
        if before is None or before.lower_ != "between":
            return None
        how, lead = "between", lead - 1
    elif before is not None and before.lower_ == "from" and how == "to":
        if _change_from(before):
            return None  # 'rose from 12 to 20': a change, two figures
        how, lead = "from", lead - 1
    a = [doc[i].text for i in range(s1, e1)]
    b = [doc[i].text for i in range(s2, e2)]
    lo, hi = numbers.words_value(a), numbers.words_value(b)
    if lo is None or hi is None:
        return None
    lo = numbers.carry_scale(lo, a, hi, b)
    if not lo < hi:
        return None
    if how == "or" and not (float(lo).is_integer() and float(hi).is_integer()):
        return None
    if YEAR.match(doc[s1].text) and YEAR.match(doc[e2 - 1].text):
        return None  # 'between 2010 and 2015'
    return lead, lo, hi, how


def _fraction_spans(sent: Span) -> Iterator[tuple[int, int, float, Token | None]]:
    """'half of the workers', 'a third of schools', 'two-thirds of voters', 'a quarter
    said...': (start, end, fraction, counted noun or None).

    Not 'half a dozen', 'half an hour', 'the second half', 'a third victim' (a third
    person: an ordinal), 'a quarter past six' or 'a quarter of a century'."""
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        t = doc[i]
        low = t.lower_
        got = None
        if low == "half":
            prev = doc[i - 1].lower_ if i > sent.start else ""
            nxt = doc[i + 1] if i + 1 < sent.end else None
            if prev not in NOT_BEFORE_HALF and nxt is not None \
                    and (nxt.lower_ == "of" or nxt.lower_ in AFTER_HALF):
                got = (i, i + 1, 0.5)
        elif low in ("a", "an", "one") or low in numbers.UNITS and 1 < numbers.UNITS[low] < 10:
            j = i + 1
            if j < sent.end and doc[j].text in ("-", "‐"):
                j += 1
            if j < sent.end and doc[j].lower_ in numbers.FRACTIONS and doc[j].lower_ not in ("half", "halves"):
                v = numbers.fraction_value([doc[k].text for k in range(i, j + 1)])
                nxt = doc[j + 1] if j + 1 < sent.end else None
                subject = doc[j].lower_ in ("quarter", "quarters", "thirds") and doc[j].dep_ in ("nsubj", "nsubjpass")
                if v is not None and (nxt is not None and nxt.lower_ == "of" or subject):
                    got = (i, j + 1, v)
        if got is None:
            i += 1
            continue
        s, e, v = got
        of = doc[e] if e < sent.end and doc[e].lower_ == "of" else None
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.lemma_.lower() in TIME_UNITS:
            i = e
            continue  # 'a quarter of a century', 'half of the year'
        noun = obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
        yield s, e, v, noun
        i = e


@cache
def _vague_table() -> tuple[dict[str, tuple[float | None, float | None]], frozenset[str]]:
    """The vague phrases (data/vague.json) and what each can start with: a phrase, or
    its words up to a space ('tens' and 'tens of' of 'tens of thousands')."""
    words = numbers.vague_words()
    starts = frozenset(words) | frozenset(w[:k] for w in words for k, c in enumerate(w) if c == " ")
    return words, starts


def _vague_spans(sent: Span) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) for vague counts: 'several', 'a few', 'tens of thousands'."""
    doc = sent.doc
    words, starts = _vague_table()
    lows = [t.lower_ for t in sent]  # read each token once, not once per phrase length
    i = sent.start
    while i < sent.end:
        if lows[i - sent.start] not in starts:
            i += 1  # no vague phrase starts with this word
            continue
        best = None
        for n in (4, 3, 2, 1):
            if i + n > sent.end:
                continue
            phrase = " ".join(lows[i - sent.start:i - sent.start + n])
            if phrase in words:
                best = (i, i + n, phrase)
                break
        if best:
            head = doc[best[1] - 1]
            # 'many'/'few' as pronouns or in 'how many', 'too many' are not counts of a noun
            if best[2] in ("many", "few", "multiple", "numerous") and not (
                head.dep_ in ("amod", "nummod") and head.head.pos_ == "NOUN"):
                i = best[1]
                continue
            if i > sent.start and doc[i - 1].lower_ in NOT_BEFORE_VAGUE:
                i = best[1]
                continue
            yield best
            i = best[1]
        else:
            i += 1


def hedge_before(doc: Doc, start: int, lo: int) -> tuple[str | None, int]:
    """The longest hedge phrase ending right before token ``start`` (and its start); not a
    preposition whose object the figure is ('information about one of the victims': about the
    victim, no 'about one'; session 59, careful reading round 91), or of whose noun the figure
    counts ('a segment about two teenagers who were killed'; session 61, careful reading round 112)."""
    hedges = numbers.hedges()
    fig = doc[start]
    obj = fig if fig.dep_ == "pobj" else fig.head if fig.dep_ == "nummod" else None
    for n in (4, 3, 2, 1):
        s = start - n
        if s < lo:
            continue
        phrase = " ".join(doc[k].lower_ for k in range(s, start))
        if phrase in hedges and not (n == 1 and doc[s].dep_ == "prep" and obj is not None and obj.dep_ == "pobj"
                                     and obj.head.i == s):
            return phrase, s
    return None, start


# ---------------------------------------------------------------- what is counted

_verb_measure = victims.predicate_measure
HARM_VERBS = _words("harm_verbs")


def _agent_of(v: Token) -> bool:
    """``v`` is an active harm verb whose subject is the one who did it: 'the officers
    shot Marlowe', 'one of the robbers shot at customers', 'the boys were shooting'."""
    kids = list(v.children)
    active = v.tag_ != "VBN" or not any(c.dep_ in ("auxpass", "aux") for c in kids)  # tagger: 'shot' VBN
    return v.lemma_.lower() in HARM_VERBS and active and (v.tag_ == "VBG" or any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "at" and any(
            victims.person_word(g) or g.lower_ in ("them", "us", "him", "her") for g in c.children)
        for c in kids))


def counted(first: Token, last: Token) -> tuple[Token | None, Token]:
    """(counted noun or None, the token that stands for the counted things)."""
    t = last
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.i != t.head.i and nxt.is_title and is_heading(sent_of(t)) and \
            lexicon().adj_measure.get(nxt.lower_) in ("killed", "injured", "shot"):
        return None, t  # 'One Dead - WXYZ Channel 7': the parser hangs 'One' on 'Channel'
    if t.dep_ in FIGURE_ON_NOUN_DEPS and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = t.head
        if noun_is_people_shot(noun):  # '4 Women Shot': count the women, who were shot
            if t.dep_ not in ("nummod", "compound") or noun.i < t.i:
                return None, t  # '1 shot dead, 3 wounded': '3' is not the number of shots
            person = next((c for c in noun.children if c.dep_ == "compound" and c.i > t.i), None)
            return (person or None), noun
        # 'several enemy KIA': an appositive measure noun names what was counted
        return noun, noun
    # 'dozens of people', 'three of the victims'
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON"):
                    return g, t
    # the word right after is the counted noun ('4 Women Shot' tagged oddly)
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lemma_.lower() in lexicon().person_group:
        return nxt, nxt
    return None, t


def noun_is_people_shot(noun: Token) -> bool:
    """'1 shot dead', '4 Women Shot, 2 Dead': a headline's participle tagged as a noun.
    Not when the sentence is about firing ('fired 5 shots', 'heard 5 shot')."""
    return noun.lower_ == "shot" and noun.pos_ in ("NOUN", "PROPN") and not victims.is_firing(noun)


#: casualty measures whose counts a negated predicate denies
NEGATABLE = _words("negatable")


def _denied(stand: Token) -> bool:
    """The figure's own predicate is negated ('were not injured', "weren't hurt"); a
    negation elsewhere in the sentence says nothing of it."""
    p = predicate(stand)
    if p is stand or not any(c.dep_ == "neg" for c in p.children):
        return False
    lx = lexicon()  # only the casualty word itself: 'did not survive' is a death
    return bool(lx.verb_measure.get(p.lemma_.lower()) or lx.adj_measure.get(p.lower_))


Measured = tuple[str | None, str]


def measure_for(noun: Token | None, stand: Token, num_last: Token) -> Measured:
    """(measure, how it was found) for a counted noun / bare figure: the first of the
    rules in :data:`_MEASURE_RULES` that decides, else (None, "none")."""
    partitive = _partitive(noun, stand)
    for rule in _MEASURE_RULES:
        got = rule(noun, stand, num_last, partitive)
        if got is not None:
            return got
    return None, "none"


def _partitive(noun: Token | None, stand: Token) -> bool:
    """'one of the two women shot and killed', 'Three of the four people hit died': the inner
    figure counts the noun's people; the outer one is read on its own verb."""
    return noun is not None and stand.i != noun.i and any(c.dep_ == "nummod" for c in noun.children)


def _kin_before_of(of: Token, kin: frozenset[str]) -> bool:
    """The 'of' of a kin noun: its head ('a mother of three'), or the word just before it where
    the parser hangs the 'of' on an earlier noun ('Friends of Mother of 3 Shot Dead', the
    'of 3' read as the friends')."""
    return of.head.lemma_.lower() in kin or of.i > 0 and of.doc[of.i - 1].lemma_.lower() in kin


def _by_toll_or_headline(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """A toll ('the death toll rose to 5'), kin ('Father of 4 killed'), a headline's 'shot'
    ('1 shot dead'), wounds on a body, a verb the tagger calls a noun ('shooting kills 2')."""
    lx = lexicon()
    toll = victims.toll_measure(stand) if noun is None else None
    if toll is not None:  # 'the death toll rose to 5'
        return toll[0], "update" if toll[1] else "toll"
    if stand.dep_ == "pobj" and stand.head.lower_ == "of" and _kin_before_of(stand.head, lx.kin_of):
        return None, "kin"  # 'Father of 4 killed': his children, not the dead
    shot_word = stand if noun_is_people_shot(stand) else None
    if shot_word is not None:  # '1 shot dead', '4 Women Shot, 2 Dead'
        nxt = shot_word.nbor(1) if shot_word.i + 1 < len(shot_word.doc) else None
        if nxt is not None and lx.adj_measure.get(nxt.lower_) == "killed" or \
                victims.severity_words(shot_word) & victims.SEVERITY_KILLED:
            return "killed", "shot dead"
        return "shot", "shot"
    if noun is not None and noun.lemma_.lower() in ("wound", "injury") and _wounds_on_a_body(noun) \
            and not (noun.i < num_last.i and noun.tag_ == "NNS"):  # 'Gunman ... wounds 7': a verb
        return None, "wounds"  # 'suffering from multiple gunshot wounds': wounds, not people
    if noun is not None and noun.i < num_last.i and noun.tag_ == "NNS" and noun.lower_.endswith("s") \
            and lx.verb_measure.get(noun.lemma_.lower()) in victims.CASUALTIES:
        return lx.verb_measure[noun.lemma_.lower()], "verb"  # 'shooting kills 2': a verb tagged as a noun
    return None if noun is None or not victims.not_done(noun) else (None, "attempted")  # 'Five Attempted Murders'


def _by_noun(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """The counted noun: a measure noun ('eight injuries'), a person noun with a casualty
    adjective before it ('two wounded officers') or a modifier after it ('three people
    dead', 'several enemy KIA')."""
    if noun is None:
        return None
    lx = lexicon()
    m = lx.noun_measure.get(noun.lemma_.lower())
    if noun.lemma_.lower() == "life" and m == "killed":
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in words("measures", "lives_kept"):
            return None  # 'saved many lives', 'lives were spared': none lost
        return "killed", "noun"
    if m and noun.lemma_.lower() not in ("time",):
        return m, "noun"
    if not partitive and num_last.head.i == noun.i and victims.person_word(noun):
        for c in noun.children:  # 'four deceased persons', 'two wounded officers'
            mm = lx.adj_measure.get(c.lower_)
            if c.dep_ == "amod" and c.i < noun.i and c.pos_ in ("ADJ", "VERB") and mm in victims.CASUALTIES:
                return mm, "attributive"
    for c in noun.children:  # 'several enemy KIA', 'three people dead'
        if c.dep_ in ("appos", "amod", "acl", "relcl") and c.i > noun.i:
            if victims.part_of_them(c):
                # 'the four victims, two of whom died': the clause tells of a part; all
                # of them were hit, in an article about gunfire
                mm = _verb_measure(c)
                if mm in victims.CASUALTIES and not partitive and victims.about_gunfire(noun.doc):
                    return "shot", "part died"
                continue
            mm = _verb_measure(c) if c.pos_ in ("VERB", "ADJ", "AUX") else lx.noun_measure.get(c.lemma_.lower())
            if mm and not partitive:
                return mm, "modifier"
    return None


def _by_aside(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """A headline's aside before the casualty word: '3 people, including gunman, dead, 2 wounded'."""
    if noun is not None and noun.i + 2 < len(noun.doc) and noun.nbor(1).text == "," and \
            noun.doc[noun.i + 2].lower_ in ("including", "includes") and is_heading(sent_of(noun)):
        for w in noun.doc[noun.i + 3:min(sent_of(noun).end, noun.i + 10)]:
            if w.like_num:
                break
            mw = lexicon().adj_measure.get(w.lower_)
            if mw in victims.CASUALTIES and w.i > 0 and w.doc[w.i - 1].text == ",":
                return mw, "next"
    return None


def _by_next_word(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """The word after the figure (or its noun): '4 dead', '2 hurt', 'two wounded', 'one
    fatally', 'one critically wounded', 'one other dead and four more hurt'."""
    lx = lexicon()
    doc = num_last.doc
    nxt_i = len(doc) if partitive else (noun.i if noun is not None else num_last.i) + 1
    if nxt_i < len(doc) and doc[nxt_i].lower_ in SEVERITY_ADVERBS:
        adv = doc[nxt_i]  # 'one fatally', 'one critically wounded'
        after = doc[nxt_i + 1] if nxt_i + 1 < len(doc) else None
        if SEVERITY_ADVERBS[adv.lower_] == "killed":
            return "killed", "adverb"
        if after is not None and lx.adj_measure.get(after.lower_):
            return lx.adj_measure[after.lower_], "next"
        return "injured", "adverb"
    if nxt_i < len(doc):
        nxt = doc[nxt_i]
        if (noun is None and nxt.lower_ == "more" or nxt.lower_ in ("also", "too", "all", "both")) \
                and nxt_i + 1 < len(doc):
            nxt = doc[nxt_i + 1]  # 'one other dead and four more hurt', '3 Men Also Wounded'
        m = lx.adj_measure.get(nxt.lower_)
        title = is_heading(sent_of(nxt)) and nxt.is_title  # 'One Dead - WXYZ': a title-case headline word
        if m and (nxt.pos_ in ("ADJ", "VERB", "NOUN") and nxt.dep_ not in ("compound",) or title):
            if nxt.pos_ == "VERB" and _agent_of(nxt):
                return None, "agent"  # 'one of the robbers shot at customers'
            if m in ("shot", "injured") and nxt.pos_ == "VERB" and victims.severity_words(nxt) & victims.SEVERITY_KILLED:
                return "killed", "next"  # 'in 2009, with 58 deputies shot dead': as '58 shot dead'
            return m, "next"
    return None


def _by_object(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """What the counted people have: 'two others suffered non-fatal gunshot wounds',
    'six others with gunshot wounds', 'one in critical condition'."""
    lx = lexicon()
    x = stand
    head = x.head
    if (noun is None or victims.person_word(noun)) and x.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        for c in head.children:  # 'more than 20 have involved traumatic brain injuries',
            # 'two others suffered non-fatal gunshot wounds'
            m = lx.noun_measure.get(c.lemma_.lower())
            if c.dep_ in ("dobj", "attr") and m and (noun is None or m == "injured"):
                if m == "injured":  # 'two others suffered non-fatal gunshot wounds', 'all five had gunshot wounds'
                    m = victims.wound_measure(c)
                return m, "object"
    for c in x.children if noun is None or victims.person_word(noun) else ():  # 'six others with gunshot
        # wounds'; not 'between two houses with a gunshot wound', where the wound is someone else's
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                if lx.noun_measure.get(g.lemma_.lower()) == "injured":
                    return "injured", "with"
    if victims.condition_measure(stand):  # 'two dead and one in critical condition'
        return "injured", "condition"
    return None


def _by_governor(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """What governs the counted people, climbing through coordinations ('shot his partner
    and two children') and totals ('a total of seven'): an event noun ('the deaths of
    three', 'the shooting of six people') or a verb ('killing four people')."""
    lx = lexicon()
    x = stand
    # a later member of a coordination stands where its first member stands
    # ('killed his wife and three children', 'murder of 6 kids, 2 adults')
    hops = 0
    while x.dep_ in ("conj", "appos") and x.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and hops < 4:
        x, hops = x.head, hops + 1
    head = x.head
    if x.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lx.amounts:
        x = head.head  # 'A total of seven people were wounded': the total stands for them
        head = x.head
    # 'the lives of 14,000 people', 'the deaths of three'
    if x.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        outer = head.head
        m = lx.noun_measure.get(outer.lemma_.lower())
        if m and victims.not_done(outer):
            return None, "attempted"  # 'the attempted murders of five teenagers'
        if m:
            return m, "of"
        m = lx.events_of.get(outer.lemma_.lower())
        if m and (noun is None or victims.person_word(noun)):  # 'the shooting of six people'
            fatal = any(a.dep_ == "amod" and lx.adj_measure.get(a.lower_) == "killed" for a in outer.children)
            return ("killed" if fatal else m), "of"
    if (v := _fronted_up_to(x)) is not None:
        return _by_verb(x, v, noun)
    if x.dep_ in GOVERNED_DEPS:
        return _by_verb(x, head, noun)
    return None


def _fronted_up_to(x: Token) -> Token | None:
    """The verb a figure hedged 'up to' is the subject of, where the parser hangs it on the
    hedge as a preposition before a verb with no subject of its own ('Up to 16 were injured':
    '16' the object of 'to', 'Up' a preposition of 'injured'; 'Police said up to 16 were
    injured': 'up' a preposition of 'said', 'injured' its clause); None otherwise."""
    doc = x.doc
    # ('16' the object of 'to' under 'up', or of 'up' with 'to' its modifier: the parser does both)
    up = x.head.head if x.head.lower_ == "to" else x.head
    if not (x.dep_ == "pobj" and x.i >= 2 and doc[x.i - 1].lower_ == "to" and up.i == x.i - 2
            and up.lower_ == "up" and up.dep_ == "prep"):
        return None
    for v in (up.head, *(c for c in up.head.children if c.dep_ == "ccomp")):
        if x.i < v.i and v.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            return v
    return None


def _by_verb(x: Token, head: Token, noun: Token | None) -> Measured | None:
    """The verb the counted people hang on, through conjunctions and appositions; not
    when they did it ('the Zone 5 officers shot Tobias Marlowe')."""
    v = head
    hops = 0
    while v.dep_ in ("conj", "appos") and v.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and hops < 4:
        v, hops = v.head, hops + 1
    if x.dep_ == "pobj" and head.dep_ in ("agent",):
        return None, "agent"
    if x.dep_ == "nsubj" and _agent_of(v):
        return None, "agent"  # 'the Zone 5 officers shot Tobias Marlowe'
    if v.pos_ in ("VERB", "AUX", "ADJ") or v.tag_ == "VBN":
        m = _verb_measure(v)
        if m == "attacks" and noun is not None and noun.lemma_.lower() == "time":
            return "attacks", "verb"
        if m:
            if m == "shots" and noun is None:
                return None, "verb"
            if m == "arrested" and _charged_of_arrested(v):
                return None, "charged of the arrested"
            return m, "verb"
    return None


def _charged_of_arrested(v: Token) -> bool:
    """'two were arrested and one was charged': a charging verb joined to an arrest verb
    that counts its own people counts some of those arrested, not more arrests."""
    h = v.head
    return v.lemma_.lower() in CHARGE_VERBS and v.dep_ == "conj" and h.lemma_.lower() not in CHARGE_VERBS \
        and _verb_measure(h) == "arrested" and any(
            c.dep_ in ("nsubjpass", "dobj", "nsubj") and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
            for c in h.children)


def _by_repetition(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """'fired 5 times', 'struck 3 times', 'hitting her six times', 'shot two, or three
    times' (data/quantities.json ``repetition_nouns``): shots, strikes or attacks by the
    verb, else nothing counted; never people, wherever the parser hangs the noun (an
    object of 'shot', an apposition to the victim's name). Tried first. (Session 33,
    evt49: 'shot two, or three times' read as five people shot.)"""
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ not in REPETITIONS:
        return None
    m = _verb_measure(predicate(noun))
    if m in ("attacks", "strikes", "shot"):
        return ("attacks" if m == "attacks" else "strikes" if m == "strikes" else "shots"), "verb"
    return None, "repetition"


def _by_victims(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """'Shooting results in 9 victims' (shot)."""
    if noun is not None and noun.lemma_.lower() == "victim" and not (
            stand.dep_ == "pobj" and stand.head.lower_ == "of" and victims.person_word(stand.head.head)
    ) and any(
            t.lemma_.lower() in ("shoot", "shooting", "gunfire", "gunshot") for t in sent_of(noun)):
        return "shot", "victims of a shooting"  # 'Shooting results in 9 victims'
    return None


def _by_part_relative(noun: Token | None, stand: Token, num_last: Token, partitive: bool) -> Measured | None:
    """'one of five who were wounded', 'one of the six that were shot': a bare figure after
    'one of' whose people a relative clause tells of (the parser hangs the clause on the
    figure or on 'one'): the clause's measure counts the figure's people. (Session 24, kin33.)"""
    if noun is not None or stand.dep_ != "pobj" or stand.head.lower_ != "of" or not stand.head.head.like_num:
        return None
    for c in (*stand.children, *stand.head.head.children):
        if c.dep_ == "relcl" and c.i > stand.i and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WP", "WDT") for g in c.children):
            m = _verb_measure(c)
            if m in victims.CASUALTIES:
                return m, "relative"
    return None


#: the rules :func:`measure_for` tries, in order; the first that decides wins
_MEASURE_RULES = (_by_repetition, _by_toll_or_headline, _by_noun, _by_aside, _by_next_word, _by_object,
                  _by_governor, _by_victims, _by_part_relative)


def _wounds_on_a_body(noun: Token) -> bool:
    """'found with two gunshot wounds', 'had multiple injuries', 'three wounds to the
    chest': a count of wounds on someone, not of people hurt."""
    if noun.lemma_.lower() == "wound":
        return True
    v = predicate(noun)
    if v.lemma_.lower() in WOUND_VERBS and noun.dep_ in ("dobj", "pobj"):
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP", "PRP") for c in v.children)
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)


def _group(noun: Token | None) -> str | None:
    if noun is None:
        return None
    lx = lexicon()
    g = lx.person_group.get(noun.lemma_.lower()) or lx.person_group.get(noun.lower_)
    if g:
        return g
    for c in noun.children:  # 'Iran-backed militia personnel'
        if c.dep_ in ("compound", "amod"):
            g = lx.person_group.get(c.lemma_.lower())
            if g:
                return g
    return None


def _noun_phrase(noun: Token) -> str:
    """The counted noun with its compounds and adjectives: 'Iran-supported terrorists'."""
    left = noun.i
    for c in sorted(noun.lefts, key=lambda c: -c.i):
        if c.dep_ in ("compound", "amod", "npadvmod") and c.i == left - 1 or (
            c.dep_ in ("compound", "amod") and c.right_edge.i == left - 1
        ):
            if c.like_num or c.lower_ in VAGUE_HEADS:
                break
            left = victims.phrase_left(c)
    span = noun.doc[left:noun.i + 1]
    return span.text


# ---------------------------------------------------------------- the extractor

def _excluded(first: Token, last: Token, noun: Token | None, unit: bool = False) -> bool:
    """Dates, years, clock times, ages, addresses, phone numbers, model names.

    ``unit``: the figure carries a unit of measure ('3 miles'), so the words that
    otherwise rule a figure out ('mile', 'foot') do not."""
    doc = first.doc
    text = last.text
    if YEAR.match(text) and (noun is None or noun.lemma_.lower() in ("year",)):
        return True
    if PHONE.match(text) or ":" in text or "/" in text:
        return True
    if noun is not None and noun.lemma_.lower() in ANIMALS:
        return True  # 'injuring one of the family dogs'
    if noun is not None and noun.lemma_.lower() in NOT_COUNTS and not unit:
        if not (noun.lemma_.lower() in ("time", "round") or noun.tag_ == "NNS" and noun.lemma_.lower() in ADDRESS_WORDS):
            return True  # but '40 roads were closed', '12 streets' count roads
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "to" and first.i > 0 and _change_from(doc[first.i - 1]):
        nxt = None  # 'rose from 12 to 20': the figure a change starts from
    if nxt is not None and (nxt.lower_ in NOT_COUNTS and not unit or nxt.text in ("-year", "-", "%")):
        if not (nxt.lower_ == "time" or nxt.lower_ == "-" and last.i + 2 < len(doc)
                and doc[last.i + 2].lower_ in lexicon().adj_measure):
            return True
    # the token before, inside the sentence: a full stop ending the sentence before is no
    # reason ('... on Saturday. Five of them were released')
    prev = doc[first.i - 1] if first.i > sent_of(first).start else None
    if prev is not None and prev.lower_ == "at" and (noun is not None or first.i != last.i or (
            numbers.digits_value(last.text) or 0) > 120 or not last.like_num):
        prev = None  # 'at 11 factories', 'put the crowd at 150,000'; not 'at 5', 'died at 40'
    if prev is not None and prev.lower_ == "at" and victims.toll_measure(last) is not None:
        prev = None  # 'the death toll stands at 12'
    if prev is not None and prev.lower_ in NEGATED_BEFORE:
        return True  # 'neither one of them has been charged': no one counted
    if prev is not None and (prev.text in LABEL_SIGNS
                             or prev.lower_ in LABEL_WORDS_BEFORE
                             and not (prev.lower_ == "the" and noun is not None)):
        if not (prev.lower_ == "the" or prev.text == "-"):
            return True
        if prev.lower_ == "the" and noun is None:
            return True
        if prev.text == "-" and first.i > 1 and doc[first.i - 2].pos_ == "PROPN":
            return True
    # 'Lay, 69, ...', 'boy, 7, dies': an age in apposition to a name or a person; not
    # 'One dead, five wounded', where a casualty word follows
    casualty_next = nxt is not None and (lexicon().adj_measure.get(nxt.lower_) in victims.CASUALTIES or (
        nxt.lower_ == "in" and any(w.lemma_.lower() == "condition" for w in doc[nxt.i + 1:nxt.i + 4])))
    if last.dep_ in ("appos", "npadvmod", "amod") and noun is None and not casualty_next and (
            last.head.ent_type_ == "PERSON" or victims.person_word(last.head) and last.head.i < first.i
            and prev is not None and prev.text == ","):
        return True
    if last.dep_ == "appos" and noun is None and not casualty_next and prev is not None and prev.text == "," \
            and last.head.pos_ == "PROPN" and _listed_with_a_person(last.head):
        return True  # 'the bodies of Ann Lee, Tom, 3, and Sam, 5': Sam's age, whatever the recogniser calls Sam
    if prev is not None and prev.text == "," and first.i > 1 and doc[first.i - 2].ent_type_ == "PERSON" and noun is None:
        return True
    if noun is not None and noun.i == first.i - 1 and (noun.lower_ in NOT_BARE_BEFORE or noun.lower_ in LABELS):
        return True  # 'Image 1 of 16', 'Room 5': a label and its number
    if noun is not None and noun.pos_ == "PROPN" and noun.ent_type_ not in ("NORP",) and \
            victims.person_word(noun) is None and noun.lower_ not in lexicon().noun_measure:
        return True  # 'Route 66', 'AC 130', 'Chapter 11'
    return False


def _negated(doc: Doc, sent: Span) -> Iterator[Figure]:
    """'No one was injured', 'no injuries were reported': a count of 0; 'no one else was
    hurt', 'no other injuries were reported' (data/quantities.json ``else_words``) a zero
    of the wounded beyond those told before, marked ``others_none`` for
    :func:`_others_none`."""
    for t in sent:
        low = t.lower_
        target = None
        if low == "no" and t.dep_ == "det" and t.head.pos_ in ("NOUN", "PRON", "NUM"):
            target = t.head
        elif low in ("nobody", "none") and t.dep_ in ("nsubj", "nsubjpass"):
            target = t
        elif low == "one" and t.i > 0 and doc[t.i - 1].lower_ == "no":
            target = t
        elif low == "any" and t.dep_ == "det" and t.head.pos_ == "NOUN" and t.head.dep_ in ("dobj", "nsubj", "nsubjpass") \
                and any(c.dep_ == "neg" for c in t.head.head.children):
            target = t.head  # 'Police have not made any arrests': none (of arrests only, below)
        if target is None:
            continue
        others = any(w.lower_ in ELSEWORDS for w in doc[target.i: min(len(doc), target.i + 3)]) or any(
            c.lower_ in ELSEWORDS for c in target.children)
        start = t.i if low != "one" else t.i - 1
        noun = target if target.pos_ == "NOUN" else None
        if noun is not None and not victims.person_word(noun) and noun.lemma_.lower() not in lexicon().noun_measure:
            continue  # 'she had no idea how critical it was': not a count of anyone
        pred = target.head if target.dep_ in ("nsubj", "nsubjpass") else None
        if pred is not None and any(c.dep_ == "advmod" and c.lower_ in SEVERITY_ADVERBS and
                                    SEVERITY_ADVERBS[c.lower_] != "killed" for c in pred.children):
            continue  # 'none of the students was seriously injured': hurt, but not badly
        if pred is not None and any(c.dep_ == "aux" and c.lower_ in victims.MODALS for c in pred.children):
            continue  # 'no one should have to bury a son': a precept, not a count (cues38)
        m, _how = measure_for(noun, target, target)
        if m not in NEGATABLE or others and m != "injured":
            continue
        if low == "any" and m != "arrested":
            continue  # 'did not sustain any physical injuries': one person's, no count of the hurt
        rec = _record(doc, start, target.i + 1, numbers.Interval(0, 0, 0), "no", m, noun, target)
        rec.others_none = others
        yield rec


def _others_none(out: list[Figure]) -> list[Figure]:
    """The figures without a zero of others only ('no one else was hurt') that does not
    follow the dead alone: kept, as none wounded, where a death toll comes before it and
    no count of the wounded, nor of more people shot than the dead, does (those are the
    'else' it leaves out: 'two were wounded; no one else was hurt' is no zero). A page
    that tells a death and says no one else was hurt says none were wounded; one silent
    on them says nothing. (Session 33, evt49.)"""
    def kept(z: Figure) -> bool:
        before = [f for f in out if f.start < z.start and not f.others_none]
        dead = max((f.value[1] or 0 for f in before if f.measure == "killed"), default=None)
        return dead is not None and not any(
            f.measure == "injured" or f.measure == "shot" and (f.value[1] or 0) > dead for f in before)
    return [f for f in out if not f.others_none or kept(f)]


CURRENCY = _map("currency_signs")
CURRENCY_CODES = _map("currency_codes")
CURRENCY_WORDS = _map("currency_words")
#: Units of measure: a figure with one of these is a measurement ('12,000 acres', '3 miles',
def _listed_with_a_person(t: Token) -> bool:
    """``t`` is in a list or apposition that reaches a name the recogniser tags a person
    ('Ann Lee, Tom, 3, and Sam, 5': Sam is listed with Ann Lee)."""
    hops = 0
    while t.dep_ in ("conj", "appos") and hops < 4:
        t, hops = t.head, hops + 1
        if t.ent_type_ == "PERSON":
            return True
    return False


#: '120 km/h'), given with measure null and the unit as its noun. Durations and ages are
#: not here: they are time ('for two days', '45 years old'), which scope.py and dates.py read.
MEASURE_UNITS = _words("measure_units")
TIME_UNITS = _words("time_units")


def _unit(doc: Doc, s: int, e: int, first: Token, last: Token) -> tuple[str, str, str, int] | None:
    """(measure, where the unit stands, unit, tokens of the unit after the figure) for
    money, percentages and percentage (or basis) points."""
    nxt = doc[e] if e < len(doc) else None
    nxt2 = doc[e + 1] if e + 1 < len(doc) else None
    cur = _currency_at(doc, s - 1)
    if cur is not None:
        return "money", "before", cur, 0
    if nxt is not None and nxt.lemma_.lower() in CURRENCY_WORDS and (
            nxt.lemma_.lower() != "pound" or _pounds_sterling(doc, s, e)):
        return "money", "after", CURRENCY_WORDS[nxt.lemma_.lower()], 1
    if nxt is not None and nxt.lower_ in ("percentage", "basis", "%") and nxt2 is not None \
            and nxt2.lemma_.lower() in ("point", "pt"):
        what = "basis points" if nxt.lower_ == "basis" else "percentage points"
        return what, "after", what, 2
    if nxt is not None and nxt.lower_ in ("percent", "%", "pct"):
        return "percent", "after", "%", 1
    if nxt is not None and nxt.lower_ == "per" and nxt2 is not None and nxt2.lower_ == "cent":
        return "percent", "after", "%", 2
    return None


MONEY_WORDS = _words("money_words")


def _pounds_sterling(doc: Doc, s: int, e: int) -> bool:
    """'pounds' after a figure is money when the sentence is about money ('paid 2 million
    pounds', 'a fine of 500 pounds'); else it is a weight ('weighing 250 pounds',
    '200 pounds of cannabis')."""
    if e + 1 < len(doc) and doc[e + 1].lower_ == "of":
        return False
    sent = sent_of(doc[s])
    return any(t.lemma_.lower() in MONEY_WORDS or t.lower_ in MONEY_WORDS for t in sent)


def _measurement(doc: Doc, noun: Token | None, last: Token) -> tuple[str, int] | None:
    """(unit as written, index after it) when the figure is a measurement: '3 miles',
    '120 km/h', '250 millimetres of rain', '12,000 square miles'."""
    t = noun if noun is not None and noun.i > last.i else (doc[last.i + 1] if last.i + 1 < len(doc) else None)
    if t is None or t.i != last.i + 1 and not all(doc[k].pos_ in ("ADJ", "NOUN") for k in range(last.i + 1, t.i)):
        return None
    if t.lemma_.lower() not in MEASURE_UNITS and t.lower_ not in MEASURE_UNITS:
        return None
    j = t.i + 1
    if t.lower_ == "square" and j < len(doc) and doc[j].lemma_.lower() in MEASURE_UNITS:
        j += 1
    if j + 1 < len(doc) and doc[j].text == "/" and doc[j + 1].lower_ in ("h", "hr", "hour", "s"):
        j += 2  # 'km/h'
    if t.lower_ == "degree" or t.lemma_.lower() == "degree":
        if j < len(doc) and doc[j].lower_ in ("celsius", "fahrenheit", "c", "f"):
            j += 1
    return doc[last.i + 1:j].text, j


def _figure_head(doc: Doc, s: int, e: int) -> Token:
    """The token of figure [s, e) that attaches it to the sentence ('hundred' in
    'two hundred and five ballots'); the last token when several do."""
    heads = [doc[k] for k in range(s, e) if not s <= doc[k].head.i < e or doc[k].head.i == k]
    return heads[-1] if heads else doc[e - 1]


#: nouns a number labels ('Image 1 of 16'), not nouns it counts
LABELS = _words("labels")
#: words before a bare figure that make it a phone number or an identifier
NOT_BARE_BEFORE = _words("not_bare_before")


def _bare_ok(doc: Doc, s: int, e: int, stand: Token, dropped: set[int]) -> bool:
    """A figure that counts nothing named ('drew 11,200', '4,107 more than the record',
    'rose to 23') is still a quantity, unless it is an identifier or an age: 'Boeing 737',
    'Channel 4', 'call 911', 'at 3901 N. Main', 'Image 1 of 16', 'boy, 9,', 'ages 1 and 4',
    'both 19', 'the victim was 15'; or 'one' (a pronoun more often than a count).

    ``s`` is where the figure's phrase starts (its hedge included); ``dropped`` holds the
    figures of the sentence already ruled out, so the rest of a list of ages goes too."""
    first, last = doc[s], doc[e - 1]
    sent = sent_of(last)
    if last.lower_ in ("one", "couple", "pair", "score"):
        return False  # a pronoun, or a noun ('another couple living in the home')
    if last.text == "911":
        return False  # the emergency number
    if LONG_DIGITS.match(last.text) and not YEAR.match(last.text):
        return False  # 'text 50505': a code, not a count (look58)
    if sum(1 for t in sent if not (t.is_punct or t.is_space)) < 3:
        return False  # '6', 'TWO': a slide counter or a transcript line, not a statement
    if last.ent_type_ in NAMED_ENTITY_LABELS:
        return False
    prev = doc[s - 1] if s > sent.start else None
    prev2 = doc[s - 2] if s - 1 > sent.start else None
    nxt = doc[e] if e < len(doc) else None
    if prev is not None and (prev.pos_ == "PROPN" and prev.whitespace_ and prev.ent_type_ not in ("DATE",)
                             or prev.lower_ in NOT_BARE_BEFORE or prev.lemma_.lower() in NOT_BARE_BEFORE
                             or prev.text in IDENTIFIER_SIGNS or prev.text.endswith("-")
                             or any(c.isdigit() for c in prev.text)):
        return False
    if nxt is not None and (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ not in ("DATE", "TIME")):
        return False  # 'at 2750 W. Cedar Grove Ave.': an address
    if prev is not None and prev.text in (",", "and", "or", "&") and prev2 is not None and (
            prev2.i in dropped or prev2.like_num and prev2.ent_type_ in SKIP_ENTS):
        return False  # 'aged 19, 23 and 31', 'ages 1 and 4': the rest of a list of ages or dates
    if stand.dep_ in ("conj", "appos") and stand.head.i in dropped:
        return False
    if prev is not None and prev.lower_ in ("both", "each", "all"):
        return False  # 'two brothers, both 23': ages
    if prev is not None and prev.text == "," and prev2 is not None and (
            victims.person_word(prev2) or prev2.ent_type_ == "PERSON") and (
            nxt is None or nxt.is_punct or nxt.is_space):
        return False  # 'shooting of boy, 9, was legal', 'Detroit girl, 5': an age
    if stand.dep_ in ("attr", "acomp") and stand.head.lemma_ == "be" and any(
            c.dep_ in ("nsubj", "nsubjpass") and (victims.person_word(c) or c.ent_type_ == "PERSON"
                                                  or c.lower_ in ("he", "she", "i"))
            for c in stand.head.children):
        return False  # 'the victim was also 15', 'she is 42': an age
    if nxt is not None and nxt.lower_ == "of" and e + 1 < len(doc) and doc[e + 1].like_num:
        return False  # 'Caption 13 of 13': a counter
    if prev is not None and prev.lower_ == "of" and prev2 is not None and (
            prev2.like_num or prev2.lemma_.lower() == "age"):
        return False  # 'Image 1 of 16', 'at the age of 30'
    if prev is not None and prev.lower_ in SPAN_CONNECTORS and s - 3 >= sent.start \
            and doc[s - 2].i in dropped and doc[s - 3].lower_ in ("from", "between"):
        return False  # 'open from 9 to 5': the other end of a clock span
    if nxt is not None and (nxt.text in (")", "-", "/") or nxt.lower_ in ("th", "st", "nd", "rd")
                            or nxt.text == "." and s == sent.start):
        return False  # '(2)', '1.' numbering a list
    return True


def _record(doc: Doc, start: int, end: int, iv, hedge, measure, noun, stand) -> Figure:
    span = doc[start:end]
    return Figure(start=span.start_char, end=span.end_char, value=(iv.nominal, iv.low, iv.high), hedge=hedge,
                  measure=measure, noun=_noun_phrase(noun) if noun is not None else None,
                  group=_group(noun if noun is not None else None), stand=stand.i, last=end - 1)


def quantities(doc: Doc) -> list[dict[str, Any]]:
    """All quantity claims of ``doc`` in reading order, as the dicts ``doc._.quantities`` holds."""
    return [f.public() for f in figures(doc)]


@dataclass(slots=True)
class _Sentence:
    """What the passes over one sentence share: the casualty figures found so far, the
    figures outside the casualty rules (measurements, fractions, bare figures), the
    tokens ruled out as figures and the tokens a figure has taken."""

    doc: Doc
    sent: Span
    found: list[Figure] = field(default_factory=list)
    extra: list[Figure] = field(default_factory=list)
    dropped: set[int] = field(default_factory=set)
    taken: set[int] = field(default_factory=set)
    #: 'Two of the six people shot died', 'one of four men gunned down': figure token ->
    #: (measure, how) (victims.group_parts, victims.part_of_shot)
    groups: dict[int, tuple[str | None, str]] = field(default_factory=dict)

    def overlaps(self, s: int, e: int) -> bool:
        """Tokens [s, e) overlap a figure already read."""
        return any(s < f.end_tok and f.start_tok < e for f in (*self.found, *self.extra))


def figures(doc: Doc) -> list[Figure]:
    """All quantity claims of ``doc`` in reading order, read in passes: per sentence,
    find the figures and what they count (:func:`_find_figures`), the people counted
    without a numeral (:func:`_people`), fractions, and each figure's scope
    (:class:`_Frames`); then over the article, the arithmetic between figures
    (:func:`_account`)."""
    out: list[Figure] = []
    others_out: list[Figure] = []  # measurements, fractions, bare figures
    frames = _Frames(doc)
    for sent in doc.sents:
        st = _Sentence(doc, sent)
        _find_figures(st)
        _things_ellipsis(st)
        _people(st)
        _fractions(st)
        frames.scope(sent, st.found, st.extra)
        for rec in st.found:
            rec.sent = sent.start
        out.extend(st.found)
        others_out.extend(st.extra)
    return _account(doc, out, others_out)


def _things_ellipsis(st: _Sentence) -> None:
    """A bare figure with no noun of its own ('one is still missing') right after a figure of
    things, the two the subjects of coordinated clauses ('two guns were involved and one is
    still missing'): it counts those things again, not people hurt or missing (its measure
    goes). (Session 60, careful reading round 103: a missing gun read as a missing person.)"""
    doc = st.doc
    found = sorted(st.found, key=lambda f: f.start)
    for k, f in enumerate(found):
        if f.measure is None or f.noun is not None or k == 0:
            continue
        before = found[k - 1]
        # the two as subjects of coordinated clauses ('two guns were used and one is missing'), not
        # 'killing one' after 'One apology', nor 'Few details ..., but ... one is dead'
        a, b = doc[before.stand], doc[f.stand]
        coordinated = a.dep_ in ("nsubj", "nsubjpass") and b.dep_ in ("nsubj", "nsubjpass") \
            and b.head.dep_ == "conj" and b.head.head.i in (a.head.i, a.head.head.i)
        if coordinated and before.noun and before.measure is None \
                and victims.person_word(doc[before.stand]) is None and not victims.person_like(doc[before.stand]):
            f.measure = None


def _find_figures(st: _Sentence) -> None:
    """Pass 1, find figures: the numerals, number words, ranges and vague counts of the
    sentence in reading order, each read by :func:`_read_numeral` unless an earlier
    figure took its words."""
    doc, sent = st.doc, st.sent
    spans: list[tuple[int, int, Any]] = _ranges(doc, sent, list(_figure_spans(sent)))
    spans += [(s, e, p) for s, e, p in _vague_spans(sent)]
    spans.sort(key=lambda x: (x[0], x[1]))
    st.groups = {**victims.part_of_shot(sent), **victims.group_parts(sent)}
    for s, e, tag in spans:
        if st.overlaps(s, e):
            continue
        got = _interval_of(doc, sent, s, e, tag)
        if got is not None:
            _read_numeral(st, s, e, tag if isinstance(tag, tuple) else None, *got)


def _interval_of(doc: Doc, sent: Span, s: int, e: int, tag: Any) -> tuple[numbers.Interval, str | None, int] | None:
    """The interval figure [s, e) allows, the hedge that made it and where the phrase
    starts with its hedge or currency sign; None when the words make no value. ``tag`` is
    a vague phrase, a range (:func:`_ranges`) or None."""
    vague = tag if isinstance(tag, str) else None
    rng = tag if isinstance(tag, tuple) else None
    lead = rng[4] if rng else s  # 'between', 'from', or the figure itself
    cur = _currency_at(doc, lead - 1)
    hedge, hs = hedge_before(doc, lead - (1 if cur else 0), sent.start)
    if cur and hedge is None:
        hs = lead - 1
    hs = min(hs, lead)
    if vague is not None:
        iv = numbers.vague_interval(vague)
        if hedge is None:
            hedge = vague
    elif rng is not None:
        iv = numbers.range_interval(rng[1], rng[2])
        # the words that made the range ('between', 'to', 'or', '–'); a hedge
        # before it ('about 5 to 10') is kept as the hedge, the interval is the range
        hedge = hedge or {"between": "between", "from": "from", "to": "to", "or": "or"}.get(rng[3], "–")
    else:
        x = numbers.words_value([doc[k].text for k in range(s, e)])
        if x is None:
            return None
        kind = numbers.hedges().get(hedge) if hedge else None
        iv = numbers.interval(x, kind)
    return iv, hedge, hs


def _counted_by(doc: Doc, s: int, e: int, rng: Any) -> tuple[Token | None, Token]:
    """Pass 2, what a figure counts: (counted noun or None, the token standing for the
    counted things). A range is read on its second figure ('between 5 and 10 homes'),
    unless only the first holds the noun ('5 - 10 buses')."""
    fig_start = rng[7] if rng else s
    noun, stand = counted(doc[fig_start], _figure_head(doc, fig_start, e))
    if noun is None and rng and rng[5] != rng[7]:  # '5 - 10 buses': the first holds the noun
        h1 = _figure_head(doc, rng[5], rng[6])
        noun1, stand1 = counted(doc[rng[5]], h1)
        if noun1 is not None:
            noun, stand = noun1, stand1
    return noun, stand


def _in_phone_number(first: Token, last: Token) -> bool:
    """Figure ``first``..``last`` is part of a telephone number written in its sentence
    ('call (555) 010-TIPS', '1-800-555-0100'): an area code or an exchange is no quantity."""
    return in_phone_number(first.doc, first.idx, last.idx + len(last.text))


def in_phone_number(doc: Doc, start: int, end: int) -> bool:
    """Characters [start, end) of ``doc`` lie inside a telephone number written in their
    sentence (:data:`PHONE_RUN`); the measures' reader asks it too."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = sent_of(span[0])
    lo, hi = start - sent.start_char, end - sent.start_char
    return any(m.start() <= lo and hi <= m.end() for m in PHONE_RUN.finditer(sent.text))


def _read_numeral(st: _Sentence, s: int, e: int, rng: Any, iv: numbers.Interval, hedge: str | None, hs: int) -> None:
    """Pass 2, what a figure counts: money and percentages, measurements, figures ruled
    out (dates, ages, addresses...), bare figures that count nothing named, counts the
    text denies, and casualty counts with their measure (:func:`measure_for`)."""
    doc = st.doc
    first = doc[rng[5]] if rng else doc[s]
    noun, stand = _counted_by(doc, s, e, rng)
    last = doc[e - 1]
    if _in_phone_number(first, last):
        st.dropped.update({stand.i, *range(s, e)})
        return
    if _measured(st, hs, e, iv, hedge, first, last, noun, stand):
        return
    if _excluded(first, last, noun):
        st.dropped.update({stand.i, *range(s, e)})
        return
    measure, how = measure_for(noun, stand, last)
    if e == s + 1 and s in st.groups:  # 'Two of the six people shot died'
        measure, how = st.groups[s]
    rec_noun = None
    # a bare figure in a breakdown ('66 times - 32 in Iraq and 34 in Syria')
    if measure is None and noun is None and st.found and stand.dep_ in BREAKDOWN_DEPS:
        prev = st.found[-1]
        if prev.measure and s - prev.end_tok <= 6:
            measure, how = prev.measure, "breakdown"
            rec_noun = prev.noun
    if measure is None and (noun is None or noun.lemma_.lower() in ("time", "one", "other", "occasion")):
        # a bare figure with nothing to count ('drew 11,200', 'rose to 23'): a
        # quantity with measure and noun null, kept out of the casualty rules
        if _bare_ok(doc, hs, e, stand, st.dropped):
            rec = _record(doc, hs, e, iv, hedge, None, None, stand)
            rec.start_tok, rec.end_tok = hs, e
            st.extra.append(rec)
        else:
            st.dropped.update({stand.i, *range(s, e)})
        return
    if measure in NEGATABLE and _denied(stand):
        # 'Two other children in the car were not injured': a count the text denies
        st.dropped.update({stand.i, *range(s, e)})
        st.taken.update(range(hs, e))
        return
    rec = _record(doc, hs, e, iv, hedge, measure, noun, stand)
    if rec_noun and rec.noun is None:
        rec.noun = rec_noun
    _including_deaths(st, rec, iv, measure, noun, stand)
    rec.start_tok, rec.end_tok = hs, e
    _part_of_total(doc, rec, iv, measure, how, noun, stand, e)
    if how == "update" and not hedge:
        rec.hedge = "update"  # an explicit update of a toll ('rose to 5')
    if how == "breakdown":
        rec.breakdown = True
    st.found.append(rec)
    st.taken.update(range(hs, e))
    if noun is not None:
        st.taken.add(noun.i)


def _measured(st: _Sentence, hs: int, e: int, iv: numbers.Interval, hedge: str | None, first: Token,
              last: Token, noun: Token | None, stand: Token) -> bool:
    """Pass 2 for figures with a unit: money, percentages and points go with the
    casualty figures ('£2m', '12 percent'), measurements ('12,000 acres') with the
    others. Whether the figure was read here."""
    doc = st.doc
    unit = _unit(doc, first.i, e, first, last)
    if unit is not None:
        after = e + unit[3]
        rec = _record(doc, hs, after, iv, hedge, unit[0], None, stand)
        rec.noun = unit[2]
        if doc[after - 1].text.endswith(".") and doc[after - 1].lower_.rstrip(".") in numbers.SCALES:
            rec.end -= 1  # '£2m.' ending a sentence: the full stop is not the figure's
        rec.start_tok, rec.end_tok = hs, after
        st.found.append(rec)
        st.taken.update(range(hs, e))
        return True
    meas = _measurement(doc, noun, last)
    if meas is None:
        return False
    if not _excluded(first, last, noun, unit=True):
        rec = _record(doc, hs, meas[1], iv, hedge, None, None, stand)
        rec.noun = meas[0]
        rec.start_tok, rec.end_tok = hs, meas[1]
        st.extra.append(rec)
    return True


def _including_deaths(st: _Sentence, rec: Figure, iv: numbers.Interval, measure: str, noun: Token | None,
                      stand: Token) -> None:
    """Pass 4, arithmetic within a figure: 'Four people were hurt, including a
    19-year-old who later succumbed' is 3 injured and 1 killed (the dead added to the sentence)."""
    doc = st.doc
    died = victims.including_deaths(noun if noun is not None else stand) \
        if measure in ("injured", "shot") and iv.low == iv.high else []
    k = _dead_count(died)
    if not k or k >= iv.nominal:
        return
    rec.value = (iv.nominal - k, iv.low - k, iv.high - k)
    rec.hedge = f"derived: {victims._n(iv.nominal)} {measure} - {k} who died"
    rec.measure = "injured"
    dead = _record(doc, died[0].left_edge.i, died[-1].i + 1, numbers.Interval(k, k, k),
                   "including", "killed", died[0], died[0])
    dead.start_tok, dead.end_tok = died[0].left_edge.i, died[-1].i + 1
    st.found.append(dead)
    st.taken.update(range(died[0].left_edge.i, died[-1].i + 1))


def _dead_count(died: list[Token]) -> int:
    """How many the 'including' phrase says died: one per person named or described ('a
    19-year-old who succumbed'), or the number itself where the phrase is one ('including
    the 2 who died', 'including two who died later'), not its one token."""
    if len(died) == 1 and died[0].like_num:
        v = numbers.digits_value(died[0].text)
        if v is None:
            v = numbers.words_value([died[0].lower_])
        return int(v) if v is not None and v == int(v) and v > 0 else 0
    return len(died)


def _whole_group(stand: Token, noun: Token | None) -> bool:
    """'A cook who was one of three people shot and wounded', 'he was among five people hurt':
    the figure counts the group the part is taken from, all of it; the 'be' of the clause
    says what the part is, not the state of some of the counted. Not a narrower class ('one
    of two civilians injured') nor a noun a relative clause narrows: a part of the toll."""
    prep = stand.head
    return stand.dep_ == "pobj" and prep.lower_ in WHOLE_GROUP_PREPOSITIONS and (
        prep.lower_ != "of" or prep.head.pos_ in ("NUM", "PRON")) and (noun is None or (
            noun.lemma_.lower() in WHOLE_GROUP_NOUNS and not any(c.dep_ == "relcl" for c in noun.children)))


def _part_of_total(doc: Doc, rec: Figure, iv: numbers.Interval, measure: str, how: str, noun: Token | None,
                   stand: Token, e: int) -> None:
    """Pass 2, whether a figure counts all the people or some of them: 'one critical',
    'one fatally' name a part by severity; 'one is still in the hospital', 'one of the
    cousins is listed in grave condition' the state of some of the injured. A part is marked
    ``subset``; an injured part is a lower bound on the injured."""
    after = doc[min(e, len(doc) - 1)].lower_
    if how in ("adverb", "condition") or (how == "next" and after in SEVERITY_AFTER):
        rec.subset = True
        if measure == "injured" and iv.low is not None and (
                how == "condition" or after in ("critical", "serious", "stable")):
            # 'one critical': one of the injured is named by severity, so at least
            # that many were hurt; the total may be larger
            rec.value = (iv.nominal, iv.low, None)
            rec.hedge = f"at least ({after})"
    whole = any(c.lower_ in ("all", "both") for c in stand.children) or (
        stand.i > 0 and doc[stand.i - 1].lower_ in ("all", "both")) or _whole_group(stand, noun)  # 'All three are in fair condition'
    if measure == "injured" and iv.low is not None and iv.high is not None and not rec.subset \
            and not whole and how != "group" and (  # 'two of the five men shot and wounded': all five
            predicate(stand).lemma_.lower() in ("be", "remain", "stay", "list")
            or noun is not None and stand.i != noun.i and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in stand.children)):
        # 'one is still in the hospital', 'one of the cousins is listed in grave
        # condition': the state of some of the injured, not their number
        rec.value = (iv.nominal, iv.low, None)
        rec.hedge = "at least (some of them)"
        rec.subset = True


def _people(st: _Sentence) -> None:
    """Pass 3, people and mentions: counts of none ('no one was hurt'), suicides,
    'a triple shooting', 'left a man dead', people counted by naming them
    (:func:`victims.implicit`) unless a figure of the sentence counts them already,
    lists of people and the sums of coordinated victims."""
    doc, sent, taken = st.doc, st.sent, st.taken
    found = st.found
    for rec in _negated(doc, sent):
        if not any(rec.start < f.end and f.start < rec.end for f in found):
            found.append(rec)
    for rec in victims.aged_plurals(doc, sent, taken, _record, numbers.Interval):
        # 'kills sons, 10 and 12': the ages read as figures are not counts
        found[:] = [f for f in found if not (rec.start < f.end and f.start < rec.end)]
        found.append(rec)
    for rec in victims.figure_measures(doc, sent, taken, _record):
        # 'Harbor Shooting Kills 2', 'spree injures four': read in place of the tagger's reading
        found[:] = [f for f in found if not (rec.start < f.end and f.start < rec.end)]
        found.append(rec)
    for rec in (*victims.suicides(doc, sent, taken, _record, numbers.Interval),
                *victims.multiplied(doc, sent, taken, _record, numbers.Interval),
                *victims.object_dead(doc, sent, taken, _record, numbers.Interval)):
        found.append(rec)
    # 'the victim was flown to a medical center, where they later died': the one named as hurt died
    singles = [replace(r, measure="killed") if r.measure == "injured" and r.value[1] == 1
               and victims.died_there(doc[r.stand]) else r
               for r in victims.implicit(doc, sent, taken, _record, numbers.Interval)]
    found, singles = _later_deaths(doc, found, singles)
    figures = len(found)
    for rec in singles:
        if any(f.measure == rec.measure and not f.suicide
               and not victims.conj_linked(doc[f.stand], doc[rec.stand])
               and not (k >= figures and victims.co_clauses(doc[f.stand], doc[rec.stand]))
               and not victims.split_coordination(doc[f.stand], doc[rec.stand])
               and not victims.then_objects(doc[f.stand], doc[rec.stand])
               for k, f in enumerate(found)):
            continue  # the sentence gives a figure for these people already
        found.append(rec)
    found = victims.listed(doc, sent, found, _record, numbers.Interval)
    for rec in (*victims.age_participles(doc, sent, taken, _record, numbers.Interval),
                *victims.age_participles(doc, sent, taken, _record, numbers.Interval, "self_shot")):
        if not any(rec.start < f.end and f.start < rec.end for f in found):
            found.append(rec)  # 'a 16-year-old shot and killed outside a diner', where nothing else read them
    for rec in victims.age_objects(doc, sent, taken, _record, numbers.Interval):
        if not any(rec.start < f.end and f.start < rec.end for f in found):
            found.append(rec)  # 'Neighbor kills 12-year-old in dispute', where nothing else read them
    st.found = victims.kin_lists(doc, victims.totals(doc, victims.kin_after_and(doc, found), _record, numbers.Interval))


def _later_deaths(doc: Doc, found: list[Figure], singles: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """Pass 3, in a sentence that reports a death: the person named as hurt who died
    ('she reached the hospital in critical condition and died hours later', 'drove the boy
    to a clinic, where a doctor pronounced him dead') is not counted as hurt, nor a wound that
    killed ('died of his wounds'), nor the dead among people taken to hospital."""
    if not any(r.measure == "killed" for r in (*found, *singles)):
        return found, singles
    singles = [r for r in singles if not (r.measure == "injured" and r.value[1] == 1 and victims.later_died(
        doc[r.stand], [doc[x.stand] for x in (*found, *singles) if x.measure == "killed"]))]
    found = [f for f in found if not (f.measure == "injured" and f.noun
                                      and doc[f.stand].lemma_.lower() in ("wound", "injury")
                                      and victims.died_of(doc[f.stand]))]
    dead_singles = [x for x in singles if x.measure == "killed"]
    found = victims.died_at_hospital(doc, found, dead_singles)
    singles = victims.died_at_hospital(doc, singles, dead_singles)
    return found, singles


def _fractions(st: _Sentence) -> None:
    """Fractions ('half of the 300 workers', 'a third of schools') where no other figure
    is; then the figures outside the casualty rules that overlap a casualty figure go."""
    doc, sent = st.doc, st.sent
    for fs, fe, fv, fnoun in _fraction_spans(sent):
        if st.overlaps(fs, fe):
            continue
        hedge, hs = hedge_before(doc, fs, sent.start)
        kind = numbers.hedges().get(hedge) if hedge else None
        rec = _record(doc, hs, fe, numbers.interval(fv, kind, integer=False), hedge, "fraction",
                      fnoun, fnoun if fnoun is not None else doc[fe - 1])
        rec.start_tok, rec.end_tok = hs, fe
        st.extra.append(rec)
    st.extra = [x for x in st.extra if not any(x.start < f.end and f.start < x.end for f in st.found)]


class _Frames:
    """The scope pass: place and time of each figure's own clause, else of the sentences
    just before it in its paragraph (a heading starts afresh and lends nothing), else of
    the calendar day a sentence before it in its paragraph named (data/times.json
    ``calendar_day``: 'On May 9, officers were called to a quarrel ... nobody was hurt')."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.frames: list[tuple[str | None, str | None]] = []
        self.breaks = paragraph_breaks(doc)
        self.prev_end = 0
        self.day: str | None = None  # the last calendar day the paragraph named so far

    def scope(self, sent: Span, found: list[Figure], extra: list[Figure]) -> None:
        """Sets place and time (and whether they were inherited) on the sentence's figures."""
        doc = self.doc
        # tokens of the prepositional phrases on each figure ('32 in Iraq'), per figure
        own_pp = [{g.i for tok in (doc[f.last], doc[f.stand])
                   for c in tok.children if c.dep_ == "prep" for g in c.subtree} for f in found]
        frame = sentence_frame(sent, set().union(*own_pp))
        heading = is_heading(sent)
        new_par = any(self.prev_end <= b <= sent.start_char for b in self.breaks)
        if new_par:
            # a paragraph carries on from the last sentence before it at most
            self.frames = self.frames[-1:] if not heading else []
            self.day = None
        usable = [] if heading else self.frames[-2:]
        n_found = len(found)
        all_pp = set().union(*own_pp)
        for k, rec in enumerate([*found, *extra]):
            if k < n_found:
                others = set().union(*(pp for m, pp in enumerate(own_pp) if m != k))
            else:  # figures outside the casualty rules leave the others' scope as it was
                others = all_pp
            place, time = _own_scope(doc, rec, doc[rec.stand], others)
            if rec.breakdown and time is None and k > 0:
                time = found[k - 1].time  # a breakdown shares its total's time
            p_inh = t_inh = False
            if place is None:
                for fp, _ft in reversed(usable[-1:]):
                    if fp:
                        place, p_inh = fp, True
                        break
            if time is None:
                for _fp, ft in reversed(usable):
                    if ft:
                        time, t_inh = ft, True
                        break
            if time is None and self.day and not heading:
                time, t_inh = self.day, True
            rec.place, rec.time, rec.place_inherited, rec.time_inherited = place, time, p_inh, t_inh
        self.frames = [] if heading else self.frames + [frame]
        if frame[1] and not heading and CALENDAR_DAY.search(frame[1]):
            self.day = frame[1]
        self.prev_end = sent.end_char


def _account(doc: Doc, out: list[Figure], others_out: list[Figure]) -> list[Figure]:
    """Pass 4 and 5, arithmetic and the account, over the whole article: a hurt person
    who is one of the dead goes, a death read from an event noun alone goes when the dead
    are counted elsewhere, the figures that follow from others are added
    (:func:`victims.arithmetic`), and everything is put in reading order."""
    out = victims.coreferent_dead(doc, out)
    out = victims.drop_event_only(out)
    out = _others_none(out)
    out.extend(victims.arithmetic(doc, out, _record, numbers.Interval))
    out.extend(others_out)
    out.sort(key=lambda r: (r.start, r.end))
    return out


def _own_scope(doc: Doc, rec: Figure, stand: Token,
               others: set[int] = frozenset()) -> tuple[str | None, str | None]:
    """Place and time of the figure's own clause; a place attached to the figure wins.

    A relative, adverbial or coordinated clause takes what it lacks from the clause
    it hangs on ("an attack at Al-Asad Airbase, which resulted in eight injuries").
    """
    last = doc[rec.last]
    place = time = None
    for tok in (last, stand):  # '32 in Iraq': a preposition on the figure itself
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS:
                for g in c.children:
                    if g.ent_type_ in ("GPE", "LOC", "FAC"):
                        place = place_text(next(e for e in doc_ents(doc) if e.start <= g.i < e.end))
    if rec.breakdown:
        return place, None
    pred = predicate(stand)
    keep = stand
    said = False  # climbed into a reporting verb: its time is the statement's
    for _ in range(6):
        p, t = scope_of(clause_tokens(pred, keep=keep), others)
        place, time = place or p, time or (None if said else t)
        if (place and time) or pred.dep_ not in DEPENDENT_CLAUSE_DEPS \
                or pred.head.i == pred.i:
            break
        if time is None and pred.dep_ == "ccomp" and pred.head.lemma_.lower() in lexicon().reporting:
            # 'Twelve people were killed when gunmen opened fire on Saturday night, the sheriff's
            # office said Sunday afternoon': the figure's time is in its own clause's 'when'
            # clause, not the day it was said (review of session 54)
            time = _when_time(pred, others)
            said = time is not None
        if place is None and pred.dep_ in ("relcl", "acl"):
            # '... at Al-Asad Airbase, which resulted in ...': the antecedent is a place
            before = pred.left_edge.i - 1
            while before > 0 and (doc[before].is_punct or doc[before].is_space):
                before -= 1
            place = _place_noun(pred.head) or (_place_noun(doc[before]) if before >= 0 else None)
        keep = pred
        pred = predicate(pred.head)
    return place, time


def _when_time(pred: Token, others: set[int]) -> str | None:
    """The time of an adverbial clause of ``pred`` ('killed ... when gunmen opened fire on
    Saturday night'), or None."""
    heads = {pred.i} | {c.i for c in pred.children if c.dep_ == "conj"}  # 'killed and 61 were injured when ...'
    for c in pred.subtree:
        if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and c.head.i in heads:
            _p, t = scope_of(clause_tokens(c), others)
            if t:
                return t
    return None


def _place_noun(tok: Token) -> str | None:
    if told_as_person(tok):
        return None  # '18-year-old Lee Broadway, who was ...': a person the recogniser took for a place
    if at_a_care_place(tok):
        return None  # 'taken to the emergency room at Mercy General, where he died': the hospital
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or (
        tok.lower_ in PLACE_WORDS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    ):
        return tok.doc[tok.left_edge.i if tok.left_edge.dep_ != "det" else tok.left_edge.i + 1: tok.i + 1].text
    for ent in doc_ents(tok.doc):
        if ent.start <= tok.i < ent.end and ent.label_ in ("GPE", "LOC", "FAC", "ORG") and ent.root.i == tok.i:
            return ent.text
    return None


# ---------------------------------------------------------------- the component

make_quantities = register("reconcile_quantities", "quantities", lambda doc: quantities(doc),
                           ["token.dep", "token.lemma", "token.pos", "doc.ents", "doc.sents"])

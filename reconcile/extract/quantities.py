"""Quantities: a figure, the interval it allows, what it counts, and its scope.

``quantities(doc)`` yields plain dicts (character offsets, interval, hedge, measure,
counted noun, place, time); the ``reconcile_quantities`` component stores them on
``doc._.quantities``. Word lists come from ``reconcile/data``.

A figure is found three ways: numerals and number words ("62", "sixty-two",
"a dozen"), vague counts ("several", "dozens"), and implicit singulars ("a man was
shot dead" is 1 killed). Its measure comes from the counted noun ("eight injuries"),
the predicate that governs the counted people ("killing four people", "4 dead",
"claimed the lives of"), or, for a bare figure in a list ("66 times - 32 in Iraq"),
the figure it breaks down.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import numbers, victims
from .lexicon import lexicon
from .scope import (PLACE_WORDS, clause_tokens, is_heading, paragraph_breaks, predicate, scope_of,
                    sentence_frame)

SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}
NOT_COUNTS = {"year", "old", "am", "pm", "a.m.", "p.m.", "mm", "caliber", "calibre", "block",
              "percent", "%", "degree", "mph", "inch", "foot", "feet", "mile", "meter", "metre",
              "kilometer", "km", "pound", "lb", "ounce", "gram", "kg", "hour", "minute", "second",
              "day", "week", "month", "decade", "century", "time", "yard", "acre", "page",
              "round", "point", "no", "number", "grade", "th", "st", "nd", "rd", "street",
              "avenue", "road", "highway", "route", "interstate", "chapter", "section",
              "count", "counts", "x", "to", "ft"}
ANIMALS = {"dog", "cat", "horse", "animal", "pet", "deer", "cow", "puppy", "bird"}
NEGATORS = {"no", "none", "nobody", "zero"}
ELSEWORDS = {"else", "other", "others", "further", "additional", "more"}
#: adverbs after a bare figure that say what happened to those counted ('one fatally')
SEVERITY_ADVERBS = {"fatally": "killed", "mortally": "killed", "critically": "injured",
                    "seriously": "injured", "gravely": "injured", "severely": "injured",
                    "slightly": "injured", "superficially": "injured"}
VAGUE_HEADS = {"several", "dozens", "hundreds", "thousands", "tens", "scores", "millions",
               "multiple", "numerous", "many", "few", "couple", "handful"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")
PHONE = re.compile(r"^\d{3}-\d{3,4}(-\d{4})?$")


# ---------------------------------------------------------------- spans of figures

def _is_num_token(t: Token) -> bool:
    low = t.lower_
    if t.ent_type_ in SKIP_ENTS and low not in VAGUE_HEADS:
        return False
    if low == "one" and t.i > 0 and t.doc[t.i - 1].lower_ == "no":
        return False  # 'no one died' is a zero, read by _negated
    if low in ("one",) and t.dep_ not in ("nummod", "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") \
            and not (t.i + 1 < len(t.doc) and t.nbor(1).lower_ in SEVERITY_ADVERBS):
        return False
    if t.like_num and not re.search(r"(st|nd|rd|th)$", low) and low not in ("first", "second", "third"):
        return numbers.digits_value(t.text) is not None or numbers.is_number_word(low)
    return low in numbers.MULTIPLIERS and low != "half"


def _figure_spans(sent: Span) -> Iterator[tuple[int, int]]:
    """(start, end) token indices of each run of number tokens in ``sent``."""
    doc = sent.doc
    i = sent.start
    while i < sent.end:
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
            else:
                break
        # "a dozen", "half a dozen", "a hundred"
        s = i
        if s > sent.start and doc[s - 1].lower_ in ("a", "an") and doc[i].lower_ in (
                "dozen", "hundred", "thousand", "million", "couple", "score"):
            s -= 1
            if s > sent.start and doc[s - 1].lower_ == "half":
                s -= 1
        yield s, j
        i = j


def _vague_spans(sent: Span) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) for vague counts: 'several', 'a few', 'tens of thousands'."""
    doc = sent.doc
    words = numbers.vague_words()
    i = sent.start
    while i < sent.end:
        best = None
        for n in (4, 3, 2, 1):
            if i + n > sent.end:
                continue
            phrase = " ".join(doc[k].lower_ for k in range(i, i + n))
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
            if i > sent.start and doc[i - 1].lower_ in ("how", "too", "so", "the", "of"):
                i = best[1]
                continue
            yield best
            i = best[1]
        else:
            i += 1


def _hedge_before(doc: Doc, start: int, lo: int) -> tuple[str | None, int]:
    """The longest hedge phrase ending right before token ``start`` (and its start)."""
    hedges = numbers.hedges()
    for n in (4, 3, 2, 1):
        s = start - n
        if s < lo:
            continue
        phrase = " ".join(doc[k].lower_ for k in range(s, start))
        if phrase in hedges:
            return phrase, s
    return None, start


# ---------------------------------------------------------------- what is counted

def _measure_of_word(t: Token) -> str | None:
    lx = lexicon()
    lem, low = t.lemma_.lower(), t.lower_
    if t.pos_ in ("VERB", "AUX"):
        return lx.verb_measure.get(lem)
    if t.pos_ == "ADJ" or t.tag_ in ("VBN", "JJ"):
        return lx.adj_measure.get(low) or lx.adj_measure.get(lem) or lx.verb_measure.get(lem)
    return lx.noun_measure.get(lem) or lx.noun_measure.get(low)


_verb_measure = victims.predicate_measure


def counted(first: Token, last: Token) -> tuple[Token | None, Token]:
    """(counted noun or None, the token that stands for the counted things)."""
    t = last
    if t.dep_ in ("nummod", "amod", "quantmod", "det", "compound", "npadvmod") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
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
    if noun_is_people_shot(t.head if t.dep_ == "compound" else t):
        return None, t
    return None, t


def noun_is_people_shot(noun: Token) -> bool:
    """'1 shot dead', '4 Women Shot, 2 Dead': a headline's participle tagged as a noun.
    Not when the sentence is about firing ('fired 5 shots', 'heard 5 shot')."""
    return noun.lower_ == "shot" and noun.pos_ in ("NOUN", "PROPN") and not victims.is_firing(noun)


def measure_for(noun: Token | None, stand: Token, num_last: Token) -> tuple[str | None, str]:
    """(measure, how it was found) for a counted noun / bare figure."""
    lx = lexicon()
    shot_word = stand if noun_is_people_shot(stand) else None
    if shot_word is not None:  # '1 shot dead', '4 Women Shot, 2 Dead'
        nxt = shot_word.nbor(1) if shot_word.i + 1 < len(shot_word.doc) else None
        if nxt is not None and lx.adj_measure.get(nxt.lower_) == "killed" or \
                victims.severity_words(shot_word) & victims.SEVERITY_KILLED:
            return "killed", "shot dead"
        return "shot", "shot"
    if noun is not None and noun.lemma_.lower() in ("wound", "injury") and _wounds_on_a_body(noun):
        return None, "wounds"  # 'suffering from multiple gunshot wounds': wounds, not people
    if noun is not None:
        m = lx.noun_measure.get(noun.lemma_.lower())
        if noun.lemma_.lower() == "life" and m == "killed":
            return "killed", "noun"
        if m and noun.lemma_.lower() not in ("time",):
            return m, "noun"
        for c in noun.children:  # 'several enemy KIA', 'three people dead'
            if c.dep_ in ("appos", "amod", "acl", "relcl") and c.i > noun.i:
                mm = _verb_measure(c) if c.pos_ in ("VERB", "ADJ", "AUX") else lx.noun_measure.get(c.lemma_.lower())
                if mm:
                    return mm, "modifier"
    # the next word: '4 dead', '2 hurt', 'two wounded'
    nxt_i = (noun.i if noun is not None else num_last.i) + 1
    if nxt_i < len(num_last.doc) and num_last.doc[nxt_i].lower_ in SEVERITY_ADVERBS:
        adv = num_last.doc[nxt_i]  # 'one fatally', 'one critically wounded'
        after = num_last.doc[nxt_i + 1] if nxt_i + 1 < len(num_last.doc) else None
        if SEVERITY_ADVERBS[adv.lower_] == "killed":
            return "killed", "adverb"
        if after is not None and lx.adj_measure.get(after.lower_):
            return lx.adj_measure[after.lower_], "next"
        return "injured", "adverb"
    if nxt_i < len(num_last.doc):
        nxt = num_last.doc[nxt_i]
        m = lx.adj_measure.get(nxt.lower_)
        if m and nxt.pos_ in ("ADJ", "VERB", "NOUN") and nxt.dep_ not in ("compound",):
            return m, "next"
    x = stand
    head = x.head
    if noun is None and x.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        for c in head.children:  # 'more than 20 have involved traumatic brain injuries'
            if c.dep_ in ("dobj", "attr") and lx.noun_measure.get(c.lemma_.lower()):
                return lx.noun_measure[c.lemma_.lower()], "object"
    for c in x.children:  # 'six others with gunshot wounds'
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                if lx.noun_measure.get(g.lemma_.lower()) == "injured":
                    return "injured", "with"
    if victims.condition_measure(stand):  # 'three dead and one in critical condition'
        return "injured", "condition"
    # a later member of a coordination stands where its first member stands
    # ('killed his wife and three children', 'murder of 6 kids, 2 adults')
    hops = 0
    while x.dep_ in ("conj", "appos") and x.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and hops < 4:
        x, hops = x.head, hops + 1
    head = x.head
    # 'the lives of 14,000 people', 'the deaths of three'
    if x.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        outer = head.head
        m = lx.noun_measure.get(outer.lemma_.lower())
        if m:
            return m, "of"
    if x.dep_ in ("nsubjpass", "nsubj", "dobj", "appos", "conj", "attr", "oprd", "pobj"):
        # climb through conjunctions/appositions to the verb
        v = head
        hops = 0
        while v.dep_ in ("conj", "appos") and v.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and hops < 4:
            v, hops = v.head, hops + 1
        if x.dep_ == "pobj" and head.dep_ in ("agent",):
            return None, "agent"
        if v.pos_ in ("VERB", "AUX", "ADJ") or v.tag_ == "VBN":
            m = _verb_measure(v)
            if m == "attacks" and noun is not None and noun.lemma_.lower() == "time":
                return "attacks", "verb"
            if m:
                if m == "shots" and noun is None:
                    return None, "verb"
                return m, "verb"
    if noun is not None and noun.lemma_.lower() == "victim" and any(
            t.lemma_.lower() in ("shoot", "shooting", "gunfire", "gunshot") for t in noun.sent):
        return "shot", "victims of a shooting"  # 'Shooting results in 9 victims'
    if noun is not None and noun.lemma_.lower() == "time":
        v = predicate(noun)
        m = _verb_measure(v)
        if m in ("attacks", "strikes", "shot"):
            return ("attacks" if m == "attacks" else "strikes" if m == "strikes" else "shots"), "verb"
    return None, "none"


def _wounds_on_a_body(noun: Token) -> bool:
    """'found with two gunshot wounds', 'had multiple injuries', 'three wounds to the
    chest': a count of wounds on someone, not of people hurt."""
    if noun.lemma_.lower() == "wound":
        return True
    v = predicate(noun)
    if v.lemma_.lower() in ("suffer", "sustain", "have", "receive", "treat") and noun.dep_ in ("dobj", "pobj"):
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
            left = c.left_edge.i
    span = noun.doc[left:noun.i + 1]
    return span.text


# ---------------------------------------------------------------- the extractor

def _excluded(first: Token, last: Token, noun: Token | None) -> bool:
    """Dates, years, clock times, ages, addresses, phone numbers, model names."""
    doc = first.doc
    text = last.text
    if YEAR.match(text) and (noun is None or noun.lemma_.lower() in ("year",)):
        return True
    if PHONE.match(text) or ":" in text or "/" in text:
        return True
    if noun is not None and noun.lemma_.lower() in ANIMALS:
        return True  # 'injuring one of the family dogs'
    if noun is not None and noun.lemma_.lower() in NOT_COUNTS:
        if not (noun.lemma_.lower() == "time" or noun.lemma_.lower() == "round"):
            return True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in NOT_COUNTS or nxt.text in ("-year", "-", "%")):
        if not (nxt.lower_ == "time" or nxt.lower_ == "-" and last.i + 2 < len(doc)
                and doc[last.i + 2].lower_ in lexicon().adj_measure):
            return True
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None and (prev.text in ("#", "No.", "no.", "No", "Number", "$", "£", "€", "-", ".")
                             or prev.lower_ in ("route", "highway", "interstate", "channel", "chapter", "section", "page", "age", "aged", "ages", "station", "at", "flight", "episode", "the")
                             and not (prev.lower_ == "the" and noun is not None)):
        if not (prev.lower_ == "the" or prev.text == "-"):
            return True
        if prev.lower_ == "the" and noun is None:
            return True
        if prev.text == "-" and first.i > 1 and doc[first.i - 2].pos_ == "PROPN":
            return True
    # 'Lay, 69, ...', 'boy, 7, dies': an age in apposition to a name or a person
    if last.dep_ in ("appos", "npadvmod", "amod") and noun is None and (
            last.head.ent_type_ == "PERSON" or victims.person_word(last.head) and last.head.i < first.i
            and prev is not None and prev.text == ","):
        return True
    if prev is not None and prev.text == "," and first.i > 1 and doc[first.i - 2].ent_type_ == "PERSON" and noun is None:
        return True
    if noun is not None and noun.pos_ == "PROPN" and noun.ent_type_ not in ("NORP",) and \
            victims.person_word(noun) is None and noun.lower_ not in lexicon().noun_measure:
        return True  # 'Route 66', 'AC 130', 'Chapter 11'
    return False


def _negated(doc: Doc, sent: Span) -> Iterator[dict[str, Any]]:
    """'No one was injured', 'no injuries were reported': a count of 0."""
    for t in sent:
        low = t.lower_
        target = None
        if low == "no" and t.dep_ == "det" and t.head.pos_ in ("NOUN", "PRON", "NUM"):
            target = t.head
        elif low in ("nobody", "none") and t.dep_ in ("nsubj", "nsubjpass"):
            target = t
        elif low == "one" and t.i > 0 and doc[t.i - 1].lower_ == "no":
            target = t
        if target is None:
            continue
        if any(w.lower_ in ELSEWORDS for w in doc[target.i: min(len(doc), target.i + 3)]):
            continue
        if any(c.lower_ in ELSEWORDS for c in target.children):
            continue
        start = t.i if low != "one" else t.i - 1
        noun = target if target.pos_ == "NOUN" else None
        m, _how = measure_for(noun, target, target)
        if m not in ("killed", "injured", "shot", "arrested", "missing", "casualties"):
            continue
        yield _record(doc, start, target.i + 1, numbers.Interval(0, 0, 0), "no", m, noun, target)


CURRENCY = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "rupee": "INR",
                  "shekel": "ILS", "yuan": "CNY", "ruble": "RUB", "rouble": "RUB"}


def _unit(doc: Doc, s: int, e: int, first: Token, last: Token) -> tuple[str, str, str] | None:
    """(measure, where the unit stands, unit) for money and percentages."""
    prev = doc[s - 1] if s > 0 else None
    nxt = doc[e] if e < len(doc) else None
    if prev is not None and prev.text in CURRENCY:
        return "money", "before", CURRENCY[prev.text]
    if nxt is not None and nxt.lemma_.lower() in CURRENCY_WORDS:
        return "money", "after", CURRENCY_WORDS[nxt.lemma_.lower()]
    if nxt is not None and nxt.lower_ in ("percent", "%", "per", "pct"):
        return "percent", "after", "%"
    return None


def _record(doc: Doc, start: int, end: int, iv, hedge, measure, noun, stand) -> dict[str, Any]:
    span = doc[start:end]
    return {
        "start": span.start_char,
        "end": span.end_char,
        "value": (iv.nominal, iv.low, iv.high),
        "hedge": hedge,
        "measure": measure,
        "noun": _noun_phrase(noun) if noun is not None else None,
        "group": _group(noun if noun is not None else None),
        "_stand": stand.i,
        "_last": end - 1,
    }


def quantities(doc: Doc) -> list[dict[str, Any]]:
    """All quantity claims of ``doc`` in reading order."""
    out: list[dict[str, Any]] = []
    frames: list[tuple[str | None, str | None]] = []
    breaks = paragraph_breaks(doc)
    prev_end = 0
    for sent in doc.sents:
        found: list[dict[str, Any]] = []
        taken: set[int] = set()
        spans: list[tuple[int, int, str | None]] = [(s, e, None) for s, e in _figure_spans(sent)]
        spans += [(s, e, p) for s, e, p in _vague_spans(sent)]
        spans.sort(key=lambda x: (x[0], x[1]))
        for s, e, vague in spans:
            if any(s < f["_end_tok"] and f["_start_tok"] < e for f in found):
                continue
            first, last = doc[s], doc[e - 1]
            hedge, hs = _hedge_before(doc, s, sent.start)
            if vague is not None:
                iv = numbers.vague_interval(vague)
                if hedge is None:
                    hedge = vague
            else:
                x = numbers.words_value([doc[k].text for k in range(s, e)])
                if x is None:
                    continue
                kind = numbers.hedges().get(hedge) if hedge else None
                iv = numbers.interval(x, kind)
            noun, stand = counted(first, last)
            unit = _unit(doc, s, e, first, last)
            if unit is not None:
                rec = _record(doc, min(hs, s - 1) if unit[1] == "before" else hs,
                              e + (1 if unit[1] == "after" else 0), iv, hedge, unit[0], None, stand)
                rec["noun"] = unit[2]
                rec["_start_tok"], rec["_end_tok"] = hs, e
                found.append(rec)
                taken.update(range(hs, e))
                continue
            if _excluded(first, last, noun):
                continue
            measure, how = measure_for(noun, stand, last)
            # a bare figure in a breakdown ('66 times - 32 in Iraq and 34 in Syria')
            if measure is None and noun is None and found and stand.dep_ in ("appos", "conj", "npadvmod", "nsubj", "ROOT"):
                prev = found[-1]
                if prev["measure"] and s - prev["_end_tok"] <= 6:
                    measure, how = prev["measure"], "breakdown"
                    rec_noun = prev["noun"]
                else:
                    rec_noun = None
            else:
                rec_noun = None
            if measure is None and (noun is None or noun.lemma_.lower() in ("time", "one", "other", "occasion")):
                continue  # a bare figure with nothing to count
            rec = _record(doc, hs, e, iv, hedge, measure, noun, stand)
            if rec_noun and rec["noun"] is None:
                rec["noun"] = rec_noun
            died = victims.including_deaths(noun if noun is not None else stand) \
                if measure in ("injured", "shot") and iv.low == iv.high else []
            if died and len(died) < iv.nominal:
                # 'Three people were injured, including a 17-year-old who succumbed'
                k = len(died)
                rec["value"] = (iv.nominal - k, iv.low - k, iv.high - k)
                rec["hedge"] = f"derived: {victims._n(iv.nominal)} {measure} - {k} who died"
                rec["measure"] = "injured"
                dead = _record(doc, died[0].left_edge.i, died[-1].i + 1, numbers.Interval(k, k, k),
                               "including", "killed", died[0], died[0])
                dead["_start_tok"], dead["_end_tok"] = died[0].left_edge.i, died[-1].i + 1
                found.append(dead)
                taken.update(range(died[0].left_edge.i, died[-1].i + 1))
            rec["_start_tok"], rec["_end_tok"] = hs, e
            if how in ("adverb", "condition") or (how == "next" and doc[min(e, len(doc) - 1)].lower_ in (
                    "critical", "serious", "stable", "critically", "seriously", "fatally")):
                rec["_subset"] = True
                if measure == "injured" and iv.low is not None and (
                        how == "condition" or doc[min(e, len(doc) - 1)].lower_ in ("critical", "serious", "stable")):
                    # 'one critical': one of the injured is named by severity, so at least
                    # that many were hurt; the total may be larger
                    rec["value"] = (iv.nominal, iv.low, None)
                    rec["hedge"] = f"at least ({doc[min(e, len(doc) - 1)].lower_})"
            if how == "breakdown":
                rec["_breakdown"] = True
            found.append(rec)
            taken.update(range(hs, e))
            if noun is not None:
                taken.add(noun.i)
        for rec in _negated(doc, sent):
            if not any(rec["start"] < f["end"] and f["start"] < rec["end"] for f in found):
                rec["_start_tok"] = rec["_end_tok"] = -1
                found.append(rec)
        for rec in (*victims.suicides(doc, sent, taken, _record, numbers.Interval),
                    *victims.multiplied(doc, sent, taken, _record, numbers.Interval)):
            rec["_start_tok"] = rec["_end_tok"] = -1
            found.append(rec)
        singles = list(victims.implicit(doc, sent, taken, _record, numbers.Interval))
        if any(r["measure"] == "killed" for r in (*found, *singles)):
            # 'she was taken to the hospital in critical condition but later died',
            # 'rushed the boy to a hospital where he was pronounced dead': the person
            # named as hurt is the one who died
            singles = [r for r in singles if not (r["measure"] == "injured" and victims.later_died(
                doc[r["_stand"]], [doc[x["_stand"]] for x in (*found, *singles) if x["measure"] == "killed"]))]
            found = [f for f in found if not (f["measure"] == "injured" and f["noun"]
                                              and doc[f["_stand"]].lemma_.lower() in ("wound", "injury")
                                              and victims.died_of(doc[f["_stand"]]))]
        for rec in singles:
            if any(f["measure"] == rec["measure"] and not f.get("_suicide")
                   and not victims.conj_linked(doc[f["_stand"]], doc[rec["_stand"]]) for f in found):
                continue  # the sentence gives a figure for these people already
            rec["_start_tok"] = rec["_end_tok"] = -1
            found.append(rec)
        found = victims.listed(doc, sent, found, _record, numbers.Interval)
        found = victims.totals(doc, found, _record, numbers.Interval)
        # scope: own clause first, then the frames of the sentences just before
        # tokens of the prepositional phrases on each figure ('32 in Iraq'), per figure
        own_pp = [{g.i for tok in (doc[f["_last"]], doc[f["_stand"]])
                   for c in tok.children if c.dep_ == "prep" for g in c.subtree} for f in found]
        frame = sentence_frame(sent, set().union(*own_pp))
        heading = is_heading(sent)
        new_par = any(prev_end <= b <= sent.start_char for b in breaks)
        if new_par:
            # a paragraph carries on from the last sentence before it at most
            frames = frames[-1:] if not heading else []
        usable = [] if heading else frames[-2:]
        for k, rec in enumerate(found):
            stand = doc[rec["_stand"]]
            others = set().union(*(pp for m, pp in enumerate(own_pp) if m != k))
            place, time = _own_scope(doc, rec, stand, others)
            if rec.get("_breakdown") and time is None and k > 0:
                time = found[k - 1].get("time")  # a breakdown shares its total's time
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
            rec.update(place=place, time=time, place_inherited=p_inh, time_inherited=t_inh)
        for rec in found:
            rec["_sent"] = sent.start
        frames = [] if heading else frames + [frame]
        prev_end = sent.end_char
        out.extend(found)
    out.extend(victims.arithmetic(doc, out, _record, numbers.Interval))
    out.sort(key=lambda r: (r["start"], r["end"]))
    for r in out:
        for k in [k for k in r if k.startswith("_")]:
            del r[k]
    return out


def _own_scope(doc: Doc, rec: dict[str, Any], stand: Token,
               others: set[int] = frozenset()) -> tuple[str | None, str | None]:
    """Place and time of the figure's own clause; a place attached to the figure wins.

    A relative, adverbial or coordinated clause takes what it lacks from the clause
    it hangs on ("an attack at Al-Asad Airbase, which resulted in eight injuries").
    """
    last = doc[rec["_last"]]
    place = time = None
    for tok in (last, stand):  # '32 in Iraq': a preposition on the figure itself
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "across", "inside"):
                for g in c.children:
                    if g.ent_type_ in ("GPE", "LOC", "FAC"):
                        place = next(e for e in doc.ents if e.start <= g.i < e.end).text
    if rec.get("_breakdown"):
        return place, None
    pred = predicate(stand)
    keep = stand
    for _ in range(6):
        p, t = scope_of(clause_tokens(pred, keep=keep), others)
        place, time = place or p, time or t
        if (place and time) or pred.dep_ not in ("relcl", "acl", "advcl", "conj", "xcomp", "ccomp") \
                or pred.head.i == pred.i:
            break
        if place is None and pred.dep_ in ("relcl", "acl"):
            # '... at Al-Asad Airbase, which resulted in ...': the antecedent is a place
            before = pred.left_edge.i - 1
            while before > 0 and (doc[before].is_punct or doc[before].is_space):
                before -= 1
            place = _place_noun(pred.head) or (_place_noun(doc[before]) if before >= 0 else None)
        keep = pred
        pred = predicate(pred.head)
    return place, time


def _place_noun(tok: Token) -> str | None:
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or (
        tok.lower_ in PLACE_WORDS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    ):
        return tok.doc[tok.left_edge.i if tok.left_edge.dep_ != "det" else tok.left_edge.i + 1: tok.i + 1].text
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in ("GPE", "LOC", "FAC", "ORG") and ent.root.i == tok.i:
            return ent.text
    return None


# ---------------------------------------------------------------- the component

def _register_extension() -> None:
    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", default=None)


@Language.factory(
    "reconcile_quantities",
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents", "doc.sents"],
    assigns=["doc._.quantities"],
)
def make_quantities(nlp: Language, name: str) -> "QuantityExtractor":
    return QuantityExtractor()


class QuantityExtractor:
    """Sets ``doc._.quantities`` to the list of quantity dicts."""

    def __init__(self) -> None:
        _register_extension()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = quantities(doc)
        return doc


_register_extension()

"""An age read from the words about one mention: '19-year-old Dana Reyes', 'Reyes,
19,', 'Reyes, aged 19', 'ages 3 to 5', the age a relative or a noun gives ('her
4-year-old son').
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...data import wordset
from ...text import numbers
from ..victims import AGE, _age
from .matchers import _head_of, words


def _age_value(tok: Token) -> int | None:
    """``tok`` as an age: digits or a number word ('19', 'Seventeen') in [min, max]."""
    w = words()
    if tok.text.isdecimal():
        n: float | None = int(tok.text)
    elif tok.is_alpha and tok.like_num:
        n = numbers.words_value([tok.lower_])
    else:
        return None
    return int(n) if n is not None and n == int(n) and w.age_min <= n <= w.age_max else None


def _age_compound(doc: Doc, i: int) -> tuple[int, int, int] | None:
    """An age written as a compound that ends at token ``i``: '19-year-old' (one token
    or split), '19 year old', '19-year old', 'Seventeen-year-old', '18-year olds'; in months,
    weeks or days too ('9-month-old Ana Ruiz', '3 week old'), the number as written (the
    claim's age is in whole years: :func:`in_years`)."""
    t = doc[i]
    if AGE.match(t.text):
        head = t.text.split("-")[0]
        n = int(head) if head.isdecimal() else None
        if n is not None and words().age_min <= n <= words().age_max:
            return n, t.idx, t.idx + len(t)
        return None
    if t.lower_ not in ("old", "olds"):
        return _age_abbreviated(doc, i)
    j = i - 1
    if j >= 0 and doc[j].text in ("-", "‐", "–"):
        j -= 1
    if j < 0 or doc[j].lower_ not in ("year", "years", "yr", "yrs") and doc[j].lower_ not in words().age_months \
            and doc[j].lower_ not in words().age_under_a_month:
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
    age: a suffix ('Jr.', 'II') and a nickname (', aka Juan', ', aka “Deeko,”')."""
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
            if a is not None and a.isdecimal() and any("year" in x.lower_ for x in c.subtree):
                n = int(a)
                if w.age_min <= n <= w.age_max:
                    return n, c.left_edge.idx, c.idx + len(c)
    # 'a 7-year-old girl, Iris Ruiz,' / 'the 17-year-old, Sam Ortiz,' / 'his 3-year-old son, Sam'
    if h.dep_ == "appos" and h.head.i < s:
        a = _age(h.head)
        if a is not None and a.isdecimal() and w.age_min <= int(a) <= w.age_max:
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
        if a is not None and a.isdecimal() and words().age_min <= int(a) <= words().age_max and x.i < n.i:
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
    if a is not None and a.isdecimal() and w.age_min <= int(a) <= w.age_max:
        return int(a), n.left_edge.idx, n.idx + len(n)
    return None


_UNIT_AFTER = re.compile(r"^[\s\-‐–]*([A-Za-z]+)")


def _age_unit(text: str, age: tuple[int, int, int]) -> str:
    """The unit the age at [start, end) of ``text`` is written in: 'years', 'months' or
    'under_a_month' (weeks, days), read in the span or the word right after it ('age 10
    months'); '' where none is written ('Ana Ruiz, 19,')."""
    w = words()
    _n, s, e = age
    units = [x.lower() for x in re.findall(r"[A-Za-z]+", text[s:e])]
    if not units:
        m = _UNIT_AFTER.match(text[e:e + 12])
        units = [m.group(1).lower()] if m else []
    for u in units:
        if u in ("year", "years", "yr", "yrs"):
            return "years"
        if u in w.age_months:
            return "months"
        if u in w.age_under_a_month:
            return "under_a_month"
    return ""


def in_years(text: str, age: tuple[int, int, int]) -> int:
    """The age at [start, end) of ``text`` in whole years, as the registry gives it: 'a
    17-month-old' is 1, 'age 10 months' is 0, 'a 3-week-old' is 0."""
    unit = _age_unit(text, age)
    return age[0] // 12 if unit == "months" else 0 if unit == "under_a_month" else age[0]


def _written_in_years(doc: Doc, age: tuple[int, int, int]) -> bool:
    """Whether the age compound at [start, end) of ``doc`` is written in years ('19-year-old'),
    not months, weeks or days ('9-month-old')."""
    return _age_unit(doc.text, age) in ("years", "")


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
                    if a is not None and a.isdecimal() and w.age_min <= int(a) <= w.age_max:
                        return int(a), c.left_edge.idx, c.idx + len(c)
    return None

"""Where and when a claim holds: place and time expressions of its clause.

A claim's scope is read from its own clause (the predicate's subtree without nested
clauses: "but this does not include any injuries from last night's attack" does not
scope "62 injuries"). A claim whose clause names no time or place inherits the
sentence frame of the nearest preceding sentence that has one, so a figure follows
the "Since Oct. 17" said just before it.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from spacy.attrs import DEP, HEAD, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from ..data import load, wordset
from ..text.lexicon import lexicon
from ..text.names import PLACE_WORDS

PLACE_LABELS = {"GPE", "LOC", "FAC"}
TIME_LABELS = {"DATE", "TIME"}

_SENTS_KEY = "reconcile_sent_bounds"


_TEXT_KEY = "reconcile_text"


def doc_text(doc) -> str:
    """``doc.text``, built once per doc (spaCy joins every token on each access)."""
    t = doc.user_data.get(_TEXT_KEY)
    if t is None or (len(doc) and len(t) < doc[-1].idx + len(doc[-1].text)):
        t = doc.text
        doc.user_data[_TEXT_KEY] = t
    return t


_ENTS_KEY = "reconcile_ents"


def doc_ents(doc) -> tuple:
    """``doc.ents``, built once per doc (spaCy makes new spans on each access). Read
    after the entity recognizer: the reconcile components run at the end."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data[_ENTS_KEY] = ents
    return ents


def sent_bounds(doc) -> tuple[list[int], list[int]]:
    """(starts, ends): the token offsets of the sentences of ``doc``, read once per doc."""
    bounds = doc.user_data.get(_SENTS_KEY)
    if bounds is None or (bounds[1] and bounds[1][-1] != len(doc)):
        sents = list(doc.sents)
        bounds = ([s.start for s in sents], [s.end for s in sents])
        doc.user_data[_SENTS_KEY] = bounds
    return bounds


def sent_of(tok: Token | Span) -> Span:
    """The sentence of a token or span: ``tok.sent`` without spaCy walking every
    sentence of the document on each call (the boundaries are read once per doc)."""
    doc = tok.doc
    bounds = sent_bounds(doc)
    i = tok.i if isinstance(tok, Token) else tok.start
    k = bisect.bisect_right(bounds[0], i) - 1
    return doc[bounds[0][k]:bounds[1][k]]


def predicate(tok: Token) -> Token:
    """The verb (or root) that heads ``tok``'s clause."""
    t = tok
    for _ in range(40):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT" or t.head is t:
            return t
        t = t.head
    return t


def clause_tokens(pred: Token, keep: Token | None = None) -> list[Token]:
    """Tokens of ``pred``'s clause without nested clauses (``keep`` is never cut).

    For a verb in coordination ("attacked X and killed Y"), the shared subject and
    adverbials of the first verb belong to it too.
    """
    out: list[Token] = []
    stack = [pred]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in wordset("grammar", "nested_clause_deps", "labels") and c.pos_ in ("VERB", "AUX") and not (
                keep is not None and (c is keep or c.is_ancestor(keep))
            ):
                continue
            stack.append(c)
    if pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX"):
        for c in pred.head.children:
            if c.i < pred.i and c.dep_ in wordset("grammar", "scope_before_deps", "labels"):
                out.extend(c.subtree)
    return out


def _with_prefix(span: Span) -> str:
    """'Oct. 17' -> 'since Oct. 17' when a preposition introduces it."""
    start = span.start
    doc = span.doc
    if start > 0 and doc[start - 1].lower_ in wordset("grammar", "time_prepositions"):
        return f"{doc[start - 1].text} {' '.join(span.text.split())}"
    return " ".join(span.text.split())


def _locative(ent: Span) -> bool:
    """A place entity used as a place ('in Iraq', 'at Al Asad airbase'), not as a
    modifier ('US troops', 'Iran-backed')."""
    root = ent.root
    if told_as_person(root):
        return False  # '18-year-old Lee Broadway, who was ...': a person the recogniser took for a place
    if root.dep_ == "compound" and root.head.lower_ in PLACE_WORDS:
        root = root.head
    if at_a_care_place(root) or _where_taken(root):
        return False  # the hospital or its town, not the scene
    if root.dep_ == "pobj" and root.head.lower_ in wordset("grammar", "locative_prepositions"):
        # 'a 21-year-old man from Mexico', 'relatives from Ohio', 'after returning from Iraq'
        # (data/grammar.json origin_verbs): where someone comes from, not where anything happened
        # ('fired from a car', 'fled from Dover' keep their verb)
        return not (root.head.lower_ == "from" and (root.head.head.pos_ in ("NOUN", "PROPN", "PRON")
                                                    or root.head.head.lemma_.lower() in wordset("grammar", "origin_verbs")))
    if root.dep_ in wordset("grammar", "place_root_deps", "labels") and ent.label_ in ("LOC", "FAC"):
        # not the subject of a reporting verb ('the Chicago Tribune reported', which the recogniser
        # may call a facility): a source, no place (session 59, careful reading round 92)
        # nor the one told ('told the Elmwood Gazette that ...': session 60, careful
        # reading round 100)
        return not (root.dep_ in ("nsubj", "dobj", "dative") and root.head.lemma_.lower() in lexicon().reporting_strong)
    return False


def _where_taken(tok: Token) -> bool:
    """Whether ``tok`` is the object of 'in' on a verb of taking someone somewhere that has its
    'to' too ('were taken to St. Anne's in Linden', data/grammar.json ``taken_to``): the town of
    the place they were taken to, a hospital the page names without its noun, not the scene.
    Session 64, careful reading round 158 (603099: a hospital's city as a page's place)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in wordset("grammar", "taken_to", "lemmas") and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def at_a_care_place(tok: Token) -> bool:
    """Whether ``tok`` is the object of 'at' or 'in' on a noun of a place of care (:func:`care_place`):
    'the emergency room at Mercy General', 'Oakwood Hospital in Dearborn', the hospital or its
    town, no place of the shooting (session 60; 'in', careful reading round 106)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in") and care_place(tok.head.head)


def care_place(n: Token) -> bool:
    """Whether ``n`` is a noun of a place of care ('hospital', 'emergency room'; data/grammar.json
    ``care_places``), alone or with the compound before it."""
    if n.pos_ not in ("NOUN", "PROPN"):
        return False
    care = wordset("grammar", "care_places")
    before = n.doc[n.i - 1] if n.i > 0 and n.doc[n.i - 1].dep_ == "compound" and n.doc[n.i - 1].head.i == n.i else None
    # the plural by its lemma too ('in hospitals in Tacoma'; session 61, careful reading round 111)
    return n.lower_ in care or n.lemma_.lower() in care or (
        before is not None and f"{before.lower_} {n.lower_}" in care)


def told_as_person(root: Token) -> bool:
    """Whether the entity headed by ``root`` is told as a person: a relative clause on it opened
    by 'who' (data/grammar.json ``personal_relatives``), an age ('18-year-old'), or an apposition
    to a noun of a person ('another man, Lee Ross,')."""
    who = wordset("grammar", "personal_relatives")
    if root.dep_ == "appos" and root.head.lemma_.lower() in lexicon().person_group:
        return True  # 'another man, Bradley Stover, ...': a name given to a person's noun (session 60, round 102)
    return any(c.dep_ == "relcl" and any(w.lower_ in who for w in c.children) for c in root.children) or any(
        c.dep_ == "amod" and c.lower_ == "old" and any(g.lower_ in ("year", "years") for g in c.subtree)
        for c in root.children) or _aged_apposition(root)


def _aged_apposition(root: Token) -> bool:
    """An age set off by commas right after the entity ('Ray Holt, 60, was shoveling snow'): a
    person the recogniser took for a facility. Session 63, careful reading round 157 (302749:
    a misspelt given name and the surname read as the page's place, and the event's)."""
    doc = root.doc
    k = root.i + 1
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 2].text != ",":
        return False
    age = doc[k + 1]
    return age.head.i == root.i and age.dep_ == "appos" and age.text.isdecimal() and 0 < int(age.text) < 110


def scope_of(tokens: list[Token], skip: set[int] = frozenset()) -> tuple[str | None, str | None]:
    """(place, time) named by entities among ``tokens``: the first of each.

    ``skip`` holds token indices that do not count (places attached to another figure).
    """
    idx = {t.i for t in tokens} - set(skip)
    place = time = None
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return None, None
    for ent in doc_ents(doc):
        if ent.start not in idx:
            continue
        if time is None and ent.label_ in TIME_LABELS and not _is_age(ent) and not _is_block(ent) \
                and not (len(ent) == 1 and count_taken_for_date(ent[0])):
            time = _with_prefix(ent)
        elif place is None and ent.label_ in PLACE_LABELS and _locative(ent) and not _WEB.search(ent.text) \
                and not _a_day(ent):
            place = _place_phrase(ent)
        elif place is None and ent.label_ in ("ORG", "PERSON") and ent.root.dep_ == "compound" \
                and ent.root.head.lower_ in PLACE_WORDS and _locative(ent):
            place = _place_phrase(ent)
        elif place is None and ent.label_ in ("ORG", "PERSON") and _named_street(ent) and _locative(ent):
            place = _place_phrase(ent)  # 'on Ralph Boyles Road', a road named for a person
    return place, time


def _named_street(ent: Span) -> bool:
    """Whether an entity the recogniser calls a person or an organisation ends in a street
    word, capitalised, after a capitalised word (data/streets.json's one-street construction:
    'Road', 'Avenue'): a street named for someone ('found on Ralph Boyles Road off Highway 66'),
    where the place after it would otherwise be read. Session 58, from careful reading round
    84 (a road named for a man read past, the highway it leaves from taken as the place)."""
    return len(ent) >= 2 and ent[-1].text in street_word_forms() and ent[-2].text[:1].isupper()


@cache
def street_word_forms() -> frozenset[str]:
    """The street words of data/streets.json's one-street construction, as written ('Road', 'Rd.';
    reconcile.extract.towns reads them lower-cased)."""
    c = next(c for c in load("streets")["constructions"] if c["name"] == "street")
    return frozenset(c["pattern"][-1]["TEXT"]["IN"])


def _place_phrase(ent: Span) -> str:
    """'Al Asad' + 'airbase' when the entity is a compound of a place noun; a numbered road's
    number the recogniser left out ('U.S. Highway' + '41'); spaces as one (the recogniser may
    take in a headline's line breaks: 'Elmwood\\n\\n')."""
    head = ent.root.head
    if ent.root.dep_ == "compound" and head.lower_ in PLACE_WORDS:
        return " ".join(ent.doc[ent.start:head.i + 1].text.split())
    start, end = _corner_around(ent)
    if (start, end) != (ent.start, ent.end):
        return place_text(ent.doc[start:end])
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and ent[-1].lower_ in wordset("streets", "numbered_roads") and re.fullmatch(r"\d{1,4}[A-Za-z]?", nxt.text):
        return f"{place_text(ent)} {nxt.text}"  # 'along U.S. Highway 41' (careful reading round 93)
    return place_text(ent)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def _corner_around(ent: Span) -> tuple[int, int]:
    """The token span of a corner the recogniser cut after its 'and' ('near [Flamingo Road and]
    Durango Drive': the street the 'and' joins, else the entity without the 'and'; session 62,
    careful reading round 131) or took one street of: a numbered street and 'and' before it
    ('near [24th and] Park': the recogniser's 'Park' alone), or 'and', a street's name and a
    plural street word after it ('near [Lake Mead] and MLK boulevards'); the entity's own span
    otherwise. (Session 62, careful reading round 136: two events' places a lake and a bare
    'Park'.)"""
    doc, start, end = ent.doc, ent.start, ent.end
    if len(ent) > 1 and ent[-1].dep_ == "cc":
        other = next((c for c in ent.root.children if c.dep_ == "conj" and c.i >= end), None)
        return start, (other.i + 1 if other is not None and other.i - end < 4 else end - 1)
    if start >= 2 and doc[start - 1].lower_ == "and" and _ORDINAL.fullmatch(doc[start - 2].text):
        start -= 2
    if end + 2 < len(doc) and doc[end].lower_ == "and":
        j = end + 1
        while j < len(doc) and j - end <= 3 and (doc[j].text[:1].isupper() or _ORDINAL.fullmatch(doc[j].text)):
            j += 1
        if j > end + 1 and j < len(doc) and doc[j].lower_ in wordset("streets", "plural_street_words"):
            end = j + 1
    return start, end


def _a_day(ent: Span) -> bool:
    """Whether a place entity names a day ('shot on Easter Sunday', which the recogniser may call
    a facility): a weekday among its words (data/times.json ``weekdays``) is a time, no place.
    Session 59, from careful reading round 93 (a Chicago page's place given as a holiday)."""
    return bool({t.lower_ for t in ent} & wordset("times", "weekdays"))


def place_text(ent: Span) -> str:
    """An entity's text as a place: spaces as one, and a headline's place run into the site's
    name after a dash ('Quadruple homicide in Waynesville - WDRB') cut to the place. Session 58
    (the review of a street rule's moves: a tie between a headline's 'Waynesville - WDRB' and
    the body's 'Waynesville' gave the source the first)."""
    return _SITE_AFTER.sub("", " ".join(ent.text.split()))


#: a handle or a web address the recogniser may call a place ('@WXYZ_News', 'Twitter.com/jdoe'): no place.
#: Session 58, from careful reading round 85 (a station's handle and a reporter's address as places)
_WEB = re.compile(r"[@/]|\.com\b|\bwww\.", re.I)
#: a dash or bar and a station's or site's name in capitals after a place in a headline
_SITE_AFTER = re.compile(r"\s+[-\u2013\u2014|]\s+[A-Z0-9]{2,}\b.*$")


def _is_age(ent: Span) -> bool:
    """An age the recogniser calls a date: '19-year-old', 'aged 19', and a bare number
    ('Dana Reyes, 41, was shot': a date or time is never two digits alone)."""
    return bool(re.search(r"\byears?[- ]old\b|\bages?\b", ent.text, re.I) or re.fullmatch(r"\d{1,3}", ent.text.strip()))


def count_taken_for_date(t: Token) -> bool:
    """A number word the recogniser alone calls a date that counts the plural noun after it
    ('Forty students were wounded', tagged as the 1940s where it opens a sentence): a word,
    not digits, a date entity of its own, and a noun after it that is no unit of time or
    measure (data/quantities.json ``not_counts``: 'Forty years ago' stays a date). It is a
    figure (reconcile/extract/quantities.py), not a time of one. (Session 53, the review of
    session 53: a sentence-initial 'Forty' gave no figure where 'Thirty' did.)"""
    if t.ent_type_ != "DATE" or not t.is_alpha or not t.like_num or t.ent_iob_ != "B" or t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    units = wordset("quantities", "not_counts")
    return nxt.ent_iob_ != "I" and nxt.tag_ in ("NNS", "NNPS") and nxt.lemma_.lower() not in units \
        and nxt.lower_.rstrip("s") not in units


def _is_block(ent: Span) -> bool:
    """A street's block number the recogniser calls a date ('the 2000 block of Elm Street':
    no year 2000; data/grammar.json ``not_time_before``)."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "-" and ent.end + 1 < len(doc):
        nxt = doc[ent.end + 1]
    words = wordset("grammar", "not_time_before")
    return nxt is not None and ent.text.strip().isdigit() and (nxt.lower_ in words or "-" + nxt.lower_ in words)


def sentence_frame(sent: Span, skip: set[int] = frozenset()) -> tuple[str | None, str | None]:
    """(place, time) for a whole sentence, leaving out places attached to figures and
    what a negated clause inside it names ('..., but this does not include any injuries
    from last night's attack': the next sentence is not about last night)."""
    doc = sent.doc
    verbs = _negated_verbs(doc)
    negated = {g.i for i in range(sent.start, sent.end) if i in verbs for g in doc[i].subtree}
    return scope_of(list(sent), set(skip) | negated)


_NEGATED_KEY = "reconcile_negated_verbs"


def _negated_verbs(doc) -> frozenset[int]:
    """The verbs of ``doc`` (VERB or AUX, not the root) with a 'neg' dependent ('does not
    include'), read once per doc from its POS, DEP and HEAD columns."""
    got = doc.user_data.get(_NEGATED_KEY)
    if got is None:
        neg, root = get_string_id("neg"), get_string_id("ROOT")
        heads = doc.to_array(HEAD).view("int64").tolist()
        rows = doc.to_array([POS, DEP]).tolist()
        got = frozenset(i + heads[i] for i, (_, dep) in enumerate(rows) if dep == neg and heads[i])
        got = doc.user_data[_NEGATED_KEY] = frozenset(
            i for i in got if rows[i][0] in (VERB, AUX) and rows[i][1] != root)
    return got


def is_heading(sent: Span) -> bool:
    """A line with no closing punctuation standing alone: a headline or sub-heading."""
    memo = sent.doc.user_data.setdefault("reconcile_headings", {})
    got = memo.get((sent.start, sent.end))
    if got is None:
        whole = doc_text(sent.doc)
        text = whole[sent.start_char:sent.end_char].strip()  # sent.text, without joining its tokens
        got = memo[sent.start, sent.end] = bool(text) and text[-1] not in ".!?\"'”’)" and \
            "\n" in whole[sent.end_char:sent.end_char + 2] + "\n"
    return got


@cache
def _listed_cases_patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    d = load("persons")["listed_cases"]
    return re.compile(d["opens"], re.I), re.compile(d["day"], re.I), d["months"]


_LISTED_KEY = "reconcile_listed_cases"


def listed_cases(doc) -> list[tuple[int, int]]:
    """The paragraphs (character start and end) of a page that lists case after case, each
    opened by its calendar day, that give a calendar day (data/persons.json ``listed_cases``:
    'Jan. 4: Abel Fenn, 30, shot his neighbor.', on a page whose opening days fall in at least
    ``months`` months): each is a listed case's, not the page's event (persons and custody
    statements read them so, once per doc); none on other pages."""
    got = doc.user_data.get(_LISTED_KEY)
    if got is not None:
        return got
    opens, day, months = _listed_cases_patterns()
    text = doc_text(doc)
    starts = [0] + paragraph_breaks(doc)
    ends = starts[1:] + [len(text)]
    opened = {m.group(1).lower() for s, e in zip(starts, ends) if (m := opens.match(text[s:e]))}
    got = [] if len(opened) < months else [(s, e) for s, e in zip(starts, ends) if day.search(text[s:e])]
    doc.user_data[_LISTED_KEY] = got
    return got


def paragraph_breaks(doc) -> list[int]:
    """Character offsets where a blank line, or a run of them, separates paragraphs: one
    break for the run, so that the paragraph before is the one with text (pages that set
    three blank lines between paragraphs made an empty paragraph of each, and a person
    named just after another case's was never in the paragraph after it: recalled.py
    ``_recalled_company``; session 42, other60, issue 13, from gva-dev's even half)."""
    return [m.end() for m in re.finditer(r"\n(?:[ \t\r]*\n)+", doc_text(doc))]

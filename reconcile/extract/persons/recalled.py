"""People of other cases than the article's event: a case the article recalls (an
opener, a fronted time, a paragraph of its own), a round-up's other shootings, a
list of dated cases or of arrests, a police release feed, a murder-suicide's pair.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...data import load, wordset
from ..scope import doc_text, listed_cases, paragraph_breaks, sent_bounds, sent_of
from .evidence import Fact, _fact
from .matchers import words
from .person import _Person, _role, _slip_of_another


LEAD_SENTENCES = 3  # the headline and the first sentences of the body
LEAD_WORDS = 3  # words a sentence of the lead has at least


@cache
def _recalled_cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, frozenset[str]]]:
    d = load("persons")["recalled_case"]
    return (re.compile(d["before"], re.I), re.compile(d["calendar"], re.I),
            {k: frozenset(d[k]) for k in ("lead_recent", "lead_casualty", "lead_legal")})


@cache
def _own_time() -> re.Pattern[str]:
    """Words that give a sentence or paragraph a time of its own (data/persons.json
    ``recalled_case`` ``own_time``: 'this week', 'today')."""
    return re.compile(load("persons")["recalled_case"]["own_time"], re.I)


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
    if ago.match(head) is not None or calendar_ok and calendar.match(head) is not None:
        return True
    # (or the paragraph just before opens so, and this one gives no time of its own before the
    # name: 'In 1822, the church was burned. \n\n Ty Amsel, a carpenter, was its architect';
    # session 62, from the people scorer's even-half rows: a historical figure shown a victim)
    breaks = [0, *paragraph_breaks(doc)]
    k = bisect.bisect_right(breaks, first.idx) - 1
    if k < 1 or _own_time().search(head) or calendar.search(head) or any(
            w in recent for w in re.findall(r"[a-z]+", head.lower())):
        return False
    return ago.match(text[breaks[k - 1]:breaks[k]]) is not None


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
    girl'), not one it brings in from another case ('a 4-year-old boy, Cy Moss,')."""
    nouns = [h.head] if h.dep_ == "appos" else []
    nouns += [c for c in h.children if c.dep_ == "appos"]
    return any(n.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in n.children) for n in nouns)


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
            or _aftermath(span.root, p) or _named_dated_before(span.root, p, before)

    def answered(f: Fact, p: _Person) -> bool:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        return span is not None and _aftermath(span.root, p)

    def opened(p: _Person) -> bool:
        # first named where the page turns to another case ('In that incident, Ada Pell, 23,
        # had just parked ... Pell was struck'): what follows of the person is that case's
        first = doc[min(p.tokens)]
        while first.dep_ == "conj":
            first = first.head
        # ... or in a sentence that places the person 'in that case' ('The men charged in that
        # case are ...'), or just after one of these in its paragraph (:func:`_turned_before`):
        # these words turn to another case whatever the lead tells
        if _turned_before(first) or _roundup_turned(first):
            return True
        if not told:
            return False
        # ... or first named in a paragraph opened by a time before the event (:func:`_dated_paragraph`)
        return _dated_paragraph(first, recent and not lead_days)

    for p in claimed:
        role = _role(p)
        if role not in ("victim", "suspect") or not p.tokens:
            continue
        told_of = [f for f in p.facts if f.outcome in ("killed", "injured", "shot")]
        # (a suspect only in that the police shot them: 'was shot by deputies in 2015', :func:`_police_fired`)
        shot_only = role == "suspect" and all(f in told_of for f in p.facts if f.role == "suspect")
        if min(p.tokens) < lead.end or in_lead(p):
            # in the lead too, a death told only as what a protest or a reprisal answered is
            # another case's ('a crowd protesting the killing of Cy Moss by deputies upstate when
            # shots were fired': session 61, from the people scorer's rows; 'protesters have
            # gathered at the station since March 3, when officers fatally shot Cy Moss', one a
            # suspect only in that the police shot him: careful reading round 117). (Not a death
            # told only at another time: 'died Thursday of the wounds she suffered last week' is the
            # event's own later death.)
            if (role == "victim" or shot_only) and told_of and all(answered(f, p) for f in told_of):
                _recall(doc, p)
            continue
        # (one first named where the page turns to another case is that case's however often
        # named after: 'In an earlier attack, Ada Pell, 29, survived ... Pell had served five years')
        # (nor one first named in a clause set before the event, 'where Cy Moss was shot last
        # month', whose later mentions are of that case: :func:`_named_dated_before`)
        if not opened(p) and (len({sent_of(doc[i]).start for i in p.tokens}) > 2
                              and not before.search(_clause_text(doc[min(p.tokens)]))
                              or any(_told_before(doc[i]) for i in p.tokens)):
            continue
        if opened(p) or told and (role == "victim" or shot_only) and told_of and all(recalled(f, p) for f in told_of):
            _recall(doc, p)
    if told:
        _recalled_company(doc, claimed, lead)


def _named_dated_before(t: Token, p: _Person, before: re.Pattern[str]) -> bool:
    """Whether the word ``t`` that tells ``p`` shot or dead stands in a sentence with no time of
    its own, one of the :data:`TURNED_REACH` sentences after the one ``p`` is first named in,
    whose clause sets that naming before the event ('... near the corner where Cy Moss, 11,
    and his brother were shot last month. The brothers were playing cards when the shots came.
    Cy was killed.'): the death told next is of that earlier case. Session 65, careful reading
    round 168 (463734, gva-dev even half: a boy killed a month before shown dead in the event)."""
    doc = t.doc
    first = doc[min(p.tokens)]
    starts, _ends = sent_bounds(doc)
    here, there = bisect.bisect_right(starts, t.i) - 1, bisect.bisect_right(starts, first.i) - 1
    if not 0 < here - there <= TURNED_REACH or not before.search(_clause_text(first)):
        return False
    _b, calendar, w = _recalled_cues()
    sent = sent_of(t)
    return not (before.search(sent.text) or calendar.search(sent.text) or _own_time().search(sent.text)
                or w["lead_recent"] & {x.lower_ for x in sent})


def _recall(doc: Doc, p: _Person) -> None:
    """The person made another case's: the role 'recalled', the outcome kept, but for what was
    read before the sentence the person is first named in (:func:`_lent_before`)."""
    p.facts = [_fact("other:recalled", None, doc[p.tokens[0]])] + [
        Fact(None if f.role in ("victim", "suspect") else f.role, f.outcome, f.start, f.end, f.alone)
        for f in p.facts if not _lent_before(doc, p, f.start)]
    if p.age is not None and _lent_before(doc, p, p.age[1]):
        p.age = None


def _lent_before(doc: Doc, p: _Person, at: int) -> bool:
    """Whether character ``at`` stands before the sentence ``p`` is first named in: an age or an
    outcome read there was lent to the person by a description of the event's own victim ('A
    boy of 15 died ...' in the lead, then 'A review found the deputy acted lawfully in the killing of
    Cy Moss' a year before), which a person of another case does not keep. Session 41, rows59,
    careful reading round 59 (even half: a teenager killed the year before given the event's
    boy's age, and an age difference between the pages on him)."""
    return bool(p.tokens) and at < sent_of(doc[min(p.tokens)]).start_char


def _recalled_company(doc: Doc, claimed: list[_Person], lead: Span) -> None:
    """Victims and suspects first named, after the lead, just after a person of another case
    (:func:`_recalled`) is named (in the same paragraph one to :data:`TURNED_REACH` sentences
    after, not in the same sentence, or anywhere in the paragraph before), in a sentence that gives no time of its own
    (data/persons.json ``recalled_case`` ``own_time``, ``calendar``, ``lead_recent``): that
    case's people ('In 2010, Ada Pell was shot while serving a warrant. Pell had tracked a
    fugitive, Cy Moss, ... \n\n Moss and his girlfriend, Bea Lund, died inside.': Pell recalled by
    the dated paragraph), not the event's."""
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
    for p in claimed:
        if _role(p) not in ("victim", "suspect") or not p.tokens or is_recalled(p) or min(p.tokens) < lead.end:
            continue
        first = doc[min(p.tokens)]
        sent = sent_of(first)
        if any(t.lower_ in w["lead_recent"] for t in sent) or _own_time().search(sent.text) or calendar.search(sent.text):
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


def _listed_cases(doc: Doc, claimed: list[_Person]) -> None:
    """Victims and suspects of a page that lists case after case, each paragraph opened by its
    calendar day (data/persons.json ``listed_cases``: 'Jan. 4: Abel Fenn, 30, shot his neighbor.'
    in at least ``months`` months): one first named in a paragraph that gives a calendar day is
    that listed case's (:func:`_recall`, :func:`..scope.listed_cases`), lead or not."""
    listed = listed_cases(doc)
    if not listed:
        return
    for p in claimed:
        if _role(p) not in ("victim", "suspect") or not p.tokens:
            continue
        at = doc[min(p.tokens)].idx
        if any(s <= at < e for s, e in listed):
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


def _held_on_other_charge(doc: Doc, claimed: list[_Person]) -> None:
    """A suspect whose arrest the page tells on a charge of another kind (:func:`_other_offence`:
    'Ana Pruitt and Carl Voss were arrested on suspicion of selling a controlled substance') and
    whose every other suspect clause only tells the custody, with no word of the shooting's kind
    (data/persons.json ``other_offence`` ``event_words``: 'Voss is in custody in lieu of $50,000
    bail', 'Pruitt is held without bail'): held on that charge, another case's person
    (:func:`_recall`). Not one hurt or said to have fired. Session 41, rows59, careful reading round
    59 (even half: one of the men held for selling a drug to the slain boy shown as the event's
    arrested suspect)."""
    w = words()
    event = wordset("persons", "other_offence", "event_words")
    at = {t.idx: t for t in doc}
    for p in claimed:
        if _role(p) != "suspect" or not any(
                f.role == "other:recalled" and f.start in at and at[f.start].lemma_.lower() in w.arrest_verbs
                for f in p.facts):
            continue
        said = [f for f in p.facts if f.role in ("suspect", "victim")]
        if all(f.role == "suspect" and f.outcome == "arrested" and f.start in at and not any(
                x.lower_ in event or x.lemma_.lower() in event for x in at[f.start].subtree) for f in said):
            _recall(doc, p)


def _listed_with_recalled(doc: Doc, claimed: list[_Person]) -> None:
    """A person the page gives only an age and a place in a list of names whose other members,
    two or more, are all another case's ('They are Ana Pruitt, 27; Carl Voss, 25; Ned Barros,
    21, and Otto Lamar, 29', where the first three are held on another charge): one of that
    case too, not a victim of the event by the age alone (the role :func:`_aged_role` gives).
    Session 41, rows59, careful reading round 59 (even half: one of four held for selling a drug
    to the slain boy shown as a wounded victim)."""
    def recalled(q: _Person) -> bool:
        return any(f.role == "other:recalled" for f in q.facts)

    for p in claimed:
        said = [f for f in p.facts if f.role in ("victim", "suspect") or f.outcome]
        if p.age is None or not p.tokens or _role(p) not in ("victim", "suspect") or not all(
                (f.start, f.end) == (p.age[1], p.age[2]) and f.outcome is None for f in said):
            continue
        sent = sent_of(doc[min(p.tokens)])
        others = [q for q in claimed if q is not p and any(sent.start <= i < sent.end for i in q.tokens)]
        if len(others) >= 2 and all(recalled(q) for q in others):
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
    # one suspect under two spellings of the surname ('Ray Dunne ... Ray Dunn') is one
    # (session 41, role59, from the even half: a father so written shown unharmed twice)
    if len([p for i, p in enumerate(sus) if not _slip_of_another(p, sus[:i])]) != 1 or any(
            f.outcome in ("killed", "arrested") for p in sus for f in p.facts):
        return
    span = doc.char_span(lead.start_char + m.start(), lead.start_char + m.end(), alignment_mode="expand")
    for p in sus:
        p.facts.append(_fact("suspect", "killed", span if span is not None else lead))


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

"""The when and where of an event: clock times and addresses, with what they are the time or place of.

``reconcile_facts`` sets ``doc._.facts`` to a list of dicts, one per clock time ("about
10:45 p.m.") or address ("the 2700 block of Elm Street", "451 Elm St.") the text states:

- ``attr``: 'time' or 'address';
- ``value``: (nominal, low, high): for a time, minutes after midnight, the window its
  hedge makes ("around 2:30 a.m." is 145 to 155; "shortly after 1 p.m." 780 to 800);
  for an address, the block (a house number's hundred: 451 is block 400);
- ``hedge``: the words that made the window ('around', 'shortly after'), or None;
- ``street``: the street's key for an address ('elm street': no direction, one
  suffix form);
- ``moment``: what it is the time or place of, read from the governing verb:
  'event' (the shooting itself), 'response' (the call, the police arrival),
  'other' (an arrest, a news conference) or None (not told);
- ``cue``: the word that told the moment (a verb's lemma, a noun);
- ``day``: a weekday or date word in the same clause ('Friday'), or None.

Word lists and patterns: data/facts.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..data import load, wordseq, wordset
from ..text.lexicon import any_of, court_words, lexicon
from ..text.numbers import words_value
from ..text.pubdates import YEAR as _YEAR
from . import streets, towns
from .victims import person_word
from .component import register
from .scope import doc_text, listed_cases, sent_bounds

_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
                  r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\b")


@dataclass(frozen=True)
class Words:
    time: re.Pattern[str]
    block: re.Pattern[str]
    number: re.Pattern[str]
    hedges: tuple[tuple[str, int, int], ...]  # longest first
    on_the_hour: int
    event_verbs: frozenset[str]
    happen_verbs: frozenset[str]
    event_subjects: frozenset[str]
    response_verbs: frozenset[str]
    other_nouns: frozenset[str]
    suffixes: dict[str, str]  # any form -> the one form
    directions: frozenset[str]
    stop: frozenset[str]
    charges: re.Pattern[str]
    numbers: dict[str, int]
    charge_stop: frozenset[str]
    verb_objects: dict[str, frozenset[str]]
    event_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    time_part: re.Pattern[str]  # 'around 2:15 Saturday morning': minutes, then a part of the day
    parts: dict[str, str]  # a part of the day -> its half ('a', 'p')
    small_hours: frozenset[int]  # night hours after midnight
    time_range: re.Pattern[str]  # 'between 8 and' before a time: the window's start
    victim_clause_marks: frozenset[str]  # 'as she walked ...': a victim's own clause of the shooting
    abbreviations: frozenset[str] = frozenset()  # kept with their stop inside a street's name ('Rev.', 'Mt.')
    trailing: frozenset[str] = frozenset()  # directions after a street word, of its name ('Auburn Way North')
    name_ending: frozenset[str] = frozenset()  # street words that always end a name (after others, 'Cedar Point Cove')


@cache
def words() -> Words:
    d = load("facts")
    m, a = d["moments"], d["address"]
    hedges = tuple(sorted(((p.lower(), int(b), int(f)) for p, b, f in d["hedges"]["phrases"]),
                          key=lambda x: -len(x[0])))
    suffixes = {form: one for one, forms in a["suffixes"].items() for form in forms}
    return Words(re.compile(d["time"]["pattern"], re.I), re.compile(a["block_pattern"]),
                 re.compile(a["number_pattern"]), hedges, int(d["hedges"]["on_the_hour"]),
                 frozenset(m["event_verbs"]), frozenset(m["happen_verbs"]), frozenset(m["event_subjects"]),
                 frozenset(m["response_verbs"]), frozenset(m["other_nouns"]), suffixes,
                 frozenset(a["directions"]), frozenset(a["stop"]), re.compile(d["charges"]["pattern"], re.I),
                 dict(d["charges"]["numbers"]), frozenset(d["charges"]["stop"]),
                 {v: frozenset(o) for v, o in m["verb_objects"].items()}, frozenset(m["event_nouns"]),
                 frozenset(m["finding_verbs"]), re.compile(d["time_part_of_day"]["pattern"], re.I),
                 dict(d["time_part_of_day"]["parts"]), frozenset(d["time_part_of_day"]["small_hours"]),
                 re.compile(d["hedges"]["range_pattern"], re.I), frozenset(m["victim_clause_marks"]),
                 frozenset(a["abbreviations"]), frozenset(a["trailing_directions"]), frozenset(a["name_ending"]))


def minutes(h: str | None, m: str | None, ap: str | None, word: str | None) -> int:
    """Minutes after midnight of a matched clock time."""
    if word:
        return 720 if word.lower() == "noon" else 0
    hour = int(h) % 12 + (12 if ap and ap.lower() == "p" else 0)
    return hour * 60 + int(m or 0)


def window(t: int, hedge: tuple[str, int, int] | None, round_hour: bool) -> tuple[int, int]:
    """The minutes a hedged time allows (may run past midnight: compare modulo a day)."""
    if hedge is None:
        return t, t
    _p, before, after = hedge
    if round_hour and before and after:  # 'around 2 a.m.' is looser than 'around 2:10 a.m.'
        before, after = max(before, words().on_the_hour), max(after, words().on_the_hour)
    return t - before, t + after


def hedge_before(text: str, start: int) -> tuple[str, int, int] | None:
    """The hedge phrase that ends right before ``start`` ('shortly after 1 p.m.'), after a
    space or any other mark that is no letter or digit (a page that glues its sentences:
    'on Elm Street.Around 4:10 p.m.')."""
    head = text[max(0, start - 30):start].lower()
    head = re.sub(r"[\s-]+", " ", head).rstrip()  # 'an after-midnight shooting'
    for p, b, f in words().hedges:
        if head.endswith(p) and (head == p or not head[-len(p) - 1].isalnum()):
            return p, b, f
    return None


def street_key(street: str) -> str | None:
    """One form of a street's name: lower case, no direction, one suffix form
    ('N. Elm St.' -> 'elm street'); a direction that is the street's own name stays
    ('W. North Ave.' -> 'north avenue', not every avenue's 'avenue'), but not before a road known by
    its number ('North Highway 340' -> 'highway', which :func:`road_number` makes 'highway 340');
    None when nothing is left."""
    w = words()
    toks = [w.suffixes.get(t, w.suffixes.get(t.rstrip("."), t.rstrip(".,"))) for t in street.lower().split()]
    named = [t for t in toks if t not in w.directions]
    numbered = len(named) == 1 and named[0] in _road_number()[0]  # 'North Highway 340': its number names it
    if named and not numbered and all(t in w.suffixes.values() for t in named):
        own = [t for t in toks[:toks.index(named[0])] if t in w.directions and len(t) > 2]
        named = own[-1:] + named  # 'North Avenue', 'North Lane Parkway': the direction is the name
    return " ".join(named) or None


@cache
def _road_number() -> tuple[frozenset[str], re.Pattern[str]]:
    """data/facts.json ``address`` ``road_number``: the street words a road's number follows
    (in their key form) and the number's pattern."""
    d = load("facts")["address"]["road_number"]
    return frozenset(d["words"]), re.compile(d["pattern"])


def road_number(text: str, end: int, key: str) -> tuple[str, int]:
    """(the key, its end) with the road's number where the street ends at ``end`` in ``text``
    on a word that a number follows in a road's name ('County Road 20': 'county road 20';
    data/facts.json ``address`` ``road_number``); as given otherwise."""
    kinds, pattern = _road_number()
    if key.split()[-1] not in kinds or not (m := pattern.match(text, end)):
        return key, end
    return f"{key} {m.group('n').lower()}", m.end("n")


#: a word with the next sentence's first word run on after its full stop ('Way.The')
_RUN_ON = re.compile(r"^([A-Za-z'\u2019-]{2,}\.)[A-Z][a-z]+$")


def _sentence_end(word: str, w: Words) -> bool:
    """Whether the full stop after a street's word ends its sentence: a word of three letters or
    more, with no stop inside it, that is no street word, direction or abbreviation kept inside
    names (data/facts.json ``address`` ``abbreviations``: 'Rev.', 'Mt.'); 'N.', 'St.', 'Ave.',
    'U.S.' go on."""
    bare = word.rstrip(".")
    if bare == word or len(bare) < 3 or "." in bare:
        return False  # 'N.', 'St.', and initials with stops inside ('U.S. 41', 'S.E. Stark St') go on
    low = word.lower()
    return not any(x in w.suffixes or x in w.directions for x in (low, bare.lower())) \
        and bare.lower() not in w.abbreviations


def _street(raw: str, need_suffix: bool, after: str = "") -> str | None:
    """The street's words of a match: cut at a stop word (a weekday after the name) and
    after the first street word, or after a direction that follows it as a part of the name
    ('Auburn Way North'; data/facts.json ``address`` ``trailing_directions``), not one that
    'of' follows ('Elm Street North of the river': where along it). ``after``: the text after
    the match."""
    w = words()
    out = []
    toks = raw.split()
    for k, tok in enumerate(toks):
        bare = tok.rstrip(",;:")
        run_on = _RUN_ON.match(bare)
        if run_on:  # 'Evergreen Forest Way.The': the next sentence's first word run on
            bare = run_on.group(1)
        if bare in w.stop or bare.rstrip(".") in w.stop:
            break
        out.append(bare)
        if run_on or _sentence_end(bare, w):
            break  # '6600 block of Narcissus. Up the street ...': the full stop ends the name
        if bare in ("St.", "St") and all(t.lower() in w.directions for t in out[:-1]) and k + 1 < len(toks) \
                and toks[k + 1][:1].isupper():
            continue  # 'the 2300 block of W. St. Gertrude Place': Saint, not the street word
        if bare.lower() in w.suffixes or bare.lower().rstrip(".") in w.suffixes:
            nxt = toks[k + 1].rstrip(",;:") if k + 1 < len(toks) and bare == tok else ""
            if w.suffixes.get(bare.lower().rstrip("."), w.suffixes.get(bare.lower())) not in w.name_ending \
                    and not bare.endswith(".") and nxt[:1].isupper() and nxt.lower().rstrip(".") in w.suffixes:
                continue  # 'Cedar Point Cove', 'Park Place Drive': a street word of the name, then the street's
            then = (toks[k + 2:] or after.split()[:1] or [""])[0]
            if nxt.removesuffix(".") in w.trailing and (nxt.endswith(".") or then.lower() != "of"):
                # 'Auburn Way North', '1st Street NE'; 'Auburn Way North.' (the stop the sentence's)
                out.append(nxt.removesuffix("."))
            break
        if bare != tok:  # a comma ends the name
            break
    while out and out[-1].lower() in w.directions and len(out) > 1 and out[-1] not in w.trailing:
        out.pop()
    if not out:
        return None
    named = out[:-1] if len(out) > 1 and out[-1] in w.trailing else out
    if need_suffix and named[-1].lower() not in w.suffixes and named[-1].lower().rstrip(".") not in w.suffixes:
        return None
    if all(t.lower() in w.directions for t in out):
        return None
    return " ".join(out).rstrip(".") if out[-1].lower().rstrip(".") not in w.suffixes else " ".join(out)


@cache
def _status_time() -> re.Pattern[str]:
    """The words right before a time that make it a status time ('As of 8:30 p.m.'; data/facts.json
    ``status_time``)."""
    return re.compile(load("facts")["status_time"]["before_time"], re.I)


@cache
def _hedged_status() -> re.Pattern[str]:
    """A status time with a hedge after its 'as of' ('as of about 2:50 a.m.', 'as of just before
    11:50 p.m.'; data/facts.json ``status_time`` ``hedged``)."""
    return re.compile(load("facts")["status_time"]["hedged"], re.I)


@cache
def _page_stamp() -> re.Pattern[str]:
    """The words right before a time that make it the page's posting or update stamp
    ('Updated: Tuesday, Nov. 3, 2009 9:40 AM'; data/facts.json ``page_stamp``)."""
    return re.compile(load("facts")["page_stamp"]["before_time"], re.I)


def _not_an_event_hour(text: str, start: int) -> tuple[str, str] | None:
    """('other', cue) for a time at ``start`` that a hedged 'as of' makes a status hour or that a
    posting stamp makes the page's own hour; else None."""
    if _hedged_status().search(text[max(0, start - 30):start]):
        return "other", "as of"
    if _page_stamp().search(text[max(0, start - 60):start]):
        return "other", "stamp"
    return None


def _moment(doc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    """(moment, cue) of the time or address at ``start``-``end``: climb from its head
    to the governing verb; a noun on the way that names another occasion (a news
    conference, a 911 call) makes it 'other'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    if _status_time().search(doc.text[max(0, span.start_char - 12):span.start_char]):
        return "other", "as of"  # 'As of 8:30 p.m., hundreds remained inside': a status hour
    if (stamp := _not_an_event_hour(doc.text, span.start_char)) is not None:
        return stamp
    w = words()
    t: Token = span.root
    seen = 0
    while seen < 8:
        seen += 1
        if t.i not in range(span.start, span.end) and t.pos_ in ("NOUN", "PROPN"):
            if t.lemma_.lower() in w.other_nouns or _compounded(t) in w.other_nouns:
                return "other", t.lemma_.lower()
            if t.lemma_.lower() in w.event_nouns or t.lower_ in w.event_nouns:
                # 'hurt in a shooting around 2:45 a.m.'; not 'troopers responded to the gunfire
                # near 3:40 a.m.' (the response's), but 'rushing to the 4:12 p.m. shooting'
                return (span.start > t.i and _responded_to(t, w)) or ("event", t.lower_)
        if t.pos_ in ("VERB", "AUX") and t.i not in range(span.start, span.end):
            break
        if t.head.i == t.i:  # the sentence's root, no verb on the way
            if (t := _piece_of(t, end)) is None:
                return None, None
            break
        t = t.head
    else:
        return None, None
    if t.pos_ in ("VERB", "AUX") and not _tells_a_moment(t, w) and (n := _event_noun_before(span, w)) is not None:
        return "event", n.lower_  # 'charged in connection with the fatal shooting of his brother around 1:54 a.m.'
    t = _told(_fragment_of(t, w), w)
    if not _tells_a_moment(t, w):
        # the time's own 'when' clause, or its day's ('just after 10 p.m. Friday when a man fired at them')
        told = next((c for x in (span.root, *(d for d in span.root.children if d.dep_ == "npadvmod"))
                     if (c := _when_clause(x, "relcl", w)) is not None), None)
        t = _told(told, w) if told is not None else t
    lemma = t.lemma_.lower()
    if lemma in w.happen_verbs:
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and t.dep_ == "relcl" and subj[0].lower_ in ("which", "that"):
            subj = [t.head]  # 'the shooting, which occurred about 9 p.m.'
        elif not subj and t.dep_ == "xcomp":
            subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # 'shots began to ring out'
        if subj and _event_subject(subj[0], w):
            return "event", lemma
        return "other", lemma
    if lemma in w.event_verbs:
        objects = w.verb_objects.get(lemma)
        if objects is not None and not any(c.lemma_.lower() in objects for c in t.children):
            return "other", lemma  # 'the store opens at 6 a.m.', not 'opened fire'
        if t.dep_ in ("xcomp", "ccomp", "oprd", "advcl") and t.head.lemma_.lower() in w.finding_verbs:
            return "other", t.head.lemma_.lower()  # 'was found shot around 4:30 a.m.'
        # 'troopers were sent to reports of gunshots near 3:40 a.m.': the response's
        return (t.dep_ == "acl" and _responded_to(t, w)) or ("event", lemma)
    if lemma in w.response_verbs:
        return "response", lemma
    return "other", lemma


def _compounded(t: Token) -> str:
    """The noun ``t`` with the compound words before it, lower case ('traffic stop')."""
    return " ".join([c.lower_ for c in t.children if c.dep_ == "compound" and c.i < t.i] + [t.lemma_.lower()])


def _event_noun_before(span: Span, w: Words) -> Token | None:
    """The noun of the shooting whose phrase ends right before the time (and the words of
    its hedge or preposition: data/facts.json ``time`` ``lead_in``), where the parser hung the
    time on the clause's verb instead ('was charged ... in connection with the fatal shooting of
    his 16-year-old brother around 1:54 a.m.': the shooting's hour, not the charge's); not a
    noun of another occasion's phrase ('held a news conference about the shooting at 4 p.m.').
    Session 56, careful reading round 79 (a charging page's 1:54 against the other pages'
    1:45 a.m., missed as no time of the event)."""
    doc = span.doc
    k = span.start - 1
    lead_in = wordset("facts", "time", "lead_in")
    while k >= 0 and doc[k].lower_ in lead_in:
        k -= 1
    if k < 0 or k == span.start - 1:
        return None  # no hedge nor preposition: a time run on after a noun is no phrase of its own
    x = doc[k]
    for _ in range(8):
        if x.pos_ in ("NOUN", "PROPN") and (x.lemma_.lower() in w.event_nouns or x.lower_ in w.event_nouns):
            if x.right_edge.i != k or any(a.pos_ == "NOUN" and a.lemma_.lower() in w.other_nouns
                                          for a in x.ancestors):
                return None  # 'held a news conference about the shooting at 4 p.m.': the conference's
            return x
        if x.head.i == x.i or x.pos_ in ("VERB", "AUX"):
            return None
        x = x.head
    return None


def _responded_to(t: Token, w: Words) -> tuple[str, str] | None:
    """('response', the verb) when ``t``, a noun of the shooting or a participle on a noun
    ('shots fired', 'a man shot'), is what the police responded to, were called to or
    received a call or report of: the time beside it is the response's ('troopers were
    sent to reports of gunshots near 3:40 a.m.'); else None. Climbs through the noun
    phrase (data/grammar.json ``response_object_hops``) to the first verb that is no participle."""
    x = t
    for _ in range(6):
        if x.head.i == x.i or x.dep_ not in wordset("grammar", "response_object_hops", "labels"):
            return None
        x = x.head
        if x.pos_ in ("VERB", "AUX") and x.dep_ != "acl":
            return ("response", x.lemma_.lower()) if x.lemma_.lower() in w.response_verbs else None
    return None


def _told(t: Token, w: Words) -> Token:
    """:func:`_clause_of`'s verb, or the first verb joined to it that tells the shooting
    ('the men drove up and opened fire')."""
    inner = _clause_of(t, w)
    if inner is t or _tells_a_moment(inner, w):
        return inner
    return next((c for c in inner.children if c.dep_ == "conj" and _tells_a_moment(c, w)), inner)


def _fragment_of(t: Token, w: Words) -> Token:
    """The verb of the sentence before, when ``t`` is the bare reporting verb of a piece split
    off it, opening in lower case ('... fired into the shop at 12 Oak Ave.' + 'about 2 p.m.,
    police said.'): the time is that verb's; else ``t``."""
    sent = t.sent
    if (t.lemma_.lower() not in lexicon().reporting or sent.start == 0 or not sent.text[:1].islower()
            or any(c.dep_ == "ccomp" for c in t.children)):
        return t
    return root if (root := t.doc[sent.start - 1].sent.root).pos_ in ("VERB", "AUX") else t


def _piece_of(t: Token, end: int) -> Token | None:
    """The verb a time in a piece with no verb belongs to, where the parser cut the piece off a
    sentence (at a street's abbreviation or the time's own 'a.m.'): the verb of the sentence
    before, when the piece opens in lower case ('... outside the bar on Birch Ave.' + 'shortly
    before 1 a.m.'); else, when the piece opens with a preposition or an adverb, ends with the
    time (``end``: its last character) and the next sentence goes on its line, that sentence's
    verb ('About 12:15 a.m.' + 'Sunday, deputies were sent to ...'); else the verb of the
    sentence before when the piece goes on that sentence's line; else None."""
    sent, doc = t.sent, t.doc
    if any(x.pos_ in ("VERB", "AUX") for x in sent):
        return None
    last = [x for x in sent if not (x.is_punct or x.is_space)]
    if sent.text[:1].islower() or not (
            sent.end < len(doc) and sent[0].pos_ in ("ADP", "ADV") and last and last[-1].idx + len(last[-1]) <= end
            and "\n" not in sent[-1].text_with_ws and not doc[sent.end].is_space):
        if sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
            root = doc[sent.start - 1].sent.root
            return root if root.pos_ in ("VERB", "AUX") else None
        return None
    root = doc[sent.end].sent.root
    return root if root.pos_ in ("VERB", "AUX") else None


def _tells_a_moment(t: Token, w: Words) -> bool:
    lemma = t.lemma_.lower()
    return lemma in w.event_verbs or lemma in w.happen_verbs or lemma in w.response_verbs


def _clause_of(t: Token, w: Words) -> Token:
    """The verb a time climbed to, or the verb of the clause it stands for: the clause a
    reporting verb introduces ('Just before 2 a.m., police said, a man opened fire': the time
    fronted before 'said' is the opening fire's), and the 'when' clause of a cleft ('It was
    about 9 p.m. when two men opened fire'), and the 'when' clause that tells the shooting
    (or a happening) after a verb that tells neither ('was sitting on the porch about 6 p.m.
    when a van slowed and a man opened fire'). Not a reporting verb that is itself a
    moment ('the shooting was reported at 9 p.m.': the call)."""
    lemma = t.lemma_.lower()
    if lemma in lexicon().reporting and lemma not in w.response_verbs | w.event_verbs | w.happen_verbs:
        inner = [c for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        return inner[0] if len(inner) == 1 else t
    if lemma == "be" and any(c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children):
        inner = [c for c in t.children if c.dep_ in ("advcl", "relcl", "ccomp") and c.pos_ == "VERB"
                 and any(g.lower_ == "when" and g.dep_ == "advmod" for g in c.children)]
        return inner[0] if len(inner) == 1 else t
    if lemma not in w.event_verbs | w.happen_verbs | w.response_verbs:
        # the scene set at the time and the shooting in its 'when' clause ('About 9 p.m., the
        # man was walking on Elm Street when two people shot at him'): the time is the shooting's;
        # the clause may hang on a verb of the same chain ('were trying to stop the car at 10 p.m.
        # when...', 'was set to drive off near 3 a.m. when...')
        chain = (t, *(c for c in t.children if c.dep_ == "xcomp"), *((t.head,) if t.dep_ == "xcomp" else ()))
        told = next((c for x in chain if (c := _when_clause(x, "advcl", w)) is not None), None)
        if told is None:  # the clause hung on the verb's day ('was on Elm Street on Sunday when ...')
            told = next((c for x in chain for d in _days_of(x) if (c := _when_clause(d, "relcl", w)) is not None), t)
        return _hit_while(told, w) if told is t else told
    return t


def _hit_while(t: Token, w: Words) -> Token:
    """The shooting verb a victim's own clause hangs on: 'A bullet struck a girl in the back as
    she walked in the 5500 block of Elm Street' (an 'as'/'while' clause of the shooting verb),
    'a bullet struck a girl who was sleeping in a bedroom of her home in the 800 block of Oak
    Lane' (a relative clause of the one hit): where the victim was is where the shooting was
    (data/facts.json moments ``victim_clause_marks``); else ``t``. (Session 54, careful reading
    round 75: a page's second shooting read with the moment 'other', so no scene opened.)"""
    marks = w.victim_clause_marks
    if t.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in t.children):
        h = t.head
        for _ in range(4):  # the parser may hang the clause on the wound's noun ('in the back ... as she walked')
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        return _shooting_verb(h, w) or t
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN") and t.head.dep_ in ("dobj", "nsubjpass") \
            and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in t.children):
        return _shooting_verb(t.head.head, w) or t
    return t


def _days_of(v: Token) -> Iterator[Token]:
    """The nouns that set ``v``'s occasion, where the parser hangs a 'when' clause of the
    shooting on them rather than on the verb: the object of a preposition on the verb ('was
    standing on Elm Street on Sunday night when two men opened fire': 'night') and a bare noun
    of time ('was on Birch Road Saturday night when ...')."""
    for c in v.children:
        if c.dep_ == "prep":
            yield from (o for o in c.children if o.dep_ == "pobj")
        elif c.dep_ == "npadvmod":
            yield c


def _when_clause(t: Token, dep: str, w: Words) -> Token | None:
    """The verb that tells the shooting (:func:`_shooting_verb`) in the one 'when' clause
    hanging on ``t`` by ``dep`` ('... when a van slowed and a man opened fire': 'opened';
    '... when two men walked up and began shooting': 'shooting'); else None."""
    inner = [c for c in t.children if c.dep_ == dep and c.pos_ in ("VERB", "AUX")
             and any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in c.children)]
    return _shooting_verb(inner[0], w) if len(inner) == 1 else None


def _shooting_verb(v: Token, w: Words) -> Token | None:
    """The first verb of ``v``'s chain, ``v`` or a verb coordinated with it, or the verb one of
    them takes as its complement ('began shooting', 'started to fire'), that tells the
    shooting: an event verb (with its object where it needs one: 'opened fire') or a
    happening whose subject is the shooting ('shots began to ring out', 'the shooting
    started'; not 'a fight broke out'); else None."""
    for x in (v, *(c for c in v.conjuncts if c.pos_ in ("VERB", "AUX"))):
        for y in (x, *(c for c in x.children if c.dep_ == "xcomp" and c.pos_ == "VERB")):
            lemma = y.lemma_.lower()
            objects = w.verb_objects.get(lemma)
            if lemma in w.event_verbs and (objects is None or any(c.lemma_.lower() in objects for c in y.children)):
                return y
            subj = [c for c in y.children if c.dep_ in ("nsubj", "nsubjpass")]
            if lemma in w.happen_verbs and subj and _event_subject(subj[0], w):
                return y
    return None


def _event_subject(t: Token, w: Words) -> bool:
    """Whether the subject ``t`` of a happening is the shooting (data/facts.json ``moments``
    ``event_subjects``): its word or lemma, or the words it is written in with the nouns and
    hyphen before it and a 'by' after it ('the drive-by', 'the drive by', which the parser has
    as 'by' under 'drive' or 'drive' under 'by'); 'a drive by shooting' by the noun after 'by'
    (session 74: a page's 'the drive by happened near' a corner read as another moment, the
    page placed at a block where the driver crashed later)."""
    def named(x: Token) -> bool:
        return x.lemma_.lower() in w.event_subjects or x.lower_ in w.event_subjects

    if named(t):
        return True
    doc = t.doc
    i = t.i
    while i > 0 and doc[i - 1].head.i == t.i and (doc[i - 1].dep_ == "compound" or doc[i - 1].text == "-"):
        i -= 1
    phrase = [x.lower_ for x in doc[i:t.i + 1] if x.text != "-"]
    by = next((c for c in t.rights if c.lower_ == "by" and c.i == t.i + 1), None)
    if by is not None:
        phrase.append("by")
        if any(c.dep_ == "pobj" and named(c) for c in by.children):
            return True
    return " ".join(phrase) in w.event_subjects


def _day(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    m = _DAY.search(sent.text)
    return m.group(0) if m else None


def _clock_times(text: str) -> list[tuple[re.Match[str], int]]:
    """(match, minutes after midnight) of each clock time: with a.m. or p.m. ('10:45 p.m.'),
    noon or midnight, on the twenty-four-hour clock ('2239 hours'), or with minutes and a part
    of the day ('around 2:15 Saturday morning', data/facts.json ``time_part_of_day``), in
    reading order."""
    w = words()
    out = [(m, minutes(m.group("h"), m.group("m"), m.group("ap"), m.group("word"))) for m in w.time.finditer(text)
           if not _named_word(text, m)]
    for m in w.time_part.finditer(text):
        part = m.group("part").lower()
        ap = "a" if part == "night" and int(m.group("h")) in w.small_hours else w.parts[part]
        out.append((m, minutes(m.group("h"), m.group("m"), ap, None)))
    out.extend((m, int(m.group("h")) * 60 + int(m.group("m"))) for m in clock_24h().finditer(text))  # '2239 hours'
    out.extend(_bare_times(text, [m for m, _ in out]))
    return sorted(out, key=lambda x: x[0].start())


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def _named_word(text: str, m: re.Match[str]) -> bool:
    """A 'Noon' or 'Midnight' written with a capital right after a capitalised word, on a line
    that goes on before that word: part of a name ('at High Noon Gun Range'), no clock time.
    Session 63: a page's 3:15 p.m. shooting at a range so named read as told at noon too,
    and so no time of the page's at all (gva-dev 594187)."""
    if not m.group("word") or not m.group("word")[:1].isupper():
        return False
    before = text[max(0, m.start() - 40):m.start()]
    cap = _CAPITALISED_BEFORE.search(before)
    return bool(cap) and bool(before[:cap.start()].strip()) and "\n" not in before[cap.start():]


@cache
def clock_24h() -> re.Pattern[str]:
    """data/facts.json ``time_24h``: 'at approximately 2239 hours' (a clock time here, and no
    duration for the measures reader)."""
    return re.compile(load("facts")["time_24h"]["pattern"], re.I)


@cache
def _bare() -> tuple[re.Pattern[str], re.Pattern[str], int, dict[str, dict[int, str]]]:
    """data/facts.json ``time_part_of_day`` ``bare``: the bare time, the part of the day before it,
    the reach, and per part each hour that fits it with its half ('a', 'p')."""
    d = load("facts")["time_part_of_day"]["bare"]
    hours = {part: {h: ap for ap, hs in halves.items() for h in hs} for part, halves in d["hours"].items()}
    return re.compile(d["pattern"], re.I), re.compile(d["part_before"], re.I), int(d["reach"]), hours


def _bare_times(text: str, taken: Sequence[re.Match[str]]) -> list[tuple[re.Match[str], int]]:
    """(match, minutes after midnight) of each clock time with minutes and a hedge before it
    but no half of the day of its own ('at about 7:15'), whose half the nearest part of the day
    written before it tells ('Friday evening'), up to a reach and with no clock time between
    (data/facts.json ``time_part_of_day`` ``bare``); left out where the hour fits no half of
    that part."""
    pat, part_before, reach, hours = _bare()
    out = []
    for m in pat.finditer(text):
        if any(t.start() < m.end() and m.start() < t.end() for t in taken) or hedge_before(text, m.start()) is None:
            continue
        lo = max(0, m.start() - reach, max((t.end() for t in taken if t.end() <= m.start()), default=0))
        parts = list(part_before.finditer(text, lo, m.start()))
        if not parts:
            continue
        last = parts[-1]
        ap = hours[(last.group("part") or last.group("tonight")).lower()].get(int(m.group("h")))
        if ap:
            out.append((m, minutes(m.group("h"), m.group("m"), ap, None)))
    return out


def read(doc: Doc) -> list[dict]:
    """The times and addresses ``doc`` states, in reading order (see the module doc)."""
    text = doc_text(doc)
    w = words()
    out: list[dict] = []
    for m, t in _clock_times(text):
        hedge = hedge_before(text, m.start())
        lo, hi = window(t, hedge, (m.group("m") in (None, "00")) and not m.groupdict().get("word"))
        if (r := w.time_range.search(text[max(0, m.start() - 40):m.start()])) and not m.groupdict().get("word"):
            first = (t // 720) * 720 + int(r.group("h")) % 12 * 60 + int(r.group("m") or 0)
            if first < t:  # 'between 9 and 9:40 p.m.': 9 to 9:40 p.m.
                hedge, lo, hi = ("between", t - first, 0), first, t
        moment, cue = _moment(doc, m.start(), m.end())
        out.append(dict(start=m.start(), end=m.end(), attr="time", value=(t, lo, hi),
                        hedge=hedge[0] if hedge else None, street=None, moment=moment, cue=cue,
                        day=_day(doc, m.start(), m.end())))
    for pat, block in ((w.block, True), (w.number, False)):
        for m in pat.finditer(text):
            street = _street(m.group("street"), need_suffix=not block, after=text[m.end("street"):m.end("street") + 40])
            key = street_key(street) if street else None
            if not key:
                continue
            num = int(m.group("num").replace(",", ""))
            b = num // 100 * 100
            s = m.start("num")
            key, e = road_number(text, m.start("street") + len(street), key)  # 'the 800 block of County Road 20'
            moment, cue = _moment(doc, s, e)
            out.append(dict(start=s, end=e, attr="address", value=(b, b, b), hedge=None if block else "number",
                            street=key, moment=moment, cue=cue, day=None))
    out.extend(streets.read(doc, _moment, street_key, road_number))
    out.extend(towns.read(doc))
    out.extend(_charges(doc))
    out.extend(custody(doc))
    out.extend(court(doc))
    out.extend(condition(doc))
    out.extend(rise(doc))
    out.extend(preliminary(doc))
    out.extend(weekday_dates(text))
    out.sort(key=lambda d: (d["start"], d["end"]))
    _placed_at_its_time(out, text)
    return out


#: the words that may stand between a place and the time right after it in one clause ('at 745
#: Elm Ave. at about 4:30 a.m. when ...'): stops, commas and a hedge's first words
_TO_ITS_TIME = re.compile(r"[\s.,]*(?:(?:at|around|about|approximately|roughly|shortly|just|before|after|on)\s+)*$", re.I)


def _placed_at_its_time(out: list[dict], text: str) -> None:
    """An address, street or corner whose governing verb tells no moment ('All were present
    near a house at 745 Elm Ave.': cue 'be', or none) and which the shooting's own time
    follows in the same clause ('... at about 4:30 a.m. when a man opened fire'), with only
    stops, commas and 'at'/'about' between: the shooting's place, of the time's moment and
    cue (the parser often cuts the sentence at the street's 'Ave.', so the time's 'when'
    clause never reaches the place). Session 74, careful reading (491253)."""
    times = [d for d in out if d["attr"] == "time" and d["moment"] == "event"]
    for d in out:
        if d["attr"] not in ("address", "street", "corner") or d["moment"] == "event" or d["cue"] not in ("be", None):
            continue
        t = next((x for x in times if x["start"] >= d["end"]), None)
        if t is not None and t["start"] - d["end"] <= 30 and _TO_ITS_TIME.match(text, d["end"], t["start"]):
            d["moment"], d["cue"] = t["moment"], t["cue"]


def _suspect(doc: Doc, start: int) -> str | None:
    """The last word of the one person the sentence at ``start`` names, else of the
    person named last in the 300 characters before it; None for two or more in the
    sentence, or none."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    people = {_surname(e) for e in sent.ents if e.label_ == "PERSON"} - {None}
    if len(people) > 1:
        return None
    if people:
        return next(iter(people))
    before = [e for e in doc.ents if e.label_ == "PERSON" and sent.start_char - 300 <= e.start_char < sent.start_char]
    return _surname(before[-1]) if before else None


def _surname(e: Span) -> str | None:
    """A person's last name: the entity's last word that is no suffix ('Jr.', 'III')."""
    names = [t.text.lower() for t in e if t.is_alpha or t.text.endswith(".")]
    while names and names[-1].strip(",") in wordset("persons", "name_parts", "suffixes"):
        names.pop()
    return names[-1].rstrip(".") if names else None


def _charges(doc: Doc) -> list[dict]:
    """'three counts of aggravated assault': (3, 'aggravated assault', the suspect)."""
    w = words()
    out = []
    pos = 0
    text = doc_text(doc)
    while (m := w.charges.search(text, pos)) is not None:
        pos = m.end("n")
        n = m.group("n").lower()
        count = int(n) if n.isdecimal() else w.numbers.get(n)
        if not count:
            continue
        kept, end = [], m.start("charge")
        for tok in re.finditer(r"\S+", m.group("charge")):
            if tok.group().lower() in w.charge_stop:
                break
            kept.append(tok.group().lower())
            end = m.start("charge") + tok.end()
        if "with" in kept[1:]:  # 'assault with a deadly weapon': outlets word the means differently
            kept = kept[:kept.index("with", 1)]
        charge = " ".join(" ".join(kept).replace("-", " ").split())
        if not charge:
            continue
        pos = end
        out.append(dict(start=m.start(), end=end, attr="charges", value=(count, count, count), hedge=None,
                        street=charge, moment="charge", cue=_suspect(doc, m.start()), day=None))
    return out


# ------------------------------------------------------------------ court: a warrant, an arraignment to come


def court(doc: Doc) -> list[dict]:
    """A warrant issued for an arrest ('police obtained a murder warrant for Dale Voss':
    ``moment`` 'warrant'; not in a sentence that tells a search warrant or another matter's) and
    an arraignment still to come ('is awaiting arraignment': 'arraignment'), the first words of
    each in a sentence (``attr`` 'court', ``value`` None, ``cue`` the moment): what the rows of the
    legal process cite (reconcile/facts.py ``_court_rows``), rather than whatever other claim
    their sentence holds; and the police's identification of the one who fired ('identified the
    man who fired': 'identified', which the row of a suspect named cites, reconcile/facts.py
    ``_identified_rows``). Words: data/facts.json ``court``."""
    w = court_words()
    warrant, other, pending, identified = w.warrant, w.other, w.pending, w.identified
    text = doc_text(doc)
    if not (warrant.search(text) or pending.search(text) or identified.search(text)):
        return []
    out = []
    for sent in doc.sents:
        said = text[sent.start_char:sent.end_char]
        for pat, moment in ((warrant, "warrant"), (pending, "arraignment"), (identified, "identified")):
            if (m := pat.search(said)) and not (moment == "warrant" and other.search(said)):
                out.append(dict(start=sent.start_char + m.start(), end=sent.start_char + m.end(), attr="court", value=None,
                                hedge=None, street=None, moment=moment, cue=moment, day=None))
    return out


# ------------------------------------------------------------------ custody: is anyone held?

#: a custody statement's status -> its value (a fact claim's value)
CUSTODY = {"none": 0, "held": 1, "charged": 2, "uncharged": 0, "pending": 0, "questioned": 0, "guilty": 2,
           "not_guilty": 2, "dropped": 0, "sought": 0, "released": 0, "fled": 0}


@dataclass(frozen=True)
class CustodyWords:
    statuses: tuple[str, ...]  # per construction, in data order
    tokens: tuple[int | None, ...]  # per construction: how many matched tokens make the statement (< 0: all but)
    at_large: tuple[bool, ...]  # per construction: it says someone is at large, who must be a person
    negators: frozenset[str]
    modals: frozenset[str]
    other: re.Pattern[str]
    at_large_subjects: frozenset[str]  # who can be at large: 'the gunman remains at large'
    cues: re.Pattern[str]  # a sentence without one holds no construction
    negated_deps: frozenset[str]  # a verb's dependents whose 'no' negates it
    not_agents: frozenset[str]  # a picture or a device held no one: 'video captured the shooting'
    unnamed: frozenset[str]  # a negated charge of 'anyone' or of 'charges' names no one
    suspect_nouns: frozenset[str]  # 'named as suspects, but they have not been charged'
    one_of_more: tuple[bool, ...]  # per construction: its subject must not be one of several
    more: frozenset[str]  # 'more suspects are being sought': others may be held
    modal_pending: tuple[frozenset[str], ...]  # per construction: modals under which it says 'pending' ('could face')
    negated_nothing: tuple[bool, ...]  # per construction: negated, it says nothing
    negation_keeps: tuple[bool, ...]  # per construction: negated, it says the same ('not looking for any particular suspect')
    other_from: tuple[str, ...]  # a sentence opening so turns to another story: 'In an unrelated incident, ...'
    future_marks: frozenset[str]  # 'when he is caught, his bail will be set': nothing (with future_modals)
    future_modals: frozenset[str]
    witness_offences: frozenset[str]  # 'sought for giving false information': a witness, not the shooter
    not_held_objects: frozenset[str]  # 'people captured this on video': no one held
    until: frozenset[str]  # 'stayed on the run till Monday': not at large any more
    realised: frozenset[str]  # 'officers were able to arrest him': an infinitive told as done
    asking: frozenset[str]  # 'no word on whether a suspect is at large': nothing
    unable: frozenset[str]  # 'officers were unable to apprehend him': no one held
    #: per construction: words of 'other' its own sentence may hold ('convicted in the killing')
    other_allows: tuple[frozenset[str], ...] = ()
    #: per construction: its first word is the one sought ('the two men being sought')
    sought_first: tuple[bool, ...] = ()


@cache
def custody_words() -> CustodyWords:
    d = load("facts")["custody"]
    return CustodyWords(tuple(c["status"] for c in d["constructions"]),
                        tuple(c.get("tokens") for c in d["constructions"]),
                        tuple(bool(c.get("person_at_large")) for c in d["constructions"]), frozenset(d["negators"]),
                        frozenset(d["modals"]), any_of(d["other"]), frozenset(d["at_large_subjects"]),
                        re.compile(r"\b(?:" + "|".join(d["cues"]) + ")", re.I), frozenset(d["negated_deps"]),
                        frozenset(d["not_agents"]), frozenset(d["unnamed"]),
                        frozenset(d["suspect_nouns"]), tuple(bool(c.get("one_of_more")) for c in d["constructions"]),
                        frozenset(d["one_of_more"]),
                        tuple(frozenset(c.get("modal_pending", ())) for c in d["constructions"]),
                        tuple(bool(c.get("negated_says_nothing")) for c in d["constructions"]),
                        tuple(bool(c.get("negation_keeps")) for c in d["constructions"]), tuple(d["other_from"]),
                        frozenset(d["future_clause"]["marks"]), frozenset(d["future_clause"]["modals"]),
                        frozenset(d["witness_offences"]), frozenset(d["not_held_objects"]), frozenset(d["at_large_until"]),
                        frozenset(d["realised_heads"]["words"]), frozenset(d["asking_marks"]["words"]),
                        frozenset(d["unable_heads"]["words"]),
                        tuple(frozenset(c.get("other_allows", ())) for c in d["constructions"]),
                        tuple(bool(c.get("sought_first")) for c in d["constructions"]))


@cache
def _matcher(section: str, vocab: Vocab) -> Matcher:
    """The constructions of data/facts.json ``section``, each under its index."""
    m = Matcher(vocab)
    for i, c in enumerate(load("facts")[section]["constructions"]):
        m.add(f"{section}{i}", [c["pattern"]])
    return m


_NEED_ATTRS = {"LEMMA": LEMMA, "LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}
_SECTIONS = ("custody", "condition", "rise", "preliminary")
_WORD_SENTS_KEY = "reconcile_fact_word_sents"


@dataclass(frozen=True)
class _Needs:
    """The words the constructions of data/facts.json need: each node a match must cover
    (no OP, or '+') whose LEMMA, LOWER or ORTH is a word or an IN list is one need, met
    by a token with one of its words. A sentence where no construction of a section has
    every need met holds no match of that section's Matcher."""

    needs: dict[str, tuple[tuple[frozenset[tuple[int, int]], ...], ...]]  # section -> per construction: (attr, hash)s
    words: dict[int, frozenset[int]]  # attr -> every word hash of a need


def _node_needs(node: dict) -> list[frozenset[tuple[int, int]]]:
    if node.get("OP", "+") != "+":
        return []  # an optional node: 'no arrests (have) been made'
    got = []
    for name, attr in _NEED_ATTRS.items():
        v = node.get(name)
        ws = [v] if isinstance(v, str) else v.get("IN") if isinstance(v, dict) and len(v) == 1 else None
        if ws:
            got.append(frozenset((attr, get_string_id(w)) for w in ws))
    return got


@cache
def _needs() -> _Needs:
    d = load("facts")
    needs = {sec: tuple(tuple(n for node in c["pattern"] for n in _node_needs(node)) for c in d[sec]["constructions"])
             for sec in _SECTIONS}
    every = {k for per in needs.values() for need in per for keys in need for k in keys}
    return _Needs(needs, {a: frozenset(h for at, h in every if at == a) for a in set(_NEED_ATTRS.values())})


def _word_sents(doc: Doc) -> dict[tuple[int, int], set[int]]:
    """(attr, word hash) -> the sentences (indices) with a token of that word, for the
    words the constructions need; read once per doc from its columns."""
    got = doc.user_data.get(_WORD_SENTS_KEY)
    if got is not None:
        return got
    nd = _needs()
    attrs = sorted(nd.words)
    cols = doc.to_array(attrs).reshape(len(doc), len(attrs)).T.tolist()
    got = {}
    for k, (s, e) in enumerate(zip(*sent_bounds(doc))):
        for attr, col in zip(attrs, cols):
            for h in nd.words[attr].intersection(col[s:e]):
                got.setdefault((attr, h), set()).add(k)
    doc.user_data[_WORD_SENTS_KEY] = got
    return got


def _possible(doc: Doc, section: str) -> list[tuple[Span, tuple[int, ...]]]:
    """The sentences of ``doc`` where a construction of ``section`` can match (every
    need of one met there), in order, each with those constructions' indices; every
    sentence with every construction when one has no need."""
    per = _needs().needs[section]
    starts, ends = sent_bounds(doc)
    if any(not need for need in per):
        return [(doc[s:e], tuple(range(len(per)))) for s, e in zip(starts, ends)]
    met = _word_sents(doc)
    present = frozenset(met)
    where: dict[int, list[int]] = {}
    for which, need in enumerate(per):
        sents: set[int] | None = None
        for keys in need:
            got = set().union(*(met[k] for k in keys & present))
            sents = got if sents is None else sents & got
            if not sents:
                break
        for k in sents or ():
            where.setdefault(k, []).append(which)
    return [(doc[starts[k]:ends[k]], tuple(where[k])) for k in sorted(where)]


_SOME: dict[tuple[int, str, tuple[int, ...]], Matcher] = {}


def _some(vocab: Vocab, section: str, which: tuple[int, ...]) -> Matcher:
    """A Matcher of the constructions ``which`` of ``section``, added in data order
    under their keys as :func:`_matcher` has them: on a sentence it finds what that one
    finds of them, in the same order (kept per process, at most 512)."""
    key = (id(vocab), section, which)
    m = _SOME.get(key)
    if m is None:
        if len(_SOME) >= 512:
            _SOME.clear()
        m = Matcher(vocab)
        cons = load("facts")[section]["constructions"]
        for i in which:
            m.add(f"{section}{i}", [cons[i]["pattern"]])
        _SOME[key] = m
    return m


def _statements(doc: Doc, section: str, cues: re.Pattern[str]) -> list[tuple[int, int, int]]:
    """(construction index, start, end) of the constructions of ``section`` in the
    sentences with a cue, in reading order, the longest where two start together and
    none inside one already read ('no arrests have been made', 'not life-threatening').
    A sentence is searched for a cue and matched only if a construction can match there
    (:func:`_possible`), and only with those: the others find nothing in it."""
    text = doc_text(doc)  # a sentence's text is its slice (Span.text joins its tokens)
    found = sorted(((k, s + sent.start, e + sent.start) for sent, which in _possible(doc, section)
                    if cues.search(text[sent.start_char:sent.end_char])
                    for k, s, e in _some(doc.vocab, section, which)(sent)), key=lambda m: (m[1], -m[2]))
    out = []
    end = -1
    for key, s, e in found:
        if s < end:
            continue
        end = e
        out.append((int(doc.vocab.strings[key][len(section):]), s, e))
    return out


@cache
def _let_go_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words of custody, and of bond, in a release sentence (data/facts.json custody
    ``let_go``, ``release_senses`` ``bond``), for :func:`_let_go`."""
    d = load("facts")["custody"]
    return any_of(d["let_go"]["words"]), any_of(d["release_senses"]["bond"])


def _let_go(doc: Doc, turn: int) -> list[dict]:
    """'The three people detained have been released and have not been charged', 'Police
    released the man after questioning him': people held for the event and let go (status
    'released', its span the release verb). Read only in a sentence that :func:`_released`
    takes for a person's release and that holds a word of custody (data/facts.json custody
    ``let_go``: 'detained', 'questioned', 'custody', ...), with no word of bond, of another case or
    a year in it, and not of 'other' people ('Two other men were questioned and released':
    some may be held). Custody37 (issue 13): careful readings missed people held and
    then released without charges against another outlet's report that they were held."""
    w = custody_words()
    context, bond = _let_go_cues()
    out = []
    for sent in doc.sents:
        if sent.start >= turn or not _released(sent) or not context.search(sent.text) or bond.search(sent.text) \
                or w.other.search(sent.text) or _YEAR.search(sent.text):
            continue
        verb = next(v for v in sent if v.lemma_.lower() == "release" and v.pos_ == "VERB")
        who = [c for c in (*verb.children, *(verb.head.children if verb.dep_ == "conj" else ()))
               if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        if _of_several(who, w) or _unreal(verb, w) or any(c.dep_ == "neg" for c in verb.children):
            continue  # 'two other suspects were released', 'could be released', 'was not released'
        out.append(_stated(doc, doc[verb.i:verb.i + 1], "custody", CUSTODY["released"], "released"))
    return out


@cache
def _unclear_link() -> re.Pattern[str]:
    """A sentence that says it is not known whether those it tells detained are tied to the
    shooting (data/facts.json custody ``unclear_link``)."""
    return re.compile(load("facts")["custody"]["unclear_link"]["pattern"], re.I)


def _released(sent: Span) -> bool:
    """Whether ``sent`` tells of a person let go ('was later released', 'released him without
    charges', 'released from custody'): custody told as changed, or another case's, so no
    arrest in it is read (a charge or a denial is: 'released, and not charged'). Not a release from a hospital, on bond, nor of a thing ('released the name')
    (data/facts.json custody ``release_senses``)."""
    d = load("facts")["custody"]["release_senses"]
    for v in sent:
        if v.lemma_.lower() != "release" or v.pos_ != "VERB":
            continue
        preps = {(c.lower_, g.lemma_.lower()) for c in v.children if c.dep_ == "prep" for g in c.children}
        if any(p == "from" and g in d["not_custody"] or p == "on" and g in d["bond"]
               or p in ("into", "to") and g in d["into"] for p, g in preps):
            continue  # 'was released from the hospital', 'was released on bond', 'released into custody'
        if any(c.lower_ == "from" and g.pos_ == "PROPN" and not any(w.lower_ in d["custody_places"] for w in g.subtree)
               for c in v.children if c.dep_ == "prep" for g in c.children) and not _custody_near(sent, d):
            continue  # 'released from Mercy General': a hospital's name (not 'from the Ada County Jail')
        who = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if not who and v.dep_ == "conj":  # 'were detained and released': the first verb's people
            who = [c for c in v.head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        if any(c.lower_ in d["pronouns"] or c.pos_ == "PROPN" or c.lemma_.lower() in lexicon().person_group
               for c in who):
            return True
    return False


def _custody_near(sent: Span, d: dict) -> bool:
    """Whether a release 'from' a name in ``sent`` is told beside custody: a word of
    ``custody_near`` in the sentence or the one before or after it, not as where someone
    was taken ('taken to jail'), and no word of a patient's (``hurt_near``) in ``sent``
    (data/facts.json custody ``release_senses``)."""
    if any(t.lower_ in d["hurt_near"] for t in sent):
        return False
    doc = sent.doc
    near = [sent, *([doc[sent.start - 1].sent] if sent.start > 0 else []),
            *([doc[sent.end].sent] if sent.end < len(doc) else [])]
    return any(t.lower_ in d["custody_near"] and not (t.i > 0 and doc[t.i - 1].lower_ in ("to", "into"))
               for s in near for t in s)


def _clause_verb(t: Token) -> Token:
    """The verb of the clause ``t`` stands in (``t`` itself for a verb)."""
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return t
        t = t.head
    return t


def _negated(verb: Token, span: Span, w: CustodyWords) -> Token | None:
    """The negator on the verb ('has not been arrested'), on its subject or object ('no one
    is in custody'), on a verb it completes ('have yet to make an arrest'), or in the span;
    None when there is none."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp") else [])
    if verb.dep_ == "conj":
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children):
            # 'no one was arrested or charged': the first verb's negation covers the one 'or' joins
            heads.append(verb.head)
        # 'have not identified anyone nor made an arrest': the first verb's negation
        # carries over to the one 'nor' joins to it
        nor = next((c for c in (*verb.head.children, *verb.children) if c.lower_ == "nor"), None)
        if nor is not None:
            return nor
    for v in heads:
        for c in v.children:
            if c.dep_ == "neg" or c.lower_ in w.negators:
                return c
            if c.dep_ in w.negated_deps:
                if c.lower_ in w.negators:
                    return c
                # 'no one is in custody', 'neither one of them has been charged'
                no = next((g for g in c.children if g.dep_ == "det" and g.lower_ in w.negators), None)
                if no is not None:
                    return no
    return next((t for t in span if t.lower_ in w.negators), None)


def _of_someone(verb: Token, w: CustodyWords) -> bool:
    """A charging verb said of someone in particular ('Green has not been charged', 'police have
    not charged him'), not of 'anyone' or of 'charges' ('have not filed charges'), nor of no
    one named ('prosecutors have not charged in the case'); the passive subject of the verb it is
    joined to counts ('she was questioned and has not been charged')."""
    deps = [*verb.children, *(c for c in verb.head.children if c.dep_ == "nsubjpass" and verb.dep_ == "conj")]
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ not in w.unnamed for c in deps)


def _the_one_held(doc: Doc, verb: Token, w: CustodyWords) -> bool:
    """The one a negated charging verb is said of ('he', 'Green') is the one the sentence or
    the one before says is held ('was taken into custody ... He has not been charged') or
    names as a suspect ('named Green as a suspect, but he has not been charged'): a
    pronoun, or a name whose last word that sentence holds again."""
    who = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ == "conj":
        who += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    sent = verb.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    held = [s for s in (before, sent) if any(w.statuses[int(doc.vocab.strings[k][len("custody"):])] == "held"
                                            for k, _, _ in _matcher("custody", doc.vocab)(s))]
    held += [sent] if any(t.lemma_.lower() in w.suspect_nouns for t in sent) or _suspect_phrase().search(
        sent.text) else []
    for c in who:
        if c.pos_ == "PRON" and c.lower_ not in w.unnamed:
            return bool(held)
        if c.pos_ == "PROPN" or c.ent_type_ == "PERSON":  # the name's last word again, outside the subject
            return any(t.lower_ == c.lower_ and t.i != c.i for s in held for t in s)
    return False


@cache
def _suspect_phrase() -> re.Pattern[str]:
    """Phrases that name someone as a suspect (data/facts.json custody ``suspect_phrases``:
    'person of interest'), for :func:`_the_one_held`."""
    return any_of(load("facts")["custody"]["suspect_phrases"])


def _subjects(verb: Token) -> list[Token]:
    """The subjects of the verb or of the one it is joined to ('the shooter fled and is still being sought')."""
    return [c for c in (*verb.children, *(verb.head.children if verb.dep_ == "conj" else ()))
            if c.dep_ in ("nsubj", "nsubjpass")]


def _of_several(people: Iterable[Token], w: CustodyWords) -> bool:
    """One of several is meant ('a second suspect', 'the other shooter', 'two more men', 'the other'):
    a word of ``more`` that is one of ``people`` or stands before it in its phrase ('a second murder suspect')."""
    return any(x.lower_ in w.more for t in people for x in t.subtree if x.i <= t.i)


def _none_or_sought(verb: Token, neg: Token, w: CustodyWords) -> str:
    """The status of a negated 'held' statement: 'sought' where a 'not' on the verb denies
    the custody of one of several ('the second suspect was not in custody', 'another man has
    not been arrested': someone else may be held, data/facts.json ``one_of_more``), else 'none'
    ('no one is in custody'; 'no other suspects were arrested' keeps 'none'). upd57 (session 39,
    issue 13), written from a careful-reading case on gva-dev's odd half."""
    return "sought" if neg.dep_ == "neg" and _of_several(_subjects(verb), w) else "none"


def _at_large(verb: Token, w: CustodyWords) -> bool:
    """The one at large (or sought) is a person: a pronoun, a name, or one of ``at_large_subjects``,
    the subject of the verb or of the one it is joined to (no subject, as in a headline in
    capitals, says nothing)."""
    subj = _subjects(verb)
    return any(c.pos_ == "PRON" or c.ent_type_ == "PERSON"
                           or c.lemma_.lower() in w.at_large_subjects
                           or c.lower_ in w.at_large_subjects for c in subj)


def _unreal(verb: Token, w: CustodyWords, own: bool = True) -> bool:
    """Under a modal ('could be charged'), an infinitive ('hope to arrest'), a condition
    ('if'), or a verb of hoping, seeking or expecting: the statement says nothing. Without
    ``own``, the verb's own word is not one ('faces a charge': 'face' is a modal of others)."""
    for c in verb.children:
        if c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in w.modals:
            return True
        if c.tag_ == "TO" and not any(x.lower_ == "yet" for x in verb.head.children) and not _realised(verb, w):
            return True
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.tag_ == "MD" for c in verb.head.children):
        return True  # 'will be found and arrested': the modal of the verb it is joined to
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in w.future_marks for c in verb.children) and any(
            c.tag_ == "MD" and c.lower_ in w.future_modals for c in verb.head.children):
        return True  # 'once she is caught, her bail will be set': what follows an arrest, not one
    t = verb
    for _ in range(3):
        if (own or t.i != verb.i) and (t.lemma_.lower() in w.modals or t.lower_ in w.modals):
            return True
        if t.head is t:
            break
        t = t.head
    return False


def _realised(inf: Token, w: CustodyWords) -> bool:
    """An infinitive told as done: the complement of one of ``realised`` ('able', 'manage')
    under a past verb with no modal or negation ('deputies were able to arrest him', 'managed
    to detain the driver'), not 'will be able to arrest him', 'were not able to catch him'."""
    head = inf.head
    if inf.dep_ != "xcomp" or head.lemma_.lower() not in w.realised and head.lower_ not in w.realised:
        return False
    finite = head if head.pos_ in ("VERB", "AUX") else head.head
    return finite.tag_ in ("VBD", "VBN") and not any(
        c.tag_ == "MD" or c.dep_ == "neg" for x in (head, finite) for c in x.children)


def _unable(verb: Token, w: CustodyWords) -> bool:
    """An arrest verb in an infinitive (or joined to one) under one of ``unable`` ('were unable to
    apprehend him', 'failed to detain her') or under a negated one of ``realised`` ('were not able
    to arrest him'), with no modal: no one was held."""
    inf = verb.head if verb.dep_ == "conj" else verb
    if inf.dep_ != "xcomp" or not any(c.tag_ == "TO" for c in inf.children):
        return False
    head = inf.head
    finite = head if head.pos_ in ("VERB", "AUX") else head.head
    if any(c.tag_ == "MD" for x in (head, finite) for c in x.children):
        return False
    if head.lemma_.lower() in w.unable or head.lower_ in w.unable:
        return True
    return (head.lemma_.lower() in w.realised or head.lower_ in w.realised) and any(
        c.dep_ == "neg" for x in (head, finite) for c in x.children)


def _asked(verb: Token, marks: frozenset[str]) -> bool:
    """A question ('Is the gunman still at large?') or a clause opened by one of ``marks``
    ('no word on whether a suspect is at large'), on the verb or on the one it is joined to
    ('does not say if the driver was arrested or charged'): it says nothing of custody."""
    if verb.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return True
    t = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        if t.dep_ != "conj":
            return False
        t = t.head
    return False


def _facing(verb: Token, span: Span, w: CustodyWords, which: int) -> str | None:
    """The status of a construction with ``modal_pending`` ('faces a murder charge'): 'pending'
    under one of them ('could face charges', 'will likely face charges'), None (nothing) negated
    where it says so or under another modal, an infinitive or a condition ('will face', 'to
    face'), else its status."""
    said = {c.lower_ for c in verb.children if c.tag_ == "MD" or c.dep_ == "advmod"}
    if verb.dep_ in ("xcomp", "acomp"):
        said.add(verb.head.lower_)  # 'are likely to face charges'
    if said & w.modal_pending[which]:
        return "pending"
    if w.negated_nothing[which] and _negated(verb, span, w) is not None or _unreal(verb, w, own=False):
        return None
    return w.statuses[which]


def _statement_span(doc: Doc, s: int, e: int, tokens: int | None) -> Span:
    """The words of a construction matched at [s, e): its first ``tokens`` tokens where that is
    positive, all but its last ``-tokens`` where negative (a guard token after the words: 'is
    critical' and not 'to'), else all of them (a construction's ``tokens`` in data/facts.json)."""
    return doc[s:s + tokens] if tokens and tokens > 0 else doc[s:e + tokens] if tokens else doc[s:e]


def _no_longer(verb: Token, span: Span) -> bool:
    """Whether 'no longer' is said of the custody statement: 'longer' on its verb or in its words
    ('is no longer at large', 'no longer looking for')."""
    return any(c.lower_ == "longer" for c in verb.children) or any(t.lower_ == "longer" for t in span)


def custody(doc: Doc) -> list[dict]:
    """'No arrests have been made' (none), 'was arrested' (held), 'was charged with'
    (charged), 'no one has been charged' (uncharged), 'will decide whether to file charges'
    (pending), 'was taken in for questioning' (questioned: not arrested), 'pleaded guilty' or 'was found
    guilty' (guilty), 'pleaded not guilty' (not_guilty): whether anyone is held or charged
    for the event, one dict per statement
    (``attr`` 'custody', ``value`` :data:`CUSTODY`'s, ``moment`` the status, ``cue`` the
    construction's verb or noun). Constructions: data/facts.json ``custody``."""
    w = custody_words()
    out: list[dict] = []
    turn = next((st.start for st in doc.sents if st.text.lstrip().lower().startswith(w.other_from)), len(doc))
    where: list[int] = []  # each statement's sentence start
    listed = listed_cases(doc)  # a list of the year's cases, each under its day: theirs (session 62, round 128)
    for which, s, e in _statements(doc, "custody", w.cues):
        status = w.statuses[which]
        span = _statement_span(doc, s, e, w.tokens[which])
        if any(a <= span.start_char < b for a, b in listed):
            continue
        sent = span.sent.text
        if _of_other(sent, w, which) or _YEAR.search(_undated(sent, status)) or span.start >= turn or status in (
                "held", "questioned") and _released(span.sent):
            continue  # another case's, or, from 'In an unrelated incident' on, another story's
        if status == "dropped" and span.sent.start > 0 and (
                w.other.search(prev := doc[span.sent.start - 1].sent.text) or _YEAR.search(prev)):
            continue  # 'In 2008 he was arrested for a gun. The charges were dropped.': that case's
        if status == "held" and _unclear_link().search(sent):
            status = "questioned"  # 'detained several teens, but it was not clear if they were connected' (round 152)
        verb = _clause_verb(span.root)
        if status in ("held", "charged") and _done_before(verb):
            continue  # 'police have arrested him before over fights', 'charged several times before': a record
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and not any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "prep") for c in verb.children):
            continue  # 'As for charging, we will charge when the evidence allows': the act named, no one's (round 101)
        if status != "pending" and not w.modal_pending[which] and _asked(verb, w.asking):
            continue  # 'no word on whether a suspect is at large', 'was he charged?': nothing
        if w.at_large[which]:
            if not _at_large(verb, w) or any(c.lower_ in w.until for c in verb.children):
                continue  # 'the dogs remain on the loose'; 'she stayed at large till Monday, when troopers caught her'
            if _of_several(_subjects(verb), w):
                status = "sought"  # 'a second suspect is still being sought': others may be held
        elif w.sought_first[which] and _of_several([span[0]], w):
            status = "sought"  # 'the second man being sought': others may be held
        if status in ("none", "sought") and _for_misleading(verb, w):
            continue  # 'two women are sought for giving false information': witnesses, not the shooter
        if status == "held" and not _holds_a_person(verb, w):
            continue  # 'a press conference held in the county jail's training room': no one held
        if _pictured(verb, status, w) or status == "pending" and _filed(span):
            continue  # 'people captured this on their phones', 'surveillance video captured the shooting'
        if status == "pending":
            pass  # 'prosecutors will decide whether to file charges': no one is charged yet, as it stands
        elif status in ("dropped", "fled"):
            if _unreal(verb, w) or _negated(verb, span, w) is not None:
                continue  # 'the charges could be dropped', 'were not dropped', 'if the gunman fled': nothing
        elif status in ("guilty", "not_guilty"):
            if _unreal(verb, w) or status == "guilty" and _negated(verb, span, w) is not None:
                continue  # 'is expected to plead guilty', 'did not plead guilty': nothing
        elif status == "sought":
            if _no_longer(verb, span):
                if verb.lemma_.lower() in wordset("facts", "no_longer_searching"):
                    continue  # 'police are no longer looking for suspects': none sought, none said held (round 97)
                status = "held"  # 'the second suspect is no longer at large'
            elif _negated(verb, span, w) is not None:
                continue  # 'not looking for another suspect': nothing
        elif status == "none":
            if _no_longer(verb, span):
                if verb.lemma_.lower() in wordset("facts", "no_longer_searching"):
                    continue  # 'police are no longer looking for suspects': none sought, none said held (round 97)
                status = "held"  # 'no longer at large'
            elif span[0].lower_ != "no" and not w.negation_keeps[which] and _negated(verb, span, w) is not None:
                continue  # 'deputies are not looking for any suspect': there may be none to look for
        elif w.modal_pending[which]:
            if (status := _facing(verb, span, w, which)) is None:
                continue  # 'will face charges', 'is not facing charges': nothing, as before
        elif status == "held" and _unable(verb, w):
            status = "none"  # 'officers were unable to apprehend him': no one held
        elif _unreal(verb, w) or status == "held" and verb.dep_ == "conj" and any(
                c.tag_ == "TO" for c in verb.head.children) and not _realised(verb.head, w):
            continue  # 'hope to arrest', 'to identify and apprehend the gunman' (not 'were able to stop and arrest him')
        elif not w.negation_keeps[which] and (neg := _negated(verb, span, w)) is not None:
            if status in ("charged", "uncharged"):
                # 'no one has been charged', 'no charges', 'have not charged anyone': no one is
                # charged; 'Green has not been charged' speaks of one person, who may not be the
                # suspect: nothing
                if neg.dep_ == "neg" and status == "charged" and _of_someone(verb, w) and not _the_one_held(doc, verb, w):
                    continue
                status = "uncharged"
            else:
                status = _none_or_sought(verb, neg, w)
            if neg.i < span.start:  # the statement is read from its negator on: 'no one is in custody'
                span = doc[neg.i:span.end]
        more = status in ("held", "charged") and _of_several(_the_held(verb, w), w)
        out.append(_stated(doc, span, "custody", CUSTODY[status], status, "more" if more else None))
        where.append(span.sent.start)
    for d in _let_go(doc, turn):
        out.append(d)
        where.append(doc.char_span(d["start"], d["end"], alignment_mode="expand").sent.start)
    return _outside_other_cases(doc, *_lone_flights(out, where))


def _lone_flights(out: list[dict], where: list[int]) -> tuple[list[dict], list[int]]:
    """The custody statements ``out`` (each sentence's start in ``where``) without a flight ('the
    gunman fled': status 'fled') whose sentence holds another statement ('the other gunman fled
    and remains at large'): that one tells how things stand (upd61)."""
    told = {at for d, at in zip(out, where) if d["moment"] != "fled"}
    keep = [i for i, (d, at) in enumerate(zip(out, where)) if d["moment"] != "fled" or at not in told]
    return [out[i] for i in keep], [where[i] for i in keep]


@cache
def _plea_dates() -> tuple[re.Pattern[str], frozenset[str]]:
    """A month-day-year date, and the statuses whose sentence may hold one (data/facts.json
    custody ``plea_date``)."""
    d = load("facts")["custody"]["plea_date"]
    return re.compile(d["pattern"], re.I), frozenset(d["statuses"])


def _undated(sent: str, status: str) -> str:
    """The sentence without its full calendar dates where the statement is a plea or verdict
    ('pleaded guilty on March 4, 2019': the plea's own day, not a record), else as it is (upd45)."""
    date, statuses = _plea_dates()
    return date.sub(" ", sent) if status in statuses else sent


def _done_before(verb: Token) -> bool:
    """Whether the custody verb ``verb`` is told as done before now, a 'before' hanging on it
    with no object of its own, the parser's adverb or a preposition without one ('North
    Charleston police have arrested him before over fights', 'was charged twice before'):
    someone's record, not an arrest of the event. Not 'before' with an object or as a clause's
    mark ('arrested before noon', 'arrested before he could flee'). Session 65, careful reading
    round 168 (296327: a record of arrests cited as the suspect held)."""
    return any(c.lower_ == "before" and c.dep_ in ("advmod", "prep") and not any(
        g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children)


def _of_other(sent: str, w: CustodyWords, which: int) -> bool:
    """A word of 'other' (another case, someone's record) in the sentence, beyond the ones
    the construction ``which`` holds itself ('other_allows': 'sentenced' in 'sentenced in the
    killing of')."""
    allows = w.other_allows[which]
    return any(m.group().lower() not in allows for m in w.other.finditer(sent))


def _filed(span: Span) -> bool:
    """'about the pending charges': charges with a determiner or owner before the statement are
    charges filed, not 'held pending charges' (cues38)."""
    return span[-1].lower_ == "charges" and any(c.dep_ in ("det", "poss") and c.i < span.start
                                                for c in span[-1].children)


def _holds_a_person(verb: Token, w: CustodyWords) -> bool:
    """Whether a 'hold' that says held ('held in the county jail', 'held on a bond') is said of a
    person: one of those it is of (:func:`_the_held`) a name, a pronoun, an age ('the 17-year-old')
    or a word for people (:func:`~reconcile.extract.victims.person_word`: 'both men', 'the
    suspect'), where it is of anyone ('a press conference held in the jail's training room' holds
    no one). Any other verb passes. Session 64 (the review of the custody constructions 'held
    in'/'held on': 272869's sheriff's news conference)."""
    if verb.lemma_.lower() != "hold":
        return True
    held = _the_held(verb, w)
    return not held or any(t.pos_ in ("PROPN", "PRON") or t.lower_ == "old" or person_word(t) for t in held)


def _pictured(verb: Token, status: str, w: CustodyWords) -> bool:
    """A scene captured, not a person: 'people captured this on their phones' (held), 'surveillance
    video captured the shooting', 'the robbery was captured on camera', 'were captured by the
    store's surveillance system' (custody34: the object of 'by' or a word compounded with it)."""
    if status == "held" and any(c.dep_ == "dobj" and (c.lower_ in w.not_held_objects or c.lemma_.lower() in
                                                      w.not_agents) for c in verb.children):
        return True
    if status == "held" and verb.lemma_.lower() == "capture" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
            t.lemma_.lower() in w.not_agents for t in verb.sent if t.i < verb.i):
        return True  # 'video was released that police said captured the gunman': no subject, a picture before (people35)
    return any(c.dep_ in ("nsubj", "compound") and c.i < verb.i and c.lemma_.lower() in w.not_agents
               for c in verb.children) or any(
        c.dep_ in ("prep", "agent") and any(g.dep_ == "pobj" and any(
            x.lemma_.lower() in w.not_agents for x in (g, *(k for k in g.children if k.dep_ == "compound")))
            for g in c.children) for c in verb.children)


def _the_held(verb: Token, w: CustodyWords) -> list[Token]:
    """Who a held or charged statement is of: the object or passive subject ('arrested a second
    suspect', 'a third man was charged'), else the subject ('another suspect is in custody';
    not 'another deputy arrested him'), else the noun a participle describes ('the second man
    arrested'); not a charge ('faces another charge', 'filed additional
    charges': ``unnamed``)."""
    people = [c for c in (*verb.children, *_subjects(verb)) if c.dep_ in ("nsubjpass", "dobj")]
    people = people or [c for c in _subjects(verb) if c.dep_ == "nsubj"]
    # 'the second man arrested', a headline's '2nd suspect arrested': the noun the verb describes (upd57)
    people = people or ([verb.head] if verb.dep_ == "acl" else [])
    return [c for c in people if c.lemma_.lower() not in w.unnamed and c.lower_ not in w.unnamed]


def _for_misleading(verb: Token, w: CustodyWords) -> bool:
    """A search 'for' misleading the police ('sought for giving false information'): of witnesses."""
    heads = (verb, *((verb.head,) if verb.dep_ in ("conj", "xcomp") else ()))
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        t.lower_ in w.witness_offences or t.lemma_.lower() in w.witness_offences for t in c.subtree)
        for v in heads for c in v.children)


def _outside_other_cases(doc: Doc, out: list[dict], where: list[int]) -> list[dict]:
    """``out`` without the statements of sentences that open on another case picked out by
    its place, day or order ('In the Oak Hill killing, a man was arrested': data/facts.json
    ``case_opener``), where the page tells custody outside such sentences too."""
    m = _case_opener(doc.vocab)
    picked = {doc[s].sent.start for _, s, _ in m(doc)} if out else set()
    if not picked or all(st in picked for st in where):
        return out
    return [d for d, st in zip(out, where) if st not in picked]


@cache
def _case_opener(vocab: Vocab) -> Matcher:
    m = Matcher(vocab)
    m.add("case_opener", [load("facts")["custody"]["case_opener"]["pattern"]])
    return m


def _stated(doc: Doc, span: Span, attr: str, value: int, status: str, hedge: str | None = None) -> dict:
    """The fact dict of a statement read by constructions (custody, condition, rise): its
    span, status (``moment``), value, the construction's head word as ``cue`` and its day."""
    return dict(start=span.start_char, end=span.end_char, attr=attr, value=(value,) * 3, hedge=hedge, street=None,
                moment=status, cue=span.root.lemma_.lower(), day=_day(doc, span.start_char, span.end_char))


# ------------------------------------------------------------------ condition: how badly hurt?

#: a condition statement's status -> its value (a fact claim's value)
CONDITION = {"mild": 0, "grave": 1, "hospital": 2, "released": 3}


@dataclass(frozen=True)
class ConditionWords:
    statuses: tuple[str, ...]  # per construction, in data order
    cues: re.Pattern[str]  # a sentence without one holds no construction
    not_victim: re.Pattern[str]  # a sentence about the suspect's or an officer's condition
    all_words: frozenset[str]  # a release of 'all' or 'both' covers every wounded person
    some_words: frozenset[str]  # ... and one of 'some', 'others', 'several' does not
    all_but: re.Pattern[str]  # nor one in a sentence with 'except' or 'all but'
    mild_all: frozenset[str] = frozenset()  # a mild statement with one of these is said of every wounded person
    denying: frozenset[str] = frozenset()  # a grave statement under one of these as a subject is denied
    sentence_words: tuple[frozenset[str], ...] = ()  # per construction: its sentence must hold one of these (upd58)
    not_released: frozenset[str] = frozenset()  # ... and none of these
    tokens: tuple[int | None, ...] = ()  # per construction: a negative count of end tokens left out of the words


@cache
def condition_words() -> ConditionWords:
    d = load("facts")["condition"]
    return ConditionWords(tuple(c["status"] for c in d["constructions"]), any_of(d["cues"]), any_of(d["not_victim"]),
                          frozenset(d["all_words"]), frozenset(d["some_words"]), any_of(d["all_but"]),
                          frozenset(d["mild_all"]["words"]), frozenset(d["mild_all"]["denying"]),
                          tuple(frozenset(c.get("sentence_words", ())) for c in d["constructions"]),
                          frozenset(d["not_released"]), tuple(c.get("tokens") for c in d["constructions"]))


def _covers_all(verb: Token, w: ConditionWords) -> bool:
    """A release said of every wounded person: 'all' or 'both' on the verb or its subject
    ('have all since been released', 'Both brothers were discharged'), or a plural subject without a
    number ('The victims were released'; not 'three patients', 'some victims', nor 'they',
    who may be some of them)."""
    if w.all_but.search(verb.sent.text):
        return False  # 'all but one were released', 'all except the boy'
    if any(c.lower_ in w.all_words for c in verb.children):
        return True
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        kids = list(subj.children)
        if subj.lower_ in w.all_words or any(k.lower_ in w.all_words for k in kids):
            return True
        if subj.lower_ in w.some_words or any(k.lower_ in w.some_words for k in kids):
            return False  # 'some victims', 'the others', 'two of them'
        if subj.tag_ in ("NNS", "NNPS") and not any(k.dep_ in ("nummod", "prep") or k.like_num for k in kids):
            return True
    return False


def condition(doc: Doc) -> list[dict]:
    """'in critical condition', 'life-threatening injuries' (grave); 'non-life-threatening',
    'treated and released' (mild): how badly the wounded are hurt; 'in stable condition',
    'remains hospitalized' (hospital) and 'released from the hospital' (released, its
    ``hedge`` 'all' when said of every wounded person: :func:`_covers_all`): where they
    are. One dict per statement
    (``attr`` 'condition', ``value`` :data:`CONDITION`'s, ``moment`` the status). The
    longest of overlapping constructions is read; a sentence about a suspect, an officer
    or another year says nothing. Constructions: data/facts.json ``condition``."""
    w = condition_words()
    out: list[dict] = []
    for which, s, e in _statements(doc, "condition", w.cues):
        span = _statement_span(doc, s, e, w.tokens[which] if w.tokens else None)
        if w.not_victim.search(span.sent.text) or _YEAR.search(span.sent.text):
            continue
        status = w.statuses[which]
        if w.sentence_words[which] and not _names_a_hospital(span.sent, w.sentence_words[which], w.not_released):
            continue  # 'his name was released on Monday'; 'was released on bond'
        if status == "grave" and _denied(span, w):
            continue  # 'Neither of them was critically hurt', 'None had life-threatening wounds'
        if status == "released" and _unreal(span.root, custody_words()):
            continue  # 'waiting for her to be released from the hospital'
        released = status == "mild" and any(t.lemma_ in ("release", "discharge") for t in span)
        every = status == "released" and _covers_all(span.root, w) or status == "mild" and not released \
            and _all_mild(span, w)
        n = _counted(span.root) if released and not every else None
        if every and status == "mild" and (g := _their_group(span)) is not None:
            every, n = False, g  # 'Three other men were hurt. None of their wounds ...': the three
        out.append(_stated(doc, span, "condition", CONDITION[status], status,
                           "all" if every else f"count: {n:g}" if n is not None else None))
    return out


def _names_a_hospital(sent: Span, needed: frozenset[str], unless: frozenset[str]) -> bool:
    """Whether sentence ``sent`` holds one of ``needed`` and none of ``unless``: a bare passive
    release ('the boy was released Tuesday morning') tells a release from hospital only in a
    sentence that names one, and not one of a name, a statement or on bond (data/facts.json
    condition ``sentence_words``, ``not_released``; upd58)."""
    words = {t.lower_ for t in sent}
    return bool(words & needed) and not words & unless


def _denied(span: Span, w: ConditionWords) -> bool:
    """A grave statement denied by a clause above it: a 'not' on one of its heads ('It does not
    appear the wounds are life-threatening') or a subject of ``denying`` ('Neither of them was
    critically hurt', 'None had life-threatening wounds'; data/facts.json condition ``mild_all``).
    Condition37: these were read as grave."""
    t = span.root
    while True:
        if any(c.dep_ == "neg" and not span.start <= c.i < span.end  # 'not expected to survive' is grave
               or c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in w.denying for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head


def _all_mild(span: Span, w: ConditionWords) -> bool:
    """A mild statement said of every wounded person (data/facts.json condition ``mild_all``):
    'None of the wounds were life-threatening', 'All of the injuries were minor'; not 'Two
    other victims, all with minor injuries' (a part) nor 'all but one had minor wounds'."""
    if span[0].lower_ == "none":
        return True
    words = {t.lower_ for t in span.sent}
    return bool(words & w.mild_all) and not words & w.some_words and not w.all_but.search(span.sent.text)


def _their_group(span: Span) -> float | None:
    """How many a mild statement of 'their' or 'them' is said of where the sentence before counts
    its subject ('Three other men were hurt. None of their wounds were thought grave':
    the three, not every wounded person of the page); None otherwise. (Session 62, careful
    reading round 129: bystanders' wounds told mild set against a resident's critical wound,
    as if said of all six wounded.)"""
    sent = span.sent
    if sent.start == 0 or not any(t.lower_ in ("their", "them") for t in sent):
        return None
    return _counted(span.doc[sent.start - 1].sent.root)


def _counted(verb: Token) -> float | None:
    """How many the statement is said of, by the number that is its subject or is on it
    ('Two of the wounded men were treated and released', 'three were treated and released'):
    its ``hedge`` 'count: 2'; None without one ('she was treated and released')."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        nums = [subj] if subj.like_num else [k for k in subj.children if k.dep_ == "nummod" and k.like_num]
        if len(nums) == 1:
            return words_value([nums[0].text])
    return None


@cache
def _rise_cues() -> re.Pattern[str]:
    return any_of(load("facts")["rise"]["cues"])


@cache
def _weekday_date() -> tuple[re.Pattern[str], tuple[str, ...]]:
    d = load("facts")["weekday_date"]
    return re.compile(d["pattern"], re.I), tuple(m[:3] for m in d["months"])


def weekday_dates(text: str) -> list[dict]:
    """'Tuesday morning, Jan. 12': a date written with its weekday (``attr`` 'weekday_date',
    ``value`` month * 100 + day, ``moment`` the weekday in lower case, ``cue`` its year or
    None), whatever it is the date of; a day no month has (a 32nd) is left out
    (data/facts.json ``weekday_date``)."""
    pattern, months = _weekday_date()
    out: list[dict] = []
    for m in pattern.finditer(text):
        month, day = m["month"][:3].lower(), int(m["day"])
        if month not in months or not 1 <= day <= 31:
            continue
        v = (months.index(month) + 1) * 100 + day
        out.append(dict(start=m.start(), end=m.end(), attr="weekday_date", value=(v, v, v), hedge=None, street=None,
                        moment=m["wd"].lower(), cue=m["year"], day=None))
    return out


def rise(doc: Doc) -> list[dict]:
    """'Detectives found a seventh victim', 'A further victim came forward': the article
    tells its count rose (``attr`` 'rise', status 'rise', ``value`` 1); 'A third person has
    died', 'Three people have now died': its death toll rose to a number (status 'died',
    ``value`` that number). Constructions: data/facts.json ``rise``; a sentence about another
    year says nothing, nor a death whose number cannot be read."""
    out: list[dict] = []
    cons = load("facts")["rise"]["constructions"]
    for which, s, e in _statements(doc, "rise", _rise_cues()):
        span = doc[s:e]
        if _YEAR.search(span.sent.text):
            continue
        status = cons[which]["status"]
        n = _death_number(span) if status == "died" else 1
        if n is None:
            continue
        out.append(_stated(doc, span, "rise", n, status))
    return out


@cache
def _ordinal_numbers() -> dict[str, int]:
    return {w: n for n, w in enumerate(wordseq("grammar", "ordinals"), start=2)}


def _death_number(span: Span) -> int | None:
    """The number a death told as a rise says: its ordinal ('A third person has died': 3,
    data/grammar.json ``ordinals``) or its count ('Three people have now died': 3)."""
    ords = _ordinal_numbers()
    for t in span:
        if t.lower_ in ords:
            return ords[t.lower_]
        if t.like_num:
            v = words_value([t.text])
            return int(v) if v is not None and v == int(v) and 1 < v < 1000 else None
    return None


@cache
def _preliminary_cues() -> tuple[re.Pattern[str], tuple[str, ...]]:
    d = load("facts")["preliminary"]
    return any_of(d["cues"]), tuple(c["status"] for c in d["constructions"])


def preliminary(doc: Doc) -> list[dict]:
    """'Details are still preliminary', 'the inquiry is in its early stages' (status
    'early'), 'according to preliminary information' ('hedged'), 'This story will be updated'
    ('developing'): the article tells its
    information is not final (``attr`` 'preliminary', ``value`` 1, ``moment`` the status).
    Constructions: data/facts.json ``preliminary``; a sentence about another year says nothing."""
    cues, statuses = _preliminary_cues()
    out: list[dict] = []
    for which, s, e in _statements(doc, "preliminary", cues):
        span = doc[s:e]
        if _YEAR.search(span.sent.text):
            continue
        out.append(_stated(doc, span, "preliminary", 1, statuses[which]))
    return out


make_facts = register("reconcile_facts", "facts", lambda doc: read(doc), ["token.dep", "token.lemma", "doc.sents"])

__all__ = ["CONDITION", "CUSTODY", "condition", "custody", "preliminary", "read", "rise", "street_key", "words", "minutes", "window", "hedge_before"]

"""People given an age and nothing else: whether they took part (a verb of their own, a
relative in a sentence of harm), heard the shots, spoke as witnesses, or are suspects by
their verbs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...data import load, wordset
from ...text.lexicon import lexicon
from ..people import PRONOUN_GENDER
from ..victims import predicate_measure
from .evidence import _climb
from .matchers import words
from .person import _Person, _role


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
    if any(_kin_harmed(v) for v in _own_verbs(doc, p)):
        return False  # 'Nora Pell, 40, found out that her son had been killed': the victim's kin
    role = _role(p)
    if role is None:
        return True
    if role not in wordset("persons", "aged_roles", "roles"):
        return False
    span = doc.char_span(p.age[1], p.age[2], alignment_mode="expand")
    harm = wordset("persons", "aged_roles", "lemmas")
    return span is not None and any(t.lemma_.lower() in harm for t in span.sent)


def _with_kin_victim(doc: Doc, p: _Person, at: dict[int, _Person]) -> bool:
    """Whether a verb of ``p``'s own (:func:`_own_verbs`), or a place after it, has a companion
    ('with', 'alongside': data/persons.json ``companion_preps``) who is their kin, named in
    apposition, and a victim the article names ('Ray Holt, 31, was in the kitchen with his son,
    Tom Holt': the boy hit, the father beside him). Given an age and nothing else, ``p`` is the
    victim's relative, there beside them, not one of the hurt. Session 57, from careful reading
    round 80's people tables (a father whose son shot himself with the father's gun shown as a
    wounded victim)."""
    preps = wordset("persons", "companion_preps")
    kin = words().others["relative"]
    for v in _own_verbs(doc, p):
        for c in v.subtree:
            # (the verb's own, or a place's after it: 'was in the kitchen with his son')
            if c.dep_ != "prep" or c.lower_ not in preps or not _in_clause(c, v):
                continue
            for o in c.children:
                if o.dep_ != "pobj" or o.lemma_.lower() not in kin or not any(d.dep_ == "poss" for d in o.children):
                    continue
                for a in o.children:
                    q = at.get(a.i)
                    if a.dep_ == "appos" and q is not None and q is not p and _role(q) == "victim":
                        return True
    return False


def _in_clause(t: Token, v: Token) -> bool:
    """Whether ``t`` hangs on the verb ``v`` through no other verb."""
    h = t.head
    while h.i != v.i:
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            return False
        h = h.head
    return True


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


def _kin_harmed(v: Token) -> bool:
    """Whether a clause under ``v``, a verb of a person given an age and nothing else, tells
    their own kin harmed ('found out that her son had been killed': a relative noun with her, his
    or their, the subject of a casualty verb; data/persons.json ``aged_bystander`` ``kin_owners``):
    the person is that victim's kin."""
    owners, kin = wordset("persons", "aged_bystander", "kin_owners"), words().others["relative"]
    for t in v.subtree:
        if t.i != v.i and t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in kin and t.head.i != v.i \
                and any(g.dep_ == "poss" and g.lower_ in owners for g in t.children) \
                and predicate_measure(t.head) in ("killed", "injured", "shot"):
            return True
    return False


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
    theirs (:func:`_own_verbs`) charges or tries them, arrests them in connection with a death or
    a shooting, or has them appear in court, or when they are the object of an active charging
    verb, charged or not ('aged_suspect' in data/persons.json), else a victim."""
    d = load("persons")["aged_suspect"]
    for v in _own_verbs(doc, p):
        lem = v.lemma_.lower()
        if lem in d["lemmas"] or lem in d["case_arrest"]["lemmas"] and any(
                t.lemma_.lower() in d["case_arrest"]["case_words"] for t in v.subtree) or lem in d["appear"] and any(
                t.lemma_.lower() in d["places"] for t in v.subtree if t.dep_ == "pobj"):
            return "suspect"
    for i in p.tokens:
        t = doc[i]
        subj = [c for c in t.head.children if c.dep_ == "nsubj"] if t.dep_ in ("dobj", "dative") else []
        if any(g.lemma_.lower() in d["addressed_by"] for c in subj for g in c.subtree):
            return "suspect"  # 'Judge Ana Ruiz told Ray Dunn, 38, that ...': one the court speaks to
        if t.dep_ == "dobj" and t.head.lemma_.lower() in d["object_lemmas"] and not any(
                c.dep_ in ("auxpass", "nsubjpass") for c in t.head.children):
            # 'declined to charge Ben Boyd, 19': one charged or weighed for it (an active verb: the
            # parser makes a passive's victim its object, 'are charged in the deaths of ...
            # 40-year-old Ann Dunn')
            return "suspect"
    return "victim"


def _spoke_after(doc: Doc, p: _Person, people: list[_Person]) -> bool:
    """Whether ``p`` told of the shooting: the subject of 'said', 'told', 'testified' and the
    like (data/persons.json ``spoke_after``) in the simple past or present ('Ruiz said from her
    hospital bed'; not 'had said', 'always saying'), named in full or by a surname no one else
    in the article has."""
    shared = sum(1 for q in people if q.last == p.last) > 1
    verbs = wordset("persons", "spoke_after", "lemmas")
    for i in p.tokens:
        t = doc[i]
        s = t.head if t.dep_ == "appos" else t
        v = s.head
        if s.dep_ != "nsubj" or v.lemma_.lower() not in verbs or v.tag_ not in (
                "VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in v.children):
            continue
        if not shared or (i > 0 and doc[i - 1].pos_ == "PROPN"):
            return True
    return False

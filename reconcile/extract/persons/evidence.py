"""What a clause says of one mention (:class:`Fact`): the role (victim, suspect,
another word) and the outcome (killed, injured, arrested, unharmed) read from the verb
over it, its object, a suicide, a conjoined act, a relative clause, a noun of role
(:func:`read_mention` and its helpers).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span, Token

from ...data import load, wordset
from ...text.lexicon import lexicon
from ..quantities import CALL_SIGN
from ..scope import sent_of
from ..victims import SEVERITY_KILLED, not_done, predicate_measure, severity_words
from .ages import _age_value
from .matchers import Words, words


@dataclass
class Fact:
    """One thing a mention says of a person: a role and/or an outcome, where."""

    role: str | None  # 'victim', 'suspect', 'other:<word>'
    outcome: str | None  # 'killed', 'injured', 'shot', 'arrested', None
    start: int  # characters of the words that say it
    end: int
    alone: bool = False  # 'shot himself' read as a victim while no one else is hurt (:func:`_self_harm_fact`)
    told: bool = False  # read from a he/she, not from the person's name (:func:`_read_pronouns`)
    presumed: bool = False  # a death concluded, not told: 'turned the gun on himself' (:func:`_turned_on_self`)


def _fact(role: str | None, outcome: str | None, tok: Token | Span) -> Fact:
    if isinstance(tok, Token):
        return Fact(role, outcome, tok.idx, tok.idx + len(tok))
    return Fact(role, outcome, tok.start_char, tok.end_char)


def _noun_role(lemma: str, low: str) -> str | None:
    w = words()
    for x in (lemma, low):
        if x in w.suspect:
            return "suspect"
        if x in w.victim:
            return "victim"
    for kind in ("official", "press", "relative", "witness"):
        if kind == "relative" and (lemma in w.others["acquaintance"] or low in w.others["acquaintance"]):
            return "other:acquaintance"  # 'neighbor Rita Gomez', before kin (wrong58)
        if lemma in w.others[kind] or low in w.others[kind]:
            return "other:" + kind
    return None


def _casualty(m: str | None) -> str | None:
    return {"killed": "killed", "injured": "injured", "shot": "shot"}.get(m or "")


def _has_object(v: Token) -> Token | None:
    """The direct object of ``v`` or of the verb it is coordinated with ('shot and killed his wife')."""
    for verb in (v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        for c in verb.children:
            if c.dep_ == "dobj":
                return c
    if v.dep_ == "conj":
        for c in v.head.children:
            if c.dep_ == "dobj" and c.i > v.i:
                return c
    return None


def _arrest_phrase(v: Token) -> Token | None:
    """'was taken into custody', 'turned himself in', 'faces charges' on the clause of ``v``."""
    w = words()
    if any(c.dep_ == "advcl" and c.lemma_.lower() in w.arrest_verbs and _unrealised(c) for c in v.children):
        return None  # 'will face charges when arrested': charges to come on an arrest to come
    if _unrealised(v):
        return None  # 'urged him to turn himself in': a surrender asked for, not made
    near = {c.lemma_.lower() for c in v.subtree if v.i < c.i <= v.i + 6}
    near |= {c.lemma_.lower() for c in v.children if c.dep_ in ("aux", "auxpass")}
    for p in w.arrest_phrases:
        if p[0] == v.lemma_.lower() and all(x in near for x in p[1:]) or \
                p[0] in near and p[1:2] == (v.lemma_.lower(),) and all(x in near for x in p[2:]):
            return v
        if p[0] in ("in", "behind", "under") and v.lemma_.lower() in words().custody_stays \
                and all(x in near for x in p):
            return v  # 'were already in custody', 'remains behind bars'
    # 'is expected to be arraigned', 'is set to be charged'
    for c in v.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in w.arrest_verbs and any(g.dep_ == "auxpass" for g in c.children):
            return c
    return None


def _past_record(v: Token) -> bool:
    """Whether the arrest ``v`` is a person's record ('had been arrested several times',
    'was previously charged', 'an arrest years ago'): words of ``past_record`` on its clause."""
    w = words()
    near = [c for c in v.subtree if c.dep_ not in ("relcl", "acl") and abs(c.i - v.i) <= 8]
    if v.pos_ == "NOUN" and v.dep_ == "nsubj" and v.head.lemma_ == "be":
        # 'his first arrest was years ago': the noun's time is told on its verb
        near += [c for c in v.head.children if c.i > v.i and c.dep_ not in ("relcl", "acl", "ccomp")]
    return any(c.lower_ in w.past_record for c in near) and not any(
        # 'had been charged previously in this case': the record word tells an earlier step of this case
        c.dep_ == "pobj" and c.head.lower_ == "in" and c.head.head.i == v.i and c.lemma_.lower() in w.this_case
        and any(g.dep_ == "det" and g.lower_ in ("this", "the") for g in c.children)
        and not any(g.like_num for g in c.children) for c in near)


def _other_offence(v: Token) -> bool:
    """Whether the arrest ``v`` is told only on a charge of another kind than the shooting
    ('was arrested and charged with narcotics violations'): a word of data/persons.json
    ``other_offence`` on its clause and none of its ``event_words``."""
    near = {x for c in v.subtree if not _in_clause_below(c, v) for x in (c.lower_, c.lemma_.lower())}
    return bool(near & wordset("persons", "other_offence")) and not near & wordset("persons", "other_offence", "event_words")


def _in_clause_below(c: Token, v: Token) -> bool:
    """Whether ``c``, in ``v``'s subtree, stands in a relative or noun clause below ``v`` (``c``
    itself or one of its heads up to ``v``, not ``v``)."""
    while c.i != v.i:
        if c.dep_ in ("relcl", "acl"):
            return True
        c = c.head
    return False


def _unrealised(v: Token) -> bool:
    """Whether the arrest verb ``v`` is told tried or failed, not made: an open clause or a
    noun's clause of a word of data/persons.json ``unrealised_arrest`` ('officers tried to
    arrest him', 'were unable to apprehend her', 'an attempt to detain him'). (Session 33,
    rows49, careful reading round 48: a boy shot by an officer and a robber who got away
    shown arrested.)"""
    lemmas = wordset("persons", "unrealised_arrest", "lemmas")
    if v.dep_ in ("xcomp", "acl") and v.head.lemma_.lower() in lemmas:
        return True
    if v.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
            and v.head.dep_ in ("xcomp", "ccomp") and v.head.head.lemma_.lower() in lemmas:
        # 'encourages suspect Mia Lund to turn herself in', the parser making 'suspect' a verb
        # between the appeal and the infinitive (session 57, careful reading round 81)
        return True
    # 'both will face charges when arrested': an arrest to come, in a clause on a verb with a modal
    marks = wordset("persons", "unrealised_arrest", "marks")
    return v.dep_ == "advcl" and v.lemma_.lower() in wordset("persons", "unrealised_arrest", "marked") and any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in v.children) \
        and any(c.tag_ == "MD" for c in v.head.children)


def _found_in_state(s: Token, v: Token, w: Words) -> bool:
    """'Officers found Dale Quint, 35, shot in the head': the parser makes the participle
    ``v`` a past-tense clause of the finding verb with ``s`` its subject; with no object,
    no auxiliary and no 'that', ``v`` tells what was done to ``s`` (a passive)."""
    h = v.head
    return (v.tag_ in ("VBD", "VBN") and v.dep_ in ("ccomp", "xcomp", "oprd") and h.i < s.i < v.i
            and h.lemma_.lower() in w.finding and h.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in v.children))


def _of_the_subject_before(s: Token, v: Token) -> bool:
    """Whether ``s``, a subject of ``v``, is the parser's slip for the object of an 'of' on a
    noun before it: the word right before ``s``'s phrase (past a title's stray full stop) is the
    object of an 'of' on an earlier subject of ``v`` ('The aide of Ohio U.S. Sen. Ray Dunn was
    fatally shot': 'Ohio' the object of 'of', 'Dunn' another subject) or on a noun of kin ('The
    nephew of Ohio U.S. Rep. Ray Dunn', the nephew hung elsewhere), or is that 'of' itself, left
    with no object ('The grandson of Illinois U.S. Rep. Ray Dunn', 'grandson' and 'Dunn' both
    subjects). Session 61, careful reading round 112 (a congressman shown the slain victim);
    the 'of' left with no object, session 66, round 181."""
    if s.pos_ != "PROPN":
        return False  # a pronoun is no name the parser split ('the family of the boy he is accused of killing')
    doc = s.doc
    k = s.left_edge.i - 1
    while k >= 0 and doc[k].dep_ == "punct" and doc[k].text not in (",", ";", ":", "--"):
        k -= 1  # 'U.S.' the parser made a punctuation mark of its own
    if k < 0:
        return False
    for c in v.children:
        if c.dep_ == s.dep_ and c.i < s.i and doc[k] in c.subtree and any(
                t.dep_ == "prep" and t.lower_ == "of" and t.i <= k for t in c.subtree):
            return True
    p = doc[k].head if doc[k].dep_ == "pobj" else None
    # (not the kin noun set beside a name, 'Lee Dunn, the son of trooper Ray Dunn, caused ...':
    # the subject is the son, whom the parser may leave for the father's name)
    return p is not None and p.lower_ == "of" and p.head.pos_ == "NOUN" and p.head.i < p.i and \
        _noun_role(p.head.lemma_.lower(), p.head.lower_) == "other:relative" and not (
            p.head.dep_ == "appos" and p.head.head.ent_type_ == "PERSON")


def _clause_facts(s: Token, v: Token, dep: str | None = None) -> list[Fact]:
    """What the predicate ``v`` says of its subject/object ``s`` (``dep``: the relation
    ``s`` stands in, where the parser hung it elsewhere)."""
    w = words()
    out: list[Fact] = []
    lem = v.lemma_.lower()
    dep = dep or s.dep_
    if dep == "nsubj" and v.tag_ == "VBN" and s.i > v.i and any(c.dep_ == "auxpass" for c in v.children):
        dep = "nsubjpass"  # 'Wounded were Ana Ruiz and Lee Park': a passive written inverted
    if dep == "nsubj" and _found_in_state(s, v, w):
        dep = "nsubjpass"  # 'deputies found a 41-year-old woman shot in the chest': she was shot
    if dep in ("nsubj", "nsubjpass") and _of_the_subject_before(s, v):
        return out  # 'The nephew of Rep. Ray Dunn was fatally shot': Dunn is the nephew's
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in v.children) and \
            lem not in wordset("persons", "aged_suspect", "lemmas"):
        # '"If Mr. Dunn was in custody, my boy would be here"': a condition, nothing told (round
        # 115); not 'will seek a life term if Ray Dunn is convicted': one charged and to be tried
        return out
    if any(c.dep_ == "neg" for c in v.children) and lem not in ("survive", "make"):
        if dep == "nsubjpass" and lem in w.arrest_verbs and not _tied_to_event(v):
            return [_fact("suspect", None, v)]  # 'has not been charged': still the suspect
        return out  # (and 'was not arrested in connection with the homicide': held on another matter)
    if _pastime(v):
        return out  # 'he and the boy were target shooting': a pastime, no one shot
    if dep == "nsubjpass":
        if lem in w.arrest_verbs and _past_record(v):
            pass  # 'had been arrested several times since 2010': a record
        elif lem in w.arrest_verbs and _other_offence(v):
            out.append(_fact("other:recalled", None, v))  # 'charged with drug possession': another case's
        elif lem in w.arrest_verbs and _unrealised(v):
            out.append(_fact("suspect", None, v))  # 'will face charges when arrested': sought
        elif lem in w.arrest_verbs:
            out.append(_fact("suspect", "arrested", v))
        elif lem in w.sought:
            out.append(_fact("suspect", None, v))
        elif lem in w.treated and any(g.lemma_.lower() in w.hospitals for g in v.subtree) and any(
                g.lower_ in w.custody_places for g in v.subtree):
            if lem != "release":  # 'was taken to the county detention center': held, not hurt
                out.append(_fact("suspect", "arrested", v))
        elif lem in w.treated and any(g.lemma_.lower() in w.hospitals for g in v.subtree):
            out.append(_fact("victim", "injured", v))
        else:
            m = _casualty(predicate_measure(v))
            # 'were found murdered': the participle the finding verb takes says what happened
            xc = next((c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VBN"), None)
            if m is None and xc is not None and lem in w.finding:
                m = _casualty(predicate_measure(xc))
            if m and (_police_fired(s, v) or _shot_in_the_act(v)):
                out.append(_fact("suspect", m, v))  # 'was shot and killed by police'
            elif m:
                out.append(_victim_fact(m, v))
            elif _arrest_phrase(v):
                out.append(_fact("suspect", "arrested", v))
            elif _hit_passive(v):
                out.append(_victim_fact("injured", v))  # 'the 40-year-old was hit as he sat in a parked truck'
            else:
                out.extend(_named_a(v))
    elif dep == "nsubj":
        obj = _has_object(v)
        if lem in w.harm and obj is not None and not _blow_with(v):
            if obj.lower_ in w.selves:
                out.append(_self_harm_fact(v, w))
            elif obj.lemma_.lower() not in w.fired_objects:
                out.append(_fact("suspect", _then_self(v, obj, w), v))
        elif _fired(v, obj, w):
            out.append(_fact("suspect", None, v))
        elif _arrest_phrase(v):
            out.append(_fact("suspect", "arrested", v))
        elif lem == "survive" and _survived(v, w):
            out.append(_fact("victim", "injured", v))
        elif _by_firing(v, w):
            out.append(_fact("suspect", None, v))
        elif lem in w.outcome_verbs:
            m = _casualty(predicate_measure(v))
            if m:
                out.append(_victim_fact(m, v))
            elif lem in ("be", "remain") and _in_condition(v):
                out.append(_fact("victim", "injured", v))
        if (t := _turned_on_self(v, w)) is not None:
            out.append(replace(_fact("suspect", "killed", t), presumed=not _took_own_life(t)))
        out.extend(_suicide_facts(v, w))
    elif dep == "dobj":
        out.extend(_object_facts(s, v, lem, w))
    return out


def _object_facts(s: Token, v: Token, lem: str, w: Words) -> list[Fact]:
    """What the predicate ``v`` (lemma ``lem``) says of its object ``s``: arrested, sought,
    or the casualty it tells (:func:`_clause_facts`' object branch)."""
    out: list[Fact] = []
    if any(c.dep_ == "nsubjpass" for c in v.children):
        pass  # 'the two are charged in the deaths of Ana Ruiz and Lee Park': a passive with its own
        # subject takes no object; the parser hangs a name of the list after it on the verb
    elif lem in w.arrest_verbs and _past_record(v):
        pass
    elif lem in w.arrest_verbs and _other_offence(v):
        out.append(_fact("other:recalled", None, v))  # 'arrested him on drug charges': another case's
    elif lem in w.arrest_verbs and v.dep_ == "acl" and v.head.lemma_.lower() in load("persons")["pending_charge"]["nouns"]:
        out.append(_fact("suspect", None, v))  # 'a warrant charging him': sought, not held
    elif lem in w.arrest_verbs and _unrealised(v):
        out.append(_fact("suspect", None, v))  # 'officers tried to arrest him': sought, not held
    elif lem in w.arrest_verbs and lem != "hold":  # 'holding her daughter' is no arrest
        out.append(_fact("suspect", "arrested", v))
    elif lem in w.sought:
        out.append(_fact("suspect", None, v))
    elif lem not in w.identify:
        m = _casualty(predicate_measure(v))
        if m and not (_threatened(v) and s.lower_ not in w.selves):
            out.append(_fact("suspect" if _police_fired(s, v) or _shot_in_the_act(v) else "victim", m, v))
    return out


def _threatened(v: Token) -> bool:
    """Whether the harm verb ``v`` is told threatened or wished, not done: an open clause of
    a word of data/persons.json ``threatened_harm`` ('threatened to shoot him', 'was going to
    kill him')."""
    if v.dep_ != "xcomp":
        return False
    entry = load("persons")["threatened_harm"]
    return v.head.lemma_.lower() in entry["lemmas"] or v.head.lower_ in entry["forms"]


def _police_fired(s: Token, v: Token) -> bool:
    """Whether the police fired the shot the verb ``v`` tells of its object or passive
    subject ``s``: a police noun (``shot_by_police`` in data/persons.json) is the subject of
    a harm verb of it or follows its 'by' ('officers shot Dan Rook', 'was killed by a
    deputy'; not 'officers found Dan Rook shot'); not when ``s`` is kin ('an officer shot his
    wife')."""
    police = wordset("persons", "shot_by_police", "lemmas")
    if s.lemma_.lower() in words().others["relative"]:
        return False
    # 'shot and killed by police', 'officers shot and killed Dan Rook': the verbs joined share it
    verbs = [v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"), *([v.head] if v.dep_ == "conj" else [])]
    harm, by_accident = words().harm, wordset("persons", "shot_by_police", "not_with")
    if any(c.dep_ == "advmod" and c.lower_ in by_accident for x in verbs for c in x.children):
        return False  # 'officers accidentally shot the homeowner'
    for c in (c for x in verbs if x.lemma_.lower() in harm for c in x.children):
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in police:
            return True
        if c.dep_ == "agent" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in police
                                     for g in c.children):
            return True
    return False


def _shot_in_the_act(v: Token) -> bool:
    """Whether the person the harm verb ``v`` tells shot was doing a crime to the one who
    fired, as a clause hung on ``v`` tells ('fatally shot two men after they tried to rob
    him', 'was killed by a clerk when he pulled a gun on her'; data/persons.json
    ``shot_in_the_act``): then that person is the event's suspect."""
    d = load("persons")["shot_in_the_act"]
    marks, subjects, acts, on_whom = set(d["marks"]), set(d["subjects"]), set(d["verbs"]), set(d["on_whom"])
    armed, weapons = set(d["weapon_verbs"]), set(d["weapons"])
    verbs = [v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"), *([v.head] if v.dep_ == "conj" else [])]
    for c in (c for x in verbs for c in x.children if c.dep_ == "advcl"):
        if not any(g.dep_ in ("mark", "advmod") and g.lower_ in marks and g.i < c.i for g in c.children):
            continue
        if not any(g.dep_ == "nsubj" and g.lower_ in subjects for g in c.children):
            continue
        for a in (c, *(g for g in c.children if g.dep_ in ("xcomp", "conj") and g.pos_ == "VERB")):
            if a.lemma_.lower() not in acts:
                continue
            objs = [g for g in a.subtree if g.i > a.i and g.dep_ in ("dobj", "pobj", "poss")]
            if a.lemma_.lower() in armed and not any(g.dep_ == "dobj" and g.lemma_.lower() in weapons for g in objs):
                continue
            if any(g.lower_ in on_whom for g in objs):
                return True
    return False


def _object_left_behind(s: Token, w: Words) -> Token | None:
    """The harm verb right before the name ``s`` (its age and given names aside) that has no
    object of its own, where the parser made ``s`` the subject of a verb after it: 'The man
    police believe shot and killed 3-year-old Mia Lopez has been charged' (Mia Lopez the
    object of 'killed', not the one charged). (Session 56, careful reading round 79's people
    tables: a slain girl shown as the suspect.)"""
    if s.head.i < s.i:
        return None
    k = s.left_edge.i - 1
    if k < 0:
        return None
    v = s.doc[k]
    if v.pos_ != "VERB" or v.lemma_.lower() not in w.harm or v.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in v.children):
        return None
    if not (v.head.i < v.i and v.dep_ in ("conj", "xcomp", "ccomp", "relcl")):
        return None  # the verb is itself hung on one before it ('police believe shot and killed')
    return v


def _pastime(v: Token) -> bool:
    """Whether the predicate ``v`` is (or is the verb right before) a shooting told as a
    pastime ('were target shooting', 'had been skeet shooting': ``pastime_shooting`` in
    data/persons.json), which tells no one shot."""
    doc, nouns = v.doc, load("persons")["pastime_shooting"]["nouns"]
    return any(t.lower_ in nouns and t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() == "shoot"
               for t in doc[max(v.i - 1, 0):v.i + 2])


def _named_a(v: Token) -> list[Fact]:
    """'Sam Ortiz is now considered a suspect', 'was named a suspect': the noun the passive
    verb ``v`` gives its subject (an object predicate), when it names a suspect or a victim."""
    for c in v.children:
        if c.dep_ == "oprd" and c.pos_ == "NOUN" and _noun_role(c.lemma_.lower(), c.lower_) in ("suspect", "victim"):
            return [_fact(_noun_role(c.lemma_.lower(), c.lower_), None, c)]
    return []


def _survived(v: Token, w: Words) -> bool:
    """'Ray Holt survived', 'survived the shooting' (data/persons.json survived_objects); not
    'survived cancer'."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    return obj is None or obj.lemma_.lower() in w.survived_objects


def _by_firing(v: Token, w: Words) -> bool:
    """'began the attack by firing into the car': the gerund after 'by' on ``v`` fires or
    harms someone (data/persons.json suspect_by), so the subject of ``v`` did it."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in w.suspect_by and not any(
                        o.dep_ == "dobj" and o.lower_ in w.selves for o in g.children):
                    return True
    return False


@cache
def _then_self_words() -> tuple[frozenset[str], frozenset[str]]:
    d = load("persons")["others_then_self"]
    return frozenset(d["joiners"]), frozenset(d["adverbs"])


def _then_self(v: Token, obj: Token, w: Words) -> str | None:
    """What the harm verb ``v`` tells of its subject when its object ``obj`` is followed by 'and
    then himself' (data/persons.json ``others_then_self``: 'found Ray Dunn had killed the two
    boys and then himself', the reflexive hung elsewhere by the parser): 'killed' or 'shot';
    None when no such words follow."""
    joiners, adverbs = _then_self_words()
    doc, i = v.doc, obj.right_edge.i + 1
    i += i < len(doc) and doc[i].text == ","
    if i >= len(doc) or doc[i].lower_ not in joiners:
        return None
    i += 1
    i += i < len(doc) and doc[i].lower_ in adverbs
    if i >= len(doc) or doc[i].lower_ not in w.selves:
        return None
    m = _casualty(predicate_measure(v))
    return "killed" if m == "killed" else "shot" if m else None


def _turned_on_self(v: Token, w: Words) -> Token | None:
    """'shot his wife before turning the gun on himself', '... then turned the gun on
    himself', 'killed his son before killing himself', 'shot his wife before committing
    suicide': the 'turn' (or self-killing, or verb of suicide, :func:`_took_own_life`) on ``v``
    (or on the clause it is coordinated with) whose object is a gun (data/persons.json
    turned_on_self) turned on oneself."""
    verbs = [v] + [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    near = [c for u in verbs for c in u.children if c.dep_ in ("advcl", "conj", "prep", "dep")]
    near += [g for c in near for g in c.children if c.dep_ == "prep" and g.dep_ == "pcomp"]
    for t in near:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        if t.dep_ in ("pcomp", "advcl") and t.lemma_.lower() in w.harm and any(
                u.lemma_.lower() in w.harm for u in verbs) and any(
                c.dep_ == "dobj" and c.lower_ in w.selves for c in t.children) and _casualty(predicate_measure(t)) == "killed":
            return t  # 'killed his wife before killing himself'
        if t.dep_ in ("pcomp", "advcl") and _took_own_life(t) and any(u.lemma_.lower() in w.harm for u in verbs):
            return t  # 'shot and killed his wife before taking his own life', '... before committing suicide'
        if t.lemma_.lower() != "turn":
            continue
        gun = any(c.dep_ == "dobj" and c.lemma_.lower() in w.turned_on_self for c in t.children)
        on_self = any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in w.selves for g in c.children)
                      for c in t.children)
        if gun and on_self:
            return t
    return None


def _took_own_life(t: Token) -> bool:
    """Whether ``t`` is a verb of suicide with its object ('committing suicide', 'taking his
    own life': ``took_own_life`` in data/persons.json)."""
    d = load("persons")["took_own_life"]["objects"]
    objs = d.get(t.lemma_.lower(), [])
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objs and (c.lemma_.lower() != "life" or any(
        g.lower_ == "own" for g in c.children)) for c in t.children)


def _suicide_facts(v: Token, w: Words) -> list[Fact]:
    """What a verb of suicide ``v`` (:func:`_took_own_life`) says of its subject: the suspect,
    dead, when a clause on it tells a harm done to someone else first ('took his own life
    after he shot a deputy', 'committed suicide after shooting his wife',
    :func:`_harm_before_suicide`); else nothing. Session 40, pkill58 (issue 13), from the even
    half (a gunman dead by his own hand once he had shot a deputy read as a victim; that page names
    him through 'identified him as', which this does not reach: it moves no gva-dev row)."""
    if not _took_own_life(v):
        return []
    # alone it says nothing of this shooting's parts: 'her father committed suicide years ago',
    # 'killed himself in jail after being charged' (two of gva-dev's pages)
    return [_fact("suspect", "killed", v)] if _harm_before_suicide(v, w) is not None else []


def _harm_before_suicide(v: Token, w: Words) -> Token | None:
    """The harm to another told in a clause on the suicide verb ``v``: an adverbial clause
    ('after he shot a deputy'), the clause a reporting verb there takes ('after police say
    he shot a deputy') or a gerund after a preposition ('after shooting his wife')."""
    for c in v.children:
        if c.dep_ == "advcl":
            near = [c, *(g for g in c.children if g.dep_ == "ccomp" and c.lemma_.lower() in lexicon().reporting)]
        elif c.dep_ == "prep":
            near = [g for g in c.children if g.dep_ == "pcomp"]
        else:
            continue
        for t in near:
            obj = next((g for g in t.children if g.dep_ == "dobj"), None)
            if t.lemma_.lower() in w.harm and obj is not None and obj.lower_ not in w.selves \
                    and obj.lemma_.lower() not in w.fired_objects or t.lemma_.lower() in w.fire:
                return t
    return None


def _lived(c: Token, w: Words) -> bool:
    """Whether the clause of ``c`` says its subject lived ('and should recover fully',
    'but survived'): a word of data/persons.json lived_clause in it, no negation."""
    sub = list(c.subtree)
    return any(t.lemma_.lower() in w.lived_clause for t in sub) and not any(t.dep_ == "neg" for t in sub)


def _self_harm_fact(v: Token, w: Words) -> Fact:
    """What 'X shot himself' at ``v`` says of X: a victim when X harmed no one else in the
    sentence ('the boy found the pistol and shot himself'), whose outcome a stronger
    statement elsewhere ('died at the hospital') or the article's dead decide; the
    suspect, hurt or dead, when X also harmed or fired at others ('shot himself after
    killing his wife') or the verb accuses X ('allegedly shot himself')."""
    m = _casualty(predicate_measure(v))
    if _harmed_others(v, w) or any(c.lower_ in w.self_accused for c in v.children):
        return _fact("suspect", m if m in ("killed", "injured", "shot") else "injured" if m else None, v)
    return Fact("victim", m if m in ("killed", "injured") else "shot", v.idx, v.idx + len(v), alone=True)


def _fired(v: Token, obj: Token | None, w: Words) -> bool:
    """Whether ``v`` (with its object ``obj``) tells its subject fired a gun: 'fired the shot',
    'fired a round', 'opened fire', 'fired' with no passive subject."""
    lem = v.lemma_.lower()
    return lem in w.fire and (obj is not None and obj.lemma_.lower() in ("fire", "shot", "round") or lem == "fire"
                              and not any(c.dep_ == "nsubjpass" for c in v.children))


def _harmed_others(v: Token, w: Words) -> bool:
    """Whether the sentence of ``v`` tells of a harm done to someone other than oneself
    ('killed his wife', 'fired at deputies', 'opened fire') besides ``v``."""
    for t in sent_of(v):
        if t.i == v.i or t.pos_ != "VERB":
            continue
        if t.lemma_.lower() in w.fire:
            return True
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if t.lemma_.lower() in w.harm and obj is not None and obj.lower_ not in w.selves \
                and obj.lemma_.lower() not in w.fired_objects:
            return True
    return False


def _hit_passive(v: Token) -> bool:
    """'was hit as he sat in a parked truck', 'was struck in the leg', 'was hit by a car': a
    person hit in the passive was hurt (``hit_passive`` in data/persons.json); not 'was hit
    with a lawsuit' (its ``not_with``)."""
    d = load("persons")["hit_passive"]
    if v.lemma_.lower() not in d["lemmas"] or v.tag_ != "VBN" or any(
            a.pos_ == "NOUN" and a.lemma_.lower() in d["not_under"] for a in v.ancestors):
        return False  # 'her claim that she was hit': asserted, not told
    return not any(c.dep_ in ("prep", "agent") and any(o.dep_ == "pobj" and o.lemma_.lower() in d["not_with"]
                                                      for o in c.children) for c in v.children)


def _blow_with(v: Token) -> bool:
    """'hit the robber with a bottle': a blow verb (``blow_not_shot`` in data/persons.json) with
    an instrument after 'with' that is no firearm tells a blow, not a shot."""
    d = load("persons")["blow_not_shot"]
    return v.lemma_.lower() in d["lemmas"] and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() not in d["firearms"]
                                                        for o in c.children) for c in v.children)


def _victim_fact(m: str, v: Token) -> Fact:
    """A victim with outcome ``m`` at the verb ``v``, or, where the verb tells another
    cause of death (:func:`_died_otherwise`), someone else ('died in a car crash')."""
    if _died_otherwise(v):
        return _fact("other:" + load("persons")["other_deaths"]["role"], None, v)
    if m in ("killed", "injured") and _self_inflicted(v):
        # 'died of a self-inflicted rifle wound': as 'shot himself' (:func:`_self_harm_fact`),
        # the suspect where the article tells someone else hurt (:func:`_not_alone`)
        return Fact("victim", m, v.idx, v.idx + len(v), alone=True)
    return _fact("victim", m, v)


def _self_inflicted(v: Token) -> bool:
    """Whether the object of the predicate ``v`` calls the harm self-inflicted
    (``self_inflicted`` in data/persons.json)."""
    said = wordset("persons", "self_inflicted", "words")
    for c in v.children:
        if c.dep_ in ("prep", "dobj", "agent"):
            text = v.doc[c.left_edge.i:c.right_edge.i + 1].text.lower()
            if any(x in text for x in said):
                return True
    return False


def _died_otherwise(v: Token) -> bool:
    """Whether the verb of a death tells another cause in a preposition's object ('died in
    a car crash', 'was killed in a collision'; data/persons.json ``other_deaths``)."""
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in words().other_deaths
                                        for o in c.children) for c in v.children)


def _in_condition(v: Token) -> str | None:
    """'in critical condition' on the clause of ``v``: the condition word."""
    lx = lexicon()
    for c in v.subtree:
        if c.lemma_.lower() == "condition" and c.head.lower_ in ("in", "to") or c.lemma_.lower() == "condition" \
                and c.dep_ in ("attr", "dobj"):
            for a in c.children:
                if a.lower_ in lx.conditions and a.lower_ not in ("unknown", "undisclosed"):
                    return a.lower_
                if a.dep_ == "amod" and a.lower_ in ("life", "non"):
                    continue
    return None


def _climb(s: Token) -> Token:
    """The token that stands for ``s`` in its clause: coordinated people share their
    first member's predicate ('Ortiz and Lee were wounded')."""
    joined = False
    for _ in range(6):
        if s.dep_ == "conj" and s.head.pos_ in ("PROPN", "NOUN", "PRON") and s.head.i != s.i:
            s, joined = s.head, True
            continue
        if joined and _home_town_of(s):
            # 'Ana Ruiz, 22, of Salem, Lee Park, 30, of Dover and Sam Ortiz, 41, died': the
            # parser joins each next name to the town before it, not to the name the town is of
            s = s.head.head
            continue
        if s.dep_ == "appos" and s.pos_ == "PROPN" and s.head.pos_ == "PROPN" and (
                s.head.ent_type_ == "PERSON" or _aged_name(s.head)):
            # 'Ana Ruiz, 22, Lee Park, 30, and ...': a list the parser hangs as appositions,
            # its first name a person by the recogniser or by the age after it
            s = s.head
            continue
        if joined and s.dep_ == "appos" and s.pos_ == "NOUN" and s.lemma_.lower() in lexicon().person_group \
                and s.head.pos_ == "PROPN" and _aged_name(s.head) and not any(c.dep_ == "prep" for c in s.children):
            # 'the victims are: Ana Ruiz, 21, Lee Park, 20, an unnamed boy, and Sam Ortiz, 20': the
            # list's unnamed member hangs as an apposition on the aged name before it, the next
            # name as a conjunct of that noun; not a noun that describes the name ('Ana Ruiz,
            # the mother of Lee Park, ...'). Session 63, careful reading round 144
            s = s.head
            continue
        break
    return s


def _home_town_of(t: Token) -> bool:
    """Whether ``t`` is the town after a named person's age ('Lee Park, 30, of Dover'): the
    object of a place preposition on a proper noun with an age in apposition, not a person."""
    p = t.head
    return (t.dep_ == "pobj" and t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and p.dep_ == "prep"
            and p.lower_ in words().place_prepositions and p.head.pos_ == "PROPN" and _aged_name(p.head))


def _aged_name(h: Token) -> bool:
    """Whether the proper noun ``h`` has an age in apposition ('Lee Park, 22,'), whatever the
    recogniser tags the name."""
    return any(c.dep_ == "appos" and c.i == h.i + 2 and c.text.isdigit() and _age_value(c) is not None
               for c in h.children)


def read_mention(h: Token, seen: set[int] | None = None, start: int | None = None) -> tuple[list[Fact], list[str]]:
    """(facts, describing nouns) a mention headed by ``h`` gives of its person; ``start``
    is where the name begins, for the words right before it ('suspect Dana Reyes')."""
    w = words()
    facts: list[Fact] = []
    desc = _describers_before(h, start)
    seen = set() if seen is None else seen
    if h.i in seen:
        return facts, []
    seen.add(h.i)
    s = _apposed(h, desc, w)
    facts.extend([*_press_credit(h, start), *_sought_facts(h)])
    _copula(h, seen, desc, facts)
    s = _climb(s)
    if s is not h and h.pos_ == "PROPN" and s.pos_ == "NOUN" and s.i + 1 < h.i and h.doc[s.i + 1].text == "," and \
            _noun_role(s.lemma_.lower(), s.lower_) in ("victim", "suspect"):
        # 'were the victims, Ana Ruiz and Lee Park': the parser joins the names to the noun
        # as conjuncts where they stand in apposition with it
        desc.append(s)
    if s is not h and h.pos_ == "PROPN" and s.dep_ == "attr" and (
            s.pos_ == "PROPN" or s.lemma_.lower() in lexicon().person_group
            or _noun_role(s.lemma_.lower(), s.lower_) is not None):
        # 'the dead man was her son, Sam Ortiz', 'Killed were Ana Ruiz, Lee Park and ...'; not
        # a name the parser hangs on another attribute ('there was one shot, said Lt. X')
        _copula(s, seen, desc, facts)
    if s is not h and s.dep_ == "appos" and s.head.pos_ == "NOUN" and s.head.i < s.i:
        # 'the injured victims, Ana Ruiz, Lee Park and Sam Ortiz, were taken ...': the last
        # of a list hangs on the first, which stands in apposition with the noun; a noun in the
        # singular is the first name's alone ("Kim's mother, Ana Ruiz, and Lee Park")
        if s.head.tag_ != "NN":
            desc.append(s.head)
        s = _climb(s.head)
    v = s.head
    if s is not h and s.dep_ == "nsubj" and v.lemma_ == "be":
        desc.extend(_predicate_nouns(v))  # 'her son, Sam Ortiz, was one of the victims' / 'was among the dead'
    # 'police identified the victim as Sam Ortiz', 'the man was identified as Sam Ortiz'
    idv = _naming_verb(v) if s.dep_ == "pobj" and v.lower_ == "as" else None
    if idv is not None:
        for r in (r for r in idv.children if not _self_named_kin(r, idv, w, desc)):  # 'a cousin of one of ...'
            c = _relative_noun(r)
            if r.dep_ in ("nsubjpass", "dobj") and c.i != s.i and (c.pos_ in ("NOUN", "PRON") or c.lower_ in w.partitives) and (
                    idv.i == v.head.i or _names_a_participant(c, seen) or _kind_noun_named(c, v)
                    or _one_of_participants(c, v)):
                desc.append(c)
                facts.extend(_referent_facts(c, seen, s.i == h.i and len(seen) == 1))  # (A, not B)
        facts.extend(x for r in idv.children if r.i != s.i for x in _participle_group_facts(r, v, idv, seen))
        n = idv.head if idv.dep_ == "acl" else h.doc[idv.i - 2] if idv.dep_ == "advcl" and idv.i >= 2 \
            and h.doc[idv.i - 1].text == "," else None
        if n is not None and n.pos_ == "NOUN" and n.i < idv.i and not any(
                c.dep_ in ("nsubjpass", "dobj") for c in idv.children):
            # 'the suspect, identified as Sam Ortiz, was booked', 'police chased the suspect,
            # identified as Sam Ortiz': the participle names the noun before it (the parser
            # hangs it on the noun or on the verb), whose clause says what happened to them;
            # taken only when the noun or its clause makes a victim or a suspect ('struck his
            # daughter, identified as ...' is read by 'identified_as', not as a relative)
            of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                       and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)), None)
            if n.lemma_.lower() in w.death_nouns and of is not None:
                # 'the attempted murder of the boy's mother, identified as X': the participle
                # names the noun after 'of', on which the parser does not hang it (session 60,
                # careful reading round 100)
                desc.extend(g for g in of.children if g.dep_ == "pobj")
                facts.extend(_object_of_facts(of, w))
            elif _names_a_participant(n, seen):
                desc.append(n)
                facts.extend(read_mention(n, seen)[0])
    elif s.dep_ in ("dobj", "nsubjpass") and v.lemma_.lower() in w.identify:
        # 'identified Sam Ortiz as the shooter', 'Sam Ortiz was named as a suspect' (a
        # passive takes a noun only)
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                for g in c.children:
                    if g.dep_ == "pobj" and (s.dep_ == "dobj" or g.pos_ == "NOUN"):
                        desc.append(g)
                        facts.extend(read_mention(g, seen)[0])
    elif s.dep_ == "oprd" and v.lemma_.lower() in w.identify and v.dep_ == "acl" and v.head.pos_ == "NOUN":
        # 'a driver named Sam Ortiz was hurt': the name is the noun's, and so its clause
        desc.append(v.head)
        facts.extend(read_mention(v.head, seen)[0])
    elif s.dep_ in ("nsubj", "nsubjpass") and (ov := _object_left_behind(s, w)) is not None:
        facts.extend(_object_facts(s, ov, ov.lemma_.lower(), w))  # 'The man police believe shot and killed A has been charged'
    elif s.dep_ in ("nsubj", "nsubjpass", "dobj") and not _label_before(s, v) and not _suspect_label_object(s, v):
        facts.extend(_subject_facts(s, v))
        if s.dep_ in ("nsubj", "nsubjpass"):
            facts.extend(_conjoined_facts(s, v, w))
    elif s.dep_ == "pobj" and not _split_possessive(h):
        facts.extend(_pobj_facts(v, seen, w, s is not h, _one_known(h)))
    elif s.dep_ == "poss":
        facts.extend(_possessor_facts(s.head, w))
    facts.extend([*_second_possessor_facts(h, w), *_relative_clause_facts(h, s, w), *_left_in_state(h, s, w)])
    if not any(f.outcome == "killed" for f in facts):
        facts.extend(_among_the_dead_of(h, w))
    return facts, _described_roles(desc, s, facts, w)


#: the links a name may climb to the phrase it stands in ('the bodies of A, his wife, B, and their
#: children, C and D': B through 'wife', C and D through 'children')
_PHRASE_LINKS = ("appos", "conj", "nmod", "compound")


def _among_the_dead_of(h: Token, w: Words) -> list[Fact]:
    """'found the bodies of Ray Holt, his wife, Ana Holt, and their two children, Cy and Bo':
    a name that stands, through appositions and coordinated nouns, in the object of a noun of
    death or of the dead ('bodies of', 'deaths of': data/persons.json ``death_nouns``), or in a
    noun the parser coordinates with such a noun ('The bodies of A and their three daughters --
    B, C and D -- were found'), is one of the dead, as the first name is. Not through a
    preposition of its own ('the murder of Ana Ruiz, the wife of Lee Park': Park is the wife's).
    Session 50, issue 13."""
    t = h
    for _ in range(8):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in w.death_nouns \
                and t.head.head.pos_ == "NOUN" and t is not h:
            return [_fact("victim", "killed", t.head.head)]
        if t.dep_ == "conj" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in w.death_nouns and t.pos_ == "NOUN":
            return [_fact("victim", "killed", t.head)]
        if t.dep_ not in _PHRASE_LINKS or t.head.i == t.i or t.head.pos_ not in ("PROPN", "NOUN"):
            return []
        t = t.head
    return []


def _split_possessive(h: Token) -> bool:
    """Whether the name ending at ``h`` is a possessor whose apostrophe the tokenizer split
    off ('the death of Ivo Banks’ brother': the brother died; ``split_possessives`` in
    data/grammar.json): an apostrophe token after a name ending in s, a common noun after it."""
    doc, k = h.doc, h.i + 1
    return h.lower_.endswith("s") and k + 1 < len(doc) and doc[k].text in wordset("grammar", "split_possessives") \
        and doc[k + 1].pos_ == "NOUN" and doc[k + 1].is_lower


def _participle_group_facts(r: Token, as_: Token, idv: Token, seen: set[int]) -> list[Fact]:
    """'identified one of two bystanders injured as A': the parser hangs 'as' on the group's
    participle; the group, which the naming verb's partitive object ``r`` takes with 'of',
    says what happened to her. Session 35, age52, from the even half."""
    g = as_.head.head
    if r.dep_ != "dobj" or r.lower_ not in words().partitives or g.i == idv.i or not any(
            p.dep_ == "prep" and p.lower_ == "of" and g.head.i == p.i and g.dep_ == "pobj" for p in r.children):
        return []
    return read_mention(g, set(seen))[0]


def _left_in_state(h: Token, s: Token, w: Words) -> list[Fact]:
    """'the fight that left Ana Ruiz, 61, and Lee Park, 10, dead': the casualty adjective the
    parser hangs on the name after it (past its age) instead of on the verb whose object the
    name (``s``, the first of its list) is."""
    for c in h.children:
        if c.dep_ == "amod" and h.i < c.i <= h.i + 5 and c.lower_ in w.casualty_adjectives and (
                s.dep_ == "dobj" or h.doc[c.i - 1].text == "," and s.dep_ == "nsubj" and s.head.i > c.i):
            return [_fact("victim", _adjective_outcome(c, w), c)]
    return []


def _pobj_facts(v: Token, seen: set[int], w: Words, climbed: bool, named: bool) -> list[Fact]:
    """What the preposition ``v`` a mention is the object of says of it: one of a group
    ('three others, including Ana Ruiz, were hurt') shares the group's clause; names the
    parser hangs on the source of 'according to' ('According to Hale, Ana Ruiz, 30, and Lee
    Park, 21, are charged with ...'; ``climbed``: the mention reached ``v`` through them) are the
    subject of the sentence's verb when it has none; else :func:`_object_of_facts`. A member
    described without a name ('including a 19-year-old') is left to :func:`_unnamed` (one of several)."""
    if named and v.lower_ == "including" and (g := _group_of(v)) is not None and g.i not in seen:
        return read_mention(g, seen)[0]
    root = v.head.head
    if climbed and v.lower_ == "to" and v.head.lower_ == "according" and root.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return _clause_facts(v, root, "nsubjpass" if any(c.dep_ == "auxpass" for c in root.children) else "nsubj")
    return _object_of_facts(v, w)


def _one_known(h: Token) -> bool:
    """Whether the mention ``h`` is a particular person, whose group's clause is theirs
    ('including Ana Ruiz'; 'five died, including the gunman, identified as
    A': the gunman is A; session 35, age52, from the even half), not one of many ('including a
    19-year-old': left to :func:`_unnamed`)."""
    return h.pos_ == "PROPN" or h.pos_ == "NOUN" and h.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in h.children)


def _group_of(inc: Token) -> Token | None:
    """The group noun 'including' at ``inc`` takes a member of ('three others, including ...'),
    hung on the noun or on the verb whose subject or object the group is ('were hurt, including ...')."""
    hd = inc.head
    if hd.pos_ in ("NOUN", "PRON", "NUM") and hd.i < inc.i:
        return hd
    if hd.pos_ in ("VERB", "AUX"):
        return next((c for c in hd.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.i < inc.i
                     and c.pos_ in ("NOUN", "PRON", "NUM") and c.tag_ in ("NNS", "CD", "PRP")), None)
    return None


def _self_named_kin(r: Token, idv: Token, w: Words, desc: list[Token]) -> bool:
    """Whether ``r`` is the reflexive object of the naming verb ``idv`` of a speaker who names
    himself or herself as someone's relative or friend ('a cousin of one of the dead men, who
    gave his name as Leo Ruiz'), in a relative clause the parser hangs on the group after 'of':
    the kin noun ('friend', 'cousin') heading that 'of' phrase is then added to ``desc``, and
    nothing of the group is read for the name (fix43, careful reading round 40: a quoted friend
    read as a victim)."""
    if r.dep_ != "dobj" or r.tag_ != "PRP" or not r.lower_.endswith("self") or idv.dep_ != "relcl":
        return False
    n = idv.head
    while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        n = n.head.head
        if n.pos_ == "NOUN" and n.lemma_.lower() in w.others["relative"]:
            desc.append(n)
            return True
    return False


def _relative_noun(c: Token) -> Token:
    """The noun a relative pronoun that is a naming verb's subject or object stands for ('the
    suspects, who were identified as A and B': 'suspects'; careful reading round 32), else
    ``c``. The noun is returned only when it heads the relative clause."""
    idv = c.head
    if c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubjpass", "dobj") and idv.dep_ == "relcl" and idv.head.pos_ == "NOUN":
        return idv.head
    return c


def _kind_noun_named(n: Token, as_: Token) -> bool:
    """Whether the noun ``n``, a naming verb's object, is a person of another kind (an officer,
    a neighbour, a relative) whom the name after ``as_`` names, though the parser hangs 'as' on
    the relative clause of ``n`` that tells what they did ('identified the officer who shot at
    the man as Ray Dunn': Dunn is the officer, not one the clause's verb was done to). Session
    58, from the odd half's people extras (an officer who fired read as the dead)."""
    return n.pos_ == "NOUN" and as_.head.dep_ == "relcl" and as_.head.head.i == n.i \
        and _noun_role(n.lemma_.lower(), n.lower_) is not None


def _one_of_participants(n: Token, as_: Token) -> bool:
    """Whether the naming verb's object ``n`` is a partitive ('one', data/persons.json partitives)
    of victims or suspects that the 'as' hangs on ('identified one of the shooters as Ray Dunn',
    where the parser makes 'as' a modifier of 'shooters'). Session 59, from careful reading
    round 93 (a named shooter shown as a wounded victim by his age)."""
    return n.lower_ in words().partitives and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            g.i == as_.head.i and _noun_role(g.lemma_.lower(), g.lower_) in ("victim", "suspect") for g in p.children)
        for p in n.children)


def _names_a_participant(n: Token, seen: set[int]) -> bool:
    """Whether the noun ``n`` or its clause makes a victim or a suspect ('the boy who
    died', 'the suspect'), not a relative or an official ('the gunman's sister')."""
    return _noun_role(n.lemma_.lower(), n.lower_) in ("victim", "suspect") or any(
        f.role in ("victim", "suspect") for f in read_mention(n, set(seen))[0])


def _referent_facts(n: Token, seen: set[int], first: bool = False) -> list[Fact]:
    """The facts of the noun or pronoun a naming verb names ('identified them as A and B',
    'the officers were identified as A and B'): its own, or, where they make it neither a
    victim nor a suspect, those of the mention it refers back to in its sentence or the two
    before (:func:`_antecedent`): 'three men were arrested ... They were identified as'; for
    the first name a singular noun is named as (``first``), the nearest earlier mention of its
    noun ('the woman who shot her brother ... identified the woman as A, and her brother B': A only)."""
    if (said := _pronoun_antecedent(n)) is not None:
        got = [f for f in read_mention(said, set(seen))[0] if f.role in ("victim", "suspect")]
        if got:
            return got
    facts = read_mention(n, seen)[0]
    if any(f.role in ("victim", "suspect") for f in facts):
        return facts
    ante = _antecedent(n) or (_singular_antecedent(n) if first else None)
    if ante is None:
        return facts
    got = read_mention(ante, set(seen))[0]
    return [f for f in got if f.role in ("victim", "suspect")] or facts


def _pronoun_antecedent(n: Token) -> Token | None:
    """The described person a singular pronoun a naming verb names stands for ('the name of the
    man who shot a deputy and then took his own life was released. The coroner identified him as
    A'): the nearest singular noun of a person before it, in its sentence or the one before, that
    is no part of another's phrase ('the man', not 'a deputy' in the man's clause), of the
    pronoun's gender or none, with no name after it (a name may be what the pronoun stands
    for). Session 41, role59 (issue 13), from the even half: the gunman so named read as the
    victim a coroner names."""
    pron = load("grammar")["naming_pronouns"]["genders"]
    if n.pos_ != "PRON" or n.lower_ not in pron:
        return None
    lex, doc = lexicon(), n.doc
    lo = sent_of(n).start
    lo = sent_of(doc[lo - 1]).start if lo > 0 else lo
    nouns = [t for t in doc[lo:n.i] if t.tag_ == "NN" and (
        t.lemma_.lower() in lex.person_group or _noun_role(t.lemma_.lower(), t.lower_) in ("victim", "suspect"))]
    outer = [t for t in nouns if not any(c.i < t.i <= c.right_edge.i for c in nouns)]
    if not outer or any(t.ent_type_ == "PERSON" for t in doc[outer[-1].i:n.i]):
        return None
    t = outer[-1]
    return None if t.lemma_.lower() in (lex.female if pron[n.lower_] == "male" else lex.male) else t


def _two_sentences_back(t: Token) -> int:
    """The first token of the sentence two before ``t``'s (as far back as there is one), where
    the readings of an earlier mention start looking."""
    doc, lo = t.doc, sent_of(t).start
    for _ in range(2):
        if lo > 0:
            lo = sent_of(doc[lo - 1]).start
    return lo


def _antecedent(n: Token) -> Token | None:
    """The earlier mention a plural pronoun ('they', 'them') or a definite plural noun ('the
    men', 'the officers') stands for: for the pronoun, the nearest plural noun of a person before it;
    for the noun, the nearest earlier one of its lemma that makes a victim or a suspect ('the
    officers' injuries' is passed over); in its sentence or the two before, and only when that
    mention counts the group and makes it victims or suspects."""
    if not (n.pos_ == "PRON" and n.lower_ in ("they", "them") or n.tag_ == "NNS" and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in n.children)):
        return None  # a singular noun names one, where a list may follow ('the woman as A, and her son B')
    if _noun_role(n.lemma_.lower(), n.lower_) in ("victim", "suspect"):
        return None  # 'identified the victims as': the noun says who they are
    for t, told in _earlier_mentions(n):
        # a group counted where it is told ('three men were arrested', 'wounding two
        # officers'), not one the article went on to tell apart ('the boys' after 'the
        # older boys', one of whom shot the others)
        if told and any(c.dep_ == "nummod" for c in t.children):
            return t
        if told or n.pos_ == "PRON":
            return None  # the nearest group is no one shot or accused (police, relatives) or not counted
    return None


def _singular_antecedent(n: Token) -> Token | None:
    """The earlier mention a definite singular noun of a person ('the woman') stands for: the
    nearest one of its lemma before it, in its sentence or the two before, that makes a victim
    or a suspect ('The woman who shot her brother was named. Deputies identified the woman
    as ...'); none when the nearest one makes neither."""
    if n.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in n.children) \
            or _noun_role(n.lemma_.lower(), n.lower_) in ("victim", "suspect"):
        return None
    return next((t if told else None for t, told in _earlier_mentions(n)), None)


def _earlier_mentions(n: Token) -> Iterator[tuple[Token, bool]]:
    """The earlier mentions ``n`` may refer back to (:func:`_may_refer`), nearest first, in its
    sentence or the two before, each with whether it makes a victim or a suspect."""
    doc = n.doc
    for i in range(n.i - 1, _two_sentences_back(n) - 1, -1):
        if _may_refer(doc[i], n):
            yield doc[i], any(f.role in ("victim", "suspect") for f in read_mention(doc[i])[0])


def _may_refer(t: Token, n: Token) -> bool:
    """Whether ``t`` may be what ``n`` refers back to: a plural noun of a person for a
    pronoun, a noun of the same lemma for a noun."""
    if n.pos_ == "PRON":
        return t.tag_ == "NNS" and (t.lemma_.lower() in lexicon().person_group or _noun_role(
            t.lemma_.lower(), t.lower_) in ("victim", "suspect"))
    return t.pos_ == "NOUN" and t.lemma_ == n.lemma_


def _naming_verb(as_: Token) -> Token | None:
    """The naming verb ('identify', 'name') an 'as' gives the name of: its head, or, where
    the parser hangs 'as' inside the verb's object ('named the gunman in Friday's robbery as
    X', 'identified the boy who died as X'), the verb a few steps up
    (``identify_as_hops`` in data/grammar.json; at most five steps)."""
    hops = wordset("grammar", "identify_as_hops", "labels")
    t = as_
    for _ in range(5):
        if t.head.i == t.i:
            return None
        if t is not as_ and t.dep_ not in hops:
            return None
        t = t.head
        if t.lemma_.lower() in words().identify:
            return t
    return None


def _describers_before(h: Token, start: int | None) -> list[Token]:
    """The describing words among the three nouns, proper nouns or adjectives right before a
    name that begins at ``start`` ('suspect Dana Reyes'); none without ``start``."""
    desc: list[Token] = []
    if start is not None:
        k = start - 1
        while k >= 0 and start - k <= 3 and h.doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and h.doc[k].ent_type_ != "PERSON":
            if _describer(h.doc[k]) and not _of_another(h.doc[k], h):
                desc.append(h.doc[k])
            k -= 1
    return desc


def _of_another(d: Token, h: Token) -> bool:
    """Whether the noun ``d`` right before the name headed by ``h`` ends an 'of' phrase of
    another noun and the name is not part of it: 'the uncle of a victim Rita Soule said'
    (the parser makes 'victim' the object of 'of' and the name the subject of 'said'): the
    victim is the uncle's kin, not the name (careful reading round 42: a speaking aunt read
    as wounded). 'the mother of victim Rita Soule' keeps it (the name is in the phrase)."""
    return d.dep_ == "pobj" and d.head.lower_ == "of" and d.head.head.pos_ == "NOUN" and \
        h.i not in {t.i for t in d.subtree} and h.dep_ in ("nsubj", "nsubjpass", "appos")


def _kin_named_after(c: Token) -> bool:
    """Whether the noun ``c`` the parser sets in apposition with a name is another person's,
    named with it: 'Ed Roy, his wife Ida Roy, and their son' ('his wife' is Ida Roy; his is Ed
    Roy's), a noun with a possessive pronoun and a name of its own."""
    return c.i > c.head.i and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) and any(
        g.dep_ in ("appos", "compound") and g.pos_ == "PROPN" and g.ent_type_ == "PERSON" for g in c.children)


def _apposed(h: Token, desc: list[Token], w: Words) -> Token:
    """Adds to ``desc`` the nouns in apposition with the mention or compounded before it
    ('the suspect, Dana Reyes,', 'gunman Lee Park', 'Officer Ray Dunn'); returns the token
    that stands for the mention in its clause (the noun a name is in apposition with)."""
    s = h
    if h.dep_ == "appos" and (owner := _charged_noun_of_event(h.head, w)) is not None:
        # 'The other man charged with the shooting, 19-year-old Tom Reyes, was ...': the parser
        # sets the name beside the event noun; it names the noun whose clause that noun ends
        desc.append(owner)
        s = owner
    elif h.dep_ == "appos" and h.head.pos_ in ("NOUN", "PROPN"):
        desc.append(h.head)
        s = h.head
    elif h.dep_ == "appos" and h.head.lower_ in w.partitives and h.head.i < h.i:
        # 'one of the suspects, Dana Reyes, was arrested': the group is what she is, and the
        # clause of 'one' is hers
        group = [g for c in h.head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        if group:
            desc.extend(group)
            s = h.head
    for c in h.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and not _kin_named_after(c):
            desc.append(c)
            desc.extend(g for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN")
        elif c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" and c.i < h.i:
            desc.append(c)
        elif c.dep_ == "appos" and c.lower_ in w.partitives and c.i > h.i:
            # 'Lee Park, one of the two officers to die,': the group the name is one of
            desc.extend(g for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                        for g in o.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    for c in h.lefts:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ in w.others["official"] | w.officers:
            desc.append(c)  # 'Officer Ray Dunn': tagged as part of the name
    return s


def _press_credit(h: Token, start: int | None) -> list[Fact]:
    """Whether an outlet's possessive names the person as press ("News 4's Jo Kent"), on the
    name's head or, where the parser hangs the outlet elsewhere, right before the name."""
    doc = h.doc
    for c in h.children:
        if c.dep_ == "poss" and c.i < h.i and _outlet(list(c.subtree)):
            return [_fact("other:press", None, c)]
    if start is not None and start >= 2 and doc[start - 1].lower_ in ("'s", "’s") and \
            _outlet(list(doc[max(sent_of(h).start, start - 4):start - 1])):
        return [_fact("other:press", None, doc[start - 2])]
    return []


def _copula(h: Token, seen: set[int], desc: list[Token], facts: list[Fact]) -> None:
    """'X is the suspect', 'the victim was X', 'X was one of the victims': the nouns on the
    other side of 'be' describe the person, and a subject noun's facts are theirs (its
    suspect role only when the noun itself names a suspect)."""
    if h.dep_ in ("nsubj",) and h.head.lemma_ == "be":
        desc.extend(_predicate_nouns(h.head))
    if h.dep_ == "attr" and h.head.lemma_ == "be":
        subj = [c for c in h.head.children if c.dep_ in ("nsubj",) and c.pos_ == "NOUN"]
        for c in subj:
            desc.append(c)
            f, _ = read_mention(c, seen)
            facts.extend(x for x in f if x.role != "suspect" or _noun_role(c.lemma_.lower(), c.lower_) == "suspect")
        for c in h.head.children:
            if c.dep_ == "nsubj" and c.i < h.i and c.pos_ in ("VERB", "ADJ", "PROPN") and c.lower_ in words().casualty_adjectives:
                # 'Injured were Ana Ruiz and Lee Park': the parser makes the participle the subject
                # (tagged a name where it opens a paragraph)
                facts.append(_fact("victim", words().casualty_adjectives[c.lower_], c))
        be = h.head
        if be.dep_ in ("aux", "auxpass") and be.head.i < be.i and be.head.lower_ in words().casualty_adjectives:
            # 'Killed were Ana Ruiz and Lee Park', parsed with the names on the auxiliary
            facts.append(_fact("victim", words().casualty_adjectives[be.head.lower_], be.head))


def _subject_facts(s: Token, v: Token) -> list[Fact]:
    """:func:`_clause_facts` of ``s`` and its verb ``v``, or of the act a passive of belief
    names ('Dirk Lund is believed to have killed his wife': the act is his; careful reading
    round 41, a father who killed his family read as one of the dead)."""
    b = _believed_to(v) if s.dep_ == "nsubjpass" else None
    return _clause_facts(s, b, "nsubj") if b is not None else _clause_facts(s, v)


def _believed_to(v: Token) -> Token | None:
    """The verb with an object that the passive of belief ``v`` takes ('is believed to have
    killed his wife', 'is thought to have shot them'), else None."""
    if v.lemma_.lower() not in ("believe", "think", "suspect"):
        return None
    return next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and _has_object(c) is not None), None)


def _label_before(s: Token, v: Token) -> bool:
    """Whether the subject ``s`` is a label a colon ends before its verb ``v`` ('Ana Ruiz:
    Visitation will be held Monday'), where the verb has a subject of its own after the colon
    (careful reading round 41: a name on a funeral page read as held); not a subject then."""
    if s.dep_ not in ("nsubj", "nsubjpass"):
        return False
    colon = next((t for t in s.doc[s.i + 1:v.i] if t.text == ":"), None)
    if colon is not None and any(c.dep_ in ("nsubj", "nsubjpass") and colon.i < c.i < v.i for c in v.children):
        return True
    # a name called out before a speaker's own 'I' ('"Mo, I am hurt -- I got shot in the foot!"'),
    # which the parser makes a second subject of the verb: the one spoken to, no subject (session
    # 60, careful reading round 99: a clerk read as shot through a co-worker's cry to him)
    return s.i + 1 < len(s.doc) and s.doc[s.i + 1].text == "," and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > s.i and c.lower_ in wordset("grammar", "speaker_pronouns")
        for c in v.children)


def _suspect_label_object(s: Token, v: Token) -> bool:
    """Whether the object ``s`` of a gerund ``v`` is a name the gerund only labels, through a
    suspect's noun between them: 'Maryland shooting suspect Ana Ruiz.' (a photo caption the
    parser reads as a clause, 'Maryland' shooting the suspect); the noun phrase names the one
    who shot, not one shot. (Session 59, from the people rows of a gva-dev page: an arrested
    gunman shown dead.)"""
    if s.dep_ != "dobj" or v.tag_ != "VBG" or v.i + 1 >= s.i or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    d = s.doc[v.i + 1]
    return d.dep_ == "compound" and d.head.i == s.i and _noun_role(d.lemma_.lower(), d.lower_) == "suspect"


def _sought_facts(h: Token) -> list[Fact]:
    """A suspect's role for a name listed after a search (:func:`_sought_before`; careful
    reading round 41: two sought suspects read as wounded by their ages)."""
    v = _sought_before(h)
    return [] if v is None else [_fact("suspect", None, v)]


def _sought_before(h: Token) -> Token | None:
    """'Deputies are searching for two more men. Those are Ivo Brandt and Lee Roe': the verb
    of seeking (``sought_verbs``, or 'look for') of the sentence before one whose subject is a
    bare 'those', 'these' or 'they' and whose 'be' names ``h`` after it; None if there is none."""
    sent = sent_of(h)
    be = sent.root
    if be.lemma_ != "be" or h.i < be.i or not any(c.dep_ == "nsubj" and c.lower_ in ("those", "these", "they")
                                                  for c in be.children):
        return None
    if sent.start == 0:
        return None
    before = sent_of(be.doc[sent.start - 1])
    return next((t for t in before if t.pos_ == "VERB" and (t.lemma_.lower() in words().sought or t.lemma_.lower() == "look"
                                                            and any(c.lower_ == "for" for c in t.children))), None)


def _tied_to_event(v: Token) -> bool:
    """Whether the clause of ``v`` ties it to the event in words ('in connection with the
    homicide', 'in connection to the shooting'): a negated arrest so tied says the person is
    no suspect of it (session 57, careful reading round 83: a man held on drug charges, 'not
    arrested in connection to the homicide', shown a suspect)."""
    return any(c.lower_ == "connection" and c.head.lower_ == "in" for c in v.subtree)


def _conjoined_facts(s: Token, v: Token, w: Words) -> list[Fact]:
    """Facts of verbs coordinated with the subject's verb that have no subject of their own
    ('was shot and later died', 'fled and was arrested', 'ran off and was being sought')."""
    out = []
    if v.lemma_.lower() in lexicon().reporting and any(c.dep_ == "ccomp" for c in v.children):
        # 'Coroner Al Ruiz confirmed the boy was shot and died hours later': the parser hangs
        # the report's second verb on the reporting verb; it tells of the one reported on
        return out
    for c in v.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and not _plural_verb(s, c):
            lem = c.lemma_.lower()
            # a negated one: 'was questioned but has not been charged' is still the suspect,
            # 'was in the house but was not hurt' tells no harm ('did not survive' does)
            negated = any(g.dep_ == "neg" for g in c.children) and lem not in ("survive", "make")
            if lem in w.arrest_verbs and any(g.dep_ == "auxpass" for g in c.children) or \
                    _arrest_phrase(c) and s.dep_ == "nsubj":
                out.append(_fact("suspect", None if negated else "arrested", c))
            elif negated:
                continue
            elif lem in w.sought and any(g.dep_ == "auxpass" for g in c.children):
                out.append(_fact("suspect", None, c))  # 'ran off and was still being sought'
            else:
                m = _casualty(predicate_measure(c))
                if m and (any(g.dep_ == "auxpass" for g in c.children) or m == "killed" and _shared_passive(v, c)
                          or lem in ("die", "succumb", "perish")):
                    out.append(_fact("victim", m, c))
                elif m is None and _lived(c, w) and _casualty(predicate_measure(v)) in ("injured", "shot"):
                    # 'was hit in the hip and should recover fully'
                    out.append(_fact("victim", "injured", c))
    return out


def _joined(v: Token, c: Token) -> bool:
    """Whether the verb ``c`` the parser coordinates with ``v`` is joined to it by a word or a
    comma between them ('was shot and died', 'fled, was caught'), not a verb of a clause that
    only follows ('Ray stepped out to think of his aunt, who he heard was shot': 'was shot'
    is the aunt's, hung on 'stepped' by a parse slip)."""
    return any(g.dep_ in ("cc", "punct") and v.i < g.i < c.i for g in (*v.children, *c.children))


def _conjoined_acts(s: Token, v: Token, w: Words) -> list[Fact]:
    """What a harm verb coordinated with the active verb ``v`` of the subject ``s``, with no
    subject of its own, says of ``s`` ('Ray Dunn walked into the kitchen and shot his wife':
    the act is his, as in :func:`_clause_facts`' subject branch); not where ``v`` is itself
    such a verb (read there already: 'shot and killed his wife'), nor a blow verb ('grabbed
    his son and hit the floor'), nor a harm to oneself ('took the gun into the bedroom and
    shot himself', left to the self-harm readings: on the odd half it made a child who shot
    herself the suspect)."""
    if s.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in v.children) or v.lemma_.lower() in w.harm | w.fire:
        return []
    if v.lemma_.lower() in lexicon().reporting:
        return []  # 'Ana Ruiz said and ...': a report's verbs tell of someone else (:func:`_conjoined_facts`)
    blows = wordset("persons", "blow_not_shot", "lemmas")
    out = []
    for c in v.children:
        lem = c.lemma_.lower()
        if c.dep_ != "conj" or c.pos_ != "VERB" or lem not in w.harm | w.fire or lem in blows or not _joined(v, c):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass", "auxpass", "neg") or g.dep_ == "dobj" and g.lower_ in w.selves
               for g in c.children) or _threatened(c):
            continue
        out.extend(_clause_facts(s, c, "nsubj"))
    return out


def _shared_passive(v: Token, c: Token) -> bool:
    """Whether the participle ``c`` coordinated with the passive verb ``v`` shares its
    auxiliary ('was taken to a hospital and pronounced dead': 'pronounced' has no 'was' of
    its own; the tagger may take it for a past tense). Taken for a death only: 'were hurt and
    then driven to a hospital' says no more than its first verb (and counted twice it outweighed
    a suspect's arrest on the odd half). Session 35, age52, from the even half."""
    return c.tag_ in ("VBN", "VBD") and any(g.dep_ == "auxpass" for g in v.children) and not any(
        g.dep_ in ("aux", "auxpass") for g in c.children)


def _plural_verb(s: Token, c: Token) -> bool:
    """Whether the verb ``c`` coordinated with the clause of ``s`` has a plural auxiliary of
    its own while ``s`` is one person ('Spokeswoman Ada Vance confirmed one man and one woman
    were found dead': the parser hangs 'were found' on 'confirmed'; its subject is the pair)."""
    return s.tag_ in ("NNP", "NN") and not any(x.dep_ == "conj" for x in s.children) and any(
        g.dep_ in ("aux", "auxpass") and g.lower_ in ("were", "are") for g in c.children)


def _object_of_facts(p: Token, w: Words) -> list[Fact]:
    """What the noun a mention is the object of (through preposition ``p``) says of it:
    'a search for X' and 'a warrant for X' (suspect), 'shot by X' (suspect), 'the death of
    X', 'the shooting of X' (victim); 'fired at X' says nothing."""
    n = p.head
    nl = n.lemma_.lower()
    if p.lower_ == "for" and _a_search(n, w):
        return [_fact("suspect", None, n)]  # 'a search for X', 'a warrant for X', 'an arrest warrant for X'
    if p.dep_ == "agent" and n.lemma_.lower() in w.agent_harm:
        return [_fact("suspect", None, n)]
    if p.lower_ == "of" and nl in w.death_nouns:
        # 'the attempted murder of X' (data/casualty_patterns.json death_events not_done): X was
        # attacked and lived (session 60, careful reading round 100: a mother fighting for her
        # life shown dead)
        return [_fact("victim", "shot" if not_done(n) else "killed", n)]
    if p.lower_ == "of" and nl in w.harm_nouns and n.dep_ != "compound":
        fatal = any(a.lower_ in ("fatal", "deadly") for a in n.children)
        return [_fact("victim", "killed" if fatal else "shot", n)]
    if p.lower_ == "of" and nl in w.agent_nouns:
        return [_fact("victim", "killed", n)]
    return []


def _second_possessor_facts(h: Token, w: Words) -> list[Fact]:
    """"Ana Ruiz's death and Lee Park's days later": a second possessor that shares the
    first's noun, which the parser makes its head (a conjunct with its own "'s"), is told
    what that noun tells (:func:`_possessor_facts`). (Session 28, fixes39: a gunman's death
    told so read as no death, and his arrest in a case recalled as his outcome.)"""
    if h.dep_ == "conj" and h.head.pos_ == "NOUN" and any(c.dep_ == "case" for c in h.children) and any(
            c.dep_ == "poss" for c in h.head.children):
        return _possessor_facts(h.head, w)
    return []


def _possessor_facts(n: Token, w: Words) -> list[Fact]:
    """What the noun a mention possesses says of it: 'X's death' or 'X's body' (killed),
    'X's killer' (killed), 'X's shooting' (shot), 'X's arrest' (arrested, unless a record, or
    sought where it is what a warrant is for: 'a warrant for Holt's arrest')."""
    nl = n.lemma_.lower()
    if (nl in w.death_nouns or nl == "body") and not _where_in_body(n):
        return [_fact("victim", "shot" if nl != "body" and not_done(n) else "killed", n)]
    if nl in w.agent_nouns:
        return [_fact("victim", "killed", n)]
    if nl in w.harm_nouns and n.dep_ != "compound":
        return [_fact("victim", "shot", n)]
    if nl in ("arrest",) and n.dep_ == "pobj" and n.head.lower_ == "for" and _sought_for(n.head.head, w):
        return [_fact("suspect", None, n)]  # 'police obtained a warrant for Holt's arrest': sought, not held
    if nl in ("arrest",) and not _past_record(n):
        return [_fact("suspect", "arrested", n)]
    return []


def _a_search(n: Token, w: Words) -> bool:
    """Whether ``n`` is a word of looking for someone or a warrant ('a search', 'a hunt', 'a
    warrant', 'an arrest warrant'): what it is 'for' is sought."""
    return n.lemma_.lower() in ("look", "search", "hunt", "seek") or n.lemma_.lower() in w.sought_nouns or any(
        c.dep_ == "compound" and c.lemma_.lower() in w.sought_nouns for c in n.children)


def _sought_for(h: Token, w: Words) -> bool:
    """Whether ``h``, the head of a 'for', is a warrant or a search (:func:`_a_search`), or a
    verb whose subject or object is a warrant ('a warrant was issued for ...', 'police obtained
    a warrant for ...'): what it is for is sought, not done."""
    return _a_search(h, w) or h.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in w.sought_nouns for c in h.children)


def _where_in_body(n: Token) -> bool:
    """Whether the noun ``n`` ('body') tells where in a living body something is ('a pellet
    left in his body', 'fragments in a side of her body'; ``body_places`` in
    data/persons.json): no death."""
    d = load("persons")["body_places"]
    if n.lemma_.lower() not in d["nouns"] or n.dep_ != "pobj":
        return False
    p = n.head
    if p.lower_ == "of" and p.head.lemma_.lower() in d["parts"] and p.head.dep_ == "pobj":
        p = p.head.head
    return p.lower_ in d["prepositions"]


def _who_after_place(h: Token) -> list[Token]:
    """Relative clauses on 'who' that the parser hangs on the place after a name ('Ed Roy,
    16, of Elm Heights, who was arrested in ...', the clause on 'Heights'): a place is no
    'who', so the clause is the person's."""
    out = []
    for x in (h, *(c for c in h.children if c.dep_ == "appos")):
        for p in x.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for g in p.children:
                out.extend(c for c in g.children if c.dep_ == "relcl" and g.dep_ == "pobj" and g.ent_type_ in (
                    "GPE", "LOC", "FAC") and any(y.dep_ in ("nsubj", "nsubjpass") and y.lower_ == "who"
                                                 for y in c.children))
    return out


def _said_to_harm(c: Token, w: Words) -> Token | None:
    """'Ivo Brandt, who witnesses said shot two classmates, ...': the harm verb with an object
    that a relative clause of saying on a 'who' tells (careful reading round 42: a school
    shooter read as a victim), or the 'be' of a noun of a suspect it tells ('who police said was
    the gunman'); None otherwise."""
    rel = wordset("grammar", "relative_pronouns")
    if c.dep_ != "relcl" or c.lemma_.lower() not in lexicon().reporting or not any(
            t.lower_ in rel and t.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.i < c.i):
        return None
    for g in c.children:
        obj = _has_object(g) if g.dep_ in ("ccomp", "xcomp") and g.lemma_.lower() in w.harm else None
        if obj is not None and obj.lower_ not in w.selves and not any(
                x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in rel for x in g.children):
            return g
        if g.dep_ == "ccomp" and g.lemma_.lower() == "be" and not any(
                x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in rel for x in g.children) and any(
                x.dep_ == "attr" and x.lemma_.lower() in w.suspect for x in g.children):
            return g  # 'Ray Dunn, 20, who neighbors say was the shooter' (session 61, round 110)
    return None


def _root_name_harmed(s: Token, w: Words) -> Token | None:
    """'Ivo Brandt, 15, shot and killed two classmates in May': with no verb found for the
    sentence, the parser makes the name its root and hangs the verbs on it as a participle
    (or 'shot' as a noun); the harm verb with an object after it that is no time and no self
    is the name's own (careful reading round 42: a school shooter read as a victim by his age)."""
    if s.pos_ != "PROPN":
        return None
    if s.dep_ == "ROOT":
        heads = [c for c in s.children if c.dep_ in ("acl", "appos") and c.i > s.i]
    elif s.dep_ == "nsubj" and s.head.dep_ == "ROOT" and s.head.pos_ == "NOUN" and s.head.i > s.i:
        heads = [s.head]  # 'Ivo Brandt, 15, shot and killed ...' with 'shot' tagged a noun
    else:
        return None
    for c in heads:
        for v in (c, *(g for g in c.children if g.dep_ == "conj")):
            obj = next((g for g in v.children if g.dep_ == "dobj"), None)
            if v.pos_ == "VERB" and v.lemma_.lower() in w.harm and obj is not None and obj.ent_type_ not in (
                    "DATE", "TIME") and obj.lower_ not in w.selves:
                return v
    return None


def _relative_clause_facts(h: Token, s: Token, w: Words) -> list[Fact]:
    """Facts of a clause on the name: 'Sam Ortiz, who was shot in the chest,', 'Sam Ortiz,
    shot in the chest,' (victim), 'the man who shot her' (suspect), 'X, arrested ...'."""
    out = []
    if (v := _root_name_harmed(s, w)) is not None:
        out.append(_fact("suspect", None, v))
    # a clause after the name that the parser hung on the list member the name is joined to,
    # which the name's mention climbed past ('..., an unnamed girl, and X, 20, who neighbors say was
    # the shooter': :func:`_climb`)
    passed = [c for c in h.head.children if c.i > h.i] if h.dep_ == "conj" and h.head.i not in (s.i, h.i) else []
    for c in (*s.children, *(h.children if h.i != s.i else ()), *passed, *_who_after_place(h), *_clause_of_both(h)):
        if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX"):
            if any(g.dep_ == "neg" for g in c.children):
                continue
            if any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in wordset("grammar", "relative_pronouns")
                   for g in c.children):
                if (t := _said_to_harm(c, w)) is not None:
                    out.append(_fact("suspect", None, t))
                continue  # 'Ana Ruiz, the woman Lee is accused of killing,': the clause tells of Lee
            lem = c.lemma_.lower()
            obj = _has_object(c)
            if _took_own_life(c):
                out.extend(_suicide_facts(c, w))  # 'Ray Dunn, who took his own life once he had shot a clerk,'
            elif lem in w.harm and obj is not None and c.tag_ != "VBN" and obj.lower_ not in w.selves:
                out.append(_fact("suspect", None, c))
            elif c.dep_ == "relcl" and _fired(c, obj, w) and any(
                    g.dep_ == "nsubj" and g.lower_ in wordset("grammar", "relative_pronouns") for g in c.children):
                # 'the man who fired the shot', 'the man who opened fire', as the clause of a subject
                # reads (session 64, careful reading round 161: 556953's named man who fired, hurt
                # by his own shot, shown a victim only)
                out.append(_fact("suspect", None, c))
            elif lem in w.arrest_verbs and c.tag_ == "VBN" and _past_record(c):
                continue  # 'X, who has been arrested more than 20 times,': a record, no arrest now
            elif lem in w.arrest_verbs and c.tag_ == "VBN":
                out.append(_fact("suspect", "arrested", c))
            else:
                m = _casualty(predicate_measure(c))
                if m and (obj is None or lem in ("suffer", "sustain", "receive")):
                    out.append(_fact("victim", m, c))
                elif m is None and c.dep_ == "relcl" and _arrest_phrase(c) is not None and not _past_record(c) and any(
                        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in wordset("grammar", "relative_pronouns")
                        for g in c.children):
                    out.append(_fact("suspect", "arrested", c))  # 'X, who has pleaded not guilty,'
    return out


def _charged_noun_of_event(e: Token, w: Words) -> Token | None:
    """The noun of a person whose participle clause ends in the event noun ``e`` a name is set
    beside ('the other man charged with the shooting, Tom Reyes,': 'man'), or None: a name is no
    apposition of a shooting or a killing (data/persons.json ``harm_nouns``, ``death_nouns``).
    Session 59, from careful reading round 95 (a second man charged shown as a victim)."""
    if e.pos_ != "NOUN" or e.lemma_.lower() not in w.harm_nouns | w.death_nouns or e.dep_ != "pobj":
        return None
    acl = e.head.head
    if e.head.dep_ != "prep" or acl.dep_ != "acl" or acl.head.pos_ != "NOUN" or acl.head.i >= e.i:
        return None
    return acl.head


def _clause_of_both(h: Token) -> list[Token]:
    """The relative clause the parser hangs on the last of the names joined to ``h`` that says
    it is all of theirs ('identified the suspects as Carl Moss, 29, and Jon Walker, 22, who were
    both booked': 'both', 'all'): Moss was booked too. Session 59, from careful reading round
    93 (the first of two suspects booked shown unharmed)."""
    return [c for n in h.children if n.dep_ == "conj" and n.pos_ == "PROPN"
            for c in n.children if c.dep_ == "relcl" and any(g.lower_ in ("both", "all") for g in c.children)]


def _described_roles(desc: list[Token], s: Token, facts: list[Fact], w: Words) -> list[str]:
    """The lemmas of the describing nouns ('the suspect', 'the victim', 'his mother'), and
    adds to ``facts`` the role each names and the outcome of its adjectives and participles
    ('the slain teen', 'the man killed in ...')."""
    roles = []
    # 'one of the slain sailors has been named as ...': the group 'one' is picked from (its
    # adjectives and participles; a word of another role, 'one of the fallen officers', is the
    # group's, and an officer shot is a victim)
    groups = [g for d in desc if d.lower_ in w.partitives for c in d.children
              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    for d in (*desc, *groups):
        r = _noun_role(d.lemma_.lower(), d.lower_)
        if r is not None and not (d in groups and r.startswith("other:")):
            facts.append(_fact(r, None, d))
        if d.pos_ == "ADJ" and d.dep_ == "pobj" and d.head.lower_ == "among" and d.lower_ in w.casualty_adjectives:
            # 'the gunman, identified as Sam Ortiz, is among the dead': the group the copula puts them in
            facts.append(_fact("victim", w.casualty_adjectives[d.lower_], d))
        if d not in groups:
            roles.append(d.lemma_.lower())
        # 'the deceased man was identified as ...', 'the slain teen, Ana Ruiz,'
        for c in d.children:
            if c.dep_ == "amod" and c.lower_ in w.casualty_adjectives:
                facts.append(_fact("victim", _adjective_outcome(c, w), c))
            elif c.dep_ == "amod" and c.lower_ == "surviving" and r == "victim":
                facts.append(_fact("victim", "injured", c))  # 'the surviving victim, Ana Ruiz'
        if r == "victim" and d.i > 0 and d.doc[d.i - 1].lower_ == "surviving" and d.doc[d.i - 1].dep_ == "amod":
            facts.append(_fact("victim", "injured", d.doc[d.i - 1]))  # 'targeted surviving victim Ana Ruiz'
        # 'the man killed in ...', 'the man who was shot': participles on the described noun
        if d.i != s.i:
            # (and on the 'one' a group noun is picked from: 'one of the four officers to die')
            part = d.head.head if d.dep_ == "pobj" and d.head.lower_ == "of" and d.head.head.lower_ in w.partitives else d
            for c in [*d.children, *(part.children if part is not d else ())]:
                if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and _has_object(c) is None and not _pastime(c):
                    m = _casualty(predicate_measure(c))
                    if m:
                        facts.append(_fact("victim", m, c))
                    elif c.dep_ == "acl" and c.lemma_.lower() in w.arrest_verbs and r == "suspect" and not _past_record(c):
                        # 'Ivo Brandt, the first suspect arrested in the case, told ...' (careful
                        # reading round 41: one arrested shown unharmed)
                        facts.append(_fact("suspect", "arrested", c))
    return roles



def _adjective_outcome(c: Token, w: Words) -> str:
    """The outcome of the casualty adjective ``c``: 'fatally wounded' is killed."""
    m = w.casualty_adjectives[c.lower_]
    if m != "killed" and severity_words(c) & SEVERITY_KILLED:
        return "killed"
    return m


def _predicate_nouns(v: Token) -> list[Token]:
    """The nouns the copula ``v`` gives its subject: 'is the suspect', 'was one of the
    victims', 'was among the wounded'."""
    out: list[Token] = []
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children) for c in v.children):
        return out  # 'was not among the victims', 'is no longer a suspect'
    for c in v.children:
        if c.dep_ == "attr" and c.pos_ == "NOUN":
            out.append(c)
        elif c.dep_ == "attr" and c.lower_ in words().partitives or c.dep_ == "prep" and c.lower_ == "among":
            of = c if c.dep_ == "prep" else next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            out.extend(g for g in (of.children if of is not None else ()) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "ADJ"))
    return out


def _outlet(toks: list[Token]) -> bool:
    """Whether the words ``toks`` before a possessive name a news outlet ('News 4',
    'Channel 9', 'KXYZ 11', 'News4', 'the Daily Ledger')."""
    toks = [x for x in toks if x.lower_ not in ("'s", "’s", "'", "’")]
    if any(x.lower_ in words().outlets or CALL_SIGN.match(x.text) for x in toks):  # or a call sign, 'KXYZ'
        return True
    for k, x in enumerate(toks):
        if any(ch.isdigit() for ch in x.text) and (any(ch.isalpha() for ch in x.text)  # 'News4'
                                                   or k > 0 and toks[k - 1].text[:1].isupper()):  # 'KXYZ 11'
            return True
    return False


def _condition(h: Token) -> tuple[str, Token] | None:
    s = _climb(h.head if h.dep_ == "appos" else h)
    v = s.head
    if s.dep_ in ("nsubj", "nsubjpass"):
        for verb in (v, *(c for c in v.children if c.dep_ == "conj")):
            c = _in_condition(verb)
            if c:
                return c, verb
    for c in s.children:
        if c.dep_ in ("relcl", "acl"):
            got = _in_condition(c)
            if got:
                return got, c
    return None


def _describer(t: Token) -> bool:
    """A word that describes a person rather than names them ('Victims', 'Suspect', 'Survivor')."""
    w = words()
    low, lem = t.lower_, t.lemma_.lower()
    return _noun_role(lem, low) is not None or low in w.officers or lem in lexicon().person_group \
        or low in w.describers


def _noun_facts(d: Token) -> list[Fact]:
    """What a describing noun says of the person it names: its role ('the victim', 'the
    shooter'), a casualty adjective ('the injured victims'), a participle on it ('the man
    killed')."""
    w = words()
    out: list[Fact] = []
    r = _noun_role(d.lemma_.lower(), d.lower_)
    if r is not None and not r.startswith("other:"):
        out.append(_fact(r, None, d))
    for c in d.children:
        if c.dep_ == "amod" and c.lower_ in w.casualty_adjectives:
            out.append(_fact("victim", _adjective_outcome(c, w), c))
        elif c.dep_ == "acl" and c.pos_ == "VERB" and _has_object(c) is None:
            m = _casualty(predicate_measure(c))
            if m:
                out.append(_fact("victim", m, c))
    return out + _member_facts(d)


def _member_facts(d: Token) -> list[Fact]:
    """What the group a describing noun given a name is one of says of it ('six people were
    hurt, including a city police officer, identified as Roy Tanner': hurt), as a name right
    after 'including' shares its group's clause (:func:`_pobj_facts`). Session 41, rows59,
    careful reading round 59 (even half: a wounded officer, named so, shown as killed)."""
    if d.dep_ != "pobj" or d.head.lower_ != "including" or (g := _group_of(d.head)) is None:
        return []
    return read_mention(g, {d.i})[0]

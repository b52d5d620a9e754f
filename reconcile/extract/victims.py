"""Casualty counts the way reporters write them, without a numeral.

Three readings, each a plain function over a parsed sentence:

- :func:`predicate_measure`: what a predicate says happened to the people it governs
  ("shot and killed", "shot his brother to death", "was pronounced dead", "shot and
  hospitalized", "succumbed").
- :func:`implicit`: people counted by naming them ("a man was shot dead" = 1 killed,
  "a 24-year-old man, a 52-year-old woman and a 38-year-old man were killed" = 3,
  "shot his fiancee and her infant son dead" = 2, "the killing of 7-year-old Marisol
  Quint" = 1, "she later died" = 1, "a fatal shooting" = at least 1 killed).
- :func:`arithmetic`: figures that follow from others ("4 Women Shot, 2 Dead" = 2
  injured; "Four people were hurt, including a 19-year-old who later succumbed" = 3
  injured and 1 killed; "Five people were shot" in an article that reports no death =
  5 injured). Each derived figure says how it was derived in its ``hedge``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, Callable

import numpy
from spacy.attrs import LEMMA, LIKE_NUM, LOWER, ORTH, POS
from spacy.matcher import Matcher
from spacy.parts_of_speech import ADJ, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..data import load, wordset
from ..text import numbers
from ..text.lexicon import lexicon, mapping, words
from .figures import Figure
from .scope import doc_ents, is_heading, sent_bounds, sent_of

def _words(key: str) -> frozenset[str]:
    """A word list of ``data/victims.json``."""
    return words("victims", key)


def _map(key: str) -> dict[str, str]:
    """A word table of ``data/victims.json``."""
    return mapping("victims", key)


#: word and label sets the readings below share (what each is for, and an example, in the data file)
STATE_ADJECTIVES = _words("state_adjectives")
STATE_VERBS = _words("state_verbs")
COMPLEMENT_DEPS = _words("complement_deps")
ARRIVAL_VERBS = _words("arrival_verbs")
SURVIVED_EVENTS = _words("survived_events")
HEADLINE_BREAKS = _words("headline_breaks")
HEADLINE_BREAK_WORDS = _words("headline_break_words")
GUNFIRE_WORDS = _words("gunfire_words")
NOT_ONE_PERSON = _words("not_one_person")
MENTION_DEPS = _words("mention_deps")
PHRASE_START_DEPS = _words("phrase_start_deps")
TIME_ADVERBS = _words("time_adverbs")
ONE_PERSON_DETERMINERS = _words("one_person_determiners")
PAIR_SUBJECT_VERBS = _words("pair_subject_verbs")
VICTIM_SUBJECT_VERBS = _words("victim_subject_verbs")
OBJECT_POS = _words("object_pos")
PARTICIPLE_DEPS = _words("participle_deps")
DEATH_WORDS = _words("death_words")
LIFE_NOUNS = _words("life_nouns")
LIFE_TAKERS = _words("life_takers")
STRUCK_THINGS = _words("struck_things")
DEAD_COUNT_WORDS = _words("dead_count_words")
SEQUEL_JOINERS = _words("sequel_joiners")
HEADLINE_OUTCOMES = _words("headline_outcomes")
LIST_LINKERS = _words("list_linkers")

MODALS = _words("modals")
AIMS = _words("aim_verbs")
AIM_NOUNS = _words("aim_nouns")
AIM_DEPS = {("xcomp", w) for w in AIMS} | {("acl", w) for w in AIM_NOUNS}
PURPOSE_HEADS = _words("purpose_heads")
PURPOSE_HARM = frozenset(load("victims")["purpose_heads"]["harm"])


def aimed(v: Token) -> bool:
    """Whether the predicate ``v`` (or the one it is coordinated with) is the open
    complement of a verb of attempt or threat: 'threatened to kill himself', 'tried to
    shoot and kill her' state an aim, not a casualty (data/victims.json 'aim_verbs'), as does
    the infinitive clause of a noun of attempt: 'in an effort to kill himself' ('aim_nouns'), and
    the infinitive of purpose of a verb of going: 'came to the house to kill his wife' ('purpose_heads')."""
    u = v
    for _ in range(4):
        if (u.dep_, u.head.lemma_.lower()) in AIM_DEPS:
            return True
        if u.dep_ == "advcl" and u.head.lemma_.lower() in PURPOSE_HEADS and u.lemma_.lower() in PURPOSE_HARM and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in u.children):
            return True  # 'came to the house to kill his wife': a purpose (data/victims.json purpose_heads)
        if u.dep_ != "conj":
            return False
        u = u.head
    return False


#: verbs that, progressive and without an object, grieve rather than injure ('a mother who is hurting')
FEELING_VERBS = _words("feeling_verbs")
#: conjunctions joining casualty predicates as alternatives ('hurt or killed')
EITHER_JOINERS = _words("either_joiners")
#: pronouns after 'of' in a relative clause's subject that count a part ('two of whom died')
RELATIVE_PRONOUNS = _words("part_pronouns")
SEVERITY_KILLED = {"fatally", "mortally", "dead", "death"}
CASUALTIES = ("killed", "injured", "shot")
PRONOUNS = _map("pronouns")
AGE = re.compile(r"^\d+-(year|month|week|day)s?-old$", re.I)
#: verbs whose active subject is the victim in headline style ("Teen killed in crash")
HEADLINE_PASSIVE = _words("headline_passive")
#: verbs whose subject, when they have an object, did the harm ('the man who killed his wife')
HARM_AGENT_VERBS = HEADLINE_PASSIVE | _words("harm_agent_extra")
#: verbs whose object is the one who fired, not a casualty
FIRING = _words("firing")
#: verbs of firing a gun whose participle clause tells whom the rounds hit ('fired, striking him')
FIRING_ACTS = _words("firing_acts")
#: nouns for any people, whose count a list after a comma may break down ('four others, three women and a man')
GROUP_NOUNS = _words("group_nouns")
DEATH_NOUNS = _words("death_nouns")
FATAL_EVENTS = _words("fatal_events")


def severity_words(v: Token) -> set[str]:
    """Words on a predicate that say how badly ('fatally shot', 'shot dead', 'shot to
    death'); not 'shot, two fatally', where the adverb belongs to its own figure, nor a negated
    one ('shot the landlord, not fatally')."""
    out = set()
    for c in v.children:
        if c.like_num or any(g.like_num for g in c.subtree if g.i != c.i):
            continue
        if c.dep_ == "advmod" and (any(g.dep_ == "neg" for g in c.children)
                                   or c.i > 0 and c.doc[c.i - 1].dep_ == "neg"):
            continue  # 'not fatally' (the negation on the adverb, or by the parser on the word before): lived
        if c.i > 0 and c.doc[c.i - 1].like_num and c.i - 1 != v.i:
            continue  # '9 shot, 1 fatally': the adverb is the figure's
        out.add(c.lower_)
        if c.dep_ == "prep":
            out.update(g.lower_ for g in c.children)
    return out


def condition_measure(t: Token) -> str | None:
    """'in critical condition', 'in stable condition' on ``t``: injured."""
    lx = lexicon()
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.lemma_.lower() == "condition" and any(
                        a.lower_ in lx.conditions for a in g.children):
                    return "injured"
    return None


#: words on a wound that say the person lived ('minor gunshot wounds', 'non-fatal bullet wounds')
SURVIVABLE = _words("survivable")


def _wound_noun(t: Token) -> bool:
    """A noun for a wound or an injury ('wound', 'injuries', 'gunshot wound')."""
    return t.lemma_.lower() in ("wound", "injury") or lexicon().noun_measure.get(t.lemma_.lower()) == "injured"


def wound_measure(noun: Token) -> str:
    """What a wound or injury noun says of the person who has it: 'fatal wounds' killed;
    'a gunshot wound' shot (the wounded and the dead both have one); 'minor injuries',
    'non-fatal bullet wounds' injured."""
    mods = {a.lower_ for a in noun.children} | {
        a.lower_ for c in noun.children if c.dep_ in ("amod", "compound") for a in c.children}
    if mods & {"fatal", "mortal", "deadly", "lethal"} and not mods & SURVIVABLE:
        return "killed"
    if noun.lemma_.lower() == "wound" and mods & {"gunshot", "bullet", "shotgun"} and not mods & SURVIVABLE:
        return "shot"  # 'suffered a gunshot wound': hit, whether or not they lived
    return "injured"


def _own_measure(v: Token) -> str | None:
    """The measure a predicate expresses on its own: the first of the rules in
    :data:`_PREDICATE_RULES` that decides, else its word's measure ('killed', 'wounded')."""
    lem = v.lemma_.lower()
    if _fired_at(v, lem):
        return None  # 'four people were shot at', 'shooting at 5 people': fired on, not hit
    kids = list(v.children)
    got = _hit_or_released(v, lem, kids)
    if got is not None:
        return got
    lx = lexicon()
    m = lx.verb_measure.get(lem) or lx.adj_measure.get(v.lower_)
    if v.lower_ in STATE_ADJECTIVES:
        m = lx.adj_measure.get(v.lower_)
    if m in ("shot", "injured", "attacks") and severity_words(v) & SEVERITY_KILLED:
        return "killed"
    for rule in _PREDICATE_RULES:
        got = rule(v, lem, kids)
        if got is not None:
            return got
    return m


def _after_firing(v: Token) -> bool:
    """Participle ``v`` ('striking him') tells what a firing did: its head fires, or the
    parser hung it on the sentence's main verb and the verb just before it fires ('a boy
    is in hospital after his father fired at a man, striking both him and the boy')."""
    if v.head.lemma_.lower() in FIRING_ACTS:
        return True
    before = next((t for t in reversed(v.doc[v.head.i + 1:v.i]) if t.pos_ == "VERB"), None)
    return before is not None and before.lemma_.lower() in FIRING_ACTS and v.head.i < before.i \
        and before.sent.start == v.sent.start


def _fired_at(v: Token, lem: str) -> bool:
    """'four people were shot at', 'shooting at 5 people': fired on, not hit."""
    return lem in ("shoot", "fire") and any(
        c.dep_ in ("prep", "prt") and c.lower_ == "at" and not any(
            g.dep_ == "pobj" and g.is_alpha and g.ent_type_ not in ("DATE", "TIME") and not (person_word(g) or g.lower_ in PRONOUNS or g.lower_ in ("them", "us"))
            for g in c.children)
        for c in v.children)


def _hit_or_released(v: Token, lem: str, kids: list[Token]) -> str | None:
    """'gunfire hit Brandt and two others', 'a bullet grazed her arm' (shot); 'the clerk
    was discharged from the hospital' (injured)."""
    if lem in ("strike", "hit", "graze", "pierce") and (any(
            c.dep_ == "nsubj" and c.lemma_.lower() in BULLETS for c in v.children) or v.dep_ in ("advcl", "xcomp")
            and v.tag_ == "VBG" and _after_firing(v)):
        return "shot"  # 'gunfire hit Brandt and two others', 'a bullet grazed her arm'
    if lem in ("release", "discharge") and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in HOSPITALS for g in c.children)
            for c in v.children):
        return "injured"  # 'the clerk was discharged from the hospital'
    return None


def _found_state(v: Token, lem: str, kids: list[Token]) -> str | None:
    """A state the person is found or left in: 'found shot to death', 'left with gunshot
    wounds', 'was in critical condition', 'succumbed', 'was gunned down', 'passed away'."""
    lx = lexicon()
    if lem in STATE_VERBS:
        for c in kids:
            if c.dep_ in COMPLEMENT_DEPS and c.lower_ in lx.adj_measure and not (
                    lem in ("be", "remain") and c.i < v.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                # (a clause with a subject of its own set before 'be' tells of that one: 'Whomever
                # shot her grandson, she is willing to pardon' is no state of hers;
                # session 62, from the people scorer's even-half rows; 'was the first man shot',
                # which the parser gives a subject, and 'found him shot' are the person's own)
                if c.pos_ == "VERB":  # 'found shot to death'
                    return predicate_measure(c) or lx.adj_measure[c.lower_]
                return lx.adj_measure[c.lower_]
            # 'left ... with gunshot wounds'; 'left a man with minor injuries' (on the object)
            withs = [c] if c.dep_ == "prep" and c.lower_ == "with" else [
                w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"] if c.dep_ == "dobj" else []
            for w in withs:
                for g in w.children:
                    if lx.noun_measure.get(g.lemma_.lower()) == "injured":
                        # 'found with a gunshot wound' says nothing of survival; 'left with' does
                        return wound_measure(g) if lem == "find" else "injured"
        if lem in ("be", "remain", "list") and condition_measure(v):
            return "injured"  # 'was in critical condition'
    if lem in ("succumb",):
        return "killed"
    for phrase, pm in lx.phrase_measure:  # verb and particle: 'was gunned down', 'passed away'
        if len(phrase) == 2 and phrase[0] == lem and any(c.dep_ in ("prt", "advmod") and c.lower_ == phrase[1] for c in kids):
            return pm
    return None


def _wound_had(v: Token, lem: str, kids: list[Token]) -> str | None:
    """A wound the person has: 'suffered minor injuries', 'sustained a gunshot wound',
    'treated for wounds', 'found a man suffering from a gunshot wound', 'walked into the
    fire station with a wound to his hand'."""
    if lem in ("suffer", "sustain", "receive", "treat"):
        # 'suffered minor injuries', 'sustained a gunshot wound', 'treated for wounds',
        # 'suffering from a gunshot wound'
        for c in kids:
            objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
                if c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "from" and lem == "suffer") else []
            for o in objs:
                if _wound_noun(o):
                    return wound_measure(o)
    if lem in ARRIVAL_VERBS and not any(
            c.dep_ == "dobj" for c in kids):
        # 'walked into the fire station with a wound to his hand'; 'showed up at a hospital
        # with a gunshot wound', where the parser hangs the wound on the place
        withs = [c for c in kids if c.dep_ == "prep" and c.lower_ == "with"] + [
            w for c in kids if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
            and g.lemma_.lower() in HOSPITALS for w in g.children if w.dep_ == "prep" and w.lower_ == "with"]
        for c in withs:
            for g in c.children:
                if _wound_noun(g):
                    return wound_measure(g)
    return None


def _survival(v: Token, lem: str, kids: list[Token]) -> str | None:
    """Whether the person lived: 'two did not survive', "he didn't make it" (killed);
    'survived the shooting', 'expected to survive' (injured)."""
    if lem == "survive" and any(c.dep_ == "neg" for c in kids) and not any(c.dep_ == "dobj" for c in kids):
        return "killed"  # 'two did not survive'
    if lem == "survive" and not any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SURVIVED_EVENTS
            or c.dep_ in ("xcomp", "pcomp", "advcl") and c.lemma_.lower() == "shoot" for c in kids):
        return "injured"  # 'survived the shooting', 'survives being shot by a stray round'
    if lem == "expect" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("survive", "recover", "live")
                               and not any(g.dep_ == "neg" for g in c.children) for c in kids):
        return "injured"  # '9-year-old sister expected to survive'
    if lem == "make" and any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in kids) and not any(
            c.dep_ == "prep" and not any(g.lemma_.lower() in ("hospital", "scene") for g in c.children)
            for c in kids):
        return "killed"  # 'he didn't make it (to the hospital)', not 'did not make it to the meeting'
    return None


def _struck(v: Token, lem: str, kids: list[Token]) -> str | None:
    """'two bystanders were likewise struck by bullets', 'his daughter was struck in the
    knee' (in an article about gunfire): shot."""
    lx = lexicon()
    if lem in ("strike", "hit", "graze") and any(
            c.dep_ == "agent" and any(g.lemma_.lower() in BULLETS for g in c.children) for c in kids) \
            and not _things_hit(v, kids):
        return "shot"  # 'two bystanders were likewise struck by bullets', not 'three cars were struck by bullets'
    if lem in ("strike", "hit", "graze") and any(c.dep_ == "auxpass" for c in kids) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in lx.body_parts for g in c.children)
            for c in kids) and not any(c.dep_ == "agent" for c in kids) and _about_gunfire(v.doc):
        return "shot"  # 'a man was shot in the stomach, and his daughter was struck in the knee'
    if lem in ("strike", "hit") and any(c.dep_ == "auxpass" for c in kids) and not any(
            c.dep_ == "agent" for c in kids) and _people_hit(kids) and any(
            c.dep_ == "prep" and c.lower_ in ("during", "in") and any(g.lemma_.lower() in HIT_DURING for g in c.children)
            for c in kids):
        return "shot"  # 'a cousin was also hit during the gunfire'
    return None


def _things_hit(v: Token, kids: list[Token]) -> bool:
    """The passive subject among ``kids`` (or the noun a 'that' or 'which' stands for) is one
    of data/victims.json ``struck_things``: 'three houses were struck by bullets' (cues38)."""
    for c in kids:
        if c.dep_ == "nsubjpass":
            if c.tag_ == "WDT" and v.dep_ == "relcl":
                c = v.head  # 'houses that were struck by bullets': the houses
            return c.pos_ == "NOUN" and c.lemma_.lower() in STRUCK_THINGS
    return False


def _people_hit(kids: list[Token]) -> bool:
    """The passive subject among ``kids`` is people ('two boys', 'a 3-year-old', a name),
    not 'several vehicles were hit during the shooting'."""
    return any(c.dep_ == "nsubjpass" and (person_word(c) is not None or person_like(c) or c.lower_ in PRONOUNS)
               for c in kids)


def _in_hospital(v: Token, lem: str, kids: list[Token]) -> str | None:
    """'sent to a hospital', 'remains in the hospital', 'fighting for her life', 'is
    recovering': injured."""
    # 'sent two others to the hospital': after 'send' the parser often calls 'to' a dative
    if lem in HOSPITAL_SENDS and any(
            g.lemma_.lower() in HOSPITALS for c in kids if c.dep_ in ("prep", "dative") for g in c.subtree) and not any(
            w.lower_ in ("precaution", "uninjured", "unharmed", "evaluation") for w in v.subtree):
        return "injured"  # not 'found uninjured and taken to the hospital as a precaution'
    if lem in ("be", "remain", "stay") and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in HOSPITALS for g in c.children)
            for c in kids) and not (lem == "be" and _away_then(v, kids)):
        return "injured"  # 'her mother remains in the hospital'
    if lem == "fight" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.lemma_.lower() == "life" for g in c.children) for c in kids):
        return "injured"  # 'another is fighting for her life'
    if lem == "recover" and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids):
        return "injured"  # 'is recovering at a hospital'
    return None


_AWAY = load("victims")["away_in_hospital"]


def _away_then(v: Token, kids: list[Token]) -> bool:
    """'was in the hospital at the time', 'during the shooting', 'when it happened': the
    stay in hospital is where someone was when it happened, not a wound (data/victims.json
    ``away_in_hospital``)."""
    words, marks = set(_AWAY["words"]), set(_AWAY["marks"])
    return any(w.lower_ in words for c in kids if c.dep_ in ("prep", "npadvmod") for w in c.subtree) or any(
        c.dep_ == "advcl" and any(g.dep_ == "advmod" and g.lower_ in marks or g.dep_ == "mark" and g.lower_ in marks
                                  for g in c.children) for c in kids)


_HELD_IN = load("victims")["held_in"]


def _held_in(v: Token, lem: str, kids: list[Token]) -> str | None:
    """'Two men are in jail', 'remain in custody', 'sit behind bars': arrested (data/victims.json
    ``held_in``); not a stay placed at the time of the event ('was in jail at the time')."""
    if lem not in _HELD_IN["verbs"]:
        return None
    places = _HELD_IN["map"]  # preposition -> the places after it
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in places.get(c.lower_, ()) or g.lower_ in places.get(
            c.lower_, ()) for g in c.children if g.dep_ == "pobj") for c in kids) and not _away_then(v, kids):
        return "arrested"
    return None


#: what :func:`_own_measure` asks of a predicate after its own word, in order
_PREDICATE_RULES = (_found_state, _wound_had, _survival, _struck, _in_hospital, _held_in)


def orphan_predicate(t: Token) -> Token | None:
    """The verb right after the noun phrase of ``t`` ('... and the girl's mother, aunt and
    a neighbor were critically wounded') when it has no subject of its own: ``t`` (parsed
    as a conjunct of the verb before) is that subject."""
    doc = t.doc
    k = t.right_edge.i + 1
    end = sent_of(t).end
    while k < end and doc[k].dep_ in ("aux", "auxpass", "advmod", "neg") and doc[k].pos_ in ("AUX", "ADV", "PART", "VERB"):
        k += 1
    if k == t.right_edge.i + 1 or k >= end:
        return None  # no auxiliary: not a clause of its own ('shot and killed a man, wounding ...')
    w = doc[k]
    if w.pos_ != "VERB" or any(doc[j].head.i != w.i for j in range(t.right_edge.i + 1, k)) or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in w.children):
        return None
    return w


def then_died(v: Token) -> bool:
    """'Teen shot in north Springfield has died': the participle phrase naming the person
    shot is parsed as the subject of a death predicate, which says what became of them."""
    h = v.head
    if v.dep_ in ("nsubj", "csubj") and h.i != v.i and h.pos_ in ("VERB", "AUX") and (
            h.lemma_.lower() in ("die", "succumb") or _own_measure(h) == "killed") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != v.i for c in h.children) and not any(
            c.dep_ == "neg" for c in h.children):
        return True
    sent = sent_of(v)
    if not is_heading(sent):
        return False
    # headlines parse badly ('Woman shot on Elm Street dies at hospital', 'Boy, 6, shot in
    # park has died'): read on the tokens, a death verb later in the headline with no other
    # person, figure or clause break before it
    for w in v.doc[v.i + 1:sent.end]:
        if w.lower_ in ("dies", "died"):
            return True
        if w.like_num or person_like(w) or w.text in HEADLINE_BREAKS or w.lower_ in HEADLINE_BREAK_WORDS:
            return False
    return False


def _about_gunfire(doc: Doc) -> bool:
    """Whether the article is about a shooting, so 'struck in the arm' means by a bullet."""
    key = "reconcile_gunfire"
    got = doc.user_data.get(key)
    if got is None:
        got = any(w.lemma_.lower() in GUNFIRE_WORDS for w in doc)
        doc.user_data[key] = got
    return got


def part_of_them(clause: Token) -> bool:
    """A relative clause whose subject is a part of its antecedent: 'two of whom died',
    'one of which was fatal': it tells of that part, not of all the people counted."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ in RELATIVE_PRONOUNS for g in p.children) for p in c.children)
        for c in clause.children)


def about_gunfire(doc: Doc) -> bool:
    """Whether the article is about a shooting."""
    return _about_gunfire(doc)


def predicate_measure(v: Token) -> str | None:
    """The measure a predicate expresses for the people it governs, with what a
    coordinated predicate adds: 'shot and killed', 'shot and wounded', 'was taken to
    hospital but later died'; not 'four were shot and two did not survive' (the
    second verb has a subject of its own)."""
    if aimed(v):
        return None  # 'he tried to kill his wife', 'threatened to shoot them'
    u = v
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lemma_.lower() in MODALS or c.dep_ == "mark" and c.lower_ in ("if", "whether")
               for c in u.children):
            return None  # 'he would never hurt her', 'could have hit her and killed her', 'if the man had died'
        if u.dep_ != "conj":
            break
        u = u.head
    if _grieving(v):
        return None  # 'a mother who is hurting', 'two families hurting tonight'
    m = _own_measure(v)
    either = _either(v, m)
    if either is not None:
        return either  # 'eight have been hurt or killed': the dead and the hurt together
    if m in ("shot", "injured", "attacks", "strikes", None):
        for c in v.children:
            # (a negated one adds nothing, 'was at home but was not hurt', but for 'did not survive')
            if c.dep_ == "conj" and (c.pos_ in ("VERB", "ADJ") or c.lemma_ == "be" and v.pos_ == "VERB") and not any(
                    g.dep_ in ("nsubj", "nsubjpass") or g.dep_ == "neg" and c.lemma_.lower() not in ("survive", "make")
                    or g.dep_ == "dobj" and c.lemma_.lower() not in (
                        "suffer", "sustain", "receive") for g in c.children):  # 'struck but suffered injuries'
                mm = _own_measure(c)
                if mm == "killed" or (m == "shot" and mm == "injured") or (
                        m in (None, "attacks", "strikes") and mm in CASUALTIES):
                    return mm  # 'shot and killed', 'was targeted but only wounded'
    return m


def _grieving(v: Token) -> bool:
    """A casualty verb in the progressive with no object nor agent: 'a mother who is
    hurting', 'two families hurting tonight' grieve; 'he was hurting her' is harm."""
    return v.lemma_.lower() in FEELING_VERBS and v.tag_ == "VBG" and not any(
        c.dep_ in ("dobj", "agent", "auxpass", "dative") for c in v.children)


def _either(v: Token, m: str | None) -> str | None:
    """'casualties' when ``v`` and a predicate coordinated with it by 'or' give the dead
    and the hurt: 'eight youths have been hurt or killed', 'killed or wounded': the
    figure counts both, neither alone."""
    if m not in CASUALTIES:
        return None
    for c in v.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ") and any(
                g.dep_ == "cc" and g.lower_ in EITHER_JOINERS and v.i < g.i < c.i for g in v.children):
            if {m, _own_measure(c)} in ({"killed", "injured"}, {"killed", "shot"}):
                return "casualties"
    return None


def _on_people(m: str | None) -> str | None:
    """A measure read on people: 'shots' (rounds fired) said of people means they were shot."""
    return "shot" if m == "shots" else m


#: where the hurt are taken ('taken to a hospital', 'driven to a clinic')
HOSPITALS = {"hospital", "clinic", "infirmary"}
#: what a person 'was hit during' when hit by gunfire ('also hit during the gunfire')
HIT_DURING = _words("hit_during")

#: verbs of a trip to hospital: the people they carry were hurt, or died there
HOSPITAL_TRIPS = _words("hospital_trips")
HOSPITAL_SENDS = HOSPITAL_TRIPS | {"send", "put"}  # 'sent to a hospital', said of the hurt only
#: a figure that counts people besides those already named ('six others', 'one other')
OTHERS = re.compile(r"\bothers?\b", re.I)

#: what hits people when they are shot ('struck by gunfire', 'a bullet grazed her')
BULLETS = _words("bullets")

#: nouns that name two people ('Parents, 2 children dead', 'a couple killed')
DUAL_NOUNS = {"parents", "twins", "couple"}
#: words before a plural noun of people that make it two ('his twin daughters'; data/casualty_patterns.json)
DUAL_MODIFIERS = _words("dual_modifiers")
ORDINALS = _words("ordinals")
IRREGULAR = _map("irregular_plurals")


def _relative_death(t: Token) -> bool:
    """'the suspect, who died later', 'a cyclist who was pronounced dead in an ambulance': a
    relative clause of the person's own says they died."""
    return any(rel.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that")
                                           for g in rel.children)
               and not any(g.dep_ == "neg" for g in rel.children) and predicate_measure(rel) == "killed"
               for rel in t.children)


def later_died(hurt: Token, dead: list[Token]) -> bool:
    """Whether the person ``hurt`` (named as injured) is among ``dead`` in the same
    sentence: the same token, a he/she standing for them, or a death predicate on
    their own clause ('was taken to hospital but later died')."""
    v = hurt.head
    if hurt.pos_ == "PROPN" and dead and all(d.pos_ == "PROPN" and d.text != hurt.text for d in dead):
        return False  # 'Pennings died at the scene and Beltran was hospitalized': two people named
    if v.lemma_.lower() in HOSPITAL_TRIPS and dead:
        return True  # a trip to hospital says nothing of survival when the sentence reports a death
    for d in dead:
        if d.i == hurt.i or d.tag_ == "PRP" and (d.lower_ in PRONOUNS or d.lower_ == "they") and (
                hurt.tag_ != "PRP" or PRONOUNS.get(hurt.lower_) == PRONOUNS.get(d.lower_)):
            return True
    for c in v.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and predicate_measure(c) == "killed" \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return True
    return died_there(hurt)


def died_there(hurt: Token) -> bool:
    """'the victim was flown to a medical center, where they later died': the clause of the
    person named as hurt says they died (a pronoun the casualty rules do not count)."""
    v = hurt.head
    return any(w.dep_ == "relcl" and w.lemma_.lower() in ("die", "succumb") and any(
        g.dep_ == "nsubj" and g.lower_ in ("they", "he", "she") for g in w.children) for w in v.subtree)


def died_at_hospital(doc: Doc, found: list[Figure], deaths: list[Figure]) -> list[Figure]:
    """'Both were taken to a trauma center, where Okafor died', 'All four victims were
    taken to the medical center, where the woman died': the people who died are among those taken, so
    they are not injured. ``deaths`` are the sentence's single dead people."""
    out = []
    for f in found:
        v = doc[f.stand].head
        n = f.value[1]
        if f.measure == "injured" and n is not None and n == f.value[2] and n >= 2 and deaths and \
                v.lemma_.lower() in HOSPITAL_TRIPS:
            inside = [d for d in deaths if any(w.i == d.stand for w in v.subtree)
                      and doc[d.stand].i > v.i]
            k = sum(d.value[1] for d in inside)
            if 0 < k <= n:
                f = replace(f, value=(n - k, n - k, n - k), hedge=f"derived: {_n(n)} hurt - {_n(k)} died")
        out.append(f)
    return out


def died_of(t: Token) -> bool:
    """'died from one gunshot wound', 'succumbed to his injuries': a wound that killed."""
    h = t
    for _ in range(4):
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return predicate_measure(h) == "killed" or h.lemma_.lower() in ("die", "succumb")
    return False


def person_word(t: Token) -> str | None:
    """The person group a noun names ('Women' in a title-case headline too), or None."""
    return _person_word(t.lemma_.lower(), t.lower_)


def _person_word(lemma: str, low: str) -> str | None:
    """:func:`person_word` of a token with this lower-case lemma and lower-case form."""
    group = lexicon().person_group
    for w in (lemma, low, IRREGULAR.get(low, ""), low[:-1] if low.endswith("s") else ""):
        if w and w in group:
            return group[w]
    return None


def _is_suspect(t: Token) -> bool:
    return lexicon().person_group.get(t.lemma_.lower()) == "suspects"


def _chain_root(t: Token, climbs=lambda t: t.dep_ in ("conj", "appos")) -> Token:
    """The first member of the coordination (or apposition) ``t`` hangs in; ``climbs``
    says which links to follow."""
    for _ in range(8):
        if t.head.i == t.i or not climbs(t):
            break
        t = t.head
    return t


def person_like(t: Token) -> bool:
    """A single person named by a noun, a name, an age ('a 3-year-old') or he/she."""
    lx = lexicon()
    if t.tag_ == "PRP" or t.lower_ == "self":
        return t.lower_ in PRONOUNS
    if t.pos_ == "PROPN" and any(c.dep_ == "amod" and (c.lower_ == "old" or AGE.match(c.text)) for c in t.children):
        return True  # '19-year-old Marcus Pennings', whatever the tagger makes of the name
    if t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in t.children):
        return False
    if t.lemma_.lower() in NOT_ONE_PERSON:
        return False
    if t.lower_ in ORDINALS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return True  # 'a third was wounded'
    if t.lower_ == "another" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "conj"):
        return True  # 'kills 1 child, critically injures another'
    if any(c.lower_ == "unborn" for c in t.children):
        return False  # not counted among the victims by the registries
    if t.lower_ == "old" and t.dep_ in MENTION_DEPS and any(
            c.lower_ in ("year", "month", "week", "day") for c in t.lefts):
        return True  # 'the funeral of a 13-year-old' (the tokenizer splits the age)
    return t.lemma_.lower() in lx.person_group or t.lower_ in lx.person_group or \
        (t.ent_type_ == "PERSON" and t.pos_ == "PROPN") or bool(AGE.match(t.text)) or \
        t.pos_ == "PROPN" and t.text in surnames(t.doc) or _name_beside_name(t) or _given_before_name(t)


#: entity types of a title-case word that is no given name ('Houston and Rosa Lopez')
_NOT_GIVEN = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})


def _given_before_name(t: Token) -> bool:
    """A given name alone before 'and' and a full name, siblings sharing the surname: 'Mia and
    Rosa Lopez and their mother were shot' names three people, however the recognizer took 'Mia'
    (no entity, or an organisation with the names after it)."""
    if t.pos_ != "PROPN" or not t.is_title or t.ent_type_ in _NOT_GIVEN or any(
            c.dep_ in ("compound", "det", "poss", "amod") for c in t.children):
        return False
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "and":
        return False
    for c in t.children:
        if c.dep_ == "conj" and _full_name(c) and c.i - 1 == t.i + 2 and (
                c.ent_type_ == "PERSON" or c.text in surnames(doc)):
            return True
    return False


def _full_name(t: Token) -> bool:
    """``t`` ends a name of two or more title-case proper nouns ('Rory Blake')."""
    return t.pos_ == "PROPN" and t.is_title and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and c.i == t.i - 1 for c in t.children)


def _name_beside_name(t: Token) -> bool:
    """A full name the recognizer took for no person (or an organisation) coordinated with a
    person's full name: 'fatally shot Rory Blake and Tim Vance', where 'Rory Blake' was
    tagged as an organisation, is two people."""
    if t.ent_type_ == "PERSON" or not _full_name(t):
        return False
    others = [c for c in t.children if c.dep_ == "conj"]
    if t.dep_ == "conj":
        others.append(t.head)
    return any(o.ent_type_ == "PERSON" and _full_name(o) for o in others)


def surnames(doc: Doc) -> frozenset[str]:
    """The last words of the names of people in ``doc`` ('Okafor' of 'Darnell Okafor'),
    so that a surname on its own that the recognizer missed is still a person."""
    key = "reconcile_surnames"
    got = doc.user_data.get(key)
    if got is None:
        got = frozenset(e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title)
        doc.user_data[key] = got
    return got


def coordinated(t: Token) -> list[Token]:
    """``t`` and the people coordinated with it ('a man, a woman and a boy')."""
    out = [t]
    stack = [c for c in t.children if c.dep_ in ("conj",) or _listed_name(t, c)]
    # 'a 24-year-old man, a 52-year-old woman and a 38-year-old man': a list the
    # parser hangs as an apposition followed by conjunctions
    stack += [c for c in t.children if c.dep_ == "appos" and person_like(c)
              and (any(g.dep_ == "conj" and person_like(g) for g in c.children) or _bare_list(t, c))
              and not (_told_apart(t) and _told_apart(c))]  # 'Toddler killed, adult hurt': two clauses
    while stack:
        c = stack.pop()
        if person_like(c):
            if not _names_the_noun(t, c):
                out.append(c)
            stack.extend(g for g in c.children if g.dep_ == "conj" or g.dep_ == "appos" and _bare_list(c, g)
                         and person_like(g) or _listed_name(c, g))
        elif c.ent_type_ == "PERSON" or c.dep_ == "appos":
            continue
        else:
            return out[:1] if len(out) == 1 else out
    return sorted(out, key=lambda x: x.i)


def _names_the_noun(t: Token, c: Token) -> bool:
    """'her daughter, Ana Dunn, and her father, Lee Ross': the name ``c`` in apposition to
    the noun ``t`` with a possessive or a determiner is that person named, not one more, though
    the parser hangs the next member of the list on the name. (Session 60, careful reading
    round 102: a mother's two victims read as three.)"""
    # only the name set right after the noun's comma ('his sister, Ana Ross, 5-year-old Cy, ...':
    # the appositions after it, each with its own age, are the list's next members)
    return c.dep_ == "appos" and c.head.i == t.i and c.pos_ == "PROPN" and t.pos_ == "NOUN" \
        and c.left_edge.i == t.i + 2 and t.doc[t.i + 1].text == "," and any(g.dep_ in ("poss", "det") for g in t.children)


def _listed_name(a: Token, b: Token) -> bool:
    """'Ann Ruiz, Tom Varga, Demarcus Poe and Lyle Banner': a name after a comma that the
    parser hangs on the name before it as an adverb is the next member of a list of names."""
    return b.dep_ == "npadvmod" and a.ent_type_ == "PERSON" and b.ent_type_ == "PERSON" and b.i > a.i \
        and b.left_edge.i > 0 and a.doc[b.left_edge.i - 1].text == ","


def _told_apart(t: Token) -> bool:
    """Person ``t`` has its own participle or adjective after it ('Toddler killed', 'adult
    critically hurt'): in a headline list of such, each says what became of its own."""
    return any(c.dep_ in ("acl", "amod") and c.i > t.i and c.pos_ in ("VERB", "ADJ") for c in t.children)


def _bare_list(a: Token, b: Token) -> bool:
    """'wife, son, daughter, then himself' in a headline: bare nouns in apposition are
    a list, not one person named twice."""
    return is_heading(sent_of(a)) and not any(c.dep_ in ("det", "poss") for c in (*a.children, *b.children)) \
        and a.ent_type_ != "PERSON" and b.ent_type_ != "PERSON"


def _first(doc: Doc, t: Token, lo: int) -> int:
    """Where the noun phrase of person ``t`` starts (with its determiner)."""
    if t.ent_type_ == "PERSON":
        s = t.i
        while s > lo and doc[s - 1].ent_type_ == "PERSON":
            s -= 1
        return s
    s = t.i
    for c in t.lefts:
        if c.dep_ in PHRASE_START_DEPS:
            s = min(s, phrase_left(c))
    return max(s, lo)


def phrase_left(c: Token) -> int:
    """Where the words of ``c``, a word before a person's noun, start: its left edge, but
    not a time past the parser hangs on an age ('two years ago 9-year-old ...':
    the age starts at '9'; data/victims.json time_adverbs)."""
    ago = [k for k in c.lefts if k.lower_ in TIME_ADVERBS]
    if not ago:
        return c.left_edge.i
    return min([c.i] + [k.left_edge.i for k in c.lefts if k.i > ago[-1].i])


def _people_ok(t: Token, sent: Span) -> bool:
    """A noun counts only with a determiner that makes it one person, or in a headline."""
    if t.tag_ == "PRP" or t.ent_type_ == "PERSON" or AGE.match(t.text) or t.lower_ == "another" or \
            t.pos_ == "PROPN" and (t.text in surnames(t.doc) or _name_beside_name(t)):
        return True
    dets = [c for c in t.children if c.dep_ in ("det", "poss")]
    if dets:
        return dets[0].lower_ in ONE_PERSON_DETERMINERS \
            or dets[0].tag_ == "PRP$" or dets[0].dep_ == "poss"
    # 'Man killed in ...', '9-year-old Jalen Ostrow', 'Father kills wife, son, daughter'
    return t.i == sent.start or is_heading(sent) or any(c.dep_ == "amod" and c.lower_ == "old" for c in t.children) or \
        any(AGE.match(c.text) for c in t.children)


Record = Callable[..., Figure]


def implicit(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[Figure]:
    """Casualties counted by naming the people (no numeral), read per token in passes:
    a pair ('both were shot'), the measure of the token's role in its clause
    (:func:`_role_measure`), else of the phrases around it (:data:`_UNNAMED_RULES`), and
    the people coordinated with it (:func:`_named_people`); then 'a fatal shooting' and
    deaths named as events."""
    seen: set[int] = set()
    group = lexicon().person_group
    may = _may_be_person(doc)
    for i in range(sent.start, sent.end):
        if not may[i] or i in taken or i in seen:
            continue  # no rule below reads a token that is neither a pair nor may be a person
        t = doc[i]
        pair = _is_pair(t, taken)
        if not pair and t.lower_ not in ("his", "her") and not _maybe_person(t, group):
            continue  # every rule below needs a person ('his death' aside)
        pl = _PersonLike(t)  # read once, when a rule first asks: most tokens fail its dependency first
        if pair:
            rec = _pair(doc, t, seen, record, interval)
            if rec is not None:
                yield rec
            continue
        got = _role_measure(doc, sent, t, pl)
        if got is None:
            continue
        m, kind = got
        if m == "arrested" and _kin_held(t):
            # 'Mother and boyfriend indicted in ...': people held, counted by the nouns that name them
            rec = _named_people(doc, sent, t, m, kind, taken, seen, record, interval)
            if rec is not None:
                yield rec
            continue
        if m not in CASUALTIES:
            m = None  # 'the rifle fired, hitting Pruett, who died': the rules below may still read it
        for rule in _UNNAMED_RULES:
            if m is not None:
                break
            got = rule(doc, sent, t, pl)
            if got is not None:
                m, kind = got
        if m in ("shot", "injured") and t.tag_ != "PRP" and _relative_death(t):
            m = "killed"  # 'officers shot the suspect, who died later': what became of them
        if m not in CASUALTIES:
            continue
        rec = _named_people(doc, sent, t, m, kind, taken, seen, record, interval)
        if rec is not None:
            yield rec
    yield from fatal_events(doc, sent, taken, record, interval)
    yield from death_events(doc, sent, taken, record, interval)


def _kin_held(t: Token) -> bool:
    """Whether ``t`` heads two or more coordinated nouns for people, none a name or a pronoun
    ('Mother and boyfriend', 'Father and son'): people an arrest verb's clause counts by naming
    them, as 'Father, son killed' counts the dead. (Session 57, from careful reading round 82:
    a headline's mother and boyfriend indicted read as no arrest.)"""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False  # (an object's coordination may run on into another clause: 'charged a suspect in a
        # shooting that left one man dead and a girl injured')
    people = coordinated(t)
    group = lexicon().person_group
    return len(people) >= 2 and all(p.pos_ == "NOUN" and p.lemma_.lower() in group for p in people)


def _maybe_person(t: Token, group: dict[str, str]) -> bool:
    """False only where :func:`person_like` is False, for less: a token that is no
    proper noun, pronoun, ordinal, 'another', 'old', person word or age."""
    low = t.lower_
    return t.pos_ == "PROPN" or low in PRONOUNS or low in ORDINALS or low == "another" or low == "old" \
        or low in group or t.lemma_.lower() in group or bool(AGE.match(t.text))


#: per pass and person group (``lexicon().person_group``, by id), per pair of word hashes:
#: the pass's verdict on the word (:func:`_may_be_person`, :func:`_may_start_member`),
#: kept across docs; each emptied when it holds more than _MAY_MEMO_MAX words
_MAY_MEMO: dict[tuple[str, int], dict[tuple[int, int], bool]] = {}
_MAY_MEMO_MAX = 200_000


def _word_memo(name: str, group: dict[str, str]) -> dict[tuple[int, int], bool]:
    memo = _MAY_MEMO.setdefault((name, id(group)), {})
    if len(memo) > _MAY_MEMO_MAX:
        memo.clear()
    return memo


def _may_be_person(doc: Doc) -> list[bool]:
    """Per token of ``doc``, whether :func:`implicit` reads it: False only where
    :func:`_is_pair` and :func:`_maybe_person` are False and the token is not 'his' or
    'her', read once per doc from the word hashes."""
    got = doc.user_data.get("reconcile_may_be_person")
    if got is None:
        strings = doc.vocab.strings
        group = lexicon().person_group
        seen = _word_memo("person", group)
        got = []
        for orth, low_id, lemma_id, pos in doc.to_array([ORTH, LOWER, LEMMA, POS]).tolist():
            key = (orth, lemma_id)
            word = seen.get(key)
            if word is None:
                low = strings[low_id]
                word = seen[key] = low in DUAL_NOUNS or low in DUAL_MODIFIERS or low in ("both", "his", "her") or low in PRONOUNS \
                    or low in ORDINALS or low in ("another", "old") or low in group \
                    or strings[lemma_id].lower() in group or bool(AGE.match(strings[orth]))
            got.append(pos == PROPN or word)
        doc.user_data["reconcile_may_be_person"] = got
    return got


class _PersonLike:
    """``person_like(t)`` as a truth value, computed the first time it is asked (the
    rules of :func:`implicit` test a token's dependency before it)."""

    __slots__ = ("t", "value")

    def __init__(self, t: Token) -> None:
        self.t = t
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = person_like(self.t)
        return self.value


def _is_pair(t: Token, taken: set[int]) -> bool:
    """``t`` names two people: 'the couple', 'both', 'Both victims', 'wounding both men'."""
    return t.lower_ in DUAL_NOUNS and t.i not in taken and t.dep_ in ("nsubj", "nsubjpass", "dobj") and (
        not any(c.dep_ in ("nummod", "amod") and c.like_num for c in t.children)) or \
        t.lower_ == "both" and t.pos_ in ("PRON", "DET") and (
        t.dep_ in ("nsubj", "nsubjpass", "dobj")
        or t.dep_ == "det" and t.head.pos_ in ("NOUN", "PROPN") and t.head.ent_type_ in ("DATE", "TIME")
        and t.i > 0 and t.doc[t.i - 1].pos_ == "VERB"  # 'wounding both early Friday'
        or t.dep_ in ("det", "predet") and t.head.tag_ == "NNS" and person_word(t.head)
        and t.head.dep_ in ("nsubj", "nsubjpass", "dobj")) or \
        t.lower_ in DUAL_MODIFIERS and t.dep_ in ("amod", "compound") and t.head.tag_ == "NNS" and person_word(t.head) \
        and t.head.dep_ in ("nsubj", "nsubjpass", "dobj") and t.i not in taken and not any(
            c.dep_ == "nummod" for c in t.head.children)  # 'shot his twin daughters', 'Twin sisters were killed'


def _pair(doc: Doc, t: Token, seen: set[int], record: Record, interval) -> Figure | None:
    """Two people ('wounding both', 'both were shot', 'the couple was killed') and what
    their predicate says happened to them; None when it says no casualty."""
    if t.dep_ in ("det", "predet", "amod", "compound") and t.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        v = t.head.head
    elif t.dep_ == "det":
        v = t.doc[t.i - 1]
    else:
        v = t.head
    if (t.dep_ == "nsubj" or t.head.dep_ == "nsubj") and \
            v.lemma_.lower() not in PAIR_SUBJECT_VERBS:
        return None
    m = _on_people(predicate_measure(v))
    if m not in CASUALTIES or any(c.dep_ == "neg" for c in v.children):
        return None
    seen.add(t.i)
    start = min((c.i for c in t.children if c.dep_ in ("det", "poss")), default=t.i)
    # 'wounding both teenagers and their aunt': the noun stands for the pair, so the
    # people coordinated with it are added to them
    stand = t.head if t.dep_ in ("det", "predet") and t.head.dep_ == "dobj" else t
    if t.dep_ in ("amod", "compound"):  # 'his twin daughters': the noun is the pair, its words the figure's
        start = min((c.i for c in t.head.children if c.dep_ in ("det", "poss") and c.i < t.i), default=t.i)
        return record(doc, start, t.head.i + 1, interval(2, 2, 2), "pair", m, None, t.head)
    return record(doc, start, t.i + 1, interval(2, 2, 2), "both" if t.lower_ == "both" else "pair", m, None, stand)


def _role_measure(doc: Doc, sent: Span, t: Token, pl: bool) -> tuple[str | None, str | None] | None:
    """(measure, kind) from the role of person ``t`` in its clause: subject of a casualty
    predicate, its object ('killed his wife'), a later member of a list ('and himself'),
    the subject of an orphan verb, 'the murder of X', 'his death'. None when ``t`` is
    whom a gun was fired at ('fired at the man'), not a casualty."""
    if t.dep_ in ("nsubj", "nsubjpass") and pl and _people_ok(t, sent):
        return _subject_measure(sent, t)
    if t.dep_ == "attr" and t.head.lemma_ == "be" and t.head.dep_ in ("aux", "auxpass") \
            and t.head.head.i < t.head.i and pl and _people_ok(t, sent):
        # 'Wounded in the crossfire was a girl and a man'
        return predicate_measure(t.head.head), "subject"
    if t.dep_ == "dobj" and (pl and _people_ok(t, sent)):
        v = t.head
        if v.lemma_.lower() in FIRING:
            return None
        return _on_people(predicate_measure(v)), "object"
    if (t.dep_ == "conj" and not person_like(_chain_root(t))
            or t.dep_ == "appos" and t.lower_ in ("himself", "herself", "self")) and pl \
            and _chain_root(t).dep_ in ("dobj", "nsubjpass") and t.lower_ not in ("him", "her"):
        # 'killed four classmates and himself': the figure counts the first members
        r = _chain_root(t)
        if r.head.lemma_.lower() in FIRING:
            return None
        return predicate_measure(r.head), "conj"
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and pl and t.tag_ != "PRP" and _people_ok(t, sent) \
            and orphan_predicate(t) is not None:
        # 'a boy was killed and the girl's mother, aunt and a neighbor were wounded': the
        # second clause's subject hung on the first verb; its own verb has no subject
        return _on_people(predicate_measure(orphan_predicate(t))), "subject"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and pl and t.tag_ != "PRP" \
            and _people_ok(t, sent):
        return _of_measure(t), "of"
    if t.dep_ == "poss" and pl and t.head.dep_ in ("nsubj", "nsubjpass") and \
            t.head.lemma_.lower() in lexicon().body_parts and _people_ok(t, sent):
        # "Teen's ankle grazed by bullet": what the person's body part went through
        return _on_people(predicate_measure(t.head.head)), "subject"
    if t.dep_ == "poss" and (pl or t.lower_ in ("his", "her")) and \
            t.head.lemma_.lower() in ("death", "murder", "slaying") and t.lower_ not in ("its", "their") \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children):
        # 'his death', 'Malone's murder' (not 'a father's killing of his wife': the killer)
        return "killed", "poss"
    if t.dep_ == "poss" and pl and t.tag_ != "PRP" and t.head.lower_ == "life" and t.head.dep_ == "dobj" \
            and t.head.head.lemma_.lower() in LIFE_TAKERS and _people_ok(t, sent):
        return "killed", "poss"  # 'the shooting that ended a teen girl's life'
    return None, None


def _subject_measure(sent: Span, t: Token) -> tuple[str | None, str | None]:
    """The subject ``t`` of a passive casualty verb ('a man was shot'), of a verb said of
    the victim ('died', 'remains in hospital') or of a headline's verb ('Teen killed in
    crash'); (None, None) when ``t`` is the subject of some other act (a relative clause
    may still say what happened to them: 'a mother who was shot by her son is facing charges')."""
    v = t.head
    if v.dep_ in ("aux", "auxpass") and v.head.pos_ == "VERB":
        v = v.head  # parser: 'His brother and his mother [were] both injured'
    if any(w.text == ":" for w in t.doc[t.i + 1:v.i]):
        # 'Dad of wounded girl: "She's stable"': a headline's words after its colon are
        # someone's quote, their verb no state of the noun before it (session 28, fixes39)
        return None, None
    if t.dep_ == "nsubj":
        lem = v.lemma_.lower()
        verbs = [v, *(c for c in v.children if c.dep_ == "conj")]
        # 'the owner's son, nephew and a customer were badly wounded': a subject the
        # parser calls active, of a verb with a passive auxiliary
        passive = any(c.dep_ == "auxpass" for c in v.children) and v.tag_ == "VBN"
        # 'Three people were killed and another critically injured': a participle joined to a
        # passive casualty verb, with no auxiliary or object of its own, is a passive whose
        # auxiliary the sentence leaves out (the parser makes 'another' its active subject)
        passive = passive or (v.dep_ == "conj" and v.tag_ == "VBN"
                              and any(c.dep_ == "auxpass" for c in v.head.children)
                              and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "prt")
                                          for c in v.children))
        active_ok = passive or lem in VICTIM_SUBJECT_VERBS or (
            lem == "find" and not any(c.dep_ == "dobj" for c in v.children)) or (
            lem in HEADLINE_PASSIVE and v.tag_ in ("VBD", "VBN") and t.tag_ != "PRP"
            and (t.left_edge.i == sent.start or v.dep_ == "conj" and v.head.lemma_.lower() == "leave"
                 # 'Deputies identify hiker fatally shot near trail': a headline's
                 # clause after its verb, with no object, is a passive too
                 or v.dep_ == "ccomp" and is_heading(sent) and t.i > v.head.i)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt") for w in verbs for c in w.children))
        if not active_ok:
            return None, None
    m = predicate_measure(v)
    if m in ("shot", "injured") and then_died(v):
        m = "killed"  # 'Teen shot in north Springfield has died'
    return m, "subject"


def _of_measure(t: Token) -> str | None:
    """'the murder of X', 'the fatal shooting of X', 'the death investigation of X', 'the
    body of X' (killed); 'the shooting of X' (shot); 'the shooting injury of X' (injured)."""
    n = t.head.head
    nl = n.lemma_.lower()
    events = load("casualty_patterns")["death_events"]
    if nl in DEATH_NOUNS or (nl in FATAL_EVENTS and any(a.lower_ in ("fatal", "deadly") for a in n.children)) \
            or any(c.lower_ == "death" for c in n.rights if c.i < t.i and c.dep_ != "prep") \
            or nl in events["inquiries"] and any(c.dep_ == "compound" and c.lower_ == "death" for c in n.lefts) \
            or nl in events["remains"]:  # 'the death investigation of', 'the body of'
        return "killed"
    if nl == "shooting" and n.dep_ != "compound":
        return "shot"
    if nl in ("injury", "wounding"):
        # 'the shooting injury of her 6-year-old cousin'; 'the fatal injury of a hunter'
        return "killed" if wound_measure(n) == "killed" else "injured"
    if nl in LIFE_NOUNS and n.dep_ == "dobj" and n.head.lemma_.lower() in LIFE_TAKERS and not any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_.lower() in MODALS for c in n.head.children):
        return "killed"  # 'the gunfire claimed the life of a 58-year-old woman'
    return None


def _state_before(doc: Doc, sent: Span, t: Token, pl: bool) -> tuple[str | None, str] | None:
    """A state adjective on the person: 'an injured woman was found outside'; not 'a
    second slain Marine' (one of several), nor a hurt person in a sentence about a death."""
    state = next((c for c in t.lefts if c.dep_ == "amod"  # the children before ``t``
                  and c.lower_ in ("injured", "wounded", "dead", "slain")), None)
    if not (state is not None and pl and t.tag_ not in ("PRP", "NNS", "NNPS") and _people_ok(t, sent)):
        return None
    m = lexicon().adj_measure[state.lower_]  # 'an injured woman was found outside'
    if any(c.lower_ in ORDINALS or c.lower_ in ("another", "other") for c in t.children):
        m = None  # 'a second slain Marine': one of several, not a count
    if m != "killed" and any(w.lemma_.lower() in ("die", "dead", "kill") for w in sent):
        m = None  # 'Wounded teen found outside restaurant dies at hospital'
    return m, "amod"


def _headline_subject(doc: Doc, sent: Span, t: Token, pl: bool) -> tuple[str | None, str] | None:
    """'Girl, 8, remains hospitalized after ...', 'Police: Boy, 10, accidentally shot and
    killed by cousin', '4-year-old injured in shooting': a headline's subject that the
    parser calls something else."""
    if t.dep_ in ("intj", "dep", "npadvmod", "amod") and is_heading(sent) and pl \
            and t.head.pos_ == "VERB" and t.head.i > t.i and not any(c.dep_ == "dobj" for c in t.head.children):
        mm = _on_people(predicate_measure(t.head))
        if mm in CASUALTIES:
            return mm, "subject"
    return None


def _headline_modifier(doc: Doc, sent: Span, t: Token, pl: bool) -> tuple[str | None, str] | None:
    """Headlines: 'Elmwood boy, 7, hospitalized after ...', '10-year-old boy critical after ...'."""
    if (t.dep_ in ("ROOT", "appos") or t.dep_ == "npadvmod" and is_heading(sent)) and pl and t.tag_ != "PRP":
        for c in t.children:
            if c.dep_ in ("acl", "amod") and c.i > t.i and not any(
                    g.dep_ == "dobj" for w in (c, *(x for x in c.children if x.dep_ == "conj"))
                    for g in w.children):
                mm = _on_people(predicate_measure(c) if c.pos_ == "VERB" else lexicon().adj_measure.get(c.lower_))
                if mm in CASUALTIES:
                    return mm, "headline"
    return None


def _reduced_relative(doc: Doc, sent: Span, t: Token, pl: bool) -> tuple[str | None, str] | None:
    """A reduced relative: 'named the woman fatally shot June 9'; not 'Man Killed
    Wife, 4 Kids' (the verb has an object)."""
    if t.tag_ == "PRP":
        return None
    k = t.i + 1
    while k < sent.end and doc[k].pos_ == "ADV" and k - t.i <= 2:
        k += 1
    # the participle as the tagger has it ('VBN'), or as the parser hangs it on the noun
    # ('Deputies name teen fatally shot on Sunday': 'shot' tagged VBD, an 'acl' of 'teen');
    # tested before whether ``t`` is a person, which costs more and is rarely needed
    participle = k < sent.end and (doc[k].tag_ == "VBN" or doc[k].tag_ == "VBD" and doc[k].dep_ == "acl"
                                   and doc[k].head.i == t.i)
    if not (participle and pl and _people_ok(t, sent)):
        return None
    nxt = doc[k + 1] if k + 1 < sent.end else None
    active = nxt is not None and nxt.pos_ in OBJECT_POS \
        and nxt.ent_type_ not in ("DATE", "TIME")  # 'Man Killed Wife, 4 Kids'
    if not active and not any(
            g.dep_ in PARTICIPLE_DEPS for g in doc[k].children):
        mm = predicate_measure(doc[k])
        if mm in CASUALTIES:
            return mm, "reduced"
    return None


def _relative_clause(doc: Doc, sent: Span, t: Token, pl: bool) -> tuple[str | None, str] | None:
    """'a clerk who died following the robbery', 'a 6-year-old cousin who was shot'; not 'the man
    who killed his wife' (the one who did it), 'the neighbour who drove the boy to a clinic'
    (the one who took them): an active verb with an object says what its subject did to
    someone else."""
    if t.tag_ == "PRP" or not any(c.dep_ == "relcl" for c in t.children) or not (pl and _people_ok(t, sent)):
        return None  # the relative clause first: whether ``t`` is a person costs more
    got = None
    for rel in t.children:
        if rel.dep_ == "relcl" and _nearer_person(t, rel):
            continue  # 'Neighbor of child who was shot': the clause is the child's
        if rel.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that")
                                       for g in rel.children) and not (
                rel.lemma_.lower() not in ("suffer", "sustain", "receive", "survive") and any(
                    g.dep_ == "dobj" and g.lower_ not in ("himself", "herself", "themselves", "it")
                    and g.lemma_.lower() != "life" for g in rel.children)):
            got = _on_people(predicate_measure(rel)), "relative"
            if got[0] in CASUALTIES:
                break
    return got


def _nearer_person(t: Token, rel: Token) -> bool:
    """The relative clause ``rel`` the parser hung on ``t`` follows a person of its own
    after 'of' ('Neighbor of child who was shot', 'the uncle of a boy who was killed'): the
    clause tells of that nearer person, not of ``t``."""
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ == "of" and t.i < p.i < rel.i:
            if any(o.dep_ == "pobj" and o.i < rel.i and o.pos_ == "NOUN" and person_like(o) for o in p.children):
                return True
    return False


#: what :func:`implicit` reads, in order, for a person its role gave no casualty measure
_UNNAMED_RULES = (_state_before, _headline_subject, _headline_modifier, _reduced_relative, _relative_clause)


def _named_people(doc: Doc, sent: Span, t: Token, m: str, kind: str | None, taken: set[int], seen: set[int],
                  record: Record, interval) -> Figure | None:
    """The figure for person ``t`` and the people coordinated with it, read as measure
    ``m``: exact when the sentence reports what happened to them, a lower bound when it
    only refers to them ('the man killed in ...', 'the murder of X'); None for a suspect in
    a headline, a negated predicate, or people already counted."""
    if _is_suspect(t) and kind in ("object", "headline") and (t.head.tag_ == "VBG" or any(
            c.dep_ == "acl" and c.tag_ == "VBG" for c in t.children)):
        return None  # 'Bunny Friend shooting suspect', 'Police ID suspect in parade shooting'
    v = t.head if kind not in ("relative", "headline", "reduced", "amod") else t
    if kind == "relative":
        v = next((c for c in t.children if c.dep_ == "relcl"), t)  # 'his aunt, who was not hurt'
    if any(c.dep_ == "neg" for c in v.children) and v.lemma_.lower() not in ("survive", "make"):  # negation is the death
        return None
    people = coordinated(t) if kind != "poss" else [t]
    if kind == "relative":  # 'A, who was wounded, and B': the clause tells of those before it
        people = [p for p in people if p.i < v.i]
    if any(p.i in taken for p in people):
        return None
    seen.update(p.i for p in people)
    n_people = len(people)
    start = _first(doc, people[0], sent.start)
    iv = interval(n_people, n_people, n_people)
    hedge = "singular" if n_people == 1 else "enumeration"
    plural = _plural_member(people, taken)
    if plural is not None:  # 'killed his wife and children': two or more besides those named
        seen.add(plural.i)
        iv, hedge = interval(n_people + 2, n_people + 2, None), "at least (plural)"
        people = [*people, plural]
    if kind in ("relative", "reduced", "of", "poss", "amod"):
        # 'identified the man killed in ...', 'the murder of X', 'a man who died':
        # the sentence refers to these victims without counting the event's, so
        # they are a lower bound ('the man killed in a double fatal shooting')
        iv = interval(n_people, n_people, None)
        hedge = "at least (named)"
    end = people[-1].i + 1
    age = next((c for c in people[-1].rights if c.dep_ == "amod" and c.lower_ == "old" and c.left_edge.i == end
                and doc[c.i - 1].text == "-"), None)
    if age is not None:  # 'the wounded Elm City 6-year-old', the age hung on the place: the whole phrase
        end = age.i + 1
    rec = record(doc, start, end, iv, hedge, m, t if t.tag_ != "PRP" else None, t)
    if m == "killed" and len(people) == 1 and t.lower_ in ("himself", "herself", "self"):
        rec.suicide = True  # 'shot his daughter and himself'
    return rec


def _plural_member(people: list[Token], taken: set[int]) -> Token | None:
    """'his wife and children', 'a man and his daughters': a plural person noun with no
    figure coordinated last with the people named, two or more of them (a lower bound);
    not 'victims' (the people counted elsewhere), nor beside a suspect; None when there
    is none, or it has a figure of its own ('his wife and four
    daughters' is summed from the figure). (Session 24, kin33.)"""
    last = people[-1]
    if any(_is_suspect(p) for p in people):
        return None  # 'the suspect and both victims were dead': the gunman's death is read apart
    for c in last.children:
        if c.dep_ == "conj" and c.tag_ in ("NNS", "NNPS") and c.i not in taken and person_word(c) == "victims" \
                and c.lemma_.lower() != "victim" and not any(g.dep_ in ("nummod", "conj") or g.like_num for g in c.children):
            return c
    return None


def fatal_events(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[Figure]:
    """'a fatal shooting': at least one person died (not 'a non-fatal shooting', nor 'the
    fatal shooting of X', counted through 'of')."""
    for t in sent:
        if t.lemma_.lower() in FATAL_EVENTS and t.pos_ == "NOUN" and t.i not in taken and \
                any(a.lower_ in ("fatal", "deadly") and a.dep_ == "amod" and not _non(a) for a in t.children):
            a = next(a for a in t.children if a.lower_ in ("fatal", "deadly"))
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(person_like(g) for g in c.children)
                   for c in t.children):
                continue  # counted through 'of' above
            yield record(doc, a.i, t.i + 1, interval(1, 1, None), "at least", "killed", None, t)


#: words that may stand between 'in' and a death noun ('in the Elm Street slaying', 'in last week's killing')
_EVENT_MODIFIERS = _words("event_modifier_pos")


def not_done(noun: Token) -> bool:
    """'attempted murder', 'a failed assassination', 'conspiracy to murder': the act a
    casualty noun names did not happen (data/casualty_patterns.json 'death_events' 'not_done')."""
    not_done_words = set(load("casualty_patterns")["death_events"]["not_done"])
    return any(c.lower_ in not_done_words for c in noun.children if c.i < noun.i) or (
        noun.i > 0 and noun.doc[noun.i - 1].lower_ in not_done_words) or (
        noun.i > 1 and noun.doc[noun.i - 1].lower_ == "to" and noun.doc[noun.i - 2].lower_ in not_done_words)


def death_events(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[Figure]:
    """A death named as an event, without the people: 'two teens charged in killing',
    'man arrested in Elm Street slaying', 'a suspect in the shooting death', 'homicide victim
    identified' (data/casualty_patterns.json 'death_events'): at least one person died.
    Not 'attempted murder', 'the killing of two men' (counted through 'of'), 'murder suspect',
    'death investigation' (the noun only modifies another), nor plurals ('a rise in homicides')."""
    words = load("casualty_patterns")["death_events"]
    nouns, before, undone = set(words["nouns"]), set(words["before"]), set(words["not_done"])
    for t in sent:
        if t.i in taken:
            continue
        low = t.lower_
        if t.lemma_.lower() in words["victim_nouns"] and t.tag_ == "NN" and t.i > sent.start:
            mod = doc[t.i - 1]  # 'homicide victim', 'murder victim'
            if mod.lower_ in nouns and mod.i not in taken and not (
                    mod.i > sent.start and doc[mod.i - 1].lower_ in undone):
                rec = record(doc, mod.i, t.i + 1, interval(1, 1, None), "at least", "killed", t, t)
                rec.event_only = True
                yield rec
                return
            continue
        if low not in nouns or t.dep_ == "compound" or t.i + 1 < sent.end and (
                doc[t.i + 1].lower_ == "of" or doc[t.i + 1].pos_ in ("NOUN", "PROPN") and doc[t.i + 1].tag_ != "NNP"
                and doc[t.i + 1].ent_type_ not in ("DATE", "TIME")):
            continue
        k = t.i - 1
        while k >= sent.start and t.i - k <= 6 and doc[k].lower_ not in before and doc[k].lower_ not in undone \
                and doc[k].pos_ in _EVENT_MODIFIERS and doc[k].text not in (",", ";", ":", "."):
            k -= 1
        if k < sent.start or doc[k].lower_ not in before or any(c.dep_ == "dobj" for c in t.children):
            continue  # not 'arrested for killing his wife': a verb, its object counted by other rules
        if k == t.i - 1 and not is_heading(sent):
            continue  # 'targeting them for killing': a bare noun in running text names no event
        rec = record(doc, k + 1, t.i + 1, interval(1, 1, None), "at least", "killed", None, t)
        rec.event_only = True
        yield rec
        return


def drop_event_only(recs: list[Figure]) -> list[Figure]:
    """A death read from an event noun alone (:func:`death_events`: 'charged in the killing')
    says only that someone died; where the article counts or names the dead in another
    claim, that claim says it better, so the event reading is dropped."""
    if not any(r.event_only for r in recs):
        return recs
    if any(r.measure == "killed" and not r.event_only for r in recs):
        return [r for r in recs if not r.event_only]
    return recs


def _non(a: Token) -> bool:
    """'non-fatal', 'non fatal': the adjective is negated by a prefix split off by the tokenizer."""
    d = a.doc
    return a.i > 0 and (d[a.i - 1].lower_ in ("non", "non-") or
                        d[a.i - 1].text == "-" and a.i > 1 and d[a.i - 2].lower_ == "non")


def is_firing(tok: Token) -> bool:
    """'fired 5 shots', 'heard 5 shot': rounds, not people."""
    sent = sent_of(tok)
    return any(t.lemma_.lower() in FIRING and t.pos_ == "VERB" for t in sent)


def arithmetic(doc: Doc, recs: list[Figure], record: Record, interval) -> list[Figure]:
    """Derived figures: injured = shot - killed, 'including one who died', and the
    people shot in an article that reports no death. ``recs`` are one article's
    records with ``sent`` (sentence start) set; returns the new records. Each sentence
    gives at most one derived figure: for people named as shot (:func:`_named_shot`) or
    for its first exact count of people shot (:func:`_shot_less_killed`)."""
    out: list[Figure] = []
    by_sent: dict[int, list[Figure]] = {}
    for r in recs:
        by_sent.setdefault(r.sent, []).append(r)
    deaths = sorted((r for r in recs if r.measure == "killed"
                     and (r.value[2] is None or r.value[2] > 0)), key=lambda r: r.start)
    for sent_start, rs in by_sent.items():
        shot = [r for r in rs if r.measure == "shot" and r.value[1] == r.value[2] is not None]
        named = [r for r in rs if r.measure == "shot" and r.hedge == "at least (named)"]
        if not shot and named:
            got = _named_shot(doc, rs, named[0], deaths)
            if got is not None:
                out.append(got)
        # 'Gunfire leaves 7 victims, 2 critical': a severity names a part, not the total
        injured = [r for r in rs if r.measure == "injured" and not r.subset]
        if shot and not injured:
            got = _shot_less_killed(doc, rs, shot[0], deaths)
            if got is not None:
                out.append(got)
    return out


def _named_shot(doc: Doc, rs: list[Figure], s: Figure, deaths: list[Figure]) -> Figure | None:
    """People named as shot, with no count of the shot in their sentence: 'a mother who
    was shot by her son is facing charges' in an article with no death, or 'the woman who
    was shot in the foot was taken to a clinic in stable condition': at least that one
    was hurt."""
    if not deaths and not any(r.measure == "injured" for r in rs):
        # 'a mother who was shot by her son is facing charges', and no death in the
        # article: at least that one was hurt
        return replace(s, value=(s.value[1], s.value[1], None), measure="injured",
                       hedge="derived: shot, no death reported (at least)")
    if not any(r.measure in ("injured", "killed") for r in rs) and any(
            not elsewhere(r, s) for r in deaths) and lived(doc[s.stand]):
        # 'The woman who was shot in the foot was taken to a clinic in stable condition'
        return replace(s, value=(s.value[1], s.value[1], None), measure="injured",
                       hedge="derived: shot, survived")
    return None


def _shot_less_killed(doc: Doc, rs: list[Figure], s: Figure, deaths: list[Figure]) -> Figure | None:
    """The injured among the people a sentence counts as shot (``s``): the others when it
    names the dead apart ('One killed, six others shot'), the shot less the dead counted
    among them ('4 shot, 2 dead', 'one fatally'), all of them when they lived or the
    article reports no death, else less the article's first exact death count."""
    n = s.value[1]
    # only deaths counted among the people shot: a bare figure ('4 shot, 2 dead',
    # 'one fatally'), not other people named on their own ('before killing himself')
    killed = [r for r in rs if r.measure == "killed" and r.value[2] is not None
              and r.hedge not in ("singular", "enumeration", "suicide")
              and not str(r.hedge or "").startswith("sum")]
    # deaths among the people shot: not a list of others ('suspect and bystander
    # killed', excluded above) nor suspects when victims were shot
    exact = [r for r in killed if r is not s and r.value[1] == r.value[2]
             and not (r.group == "suspects" and s.group != "suspects")]
    stand = doc[s.stand]
    here = [r for r in deaths if not elsewhere(r, s)]  # deaths of this event
    others = _others(doc, s)
    also = others and any(c.lower_ == "also" for c in stand.head.children)
    # 'A man was killed. Three other people were shot': the others are besides the dead
    # told before them, with or without 'also'
    before = _numbered(stand) and any(r.start < s.start for r in here)
    if others and _numbered(stand) and any(r.start < s.start and (r.value[1] or 0) >= n for r in here):
        # 'four people dead', then 'he shot the two others before he killed himself':
        # the dead told before may be these others
        others = False
    if others and (exact or here and (also or before or any(r.measure == "killed" for r in rs))):
        # 'One killed, six others shot': the others are the injured
        return replace(s, value=(n, n, n), measure="injured", hedge="derived: others shot")
    if exact and all(_others(doc, r) for r in exact):
        # 'three were found with gunshot wounds and one other was dead'
        return replace(s, value=(n, n, n), measure="injured", hedge="derived: shot, others killed")
    if exact:
        k = sum(r.value[1] for r in exact)
        if 0 < k < n:
            return replace(s, value=(n - k, n - k, n - k), measure="injured",
                           hedge=f"derived: {_n(n)} shot - {_n(k)} killed")
        # all of them dead ('5 people shot to death'): a count of the dead, which says
        # nothing of anyone hurt besides them
        return None
    if here and s.hedge in ("singular", "enumeration", "at least (named)") and lived(stand):
        hi = None if s.value[2] is None else n
        return replace(s, value=(n, n, hi), measure="injured", hedge="derived: shot, survived")
    if here and s.hedge in ("singular", "enumeration") and _also(stand) and not any(
            r.measure == "killed" for r in rs):
        # 'a woman in the next car was also hit', 'the baby got shot too':
        # someone besides the dead, in a sentence that reports no death
        return replace(s, value=(n, n, n), measure="injured", hedge="derived: also shot")
    if not here and any(c.dep_ == "amod" and c.lower_ in load("casualty_patterns")["multiplied_fatal"]
                        for c in stand.children):
        return None  # 'a fatal double shooting': someone died, how many of the two is not told
    if not here:
        return replace(s, value=(n, n, n), measure="injured", hedge="derived: shot, no death reported")
    # 'A student is dead ... after four people were shot': the article's first
    # death count, when it is exact, is among the people shot
    # the article's first death, unless that is the one who fired ('Man who shot 3 is killed by troopers')
    first = next((r for r in here if not _shooter(doc[r.stand])), None)
    if first is None:
        return None
    k = first.value[1]
    if first.start < s.start and first.value[1] == first.value[2] and 0 < k < n \
            and first.group != "suspects":
        return replace(s, value=(n - k, n - k, n - k), measure="injured",
                       hedge=f"derived: {_n(n)} shot - {_n(k)} killed (article)")
    return None


def _gender(t: Token) -> str | None:
    lx = lexicon()
    low, lem = t.lower_, t.lemma_.lower()
    if t.tag_ == "PRP":
        g = PRONOUNS.get(low)
        return g if g in ("m", "f") else None
    if lem in lx.female or low in lx.female:
        return "f"
    if lem in lx.male or low in lx.male:
        return "m"
    return None


def _age(t: Token) -> str | None:
    """The age a person mention gives ('a 56-year-old', 'the 16-year-old boy'), as digits."""
    if AGE.match(t.text):
        return t.text.split("-")[0]
    olds = [t] if t.lower_ == "old" else [c for c in t.lefts if c.lower_ == "old" or AGE.match(c.text)]
    for o in olds:
        if AGE.match(o.text):
            return o.text.split("-")[0]
        for w in o.subtree:
            if w.like_num:
                v = numbers.words_value([w.text])
                return None if v is None else str(int(v))
    return None


def _refers_to(target: Token, cand: Token) -> bool:
    """Whether the definite mention ``target`` ('the child', 'she') can refer back to
    the earlier mention ``cand`` ('a 2-year-old boy', 'Maria Lopez')."""
    gt, gc = _gender(target), _gender(cand)
    if gt and gc and gt != gc:
        return False
    if target.tag_ == "PRP":
        return cand.tag_ == "PRP" or cand.pos_ in ("NOUN", "PROPN") or cand.lower_ == "old"
    at, ac = _age(target), _age(cand)
    if at is not None:
        return at == ac
    r = lexicon().referents
    lt, lc = target.lemma_.lower(), cand.lemma_.lower()
    if lt == lc or lt in r["generic"]:
        return True
    young = lc in r["young"] or ac is not None and int(ac) < 20  # 'a 2-year-old', 'the two year old'
    return (lt in r["child"] or lt in r["teen"]) and young


def _mention_start(t: Token) -> bool:
    """An indefinite mention ('a 16-year-old boy', 'two men'): someone introduced here."""
    return t.tag_ != "PRP" and t.ent_type_ != "PERSON" and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in t.children)


def coreferent_dead(doc: Doc, recs: list[Figure]) -> list[Figure]:
    """Drops a single person said to be hurt ('The infant was taken to a clinic', 'Crews
    rushed him to the hospital') when that mention and a mention of someone the article
    reports dead are one person: one victim, not one dead and one injured. Each mention is
    followed back through the definite mentions before it (he, she, 'the boy', a surname)
    to the indefinite one that introduced the person ('a 16-year-old boy'); two mentions
    are one person when their chains meet, or when both reach the same surname, one
    that names no one else in the article ('Dana Kowal was rushed to a hospital' ...
    'Kowal died two days later', however far apart). The mention that introduces the
    person is dropped too when a death told after it refers back to it ('A 2-year-old
    girl was listed as critical on Friday. ... The girl died on Sunday.') and its own
    sentence tells no death."""
    dead: set[int] = set()
    hurt: set[int] = set()
    for r in recs:
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        toks = {t.i for t in span} if span is not None else set()
        toks.add(r.stand)
        (dead if r.measure == "killed" else hurt).update(toks)
    dead_chains: set[int] | None = None
    later: set[int] = set()  # what the deaths told after each mention refer back to
    dead_names: set[tuple[str, str | None]] = set()  # (surname, a gender its chain gives)
    out = []
    for r in recs:
        if r.measure == "injured" and r.hedge in ("singular", "at least (named)") and r.value[1] == 1 \
                and r.value[2] in (1, None):
            t = doc[r.stand]
            # not 'the woman who was shot in the foot': a restrictive clause picks someone out
            restrictive = any(c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text != ","
                              for c in t.children)
            definite = t.tag_ == "PRP" or t.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ == "the"
                                                                  for c in t.children)
            if not restrictive and (definite or _mention_start(t)):
                if dead_chains is None:
                    dead_chains = set()
                    for k in recs:
                        kt = doc[k.stand]
                        if k.measure == "killed" and k.value[1] == 1 and person_like(kt):
                            kc = _chain(doc, kt)
                            dead_chains.update(kc)
                            if not _mention_start(kt) or _age(kt) is not None:
                                # 'the girl died', 'he', a name, 'a 16-year-old cousin who was
                                # wounded on Friday died': not 'a man' (another may be)
                                later.update(i for i in kc if i < kt.i)
                            dead_names.update((n, g) for n in _chain_names(doc, kc) for g in _chain_genders(doc, kc))
                            dead_names.update((n, None) for n in _chain_names(doc, kc))
                if not definite:
                    # 'A 2-year-old girl is still critical' ... 'the girl had died',
                    # not when its own sentence tells a death ('killed a boy and wounded a
                    # girl': a later 'the child's death' may be either)
                    if t.i in later and not _tells_death(sent_of(t), recs) and not _also(t):
                        continue
                    out.append(r)
                    continue
                chain = _chain(doc, t)
                if any(i in dead and i not in hurt for i in chain) or dead_chains & set(chain) \
                        or _same_name(doc, chain, dead_names):
                    continue
        out.append(r)
    return out


def _tells_death(sent: Span, recs: list[Figure]) -> bool:
    """The sentence tells a death: a figure of the dead, a word of death ('died', 'fatal')
    or a life taken ('claimed the life of a boy')."""
    return any(k.measure == "killed" and sent.start <= k.stand < sent.end for k in recs) or any(
        w.lemma_.lower() in DEATH_WORDS or w.lower_ in LIFE_NOUNS and w.dep_ in ("dobj", "nsubj", "nsubjpass")
        for w in sent)


def _same_name(doc: Doc, chain: list[int], dead_names: set[tuple[str, str | None]]) -> bool:
    """The chain reaches the surname of someone reported dead, and no gender tells them
    apart ('she' ... 'Jackson' is not the 'he' ... 'Jackson' who died)."""
    genders = _chain_genders(doc, chain)
    for n in _chain_names(doc, chain):
        dead_genders = {g for m, g in dead_names if m == n and g is not None}
        if (n, None) in dead_names and (not genders or not dead_genders or genders & dead_genders):
            return True
    return False


def _chain_genders(doc: Doc, chain: list[int]) -> set[str]:
    """The genders the mentions of a chain give ('she', 'the girl')."""
    return {g for i in chain if (g := _gender(doc[i])) is not None}


def _chain_names(doc: Doc, chain: list[int]) -> set[str]:
    """The surnames a chain of mentions reaches ('Kowal' of 'Dana Kowal', or 'Kowal'
    alone), each one that names a single person in the article: a surname two people
    share ('Ann Kowal' and 'Piotr Kowal') tells no one apart."""
    names = set()
    for i in chain:
        t = doc[i]
        if (t.ent_type_ == "PERSON" or t.pos_ == "PROPN") and t.is_title and t.text in surnames(doc) \
                and t.text not in shared_surnames(doc):
            names.add(t.text)
    return names


def shared_surnames(doc: Doc) -> frozenset[str]:
    """Surnames that end the names of two or more people in ``doc`` ('Kowal' of 'Ann Kowal'
    and 'Piotr Kowal')."""
    key = "reconcile_shared_surnames"
    got = doc.user_data.get(key)
    if got is None:
        full: dict[str, set[str]] = {}
        for e in doc_ents(doc):
            if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title:
                full.setdefault(e[-1].text, set()).add(e[0].text)
        got = frozenset(k for k, v in full.items() if len(v) > 1)
        doc.user_data[key] = got
    return got


def _chain(doc: Doc, t: Token) -> list[int]:
    """The mentions ``t`` refers back through: ``t``, then each nearest earlier mention
    it can refer to, up to the indefinite mention that introduced the person."""
    cur, chain = t, [t.i]
    for _ in range(8):
        if _mention_start(cur) and cur.i != t.i:
            break
        own = {w.i for w in cur.subtree}
        ante = None
        for i in range(cur.i - 1, max(-1, cur.i - 300), -1):
            c = doc[i]
            if i in own or c.tag_ == "PRP$" or not person_like(c) or _is_suspect(c):
                continue
            if c.ent_type_ == "PERSON" and i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" \
                    and doc[i + 1].ent_iob_ == "I":
                continue  # a name is looked at by its last word
            if (t.tag_ == "PRP" or _refers_to(t, c)) and _refers_to(cur, c):  # the first word fits too
                ante = c
                break
        if ante is None:
            break
        chain.append(ante.i)
        cur = ante
    return chain


def _others(doc: Doc, r: Figure) -> bool:
    """The record counts other people: 'two others were dead', 'one other was dead'."""
    t = doc[r.stand]
    # 'the other four victims': 'other' modifies the noun a numeral counts (not 'shot the
    # other boy', the second of two, who may be the dead)
    noun = t.head if t.dep_ == "nummod" else t
    return bool(OTHERS.search(r.noun or "")) or any(
        w.lower_ in ("other", "others") for w in doc[t.i:min(len(doc), t.i + 2)]) or _numbered(t) and any(
        c.dep_ == "amod" and c.lower_ == "other" for c in noun.children)


def _numbered(t: Token) -> bool:
    """``t`` is a numeral or a noun a numeral counts ('four', 'four victims')."""
    return t.like_num or any(c.dep_ == "nummod" for c in t.children)


def _shooter(t: Token) -> bool:
    """``t`` is named as the one who fired: 'Man who shot 3, including 2 deputies, is killed'."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in HARM_AGENT_VERBS and any(
        g.dep_ == "dobj" and g.lower_ not in ("himself", "herself") for g in c.children) for c in t.children)


def _also(t: Token) -> bool:
    """'was also shot', 'got shot too', 'a fourth man was shot', 'another man was hit':
    the clause of ``t`` adds a person to others."""
    if t.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("det", "amod") and (c.lower_ == "another" or c.lower_ in ORDINALS) for c in t.children):
        return True
    v = t.head if t.dep_ in ("nsubj", "nsubjpass", "dobj") else t
    return any(c.dep_ == "advmod" and (c.lower_ == "also" and c.i < v.i or c.lower_ == "too" and c.i > v.i)
               for c in v.children)  # not 'shot on Elm Street, also in the north end'


def lived(t: Token) -> bool:
    """The clause of ``t`` says the person shot lived ('was shot in the arm but survived',
    'is expected to be OK', 'in stable condition', 'was treated') and its sentence reports
    no death."""
    survival = lexicon().survival
    v = t.head if t.dep_ in ("nsubj", "nsubjpass", "dobj") else t
    clause = list(v.subtree)
    return any(w.lemma_.lower() in survival or w.lower_ in survival for w in clause) and not any(
        w.lemma_.lower() in DEATH_WORDS for w in sent_of(t))


# a time that points away from the event: 'last week', 'in 2013', 'on Nov. 15'
OTHER_TIME = re.compile(load("victims")["other_time"]["pattern"], re.I)


def elsewhere(death: Figure, shot: Figure) -> bool:
    """A death scoped to another time than the people shot ('the fatal police shooting
    of Dwayne Ortiz on Oct. 3', 'a woman killed in a stabbing two weeks ago')."""
    t = death.time
    return bool(t) and not death.time_inherited and t != shot.time \
        and bool(OTHER_TIME.search(t))


RISE_VERBS = _words("rise_verbs")

#: how many words a toll's figure may stand after 'toll' when the parser hangs its 'to' on a
#: phrase in between ('bringing the death toll after the shooting rampage to 5')
TOLL_REACH = 12


def toll_measure(x: Token) -> tuple[str, bool] | None:
    """'the death toll rose to 5', 'bringing the death toll to three', 'the death toll
    stands at 12', 'the number of dead climbed to 7': (measure, whether the sentence
    reports it as an update)."""
    if x.dep_ != "pobj" or x.head.lower_ not in ("to", "at"):
        return None
    v = x.head.head
    if v.pos_ not in ("VERB", "AUX"):
        # 'bringing the death toll after the rampage to 5': the parser hangs 'to 5' on a phrase
        # after the toll; the verb is the nearest one above, whose object or subject the toll is,
        # a few words before (session 65, careful reading round 171, 375022)
        v = next((a for a in x.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if v is None or not any(c.lemma_.lower() == "toll" and c.dep_ in ("nsubj", "nsubjpass", "dobj")
                                and 0 < x.i - c.i <= TOLL_REACH for c in v.children):
            return None
    for c in v.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        lem = c.lemma_.lower()
        mods = {g.lemma_.lower() for g in c.subtree if g.i != c.i}
        if lem == "toll":
            m = "injured" if mods & {"injury", "injured", "wounded"} else "killed"
            return m, v.lemma_.lower() in RISE_VERBS
        if lem in ("number", "count", "tally"):
            for w in DEAD_COUNT_WORDS:
                if w in mods:
                    return "killed", v.lemma_.lower() in RISE_VERBS
            if mods & {"injured", "wounded", "injury"}:
                return "injured", v.lemma_.lower() in RISE_VERBS
    return None


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def including_deaths(stand: Token) -> list[Token]:
    """'Four people were hurt, including a 19-year-old who succumbed to his
    wounds': the counted people the sentence says died (empty if none)."""
    for c in (*stand.children, *(stand.head.children if stand.head.i != stand.i else ())):
        if c.dep_ == "prep" and c.lower_ == "including":
            for g in c.children:
                if g.dep_ != "pobj" or any(x.dep_ == "nummod" for x in g.children):
                    continue  # 'including two who died' is counted by its own figure
                people = coordinated(g) if person_like(g) else [g]
                for rel in g.subtree:
                    if rel.dep_ in ("relcl", "acl") and predicate_measure(rel) == "killed":
                        return people
    return []


# ---------------------------------------------------------------- patterns and sums

_MATCHERS: dict[Any, Any] = {}

#: a token of a pattern with one of these operators may match no token: it needs no word
_OPTIONAL_OPS = ("?", "*", "!")


def _needs(patterns: list[list[dict[str, Any]]]) -> tuple[tuple[tuple[str, frozenset[str]], ...], ...]:
    """Per pattern, the words its tokens need: (attribute, words) for each token that
    must be there (no optional operator) and has its LOWER or LEMMA as a word or an IN
    list. A sentence without a token for every need of a pattern has no match of it."""
    out = []
    for pattern in patterns:
        needs = []
        for spec in pattern:
            op = spec.get("OP", "")
            if op in _OPTIONAL_OPS or op.startswith("{0") or op.startswith("{,"):
                continue
            for attr in ("LOWER", "LEMMA"):
                v = spec.get(attr)
                got = [v] if isinstance(v, str) else v.get("IN") if isinstance(v, dict) else None
                if got:
                    needs.append((attr, frozenset(got)))
                    break
        out.append(tuple(needs))
    return tuple(out)


def _may_match(sent: Span, key: str, needs: tuple[tuple[tuple[str, frozenset[str]], ...], ...]) -> bool:
    """Whether some pattern with these :func:`_needs` can match in ``sent``: the
    Matcher costs a few microseconds a token, this a look-up (a pattern that needs no
    LOWER or LEMMA word, e.g. one of ORTH tokens only, may match in every sentence). The sentences where one
    can are found once per doc and matcher (``key``), over the doc's word hashes: one
    look-up of every needed word a column, then each need is the union of its words'
    sentences."""
    doc = sent.doc
    cache_key = "reconcile_may_match_" + key
    possible = doc.user_data.get(cache_key)
    if possible is None:
        starts = sent_bounds(doc)[0]
        arr = doc.to_array([LOWER, LEMMA])
        hashed = _hashed_needs(key, needs)
        seen: dict[tuple[int, int], set[int]] = {}
        for col, attr in enumerate(("LOWER", "LEMMA")):
            vals = arr[:, col]
            for i in numpy.nonzero(numpy.isin(vals, hashed[attr]))[0].tolist():
                seen.setdefault((col, int(vals[i])), set()).add(bisect.bisect_right(starts, i) - 1)
        possible = set()
        for need in needs:
            if not need:  # a pattern of ORTH, shape or flags only: any sentence may hold it
                possible = set(range(len(starts)))
                break
            where: set[int] | None = None
            for attr, ws in need:
                col = 0 if attr == "LOWER" else 1
                got = set().union(*(seen.get((col, get_string_id(w)), ()) for w in ws))
                where = got if where is None else where & got
                if not where:
                    break
            possible |= where or set()
        possible = frozenset(starts[k] for k in possible)
        doc.user_data[cache_key] = possible
    return sent.start in possible


#: per :func:`_may_match` key, the hashes of every word its needs name, per attribute
_HASHED: dict[str, dict[str, Any]] = {}


def _hashed_needs(key: str, needs: tuple[tuple[tuple[str, frozenset[str]], ...], ...]) -> dict[str, Any]:
    got = _HASHED.get(key)
    if got is None:
        got = _HASHED[key] = {attr: numpy.array(sorted({get_string_id(w) for need in needs for a, ws in need
                                                         if a == attr for w in ws}), dtype="uint64")
                              for attr in ("LOWER", "LEMMA")}
    return got


def _pattern_matcher(vocab, name: str, labels: Callable[[], dict[str, list]]) -> Matcher:
    """The Matcher ``name`` over ``vocab``: built once, on first use, from ``labels()``
    (each label and its token patterns, added in that order), then kept."""
    key = (name, id(vocab))
    m = _MATCHERS.get(key)
    if m is None:
        m = _MATCHERS[key] = Matcher(vocab)
        for label, patterns in labels().items():
            m.add(label, patterns)
    return m


def _pattern_needs(name: str, patterns: Callable[[], list]) -> tuple[tuple[tuple[str, frozenset[str]], ...], ...]:
    """The needs (:func:`_needs`) of the patterns ``name``, worked out once from ``patterns()``."""
    key = name + "_needs"
    got = _MATCHERS.get(key)
    if got is None:
        got = _MATCHERS[key] = _needs(patterns())
    return got


def _casualty_patterns(*keys: str) -> list:
    """The token patterns of data/casualty_patterns.json's ``keys``, in order."""
    return [p["pattern"] for k in keys for p in load("casualty_patterns")[k]]


def _suicide_needs() -> tuple[tuple[tuple[str, frozenset[str]], ...], ...]:
    return _pattern_needs("suicide", lambda: _casualty_patterns("suicide", "suicide_after_killing"))


def _per_pattern_matcher(vocab, group: str) -> Matcher:
    """The Matcher of data/casualty_patterns.json ``group`` with one label per pattern
    ('GROUP_K'), for groups whose every pattern says its own measure: :func:`_pattern_index`
    gives a match's K back."""
    return _pattern_matcher(vocab, group, lambda: {
        f"{group}_{k}": [p] for k, p in enumerate(_casualty_patterns(group))})


def _pattern_index(doc: Doc, match_id: int) -> int:
    """The index in its group of the pattern a :func:`_per_pattern_matcher` match came from."""
    return int(doc.vocab.strings[match_id].rsplit("_", 1)[1])


def _suicide_matcher(vocab) -> Matcher:
    return _pattern_matcher(vocab, "suicide", lambda: {k: _casualty_patterns(k)
                                                      for k in ("suicide", "suicide_after_killing")})


#: the needs (:func:`_needs`) of 'shooting himself' after a killing in :func:`suicides`
_HIMSELF = ((("LOWER", frozenset({"himself", "herself"})),),)


def _spoken_to(v: Token) -> bool:
    """The verb's subject is the one spoken to or the speaker ('He would rather you take his
    life than ...': data/grammar.json ``speaker_pronouns``): someone else taking a life, said
    in a quote, no suicide. (Session 60, careful reading round 102: a grandfather's quoted
    devotion read as the killer's own death, which left the page's two dead as two to three.)"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in wordset("grammar", "speaker_pronouns")
               for c in v.children)


def suicides(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[Figure]:
    """'turned the gun on himself', 'committed suicide': the one who did it died."""
    after = doc.vocab.strings["suicide_after_killing"]
    matches = _suicide_matcher(doc.vocab)(sent) if _may_match(sent, "suicide", _suicide_needs()) else []
    # 'fatally shot his 3 stepchildren, then himself': only where the sentence reports killing
    killing = any(mid == after for mid, _s, _e in matches) and any(
        t.pos_ == "VERB" and (t.lemma_.lower() in ("kill", "murder", "slay") or t.lemma_.lower() == "shoot"
                              and any(c.lower_ in ("fatally", "mortally") for c in t.children)) for t in sent)
    spans = [sent[s:e] for mid, s, e in matches if mid != after or killing]
    if _may_match(sent, "himself", _HIMSELF) and any(t.lemma_.lower() in ("kill", "murder", "slay") and any(
            c.dep_ == "dobj" and c.lower_ not in ("himself", "herself", "self") for c in t.children) for t in sent):
        # 'killed his mother and brother, then shot himself': in a murder-suicide the
        # shot the killer turns on himself is counted among the dead
        for t in sent:
            if t.lemma_.lower() == "shoot" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("himself", "herself"):
                spans.append(doc[t.i:t.i + 2])
    for span in sorted(spans, key=lambda x: x.start):
        if any(t.i in taken for t in span) or any(c.dep_ == "neg" for t in span for c in t.children) \
                or aimed(span.root) or _spoken_to(span.root):
            continue  # 'did not kill himself', 'threatened to kill himself', 'rather you take his life'
        taken.update(t.i for t in span)
        rec = record(doc, span.start, span.end, interval(1, 1, 1), "suicide", "killed", None, span.root)
        rec.suicide = True
        yield rec


def _object_dead_matcher(vocab) -> Matcher:
    return _pattern_matcher(vocab, "object_dead", lambda: {"object_dead": _casualty_patterns("object_dead")})


def age_participles(doc: Doc, sent: Span, taken: set[int], record: Record, interval,
                    group: str = "age_participle") -> Iterator[Figure]:
    """'a 16-year-old shot and killed outside a diner', 'a 14-year-old fatally shot by a
    trooper': the tagger takes 'shot' after an age for the phrase's noun, so no reduced
    relative hangs on a person (data/casualty_patterns.json 'age_participle', each with
    its measure). Like 'the teenager killed in ...', one victim referred to: at least one.
    ``group`` 'self_shot' reads that file's shots a person fires at themselves that the
    parse misses ('Boy Shoots Self With Uncle's Gun', 'shoots own foot') the same way."""
    patterns = load("casualty_patterns")[group]
    needs = _pattern_needs(group, lambda: _casualty_patterns(group))
    if not _may_match(sent, group, needs):
        return
    used = -1
    for mid, s, e in sorted(_per_pattern_matcher(doc.vocab, group)(sent), key=lambda x: (x[1], -x[2])):
        s, e = sent.start + s, sent.start + e
        span = doc[s:e]
        if s <= used or any(t.i in taken for t in span) or s > sent.start and doc[s - 1].like_num:
            continue
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_.lower() in MODALS for t in span for c in t.children) \
                or any(aimed(t) for t in span):
            continue
        nxt = doc[e] if e < sent.end else None
        if nxt is not None and nxt.pos_ in OBJECT_POS and nxt.ent_type_ not in ("DATE", "TIME"):
            continue  # 'the 17-year-old shot and killed his cousin': the one who did it
        used = e - 1
        k = _pattern_index(doc, mid)
        taken.update(range(s, e))
        if patterns[k].get("exact"):  # 'a 12-year-old shot herself': one person, told as a clause
            died = any(w.lemma_.lower() in ("die", "succumb") or lexicon().adj_measure.get(w.lower_) == "killed"
                       for w in doc[e:sent.end])  # '... shot himself in the head and died'
            yield record(doc, s, e, interval(1, 1, 1), "singular", "killed" if died else patterns[k]["measure"],
                         None, doc[e - 1])
            continue
        yield record(doc, s, e, interval(1, 1, None), "at least (named)", patterns[k]["measure"], None, doc[e - 1])


def age_objects(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[Figure]:
    """'Neighbor kills 12-year-old in dispute', 'the gun used to kill 9-year-old': a bare
    age after a verb of killing, which the parser hangs on the verb as an adjective, so no
    object names the person (data/casualty_patterns.json 'age_object', each with its
    measure): one person, read like 'killing 15-year-old', where the age is the object.
    Not with a noun after the age ('kills 12-year-old boy': the parse reads that one),
    nor a negated or aimed verb ('did not kill', 'threatened to kill')."""
    patterns = load("casualty_patterns")["age_object"]
    if not _may_match(sent, "age_object", _pattern_needs("age_object", lambda: _casualty_patterns("age_object"))):
        return
    for mid, s, e in _per_pattern_matcher(doc.vocab, "age_object")(sent):
        verb, s, e = doc[sent.start + s], sent.start + s + 1, sent.start + e
        nxt = doc[e] if e < sent.end else None
        if any(i in taken for i in range(s, e)) or nxt is not None and nxt.pos_ in OBJECT_POS:
            continue
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_.lower() in MODALS for c in verb.children) or aimed(verb):
            continue
        k = _pattern_index(doc, mid)
        taken.update(range(s, e))
        yield record(doc, s, e, interval(1, 1, 1), "singular", patterns[k]["measure"], None, doc[e - 1])


def figure_measures(doc: Doc, sent: Span, taken: set[int], record: Record) -> Iterator[Figure]:
    """'Harbor Shooting Kills 2, Wounds 3', 'shooting spree injures four', 'a family of
    four dies': wording the tagger misreads, so the figure it counts gets no measure or the
    wrong one (data/casualty_patterns.json 'figure_measure', each with its measure). The
    last number word of a match is the figure (the first, where the pattern says
    ``"figure": "first"``), unless a word of the pattern's ``not_after`` comes before it; one
    figure is read once, by the first match."""
    patterns = load("casualty_patterns")["figure_measure"]
    needs = _pattern_needs("figure_measure", lambda: _casualty_patterns("figure_measure"))
    if not _may_match(sent, "figure_measure", needs):
        return
    done: set[int] = set()  # figures read here (read before by others too: this reading replaces theirs)
    for mid, s, e in sorted(_per_pattern_matcher(doc.vocab, "figure_measure")(sent), key=lambda x: (x[1], -x[2])):
        k = _pattern_index(doc, mid)
        nums = [t for t in doc[sent.start + s:sent.start + e] if t.like_num]
        fig = nums[0] if patterns[k].get("figure") == "first" else nums[-1]
        parsed = numbers.parse(fig.text)
        if fig.i in done or parsed is None or fig.i + 1 < sent.end and doc[fig.i + 1].orth_ == "-":
            continue  # an age, not a count ('Shooting Injures 19-Year-Old Man')
        if fig.i > sent.start and doc[fig.i - 1].lower_ in patterns[k].get("not_after", ()):
            continue  # 'Father of 5 killed, 4 hurt': his children, not the dead
        done.add(fig.i)
        taken.add(fig.i)
        yield record(doc, fig.i, fig.i + 1, parsed[0], parsed[1], patterns[k]["measure"], None, fig)


def _aged_plural_matcher(vocab) -> Matcher:
    return _pattern_matcher(vocab, "aged_plural", lambda: {"aged_plural": _casualty_patterns("aged_plural")})


def aged_plurals(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[Figure]:
    """'killed his daughters, ages 5 and 7', 'kills sons, 10 and 12,': a plural person
    noun followed by the ages of its people counts one person per age
    (data/casualty_patterns.json 'aged_plural'), read by the noun's role in its clause
    like a named person; the ages are not counts."""
    if not _may_match(sent, "aged_plural", _pattern_needs("aged_plural", lambda: _casualty_patterns("aged_plural"))):
        return
    used = -1
    for _mid, s, e in sorted(_aged_plural_matcher(doc.vocab)(sent), key=lambda x: (x[1], -x[2])):
        t = doc[sent.start + s]
        if t.i <= used or t.i in taken or not person_word(t):
            continue
        got = _role_measure(doc, sent, t, True)
        if got is None or got[0] not in CASUALTIES or any(c.dep_ == "neg" for c in t.head.children) \
                and t.head.lemma_.lower() not in ("survive", "make"):
            continue  # 'his sons, 8 and 10, were not hurt' (a negated 'survive' is the death)
        used = sent.start + e - 1
        n = sum(1 for w in doc[t.i:sent.start + e] if w.like_num)
        taken.update(range(t.i, sent.start + e))
        yield record(doc, _first(doc, t, sent.start), sent.start + e, interval(n, n, n), "enumeration", got[0], t, t)


def _age_tokens(span: Span) -> set[int]:
    """The tokens of the ages written in ``span`` ('19-year-old' split as 19 - year - old)."""
    out: set[int] = set()
    for w in span:
        if w.lower_ == "old" and w.i - 4 >= span.start and span.doc[w.i - 2].lower_ in ("year", "month", "week", "day") \
                and span.doc[w.i - 3].text == "-" and span.doc[w.i - 4].like_num:
            out.update(range(w.i - 4, w.i + 1))
    return out


def object_dead(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[Figure]:
    """'left a 12-year-old dead', 'pronounced 19-year-old Sam Doe of Greene County dead',
    'found a woman dead in the basement': the verb's object names one person, who died.
    Read on the tokens (data/casualty_patterns.json 'object_dead'): the parser hangs
    'dead' on the noun, on the verb or makes it the object itself. The words between must
    name a person and no more than one: no figure but an age, no plural person noun."""
    needs = _pattern_needs("object_dead", lambda: _casualty_patterns("object_dead"))
    matches = _object_dead_matcher(doc.vocab)(sent) if _may_match(sent, "object_dead", needs) else []
    spans = sorted({(s, e) for _mid, s, e in matches})
    used = -1
    for s, e in spans:
        s, e = sent.start + s, sent.start + e
        if s <= used or any(t.i in taken for t in doc[s:e]):
            continue
        verb, between = doc[s], doc[s + 1:e - 1]
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_.lower() in MODALS for c in verb.children):
            continue
        ages = _age_tokens(between)
        if any(w.like_num and w.i not in ages for w in between) or any(
                w.tag_ in ("NNS", "NNPS") and person_word(w) for w in between):
            continue  # 'left two men dead' is a figure; 'found the couples dead' no single person
        people = [w for w in between if w.tag_ != "PRP$" and (person_like(w) or w.i in ages and w.lower_ == "old")]
        if not people or people[0].lower_ in ("them", "they"):
            continue
        stand = between.root if between.root in people else people[-1]
        used = e
        taken.update(range(s + 1, e))
        first = between[0].i if between[0].dep_ in ("det", "poss") or between[0].i in ages else people[0].i
        yield record(doc, first, people[-1].i + 1, interval(1, 1, 1), "singular", "killed",
                     stand if stand.tag_ != "PRP" else None, stand)


def _multiplied_in(sent: Span, m: str) -> bool:
    """Whether ``sent`` counts people of measure ``m`` by a multiplier ('double homicide',
    'triple fatal shooting'; data/casualty_patterns.json ``multipliers``): a headline's one
    person named with it is one of them."""
    data = load("casualty_patterns")
    for t in sent:
        if t.lower_ not in data["multipliers"]:
            continue
        for k in range(t.i + 1, min(t.i + 3, sent.end)):
            w = sent.doc[k]
            got = data["multiplied_nouns"].get(w.lemma_.lower()) or data["multiplied_nouns"].get(w.lower_)
            if got == "shot" and k > t.i + 1 and sent.doc[t.i + 1].lower_ in data["multiplied_fatal"]:
                got = "killed"
            if got is not None:
                if got == m:
                    return True
                break
    return False


def multiplied(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[Figure]:
    """'a triple shooting' (3 shot), 'the quadruple murders' (4 killed)."""
    data = load("casualty_patterns")
    for t in sent:
        n = data["multipliers"].get(t.lower_)
        if n is None or t.i in taken:
            continue
        head = t.head
        m = data["multiplied_nouns"].get(head.lemma_.lower()) if t.dep_ in ("amod", "compound", "nmod") else None
        if m is None and t.i + 1 < len(doc):
            head = t.nbor(1)  # 'a quadruple shooting' that the parser splits ('north side quadruple shooting - WKRP9')
            # the word itself where the parser took the noun for a verb ('linked to deadly
            # triple shooting': 'triple' its object, 'shooting' a participle of 'shoot')
            m = data["multiplied_nouns"].get(head.lemma_.lower()) or data["multiplied_nouns"].get(head.lower_)
        if m is None:
            continue
        if m == "shot" and t.i + 1 < head.i and doc[t.i + 1].lower_ in data["multiplied_fatal"]:
            m = "killed"  # 'a double fatal shooting': two dead
        taken.update(range(t.i, head.i + 1))
        yield record(doc, t.i, head.i + 1, interval(n, n, n), None, m, head, head)


def people_count(t: Token) -> int | None:
    """How many people a coordinated member names: 1 for a person, its numeral, 2 for
    'parents'/'both'; None when it names no countable people."""
    if t.lower_ in load("casualty_patterns")["dual"]:
        return 2
    if person_like(t):
        return 1
    num = [c for c in t.children if c.dep_ == "nummod"]
    if num and (person_word(t) or t.like_num):
        return numbers.words_value([num[0].text])
    if t.like_num:
        return numbers.words_value([t.text])
    return None


def conj_linked(a: Token, b: Token) -> bool:
    """Whether ``a`` and ``b`` are members of one coordination ('his wife and three children')."""
    def climbs(t: Token) -> bool:  # conjunctions, and '6 kids, 2 adults'
        return t.dep_ == "conj" or t.dep_ == "appos" and any(c.dep_ == "nummod" for c in t.children) \
            and any(c.dep_ == "nummod" for c in t.head.children)
    return a.i != b.i and _chain_root(a, climbs).i == _chain_root(b, climbs).i


def _breakdown_of(r: Figure, recs: list[Figure], heads: dict[int, Token]) -> bool:
    """Whether ``r`` is one of the appositive parts of another record's figure."""
    h = heads[id(r)]
    root = h
    for _ in range(6):
        if root.dep_ not in ("conj", "appos") or root.head.i == root.i:
            break
        if root.dep_ == "appos" and not _ages_apposed(root):
            root = root.head
            break
        root = root.head  # 'two men, ages 19 and 24, and a woman': the woman hangs on 'ages'
    if root.i == h.i:
        return False
    whole = next((x for x in recs if heads[id(x)].i == root.i), None)
    if whole is None:
        return False
    appos = next((c for c in root.children if c.dep_ == "appos"), None)
    if appos is None:
        return False
    members = [appos]
    # 'Five were hurt: three girls, a father and his son': the parser may chain the
    # members as appositions ('father' on 'girls') as well as conjuncts
    stack = [c for c in appos.children if c.dep_ in ("conj", "appos")]
    while stack:
        c = stack.pop()
        if not _ages_apposed(c):
            members.append(c)
        stack.extend(g for g in c.children if g.dep_ in ("conj", "appos"))
    counts = [people_count(m) for m in members]
    return None not in counts and sum(counts) == whole.value[1]


def _counted_then_listed(doc: Doc, g: list[Figure], heads: dict[int, Token]) -> bool:
    """'Four others, three women and a man, were wounded': a count of people named by a
    word for any people (data/victims.json ``group_nouns``), a comma, then members that
    add up to it (the parser joins them as a list): the members break the count down."""
    first = heads[id(g[0])]
    return len(g) > 2 and first.lemma_.lower() in GROUP_NOUNS and first.i + 1 < len(doc) \
        and doc[first.i + 1].text == "," and sum(r.value[1] for r in g[1:]) == g[0].value[1]


def _ages_apposed(t: Token) -> bool:
    """``t`` is the ages of the people before it ('two men, ages 19 and 24'), which the
    parser may make the head of the next member of the list ('..., and a woman')."""
    return t.dep_ == "appos" and t.lemma_.lower() == "age" and any(c.like_num for c in t.children)


def co_subjects(a: Token, b: Token) -> bool:
    """'6-year-old boy, grandfather fatally shot': ``a`` and ``b`` are two subjects of one verb."""
    return a.dep_ in ("nsubj", "nsubjpass") and b.dep_ in ("nsubj", "nsubjpass") \
        and a.head.i == b.head.i and a.i != b.i


def split_coordination(a: Token, b: Token) -> bool:
    """'A woman, 34, and two men were wounded', 'a clerk, who was new, and three customers
    were hurt': two subjects of one verb, the first holding the 'and' that joins them (the
    parser's reading of a coordination broken by an age or a relative clause), not two
    subjects a parse of run-on text gives one verb (a headline run into the lead)."""
    first, last = sorted((a, b), key=lambda t: t.i)
    return co_subjects(a, b) and any(c.dep_ == "cc" and first.i < c.i < last.i for c in first.children)


def co_clauses(a: Token, b: Token) -> bool:
    """'a man was shot in the thigh and a girl was shot in the hand': ``a`` and ``b`` are
    subjects of coordinated clauses, each naming someone (not 'he' for the first)."""
    return a.dep_ in ("nsubj", "nsubjpass") and b.dep_ in ("nsubj", "nsubjpass") \
        and a.tag_ != "PRP" and b.tag_ != "PRP" and a.i != b.i and a.head.i != b.head.i and (
            b.head.dep_ == "conj" and b.head.head.i == a.head.i
            or a.head.dep_ == "conj" and a.head.head.i == b.head.i)


def then_objects(a: Token, b: Token) -> bool:
    """'killed his wife and then fatally shot two coworkers': ``a`` and ``b`` are the
    objects of two coordinated verbs, the later one told as following the first ('then',
    data/victims.json ``sequence_adverbs``): two acts on different people, whose
    counts add up. Not a pronoun for either (the same people told again). (Session 60, a
    gunman's victims read as the men he shot last alone, beside another page's count.)"""
    if a.i == b.i or a.dep_ != "dobj" or b.dep_ != "dobj" or a.tag_ == "PRP" or b.tag_ == "PRP":
        return False
    va, vb = (a.head, b.head) if a.i < b.i else (b.head, a.head)
    # the first verb is the one the later is coordinated with, or a verb below it ('a man shot
    # by officers first shot his wife and then fatally shot two coworkers')
    return vb.dep_ == "conj" and va.i < vb.i and (vb.head.i == va.i or vb.head in va.ancestors) and any(
        c.dep_ == "advmod" and c.lower_ in _words("sequence_adverbs") for c in vb.children)


def kin_after_and(doc: Doc, found: list[Figure]) -> list[Figure]:
    """'after killing his wife and three sons has been ...': a counted plural of people
    right after 'and' that follows one person read as a casualty belongs with that person,
    though the parser hangs it elsewhere (and so reads it with another verb, or none): the
    two are summed. (Session 24, kin33.)"""
    out = list(found)
    for r in found:
        t = doc[r.stand]
        if r.measure not in CASUALTIES or r.hedge != "singular" or t.tag_ == "PRP" or t.i + 2 >= len(doc) \
                or doc[t.i + 1].lower_ != "and":
            continue
        nxt = doc[t.i + 2]
        f = next((x for x in out if x is not r and x.start == nxt.idx and x.measure not in CASUALTIES
                  and x.value[0] is not None and x.value[1] == x.value[2]), None)
        kin = doc[f.stand] if f is not None else None
        if kin is None or kin.dep_ != "conj" or not (kin.tag_ in ("NNS", "NNPS") and person_word(kin)):
            continue  # not 'wounded a guard and two officers fired back'
        n = r.value[1] + f.value[1]
        tot = replace(r, end=max(f.end, kin.idx + len(kin)), value=(n, n, n), hedge=f"sum: {_n(r.value[1])} + {_n(f.value[1])}",
                      end_tok=max(r.end_tok, f.end_tok))
        out = [x for x in out if x is not r and x is not f] + [tot]
    return out


_IN_LAW = ("-", "in", "-", "law")  # 'son-in-law', as the tokenizer splits it


def _kin_members(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """(first token, members) of a list of single people ending just before token ``hi``
    ('his aunt, brother-in-law and', 'his brother and', 'Ana Vale, her husband and'): a
    person noun after a possessive (and the name the possessive is of, before a comma),
    then bare singular person nouns ('son-in-law' one), joined by commas and ending in
    'and'; None when the words are anything else ('a neighbor' has a determiner of its own:
    perhaps the same person described)."""
    i, n, first = hi - 1, 0, None
    if i < lo or doc[i].lower_ != "and":
        return None
    i -= 1
    while i >= lo:
        if i - 4 >= lo and tuple(t.lower_ for t in doc[i - 3:i + 1]) == _IN_LAW:
            i -= 4
        t = doc[i]
        if t.tag_ != "NN" or person_word(t) is None or _is_suspect(t):
            return None
        n += 1
        prev = doc[i - 1] if i > lo else None
        if prev is not None and (prev.tag_ == "PRP$" or prev.tag_ == "POS"):
            first = prev.i if prev.tag_ == "PRP$" else prev.head.left_edge.i
            name = first - 2
            if prev.tag_ == "PRP$" and name >= lo and doc[first - 1].text == "," and doc[name].ent_type_ == "PERSON":
                # 'Ana Vale, her husband and two sons': the one the possessive is of leads the list
                while name > lo and doc[name - 1].ent_type_ == "PERSON":
                    name -= 1
                first, n = name, n + 1
            break
        if prev is None or prev.text != ",":
            return None
        i -= 2
    return (first, n) if first is not None else None


def kin_lists(doc: Doc, found: list[Figure]) -> list[Figure]:
    """'deputies found his aunt, brother-in-law and two nephews dead': a counted
    plural of people after a list of single people that share one possessive is one list of
    the same casualties, summed (1 + 1 + 3), whatever the parser made of the list (an
    apposition, a conjunction) and whether the single people were read apart or not."""
    out = list(found)
    for f in found:
        if f.measure not in CASUALTIES or f.start_tok < 1 or f.value[1] is None or f.value[1] != f.value[2] \
                or str(f.hedge or "").startswith(("sum", "derived")) or f.value[1] < 2:
            continue
        k = doc[f.stand]
        if k.tag_ not in ("NNS", "NNPS") or person_word(k) is None or _is_suspect(k):
            continue
        got = _kin_members(doc, sent_of(k).start, f.start_tok)
        if got is None:
            continue
        first, n = got
        lo = doc[first].idx
        if any(x is not f and x.start < f.start and x.end > lo and (
                x.measure != f.measure or x.value[1] != 1) for x in out):
            continue  # another figure in the list: not people named one by one
        total = n + f.value[1]
        tot = replace(f, start=lo, value=(total, total, total),
                      hedge="sum: " + " + ".join(["1"] * n + [_n(f.value[1])]))
        out = [x for x in out if x is not f and not (lo <= x.start < f.start)] + [tot]
    return out


def totals(doc: Doc, found: list[Figure], record: Record, interval) -> list[Figure]:
    """One sentence's records with coordinated victims summed: 'his wife and three
    children' (4), '6 kids, 2 adults' (8), 'killed two children, herself' (3). A
    suicide is added to the other deaths its sentence names. Returns the new list."""
    out = list(found)
    for measure in CASUALTIES:
        recs = [r for r in out if r.measure == measure and r.value[1] == r.value[2]
                and r.value[1] is not None and not str(r.hedge or "").startswith("derived")]
        if len(recs) < 2:
            continue
        heads = {id(r): doc[r.stand] for r in recs}

        def linked(a: Figure, b: Figure) -> bool:
            ha, hb = heads[id(a)], heads[id(b)]
            # 'Boy Hurt, 3 Men Also Wounded': a headline adding people with 'also'
            later = hb if hb.i > ha.i else ha
            also = is_heading(sent_of(ha)) and any(
                w.lower_ == "also" for w in doc[later.i + 1:min(len(doc), later.i + 3)])
            return conj_linked(ha, hb) or co_subjects(ha, hb) or a.hedge == b.hedge == "singular" \
                and co_clauses(ha, hb) or also or then_objects(ha, hb)

        groups: list[list[Figure]] = []
        # 'Four others, three women and a man': members that add up to the figure they
        # follow break it down; they are not more people
        recs = [r for r in recs if not _breakdown_of(r, recs, heads)]
        for r in sorted(recs, key=lambda r: r.start):
            for g in groups:
                if any(linked(r, x) for x in g):
                    g.append(r)
                    break
            else:
                groups.append([r])
        if measure == "killed" and any(r.suicide for r in recs) and len(groups) > 1:
            groups = [[r for g in groups for r in g]]
        for g in groups:
            if len(g) < 2 or any(a.start < b.end and b.start < a.end for a in g for b in g if a is not b):
                continue
            g.sort(key=lambda r: r.start)
            if _counted_then_listed(doc, g, heads):
                continue
            n = sum(r.value[1] for r in g)
            first, last = g[0], g[-1]
            stand_end = doc[last.stand].idx + len(doc[last.stand])
            tot = replace(first, start=first.start, end=max(last.end, stand_end), value=(n, n, n),
                          hedge="sum: " + " + ".join(_n(r.value[1]) for r in g),
                          end_tok=max(r.end_tok for r in g))
            out = [r for r in out if not any(r is x for x in g)] + [tot]
    return out


def _member(toks: list[Token], j: int, heading: bool) -> tuple[int, float, bool] | None:
    """A list member starting at ``toks[j]``: (index after it, how many people, whether
    that is a lower bound). '7 men', '4 young adults', 'Parents', and in headlines bare
    nouns with an age: 'Mother', '17-month-old son', 'Boy, 6,', and bare plurals
    ('grandchildren': at least two)."""
    a = toks[j]
    val: float | None = None
    k = j
    if a.like_num:
        val = numbers.words_value([a.text])
        if val is None:
            return None
        k += 1
        if k + 3 < len(toks) and toks[k].text == "-" and toks[k + 1].lower_ in ("year", "month", "week", "day") \
                and toks[k + 2].text == "-" and toks[k + 3].lower_ == "old":
            if not heading:
                return None
            val, k = None, k + 4  # an age: '17-month-old son'
            if k < len(toks) and not person_word(toks[k]) and toks[k].pos_ != "ADJ":
                return k, 1, False  # the age is the person: 'Police: 15-year-old shot on 12th Avenue'
    while k < len(toks) and toks[k].pos_ == "ADJ" and not person_word(toks[k]) and k - j < 6 \
            and toks[k].lower_ != "left":  # 'left man dead': the verb, tagged as an adjective
        k += 1  # '4 young adults', 'teen daughter'
    if k >= len(toks):
        return None
    t = toks[k]
    if t.lower_ in DUAL_NOUNS:
        return k + 1, 2, False
    if t.lower_ in ("self", "himself", "herself") and j > 0 and val is None:
        return k + 1, 1, False  # '... kills daughter, grandchildren, self'
    group = lexicon().person_group
    if not person_word(t) or t.ent_type_ == "PERSON" and not (
            t.lower_ in group or IRREGULAR.get(t.lower_) in group):  # 'Man' in a headline is no name
        return None
    if val is None and j > 0 and toks[j - 1].like_num:
        return None  # the noun of a figure ('4 other shot'), not a member of its own
    plural = t.tag_ in ("NNS", "NNPS") or t.lower_ in IRREGULAR
    end = k + 1
    if heading and end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].like_num \
            and toks[end + 2].text == "," and not plural:
        end += 3  # 'Boy, 6, dies after ...': an age, not a member
    if val is None:
        if not heading:
            return None  # 'children' without a number counts nobody
        if plural:
            return end, 2, True  # 'kills daughter, grandchildren, self': two or more
        val = 1
    return end, val, False


def _may_start_member(doc: Doc) -> list[bool]:
    """Per token of ``doc``, whether :func:`_member` may find a member starting there:
    False only where it finds none for less (a token that is no number, no adjective,
    no pair noun, no 'self' and no person word), read once per doc from the word hashes."""
    got = doc.user_data.get("reconcile_may_start_member")
    if got is None:
        strings = doc.vocab.strings
        seen = _word_memo("member", lexicon().person_group)
        got = []
        for low_id, lemma_id, pos, num in doc.to_array([LOWER, LEMMA, POS, LIKE_NUM]).tolist():
            key = (low_id, lemma_id)
            word = seen.get(key)
            if word is None:
                low = strings[low_id]
                word = seen[key] = low in DUAL_NOUNS or low in ("self", "himself", "herself") or \
                    _person_word(strings[lemma_id].lower(), low) is not None
            got.append(bool(num) or pos == ADJ or word)
        doc.user_data["reconcile_may_start_member"] = got
    return got


def _active_after(toks: list[Token], j: int) -> bool:
    """The headline verb at ``toks[j]`` has an object: 'Killed Wife', 'shot and killed infant'."""
    k = j + 1
    while k < len(toks) and k <= j + 4:
        w = toks[k]
        if w.lower_ in ("and", ",", "&") or w.pos_ in ("VERB", "ADV") and w.lower_ not in ("in", "at"):
            k += 1
            continue
        if w.like_num and any(lexicon().adj_measure.get(x.lower_) for x in toks[k + 1:k + 4]
                              if x.pos_ != "ADP"):
            return False  # 'Man Killed, 3 Wounded', 'Boy Hurt, 3 Men Also Wounded': the next figure
        return w.pos_ in OBJECT_POS and w.ent_type_ not in ("DATE", "TIME", "GPE")
    return False


def fatal_sequel(t: Token) -> bool:
    """'shot and killed', 'shot, killed', 'shot to death', 'shot dead' right after ``t``
    (read on the tokens: headlines parse badly)."""
    lx = lexicon()
    doc = t.doc
    k = t.i + 1
    while k < len(doc) and k <= t.i + 3:
        w = doc[k]
        if w.lower_ in SEQUEL_JOINERS:
            k += 1
            continue
        return lx.adj_measure.get(w.lower_) == "killed" or w.lower_ in ("death", "dies", "died")
    return False


def _partitive_list(doc: Doc, first: int, lo: int) -> bool:
    """The list starting at token ``first`` is the whole of a part ('One of two men shot
    ... dies', 'one of the three teens shot ... has died'): a death told after it is the
    part's, not the list's."""
    k = first - 1
    if k >= lo and doc[k].lower_ == "the":
        k -= 1
    return k - 1 >= lo and doc[k].lower_ == "of" and doc[k - 1].like_num


def listed(doc: Doc, sent: Span, found: list[Figure], record: Record, interval) -> list[Figure]:
    """'10 women, 7 men wounded', '4 adults, 1 child shot', 'Parents, 2 children dead',
    and in headlines 'Mother, child found dead', 'killing girlfriend, girl': a list of
    people with what happened to them (after the list or before it), summed. Read on
    the tokens because parsers split such lists in odd ways."""
    heading = is_heading(sent)
    toks = list(sent)
    out = list(found)
    may = _may_start_member(doc)
    i = 0
    while i < len(toks):
        if not may[sent.start + i]:
            i += 1  # no member starts here (_member is None): nothing is listed from here
            continue
        members: list[tuple[int, int, float]] = []  # (first token, last token, value)
        opened = False  # a member counted as 'two or more'
        raw_end = -1
        j = i
        while j < len(toks):
            got = _member(toks, j, heading)
            if got is None:
                break
            end, val, open_ = got
            last = end - 1
            while last > j and (toks[last].is_punct or toks[last].like_num):
                last -= 1  # 'Boy, 6,': the member ends at its noun
            members.append((toks[j].i, toks[last].i, val))
            opened |= open_
            raw_end = toks[end - 1].i  # the member with its age ('Boy, 6,')
            j = end
            if j + 1 < len(toks) and toks[j].lower_ in (",", "and", "&"):
                j += 2 if (toks[j].text == "," and toks[j + 1].lower_ == "and" and j + 2 < len(toks)) else 1
                continue
            break
        single = len(members) == 1 and heading and j < len(toks) and \
            toks[j].i == raw_end + 1 and toks[j].lower_ in HEADLINE_OUTCOMES and not (
                _active_after(toks, j))  # not 'Man Killed Wife, 4 Kids', 'man, 19, shot and killed infant'
        if (len(members) < 2 and not single) or all(v == 1 for _, _, v in members) and not heading:
            i += 1
            continue
        m, part_died = _list_outcome(doc, sent, toks, j, members[0][0])
        if single and members[0][2] == 1 and m is not None and _multiplied_in(sent, m):
            m = None  # 'Man killed in double homicide': one of the two dead, not a count of one
        s0, e0 = members[0][0], members[-1][1]
        if m in CASUALTIES and any(r.measure == m and r.start <= doc[s0].idx and
                                   r.end >= doc[e0].idx + len(doc[e0]) for r in out):
            m = None  # a reading that covers the whole list already ('..., then himself')
        if m in CASUALTIES:
            inside = [r for r in out if doc[s0].idx <= r.start and r.end <= doc[e0].idx + len(doc[e0])]
            n = sum(v for _, _, v in members)
            how = "sum: " + " + ".join(_n(v) for _, _, v in members)
            rec = record(doc, s0, e0 + 1, interval(n, n, None) if opened else interval(n, n, n),
                         f"at least ({how})" if opened else how, m, doc[members[0][1]], doc[members[0][1]])
            rec.start_tok, rec.end_tok = s0, e0 + 1
            out = [r for r in out if not any(r is x for x in inside)] + [rec]
            if part_died:
                out += _part_dead(doc, doc[s0 - 2 if doc[s0 - 1].lower_ == "of" else s0 - 3], out, record, interval)
            i = j + 1
            continue
        i += 1
    return out


def _list_outcome(doc: Doc, sent: Span, toks: list[Token], j: int, first: int) -> tuple[str | None, bool]:
    """What happened to the people of a list that starts at token ``first`` and ends
    before ``toks[j]``: the measure of the words after it ('wounded', 'shot and killed',
    'shot ... has died') or before it ('the deaths of', a verb), and whether a death told
    after it is only a part's ('One of two men shot ... dies': the list's people were
    shot, and the part died)."""
    lx = lexicon()
    m = None
    part_died = False
    after = toks[j] if j < len(toks) else None
    if after is not None and after.lower_ in LIST_LINKERS:
        after = toks[j + 1] if j + 1 < len(toks) else None
    fatally = after is not None and after.lower_ in ("fatally", "mortally")
    if after is not None and after.lower_ in ("fatally", "mortally", "critically", "seriously") \
            and after.i + 1 < sent.end:
        after = doc[after.i + 1]  # '6-year-old boy, grandfather fatally shot'
    if after is not None:
        m = lx.adj_measure.get(after.lower_) or (predicate_measure(after) if after.pos_ == "VERB" else None)
        if after.lower_ in ("dies", "died"):
            m = "killed"  # 'Man Dies After ...' (the tagger often reads 'dies' as a noun)
        if m in ("shot", "injured") and (fatally or fatal_sequel(after)):
            m = "killed"  # 'teenager shot and killed', '3 adults found shot to death'
        elif m in ("shot", "injured") and then_died(after):
            part_died = _partitive_list(doc, first, sent.start)
            m = m if part_died else "killed"  # 'Teen shot ... has died'; not 'One of two men shot ... dies'
    before = doc[first - 1] if first > sent.start else None
    if m is None and before is not None and before.lower_ in ("of",) and first - 2 >= sent.start:
        n = doc[first - 2]
        m = "killed" if n.lemma_.lower() in DEATH_NOUNS or n.lower_ == "deaths" else None
    elif m is None and before is not None and before.pos_ == "VERB":
        m = _own_measure(before)
    return _on_people(m), part_died


def _part_dead(doc: Doc, part: Token, out: list[Figure], record: Record, interval) -> list[Figure]:
    """The part of a list of people shot that a headline says died ('One of two men shot
    ... dies'), as its own count of the dead unless a figure of the sentence reads it."""
    v = numbers.words_value([part.text])
    if v is None or any(r.start <= part.idx < r.end for r in out):
        return []
    return [record(doc, part.i, part.i + 1, interval(v, v, v), None, "killed", None, part)]


def _group_part_matcher(vocab) -> Matcher:
    return _pattern_matcher(vocab, "group_part", lambda: {"group_part": _casualty_patterns("group_part")})


def group_parts(sent: Span) -> dict[int, tuple[str | None, str]]:
    """'Two of the six people shot died', 'one of the four women shot and killed': the
    participles after the plural noun name the group the inner figure counts ('shot and
    killed': the killed) and the outer figure is a part of it, counted by the outcome its
    own verb gives (data/casualty_patterns.json 'group_part'). Token index of each figure ->
    (measure, how); the outer figure is left out unless its verb is a death or the group
    the killed (a part of the dead counts no casualty of its own)."""
    if not _may_match(sent, "group_part", _pattern_needs("group_part", lambda: _casualty_patterns("group_part"))):
        return {}
    doc, lx = sent.doc, lexicon()
    out: dict[int, tuple[str | None, str]] = {}
    longest: dict[int, int] = {}
    for _mid, s, e in _group_part_matcher(doc.vocab)(sent):
        longest[sent.start + s] = max(longest.get(sent.start + s, 0), sent.start + e)
    for s, e in sorted(longest.items()):
        if not person_word(doc[s + 4]) or doc[s].i in out:
            continue
        said = [lx.adj_measure.get(t.lower_) for t in doc[s + 5:e] if t.lower_ != "and"]
        if doc[e - 1].lower_ == "and" or None in said:
            continue
        total = "killed" if "killed" in said else said[-1]  # 'shot and wounded': the injured
        out[s + 3] = (total, "group")
        outcome = _part_outcome(doc, e, sent.end)
        if total == "killed":
            out[s] = (None, "part of the group")  # 'one of the four women shot and killed ... knew'
        elif outcome == "killed":
            out[s] = ("killed", "part of the group")  # 'Two of the six people shot died'
    return out


def part_of_shot(sent: Span) -> dict[int, tuple[str | None, str]]:
    """'one of five young men gunned down': a partitive whose group the participle names
    counts N people shot, not N dead, though 'gunned down' alone reads as a death (some of
    the group may have lived; data/casualty_patterns.json 'part_of_shot', each with its
    measure). Token index of each group figure -> (measure, how), as :func:`group_parts`;
    not before 'and' ('gunned down and killed' names the dead)."""
    needs = _pattern_needs("part_of_shot", lambda: _casualty_patterns("part_of_shot"))
    if not _may_match(sent, "part_of_shot", needs):
        return {}
    doc, patterns = sent.doc, load("casualty_patterns")["part_of_shot"]
    out: dict[int, tuple[str | None, str]] = {}
    for mid, s, e in _per_pattern_matcher(doc.vocab, "part_of_shot")(sent):
        s, e = sent.start + s, sent.start + e
        fig = next(t for t in reversed(doc[s + 2:e]) if t.like_num)
        group = next((t for t in doc[fig.i + 1:e - 2] if t.pos_ != "ADJ"), None)  # the noun, or 'who'
        if group is None or not (person_word(group) or group.tag_ == "WP") or e < sent.end and doc[e].lower_ == "and":
            continue
        out[fig.i] = (patterns[_pattern_index(doc, mid)]["measure"], "group")
    return out


def _part_outcome(doc: Doc, start: int, end: int) -> str | None:
    """The casualty measure the first verb from ``start`` gives its subject: 'died',
    'later died', 'has died', 'was killed', 'is dead'; None at a comma or a negation."""
    lx = lexicon()
    for t in doc[start:end]:
        if t.text in (",", ";", ":") or t.dep_ == "neg":
            return None
        if t.pos_ == "VERB":
            return lx.verb_measure.get(t.lemma_.lower())
        if t.pos_ == "AUX" and t.lemma_.lower() == "be":
            nxt = next((w for w in doc[t.i + 1:end] if w.pos_ not in ("ADV", "PART")), None)
            return lx.adj_measure.get(nxt.lower_) if nxt is not None else None
    return None

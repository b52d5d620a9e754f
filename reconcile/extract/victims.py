"""Casualty counts the way reporters write them, without a numeral.

Three readings, each a plain function over a parsed sentence:

- :func:`predicate_measure`: what a predicate says happened to the people it governs
  ("shot and killed", "shot his brother to death", "was pronounced dead", "shot and
  hospitalized", "succumbed").
- :func:`implicit`: people counted by naming them ("a man was shot dead" = 1 killed,
  "a 19-year-old woman, a 30-year-old man and a 45-year-old woman were killed" = 3,
  "killed his girlfriend and her baby daughter" = 2, "the murder of 9-year-old Tyshawn
  Lee" = 1, "she later died" = 1, "a fatal shooting" = at least 1 killed).
- :func:`arithmetic`: figures that follow from others ("4 Women Shot, 2 Dead" = 2
  injured; "Three people were injured, including a 17-year-old who succumbed" = 2
  injured and 1 killed; "Five people were shot" in an article that reports no death =
  5 injured). Each derived figure says how it was derived in its ``hedge``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Callable

from spacy.tokens import Doc, Span, Token

from .lexicon import lexicon

SEVERITY_KILLED = {"fatally", "mortally", "dead", "death"}
CASUALTIES = ("killed", "injured", "shot")
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "himself": "m", "herself": "f"}
AGE = re.compile(r"^\d+-(year|month|week|day)s?-old$", re.I)
#: verbs whose active subject is the victim in headline style ("Teen killed in crash")
HEADLINE_PASSIVE = {"kill", "shoot", "wound", "injure", "hurt", "slay", "murder"}
#: verbs whose object is the one who fired, not a casualty
FIRING = {"fire", "hear", "ring", "report", "discharge"}
DEATH_NOUNS = {"death", "murder", "killing", "slaying", "homicide", "execution", "assassination"}
FATAL_EVENTS = {"shooting", "stabbing", "attack", "incident", "shootout", "crash", "fight"}


def predicate_measure(v: Token) -> str | None:
    """The measure a predicate expresses for the people it governs."""
    lx = lexicon()
    lem = v.lemma_.lower()
    m = lx.verb_measure.get(lem) or lx.adj_measure.get(v.lower_)
    if v.lower_ in ("dead", "injured", "wounded", "hurt", "missing", "killed"):
        m = lx.adj_measure.get(v.lower_)
    kids = list(v.children)
    words = {c.lower_ for c in kids} | {g.lower_ for c in kids for g in c.children}
    if m in ("shot", "injured", "attacks") and words & SEVERITY_KILLED:
        return "killed"
    if lem in ("leave", "find", "pronounce", "declare", "report", "confirm", "list", "be", "remain"):
        for c in kids:
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr") and c.lower_ in lx.adj_measure:
                return lx.adj_measure[c.lower_]
            if c.dep_ == "prep" and c.lower_ == "with":  # 'left ... with gunshot wounds'
                for g in c.children:
                    if lx.noun_measure.get(g.lemma_.lower()) == "injured":
                        return "injured"
            if c.dep_ == "prep" and c.lower_ == "in" and lem in ("be", "remain", "list"):
                # 'was in critical condition'
                for g in c.children:
                    if g.lemma_.lower() == "condition" and any(
                            lx.adj_measure.get(a.lower_) == "injured" for a in g.children):
                        return "injured"
    if lem in ("succumb",):
        return "killed"
    if lem in ("take", "transport", "rush", "airlift", "hospitalize") and any(
            g.lower_ in ("hospital", "hospitals") for c in kids for g in c.subtree):
        return "injured"
    if m == "shot":
        # 'shot and killed', 'shot and wounded', 'shot, killed', 'shot and hospitalized'
        for c in kids:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ"):
                mm = predicate_measure(c)
                if mm in ("killed", "injured"):
                    return mm
    return m


IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person",
             "policemen": "policeman", "gunmen": "gunman"}


def person_word(t: Token) -> str | None:
    """The person group a noun names ('Women' in a title-case headline too), or None."""
    group = lexicon().person_group
    low = t.lower_
    for w in (t.lemma_.lower(), low, IRREGULAR.get(low, ""), low[:-1] if low.endswith("s") else ""):
        if w and w in group:
            return group[w]
    return None


def person_like(t: Token) -> bool:
    """A single person named by a noun, a name, an age ('a 3-year-old') or he/she."""
    lx = lexicon()
    if t.tag_ == "PRP":
        return t.lower_ in PRONOUNS
    if t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in t.children):
        return False
    if t.lemma_.lower() in ("one", "other", "people", "family", "member", "someone", "anyone", "nobody"):
        return False
    return t.lemma_.lower() in lx.person_group or t.lower_ in lx.person_group or \
        (t.ent_type_ == "PERSON" and t.pos_ == "PROPN") or bool(AGE.match(t.text))


def coordinated(t: Token) -> list[Token]:
    """``t`` and the people coordinated with it ('a man, a woman and a boy')."""
    out = [t]
    stack = [c for c in t.children if c.dep_ in ("conj",)]
    while stack:
        c = stack.pop()
        if person_like(c):
            out.append(c)
            stack.extend(g for g in c.children if g.dep_ == "conj")
        elif c.ent_type_ == "PERSON" or c.dep_ == "appos":
            continue
        else:
            return out[:1] if len(out) == 1 else out
    return sorted(out, key=lambda x: x.i)


def _first(doc: Doc, t: Token, lo: int) -> int:
    """Where the noun phrase of person ``t`` starts (with its determiner)."""
    if t.ent_type_ == "PERSON":
        s = t.i
        while s > lo and doc[s - 1].ent_type_ == "PERSON":
            s -= 1
        return s
    s = t.i
    for c in t.lefts:
        if c.dep_ in ("det", "poss", "amod", "compound", "nummod", "npadvmod"):
            s = min(s, c.left_edge.i)
    return max(s, lo)


def _people_ok(t: Token, sent: Span) -> bool:
    """A noun counts only with a determiner that makes it one person, or in a headline."""
    if t.tag_ == "PRP" or t.ent_type_ == "PERSON" or AGE.match(t.text):
        return True
    dets = [c for c in t.children if c.dep_ in ("det", "poss")]
    if dets:
        return dets[0].lower_ in ("a", "an", "one", "the", "another", "his", "her", "their", "its") \
            or dets[0].tag_ == "PRP$" or dets[0].dep_ == "poss"
    # 'Man killed in ...', '9-year-old Tyshawn Lee'
    return t.i == sent.start or any(c.dep_ == "amod" and c.lower_ == "old" for c in t.children) or \
        any(AGE.match(c.text) for c in t.children)


Record = Callable[..., dict[str, Any]]


def implicit(doc: Doc, sent: Span, taken: set[int], record: Record, interval) -> Iterator[dict[str, Any]]:
    """Casualties counted by naming the people (no numeral)."""
    lx = lexicon()
    seen: set[int] = set()
    for t in sent:
        if t.i in taken or t.i in seen:
            continue
        m = None
        kind = None
        if t.dep_ in ("nsubj", "nsubjpass") and person_like(t) and _people_ok(t, sent):
            v = t.head
            if t.dep_ == "nsubj":
                lem = v.lemma_.lower()
                active_ok = lem in ("die", "succumb", "perish", "be", "remain") or (
                    lem in HEADLINE_PASSIVE and v.tag_ in ("VBD", "VBN") and t.tag_ != "PRP"
                    and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children))
                if not active_ok:
                    continue
            m = predicate_measure(v)
            kind = "subject"
        elif t.dep_ == "dobj" and (person_like(t) and _people_ok(t, sent)):
            v = t.head
            if v.lemma_.lower() in FIRING:
                continue
            m = predicate_measure(v)
            if m == "shots":
                m = "shot"
            kind = "object"
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and person_like(t) and t.tag_ != "PRP" \
                and _people_ok(t, sent):
            n = t.head.head
            nl = n.lemma_.lower()
            if nl in DEATH_NOUNS or (nl in FATAL_EVENTS and any(a.lower_ in ("fatal", "deadly") for a in n.children)) \
                    or any(c.lower_ == "death" for c in n.rights if c.i < t.i and c.dep_ != "prep"):
                m = "killed"
            elif nl == "death":
                m = "killed"
            elif nl == "shooting" and n.dep_ != "compound":
                m = "shot"
            kind = "of"
        elif t.dep_ == "poss" and (person_like(t) or t.lower_ in ("his", "her")) and \
                t.head.lemma_.lower() in DEATH_NOUNS and t.lower_ not in ("its", "their"):
            m, kind = "killed", "poss"
        if m not in CASUALTIES:
            continue
        v = t.head
        if any(c.dep_ == "neg" for c in v.children):
            continue
        people = coordinated(t) if kind != "poss" else [t]
        if any(p.i in taken for p in people):
            continue
        seen.update(p.i for p in people)
        n_people = len(people)
        start = _first(doc, people[0], sent.start)
        iv = interval(n_people, n_people, n_people)
        hedge = "singular" if n_people == 1 else "enumeration"
        yield record(doc, start, people[-1].i + 1, iv, hedge, m, t if t.tag_ != "PRP" else None, t)
    # 'a fatal shooting': at least one person died
    for t in sent:
        if t.lemma_.lower() in FATAL_EVENTS and t.pos_ == "NOUN" and t.i not in taken and \
                any(a.lower_ in ("fatal", "deadly") and a.dep_ == "amod" for a in t.children):
            a = next(a for a in t.children if a.lower_ in ("fatal", "deadly"))
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(person_like(g) for g in c.children)
                   for c in t.children):
                continue  # counted through 'of' above
            yield record(doc, a.i, t.i + 1, interval(1, 1, None), "at least", "killed", None, t)


def is_firing(tok: Token) -> bool:
    """'fired 5 shots', 'heard 5 shot': rounds, not people."""
    sent = tok.sent
    return any(t.lemma_.lower() in FIRING and t.pos_ == "VERB" for t in sent)


def arithmetic(doc: Doc, recs: list[dict[str, Any]], record: Record, interval) -> list[dict[str, Any]]:
    """Derived figures: injured = shot - killed, 'including one who died', and the
    people shot in an article that reports no death. ``recs`` are one article's
    records with ``_sent`` (sentence start) set; returns the new records."""
    out: list[dict[str, Any]] = []
    by_sent: dict[int, list[dict[str, Any]]] = {}
    for r in recs:
        by_sent.setdefault(r["_sent"], []).append(r)
    any_killed = any(r["measure"] == "killed" for r in recs)
    for sent_start, rs in by_sent.items():
        shot = [r for r in rs if r["measure"] == "shot" and r["value"][1] == r["value"][2] is not None]
        killed = [r for r in rs if r["measure"] == "killed" and r["value"][2] is not None]
        injured = [r for r in rs if r["measure"] == "injured"]
        for s in shot:
            n = s["value"][1]
            if injured:
                break
            exact = [r for r in killed if r is not s and r["value"][1] == r["value"][2]]
            if exact:
                k = sum(r["value"][1] for r in exact)
                if 0 < k <= n:
                    out.append(dict(s, value=(n - k, n - k, n - k), measure="injured",
                                    hedge=f"derived: {_n(n)} shot - {_n(k)} killed"))
                break
            if not any_killed:
                out.append(dict(s, value=(n, n, n), measure="injured",
                                hedge="derived: shot, no death reported"))
                break
    return out


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def including_deaths(stand: Token) -> list[Token]:
    """'Three people were injured, including a 17-year-old who succumbed to her
    injuries': the counted people the sentence says died (empty if none)."""
    for c in (*stand.children, *(stand.head.children if stand.head is not stand else ())):
        if c.dep_ == "prep" and c.lower_ == "including":
            for g in c.children:
                if g.dep_ != "pobj" or any(x.dep_ == "nummod" for x in g.children):
                    continue  # 'including two who died' is counted by its own figure
                people = coordinated(g) if person_like(g) else [g]
                for rel in g.subtree:
                    if rel.dep_ in ("relcl", "acl") and predicate_measure(rel) == "killed":
                        return people
    return []

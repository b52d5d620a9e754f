"""People described without a name ('a 13-year-old girl was shot', 'the gunman'): kept
when no named person of the same role can be the one meant, their age, role and outcome
lent to a named one by elimination.
"""

from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ...data import load, wordset
from ...text.lexicon import lexicon
from ...text.pubdates import YEAR
from ..people import PRONOUN_GENDER
from ..scope import is_heading, sent_of
from ..victims import AGE, _age, _gender
from .ages import _age_after, _age_compound
from .evidence import Fact, _fact, _noun_role, read_mention
from .given_ages import _group_ages, _one_of_several, _superseded_ages
from .matchers import Words, words
from .person import _Person, _role
from .pronouns import _mention_deps, _possessed_by
from .recalled import _other_fate
from .witnesses import _speaks_where_aged, _spoke_after


def _described_person(doc: Doc, t: Token) -> _Person | None:
    """The person a noun describes without naming them ('a 13-year-old girl was shot', 'the
    gunman', 'a 19-year-old was found unresponsive'), when its facts or its determiner and age make
    it a victim or a suspect; None for a noun that is no person, is counted ('two men'), is
    one more ('another man') or has no role."""
    group = lexicon().person_group
    lem = t.lemma_.lower()
    if t.lower_ == "old" and t.dep_ in _mention_deps():
        pass  # 'a 19-year-old was found unresponsive': the age stands for the person
    elif t.lower_ in words().suspect and lem not in group and t.dep_ in _mention_deps():
        if _age(t) is None:
            return None  # 'the 41-year-old accused appeared before a judge': a suspect word with an age, however tagged
    elif t.pos_ != "NOUN":
        return None
    elif lem not in group or lem in words().not_a_person:
        if lem not in ("person",) or _age(t) is None:
            return None
    dets = [c.lower_ for c in t.children if c.dep_ in ("det", "poss")]
    age = _age(t)
    if t.lower_ == "old" and (age is None or t.i > 0 and _age_compound(doc, t.i) is None):
        return None
    between = _age_after(doc, t.i + 1) if age is None and t.pos_ == "NOUN" and dets[:1] in (["the"], ["a"], ["an"]) \
        else None
    if between is not None:
        # 'the victim, 16, died at the scene', 'a man, 29, is charged': the age between commas
        age = str(between[0])
    noun_role = _noun_role(lem, t.lower_)
    if any(c.dep_ == "nummod" for c in t.children) or any(c.lower_ in ("other", "another", "second", "third")
                                                          for c in t.children):
        return None
    facts, _ = read_mention(t)
    roles = {f.role for f in facts}
    if noun_role == "suspect" and (dets[:1] in (["the"], ["a"], ["an"])):
        role = "suspect"
    elif "suspect" in roles and "victim" not in roles and (age is not None or dets[:1] == ["a"] and any(
            f.role == "suspect" and f.outcome == "killed" for f in facts)):
        role = "suspect"  # 'a 31-year-old woman was arrested', 'a man shot ... then turned the gun on himself'
    elif "victim" in roles and (dets[:1] in (["a"], ["an"]) or age is not None) and "suspect" not in roles:
        role = "victim"
    else:
        return None
    g = _gender(t)
    p = _Person(name=None, first=None, last=None, mention=(t.left_edge.idx, t.idx + len(t)), tokens=[t.i])
    p.facts = [f for f in facts if f.role in (role, None)] + _suspect_harmed(facts, role) + (
        [_fact(role, None, t)] if role == "suspect" else [])
    if between is not None:
        p.age = between
    elif age is not None and age.isdigit():
        a = next((c for c in (t, *t.lefts) if c.lower_ == "old" or AGE.match(c.text)), t)
        got = _age_compound(doc, a.i)
        p.age = got if got is not None else (int(age), a.left_edge.idx, a.idx + len(a))
    if g:
        p.gender = (g, t.idx, t.idx + len(t))
    return p


def _suspect_harmed(facts: list[Fact], role: str) -> list[Fact]:
    """What a described suspect's own clauses say happened to them ('the suspect was found dead',
    'the gunman was wounded by an officer'): the death or the wound, as the suspect's (the
    clauses read it as a victim's). (Session 33, rows49, careful reading round 48: a robber
    who got away and was found dead the next morning, named earlier, shown unharmed.)"""
    if role != "suspect":
        return []
    return [replace(f, role="suspect") for f in facts if f.role == "victim" and f.outcome in ("killed", "injured")]


def _may_describe(doc: Doc) -> list[int]:
    """The tokens :func:`_described_person` may take, in order, read over the doc's arrays
    (most tokens are none): 'old', or a singular noun whose lemma is a person word or
    'person' (what it asks first); :func:`_unnamed` looks up the sentence of these only."""
    arr = doc.to_array([POS, TAG, LOWER, LEMMA])
    group = lexicon().person_group
    lemmas = numpy.unique(arr[:, 3])
    strings = doc.vocab.strings
    people_lemmas = lemmas[[(w := strings[h].lower()) in group or w == "person" for h in lemmas.tolist()]] \
        if len(lemmas) else lemmas
    suspects = [get_string_id(w) for w in words().suspect if w not in group]
    return numpy.nonzero((((arr[:, 0] == NOUN) & numpy.isin(arr[:, 3], people_lemmas))
                          | (arr[:, 2] == get_string_id("old")) | numpy.isin(arr[:, 2], suspects))
                         & (arr[:, 1] != get_string_id("NNS")) & (arr[:, 1] != get_string_id("NNPS")))[0].tolist()


def _dated_incident(t: Token) -> bool:
    """The described person at ``t`` is told in a clause of an incident the article dates to
    a year ('recalled a June 2004 accident in which a teenager shot his 15-year-old cousin', 'a
    verdict on the 2012 shooting death of a 16-year-old'):
    another case's person, who lends no age and is no one unnamed of the event (careful
    reading round 49: a recalled case's victim's age given to the slain boy)."""
    for a in t.ancestors:
        # ('the 2012 shooting death of a 16-year-old': the year on the noun the person is 'of';
        # session 61, careful reading round 117, the age given to a protester shot that night)
        if a.head.pos_ == "NOUN" and (a.dep_ == "relcl" or a.dep_ == "prep" and a.lower_ == "of"):
            n = a.head
            if any(x.ent_type_ == "DATE" and YEAR.fullmatch(x.text) for x in n.subtree if x.i < n.i):
                return True
    return False


def _companion(t: Token) -> bool:
    """The described person at ``t`` is someone beside the clause's subject, the object of
    'with' ('was looking at the rifle with a 17-year-old friend'; data/persons.json
    ``companion_preps``): not the one named participant, whose age it is not."""
    preps = wordset("persons", "companion_preps")
    n = t if t.dep_ == "pobj" else next((a for a in t.ancestors if a.dep_ == "pobj"), None)
    if n is not None and n.head.lower_ in preps:
        return True
    # the parser may hang the phrase elsewhere (the companion read as the object of a later
    # verb of the sentence): the word before the noun phrase says it
    i = min(t.left_edge.i, next((c.i for c in t.lefts), t.i))
    return i > 0 and t.doc[i - 1].lower_ in preps


#: a described shooter younger than this is a child, whom news does not name: not the age of
#: the one named suspect ('a 7-year-old boy shot his cousin ... Ray Holt was charged with
#: leaving the gun unlocked'; careful reading round 41, the man charged given the boy's age)
CHILD_SHOOTER = 13


def _unnamed(doc: Doc, people: list[_Person], at: dict[int, _Person]) -> list[_Person]:
    """People the article describes without naming them ('a 13-year-old girl was shot',
    'the gunman', 'a 19-year-old was found unresponsive'), kept only when no named person can be
    the one meant: an age that fits one named person of the same role (victim or
    suspect) gives that person the age instead ('a 31-year-old woman was arrested ...
    Nora Tull fired', 'a 12-year-old boy was wounded ... Leo Ruiz')."""
    found = [p for i in _may_describe(doc) if i not in at and not is_heading(sent_of(t := doc[i])) and not _dated_incident(t)
             and not _name_withheld(t) and (p := _described_person(doc, t)) is not None]  # (withheld: no named one)
    named = [(q, _role(q)) for q in people if q.first is not None]
    out: list[_Person] = []
    first_reports = _superseded_ages(doc)
    # several described in one phrase ('a 14-year-old and a 40-year-old nurse'): which of them a named person is,
    # nothing says, so no age goes to a named one of that role by elimination (nor a suspect's past several victims)
    several = {_described_role(u) for u in found if _one_of_several(doc[u.tokens[0]])}
    grouped = _group_ages(doc)
    for u in found:
        if u.age is not None and u.age[0] in first_reports:
            continue  # 'initially reported as a 5-year-old': the corrected first report's age
        if (of := _said_of_names(doc[u.tokens[0]])):
            # 'Ana Ruiz, a 23-year-old man': the age is that name's, whoever else goes without one
            own = [q for i, q in at.items() if q.age is None and any(n.i == i for n in of)]
            if own and all(q is own[0] for q in own) and len(own) == len(of):
                own[0].age = u.age
            continue
        role = _described_role(u, doc)
        ua = u.age[0] if u.age else None
        twins = [q for q, r in named if r is None and q.age is not None and q.age[0] == ua
                 and not _speaks_where_aged(doc, q)]  # (not a witness brought in to speak)
        if ua is not None and len(twins) == 1 and not any(r == role and q.age is not None and q.age[0] == ua
                                                          for q, r in named):
            # (not when a named person of that age has the described one's role already: 'Ed Lamb
            # and Al Ruiz, both 18, saw it ... Lamb was charged ... the 18-year-old shooter': either)
            # 'a 31-year-old woman was arrested ... Nora Tull, 31, ...': the one named person of
            # that age and no role of their own is the one described
            twins[0].facts.extend(f for f in u.facts if f.role in (role, None))
            if not any(f.role == role for f in u.facts):
                twins[0].facts.append(Fact(role, None, u.mention[0], u.mention[1]))
            continue
        same = [q for q, r in named if r == role]
        ug = u.gender[0] if u.gender else None
        if (aged := [q for q in same if q.age and q.age[0] == ua]):
            _lend_death(u, aged, doc, people)
            continue
        fits = [q for q in same if q.age is None and not (ug and q.gender and q.gender[0] != ug)
                and not _possessed_by(doc[u.tokens[0]], q, at) and not _other_fate(u.facts, q)
                and not _follows_another(doc, doc[u.tokens[0]], q, at) and not _other_argument(doc[u.tokens[0]], q)]
        if ua in grouped:
            continue  # 'three more women, ages 19, 22 and 30 ... a 22-year-old woman': one of the group, not known which named one
        if ua is not None and len(fits) == 1 and not (role == "suspect" and ua < CHILD_SHOOTER) and (
                role not in several or _left_by_elimination(doc, u, found, named)) and not _companion(doc[u.tokens[0]]):
            fits[0].age = u.age
            _lend_death(u, fits, doc, people)
            continue
        part = [q for q, r in named if r in ("victim", "suspect")]
        if ua is not None and not fits and role not in several and len(part) == 1 and part[0].age is None and not (
                ug and part[0].gender and part[0].gender[0] != ug) and not (
                role == "suspect" and _role(part[0]) == "victim") and not (
                role == "victim" and _role(part[0]) == "suspect") and not _possessed_by(doc[u.tokens[0]], part[0], at) \
                and not _other_fate(u.facts, part[0]) and not _follows_another(doc, doc[u.tokens[0]], part[0], at) \
                and not _companion(doc[u.tokens[0]]) and not _other_argument(doc[u.tokens[0]], part[0]):
            # the article's one named participant, whatever the roles read; but not the age of
            # one said to have fired given to the one shot ('a 15-year-old boy shot a man ...
            # the man, Ray Holt'), nor the age of the one shot given to the one charged ('a
            # 2-year-old was shot ... his mother, Ana Ruiz, was charged': the child's age)
            part[0].age = u.age
            continue
        if role == "suspect" and not same and (q := _family_killer(doc, u, part)) is not None:
            # 'a man shot his wife and son before killing himself ... identified the dead as
            # Ray Holt, 40, his wife ...': the one named dead who is none of his kin is he
            q.facts = [Fact("suspect", "killed", f.start, f.end) if f.role == "victim" else f for f in q.facts]
            q.age = q.age or u.age
            continue
        if same:
            _lend_outcome(u, role, same)
            continue  # an article that names its victims describes them too: conservatively, one of them
        if any(o.age == u.age and (o.gender or (None,))[0] == ug and any(f.role == role for f in o.facts)
               for o in out):
            continue  # the same unnamed person met again
        out.append(u)
    return out


def _name_withheld(head: Token) -> bool:
    """Whether the page says it keeps back the name of the described person ``head``: in a clause
    on the noun ('a 15-year-old boy, whose name has not been disclosed,'), or in the noun's sentence
    or the next one where that sentence names no one ('The 17-year-old faces a robbery charge.
    His name was not released.'). Such a person is no named one: the age is left to no one.
    Session 42, age60, issue 13, from the even half of gva-dev."""
    sent = sent_of(head)
    spans = [list(head.subtree)]
    for s in (sent, head.doc[sent.end].sent if sent.end < len(head.doc) else None):
        if s is not None and not any(t.ent_type_ == "PERSON" for t in s):
            spans.append(list(s))
    return any(_withheld_name(t) and not _name_of_another(t, head) for toks in spans for t in toks)


def _name_of_another(n: Token, head: Token) -> bool:
    """Whether the name noun ``n`` is told as another's than the described person ``head``'s: each
    noun of its possessor or its 'of' is, by its own word, one who fired where ``head`` is not
    ('the suspect's name' beside 'a 16-year-old boy died') or one harmed where ``head``
    fired, or is of the other gender ('the girl's name' beside 'a 16-year-old boy'); not a pronoun
    ('his name', 'whose name'), nor a noun that may be ``head`` ('that person's name', 'the names
    of the shooter and the victim', a conjunct of the name noun as the parser may read it), nor
    said of ``head`` in its own sentence. Session 42, review60."""
    owners = [c for c in n.children if c.dep_ == "poss"] + [
        o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    owners = [o for x in (*owners, *n.conjuncts) for o in (x, *x.conjuncts) if o.pos_ == "NOUN" and o.lower_ != n.lower_]
    if head.sent == n.sent:
        return False  # 'the suspect's name is kept back since that youth is under 18': one person
    role = "suspect" if _fired(head) else "victim"
    return bool(owners) and all(_noun_role(o.lemma_.lower(), o.lower_) in {"suspect", "victim"} - {role}
                                or {_gender(o), _gender(head)} == {"m", "f"} for o in owners)


def _fired(t: Token) -> bool:
    """Whether the noun ``t`` names one who fired: a suspect's noun, or a mention read as a
    suspect's, charged or held ('the man they arrested')."""
    return _noun_role(t.lemma_.lower(), t.lower_) == "suspect" or any(
        f.role == "suspect" and f.outcome in (None, "arrested") for f in read_mention(t)[0])


def _withheld_name(n: Token) -> bool:
    """Whether ``n`` is a name noun a verb keeps back (data/persons.json ``leftover_age``): the
    subject or object of a negated verb of making it public ('his name was not released',
    'police did not disclose her name') or of a verb of keeping it back ('withheld her name')."""
    d = load("persons")["leftover_age"]
    if n.lower_ not in d["name_nouns"] or n.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    v, lemma = n.head, n.head.lemma_.lower()
    return lemma in d["withhold_verbs"] or lemma in d["release_verbs"] and any(c.dep_ == "neg" for c in v.children)


_ADULT = 18  # a family killer described with no age is a grown-up ('a man shot his wife and son')


def _family_killer(doc: Doc, u: _Person, part: list[_Person]) -> _Person | None:
    """The named person a described suspect who harmed his or her own kin and then himself
    or herself is ('a 40-year-old man shot his wife and son before turning the gun on himself
    ... Ray Holt and his wife were found dead'): the one named participant told only dead (no
    harm verb of their own), not one of the kin ('his wife, Ana Holt') nor told as anyone's
    relative or neighbor ('the neighbor, Carl Dunn'), of the same gender, told, and of no age or the described one's
    (a grown-up's when that one is given none; 'his son, 3' is no killer). None unless
    exactly one fits."""
    w = words()
    kin = w.others["relative"]
    t = doc[u.tokens[0]]
    if not any(f.role == "suspect" and f.outcome == "killed" for f in u.facts) or not any(
            v.lemma_.lower() in w.harm and any(o.dep_ in ("dobj", "conj") and o.lemma_.lower() in kin and any(
                g.dep_ == "poss" for g in o.children) for o in v.subtree) for v in t.sent if v.pos_ == "VERB"):
        return None
    ug, ua = (u.gender or (None,))[0], (u.age or (None,))[0]
    fit = [q for q in part if _role(q) == "victim" and ug and q.gender and q.gender[0] == ug
           and (q.age is None or q.age[0] == ua or ua is None and q.age[0] >= _ADULT) and _dead_only(doc, q, w) and not any(
               x.lemma_.lower() in kin and any(g.dep_ == "poss" for g in x.children)
               for i in q.tokens for x in (doc[i], doc[i].head)) and not any(
               f.role and f.role.startswith("other:") for f in q.facts)]
    return fit[0] if len(fit) == 1 else None


def _dead_only(doc: Doc, q: _Person, w: Words) -> bool:
    """Whether all that makes ``q`` a victim is that they died ('were found dead', 'died'),
    no harm verb ('was shot', 'killed him')."""
    vic = [f for f in q.facts if f.role == "victim"]
    toks = [doc.char_span(f.start, f.end, alignment_mode="expand") for f in vic]
    return bool(vic) and all(f.outcome == "killed" for f in vic) and all(
        s is not None and not any(x.lemma_.lower() in w.harm for x in s) for s in toks)


def _lend_death(u: _Person, them: list[_Person], doc: Doc, people: list[_Person]) -> None:
    """'The 2-year-old boy has died ... Leo Moss, 2, had been badly hurt': a victim
    described by the age of exactly one named victim is that one, and the death said of the
    description is theirs."""
    dead = next((f for f in u.facts if f.outcome == "killed" and f.role in ("victim", None)), None)
    if dead is not None and len(them) == 1 and _role(them[0]) == "victim" and not _spoke_after(doc, them[0], people):
        them[0].facts.append(Fact("victim", "killed", dead.start, dead.end))


def _lend_outcome(u: _Person, role: str, same: list[_Person]) -> None:
    """'A man shot the girl before turning the gun on himself ... shot by Dale Orr': the
    outcome of a suspect described without a name is the one named suspect's when nothing
    else says what happened to that one."""
    told = [f for f in u.facts if f.outcome in ("killed", "injured") and f.role in (role, None)]
    if role != "suspect" or len(same) != 1 or not told:
        return
    if not any(f.outcome for f in same[0].facts):
        same[0].facts.append(Fact("suspect", told[0].outcome, told[0].start, told[0].end))


def _named_description(doc: Doc, left: list[_Person], claimed: list[_Person]) -> None:
    """The one victim the article describes whom no named person accounts for ('a stray round
    grazed a 7-year-old girl in the shoulder'), given to the one named person of no role whose name
    stands in apposition with a definite noun for a person ('The girl, Ada Ruiz, was in the
    back seat') or is what 'be' says such a noun, or a he or she, is ('He was Cy Moss'): the
    person told of before, named now (data/persons.json ``described_named``). The noun's
    gender and age, where it gives them, must be the described victim's. Session 38, pplm56,
    issue 13, from the even half of gva-dev."""
    vic = [u for u in left if _described_role(u) == "victim"]
    if len(vic) != 1:
        return
    u = vic[0]
    fits = [q for q in claimed if _role(q) is None and any(_describes(doc[i], u) for i in q.tokens)]
    if len(fits) != 1:
        return
    q = fits[0]
    q.facts.extend(f for f in u.facts if f.role in ("victim", None))
    if not any(f.role == "victim" for f in q.facts):
        q.facts.append(Fact("victim", None, u.mention[0], u.mention[1]))
    if q.age is None:
        q.age = u.age


def _describes(h: Token, u: _Person) -> bool:
    """Whether the name headed by ``h`` is given to a definite noun for a person (apposition,
    or the attribute of 'be' whose subject is the noun or a he / she) that may be ``u``:
    no role of its own ('the girl's father, Lee Ruiz,' is no girl), no possessor, and no
    other gender or age than ``u``'s."""
    d = load("persons")["described_named"]
    if h.dep_ == "appos":
        nouns = [h.head]
    elif h.dep_ == "attr" and h.head.lemma_ in d["copulas"]:
        nouns = [c for c in h.head.children if c.dep_ == "nsubj" and c.i < h.i]
    else:
        nouns = [c for c in h.children if c.dep_ == "appos" and c.i < h.i]
    b = min([c.i for c in h.lefts if c.dep_ in ("compound", "flat")] + [h.i])
    if b > 1 and h.doc[b - 1].text == ",":
        nouns.append(h.doc[b - 2])  # 'met the teen, Cy Moss, at home': the name parsed off the noun
    ug, ua = (u.gender or (None,))[0], (u.age or (None,))[0]
    for n in nouns:
        if n.lower_ in d["pronouns"] and h.dep_ == "attr":
            g = PRONOUN_GENDER.get(n.lower_)
        elif n.pos_ == "NOUN" and n.lemma_.lower() in lexicon().person_group and _noun_role(n.lemma_.lower(), n.lower_) is None \
                and n.lemma_.lower() not in words().not_a_person and n.tag_ not in ("NNS", "NNPS") \
                and [c.lower_ for c in n.children if c.dep_ in ("det", "poss")] == d["determiners"]:
            g = _gender(n)
        else:
            continue
        a = _age(n) if n.pos_ == "NOUN" else None
        if (g is None or ug is None or g == ug) and (a is None or not a.isdecimal() or int(a) == ua):
            return True
    return False


def _described_role(u: _Person, doc: Doc | None = None) -> str:
    """The role of a person described without a name: a suspect if a fact says so, else a victim;
    with ``doc``, one who fired on the people the page calls suspects (:func:`_fired_on_suspects`)
    is neither, a defender whose age is no named participant's."""
    if doc is not None and any(_fired_on_suspects(doc[i]) for i in u.tokens):
        return "defender"
    return "suspect" if any(f.role == "suspect" for f in u.facts) else "victim"



def _fired_on_suspects(head: Token) -> bool:
    """Whether the described person ``head`` is the subject of a clause whose harm is done to
    people the page calls suspects ('the guard fired his weapon, striking and killing the two
    suspects'): the one who fired on them, a defender, not the event's suspect. Session 56, from
    careful reading round 79's people tables (two would-be robbers shot dead by a guard)."""
    if head.dep_ != "nsubj":
        return False
    harm = words().harm
    return any(t.dep_ == "dobj" and _noun_role(t.lemma_.lower(), t.lower_) == "suspect" and t.head.lemma_.lower() in harm
               for t in head.head.subtree)


def _follows_another(doc: Doc, head: Token, p: _Person, at: dict[int, _Person]) -> bool:
    """Whether the definite described person ``head`` ('The 24-year-old, who was raised ...')
    comes right after a name of someone other than ``p``: the last person named before it,
    in its sentence or the one before (not a headline), is another ('... Ray Lund's attack.
    The 24-year-old ...' is Lund); officials, relatives and the press named between are passed
    over. Session 26, people35, issue 13."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    sent = sent_of(head)
    lo = sent.start
    if lo > 0 and not is_heading(before := sent_of(doc[lo - 1])):
        lo = before.start  # (not a headline: it names the story's own people)
    for i in range(head.left_edge.i - 1, lo - 1, -1):
        q = at.get(i)
        if q is not None and (q is p or _role(q) in (None, "victim", "suspect")):
            return q is not p  # (past a speaker: 'Sgt. Ray Lund said one of the 9-year-old girls')
    return False


def _other_argument(head: Token, p: _Person) -> bool:
    """Whether the described person ``head`` is another argument of a clause whose subject is a
    mention of ``p`` ('Ty Brandt is accused of driving a 27-year-old accomplice to the store':
    the accomplice is not Brandt), not said of the subject by 'as' or a copula ('Brandt was
    identified as a 27-year-old man', 'Brandt was a 27-year-old cook') nor standing in the
    subject's own phrase ('Brandt, a 27-year-old cook,'). Session 42, age60, issue 13, from
    the even half of gva-dev."""
    for i in p.tokens:
        s = head.doc[i]
        if s.dep_ not in ("nsubj", "nsubjpass") or s.head.pos_ not in ("VERB", "AUX") or s.left_edge.i <= head.i <= s.right_edge.i:
            continue
        x = head
        while x.i != s.head.i and x.head.i != x.i and x.dep_ not in ("attr", "oprd", "appos", "acomp") \
                and x.lower_ != "as":
            x = x.head
        if x.i == s.head.i and head.i != x.i:
            return True
    return _object_of_kin(head, p)


def _object_of_kin(head: Token, p: _Person) -> bool:
    """Whether the described person ``head`` is the object of a verb whose doer is ``p`` or
    ``p``'s own kin ("in retaliation for Mia's father shooting a 22-year-old man": the man is
    not Mia), the doer the verb's subject or the noun a participle hangs on. Session 56, careful
    reading round 79's people tables (a slain girl's father given the age of the man he shot)."""
    if head.dep_ != "dobj":
        return False
    v = head.head
    doers = [c for c in v.children if c.dep_ == "nsubj"] + ([v.head] if v.dep_ == "acl" else [])
    mine = set(p.tokens)
    return any(d.i in mine or any(c.dep_ == "poss" and c.i in mine for c in d.children) for d in doers)


def _left_by_elimination(doc: Doc, u: _Person, found: list[_Person], named: list[tuple[_Person, str | None]]) -> bool:
    """Whether the described person ``u``, one of several described in one phrase, is the
    one of them left when each of the others has the age of a named person of the same
    role already ('a 61-year-old man and his 3-year-old grandson were found dead ... Leo
    Marsh, 3, and Carl Marsh': the man is Carl Marsh). Only people joined by 'and' in the
    phrase, each described with an age and none counted ('two men'); the caller takes the
    age only when one named person of the role is left without one."""
    t, role = doc[u.tokens[0]], _described_role(u)
    first = t
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    chain, todo = [], [first]
    while todo:
        x = todo.pop()
        chain.append(x)
        todo.extend(c for c in x.children if c.dep_ == "conj")
    by_tok = {v.tokens[0]: v for v in found}
    others = [x for x in chain if x.i != t.i]
    if not others or any(c.dep_ == "nummod" for x in chain for c in x.children):
        return False
    taken: set[int] = set()
    for x in others:
        v = by_tok.get(x.i)
        if v is None or v.age is None or _described_role(v) != role or v.age[0] == u.age[0]:
            return False
        q = next((i for i, (q, r) in enumerate(named) if r == role and i not in taken
                  and q.age is not None and q.age[0] == v.age[0]), None)
        if q is None:
            return False
        taken.add(q)
    return not any(r == role and q.age is not None and q.age[0] == u.age[0] for q, r in named)


def _said_of_names(head: Token) -> list[Token]:
    """The names a describing noun is said of, whose age its age is: in apposition ('Ana
    Ruiz, a 23-year-old man', 'a 23-year-old man, Ana Ruiz') or as a copula's subject ('Ruiz
    was a 23-year-old man')."""
    names = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        names.append(head.head)
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        names += [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return names

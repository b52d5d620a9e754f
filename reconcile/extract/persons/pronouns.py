"""Whom a pronoun of an article stands for: the named person a he / she / they refers to, past
quotes and their speakers, a fronted possessor, a subject bound by a clause, a group named
before a plural pronoun.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...data import load, wordset
from ...text.lexicon import lexicon
from ..people import PRONOUN_GENDER, according_to
from ..scope import sent_of
from ..victims import _gender
from .ages import _age_said
from .evidence import Fact, _climb, _condition, _noun_role, _two_sentences_back, read_mention
from .given_ages import _aged_alone
from .matchers import words
from .names import _with_lower
from .person import _Person


def _kin_of_name(t: Token, h: Token) -> bool:
    """Whether the word ``t`` before a name headed by ``h`` is a noun the name is the 'of'
    object of ('told the mother of Ivo Brandt', 'the father of Ana Ruiz'): the word is
    another person's, and its gender not the name's. Session 39, death57's first rule (issue 13;
    written from the odd half: a slain young man made female by his mother, and 'his death'
    then given to the man charged), taken alone by the lead."""
    return h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.i == t.i


def _quoted_by(t: Token) -> list[str]:
    """The speakers' names of the direct quotes with a cue of saying ``t`` is the subject in
    (``doc._.quotes``): one quoted speaks of others by a third person's pronoun, of themself as
    'I' ('"He got hit in the feet," Reyes said': he is not Reyes); a quote one 'told' police
    is often the report's wording of them ('told police a car fired at him')."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [q["speaker"] for q in _direct_quotes(t.doc) if q["start"] <= t.idx < q["end"]
            and (q.get("cue") or "").lower() in wordset("persons", "aged_bystander", "saying")]


def _direct_quotes(doc: Doc) -> list[dict]:
    """The document's direct quotes with a speaker (``doc._.quotes``; none where the quote
    reader did not run)."""
    return [q for q in (doc._.quotes if doc.has_extension("quotes") else None) or []
            if q.get("direct") and q.get("speaker")]


def _is_speaker(p: _Person, names: list[str]) -> bool:
    """Whether ``p`` is one of the speakers ``names`` ('Reyes' or 'Ana Reyes' for Ana Reyes)."""
    for n in names:
        parts = n.lower().replace("’", "'").split()
        if parts and parts[-1] == p.last and (len(parts) == 1 or parts[0] == p.first):
            return True
    return False


def _says(h: Token) -> bool:
    """Whether the name headed by ``h`` is the subject of a reporting verb ('Reyes said',
    data/reporting_verbs.json)."""
    return h.dep_ == "nsubj" and h.head.lemma_.lower() in lexicon().reporting


#: the dependencies of a noun that stands for a person in its clause
def _mention_deps() -> frozenset[str]:
    return wordset("grammar", "mention_deps", "labels")


def _resolve_pronoun(pron: Token, people: list[_Person], at: dict[int, _Person], chain: int = 3) -> _Person | None:
    """The person a he/she stands for: the nearest named person before it, in its
    sentence or the two before, whose gender does not contradict it; a he/she of the same
    gender nearer than any such name, in its sentence or the one before, stands for whom
    that one does ('Lee wounded a woman ... she sat in a car when Lee came ... She went to a
    clinic': not Lee) when that is no one named or a victim or suspect, ``chain``
    pronouns back."""
    want = PRONOUN_GENDER.get(pron.lower_)
    if want is None:
        return None
    doc = pron.doc
    ahead = _fronted_possessor(pron, at)
    if ahead is not None:
        g = ahead.gender[0] if ahead.gender else None
        if g in (None, want) and not _other_so_far(ahead, pron):
            return ahead
    sent = sent_of(pron)
    lo = _two_sentences_back(pron)
    group = lexicon().person_group
    bound = _bound_subjects(pron)
    struck = _struck_object(pron)
    near = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start  # the sentence before
    for i in range(pron.i - 1, lo - 1, -1):
        p = at.get(i)
        t = doc[i]
        if p is not None and any(at.get(b.i) is p for b in bound):
            continue  # 'Lee fired at Ruiz, killing him': 'him' is not Lee
        if struck is not None and i == struck.i:
            # 'It struck Ana, killing her': Ana, whatever else she is, or no one where the
            # recogniser made her name no person's
            return p if p is not None and (p.gender or (want,))[0] == want else None
        if p is None and (t.pos_ == "NOUN" and t.tag_ == "NN" and (
                t.lemma_.lower() in group or _noun_role(t.lemma_.lower(), t.lower_) in ("victim", "suspect"))
                or _aged_alone(t)) and t.dep_ in _mention_deps() \
                and _gender(t) in (None, want) and any(c.dep_ in ("det", "poss") for c in t.children) \
                and not _object_of_named(t, pron, at, want) and not _relative_subject(t, pron):
            # a described person nearer than any name ('Sgt. Ray Dunn would not say whether the
            # girl had company when she was hit'): theirs, unless a name stands in apposition
            named = next((at[c.i] for c in t.children if c.dep_ == "appos" and c.i in at), None)
            return named if named is not None and not _is_other(named) else None
        if p is None and chain and PRONOUN_GENDER.get(t.lower_) == want and t.dep_ in _CHAIN_DEPS \
                and not any(b.i == t.i for b in bound) and t.i >= near:
            q = _resolve_pronoun(t, people, at, chain - 1)
            if q is None or {"victim", "suspect"} & {f.role for f in q.facts}:
                return q  # (one the nearer he/she stands for who is no participant: read on)
        if p is None:
            continue
        if _kin_of_name(t.head.head, t) and _gender(t.head.head) == want:
            return None  # 'told the mother of Ivo Brandt that she ...': the mother, unnamed
        g = p.gender[0] if p.gender else None
        if g is not None and g != want:
            continue
        if _other_so_far(p, pron):
            continue
        if _is_speaker(p, _quoted_by(pron)):
            return None  # '"He was hit," Reyes said': a he in one's own words is someone else
        return p
    return None


def _fronted_possessor(pron: Token, at: dict[int, _Person]) -> _Person | None:
    """The named subject a possessive he/she in a phrase set before it stands for: 'Prior to
    his arrest, Ray Holt told police ...', 'In her statement, Ana Ruiz said ...' (his, her:
    the subject's, not a name the sentences before gave). The phrase hangs on the subject's
    verb through one or two prepositions and lies wholly before the subject."""
    if pron.dep_ != "poss":
        return None
    t = pron.head
    for _ in range(3):
        if t.dep_ not in ("pobj", "prep", "advmod") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in at]
    if len(subj) != 1 or not pron.i < subj[0].i < t.i:
        return None
    return at[subj[0].i]


def _object_of_named(t: Token, pron: Token, at: dict[int, _Person], want: str) -> bool:
    """Whether the described person ``t`` a subject he/she passes on its way back is the
    object of a named subject's verb, in an earlier sentence, the name of no other gender and
    the noun of none ('Ray Holt, 30, was minding the child. He was charged ...': he is Holt, not
    the child); a sentence's subject is what the next one's subject pronoun continues with. A
    noun of the pronoun's gender keeps it ('Holt wounded a woman. She went to a clinic')."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or t.dep_ != "dobj" or sent_of(t).start == sent_of(pron).start \
            or _gender(t) is not None:
        return False
    subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in at]
    return len(subj) == 1 and (at[subj[0].i].gender or (want,))[0] == want and not _is_other(at[subj[0].i])


def _relative_subject(t: Token, pron: Token) -> bool:
    """Whether the he/she ``pron`` is the subject of a relative clause on the described person
    ``t`` or on a noun in ``t``'s phrase ('the boy he is accused of killing', 'the teacher of
    the child she shot'): the clause tells what the pronoun's person did to that noun, so
    ``t`` is someone else and the search reads on.
    Session 40, pkill58 (issue 13), from the even half (a boy charged with a friend's death
    read as a victim by his age alone; that page keeps its error, as the boy is also named
    a trooper's son and a relative is passed over: it moves no gva-dev row)."""
    v = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "relcl":
        return False
    n = v.head
    while n.dep_ in ("pobj", "prep") and n.head.pos_ in ("NOUN", "ADP"):
        n = n.head  # 'the teacher of the child he shot': the phrase the noun stands in is not he either
    return n.left_edge.i <= t.i < v.i and n.i in {t.i, *(a.i for a in t.ancestors)}


def _struck_object(pron: Token) -> Token | None:
    """The proper noun a participle clause's object pronoun stands for: the object of the verb
    the clause hangs on ('It struck Ana, killing her', 'Lee shot Ruiz, wounding him'): the
    one harmed there is the one the clause goes on about, whatever else the article calls them
    (a relative of someone), and where the recogniser made that name no person (a first name
    it took for a place) the search stops rather than read back to an earlier name. Session 65,
    careful reading round 159's Pinetown page (741697: a charged uncle, named by his surname's
    possessive before, shown killed)."""
    v = pron.head
    if pron.dep_ != "dobj" or v.tag_ != "VBG" or v.dep_ not in ("advcl", "conj", "xcomp") \
            or pron.lower_ not in wordset("grammar", "object_pronouns"):
        return None
    return next((c for c in v.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i < pron.i), None)


#: the places of a he/she in its clause that :func:`_resolve_pronoun` follows back
_CHAIN_DEPS = ("nsubj", "nsubjpass", "dobj")


def _bound_subjects(pron: Token) -> list[Token]:
    """The subjects an object pronoun ('him', 'her') cannot stand for: its verb's own subject
    or, for a clause with none ('Lee fired at Ruiz, killing him', 'Lee ran in and shot
    her'), the subject of the verb the clause hangs on. A reflexive would be used for them."""
    if pron.dep_ != "dobj" or pron.lower_ not in wordset("grammar", "object_pronouns"):
        return []
    v = pron.head
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # a finite verb hung as a clause without a subject is the parser's slip, not a
        # clause that shares one ('Ruiz fell and officers arrested him', 'officers' misparsed)
        shares = v.dep_ == "conj" or v.dep_ in ("advcl", "xcomp") and v.tag_ in ("VBG", "VB")
        # 'Lee walked up to the car before wounding her': a gerund after a preposition on the verb
        after_prep = v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX")
        if subj or not (shares or after_prep) or v.head.i == v.i:
            return subj
        v = v.head.head if after_prep else v.head
    return []


def _is_other(p: _Person) -> bool:
    if p.credit:
        return True
    roles = {f.role for f in p.facts}
    return not ({"victim", "suspect"} & roles) and any((r or "").startswith("other:") for r in roles)


def _other_so_far(p: _Person, pron: Token) -> bool:
    """:func:`_is_other` on what the article has said of ``p`` before the he/she ``pron``: a
    word for a relative given only later does not keep the pronoun from them ('Dale Roe, 19,
    is seen at his graduation. He was fatally shot on Sunday ... "He was kind," Ray Roe said
    of his son Dale Roe'); for a he / she only, not a possessive his / her, which may stand
    for another person of its clause. Session 40, recall58, issue 13, from the even half of
    gva-dev (a young man killed, named as a son only in the last paragraph, left a relative)."""
    if p.credit or pron.dep_ == "poss":
        return _is_other(p)  # ('Ada's friend, Kay Lin, took part in her murder': a his / her may be another's)
    return _is_other(replace(p, facts=[f for f in p.facts if f.start < pron.idx]))


def _possessed_by(noun: Token, p: _Person, at: dict[int, _Person]) -> bool:
    """Whether ``noun``'s possessor is ``p`` ("Ana Ruiz's 12-year-old son", 'her 12-year-old
    son' where 'her' stands for Ruiz): such a noun describes someone else, so its age is
    never the possessor's."""
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        if any(at.get(x.i) is p for x in c.subtree):
            return True
        sent = sent_of(c)
        if c.pos_ == "PRON" and any(sent.start <= i < c.i for i in p.tokens) and _resolve_pronoun(c, [], at) is p:
            return True  # (named in the pronoun's sentence: further back the nearest name is often another's)
    return False


def _read_pronouns(doc: Doc, people: list[_Person], at: dict[int, _Person]) -> None:
    """he / she: what is said of the nearest named person before (gender, an age 'he was
    23', what happened, a condition); the role a pronoun may give is weaker than a name's
    and is not taken."""
    for t in _with_lower(doc, PRONOUN_GENDER):
        if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "poss"):
            continue
        p = _resolve_pronoun(t, people, at)
        if p is None or t.dep_ == "dobj" and t.lower_ in ("him", "her") and _subject_is(t, p, people, at):
            continue
        if p.gender is None:
            p.gender = (PRONOUN_GENDER[t.lower_], t.idx, t.idx + len(t))
        if p.age is None and t.dep_ == "nsubj":
            p.age = _age_said(t)  # 'he was 23'
        f, _ = read_mention(t)
        p.facts.extend(replace(x, told=True) for x in f if x.outcome in ("killed", "injured", "shot", "arrested")
                       or _fired_of_roleless(t, x, p) and not _named_after_a_subject_pronoun(t, p, people, at))
        if p.condition is None:
            c = _condition(t)
            if c:
                p.condition = (c[0], c[1].idx, c[1].idx + len(c[1]))


def _subject_is(obj: Token, p: _Person, people: list[_Person], at: dict[int, _Person]) -> bool:
    """Whether the subject of the verb a 'him' / 'her' is the object of stands for ``p``, the
    person the object pronoun was resolved to: one who did it to themself is told 'himself',
    so 'he shot him' has two people, and the object is not the subject's ('Jay put the gun to
    his brother's head ... he shot him': the brother shot, not Jay). Session 64, from the
    review of session 63 (341451: a boy who fired shown wounded through a relative's quote)."""
    for s in obj.head.children:
        if s.dep_ != "nsubj":
            continue
        if s.i in at:
            return at[s.i] is p
        if s.lower_ in PRONOUN_GENDER:
            return _resolve_pronoun(s, people, at) is p
    return False


def _fired_of_roleless(pron: Token, x: Fact, p: _Person) -> bool:
    """Whether the fact ``x`` read of the he/she ``pron`` makes its person the one who fired
    (the suspect, no outcome: 'He shot a man there', 'she told police she had accidentally shot
    her son') while no name of ``p`` gives a role of victim, suspect or another's: a person the
    article names and then tells firing only by a pronoun, whom no other clause makes anyone
    (a pronoun's role is otherwise weaker than a name's and not taken); one the recogniser tags a
    person at least once ('When he reached Corvel Tooling, he opened fire': not the firm). Session 44, people64,
    issue 13 (gva-dev both halves: a father and a householder who told police they had shot a
    child or a man by accident, shown as no one)."""
    return pron.dep_ == "nsubj" and x.role == "suspect" and x.outcome is None and not any(
        f.role for f in p.facts if not f.told) and any(pron.doc[i].ent_type_ == "PERSON" for i in p.tokens)


def _named_after_a_subject_pronoun(pron: Token, p: _Person, people: list[_Person], at: dict[int, _Person]) -> bool:
    """Whether ``p`` is named in the he/she ``pron``'s sentence only after another he/she of
    that gender, a subject that does not stand for ``p``: 'He told deputies that Lena Vick was
    in the yard when he fired' (the second 'he' most likely the first one's, whom the nearest
    name does not tell), so :func:`_fired_of_roleless` does not make the name between the
    two pronouns the one who fired. Session 46, review66 (sentences of our own)."""
    sent = sent_of(pron)
    want = PRONOUN_GENDER.get(pron.lower_)
    mine = [i for i in p.tokens if sent.start <= i < pron.i]
    if not mine:
        return False
    first = min(mine)
    return any(PRONOUN_GENDER.get(q.lower_) == want and q.dep_ in ("nsubj", "nsubjpass")
               and _resolve_pronoun(q, people, at) is not p for q in sent if q.i < first)


def _group_before(pron: Token, at: dict[int, _Person]) -> list[_Person]:
    """The named people a plural 'they' stands for: the nearest name before it, in its
    sentence or the one before, when that name is one of two or more coordinated names
    ('Ana Ruiz, 30, and Lee Park, 21, were in jail when they were charged'); none when the
    nearest name stands alone."""
    doc = pron.doc
    sent = sent_of(pron)
    lo = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    # not the source a list is told by ('... were identified as A and B, according to the
    # hospital's director Dr. C. They were in critical condition': careful reading round 42,
    # two girls in critical condition read as dead)
    near = next((i for i in range(pron.i - 1, lo - 1, -1) if i in at and not _source_of(doc[i])), None)
    if near is None:
        return []
    top = _climb(doc[near])
    group = [at[top.i]] if top.i in at else []
    for t in top.subtree if group else ():
        if t.i in at and t.i != top.i and _climb(t).i == top.i and at[t.i] not in group:
            group.append(at[t.i])
    if len(group) > 1:
        return [] if _group_subject_before(top) else group
    # 'her son, Sid Kerr, and a family friend, Dee Lamb, were shot. Both ...': names in
    # apposition with coordinated nouns stand for them
    top = _climb_nouns(doc[near])
    group = [at[t.i] for t in top.subtree if t.i in at and t.dep_ == "appos" and t.head.pos_ == "NOUN"
             and _climb_nouns(t).i == top.i]
    return group if len(group) > 1 and len(set(map(id, group))) == len(group) else []


def _group_subject_before(top: Token) -> bool:
    """Whether the names under ``top`` are told in a clause whose subject, before them, is a
    group of its own ('The two men are charged in the killings of Ana Ruiz and Lee Park. They
    pleaded not guilty.': 'they' is the men, not the dead): a plural noun, a number, a count
    word (data/persons.json ``counted_groups``: 'Both are charged in ...') or a plural pronoun,
    that holds none of the names. Only names that are the object of a noun ('the killings of',
    'the deaths of'), or the rest of such a list that the parser hangs as an object on a passive
    verb with its own subject ('The two are charged in the deaths of A, B and C', as
    :func:`_object_facts` reads it); the objects of an active verb are read as before ('The
    officers shot A and B. They died'). Session 35: age52 (plural subjects) and people52r
    (counted ones), both from the even half; one rule since session 36."""
    if top.dep_ == "pobj" and top.head.head.pos_ == "NOUN":
        v = top.head
        while v.dep_ in ("prep", "pobj", "conj") and v.head.i != v.i:
            v = v.head
    elif top.dep_ == "dobj" and any(c.dep_ == "nsubjpass" for c in top.head.children):
        v = top.head
    else:
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < top.i), None)
    return subj is not None and not any(x.i == top.i for x in subj.subtree) and (
        subj.tag_ in ("NNS", "CD") or subj.like_num or subj.lower_ in load("persons")["counted_groups"]["words"]
        or subj.lower_ in wordset("grammar", "plural_pronouns"))


def _climb_nouns(s: Token) -> Token:
    """As :func:`_climb`, through a name's apposition with a noun too ('her son, Sid Kerr,
    and a friend, Dee Lamb,': 'son' for both names)."""
    for _ in range(6):
        t = _climb(s)
        if t.dep_ == "appos" and t.head.pos_ == "NOUN" and t.head.i != t.i:
            t = t.head
        if t.i == s.i:
            break
        s = t
    return s


def _source_of(t: Token) -> bool:
    """Whether the name token ``t`` is (in apposition with) the object of 'according to'."""
    for _ in range(3):
        if according_to(t):
            return True
        if t.dep_ not in ("appos", "compound", "flat"):
            return False
        t = t.head
    return False


def _read_plural_pronouns(doc: Doc, at: dict[int, _Person]) -> None:
    """they: what happened to a group of named people ('... were in custody when they were
    charged', '... They were taken to a hospital', 'All three were charged', 'Both were
    hurt': a count as many as the names): the outcomes a he / she gives, to each."""
    counts = load("persons")["counted_groups"]["words"]
    for t in _with_lower(doc, ("they", *counts)):
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        group = _group_before(t, at)
        if not group or t.lower_ in counts and counts[t.lower_] != len(group):
            continue  # ('all three were charged': as many as the names before)
        f, _ = read_mention(t)
        f = [x for x in f if x.outcome in ("killed", "injured", "shot", "arrested")]
        for p in group:
            if not _is_other(p):
                p.facts.extend(f)

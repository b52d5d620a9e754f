"""The people of an article (:func:`persons`): names and pronouns read into mentions, the
mentions gathered, roles, outcomes and ages settled, ages left over given, surname
spellings joined, and each person's claim.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...data import load, wordset
from ...text.lexicon import lexicon
from ...text.names import first_name_slip, surname_slip
from ...text.pubdates import YEAR
from ..people import PRONOUN_GENDER, according_to
from ..scope import doc_text, sent_bounds, sent_of
from ..victims import _gender
from .ages import _age_compound, _age_near, _age_of_noun, _age_said, _named_noun, _written_in_years, in_years
from .cluster import _cluster
from .evidence import (
    Fact, _climb, _condition, _conjoined_acts, _describer, _fact, _found_in_state, _kin_named_after,
    _noun_facts, _noun_role, _referent_facts, read_mention,
)
from .given_ages import (
    _group_ages, _identified_ages, _list_ages, _one_of_several, _respective_ages, _superseded_ages,
    _unrun_ages,
)
from .matchers import (
    _NAME_WORD, _by_sentence, _credited, _head_of, _matcher, _possible_where, constructions, words,
)
from .names import (
    _first_name_alone, _lent_surnames, _name_runs, _office_before, _proper_nouns, _rank_before,
    _rank_opens, _with_lower,
)
from .person import _Person, _outcome, _role, _slip_of_another
from .pronouns import _kin_of_name, _possessed_by, _read_plural_pronouns, _read_pronouns, _resolve_pronoun
from .recalled import (
    LEAD_SENTENCES, LEAD_WORDS, _held_on_other_charge, _listed_arrests, _listed_cases, _listed_with_recalled, _murder_suicide, _open_victims,
    _other_fate, _recalled, _release_feed,
)
from .unnamed import (
    _companion, _dated_incident, _fired_on_suspects, _follows_another, _name_withheld, _named_description, _other_argument,
    _said_of_names,
    _unnamed,
)
from .witnesses import _aged_involved, _aged_role, _speaks, _spoke_after, _with_kin_victim


def _not_alone(people: list[_Person]) -> None:
    """One who harmed himself or herself where the article tells someone else shot, hurt or
    killed ('killed his daughter ... he killed himself in his car'), or whom another mention
    makes the suspect ('was jailed'), is the one who did it: such a self-harm reading becomes
    the suspect's, hurt or dead as it said."""
    hurt = [p for p in people if any(f.role == "victim" and f.outcome in ("killed", "injured", "shot")
                                     and not f.alone for f in p.facts)]
    for p in people:
        if any(f.alone for f in p.facts) and (any(q is not p for q in hurt) or any(
                f.role == "suspect" and not f.alone for f in p.facts)):
            p.facts = [Fact("suspect", "injured" if f.outcome == "shot" else f.outcome, f.start, f.end)
                       if f.alone else f for f in p.facts]


def _conjoined_doers(doc: Doc, claimed: list[_Person]) -> None:
    """A named person nothing has given a role yet, the subject of an active verb with a harm
    verb coordinated to it (:func:`_conjoined_acts`: 'Ray Dunn walked into the kitchen and
    fatally shot his wife'), is the one who did it. Only then: one the article already tells
    shot, or shooting, is more often a victim or an officer who fired back ('Lt. Ray Dunn was
    hit ... drew his pistol and shot the man': gva-dev even half, two such).
    Session 39, kills57 (issue 13), from the even half."""
    w = words()
    for p in claimed:
        if _role(p) is not None:
            continue
        for i in p.tokens:
            s = _climb(doc[i])
            p.facts.extend(_conjoined_acts(s, s.head, w))


def _gender_cue(doc: Doc, s: int, e: int, h: Token) -> tuple[str, int, int] | None:
    lx = lexicon()
    for t in doc[max(0, s - 3, sent_of(doc[s]).start):s]:  # (not the sentence before's 'mother.')
        low = t.lower_
        if _kin_of_name(t, h):
            continue
        if low in lx.female or low in ("ms", "ms.", "mrs", "mrs."):
            return "f", t.idx, t.idx + len(t)
        if low in lx.male or low in ("mr", "mr."):
            return "m", t.idx, t.idx + len(t)
    for c in h.children:
        if c.dep_ == "appos" and not _kin_named_after(c):
            g = _gender(c)
            if g:
                return g, c.idx, c.idx + len(c)
    if h.dep_ == "appos":
        g = _gender(h.head)
        if g:
            return g, h.head.idx, h.head.idx + len(h.head)
    return None


def _full_name(doc: Doc, p: _Person, at: dict[int, _Person]) -> None:
    """Give a person known only by a surname ('Pellham') the full name the article writes
    where the recogniser did not take it as one ('Darius Pellham, 24, died')."""
    lx = lexicon()
    for t in doc:
        if t.text.lower().strip("'’") != p.last or t.i == 0:
            continue
        k = t.i
        while k - 1 >= 0 and t.i - k < 2:
            b = doc[k - 1]
            if b.i in at or not _NAME_WORD.match(b.text) or b.pos_ not in ("PROPN", "NOUN") or \
                    b.pos_ == "NOUN" and b.dep_ != "compound" or b.lower_ in lx.title_words or \
                    b.lower_.rstrip(".") + "." in lx.title_words or b.lower_ in words().name_stop or _describer(b) \
                    or b.ent_type_ in wordset("grammar", "not_person_entities", "labels") or b.text.isupper():
                break
            k -= 1
        if k < t.i and not doc[k].text.endswith("."):
            p.name = doc[k:t.i + 1].text
            p.first = doc[k].text.lower()
            p.mention = (doc[k].idx, t.idx + len(t))
            return


def _listed(doc: Doc, runs: list[tuple[int, int]], at: dict[int, _Person]) -> list[tuple[_Person, list[Fact]]]:
    """Names listed after a word that says who they are, which the parser does not hang
    on it: 'identified the dead as A, 6; B, 7; and C', 'the victims were A, B and C'."""
    w = words()
    out = []
    for v in doc:
        lem = v.lemma_.lower()
        anchor = None
        facts: list[Fact] = []
        if lem in w.identify and v.pos_ == "VERB":
            as_ = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            noun = next((c for c in v.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("NOUN", "PRON", "ADJ")
                         and c.ent_type_ != "PERSON"), None)
            if as_ is not None and noun is not None:
                anchor = as_
                facts = _referent_facts(noun, set())
                r = _noun_role(noun.lemma_.lower(), noun.lower_)
                if r:
                    facts.append(_fact(r, None, noun))
                if noun.lower_ in ("dead", "deceased") or noun.lemma_.lower() == "dead":
                    facts.append(_fact("victim", "killed", noun))
        elif lem == "be" and v.dep_ == "ROOT":
            noun = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if noun is not None and _noun_role(noun.lemma_.lower(), noun.lower_) in ("victim", "suspect"):
                anchor = v
                facts, _ = read_mention(noun)
                facts.append(_fact(_noun_role(noun.lemma_.lower(), noun.lower_), None, noun))
        if anchor is None or not facts:
            continue
        end = sent_of(v).end
        for s, e in runs:
            h = _head_of(doc, s, e)
            if anchor.i < s < end and s - anchor.i < 80 and not according_to(h) and not (
                    # '... identified the victims as A and B, spokesman C said': the teller
                    h.dep_ == "nsubj" and h.head.i > h.i and h.head.lemma_.lower() in lexicon().reporting) \
                    and not _told_of_listed(h, anchor):
                p = at.get(s)
                if p is not None:
                    out.append((p, facts))
    return out


def _told_of_listed(h: Token, anchor: Token) -> bool:
    """Whether the name headed by ``h`` only tells of one listed before ``anchor``'s noun: a
    possessor ("Ana Ruiz's sister") or a name in a clause on a listed name ('the suspects are
    Lee Park, who knew Ana Ruiz, and ...'). (Session 33, people49: a slain girl named in a
    suspect's clause read as one of the suspects.)"""
    if h.dep_ == "poss":
        return True
    if h.dep_ in ("conj", "appos"):
        return False  # 'the victims are A, who was treated, and B': the parser hangs B in A's clause
    for a in h.ancestors:
        if a.i == anchor.i:
            return False
        if a.dep_ in ("relcl", "acl"):
            return True
    return False


def _listed_with(h: Token) -> list[Token]:
    """``h`` and the names listed with it, which the parser hangs on it or on each
    other: 'A, 47, B, 18, and C' (appos, conj)."""
    out = [h]
    k = 0
    while k < len(out) and len(out) < 12:
        for c in out[k].children:
            if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c not in out:
                out.append(c)
        k += 1
    last = max(out, key=lambda t: t.right_edge.i)
    verb = h.head.head if h.dep_ == "pobj" else h.head
    after = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > last.i), None)
    if after is not None and h.dep_ == "pobj" and all(
            t.is_punct or t.dep_ == "cc" for t in h.doc[last.right_edge.i + 1:after.left_edge.i]):
        # 'a warrant was issued for Ivo Brandt, 23, and Lee Roe, 25': the parser hangs the second
        # name on the verb, right after the first's list (careful reading round 42: the second
        # man a warrant was sought for read as killed by his age)
        out.append(after)
    return out


def _construction_facts(doc: Doc, people: list[_Person], at: dict[int, _Person]) -> list[tuple[_Person, Fact, bool]]:
    """(person, fact, weak) for each match of the constructions of ``data/persons.json``
    on a named person ('claimed the life of A', 'A and B fired into a van'), or on the
    named person a he / she stands for where the pattern takes a pronoun ('he wounded
    her and later turned the pistol on himself')."""
    cons = constructions()
    out: list[tuple[_Person, Fact, bool]] = []
    given: set[tuple[int, str]] = set()
    ids, where = _possible_where(doc)
    if not ids:
        return out
    m = _matcher(doc.vocab, ids)
    m.within = _by_sentence(doc, where)
    try:
        matches = m(doc)
    finally:
        m.within = None
    for match_id, toks in matches:
        c = cons[doc.vocab.strings[match_id]]
        if any(g.dep_ == "neg" or g.dep_ == "det" and g.lower_ == "no" for i in toks for g in doc[i].children):
            continue  # 'did not fire at', 'was not found with a wound', 'no charges were filed against'
        if any(g.dep_ in c.without for g in doc[toks[0]].children):
            continue  # 'shot himself at home': an object makes it another reading
        h = doc[toks[c.nodes.index("person")]]
        if c.role == "suspect" and _found_in_state(h, doc[toks[0]], words()):
            continue  # 'found Dale Quint shot in the head at the corner': shot, not firing
        anchor = doc[next(i for i, n in zip(toks, c.nodes) if n != "person")]
        for t in _listed_with(h):
            p = _resolve_pronoun(t, people, at) if t.pos_ == "PRON" else at.get(t.i)
            if p is None or (id(p), c.id) in given:
                continue
            given.add((id(p), c.id))
            out.append((p, _fact(c.role, c.outcome, anchor), c.weak))
    return out


def _searches(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` that tell a search going on, none where it tells an arrest
    (data/persons.json ``charged_sought``): a verb of seeking in the progressive under a present
    'be' ('police are searching for', 'are looking for'; not 'looking forward') or 'at large',
    'on the run'; none where the page writes one of ``held`` (an arrest verb, 'custody') or of
    ``court`` (a plea, an arraignment)."""
    d = load("persons")["charged_sought"]
    held, seek, court = set(d["held"]), set(d["lemmas"]), set(d["court"])
    if any(t.lemma_.lower() in held and (t.pos_ == "VERB" or t.lower_ == "custody") or t.lemma_.lower() in court
           for t in doc):
        return []
    phrase = re.compile(r"\b(?:" + "|".join(map(re.escape, d["phrases"])) + r")\b", re.I)
    return [s for s in doc.sents if phrase.search(s.text) or any(
        t.tag_ == "VBG" and t.lemma_.lower() in seek and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'re")
                                                           for c in t.children)
        and (t.lemma_.lower() != "look" or any(c.lower_ == "for" for c in t.children)) for t in s)]


def _charged_sought(doc: Doc, claimed: list[_Person]) -> None:
    """A suspect charged and still sought (data/persons.json ``charged_sought``): where the page
    tells a search going on and no arrest (:func:`_searches`), in a sentence that names no one
    else the page names ('Police are searching for a man of 30', 'Both men are on the run'; not
    'his brother is still on the run'), the arrested outcomes of a suspect that all come from a
    verb of charging ('Dale Voss is charged with murder') are left out: charged is not held.
    (Session 40, wrong58, careful reading, odd half: 443637.)"""
    charge = set(load("persons")["charged_sought"]["charge"])
    lemma = {t.idx: t.lemma_.lower() for t in doc}
    todo = [p for p in claimed if _role(p) == "suspect" and any(f.outcome == "arrested" for f in p.facts)
            and all(lemma.get(f.start) in charge for f in p.facts if f.outcome == "arrested")]
    sents = _searches(doc) if todo else []
    for p in todo:
        others = {i for q in claimed if q is not p for i in q.tokens}
        if any(not any(s.start <= i < s.end for i in others) for s in sents):
            p.facts = [replace(f, outcome=None) if f.outcome == "arrested" else f for f in p.facts]


def _leftover_age(doc: Doc, claimed: list[_Person], at: dict[int, _Person]) -> None:
    """The one age the article gives a described person ('the 13-year-old boy') that no
    named person has, to the one named participant without an age when that one is a
    victim: 'Lavon Fisk ... the 13-year-old boy ...' (Fisk is 13); or a suspect, who takes
    only a described suspect's age (:func:`_described_suspect`, :func:`_too_young_to_charge`).
    With several named participants without an age, as many described ages as they are,
    given only where the page allows one pairing alone (:func:`_paired_ages`)."""
    missing = [p for p in claimed if p.age is None and _role(p) in ("victim", "suspect")]
    if not missing:
        return
    taken = {p.age[0] for p in claimed if p.age} | _superseded_ages(doc) | _group_ages(doc)
    # an age written for someone named, though by a first name alone and so no participant
    # ('killed 8-year-old daughter Grace'), is that one's, not a described person's
    named_at = {p.age[1] for p in at.values() if p.age}
    group = lexicon().person_group
    described: list[tuple[tuple[int, int, int], Token]] = []
    for t in _with_lower(doc, ("old",)):
        # a headline's age too ('Girl, 12, hurt in backyard shooting'): another
        # age in the body leaves the age to no one
        got = _age_compound(doc, t.i)
        if got is None or got[0] in taken or got[1] in named_at or not _written_in_years(doc, got):
            continue  # (not an age in months: 'parents to a 19-month-old baby' is nobody named)
        head = _described_noun(t)
        if _one_of_several(head):
            return  # several described in one phrase: the one left over may be any of them
        if not _leftover_fits(head) or _companion(head) or _dated_incident(head) or _name_withheld(head):
            continue
        if head.lemma_.lower() in group or _aged_calling(head) or _aged_role_noun(head) or \
                head.i == t.i and _age_stands_alone(t):
            described.append((got, head))
    if len(missing) > 1:
        # (a victim who speaks, or where the page counts more people hurt than it names, is
        # not paired: a described victim may be an unnamed one, a speaker one misread; the
        # first seen on the odd half of gva-dev, the second on the even half of gva-more)
        many = _hurt_counted(doc) > sum(1 for p in claimed if _role(p) == "victim")
        missing = [p for p in missing if _role(p) != "victim" or not (many or _speaks(doc, p))]
    fits = [_leftover_fits_person(doc, described, p, at) for p in missing]
    if len(missing) == 1:
        if len(fits[0]) == 1:
            missing[0].age = next(iter(fits[0].values()))
        return
    for p, got in _paired_ages(missing, fits):
        p.age = got


def _leftover_fits_person(doc: Doc, described: list[tuple[tuple[int, int, int], Token]], p: _Person,
                          at: dict[int, _Person]) -> dict[int, tuple[int, int, int]]:
    """The ages of the ``described`` people that may be the named participant ``p``'s, by age."""
    suspect = _role(p) == "suspect"
    ages: dict[int, tuple[int, int, int]] = {}
    for got, head in described:
        if _said_of_another(head, p) or _possessed_by(head, p, at) \
                or _follows_another(doc, head, p, at) or _other_fate(read_mention(head)[0], p) \
                or _other_kin(head, p) or _other_argument(head, p):
            continue
        if _described_suspect(head) != suspect or suspect and (_too_young_to_charge(got[0]) or _counted(head)):
            continue  # 'a 15-year-old boy shot a man': the age of the one who fired
        ages.setdefault(got[0], got)
    return ages


_MOST_PAIRED = 4  # (several named people without an age, at most: past it, pairings are many)


def _paired_ages(missing: list[_Person], fits: list[dict[int, tuple[int, int, int]]]
                 ) -> list[tuple[_Person, tuple[int, int, int]]]:
    """Each of the named participants without an age with one described age, where the
    described ages are as many as they are and one pairing alone gives each a different age
    that may be theirs ('a 16-year-old boy was charged ... Dale Voss is accused of driving a
    27-year-old accomplice to the store ... Cal Dorsey has pleaded not guilty': Dorsey 27, Voss 16); else
    none. Session 42, age60, issue 13, from the even half of gva-dev."""
    ages = {a for f in fits for a in f}
    if len(missing) > _MOST_PAIRED or len(ages) != len(missing):
        return []
    pairings = [order for order in permutations(sorted(ages)) if all(a in f for a, f in zip(order, fits))]
    if len(pairings) != 1:
        return []
    return [(p, f[a]) for p, a, f in zip(missing, pairings[0], fits)]


def _described_noun(t: Token) -> Token:
    """The noun the age compound ending in 'old' at ``t`` describes: the one it modifies
    (past a place name the parser hangs it on); else ``t`` itself."""
    return _past_place_name(t.head) if t.dep_ == "amod" else t


def _past_place_name(h: Token) -> Token:
    """The person noun a place name stands before, where the parser hangs the age on the place:
    'a 15-year-old Town of Dover boy', 'a 53-year-old Kent County woman' (the age on 'Town' or
    'County', a modifier of 'boy' or 'woman'); else ``h``. Session 40, age58, issue 13, from the
    even half of gva-dev."""
    x = h
    while x.pos_ == "PROPN" and x.dep_ in ("nmod", "compound", "npadvmod") and x.head.i > x.i:
        x = x.head
    return x if x is not h and x.pos_ == "NOUN" and x.lemma_.lower() in lexicon().person_group else h


def _age_stands_alone(t: Token) -> bool:
    """Whether the 'old' of an age compound stands for the person in its clause ('the
    13-year-old was hit'), as a noun or an adjective."""
    return t.pos_ in ("NOUN", "ADJ") and t.dep_ in wordset("grammar", "noun_deps", "labels")


def _other_kin(head: Token, p: _Person) -> bool:
    """Whether the described noun is someone's kin ('his 9-year-old stepson') and ``p`` is told
    as another kin of theirs ('his wife Ana'): not the same person."""
    kin = words().others["relative"]
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) and any(
        d in kin and d != head.lemma_.lower() for d in p.descs)


def _leftover_fits(head: Token) -> bool:
    """Whether a described person's age may be the named victim's: not one set apart
    ('another 18-year-old', 'an other'). (A possessive on the noun, 'her 15-year-old
    daughter', or a noun of the other gender were tried too: on gva-dev they removed as
    many right ages as wrong ones, the gender often a pronoun's given to the wrong name.)"""
    return not any(c.lower_ in ("another", "other", "others") for c in head.children)


def _said_of_another(head: Token, p: _Person) -> bool:
    """Whether the described noun is said of a name other than ``p``'s (:func:`_said_of_names`)."""
    return any(n.i not in p.tokens for n in _said_of_names(head))


def _described_suspect(head: Token) -> bool:
    """Whether the described person ``head`` is the one who fired: a suspect's noun ('the
    17-year-old gunman') or a mention read as a suspect's, charged or held ('a 15-year-old boy
    shot a man', 'a 19-year-old was arrested'). Session 41, age59, issue 13, from the even half."""
    if _fired_on_suspects(head):
        return False  # 'the 23-year-old security guard fired, striking and killing the two suspects'
    return _noun_role(head.lemma_.lower(), head.lower_) == "suspect" or any(
        f.role == "suspect" and f.outcome in (None, "arrested") for f in read_mention(head)[0])



def _too_young_to_charge(age: int) -> bool:
    """Whether a described suspect's age is a young child's (under data/persons.json
    ``leftover_age`` ``suspect_from``): the child who fired a gun left in reach, whom the
    registry lists as the shooter, is not the parent or owner the page names and charges."""
    return age < int(load("persons")["leftover_age"]["suspect_from"])


def _aged_callings() -> frozenset[str]:
    return wordset("persons", "leftover_age", "callings")


def _aged_calling(head: Token) -> bool:
    """Whether ``head`` is a noun of what a person is or does (data/persons.json
    ``leftover_age`` ``callings``: 'a 16-year-old soccer star', 'a 28-year-old stylist') that
    carries the age compound: a described person, though no word of the people groups.
    Session 41, age59, issue 13, from the even half."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in _aged_callings() and _carries_age(head)


def _aged_role_noun(head: Token) -> bool:
    """Whether ``head`` is a noun of a suspect or a victim (data/persons.json ``suspect_nouns``,
    ``victim_nouns``: 'a 27-year-old accomplice', 'a 17-year-old defendant') that carries the age
    compound: a described person, though no word of the people groups. Session 42, age60,
    issue 13, from the even half of gva-dev."""
    return head.pos_ == "NOUN" and _noun_role(head.lemma_.lower(), head.lower_) in ("suspect", "victim") \
        and _carries_age(head)


def _carries_age(head: Token) -> bool:
    """Whether the noun ``head`` carries an age compound ('a 16-year-old soccer star': 'old' its modifier)."""
    return any(c.lower_ in ("old", "olds") and c.dep_ == "amod" for c in head.lefts)


def _counted(head: Token) -> bool:
    """Whether the described noun is several people ('arrested two 17-year-old males', 'three
    17-year-olds'): a plural noun, or one counted by a number. Suspects so described are often
    the others held while the named one is sought, so a named suspect takes no such age (a
    victim still does: 'a teacher and two 6-year-olds were hit' holds the named boy). Session
    41, age59, issue 13, from the even half."""
    return head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" and c.i < head.i for c in head.children)


def _killed_total(doc: Doc) -> int | None:
    """The largest number of dead the article states for its victims ('two men were
    killed'), None when it states none; with one more where the article tells a suicide
    ('then killed himself') and its largest figure is the object of a killing verb ('Father
    kills wife and daughter': 2, the one who killed never among them; 3 dead in all)."""
    qs = doc._.quantities if Doc.has_extension("quantities") else None
    exact = [q for q in qs or () if q.get("measure") == "killed" and q["value"][0] is not None
             and q["value"][0] == q["value"][2]]
    if not exact:
        return None
    most = int(max(q["value"][0] for q in exact))
    if any(q.get("hedge") == "suicide" for q in exact):
        # (not a sum: 'killing 3 and then killed himself' is 4 already)
        taken = [int(q["value"][0]) for q in exact if q.get("hedge") != "suicide"
                 and not str(q.get("hedge") or "").startswith("sum") and _killing_object(doc, q)]
        if taken and max(taken) == most:
            return most + 1
    return most


def _killing_object(doc: Doc, q: dict[str, Any]) -> bool:
    """Whether a figure is the object of a killing verb (data/persons.json
    ``killing_object``: 'kills wife and daughter', 'killed two neighbours'), its words
    joined by 'and' read from the first."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.dep_ == "dobj" and t.head.lemma_.lower() in wordset("persons", "killing_object", "lemmas")


def _hurt_counted(doc: Doc) -> int:
    """The most people the article counts hurt: its largest dead figure and its largest hurt
    figure together, or its largest shot figure ('four people were shot'), 0 when it states
    none. Session 42, age60, issue 13."""
    qs = doc._.quantities if Doc.has_extension("quantities") else None
    most = {m: 0 for m in ("killed", "injured", "shot")}
    for q in qs or ():
        v = q["value"]
        if q.get("measure") in most and v[0] is not None and v[0] == v[2]:
            most[q["measure"]] = max(most[q["measure"]], int(v[0]))
    return max(most["killed"] + most["injured"], most["shot"])


def _article_killed(doc: Doc) -> bool:
    """Whether the article reports a death: a killed figure among its quantities, else
    a death word in its text."""
    qs = doc._.quantities if Doc.has_extension("quantities") else None
    if qs:
        head = next(iter(doc.sents)).text if len(doc) else ""
        return any(q.get("measure") == "killed" and (q["value"][2] is None or q["value"][2] > 0)
                   and not _month_of_year(q.get("time"), head) for q in qs)
    return any(t.lemma_.lower() in words().death_words for t in doc)


#: a day of the month written before its year ('Feb. 25, 2016', 'August 19th, 2016')
_DAY_OF_YEAR = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b", re.I)


def _month_of_year(time: str | None, headline: str = "") -> bool:
    """A figure's time that names a year and no day ('a fatal shooting there in March
    of 2012'), a year the headline does not name: news tells its own event's day ('Sunday',
    'Feb. 25, 2016'), so such a death is another case's, recalled, and no unnamed dead of
    the article; a court story of an old case names its year in the headline ('Suspect due in
    court for 2012 double homicide'). (Session 60, careful reading round 100: victims said only to
    be wounded shown dead through a club's past shootings.)"""
    time = time or ""
    years = set(YEAR.findall(time))
    a_day = _DAY_OF_YEAR.search(time) or set(re.findall(r"[a-z]+", time.lower())) & wordset("times", "weekdays")
    return bool(years and not a_day and not years & set(YEAR.findall(headline)))


def persons(doc: Doc) -> list[dict[str, Any]]:
    """Person records of ``doc``: dicts with offsets, name, age, gender, role, outcome,
    condition and spans."""
    runs, lent = _lent_surnames(doc, _name_runs(doc))
    people, at = _cluster(doc, runs, lent)
    _read_names(doc, people, runs, at)
    _list_ages(doc, runs, at)
    _respective_ages(doc, runs, at)
    # lists: 'identified the dead as A, 6; B, 7; and C, 50', 'the victims were A, B and C'
    for p, facts in _listed(doc, runs, at):
        p.facts.extend(facts)
    # constructions kept as data: 'claimed the life of A', 'A and B fired into a van'
    for p, f, weak in _construction_facts(doc, people, at):
        (p.weak if weak else p.facts).append(f)
    _read_pronouns(doc, people, at)
    _read_plural_pronouns(doc, at)
    _not_alone(people)
    # people described but never named are not claims: score_people's contract is named
    # people, and an unnamed one can never be matched across outlets reliably yet. Reading
    # them still gives a named person the age or gender an unnamed mention states.
    for p in people:
        if p.first is None:
            _full_name(doc, p, at)
    claimed = [p for p in people if p.first is not None]
    _conjoined_doers(doc, claimed)
    for p in claimed:
        if p.weak and _role(p) is None and not _slip_of_another(p, claimed):
            p.facts.extend(p.weak)  # 'they were identified as A, B': nothing else says who they are
    _identified_ages(doc, at)
    _unrun_ages(doc, claimed, runs)
    _named_description(doc, _unnamed(doc, people, at), claimed)
    for p in claimed:
        if p.age is not None and _aged_involved(doc, p) and not _speaks(doc, p) \
                and not _with_kin_victim(doc, p, at):
            # a named person the article gives an age and nothing else of: news writes the
            # ages of the people involved ('Ana Ruiz, 19, of Mesa'), a victim unless said
            # otherwise; one who speaks is a witness or a relative ('Ray Holt, 63, said'); one
            # charged or before a court is a suspect
            p.facts.append(Fact(_aged_role(doc, p), None, p.age[1], p.age[2]))
    _recalled(doc, claimed)
    _listed_cases(doc, claimed)
    _listed_arrests(doc, claimed)
    _held_on_other_charge(doc, claimed)
    _listed_with_recalled(doc, claimed)
    _release_feed(doc, claimed)
    _murder_suicide(doc, claimed)
    _harmed_kin_named(doc, claimed)
    _kin_casualty_named(doc, claimed)
    _described_self_killer(doc, claimed)
    _leftover_age(doc, claimed, at)
    _charged_sought(doc, claimed)
    killed = _article_killed(doc)
    # the dead the article counts are all named as dead already: a victim said only to have
    # been shot is one of the hurt ('two were killed ... A and B died ... C was shot')
    total = _killed_total(doc)
    dead = sum(1 for p in claimed if any(f.outcome == "killed" for f in p.facts))
    if total is not None and (dead >= total or 2 * total < _open_victims(claimed)):
        # (or the article's dead are fewer than half the victims it says only were shot: 'one
        # man died ... A, B, C and D were hit': each of them more likely lived; the dead
        # already named are not taken off, as they may be a suspect's death or another story's)
        killed = False
    # one word only ('Kayla', 'Toddler', 'Gresham'): a first name, a describer or not a person
    out = [_record(doc, p, killed and not _only_kin_dead(doc, p, people, at), people) for p in people if p.first is not None]
    out += _surname_spellings(doc, claimed, at)
    out.sort(key=lambda r: (r["start"], r["end"]))
    return out


def _only_kin_dead(doc: Doc, p: _Person, people: list[_Person], at: dict[int, _Person]) -> bool:
    """Whether every death the article counts is of ``p``'s own kin, told by a possessive
    that stands for ``p`` ('Nora Pell, 40, was shot on Sunday. Her husband was killed.'; "Pell's
    son died"): the dead is someone else, so ``p``, said only to have been shot, lived.
    (Session 56, from careful reading round 79's people tables, a victim's mother shown dead.)"""
    qs = doc._.quantities if Doc.has_extension("quantities") else None
    deaths = [q for q in qs or () if q.get("measure") == "killed" and (q["value"][2] is None or q["value"][2] > 0)]
    if not deaths:
        return False
    kin = words().others["relative"]
    for q in deaths:
        span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        if head.lemma_.lower() not in kin:
            return False
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            return False
        whose = _resolve_pronoun(owner, people, at) if owner.pos_ == "PRON" else at.get(owner.i)
        if whose is not p:
            return False
    return True


def _harmed_kin_named(doc: Doc, claimed: list[_Person]) -> None:
    """The kin the article's one suspect harmed, named only as that one's kin: a named person
    whose only role is a relative's, told with a possessive pronoun of the suspect's gender
    ('Ray Dunn spent the day with his sons, Eli and Sam'), is a victim where a harm verb of the
    suspect's takes a possessed noun of that kin for object ('Dunn was shooting his children';
    data/persons.json ``harmed_kin``: a noun covers itself and the kin it lists). Not one who
    speaks. Session 41, role59 (issue 13), from the even half: a father's two boys, whom he
    shot, shown as his relatives and neither hurt nor dead."""
    sus = [p for p in claimed if _role(p) == "suspect"]
    if not sus or len([p for i, p in enumerate(sus) if not _slip_of_another(p, sus[:i])]) != 1:
        return
    w, covers = words(), load("persons")["harmed_kin"]["covers"]
    gender = next((p.gender[0] for p in sus if p.gender), None)
    harmed: list[tuple[Token, Token]] = []  # (verb, possessed kin noun)
    for f in (f for p in sus for f in p.facts if f.role == "suspect"):
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        for v in span or ():
            harmed.extend((v, o) for o in v.children if v.lemma_.lower() in w.harm and o.dep_ == "dobj"
                          and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in o.children))
    if not harmed:
        return
    if gender is None:
        gender = _harmer_gender(harmed)
    for p in claimed:
        if not _relative_only(p) or _speaks(doc, p):
            continue
        kin = [k for k in _relative_words(doc, p)
               if any(g.dep_ == "poss" and g.pos_ == "PRON" and PRONOUN_GENDER.get(g.lower_) in (None, gender)
                      for g in k.children)]
        hit = next((v for v, o in harmed for k in kin if o.lemma_.lower() == k.lemma_.lower()
                    or k.lemma_.lower() in covers.get(o.lemma_.lower(), ())), None)
        if hit is not None:
            p.facts.append(_fact("victim", None, hit))


def _relative_only(p: _Person) -> bool:
    """Whether ``p``'s role is a relative's and nothing of theirs makes them a victim or a
    suspect: the people :func:`_harmed_kin_named` and :func:`_kin_casualty_named` may make victims."""
    return _role(p) == "relative" and not any(f.role in ("victim", "suspect") for f in p.facts)


def _relative_words(doc: Doc, p: _Person) -> list[Token]:
    """The tokens of the words that tell ``p`` someone's relative ('his sons', 'her daughter')."""
    return [k for f in p.facts if f.role == "other:relative"
            for k in doc.char_span(f.start, f.end, alignment_mode="expand") or ()]


def _kin_casualty_named(doc: Doc, claimed: list[_Person]) -> None:
    """The one hurt or killed, named only as someone's kin: on a page that names no victim and
    whose casualty figures each count one person, a named person whose only role is a
    relative told by a possessed kin noun ('her son Dewaun Marsh', 'his daughter, Ana Ruiz,')
    is the victim of the figure whose noun that kin noun covers ('her son died', 'A 10-year-old
    girl was shot'; data/persons.json ``kin_casualty``), with its outcome; not one who speaks,
    nor where two relatives fit. Session 74, careful readings (586764, 774294)."""
    if any(_role(p) == "victim" for p in claimed):
        return
    qs = doc._.quantities if Doc.has_extension("quantities") else None
    hurt = [q for q in qs or () if q.get("measure") in ("killed", "injured", "shot") and q["value"][2] != 0]
    if not hurt or any(q["value"][1] != 1 or q["value"][2] not in (1, None) for q in hurt):
        return
    heads: list[tuple[str, str]] = []  # (the figure's noun, its outcome)
    for q in hurt:
        span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
        if span is not None:
            heads.append((span.root.lemma_.lower(), "killed" if q["measure"] == "killed" else "injured"))
    covers = load("persons")["kin_casualty"]["covers"]
    fits: list[tuple[_Person, str, Token]] = []
    for p in claimed:
        if not _relative_only(p) or _speaks(doc, _unshared(doc, p, claimed)):
            continue
        kin = [k for k in _relative_words(doc, p)
               if k.lemma_.lower() in covers and any(g.dep_ == "poss" for g in k.children)]
        outcomes = {o for k in kin for h, o in heads if h in covers[k.lemma_.lower()]}
        if kin and outcomes:
            fits.append((p, "killed" if "killed" in outcomes else "injured", kin[0]))
    if len(fits) == 1:
        p, outcome, k = fits[0]
        p.facts.append(_fact("victim", outcome, k))


def _unshared(doc: Doc, p: _Person, claimed: list[_Person]) -> _Person:
    """``p`` without its mentions by a bare surname another person named shares ('Rockingham said'
    of a mother beside her son Dewaun Rockingham is hers as much as his): the mentions by which
    :func:`_speaks` may tell ``p`` speak."""
    if not p.last or not any(q is not p and q.last == p.last for q in claimed):
        return p
    bare = {i for i in p.tokens if doc[i].lower_ == p.last and (i == 0 or doc[i - 1].lower_ != p.first)}
    return replace(p, tokens=[i for i in p.tokens if i not in bare])


def _described_self_killer(doc: Doc, claimed: list[_Person]) -> None:
    """The one who did it, told in the lead by a noun that harmed others and then themself
    ('A Millbrook man shot his wife before killing himself', 'Man kills self after shooting
    two'), named later only as one of the dead ('Police found Ray Dunn, 48, dead'): where the
    article names no suspect, the one named adult of the noun's gender read only as a victim
    dead or given an age, and named by no noun the harm took for object ('his brother, Sam
    Dunn'), is that suspect, dead (data/persons.json ``described_self_killer``). Session 42,
    role60 (issue 13), from the even half of gva-dev: the man who shot his girlfriend and her
    son and then himself shown as a victim. Where the article names no one else and the noun
    harmed only young children, its one named adult of no gender the page gives will do (session
    65, round 170: 'Teen dad kills infant, self' over a driver of 19 found dead, named, whom no
    pronoun gives a sex; not 'killed his wife', whom the one named may be). Where the noun, or its
    first mention, gives an age ('A 12-year-old boy ... the boy shot his brother ... and killed
    himself'), the one named dead of that age is the one, whatever his age (session 66, round 181)."""
    if any(_role(p) == "suspect" for p in claimed):
        return
    got = _self_killer_noun(doc)
    if got is None:
        return
    noun, verb, gender, objects = got
    adult = load("persons")["described_self_killer"]["adult_age"]
    dead = [p for p in claimed if _role(p) == "victim"
            and not _speaks(doc, p) and all(f.outcome in (None, "killed") for f in p.facts if f.role == "victim")
            and not objects & {k.lemma_.lower() for f in p.facts if (f.role or "").startswith("other:")
                               for k in doc.char_span(f.start, f.end, alignment_mode="expand") or ()}]
    aged = _described_age(noun)
    if aged is not None:
        # the noun's age names the one ('A 12-year-old boy ... the boy shot his brother ... and
        # killed himself' beside three named brothers of 12, 6 and 16): whatever his age
        fits = [p for p in dead if p.age is not None and p.age[0] == aged[0]
                and (p.gender is None or p.gender[0] == gender)]
        if len(fits) == 1:
            p = fits[0]
            p.facts = [replace(f, role=None) if f.role == "victim" else f for f in p.facts]
            p.facts.append(_fact("suspect", "killed", verb))
        return
    open_ = [p for p in dead if p.age is None or p.age[0] >= adult]
    fits = [p for p in open_ if p.gender is not None and p.gender[0] == gender]
    if not fits and len(claimed) == 1 and objects <= wordset("persons", "described_self_killer", "child_objects"):
        # the article's only named person, an adult of no gender the page gives, where the noun
        # harmed only young children: the noun's ('Teen dad kills infant, self ... found the
        # driver, Sam Dunn, 19, slumped over': session 65, careful reading round 170, 294471)
        fits = [p for p in open_ if p.gender is None and p.age is not None]
    if len(fits) != 1:
        return
    p = fits[0]
    p.facts = [replace(f, role=None) if f.role == "victim" else f for f in p.facts]
    p.facts.append(_fact("suspect", "killed", verb))


def _described_age(noun: Token) -> tuple[int, int, int] | None:
    """The age the self-killer's noun carries ('the 12-year-old boy'), or, told again by 'the'
    ('the boy shot ...'), the age of its first mention with the same noun before it in the
    text ('A 12-year-old boy was cooking ...')."""
    got = _age_of_noun(noun)
    if got is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return got
    return next((a for t in noun.doc[:noun.i] if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN"
                 and (a := _age_of_noun(t)) is not None), None)


def _self_killer_noun(doc: Doc) -> tuple[Token, Token, str, set[str]] | None:
    """In the lead (the headline and the first sentences), a noun for a person, no name's word,
    subject of a harm verb whose clause harms others (nouns for people) and the subject too
    ('himself', 'self'): that noun, the verb, the gender the reflexive or the noun gives, and
    the lemmas of the others harmed."""
    starts, ends = sent_bounds(doc)
    said, seen = [], set()
    for s, e in zip(starts, ends):
        if len(said) == LEAD_SENTENCES:
            break
        key = " ".join(doc[s:e].text.lower().split())
        if sum(t.is_alpha for t in doc[s:e]) >= LEAD_WORDS and key not in seen and any(
                t.pos_ in ("VERB", "AUX") for t in doc[s:e]):
            said.append(e)  # not a byline ('By ANN LEE Associated Press') nor the headline again
        seen.add(key)
    if not said:
        return None
    w, group = words(), lexicon().person_group
    for t in doc[0:said[min(LEAD_SENTENCES, len(said)) - 1]]:
        v = t.head
        if t.dep_ != "nsubj" or t.pos_ != "NOUN" or t.lemma_.lower() not in group or t.ent_type_ \
                or v.lemma_.lower() not in w.harm:
            continue
        selves = [r for r in v.subtree if r.lower_ in w.selves and r.dep_ in ("dobj", "conj")
                  and (r.head.lemma_.lower() in w.harm or r.head.dep_ == "dobj")]
        if not selves:
            continue
        gender = PRONOUN_GENDER.get(selves[0].lower_) or _gender(t)
        objects = {o.lemma_.lower() for o in v.subtree if o.dep_ in ("dobj", "conj") and o.pos_ == "NOUN"
                   and o.lemma_.lower() in group}
        if gender is not None and objects:  # (others harmed too: not 'teen shoots himself with a rifle')
            return t, v, gender, objects
    return None


def _harmer_gender(harmed: list[tuple[Token, Token]]) -> str | None:
    """The gender the possessive on the harmed kin nouns gives the one who harmed them, where
    no he / she of theirs was read ('Dunn was shooting his children': his), when they all give
    one. Session 42, role60 (issue 13): :func:`_harmed_kin_named` never fired for a suspect
    without a gender."""
    said = {PRONOUN_GENDER.get(g.lower_) for _, o in harmed for g in o.children if g.dep_ == "poss"} - {None}
    return said.pop() if len(said) == 1 else None


def _read_names(doc: Doc, people: list[_Person], runs: list[tuple[int, int]], at: dict[int, _Person]) -> None:
    """What each name's mentions say of its person (facts, describing nouns, age, gender,
    condition); a credit line makes the person press, a rank read as a sentence's end an
    official."""
    lines = _credited(doc, runs)
    for p in people:
        credit = None
        for i in p.tokens:
            h = doc[i]
            run = next((r for r in runs if r[0] <= i < r[1]), (i, i + 1))
            rank = _rank_before(doc, run[0])
            if run[0] in lines:
                credit = credit or doc[run[0]]
                continue  # a credit line says nothing of the event
            if rank is not None:
                # 'according to Sgt. Dale Brin, the boy was hit': the parser ends a sentence
                # at the rank's full stop, and the clause it then reads is not about the officer
                p.facts.append(_fact("other:official", None, rank))
                p.titled = True
                if not _rank_opens(doc, rank):
                    continue
            office = _office_before(doc, run[0])
            if office is not None:
                # 'County Coroner Ada Vance confirmed the boy died': the clause around the
                # office holder's name tells of someone else
                p.facts.append(_fact("other:" + office[0], None, office[1]))
                p.titled = p.titled or office[0] == "official"
                continue
            f, d = read_mention(h, start=run[0])
            p.facts.extend(f)
            p.descs.extend(d)
            if p.age is None:
                p.age = _age_near(doc, *run) or _age_said(h)
            named = _named_noun(h)
            if named is not None:
                if not named[1]:
                    p.facts.extend(_noun_facts(named[0]))
                if p.age is None:
                    p.age = _age_of_noun(named[0])
            if p.gender is None:
                p.gender = _gender_cue(doc, run[0], run[1], h)
            if p.condition is None:
                c = _condition(h)
                if c:
                    p.condition = (c[0], c[1].idx, c[1].idx + len(c[1]))
        if credit is not None and not {"victim", "suspect"} & {f.role for f in p.facts}:
            # named in a credit line and nowhere said to be shot or to have done it: the press,
            # whatever else the words around say ('Photo: Gil Marsh' is not 'Ada Marsh, 4, died')
            p.facts, p.credit = [_fact("other:press", None, credit)], True


def _record(doc: Doc, p: _Person, killed: bool, people: list[_Person] | None = None) -> dict[str, Any]:
    """The person record of a named person: its role and outcome as read (``killed``: the
    article says someone died whom no named person accounts for), with the spans that say
    each where they differ from the name's."""
    role = _role(p)
    # one who speaks after the shooting ('Ruiz said from his hospital bed') lived, whatever
    # the article's dead
    outcome, of = _outcome(_lived_apart(doc, p, people or []), role, killed and not _spoke_after(doc, p, people or []))
    start, end = p.mention
    spans: dict[str, tuple[int, int]] = {}
    if p.age:
        spans["age"] = (p.age[1], p.age[2])
    if p.gender:
        spans["gender"] = (p.gender[1], p.gender[2])
    if p.condition:
        spans["condition"] = (p.condition[1], p.condition[2])
    if of is not None:
        spans["outcome"] = (of.start, of.end)
    rf = next((f for f in p.facts if f.role and (f.role == role or f.role == f"other:{role}")), None)
    if rf is not None:
        spans["role"] = (rf.start, rf.end)
    g = p.gender[0] if p.gender else None
    return {
        "start": start, "end": end, "name": p.name, "age": in_years(doc_text(doc), p.age) if p.age else None,
        "gender": {"m": "male", "f": "female"}.get(g or ""), "role": role, "outcome": outcome,
        "condition": p.condition[0] if p.condition else None,
        "spans": {k: v for k, v in spans.items() if v != (start, end)},
    }



def _lived_apart(doc: Doc, p: _Person, people: list[_Person]) -> _Person:
    """``p``, or a copy without its deaths where every one is told of a group with another
    person ('identified the officers who were gunned down as Ada Pell and Ray Dunn') and the
    person's own clause says they lived ('Dunn is seriously wounded but is expected to survive':
    data/persons.json ``lived_words``): the group's word is the other's death, not theirs.
    Session 58, from careful reading round 87 (616102: a wounded officer read as slain beside
    his partner)."""
    killed = [f for f in p.facts if f.outcome == "killed"]
    if not killed:
        return p
    shared = {(f.start, f.end) for q in people if q is not p for f in q.facts if f.outcome == "killed"}
    lived = wordset("persons", "lived_words", "lemmas")
    if not all((f.start, f.end) in shared for f in killed) or not any(
            f.outcome == "injured" and not f.told and _lemma_at(doc, f.start) in lived for f in p.facts):
        return p
    return replace(p, facts=[f for f in p.facts if f.outcome != "killed"])


def _lemma_at(doc: Doc, start: int) -> str:
    """The lemma of the token that begins at character ``start`` ('' where none does)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0].lemma_.lower() if span is not None and len(span) else ""


def _surname_spellings(doc: Doc, claimed: list[_Person], at: dict[int, _Person]) -> list[dict[str, Any]]:
    """Records of a surname of five letters or more written alone, outside every full name
    the article gives, one letter off the surname of exactly one person named in full after the
    same first letter ('Ada Kessel', later 'Kessell drove off'; :func:`~reconcile.text.names.surname_slip`), or a
    slip of that person's first name (:func:`~reconcile.text.names.first_name_slip`): most likely that person,
    spelled another way (compare tells). Not an -s added or cut: a family ('the Kessels') or
    a possessive's apostrophe misplaced ('Reeve's car' of 'Ida Reeves'); nor a word of a run
    of capitalised words; nor the spelling a correction puts right ('..., not Dewayne').
    Only the name and where: nothing is read of it."""
    taken = {q.last for q in claimed} | {q.first for q in claimed}
    out: dict[str, dict[str, Any]] = {}
    for t in _proper_nouns(doc):
        low = t.lower_
        if t.i in at and at[t.i].first is not None or len(low) < 5 or low in taken or low in out \
                or not _first_name_alone(t, set()):
            continue
        if any(0 <= k < len(doc) and doc[k].text[:1].isupper() for k in (t.i - 1, t.i + 1)):
            continue  # a word of a longer name ('the Black P Stones')
        if t.i > 0 and doc[t.i - 1].lower_ == "not":
            continue  # a correction naming the spelling it puts right ('his name is Dwayne, not Dewayne')
        # a surname's slip first ('Loung' / 'Luong' beside 'Lon'); else a first name's
        near = [q for q in claimed if surname_slip(low, q.last)] or [q for q in claimed if q.first and first_name_slip(q.first, low)]
        if len(near) == 1:
            out[low] = {"start": t.idx, "end": t.idx + len(t), "name": t.text, "age": None, "gender": None,
                        "role": None, "outcome": None, "condition": None, "spans": {}}
    return list(out.values())

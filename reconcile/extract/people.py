"""People named in a document: their fullest names, titles and gender cues.

Shared by the quote and role extractors: a later "Singh" resolves to the fullest form
"Sabrina Singh"; "she" resolves to the nearest preceding person whose gender cues
(titles such as "spokeswoman", honorifics, earlier pronouns) do not contradict it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..data import load, wordset
from ..text.lexicon import lexicon
from .scope import doc_ents, sent_of

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
_STRIP = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass
class Person:
    name: str  # fullest form, without titles
    last: str
    first_mention: int  # token index
    mentions: list[int] = field(default_factory=list)
    gender: str | None = None  # 'm', 'f' or None
    dead: bool = False  # reported dead in this document ('John Ward, 34, was shot and killed')

    @property
    def first(self) -> str | None:
        words = self.name.split()
        return words[0] if len(words) > 1 else None


def strip_titles(tokens: list[Token]) -> list[Token]:
    """Drop leading title words ('Brigadier General Pat Ryder' -> 'Pat Ryder')."""
    lx = lexicon()
    out = list(tokens)
    while len(out) > 1 and not (len(out) == 2 and out[0].lower_ in wordset("titles", "given_names")) and (
            out[0].lower_ in lx.title_words or out[0].lower_.rstrip(".") + "." in lx.title_words
                            or out[0].lower_ in wordset("titles", "before_name")
                            or len(out) > 2 and out[0].lower_ in wordset("titles", "class_years")):
        out = out[1:]  # 'Sophomore Dana Ortiz' (not 'Junior Reyes', 'Prince Hale': a first name)
    while out and (out[-1].lower_ in ("'s", "’s", "'", "’") or out[-1].is_punct):
        out = out[:-1]
    return out


def according_to(h: Token) -> bool:
    """Whether the word ``h`` (a name's head) is the source of 'according to' ('were
    identified as A and B, according to Jo Kent'; 'according to Singh'): who tells it."""
    return h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head.lower_ == "according"


def name_tokens(tok: Token) -> list[Token]:
    """The proper-noun run around ``tok`` ('Sabrina' 'Singh'), within one sentence."""
    doc = tok.doc
    ent = next((e for e in doc_ents(doc) if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
    if ent is not None:
        toks = list(ent)
    else:
        s = e = tok.i
        while s - 1 >= sent_of(tok).start and doc[s - 1].pos_ == "PROPN" and doc[s - 1].dep_ == "compound" \
                and doc[s - 1].head.i in range(s, tok.i + 1):
            s -= 1
        toks = list(doc[s:e + 1])
    return strip_titles(toks)


def is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON"


def _first_names_agree(a: str, b: str) -> bool:
    """'Dan' and 'Daniel', 'J.' and 'James': one first name written two ways."""
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) == 1 or len(short) >= 3) and long_.startswith(short)


def _reported_dead(tok: Token) -> bool:
    """``tok`` (a name's last token) is the subject of a death ('was killed', 'died',
    'was shot and killed', 'was found dead'; data/speakers.json)."""
    death = load("speakers")["death"]
    if _named_as_dead(tok, death["adjectives"]):
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for v in verbs:
        if v.lemma_.lower() in death["verbs"] and (v.lemma_.lower() in ("die", "perish", "succumb", "drown")
                                                   or v.tag_ == "VBN"):
            return True
        if any(c.lower_ in death["adjectives"] and c.dep_ in ("acomp", "oprd", "advmod", "attr") for c in v.children):
            return True
    return False


def _named_as_dead(tok: Token, dead_words: list[str]) -> bool:
    """``tok`` is named in a list of the dead after 'as' ('identified the dead as Ana Ruiz, 24,
    and Sam Hale, 31'): the object of 'as' (or a name joined to it) under a verb whose object
    is the dead (data/speakers.json death adjectives). Session 55 (review of session 54: the
    second of two dead so named was taken for the 'she' of the next quote)."""
    node = tok
    while node.dep_ in ("conj", "appos") and node.head is not node:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "as":
        return False
    verb = node.head.head
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in dead_words for c in verb.children)


_SIDES: dict[tuple[int, str], Matcher] = {}


def sides_matcher(vocab: Vocab, entry: str) -> Matcher:
    """A Matcher of the data/persons.json ``entry``'s patterns of what comes right after a
    name and right before it (``press_credits``, ``place_names``, ``thing_names``), one per
    vocabulary."""
    m = _SIDES.get((id(vocab), entry))
    if m is None:
        m = Matcher(vocab)
        d = load("persons")[entry]
        m.add("after", d["after"])
        m.add("before", d["before"])
        _SIDES[(id(vocab), entry)] = m
    return m


@cache
def _reach(entry: str) -> int:
    """The most tokens a pattern of the data/persons.json ``entry`` takes."""
    d = load("persons")[entry]
    return max(len(p) for p in d["after"] + d["before"])


def sided(doc: Doc, s: int, e: int, entry: str) -> bool:
    """Whether a ``before`` pattern of the ``entry`` ends right before the run [s, e) or an
    ``after`` pattern starts right after it."""
    m, reach = sides_matcher(doc.vocab, entry), _reach(entry)
    return any(doc.vocab.strings[x[0]] == "before" and max(0, s - reach) + x[2] == s
               for x in m(doc[max(0, s - reach):s])) or any(
        doc.vocab.strings[x[0]] == "after" and x[1] == 0 for x in m(doc[e:min(len(doc), e + reach)]))


def _a_place(doc: Doc, s: int, e: int) -> bool:
    """The words right before or after the name at [s, e) make it a place (data/persons.json
    ``place_names``, as the persons reader has them: 'both of Elm Flats', 'the 400 block of Ada
    Marsh'); not a name followed by 's ('Ada Marsh's home')."""
    if e < len(doc) and doc[e].lower_ in ("'s", "’s"):
        return False
    return sided(doc, s, e, "place_names")


class People:
    """The people of one document, built once and queried by the extractors.

    Relatives share a surname: 'John Ward' and 'Mary Ward' are two people, told apart by
    first name; a surname alone ('Ward said') is the one of them not reported dead, or the
    one named most recently before it, or stays the surname as written.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_last: dict[str, list[Person]] = {}
        self.mention_at: dict[int, Person] = {}
        lx = lexicon()
        names = []
        for ent in doc_ents(doc):
            if ent.label_ != "PERSON":
                continue
            toks = strip_titles(list(ent))
            if not toks or not toks[-1].text[:1].isupper():
                continue
            names.append((ent, toks))
        # a name the words around make a place ('both of Elm Flats', 'taken to Helen Dorsey') is no one
        names = [(ent, toks) for ent, toks in names if not _a_place(doc, ent.start, ent.end)]
        # full names first, so that a surname alone can be matched to the right relative
        for ent, toks in sorted(names, key=lambda et: (len(et[1]) < 2, et[0].start)):
            last = toks[-1].text
            kin = self.by_last.setdefault(last.lower(), [])
            if len(toks) >= 2:
                first = toks[0].text
                p = next((k for k in kin if k.first and _first_names_agree(k.first, first)), None) or \
                    next((k for k in kin if not k.first), None)
                if p is None:
                    p = Person(name=doc[toks[0].i:toks[-1].i + 1].text, last=last, first_mention=toks[0].i)
                    kin.append(p)
                elif len(toks) > len(p.name.split()):
                    p.name = doc[toks[0].i:toks[-1].i + 1].text
            else:
                p = self._pick(kin, toks[-1].i) if kin else None
                if p is None:
                    if kin:
                        continue  # 'Ward' among several Wards: no one's mention
                    p = Person(name=last, last=last, first_mention=toks[0].i)
                    kin.append(p)
            p.mentions.append(toks[-1].i)
            p.first_mention = min(p.first_mention, toks[0].i)
            if _reported_dead(toks[-1]):
                p.dead = True
            for t in toks:
                self.mention_at[t.i] = p
            # gender cues from the words before the name ('spokeswoman Sabrina Singh')
            before = list(doc[max(sent_of(ent).start, ent.start - 4):ent.start])
            while any(t.is_punct for t in before):  # not across a comma ('his mother, Sheriff Ray Hale')
                before = before[next(i for i, t in enumerate(before) if t.is_punct) + 1:]
            for t in before:
                if t.lower_ in lx.female:
                    p.gender = p.gender or "f"
                elif t.lower_ in lx.male:
                    p.gender = p.gender or "m"
        # a surname alone the entity recogniser missed ('Kenney asked ...' read as an
        # organisation) is still a mention when it is a subject and one person bears it
        for t in doc:
            if t.i in self.mention_at or t.pos_ != "PROPN" or t.dep_ not in ("nsubj", "nsubjpass") \
                    or not t.text[:1].isupper() or t.ent_type_ in wordset("grammar", "place_time_entities", "labels"):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" or t.i > 0 and doc[t.i - 1].pos_ == "PROPN":
                continue  # part of a longer name ('Kenney Group')
            kin = self.by_last.get(t.text.lower(), [])
            if len(kin) == 1 and kin[0].first:
                kin[0].mentions.append(t.i)
                self.mention_at[t.i] = kin[0]
        for kin in self.by_last.values():
            for p in kin:
                p.mentions.sort()

    @property
    def persons(self) -> list[Person]:
        return [p for kin in self.by_last.values() for p in kin]

    def _pick(self, kin: list[Person], at: int) -> Person | None:
        """The person a surname alone at token ``at`` stands for, or None when it cannot be told."""
        if len(kin) == 1:
            return kin[0]
        living = [p for p in kin if not p.dead] or kin
        if len(living) == 1:
            return living[0]
        before = [(max(i for i in p.mentions if i < at), p) for p in living if any(i < at for i in p.mentions)]
        return max(before, key=lambda ip: ip[0])[1] if before else None

    def person_for(self, toks: list[Token]) -> Person | None:
        if not toks:
            return None
        kin = self.by_last.get(toks[-1].text.lower())
        if not kin:
            return None
        p = self.mention_at.get(toks[-1].i)
        if p is not None:
            return p
        if len(toks) >= 2:
            return next((k for k in kin if k.first and _first_names_agree(k.first, toks[0].text)), None)
        return self._pick(kin, toks[-1].i)

    def fullest(self, toks: list[Token]) -> str:
        """Fullest form of the name ``toks`` in this document (the surname as written
        when relatives share it and the text does not say which one)."""
        if not toks:
            return ""
        text = self.doc[toks[0].i:toks[-1].i + 1].text
        p = self.person_for(toks)
        if p is not None and len(p.name) >= len(text):
            return p.name
        return text

    def person_for_name(self, name: str) -> Person | None:
        """The Person a resolved name (its fullest form) belongs to, if any."""
        words = name.split()
        kin = self.by_last.get(words[-1].lower(), []) if words else []
        return next((p for p in kin if p.name == name), None) or (kin[0] if len(kin) == 1 else None)

    def note_gender(self, person: Person | None, pronoun: str) -> None:
        g = PRONOUN_GENDER.get(pronoun.lower())
        if person is not None and g and person.gender is None:
            person.gender = g

    def resolve_pronoun(self, pron: Token, recent: list[tuple[int, str, Person | None]]) -> str | None:
        """Speaker for 'he'/'she': the most recent compatible person, or None.

        ``recent`` lists (token index, speaker name, Person) of earlier speakers and
        named subjects, newest last.
        """
        low = pron.lower_
        if low in wordset("grammar", "plural_pronouns") or low not in PRONOUN_GENDER:
            return None
        want = PRONOUN_GENDER[low]
        doc = pron.doc
        fallback = None
        for i, name, person in reversed(recent):
            if i >= pron.i or pron.i - i > 400:
                continue
            g = person.gender if person else None
            if g is not None and g != want:
                continue
            if person is None and " " not in name and name[:1].islower():
                continue  # 'police', 'officials' are not he/she
            mention = doc[i]
            if person is not None and person.dead and _told_by(mention, pron):
                continue  # 'Ruiz was found dead in the kitchen, he said': Ruiz is what he said (look58)
            if person is not None and person.dead and pron.dep_ in ("nsubj", "nsubjpass"):
                # the dead speak no later 'she said' but for want of anyone else (session 55)
                fallback = fallback or (name, person)
                continue
            subj = ("nsubj", "nsubjpass")
            if mention.dep_ not in subj and pron.dep_ in subj and (
                    sent_of(mention).start == sent_of(pron).start
                    or any(t.dep_ in subj and PRONOUN_GENDER.get(t.lower_) == want and t.i > i for t in sent_of(mention))):
                # 'During his meeting with al-Sudani, he asserted ...': a name inside a
                # phrase is rarely the next 'he', in its own sentence or in the next one
                # when a 'he' in its sentence already stood for someone else
                fallback = fallback or (name, person)
                continue
            if pron.dep_ in subj and sent_of(mention).start != sent_of(pron).start \
                    and self._reported_by_speaker(mention, want, recent):
                # 'Boyd said Reyes and Okafor are cousins. She said ...': a name inside what
                # the sentence reports is passed over for the person the sentence is about
                reporter = self._reporter(mention)
                if reporter is not None and not any(j == reporter.i for j, _n, _p in recent):
                    # (a reporter the recogniser did not take for a person: their name)
                    name, person = speaker_text(reporter, self)
                    if name:
                        if person is not None:
                            self.note_gender(person, low)
                        return name
                continue
            if person is not None:
                self.note_gender(person, low)
            return name
        if fallback is not None:
            if fallback[1] is not None:
                self.note_gender(fallback[1], low)
            return fallback[0]
        return None

    @staticmethod
    def _reporting_verb(mention: Token) -> Token | None:
        """The reporting verb whose report holds ``mention`` ('Boyd said [Reyes and
        Okafor are cousins]'), within six steps up the parse."""
        lx = lexicon()
        node = mention
        for _ in range(6):
            if node.head is node:
                return None
            came_from, node = node, node.head
            if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in lx.reporting and came_from.dep_ in ("ccomp", "xcomp", "parataxis"):
                return node
        return None

    @staticmethod
    def _proper_subject(verb: Token, mention: Token) -> Token | None:
        """``verb``'s subject when it is a proper noun before ``mention``."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.pos_ == "PROPN" and subj.i < mention.i else None

    def _reporter(self, mention: Token) -> Token | None:
        """The proper-noun subject of the reporting verb whose report holds ``mention``."""
        verb = self._reporting_verb(mention)
        return None if verb is None else self._proper_subject(verb, mention)

    def _reported_by_speaker(self, mention: Token, want: str, recent: list[tuple[int, str, Person | None]]) -> bool:
        """``mention`` lies inside what a reporting verb reports ('Boyd said Reyes and Okafor
        are cousins') and the verb's subject is a person or speaker of ``want``'s gender
        (or none known), or a proper noun: the next 'she said' is the reporter, not a name
        she mentioned."""
        verb = self._reporting_verb(mention)
        if verb is None:
            return False
        reporter = self._proper_subject(verb, mention)
        if reporter is not None and not any(j == reporter.i for j, _n, _p in recent):
            return True
        subjects = {j: (name, person) for j, name, person in recent if j < mention.i}
        for c in verb.children:
            if c.dep_ == "nsubj" and c.i in subjects:
                name, person = subjects[c.i]
                g = person.gender if person else None
                if (g is None or g == want) and not (person is None and name[:1].islower()):
                    return True
        return False


_STATE_ABBR = re.compile(r"^[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?$|^[A-Z]{2}$")


def _told_by(mention: Token, pron: Token) -> bool:
    """``mention`` lies in what pronoun ``pron`` is said to report, earlier in the same
    sentence, and those words hold no pronoun of the speaker's own ('Ruiz and her son were
    found dead, he said'; not 'Ruiz was at home when she heard gunfire, she said', where
    'she' tells of herself). Asked of people the document reports dead: the dead do not
    tell of themselves in the third person ('Lee Park is offering a reward, he said' is
    Park's own word). (look58, from a victim given as the speaker of the words that tell
    her death.)"""
    verb = pron.head
    if not (pron.dep_ == "nsubj" and verb.lemma_.lower() in lexicon().reporting and mention.i < pron.i
            and verb.is_ancestor(mention) and mention.head.i != verb.i):
        return False
    want = PRONOUN_GENDER.get(pron.lower_)
    return not any(PRONOUN_GENDER.get(t.lower_) == want for t in verb.subtree if t.i != pron.i)


def people_of(doc: Doc) -> People:
    """The :class:`People` of ``doc``, built once per doc and shared by the role and
    quote readers (the quote reader notes genders on it as it resolves pronouns; the
    role reader, which runs first, reads only names)."""
    got = doc.user_data.get("reconcile_people")
    if got is None or got.doc is not doc:
        got = People(doc)
        doc.user_data["reconcile_people"] = got
    return got


def _party_tag(tok: Token) -> bool:
    """'(D-N.Y.)', ', R-Ky.,': a party and state tag after a politician's name."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    prev2 = doc[tok.i - 2] if tok.i > 1 else None
    if prev is not None and prev.text == "-" and prev2 is not None and prev2.text in ("D", "R", "I"):
        return True
    if prev is not None and re.fullmatch(r"[DRI]-", prev.text):
        return True
    return bool(_STATE_ABBR.match(tok.text)) and prev is not None and prev.text in ("(", "-", ",")


def speaker_text(tok: Token, people: People) -> tuple[str | None, Person | None]:
    """(speaker, Person) for the subject token of a reporting verb.

    Names become their fullest form; organisations keep their name; common nouns
    keep their noun phrase ('police', 'a spokesman'); pronouns return (None, None)
    for the caller to resolve.
    """
    if tok.lower_ in PRONOUN_GENDER or tok.lower_ in wordset("grammar", "plural_pronouns") or tok.pos_ == "PRON":
        return None, None
    if tok.like_num or tok.pos_ == "NUM" or tok.lower_ in ("percent", "%"):
        return None, None  # '74 percent of likely voters said'
    doc = tok.doc
    if _party_tag(tok) and tok.head.i != tok.i:
        tok = tok.head  # 'Rep. Stephen Lynch (D-Mass.)': the person, not the state
    # 'a spokesman, John Smith,' / 'Pentagon spokesman Pat Ryder' -> the name
    for c in tok.children:
        if c.dep_ == "appos" and is_name(c) and not _party_tag(c):
            tok = c
            break
    if is_name(tok) and tok.ent_type_ != "PERSON" and any(c.dep_ == "poss" for c in tok.children):
        # an organisation speaks as itself: 'the Elm County Sheriff's Office', not 'Office'
        return _phrase(tok), None
    if is_name(tok):
        ent = next((e for e in doc_ents(doc) if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ in ("ORG", "NORP", "GPE", "FAC") and \
                not people.by_last.get(ent[-1].text.lower()):
            toks = [t for t in strip_titles(list(ent)) if not in_dateline(t)]  # not 'Kan. - Elm Police'
            return " ".join(t.text for t in toks) or ent.text, None
        toks = name_tokens(tok)
        if not toks:
            return None, None
        return people.fullest(toks), people.person_for(toks)
    # a common noun: its phrase without determiners and relative clauses, with the
    # organisation it speaks for ('a spokesman for the Elm County Sheriff's Office')
    return _phrase(tok), None


@cache
def _dateline_ends() -> frozenset[str]:
    """What ends a story's dateline ('MILLTON, Ohio (WXYZ) –', 'UPDATE:'): grammar.json's
    'dateline_next' but the comma and the bracket inside it."""
    return wordset("grammar", "dateline_next") - {",", "("}


def in_dateline(tok: Token) -> bool:
    """``tok`` is part of the dateline a story's line opens with, before its dash: the place
    and the outlet in capitals and the dash ('MILLTON, Ohio (WXYZ) – Millton police said
    ...'), which speak no quote and are no speaker's words (look58). A line in capitals
    with a verb before the dash is a transcript's line, not a dateline."""
    doc = tok.doc
    sent = sent_of(tok)
    s = sent.start
    if not (s == 0 or "\n" in doc[s - 1].text_with_ws or doc[s - 1].is_space) or not (
            doc[s].is_alpha and doc[s].text.isupper() and len(doc[s].text) > 1):
        return False
    dash = next((t.i for t in doc[s + 1:min(sent.end, s + 18)] if t.text in _dateline_ends()
                 and (doc[t.i - 1].whitespace_ or t.whitespace_)), None)  # not 'WOOD-TV says'
    return dash is not None and s <= tok.i <= dash and not any(
        t.pos_ in ("VERB", "AUX") or t.is_alpha and t.text.islower() for t in doc[s:dash])


def _phrase(tok: Token) -> str:
    doc = tok.doc
    left = tok.left_edge.i
    while left < tok.i and (doc[left].dep_ in ("det", "predet", "punct") or in_dateline(doc[left])):
        left += 1
    end = tok.i + 1
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("for", "of", "with", "at")
                 and c.i == end), None)
    if prep is not None and not is_name(tok):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and is_name(obj) and obj.ent_type_ != "PERSON":
            end = obj.i + 1
    return doc[left:end].text


def span_text(span: Span) -> str:
    return _STRIP.sub("", span.text)

"""The names of an article's people: the runs of words that make a name (the
recogniser's, or one it missed), nicknames, a surname lent to kin named by first
name only, the ranks and offices written before a name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from ...data import load, wordset
from ...text.lexicon import lexicon
from ..people import _a_place, sided, strip_titles
from ..scope import doc_ents, is_heading, sent_of, street_word_forms
from .ages import _age_compound, _age_near, _age_value
from .evidence import _climb, _describer, _noun_role
from .matchers import _NAME_WORD, _apostrophed, words


def _name_ok(toks: list[Token], org_ok: bool = False, place_ok: bool = False) -> bool:
    w = words()
    if len(toks) > 2 and toks[-1].lower_ in w.name_suffixes:
        toks = toks[:-1]  # 'Milo Varga III': the numeral is read as part of no name
    nick = _nickname_span(toks)
    if not toks or len(toks) - len(nick) > 5:  # (a nickname in quotes is no word of the name)
        return False
    banned = ("DATE", "TIME") + (() if place_ok else ("GPE", "FAC", "LOC", "NORP")) + (() if org_ok else ("ORG",))
    if any(t.lower_ in w.name_stop or t.like_num or t.ent_type_ in banned for t in toks):
        return False
    if _not_name_words(toks):
        return False
    if not all(_NAME_WORD.match(t.text) or t.text in ("-", "'", "’") or t.i in nick or _hyphen_tail(t, toks)
               for t in toks):
        return False
    doc = toks[0].doc
    b = doc[toks[0].i - 1] if toks[0].i > 0 else None
    if b is not None and b.text.isdecimal() and len(b.text) >= 3 and not 1900 <= int(b.text) <= 2030:
        return False  # a house number before it: an address ('2211 Falling Oak')
    if b is not None and b.is_quote and b.i > 0:
        b = doc[b.i - 1]
    if b is not None and (b.lower_.replace(".", "") in w.nickname_words or b.lower_ == "as" and b.i > 0
                          and doc[b.i - 1].lower_ in w.nickname_words):
        return False  # a nickname ('Lee Park, aka Big Lee, 30', 'known as "Lil Man"'), not another person
    last = toks[-1]
    if len(last.text) < 2 or last.text.isupper() and len(last.text) > 3 and not toks[0].text.isupper():
        return False
    if len(toks) >= 2 and last.text in street_word_forms() and b is not None and b.lower_ in wordset("persons", "street_before"):
        return False  # 'a house on Linda Circle': a street (careful reading round 93), not 'Ray Lane'
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.lower_ in wordset("persons", "place_after"):
        return False  # 'Neighbours at Dana Hill apartments': a place's name (session 60)
    if b is not None and b.lower_ == "at" and b.head.lemma_.lower() in wordset("persons", "place_verbs_at"):
        return False  # 'It happened at Dana Hill late Sunday': where it happened (session 60)
    # a headline in title case: every word capitalised; a name there needs the recogniser
    return True


def _not_name_words(toks: list[Token]) -> bool:
    """Whether the words of a run say it is a headline's or a title's words in title case, not a
    name (``not_name_words``): it ends with a common noun of people or a title ('Elm City Girl',
    'Regional President') or holds a verb form or a crime's word ('Crash Victim Dies'), or,
    written all in capitals, a function word ('IT HAPPENED': a caption or a video's title)."""
    if toks[-1].lower_ in wordset("persons", "not_name_words", "last"):
        return True
    caps = wordset("persons", "not_name_words", "caps")
    if all(t.is_upper for t in toks if t.is_alpha) and any(t.lower_ in caps for t in toks):
        return True
    return any(t.lower_ in wordset("persons", "not_name_words", "any") for t in toks)


def _hyphen_tail(t: Token, toks: list[Token]) -> bool:
    """Whether ``t`` is the part in lower case of a hyphenated first name that the tokenizer
    splits ('Ka-ela' as Ka / - / ela): written with no space after a hyphen (``name_hyphens``)
    that follows a capitalised word of the same name, before its last word ('a Ford Focus-type
    car' is no name)."""
    doc = t.doc
    if not t.is_alpha or not t.is_lower or t.i < 2 or doc[t.i - 2] not in toks or t.i >= toks[-1].i:
        return False
    return _joining_hyphen(doc[t.i - 1]) and bool(_NAME_WORD.match(doc[t.i - 2].text))


def _joining_hyphen(t: Token) -> bool:
    """Whether ``t`` is a hyphen (``name_hyphens``) written with no space on either side, joining
    the word before it to the word after ('Ortiz-Lind', 'Ka-ela')."""
    return t.text in words().name_hyphens and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


_OPENERS = {'"': '"', "“": "”", "(": ")", "'": "'", "‘": "’"}


def _nickname_span(toks: list[Token]) -> set[int]:
    """Token ids of a nickname written inside a name, quotes or brackets included
    ('Dana "Bo" Reyes', 'Dana (Bo) Reyes'): not a word of the name."""
    for k, t in enumerate(toks[1:-1], 1):
        close = _OPENERS.get(t.text)
        if close is None:
            continue
        for j in range(k + 1, min(k + 5, len(toks) - 1)):
            if toks[j].text == close and j > k + 1 and all(
                    x.text[:1].isupper() and x.is_alpha for x in toks[k + 1:j]):
                return {x.i for x in toks[k:j + 1]}
        return set()
    return set()


def _name_text(toks: list[Token]) -> str:
    """The name the tokens ``toks`` write, without a nickname inside it."""
    nick = _nickname_span(toks)
    return " ".join(t.text for t in toks if t.i not in nick) if nick else toks[0].doc[toks[0].i:toks[-1].i + 1].text


def _nickname_before(doc: Doc, i: int) -> int | None:
    """Where a first name and a nickname before the token ``i`` start ('Dana "Bo"' before
    'Reyes'), else None."""
    if i < 4 or doc[i - 1].text not in _OPENERS.values():
        return None
    for j in range(i - 3, max(i - 6, 0), -1):
        if _OPENERS.get(doc[j].text) == doc[i - 1].text:
            first = doc[j - 1]
            if all(x.text[:1].isupper() and x.is_alpha for x in doc[j + 1:i - 1]) and \
                    _NAME_WORD.match(first.text) and first.pos_ == "PROPN" and not _describer(first) \
                    and first.lower_ not in lexicon().title_words and first.lower_ not in w_stop():
                return j - 1
            return None
    return None


def _nickname_after(doc: Doc, e: int) -> int | None:
    """Where a name the recogniser ended before a nickname in quotes ends with the surname
    after it ('[Dale Arthur] "Art" Hobbs': the end after 'Hobbs'), else None: one to three
    capitalised words in quotes or brackets, then one capitalised proper noun that is neither
    a title nor a stop word."""
    close = _OPENERS.get(doc[e].text) if e < len(doc) else None
    if close is None:
        return None
    for j in range(e + 2, min(e + 5, len(doc) - 1)):
        if doc[j].text == close:
            last = doc[j + 1]
            if all(x.text[:1].isupper() and x.is_alpha for x in doc[e + 1:j]) and _NAME_WORD.match(last.text) \
                    and last.pos_ == "PROPN" and last.lower_ not in lexicon().title_words \
                    and last.lower_ not in w_stop():
                return j + 2
            return None
    return None


def w_stop() -> frozenset[str]:
    return words().name_stop


def _names_a_place(doc: Doc, e: int) -> bool:
    """Whether the words after a run at [.., e) make it part of a place's or an outlet's
    name: "Arnold Palmer Children's Hospital", 'Misty Hollow Lane'."""
    k = e
    if k < len(doc) and doc[k].lower_ in ("'s", "’s"):
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in words().name_stop \
        and doc[k].lower_ not in words().name_suffixes


#: what follows a dateline's place at the head of a story ('MYRTLE CREEK, Ore. (KOIN 6) —')
def _dateline_next() -> frozenset[str]:
    return wordset("grammar", "dateline_next")


def _dateline(doc: Doc, s: int, e: int) -> bool:
    """A run in capitals that opens a line and is followed by a comma, a bracket or a dash
    is the story's dateline ('KANSAS CITY, Mo. (AP) —'), not a person."""
    return all(t.text.isupper() for t in doc[s:e] if t.is_alpha) and (
        s == 0 or "\n" in doc[s - 1].text_with_ws or doc[s - 1].is_space) and e < len(doc) \
        and doc[e].text in _dateline_next()


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of person names: PERSON entities (titles stripped), and runs of
    two or three capitalised proper nouns the recogniser missed that stand where a
    person stands (coordinated with a name, or followed by an age)."""
    out: list[tuple[int, int]] = []
    covered: set[int] = set()
    for piece in _person_pieces(doc):
        if piece and all(t.i in covered for t in piece):
            continue  # a nickname inside a name read already ('Ray (Big Ray) Soto')
        toks = _entity_name(doc, piece, covered) if piece else None
        if toks is None or _modifies_a_person_noun(doc, toks[-1].i + 1):
            continue
        out.append((toks[0].i, toks[-1].i + 1))
        covered.update(t.i for t in piece)
        covered.update(range(toks[0].i, toks[-1].i + 1))
    person_toks = {i for ent in doc_ents(doc) if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    # the surname before a suffix ('Tom Hartley Sr.': Hartley; careful reading round 42: a boy
    # named with his grandfather's surname, which the recogniser calls a place, left unnamed)
    suffixes = words().name_suffixes
    lasts = (next((t for t in reversed(ent) if t.lower_ not in suffixes), ent[-1]) for ent in doc_ents(doc)
             if ent.label_ == "PERSON")
    person_lasts = {t.text for t in lasts if t.text[:1].isupper()}
    props = numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist()
    for i in sorted(set(props) | set(_after_given_names(doc))):  # _missed_run reads proper nouns only
        run = _missed_run(doc, doc[i], covered, person_toks, person_lasts)
        if run is not None:
            if run[1] - run[0] > 2 and doc[run[0]].lower_ in wordset("persons", "name_openers"):
                run = (run[0] + 1, run[1])  # 'Attendee Ana Ruiz, 19, said'
            out.append(run)
            covered.update(range(*run))
    placed = _placed(doc, out)
    out = [r for r in out if r not in placed]
    _names_again(doc, out, covered)
    out.sort()
    return out


def _place_run_on(doc: Doc, toks: list[Token]) -> bool:
    """Whether the last of three or more words of a name is a place run onto it: the words
    before it are a name the page writes elsewhere on its own, and the last word is a place the
    page names elsewhere on its own ('... Ray Dunn and one-year-old Rosa Tate Akron.' beside 'Rosa
    Tate' and 'Akron'; not a surname the recogniser once took for a firm, 'Ray Lee Bell' beside
    'Ray Lee' and an 'Ana Bell' it called one). Session 61,
    careful reading round 117 (one baby shown on two rows, the second spelled with the city)."""
    if len(toks) < 3:
        return False
    last, rest = toks[-1], " ".join(t.text for t in toks[:-1])
    ents = doc_ents(doc)
    return any(e.label_ == "PERSON" and e.text == rest for e in ents) and any(
        e.label_ in ("GPE", "LOC") and not e.start <= last.i < e.end and e.text == last.text for e in ents)


def _placed(doc: Doc, runs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The runs the words around make a place ('taken to Helen Dorsey, where he died', 'the 400
    block of Ada Marsh'): ``place_names``; or a thing ('driving a Buick Verano'), unless an age
    follows the name: ``thing_names``; a run followed by 's is a person's ('Ada Marsh's home')."""
    out: set[tuple[int, int]] = set()
    for s, e in runs:
        if e < len(doc) and doc[e].lower_ in ("'s", "’s"):
            continue
        if _a_place(doc, s, e) or sided(doc, s, e, "thing_names") and _age_near(doc, s, e) is None:
            out.add((s, e))
    return out


def _modifies_a_person_noun(doc: Doc, e: int) -> bool:
    """Whether the run ending before token ``e`` modifies the word for a person that follows
    it ('a 9-year-old Maple Grove boy', 'the Elm Park teen'), or an event's word before such a word
    ('the Elm Park shooting suspect'): where they live or it happened, not their name."""
    if e >= len(doc) or e == 0:
        return False
    n, last = doc[e], doc[e - 1]
    if n.lower_ in wordset("persons", "not_name_words", "any") and n.text.islower() and e + 1 < len(doc):
        n = doc[e + 1]  # the event's place before it: 'the Elm Park shooting suspect'
        return n.pos_ == "NOUN" and n.text.islower() and _describer(n)
    return n.pos_ == "NOUN" and n.text.islower() and last.dep_ == "compound" and last.head.i == n.i and _describer(n)


def _person_pieces(doc: Doc) -> list[list[Token]]:
    """The PERSON entities, cut where one holds several names ('Calvin and Rhea
    Dunmore', 'Ana Ruiz, Lee Park'); a piece may be empty."""
    pieces: list[list[Token]] = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        cur: list[Token] = []
        for t in ent:
            if t.lower_ in words().name_joiners:
                pieces.append(cur)
                cur = []
            else:
                cur.append(t)
        pieces.append(cur)
    return pieces


def _entity_name(doc: Doc, piece: list[Token], covered: set[int]) -> list[Token] | None:
    """The name's tokens in a piece of a PERSON entity: titles and describers stripped, a
    first name or nickname the recogniser left out put back, 'Jr.' left out; None when
    what is left is no name or names a place or a dateline."""
    toks = strip_titles(piece)
    toks = [t for t in toks if not t.is_space]
    # a first name the recogniser left out: 'Darius' in 'Darius [Pellham]', or tagged as a
    # place ('Dallas' in 'Dallas [R. Moore]'), which the place test below then reads past
    tagged = -1
    # (up to four words: a hyphen inside a surname is no word, '[Rey Ortiz-Lind]' gets its first name too)
    while toks and _name_words(toks) < 4 and toks[0].i > 0:
        b = doc[toks[0].i - 1]
        if b.pos_ in ("PROPN", "NOUN") and b.dep_ == "compound" and b.head.i in {x.i for x in toks} \
                and (b.ent_type_ == "" or _lone_tagged_first(doc, b)) and _NAME_WORD.match(b.text) and not _describer(b) \
                and b.lower_ not in w_stop() and b.lower_ not in lexicon().title_words:
            toks = [b, *toks]
            tagged = b.i if b.ent_type_ else tagged
        elif _hyphened(doc, b):
            toks = [doc[b.i - 1], b, *toks]  # 'Mary-Kate [Dunn]': the word before the hyphen too
        elif _apostrophed(b) and b.i not in covered and b.ent_type_ in ("", "PERSON"):
            toks = [b, *toks]  # "Ka'nya [Ellery]": a given name the parser cut off
        else:
            break
    if toks and len(toks) < 4:
        k = _nickname_before(doc, toks[0].i)  # 'Jamal "Bo"' left out of 'Hamilton'
        if k is not None and k not in covered:
            toks = [*doc[k:toks[0].i], *toks]
        if toks and (m := _nickname_after(doc, toks[-1].i + 1)) is not None:
            toks = [*toks, *doc[toks[-1].i + 1:m]]  # '[Dale Arthur] "Art" Hobbs'
    while len(toks) > 1 and (_describer(toks[0]) or toks[0].lower_ in wordset("persons", "name_openers")):
        toks = toks[1:]  # 'Attendee', 'Contact' ('Contact Ana Ruiz at ...') are no part of the name
    cut = max((k for k, t in enumerate(toks) if t.lower_ in wordset("persons", "not_name_words", "any")), default=-1)
    if 0 <= cut < len(toks) - 2 and all(t.pos_ == "PROPN" for t in toks[cut + 1:]):
        toks = toks[cut + 1:]  # a headline's words before a name ('Oak Park Shootings Ada Ruiz reports')
    toks = strip_titles(toks) if toks else toks  # 'Junior' put back before 'Dana Ortiz': a class year (cues38)
    # 'Jr.' and 'Sr.' are left out of the name; a numeral is kept ('Milo Varga III'), as the
    # registry writes it, and read past for the surname (_cluster)
    while toks and (toks[-1].lower_ in ("jr", "jr.", "sr", "sr.") or toks[-1].is_punct):
        toks = toks[:-1]
    toks = _cut_short(doc, toks)
    if _place_run_on(doc, toks):
        toks = toks[:-1]  # 'one-year-old Rosa Tate Akron.': the city run onto the name
    if not _name_ok([t for t in toks if t.i != tagged]) or _names_a_place(doc, toks[-1].i + 1) \
            or _dateline(doc, toks[0].i, toks[-1].i + 1):
        return None
    return toks


def _name_words(toks: list[Token]) -> int:
    """How many words the name ``toks`` has: a hyphen written without spaces inside it
    ('Ortiz-Lind') joins two pieces of one word. (Session 62, from the people scorer's even-half
    rows: a suspect's first name before a two-word, hyphenated surname the recogniser left out.)"""
    return sum(1 for t in toks if not _joining_hyphen(t))


def _cut_short(doc: Doc, toks: list[Token]) -> list[Token]:
    """``toks`` and the rest of the name when the recogniser took a hyphenated given name
    alone and ended the name before its head: every word of it hangs (as a compound) on a
    proper noun at most three words after it, the words between being compounds of that
    noun too, none of it tagged other than a person nor a suffix or a title ('[Ana-Lee] Maria
    Ruiz': 'Ana-Lee Maria Ruiz'). (Session 33, people49: a slain man's hyphenated given name
    cut off on one page, his row not joined with the other pages'.)"""
    if len(toks) != 3 or toks[1].text not in words().name_hyphens:
        return toks
    inside = {t.i for t in toks}
    head = toks[-1].head
    stop = words().name_suffixes | lexicon().title_words
    if not (toks[-1].i < head.i <= toks[-1].i + 3 and head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON")) \
            or any(t.lower_ in stop or t.lower_.rstrip(".") in stop for t in head.doc[toks[-1].i + 1:head.i + 1]):
        return toks
    between = doc[toks[-1].i + 1:head.i]
    if not all(t.head.i in inside or t.head.i == head.i for t in toks if not t.is_punct) or not all(
            t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == head.i and t.ent_type_ in ("", "PERSON")
            for t in between):
        return toks
    return [*toks, *between, head]


def _lone_tagged_first(doc: Doc, b: Token) -> bool:
    """Whether ``b`` is an entity of one word the recogniser tags as a place or an
    organisation (``first_name_tags`` in data/persons.json) right before a name it tags as a
    person: 'Camden' in 'Camden Ray Holbrook', read as the name's first word."""
    nxt = doc[b.i + 1]
    if b.text.endswith(".") or any(c.dep_ == "det" for c in b.head.children):
        return False  # a state's abbreviation ending a place ('Ala.'), a thing ('a Ford Escape')
    return b.ent_iob_ == "B" and nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" \
        and b.ent_type_ in wordset("persons", "first_name_tags", "labels")


def _surname_after_given(t: Token) -> bool:
    """A capitalised common noun right after a given name of the shape ``name_apostrophes``
    tells ("Ka'nya Hunter"): a surname the tagger read as a noun."""
    return t.pos_ == "NOUN" and t.i > 0 and t.text[:1].isupper() and not t.text.isupper() \
        and _apostrophed(t.doc[t.i - 1])


def _after_given_names(doc: Doc) -> list[int]:
    """Token ids of the surnames :func:`_surname_after_given` finds."""
    marks = wordset("persons", "name_apostrophes", "marks")
    return [t.i + 1 for t in doc[:-1] if any(m in t.text for m in marks) and _surname_after_given(doc[t.i + 1])]


def _hyphened(doc: Doc, b: Token, ent: str = "PERSON") -> bool:
    """Whether ``b`` is a hyphen written without spaces between a name word before it and
    the name after it ('Mary-Kate Dunn', the recogniser's name starting at 'Kate'); the
    word before is outside any entity, or in one of type ``ent`` or a person's (the
    recogniser's name 'Ana-Lee' cut from the run 'Maria Ruiz' it missed after it)."""
    if not _joining_hyphen(b):
        return False
    a = doc[b.i - 1]
    return a.pos_ in ("PROPN", "NOUN") and bool(_NAME_WORD.match(a.text)) and a.ent_type_ in ("", ent, "PERSON") \
        and not _describer(a) and a.lower_ not in w_stop() and a.lower_ not in lexicon().title_words


def _chained_name_word(b: Token) -> bool:
    """Whether ``b``, hung as a compound on the word after it rather than on the run's head,
    is a name's word ('Ana' in 'Ana Maria Ruiz-Soto'): it and that word are no title, rank or
    describer ('State Trooper Lee Park', 'LMPD Spokesperson Lee Park') and no word of another
    entity ('Santa Cruz Sentinel')."""
    return all(x.ent_type_ in ("", "PERSON") and not x.text.isupper() and not _describer(x)
               and x.lower_.rstrip(".") not in lexicon().title_words for x in (b, b.head))


def _missed_run(doc: Doc, t: Token, covered: set[int], person_toks: set[int],
                person_lasts: set[str]) -> tuple[int, int] | None:
    """The run of proper nouns headed by ``t`` when it is a name the recogniser missed or
    calls an organisation and something says it is a person: an age before or after it, a
    verb that names a person, a person's slot, a death it is 'of'."""
    if t.i in covered or t.pos_ != "PROPN" and not _surname_after_given(t) or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY"):
        return None
    # a name the recogniser calls an organisation, when an age follows it or a name is
    # coordinated with it ('Ana Ruiz, 19, and Lee Park, 22, ...')
    if t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i == t.i + 1:
        return None  # start from the head of the run
    s = t.i
    hyphens = 0
    # the parser heads 'Ana Ruiz Sr.' on the suffix and may hang the surname on it as a modifier
    suffixed = t.lower_ in words().name_suffixes
    while s - 1 >= 0 and t.i - s - hyphens < 3 + suffixed:
        if doc[s - 1].pos_ == "PROPN" and (doc[s - 1].dep_ == "compound" or doc[s - 1].dep_ == "nmod" and suffixed) \
                and s <= doc[s - 1].head.i <= t.i \
                and doc[s - 1].i not in covered and doc[s - 1].text not in words().name_hyphens \
                and (doc[s - 1].head.i == t.i or _chained_name_word(doc[s - 1])):
            # (a hyphen the tagger calls a proper noun is no name word: 'Rio-Dante', below); a
            # word hung on the next one of the run, not its head ('Ana [Maria Ruiz-Soto]')
            s -= 1
        elif s - 2 >= 0 and _hyphened(doc, doc[s - 1], t.ent_type_) and s <= doc[s - 2].head.i <= t.i \
                and doc[s - 2].i not in covered:
            s -= 2  # 'Ana-Maria Ruiz', 'Ana Ruiz-Soto': a hyphen inside the run
            hyphens += 1
        elif s == t.i and _apostrophed(doc[s - 1]) and doc[s - 1].i not in covered and doc[s - 1].dep_ != "pobj":
            s -= 1  # "Ka'nya Ellery": the given name the parser cut off (not 'near O'Hara Park', a place's object)
        else:
            break
    while s < t.i and _describer(doc[s]):
        s += 1
    if s == t.i and (k := _nickname_before(doc, s)) is not None and doc[k].head.i == t.i \
            and not covered.intersection(range(k, s)):
        s = k  # 'Ray "Slim" Dunn, 54,' which the recogniser calls an organisation: the first name and nickname too
    # an age before the run says it is a person ('24-year-old Dana Reyes')
    aged = s > 0 and _age_compound(doc, s - 1) is not None
    # ... or an age after it between commas ('the life of Nadia Orlov, 26, of Dover')
    aged_after = _aged_after_run(doc, t.i + 1)
    # ... or a verb that names a person ('police identified the victim as Mariah Okoro')
    named_as = t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lemma_.lower() in words().identify
    person_cue = aged or aged_after or named_as or _person_slot(t, person_toks, person_lasts)
    # ... or a given name's shape opening a run of two the recogniser calls a place ("of De'Shon Ruddock")
    person_cue = person_cue or t.i - s == 1 and _apostrophed(doc[s]) and t.ent_type_ in ("GPE", "ORG")
    # ... or a death it is 'of' ('the death of Dario Quell', 'took the life of ...'), for a run
    # the recogniser calls an organisation (not a place)
    died_of = t.dep_ == "pobj" and t.head.lower_ == "of" and (
        t.head.head.lemma_.lower() in words().death_nouns or t.head.head.lemma_.lower() == "life")
    org_ok = t.ent_type_ != "ORG" or person_cue or died_of
    if t.ent_type_ not in ("", "PERSON", "ORG") and not person_cue:
        return None  # a place or a group unless an age says it is a person ('23 year old Priya Okafor')
    toks = list(doc[s:t.i + 1])
    # a line that is a name and an age ('Ana Ruiz, 24, of Dover'): one of a list of the people
    aged_line = t.dep_ == "ROOT" and aged_after and sent_of(t).start == s
    if not org_ok or len(toks) < 2 or not _name_ok(toks, org_ok=True, place_ok=person_cue) or (
            is_heading(sent_of(t)) and not aged_line):
        return None
    e = t.i + 1
    if _names_a_place(doc, e) or _dateline(doc, s, e):
        return None
    if aged_line:
        return s, e
    if t.dep_ in wordset("grammar", "name_deps", "labels") and \
            not (t.dep_ == "pobj" and t.head.lower_ in words().place_prepositions
                 and not aged and not (aged_after and t.head.lower_ == "of") and not died_of):
        return s, e
    return None


def _aged_after_run(doc: Doc, e: int) -> bool:
    """Whether an age stands right after the run of proper nouns that ends at token ``e``,
    between commas or in brackets ('the life of Nadia Orlov, 26, of Dover')."""
    return e + 2 < len(doc) and doc[e].text in (",", "(") and doc[e + 1].text.isdigit() \
        and _age_value(doc[e + 1]) is not None and doc[e + 2].text in (",", ")", ";", ".")


def _names_again(doc: Doc, out: list[tuple[int, int]], covered: set[int]) -> None:
    """Adds to ``out`` a full name met again where the recogniser missed it ('Ana Ruiz, 15,
    who ...') and a surname on its own after the full name ('Reyes said')."""
    fulls = {tuple(x.text for x in doc[s:e]) for s, e in out if e - s > 1}
    by_first: dict[str, list[tuple[str, ...]]] = {}  # the names by their first word, in the order of ``fulls``
    for f in fulls:
        by_first.setdefault(f[0], []).append(f)
    orths = doc.to_array(ORTH)
    for t in _with_text(doc, orths, by_first):
        for f in by_first.get(t.text, ()):
            n = len(f)
            if t.i + n <= len(doc) and not covered.intersection(range(t.i, t.i + n)) and \
                    tuple(x.text for x in doc[t.i:t.i + n]) == f and not (
                    t.i + n < len(doc) and doc[t.i + n].pos_ == "PROPN" and doc[t.i + n].text[:1].isupper()):
                out.append((t.i, t.i + n))
                covered.update(range(t.i, t.i + n))
                break
    lasts = {doc[e - 1].text for s, e in out if e - s > 1}
    for t in _with_text(doc, orths, lasts):
        if t.i not in covered and t.text in lasts and t.text[:1].isupper() and not (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper()) and not (
                t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()):
            out.append((t.i, t.i + 1))
            covered.add(t.i)
    _first_names_again(doc, out, covered, lasts)
    _single_names_again(doc, out, covered)


def _single_names_again(doc: Doc, out: list[tuple[int, int]], covered: set[int]) -> None:
    """Adds to ``out`` a one-word name met before as a person's, met again where the recogniser
    calls it a place or nothing, listed after a person ('the bodies of Ana Ruiz, Sam, 3, and
    Leo, 5': careful reading round 42, the second boy's age lost with his name)."""
    singles = {doc[s].text for s, e in out if e - s == 1 and doc[s].ent_type_ == "PERSON"}
    for t in _with_text(doc, doc.to_array(ORTH), singles):
        if t.i not in covered and t.dep_ in ("conj", "appos") and t.pos_ == "PROPN" and t.ent_type_ in ("", "GPE", "ORG") \
                and _climb(t).i in covered and _NAME_WORD.match(t.text) and not t.text.isupper() and not (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper()):
            out.append((t.i, t.i + 1))
            covered.add(t.i)


def _first_names_again(doc: Doc, out: list[tuple[int, int]], covered: set[int], lasts: set[str]) -> None:
    """Adds to ``out`` a first name written alone after the full name it begins ('her son,
    Milo Brandt, ... Milo was shot'), when only one full name begins with it and no full name
    ends with it."""
    starts: dict[str, list[int]] = {}
    for s, e in out:
        if e - s > 1:
            starts.setdefault(doc[s].text, []).append(s)
    fulls = {tuple(x.text for x in doc[s:e]) for s, e in out if e - s > 1}
    once = {f: min(starts[f]) for f in starts if sum(1 for x in fulls if x[0] == f) == 1 and f not in lasts}
    for t in _with_text(doc, doc.to_array(ORTH), once):
        # the tagger takes a rare first name opening a sentence for a noun ('Milo was shot')
        alone = _first_name_alone(t, covered) or t.pos_ == "NOUN" and t.is_sent_start and t.dep_ in (
            "nsubj", "nsubjpass")
        if t.i > once[t.text] and t.i not in covered and alone and not (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper()) and not (
                t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()):
            out.append((t.i, t.i + 1))
            covered.add(t.i)



def _with_text(doc: Doc, orths: Any, texts: Iterable[str]) -> Iterator[Token]:
    """The tokens of ``doc`` whose text is one of ``texts``, in order, found from the
    doc's ORTH column ``orths`` (a text's hash is its ORTH)."""
    wanted = numpy.array([get_string_id(x) for x in texts], dtype="uint64")
    for i in numpy.flatnonzero(numpy.isin(orths, wanted)).tolist():
        yield doc[i]


def _with_lower(doc: Doc, lowers: Iterable[str]) -> Iterator[Token]:
    """The tokens of ``doc`` whose lower case is one of ``lowers``, in order, found from
    the doc's LOWER column: a whole-doc loop that reads only these makes no Token of the
    others."""
    wanted = {get_string_id(x) for x in lowers}
    for i, h in enumerate(doc.to_array(LOWER).tolist()):
        if h in wanted:
            yield doc[i]


def _proper_nouns(doc: Doc) -> Iterator[Token]:
    """The tokens of ``doc`` tagged PROPN, in order, found from the doc's POS column (the
    only tokens :func:`_first_name_alone` takes)."""
    for i in numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist():
        yield doc[i]


def _first_name_alone(t: Token, taken: set[int], kin: bool = False) -> bool:
    """Whether ``t`` can be a first name written without its surname ('Ana' in 'Ana and
    Lee Park', 'Sam' in 'her son, Sam'). ``kin``: ``t`` stands by a word for a relative
    ('their daughters, Olivia and Ana'), which says it is a person whatever entity the
    recogniser takes a rare first name for (a place, a product)."""
    return t.i not in taken and t.pos_ == "PROPN" and bool(_NAME_WORD.match(t.text)) and not t.text.isupper() \
        and (t.ent_type_ in wordset("persons", "lending_kin", "labels") if kin else t.ent_type_ in ("", "PERSON", "ORG")) \
        and not _describer(t) and t.lower_ not in w_stop() and t.lower_ not in lexicon().title_words and len(t.text) > 1


def _surname(doc: Doc, s: int, e: int) -> str:
    """The surname of the name at tokens [s, e): its last word but a suffix ('Varga III')."""
    if e - s > 2 and doc[e - 1].lower_ in words().name_suffixes:
        e -= 1
    return doc[e - 1].text


def _lent_surnames(doc: Doc, runs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """First names that share a surname written once: 'Ana, Lee and Sam Park' (listed
    before the full name), 'Dana Reyes and her son, Sam' / 'Dana Reyes's son Sam' (a
    relative's first name after the named parent). The runs with those first names added,
    and the surname each borrows, by the run's first token."""
    fulls = [(s, e) for s, e in runs if e - s > 1]
    lasts = {doc[e - 1].text for s, e in fulls} | {doc[s].text for s, e in fulls}
    taken = {i for s, e in fulls for i in range(s, e)}
    singles = {s for s, e in runs if e - s == 1}
    lent: dict[int, str] = {}
    for s, e in fulls:
        surname = _surname(doc, s, e)
        if s < 2 or doc[s - 1].lower_ not in ("and", "&"):
            continue
        k = s - 1
        while k >= 1 and doc[k].lower_ in ("and", "&", ","):
            t = doc[k - 1]
            if not _first_name_alone(t, taken) or t.text in lasts or t.i in lent or t.i > 0 and \
                    doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper():
                break
            lent[t.i] = surname
            k -= 2
    # the words for relatives first, so a first name keeps the surname they lend it where a
    # wider word lends another ('his son Sam' with the father's; 'her baby, Sam' with the mother's)
    relative = words().others["relative"]
    _lend_to_kin(doc, fulls, taken, lasts, lent, relative)
    _lend_to_kin(doc, fulls, taken, lasts, lent, relative | wordset("persons", "lending_kin", "lemmas"))
    out = sorted({*runs, *((i, i + 1) for i in lent if i not in singles)})
    return out, lent


def _lend_to_kin(doc: Doc, fulls: list[tuple[int, int]], taken: set[int], lasts: set[str], lent: dict[int, str],
                 kin_words: frozenset[str]) -> None:
    """Adds to ``lent`` the first names written by a word for a relative (``kin_words``) with a
    possessor, each with the surname of the named person it refers to: 'Dana Reyes and her son,
    Sam', 'Dana Reyes's son Sam', 'their daughters, Ana, 14, and Lee, 11'."""
    for t in _proper_nouns(doc):
        if not _first_name_alone(t, taken, kin=True) or t.i in lent or any(
                x.pos_ == "PROPN" and x.text[:1].isupper() for x in doc[max(t.i - 1, 0):t.i + 2] if x.i != t.i):
            continue  # ('his aunt Ana Lee': 'Lee' the end of a name the recogniser missed)
        kin = t.head if t.dep_ == "appos" else next((c for c in t.children if c.dep_ in ("compound", "nmod")
                                                      and c.i < t.i), None)
        if kin is None or kin.pos_ != "NOUN" or kin.lemma_.lower() not in kin_words:
            continue
        if any(c.dep_ == "appos" and c.i != t.i and c.i in taken for c in kin.children):
            continue  # 'his sister, Ana Lee, 5-year-old Sam,': the kin noun is the one named in full
        poss = next((c for c in kin.children if c.dep_ == "poss"), None)
        owner = None
        if poss is not None and poss.pos_ == "PROPN":
            owner = next(((s, e) for s, e in fulls if s <= poss.i < e), None) or _owner_by_one_word(doc, fulls, poss)
        elif poss is not None and poss.lower_ in ("his", "her", "their"):
            # the parent named last before, in this sentence or the one before
            sent = sent_of(t)
            lo = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
            owner = next(((s, e) for s, e in reversed(fulls) if lo <= s and e <= kin.i), None)
        if owner is None:
            continue
        # 'their daughters, Ana, 14, Lee, 11, and Sam, 7': every first name of the list (the
        # first one a full name's first word too: 'their children Lee, 9; Ana, 7', the father Lee Park)
        for x in (t, *(c for c in t.subtree if c.i > t.i and c.dep_ in ("conj", "appos") and _climb(c).i == t.i
                       and _first_name_alone(c, taken, kin=True) and c.text not in lasts and c.i + 1 < len(doc)
                       and not doc[c.i + 1].text[:1].isupper())):
            if x.text not in lasts:
                # a first name lent a surname before keeps it ('their son, Sam Park ... her baby,
                # Sam': the mother's own surname would make a second Sam)
                lent[x.i] = next((v for i, v in lent.items() if doc[i].text == x.text), _surname(doc, *owner))


def _owner_by_one_word(doc: Doc, fulls: list[tuple[int, int]], poss: Token) -> tuple[int, int] | None:
    """The full name a possessor written by one of its words stands for ('Varick's father, Lou'
    after 'Ned Varick'; 'Dwayne's brother, Lonnie' after 'Dwayne Kessel'): a full name written
    before it whose surname or first word is that word, when every such name gives one surname
    (two Varicks, or a Dwayne Kessel and a Dwayne Reyes, leave it open). Session 44, people64,
    issue 13 (a suspect's brother and a boy's father named by first name after a possessive of
    the relative's one word, never claimed; one on each half of gva-dev)."""
    if poss.dep_ != "poss" or not poss.text[:1].isupper():
        return None
    owners = [(s, e) for s, e in fulls if e <= poss.i and poss.text in (doc[s].text, _surname(doc, s, e))]
    if len({_surname(doc, s, e) for s, e in owners}) != 1:
        return None
    return owners[-1]


def _person_slot(t: Token, person_toks: set[int], person_lasts: set[str]) -> bool:
    """Whether the head ``t`` of a run the recogniser calls an organisation or a place
    stands where a person stands: listed with a person ('Lee Park and Ana Ruiz were
    arrested'), in apposition with a word for people ('the injured victims, Ana Ruiz,
    ...'), the one arrested or shot ('police arrested Ana Ruiz', 'Ana Ruiz was shot'), or
    its surname is a person's elsewhere in the text ('Ana Ruiz had been shot ... Ruiz
    died')."""
    w = words()
    listed = t.dep_ in ("conj", "appos") and t.head.i in person_toks or any(
        c.dep_ == "conj" and c.i in person_toks for c in t.children)
    if t.tag_ == "NNPS" and not (listed and _first_named(t)) or t.text.isupper() and t.lower_ not in w.name_suffixes or any(
            c.dep_ in ("det", "nummod") for c in t.children):
        # 'four U.S. Marines', 'a Boulder Creek teen', 'NEW ORLEANS': not a name; a surname
        # the tagger takes for a plural is one when a first name comes before it and it is
        # listed with a person ('arrested Ana Ruiz and Lee Banks')
        return False
    if listed:
        return True
    if t.dep_ == "appos" and t.head.pos_ == "NOUN" and (
            t.head.lemma_.lower() in lexicon().person_group or _noun_role(t.head.lemma_.lower(), t.head.lower_)
            in ("victim", "suspect")):
        return True
    lem = t.head.lemma_.lower()
    if t.dep_ in ("dobj", "nsubjpass") and (lem in w.arrest_verbs or lem in w.agent_harm) and t.head.pos_ == "VERB" \
            and lem != "hold":
        return True
    return t.text in person_lasts and t.i not in person_toks and t.ent_type_ in ("ORG", "GPE", "WORK_OF_ART")


def _first_named(t: Token) -> bool:
    """Whether a word written as a first name (a capital, then small letters) stands right
    before the proper noun ``t`` as its compound ('Lee' in 'Lee Banks'; not 'U.S.')."""
    b = t.doc[t.i - 1] if t.i > 0 else None
    return b is not None and b.dep_ == "compound" and b.head.i == t.i and b.pos_ == "PROPN" and \
        len(b.text) > 1 and b.text[0].isupper() and b.text[1:].isalpha() and b.text[1:].islower()


def _rank_before(doc: Doc, s: int) -> Token | None:
    """A rank written short right before the name at token ``s`` ('Sgt. Dale Brin', 'Lt.
    Ana Cole'; ``others.official`` in data/persons.json) where the parser broke the
    sentence at the rank's full stop: the rank token, else None."""
    official = words().others["official"]
    if s >= 2 and doc[s - 1].text == "." and doc[s - 2].text[:1].isupper() and \
            doc[s - 2].lower_ + "." in official:
        rank = doc[s - 2]
    elif s >= 1 and doc[s - 1].text.endswith(".") and doc[s - 1].text[:1].isupper() and doc[s - 1].lower_ in official:
        rank = doc[s - 1]
    else:
        return None
    return rank if sent_of(doc[s]).start >= rank.i + 1 else None


def _rank_opens(doc: Doc, rank: Token) -> bool:
    """Whether the rank (:func:`_rank_before`) opens the words the parser ended at its full
    stop, only title words or 'it was' before it ('Staff Sgt.', 'It was Senior Cpl.'): the
    clause read after it is then the officer's own ('... Lee Moss, one of the officers to
    die'), as it is not after 'according to Sgt.' or 'said Lt.'. (Session 33, people49:
    officers killed in an ambush, named after a rank, given no role but official.)"""
    return all(t.is_punct or t.lemma_ == "be" or t.pos_ == "PRON"
               or (t.text[:1].isupper() and t.pos_ not in ("VERB", "AUX", "ADP"))
               for t in doc[sent_of(rank).start:rank.i])


def _office_before(doc: Doc, s: int) -> tuple[str, Token] | None:
    """('official' | 'press', the title) when a title of an office (``office_titles`` in
    data/persons.json) stands right before the name at token ``s``, or before one rank
    that does ('County Coroner Ada Vance', 'spokesman Sgt. Lee Moss', 'reporter Jo Kent')."""
    d = load("persons")["office_titles"]
    ranks = words().others["official"]
    k = s - 1
    if k >= 1 and doc[k].lower_ in ranks and doc[k].text[:1].isupper():
        k -= 1  # 'spokesman Sgt. Lee Moss'
    if k < 0 or k < sent_of(doc[s]).start:
        return None
    low = doc[k].lower_
    if low in d["words"]:
        return "official", doc[k]
    if low in d["press"]:
        return "press", doc[k]
    return None

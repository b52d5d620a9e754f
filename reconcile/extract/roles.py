"""Roles: a person with the title or affiliation the article gives them.

"deputy Pentagon spokeswoman Sabrina Singh" (title before the name) and
"Sabrina Singh, the deputy Pentagon press secretary," (title in apposition). A run of
words counts as a title only when it holds a title word from ``titles.json``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ..data import wordset
from ..text.lexicon import lexicon
from .component import register
from .people import people_of, strip_titles
from .scope import doc_ents, sent_of

def _title_word(t: Token) -> bool:
    lx = lexicon()
    low = t.lower_
    return low in lx.title_words or (low + ".") in lx.title_words


def _title_before(doc: Doc, start: int, sent_start: int) -> int | None:
    """Start of the title run that ends right before token ``start``, if any."""
    i = start
    has_title = False
    while i - 1 >= sent_start:
        t = doc[i - 1]
        if t.pos_ in ("PROPN", "NOUN", "ADJ") or t.tag_ in ("NNP", "NN", "JJ") or t.lower_ in ("of", "'s", "’s", "-"):
            if t.lower_ in ("of", "'s", "’s", "-") and i == start:
                break
            if t.ent_type_ == "PERSON" and not _title_word(t):
                break  # another person's name ("Trump adviser Kellyanne Conway" keeps 'Trump')
            has_title = has_title or _title_word(t)
            i -= 1
            continue
        break
    while i < start and doc[i].lower_ in wordset("titles", "title_links"):
        if doc[i].lower_ == "former":
            break
        i += 1
    if not has_title or i >= start:
        return None
    i = _title_opening(doc, i, start)
    # the title must end in (or hold) a title word next to the name
    return i if i < start and any(_title_word(t) for t in doc[i:start]) else None


def _title_opening(doc: Doc, i: int, start: int) -> int:
    """Where title run [i, start) really begins (look58): after 'X of' when X holds no title
    word ('the family of Officer Lee Park'), then past lower-case words no title begins with
    (titles.json 'not_openers': 'killings Mayor Ana Ruiz', 'angry Judge') or whose heads lead
    out of the title and name before reaching a title word ('something Police Chief'); never
    past a word of the service the title belongs to (titles.json 'service_words': 'police
    Chief', whatever the parse makes of a town's name before it; look59)."""
    ofs = [k for k in range(i, start) if doc[k].lower_ == "of"]
    if ofs and not any(_title_word(t) for t in doc[i:ofs[-1]]) and any(
            t.text[:1].islower() for t in doc[i:ofs[-1]] if t.is_alpha):
        i = ofs[-1] + 1  # not 'University of Elm Police Officer': a name's 'of'
    end = start
    while end < len(doc) and doc[end].ent_type_ == "PERSON":
        end += 1
    while i < start and doc[i].text[:1].islower() or i < start and not doc[i].text[:1].isalnum():
        t = doc[i]
        if _title_word(t) or t.lower_ in wordset("titles", "service_words") or not (
                t.lower_ in wordset("titles", "not_openers") or _leads_out(t, i, start, end)):
            break
        i += 1
    return i


def _leads_out(t: Token, lo: int, name: int, hi: int) -> bool:
    """``t``'s chain of heads leaves tokens [lo, hi) before it meets a title word or the
    name (tokens [name, hi))."""
    for _ in range(hi - lo):
        if _title_word(t) or t.i >= name or t.head.i == t.i:
            return False
        t = t.head
        if not lo <= t.i < hi:
            return True
    return False


def roles(doc: Doc) -> list[dict[str, Any]]:
    """Role claims of ``doc``: dicts with offsets, person (fullest name) and title."""
    people = people_of(doc)
    out: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        toks = strip_titles(list(ent))
        if not toks or all(t.lower_ in wordset("persons", "name_stop") for t in toks):
            continue  # no name: words of a headline in title case ('Six Men Plead Guilty')
        name_start = toks[0].i
        person = people.fullest(toks)
        # titles inside the entity ('Brigadier General Pat Ryder') and before it
        t_start = _title_before(doc, name_start, sent_of(ent).start)
        if t_start is not None:
            title = doc[t_start:name_start].text.strip(" ,")
            key = (t_start, toks[-1].i + 1)
            if title and key not in seen:
                seen.add(key)
                span = doc[t_start:toks[-1].i + 1]
                out.append({"start": span.start_char, "end": span.end_char,
                            "person": person, "title": title})
                continue
        # 'Sabrina Singh, the deputy Pentagon press secretary,'
        root = toks[-1]
        for c in root.children:
            if c.dep_ == "appos" and c.i > root.i and c.ent_type_ != "PERSON":
                sub = list(c.subtree)
                words = [w for w in sub if w.dep_ not in ("det",) or w.i != sub[0].i]
                if any(_title_word(w) for w in sub) and len(sub) <= 12:
                    s = words[0].i
                    e = sub[-1].i + 1
                    while e > s and doc[e - 1].is_punct:
                        e -= 1
                    title = doc[s:e].text
                    span = doc[name_start:e]
                    key = (name_start, e)
                    if key not in seen:
                        seen.add(key)
                        out.append({"start": span.start_char, "end": span.end_char,
                                    "person": person, "title": title})
                break
    out.sort(key=lambda r: (r["start"], r["end"]))
    return out


make_roles = register("reconcile_roles", "roles", lambda doc: roles(doc),
                      ["token.dep", "token.pos", "doc.ents", "doc.sents"])

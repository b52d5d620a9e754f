"""Scenes: the parts of a page that each tell one shooting (issue 13).

A page may tell several shootings: a city's weekend roundup, one paragraph per scene, or
a story that turns, in one paragraph, to another shooting in the same town. The figures
and people of a paragraph that tells another scene than the event's are that scene's:
they stay claims but are kept out of the source's account (:func:`reconcile.accounts.build`)
and out of its person rows (:func:`reconcile.pipeline.build_report`).

A page's paragraphs (its lines) are read in order, from the claims on them:

- the lead scene (scene 0) holds the lines down to the first change of scene; the
  first address of the shooting or of the police call the page gives (a ``fact`` claim,
  ``measure`` 'address', group 'event' or 'response', read by its street key) is its
  street, wherever it stands;
- below the lead (:data:`LEAD_LINES`), a line that gives such an address on a street no
  scene has had opens a scene of its own, which runs on over the lines below that give no
  address ('... found the man, identified as Ray Cole.'); a line giving a street a
  scene had goes back to that scene;
- a line whose first sentence turns to another case (data/accounts.json ``scene_opener``:
  'In another shooting,', 'Separately,', 'Elsewhere,'; ``another_case_opener``:
  'In a separate shooting,'; ``latest_of_kind``: 'It was the second shooting in the town
  this week.') is another scene for that paragraph alone, and for the lines below it when the
  line right after it gives a street no scene has had, new people hit ('Police found a man,
  22, wounded on Hamilton Avenue') or a surname the turn's line named, until a street or a
  name goes back;
- a line without an address that names again a victim or suspect the lead named goes back
  to the lead ('In the Elm Street killing, Lee's sister said ...'), and so does one that
  speaks of all the page's shootings together (``back_to_page``: 'both shootings').

The main scene is chosen by the other sources of the event where they are given
(:func:`other_scenes`): by the words of each scene that no other scene of the page shares
(its streets, the places its figures are given for, the surnames of its victims and
suspects; not the city a roundup's scenes share), the lead where some of its own are in
their sentences, else the one other scene whose own are (a roundup page whose lead is a
killing, beside a page on the night's nightclub shooting it tells further down). Where
they do not choose, a page whose lead counts several shootings ('Teen killed, 6 wounded
in weekend shootings') gives no ground to choose and nothing is set aside (session 40,
scene58: such a page's event was one of the scenes below its lead, cut from it); another
page's main scene is its lead (or, where the lead gives no casualty figure of its own,
the first scene that does).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache

from .data import load, wordseq, wordset
from .text.lexicon import any_of
from .records import Claim, claims_by_source

__all__ = ["LEAD_LINES", "other_scenes", "scene_people", "scenes"]

#: the lines of a page's lead: no address there opens another scene
LEAD_LINES = 5

_WORD = re.compile(r"\w+", re.U)
_TOLLS = frozenset({"killed", "injured", "shot"})
_ADDRESSES = frozenset({"address", "street", "corner"})


@cache
def _cue(field: str) -> re.Pattern[str]:
    return re.compile(load("accounts")["scene_opener"][field], re.I)


@cache
def _openers() -> tuple[re.Pattern[str], ...]:
    """The openers of a sentence that turns to another case (data/accounts.json)."""
    d = load("accounts")
    return (re.compile(d["scene_opener"]["pattern"], re.I), re.compile(d["another_case_opener"]["pattern"], re.I),
            re.compile(d["latest_of_kind"]["pattern"], re.I))


def _turns(sentence: str) -> bool:
    """A sentence that opens with a turn to another case, or tells the event as the latest
    of a kind ('It was the third shooting in five days')."""
    opener, another, latest = _openers()
    return bool(opener.match(sentence) or another.match(sentence) or latest.search(sentence))


def _street(c: Claim, scene: bool = True) -> bool:
    """An address, street or corner; ``scene``: of the shooting or the police call only
    (not 'other': a victim's home, a search, a photo's caption)."""
    return c.kind == "fact" and c.measure in _ADDRESSES and (not scene or c.group in ("event", "response", None))


def _streets(cs: Iterable[Claim], scene: bool = True) -> set[str]:
    """The street keys of the addresses among ``cs`` (``scene``: :func:`_street`), without
    the kind of street ('san pedro street' -> 'san pedro')."""
    suffixes = wordset("accounts", "scene_opener", "street_suffixes")
    out = set()
    for c in cs:
        for key in (c.noun or "").split("&") if _street(c, scene) else ():
            words = key.split()
            while words and words[-1].strip(".") in suffixes:
                words.pop()
            if words:
                out.add(" ".join(words))
    return out


def _key_words(keys: Iterable[str]) -> set[str]:
    """The words that tell streets apart in street keys ('amesti', 'pioneer roads' ->
    'amesti', 'pioneer'): two keys that share one are one street ('Elm and Fifth' is on Elm)."""
    drop = wordset("accounts", "scene_opener", "street_suffixes") | wordset("accounts", "recall_cue", "street_words")
    return {w for k in keys for w in _WORD.findall(k) if w not in drop and not w.isdigit() and len(w) > 2}


def _new_victim(here: Sequence[Claim]) -> bool:
    """A line that introduces people shot, hurt or killed ('a 26-year-old man', 'Two women':
    data/accounts.json ``scene_opener`` ``new_victim``), not those told before ('he')."""
    opened = _cue("new_victim")
    return any(c.kind == "quantity" and c.measure in _TOLLS and opened.match(c.text.strip()) for c in here)


def _one_event(cs: Iterable[Claim]) -> bool:
    """Claims whose sentences tell one shooter's run over several places ('a shooting spree'):
    data/accounts.json ``scene_opener`` ``one_event``."""
    spree = any_of(wordseq("accounts", "scene_opener", "one_event"))
    return any(spree.search(c.sentence or "") for c in cs)


def _new_place(here: Sequence[Claim], seen: set[str]) -> str | None:
    """The town or neighbourhood a line's first sentence opens with ('On the Lower East
    Side, a man shot three others'), where the line tells people shot, hurt or killed and
    the page has not named that place before; None otherwise."""
    first = here[0].sentence or ""
    if not _new_victim(here):
        return None
    for c in here:
        if c.kind == "fact" and c.measure == "town" and c.sentence == first and c.noun and c.noun not in seen:
            if re.match(r"\W*(?:in|on|at)\s+" + re.escape(c.text), first, re.I):
                return c.noun
    return None


def _surnames(cs: Iterable[Claim]) -> set[str]:
    """The surnames of the victims and suspects among ``cs`` (the last word of each name)."""
    return {w[-1] for c in cs if c.kind == "person" and c.role in ("victim", "suspect")
            and (w := _WORD.findall((c.name or "").lower()))}


def _words(cs: Iterable[Claim]) -> set[str]:
    return {w for c in cs for w in _WORD.findall((c.sentence or "").lower())}


def scenes(cs: Sequence[Claim]) -> dict[int, int]:
    """One source's lines (those its claims stand on) -> the scene each tells (0: the lead)."""
    by_line: dict[int, list[Claim]] = defaultdict(list)
    for c in cs:
        by_line[c.line].append(c)
    street_scene: dict[str, int] = {}
    lead_names: set[str] = set()
    towns: set[str] = set()
    has_street: set[int] = set()  # the scenes that have a street of their own
    out: dict[int, int] = {}
    scene = count = 0
    spree = False  # the lead tells one shooter's run over several places
    turned = 0  # the scene a turn to another case opened on the line just before, if any
    turn_names: set[str] = set()  # the surnames of the people named on that line
    for line in sorted(by_line):
        here = sorted(by_line[line], key=lambda c: c.start)
        after_turn, turned = turned, 0
        streets = _streets(here)
        told = _key_words(_streets(here, scene=False))  # any address, to know a street told before
        place = _new_place(here, towns) if line > LEAD_LINES else None
        towns |= {c.noun for c in here if c.kind == "fact" and c.measure == "town" and c.noun}
        if place:
            streets.add(place)  # a scene of its own, as a street no scene has had
        known = {street_scene[w] for w in _key_words(streets) | told if w in street_scene}
        if line > LEAD_LINES and _turns(here[0].sentence or ""):
            count += 1
            out[line] = count  # this paragraph alone; the scene before goes on below it
            for w in _key_words(streets) | told:
                street_scene.setdefault(w, count)
            turned = count
            turn_names = {w[-1] for c in here if c.kind == "person" and (w := _WORD.findall((c.name or "").lower()))}
            continue
        if after_turn and 0 in out.values() and not known and (
                told - set(street_scene) or _new_victim(here) or turn_names & _words(here) - lead_names) \
                and not lead_names & _words(here) and not _cue("back_to_page").search(here[0].sentence or ""):
            # the paragraph right after a turn to another case ('The incident was the second
            # shooting in Homewood in a day.') that gives a street no scene has had or new
            # people hit tells that case, and so do the lines below it until a street or name
            # goes back (session 54, careful reading round 76: a man found wounded on another
            # street read as the event's wounded)
            scene = after_turn
            has_street.add(scene)
            for w in _key_words(streets) | told:
                street_scene.setdefault(w, scene)
            out[line] = scene
            continue
        if known:
            scene = min(known)
        elif place or streets and scene in has_street and line > LEAD_LINES and _new_victim(here) and not spree:
            count += 1  # a street of a scene that has one already: another scene
            scene = count
        elif not streets and scene and (lead_names & _words(here) or _cue("back_to_page").search(here[0].sentence or "")):
            scene = 0  # the lead's victim or suspect named again, or all the page's shootings told together
        for w in _key_words(streets) | told:
            street_scene.setdefault(w, scene)
        if streets - {place}:
            has_street.add(scene)
        out[line] = scene
        if scene == 0:
            lead_names |= _surnames(here)
            spree = spree or _one_event(here)
    return out


def _place_words(cs: Sequence[Claim]) -> set[str]:
    """The distinctive words of the places ``cs`` tell: their streets (:func:`_streets`),
    and the places their casualty figures are given for, but a hospital or a police office
    (data/accounts.json ``place_not_scene``)."""
    taken = wordset("accounts", "place_not_scene")
    words = {w for key in _streets(cs) for w in key.split()}
    for c in cs:
        if c.kind == "quantity" and c.measure in _TOLLS and c.scope is not None and c.scope.place \
                and not c.scope.place_inherited:
            place = set(_WORD.findall(c.scope.place.lower()))
            words |= set() if place & taken else place
    stop = wordset("accounts", "place_stop") | wordset("accounts", "recall_cue", "street_words") | wordset(
        "accounts", "scene_opener", "place_stop")
    return {w for w in words - stop if len(w) > 2 and not w.isdigit()}


def _main_scene(cs: Sequence[Claim], told: Mapping[int, int], others: set[str], own: Callable[[Claim], bool]) -> int | None:
    """The scene of one source that tells the event, or None where the page gives no ground
    to choose. The words of the other sources' sentences (``others``) choose first, by the
    words of each scene that no other scene of the page shares (:func:`_distinct`): the
    lead where some of its own are there, else the one other scene whose own are. Where
    they do not choose, a page whose lead counts several shootings (``own`` false for a
    figure of the lead: a roundup's count, 'Teen killed, 6 wounded in weekend shootings')
    has no scene of its own (None: nothing is set aside); another page's scene is the
    lead, or, where the lead gives no casualty figure of its own below the headline, the
    first scene that does."""
    per: dict[int, list[Claim]] = defaultdict(list)
    for c in cs:
        per[told.get(c.line, 0)].append(c)
    own_words = _distinct(per)
    if others:
        if own_words[0] & others:
            return 0
        hits = [k for k in sorted(per) if k and _chooses(own_words[k] & others, per[k])]
        if len(hits) == 1:
            return hits[0]
    if any(not own(c) for c in per[0] if c.line <= LEAD_LINES):
        return None  # a roundup the other sources do not place: which of its scenes is the event, the page does not say
    tolled = [k for k in sorted(per) if any(c.kind == "quantity" and c.measure in _TOLLS and c.line > 1 and own(c)
                                            for c in per[k])]
    return 0 if not tolled or 0 in tolled else tolled[0]


def _chooses(shared: set[str], cs: Sequence[Claim]) -> bool:
    """Whether the words a scene below the lead shares with the other sources (``shared``)
    are enough to make it the event's: a street of its own or a surname of its victims or
    suspects, or two words at least. One place word alone ('dayton' from 'in North Dayton')
    is most often the city every source names. (Session 57, from careful reading round 80:
    a weekend's other shooting placed in a part of the city, once its turn was read, was taken
    for the event over the page's lead, which the other sources place by no word of its own;
    over gva-dev that is the one scene so chosen by one place word.)"""
    if len(shared) >= 2:
        return True
    return bool(shared & (_surnames(cs) | {w for k in _streets(cs) for w in k.split()}))


def _distinct(per: Mapping[int, Sequence[Claim]]) -> dict[int, set[str]]:
    """Each scene's place words (:func:`_place_words`) and the surnames of its victims and
    suspects, less those another scene of the page gives too (the city of a city's
    roundup tells no scene apart)."""
    words = {k: _place_words(cs) | _surnames(cs) for k, cs in per.items()}
    return {k: w - {x for j, v in words.items() if j != k for x in v} for k, w in words.items()}


def _together(cs: Iterable[Claim]) -> set[int]:
    """The lines whose first sentence speaks of all the page's shootings or victims together
    (data/accounts.json ``scene_opener`` ``back_to_page``: 'Nobody was held in any of the
    shootings'): they tell the event too, whichever scene is its, and are never set aside.
    (Session 40, scene58, from gva-dev's odd half: a roundup's closing line that nobody was
    held for any of its shootings was taken from the event told in its second scene.)"""
    first: dict[int, Claim] = {}
    for c in cs:
        if c.line not in first or c.start < first[c.line].start:
            first[c.line] = c
    back = _cue("back_to_page")
    return {line for line, c in first.items() if back.search(c.sentence or "")}


def _linked(cs: Iterable[Claim]) -> bool:
    """Claims (of the lines that speak of all the page's shootings together) whose sentence
    tells those shootings one event ('both shootings are linked to a feud': data/accounts.json
    ``scene_opener`` ``linked``), without a word that negates or doubts it (``linked_not``:
    'are not linked', 'whether they are connected')."""
    tie = any_of(wordseq("accounts", "scene_opener", "linked"))
    doubt = any_of(wordseq("accounts", "scene_opener", "linked_not"))
    return any(tie.search(c.sentence or "") and not doubt.search(c.sentence or "") for c in cs)


def other_scenes(claims: Iterable[Claim], own: Callable[[Claim], bool] = lambda c: True) -> dict[str, frozenset[int]]:
    """Source -> the lines of its page that tell another scene than the event's (sources
    with none left out); the other sources' words choose a page's main scene
    (:func:`_main_scene`; ``own``: a casualty figure that is the scene's own, not a
    roundup's count)."""
    by_source = claims_by_source(claims)
    out = {}
    for src, cs in by_source.items():
        told = scenes(cs)
        if not any(told.values()):
            continue
        others = _words(c for s, theirs in by_source.items() if s != src for c in theirs)
        main = _main_scene(cs, told, others, own)
        together = _together(cs)  # 'Nobody was held in any of the shootings': every scene's
        if _linked(c for c in cs if c.line in together):
            continue  # 'Police said both shootings are linked': one event told in several scenes
        apart = frozenset(line for line, k in told.items() if main is not None and k != main and line not in together)
        if apart:
            out[src] = apart
    return out


def scene_people(claims: Sequence[Claim], apart: Mapping[str, frozenset[int]]) -> set[str]:
    """The ids of the person claims told on lines of another scene (``apart``,
    :func:`other_scenes`) whose name no line of the source's main scene gives."""
    by_source = claims_by_source(claims)
    out = set()
    for src, lines in apart.items():
        main = _words(c for c in by_source[src] if c.line not in lines)
        for p in by_source[src]:
            name = _WORD.findall((p.name or "").lower()) if p.kind == "person" else []
            if p.line in lines and (not name or name[-1] not in main):
                out.add(p.id)
    return out

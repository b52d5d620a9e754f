"""Alignment: group equivalent claims across sources.

Claims are first blocked by kind and measure (figures about different things never
meet), then merged within each source (a figure repeated in headline and body is one
statement), then paired across sources by a score built from scope (place, time),
what is counted, the sentence around it and, for quotes, the words quoted (rapidfuzz).
Pairs are taken best first and one-to-one per pair of sources, so "66 in total" cannot
pair with "32 in Iraq" when the other source also says 66. Connected pairs form groups.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .extract.scope import normalise_place, normalise_time, time_kind
from .records import Claim

PAIR_THRESHOLD = 0.55
QUOTE_THRESHOLD = 72.0
_PUNCT = re.compile(r"[^\w\s]")
_TITLES = re.compile(r"^(mr|mrs|ms|dr|gen|sen|rep|gov|lt|col|sgt|capt|prof)\.?\s+", re.I)


@dataclass(frozen=True)
class Unit:
    """One statement of one source: the claims that say it (headline and body)."""

    source: str
    claims: tuple[Claim, ...]

    @property
    def head(self) -> Claim:
        """The claim with the most scope information (then the earliest)."""
        def info(c: Claim) -> tuple[int, int]:
            sc = c.scope
            n = 0 if sc is None else (sc.place is not None) + (sc.time is not None)
            return (-n, c.start)
        return min(self.claims, key=info)


@dataclass(frozen=True)
class Group:
    kind: str
    measure: str | None
    units: tuple[Unit, ...]
    score: float  # weakest link that joined the group (1.0 for a single unit)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for u in self.units for c in u.claims)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(u.source for u in self.units))


# ---------------------------------------------------------------- names

def norm_text(s: str | None) -> str:
    return " ".join(_PUNCT.sub(" ", (s or "").lower()).split())


def normalise_aliases(aliases: dict[str, str] | None) -> dict[str, str]:
    """Name variants -> canonical names, both as :func:`norm_text` forms (idempotent)."""
    return {norm_text(k): norm_text(v) for k, v in (aliases or {}).items() if norm_text(k)}


def norm_name(name: str | None, aliases: dict[str, str] | None = None) -> str:
    n = _TITLES.sub("", (name or "").strip())
    n = norm_text(n)
    if aliases:
        n = aliases.get(n, n)
    return n


def same_person(a: str | None, b: str | None, aliases: dict[str, str] | None = None) -> bool:
    """'Sabrina Singh' ~ 'Singh' ~ 'Ms. Singh'; 'Pat Ryder' is not 'Sabrina Singh'."""
    x, y = norm_name(a, aliases), norm_name(b, aliases)
    if not x or not y:
        return False
    if x == y:
        return True
    xs, ys = x.split(), y.split()
    if xs[-1] == ys[-1]:
        if len(xs) == 1 or len(ys) == 1:
            return True
        return xs[0][0] == ys[0][0]
    if fuzz.ratio(x, y) >= 90:
        return True
    # 'Sherie Lash' ~ 'Cherie Lash Rhoades': every word of the shorter name matches a
    # word of the longer one closely, and at least two words do
    short, long_ = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    if len(short) < 2:
        return False
    left = list(long_)
    for w in short:
        best = max(left, key=lambda v: fuzz.ratio(w, v))
        if fuzz.ratio(w, best) < 80:
            return False
        left.remove(best)
    return True


@lru_cache(maxsize=16)
def _place_aliases(items: tuple[tuple[str, str], ...]) -> dict[str, str]:
    table = {}
    for k, v in items:
        if normalise_place(k):
            table[normalise_place(k)] = normalise_place(v) or normalise_place(k)
    return table


def place_key(place: str | None, aliases: dict[str, str] | None = None) -> str:
    """A place in its normalised form ('Ain al-Asad Air Base' -> 'asad'), through the
    aliases when one names it ('Hawler' -> 'erbil')."""
    p = normalise_place(place)
    if p and aliases:
        p = _place_aliases(tuple(sorted(aliases.items()))).get(p, p)
    return p


def same_place(a: str | None, b: str | None, aliases: dict[str, str] | None = None) -> bool:
    x, y = place_key(a, aliases), place_key(b, aliases)
    if not x or not y:
        return False
    return x == y or fuzz.token_set_ratio(x, y) >= 85


# ---------------------------------------------------------------- scoring

def _scope_score(a: Claim, b: Claim, aliases: dict[str, str] | None = None) -> float | None:
    """Score adjustment for place and time; None when they rule the pair out."""
    sa, sb = a.scope, b.scope
    score = 0.0
    pa, pb = sa.place if sa else None, sb.place if sb else None
    if pa and pb:
        if not same_place(pa, pb, aliases):
            # an inherited place is a weaker statement than one in the clause itself
            if not (sa.place_inherited or sb.place_inherited):
                return None
            score -= 0.25
        else:
            score += 0.1
    elif pa or pb:
        score -= 0.1
    ta, tb = sa.time if sa else None, sb.time if sb else None
    if ta and tb:
        if time_kind(ta) != time_kind(tb):
            return None  # 'since Oct. 17' is a period, 'last night' an event
        da, db = sa.date, sb.date
        if da and db:
            # Resolved against each article's publication date: 'last night' (9 Jan)
            # is 'Monday night'; a period must start on the same day. Days that cannot
            # meet rule the pair out, unless one was inherited from a nearby sentence.
            same = da.start == db.start if time_kind(ta) == "period" else da.overlaps(db)
            if same:
                score += 0.1
            elif not (sa.time_inherited or sb.time_inherited):
                return None
            else:
                score -= 0.3
        elif fuzz.token_set_ratio(normalise_time(ta), normalise_time(tb)) >= 80:
            score += 0.1
        else:
            score -= 0.3
    elif ta or tb:
        score -= 0.05
    return score


def quantity_score(a: Claim, b: Claim, aliases: dict[str, str] | None = None) -> float | None:
    if a.group and b.group and a.group != b.group:
        return None  # militants are not troops
    sc = _scope_score(a, b, aliases)
    if sc is None:
        return None
    score = 0.5 + sc
    if a.noun and b.noun:
        score += 0.15 * fuzz.token_set_ratio(norm_text(a.noun), norm_text(b.noun)) / 100
    score += 0.25 * fuzz.token_set_ratio(norm_text(a.sentence), norm_text(b.sentence)) / 100
    if a.value and b.value and a.value.overlaps(b.value):
        score += 0.15
    return score


def quote_similarity(a: str, b: str) -> float:
    x, y = norm_text(a), norm_text(b)
    if not x or not y:
        return 0.0
    sim = fuzz.token_set_ratio(x, y)
    if min(len(x.split()), len(y.split())) >= 6:
        sim = max(sim, fuzz.partial_ratio(x, y))
    return sim


def quote_score(a: Claim, b: Claim) -> float | None:
    sim = quote_similarity(a.text, b.text)
    if sim < QUOTE_THRESHOLD:
        return None
    return sim / 100


def role_score(a: Claim, b: Claim, aliases: dict[str, str] | None = None) -> float | None:
    return 1.0 if same_person(a.person, b.person, aliases) else None


# ---------------------------------------------------------------- grouping

def _block_key(c: Claim) -> tuple[str, str]:
    if c.kind == "quantity":
        return c.kind, c.measure or f"noun:{norm_text(c.noun)}"
    return c.kind, ""


def _same_statement(a: Claim, b: Claim, aliases: dict[str, str] | None) -> bool:
    """Two claims of one source that say the same thing."""
    if a.kind == "quantity":
        if a.value != b.value:
            return False
        sc = _scope_score(a, b, aliases)
        return sc is not None and sc > -0.3
    if a.kind == "quote":
        return quote_similarity(a.text, b.text) >= 90 and (
            a.speaker == b.speaker or same_person(a.speaker, b.speaker, aliases))
    return same_person(a.person, b.person, aliases)


def _units(claims: Sequence[Claim], aliases: dict[str, str] | None) -> list[Unit]:
    by_source: dict[str, list[list[Claim]]] = defaultdict(list)
    for c in claims:
        bucket = by_source[c.source]
        for u in bucket:
            if _same_statement(u[0], c, aliases):
                u.append(c)
                break
        else:
            bucket.append([c])
    return [Unit(src, tuple(u)) for src in sorted(by_source) for u in by_source[src]]


def _score(a: Claim, b: Claim, aliases: dict[str, str] | None) -> float | None:
    if a.kind == "quantity":
        return quantity_score(a, b, aliases)
    if a.kind == "quote":
        return quote_score(a, b)
    return role_score(a, b, aliases)


def align(claims: Iterable[Claim], aliases: dict[str, str] | None = None) -> list[Group]:
    """Groups of equivalent claims, in order of their first claim."""
    aliases = normalise_aliases(aliases)
    blocks: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "quantity" and c.measure is None and not c.noun:
            continue
        blocks[_block_key(c)].append(c)
    groups: list[Group] = []
    for key in sorted(blocks):
        units = _units(blocks[key], aliases)
        parent = list(range(len(units)))
        weakest = [1.0] * len(units)

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        by_source: dict[str, list[int]] = defaultdict(list)
        for i, u in enumerate(units):
            by_source[u.source].append(i)
        sources = sorted(by_source)
        for si, s1 in enumerate(sources):
            for s2 in sources[si + 1:]:
                cands = []
                for i in by_source[s1]:
                    for j in by_source[s2]:
                        sc = _best_pair(units[i], units[j], aliases)
                        if sc is not None and sc >= (PAIR_THRESHOLD if key[0] == "quantity" else 0):
                            cands.append((sc, i, j))
                cands.sort(key=lambda t: (-t[0], t[1], t[2]))
                used1, used2 = set(), set()
                for sc, i, j in cands:
                    if i in used1 or j in used2:
                        continue
                    used1.add(i)
                    used2.add(j)
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[rj] = ri
                        weakest[ri] = min(weakest[ri], weakest[rj], sc)
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(units)):
            members[find(i)].append(i)
        for root, idxs in members.items():
            us = tuple(units[i] for i in idxs)
            measure = us[0].claims[0].measure if key[0] == "quantity" else None
            groups.append(Group(key[0], measure, us, min(1.0, weakest[root])))
    groups.sort(key=lambda g: min((c.source, c.start) for c in g.claims))
    return groups


def _best_pair(u: Unit, v: Unit, aliases: dict[str, str] | None) -> float | None:
    best = None
    for a in u.claims:
        for b in v.claims:
            s = _score(a, b, aliases)
            if s is not None and (best is None or s > best):
                best = s
    return best

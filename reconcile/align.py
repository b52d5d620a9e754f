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
from functools import lru_cache, partial

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .events import union_root
from .records import Claim, Interval
from .text import units
from .text.names import (nickname_of, nicknames_agree, norm_name, other_generation, norm_text, normalise_aliases, normalise_time, place_key,
                         time_kind)

PAIR_THRESHOLD = 0.55
QUOTE_THRESHOLD = 72.0


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


@lru_cache(maxsize=4096)
def first_names_agree(a: str, b: str) -> bool:
    """One first name, written two ways: 'Dan' and 'Daniel', 'J' and 'James', 'Joe' and
    'Joseph', 'Bill' and 'William'; not 'Al' and 'Alice' (too short to tell)."""
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1:
        return long_.startswith(short)
    if len(short) >= 3 and long_.startswith(short):
        return True
    return nicknames_agree(a, b)


def same_person(a: str | None, b: str | None, aliases: dict[str, str] | None = None) -> bool:
    """'Sabrina Singh' ~ 'Singh' ~ 'Ms. Singh'; 'Pat Ryder' is not 'Sabrina Singh'."""
    x, y = norm_name(a, aliases), norm_name(b, aliases)
    if not x or not y or other_generation(a, b):  # 'Sam Ortiz Jr.' is not 'Sam Ortiz Sr.'
        return False
    if x == y or _unmarked(a, aliases) == _unmarked(b, aliases):  # 'Ja'Marcus' ~ 'JaMarcus'
        return True
    xs, ys = x.split(), y.split()
    if xs[-1] == ys[-1]:
        if len(xs) == 1 or len(ys) == 1:
            return True
        # one surname: one person when the first names agree or are near spellings
        # ('Gerome' and 'Jerome'), relatives otherwise ('John' and 'Jane')
        return first_names_agree(xs[0], ys[0]) or fuzz.ratio(xs[0], ys[0]) >= 75
    if fuzz.ratio(x, y) >= 90:
        return True
    # 'Dan Perrin' ~ 'Daniel Perin', 'J. Ferrano' ~ 'James Ferranno', 'Dorian Lee
    # Vance' ~ 'Dorian Vence': first names that agree (one begins the other, or is its
    # initial) and surnames one letter apart (or close, when longer)
    if len(xs) >= 2 and len(ys) >= 2 and first_names_agree(xs[0], ys[0]) and (
            fuzz.ratio(xs[-1], ys[-1]) >= 85
            or min(len(xs[-1]), len(ys[-1])) >= 4 and Levenshtein.distance(xs[-1], ys[-1]) <= 1):
        return True
    # 'Sherie Lash' ~ 'Cherie Lash Rhoades': every word of the shorter name matches a
    # word of the longer one closely, and at least two words do
    short, long_ = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    if len(short) < 2:
        return False
    left = list(long_)
    for w in (w for i, w in enumerate(short) if len(w) > 1 or i in (0, len(short) - 1)):  # a middle initial aside
        best = max(left, key=lambda v: fuzz.ratio(w, v))
        if fuzz.ratio(w, best) < 80:
            return False
        left.remove(best)
    return True


def _unmarked(name: str, aliases: dict[str, str] | None) -> str:
    """The name with the marks inside its words dropped ('Ja'Marcus' -> 'jamarcus')."""
    return norm_name(re.sub(r"(?<=\w)['\u2019](?=\w)", "", name or ""), aliases)


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


def quantity_score(a: Claim, b: Claim, aliases: dict[str, str] | None = None,
                   sentence_sim: float | None = None) -> float | None:
    if a.group and b.group and a.group != b.group:
        return None  # militants are not troops
    sc = _scope_score(a, b, aliases)
    if sc is None:
        return None
    score = 0.5 + sc
    if a.noun and b.noun:
        score += 0.15 * fuzz.token_set_ratio(norm_text(a.noun), norm_text(b.noun)) / 100
    if sentence_sim is None:
        sentence_sim = fuzz.token_set_ratio(norm_text(a.sentence), norm_text(b.sentence))
    score += 0.25 * sentence_sim / 100
    if a.value and b.value and same_figure(a, b):
        score += 0.15
    return score


def same_figure(a: Claim, b: Claim) -> bool:
    """The two figures can be the same: their intervals overlap once both are in one
    unit ('87 mph' and '140 km/h', '23 cents' and '$0.23'); figures of two kinds of unit
    never are."""
    if (a.unit or b.unit) and a.unit != b.unit:
        if units.kind(a.unit) != units.kind(b.unit):
            return False
        return in_base(a).overlaps(in_base(b)) or (
            a.value.nominal is not None and b.value.nominal is not None
            and units.agree(a.value.nominal, a.unit, b.value.nominal, b.unit))
    return a.value.overlaps(b.value)


def in_base(c: Claim) -> Interval:
    """A quantity's interval in the base unit of its kind (units.to_base)."""
    v = c.value
    if not c.unit or v is None:
        return v

    def f(x: float | None) -> float | None:
        return None if x is None else units.to_base(x, c.unit)

    return Interval(f(v.nominal), f(v.low), f(v.high))


def quote_similarity(a: str, b: str) -> float:
    x, y = norm_text(a), norm_text(b)
    if not x or not y:
        return 0.0
    sim = fuzz.token_set_ratio(x, y)
    if min(len(x.split()), len(y.split())) >= 6:
        sim = max(sim, fuzz.partial_ratio(x, y))
    return sim


def quote_score(a: Claim, b: Claim, sim: float | None = None) -> float | None:
    if sim is None:
        sim = quote_similarity(a.text, b.text)
    if sim < QUOTE_THRESHOLD:
        return None
    return sim / 100


def role_score(a: Claim, b: Claim, aliases: dict[str, str] | None = None) -> float | None:
    return 1.0 if same_person(a.person, b.person, aliases) else None


# ---------------------------------------------------------------- grouping

def _block_key(c: Claim) -> tuple[str, str]:
    """Quantities meet within a measure; a figure with a unit meets only figures of the
    same kind of unit (units.kind: '87 mph' and '140 km/h' are both speeds; dollars and
    pounds never meet, nor a percentage and a count)."""
    if c.kind == "quantity":
        if c.unit:
            return c.kind, f"unit:{units.kind(c.unit)}"
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
    """Each source's claims merged into statements: a claim joins the first earlier
    statement of its source that says the same (:func:`_same_statement`).

    Near-linear in claims per source: a quantity is only compared with statements of
    the same value (which :func:`_same_statement` requires). Quotes and roles are
    compared with every earlier statement while their source has at most SMALL_SOURCE
    of them in the block; past that, only with statements that share a blocking key
    (:func:`_statement_keys`) held by at most MAX_POSTING of them, rarest keys first,
    until MAX_CANDIDATES or more are found."""
    by_source: dict[str, list[list[Claim]]] = defaultdict(list)
    index: dict[str, dict[object, list[int]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        bucket = by_source[c.source]
        postings = index[c.source]
        if c.kind == "quantity":
            keys: tuple | set = (("v", c.value),)
            candidates: Iterable[int] = postings[keys[0]]
        else:
            keys = _statement_keys(c, aliases)
            if len(bucket) <= SMALL_SOURCE:
                candidates = range(len(bucket))
            else:  # rarest keys first, at most MAX_CANDIDATES earlier statements
                found: dict[int, None] = {}
                for k in sorted(keys, key=lambda k: (len(postings[k]), k)):
                    if len(postings[k]) > MAX_POSTING or len(found) >= MAX_CANDIDATES:
                        break
                    for i in postings[k]:
                        found[i] = None
                        if len(found) >= MAX_CANDIDATES:
                            break
                candidates = sorted(found)
        for i in candidates:
            if _same_statement(bucket[i][0], c, aliases):
                bucket[i].append(c)
                break
        else:
            for k in keys:
                postings[k].append(len(bucket))
            bucket.append([c])
    return [Unit(src, tuple(u)) for src in sorted(by_source) for u in by_source[src]]


def _statement_keys(c: Claim, aliases: dict[str, str] | None) -> set[tuple[str, str]]:
    """What a quote or role statement is filed under in :func:`_units`: the words of
    the quote (and the whole of it), or each word of the person's name."""
    if c.kind == "quote":
        words = norm_text(c.text)
        return {("q", words)} | {("w", w) for w in _WORD.findall(words)}
    name = norm_name(c.person, aliases).split()
    return {("n", w) for w in name} or {("n", "")}


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
        if c.kind == "person":
            continue  # people are compared as part of each source's account, not as claims
        if c.kind == "quantity" and c.measure is None and not c.noun:
            continue
        blocks[_block_key(c)].append(c)
    groups: list[Group] = []
    for key in sorted(blocks):
        groups.extend(_group_block(key, _units(blocks[key], aliases), aliases))
    groups.sort(key=lambda g: min((c.source, c.start) for c in g.claims))
    return groups


# ---------------------------------------------------------------- scaling
#
# Within a block, pairing is best first and one-to-one per pair of sources. Doing
# that over every pair of units is quadratic, so:
# 1. units with the same content in several sources (syndicated copies) are one node;
# 2. a block of up to SMALL_BLOCK nodes compares every pair of nodes; a larger one
#    only nodes of other sources that share a blocking key (place, time, a word of
#    the sentence or the quote, a name), rarest keys first, skipping keys shared by
#    more than MAX_POSTING nodes (they say nothing about which event a claim belongs
#    to), and at most MAX_CANDIDATES nodes for each node: the work grows linearly
#    with the claims however alike they are;
# 3. sentence and quote similarities of the remaining pairs come from rapidfuzz's
#    vectorised ``process.cdist``, a row per node.
# Within one source, statements are merged (``_units``) against every earlier one up
# to SMALL_SOURCE of them, then against those sharing a key.

SMALL_BLOCK = 400
SMALL_SOURCE = 100
MAX_POSTING = 200
MAX_CANDIDATES = 8
#: in a large block, a statement repeated with this many different wordings or more is
#: scored on its first ones only (a pair of units is scored on every pair of claims)
MAX_UNIT_CLAIMS = 16
_WORD = re.compile(r"[a-z0-9]{4,}")


def _content(c: Claim) -> tuple:
    """What the scores read of a claim: everything but where it is and whose it is."""
    d = c.to_dict()
    for k in ("id", "source", "path", "start", "end", "line"):
        d.pop(k, None)
    return tuple(sorted((k, repr(v)) for k, v in d.items()))


def _nodes(units: Sequence[Unit], contents: Sequence[tuple] | None = None) -> list[list[int]]:
    """Unit indices grouped by identical content in different sources, by first index.
    ``contents`` holds each unit's claims' :func:`_content` when already known."""
    by_sig: dict[tuple, list[int]] = {}
    nodes: list[list[int]] = []
    for i, u in enumerate(units):
        sig = contents[i] if contents is not None else tuple(_content(c) for c in u.claims)
        members = by_sig.get(sig)
        if members is not None and all(units[m].source != u.source for m in members):
            members.append(i)
            continue
        nodes.append([i])
        by_sig.setdefault(sig, nodes[-1])
    return nodes


def _keys(u: Unit, aliases: dict[str, str] | None = None) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for c in u.claims:
        if c.kind == "quantity":
            if c.scope and c.scope.place:
                keys.add(("p", place_key(c.scope.place, aliases)))
            if c.scope and c.scope.time:
                keys.add(("t", normalise_time(c.scope.time)))
            keys.update(("w", w) for w in _WORD.findall(norm_text(c.sentence)))
        elif c.kind == "quote":
            keys.update(("w", w) for w in _WORD.findall(norm_text(c.text)))
        else:
            name = norm_name(c.person, aliases).split()
            if name:
                keys.add(("n", name[-1]))
                keys.add(("f", name[0]))
    return keys


def _candidates(units: Sequence[Unit], nodes: list[list[int]],
                aliases: dict[str, str] | None = None) -> dict[int, set[int]]:
    """For each node, the later nodes worth scoring against it."""
    n = len(nodes)
    if n <= SMALL_BLOCK:
        return {a: set(range(a + 1, n)) for a in range(n)}
    keys = [sorted(_keys(units[members[0]], aliases)) for members in nodes]
    sources = [frozenset(units[m].source for m in members) for members in nodes]
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for a, ks in enumerate(keys):
        for k in ks:
            postings[k].append(a)
    pairs: dict[int, set[int]] = defaultdict(set)
    for a, ks in enumerate(keys):
        found: dict[int, None] = {}
        # the rarest keys say most about which statement this is
        for k in sorted(ks, key=lambda k: (len(postings[k]), k)):
            with_key = postings[k]
            if len(with_key) > MAX_POSTING:
                break
            for b in with_key:
                # two statements of one source never pair
                if b != a and not (sources[a] == sources[b] and len(sources[a]) == 1):
                    found[b] = None
                    if len(found) >= MAX_CANDIDATES:
                        break
            if len(found) >= MAX_CANDIDATES:
                break
        for b in found:
            pairs[min(a, b)].add(max(a, b))
    return pairs


class _Similarity:
    """Sentence (quantities) or quote (quotes) similarity between claims, computed a row
    at a time with ``process.cdist`` and looked up by claim."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.values: dict[tuple[int, int], float] = {}

    def _text(self, c: Claim) -> str:
        return norm_text(c.sentence if self.kind == "quantity" else c.text)

    def fill(self, left: Sequence[Claim], right: Sequence[Claim]) -> None:
        if self.kind not in ("quantity", "quote") or not left or not right:
            return
        import numpy as np  # here: only a comparison needs it, not every start of the CLI

        ql = [self._text(c) for c in left]
        qr = [self._text(c) for c in right]
        sim = process.cdist(ql, qr, scorer=fuzz.token_set_ratio, dtype=np.float64)
        if self.kind == "quote":
            long_l = np.array([len(x.split()) >= 6 for x in ql])[:, None]
            long_r = np.array([len(x.split()) >= 6 for x in qr])[None, :]
            part = process.cdist(ql, qr, scorer=fuzz.partial_ratio, dtype=np.float64)
            sim = np.where(long_l & long_r, np.maximum(sim, part), sim)
            empty_l = np.array([not x for x in ql])[:, None]
            empty_r = np.array([not x for x in qr])[None, :]
            sim = np.where(empty_l | empty_r, 0.0, sim)
        for x, a in enumerate(left):
            row = sim[x]
            for y, b in enumerate(right):
                self.values[(id(a), id(b))] = float(row[y])

    def get(self, a: Claim, b: Claim) -> float | None:
        return self.values.get((id(a), id(b)))


def _pair_score(a: Claim, b: Claim, aliases: dict[str, str] | None, sims: _Similarity) -> float | None:
    sim = sims.get(a, b)
    if a.kind == "quantity":
        return quantity_score(a, b, aliases, sentence_sim=sim)
    if a.kind == "quote":
        return quote_score(a, b, sim=sim)
    return role_score(a, b, aliases)


def _scored_fields(c: Claim) -> tuple:
    """What the pair scores read of a claim (:func:`quantity_score`, :func:`quote_score`,
    :func:`role_score`)."""
    if c.kind == "quantity":
        return (c.group, c.scope, c.noun, c.sentence, c.value)
    if c.kind == "quote":
        return (c.text,)
    return (c.person,)


def _distinct(u: Unit, cap: int | None) -> tuple[Claim, ...]:
    """The claims of ``u`` a score can tell apart (the first of each
    :func:`_scored_fields`), at most ``cap`` of them: a unit's best pair is the same
    over these as over all its claims."""
    seen: set[tuple] = set()
    out = []
    for c in u.claims:
        sig = _scored_fields(c)
        if sig not in seen:
            seen.add(sig)
            out.append(c)
            if cap is not None and len(out) >= cap:
                break
    return tuple(out)


def _node_score(u: Sequence[Claim], v: Sequence[Claim], aliases, sims: _Similarity) -> float | None:
    """The best score of a claim of ``u`` with a claim of ``v``."""
    best = None
    for a in u:
        for b in v:
            s = _pair_score(a, b, aliases, sims)
            if s is not None and (best is None or s > best):
                best = s
    return best


def _group_block(key: tuple[str, str], units: list[Unit], aliases) -> list[Group]:
    """Join the units of one block: best first, one-to-one per pair of sources."""
    threshold = PAIR_THRESHOLD if key[0] == "quantity" else 0
    contents = [tuple(_content(c) for c in u.claims) for u in units]
    nodes = _nodes(units, contents)
    node_sources = [frozenset(units[m].source for m in ms) for ms in nodes]
    sims = _Similarity(key[0])
    cands = _candidates(units, nodes, aliases)
    cap = MAX_UNIT_CLAIMS if len(nodes) > SMALL_BLOCK else None
    scored = [_distinct(units[ms[0]], cap) for ms in nodes]
    edges: list[tuple[float, int, int]] = []  # (score, node, node), both as first unit index
    for a, later in cands.items():
        if not later:
            continue
        later_sorted = sorted(later)
        right = [c for b in later_sorted for c in scored[b]]
        sims.fill(scored[a], right)
        for b in later_sorted:
            if node_sources[a] == node_sources[b] and len(node_sources[a]) == 1:
                continue  # two statements of one source never pair
            sc = _node_score(scored[a], scored[b], aliases, sims)
            if sc is not None and sc >= threshold:
                edges.append((sc, a, b))
        sims.values.clear()
    # each node (a unit, or identical units of several sources) pairs with at most one
    # node per other source, best first; a tie goes to the earlier units
    edges.sort(key=lambda t: (-t[0], nodes[t[1]][0], nodes[t[2]][0]))
    matched: list[set[str]] = [set() for _ in nodes]
    accepted: list[tuple[float, int, int]] = []
    for sc, a, b in edges:
        sa, sb = node_sources[a], node_sources[b]
        if not (sb - sa - matched[a]) or not (sa - sb - matched[b]):
            continue
        matched[a] |= sb
        matched[b] |= sa
        accepted.append((sc, a, b))
    # join in the order of the pairs of sources, so each group's weakest link is the
    # same as pairing source by source
    order = {s: i for i, s in enumerate(sorted({u.source for u in units}))}
    first = [min(order[s] for s in src) for src in node_sources]
    accepted.sort(key=lambda t: (min(first[t[1]], first[t[2]]), max(first[t[1]], first[t[2]]),
                                 -t[0], nodes[t[1]][0], nodes[t[2]][0]))
    parent = list(range(len(nodes)))
    weakest = [1.0] * len(nodes)
    for a, ms in enumerate(nodes):
        if len(ms) > 1:  # copies: joined by their own (highest) score
            own = _best_pair(units[ms[0]], units[ms[1]], aliases)
            weakest[a] = 1.0 if own is None else min(1.0, own)

    find = partial(union_root, parent)

    for sc, a, b in accepted:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
            weakest[ra] = min(weakest[ra], weakest[rb], sc)
    members: dict[int, list[int]] = defaultdict(list)
    for a, ms in enumerate(nodes):
        members[find(a)].extend(ms)
    out = []
    for root, idxs in members.items():
        us = tuple(units[i] for i in sorted(idxs))
        measure = us[0].claims[0].measure if key[0] == "quantity" else None
        out.append(Group(key[0], measure, us, min(1.0, weakest[root])))
    return out


def _best_pair(u: Unit, v: Unit, aliases: dict[str, str] | None) -> float | None:
    best = None
    for a in u.claims:
        for b in v.claims:
            s = _score(a, b, aliases)
            if s is not None and (best is None or s > best):
                best = s
    return best

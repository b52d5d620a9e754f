"""Events: the articles of a folder grouped into the stories they tell, before comparing.

The stage between accounts and alignment (ingest -> nlp -> extract -> accounts ->
**events** -> align -> compare -> report). A newsroom's folder holds many stories; each
claim should only be held against the claims of articles about the same story.

How articles are grouped:

- each article's **sketch** (:func:`sketch`, made while its text is at hand) keeps the
  words of its headline and body outside page furniture (spaCy's English stop words
  left out), as 64-bit hashes with their counts: a few kilobytes an article, whatever
  its text;
- the words are weighted by tf-idf over the folder (``(1 + log tf) * log((N + 1) / df)``:
  a word every article has weighs nothing, so outlets' boilerplate and the common words of
  crime news count for little, names of people, streets and towns for much); each vector is
  divided by ``sqrt(|w|^2 + SHORT)``, not ``|w|``: a headline left on a page of furniture
  (a few words) is not joined to another on the one town both name;
- **blocking**: only pairs that share a sketch bucket are compared. Each article's
  :data:`BLOCK_WORDS` heaviest words that at least one other article has (and at most
  :data:`MAX_DF` articles) are put in a MinHash (``datasketch``), and a MinHash LSH index
  of :data:`BANDS` bands of :data:`ROWS` rows gives the candidate pairs. An article with
  fewer than :data:`FALLBACK_WORDS` such words blocks on its rarest shared words too; a
  bucket of such a word larger than MAX_DF pairs each member with its MAX_DF - 1 nearest
  in MinHash order only (:func:`_neighbours`). Two articles tied to a third at
  :data:`CLOSE` or more are scored too (:func:`_closing`);
- each candidate pair is scored by the cosine of the two weighted word vectors, then moved
  by what the accounts say of the incident itself (:func:`_score`): raised by
  :data:`KEY_BONUS` when both name the same victim, suspect, relative or witness (first
  and last name, from the ``person`` claims; spelled alike, rapidfuzz's ratio at least
  :data:`FUZZY_KEY` with the same initials: 'Shakyra' and 'Shakeyra') or the same address
  (street spelled alike, same block), and by :data:`TOLL_SAME` when
  they give the same closed count of the dead or of the wounded; lowered by
  :data:`ADDRESS_MISS` when both give addresses and none is the same, by :data:`AGE_MISS`
  when both give victims' ages and none is the same, by :data:`TOLL_MISS` when their counts
  differ, and by :data:`YEAR_MISS` when both name years and none in common
  (two shootings in one city: the city's name, its police spokesman and the outlet's words
  are in both texts, the victims, blocks, tolls and years are not); raised by
  :data:`RARE_BONUS` when they share :data:`RARE_SHARED` words or more that few articles
  have (:data:`RARE_DF` in a folder read as :data:`BACKGROUND` articles: a street, a venue,
  an unusual name), which the cosine weighs too little against a long text's other words
  (this bonus, the name bonus and TOLL_SAME only when the cosine is at least
  :data:`BONUS_FLOOR`);
  and by :data:`NAME_BONUS` when their texts (outside page furniture) share a capitalised
  word (a town, a street, a surname) that at most :data:`NAME_DF` articles have in a folder
  read as :data:`BACKGROUND` articles (the signatures' names, counted over the folder);
- pairs are joined by **average linkage** over the candidate graph: two single articles
  join when their similarity is at least :data:`PAIR_JOIN`, an article joins a group while
  the mean similarity over all their cross pairs (missing pairs count 0) is at least
  :data:`JOIN`, two groups of two or more while it is at least :data:`GROUPS_JOIN` (in a
  folder of :data:`GROUPS_MIN` articles or more; below, a story's coverage, at JOIN).
  Average linkage, not single linkage: one article that resembles two stories does not
  chain them into one.

Why it is near-linear: no pass looks at all pairs. Weighting is two passes over the
sketches (O(total words)). The LSH index holds each article once per band; with one row a
band's key is the article's MinHash minimum, one of its blocking words, and those are
words that at most :data:`MAX_DF` articles have: no bucket holds more than MAX_DF
articles (a fallback word's larger bucket pairs each member with 2 * (MAX_DF - 1) others at
most), so an article has at most 2 * BANDS * MAX_DF candidates whatever the folder's size,
and closing adds at most CLOSE_K * (CLOSE_K - 1) / 2 pairs for each article.
Scoring and linkage work on those candidate edges only (a heap over them); the names'
counts are one pass over the articles' names, and a pair's fuzzy keys compare the few keys
of its two articles. Cost grows with the number of articles times that bound, not with its
square.

Publication dates are not used: on gva-dev 33 of 848 even-half articles state one.

A folder in which at most one story is told by more than one source is read as one event,
as before grouping existed: an article that matches nothing there is left to the accounts'
off-topic test (:func:`reconcile.accounts.off_topic`) rather than made a story of its own.
With two or more stories, an article that matches nothing is an event of its own.

The library: datasketch's MinHash (pure Python over numpy and scipy, maintained since
2015), bucketed by MinHashLSH's rule (two MinHashes equal on one band's rows are
candidates; the buckets found by sorting each band, in numpy arrays, not in MinHashLSH's
hash tables of Python sets, which took some 14 kB an article): the standard, documented
way to find candidate near-duplicates without an all-pairs pass; the similarity itself is
a plain cosine over the words kept.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, MutableSequence, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from .accounts import COUNTS, Signature, unmasked
from .data import load
from .records import Account, Article, Claim, Link
from .saved import pack, unpack

__all__ = ["ADDRESS_MISS", "AGE_MISS", "BANDS", "BLOCK_WORDS", "BONUS_FLOOR", "CLOSE", "CLOSE_K", "FALLBACK_WORDS",
           "FUZZY_KEY",
           "GROUPS_JOIN", "GROUPS_MIN", "JOIN", "KEY_BONUS", "MAX_DF",
           "NAME_BONUS", "NAME_DF", "PAIR_JOIN", "RARE_BONUS", "RARE_DF", "RARE_SHARED", "ROWS", "SHORT", "TOLL_MISS",
           "TOLL_SAME", "YEAR_MISS", "Group", "Sketch", "group", "keys_of", "sketch", "union_root"]

#: two groups of articles merge while the mean cosine of their cross pairs is at least this
JOIN = 0.15
#: two groups of two articles or more merge only while the mean is at least this: of the
#: merges of two groups below it on all of gva-dev mixed, 6 of 23 were one incident (two
#: cities' stories of one kind, each already a pair, joined on what such stories share).
#: gva-dev mixed F1 all 0.937 -> 0.942, even 0.953 -> 0.954, odd 0.952 -> 0.954
GROUPS_JOIN = 0.2
#: ... in a folder of at least this many articles only: a smaller folder is as a rule one
#: story's coverage (gva-dev's incident folders hold 2 to 17 articles), where the stricter
#: join split 5 of the 682 one-incident folders in two or three events
GROUPS_MIN = 40
#: a pair of articles that blocking did not make candidates is scored when both are tied
#: to a third by a similarity of at least this (each article's :data:`CLOSE_K` strongest
#: such ties): the missing pair would count 0 in a group's mean. Bounded: at most
#: CLOSE_K * (CLOSE_K - 1) / 2 more pairs an article (even 0.954 -> 0.955, odd unchanged,
#: all 0.943 -> 0.944)
CLOSE = 0.35
CLOSE_K = 8
#: two single articles join when their similarity is at least this: a group's mean is taken
#: over all its cross pairs, some of which blocking never scored (counted 0), so a group
#: needs JOIN; a pair's one similarity is all there is (two-article incidents of gva-dev
#: mixed, even half: F1 0.952 -> 0.953, odd 0.949 -> 0.952)
PAIR_JOIN = 0.10
#: words of an article used for blocking (its heaviest shared words)
BLOCK_WORDS = 48
#: LSH bands and rows per band (num_perm = BANDS * ROWS): two articles are candidates when
#: one band of their MinHashes is equal
BANDS = 64
ROWS = 1
#: a word that more articles than this have is not used for blocking: an LSH bucket of
#: one row holds articles that share one word, so no bucket is larger than this
MAX_DF = 64
#: an article with fewer blocking words than this (its shared words nearly all in more than
#: MAX_DF articles: a short report in a folder of one city's 100,000 stories, or a story
#: repeated some 56 times) blocks on its rarest shared words too, up to this many; a bucket
#: of such a word larger than MAX_DF pairs each member with its MAX_DF - 1 nearest in the
#: order of their MinHashes (:func:`_neighbours`), so no article gains more than that a band
FALLBACK_WORDS = 4
#: added to the similarity of two articles that name the same victim, suspect, relative or
#: witness (first and last name) or the same address (street and block): of gva-dev's candidate pairs that share
#: a victim's or suspect's name 98% are one incident. Officials, reporters and spokesmen are
#: not counted: one police spokesman speaks for every shooting in his city
KEY_BONUS = 0.3
#: taken from the similarity of two articles that both give addresses (street and block) and
#: share none: two shootings in one city
ADDRESS_MISS = 0.15
#: taken from the similarity of two articles that both give victims' ages and share none
AGE_MISS = 0.1
#: taken from the similarity of two articles whose accounts give different closed counts
#: of the dead or of the wounded
TOLL_MISS = 0.1
#: added to the similarity of two articles whose accounts give the same closed count of the
#: dead or of the wounded
TOLL_SAME = 0.1
#: taken from the similarity of two articles that both name years (a date, a copyright line)
#: and none in common: the same city's shootings of other years
YEAR_MISS = 0.1
#: added to the similarity of two articles that share at least :data:`RARE_SHARED` words that
#: at most :data:`RARE_DF` articles have, in a folder read as :data:`BACKGROUND` articles
#: (RARE_DF * min(N, BACKGROUND) / BACKGROUND: in a small folder every word is in few
#: articles, and none counts): a street, a venue, a neighbourhood, a victim's unusual name the
#: person reader missed. Cosine weighs a word by log(N / df), so a few such words are drowned
#: by the many common words of a long article. On gva-dev mixed: recall 0.905 -> 0.917
RARE_BONUS = 0.1
RARE_DF = 6
RARE_SHARED = 2
#: added to the squared norm of every article's weighted words: a short text's cosine is
#: shrunk, so a headline left on a page of furniture does not join another on the one town
#: they both name ('St. Louis' in two sign-up pages; gva-dev mixed even F1 0.944 -> 0.947,
#: odd 0.946 -> 0.947). A full article's squared norm is a thousand or more: unchanged
SHORT = 50.0
#: the bonuses for shared rare words, a shared name and the same toll (:data:`RARE_BONUS`,
#: :data:`NAME_BONUS`, :data:`TOLL_SAME`) count only when the two texts' cosine is at least
#: this: they confirm a resemblance, they do not make one. Two reports of 'two wounded' in two
#: cities with nothing else in common (cosine 0.03) no longer join on the count alone (gva-dev
#: mixed F1 all 0.942 -> 0.943; even and odd halves unchanged)
BONUS_FLOOR = 0.05
#: names shown in a link's why
WHY_NAMES = 6

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]{2,}")
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\da-z])")  # not a decade ("1990s")


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1 << 18)
def _hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


@dataclass(frozen=True, eq=False)
class Sketch:
    """What grouping keeps of an article's text: its words (outside page furniture, stop
    words left out) as sorted 64-bit hashes and their counts, and the years it names
    (anywhere, page furniture included: a copyright line dates the page)."""

    source: str
    words: np.ndarray  # uint64, sorted
    counts: np.ndarray  # uint32, beside words
    years: frozenset[int] = frozenset()

    def to_dict(self) -> dict[str, Any]:
        """The compact form saved claims carry (docs/formats.md, saved claims): words as base64
        of little-endian uint64, counts of little-endian uint32 deflated (zlib), the years sorted."""
        return {"words": pack(self.words, "<u8"), "counts": pack(self.counts, "<u4", deflate=True),
                "years": sorted(self.years)}

    @classmethod
    def from_dict(cls, source: str, d: Mapping[str, Any]) -> Sketch:
        words, counts = unpack(d["words"], "<u8"), unpack(d["counts"], "<u4", deflate=True)
        if len(words) != len(counts):
            raise ValueError("a sketch's words and counts differ in length")
        return cls(source, words, counts, frozenset(int(y) for y in d["years"]))


def _body(art: Article) -> str:
    return "\n".join(unmasked(art)) if art.masked else art.text


def sketch(art: Article) -> Sketch:
    """The article's sketch (its text is not kept)."""
    stop = _stop()
    tf = Counter(w for w in _WORD.findall(_body(art).lower()) if w not in stop)
    pairs = sorted((_hash(w), n) for w, n in tf.items())
    words = np.fromiter((h for h, _ in pairs), dtype=np.uint64, count=len(pairs))
    counts = np.fromiter((n for _, n in pairs), dtype=np.uint32, count=len(pairs))
    return Sketch(art.id, words, counts, frozenset(int(y) for y in _YEAR.findall(art.text)))


@dataclass(frozen=True)
class Group:
    """Sources told to be about one story, in input order, and the links that joined them."""

    sources: tuple[str, ...]
    why: tuple[Link, ...] = ()


#: document frequencies are read as if the folder held at least this many articles: in a small
#: folder about one story the story's own words are in every article and, weighed against that
#: folder alone (log((n + 1) / df) near 0), would count for nothing, so its articles would be
#: compared on their incidental words only and split (15 of 326 even-half gva-dev incident
#: folders were). A folder this large or larger is weighed as it is.
BACKGROUND = 1000


class _Vectors:
    """The folder's tf-idf vectors, unit length, one per sketch."""

    def __init__(self, sketches: Sequence[Sketch]) -> None:
        n = len(sketches)
        allw = np.concatenate([s.words for s in sketches]) if sketches else np.zeros(0, np.uint64)
        vocab, df = np.unique(allw, return_counts=True)
        self.vocab, self.df = vocab, df
        self.weights: list[np.ndarray] = []
        for s in sketches:
            d = df[np.searchsorted(vocab, s.words)]
            w = (1.0 + np.log(s.counts.astype(np.float64))) * np.log((max(n, BACKGROUND) + 1) / d)
            norm = math.sqrt(float(w @ w) + SHORT) or 1.0
            self.weights.append(w / norm)
        self.sketches = sketches
        self.n = n
        # rare as if among BACKGROUND articles: in a small folder every word is in few
        # articles, and none is rare
        self.rare_df = RARE_DF * min(n, BACKGROUND) / BACKGROUND

    def df_of(self, s: Sketch) -> np.ndarray:
        return self.df[np.searchsorted(self.vocab, s.words)]

    def cosine(self, i: int, j: int) -> tuple[float, int]:
        """The two vectors' cosine, and how many words they share that at most
        :data:`RARE_DF` articles have."""
        a, b = self.sketches[i], self.sketches[j]
        shared, ia, ib = np.intersect1d(a.words, b.words, assume_unique=True, return_indices=True)
        rare = int((self.df[np.searchsorted(self.vocab, shared)] <= self.rare_df).sum())
        return float(self.weights[i][ia] @ self.weights[j][ib]), rare


def _candidates(vec: _Vectors) -> np.ndarray:
    """Pairs (i < j), sorted, that share an LSH bucket of their blocking words' MinHashes:
    with :data:`ROWS` rows a band, two MinHashes equal on one band's rows (MinHashLSH's
    rule), found by sorting each band's rows rather than in hash tables of Python sets
    (which took some 14 kB an article)."""
    # imported here: datasketch's import pulls in scipy (1.4 s), which a run that only
    # reads claims (`reconcile claims`, a cached re-run) never needs
    from datasketch import MinHash

    first = MinHash(num_perm=BANDS * ROWS, seed=1, hashfunc=_hashfunc)
    perms, scheme = first.permutations, first.scheme
    ids, rows = [], []
    for i, s in enumerate(vec.sketches):
        df = vec.df_of(s)
        ok = (df >= 2) & (df <= MAX_DF)
        idx = np.flatnonzero(ok)
        top = idx[np.argsort(-vec.weights[i][idx], kind="stable")[:BLOCK_WORDS]]
        if len(top) < FALLBACK_WORDS:  # its shared words are all (or nearly all) too common
            over = np.flatnonzero(df > MAX_DF)
            top = np.r_[top, over[np.argsort(df[over], kind="stable")[:FALLBACK_WORDS - len(top)]]]
        if len(top) == 0:
            continue
        m = MinHash(num_perm=BANDS * ROWS, seed=1, hashfunc=_hashfunc, permutations=perms, scheme=scheme)
        m.update_batch([int(x).to_bytes(8, "big") for x in s.words[top]])
        ids.append(i)
        rows.append(m.hashvalues)
    n = len(vec.sketches)
    found = np.zeros(0, dtype=np.int64)  # pairs as i * n + j
    if not rows:
        return np.zeros((0, 2), dtype=np.int64)
    hv, at = np.vstack(rows), np.asarray(ids, dtype=np.int64)
    triu: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    new: list[np.ndarray] = []
    pending = 0
    for b in range(BANDS):
        band = hv[:, b * ROWS:(b + 1) * ROWS]
        key = band[:, 0] if ROWS == 1 else np.unique(band, axis=0, return_inverse=True)[1].reshape(-1)
        order = np.argsort(key, kind="stable")  # ids ascending within a bucket
        starts = np.flatnonzero(np.r_[True, key[order][1:] != key[order][:-1]])
        ends = np.r_[starts[1:], len(order)]
        for lo, hi in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist()):
            members = at[order[lo:hi]]
            if hi - lo > MAX_DF:  # a fallback word's bucket: neighbours only, bounded
                pairs = _neighbours(hv[order[lo:hi]], members, n)
            else:
                a, c = triu.get(hi - lo) or triu.setdefault(hi - lo, np.triu_indices(hi - lo, 1))
                pairs = members[a] * n + members[c]
            new.append(pairs)
            pending += len(pairs)
        if pending > 1 << 22 or b == BANDS - 1:  # bounded: pairs seen in several bands kept once
            found = _distinct(np.concatenate([found, *new]))
            new, pending = [], 0
    return np.stack([found // n, found % n], axis=1)


def _neighbours(rows: np.ndarray, members: np.ndarray, n: int) -> np.ndarray:
    """Pairs (as i * n + j, i < j) of a bucket larger than :data:`MAX_DF`: its members
    ordered by their whole MinHash (the sorted-neighbourhood method: articles with alike
    blocking words, a story's copies, fall side by side), each paired with the next
    MAX_DF - 1 only. At most MAX_DF - 1 pairs a member, however large the bucket."""
    m = members[np.lexsort(rows.T[::-1])]
    out = []
    for d in range(1, min(MAX_DF, len(m))):
        x, y = m[:-d], m[d:]
        out.append(np.minimum(x, y) * n + np.maximum(x, y))
    return np.concatenate(out)


def _distinct(x: np.ndarray) -> np.ndarray:
    """The distinct values of ``x``, ascending."""
    x = np.sort(x)
    return x[np.r_[True, x[1:] != x[:-1]]] if len(x) else x


#: added to the similarity of two articles whose texts (outside page furniture) share a
#: capitalised word (a town, a street, a bar, a surname) that at most :data:`NAME_DF`
#: articles have in a folder read as :data:`BACKGROUND` articles (from 800 articles up: the
#: two alone; under 800: none counts, as for RARE_DF): 'Boyle County', 'Lakewood', 'Raritan
#: Street' where the person reader took no name and the words are few. On gva-dev mixed,
#: even F1 0.947 -> 0.952, odd 0.947 -> 0.949
NAME_BONUS = 0.05
NAME_DF = 2.5


@dataclass(frozen=True)
class _Names:
    """Per article the hashes of the capitalised words of its text outside page furniture
    (its signature's names that its sketch also has), and how many articles have each."""

    sets: list[frozenset[int]]
    df: Counter[int]
    cut: float

    @classmethod
    def of(cls, vec: _Vectors, sigs: Iterable[Signature | None]) -> _Names:
        """``sigs`` one per sketch, read one at a time (a signature read from its saved form
        takes some 12 kB: all of them at once, 1.2 GB at 100,000 articles)."""
        sets = []
        for s, sig in zip(vec.sketches, sigs):
            if sig is None or not sig.names:
                sets.append(frozenset())
                continue
            hs = np.fromiter((_hash(n) for n in sig.names), dtype=np.uint64, count=len(sig.names))
            sets.append(frozenset(int(h) for h in hs[np.isin(hs, s.words)]))
        return cls(sets, Counter(h for x in sets for h in x), NAME_DF * min(vec.n, BACKGROUND) / BACKGROUND)

    def bonus(self, i: int, j: int) -> float:
        """:data:`NAME_BONUS` when articles i and j share a name that few articles have."""
        return NAME_BONUS if any(self.df[h] <= self.cut for h in self.sets[i] & self.sets[j]) else 0.0


def _hashfunc(b: bytes) -> int:
    return int.from_bytes(b[4:], "big")  # the words are already hashed: their low 32 bits


def _closing(edges: Mapping[tuple[int, int], float]) -> set[tuple[int, int]]:
    """Pairs (i < j) both tied to a third article by a similarity of at least :data:`CLOSE`
    (among that article's :data:`CLOSE_K` strongest ties)."""
    strong: dict[int, list[tuple[float, int]]] = {}
    for (i, j), s in edges.items():
        if s >= CLOSE:
            strong.setdefault(i, []).append((s, j))
            strong.setdefault(j, []).append((s, i))
    out = set()
    for ties in strong.values():
        near = sorted(j for _, j in heapq.nlargest(CLOSE_K, ties))
        out.update((a, b) for k, a in enumerate(near) for b in near[k + 1:])
    return out


def _average_link(n: int, edges: Mapping[tuple[int, int], float], nodes: Iterable[int] | None = None) -> list[list[int]]:
    """Clusters of ``nodes`` (0..n-1 by default; ``n`` articles in the folder) by average
    linkage over ``edges`` (missing pairs are 0), merged while the best mean similarity is
    at least :data:`JOIN` (two groups of two or more at :data:`GROUPS_JOIN` from
    :data:`GROUPS_MIN` articles up); each in ascending order. Groups merge only along
    edges, so each connected part of the edges can be clustered on its own: the same
    clusters (a merged group's number only orders it after the articles' and after the
    groups merged before it, in both)."""
    groups_join = GROUPS_JOIN if n >= GROUPS_MIN else JOIN
    nodes = range(n) if nodes is None else nodes
    members: dict[int, list[int]] = {i: [i] for i in nodes}
    sums: dict[int, dict[int, float]] = {i: {} for i in members}
    for (i, j), s in edges.items():
        sums[i][j] = sums[i].get(j, 0.0) + s
        sums[j][i] = sums[j].get(i, 0.0) + s
    heap = [(-s, i, j) for (i, j), s in edges.items() if s >= min(JOIN, PAIR_JOIN)]
    heapq.heapify(heap)
    nxt = n
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        avg = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(avg + neg) > 1e-12:
            continue  # stale
        if avg < JOIN and len(members[a]) + len(members[b]) > 2:
            continue
        if avg < groups_join and len(members[a]) > 1 and len(members[b]) > 1:
            continue
        c = nxt
        nxt += 1
        members[c] = sorted(members.pop(a) + members.pop(b))
        merged: dict[int, float] = {}
        for old in (a, b):
            for k, s in sums.pop(old).items():
                if k in (a, b):
                    continue
                merged[k] = merged.get(k, 0.0) + s
                del sums[k][old]
        sums[c] = merged
        for k, s in merged.items():
            sums[k][c] = s
            mean = s / (len(members[c]) * len(members[k]))
            if mean >= JOIN:
                heapq.heappush(heap, (-mean, min(c, k), max(c, k)))
    return sorted(members.values())


def group(articles: Sequence[Article], sketches: Mapping[str, Sketch], signatures: Mapping[str, Signature],
          accounts: Mapping[str, Account], people: Mapping[str, frozenset[str]] | None = None) -> list[Group]:
    """The folder's events, in the order of their first article (``articles`` in folder
    order), from the articles' sketches, each source's own account (its tolls) and the
    people and addresses it names (``people``: source -> keys, see :func:`keys_of`).
    Without sketches (a report built from saved claims) the folder is one event."""
    arts = [a for a in articles if a.id in sketches]
    if len(arts) < 3 or len(arts) < len(articles):
        return [Group(tuple(a.id for a in articles))]
    vec = _Vectors([sketches[a.id] for a in arts])
    who = [people.get(a.id, frozenset()) if people else frozenset() for a in arts]
    counts = [_counts(accounts.get(a.id)) for a in arts]
    years = [s.years for s in vec.sketches]
    names = _Names.of(vec, (signatures.get(a.id) for a in arts))

    def score(i: int, j: int) -> float:
        cosine, rare = vec.cosine(i, j)
        return (_score(cosine, rare, (who[i], who[j]), (counts[i], counts[j]), (years[i], years[j]))
                + (names.bonus(i, j) if cosine >= BONUS_FLOOR else 0.0))

    n = len(arts)
    clusters: list[tuple[list[int], dict[tuple[int, int], float]]] = []  # with its own edges
    alone = set(range(n))
    # one connected part of the scored edges at a time: at 100,000 articles all the edges
    # as one dict, and the linkage's sums over them, took some 2 GB
    for nodes, edges in _parts(n, _scored(_candidates(vec), score)):
        for i, j in sorted(_closing(edges) - edges.keys()):  # both ends in this part
            if (s := score(i, j)) > 0:
                edges[i, j] = s
        alone.difference_update(nodes)
        found = _average_link(n, edges, nodes)
        label = {i: k for k, c in enumerate(found) for i in c}
        inner: list[dict[tuple[int, int], float]] = [{} for _ in found]
        for (i, j), s in edges.items():
            if label[i] == label[j]:
                inner[label[i]][i, j] = s
        clusters += zip(found, inner)
    clusters += (([i], {}) for i in alone)
    if sum(len(c) > 1 for c, _ in clusters) < 2:
        return [Group(tuple(a.id for a in articles))]
    out = []
    for c, inner_edges in sorted(clusters, key=lambda ce: ce[0][0]):
        ids = tuple(arts[i].id for i in c)
        out.append(Group(ids, _why(c, arts, inner_edges, signatures, accounts, vec)))
    return out


def _scored(pairs: np.ndarray, score: Callable[[int, int], float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs that score above 0, as arrays (i, j, score) in the pairs' order,
    scored a slice at a time (every pair as Python objects took 1.2 GB at 100,000 articles)."""
    ii, jj, ss = array("q"), array("q"), array("d")
    for k in range(0, len(pairs), 1 << 16):
        for i, j in pairs[k:k + (1 << 16)].tolist():
            if (s := score(i, j)) > 0:
                ii.append(i)
                jj.append(j)
                ss.append(s)
    return np.frombuffer(ii, np.int64), np.frombuffer(jj, np.int64), np.frombuffer(ss, np.float64)


def union_root(parent: MutableSequence[int] | MutableMapping[int, int], x: int) -> int:
    """The root of ``x`` in a union-find forest (``parent``: each node's parent, a root its
    own), halving the path on the way."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _parts(n: int, scored: tuple[np.ndarray, np.ndarray, np.ndarray]
           ) -> Iterator[tuple[list[int], dict[tuple[int, int], float]]]:
    """The connected parts of the scored edges among n articles: each part's articles
    (ascending) and its edges (in the order given), parts in the order of their first
    article. Articles with no edge are in none."""
    ii, jj, ss = scored
    parent = list(range(n))
    root = partial(union_root, parent)
    for i, j in zip(ii.tolist(), jj.tolist()):
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    if not len(ii):
        return
    members: dict[int, list[int]] = {}
    for x in range(n):
        members.setdefault(root(x), []).append(x)
    part = np.empty(n, np.int64)  # each article's part, named by its first (smallest) article
    for r, xs in members.items():
        part[xs] = r
    of_edge = part[ii]
    order = np.argsort(of_edge, kind="stable")  # each part's edges in the order given
    bounds = np.flatnonzero(np.r_[True, of_edge[order][1:] != of_edge[order][:-1], True])
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        at = order[lo:hi]
        yield members[int(of_edge[at[0]])], dict(zip(zip(ii[at].tolist(), jj[at].tolist()), ss[at].tolist()))


@lru_cache(maxsize=1)
def _key_roles() -> frozenset[str]:
    """The people whose names tell one incident from another (data/accounts.json ``key_roles``:
    victims, suspects, relatives, acquaintances and witnesses; not officials or reporters)."""
    return frozenset(load("accounts")["key_roles"]["roles"])


def keys_of(claims: Iterable[Claim]) -> frozenset[str]:
    """What a source's claims name that one story has and another seldom does: the victims,
    suspects, relatives and witnesses its ``person`` claims name with a first and a last name (as those two,
    lower-cased: 'Corwin M. DeLacey' is 'corwin delacey'), and the addresses (street
    and block, ``address:`` keys) of its ``fact`` claims, and the victims' ages (``age:``
    keys: told apart, never a reason to join)."""
    out = {_first_last(c.name) for c in claims
           if c.kind == "person" and c.role in _key_roles() and c.name and len(c.name.split()) > 1}
    out |= {f"address:{c.noun}:{c.value.low:g}" if c.value else f"address:{c.noun}:" for c in claims
            if c.kind == "fact" and c.measure == "address" and c.noun}
    out |= {f"age:{c.age:g}" for c in claims if c.kind == "person" and c.role == "victim" and c.age is not None}
    return frozenset(out)


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    """Generational suffixes ('Jr.', 'III'): not a surname (data/persons.json, name_parts)."""
    return frozenset(w.replace(".", "") for w in load("persons")["name_parts"]["suffixes"])


def _first_last(name: str) -> str:
    words = name.replace(".", "").replace(",", "").lower().split()
    while len(words) > 2 and words[-1] in _suffixes():
        words.pop()
    return f"{words[0]} {words[-1]}"


def _counts(acc: Account | None) -> dict[str, float]:
    """The closed counts of the dead and the wounded an account gives."""
    if acc is None:
        return {}
    return {t.measure: t.value.low for t in acc.tolls
            if t.measure in ("killed", "injured") and t.value.is_point and t.how in COUNTS}


def _score(cosine: float, rare: int, keys: tuple[frozenset[str], frozenset[str]],
           counts: tuple[Mapping[str, float], Mapping[str, float]],
           years: tuple[frozenset[int], frozenset[int]]) -> float:
    """The texts' cosine, raised when they share ``rare`` words that few articles have (at
    least :data:`RARE_SHARED`), moved by what the two accounts say of the incident: the same victim,
    suspect or address (+), addresses or victims' ages that all differ (-), the same or another
    closed count of the dead or the wounded (+ / -), years named and none in common (-)."""
    s = cosine
    (a, b), (ca, cb), (ya, yb) = keys, counts, years
    weak = cosine < BONUS_FLOOR
    if rare >= RARE_SHARED and not weak:
        s += RARE_BONUS
    if _share_key(a, b):
        s += KEY_BONUS
    for kind, miss in (("address:", ADDRESS_MISS), ("age:", AGE_MISS)):
        ka, kb = {k for k in a if k.startswith(kind)}, {k for k in b if k.startswith(kind)}
        if ka and kb and not ka & kb:
            s -= miss
    shared = ca.keys() & cb.keys()
    if any(ca[m] != cb[m] for m in shared):
        s -= TOLL_MISS
    if any(ca[m] == cb[m] for m in shared) and not weak:
        s += TOLL_SAME
    if ya and yb and not ya & yb:
        s -= YEAR_MISS
    return s


#: two names or two streets are one when rapidfuzz's ratio of their spellings is at least
#: this (names: and the same initials; addresses: and the same block): 'Shakyra Moll' and
#: 'Shakeyra Moll', 'Quarrystone Ridge Lane' and 'Quarystone Ridge' (one outlet's misspelling).
#: On gva-dev mixed, even F1 0.942 -> 0.944, odd 0.945 -> 0.946 (85 to 90 alike on even)
FUZZY_KEY = 90


def _share_key(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name the same victim, suspect, relative, witness or address, spelled alike."""
    if any(not k.startswith("age:") for k in a & b):
        return True
    (na, aa), (nb, ab) = _split_keys(a), _split_keys(b)
    if any(_same_name(x, y) for x in na for y in nb):
        return True
    return any(bx and ax == bx and fuzz.partial_ratio(ay, by) >= FUZZY_KEY for ay, ax in aa for by, bx in ab)


@lru_cache(maxsize=1 << 16)
def _split_keys(keys: frozenset[str]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A source's keys as its names and its addresses (street, block)."""
    names = tuple(k for k in keys if ":" not in k)
    addresses = tuple((k.split(":")[1], k.split(":")[2]) for k in keys if k.startswith("address:"))
    return names, addresses


def _same_name(x: str, y: str) -> bool:
    """Two first-and-last names spelled alike: the same initials, and rapidfuzz's ratio of
    the whole at least :data:`FUZZY_KEY` ('Gerald Whitcomb' and 'Gerald Whitcmb')."""
    x, y = x.replace("'", "").replace("’", ""), y.replace("'", "").replace("’", "")
    fx, _, lx = x.partition(" ")
    fy, _, ly = y.partition(" ")
    return fx[:1] == fy[:1] and lx[:1] == ly[:1] and fuzz.ratio(x, y) >= FUZZY_KEY


def _why(members: list[int], arts: Sequence[Article], edges: Mapping[tuple[int, int], float],
         signatures: Mapping[str, Signature], accounts: Mapping[str, Account], vec: _Vectors) -> tuple[Link, ...]:
    """The links of a maximum spanning tree of the group's candidate edges (``edges``: at
    least those inside the group): each member tied to the group by its strongest link,
    with what the two share."""
    if len(members) < 2:
        return ()
    inside = set(members)
    es = sorted(((s, i, j) for (i, j), s in edges.items() if i in inside and j in inside), reverse=True)
    parent = {m: m for m in members}
    root = partial(union_root, parent)
    links = []
    for s, i, j in es:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        parent[ri] = rj
        links.append(_link(arts[i], arts[j], s, signatures, accounts))
    return tuple(links)


def _link(a: Article, b: Article, similarity: float, signatures: Mapping[str, Signature],
          accounts: Mapping[str, Account]) -> Link:
    sa, sb = signatures.get(a.id), signatures.get(b.id)
    names: tuple[str, ...] = ()
    if sa is not None and sb is not None:
        names = tuple(sorted(sa.names & sb.names))[:WHY_NAMES]
    aa, ab = accounts.get(a.id), accounts.get(b.id)
    place = aa.place if aa is not None and ab is not None and aa.place and aa.place == ab.place else None
    dates = tuple(sorted({x.date for x in (aa, ab) if x is not None and x.date}))
    return Link((a.id, b.id), round(similarity, 3), names, place, dates)

"""Scalable alignment: the same groups as pairing every unit with every other, and
near-linear work on large claim sets (no model needed)."""

from __future__ import annotations

import random
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import align as A
from reconcile.records import Claim, Interval, Scope


def reference_align(claims, aliases=None):
    """The all-pairs algorithm: every pair of sources, every pair of their units."""
    aliases = {A.norm_text(k): A.norm_text(v) for k, v in (aliases or {}).items()}
    blocks = defaultdict(list)
    for c in claims:
        if c.kind == "quantity" and c.measure is None and not c.noun:
            continue
        blocks[A._block_key(c)].append(c)
    groups = []
    for key in sorted(blocks):
        units = A._units(blocks[key], aliases)
        parent = list(range(len(units)))
        weakest = [1.0] * len(units)

        def find(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        by_source = defaultdict(list)
        for i, u in enumerate(units):
            by_source[u.source].append(i)
        sources = sorted(by_source)
        for si, s1 in enumerate(sources):
            for s2 in sources[si + 1:]:
                cands = []
                for i in by_source[s1]:
                    for j in by_source[s2]:
                        sc = A._best_pair(units[i], units[j], aliases)
                        if sc is not None and sc >= (A.PAIR_THRESHOLD if key[0] == "quantity" else 0):
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
        members = defaultdict(list)
        for i in range(len(units)):
            members[find(i)].append(i)
        for root, idxs in members.items():
            us = tuple(units[i] for i in idxs)
            measure = us[0].claims[0].measure if key[0] == "quantity" else None
            groups.append(A.Group(key[0], measure, us, min(1.0, weakest[root])))
    groups.sort(key=lambda g: min((c.source, c.start) for c in g.claims))
    return groups


def shape(groups):
    return sorted((tuple(sorted(c.id for c in g.claims)), round(g.score, 9)) for g in groups)


PLACES = [None, "Iraq", "Syria", "Al Asad airbase", "Ain al-Asad Air Base", "Chicago"]
TIMES = [None, "last night", "since Oct. 17", "on Friday", "Friday"]
WORDS = ["police", "said", "people", "were", "killed", "injured", "shooting", "street", "night",
         "officials", "reported", "attack", "troops", "base", "hospital"]
MEASURES = ["killed", "injured", "attacks"]
SPEAKERS = [None, "Sabrina Singh", "Singh", "Pat Ryder", "police"]
QUOTES = ["we can confirm an attack last night by militias", "I can confirm an attack last night",
          "the shooter is still at large and we ask for help", "we are still looking for the shooter",
          "nobody was hurt in the second blast"]


@st.composite
def claim_sets(draw):
    out = []
    for src in draw(st.lists(st.sampled_from("abcde"), min_size=1, max_size=5, unique=True)):
        for n in range(draw(st.integers(0, 6))):
            kind = draw(st.sampled_from(["quantity", "quantity", "quote", "role"]))
            # a word of its own in every sentence: no two claims are exact copies here
            sentence = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8))) + f" x{src}{n}"
            common = dict(id=f"{src}:{kind}{n}", source=src, path=f"{src}.txt", kind=kind, start=n * 10,
                          end=n * 10 + 5, line=1, sentence=sentence)
            if kind == "quantity":
                v = draw(st.integers(0, 12))
                lo = draw(st.sampled_from([v, max(0, v - 3)]))
                out.append(Claim(**common, text=str(v), value=Interval(v, lo, v), measure=draw(st.sampled_from(MEASURES)),
                                 noun=draw(st.sampled_from([None, "people", "injuries", "times"])),
                                 scope=Scope(draw(st.sampled_from(PLACES)), draw(st.sampled_from(TIMES)),
                                             draw(st.booleans()), draw(st.booleans()))))
            elif kind == "quote":
                # a mark of its own too (exact copies are one node: test_syndicated_copies...)
                text = draw(st.sampled_from(QUOTES)) + f" {src}{n}"
                out.append(Claim(**{**common, "sentence": text}, text=text, speaker=draw(st.sampled_from(SPEAKERS)),
                                 cue="said", direct=True))
            else:
                out.append(Claim(**common, text="t", person=draw(st.sampled_from(SPEAKERS[1:])),
                                 title=draw(st.sampled_from(["spokesman", "press secretary"]))))
    return out


@settings(max_examples=150, deadline=None)
@given(claim_sets())
def test_same_groups_as_all_pairs(claims):
    assert shape(A.align(claims)) == shape(reference_align(claims))


def _copy(c, src):
    return Claim.from_dict({**c.to_dict(), "id": c.id.replace(c.source, src, 1), "source": src,
                            "path": f"{src}.txt"})


def test_syndicated_copies_form_one_group():
    base = [Claim(id="a:quantity1", source="a", path="a.txt", kind="quantity", start=0, end=1, text="3",
                  sentence="Police said 3 people were killed on Elm Street.", line=1,
                  value=Interval(3, 3, 3), measure="killed", noun="people", scope=Scope("Elm Street")),
            Claim(id="a:quantity2", source="a", path="a.txt", kind="quantity", start=5, end=6, text="5",
                  sentence="Five others were injured.", line=2, value=Interval(5, 5, 5),
                  measure="injured", noun="others", scope=Scope())]
    claims = base + [_copy(c, f"s{i:03d}") for i in range(60) for c in base]
    groups = A.align(claims)
    assert sorted(len(g.sources) for g in groups) == [61, 61]
    assert shape(groups) == shape(reference_align(claims))


def test_large_block_scores_only_pairs_that_share_a_key(monkeypatch):
    calls = 0
    real = A._node_score

    def counting(*a, **k):
        nonlocal calls
        calls += 1
        return real(*a, **k)

    monkeypatch.setattr(A, "_node_score", counting)
    claims = []
    for i in range(3000):  # 3,000 sources, each with a figure about its own street
        claims.append(Claim(id=f"s{i}:quantity1", source=f"s{i}", path=f"s{i}.txt", kind="quantity", start=0,
                            end=1, text="2", sentence=f"Police said 2 people were killed on street{i // 2}.",
                            line=1, value=Interval(2, 2, 2), measure="killed", noun="people", scope=Scope()))
    groups = A.align(claims)
    assert calls < 20 * len(claims)  # all pairs would be 4.5 million
    # the two reports of each street found each other
    assert sorted(len(g.sources) for g in groups) == [2] * 1500


def _name(i, k=0):
    """A made-up word of 9 letters, unlike the others (no two fuzzily the same)."""
    rng = random.Random(i * 7 + k)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(9))


def _quote(src, i, text, speaker="Ali Hassan"):
    return Claim(id=f"{src}:quote{i}", source=src, path=f"{src}.txt", kind="quote", start=i * 50, end=i * 50 + 40,
                 text=text, sentence=text, line=i + 1, speaker=speaker, cue="said", direct=True)


def _figure(src, i, value, place, time=None):
    return Claim(id=f"{src}:quantity{i}", source=src, path=f"{src}.txt", kind="quantity", start=i * 50,
                 end=i * 50 + 2, text=str(value), sentence=f"Police said {value} people were killed in {place}.",
                 line=i + 1, value=Interval(value, value, value), measure="killed", noun="people",
                 scope=Scope(place, time))


def _count(monkeypatch, name):
    calls = [0]
    real = getattr(A, name)

    def counting(*a, **k):
        calls[0] += 1
        return real(*a, **k)

    monkeypatch.setattr(A, name, counting)
    return calls


def test_statements_of_one_source_merge_in_near_linear_work(monkeypatch):
    """Issue 15: thousands of claims in one article. A figure is compared only with the
    source's statements of the same value; quotes, past SMALL_SOURCE statements, only
    with a few that share a rare word: not every earlier statement."""
    n = 3000
    calls = _count(monkeypatch, "_same_statement")
    figures = [_figure("a", i, i, _name(i % 50).title()) for i in range(n)]
    assert len(A._units(figures, {})) == n
    assert calls[0] == 0  # every value differs: nothing to compare
    calls[0] = 0
    quotes = [_quote("a", i, " ".join(_name(i, k) for k in range(5))) for i in range(n)]
    quotes.append(_quote("a", n, quotes[7].text))  # said again
    units = A._units(quotes, {})
    assert len(units) == n and len(units[7].claims) == 2
    assert calls[0] <= A.SMALL_SOURCE ** 2 / 2 + (A.MAX_CANDIDATES + 1) * n  # all pairs: 4.5 million


def test_two_sources_with_thousands_of_claims_align_in_near_linear_work(monkeypatch):
    """Each node is scored against at most MAX_CANDIDATES nodes of other sources, the
    ones sharing its rarest keys (here a place), not every node sharing a common one
    (here a night that 180 claims name): the reports of each place still find each other."""
    n = 3000
    calls = _count(monkeypatch, "_node_score")
    claims = [_figure(src, i, i + 1 + (src == "b"), _name(i).title(), f"{_name(i // 90, 1)} night")
              for src in "ab" for i in range(n)]
    groups = A.align(claims)
    assert calls[0] <= A.MAX_CANDIDATES * 2 * n  # all pairs: 18 million
    assert sorted(len(g.sources) for g in groups) == [2] * n
    assert all(len({c.scope.place for c in g.claims}) == 1 for g in groups)

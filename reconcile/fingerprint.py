"""Stable fingerprints: what a finding is about, not where it was read.

A finding's fingerprint hashes

- its kind and measure;
- its normalised scope: the places (through :func:`~reconcile.align.place_key`, so
  "Ain al-Asad Air Base" and "Al Asad airbase" are one place, and through the name
  aliases) and times ("Oct. 17" = "october 17") its claims are scoped by, as the
  articles word them;
- the set of *facts* it holds, one per source and statement: the source (its outlet,
  else its file name without folder or extension) with the figure's interval, the
  quote's speaker and words, the person and title, or the person's name with the
  attribute the finding is about (a person finding's age, outcome, ...).

Line numbers, character offsets, claim ids, the order of claims and sources, the case
of words, punctuation and whitespace play no part, so reflowing an article or editing
an unrelated paragraph leaves its findings' fingerprints as they were (as long as the
same claims are extracted: spaCy's parse can move with whitespace, see docs/ci.md,
"Fingerprints"); a figure that
moves, a speaker that changes or a source that joins gives a new fingerprint.

The calendar days a time is resolved to (``Scope.date``, "last night" in a story of 9
January = 8 January) are left out on purpose. They are derived, not written: they
depend on the publication date in the article's metadata (which outlets correct and
re-stamp) and on dateparser's reading of the words (which a library upgrade may
change), so hashing them would turn a metadata fix or an upgrade into a "new" finding
that a baseline no longer suppresses. They add nothing to tell findings apart either:
alignment already uses them to keep claims about different days out of one finding,
and findings it separates so differ in their sources' facts or time words (if ever they
did not, the collision rule below tells them apart).

Fingerprints are 32 hex digits (128 bits of SHA-256); a finding's ``id`` is the first
12. Two findings with the same facts in one report (rare: the same source saying the
same thing twice in unmerged claims) are told apart by their sentences' words, then by
a counter, both independent of position.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .records import Article, Claim, _num
from .text.names import norm_name, norm_text, normalise_aliases, normalise_time, place_key

#: Bumped when the recipe changes, so old baselines are not silently misread.
VERSION = "reconcile-fp/2"
LENGTH = 32
ID_LENGTH = 12


def source_key(article: Article) -> str:
    """How a source is named in fingerprints: its outlet from metadata, else its file name
    without folder or extension (a multi-article file keeps its ``[i]``/``:line`` suffix). An
    outlet read from the article's own lines (``outlet_from``) is not used: a baseline saved
    before reconcile read it stays valid, and two pages of one wire or station stay apart."""
    if article.outlet and article.outlet.strip() and not article.outlet_from:
        return "outlet:" + norm_text(article.outlet)
    return "file:" + os.path.basename(article.id).lower()


def default_key(claim: Claim) -> str:
    """The source key when no article record is at hand (no outlet known)."""
    return "file:" + os.path.basename(claim.source).lower()


def _value(c: Claim) -> str:
    v = c.value
    if v is None:
        return "?"
    return json.dumps([_num(v.nominal), _num(v.low), _num(v.high)])


#: a person finding's measures that name one of the person claim's attributes
PERSON_ATTRIBUTES = ("age", "gender", "role", "outcome", "condition")


def fact(c: Claim, key: str, aliases: Mapping[str, str] | None = None,
         measure: str | None = None) -> tuple[str, ...]:
    """One source's statement, as it enters the fingerprint. A person is the name the source
    gives them (or none) with the attribute the finding is about (``measure``), so two
    findings on the same attribute of two people between the same sources differ."""
    if c.kind == "person":
        attr = getattr(c, measure) if measure in PERSON_ATTRIBUTES else None
        return (key, "person", norm_name(c.name, aliases) if c.name else "", "" if attr is None else str(attr))
    if c.kind == "quantity":
        return (key, _value(c))
    if c.kind == "quote":
        return (key, norm_name(c.speaker, aliases) if c.speaker else "", norm_text(c.text))
    if c.kind == "fact":
        return (key, c.measure or "", c.noun or "", _value(c))
    return (key, norm_name(c.person, aliases), norm_text(c.title))


def scope(claims: Iterable[Claim], aliases: Mapping[str, str] | None = None) -> tuple[list[str], list[str]]:
    places, times = set(), set()
    for c in claims:
        if c.kind != "quantity" or c.scope is None:
            continue
        p = place_key(c.scope.place, aliases)
        if p:
            places.add(p)
        t = normalise_time(c.scope.time)
        if t:
            times.add(t)
    return sorted(places), sorted(times)


def basis(kind: str, measure: str | None, claims: Sequence[Claim],
          keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None) -> str:
    """The canonical text a fingerprint hashes (JSON, so it can be inspected)."""
    aliases = normalise_aliases(dict(aliases or {}))
    facts = sorted({fact(c, (keys or {}).get(c.source) or default_key(c), aliases, measure) for c in claims})
    places, times = scope(claims, aliases)
    return json.dumps([VERSION, kind, measure or "", places, times, [list(f) for f in facts]],
                      ensure_ascii=False, separators=(",", ":"))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:LENGTH]


def short(fp: str) -> str:
    return fp[:ID_LENGTH]


def _words(claims: Sequence[Claim]) -> str:
    return json.dumps(sorted({norm_text(c.sentence) for c in claims}), ensure_ascii=False)


def assign(items: Sequence[tuple[str, Sequence[Claim]]]) -> list[str]:
    """Fingerprints for ``(basis, claims)`` items, unique within the list.

    Items with the same basis are told apart by the words of their sentences, then
    (same words too) by a counter; neither depends on offsets.
    """
    out = [digest(b) for b, _ in items]
    for salt in (lambda i, n: _words(items[i][1]), lambda i, n: str(n)):
        same: dict[str, list[int]] = defaultdict(list)
        for i, fp in enumerate(out):
            same[fp].append(i)
        for fp, idxs in same.items():
            if len(idxs) > 1:
                for n, i in enumerate(idxs, 1):
                    out[i] = digest(f"{fp}#{salt(i, n)}")
    return out

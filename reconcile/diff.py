"""``reconcile diff OLD NEW``: what changed between two source sets.

Each side is a folder of articles (checked with the pipeline) or a saved JSON report
(``reconcile check --format json``). Findings are matched in two passes:

1. by fingerprint: the same fingerprint is the same finding; if its status differs
   (a newer release judged it otherwise), it is *changed*;
2. the rest by topic: same kind and measure, compatible scope and a source in common
   for figures; the same words (rapidfuzz, as alignment does) for quotes; the same
   person for titles. Best pairs first, one to one. Such a pair is *changed* (a value
   moved, a source joined or left, the status changed).

What is left is *new* (only in NEW) or *gone* (only in OLD). The run fails (exit 1)
when something is newly at or above ``--fail-on``: a new finding there, or a changed
one that reached it (a difference that became a conflict).
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, replace

from . import describe, saved
from . import fingerprint as fp
from .align import QUOTE_THRESHOLD, norm_text, normalise_aliases, quote_similarity, same_person
from .baseline import matches
from .records import FAILING, STATUS_ORDER, Claim, Finding, Report

RANK = {s: i for i, s in enumerate(STATUS_ORDER)}  # 0 = worst


@dataclass(frozen=True)
class Side:
    label: str  # the path as given
    report: Report
    saved: bool  # read from a saved JSON report (no article text: no columns)

    @property
    def claims(self) -> dict[str, Claim]:
        return describe.by_id(self.report)


@dataclass(frozen=True)
class Change:
    old: Finding
    new: Finding
    what: tuple[str, ...]  # one line each: "status: differ -> conflict", "Reuters: 8 -> 10"

    @property
    def worse(self) -> bool:
        return RANK[self.new.status] < RANK[self.old.status]

    @property
    def better(self) -> bool:
        return RANK[self.new.status] > RANK[self.old.status]


@dataclass(frozen=True)
class Diff:
    old: Side
    new: Side
    added: tuple[Finding, ...]
    gone: tuple[Finding, ...]
    changed: tuple[Change, ...]
    unchanged: int
    ignored: int = 0

    def failing(self, fail_on: str) -> list[Finding]:
        """What is newly at or above ``fail_on``: new findings there, and changed ones
        that reached it (a difference that became a conflict). A conflict whose figures
        moved is still the conflict it was."""
        bad = FAILING[fail_on]
        out = [f for f in self.added if f.status in bad]
        out += [c.new for c in self.changed if c.new.status in bad and c.old.status not in bad]
        return out

    def summary(self) -> dict[str, int]:
        return {"new": len(self.added), "changed": len(self.changed), "gone": len(self.gone),
                "unchanged": self.unchanged, "ignored": self.ignored}


# ---------------------------------------------------------------- sides

def saved_side(path: str | os.PathLike[str], aliases: dict[str, str] | None = None) -> Side:
    """A side of a diff read from a saved JSON report (:func:`reconcile.saved.read`,
    which raises :class:`reconcile.saved.NotAReport` for a broken one), fingerprinted
    if it was saved without."""
    return Side(str(path), with_fingerprints(saved.read(path), aliases), saved=True)


def source_keys(report: Report) -> dict[str, str]:
    return {a.id: fp.source_key(a) for a in report.articles}


def with_fingerprints(report: Report, aliases: dict[str, str] | None = None) -> Report:
    """Fill in fingerprints a saved report lacks, from its claims."""
    if all(f.fingerprint for f in report.findings):
        return report
    claims = describe.by_id(report)
    keys = source_keys(report)
    items = [(fp.basis(f.kind, f.measure, [claims[i] for i in f.claims], keys, aliases),
              [claims[i] for i in f.claims]) for f in report.findings]
    prints = fp.assign(items)
    return replace(report, findings=tuple(replace(f, fingerprint=p, id=fp.short(p))
                                          for f, p in zip(report.findings, prints)))


# ---------------------------------------------------------------- matching

def _facts(f: Finding, side: Side, keys: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Source key -> what it says (sorted, unique), for describing changes."""
    claims = side.claims
    out: dict[str, set[str]] = defaultdict(set)
    for i in f.claims:
        c = claims[i]
        out[keys.get(c.source) or fp.default_key(c)].add(describe.value(c))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _quoted(f: Finding, side: Side, keys: dict[str, str]) -> dict[str, str]:
    """Source key -> the words it quotes (quotes only)."""
    out: dict[str, str] = {}
    for i in f.claims:
        c = side.claims[i]
        out.setdefault(keys.get(c.source) or fp.default_key(c), c.text)
    return out


def _names(side: Side, keys: dict[str, str]) -> dict[str, str]:
    names = describe.source_names(side.report)
    return {keys[sid]: names[sid] for sid in names if sid in keys}


def _topic_score(a: Finding, b: Finding, old: Side, new: Side, ka: dict[str, str],
                 kb: dict[str, str], aliases: dict[str, str]) -> float | None:
    if a.kind != b.kind or a.measure != b.measure:
        return None
    ca = [old.claims[i] for i in a.claims]
    cb = [new.claims[i] for i in b.claims]
    sa = {ka.get(c.source) or fp.default_key(c) for c in ca}
    sb = {kb.get(c.source) or fp.default_key(c) for c in cb}
    common_sources = len(sa & sb)
    if a.kind == "quantity":
        (pa, ta), (pb, tb) = fp.scope(ca, aliases), fp.scope(cb, aliases)
        if (pa and pb and not set(pa) & set(pb)) or (ta and tb and not set(ta) & set(tb)):
            return None
        if not common_sources:
            return None
        return common_sources + 0.5 * (pa == pb) + 0.5 * (ta == tb)
    if a.kind == "quote":
        sim = max(quote_similarity(x.text, y.text) for x in ca for y in cb)
        if sim < QUOTE_THRESHOLD:
            return None
        return sim / 100 + 0.01 * common_sources
    if a.kind == "fact":
        return common_sources + 0.5 * ({c.noun for c in ca} == {c.noun for c in cb}) if common_sources else None
    if any(same_person(_who(x), _who(y), aliases) for x in ca for y in cb if _who(x) and _who(y)):
        return 1.0 + 0.01 * common_sources
    return None


def _who(c) -> str | None:
    """The person a claim is about: a role's or quote's person, a person claim's name (a
    person finding on a name or an age pairs with the same person's finding: the review of
    session 53 found one shown both new and gone when a source joined)."""
    return c.person or getattr(c, "name", None)


def _describe(a: Finding, b: Finding, old: Side, new: Side, ka, kb) -> tuple[str, ...]:
    what = []
    if a.status != b.status:
        what.append(f"status: {a.status} -> {b.status}")
    fa, fb = _facts(a, old, ka), _facts(b, new, kb)
    names = {**_names(old, ka), **_names(new, kb)}
    for key in sorted(set(fa) | set(fb), key=lambda k: names.get(k, k)):
        name = names.get(key, key.split(":", 1)[-1])
        if key not in fa:
            what.append(f"{name} joined: {'; '.join(fb[key])}")
        elif key not in fb:
            what.append(f"{name} left (said {'; '.join(fa[key])})")
        elif fa[key] != fb[key]:
            what.append(f"{name}: {'; '.join(fa[key])} -> {'; '.join(fb[key])}")
    if b.kind == "quote":
        qa, qb = _quoted(a, old, ka), _quoted(b, new, kb)
        for key in sorted(set(qa) & set(qb), key=lambda k: names.get(k, k)):
            if norm_text(qa[key]) != norm_text(qb[key]):
                sim = quote_similarity(qa[key], qb[key])
                what.append(f"{names.get(key, key)}: quoted words changed ({sim:.0f}% similar)")
    if not what:
        what.append("wording or scope changed")
    return tuple(what)


def diff(old: Side, new: Side, aliases: dict[str, str] | None = None,
         ignore: tuple[str, ...] = ()) -> Diff:
    aliases = normalise_aliases(aliases)
    ka, kb = source_keys(old.report), source_keys(new.report)
    ignored = 0
    olds, news = [], []
    for f in old.report.findings:
        if ignore and matches(f, ignore):
            continue
        olds.append(f)
    for f in new.report.findings:
        if ignore and matches(f, ignore):
            ignored += 1
            continue
        news.append(f)
    changed: list[Change] = []
    unchanged = 0
    by_print = {f.fingerprint: f for f in olds}
    rest_new = []
    matched_old: set[str] = set()
    for f in news:
        o = by_print.get(f.fingerprint)
        if o is None:
            rest_new.append(f)
            continue
        matched_old.add(o.fingerprint)
        if o.status == f.status:
            unchanged += 1
        else:
            changed.append(Change(o, f, _describe(o, f, old, new, ka, kb)))
    rest_old = [f for f in olds if f.fingerprint not in matched_old]
    cands = []
    for i, a in enumerate(rest_old):
        for j, b in enumerate(rest_new):
            s = _topic_score(a, b, old, new, ka, kb, aliases)
            if s is not None:
                cands.append((-s, a.fingerprint, b.fingerprint, i, j))
    cands.sort()
    used_old, used_new = set(), set()
    for _s, _fa, _fb, i, j in cands:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        a, b = rest_old[i], rest_new[j]
        changed.append(Change(a, b, _describe(a, b, old, new, ka, kb)))
    added = tuple(_ordered(f for j, f in enumerate(rest_new) if j not in used_new))
    gone = tuple(_ordered(f for i, f in enumerate(rest_old) if i not in used_old))
    changed.sort(key=lambda c: (RANK[c.new.status], c.new.kind, c.new.fingerprint))
    return Diff(old, new, added, gone, tuple(changed), unchanged, ignored)


def _ordered(findings) -> list[Finding]:
    return sorted(findings, key=lambda f: (RANK[f.status], f.kind, -round(f.confidence, 2), f.fingerprint))

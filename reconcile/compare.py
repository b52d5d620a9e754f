"""Comparison: label each aligned group agree, differ, conflict or unique, and say why.

Pure functions over :class:`~reconcile.align.Group`. The statuses (README, "Statuses"):

- ``conflict``: the figures' intervals cannot both hold, or the same words are given
  to different speakers;
- ``differ``: compatible but not the same: a vague count against a figure
  ("several" vs "eight"), a bound against a figure ("at least 3" vs "5"), a speaker
  named by one source only, a person's title given differently, a quote worded
  differently;
- ``agree``: the same figure (hedges that only round it, "approximately 62" and
  "nearly 62", count as the same figure), the same speaker, the same title;
- ``unique``: one source only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from . import fingerprint as fp
from .align import Group, norm_text, normalise_aliases, quote_similarity, same_person
from .extract import numbers
from .records import Claim, Finding, Interval, STATUS_ORDER

ROUNDING = {"approx", "below"}


def _quote(text: str, n: int = 70) -> str:
    t = " ".join(text.split())
    return f"“{t[:n].rstrip()}…”" if len(t) > n else f"“{t}”"


def _value_text(c: Claim) -> str:
    v = c.value or Interval(None, None, None)
    words = c.text.strip()
    rng = v.describe()
    return f"'{words}'" if words == rng else f"'{words}' ({rng})"


def _precision(c: Claim) -> str:
    """'exact', 'rounded', 'bound' or 'vague'."""
    if c.value is None or c.value.nominal is None:
        return "vague"
    kind = numbers.hedges().get(c.hedge or "")
    if c.hedge in (None, "singular", "no"):
        return "exact"
    if kind in ROUNDING:
        return "rounded"
    return "bound"


def _representative(claims: Iterable[Claim]) -> Claim:
    """A source's figure for the group: the narrowest interval it gives, then the first."""
    return min(claims, key=lambda c: ((c.value.width if c.value else float("inf")), c.start))


def _subject(g: Group) -> str:
    c = g.units[0].head
    if g.kind == "quantity":
        parts = [c.measure or (c.noun or "figure")]
        if c.noun and c.measure:
            parts[0] = f"{c.measure} ({c.noun})"
        sc = c.scope
        if sc and sc.place:
            parts.append(sc.place)
        if sc and sc.time:
            parts.append(sc.time)
        return " · ".join(parts)
    if g.kind == "quote":
        return _quote(c.text, 60)
    return c.person or "person"


def _confidence(g: Group, base: float) -> float:
    """Alignment strength times how firmly the claims were read."""
    conf = base * (g.score if len(g.units) > 1 else 1.0)
    for c in g.claims:
        if c.kind == "quantity":
            if c.hedge == "singular":
                conf *= 0.85
            if c.scope and (c.scope.place_inherited or c.scope.time_inherited):
                conf *= 0.95
        if c.kind == "quote" and c.speaker is None:
            conf *= 0.8
    return max(0.05, min(1.0, conf))


def judge_quantity(g: Group, names: dict[str, str]) -> tuple[str, str, float]:
    per_source = {}
    for u in g.units:
        per_source.setdefault(u.source, []).extend(u.claims)
    reps = {s: _representative(cs) for s, cs in per_source.items()}
    items = sorted(reps.items())
    for i, (s1, a) in enumerate(items):
        for s2, b in items[i + 1:]:
            if not a.value.overlaps(b.value):
                return ("conflict",
                        f"{names[s1]} gives {_value_text(a)} and {names[s2]} gives {_value_text(b)}: "
                        f"the ranges do not overlap.", 0.9)
    noms = {c.value.nominal for c in reps.values()}
    precs = {_precision(c) for c in reps.values()}
    if len(noms) == 1 and None not in noms and precs <= {"exact", "rounded"}:
        hedged = [f"{names[s]} says {_value_text(c)}" for s, c in items if c.hedge]
        x = Interval(next(iter(noms)), None, None)
        why = f"All {len(items)} sources give {x.nominal:g}" if len(items) > 2 else f"Both sources give {x.nominal:g}"
        why += f" ({'; '.join(hedged)})." if hedged else "."
        return "agree", why, 0.9
    if len(noms) == 1 and len(precs) == 1 and len({c.hedge for c in reps.values()}) == 1:
        return "agree", f"Every source says {_value_text(items[0][1])}.", 0.85
    detail = " vs ".join(f"{_value_text(c)} ({names[s]})" for s, c in items)
    return "differ", f"Compatible but not the same: {detail}.", 0.8


def judge_quote(g: Group, names: dict[str, str], aliases) -> tuple[str, str, float]:
    per_source: dict[str, Claim] = {}
    for u in g.units:
        per_source.setdefault(u.source, u.head)
    items = sorted(per_source.items())
    speakers = [(s, c.speaker) for s, c in items]
    named = [(s, sp) for s, sp in speakers if sp]
    for i, (s1, a) in enumerate(named):
        for s2, b in named[i + 1:]:
            if not same_person(a, b, aliases) and norm_text(a) != norm_text(b):
                return ("conflict",
                        f"The same words are attributed to {a} by {names[s1]} and to {b} by {names[s2]}.",
                        0.9)
    missing = [names[s] for s, sp in speakers if not sp]
    if missing:
        who = named[0][1] if named else "nobody"
        return ("differ", f"{', '.join(missing)} gives no speaker; "
                f"{'the others name ' + who if named else 'no source names one'}.", 0.6)
    texts = [c.text for _, c in items]
    sim = min(quote_similarity(texts[0], t) for t in texts[1:])
    if sim < 90:
        return ("differ", f"All attribute it to {named[0][1]}, but the wording differs "
                f"({sim:.0f}% similar).", 0.75)
    return "agree", f"All sources quote {named[0][1]} with the same words.", 0.9


def judge_role(g: Group, names: dict[str, str]) -> tuple[str, str, float]:
    per_source: dict[str, Claim] = {}
    for u in g.units:
        per_source.setdefault(u.source, u.head)
    items = sorted(per_source.items())
    titles = {s: c.title or "" for s, c in items}
    base = norm_text(titles[items[0][0]])
    if all(norm_text(t) == base for t in titles.values()):
        return "agree", f"Every source calls {items[0][1].person} '{titles[items[0][0]]}'.", 0.9
    detail = " vs ".join(f"'{titles[s]}' ({names[s]})" for s, _ in items)
    return "differ", f"{items[0][1].person} is given different titles: {detail}.", 0.8


def compare(groups: Iterable[Group], names: dict[str, str],
            aliases: dict[str, str] | None = None,
            keys: Mapping[str, str] | None = None) -> list[Finding]:
    """A finding per group, worst first, then by confidence and fingerprint.

    ``names`` names sources in reasons; ``keys`` names them in fingerprints (see
    :mod:`reconcile.fingerprint`; default: the file name without extension).
    """
    aliases = normalise_aliases(aliases)
    groups = list(groups)
    prints = fp.assign([(fp.basis(g.kind, g.measure, g.claims, keys, aliases), g.claims) for g in groups])
    out = []
    for g, print_ in zip(groups, prints):
        if len(g.sources) == 1:
            c = g.units[0].head
            what = (_value_text(c) if g.kind == "quantity" else
                    f"{_quote(c.text, 50)} ({c.speaker or 'speaker unknown'})" if g.kind == "quote"
                    else f"{c.person} as '{c.title}'")
            status, reason, base = "unique", f"Only {names[g.sources[0]]} reports {what}.", 0.9
        elif g.kind == "quantity":
            status, reason, base = judge_quantity(g, names)
        elif g.kind == "quote":
            status, reason, base = judge_quote(g, names, aliases)
        else:
            status, reason, base = judge_role(g, names)
        out.append(Finding(
            id=fp.short(print_), fingerprint=print_, status=status, kind=g.kind, measure=g.measure,
            subject=_subject(g), reason=reason, claims=tuple(c.id for c in g.claims),
            confidence=_confidence(g, base),
        ))
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    kind_order = {"quantity": 0, "quote": 1, "role": 2}
    return sorted(out, key=lambda f: (order[f.status], kind_order[f.kind], -f.confidence, f.id))

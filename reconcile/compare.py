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

import re
from collections.abc import Iterable, Mapping
from datetime import date

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


#: measures that only grow as an event is reported on (victims die of their wounds,
#: bodies are found, more people are detained): a higher figure in a later report is
#: an update, not a contradiction
CUMULATIVE = {"killed", "injured", "casualties", "shot", "arrested", "missing", "displaced", "kidnapped"}


def _later_report(a: Claim, b: Claim, s1: str, s2: str, published: Mapping[str, date | None]) -> tuple[str, str] | None:
    """(earlier source, later source) when the later-published source gives the higher
    figure of a cumulative measure; None otherwise."""
    d1, d2 = published.get(s1), published.get(s2)
    if a.measure not in CUMULATIVE:
        return None
    if d1 is None or d2 is None or d1 == d2:
        # no dates to order them: an explicit update ('the death toll rose to 5') that
        # gives the higher figure is still an update
        hi, lo, s_hi, s_lo = (a, b, s1, s2) if (a.value.low or 0) > (b.value.low or 0) else (b, a, s2, s1)
        if hi.hedge == "update" and (lo.value.high is not None and (hi.value.low or 0) > lo.value.high):
            return s_lo, s_hi
        return None
    early, late = (s1, s2) if d1 < d2 else (s2, s1)
    ce, cl = (a, b) if early == s1 else (b, a)
    lo_late = cl.value.low if cl.value.low is not None else cl.value.nominal
    hi_early = ce.value.high if ce.value.high is not None else float("inf")
    if lo_late is not None and lo_late > hi_early:
        return early, late
    return None


def judge_quantity(g: Group, names: dict[str, str],
                   published: Mapping[str, date | None] | None = None) -> tuple[str, str, float]:
    per_source = {}
    for u in g.units:
        per_source.setdefault(u.source, []).extend(u.claims)
    reps = {s: _representative(cs) for s, cs in per_source.items()}
    items = sorted(reps.items())
    updates = []
    for i, (s1, a) in enumerate(items):
        for s2, b in items[i + 1:]:
            if not a.value.overlaps(b.value):
                upd = _later_report(a, b, s1, s2, published or {})
                if upd is not None:
                    updates.append(upd)
                    continue
                return ("conflict",
                        f"{names[s1]} gives {_value_text(a)} and {names[s2]} gives {_value_text(b)}: "
                        f"the ranges do not overlap.", 0.9)
    if updates:
        early, late = updates[0]
        pub = published or {}
        if pub.get(late) is None or pub.get(early) is None or pub[late] == pub[early]:
            return ("differ",
                    f"Update: {names[late]} reports the toll rising to {_value_text(reps[late])} "
                    f"({reps[late].sentence[:80].strip()}…), higher than {_value_text(reps[early])} in "
                    f"{names[early]}; an update, not a contradiction.", 0.65)
        return ("differ",
                f"Later report: {names[late]} ({pub[late]:%Y-%m-%d}) gives {_value_text(reps[late])}, "
                f"higher than {_value_text(reps[early])} in {names[early]} ({pub[early]:%Y-%m-%d}); "
                f"a toll that rises between reports is an update, not a contradiction.", 0.7)
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


def _figures(text: str) -> list[str]:
    """The numbers a quotation states, as sorted values ('Two people ... 5 wounded' ->
    ['2', '5']); the order they come in is wording, not substance."""
    out = []
    for w in re.findall(r"[\w.,]+", text):
        w = w.strip(".,").lower()
        x = numbers.digits_value(w)
        if x is None and numbers.is_number_word(w):
            x = numbers.words_value([w])
        if x is not None:
            out.append(f"{x:g}")
    return sorted(out, key=float)


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
    figures = [_figures(t) for t in texts]
    if any(f != figures[0] for f in figures[1:]):
        detail = " vs ".join(f"{' '.join(f) or 'no figure'} ({names[s]})" for (s, _), f in zip(items, figures))
        return ("differ", f"All attribute it to {named[0][1]}, but the figures in the words differ: {detail}.",
                0.8)
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


def _spellings(g: Group) -> dict[str, str]:
    """Source -> the person's name as that source spells it, for quote and role groups."""
    out: dict[str, str] = {}
    for u in g.units:
        name = u.head.speaker if g.kind == "quote" else u.head.person
        if name:
            out.setdefault(u.source, name)
    return out


def name_findings(groups: Iterable[Group], names: dict[str, str], aliases) -> list[tuple[Group, str, str]]:
    """(group, reason, the name) for each person whose name sources spell differently
    ('Sherie Lash' / 'Cherie Lash Rhoades'); a surname alone against the full name is
    not a different spelling, and each pair of spellings is reported once."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for g in groups:
        if g.kind not in ("quote", "role") or len(g.sources) < 2:
            continue
        sp = _spellings(g)
        forms = {norm_text(v): v for v in sp.values()}
        if len(forms) < 2:
            continue
        vals = list(forms.values())
        if not all(same_person(a, b, aliases) for a in vals for b in vals):
            continue
        toks = [set(norm_text(v).split()) for v in vals]
        if any(x <= y or y <= x for i, x in enumerate(toks) for y in toks[i + 1:]):
            continue  # 'Singh' and 'Sabrina Singh': one is part of the other
        key = tuple(sorted(forms))
        if key in seen:
            continue
        seen.add(key)
        detail = " vs ".join(f"'{sp[s]}' ({names[s]})" for s in sorted(sp))
        out.append((g, f"The same person is spelled differently: {detail}.", vals[0]))
    return out


def compare(groups: Iterable[Group], names: dict[str, str],
            aliases: dict[str, str] | None = None,
            keys: Mapping[str, str] | None = None,
            published: Mapping[str, date | None] | None = None) -> list[Finding]:
    """A finding per group, worst first, then by confidence and fingerprint.

    ``names`` names sources in reasons; ``keys`` names them in fingerprints (see
    :mod:`reconcile.fingerprint`; default: the file name without extension);
    ``published`` gives each source's publication day, so that a higher toll in a
    later report is judged an update (``differ``) rather than a ``conflict``.
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
            status, reason, base = judge_quantity(g, names, published)
        elif g.kind == "quote":
            status, reason, base = judge_quote(g, names, aliases)
        else:
            status, reason, base = judge_role(g, names)
        out.append(Finding(
            id=fp.short(print_), fingerprint=print_, status=status, kind=g.kind, measure=g.measure,
            subject=_subject(g), reason=reason, claims=tuple(c.id for c in g.claims),
            confidence=_confidence(g, base),
        ))
    name_groups = name_findings(groups, names, aliases)
    name_prints = fp.assign([(fp.basis("name", None, g.claims, keys, aliases), g.claims) for g, _r, _n in name_groups])
    for (g, reason, who), print_ in zip(name_groups, name_prints):
        out.append(Finding(
            id=fp.short(print_), fingerprint=print_, status="differ", kind="name", measure=None,
            subject=who, reason=reason, claims=tuple(c.id for c in g.claims),
            confidence=_confidence(g, 0.7),
        ))
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    kind_order = {"quantity": 0, "quote": 1, "role": 2, "name": 3}
    return sorted(out, key=lambda f: (order[f.status], kind_order[f.kind], -f.confidence, f.id))

"""A small learnt ranker over the figures one source gives for one measure, tried and NOT
kept (issue 16, session 27, learn37): trained on gva-more alone it does not win on the
gva-dev halves it did not see, once it may not widen a toll to an open lower bound.

    python bench/toll_ranker.py dump --split /work/shared/eval/gva-more /tmp/learn37-more.jsonl
    python bench/toll_ranker.py dump --split /work/shared/eval/gva-dev  /tmp/learn37-dev.jsonl
    python bench/toll_ranker.py folds  /tmp/learn37-dev.jsonl /tmp/learn37-more.jsonl [--open]
    python bench/toll_ranker.py curves /tmp/learn37-dev.jsonl /tmp/learn37-more.jsonl [--open]

What it is. For one source and one measure (killed, injured) the candidates are the
rules' own toll (reconcile/accounts.py ``account``) and every distinct interval among the
source's quantity claims of the measure, set aside or not (the figures bench/accounts.py's
``account_*_if_best_claim_chosen`` ceiling chooses among). Each is described by features of
its claims, never article ids or words: where it is first met (headline, lead, first line,
order among the figures), how it was made (``toll_kind``: stated, sum, derived, named,
vague; the hedges 'at least', suicide, derived; written in digits or words), how many claims
and lines give it, why claims of it were set aside (another case, roundup, another place,
other), its shape (point, range, open, zero, size, above or below the rules' figure, the
largest or smallest), and, for the rules' own, how the rules made it. A logistic model
(numpy, L2 on every weight but the bias) scores switching from the rules' toll to another candidate
(features of both side by side: 'c_' the other, 'r_' the rules'), trained on the pairs where
exactly one of the two holds the registry's figure (score_accounts.py ``holds``); a switch is
made only where its score is above a margin. The l2 (0.01, 0.001, 0.0001) and the margin
(-2 to 4 by 0.1) are chosen by 5-fold cross-validation on the training set alone (folds by
incident id mod 5; most out-of-fold net wins, ties to the larger l2 and margin; the ranker
is off where no margin wins). ``dump`` builds each incident's report once from the claim
cache and writes the candidates' features and whether each holds the figure (no article
words); training and scoring then run on the dumps.

Figures (session 27, from 5f68bb8; dumps of gva-more 1,720 rows, gva-dev 3,544 rows;
base account even 0.904 / 0.837, odd 0.883 / 0.837; gva-more 0.937 / 0.871):

Closed candidates (the default: the ceiling's set; a switch never opens a toll):
  train gva-more (309 informative pairs, 26 of them right switches); CV: l2 0.001, margin 0.7,
  out-of-fold net +1 (noise)
    gva-more (in-sample)    killed 0.937 -> 0.937 (0 won, 0 lost)  injured 0.871 -> 0.876 (4, 0)
    gva-dev even (unseen)   killed 0.904 -> 0.904 (0, 0)           injured 0.837 -> 0.838 (1, 0)
    gva-dev odd (unseen)    killed 0.883 -> 0.883 (0, 0)           injured 0.837 -> 0.834 (1, 3)
  train gva-dev even -> odd: CV margin 2.0, no switch made; odd -> even: CV finds no margin
  that wins out of fold (off). gva-more + even -> odd: off; gva-more + odd -> even: margin
  0.1, no switch made on even.
  ``curves`` (diagnostic): wherever the gva-more model switches on gva-dev it loses
  (l2 0.001, margin 0: in-sample injured +8 (9 won / 1 lost), even -3 (1/4), odd -3 (2/5);
  l2 0.0001, margin 0: +11 (11/0), even -7 (1/8), odd -5 (3/8)). A conditional logit over
  each source's candidates instead of pairs (the rules' own and the closed others, with an
  'is the rules'' feature; tried outside this script) reads the same: a gva-more model, at
  margins 0 to 3, gives gva-dev even injured at most +1 and odd -1 to -4, killed 0.

``--open`` (the ranker may also switch to an open lower bound, 'at least N'):
  train gva-more (334 pairs, 42 right); CV: l2 0.001, margin 0.9
    gva-more (in-sample)    killed 0.937 -> 0.938 (1, 0)  injured 0.871 -> 0.876 (6, 2)
    gva-dev even (unseen)   killed 0.904 -> 0.909 (4, 0)  injured 0.837 -> 0.846 (7, 0)
    gva-dev odd (unseen)    killed 0.883 -> 0.883 (0, 0)  injured 0.837 -> 0.844 (7, 0)
  even -> odd: killed +10 (10/0), injured +3 (10/7); odd -> even: killed +8 (11/3), injured +11 (13/2).
  But it wins by widening: on gva-dev even it switches 86 tolls, 85 of them from a closed
  figure to an open bound at or below its floor ('2' -> 'at least 2'); 71 were right before
  and stay right (only wider), and 10 of its 11 wins are such widenings (one raises the
  floor). Odd: 89 switches, 87 such widenings, 74 right tolls made wider, 6 of 7 wins
  widenings. Within gva-dev the same: even -> odd switches 213 tolls, 199 of them widenings
  (175 right tolls made wider; 18 of its 20 wins widenings). An open toll holds every registry figure above its floor and disagrees with
  no higher figure of another source: the accounts say less, and the comparison of tolls
  loses its edge.
  Not a better choice; not kept.

Reading: the wins of ``--open`` are a ranker learning that a wider interval holds more
registry figures, not a better choice; in the closed candidate set (the ceiling's),
gva-more gives 26 switches that would have been right (of 309 informative pairs), too few
to learn from, and the model that wins in-sample loses on both unseen halves.
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL, eval_module  # noqa: E402
from reconcile.records import Claim, Interval, Toll  # noqa: E402

MEASURES = ("killed", "injured")
#: set-aside reasons grouped as one feature (roundup and another place have their own; the rest 'aside_other')
ANOTHER_CASE = frozenset(("other event", "recalled", "an earlier death", "an earlier death, named again",
                          "another year", "an earlier wound"))
KINDS = ("stated", "sum", "derived", "named", "vague")
#: may the ranker switch to an open lower bound ('at least 2')? (--open; off: the honest set)
OPEN = False


@dataclass(frozen=True)
class Candidate:
    """One figure a source gives for a measure, whether it is the rules' own, and its features."""

    value: Interval
    rules: bool
    features: dict[str, float]


def _key(v: Interval | None) -> tuple | None:
    return None if v is None else (v.low, v.high)


def candidates(measure: str, toll: Toll | None, claims: Sequence[Claim], aside: Mapping[str, str],
               kind: Callable[[Claim], str]) -> list[Candidate]:
    """The candidate tolls of ``measure`` for one source: the rules' own ``toll`` and every
    distinct figure (interval) among the source's quantity claims of the measure (``claims``,
    in reading order; ``aside`` their set-aside reasons by claim id), the figures the
    best-claim ceiling of bench/accounts.py chooses among. None where the rules give no
    toll: the ranker never adds one. ``kind`` tells how a claim's figure was made
    (accounts.toll_kind)."""
    if toll is None:
        return []
    cs = sorted((c for c in claims if c.kind == "quantity" and c.measure == measure and c.value is not None),
                key=lambda c: (c.start, c.end))
    groups: dict[tuple, list[Claim]] = {}
    for c in cs:
        groups.setdefault(_key(c.value), []).append(c)
    rules_key = _key(toll.value)
    keys = list(groups)
    if rules_key not in groups:
        keys.insert(0, rules_key)
    values = {k: groups[k][0].value if k in groups else toll.value for k in keys}
    los = [v.lo for v in values.values()]
    out = []
    for rank, k in enumerate(keys):
        sup = groups.get(k, [])
        f = _features(measure, values[k], sup, k == rules_key, toll, aside, kind, rank, los)
        out.append(Candidate(values[k], k == rules_key, f))
    return out


def _features(measure: str, v: Interval, sup: Sequence[Claim], rules: bool, toll: Toll,
              aside: Mapping[str, str], kind: Callable[[Claim], str], rank: int, los: Sequence[float]) -> dict[str, float]:
    """The features of one candidate (a sparse dict: absent is 0)."""
    killed = measure == "killed"
    f: dict[str, float] = {}
    if rules:
        f["rules_killed"] = float(killed)
        f[f"rules_how_{toll.how}"] = 1
        f["rules_no_claim"] = float(not sup)
    kept = [c for c in sup if c.id not in aside]
    why = [aside[c.id] for c in sup if c.id in aside]
    f["support"] = math.log1p(len(sup))
    f["support_kept"] = math.log1p(len(kept))
    f["support_killed"] = killed * math.log1p(len(sup))
    f["all_aside"] = float(bool(sup) and not kept)
    f["aside_another_case"] = float(any(w in ANOTHER_CASE for w in why))
    f["aside_roundup"] = float("roundup" in why)
    f["aside_place"] = float("another place" in why)
    f["aside_other"] = float(any(w not in ANOTHER_CASE and w not in ("roundup", "another place") for w in why))
    lines = [c.line for c in sup]
    if lines:
        f["headline"] = float(min(lines) == 1)
        f["lead"] = float(min(lines) <= 5)
        f["first_line"] = math.log1p(min(lines))
        f["lines"] = math.log1p(len(set(lines)))
    f["order"] = math.log1p(rank)
    f["first"] = float(rank == 0)
    kinds = {kind(c) for c in sup}
    for k in KINDS:
        if k in kinds:
            f[f"kind_{k}"] = 1
            if killed:
                f[f"kind_{k}_killed"] = 1
    hedges = [(c.hedge or "") for c in sup]
    f["hedge_at_least"] = float(any(h.startswith("at least") for h in hedges))
    f["hedge_suicide"] = float("suicide" in hedges)
    f["hedge_derived"] = float(any(h.startswith("derived") for h in hedges))
    f["stated_digits"] = float(any(c.stated for c in sup))
    f["open"] = float(v.high is None)
    f["range"] = float(v.high is not None and not v.is_point)
    f["value"] = math.log1p(max(v.lo, 0))
    f["zero"] = float(v.hi == 0)
    if not rules:
        f["above_rules"] = float(v.lo > toll.value.lo)
        f["below_rules"] = float(v.lo < toll.value.lo)
        f["above_rules_killed"] = killed * f["above_rules"]
    f["is_max"] = float(v.lo == max(los))
    f["is_min"] = float(v.lo == min(los))
    return f


def pair(own: Mapping[str, float], other: Mapping[str, float]) -> dict[str, float]:
    """The features of using ``other`` in place of the rules' own candidate: both
    candidates' features side by side ('c_' the other's, 'r_' the rules'), and a bias."""
    return {"bias": 1.0, **{f"c_{k}": x for k, x in other.items()}, **{f"r_{k}": x for k, x in own.items()}}


def score(f: Mapping[str, float], weights: Mapping[str, float]) -> float:
    return sum(weights.get(k, 0.0) * x for k, x in f.items())


def _allowed(c: dict) -> bool:
    """A candidate the ranker may switch to: not the rules' own, and closed unless --open."""
    return not c["rules"] and (OPEN or not c["f"].get("open"))


def dump(split: pathlib.Path, out: pathlib.Path, jobs: int) -> None:
    from reconcile import accounts, pipeline
    from reconcile.text.dates import parse_published

    sc = eval_module("score_accounts")
    opts = pipeline.Options(jobs=jobs, keep_text=False, one_event=False)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for d in sorted(p for p in split.iterdir() if p.is_dir()):
            gold = json.loads((d / "gold.json").read_text())
            rep = pipeline.reconcile([d], opts)
            scored = {a.source: {t.measure: t for t in a.tolls} for a in rep.accounts}
            by_path = {str(pathlib.Path(a.path).resolve()): a for a in rep.articles}
            for f in sorted(d.glob("*.txt")):
                art = by_path.get(str(f.resolve()))
                claims = [c for c in rep.claims if art is not None and c.source == art.id]
                acc = accounts.account(art.id, claims, parse_published(art.published)) if art else None
                own = {t.measure: t for t in acc.tolls} if acc else {}
                for m in MEASURES:
                    g = gold[f"num_{m}"]
                    t = scored.get(art.id, {}).get(m) if art else None
                    row = {"incident": d.name, "article": f.name, "measure": m, "gold": g,
                           "base_ok": bool(sc.holds(t.value.to_dict() if t else None, g)), "cands": []}
                    if acc is not None and (t is None) == (own.get(m) is None):
                        for c in candidates(m, own.get(m), claims, dict(acc.set_aside), accounts.toll_kind):
                            row["cands"].append({"f": c.features, "rules": c.rules,
                                                 "ok": bool(sc.holds(c.value.to_dict(), g))})
                    fh.write(json.dumps(row) + "\n")
                    n += 1
    print(f"{n} rows -> {out}")


def load_rows(paths, half: str | None = None) -> list[dict]:
    sc = eval_module("score_accounts")
    rows = []
    for p in paths:
        for line in open(p, encoding="utf-8"):
            r = json.loads(line)
            if sc.in_half(r["incident"], half):
                rows.append(r)
    return rows


#: the regularisation strengths and margins the cross-validation chooses among
L2S = (0.01, 0.001, 0.0001)
MARGINS = tuple(round(-2 + 0.1 * i, 1) for i in range(61))
FOLDS = 5


def _pairs(rows):
    """(pair features, the other holds the figure where the rules' does not) for every
    other candidate whose switch changes the score: one of the two holds it."""
    out = []
    for r in rows:
        own = next((c for c in r["cands"] if c["rules"]), None)
        for c in r["cands"] if own is not None else ():
            if _allowed(c) and c["ok"] != own["ok"]:
                out.append((pair(own["f"], c["f"]), c["ok"]))
    return out


def fit(rows, l2: float, steps: int = 3000) -> dict[str, float]:
    """Logistic regression on :func:`_pairs` (numpy, full-batch gradient steps, L2 on every
    weight but the bias)."""
    import numpy as np

    ps = _pairs(rows)
    names = sorted({k for f, _ in ps for k in f})
    idx = {k: i for i, k in enumerate(names)}
    X = np.zeros((len(ps), len(names)))
    y = np.array([float(ok) for _, ok in ps])
    for i, (f, _) in enumerate(ps):
        for k, v in f.items():
            X[i, idx[k]] = v
    reg = np.array([k != "bias" for k in names], dtype=float) * l2
    w = np.zeros(len(names))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w)))
        w -= X.T @ (p - y) / len(y) + reg * w
    return {k: round(float(x), 4) for k, x in zip(names, w) if abs(x) > 1e-6}


def decide(r: dict, weights: dict, margin: float):
    """(switched, holds) for one row: the best switch where it scores above ``margin``,
    else the rules' own toll."""
    sb = best_switch(r, weights)
    if sb is None or sb[0] <= margin:
        return False, r["base_ok"]
    return True, sb[1]["ok"]


def best_switch(r: dict, weights: dict):
    """(score, candidate) of the best switch of one row, or None."""
    own = next((c for c in r["cands"] if c["rules"]), None)
    others = [c for c in r["cands"] if _allowed(c)]
    if own is None or not others:
        return None
    return max(((score(pair(own["f"], c["f"]), weights), c) for c in others), key=lambda x: x[0])


def tally(rows, weights, margin) -> dict:
    out = {}
    for m in MEASURES:
        rs = [r for r in rows if r["measure"] == m]
        base = sum(r["base_ok"] for r in rs)
        got, won, lost = 0, 0, 0
        for r in rs:
            sw, ok = decide(r, weights, margin)
            got += ok
            won += sw and ok and not r["base_ok"]
            lost += sw and r["base_ok"] and not ok
        out[m] = {"n": len(rs), "base": round(base / max(1, len(rs)), 3), "ranked": round(got / max(1, len(rs)), 3),
                  "won": won, "lost": lost}
    return out


def _fold(r: dict, k: int) -> int:
    try:
        return int(r["incident"]) % k
    except ValueError:
        return sum(r["incident"].encode()) % k


def cross_validate(rows, k: int = FOLDS) -> tuple[float, float, int]:
    """(l2, margin, out-of-fold net wins): the pair chosen by k-fold cross-validation on the
    training rows (folds by incident id mod k): most net wins (articles right that were
    wrong, less the reverse) of the out-of-fold choices; ties go to the larger l2 (the
    simpler model), then the larger margin (fewer changes)."""
    best = (0, 0.0, 0.0)
    for l2 in L2S:
        scored = []
        for f in range(k):
            w = fit([r for r in rows if _fold(r, k) != f], l2)
            scored += [(r, sb) for r in rows if _fold(r, k) == f and (sb := best_switch(r, w)) is not None]
        for m in MARGINS:
            net = sum((c["ok"] and not r["base_ok"]) - (r["base_ok"] and not c["ok"]) for r, (s, c) in scored if s > m)
            if (net, l2, m) > best:
                best = (net, l2, m)
    net, l2, m = best
    return (l2, m, net) if net > 0 else (L2S[0], 99.0, 0)


def train(rows) -> dict:
    l2, margin, net = cross_validate(rows)
    return {"weights": fit(rows, l2), "margin": margin, "l2": l2, "cv_net": net,
            "pairs": len(_pairs(rows)), "switches_right": sum(ok for _, ok in _pairs(rows))}


def _line(t: dict) -> str:
    return " ".join(f"{m} {v['base']}->{v['ranked']} ({v['won']} won, {v['lost']} lost)" for m, v in t.items())


def folds(dev: str, more: str) -> None:
    """The held-out views: gva-more -> gva-dev even and odd (the shipped protocol), each
    gva-dev half -> the other, and gva-more with one gva-dev half -> the other half."""
    mo, ev, od = load_rows([more]), load_rows([dev], "even"), load_rows([dev], "odd")
    views = [("gva-more", mo, [("dev even", ev), ("dev odd", od)]), ("dev even", ev, [("dev odd", od)]),
             ("dev odd", od, [("dev even", ev)]), ("gva-more + dev even", mo + ev, [("dev odd", od), ("gva-more", mo)]),
             ("gva-more + dev odd", mo + od, [("dev even", ev), ("gva-more", mo)])]
    for name, tr, tests in views:
        model = train(tr)
        print(f"train on {name}:", json.dumps({k: v for k, v in model.items() if k != "weights"}))
        print("    in-sample:", _line(tally(tr, model["weights"], model["margin"])))
        for tn, te in tests:
            print(f"    {tn}:", _line(tally(te, model["weights"], model["margin"])))
            print("        switches:", json.dumps(_shapes(te, model["weights"], model["margin"])))


def _shapes(rows, weights, margin) -> dict[str, int]:
    """The switches made, by shape (to a closed figure; to an open bound at or below the
    rules' floor: a widening; to an open bound above it) and outcome (won, lost, both
    right, both wrong)."""
    out: dict[str, int] = {}
    for r in rows:
        sb = best_switch(r, weights)
        if sb is None or sb[0] <= margin:
            continue
        own, c = next(x for x in r["cands"] if x["rules"]), sb[1]
        if not c["f"].get("open"):
            shape = "closed"
        elif c["f"]["value"] <= own["f"]["value"] and not own["f"].get("open"):
            shape = "widened"
        else:
            shape = "open above"
        how = ("won" if not r["base_ok"] else "both right") if c["ok"] else ("lost" if r["base_ok"] else "both wrong")
        out[f"{shape}, {how}"] = out.get(f"{shape}, {how}", 0) + 1
    return dict(sorted(out.items()))


def curves(dev: str, more: str) -> None:
    """Diagnostic, not a choice: a gva-more model's net wins (won/lost) at fixed margins."""
    mo, ev, od = load_rows([more]), load_rows([dev], "even"), load_rows([dev], "odd")
    for l2 in L2S:
        w = fit(mo, l2)
        for m in (-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0):
            cells = []
            for rs in (mo, ev, od):
                t = tally(rs, w, m)
                cells.append(" ".join(f"{k[0]} {v['won'] - v['lost']:+d}({v['won']}/{v['lost']})" for k, v in t.items()))
            print(f"l2 {l2} margin {m:+.1f}: gva-more {cells[0]} | dev even {cells[1]} | dev odd {cells[2]}")


def main() -> None:
    global OPEN
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--split", type=pathlib.Path, default=EVAL / "gva-dev")
    d.add_argument("--jobs", type=int, default=1)
    d.add_argument("out", type=pathlib.Path)
    for name in ("folds", "curves"):
        f = sub.add_parser(name)
        f.add_argument("dev")
        f.add_argument("more")
        f.add_argument("--open", action="store_true", help="let the ranker switch to open lower bounds")
    a = ap.parse_args()
    if a.cmd == "dump":
        dump(a.split, a.out, a.jobs)
        return
    OPEN = a.open
    (folds if a.cmd == "folds" else curves)(a.dev, a.more)


if __name__ == "__main__":
    main()

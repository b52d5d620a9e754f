"""Events on gva-dev mixed in one folder: B-cubed F1 of the grouping, and how far the
mixed folder's findings agree with those of the incident folders run one by one.

    python bench/events.py                 # all of gva-dev (1,771 articles in one folder)
    python bench/events.py --half even     # the tuning half; --half odd to check
    python bench/events.py --save bench/results/events-all.json

The articles of every incident folder (of the half) are copied flat into one temporary
folder, as ``../shared/eval/score_events.py`` does (a document filed under two incidents
is kept under the first), and :func:`reconcile.pipeline.reconcile` reads it once; the
report's ``events`` are scored by score_events' rule (B-cubed precision / recall / F1 over
articles against the incident folders). Then each incident folder is read on its own and
the findings are compared: a finding is keyed by its status, kind, measure and the
(file name, text) of each of its claims; agreement is the share of the union of both sides'
keys that both have. The claim cache makes every run after the first fast.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import shutil
import sys
import tempfile
import time
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL  # noqa: E402
from reconcile import pipeline  # noqa: E402
from reconcile.records import Report  # noqa: E402


def in_half(name: str, half: str | None) -> bool:
    return half is None or (int(name) % 2 == 0) == (half == "even")


def finding_keys(rep: Report) -> set[tuple]:
    claims = {c.id: c for c in rep.claims}
    out = set()
    for f in rep.findings:
        cl = tuple(sorted((os.path.basename(claims[i].path), claims[i].text) for i in f.claims if i in claims))
        out.add((f.status, f.kind, f.measure, cl))
    return out


def b_cubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float, int]:
    pc: dict[str, set] = defaultdict(set)
    gc: dict[str, set] = defaultdict(set)
    for n in gold:
        pc[pred.get(n, "single:" + n)].add(n)
        gc[gold[n]].add(n)
    p = sum(len(pc[pred.get(n, "single:" + n)] & gc[gold[n]]) / len(pc[pred.get(n, "single:" + n)])
            for n in gold) / len(gold)
    r = sum(len(pc[pred.get(n, "single:" + n)] & gc[gold[n]]) / len(gc[gold[n]]) for n in gold) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), len(pc)


def run(split: pathlib.Path, half: str | None, jobs: int) -> dict:
    dirs = sorted(p for p in split.iterdir() if p.is_dir() and in_half(p.name, half))
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="events-bench-"))
    gold: dict[str, str] = {}
    try:
        for d in dirs:
            for f in sorted(d.glob("*.txt")):
                if f.name not in gold:
                    shutil.copyfile(f, tmp / f.name)
                    gold[f.name] = d.name
        opts = pipeline.Options(jobs=jobs, keep_text=False)
        t0 = time.time()
        mixed = pipeline.reconcile([tmp], opts)
        secs = time.time() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    name = {a.id: os.path.basename(a.path) for a in mixed.articles}
    pred = {name[s]: e.id for e in mixed.events for s in e.sources}
    p, r, f1, n_events = b_cubed(pred, gold)
    together = finding_keys(mixed)
    alone: set[tuple] = set()
    t1 = time.time()
    for d in dirs:
        keep = {f.name for f in d.glob("*.txt") if gold.get(f.name) == d.name}
        rep = pipeline.reconcile([d / n for n in sorted(keep)], opts)
        alone |= finding_keys(rep)
    union = together | alone
    return {"half": half or "all", "articles": len(gold), "gold_events": len(set(gold.values())),
            "events": n_events, "b3_precision": round(p, 3), "b3_recall": round(r, 3), "b3_f1": round(f1, 3),
            "findings_mixed": len(together), "findings_one_by_one": len(alone), "findings_both": len(together & alone),
            "agreement": round(len(together & alone) / len(union), 3) if union else 1.0,
            "mixed_seconds": round(secs, 1), "one_by_one_seconds": round(time.time() - t1, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default=str(EVAL / "gva-dev"))
    ap.add_argument("--half", choices=("even", "odd"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--save", help="also write the figures to this JSON file")
    a = ap.parse_args()
    res = run(pathlib.Path(a.split), a.half, a.jobs)
    print(json.dumps(res, indent=1))
    print(f"events_b3_f1={res['b3_f1']} findings_agreement={res['agreement']} half={res['half']}")
    if a.save:
        pathlib.Path(a.save).write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()

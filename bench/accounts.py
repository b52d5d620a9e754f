"""Account and event accuracy on gva-dev in one process, by score_accounts.py's rule.

    python bench/accounts.py                      # all of gva-dev
    python bench/accounts.py --half even          # the tuning half; --half odd to check
    python bench/accounts.py --errors bench/out/account-errors.tsv

``../shared/eval/score_accounts.py`` runs ``reconcile check --format json`` once per
incident folder (682 processes, most of the time spent importing spaCy). This builds the
same reports in one process with :func:`reconcile.pipeline.reconcile` (the claim cache
makes a second run fast) and scores them with the scorer's own ``holds`` and ``in_half``,
imported from ../shared/eval, so the rule is the scorer's: account accuracy per article
(the gold figure in the article's account interval; nothing said reads as 0) and event
accuracy per incident (the gold figure in the event's interval, narrow enough to be an
answer). Each miss is put in a class by what the article's claims of the measure hold
(``account_*_misses``), and ``account_*_if_best_claim_chosen`` is what a perfect choice
among the figures already read would reach: above it, only reading more helps. ``--check`` also runs the official scorer through the CLI on the same half.

The error listing holds the articles' words (the toll's text): it goes under
``bench/out/`` (git-ignored) and must never be committed.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import shlex
import subprocess
import sys
import time
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL, eval_module  # noqa: E402
from reconcile import pipeline  # noqa: E402
from reconcile.report.json import to_dict  # noqa: E402

MEASURES = ("killed", "injured")


def score(split: pathlib.Path, half: str | None, errors: str | None, jobs: int, one_event: bool = False) -> dict:
    sc = eval_module("score_accounts")
    dirs = sorted(p for p in split.iterdir() if p.is_dir() and sc.in_half(p.name, half))
    acc = {m: [0, 0] for m in MEASURES}
    why = {m: Counter() for m in MEASURES}  # the misses, by what the article's claims hold
    ev = {m: [0, 0] for m in MEASURES}
    rows = []
    found = {"conflicts": 0, "differs": 0, "toll_conflicts": 0, "toll_differs": 0, "fact_differs": 0}
    t0 = time.time()
    opts = pipeline.Options(jobs=jobs, keep_text=False, one_event=one_event)
    for d in dirs:
        gold = json.loads((d / "gold.json").read_text())
        rep = to_dict(pipeline.reconcile([d], opts))
        paths = {s["id"]: os.path.realpath(s["path"]) for s in rep["sources"]}
        accounts = {a["source"]: a for a in rep["accounts"]}
        for f in sorted(d.glob("*.txt")):
            sid = next((k for k, p in paths.items() if p == os.path.realpath(f)), None)
            tolls = (accounts.get(sid) or {}).get("tolls") or {} if sid is not None else {}
            for m in MEASURES:
                g = gold[f"num_{m}"]
                ok = sc.holds(tolls.get(m), g)
                acc[m][0] += ok
                acc[m][1] += 1
                if not ok:
                    why[m][_miss(tolls.get(m), g, [c for c in rep["claims"] if c["source"] == sid
                                                   and c.get("kind") == "quantity" and c.get("measure") == m], sc)] += 1
                    t = tolls.get(m) or {}
                    rows.append(("account", d.name, f.name, m, g, t.get("low"), t.get("high"), t.get("text", "")))
        for f in rep["findings"]:
            if f["status"] in ("conflict", "differ"):
                found[f"{f['status']}s"] += 1
                if f["subject"].endswith("toll"):
                    found[f"toll_{f['status']}s"] += 1
                    rows.append((f"toll {f['status']}", d.name, "", f.get("measure"), "", "", "",
                                 (f.get("why") or f.get("explanation") or "")[:160]))
                if f["kind"] == "fact":  # the time, address, charges or bail (reconcile/facts.py)
                    found[f"fact_{f['status']}s"] += 1
        etolls = (rep.get("event") or {}).get("tolls") or {}
        for m in MEASURES:
            g = gold[f"num_{m}"]
            ok = sc.holds(etolls.get(m), g, narrow=True)
            ev[m][0] += ok
            ev[m][1] += 1
            if not ok:
                t = etolls.get(m) or {}
                rows.append(("event", d.name, "", m, g, t.get("low"), t.get("high"), t.get("how", "")))
    if errors:
        p = pathlib.Path(errors)
        p.parent.mkdir(parents=True, exist_ok=True)
        with p.open("w", encoding="utf-8") as fh:
            fh.write("what\tincident\tarticle\tmeasure\tgold\tlow\thigh\twords or how\n")
            for r in rows:
                fh.write("\t".join(" ".join(str(x).split()) for x in r) + "\n")
    out = {"incidents": len(dirs), "articles": acc["killed"][1], "seconds": round(time.time() - t0, 1)}
    for m in MEASURES:
        out[f"account_{m}"] = round(acc[m][0] / max(1, acc[m][1]), 3)
        out[f"event_{m}"] = round(ev[m][0] / max(1, ev[m][1]), 3)
        # what choosing better among the figures already read could reach, at most
        out[f"account_{m}_if_best_claim_chosen"] = round((acc[m][0] + why[m]["gold among its claims"])
                                                         / max(1, acc[m][1]), 3)
        out[f"account_{m}_misses"] = dict(why[m])
    # findings per incident (all kinds; of them, on tolls): how much a reader is asked to check
    out.update({f"{k}_per_incident": round(v / max(1, len(dirs)), 3) for k, v in found.items()})
    return out


def _miss(toll: dict | None, gold: int, claims: list[dict], sc) -> str:
    """Why an article's account misses the registry's figure: it says nothing, or it
    says something where the registry has 0, or the figure is among the article's
    claims of the measure (a choice the account got wrong), or nowhere among them
    (not read, or not written: an early report, another count)."""
    if toll is None:
        return "says nothing"
    if gold == 0:
        return "says some, registry 0"
    if any(sc.holds(c.get("value"), gold) and (c.get("value") or {}).get("high") is not None for c in claims):
        return "gold among its claims"
    return "gold not among its claims"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", type=pathlib.Path, default=EVAL / "gva-dev")
    ap.add_argument("--half", choices=("even", "odd"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--errors", default=None, help="write the misses here (under bench/out/)")
    ap.add_argument("--one-event", action="store_true",
                    help="read each incident folder as one event (check --one-event): no grouping into events")
    ap.add_argument("--check", action="store_true", help="also run score_accounts.py through the CLI")
    a = ap.parse_args()
    res = score(a.split, a.half, a.errors, a.jobs, a.one_event)
    print(json.dumps(res))
    if a.check:
        tool = f"{shlex.quote(sys.executable)} -m reconcile check --format json"
        cmd = [sys.executable, str(EVAL / "score_accounts.py"), "--split", str(a.split), "--tool", tool]
        if a.half:
            cmd += ["--half", a.half]
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        print(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[-500:])


if __name__ == "__main__":
    main()

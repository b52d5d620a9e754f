"""Planted killed/injured discrepancies scored in one process, by score_planted.py's rules.

    out=$(mktemp -d)
    python3 ../shared/eval/plant.py ../shared/eval/gva-dev "$out/cases" --per-type 40 --seed 1 > "$out/manifest.json"
    python -P bench/planted.py "$out/cases" "$out/manifest.json" --save bench/out/planted-s1

``../shared/eval/score_planted.py`` runs ``reconcile check`` once per case folder and once
per incident on its original (about 25 minutes for a seed's 200 cases). This builds the
same reports with :func:`reconcile.pipeline.reconcile` in one process (the claim cache
makes a second run take about a minute) for the killed and injured cases of the manifest
only, and scores them with the scorer's own ``View``, ``score_count`` and ``touches``,
imported from ../shared/eval: a case is caught when a conflict holds a claim of the
changed article with the new figure and another article's claim with the old one; new
alarms elsewhere (noise) and conflicts per unchanged incident are counted the same way.
``--types age,name,control`` scores those cases the same way (score_planted.py's
``score_span`` and ``score_control``; a copy's notes on stderr are not seen here, only the
report's ``copies`` and reasons).

``--save`` writes each case's report and outcome (they hold the articles' words: keep
them under ``bench/out/``, git-ignored, never committed).
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL, eval_module  # noqa: E402
from reconcile import pipeline  # noqa: E402
from reconcile.report.json import to_dict  # noqa: E402

TYPES = ("killed", "injured")
SPANS = ("age", "name")


def _judge(sp, case: dict, v, before: set, rep: dict) -> dict:
    """score_planted.py's outcome of one case, by its type."""
    if case["type"] in TYPES:
        return sp.score_count(case, v)
    if case["type"] in SPANS:
        return sp.score_span(case, v, before)
    d = sp.score_control(case, v, {"report": rep, "stderr": ""})
    return {**d, "detected": d["false_alarm"]}


def score(cases: pathlib.Path, manifest: list[dict], save: pathlib.Path | None,
          types: tuple[str, ...] = TYPES) -> dict:
    sp = eval_module("score_planted")
    opts = pipeline.Options(jobs=1, keep_text=False)

    def run(folder: pathlib.Path) -> dict:
        return json.loads(json.dumps(to_dict(pipeline.reconcile([folder], opts))))

    t0 = time.time()
    todo = [c for c in manifest if c["type"] in types]
    origs = {i: run(cases / "orig" / i) for i in sorted({c["incident"] for c in todo})}
    caught, noise, outcomes, missed, named = collections.Counter(), 0, collections.Counter(), [], 0
    for case in todo:
        rep = run(cases / case["dir"])
        original = None
        if case["spans"]:
            with open(cases / case["orig"] / case["target"], encoding="utf-8", newline="") as fh:
                original = fh.read()
        v, vo = sp.View(rep, case, original), sp.View(origs[case["incident"]])
        before = {vo.key(f) for f in vo.alarms()}
        d = _judge(sp, case, v, before, rep)
        new = [f for f in v.alarms() if v.key(f) not in before and not any(sp.touches(c, case, v) for c in v.members(f))]
        noise += len(new) if case["type"] != "control" else 0
        caught[case["type"]] += d["detected"]
        outcomes[f"{case['type']}: {d['category']}"] += 1
        named += bool(d.get("says_duplicate"))
        if d["detected"] == (case["type"] == "control"):  # a miss, or a copy's false alarm
            missed.append(f"{case['id']} {case.get('old')}->{case.get('new')} {d['category']}")
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            json.dump({"case": case, "report": rep, "outcome": d, "noise": [f.get("reason") for f in new]},
                      open(save / f"{case['id']}.json", "w", encoding="utf-8"))
    n = collections.Counter(c["type"] for c in todo)
    perturbed = sum(n[t] for t in types if t != "control")
    base = [r["summary"] for r in origs.values()]
    return {**{t: f"{caught[t]}/{n[t]}" for t in types},
            **({"copies_named": f"{named}/{n['control']}"} if "control" in types else {}),
            "noise_per_case": round(noise / max(1, perturbed), 3),
            "conflicts_per_unchanged_incident": round(sum(s.get("conflicts", 0) for s in base) / max(1, len(base)), 3),
            "differs_per_unchanged_incident": round(sum(s.get("differences", 0) for s in base) / max(1, len(base)), 3),
            "outcomes": dict(outcomes.most_common()), "missed": missed, "seconds": round(time.time() - t0, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=pathlib.Path, help="plant.py's OUT_DIR")
    ap.add_argument("manifest", type=pathlib.Path, help="plant.py's manifest (JSON)")
    ap.add_argument("--save", type=pathlib.Path, default=None, help="write each case's report here (bench/out/...)")
    ap.add_argument("--types", default=",".join(TYPES),
                    help="case types to score, comma-separated (killed, injured, age, name, control); "
                         "for control the figure is false alarms")
    a = ap.parse_args()
    types = tuple(a.types.split(","))
    print(json.dumps(score(a.cases, json.loads(a.manifest.read_text(encoding="utf-8")), a.save, types), indent=1))


if __name__ == "__main__":
    main()

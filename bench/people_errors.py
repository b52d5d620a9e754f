"""List and count the people scorer's errors on gva-dev, each put in a class.

    python bench/people_errors.py --half even --claims claims.jsonl      # claims already made
    python bench/people_errors.py --half even                            # runs `reconcile claims`
    python bench/people_errors.py --half even --claims c.jsonl --list bench/out/people-errors.tsv

Matching is ``score_people.py``'s own (``gold_for``, ``matches``, ``in_half``, imported from
../shared/eval), so the counts add up to the scorer's. Each error gets a class:

extra (a victim or suspect claim no registry participant matches)
  ``suffix name``      the registry has the person, but with a suffix ("Jr.") the scorer skips
  ``first initial``    the registry has the surname, the first letters differ (a rank
                       written as a first name, "Officer X"; a relative of the same surname)
  ``duplicate``        the registry's person is matched already by another claim
  ``official``         no participant; the claim's sentence calls someone police, a prosecutor ...
  ``other case``       no participant; the sentence speaks of another time ("last year", "in 2012")
  ``not participant``  no participant, neither of the two above
missed (a registry participant no claim matches)
  ``not found``        no claim of any role names the surname
  ``other role``       a claim names the person, with a role that is not victim or suspect
  ``first initial``    a victim / suspect claim names the surname, the first letters differ
  ``taken``            the claim naming the surname was matched to another participant
age (a matched participant whose age differs; the 'age ceiling' line is the share of matched
gold ages whose digits the article writes somewhere)
  ``not written``      the gold age's digits occur nowhere in the article
  ``none read``        written somewhere, no age read
  ``other age``        written somewhere, another age read

role and outcome (a matched participant whose role or outcome differs): by gold and read value.

``--list`` writes one row per error with the claim's sentence: it holds the articles' words,
so it goes under ``bench/out/`` (git-ignored) and is never committed.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import pathlib
import re
import shlex
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL, eval_module  # noqa: E402

OFFICIAL = re.compile(r"\b(police|officer|sheriff|deputy|detective|sgt|sergeant|lt|chief|"
                      r"spokes\w*|prosecutor|attorney|judge|coroner|mayor|investigator|"
                      r"lieutenant|captain|capt|trooper|agent|examiner)\b", re.I)
OTHER_CASE = re.compile(r"\b(last (?:year|month|week)|in (?:19|20)\d\d|earlier this (?:year|month)|"
                        r"(?:years|months) ago|previous|separate|unrelated|another shooting)\b", re.I)


def claims(args, dirs) -> list[dict]:
    if args.claims:
        lines = pathlib.Path(args.claims).read_text(encoding="utf-8").splitlines()
    else:
        cmd = [sys.executable, "-P", "-m", "reconcile", "claims", "--format", "jsonl"]
        out = subprocess.run(cmd + [str(d) for d in dirs], capture_output=True, text=True)
        lines = out.stdout.splitlines()
    return [c for c in map(json.loads, filter(None, lines)) if c.get("kind") == "person"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("even", "odd"))
    ap.add_argument("--claims", help="JSON Lines of claims (reconcile claims --format jsonl)")
    ap.add_argument("--list", help="write a TSV of the errors here (under bench/out/)")
    args = ap.parse_args()
    sp = eval_module("score_people")
    split = EVAL / "gva-dev"
    inc = [x for x in sp.load(split) if sp.in_half(x[0].name, args.half)]
    by = collections.defaultdict(list)
    for c in claims(args, [d for d, _, _ in inc]):
        by[os.path.realpath(c.get("path") or "")].append(c)
    counts = collections.Counter()
    rows = []
    for d, gold, files in inc:
        parts = gold.get("participants") or []
        for f in files:
            text = f.read_text(encoding="utf-8", errors="replace")
            gs = sp.gold_for(text, parts)
            allc = by.get(os.path.realpath(f), [])
            ps = [c for c in allc if c.get("role") in ("victim", "suspect")]
            free = list(ps)
            matched = []
            for g in gs:
                hit = next((p for p in free if sp.matches(p, g)), None)
                if hit is None:
                    named = [c for c in allc if g["last"] in [w.lower() for w in sp.words(c.get("name"))]]
                    if not named:
                        cls = "not found"
                    elif not any(c.get("role") in ("victim", "suspect") for c in named):
                        cls = "other role"
                    elif any(c in free for c in named):
                        cls = "first initial"
                    else:
                        cls = "taken"
                    counts["missed", cls] += 1
                    c0 = named[0] if named else {}
                    rows.append((f"{d.name}/{f.name}", "missed", cls, g["name"], g["role"],
                                 c0.get("name", ""), c0.get("role", ""), c0.get("sentence", "")))
                    continue
                free.remove(hit)
                matched.append(g)
                if g["age"] is not None:
                    counts["ages", "scored"] += 1
                    if not re.search(r"\b%d\b" % g["age"], text):
                        counts["ages", "not written"] += 1
                if hit.get("role") != g["role"]:
                    counts["role", f"{g['role']} read as {hit.get('role')}"] += 1
                    rows.append((f"{d.name}/{f.name}", "role", g["role"], g["name"], g["role"],
                                 hit.get("name"), hit.get("role"), hit.get("sentence", "")))
                po, go = hit.get("outcome"), g["outcome"]
                if not (po == go if go != "other" else po in ("unharmed", "arrested")):
                    counts["outcome", f"{go} read as {po}"] += 1
                    rows.append((f"{d.name}/{f.name}", "outcome", go, g["name"], go,
                                 hit.get("name"), po, hit.get("sentence", "")))
                if g["age"] is not None and hit.get("age") != g["age"]:
                    if not re.search(r"\b%d\b" % g["age"], text):
                        cls = "not written"
                    elif hit.get("age") is None:
                        cls = "none read"
                    else:
                        cls = "other age"
                    counts["age", cls] += 1
                    rows.append((f"{d.name}/{f.name}", "age", cls, g["name"], g["age"],
                                 hit.get("name"), hit.get("age"), hit.get("sentence", "")))
            for p in free:
                ws = [w.lower() for w in sp.words(p.get("name"))]
                reg = [q for q in parts if sp.words(q.get("name")) and sp.words(q["name"])[-1].lower() in ws]
                reg_suffix = [q for q in parts if len(sp.words(q.get("name"))) >= 2
                              and len(sp.words(q["name"])[-1]) < 3
                              and sp.words(q["name"])[-2].lower() in ws]
                sent = p.get("sentence") or ""
                if reg_suffix and not reg:
                    cls = "suffix name"
                elif any(g in matched and sp.matches(p, g) for g in gs):
                    cls = "duplicate"
                elif reg:
                    cls = "first initial"
                elif OFFICIAL.search(sent):
                    cls = "official"
                elif OTHER_CASE.search(sent):
                    cls = "other case"
                else:
                    cls = "not participant"
                counts["extra", cls] += 1
                rows.append((f"{d.name}/{f.name}", "extra", cls, p.get("name"), p.get("role"),
                             p.get("outcome"), p.get("age"), sent))
    for kind in ("extra", "missed", "age", "role", "outcome"):
        total = sum(v for (k, _), v in counts.items() if k == kind)
        print(f"{kind}: {total}")
        for (k, cls), v in counts.most_common():
            if k == kind:
                print(f"  {cls:16} {v}")
    n_age = counts["ages", "scored"]
    if n_age:
        # a reader of the text alone cannot give an age it does not write
        print(f"age ceiling: {1 - counts['ages', 'not written'] / n_age:.3f} "
              f"({counts['ages', 'not written']} of {n_age} matched gold ages written nowhere in the article)")
    if args.list:
        pathlib.Path(args.list).parent.mkdir(parents=True, exist_ok=True)
        with open(args.list, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in r) + "\n")


if __name__ == "__main__":
    main()

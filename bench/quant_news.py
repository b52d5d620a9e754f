"""Quantities in real news sentences (issue 17): value F1 and value+unit F1.

    python bench/quant_news.py                       # build the sentences, run the CLI, score
    python bench/quant_news.py --tool '.venv/bin/reconcile claims --format jsonl --no-cache'
    python bench/quant_news.py --show s000-s009      # print sentences (for annotating; terminal only)
    python bench/quant_news.py --errors              # also list misses and extras (bench/out/)
    python bench/quant_news.py --half even           # only the even-numbered ids (s000, s002...): tune
    python bench/quant_news.py --half odd            # only the odd ones: check

The set is bench/quant/news/: ``sentences.json`` (drawn by sample.py: path under
../shared/eval, character offsets, SHA-1) and ``gold.json`` (hand annotations, one list per
sentence id, frozen before any rule was written for them; see the README there). The
sentence texts belong to their publishers: they are rebuilt here from ../shared/eval into
``bench/out/quant-news/text/<id>.txt`` (git-ignored) and never committed.

Matching is ``score_claims.py quant``'s, per sentence: a quantity claim matches a gold
quantity when the gold value is one number equal to the claim's ``value.nominal`` (or
``low == high``), or two numbers equal to its ``{low, high}``. value+unit also needs the
units to agree after normalisation (``unit_of`` below): a count has no unit; a claim with no
``unit`` field but ``measure`` percent reads as percent.

A claim whose figure the text does not write (``"stated": false``: 'a man was shot' read
as 1, 'several', a sum of other figures) is left out, as the set's guide leaves such
numbers out of the gold; ``--all-claims`` scores every quantity claim (the rule before
claims said whether their figure is stated).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import shlex
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "quant" / "news"
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL, quant_match  # noqa: E402

OUT = ROOT / "bench" / "out" / "quant-news"

# Spellings of the same unit; everything is compared lower-case after this table.
ALIASES = {
    "%": "percent", "per cent": "percent", "pct": "percent",
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "pp": "percentage_point", "points": "point",
    "$": "usd", "us$": "usd", "dollar": "usd", "dollars": "usd", "£": "gbp", "€": "eur",
    "mi": "mile", "miles": "mile", "ft": "foot", "feet": "foot", "in": "inch", "inches": "inch",
    "lb": "pound", "lbs": "pound", "pounds": "pound", "mm": "millimeter", "km": "kilometer",
    "kg": "kilogram", "min": "minute", "minutes": "minute", "h": "hour", "hr": "hour",
    "hours": "hour", "s": "second", "sec": "second", "seconds": "second", "days": "day",
    "weeks": "week", "months": "month", "years": "year", "yr": "year", "mph": "mile_per_hour",
    "mile / hour": "mile_per_hour", "kph": "kilometer_per_hour", "km/h": "kilometer_per_hour",
}


def norm_unit(u: str | None) -> str:
    u = (u or "").strip().lower()
    return ALIASES.get(u, u)


def unit_of(claim: dict) -> str:
    u = claim.get("unit")
    if isinstance(u, dict):  # a structured unit: {"name": ...} or {"code": ...}
        u = u.get("name") or u.get("code")
    if not u and claim.get("measure") == "percent":
        u = "percent"
    return norm_unit(u)


def load() -> tuple[list[dict], dict]:
    sents = json.loads((SET / "sentences.json").read_text())["sentences"]
    gold_path = SET / "gold.json"
    gold = json.loads(gold_path.read_text()) if gold_path.exists() else {}
    return sents, gold


def text_of(s: dict) -> str:
    raw = (EVAL / s["path"]).read_bytes().decode("utf-8", errors="replace")
    t = raw[s["start"]:s["end"]]
    if hashlib.sha1(t.encode()).hexdigest()[:12] != s["sha1"]:
        sys.exit(f"{s['path']}: sentence {s['id']} no longer matches its SHA-1 (the eval text changed)")
    return t


def build(sents: list[dict]) -> pathlib.Path:
    folder = OUT / "text"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for s in sents:
        (folder / f"{s['id']}.txt").write_text(text_of(s) + "\n", encoding="utf-8")
    return folder


def value_match(claim: dict, q: dict) -> bool:
    return quant_match(claim.get("value") or {}, q)


def score(gold: dict, preds: dict, with_unit: bool) -> dict:
    def ok(c, q):
        return value_match(c, q) and (not with_unit or unit_of(c) == norm_unit(q.get("unit")))

    tp_g = n_g = tp_p = n_p = 0
    for sid, qs in gold.items():
        ps = preds.get(sid, [])
        n_g += len(qs)
        n_p += len(ps)
        tp_g += sum(any(ok(c, q) for c in ps) for q in qs)
        tp_p += sum(any(ok(c, q) for q in qs) for c in ps)
    p, r = tp_p / max(1, n_p), tp_g / max(1, n_g)
    return {"gold": n_g, "predicted": n_p, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / max(1e-9, p + r), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", default=f"{ROOT / '.venv/bin/reconcile'} claims --format jsonl --no-cache")
    ap.add_argument("--show", help="print sentences ID or ID-ID (e.g. s000-s009) and stop")
    ap.add_argument("--errors", action="store_true", help="write bench/out/quant-news/errors.tsv")
    ap.add_argument("--all-claims", action="store_true",
                    help="score every quantity claim, also those whose figure is not written (stated: false)")
    ap.add_argument("--half", choices=("even", "odd"),
                    help="score only the sentences whose id number is even (tune on these) or odd (check)")
    a = ap.parse_args()
    sents, gold = load()
    if a.half:
        sents = [s for s in sents if int(s["id"][1:]) % 2 == (a.half == "odd")]
        gold = {s["id"]: gold[s["id"]] for s in sents if s["id"] in gold}
    if a.show:
        lo, _, hi = a.show.partition("-")
        hi = hi or lo
        for s in sents:
            if lo <= s["id"] <= hi:
                print(f"{s['id']}\t{text_of(s)}")
        return
    missing = [s["id"] for s in sents if s["id"] not in gold]
    if missing:
        sys.exit(f"bench/quant/news/gold.json: {len(missing)} sentences not annotated (first {missing[0]})")
    folder = build(sents)
    r = subprocess.run(shlex.split(a.tool) + [str(folder)], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(r.stderr[-2000:])
    preds: dict[str, list] = {}
    for line in r.stdout.splitlines():
        if line.startswith("{"):
            c = json.loads(line)
            if c.get("kind") == "quantity" and (a.all_claims or c.get("stated") is not False):
                preds.setdefault(pathlib.Path(c["path"]).stem, []).append(c)
    value, unit = score(gold, preds, False), score(gold, preds, True)
    print(json.dumps({"sentences": len(sents), "value": value, "value+unit": unit}))
    if a.errors:
        with open(OUT / "errors.tsv", "w", encoding="utf-8") as f:
            for s in sents:
                qs, ps = gold[s["id"]], preds.get(s["id"], [])
                miss = [q for q in qs if not any(value_match(c, q) and unit_of(c) == norm_unit(q.get("unit")) for c in ps)]
                extra = [c for c in ps if not any(value_match(c, q) for q in qs)]
                if miss or extra:
                    f.write("\t".join([s["id"], text_of(s), json.dumps(miss),
                                       json.dumps([[c.get("text"), c.get("value"), unit_of(c)] for c in extra])]) + "\n")
        print(f"errors: {OUT / 'errors.tsv'}", file=sys.stderr)
    print(f"quant_news value_f1={value['f1']:.3f} value_unit_f1={unit['f1']:.3f}")


if __name__ == "__main__":
    main()

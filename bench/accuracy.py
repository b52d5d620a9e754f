"""Accuracy on ../shared/eval, in one table, with an error listing to read failures from.

    python bench/accuracy.py                 # gva-dev casualty counts + polnear-dev quotes + quantity values
    python bench/accuracy.py --only gva --errors bench/out/gva-errors.tsv
    python bench/accuracy.py --only gva --doc-cache /tmp/gva-docs   # re-use parses while tuning rules
    python bench/accuracy.py --only quant    # bench/quant: our own sentences, development and held-out sets

gva: the rule of ``score_gva.py`` (first killed / injured claim of an article in reading
order; none = 0; right when the gold figure lies in [low, high]), computed in-process so
the model loads once. ``--check`` also runs the official scorer through the CLI and prints
both, so the in-process figure can be trusted.

quotes: ``score_claims.py quotes`` run on the CLI's JSON Lines (the official scorer).

quant: ``score_claims.py quant`` on bench/quant (sentences written for reconcile; see
bench/quant/README.md), the development set and the held-out set, through the CLI. The
error listing (file, sentence, gold values missed, claims that match no gold value) uses the
scorer's matching rule and goes to ``bench/out/quant-errors.tsv``.

The error listing holds sentences of the evaluation articles: it is written under
``bench/out/`` (git-ignored) and must never be committed.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import pathlib
import shlex
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL, quant_match  # noqa: E402
from reconcile import extract, ingest, nlp  # noqa: E402
from reconcile.extract import claims as extract_claims  # noqa: E402


def _write_tsv(path: str, header: tuple[str, ...], rows) -> None:
    """An error listing: one row a line, each field on one line (whitespace folded)."""
    p = pathlib.Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(header) + "\n")
        for r in rows:
            fh.write("\t".join(" ".join(str(x).split()) for x in r) + "\n")


def _clusters(split: pathlib.Path, limit: int = 0):
    dirs = sorted(p for p in split.iterdir() if p.is_dir())
    if limit:
        dirs = dirs[:limit]
    for d in dirs:
        yield d, json.loads((d / "gold.json").read_text()), sorted(d.glob("*.txt"))


def _docs(articles, model, cache_dir: str | None):
    """Parsed docs (reconcile's components run afterwards), optionally cached on disk."""
    from spacy.tokens import DocBin

    names = [n for n in model.pipe_names if n in extract.COMPONENTS]
    texts = [nlp.masked_text(a) for a in articles]
    path = None
    if cache_dir:
        key = hashlib.sha1(("\0".join(texts) + nlp.model_name(model)).encode()).hexdigest()[:16]
        path = pathlib.Path(cache_dir) / f"{key}.spacy"
        if path.exists():
            docs = list(DocBin().from_disk(path).get_docs(model.vocab))
            return [_run(model, names, d) for d in docs]
    with model.select_pipes(disable=names):
        docs = list(model.pipe(texts, batch_size=32))
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    return [_run(model, names, d) for d in docs]


def _run(model, names, doc):
    for n in names:
        doc = model.get_pipe(n)(doc)
    return doc


def gva(split: pathlib.Path, model_name: str | None, cache_dir: str | None, errors_path: str | None,
        limit: int = 0, claims_path: str | None = None) -> dict:
    model = extract.load(model_name)
    clusters = list(_clusters(split, limit))
    arts, where = [], []
    for d, gold, files in clusters:
        for f in files:
            for item in ingest.read_paths([f]):
                if isinstance(item, ingest.Article):
                    arts.append(item)
                    where.append((d, gold))
    t0 = time.perf_counter()
    docs = _docs(arts, model, cache_dir)
    secs = time.perf_counter() - t0
    right = collections.Counter()
    n = collections.Counter()
    cluster_votes: dict = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    rows = []
    dump = open(claims_path, "w", encoding="utf-8") if claims_path else None
    for art, doc, (d, gold) in zip(arts, docs, where):
        cs = extract_claims(art, doc)
        if dump:  # every casualty figure of the article, to read errors from
            dump.write(json.dumps({
                "article": os.path.relpath(art.path, split), "killed": gold["num_killed"],
                "injured": gold["num_injured"], "bytes": len(art.text),
                "claims": [[c.measure, c.value.low, c.value.high, c.hedge, c.text, c.sentence]
                           for c in cs if c.kind == "quantity" and c.measure in ("killed", "injured", "shot")],
            }) + "\n")
        for measure, key in (("killed", "num_killed"), ("injured", "num_injured")):
            g = gold[key]
            first = next((c for c in cs if c.kind == "quantity" and c.measure == measure), None)
            lo = hi = 0
            if first is not None:
                lo = 0 if first.value.low is None else first.value.low
                hi = float("inf") if first.value.high is None else first.value.high
            ok = lo <= g <= hi
            n[measure] += 1
            right[measure] += ok
            cluster_votes[d][measure][(lo, hi)] += 1
            if not ok:
                rows.append((measure, os.path.relpath(art.path, split), g,
                             first.value.describe() if first else "none",
                             first.text if first else "", first.sentence if first else "",
                             (first.hedge or "") if first else ""))
    clu = collections.Counter()
    for d, gold, _ in clusters:
        for measure, key in (("killed", "num_killed"), ("injured", "num_injured")):
            votes = cluster_votes[d][measure]
            if not votes:
                continue
            best = max(votes.items(), key=lambda kv: (kv[1], kv[0][0]))[0]
            clu[measure] += best[0] <= gold[key] <= best[1]
    if dump:
        dump.close()
    if errors_path:
        _write_tsv(errors_path, ("measure", "article", "gold", "got", "claim", "sentence", "hedge"), rows)
    return {
        "articles": len(arts), "clusters": len(clusters), "parse_seconds": round(secs, 1),
        "killed_article_acc": round(right["killed"] / max(n["killed"], 1), 3),
        "injured_article_acc": round(right["injured"] / max(n["injured"], 1), 3),
        "killed_cluster_acc": round(clu["killed"] / max(len(clusters), 1), 3),
        "injured_cluster_acc": round(clu["injured"] / max(len(clusters), 1), 3),
    }


def official_gva(split: pathlib.Path, tool: str) -> dict:
    r = subprocess.run([sys.executable, str(EVAL / "score_gva.py"), "--split", str(split), "--tool", tool],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout[: r.stdout.rindex("}") + 1])


def quotes(split: pathlib.Path, tool: str) -> dict:
    r = subprocess.run([sys.executable, str(EVAL / "score_claims.py"), "quotes", "--text", str(split / "text"),
                        "--gold", str(split / "gold"), "--tool", tool], capture_output=True, text=True, check=True)
    out = r.stdout.strip()
    try:
        return json.loads(out[: out.rindex("}") + 1])
    except ValueError:
        return {"raw": out.splitlines()[-1] if out else ""}


QUANT = ROOT / "bench" / "quant"
QUANT_SETS = (("development", QUANT / "text", QUANT / "gold.json"),
              ("held out", QUANT / "heldout" / "text", QUANT / "heldout" / "gold.json"))


def quant(tool: str, errors_path: str | None) -> list[tuple[str, dict]]:
    """Official figures for each bench/quant set, and one error listing for both."""
    results, rows = [], []
    for name, text, gold_path in QUANT_SETS:
        r = subprocess.run([sys.executable, str(EVAL / "score_claims.py"), "quant", "--text", str(text),
                            "--gold", str(gold_path), "--tool", tool], capture_output=True, text=True, check=True)
        out = r.stdout.strip()
        results.append((name, json.loads(out[: out.rindex("}") + 1])))
        if not errors_path:
            continue
        claims = subprocess.run([*shlex.split(tool), str(text)], capture_output=True, text=True)
        preds: dict = collections.defaultdict(list)
        for line in claims.stdout.splitlines():
            c = json.loads(line)
            if c.get("kind") == "quantity":
                preds[os.path.basename(c["path"])].append(c)
        for fname, golds in json.loads(gold_path.read_text()).items():
            ps = preds.get(fname, [])
            missed = [g["value"] for g in golds if not any(quant_match(p["value"] or {}, g) for p in ps)]
            extra = [f'{p["text"]} = {p["value"]} ({p["measure"]})' for p in ps
                     if not any(quant_match(p["value"] or {}, g) for g in golds)]
            if missed or extra:
                sentence = (text / fname).read_text(encoding="utf-8").strip()
                rows.append((name, fname, sentence, json.dumps(missed), "; ".join(extra)))
    if errors_path:
        _write_tsv(errors_path, ("set", "file", "sentence", "gold missed", "claims matching no gold"), rows)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["gva", "quotes", "quant"], help="run one scorer only")
    ap.add_argument("--gva", type=pathlib.Path, default=EVAL / "gva-dev")
    ap.add_argument("--polnear", type=pathlib.Path, default=EVAL / "polnear-dev")
    ap.add_argument("--model", default=None)
    ap.add_argument("--doc-cache", default=None, help="folder for cached parses (outside the repo)")
    ap.add_argument("--errors", default=str(ROOT / "bench" / "out" / "gva-errors.tsv"))
    ap.add_argument("--quant-errors", default=str(ROOT / "bench" / "out" / "quant-errors.tsv"))
    ap.add_argument("--claims-out", default=None, help="write every casualty figure per article (JSON Lines)")
    ap.add_argument("--limit", type=int, default=0, help="first N gva clusters only")
    ap.add_argument("--check", action="store_true", help="also run score_gva.py through the CLI")
    a = ap.parse_args()
    tool = f"{sys.executable} -m reconcile claims --format jsonl" + (f" --model {a.model}" if a.model else "")
    table = []
    if a.only in (None, "gva"):
        r = gva(a.gva, a.model, a.doc_cache, a.errors, a.limit, a.claims_out)
        table += [("gva-dev", "killed, article", r["killed_article_acc"], "≥ 0.85 (issue 5), baseline 0.462"),
                  ("gva-dev", "injured, article", r["injured_article_acc"], "≥ 0.80 (issue 5), baseline 0.533"),
                  ("gva-dev", "killed / injured, cluster",
                   f'{r["killed_cluster_acc"]} / {r["injured_cluster_acc"]}', "")]
        print(json.dumps(r), file=sys.stderr)
        if a.check:
            o = official_gva(a.gva, tool)
            table.append(("gva-dev", "score_gva.py via CLI",
                          f'{o["killed_article_acc"]} / {o["injured_article_acc"]}', "must equal the rows above"))
    if a.only in (None, "quotes"):
        q = quotes(a.polnear, tool)
        table.append(("polnear-dev", "quote attribution F1",
                      q.get("f1", q.get("raw")), f'P {q.get("precision")} R {q.get("recall")}; ≥ 0.75 (issue 5)'))
    if a.only in (None, "quant"):
        for name, q in quant(tool, a.quant_errors):
            table.append(("bench/quant", f"quantity values F1, {name}", q["f1"],
                          f'P {q["precision"]} R {q["recall"]}, {q["gold"]} gold; CQE 0.920 on NewsQuant'))
    w = max(len(r[1]) for r in table)
    for split, what, val, note in table:
        print(f"{split:<12} {what:<{w}}  {val!s:<12} {note}")


if __name__ == "__main__":
    main()

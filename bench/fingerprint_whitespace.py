"""How stable are findings' fingerprints under whitespace edits on real, dated articles?

Copies the first N gva-dev incidents (default 60) to a temporary folder outside the
repository, as JSON articles carrying their publication date from gold.json (so time
scopes resolve to calendar days), runs the pipeline once as they are and once per edit
(trailing spaces, CRLF line ends, doubled blank lines, two spaces after '.' and ',',
indented lines), and counts the findings of the unedited run whose fingerprint is gone
after the edit.

It counts them for four ways of putting a finding's time scope into the fingerprint,
everything else equal: ``words`` (the recipe: the normalised time words), ``+date`` (the
words and the resolved days), ``date-else-words`` (the days when they resolve, else the
words) and ``none`` (no time at all). What ``none`` still loses comes from extraction
itself (spaCy's parse and entities move with whitespace); the gap between the others
and ``none`` is what the time component adds. Eval text is read from ../shared/eval and
never copied into the repository.

    .venv/bin/python bench/fingerprint_whitespace.py [--incidents 60]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
import time
from pathlib import Path

from reconcile import fingerprint as fp
from reconcile.align import place_key
from reconcile.text.names import normalise_time
from reconcile.pipeline import reconcile

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "gva-dev"

EDITS = {
    "trailing spaces": lambda t: "\n".join(line + "  " for line in t.split("\n")),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "blank lines": lambda t: t.replace("\n\n", "\n\n\n\n"),
    "double spaces": lambda t: re.sub(r"([.,]) ", r"\1  ", t),
    "indent": lambda t: "\n".join("    " + line if line.strip() else line for line in t.split("\n")),
}
WAYS = ("words", "+date", "date-else-words", "none")


def _time(way: str, words: str, day: str | None) -> str | None:
    if way == "words":
        return words or None
    if way == "+date":
        return (words + (f"={day}" if day else "")) or None
    if way == "date-else-words":
        return day or words or None
    return None


def _scope_for(way: str):
    def scope(claims, aliases=None):
        places, times = set(), set()
        for c in claims:
            if c.kind != "quantity" or c.scope is None:
                continue
            if p := place_key(c.scope.place, aliases):
                places.add(p)
            t = _time(way, normalise_time(c.scope.time), c.scope.date.iso() if c.scope.date else None)
            if t:
                times.add(t)
        return sorted(places), sorted(times)
    return scope


def fingerprints(report, way: str) -> list[tuple[str, str]]:
    """(fingerprint, status) of each finding, with ``way`` as the time component."""
    real = fp.scope
    fp.scope = _scope_for(way)
    try:
        claims = {c.id: c for c in report.claims}
        keys = {a.id: fp.source_key(a) for a in report.articles}
        items = [(fp.basis(f.kind, f.measure, [claims[i] for i in f.claims], keys),
                  [claims[i] for i in f.claims]) for f in report.findings]
        return list(zip(fp.assign(items), (f.status for f in report.findings)))
    finally:
        fp.scope = real


def write(incidents: list[Path], to: Path, edit=None) -> list[Path]:
    if to.exists():
        shutil.rmtree(to)
    folders = []
    for inc in incidents:
        gold = json.loads((inc / "gold.json").read_text(encoding="utf-8"))
        d = to / inc.name
        d.mkdir(parents=True)
        for doc in gold["documents"]:
            f = inc / doc["file"]
            if f.exists():
                text = f.read_text(encoding="utf-8", errors="replace")
                row = {"text": edit(text) if edit else text, "published": doc.get("dct")}
                (d / f"{doc['doc_id']}.json").write_text(json.dumps(row), encoding="utf-8")
        folders.append(d)
    return folders


def run(folders: list[Path]) -> dict[str, dict[str, list[tuple[str, str]]]]:
    out = {}
    for d in folders:
        report = reconcile([d])
        out[d.name] = {way: fingerprints(report, way) for way in WAYS}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--incidents", type=int, default=60)
    args = ap.parse_args()
    incidents = sorted(p for p in EVAL.iterdir() if p.is_dir())[: args.incidents]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="reconcile-fp-") as tmp:
        base = run(write(incidents, Path(tmp) / "articles"))
        n = sum(len(v["words"]) for v in base.values())
        problems = sum(s in ("conflict", "differ") for v in base.values() for _, s in v["words"])
        print(f"{len(incidents)} incidents, {n} findings ({problems} conflicts or differences)\n")
        print(f"{'edit':16}" + "".join(f"{w:>18}" for w in WAYS))
        totals = dict.fromkeys(WAYS, 0)
        for name, edit in EDITS.items():
            after = run(write(incidents, Path(tmp) / "articles", edit))
            row = []
            for way in WAYS:
                lost = sum(p not in {q for q, _ in after[inc][way]} for inc, v in base.items() for p, _ in v[way])
                totals[way] += lost
                row.append(f"{lost:>7} ({lost / n:6.2%})")
            print(f"{name:16}" + "".join(f"{r:>18}" for r in row))
        print(f"{'all five':16}" + "".join(f"{totals[w]:>7} ({totals[w] / (5 * n):6.2%})" .rjust(18) for w in WAYS))
    print(f"\n{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()

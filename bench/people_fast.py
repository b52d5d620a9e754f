"""The people reader on stored parses: a change to it scored in under a minute.

    python bench/people_fast.py build $SHARED_EVAL/gva-dev bench/out/dev.store   # parse once
    python bench/people_fast.py run bench/out/dev.store > bench/out/dev-people.jsonl
    python bench/people_fast.py score bench/out/dev.store    # both halves; --half even|odd|all

``reconcile claims`` re-extracts every claim of a split after any change to the
extraction code (gva-dev and gva-more: 5 to 8 minutes on 2 cores). The people reader
(the package ``reconcile/extract/persons/`` and ``data/persons.json``, :data:`PEOPLE_READER`) only
needs the parse and the article's quantities: ``build`` parses every article once with
the pipeline's own functions (:func:`reconcile.pipeline.read`, :func:`reconcile.nlp.parse`
with :func:`reconcile.extract.load`'s pipeline, the people reader's component and those
after it left out) and stores each Doc (each piece of a long article) with only the user data the reader reads (``doc._.quantities``, :data:`KEEP`) and
without the model's token tensors (no reader reads them; they were 7/8 of the bytes).
``run`` loads them, runs the pipeline's ``reconcile_persons`` component on each and prints
the person claims of :func:`reconcile.extract.claims`: the same JSON lines as
``reconcile claims --format jsonl`` (kind person), in the same order. ``score`` runs
``score_people.py`` (in ``$SHARED_EVAL``, as :mod:`bench.evalkit` finds it) on them and
prints its last line.

A store holds the commit it was built at and a hash of every other file of the extraction
code (:func:`code_files`: what :func:`reconcile.cache.extractor_version` hashes, less the
people reader). A change to any of them (the parse, the quantities, a word list another
reader shares) can change what is stored, so ``run`` and ``score`` refuse a store whose
hash is not this checkout's, in one line naming the files that changed: rebuild it.

The store holds the articles' text: keep it under ``bench/out/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL  # noqa: E402

#: the files only the people reader reads (package-relative): changing them leaves a store good
PEOPLE_READER = (*sorted(f"extract/persons/{f.name}" for f in (ROOT / "reconcile/extract/persons").glob("*.py")),
                 "data/persons.json")
#: the people reader's component: ``build`` stores the Doc as it gets it, ``run`` runs it
READER = "reconcile_persons"
#: the Doc extensions the people reader reads (persons.people._article_killed, _killed_total)
KEEP = ("quantities",)
#: the store's own layout; a store of another layout is refused
FORMAT = 1


class Stale(SystemExit):
    """A store that cannot be used with this checkout (its message is one line)."""


def _pkg() -> Path:
    return ROOT / "reconcile"


def _stages():
    """reconcile's modules, imported when first needed: ``pick`` (score_people's tool,
    run once per 50 folders) never loads spaCy."""
    from reconcile import cache, extract, models, nlp, pipeline
    from reconcile.report.json import claims_jsonl

    return cache, extract, models, nlp, pipeline, claims_jsonl


def code_files(skip: tuple[str, ...] = PEOPLE_READER) -> dict[str, str]:
    """Package-relative path -> sha256 of each file :func:`reconcile.cache.extractor_version`
    hashes (read as it reads them: data files without their documentation), less ``skip``."""
    cache = _stages()[0]
    root = _pkg()
    files = sorted(
        list((root / "extract").rglob("*.py"))
        + list((root / "text").rglob("*.py"))
        + [f for f in (root / "data").glob("*.json") if f.name not in cache.NOT_EXTRACTOR_DATA]
        + [root / "nlp.py", root / "fastpath.py", root / "records.py", root / "cache.py"]
    )
    out = {}
    for f in files:
        rel = f.relative_to(root).as_posix()
        if rel not in skip:
            out[rel] = hashlib.sha256(cache._read_data(f) if f.suffix == ".json" else f.read_bytes()).hexdigest()
    return out


def extractor_version(files: dict[str, str] | None = None) -> str:
    """:func:`reconcile.cache.extractor_version` computed from :func:`code_files` (the
    test checks the two agree with nothing skipped); a store's ``code`` is this of its files."""
    cache = _stages()[0]
    root = _pkg()
    files = code_files(()) if files is None else files
    h = hashlib.sha256(f"schema {cache.SCHEMA}\n".encode())
    for rel in sorted(files):
        f = root / rel
        h.update(rel.encode() + b"\0")
        h.update(cache._read_data(f) if f.suffix == ".json" else f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def _commit() -> str:
    r = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty", "--abbrev=7"],
                       capture_output=True, text=True)
    return r.stdout.strip() or "unknown"


def _stamp() -> dict:
    cache, _, models, *_ = _stages()
    files = code_files()
    return {"format": FORMAT, "commit": _commit(), "files": files, "code": extractor_version(files),
            "model": models.find(None).id, "spacy": cache._spacy_version()}


def build(split: str, out: str) -> int:
    """Parse every article under ``split`` once and store its Docs; returns the article count."""
    _, extract, _, nlp, pipeline, _ = _stages()
    arts, _skipped = pipeline.read([split])
    nl = extract.load()
    keys = {("._.", name, None, None) for name in KEEP}
    rows = []
    # the Doc as the people reader gets it: the components from it on are left out
    with nl.select_pipes(disable=list(extract.COMPONENTS[extract.COMPONENTS.index(READER):])):
        for art, doc in nlp.parse(arts, nl):
            pieces = [(0, doc)] if not isinstance(doc, nlp.Pieces) else list(doc)
            for _, d in pieces:
                d.user_data = {k: v for k, v in d.user_data.items() if k in keys}
            rows.append((art, [(o, d.to_bytes(exclude=["tensor"])) for o, d in pieces]))
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        pickle.dump({**_stamp(), "split": str(Path(split).resolve()), "articles": rows}, f,
                    protocol=pickle.HIGHEST_PROTOCOL)
    return len(rows)


def stale(stored: dict, now: dict) -> str | None:
    """Why a store (its stamp) cannot be used with this checkout (``now``), or None."""
    if stored.get("format") != FORMAT:
        return f"store layout {stored.get('format')} is not this tool's ({FORMAT})"
    for what in ("model", "spacy"):
        if stored[what] != now[what]:
            return f"built with {what} {stored[what]}, this checkout has {now[what]}"
    if stored["code"] != now["code"]:
        a, b = stored["files"], now["files"]
        changed = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        return (f"built at {stored['commit']}; extraction code other than the people reader changed since "
                f"({', '.join('reconcile/' + c for c in changed[:3])}{more})")
    return None


def load(path: str) -> dict:
    """A store, refused (:class:`Stale`) when this checkout's extraction code is not its."""
    with open(path, "rb") as f:
        store = pickle.load(f)
    why = stale(store, _stamp())
    if why:
        raise Stale(f"people_fast: {path} is stale: {why}; rebuild it with "
                    f"`bench/people_fast.py build {store.get('split', 'SPLIT')} {path}`")
    return store


def person_claims(store: dict, dirs: list[str] = ()):
    """(article, its person claims) per stored article (only those in ``dirs`` when given),
    the people reader run on the stored Docs."""
    from spacy.tokens import Doc

    _, extract, *_ = _stages()
    nl = extract.load()
    reader = nl.get_pipe(READER)
    only = {os.path.realpath(d) for d in dirs}
    for art, pieces in store["articles"]:
        if only and os.path.dirname(os.path.realpath(art.path)) not in only:
            continue
        docs = []
        for o, b in pieces:
            d = reader(Doc(nl.vocab).from_bytes(b))
            d._.quantities = None  # read by the reader, not wanted as claims here
            docs.append((o, d))
        yield art, [c for c in extract.claims(art, docs) if c.kind == "person"]


def run(path: str, dirs: list[str], out) -> None:
    claims_jsonl = _stages()[5]
    for _, cs in person_claims(load(path), dirs):
        out.write(claims_jsonl(cs))


def pick(claims: str, dirs: list[str], out) -> None:
    """The lines of a claims file whose article lies in one of ``dirs`` (score_people's tool)."""
    keep = {os.path.realpath(d) for d in dirs}
    with open(claims) as f:
        for line in f:
            if os.path.dirname(os.path.realpath(json.loads(line)["path"])) in keep:
                out.write(line)


def score(path: str, halves: list[str]) -> list[str]:
    """score_people.py's last line for each half, on the person claims of the store."""
    store = load(path)
    claims_jsonl = _stages()[5]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", prefix="people_fast-") as tmp:
        for _, cs in person_claims(store):
            tmp.write(claims_jsonl(cs))
        tmp.flush()
        tool = shlex.join([sys.executable, str(Path(__file__).resolve()), "pick", tmp.name])
        lines = []
        for half in halves:
            cmd = [sys.executable, str(EVAL / "score_people.py"), "--split", store["split"], "--tool", tool]
            r = subprocess.run(cmd + (["--half", half] if half != "all" else []), capture_output=True,
                               text=True, check=True)
            lines.append(f"{half} {r.stdout.strip().splitlines()[-1]}")
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="parse every article of SPLIT once and store the Docs in OUT")
    b.add_argument("split")
    b.add_argument("out")
    r = sub.add_parser("run", help="print the person claims of a store as JSON lines (reconcile claims --format jsonl)")
    r.add_argument("store")
    r.add_argument("dirs", nargs="*", help="only the articles in these incident folders")
    s = sub.add_parser("score", help="score_people.py on the person claims of a store")
    s.add_argument("store")
    s.add_argument("--half", choices=("even", "odd", "both", "all"), default="both",
                   help="incidents whose id is even / odd, both halves one after the other (default), or all")
    p = sub.add_parser("pick", help=argparse.SUPPRESS)
    p.add_argument("claims")
    p.add_argument("dirs", nargs="*")
    a = ap.parse_args(argv)
    t = time.perf_counter()
    if a.cmd == "build":
        n = build(a.split, a.out)
        print(f"{n} articles stored in {a.out} ({time.perf_counter() - t:.0f} s)", file=sys.stderr)
    elif a.cmd == "run":
        run(a.store, a.dirs, sys.stdout)
    elif a.cmd == "pick":
        pick(a.claims, a.dirs, sys.stdout)
    else:
        for line in score(a.store, ["even", "odd"] if a.half == "both" else [a.half]):
            print(line)
        print(f"({time.perf_counter() - t:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Quote attribution F1 on polnear-dev, whole and in two stable halves (issue 14).

    python bench/quote_halves.py                       # the installed tool, .venv/bin/reconcile
    python bench/quote_halves.py --tool 'reconcile claims --format jsonl'

polnear-dev has no halves of its own. This splits its articles by the parity of the sum of
the bytes of the file name (the rule ``score_accounts.py``'s ``in_half`` uses for names that
are not numbers: even / odd), makes a temporary folder of symbolic links for each half under
the system's temp directory (the eval folder is never written to, nothing is copied into the
project) and runs ``../shared/eval/score_claims.py quotes`` on the whole set and on each half.
Rules for attribution were tuned on the even half and kept only when the odd half gained too.
"""

from __future__ import annotations

import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SPLIT = EVAL / "polnear-dev"


def half_of(name: str) -> str:
    return "even" if sum(name.encode()) % 2 == 0 else "odd"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", default=f"{ROOT / '.venv' / 'bin' / 'reconcile'} claims --format jsonl")
    ap.add_argument("--only", choices=("whole", "even", "odd"), action="append")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="reconcile-quote-halves-") as tmp:
        folders = {"whole": (SPLIT / "text", SPLIT / "gold")}
        for h in ("even", "odd"):
            text, gold = pathlib.Path(tmp, h, "text"), pathlib.Path(tmp, h, "gold")
            text.mkdir(parents=True)
            gold.mkdir(parents=True)
            folders[h] = (text, gold)
        for f in sorted((SPLIT / "text").glob("*.txt")):
            text, gold = folders[half_of(f.name)]
            shutil.copyfile(f, text / f.name)  # reconcile skips links that leave the folder
            g = SPLIT / "gold" / f"{f.stem}.json"
            if g.exists():
                (gold / g.name).symlink_to(g)
        for name in a.only or ("whole", "even", "odd"):
            text, gold = folders[name]
            r = subprocess.run([sys.executable, str(EVAL / "score_claims.py"), "quotes", "--text", str(text),
                                "--gold", str(gold), "--tool", a.tool], capture_output=True, text=True)
            lines = r.stdout.strip().splitlines()
            print(name, lines[0] if lines else r.stderr.strip()[-300:], flush=True)


if __name__ == "__main__":
    main()

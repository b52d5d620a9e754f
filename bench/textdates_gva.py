"""How many plain-text articles get a publication date from their own lines, and how
many of those dates are right.

    python bench/textdates_gva.py [--show] [FOLDER]   (default: ../shared/eval/gva-dev)

Each incident folder holds .txt articles and a gold.json whose ``documents[]`` give
each file's publication date (``dct``). For every .txt, reconcile.text.pubdates.find reads
the date as ingest would (the file decoded as ingest decodes it); a found date is
right when it is the gold day. Prints coverage (articles with a date), precision
(right / found), the same per rule, and how far off the wrong ones are. ``--show``
also prints each wrong line, for the developer's eyes only: keep it out of the project.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.ingest import decode_text  # noqa: E402
from reconcile.text.pubdates import find  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def main(argv: list[str]) -> None:
    show = "--show" in argv
    args = [a for a in argv if a != "--show"]
    folder = Path(args[0]) if args else EVAL / "gva-dev"
    total = found = right = no_gold = 0
    per_rule: Counter[str] = Counter()
    per_rule_right: Counter[str] = Counter()
    off: Counter[str] = Counter()
    for gold_path in sorted(folder.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        dct = {d["file"]: d.get("dct") for d in gold.get("documents", [])}
        for path in sorted(gold_path.parent.glob("*.txt")):
            total += 1
            text = decode_text(path.read_bytes())
            got = find(text)
            if got is None:
                continue
            found += 1
            per_rule[got.rule] += 1
            g = dct.get(path.name)
            if not g:
                no_gold += 1
                continue
            gd = date.fromisoformat(g[:10])
            if got.day == gd:
                right += 1
                per_rule_right[got.rule] += 1
            else:
                days = (got.day - gd).days
                off["1 day" if abs(days) == 1 else "2-7 days" if abs(days) <= 7 else "more"] += 1
                if show:
                    line = text[max(0, text.rfind("\n", 0, got.start) + 1):text.find("\n", got.end) % (len(text) + 1)]
                    print(f"WRONG {path.relative_to(folder)} {got.rule} found {got.day} gold {gd} ({days:+d}): {line[:160]!r}")
    judged = found - no_gold
    print(f"articles: {total}")
    print(f"with a date from the text: {found} ({found / max(total, 1):.1%})")
    print(f"right (same day as gold dct): {right} of {judged} judged ({right / max(judged, 1):.1%}); "
          f"{no_gold} without a gold date")
    print("wrong by: " + ", ".join(f"{k} {v}" for k, v in sorted(off.items())))
    for rule, n in per_rule.most_common():
        print(f"  {rule:12} {n:4} found, {per_rule_right[rule]:4} right")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Count gva-dev errors by class from the listing bench/accuracy.py writes.

    python bench/accuracy.py --only gva            # writes bench/out/gva-errors.tsv
    python bench/error_classes.py bench/out/gva-errors.tsv

Classes (per measure): 'empty body' (the scraped file is under 600 bytes: nothing to
read), 'missed' (no claim of the measure; the scorer reads 0), 'gold 0' (the registry
says 0, the article gives a figure: usually a victim who died later, an early report
or another incident), 'below' / 'above' (a figure whose interval lies under / over
the registry's final figure).
"""

from __future__ import annotations

import collections
import pathlib
import sys

EVAL = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "gva-dev"


def classify(line: str) -> tuple[str, str]:
    measure, art, gold, got, _claim, _sentence, *_hedge = line.rstrip("\n").split("\t")
    g = int(gold)
    if (EVAL / art).stat().st_size < 600:
        return measure, "empty body"
    if got == "none":
        return measure, "missed"
    if g == 0:
        return measure, "gold 0"
    low = got.replace("≥ ", "").replace("≤ ", "").split("–")[0]
    try:
        return measure, "below" if float(low) < g else "above"
    except ValueError:
        return measure, "below"


def main() -> None:
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/gva-errors.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    counts = collections.Counter(classify(line) for line in lines)
    for measure in ("killed", "injured"):
        row = {k[1]: v for k, v in counts.items() if k[0] == measure}
        total = sum(row.values())
        print(f"{measure:<8} {total:>4} errors: " + ", ".join(f"{k} {v}" for k, v in sorted(row.items())))


if __name__ == "__main__":
    main()

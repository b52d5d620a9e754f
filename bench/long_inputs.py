"""Write the long and hostile inputs the cost benchmarks read (no model needed).

    python bench/long_inputs.py OUTDIR

OUTDIR/long/a.txt and OUTDIR/long/b.txt: two articles of about 1.2 MB each, made of
news sentences (figures, places, days, quotes) from a fixed random seed, in paragraphs;
the two share their templates but not their figures, as two outlets would.
OUTDIR/quotes/: the two seed articles and quotes.txt, 100,000 quotation marks in a row.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 1_200_000

PLACES = ["Basra", "Mosul", "Kirkuk", "Erbil", "Baghdad", "Najaf", "Ramadi", "Tikrit", "Fallujah", "Samarra",
          "Karbala", "Hilla", "Duhok", "Sulaymaniyah", "Amarah", "Nasiriyah", "Kut", "Baqubah", "Sinjar", "Zakho"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WHO = ["Police", "Officials", "The ministry", "A spokesman", "Witnesses", "The governor", "Hospital staff"]
NAMES = ["Ali Hassan", "Sara Karim", "Omar Saleh", "Layla Aziz", "Yusuf Nouri", "Huda Jabbar", "Karim Talib"]
TITLES = ["police chief", "provincial governor", "health ministry spokesman", "army colonel", "mayor"]
TEMPLATES = [
    "{who} said {n} people were killed in {place} on {day}.",
    "At least {n} others were injured when a car bomb exploded near a market in {place}.",
    "Security forces arrested {n} suspects in {place} on {day}, {who2} said.",
    "\u201cWe counted {n} dead and many more wounded,\u201d said {title} {name}.",
    "The attack in {place} on {day} wounded {n} civilians, according to {who2}.",
    "{name}, the {title} of {place}, said {n} families had been displaced.",
]


def article(seed: int, size: int = SIZE) -> str:
    rng = random.Random(seed)
    paras, total = [], 0
    while total < size:
        sents = []
        for _ in range(rng.randint(3, 6)):
            t = rng.choice(TEMPLATES)
            sents.append(t.format(who=rng.choice(WHO), who2=rng.choice(WHO).lower(), n=rng.randint(2, 400),
                                  place=rng.choice(PLACES), day=rng.choice(DAYS), name=rng.choice(NAMES),
                                  title=rng.choice(TITLES)))
        para = " ".join(sents)
        paras.append(para)
        total += len(para) + 2
    return "Violence across the provinces\n\n" + "\n\n".join(paras) + "\n"


def main() -> None:
    out = Path(sys.argv[1])
    (out / "long").mkdir(parents=True, exist_ok=True)
    for name, seed in (("a", 1), ("b", 2)):
        (out / "long" / f"{name}.txt").write_text(article(seed), encoding="utf-8")
    (out / "quotes").mkdir(parents=True, exist_ok=True)
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(f, out / "quotes" / f.name)
    (out / "quotes" / "quotes.txt").write_text('"' * 100_000, encoding="utf-8")


if __name__ == "__main__":
    main()

"""Draw the real-sentence quantity set of issue 17 (seeded; run once, output committed).

    python bench/quant/news/sample.py > bench/quant/news/sentences.json

Pool: every sentence (spaCy's rule-based sentencizer over each line) of 40-400 characters and
six words or more in ../shared/eval/polnear-dev/text, gva-dev and gva-more. Two strata:
``unit`` (a number beside a unit word, a currency sign or code, or a percentage: UNIT below; ages
("25-year-old", "25 years old") are not units)
and ``any`` (every other sentence of the pool, numbers or not). 240 sentences are drawn from
``unit`` and 180 from ``any`` with ``random.Random(17)``, over the sorted pool.

Only each sentence's path (relative to ../shared/eval), character offsets in the file as read
(UTF-8, undecodable bytes replaced) and a SHA-1 of its text are written: the text belongs to its
publishers and is never committed. ``bench/quant_news.py`` rebuilds the sentences from these.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import random
import re
import sys

import spacy

EVAL = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "eval"
SEED = 17
N_UNIT, N_ANY = 240, 180

NUM = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half)"
UNIT_WORDS = (
    r"percent|per\s?cent|percentage points?|points?|dollars?|cents?|euros?|pounds?|yen|yuan|pesos?|rupees?|"
    r"miles?|mph|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|ft|inch(?:es)?|yards?|acres?|hectares?|"
    r"square|cubic|tons?|tonnes?|kilograms?|kg|grams?|lbs?|ounces?|oz|gallons?|lit(?:er|re)s?|barrels?|"
    r"degrees?|caliber|calibre|mm|millimet(?:er|re)s?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"decades?|centuries|GB|MB|watts?|volts?|horsepower|hp"
)
UNIT = re.compile(
    rf"[$£€¥]\s?\d|\b(?:USD|EUR|GBP|US\$)\s?\d|\d\s?%"
    rf"|\b{NUM}(?:[\s-]+{NUM})*[\s-]*(?:{UNIT_WORDS})\b(?![\s-]*(?:old|of age)\b)",
    re.I,
)


def pool(nlp):
    files = sorted((EVAL / "polnear-dev" / "text").glob("*.txt"))
    for split in ("gva-dev", "gva-more"):
        files += sorted((EVAL / split).glob("*/*.txt"))
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        offset = 0
        for line in text.splitlines(keepends=True):
            if len(line.strip()) >= 40:
                for sent in nlp(line).sents:
                    s = sent.text.strip()
                    if 40 <= len(s) <= 400 and len(s.split()) >= 6:
                        start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                        assert text[start:start + len(s)] == s
                        yield path.relative_to(EVAL).as_posix(), start, start + len(s), s
            offset += len(line)


def main() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    unit, other = [], []
    for path, start, end, s in pool(nlp):
        (unit if UNIT.search(s) else other).append((path, start, end, s))
    rng = random.Random(SEED)
    chosen = [("unit", x) for x in rng.sample(unit, N_UNIT)] + [("any", x) for x in rng.sample(other, N_ANY)]
    out = {
        "drawn_with": f"random.Random({SEED}); {N_UNIT} of {len(unit)} unit sentences, {N_ANY} of {len(other)} others",
        "sentences": [
            {"id": f"s{i:03d}", "stratum": stratum, "path": p, "start": a, "end": b,
             "sha1": hashlib.sha1(s.encode()).hexdigest()[:12]}
            for i, (stratum, (p, a, b, s)) in enumerate(chosen)
        ],
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

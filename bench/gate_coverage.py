"""How much text a cheap "can this sentence hold a claim?" gate could skip.

    python bench/gate_coverage.py [FOLDER...]   (default: gva-dev and polnear-dev)

A sentence (split cheaply at . ! ? and line breaks) can hold a claim when it has a
digit, a quotation mark, a number or vague-count word, or a word starting like one of
the measure, reporting-verb, title or people words in reconcile/data. The extractors
also read the sentences around a claim (scope is inherited from the two sentences
before; "she said" resolves to a person named earlier; a quote's speaker may be in
the next sentence), so a sentence next to one that can hold a claim must be parsed
too. Prints the share of characters the gate would let through, alone and with
those neighbours: an upper bound on what gating could save in parsing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile import nlp as N  # noqa: E402
from reconcile.text import numbers  # noqa: E402
from reconcile.text.lexicon import lexicon  # noqa: E402
from reconcile.pipeline import read  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SENT = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])|\n")
WORD = re.compile(r"[A-Za-z]+")
IRREGULAR = {"said", "says", "told", "tells", "wrote", "written", "thought", "shot", "hit", "hurt",
             "dead", "died", "slain", "according"}
VAGUE = {"several", "dozens", "hundreds", "thousands", "tens", "scores", "many", "few", "couple",
         "handful", "multiple", "numerous", "no", "none", "nobody"}


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 4 and w[-1] in "ey" else w


def gate():
    lx = lexicon()
    words = (set(lx.verb_measure) | set(lx.noun_measure) | set(lx.adj_measure) | set(lx.reporting)
             | set(lx.title_words) | set(lx.person_group))
    stems = tuple(sorted({_stem(w.lower()) for w in words if len(w) >= 3}))
    number_words = set(numbers.NUMBER_WORDS) | set(numbers.MULTIPLIERS) | VAGUE | IRREGULAR

    def can_hold(sentence: str) -> bool:
        if re.search(r"\d|[“”\"«»„]", sentence):
            return True
        for w in WORD.findall(sentence):
            low = w.lower()
            if low in number_words or low.startswith(stems):
                return True
        return False

    return can_hold


def coverage(folder: Path) -> tuple[int, float, float]:
    can_hold = gate()
    arts, _ = read([folder])
    total = alone = near = 0
    for a in arts:
        sents = [s for s in SENT.split(N.masked_text(a)) if s.strip()]
        flags = [can_hold(s) for s in sents]
        for i, s in enumerate(sents):
            total += len(s)
            if flags[i]:
                alone += len(s)
            if any(flags[max(0, i - 1):i + 3]):  # itself, the one before, the two after
                near += len(s)
    return len(arts), alone / max(total, 1), near / max(total, 1)


def main() -> None:
    folders = [Path(p) for p in sys.argv[1:]] or [EVAL / "gva-dev", EVAL / "polnear-dev" / "text"]
    for f in folders:
        n, alone, near = coverage(f)
        print(f"{f}: {n} articles; sentences that can hold a claim {alone:.1%} of the text, "
              f"with their neighbours {near:.1%}")


if __name__ == "__main__":
    main()

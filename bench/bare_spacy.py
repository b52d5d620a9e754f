"""The floor to beat: a bare ``nlp.pipe`` over the same texts with the same model.

    python bench/bare_spacy.py MODEL FOLDER

Reads every .txt under FOLDER (sorted, one at a time), runs the full pipeline
(every component the model enables by default) with spaCy's default batch size,
and keeps nothing. Prints the number of articles and tokens.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy


def texts(folder: Path):
    for p in sorted(folder.rglob("*.txt")):
        yield p.read_text(encoding="utf-8", errors="replace")


def main() -> None:
    model, folder = sys.argv[1], Path(sys.argv[2])
    nlp = spacy.load(model)
    n = tokens = 0
    for doc in nlp.pipe(texts(folder)):
        n += 1
        tokens += len(doc)
    print(f"{n} articles, {tokens} tokens")


if __name__ == "__main__":
    main()

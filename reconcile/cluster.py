"""Extraction on a Dask cluster: one more executor beside :class:`reconcile.workers.Engine`.

``reconcile claims|check --scheduler ADDRESS`` hands the batches of articles whose
claims are not cached to the workers of an existing Dask cluster (``dask scheduler``
and ``dask worker`` processes, on this machine or others); ``--scheduler local``
starts a LocalCluster here, one worker process per job, one thread each. The rest of
the run does not change: the command reads the folder, looks each article up in the
claim cache, keeps the input order (:func:`reconcile.workers.ordered`), writes the
cache with the claims that come back (only this process ever writes it), and builds
the accounts, alignment and report itself, so the output is the same as a local run.

A task is one batch of articles (their text and metadata, as read here, since the
command reads every file anyway for the cache key and the copy signatures); it comes
back as each article's claims or :class:`~reconcile.workers.Failure`, with a stamp
(extractor version, spaCy version, pipeline) that must match this process's, or the
claims would be cached under a key that does not describe them. Each worker process
loads the pipeline once, on its first task, and keeps it (:func:`_pipeline`); the
tasks of one worker run one at a time.

Dask is an optional dependency (``pip install 'reconcile[dask]'``; ``make install``
installs it): nothing here imports it before :meth:`DaskEngine.start`, so a run
without ``--scheduler`` never loads it.
"""

from __future__ import annotations

import logging
import signal
import threading
from importlib import metadata
from typing import Any

from . import models
from .cache import extractor_version
from .records import Article, Claim
from .workers import Batches, Failure, _stages, claims_with, default_jobs, max_jobs

#: ``--scheduler local``: a LocalCluster started by the command, stopped at its end
LOCAL = "local"

_LOCK = threading.Lock()  # one task at a time per worker process, and one load
_PIPELINES: dict[str | None, Any] = {}  # this worker process's pipelines, by name


class ClusterError(Exception):
    """The Dask cluster cannot be used: Dask is missing, the scheduler cannot be reached,
    or its workers fail or differ from this command. The message is one line."""


class DaskMissing(ClusterError):
    """``--scheduler`` without Dask installed."""


def stamp(model_id: str) -> tuple[str, str, str]:
    """What must be the same here and on the workers for their claims to be this
    run's: reconcile's extractor version, spaCy's version, the pipeline's id."""
    try:
        spacy = metadata.version("spacy")
    except metadata.PackageNotFoundError:  # pragma: no cover - spaCy is a dependency
        spacy = "?"
    return extractor_version(), spacy, model_id


def _pipeline(model: str | None):
    """The pipeline ``model``, loaded on this worker's first task and kept (caller holds _LOCK)."""
    nlp = _PIPELINES.get(model)
    if nlp is None:
        nlp = _PIPELINES[model] = _stages()[1].load(model)
    return nlp


def work(model: str | None, measures: tuple, articles: list[Article]
         ) -> tuple[tuple[str, str, str], list[list[Claim] | Failure]]:
    """A Dask task: the claims of one batch (each article's claims or Failure), and the
    stamp of the worker that extracted them. Runs on a worker."""
    with _LOCK:
        got_stamp = stamp(models.find(model).id)
        return got_stamp, claims_with(_pipeline(model), articles, measures)


def _one_line(e: BaseException) -> str:
    msg = (str(e).strip().splitlines() or [""])[0][:200]
    return f"{type(e).__name__}{': ' + msg if msg else ''}"


class DaskEngine(Batches):
    """The :class:`reconcile.workers.Engine` interface over a Dask cluster: ``submit``
    sends a batch as a task, ``result`` waits for its claims."""

    def __init__(self, address: str, model: str | None = None, model_id: str = "", jobs: int | None = None,
                 measures: tuple = ()) -> None:
        self.address = address
        self.model = model
        self.expected = stamp(model_id)
        #: batches in flight are bounded by twice this: the workers of the cluster once
        #: connected; before, --jobs (or the cores), which is also LocalCluster's size
        self.jobs = max(1, jobs or default_jobs())
        self.measures = tuple(measures)
        self.loaded = False
        self._client = None
        self._cluster = None
        self._waiting: dict[int, Any] = {}
        self._done: dict[int, list[list[Claim] | Failure]] = {}
        self._next = 0
        self._log_level: int | None = None

    def start(self, articles: int | None = None) -> None:
        """Connect to the scheduler (or start the LocalCluster, with no more workers than
        ``articles`` when that is known); nothing if already started."""
        if self.loaded:
            return
        try:
            import dask  # noqa: F401 - a clear message when it is missing
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise DaskMissing(f"--scheduler needs Dask ({_one_line(e)}); install it with "
                              "pip install 'reconcile[dask]'") from None
        # stderr carries reconcile's own lines: Dask's notes are quiet while the engine runs
        log = logging.getLogger("distributed")
        self._log_level = log.level
        log.setLevel(logging.ERROR)
        if self.address == LOCAL:
            n = min(self.jobs, max_jobs())  # as --jobs: twice the cores at most, at least 4
            n = max(1, min(n, articles)) if articles is not None else n
            self.jobs = n
            # the workers are spawned ignoring Ctrl-C (sent to the whole process group): it
            # is this process's to handle, and it stops them, as it does its own workers
            main = threading.current_thread() is threading.main_thread()
            old = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
            try:
                self._cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                             dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
                self._client = Client(self._cluster)
            except Exception as e:
                self.close()
                raise ClusterError(f"cannot start a local Dask cluster: {_one_line(e)}") from None
            finally:
                if main:
                    signal.signal(signal.SIGINT, old)
        else:
            import dask.config

            timeout = dask.config.get("distributed.comm.timeouts.connect")
            try:
                self._client = Client(self.address, timeout=timeout)
            except Exception as e:  # OSError, TimeoutError, ValueError for a malformed address
                self.close()
                raise ClusterError(f"cannot reach the Dask scheduler at {self.address} "
                                   f"(within {timeout}): {_one_line(e)}") from None
            try:  # a scheduler with no worker would keep the tasks waiting for ever
                self._client.wait_for_workers(1, timeout=timeout)
            except Exception:
                self.close()
                raise ClusterError(f"the Dask scheduler at {self.address} has no worker "
                                   f"(waited {timeout}); start some with: dask worker {self.address}") from None
            self.jobs = max(1, len(self._client.scheduler_info().get("workers", {})))
        self.loaded = True

    def _send(self, articles: list[Article]) -> Any:
        return self._client.submit(work, self.model, self.measures, articles, pure=False)

    def ready(self, h: int) -> bool:
        return h in self._done or self._waiting[h].done()

    def _receive(self, future: Any) -> list[list[Claim] | Failure]:
        try:
            got_stamp, claims = future.result()
        except Exception as e:
            raise ClusterError(f"a Dask task failed on the cluster at {self.address}: {_one_line(e)}") from None
        finally:
            future.release()
        if tuple(got_stamp) != self.expected:
            raise ClusterError(
                f"the Dask workers at {self.address} do not extract as this command does "
                f"(extractor, spaCy, pipeline: theirs {'/'.join(got_stamp)}, ours {'/'.join(self.expected)}); "
                "install the same reconcile and pipeline on them")
        return claims

    def close(self) -> None:
        for f in self._waiting.values():
            f.cancel()
        self._waiting.clear()
        if self._client is not None:
            try:
                self._client.close()
            except Exception:  # pragma: no cover - a scheduler gone while closing
                pass
            self._client = None
        if self._cluster is not None:
            try:
                self._cluster.close()
            except Exception:  # pragma: no cover
                pass
            self._cluster = None
        if self._log_level is not None:
            logging.getLogger("distributed").setLevel(self._log_level)
            self._log_level = None

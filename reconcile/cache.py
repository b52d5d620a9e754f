"""A content-addressed cache of extracted claims, in the user's cache folder.

An article's claims depend only on its text (and the boilerplate spans masked in it),
its publication date (relative times such as "last night" are resolved against it),
the spaCy pipeline, and reconcile's extraction code and data. The key is a SHA-256
over all of these:

- the article text, its masked spans and its publication date as given;
- the configuration's extra measure words, if any;
- the pipeline's name and version (from its meta.json, see :mod:`reconcile.models`)
  and the installed spaCy version;
- the *extractor version*: a hash of the source files that turn text into claims
  (``reconcile/extract/**/*.py``, ``reconcile/text/**/*.py``, ``reconcile/data/*.json``,
  ``nlp.py``, ``fastpath.py``, ``records.py``, this module), so any change to that code invalidates every entry on its own.

Values are the claims without what names the article (id, source, path), so the same
text under another name is a hit too; ids are renumbered on the way out exactly as the
extractor numbers them. The store is one SQLite database,
``$XDG_CACHE_HOME/reconcile/claims.sqlite3`` (``~/.cache/reconcile`` when
``XDG_CACHE_HOME`` is unset), written only by the parent process, and never inside
an input folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .records import Article, Claim

DB_NAME = "claims.sqlite3"
#: 2: person claims (name, age, gender, role, outcome, condition, spans)
SCHEMA = 2
#: claim fields that name the article, not its content
_NAMING = ("id", "source", "path")


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/reconcile``, else ``~/.cache/reconcile``."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "reconcile"


def _package_root() -> Path:
    return Path(__file__).resolve().parent


#: data files the extractor does not read (ingest's field names, whose text is part of
#: the key itself; accounts' and compare's words, read after extraction): editing them
#: changes no claim, so they are not part of the extractor's version
NOT_EXTRACTOR_DATA = frozenset({"ingest.json", "accounts.json", "compare.json", "report.json"})


@cache
def extractor_version() -> str:
    """A hash of every source file that decides what claims a text yields."""
    root = _package_root()
    files = sorted(
        list((root / "extract").rglob("*.py"))  # its packages too (extract/persons/)
        + list((root / "text").rglob("*.py"))
        + [f for f in (root / "data").glob("*.json") if f.name not in NOT_EXTRACTOR_DATA]
        + [root / "nlp.py", root / "fastpath.py", root / "records.py", root / "cache.py"]
    )
    h = hashlib.sha256(f"schema {SCHEMA}\n".encode())
    for f in files:
        h.update(f.relative_to(root).as_posix().encode() + b"\0")
        h.update(_read_data(f) if f.suffix == ".json" else f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


#: keys of the data files that document an entry and are read by no extractor (an entry's
#: example sentence, its notes and sources): editing them changes no claim
DOC_KEYS = ("example", "examples")


def _read_data(f: Path) -> bytes:
    """A data file as the extractors read it: without its documentation (:data:`DOC_KEYS`
    and keys starting with '_'), so rewording an example keeps the cache."""
    def strip(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if not k.startswith("_") and k not in DOC_KEYS}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    return json.dumps(strip(json.loads(f.read_bytes())), sort_keys=True, ensure_ascii=False).encode()


@cache
def _spacy_version() -> str:
    try:
        return metadata.version("spacy")
    except metadata.PackageNotFoundError:  # pragma: no cover - spaCy is a dependency
        return "?"


def key(article: Article, model_id: str, extra: str = "") -> str:
    """The cache key of ``article``'s claims under pipeline ``model_id``; ``extra`` is
    the configuration that changes what is extracted (extra measure words)."""
    h = hashlib.sha256()
    for part in (f"reconcile {extractor_version()}", f"spacy {_spacy_version()}", f"model {model_id}",
                 f"config {extra}", "masked " + ",".join(f"{s}-{e}" for s, e in article.masked),
                 f"published {article.published!r}"):
        h.update(part.encode("utf-8") + b"\0")
    h.update(article.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def strip(claims: list[Claim]) -> list[dict[str, Any]]:
    """What is stored: each claim's dict without id, source and path."""
    return [{k: v for k, v in c.to_dict().items() if k not in _NAMING} for c in claims]


def restore(article: Article, rows: list[dict[str, Any]]) -> list[Claim]:
    """Claims of ``article`` from stored rows, numbered as the extractor numbers them."""
    counters: dict[str, int] = {}
    out = []
    for r in rows:
        kind = r["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        out.append(Claim.from_dict({**r, "id": f"{article.id}:{kind}{counters[kind]}",
                                    "source": article.id, "path": article.path}))
    return out


#: seconds a write waits for another run's write to finish before the cache is given up
#: for this run; ``RECONCILE_CACHE_LOCK_WAIT`` sets it (tests lower it)
LOCK_WAIT = 30.0


def lock_wait() -> float:
    """The lock wait in force: ``$RECONCILE_CACHE_LOCK_WAIT`` seconds, else :data:`LOCK_WAIT`."""
    raw = os.environ.get("RECONCILE_CACHE_LOCK_WAIT", "").strip()
    try:
        return max(0.0, float(raw)) if raw else LOCK_WAIT
    except ValueError:
        return LOCK_WAIT


class CacheError(Exception):
    """The cache cannot be cleared; the message names the path and the reason."""


def reason(e: BaseException) -> str:
    """One line saying why the cache cannot be used, from the exception that said so."""
    if isinstance(e, OSError):
        where = f" ({e.filename})" if e.filename else ""
        return f"{(e.strerror or str(e)).lower()}{where}"
    msg = (str(e).strip().splitlines() or [type(e).__name__])[0]
    if "locked" in msg:
        return f"{msg} (another run held it for more than the lock wait, {lock_wait():g} s)"
    if isinstance(e, sqlite3.DatabaseError) and not isinstance(e, sqlite3.OperationalError):
        return f"{msg}; `reconcile cache clear` removes it"  # damaged, truncated or not ours
    if "no such column" in msg:  # another program's database
        return "not a reconcile cache (its 'claims' table has other columns); `reconcile cache clear` removes it"
    return msg


#: what a cache that cannot be used raises: SQLite's errors, the file system's, and
#: values that do not decode (an entry is a miss, the store as a whole is given up)
FAULTS = (sqlite3.Error, OSError)


@dataclass(frozen=True)
class Info:
    path: Path
    entries: int | None  # None: the store cannot be read (``problem`` says why)
    bytes: int
    problem: str | None = None
    #: the path ``problem`` is about (the database, or the folder when a file stands there)
    where: Path | None = None


class ClaimCache:
    """The claim store, best effort: the first fault (a damaged or foreign file, a folder
    that is a file, no permission, a lock held past the lock wait) turns it off for the
    rest of the run, reported once through ``on_error(message)``; lookups then miss and
    writes are dropped. Use as a context manager, or call :meth:`close`.

    Each entry is written in a transaction of its own, so no write lock is held while
    articles are parsed and concurrent runs on one cache never wait long for each other.
    """

    def __init__(self, directory: Path | None = None, timeout: float | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        self.directory = directory or cache_dir()
        self.path = self.directory / DB_NAME
        self.timeout = lock_wait() if timeout is None else timeout
        self.on_error = on_error
        #: why the store is off for this run (None while it works)
        self.problem: str | None = None
        self._db: sqlite3.Connection | None = None

    def _fail(self, e: BaseException) -> None:
        """Give the store up for this run and say so once."""
        self.close()
        if self.problem is None:
            where, self.problem = self._misplaced() or (self.path, reason(e))
            if self.on_error is not None:
                self.on_error(f"{where}: claim cache not used: {self.problem}")

    def _misplaced(self) -> tuple[Path, str] | None:
        """(path, why) when something else stands where the cache belongs."""
        clear = "; `reconcile cache clear` removes it"
        if self.directory.exists() and not self.directory.is_dir():
            return self.directory, "a file stands where the cache folder belongs" + clear
        if self.path.is_dir():
            return self.path, "a folder stands where the cache database belongs" + clear
        return None

    # the connection is opened on first use, so a run that never looks anything up
    # never creates the folder
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            except BaseException:
                db.close()
                raise
            self._db = db
        return self._db

    def get(self, k: str) -> list[dict[str, Any]] | None:
        """The rows stored under ``k``, or None (a miss, a damaged entry, or no store)."""
        if self.problem is not None:
            return None
        try:
            row = self._conn().execute("SELECT data FROM claims WHERE key = ?", (k,)).fetchone()
        except FAULTS as e:
            self._fail(e)
            return None
        if row is None:
            return None
        try:
            rows = json.loads(zlib.decompress(row[0]))
        except (zlib.error, ValueError, TypeError, RecursionError):
            return None  # a damaged entry is a miss; the fresh result overwrites it
        return rows if isinstance(rows, list) else None

    def load(self, k: str, article: Article) -> list[Claim] | None:
        """``article``'s claims stored under ``k``, or None; an entry that does not
        restore into claims is a miss too."""
        rows = self.get(k)
        if rows is None:
            return None
        try:
            return restore(article, rows)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            return None

    def put(self, k: str, rows: list[dict[str, Any]]) -> None:
        """Store ``rows`` under ``k``, committed at once (dropped when the store is off)."""
        if self.problem is not None:
            return
        data = zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        try:
            self._conn().execute("INSERT OR REPLACE INTO claims (key, data) VALUES (?, ?)", (k, data))
        except FAULTS as e:
            self._fail(e)

    def close(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            try:
                db.close()
            except sqlite3.Error:
                pass

    def __enter__(self) -> ClaimCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _files(self) -> list[Path]:
        try:
            return sorted(self.directory.glob(DB_NAME + "*")) if self.directory.is_dir() else []
        except OSError:
            return []

    def info(self) -> Info:
        """Where the store is, its entries and size; a store that cannot be read has
        ``entries`` None and ``problem`` set (nothing is created)."""
        size = 0
        for p in self._files():
            try:
                size += p.stat().st_size if p.is_file() else 0
            except OSError:
                pass
        wrong = self._misplaced()
        if wrong is not None:
            return Info(self.path, None, size, wrong[1], wrong[0])
        if not (self.path.exists() or self.path.is_symlink()):
            return Info(self.path, 0, size)
        try:
            db = sqlite3.connect(self.path, timeout=self.timeout)
            try:
                if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'claims'").fetchone():
                    return Info(self.path, 0, size)  # an empty database: a run creates the table
                db.execute("SELECT key, data FROM claims LIMIT 1").fetchall()  # the layout is ours
                n = db.execute("SELECT count(*) FROM claims").fetchone()[0]
            finally:
                db.close()
        except FAULTS as e:
            return Info(self.path, None, size, reason(e), self.path)
        return Info(self.path, n, size)

    def clear(self) -> int | None:
        """Remove the store, whatever is there: the database and its journal files, a
        damaged or foreign file in their place, a file where the cache folder should be.
        Returns how many entries it held (None when that could not be read); raises
        :class:`CacheError` when something cannot be removed."""
        n = self.info().entries
        self.close()
        if not self.directory.is_dir():
            targets = [self.directory] if self.directory.exists() or self.directory.is_symlink() else []
        else:
            targets = self._files()
        for p in targets:
            try:
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p)
                else:
                    p.unlink(missing_ok=True)
            except OSError as e:
                raise CacheError(f"{p}: cannot remove: {(e.strerror or str(e)).lower()}") from None
        return n


def inside(path: Path, folders: list[Path]) -> bool:
    """True when ``path`` lies in one of ``folders`` (the cache must never be written there)."""
    p = path.resolve()
    for f in folders:
        try:
            p.relative_to(Path(f).resolve())
            return True
        except ValueError:
            continue
    return False

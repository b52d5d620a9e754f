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
  (``reconcile/extract/*.py``, ``reconcile/data/*.json``, ``nlp.py``, ``fastpath.py``,
  ``records.py``, this module), so any change to that code invalidates every entry on its own.

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
import sqlite3
import zlib
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


#: data files read after extraction only (by accounts and compare): editing them changes
#: no claim, so they are not part of the extractor's version
COMPARISON_DATA = frozenset({"compare.json"})


@cache
def extractor_version() -> str:
    """A hash of every source file that decides what claims a text yields."""
    root = _package_root()
    files = sorted(
        list((root / "extract").glob("*.py"))
        + [f for f in (root / "data").glob("*.json") if f.name not in COMPARISON_DATA]
        + [root / "nlp.py", root / "fastpath.py", root / "records.py", root / "cache.py"]
    )
    h = hashlib.sha256(f"schema {SCHEMA}\n".encode())
    for f in files:
        h.update(f.relative_to(root).as_posix().encode() + b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


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


@dataclass(frozen=True)
class Info:
    path: Path
    entries: int
    bytes: int


class ClaimCache:
    """The claim store. Use as a context manager, or call :meth:`close`."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or cache_dir()
        self.path = self.directory / DB_NAME
        self._db: sqlite3.Connection | None = None
        self._pending = 0

    # the connection is opened on first use, so a run that never looks anything up
    # never creates the folder
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            self._db = db
        return self._db

    def get(self, k: str) -> list[dict[str, Any]] | None:
        row = self._conn().execute("SELECT data FROM claims WHERE key = ?", (k,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(zlib.decompress(row[0]))
        except (zlib.error, ValueError):
            return None  # a damaged entry is a miss; the fresh result overwrites it

    def put(self, k: str, rows: list[dict[str, Any]]) -> None:
        db = self._conn()
        if not self._pending:
            db.execute("BEGIN")
        data = zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        db.execute("INSERT OR REPLACE INTO claims (key, data) VALUES (?, ?)", (k, data))
        self._pending += 1
        if self._pending >= 200:
            self.flush()

    def flush(self) -> None:
        if self._db is not None and self._pending:
            self._db.execute("COMMIT")
            self._pending = 0

    def close(self) -> None:
        if self._db is not None:
            self.flush()
            self._db.close()
            self._db = None

    def __enter__(self) -> ClaimCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def info(self) -> Info:
        if not self.path.exists():
            return Info(self.path, 0, 0)
        n = self._conn().execute("SELECT count(*) FROM claims").fetchone()[0]
        size = sum(p.stat().st_size for p in self.directory.glob(DB_NAME + "*") if p.is_file())
        return Info(self.path, n, size)

    def clear(self) -> int:
        """Delete every entry (the database files themselves); returns how many there were."""
        n = self.info().entries
        self.close()
        for p in self.directory.glob(DB_NAME + "*"):
            p.unlink(missing_ok=True)
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

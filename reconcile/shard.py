"""Sharding and saved claims: split a folder over runs, build one report from their output.

``reconcile claims --shard K/N`` extracts only the files whose source id (the path
relative to the folder given, without its suffix) hashes to slice K of N. The slice
depends on the name alone, not on the position in the folder, so adding or removing a
file moves no other file to another slice. Files that share a source id (``a.txt``
and ``a.md``) fall in the same slice, so their ids are made unique the same way as
in a whole run.

Saved claims (what ``--shard`` writes) are JSON Lines. Each claim is one line
(``Claim.to_dict``, as ``claims --format jsonl`` prints them); each article also has
one ``{"record": "source", ...}`` line (id, path, title, outlet, published, url,
model, and what grouping and copy detection keep of its text: its ``sketch``,
:class:`reconcile.events.Sketch`, and its ``signature``, :class:`reconcile.accounts.Signature`,
in their compact ``to_dict`` forms) before its claims, and each unusable file one ``{"record": "skipped", "path",
"reason"}`` line, so ``reconcile check --claims FILE...`` can rebuild the report,
sources without claims and skipped files included, grouped into events and with
copies told as ``check FOLDER`` does. Source lines saved by an older reconcile have no
sketch: the report is then one event, as it was then. Plain ``claims --format jsonl``
output (claims only) is read too: its sources are the articles its claims name.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import os
import re
import zlib
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from itertools import accumulate
from pathlib import Path
from typing import Any, BinaryIO

from .accounts import Signature, signature
from .events import Sketch, sketch
from .records import Article, Claim, ClaimStore, Skipped
from .saved import dumps as json_dumps

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class SavedClaimsError(Exception):
    """A saved-claims file that cannot be used; the message names it and says why."""


@dataclass(frozen=True)
class Shard:
    """Slice ``k`` (1-based) of ``n``."""

    k: int
    n: int

    @classmethod
    def parse(cls, spec: str) -> Shard:
        m = _SHARD.match(spec)
        if not m:
            raise ValueError(f"--shard takes K/N (such as 2/8), not {spec!r}")
        k, n = int(m.group(1)), int(m.group(2))
        if not 1 <= k <= n:
            raise ValueError(f"--shard {spec}: K must be between 1 and N")
        return cls(k, n)

    def holds(self, source_id: str) -> bool:
        """Whether the file with this source id belongs to this slice."""
        h = int.from_bytes(hashlib.sha256(source_id.encode("utf-8")).digest()[:8], "big")
        return h % self.n == self.k - 1


# ---------------------------------------------------------------- writing

def source_record(article: Article, model: str) -> dict[str, Any]:
    """The article's source line; with its text at hand, its sketch and signature too."""
    row = {"record": "source", **article.summary(), "model": model}
    if article.text:
        row["sketch"] = sketch(article).to_dict()
        row["signature"] = signature(article).to_dict()
    return row


def skipped_record(s: Skipped) -> dict[str, Any]:
    return {"record": "skipped", **s.to_dict()}


def dumps(row: dict[str, Any]) -> str:
    """One JSON line, safe to print on a terminal (as the JSON report writes it)."""
    return json_dumps(row, indent=None) + "\n"


def claims_jsonl(claims: list[Claim]) -> str:
    """Claim lines only: the ``claims --format jsonl`` contract."""
    return "".join(dumps(c.to_dict()) for c in claims)


def article_jsonl(article: Article, claims: list[Claim], model: str) -> str:
    """Saved claims for one article: its source record, then its claims."""
    return dumps(source_record(article, model)) + claims_jsonl(claims)


# ---------------------------------------------------------------- reading

class Signatures(Mapping[str, Signature]):
    """Signatures kept in their saved form and read when asked for: a :class:`Signature`'s
    set of shingles takes about 12 kB an article in memory, its saved form about 1.3 kB,
    and a report asks for each one only a few times (copies within its event, a link's
    names)."""

    def __init__(self) -> None:
        self._saved: dict[str, dict[str, Any]] = {}

    def add(self, source: str, saved: dict[str, Any]) -> None:
        Signature.from_dict(source, saved)  # a bad one fails here, on its line
        self._saved[source] = saved

    def __getitem__(self, source: str) -> Signature:
        return Signature.from_dict(source, self._saved[source])

    def __iter__(self) -> Iterator[str]:
        return iter(self._saved)

    def __len__(self) -> int:
        return len(self._saved)


#: claim fields whose values many claims share (an article's id and path, its sentences,
#: the few kinds, measures and hedges, a person's name): every text field of a claim but its
#: own id and words, kept once in memory, not once per claim
_SHARED = ("kind", *(f.name for f in fields(Claim) if str(f.type).startswith("str") and f.name not in ("id", "text")))


class SavedClaims(ClaimStore):
    """Saved claims left in their files: each source's claim lines are found by their byte
    offsets and read (and parsed) again when asked for, so a report on saved claims holds
    one event's claims at a time, not all of them (2.6 million claims of 100,000 articles
    take some 3 GB as objects, their offsets 21 MB). Iterating gives every claim in the
    order of ``order`` (the sources', folder-walk order), a source's in file order."""

    def __init__(self, files: list[Path], order: list[str], where: dict[str, tuple[int, array]]) -> None:
        self._files = files
        self._order = order
        self._where = where  # source id -> (index in files, offsets of its claim lines)
        counts = [len(where[s][1]) if s in where else 0 for s in order]
        self._ends = list(accumulate(counts))

    def of(self, source: str) -> list[Claim]:
        """The source's claims, read from its file (in the order they were saved)."""
        return self._load(*self._where[source]) if source in self._where else []

    def _open(self, n: int) -> BinaryIO:
        try:
            return open(self._files[n], "rb")
        except OSError as e:
            raise self._changed(n, e.strerror or str(e)) from None

    def _load(self, n: int, offsets: array) -> list[Claim]:
        with self._open(n) as f:
            return self._read(n, f, offsets)

    def _read(self, n: int, f: BinaryIO, offsets: array) -> list[Claim]:
        pool: dict[str, str] = {}
        out = []
        for off in offsets:
            try:
                if f.tell() != off:
                    f.seek(off)
                out.append(_claim(json.loads(f.readline()), pool))
            except (OSError, ValueError, KeyError, TypeError) as e:
                raise self._changed(n, f"no claim at byte {off}: {e}") from None
        return out

    def _changed(self, n: int, why: str) -> SavedClaimsError:
        return SavedClaimsError(f"{self._files[n]}: changed or gone while the report was being built ({why}); "
                                "saved claims are read again as each event is judged")

    def __iter__(self) -> Iterator[Claim]:
        handles: dict[int, BinaryIO] = {}
        try:
            for sid in self._order:
                if sid in self._where:
                    n, offsets = self._where[sid]
                    if n not in handles:
                        handles[n] = self._open(n)
                    yield from self._read(n, handles[n], offsets)
        finally:
            for h in handles.values():
                h.close()

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def by_id(self) -> Mapping[str, Claim]:
        """The claims by id, read when looked up (not all at once): :class:`_ById`."""
        return _ById(self)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        k = bisect_right(self._ends, i)
        sid = self._order[k]
        n, offsets = self._where[sid]
        at = i - (self._ends[k - 1] if k else 0)
        return self._load(n, offsets[at:at + 1])[0]


class _ById(Mapping[str, Claim]):
    """Saved claims by id, each looked up in its source's claims, which are read from the
    file when first asked for; the last :data:`_KEEP` sources' are kept. A report's
    renderers look up the claims its findings and tables name: at 100,000 articles an
    index of every claim would hold them all again."""

    _KEEP = 256

    def __init__(self, store: SavedClaims) -> None:
        self._store = store
        self._kept: OrderedDict[str, dict[str, Claim]] = OrderedDict()

    def _of(self, cid: str) -> dict[str, Claim]:
        source = cid.rsplit(":", 1)[0]  # a claim's id is its source's id, ':' and its own
        if source in self._kept:
            self._kept.move_to_end(source)
            return self._kept[source]
        claims = {c.id: c for c in self._store.of(source)}
        self._kept[source] = claims
        if len(self._kept) > self._KEEP:
            self._kept.popitem(last=False)
        return claims

    def __getitem__(self, cid: str) -> Claim:
        return self._of(cid)[cid]

    def __iter__(self) -> Iterator[str]:
        return (c.id for c in self._store)

    def __len__(self) -> int:
        return len(self._store)


@dataclass
class Saved:
    """What saved-claims files hold, merged: sources, claims (left in the files, read
    again when asked for: :class:`SavedClaims`), skipped files, model, and the sketches
    and signatures of the sources whose lines carry them."""

    articles: list[Article]
    claims: SavedClaims
    skipped: list[Skipped]
    model: str
    sketches: dict[str, Sketch] = field(default_factory=dict)
    signatures: Mapping[str, Signature] = field(default_factory=dict)

    @property
    def unsketched(self) -> int:
        """Sources without a sketch (saved by an older reconcile, or claims-only lines)."""
        return sum(a.id not in self.sketches for a in self.articles)


def _claim(row: dict[str, Any], pool: dict[str, str]) -> Claim:
    """A saved claim line as a Claim, its shared text fields kept once in ``pool``."""
    for k in _SHARED:
        v = row.get(k)
        if isinstance(v, str):
            row[k] = pool.setdefault(v, v)
    return Claim.from_dict(row)


def _rows(path: Path) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """(line number, byte offset, object) for each non-blank line."""
    try:
        f = open(path, "rb")
    except OSError as e:
        raise SavedClaimsError(f"{path}: cannot read ({e.strerror or e})") from None
    with f:
        offset = 0
        for lineno, raw in enumerate(f, 1):
            at, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                raise SavedClaimsError(f"{path}: line {lineno}: not UTF-8") from None
            except json.JSONDecodeError as e:
                raise SavedClaimsError(f"{path}: line {lineno}: not JSON ({e.msg})") from None
            except RecursionError:
                raise SavedClaimsError(f"{path}: line {lineno}: not saved claims (JSON nested too deeply)") from None
            if not isinstance(row, dict):
                raise SavedClaimsError(f"{path}: line {lineno}: not a JSON object")
            yield lineno, at, row


def walk_key(path: str) -> tuple[str, ...]:
    """Sort key giving the order a folder walk visits files in (entries in name order,
    a sub-folder's files at the sub-folder's place: see ``ingest.iter_files``)."""
    return tuple(path.replace(os.sep, "/").split("/"))


def read(files: Iterable[str | os.PathLike[str]]) -> Saved:
    """Merge saved-claims files (shards in any order) into one set of records.

    Every line is read and checked here; claims are then left in their files
    (:class:`SavedClaims`, which keeps each line's offset). Articles come out in
    folder-walk order of their paths (a whole run's order); a source id seen twice is
    an error (the same shard given twice, or shards of different folders that collide).
    """
    articles: dict[str, Article] = {}
    where: dict[str, tuple[int, array]] = {}
    skipped: dict[tuple[str, int | None, str], Skipped] = {}
    models: set[str] = set()
    sketches: dict[str, Sketch] = {}
    signatures = Signatures()
    pool: dict[str, str] = {}
    paths = [Path(f) for f in files]
    for k, path in enumerate(paths):
        mine: set[str] = set()
        for lineno, at, row in _rows(path):
            loc = f"{path}: line {lineno}"
            try:
                rec = row.get("record", "claim")
                if rec == "source":
                    sid = row["id"]
                    if sid in articles:
                        raise SavedClaimsError(f"{loc}: source {sid!r} appears twice "
                                               "(the same shard given twice?)")
                    articles[sid] = Article.from_summary(row)
                    mine.add(sid)
                    if row.get("model"):
                        models.add(row["model"])
                    if "sketch" in row:
                        sketches[sid] = Sketch.from_dict(sid, row["sketch"])
                    if "signature" in row:
                        sig = row["signature"]
                        if isinstance(sig, dict) and isinstance(sig.get("names"), list):
                            sig["names"] = [pool.setdefault(n, n) if isinstance(n, str) else n for n in sig["names"]]
                        signatures.add(sid, sig)
                elif rec == "skipped":
                    # a folder that cannot be walked is reported by every shard: once here
                    s = Skipped(row["path"], row["reason"], row.get("line"))
                    skipped.setdefault((s.path, s.line, s.reason), s)
                elif rec == "claim":
                    c = Claim.from_dict(row)  # checked here, read again when asked for
                    if c.source not in mine:
                        if c.source in articles:
                            raise SavedClaimsError(f"{loc}: claim {c.id!r} of source {c.source!r}, "
                                                   "which another file holds")
                        # claims-only JSON Lines: the source is what the claim names
                        articles[c.source] = Article(id=c.source, path=c.path, text="")
                        mine.add(c.source)
                    where.setdefault(c.source, (k, array("q")))[1].append(at)
                else:
                    raise SavedClaimsError(f"{loc}: unknown record {rec!r}")
            except (KeyError, TypeError, ValueError, binascii.Error, zlib.error) as e:
                raise SavedClaimsError(f"{loc}: not a claim or source record ({e})") from None
    order = sorted(articles.values(), key=lambda a: walk_key(a.path))  # stable: file order within a path
    return Saved(
        articles=order,
        claims=SavedClaims(paths, [a.id for a in order], where),
        skipped=sorted(skipped.values(), key=lambda s: (walk_key(s.path), s.line or 0)),
        model=" + ".join(sorted(models)),
        sketches=sketches,
        signatures=signatures,
    )

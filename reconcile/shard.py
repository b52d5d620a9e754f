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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .accounts import Signature, signature
from .events import Sketch, sketch
from .records import Article, Claim, Skipped
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


@dataclass
class Saved:
    """What saved-claims files hold, merged: sources, claims, skipped files, model, and
    the sketches and signatures of the sources whose lines carry them."""

    articles: list[Article]
    claims: list[Claim]
    skipped: list[Skipped]
    model: str
    sketches: dict[str, Sketch] = field(default_factory=dict)
    signatures: Mapping[str, Signature] = field(default_factory=dict)

    @property
    def unsketched(self) -> int:
        """Sources without a sketch (saved by an older reconcile, or claims-only lines)."""
        return sum(a.id not in self.sketches for a in self.articles)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        raise SavedClaimsError(f"{path}: cannot read ({e.strerror or e})") from None
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise SavedClaimsError(f"{path}: line {lineno}: not JSON ({e.msg})") from None
            except RecursionError:
                raise SavedClaimsError(f"{path}: line {lineno}: not saved claims (JSON nested too deeply)") from None
            if not isinstance(row, dict):
                raise SavedClaimsError(f"{path}: line {lineno}: not a JSON object")
            yield lineno, row


def walk_key(path: str) -> tuple[str, ...]:
    """Sort key giving the order a folder walk visits files in (entries in name order,
    a sub-folder's files at the sub-folder's place: see ``ingest.iter_files``)."""
    return tuple(path.replace(os.sep, "/").split("/"))


def read(files: Iterable[str | os.PathLike[str]]) -> Saved:
    """Merge saved-claims files (shards in any order) into one set of records.

    Articles come out in folder-walk order of their paths (a whole run's order);
    a source id seen twice is an error (the same shard given twice, or shards of
    different folders that collide).
    """
    articles: dict[str, Article] = {}
    claims: dict[str, list[Claim]] = {}
    skipped: dict[tuple[str, int | None, str], Skipped] = {}
    models: set[str] = set()
    sketches: dict[str, Sketch] = {}
    signatures = Signatures()
    pool: dict[str, str] = {}
    for file in files:
        path = Path(file)
        mine: set[str] = set()
        for lineno, row in _rows(path):
            where = f"{path}: line {lineno}"
            try:
                rec = row.get("record", "claim")
                if rec == "source":
                    sid = row["id"]
                    if sid in articles:
                        raise SavedClaimsError(f"{where}: source {sid!r} appears twice "
                                               "(the same shard given twice?)")
                    articles[sid] = Article.from_summary(row)
                    claims[sid] = []
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
                    for k in _SHARED:
                        v = row.get(k)
                        if isinstance(v, str):
                            row[k] = pool.setdefault(v, v)
                    c = Claim.from_dict(row)
                    if c.source not in mine:
                        if c.source in articles:
                            raise SavedClaimsError(f"{where}: claim {c.id!r} of source {c.source!r}, "
                                                   "which another file holds")
                        # claims-only JSON Lines: the source is what the claim names
                        articles[c.source] = Article(id=c.source, path=c.path, text="")
                        claims[c.source] = []
                        mine.add(c.source)
                    claims[c.source].append(c)
                else:
                    raise SavedClaimsError(f"{where}: unknown record {rec!r}")
            except (KeyError, TypeError, ValueError, binascii.Error, zlib.error) as e:
                raise SavedClaimsError(f"{where}: not a claim or source record ({e})") from None
    order = sorted(articles.values(), key=lambda a: walk_key(a.path))  # stable: file order within a path
    return Saved(
        articles=order,
        claims=[c for a in order for c in claims[a.id]],
        skipped=sorted(skipped.values(), key=lambda s: (walk_key(s.path), s.line or 0)),
        model=" + ".join(sorted(models)),
        sketches=sketches,
        signatures=signatures,
    )

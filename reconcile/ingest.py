"""Read article files into :class:`Article` records. No spaCy here.

Folders are walked recursively in sorted order, skipping hidden files and folders.
Each supported file becomes one or more Articles (a .jsonl or a JSON list holds
several); a file that cannot be used becomes a :class:`Skipped` with a one-line
reason. Nothing is ever written to the input folder.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .data import load
from .records import Article, Skipped

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
DEFAULT_MAX_BYTES = 5_000_000

TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = ("outlet", "source", "publisher", "site_name", "sitename", "domain")
DATE_FIELDS = ("published", "date", "date_publish", "publication_date", "pubdate", "dct")
URL_FIELDS = ("url", "link", "source_url")


@dataclass(frozen=True, slots=True)
class Options:
    max_bytes: int = DEFAULT_MAX_BYTES


class InputError(Exception):
    """A file that cannot be used; the message is the one-line reason."""


# ---------------------------------------------------------------- walking

def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every candidate file under ``paths``, in a stable order.

    ``root`` is the folder the file was found under (its parent for a file given
    directly); source ids are relative to it. Hidden entries are skipped; symlinked
    folders are not followed (no loops).
    """
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        yield Path(dirpath) / name, p
        else:
            yield p, p.parent


def source_id(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def read_paths(
    paths: Iterable[str | os.PathLike[str]], options: Options = Options()
) -> Iterator[Article | Skipped]:
    """Articles and skipped files, in walking order; source ids made unique."""
    seen: set[str] = set()
    for path, root in iter_files(paths):
        if path.suffix.lower() not in SUFFIXES:
            yield Skipped(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
            continue
        try:
            articles = list(read_file(path, source_id(path, root), options))
        except InputError as e:
            yield Skipped(str(path), str(e))
            continue
        for art in articles:
            aid, n = art.id, 2
            while aid in seen:
                aid, n = f"{art.id}~{n}", n + 1
            seen.add(aid)
            yield art if aid == art.id else _replace_id(art, aid)


def _replace_id(art: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(art, id=new_id)


# ---------------------------------------------------------------- bytes -> text

def read_bytes(path: Path, options: Options) -> bytes:
    if path.is_symlink() and not path.exists():
        raise InputError("broken symbolic link")
    try:
        size = path.stat().st_size
    except OSError as e:
        if e.errno == 40:  # ELOOP
            raise InputError("symbolic link loop") from None
        raise InputError(f"cannot read ({e.strerror or e})") from None
    if not path.is_file():
        raise InputError("not a regular file")
    if size > options.max_bytes:
        raise InputError(f"too large ({size:,} bytes; the limit is {options.max_bytes:,})")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise InputError("empty file")
    return data


def decode(data: bytes) -> str:
    """Text from bytes: BOMs first, then strict UTF-8, then charset-normalizer.

    Binary data (NUL bytes outside UTF-16) and text no encoding explains raise
    :class:`InputError`. Line ends are kept as they are: offsets refer to this text.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"not valid {enc.upper()} despite its byte-order mark") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot decode: not UTF-8 and no other encoding fits")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError("binary file (mostly control characters)")
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(1, len(text))


# ---------------------------------------------------------------- formats

def read_file(path: Path, sid: str, options: Options = Options()) -> Iterator[Article]:
    data = read_bytes(path, options)
    text = decode(data)
    if _control_ratio(text) > 0.05:
        raise InputError("binary file (mostly control characters)")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield _article(sid, path, text, title=_headline(text))
    elif suffix in (".md", ".markdown"):
        yield _markdown(sid, path, text)
    elif suffix in (".html", ".htm"):
        yield _html(sid, path, text)
    elif suffix == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"malformed JSON at line {e.lineno}: {e.msg}") from None
        items = obj if isinstance(obj, list) else [obj]
        if not items:
            raise InputError("JSON holds no article")
        for i, item in enumerate(items):
            yield _from_mapping(f"{sid}[{i}]" if len(items) > 1 else sid, path, item, f"item {i}")
    elif suffix == ".jsonl":
        n = 0
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"malformed JSON Lines at line {lineno}: {e.msg}") from None
            n += 1
            yield _from_mapping(f"{sid}:{lineno}", path, item, f"line {lineno}")
        if not n:
            raise InputError("JSON Lines file holds no article")
    else:  # pragma: no cover - filtered by read_paths
        raise InputError(f"unsupported file type {suffix!r}")


def _pick(item: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for f in fields:
        v = item.get(f)
        if isinstance(v, str) and v.strip():
            return v.strip()
        if isinstance(v, dict):  # {"source": {"name": "Reuters"}}
            name = v.get("name") or v.get("title")
            if isinstance(name, str) and name.strip():
                return name.strip()
    return None


def _from_mapping(sid: str, path: Path, item: Any, where: str) -> Article:
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(item).__name__}")
    text = None
    for f in TEXT_FIELDS:
        if isinstance(item.get(f), str) and item[f].strip():
            text = item[f]
            break
    if text is None:
        raise InputError(f"{where}: no text field ({', '.join(TEXT_FIELDS)})")
    return _article(
        sid, path, text,
        title=_pick(item, TITLE_FIELDS), outlet=_pick(item, OUTLET_FIELDS),
        published=_pick(item, DATE_FIELDS), url=_pick(item, URL_FIELDS),
    )


def _markdown(sid: str, path: Path, text: str) -> Article:
    import frontmatter

    try:
        post = frontmatter.loads(text)
    except Exception as e:  # yaml errors come in many classes
        raise InputError(f"malformed front matter: {str(e).splitlines()[0]}") from None
    meta = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in post.metadata.items()}
    body = post.content
    # Keep offsets into the file's own text: find where the body starts.
    offset = text.find(body[:200]) if body else -1
    if offset > 0:
        masked = ((0, offset),)
    else:
        masked = ()
    art = _article(sid, path, text, title=_pick(meta, TITLE_FIELDS) or _headline(body),
                   outlet=_pick(meta, OUTLET_FIELDS), published=_pick(meta, DATE_FIELDS),
                   url=_pick(meta, URL_FIELDS))
    from dataclasses import replace

    return replace(art, masked=tuple(sorted(set(art.masked) | set(masked))))


def _html(sid: str, path: Path, text: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError("HTML page with no main text")
    title = getattr(doc, "title", None)
    full = f"{title}\n\n{body}" if title else body
    return _article(sid, path, full, title=title, outlet=getattr(doc, "sitename", None),
                    published=getattr(doc, "date", None), url=getattr(doc, "url", None))


def _headline(text: str) -> str | None:
    """The first line, when it reads like a headline (short, no full stop)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not first.endswith((".", ",", ";")):
        return first
    return None


# ---------------------------------------------------------------- boilerplate

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _boilerplate_re() -> re.Pattern[str]:
    pats = load("boilerplate")["patterns"]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


_BOILER: re.Pattern[str] | None = None


def boilerplate_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line that is page furniture."""
    global _BOILER
    if _BOILER is None:
        _BOILER = _boilerplate_re()
    spans = []
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if line and _BOILER.fullmatch(line):
            spans.append((m.start(), m.start() + len(m.group().rstrip("\r\n"))))
        if m.end() >= len(text):
            break
    return tuple(spans)


def _article(sid: str, path: Path, text: str, *, title: str | None = None,
             outlet: str | None = None, published: str | None = None,
             url: str | None = None) -> Article:
    return Article(id=sid, path=str(path), text=text, title=title, outlet=outlet,
                   published=published, url=url, masked=boilerplate_spans(text))
